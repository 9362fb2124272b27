"""A learned re-ranker of the speaker of each statement: fit and leave-one-set-out test (an experiment).

For every predicted quote row of the nine annotated development sets (dev-20, heldout a12, b12, c10,
fresh-d32, e30, f40, g40, h40; texts from the corpus by id as in ``benchmarks/accuracy.py``) it lists
the candidate speakers (:func:`newslab.quotes.speaker_candidates.row_candidates`: the rules' speaker, the
people and organisations named around the statement, the previous statement's speaker) with general
structural features, and labels each candidate right when :func:`newslab.scoring.speaker_correct` accepts
it for the gold statement the row matches (rows matching no main gold statement are not trained on).

Model: an L2-penalised logistic regression of "candidate right" on the one-hot features (Newton's method
in numpy, :func:`calibrate.fit_logistic`; penalty ``PENALTY``, features seen fewer than ``MIN_COUNT``
times weigh nothing). The re-ranker replaces the rules' speaker by the best candidate only when the
best candidate's probability exceeds the rules' candidate's by more than a threshold; the threshold is
chosen INSIDE the training sets (leave-one-set-out over them: the threshold with the most fixes minus
breaks, the larger one on a tie, "never" when none gains).

The merge criterion, fixed before any number was seen: leave-one-SET-out over the nine sets (fit and
threshold on eight, apply to the ninth); the re-ranker is wired into the pipeline only if it raises
speaker accuracy (strict, all kinds) on at least 6 of the 9 folds AND on the fresh-h40 and fresh-g40
folds, with no fold losing more than 0.01. The script prints the table and the verdict and, with
``--write``, writes ``newslab/data/speaker_rerank.json`` (the model fitted on all nine sets).

Usage::

    NEWSLAB_SHARED=/work/shared PYTHONPATH=$PWD .venv/bin/python benchmarks/speaker_rerank.py [--write]

Deterministic: the same annotations and rules give the same numbers and file.
"""

from __future__ import annotations

import json
import os
import pickle
import sys
import tempfile
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import HELDOUT, RETIRED_FRESH, SHARED, with_texts  # noqa: E402
from calibrate import design, fit_logistic, logit, sigmoid  # noqa: E402

SETS = [SHARED / "dev" / "wikinews-dev20.jsonl", HELDOUT / "heldout-a12.jsonl", HELDOUT / "heldout-b12.jsonl",
        HELDOUT / "heldout-c10.jsonl", *(HELDOUT / f"{name}.jsonl" for name in RETIRED_FRESH)]
PENALTY = 3.0
MIN_COUNT = 5
THRESHOLDS = tuple(round(x, 2) for x in np.arange(0.0, 0.95, 0.05))
OUT = ROOT / "newslab" / "data" / "speaker_rerank.json"
MUST_WIN = ("fresh-h40", "fresh-g40")
MIN_WINS, MAX_LOSS = 6, 0.01


def collect(gold: Path, nlp, tmp: Path) -> dict:  # noqa: ANN001 - a spaCy Language
    """Predicted rows, their candidates with labels, and the gold records of one set."""
    from newslab.entities import entity_columns
    from newslab.quotes.extract import COLUMNS, _extract
    from newslab.scoring import _align, _quote_items, load_gold, speaker_correct

    records = load_gold(with_texts(gold, tmp))
    frames, cands = [], []
    for rec, doc in zip(records, nlp.pipe([r["text"] for r in records])):
        found: list = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cols, _ = _extract(doc, entity_columns(doc), candidates=found)
        if not cols["quote_id"]:
            continue
        df = pd.DataFrame({c: cols[c] for c in COLUMNS})
        df.insert(0, "article_id", str(rec["id"]))
        frames.append(df)
        cands.extend(found)
    table = pd.concat(frames, ignore_index=True)
    labels: list[list[int] | None] = [None] * len(table)
    items = _quote_items(table)
    for rec in records:
        preds = sorted(items.get(str(rec["id"]), []), key=lambda p: (p["start"], p["end"]))
        pairs, _, _ = _align(rec, preds)
        gold_items = rec.get("quotes", [])
        for gi, pi in pairs:
            k = preds[pi]["row"]
            labels[k] = [int(speaker_correct(gold_items[gi], {"speaker_canonical": c.canonical, "speaker_type": c.type}))
                         for c in cands[k]]
    return {"name": gold.stem, "table": table, "records": records, "cands": [[(c.canonical, c.type, c.features) for c in cs] for cs in cands],
            "labels": labels}


def training_rows(data: list[dict]) -> tuple[list[list[str]], np.ndarray]:
    feats, y = [], []
    for d in data:
        for cs, lab in zip(d["cands"], d["labels"]):
            if lab is None or len(cs) < 2:
                continue  # an unmatched row, or nothing to choose between
            for (_, _, f), yi in zip(cs, lab):
                feats.append(f)
                y.append(yi)
    return feats, np.array(y, dtype=float)


def fit(data: list[dict]) -> dict:
    feats, y = training_rows(data)
    counts: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    w = fit_logistic(design(feats, vocab), y, PENALTY)
    return {"vocab": vocab, "w": w}


def probabilities(model: dict, cands: list) -> np.ndarray:
    return sigmoid(logit(design([f for _, _, f in cands], model["vocab"]), model["w"]))


def decisions(model: dict, d: dict) -> list[tuple[int, float]]:
    """For each row: the best candidate and its margin over the rules' candidate (index 0)."""
    out = []
    for cs in d["cands"]:
        if len(cs) < 2:
            out.append((0, 0.0))
            continue
        p = probabilities(model, cs)
        best = int(np.argmax(p))
        out.append((best, float(p[best] - p[0])))
    return out


