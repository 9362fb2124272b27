"""Charts a reader can read: every chart on small and on many-item data, size, ticks, labels, marks.

Each chart is drawn on a handful of rows and on a crowded corpus (60 entities, 40 sources,
40 figures in 18 units, three years of weekly articles); the tests check what a reader would
check by eye: the picture's height, tick labels that are whole numbers for counts, dates at
period starts in the series' own frequency, one colour per unit, cut names with an ellipsis,
grid lines behind bars.
"""

from __future__ import annotations

import io
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from newslab import charts
from newslab.errors import InputError
from newslab.schema import conform

from .test_charts import tables  # noqa: F401 - the small hand-built tables fixture


@pytest.fixture(scope="module")
def crowded():
    """A crowded corpus: many articles over three years, many names, sources and figures."""
    rng = np.random.default_rng(7)
    n = 160
    days = pd.date_range("2021-01-04", periods=n, freq="7D", tz="UTC")
    ids = [f"art{i:03d}" for i in range(n)]
    articles = conform(pd.DataFrame({"article_id": ids, "headline": [f"Story {i}" for i in range(n)],
                                     "text": ["x" * 50] * n, "n_words": rng.integers(200, 900, n),
                                     "published": days}), "articles")
    names = [f"Person Number {i} With A Remarkably Long Name For Charts" if i % 7 == 0 else f"Person {i}" for i in range(60)]
    ent_rows = []
    for i, aid in enumerate(ids):
        for k in range(6):
            name = names[(i * 7 + k * 3) % 60] if k else "George W. Bush"
            ent_rows.append({"article_id": aid, "ent_id": k, "start_char": k, "end_char": k + 1, "sent_id": 0,
                             "text": name, "label": "PERSON", "canonical": name})
    entities = conform(pd.DataFrame(ent_rows), "entities")
    sentences = conform(pd.DataFrame({"article_id": ids, "sent_id": 0, "start_char": 0, "end_char": 10,
                                      "paragraph_id": 0, "text": "s", "n_words": 5, "has_quote": False,
                                      "n_lexicon_words": 1, "polarity": rng.uniform(-1, 1, n),
                                      "subjectivity": 0.5}), "sentences")
    src_rows = [{"article_id": ids[i % n], "source": f"A spokesman for the Chongryon association in Tokyo {i}" if i % 5 == 0
                 else f"Source {i}", "source_type": ["person", "organization", "anonymous", "document"][i % 4],
                 "is_named": i % 4 != 2, "n_quotes": 1 + i % 3, "n_direct": 1, "n_indirect": i % 3, "n_mixed": 0,
                 "n_words_quoted": 10 + i, "n_via": 0, "first_start_char": 0, "n_speech": 1 + i % 3, "n_belief": 0,
                 "n_evidence": 0, "n_stance": 0, "n_directive": 0} for i in range(40)]
    sources = conform(pd.DataFrame(src_rows), "sources")
    units = [f"unit{u}" for u in range(18)]
    fig_rows = []
    for i in range(40):
        value = float(10 ** (i % 9) * 3)
        shape = i % 4
        fig_rows.append({"article_id": ids[0], "figure_id": i, "start_char": i, "end_char": i + 1, "sent_id": 0,
                         "text": f"figure {i}", "kind": "count", "unit": units[i % 18], "counts": "things",
                         "value": value if shape == 0 else np.nan,
                         "low": value if shape in (0, 1, 2) else np.nan,
                         "high": value * 3 if shape == 1 else (value if shape in (0, 3) else np.nan),
                         "approximate": shape == 2})
    figures = conform(pd.DataFrame(fig_rows), "figures")
    quotes = conform(pd.DataFrame({"article_id": pd.Series([], dtype=str)}), "quotes")
    return SimpleNamespace(articles=articles, sentences=sentences, entities=entities, quotes=quotes,
                           sources=sources, figures=figures)


