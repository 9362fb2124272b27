"""Fit the quote confidence model on annotated articles and write newslab/data/confidence.json.

Runs newslab on the development set (``../shared/dev/wikinews-dev20.jsonl``), the held-out
sets a, b and c (``data/gold/heldout/heldout-a12.jsonl``, ``heldout-b12.jsonl``, ``heldout-c10.jsonl``) and the
retired fresh sets (``fresh-d32.jsonl``, ``fresh-e30.jsonl``, ``fresh-f40.jsonl``, ``fresh-g40.jsonl``, ``fresh-h40.jsonl``, ``fresh-i40.jsonl``, ``fresh-j40.jsonl``, ``fresh-k40.jsonl``, ``fresh-l40.jsonl``, ``fresh-m40.jsonl``, ``fresh-n40.jsonl``, ``fresh-o40.jsonl``, ``fresh-p40.jsonl``, ``fresh-q40.jsonl``, ``fresh-r40.jsonl``, ``fresh-s40.jsonl``, ``fresh-t40.jsonl``, ``fresh-u40.jsonl``: they measured 0.2.0, 0.3.0,
0.4.0, 0.5.0, 0.6.0, 0.7.0, 0.8.0, 0.9.0, 0.10.0, 0.11.0, 0.12.0, 0.13.0, 0.14.0, 0.15.0, 0.16.0, 0.17.0, 0.18.0 and 0.19.0 on unseen text and
are development sets since; their texts come from the corpus by id, as in ``benchmarks/accuracy.py``), labels
every predicted quote row right or wrong (statement matched to a main gold item AND speaker correct,
:func:`newslab.scoring.label_quotes`; rows that only match optional items are left out), and
fits (method ``quotes.confidence.v3``):

1. a logistic regression (L2-penalised, Newton's method in numpy) of "right" on a set of feature
   families of each row (see :func:`newslab.quotes.confidence.row_features`), on all sets, with the
   penalty chosen by leave-one-set-out log loss. The families are chosen among ``CANDIDATES`` by the
   nested criterion below (the best worst-set precision of the ``>= 0.8`` band, among candidates whose
   band holds at least ``MIN_COVERAGE`` of the held-out rows). Since 0.4.0 the candidates include
   ``rivals`` (other people named next to the statement: candidates the pairing passed over), the
   strongest single sign of a wrong speaker on the fresh sets;
2. Platt scaling of its score, fitted on **rows of text the rules had not seen**: the rows that the
   release a retired fresh set measured made on it (``UNSEEN_STATE``: fresh-e30 as 0.3.0 saw it, fresh-f40 as 0.4.0 saw it, fresh-g40 as 0.5.0 saw it,
   fresh-h40 as 0.6.0 saw it, fresh-i40 as 0.7.0 saw it, fresh-j40 as 0.8.0 saw it, fresh-k40 as 0.9.0 saw it, fresh-l40 as 0.10.0 saw it, fresh-m40 as 0.11.0 saw it, fresh-n40 as 0.12.0 saw it, fresh-o40 as 0.13.0 saw it, fresh-p40 as 0.14.0 saw it, fresh-q40 as 0.15.0 saw it, fresh-r40 as 0.16.0 saw it, fresh-s40 as 0.17.0 saw it, fresh-t40 as 0.18.0 saw it and fresh-u40 as 0.19.0 saw it, stored by
   ``benchmarks/unseen_rows.py``), each scored by weights fitted without that set's articles. Once a fresh
   set is retired, the next rules are tuned on it, so the current rows of every annotated set are easier
   than rows of new text; the measured release's rows on it are not. (Without such rows: Platt scaling on
   leave-one-set-out predictions of the sets other than dev-20, as in 0.3.0.);
3. an optimism correction: the Platt intercept is lowered (in steps of 0.01) until neither the
   unseen-state rows nor any held-out set (scored by a model fitted without it) has a mean confidence
   above its share of right rows, and then until the unseen-state rows at 0.8 or more are right at
   least 90% of the time (``band_shift``): the publication band's promise, kept on text the rules had
   not seen. Since 0.13.0 the promise is kept for a new *sample*, not only for the pooled rows: each
   measured release's unseen rows are one sample of about 40 articles, and the intercept is lowered
   until their top-band precisions, less ``PROMISE_Z`` standard deviations of them, reach 90%
   (``PROMISE_Z`` = 0.84: under a normal model of how samples differ, a new sample keeps the promise
   about four times in five). In 0.12.0's unseen-state check the pooled rows kept it (0.910 of 1,060),
   but four of the nine samples were below 0.90 (0.867-0.890; mean 0.908, s.d. 0.030).

It reports each candidate's **nested leave-one-set-out** precision of the ``>= 0.8`` band:
each set is scored by the whole procedure (weights, penalty, Platt, correction) fitted without
it, and the **unseen-state check**: the unseen-state rows scored in article folds by the whole
procedure fitted without their fold (and without their set's current rows). The worst of these
is the selection criterion (not the average); the 0.3.0 families (``V2_FAMILIES``, candidate
"small") are among the candidates. Choosing among a few candidates on these numbers makes
them a little optimistic. It also prints the calibration per confidence band for each training set
(scored by a model fitted without that set), and writes the model. The release's accuracy and
calibration are measured on a set never used here (the unused ``fresh-*`` set, scored once by
``benchmarks/accuracy.py --fresh``). Deterministic: the same annotations and rules give a
byte-identical file; it runs in well under a minute.
Usage (one command; re-run it whenever the quote rules change)::

    PYTHONPATH=$PWD .venv/bin/python benchmarks/calibrate.py [--no-write] [MORE_GOLD.jsonl ...]

``--promise-z-check[=Z,...]`` (with ``--candidate=NAME``, default the shipped model's) writes nothing and runs only
the ``PROMISE_Z`` experiment (:func:`promise_z_check`): each unseen-state set held out whole, as a new sample, and
scored by the procedure fitted without it with each Z (default 0, 0.84, 1.28, 1.64); about 6 s per fit, 16 fits
per Z on a free core (set ``OPENBLAS_NUM_THREADS=1`` when the cores are shared: busy-waiting BLAS threads slow it
tenfold).

Further gold files (same format, ``frame`` on the items welcome) are added to the training
sets and to the calibration; never add the set you report the final numbers on.
Set ``NEWSLAB_SHARED`` when ../shared is not beside the checkout (a git worktree elsewhere).
"""

