"""Tests of the 0.4.0 binding rule for 'he'/'she'/'his'/'her' (docs/speakers.md, "0.4.0: a pronoun
takes its own sentence's subject"): a pronoun in a clause under a person subject of its own
sentence is that person, before any speaker quoted earlier; the subject may be a noun with an
apposed name, and a thing or relative pronoun between ('as it, in his words, ...', 'which in his
words ...') does not stop the search."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical)
BOUND = [
    # 'in his words' under a thing subject ('as it'), after another man was quoted
    ('"The timing is a matter for the cabinet," said Prime Minister John Clarke. '
     'In reply, Councillor Daniel Moss regretted the choice of date, as it, in his words, "left no time for a proper debate".',
     "left no time for a proper debate", "Daniel Moss"),
    ('"The vote will go ahead," Premier Mark Hollis told reporters on Monday. '
     'In a response to the announcement, opposition leader Tom Briggs expressed his regrets on the date of the vote, '
     'as it, in his words, "ignored the harvest".',
     "ignored the harvest", "Tom Briggs"),
    # 'in her words' under a relative clause's subject ('which'), after another woman was quoted
    ('"The report is balanced," said minister Anna Grant. '
     'Campaigner Sarah Jennings cited a chart that was shown on the last page, which in her words hid the flooding.',
     "hid the flooding", "Sarah Jennings"),
    # a noun subject with an apposed name binds 'he' in a clause under it
    ('"The budget is fair," said Finance Minister Robert Keane. '
     'Another opposition figure, Martin Doyle of the Labour Party, made a statement condemning what he called the "waste of public money".',
     "waste of public money", "Martin Doyle"),
    ('"The plant is safe," said company chief Simon Hughes. '
     'A local activist, Peter Walsh, issued a leaflet condemning what he called "the reckless expansion of the site".',
     "the reckless expansion of the site", "Peter Walsh"),
    ('"The plant is safe," said company chief Simon Hughes. '
     'The union leader, Peter Walsh, wrote a letter that in his words "sets the record straight".',
     "sets the record straight", "Peter Walsh"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), BOUND)
def test_speakers_bind6_pronoun_takes_own_sentence_subject(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "person")


# Negatives: the subject of the pronoun's sentence does not bind it.
NOT_BOUND = [
    # the pronoun's sentence has no person subject: the speaker quoted before goes on
    ('"The bridge is safe," said engineer Helen Park. The report, in her words, "answers every question".',
     "answers every question", "Helen Park"),
    # the subject above disagrees in gender: the earlier speaker who fits
    ('"The plan came too late," said Mayor Tom Briggs. Councillor Aisha Begum welcomed the plan, '
     'which in his words "will cost the town dearly".',
     "will cost the town dearly", "Tom Briggs"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), NOT_BOUND)
def test_speakers_bind6_pronoun_not_bound_elsewhere(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical


# Reported speech: 'Smith said he ...' is Smith; 'Smith told Jones that he ...' keeps the subject.
REPORTED = [
    ('"Prices will fall," said analyst Mary Cole. Trade minister John Reid said he would meet the unions on Monday.',
     "would meet the unions on Monday", "John Reid"),
    ('"We are ready," said coach Emma Lane. Club owner David Price told manager Simon Hart that he would decide by Friday.',
     "would decide by Friday", "David Price"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), REPORTED)
def test_speakers_bind6_reported_speech_keeps_subject(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical
