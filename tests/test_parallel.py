"""Worker processes: output identical to one process, in input order."""

from __future__ import annotations

import pandas as pd
import pytest

import newslab as nl
from newslab.parallel import block_size_for, iter_blocks
from newslab.pipeline import make_extractor
from newslab.schema import TABLE_NAMES

from .conftest import NEWS_TEXTS

TEXTS = NEWS_TEXTS


def small_articles(n: int = 7) -> pd.DataFrame:
    texts = [TEXTS[i % len(TEXTS)] + (f" Report {i}." if i >= len(TEXTS) else "") for i in range(n)]
    return nl.read_articles(pd.DataFrame({"id": [f"art-{i:03d}" for i in range(n)], "text": texts}))


@pytest.mark.parametrize(("n_articles", "n_process", "batch_size", "expected"), [
    (10, 1, 64, 64), (4722, 2, 64, 64), (100, 2, 64, 7), (3, 2, 64, 4),
])
def test_parallel_block_size(n_articles, n_process, batch_size, expected):
    assert block_size_for(n_articles, n_process, batch_size) == expected


def test_parallel_equals_serial(nlp):
    articles = small_articles(9)
    one = nl.analyze(articles, nlp=nlp, n_process=1, progress=False)
    two = nl.analyze(articles, nlp=nlp, n_process=2, progress=False)
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(one[name], two[name], check_exact=True)
    assert one.sentences["article_id"].unique().tolist() == articles["article_id"].tolist()


def test_parallel_blocks_in_input_order(nlp):
    articles = small_articles(9)
    seen = []
    extract = make_extractor(batch_size=8, aliases=None, sentiment="textblob.v1")
    for start, stop, frames in iter_blocks(articles, nlp, extract, n_process=2, block_size=2):
        seen.append((start, stop))
        ids = set(pd.concat(frames["sentences"])["article_id"]) if frames["sentences"] else set()
        assert ids <= set(articles["article_id"].iloc[start:stop])
    assert seen == [(0, 2), (2, 4), (4, 6), (6, 8), (8, 9)]


def test_parallel_byte_identical_parquet(nlp, tmp_path):
    articles = small_articles(8)
    nl.analyze(articles, nlp=nlp, n_process=1, progress=False).to_parquet(tmp_path / "one")
    nl.analyze(articles, nlp=nlp, n_process=2, progress=False).to_parquet(tmp_path / "two")
    for file in sorted((tmp_path / "one").iterdir()):
        assert file.read_bytes() == (tmp_path / "two" / file.name).read_bytes(), file.name


def test_parallel_progress_counts_every_article(nlp):
    class Bar:
        n = 0

        def update(self, k):
            self.n += k

    from newslab.extract import versions
    from newslab.pipeline import run

    bar = Bar()
    articles = small_articles(6)
    meta = {**versions(nlp), "methods": {**versions(nlp)["methods"], "sentiment": "textblob.v1"}}
    run(articles, nlp, meta=meta, n_process=2, batch_size=4, aliases=None, sentiment="textblob.v1", progress=bar)
    assert bar.n == 6
