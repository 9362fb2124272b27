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
from newslab.figures.filters import DocView
from newslab.figures.grammar import RawFigure, scan
from newslab.figures.numbers import lex, lexicon
from newslab.schema import FIGURE_KINDS

__all__ = ["METHOD", "COLUMNS", "extract_figures", "figure_columns"]

#: Versioned name of the figure rules; recorded in attrs and manifests.
METHOD = "figures.rules.v1"

_KIND_DTYPE = pd.CategoricalDtype(list(FIGURE_KINDS))
_KIND_CODES = {k: i for i, k in enumerate(FIGURE_KINDS)}

#: Columns of the per-Doc output (the figures table without ``article_id``).
COLUMNS: tuple[str, ...] = (
    "figure_id", "start_char", "end_char", "sent_id", "text", "kind", "value", "low", "high", "approximate",
    "unit", "currency", "counts", "quote_id", "attributed_to",
)


def _text(doc: Doc) -> str:
    # Doc.text joins every token anew on each access; the text is kept once per Doc.
    text = doc.user_data.get("newslab.text")
    if text is None:
        text = doc.text
        doc.user_data["newslab.text"] = text
    return text


def _sentences(doc: Doc) -> list:
    try:
        from newslab.sentences import sentence_spans
    except ImportError:  # pragma: no cover - the sentences module ships with newslab
        return list(doc.sents)
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
    }


@lru_cache(maxsize=1)
def _empty() -> pd.DataFrame:
    from newslab.schema import empty

    return empty("figures").drop(columns=["article_id"])


def _f(x: float) -> float:
    if x is None or math.isnan(x):
        return math.nan
    # 1.07 * 1e9 is 1070000000.0000001 in binary floating point; 12 significant digits are plenty.
    return float(f"{x:.12g}")
