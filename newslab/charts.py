"""Charts for papers and classrooms, drawn with matplotlib from newslab's tidy tables.

Every chart function takes a table (or :class:`newslab.tables.Tables`), accepts
``ax=`` to draw into an existing Axes, and returns the matplotlib Figure. Each has
a data twin (``<chart>_data``) that returns exactly the numbers it draws, so a
chart can always be published beside its CSV (:func:`save` writes both).

Every chart and data twin takes either :class:`Tables` or the one table it
needs (``entity_frequency(tables)`` and ``entity_frequency(tables.entities)``
give the same chart). Names longer than :data:`LABEL_WIDTH` characters are cut
with an ellipsis on the chart; the data twin keeps them whole. Counts are drawn
on integer ticks, grid lines stay behind the bars, and dates are labelled at
the start of every period in the series' own frequency (week, month, quarter,
year).

The functions change no global matplotlib state: they never call
``plt.style.use`` or write ``rcParams``; a temporary ``rc_context`` sets fonts and
colours while a chart is built. Figures and axes have a white background and
dark text so they stay readable inside a dark JupyterLab theme. pyplot is never
imported: figures are :class:`matplotlib.figure.Figure` objects on an Agg canvas,
so nothing is forced on the backend and Jupyter shows each figure once.

Example:
    >>> import pandas as pd
    >>> from newslab.charts import entity_frequency_data
    >>> ents = pd.DataFrame({"article_id": ["a", "a", "b"], "canonical": ["Taro Kono", "Taro Kono", "Seoul"],
    ...                      "label": ["PERSON", "PERSON", "GPE"]})
    >>> entity_frequency_data(ents)[["canonical", "label", "n_mentions"]]
       canonical   label  n_mentions
    0  Taro Kono  PERSON           2
    1      Seoul     GPE           1
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from newslab.errors import InputError, InputTypeError, MissingColumnError
from newslab.io import atomic_file
from newslab import sentiment
from newslab.sentiment import NAMED_LABELS

# matplotlib.figure does not select or start a GUI backend; pyplot is never imported.
from matplotlib.figure import Figure

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = [
    "entity_frequency",
    "entity_frequency_data",
    "sentiment_arc",
    "sentiment_arc_data",
    "sentiment_by_source",
    "sentiment_by_source_data",
    "sentiment_by_entity",
    "sentiment_by_entity_data",
    "source_breakdown",
    "source_breakdown_data",
    "figures_chart",
    "figures_chart_data",
    "time_series",
    "time_series_data",
    "save",
    "NAMED_LABELS",
    "LABEL_WIDTH",
]

#: Longest name drawn on a chart; longer names are cut with "…" (the data twin keeps them whole).
LABEL_WIDTH = 32

# Entity labels counted by default: names, not numbers or dates (shared with sentiment).

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
_OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000", "#999999")
_LABEL_COLORS = {
    "PERSON": "#0072B2", "ORG": "#009E73", "GPE": "#E69F00", "NORP": "#CC79A7", "LOC": "#56B4E9",
    "FAC": "#D55E00", "EVENT": "#B8860B", "PRODUCT": "#999999", "WORK_OF_ART": "#000000",
    "LAW": "#7F3C8D", "LANGUAGE": "#11A579",
}
_TYPE_COLORS = {
    "person": "#0072B2", "organization": "#009E73", "media": "#CC79A7", "document": "#E69F00",
    "anonymous": "#999999", "unknown": "#D9D9D9",
}
_POSITIVE, _NEGATIVE, _NEUTRAL = "#0072B2", "#D55E00", "#9A9A9A"
_QUOTE_COLOR = "#CC79A7"  # reddish purple: apart from the blue/vermillion of positive/negative
_INK = "#222222"
_GRID = "#DDDDDD"

# Applied only while a chart is built (rc_context restores everything afterwards).
_RC = {
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "text.color": _INK,
    "axes.labelcolor": _INK,
    "axes.edgecolor": "#555555",
    "axes.titlecolor": _INK,
    "xtick.color": _INK,
    "ytick.color": _INK,
    "xtick.labelcolor": _INK,
    "ytick.labelcolor": _INK,
    "legend.facecolor": "white",
    "legend.edgecolor": "#BBBBBB",
    "legend.labelcolor": _INK,
    "grid.color": _GRID,
    "font.size": 9.5,
    "axes.titlesize": 11,
    "axes.labelsize": 9.5,
    "axes.grid": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "lines.linewidth": 1.4,
    "svg.hashsalt": "newslab",
}

_METHOD_NAMES = {"textblob.v1": "TextBlob", "vader.v1": "VADER compound"}
_TARGET_LABEL = "target model"


# --- plumbing -----------------------------------------------------------------------------------


class NewslabFigure(Figure):
    """A matplotlib Figure that Jupyter shows as a PNG without pyplot (so it shows once)."""

    def _repr_png_(self) -> bytes:
        import io

        buf = io.BytesIO()
        self.savefig(buf, format="png", dpi=110, facecolor="white", bbox_inches="tight")
        return buf.getvalue()


@contextlib.contextmanager
def _style() -> Iterator[None]:
    import matplotlib

    with matplotlib.rc_context(_RC):
        yield


def _axes(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    """The Axes to draw on: the caller's, or a new white figure on an Agg canvas."""
    if ax is not None:
        from matplotlib.axes import Axes as _Axes

        if not isinstance(ax, _Axes):
            raise InputTypeError(f"ax must be a matplotlib Axes; got {type(ax).__name__}.")
        ax.set_facecolor("white")
        return ax.figure, ax
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = NewslabFigure(figsize=size, facecolor="white", layout="constrained")
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot(1, 1, 1)


def _finish(fig: Figure, ax: Axes, data: pd.DataFrame) -> Figure:
    ax.set_facecolor("white")
    ax.title.set_color(_INK)
    # The numbers behind the chart travel with it, for save(fig, path).
    fig.newslab_data = data  # type: ignore[attr-defined]
    return fig


def _require(df: Any, columns: Sequence[str], what: str) -> pd.DataFrame:
    if not isinstance(df, pd.DataFrame):
        raise InputTypeError(f"{what} expects a DataFrame; got {type(df).__name__}.")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise MissingColumnError(
            f"{what} needs the columns {list(columns)}; missing {missing}. "
            "Pass the table produced by newslab.analyze()."
        )
    return df


def _as_table(obj: Any, name: str, what: str) -> pd.DataFrame:
    """The ``name`` table from ``obj``: either that table itself or :class:`Tables` holding it."""
    if isinstance(obj, pd.DataFrame):
        return obj
    return _table(obj, name, what)


def _table(tables: Any, name: str, what: str) -> pd.DataFrame:
    df = getattr(tables, name, None)
    if not isinstance(df, pd.DataFrame):
        raise InputTypeError(
            f"{what} expects newslab Tables (from newslab.analyze) with a {name!r} table; got {type(tables).__name__}."
        )
    return df


def _method_label(df: pd.DataFrame) -> str:
    methods = df.attrs.get("methods") or {}
    method = methods.get("sentiment", "textblob.v1") if isinstance(methods, dict) else "textblob.v1"
    return _METHOD_NAMES.get(method, str(method))


def _n_articles_phrase(n: int) -> str:
    return f"{n:,} article" + ("" if n == 1 else "s")


def _shorten(text: str, width: int = LABEL_WIDTH) -> str:
    """One line of at most ``width`` characters, safe from matplotlib's mathtext."""
    text = " ".join(str(text).split())
    text = text if len(text) <= width else text[: width - 1].rstrip() + "…"
    # "US$20 billion to US$50 billion" would otherwise be typeset as maths.
    return text.replace("$", r"\$")


#: Tallest chart in inches; with more rows, rows are drawn closer together.
_MAX_HEIGHT = 8.0


