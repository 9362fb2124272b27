"""Per-article cache: reuse, incremental runs, resume after a crash, identical output."""

from __future__ import annotations

import pandas as pd
import pytest

import importlib

import newslab as nl
from newslab.pipeline import analyze

# extract_columns is looked up in its module on every call, so tests can stand in for it.
extract_module = importlib.import_module("newslab.extract")
from newslab.cache import ArticleCache, config_for
from newslab.errors import StoreError
from newslab.schema import TABLE_NAMES

from .conftest import NEWS_TEXTS

TEXTS = NEWS_TEXTS[:6]


def articles(ids: list[str], texts: list[str] | None = None) -> pd.DataFrame:
    texts = texts or [TEXTS[i % len(TEXTS)] for i in range(len(ids))]
    return nl.read_articles(pd.DataFrame({"id": ids, "text": texts}))




def assert_same(a, b):
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(a[name], b[name], check_exact=True)


def test_cache_rerun_does_no_nlp_work(nlp, tmp_path, count_docs):
    table = articles(["a", "b", "c", "d"])
    first = nl.analyze(table, nlp=nlp, cache=tmp_path, progress=False)
    assert count_docs["n"] == 4
    second = nl.analyze(table, nlp=nlp, cache=tmp_path, progress=False)
    assert count_docs["n"] == 4
    assert_same(first, second)


def test_cache_result_equals_uncached(nlp, tmp_path):
    table = articles(["a", "b", "c", "d", "e", "f"])
    assert_same(nl.analyze(table, nlp=nlp, progress=False), nl.analyze(table, nlp=nlp, cache=tmp_path, progress=False))


def test_cache_new_articles_only_processed(nlp, tmp_path, count_docs):
    nl.analyze(articles(["a", "b", "c"]), nlp=nlp, cache=tmp_path, progress=False)
    count_docs["n"] = 0
    bigger = articles(["a", "b", "c", "d", "e"])
    got = nl.analyze(bigger, nlp=nlp, cache=tmp_path, progress=False)
    assert count_docs["n"] == 2
    assert_same(got, nl.analyze(bigger, nlp=nlp, progress=False))


def test_cache_changed_text_or_options_reprocessed(nlp, tmp_path, count_docs):
    nl.analyze(articles(["a", "b"]), nlp=nlp, cache=tmp_path, progress=False)
    count_docs["n"] = 0
    nl.analyze(articles(["a", "b"], [TEXTS[0], TEXTS[3]]), nlp=nlp, cache=tmp_path, progress=False)
    assert count_docs["n"] == 1  # only the article whose text changed
    count_docs["n"] = 0
    nl.analyze(articles(["a", "b"]), nlp=nlp, cache=tmp_path, progress=False, aliases={"Ortiz": "Jane Ortiz"})
    assert count_docs["n"] == 2  # another alias table is another configuration


def test_cache_same_text_other_id_keeps_its_own_rows(nlp, tmp_path):
    table = articles(["x", "y"], [TEXTS[1], TEXTS[1]])
    got = nl.analyze(table, nlp=nlp, cache=tmp_path, progress=False)
    assert got.sentences["article_id"].unique().tolist() == ["x", "y"]
    assert_same(got, nl.analyze(table, nlp=nlp, progress=False))


def test_cache_resume_after_crash(nlp, tmp_path, monkeypatch):
    table = articles([f"art-{i}" for i in range(6)])
    real = extract_module.extract_columns
    calls = {"n": 0}

    def dies_on_fifth(doc, **kwargs):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt
        return real(doc, **kwargs)

    monkeypatch.setattr(extract_module, "extract_columns", dies_on_fifth)
    monkeypatch.setattr("newslab.cache.CHUNK_ARTICLES", 2)
    with pytest.raises(KeyboardInterrupt):
        nl.analyze(table, nlp=nlp, cache=tmp_path, progress=False, batch_size=2)
    chunks = list(tmp_path.glob("v*/*/chunks/*"))
    assert len([c for c in chunks if not c.name.startswith(".")]) == 2  # two whole chunks, no partial one
    assert not [c for c in chunks if c.name.startswith(".")]
    calls["n"] = 0
    monkeypatch.setattr(extract_module, "extract_columns", lambda doc, **kw: (calls.__setitem__("n", calls["n"] + 1), real(doc, **kw))[1])
    resumed = nl.analyze(table, nlp=nlp, cache=tmp_path, progress=False, batch_size=2)
    assert calls["n"] == 2
    assert_same(resumed, nl.analyze(table, nlp=nlp, progress=False))


def test_cache_ignores_staging_folders_and_reports_damage(nlp, tmp_path):
    table = articles(["a", "b"])
    nl.analyze(table, nlp=nlp, cache=tmp_path, progress=False)
    (chunk,) = [c for c in tmp_path.glob("v*/*/chunks/*")]
    (chunk.parent / ".tmp-999-dead").mkdir()  # what a killed writer leaves
    (chunk / "quotes.parquet").write_bytes(b"broken")
    from newslab import cache as cache_module

    cache_module._INDEX_MEMO.clear()
    with pytest.raises(StoreError, match="damaged"):
        nl.analyze(table, nlp=nlp, cache=tmp_path, progress=False)


def test_cache_config_depends_on_methods_and_model():
    meta = {"methods": {"quotes": "rules.v1"}, "model": "en_core_web_sm", "model_version": "3.8.0"}
    base = config_for(meta, sentiment="textblob.v1", aliases=None)
    assert base == config_for(dict(meta), sentiment="textblob.v1", aliases=None)
    assert base != config_for({**meta, "methods": {"quotes": "rules.v2"}}, sentiment="textblob.v1", aliases=None)
    assert base != config_for({**meta, "model_version": "3.8.1"}, sentiment="textblob.v1", aliases=None)
    assert base != config_for(meta, sentiment="vader.v1", aliases=None)


def test_cache_parallel_fills_same_cache(nlp, tmp_path, count_docs):
    table = articles([f"p{i}" for i in range(6)])
    two = nl.analyze(table, nlp=nlp, cache=tmp_path, n_process=2, progress=False)
    count_docs["n"] = 0
    one = nl.analyze(table, nlp=nlp, cache=tmp_path, n_process=1, progress=False)
    assert count_docs["n"] == 0
    assert_same(one, two)


def test_cache_unwritable_folder_raises(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cache folder"):
        ArticleCache(blocker, {"a": 1})


def test_cache_keeps_per_article_warnings(nlp, tmp_path):
    texts = [TEXTS[0], 'The minister said "we will act soon, and residents were told to wait. Nothing happened.']
    table = articles(["ok", "unpaired"], texts)
    with pytest.warns(Warning):
        plain = nl.analyze(table, nlp=nlp, progress=False)
    assert plain.articles.attrs.get("warnings")
    with pytest.warns(Warning):
        first = nl.analyze(table, nlp=nlp, cache=tmp_path, progress=False)
    with pytest.warns(Warning):
        again = nl.analyze(table, nlp=nlp, cache=tmp_path, progress=False)
    assert first.articles.attrs["warnings"] == again.articles.attrs["warnings"] == plain.articles.attrs["warnings"]