def _draw_all(t):
    return {
        "entity_frequency": charts.entity_frequency(t, top=30),
        "source_breakdown": charts.source_breakdown(t, top=30),
        "figures_chart": charts.figures_chart(t, max_figures=40),
        "time_series_W": charts.time_series(t, freq="W"),
        "time_series_M": charts.time_series(t, freq="M", measure="mentions"),
        "time_series_Q": charts.time_series(t, freq="Q", measure="mentions", entity=str(t.entities["canonical"].iloc[0]).lower()),
        "time_series_Y": charts.time_series(t, freq="Y", measure="tone"),
        "sentiment_arc": charts.sentiment_arc(t, article_id=t.sentences["article_id"].iloc[0]),
    }


def _png_size(fig: Figure, dpi: int = 200) -> tuple[int, int]:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight")
    from PIL import Image

    return Image.open(io.BytesIO(buf.getvalue())).size


def _tick_texts(axis) -> list[str]:
    axis.figure.canvas.draw()
    return [t.get_text() for t in axis.get_ticklabels() if t.get_text()]


@pytest.mark.parametrize("which", ["small", "crowded"])
def test_charts_every_chart_fits_a_page(tables, crowded, which):  # noqa: F811
    t = tables if which == "small" else crowded
    for name, fig in _draw_all(t).items():
        width, height = _png_size(fig)
        assert height <= 8.6 * 200, f"{name}: {height} px tall"
        assert width <= 13 * 200, f"{name}: {width} px wide"


@pytest.mark.parametrize("which", ["small", "crowded"])
def test_charts_counts_have_whole_number_ticks(tables, crowded, which):  # noqa: F811
    t = tables if which == "small" else crowded
    for fig, axis in ((charts.entity_frequency(t), "x"), (charts.source_breakdown(t), "x"),
                      (charts.time_series(t, freq="W"), "y")):
        ax = fig.axes[0]
        ticks = (ax.xaxis if axis == "x" else ax.yaxis).get_majorticklocs()
        shown = [v for v in ticks if ax.get_xlim()[0] <= v <= ax.get_xlim()[1]] if axis == "x" else ticks
        assert all(float(v).is_integer() for v in shown), ticks


def test_charts_time_series_ticks_are_period_starts_in_own_frequency(crowded):
    for freq, pattern in (("W", r"^\d{1,2} [A-Z][a-z]{2} \d{4}$"), ("M", r"^[A-Z][a-z]{2} \d{4}$"),
                          ("Q", r"^\d{4} Q[1-4]$"), ("Y", r"^\d{4}$")):
        data = charts.time_series_data(crowded, freq=freq)
        fig = charts.time_series(crowded, freq=freq)
        labels = _tick_texts(fig.axes[0].xaxis)
        assert labels and all(pd.Series(labels).str.match(pattern)), (freq, labels[:5])
        assert set(labels) <= set(data["period"])
        assert len(fig.axes[0].get_xticks()) == len(data)  # a tick at every period start
        assert fig.axes[0].xaxis.get_offset_text().get_text() == ""
    weekly = charts.time_series_data(crowded, freq="W")
    assert (weekly["period_start"].dt.day_of_week == 0).all()  # weeks start on Monday


def test_charts_time_series_entities_list_case_and_rates(crowded):
    one = charts.time_series_data(crowded, freq="Y", measure="mentions", entity="GEORGE W. BUSH")
    assert one["value"].sum() == 160
    two = charts.time_series_data(crowded, freq="Y", measure="mentions", entity=["George W. Bush", "person 3"])
    assert two["value"].sum() > one["value"].sum()
    rate = charts.time_series_data(crowded, freq="Y", measure="mentions", entity="George W. Bush", per_1000_words=True)
    expected = one["n_units"] / one["n_words"] * 1000
    assert np.allclose(rate["value"], expected)
    assert "per 1,000 words" in charts.time_series(crowded, freq="Y", measure="mentions", per_1000_words=True).axes[0].get_ylabel()


