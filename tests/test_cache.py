"""Per-article cache: reuse, incremental runs, resume after a crash, identical output."""

from __future__ import annotations

import warnings

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
    # A cached re-run keeps the warnings in the tables but does not announce them again.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = nl.analyze(table, nlp=nlp, cache=tmp_path, progress=False)
    assert first.articles.attrs["warnings"] == again.articles.attrs["warnings"] == plain.articles.attrs["warnings"]
    pd.testing.assert_series_equal(again.articles["warnings"], plain.articles["warnings"])
    assert again.articles["warnings"].isna().tolist() == [True, False]


def dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def parquet_bytes(tables, folder) -> dict[str, bytes]:
    out = tables.to_parquet(folder)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def cache_for(nlp, folder, sentiment="textblob.v1"):
    from newslab.extract import versions

    meta = versions(nlp)
    meta["methods"]["sentiment"] = sentiment
    return ArticleCache(folder, config_for(meta, sentiment=sentiment, aliases=None))


def test_cache_journal_of_a_killed_run_is_folded_in(nlp, tmp_path, count_docs):
    # What `kill -9` leaves: articles in the journal of a process that is gone, no chunk.
    from newslab.cache import Journal
    from newslab.extract import extract_articles

    # j1 raises a QuoteMarkWarning: its note must come back from the journal too.
    texts = [TEXTS[0], 'The mayor said "the plan is final and we will vote on it. Nobody objected.', *TEXTS[1:4]]
    table = articles(["j0", "j1", "j2", "j3", "j4"], texts)
    with pytest.warns(Warning, match="pair with nothing"):
        reference = nl.analyze(table, nlp=nlp, progress=False)
    store = cache_for(nlp, tmp_path / "cache")
    journal = Journal(store.journals, f"{dead_pid()}-0123456789ab")
    extract_articles(table.iloc[:4], nlp, on_article=journal)
    journal.close()
    (file,) = store.journals.iterdir()
    with open(file, "a", encoding="utf-8") as handle:
        handle.write('{"key": ["j4", "abc"], "tables": {"sent')  # the article in progress when the kill came
    count_docs["n"] = 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # j1 was analysed by the killed run: its warning is not announced again
        resumed = nl.analyze(table, nlp=nlp, cache=tmp_path / "cache", progress=False)
    assert count_docs["n"] == 1  # only the article that was in progress
    assert resumed.articles["warnings"].notna().tolist() == [False, True, False, False, False]
    assert resumed.articles.attrs["warnings"] == reference.articles.attrs["warnings"]
    assert not list(store.journals.iterdir())
    assert parquet_bytes(resumed, tmp_path / "a") == parquet_bytes(reference, tmp_path / "b")


def test_cache_journal_of_a_live_run_is_left_alone(nlp, tmp_path):
    import os

    from newslab.cache import Journal
    from newslab.extract import extract_articles

    store = cache_for(nlp, tmp_path / "cache")
    journal = Journal(store.journals, f"{os.getppid()}-0123456789ab")  # another run, still running
    extract_articles(articles(["live"]), nlp, on_article=journal)
    journal.close()
    cache_for(nlp, tmp_path / "cache")
    assert len(list(store.journals.iterdir())) == 1
    assert ("live",) not in {k[:1] for k in store.index()}


def test_cache_interrupt_keeps_every_finished_article(nlp, tmp_path, monkeypatch):
    # Ctrl-C in the middle of a chunk: the finished articles of that chunk are folded in
    # before the interrupt goes on, and the count says exactly how many were kept.
    from newslab.extract import versions
    from newslab.pipeline import run
    from newslab.tables import RunStats

    table = articles([f"k{i}" for i in range(7)])
    real = extract_module.extract_columns
    calls = {"n": 0}

    def dies_on_sixth(doc, **kwargs):
        calls["n"] += 1
        if calls["n"] == 6:
            raise KeyboardInterrupt
        return real(doc, **kwargs)

    monkeypatch.setattr(extract_module, "extract_columns", dies_on_sixth)
    meta = versions(nlp)
    meta["methods"]["sentiment"] = "textblob.v1"
    stats = RunStats()
    with pytest.raises(KeyboardInterrupt):
        run(table, nlp, meta=meta, batch_size=1, n_process=1, sentiment="textblob.v1", aliases=None,
            cache=tmp_path, chunk_articles=4, stats=stats)
    assert (stats.cached, stats.analysed, stats.kept) == (0, 5, 5)  # one whole chunk of 4, one article from the journal
    store = cache_for(nlp, tmp_path)
    assert sorted(k[0] for k in store.index()) == [f"k{i}" for i in range(5)]
    assert not list(store.journals.iterdir())
    monkeypatch.setattr(extract_module, "extract_columns", real)
    again = RunStats()
    resumed = run(table, nlp, meta=meta, batch_size=1, n_process=1, sentiment="textblob.v1", aliases=None,
                  cache=tmp_path, chunk_articles=4, stats=again)
    assert (again.cached, again.analysed) == (5, 2)
    assert_same(resumed, nl.analyze(table, nlp=nlp, progress=False))


def test_cache_journal_from_worker_processes(nlp, tmp_path, monkeypatch):
    # Forked workers write their own journal files; a finished run leaves none behind.
    table = articles([f"w{i}" for i in range(8)])
    got = nl.analyze(table, nlp=nlp, cache=tmp_path, n_process=2, batch_size=2, progress=False)
    assert_same(got, nl.analyze(table, nlp=nlp, progress=False))
    assert not list(tmp_path.glob("v*/*/journal/*"))
