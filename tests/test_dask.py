"""Dask: the same tables on a 2-worker LocalCluster as in one local process."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

import newslab as nl
from newslab.schema import TABLE_NAMES

pytest.importorskip("distributed")

TEXTS = [
    'The city council voted 7-2 on Tuesday to raise parking fees by 15 percent, Mayor Jane Ortiz said. '
    '"This is about fairness," she told reporters.',
    'LONDON (Reuters) - British inflation fell to 3.2% in March, the Office for National Statistics said on Wednesday.',
    '"We will not back down," union leader Sam Patel said, adding that 4,000 workers would strike on Monday.',
    'The company reported a net loss of $12.5 million for the quarter, according to a filing.',
    'Residents told the BBC the water had risen by two metres overnight. "We lost everything," said Maria Lopez.',
]


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as c:
            yield c


@pytest.fixture(scope="module")
def articles():
    return nl.read_articles(pd.DataFrame({"id": [f"d{i}" for i in range(len(TEXTS))], "title": ["T"] * len(TEXTS),
                                          "date": ["2024-05-01 09:00"] * len(TEXTS), "text": TEXTS}), timezone="Europe/London")


def assert_same(a, b):
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(a[name], b[name], check_exact=True)


def test_dask_pandas_input_equals_local(client, articles, nlp):
    from newslab.dask import analyze_dask

    local = nl.analyze(articles, nlp=nlp, progress=False)
    distributed = analyze_dask(articles, client=client, npartitions=3)
    assert_same(distributed, local)
    assert distributed.meta == local.meta
    assert distributed.articles.attrs == local.articles.attrs


def test_dask_dataframe_and_bag_inputs_equal_local(client, articles, nlp):
    import dask.bag as db
    import dask.dataframe as dd

    from newslab.dask import analyze_dask

    local = nl.analyze(articles, nlp=nlp, progress=False)
    raw = pd.DataFrame({"id": articles["article_id"].tolist(), "title": ["T"] * len(TEXTS),
                        "date": ["2024-05-01 09:00+01:00"] * len(TEXTS), "text": TEXTS})
    from_frame = analyze_dask(dd.from_pandas(articles, npartitions=2), client=client)
    assert_same(from_frame, local)
    from_bag = analyze_dask(db.from_sequence(raw.to_dict("records"), npartitions=2), client=client)
    for name in TABLE_NAMES[1:]:
        pd.testing.assert_frame_equal(from_bag[name], local[name], check_exact=True)


def test_dask_not_imported_by_newslab():
    code = "import sys, newslab as nl; nl.analyze; nl.read_tables; print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
