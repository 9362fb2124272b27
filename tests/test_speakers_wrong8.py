"""Tests of the 0.5.0 speaker rules for the wrong-speaker classes of fresh-f40: a person subject
of the sentence before binds 'he' even when the entity model mislabels the name; one spelling
per name and acronyms without a legal designator; coordinated cues whose reported clause has a
subject that cannot speak; and 'X said, "...," according to a report by Y' as a relay."""

from __future__ import annotations

import pytest

from newslab.entities import merge_names

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical)
PREVIOUS_SUBJECT = [
    ('Malik Berkane sued Governor Shintaro Ishihara. "I was shocked," Berkane said. On July 15, Ishihara again '
     "expressed his opinion that French was declining. He mentioned that no student had registered for the course.",
     "no student had registered", "Shintaro Ishihara"),
    ("Rosemond Pradel runs the electoral council. Patrick Fequiere suggested that several months might be needed. "
     'Pradel blames the delays on the donors. He is quoted as saying, "Our decision was based on their commitment."',
     "Our decision was based", "Rosemond Pradel"),
    ("George Tenet told the panel not to worry. Tyler Drumheller says he had spelled out the problem. Tenet responded "
     "to questions on this story by providing the Washington Post with a statement he had given in response to the "
     "Silberman-Robb Commission, in which he said he did not learn of the problems until much later.",
     "he did not learn of the problems", "George Tenet"),
]


@pytest.mark.parametrize("text, needle, canonical", PREVIOUS_SUBJECT)
def test_speakers_wrong8_pronoun_takes_the_new_subject(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "person")


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ([("Chavez", "PERSON"), ("Chávez", "PERSON")], ["Chavez", "Chavez"]),
        ([("José Martínez", "PERSON"), ("Jose Martinez", "PERSON")], ["José Martínez", "José Martínez"]),
        ([("International Business Machines Inc.", "ORG"), ("IBM", "ORG")], ["International Business Machines Inc."] * 2),
        ([("Acme Widgets Ltd", "ORG"), ("AW", "ORG")], ["Acme Widgets Ltd", "Acme Widgets Ltd"]),
        ([("World Health Organization", "ORG"), ("WHO", "ORG")], ["World Health Organization"] * 2),
        ([("Chavez", "PERSON"), ("Chaves", "PERSON")], ["Chavez", "Chaves"]),
    ],
)
def test_entities_merge_names_spellings_and_acronyms(names, expected):
    assert merge_names(names) == expected


# (text, needle, speaker_type, speaker_canonical)
MUTE_CLAUSE = [
    ("The officials claimed that such sophisticated weaponry could not have been assembled by the militia and said "
     "that it must have been supplied from abroad.", "it must have been supplied", "anonymous", ""),
    ("Investigators said that the cables were cut by hand and added that the damage would take weeks to repair.",
     "the damage would take weeks", "anonymous", ""),
    ("Mayor Ruth Calloway said the bridge had been closed for safety checks and stated that it would reopen in May.",
     "it would reopen in May", "person", "Ruth Calloway"),
]


@pytest.mark.parametrize("text, needle, stype, canonical", MUTE_CLAUSE)
def test_speakers_wrong8_conjunct_cue_after_a_mute_clause(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


def test_speakers_wrong8_conjunct_keeps_a_speaking_subject(quotes_of):
    row = _one(quotes_of("Police said the suspect was arrested on Monday and told officers that he acted alone."), "he acted alone")
    assert row["speaker_canonical"] != "Police"


RELAY = [
    ('Senator Ann Lee, who backed the bill in her first speech, said, "We were facing two choices, and this is what '
     'the party chose," according to a report by the Daily Courier.', "We were facing two choices", "Ann Lee", "Daily Courier"),
    ('The mayor, Tom Reed, said: "The harbour will be rebuilt," according to the Boston Globe.',
     "The harbour will be rebuilt", "Tom Reed", "Boston Globe"),
]


@pytest.mark.parametrize("text, needle, canonical, via", RELAY)
def test_speakers_wrong8_said_according_to_is_a_relay(quotes_of, text, needle, canonical, via):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["via"]) == (canonical, via)
