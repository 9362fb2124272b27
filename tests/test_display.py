"""Tests for newslab.display: the annotated article view."""

from __future__ import annotations

import html
from html.parser import HTMLParser
from types import SimpleNamespace

import pandas as pd
import pytest

from newslab.display import ArticleView, render_spans, show
from newslab.errors import InputError, InputTypeError
from newslab.schema import conform

TEXT = (
    "Japan wants talks with North Korea, Prime Minister Fumio Kishida said on Monday.\n\n"
    "\u201cWe are ready to meet without preconditions,\u201d Kishida told reporters. "
    "Aid of up to US$50 billion is on the table, according to officials.\n\n"
    "A reader wrote <script>alert('x')</script> & \"more\" in the comments."
)


def _at(sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return start, start + len(sub)


class _Checker(HTMLParser):
    """Collects text and checks that every element closes in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.well_formed = True
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag not in ("meta", "br"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.well_formed = False

    def handle_data(self, data):
        self.text.append(data)


def _parse(markup: str) -> _Checker:
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    return checker


@pytest.fixture(scope="module")
def tables():
    q0, q1, q2 = _at("Japan wants talks with North Korea"), _at("We are ready to meet without preconditions,"), \
        _at("Aid of up to US$50 billion is on the table")
    spk0, spk1, spk2 = _at("Prime Minister Fumio Kishida"), _at("Kishida", 1), _at("officials")
    cue0, cue1, cue2 = _at("said"), _at("told"), _at("according to")
    articles = conform(
        pd.DataFrame({"article_id": ["a1", "a2"], "headline": ["Talks <b>now</b>", "Other"],
                      "text": [TEXT, "Nothing here."], "n_words": [len(TEXT.split()), 2], "outlet": ["Wire", "X"]}),
        "articles",
    )
    quotes = conform(
        pd.DataFrame(
            {
                "article_id": ["a1"] * 3,
                "quote_id": [0, 1, 2],
                "start_char": [q0[0], q1[0], q2[0]],
                "end_char": [q0[1], q1[1], q2[1]],
                "sent_id": [0, 1, 2],
                "text": [TEXT[q0[0]:q0[1]], TEXT[q1[0]:q1[1]], TEXT[q2[0]:q2[1]]],
                "kind": ["indirect", "direct", "indirect"],
                "cue": ["said", "told", "according to"],
                "cue_start_char": [cue0[0], cue1[0], cue2[0]],
                "cue_end_char": [cue0[1], cue1[1], cue2[1]],
                "speaker": ["Prime Minister Fumio Kishida", "Kishida", "officials"],
                "speaker_start_char": [spk0[0], spk1[0], spk2[0]],
                "speaker_end_char": [spk0[1], spk1[1], spk2[1]],
                "speaker_canonical": ["Fumio Kishida", "Fumio Kishida", ""],
                "speaker_type": ["person", "person", "anonymous"],
                "n_lexicon_words": [0, 1, 0],
                "polarity": [0.0, 0.5, 0.0],
            }
        ),
        "quotes",
    )
    ent_spans = [("Japan", 0, "GPE", "Japan"), ("North Korea", 0, "GPE", "North Korea"),
                 ("Fumio Kishida", 0, "PERSON", "Fumio Kishida"), ("Monday", 0, "DATE", "Monday"),
                 ("Kishida", 1, "PERSON", "Fumio Kishida"), ("US$50 billion", 0, "MONEY", "US$50 billion")]
    rows = []
    for k, (sub, nth, label, canonical) in enumerate(sorted(ent_spans, key=lambda e: _at(e[0], e[1])[0])):
        s, e = _at(sub, nth)
        rows.append({"article_id": "a1", "ent_id": k, "start_char": s, "end_char": e, "sent_id": 0,
                     "text": sub, "label": label, "canonical": canonical})
    entities = conform(pd.DataFrame(rows), "entities")
    f0 = _at("up to US$50 billion")
    figures = conform(
        pd.DataFrame(
            {
                "article_id": ["a1"], "figure_id": [0], "start_char": [f0[0]], "end_char": [f0[1]], "sent_id": [1],
                "text": [TEXT[f0[0]:f0[1]]], "kind": ["money"], "value": [float("nan")], "low": [float("nan")],
                "high": [50e9], "approximate": [True], "unit": ["USD"], "currency": ["USD"], "counts": ["aid"],
                "quote_id": [2], "attributed_to": [""],
            }
        ),
        "figures",
    )
    return SimpleNamespace(articles=articles, sentences=conform(pd.DataFrame(), "sentences"), entities=entities,
                           quotes=quotes, sources=conform(pd.DataFrame(), "sources"), figures=figures)


def test_display_returns_view_with_html(tables):
    view = show(tables, "a1")
    assert isinstance(view, ArticleView)
    assert view._repr_html_() == view.html
    # Names only by default: the DATE and MONEY mentions are left out.
    assert view.counts == {"quotes": 3, "speakers": 2, "figures": 1, "entities": 4}


def test_display_contains_every_quote_and_figure(tables):
    view = show(tables, "a1")
    text = "".join(_parse(view.html).text)
    for quote in tables.quotes["text"]:
        assert quote in text
    for figure in tables.figures["text"]:
        assert figure in text
    assert TEXT in text  # the article survives whole, marks only wrap it


def test_display_escapes_article_text(tables):
    view = show(tables, "a1")
    assert "<script>" not in view.html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in view.html or "&lt;script&gt;" in view.html
    assert "<b>now</b>" not in view.html  # the headline is escaped too
    assert "script" not in _parse(view.html).tags


@pytest.mark.parametrize("forbidden", ["http://", "https://", "src=", "<link", "@import", "<script", "url("])
def test_display_references_nothing_external(tables, forbidden):
    view = show(tables, "a1")
    assert forbidden not in view.html.lower()
    assert forbidden not in view.to_document().lower()


def test_display_markup_is_well_formed(tables):
    checker = _parse(show(tables, "a1").html)
    assert checker.well_formed and not checker.stack


def test_display_hover_titles(tables):
    page = html.unescape(show(tables, "a1").html)
    assert 'title="PERSON · canonical: Fumio Kishida' in page  # "Kishida" shows its full name
    assert "Speaker of quote 1: Fumio Kishida (person)" in page
    assert "Cue of quote 2: according to" in page
    assert "at most 50,000,000,000 USD" in page
    assert "Quote 2 (indirect) · speaker: officials (anonymous)" in page


def test_display_legend_lists_speakers(tables):
    page = show(tables, "a1").html
    legend = page[: page.index("white-space:pre-wrap")]
    assert "Fumio Kishida" in legend and "2 quotes" in legend
    assert "officials" in legend and "anonymous" in legend


def test_display_nested_entity_inside_quote_and_figure(tables):
    page = show(tables, "a1", entity_labels=None).html
    # The figure wraps the money entity, both inside the quote.
    q = page.index('title="Quote 2')
    f = page.index('title="Figure 0')
    e = page.index('title="MONEY')
    assert q < f < e


def test_display_options_and_errors(tables):
    plain = show(tables, "a1", entities=False, figures=False)
    assert "canonical:" not in plain.html and "Figure 0" not in plain.html
    every = show(tables, "a1", entity_labels=None)
    assert every.counts["entities"] == 6
    with pytest.raises(InputError):
        show(tables)  # two articles
    with pytest.raises(InputError):
        show(tables, "missing")
    with pytest.raises(InputTypeError):
        show(pd.DataFrame())
    only = SimpleNamespace(articles=tables.articles.iloc[[1]].reset_index(drop=True))
    view = show(only)
    assert "No attributed quotes" in view.html and "Nothing here." in view.html


def test_display_save_html_writes_document(tables, tmp_path):
    path = show(tables, "a1").save_html(tmp_path / "views" / "a1.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert '<meta charset="utf-8">' in page
    assert "<title>Talks &lt;b&gt;now&lt;/b&gt;</title>" in page
    assert [p.name for p in (tmp_path / "views").iterdir()] == ["a1.html"]  # no temp file left


@pytest.mark.parametrize("mask", [0o022, 0o077])
def test_display_save_html_honours_umask(tables, tmp_path, mask):
    import os

    previous = os.umask(mask)
    try:
        path = show(tables, "a1").save_html(tmp_path / "a1.html")
    finally:
        os.umask(previous)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask  # -rw-r--r-- under the usual umask, not mkstemp's 0600


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        ("abc", [], "abc"),
        ("a<b", [(0, 3, "<u>", "</u>")], "<u>a&lt;b</u>"),
        ("abcdef", [(0, 6, "<q>", "</q>"), (2, 4, "<e>", "</e>")], "<q>ab<e>cd</e>ef</q>"),
        # crossing spans are split so the markup stays nested
        ("abcdef", [(0, 4, "<q>", "</q>"), (2, 6, "<e>", "</e>")], "<q>ab<e>cd</e></q><e>ef</e>"),
        # same extent: the earlier span is outside
        ("abc", [(0, 3, "<s>", "</s>"), (0, 3, "<e>", "</e>")], "<s><e>abc</e></s>"),
        # empty and out-of-range spans are ignored
        ("abc", [(1, 1, "<x>", "</x>"), (2, 9, "<y>", "</y>")], "abc"),
        ("abcd", [(0, 2, "<a>", "</a>"), (2, 4, "<b>", "</b>")], "<a>ab</a><b>cd</b>"),
    ],
)
def test_display_render_spans_nests(text, spans, expected):
    assert render_spans(text, spans) == expected


def test_display_seed_article(seed_tables):
    view = show(seed_tables)
    text = "".join(_parse(view.html).text)
    assert seed_tables.articles["text"].iloc[0] in text
    for quote in seed_tables.quotes["text"]:
        assert quote in text
    assert _parse(view.html).well_formed
