"""Measured accuracy from a hand review: precision with Wilson 95% intervals, ready to cite.

A review (:func:`newslab.review`) gives one verdict per sampled statement.
:func:`review_summary` turns the verdicts into four precisions:

``statement``
    rows that are attributed statements at all (every verdict but *not a statement*);
``speaker``
    rows that are statements **and** have the right speaker (*right* or *wrong
    span*), out of all reviewed rows: the share of (statement, speaker) pairs
    in the output that a reader can trust;
``span``
    rows whose text span is right, out of the statements with the right
    speaker (*right* / (*right* + *wrong span*)): a reviewer who found the
    wrong speaker does not judge the span;
``exact``
    rows entirely right (verdict *right*), out of all reviewed rows.

Each comes with its Wilson score interval (95%), which stays inside 0-100%
and behaves well for small samples and proportions near 0 or 1, overall and
per kind, frame and confidence band.
"""

from __future__ import annotations

import html
import math
import os
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from newslab.errors import InputError

__all__ = ["wilson_interval", "review_summary", "ReviewSummary", "MEASURES", "CONFIDENCE_BANDS"]

#: z for a two-sided 95% interval.
Z95 = 1.959963984540054
#: The precisions reported, in order.
MEASURES: tuple[str, ...] = ("statement", "speaker", "span", "exact")
#: Confidence bands: (label, low, high); low inclusive, high exclusive except for the last.
CONFIDENCE_BANDS: tuple[tuple[str, float, float], ...] = (("< 0.5", 0.0, 0.5), ("0.5-0.8", 0.5, 0.8), (">= 0.8", 0.8, 1.0))
_GROUPS = ("kind", "frame", "confidence")


