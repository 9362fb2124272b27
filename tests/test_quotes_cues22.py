"""Quotes, cues22: three cue mechanisms extended to a construction's variants.

1. Nouns of emotional reaction after a verb of `belief_object_verbs` with a that-clause
   ('expressed surprise that ...', 'voiced regret that ...'): a stance cue, as the adjectives of
   the class are (cues20); nouns of apprehension ('expressed concern that') stay belief.
2. A belief verb in a relative clause whose pronoun is the gap of the reported clause ('a festival
   which he hopes will attract ...'): the holder's row when the holder refers (a pronoun, a name, a
   definite noun); a quantified or bare plural holder ('which most economists believe began in
   2008') keeps it the writer's background.
3. 'calling it "..."': the predicate the parser read as a second object belongs to the naming.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

ROWS = [
    # (text, statement, speaker, frame)
    ("The minister expressed surprise that the report had been leaked.", "the report had been leaked", "The minister", "stance"),
    ("The union voiced regret that the talks had collapsed.", "the talks had collapsed", "The union", "stance"),
    ("The company expressed disappointment that the court had rejected its appeal.", "the court had rejected its appeal", "The company", "stance"),
    ("The mayor expressed satisfaction that the works had finished on time.", "the works had finished on time", "The mayor", "stance"),
    ("Officials expressed concern that the virus could spread to other farms.", "the virus could spread to other farms", "Officials", "belief"),
    ("The mayor is planning a festival which he hopes will attract thousands of visitors.", "will attract thousands of visitors", "he", "belief"),
    ("The union called a strike, in a move that it hopes will force the company to negotiate.", "will force the company to negotiate", "it", "belief"),
    ("The council approved a new bypass, which the mayor believes will ease congestion.", "will ease congestion", "the mayor", "belief"),
    ("The company launched a product that it expects will double its sales.", "will double its sales", "it", "belief"),
    ("The union hailed the ruling, calling it \"a victory for workers.\"", "it \"a victory for workers.\"", "The union", "stance"),
    ("The union praised the ruling, calling it \"a victory for workers.\"", "it \"a victory for workers.\"", "The union", "stance"),
    ("The opposition condemned the budget, calling it \"a betrayal of pensioners.\"", "it \"a betrayal of pensioners.\"", "The opposition", "stance"),
]


@pytest.mark.parametrize(("text", "statement", "speaker", "frame"), ROWS)
def test_cues22_rows(quotes_of, text, statement, speaker, frame):
    row = _one(quotes_of(text), statement)
    assert row["text"] == statement
    assert row["speaker"] == speaker
    assert row["frame"] == frame


NONE = [
    "The recession, which most economists believe began in 2008, hit farmers hard.",  # a quantified holder: background
    "The disease, which scientists think is spread by ticks, has reached the coast.",  # a bare plural holder
    "The minister did not express surprise that the report had been leaked.",  # negated
    "The festival caused surprise among residents.",  # no that-clause
]


@pytest.mark.parametrize("text", NONE)
def test_cues22_no_row(quotes_of, text):
    assert len(quotes_of(text)) == 0, quotes_of(text)[["text", "cue", "speaker"]].values.tolist()