def _bar_height(n_rows: int, base: float) -> float:
    """Height of a chart with one bar per row, capped at :data:`_MAX_HEIGHT` inches."""
    return min(_MAX_HEIGHT, base + 0.33 * max(n_rows, 3))


def _count_axis(axis: Any) -> None:
    """Counts have whole-number ticks only (no 0.25, 0.5 on a chart of 2 quotes)."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=2))


def _grid_behind(ax: Axes, which: str = "x") -> None:
    """Grid lines behind the bars, also when the caller's Axes come with another style."""
    ax.set_axisbelow(True)
    (ax.xaxis if which == "x" else ax.yaxis).grid(True, zorder=0)
    for line in (ax.get_xgridlines() if which == "x" else ax.get_ygridlines()):
        line.set_zorder(0)


def _check_top(top: Any) -> int:
    if isinstance(top, bool) or not isinstance(top, (int, np.integer)):
        raise InputTypeError(f"top must be an int; got {type(top).__name__}.")
    if top < 1:
        raise InputError(f"top must be at least 1; got {top}.")
    return int(top)


def _empty_message(ax: Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])


# --- entity frequency ---------------------------------------------------------------------------


def entity_frequency_data(
    entities: Any,
    *,
    top: int = 15,
    by_label: bool = True,
    per_1000_words: bool = False,
    articles: pd.DataFrame | None = None,
    labels: Sequence[str] | None = NAMED_LABELS,
) -> pd.DataFrame:
    """The most mentioned canonical entities: the numbers :func:`entity_frequency` draws.

    Args:
        entities: The entities table (``article_id``, ``canonical``, ``label``),
            or :class:`Tables` (whose articles then give the word counts).
        top: Number of entities to keep.
        by_label: Count (canonical, label) pairs separately ("Washington" the
            person and the place); False merges labels (the most frequent is shown).
        per_1000_words: Add ``per_1000_words``: mentions per 1,000 words of all
            articles in ``articles`` (required then).
        articles: The articles table (``n_words``), for ``per_1000_words``.
        labels: Entity labels to count; default names only (:data:`NAMED_LABELS`);
            None counts every label (dates and numbers too).

    Returns:
        One row per entity, most mentioned first (ties by name): ``canonical``,
        ``label``, ``n_mentions``, ``n_articles`` and, when asked,
        ``per_1000_words``. ``attrs`` holds ``n_articles_total`` and ``n_words_total``.

    Raises:
        MissingColumnError: When a column is missing.
        InputError: ``per_1000_words`` without ``articles``, or a bad ``top``.
    """
    top = _check_top(top)
    if not isinstance(entities, pd.DataFrame) and articles is None and isinstance(getattr(entities, "articles", None), pd.DataFrame):
        articles = entities.articles
    entities = _as_table(entities, "entities", "entity_frequency_data()")
    _require(entities, ["article_id", "canonical", "label"], "entity_frequency_data()")
    work = pd.DataFrame(
        {
            "article_id": entities["article_id"].astype("object"),
            "canonical": entities["canonical"].astype("object"),
            "label": entities["label"].astype("object").astype(str),
        }
    )
    if "text" in entities.columns:
        work["canonical"] = work["canonical"].where(work["canonical"].notna(), entities["text"].astype("object"))
    work = work[work["canonical"].notna() & (work["canonical"].astype(str).str.strip() != "")]
    if labels is not None:
        work = work[work["label"].isin(list(labels))]
    keys = ["canonical", "label"] if by_label else ["canonical"]
    grouped = work.groupby(keys, sort=True)
    out = pd.DataFrame({"n_mentions": grouped.size(), "n_articles": grouped["article_id"].nunique()}).reset_index()
    if not by_label:
        counts = work.groupby(["canonical", "label"], sort=True).size().rename("n").reset_index()
        counts = counts.sort_values(["canonical", "n", "label"], ascending=[True, False, True], kind="stable")
        out = out.merge(counts.drop_duplicates("canonical")[["canonical", "label"]], on="canonical", how="left")
    out = out[["canonical", "label", "n_mentions", "n_articles"]]
    out = out.sort_values(["n_mentions", "canonical", "label"], ascending=[False, True, True], kind="stable")
    out = out.head(top).reset_index(drop=True)
    out["canonical"] = out["canonical"].astype(str)
    out["n_mentions"] = out["n_mentions"].astype("int64")
    out["n_articles"] = out["n_articles"].astype("int64")
    n_articles_total = int(entities["article_id"].nunique())
    n_words = None
    if articles is not None:
        _require(articles, ["article_id", "n_words"], "entity_frequency_data(articles=...)")
        n_articles_total = int(articles["article_id"].nunique())
        n_words = int(articles["n_words"].sum())
    if per_1000_words:
        if n_words is None:
            raise InputError(
                "per_1000_words=True needs the articles table for the word counts: "
                "entity_frequency_data(tables.entities, per_1000_words=True, articles=tables.articles)."
            )
        out["per_1000_words"] = out["n_mentions"] / n_words * 1000.0 if n_words else np.nan
    out.attrs.update({"n_articles_total": n_articles_total, "n_words_total": n_words})
    return out


def entity_frequency(
    entities: Any,
    *,
    top: int = 15,
    by_label: bool = True,
    per_1000_words: bool = False,
    articles: pd.DataFrame | None = None,
    labels: Sequence[str] | None = NAMED_LABELS,
    ax: Axes | None = None,
) -> Figure:
    """Horizontal bars of the most mentioned canonical entities, coloured by label.

    Args:
        entities, top, by_label, per_1000_words, articles, labels: As for
            :func:`entity_frequency_data`.
        ax: Axes to draw into; a new figure when None.

    Returns:
        The Figure (``fig.newslab_data`` holds the numbers drawn).
    """
    data = entity_frequency_data(
        entities, top=top, by_label=by_label, per_1000_words=per_1000_words, articles=articles, labels=labels
    )
    measure = "per_1000_words" if per_1000_words else "n_mentions"
    with _style():
        fig, ax = _axes(ax, (7.5, _bar_height(len(data), 0.9)))
        n_art = _n_articles_phrase(int(data.attrs["n_articles_total"]))
        if per_1000_words:
            ax.set_xlabel(f"Mentions per 1,000 words (all {n_art}, {data.attrs['n_words_total']:,} words)")
        else:
            ax.set_xlabel(f"Mentions (count) in {n_art}")
        ax.set_title(f"Most mentioned entities: top {len(data)} canonical names")
        if not len(data):
            _empty_message(ax, "No entity mentions to count")
            return _finish(fig, ax, data)
        rows = data.iloc[::-1]
        names = [_shorten(c) for c in rows["canonical"]]
        y = np.arange(len(rows))
        colors = [_LABEL_COLORS.get(lbl, _OKABE_ITO[7]) for lbl in rows["label"]]
        ax.barh(y, rows[measure].to_numpy(dtype=float), color=colors, height=0.7, zorder=2)
        ax.set_yticks(y, names)
        ax.set_ylabel("Entity (canonical name)")
        ax.set_ylim(-0.6, len(rows) - 0.4)
        top_value = float(rows[measure].max()) or 1.0
        for yi, v in zip(y, rows[measure]):
            ax.text(v + top_value * 0.01, yi, f"{v:,.2f}" if per_1000_words else f"{int(v):,}",
                    va="center", ha="left", fontsize=8, color=_INK)
        ax.set_xlim(0, top_value * 1.12)
        if not per_1000_words:
            _count_axis(ax.xaxis)
        _grid_behind(ax)
        from matplotlib.patches import Patch

        present = [lbl for lbl in dict.fromkeys(data["label"])]
        handles = [Patch(color=_LABEL_COLORS.get(lbl, _OKABE_ITO[7]), label=lbl) for lbl in present]
        ax.legend(handles=handles, title="spaCy label", loc="lower right", fontsize=8, title_fontsize=8)
        return _finish(fig, ax, data)


