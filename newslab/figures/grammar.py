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
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newslab.figures.currency import body_dollar, choose_dollar, dateline_dollar, dollar_codes, written_dollars
from newslab.figures.filters import DASHES as _DASHES
from newslab.figures.filters import Amount, DocView, Unit, blocked_regions, not_a_figure
from newslab.figures.numbers import Lexed, Lexicon, Number, parse_number, parse_vague

__all__ = ["RawFigure", "DocView", "scan"]

_MARKET_WORDS = frozenset({"index", "dow", "nasdaq", "ftse", "nikkei", "seng", "s&p", "shares", "stocks", "stock",
                           "market", "markets", "kospi", "sensex", "dax", "cac", "asx", "tsx", "benchmark", "yield",
                           "yields", "bond", "bonds"})
_STRONG_SPORTS = frozenset({"match", "game", "goals", "points", "tries", "innings", "wickets", "league", "cup",
                             "season", "coach", "team", "halftime", "half-time", "final", "round", "set", "sets"})
_DOLLARS = dollar_codes()
_VOTE_WORDS = frozenset({"vote", "votes", "voted", "voting", "ruled", "ruling", "decision", "passed", "senate",
                         "house", "parliament", "assembly", "council", "court", "jury", "ballot", "approved", "rejected",
                         "bill", "motion", "amendment", "referendum", "resolution"})


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


def scan(doc: Doc, lx: Lexed, lex_: Lexicon, view: DocView | None = None) -> list[RawFigure]:
    """All figures of ``doc`` in text order (see the module docstring)."""
    return _Scanner(doc, lx, lex_, view or DocView(doc)).run()


