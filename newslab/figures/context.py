"""Context of a figure: ages told by the sentence, 'an estimated', and what is counted.

``counts`` is a short head phrase of the counted or measured thing (F12):
the noun phrase right after the figure ('13 Japanese'), the object of 'of' /
'in' ('two of Khan's victims', 'US$20 billion in aid'), the subject of the
clause for measures ('coverage had risen to 55 percent'), or, when nothing
follows ('five of them', 'hundreds more', 'they arrested three'), what the
previous count counted, else the nearest plural noun before it.
"""

from __future__ import annotations

import math
import re

from spacy.tokens import Doc, Token

from newslab.figures.filters import DocView
from newslab.figures.grammar import RawFigure
from newslab.figures.numbers import Lexed, Lexicon

__all__ = ["add_context"]

_SKIP_POS = frozenset({"DET", "PRON"})
_NP_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_OF_PRONOUNS = frozenset({"them", "these", "those", "us", "whom", "which", "it"})
_AGE_PREV = frozenset({"aged", "age"})
_HYPHEN_NOUN = re.compile(r"-([a-z]{3,})\b")
_HYPHEN_ADJECTIVES = frozenset({"strong", "odd", "plus", "fold", "old", "long", "wide", "high", "deep", "tall", "way"})
_TALLY_WORDS = frozenset({"vote", "votes", "voted", "ballots", "seats", "points", "goals", "score", "scored", "delegates"})
_IRREGULAR = {"person": "people", "man": "people", "woman": "people", "child": "children", "life": "lives"}


def add_context(doc: Doc, lx: Lexed, lex_: Lexicon, figures: list[RawFigure], view: DocView) -> None:
    """Fill ``kind`` (ages), ``approximate`` ('an estimated'), ``counts`` and ``unit`` in place."""
    previous: RawFigure | None = None
    spans = tuple((f.start, f.end) for f in figures)
    last_money: RawFigure | None = None
    for fig in figures:
        core = fig.extra.get("core", None)
        if fig.kind == "count" and core is not None and _is_age(lx, view, fig, core):
            fig.kind, fig.unit, fig.counts = "age", "years", "age"
        if fig.kind == "count" and last_money is not None and _money_ellipsis(view, fig, last_money):
            fig.kind, fig.unit, fig.currency = "money", last_money.currency, last_money.currency
        if fig.kind == "money" and fig.currency:
            last_money = fig
        if not fig.approximate and _estimated(lx, core if core is not None else 0, fig):
            fig.approximate = True
        level = _index_level(view, lex_, fig) if fig.kind == "count" and not fig.unit and not fig.currency else ""
        if level:
            fig.kind, fig.unit = "quantity", "points"
            if level == "named":
                continue  # 'the 5,350 mark': the noun after names the level, not what it measures
        if not fig.counts:
            fig.extra["spans"] = spans
            _counts(doc, lx.source, view, lex_, fig, previous)
        if fig.kind == "count" and fig.counts:
            previous = fig
    # The old value of a change ('from 29 to 30 seats') counts what the new value counts.
    for k, fig in enumerate(figures[:-1]):
        nxt = figures[k + 1]
        if fig.extra.get("pair_next") and fig.kind == nxt.kind == "count" and nxt.counts and not fig.extra.get("has_unit"):
            fig.counts, fig.unit = nxt.counts, nxt.unit


_LEVEL_BEFORE = frozenset({"at", "to", "of", "above", "below", "past", "near", "around", "from"})
_LEVEL_AFTER = frozenset({"high", "low", "mark", "level", "barrier", "point"})


def _index_level(view: DocView, lex_: Lexicon, fig: RawFigure) -> str:
    """A stock index's level: 'closed at 5,210.17', 'to 3,845.8', 'the 5,350 mark' in a sentence about an index.

    Returns ``"named"`` when a noun after the number names the level ('mark', 'high'),
    ``"level"`` for another index level, ``""`` for no index level.
    """
    tok = view.token(fig.extra.get("core_char", fig.start))
    if tok is None:
        return ""
    before = tok.nbor(-1) if tok.i > 0 else None
    after = view.after(fig.end)
    named = after is not None and after.lemma_.lower() in _LEVEL_AFTER
    if not (named or (before is not None and before.lower_ in _LEVEL_BEFORE)):
        return ""
    if after is not None and after.pos_ in ("NOUN", "PROPN") and not named:
        return ""  # 'an index of 500 companies' counts companies
    a, b = view.sent(tok)
    doc = view.doc
    about_index = any(doc[i].lower_ in ("index", "indices", "indexes") or doc[i].text in lex_.index_names for i in range(a, b))
    return ("named" if named else "level") if about_index else ""


