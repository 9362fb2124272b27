"""Quotes, cut29: rows that stopped short of the statement's end.

Three places where the parse left part of the source's statement outside the row:

- a final 'if' / 'unless' clause that the parser hangs on the cue verb instead of on the
  reported words ('has threatened to withdraw from the talks if ...'): a condition set right
  after the statement is the source's (the gold of every development set keeps it), so the
  statement runs on over it (`_condition_end` in `cues.py`);
- a to-infinitive on the quoted noun after its closing mark ('praised X as "the best person" to
  help open ...'): the noun phrase's own modifier, so the mixed span goes on over it
  (`_quoted_phrase_end` in `extract.py`), while the writer's purpose clause on the verb ('called
  the report "fake news" to win votes') stays out;
- a quoted noun whose clause the parse lost ('threatened an "open war" against the government
  unless ...'): the quoted phrase's argument and the condition on the cue go on after the mark.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

LONGER = [
    # (text, a word of the row, the whole statement)
    ("The main opposition party has threatened to withdraw from scheduled budget talks if more than two other parties are invited to the talks.",
     "withdraw", "to withdraw from scheduled budget talks if more than two other parties are invited to the talks"),
    ("The largest union has threatened to walk out of scheduled wage negotiations if more than three other unions are invited to them.",
     "walk out", "to walk out of scheduled wage negotiations if more than three other unions are invited to them"),
    ("The club has threatened to withdraw from the league unless two other clubs are expelled from it.",
     "league", "to withdraw from the league unless two other clubs are expelled from it"),
    ("The minister praised the new coach as \"the right man\" to lead the team into the World Cup.",
     "right man", "the new coach as \"the right man\" to lead the team into the World Cup"),
    ("The opposition described the budget as \"a missed opportunity\" to fix the health system.",
     "missed opportunity", "the budget as \"a missed opportunity\" to fix the health system"),
    ("The charity hailed the agreement as \"a real chance\" to end the famine in the region.",
     "real chance", "the agreement as \"a real chance\" to end the famine in the region"),
    ("The militia leader threatened a \"holy war\" against foreign troops unless they left the country.",
     "holy war", "a \"holy war\" against foreign troops unless they left the country"),
]

UNCHANGED = [
    # (text, a word of the row, the statement as it stays)
    # the writer's purpose clause on the verb, not the quoted noun's modifier
    ("The council called the report \"fake news\" to win votes.", "fake news", "the report \"fake news\""),
    # a writer's adjunct between the mark and the 'if': the statement ends at the mark
    ("The mayor called the plan \"a disaster\" in a radio interview if only to annoy his rivals.", "disaster", "the plan \"a disaster\""),
    # a preposed condition is outside the reported clause
    ("If the talks fail, the union said it would strike.", "strike", "it would strike"),
    # a condition the parser already keeps inside the clause stays as it was
    ("The coalition has promised to cut income tax for low earners if it wins the election in May.",
     "income tax", "to cut income tax for low earners if it wins the election in May"),
]


@pytest.mark.parametrize("text, word, statement", LONGER)
def test_cut29_statement_runs_on_to_its_end(quotes_of, text, word, statement):
    row = _one(quotes_of(text), word)
    assert row["text"].rstrip(" ,.") == statement


@pytest.mark.parametrize("text, word, statement", UNCHANGED)
def test_cut29_near_misses_keep_their_end(quotes_of, text, word, statement):
    row = _one(quotes_of(text), word)
    assert row["text"].rstrip(" ,.") == statement