from __future__ import annotations

import json
import math
import os
import sys
import tempfile
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import HELDOUT, RETIRED_FRESH, SHARED, with_texts  # noqa: E402

from dataclasses import dataclass  # noqa: E402

TRAIN = [SHARED / "dev" / "wikinews-dev20.jsonl", HELDOUT / "heldout-a12.jsonl", HELDOUT / "heldout-b12.jsonl",
         HELDOUT / "heldout-c10.jsonl", *(HELDOUT / f"{name}.jsonl" for name in RETIRED_FRESH)]
#: Sets scored as a check only, never fitted on. None since 0.2.0: heldout-c10 joined the calibration
#: (three sets of new text calibrate better than two), and the fresh set that measures the release
#: is scored once by benchmarks/accuracy.py --fresh, never here.
CHECK: list[Path] = []
#: Rows that the release a retired fresh set measured made on it while it was unseen
#: (``benchmarks/unseen_rows.py``): set name -> file. The Platt scaling is fitted on them.
UNSEEN_STATE = {"fresh-e30": HELDOUT / "fresh-e30" / "rows-0.3.0.jsonl",
                "fresh-f40": HELDOUT / "fresh-f40" / "rows-0.4.0.jsonl",
                "fresh-g40": HELDOUT / "fresh-g40" / "rows-0.5.0.jsonl",
                "fresh-h40": HELDOUT / "fresh-h40" / "rows-0.6.0.jsonl",
                "fresh-i40": HELDOUT / "fresh-i40" / "rows-0.7.0.jsonl",
                "fresh-j40": HELDOUT / "fresh-j40" / "rows-0.8.0.jsonl",
                "fresh-k40": HELDOUT / "fresh-k40" / "rows-0.9.0.jsonl",
                "fresh-l40": HELDOUT / "fresh-l40" / "rows-0.10.0.jsonl",
                "fresh-m40": HELDOUT / "fresh-m40" / "rows-0.11.0.jsonl",
                "fresh-n40": HELDOUT / "fresh-n40" / "rows-0.12.0.jsonl",
                "fresh-o40": HELDOUT / "fresh-o40" / "rows-0.13.0.jsonl",
                "fresh-p40": HELDOUT / "fresh-p40" / "rows-0.14.0.jsonl",
                "fresh-q40": HELDOUT / "fresh-q40" / "rows-0.15.0.jsonl",
                "fresh-r40": HELDOUT / "fresh-r40" / "rows-0.16.0.jsonl",
                "fresh-s40": HELDOUT / "fresh-s40" / "rows-0.17.0.jsonl",
                "fresh-t40": HELDOUT / "fresh-t40" / "rows-0.18.0.jsonl",
                "fresh-u40": HELDOUT / "fresh-u40" / "rows-0.19.0.jsonl"}
