"""Hand check of money currencies: 100 money figures from the Wikinews corpus.

The sample is fixed by seeds: 400 corpus articles (``random.Random(ARTICLE_SEED)``)
are analysed with headlines and dates, and 100 of their money figures are
drawn with ``random.Random(FIGURE_SEED)``. ``data/checks/money-currency-100.csv``
holds that sample with a human verdict per figure (``correct_currency``, ``note``;
``none`` when the figure is no money), made by reading each figure in its article. This script regenerates the
predictions and scores them against the stored verdicts::

    .venv/bin/python benchmarks/money_check.py            # score (and list the misses)
    .venv/bin/python benchmarks/money_check.py --write    # rewrite the CSV, keeping verdicts
    .venv/bin/python benchmarks/money_check.py --show     # print each figure in context, to judge

The corpus is ``../shared/corpus/wikinews-4722.jsonl`` (CC BY 2.5, © Wikinews
contributors); it is not part of the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-4722.jsonl"  # beside the project, as in benchmarks/accuracy.py
CHECK = ROOT / "data" / "checks" / "money-currency-100.csv"
ARTICLE_SEED = 4722
FIGURE_SEED = 100
N_ARTICLES = 400
N_FIGURES = 100
FIELDS = ["article_id", "start_char", "figure_text", "predicted_currency", "correct_currency", "note"]


def sample(corpus: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the sampled money figures, the analysed articles)."""
    import newslab as nl

    rows = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    rows.sort(key=lambda r: r["id"])
    picked = random.Random(ARTICLE_SEED).sample(rows, N_ARTICLES)
    articles = nl.read_articles(pd.DataFrame(
        [{"article_id": r["id"], "headline": r["title"], "published": r["date"], "text": r["text"]} for r in picked]
    ))
    tables = nl.analyze(articles, progress=False)
    money = tables.figures[tables.figures["kind"] == "money"].sort_values(["article_id", "start_char"]).reset_index(drop=True)
    chosen = sorted(random.Random(FIGURE_SEED).sample(range(len(money)), min(N_FIGURES, len(money))))
    return money.iloc[chosen].reset_index(drop=True), articles


def _stored() -> dict[tuple[str, int], dict[str, str]]:
    if not CHECK.is_file():
        return {}
    with CHECK.open(encoding="utf-8", newline="") as handle:
        return {(r["article_id"], int(r["start_char"])): r for r in csv.DictReader(handle)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the CSV with fresh predictions, keeping verdicts")
    parser.add_argument("--show", action="store_true", help="print every sampled figure in its context")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        raise SystemExit(f"{args.corpus} is missing; pass --corpus PATH to the Wikinews JSONL file.")
    figs, articles = sample(args.corpus)
    texts = dict(zip(articles["article_id"], articles["text"]))
    heads = dict(zip(articles["article_id"], articles["headline"]))
    stored = _stored()
    out = []
    for f in figs.itertuples():
        old = stored.get((f.article_id, int(f.start_char)), {})
        out.append({
            "article_id": f.article_id, "start_char": int(f.start_char), "figure_text": f.text,
            "predicted_currency": f.currency or "", "correct_currency": old.get("correct_currency", ""),
            "note": old.get("note", ""),
        })
        if args.show:
            text = texts[f.article_id]
            print(f"--- {f.article_id} @{f.start_char} [{f.currency}] {heads[f.article_id]!r}\n    "
                  f"{text[max(0, f.start_char - 160):f.end_char + 60]!r}")
    if args.write:
        CHECK.parent.mkdir(parents=True, exist_ok=True)
        tmp = CHECK.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=FIELDS)
            writer.writeheader()
            writer.writerows(out)
        tmp.replace(CHECK)
    judged = [r for r in out if r["correct_currency"]]
    # 'none': the figure is no money, so no currency is right.
    right = [r for r in judged if r["correct_currency"].replace("none", "") == r["predicted_currency"]]
    print(f"{len(out)} money figures sampled; {len(judged)} judged; currency right: {len(right)}/{len(judged)}"
          + (f" = {len(right) / len(judged):.3f}" if judged else ""))
    for r in judged:
        if r not in right:
            print(f"  wrong: {r['article_id']} {r['figure_text']!r} predicted {r['predicted_currency']} "
                  f"correct {r['correct_currency']} ({r['note']})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
