"""What is not a figure (F14): dates, years, clock times, ordinals, names and codes with
digits, labels, street and phone numbers, the pronoun 'one', and ordinal fractions.

The checks look at the lexed pieces around an amount and at spaCy's tags and
entities; they are called by the scanner in :mod:`newslab.figures.grammar`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Protocol

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from newslab.figures.numbers import Lexed, Lexicon, Number

__all__ = ["Amount", "Unit", "DocView", "ScanState", "not_a_figure", "pronoun_one", "blocked_regions", "DASHES"]

#: Dash characters: hyphen, en and em dashes, figure dash, minus sign.
DASHES = frozenset({"-", "–", "—", "‒", "−"})


@dataclass
class Amount:
    """One amount as the scanner read it: where it starts, its number or vague bounds, its currency."""

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
class Unit:
    """A unit read after an amount: the figure kind it makes and where the span ends."""

    kind: str
    unit: str
    end: int  # next piece after the unit (what the span covers)
    currency: str = ""
    rate_end: int | None = None
    written: bool = True  # False for a bare 'dollars': the article's dollar, not one named here


class DocView:
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


class ScanState(Protocol):
    """What the checks read from the scanner of :mod:`newslab.figures.grammar`."""

    lx: Lexed
    L: Lexicon
    view: DocView
    approx_first: frozenset[str]

    def in_block(self, char: int) -> bool: ...

    def is_year(self, a: Amount) -> bool: ...


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
    r"|\+\d{1,3}\s?\(0\)\s?\d{1,5}(?:[\s.-]?\d{2,4}){2,5}"
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


def blocked_regions(text: str) -> list[tuple[int, int]]:
    """Sorted, merged ``(start, end)`` character regions where no digit is a figure (dates, times, phones, URLs)."""
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
_DASHES = DASHES
_DETERMINERS = frozenset({"the", "that", "this", "which", "each", "any", "every", "no", "an", "a", "another", "what",
                          "whichever", "someone", "anyone", "no-one", "last"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})
# Idioms with 'one' that count nothing: 'on one occasion', 'at one point', 'one day'.
_ONE_IDIOMS = {"on": frozenset({"occasion", "hand"}), "at": frozenset({"point", "time", "stage", "moment"})}


#: Entity labels of names; a number inside one (not at its start) is part of the name.
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "GPE", "LOC", "NORP"})


def not_a_figure(sc: ScanState, amt: Amount, unit: Unit | None, range_b: Amount | None, *, dates_only: bool = False) -> bool:
    """Dates, years, clock times, ordinals, names and codes, labels, street and phone numbers (F14).

    ``dates_only`` stops after the date, year and clock checks (for scores, whose sides follow names).
    """
    lx, L = sc.lx, sc.L
    num = amt.num
    c = amt.core
    if sc.in_block(lx.start[c]):
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
        # A capitalised number word in mid-sentence is part of a name: 'Five Live', 'The World at One'.
        if lx.text[c][:1].isupper() and not has_unit and prev >= 0 and lx.kind[prev] == "w":
            ctok = sc.view.token(lx.start[c])
            if ctok is not None and not ctok.is_sent_start and lx.low[prev] != "estimated":
                return True
        # A capitalised number word after a capitalised word is part of a name: 'Capital One', 'Camp Four'.
        if lx.text[c][:1].isupper() and prev >= 0 and lx.kind[prev] == "w" and lx.text[prev][:1].isupper() and not has_unit:
            ptok = sc.view.token(lx.start[prev])
            if ptok is not None and not ptok.is_sent_start and ptok.lower_ not in sc.approx_first:
                return True
    # A number inside a name the entity model found: 'Feng Yun 1C', 'Apollo 11 mission', 'the FTSE 100 index'.
    ctok = sc.view.token(lx.start[c])
    if ctok is not None and ctok.ent_iob_ == "I" and ctok.ent_type_ in _NAME_ENTITIES and not amt.currency and range_b is None:
        # With a unit only when it is glued on ('1C'): 'Guadeloupe 30 miles away' is a distance
        # the model ran into a place name.
        if unit is None or (nxt < lx.n and not lx.gap[nxt]):
            return True
    # A capitalised time unit in mid-sentence names a title: '60 Minutes Wednesday', '28 Days Later'.
    if unit is not None and nxt < lx.n and lx.kind[nxt] == "w" and lx.low[nxt] in L.time_units and lx.text[nxt][:1].isupper() and not lx.text[nxt].isupper():
        utok = sc.view.token(lx.start[nxt])
        if utok is not None and utok.pos_ == "PROPN" and ctok is not None and not ctok.is_sent_start:
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
        if c > 1 and lx.text[prev] == "(" and not lx.gap[prev] and not lx.gap[c] and lx.kind[c - 2] == "d" and lx.text[nxt: nxt + 1] == [")"]:
            return True  # a subsection: 'section 373(4)' 
        if c > 1 and lx.text[prev] in ("+", "-", "−") and not lx.gap[c] and lx.low[c - 2] in ("utc", "gmt"):
            return True  # a time zone: '00:00 (UTC+3)' 
        if c > 1 and lx.text[prev] == ":" and lx.kind[c - 2] == "w" and len(lx.text[c - 2]) >= 2 and lx.text[c - 2].isupper():
            return True  # a stock code: '(NASDAQ: MSFT, HKSE: 4338)' 
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
        # The second day of a date range: 'from September 21 to 23', 'May 5-7'.
        if prev >= 2 and (lx.low[prev] in ("to", "and", "through", "until", "till") or lx.text[prev] in _DASHES):
            k = prev - 1
            if lx.kind[k] == "d" and k >= 1 and lx.kind[k - 1] == "w" and lx.text[k - 1][:1].isupper() and lx.low[k - 1] in L.months:
                return True
    # 24-hour clock times: 'until 2130 (230 GMT)', 'at 0600'.
    if num.digits and not has_unit and range_b is None:
        raw = lx.text[c]
        pw = lx.word(prev)
        if pw in ("and", "to") and any(
            lx.word(k) == "between" and lx.kind[k + 1] == "d" and len(lx.text[k + 1]) == 4 for k in range(max(0, prev - 8), prev)
        ):
            pw = "between"  # 'between 1100 (1000 GMT) and 1400'
        if len(raw) == 4 and raw.isdigit() and int(raw[:2]) < 24 and int(raw[2:]) < 60 and pw in (
            "at", "until", "till", "by", "before", "after", "from", "around", "since", "about", "between"
        ):
            after = sc.view.after(lx.end[last])
            if after is None or after.pos_ not in ("NOUN", "PROPN"):
                return True
    if sc.is_year(amt) and not has_unit:
        tok = sc.view.after(lx.end[last])
        first = sc.view.token(lx.start[c])
        if first is not None and first.ent_type_ == "DATE":
            return True
        if tok is None or tok.pos_ not in ("NOUN",) or tok.ent_type_ == "DATE" or tok.tag_ == "NN":
            return True  # '2011 trade between the countries' is a year; '2000 soldiers' a count
    # Earlier years after a preposition of time: 'since its conception in 1761', 'by 1066'.
    if num.digits and not has_unit and range_b is None and len(lx.text[c]) == 4 and lx.text[c].isdigit() and (
        1000 <= num.value < 1800 and lx.word(prev) in ("in", "since", "by", "until", "till", "from", "before", "after", "circa", "of")
    ):
        tok = sc.view.after(lx.end[last])
        if tok is None or tok.pos_ != "NOUN" or tok.ent_type_ == "DATE":
            return True
    if dates_only:
        return False
    # 'a third year', 'a fourth term': an ordinal, not a fraction, when no 'of' follows.
    if num.fraction and range_b is None and not num.digits:
        den = lx.low[num.end - 1]
        nw = lx.word(nxt)
        if not (den.endswith("s") or den == "half") and nw != "of" and lx.word(prev) != "by" and not _hedged(sc, c):
            return True  # ('fell by about a fifth' is a share: a hedge word makes it an amount)
    if has_unit:
        return False
    # Labels: 'round 4', 'Area 51', 'week 22', 'No. 10', 'round five'.
    pw = lx.word(prev)
    if pw and pw in L.label_words:
        return True  # also a range of labels: 'sections 895 to 899', 'pages 10-12'
    # A model number: 'the Boeing 737-800', 'an Airbus A330-300'.
    if range_b is not None and num.digits and prev >= 0 and lx.kind[prev] == "w" and lx.text[prev][:1].isupper() and (
        nxt + 1 < lx.n and lx.text[nxt] in _DASHES and not lx.gap[nxt] and not lx.gap[nxt + 1]
    ):
        ptok = sc.view.token(lx.start[prev])
        if ptok is not None and ptok.pos_ == "PROPN" and not ptok.is_sent_start:
            return True
    if prev >= 1 and lx.text[prev] == "." and lx.word(prev - 1) in ("no", "nos"):
        return True
    if num.digits and range_b is None and _reference(lx, L, c, nxt):
        return True
    tok = sc.view.token(lx.start[c])
    if tok is None:
        return False
    # Inside a name entity ('Boeing 737', 'Apollo 11'); decimals and grouped thousands are amounts.
    if tok.ent_type_ in _NAME_ENTS and num.digits and not num.scaled and range_b is None and num.value == int(num.value) and "," not in lx.text[c]:
        return True
    # A capitalised name right before a bare number: 'Boeing 737', 'Windows 10'.
    if prev >= 0 and lx.kind[prev] == "w" and lx.text[prev][:1].isupper() and num.digits and not num.scaled and num.value == int(num.value) and range_b is None:
        ptok = sc.view.token(lx.start[prev])
        if ptok is not None and ptok.pos_ == "PROPN" and not ptok.is_sent_start and ptok.lower_ not in sc.approx_first:
            after = sc.view.after(lx.end[last])
            # ... and before a singular noun: 'the FTSE 100 index', 'a Boeing 737 jet'.
            if after is None or after.pos_ not in ("NOUN",) or (after.tag_ == "NN" and num.value > 1):
                return True
    if num.digits and not num.scaled and range_b is None:
        # A quoted numeral is a title or a name: the film "42".
        if 0 < c and nxt < lx.n and lx.text[prev] in _QUOTE_MARKS and lx.text[nxt] in _QUOTE_MARKS and not lx.gap[c] and not lx.gap[nxt]:
            return True
        after = sc.view.after(lx.end[last])
        # A noun right before a bare number that counts nothing is a label: 'film 42', 'coronavirus 2'.
        if prev >= 0 and lx.kind[prev] == "w":
            ptok = sc.view.token(lx.start[prev])
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
            otok = sc.view.token(lx.start[prev - 2])
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
    # Ordinal words after a number word: 'five eighth' (a rugby position); '96 th St.'
    nw = lx.word(nxt)
    if num.digits and nw in L.ordinal_suffixes:
        return True
    if nw in L.fractions and not nw.endswith("s"):
        return True
    if nw in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"):
        return True
    after = sc.view.after(lx.end[last])
    # 'the 22' (a field zone): a bare numeral after 'the' that counts nothing.
    last_tok = sc.view.token(lx.start[last])
    if pw in ("the", "these", "those") and not num.fraction and (num.digits or not num.scaled) and (
        after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
    ) and not (last_tok is not None and last_tok.dep_ == "nummod" and last_tok.head.i > last_tok.i):  # ('the two missing pieces')
        # 'the 22' (a field zone) and 'separating the two', 'the three were arrested' (an anaphor):
        # a bare number after a determiner that counts nothing new.
        if not (nxt + 1 < lx.n and lx.text[nxt] in _DASHES and not lx.gap[nxt]):  # 'the 349-seat Riksdag'
            return True
    if num.single_one and nw == "day" and lx.word(nxt + 1) not in ("before", "after", "later", "earlier", "ago", "of") and pw not in ("for", "within", "in", "than", "about", "only", "just"):
        return True  # 'one day they will ...' is an idiom, not a duration
    if num.single_one and range_b is None:
        if pronoun_one(sc, c, tok, after):
            return True
    if num.fraction and range_b is None:
        den = lx.low[num.end - 1]
        if not (den.endswith("s") or den in ("half",)) and nw != "of" and pw != "by" and not _hedged(sc, c):
            return True  # 'a third term' is an ordinal; 'a third of', 'fell by a third' are shares
        if den == "half":
            if nw not in ("of", "the", "his", "her", "its", "their", "our", "my", "your", "all", "this",
                          "that", "these", "those", "them") and pw != "by":
                return True  # 'half his sentence', 'fell by half'; not 'half back', 'half-brother'
            if pw in ("first", "second", "the", "a", "last", "other", "latter", "former"):
                return True
    return False

def _hedged(sc: ScanState, c: int) -> bool:
    """An approximator ('about', 'more than', 'close to') ends right before piece ``c``."""
    lx = sc.lx
    for start in range(max(0, c - 3), c):
        hit = lx.phrase(start, sc.L.approximators, 3)
        if hit is not None and hit[1] == c:
            return True
    return False


_ROMAN_RE = re.compile(r"^[IVXLC]{2,}$|^[VX]$")
_ENUM_SEPARATORS = frozenset({",", "and", "or", "&", "to"})


def _reference(lx, L, c: int, nxt: int) -> bool:  # noqa: ANN001 - Lexed, Lexicon
    """Legal and section references, not amounts: 'clause 4(b)', 'by VIII, II, 2', 'sections 3, 4 and 5'.

    A number with a glued '(b)' / '(2)' is a sub-item; a number that ends an
    enumeration is a reference when the enumeration starts at a label word
    ('Article', 'section') or lists Roman numerals.
    """
    if nxt + 2 < lx.n and lx.text[nxt] == "(" and not lx.gap[nxt] and lx.text[nxt + 2] == ")" and (
        (lx.kind[nxt + 1] == "w" and len(lx.text[nxt + 1]) <= 3) or (lx.kind[nxt + 1] == "d" and len(lx.text[nxt + 1]) <= 2)
    ):
        return True
    k, romans, steps = c - 1, 0, 0
    while k >= 1 and steps < 6:
        steps += 1
        if not (lx.low[k] in _ENUM_SEPARATORS and (lx.kind[k] == "s" or lx.kind[k] == "w")):
            return False
        k -= 1
        if lx.kind[k] == "s" and lx.text[k] == ")" and k >= 3 and lx.text[k - 2] == "(":
            k -= 3  # '4(b), 5'
        if k < 0:
            return False
        if lx.kind[k] == "w" and _ROMAN_RE.match(lx.text[k]):
            romans += 1
            if romans >= 2 or lx.word(k - 1) in L.label_words:
                return True
        elif lx.kind[k] == "d" and len(lx.text[k]) <= 3:
            if lx.word(k - 1) in L.label_words:
                return True
        else:
            return False
        k -= 1
    return False


def pronoun_one(sc: ScanState, c: int, tok: Token, after: Token | None) -> bool:
    """'one of the men', 'that one', 'One user' (F14): the word 'one' that counts nothing."""
    lx = sc.lx
    nw = lx.word(c + 1)
    if nw in ("of", "another", "day") or (c + 1 < lx.n and lx.text[c + 1] in ("'", "’")):
        return True
    pw = lx.word(c - 1)
    if pw in _DETERMINERS or pw in ("no",):
        return True
    if nw in _ONE_IDIOMS.get(pw, ()):
        return True
    # 'Two of the suspects were German and one was Turkish', 'killed 19 and injured one': a count set
    # against an earlier one.
    if nw not in ("by", "another", "in") and tok.pos_ == "NUM" and (after is None or after.pos_ not in ("NOUN", "PROPN")):
        before = tok.nbor(-1) if tok.i > 0 else None
        if pw == "by" or (before is not None and (before.pos_ in ("ADJ", "DET", "NUM") or before.ent_type_ == "DATE")):
            return True  # 'one by one', 'the other one', 'the 1991 one'
        start = sc.view.sent(tok)[0]
        if any(t.pos_ == "NUM" and t.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT") for t in tok.doc[start:tok.i]):
            return False
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
        return verb is None or verb.lemma_.lower() not in sc.L.people_verbs
    return False
