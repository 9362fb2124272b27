"""The schema: conforming, validating, the README data dictionary."""

from __future__ import annotations

import pandas as pd
import pytest

from newslab.errors import SchemaError
from newslab.schema import KEYS, TABLES, conform, data_dictionary, empty, validate

from .conftest import ROOT


@pytest.mark.parametrize("table", list(TABLES))
def test_schema_empty_tables_have_full_schema(table):
    df = empty(table)
    assert list(df.columns) == [c.name for c in TABLES[table]]
    validate(df, table)


def test_schema_conform_casts_orders_and_keeps_extra_columns():
    raw = pd.DataFrame({"text": ["Body."], "article_id": ["a"], "n_words": [1], "topic": ["x"]})
    out = conform(raw, "articles")
    assert list(out.columns)[:2] == ["article_id", "headline"]
    assert out.columns[-1] == "topic"
    assert isinstance(out.article_id.dtype, pd.StringDtype)
    assert isinstance(out.published.dtype, pd.DatetimeTZDtype)
    assert list(raw.columns) == ["text", "article_id", "n_words", "topic"]  # not mutated


def test_schema_validate_catches_bad_tables():
    df = conform(pd.DataFrame({"article_id": ["a", "a"], "sent_id": [0, 0], "start_char": [0, 5], "end_char": [4, 9],
                               "paragraph_id": [0, 0], "text": ["One.", "Two."], "n_words": [1, 1],
                               "n_lexicon_words": [0, 0]}), "sentences")
    with pytest.raises(SchemaError, match="duplicate keys"):
        validate(df, "sentences")
    df2 = df.assign(sent_id=[0, 1])
    validate(df2, "sentences")
    articles = conform(pd.DataFrame({"article_id": ["a"], "text": ["One! Two."], "n_words": [2]}), "articles")
    with pytest.raises(SchemaError, match="round-trip"):
        validate(df2, "sentences", articles=articles)
    with pytest.raises(SchemaError, match="dtype"):
        validate(df2.astype({"n_words": "float64"}), "sentences")
    with pytest.raises(SchemaError, match="columns"):
        validate(df2.drop(columns="text"), "sentences")


def test_schema_missing_required_integer_column_is_an_error():
    with pytest.raises(SchemaError, match="needs the column 'n_words'"):
        conform(pd.DataFrame({"article_id": ["a"], "text": ["x"]}), "articles")


def test_schema_keys_are_columns():
    for table, keys in KEYS.items():
        names = {c.name for c in TABLES[table]}
        assert set(keys) <= names


def test_schema_data_dictionary_page_is_generated():
    page = (ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert data_dictionary() in page, "docs/data-dictionary.md is stale: run `python -m newslab.schema`"