def _money_ellipsis(view: DocView, fig: RawFigure, money: RawFigure) -> bool:
    """'US$5 billion in aid on top of the four billion it has received': a bare millions or
    billions after a money figure of the same sentence, counting nothing, is that money."""
    num = fig.extra.get("num")
    if num is None or not num.scaled or num.trailing_scale < 1e6 or fig.extra.get("has_unit"):
        return False
    a, b = view.token(money.start), view.token(fig.start)
    if a is None or b is None or view.sent_index(a) != view.sent_index(b):
        return False
    after = view.after(fig.end)
    # ('2 million were hired' is a count of people: a verb right after makes the figure a subject.)
    return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "VERB", "AUX") or after.lower_ in ("last", "this", "next")


def _is_age(lx: Lexed, view: DocView, fig: RawFigure, core: int) -> bool:
    num = fig.extra.get("num")
    if num is None or fig.extra.get("has_unit"):
        return False
    if math.isnan(fig.value) and not math.isnan(fig.low) and not math.isnan(fig.high):
        # A range is an age only right after 'aged': 'children aged nine to 16'.
        prev = lx.word(core - 1)
        if prev in ("from", "between"):
            prev = lx.word(core - 2)  # 'children aged from 8 to 17'
        return prev in _AGE_PREV and 1 <= fig.low < fig.high <= 120
    if not (1 <= fig.value <= 120) or fig.value != int(fig.value):
        return False
    if fig.approximate and not math.isnan(fig.high) and fig.low != fig.high:
        return False
    prev = lx.word(core - 1)
    nxt_i = num.end
    nxt_t = lx.text[nxt_i] if nxt_i < lx.n else "."
    nxt_w = lx.word(nxt_i)
    if prev in _AGE_PREV or (prev == "of" and lx.word(core - 2) == "age"):
        return True
    if prev == "at" and lx.word(core - 2) in ("died", "dies", "dead", "death", "passed", "retired", "retire"):
        return True
    # 'James Ford, 42, a convicted murderer' / 'Sudesh Amman, 20, was placed'.
    if core >= 2 and lx.text[core - 1] == "," and lx.kind[core - 2] == "w" and lx.text[core - 2][:1].isupper():
        tok = view.token(lx.start[core - 2])
        partitive = nxt_w == "of" and lx.word(nxt_i + 1) in ("them", "the", "these", "those", "us", "its", "their", "which")
        if (nxt_t in (",", ";", ")") or nxt_w in ("and", "who", "was", "is", "has", "had", "from", "of")) and not partitive:
            if tok is not None and (tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "DATE", "FAC"))):
                return True
        if nxt_t == "." and tok is not None and tok.ent_type_ == "PERSON":
            return True  # '... and Raymond Fair, 76.'

    # 'Marie-Jeanne Ion (32)', but not a tally of votes: 'Umberto Bossi (42)'.
    if core >= 2 and lx.text[core - 1] == "(" and nxt_t == ")":
        tok = view.token(lx.start[core - 2])
        if tok is not None and tok.ent_type_ == "PERSON" and 14 <= fig.value <= 110:
            start, end = view.sent(tok)
            if not any(t.lower_ in _TALLY_WORDS for t in view.doc[start:end]):
                return True
    # 'when he was 18 and ...'.
    if prev in ("was", "is", "turned", "turns", "turning") and lx.word(core - 2) in ("he", "she", "i", "they", "we", "you"):
        after = view.after(lx.end[num.end - 1])
        if after is None or after.pos_ not in ("NOUN", "PROPN"):
            return True
    return False


def _estimated(lx: Lexed, core: int, fig: RawFigure) -> bool:
    """'an estimated 300', 'The estimated cost is X' (F2): approximate, outside the span."""
    k = core - 1
    seen = 0
    while k >= 0 and seen < 4:
        t = lx.low[k]
        if lx.kind[k] == "s" and t in (".", ";", "!", "?"):
            break
        # ('ministers estimate it will cost £175 million' hedges nothing: the participle does, F2.)
        if t in ("estimated", "approximately", "est"):
            return True
        if lx.kind[k] == "w":
            seen += 1
        k -= 1
    return False


