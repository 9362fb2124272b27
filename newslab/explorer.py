"""Explore the tables in JupyterLab: filters, a text search, a sortable paged table, the article view.

:func:`explore` returns an :class:`Explorer`. Jupyter displays it as an
interactive widget (ipywidgets 8, see :mod:`newslab.widgets`): filters for
article, source, speaker type, kind, frame and confidence, a text search, a
sortable table of quotes shown one page at a time (and tabs for sources,
figures and entities), and, for the selected row, its article rendered by
:func:`newslab.show` with the row outlined and scrolled into sight.

Everything the widget does is a method of :class:`Explorer` (this module
imports no widget code), so the logic can be used and tested without a
browser: ``ex.set_filters(kind="direct")``, ``ex.sort_by("confidence")``,
``ex.page_rows()``, ``ex.select(0)``, ``ex.article_view()``.

Filtering happens in pandas on columns prepared once (lower-cased labels, a
search text per row), and only the current page is rendered, so interactions
stay fast on a corpus of thousands of articles (``benchmarks/explore_speed.py``).

Without a running kernel (a notebook rendered to HTML, ``make report``) or
without ipywidgets, the explorer shows a static table of the first page and
says so.

Example:
    >>> import newslab as nl                                     # doctest: +SKIP
    >>> ex = nl.explore(nl.analyze(nl.read_articles("seeds")))   # doctest: +SKIP
    >>> ex                                                       # doctest: +SKIP
"""

from __future__ import annotations

import html
import math
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from newslab.display import ArticleView, is_missing, show
from newslab.errors import InputError, InputTypeError

if TYPE_CHECKING:
    from newslab.tables import Tables

__all__ = ["Explorer", "Filters", "LiveView", "TABS", "explore"]

#: The tabs of the explorer, in order.
TABS: tuple[str, ...] = ("quotes", "sources", "figures", "entities")


