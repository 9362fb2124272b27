"""Speakers, audit round 6: error classes found by reading 20 unseen Wikinews articles beside their
quotes table (docs/quotes.md, "0.4.0 audit: a third sample of 20 unseen articles").

Every rule has several sentences of our own, and negative sentences that must not change.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# ------------------------------------------------- a second cue coordinated with the first one's reported clause

OUTER_SPEAKER = [
    # (text, words of the second statement, its cue, its speaker)
    ('Royal Mail chief executive Adam Crozier said that the organisation was "very disappointed" to hear the news '
     'and explained that "we are losing business because we have failed to change."',
     "we are losing business", "explained", "Adam Crozier"),
    ("Foreign Ministry officials said that Zhu was expressing personal views, but stated that China would never "
     "tolerate independence.", "China would never tolerate", "stated", "Foreign Ministry officials"),
    ("The minister said the talks would continue next week and stressed that no deal was close.",
     "no deal was close", "stressed", "The minister"),
    ("Health officials said that the outbreak was under control and insisted that the vaccine was safe.",
     "the vaccine was safe", "insisted", "Health officials"),
]


@pytest.mark.parametrize(("text", "needle", "cue", "speaker"), OUTER_SPEAKER)
def test_quotes_audit6_coordinated_cue_keeps_first_speaker(quotes_of, text, needle, cue, speaker):
    row = _one(quotes_of(text), needle)
    assert (row["cue"], row["speaker"]) == (cue, speaker)


# The first reported clause tells an event whose actor can go on to speak: the conjunct keeps it.
EVENT_ACTOR = [
    ("Police said the suspect was arrested on Monday and told officers that he had acted alone.",
     "he had acted alone", "told", "the suspect"),
    ("The spokesman said the senator resigned on Friday and announced that she would run for governor.",
     "she would run for governor", "announced", "the senator"),
    ("Officials said the gunman entered the school and told pupils that nobody would be hurt.",
     "nobody would be hurt", "told", "the gunman"),
]


@pytest.mark.parametrize(("text", "needle", "cue", "speaker"), EVENT_ACTOR)
def test_quotes_audit6_coordinated_cue_after_event_keeps_actor(quotes_of, text, needle, cue, speaker):
    row = _one(quotes_of(text), needle)
    assert (row["cue"], row["speaker"]) == (cue, speaker)


# ------------------------------------------------- a body named in a person's office stays a body

BODY_WORDS = [
    # (text, words of the body's statement, speaker, canonical)
    ("Opposition leader Tom Briggs called the budget a disgrace. The opposition said the cuts would hurt families.",
     "the cuts would hurt families", "The opposition", "opposition"),
    ("Council leader Mary Hill backed the plan. The council said it would vote on the scheme on Monday.",
     "it would vote on the scheme", "The council", "Council"),
    ("The Manager of government business, Anthony Albanese, defended the timetable. The government said that "
     "Friday is a day for private members' business.", "Friday is a day", "The government", "government"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "canonical"), BODY_WORDS)
def test_quotes_audit6_body_word_in_office_is_no_person(quotes_of, text, needle, speaker, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_type"], row["speaker_canonical"]) == (speaker, "organization", canonical)


# The person's own role words still find the person.
ROLE_WORDS = [
    ("Council leader Mary Hill backed the plan. The leader said she was confident it would pass.",
     "she was confident", "Mary Hill"),
    ("US financier Bernard Madoff was arrested on Thursday. The financier said he had lost the money.",
     "he had lost the money", "Bernard Madoff"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), ROLE_WORDS)
def test_quotes_audit6_role_word_still_finds_person(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("person", canonical)