# --- sentiment arc ------------------------------------------------------------------------------


def _pick_article(df: pd.DataFrame, article_id: str | None, what: str) -> str:
    ids = list(dict.fromkeys(df["article_id"].astype(str)))
    if article_id is None:
        if len(ids) == 1:
            return ids[0]
        if not ids:
            raise InputError(f"{what}: the table has no rows.")
        raise InputError(
            f"{what}: the table holds {len(ids)} articles; pass article_id= one of {ids[:5]}"
            + (" ..." if len(ids) > 5 else "") + "."
        )
    if str(article_id) not in ids:
        raise InputError(f"{what}: no article {article_id!r}; known ids include {ids[:5]}.")
    return str(article_id)


def sentiment_arc_data(
    sentences: Any, *, article_id: str | None = None, quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Polarity sentence by sentence through one article: what :func:`sentiment_arc` draws.

    Args:
        sentences: The sentences table, or :class:`Tables` (then the quotes and
            the article's headline come from it too).
        article_id: The article; may be left out when the table holds one article.
        quotes: The quotes table; when given, ``has_quote`` is computed from the
            quote spans (else the sentences' own ``has_quote`` column is used).

    Returns:
        One row per sentence in text order: ``sent_id``, ``start_char``, ``text``,
        ``n_lexicon_words``, ``is_scored`` (at least one lexicon word),
        ``polarity``, ``subjectivity``, ``has_quote`` and ``rolling_polarity``
        (centred mean over 3 sentences). ``attrs["headline"]`` is the
        article's headline when :class:`Tables` were given.

    Raises:
        InputError: When the article is ambiguous or unknown.
    """
    articles = None
    if not isinstance(sentences, pd.DataFrame):
        articles = getattr(sentences, "articles", None)
        if quotes is None and isinstance(getattr(sentences, "quotes", None), pd.DataFrame):
            quotes = sentences.quotes
        sentences = _as_table(sentences, "sentences", "sentiment_arc_data()")
    _require(sentences, ["article_id", "sent_id", "start_char", "end_char", "polarity"], "sentiment_arc_data()")
    aid = _pick_article(sentences, article_id, "sentiment_arc_data()")
    headline = None
    if isinstance(articles, pd.DataFrame) and "headline" in articles.columns:
        match = articles.loc[articles["article_id"].astype(str) == aid, "headline"]
        if len(match) and pd.notna(match.iloc[0]) and str(match.iloc[0]).strip():
            headline = str(match.iloc[0]).strip()
    rows = sentences[sentences["article_id"].astype(str) == aid].sort_values("sent_id", kind="stable")
    out = pd.DataFrame(
        {
            "sent_id": rows["sent_id"].to_numpy(dtype="int64"),
            "start_char": rows["start_char"].to_numpy(dtype="int64"),
            "text": rows["text"].astype("object").to_numpy() if "text" in rows.columns else "",
            "n_lexicon_words": rows["n_lexicon_words"].to_numpy(dtype="int64")
            if "n_lexicon_words" in rows.columns else np.ones(len(rows), dtype="int64"),
            "polarity": rows["polarity"].to_numpy(dtype="float64"),
            "subjectivity": rows["subjectivity"].to_numpy(dtype="float64")
            if "subjectivity" in rows.columns else np.nan,
        }
    )
    out["is_scored"] = out["n_lexicon_words"] > 0
    if quotes is not None:
        _require(quotes, ["article_id", "start_char", "end_char"], "sentiment_arc_data(quotes=...)")
        q = quotes[quotes["article_id"].astype(str) == aid]
        qs, qe = q["start_char"].to_numpy(dtype="int64"), q["end_char"].to_numpy(dtype="int64")
        ss, se = rows["start_char"].to_numpy(dtype="int64"), rows["end_char"].to_numpy(dtype="int64")
        out["has_quote"] = [bool(((qs < b) & (a < qe)).any()) for a, b in zip(ss, se)]
    elif "has_quote" in rows.columns:
        out["has_quote"] = rows["has_quote"].astype(bool).to_numpy()
    else:
        out["has_quote"] = False
    out["rolling_polarity"] = out["polarity"].rolling(3, center=True, min_periods=1).mean()
    out = out[["sent_id", "start_char", "text", "n_lexicon_words", "is_scored", "polarity", "subjectivity",
               "has_quote", "rolling_polarity"]]
    out.attrs.update({"article_id": aid, "headline": headline, "method": _method_label(sentences)})
    return out


def sentiment_arc(
    sentences: Any,
    *,
    article_id: str | None = None,
    quotes: pd.DataFrame | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Polarity of each sentence through an article, quote sentences marked.

    Blue upward triangles are positive sentences, vermillion downward triangles
    negative ones, hollow grey circles sentences without any lexicon word (scored
    0.0), purple diamonds on a purple band sentences that carry a quote; the line
    is the 3-sentence rolling mean. The title is the headline when
    :class:`Tables` are given, else the article id.

    Args:
        sentences, article_id, quotes: As for :func:`sentiment_arc_data`.
        ax: Axes to draw into; a new figure when None.

    Returns:
        The Figure.
    """
    data = sentiment_arc_data(sentences, article_id=article_id, quotes=quotes)
    with _style():
        fig, ax = _axes(ax, (8.5, 3.6))
        method = data.attrs["method"]
        name = (f"“{_shorten(data.attrs['headline'], 70)}”" if data.attrs.get("headline")
                else f"article {_shorten(data.attrs['article_id'], 40)}")
        ax.set_title(f"Sentiment arc of {name}\n{method} polarity of each of its {len(data)} sentences")
        ax.set_xlabel("Sentence number in the article (0 = first)")
        ax.set_ylabel(f"Sentence polarity ({method}, −1 to +1)")
        ax.axhline(0, color="#777777", linewidth=0.8, zorder=1)
        ax.set_ylim(-1.08, 1.08)
        if not len(data):
            _empty_message(ax, "The article has no sentences")
            return _finish(fig, ax, data)
        x = data["sent_id"].to_numpy()
        y = data["polarity"].to_numpy()
        quoted = data["has_quote"].to_numpy(dtype=bool)
        scored = data["is_scored"].to_numpy(dtype=bool)
        for xi in x[quoted]:
            ax.axvspan(xi - 0.5, xi + 0.5, color=_QUOTE_COLOR, alpha=0.13, linewidth=0, zorder=0)
        ax.plot(x, data["rolling_polarity"], color="#444444", linewidth=1.2, zorder=2)
        plain = scored & ~quoted
        up, down = plain & (y >= 0), plain & (y < 0)
        ax.scatter(x[up], y[up], marker="^", s=34, color=_POSITIVE, zorder=3)
        ax.scatter(x[down], y[down], marker="v", s=34, color=_NEGATIVE, zorder=3)
        ax.scatter(x[scored & quoted], y[scored & quoted], marker="D", s=34, color=_QUOTE_COLOR,
                   edgecolors=_INK, linewidths=0.6, zorder=4)
        ax.scatter(x[~scored & ~quoted], y[~scored & ~quoted], s=26, facecolors="white", edgecolors=_NEUTRAL,
                   zorder=3)
        ax.scatter(x[~scored & quoted], y[~scored & quoted], marker="D", s=34, facecolors="white",
                   edgecolors=_QUOTE_COLOR, linewidths=1.2, zorder=4)
        from matplotlib.lines import Line2D

        # Proxy handles: the legend explains every mark even when a kind is absent here.
        handles = [
            Line2D([], [], color="#444444", linewidth=1.2, label="Rolling mean (3 sentences)"),
            Line2D([], [], marker="^", linestyle="", color=_POSITIVE, label="Positive or 0 (lexicon words found)"),
            Line2D([], [], marker="v", linestyle="", color=_NEGATIVE, label="Negative (lexicon words found)"),
            Line2D([], [], marker="o", linestyle="", markerfacecolor="white", markeredgecolor=_NEUTRAL,
                   label="No lexicon word: no evidence, shown at 0"),
            Line2D([], [], marker="D", linestyle="", color=_QUOTE_COLOR, markeredgecolor=_INK,
                   label="Sentence with a quote (shaded; hollow = no evidence)"),
        ]
        ax.yaxis.grid(True)
        ax.set_axisbelow(True)
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2, fontsize=8,
                  frameon=False)
        ax.set_xlim(x.min() - 0.8, x.max() + 0.8)
        return _finish(fig, ax, data)


# --- sentiment by source / entity ----------------------------------------------------------------


def sentiment_by_source_data(tables: Any, *, top: int = 15, method: str = "lexicon") -> pd.DataFrame:
    """Mean polarity of each source's statements: what :func:`sentiment_by_source` draws.

    Args:
        tables: :class:`newslab.tables.Tables`.
        top: Number of sources to keep (those with the most quotes).
        method: ``"lexicon"`` (the tone of the quotes) or ``"target"`` (how
            the quoting sentences portray the source).

    Returns:
        The first ``top`` rows of :func:`newslab.sentiment.sentiment_by_source`.
    """
    top = _check_top(top)
    out = sentiment.sentiment_by_source(tables, method=method).head(top).reset_index(drop=True)
    out.attrs["method"] = (_TARGET_LABEL if method == "target"
                           else _method_label(_table(tables, "quotes", "sentiment_by_source_data()")))
    out.attrs["n_articles_total"] = int(_table(tables, "articles", "sentiment_by_source_data()")["article_id"].nunique())
    return out


def _diverging_bars(ax: Axes, labels: list[str], values: np.ndarray, colors: list[str], scored: np.ndarray) -> None:
    y = np.arange(len(labels))[::-1]
    ax.barh(y, np.nan_to_num(values), color=colors, height=0.68, zorder=2)
    # Rows without any lexicon evidence get a hollow marker at 0 instead of an invisible bar.
    ax.scatter(np.zeros(int((~scored).sum())), y[~scored], s=30, facecolors="white", edgecolors=_NEUTRAL,
               linewidths=1.2, zorder=4)
    ax.axvline(0, color="#555555", linewidth=0.9, zorder=3)
    # The mean as a number beside each scored bar: a mean of 0.00 is a finding, not a missing bar.
    for yi, v, k in zip(y, np.nan_to_num(values), scored):
        if k:
            ax.text(v + (0.03 if v >= 0 else -0.03), yi, f"{v:+.2f}" if round(v, 2) else "0.00", va="center",
                    ha="left" if v >= 0 else "right", fontsize=7.5, color="#444444", zorder=5)
    ax.set_yticks(y, labels)
    ax.set_xlim(-1.15, 1.15)
    ax.set_ylim(-0.6, len(labels) - 0.4)
    _grid_behind(ax)


def sentiment_by_source(tables: Any, *, top: int = 15, method: str = "lexicon", ax: Axes | None = None) -> Figure:
    """Bars of mean polarity per source (over their quotes), coloured by source type.

    Args:
        tables: :class:`newslab.tables.Tables`.
        top: Number of sources (most quoted first).
        method: ``"lexicon"`` (the tone of the quotes) or ``"target"`` (how
            the quoting sentences portray the source: mean target score).
        ax: Axes to draw into; a new figure when None.

    Returns:
        The Figure.
    """
    data = sentiment_by_source_data(tables, top=top, method=method)
    target = method == "target"
    with _style():
        fig, ax = _axes(ax, (8, _bar_height(len(data), 0.9)))
        label = data.attrs["method"]
        what = "How the quoting sentences portray each source" if target else "Tone of what each source is quoted as saying"
        ax.set_title(f"{what}: top {len(data)} sources by quotes, "
                     f"{_n_articles_phrase(data.attrs['n_articles_total'])}")
        ax.set_xlabel(f"Mean target score toward the source ({label}, P(pos) − P(neg), −1 to +1)" if target
                      else f"Mean polarity of the source's quotes ({label}, −1 to +1)")
        ax.set_ylabel("Source")
        if not len(data):
            _empty_message(ax, "No attributed quotes")
            return _finish(fig, ax, data)
        labels = [f"{_shorten(s)} · {n} quote{'s' if n != 1 else ''}" + ("" if k else ", none scored")
                  for s, n, k in zip(data["source"], data["n_quotes"], data["n_scored_quotes"])]
        colors = [_TYPE_COLORS.get(t, _TYPE_COLORS["unknown"]) for t in data["source_type"]]
        _diverging_bars(ax, labels, data["target_score" if target else "polarity"].to_numpy(dtype=float), colors,
                        data["n_scored_quotes"].to_numpy() > 0)
        _type_legend(ax, data["source_type"], "speaker not scored" if target else "no lexicon word")
        return _finish(fig, ax, data)


def _type_legend(ax: Axes, types: pd.Series, hollow: str = "no lexicon word") -> None:
    from matplotlib.patches import Patch

    present = [t for t in _TYPE_COLORS if t in set(types.astype(str))]
    handles = [Patch(facecolor=_TYPE_COLORS[t], edgecolor="#777777", linewidth=0.5, label=t) for t in present]
    from matplotlib.lines import Line2D

    handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor="white", markeredgecolor=_NEUTRAL,
                          label=hollow))
    ax.legend(handles=handles, title="Source type", loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8,
              title_fontsize=8, frameon=False)


