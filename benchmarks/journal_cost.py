"""What the cache's per-article journal costs a first run (issue 13: within 5% of before).

Every finished article is appended to the cache's journal (one JSON line,
flushed) so that a kill loses only the articles in progress. This script
measures that cost inside one first run, so the machine's speed drift between
separate runs does not enter: it times every journal write and the journal's
removal at the end, and compares them with the whole run (``nl.analyze`` with a
fresh cache, 1 process).

    .venv/bin/python benchmarks/journal_cost.py [--limit 300] [--corpus PATH]

The texts are the first ``--limit`` articles of ../shared/corpus/wikinews-4722.jsonl
(or the seed article repeated when it is absent).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-4722.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # quote-mark warnings are not the point here

    import pandas as pd

    import newslab as nl
    from newslab import cache
    from newslab.model import load_pipeline

    if args.corpus.is_file():
        lines = [line for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()][: args.limit]
        articles = nl.read_articles(pd.DataFrame([json.loads(line) for line in lines]).astype(object))
        source = args.corpus.name
    else:
        seed = nl.read_articles(ROOT / "seeds")
        articles = nl.read_articles(pd.DataFrame({"id": [f"seed-{i}" for i in range(args.limit)],
                                                  "text": seed["text"].tolist() * args.limit}))
        source = "repeated seed article"
    nlp = load_pipeline()
    list(nlp.pipe(articles["text"].tolist()[:8]))  # warm-up, outside the timing

    spent = {"write": 0.0, "drop": 0.0, "lines": 0, "bytes": 0}
    write, drop = cache.Journal.__call__, cache.ArticleCache.drop_journal

    def timed_write(self, *a, **k):
        start = time.perf_counter()
        write(self, *a, **k)
        spent["write"] += time.perf_counter() - start
        spent["lines"] += 1

    def timed_drop(self, run):
        spent["bytes"] += sum(f.stat().st_size for f in self.journals.glob(f"{run}-*"))
        start = time.perf_counter()
        drop(self, run)
        spent["drop"] += time.perf_counter() - start

    cache.Journal.__call__ = timed_write  # type: ignore[method-assign]
    cache.ArticleCache.drop_journal = timed_drop  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory(prefix="newslab-journal-") as tmp:
        start, cpu = time.perf_counter(), time.process_time()
        nl.analyze(articles, nlp=nlp, cache=Path(tmp) / "cache", progress=False)
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    journal = spent["write"] + spent["drop"]
    result = {
        "texts": source,
        "articles": len(articles),
        "first_run_seconds": round(seconds, 2),
        "first_run_cpu_seconds": round(cpu_seconds, 2),
        "journal_lines": spent["lines"],
        "journal_megabytes": round(spent["bytes"] / 1e6, 2),
        "journal_seconds": round(journal, 3),
        "journal_ms_per_article": round(1000 * journal / max(1, len(articles)), 3),
        "journal_share_of_first_run": round(journal / seconds, 4),
    }
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
