"""Quotes, quote32: a naming whose quoted predicate comes before its object is one mixed statement.

With a long object, the writer moves it after the predicate (heavy-NP shift): 'The mayor called
"reckless" and "unfunded" the plan to ...', 'The union condemned as "an insult" the offer ...'.
Before, each quoted predicate was a direct row of its own and the object was lost; the gold of the
development sets (r40, u40) has one mixed item from the predicate ('as' included) to the object's
end, as for the unshifted 'called the plan "reckless"' (`_shifted_naming_object` in `extract.py`).

All sentences are our own.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

SHIFTED = [
    # (text, a word of the row, the whole statement)
    ("The mayor called \"reckless\" and \"unfunded\" the plan to build a second bridge over the river.",
     "reckless", "\"reckless\" and \"unfunded\" the plan to build a second bridge over the river"),
    ("The union condemned as \"an insult\" the offer made by the company on Friday.",
     "insult", "as \"an insult\" the offer made by the company on Friday"),
    ("The minister described as \"a work of fiction\" the report published by the auditors.",
     "fiction", "as \"a work of fiction\" the report published by the auditors"),
    ("The council called \"a disgrace\" the decision to close the library.",
     "disgrace", "\"a disgrace\" the decision to close the library"),
]

UNCHANGED = [
    # (text, a word of the row, the statement as it stays)
    # the usual order: object, then quoted predicate
    ("The minister called the report \"a work of fiction\".", "fiction", "the report \"a work of fiction\""),
    # a time phrase after the quotation is the writer's, not a shifted object
    ("The minister called \"nonsense\" on Friday.", "nonsense", "nonsense"),
    # a quoted noun with its own modifier is no naming's predicate
    ("The coach praised \"the spirit\" of his players.", "spirit", "the spirit"),
]


@pytest.mark.parametrize("text, word, statement", SHIFTED)
def test_quote32_shifted_object_is_one_mixed_statement(quotes_of, text, word, statement):
    df = quotes_of(text)
    row = _one(df, word)
    assert len(df) == 1
    assert row["kind"] == "mixed"
    assert row["text"].rstrip(" ,.") == statement


@pytest.mark.parametrize("text, word, statement", UNCHANGED)
def test_quote32_near_misses_keep_their_rows(quotes_of, text, word, statement):
    row = _one(quotes_of(text), word)
    assert row["text"].rstrip(" ,.") == statement


def test_quote32_object_noun_keeps_its_own_claim(quotes_of):
    # the object noun's that-clause is the content of someone else's claim: a statement of its own
    df = quotes_of("The doctors union condemned as \"alarmist\" the claims by two senators that the vaccine was unsafe.")
    row = _one(df, "alarmist")
    assert row["kind"] == "mixed"
    assert row["text"].rstrip(" ,.") == "as \"alarmist\" the claims by two senators"
    assert _one(df, "unsafe")["speaker"] == "two senators"
