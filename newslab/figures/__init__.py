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
"""

from __future__ import annotations

import bisect
import math

import pandas as pd
from spacy.tokens import Doc

from newslab.figures.context import add_context
from newslab.figures.grammar import RawFigure, scan
from newslab.figures.numbers import lex, lexicon

__all__ = ["METHOD", "COLUMNS", "extract_figures"]

#: Versioned name of the figure rules; recorded in attrs and manifests.
METHOD = "figures.rules.v1"

#: Columns of the per-Doc output (the figures table without ``article_id``).
COLUMNS: tuple[str, ...] = (
    "figure_id", "start_char", "end_char", "sent_id", "text", "kind", "value", "low", "high", "approximate",
    "unit", "currency", "counts", "quote_id", "attributed_to",
)


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
    text = doc.text
    lex_ = lexicon()
    lx = lex(text)
    raw = scan(doc, lx, lex_)
    sents = _sentences(doc)
    add_context(doc, lx, lex_, raw, sents)
    return _frame(text, raw, sents, quotes)


def _frame(text: str, figs: list[RawFigure], sents: list, quotes: pd.DataFrame | None) -> pd.DataFrame:
    from newslab.schema import conform

    figs = sorted(figs, key=lambda f: (f.start, f.end))
    sent_starts = [s.start_char for s in sents]
    q_rows: list[tuple[int, int, int, str]] = []
    if quotes is not None and len(quotes):
        canon = quotes["speaker_canonical"] if "speaker_canonical" in quotes else pd.Series([""] * len(quotes))
        spk = quotes["speaker"] if "speaker" in quotes else pd.Series([""] * len(quotes))
        for qid, qs, qe, c, s in zip(quotes["quote_id"], quotes["start_char"], quotes["end_char"], canon, spk):
            who = c if isinstance(c, str) and c else (s if isinstance(s, str) else "")
            q_rows.append((int(qs), int(qe), int(qid), who))
    rows = []
    for n, f in enumerate(figs):
        sid = max(bisect.bisect_right(sent_starts, f.start) - 1, 0) if sent_starts else 0
        quote_id = pd.NA if quotes is None else pd.NA
        who = None
        inside = [q for q in q_rows if q[0] <= f.start and f.end <= q[1]]
        if inside:
            q = min(inside, key=lambda q: (q[1] - q[0], q[2]))  # the innermost statement claims it
            quote_id, who = q[2], q[3]
        rows.append({
            "figure_id": n, "start_char": f.start, "end_char": f.end, "sent_id": sid, "text": text[f.start:f.end],
            "kind": f.kind, "value": _f(f.value), "low": _f(f.low), "high": _f(f.high), "approximate": bool(f.approximate),
            "unit": f.unit, "currency": f.currency, "counts": f.counts, "quote_id": quote_id, "attributed_to": who,
        })
    df = pd.DataFrame(rows, columns=list(COLUMNS)) if rows else pd.DataFrame({c: [] for c in COLUMNS})
    out = conform(df, "figures")
    return out.drop(columns=["article_id"])


def _f(x: float) -> float:
    if x is None or math.isnan(x):
        return math.nan
    # 1.07 * 1e9 is 1070000000.0000001 in binary floating point; 12 significant digits are plenty.
    return float(f"{x:.12g}")
