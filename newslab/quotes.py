"""The quotes table: attributed statements, who made them, and through whom.

Rules (method ``quotes.rules.v1``), all driven by the documented cue lexicon in
``newslab/data/cues.json``:

* **Quotation marks** are paired by type in one pass per paragraph: curly and
  angle marks by direction, straight double marks in order (with a look at the
  characters around each mark to spot a stray one). Apostrophes and single
  quotes are never quotation marks. A quotation left open at the end of a
  paragraph continues when the next paragraph opens with a mark (one row per
  paragraph part). A mark that pairs with nothing gives a
  :class:`~newslab.errors.QuoteMarkWarning`; the rest is still processed.
* **Cues** are reporting verbs (frames ``speech``, ``directive``, ``call``,
  ``refusal``, ``relay``, ...) and phrases (``according to``). Each cue's
  speaker is read from the dependency parse (the subject; the object of
  "quoted X as saying"; the object of "according to"; the subject of the
  governing verb for "..., saying ..."), and its content is the clausal
  complement after it or the clause before a postposed attribution.
* **Direct quotes** take the attribution right after them (``"...," she
  said``), the cue before them when only the speaker, the addressee, adverbials,
  a comma, a colon or "that" stand between (otherwise the statement is *mixed*:
  the reported clause with the quoted fragment), a postposed attribution of
  their sentence, or, standing alone, the speaker of the previous sentence or
  paragraph (cue ``""``).
* **Speakers** are split into the mention (``speaker``), the title
  (``speaker_title``) and the resolved name (``speaker_canonical``: the
  entity's canonical name; "he"/"she" -> the last person; "it", "the
  newspaper" -> the last outlet or organisation; "the minister" -> the last
  person with that title). ``speaker_type`` follows the dev guideline.
* **Nested attributions** ("X said Y, the newspaper reported", "X quoted Y as
  saying") keep the innermost speaker and put the outer one in ``via``.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
import warnings
from dataclasses import dataclass, field
from importlib import resources

import pandas as pd
from spacy.attrs import IDX, LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from newslab.errors import QuoteMarkWarning

__all__ = ["METHOD", "COLUMNS", "extract_quotes", "pair_quote_marks", "load_cues", "QuoteMark"]

#: Versioned name of the rule set; recorded in the tables' attrs.
METHOD = "quotes.rules.v1"

#: Columns of :func:`extract_quotes` (the quotes schema without article_id and sentiment).
COLUMNS = [
    "quote_id", "start_char", "end_char", "sent_id", "text", "kind", "cue", "cue_start_char", "cue_end_char",
    "speaker", "speaker_start_char", "speaker_end_char", "speaker_canonical", "speaker_type", "speaker_title",
    "speaker_ent_id", "speaker_resolved", "via",
]

_MARK = re.compile('["“”„«»]')
_OPEN_AFTER = frozenset("([{—–-/\u00a0")
_CLOSE_BEFORE = frozenset(".,;:!?)]}—–-…")
_INTERVIEW_TAG = re.compile(r"\(\(([^()\n]{1,60})\)\)\s*:?\s*")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
_NAMED_POLICE = re.compile(r"\b((?:[A-Z][\w'’-]+ )+)[Pp]olice\b")
_TERMINAL = frozenset(".!?…")
_THIN_SPACES = frozenset("\u2009\u200a\u202f\u200b")
_SMALL_WORDS = frozenset("a an the of for and in on to at by or with from".split())
_FIRST_SECOND_PERSON = frozenset("i me we us you".split())
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "LAW"})
# Dependents of a cue that belong to the act of saying, not to its content.
_ATTRIBUTION_DEPS = frozenset({
    "nsubj", "nsubjpass", "dobj", "dative", "iobj", "prep", "agent", "advmod", "npadvmod", "aux", "auxpass",
    "neg", "punct", "cc", "prt", "mark", "tmod", "obl", "advcl", "intj",
})


@dataclass(frozen=True)
class Cues:
    """The cue lexicon, read once from ``newslab/data/cues.json``."""

    verbs: dict[str, str]
    phrasal: dict[str, dict[str, str]]
    refusal_complements: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    relay_as_words: frozenset[str]
    noun_cues: frozenset[str]
    titles: frozenset[str]
    media_outlets: frozenset[str]
    media_heads: frozenset[str]
    media_head_needs_name: frozenset[str]
    media_name_words: frozenset[str]
    generic_organization_heads: frozenset[str]
    document_heads: frozenset[str]
    anonymous_heads: frozenset[str]
    organization_heads: frozenset[str]
    person_heads: frozenset[str]
    pronouns: dict[str, str]


@functools.lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The documented cue lexicon (cached for the process).

    Returns:
        A :class:`Cues` with the reporting verbs and their frames, phrases,
        titles, outlets and the head nouns that type a speaker.
    """
    raw = json.loads(resources.files("newslab").joinpath("data/cues.json").read_text(encoding="utf-8"))
    f = lambda key: frozenset(w.lower() for w in raw[key])  # noqa: E731
    return Cues(
        verbs=dict(raw["verbs"]),
        phrasal={k: dict(v) for k, v in raw["phrasal"].items()},
        refusal_complements=f("refusal_complements"),
        phrases=tuple(tuple(p.split()) for p in raw["phrases"]),
        relay_as_words=f("relay_as_words"),
        noun_cues=f("noun_cues"),
        titles=f("titles"),
        media_outlets=f("media_outlets"),
        media_heads=f("media_heads"),
        media_head_needs_name=f("media_head_needs_name"),
        media_name_words=f("media_name_words"),
        generic_organization_heads=f("generic_organization_heads"),
        document_heads=f("document_heads"),
        anonymous_heads=f("anonymous_heads"),
        organization_heads=f("organization_heads"),
        person_heads=f("person_heads"),
        pronouns=dict(raw["pronouns"]),
    )


# ---------------------------------------------------------------- quotation marks


@dataclass(frozen=True)
class QuoteMark:
    """A paired quotation: marks at ``open``/``close`` (``close`` is -1 for a
    paragraph part continued in the next paragraph), content ``start:end``."""

    open: int
    close: int
    start: int
    end: int
    continues: bool = False


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    pattern = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else _LINE_BREAK
    starts = [0] + [m.end() for m in pattern.finditer(text) if m.end() < len(text)]
    bounds = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(text)
        while b > a and text[b - 1].isspace():
            b -= 1
        bounds.append((a, b))
    return bounds


def _family(ch: str) -> str:
    return "straight" if ch == '"' else ("angle" if ch in "«»" else "curly")


def pair_quote_marks(text: str) -> tuple[list[QuoteMark], list[int]]:
    """Pair the double quotation marks of ``text``.

    Args:
        text: The article text.

    Returns:
        ``(quotations, unpaired)``: the quotations in text order (content
        without the marks and surrounding whitespace) and the offsets of marks
        that pair with nothing.

    Example:
        >>> text = 'He said "yes." It\\'s “fine”, „ja“ and «oui»'
        >>> marks, unpaired = pair_quote_marks(text)
        >>> [text[m.start : m.end] for m in marks], unpaired
        (['yes.', 'fine', 'ja', 'oui'], [])
    """
    paragraphs = _paragraph_bounds(text)
    quotes: list[QuoteMark] = []
    unpaired: list[int] = []

    def add(o: int, c: int, end: int, continues: bool = False) -> None:
        s, e = o + 1, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            quotes.append(QuoteMark(o, c, s, e, continues))

    for k, (a, b) in enumerate(paragraphs):
        pending: tuple[int, str] | None = None
        for m in _MARK.finditer(text, a, b):
            pos, ch = m.start(), m.group()
            if ch == '"':
                j = pos - 1
                while j > a and text[j] in _THIN_SPACES:
                    j -= 1  # a thin space before a closing mark is typography, not a word gap
                prev = text[j] if j >= a else " "
                nxt = text[pos + 1] if pos + 1 < b else " "
                looks_open = (prev.isspace() or prev in _OPEN_AFTER or pos == a) and not nxt.isspace()
                looks_close = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_BEFORE or pos + 1 == b)
                if pending is not None and pending[1] != '"':
                    continue  # straight marks nested inside a curly quotation
                if pending is None:
                    if looks_close and not looks_open:
                        unpaired.append(pos)
                    else:
                        pending = (pos, ch)
                elif looks_open and not looks_close:
                    unpaired.append(pending[0])
                    pending = (pos, ch)
                else:
                    add(pending[0], pos, pos)
                    pending = None
            elif ch in "“„«":
                if ch == "“" and pending is not None and pending[1] == "„":
                    add(pending[0], pos, pos)
                    pending = None
                    continue
                if pending is not None:
                    unpaired.append(pending[0])
                pending = (pos, ch)
            else:  # ” »
                if pending is not None and _family(pending[1]) == _family(ch):
                    add(pending[0], pos, pos)
                    pending = None
                elif pending is not None and pending[1] == '"':
                    continue
                else:
                    unpaired.append(pos)
        if pending is not None:
            nxt_para = paragraphs[k + 1][0] if k + 1 < len(paragraphs) else None
            if nxt_para is not None and text[nxt_para : nxt_para + 1] and _family(text[nxt_para]) == _family(pending[1]) and text[nxt_para] in '"“„«':
                add(pending[0], -1, b, continues=True)
            else:
                unpaired.append(pending[0])
    quotes.sort(key=lambda q: q.open)
    unpaired.sort()
    return quotes, unpaired


# ---------------------------------------------------------------- per-doc context


@dataclass
class _Cue:
    """One reporting cue found in the parse."""

    start: int  # token index of the first cue token
    end: int  # token index one past the last cue token
    frame: str
    speaker: Token | None
    via: Token | None = None
    content: tuple[int, int] | None = None  # token range of the reported content
    side: str = ""  # "right" (content after the cue), "left" (postposed attribution), "" none
    verb: Token | None = None
    left: tuple[int, int] | None = None  # a clause before the cue when it also has one after it


