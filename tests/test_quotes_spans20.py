"""Quotes, spans20: a reported clause ends before the speaker's next act joined by ', but'.

'X said A, but did not specify B' / 'X said A, but also praised B': a verb of the cue lexicon with
no subject of its own, joined by ', but' to the reported clause, is a predicate of the speaker (what
the speaker did next), not of the reported clause's subject; in any finite form (a plain past, a
present, or 'did' / 'has' before it). An adverb of the conjunction ('but also') leaves with it.
A belief verb ('but felt that ...') and a verb outside the lexicon ('but has a debt of ...') go on
with the reported clause, as does a conjunct with a subject of its own.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

NEXT_ACT = [
    # (text, statement, speaker)
    ("The spokesman said the talks had covered a wide range of trade issues, but did not specify any of them.",
     "the talks had covered a wide range of trade issues", "The spokesman"),
    ("The company said its profits had fallen sharply in the second quarter, but has not offered any explanation for the drop.",
     "its profits had fallen sharply in the second quarter", "The company"),
    ("The firm said the merger had been approved by regulators, but did not say when it would close.",
     "the merger had been approved by regulators", "The firm"),
    ('The minister said the early response to the floods had been "far too slow", but also praised the work of the volunteers.',
     'the early response to the floods had been "far too slow"', "The minister"),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), NEXT_ACT)
def test_spans20_statement_ends_before_speakers_next_act_after_but(quotes_of, text, statement, speaker):
    row = _one(quotes_of(text), statement.split()[1])
    assert row["text"] == statement
    assert row["speaker"] == speaker


STAYS = [
    # a conjunct of the reported clause's own subject, or a clause with its own subject
    ("The ministry said the retail chain owns $6 billion in assets, but has a debt of $8 billion.",
     "the retail chain owns $6 billion in assets, but has a debt of $8 billion"),
    ("The mayor said the budget was balanced, but he will not let that stop him from cutting taxes.",
     "the budget was balanced, but he will not let that stop him from cutting taxes"),
]


@pytest.mark.parametrize(("text", "statement"), STAYS)
def test_spans20_other_conjuncts_after_but_stay_in_the_statement(quotes_of, text, statement):
    assert _one(quotes_of(text), statement.split()[1])["text"] == statement


def test_spans20_belief_conjunct_is_a_statement_of_its_own(quotes_of):
    df = quotes_of("The council said the bridge was safe, but felt that the repairs should be finished before winter.")
    assert _one(df, "bridge")["text"] == "the bridge was safe"
    assert _one(df, "repairs")["text"] == "the repairs should be finished before winter"