def sentiment_by_entity_data(
    tables: Any, *, top: int = 15, labels: Sequence[str] | None = NAMED_LABELS, method: str = "lexicon"
) -> pd.DataFrame:
    """Mean polarity of the sentences mentioning each entity: what :func:`sentiment_by_entity` draws.

    Args:
        tables: :class:`newslab.tables.Tables`.
        top: Number of entities (those in the most sentences; most mentions for ``"target"``).
        labels: Entity labels to include (default names only; None for all).
        method: ``"lexicon"`` (the tone of the sentences around the name) or
            ``"target"`` (how the sentences portray the entity).

    Returns:
        :func:`newslab.sentiment.sentiment_by_entity` with ``top`` rows.
    """
    top = _check_top(top)
    out = sentiment.sentiment_by_entity(tables, top=top, labels=labels, method=method)
    out.attrs["method"] = (_TARGET_LABEL if method == "target"
                           else _method_label(_table(tables, "sentences", "sentiment_by_entity_data()")))
    out.attrs["n_articles_total"] = int(_table(tables, "articles", "sentiment_by_entity_data()")["article_id"].nunique())
    return out


def sentiment_by_entity(
    tables: Any,
    *,
    top: int = 15,
    labels: Sequence[str] | None = NAMED_LABELS,
    method: str = "lexicon",
    ax: Axes | None = None,
) -> Figure:
    """Bars of the mean polarity of the sentences that mention each entity.

    Args:
        tables: :class:`newslab.tables.Tables`.
        top: Number of entities (in the most sentences first; most mentions for ``"target"``).
        labels: Entity labels to include (default names only; None for all).
        method: ``"lexicon"`` (the tone of the sentences around the name) or
            ``"target"`` (how the sentences portray the entity: mean target score).
        ax: Axes to draw into; a new figure when None.

    Returns:
        The Figure.
    """
    data = sentiment_by_entity_data(tables, top=top, labels=labels, method=method)
    target = method == "target"
    unit = "mention" if target else "sentence"
    with _style():
        fig, ax = _axes(ax, (8, _bar_height(len(data), 0.9)))
        label = data.attrs["method"]
        what = "How the sentences portray each entity" if target else "Tone of the sentences around each entity"
        ax.set_title(f"{what}: top {len(data)} entities by {unit}s, "
                     f"{_n_articles_phrase(data.attrs['n_articles_total'])}")
        ax.set_xlabel(f"Mean target score toward the entity ({label}, P(pos) − P(neg), −1 to +1)" if target
                      else f"Mean polarity of sentences mentioning the entity ({label}, −1 to +1)")
        ax.set_ylabel("Entity (canonical name)")
        if not len(data):
            _empty_message(ax, "No entity mentions")
            return _finish(fig, ax, data)
        counts, scored = (("n_mentions", "n_scored_mentions") if target else ("n_sentences", "n_scored_sentences"))
        labels = [f"{_shorten(s)} · {n} {unit}{'s' if n != 1 else ''}" + ("" if k else ", none scored")
                  for s, n, k in zip(data["canonical"], data[counts], data[scored])]
        values = data["target_score" if target else "polarity"].to_numpy(dtype=float)
        colors = [_POSITIVE if v >= 0 else _NEGATIVE for v in np.nan_to_num(values)]
        _diverging_bars(ax, labels, values, colors, data[scored].to_numpy() > 0)
        return _finish(fig, ax, data)