UNSEEN_FOLDS = 5  # article folds of the unseen-state check
OUT = ROOT / "newslab" / "data" / "confidence.json"
DEV_SET = "wikinews-dev20"  # the set the rules were developed on: fitted on, not calibrated on
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0)
MIN_COUNT = 3  # a feature seen on fewer training rows gets no weight of its own
BANDS = (0.0, 0.5, 0.8, 1.0)
TOP = 0.8  # the publication band: rows at or above it should be right at least 90% of the time
TOP_PRECISION = 0.9
#: Standard deviations of the unseen samples' top-band precisions kept between their mean and TOP_PRECISION.
#: Held out one unseen-state set at a time (``--promise-z-check``, 0.19.0 development), 14 of 16 sets kept 0.90
#: with 0.84 (mean coverage 0.53), 14 with 1.28 (0.48) and 15 with 1.64 (0.42): see docs/attribution.md.
PROMISE_Z = 0.84
#: The families of the 0.3.0 model (quotes.confidence.v2; the part of a feature name before "="), reported for comparison.
V2_FAMILIES = ("kind", "how", "frame", "type", "form", "where")
#: The families of the 0.2.0 model (quotes.confidence.v1).
V1_FAMILIES = ("kind", "how", "construction", "frame", "path", "resolution", "type", "via", "words", "kind*resolution",
               "self_named", "name_words", "entity_label", "sentence", "type*name_words")
#: The family sets the model is chosen from, in order of preference on a tie.
CANDIDATES = {
    "small+rivals": V2_FAMILIES + ("resolution", "rivals"),
    "full+rivals": V1_FAMILIES + ("form", "where", "rivals"),
    "full": V1_FAMILIES + ("form", "where"),
    "small": V2_FAMILIES,
}
#: A candidate's ``>= 0.8`` band must hold at least this share of the held-out rows (a band nobody reaches is useless).
MIN_COVERAGE = 0.25
SHIFT_STEP, MAX_SHIFT = 0.01, 5.0


def _release_of(name: str) -> str:
    """The release whose rows ``UNSEEN_STATE[name]`` holds (``rows-0.4.0.jsonl`` -> ``0.4.0``)."""
    return UNSEEN_STATE[name].stem.removeprefix("rows-")


@dataclass(frozen=True)
class Unseen:
    """Rows a measured release made on a fresh set while it was unseen (``UNSEEN_STATE``)."""

    set: str  # the fresh set's name, as in the training rows' ``set``
    features: list  # one feature list per row
    y: np.ndarray  # 1.0 when the row is right
    articles: np.ndarray  # the article id of each row


def load_unseen(name: str, path: Path) -> Unseen:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return Unseen(name, [r["features"] for r in rows], np.array([float(r["right"]) for r in rows]),
                  np.array([r["article_id"] for r in rows]))


