"""The annotated article view: who said what, with figures and entities marked.

:func:`show` renders one article as self-contained HTML for Jupyter: each quote
is highlighted in the colour of its speaker (a legend lists the speakers), the
speaker mention and the reporting cue are marked, numeric figures and named
entities are marked, and hovering any mark shows its details (canonical name,
speaker, normalised value). The HTML uses inline styles only: no script, font,
image, stylesheet or link is fetched from anywhere, so the view works offline
and inside saved notebooks. All article text is escaped.

Overlapping marks (an entity inside a quote, a figure inside a quote, a speaker
mention that is also an entity) are nested correctly: the HTML is built by a
sweep over all span boundaries that closes and reopens elements where spans
cross, so the markup is always well formed.

Example:
    >>> import newslab as nl                                   # doctest: +SKIP
    >>> tables = nl.analyze(nl.read_articles("seeds"))         # doctest: +SKIP
    >>> nl.show(tables)                                        # doctest: +SKIP
    >>> nl.show(tables).save_html("article.html")              # doctest: +SKIP
"""

from __future__ import annotations

import html
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from newslab.errors import InputError, InputTypeError
from newslab.io import atomic_file
from newslab.sentiment import NAMED_LABELS

__all__ = ["ArticleView", "show", "render_spans", "is_missing"]

# Quote background (pale) and speaker mark (strong) per speaker, in order of first quote.
_SPEAKER_COLORS = (
    ("#cfe3f7", "#0b5394"),
    ("#fde2c4", "#b45f06"),
    ("#d4f0dc", "#38761d"),
    ("#f4d3e6", "#a64d79"),
    ("#e6dcf7", "#674ea7"),
    ("#fbf0b8", "#7f6000"),
    ("#cdeeee", "#134f5c"),
    ("#f9d6d0", "#990000"),
    ("#e2ecd0", "#4f6228"),
    ("#dde3ea", "#3d4b5c"),
)
_UNNAMED_COLOR = ("#e6e6e6", "#555555")
_ENTITY_COLORS = {
    "PERSON": "#0072B2", "ORG": "#009E73", "GPE": "#E69F00", "NORP": "#CC79A7", "LOC": "#56B4E9",
    "FAC": "#D55E00", "EVENT": "#B8860B", "PRODUCT": "#777777", "WORK_OF_ART": "#444444", "LAW": "#7F3C8D",
    "LANGUAGE": "#11A579",
}
_OTHER_ENTITY_COLOR = "#AAAAAA"
_INK = "#222222"

# Nesting order when two spans cover exactly the same characters: outer first. Speaker
# and cue lie outside the quote content, so ties arise for an entity that is a whole
# quote, a figure that is an entity (CARDINAL), or a speaker mention that is an entity.
_LAYER = {"highlight": -1, "quote": 0, "speaker": 1, "cue": 2, "figure": 3, "entity": 4}
#: The mark around a highlighted span (the row selected in the explorer or under review).
HIGHLIGHT_STYLE = "outline:2px solid #d93025;outline-offset:2px;border-radius:2px;scroll-margin:4em;"


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    layer: str
    style: str
    title: str
    css_class: str


@dataclass
class ArticleView:
    """One rendered article. Jupyter displays it; :meth:`save_html` writes it to a file.

    Attributes:
        article_id: The article shown.
        html: The HTML fragment (a ``<div>``; self-contained, inline styles only).
        headline: The headline, used as the page title when saved.
        counts: Number of quotes, speakers, figures and entities marked.
    """

    article_id: str
    html: str
    headline: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html

    def to_document(self) -> str:
        """A complete HTML5 document holding the view (UTF-8, no external resources)."""
        title = html.escape(self.headline or f"Article {self.article_id}", quote=True)
        return (
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{title}</title>\n</head>\n<body style=\"margin:0;padding:16px;background:#ffffff;\">\n"
            f"{self.html}\n</body>\n</html>\n"
        )

    def save_html(self, path: str | os.PathLike) -> Path:
        """Write the view as a complete HTML document, atomically.

        Args:
            path: Target file (folders are created).

        Returns:
            The path written.
        """
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        # Permissions of an ordinary new file (0644 under umask 022), not mkstemp's 0600.
        with atomic_file(target, text=True, encoding="utf-8", newline="\n") as fh:
            fh.write(self.to_document())
        return target


