"""Tests of the 0.4.0 rules for quantified and plural sources (docs/speakers.md, "0.4.0: quantified
and plural sources"): a quantifier subject ('All', 'Both men', 'All three') is the group just named;
'they' is a plural group of people rather than a singular outlet that reported about them; 'the claim
by X that "..."' makes X the source of the quotation."""

from __future__ import annotations

import pytest

from newslab.quotes.speaker_pronouns import quantified_subject

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical)
QUANTIFIED = [
    ('The Daily Herald reported the row on Monday. The bill was criticised by Senator Ann Lowe of Ohio and Senator Mark Ruiz of Texas. '
     'All are concerned that the bill will raise taxes.', "the bill will raise taxes", "Ann Lowe and Mark Ruiz"),
    ('The Tribune said the talks had stalled. Mayor Helen Park met Governor Tom Briggs on Monday. '
     'Both men said the talks were useful.', "the talks were useful", "Helen Park and Tom Briggs"),
    ('The Courier covered the hearing. Councillors Anna Grant, Peter Walsh and Simon Hart attended it. '
     'All three said the budget was unfair.', "the budget was unfair", "Anna Grant, Peter Walsh and Simon Hart"),
    ('The Gazette printed the letter. It was signed by Dr Sarah Jennings and Professor Robert Keane. '
     'Both warned that the river was polluted.', "the river was polluted", "Sarah Jennings and Robert Keane"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), QUANTIFIED)
def test_speakers_groups7_quantifier_is_group_just_named(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "person")


# Negatives: no group in sight, so no outlet or single person either.
QUANTIFIED_NOBODY = [
    ('The Daily Herald reported the vote on Monday. All agreed that the talks were useful.', "the talks were useful"),
    ('The Tribune spoke to Mayor Helen Park on Monday. All three said the budget was unfair.', "the budget was unfair"),
]


@pytest.mark.parametrize(("text", "needle"), QUANTIFIED_NOBODY)
def test_speakers_groups7_quantifier_without_group_is_unknown(quotes_of, text, needle):
    row = _one(quotes_of(text), needle)
    assert row["speaker_type"] == "unknown"
    assert row["speaker_canonical"] == ""


def _parse(text):
    import spacy

    from newslab.model import load_pipeline

    try:
        return load_pipeline()(text)
    except Exception:  # pragma: no cover - only without the model
        return spacy.blank("en")(text)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Both said the plan was fair.", "Both", True),
        ("All three said the plan was fair.", "three", True),
        ("Both men denied the charge.", "men", True),
        ("All the ministers said the plan was fair.", "ministers", False),
        ("Each of the ministers said the plan was fair.", "Each", False),
        ("Three men said the plan was fair.", "men", False),
    ],
)
def test_speakers_groups7_quantified_subject_shapes(text, word, expected):
    doc = _parse(text)
    tok = next(t for t in doc if t.text == word)
    assert quantified_subject(tok) is expected


# 'they' after an outlet's report about a plural group of people is that group (anonymous).
THEY_GROUP = [
    ("According to The New York Times, the senator's top advisers are eager to enlist the president. "
     "However, they do not want him to appear too often at his side. They say their reluctance has nothing to do with the polls.",
     "their reluctance has nothing to do with the polls"),
    ("According to the Chronicle, local farmers are worried about the drought. "
     "They say the harvest could fall by half.", "the harvest could fall by half"),
]


@pytest.mark.parametrize(("text", "needle"), THEY_GROUP)
def test_speakers_groups7_they_prefers_plural_people(quotes_of, text, needle):
    row = _one(quotes_of(text), needle)
    assert row["speaker_type"] == "anonymous"


# Negatives: 'they' stays with the organisation when no plural group of people came since.
THEY_ORG = [
    ("According to The Times, the company is cutting jobs. They said the cuts would be deep.", "the cuts would be deep", "Times"),
    ("Toyota said on Monday it would recall 5,000 cars. They said the fault was minor.", "the fault was minor", "Toyota"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), THEY_ORG)
def test_speakers_groups7_they_keeps_organisation(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical


# 'the claim by X that "..."': X made the quoted statement, not the subject who mocks it.
SAYING_NOUN = [
    ('In Austria, the Vienna daily Der Kurier labelled the plan a "fantasy", mocking the claim by European leaders that '
     '"banks bailed out with public money will repay every cent".', "banks bailed out with public money", "", "anonymous"),
    ('The newspaper ridiculed a statement by Prime Minister John Kerr that "the economy is in great shape and getting better".',
     "the economy is in great shape", "John Kerr", "person"),
    ('The cartoon poked fun at the assertion by Senator Ann Lowe in May that "no family will pay a penny more in tax".',
     "no family will pay a penny more", "Ann Lowe", "person"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "kind"), SAYING_NOUN)
def test_speakers_groups7_saying_noun_by_names_source(quotes_of, text, needle, canonical, kind):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, kind)


# Negatives: a saying noun without its own 'by X' keeps the subject who made the statement.
SAYING_NOUN_NO_BY = [
    ('Minister John Kerr repeated his claim that "the economy is in great shape and getting better".',
     "the economy is in great shape", "John Kerr"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), SAYING_NOUN_NO_BY)
def test_speakers_groups7_saying_noun_without_by_keeps_subject(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical
