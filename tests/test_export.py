"""Export to CSV, Stata and Feather with a codebook (newslab.export)."""

from __future__ import annotations

import json
import os

import pandas as pd
import pytest

import newslab as nl
from newslab.errors import InputError, InputTypeError, StoreError
from newslab.export import CODEBOOK_COLUMNS, FORMATS, codebook, default_folder, export_tables
from newslab.schema import TABLES, conform, empty
from newslab.tables import Tables

LONG = "word " * 700  # 3,500 bytes: longer than Stata's str# (2,045)


@pytest.fixture
def tables() -> Tables:
    """Two articles covering the awkward types: tz-aware and missing datetimes, a long text,
    categories, nullable integers with a missing value, booleans, non-ASCII text."""
    arts = conform(pd.DataFrame({
        "article_id": ["a1", "a2"],
        "headline": ["Zürich council votes", None],
        "published": [pd.Timestamp("2024-03-01 09:30", tz="Europe/Zurich"), pd.Timestamp("2024-03-02 18:00", tz="Europe/Zurich")],
        "updated": [None, pd.Timestamp("2024-03-03 08:00", tz="Europe/Zurich")],
        "text": ["Mayor Anna Keller said the levy would rise by 5%. “We must,” she said.", LONG],
        "n_words": [14, 700],
    }), "articles")
    ents = conform(pd.DataFrame({
        "article_id": ["a1", "a1"], "ent_id": [0, 1], "start_char": [6, 49], "end_char": [17, 51], "sent_id": [0, 0],
        "text": ["Anna Keller", "5%"], "label": ["PERSON", "PERCENT"], "canonical": ["Anna Keller", "5%"],
        "in_quote": [False, True],
    }), "entities")
    quotes = conform(pd.DataFrame({
        "article_id": ["a1", "a1"], "quote_id": [0, 1], "start_char": [0, 53], "end_char": [50, 60], "sent_id": [0, 1],
        "text": ["the levy would rise by 5%", "We must"], "kind": ["indirect", "direct"], "speaker": ["Mayor Anna Keller", "she"],
        "speaker_canonical": ["Anna Keller", "Anna Keller"], "speaker_type": ["person", "person"],
        "speaker_ent_id": [0, None], "polarity": [0.0, 0.25], "n_lexicon_words": [0, 1],
    }), "quotes")
    from newslab.sources import sources_table

    sources = conform(sources_table(quotes), "sources")
    meta = {"newslab_version": nl.__version__, "methods": {"entities": "canonical.v1"}}
    parts = {"articles": arts, "sentences": empty("sentences"), "entities": ents, "quotes": quotes,
             "sources": sources, "figures": empty("figures")}
    for df in parts.values():
        df.attrs = dict(meta)
    return Tables(**parts, meta=meta)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_one_file_per_table_and_a_codebook(tables, tmp_path, fmt):
    out = export_tables(tables, tmp_path / "export", to=fmt)
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted([f"{name}{FORMATS[fmt]}" for name in TABLES] + ["codebook.csv", "metadata.json"])
    book = pd.read_csv(out / "codebook.csv", keep_default_na=False)
    assert list(book.columns) == CODEBOOK_COLUMNS
    assert len(book) == sum(len(df.columns) for _, df in tables.items())
    row = book[(book["table"] == "quotes") & (book["column"] == "speaker_canonical")].iloc[0]
    assert row["description"] == next(c.description for c in TABLES["quotes"] if c.name == "speaker_canonical")
    assert book[(book["table"] == "quotes") & (book["column"] == "kind")]["categories"].item() == "direct; indirect; mixed"
    meta = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    assert meta["format"] == fmt and meta["tables"]["quotes"]["rows"] == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging folder left


def test_export_csv_values(tables, tmp_path):
    out = export_tables(tables, tmp_path / "csv", to="csv")
    arts = pd.read_csv(out / "articles.csv", keep_default_na=False, dtype=str)
    assert arts["published"].tolist() == ["2024-03-01T09:30:00+01:00", "2024-03-02T18:00:00+01:00"]
    assert arts["updated"].tolist() == ["", "2024-03-03T08:00:00+01:00"]
    assert arts["headline"].tolist() == ["Zürich council votes", ""]
    assert arts["text"].tolist()[0] == tables.articles["text"][0]  # quotes and curly marks survive
    ents = pd.read_csv(out / "entities.csv", keep_default_na=False, dtype=str)
    assert ents["in_quote"].tolist() == ["false", "true"]
    quotes = pd.read_csv(out / "quotes.csv", keep_default_na=False, dtype=str)
    assert quotes["speaker_ent_id"].tolist() == ["0", ""]
    assert quotes["kind"].tolist() == ["indirect", "direct"]
    # pandas reads the file back to the same values
    back = pd.read_csv(out / "quotes.csv")
    assert back["polarity"].tolist() == [0.0, 0.25]


