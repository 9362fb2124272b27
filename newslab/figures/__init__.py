"""The figures table: every number in the news, normalized and tied to what it counts.

One row per figure: money, percentages, counts, quantities with units, ages,
durations and scores, with the value (scale applied), bounds for ranges and
hedged or vague amounts, unit, ISO 4217 currency, what is counted, and the
quote (and speaker) that claims it. Dates, years, clock times, ordinals,
names and codes with digits, labels, street and phone numbers are not figures.

The conventions are those of the development guideline (F1-F15): a range is
one figure with ``low``/``high`` and no ``value``; 'more than X' has
``low = X`` and no ``high``; 'fewer than X' the reverse; 'about X' has
``low = high = X``; all three are approximate. Vague amounts ('hundreds',
'tens of thousands') have no value and documented bounds
(``newslab/data/units.json``). A bare fraction ('two-thirds of', 'half his')
is a percent (66.67, 50). Scores ('45 points to 24', '43–5') are one figure
per side.

'from X to Y' after a verb or noun of change ('raised rates from 5% to
5.25%') and 'by X to Y' ('fell by 0.2 cent to 261.0 cents') are two
figures, the old value (or the change) and the new one; 'ranging from',
'anywhere from' and 'between' keep a range. Bounding verbs ('exceeding 6
percent', 'topped $5bn') set a bound but stay out of the span. A price per
unit keeps its rate in the span and unit ('$70.85 a barrel' -> 'USD per
barrel'). Cents and pence are units, not scales: '261.0 cents' has value
261.0 and unit 'US cents' (the article's last currency, else 'cents').
Legal references ('Article 5, section 2', 'clause 4(b)', 'VIII, II, 2') are
not figures.

A bare '$' or 'dollars' is one dollar per article, decided by an order of
evidence (:mod:`newslab.figures.currency`); ``value_usd``, ``low_usd`` and
``high_usd`` convert money at the ECB reference rate of the publication date
(:mod:`newslab.figures.usd`). Both need the article record (headline, date),
so :func:`with_article_context` adds them to the finished table. See
``docs/figures.md``.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping, Sequence
from functools import lru_cache

import numpy as np
import pandas as pd
from spacy.tokens import Doc

from newslab.figures.context import add_context
from newslab.figures.currency import dollar_codes, headline_dollar
from newslab.figures.filters import DocView
from newslab.figures.grammar import RawFigure, scan
from newslab.figures.numbers import lex, lexicon
from newslab.figures.usd import rates_source, to_usd
from newslab.schema import FIGURE_KINDS, conform, empty
from newslab.sentences import doc_text, sentence_spans

__all__ = ["METHOD", "USD_RATES", "COLUMNS", "extract_figures", "figure_columns", "with_article_context"]

#: Versioned name of the figure rules; recorded in attrs and manifests.
METHOD = "figures.rules.v2"

#: Source of the exchange rates behind the ``*_usd`` columns (recorded in attrs and manifests).
USD_RATES = rates_source()

_KIND_DTYPE = pd.CategoricalDtype(list(FIGURE_KINDS))
_KIND_CODES = {k: i for i, k in enumerate(FIGURE_KINDS)}

#: Columns of the per-Doc output (the figures table without ``article_id``).
COLUMNS: tuple[str, ...] = (
    "figure_id", "start_char", "end_char", "sent_id", "text", "kind", "value", "low", "high", "approximate",
    "unit", "currency", "counts", "quote_id", "attributed_to", "value_usd", "low_usd", "high_usd", "usd_rate_date",
)


def _text(doc: Doc) -> str:
    # Doc.text joins every token anew on each access; the text is kept once per Doc, the same
    # cached string the sentence and quote rules read.
    return doc_text(doc)


def _sentences(doc: Doc) -> list:
    return sentence_spans(doc)


def extract_figures(doc: Doc, *, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per numeric figure of ``doc`` (offsets relative to ``doc.text``).

    Args:
        doc: A parsed spaCy Doc (tagger, parser and NER are used as signals).
        quotes: That Doc's quotes table (``quote_id``, ``start_char``,
            ``end_char``, ``speaker_canonical``, ``speaker``), as made by
            ``newslab.quotes.extract_quotes``. A figure inside a quote's
            content gets its ``quote_id`` and ``attributed_to`` (the
            canonical speaker, else the speaker as written). When None,
            both stay missing.

    Returns:
        The columns of the figures table except ``article_id`` (see
        :data:`COLUMNS` and ``newslab.schema``), one row per figure in text
        order; an empty frame with those columns when there is none.

    Example:
        >>> from newslab.model import load_pipeline
        >>> nlp = load_pipeline()
        >>> df = extract_figures(nlp("Police said 13 people were hurt."))
        >>> df[["text", "kind", "value", "unit"]].values.tolist()
        [['13', 'count', 13.0, 'people']]
    """
    cols = figure_columns(doc, quotes=quotes)
    if not cols["figure_id"]:
        return _empty().copy()
    # Built column by column with the schema's dtypes: schema.conform() costs more than the extraction.
    data = {
        "figure_id": np.array(cols["figure_id"], dtype="int64"),
        "start_char": np.array(cols["start_char"], dtype="int64"),
        "end_char": np.array(cols["end_char"], dtype="int64"),
        "sent_id": np.array(cols["sent_id"], dtype="int64"),
        "text": pd.array(cols["text"], dtype="string"),
        "kind": pd.Categorical.from_codes([_KIND_CODES[k] for k in cols["kind"]], dtype=_KIND_DTYPE),
        "value": np.array(cols["value"], dtype="float64"),
        "low": np.array(cols["low"], dtype="float64"),
        "high": np.array(cols["high"], dtype="float64"),
        "approximate": np.array(cols["approximate"], dtype=bool),
        "unit": pd.array(cols["unit"], dtype="string"),
        "currency": pd.array(cols["currency"], dtype="string"),
        "counts": pd.array(cols["counts"], dtype="string"),
        "quote_id": pd.array(cols["quote_id"], dtype="Int64"),
        "attributed_to": pd.array(cols["attributed_to"], dtype="string"),
        "value_usd": np.array(cols["value_usd"], dtype="float64"),
        "low_usd": np.array(cols["low_usd"], dtype="float64"),
        "high_usd": np.array(cols["high_usd"], dtype="float64"),
        "usd_rate_date": pd.array(cols["usd_rate_date"], dtype="string"),
    }
    return pd.DataFrame(data)