@dataclass
class _Row:
    start: int
    end: int
    kind: str
    cue: _Cue | None
    speaker_from: _Row | None = None  # standalone quotes borrow a speaker
    entity_speaker: int | None = None  # entity row index for "named in the previous sentence"
    via_cue: _Cue | None = None
    resolved: dict = field(default_factory=dict)


class _Context:
    """Arrays and lookups built once per Doc (linear in its length)."""

    def __init__(self, doc: Doc, entities: pd.DataFrame, cues: Cues) -> None:
        self.doc = doc
        self.text = doc.text
        self.cues = cues
        # Token attributes read in bulk (C speed); Token objects are made only for cue candidates.
        arr = doc.to_array([IDX, LEMMA, LOWER]) if len(doc) else None
        self.tok_idx = arr[:, 0].tolist() if arr is not None else []
        self.lemma_ids = arr[:, 1].tolist() if arr is not None else []
        self.lower_ids = arr[:, 2].tolist() if arr is not None else []
        self.sents = _sentences(doc)
        self.sent_of = _SentIndex([s.start for s in self.sents])
        self.sent_starts_char = [s.start_char for s in self.sents]
        self.paragraphs = _paragraph_bounds(self.text)
        self.para_starts = [a for a, _ in self.paragraphs]
        ents = entities
        n_ents = len(ents)
        self.ent_start = [int(x) for x in ents["start_char"].tolist()] if n_ents else []
        self.ent_end = [int(x) for x in ents["end_char"].tolist()] if n_ents else []
        self.ent_label = [str(x) for x in ents["label"].tolist()] if n_ents else []
        self.ent_canon = [str(x) for x in ents["canonical"].tolist()] if n_ents else []
        # Titles the entity model kept inside a person's name ("Constable Nick Adderley").
        for k, lab in enumerate(self.ent_label if n_ents else []):
            if lab == "PERSON":
                words = self.ent_canon[k].split(" ")
                j = 0
                while j < len(words) - 2 and words[j].lower() in cues.titles:
                    j += 1
                if j:
                    self.ent_canon[k] = " ".join(words[j:])
        self.ent_text = [str(x) for x in ents["text"].tolist()] if n_ents else []
        self.ent_id = [int(x) for x in ents["ent_id"].tolist()] if n_ents else []
        self.person_names = {c for c, lab in zip(self.ent_canon, self.ent_label) if lab == "PERSON"}
        # Surname -> full name, for names the entity model missed or mislabelled ("Mohr" -> "William Mohr").
        surnames: dict[str, str | None] = {}
        for name in sorted(self.person_names):
            words = name.split()
            if len(words) >= 2:
                last = words[-1] if words[-1].rstrip(".").lower() not in ("jr", "sr", "ii", "iii") else words[-2]
                surnames[last] = name if surnames.get(last, name) == name else None
        self.surnames = {k: v for k, v in surnames.items() if v}
        self.in_quote = bytearray(len(doc))
        self.marks: list[QuoteMark] = []

    def token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.tok_idx, char) - 1)

    def para_of(self, char: int) -> int:
        return bisect.bisect_right(self.para_starts, char) - 1

    def entity_at(self, a: int, b: int) -> int | None:
        """The entity overlapping char range a:b that ends last (the head of a name)."""
        k = bisect.bisect_right(self.ent_start, b - 1) - 1
        best = None
        while k >= 0 and self.ent_end[k] > a - 200:
            if self.ent_start[k] < b and self.ent_end[k] > a and self.ent_label[k] in _NAME_LABELS:
                if best is None or self.ent_end[k] > self.ent_end[best]:
                    best = k
            k -= 1
        return best


class _SentIndex:
    """Sentence number of a token index (binary search over sentence starts)."""

    def __init__(self, starts: list[int]) -> None:
        self.starts = starts

    def __getitem__(self, i: int) -> int:
        return max(0, bisect.bisect_right(self.starts, i) - 1)


def _sentences(doc: Doc) -> list[Span]:
    try:
        from newslab.sentences import sentence_spans
    except ImportError:  # pragma: no cover - the foundation always has it
        return list(doc.sents)
    return sentence_spans(doc)


def _entities(doc: Doc) -> pd.DataFrame:
    from newslab.entities import extract_entities

    return extract_entities(doc)


# ---------------------------------------------------------------- cues from the parse


def _subject(v: Token) -> Token | None:
    """The subject nearest the verb (the parser sometimes gives a verb two)."""
    best = None
    for c in v.children:
        if c.dep_ in _SUBJ and (best is None or abs(c.i - v.i) < abs(best.i - v.i)):
            best = c
    return best


def _inherited_subject(v: Token) -> Token | None:
    """Subject of a participle or coordinated verb ('..., saying ...', 'and added ...').

    A participle after a comma belongs to the main clause even when the parser
    hangs it on an embedded verb ('described how the attack unfolded, stating').
    """
    if v.i > 0 and v.doc[v.i - 1].text == "," and v.dep_ in ("advcl", "xcomp", "dep"):
        t = v.head
        for _ in range(3):
            if t.dep_ in ("ccomp", "advcl", "xcomp", "conj") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
                t = t.head
            else:
                break
        s = _subject(t)
        if s is not None and s.i < v.i:
            return s
    t = v
    for _ in range(3):
        if t.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "dep") and t.head.i != t.i:
            t = t.head
            if t.dep_ == "prep":  # "as saying" hangs off a preposition
                t = t.head
            s = _subject(t)
            if s is not None:
                return s
        else:
            break
    return None


def _resolve_relative(v: Token, s: Token) -> Token:
    if s.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
        return v.head
    return s


def _subtree_range(t: Token) -> tuple[int, int]:
    return t.left_edge.i, t.right_edge.i + 1


def _trim(ctx: _Context, a: int, b: int) -> tuple[int, int]:
    """Drop leading marks/"that"/commas and trailing punctuation (keeping a closing quote mark)."""
    doc = ctx.doc
    while a < b and (doc[a].is_punct and doc[a].text not in "“„«\"" or doc[a].is_space or (doc[a].lower_ == "that" and doc[a].dep_ == "mark")):
        a += 1
    while b > a and (doc[b - 1].is_space or (doc[b - 1].is_punct and doc[b - 1].text not in "”»\"" and doc[b - 1].text not in ")]")):
        b -= 1
    return a, b


def _cap_at_sentence_end(ctx: _Context, content: tuple[int, int]) -> tuple[int, int]:
    """End a reported clause where a sentence visibly ends inside it (the parser ran on)."""
    doc = ctx.doc
    a, b = content
    for i in range(a + 1, b - 1):
        t = doc[i]
        if t.text in (".", "!", "?", "…", ".]", "[.]"):  # not "R." in "John R. Bolton"
            j = i + 1
            while j < b and doc[j].text in ("]", ")", '"', "”", "’", "»"):
                j += 1
            if j < b and j > i and doc[j].is_space is False and doc[j].text[:1].isupper() and not ctx.in_quote[j] and t.text not in ("Mr.", "Dr.", "Mrs.", "Ms.", "St.", "Jr.") and len(t.text) <= 2:
                return _trim(ctx, a, j)
    return a, b


def _has_verb(doc: Doc, a: int, b: int) -> bool:
    return any(doc[i].pos_ in ("VERB", "AUX") for i in range(a, b))


def _right_content(ctx: _Context, v: Token, deps: tuple[str, ...]) -> tuple[int, int] | None:
    for c in v.children:
        if c.i > v.i and c.dep_ in deps and not ctx.in_quote[c.i]:
            a, b = _subtree_range(c)
            if c.dep_ == "ccomp" and _subject(c) is None and c.pos_ in ("VERB", "AUX") and a > v.i + 1:
                # The parser hung the clause's subject on the cue's adverbial ("said in an article from Seoul Kim's government had ...").
                prev = ctx.doc[a - 1]
                if prev.pos_ in ("NOUN", "PROPN", "PRON") and prev.dep_ in ("pobj", "dobj", "npadvmod"):
                    s = prev.i
                    for g in prev.lefts:
                        s = min(s, g.left_edge.i)
                    a = s
            doc = ctx.doc
            infinitive = any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
            for cc in c.children:
                # A coordinated cue without its own subject ("said A but declined to B") is a separate
                # statement; so is a finite verb joined to an infinitive ("urged X to reconsider and spoke ...").
                if cc.dep_ == "conj" and ((ctx.cues.verbs.get(cc.lemma_.lower(), "quote_only") != "quote_only" and _subject(cc) is None) or (infinitive and cc.tag_ in ("VBD", "VBZ", "VBP") and _subject(cc) is None)):
                    b = min(b, cc.left_edge.i)
                    while b > a and doc[b - 1].dep_ in ("cc", "punct"):
                        b -= 1
            # The writer's concession after the statement (", though it was later found ...").
            for i in range(a + 1, b):
                if doc[i].lower_ in ("though", "although") and doc[i - 1].text == "," and doc[i].dep_ == "mark":
                    b = i - 1
                    break
            # A second clause coordinated with the cue ("underlined A, and B is in the hands of ...").
            for cc in v.children:
                if cc.dep_ == "conj" and cc.i >= b and cc.pos_ in ("VERB", "AUX") and _subject(cc) is not None and cc.lemma_.lower() not in ctx.cues.verbs:
                    gap = [doc[i] for i in range(b, cc.left_edge.i)]
                    if all(t.is_punct or t.dep_ == "cc" or t.is_space for t in gap) and len(gap) <= 3:
                        b = cc.right_edge.i + 1
                    break
            a = max(a, v.i + 1)
            while a < b - 1 and doc[a].ent_type_ in ("DATE", "TIME") and doc[a].dep_ in ("npadvmod", "tmod") and doc[a].head.i == c.i:
                a += 1  # "said in an interview Tuesday Japan was ...": the date belongs to the saying
            return _trim(ctx, a, b)
        if c.i > v.i and c.dep_ in deps:
            return _trim(ctx, max(c.left_edge.i, v.i + 1), c.right_edge.i + 1)
    return None


