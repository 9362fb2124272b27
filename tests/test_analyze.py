"""analyze(): all tables satisfy the schema, runs are identical, long texts are split."""

from __future__ import annotations

import pandas as pd
import pytest

import newslab as nl
from newslab.extract import split_text
from newslab.tables import Tables
from newslab.errors import InputError, InputTypeError
from newslab.schema import TABLE_NAMES, validate

ARTICLES = pd.DataFrame(
    {
        "id": ["wire-1", "local-2", "empty-ish"],
        "title": ["Strike ends", "Council vote", "Brief"],
        "date": ["2024-02-01", "2024-02-03", "2024-02-04"],
        "source": ["Wire", "Courier", "Courier"],
        "text": [
            "Union leader Maria Lopez said on Tuesday that the strike was over. "
            "“We won a 4% raise,” Lopez told reporters. About 2,000 workers return on Monday.",
            "The city council voted 7-2 to approve a $3.5 million budget, officials said.\n\n"
            "Councillor Tom Reed called the plan “reckless”. Reed said more than 300 residents had complained.",
            "Rain.",
        ],
    }
)


@pytest.fixture(scope="module")
def tables(nlp):
    return nl.analyze(nl.read_articles(ARTICLES), nlp=nlp)


def test_analyze_every_table_satisfies_its_schema(tables, seed_tables):
    for t in (tables, seed_tables):
        assert isinstance(t, Tables)
        for name in TABLE_NAMES:
            validate(t[name], name, articles=t.articles)


def test_analyze_foreign_keys_resolve(tables):
    sents = set(zip(tables.sentences.article_id, tables.sentences.sent_id))
    for name in ("entities", "quotes", "figures"):
        df = tables[name]
        assert set(zip(df.article_id, df.sent_id)) <= sents
    ents = set(zip(tables.entities.article_id, tables.entities.ent_id))
    q = tables.quotes.dropna(subset=["speaker_ent_id"])
    assert set(zip(q.article_id, q.speaker_ent_id.astype(int))) <= ents
    quotes = set(zip(tables.quotes.article_id, tables.quotes.quote_id))
    f = tables.figures.dropna(subset=["quote_id"])
    assert set(zip(f.article_id, f.quote_id.astype(int))) <= quotes


def test_analyze_two_runs_are_identical(nlp, tables):
    again = nl.analyze(nl.read_articles(ARTICLES), nlp=nlp)
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(tables[name], again[name])


def test_analyze_attrs_record_versions_and_methods(tables):
    for name in TABLE_NAMES:
        attrs = tables[name].attrs
        assert attrs["newslab_version"] == nl.__version__
        assert attrs["model_version"].startswith("3.8")
        assert {"sentences", "entities", "quotes", "figures", "sentiment"} <= set(attrs["methods"])


def test_analyze_flags_quotes_on_sentences_and_entities(tables):
    s = tables.sentences
    assert s[s.article_id == "wire-1"].has_quote.any()
    assert not s[s.article_id == "empty-ish"].has_quote.any()
    e = tables.entities
    assert e.in_quote.dtype == bool


def test_analyze_accepts_paths_and_plain_frames(nlp, tmp_path):
    p = tmp_path / "one.txt"
    p.write_text("Headline\nThe mayor said the road would reopen.", encoding="utf-8")
    t = nl.analyze(p, nlp=nlp)
    assert t.articles.article_id.tolist() == ["one"]
    t2 = nl.analyze(pd.DataFrame({"text": ["A short text."]}), nlp=nlp)
    assert len(t2.articles) == 1


def test_analyze_bad_arguments(nlp):
    with pytest.raises(InputTypeError):
        nl.analyze(12, nlp=nlp)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        nl.analyze(ARTICLES, nlp=nlp, batch_size=0)
    with pytest.raises(InputError):
        nl.analyze(ARTICLES, nlp=nlp, sentiment="no-such-method")


def test_analyze_long_text_split_at_paragraphs(nlp):
    paragraph = "Officials said the bridge would reopen. “It is safe,” engineer Ana Ruiz said of the 40-metre span."
    text = "\n\n".join([paragraph] * 12)
    short = nl.analyze(pd.DataFrame({"id": ["x"], "text": [text]}), nlp=nlp)
    old = nlp.max_length
    nlp.max_length = 500
    try:
        split = nl.analyze(pd.DataFrame({"id": ["x"], "text": [text]}), nlp=nlp)
    finally:
        nlp.max_length = old
    for name in TABLE_NAMES:
        validate(split[name], name, articles=split.articles)
    assert split.sentences.text.tolist() == short.sentences.text.tolist()
    assert split.sentences.paragraph_id.tolist() == short.sentences.paragraph_id.tolist()
    assert split.quotes.text.tolist() == short.quotes.text.tolist()
    assert split.quotes.speaker_canonical.tolist() == short.quotes.speaker_canonical.tolist()
    assert split.figures.text.tolist() == short.figures.text.tolist() == ["40-metre"] * 12


