"""Fit the quote confidence model on annotated articles and write newslab/data/confidence.json.

Runs newslab on the development set (``../shared/dev/wikinews-dev20.jsonl``) and the held-out
sets a, b and c (``data/gold/heldout/heldout-a12.jsonl``, ``heldout-b12.jsonl``, ``heldout-c10.jsonl``; their texts come
from the corpus by id, as in ``benchmarks/accuracy.py``), labels every predicted quote row
right or wrong (statement matched to a main gold item AND speaker correct,
:func:`newslab.scoring.label_quotes`; rows that only match optional items are left out), and
fits:

1. a logistic regression (L2-penalised, Newton's method in numpy) of "right" on the evidence
   features of each row (:func:`newslab.quotes.confidence.row_features`), on all sets, with the
   penalty chosen by leave-one-set-out log loss;
2. Platt scaling of its score, fitted on leave-one-set-out predictions of the sets other than
   dev-20. The rules were developed on dev-20, so its rows are right more often than rows of
   new text; each held-out set, scored by a model fitted without it, stands in for "articles
   the rules and the model have not seen" (a new set also brings a new annotator's reading).

It then prints the calibration per confidence band for each training set (scored by a model
fitted without that set), and writes the model. The release's accuracy and calibration are
measured on a set never used here (``fresh-d32``, scored by ``benchmarks/accuracy.py``). Deterministic: the same annotations and rules give a byte-identical file.
Usage (one command; re-run it whenever the quote rules change)::

    PYTHONPATH=$PWD .venv/bin/python benchmarks/calibrate.py [--no-write] [MORE_GOLD.jsonl ...]

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

from accuracy import HELDOUT, SHARED, with_texts  # noqa: E402

TRAIN = [SHARED / "dev" / "wikinews-dev20.jsonl", HELDOUT / "heldout-a12.jsonl", HELDOUT / "heldout-b12.jsonl",
         HELDOUT / "heldout-c10.jsonl"]
#: Sets scored as a check only, never fitted on. None since 0.2.0: heldout-c10 joined the calibration
#: (three sets of new text calibrate better than two), and the fresh set that measures the release
#: (data/gold/heldout/fresh-d32.jsonl) is scored once by benchmarks/accuracy.py, never here.
CHECK: list[Path] = []
OUT = ROOT / "newslab" / "data" / "confidence.json"
DEV_SET = "wikinews-dev20"  # the set the rules were developed on: fitted on, not calibrated on
PENALTIES = (0.3, 1.0, 3.0, 10.0)
MIN_COUNT = 3  # a feature seen on fewer training rows gets no weight of its own
BANDS = (0.0, 0.5, 0.8, 1.0)


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


def design(rows: pd.DataFrame, vocab: list[str]) -> np.ndarray:
    index = {f: k for k, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for i, feats in enumerate(rows["features"]):
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


def main(argv: list[str]) -> int:
    from newslab.model import load_pipeline

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
    counts: dict[str, int] = {}
    for feats in train["features"]:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    x = design(train, vocab)
    sets = train["set"].to_numpy()

    # Penalty by leave-one-set-out log loss of the raw model (ties: the larger penalty).
    losses = {pen: log_loss(y, 1 / (1 + np.exp(-out_of_set(x, y, sets, pen)))) for pen in PENALTIES}
    penalty = min(PENALTIES, key=lambda pen: (round(losses[pen], 6), -pen))
    z_oos = out_of_set(x, y, sets, penalty)
    held_out = sets != DEV_SET
    platt = fit_logistic(z_oos[held_out][:, None], y[held_out], 0.0)
    b, a = float(platt[0]), float(platt[1])
    p_oos = 1 / (1 + np.exp(-(a * z_oos + b)))
    w = fit_logistic(x, y, penalty)

    pd.set_option("display.width", 160)
    print(f"training rows: {len(train)} ({int(y.sum())} right) from {', '.join(p.name for p in train_files)}; "
          f"features: {len(vocab)}; penalty {penalty} (leave-one-set-out log loss {losses[penalty]:.4f}); "
          f"Platt a={a:.3f} b={b:.3f} (fitted on {', '.join(sorted(set(sets[held_out])))})")
    per_set = {}
    for name in sorted(set(sets)):
        sel = sets == name
        per_set[name] = bands_table(p_oos[sel], y[sel].astype(bool))
        print(f"\n{name}, scored by a model fitted without it:")
        print(per_set[name].to_string(index=False, float_format=lambda v: f"{v:.3f}"))

    model = {
        "_about": "Confidence model of the quotes table (newslab.quotes.confidence): logistic regression over the evidence "
                  "features of each row, then Platt scaling fitted on leave-one-set-out scores of the held-out sets. Written by benchmarks/calibrate.py; "
                  "do not edit by hand, re-run it after changing the quote rules.",
        "method": "quotes.confidence.v1",
        "trained_on": [p.name for p in train_files],
        "n_rows": int(len(train)),
        "n_right": int(y.sum()),
        "penalty": penalty,
        "intercept": round(float(w[0]), 6),
        "weights": {f: round(float(v), 6) for f, v in zip(vocab, w[1:])},
        "platt": {"a": round(a, 6), "b": round(b, 6)},
        "calibrated_on": sorted(set(sets[held_out])),
        "out_of_set_bands": {name: json.loads(t.round(4).to_json(orient="records")) for name, t in per_set.items()},
    }

    def apply(rows: pd.DataFrame) -> np.ndarray:
        z = model["intercept"] + np.array([sum(model["weights"].get(f, 0.0) for f in feats) for feats in rows["features"]])
        return 1 / (1 + np.exp(-(model["platt"]["a"] * z + model["platt"]["b"])))

    checks = [p for p in CHECK if p.is_file()]
    for gold in checks:
        rows = rows_of(gold, nlp, tmp)
        rows = rows[rows["in_gold"].fillna(False).astype(bool) & ~rows["optional"].fillna(False).astype(bool)]
        table = bands_table(apply(rows), rows["right"].astype(bool).to_numpy())
        print(f"\ncheck on {gold.name} (never fitted on):")
        print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    if "--no-write" not in argv:
        text = json.dumps(model, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
        tmp_out = OUT.with_suffix(".json.tmp")
        tmp_out.write_text(text, encoding="utf-8")
        os.replace(tmp_out, OUT)
        print(f"\nwrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
