"""Quotes, audit round 11: errors found by reading 25 unseen Wikinews articles beside their quotes
table (/work/wt/audit11-errors.md) that a general rule fixes:

- 'he'/'she' whose only possible antecedent is refused just by the given-name list's guess of the
  name's gender ('Marion', 'Kelly' are listed as mostly female) is that person when the article
  uses that pronoun three times or more and never the listed one: the article's own evidence is
  better than the list;
- a person named in apposition to the subject of the sentence before ("the club's treasurer,
  Martin Hale, interrupted X") is that sentence's subject for a following 'he'/'she', not X;
- '"... ?" Campbell asked the crowd.' attributes the question (the verb is read as a directive);
- a name the article introduces with a media noun ("tabloid newspaper The Daily Clarion", "The
  Daily Ledger, the city's oldest newspaper") or an outlet's name with 'Online' is a news outlet,
  and 'the newspaper' goes back past other bodies to it.

Every rule has several sentences of our own, and negative sentences that must not change.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# ------------------------------------------------- the name list's gender against the text's pronoun

LIST_GENDER = [
    # (text, words of the pronoun's statement, canonical)
    ("Marion Barry, a former mayor of Washington, said he would run again. He told reporters that the city needed him.",
     "the city needed him", "Marion Barry"),
    ("Kelly Slater, the surfer, has said he found the contest unfair. He said the judges had ignored his protest.",
     "the judges had ignored", "Kelly Slater"),
    ("Evelyn Hart, a retired engineer from Leeds, has said the bridge was badly built. However he said he "
     "would not sue the council, which had ignored his letters.", "would not sue", "Evelyn Hart"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), LIST_GENDER)
def test_quotes_audit11_pronoun_takes_sole_person_against_name_list(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical
    assert row["speaker_type"] == "person"


LIST_GENDER_KEPT = [
    # (text, words, expected canonical): the text's own gender evidence or a second person decides
    ("Ms Kelly Ortiz said the plan had failed. He told reporters the council was wrong.", "the council was wrong", ""),
    ("Vivian Cole met Tom Briggs on Monday. He said the plan would fail.", "the plan would fail", "Tom Briggs"),
    # one 'he' is no evidence against a name listed as female
    ('Anna Weber opened the meeting. "I told the council it would fail," he said.', "I told the council", ""),
    # the article also calls the person 'she'
    ("Marion Hale said she was tired. He told reporters that his plan had failed and that he would resign.", "his plan had failed", ""),
    ("Dana Brooks, a retired teacher, said the school was unsafe. Mr Tom Briggs agreed. He said the roof leaked.", "the roof leaked", "Tom Briggs"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), LIST_GENDER_KEPT)
def test_quotes_audit11_pronoun_keeps_text_gender_evidence(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical


# ------------------------------------------------- a name in apposition to the previous subject

APPOSED_SUBJECT = [
    ("Trouble began when the club's treasurer, Martin Hale, interrupted the chairman Peter Gould during the meeting. "
     "He accused the board of hiding the accounts.", "hiding the accounts", "Martin Hale"),
    ("A row broke out after the town's mayor, Ruth Calloway, interrupted the councillor Tom Briggs in the chamber. "
     "She accused him of misleading residents.", "misleading residents", "Ruth Calloway"),
    # the apposition of the object is not the subject
    ("Trouble began when Peter Gould interrupted the treasurer, Martin Hale, during the meeting. "
     "He accused the board of hiding the accounts.", "hiding the accounts", "Peter Gould"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), APPOSED_SUBJECT)
def test_quotes_audit11_pronoun_after_apposed_subject(quotes_of, text, needle, canonical):
    assert _one(quotes_of(text), needle)["speaker_canonical"] == canonical


# ------------------------------------------------- '"...?" X asked'

ASKED = [
    ('The mayor spoke in Leeds on Monday. "Do you really want the old gang back in the cabinet room?" Campbell asked a crowd of supporters.',
     "old gang back", "Campbell"),
    ('"Do you really want higher taxes?" Ruth Calloway asked the audience.', "higher taxes", "Ruth Calloway"),
    ('"Who pays for the wall?" Councillor Tomasz Wierzbicki asked.', "Who pays", "Tomasz Wierzbicki"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), ASKED)
def test_quotes_audit11_question_then_name_asked(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["cue"] == "asked"
    assert row["kind"] == "direct"
    assert row["speaker_canonical"] == canonical


@pytest.mark.parametrize(
    "text",
    [
        'That year it was called "swine flu." The government of Egypt ordered the killing of pigs.',
        'Locals call it "the wall." Ruth Calloway asked the council for a vote.',
    ],
)
def test_quotes_audit11_scare_quote_before_directive_stays_unattributed(quotes_of, text):
    q = quotes_of(text)
    assert not any(t in ("swine flu.", "the wall.") for t in q["text"])


# ------------------------------------------------- outlets the text introduces

OUTLETS = [
    ("British tabloid newspaper The Daily Clarion had accused Tom Briggs of lying. Lothian Police opened an inquiry. "
     "The newspaper said he had misled voters.", "misled voters", "Daily Clarion"),
    ("The Daily Ledger, the city's oldest newspaper, reported that the mayor had resigned.", "the mayor had resigned", "Daily Ledger"),
    ("Financial Times Online says this is most likely due to the lack of bids.", "lack of bids", "Financial Times Online"),
    ("Business magazine Forbes reported that the deal would have helped the airline.", "helped the airline", "Forbes"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), OUTLETS)
def test_quotes_audit11_outlet_introduced_by_media_noun(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_type"] == "media"
    assert row["speaker_canonical"] == canonical


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("The International Atomic Energy Agency said the plant was safe.", "the plant was safe"),
        ("Amnesty International, a human rights group, said the trial was unfair.", "the trial was unfair"),
    ],
)
def test_quotes_audit11_bodies_stay_organisations(quotes_of, text, needle):
    assert _one(quotes_of(text), needle)["speaker_type"] == "organization"