def net_gain(dec: list[tuple[int, float]], labels: list, threshold: float) -> int:
    gain = 0
    for (best, margin), lab in zip(dec, labels):
        if lab is None or best == 0 or margin <= threshold:
            continue
        gain += lab[best] - lab[0]
    return gain


def choose_threshold(train: list[dict]) -> float | None:
    """The threshold with the most fixes minus breaks over leave-one-set-out folds of the training sets."""
    inner = []
    for i, d in enumerate(train):
        model = fit([e for j, e in enumerate(train) if j != i])
        inner.append((decisions(model, d), d["labels"]))
    gains = {t: sum(net_gain(dec, lab, t) for dec, lab in inner) for t in THRESHOLDS}
    best = max(gains.values())
    if best <= 0:
        return None
    return max(t for t, g in gains.items() if g == best)


def apply(model: dict, threshold: float | None, d: dict) -> tuple[pd.DataFrame, int]:
    table = d["table"].copy()
    n = 0
    if threshold is None:
        return table, 0
    for k, ((best, margin), cs) in enumerate(zip(decisions(model, d), d["cands"])):
        if best != 0 and margin > threshold:
            table.loc[k, "speaker_canonical"] = cs[best][0]
            table.loc[k, "speaker_type"] = cs[best][1]
            n += 1
    return table, n


def oracle(d: dict) -> pd.DataFrame:
    """The ceiling of any re-ranker: every row whose rules' speaker is wrong but a candidate is right, fixed."""
    table = d["table"].copy()
    for k, (cs, lab) in enumerate(zip(d["cands"], d["labels"])):
        if lab is not None and not lab[0] and any(lab[1:]):
            best = 1 + lab[1:].index(1)
            table.loc[k, "speaker_canonical"] = cs[best][0]
            table.loc[k, "speaker_type"] = cs[best][1]
    return table


def fixable(d: dict) -> tuple[int, int]:
    """Matched rows with a wrong rules' speaker, and those of them with a right candidate."""
    wrong = [lab for lab in d["labels"] if lab is not None and not lab[0]]
    return len(wrong), sum(1 for lab in wrong if any(lab[1:]))


def scores(table: pd.DataFrame, records: list) -> tuple[float, float]:
    from newslab.scoring import score_quotes

    s = score_quotes(table, records)
    s = s[(s["mode"] == "strict") & (s["kind"] == "all")]
    if "frame" in s.columns:
        s = s[s["frame"].fillna("all") == "all"]
    row = s.iloc[0]
    return float(row["speaker_accuracy"]), float(row["e2e_f1"])


def main(argv: list[str]) -> int:
    cache = Path(os.environ.get("RERANK_CACHE", "")) if os.environ.get("RERANK_CACHE") else None
    if cache is not None and cache.is_file():
        data = pickle.loads(cache.read_bytes())
    else:
        from newslab.model import load_pipeline

        nlp = load_pipeline()
        tmp = Path(tempfile.mkdtemp(prefix="newslab-rerank-"))
        data = [collect(g, nlp, tmp) for g in SETS]
        if cache is not None:
            cache.write_bytes(pickle.dumps(data))
    rows = []
    for i, d in enumerate(data):
        train = [e for j, e in enumerate(data) if j != i]
        model = fit(train)
        threshold = choose_threshold(train)
        new, n = apply(model, threshold, d)
        acc0, f0 = scores(d["table"], d["records"])
        acc1, f1 = scores(new, d["records"])
        wrong, fixes = fixable(d)
        rows.append({"fold": d["name"], "threshold": "never" if threshold is None else threshold, "overrides": n,
                     "wrong": wrong, "fixable": fixes, "spk_oracle": scores(oracle(d), d["records"])[0],
                     "spk_rules": acc0, "spk_rerank": acc1, "d_spk": acc1 - acc0, "qs_f1_rules": f0, "qs_f1_rerank": f1,
                     "d_qs_f1": f1 - f0})
    table = pd.DataFrame(rows)
    pd.set_option("display.width", 200)
    print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    wins = int((table["d_spk"] > 1e-12).sum())
    must = all(table.loc[table["fold"] == m, "d_spk"].iloc[0] > 1e-12 for m in MUST_WIN)
    worst = float(table["d_spk"].min())
    passed = wins >= MIN_WINS and must and worst >= -MAX_LOSS - 1e-12
    print(f"\nfolds improved: {wins}/9 (need {MIN_WINS}); h40 and g40 improved: {must}; worst fold change {worst:+.3f} "
          f"(limit -{MAX_LOSS}); verdict: {'PASS: wire it in' if passed else 'FAIL: keep the rules'}")
    if "--write" in argv:
        model = fit(data)
        threshold = choose_threshold(data)
        text = json.dumps({
            "_about": "Learned speaker re-ranker (benchmarks/speaker_rerank.py): logistic regression of 'candidate is the gold "
                      "speaker' on structural features of newslab.quotes.speaker_candidates. Do not edit by hand.",
            "trained_on": [d["name"] for d in data], "penalty": PENALTY, "threshold": threshold,
            "intercept": round(float(model["w"][0]), 6),
            "weights": {f: round(float(v), 6) for f, v in zip(model["vocab"], model["w"][1:])},
            "cv": json.loads(table.round(4).to_json(orient="records")), "passed": passed,
        }, indent=1) + "\n"
        tmp_out = OUT.with_suffix(".json.tmp")
        tmp_out.write_text(text, encoding="utf-8")
        os.replace(tmp_out, OUT)
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
