"""The shipped teaching corpus: shape, determinism, licence, errors."""

import pytest

import newslab as nl
from newslab.datasets import wikinews
from newslab.errors import InputError, InputTypeError


def test_datasets_wikinews_all_articles_with_fields_and_licence():
    df = wikinews()
    assert len(df) == 1000
    assert list(df.columns) == ["id", "title", "date", "source", "url", "text"]
    assert df["id"].is_unique
    assert df["date"].is_monotonic_increasing
    assert df["text"].str.len().min() > 200
    assert "CC BY 2.5" in df.attrs["licence"]
    assert "Wikinews contributors" in df.attrs["citation"]
    assert df["url"].str.startswith("https://en.wikinews.org").all()


def test_datasets_wikinews_sample_is_deterministic_and_seeded():
    a, b = wikinews(50), wikinews(50)
    assert a.equals(b)
    assert not set(wikinews(50, seed=1)["id"]) == set(a["id"])
    assert set(a["id"]) <= set(wikinews()["id"])


def test_datasets_wikinews_is_read_as_articles():
    articles = nl.read_articles(wikinews(3))
    assert len(articles) == 3
    assert articles["headline"].notna().all()
    assert articles["published"].notna().all()


@pytest.mark.parametrize("n, error", [(0, InputError), (1001, InputError), (2.5, InputTypeError), ("10", InputTypeError), (True, InputTypeError)])
def test_datasets_wikinews_bad_n_is_a_clear_error(n, error):
    with pytest.raises(error, match="n must be"):
        wikinews(n)
