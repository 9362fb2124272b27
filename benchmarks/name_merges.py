"""Corpus-level name merging on 1,000 Wikinews articles: variant pairs before and after, and a hand check.

Analyses the first ``--n`` articles (default 1,000) of ``../shared/corpus/wikinews-4722.jsonl``
once with ``newslab analyze --n-process 2`` into ``--work`` (reused on later runs), runs
:func:`newslab.merge_names` on the result and reports:

* name-variant pairs: pairs of distinct canonical names (people, organisations, places, ...)
  that the same variant test calls two forms of one name, before and after merging. The
  test: equal once case, accents, junk (``trim_name``) and the built-in aliases are set
  aside ("America" / "United States", "a United Nations" / "United Nations"); or a PERSON
  name that is a surname, initials or first-name form of a longer PERSON name ("Bush" /
  "George W. Bush", also "Bush" / "Laura Bush": an ambiguous pair stays a pair); or an
  acronym some article resolved to a full name;
* names carrying more than one label, mentions changed and dropped;
* 50 merges drawn at random (seeded hash, seed 13) from the distinct (variant, canonical) changes, written
  with two contexts each to ``WORK/name-merges-50-contexts.txt`` for reading, and checked
  against the hand judgements in ``data/checks/name-merges-50.csv`` (a template is written
  there when it does not exist yet; fill in ``correct`` with yes or no).

Usage::

    .venv/bin/python benchmarks/name_merges.py [--n 1000] [--work DIR] [--dataset DIR]

``--dataset`` uses an already analysed dataset instead. Results go to
``benchmarks/name_merges.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-4722.jsonl"
CHECK = ROOT / "data" / "checks" / "name-merges-50.csv"
RESULTS = ROOT / "benchmarks" / "name_merges.json"
SEED = 13
SAMPLE = 50
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}


def dataset(args: argparse.Namespace) -> Path:
    if args.dataset:
        return Path(args.dataset)
    work = Path(args.work)
    out = work / f"wikinews-{args.n}"
    if (out / "manifest.json").is_file():
        return out
    work.mkdir(parents=True, exist_ok=True)
    source = work / f"wikinews-first{args.n}.jsonl"
    with CORPUS.open(encoding="utf-8") as fh, source.open("w", encoding="utf-8") as dst:
        for k, line in enumerate(fh):
            if k >= args.n:
                break
            dst.write(line)
    cmd = [sys.executable, "-m", "newslab", "analyze", str(source), "--out", str(out), "--n-process", "2", "--no-progress"]
    print("running:", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, cwd=ROOT, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    return out


def variant_pairs(entities: pd.DataFrame) -> tuple[int, list[tuple[str, str]]]:
    """Pairs of distinct canonical names the variant test calls forms of one name (see the module docstring)."""
    from newslab.entities import builtin_aliases, strip_name
    from newslab.names import _person, _person_fits, _spelling_key, trim_name

    ents = entities[entities["label"].astype(str).isin(NAME_LABELS)]
    canon = ents["canonical"].astype(str).tolist()
    labels = ents["label"].astype(str).tolist()
    majority: dict[str, Counter] = {}
    for c, lab in zip(canon, labels):
        majority.setdefault(c, Counter())[lab] += 1
    names = sorted(majority)
    aliases = builtin_aliases()
    pairs: set[tuple[str, str]] = set()

    def norm(name: str, label: str) -> str:
        t = trim_name(name, label)
        t = aliases.get(t.lower(), t)
        return _spelling_key(t)

    by_norm: dict[str, list[str]] = {}
    for n in names:
        by_norm.setdefault(norm(n, majority[n].most_common(1)[0][0]), []).append(n)
    for group in by_norm.values():
        pairs.update(combinations(sorted(group), 2))
    people = {n: p for n in names if majority[n].most_common(1)[0][0] == "PERSON" and (p := _person(n)) is not None}
    by_surname: dict[str, list[str]] = {}
    for n, p in people.items():
        by_surname.setdefault(p.tokens[-1], []).append(n)
    for group in by_surname.values():
        for a in group:
            for b in group:
                if a != b and _person_fits(people[a], people[b]):
                    pairs.add(tuple(sorted((a, b))))
    # Acronyms an article resolved to a full name, standing alone elsewhere.
    present = set(names)
    for text, c, lab in zip(ents["text"].astype(str), canon, labels):
        w = strip_name(text)
        if lab != "PERSON" and w.isupper() and len(w) >= 2 and w != c and w in present:
            pairs.add(tuple(sorted((w, c))))
    return len(pairs), sorted(pairs)


def label_splits(entities: pd.DataFrame) -> int:
    ents = entities[entities["label"].astype(str).isin(NAME_LABELS)]
    return int((ents.groupby("canonical", observed=True)["label"].nunique() > 1).sum())


def contexts(tables, merged, merges: pd.DataFrame, rng: random.Random) -> list[str]:
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"]))
    heads = dict(zip(tables.articles["article_id"], tables.articles["headline"]))
    before = tables.entities.assign(label=tables.entities["label"].astype(str))
    after = merged.entities[["article_id", "start_char", "end_char", "canonical"]].rename(columns={"canonical": "merged"})
    joined = before.merge(after, on=["article_id", "start_char", "end_char"], how="inner")
    quotes = tables.quotes.merge(merged.quotes[["article_id", "quote_id", "speaker_canonical"]],
                                 on=["article_id", "quote_id"], suffixes=("", "_merged"))
    out = []
    for k, m in enumerate(merges.itertuples(index=False), start=1):
        rows = joined[(joined["canonical"] == m.variant) & (joined["label"] == m.label_before) & (joined["merged"] == m.canonical)]
        picks = rows.sample(n=min(2, len(rows)), random_state=rng.randrange(10**6)) if len(rows) else rows
        out.append(f"[{k}] {m.variant!r} ({m.label_before}) -> {m.canonical!r} ({m.label}); {m.n_mentions} mentions in "
                   f"{m.n_articles} articles\n    reason: {m.reason}")
        if not len(rows):  # a name only a quote speaker has
            said = quotes[(quotes["speaker_canonical"] == m.variant) & (quotes["speaker_canonical_merged"] == m.canonical)]
            for r in said.head(2).itertuples(index=False):
                start = int(r.speaker_start_char) if pd.notna(r.speaker_start_char) else int(r.start_char)
                text = texts[r.article_id]
                snippet = text[max(0, start - 160) : start + 140].replace("\n", " / ")
                out.append(f"    {r.article_id} (quote speaker {r.speaker!r}): ...{snippet}...")
        for r in picks.itertuples(index=False):
            text = texts[r.article_id]
            snippet = (text[max(0, r.start_char - 160) : r.start_char] + "[[" + text[r.start_char : r.end_char] + "]]"
                       + text[r.end_char : r.end_char + 100]).replace("\n", " / ")
            out.append(f"    {r.article_id} ({heads.get(r.article_id)}): ...{snippet}...")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--work", default=str(ROOT / "benchmarks" / ".work"))
    parser.add_argument("--dataset", default=None)
    args = parser.parse_args()

    import newslab as nl

    path = dataset(args)
    tables = nl.read_tables(path)
    started = time.perf_counter()
    merged = nl.merge_names(tables)
    seconds = time.perf_counter() - started
    merges = pd.DataFrame(merged.entities.attrs["name_merges"])
    renames = merges[merges["variant"] != merges["canonical"]].reset_index(drop=True)
    n_before, pairs_before = variant_pairs(tables.entities)
    n_after, pairs_after = variant_pairs(merged.entities)
    e0, e1 = tables.entities, merged.entities
    changed = e0.merge(e1[["article_id", "start_char", "end_char", "canonical", "label"]],
                       on=["article_id", "start_char", "end_char"], suffixes=("", "_after"))
    results = {
        "dataset": str(path),
        "articles": int(len(tables.articles)),
        "entity_mentions": int(len(e0)),
        "seconds": round(seconds, 2),
        "variant_pairs_before": n_before,
        "variant_pairs_after": n_after,
        "names_before": int(e0[e0["label"].astype(str).isin(NAME_LABELS)]["canonical"].nunique()),
        "names_after": int(e1[e1["label"].astype(str).isin(NAME_LABELS)]["canonical"].nunique()),
        "names_with_several_labels_before": label_splits(e0),
        "names_with_several_labels_after": label_splits(e1),
        "mentions_renamed": int((changed["canonical"] != changed["canonical_after"]).sum()),
        "mentions_relabelled": int((changed["label"].astype(str) != changed["label_after"].astype(str)).sum()),
        "mentions_dropped": int(len(e0) - len(e1)),
        "distinct_merges": int(len(renames)),
        "speakers_renamed": int((tables.quotes["speaker_canonical"].fillna("") != merged.quotes["speaker_canonical"].fillna("")).sum()),
        "examples": {},
        "pairs_left_after": [list(p) for p in pairs_after],
    }
    for name in ["Bush", "George Bush", "G.W. Bush", "George W. Bush", "George H. W. Bush", "America", "United States"]:
        results["examples"][name] = {"before": int((e0["canonical"] == name).sum()), "after": int((e1["canonical"] == name).sum())}
    for name in ["United States", "European Union"]:
        for when, df in (("before", e0), ("after", e1)):
            counts = df[df["canonical"] == name]["label"].astype(str).value_counts()
            results["examples"][f"{name} labels {when}"] = {k: int(v) for k, v in counts.items()}

    # A merge is in the sample when its seeded hash is among the 50 smallest: the sample does not
    # shift when a rule change adds or removes other merges (as random.sample over positions would).
    rng = random.Random(SEED)
    keys = [hashlib.sha256(f"{SEED}|{m.variant}|{m.label_before}|{m.canonical}".encode()).hexdigest()
            for m in renames.itertuples(index=False)]
    chosen = sorted(sorted(range(len(renames)), key=keys.__getitem__)[:SAMPLE])
    sample = renames.iloc[chosen].reset_index(drop=True)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    (work / "name-merges-50-contexts.txt").write_text("\n".join(contexts(tables, merged, sample, rng)) + "\n", encoding="utf-8")
    if CHECK.is_file():
        check = pd.read_csv(CHECK, keep_default_na=False)
        same = list(zip(check["variant"], check["canonical"])) == list(zip(sample["variant"], sample["canonical"]))
        judged = check[check["correct"].isin(["yes", "no"])]
        results["check"] = {
            "file": str(CHECK.relative_to(ROOT)),
            "matches_this_sample": same,
            "judged": int(len(judged)),
            "correct": int((judged["correct"] == "yes").sum()),
            "precision": round(float((judged["correct"] == "yes").mean()), 3) if len(judged) else None,
        }
    else:
        CHECK.parent.mkdir(parents=True, exist_ok=True)
        template = sample[["variant", "canonical"]].assign(correct="", note="",
                                                           label_before=sample["label_before"], label=sample["label"],
                                                           n_mentions=sample["n_mentions"], reason=sample["reason"])
        template.to_csv(CHECK, index=False, lineterminator="\n")
        print(f"wrote the template {CHECK}; judge each merge (contexts in {work / 'name-merges-50-contexts.txt'})",
              file=sys.stderr)
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = {k: v for k, v in results.items() if k != "pairs_left_after"}
    print(json.dumps(summary, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
