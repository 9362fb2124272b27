"""Precision from a review: Wilson intervals, groups, and the sentence to cite."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from newslab.errors import InputError
from newslab.precision import review_summary, wilson_interval


@pytest.mark.parametrize(("k", "n", "low", "high"), [
    (44, 50, 0.762, 0.944),   # the example: 88%, 95% CI 76-94%
    (0, 10, 0.0, 0.278),      # no successes: the interval still has width
    (10, 10, 0.722, 1.0),
    (1, 2, 0.095, 0.905),
    (75, 100, 0.657, 0.825),
])
def test_precision_wilson_interval(k, n, low, high):
    lo, hi = wilson_interval(k, n)
    assert (round(lo, 3), round(hi, 3)) == (low, high)


def test_precision_wilson_edge_cases():
    assert all(math.isnan(x) for x in wilson_interval(0, 0))
    with pytest.raises(InputError):
        wilson_interval(5, 3)


def _rows(verdicts, kinds=None, confidence=None):
    n = len(verdicts)
    return pd.DataFrame({
        "article_hash": ["h"] * n, "start_char": range(n), "end_char": range(1, n + 1), "verdict": verdicts,
        "kind": kinds or ["direct"] * n, "confidence": confidence if confidence is not None else [float("nan")] * n,
    })


def test_precision_summary_sentence_is_ready_to_cite():
    s = review_summary(_rows(["right"] * 40 + ["wrong_span"] * 4 + ["wrong_speaker"] * 6))
    assert s.sentence.startswith("Speaker right in 44 of 50 sampled statements, 88%, 95% CI 76-94%; "
                                 "quote span right in 40 of 44 statements with the right speaker, 91%")
    assert "simple random sample" in s.sentence and "so far" not in s.sentence
    assert str(s) == s.sentence


def test_precision_measures_follow_the_verdict_order():
    s = review_summary(_rows(["right", "right", "wrong_span", "wrong_speaker", "not_statement"]))
    got = {m: (s.get(m).k, s.get(m).n) for m in ("statement", "speaker", "span", "exact")}
    assert got == {"statement": (4, 5), "speaker": (3, 5), "span": (2, 3), "exact": (2, 5)}
    assert s.verdicts == {"right": 2, "wrong_span": 1, "wrong_speaker": 1, "not_statement": 1}
    assert "1 of 5 was not an attributed statement" in s.sentence


def test_precision_groups_by_kind_and_confidence_band():
    rows = _rows(["right", "wrong_speaker", "right", "not_statement"], kinds=["direct", "direct", "indirect", "mixed"],
                 confidence=[0.95, 0.3, 0.8, 0.6])
    s = review_summary(rows)
    assert s.get("speaker", "kind", "direct").k == 1 and s.get("speaker", "kind", "direct").n == 2
    assert s.get("exact", "confidence", ">= 0.8").n == 2  # 0.8 belongs to the top band
    assert s.get("exact", "confidence", "< 0.5").n == 1
    wide = s.wide()
    assert list(wide.columns) == ["group", "value", "statement", "speaker", "span", "exact"]
    assert wide.iloc[0]["group"] == "overall"
    assert "<table" in s._repr_html_()


def test_precision_partial_review_says_so():
    s = review_summary(_rows(["right", "", "", "wrong_speaker"]))
    assert s.n_reviewed == 2 and s.n_sampled == 4
    assert "2 of 4 reviewed so far" in s.sentence


def test_precision_needs_a_verdict():
    with pytest.raises(InputError, match="No statement in the review has a verdict"):
        review_summary(_rows(["", ""]))


def test_precision_reads_stratified_files(tmp_path):
    rows = _rows(["right", "wrong_span"])
    rows["stratum"] = ["kind=direct", "kind=direct"]
    rows.to_csv(tmp_path / "r.csv", index=False)
    assert "stratified by kind" in review_summary(tmp_path / "r.csv").sentence