def figure_columns(doc: Doc, *, quotes: pd.DataFrame | Mapping[str, Sequence] | None = None) -> dict[str, list]:
    """The columns of :func:`extract_figures` as plain lists (missing values are None or NaN).

    ``quotes`` may be the quotes table or its columns
    (:func:`newslab.quotes.quote_columns`).
    """
    text = _text(doc)
    lex_ = lexicon()
    lx = lex(text)
    sents = _sentences(doc)
    view = DocView(doc, sents)
    raw = scan(doc, lx, lex_, view)
    add_context(doc, lx, lex_, raw, view)
    return _columns(text, raw, sents, quotes)


def _columns(text: str, figs: list[RawFigure], sents: list, quotes: pd.DataFrame | Mapping[str, Sequence] | None) -> dict[str, list]:
    figs = sorted(figs, key=lambda f: (f.start, f.end))
    if not figs:
        return {col: [] for col in COLUMNS}
    sent_starts = [s.start_char for s in sents]
    q_rows: list[tuple[int, int, int, str]] = []
    n_q = len(quotes["quote_id"]) if quotes is not None and "quote_id" in quotes else 0
    if n_q:
        canon = list(quotes["speaker_canonical"]) if "speaker_canonical" in quotes else [""] * n_q
        spk = list(quotes["speaker"]) if "speaker" in quotes else [""] * n_q
        for qid, qs, qe, c, s in zip(list(quotes["quote_id"]), list(quotes["start_char"]),
                                     list(quotes["end_char"]), canon, spk):
            who = c if isinstance(c, str) and c else (s if isinstance(s, str) else "")
            q_rows.append((int(qs), int(qe), int(qid), who))
    sent_ids, quote_ids, who_col = [], [], []
    for f in figs:
        sent_ids.append(max(bisect.bisect_right(sent_starts, f.start) - 1, 0) if sent_starts else 0)
        inside = [q for q in q_rows if q[0] <= f.start and f.end <= q[1]]
        if inside:
            q = min(inside, key=lambda q: (q[1] - q[0], q[2]))  # the innermost statement claims it
            quote_ids.append(q[2])
            who_col.append(q[3])
        else:
            quote_ids.append(None)
            who_col.append(None)
    return {
        "figure_id": list(range(len(figs))),
        "start_char": [f.start for f in figs],
        "end_char": [f.end for f in figs],
        "sent_id": sent_ids,
        "text": [text[f.start:f.end] for f in figs],
        "kind": [f.kind for f in figs],
        "value": [_f(f.value) for f in figs],
        "low": [_f(f.low) for f in figs],
        "high": [_f(f.high) for f in figs],
        "approximate": [bool(f.approximate) for f in figs],
        "unit": [f.unit for f in figs],
        "currency": [f.currency for f in figs],
        "counts": [f.counts for f in figs],
        "quote_id": quote_ids,
        "attributed_to": who_col,
        # A Doc has no date: the *_usd columns are filled by with_article_context().
        "value_usd": [math.nan] * len(figs),
        "low_usd": [math.nan] * len(figs),
        "high_usd": [math.nan] * len(figs),
        "usd_rate_date": [None] * len(figs),
    }


