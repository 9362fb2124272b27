"""Candidates and features of the learned recall step (``quotes.learned.v1``; an experiment, not shipped).

After the rules have made their rows, every verb that governs a clausal or infinitival
complement (a that/whether/wh-clause, a bare clause, a to-infinitive or a gerund), a gerund
after one of its prepositions ('spoke in favour of changing ...', 'boasted of having ...') or,
for a verb of the cue lexicon, a noun-phrase object, and whose complement overlaps no rule row,
is a *candidate* (:func:`candidates`). Its features (:func:`candidate_features`) are general:
the verb's lemma (bucketed by the model: only lemmas of at least two sets), its cue-lexicon
frame, the WordNet verb classes of its three most frequent senses, the complement's dependency
and marker, the kind of subject, negation, modal, perfect, passive, conditional, question, the
verb's own dependency and tag, the complement's own subject and length, the first sentence.

A chosen candidate becomes a row exactly as a rule row: a cue (construction ``learned``) whose
speaker is the verb's subject (the governing verb's for an infinitive or a conjunct, the agent
of a passive), resolved by the rules' speaker machinery in ``_build``; its ``how`` evidence is
``learned``. :func:`collecting` hooks the step in after the rules (after ``_fold_nested``), for
``benchmarks/fit_learned_statements.py``; the pipeline itself does not run it, because the
leave-one-set-out gate failed (``docs/quotes.md``, "A learned recall step").
"""

from __future__ import annotations

import contextlib
import functools
import math
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.tokens import Token

from newslab.quotes.cues import _Cue
from newslab.quotes.parse import _Context, _subject, _tok_end

__all__ = ["LEARNED_METHOD", "candidate_features", "candidates", "choose", "collecting", "score"]

#: Versioned name of the learned step (recorded in its model file).
LEARNED_METHOD = "quotes.learned.v1"

