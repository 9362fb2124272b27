"""Tests for newslab.charts: figures come back, say what they count, and leave matplotlib alone."""

from __future__ import annotations

import math
import subprocess
import sys
from types import SimpleNamespace

import matplotlib
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

from newslab import charts
from newslab.errors import InputError, InputTypeError, MissingColumnError
from newslab.schema import conform

WHITE = to_rgba("white")


@pytest.fixture(scope="module")
def tables():
    """Three small articles, built by hand, with every table the charts read."""
    articles = conform(
        pd.DataFrame(
            {
                "article_id": ["a1", "a2", "a3"],
                "headline": ["Talks", "Floods", "Poll"],
                "text": ["x" * 100, "y" * 100, "z" * 100],
                "n_words": [400, 600, 1000],
                "published": ["2024-03-04T09:00:00+00:00", "2024-03-06T10:00:00+00:00", "2024-03-20T10:00:00+00:00"],
            }
        ),
        "articles",
    )
    sentences = conform(
        pd.DataFrame(
            {
                "article_id": ["a1"] * 4 + ["a2"] * 2 + ["a3"] * 2,
                "sent_id": [0, 1, 2, 3, 0, 1, 0, 1],
                "start_char": [0, 20, 40, 60, 0, 30, 0, 50],
                "end_char": [19, 39, 59, 80, 29, 60, 49, 90],
                "paragraph_id": [0, 0, 1, 1, 0, 0, 0, 0],
                "text": ["s"] * 8,
                "n_words": [5] * 8,
                "has_quote": [False, True, False, True, False, True, False, False],
                "n_lexicon_words": [1, 2, 0, 1, 1, 0, 2, 1],
                "polarity": [0.5, -0.4, 0.0, 0.2, -0.6, 0.0, 0.3, 0.1],
                "subjectivity": [0.5, 0.6, 0.0, 0.4, 0.9, 0.0, 0.3, 0.2],
            }
        ),
        "sentences",
    )
    sentences.attrs["methods"] = {"sentiment": "textblob.v1"}
    entities = conform(
        pd.DataFrame(
            {
                "article_id": ["a1", "a1", "a1", "a2", "a2", "a3", "a3"],
                "ent_id": [0, 1, 2, 0, 1, 0, 1],
                "start_char": [0, 25, 45, 0, 35, 0, 55],
                "end_char": [5, 30, 50, 5, 40, 5, 60],
                "sent_id": [0, 1, 2, 0, 1, 0, 1],
                "text": ["Kono", "Japan", "2002", "Kono", "Japan", "Japan", "Seoul"],
                "label": ["PERSON", "GPE", "DATE", "PERSON", "GPE", "GPE", "GPE"],
                "canonical": ["Taro Kono", "Japan", "2002", "Taro Kono", "Japan", "Japan", "Seoul"],
            }
        ),
        "entities",
    )
    quotes = conform(
        pd.DataFrame(
            {
                "article_id": ["a1", "a1", "a2"],
                "quote_id": [0, 1, 0],
                "start_char": [22, 62, 31],
                "end_char": [38, 79, 59],
                "sent_id": [1, 3, 1],
                "text": ["It was a terrible mistake", "We are very happy", "The vote is on Monday"],
                "kind": ["direct", "indirect", "direct"],
                "speaker": ["Kono", "the ministry", "officials"],
                "speaker_canonical": ["Taro Kono", "Ministry of Health", ""],
                "speaker_type": ["person", "organization", "anonymous"],
                "n_lexicon_words": [1, 2, 0],
                "polarity": [-1.0, 1.0, 0.0],
                "subjectivity": [1.0, 1.0, 0.0],
            }
        ),
        "quotes",
    )
    quotes.attrs["methods"] = {"sentiment": "textblob.v1"}
    sources = conform(
        pd.DataFrame(
            {
                "article_id": ["a1", "a1", "a2", "a3"],
                "source": ["Taro Kono", "Ministry of Health", "officials", "Taro Kono"],
                "source_type": ["person", "organization", "anonymous", "person"],
                "is_named": [True, True, False, True],
                "n_quotes": [1, 1, 1, 2],
                "n_direct": [1, 0, 1, 1],
                "n_indirect": [0, 1, 0, 1],
                "n_mixed": [0, 0, 0, 0],
                "n_speech": [1, 1, 1, 1],
                "n_belief": [0, 0, 0, 1],
                "n_evidence": [0, 0, 0, 0],
                "n_stance": [0, 0, 0, 0],
                "n_directive": [0, 0, 0, 0],
                "n_words_quoted": [5, 4, 5, 20],
                "n_via": [0, 0, 0, 0],
                "first_start_char": [22, 62, 31, 0],
            }
        ),
        "sources",
    )
    figures = conform(
        pd.DataFrame(
            {
                "article_id": ["a1", "a1", "a2", "a2"],
                "figure_id": [0, 1, 0, 1],
                "start_char": [1, 30, 2, 40],
                "end_char": [5, 45, 6, 50],
                "sent_id": [0, 1, 0, 1],
                "text": ["US$20 billion to US$50 billion", "more than 100", "25%", "about"],
                "kind": ["money", "count", "percent", "other"],
                "value": [np.nan, np.nan, 25.0, np.nan],
                "low": [20e9, 100.0, 25.0, np.nan],
                "high": [50e9, np.nan, 25.0, np.nan],
                "approximate": [False, True, False, True],
                "unit": ["USD", "people", "percent", ""],
                "counts": ["aid", "protesters", "voters", ""],
            }
        ),
        "figures",
    )
    return SimpleNamespace(
        articles=articles, sentences=sentences, entities=entities, quotes=quotes, sources=sources, figures=figures
    )


