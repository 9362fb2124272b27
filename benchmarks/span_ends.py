"""Count how the gold ends a statement before, or after, the constructions that can follow it.

For every gold statement of the annotated sets (dev-20, heldout-a12/b12/c10 and the retired
fresh-d32 ... fresh-t40, :data:`accuracy.RETIRED_FRESH`; texts from the corpus by id), the spaCy parse of its text is searched for
constructions that begin right after the statement's end or end the statement: a participle
after a comma (', marking the worst drop-off since ...'; ', citing tough challenges'), a ', which'
or ', who' clause, a noun's participle modifier ('the scheme introduced by ...'), a verb joined by
'and'/'but' with no subject of its own, a clause joined by 'and'/'but' with a subject of its own
(split by whether it holds a reporting verb with what it reports: 'and India joined in by saying
that ...'), a prepositional setting of the speech act ('in an interview on CBC Radio'), an adverbial
clause with a subordinator ('after he ruled ...'). Each construction is
counted as *kept* (the gold span runs to its end) or *cut* (the gold span ends where it begins),
split by where its parse head lies (inside the statement, or outside: the cue verb). Rules for
the end of a statement are written only for sub-classes the gold treats consistently.

Usage::

    PYTHONPATH=$PWD NEWSLAB_SHARED=/work/shared .venv/bin/python benchmarks/span_ends.py [--examples CLASS]
    PYTHONPATH=$PWD NEWSLAB_SHARED=/work/shared .venv/bin/python benchmarks/span_ends.py --against DIR [--examples CLASS]
    PYTHONPATH=$PWD .venv/bin/python benchmarks/span_ends.py --errors DIR [DIR2]

``--against DIR`` (an ``errors.py`` output of the checkout under test) adds, for each construction, how
that checkout's rows end the same gold items: the row over the gold item (matched, or an extra or
optional row of the article overlapping it) runs over the construction (*kept*), stops where it
begins (*cut*), or neither (another end, or no row), and how many gold items the two treat the
opposite way, with the number of sets the construction occurs in. A rule for an end is worth writing
only where the gold is consistent and the rows are not.

``--errors`` counts statement-end *errors* instead, from the error lists of ``benchmarks/errors.py``
(``DIR/<set>.tsv``, retired sets only): a gold item missed while an extra row of the same article
shares words with it (the row ran on, stopped short, or merged two statements), by the words
where the two spans part. With a second DIR, the two runs side by side (before, after).
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import RETIRED_FRESH  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSLAB_SHARED", ROOT.parent / "shared"))
# The fresh set that measures the coming release is never counted (only heldout-* and the retired fresh sets).
SETS = {"dev20": SHARED / "dev" / "wikinews-dev20.jsonl"} | {
    p.stem: p for p in sorted((ROOT / "data" / "gold" / "heldout").glob("*.jsonl"))
    if not p.stem.startswith("fresh-") or p.stem in RETIRED_FRESH}

SPEECH_PARTICIPLES = frozenset({"cite", "say", "add", "note", "call", "claim", "argue", "accuse", "insist", "warn",
                                "describe", "explain", "tell", "state", "suggest", "urge", "point", "refer", "blame", "ask", "hint", "announce", "report", "reveal", "stress", "admit", "deny", "promise", "predict", "vow", "acknowledge", "emphasize", "emphasise", "indicate"})
SETTING_NOUNS = frozenset({"interview", "statement", "speech", "letter", "release", "conference", "briefing", "broadcast", "address"})
MARKS = ("after", "before", "when", "because", "as", "since", "until", "unless", "if", "while", "although", "though", "so")


def _articles() -> list[tuple[str, dict, str]]:
    texts: dict[str, str] = {}
    need = set()
    items = []
    for name, path in SETS.items():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                a = json.loads(line)
                items.append((name, a))
                if "text" not in a:
                    need.add(a["id"])
    with open(SHARED / "corpus" / "wikinews-4722.jsonl", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] in need:
                texts[a["id"]] = a["text"]
    return [(name, a, a.get("text") or texts[a["id"]]) for name, a in items]


CUES = None


def classify(t) -> str | None:  # noqa: ANN001 - a spaCy Token
    """The sub-class of the construction headed by ``t``, or None."""
    doc = t.doc
    comma = t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
    if t.tag_ == "VBG" and t.dep_ in ("advcl", "acl", "conj", "xcomp") and t.left_edge.i == t.i and comma:
        to = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in t.children)
        frame = CUES.verbs.get(t.lemma_.lower())
        said = any(c.dep_ in ("ccomp", "xcomp") for c in t.children) or (t.i + 1 < len(doc) and (doc[t.i + 1].is_quote or doc[t.i + 1].text == ":"))
        said = said or (frame == "quote_only" and any(c.dep_ == "dobj" for c in t.children))
        second = any(doc[j].lower_ in ("and", "but") and doc[j + 1].lower_ == "that" for j in range(t.i + 1, t.right_edge.i))
        if frame not in (None, "np_quote") and said and not to and not second:
            return "participle of a reporting verb with what it reports"
        return "participle, other verb"
    if t.tag_ == "VBN" and t.dep_ in ("advcl", "acl") and comma and t.left_edge.i == t.i:
        return "past participle after comma"
    if t.dep_ == "relcl" and comma and doc[t.left_edge.i].lower_ in ("which", "who", "whom", "whose", "where"):
        return f", {'which' if doc[t.left_edge.i].lower_ == 'which' else 'who/where'} clause"
    if t.dep_ == "acl" and t.tag_ in ("VBN", "VBG") and not comma and t.head.pos_ in ("NOUN", "PROPN") and t.left_edge.i == t.i:
        return "noun + participle (no comma)"
    if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
        cc = [c for c in t.head.children if c.dep_ == "cc" and t.head.i < c.i < t.i]
        if cc and not any(c.lower_ == "that" and c.dep_ == "mark" for c in t.children):
            h = t.head
            simple_past_head = h.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in h.children)
            if CUES.verbs.get(t.lemma_.lower(), "quote_only") not in ("quote_only", "np_quote") and t.tag_ == "VBD" and not simple_past_head:
                return "and/but + reporting verb in the past, statement not simple past"
            simple_present_head = h.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in h.children)
            if CUES.verbs.get(t.lemma_.lower(), "quote_only") not in ("quote_only", "np_quote") and t.tag_ == "VBZ" and not simple_present_head:
                return "and/but + reporting verb in the present, statement not simple present"
            return "and/but + verb, no subject (other)"
    if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > t.head.i for c in t.children):
        # 'added that A and India joined the chorus by saying that B': a clause with a subject of its
        # own; split by whether it holds a reporting act of its own (a cue verb with what it reports).
        own_cue = any(CUES.verbs.get(x.lemma_.lower(), "quote_only") not in ("quote_only", "np_quote") and x.pos_ == "VERB"
                      and any(c.dep_ in ("ccomp", "xcomp") for c in x.children) for x in t.subtree)
        return f"and/but + clause with its own subject, {'with' if own_cue else 'no'} reporting verb of its own"
    if t.dep_ == "prep" and t.lower_ in ("in", "on", "during", "at", "to", "via", "through") and t.head.pos_ in ("VERB", "AUX"):
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.lemma_.lower() in SETTING_NOUNS and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in pobj.children):
            return "prep: setting of a speech act"
    if t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX"):
        mark = next((c for c in t.children if c.dep_ == "mark" and c.i == t.left_edge.i), None)
        if mark is not None and mark.lower_ in MARKS:
            return f"advcl '{mark.lower_}'" if mark.lower_ in ("after", "when", "as", "because", "while", "before", "if", "so") else "advcl other mark"
    return None


#: Openings of the words where a run-on row goes past its gold item, or where a cut row stops (surface classes).
_PART_CLASSES = (
    ("coordinated reporting participle (', and stating that')", lambda w: len(w) > 1 and w[0] in ("and", "but") and (w[1].endswith("ing") or len(w) > 2 and w[2].endswith("ing"))),
    ("second clause after ', but (that)'", lambda w: w[:1] == ["but"]),
    ("second clause after ', and (that)'", lambda w: w[:1] == ["and"]),
    ("adverbial clause ('when', 'after', 'while', ...)", lambda w: w[:1] and w[0] in MARKS),
    ("reason or setting phrase ('due to', 'in an interview')", lambda w: w[:2] in (["due", "to"], ["in", "an"], ["in", "a"]) or w[:1] == ["because"]),
    ("relative clause or participle (', which', ', saying')", lambda w: w[:1] and (w[0] in ("which", "who", "where") or w[0].endswith("ing") or w[0].endswith("ed"))),
    ("cue or source words ('wrote X', 'according to')", lambda w: w[:2] == ["according", "to"] or (w[:1] and w[0] in ("wrote", "said", "says", "told", "added"))),
)


def _words(text: str) -> list[str]:
    import re
    return re.findall(r"[\w'+]+", text.lower())


def _part_class(gold: str, pred: str) -> str:
    g, p = _words(gold), _words(pred)
    if len(p) > len(g):
        k = next((i for i in range(len(p) - len(g) + 1) if p[i:i + len(g)] == g), None)
        rest = p[k + len(g):] if k is not None else p[len(g):]
        side = "run on"
    else:
        k = next((i for i in range(len(g) - len(p) + 1) if g[i:i + len(p)] == p), None)
        rest = g[k + len(p):] if k is not None else g[len(p):]
        side = "cut short"
    if not rest:
        return f"{side}: other (start differs)"
    for name, test in _PART_CLASSES:
        if test(rest):
            return f"{side}: {name}"
    return f"{side}: other"


def span_end_errors(run: Path) -> Counter:
    """Statement-end errors of one error-list run (``errors.py`` output), by class; retired sets only."""
    import csv
    counts: Counter = Counter()
    for tsv in sorted(run.glob("*.tsv")):
        if f"fresh-{tsv.stem}" not in RETIRED_FRESH:
            continue
        rows = list(csv.DictReader(tsv.open(encoding="utf-8"), delimiter="\t"))
        extras = [r for r in rows if r["status"] == "extra"]
        for r in rows:
            if r["status"] != "missed" or r["gold_kind"] == "direct":
                continue
            gw = set(_words(r["gold_text"]))
            for e in extras:
                if e["article_id"] == r["article_id"] and len(gw & set(_words(e["pred_text"]))) >= max(2, len(gw) // 3):
                    counts[_part_class(r["gold_text"], e["pred_text"])] += 1
                    counts["total"] += 1
                    break
    return counts


def errors_main(dirs: list[str]) -> int:
    runs = [span_end_errors(Path(d)) for d in dirs]
    keys = sorted(set().union(*runs) - {"total"}) + ["total"]
    print("| where the row and the gold item part | " + " | ".join(Path(d).name for d in dirs) + " |")
    print("|---|" + "---|" * len(dirs))
    for k in keys:
        print(f"| {k} | " + " | ".join(str(r.get(k, 0)) for r in runs) + " |")
    return 0


def _short_set(name: str) -> str:
    """The ``errors.py`` name of a set of :data:`SETS` ('dev20' -> 'dev-20', 'fresh-t40' -> 't40')."""
    return "dev-20" if name == "dev20" else name.split("-", 1)[1]


def _row_end(rows: list[dict], art_id: str, gs: int, ge: int, cs: int, ce: int) -> str:
    """How the row over the gold item gs:ge ends at the construction cs:ce: 'kept', 'cut' or 'other'."""
    rs = [r for r in rows if r["article_id"] == art_id]
    m = [r for r in rs if r["gold_text"] and r["start_char"] and int(r["start_char"]) == gs and r["pred_text"]]
    m = m or [r for r in rs if r["status"] in ("extra", "optional") and r["pred_start_char"]
              and int(r["pred_start_char"]) < ge and int(r["pred_start_char"]) + len(r["pred_text"]) > gs]
    if not m:
        return "other"
    pe = int(m[0]["pred_start_char"]) + len(m[0]["pred_text"])
    return "kept" if pe >= ce - 3 else ("cut" if pe <= cs + 2 else "other")


def main(argv: list[str]) -> int:
    import spacy  # noqa: F401
    from newslab.model import load_pipeline

    if argv[:1] == ["--errors"]:
        return errors_main(argv[1:])
    against = None
    if argv[:1] == ["--against"]:
        against, argv = Path(argv[1]), argv[2:]
    show = argv[1] if len(argv) > 1 and argv[0] == "--examples" else None
    runs: dict[str, list[dict]] = {}
    if against is not None:
        import csv
        csv.field_size_limit(1 << 30)
        for name in SETS:
            with open(against / f"{_short_set(name)}.tsv", encoding="utf-8", newline="") as f:
                runs[name] = list(csv.DictReader(f, delimiter="\t"))
    rows_end: dict[tuple[str, str], Counter] = defaultdict(Counter)
    in_sets: dict[tuple[str, str], set] = defaultdict(set)
    global CUES
    from newslab.quotes.lexicon import load_cues
    CUES = load_cues()
    nlp = load_pipeline()
    arts = _articles()
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    examples: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for (name, art, text), doc in zip(arts, nlp.pipe([t for _, _, t in arts], batch_size=8)):
        for q in art.get("quotes", []):
            if q.get("kind") == "direct":
                continue
            gs, ge = q["start"], q["end"]
            while ge > gs and text[ge - 1] in " \n":
                ge -= 1
            toks = [t for t in doc if gs <= t.idx < ge]
            if not toks:
                continue
            ids = {t.i for t in toks}
            sents = {toks[-1].sent.start}
            for t in doc[toks[-1].sent.start:toks[-1].sent.end]:
                cls = classify(t)
                if cls is None:
                    continue
                k = t.left_edge.i
                while k > 0 and (doc[k - 1].text in (",", ";") or doc[k - 1].dep_ == "cc" and doc[k - 1].head.i == t.head.i):
                    k -= 1
                cs = doc[k].idx
                r = t.right_edge
                ce = r.idx + len(r.text)
                where = "head inside" if t.head.i in ids else ("head outside" if t.head.i not in ids else "")
                if cs >= gs and cs > toks[0].idx and ge - 3 <= ce <= ge + 2 and cs < ge - 1:
                    verdict = "kept"
                elif ge - 1 <= cs <= ge + 2 and any(x.i in ids for x in t.head.subtree):
                    verdict = "cut"
                else:
                    continue
                counts[(cls, where)][verdict] += 1
                in_sets[(cls, where)].add(name)
                row = ""
                if against is not None:
                    row = _row_end(runs[name], art["id"], gs, ge, cs, ce)
                    rows_end[(cls, where)][(verdict, row)] += 1
                    row = f" (rows: {row})"
                if show and cls.startswith(show):
                    s = t.sent
                    examples[(cls, where, verdict)].append(
                        f"{name} {art['id']}{row}: ...{text[max(s.start_char, gs - 60):gs]}[[{text[gs:ge]}]]{text[ge:min(s.end_char, ge + 120)]}")
                del sents
                sents = set()
    extra = " rows kept | rows cut | rows other | gold and rows opposite |" if against is not None else ""
    print(f"| construction after/at the end of a statement | parse head | kept | cut | share cut | sets |{extra}")
    print("|---|---|---|---|---|---|" + ("---|---|---|---|" if against is not None else ""))
    for (cls, where), c in sorted(counts.items()):
        n = c["kept"] + c["cut"]
        cols = ""
        if against is not None:
            r = rows_end[(cls, where)]
            rk = sum(v for (g, m), v in r.items() if m == "kept")
            rc = sum(v for (g, m), v in r.items() if m == "cut")
            cols = f" {rk} | {rc} | {n - rk - rc} | {r[('kept', 'cut')] + r[('cut', 'kept')]} |"
        print(f"| {cls} | {where} | {c['kept']} | {c['cut']} | {c['cut'] / n:.0%} | {len(in_sets[(cls, where)])} |{cols}")
    for key, ex in sorted(examples.items()):
        print("\n##", key)
        for e in ex:
            print(" ", e.replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
