"""Tests of the 0.4.0 rules that keep speakers from coming out ``unknown`` (docs/speakers.md,
"0.4.0: speakers no longer unknown"): a cue inserted after a fronted noun phrase with its speaker
after it, a participle whose parsed subject cannot speak, quantifiers standing for people, a
quoted document title, and 'civil defence' as a body."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical, speaker_type)
INVERTED = [
    ("The Portuguese request, pointed out Spain's El País, “surprised no-one, but had been delayed for political reasons”.",
     "surprised no-one", "El País", "media"),
    ('The new budget, said the finance ministry, "will cut the deficit by half".',
     "will cut the deficit", "finance ministry", "organization"),
    ('The plan, said Mayor Ruth Calloway, would "change the town for good".',
     "change the town", "Ruth Calloway", "person"),
    ('The vote, said Senator Arlen Specter, was "a travesty of justice".',
     "a travesty of justice", "Arlen Specter", "person"),
    # negatives: a fronted subject that can speak keeps the cue ('The scheme, the department said')
    ("The scheme, the department said, would cost £14 million.", "would cost", "department", "organization"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "kind"), INVERTED)
def test_speakers_unknown6_inverted_cue_after_fronted_phrase(quotes_of, text, needle, canonical, kind):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, kind)


PARTICIPLE = [
    # the parser made an object of 'makes reference' the participle's subject
    ('Ayman al-Zawahiri, the deputy leader, spoke again. Zawahiri also makes reference to the three soldiers that were kidnapped saying, '
     '"The prisoners do not move anything."', "The prisoners do not move anything", "Ayman al-Zawahiri"),
    # the owner of a reaction speaks
    ('Adam Suherman runs the airline. His immediate reaction to the news was that his airline could not insure the fleet, '
     'saying "There have been warnings from the insurance companies."', "There have been warnings", "Adam Suherman"),
    ("Anna Lee lost the vote. Lee's first reaction was anger, saying \"We were never told.\"", "We were never told", "Anna Lee"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), PARTICIPLE)
def test_speakers_unknown6_participle_subject_that_cannot_speak(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical


def test_speakers_unknown6_owned_thing_is_no_speaker(quotes_of):
    # a sentence (a punishment) is no reaction: its owner does not become the speaker
    text = ("The case developed from the death sentence of Raymond Mata Jr. Mata's sentence was upheld by the court "
            "but stayed it stating that the state should establish that it has an acceptable method.")
    df = quotes_of(text)
    assert "Raymond Mata Jr." not in set(df["speaker_canonical"])


QUANTIFIERS = [
    ("Hundreds of Sudanese demonstrated for a stiffer sentence, with some calling for her to be executed.", "her to be executed", "anonymous"),
    ('Many said the plan was "a disgrace".', "the plan was", "anonymous"),
    ("Others warned that the dam could fail.", "the dam could fail", "anonymous"),
    ("Some of the residents said the water was unsafe.", "the water was unsafe", "anonymous"),
    ("Several of the companies said that prices would rise.", "prices would rise", "organization"),
]


@pytest.mark.parametrize(("text", "needle", "kind"), QUANTIFIERS)
def test_speakers_unknown6_quantifier_is_unnamed_people(quotes_of, text, needle, kind):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (kind, "")


def test_speakers_unknown6_quoted_document_title(quotes_of):
    text = ('A state council took power in Mauritania. The council\'s "Statement No. 1", which was broadcast by television, '
            'announced that the president had been removed.')
    row = _one(quotes_of(text), "the president had been removed")
    assert row["speaker_type"] == "document"
    assert row["speaker"] == 'The council\'s "Statement No. 1"'


@pytest.mark.parametrize(("text", "needle", "canonical"), [
    ("The blast killed 12 people and wounded 118, according to civil defense.", "killed 12 people", "civil defense"),
    ("Civil defence said that 40 homes were destroyed.", "40 homes were destroyed", "Civil defence"),
])
def test_speakers_unknown6_civil_defence_is_a_body(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "organization")


@pytest.mark.parametrize(("text", "needle"), [
    ("The affair erupted after an independent body reported that the minister had sold honours.", "the minister had sold honours"),
    ("A watchdog body said that prices would rise.", "prices would rise"),
])
def test_speakers_unknown6_unnamed_body_is_anonymous(quotes_of, text, needle):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("anonymous", "")
