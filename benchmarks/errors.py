"""Error lists of the development sets: every gold main item that is not right, every extra row.

The row-by-row companion of ``benchmarks/summary.py`` (:func:`newslab.scoring.compare_quotes` per
set), for finding error classes and for comparing two versions of the rules: run it in each
checkout and diff the files (``benchmarks/span_ends.py --errors`` reads them).

Sets: ``dev-20``, ``seed``, ``a12``, ``b12``, ``c10`` and the retired fresh sets by their short
name (``d32`` ... ``u40``, :data:`accuracy.RETIRED_FRESH`); all of them by default. Writes
``OUTDIR/<set>.tsv`` (one row per compared item: status, texts, speakers, types, kinds, via,
frames and the words before the item in its paragraph) and ``OUTDIR/summary.txt``.

Usage (from a checkout or worktree, so the code under test is that checkout's)::

    NEWSLAB_SHARED=../shared PYTHONPATH=$PWD .venv/bin/python benchmarks/errors.py OUTDIR [set ...]
"""

from __future__ import annotations

import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402


def sets() -> dict[str, Path]:
    """Short name -> gold file of every development set."""
    out = {"dev-20": accuracy.SHARED / "dev" / "wikinews-dev20.jsonl", "seed": accuracy.ROOT / "data" / "gold" / "seed.jsonl"}
    out.update({n: accuracy.HELDOUT / f"heldout-{n}.jsonl" for n in ("a12", "b12", "c10")})
    out.update({name.split("-")[1]: accuracy.HELDOUT / f"{name}.jsonl" for name in accuracy.RETIRED_FRESH})
    return out


def main(argv: list[str]) -> int:
    import newslab as nl
    from newslab.model import load_pipeline
    from newslab.scoring import compare_quotes, load_gold

    if not argv:
        print(__doc__)
        return 2
    warnings.simplefilter("ignore")
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    known = sets()
    names = argv[1:] or list(known)
    unknown = [n for n in names if n not in known]
    if unknown:
        print(f"Unknown set(s) {unknown}; choose among {list(known)}.", file=sys.stderr)
        return 2
    nlp = load_pipeline()
    tmp = Path(tempfile.mkdtemp(prefix="newslab-errors-"))
    lines = []
    for name in names:
        records = load_gold(accuracy.with_texts(known[name], tmp))
        texts = {str(r["id"]): r["text"] for r in records}
        articles = pd.DataFrame({"article_id": list(texts), "text": list(texts.values())})
        tables = nl.analyze(articles, nlp=nlp, progress=False)
        cmp = compare_quotes(records, tables.quotes)

        def context(row) -> str:  # noqa: ANN001 - a row of the comparison
            text, start = texts[row.article_id], int(row.start_char)
            before = text[text.rfind("\n", 0, start) + 1 : start][-200:]
            return (before + " ⟦" + (row.gold_text or row.pred_text)[:300] + "⟧").replace("\n", " ")

        cmp["context"] = [context(r) for r in cmp.itertuples()]
        cmp.to_csv(out / f"{name}.tsv", sep="\t", index=False)
        counts = cmp["status"].value_counts().to_dict()
        main_items = sum(v for k, v in counts.items() if k not in ("extra", "optional"))
        rest = " ".join(f"{k}={v}" for k, v in sorted(counts.items()) if k != "right")
        lines.append(f"{name}: main {main_items} right {counts.get('right', 0)} {rest}")
        print(lines[-1], flush=True)
    (out / "summary.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