def unseen_check(features: list[list[str]], y: np.ndarray, sets: np.ndarray, families: tuple[str, ...],
                 unseen: list[Unseen], *, folds: int | None = UNSEEN_FOLDS, promise_z: float = PROMISE_Z) -> pd.DataFrame:
    """Bands of each unseen-state set's rows, scored in article folds by the whole procedure fitted without them.

    For each fold the weights come from the training rows of the other sets (never the fresh set's own articles),
    and the Platt scaling and shift from the other folds' unseen-state rows (and the other sets').
    ``folds=None`` holds each unseen-state set out whole (leave-one-unseen-set-out): none of its rows is fitted
    on, as for a new sample (:func:`promise_z_check`). ``promise_z`` is the shift's ``PROMISE_Z``.
    """
    out = []
    for u in unseen:
        ids = sorted(set(u.articles))
        conf = np.zeros(len(u.y))
        keep = sets != u.set
        n_folds = folds or 1
        for k in range(n_folds):
            test_ids = set(ids[k::n_folds])
            test = np.array([a in test_ids for a in u.articles])
            train_part = Unseen(u.set, [f for f, t in zip(u.features, test) if not t], u.y[~test], u.articles[~test])
            others = [v for v in unseen if v.set != u.set]
            fit = fit_method([features[i] for i in np.flatnonzero(keep)], y[keep], sets[keep], families,
                             unseen=[train_part, *others] if len(train_part.y) else others, promise_z=promise_z)
            conf[test] = apply_fit(fit, [f for f, t in zip(u.features, test) if t])
        table = bands_table(conf, u.y.astype(bool))
        table.insert(0, "set", f"{u.set} (unseen)")
        out.append(table)
    return pd.concat(out, ignore_index=True) if out else pd.DataFrame()


def promise_z_check(features: list[list[str]], y: np.ndarray, sets: np.ndarray, families: tuple[str, ...],
                    unseen: list[Unseen], zs: tuple[float, ...]) -> pd.DataFrame:
    """Leave-one-unseen-set-out top band under each ``PROMISE_Z`` in ``zs``: does a new sample keep the promise?

    Each unseen-state set stands for a new sample: it is scored by the whole procedure fitted without it (neither
    its current rows nor any of its unseen-state rows; :func:`unseen_check` with ``folds=None``), the shift
    chosen with ``promise_z`` = z. One row per z and set: rows, rows in the ``>= TOP`` band, rows right there,
    their precision and the band's coverage (share of the set's rows in it). The families are fixed (no
    candidate choice inside the folds).
    """
    out = []
    for z in zs:
        check = unseen_check(features, y, sets, families, unseen, folds=None, promise_z=z)
        for name, table in check.groupby("set", sort=False):
            top = table[table["band"] == f"[{TOP:g}, 1]"].iloc[0]
            total = table[table["band"] == "all"].iloc[0]
            out.append({"z": z, "set": name, "rows": int(total["n"]), "top_rows": int(top["n"]),
                        "top_right": int(top["right"]), "top_precision": float(top["precision"]),
                        "coverage": int(top["n"]) / int(total["n"])})
    return pd.DataFrame(out)


def promise_z_summary(table: pd.DataFrame) -> pd.DataFrame:
    """Per z of :func:`promise_z_check`: held-out sets keeping ``TOP_PRECISION``, their precisions and coverage."""
    out = []
    for z, t in table.groupby("z"):
        kept = int((t["top_precision"].fillna(1.0) >= TOP_PRECISION - 1e-12).sum())
        out.append({"z": z, "kept": f"{kept}/{len(t)}", "mean_precision": t["top_precision"].mean(),
                    "min_precision": t["top_precision"].min(), "pooled_precision": t["top_right"].sum() / t["top_rows"].sum(),
                    "mean_coverage": t["coverage"].mean(), "min_coverage": t["coverage"].min(),
                    "pooled_coverage": t["top_rows"].sum() / t["rows"].sum()})
    return pd.DataFrame(out)


def rows_of(gold: Path, nlp, tmp: Path) -> pd.DataFrame:  # noqa: ANN001 - a spaCy Language
    """Every predicted quote row of the gold's articles with its features and label."""
    from newslab.entities import entity_columns
    from newslab.quotes.extract import COLUMNS, _extract
    from newslab.scoring import label_quotes, load_gold

    records = load_gold(with_texts(gold, tmp))
    frames = []
    for rec in records:
        doc = nlp(rec["text"])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cols, evidence = _extract(doc, entity_columns(doc))
        if not evidence:
            continue
        df = pd.DataFrame({c: cols[c] for c in COLUMNS})
        df.insert(0, "article_id", str(rec["id"]))
        df["features"] = evidence
        frames.append(df)
    table = pd.concat(frames, ignore_index=True)
    labelled = label_quotes(table, records)
    labelled["set"] = gold.stem
    return labelled


