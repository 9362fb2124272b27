"""The figure grammar: one left-to-right pass over the lexed text.

At each piece the scanner tries, in order: an approximator ('more than',
'about'), a range opener ('between', 'from'), an amount (currency, number or
vague amount, scale), a unit, a range or score continuation and a postfix
('or so'). Filters then drop what is not a figure (dates, years, clock times,
ordinals, names and codes with digits, labels, street and phone numbers).
spaCy's tokens supply the part-of-speech and entity signals the filters need.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from newslab.figures.numbers import Lexed, Lexicon, Number, parse_number, parse_vague

__all__ = ["RawFigure", "scan"]

# Regions where no digit is a figure: numeric dates, clock times and phone
# numbers (one regex that fails fast on the first character), and URLs, e-mail
# addresses and publication metadata lines (run only when the text has a hint).
_BLOCK_DIGITS_RE = re.compile(
    r"(?=[\d+(])(?:"
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    r"|\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|GMT|UTC|BST|ET|EST|EDT|CET|JST|KST|h\b|hrs\b)"
    r"|\b\d{1,2}:\d{2}\b"
    r"|(?:\+\d{1,3}[\s.-]?)?\(?\b0\d{1,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,5}\b"
    r"|\+\d{1,3}[\s.-]\d{1,4}[\s.-]\d{3,4}[\s.-]?\d{0,4}"
    r"|\(\d{3}\)\s?\d{3}-\d{4}\b|\b\d{3}[.-]\d{3}-\d{4}\b)"
)
_BLOCK_HINTED = (
    ("http", re.compile(r"https?://\S+")),
    ("www.", re.compile(r"www\.\S+")),
    ("@", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("ublished", re.compile(r"^[ \t]*(?:PUBLISHED|Published)\b.*$", re.MULTILINE)),
    ("UBLISHED", re.compile(r"^[ \t]*(?:PUBLISHED|Published)\b.*$", re.MULTILINE)),
    ("pdated", re.compile(r"^[ \t]*(?:UPDATED|Updated|Last updated)\b.*$", re.MULTILINE)),
    ("PDATED", re.compile(r"^[ \t]*(?:UPDATED|Updated|Last updated)\b.*$", re.MULTILINE)),
    ("osted", re.compile(r"^[ \t]*Posted\b.*$", re.MULTILINE)),
)


def _blocked_regions(text: str) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for m in _BLOCK_DIGITS_RE.finditer(text)]
    for hint, rx in _BLOCK_HINTED:
        if hint in text:
            found.extend((m.start(), m.end()) for m in rx.finditer(text))
    found.sort()
    # Merge overlaps so that a bisect on the starts finds the covering region.
    merged: list[tuple[int, int]] = []
    for a, b in found:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


_NAME_ENTS = frozenset({"PRODUCT", "ORG", "FAC", "LAW", "WORK_OF_ART", "EVENT", "PERSON", "GPE", "LOC", "NORP", "LANGUAGE"})
_MARKET_WORDS = frozenset({"index", "dow", "nasdaq", "ftse", "nikkei", "seng", "s&p", "shares", "stocks", "stock",
                           "market", "markets", "kospi", "sensex", "dax", "cac", "asx", "tsx", "benchmark", "yield",
                           "yields", "bond", "bonds"})
_VOTE_WORDS = frozenset({"vote", "votes", "voted", "voting", "ruled", "ruling", "decision", "passed", "senate",
                         "house", "parliament", "assembly", "council", "court", "jury", "ballot", "approved", "rejected"})
_DASHES = frozenset({"-", "–", "—", "‒", "−"})
_PRONOUNS = frozenset({"he", "she", "i", "they", "we", "you"})
_DETERMINERS = frozenset({"the", "that", "this", "which", "each", "any", "every", "no", "an", "a", "another", "what",
                          "whichever", "someone", "anyone", "no-one", "last"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})
# Idioms with 'one' that count nothing: 'on one occasion', 'at one point', 'one day'.
_ONE_IDIOMS = {"on": frozenset({"occasion", "hand"}), "at": frozenset({"point", "time", "stage", "moment"})}
_AGE_VERBS = frozenset({"was", "is", "were", "turned", "turns", "turning", "aged", "age", "be", "being", "'s"})


@dataclass
class RawFigure:
    """One figure before context (counts, attribution) is added."""

    start: int
    end: int
    kind: str
    value: float
    low: float
    high: float
    approximate: bool
    unit: str = ""
    currency: str = ""
    counts: str = ""
    last_piece: int = 0
    extra: dict = field(default_factory=dict)


@dataclass
class _Amount:
    start: int  # first piece of the amount (currency included)
    core: int  # first piece of the number
    num: Number | None
    low: float
    high: float
    value: float
    end: int
    currency: str = ""
    vague: bool = False


@dataclass
class _Unit:
    kind: str
    unit: str
    end: int  # next piece after the unit (what the span covers)
    currency: str = ""
    rate_end: int | None = None


class _DocView:
    """Character offsets to spaCy tokens and sentences, computed once per Doc."""

    def __init__(self, doc: Doc, sents: list | None = None) -> None:
        self.doc = doc
        # to_array avoids creating one Python Token object per token.
        self.starts = doc.to_array([IDX]).tolist() if len(doc) else []
        spans = sents if sents is not None else list(doc.sents)
        self.sent_bounds = [(s.start, s.end) for s in spans] or [(0, len(doc))]
        self.sent_starts = [b[0] for b in self.sent_bounds]

    def token(self, char: int) -> Token | None:
        if not self.starts:
            return None
        k = bisect.bisect_right(self.starts, char) - 1
        return self.doc[max(k, 0)]

    def after(self, char: int) -> Token | None:
        """First token starting at or after ``char``."""
        k = bisect.bisect_left(self.starts, char)
        return self.doc[k] if k < len(self.starts) else None

    def sent_index(self, tok: Token) -> int:
        return max(bisect.bisect_right(self.sent_starts, tok.i) - 1, 0)

    def sent(self, tok: Token) -> tuple[int, int]:
        """(start, end) token indices of the sentence of ``tok``."""
        return self.sent_bounds[self.sent_index(tok)]


def scan(doc: Doc, lx: Lexed, lex_: Lexicon, view: _DocView | None = None) -> list[RawFigure]:
    """All figures of ``doc`` in text order (see the module docstring)."""
    return _Scanner(doc, lx, lex_, view or _DocView(doc)).run()


class _Scanner:
    def __init__(self, doc: Doc, lx: Lexed, lex_: Lexicon, view: _DocView) -> None:
        self.doc = doc
        self.lx = lx
        self.L = lex_
        self.view = view
        self.blocked = _blocked_regions(lx.source)
        self.block_starts = [b[0] for b in self.blocked]
        self._approx_first = lex_.approx_first
        self._starters = lex_.starters

    # -- driver ---------------------------------------------------------------------------------
    def run(self) -> list[RawFigure]:
        lx = self.lx
        out: list[RawFigure] = []
        i = 0
        while i < lx.n:
            k = lx.kind[i]
            if k == "d" or (k == "w" and lx.low[i] in self._starters) or (k == "s" and lx.text[i] in self.L.currency_symbols) or (
                k == "w" and (lx.text[i] in self.L.currency_symbols or lx.text[i] in self.L.currency_codes
                              or (i + 1 < lx.n and lx.text[i + 1] == "$" and not lx.gap[i + 1]))
            ):
                found = self.try_at(i)
                if found:
                    out.extend(found)
                    i = max(f.last_piece for f in found)
                    continue
            i += 1
        return out

    def in_block(self, char: int) -> bool:
        k = bisect.bisect_right(self.block_starts, char) - 1
        return k >= 0 and self.blocked[k][0] <= char < self.blocked[k][1]

    # -- pieces ---------------------------------------------------------------------------------
    def currency_prefix(self, i: int) -> tuple[str, int] | None:
        lx, L = self.lx, self.L
        if i >= lx.n:
            return None
        t = lx.text[i]
        # 'US$', 'HK$', 'A$': letters glued to a dollar sign.
        if lx.kind[i] == "w" and i + 1 < lx.n and lx.text[i + 1] == "$" and not lx.gap[i + 1]:
            code = L.currency_symbols.get(t + "$")
            if code and i + 2 < lx.n and lx.kind[i + 2] == "d":
                return code, i + 2
            return None
        if lx.kind[i] == "s" and t in L.currency_symbols:
            j = i + 1
            if j < lx.n and lx.kind[j] == "d":
                return L.currency_symbols[t], j
            return None
        if lx.kind[i] == "w" and (t in L.currency_codes or t in L.currency_symbols):
            j = i + 1
            if j < lx.n and lx.text[j] == "." and t == "Rs":
                j += 1
            if j < lx.n and lx.kind[j] == "d":
                return L.currency_symbols.get(t, t), j
        return None

    def amount(self, i: int, *, allow_words: bool = True) -> _Amount | None:
        lx = self.lx
        cur = self.currency_prefix(i)
        core = cur[1] if cur else i
        if not cur:
            vg = parse_vague(lx, i, self.L)
            if vg is not None:
                low, high, end = vg
                return _Amount(i, i, None, low, high, math.nan, end, vague=True)
            if not allow_words and lx.kind[i] != "d":
                return None
        num = parse_number(lx, core, self.L, money=bool(cur))
        if num is None and not cur and lx.word(core) in ("a", "an") and lx.word(core + 1) in self.L.time_units:
            # 'a year ago', 'at least a week' (F9); kept only when build() sees the context.
            num = Number(1.0, core + 1, False, False, 1.0, word_a=True)
        if num is None:
            return None
        return _Amount(i, core, num, num.value, num.value, num.value, num.end, currency=cur[0] if cur else "")

    def unit(self, j: int, amt: _Amount) -> _Unit | None:
        """A unit right after an amount (percent, currency word, time, age, measure, points)."""
        lx, L = self.lx, self.L
        if j >= lx.n:
            return None
        attached = not lx.gap[j]
        t = lx.text[j]
        if t == "%" or t == "٪":
            return _Unit("percent", "percent", j + 1)
        hyphen = False
        if t in _DASHES and attached and j + 1 < lx.n and lx.kind[j + 1] == "w" and not lx.gap[j + 1]:
            hyphen = True
            j += 1
            t = lx.text[j]
        if attached and not hyphen and t in ("C", "F") and amt.num is not None and amt.num.digits and (
            j + 1 >= lx.n or lx.gap[j + 1] or lx.kind[j + 1] != "w"
        ):
            return _Unit("quantity", "°" + t, j + 1)  # '38.5C'
        if lx.kind[j] != "w":
            if t == "°" and j + 1 < lx.n and lx.text[j + 1] in ("C", "F") and not lx.gap[j + 1]:
                return _Unit("quantity", "°" + lx.text[j + 1], j + 2)
            return None
        w = lx.low[j]
        w2 = lx.word(j + 1)
        if w == "percent" or w == "pct" or (w == "pc" and attached):
            return _Unit("percent", "percent", j + 1)
        if w == "magnitude" and hyphen:
            return _Unit("quantity", "magnitude", j + 1)  # 'a 7.1-magnitude earthquake'
        if w == "per" and w2 == "cent":
            return _Unit("percent", "percent", j + 2)
        if w == "percentage" and w2 in ("point", "points"):
            return _Unit("percent", "percentage points", j + 2)
        if w == "basis" and w2 in ("point", "points"):
            return _Unit("percent", "basis points", j + 2)
        if w in ("point", "points") and not hyphen:
            # Index points ('the Dow fell 500 points') are a measure, not a score.
            kind = "quantity" if self.market_context(j) else "score"
            return _Unit(kind, "points", j + 1)
        # Ages: '19-year-old', '43 years old', '18 year old', '42 years of age'.
        if w in ("year", "years", "yr", "yrs"):
            k = j + 1
            if k + 1 < lx.n and lx.text[k] in _DASHES and not lx.gap[k] and lx.low[k + 1] in ("old", "olds"):
                return _Unit("age", "years", k + 2)
            if w2 in ("old", "olds"):
                return _Unit("age", "years", j + 2)
            if w2 == "of" and lx.word(j + 2) == "age":
                return _Unit("age", "years", j + 3)
        # Currency names: 'dollars', 'US dollars', 'Australian dollars', 'euros'.
        nat = lx.phrase(j, L.currency_nationality, 2) if not hyphen else None
        cj = nat[1] if nat else j
        cw = lx.word(cj)
        if cw in L.currency_words and not hyphen:
            code = L.currency_words[cw]
            ok = True
            if cw in ("pound", "pounds"):
                ok = (amt.num is not None and amt.num.scaled) or lx.word(cj + 1) == "sterling"
            if cw == "won":
                ok = amt.num is not None and amt.num.scaled
            if cw in ("rand", "sterling") and not (amt.num is not None and amt.num.scaled):
                ok = False
            if ok:
                end = cj + 1
                if lx.word(end) == "sterling":
                    end += 1
                if nat:
                    code = nat[0] if cw in ("dollar", "dollars", "rupee", "rupees", "peso", "pesos", "franc", "francs") else code
                return _Unit("money", code or cw, end, currency=code)
        if t in L.currency_codes and not hyphen:
            return _Unit("money", t, j + 1, currency=t)
        if w in L.time_units:
            unit = L.time_units[w]
            return self._rate(_Unit("duration", unit, j + 1))
        hit = lx.phrase(j, L.units, L.max_unit_words)
        if hit is not None:
            canon, end = hit
            surface = lx.text[j]
            if end == j + 1 and len(surface) <= 3:
                # Abbreviations are case-sensitive: '5G' is no gram, 'MW' is megawatts.
                if surface.isupper() and canon.lower() in ("m", "g", "l", "litres", "mm", "cm", "km", "kg"):
                    return None
                if not (surface == surface.lower() or surface == canon or surface.isupper()):
                    return None
                if surface in ("m", "g", "l") and not attached and amt.num is not None and not amt.num.digits:
                    return None
            if surface == "l" and not attached:
                return None
            if canon in ("km", "miles", "m") and end + 1 < lx.n and lx.text[end] == "/" and lx.low[end + 1] in ("h", "hr", "hour", "s"):
                return _Unit("quantity", f"{canon}/{lx.low[end + 1][0]}", end + 2)  # '120km/h'
            return self._rate(_Unit("quantity", canon, end))
        return None

    def _rate(self, u: _Unit) -> _Unit:
        """'per year' after a unit, also across 'of gas' (kept in the unit, F10)."""
        lx, L = self.lx, self.L
        j = u.end
        w = lx.word(j)
        if w in ("per", "a", "an", "each", "every") and lx.word(j + 1) in L.time_units and u.kind != "duration":
            u.unit = f"{u.unit} per {L.time_units[lx.word(j + 1)].rstrip('s')}"
            if lx.word(j + 1) in ("year", "day", "hour", "month", "week", "minute", "second"):
                u.unit = u.unit[: u.unit.rfind(" ") + 1] + lx.word(j + 1)
            u.end = j + 2
        elif w == "of" and u.kind == "quantity":
            for k in range(j + 2, min(j + 5, lx.n)):
                if lx.word(k) == "per" and lx.word(k + 1) in L.time_units:
                    u.unit = f"{u.unit} per {lx.word(k + 1)}"
                    break
                if lx.kind[k] != "w":
                    break
        return u

    # -- the grammar ------------------------------------------------------------------------------
    def try_at(self, i: int) -> list[RawFigure] | None:
        lx, L = self.lx, self.L
        approx = False
        bound = "exact"
        span_start = i
        j = i
        hit = lx.phrase(i, L.approximators, 3)
        if hit is not None and hit[1] < lx.n:
            kind_, j = hit
            approx = True
            if kind_ == "point_out":
                bound = "point"
                span_start = j
            else:
                bound = kind_
            # 'over' etc. must be followed by an amount; otherwise start over at the next piece.
        opener = ""
        if lx.word(j) in ("between", "from"):
            opener = lx.word(j)
            j += 1
            if bound == "exact" and not approx:
                span_start = j
        amt = self.amount(j)
        if amt is None:
            return None
        if opener and span_start < amt.start:
            span_start = amt.start
        a_unit = self.unit(amt.end, amt)
        figs = self.continuation(amt, a_unit, opener, approx)
        if figs is not None:
            return figs
        end_piece = a_unit.end if a_unit else amt.end
        low, high, value = amt.low, amt.high, amt.value
        # Postfix approximators: 'or so', 'or more', 'plus'.
        post = lx.phrase(end_piece, L.postfix, 2)
        if post is None and end_piece < lx.n and lx.text[end_piece] == "+" and not lx.gap[end_piece]:
            post = ("lower", end_piece + 1)
        if post is not None and not amt.vague:
            bound = post[0] if bound == "exact" else bound
            approx = True
            end_piece = post[1]
            if a_unit is None:
                a_unit = self.unit(end_piece, amt)
                if a_unit is not None:
                    end_piece = a_unit.end
        if not amt.vague:
            if bound == "lower":
                high = math.nan
            elif bound == "upper":
                low = math.nan
        if a_unit is not None and a_unit.unit == "m" and amt.num is not None and amt.num.digits and a_unit.end == amt.end + 1:
            nxt = self.view.after(lx.end[amt.end])
            if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.lower_ not in L.units and nxt.lower_ != "of":
                # '10m iPhones': an attached 'm' before a plural noun is a million, not metres.
                value, low, high = (x * 1e6 if not math.isnan(x) else x for x in (value, low, high))
                num = Number(amt.num.value * 1e6, amt.end + 1, True, True, 1e6)
                amt = _Amount(amt.start, amt.core, num, amt.low * 1e6, amt.high * 1e6, amt.value * 1e6, amt.end + 1)
                a_unit = None
        fig = self.build(span_start, amt, a_unit, end_piece, value, low, high, approx or amt.vague)
        return [fig] if fig is not None else None

    def _a_duration(self, amt: _Amount, unit: _Unit | None, approx: bool) -> bool:
        if unit is None or unit.kind != "duration":
            return False
        if approx:
            return True
        return self.lx.word(unit.end) in ("ago", "earlier", "later", "before", "prior")

    def continuation(self, a: _Amount, a_unit: _Unit | None, opener: str, approx: bool) -> list[RawFigure] | None:
        """Ranges ('20-30%', 'US$20 billion to US$50 billion'), hedges ('forty or fifty') and scores."""
        lx = self.lx
        k = a_unit.end if a_unit else a.end
        if k >= lx.n or a.vague:
            return None
        t = lx.low[k]
        conn = ""
        nxt = k + 1
        if t in _DASHES:
            conn = "dash"
            if lx.word(k + 1) == "to" and k + 2 < lx.n and lx.text[k + 2] in _DASHES:
                conn, nxt = "to", k + 3
        elif t == "to":
            conn = "to"
        elif t == "and" and opener == "between":
            conn = "and"
        elif t == "or" and lx.word(k + 1) not in ("so", "more", "less", "fewer", "over"):
            conn = "or"
        if not conn:
            return self.ratio(a, a_unit, k)
        b = self.amount(nxt)
        if b is None or b.vague:
            return None
        b_unit = self.unit(b.end, b)
        # Scores: '45 points to 24', '43–5', '32–22' become one figure per side (F7).
        if a_unit is not None and a_unit.unit == "points" and a_unit.kind == "score" and conn in ("to", "dash") and b_unit is None and not a.currency:
            return self.score_pair(a, a_unit, b)
        bare = a_unit is None and b_unit is None and not a.currency and not b.currency
        if bare and conn == "dash" and a.num and b.num and a.num.digits and b.num.digits and not a.num.scaled and not b.num.scaled:
            if self._year(a) or self._year(b):
                return None
            if a.value > b.value or self.sports_context(a.start):
                if a.value == int(a.value) and b.value == int(b.value) and a.value < 300 and b.value < 300:
                    if self.not_a_figure(a, None, b, dates_only=True):
                        return None  # 'the election of April 9-10'
                    return self.score_pair(a, None, b)
            if a.value > b.value:
                return None
        if a_unit is not None and conn == "dash":
            return None
        if a_unit is not None and (b_unit is None or b_unit.unit != a_unit.unit):
            return None
        if conn == "or" and (a.currency or a_unit is not None):
            return None
        unit = b_unit or a_unit
        if conn == "to" and opener != "from" and self.change_before(a.start):
            return None
        if opener == "from" and self.change_before(a.start - 1):
            return None
        lo, hi = a.value, b.value
        # Shared scale: '20 to 30 million', 'one-to-two hundred'.
        if b.num is not None and a.num is not None and b.num.trailing_scale > 1 and not a.num.scaled and lo < b.num.trailing_scale:
            if b.num.scaled and (b.num.trailing_scale > 100 or not a.num.digits):
                lo *= b.num.trailing_scale
        if a.currency and b.currency and a.currency != b.currency:
            return None
        if not (hi > lo):
            return None
        if (self._year(a) and self._year(b)) or self._year(b) and unit is None:
            return None
        if not a.currency and b.currency:
            a = _Amount(a.start, a.core, a.num, a.low, a.high, a.value, a.end, currency=b.currency)
        end_piece = unit.end if unit else b.end
        fig = self.build(a.start, a, unit, end_piece, math.nan, lo, hi, approx or conn == "or", range_b=b)
        return [fig] if fig is not None else None

    def ratio(self, a: _Amount, a_unit: _Unit | None, k: int) -> list[RawFigure] | None:
        """'one out of every thousand', 'one in five' (F6): kind other, unit ratio."""
        lx = self.lx
        if a_unit is not None or a.currency or a.num is None or a.num.fraction:
            return None
        w = lx.word(k)
        if w == "out" and lx.word(k + 1) == "of":
            j = k + 2
        elif w == "in":
            j = k + 1
        else:
            return None
        if lx.word(j) == "every":
            j += 1
        b = self.amount(j)
        if b is None and lx.word(j) in self.L.scales:
            sc = self.L.scales[lx.word(j)]  # 'one out of every thousand'
            b = _Amount(j, j, Number(sc, j + 1, False, True, sc), sc, sc, sc, j + 1)
        if b is None or b.vague or b.currency or b.num is None or self._year(b) or not (b.value > a.value > 0):
            return None
        if self.unit(b.end, b) is not None:
            return None
        value = float(f"{a.value / b.value:.6g}")
        fig = self.build(a.start, a, None, b.end, value, value, value, False, range_b=b)
        if fig is None:
            return None
        fig.kind, fig.unit = "other", "ratio"
        return [fig]

    def score_pair(self, a: _Amount, a_unit: _Unit | None, b: _Amount) -> list[RawFigure]:
        lx = self.lx
        a_end = a_unit.end if a_unit else a.end
        kind, unit = "score", "points"
        if a_unit is None and not self.sports_context(a.start) and self.vote_context(a.start):
            kind, unit = "count", "votes"  # 'passed 63-37', 'ruled 5-4': a tally of votes, one figure per side
        out = []
        for amt, end in ((a, a_end), (b, b.end)):
            out.append(RawFigure(lx.start[amt.start], lx.end[end - 1], kind, amt.value, amt.value, amt.value, False,
                                 unit, "", unit, last_piece=end))
        return out

    def vote_context(self, i: int) -> bool:
        tok = self.view.token(self.lx.start[i])
        if tok is None:
            return False
        start, end = self.view.sent(tok)
        return any(t.lower_ in _VOTE_WORDS for t in self.doc[start:end])

    def market_context(self, i: int) -> bool:
        tok = self.view.token(self.lx.start[i])
        if tok is None:
            return False
        start, end = self.view.sent(tok)
        return any(t.lower_ in _MARKET_WORDS for t in self.doc[start:end])

    def sports_context(self, i: int) -> bool:
        tok = self.view.token(self.lx.start[i])
        if tok is None:
            return False
        start, end = self.view.sent(tok)
        words = self.L.sports_words
        return any(t.lower_ in words for t in self.doc[start:end])

    def change_before(self, i: int) -> bool:
        lx = self.lx
        for k in range(max(0, i - 3), max(0, i)):
            if lx.word(k) in self.L.change_verbs:
                return True
        return False

    def _year(self, a: _Amount) -> bool:
        n = a.num
        if n is None or not n.digits or n.scaled or a.currency:
            return False
        raw = self.lx.text[a.core]
        return len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2100

    # -- filters and assembly -----------------------------------------------------------------------
    def build(self, span_start: int, amt: _Amount, unit: _Unit | None, end_piece: int, value: float, low: float,
              high: float, approx: bool, range_b: _Amount | None = None) -> RawFigure | None:
        lx, L = self.lx, self.L
        num = amt.num
        currency = amt.currency or (unit.currency if unit else "")
        if num is not None and self.not_a_figure(amt, unit, range_b):
            return None
        if num is not None and num.word_a and num.value == 1.0 and not self._a_duration(amt, unit, approx):
            return None
        kind = "count"
        unit_name = ""
        if currency:
            kind, unit_name = "money", currency
        elif unit is not None:
            kind, unit_name = unit.kind, unit.unit
        elif num is not None and num.fraction:
            # A bare fraction ('two-thirds of the senators', 'half his sentence') is a share (F6).
            kind, unit_name = "percent", "percent"
            value, low, high = (round(x * 100, 2) for x in (value, low, high))
        if num is not None and num.has_fraction and kind != "percent":
            value, low, high = (round(x, 2) if not math.isnan(x) else x for x in (value, low, high))
        if amt.vague and lx.text[amt.start][:1].isupper() and amt.start > 0 and lx.kind[amt.start - 1] == "w" and lx.text[amt.start - 1][:1].isupper():
            if lx.low[amt.start - 1] not in self._approx_first and lx.low[amt.start - 1] not in ("the", "a", "an", "and", "but", "as", "while", "when", "with", "of", "by", "for", "in", "on", "at"):
                return None  # 'Mega Millions' is a name
        if amt.vague and currency == "" and lx.word(amt.end) == "of":
            cw = lx.word(amt.end + 1)
            if cw in L.currency_words and cw not in ("pound", "pounds", "won"):
                currency = L.currency_words[cw]
                kind, unit_name = "money", currency
        start_char = lx.start[span_start]
        end_char = lx.end[end_piece - 1]
        fig = RawFigure(start_char, end_char, kind, value, low, high, approx, unit_name, currency, last_piece=end_piece)
        if unit is not None and unit.kind == "age":
            fig.counts = "age"
        fig.extra["core"] = amt.core
        fig.extra["core_char"] = lx.start[amt.core]
        if lx.word(amt.start - 1) == "minus" or (amt.start > 0 and lx.text[amt.start - 1] == "−" and not lx.gap[amt.start]):
            # 'minus 15 degrees', '−15C'
            fig.value, fig.low, fig.high = -fig.value, -fig.high, -fig.low
            fig.start = lx.start[amt.start - 1]
        fig.extra["num"] = num
        fig.extra["vague"] = amt.vague
        fig.extra["has_unit"] = unit is not None or bool(currency)
        return fig

    def not_a_figure(self, amt: _Amount, unit: _Unit | None, range_b: _Amount | None, *, dates_only: bool = False) -> bool:
        """Dates, years, clock times, ordinals, names and codes, labels, street and phone numbers (F14).

        ``dates_only`` stops after the date, year and clock checks (for scores, whose sides follow names).
        """
        lx, L = self.lx, self.L
        num = amt.num
        c = amt.core
        if self.in_block(lx.start[c]):
            return True
        has_unit = unit is not None or bool(amt.currency)
        last = (range_b.num.end if range_b is not None and range_b.num else num.end) - 1
        prev = c - 1
        nxt = num.end
        # Number words glued into names: '7-Eleven', 'Six-Five Special'.
        if not num.digits and range_b is None:
            if c > 1 and not lx.gap[c] and lx.text[prev] in _DASHES and not lx.gap[prev] and lx.kind[c - 2] in ("d", "w"):
                return True
            if nxt + 1 < lx.n and lx.text[nxt] in _DASHES and not lx.gap[nxt] and not lx.gap[nxt + 1] and lx.kind[nxt + 1] == "w" and lx.text[nxt + 1][:1].isupper():
                return True
            # A capitalised number word after a capitalised word is part of a name: 'Capital One', 'Camp Four'.
            if lx.text[c][:1].isupper() and prev >= 0 and lx.kind[prev] == "w" and lx.text[prev][:1].isupper() and not has_unit:
                ptok = self.view.token(lx.start[prev])
                if ptok is not None and not ptok.is_sent_start and ptok.lower_ not in self._approx_first:
                    return True
        # Digits glued to letters: 'H1N1', 'G7', 'XC90', '21st', '1970s', '5G' (units and scales were taken already).
        if num.digits:
            if c > 0 and not lx.gap[c] and lx.kind[prev] == "w" and not amt.currency:
                return True
            if c > 1 and not lx.gap[c] and lx.text[prev] in _DASHES and lx.kind[c - 2] == "w" and not lx.gap[prev]:
                return True  # 'COVID-19', 'F-35', 'mid-2000s'
            if c > 0 and not lx.gap[c] and lx.text[prev] in ("/", "#", "§", "'", "’", ":", "."):
                return True
            if c > 1 and lx.text[prev] in ("#", "§", "№"):
                return True
            if c > 1 and not lx.gap[c] and lx.text[prev] in _DASHES and lx.kind[c - 2] == "d" and not lx.gap[prev]:
                return True  # the second half of '2019-20', or of a '3-1' that was no score
            if nxt + 1 < lx.n and lx.text[nxt] in ("'", "’") and not lx.gap[nxt] and lx.low[nxt + 1] == "s" and not lx.gap[nxt + 1]:
                return True  # "the 60's" is a decade
            if nxt < lx.n and not lx.gap[nxt] and unit is None:
                t = lx.text[nxt]
                if lx.kind[nxt] == "w" or t in ("/", ":"):
                    return True
                if t in _DASHES and nxt + 1 < lx.n and not lx.gap[nxt + 1] and lx.kind[nxt + 1] == "w":
                    w = lx.text[nxt + 1]
                    if not w.islower() or len(w) < 3:
                        return True
                if t == "." and nxt + 1 < lx.n and lx.kind[nxt + 1] == "d" and not lx.gap[nxt + 1]:
                    return True
            if nxt < lx.n and lx.text[nxt] in (")", "]") and c > 0 and lx.text[prev] in ("[",):
                return True
            raw = lx.text[c]
            if raw.startswith("0") and len(raw) > 1 and raw[1].isdigit():
                return True
        # Clock times: '2 p.m.', '1930 UTC', '10 o'clock'.
        w_next = lx.word(last + 1)
        if unit is None and not amt.currency:
            if w_next in L.clock_words or (w_next in ("a", "p") and lx.text[last + 2: last + 3] == ["."]):
                if w_next != "h" or not lx.gap[nxt]:
                    return True
            if w_next == "o" and last + 2 < lx.n and lx.text[last + 2] in ("'", "’"):
                return True
        # Dates: a small number next to a month name ('April 27', '27 April').
        if num.digits and num.value <= 31 and not has_unit:
            pw = lx.text[prev] if prev >= 0 and lx.kind[prev] == "w" else ""
            nw = lx.text[nxt] if nxt < lx.n and lx.kind[nxt] == "w" else ""
            if nw == "of" and lx.word(nxt + 1) in L.months:
                return True
            if prev >= 1 and lx.text[prev] == "." and lx.kind[prev - 1] == "w":
                pw = lx.text[prev - 1]  # 'Oct. 19'
            if (pw[:1].isupper() and pw.lower() in L.months) or (nw[:1].isupper() and nw.lower() in L.months):
                return True
        # 24-hour clock times: 'until 2130 (230 GMT)', 'at 0600'.
        if num.digits and not has_unit and range_b is None:
            raw = lx.text[c]
            if len(raw) == 4 and raw.isdigit() and int(raw[:2]) < 24 and int(raw[2:]) < 60 and lx.word(prev) in (
                "at", "until", "till", "by", "before", "after", "from", "around", "since", "about"
            ):
                after = self.view.after(lx.end[last])
                if after is None or after.pos_ not in ("NOUN", "PROPN"):
                    return True
        if self._year(amt) and not has_unit:
            tok = self.view.after(lx.end[last])
            first = self.view.token(lx.start[c])
            if first is not None and first.ent_type_ == "DATE":
                return True
            if tok is None or tok.pos_ not in ("NOUN",) or tok.ent_type_ == "DATE":
                return True
        if dates_only:
            return False
        # 'a third year', 'a fourth term': an ordinal, not a fraction, when no 'of' follows.
        if num.fraction and range_b is None and not num.digits:
            den = lx.low[num.end - 1]
            nw = lx.word(nxt)
            if not (den.endswith("s") or den == "half") and nw != "of" and lx.word(prev) != "by":
                return True
        if has_unit:
            return False
        # Labels: 'round 4', 'Area 51', 'week 22', 'No. 10', 'round five'.
        pw = lx.word(prev)
        if pw and pw in L.label_words and range_b is None:
            return True
        if prev >= 1 and lx.text[prev] == "." and lx.word(prev - 1) in ("no", "nos"):
            return True
        tok = self.view.token(lx.start[c])
        if tok is None:
            return False
        if tok.ent_type_ in _NAME_ENTS and num.digits and not num.scaled and range_b is None:
            return True
        # A capitalised name right before a bare number: 'Boeing 737', 'Windows 10'.
        if prev >= 0 and lx.kind[prev] == "w" and lx.text[prev][:1].isupper() and num.digits and not num.scaled and num.value == int(num.value) and range_b is None:
            ptok = self.view.token(lx.start[prev])
            if ptok is not None and ptok.pos_ == "PROPN" and not ptok.is_sent_start and ptok.lower_ not in self._approx_first:
                after = self.view.after(lx.end[last])
                if after is None or after.pos_ not in ("NOUN",):
                    return True
        if num.digits and not num.scaled and range_b is None:
            # A quoted numeral is a title or a name: the film "42".
            if 0 < c and nxt < lx.n and lx.text[prev] in _QUOTE_MARKS and lx.text[nxt] in _QUOTE_MARKS and not lx.gap[c] and not lx.gap[nxt]:
                return True
            after = self.view.after(lx.end[last])
            # A noun right before a bare number that counts nothing is a label: 'film 42', 'coronavirus 2'.
            if prev >= 0 and lx.kind[prev] == "w":
                ptok = self.view.token(lx.start[prev])
                if ptok is not None and ptok.pos_ in ("NOUN", "PROPN") and ptok.lower_ not in ("age", "aged", "ages") and (
                    after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ")
                ):
                    return True
            # A number before a singular proper name is part of it: '17 U.S. Code'.
            if after is not None and after.pos_ == "PROPN" and num.value > 1:
                t = after
                while t.i + 1 < len(t.doc) and t.nbor(1).pos_ == "PROPN":
                    t = t.nbor(1)
                nxt_tok = t.nbor(1) if t.i + 1 < len(t.doc) else None
                if t.tag_ == "NNP" and after.ent_type_ != "NORP" and t.ent_type_ != "NORP" and not (nxt_tok is not None and nxt_tok.pos_ == "NOUN"):
                    return True
            # "Standard and Poor's 500 index": a number between a possessive name and a singular noun.
            if prev >= 2 and lx.low[prev] == "s" and lx.text[prev - 1] in ("'", "’") and after is not None and after.tag_ == "NN":
                otok = self.view.token(lx.start[prev - 2])
                if otok is not None and otok.pos_ == "PROPN":
                    return True
        # Street numbers: '10 Downing Street'.
        if num.digits:
            k = nxt
            for _ in range(3):
                if k < lx.n and lx.kind[k] == "w" and lx.text[k][:1].isupper():
                    if lx.low[k] in L.street_suffixes and k > nxt:
                        return True
                    k += 1
                else:
                    break
        # Ordinal words after a number word: 'five eighth' (a rugby position).
        nw = lx.word(nxt)
        if nw in L.fractions and not nw.endswith("s"):
            return True
        if nw in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"):
            return True
        after = self.view.after(lx.end[last])
        # 'the 22' (a field zone): a bare numeral after 'the' that counts nothing.
        if num.digits and pw == "the" and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")):
            return True
        if num.single_one and nw == "day" and lx.word(nxt + 1) not in ("before", "after", "later", "earlier", "ago", "of") and pw not in ("for", "within", "in", "than", "about", "only", "just"):
            return True  # 'one day they will ...' is an idiom, not a duration
        if num.single_one and range_b is None:
            if self._pronoun_one(c, tok, after):
                return True
        if num.fraction and range_b is None:
            den = lx.low[num.end - 1]
            if not (den.endswith("s") or den in ("half",)) and nw != "of" and pw != "by":
                return True  # 'a third term' is an ordinal; 'a third of', 'fell by a third' are shares
            if den == "half":
                if nw not in ("of", "the", "his", "her", "its", "their", "our", "my", "your", "all", "this",
                              "that", "these", "those", "them"):
                    return True
                if pw in ("first", "second", "the", "a", "last", "other", "latter", "former"):
                    return True
        return False

    def _pronoun_one(self, c: int, tok: Token, after: Token | None) -> bool:
        """'one of the men', 'that one', 'One user' (F14): the word 'one' that counts nothing."""
        lx = self.lx
        nw = lx.word(c + 1)
        if nw in ("of", "another", "day") or (c + 1 < lx.n and lx.text[c + 1] in ("'", "’")):
            return True
        pw = lx.word(c - 1)
        if pw in _DETERMINERS or pw in ("no",):
            return True
        if nw in _ONE_IDIOMS.get(pw, ()):
            return True
        if tok.pos_ == "PRON" or tok.dep_ in ("nsubj",) and tok.head.pos_ in ("VERB", "AUX"):
            return True
        if after is None or after.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return True
        if after.pos_ == "ADJ":
            nxt = after.nbor(1) if after.i + 1 < len(after.doc) else None
            if nxt is None or nxt.pos_ not in ("NOUN", "ADJ", "PROPN"):
                return True
        # Sentence-initial 'One man said' is an indefinite, not a count; 'One person died' is a count.
        if tok.is_sent_start or (tok.i > 0 and tok.nbor(-1).is_sent_start and tok.nbor(-1).is_punct):
            noun = tok.head
            verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
            return verb is None or verb.lemma_.lower() not in self.L.people_verbs
        return False
