"""Layered sources (0.14.0 work, relay20), on sentences of our own.

- 'X said Y, according to Z' (the parser hangs the closing 'according to' on Y's head): X's
  statement Y, via Z; 'According to Z, X said Y' stays so; 'According to Z, Y' (no report
  inside) keeps Z as the speaker;
- after a layered row ('X was quoted by Z as saying ...'), a continuation ('They added ...')
  takes the inner speaker X, never the outlet Z that relayed the words.
"""

from __future__ import annotations

import pytest


def _rows(df):
    return [tuple(r) for r in df[["text", "cue", "speaker", "speaker_type", "via"]].values.tolist()]


TRAILING_RELAY = [
    ("The chief executive said the merger was a good deal for shareholders, according to the Financial Times.",
     [("the merger was a good deal for shareholders", "said", "The chief executive", "anonymous", "Financial Times")]),
    ("Johnson said the plan was a fair one, according to the Associated Press.",
     [("the plan was a fair one", "said", "Johnson", "person", "Associated Press")]),
    # already right before; must stay so
    ("Ms Carter said the factory would close in March, according to Reuters.",
     [("the factory would close in March", "said", "Carter", "person", "Reuters")]),
    ("The senator told a local radio station that the vote had been rigged, according to the newspaper.",
     [("the vote had been rigged", "told", "The senator", "anonymous", "the newspaper")]),
    ("According to the Guardian, the minister said that the budget would be cut.",
     [("the budget would be cut", "said", "the minister", "anonymous", "Guardian")]),
]


@pytest.mark.parametrize("text,rows", TRAILING_RELAY)
def test_report_closed_by_according_to_is_the_inner_speakers(quotes_of, text, rows):
    assert _rows(quotes_of(text)) == rows


OUTLET_SPEAKS = [
    ("According to the BBC, the minister has resigned.", [("the minister has resigned", "According to", "the BBC", "media", "")]),
    ("The minister has resigned, according to the BBC.", [("The minister has resigned", "according to", "the BBC", "media", "")]),
]


@pytest.mark.parametrize("text,rows", OUTLET_SPEAKS)
def test_according_to_without_a_report_inside_keeps_the_outlet(quotes_of, text, rows):
    assert _rows(quotes_of(text)) == rows


CONTINUATION = [
    ('A spokesperson for the airline was quoted by the BBC as saying: "Our thoughts are with the passengers." '
     'They added: "We will cooperate fully with the investigation."',
     [("Our thoughts are with the passengers.", "quoted ... as saying", "A spokesperson for the airline", "anonymous", "BBC"),
      ("We will cooperate fully with the investigation.", "added", "They", "anonymous", "")]),
    ("An airport official was quoted by the Associated Press as saying that the runway was closed. They added that "
     "flights would be diverted to other airports.",
     [("the runway was closed", "quoted ... as saying", "An airport official", "anonymous", "Associated Press"),
      ("flights would be diverted to other airports", "added", "They", "anonymous", "")]),
    ('A representative of the union was quoted by local radio as saying: "We will strike." They said, "The offer is an insult."',
     [("We will strike.", "quoted ... as saying", "A representative of the union", "anonymous", "radio"),
      ("The offer is an insult.", "said", "They", "anonymous", "")]),
    # a gendered pronoun after a layered row was right before; must stay so
    ('A company spokesman was quoted by Reuters as saying, "We regret the delay." He added, "Deliveries will resume next month."',
     [("We regret the delay.", "quoted ... as saying", "A company spokesman", "anonymous", "Reuters"),
      ("Deliveries will resume next month.", "added", "He", "anonymous", "")]),
]


@pytest.mark.parametrize("text,rows", CONTINUATION)
def test_continuation_after_a_layered_row_takes_the_inner_speaker(quotes_of, text, rows):
    assert _rows(quotes_of(text)) == rows


def test_plural_they_after_a_group_stays_the_group(quotes_of):
    rows = _rows(quotes_of('Residents said the water was unsafe. They added, "We have no choice."'))
    assert rows == [("the water was unsafe", "said", "Residents", "anonymous", ""),
                    ("We have no choice.", "added", "They", "anonymous", "")]


NOT_SET_OFF = [
    # a phrase that is not set off by a comma is a word of the reported clause; the rows stay as they were
    ("The colonel said the operation did not go according to plan.",
     [("The colonel said the operation did not go", "according to", "plan", "document", ""),
      ("the operation did not go according to plan", "said", "The colonel", "anonymous", "")]),
    ("The agencies report that exports rose in May according to figures from the trade ministry.",
     [("The agencies report that exports rose in May", "according to", "figures from the trade ministry", "document", ""),
      ("exports rose in May according to figures from the trade ministry", "report", "The agencies", "organization", "")]),
]


@pytest.mark.parametrize("text,rows", NOT_SET_OFF)
def test_according_to_inside_the_reported_clause_is_left_alone(quotes_of, text, rows):
    assert _rows(quotes_of(text)) == rows