def design(features: list[list[str]], vocab: list[str]) -> np.ndarray:
    index = {f: k for k, f in enumerate(vocab)}
    x = np.zeros((len(features), len(vocab)))
    for i, feats in enumerate(features):
        for f in feats:
            k = index.get(f)
            if k is not None:
                x[i, k] = 1.0
    return x


def fit_logistic(x: np.ndarray, y: np.ndarray, penalty: float, *, penalise_first: bool = False) -> np.ndarray:
    """Weights (intercept first) of an L2-penalised logistic regression, by Newton's method."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], penalty)
    if not penalise_first:
        reg[0] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w


def logit(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return w[0] + x @ w[1:]


def out_of_set(x: np.ndarray, y: np.ndarray, sets: np.ndarray, penalty: float) -> np.ndarray:
    """Scores of each set's rows by a model fitted on the other sets."""
    z = np.zeros(len(y))
    for name in sorted(set(sets)):
        test = sets == name
        w = fit_logistic(x[~test], y[~test], penalty)
        z[test] = logit(x[test], w)
    return z


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def bands_table(conf: np.ndarray, right: np.ndarray) -> pd.DataFrame:
    out = []
    for k, (lo, hi) in enumerate(zip(BANDS, BANDS[1:])):
        last = k == len(BANDS) - 2
        sel = (conf >= lo) & ((conf <= hi) if last else (conf < hi))
        out.append({"band": f"[{lo:g}, {hi:g}{']' if last else ')'}", "n": int(sel.sum()), "right": int(right[sel].sum()),
                    "precision": float(right[sel].mean()) if sel.any() else math.nan,
                    "mean_confidence": float(conf[sel].mean()) if sel.any() else math.nan})
    out.append({"band": "all", "n": len(conf), "right": int(right.sum()), "precision": float(right.mean()) if len(conf) else math.nan,
                "mean_confidence": float(conf.mean()) if len(conf) else math.nan})
    return pd.DataFrame(out)


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def optimism_shift(z: np.ndarray, y: np.ndarray, sets: np.ndarray, a: float, b: float) -> float:
    """The smallest decrease of the Platt intercept after which no set's mean confidence exceeds its share right."""
    names = sorted(set(sets))
    shift = 0.0
    while shift < MAX_SHIFT:
        p = sigmoid(a * z + b - shift)
        if all(p[sets == name].mean() <= y[sets == name].mean() + 1e-12 for name in names):
            break
        shift = round(shift + SHIFT_STEP, 2)
    return shift


def promise_kept(top: np.ndarray, y: np.ndarray, sets: np.ndarray | None = None, z: float = PROMISE_Z) -> bool:
    """Whether rows in the top band (``top``, a mask) keep the publication band's promise.

    Pooled, they must be right at least ``TOP_PRECISION`` of the time. With ``sets`` (one sample per
    measured release) and at least three samples reaching the band, the mean of the samples' precisions
    less ``z`` (``PROMISE_Z``) of their standard deviations must reach it too: the promise is for a new sample.
    No row in the band keeps it trivially.
    """
    if not top.any():
        return True
    if y[top].mean() < TOP_PRECISION - 1e-12:
        return False
    if sets is None:
        return True
    per_set = [y[top & (sets == name)].mean() for name in sorted(set(sets)) if (top & (sets == name)).any()]
    if len(per_set) < 3:
        return True
    return float(np.mean(per_set) - z * np.std(per_set, ddof=1)) >= TOP_PRECISION - 1e-12


def band_shift(z: np.ndarray, y: np.ndarray, a: float, b: float, shift: float, sets: np.ndarray | None = None,
               promise_z: float = PROMISE_Z) -> float:
    """The smallest further decrease of the intercept after which the unseen-state rows at or above ``TOP``
    keep the promise (:func:`promise_kept`: right at least ``TOP_PRECISION`` of the time, pooled and, with
    ``sets``, for a new sample), or none is left there: the publication band's promise, enforced on the only
    rows of text the rules had not seen."""
    while shift < MAX_SHIFT:
        if promise_kept(sigmoid(a * z + b - shift) >= TOP, y, sets, promise_z):
            break
        shift = round(shift + SHIFT_STEP, 2)
    return shift


