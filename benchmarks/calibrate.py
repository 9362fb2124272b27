"""Fit the quote confidence model on annotated articles and write newslab/data/confidence.json.

Runs newslab on the development set (``../shared/dev/wikinews-dev20.jsonl``), the held-out
sets a, b and c (``data/gold/heldout/heldout-a12.jsonl``, ``heldout-b12.jsonl``, ``heldout-c10.jsonl``) and the
retired fresh sets (``fresh-d32.jsonl``, ``fresh-e30.jsonl``: they measured 0.2.0 and 0.3.0 on unseen text and
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
2. Platt scaling of its score, fitted on leave-one-set-out predictions of the sets other than
   dev-20. The rules were developed on dev-20, so its rows are right more often than rows of
   new text; each held-out set, scored by a model fitted without it, stands in for "articles
   the rules and the model have not seen";
3. an optimism correction: the Platt intercept is lowered (in steps of 0.01) until no held-out
   set's mean confidence exceeds its share of right rows. New text is assumed to be as hard as
   the hardest annotated set; the rules were tuned on a, b and c as well, so even they are
   easier than new text.

It reports each candidate's **nested leave-one-set-out** precision of the ``>= 0.8`` band:
each set is scored by the whole procedure (weights, penalty, Platt, correction) fitted without
it; the worst held-out set is the selection criterion (not the average), and the 0.3.0 method
(``V2_FAMILIES``) is reported beside them. Choosing among a few candidates on these numbers makes
them a little optimistic. It also prints the calibration per confidence band for each training set
(scored by a model fitted without that set), and writes the model. The release's accuracy and
calibration are measured on a set never used here (the unused ``fresh-*`` set, scored once by
``benchmarks/accuracy.py --fresh``). Deterministic: the same annotations and rules give a
byte-identical file; it runs in well under a minute.
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

from accuracy import HELDOUT, RETIRED_FRESH, SHARED, with_texts  # noqa: E402

TRAIN = [SHARED / "dev" / "wikinews-dev20.jsonl", HELDOUT / "heldout-a12.jsonl", HELDOUT / "heldout-b12.jsonl",
         HELDOUT / "heldout-c10.jsonl", *(HELDOUT / f"{name}.jsonl" for name in RETIRED_FRESH)]
#: Sets scored as a check only, never fitted on. None since 0.2.0: heldout-c10 joined the calibration
#: (three sets of new text calibrate better than two), and the fresh set that measures the release
#: is scored once by benchmarks/accuracy.py --fresh, never here.
CHECK: list[Path] = []
OUT = ROOT / "newslab" / "data" / "confidence.json"
DEV_SET = "wikinews-dev20"  # the set the rules were developed on: fitted on, not calibrated on
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0)
MIN_COUNT = 3  # a feature seen on fewer training rows gets no weight of its own
BANDS = (0.0, 0.5, 0.8, 1.0)
TOP = 0.8  # the publication band: rows at or above it should be right at least 90% of the time
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


def fit_method(features: list[list[str]], y: np.ndarray, sets: np.ndarray, families: tuple[str, ...], *,
               correct: bool = True) -> dict:
    """The whole procedure on these rows: vocabulary, penalty, weights, Platt scaling and optimism shift.

    ``correct=False`` leaves out the optimism shift (the 0.2.0 method).
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
    platt = fit_logistic(z_oos[held_out][:, None], y[held_out], 0.0)
    b, a = float(platt[0]), float(platt[1])
    shift = optimism_shift(z_oos[held_out], y[held_out], sets[held_out], a, b) if correct else 0.0
    w = fit_logistic(x, y, penalty)
    return {"families": families, "vocab": vocab, "penalty": penalty, "loss": losses[penalty], "w": w,
            "a": a, "b": b, "shift": shift, "z_oos": z_oos}


def apply_fit(fit: dict, features: list[list[str]]) -> np.ndarray:
    """Confidence of rows under a fit of :func:`fit_method`, rounded as ``score_rows`` rounds."""
    x = design([[f for f in feats if f.split("=", 1)[0] in fit["families"]] for feats in features], fit["vocab"])
    return np.round(sigmoid(fit["a"] * logit(x, fit["w"]) + fit["b"] - fit["shift"]), 4)


def nested_out_of_set(features: list[list[str]], y: np.ndarray, sets: np.ndarray, families: tuple[str, ...], *,
                      correct: bool = True) -> pd.DataFrame:
    """Each set scored by the whole procedure fitted without it: rows, and rows right, in the top band."""
    out = []
    for name in sorted(set(sets)):
        test = sets == name
        train = np.flatnonzero(~test)
        fit = fit_method([features[i] for i in train], y[train], sets[train], families, correct=correct)
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
    pd.set_option("display.width", 160)
    fmt = lambda v: f"{v:.3f}"  # noqa: E731
    nested, summary = {}, []
    for label, families in CANDIDATES.items():
        table = nested_out_of_set(features, y, sets, families)
        nested[label] = table
        ho = table[table["set"] != DEV_SET]
        coverage = ho["top_rows"].sum() / ho["rows"].sum()
        worst = ho["top_precision"].min()
        summary.append((label, worst, coverage))
        print(f"\nnested leave-one-set-out, band >= {TOP}, candidate {label} (dev-20 is optimistic: the rules were made on it); "
              f"held-out sets: {int(ho['top_right'].sum())}/{int(ho['top_rows'].sum())} right of {int(ho['rows'].sum())} rows "
              f"(coverage {coverage:.2f}), worst set {worst:.3f}")
        print(table.to_string(index=False, float_format=fmt))
    chosen = choose(summary)
    families = CANDIDATES[chosen]
    print(f"\nchosen: {chosen} (best worst-set precision among candidates covering >= {MIN_COVERAGE:.0%} of held-out rows)")
    fit = fit_method(features, y, sets, families)
    p_oos = sigmoid(fit["a"] * fit["z_oos"] + fit["b"] - fit["shift"])
    print(f"training rows: {len(train)} ({int(y.sum())} right) from {', '.join(p.name for p in train_files)}; "
          f"families: {', '.join(families)}; features: {len(fit['vocab'])}; penalty {fit['penalty']} "
          f"(leave-one-set-out log loss {fit['loss']:.4f}); Platt a={fit['a']:.3f} b={fit['b']:.3f} "
          f"(fitted on {', '.join(sorted(set(sets[held_out])))}), optimism shift {fit['shift']:.2f}")
    per_set = {}
    for name in sorted(set(sets)):
        sel = sets == name
        per_set[name] = bands_table(p_oos[sel], y[sel].astype(bool))
        print(f"\n{name}, scored by a model fitted without it:")
        print(per_set[name].to_string(index=False, float_format=fmt))

    model = {
        "_about": "Confidence model of the quotes table (newslab.quotes.confidence): logistic regression over a few feature "
                  "families of each row, Platt scaling fitted on leave-one-set-out scores of the held-out sets, then the intercept "
                  "lowered until no held-out set is predicted to be right more often than it is (an optimism correction, included "
                  "in platt.b). Written by benchmarks/calibrate.py; do not edit by hand, re-run it after changing the quote rules.",
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
