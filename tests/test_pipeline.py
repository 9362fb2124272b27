"""The pipeline: every strategy (one process, workers, cache, Dask) gives byte-identical datasets."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

import newslab as nl
from newslab.errors import QuoteMarkWarning
from newslab.pipeline import make_extractor

from .conftest import NEWS_TEXTS


def dataset_files(folder: Path) -> dict[str, bytes]:
    """Every file of a dataset: the six Parquet files and the manifest (versions, warnings, ...)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


#: Two articles with an unpaired quotation mark: their warnings must survive every strategy.
UNPAIRED = [
    'The mayor said "the budget is final and the vote is on Monday. Council members did not comment.',
    'Union leader Sam Patel told reporters: "We will strike. Talks resume next week, the company said.',
]


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    texts = [text + f"\n\nThis is report {i}." for i, text in enumerate([*NEWS_TEXTS, UNPAIRED[0], *NEWS_TEXTS, UNPAIRED[1]])]
    return nl.read_articles(pd.DataFrame({"id": [f"p{i:02d}" for i in range(len(texts))], "text": texts,
                                          "date": ["2024-05-02 10:00"] * len(texts)}), timezone="Europe/Paris")


def test_pipeline_strategies_write_identical_parquet(nlp, articles, tmp_path):
    runs = {
        "serial": lambda: nl.analyze(articles, nlp=nlp, progress=False),
        "two-processes": lambda: nl.analyze(articles, nlp=nlp, n_process=2, batch_size=4, progress=False),
        "cache-first": lambda: nl.analyze(articles, nlp=nlp, cache=tmp_path / "cache", progress=False),
        "cache-second": lambda: nl.analyze(articles, nlp=nlp, cache=tmp_path / "cache", progress=False),
    }
    pytest.importorskip("dask")
    from newslab.dask import analyze_dask

    runs["dask"] = lambda: analyze_dask(articles, npartitions=3)  # Dask's local scheduler: no cluster needed
    written, announced = {}, {}
    for name, run in runs.items():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            tables = run()
        announced[name] = [str(w.message) for w in caught if issubclass(w.category, QuoteMarkWarning)]
        written[name] = dataset_files(tables.to_parquet(tmp_path / name))
        assert tables.articles["warnings"].notna().sum() == 2, name
    reference = written.pop("serial")
    tables_written = sorted(f"{name}.parquet" for name in nl.Tables.__dataclass_fields__ if name != "meta")
    assert sorted(reference) == sorted([*tables_written, "manifest.json"])
    for name, files in written.items():
        assert files.keys() == reference.keys(), name
        for file, data in files.items():
            assert data == reference[file], f"{name}: {file} differs from the one-process run"
    # One warning per category per run; a fully cached re-run keeps the notes without announcing them again.
    assert {name: len(messages) for name, messages in announced.items()} == {
        "serial": 1, "two-processes": 1, "cache-first": 1, "cache-second": 0, "dask": 1,
    }
    assert announced["serial"][0].startswith("2 QuoteMarkWarning notes in 2 articles")


def test_pipeline_extractor_pickles_for_spawned_workers():
    import pickle

    extract = make_extractor(batch_size=8, aliases={"kono": "Taro Kono"}, sentiment="vader.v1")
    again = pickle.loads(pickle.dumps(extract))
    assert again.func is extract.func and again.keywords == extract.keywords


@pytest.mark.parametrize("cached", [False, True])
def test_pipeline_progress_bar_closed_before_the_warnings(nlp, monkeypatch, tmp_path, cached):
    # A bar closed after the run's warnings prints its last line again below them:
    # in a notebook the bar showed twice. It is closed first.
    import warnings

    import newslab.pipeline as pipeline

    log: list = []

    class Bar:
        def __init__(self, **kwargs):
            self.n = 0

        def update(self, n=1):
            self.n += n

        def cached(self, n):
            self.n += n

        def status(self, text):
            pass

        def close(self):
            log.append(("closed", self.n))

    monkeypatch.setattr(pipeline, "ArticleProgress", Bar)
    text = 'The mayor said the plan was “ready. Residents disagreed, officials said.'  # an opening mark that pairs with nothing
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        log = caught  # one list, in the order things happened: bar closes and warnings
        pipeline.analyze(pd.DataFrame({"id": ["a"], "text": [text]}), nlp=nlp, progress=True,
                         cache=tmp_path / "cache" if cached else None)
    kinds = [e[0] if isinstance(e, tuple) else e.category.__name__ for e in caught]
    assert "QuoteMarkWarning" in kinds
    assert kinds.index("closed") < kinds.index("QuoteMarkWarning"), kinds
    assert caught[kinds.index("closed")] == ("closed", 1)