@lru_cache(maxsize=1)
def _empty() -> pd.DataFrame:
    return empty("figures").drop(columns=["article_id"])


def with_article_context(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The figures table completed with what needs the article record, not just its text.

    A Doc holds only the article's text, so two things wait for the
    articles table (``analyze`` calls this once on the finished tables):

    - **The headline's say in which dollar.** When the text neither writes a
      dollar ('C$', 'CAD', 'Canadian dollars') nor opens with a dateline, a
      dollar written in the headline, or the one dollar country it names,
      decides what the article's bare '$' and 'dollars' are (rules 2 and 4
      of :mod:`newslab.figures.currency`): '$4.65' in a story headlined
      'New Zealand official named as Telecom mole' is NZD.
    - **US dollars.** ``value_usd``, ``low_usd`` and ``high_usd`` convert
      money at the ECB reference rate of the publication date (the closest
      earlier rate within a few days; its date in ``usd_rate_date``), see
      :mod:`newslab.figures.usd`. They stay NaN without a date or a rate.

    Args:
        figures: The figures table (with ``article_id``).
        articles: The articles table (``article_id``, ``text``, and
            ``headline`` and ``published`` when known).

    Returns:
        A new figures table; ``figures`` is not changed.

    Example:
        >>> import newslab as nl
        >>> t = nl.analyze(nl.read_articles("seeds"))
        >>> money = t.figures[t.figures["kind"] == "money"]
        >>> money[["text", "currency", "low_usd", "high_usd"]].values.tolist()
        [['US$20 billion to US$50 billion', 'USD', 20000000000.0, 50000000000.0]]
    """
    out = conform(figures, "figures")
    if out.empty:
        return out
    money = (out["kind"] == "money").to_numpy()
    if not money.any():
        return out
    info = articles.drop_duplicates("article_id").set_index("article_id")
    texts = info["text"] if "text" in info else pd.Series(dtype="object")
    heads = info["headline"] if "headline" in info else pd.Series(dtype="object")
    days = _days(info["published"]) if "published" in info else {}
    currency = out["currency"].astype("object").where(out["currency"].notna(), "").tolist()
    unit = out["unit"].astype("object").where(out["unit"].notna(), "").tolist()
    ids = out["article_id"].astype("object").tolist()
    dollars = dollar_codes()
    decided: dict[object, str] = {}
    changed: list[int] = []
    for k in range(len(out)):
        if not money[k] or currency[k] not in dollars:
            continue
        aid = ids[k]
        if aid not in decided:
            head = heads.get(aid)
            decided[aid] = headline_dollar(str(texts.get(aid, "") or ""), head if isinstance(head, str) else None)
        code = decided[aid]
        if code and code != currency[k]:
            unit[k] = _rename_unit(unit[k], currency[k], code)
            currency[k] = code
            changed.append(k)
    cols = {"value": "value_usd", "low": "low_usd", "high": "high_usd"}
    conv = {name: out[name].to_numpy(dtype="float64").copy() for name in cols}
    usd = {target: np.full(len(out), np.nan) for target in cols.values()}
    rate_dates: list[str | None] = [None] * len(out)
    for k in range(len(out)):
        if not money[k]:
            continue
        day = days.get(ids[k])
        for name, target in cols.items():
            value, used = to_usd(float(conv[name][k]), currency[k], unit[k], day)
            usd[target][k] = value
            if used:
                rate_dates[k] = used
    if changed:
        for name, values in (("currency", currency), ("unit", unit)):
            col = out[name].copy()
            col.iloc[changed] = [values[k] for k in changed]
            out[name] = col
    for target, values in usd.items():
        out[target] = values
    out["usd_rate_date"] = pd.array(rate_dates, dtype="string")
    return out


def _days(published: pd.Series) -> dict:
    """Article id -> publication date (in the article's own time zone), for dated articles."""
    out = {}
    for aid, ts in published.items():
        if ts is None or (not isinstance(ts, (pd.Timestamp,)) and pd.isna(ts)):
            continue
        ts = pd.Timestamp(ts)
        if pd.isna(ts):
            continue
        out[aid] = ts.date()
    return out


def _rename_unit(unit: str, old: str, new: str) -> str:
    """'CAD per day' -> 'NZD per day', 'US cents' -> 'NZD cents': a money unit in another dollar."""
    cents = {"USD": "US cents"}
    for a, b in ((old, new), (cents.get(old, f"{old} cents"), cents.get(new, f"{new} cents"))):
        if unit == a or unit.startswith(a + " per "):
            return b + unit[len(a):]
    return unit


def _f(x: float) -> float:
    if x is None or math.isnan(x):
        return math.nan
    # 1.07 * 1e9 is 1070000000.0000001 in binary floating point; 12 significant digits are plenty.
    return float(f"{x:.12g}")
