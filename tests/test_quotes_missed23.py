"""Quotes, missed23: two clause complements of reporting that gave no row.

1. Verbs of questioning (question, challenge, query) with a finite clause complement, mostly an
   interrogative one ('questioned why ...', 'challenged whether ...'): a stance cue (the frame these
   verbs already had as governors). A noun object ('questioned the driver', 'challenged the
   decision'), a passive and an infinitive after an addressee give no row.
2. A quote-only verb (continue, elaborate, recall, joke, ...) with a finite clause that an explicit
   'that' introduces: a statement ('continued that ...'); 'continued to work' and 'recalled that day'
   stay none.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

ROWS = [
    # (text, statement, speaker, frame)
    ("Residents are questioning why the council needs a new town hall.", "why the council needs a new town hall", "Residents", "stance"),
    ("The senator questioned why the city wanted to enter the broadband market.", "why the city wanted to enter the broadband market", "The senator", "stance"),
    ("Lawyers for the family have questioned how the fire could spread so fast.", "how the fire could spread so fast", "Lawyers for the family", "stance"),
    ("The company challenged whether the rules applied to its products.", "whether the rules applied to its products", "The company", "stance"),
    ("Opposition leaders queried whether the budget figures were accurate.", "whether the budget figures were accurate", "Opposition leaders", "stance"),
    ("The senator also challenged the ministry to name all the employees.", "to name all the employees", "The senator", "directive"),
    ("\"Tell me how the town would be better off without me,\" the mayor challenged at a party meeting.", "Tell me how the town would be better off without me,", "the mayor", "speech"),
    ("Smith continued that the agency would be in trouble next year.", "the agency would be in trouble next year", "Smith", "speech"),
    ("The professor elaborated that the laws were written by lobbyists.", "the laws were written by lobbyists", "The professor", "speech"),
    ("The former mayor recalled that the river had flooded the town twice.", "the river had flooded the town twice", "The former mayor", "speech"),
    ("The coach joked that his team would need a miracle to win.", "his team would need a miracle to win", "The coach", "speech"),
]


@pytest.mark.parametrize(("text", "statement", "speaker", "frame"), ROWS)
def test_missed23_rows(quotes_of, text, statement, speaker, frame):
    row = _one(quotes_of(text), statement)
    assert row["text"] == statement
    assert row["speaker"] == speaker
    assert row["frame"] == frame


NONE = [
    "The union challenged the decision in court.",  # a noun object
    "The suspect was questioned by police for six hours.",  # passive, no clause
    "Police questioned the driver about the crash.",  # a noun object
    "She questioned the need for a new stadium.",  # a noun object
    "The minister continued to work on the budget.",  # an infinitive
    "He recalled that day with sadness.",  # 'that' is a determiner
]


@pytest.mark.parametrize("text", NONE)
def test_missed23_no_row(quotes_of, text):
    assert len(quotes_of(text)) == 0, quotes_of(text)[["text", "cue", "speaker"]].values.tolist()
