"""Alternative ends of a reported statement's span, and the features a span model scores them by.

The rules end a reported (indirect or mixed) statement at the end of the cue's complement
(:mod:`newslab.quotes.cues`), cut before postposed attributions and second sources
(:mod:`newslab.quotes.parse`). A statement can also end at an earlier clause boundary
(the first of two clauses) or run on to a later one (a clause the parser hung outside the
complement). :func:`end_candidates` lists those ends for one row, each with general
features of the parse at the boundary (no words that name an article's people or places).

It is NOT part of newslab: it serves the experiment of ``benchmarks/span_model.py`` (see the
section "Learned statement ends" of ``docs/quotes.md`` for its negative result).
"""

from __future__ import annotations

from spacy.tokens import Token

from newslab.quotes.parse import _Context, _trim

_PUNCT = {",": "comma", ";": "semi", "—": "dash", "–": "dash", "-": "dash", "--": "dash", "(": "paren", ":": "colon"}
_COORD = frozenset({"and", "but", "or", "nor", "yet"})
_SUBORD = frozenset({"after", "before", "when", "because", "as", "since", "until", "unless", "if", "while", "although",
                     "though", "whereas", "so", "once", "despite"})
_WH = frozenset({"which", "who", "whom", "whose", "where", "what"})
_PRON = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_DANGLING = frozenset({"and", "but", "yet", "or", "nor", "while", "whereas"})