@pytest.mark.parametrize("limit", [7, 50, 120])
def test_analyze_split_text_round_trips(limit):
    text = "First para. Still first.\n\nSecond para is here.\n\n" + "word " * 60
    pieces = split_text(text, limit)
    assert "".join(p for _, p in pieces) == text
    for offset, piece in pieces:
        assert text[offset : offset + len(piece)] == piece
        assert len(piece) < limit or " " not in piece


def test_analyze_seed_most_mentioned_entities(seed_tables):
    top = seed_tables.entities.canonical.value_counts()
    assert top.index[0] == "Japan"
    assert top["Kim Jong-un"] >= 6
    assert "Kim" not in top.index
    assert top["Taro Kono"] == 2


def test_analyze_for_articles_subsets_every_table(tables):
    sub = tables.for_articles("local-2")
    assert set(sub.articles.article_id) == {"local-2"}
    for name in TABLE_NAMES:
        assert set(sub[name].article_id) <= {"local-2"}


def test_analyze_per_article_warnings_reported_once(nlp):
    from newslab.errors import QuoteMarkWarning

    texts = [f'Story {i}: the mayor said "we will rebuild the bridge. Work starts soon.' for i in range(3)]
    frame = pd.DataFrame({"id": [f"u{i}" for i in range(3)], "text": texts})
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        t = nl.analyze(frame, nlp=nlp)
    quote_warnings = [w for w in caught if issubclass(w.category, QuoteMarkWarning)]
    assert len(quote_warnings) == 1
    assert "3 articles" in str(quote_warnings[0].message)
    assert [n["article_id"] for n in t.articles.attrs["warnings"]] == ["u0", "u1", "u2"]
    assert len(t.sentences) >= 6  # the rest of each article is still processed


def test_analyze_leaves_the_vocab_as_it_found_it(nlp):
    # Every new word a Doc meets enters the shared StringStore; over millions of
    # articles that is the memory growth spaCy users report. analyze runs inside
    # spaCy's memory zone, so the words of the articles do not stay behind.
    words = [f"Zorblax{i}quint" for i in range(40)]
    text = "Mayor " + " and ".join(words) + " said the budget of $4 million was “fair”."
    before = len(nlp.vocab.strings)
    t = nl.analyze(pd.DataFrame({"id": ["novel"], "text": [text]}), nlp=nlp)
    assert len(nlp.vocab.strings) == before
    assert words[0] not in nlp.vocab.strings
    assert t.figures.text.tolist() == ["$4 million"]
    assert words[0] in t.sentences.text.iloc[0]


def test_analyze_rows_gathered_over_many_articles_are_the_same(nlp, monkeypatch, tables):
    # Rows are gathered as columns and turned into one DataFrame per table every
    # _FLUSH_ARTICLES articles; the cut between them must not show in the output.
    import newslab.extract as extract_module

    monkeypatch.setattr(extract_module, "_FLUSH_ARTICLES", 1)
    again = nl.analyze(nl.read_articles(ARTICLES), nlp=nlp)
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(tables[name], again[name])


def test_analyze_extract_doc_matches_the_tables(nlp, tables):
    from newslab.extract import extract_doc

    doc = nlp(ARTICLES.text.iloc[1])
    one = extract_doc(doc)
    for name, df in one.items():
        expected = tables[name][tables[name].article_id == "local-2"].drop(columns="article_id").reset_index(drop=True)
        # Entity labels are a category of the labels present, so compare them as text.
        if name == "entities":
            df, expected = df.astype({"label": str}), expected.astype({"label": str})
        if name == "figures":
            # The *_usd columns need the article's date: analyze adds them (with_article_context); a Doc has none.
            usd = ["value_usd", "low_usd", "high_usd", "usd_rate_date"]
            assert df[usd[:3]].isna().all().all()
            df, expected = df.drop(columns=usd), expected.drop(columns=usd)
        pd.testing.assert_frame_equal(df, expected)