def _charts(t):
    """(name, callable) for every chart, so one test can check them all."""
    return [
        ("entity_frequency", lambda **kw: charts.entity_frequency(t.entities, **kw)),
        ("entity_frequency_per_1000", lambda **kw: charts.entity_frequency(
            t.entities, per_1000_words=True, articles=t.articles, **kw)),
        ("sentiment_arc", lambda **kw: charts.sentiment_arc(t.sentences, article_id="a1", quotes=t.quotes, **kw)),
        ("sentiment_by_source", lambda **kw: charts.sentiment_by_source(t, **kw)),
        ("sentiment_by_entity", lambda **kw: charts.sentiment_by_entity(t, **kw)),
        ("source_breakdown", lambda **kw: charts.source_breakdown(t.sources, **kw)),
        ("figures_chart", lambda **kw: charts.figures_chart(t.figures, **kw)),
        ("time_series_articles", lambda **kw: charts.time_series(t, freq="W", **kw)),
        ("time_series_mentions", lambda **kw: charts.time_series(t, freq="M", measure="mentions", entity="Japan", **kw)),
        ("time_series_tone", lambda **kw: charts.time_series(t, measure="tone", **kw)),
    ]


CHART_NAMES = [name for name, _ in _charts(SimpleNamespace())]

# What each chart's title and axis labels must say (lower-cased substrings).
EXPECTED_WORDS = {
    "entity_frequency": ("entities", "mentions (count)", "3 articles", "canonical"),
    "entity_frequency_per_1000": ("per 1,000 words", "2,000 words"),
    "sentiment_arc": ("sentence", "polarity", "textblob", "a1"),
    "sentiment_by_source": ("source", "polarity", "quotes", "textblob"),
    "sentiment_by_entity": ("entit", "polarity", "sentences", "textblob"),
    "source_breakdown": ("source", "statements", "words quoted"),
    "figures_chart": ("figures", "unit", "log scale"),
    "time_series_articles": ("articles published per week", "week starting"),
    "time_series_mentions": ("mentions of japan per month", "month starting"),
    "time_series_tone": ("polarity", "week", "textblob"),
}


def _rc_snapshot() -> dict:
    return {k: repr(v) for k, v in matplotlib.rcParams.items()}


