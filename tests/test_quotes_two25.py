"""Quotes, two25: two statements in one sentence keep both rows.

An inner or second statement used to replace the main one (its row was taken for a relay of the
outer statement, or the outer statement was dropped for overlapping its quotation). Three
constructions, read from the parse:

- a participle cue set off by a comma after a complete reported clause, whose own content is a
  quotation ('said A, accusing them of "..."'): the speaker's next act; A ends before the comma;
- a cue with its own subject coordinated with the head of an 'according to' statement
  ('According to X, A and he added that B'): A ends before the conjunction;
- 'according to Y' inside a relative clause on a noun of X's statement ('X claims A to help
  families who, according to Y, have been ...'): Y's row is the relative clause, X's ends at
  the noun when the relative closes it and runs on whole when it does not; when Y is X itself
  (the same name, or a pronoun) there is one statement, X's, whole.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

BOTH = [
    # (text, [(statement, speaker, cue), ...]) -- exactly these rows
    ('The minister said the government held the rebels responsible for the attack, accusing them of "deliberately targeting civilians".',
     [("the government held the rebels responsible for the attack", "The minister", "said"),
      ('them of "deliberately targeting civilians"', "The minister", "accusing")]),
    ('The union said the company had broken the agreement, accusing managers of "bullying staff" at the plant.',
     [("the company had broken the agreement", "The union", "said"),
      ('managers of "bullying staff"', "The union", "accusing")]),
    ('A spokeswoman said the airline regretted the delays, calling the strike "completely unnecessary".',
     [("the airline regretted the delays", "A spokeswoman", "said"),
      ('the strike "completely unnecessary"', "A spokeswoman", "calling")]),
    ('According to the mayor, the bridge will reopen next month and, furthermore, he added that "repairs are on schedule".',
     [("the bridge will reopen next month", "the mayor", "According to"),
      ("repairs are on schedule", "he", "added")]),
    # the conjunction the parser hung on the earlier conjunct still ends the first statement
    ('According to the minister, the deal will not only create jobs but will also be good for exports and, furthermore, he added that "the factory is the best in Europe".',
     [("the deal will not only create jobs but will also be good for exports", "the minister", "According to"),
      ("the factory is the best in Europe", "he", "added")]),
    ('According to the coach, the team will travel on Friday, and the captain said "we are ready for this".',
     [("the team will travel on Friday", "the coach", "According to"),
      ("we are ready for this", "the captain", "said")]),
    ("According to the report, prices rose by four percent and the bank said that it expected a slowdown.",
     [("prices rose by four percent", "the report", "According to"),
      ("it expected a slowdown", "the bank", "said")]),
    ("The council says that the road was closed to protect a bridge that, according to engineers, is at risk of collapse.",
     [("the road was closed to protect a bridge", "The council", "says"),
      ("is at risk of collapse", "engineers", "according to")]),
    ("The charity claims it was there to help families who, according to local officials, have been left without water.",
     [("it was there to help families", "The charity", "claims"),
      ("have been left without water", "local officials", "according to")]),
    ("The ministry said the troops had fired at a car which, according to witnesses, was carrying a family of five.",
     [("the troops had fired at a car", "The ministry", "said"),
      ("was carrying a family of five", "witnesses", "according to")]),
    # the relative clause does not close the statement: both stand, the outer one whole
    ("The mayor says the bus was stopped near a bridge which, according to Harris, was already damaged, when the fire started.",
     [("the bus was stopped near a bridge which, according to Harris, was already damaged, when the fire started", "The mayor", "says"),
      ("was already damaged", "Harris", "according to")]),
]


@pytest.mark.parametrize(("text", "rows"), BOTH)
def test_two25_both_statements_stand(quotes_of, text, rows):
    df = quotes_of(text)
    got = sorted(zip(df["text"], df["speaker"], df["cue"]))
    assert got == sorted(rows)


ONE = [
    # the inner source is the outer speaker (a pronoun, or the same name): one statement, whole
    ("The spokesman says the ship was heading for a port that, according to him, was closed to foreign vessels.",
     "the ship was heading for a port that, according to him, was closed to foreign vessels", "The spokesman"),
    ("Inspector Tom Reed says the driver overtook a lorry that, according to Reed, was travelling far too slowly.",
     "the driver overtook a lorry that, according to Reed, was travelling far too slowly", "Tom Reed"),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), ONE)
def test_two25_same_source_is_one_statement(quotes_of, text, statement, speaker):
    df = quotes_of(text)
    assert len(df) == 1
    row = _one(df, statement.split()[1])
    assert row["text"] == statement
    assert row["speaker"] == speaker


RELAY = [
    # a report that is the outer statement's own content stays a relay (the outer speaker is via)
    ("The newspaper reported that the minister said the budget would be cut.", "the budget would be cut", "the minister"),
    ("Court filings show the company said it had no debts.", "it had no debts", "the company"),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), RELAY)
def test_two25_relay_stays_one_row(quotes_of, text, statement, speaker):
    df = quotes_of(text)
    assert len(df) == 1
    row = _one(df, statement.split()[1])
    assert row["text"] == statement
    assert row["speaker"] == speaker