# --- source breakdown -----------------------------------------------------------------------------


def source_breakdown_data(sources: Any, *, top: int = 15) -> pd.DataFrame:
    """Quotes and words quoted per source over all articles: what :func:`source_breakdown` draws.

    Args:
        sources: The sources table, or :class:`Tables`.
        top: Number of sources to keep (most quotes first, then most words).

    Returns:
        One row per (source, source_type): ``source``, ``source_type``,
        ``is_named``, ``n_articles``, ``n_quotes``, ``n_direct``, ``n_indirect``,
        ``n_mixed``, ``n_words_quoted``.
    """
    top = _check_top(top)
    sources = _as_table(sources, "sources", "source_breakdown_data()")
    cols = ["article_id", "source", "source_type", "is_named", "n_quotes", "n_direct", "n_indirect", "n_words_quoted"]
    _require(sources, cols, "source_breakdown_data()")
    work = sources.copy()
    work["source_type"] = work["source_type"].astype("object").fillna("unknown").astype(str)
    work["source"] = work["source"].astype("object").fillna("(unknown)").astype(str)
    if "n_mixed" not in work.columns:
        work["n_mixed"] = work["n_quotes"] - work["n_direct"] - work["n_indirect"]
    g = work.groupby(["source", "source_type"], sort=True)
    out = pd.DataFrame(
        {
            "is_named": g["is_named"].max().astype(bool),
            "n_articles": g["article_id"].nunique().astype("int64"),
            "n_quotes": g["n_quotes"].sum().astype("int64"),
            "n_direct": g["n_direct"].sum().astype("int64"),
            "n_indirect": g["n_indirect"].sum().astype("int64"),
            "n_mixed": g["n_mixed"].sum().astype("int64"),
            "n_words_quoted": g["n_words_quoted"].sum().astype("int64"),
        }
    ).reset_index()
    out = out.sort_values(["n_quotes", "n_words_quoted", "source"], ascending=[False, False, True], kind="stable")
    out = out.head(top).reset_index(drop=True)
    out.attrs["n_articles_total"] = int(sources["article_id"].nunique())
    return out


def source_breakdown(sources: Any, *, top: int = 15, ax: Axes | None = None) -> Figure:
    """Who is quoted, how often and at what length: bars per source, coloured by type.

    Bar length is the number of statements attributed to the source (direct
    solid, indirect lighter, mixed hatched); the number at the end of each bar
    is the words quoted. Unnamed sources (anonymous, unknown) are grey.

    Args:
        sources: The sources table, or :class:`Tables`.
        top: Number of sources (most quoted first).
        ax: Axes to draw into; a new figure when None.

    Returns:
        The Figure.
    """
    data = source_breakdown_data(sources, top=top)
    with _style():
        fig, ax = _axes(ax, (8, _bar_height(len(data), 1.0)))
        ax.set_title(f"Who is quoted: statements and words quoted per source, top {len(data)} sources, "
                     f"{_n_articles_phrase(data.attrs['n_articles_total'])}")
        ax.set_xlabel("Statements attributed to the source (count); label = words quoted")
        ax.set_ylabel("Source")
        if not len(data):
            _empty_message(ax, "No attributed quotes")
            return _finish(fig, ax, data)
        y = np.arange(len(data))[::-1]
        colors = [_TYPE_COLORS.get(t, _TYPE_COLORS["unknown"]) for t in data["source_type"]]
        left = np.zeros(len(data))
        for col, alpha, hatch in (("n_direct", 1.0, None), ("n_indirect", 0.55, None), ("n_mixed", 0.8, "///")):
            vals = data[col].to_numpy(dtype=float)
            ax.barh(y, vals, left=left, color=colors, alpha=alpha, hatch=hatch, edgecolor="white",
                    linewidth=0.6, height=0.68, zorder=2)
            left += vals
        xmax = float(left.max()) or 1.0
        for yi, total, words in zip(y, left, data["n_words_quoted"]):
            ax.text(total + xmax * 0.015, yi, f"{int(words):,} words", va="center", fontsize=7.5, color="#444444")
        ax.set_yticks(y, [_shorten(s) for s in data["source"]])
        ax.set_xlim(0, xmax * 1.3)
        ax.set_ylim(-0.6, len(data) - 0.4)
        _count_axis(ax.xaxis)
        _grid_behind(ax)
        from matplotlib.patches import Patch

        present = [t for t in _TYPE_COLORS if t in set(data["source_type"])]
        handles = [Patch(facecolor=_TYPE_COLORS[t], edgecolor="#777777", linewidth=0.5, label=t) for t in present]
        handles += [
            Patch(facecolor="#777777", label="direct"),
            Patch(facecolor="#777777", alpha=0.55, label="indirect"),
            Patch(facecolor="#777777", alpha=0.8, hatch="///", edgecolor="white", label="mixed"),
        ]
        ax.legend(handles=handles, title="Source type / kind", loc="lower right", fontsize=7.5,
                  title_fontsize=8, ncol=2)
        return _finish(fig, ax, data)


# --- figures --------------------------------------------------------------------------------------


def figures_chart_data(
    figures: Any, *, article_id: str | None = None, max_figures: int = 25
) -> pd.DataFrame:
    """Numeric figures with their bounds, grouped by unit: what :func:`figures_chart` draws.

    Args:
        figures: The figures table, or :class:`Tables`.
        article_id: Keep one article's figures (default: all).
        max_figures: Keep at most this many figures (in article and text order).

    Returns:
        One row per figure that has a value or a bound, ordered by unit, then
        text order: ``article_id``, ``figure_id``, ``text``, ``kind``, ``unit``,
        ``counts``, ``value``, ``low``, ``high``, ``approximate``, ``shape``
        ("point", "range", "at least", "at most") and ``row`` (vertical position).
        ``attrs["n_dropped"]`` counts figures left out (no number or over the cap).
    """
    max_figures = _check_top(max_figures)
    figures = _as_table(figures, "figures", "figures_chart_data()")
    _require(figures, ["article_id", "figure_id", "text", "unit", "value", "low", "high"], "figures_chart_data()")
    work = figures
    if article_id is not None:
        work = work[work["article_id"].astype(str) == str(article_id)]
    n_in = len(work)
    work = work.sort_values(["article_id", "figure_id"], kind="stable")
    has_number = work["value"].notna() | work["low"].notna() | work["high"].notna()
    work = work[has_number].head(max_figures)
    out = pd.DataFrame(
        {
            "article_id": work["article_id"].astype(str).to_numpy(),
            "figure_id": work["figure_id"].to_numpy(dtype="int64"),
            "text": work["text"].astype(str).to_numpy(),
            "kind": work["kind"].astype("object").astype(str).to_numpy() if "kind" in work.columns else "",
            "unit": work["unit"].astype("object").fillna("").astype(str).replace("", "(no unit)").to_numpy(),
            "counts": work["counts"].astype("object").fillna("").astype(str).to_numpy() if "counts" in work.columns else "",
            "value": work["value"].to_numpy(dtype="float64"),
            "low": work["low"].to_numpy(dtype="float64"),
            "high": work["high"].to_numpy(dtype="float64"),
            "approximate": work["approximate"].astype(bool).to_numpy() if "approximate" in work.columns else False,
        }
    )
    low, high, value = out["low"], out["high"], out["value"]
    shape = np.where(
        value.notna() & ((low.isna() & high.isna()) | (low == high)), "point",
        np.where(low.notna() & high.notna(), np.where(low == high, "point", "range"),
                 np.where(low.notna(), "at least", "at most")),
    )
    out["shape"] = shape
    # Units keep their order of first appearance so related figures stay together.
    unit_order = {u: k for k, u in enumerate(dict.fromkeys(out["unit"]))}
    out["_u"] = out["unit"].map(unit_order)
    out = out.sort_values(["_u", "article_id", "figure_id"], kind="stable").drop(columns="_u").reset_index(drop=True)
    # One blank row between unit groups for the group heading.
    rows, r, prev = [], 0, None
    for unit in out["unit"]:
        if prev is not None and unit != prev:
            r += 1
        rows.append(r)
        r += 1
        prev = unit
    out["row"] = np.asarray(rows, dtype="int64")
    out.attrs["n_dropped"] = int(n_in - len(out))
    out.attrs["article_id"] = None if article_id is None else str(article_id)
    out.attrs["n_articles"] = int(out["article_id"].nunique())
    return out


