"""A learned cue detector: verbs the cue lexicon lacks that still report a statement (an experiment).

The rules of :mod:`newslab.quotes.cues` find statements through the cue lexicon
(``newslab/data/cues.json``). This module scores the other words that govern a
clausal complement ("that"-clause, ``ccomp``, an ``xcomp`` after an object) with
a logistic regression over general, structural features of the parse (the
dependency labels of the word and its children, its subject's entity label,
pronoun and person-ness, tense, aspect, negation, modality, a "that" mark,
quotation marks in the complement, the sentence position, the lexicon class and
the lemma itself when it was seen in enough training articles). A word scored at
or above the model's threshold becomes a cue, and the statement row is built by
the same function the lexicon cues use (:func:`newslab.quotes.cues._verb_cue`).

The weights live in ``benchmarks/learned_cues.json`` and are fitted by
``benchmarks/learned_cues.py`` (deterministic), which also runs the
leave-one-set-out cross-validation that decides whether the model is used. It is
NOT part of newslab (it lives in ``benchmarks/``, beside the script that tests it): see the "Learned cue detection" section of
``docs/quotes.md`` for the result.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

from spacy.tokens import Token

from newslab.errors import NewslabError
from newslab.quotes.cues import _Cue, _verb_cue
from newslab.quotes.parse import _Context, _subject, _subtree_range

#: Where the fitted weights are stored.
MODEL_PATH = Path(__file__).resolve().parent / "learned_cues.json"

_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "we", "you"})
_MODALS = frozenset({"will", "would", "may", "might", "could", "can", "should", "must", "shall"})


class LearnedCueModelError(NewslabError):
    """The learned cue model file is missing or malformed."""


def candidates(ctx: _Context, found: list[_Cue]) -> list[tuple[Token, _Cue]]:
    """Words outside the rules' cues that govern a clausal complement, with the cue the rules' builder makes of them.

    Args:
        ctx: The per-Doc context of the quote rules.
        found: The cues the rules found (their words are not candidates).

    Returns:
        ``(token, cue)`` pairs, in text order, for every candidate word whose cue
        has a speaker and a content.
    """
    doc = ctx.doc
    used: set[int] = set()
    for c in found:
        used.update(range(c.start, c.end))
        if c.verb is not None:
            used.add(c.verb.i)
    out: list[tuple[Token, _Cue]] = []
    for t in doc:
        if t.i in used or ctx.in_quote[t.i] or ctx.in_single[t.i] or t.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
            continue
        kids = list(t.children)
        comp = next((c for c in kids if c.dep_ == "ccomp"), None)
        if comp is None and any(c.dep_ == "dobj" for c in kids):
            comp = next((c for c in kids if c.dep_ == "xcomp" and c.i > t.i), None)
        if comp is None:
            continue
        lemma = t.lemma_.lower()
        frame = ctx.cues.verbs.get(lemma, "speech")
        cue = _verb_cue(ctx, t, frame, t.i + 1, lemma)
        if cue is None or cue.speaker is None or cue.content is None:
            continue
        out.append((t, cue))
    return out


def _entity_label(ctx: _Context, t: Token) -> str:
    k = ctx.entity_at(t.idx, t.idx + len(t.text))
    return ctx.ent_label[k] if k is not None else ""


def features(ctx: _Context, t: Token, cue: _Cue, found: list[_Cue]) -> list[str]:
    """The binary features of one candidate word (names of the features that are on).

    The lemma feature is ``lemma=...``; the model keeps it only when it was seen
    in enough training articles.
    """
    doc = ctx.doc
    kids = list(t.children)
    f = ["bias", f"dep={t.dep_}", f"pos={t.pos_}", f"tag={t.tag_}", f"path={cue.path}", f"side={cue.side}", f"sem={cue.sem}"]
    lemma = t.lemma_.lower()
    f.append(f"lemma={lemma}")
    f.append(f"lex={ctx.cues.verbs.get(lemma, 'none')}")
    f.append(f"lexframe={ctx.cues.frame_of(lemma)}" if lemma in ctx.cues.frames else "lexframe=none")
    deps = sorted({c.dep_ for c in kids})
    f.extend(f"child={d}" for d in deps)
    comp = next((c for c in kids if c.dep_ == "ccomp"), None) or next((c for c in kids if c.dep_ == "xcomp"), None)
    if comp is not None:
        f.append(f"comp={comp.dep_}")
        f.append(f"comp_tag={comp.tag_}")
        f.append("comp_left" if comp.i < t.i else "comp_right")
        if any(g.dep_ == "mark" and g.lower_ == "that" for g in comp.children):
            f.append("mark_that")
        if any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in comp.children):
            f.append("mark_if")
        if any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in comp.children):
            f.append("comp_subject")
        a, b = _subtree_range(comp)
        if any(ctx.in_quote[i] for i in range(a, b)):
            f.append("comp_quoted")
        f.append(f"comp_len={min(4, (b - a) // 5)}")
    s = cue.speaker
    if s is not None:
        low = s.lower_
        f.append(f"subj_dep={s.dep_}")
        if low in _PRONOUNS:
            f.append(f"subj_pron={low}")
        label = _entity_label(ctx, s)
        f.append(f"subj_ent={label or 'none'}")
        if label == "PERSON" or low in _PERSON_PRONOUNS:
            f.append("subj_person")
        if s.lower_ in ctx.cues.titles or s.lemma_.lower() in ctx.cues.titles:
            f.append("subj_title")
        f.append(f"subj_pos={s.pos_}")
        f.append("subj_before" if s.i < t.i else "subj_after")
    else:
        f.append("no_subject")
    if any(c.dep_ == "neg" for c in kids):
        f.append("negated")
    auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _MODALS for c in auxes):
        f.append("modal")
    if any(c.lemma_ == "have" for c in auxes):
        f.append("perfect")
    if any(c.dep_ == "auxpass" for c in kids):
        f.append("passive")
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in kids):
        f.append("infinitive")
    inside = any(c.content is not None and c.content[0] <= t.i < c.content[1] for c in found)
    if inside:
        f.append("inside_content")
    sent_idx = ctx.sent_of[t.i]
    f.append(f"sent_pos={min(sent_idx, 3)}")
    sent = ctx.sents[sent_idx]
    if t.i == sent.root.i:
        f.append("sent_root")
    if any(ctx.in_quote[i] for i in range(sent.start, sent.end)):
        f.append("sent_has_quote")
    if doc[sent.start].i == t.i or (t.i > sent.start and doc[t.i - 1].text == ","):
        f.append("after_comma")
    return f


@functools.lru_cache(maxsize=4)
def load_model(path: str | None = None) -> dict:
    """The fitted model (``weights``: feature -> weight, ``threshold``), cached.

    Raises:
        LearnedCueModelError: When the file is missing or is not a fitted model.
    """
    p = Path(path) if path else MODEL_PATH
    try:
        model = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise LearnedCueModelError(f"Cannot read the learned cue model {p}: {err}. Re-create it with benchmarks/learned_cues.py.") from err
    if not isinstance(model, dict) or not isinstance(model.get("weights"), dict) or "threshold" not in model:
        raise LearnedCueModelError(f"{p} is not a learned cue model (it needs 'weights' and 'threshold'); re-create it with benchmarks/learned_cues.py.")
    return model


def score(weights: dict[str, float], feats: list[str]) -> float:
    """The model's probability that a candidate is a cue (unknown features weigh nothing).

    Example:
        >>> round(score({"bias": -1.0, "mark_that": 1.0}, ["bias", "mark_that", "lemma=hint"]), 3)
        0.5
    """
    z = sum(weights.get(name, 0.0) for name in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def learned_cues(ctx: _Context, found: list[_Cue], model: dict) -> list[_Cue]:
    """The cues the model adds to ``found`` (candidates scored at or above its threshold).

    Args:
        ctx: The per-Doc context of the quote rules.
        found: The cues the rules found.
        model: A fitted model (:func:`load_model`).

    Returns:
        The new cues, built by the rules' :func:`~newslab.quotes.cues._verb_cue`, in text order.
    """
    weights, threshold = model["weights"], float(model["threshold"])
    out = []
    for t, cue in candidates(ctx, found):
        if score(weights, features(ctx, t, cue, found)) >= threshold:
            out.append(cue)
    return out
