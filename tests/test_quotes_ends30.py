"""Quotes, ends30: the statement-end census (benchmarks/span_ends.py) set beside a checkout's rows.

The round read fresh-t40's statement-end rows (errors-0.18.0.md, "What would move new text", item 3)
against the gold of all development sets and found no construction where the gold is consistent and
main's rows are not (docs/quotes.md, "Where a statement ends, t40's rows (ends30)"); it wrote no rule.
What it leaves is the census's comparison with a checkout's rows (``--against DIR``: how the rows of
an ``errors.py`` run end the same gold items) and the present-tense twin of the backshift class ('says
the firm has cut 300 jobs and warns that ...'). These tests pin the helpers of that comparison and the
class; the sentences are our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import span_ends  # noqa: E402


def test_ends30_set_names_of_errors_runs():
    assert span_ends._short_set("dev20") == "dev-20"
    assert span_ends._short_set("heldout-a12") == "a12"
    assert span_ends._short_set("fresh-t40") == "t40"


def _row(status, gold_start, pred_start, pred_text, gold_text="g"):
    return {"article_id": "A", "status": status, "start_char": str(gold_start) if gold_start is not None else "",
            "pred_start_char": str(pred_start), "pred_text": pred_text, "gold_text": gold_text if gold_start is not None else ""}


@pytest.mark.parametrize("rows, expected", [
    # the matched row runs over the construction (chars 40-70)
    ([_row("right", 10, 10, "x" * 60)], "kept"),
    # the matched row stops where the construction begins
    ([_row("right", 10, 10, "x" * 30)], "cut"),
    # no matched row: an extra row of the article overlapping the gold item, running on
    ([_row("missed", 10, "", "", gold_text="g"), _row("extra", None, 12, "x" * 58)], "kept"),
    # no row at all over the item
    ([_row("missed", 10, "", "", gold_text="g")], "other"),
    # a row of another article is not this item's row
    ([dict(_row("right", 10, 10, "x" * 60), article_id="B")], "other"),
])
def test_ends30_how_a_row_ends_at_the_construction(rows, expected):
    assert span_ends._row_end(rows, "A", 10, 70, 40, 70) == expected


@pytest.fixture(scope="module")
def parsed(nlp):
    from newslab.quotes.lexicon import load_cues

    span_ends.CUES = load_cues()
    return nlp


PRESENT = "and/but + reporting verb in the present, statement not simple present"


@pytest.mark.parametrize("text, verb", [
    # a present reporting verb that cannot share the statement's auxiliary: the speaker's next act
    ("The minister says the company has cut 300 jobs and warns that more cuts will follow.", "warns"),
    ("The union says its members have been waiting for months and insists that talks resume this week.", "insists"),
])
def test_ends30_present_reporting_verb_class(parsed, text, verb):
    doc = parsed(text)
    assert span_ends.classify(next(t for t in doc if t.text == verb)) == PRESENT
    # near miss: a simple present statement verb may share its subject with the second verb
    near = parsed("The minister says the plan works and promises that more jobs will follow.")
    assert span_ends.classify(next(t for t in near if t.text == "promises")) == "and/but + verb, no subject (other)"