def test_export_stata_labels_types_and_long_strings(tables, tmp_path):
    out = export_tables(tables, tmp_path / "dta", to="stata")
    with pd.io.stata.StataReader(out / "quotes.dta") as reader:
        labels = reader.variable_labels()
        assert reader.data_label == "newslab quotes table"
        value_labels = reader.value_labels()
    assert labels["kind"].startswith("direct (inside quotation marks)")
    assert all(len(v) <= 80 for v in labels.values())
    assert value_labels["kind"] == {0: "direct", 1: "indirect", 2: "mixed"}
    quotes = pd.read_stata(out / "quotes.dta")
    assert quotes["kind"].astype(str).tolist() == ["indirect", "direct"]
    assert quotes["speaker_ent_id"].isna().tolist() == [False, True]  # missing stays missing (.)
    arts = pd.read_stata(out / "articles.dta")
    # Stata has no time zones: UTC wall time.
    assert arts["published"].tolist() == [pd.Timestamp("2024-03-01 08:30"), pd.Timestamp("2024-03-02 17:00")]
    assert pd.isna(arts["updated"][0])
    assert arts["text"].tolist()[1] == LONG  # strL
    ents = pd.read_stata(out / "entities.dta")
    assert ents["in_quote"].tolist() == [0, 1]
    book = pd.read_csv(out / "codebook.csv", keep_default_na=False)
    stored = dict(zip(book["table"] + "." + book["column"], book["stored_as"]))
    assert stored["articles.text"] == "strL" and stored["articles.published"].startswith("%tc")
    assert stored["quotes.speaker_ent_id"].startswith("double")


def test_export_stata_renames_columns_it_cannot_use(tables, tmp_path):
    arts = tables.articles.copy()
    arts["2nd source (url)"] = ["x", "y"]
    arts["a_very_long_column_name_that_stata_cannot_hold_at_all"] = [1, 2]
    t = Tables(arts, tables.sentences, tables.entities, tables.quotes, tables.sources, tables.figures, meta=tables.meta)
    out = export_tables(t, tmp_path / "dta", to="stata")
    book = pd.read_csv(out / "codebook.csv", keep_default_na=False)
    names = dict(zip(book["column"], book["file_column"]))
    assert names["2nd source (url)"] == "_2nd_source__url_"
    assert len(names["a_very_long_column_name_that_stata_cannot_hold_at_all"]) == 32
    back = pd.read_stata(out / "articles.dta")
    assert back["_2nd_source__url_"].tolist() == ["x", "y"]


def test_export_feather_keeps_dtypes(tables, tmp_path):
    out = export_tables(tables, tmp_path / "feather", to="feather")
    for name, df in tables.items():
        back = pd.read_feather(out / f"{name}.feather")
        pd.testing.assert_frame_equal(back, df, check_dtype=False, check_categorical=False, check_index_type=False)
    back = pd.read_feather(out / "articles.feather")
    assert str(back["published"].dt.tz) == "Europe/Zurich"
    assert isinstance(pd.read_feather(out / "quotes.feather")["kind"].dtype, pd.CategoricalDtype)


def test_export_files_honour_the_umask(tables, tmp_path):
    old = os.umask(0o022)
    try:
        out = export_tables(tables, tmp_path / "csv", to="csv")
    finally:
        os.umask(old)
    assert {oct(p.stat().st_mode & 0o777) for p in out.iterdir()} == {"0o644"}


def test_export_replaces_an_earlier_export_and_refuses_other_folders(tables, tmp_path):
    out = tmp_path / "csv"
    export_tables(tables, out, to="csv")
    (out / "stale.csv").write_text("x\n", encoding="utf-8")
    export_tables(tables, out, to="csv")
    assert not (out / "stale.csv").exists()
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(StoreError, match="not a newslab export"):
        export_tables(tables, other, to="csv")
    assert (other / "notes.txt").read_text(encoding="utf-8") == "keep me"
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        export_tables(tables, tmp_path / "file", to="csv")


def test_export_bad_arguments(tables, tmp_path):
    with pytest.raises(InputError, match="csv, stata, feather"):
        export_tables(tables, tmp_path / "x", to="xlsx")
    with pytest.raises(InputTypeError, match="Tables or the path"):
        export_tables(42, tmp_path / "x")  # type: ignore[arg-type]


def test_export_codebook_of_empty_tables_describes_every_schema_column():
    t = Tables(*(empty(name) for name in TABLES))
    book = codebook(t, to="stata")
    assert len(book) == sum(len(cols) for cols in TABLES.values())
    assert (book["description"] != "").all()


def test_export_cli_writes_beside_the_dataset(seed_tables, tmp_path, capsys):
    from newslab.cli import main

    dataset = seed_tables.to_parquet(tmp_path / "results")
    assert main(["export", str(dataset), "--to", "csv"]) == 0
    out = default_folder(dataset, "csv")
    assert out == tmp_path / "results-csv"
    arts = pd.read_csv(out / "articles.csv")
    assert arts["article_id"].tolist() == seed_tables.articles["article_id"].tolist()
    ents = pd.read_csv(out / "entities.csv")
    assert len(ents) == len(seed_tables.entities)
    assert "codebook.csv" in capsys.readouterr().err
    assert main(["export", str(dataset), "--to", "stata", "--out", str(tmp_path / "dta")]) == 0
    back = pd.read_stata(tmp_path / "dta" / "quotes.dta")
    assert len(back) == len(seed_tables.quotes)
    assert main(["export", str(tmp_path / "missing")]) == 1
    assert "No newslab dataset" in capsys.readouterr().err
