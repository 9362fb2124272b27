"""Structural guards on speakers and mentions (0.11.0 work, helper guard17).

1. A word of a reported clause is no speaker of a verb outside that clause: a second verb the
   parser joined to the reported clause takes the subject of the nearest verb above it that stands
   outside the statement ('said the state would not raise taxes and urged lawmakers to ...'). A
   clause that tells an event keeps its actor for the joined verb ('said the workers walked out
   and told managers that ...').
2. A speaker mention and an entity never span a line break: a subheading is not glued to the
   name that opens the next paragraph.
3. A second quotation after an attribution with no full stop ('"A," he said "B," he added.') is
   the statement of its own attribution.
4. An organisation tag over 'Given Surname of Outlet' is the person and the organisation.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_row


@pytest.mark.parametrize(
    "text, first, second, speaker",
    [
        ("The governor said the state would not raise taxes and urged lawmakers to cut spending.",
         "the state would not raise taxes", "to cut spending", "The governor"),
        ("The coach insisted that the team was ready and asked fans to stay calm.",
         "the team was ready", "to stay calm", "The coach"),
        ("The envoy said that the border would stay open and called on both governments to resume talks.",
         "the border would stay open", "to resume talks", "The envoy"),
    ],
)
def test_quotes_guard17_joined_verb_takes_no_speaker_from_the_clause(quotes_of, text, first, second, speaker):
    df = quotes_of(text)
    assert quote_row(df, first)["speaker"] == speaker
    row = quote_row(df, second)
    assert row["speaker"] == speaker
    assert row["frame"] == "directive"


def test_quotes_guard17_event_actor_keeps_the_joined_verb(quotes_of):
    row = quote_row(quotes_of("The union said the workers walked out on Monday and told managers that they would not return."),
                    "they would not return")
    assert (row["cue"], row["speaker"]) == ("told", "the workers")


@pytest.mark.parametrize(
    "text, needle, speaker",
    [
        ("Prices rose again.\n\nMarkets\n\nFitch said the outlook was stable.", "the outlook was stable", "Fitch"),
        ("The vote is on Friday.\nReaction\nLabour said the bill would fail.", "the bill would fail", "Labour"),
    ],
)
def test_quotes_guard17_speaker_never_spans_a_line_break(quotes_of, nlp, text, needle, speaker):
    from newslab.entities import extract_entities

    row = quote_row(quotes_of(text), needle)
    assert row["speaker"] == speaker
    assert "\n" not in row["speaker_canonical"]
    assert not any("\n" in t for t in extract_entities(nlp(text))["text"])


@pytest.mark.parametrize(
    "text, first, second, speaker, cue",
    [
        ('"The road is closed," the mayor said "Crews are working through the night," she added.',
         "The road is closed", "Crews are working through the night", "she", "added"),
        ('"Our prices will fall," Carla Diaz said "Nobody should panic about the winter," she told reporters.',
         "Our prices will fall", "Nobody should panic about the winter", "she", "told"),
    ],
)
def test_quotes_guard17_second_quotation_after_missing_full_stop(quotes_of, text, first, second, speaker, cue):
    df = quotes_of(text)
    assert quote_row(df, first)["cue"] == "said"
    row = quote_row(df, second)
    assert (row["speaker"], row["cue"], row["kind"], row["text"]) == (speaker, cue, "direct", second + ",")


@pytest.mark.parametrize(
    "text, needle, speaker",
    [
        ('"We expect more cuts," according to David Moore of Marketwatch.com.', "We expect more cuts", "David Moore"),
        ('"The talks have failed," according to Mason Adams of Roanoke.com.', "The talks have failed", "Mason Adams"),
    ],
)
def test_quotes_guard17_person_of_outlet_is_the_person(quotes_of, text, needle, speaker):
    row = quote_row(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_type"]) == (speaker, "person")


def test_quotes_guard17_organisation_with_of_stays_whole(quotes_of):
    row = quote_row(quotes_of("The Bank of America said profits rose."), "profits rose")
    assert row["speaker_canonical"] == "Bank of America"
