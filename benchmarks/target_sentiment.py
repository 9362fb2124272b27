"""Target sentiment: accuracy on NewsMTSC devtest_mt, speed, load time, cost inside ``analyze``.

Run from the repository root (``.venv/bin/python benchmarks/target_sentiment.py``);
each part can be run alone with ``--part``:

* ``accuracy``  macro-F1 of the target model (``target.newsmtsc.v1``) on the
  1,476 mentions of ``devtest_mt.jsonl`` (read from ../shared/sentiment/newsmtsc/,
  never copied into the repository, never used for training or model choice),
  against TextBlob and VADER applied to each target's sentence and the majority
  baseline. A lexicon score becomes a label by a threshold: the conventional one
  (TextBlob: the sign; VADER: +-0.05) and, to be fair to the lexicons, the
  symmetric threshold that maximises their macro-F1 on the *training* split.
* ``speed``     target mentions scored per second by ``score_targets`` on one core
  (the process pinned to one CPU), over every train and devtest mention; and the
  time to load the model in a fresh process (import and file read apart).
* ``pipeline``  ``nl.analyze(..., target_sentiment=True)`` against raw spaCy
  ``nlp.pipe`` on the same 200 corpus articles (../shared/corpus/wikinews-4722.jsonl),
  alternating blocks of 50 in one process and comparing CPU time (as
  ``benchmarks/run.py``'s paired row); ``analyze`` without target sentiment is
  timed on the same blocks for reference.

Results go to ``benchmarks/target_sentiment.json``; ``docs/sentiment.md`` quotes them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

# ../shared beside the repository (a worktree may sit one level deeper).
SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()), ROOT.parent / "shared")
DEVTEST = SHARED / "sentiment" / "newsmtsc" / "devtest_mt.jsonl"
TRAIN = ROOT / "data" / "newsmtsc" / "train.jsonl.gz"
CORPUS = SHARED / "corpus" / "wikinews-4722.jsonl"
RESULTS = HERE / "target_sentiment.json"
LABELS = ("negative", "neutral", "positive")
POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
PIPELINE_ARTICLES = 200
PIPELINE_BLOCK = 50


def _read(path: Path):
    import pandas as pd

    opener = gzip.open if path.suffix == ".gz" else open
    rows = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            for t in record["targets"]:
                rows.append((record["sentence_normalized"], int(t["from"]), int(t["to"]), POLARITY[float(t["polarity"])]))
    return pd.DataFrame(rows, columns=["text", "start_char", "end_char", "gold"])


def _scores(gold, pred) -> dict:
    import numpy as np

    gold = np.asarray(gold, dtype=object)
    pred = np.asarray(pred, dtype=object)
    per_class = {}
    for c in LABELS:
        tp = int(((pred == c) & (gold == c)).sum())
        fp = int(((pred == c) & (gold != c)).sum())
        fn = int(((pred != c) & (gold == c)).sum())
        per_class[c] = round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0
    confusion = {g: {p: int(((gold == g) & (pred == p)).sum()) for p in LABELS} for g in LABELS}
    return {
        "macro_f1": round(float(np.mean(list(per_class.values()))), 4),
        "accuracy": round(float((gold == pred).mean()), 4),
        "f1": per_class,
        "confusion (gold -> predicted)": confusion,
    }


def _interval(gold, pred, groups, n: int = 1000, seed: int = 0) -> list[float]:
    """95% bootstrap interval of macro-F1, resampling sentences (their mentions go together)."""
    import numpy as np

    gold = np.asarray(gold, dtype=object)
    pred = np.asarray(pred, dtype=object)
    codes, groups = np.unique(np.asarray(groups), return_inverse=True)
    members = [np.flatnonzero(groups == g) for g in range(len(codes))]
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(n):
        rows = np.concatenate([members[g] for g in rng.integers(0, len(members), len(members))])
        values.append(_scores(gold[rows], pred[rows])["macro_f1"])
    return [round(float(np.percentile(values, 2.5)), 4), round(float(np.percentile(values, 97.5)), 4)]


def _threshold_labels(values, t: float):
    import numpy as np

    values = np.asarray(values, dtype=float)
    return np.where(values > t, "positive", np.where(values < -t, "negative", "neutral"))


def _best_threshold(values, gold) -> float:
    grid = [0.0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]
    return max(grid, key=lambda t: (_scores(gold, _threshold_labels(values, t))["macro_f1"], -t))


def accuracy() -> dict:
    from newslab.sentiment import score_targets, score_texts

    if not DEVTEST.is_file():
        raise SystemExit(f"{DEVTEST} is not there: the accuracy part needs NewsMTSC's devtest_mt split.")
    dev = _read(DEVTEST)
    train = _read(TRAIN)
    out: dict = {"data": f"NewsMTSC devtest_mt: {len(dev):,} target mentions in {dev['text'].nunique():,} sentences",
                 "gold_counts": dev["gold"].value_counts().reindex(LABELS).astype(int).to_dict()}
    results = {}
    target = score_targets(dev)["label"].astype(str)
    results["target.newsmtsc.v1"] = _scores(dev["gold"], target)
    results["target.newsmtsc.v1"]["macro_f1_95ci"] = _interval(dev["gold"], target, dev["text"])
    for method, conventional in (("textblob.v1", 0.0), ("vader.v1", 0.05)):
        dev_pol = score_texts(dev["text"].tolist(), method=method)["polarity"].to_numpy()
        train_pol = score_texts(train["text"].tolist(), method=method)["polarity"].to_numpy()
        tuned = _best_threshold(train_pol, train["gold"])
        results[f"{method} (threshold {conventional:g})"] = _scores(dev["gold"], _threshold_labels(dev_pol, conventional))
        tuned_labels = _threshold_labels(dev_pol, tuned)
        results[f"{method} (threshold {tuned:g}, best on train)"] = _scores(dev["gold"], tuned_labels)
        results[f"{method} (threshold {tuned:g}, best on train)"]["macro_f1_95ci"] = _interval(dev["gold"], tuned_labels,
                                                                                               dev["text"])
    train_majority = train["gold"].value_counts().idxmax()
    dev_majority = dev["gold"].value_counts().idxmax()
    results[f"majority of train ({train_majority})"] = _scores(dev["gold"], [train_majority] * len(dev))
    results[f"majority of devtest_mt ({dev_majority}; an oracle)"] = _scores(dev["gold"], [dev_majority] * len(dev))
    out["results"] = results
    return out


def _speed_child() -> dict:
    """Runs in a child pinned to one core: a fresh interpreter, so import and load times are cold."""
    started = time.perf_counter()
    import newslab.target_sentiment as ts  # numpy and pandas come with it

    imported = time.perf_counter()
    import pandas as pd

    model = ts.load_target_model()
    loaded = time.perf_counter()
    rows = pd.concat([_read(TRAIN), _read(DEVTEST)] if DEVTEST.is_file() else [_read(TRAIN)], ignore_index=True)
    rows = rows[["text", "start_char", "end_char"]]
    ts.score_targets(rows.head(200), model=model)  # warm-up
    best = None
    for _ in range(3):
        cpu = time.process_time()
        wall = time.perf_counter()
        ts.score_targets(rows, model=model)
        spent = (time.process_time() - cpu, time.perf_counter() - wall)
        best = spent if best is None or spent[0] < best[0] else best
    return {
        "mentions": len(rows),
        "sentences": int(rows["text"].nunique()),
        "mentions_per_cpu_second": round(len(rows) / best[0]),
        "mentions_per_wall_second": round(len(rows) / best[1]),
        "import_seconds": round(imported - started, 3),
        "model_load_seconds": round(loaded - imported, 3),
        "model_file_bytes": ts.MODEL_PATH.stat().st_size,
        "n_features": len(model.index),
    }


def speed() -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    code = ("import os, json, sys; os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]}); "
            f"sys.path.insert(0, {str(HERE)!r}); import target_sentiment as b; print(json.dumps(b._speed_child()))")
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def pipeline(n_articles: int = PIPELINE_ARTICLES) -> dict:
    import warnings

    import newslab as nl
    from newslab.model import load_pipeline

    warnings.simplefilter("ignore")  # quote-mark warnings are not the point here
    if not CORPUS.is_file():
        raise SystemExit(f"{CORPUS} is not there: the pipeline part needs the Wikinews corpus.")
    articles = nl.read_articles(CORPUS).head(n_articles).reset_index(drop=True)
    nlp = load_pipeline()
    list(nlp.pipe(articles["text"].tolist()[:8]))  # warm-up, outside the timing
    nl.analyze(articles.head(4), nlp=nlp, target_sentiment=True, progress=False)
    cpu = {"raw": 0.0, "analyze": 0.0, "analyze_target": 0.0}
    n_targets = 0
    for k, start in enumerate(range(0, len(articles), PIPELINE_BLOCK)):
        block = articles.iloc[start:start + PIPELINE_BLOCK].reset_index(drop=True)
        texts = block["text"].tolist()

        def raw() -> None:
            for doc in nlp.pipe(texts, batch_size=64):
                del doc

        def plain() -> None:
            nl.analyze(block, nlp=nlp, progress=False)

        def target() -> None:
            nonlocal n_targets
            t = nl.analyze(block, nlp=nlp, progress=False, target_sentiment=True)
            n_targets += int(t.entities["target_score"].notna().sum() + t.quotes["target_score"].notna().sum())

        order = [("raw", raw), ("analyze", plain), ("analyze_target", target)]
        order = order[k % 3:] + order[:k % 3]  # each side goes first in turn
        for side, run in order:
            started = time.process_time()
            run()
            cpu[side] += time.process_time() - started
    return {
        "articles": len(articles),
        "words": int(articles["n_words"].sum()),
        "block": PIPELINE_BLOCK,
        "targets_scored": n_targets,
        "cpu_seconds": {k: round(v, 2) for k, v in cpu.items()},
        "analyze_target_vs_raw_throughput": round(cpu["raw"] / cpu["analyze_target"], 3),
        "analyze_vs_raw_throughput": round(cpu["raw"] / cpu["analyze"], 3),
        "target_cost_share_of_analyze": round((cpu["analyze_target"] - cpu["analyze"]) / cpu["analyze"], 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("accuracy", "speed", "pipeline", "all"), default="all")
    parser.add_argument("--articles", type=int, default=PIPELINE_ARTICLES, help="corpus articles for the pipeline part")
    args = parser.parse_args(argv)
    results = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    parts = ("accuracy", "speed", "pipeline") if args.part == "all" else (args.part,)
    for part in parts:
        before = os.getloadavg()
        value = {"accuracy": accuracy, "speed": speed, "pipeline": lambda: pipeline(args.articles)}[part]()
        value["machine"] = (f"{platform.machine()}, {os.cpu_count()} cores, load average {before[0]:.1f} before / "
                            f"{os.getloadavg()[0]:.1f} after, Python {platform.python_version()}")
        results[part] = value
        print(json.dumps({part: value}, indent=2))
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
