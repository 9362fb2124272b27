"""The explorer: filters, search, sorting, paging and selection in plain Python, and the widget bound to them."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import newslab as nl
from newslab.errors import InputError, InputTypeError
from newslab.explorer import Explorer, Filters

from .conftest import NEWS_TEXTS


@pytest.fixture(scope="module")
def tables(nlp):
    arts = nl.read_articles(pd.DataFrame({"id": [f"n{i}" for i in range(len(NEWS_TEXTS))],
                                          "title": [f"Story {i}" for i in range(len(NEWS_TEXTS))], "text": NEWS_TEXTS}))
    return nl.analyze(arts, nlp=nlp, progress=False)


def _outlined(page):
    """Indices of the outlined spans in an article view."""
    return {int(k) for k in re.findall(r"nl-highlight nl-highlight-(\d+)", page)}


def _outlined_text(page):
    """The text inside the outlined span(s) of a view: the article text with the markup of the highlight only."""
    from html.parser import HTMLParser

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.depth, self.inside, self.parts = 0, [], []

        def handle_starttag(self, tag, attrs):
            self.depth += 1
            self.inside.append("nl-highlight" in (dict(attrs).get("class") or ""))

        def handle_endtag(self, tag):
            self.depth -= 1
            self.inside.pop()

        def handle_data(self, data):
            if any(self.inside):
                self.parts.append(data)

    parser = Collect()
    parser.feed(page)
    return "".join(parser.parts)


@pytest.fixture
def ex(tables):
    return nl.explore(tables, page_size=3)


@pytest.mark.parametrize(("filters", "column", "expected"), [
    ({"kind": "direct"}, "kind", {"direct"}),
    ({"speaker_type": "anonymous"}, "speaker_type", {"anonymous"}),
    ({"article": "n0"}, "article_id", {"n0"}),
    ({"source": "sam patel"}, "source", {"Sam Patel"}),  # case-insensitive, the resolved name
])
def test_explorer_filters_match_pandas(ex, tables, filters, column, expected):
    ex.set_filters(**filters)
    result = ex.result()
    assert set(result[column].astype(str)) == expected
    key = next(iter(filters))
    value = filters[key]
    full = ex.frame()
    want = full[full[column].astype(str).str.lower() == value.lower()]
    assert len(result) == ex.n_rows == len(want)


def test_explorer_filters_combine_and_clear(ex, tables):
    ex.set_filters(kind="direct", speaker_type="person")
    both = ex.result()
    q = ex.frame()
    assert len(both) == int(((q["kind"] == "direct") & (q["speaker_type"] == "person")).sum())
    ex.clear_filters()
    assert ex.n_rows == len(tables.quotes) and ex.filters == Filters()


def test_explorer_confidence_range(ex, tables):
    frame = ex.frame()
    frame["confidence"] = [i / (len(frame) - 1) for i in range(len(frame))]  # the column this release fills
    ex.set_filters(confidence=(0.5, 1.0))
    scores = ex.result()["confidence"]
    assert len(scores) and (scores >= 0.5).all() and len(scores) == int((frame["confidence"] >= 0.5).sum())
    ex.set_filters(confidence=(0.0, 1.0))  # the full range is no filter
    assert ex.filters.confidence is None
    with pytest.raises(InputError, match="within 0..1"):
        ex.set_filters(confidence=(0.7, 0.2))


@pytest.mark.parametrize(("search", "must_contain"), [
    ("fairness", "fairness"),
    ("WORKERS monday", "workers would strike on monday"),  # every word, any case
    ("patel", "patel"),  # the speaker is searched too
])
def test_explorer_search(ex, search, must_contain):
    ex.set_filters(search=search)
    result = ex.result()
    assert len(result) >= 1
    for row in result.itertuples():
        haystack = " ".join(str(v) for v in (row.text, row.source, row.speaker, row.headline)).lower()
        assert all(word in haystack for word in must_contain.split())


def test_explorer_search_without_hits(ex):
    ex.set_filters(search="zeppelin")
    assert ex.n_rows == 0 and ex.n_pages == 1 and ex.page_rows().empty
    assert "0 of" in ex.summary()


def test_explorer_sort_toggles_and_keeps_ties_in_text_order(ex):
    ex.sort_by("speaker_type")
    first = ex.result()
    assert first["speaker_type"].astype(str).tolist() == sorted(first["speaker_type"].astype(str))
    for _, group in first.groupby(first["speaker_type"].astype(str)):
        assert list(zip(group["article_id"], group["quote_id"])) == sorted(zip(group["article_id"], group["quote_id"]))
    ex.sort_by("speaker_type")
    assert ex.sort == ("speaker_type", False)
    assert ex.result()["speaker_type"].astype(str).tolist() == sorted(first["speaker_type"].astype(str), reverse=True)
    with pytest.raises(InputError, match="no column"):
        ex.sort_by("nonsense")


def test_explorer_paging(ex, tables):
    n = len(tables.quotes)
    assert ex.n_pages == -(-n // 3)
    seen = []
    for page in range(ex.n_pages):
        ex.go_to_page(page)
        seen.extend(ex.page_rows()["row"].tolist())
    assert seen == list(range(n))
    ex.next_page()
    assert ex.page == ex.n_pages - 1  # stays on the last page
    ex.go_to_page(-5)
    assert ex.page == 0
    ex.go_to_page(1)
    ex.set_filters(kind="indirect")
    assert ex.page == 0  # a new filter starts at the first page


def test_explorer_selection_shows_the_article_with_the_row_outlined(ex, tables):
    ex.set_filters(search="fairness")
    ex.select(0)
    row = ex.selected_row()
    assert "fairness" in row["text"]
    view = ex.article_view()
    assert view.article_id == row["article_id"]
    assert _outlined(view.html) == {0}
    # The outlined span (in pieces where it crosses other marks) holds exactly the statement's text.
    assert _outlined_text(view.html) == row["text"]
    ex.set_filters(search="")
    assert ex.selected_row()["text"] == row["text"]  # the selection survives a new filter
    with pytest.raises(InputError, match="does not exist"):
        ex.select(99)


@pytest.mark.parametrize("tab", ["sources", "figures", "entities"])
def test_explorer_tabs(ex, tables, tab):
    ex.set_filters(kind="direct", article="n3")
    ex.set_tab(tab)
    assert ex.n_total == len(getattr(tables, tab))
    assert set(ex.result()["article_id"]) == {"n3"}  # article applies everywhere; kind only to quotes
    assert not ex.applies("kind") and ex.applies("article")
    ex.select(0)
    spans = ex.highlight_spans()
    assert spans and _outlined(ex.article_view().html) == set(range(len(spans)))
    ex.set_tab("quotes")
    assert ex.selected is None  # each tab keeps its own selection


def test_explorer_options_most_frequent_first(ex, tables):
    types = ex.options("speaker_type")
    counts = tables.quotes["speaker_type"].astype(str).value_counts()
    assert types[0] == counts.index[0] and set(types) == set(counts.index)
    assert ex.options("article")[:2] == ["n0", "n1"]
    with pytest.raises(InputError):
        ex.options("search")


def test_explorer_bad_input(tables):
    with pytest.raises(InputTypeError, match="expects newslab Tables"):
        nl.explore(tables.quotes)
    with pytest.raises(InputError):
        Explorer(tables, page_size=0)
    with pytest.raises(InputError, match="Unknown filter"):
        Explorer(tables).set_filters(colour="red")
    with pytest.raises(InputError, match="No tab"):
        Explorer(tables).set_tab("people")


def test_explorer_static_copy_says_so(ex):
    page = ex._repr_html_()
    assert "static copy" in page and "running Jupyter kernel" in page
    assert page.count("<tr>") + page.count("<tr ") == 1 + 3  # header and one page
    assert "<script" not in page


def test_explorer_is_responsive_on_many_rows():
    # Thousands of statements: each interaction filters in pandas and renders one page.
    import time

    from benchmarks.explore_speed import synthetic_tables

    big = synthetic_tables(800, seed=1)
    ex = nl.explore(big)
    ex.set_filters(search="harbour")  # builds the search text once
    start = time.perf_counter()
    ex.set_filters(kind="direct", speaker_type="person", search="council")
    ex.sort_by("confidence")
    ex.next_page()
    rows = ex.page_rows()
    elapsed = time.perf_counter() - start
    assert len(rows) == ex.page_size and ex.n_rows < len(big.quotes)
    assert elapsed < 5.0  # generous: a guard against accidental quadratic work, not a timing test


# --- the widget ------------------------------------------------------------------------------------


def test_explorer_widget_drives_the_state(tables):
    pytest.importorskip("ipywidgets")
    ex = nl.explore(tables, page_size=3)
    bundle = ex._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle and "static copy" in bundle["text/html"]
    w = ex.widget
    w.filters["kind"].value = "direct"
    assert ex.filters.kind == "direct"
    assert all(row.children[1].value.count("direct") >= 1 for row in w.rows if row.layout.display != "none")
    assert "(kind: direct)" in w.status.value
    w.search.value = "fairness"
    assert ex.n_rows == 1 and [r.layout.display for r in w.rows] == ["flex", "none", "none"]
    w.rows[0].children[0].click()
    assert ex.selected is not None and "nl-highlight" in w.pane.html.value
    script = w.pane.script.outputs[0]["data"]["application/javascript"]
    assert w.pane.id in script and "scrollTop" in script
    w.clear.click()
    assert ex.filters == Filters() and w.search.value == "" and w.filters["kind"].value == ""
    sort_button = w.header.children[2]  # after the spacer: the first sortable columns
    sort_button.click()
    assert ex.sort is not None and "▲" in w.header.children[2].description
    w.next.click()
    assert ex.page == 1 and w.page.value == 2
    w.tabs.value = "figures"
    assert ex.tab == "figures" and w.filters["kind"].disabled and not w.filters["article"].disabled
