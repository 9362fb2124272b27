"""One line per annotated set: strict quote F1, speaker accuracy, quote+speaker F1, reported-speech
quote+speaker F1 and the precision of the rows with confidence >= 0.8.

With no arguments it scores the development sets (dev-20, the seed, the held-out sets a/b/c and
the retired fresh sets of :data:`accuracy.RETIRED_FRESH`); these numbers are optimistic, because
the rules were developed on them. With paths, it scores those gold files instead (texts are read
from the corpus by id when a file holds none, as in ``benchmarks/accuracy.py``).

Usage::

    NEWSLAB_SHARED=../shared .venv/bin/python benchmarks/summary.py [GOLD.jsonl ...]
"""

from __future__ import annotations

import sys
import tempfile
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402


def main(argv: list[str]) -> int:
    import newslab as nl
    from newslab.errors import QuoteRuleWarning
    from newslab.model import load_pipeline

    warnings.simplefilter("ignore")
    nlp = load_pipeline()
    tmp = Path(tempfile.mkdtemp(prefix="newslab-summary-"))
    paths = [Path(p) for p in argv] or (
        [accuracy.SHARED / "dev" / "wikinews-dev20.jsonl", accuracy.ROOT / "data" / "gold" / "seed.jsonl"]
        + sorted(accuracy.HELDOUT.glob("heldout-*.jsonl"))
        + [accuracy.HELDOUT / f"{name}.jsonl" for name in accuracy.RETIRED_FRESH]
    )
    failed_sets = 0
    for path in paths:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            scores = nl.evaluate(accuracy.with_texts(path, tmp), nlp=nlp)
        # Other warnings stay quiet, but an article whose quote rules crashed has no rows at all: say so loudly
        # (a crash cost fresh-q40 one article, silently, in 0.14.0 and 0.15.0 before it was seen).
        failed = [str(w.message) for w in caught if issubclass(w.category, QuoteRuleWarning)]
        failed_sets += bool(failed)
        for message in failed:
            print(f"!! {path.stem}: {message}")
        q = scores[(scores.task == "quotes") & (scores["mode"] == "strict")]
        if "frame" in q:
            q = q[q.frame.fillna("all") == "all"]
        overall = q[q.kind == "all"].iloc[0]
        indirect = q[q.kind == "indirect"]
        band = scores[(scores.task == "confidence") & (scores["mode"] == "strict") & (scores.band == "[0.8, 1]")]
        top = f"{band.precision.iloc[0]:.3f} ({int(band.n_pred.iloc[0])})" if len(band) else "-"
        ind = indirect.e2e_f1.iloc[0] if len(indirect) else float("nan")
        print(f"{path.stem:16s} quoteF1 {overall.f1:.3f}  spk {overall.speaker_accuracy:.3f}  "
              f"q+s {overall.e2e_f1:.3f}  indirect q+s {ind:.3f}  top {top}")
    if failed_sets:
        print(f"!! the quote rules crashed on articles of {failed_sets} set(s) (lines marked !! above): fix before releasing")
    return 1 if failed_sets else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
