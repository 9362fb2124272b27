"""Quote extraction time against spaCy parse time.

Parses N articles of ``../shared/corpus/wikinews-4722.jsonl`` (default 200)
with ``nlp.pipe``, then times :func:`newslab.quotes.extract_quotes` on the
parsed Docs (with each Doc's entities table given, as ``newslab.analyze``
does) and prints the ratio; the target is at most 0.10. Every article must
extract without an exception (unpaired quotation marks only warn).

Usage::

    .venv/bin/python benchmarks/quotes_speed.py [N]
"""

from __future__ import annotations

import json
import os
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The shared data folder (dev set, corpus): ../shared beside the checkout, or $NEWSLAB_SHARED (for a git worktree elsewhere).
SHARED = Path(os.environ.get("NEWSLAB_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "wikinews-4722.jsonl"


def main(n: int = 200) -> int:
    from newslab.entities import extract_entities
    from newslab.model import load_pipeline
    from newslab.quotes import extract_quotes
    from newslab.sentences import sentence_spans

    texts = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= n:
                break
    nlp = load_pipeline()
    list(nlp.pipe(texts[:5]))  # warm up
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - t0
    # analyze() builds the sentences and entities tables first; their (cached) sentence
    # spans and entity rows are shared with the quotes, so they are timed apart.
    t0 = time.perf_counter()
    for d in docs:
        sentence_spans(d)
    sentences = time.perf_counter() - t0
    ents = [extract_entities(d) for d in docs]
    extract_quotes(docs[0], entities=ents[0])  # load the lexicon once
    rows = 0
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        t0 = time.perf_counter()
        for d, e in zip(docs, ents):
            rows += len(extract_quotes(d, entities=e))
        quotes = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    print(f"articles: {len(docs)}  words: {words}  quotes found: {rows}  quote-mark warnings: {len(caught)}")
    print(f"spaCy parse: {parse:.2f} s   sentence spans (shared, cached): {sentences:.2f} s")
    print(f"extract_quotes: {quotes:.2f} s   ratio to parse: {quotes / parse:.3f} (target <= 0.10)")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