@pytest.mark.parametrize("name", CHART_NAMES)
def test_charts_return_labelled_figure_and_keep_global_state(tables, name):
    draw = dict(_charts(tables))[name]
    before = _rc_snapshot()
    fig = draw()
    assert _rc_snapshot() == before
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    words = " ".join([ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]).lower()
    for expected in EXPECTED_WORDS[name]:
        assert expected in words, (expected, words)
    assert ax.get_xlabel() and ax.get_title()
    assert isinstance(fig.newslab_data, pd.DataFrame)


@pytest.mark.parametrize("name", CHART_NAMES)
def test_charts_white_background_on_dark_theme(tables, name):
    draw = dict(_charts(tables))[name]
    with matplotlib.style.context("dark_background"):
        fig = draw()
    assert to_rgba(fig.get_facecolor()) == WHITE
    ax = fig.axes[0]
    assert to_rgba(ax.get_facecolor()) == WHITE
    # Dark ink on the white background, whatever the theme said.
    r, g, b, _ = to_rgba(ax.title.get_color())
    assert r + g + b < 1.0
    r, g, b, _ = to_rgba(ax.xaxis.label.get_color())
    assert r + g + b < 1.0


@pytest.mark.parametrize("name", CHART_NAMES)
def test_charts_draw_into_given_axes(tables, name):
    draw = dict(_charts(tables))[name]
    fig = Figure()
    ax = fig.add_subplot(1, 2, 2)
    assert draw(ax=ax) is fig
    assert ax.get_title()


def test_charts_reject_non_axes(tables):
    with pytest.raises(InputTypeError):
        charts.entity_frequency(tables.entities, ax="left")


