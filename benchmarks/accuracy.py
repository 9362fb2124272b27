"""Quote (and figure) accuracy on the dev set and the seed gold.

Runs :func:`nl.evaluate` on ``../shared/dev/wikinews-dev20.jsonl`` (when
present; it is not part of the repository) and on ``data/gold/seed.jsonl``,
and prints one table per gold file and task: strict and lenient scores, all
kinds and each kind. Usage::

    .venv/bin/python benchmarks/accuracy.py [GOLD.jsonl ...]
    .venv/bin/python benchmarks/accuracy.py --heldout
    .venv/bin/python benchmarks/accuracy.py --fresh

``--heldout`` scores the held-out development sets in ``data/gold/heldout/``
(``heldout-*.jsonl`` and the retired fresh sets in :data:`RETIRED_FRESH`: they
are no longer unseen, and rules may be developed on them; see the README
there). ``--fresh`` scores the oldest fresh set that still measures a release
(the first ``fresh-*.jsonl`` not in :data:`RETIRED_FRESH`; a newer one drawn for the
release after waits unread): run it once, when the rules are final, and never
develop against its output. Those files hold the annotations without the article texts:
the texts are read from ``../shared/corpus/wikinews-4722.jsonl`` by id and
checked against the stored SHA-256.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
#: The shared data folder (dev set, corpus): ../shared beside the checkout, or $NEWSLAB_SHARED (for a git worktree elsewhere).
SHARED = Path(os.environ.get("NEWSLAB_SHARED", ROOT.parent / "shared"))
DEFAULT_GOLD = [SHARED / "dev" / "wikinews-dev20.jsonl", ROOT / "data" / "gold" / "seed.jsonl"]

QUOTE_COLS = ["mode", "kind", "frame", "n_gold", "n_pred", "tp", "precision", "recall", "f1", "exact_f1", "speaker_accuracy", "e2e_precision", "e2e_recall", "e2e_f1", "type_accuracy", "via_accuracy", "frame_accuracy"]


HELDOUT = ROOT / "data" / "gold" / "heldout"
#: Fresh sets that measured a release (fresh-d32: 0.2.0, fresh-e30: 0.3.0, fresh-f40: 0.4.0, fresh-g40: 0.5.0,
#: fresh-h40: 0.6.0, fresh-i40: 0.7.0, fresh-j40: 0.8.0, fresh-k40: 0.9.0,
#: fresh-l40: 0.10.0, fresh-m40: 0.11.0, fresh-n40: 0.12.0, fresh-o40: 0.13.0,
#: fresh-p40: 0.14.0, fresh-q40: 0.15.0, fresh-r40: 0.16.0, fresh-s40: 0.17.0,
#: fresh-t40: 0.18.0, fresh-u40: 0.19.0) and are development sets since.
RETIRED_FRESH = ("fresh-d32", "fresh-e30", "fresh-f40", "fresh-g40", "fresh-h40", "fresh-i40", "fresh-j40", "fresh-k40",
                 "fresh-l40", "fresh-m40", "fresh-n40", "fresh-o40", "fresh-p40", "fresh-q40", "fresh-r40", "fresh-s40",
                 "fresh-t40", "fresh-u40")
CORPUS = SHARED / "corpus" / "wikinews-4722.jsonl"


def with_texts(gold: Path, folder: Path) -> Path:
    """``gold`` itself when its records have texts, else a copy with texts filled in from the corpus."""
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    if all("text" in r for r in records):
        return gold
    if not CORPUS.is_file():
        raise SystemExit(f"{gold.name} holds no article texts and {CORPUS} is missing; it is needed to score it.")
    wanted = {r["id"] for r in records}
    texts = {}
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article["id"] in wanted:
                texts[article["id"]] = article["text"]
    for r in records:
        text = texts.get(r["id"])
        if text is None or hashlib.sha256(text.encode("utf-8")).hexdigest() != r["text_sha256"]:
            raise SystemExit(f"{gold.name}: article {r['id']} is missing from {CORPUS.name} or its text changed.")
        r["text"] = text
    out = folder / gold.name
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return out


def main(paths: list[str]) -> int:
    import newslab as nl
    from newslab.model import load_pipeline

    nlp = load_pipeline()
    if paths == ["--heldout"]:
        paths = [str(p) for p in sorted(HELDOUT.glob("heldout-*.jsonl"))]
        paths += [str(HELDOUT / f"{name}.jsonl") for name in RETIRED_FRESH]
    elif paths == ["--fresh"]:
        unused = [p for p in sorted(HELDOUT.glob("fresh-*.jsonl")) if p.stem not in RETIRED_FRESH]
        if not unused:
            raise SystemExit("No fresh set is left unused: annotate a new one (see data/gold/heldout/README.md).")
        # Only the oldest: the newer ones are drawn for later releases and must stay unread until then.
        paths = [str(unused[0])]
        print(f"Scoring {unused[0].stem} (left unread: {', '.join(p.stem for p in unused[1:]) or 'none'})")
    tmp = Path(tempfile.mkdtemp(prefix="newslab-gold-"))
    golds = [with_texts(Path(p), tmp) for p in paths] if paths else [p for p in DEFAULT_GOLD if p.exists()]
    pd.set_option("display.width", 200)
    pd.set_option("display.max_columns", 30)
    for gold in golds:
        t0 = time.perf_counter()
        scores = nl.evaluate(gold, nlp=nlp)
        print(f"\n=== {gold.name} ({time.perf_counter() - t0:.1f} s)")
        for task, part in scores.groupby("task", sort=False):
            if task == "quotes":
                cols = QUOTE_COLS
            elif task == "confidence":
                cols = ["mode", "band", "n_pred", "n_right", "precision", "mean_confidence"]
            else:
                cols = [c for c in part.columns if c != "task" and part[c].notna().any()]
            cols = [c for c in cols if c in part.columns and (part[c].notna().any())]
            print(f"\n-- {task}")
            print(part[cols].to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
