"""Tests of the 0.4.0 rule for words relayed through a document or an outlet: when 'according
to X' frames a clause whose subject speaks the quotation, the speaker is that subject and X goes
to ``via`` (dev guideline: the speaker is whoever made the statement, the relay goes to via)."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical, speaker_type, via)
RELAYED = [
    ('Mr Hale then waved a copy of the bill at the crowd, according to the Daily Courier: "This is what they want you to pay."',
     "This is what they want", "Hale", "person", "Daily Courier"),
    ('Senator Ann Lee then read out a letter from a voter, according to the Boston Globe: "We cannot pay these bills."',
     "We cannot pay", "Ann Lee", "person", "Boston Globe"),
]


@pytest.mark.parametrize("text, needle, canonical, stype, via", RELAYED)
def test_speakers_relay6_words_of_the_subject(quotes_of, text, needle, canonical, stype, via):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, stype)
    assert row["via"] == via


@pytest.mark.xfail(strict=True, reason="'according to X' beside a speech cue of its own ('called') is not yet read as the relay: via stays empty")
def test_speakers_relay6_via_beside_own_cue(quotes_of):
    row = _one(quotes_of('Councillor Tomasz Wierzbicki called the estimate "pure fantasy", according to the Daily Courier.'), "pure fantasy")
    assert row["speaker_canonical"] == "Tomasz Wierzbicki"
    assert row["via"] == "Daily Courier"


# The relayed source keeps the statement: the whole clause is its claim, or the subject does not speak.
KEPT = [
    ('According to the Daily Courier, the mayor is "deeply worried" about the cost.',
     "deeply worried", "Daily Courier"),
    ("According to the Boston Globe, the senator will resign next week.",
     "the senator will resign", "Boston Globe"),
    ('According to the Daily Courier, it was "a very bad year" for the harbour.',
     "a very bad year", "Daily Courier"),
    ('The plan was called "a disgrace", according to the Boston Globe.',
     "a disgrace", "Boston Globe"),
]


@pytest.mark.parametrize("text, needle, canonical", KEPT)
def test_speakers_relay6_relay_keeps_its_claim(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical
    assert row["via"] == ""