_UNCOUNTABLE = frozenset({"aircraft", "sheep", "fish", "deer", "series", "species", "staff", "police", "personnel",
                          "cattle", "people", "crew", "livestock", "equipment"})


def _plural(word: str) -> str:
    low = word.lower()
    if low in _UNCOUNTABLE:
        return low
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("s"):
        return low
    if low.endswith("y") and low[-2:-1] not in "aeiou":
        return low[:-1] + "ies"
    if low.endswith(("ch", "sh", "x")):
        return low + "es"
    return low + "s"


def _np_text(tokens: list[Token]) -> str:
    """The phrase as written ('low-income households', not 'low - income households')."""
    first, last = tokens[0], tokens[-1]
    return first.doc.text[first.idx: last.idx + len(last)]


def _np_after(tok: Token | None, limit: int, *, allow_det: bool) -> tuple[list[Token], Token] | None:
    """The noun phrase starting at ``tok``: (tokens from first content word to head, head)."""
    if tok is None:
        return None
    doc = tok.doc
    i = tok.i
    end = min(len(doc), i + limit)
    words: list[Token] = []
    head = None
    while i < end:
        t = doc[i]
        if t.pos_ in _SKIP_POS and not words and allow_det and (t.lower_ not in _OF_PRONOUNS or t.dep_ == "det"):
            i += 1
            continue
        if t.tag_ == "POS" or (t.pos_ == "PART" and t.text in ("'s", "’s", "'")):
            # 'Khan's victims': drop the possessor.
            words, head = [], None
            i += 1
            continue
        if t.pos_ in _NP_POS or (t.pos_ == "VERB" and t.tag_ in ("VBN", "VBG") and words) or (t.text == "-" and words):
            words.append(t)
            if t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "ADJ" and t.ent_type_ == "NORP"):
                head = t
                # The phrase ends at its head noun: 'cars' in '1.2 million cars last year'.
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                if t.dep_ != "compound" and not (nxt is not None and (nxt.tag_ == "POS" or (nxt.dep_ == "compound" and nxt.head.i > i))):
                    break
            i += 1
            continue
        break
    if head is None:
        return None
    words = words[: words.index(head) + 1]
    while words and words[0].pos_ in ("NUM",):
        words = words[1:]
    return (words, head) if words else None


def _counts(doc: Doc, text: str, view: DocView, lex_: Lexicon, fig: RawFigure, previous: RawFigure | None) -> None:
    after = view.after(fig.end)
    kind = fig.kind
    if kind == "score":
        fig.counts = fig.counts or "points"
        return
    m = _HYPHEN_NOUN.match(text, fig.end) if kind == "count" else None
    if m is not None and m.group(1) == "strong":
        # 'a 2,000-strong squad' counts people; the noun after says which group.
        np = _np_after(view.after(m.end()), 6, allow_det=False)
        fig.unit = "people"
        fig.counts = _np_text(np[0]) if np is not None else "people"
        return
    if m is not None and (m.group(1).endswith("ed") or m.group(1) in _HYPHEN_ADJECTIVES):
        m = None  # 'a two-pronged strategy', 'a 10-year-old': adjectives name no counted thing
    if m is not None:
        # 'a 349-seat parliament', 'a 12-member panel': the compound names what is counted.
        fig.unit = fig.unit or _plural(m.group(1))
        fig.counts = fig.unit
        return
    np = None
    if after is not None and after.lower_ not in ("of", "in", "for", "on", "worth") and after.pos_ not in ("PUNCT", "VERB", "AUX", "ADP", "ADV", "CCONJ", "SCONJ", "PART"):
        np = _np_after(after, 6, allow_det=False)
        if np is not None and np[1].ent_type_ in ("DATE", "TIME") and (np[1].pos_ != "NOUN" or np[1].lower_ in lex_.time_units):
            np = None  # 'rose by 75 million last year' counts no years
    via_of = False
    if np is None and after is not None and after.lower_ in ("of", "in", "for", "on", "worth"):
        nxt = after.nbor(1) if after.i + 1 < len(doc) else None
        if after.lower_ == "worth" and nxt is not None and nxt.lower_ == "of":
            nxt = nxt.nbor(1) if nxt.i + 1 < len(doc) else None
        determiner = nxt is not None and nxt.i + 1 < len(doc) and nxt.pos_ == "DET" and doc[nxt.i + 1].pos_ in ("NOUN", "ADJ", "PROPN")
        if after.lower_ == "of" and nxt is not None and nxt.lower_ in _OF_PRONOUNS and not determiner:  # ('of those households' counts households)
            np = None
            via_of = True
        elif after.lower_ == "of" or kind in ("money",):
            np = _np_after(nxt, 8, allow_det=True)
            if np is not None and np[1].ent_type_ in ("DATE", "TIME", "GPE"):
                np = None
    if np is None and kind in ("percent", "money", "quantity") and not via_of:
        np = _subject(view.token(fig.start))
        if np is not None and any(a <= np[1].idx < b for a, b in (*fig.extra.get("spans", ()), (fig.start, fig.end))):
            np = None  # the subject is a figure itself ('hundreds of millions ... as much as $100 million')
    if np is not None:
        words, head = np
        fig.counts = _np_text(words)
        if kind == "count" and not fig.unit:
            fig.unit = _count_unit(lex_, head)
        rate = _rate_after(lex_, head) if kind == "count" else None
        if rate is not None:
            # '150 meals a day': the rate stays with what is counted (F12) and in the unit.
            fig.counts = doc.text[words[0].idx: rate[0].idx + len(rate[0])]
            fig.unit = f"{fig.unit} per {rate[1]}"
        return
    if kind == "count" and previous is not None and previous.counts and _near(doc, view, previous, fig):
        fig.counts = previous.counts
        fig.unit = fig.unit or previous.unit
        return
    if kind == "count":
        core = view.token(fig.extra.get("core_char", fig.start))
        if core is not None and core.head.lemma_.lower() in lex_.people_verbs:
            # 'killed at least 62', 'they arrested three'
            fig.unit = "people"
            fig.counts = "people"
            return
        noun = _previous_plural(view, core, fig.extra.get("spans", ()))
        if noun is not None:
            fig.counts = noun.text
            fig.unit = fig.unit or _count_unit(lex_, noun)


