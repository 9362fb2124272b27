"""Reading numbers: the lexicon, a character-level lexer and the number grammar.

spaCy tokenizes numbers inconsistently ('HK$5bn' and '43–5' are one token,
'US$20' two), so figures are read from a finer lexing of the text: runs of
digits (with ',' and '.' inside), runs of letters, and single symbols. Each
piece keeps its character offsets, so every span round-trips to the text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["Lexicon", "lexicon", "Lexed", "lex", "Number", "parse_number", "parse_vague"]

_LEX_RE = re.compile(r"(\d+(?:[.,]\d+)*)|([^\W\d_]+)|(\S)")
_KINDS = {1: "d", 2: "w", 3: "s"}


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``newslab/data/units.json`` in lookup-ready form."""

    raw: dict[str, Any]
    currency_symbols: dict[str, str]
    dollar_prefixes: dict[str, str]
    dollar_countries: dict[str, str]
    other_countries: frozenset[str]
    index_names: frozenset[str]
    currency_codes: frozenset[str]
    currency_words: dict[str, str]
    currency_nationality: dict[tuple[str, ...], str]
    scales: dict[str, float]
    scale_abbreviations: dict[str, float]
    money_only_abbreviations: frozenset[str]
    small: dict[str, int]
    tens: dict[str, int]
    fractions: dict[str, int]
    vague: dict[tuple[str, ...], tuple[float, float]]
    vague_multipliers: dict[tuple[str, ...], tuple[float, float]]
    approximators: dict[tuple[str, ...], str]
    postfix: dict[tuple[str, ...], str]
    time_units: dict[str, str]
    units: dict[tuple[str, ...], str]
    max_unit_words: int
    person_nouns: frozenset[str]
    people_verbs: frozenset[str]
    label_words: frozenset[str]
    street_suffixes: frozenset[str]
    months: frozenset[str]
    clock_words: frozenset[str]
    ordinal_suffixes: frozenset[str]
    sports_words: frozenset[str]
    change_verbs: frozenset[str]
    change_lemmas: frozenset[str]
    range_cues: frozenset[str]
    per_nouns: frozenset[str]
    approx_first: frozenset[str]
    starters: frozenset[str]