def fit_method(features: list[list[str]], y: np.ndarray, sets: np.ndarray, families: tuple[str, ...], *,
               correct: bool = True, unseen: list[Unseen] | None = None, promise_z: float = PROMISE_Z) -> dict:
    """The whole procedure on these rows: vocabulary, penalty, weights, Platt scaling and optimism shift.

    ``correct=False`` leaves out the optimism shift (the 0.2.0 method). ``unseen`` holds rows that a
    measured release made on a retired fresh set while it was unseen (:class:`Unseen`): when given,
    the Platt scaling is fitted on them (each scored by weights fitted without its set's articles)
    instead of on the held-out sets, and the optimism shift also keeps their mean confidence at or
    below their share right.
    """
    kept = [[f for f in feats if f.split("=", 1)[0] in families] for feats in features]
    counts: dict[str, int] = {}
    for feats in kept:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    x = design(kept, vocab)
    # Penalty by leave-one-set-out log loss of the raw model (ties: the larger penalty).
    losses = {pen: log_loss(y, sigmoid(out_of_set(x, y, sets, pen))) for pen in PENALTIES}
    penalty = min(PENALTIES, key=lambda pen: (round(losses[pen], 6), -pen))
    z_oos = out_of_set(x, y, sets, penalty)
    held_out = sets != DEV_SET
    z_cal, y_cal, s_cal = z_oos[held_out], y[held_out], sets[held_out]
    if unseen:
        z_u, y_u, s_u = [], [], []
        for u in unseen:
            w_without = fit_logistic(x[sets != u.set], y[sets != u.set], penalty)
            xu = design([[f for f in feats if f.split("=", 1)[0] in families] for feats in u.features], vocab)
            z_u.append(logit(xu, w_without))
            y_u.append(u.y)
            s_u.append(np.full(len(u.y), f"{u.set} (unseen)"))
        z_u, y_u, s_u = np.concatenate(z_u), np.concatenate(y_u), np.concatenate(s_u)
        platt = fit_logistic(z_u[:, None], y_u, 0.0)
        z_cal, y_cal, s_cal = np.concatenate([z_cal, z_u]), np.concatenate([y_cal, y_u]), np.concatenate([s_cal, s_u])
    else:
        platt = fit_logistic(z_cal[:, None], y_cal, 0.0)
    b, a = float(platt[0]), float(platt[1])
    shift = optimism_shift(z_cal, y_cal, s_cal, a, b) if correct else 0.0
    if unseen and correct:
        shift = band_shift(z_u, y_u, a, b, shift, s_u, promise_z)
    w = fit_logistic(x, y, penalty)
    return {"families": families, "vocab": vocab, "penalty": penalty, "loss": losses[penalty], "w": w,
            "a": a, "b": b, "shift": shift, "z_oos": z_oos}


def apply_fit(fit: dict, features: list[list[str]]) -> np.ndarray:
    """Confidence of rows under a fit of :func:`fit_method`, rounded as ``score_rows`` rounds."""
    x = design([[f for f in feats if f.split("=", 1)[0] in fit["families"]] for feats in features], fit["vocab"])
    return np.round(sigmoid(fit["a"] * logit(x, fit["w"]) + fit["b"] - fit["shift"]), 4)


def nested_out_of_set(features: list[list[str]], y: np.ndarray, sets: np.ndarray, families: tuple[str, ...], *,
                      correct: bool = True, unseen: list[Unseen] | None = None) -> pd.DataFrame:
    """Each set scored by the whole procedure fitted without it: rows, and rows right, in the top band.

    A set's own unseen-state rows (same articles) are left out of the procedure that scores it.
    """
    out = []
    for name in sorted(set(sets)):
        test = sets == name
        train = np.flatnonzero(~test)
        others = [u for u in unseen or [] if u.set != name]
        fit = fit_method([features[i] for i in train], y[train], sets[train], families, correct=correct,
                         unseen=others or None)
        conf = apply_fit(fit, [features[i] for i in np.flatnonzero(test)])
        top = conf >= TOP
        out.append({"set": name, "rows": int(test.sum()), "right": int(y[test].sum()), "top_rows": int(top.sum()),
                    "top_right": int(y[test][top].sum()),
                    "top_precision": float(y[test][top].mean()) if top.any() else math.nan})
    return pd.DataFrame(out)


