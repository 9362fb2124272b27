"""Quotes, quoted19: a reported statement that holds a quoted phrase, and naming statements.

1. A reported clause with a quoted fragment inside it is one mixed statement (guideline Q rules on
   mixed quotes): after a belief verb whose clause's head word is quoted ('believes the reform can
   "change ..." of families'), after a speech verb's object with a reason phrase that holds the
   quotation ('announced its withdrawal due to "..."'), and for a belief inside a report ('said he
   thinks X would "understand" it' is the outer speaker's statement, as its unquoted form is).
2. 'called NP "PRED"' / 'described NP as "..."': a naming statement ends at its quotation when a
   speech participle follows ('..., saying "..."' is a second statement), takes a stray space before
   the closing mark, and a naming participle hung on another participle's object takes that
   participle's source.

All sentences are our own. A quotation that is the whole clause stays direct; a quoted title or a
scare quote in the writer's narration stays no statement.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one


MIXED = [
    # (text, statement, speaker, frame)
    ('She believes that the reform can "change the lives of millions" of families in the region.',
     'the reform can "change the lives of millions" of families in the region', "She", "belief"),
    ('Most voters think the new tax will "hurt small businesses" in rural areas.',
     'the new tax will "hurt small businesses" in rural areas', "Most voters", "belief"),
    ('The scientists believe that the drug could "slow the progress of the disease" in older patients.',
     'the drug could "slow the progress of the disease" in older patients', "The scientists", "belief"),
    ('The company announced its withdrawal due to "difficult market conditions".',
     'its withdrawal due to "difficult market conditions"', "The company", "speech"),
    ('The union announced a strike over "unacceptable working conditions" at the plant.',
     'a strike over "unacceptable working conditions" at the plant', "The union", "speech"),
    ('The senator said he thinks the governor would "understand" his decision.',
     'he thinks the governor would "understand" his decision', "The senator", "speech"),
    ('The senator said the coach believes the team can "turn things around" this season.',
     'the coach believes the team can "turn things around" this season', "The senator", "speech"),
]


@pytest.mark.parametrize("text,statement,speaker,frame", MIXED)
def test_reported_clause_with_quoted_fragment_is_one_mixed_statement(quotes_of, text, statement, speaker, frame):
    df = quotes_of(text)
    assert len(df) == 1, df[["text", "speaker"]].values.tolist()
    row = _one(df, statement)
    assert (row["text"], row["kind"], row["speaker"], row["frame"]) == (statement, "mixed", speaker, frame)


def test_second_quotation_of_a_belief_inside_a_report_is_the_outer_speakers(quotes_of):
    df = quotes_of('The minister added that she believes that "the worst is behind us." and that "growth will return next year."')
    first, second = _one(df, "the worst"), _one(df, "growth will")
    assert (first["text"], first["kind"], first["speaker"]) == ('she believes that "the worst is behind us."', "mixed", "The minister")
    assert (second["text"], second["kind"], second["speaker"]) == ("growth will return next year.", "direct", "The minister")


STAY_DIRECT = [
    ('He believes "this plan will work for everyone."', "this plan will work for everyone.", "He"),
    ('They think that "nothing has changed."', "nothing has changed.", "They"),
]


@pytest.mark.parametrize("text,quote,speaker", STAY_DIRECT)
def test_a_wholly_quoted_clause_stays_direct(quotes_of, text, quote, speaker):
    df = quotes_of(text)
    assert df[["text", "kind", "speaker"]].values.tolist() == [[quote, "direct", speaker]]


NAMING = [
    # (text, naming statement, speaker, second statement or None)
    ('The council called the protesters "violent and reckless vandals," saying "We will not tolerate this kind of behaviour in our city."',
     'the protesters "violent and reckless vandals,"', "The council", "We will not tolerate this kind of behaviour in our city."),
    ('The governor described the storm as "the worst in living memory," adding that "recovery will take years."',
     'the storm as "the worst in living memory,"', "The governor", "recovery will take years."),
    ('Local officials have termed the flooding "a national emergency ".',
     'the flooding "a national emergency "', "Local officials", None),
    ('The ministry issued a statement condemning the raid calling it a "cowardly act".',
     'it a "cowardly act"', "The ministry", None),
    ('The mayor called the decision "short-sighted".', 'the decision "short-sighted"', "The mayor", None),
]


@pytest.mark.parametrize("text,statement,speaker,second", NAMING)
def test_naming_statement(quotes_of, text, statement, speaker, second):
    df = quotes_of(text)
    row = _one(df, statement)
    assert (row["text"], row["kind"], row["speaker"]) == (statement, "mixed", speaker)
    if second is None:
        assert len(df) == 1, df[["text", "speaker"]].values.tolist()
    else:
        other = _one(df, second)
        assert (other["text"], other["kind"], other["speaker"]) == (second, "direct", speaker)


NO_STATEMENT = [
    'The minister announced the deal on "Good Morning Britain".',
    'The ministry issued a statement on the raid in the morning.',
    'Police released a statement describing the suspect as a tall man in his thirties.',
    'The so-called "reform" package was passed by parliament on Tuesday.',
    'Fans queued overnight to see the band play "Yellow Submarine" at the stadium.',
]


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_titles_and_scare_quotes_in_narration_stay_no_statement(quotes_of, text):
    assert quotes_of(text).empty, quotes_of(text)[["text", "speaker"]].values.tolist()


def test_spaced_mark_before_ellipsis_still_opens():
    from newslab.quotes.marks import pair_quote_marks

    text = 'He said it could be "...economically feasible." Others disagreed.'
    marks, unpaired = pair_quote_marks(text)
    assert [text[m.start : m.end] for m in marks] == ["...economically feasible."] and unpaired == []