@dataclass(frozen=True)
class Filters:
    """The filters of the explorer; None (or an empty search) means "any".

    Attributes:
        article: An ``article_id``.
        source: A source name (the resolved speaker, as in the sources table), case-insensitive.
        speaker_type: person, organization, media, document, anonymous or unknown.
        kind: Quote kind: direct, indirect or mixed.
        frame: speech, belief, evidence, stance or directive.
        confidence: ``(low, high)``: keep quotes whose confidence lies in the
            range (rows without a confidence are left out once a range is set).
        search: Words that must all occur (case-insensitive) in the row's
            text, speaker, headline or other text columns.
    """

    article: str | None = None
    source: str | None = None
    speaker_type: str | None = None
    kind: str | None = None
    frame: str | None = None
    confidence: tuple[float, float] | None = None
    search: str = ""

    def active(self) -> dict[str, Any]:
        """The filters that are set, by name."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, "")}


FILTER_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Filters))


@dataclass(frozen=True)
class _Tab:
    """What a tab shows: display columns ``(column, header, width in em)``, filter columns, searched columns."""

    columns: tuple[tuple[str, str, float], ...]
    filters: dict[str, str]
    search: tuple[str, ...]


_TABS: dict[str, _Tab] = {
    "quotes": _Tab(
        columns=(("headline", "article", 13), ("source", "speaker", 10), ("speaker_type", "type", 6.5),
                 ("kind", "kind", 5.5), ("frame", "frame", 5.5), ("confidence", "conf.", 4.5), ("text", "statement", 26)),
        filters={"article": "article_id", "source": "source", "speaker_type": "speaker_type", "kind": "kind",
                 "frame": "frame", "confidence": "confidence"},
        search=("text", "source", "speaker", "cue", "speaker_title", "headline"),
    ),
    "sources": _Tab(
        columns=(("headline", "article", 15), ("source", "source", 13), ("source_type", "type", 7),
                 ("is_named", "named", 4), ("n_quotes", "quotes", 4), ("n_direct", "direct", 4),
                 ("n_indirect", "indirect", 4.5), ("n_words_quoted", "words", 4.5)),
        filters={"article": "article_id", "source": "source", "speaker_type": "source_type"},
        search=("source", "speaker_title", "headline"),
    ),
    "figures": _Tab(
        columns=(("headline", "article", 15), ("text", "figure", 12), ("kind", "kind", 6), ("value", "value", 7),
                 ("unit", "unit", 6), ("counts", "counts", 9), ("attributed_to", "claimed by", 10)),
        filters={"article": "article_id", "source": "attributed_to"},
        search=("text", "counts", "unit", "attributed_to", "headline"),
    ),
    "entities": _Tab(
        columns=(("headline", "article", 15), ("text", "mention", 12), ("label", "label", 7),
                 ("canonical", "canonical", 13), ("in_quote", "in quote", 5)),
        filters={"article": "article_id"},
        search=("text", "canonical", "headline"),
    ),
}
_CACHE_SIZE = 16


def format_cell(value: Any, column: str) -> str:
    """A table cell as short text: numbers rounded, missing values empty, booleans as yes/no.

    Example:
        >>> format_cell(0.8312, "confidence"), format_cell(2400000.0, "value"), format_cell(True, "is_named")
        ('0.83', '2,400,000', 'yes')
    """
    if is_missing(value):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    if isinstance(value, (float, np.floating)):
        if column == "confidence":
            return f"{value:.2f}"
        if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:,.4g}"
    if isinstance(value, (int, np.integer)):
        return f"{int(value):,}" if abs(int(value)) >= 10_000 else str(int(value))
    return str(value)


class LiveView(ABC):
    """What the explorer and the review share in a notebook: a live widget when a kernel runs, else a static copy.

    Subclasses give :meth:`static_html` and :meth:`_build_widget`; Jupyter shows
    both (:func:`newslab.widgets.mimebundle`), so a rendered notebook keeps the copy.
    """

    _widget: Any = None

    @abstractmethod
    def static_html(self, reason: str | None = None) -> str:
        """The copy shown without a kernel, headed by :meth:`_static_note`."""

    @abstractmethod
    def _build_widget(self) -> Any:
        """The ipywidgets view of this object."""

    @staticmethod
    def _static_note(why: str) -> str:
        """The notice above a static copy: why it is not interactive."""
        return ("<p style='margin:2px 0;padding:4px 8px;background:#fdf6e3;border-left:3px solid #b58900;'>"
                f"{html.escape(why)}</p>")

    def _repr_html_(self) -> str:
        return self.static_html()

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        from newslab.widgets import mimebundle  # lazy: ipywidgets loads only when a notebook shows the object

        return mimebundle(self)

    @property
    def widget(self) -> Any:
        """The ipywidgets widget (built on first use; needs ipywidgets 8)."""
        if self._widget is None:
            self._widget = self._build_widget()
        return self._widget


class Explorer(LiveView):
    """The state of an explorer: tab, filters, sort order, page and selection, over pandas tables.

    Every change goes through a method (``set_tab``, ``set_filters``,
    ``sort_by``, ``go_to_page``, ``select``), which notifies the listeners
    (the widget) so they redraw. Nothing here imports ipywidgets.

    Args:
        tables: :class:`newslab.Tables` (from :func:`newslab.analyze` or :func:`newslab.read_tables`).
        page_size: Rows per page.

    Example:
        >>> import pandas as pd
        >>> from newslab.schema import conform, empty
        >>> from newslab.tables import Tables
        >>> arts = conform(pd.DataFrame({"article_id": ["a"], "headline": ["H"], "text": ["Ann said no. Bo said yes."],
        ...                              "n_words": [6]}), "articles")
        >>> quotes = conform(pd.DataFrame({"article_id": ["a", "a"], "quote_id": [0, 1], "start_char": [9, 22],
        ...     "end_char": [11, 25], "sent_id": [0, 1], "text": ["no", "yes"], "kind": ["indirect"] * 2,
        ...     "speaker": ["Ann", "Bo"], "speaker_canonical": ["Ann", "Bo"], "speaker_type": ["person"] * 2,
        ...     "n_lexicon_words": [0, 0]}), "quotes")
        >>> t = Tables(arts, empty("sentences"), empty("entities"), quotes, empty("sources"), empty("figures"))
        >>> ex = Explorer(t)
        >>> ex.set_filters(source="bo")
        >>> ex.page_rows()["text"].tolist(), ex.n_rows
        (['yes'], 1)
    """

    @staticmethod
    def format_cell(value: Any, column: str) -> str:
        """A table cell as short text (see :func:`format_cell`)."""
        return format_cell(value, column)

    @staticmethod
    def clip(text: str, width_em: float) -> str:
        """Text cut to fit a column ``width_em`` wide, with an ellipsis."""
        return _clip(text, width_em)

    def __init__(self, tables: Tables, *, page_size: int = 20) -> None:
        for name in ("articles", *TABS):
            if not isinstance(getattr(tables, name, None), pd.DataFrame):
                raise InputTypeError(
                    f"explore() expects newslab Tables (from nl.analyze or nl.read_tables); "
                    f"got {type(tables).__name__} without a {name!r} table."
                )
        if int(page_size) < 1:
            raise InputError(f"page_size must be at least 1, not {page_size}.")
        self.tables = tables
        self.page_size = int(page_size)
        self.tab = "quotes"
        self.filters = Filters()
        self.page = 0
        # None: the tables' own order (articles as given, rows in text order).
        self._sort: dict[str, tuple[str, bool] | None] = dict.fromkeys(TABS)
        self._selected: dict[str, int | None] = dict.fromkeys(TABS)
        self._frames: dict[str, pd.DataFrame] = {}
        self._lower: dict[tuple[str, str], np.ndarray] = {}
        self._haystack: dict[str, Any] = {}
        self._options: dict[tuple[str, str, int | None], tuple[str, ...]] = {}
        self._groups: dict[str, dict[str, np.ndarray]] = {}
        self._results: OrderedDict[tuple[Any, ...], np.ndarray] = OrderedDict()
        self._listeners: list[Callable[[str], None]] = []
        self._headlines = dict(zip(tables.articles["article_id"].astype(str), tables.articles["headline"].fillna("")
                                   if "headline" in tables.articles.columns else [""] * len(tables.articles)))

    # -- notification -------------------------------------------------------------------------

    def observe(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(what)`` after every change (``what``: tab, filters, sort, page, selection)."""
        self._listeners.append(callback)

    def _changed(self, what: str) -> None:
        for callback in list(self._listeners):
            callback(what)

    # -- data ------------------------------------------------------------------------------------

    def frame(self, tab: str | None = None) -> pd.DataFrame:
        """All rows of a tab (the table plus ``headline``, and ``source`` for quotes), before filtering."""
        tab = self._check_tab(tab or self.tab)
        if tab not in self._frames:
            df = getattr(self.tables, tab)
            keep = [c for c in df.columns]
            out = df[keep].copy()
            out["headline"] = out["article_id"].astype(str).map(self._headlines).fillna("").astype("string")
            if tab == "quotes":
                canonical = out["speaker_canonical"].fillna("").astype(str).str.strip()
                written = out["speaker"].fillna("").astype(str).str.strip()
                out["source"] = canonical.where(canonical != "", written).replace("", "(unknown)").astype("string")
            self._frames[tab] = out.reset_index(drop=True)
        return self._frames[tab]

    def _check_tab(self, tab: str) -> str:
        if tab not in _TABS:
            raise InputError(f"No tab {tab!r}; the explorer's tabs are {', '.join(TABS)}.")
        return tab

    def _lowered(self, tab: str, column: str) -> np.ndarray:
        key = (tab, column)
        if key not in self._lower:
            series = self.frame(tab)[column]
            self._lower[key] = series.astype("object").where(series.notna(), "").astype(str).str.lower().to_numpy(object)
        return self._lower[key]

    def _search_text(self, tab: str) -> Any:
        """The searched columns of each row, joined and lower-cased (a pyarrow array, built once per tab)."""
        if tab not in self._haystack:
            import pyarrow as pa
            import pyarrow.compute as pc

            df = self.frame(tab)
            cols = [pa.array(df[c].astype("string").fillna(""), type=pa.string())
                    for c in _TABS[tab].search if c in df.columns]
            joined = pc.binary_join_element_wise(*cols, "\x1f") if len(cols) > 1 else cols[0]
            self._haystack[tab] = pc.utf8_lower(joined)
        return self._haystack[tab]

    def _article_rows(self, name: str) -> dict[str, np.ndarray]:
        """Row positions per article of a table (the tab frames keep the tables' row order)."""
        if name not in self._groups:
            codes, uniques = pd.factorize(getattr(self.tables, name)["article_id"].astype(str))
            order = np.argsort(codes, kind="stable")
            bounds = np.cumsum(np.bincount(codes[codes >= 0], minlength=len(uniques)))
            starts = np.concatenate([[0], bounds[:-1]])
            self._groups[name] = {str(u): order[a:b] for u, a, b in zip(uniques, starts, bounds)}
        return self._groups[name]

    def applies(self, name: str, tab: str | None = None) -> bool:
        """True when filter ``name`` has a column in the tab (e.g. ``frame`` only applies to quotes)."""
        return name == "search" or name in _TABS[self._check_tab(tab or self.tab)].filters

    def options(self, name: str, *, limit: int | None = None) -> list[str]:
        """The values a filter can take in the current tab, most frequent first (then alphabetical).

        Args:
            name: A filter name (``article``, ``source``, ``speaker_type``, ``kind``, ``frame``).
            limit: Keep only this many (the most frequent).
        """
        key = (self.tab, name, limit)
        if key in self._options:
            return list(self._options[key])
        if name not in FILTER_NAMES or name in ("confidence", "search"):
            raise InputError(f"No options for filter {name!r}; filters with options: article, source, speaker_type, kind, frame.")
        if not self.applies(name):
            return []
        column = _TABS[self.tab].filters[name]
        values = self.frame()[column].dropna().astype(str)
        values = values[values != ""]
        if name == "article":
            names = [str(v) for v in pd.unique(values.to_numpy())]
        else:
            counts = values.value_counts()
            names = [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        self._options[key] = tuple(names[:limit] if limit else names)
        return list(self._options[key])

    # -- state changes ------------------------------------------------------------------------------

    def set_tab(self, tab: str) -> None:
        """Show another tab (its own sort order and selection are kept); back to the first page."""
        self.tab = self._check_tab(tab)
        self.page = 0
        self._changed("tab")

    def set_filters(self, **changes: Any) -> None:
        """Change some filters (``None`` or ``""`` clears one); back to the first page.

        Raises:
            InputError: An unknown filter name or a confidence range outside 0..1.
        """
        unknown = sorted(set(changes) - set(FILTER_NAMES))
        if unknown:
            raise InputError(f"Unknown filter {unknown[0]!r}; filters are {', '.join(FILTER_NAMES)}.")
        clean: dict[str, Any] = {}
        for name, value in changes.items():
            if name == "confidence" and value is not None:
                low, high = (float(v) for v in value)
                if not (0.0 <= low <= high <= 1.0):
                    raise InputError(f"confidence must be a range (low, high) within 0..1, not {value!r}.")
                value = None if (low, high) == (0.0, 1.0) else (low, high)
            elif name == "search":
                value = " ".join(str(value or "").split())
            elif value is not None:
                value = str(value).strip() or None
            clean[name] = value
        self.filters = replace(self.filters, **clean)
        self.page = 0
        self._changed("filters")

    def clear_filters(self) -> None:
        """Remove every filter."""
        self.filters = Filters()
        self.page = 0
        self._changed("filters")

    @property
    def sort(self) -> tuple[str, bool] | None:
        """``(column, ascending)`` of the current tab; None for the tables' own order (articles, then text order)."""
        return self._sort[self.tab]

    def sort_by(self, column: str, *, ascending: bool | None = None) -> None:
        """Sort the current tab by ``column``; without ``ascending``, a second call on the same column reverses it.

        Ties keep the article and text order; missing values go last.
        """
        if column not in self.frame().columns:
            raise InputError(f"The {self.tab} table has no column {column!r}.")
        current, asc = self._sort[self.tab] or ("", False)
        if ascending is None:
            ascending = not asc if current == column else True
        self._sort[self.tab] = (column, bool(ascending))
        self.page = 0
        self._changed("sort")

    def go_to_page(self, page: int) -> None:
        """Show page ``page`` (0-based; clipped to the pages there are)."""
        self.page = min(max(0, int(page)), self.n_pages - 1)
        self._changed("page")

    def next_page(self) -> None:
        """Show the next page (stays on the last)."""
        self.go_to_page(self.page + 1)

    def previous_page(self) -> None:
        """Show the previous page (stays on the first)."""
        self.go_to_page(self.page - 1)

    def select(self, row: int | None) -> None:
        """Select a row of the current page by its position on the page (0-based); None clears the selection."""
        if row is None:
            self._selected[self.tab] = None
        else:
            positions = self._page_positions()
            if not 0 <= int(row) < len(positions):
                raise InputError(f"The page shows {len(positions)} rows; row {row} does not exist.")
            self._selected[self.tab] = int(positions[int(row)])
        self._changed("selection")

    def select_row(self, label: int) -> None:
        """Select a row of the current tab by its position in :meth:`frame` (the unfiltered table)."""
        if not 0 <= int(label) < len(self.frame()):
            raise InputError(f"The {self.tab} table has {len(self.frame())} rows; row {label} does not exist.")
        self._selected[self.tab] = int(label)
        self._changed("selection")

    # -- results ---------------------------------------------------------------------------------

    def _positions(self) -> np.ndarray:
        """Rows of :meth:`frame` that pass the filters, in sort order (cached per state)."""
        key = (self.tab, self.filters, self._sort[self.tab])
        hit = self._results.get(key)
        if hit is not None:
            self._results.move_to_end(key)
            return hit
        df = self.frame()
        spec = _TABS[self.tab]
        positions: np.ndarray | None = None
        article = self.filters.article
        if article is not None and "article" in spec.filters:
            positions = self._article_rows(self.tab).get(str(article), np.array([], dtype=np.int64))
        mask = np.ones(len(df), dtype=bool) if positions is None else np.zeros(len(df), dtype=bool)
        if positions is not None:
            mask[positions] = True
        for name, column in spec.filters.items():
            value = getattr(self.filters, name)
            if value is None or name == "article":
                continue
            if name == "confidence":
                scores = df[column].to_numpy(dtype=float, na_value=np.nan)
                with np.errstate(invalid="ignore"):
                    mask &= (scores >= value[0]) & (scores <= value[1])
            else:
                mask &= self._lowered(self.tab, column) == str(value).lower()
        positions = np.flatnonzero(mask)
        words = self.filters.search.lower().split()
        if words and len(positions):
            import pyarrow.compute as pc

            hay = self._search_text(self.tab).take(positions)
            keep = np.ones(len(positions), dtype=bool)
            for word in words:
                keep &= pc.match_substring(hay, word).to_numpy(zero_copy_only=False).astype(bool)
            positions = positions[keep]
        order_by = self._sort[self.tab]
        if order_by is not None and len(positions) > 1:
            column, ascending = order_by
            # Stable sort of the rows in article order, so ties stay in text order.
            values = df[column].take(positions)
            if isinstance(values.dtype, pd.CategoricalDtype):
                values = values.astype("string")
            order = values.reset_index(drop=True).sort_values(ascending=ascending, kind="stable", na_position="last").index
            positions = positions[order.to_numpy()]
        self._results[key] = positions
        if len(self._results) > _CACHE_SIZE:
            self._results.popitem(last=False)
        return positions

    @property
    def n_rows(self) -> int:
        """Rows that pass the filters in the current tab."""
        return len(self._positions())

    @property
    def n_total(self) -> int:
        """Rows of the current tab before filtering."""
        return len(self.frame())

    @property
    def n_pages(self) -> int:
        """Pages of the current result (at least 1)."""
        return max(1, math.ceil(self.n_rows / self.page_size))

    def result(self) -> pd.DataFrame:
        """Every row that passes the filters, in sort order (all columns)."""
        return self.frame().take(self._positions()).reset_index(drop=True)

    def _page_positions(self) -> np.ndarray:
        start = self.page * self.page_size
        return self._positions()[start : start + self.page_size]

    def columns(self) -> list[tuple[str, str, float]]:
        """Display columns of the current tab: ``(column, header, width in em)``."""
        return list(_TABS[self.tab].columns)

    def page_rows(self) -> pd.DataFrame:
        """The rows of the current page: the display columns plus ``article_id`` and ``row`` (position in :meth:`frame`)."""
        positions = self._page_positions()
        cols = [c for c, _, _ in _TABS[self.tab].columns]
        out = self.frame()[list(dict.fromkeys(["article_id", *cols]))].take(positions).reset_index(drop=True)
        out.insert(0, "row", positions.astype(np.int64))
        return out

    @property
    def selected(self) -> int | None:
        """Position (in :meth:`frame`) of the selected row of the current tab, or None."""
        return self._selected[self.tab]

    def selected_on_page(self) -> int | None:
        """Position on the current page of the selected row, or None when it is not on this page."""
        label = self.selected
        if label is None:
            return None
        hits = np.flatnonzero(self._page_positions() == label)
        return int(hits[0]) if len(hits) else None

    def selected_row(self) -> pd.Series | None:
        """The selected row of the current tab (all columns), or None."""
        label = self.selected
        return None if label is None else self.frame().iloc[label]

    def highlight_spans(self) -> list[tuple[int, int]]:
        """Character spans to outline in the article view for the selected row.

        A quote, figure or entity outlines its own span; a source outlines
        every statement of that source in the article.
        """
        row = self.selected_row()
        if row is None:
            return []
        if self.tab == "sources":
            quotes = self.frame("quotes")
            rows = self._article_rows("quotes").get(str(row["article_id"]), np.array([], dtype=np.int64))
            sub = quotes.take(rows)
            same = sub["source"].astype(str).str.lower() == str(row["source"]).lower()
            typed = sub["speaker_type"].astype(str) == str(row["source_type"])
            sub = sub[same & typed]
            return [(int(a), int(b)) for a, b in zip(sub["start_char"], sub["end_char"])]
        return [(int(row["start_char"]), int(row["end_char"]))]

    def article_tables(self, article_id: str) -> Any:
        """The tables of one article (small new DataFrames; the row lookups are built once)."""
        aid = str(article_id)
        nothing = np.array([], dtype=np.int64)
        parts = {name: getattr(self.tables, name).take(self._article_rows(name).get(aid, nothing)).reset_index(drop=True)
                 for name in ("articles", "quotes", "entities", "figures")}
        return SimpleNamespace(**parts)

    def article_view(self) -> ArticleView | None:
        """The selected row's article rendered by :func:`newslab.show`, the row outlined; None without a selection."""
        row = self.selected_row()
        if row is None:
            return None
        aid = str(row["article_id"])
        return show(self.article_tables(aid), aid, highlight=self.highlight_spans())

    # -- static fallback ---------------------------------------------------------------------------

    def summary(self) -> str:
        """One line: rows shown, filters set, page."""
        active = {k: v for k, v in self.filters.active().items() if self.applies(k)}
        where = "; ".join(f"{k.replace('_', ' ')}: {v if k != 'confidence' else f'{v[0]:.2f}-{v[1]:.2f}'}"
                          for k, v in active.items())
        return (f"{self.n_rows:,} of {self.n_total:,} {self.tab}" + (f" ({where})" if where else "")
                + f" · page {self.page + 1} of {self.n_pages}")

    def table_html(self, *, selected: int | None = None) -> str:
        """The current page as an HTML table (escaped; the selected row shaded)."""
        rows = self.page_rows()
        cols = self.columns()
        head = "".join(f"<th style='text-align:left;padding:2px 6px;'>{html.escape(h)}</th>" for _, h, _ in cols)
        body = []
        for i, rec in enumerate(rows.itertuples(index=False)):
            shade = " style='background:#fff3c4;'" if selected == i else ""
            cells = "".join(
                f"<td style='padding:2px 6px;vertical-align:top;'>{html.escape(_clip(format_cell(getattr(rec, c), c), w))}</td>"
                for c, _, w in cols
            )
            body.append(f"<tr{shade}>{cells}</tr>")
        return (f"<table style='border-collapse:collapse;font-size:0.85em;'><thead><tr>{head}</tr></thead>"
                f"<tbody>{''.join(body)}</tbody></table>")

    def static_html(self, reason: str | None = None) -> str:
        """What a notebook shows without a running kernel: a note and the first page as a static table."""
        why = reason or ("This is a static copy of newslab's explorer: filters, sorting, paging and the article "
                         "view need a running Jupyter kernel (open the notebook in JupyterLab and run the cell).")
        return (
            "<div class='newslab-explore-static' style='background:#ffffff;color:#222222;'>"
            f"{self._static_note(why)}"
            f"<p style='margin:4px 0;font-size:0.9em;color:#555;'>{html.escape(self.summary())}</p>"
            f"{self.table_html()}</div>"
        )

    def __repr__(self) -> str:
        return f"<newslab Explorer: {self.summary()}>"

    def _build_widget(self) -> Any:
        from newslab.widgets import explorer_widget  # lazy: ipywidgets is optional

        return explorer_widget(self)


def _clip(text: str, width_em: float) -> str:
    limit = max(8, int(width_em * 2.4))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def explore(tables: Tables, *, page_size: int = 20) -> Explorer:
    """Browse the tables interactively: filters, text search, a sortable paged table and the article view.

    In JupyterLab the result is a widget: tabs for quotes, sources, figures
    and entities; filters for article, source, speaker type, kind, frame and
    confidence; a text search; column headers that sort (click again to
    reverse); a page at a time; and "show" on a row opens its article below
    with the row outlined and scrolled into sight. Without a running kernel it
    shows a static table of the first page and says so.

    Args:
        tables: :class:`newslab.Tables` (from :func:`newslab.analyze` or :func:`newslab.read_tables`).
        page_size: Rows per page.

    Returns:
        An :class:`Explorer`; the same state can be driven from code
        (``set_filters``, ``sort_by``, ``go_to_page``, ``select``, ``result()``).

    Raises:
        InputTypeError: ``tables`` is not newslab Tables.

    Example:
        >>> import newslab as nl                                # doctest: +SKIP
        >>> ex = nl.explore(tables)                             # doctest: +SKIP
        >>> ex.set_filters(kind="direct", speaker_type="anonymous")  # doctest: +SKIP
        >>> ex.result()[["source", "text"]]                     # doctest: +SKIP
    """
    return Explorer(tables, page_size=page_size)