def test_charts_time_series_unknown_name_lists_closest(crowded):
    with pytest.raises(InputError, match="Closest known names: 'George W. Bush'"):
        charts.time_series_data(crowded, measure="mentions", entity="George W Bush")
    with pytest.raises(InputError, match="freq must be one of"):
        charts.time_series_data(crowded, freq="D")


def test_charts_figures_one_colour_per_unit_and_fixed_arrows(crowded):
    fig = charts.figures_chart(crowded, max_figures=40)
    ax = fig.axes[0]
    unit_labels = [t for t in ax.texts if t.get_text().startswith("unit")]
    colours = [t.get_color() for t in unit_labels]
    assert len(unit_labels) == 18
    assert len(set(colours)) == min(18, len(charts._UNIT_COLORS))
    arrows = [a for a in ax.texts if hasattr(a, "arrow_patch") and a.arrow_patch is not None]
    assert arrows
    fig.canvas.draw()
    lengths = {round(abs(a.xy[0] - a.xyann[0]), 6) for a in arrows}
    assert lengths == {charts._OPEN_ARROW}


def test_charts_figures_ticks_in_one_style(crowded):
    fig = charts.figures_chart(crowded, max_figures=40)
    ax = fig.axes[0]
    labels = _tick_texts(ax.xaxis)
    assert labels and not any("×" in s or "^" in s or "$" in s for s in labels), labels
    assert all(pd.Series(labels).str.match(r"^-?[\d.]+[kMBT]?$")), labels
    minor = [t.get_text() for t in ax.xaxis.get_minorticklabels() if t.get_text()]
    assert minor == []


def test_charts_long_names_cut_with_ellipsis_and_kept_in_data(crowded):
    fig = charts.source_breakdown(crowded, top=40)
    shown = _tick_texts(fig.axes[0].yaxis)
    long = [s for s in shown if s.startswith("A spokesman")]
    assert long and all(s.endswith("…") and len(s) <= charts.LABEL_WIDTH for s in long)
    assert fig.newslab_data["source"].str.len().max() > charts.LABEL_WIDTH


def test_charts_grid_behind_bars_with_given_axes(tables):  # noqa: F811
    fig = Figure()
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_axisbelow(False)  # a caller's style that would put grid lines on top
    for draw in (charts.entity_frequency, charts.source_breakdown):
        ax.clear()
        draw(tables, ax=ax)
        fig.canvas.draw()
        bars = [p.get_zorder() for p in ax.patches]
        grid = [g.get_zorder() for g in ax.get_xgridlines() if g.get_visible()]
        assert grid and bars and max(grid) < min(bars)


def test_charts_accept_tables_or_table(tables):  # noqa: F811
    pairs = [
        (charts.entity_frequency_data(tables), charts.entity_frequency_data(tables.entities)),
        (charts.source_breakdown_data(tables), charts.source_breakdown_data(tables.sources)),
        (charts.figures_chart_data(tables), charts.figures_chart_data(tables.figures)),
        (charts.sentiment_arc_data(tables, article_id="a1"),
         charts.sentiment_arc_data(tables.sentences, article_id="a1", quotes=tables.quotes)),
    ]
    for a, b in pairs:
        pd.testing.assert_frame_equal(a, b)


def test_charts_arc_title_is_headline_and_marks_differ(tables):  # noqa: F811
    fig = charts.sentiment_arc(tables, article_id="a1")
    ax = fig.axes[0]
    assert "Talks" in ax.get_title()
    handles = ax.get_legend().legend_handles
    marks = {(h.get_marker(), str(h.get_color())) for h in handles if h.get_marker() not in (None, "None", "")}
    assert len(marks) == len([h for h in handles if h.get_marker() not in (None, "None", "")])
    shapes = [h.get_marker() for h in handles if h.get_marker() not in (None, "None", "")]
    assert len(set(shapes)) >= 3