#: Colours for unit groups: Okabe-Ito first, then darker and lighter companions, so up to
#: 14 units each get their own colour; beyond that the marker shape changes as well.
_UNIT_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000",
                "#7F3C8D", "#11A579", "#B8860B", "#3969AC", "#A5AA99", "#E73F74", "#80BA5A")
_UNIT_MARKERS = ("o", "s", "D", "^")
#: Length of the arrow that marks an open bound ("more than 100"), as a share of the axis width.
_OPEN_ARROW = 0.07


def figures_chart(
    figures: Any, *, article_id: str | None = None, max_figures: int = 25, ax: Axes | None = None
) -> Figure:
    """Dot-and-interval plot of the numeric figures, grouped by unit, on a log scale.

    Single amounts are dots (hollow when approximate), ranges are lines from low
    to high, open bounds ("more than 100") are a bar at the bound with a short
    arrow of fixed length pointing the open way. Each unit has its own colour.
    The scale is logarithmic because figures in one article span orders of
    magnitude; compare within a unit group only. The chart is at most 8 inches
    tall: use ``max_figures`` (or ``article_id``) to show fewer.

    Args:
        figures: The figures table, or :class:`Tables`.
        article_id, max_figures: As for :func:`figures_chart_data`.
        ax: Axes to draw into; a new figure when None.

    Returns:
        The Figure.
    """
    data = figures_chart_data(figures, article_id=article_id, max_figures=max_figures)
    with _style():
        n_rows = int(data["row"].max()) + 1 if len(data) else 3
        fig, ax = _axes(ax, (8.5, min(_MAX_HEIGHT, 1.3 + 0.28 * n_rows)))
        where = (f"article {_shorten(str(article_id), 30)}" if article_id is not None
                 else _n_articles_phrase(data.attrs["n_articles"]))
        ax.set_title(f"Numeric figures stated in {where}, grouped by unit ({len(data)} figures)")
        if not len(data):
            ax.set_xlabel("Amount as stated")
            _empty_message(ax, "No numeric figures")
            return _finish(fig, ax, data)
        nums = pd.concat([data["value"], data["low"], data["high"]]).dropna()
        positive = nums[nums > 0]
        from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter, NullLocator

        if len(positive) == len(nums):
            ax.set_xscale("log")
            lo, hi = float(positive.min()), float(positive.max())
            ax.set_xlim(lo / 4.0, hi * 4.0)
            ax.xaxis.set_major_locator(LogLocator(base=10, numticks=8))
            scale = "log scale"
        else:
            ax.set_xscale("symlog", linthresh=1.0)
            lo, hi = float(nums.min()), float(nums.max())
            ax.set_xlim(lo - abs(lo) * 0.5 - 1, hi + abs(hi) * 2 + 1)
            ax.xaxis.set_major_locator(MaxNLocator(nbins=6))
            scale = "symmetric log scale, for negative amounts"
        ax.set_xlabel(f"Amount as stated ({scale}; scale words applied: '2.4 million' = 2,400,000)")
        # One style for every tick label (1, 100, 10k, 1M, 2.5B), no minor labels to collide.
        ax.xaxis.set_major_formatter(FuncFormatter(_human_number))
        ax.xaxis.set_minor_formatter(NullFormatter())
        if len(positive) != len(nums):
            ax.xaxis.set_minor_locator(NullLocator())
        to_axes = ax.transData + ax.transAxes.inverted()
        for unit_i, (unit, group) in enumerate(data.groupby("unit", sort=False)):
            color = _UNIT_COLORS[unit_i % len(_UNIT_COLORS)]
            marker = _UNIT_MARKERS[(unit_i // len(_UNIT_COLORS)) % len(_UNIT_MARKERS)]
            gy = -group["row"].to_numpy(dtype=float)
            for yi, row in zip(gy, group.itertuples()):
                if row.shape == "range":
                    ax.plot([row.low, row.high], [yi, yi], color=color, linewidth=3, solid_capstyle="butt", zorder=3)
                    ax.plot([row.low, row.high], [yi, yi], "|", color=color, markersize=9, zorder=3)
                elif row.shape in ("at least", "at most"):
                    bound = row.low if row.shape == "at least" else row.high
                    start = float(to_axes.transform((bound, yi))[0])
                    end = start + (_OPEN_ARROW if row.shape == "at least" else -_OPEN_ARROW)
                    ax.annotate("", xy=(end, yi), xycoords=("axes fraction", "data"), xytext=(start, yi),
                                textcoords=("axes fraction", "data"),
                                arrowprops={"arrowstyle": "->", "color": color, "linewidth": 1.6}, zorder=3)
                    ax.plot([bound], [yi], "|", color=color, markersize=9, zorder=3)
                else:
                    v = row.value if not np.isnan(row.value) else row.low
                    ax.scatter([v], [yi], s=34, zorder=4, marker=marker, color=color if not row.approximate else "white",
                               edgecolors=color, linewidths=1.4)
            top_row = -float(group["row"].min()) + 0.85
            ax.text(-0.01, top_row, _shorten(unit, 24), transform=ax.get_yaxis_transform(), ha="right",
                    va="center", fontsize=8.5, fontweight="bold", color=color)
        y = -data["row"].to_numpy(dtype=float)
        labels = [_shorten(t) + (f" ({_shorten(c, 16)})" if c else "") for t, c in zip(data["text"], data["counts"])]
        ax.set_yticks(y, labels, fontsize=8)
        ax.set_ylim(-(n_rows - 1) - 0.7, 1.3)
        ax.set_ylabel("Figure as written (what is counted)")
        _grid_behind(ax)
        from matplotlib.lines import Line2D

        handles = [
            Line2D([], [], marker="o", linestyle="", color=_INK, label="amount"),
            Line2D([], [], marker="o", linestyle="", markerfacecolor="white", markeredgecolor=_INK,
                   label="approximate amount"),
            Line2D([], [], color=_INK, linewidth=3, label="range (low–high)"),
            Line2D([], [], color=_INK, marker=">", label="open bound (more/less than)"),
        ]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7.5, frameon=False,
                  title="Marks (colour = unit)", title_fontsize=7.5)
        if data.attrs["n_dropped"]:
            ax.set_title(
                f"{ax.get_title()}\n{data.attrs['n_dropped']} more not shown (no number, or over max_figures="
                f"{max_figures})",
                fontsize=10,
            )
        return _finish(fig, ax, data)


def _human_number(x: float, _pos: int | None = None) -> str:
    """Tick labels a reader can say aloud: 1, 100, 10k, 1M, 2.5B."""
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    x = abs(x)
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if x >= size:
            return f"{sign}{x / size:g}{suffix}"
    return f"{sign}{x:g}"


# --- time series ----------------------------------------------------------------------------------

#: freq -> (pandas period frequency, name of the period, strftime of its tick label)
_FREQS = {
    "W": ("W-SUN", "week", "%d %b %Y"),
    "M": ("M", "month", "%b %Y"),
    "Q": ("Q", "quarter", None),
    "Y": ("Y", "year", "%Y"),
}
_MEASURES = ("articles", "mentions", "tone")


def _entity_names(entities: pd.DataFrame, entity: str | Sequence[str]) -> tuple[list[str], set[str]]:
    """The canonical names asked for, matched case-insensitively; an unknown name is a clear error."""
    import difflib

    wanted = [entity] if isinstance(entity, str) else list(entity)
    if not wanted or not all(isinstance(e, str) and e.strip() for e in wanted):
        raise InputTypeError(f"entity must be a name or a list of names; got {entity!r}.")
    known = entities["canonical"].dropna().astype(str)
    by_folded: dict[str, str] = {}
    for name in known.value_counts().index:  # most mentioned spelling first
        by_folded.setdefault(name.casefold(), name)
    matched: set[str] = set()
    for name in wanted:
        hit = by_folded.get(" ".join(name.split()).casefold())
        if hit is None:
            close = difflib.get_close_matches(name.casefold(), list(by_folded), n=5, cutoff=0.6)
            hint = ", ".join(repr(by_folded[c]) for c in close) if close else "none close"
            raise InputError(
                f"No entity named {name!r} in entities.canonical (matched without regard to case). "
                f"Closest known names: {hint}. See charts.entity_frequency_data(tables, top=50) for the names."
            )
        matched.add(hit.casefold())
    return wanted, matched


def _period_label(start: pd.Timestamp, freq: str) -> str:
    if freq == "Q":
        return f"{start.year} Q{(start.month - 1) // 3 + 1}"
    return start.strftime(_FREQS[freq][2]).lstrip("0")


def time_series_data(
    tables: Any,
    *,
    freq: str = "W",
    measure: str = "articles",
    entity: str | Sequence[str] | None = None,
    per_1000_words: bool = False,
) -> pd.DataFrame:
    """Articles, entity mentions or tone per week, month, quarter or year: what :func:`time_series` draws.

    Args:
        tables: :class:`newslab.tables.Tables` (articles need ``published``).
        freq: ``"W"`` (weeks starting Monday), ``"M"`` (calendar months),
            ``"Q"`` (quarters) or ``"Y"`` (years).
        measure: ``"articles"`` (articles published), ``"mentions"`` (entity
            mentions, of ``entity`` when given) or ``"tone"`` (mean sentence
            polarity, over sentences mentioning ``entity`` when given).
        entity: A canonical entity name, or a list of names counted together
            (``["Bush", "George W. Bush"]``), matched without regard to case.
        per_1000_words: For ``"articles"`` and ``"mentions"``: divide by the
            words published in the period and multiply by 1,000, so busy and
            quiet periods compare.

    Returns:
        One row per period from the first to the last (empty periods included,
        with 0 counts and NaN tone): ``period_start`` (the local calendar date
        the period starts), ``period`` (its label: "4 Mar 2024", "Mar 2024",
        "2024 Q1", "2024"), ``value``, ``n_articles`` (articles in the period),
        ``n_words`` (their words) and ``n_units`` (articles, mentions or
        sentences behind the value). ``attrs["n_undated"]`` counts articles
        without a publication time.

    Raises:
        InputError: For an unknown ``freq`` or ``measure``, or an entity name
            that is not in the table (the message lists the closest names).

    Example:
        >>> import pandas as pd
        >>> from newslab.tables import Tables
        >>> from newslab.schema import conform, empty
        >>> arts = conform(pd.DataFrame({"article_id": ["a", "b"], "text": ["x", "y"], "n_words": [100, 300],
        ...     "published": pd.to_datetime(["2024-01-05", "2024-03-02"]).tz_localize("UTC")}), "articles")
        >>> t = Tables(arts, empty("sentences"), empty("entities"), empty("quotes"), empty("sources"), empty("figures"))
        >>> time_series_data(t, freq="M")[["period", "value", "n_words"]]
             period  value  n_words
        0  Jan 2024    1.0      100
        1  Feb 2024    0.0        0
        2  Mar 2024    1.0      300
    """
    if freq not in _FREQS:
        raise InputError(f"freq must be one of {list(_FREQS)} (week, month, quarter, year); got {freq!r}.")
    if measure not in _MEASURES:
        raise InputError(f"measure must be one of {list(_MEASURES)}; got {measure!r}.")
    if entity is not None and measure == "articles":
        raise InputError("entity= works with measure='mentions' or 'tone', not 'articles'.")
    if per_1000_words and measure == "tone":
        raise InputError("per_1000_words=True works with measure='articles' or 'mentions'; tone is already a mean.")
    articles = _require(_table(tables, "articles", "time_series_data()"), ["article_id", "published"],
                        "time_series_data()")
    pandas_freq = _FREQS[freq][0]
    published = articles["published"]
    if isinstance(published.dtype, pd.DatetimeTZDtype):
        # Keep the wall-clock date of the stored zone: an article at 23:30 local time
        # belongs to that day, not to the next day in UTC.
        published = published.dt.tz_localize(None)
    else:
        published = pd.to_datetime(published, errors="coerce")
    dated = published.notna()
    matched: set[str] | None = None
    if entity is not None:
        _, matched = _entity_names(_table(tables, "entities", "time_series_data()"), entity)
    if not dated.any():
        # Nothing to place on a time axis; mapping ids to an empty period series would
        # give float NaNs that pandas refuses to mix with periods.
        out = pd.DataFrame({"period_start": pd.Series([], dtype="datetime64[ns]"), "period": pd.Series([], dtype=object),
                            "value": pd.Series([], dtype=float), "n_articles": pd.Series([], dtype="int64"),
                            "n_words": pd.Series([], dtype="int64"), "n_units": pd.Series([], dtype="int64")})
        out.attrs.update({"freq": freq, "measure": measure, "entity": entity, "n_undated": int(len(dated)),
                          "method": None, "per_1000_words": per_1000_words})
        return out
    periods = published[dated].dt.to_period(pandas_freq)
    art_period = pd.Series(periods.array, index=articles.loc[dated, "article_id"].astype(str).to_numpy())
    n_articles = art_period.groupby(art_period).size() if len(art_period) else pd.Series(dtype="int64")
    words = articles.loc[dated, "n_words"].to_numpy(dtype="int64") if "n_words" in articles.columns else np.zeros(int(dated.sum()), dtype="int64")
    n_words = pd.Series(words, index=pd.PeriodIndex(periods.array)).groupby(level=0).sum()

    def in_entity(ents: pd.DataFrame) -> pd.DataFrame:
        return ents if matched is None else ents[ents["canonical"].astype(str).str.casefold().isin(matched)]

    if measure == "articles":
        units = n_articles
        values = n_articles.astype(float)
    elif measure == "mentions":
        ents = in_entity(_table(tables, "entities", "time_series_data()"))
        per = ents["article_id"].astype(str).map(art_period).dropna()
        units = per.groupby(per).size() if len(per) else pd.Series(dtype="int64")
        values = units.astype(float)
    else:
        sents = _table(tables, "sentences", "time_series_data()")
        if matched is not None:
            ents = in_entity(_table(tables, "entities", "time_series_data()"))[["article_id", "sent_id"]].drop_duplicates()
            sents = sents.merge(ents, on=["article_id", "sent_id"], how="inner")
        per = sents["article_id"].astype(str).map(art_period)
        keep = per.notna().to_numpy()
        pol = pd.Series(sents["polarity"].to_numpy(dtype=float)[keep], index=pd.PeriodIndex(per[keep], freq=pandas_freq))
        values = pol.groupby(level=0).mean() if len(pol) else pd.Series(dtype="float64")
        units = pol.groupby(level=0).size() if len(pol) else pd.Series(dtype="int64")
    full = pd.period_range(n_articles.index.min(), n_articles.index.max(), freq=pandas_freq)
    fill = np.nan if measure == "tone" else 0.0
    out = pd.DataFrame(
        {
            "period_start": full.start_time,
            "period": [_period_label(p, freq) for p in full.start_time],
            "value": values.reindex(full, fill_value=fill).to_numpy(dtype=float),
            "n_articles": n_articles.reindex(full, fill_value=0).to_numpy(dtype="int64"),
            "n_words": n_words.reindex(full, fill_value=0).to_numpy(dtype="int64"),
            "n_units": units.reindex(full, fill_value=0).to_numpy(dtype="int64"),
        }
    )
    if per_1000_words:
        with np.errstate(divide="ignore", invalid="ignore"):
            out["value"] = np.where(out["n_words"] > 0, out["n_units"] / out["n_words"] * 1000.0, np.nan)
    out.attrs.update(
        {"freq": freq, "measure": measure, "entity": entity, "n_undated": int((~dated).sum()),
         "per_1000_words": per_1000_words,
         "method": _method_label(_table(tables, "sentences", "time_series_data()")) if measure == "tone" else None}
    )
    return out


def time_series(
    tables: Any,
    *,
    freq: str = "W",
    measure: str = "articles",
    entity: str | Sequence[str] | None = None,
    per_1000_words: bool = False,
    ax: Axes | None = None,
) -> Figure:
    """Bars (or a tone line) over weeks, months, quarters or years.

    Every period from the first to the last has a slot, labelled by the date it
    starts in the series' own frequency ("4 Mar 2024" for weeks, "Mar 2024" for
    months, "2024 Q1", "2024"); with many periods only every n-th label is
    written, but each tick still marks a period start.

    Args:
        tables, freq, measure, entity, per_1000_words: As for :func:`time_series_data`.
        ax: Axes to draw into; a new figure when None.

    Returns:
        The Figure.
    """
    data = time_series_data(tables, freq=freq, measure=measure, entity=entity, per_1000_words=per_1000_words)
    if data.empty and data.attrs.get("n_undated"):
        raise InputError(
            f"time_series() needs publication dates, but none of the {data.attrs['n_undated']} articles has one "
            "(articles.published is empty). Give read_articles() a date column, e.g. columns={'published': 'date'}."
        )
    period = _FREQS[freq][1]
    names = entity if isinstance(entity, str) or entity is None else " / ".join(entity)
    with _style():
        fig, ax = _axes(ax, (8.5, 3.6))
        who = f" of {_shorten(names, 48)}" if names else ""
        rate = " per 1,000 words" if per_1000_words else ""
        if measure == "articles":
            ylabel = title = f"Articles published{rate} per {period}"
        elif measure == "mentions":
            ylabel = f"Mentions{who or ' of named entities'}{rate} per {period}"
            title = f"Entity mentions{who}{rate} per {period}"
        else:
            ylabel = f"Mean sentence polarity per {period} ({data.attrs['method']})"
            title = f"Tone of sentences{' mentioning ' + _shorten(names, 48) if names else ''} per {period}"
        n_total = int(data["n_articles"].sum())
        ax.set_title(f"{title}, {_n_articles_phrase(n_total)}"
                     + (f" ({data.attrs['n_undated']} undated left out)" if data.attrs["n_undated"] else ""))
        ax.set_ylabel(ylabel)
        ax.set_xlabel(f"{period.capitalize()} starting (publication date)")
        if not len(data):
            _empty_message(ax, "No dated articles")
            return _finish(fig, ax, data)
        x = np.arange(len(data))
        if measure == "tone":
            # Gaps (NaN) stay gaps: a period without sentences has no tone, not a neutral one.
            ax.plot(x, data["value"], marker="o", markersize=4, color="#444444", zorder=3)
            ax.axhline(0, color="#777777", linewidth=0.8)
            ax.set_ylim(-1.05, 1.05)
        else:
            ax.bar(x, data["value"], width=0.8, color=_POSITIVE, zorder=2)
            ax.set_ylim(0, max(float(np.nanmax(data["value"].to_numpy(dtype=float), initial=0.0)), 1.0) * 1.15)
            if not per_1000_words:
                _count_axis(ax.yaxis)
        _grid_behind(ax, "y")
        # A tick at every period start; at most ~12 labels, always at the same step.
        step = max(1, int(np.ceil(len(data) / 12)))
        ax.set_xticks(x)
        ax.set_xticklabels([lbl if i % step == 0 else "" for i, lbl in enumerate(data["period"])],
                           rotation=30 if freq == "W" else 0, ha="right" if freq == "W" else "center", fontsize=8)
        ax.set_xlim(-0.7, len(data) - 0.3)
        return _finish(fig, ax, data)


# --- saving ---------------------------------------------------------------------------------------


def _atomic_write(path: Path, write: Any) -> None:
    """``write(handle)`` into a binary file that appears at ``path`` only when complete (umask permissions)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(path) as handle:
        write(handle)


def save(fig: Figure, path: str | os.PathLike, *, data: pd.DataFrame | None = None, dpi: int = 200) -> dict[str, Path]:
    """Write a chart as PNG and SVG plus the CSV of the numbers behind it.

    Each file is written to a temporary file in the same folder and moved into
    place, so a crash never leaves a half-written chart. The SVG carries no
    date, so saving the same chart twice gives identical files.

    Args:
        fig: A Figure from one of the chart functions (or any matplotlib Figure).
        path: Target path; its suffix is replaced (``out/entities.png`` writes
            ``out/entities.png``, ``out/entities.svg`` and ``out/entities.csv``).
        data: The table to write as CSV; default the numbers the chart function
            drew (``fig.newslab_data``). No CSV when there is none.
        dpi: Resolution of the PNG.

    Returns:
        ``{"png": path, "svg": path, "csv": path}`` (``csv`` only when written).

    Raises:
        InputTypeError: When ``fig`` is not a matplotlib Figure.
    """
    from matplotlib.figure import Figure as _Figure

    if not isinstance(fig, _Figure):
        raise InputTypeError(f"save() expects a matplotlib Figure; got {type(fig).__name__}.")
    base = Path(path)
    if base.suffix.lower() in (".png", ".svg", ".csv", ".pdf"):
        base = base.with_suffix("")
    if data is None:
        data = getattr(fig, "newslab_data", None)
    written: dict[str, Path] = {}
    import matplotlib

    with matplotlib.rc_context({"svg.hashsalt": "newslab"}):
        for fmt in ("png", "svg"):
            target = base.with_name(base.name + "." + fmt)
            metadata = {"Date": None} if fmt == "svg" else {"Software": None}
            _atomic_write(
                target,
                lambda handle, fmt=fmt, metadata=metadata: fig.savefig(
                    handle, format=fmt, dpi=dpi, facecolor="white", bbox_inches="tight", metadata=metadata
                ),
            )
            written[fmt] = target
    if data is not None:
        if not isinstance(data, pd.DataFrame):
            raise InputTypeError(f"data must be a DataFrame; got {type(data).__name__}.")
        target = base.with_name(base.name + ".csv")
        _atomic_write(target, lambda handle: data.to_csv(handle, index=False, lineterminator="\n", encoding="utf-8"))
        written["csv"] = target
    return written