def _rate_after(lex_: Lexicon, head: Token) -> tuple[Token, str] | None:
    """'a day', 'per week', 'each year' right after a counted noun: (last token, singular time unit)."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in ("a", "an", "per", "each", "every"):
        return None
    unit = doc[head.i + 2]
    canon = lex_.time_units.get(unit.lower_)
    if canon is None or (head.i + 3 < len(doc) and doc[head.i + 3].lower_ in ("ago", "earlier", "later", "before", "after", "old")):
        return None
    return unit, canon[:-3] + "y" if canon == "centuries" else canon[:-1]


def _near(doc: Doc, view: DocView, previous: RawFigure, fig: RawFigure) -> bool:
    """The previous count is in the same or the previous sentence: 'five of them' refers back to it."""
    a, b = view.token(previous.start), view.token(fig.start)
    if a is None or b is None:
        return False
    sa, sb = view.sent_index(a), view.sent_index(b)
    return sb - sa in (0, 1)


def _count_unit(lex_: Lexicon, head: Token) -> str:
    low = head.lower_
    if low in lex_.person_nouns or head.ent_type_ == "NORP" or head.lemma_.lower() in lex_.person_nouns:
        return "people"
    if head.tag_ in ("NNS", "NNPS"):
        return head.lower_
    return _plural(head.text)


def _subject(tok: Token | None) -> tuple[list[Token], Token] | None:
    """The nominal subject of the clause a measure sits in ('coverage had risen to 55 percent')."""
    if tok is None:
        return None
    t = tok
    for _ in range(4):
        if t.dep_ == "ROOT" or t.pos_ in ("VERB", "AUX"):
            break
        t = t.head
    for child in t.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
            left = [c for c in child.lefts if c.dep_ in ("compound", "amod") and c.pos_ != "VERB"]
            return ([*left, child], child)
    return None


def _previous_plural(view: DocView, tok: Token | None, spans: tuple = ()) -> Token | None:
    """The nearest plural noun before ``tok`` in its sentence that is not part of a figure ('10km')."""
    if tok is None:
        return None
    sent_start = view.sent(tok)[0]
    for k in range(tok.i - 1, max(sent_start - 1, tok.i - 25), -1):
        t = tok.doc[k]
        if t.pos_ == "NOUN" and t.tag_ == "NNS" and not any(a <= t.idx < b for a, b in spans):
            return t
    return None
