"""Tests of the 0.4.0 pronoun and group rules (docs/speakers.md, "0.4.0: pronouns and groups"):
'they' bound by a group subject above it, 'he'/'she' after an unnamed person brought in by an
indefinite phrase, and a cue whose parsed subject is a word of the quotation."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical, speaker_type)
BOUND_THEY = [
    # people joined by 'and' above the pronoun: both of them
    ("Georgia senators Saxby Chambliss and Johnny Isakson, both Republican, approve of the current bill, "
     "although they did say they may not support the final bill.",
     "may not support the final bill", "Saxby Chambliss and Johnny Isakson", "person"),
    ("Councillors Maria Lopez and Peter Grant backed the budget, although they warned that the library would close.",
     "the library would close", "Maria Lopez and Peter Grant", "person"),
    ("Senators Elizabeth Warren and Bernie Sanders voted for the plan, but they admitted that the cost had doubled.",
     "the cost had doubled", "Elizabeth Warren and Bernie Sanders", "person"),
    # 'Nadia Karim' is tagged ORG; each conjunct still names a person (0.10.0, _conjoined_people)
    ("Nadia Karim and Owen Blake voted for the plan, but they admitted that the cost had doubled.",
     "the cost had doubled", "Nadia Karim and Owen Blake", "person"),
    # an organisation above the pronoun
    ("The Harbour Authority rejected the bid, which they said was rushed and incomplete.",
     "was rushed and incomplete", "Harbour Authority", "organization"),
    # an unnamed group subject above the pronoun: anonymous, not the person named before
    ('"The bridge is safe," said engineer Helen Park. Residents and shop owners packed the hall, and they said the plan would ruin the high street.',
     "the plan would ruin the high street", "", "anonymous"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "kind"), BOUND_THEY)
def test_speakers_pronouns5_they_bound_by_group_subject(quotes_of, text, needle, canonical, kind):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, kind)


# A singular person above 'they' does not bind it: the pronoun is not that person.
NOT_BOUND = [
    ("Finance minister Rachel Reeves welcomed the plan, although they said the cost had doubled.", "the cost had doubled", "Rachel Reeves"),
    ("The mayor, Ruth Calloway, opened the session before they said the vote was void.", "the vote was void", "Ruth Calloway"),
]


@pytest.mark.parametrize(("text", "needle", "wrong"), NOT_BOUND)
def test_speakers_pronouns5_they_not_bound_by_one_person(quotes_of, text, needle, wrong):
    q = quotes_of(text)
    rows = q[q["text"].str.contains(needle, regex=False)]
    assert rows.empty or wrong not in rows.iloc[0]["speaker_canonical"]


# (text, needle, speaker_canonical, speaker_type)
UNNAMED_THEN_PRONOUN = [
    ('"We knew there were restrictions," said BBC reporter Charles Haviland. A Nepali official aimed to justify the new restriction. '
     '"We are doing this for our friend China," he said.',
     "our friend China", "", "anonymous"),
    ('Mayor Ruth Calloway opened the meeting. A local resident stood up to object. "This wall will ruin the view," she said.',
     "ruin the view", "", "anonymous"),
    ('"The road is closed," said Anna Weber. A man was arrested at the scene. "I did nothing wrong," he said.',
     "I did nothing wrong", "", "anonymous"),
    ('"Prices will rise," said economist Tom Briggs. A bank spokeswoman rejected the forecast. "Our rates are fixed," she said.',
     "Our rates are fixed", "", "anonymous"),
    # negatives: a definite description may be someone named before; a named person stays named
    ('"Prices will rise," said economist Tom Briggs. The economist later spoke to reporters. "Rates will go up," he said.',
     "Rates will go up", "Tom Briggs", "person"),
    ('"The road is closed," said Anna Weber. Officer Mark Dunn arrived later. "We are investigating," he said.',
     "We are investigating", "Mark Dunn", "person"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "kind"), UNNAMED_THEN_PRONOUN)
def test_speakers_pronouns5_pronoun_after_unnamed_person(quotes_of, text, needle, canonical, kind):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, kind)


def test_speakers_pronouns5_pronoun_gender_mismatch_leaves_unnamed_person(quotes_of):
    # 'A woman ...' does not take 'he': the unnamed person is not the antecedent.
    text = '"The road is closed," said Anna Weber. A woman walked past the barrier. "It is a disgrace," he said.'
    row = _one(quotes_of(text), "It is a disgrace")
    assert row["speaker_type"] != "anonymous" or row["speaker_canonical"] == ""
    assert row["speaker_canonical"] != "Anna Weber"


# (text, needle, speaker mention, speaker_type): a cue parsed under a verb of its quotation
SPEAKER_OUTSIDE_QUOTE = [
    ('However according to Tulsa World, an attorney for the professors who sued ORU said, "Right now, we\'re a bit disturbed '
     'about attempting any type of a settlement as long as they\'re so adamant they haven\'t done anything wrong," and '
     '"We would prefer to move forward and develop the case."',
     "we're a bit disturbed", "an attorney for the professors who sued ORU", "anonymous"),
]


@pytest.mark.parametrize(("text", "needle", "mention", "kind"), SPEAKER_OUTSIDE_QUOTE)
def test_speakers_pronouns5_speaker_never_inside_quotation(quotes_of, text, needle, mention, kind):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_type"]) == (mention, kind)
    assert not (int(row["start_char"]) <= int(row["speaker_start_char"]) < int(row["end_char"]))


def test_speakers_pronouns5_quoted_title_before_cue_stays_subject(quotes_of):
    # A quoted document title before the cue is its subject, not a word of a quotation it introduces.
    text = ('A state council was formed under the army chief. The council\'s "Statement No. 1", which was broadcast '
            'by a Gulf-based television station, announced that the president had been removed.')
    row = _one(quotes_of(text), "the president had been removed")
    assert "Statement" in row["speaker"]