def _sentence_of(ctx: _Context, i: int) -> Span:
    return ctx.sents[ctx.sent_of[i]]


def _left_content(ctx: _Context, v: Token, speaker: Token | None) -> tuple[int, int] | None:
    """Content of a postposed attribution ('A, X said.' / 'A, said X.')."""
    sent = _sentence_of(ctx, v.i)
    cluster = v.i
    if speaker is not None and speaker.i < v.i:
        cluster = min(cluster, speaker.left_edge.i)
    if cluster - 1 <= sent.start:
        return None
    prev = ctx.doc[cluster - 1]
    if prev.text not in (",", "—", "–", "-", ":", "”", '"', "»") and not (prev.text == "," or prev.is_punct):
        return None
    a, b = sent.start, cluster
    doc = ctx.doc
    # The writer's connectives ("However,", "But", "Despite the assurances,") are not part of the statement.
    if a < b and doc[a].pos_ == "CCONJ":
        a += 1
    if a + 1 < b and doc[a].pos_ == "ADV" and doc[a + 1].text == ",":
        a += 2
    if a < b and doc[a].lower_ in ("despite", "notwithstanding"):
        comma = next((i for i in range(a, min(b, a + 8)) if doc[i].text == ","), None)
        if comma is not None:
            a = comma + 1
    a, b = _trim(ctx, a, b)
    if b - a < 3 or not _has_verb(doc, a, b):
        return None
    return a, b


def _np_head_after(doc: Doc, i: int, limit: int) -> Token | None:
    if i >= limit:
        return None
    t = doc[i]
    for _ in range(6):
        h = t.head
        if h.i == t.i or h.i >= limit or h.i < i or t.dep_ not in ("compound", "det", "amod", "poss", "case", "nmod", "nummod", "punct", "quantmod", "advmod", "predet"):
            break
        t = h
    return t


def _find_cues(ctx: _Context) -> list[_Cue]:
    doc, cues = ctx.doc, ctx.cues
    found: list[_Cue] = []
    first_words = {p[0] for p in cues.phrases}
    n = len(doc)
    lemma_keys, lower_keys = _cue_hashes()
    candidates = [i for i, (lm, lw) in enumerate(zip(ctx.lemma_ids, ctx.lower_ids)) if (lm in lemma_keys or lw in lower_keys) and not ctx.in_quote[i]]
    for i in candidates:
        t = doc[i]
        low = t.lower_
        if low in first_words:
            for p in cues.phrases:
                m = len(p)
                if t.i + m <= n and all(doc[t.i + j].lower_ == p[j] for j in range(m)):
                    sent = _sentence_of(ctx, t.i)
                    head = _np_head_after(doc, t.i + m, sent.end)
                    if head is not None and _can_state(ctx, head):
                        found.append(_prep_cue(ctx, t.i, t.i + m, head))
                    break
            continue
        verb_like = t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") or (t.dep_ in ("ROOT", "ccomp") and any(c.dep_ == "nsubj" for c in t.children) and any(c.dep_ == "ccomp" for c in t.children))
        if not verb_like:
            if low in cues.noun_cues and t.pos_ == "NOUN":
                nxt = t.i + 1
                if nxt < n and doc[nxt].text == ":":
                    gov = t.head
                    s = _subject(gov) if gov.i != t.i else None
                    if s is not None:
                        found.append(_Cue(t.i, t.i + 1, "quote_only", s, verb=gov))
            continue
        lemma = t.lemma_.lower()
        frame = cues.verbs.get(lemma)
        end = t.i + 1
        if lemma in cues.phrasal:
            for c in t.children:
                if c.i > t.i and c.lower_ in cues.phrasal[lemma] and c.dep_ in ("prt", "prep"):
                    frame = cues.phrasal[lemma][c.lower_]
                    end = c.i + 1
                    break
        if frame is None:
            continue
        cue = _verb_cue(ctx, t, frame, end)
        if cue is not None:
            found.append(cue)
    return found


@functools.lru_cache(maxsize=1)
def _cue_hashes() -> tuple[frozenset[int], frozenset[int]]:
    """Hashes of cue lemmas and words, to pick candidate tokens without making Token objects."""
    cues = load_cues()
    lemmas = set(cues.verbs) | set(cues.phrasal)
    words = {p[0] for p in cues.phrases} | set(cues.noun_cues) | set(cues.verbs) | set(cues.phrasal)
    return frozenset(hash_string(w) for w in lemmas), frozenset(hash_string(w) for w in words)


def _can_state(ctx: _Context, head: Token) -> bool:
    """Whether 'according to X' names a source of statements (not 'its population size')."""
    cues = ctx.cues
    if head.pos_ in ("PROPN", "PRON") or head.ent_type_ or head.text[:1].isupper():
        return True
    lemma, low = head.lemma_.lower(), head.lower_
    heads = (cues.anonymous_heads, cues.document_heads, cues.media_heads, cues.organization_heads, cues.person_heads, cues.titles)
    return any(lemma in h or low in h for h in heads)


def _prep_cue(ctx: _Context, a: int, b: int, head: Token) -> _Cue:
    """'according to X' beside its clause: before, after or inside it."""
    doc = ctx.doc
    sent = _sentence_of(ctx, a)
    np_a, np_b = _np_range(ctx, head)
    np_b = max(np_b, b)
    before = [doc[i] for i in range(sent.start, a) if not (doc[i].is_punct or doc[i].is_space)]
    after_a = np_b
    while after_a < sent.end and doc[after_a].is_space:
        after_a += 1
    if after_a < sent.end and doc[after_a].text == "(":
        close = next((i for i in range(after_a, min(sent.end, after_a + 12)) if doc[i].text == ")"), None)
        if close is not None:
            after_a = close + 1  # "the World Health Organization (WHO), ..."
    if after_a < sent.end and doc[after_a].text == ",":
        # "According to Tom Frieden, formerly the director of the CDC, the pandemic ...": skip the apposition.
        nxt = next((i for i in range(after_a + 1, sent.end) if doc[i].text == ","), None)
        if nxt is not None and not any(doc[i].pos_ in ("VERB", "AUX") for i in range(after_a + 1, nxt)) and nxt - after_a <= 15:
            after_a = nxt + 1
    after = [doc[i] for i in range(after_a, sent.end) if not (doc[i].is_punct or doc[i].is_space)]
    content = None
    side = ""
    if after and _has_verb(doc, after_a, sent.end):
        content = _trim(ctx, after_a, sent.end)
        side = "right"
    elif before and _has_verb(doc, sent.start, a):
        s = sent.start
        if doc[s].pos_ == "CCONJ":
            s += 1
        content = _trim(ctx, s, a)
        side = "left"
    return _Cue(a, b, "prep", head, content=content, side=side)


