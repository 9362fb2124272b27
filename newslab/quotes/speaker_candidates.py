"""Candidate speakers of a statement, with general structural features (for a learned re-ranker).

For each quote row the rules choose one speaker. :func:`row_candidates` lists that
choice together with the other people and organisations that could have said it:
the named entities (PERSON, ORG, GPE, NORP) outside the statement in its first
sentence and the sentence before (the same neighbourhood the confidence feature
``rivals`` counts, :func:`newslab.quotes.extract._rivals`), and the speaker of the
previous statement. Each candidate carries one-hot features that describe its
relation to the statement and its cue in terms that hold for any article: the
syntactic relation to the cue (subject, passive agent, "according to", apposition,
...), the distance in tokens and sentences, whether it stands inside a quotation,
its entity label, whether it was the previous speaker, whether the rules chose it
and by which path. No word lists.

``benchmarks/speaker_rerank.py`` fits a logistic regression on these features
against the annotated sets and reports a leave-one-set-out comparison with the
rules alone. The re-ranker is an experiment: see docs/attribution.md, "Learned
speaker choice", for the result.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Token

from newslab.quotes.parse import _Context

__all__ = ["Candidate", "row_candidates"]

_LABEL_TYPE = {"PERSON": "person", "ORG": "organization", "GPE": "organization", "NORP": "organization"}


@dataclass
class Candidate:
    """One possible speaker of a statement and its features."""

    canonical: str
    type: str
    source: str  # "rules", "entity" or "previous"
    features: list[str] = field(default_factory=list)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _head_of(ctx: _Context, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens covering characters ``start``..``end``."""
    doc = ctx.doc
    if start is None or end is None or end <= start or not len(doc):
        return None
    a, b = ctx.token_at(start), ctx.token_at(max(start, end - 1)) + 1
    for t in doc[a:b]:
        if not (a <= t.head.i < b) or t.head.i == t.i:
            return t
    return doc[a]


def _relation(head: Token | None, cue_tokens: set[int]) -> str:
    """How a mention's head relates to the cue: a structural family, no words of one article."""
    if head is None:
        return "none"
    dep, up = head.dep_, head.head
    if dep in ("nsubj", "nsubjpass") and up.i in cue_tokens:
        return "subject_of_cue"
    if dep == "pobj" and up.dep_ == "agent" and up.head.i in cue_tokens:
        return "agent_of_cue"
    if dep == "pobj" and up.lower_ == "to" and up.head.lower_ == "according":
        return "according_to"
    if dep == "pobj" and up.head.i in cue_tokens:
        return "prep_of_cue"
    if dep in ("dobj", "dative") and up.i in cue_tokens:
        return "object_of_cue"
    if dep == "appos":
        return "appos"
    if dep in ("nsubj", "nsubjpass"):
        return "subject_other"
    if dep in ("poss", "compound"):
        return "modifier"
    if dep == "pobj":
        return "pobj_other"
    if dep in ("dobj", "conj"):
        return dep
    return "other"


def _norm(name: str) -> str:
    words = name.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _same(a: str, b: str) -> bool:
    """Same person or body by the scorer's convention (a whole-word suffix: "Kono" and "Taro Kono")."""
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    aw, bw = a.split(), b.split()
    short, full = (aw, bw) if len(aw) < len(bw) else (bw, aw)
    return full[-len(short):] == short