def _phrases(mapping: dict[str, Any]) -> dict[tuple[str, ...], Any]:
    return {tuple(k.split()): v for k, v in mapping.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the figures lexicon once per process."""
    raw = json.loads(resources.files("newslab").joinpath("data/units.json").read_text(encoding="utf-8"))
    units = _phrases(raw["units"])
    return Lexicon(
        raw=raw,
        currency_symbols=dict(raw["currency_symbols"]),
        dollar_prefixes=dict(raw["dollar_prefixes"]),
        dollar_countries=dict(raw["dollar_countries"]),
        other_countries=frozenset(raw["other_countries"]),
        index_names=frozenset(raw["index_names"]),
        currency_codes=frozenset(raw["currency_codes"]),
        currency_words=dict(raw["currency_words"]),
        currency_nationality=_phrases(raw["currency_nationality"]),
        scales={k: float(v) for k, v in raw["scales"].items()},
        scale_abbreviations={k: float(v) for k, v in raw["scale_abbreviations"].items()},
        money_only_abbreviations=frozenset(raw["money_only_abbreviations"]),
        small=dict(raw["small_numbers"]),
        tens=dict(raw["tens"]),
        fractions=dict(raw["fractions"]),
        vague={k: (float(v[0]), float(v[1])) for k, v in _phrases(raw["vague"]).items()},
        vague_multipliers={k: (float(v[0]), float(v[1])) for k, v in _phrases(raw["vague_multipliers"]).items()},
        approximators=_phrases(raw["approximators"]),
        postfix=_phrases(raw["postfix"]),
        time_units=dict(raw["time_units"]),
        units=units,
        max_unit_words=max(len(k) for k in units),
        person_nouns=frozenset(raw["person_nouns"]),
        people_verbs=frozenset(raw["people_verbs"]),
        label_words=frozenset(raw["label_words"]),
        street_suffixes=frozenset(raw["street_suffixes"]),
        months=frozenset(raw["months"]),
        clock_words=frozenset(raw["clock_words"]),
        ordinal_suffixes=frozenset(raw["ordinal_suffixes"]),
        sports_words=frozenset(raw["sports_words"]),
        change_verbs=frozenset(raw["change_verbs"]),
        change_lemmas=frozenset(raw["change_lemmas"]),
        range_cues=frozenset(raw["range_cues"]),
        per_nouns=frozenset(raw["per_nouns"]),
        approx_first=frozenset(k.split()[0] for k in raw["approximators"]),
        # Words that can open a figure; every other word is skipped at once.
        starters=frozenset(
            set(raw["small_numbers"]) | set(raw["tens"]) | set(raw["scales"])
            | {"a", "an", "half", "dozen", "between", "from"}
            | {k.split()[0] for k in raw["approximators"]} | {k.split()[0] for k in raw["vague"]}
            | {k.split()[0] for k in raw["vague_multipliers"]}
        ),
    )


class Lexed:
    """The text cut into digit runs, letter runs and symbols, as parallel lists.

    Attributes:
        text, low: the pieces as written and lower-cased.
        start, end: character offsets of each piece.
        kind: 'd' (digits), 'w' (letters) or 's' (symbol).
        gap: True when whitespace separates a piece from the previous one.
    """

    __slots__ = ("source", "text", "low", "start", "end", "kind", "gap", "n")

    def __init__(self, source: str) -> None:
        self.source = source
        found = [(m.start(), m.end(), m.lastindex) for m in _LEX_RE.finditer(source)]
        self.start = [f[0] for f in found]
        self.end = [f[1] for f in found]
        self.text = [source[a:b] for a, b, _ in found]
        self.kind = [_KINDS[f[2]] for f in found]
        self.low = [t.lower() for t in self.text]
        self.n = len(found)
        ends = self.end
        self.gap = [True] + [a > b for a, b in zip(self.start[1:], ends)]

    def word(self, i: int) -> str:
        """Lower-cased piece ``i`` if it is a word, else ''."""
        return self.low[i] if 0 <= i < self.n and self.kind[i] == "w" else ""

    def joined(self, i: int) -> bool:
        """True when piece ``i`` follows piece ``i - 1`` with no whitespace."""
        return 0 < i < self.n and not self.gap[i]

    def phrase(self, i: int, table: dict[tuple[str, ...], Any], max_words: int = 4) -> tuple[Any, int] | None:
        """Longest multi-word entry of ``table`` starting at piece ``i``: (value, next index)."""
        best = None
        words: list[str] = []
        j = i
        while j < self.n and len(words) < max_words:
            if self.kind[j] == "w" or self.text[j] in ("'", "’", "."):
                words.append(self.low[j])
                j += 1
                key = tuple(words)
                if key in table:
                    best = (table[key], j)
                # Only whitespace separates words of a phrase.
                if j < self.n and not self.gap[j] and self.kind[j] == "w":
                    break
            else:
                break
        return best


def lex(text: str) -> Lexed:
    """Cut ``text`` into pieces; see :class:`Lexed`."""
    return Lexed(text)


@dataclass
class Number:
    """One amount as read from the text (before units and context)."""

    value: float
    end: int  # next piece index
    digits: bool  # written with digits
    scaled: bool  # a scale word or abbreviation was applied
    trailing_scale: float  # the last multiplier ('two hundred' -> 100), for 'one-to-two hundred'
    fraction: bool = False  # a bare fraction ('two-thirds', 'half')
    has_fraction: bool = False  # a fraction was part of it ('one and two thirds')
    money_scale: bool = False  # an abbreviation that only means a scale for money ('5m')
    single_one: bool = False  # the bare word 'one'
    word_a: bool = False  # started with 'a'/'an' ('a hundred', 'a year')


def _next_word(lx: Lexed, j: int) -> tuple[str, int]:
    """The word at ``j`` or after a joining hyphen at ``j``: (word, index) or ('', j)."""
    if j < lx.n and lx.kind[j] == "w":
        return lx.low[j], j
    if j + 1 < lx.n and lx.text[j] == "-" and not lx.gap[j] and not lx.gap[j + 1] and lx.kind[j + 1] == "w":
        return lx.low[j + 1], j + 1
    return "", j


def _fraction_at(lx: Lexed, j: int, lex_: Lexicon) -> tuple[float, int] | None:
    """'a half', 'two thirds', 'two-thirds', 'a quarter' at ``j``: (value, next index)."""
    w = lx.word(j)
    if w in ("a", "an", "one"):
        num = 1
    elif w in lex_.small and lex_.small[w] > 0:
        num = lex_.small[w]
    else:
        return None
    den_word, k = _next_word(lx, j + 1)
    if den_word not in lex_.fractions:
        return None
    plural = den_word.endswith("s") or den_word == "halves"
    # 'five eighth' (a rugby position) is not a fraction; 'one third' and 'two thirds' are.
    if num > 1 and not plural:
        return None
    return num / lex_.fractions[den_word], k + 1


def _scale_after(lx: Lexed, j: int, lex_: Lexicon, *, attached_ok: bool) -> tuple[float, int, bool] | None:
    """A scale word or abbreviation at ``j``: (factor, next index, money_only)."""
    if j >= lx.n:
        return None
    w = lx.low[j]
    if lx.kind[j] != "w":
        return None
    if w in lex_.scales:
        return lex_.scales[w], j + 1, False
    if w[:-1] in lex_.scales and w.endswith("s") and w != "hundreds" and lx.kind[j - 1] == "d":
        return lex_.scales[w[:-1]], j + 1, False  # '2 millions' (a plural scale after digits)
    if w in lex_.scale_abbreviations and lx.kind[j - 1] == "d":
        money_only = w in lex_.money_only_abbreviations
        # 'bn', 'mn' are safe after a space too; 'm', 'k', 'b' only attached ('$3m').
        if money_only and not (attached_ok and not lx.gap[j]):
            return None
        return lex_.scale_abbreviations[w], j + 1, money_only
    return None


def parse_number(lx: Lexed, i: int, lex_: Lexicon | None = None, *, money: bool = False) -> Number | None:
    """Read one amount starting at piece ``i``: digits or number words, with scales.

    Handles '2.4 million', '5bn', '350 thousand', '12 096', 'twenty-five', 'a
    hundred thousand', 'one hundred and fifty', 'million-and-a-half', 'one and
    two thirds', 'two and a half', 'two-thirds', 'half', 'a dozen'.

    Args:
        lx: The lexed text.
        i: Index of the first piece.
        lex_: The lexicon (loaded once when None).
        money: A currency came before, so the abbreviations 'm', 'k' and 'b'
            are scales ('$3m'); otherwise '5m' is five metres.

    Returns:
        The amount and where it ends, or None when no number starts at ``i``.

    Example:
        >>> parse_number(lex("two and a half million"), 0).value
        2500000.0
    """
    lex_ = lex_ or lexicon()
    if i >= lx.n:
        return None
    if lx.kind[i] == "d":
        raw = lx.text[i]
        groups = raw.split(".")
        # Dots as thousands separators (European style): '2.500.000', '150.000' ('.000' is never a decimal in news).
        if len(groups) > 1 and "," not in raw and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and (
            len(groups) > 2 or groups[1] == "000"
        ):
            raw = raw.replace(".", "")
        if "." in raw and raw.count(".") > 1:
            return None
        # A single comma before one or two digits is a decimal comma ('35,5%' in European style);
        # thousands groups have three digits ('200,0000' stays literal, F11).
        if "," in raw and "." not in raw and raw.count(",") == 1 and 1 <= len(raw) - raw.index(",") - 1 <= 2:
            raw = raw.replace(",", ".")
        try:
            value = float(raw.replace(",", ""))
        except ValueError:
            return None
        j = i + 1
        # Thousands separated by spaces ('12 096 visas', 'up to 17 000'): groups of exactly three digits.
        if len(raw) <= 3 and raw.isdigit():
            while j < lx.n and lx.kind[j] == "d" and lx.gap[j] and len(lx.text[j]) == 3 and lx.text[j].isdigit() and (
                lx.start[j] - lx.end[j - 1] == 1 and lx.source[lx.end[j - 1]] == " "
            ) and not (j + 1 < lx.n and lx.kind[j + 1] == "d" and lx.gap[j + 1] and lx.start[j + 1] - lx.end[j] == 1):
                value = value * 1000 + float(lx.text[j])
                j += 1
                if not (j < lx.n and lx.kind[j] == "d" and len(lx.text[j]) == 3):
                    break
        scaled = False
        money_scale = False
        trailing = 1.0
        frac_added = False
        while True:
            sc = _scale_after(lx, j, lex_, attached_ok=(j == i + 1))
            if sc is None:
                # '2.5-million' is rare; a hyphen before a scale word is accepted.
                w, k = _next_word(lx, j)
                if k != j and w in lex_.scales:
                    sc = (lex_.scales[w], k + 1, False)
            if sc is None or (sc[2] and not money):
                break
            value *= sc[0]
            trailing = sc[0]
            j = sc[1]
            scaled = True
            money_scale = money_scale or sc[2]
        if not scaled and lx.word(j) == "dozen":
            value *= 12  # '108 dozen roses'
            j += 1
            scaled, trailing = True, 12.0
        if scaled:
            fr = _and_fraction(lx, j, lex_)
            if fr is not None:
                value += fr[0] * trailing
                j = fr[1]
                frac_added = True
        return Number(value, j, True, scaled, trailing, money_scale=money_scale, has_fraction=frac_added)
    return _parse_words(lx, i, lex_)


def _and_fraction(lx: Lexed, j: int, lex_: Lexicon) -> tuple[float, int] | None:
    """'and a half' / '-and-a-half' / 'and two thirds' at ``j``."""
    w, k = _next_word(lx, j)
    if w != "and":
        return None
    nxt, k2 = _next_word(lx, k + 1)
    if not nxt:
        return None
    return _fraction_at(lx, k2, lex_)


def _parse_words(lx: Lexed, i: int, lex_: Lexicon) -> Number | None:
    w = lx.word(i)
    if not w:
        return None
    # 'a half-dozen', 'half a dozen' is below; 'half-dozen', 'a half dozen' are six.
    h = i + 1 if w in ("a", "an") and lx.word(i + 1) == "half" else (i if w == "half" else -1)
    if h >= 0:
        dz, k = _next_word(lx, h + 1)
        if dz == "dozen":
            return Number(6.0, k + 1, False, True, 12.0, word_a=w in ("a", "an"))
    frac = _fraction_at(lx, i, lex_)
    if w == "half":
        # 'half a million', 'half an hour', 'half a dozen'; bare 'half' is a fraction.
        nxt = lx.word(i + 1)
        if nxt in lex_.scales and nxt != "hundred":
            return Number(0.5 * lex_.scales[nxt], i + 2, False, True, lex_.scales[nxt], has_fraction=True)
        if nxt in ("a", "an"):
            sc = lx.word(i + 2)
            if sc in lex_.scales or sc == "dozen":
                factor = 12.0 if sc == "dozen" else lex_.scales[sc]
                return Number(0.5 * factor, i + 3, False, True, factor, has_fraction=True)
            if sc in lex_.time_units:
                return Number(0.5, i + 2, False, False, 1.0, has_fraction=True)  # 'half an hour'
        return Number(0.5, i + 1, False, False, 1.0, fraction=True, has_fraction=True)
    if frac is not None:
        return Number(frac[0], frac[1], False, False, 1.0, fraction=True, has_fraction=True)
    if w in ("a", "an"):
        nxt = lx.word(i + 1)
        if nxt not in lex_.scales and nxt != "dozen":
            return None
    elif w not in lex_.small and w not in lex_.tens and w != "dozen":
        # A bare scale word starts an amount only in 'million-and-a-half'.
        if w not in lex_.scales or _and_fraction(lx, i + 1, lex_) is None:
            return None
    total = 0.0
    cur = 0.0
    last = ""
    trailing = 1.0
    j = i
    end = i
    has_fraction = False
    while True:
        word, k = (w, i) if j == i else _next_word(lx, j)
        if not word:
            break
        if word in ("a", "an") and j == i:
            cur = 1.0
            last = "a"
        elif word in lex_.small:
            if last in ("small", "a") or (last == "tens" and lex_.small[word] >= 10) or last == "scale_small":
                break
            fr = _fraction_at(lx, k, lex_) if last in ("and",) else None
            if fr is not None and last == "and":
                cur += fr[0]
                has_fraction = True
                end = fr[1]
                j = fr[1]
                last = "frac"
                break
            cur += lex_.small[word]
            last = "small" if last != "tens" else "small"
        elif word in lex_.tens:
            if last in ("small", "tens", "a"):
                break
            cur += lex_.tens[word]
            last = "tens"
        elif word == "hundred":
            if last == "hundred":
                break
            cur = (cur or 1.0) * 100
            trailing = 100.0
            last = "hundred"
        elif word in lex_.scales:
            total += (cur or 1.0) * lex_.scales[word]
            cur = 0.0
            trailing = lex_.scales[word]
            last = "scale"
        elif word == "dozen":
            cur = (cur or 1.0) * 12
            trailing = 12.0
            last = "hundred"
        elif word == "and" and last in ("hundred", "scale", "small", "tens"):
            fr = _and_fraction(lx, j, lex_)
            if fr is not None:
                if last == "scale":
                    total += fr[0] * trailing
                else:
                    cur += fr[0]
                has_fraction = True
                end = fr[1]
                j = fr[1]
                # 'two and a half million', 'one-and-a-half-billion'
                sc, k3 = _next_word(lx, j)
                if last != "scale" and sc in lex_.scales:
                    total += cur * lex_.scales[sc]
                    cur = 0.0
                    trailing = lex_.scales[sc]
                    j = k3 + 1
                    end = j
                break
            nxt, k2 = _next_word(lx, k + 1)
            if last in ("hundred", "scale") and (nxt in lex_.small or nxt in lex_.tens):
                j = k + 1
                last = "and"
                continue
            break
        else:
            break
        j = k + 1
        end = j
    if end == i:
        return None
    if last == "and":
        return None
    value = total + cur
    single_one = end == i + 1 and w == "one"
    return Number(value, end, False, trailing > 1 and (total > 0 or last in ("hundred", "scale")), trailing,
                  has_fraction=has_fraction, single_one=single_one, word_a=w in ("a", "an"))


def parse_vague(lx: Lexed, i: int, lex_: Lexicon | None = None) -> tuple[float, float, int] | None:
    """Vague amounts at ``i``: 'hundreds', 'tens of thousands', 'a few hundred'.

    Args:
        lx: The lexed text.
        i: Index of the first piece.
        lex_: The lexicon (loaded once when None).

    Returns:
        ``(low, high, next index)`` with the documented bounds of units.json,
        or None when no vague amount starts at ``i``.

    Example:
        >>> parse_vague(lex("tens of thousands of people"), 0)[:2]
        (10000.0, 100000.0)
    """
    lex_ = lex_ or lexicon()
    hit = lx.phrase(i, lex_.vague, 3)
    if hit is not None:
        (low, high), j = hit
        # 'scores' is vague only in 'scores of'.
        if lx.low[i] == "scores" and lx.word(j) != "of":
            return None
        return low, high, j
    mult = lx.phrase(i, lex_.vague_multipliers, 3)
    if mult is not None:
        (a, b), j = mult
        w = lx.word(j)
        if w in lex_.scales or w == "dozen":
            factor = 12.0 if w == "dozen" else lex_.scales[w]
            j += 1
            # 'a few hundred million'
            while lx.word(j) in lex_.scales and lex_.scales[lx.word(j)] > factor:
                factor *= lex_.scales[lx.word(j)]
                j += 1
            return a * factor, b * factor, j
    return None