def _esc(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def is_missing(value: Any) -> bool:
    """True for None, pd.NA, NaN and NaT (a table cell with nothing to show)."""
    if value is None or value is pd.NA:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _str(value: Any) -> str:
    return "" if is_missing(value) else str(value)


def _num(value: float) -> str:
    """A number as a reader writes it: 2400000 -> '2,400,000', 2.5 -> '2.5'."""
    if is_missing(value):
        return ""
    value = float(value)
    if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def render_spans(text: str, spans: Iterable[tuple[int, int, str, str]]) -> str:
    """Escape ``text`` and wrap spans in elements, nesting correctly where spans overlap.

    A boundary sweep visits every span start and end in text order. At each
    boundary the elements that end there are closed; elements opened inside
    them that continue are closed too and reopened straight after, so crossing
    spans become well-formed nested elements (a span may be split in pieces).

    Args:
        text: The text to render.
        spans: ``(start, end, open_tag, close_tag)`` tuples; earlier tuples nest
            outside later ones when two spans start at the same offset and end
            at the same offset. Empty or out-of-range spans are skipped.

    Returns:
        HTML: the escaped text with the tags inserted.

    Example:
        >>> render_spans("a <b> c", [(0, 5, "<u>", "</u>"), (2, 7, "<i>", "</i>")])
        '<u>a <i>&lt;b&gt;</i></u><i> c</i>'
    """
    n = len(text)
    items = [
        (int(s), int(e), k, o, c)
        for k, (s, e, o, c) in enumerate(spans)
        if 0 <= int(s) < int(e) <= n
    ]
    starts: dict[int, list[tuple[int, int, int, str, str]]] = {}
    cuts = {0, n}
    for s, e, k, o, c in items:
        starts.setdefault(s, []).append((s, e, k, o, c))
        cuts.add(s)
        cuts.add(e)
    for group in starts.values():
        # Longer spans open first (outside); ties keep the caller's order.
        group.sort(key=lambda item: (-item[1], item[2]))
    positions = sorted(cuts)
    out: list[str] = []
    stack: list[tuple[int, int, int, str, str]] = []
    for idx, pos in enumerate(positions):
        ending = [i for i, item in enumerate(stack) if item[1] == pos]
        if ending:
            first = ending[0]
            popped = stack[first:]
            del stack[first:]
            out.extend(item[4] for item in reversed(popped))
            for item in popped:
                if item[1] > pos:
                    stack.append(item)
                    out.append(item[3])
        for item in starts.get(pos, ()):
            stack.append(item)
            out.append(item[3])
        if idx + 1 < len(positions):
            out.append(html.escape(text[pos : positions[idx + 1]], quote=False))
    out.extend(item[4] for item in reversed(stack))
    return "".join(out)


def _pick(articles: pd.DataFrame, article_id: str | None) -> pd.Series:
    ids = articles["article_id"].astype(str).tolist()
    if article_id is None:
        if len(ids) == 1:
            return articles.iloc[0]
        if not ids:
            raise InputError("show(): the articles table is empty.")
        raise InputError(
            f"show(): the tables hold {len(ids)} articles; pass article_id= one of {ids[:5]}"
            + (" ..." if len(ids) > 5 else "") + "."
        )
    if str(article_id) not in ids:
        raise InputError(f"show(): no article {article_id!r}; known ids include {ids[:5]}.")
    return articles.iloc[ids.index(str(article_id))]


def _rows(tables: Any, name: str, article_id: str) -> pd.DataFrame:
    df = getattr(tables, name, None)
    if df is None or not isinstance(df, pd.DataFrame) or not len(df) or "article_id" not in df.columns:
        return pd.DataFrame()
    return df[df["article_id"].astype(str) == article_id].reset_index(drop=True)


def _speaker_key(row: Any) -> tuple[str, str]:
    canonical = _str(getattr(row, "speaker_canonical", "")).strip()
    written = _str(getattr(row, "speaker", "")).strip()
    stype = _str(getattr(row, "speaker_type", "")) or "unknown"
    if canonical:
        return canonical, stype
    if written:
        return written, stype
    return "unknown speaker", stype


def show(
    tables: Any,
    article_id: str | None = None,
    *,
    entities: bool = True,
    figures: bool = True,
    entity_labels: Sequence[str] | None = NAMED_LABELS,
    highlight: Sequence[tuple[int, int]] = (),
) -> ArticleView:
    """Render one article with its quotes, speakers, cues, figures and entities marked.

    Args:
        tables: :class:`newslab.analyze.Tables` (uses articles, quotes, entities, figures).
        article_id: The article; may be left out when the tables hold one article.
        entities: Mark named-entity mentions.
        figures: Mark numeric figures.
        entity_labels: Entity labels to mark; default names only (people,
            organisations, places, ...), since dates and numbers would clutter
            the view (figures are marked separately). None marks every label.
        highlight: Character spans ``(start_char, end_char)`` to outline in red
            (class ``nl-highlight``), e.g. the row selected in
            :func:`newslab.explore` or under review.

    Returns:
        An :class:`ArticleView`; Jupyter displays it, ``.save_html(path)`` saves it.

    Raises:
        InputTypeError: When ``tables`` has no articles table.
        InputError: When the article is ambiguous or unknown.
    """
    articles = getattr(tables, "articles", None)
    if not isinstance(articles, pd.DataFrame) or "text" not in articles.columns:
        raise InputTypeError(
            f"show() expects newslab Tables (from newslab.analyze); got {type(tables).__name__}."
        )
    article = _pick(articles, article_id)
    aid = str(article["article_id"])
    text = _str(article["text"])
    quotes = _rows(tables, "quotes", aid)
    ents = _rows(tables, "entities", aid) if entities else pd.DataFrame()
    if len(ents) and entity_labels is not None:
        ents = ents[ents["label"].astype(str).isin(list(entity_labels))].reset_index(drop=True)
    figs = _rows(tables, "figures", aid) if figures else pd.DataFrame()

    speakers: dict[tuple[str, str], dict[str, Any]] = {}
    spans: list[_Span] = []
    n_named = 0
    for q in quotes.itertuples(index=False):
        key = _speaker_key(q)
        if key not in speakers:
            unnamed = key[1] in ("anonymous", "unknown") or key[0] == "unknown speaker"
            colors = _UNNAMED_COLOR if unnamed else _SPEAKER_COLORS[n_named % len(_SPEAKER_COLORS)]
            n_named += 0 if unnamed else 1
            speakers[key] = {"colors": colors, "n": 0, "type": key[1]}
        speakers[key]["n"] += 1
        pale, strong = speakers[key]["colors"]
        qid = int(q.quote_id)
        kind = _str(getattr(q, "kind", ""))
        cue = _str(getattr(q, "cue", ""))
        written = _str(getattr(q, "speaker", ""))
        via = _str(getattr(q, "via", ""))
        title_parts = [f"Quote {qid} ({kind or 'statement'})", f"speaker: {key[0]} ({key[1]})"]
        if written and written != key[0]:
            title_parts.append(f"as written: {written}")
        if _str(getattr(q, "speaker_title", "")):
            title_parts.append(f"title: {q.speaker_title}")
        if cue:
            title_parts.append(f"cue: {cue}")
        if via:
            title_parts.append(f"via: {via}")
        if not is_missing(getattr(q, "polarity", None)):
            title_parts.append(f"polarity {float(q.polarity):+.2f}")
        border = "dashed" if kind == "indirect" else "solid"
        spans.append(_Span(
            int(q.start_char), int(q.end_char), "quote",
            f"background:{pale};border-bottom:1px {border} {strong};padding:1px 0;",
            " · ".join(title_parts), f"nl-quote nl-{kind or 'statement'}",
        ))
        s0, s1 = getattr(q, "speaker_start_char", None), getattr(q, "speaker_end_char", None)
        if not is_missing(s0) and not is_missing(s1):
            spans.append(_Span(
                int(s0), int(s1), "speaker",
                f"font-weight:700;color:{strong};border-bottom:3px solid {strong};",
                f"Speaker of quote {qid}: {key[0]} ({key[1]})", "nl-speaker",
            ))
        c0, c1 = getattr(q, "cue_start_char", None), getattr(q, "cue_end_char", None)
        if not is_missing(c0) and not is_missing(c1):
            spans.append(_Span(
                int(c0), int(c1), "cue",
                f"font-style:italic;text-decoration:underline dotted {strong};",
                f"Cue of quote {qid}: {cue}", "nl-cue",
            ))
    for f in figs.itertuples(index=False):
        kind = _str(getattr(f, "kind", ""))
        unit = _str(getattr(f, "unit", ""))
        value, low, high = getattr(f, "value", None), getattr(f, "low", None), getattr(f, "high", None)
        if not is_missing(value):
            amount = f"value {_num(value)}"
        elif not is_missing(low) and not is_missing(high):
            amount = f"range {_num(low)} to {_num(high)}"
        elif not is_missing(low):
            amount = f"at least {_num(low)}"
        elif not is_missing(high):
            amount = f"at most {_num(high)}"
        else:
            amount = "no single value"
        parts = [f"Figure {int(f.figure_id)} ({kind or 'figure'})", f"{amount} {unit}".strip()]
        if bool(getattr(f, "approximate", False)):
            parts.append("approximate")
        if _str(getattr(f, "counts", "")):
            parts.append(f"counts: {f.counts}")
        if _str(getattr(f, "attributed_to", "")):
            parts.append(f"claimed by: {f.attributed_to}")
        spans.append(_Span(
            int(f.start_char), int(f.end_char), "figure",
            "font-weight:600;outline:1.5px dashed #b45f06;outline-offset:1px;border-radius:2px;",
            " · ".join(parts), "nl-figure",
        ))
    for e in ents.itertuples(index=False):
        label = _str(getattr(e, "label", ""))
        canonical = _str(getattr(e, "canonical", "")) or _str(getattr(e, "text", ""))
        color = _ENTITY_COLORS.get(label, _OTHER_ENTITY_COLOR)
        title = f"{label} · canonical: {canonical}"
        if bool(getattr(e, "in_quote", False)):
            title += " · inside a quote"
        spans.append(_Span(
            int(e.start_char), int(e.end_char), "entity",
            f"box-shadow:inset 0 -2px 0 {color};",
            title, f"nl-ent nl-{label.lower()}",
        ))
    for k, (h0, h1) in enumerate(highlight):
        spans.append(_Span(int(h0), int(h1), "highlight", HIGHLIGHT_STYLE, "selected", f"nl-highlight nl-highlight-{k}"))
    # Same span in the same layer (a speaker shared by two quotes): one element, joined titles.
    merged: dict[tuple[int, int, str], _Span] = {}
    for sp in spans:
        key3 = (sp.start, sp.end, sp.layer)
        if key3 in merged:
            old = merged[key3]
            merged[key3] = _Span(old.start, old.end, old.layer, old.style, old.title + "\n" + sp.title, old.css_class)
        else:
            merged[key3] = sp
    ordered = sorted(merged.values(), key=lambda sp: (sp.start, -sp.end, _LAYER[sp.layer]))
    body = render_spans(
        text,
        [
            (sp.start, sp.end, f'<span class="{_esc(sp.css_class)}" style="{_esc(sp.style)}" title="{_esc(sp.title)}">',
             "</span>")
            for sp in ordered
        ],
    )
    counts = {
        "quotes": len(quotes),
        "speakers": len(speakers),
        "figures": len(figs),
        "entities": len(ents),
    }
    headline = _str(article.get("headline", "")) if hasattr(article, "get") else ""
    fragment = _frame(aid, article, headline, body, speakers, counts, entities=entities, figures=figures)
    return ArticleView(article_id=aid, html=fragment, headline=headline, counts=counts)


def _frame(
    aid: str,
    article: pd.Series,
    headline: str,
    body: str,
    speakers: dict[tuple[str, str], dict[str, Any]],
    counts: dict[str, int],
    *,
    entities: bool,
    figures: bool,
) -> str:
    meta = []
    for col in ("outlet", "published", "section"):
        value = article.get(col) if hasattr(article, "get") else None
        if not is_missing(value) and str(value).strip():
            meta.append(_esc(value))
    meta.append(f"id {_esc(aid)}")
    summary = (
        f"{counts['quotes']} quote{'s' if counts['quotes'] != 1 else ''} from "
        f"{counts['speakers']} speaker{'s' if counts['speakers'] != 1 else ''}"
        + (f" · {counts['figures']} figure{'s' if counts['figures'] != 1 else ''}" if figures else "")
        + (f" · {counts['entities']} entity mention{'s' if counts['entities'] != 1 else ''}" if entities else "")
    )
    legend_items = []
    for (name, stype), info in speakers.items():
        pale, strong = info["colors"]
        legend_items.append(
            f'<span style="display:inline-block;margin:2px 10px 2px 0;white-space:nowrap;">'
            f'<span style="display:inline-block;width:0.9em;height:0.9em;background:{pale};'
            f'border:1.5px solid {strong};vertical-align:-0.1em;margin-right:4px;"></span>'
            f'<b style="color:{strong};">{_esc(name)}</b> <span style="color:#666;">{_esc(stype)}, '
            f'{info["n"]} quote{"s" if info["n"] != 1 else ""}</span></span>'
        )
    key_items = [
        '<span style="background:#eeeeee;border-bottom:1px solid #555;">quote</span> (dashed underline: indirect)',
        '<span style="font-weight:700;border-bottom:3px solid #555;">speaker</span>',
        '<span style="font-style:italic;text-decoration:underline dotted #555;">cue</span>',
    ]
    if figures:
        key_items.append('<span style="font-weight:600;outline:1.5px dashed #b45f06;outline-offset:1px;">figure</span>')
    if entities:
        key_items.append(
            "entity: "
            + " ".join(
                f'<span style="box-shadow:inset 0 -2px 0 {color};">{_esc(label)}</span>'
                for label, color in list(_ENTITY_COLORS.items())[:6]
            )
        )
    legend = (
        f'<div style="margin:6px 0 4px 0;font-size:0.9em;">'
        f'{"".join(legend_items) if legend_items else "<i>No attributed quotes found.</i>"}</div>'
        f'<div style="margin:0 0 10px 0;font-size:0.82em;color:#555;">Key: {" · ".join(key_items)} '
        f"· hover any mark for details</div>"
    )
    title_html = f'<div style="font-size:1.25em;font-weight:700;margin-bottom:2px;">{_esc(headline)}</div>' if headline else ""
    return (
        '<div class="newslab-article" style="background:#ffffff;color:#222222;border:1px solid #dddddd;'
        "border-radius:6px;padding:14px 18px;max-width:52em;font-family:Georgia,'Times New Roman',serif;"
        'line-height:1.65;">'
        f"{title_html}"
        f'<div style="font-size:0.85em;color:#666;margin-bottom:4px;">{" · ".join(meta)} · {summary}</div>'
        f"{legend}"
        f'<div style="white-space:pre-wrap;">{body}</div>'
        "</div>"
    )
