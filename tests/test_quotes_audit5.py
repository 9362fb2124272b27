"""Statement finding, audit round 5: error classes found by reading 25 unseen Wikinews articles
beside their quotes table (docs/quotes.md, "0.4.0 audit: statements on 25 more unseen articles").

Every rule has several sentences of our own, and negative sentences that must not change.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one


def _texts(df):
    return df["text"].tolist()


# ---------------------------------------------------------------- a quotation mark glued to the cue's comma

GLUED = [
    # (text, quotation, cue, speaker)
    ('Sheen said,"I was up early and we were going to film a scene for the show."',
     "I was up early and we were going to film a scene for the show.", "said", "Sheen"),
    ('The mayor told reporters:"We will rebuild the bridge before the winter."',
     "We will rebuild the bridge before the winter.", "told", "The mayor"),
    ('"We have no plans to close the plant,"the company said in a statement on Friday.',
     "We have no plans to close the plant,", "said", "the company"),
]


@pytest.mark.parametrize(("text", "quotation", "cue", "speaker"), GLUED)
def test_quotes_audit5_glued_quote_mark(quotes_of, text, quotation, cue, speaker):
    row = _one(quotes_of(text), quotation)
    assert (row["text"], row["kind"], row["cue"], row["speaker"]) == (quotation, "direct", cue, speaker)


def test_quotes_audit5_glued_marks_tokenized(nlp):
    assert [t.text for t in nlp.tokenizer('He said,"Go now."')] == ["He", "said", ",", '"', "Go", "now", ".", '"']
    # Numbers, times and abbreviations keep their own punctuation.
    assert [t.text for t in nlp.tokenizer("At 5:30pm, 3,000 people met in the U.S.")] == [
        "At", "5:30pm", ",", "3,000", "people", "met", "in", "the", "U.S."]


# ---------------------------------------------------------------- an attribution sentence with a title in brackets

ATTRIBUTION_AFTER = [
    ('"Our exports will double by 2030 if the new port opens on time." Steve Chen (Minister of Economic Affairs of '
     'Taiwan) remarked at the ceremony.', "Our exports will double by 2030 if the new port opens on time.", "remarked",
     "Steve Chen"),
    ('"Nobody expected the river to rise so fast." Maria Lopez, the head of the union in the northern province, said.',
     "Nobody expected the river to rise so fast.", "said", "Maria Lopez"),
    ('"The trial will take at least three months." Judge Anna Berg (of the district court in Malmö) told the jury.',
     "The trial will take at least three months.", "told", "Anna Berg"),
]


@pytest.mark.parametrize(("text", "quotation", "cue", "speaker"), ATTRIBUTION_AFTER)
def test_quotes_audit5_attribution_sentence_with_title(quotes_of, text, quotation, cue, speaker):
    row = _one(quotes_of(text), quotation)
    assert (row["kind"], row["cue"]) == ("direct", cue)
    assert speaker in row["speaker"]


def test_quotes_audit5_attribution_sentence_with_own_clause_is_not_merged(quotes_of):
    # The next sentence reports a statement of its own: the quotation is not its content.
    df = quotes_of('"Nobody expected it." Maria Lopez said the union would meet on Monday to discuss the offer.')
    row = _one(df, "the union would meet")
    assert row["kind"] == "indirect"


# ---------------------------------------------------------------- a clause whose verb the tagger read as a noun

MISTAGGED = [
    ("The manager of the consulting arm, Tim Treat, stated that the company first of all looks at servers.",
     "the company first of all looks at servers", "stated"),
    ("The previous year's report stated China's build-up focused on the political status of Taiwan.",
     "China's build-up focused on the political status of Taiwan", "stated"),
]


@pytest.mark.parametrize(("text", "content", "cue"), MISTAGGED)
def test_quotes_audit5_mistagged_clause_found(quotes_of, text, content, cue):
    row = _one(quotes_of(text), content)
    assert (row["text"], row["kind"], row["cue"]) == (content, "indirect", cue)


@pytest.mark.parametrize("text", [
    "The trade body has declared the program illegal.",  # a bare small clause, no statement of its own
    "The spokesman said nothing about the plans.",
])
def test_quotes_audit5_mistagged_clause_negatives(quotes_of, text):
    assert quotes_of(text).empty


# ---------------------------------------------------------------- a quoted term in the writer's own sentence

WRITERS_TERMS = [
    'John Wall said his firm would consider its options. Yet his company is not the only business with claims on the '
    'name "Vista."',
    'Agent Theo Marsh said the fund had deceived investors. His firm was one of the most active, having been known for '
    '"paying for order flow," a practice that has since been banned.',
    'The lawyer, Dana Kirby, said the suit was filed on Monday. The case was docketed as "Smith v. Harbour Authority," '
    'a suit over fishing rights.',
    'Councillor Omar Haddad said the leak was regrettable. Under the city charter, "prosecution for breach of trust" '
    'awaits any councillor who leaks.',
]


@pytest.mark.parametrize("text", WRITERS_TERMS)
def test_quotes_audit5_writers_term_is_no_statement(quotes_of, text):
    df = quotes_of(text)
    assert len(df) == 1 and df.iloc[0]["cue"] == "said", _texts(df)


KEPT_FRAGMENTS = [
    # A person's own act around the quotation.
    ('John Howard said he would not stand again. Howard himself compared a political comeback to "Lazarus with a '
     'triple bypass".', "Lazarus with a triple bypass"),
    # A passive cue without an agent.
    ('Editor Justin Deal said the changes were one-sided. In the second draft the residents were described as '
     '"avid outdoor enthusiasts."', "avid outdoor enthusiasts."),
    # The quotation ends a reported that-clause.
    ('President Hugo Chavez said the budget was safe. Prices rose, despite his words that the country is '
     '"well-equipped to weather the recession."', "well-equipped to weather"),
    # A quotation that opens its sentence or follows a colon stays a statement.
    ('Minister Jan Holt said the vote would wait. "Not yet, and not this year."', "Not yet, and not this year."),
]


@pytest.mark.parametrize(("text", "needle"), KEPT_FRAGMENTS)
def test_quotes_audit5_fragment_statements_kept(quotes_of, text, needle):
    _one(quotes_of(text), needle)


# ---------------------------------------------------------------- a participle after a direct quotation

ADJUNCT = [
    ('The coach said, "We played badly tonight," adding that the team would train on Sunday.',
     "We played badly tonight,", "the team would train on Sunday"),
    ('The professor said, "I am not sure there is enough evidence to blame these men," referring to the advisers.',
     "I am not sure there is enough evidence to blame these men,", None),
    ('The mayor said, "This is a great day for the city," pointing to the new bridge.',
     "This is a great day for the city,", None),
]


@pytest.mark.parametrize(("text", "quotation", "added"), ADJUNCT)
def test_quotes_audit5_participle_after_quote_is_not_content(quotes_of, text, quotation, added):
    df = quotes_of(text)
    row = _one(df, quotation)
    assert (row["text"], row["kind"]) == (quotation, "direct")
    if added is not None:
        extra = _one(df, added)
        assert (extra["text"], extra["cue"], extra["speaker"]) == (added, "adding", row["speaker"])


def test_quotes_audit5_clause_going_on_after_quote_stays_mixed(quotes_of):
    row = _one(quotes_of('The minister called on "all parties" to return to the table.'), "all parties")
    assert row["kind"] == "mixed"


# ---------------------------------------------------------------- the medium after 'at' holds the that-clause

MEDIUM_AT = [
    ("The police chief told journalists at a press conference that the suspect had fled abroad.",
     "the suspect had fled abroad", "told"),
    ("The minister said at a news conference on Tuesday that the talks had failed.", "the talks had failed", "said"),
]


@pytest.mark.parametrize(("text", "content", "cue"), MEDIUM_AT)
def test_quotes_audit5_that_clause_after_conference(quotes_of, text, content, cue):
    row = _one(quotes_of(text), content)
    assert (row["text"], row["cue"]) == (content, cue)


@pytest.mark.parametrize("text", [
    "She spoke at a conference that drew 300 delegates from twelve countries.",
    "The coach told reporters at a briefing that lasted an hour about his plans.",
])
def test_quotes_audit5_relative_clause_of_conference_is_no_statement(quotes_of, text):
    assert quotes_of(text).empty, _texts(quotes_of(text))


# ---------------------------------------------------------------- 'according to X, citing Y, ...'

ACCORDING_CITING = [
    ("According to news reports, citing sources familiar with the matter, members of Congress viewed a video of the plant.",
     "members of Congress viewed a video of the plant"),
    ("According to the agency, quoting a police spokesman, three people were arrested overnight.",
     "three people were arrested overnight"),
    ("According to the report, citing delays at the port, the project is over budget.", "the project is over budget"),
]


@pytest.mark.parametrize(("text", "content"), ACCORDING_CITING)
def test_quotes_audit5_according_to_participle_left_out(quotes_of, text, content):
    row = _one(quotes_of(text), content)
    assert row["text"] == content


@pytest.mark.parametrize(("text", "content"), [
    ("According to the ministry, rising prices are the main worry of households.", "rising prices are the main worry of households"),
    ("Prices rose sharply, according to Bloomberg, setting another record.", "Prices rose sharply"),
])
def test_quotes_audit5_according_to_without_participle_unchanged(quotes_of, text, content):
    assert _one(quotes_of(text), content)["text"] == content
