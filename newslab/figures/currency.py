"""Which dollar an article means by a bare '$' or a written-out 'dollar(s)'.

One answer per article, from this order of evidence (``_which_dollar`` in
``newslab/data/units.json``):

1. dollars written explicitly in the text: a prefixed symbol ('C$ 15',
   'US$', 'NZ$', 'CAN $'), an ISO code ('CAD', 'AUD $3.37', '$800 AUD') or a
   named dollar ('Canadian dollars', 'U.S. cents'); the most often written
   one, the first on a tie;
2. the same in the headline;
3. the place of the dateline ('TORONTO (Reuters) -', 'Wellington, New Zealand —');
4. the places the headline names, when they are of one dollar country;
5. the places the body names (GPE and NORP entities, institutions named after
   a country): a dollar country named at least twice, more often than the
   United States and more often than any other country;
6. otherwise the US dollar.

A code written right after an amount ('$50 CAD') decides for that amount only.
The per-Doc extractor sees rules 1, 3, 5 and 6 (a Doc has no headline);
:func:`headline_dollar` gives what rules 2 and 4 change once the headline is
known, which ``analyze`` applies to the finished figures table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newslab.figures.numbers import Lexed, Lexicon, lex, lexicon

__all__ = ["DollarChoice", "dollar_codes", "written_dollars", "dateline_dollar", "headline_places",
           "body_dollar", "choose_dollar", "headline_dollar"]

_DOLLAR_WORDS = frozenset({"dollar", "dollars", "cent", "cents"})
# A dateline opens the text: up to six capitalised words (commas allowed), an optional
# '(Reuters)' and a dash: 'TORONTO (Reuters) - ', 'Wellington, New Zealand — '.
_DATELINE_RE = re.compile(
    r"\A\s*((?:[A-Z][\w.'’-]*)(?:,?\s+(?:[A-Z][\w.'’-]*|of|de|du|la)){0,5}),?\s*(?:\([^()\n]{1,40}\)\s*)?(?:—|–|-{1,2})\s"
)


@dataclass(frozen=True)
class DollarChoice:
    """The dollar of an article and the rule that chose it.

    Attributes:
        code: ISO 4217 code for a bare '$' and 'dollar(s)' ('USD', 'CAD', ...).
        basis: ``"written"``, ``"headline written"``, ``"dateline"``,
            ``"headline"``, ``"places"`` or ``"default"`` (rules 1-6).
    """

    code: str
    basis: str


@lru_cache(maxsize=1)
def dollar_codes() -> frozenset[str]:
    """ISO codes of the dollars the lexicon knows (USD, CAD, AUD, NZD, ...)."""
    return frozenset(lexicon().dollar_countries.values())


@lru_cache(maxsize=1)
def _place_phrases() -> tuple[dict[tuple[str, ...], str], int]:
    """``dollar_countries`` keyed by their lexed pieces ('u.s.' -> ('u', '.', 's', '.'))."""
    table = {tuple(lex(name).low): code for name, code in lexicon().dollar_countries.items()}
    return table, max(len(k) for k in table)


def written_dollars(lx: Lexed, lex_: Lexicon | None = None) -> list[str]:
    """Dollar codes written explicitly in ``lx``, in text order (rule 1).

    Example:
        >>> written_dollars(lex("A C$ 15 minimum wage, or US$13, and $20 billion."))
        ['CAD', 'USD']
    """
    L = lex_ or lexicon()
    dollars = dollar_codes()
    out: list[str] = []
    n = lx.n
    for i in range(n):
        t = lx.text[i]
        kind = lx.kind[i]
        if t == "$" and i > 0:
            p = i - 1
            if lx.kind[p] == "w" and lx.text[p] not in L.currency_codes:
                word = lx.text[p]
                code = L.currency_symbols.get(word + "$") if not lx.gap[i] else None
                if code is None and word.isupper() and i + 1 < n and lx.kind[i + 1] == "d":
                    code = L.dollar_prefixes.get(word)  # 'CAN $34,380', 'US $ 224,000'
                if code in dollars:
                    out.append(code)
            elif t == "$" and p >= 3 and lx.text[p - 3: p + 1] == ["U", ".", "S", "."] and not lx.gap[i]:
                out.append("USD")  # 'U.S.$'
        elif kind == "w" and t in L.currency_codes and t in dollars:
            out.append(t)
        elif kind == "w" and lx.low[i] in ("u", "us", "american", "australian", "canadian", "hong", "new", "singapore", "taiwan", "taiwanese"):
            hit = lx.phrase(i, L.currency_nationality, 2)
            if hit is None and lx.text[i: i + 4] == ["U", ".", "S", "."]:
                hit = ("USD", i + 4)
            if hit is not None and hit[0] in dollars and lx.word(hit[1]) in _DOLLAR_WORDS:
                if lx.low[i] != "us" or lx.text[i] == "US":
                    out.append(hit[0])  # 'Canadian dollars', 'US cents', 'U.S. dollar'
    return out


def _most_written(codes: list[str]) -> str:
    if not codes:
        return ""
    counts: dict[str, int] = {}
    for c in codes:
        counts[c] = counts.get(c, 0) + 1
    best = max(counts.values())
    return next(c for c in codes if counts[c] == best)


def _places_in(lx: Lexed, start: int = 0, end: int | None = None, *, capitalised: bool = True) -> list[str]:
    """Dollar codes of the places named in pieces ``start:end`` (capitalised names only)."""
    table, longest = _place_phrases()
    end = lx.n if end is None else end
    out = []
    i = start
    while i < end:
        if lx.kind[i] == "w" and (not capitalised or lx.text[i][:1].isupper()):
            hit = lx.phrase(i, table, longest)
            if hit is not None and hit[1] <= end:
                if not (lx.low[i] == "us" and lx.text[i] != "US"):  # 'us' is a pronoun
                    out.append(hit[0])
                i = hit[1]
                continue
        i += 1
    return out


def dateline_dollar(text: str) -> str:
    """The dollar of the place in the dateline that opens ``text``, or '' (rule 3).

    Example:
        >>> dateline_dollar("TORONTO (Reuters) - The province raised its minimum wage.")
        'CAD'
    """
    m = _DATELINE_RE.match(text)
    if m is None:
        return ""
    lx = lex(m.group(1).lower())
    codes = set(_places_in(lx, capitalised=False))
    return codes.pop() if len(codes) == 1 else ""


def headline_places(headline: str) -> str:
    """The dollar of the places a headline names when they are of one dollar country, or '' (rule 4).

    Example:
        >>> headline_places("New Zealand Telecom shares fall after leak")
        'NZD'
        >>> headline_places("EU, Canada impose duties on US goods")
        ''
    """
    codes = set(_places_in(lex(headline)))
    return codes.pop() if len(codes) == 1 else ""


def body_dollar(ents: Iterable[tuple[str, str]], lex_: Lexicon | None = None) -> str:
    """Rule 5 from the entities of the body: ``(text, label)`` pairs; '' when no dollar country leads.

    Example:
        >>> body_dollar([("Canada", "GPE"), ("Ottawa", "GPE"), ("Afghanistan", "GPE")])
        'CAD'
        >>> body_dollar([("Australia", "GPE"), ("Australia", "GPE"), ("India", "GPE"), ("India", "GPE")])
        ''
    """
    L = lex_ or lexicon()
    places = L.dollar_countries
    counts: dict[str, int] = {}
    others: dict[str, int] = {}
    for text, label in ents:
        if label not in ("GPE", "NORP", "ORG"):
            continue
        name = text.lower()
        if name.startswith("the "):
            name = name[4:]
        if label == "ORG":
            # An institution named after its country ('the New Zealand Herald', 'Australian Securities Exchange').
            words = name.split()
            name = next((" ".join(words[:k]) for k in (3, 2, 1) if len(words) > k and " ".join(words[:k]) in places), "")
        code = places.get(name)
        if code:
            counts[code] = counts.get(code, 0) + 1
        elif label == "GPE" and name in L.other_countries:
            others[name] = others.get(name, 0) + 1
    usd = counts.pop("USD", 0)
    if not counts:
        return ""
    code, n = max(sorted(counts.items()), key=lambda kv: kv[1])
    return code if n >= 2 and n > usd and n > max(others.values(), default=0) else ""


def choose_dollar(*, written: list[str], headline_written: list[str] = (), dateline: str = "",
                  headline: str = "", places: str = "") -> DollarChoice:
    """Apply the order of evidence (see the module docstring) to what each rule found."""
    if written:
        return DollarChoice(_most_written(written), "written")
    if headline_written:
        return DollarChoice(_most_written(list(headline_written)), "headline written")
    if dateline:
        return DollarChoice(dateline, "dateline")
    if headline:
        return DollarChoice(headline, "headline")
    if places:
        return DollarChoice(places, "places")
    return DollarChoice("USD", "default")


def headline_dollar(text: str, headline: str | None) -> str:
    """The dollar the headline decides for an article's bare '$', or '' when the text decides.

    The text decides when it writes a dollar (rule 1) or has a dateline with
    a place (rule 3); otherwise a dollar written in the headline (rule 2) or
    the one dollar country it names (rule 4) does. An empty answer leaves the
    body's choice (rules 5 and 6) in place.

    Example:
        >>> headline_dollar("Telecom shares fell from $5.65 to $4.65.", "New Zealand official named as Telecom mole")
        'NZD'
        >>> headline_dollar("The C$ 15 wage ...", "New Zealand news")
        ''
    """
    if not headline or not isinstance(headline, str):
        return ""
    L = lexicon()
    if written_dollars(lex(text), L) or dateline_dollar(text):
        return ""
    choice = choose_dollar(written=[], headline_written=written_dollars(lex(headline), L), headline=headline_places(headline))
    return choice.code if choice.basis != "default" else ""
