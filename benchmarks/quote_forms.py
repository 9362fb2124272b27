"""Count the statement forms newslab does not read yet, in the gold and in unannotated news.

For every gold statement of the annotated sets (dev-20, heldout-a12/b12/c10 and the retired fresh
sets; texts from the corpus by id) the form of the statement is classified from the text around
its span, and the statement is scored against the rows of the code on PYTHONPATH
(``newslab.scoring.compare_quotes``): found with the exact span, found with another span, or
missed. The forms:

- ``single``: direct speech between single quotation marks ('He said, \\'We want ...\\'');
- ``what-calls``: a free relative with its own naming cue ('in what he calls "the mother of all storms"');
- ``interview``: a transcript line tagged with a speaker ('Q:', 'A:', 'SMITH:', 'John Smith:');
- ``colon-block``: a block quotation after a colon that runs over several sentences;
- ``continued``: a quotation over several paragraphs (a new paragraph opens with a quotation mark
  while the previous one left its quotation open).

With ``--corpus N`` it also counts how often each form occurs at all in N corpus articles that are
in no gold set and not in ``data/gold/heldout/read-ids.txt`` (or the id list NEWSLAB_EXCLUDE names).

Usage::

    PYTHONPATH=$PWD NEWSLAB_SHARED=/work/shared .venv/bin/python benchmarks/quote_forms.py [--corpus 300] [--examples FORM]
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from span_ends import SETS, SHARED, _articles  # noqa: E402

SQ_OPEN = "'‘"
SQ_CLOSE = "'’"
DQ = '"“”„«»'
_WHAT_CALLS = re.compile(r"\bwhat (?:he|she|they|it|we|I|[A-Z][\w.-]+(?: [A-Z][\w.-]+)*) (?:calls?|called|describe[sd]?|terms?|termed|dubs?|dubbed|refers? to as|referred to as|labels?|labelled|labeled)\b")
_TAG = re.compile(r"^[ \t]*(?:Q|A|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]+\S", re.MULTILINE)
_SENT_GAP = re.compile(r"[.!?…][\"”’']?\s+[\"“‘']?[A-Z]")
_SQ_PASSAGE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–:]))['‘](?=[\w“\"])([^\n]*?)['’](?=[\s,;:.)\]—–!?]|$)", re.MULTILINE)


def _para(text: str, i: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    return a, (len(text) if b < 0 else b)


def forms(text: str, s: int, e: int) -> list[str]:
    """The forms of the statement at ``text[s:e]``."""
    out = []
    j = s - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    before = text[j] if j >= 0 else "\n"
    k = e
    while k < len(text) and text[k] in " \t.,!?":
        k += 1
    span = text[s:e]
    opener = before if before in SQ_OPEN + DQ else (span[:1] if span[:1] in SQ_OPEN + DQ else "")
    if opener in SQ_OPEN and opener and (j < 1 or not text[j - 1].isalnum()):
        out.append("single")
    ctx = text[max(0, s - 80):e]
    if _WHAT_CALLS.search(ctx):
        out.append("what-calls")
    a, _ = _para(text, s)
    if _TAG.match(text, a) and text[a:s].count(":") >= 1 and s - a < 60:
        out.append("interview")
    k0 = j
    while k0 >= 0 and text[k0] in DQ + SQ_OPEN + " \n\t":
        k0 -= 1
    if k0 >= 0 and text[k0] == ":" and len(_SENT_GAP.findall(span)) >= 1:
        out.append("colon-block")
    prev_para_end = a - 1
    while prev_para_end > 0 and text[prev_para_end] in " \t\n":
        prev_para_end -= 1
    if "\n" in span.strip():
        out.append("continued")
    elif a > 0 and text[a:s + 1].lstrip()[:1] in '"“' and _open_left(text[_para(text, prev_para_end)[0]:prev_para_end + 1]):
        out.append("continued")
    return out


def _open_left(p: str) -> bool:
    """Whether paragraph ``p`` leaves a double quotation open at its end."""
    return p.count('"') % 2 == 1 or p.count("“") > p.count("”")


def corpus_forms(text: str) -> Counter:
    """How often each form occurs in an article (text only; no gold)."""
    c: Counter = Counter()
    for m in _SQ_PASSAGE.finditer(text):
        words = len(m.group(1).split())
        if words >= 4 and m.group(1).rstrip()[-1:] in ",.!?…":
            c["single (4+ words, own punctuation)"] += 1
        elif words >= 4:
            c["single (4+ words, no punctuation)"] += 1
        else:
            c["single (1-3 words: titles, scare quotes)"] += 1
    if _WHAT_CALLS.search(text):
        c["what-calls"] += len(_WHAT_CALLS.findall(text))
    tags = _TAG.findall(text)
    if len(tags) >= 2:
        c["interview (2+ tagged lines)"] += len(tags)
    for m in re.finditer(r":\s*[\"“]([^\"”\n]+)[\"”]", text):
        if _SENT_GAP.search(m.group(1)):
            c["colon-block"] += 1
    paras = [p for p in text.split("\n") if p.strip()]
    for p, q in zip(paras, paras[1:]):
        if q.lstrip()[:1] in '"“' and _open_left(p):
            c["continued"] += 1
    return c


def main(argv: list[str]) -> int:
    import pandas as pd

    import newslab as nl
    from newslab import scoring
    from newslab.model import load_pipeline

    show = argv[argv.index("--examples") + 1] if "--examples" in argv else None
    ncorpus = int(argv[argv.index("--corpus") + 1]) if "--corpus" in argv else 0
    nlp = load_pipeline()
    arts = _articles()
    recs = [{**a, "text": t} for _, a, t in arts]
    names = [n for n, _, _ in arts]
    tables = nl.analyze(pd.DataFrame([{"id": r["id"], "text": r["text"], "title": r.get("title", "")} for r in recs]), nlp=nlp)
    cmp = scoring.compare_quotes(recs, tables.quotes)
    texts = {str(r["id"]): r["text"] for r in recs}
    set_of = {str(r["id"]): n for n, r in zip(names, recs)}
    counts: dict[str, Counter] = defaultdict(Counter)
    sets: dict[str, set] = defaultdict(set)
    ex = defaultdict(list)
    total = 0
    for row in cmp.itertuples():
        if row.status in ("extra", "optional") or not isinstance(row.gold_text, str):
            continue
        total += 1
        text = texts[row.article_id]
        s = int(row.start_char)
        e = s + len(row.gold_text)
        verdict = "missed" if row.status == "missed" else ("exact" if row.exact else "other span")
        for f in forms(text, s, e):
            counts[f][verdict] += 1
            counts[f][row.gold_kind] += 1
            sets[f].add(set_of[row.article_id])
            if show in (f, "all"):
                ex[f].append(f"{set_of[row.article_id]} {row.article_id} [{verdict}/{row.status}] ...{text[max(0, s - 70):s]}[[{row.gold_text[:200]}]]{text[e:e + 40]}  PRED: {row.pred_text if isinstance(row.pred_text, str) else ''}")
    print(f"{total} gold statements in {len(recs)} articles\n")
    print("| form | gold statements | found, exact span | found, other span | missed | sets |\n|---|---|---|---|---|---|")
    for f, c in sorted(counts.items(), key=lambda kv: -(kv[1]['missed'] + kv[1]['other span'])):
        n = c["exact"] + c["other span"] + c["missed"]
        print(f"| {f} | {n} | {c['exact']} | {c['other span']} | {c['missed']} | {len(sets[f])} |")
    for f, lines in ex.items():
        print("\n##", f)
        for line in lines:
            print(" ", line.replace("\n", " / "))
    if ncorpus:
        exclude = set(Path(os.environ.get("NEWSLAB_EXCLUDE", Path(__file__).resolve().parent.parent / "data" / "gold" / "heldout" / "read-ids.txt")).read_text().split())
        exclude |= set(texts)
        found: Counter = Counter()
        per_art: Counter = Counter()
        n = 0
        with open(SHARED / "corpus" / "wikinews-4722.jsonl", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                a = json.loads(line)
                if a["id"] in exclude or i % 7:
                    continue
                c = corpus_forms(a["text"])
                found.update(c)
                per_art.update(c.keys())
                n += 1
                if n >= ncorpus:
                    break
        print(f"\n{n} unannotated corpus articles\n\n| form | occurrences | articles |\n|---|---|---|")
        for f in sorted(found):
            print(f"| {f} | {found[f]} | {per_art[f]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