def wilson_interval(k: int, n: int, *, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a proportion ``k / n``.

    Args:
        k: Successes.
        n: Trials.
        z: Normal quantile (default: 95% two-sided).

    Returns:
        ``(low, high)``; ``(nan, nan)`` when ``n`` is 0.

    Example:
        >>> low, high = wilson_interval(44, 50)
        >>> round(low, 3), round(high, 3)
        (0.762, 0.944)
    """
    if n <= 0:
        return (math.nan, math.nan)
    if not 0 <= k <= n:
        raise InputError(f"A proportion needs 0 <= k <= n; got k={k}, n={n}.")
    p = k / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def _pct(x: float) -> str:
    return "n/a" if math.isnan(x) else f"{100 * x:.0f}%"


def _range(low: float, high: float) -> str:
    """'76-94%' for an interval."""
    return f"{100 * low:.0f}-{100 * high:.0f}%"


def _band(confidence: pd.Series) -> pd.Series:
    out = pd.Series([""] * len(confidence), index=confidence.index, dtype=object)
    for label, low, high in CONFIDENCE_BANDS:
        inside = (confidence >= low) & ((confidence < high) | ((high == CONFIDENCE_BANDS[-1][2]) & (confidence <= high)))
        out[inside.fillna(False).to_numpy(dtype=bool)] = label
    return out


def _counts(verdicts: pd.Series) -> dict[str, tuple[int, int]]:
    v = verdicts.tolist()
    n = len(v)
    right, span, speaker = v.count("right"), v.count("wrong_span"), v.count("wrong_speaker")
    not_statement = v.count("not_statement")
    return {
        "statement": (n - not_statement, n),
        "speaker": (right + span, n),
        "span": (right, right + span),
        "exact": (right, n),
    }


@dataclass
class ReviewSummary:
    """Precision from a hand review, with Wilson 95% intervals.

    Attributes:
        table: One row per group and measure: ``group`` (overall, kind, frame,
            confidence), ``value`` (all, direct, ..., ">= 0.8"), ``measure``
            (statement, speaker, span, exact), ``k``, ``n``, ``precision``,
            ``ci_low``, ``ci_high``.
        sentence: A sentence to cite in a methods section.
        n_reviewed: Rows with a verdict.
        n_sampled: Rows in the sample.
        verdicts: Count per verdict.
    """

    table: pd.DataFrame
    sentence: str
    n_reviewed: int
    n_sampled: int
    verdicts: dict[str, int]

    def get(self, measure: str = "speaker", group: str = "overall", value: str = "all") -> pd.Series:
        """One row of :attr:`table` (k, n, precision, ci_low, ci_high)."""
        t = self.table
        hit = t[(t["measure"] == measure) & (t["group"] == group) & (t["value"] == value)]
        if not len(hit):
            raise InputError(f"No {measure!r} precision for {group}={value!r} in this summary.")
        return hit.iloc[0]

    def wide(self) -> pd.DataFrame:
        """The table with one row per group value and one "k/n, p% (low-high%)" column per measure."""
        t = self.table.copy()
        t["cell"] = [
            f"{k}/{n}, {_pct(p)} ({_pct(lo)}-{_pct(hi)})" if n else "-"
            for k, n, p, lo, hi in zip(t["k"], t["n"], t["precision"], t["ci_low"], t["ci_high"])
        ]
        order = {g: i for i, g in enumerate(("overall", *_GROUPS))}
        wide = t.pivot_table(index=["group", "value"], columns="measure", values="cell", aggfunc="first", sort=False)
        wide = wide.reindex(columns=list(MEASURES))
        wide = wide.reset_index()
        wide["_o"] = wide["group"].map(order)
        return wide.sort_values("_o", kind="stable").drop(columns="_o").reset_index(drop=True)

    def __str__(self) -> str:
        return self.sentence

    def _repr_html_(self) -> str:
        return (f"<p>{html.escape(self.sentence)}</p>"
                + self.wide().to_html(index=False, escape=True))


def review_summary(review: str | os.PathLike | pd.DataFrame | Any = "review.csv") -> ReviewSummary:
    """Precision of statements, speakers and spans from a hand review, with Wilson 95% intervals.

    Only rows with a verdict count. Because the review order is random, the
    rows reviewed so far are themselves a random sample.

    Args:
        review: The review file, a DataFrame read from one, or a :class:`newslab.reviewing.Review`.

    Returns:
        A :class:`ReviewSummary`: ``.table`` (overall and per kind, frame and
        confidence band), ``.sentence`` (ready to cite), ``.wide()`` for reading.

    Raises:
        SourceNotFoundError: No such file.
        InputError: Not a review file, or no row has a verdict yet.

    Example:
        >>> rows = pd.DataFrame({"article_hash": ["h"] * 50, "start_char": range(50), "end_char": range(1, 51),
        ...                      "kind": ["direct"] * 50, "verdict": ["right"] * 40 + ["wrong_span"] * 4 + ["wrong_speaker"] * 6})
        >>> review_summary(rows).sentence.split(";")[0]
        'Speaker right in 44 of 50 sampled statements, 88%, 95% CI 76-94%'
    """
    from newslab.verdicts import read_review

    rows = getattr(review, "rows", None)  # a Review in progress
    table = read_review(rows if isinstance(rows, pd.DataFrame) else review)
    sampled = len(table)
    done = table[table["verdict"] != ""].reset_index(drop=True)
    if not len(done):
        raise InputError("No statement in the review has a verdict yet; review some first (nl.review).")
    groups: list[tuple[str, str, pd.Series]] = [("overall", "all", done["verdict"])]
    for group in _GROUPS:
        if group == "confidence":
            keys = _band(done["confidence"])
            values = [label for label, _, _ in CONFIDENCE_BANDS]
        else:
            keys = done[group].astype(str)
            values = sorted(v for v in keys.unique() if v)
        for value in values:
            sub = done["verdict"][(keys == value).to_numpy()]
            if len(sub):
                groups.append((group, value, sub))
    records = []
    for group, value, verdicts in groups:
        for measure, (k, n) in _counts(verdicts).items():
            low, high = wilson_interval(k, n)
            records.append({"group": group, "value": value, "measure": measure, "k": k, "n": n,
                            "precision": k / n if n else np.nan, "ci_low": low, "ci_high": high})
    out = pd.DataFrame(records)
    out["k"] = out["k"].astype(np.int64)
    out["n"] = out["n"].astype(np.int64)
    summary_counts = {v: int((done["verdict"] == v).sum()) for v in ("right", "wrong_span", "wrong_speaker", "not_statement")}
    return ReviewSummary(table=out, sentence=_sentence(out, len(done), sampled, table), n_reviewed=len(done),
                         n_sampled=sampled, verdicts=summary_counts)


def _sentence(table: pd.DataFrame, n_done: int, n_sampled: int, rows: pd.DataFrame) -> str:
    def pick(measure: str) -> Any:
        return table[(table["group"] == "overall") & (table["measure"] == measure)].iloc[0]

    speaker, span, statement = pick("speaker"), pick("span"), pick("statement")
    text = (f"Speaker right in {speaker.k} of {speaker.n} sampled statements, {_pct(speaker.precision)}, "
            f"95% CI {_range(speaker.ci_low, speaker.ci_high)}")
    if span.n:
        text += (f"; quote span right in {span.k} of {span.n} statements with the right speaker, "
                 f"{_pct(span.precision)}, 95% CI {_range(span.ci_low, span.ci_high)}")
    not_statement = statement.n - statement.k
    if not_statement:
        text += f"; {not_statement} of {statement.n} {'was not an attributed statement' if not_statement == 1 else 'were not attributed statements'}"
    strata = sorted({s.split("=", 1)[0] for s in rows["stratum"] if s})
    how = f"a random sample stratified by {strata[0]}" if strata else "a simple random sample"
    partial = f", {n_done} of {n_sampled} reviewed so far" if n_done < n_sampled else ""
    return text + f" ({how}, checked by hand{partial}; Wilson 95% intervals)."
