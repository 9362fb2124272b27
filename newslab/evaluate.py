"""Scoring newslab's quotes and figures against a gold JSONL file.

The gold format is the one of ../shared/dev/wikinews-dev20.jsonl: one article
per line with ``id``, ``text``, ``quotes``, ``figures`` and optionally
``quotes_optional`` and ``figures_optional``.
"""

from __future__ import annotations

# SECTION: shared loading and evaluate() -- (owner: lead)

# SECTION: quotes scoring -- (owner: quotes)

# SECTION: figures scoring -- (owner: figures)

#: Value tolerance for figures: absolute (the rounded fractions 66.67, 1.67) or relative.
FIGURE_ABS_TOL = 0.01
FIGURE_REL_TOL = 0.005


def _fig_close(a, b) -> bool:  # noqa: ANN001 - floats or None
    import math

    a_nan = a is None or (isinstance(a, float) and math.isnan(a))
    b_nan = b is None or (isinstance(b, float) and math.isnan(b))
    if a_nan or b_nan:
        return a_nan and b_nan
    a, b = float(a), float(b)
    return abs(a - b) <= FIGURE_ABS_TOL or abs(a - b) <= FIGURE_REL_TOL * abs(b)


def figure_value_correct(gold: dict, pred: dict) -> bool:
    """Whether a predicted figure's numbers agree with a gold item.

    A single amount (gold ``value`` equal to ``low`` and ``high``) compares
    ``value``; a range, a bounded ('more than X') or a vague amount needs both
    ``low`` and ``high`` right (a missing bound must be missing in both).
    Tolerance: :data:`FIGURE_ABS_TOL` absolute or :data:`FIGURE_REL_TOL` relative.
    """
    value, low, high = gold.get("value"), gold.get("low"), gold.get("high")
    if value is not None and _fig_close(low, value) and _fig_close(high, value):
        return _fig_close(pred.get("value"), value)
    return _fig_close(pred.get("low"), low) and _fig_close(pred.get("high"), high)


def _fig_records(gold_records):  # noqa: ANN001, ANN202 - path or iterable of dicts
    import json
    from pathlib import Path

    if isinstance(gold_records, (str, Path)):
        with open(gold_records, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    return list(gold_records)


def _fig_match(gold: list[dict], preds: list[dict]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of overlapping spans, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                pairs.append((-ov, g["start"], p["start"], gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return sorted(out)


def score_figures(pred_figures_df, gold_records):  # noqa: ANN001, ANN201 - DataFrame, records -> DataFrame
    """Score predicted figures against gold figures (span overlap and values).

    Spans match when their characters overlap (one-to-one, largest overlap
    first, main gold items before optional ones). Value accuracy is measured
    on matched figures with :func:`figure_value_correct`. ``strict`` ignores
    ``figures_optional``; ``lenient`` treats them as don't-care: a prediction
    that overlaps only an optional item is neither a true nor a false
    positive, and a missed optional item is not a false negative.

    Args:
        pred_figures_df: Figures table (needs ``article_id``, ``start_char``,
            ``end_char``, ``kind``, ``value``, ``low``, ``high``); articles
            that are not in the gold are ignored.
        gold_records: Gold articles (dicts with ``id``, ``figures`` and
            optionally ``figures_optional``), or a path to such a JSONL file.

    Returns:
        One row per mode (``strict``, ``lenient``) and kind (``all`` first,
        then each kind; true positives and misses by gold kind, false
        positives by predicted kind) with n_gold, n_pred, tp, fp, fn,
        precision, recall, f1, exact (matches with identical spans),
        exact_f1, value_correct and value_accuracy (on matched figures).
    """
    import pandas as pd

    records = _fig_records(gold_records)
    counters: dict[tuple[str, str], dict[str, int]] = {}

    def add(mode: str, kind: str, key: str, n: int = 1) -> None:
        for k in ("all", kind):
            c = counters.setdefault((mode, k), {"tp": 0, "fp": 0, "fn": 0, "exact": 0, "value_correct": 0})
            c[key] += n

    by_article: dict[str, list[dict]] = {}
    if pred_figures_df is not None and len(pred_figures_df):
        cols = ["article_id", "start_char", "end_char", "kind", "value", "low", "high"]
        for row in pred_figures_df[cols].itertuples(index=False):
            by_article.setdefault(str(row.article_id), []).append({
                "start": int(row.start_char), "end": int(row.end_char), "kind": str(row.kind),
                "value": float(row.value), "low": float(row.low), "high": float(row.high),
            })
    for rec in records:
        gold = list(rec.get("figures", []))
        optional = list(rec.get("figures_optional", []))
        preds = sorted(by_article.get(str(rec["id"]), []), key=lambda p: (p["start"], p["end"]))
        pairs = _fig_match(gold, preds)
        matched_p = {pi for _, pi in pairs}
        matched_g = {gi for gi, _ in pairs}
        rest = [p for pi, p in enumerate(preds) if pi not in matched_p]
        opt_pairs = _fig_match(optional, rest)
        opt_p = {pi for _, pi in opt_pairs}
        for mode in ("strict", "lenient"):
            for gi, pi in pairs:
                g, p = gold[gi], preds[pi]
                add(mode, g["kind"], "tp")
                if g["start"] == p["start"] and g["end"] == p["end"]:
                    add(mode, g["kind"], "exact")
                if figure_value_correct(g, p):
                    add(mode, g["kind"], "value_correct")
            for gi, g in enumerate(gold):
                if gi not in matched_g:
                    add(mode, g["kind"], "fn")
            for pi, p in enumerate(rest):
                if mode == "lenient" and pi in opt_p:
                    continue
                add(mode, p["kind"], "fp")
    kinds = sorted({k for _, k in counters if k != "all"})
    rows = []
    for mode in ("strict", "lenient"):
        for kind in ["all", *kinds]:
            c = counters.get((mode, kind), {"tp": 0, "fp": 0, "fn": 0, "exact": 0, "value_correct": 0})
            tp, fp, fn = c["tp"], c["fp"], c["fn"]
            prec = tp / (tp + fp) if tp + fp else float("nan")
            rec_ = tp / (tp + fn) if tp + fn else float("nan")
            f1 = 2 * prec * rec_ / (prec + rec_) if tp else 0.0
            ep = c["exact"] / (tp + fp) if tp + fp else float("nan")
            er = c["exact"] / (tp + fn) if tp + fn else float("nan")
            ef1 = 2 * ep * er / (ep + er) if c["exact"] else 0.0
            rows.append({
                "mode": mode, "kind": kind, "n_gold": tp + fn, "n_pred": tp + fp, "tp": tp, "fp": fp, "fn": fn,
                "precision": prec, "recall": rec_, "f1": f1, "exact": c["exact"], "exact_f1": ef1,
                "value_correct": c["value_correct"], "value_accuracy": c["value_correct"] / tp if tp else float("nan"),
            })
    return pd.DataFrame(rows)
