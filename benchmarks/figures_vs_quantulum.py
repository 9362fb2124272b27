"""newslab's figures against quantulum3 on the same texts: quality and speed side by side.

Reads the development set ../shared/dev/wikinews-dev20.jsonl (20 annotated
Wikinews articles; see its README) and scores both extractors with
``newslab.scoring.score_figures``: spans match when their characters overlap,
value accuracy is measured on matched figures (a range needs both ends),
strict (optional gold items ignored) and lenient (optional items don't-care).

quantulum3 reports a range ('20-30%') as its mean with an uncertainty; this
script turns that into low = mean - uncertainty and high = mean + uncertainty,
so both tools are scored on the same terms.

Speed: newslab's extractor runs on already parsed Docs (spaCy's parse is paid
once by ``newslab.analyze`` for every table) and is reported alone and with
the parse; quantulum3 runs on raw text after a warm-up call.

Usage::

    .venv/bin/python benchmarks/figures_vs_quantulum.py [--dev PATH] [--repeat 3] [--corpus N]

``--corpus N`` also times both tools on the first N articles of
../shared/corpus/wikinews-4722.jsonl (no quality numbers there: no gold).
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev" / "wikinews-dev20.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-4722.jsonl"

_QUANTULUM_KINDS = {"currency": "money", "dimensionless": "count", "time": "duration"}


def _records(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def newslab_figures(records: list[dict], docs: list) -> pd.DataFrame:
    from newslab.figures import extract_figures

    frames = []
    for rec, doc in zip(records, docs):
        df = extract_figures(doc)
        df.insert(0, "article_id", rec["id"])
        frames.append(df)
    return pd.concat(frames, ignore_index=True)


def quantulum_figures(records: list[dict]) -> pd.DataFrame:
    from quantulum3 import parser

    rows = []
    for rec in records:
        for q in parser.parse(rec["text"]):
            unc = q.uncertainty or 0.0
            entity = q.unit.entity.name if q.unit is not None and q.unit.entity is not None else ""
            kind = "percent" if q.unit is not None and q.unit.name == "percentage" else _QUANTULUM_KINDS.get(entity, "quantity")
            rows.append({
                "article_id": rec["id"], "start_char": q.span[0], "end_char": q.span[1], "kind": kind,
                "value": float(q.value) if not unc else float("nan"),
                "low": float(q.value) - unc, "high": float(q.value) + unc,
            })
    return pd.DataFrame(rows, columns=["article_id", "start_char", "end_char", "kind", "value", "low", "high"])


def _best(fn, repeat: int) -> tuple[float, object]:  # noqa: ANN001
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", type=int, default=0, help="also time on the first N corpus articles")
    args = ap.parse_args()

    from newslab.scoring import score_figures
    from newslab.model import load_pipeline

    records = _records(args.dev)
    texts = [r["text"] for r in records]
    n_words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline()
    list(nlp.pipe(texts[:2]))  # warm-up
    t_parse, docs = _best(lambda: list(nlp.pipe(texts)), 1)
    t_ours, ours = _best(lambda: newslab_figures(records, docs), args.repeat)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns that its optional classifier is absent
        from quantulum3 import parser

        parser.parse("warm up 3 km and $5")
        t_theirs, theirs = _best(lambda: quantulum_figures(records), max(1, args.repeat - 1))

    rows = []
    per_kind = {}
    for name, pred, seconds, total in (
        ("newslab", ours, t_ours, t_ours + t_parse),
        ("quantulum3", theirs, t_theirs, t_theirs),
    ):
        scores = score_figures(pred, records)
        per_kind[name] = scores
        for mode in ("strict", "lenient"):
            s = scores[(scores["mode"] == mode) & (scores["kind"] == "all")].iloc[0]
            rows.append({
                "system": name, "mode": mode, "n_pred": int(s["n_pred"]), "tp": int(s["tp"]), "fp": int(s["fp"]),
                "fn": int(s["fn"]), "precision": s["precision"], "recall": s["recall"], "f1": s["f1"],
                "exact_f1": s["exact_f1"], "value_acc": s["value_accuracy"],
                "ms_per_article": 1000 * seconds / len(records), "words_per_s": n_words / seconds,
                "words_per_s_with_parse": n_words / total,
            })
    table = pd.DataFrame(rows)
    pd.set_option("display.width", 200)
    print(f"Dev set: {len(records)} articles, {n_words} words, "
          f"{sum(len(r['figures']) for r in records)} gold figures "
          f"(+{sum(len(r.get('figures_optional', [])) for r in records)} optional).")
    print(f"spaCy parse (paid once for all newslab tables): {t_parse:.2f} s = {n_words / t_parse:,.0f} words/s\n")
    print(table.to_string(index=False, float_format=lambda x: f"{x:,.3f}" if abs(x) < 100 else f"{x:,.0f}"))
    print("\nStrict recall and value accuracy by gold kind:")
    kinds = per_kind["newslab"][(per_kind["newslab"]["mode"] == "strict") & (per_kind["newslab"]["kind"] != "all")]
    side = []
    for kind in kinds["kind"]:
        row = {"kind": kind}
        for name, scores in per_kind.items():
            s = scores[(scores["mode"] == "strict") & (scores["kind"] == kind)]
            if len(s):
                s = s.iloc[0]
                row[f"{name} recall"] = s["recall"]
                row[f"{name} value_acc"] = s["value_accuracy"]
                row[f"{name} fp"] = int(s["fp"])
        side.append(row)
    print(pd.DataFrame(side).to_string(index=False, float_format=lambda x: f"{x:.3f}"))

    if args.corpus:
        corpus = _records(CORPUS)[: args.corpus]
        ctexts = [r["text"] for r in corpus]
        cwords = sum(len(t.split()) for t in ctexts)
        t_cparse, cdocs = _best(lambda: list(nlp.pipe(ctexts)), 1)
        t_cours, _ = _best(lambda: newslab_figures(corpus, cdocs), 1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            t_ctheirs, _ = _best(lambda: quantulum_figures(corpus), 1)
        print(f"\nCorpus timing on {len(corpus)} articles ({cwords} words):")
        print(f"  spaCy parse        {cwords / t_cparse:>12,.0f} words/s")
        print(f"  newslab figures    {cwords / t_cours:>12,.0f} words/s  (extraction on parsed Docs: "
              f"{100 * t_cours / t_cparse:.1f}% of the parse time)")
        print(f"  quantulum3         {cwords / t_ctheirs:>12,.0f} words/s")


if __name__ == "__main__":
    main()
