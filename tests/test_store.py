"""Parquet store: exact round trip, byte-identical output, atomic writes, clear errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from newslab.tables import Tables, read_tables, write_tables
from newslab.errors import StoreError
from newslab.schema import TABLE_NAMES, conform, empty, validate
from newslab.store import DatasetWriter, read_manifest, recover

META = {
    "newslab_version": "0.1.0",
    "spacy_version": "3.8.0",
    "python_version": "3.11.7",
    "model": "en_core_web_sm",
    "model_version": "3.8.0",
    "methods": {"sentences": "rules.v1", "entities": "rules.v1", "sentiment": "textblob.v1"},
}

TEXTS = {
    "a1": "Tokyo said on Thursday it would meet Pyongyang. \"We are ready,\" Kono said.",
    "b2": "The council approved a $2.4 million budget, the mayor told reporters.",
}


def make_tables(ids: tuple[str, ...] = ("a1", "b2"), *, tz: str = "Asia/Hong_Kong", labels: tuple[str, ...] = ("GPE", "PERSON")) -> Tables:
    """Small hand-built tables covering every dtype of the schema."""
    articles = conform(
        pd.DataFrame(
            {
                "article_id": list(ids),
                "headline": ["Tokyo seeks talks", None][: len(ids)] + [None] * max(0, len(ids) - 2),
                "published": [pd.Timestamp("2018-03-29 13:30", tz=tz)] * len(ids),
                "updated": [pd.NaT] * len(ids),
                "timezone": [tz] * len(ids),
                "text": [TEXTS.get(i, TEXTS["a1"]) for i in ids],
                "n_words": [len(TEXTS.get(i, TEXTS["a1"]).split()) for i in ids],
                "wire": ["Reuters", None][: len(ids)] + [None] * max(0, len(ids) - 2),
            }
        ),
        "articles",
    )
    articles.attrs = {**META, "skipped": [{"source": "x.txt", "reason": "is empty."}]}
    sentences = conform(
        pd.DataFrame(
            {
                "article_id": [ids[0], ids[0]],
                "sent_id": [0, 1],
                "start_char": [0, 48],
                "end_char": [47, 74],
                "paragraph_id": [0, 0],
                "text": [TEXTS["a1"][0:47], TEXTS["a1"][48:74]],
                "n_words": [8, 4],
                "has_quote": [False, True],
                "n_lexicon_words": [0, 1],
                "polarity": [0.0, 0.2],
                "subjectivity": [0.0, float("nan")],
            }
        ),
        "sentences",
    )
    entities = conform(
        pd.DataFrame(
            {
                "article_id": [ids[0]] * len(labels),
                "ent_id": list(range(len(labels))),
                "start_char": [0, 64][: len(labels)],
                "end_char": [5, 68][: len(labels)],
                "sent_id": [0, 1][: len(labels)],
                "text": ["Tokyo", "Kono"][: len(labels)],
                "label": list(labels),
                "canonical": ["Tokyo", "Taro Kono"][: len(labels)],
                "in_quote": [False, False][: len(labels)],
            }
        ),
        "entities",
    )
    quotes = conform(
        pd.DataFrame(
            {
                "article_id": [ids[0]],
                "quote_id": [0],
                "start_char": [49],
                "end_char": [62],
                "sent_id": [1],
                "text": ["We are ready,"],
                "kind": ["direct"],
                "cue": ["said"],
                "cue_start_char": [69],
                "cue_end_char": [73],
                "speaker": ["Kono"],
                "speaker_start_char": [64],
                "speaker_end_char": [68],
                "speaker_canonical": ["Taro Kono"],
                "speaker_type": ["person"],
                "speaker_title": [None],
                "speaker_ent_id": [None],
                "speaker_resolved": [False],
                "via": [""],
                "n_lexicon_words": [1],
                "polarity": [0.2],
                "subjectivity": [0.5],
            }
        ),
        "quotes",
    )
    tables = {"articles": articles, "sentences": sentences, "entities": entities, "quotes": quotes,
              "sources": empty("sources"), "figures": empty("figures")}
    for name, df in tables.items():
        if name != "articles":
            df.attrs = dict(META)
    return Tables(**tables, meta=dict(META))


def assert_tables_equal(a: Tables, b: Tables) -> None:
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(a[name], b[name], check_exact=True)
        assert a[name].attrs == b[name].attrs, name
    assert a.meta == b.meta


def test_store_round_trip_exact(tmp_path):
    tables = make_tables()
    out = write_tables(tables, tmp_path / "ds")
    back = read_tables(out)
    assert_tables_equal(tables, back)
    assert str(back.articles["published"].dtype) == "datetime64[us, Asia/Hong_Kong]"
    assert list(back.quotes["kind"].cat.categories) == ["direct", "indirect", "mixed"]
    for name in TABLE_NAMES:
        validate(back[name], name, articles=back.articles)


def test_store_round_trip_via_tables_method(tmp_path):
    tables = make_tables()
    back = read_tables(tables.to_parquet(tmp_path / "ds"))
    assert_tables_equal(tables, back)


def test_store_empty_tables_round_trip(tmp_path):
    tables = make_tables()
    tables = Tables(**{name: (df if name == "articles" else empty(name)) for name, df in tables.items()}, meta=META)
    assert_tables_equal(tables, read_tables(write_tables(tables, tmp_path / "ds")))


def test_store_byte_identical_output(tmp_path):
    write_tables(make_tables(), tmp_path / "one")
    write_tables(make_tables(), tmp_path / "two")
    files = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert files == sorted(p.name for p in (tmp_path / "two").iterdir())
    assert "manifest.json" in files and "quotes.parquet" in files
    for name in files:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_store_manifest_contents(tmp_path):
    from newslab.articles import article_hash

    out = write_tables(make_tables(), tmp_path / "ds")
    manifest = read_manifest(out)
    assert manifest["newslab_version"] == "0.1.0" and manifest["model"] == "en_core_web_sm"
    assert manifest["methods"]["sentiment"] == "textblob.v1"
    assert manifest["article_hashes"] == {aid: article_hash(TEXTS[aid]) for aid in ("a1", "b2")}
    assert manifest["tables"]["sentences"]["rows"] == 2


def test_store_plain_parquet_readable(tmp_path):
    out = write_tables(make_tables(), tmp_path / "ds")
    df = pd.read_parquet(out / "entities.parquet")
    assert df["canonical"].tolist() == ["Tokyo", "Taro Kono"]


def test_store_chunked_writer_equals_whole(tmp_path):
    whole = make_tables(("a1", "b2", "c3"))
    with DatasetWriter(tmp_path / "chunked") as writer:
        writer.append(whole.for_articles(["a1"]))
        writer.append(whole.for_articles(["b2", "c3"]))
        writer.commit(meta=whole.meta, attrs={name: df.attrs for name, df in whole.items()})
    assert_tables_equal(whole, read_tables(tmp_path / "chunked"))


def test_store_chunked_writer_unites_categories_and_zones(tmp_path):
    first = make_tables(("a1",), tz="Asia/Hong_Kong", labels=("PERSON", "GPE"))
    second = make_tables(("b2",), tz="Europe/London", labels=("ORG",))
    second.entities["article_id"] = pd.array(["b2"], dtype="string")
    with DatasetWriter(tmp_path / "ds") as writer:
        writer.append(first)
        writer.append(second)
        writer.commit(meta=META)
    back = read_tables(tmp_path / "ds")
    assert list(back.entities["label"].cat.categories) == ["GPE", "ORG", "PERSON"]
    assert str(back.articles["published"].dt.tz) == "UTC"
    assert back.articles["published"].tolist() == [pd.Timestamp("2018-03-29 05:30", tz="UTC"), pd.Timestamp("2018-03-29 12:30", tz="UTC")]


def test_store_read_some_articles_and_columns(tmp_path):
    tables = make_tables(("a1", "b2"))
    out = write_tables(tables, tmp_path / "ds")
    some = read_tables(out, article_ids=["b2"])
    assert some.articles["article_id"].tolist() == ["b2"]
    assert len(some.sentences) == 0 and some.sentences.dtypes.equals(tables.sentences.dtypes)
    narrow = read_tables(out, columns=["article_id", "text"])
    assert list(narrow.sentences.columns) == ["article_id", "text"]
    assert list(narrow.sources.columns) == ["article_id"]
    picked = read_tables(out, columns={"quotes": ["speaker_canonical"]}, article_ids="a1")
    assert list(picked.quotes.columns) == ["speaker_canonical"]
    assert picked.quotes["speaker_canonical"].tolist() == ["Taro Kono"]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda p: (p / "manifest.json").unlink(), "no manifest.json"),
        (lambda p: (p / "manifest.json").write_text("{not json"), "not readable JSON"),
        (lambda p: (p / "figures.parquet").unlink(), "figures.parquet is missing"),
        (lambda p: (p / "quotes.parquet").write_bytes(b"garbage"), "not a readable Parquet file"),
        (lambda p: _bump_version(p), "Upgrade newslab"),
    ],
)
def test_store_damaged_dataset_raises_store_error(tmp_path, damage, message):
    out = write_tables(make_tables(), tmp_path / "ds")
    damage(out)
    with pytest.raises(StoreError, match=message):
        read_tables(out)


def _bump_version(path: Path) -> None:
    manifest = json.loads((path / "manifest.json").read_text())
    manifest["format_version"] = 99
    (path / "manifest.json").write_text(json.dumps(manifest))


def test_store_missing_folder_and_bad_selection_raise(tmp_path):
    with pytest.raises(StoreError, match="No newslab dataset"):
        read_tables(tmp_path / "nothing")
    out = write_tables(make_tables(), tmp_path / "ds")
    with pytest.raises(StoreError, match="no article"):
        read_tables(out, article_ids=["zz"])
    with pytest.raises(StoreError, match="No table has"):
        read_tables(out, columns=["nope"])


def test_store_refuses_to_overwrite_other_folder(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_text("precious")
    with pytest.raises(StoreError, match="not a newslab dataset"):
        write_tables(make_tables(), tmp_path / "mine")
    assert (tmp_path / "mine" / "thesis.docx").read_text() == "precious"


def test_store_replace_keeps_hidden_entries_and_leaves_no_staging(tmp_path):
    out = write_tables(make_tables(("a1",)), tmp_path / "ds")
    (out / ".cache").mkdir()
    (out / ".cache" / "keep.txt").write_text("cached")
    write_tables(make_tables(("a1", "b2")), out)
    assert (out / ".cache" / "keep.txt").read_text() == "cached"
    assert read_tables(out).articles["article_id"].tolist() == ["a1", "b2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]


def test_store_failed_write_leaves_old_dataset(tmp_path, monkeypatch):
    out = write_tables(make_tables(("a1",)), tmp_path / "ds")
    bad = make_tables(("a1", "b2"))
    monkeypatch.setattr("newslab.store.write_json", _boom)
    with pytest.raises(RuntimeError):
        write_tables(bad, out)
    assert read_tables(out).articles["article_id"].tolist() == ["a1"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]


def _boom(*args, **kwargs):
    raise RuntimeError("killed")


def test_store_recover_after_kill_mid_swap(tmp_path):
    # A writer killed between its two renames leaves the finished dataset in a
    # staging folder named after a dead process, and the cache beside it.
    out = write_tables(make_tables(("a1", "b2")), tmp_path / "ds")
    (out / ".cache").mkdir()
    dead = _dead_pid()
    staged = tmp_path / f".ds.newslab-tmp-{dead}-abcd1234"
    os.rename(out, staged)
    with pytest.raises(StoreError, match="interrupted write"):
        read_tables(out)
    recover(out)
    assert read_tables(out).articles["article_id"].tolist() == ["a1", "b2"]
    assert (out / ".cache").is_dir() and not staged.exists()


def _dead_pid() -> int:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    return int(proc.stdout)