class _Scanner:
    def __init__(self, doc: Doc, lx: Lexed, lex_: Lexicon, view: DocView) -> None:
        self.doc = doc
        self.lx = lx
        self.L = lex_
        self.view = view
        self.blocked = blocked_regions(lx.source)
        self.block_starts = [b[0] for b in self.blocked]
        self.approx_first = lex_.approx_first
        self._starters = lex_.starters
        self._dollar = ""  # what a bare '$' means in this article; see the dollar property
        self.last_currency = ""  # of the last money figure: whose 'cents' a bare '0.2 cent' are
        self.inherit: tuple | None = None  # set by continuation() for an old value 'from 5 to 5.25%'

    @property
    def dollar(self) -> str:
        """The article's dollar for a bare '$' and 'dollar(s)' (:mod:`newslab.figures.currency`), found on first use."""
        if not self._dollar:
            self._dollar = choose_dollar(
                written=written_dollars(self.lx, self.L),
                dateline=dateline_dollar(self.lx.source),
                places=body_dollar(((e.text, e.label_) for e in self.doc.ents), self.L),
            ).code
        return self._dollar

    # -- driver ---------------------------------------------------------------------------------
    def run(self) -> list[RawFigure]:
        lx = self.lx
        out: list[RawFigure] = []
        i = 0
        while i < lx.n:
            k = lx.kind[i]
            if k == "d" or (k == "w" and lx.low[i] in self._starters) or (k == "s" and lx.text[i] in self.L.currency_symbols) or (
                k == "w" and (lx.text[i] in self.L.currency_symbols or lx.text[i] in self.L.currency_codes
                              or (i + 1 < lx.n and lx.text[i + 1] == "$"))
            ):
                found = self.try_at(i)
                if found:
                    out.extend(found)
                    for f in found:
                        if f.kind == "money" and f.currency:
                            self.last_currency = f.currency
                    i = max(f.last_piece for f in found)
                    continue
            i += 1
        # Cents written before any amount ('rose by 70 cents from US$ 5.85') are those of the next money figure.
        for k, f in enumerate(out):
            if f.kind == "money" and not f.currency and f.unit.startswith("cents"):
                code = next((g.currency for g in out[k + 1:] if g.kind == "money" and g.currency), "")
                if code:
                    f.currency = code
                    f.unit = {"USD": "US cents", "EUR": "euro cents"}.get(code, f"{code} cents") + f.unit[5:]
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
        # 'US$', 'HK$', 'A$': letters glued to a dollar sign; 'CAN $34,380' with a space.
        if lx.kind[i] == "w" and i + 1 < lx.n and lx.text[i + 1] == "$":
            code = L.currency_symbols.get(t + "$") if not lx.gap[i + 1] else None
            code = code or L.dollar_prefixes.get(t)
            if code and i + 2 < lx.n and lx.kind[i + 2] == "d":
                return code, i + 2
            if t not in L.currency_codes:
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
            if j + 1 < lx.n and lx.text[j] in L.currency_symbols and lx.kind[j + 1] == "d":
                return L.currency_symbols.get(t, t), j + 1  # 'AUD $3.37': the code decides
            if j < lx.n and lx.kind[j] == "d":
                return L.currency_symbols.get(t, t), j
        return None

    def amount(self, i: int, *, allow_words: bool = True) -> Amount | None:
        lx = self.lx
        cur = self.currency_prefix(i)
        if cur and cur[0] in _DOLLARS and lx.text[i] == "$":
            cur = (self.dollar, cur[1])  # a bare '$' is the article's dollar
        core = cur[1] if cur else i
        if not cur:
            vg = parse_vague(lx, i, self.L)
            if vg is not None:
                low, high, end = vg
                return Amount(i, i, None, low, high, math.nan, end, vague=True)
            if not allow_words and lx.kind[i] != "d":
                return None
        num = parse_number(lx, core, self.L, money=bool(cur))
        if num is None and not cur and lx.word(core) in ("a", "an") and lx.word(core + 1) in self.L.time_units:
            # 'a year ago', 'at least a week' (F9); kept only when build() sees the context.
            num = Number(1.0, core + 1, False, False, 1.0, word_a=True)
        if num is None:
            return None
        return Amount(i, core, num, num.value, num.value, num.value, num.end, currency=cur[0] if cur else "")

    def unit(self, j: int, amt: Amount) -> Unit | None:
        """A unit right after an amount (percent, currency word, time, age, measure, points)."""
        lx, L = self.lx, self.L
        if j >= lx.n:
            return None
        attached = not lx.gap[j]
        t = lx.text[j]
        if t == "%" or t == "٪":
            return Unit("percent", "percent", j + 1)
        hyphen = False
        if t in _DASHES and attached and j + 1 < lx.n and lx.kind[j + 1] == "w" and not lx.gap[j + 1]:
            hyphen = True
            j += 1
            t = lx.text[j]
        if attached and not hyphen and t in ("C", "F") and amt.num is not None and amt.num.digits and (
            j + 1 >= lx.n or lx.gap[j + 1] or lx.kind[j + 1] != "w"
        ):
            return Unit("quantity", "°" + t, j + 1)  # '38.5C'
        if lx.kind[j] != "w":
            if t == "°" and j + 1 < lx.n and lx.text[j + 1] in ("C", "F") and not lx.gap[j + 1]:
                return Unit("quantity", "°" + lx.text[j + 1], j + 2)
            if t == "°" and attached:
                return Unit("quantity", "degrees", j + 1)  # '360° images', 'a 45° angle'
            return None
        w = lx.low[j]
        w2 = lx.word(j + 1)
        if w == "percent" or w == "pct" or (w == "pc" and attached):
            return Unit("percent", "percent", j + 1)
        if w == "magnitude" and hyphen:
            return Unit("quantity", "magnitude", j + 1)  # 'a 7.1-magnitude earthquake'
        if w == "per" and w2 == "cent":
            return Unit("percent", "percent", j + 2)
        if w == "percentage" and w2 in ("point", "points"):
            return Unit("percent", "percentage points", j + 2)
        if w == "basis" and w2 in ("point", "points"):
            return Unit("percent", "basis points", j + 2)
        if w in ("point", "points") and not hyphen:
            # Index points ('the Dow fell 500 points') are a measure, not a score.
            kind = "quantity" if self.market_context(j) else "score"
            return Unit(kind, "points", j + 1)
        # Ages: '19-year-old', '43 years old', '18 year old', '42 years of age'.
        if w in ("year", "years", "yr", "yrs"):
            k = j + 1
            if k + 1 < lx.n and lx.text[k] in _DASHES and not lx.gap[k] and lx.low[k + 1] in ("old", "olds"):
                return Unit("age", "years", k + 2)
            if w2 in ("old", "olds"):
                return Unit("age", "years", j + 2)
            if w2 == "of" and lx.word(j + 2) == "age":
                return Unit("age", "years", j + 3)
        elif w in L.time_units and w not in ("second", "seconds", "sec", "secs", "min", "mins", "minute", "minutes"):
            # Babies and animals: 'six weeks old', 'a 3-month-old boy', 'ten days old'.
            k = j + 1
            if k + 1 < lx.n and lx.text[k] in _DASHES and not lx.gap[k] and lx.low[k + 1] in ("old", "olds"):
                return Unit("age", L.time_units[w], k + 2)
            if w2 in ("old", "olds"):
                return Unit("age", L.time_units[w], j + 2)
        # Currency names: 'dollars', 'US dollars', 'Australian dollars', 'euros'.
        nat = lx.phrase(j, L.currency_nationality, 2) if not hyphen else None
        if nat is None and not hyphen and lx.text[j: j + 4] == ["U", ".", "S", "."] and lx.word(j + 4) in ("dollar", "dollars", "cent", "cents"):
            nat = ("USD", j + 4)  # 'U.S. dollars', '98.49 U.S. cents' 
        cj = nat[1] if nat else j
        cw = lx.word(cj)
        if w == "euro" and w2 in ("cent", "cents") and not hyphen:
            nat, cj, cw = ("EUR", j + 2), j + 1, w2  # 'euro cents'
        if not hyphen and (cw in ("cent", "cents") or (not nat and (cw == "pence" or (cw == "p" and attached and amt.num is not None and amt.num.digits and (j + 1 >= lx.n or lx.gap[j + 1] or lx.kind[j + 1] != "w"))))):
            if cw == "p" and lx.text[j + 1: j + 3] == [".", "m"]:
                return None  # '2p.m.'
            # Cents and pence are units, not scales: '261.0 cents' keeps 261.0 (as written).
            if cw in ("pence", "p"):
                return self._per_unit(Unit("money", "pence", cj + 1, currency="GBP"))
            # Whose cents: named ('US cents', 'euro cents'), else those of the article's last money figure.
            code = nat[0] if nat else self.last_currency
            name = {"USD": "US cents", "EUR": "euro cents", "": "cents"}.get(code, f"{code} cents")
            return self._per_unit(Unit("money", name, cj + 1, currency=code))
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
                written = True
                if nat:
                    code = nat[0] if cw in ("dollar", "dollars", "rupee", "rupees", "peso", "pesos", "franc", "francs") else code
                elif cw in ("dollar", "dollars"):
                    code, written = self.dollar, False  # a bare 'dollars' is the article's dollar
                return self._per_unit(Unit("money", code or cw, end, currency=code, written=written))
        if t in L.currency_codes and not hyphen:
            return self._per_unit(Unit("money", t, j + 1, currency=t))
        if w in L.time_units:
            unit = L.time_units[w]
            return self._rate(Unit("duration", unit, j + 1))
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
                return Unit("quantity", f"{canon}/{lx.low[end + 1][0]}", end + 2)  # '120km/h'
            return self._rate(Unit("quantity", canon, end))
        return None

    def unit_after(self, j: int, amt: Amount) -> Unit | None:
        """:meth:`unit`, or for '$70.85 a barrel' (a currency symbol, no unit word) the price per unit."""
        u = self.unit(j, amt)
        if u is None and amt.currency:
            per = self._per_unit(Unit("money", amt.currency, j, currency=amt.currency))
            if per.end != j:
                return per
        return u

    def _per_unit(self, u: Unit) -> Unit:
        """'a barrel', 'per gallon', 'an hour', '/kg' after a price: kept in the span and the unit.

        '$70.85 a barrel' is 'USD per barrel' and '261.0 cents per gallon' is
        'US cents per gallon', like the flow rates of F10. 'a year ago' is no rate.
        """
        lx, L = self.lx, self.L
        j = u.end
        w = lx.word(j)
        if w in ("a", "an", "per", "each", "every"):
            k = j + 1
        elif j < lx.n and lx.text[j] == "/" and not lx.gap[j] and j + 1 < lx.n and not lx.gap[j + 1]:
            k = j + 1  # '$70/barrel', '€3/kg'
        else:
            return u
        if k >= lx.n or lx.kind[k] != "w":
            return u
        noun = lx.low[k]
        end = k + 1
        if noun in L.time_units:
            if lx.word(end) in ("ago", "earlier", "later", "before", "after", "old"):
                return u  # '$1m a year ago'
            name = L.time_units[noun][:-1] if noun not in ("year", "day", "hour", "month", "week", "minute", "second") else noun
            name = "century" if name == "centurie" else name
        elif noun in L.per_nouns:
            name = noun
        else:
            hit = lx.phrase(k, L.units, L.max_unit_words)
            if hit is None or noun == "cent" or (end < lx.n and lx.text[end] in ("-",) and not lx.gap[end]):
                return u
            canon, end = hit
            surface = " ".join(lx.low[k:end])
            # 'per kg' keeps the symbol; 'a barrel' the singular word.
            name = canon if (canon == surface or not canon.endswith("s")) and len(canon) <= 4 else surface
        if u.kind == "money" and lx.word(end) == "of":
            pass  # 'USD per barrel of oil': the span stops before 'of' (F10)
        u.unit = f"{u.unit} per {name}"
        u.end = end
        return u

    def _rate(self, u: Unit) -> Unit:
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
            elif kind_ == "lower_out":
                # 'exceeding 6 percent' bounds the amount; 'was to exceed 90 percent' names a target.
                span_start = j
                bound = "lower" if lx.word(i - 1) != "to" else "exact"
                approx = bound != "exact"
            else:
                bound = kind_
            # 'over' etc. must be followed by an amount; otherwise start over at the next piece.
        if approx and j + 1 < lx.n and lx.text[j] in ("-", "−", "–") and lx.kind[j + 1] == "d" and not lx.gap[j + 1]:
            j += 1  # 'around -15°C': build() reads the minus sign before the digits
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
        a_unit = self.unit_after(amt.end, amt)
        self.inherit = None
        figs = self.continuation(amt, a_unit, opener, approx)
        if figs is not None:
            return figs
        end_piece = a_unit.end if a_unit else amt.end
        pair = self.inherit is not None
        if self.inherit is not None and a_unit is None and amt.currency and self.inherit[0] is not None and self.inherit[0].currency == amt.currency:
            inh_unit = self.inherit[0]
            a_unit = Unit(inh_unit.kind, inh_unit.unit, amt.end, currency=inh_unit.currency)
        elif self.inherit is not None and a_unit is None and not amt.currency:
            inh_unit, inh_cur = self.inherit[0], self.inherit[1]
            if len(self.inherit) > 2:
                f = self.inherit[2]
                num = Number(amt.value * f, amt.end, amt.num.digits, True, f)
                amt = Amount(amt.start, amt.core, num, amt.low * f, amt.high * f, amt.value * f, amt.end)
            if inh_cur:
                amt = Amount(amt.start, amt.core, amt.num, amt.low, amt.high, amt.value, amt.end, currency=inh_cur)
            if inh_unit is not None:
                a_unit = Unit(inh_unit.kind, inh_unit.unit, amt.end, currency=inh_unit.currency)
        self.inherit = None
        low, high, value = amt.low, amt.high, amt.value
        # Postfix approximators: 'or so', 'or more', 'plus'.
        post = lx.phrase(end_piece, L.postfix, 2)
        if post is not None and lx.low[end_piece] == "plus" and lx.gap[end_piece] and post[1] < lx.n and lx.kind[post[1]] == "w":
            after = self.view.after(lx.start[post[1]])
            if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON") and (
                a_unit is not None or amt.currency or after.tag_ != "NNS"
            ):
                post = None  # '5 cents per share plus tax benefits': 'plus' adds, it does not bound
        if post is None and end_piece + 1 < lx.n and lx.text[end_piece] in _DASHES and not lx.gap[end_piece] and lx.low[end_piece + 1] == "plus":
            post = ("lower", end_piece + 2)  # '40-plus members'
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
                amt = Amount(amt.start, amt.core, num, amt.low * 1e6, amt.high * 1e6, amt.value * 1e6, amt.end + 1)
                a_unit = None
        fig = self.build(span_start, amt, a_unit, end_piece, value, low, high, approx or amt.vague)
        if fig is not None and pair:
            fig.extra["pair_next"] = True  # the new value that follows counts the same thing
        return [fig] if fig is not None else None

    def _a_duration(self, amt: Amount, unit: Unit | None, approx: bool) -> bool:
        if unit is None or unit.kind != "duration":
            return False
        if approx:
            return True
        return self.lx.word(unit.end) in ("ago", "earlier", "later", "before", "prior")

    def continuation(self, a: Amount, a_unit: Unit | None, opener: str, approx: bool) -> list[RawFigure] | None:
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
        elif t == "and" and a_unit is None and not a.currency and a.num is not None and not a.num.fraction and not approx:
            return self.shared_unit(a, k + 1)
        elif t == "or" and lx.word(k + 1) not in ("so", "more", "less", "fewer", "over"):
            conn = "or"
        if not conn:
            return self.ratio(a, a_unit, k)
        b = self.amount(nxt)
        if b is None or b.vague:
            return None
        b_unit = self.unit_after(b.end, b)
        # Scores: '45 points to 24', '43–5', '32–22' become one figure per side (F7).
        if a_unit is not None and a_unit.unit == "points" and a_unit.kind == "score" and conn in ("to", "dash") and b_unit is None and not a.currency:
            return self.score_pair(a, a_unit, b)
        bare = a_unit is None and b_unit is None and not a.currency and not b.currency
        if bare and conn == "to" and not opener and a.num and b.num and a.num.digits and b.num.digits and not a.num.scaled and not b.num.scaled and (
            lx.word(a.start - 1) not in self.L.label_words
        ):
            after = self.view.after(lx.end[b.end - 1])
            # A tally: 'the bill was defeated 48 to 49 and ...', 'the council voted 7 to 2' (one figure per side);
            # a noun after it makes a range ('the court heard 20 to 30 witnesses').
            if (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") or after.lower_ in _VOTE_WORDS or after.lower_ in ("margin", "majority")) and self.vote_context(a.start) and not (
                self.is_year(a) or self.is_year(b)
            ) and a.value == int(a.value) and b.value == int(b.value):
                return self.score_pair(a, None, b)
        if bare and conn == "dash" and a.num and b.num and a.num.digits and b.num.digits and not a.num.scaled and not b.num.scaled:
            if self.is_year(a) or self.is_year(b) or lx.word(a.start - 1) in self.L.label_words:
                return None  # (a label range, 'pages 10-12', is dropped by the filters)
            nxt_tok = self.view.after(lx.end[b.end - 1])
            plural_after = nxt_tok is not None and nxt_tok.tag_ == "NNS" or (
                nxt_tok is not None and nxt_tok.pos_ == "ADJ" and nxt_tok.i + 1 < len(self.doc) and self.doc[nxt_tok.i + 1].tag_ == "NNS")
            # A rising pair is a score only in a clearly sporting sentence, and never before a
            # plural noun ('growing 5-49 plants').
            if a.value > b.value or (self.sports_context(a.start, strong=True) and not plural_after):
                if a.value == int(a.value) and b.value == int(b.value) and a.value < 300 and b.value < 300:
                    if self.not_a_figure(a, None, b, dates_only=True):
                        return None  # 'the election of April 9-10'
                    return self.score_pair(a, None, b)
            if a.value > b.value:
                return None
        if a_unit is not None and conn == "dash" and not (
            b_unit is not None and b_unit.unit == a_unit.unit and a_unit.kind in ("percent", "money") and b.num is not None and b.num.digits
        ):
            return None  # but '0.3%–0.4%' is a range
        if a_unit is not None and (b_unit is None or b_unit.unit != a_unit.unit):
            return None
        if conn == "or" and (a.currency or a_unit is not None):
            return None
        unit = b_unit or a_unit
        if conn == "to" and ((opener != "from" and self.change_before(a.start)) or (opener == "from" and self.change_from(a.start - 1))):
            # 'raised rates from 5% to 5.25%', 'fell $3.28 to $67.57': the old value (or the change) and
            # the new one, two figures. The first takes the second's unit and scale when it has none.
            if a_unit is None and not a.currency and b_unit is not None and b_unit.kind in ("percent", "money", "quantity"):
                self.inherit = (b_unit, b.currency)
            elif a_unit is None and a.currency and b_unit is not None and b_unit.kind == "money" and b_unit.currency == a.currency and " per " in b_unit.unit:
                self.inherit = (b_unit, b.currency)  # 'rose from £1.10 to £1.65 a litre': both are per litre
            elif a_unit is None and not a.currency and b.currency:
                self.inherit = (None, b.currency)
            if b.num is not None and a.num is not None and b.num.scaled and b.num.trailing_scale > 100 and not a.num.scaled and a.value < min(b.num.trailing_scale, 1000):
                self.inherit = (*(self.inherit or (None, "")), b.num.trailing_scale)
            self.inherit = self.inherit or (None, "")  # marks the old value of a pair ('from 29 to 30 seats')
            return None
        lo, hi = a.value, b.value
        # Shared scale: '20 to 30 million', 'one-to-two hundred'.
        # ('between 500,000 and 1.5 million' shares nothing: scaled, the first amount would pass the second.)
        if b.num is not None and a.num is not None and b.num.trailing_scale > 1 and not a.num.scaled and lo < b.num.trailing_scale:
            if b.num.scaled and (b.num.trailing_scale > 100 or not a.num.digits) and lo * b.num.trailing_scale < hi:
                lo *= b.num.trailing_scale  # (not when that passes the high end: 'between 500 and 1.5 million')
        if a.currency and not b.currency and b_unit is None:
            after = self.view.after(lx.end[b.end - 1])
            if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
                return None  # 'lending $27 to 42 Bangladesh women' is no range
        if a.currency and b.currency and a.currency != b.currency:
            return None
        if not (hi > lo):
            return None
        if (self.is_year(a) and self.is_year(b)) or self.is_year(b) and unit is None:
            return None
        if not a.currency and b.currency:
            a = Amount(a.start, a.core, a.num, a.low, a.high, a.value, a.end, currency=b.currency)
        end_piece = unit.end if unit else b.end
        fig = self.build(a.start, a, unit, end_piece, math.nan, lo, hi, approx or conn == "or", range_b=b)
        return [fig] if fig is not None else None

    def shared_unit(self, a: Amount, j: int) -> list[RawFigure] | None:
        """'fell by 1.5 and 3 percent': two figures, the unit written once after the second."""
        b = self.amount(j)
        if b is None or b.vague or b.num is None or b.num.digits != a.num.digits or b.num.single_one:
            return None
        b_unit = self.unit(b.end, b)
        if b_unit is None or b_unit.kind not in ("percent", "duration", "quantity", "money") or self.is_year(a):
            return None
        fa = self.build(a.start, a, b_unit, a.end, a.value, a.low, a.high, False)
        fb = self.build(b.start, b, b_unit, b_unit.end, b.value, b.low, b.high, False)
        if fa is None or fb is None:
            return None
        fa.end = self.lx.end[a.end - 1]  # the unit belongs to the second amount's span
        return [fa, fb]

    def ratio(self, a: Amount, a_unit: Unit | None, k: int) -> list[RawFigure] | None:
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
            b = Amount(j, j, Number(sc, j + 1, False, True, sc), sc, sc, sc, j + 1)
        if b is None or b.vague or b.currency or b.num is None or self.is_year(b) or not (b.value > a.value > 0):
            return None
        if self.unit(b.end, b) is not None:
            return None
        value = float(f"{a.value / b.value:.6g}")
        fig = self.build(a.start, a, None, b.end, value, value, value, False, range_b=b)
        if fig is None:
            return None
        fig.kind, fig.unit = "other", "ratio"
        return [fig]

    def score_pair(self, a: Amount, a_unit: Unit | None, b: Amount) -> list[RawFigure]:
        lx = self.lx
        a_end = a_unit.end if a_unit else a.end
        kind, unit = "score", "points"
        if a_unit is None and self.vote_context(a.start) and not self.sports_context(a.start, strong=True):
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

    def sports_context(self, i: int, *, strong: bool = False) -> bool:
        tok = self.view.token(self.lx.start[i])
        if tok is None:
            return False
        start, end = self.view.sent(tok)
        words = _STRONG_SPORTS if strong else self.L.sports_words
        return any(t.lower_ in words for t in self.doc[start:end])

    def change_before(self, i: int) -> bool:
        """A verb of change right before 'X to Y' ('fell $3.28 to', 'decreased by 0.2 cent to')."""
        lx = self.lx
        for k in range(max(0, i - 3), max(0, i)):
            if lx.word(k) in self.L.change_verbs and not (lx.low[k] == "up" and lx.word(k + 1) == "to"):
                return True  # ('came up to 15 to 20 people': 'up to' is a bound, not a change)
        if lx.word(i - 1) == "by":
            return self._change_words_before(i - 1, 5)  # 'was cut sharply by a further 2% to'
        return False

    def _change_words_before(self, i: int, words: int) -> bool:
        """A change word among the ``words`` words before piece ``i``, within the clause."""
        lx = self.lx
        k, seen = i - 1, 0
        while k >= 0 and seen < words:
            if lx.kind[k] == "s" and lx.text[k] in (".", ",", ";", ":", "!", "?", '"', "“", "”", "(", ")"):
                return False  # (across a comma only the parse links a change: 'rose sharply, from 5% to 6%')
            if lx.kind[k] == "w":
                if lx.low[k] in self.L.change_verbs:
                    return True
                seen += 1
            k -= 1
        return False

    def change_from(self, f: int) -> bool:
        """'from' at piece ``f`` opens an old value, not a range: 'raised rates from 5% to 5.25%'.

        Governed by a verb or noun of change (in the parse, or among the four
        words before it), unless a range cue comes right before it ('ranging
        from', 'anywhere from', 'estimated at from').
        """
        lx, L = self.lx, self.L
        if lx.word(f - 1) in L.range_cues:
            return False
        tok = self.view.token(lx.start[f])
        if tok is not None and tok.lower_ == "from":
            h = tok
            for _ in range(3):
                if h.head is h:
                    break
                h = h.head
                lemma = h.lemma_.lower()
                if lemma in L.change_lemmas or h.lower_ in L.change_verbs:
                    return True
                if lemma in L.range_cues or lemma in ("range", "vary", "estimate", "span"):
                    return False
                if h.pos_ in ("VERB", "AUX"):
                    break
        return self._change_words_before(f, 4)

    def is_year(self, a: Amount) -> bool:
        n = a.num
        if n is None or not n.digits or n.scaled or a.currency:
            return False
        raw = self.lx.text[a.core]
        return len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2100

    # -- filters and assembly -----------------------------------------------------------------------
    def build(self, span_start: int, amt: Amount, unit: Unit | None, end_piece: int, value: float, low: float,
              high: float, approx: bool, range_b: Amount | None = None) -> RawFigure | None:
        lx, L = self.lx, self.L
        num = amt.num
        currency = amt.currency or (unit.currency if unit else "")
        if unit is not None and unit.kind == "money" and unit.currency in _DOLLARS and amt.currency in _DOLLARS and unit.written:
            # '$800,000 AUD', '$50 CAD per month': the code after the amount says which dollar this '$' is.
            currency = unit.currency
        if num is not None and self.not_a_figure(amt, unit, range_b):
            return None
        if num is not None and num.word_a and num.value == 1.0 and not self._a_duration(amt, unit, approx):
            return None
        kind = "count"
        unit_name = ""
        if currency:
            kind, unit_name = "money", unit.unit if unit is not None and unit.kind == "money" else currency
        elif unit is not None:
            kind, unit_name = unit.kind, unit.unit
        elif num is not None and num.fraction:
            # A bare fraction ('two-thirds of the senators', 'half his sentence') is a share (F6).
            kind, unit_name = "percent", "percent"
            value, low, high = (round(x * 100, 2) for x in (value, low, high))
        if num is not None and num.has_fraction and kind != "percent":
            value, low, high = (round(x, 2) if not math.isnan(x) else x for x in (value, low, high))
        if amt.vague and lx.text[amt.start][:1].isupper() and amt.start > 0 and lx.kind[amt.start - 1] == "w" and lx.text[amt.start - 1][:1].isupper():
            if lx.low[amt.start - 1] not in self.approx_first and lx.low[amt.start - 1] not in ("the", "a", "an", "and", "but", "as", "while", "when", "with", "of", "by", "for", "in", "on", "at"):
                return None  # 'Mega Millions' is a name
        plural_scale = num is not None and num.scaled and lx.low[amt.end - 1][-1:] == "s"
        if (amt.vague or plural_scale) and currency == "" and lx.word(amt.end) == "of":
            cw = lx.word(amt.end + 1)
            if cw in L.currency_words and cw not in ("pound", "pounds", "won"):
                currency = self.dollar if cw in ("dollar", "dollars") else L.currency_words[cw]
                kind, unit_name = "money", currency
                end_piece = max(end_piece, amt.end + 2)  # 'hundreds of millions of dollars' (F1: currency words in the span)
        start_char = lx.start[span_start]
        end_char = lx.end[end_piece - 1]
        fig = RawFigure(start_char, end_char, kind, value, low, high, approx, unit_name, currency, last_piece=end_piece)
        if unit is not None and unit.kind == "age":
            fig.counts = "age"
        fig.extra["core"] = amt.core
        fig.extra["core_char"] = lx.start[amt.core]
        if lx.word(amt.start - 1) == "minus" or self.minus_sign(amt):
            # 'minus 15 degrees', '−15C', 'fell to -4°C'
            fig.value, fig.low, fig.high = -fig.value, -fig.high, -fig.low
            fig.start = min(fig.start, lx.start[amt.start - 1])
        fig.extra["num"] = num
        fig.extra["vague"] = amt.vague
        fig.extra["has_unit"] = unit is not None or bool(currency)
        return fig

    def minus_sign(self, amt: Amount) -> bool:
        """A minus sign glued to the digits: '−15C', 'fell to -4°C' (a hyphen with a space before it, not a range)."""
        lx = self.lx
        k = amt.start - 1
        if k < 0 or lx.gap[amt.start] or amt.num is None or not amt.num.digits or lx.text[k] not in ("−", "-", "–"):
            return False
        if lx.text[k] == "−":
            return True
        before = lx.source[lx.start[k] - 1] if lx.start[k] > 0 else "\n"
        # ('5 -4' and a list's '-4 ...' at the start of a line are no negative numbers.)
        return before in (" ", "\t", "(", "[") and not (k > 0 and (lx.kind[k - 1] == "d" or lx.low[k - 1] in self.L.small))

    def not_a_figure(self, amt: Amount, unit: Unit | None, range_b: Amount | None, *, dates_only: bool = False) -> bool:
        """See :func:`newslab.figures.filters.not_a_figure`."""
        return not_a_figure(self, amt, unit, range_b, dates_only=dates_only)
