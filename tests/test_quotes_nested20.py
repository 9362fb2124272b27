"""Quotes, nested20: a second reporting verb joined to the first statement is the outer speaker's.

'The government estimates that A and claims B', 'The coach said the team had played well and added
that B': the parser hangs the second cue on the verb of the first reported clause. When that
clause has an auxiliary ('had', 'will') the plain finite verb in the outer cue's own tense cannot
share (no 'will claims'), the verb is the outer speaker's next act: the first statement ends before
'and', and the second one is the outer speaker's. An auxiliary 'be' of the joined verb's own form
could serve both ('said the suspect was arrested and told officers ...'): that one keeps the
clause's subject.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

JOINED = [
    # (text, first statement, second statement, speaker of both)
    ("The government estimates that it will cost $1 billion to implement the card and claims the card will save "
     "$3 billion over 10 years.", "it will cost $1 billion to implement the card",
     "the card will save $3 billion over 10 years", "The government"),
    ("The coach said the team had played well and added that the referee had made mistakes.",
     "the team had played well", "the referee had made mistakes", "The coach"),
    ("The council says the road will reopen in May and insists that the delay was unavoidable.",
     "the road will reopen in May", "the delay was unavoidable", "The council"),
]


@pytest.mark.parametrize(("text", "first", "second", "speaker"), JOINED)
def test_nested20_joined_cue_is_outer_speakers_next_act(quotes_of, text, first, second, speaker):
    df = quotes_of(text)
    assert len(df) == 2
    a, b = _one(df, first), _one(df, second)
    assert a["text"] == first
    assert b["text"] == second
    assert a["speaker"] == speaker
    assert b["speaker"] == speaker


def test_nested20_shared_be_auxiliary_keeps_clause_subject(quotes_of):
    df = quotes_of("The police said the suspect was arrested and told officers that he had acted alone.")
    assert _one(df, "the suspect was arrested")["text"] == "the suspect was arrested"
    assert _one(df, "he had acted alone")["speaker"] == "the suspect"


PARTICIPLE_QUOTE = [
    # 'said that A saying, "B"': a reported clause, then the speaker's quotation opened by a participle
    ("The minister said that the talks had failed saying, \"We could not agree on anything.\"",
     "the talks had failed", "We could not agree on anything.", "The minister"),
    ("The coach said that the players had trained hard all week saying, \"They deserve this win more than anyone.\"",
     "the players had trained hard all week", "They deserve this win more than anyone.", "The coach"),
    ("The spokeswoman said the airport would reopen on Monday saying: \"the runway repairs are almost finished.\"",
     "the airport would reopen on Monday", "the runway repairs are almost finished.", "The spokeswoman"),
]


@pytest.mark.parametrize(("text", "clause", "quotation", "speaker"), PARTICIPLE_QUOTE)
def test_nested20_clause_then_participle_quotation_is_two_statements(quotes_of, text, clause, quotation, speaker):
    df = quotes_of(text)
    assert len(df) == 2
    a, b = _one(df, clause), _one(df, quotation)
    assert (a["text"], a["kind"], a["speaker"]) == (clause, "indirect", speaker)
    assert (b["text"], b["kind"], b["speaker"]) == (quotation, "direct", speaker)


QUOTE_THEN_REPORT = [
    # 'saying "A," and going on to add that B': the quotation, then the speaker's next report
    ("The mayor praised the volunteers, saying \"They worked through the night,\" and added that the town owed them a great deal.",
     "They worked through the night,", "the town owed them a great deal", "The mayor"),
    ("The senator criticised the bill, stating \"This law will hurt small farmers,\" and went on to say that he would vote against it.",
     "This law will hurt small farmers,", "he would vote against it", "The senator"),
    ("Officials blamed the weather, with the researcher Anna Berg saying \"About a third of the delay was caused by snow,\" "
     "and going on to add that the new trains had coped well.",
     "About a third of the delay was caused by snow,", "the new trains had coped well", "Anna Berg"),
]


@pytest.mark.parametrize(("text", "quotation", "report", "speaker"), QUOTE_THEN_REPORT)
def test_nested20_quotation_then_next_reporting_verb_is_two_statements(quotes_of, text, quotation, report, speaker):
    df = quotes_of(text)
    a, b = _one(df, quotation), _one(df, report)
    assert (a["text"], a["kind"], a["speaker"]) == (quotation, "direct", speaker)
    assert (b["text"], b["kind"], b["speaker"]) == (report, "indirect", speaker)


WITH_SAYING = [
    # 'X said that A, with Y saying "B"': the outer statement stands beside Y's quotation
    ("The club said the stadium would be ready by June, with manager Tom Hale saying \"We are confident of that.\"",
     "the stadium would be ready by June", "The club", "We are confident of that.", "Tom Hale"),
    ("The ministry said that exports had fallen sharply, with trade analyst Maria Lopez saying, \"Demand from Asia has simply collapsed.\"",
     "exports had fallen sharply", "The ministry", "Demand from Asia has simply collapsed.", "Maria Lopez"),
    ("Officials said the bridge would stay closed until Friday, with one engineer saying \"We found cracks in two of the supports.\"",
     "the bridge would stay closed until Friday", "Officials", "We found cracks in two of the supports.", "one engineer"),
]


@pytest.mark.parametrize(("text", "outer", "outer_speaker", "quotation", "speaker"), WITH_SAYING)
def test_nested20_outer_statement_stands_beside_with_saying_adjunct(quotes_of, text, outer, outer_speaker, quotation, speaker):
    df = quotes_of(text)
    assert len(df) == 2
    a, b = _one(df, outer), _one(df, quotation)
    assert (a["text"], a["kind"], a["speaker"]) == (outer, "indirect", outer_speaker)
    assert (b["text"], b["kind"], b["speaker"]) == (quotation, "direct", speaker)
