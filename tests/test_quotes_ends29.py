"""Quotes, ends29: a second report joined to a statement, with a subject and a reporting verb of its own, ends it.

'The US administration added that the sacking was a "step back from democracy" and India joined
into the chorus by saying that ...': the clause after 'and' has its own subject (India) and its
own reporting act (saying that ...); it is another statement, not the end of this one
(`_second_report` in `cues.py`). Over the gold of all development sets such a clause after the
statement is cut 17 times out of 18 (the one kept is inside a quotation). Near misses stay whole:
a second 'that' clause of the same cue, a report inside the statement's own clause, a parallel
report when the statement is itself one ('49% believe A while 33% think B'), words inside a
quotation.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

CUT = [
    # (text, statement, the second report's content (its own row) or None, words that must be left out)
    ('The ministry added that the talks had been "constructive" and Germany joined in by saying that the proposal was a "good first step".',
     'the talks had been "constructive"', 'the proposal was a "good first step"', "Germany joined"),
    ('The bank said the merger was "good news for customers" and analysts followed suit by predicting that shares would rise.',
     'the merger was "good news for customers"', "shares would rise", "analysts followed"),
    ('Police said the suspect was "armed and dangerous" and the mayor went further, saying that he posed a threat to the whole city.',
     'the suspect was "armed and dangerous"', "he posed a threat to the whole city", "the mayor went"),
    ("Her supporters blame the government for failing to protect her, while others believe that rival factions inside the army were responsible.",
     "the government for failing to protect her", "rival factions inside the army were responsible", "while others"),
    ('Some analysts noted that the bank had kept its rate at "neutral" and a later interview with the governor appeared to suggest that no cut was planned.',
     'the bank had kept its rate at "neutral"', None, "a later interview"),
]

KEPT = [
    # (text, statement kept whole)
    # a second 'that' clause of the same cue
    ("The senator said that the plan was sound and that he believed it would pass before the summer.",
     "the plan was sound and that he believed it would pass before the summer"),
    # a report inside the statement's own clause (no joining word before its subject)
    ("She said the police believed the fire had been set deliberately.",
     "the police believed the fire had been set deliberately"),
    # a statement that is itself a report goes on over a parallel one: both are the poll's finding
    ('According to the survey, 52% of voters believe that the mayor was "honest" while 30% think that he was not.',
     '52% of voters believe that the mayor was "honest" while 30% think that he was not'),
    # a second clause without a reporting verb of its own
    ("The minister said the economy grew by 2 percent last year and exports rose sharply.",
     "the economy grew by 2 percent last year and exports rose sharply"),
]


@pytest.mark.parametrize("text, statement, second, left_out", CUT)
def test_ends29_second_report_ends_the_statement(quotes_of, text, statement, second, left_out):
    df = quotes_of(text)
    row = _one(df, statement)
    assert left_out not in row["text"]
    assert row["text"].rstrip(" ,.") == statement
    if second is not None:
        assert _one(df, second)["text"].rstrip(" ,.") == second


@pytest.mark.parametrize("text, statement", KEPT)
def test_ends29_near_misses_keep_the_clause(quotes_of, text, statement):
    row = _one(quotes_of(text), statement)
    assert row["text"].rstrip(" ,.") == statement