_MODALS = frozenset({"will", "would", "may", "might", "could", "should", "can", "must", "shall", "'ll", "wo", "ca", "'d"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_CONDITIONS = frozenset({"if", "unless", "whether", "when", "once", "until", "before"})
_WH = frozenset({"what", "who", "whom", "which", "why", "how", "where", "when", "whose"})
_GERUND_PREPS = frozenset({"of", "about", "on", "against", "for", "to", "in"})
_PRONOUNS_3S = frozenset({"he", "she"})
_PRONOUNS = frozenset({"they", "it", "we", "i", "you"})
_ORG_LABELS = frozenset({"ORG", "NORP", "GPE"})

#: WordNet 3.0's verb database (Debian's ``wordnet-base``), read for the verb classes.
WORDNET = Path("/usr/share/wordnet")


@functools.lru_cache(maxsize=1)
def _verb_classes() -> dict[str, list[str]]:
    """Lemma -> WordNet classes of its three most frequent senses (``data/build_verb_classes.py``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "data"))
    import build_verb_classes

    return {w: v.split(",") for w, _, v in (line.partition("\t") for line in build_verb_classes.build(WORDNET))}


def _subject_kind(ctx: _Context, s: Token) -> str:
    low = s.lower_
    if low in _PRONOUNS_3S:
        return "pron3s"
    if low in _PRONOUNS:
        return "pron_" + low
    if s.tag_ in ("WP", "WDT") or low in ("that", "who", "which"):
        return "relative"
    if s.ent_type_ == "PERSON":
        return "person"
    if s.ent_type_ in _ORG_LABELS:
        return "org"
    if s.pos_ in ("NOUN", "PROPN"):
        from newslab.people import names_people

        if s.pos_ == "NOUN" and names_people(s.lower_, lemma=s.lemma_.lower()):
            return "person_noun"
        return "propn" if s.pos_ == "PROPN" else "noun"
    return "other"


def _marker(c: Token) -> str:
    for g in c.children:
        if g.dep_ == "mark" and g.i < c.i:
            low = g.lower_
            return "that" if low == "that" else "whether" if low in ("whether", "if") else "mark_other"
        if g.dep_ == "aux" and g.lower_ == "to" and g.i < c.i:
            return "to"
    first = c.doc[c.left_edge.i]
    if first.lower_ in _WH and first.i < c.i:
        return "wh"
    if c.tag_ == "VBG":
        return "ing"
    return "bare"


def _has(v: Token, words: frozenset[str], deps: tuple[str, ...]) -> bool:
    return any(g.dep_ in deps and g.lower_ in words for g in v.children)


def _complements(v: Token):  # noqa: ANN202 - yields (dep, marker, head token)
    for c in v.children:
        if c.i < v.i:
            continue
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
            yield c.dep_, _marker(c), c
        elif c.dep_ == "prep" and c.lower_ in _GERUND_PREPS | {"in"}:
            for g in c.children:
                if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX"):
                    yield "prep", "prep_ing", g
                elif g.dep_ == "pobj" and g.lower_ in ("favor", "favour", "support"):
                    # 'spoke in favour of changing ...'
                    for p in g.children:
                        if p.dep_ == "prep" and p.lower_ == "of":
                            for h in p.children:
                                if h.dep_ in ("pcomp", "pobj"):
                                    yield "prep", "favour_of", h
        elif c.dep_ == "dobj" and c.pos_ == "NOUN":
            yield "dobj", "np", c


def candidate_features(ctx: _Context, v: Token, dep: str, marker: str, c: Token, s: Token, passive: bool, n_tokens: int) -> list[str]:
    """The features of one candidate: ``name=value`` strings (the lemma is bucketed by the model)."""
    cues = ctx.cues
    lemma = v.lemma_.lower()
    frame = cues.verbs.get(lemma) or ("phrasal" if lemma in cues.phrasal else "none")
    classes = _verb_classes().get(lemma, [])
    auxes = [g for g in v.children if g.dep_ in ("aux", "auxpass")]
    neg = _has(v, _NEGATIONS, ("neg", "advmod", "det")) or (v.dep_ in ("xcomp", "conj") and _has(v.head, _NEGATIONS, ("neg",)))
    modal = any(a.lower_ in _MODALS for a in auxes) or any(a.lower_ == "going" for a in auxes)
    perfect = any(a.lemma_ == "have" for a in auxes)
    cond = False
    h = v
    for _ in range(6):
        if _has(h, _CONDITIONS, ("mark", "advmod")):
            cond = True
            break
        if h.head.i == h.i:
            break
        h = h.head
    sent = ctx.sents[ctx.sent_of[v.i]]
    question = sent.text.rstrip().endswith("?")
    vdep = v.dep_ if v.dep_ in ("ROOT", "ccomp", "conj", "xcomp", "advcl", "relcl", "acl", "pcomp") else "other"
    csubj = _subject(c) is not None
    bucket = "1-5" if n_tokens <= 5 else "6-15" if n_tokens <= 15 else "16+"
    skind = _subject_kind(ctx, s)
    feats = [
        f"lemma={lemma}", f"lex={frame}", f"wn1={classes[0] if classes else 'none'}",
        *[f"wn={k}" for k in classes],
        f"dep={dep}", f"marker={marker}", f"dep*marker={dep}*{marker}", f"lex*marker={frame != 'none'}*{marker}",
        f"wn1*marker={classes[0] if classes else 'none'}*{marker}",
        f"subj={skind}", f"neg={neg}", f"modal={modal}", f"perfect={perfect}", f"passive={passive}", f"cond={cond}",
        f"question={question}", f"vdep={vdep}", f"tag={v.tag_}", f"csubj={csubj}", f"len={bucket}",
        f"first_sentence={ctx.sent_of[v.i] == 0}",
    ]
    return feats


def _speaker(v: Token) -> tuple[Token | None, bool, str]:
    s = _subject(v)
    path = "subject"
    if s is None and v.dep_ in ("xcomp", "conj") and v.head.pos_ in ("VERB", "AUX"):
        s, path = _subject(v.head), "inherited"
    if s is not None and s.dep_ == "nsubjpass":
        agent = next((g for g in v.children if g.dep_ == "agent"), None)
        s = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        return s, True, "agent"
    return s, False, path


def candidates(ctx: _Context, rows: list) -> list[tuple[list[str], object]]:
    from newslab.quotes.extract import _Row, _tidy_end  # extract imports this module

    doc = ctx.doc
    taken = [(r.start, r.end) for r in rows]
    cue_tokens = {i for r in rows if r.cue is not None for i in range(r.cue.start, r.cue.end)}
    out = []
    for v in doc:
        if v.pos_ != "VERB" or ctx.in_quote[v.i] or ctx.in_single[v.i] or v.i in cue_tokens:
            continue
        lemma = v.lemma_.lower()
        for dep, marker, c in _complements(v):
            if dep == "dobj" and lemma not in ctx.cues.verbs and lemma not in ctx.cues.phrasal:
                continue
            a, b = _tidy_end(ctx, c.left_edge.i, c.right_edge.i + 1)
            if b - a < 3 or a <= v.i:
                continue
            s_char, e_char = doc[a].idx, _tok_end(doc, b - 1)
            if any(x < e_char and s_char < y for x, y in taken):
                continue
            speaker, passive, path = _speaker(v)
            if speaker is None or speaker.i >= a:
                continue
            feats = candidate_features(ctx, v, dep, marker, c, speaker, passive, b - a)
            cls = _verb_classes().get(lemma, [])
            sem = ctx.cues.frame_of(lemma) if lemma in ctx.cues.verbs else ("belief" if cls[:1] == ["cognition"] else "speech")
            cue = _Cue(v.i, v.i + 1, "learned", speaker, content=(a, b), side="right", verb=v, sem=sem, path=path)
            out.append((feats, _Row(s_char, e_char, "indirect", cue, how="learned")))
    return out


def score(feats: list[str], m: dict) -> float:
    """The model's probability for one candidate's features."""
    w = m["weights"]
    vocab = set(m["lemmas"])
    z = float(m["intercept"])
    for f in feats:
        if f.startswith("lemma="):
            f = f if f[6:] in vocab else "lemma=other"
        z += w.get(f, 0.0)
    return 1.0 / (1.0 + math.exp(-z))


@contextlib.contextmanager
def collecting(callback: Callable) -> Iterator[None]:
    """Run the step inside the rules: ``callback(ctx, [(features, row), ...])`` returns the rows to add.

    The rows are added after the rules' ``_fold_nested`` and before ``_build``, so their speakers
    are resolved exactly as the rule rows' are.
    """
    from newslab.quotes import extract

    original = extract._fold_nested

    def fold_then_add(ctx: _Context, rows: list) -> list:
        rows = original(ctx, rows)
        return rows + callback(ctx, candidates(ctx, rows))

    extract._fold_nested = fold_then_add
    try:
        yield
    finally:
        extract._fold_nested = original


def choose(scored: list[tuple[float, object]], threshold: float) -> list:
    """The candidates at or above ``threshold``, most probable first, none overlapping a chosen one."""
    out: list = []
    for p, row in sorted(scored, key=lambda pr: (-pr[0], pr[1].start, pr[1].end)):
        if p < threshold or any(o.start < row.end and row.start < o.end for o in out):
            continue
        row.learned_p = p
        out.append(row)
    return out