def choose(summary: list[tuple[str, float, float]]) -> str:
    """The candidate with the best worst-set precision among those covering ``MIN_COVERAGE``; the first on a tie.

    ``summary`` holds (name, worst held-out set's precision of the top band, share of held-out rows in it),
    in the order of preference. When no candidate covers enough rows, the one covering most is taken.
    """
    eligible = [c for c in summary if c[2] >= MIN_COVERAGE and not math.isnan(c[1])]
    if not eligible:
        return max(summary, key=lambda c: c[2])[0]
    best = max(c[1] for c in eligible)
    return next(c[0] for c in eligible if c[1] == best)


def main(argv: list[str]) -> int:
    from newslab.model import load_pipeline
    from newslab.quotes.confidence import CONFIDENCE_METHOD

    train_files = [*TRAIN, *(Path(p) for p in argv if not p.startswith("--"))]
    if any(p.resolve() in {c.resolve() for c in CHECK} for p in train_files):
        raise SystemExit("A check set is never used for fitting.")
    missing = [str(p) for p in train_files if not p.is_file()]
    if missing:
        raise SystemExit(f"Missing gold files: {missing}. Put ../shared beside the checkout or set NEWSLAB_SHARED.")
    nlp = load_pipeline()
    tmp = Path(tempfile.mkdtemp(prefix="newslab-calibrate-"))
    train = pd.concat([rows_of(g, nlp, tmp) for g in train_files], ignore_index=True)
    train = train[train["in_gold"].fillna(False).astype(bool) & ~train["optional"].fillna(False).astype(bool)].reset_index(drop=True)
    y = train["right"].astype(bool).to_numpy().astype(float)
    sets = train["set"].to_numpy()
    features = list(train["features"])
    held_out = sets != DEV_SET
    unseen = [load_unseen(name, path) for name, path in UNSEEN_STATE.items() if name in set(sets) and path.is_file()]
    pd.set_option("display.width", 160)
    fmt = lambda v: f"{v:.3f}"  # noqa: E731
    z_arg = next((a for a in argv if a.startswith("--promise-z-check")), None)
    if z_arg is not None:  # the experiment only: the shipped model's candidate, nothing written
        zs = tuple(float(v) for v in z_arg.partition("=")[2].split(",") if v) or (0.0, 0.84, 1.28, 1.64)
        cand = next((a.partition("=")[2] for a in argv if a.startswith("--candidate=")), None)
        cand = cand or json.loads(OUT.read_text(encoding="utf-8"))["candidate"]
        table = promise_z_check(features, y, sets, CANDIDATES[cand], unseen, zs)
        print(f"leave-one-unseen-set-out, candidate {cand}, band >= {TOP} (each set's unseen-state rows, fitted without the set):")
        print(table.to_string(index=False, float_format=fmt))
        print(promise_z_summary(table).to_string(index=False, float_format=fmt))
        return 0
    nested, checks_unseen, summary = {}, {}, []
    for label, families in CANDIDATES.items():
        table = nested_out_of_set(features, y, sets, families, unseen=unseen)
        nested[label] = table
        ho = table[table["set"] != DEV_SET]
        coverage = ho["top_rows"].sum() / ho["rows"].sum()
        worst = ho["top_precision"].min()
        check = unseen_check(features, y, sets, families, unseen)
        checks_unseen[label] = check
        top_unseen = check[check["band"] == f"[{TOP:g}, 1]"]["precision"]
        worst = min([worst, *top_unseen.fillna(1.0)])
        summary.append((label, worst, coverage))
        print(f"\nnested leave-one-set-out, band >= {TOP}, candidate {label} (dev-20 is optimistic: the rules were made on it); "
              f"held-out sets: {int(ho['top_right'].sum())}/{int(ho['top_rows'].sum())} right of {int(ho['rows'].sum())} rows "
              f"(coverage {coverage:.2f}); worst set, the unseen-state rows included: {worst:.3f}")
        print(table.to_string(index=False, float_format=fmt))
        if len(check):
            print(check.to_string(index=False, float_format=fmt))
    chosen = choose(summary)
    families = CANDIDATES[chosen]
    print(f"\nchosen: {chosen} (best worst-set precision among candidates covering >= {MIN_COVERAGE:.0%} of held-out rows)")
    fit = fit_method(features, y, sets, families, unseen=unseen or None)
    p_oos = sigmoid(fit["a"] * fit["z_oos"] + fit["b"] - fit["shift"])
    print(f"training rows: {len(train)} ({int(y.sum())} right) from {', '.join(p.name for p in train_files)}; "
          f"families: {', '.join(families)}; features: {len(fit['vocab'])}; penalty {fit['penalty']} "
          f"(leave-one-set-out log loss {fit['loss']:.4f}); Platt a={fit['a']:.3f} b={fit['b']:.3f} "
          f"(fitted on {', '.join(f'{u.set} as {_release_of(u.set)} saw it' for u in unseen) or ', '.join(sorted(set(sets[held_out])))}), "
          f"optimism shift {fit['shift']:.2f}")
    per_set = {}
    for name in sorted(set(sets)):
        sel = sets == name
        per_set[name] = bands_table(p_oos[sel], y[sel].astype(bool))
        print(f"\n{name}, scored by a model fitted without it:")
        print(per_set[name].to_string(index=False, float_format=fmt))

    model = {
        "_about": "Confidence model of the quotes table (newslab.quotes.confidence): logistic regression over a few feature "
                  "families of each row, Platt scaling fitted on the rows a measured release made on a retired fresh set while it "
                  "was unseen (unseen_state), then the intercept lowered until neither they nor any held-out set is predicted to be "
                  "right more often than it is (an optimism correction, included in platt.b). Written by benchmarks/calibrate.py; "
                  "do not edit by hand, re-run it after changing the quote rules.",
        "method": CONFIDENCE_METHOD,
        "candidate": chosen,
        "families": list(families),
        "trained_on": [p.name for p in train_files],
        "n_rows": int(len(train)),
        "n_right": int(y.sum()),
        "penalty": fit["penalty"],
        "intercept": round(float(fit["w"][0]), 6),
        "weights": {f: round(float(v), 6) for f, v in zip(fit["vocab"], fit["w"][1:])},
        "platt": {"a": round(fit["a"], 6), "b": round(fit["b"] - fit["shift"], 6)},
        "optimism_shift": fit["shift"],
        "calibrated_on": sorted(set(sets[held_out])),
        "unseen_state": {u.set: str(UNSEEN_STATE[u.set].relative_to(ROOT)) for u in unseen},
        "unseen_check": {label: json.loads(t.round(4).to_json(orient="records")) for label, t in checks_unseen.items()},
        "out_of_set_bands": {name: json.loads(t.round(4).to_json(orient="records")) for name, t in per_set.items()},
        "nested_out_of_set_top_band": {label: json.loads(t.round(4).to_json(orient="records")) for label, t in nested.items()},
    }

    def apply(rows: pd.DataFrame) -> np.ndarray:
        z = model["intercept"] + np.array([sum(model["weights"].get(f, 0.0) for f in feats) for feats in rows["features"]])
        return sigmoid(model["platt"]["a"] * z + model["platt"]["b"])

    checks = [p for p in CHECK if p.is_file()]
    for gold in checks:
        rows = rows_of(gold, nlp, tmp)
        rows = rows[rows["in_gold"].fillna(False).astype(bool) & ~rows["optional"].fillna(False).astype(bool)]
        table = bands_table(apply(rows), rows["right"].astype(bool).to_numpy())
        print(f"\ncheck on {gold.name} (never fitted on):")
        print(table.to_string(index=False, float_format=fmt))
    if "--no-write" not in argv:
        text = json.dumps(model, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
        tmp_out = OUT.with_suffix(".json.tmp")
        tmp_out.write_text(text, encoding="utf-8")
        os.replace(tmp_out, OUT)
        print(f"\nwrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
