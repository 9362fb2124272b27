"""Statements found, 0.4.0: two that-clauses of one cue, mixed spans that end inside a
quotation, 'call for' / 'ask for' directives and 'claims to' infinitives.

Each rule has several sentences of our own and negative sentences that must not change.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one  # noqa: E402


# ---------------------------------------------------------------- 'said that A and that B': one statement

TWO_THAT_CLAUSES = [
    # (sentence, statement, kind)
    ('Zawahiri also said that the entire planet is an "open battlefield," and that "we will attack everywhere."',
     'the entire planet is an "open battlefield," and that "we will attack everywhere."', "mixed"),
    ('She said that the plan was a "disaster," and that "nobody will pay for it."',
     'the plan was a "disaster," and that "nobody will pay for it."', "mixed"),
    ("The coach said that the team was tired and that the players would rest on Sunday.",
     "the team was tired and that the players would rest on Sunday", "indirect"),
]


@pytest.mark.parametrize(("text", "statement", "kind"), TWO_THAT_CLAUSES)
def test_quotes_found4_two_that_clauses_are_one_statement(quotes_of, text, statement, kind):
    df = quotes_of(text)
    assert len(df) == 1, df[["text", "cue"]].values.tolist()
    row = _one(df, statement)
    assert (row["text"], row["kind"]) == (statement, kind)


TWO_SPEAKERS = [
    # A second clause with a cue and subject of its own stays a second statement.
    ("Egypt says the border is open and the government states that aid is arriving.", ["the border is open", "aid is arriving"]),
    ("The mayor said the road would close, and the police warned that delays were likely.",
     ["the road would close", "delays were likely"]),
]


@pytest.mark.parametrize(("text", "statements"), TWO_SPEAKERS)
def test_quotes_found4_second_speaker_stays_separate(quotes_of, text, statements):
    assert quotes_of(text)["text"].tolist() == statements


# ---------------------------------------------------------------- a mixed span ends after the closing mark

MIXED_ENDS = [
    ('She said the plan was a "disaster," and that "nobody will pay for it."',
     'the plan was a "disaster," and that "nobody will pay for it."'),
    ('The minister said the budget was "a fair deal for every family." It was passed on Friday.',
     'the budget was "a fair deal for every family."'),
]


@pytest.mark.parametrize(("text", "statement"), MIXED_ENDS)
def test_quotes_found4_mixed_span_reaches_closing_mark(quotes_of, text, statement):
    assert _one(quotes_of(text), "budget" if "budget" in statement else "plan")["text"] == statement


# ---------------------------------------------------------------- 'call for' / 'ask for' what is demanded

DEMANDS = [
    # (sentence, statement, kind, cue)
    ("Protesters called for the minister to resign.", "the minister to resign", "indirect", "called for"),
    ("And the agreement calls for the changes to be enacted by constitutional amendment.",
     "the changes to be enacted by constitutional amendment", "indirect", "calls for"),
    ("Hundreds marched through the capital, with some calling for her to be executed.", "her to be executed", "indirect", "calling for"),
    ("Parents asked for the school to reopen next week.", "the school to reopen next week", "indirect", "asked for"),
    ('The group is calling for a boycott of "all Israeli goods."', 'a boycott of "all Israeli goods."', "mixed", "calling for"),
]


@pytest.mark.parametrize(("text", "statement", "kind", "cue"), DEMANDS)
def test_quotes_found4_call_for_is_a_directive(quotes_of, text, statement, kind, cue):
    row = _one(quotes_of(text), statement)
    assert (row["text"], row["kind"], row["cue"], row["frame"]) == (statement, kind, cue, "directive")


NO_DEMANDS = [
    "The union called for an inquiry into the crash.",  # a bare noun phrase: a stance without the source's words
    "The spokesman asked for patience.",
    "Police asked for help from the public.",
    "She was called for jury duty in March.",
]


@pytest.mark.parametrize("text", NO_DEMANDS)
def test_quotes_found4_call_for_noun_phrase_is_no_statement(quotes_of, text):
    assert quotes_of(text).empty


# ---------------------------------------------------------------- 'claims to': the infinitive is the claim

CLAIMS = [
    ("The firm claims to be the largest producer of rice in Asia.", "to be the largest producer of rice in Asia", "The firm"),
    ("Iran claims to have suspended enrichment at the plant.", "to have suspended enrichment at the plant", "Iran"),
    ("The group claimed to have shot down two helicopters.", "to have shot down two helicopters", "The group"),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), CLAIMS)
def test_quotes_found4_claims_to(quotes_of, text, statement, speaker):
    row = _one(quotes_of(text), statement)
    assert (row["text"], row["kind"], row["speaker"]) == (statement, "indirect", speaker)


@pytest.mark.parametrize("text", [
    "The team claimed the title on Saturday.",  # a noun object: no statement
    "Nobody has claimed responsibility for the attack.",
    # In a relative clause the claim describes who somebody is (the writer's background).
    "Qari Ahmadi, who claims to be a Taliban spokesman, arrived in the city on Monday.",
])
def test_quotes_found4_claim_with_object_is_no_statement(quotes_of, text):
    assert quotes_of(text).empty