def test_charts_never_import_pyplot(tmp_path):
    code = (
        "import sys, pandas as pd\n"
        "from newslab import charts\n"
        "e = pd.DataFrame({'article_id': ['a'], 'canonical': ['Kono'], 'label': ['PERSON']})\n"
        f"charts.save(charts.entity_frequency(e), r'{tmp_path / 'x.png'}')\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- data twins -----------------------------------------------------------------------------------


def test_charts_entity_frequency_data_counts(tables):
    out = charts.entity_frequency_data(tables.entities)
    assert out["canonical"].tolist() == ["Japan", "Taro Kono", "Seoul"]  # DATE "2002" left out
    assert out["n_mentions"].tolist() == [3, 2, 1]
    assert out["n_articles"].tolist() == [3, 2, 1]
    per = charts.entity_frequency_data(tables.entities, per_1000_words=True, articles=tables.articles)
    assert per["per_1000_words"].tolist() == pytest.approx([3 / 2000 * 1000, 2 / 2000 * 1000, 1 / 2000 * 1000])
    everything = charts.entity_frequency_data(tables.entities, labels=None, top=10)
    assert "2002" in everything["canonical"].tolist()
    assert len(charts.entity_frequency_data(tables.entities, top=1)) == 1


def test_charts_entity_frequency_data_merges_labels_when_asked():
    ents = pd.DataFrame(
        {
            "article_id": ["a", "a", "b"],
            "canonical": ["Washington", "Washington", "Washington"],
            "label": ["GPE", "PERSON", "GPE"],
        }
    )
    by_label = charts.entity_frequency_data(ents)
    assert by_label[["label", "n_mentions"]].values.tolist() == [["GPE", 2], ["PERSON", 1]]
    merged = charts.entity_frequency_data(ents, by_label=False)
    assert merged[["canonical", "label", "n_mentions"]].values.tolist() == [["Washington", "GPE", 3]]


def test_charts_entity_frequency_per_1000_needs_articles(tables):
    with pytest.raises(InputError):
        charts.entity_frequency_data(tables.entities, per_1000_words=True)
    with pytest.raises(MissingColumnError):
        charts.entity_frequency_data(pd.DataFrame({"canonical": ["x"]}))
    with pytest.raises(InputError):
        charts.entity_frequency_data(tables.entities, top=0)


def test_charts_sentiment_arc_data(tables):
    out = charts.sentiment_arc_data(tables.sentences, article_id="a1", quotes=tables.quotes)
    assert out["sent_id"].tolist() == [0, 1, 2, 3]
    assert out["polarity"].tolist() == [0.5, -0.4, 0.0, 0.2]
    assert out["has_quote"].tolist() == [False, True, False, True]
    assert out["is_scored"].tolist() == [True, True, False, True]
    assert out["rolling_polarity"].tolist() == pytest.approx([0.05, 0.1 / 3, -0.2 / 3, 0.1])
    with pytest.raises(InputError):
        charts.sentiment_arc_data(tables.sentences)  # three articles: which one?
    with pytest.raises(InputError):
        charts.sentiment_arc_data(tables.sentences, article_id="nope")


def test_charts_sentiment_by_source_data(tables):
    out = charts.sentiment_by_source_data(tables)
    assert out["source"].tolist() == ["Ministry of Health", "Taro Kono", "officials"]
    assert out["polarity"].tolist() == [1.0, -1.0, 0.0]
    assert out["n_scored_quotes"].tolist() == [2 - 1, 1, 0]


def test_charts_sentiment_by_entity_data(tables):
    out = charts.sentiment_by_entity_data(tables)
    assert out["canonical"].tolist() == ["Japan", "Taro Kono", "Seoul"]
    japan = out.iloc[0]
    assert japan["n_sentences"] == 3
    assert japan["polarity"] == pytest.approx((-0.4 + 0.0 + 0.3) / 3)


def test_charts_source_breakdown_data(tables):
    out = charts.source_breakdown_data(tables.sources)
    # Ties on quotes go to the source with more words quoted.
    assert out["source"].tolist() == ["Taro Kono", "officials", "Ministry of Health"]
    kono = out.iloc[0]
    assert (kono["n_quotes"], kono["n_direct"], kono["n_indirect"], kono["n_words_quoted"], kono["n_articles"]) == (
        3, 2, 1, 25, 2,
    )
    assert out["is_named"].tolist() == [True, False, True]


def test_charts_figures_chart_data(tables):
    out = charts.figures_chart_data(tables.figures)
    assert out["text"].tolist() == ["US$20 billion to US$50 billion", "more than 100", "25%"]  # "about" has no number
    assert out["shape"].tolist() == ["range", "at least", "point"]
    assert out["unit"].tolist() == ["USD", "people", "percent"]
    assert out["row"].tolist() == [0, 2, 4]  # a heading row between unit groups
    assert out.attrs["n_dropped"] == 1
    one = charts.figures_chart_data(tables.figures, article_id="a2")
    assert one["text"].tolist() == ["25%"]


def test_charts_time_series_data(tables):
    weeks = charts.time_series_data(tables, freq="W")
    assert weeks["period_start"].dt.strftime("%Y-%m-%d").tolist() == ["2024-03-04", "2024-03-11", "2024-03-18"]
    assert weeks["value"].tolist() == [2.0, 0.0, 1.0]  # the empty week is kept, as 0
    months = charts.time_series_data(tables, freq="M", measure="mentions", entity="Japan")
    assert months["value"].tolist() == [3.0]
    tone = charts.time_series_data(tables, freq="W", measure="tone")
    assert tone["value"].iloc[0] == pytest.approx((0.5 - 0.4 + 0.0 + 0.2 - 0.6 + 0.0) / 6)
    assert math.isnan(tone["value"].iloc[1])  # no sentences that week: no tone, not 0
    assert tone["n_units"].tolist() == [6, 0, 2]
    with pytest.raises(InputError):
        charts.time_series_data(tables, freq="D")
    with pytest.raises(InputError):
        charts.time_series_data(tables, measure="words")


def test_charts_time_series_counts_undated(tables):
    t = SimpleNamespace(**vars(tables))
    t.articles = tables.articles.copy()
    t.articles.loc[2, "published"] = pd.NaT
    out = charts.time_series_data(t)
    assert out.attrs["n_undated"] == 1 and out["value"].sum() == 2


def test_charts_handle_empty_tables():
    from newslab.schema import empty

    t = SimpleNamespace(**{name: empty(name) for name in ("articles", "sentences", "entities", "quotes", "sources", "figures")})
    for fig in (
        charts.entity_frequency(t.entities),
        charts.sentiment_by_source(t),
        charts.sentiment_by_entity(t),
        charts.source_breakdown(t.sources),
        charts.figures_chart(t.figures),
        charts.time_series(t),
    ):
        assert isinstance(fig, Figure)
        assert len(fig.newslab_data) == 0


# --- save ------------------------------------------------------------------------------------------


def test_charts_save_writes_png_svg_csv(tables, tmp_path):
    fig = charts.entity_frequency(tables.entities)
    written = charts.save(fig, tmp_path / "out" / "entities.png")
    assert sorted(written) == ["csv", "png", "svg"]
    assert written["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in written["svg"].read_bytes()[:2000]
    back = pd.read_csv(written["csv"])
    assert back["n_mentions"].tolist() == [3, 2, 1]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["entities.csv", "entities.png", "entities.svg"]


def test_charts_save_is_deterministic(tables, tmp_path):
    fig = charts.source_breakdown(tables.sources)
    a = charts.save(fig, tmp_path / "a")
    b = charts.save(fig, tmp_path / "b")
    assert a["svg"].read_bytes() == b["svg"].read_bytes()
    assert a["csv"].read_bytes() == b["csv"].read_bytes()


@pytest.mark.parametrize("mask", [0o022, 0o027])
def test_charts_save_honours_umask(tables, tmp_path, mask):
    import os

    fig = charts.source_breakdown(tables.sources)
    previous = os.umask(mask)
    try:
        written = charts.save(fig, tmp_path / "chart")
    finally:
        os.umask(previous)
    assert {kind: path.stat().st_mode & 0o777 for kind, path in written.items()} == dict.fromkeys(written, 0o666 & ~mask)


def test_charts_save_explicit_data_and_errors(tables, tmp_path):
    fig = Figure()
    fig.add_subplot().plot([1, 2])
    written = charts.save(fig, tmp_path / "plain.svg")
    assert "csv" not in written
    written = charts.save(fig, tmp_path / "plain", data=pd.DataFrame({"x": [1, 2]}))
    assert written["csv"].read_text() == "x\n1\n2\n"
    with pytest.raises(InputTypeError):
        charts.save("not a figure", tmp_path / "x")


def test_charts_figure_shows_in_jupyter_as_png(tables):
    png = charts.entity_frequency(tables.entities)._repr_png_()
    assert png[:4] == b"\x89PNG"


def test_charts_dollar_signs_are_not_mathtext(tables):
    fig = charts.figures_chart(tables.figures)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert any(r"US\$20" in label for label in labels)
    fig.canvas.draw()  # would raise or mangle on unbalanced mathtext


def test_charts_render_on_seed_article(seed_tables, tmp_path):
    t = seed_tables
    figs = {
        "entities": charts.entity_frequency(t.entities, per_1000_words=True, articles=t.articles),
        "arc": charts.sentiment_arc(t.sentences, quotes=t.quotes),
        "by_source": charts.sentiment_by_source(t),
        "by_entity": charts.sentiment_by_entity(t),
        "sources": charts.source_breakdown(t.sources),
        "figures": charts.figures_chart(t.figures),
        "weeks": charts.time_series(t, measure="tone"),
    }
    for name, fig in figs.items():
        assert isinstance(fig, Figure), name
        assert len(fig.newslab_data), name
    arc = figs["arc"].newslab_data
    assert len(arc) == len(t.sentences) and arc["has_quote"].any()
    assert charts.source_breakdown_data(t.sources)["n_quotes"].sum() == len(t.quotes)
    written = charts.save(figs["sources"], tmp_path / "sources")
    assert written["csv"].exists()


def test_charts_time_series_without_dates_is_a_clear_error(nlp):
    import pandas as pd

    import newslab as nl
    from newslab.errors import InputError

    t = nl.analyze(pd.DataFrame({"id": ["a", "b"], "text": ["The mayor said it was good.", "Critics said it was bad."]}), nlp=nlp)
    for measure in ("articles", "mentions", "tone"):
        data = nl.charts.time_series_data(t, measure=measure)
        assert data.empty and data.attrs["n_undated"] == 2
        with pytest.raises(InputError, match="publication dates"):
            nl.charts.time_series(t, measure=measure)