def _bin(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _next_class(ctx: _Context, t: Token) -> str:
    low = t.lower_
    if t.is_quote or t.text in ("“", "”", "\"", "«", "»"):
        return "quote"
    if low in _COORD:
        return "coord"
    if low == "that":
        return "that"
    if low in _WH:
        return "wh"
    if low in _SUBORD or t.dep_ == "mark":
        return "subord"
    if low == "according":
        return "according"
    if t.tag_ == "VBG":
        return "vbg_cue" if t.lemma_.lower() in ctx.cues.verbs else "vbg"
    if t.tag_ == "VBN":
        return "vbn"
    if low in _PRON and t.dep_ in ("nsubj", "nsubjpass"):
        return "pron_subj"
    if t.pos_ == "PROPN":
        return "propn"
    if t.pos_ in ("DET", "NUM", "ADP", "ADV", "VERB", "AUX", "NOUN", "ADJ", "PRON"):
        return t.pos_.lower()
    return "other"


def _clause_top(t: Token, lo: int, hi: int) -> Token:
    """The highest ancestor of ``t`` inside tokens ``lo`` .. ``hi`` - 1."""
    top = t
    while top.head.i != top.i and lo <= top.head.i < hi:
        top = top.head
    return top


def end_candidates(ctx: _Context, start: int, end: int, *, kind: str, cue, how: str = "",
                   limit: int | None = None) -> list[tuple[int, int, dict[str, float]]]:  # noqa: ANN001 - a _Cue
    """The alternative token ends of a statement spanning tokens ``start`` .. ``end`` - 1.

    Args:
        ctx: The quote rules' per-Doc context.
        start, end: The rules' span of the statement (token range).
        kind: The row's kind ("indirect" or "mixed").
        cue: The row's cue (its frame, verb and complement are features).
        how: How the rules paired the row with its cue.
        limit: A token index the span may not run past (the next row or cue).

    Returns:
        ``(start, end, features)`` for each distinct trimmed end, the rules' own end first.
    """
    doc = ctx.doc
    sent = doc[end - 1].sent
    hi = sent.end
    if limit is not None:
        hi = min(hi, limit)
    for i in range(end, hi):
        if doc[i].is_space and "\n" in doc[i].text:
            hi = i
            break
    content_end = cue.content[1] if cue is not None and cue.content is not None else end
    verb = cue.verb if cue is not None else None
    base = {f"frame={getattr(cue, 'frame', '')}": 1.0, f"kind={kind}": 1.0, f"side={getattr(cue, 'side', '')}": 1.0,
            f"how={how}": 1.0}
    raw: list[int] = [end]
    for k in range(start + 2, max(hi, end) + 1):
        if k == end:
            continue
        if k == hi or k == sent.end:
            raw.append(k)
            continue
        t = doc[k]
        if ctx.in_quote[k] and ctx.in_quote[k - 1]:
            continue
        if t.text in _PUNCT or (t.lower_ in _COORD | _SUBORD and t.dep_ in ("cc", "mark", "prep", "advmod")) or (
                t.lower_ in _WH and t.dep_ != "ROOT" and t.i > start + 1):
            raw.append(k)
    out: list[tuple[int, int, dict[str, float]]] = []
    seen: set[int] = set()
    for k in raw:
        b = k
        while b > start and (doc[b - 1].lower_ in _DANGLING and doc[b - 1].dep_ in ("cc", "mark", "advmod", "prep")
                             or doc[b - 1].text in (",", ";", "—", "-", "–") or doc[b - 1].is_space):
            b -= 1
        a, b = _trim(ctx, start, b)
        if b <= a or b in seen:
            continue
        seen.add(b)
        f = dict(base)
        rules = b == end or k == end
        f["rules"] = 1.0 if rules else 0.0
        words_before = sum(1 for t in doc[start:b] if not t.is_punct and not t.is_space)
        words_after = sum(1 for t in doc[b:sent.end] if not t.is_punct and not t.is_space)
        if not rules:
            moved = sum(1 for t in doc[min(b, end):max(b, end)] if not t.is_punct and not t.is_space)
            d = "ext" if b > end else "cut"
            f[d] = 1.0
            f[f"{d}_words{_bin(moved, (3, 8, 15))}"] = 1.0
            f[f"{d}_frame={getattr(cue, 'frame', '')}"] = 1.0
            f[f"{d}_kind={kind}"] = 1.0
            f[f"{d}_comp{'<' if b < content_end else '=' if b == content_end else '>'}"] = 1.0
            f[f"{d}_after{_bin(words_after, (0, 5, 15))}"] = 1.0
            f[f"{d}_len{_bin(words_before, (5, 12, 25))}"] = 1.0
            # What stands at the boundary and after it.
            j = b
            while j < len(doc) and j < sent.end and (doc[j].is_space or doc[j].text in ('"', "”", "’", ")")):
                j += 1
            if j >= sent.end:
                f[f"{d}_bnd=end"] = 1.0
            else:
                bt = doc[j]
                btype = _PUNCT.get(bt.text, None)
                nxt = bt
                if btype is not None and j + 1 < sent.end:
                    nxt = doc[j + 1]
                btype = btype or "none"
                ncls = _next_class(ctx, nxt)
                f[f"{d}_bnd={btype}"] = 1.0
                f[f"{d}_next={ncls}"] = 1.0
                f[f"{d}_bnd_next={btype}|{ncls}"] = 1.0
                f[f"{d}_nextdep={nxt.dep_}"] = 1.0
                top = _clause_top(nxt, nxt.i, sent.end)
                h = top.head
                where = "root" if h.i == top.i else "in" if start <= h.i < b else "cue" if verb is not None and h.i == verb.i else "before" if h.i < start else "after"
                f[f"{d}_att={where}"] = 1.0
                f[f"{d}_att_dep={where}|{top.dep_}"] = 1.0
                f[f"{d}_toppos={top.pos_}"] = 1.0
                if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in top.children):
                    f[f"{d}_ownsubj"] = 1.0
                if any(ctx.cues.verbs.get(t.lemma_.lower()) for t in doc[j:min(sent.end, j + 4)] if t.pos_ == "VERB"):
                    f[f"{d}_cue_near"] = 1.0
            if d == "ext" and any(ctx.in_quote[i] for i in range(end, b)):
                f["ext_quote"] = 1.0
        out.append((a, b, f))
    out.sort(key=lambda x: (not x[2]["rules"], x[1]))
    return out
