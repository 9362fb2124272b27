"""Quote (and figure) accuracy on the dev set and the seed gold.

Runs :func:`nl.evaluate` on ``../shared/dev/wikinews-dev20.jsonl`` (when
present; it is not part of the repository) and on ``data/gold/seed.jsonl``,
and prints one table per gold file and task: strict and lenient scores, all
kinds and each kind. Usage::

    .venv/bin/python benchmarks/accuracy.py [GOLD.jsonl ...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = [ROOT.parent / "shared" / "dev" / "wikinews-dev20.jsonl", ROOT / "data" / "gold" / "seed.jsonl"]

QUOTE_COLS = ["mode", "kind", "n_gold", "n_pred", "tp", "precision", "recall", "f1", "exact_f1", "speaker_accuracy", "e2e_precision", "e2e_recall", "e2e_f1", "type_accuracy", "via_accuracy"]


def main(paths: list[str]) -> int:
    import newslab as nl
    from newslab.model import load_pipeline

    nlp = load_pipeline()
    golds = [Path(p) for p in paths] if paths else [p for p in DEFAULT_GOLD if p.exists()]
    pd.set_option("display.width", 200)
    pd.set_option("display.max_columns", 30)
    for gold in golds:
        t0 = time.perf_counter()
        scores = nl.evaluate(gold, nlp=nlp)
        print(f"\n=== {gold.name} ({time.perf_counter() - t0:.1f} s)")
        for task, part in scores.groupby("task", sort=False):
            cols = QUOTE_COLS if task == "quotes" else [c for c in part.columns if c != "task" and part[c].notna().any()]
            cols = [c for c in cols if c in part.columns and (part[c].notna().any())]
            print(f"\n-- {task}")
            print(part[cols].to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