def _verb_cue(ctx: _Context, v: Token, frame: str, end: int) -> _Cue | None:
    doc, cues = ctx.doc, ctx.cues
    if v.lower_ in cues.relay_as_words and v.head.lower_ == "as" and cues.verbs.get(v.head.head.lemma_.lower()) == "relay":
        return None  # the "saying" of "quoted X as saying" belongs to the relay cue
    speaker = _subject(v)
    own_subject = speaker is not None
    via = None
    if speaker is not None and speaker.dep_ == "nsubjpass" and frame != "relay":
        # Passive reports ("was told", "were asked") name no speaker unless an agent does.
        speaker = None
        for c in v.children:
            if c.dep_ == "agent":
                speaker = next((g for g in c.children if g.dep_ == "pobj"), None)
        if speaker is None:
            return None
    if frame == "relay":
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        as_word = None
        for c in v.children:
            if c.lower_ == "as" and c.i > v.i:
                as_word = next((g for g in c.children if g.lower_ in cues.relay_as_words), None)
        if as_word is None:
            as_word = next((c for c in v.children if c.lower_ in cues.relay_as_words and c.i > v.i), None)
        if as_word is None:
            return None
        if obj is not None:
            via, speaker = speaker, obj
        elif speaker is not None and speaker.dep_ == "nsubjpass":
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            via = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if speaker is None:
            return None
        content = _right_content(ctx, as_word, ("ccomp", "xcomp", "dobj"))
        side = "right" if content else ""
        if content is None:
            content = _left_content(ctx, v, via if via is not None and via.i < v.i else speaker)
            side = "left" if content else ""
        return _Cue(v.i, as_word.i + 1, "relay", speaker, via=via, content=content, side=side, verb=v)
    if speaker is None:
        speaker = _inherited_subject(v)
    if speaker is None and v.i + 1 < len(doc) and v.i > 0 and (doc[v.i - 1].text in ('"', "”", "»") or (doc[v.i - 1].text == "," and v.i > 1 and doc[v.i - 2].text in ('"', "”", "»"))):
        # '"...," tweeted Mayor Sadiq Khan': the parser missed the inverted subject.
        sent = _sentence_of(ctx, v.i)
        speaker = _np_head_after(doc, v.i + 1, sent.end)
        if speaker is not None and speaker.pos_ not in ("PROPN", "NOUN"):
            speaker = None
    if speaker is None and v.i > 1:
        # '"...", Caloundra coach Geoff Ingram said': the parser made the name an object.
        j = v.i - 1
        while j > 0 and not (doc[j].is_punct or doc[j].is_space) and v.i - j <= 8:
            j -= 1
        if doc[j].text in (",", '"', "”", "»") and j < v.i - 1:
            names = [t for t in doc[j + 1 : v.i] if t.pos_ == "PROPN" or t.ent_type_ == "PERSON"]
            if names:
                speaker = names[-1]
    if speaker is None:
        return None
    sent = _sentence_of(ctx, v.i)
    if not (sent.start <= speaker.i < sent.end):
        # The parser took a subject from another sentence (a pull-quote or heading before it).
        first = sent.start
        while first < v.i and (doc[first].is_punct or doc[first].is_space):
            first += 1
        head = _np_head_after(doc, first, v.i)
        if head is None or head.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        speaker = head
    speaker = _resolve_relative(v, speaker)
    if speaker.pos_ in ("VERB", "AUX") or speaker.tag_ in ("VBN", "VBG"):
        return None  # "Asked about X, he said": a clause, not a speaker
    if speaker.lower_ in ("there", "this") or speaker.lower_ in _FIRST_SECOND_PERSON:
        return None  # "I said", "you asked": the writer or the interviewee speaking, handled as quotes
    content: tuple[int, int] | None = None
    side = ""
    if frame == "speech":
        xc = next((c for c in v.children if c.dep_ == "xcomp" and c.i > v.i), None)
        cc = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
        content = _right_content(ctx, v, ("ccomp",)) if cc is not None and (xc is None or cc.i < xc.i) else None
        if xc is not None:
            infinitive = any(g.lower_ == "to" and g.dep_ == "aux" for g in xc.children)
            adjunct = xc.left_edge.i > 0 and doc[xc.left_edge.i - 1].text in (",", ";", "—")
            if (not infinitive and not adjunct and xc.left_edge.i <= v.i + 3) or (infinitive and (any(c.dep_ in ("dobj", "dative") for c in v.children) or v.lemma_ in ("promise", "vow", "pledge", "threaten"))):
                # "told them to leave", "vowed to fight", "said naming the virus after Wuhan would ..."
                content = _right_content(ctx, v, ("xcomp",))
    elif frame == "directive":
        content = _right_content(ctx, v, ("xcomp", "ccomp"))
    elif frame == "refusal":
        for c in v.children:
            if c.dep_ == "xcomp" and c.lemma_.lower() in cues.refusal_complements and c.i > v.i:
                content = _trim(ctx, c.left_edge.i, c.right_edge.i + 1)
    elif frame in ("call", "np_quote"):
        obj = next((c for c in v.children if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") and c.i > v.i), None)
        if obj is not None:
            b = obj.right_edge.i + 1
            for c in v.children:
                if c.i > obj.i and c.dep_ in ("oprd", "ccomp", "xcomp", "prep", "advcl", "acomp") and (c.dep_ != "prep" or c.lower_ == "as"):
                    b = max(b, c.right_edge.i + 1)
            a, b = _trim(ctx, obj.left_edge.i, b)
            for i in range(a + 1, b):
                if doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in cues.verbs and doc[i - 1].lower_ in ("and", ",", "but") and not ctx.in_quote[i]:
                    a, b = _trim(ctx, a, i - 1)  # "lauded X "..." and claimed ...": a second statement
                    break
            lo, hi = (doc[a].idx, _tok_end(doc, b - 1)) if b > a else (0, 0)
            quoted = any(lo <= m.open < hi and not _is_title(ctx.text[m.start : m.end]) for m in ctx.marks)
            if quoted or any(doc[i].lower_ == "that" and doc[i].dep_ == "mark" for i in range(a, b)):
                content = (a, b)
    if content is not None:
        content = _cap_at_sentence_end(ctx, content)
        if content[1] <= content[0] or (frame in ("speech", "prep") and not _has_verb(doc, *content)):
            content = None
        else:
            side = "right"
    ends_clause = not any(c.i > v.i and c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "acomp") for c in v.children)
    if content is None and ends_clause and frame in ("speech", "quote_only") and (own_subject or v.dep_ in ("ROOT", "parataxis") or any(c.dep_ == "ccomp" and c.i < v.i for c in v.children)):
        content = _left_content(ctx, v, speaker)
        side = "left" if content else ""
    if content is None and own_subject and frame == "speech" and v.dep_ == "ccomp" and v.head.i > v.right_edge.i:
        # "Al Jazeera reported on Thursday, coverage had risen to 55 percent": the parser made the
        # report a clause of its own content.
        a, b = v.right_edge.i + 1, v.head.right_edge.i + 1
        if a < b and doc[a].text in (",", ":", "—") and _has_verb(doc, a, b):
            content = _cap_at_sentence_end(ctx, _trim(ctx, a, b))
            side = "right"
    left = None
    if side == "right" and own_subject and frame == "speech" and any(c.dep_ == "ccomp" and c.i < v.i for c in v.children):
        # "A, said X, fellow at Y: “B”": a statement on each side of the cue.
        left = _left_content(ctx, v, speaker)
    if content is None and frame not in ("speech", "quote_only"):
        # Directives, calls and refusals without their complement are no statement;
        # keep them only to attribute an adjacent direct quote.
        side = ""
    return _Cue(v.i, end, frame, speaker, via=via, content=content, side=side, verb=v, left=left)


# ---------------------------------------------------------------- speakers


def _np_range(ctx: _Context, head: Token) -> tuple[int, int]:
    """Token range of the speaker phrase: the head with its modifiers, without appositions or clauses."""
    a = b = head.i
    for c in head.lefts:
        if c.dep_ not in ("punct", "appos", "relcl", "acl", "cc") or c.dep_ == "cc" and c.lower_ == "both":
            a = min(a, c.left_edge.i)
    doc = ctx.doc
    for c in head.rights:
        if c.dep_ in ("prep", "compound", "cc", "conj", "nummod", "case", "poss", "acl") and not any(doc[i].text in (",", ";", "—") for i in range(head.i, c.i)):
            b = max(b, c.right_edge.i)
    for i in range(head.i + 1, b + 1):
        if doc[i].text in (",", ";", "—", "(") or (doc[i].is_quote if hasattr(doc[i], "is_quote") else False):
            b = i - 1
            break
    while b > a and (doc[b].is_punct or doc[b].is_space):
        b -= 1
    while a < b and (doc[a].is_punct or doc[a].is_space):
        a += 1
    return a, b + 1


@dataclass
class _Speaker:
    text: str = ""
    start: int | None = None
    end: int | None = None
    canonical: str = ""
    type: str = "unknown"
    title: str = ""
    ent_id: int | None = None
    resolved: bool = False
    pos: int = 0  # char offset used for ordering in the history


class _Resolver:
    """Types and resolves speaker mentions in text order, keeping a history."""

    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self.history: list[_Speaker] = []
        self._named_police: str | None = None
        self._police_checked = False
        # Titles given to people in the text ('Argentine president Fernández' -> president).
        self.titled: list[tuple[int, str, str, int]] = []  # (char, title word, canonical, ent row)
        doc = ctx.doc
        cues = ctx.cues
        for k, lab in enumerate(ctx.ent_label):
            if lab != "PERSON":
                continue
            t0 = ctx.token_at(ctx.ent_start[k])
            j = t0 - 1
            while j >= 0 and j >= t0 - 5 and not doc[j].is_punct and doc[j].lower_ not in ("the", "a", "an"):
                w = doc[j].lower_
                if w in cues.titles or w in cues.person_heads:
                    self.titled.append((ctx.ent_start[k], w, ctx.ent_canon[k], k))
                j -= 1
            # Apposed titles: "Fernández, the president, ..."
            h = doc[ctx.token_at(ctx.ent_end[k] - 1)]
            for c in h.children:
                if c.dep_ == "appos":
                    w = c.lemma_.lower()
                    if w in cues.titles or w in cues.person_heads:
                        self.titled.append((ctx.ent_start[k], w, ctx.ent_canon[k], k))

    def named_police(self) -> str | None:
        if not self._police_checked:
            self._police_checked = True
            m = _NAMED_POLICE.search(self.ctx.text)
            if m:
                words = m.group(1).split()
                while words and words[0] in ("The", "A", "An"):
                    words = words[1:]
                if words:
                    self._named_police = " ".join(words) + " " + m.group(0).split()[-1]
        return self._named_police

    def speaker(self, head: Token, *, via_role: bool = False) -> _Speaker:
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        a, b = _np_range(ctx, head)
        sp = _Speaker()
        low = head.lower_
        if low in ("which", "who", "that", "whom") and not head.text.isupper():
            # A relative pronoun stands for the noun its clause modifies.
            for anc in head.ancestors:
                if anc.dep_ in ("relcl", "acl"):
                    return self.speaker(anc.head)
        if (head.pos_ == "PRON" or low in cues.pronouns) and not (head.text.isupper() and len(head.text) > 1):
            if any(c.dep_ == "conj" for c in head.children) and cues.pronouns.get(low) == "person":
                # "Both he and Stephen Mold urged ...": a joint speaker.
                sp.text, sp.start, sp.end, sp.pos = ctx.text[doc[a].idx : _tok_end(doc, b - 1)], doc[a].idx, _tok_end(doc, b - 1), doc[a].idx
                sp.type, sp.canonical, sp.resolved = "person", self._joint(a, b), True
                self.history.append(sp)
                return sp
            sp.text, sp.start, sp.end = head.text, head.idx, head.idx + len(head)
            sp.pos = head.idx
            self._pronoun(sp, cues.pronouns.get(low, "thing"))
            return sp
        head_end = head.idx + len(head)
        ent = ctx.entity_at(head.idx, head_end)
        if ent is not None and not (ctx.ent_start[ent] <= head.idx < ctx.ent_end[ent]):
            ent = None
        head_lemma = head.lemma_.lower()
        np_text = ctx.text[doc[a].idx : doc[b - 1].idx + len(doc[b - 1])]
        words = [doc[i].lower_ for i in range(a, b)]
        sp.pos = doc[a].idx
        # An apposed name: "the company's chief executive, John Smith, said"; the parser
        # may hang it anywhere in the phrase ("the director of Amnesty International, Mariela Belski").
        if ent is None or ctx.ent_label[ent] != "PERSON":
            lo, hi = head.left_edge.i, head.right_edge.i + 1
            for i in range(hi - 1, lo - 1, -1):
                t = doc[i]
                if t.dep_ == "appos":
                    e2 = ctx.entity_at(t.idx, t.idx + len(t))
                    if e2 is not None and ctx.ent_label[e2] == "PERSON":
                        e_tok = ctx.token_at(ctx.ent_start[e2])
                        ta, tb = _trim(ctx, lo, e_tok)
                        while ta < tb and doc[ta].dep_ == "det":
                            ta += 1
                        if tb > ta:
                            sp.title = ctx.text[doc[ta].idx : _tok_end(doc, tb - 1)]
                        self._from_entity(sp, e2)
                        return sp
        if ent is None and (head.lower_ in cues.titles or head_lemma in cues.person_heads):
            # "Mayor of London Sadiq Khan": a title heading a phrase that holds the name.
            k = bisect.bisect_left(ctx.ent_start, head.idx)
            end_char = _tok_end(doc, b - 1)
            while k < len(ctx.ent_start) and ctx.ent_start[k] < end_char:
                if ctx.ent_label[k] == "PERSON" and ctx.ent_end[k] <= end_char:
                    sp.title = ctx.text[doc[a].idx : ctx.ent_start[k]].strip(" ,")
                    sp.title = _strip_det(sp.title)
                    self._from_entity(sp, k)
                    return sp
                k += 1
        if ent is None and (head.pos_ == "PROPN" or (head.text[:1].isupper() and head.text in ctx.surnames)):
            named = self._proper_name(sp, head)
            if named:
                return sp
        if ent is not None:
            label = ctx.ent_label[ent]
            canon = ctx.ent_canon[ent]
            if label == "LAW" or label == "WORK_OF_ART":
                sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
                sp.type, sp.canonical, sp.ent_id = "document", canon, ctx.ent_id[ent]
                self.history.append(sp)
                return sp
            if label == "PERSON" or canon in ctx.person_names or (label != "PERSON" and len(canon.split()) == 1 and canon in ctx.surnames):
                self._from_entity(sp, ent)
                # Title: the words of the phrase before the name, without determiners and possessors.
                e_tok = ctx.token_at(sp.start)
                title_toks = [doc[i] for i in range(a, e_tok) if doc[i].dep_ not in ("det", "case", "punct") and not any(anc.dep_ == "poss" for anc in [doc[i], *doc[i].ancestors][:3] if anc.i < e_tok)]
                while title_toks and (title_toks[0].tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP") or title_toks[0].lemma_.lower() in cues.verbs):
                    title_toks = title_toks[1:]  # a cue the parser folded into the name phrase
                if title_toks and not sp.title:
                    sp.title = ctx.text[title_toks[0].idx : title_toks[-1].idx + len(title_toks[-1])]
                for c in head.children:
                    if c.dep_ == "appos" and not sp.title:
                        ta, tb = _trim(ctx, c.left_edge.i, c.right_edge.i + 1)
                        if tb > ta:
                            sp.title = ctx.text[doc[ta].idx : doc[tb - 1].idx + len(doc[tb - 1])]
                if " and " in np_text:
                    sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
                    sp.canonical = self._joint(a, b)
                return sp
            sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
            sp.ent_id = ctx.ent_id[ent]
            sp.canonical = canon
            sp.type = "media" if self._is_outlet(canon) or head_lemma in cues.media_heads else "organization"
            self.history.append(sp)
            return sp
        mod = ctx.entity_at(doc[a].idx, head.idx) if a < head.i else None
        if mod is not None and head_lemma not in cues.document_heads and head.lower_ not in cues.document_heads:
            canon = ctx.ent_canon[mod]
            kind = ""
            if self._is_outlet(canon) or head_lemma in cues.media_heads:
                kind = "media"
            elif head_lemma in cues.anonymous_heads or head.lower_ in cues.anonymous_heads:
                kind = "anonymous"  # "a Japanese government source", "Chinese officials"
            elif head_lemma in cues.organization_heads:
                kind = "organization"
            if kind:
                sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
                sp.type = kind
                if kind == "media":
                    sp.canonical, sp.ent_id = canon, ctx.ent_id[mod]
                elif kind == "organization":
                    sp.canonical = _strip_det(np_text)
                self.history.append(sp)
                return sp
        sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
        self._description(sp, head, words, np_text)
        self.history.append(sp)
        return sp

    def _joint(self, a: int, b: int) -> str:
        ctx = self.ctx
        names = []
        for i in range(a, b):
            t = ctx.doc[i]
            if t.pos_ == "PRON" and ctx.cues.pronouns.get(t.lower_) == "person":
                tmp = _Speaker(t.text, t.idx, t.idx + len(t), pos=t.idx)
                self._pronoun(tmp, "person")
                self.history = [h for h in self.history if h is not tmp]
                if tmp.canonical:
                    names.append(tmp.canonical)
        k = bisect.bisect_left(ctx.ent_start, ctx.doc[a].idx)
        end = ctx.doc[b - 1].idx + len(ctx.doc[b - 1])
        while k < len(ctx.ent_start) and ctx.ent_start[k] < end:
            if ctx.ent_label[k] == "PERSON" and ctx.ent_canon[k] not in names:
                names.append(ctx.ent_canon[k])
            k += 1
        return " and ".join(names)

    def _from_entity(self, sp: _Speaker, ent: int) -> None:
        ctx = self.ctx
        sp.text, sp.start, sp.end = ctx.ent_text[ent], ctx.ent_start[ent], ctx.ent_end[ent]
        sp.text = re.sub(r"(?:['’]s|['’])$", "", sp.text)
        sp.canonical = ctx.ent_canon[ent]
        # First names the model left out of the entity ("Sadiq" + "Khan").
        doc = ctx.doc
        t0 = ctx.token_at(sp.start)
        j = t0 - 1
        while j >= 0 and doc[j].pos_ == "PROPN" and doc[j].dep_ == "compound" and doc[j].head.i >= t0 and doc[j].lower_ not in ctx.cues.titles and not doc[j].ent_type_ in ("GPE", "LOC", "ORG", "NORP") and doc[j].whitespace_:
            j -= 1
        if j < t0 - 1:
            extra = ctx.text[doc[j + 1].idx : sp.start]
            sp.start = doc[j + 1].idx
            sp.text = extra + sp.text
            if not sp.canonical.endswith(sp.text):
                sp.canonical = sp.text
        # Titles the model put inside the name ("Sheriff Lee", "Dr. Anthony Fauci").
        words = sp.text.split(" ")
        k = 0
        while k < len(words) - 1 and words[k].lower().strip(".") + ("." if words[k].endswith(".") else "") in ctx.cues.titles or (k < len(words) - 1 and words[k].lower() in ctx.cues.titles):
            k += 1
        if k:
            title = " ".join(words[:k])
            sp.title = sp.title or title
            sp.start += len(title) + 1
            sp.text = " ".join(words[k:])
            if sp.canonical.startswith(title + " "):
                sp.canonical = sp.canonical[len(title) + 1 :]
        if len(sp.canonical.split()) == 1 and sp.canonical in ctx.surnames:
            sp.canonical = ctx.surnames[sp.canonical]
        sp.end = sp.start + len(sp.text)
        sp.ent_id = ctx.ent_id[ent]
        sp.type = "person"
        sp.pos = sp.start
        self.history.append(sp)

    def _proper_name(self, sp: _Speaker, head: Token) -> bool:
        """A proper-noun speaker the entity model missed ("Trump", "Regina Ip", "WHO")."""
        ctx, doc = self.ctx, self.ctx.doc
        a = head.i
        while a - 1 >= 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].head.i == head.i and doc[a - 1].dep_ == "compound":
            a -= 1
        while a < head.i and doc[a].lower_ in ctx.cues.titles:
            a += 1
        name = ctx.text[doc[a].idx : head.idx + len(head)]
        sp.text, sp.start, sp.end, sp.pos = name, doc[a].idx, head.idx + len(head), doc[a].idx
        law = ctx.entity_at(head.left_edge.idx, head.idx)
        if law is not None and ctx.ent_label[law] in ("LAW", "WORK_OF_ART"):
            # "17 U.S. Code § 1201 Circumvention of ...": the title of a statute or work.
            lo, hi = _np_range(ctx, head)
            lo = min(lo, ctx.token_at(ctx.ent_start[law]))
            sp.text = ctx.text[doc[lo].idx : _tok_end(doc, hi - 1)]
            sp.start, sp.end, sp.pos = doc[lo].idx, _tok_end(doc, hi - 1), doc[lo].idx
            sp.type, sp.canonical = "document", _strip_det(sp.text)
        elif self._is_outlet(name):
            sp.type, sp.canonical = "media", _strip_det(name)
        elif name in ctx.surnames:
            sp.type, sp.canonical = "person", ctx.surnames[name]
        elif name.isupper() and len(name) >= 2:
            full = [c for c, lab in zip(ctx.ent_canon, ctx.ent_label) if lab in ("ORG", "GPE") and "".join(w[0] for w in c.split() if w[:1].isupper()) == name]
            sp.type, sp.canonical = "organization", (full[0] if full else name)
        elif head.lemma_.lower() in ctx.cues.organization_heads or head.lemma_.lower() in ctx.cues.media_heads or name.lower() in ctx.cues.titles:
            return False  # "Ministry", "Spokesman": a description, not a name
        else:
            sp.type, sp.canonical = "person", name
        self.history.append(sp)
        return True

    def _is_outlet(self, name: str) -> bool:
        low = _strip_det(name).lower()
        if low in self.ctx.cues.media_outlets or f"the {low}" in self.ctx.cues.media_outlets:
            return True
        words = low.split()
        # "The Chicago Tribune", "Kyodo News": a multiword name ending in a newspaper word.
        return len(words) >= 2 and words[-1] in self.ctx.cues.media_name_words and name[:1].isupper()

    def _is_issuer(self, head: Token, ent: int) -> bool:
        ctx = self.ctx
        for c in head.children:
            if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of")):
                lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
                if lo <= ctx.ent_start[ent] < hi:
                    return ctx.ent_label[ent] in ("PERSON", "ORG", "GPE", "NORP")
        return False

    def _description(self, sp: _Speaker, head: Token, words: list[str], np_text: str) -> None:
        cues = self.ctx.cues
        lemma = head.lemma_.lower()
        low = head.lower_
        definite = bool(words) and words[0] in ("the", "this", "that", "these", "those", "his", "her", "its", "their", "our")
        named = _strip_det(np_text).lower()
        if named in cues.media_outlets or f"the {named}" in cues.media_outlets:
            sp.type, sp.canonical = "media", _strip_det(np_text)
            return
        if low in cues.media_heads or lemma in cues.media_heads:
            if low not in cues.media_head_needs_name and lemma not in cues.media_head_needs_name and definite and len(words) <= 2:
                prev = self._last(("media",), sp.pos)
                sp.type = "media"
                if prev is not None:
                    sp.canonical, sp.ent_id, sp.resolved = prev.canonical, prev.ent_id, True
                return
        if low in cues.document_heads or lemma in cues.document_heads:
            sp.type = "document"
            for c in head.children:
                if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")):
                    e = self.ctx.entity_at(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.lemma_.lower() in cues.organization_heads and (e is None or self.ctx.ent_label[e] in ("NORP", "GPE")):
                        # "Estimates by the Argentinian government": the issuer is the whole phrase.
                        sp.canonical = _strip_det(self.ctx.text[pobj.left_edge.idx : _tok_end(self.ctx.doc, pobj.i)])
                    elif e is not None:
                        sp.canonical, sp.ent_id = self.ctx.ent_canon[e], self.ctx.ent_id[e]
                    elif c.dep_ == "prep":
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if pobj is not None:
                            sp.canonical = _strip_det(self.ctx.text[pobj.left_edge.idx : pobj.right_edge.idx + len(pobj.right_edge)])
            return
        if lemma == "police" or low == "police":
            named_force = self.named_police()
            if named_force:
                sp.type, sp.canonical = "organization", named_force
            else:
                sp.type = "anonymous"
            return
        if definite and (lemma in cues.person_heads or low in cues.titles):
            best = None
            for pos, w, canon, k in self.titled:
                if w in (lemma, low) and pos < sp.pos:
                    best = (canon, k)
            if best is None:
                prev = self._last(("person",), sp.pos)
                if prev is not None and lemma in cues.titles and prev.title and lemma in prev.title.lower():
                    best = (prev.canonical, None)
            sp.type = "person"
            if best is not None:
                sp.canonical = best[0]
                sp.ent_id = self.ctx.ent_id[best[1]] if best[1] is not None else None
                sp.resolved = True
            return
        if lemma in cues.organization_heads or low in cues.organization_heads:
            sp.type = "organization"
            if definite and len(words) <= 2 and (lemma in cues.generic_organization_heads or low in cues.generic_organization_heads):
                # "the company", "the firm": the organisation named last.
                prev = self._last(("organization",), sp.pos)
                k = bisect.bisect_left(self.ctx.ent_start, sp.pos) - 1
                while k >= 0 and self.ctx.ent_label[k] != "ORG":
                    k -= 1
                if k >= 0 and (prev is None or self.ctx.ent_start[k] > prev.pos) and not self._is_outlet(self.ctx.ent_canon[k]):
                    sp.canonical, sp.ent_id, sp.resolved = self.ctx.ent_canon[k], self.ctx.ent_id[k], True
                    return
                if prev is not None:
                    sp.canonical, sp.ent_id, sp.resolved = prev.canonical, prev.ent_id, True
                    return
            if definite and len(words) <= 2:
                prev = None
                for k in range(len(self.ctx.ent_start) - 1, -1, -1):
                    if self.ctx.ent_start[k] < sp.pos and self.ctx.ent_label[k] in ("ORG",) and low in self.ctx.ent_canon[k].lower():
                        prev = k
                        break
                if prev is not None:
                    sp.canonical, sp.ent_id, sp.resolved = self.ctx.ent_canon[prev], self.ctx.ent_id[prev], True
                    return
            sp.canonical = _strip_det(np_text)
            return
        if lemma in cues.anonymous_heads or low in cues.anonymous_heads:
            sp.type = "anonymous"
            return
        if lemma in cues.person_heads:
            sp.type = "person" if definite else "anonymous"
            return
        sp.type = "unknown"

    def _last(self, types: tuple[str, ...], before: int) -> _Speaker | None:
        for sp in reversed(self.history):
            if sp.type in types and sp.pos < before and (sp.canonical or sp.type == "document"):
                return sp
        return None

    def _pronoun(self, sp: _Speaker, kind: str) -> None:
        ctx = self.ctx
        if kind == "person":
            prev = self._last(("person",), sp.pos)
            unnamed = next((h for h in reversed(self.history) if h.pos < sp.pos and h.type in ("person", "anonymous")), None)
            if unnamed is not None and not unnamed.canonical and (prev is None or unnamed.pos > prev.pos) and ctx.sent_of[ctx.token_at(unnamed.pos)] >= ctx.sent_of[ctx.token_at(sp.pos)] - 1:
                # "One woman said ... She said ...": the pronoun continues an unnamed speaker.
                sp.type, sp.resolved = unnamed.type, True
                self.history.append(sp)
                return
            # A person named as a sentence subject after the last speaker is the likelier antecedent.
            k = bisect.bisect_left(ctx.ent_start, sp.pos) - 1
            cand = None
            here = ctx.sent_of[ctx.token_at(sp.pos)]
            # A speaker quoted in the last two sentences is the likeliest antecedent; else a person
            # named in the previous sentence of the paragraph (its subject if several); else a
            # person named as a subject after the last speaker.
            recent = prev is not None and ctx.sent_of[ctx.token_at(prev.pos)] >= here - 2
            last_in_prev = None
            while not recent and k >= 0 and ctx.sent_of[ctx.token_at(ctx.ent_start[k])] >= here - 1:
                ek = ctx.token_at(ctx.ent_start[k])
                is_person = ctx.ent_label[k] == "PERSON" or ctx.ent_canon[k] in ctx.surnames or ctx.ent_canon[k] in ctx.person_names
                if ctx.sent_of[ek] == here - 1 and is_person and not ctx.in_quote[ek] and ctx.para_of(ctx.ent_start[k]) == ctx.para_of(sp.pos):
                    tok = ctx.doc[ctx.token_at(ctx.ent_end[k] - 1)]
                    if tok.dep_ in ("nsubj", "nsubjpass"):
                        cand = k
                        break
                    if last_in_prev is None:
                        last_in_prev = k
                k -= 1
            if cand is None:
                cand = last_in_prev
            k = bisect.bisect_left(ctx.ent_start, sp.pos) - 1
            while cand is None and not recent and k >= 0 and (prev is None or ctx.ent_start[k] > prev.pos):
                if ctx.ent_label[k] == "PERSON" and not ctx.in_quote[ctx.token_at(ctx.ent_start[k])]:
                    tok = ctx.doc[ctx.token_at(ctx.ent_end[k] - 1)]
                    if tok.dep_ in ("nsubj", "nsubjpass") and ctx.sent_of[tok.i] < here:
                        cand = k
                        break
                k -= 1
            sp.type = "person"
            if cand is not None:
                sp.canonical, sp.ent_id, sp.resolved = ctx.surnames.get(ctx.ent_canon[cand], ctx.ent_canon[cand]), ctx.ent_id[cand], True
            elif prev is not None:
                sp.canonical, sp.ent_id, sp.resolved = prev.canonical, prev.ent_id, True
                sp.title = prev.title
            else:
                k = bisect.bisect_left(ctx.ent_start, sp.pos) - 1
                while k >= 0:
                    if ctx.ent_label[k] == "PERSON":
                        sp.canonical, sp.ent_id, sp.resolved = ctx.ent_canon[k], ctx.ent_id[k], True
                        break
                    k -= 1
        elif kind in ("thing", "group"):
            prev = self._last(("media", "organization", "document"), sp.pos)
            if prev is not None:
                sp.type, sp.canonical, sp.ent_id, sp.resolved = prev.type, prev.canonical, prev.ent_id, True
            elif kind == "group":
                sp.type = "unknown"
        self.history.append(sp)


def _strip_det(text: str) -> str:
    return re.sub(r"^(?:the|The|THE|a|an|A|An)\s+", "", text.strip())


# ---------------------------------------------------------------- direct quotes


def _interview_answers(ctx: _Context) -> list[tuple[int, int, int, int]]:
    """``((Name)) answer`` paragraphs and their untagged continuations: (start, end, tag_start, tag_end)."""
    out: list[tuple[int, int, int, int]] = []
    text = ctx.text
    current: tuple[int, int] | None = None
    for a, b in ctx.paragraphs:
        m = _INTERVIEW_TAG.match(text, a, b)
        if m:
            tag = m.group(1).strip()
            if any(ch.islower() for ch in tag) and m.end() < b:
                current = (m.start(1), m.start(1) + len(tag))
                out.append((m.end(), b, *current))
            else:
                current = None
            continue
        if current is not None and not _MARK.search(text, a, b) and "((" not in text[a:b]:
            out.append((a, b, *current))
        else:
            current = None
    return out


def _between_is_attribution(ctx: _Context, cue: _Cue, a: int, b: int) -> bool:
    """True when tokens a:b (between a cue and an opening mark) hold no words of the content."""
    return _first_content_token(ctx, cue, a, b) is None


def _first_content_token(ctx: _Context, cue: _Cue, a: int, b: int) -> int | None:
    """The first token of a:b that belongs to the reported content rather than to the act of saying."""
    doc = ctx.doc
    v = cue.verb
    speaker_range = range(*_np_range(ctx, cue.speaker)) if cue.speaker is not None else range(0)
    for i in range(a, b):
        t = doc[i]
        if t.is_punct or t.is_space or (t.lower_ == "that" and t.dep_ in ("mark", "nsubj", "dobj")) or i in speaker_range:
            continue
        if cue.speaker is not None and (t.i in range(cue.speaker.left_edge.i, cue.speaker.right_edge.i + 1)):
            continue
        if v is None:
            return i
        if t.pos_ in ("VERB", "AUX") and _subject(t) is not None:
            return t.left_edge.i if t.left_edge.i >= a else i  # a clause of its own: the writer's words
        # Climb to the cue: a word of the content passes through a clausal complement or object.
        anc = t
        ok = False
        for _ in range(8):
            if anc.dep_ in ("ccomp", "xcomp", "oprd", "attr", "acomp", "csubj", "conj") or (anc.i != t.i and ctx.in_quote[anc.i]):
                break  # the path runs through the reported clause or the quotation: a word of the content
            if anc.head.i == v.i or anc.i == v.i:
                ok = anc.dep_ in _ATTRIBUTION_DEPS and not (anc.dep_ == "dobj" and cue.frame in ("call", "np_quote"))
                break
            if anc.head.i == anc.i:
                break
            anc = anc.head
        if not ok:
            return i
    return None


def extract_quotes(doc: Doc, *, entities: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per attributed statement in ``doc`` (offsets relative to ``doc.text``).

    Args:
        doc: A parsed spaCy Doc (tagger, parser and NER).
        entities: That Doc's entities table from
            :func:`newslab.entities.extract_entities`; computed when None.

    Returns:
        Columns :data:`COLUMNS` (the quotes schema without ``article_id`` and
        the sentiment scores), one row per statement in text order; an empty
        frame with these columns when there is none.

    Warns:
        QuoteMarkWarning: When quotation marks do not pair up (the unpaired
            marks are skipped, everything else is processed).

    Example:
        >>> from newslab.model import load_pipeline
        >>> doc = load_pipeline()('"We will win," Chief Executive Jane Smith said.')
        >>> extract_quotes(doc)[["text", "kind", "speaker", "speaker_title"]].values.tolist()
        [['We will win,', 'direct', 'Jane Smith', 'Chief Executive']]
    """
    cues = load_cues()
    if entities is None:
        entities = _entities(doc)
    ctx = _Context(doc, entities, cues)
    text = ctx.text
    if not text.strip():
        return _empty()
    marks, unpaired = pair_quote_marks(text)
    ctx.marks = marks
    if unpaired:
        snippet = ", ".join(f"{p} ({text[max(0, p - 15):p + 15]!r})" for p in unpaired[:3])
        warnings.warn(
            f"{len(unpaired)} quotation mark(s) pair with nothing and were skipped, at offset {snippet}"
            f"{' ...' if len(unpaired) > 3 else ''}; the rest of the text was processed.",
            QuoteMarkWarning,
            stacklevel=2,
        )
    answers = _interview_answers(ctx)
    spans: list[tuple[int, int]] = [(q.start, q.end) for q in marks] + [(a, b) for a, b, _, _ in answers]
    for s, e in spans:
        i = ctx.token_at(s)
        while i < len(doc) and doc[i].idx < e:
            ctx.in_quote[i] = True
            i += 1
    found = _find_cues(ctx)
    _cut_at_postposed(ctx, found)
    rows = _direct_rows(ctx, marks, found)
    rows += _indirect_rows(ctx, found, rows)
    rows = _fold_nested(ctx, rows)
    return _build(ctx, rows, answers)


def _quote_words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _is_title(text: str) -> bool:
    """A short marked string in title case ("Storm Area 51 Basecamp", "Best Hero") names a work or event."""
    words = re.findall(r"[\w'’-]+", text)
    if not words or len(words) > 8:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content) and not (len(content) == 1 and text.rstrip()[-1:] in _TERMINAL)


def _after_cue(ctx: _Context, marks: list[QuoteMark], qi: int, found: list[_Cue], cue_starts: list[int], t_open: int, t_close: int) -> _Cue | None:
    """The attribution right after the closing mark, or a postposed one later in the sentence."""
    doc = ctx.doc
    if t_close + 1 >= len(doc):
        return None
    sent = _sentence_of(ctx, t_close)
    k = bisect.bisect_right(cue_starts, t_close)
    while k < len(found) and found[k].start < sent.end:
        c = found[k]
        if c.speaker is not None and c.speaker.i > t_close:
            first = min(c.start, c.speaker.left_edge.i)
            only_punct = all(doc[i].is_punct or doc[i].is_space for i in range(t_close + 1, first))
            if not only_punct and c.speaker.i < c.start and c.start - t_close <= 10:
                # '"...", Caloundra coach Geoff Ingram said': a name phrase, no verb, between mark and cue.
                gap = [doc[i] for i in range(t_close + 1, c.start)]
                only_punct = bool(gap) and gap[0].is_punct and all(
                    t.is_punct or t.is_space or t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM", "PART") or t.lower_ in ctx.cues.titles
                    or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.lower_ in ("of", "for", "at", "from", "with")
                    for t in gap
                ) and not any(t.text in ('"', "“", "”") for t in gap[1:])
            later_mark = any(m.open < doc[c.start].idx for m in marks[qi + 1 : qi + 2])
            if only_punct or (c.side == "left" and not later_mark and c.content and c.content[0] <= t_open + 1):
                return c
        if c.frame != "prep":
            return None
        k += 1
    return None


def _before_cue(ctx: _Context, q: QuoteMark, found: list[_Cue], cue_starts: list[int], t_open: int, t_close: int) -> tuple[_Cue | None, str, tuple[int, int] | None]:
    """The nearest cue before the opening mark: ``(cue, "direct"|"mixed"|"", mixed char span)``."""
    doc, text = ctx.doc, ctx.text
    k = bisect.bisect_left(cue_starts, t_open) - 1
    while k >= 0 and found[k].end > t_open:
        k -= 1
    if k < 0:
        return None, "", None
    c = found[k]
    sent_idx = ctx.sent_of[t_open]
    c_sent = ctx.sent_of[c.start]
    j = q.open - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    colon = j >= 0 and text[j] == ":"
    if c_sent != sent_idx and not (colon and c_sent == sent_idx - 1):
        return None, "", None
    close_end = q.close + 1 if q.close >= 0 else q.end
    earlier = [m for m in ctx.marks if m.close >= 0 and doc[c.end - 1].idx < m.open < q.open]
    if earlier:
        # 'states "A." and that "B."': a second quotation of the same statement takes the same cue.
        gap = text[earlier[-1].close + 1 : q.open].strip(" ,;").lower()
        if gap in ("", "and", "and that", "but", "but that", "or", "adding", "and added", "and also"):
            return c, "direct", None
        return None, "", None
    if c.frame == "prep":
        np_end = c.end
        if c.speaker is not None:
            np_end = max(np_end, _np_range(ctx, c.speaker)[1])
        between_ok = all(doc[i].is_punct or doc[i].is_space for i in range(np_end, t_open))
    else:
        last = c.end
        if c.speaker is not None and c.speaker.i >= c.end and c.speaker.i < t_open:
            last = max(last, _np_range(ctx, c.speaker)[1])  # inverted "said X:" before the quote
        first_content = _first_content_token(ctx, c, last, t_open) if last <= t_open else t_open
        between_ok = last <= t_open and first_content is None
    content = c.content if c.side == "right" else None
    if between_ok:
        after_close = t_close + 1
        while after_close < len(doc) and doc[after_close].is_space:
            after_close += 1
        if content is not None and content[1] > after_close and not doc[after_close].is_punct and content[0] <= after_close:
            # The reported clause goes on after the quotation ('called on "X" to act').
            return c, "mixed", (q.open, _tok_end(doc, content[1] - 1))
        return c, "direct", None
    if content is not None and content[0] <= t_open and c.frame != "quote_only":
        end = max(close_end, _tok_end(doc, content[1] - 1))
        if c.frame in ("call", "np_quote"):
            # 'called the report "fake news" on Twitter': the predicate is the quoted fragment.
            last = max((m.close + 1 for m in ctx.marks if m.close >= 0 and doc[content[0]].idx <= m.open < end), default=end)
            end = last
        return c, "mixed", (doc[content[0]].idx, end)
    if content is None and c.frame in ("speech", "directive", "relay") and first_content is not None and first_content < t_open and c.speaker is not None:
        # The parse lost the clause, but the words between cue and quote are the writer's report.
        return c, "mixed", (doc[first_content].idx, close_end)
    return None, "", None


def _direct_rows(ctx: _Context, marks: list[QuoteMark], found: list[_Cue]) -> list[_Row]:
    doc, text = ctx.doc, ctx.text
    rows: list[_Row] = []
    cue_starts = [c.start for c in found]
    prev_row: _Row | None = None
    covered = -1
    for qi, q in enumerate(marks):
        if q.open < covered:
            continue  # a fragment of a mixed statement already emitted
        t_open = ctx.token_at(q.open)
        t_close = ctx.token_at(q.close) if q.close >= 0 else ctx.token_at(q.end - 1)
        qtext = text[q.start : q.end]
        if _is_title(qtext):
            continue
        long_enough = _quote_words(qtext) >= 4 or qtext.rstrip("”\"' ")[-1:] in _TERMINAL
        continued = qi > 0 and marks[qi - 1].continues and ctx.para_of(marks[qi - 1].open) == ctx.para_of(q.open) - 1 and q.open == ctx.paragraphs[ctx.para_of(q.open)][0]
        before, mode, span = _before_cue(ctx, q, found, cue_starts, t_open, t_close)
        if mode == "mixed" and span is not None:
            rows.append(_Row(span[0], span[1], "mixed", before))
            covered = span[1]
            prev_row = rows[-1]
            continue
        after = _after_cue(ctx, marks, qi, found, cue_starts, t_open, t_close) if q.close >= 0 else None
        chosen = after or (before if mode == "direct" else None)
        if after is not None and mode == "direct" and before is not None and qtext.rstrip("”\"' ")[-1:] == ".":
            # 'states "A." he also said, "B."': a quotation closed by a full stop belongs to the cue before it.
            chosen = before
        if chosen is not None:
            rows.append(_Row(q.start, q.end, "direct", chosen))
            prev_row = rows[-1]
            continue
        if continued and prev_row is not None and prev_row.kind == "direct":
            rows.append(_Row(q.start, q.end, "direct", None, speaker_from=prev_row))
            prev_row = rows[-1]
            continue
        if not long_enough:
            continue
        # Standalone quote: the speaker of the previous sentence, else a person named there.
        sent_idx = ctx.sent_of[t_open]
        para = ctx.para_of(q.open)
        if prev_row is not None:
            ref = doc[prev_row.cue.start].idx if prev_row.cue is not None else prev_row.start
            if (ctx.sent_of[ctx.token_at(ref)] >= sent_idx - 1 and ctx.para_of(ref) >= para - 1) or ctx.para_of(ref) == para:
                rows.append(_Row(q.start, q.end, "direct", None, speaker_from=prev_row))
                prev_row = rows[-1]
                continue
        person = _person_in_previous_sentence(ctx, sent_idx, para)
        if person is not None:
            rows.append(_Row(q.start, q.end, "direct", None, entity_speaker=person))
            prev_row = rows[-1]
            continue
        if prev_row is not None and ctx.para_of(prev_row.start) >= para - 2:
            rows.append(_Row(q.start, q.end, "direct", None, speaker_from=prev_row))
            prev_row = rows[-1]
    return rows


def _person_in_previous_sentence(ctx: _Context, sent_idx: int, para: int) -> int | None:
    if sent_idx == 0:
        return None
    ps = ctx.sents[sent_idx - 1]
    if ctx.para_of(ps.start_char) != para:
        return None
    k = bisect.bisect_right(ctx.ent_start, ps.end_char) - 1
    while k >= 0 and ctx.ent_start[k] >= ps.start_char:
        person = ctx.ent_label[k] == "PERSON" or ctx.ent_canon[k] in ctx.surnames or ctx.ent_canon[k] in ctx.person_names
        if person and not ctx.in_quote[ctx.token_at(ctx.ent_start[k])]:
            return k
        k -= 1
    return None


def _tok_end(doc: Doc, i: int) -> int:
    return doc[i].idx + len(doc[i])


def _indirect_rows(ctx: _Context, found: list[_Cue], direct: list[_Row]) -> list[_Row]:
    doc = ctx.doc
    used = {id(r.cue) for r in direct if r.cue is not None}
    taken = sorted((r.start, r.end) for r in direct)
    rows: list[_Row] = []
    for c, content in [(c, c.content) for c in found if id(c) not in used] + [(c, c.left) for c in found if c.left]:
        if content is None:
            continue
        a, b = content
        if b <= a:
            continue
        s, e = doc[a].idx, _tok_end(doc, b - 1)
        # A quotation inside the content makes it mixed; one that straddles it means the parse broke.
        overlap = [(x, y) for x, y in taken if x < e and s < y]
        if overlap:
            continue
        if c.frame in ("quote_only", "np_quote", "call") and c.frame != "call":
            continue
        rows.append(_Row(s, e, "indirect", c))
    return rows


def _cut_at_postposed(ctx: _Context, found: list[_Cue]) -> None:
    """End a forward clause where a postposed attribution of another speaker begins
    ('X said that A, Cyprus Mail reported': A stops before ', Cyprus Mail')."""
    doc = ctx.doc
    clusters = []
    for c in found:
        if c.side == "left" and c.speaker is not None and c.speaker.i < c.start:
            clusters.append(min(c.start, c.speaker.left_edge.i))
    if not clusters:
        return
    for c in found:
        if c.side != "right" or c.content is None:
            continue
        a, b = c.content
        cut = [k for k in clusters if a < k < b and k > c.start]
        if cut:
            c.content = _trim(ctx, a, min(cut))


def _fold_nested(ctx: _Context, rows: list[_Row]) -> list[_Row]:
    """Drop an outer attribution that wraps another one; the outer speaker becomes ``via``."""
    doc = ctx.doc
    keep: list[_Row] = []
    cue_pos = [(doc[r.cue.start].idx, r) for r in rows if r.cue is not None]
    for r in rows:
        if r.kind != "direct" and r.cue is not None:
            inner = [x for p, x in cue_pos if x is not r and r.start <= p < r.end and not (x.start <= doc[r.cue.start].idx < x.end)]
            if inner:
                for x in inner:
                    if x.via_cue is None and x.cue is not None and x.cue.via is None:
                        x.via_cue = r.cue
                continue
        keep.append(r)
    # Identical spans from two cues: keep the first.
    seen: set[tuple[int, int]] = set()
    out = []
    for r in sorted(keep, key=lambda r: (r.start, r.end)):
        if (r.start, r.end) in seen:
            continue
        seen.add((r.start, r.end))
        out.append(r)
    return out


def _cue_text(ctx: _Context, c: _Cue) -> tuple[str, int, int]:
    doc = ctx.doc
    a, b = doc[c.start].idx, _tok_end(doc, c.end - 1)
    if c.frame == "relay" and c.end - c.start > 2:
        return f"{doc[c.start].text} ... {ctx.text[doc[c.end - 2].idx:b]}", a, b
    return ctx.text[a:b], a, b


def _build(ctx: _Context, rows: list[_Row], answers: list[tuple[int, int, int, int]]) -> pd.DataFrame:
    doc = ctx.doc
    resolver = _Resolver(ctx)
    for a, b, ta, tb in answers:
        rows.append(_Row(a, b, "direct", None, resolved={"tag": (ta, tb)}))
    rows.sort(key=lambda r: (r.start, r.end))
    # Resolve speakers in order of their mention so pronouns see earlier speakers.
    order = sorted(rows, key=lambda r: _mention_pos(ctx, r))
    for r in order:
        sp = _Speaker()
        if "tag" in r.resolved:
            ta, tb = r.resolved["tag"]
            sp.text, sp.start, sp.end, sp.pos = ctx.text[ta:tb], ta, tb, ta
            ent = ctx.entity_at(ta, tb)
            sp.canonical = ctx.ent_canon[ent] if ent is not None and ctx.ent_label[ent] == "PERSON" else sp.text
            sp.ent_id = ctx.ent_id[ent] if ent is not None and ctx.ent_label[ent] == "PERSON" else None
            sp.type = "person"
            resolver.history.append(sp)
            r.resolved = {"speaker": sp, "cue": ("", None, None), "via": ""}
            continue
        if r.cue is not None:
            sp = resolver.speaker(r.cue.speaker) if r.cue.speaker is not None else _Speaker()
            via = ""
            via_tok = r.cue.via
            if via_tok is not None:
                via = resolver.speaker(via_tok).canonical or via_tok.text
            elif r.via_cue is not None and r.via_cue.speaker is not None:
                vsp = resolver.speaker(r.via_cue.speaker)
                via = vsp.canonical or vsp.text
            if via and (via == sp.canonical or via == sp.text):
                via = ""  # a participle of the same speaker ("..., adding ...") is no relay
            r.resolved = {"speaker": sp, "cue": _cue_text(ctx, r.cue), "via": via}
        elif r.entity_speaker is not None:
            k = r.entity_speaker
            canon = ctx.surnames.get(ctx.ent_canon[k], ctx.ent_canon[k])
            sp = _Speaker(ctx.ent_text[k], ctx.ent_start[k], ctx.ent_end[k], canon, "person", "", ctx.ent_id[k], True, ctx.ent_start[k])
            resolver.history.append(sp)
            r.resolved = {"speaker": sp, "cue": ("", None, None), "via": ""}
        elif r.speaker_from is not None:
            src = r.speaker_from.resolved
            base: _Speaker = src.get("speaker", _Speaker())
            sp = _Speaker(base.text, base.start, base.end, base.canonical, base.type, base.title, base.ent_id, True, base.pos)
            r.resolved = {"speaker": sp, "cue": ("", None, None), "via": src.get("via", "")}
    out = []
    text = ctx.text
    for r in rows:
        res = r.resolved
        if "speaker" not in res:
            continue
        sp: _Speaker = res["speaker"]
        cue, cs, ce = res["cue"]
        canonical = "" if sp.type == "anonymous" else sp.canonical
        out.append({
            "start_char": r.start, "end_char": r.end, "sent_id": ctx.sent_of[ctx.token_at(r.start)],
            "text": text[r.start : r.end], "kind": r.kind, "cue": cue, "cue_start_char": cs, "cue_end_char": ce,
            "speaker": sp.text, "speaker_start_char": sp.start, "speaker_end_char": sp.end,
            "speaker_canonical": canonical, "speaker_type": sp.type, "speaker_title": sp.title,
            "speaker_ent_id": sp.ent_id, "speaker_resolved": bool(sp.resolved), "via": res.get("via", "") or "",
        })
    if not out:
        return _empty()
    data: dict[str, object] = {"quote_id": list(range(len(out)))}
    for col in COLUMNS[1:]:
        values = [row[col] for row in out]
        data[col] = pd.array(values, dtype="Int64") if col in _NULLABLE_INT else values
    return pd.DataFrame(data, columns=COLUMNS)


def _mention_pos(ctx: _Context, r: _Row) -> int:
    if r.cue is not None and r.cue.speaker is not None:
        return r.cue.speaker.idx
    return r.start


_NULLABLE_INT = frozenset({"cue_start_char", "cue_end_char", "speaker_start_char", "speaker_end_char", "speaker_ent_id"})


def _empty() -> pd.DataFrame:
    return _empty_template().copy()


@functools.lru_cache(maxsize=1)
def _empty_template() -> pd.DataFrame:
    df = pd.DataFrame({c: pd.Series([], dtype="object") for c in COLUMNS})
    for col in ("quote_id", "start_char", "end_char", "sent_id"):
        df[col] = df[col].astype("int64")
    for col in ("cue_start_char", "cue_end_char", "speaker_start_char", "speaker_end_char", "speaker_ent_id"):
        df[col] = df[col].astype("Int64")
    df["speaker_resolved"] = df["speaker_resolved"].astype(bool)
    return df
