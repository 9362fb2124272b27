"""Store the quote rows a release made on a fresh set while the set was still unseen.

A fresh set measures one release, then becomes a development set: the next rules are tuned on it,
so rows that the current code makes on it are easier than rows of new text. The rows the
*measured* release made on it are not: they are the only annotated rows of text that the rules
had never seen. ``benchmarks/calibrate.py`` fits the Platt scaling and the optimism correction of
the confidence on them (``UNSEEN_STATE``).

Run it with the OLD release's code first on the path (a git worktree of the release tag, with the
current feature code of ``newslab/quotes/confidence.py`` and ``_rivals`` of ``extract.py`` applied so
that the features match the current model's), e.g.::

    git worktree add --detach /tmp/v030 04c7cb3
    (cd /tmp/v030 && git diff 5bc6ab5 b33641c -- newslab/quotes/extract.py newslab/quotes/confidence.py | git apply)
    PYTHONPATH=/tmp/v030 .venv/bin/python benchmarks/unseen_rows.py data/gold/heldout/fresh-e30.jsonl \\
        data/gold/heldout/fresh-e30/rows-0.3.0.jsonl

Each output line: ``article_id``, ``start_char``, ``end_char``, ``right`` (statement matches a main
gold item and the speaker is correct) and ``features``; rows matching only optional items, or no
gold item at all, are kept out exactly as in the calibration's training rows.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from calibrate import rows_of  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        raise SystemExit("usage: unseen_rows.py GOLD.jsonl OUT.jsonl (with the measured release's code on PYTHONPATH)")
    import newslab
    from newslab.model import load_pipeline

    gold, out = Path(argv[0]), Path(argv[1])
    rows = rows_of(gold, load_pipeline(), Path(tempfile.mkdtemp(prefix="newslab-unseen-")))
    rows = rows[rows["in_gold"].fillna(False).astype(bool) & ~rows["optional"].fillna(False).astype(bool)]
    lines = [json.dumps({"article_id": r.article_id, "start_char": int(r.start_char), "end_char": int(r.end_char),
                         "right": bool(r.right), "features": list(r.features)}, ensure_ascii=False) + "\n"
             for r in rows.itertuples()]
    tmp = out.with_suffix(".tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    os.replace(tmp, out)
    print(f"{len(lines)} rows ({sum(json.loads(x)['right'] for x in lines)} right) from newslab {newslab.__version__} "
          f"at {Path(newslab.__file__).parent} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
