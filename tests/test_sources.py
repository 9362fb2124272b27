"""Tests of newslab.sources: one row per source per article."""

from __future__ import annotations

import pandas as pd
import pytest

from newslab.schema import conform, validate
from newslab.sources import SOURCE_COLUMNS, sources_table


def _quotes(rows: list[dict]) -> pd.DataFrame:
    base = {"article_id": "a", "start_char": 0, "text": "", "kind": "direct", "speaker": "", "speaker_canonical": "",
            "speaker_type": "person", "speaker_title": "", "via": ""}
    return pd.DataFrame([{**base, **r} for r in rows])


def test_sources_one_row_per_resolved_source():
    q = _quotes([
        {"start_char": 10, "text": "We will win this", "speaker": "Taro Kono", "speaker_canonical": "Taro Kono", "speaker_title": "Foreign Minister"},
        {"start_char": 50, "text": "Japan is watching", "kind": "indirect", "speaker": "Kono", "speaker_canonical": "Taro Kono"},
        {"start_char": 90, "text": "It is over", "kind": "mixed", "speaker": "he", "speaker_canonical": "Taro Kono"},
    ])
    df = sources_table(q)
    assert df[["source", "n_quotes", "n_direct", "n_indirect", "n_mixed", "n_words_quoted"]].values.tolist() == [["Taro Kono", 3, 1, 1, 1, 10]]
    assert df["speaker_title"].tolist() == ["Foreign Minister"]
    assert df["first_start_char"].tolist() == [10]
    assert df["is_named"].tolist() == [True]


@pytest.mark.parametrize(
    ("speaker", "canonical", "stype", "source", "named"),
    [
        ("A Japanese government source", "", "anonymous", "A Japanese government source", False),
        ("the briefing papers", "", "document", "the briefing papers", False),
        ("the WHO's situation report", "World Health Organization", "document", "World Health Organization", True),
        ("the newspaper", "Asahi", "media", "Asahi", True),
        ("The Japanese government", "Japanese government", "organization", "Japanese government", True),
        ("", "", "unknown", "(unknown)", False),
    ],
)
def test_sources_names_and_is_named(speaker, canonical, stype, source, named):
    df = sources_table(_quotes([{"speaker": speaker, "speaker_canonical": canonical, "speaker_type": stype, "text": "x y"}]))
    assert df["source"].tolist() == [source]
    assert df["source_type"].tolist() == [stype]
    assert df["is_named"].tolist() == [named]


def test_sources_unnamed_sources_told_apart_by_description():
    q = _quotes([
        {"start_char": 0, "speaker": "a source", "speaker_type": "anonymous"},
        {"start_char": 20, "speaker": "A source", "speaker_type": "anonymous"},
        {"start_char": 40, "speaker": "officials", "speaker_type": "anonymous"},
    ])
    df = sources_table(q)
    assert df["source"].tolist() == ["a source", "officials"]
    assert df["n_quotes"].tolist() == [2, 1]


def test_sources_counts_relayed_statements_and_orders_by_article():
    q = pd.concat([
        _quotes([{"article_id": "b", "start_char": 5, "speaker": "Reuters", "speaker_canonical": "Reuters", "speaker_type": "media"}]),
        _quotes([
            {"article_id": "a", "start_char": 30, "speaker": "the papers", "speaker_type": "document", "via": "Asahi"},
            {"article_id": "a", "start_char": 3, "speaker": "the Asahi", "speaker_canonical": "Asahi", "speaker_type": "media"},
        ]),
    ], ignore_index=True)
    df = sources_table(q)
    assert df[["article_id", "source", "n_via"]].values.tolist() == [["b", "Reuters", 0], ["a", "Asahi", 0], ["a", "the papers", 1]]


def test_sources_empty_quotes_give_empty_table():
    df = sources_table(_quotes([]).iloc[0:0])
    assert df.empty and list(df.columns) == SOURCE_COLUMNS


def test_sources_does_not_mutate_input():
    q = _quotes([{"speaker": "Kono", "speaker_canonical": "Taro Kono"}])
    before = q.copy()
    sources_table(q)
    pd.testing.assert_frame_equal(q, before)


def test_sources_conform_to_schema(nlp):
    from newslab.quotes import extract_quotes

    text = (
        '"We will appeal," the company said. Its chief executive, Anna Berg, said the ruling was "deeply flawed". '
        "Officials said the case would go on, Reuters reported."
    )
    q = extract_quotes(nlp(text))
    q.insert(0, "article_id", "x")
    df = conform(sources_table(q), "sources")
    validate(df, "sources")
    assert set(df["source_type"]) <= {"person", "organization", "media", "document", "anonymous", "unknown"}
    assert int(df["n_quotes"].sum()) == len(q)


def test_sources_seed_article(seed_tables):
    src = seed_tables.sources
    asahi = src[src["source"] == "Asahi"]
    assert asahi["source_type"].tolist() == ["media"]
    assert int(asahi["n_quotes"].iloc[0]) == 6
    relayed = src[src["n_via"] > 0]
    assert sorted(relayed["source_type"].tolist()) == ["anonymous", "document"]
    named = src[src["is_named"]]
    assert {"Asahi", "Yoshihide Suga", "Lisa Collins", "Taro Kono", "Japanese government", "North Korea"} <= set(named["source"])
    assert "Reuters" not in set(src["source"])  # wire credits stay on the articles table


def test_sources_counts_by_frame():
    q = _quotes([
        {"start_char": 0, "text": "Prices will rise", "kind": "indirect", "speaker": "the bank", "speaker_canonical": "bank", "speaker_type": "organization", "frame": "speech"},
        {"start_char": 30, "text": "inflation has peaked", "kind": "indirect", "speaker": "It", "speaker_canonical": "bank", "speaker_type": "organization", "frame": "belief"},
        {"start_char": 60, "text": "it had misled savers", "kind": "indirect", "speaker": "The bank", "speaker_canonical": "bank", "speaker_type": "organization", "frame": "stance"},
        {"start_char": 90, "text": "to cut rates", "kind": "indirect", "speaker": "Unions", "speaker_canonical": "", "speaker_type": "anonymous", "frame": "directive"},
        {"start_char": 120, "text": "about 800", "kind": "indirect", "speaker": "police", "speaker_canonical": "", "speaker_type": "anonymous", "frame": "evidence"},
    ])
    df = conform(sources_table(q), "sources")
    validate(df, "sources")
    counts = df.set_index("source")[["n_quotes", "n_speech", "n_belief", "n_evidence", "n_stance", "n_directive"]]
    assert counts.loc["bank"].tolist() == [3, 1, 1, 0, 1, 0]
    assert counts.loc["Unions"].tolist() == [1, 0, 0, 0, 0, 1]
    assert counts.loc["police"].tolist() == [1, 0, 0, 1, 0, 0]
    assert all(str(df[c].dtype) == "int64" for c in ("n_speech", "n_belief", "n_evidence", "n_stance", "n_directive"))


def test_sources_without_frame_column_count_speech():
    q = _quotes([{"text": "We will win", "speaker": "Smith", "speaker_canonical": "Jane Smith"}])
    df = sources_table(q)
    assert df[["n_quotes", "n_speech", "n_belief"]].values.tolist() == [[1, 1, 0]]