def row_candidates(
    ctx: _Context, *, start: int, end: int, kind: str, how: str, path: str, resolution: str,
    cue_range: tuple[int, int] | None, chosen: tuple[str, str, int | None, int | None], previous: tuple[str, str, int | None, int | None] | None,
) -> list[Candidate]:
    """The rules' speaker of one statement and its rivals, each with its features.

    Args:
        ctx: The parse context of the article.
        start: First character of the statement.
        end: One past its last character.
        kind: ``direct`` or ``indirect``.
        how: How the rules paired the statement with its cue (``quotes`` evidence).
        path: How the rules read the speaker off the parse (``subject``, ``agent``, ...).
        resolution: How the rules resolved the speaker's name (``entity``, ``pronoun``, ...).
        cue_range: Token range of the cue, or None (a standalone quotation).
        chosen: The rules' speaker: (canonical, type, mention start, mention end).
        previous: The previous statement's speaker in the same form, or None.

    Returns:
        The rules' candidate first (``source`` "rules"), then the others; a name
        already listed is not repeated.
    """
    cue_tokens = set(range(*cue_range)) if cue_range else set()
    s_tok = ctx.token_at(start)
    e_tok = ctx.token_at(max(start, end - 1))
    here = ctx.sent_of[s_tok]
    last = ctx.sent_of[e_tok]

    def place(ms: int | None, me: int | None) -> list[str]:
        if ms is None or me is None or me <= ms:
            return ["where=none"]
        head = _head_of(ctx, ms, me)
        t = ctx.token_at(ms)
        inside = start <= ms < end
        sent = ctx.sent_of[t]
        if here <= sent <= last:
            sd = "0"
        else:
            sd = "before1" if sent == here - 1 else ("before2+" if sent < here else "after")
        dist = 0 if inside else (s_tok - t if t < s_tok else t - e_tok)
        side = "inside" if inside else ("before" if t < s_tok else "after")
        cue_dist = "none"
        if cue_tokens:
            c0 = min(cue_tokens)
            cue_dist = _bucket(abs(t - c0), (2, 6, 15))
        return [
            f"rel={_relation(head, cue_tokens)}", f"sent={sd}", f"dist={_bucket(dist, (0, 3, 10, 25))}", f"side={side}",
            f"in_quote={'yes' if head is not None and ctx.in_quote[head.i] else 'no'}", f"cue_dist={cue_dist}",
            f"kind*rel={kind}*{_relation(head, cue_tokens)}", f"kind*sent={kind}*{sd}",
        ]

    def label_at(ms: int | None) -> str:
        if ms is None:
            return "none"
        k = bisect.bisect_right(ctx.ent_start, ms) - 1
        if k >= 0 and ctx.ent_start[k] <= ms < ctx.ent_end[k]:
            return ctx.ent_label[k] if ctx.ent_label[k] in _LABEL_TYPE else "other"
        return "none"

    c_name, c_type, c_s, c_e = chosen
    p_name = previous[0] if previous else ""
    rules = Candidate(c_name, c_type, "rules")
    rules.features = [
        "chosen=yes", f"chosen*how={how}", f"chosen*path={path}", f"chosen*resolution={resolution}", f"chosen*kind={kind}",
        f"label={label_at(c_s)}", f"prev={'yes' if p_name and _same(p_name, c_name) else 'no'}",
        f"named={'yes' if c_name else 'no'}", f"type={c_type}", *place(c_s, c_e),
    ]
    out = [rules]
    seen = [c_name] if c_name else []
    lo = ctx.sents[here - 1].start_char if here > 0 else ctx.sents[here].start_char
    hi = ctx.sents[last].end_char
    for k in range(bisect.bisect_left(ctx.ent_start, lo), bisect.bisect_left(ctx.ent_start, hi)):
        label = ctx.ent_label[k]
        if label not in _LABEL_TYPE or start <= ctx.ent_start[k] < end:
            continue
        canon = ctx.ent_canon[k]
        if len(canon.split()) == 1:
            canon = ctx.surnames.get(canon, canon)
        if not canon or any(_same(canon, s) for s in seen):
            continue
        seen.append(canon)
        cand = Candidate(canon, _LABEL_TYPE[label], "entity")
        cand.features = ["chosen=no", "source=entity", f"label={label}", f"prev={'yes' if p_name and _same(p_name, canon) else 'no'}",
                         "named=yes", f"type={cand.type}", f"chosen_named={'yes' if c_name else 'no'}",
                         f"chosen_resolution={resolution}", *place(ctx.ent_start[k], ctx.ent_end[k])]
        out.append(cand)
    if previous and p_name and not any(_same(p_name, s) for s in seen):
        ps, pe = previous[2], previous[3]
        cand = Candidate(p_name, previous[1], "previous")
        cand.features = ["chosen=no", "source=previous", f"label={label_at(ps)}", "prev=yes", "named=yes", f"type={cand.type}",
                         f"chosen_named={'yes' if c_name else 'no'}", f"chosen_resolution={resolution}", f"prev_kind={kind}",
                         *place(ps, pe)]
        out.append(cand)
    return out
