"""newslab.io: atomic files with ordinary permissions, exact column round trips, process checks."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pandas as pd
import pyarrow.parquet as pq
import pytest

from newslab.io import atomic_file, decode, encode, infer_spec, is_null, pid_alive, write_json, write_parquet


@pytest.fixture
def umask():
    """Set the process umask for one test and restore it afterwards."""
    previous = os.umask(0o022)
    os.umask(previous)

    def set_mask(mask: int) -> None:
        os.umask(mask)

    yield set_mask
    os.umask(previous)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_io_atomic_file_honours_umask(tmp_path, umask, mask, mode):
    umask(mask)
    target = tmp_path / "chart.svg"
    with atomic_file(target) as handle:
        handle.write(b"<svg/>")
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert target.read_bytes() == b"<svg/>"


def test_io_atomic_file_error_leaves_old_file_and_no_leftovers(tmp_path):
    target = tmp_path / "page.html"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_file(target, text=True) as handle:
            handle.write("half of the new page")
            raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


def test_io_atomic_file_replaces_in_one_step(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_text("old", encoding="utf-8")
    with atomic_file(target, text=True) as handle:
        handle.write("new")
        assert target.read_text(encoding="utf-8") == "old"  # not visible until the block ends
    assert target.read_text(encoding="utf-8") == "new"


def test_io_write_json_is_stable_text(tmp_path):
    target = tmp_path / "manifest.json"
    write_json({"b": 1, "a": [1.5, None], "when": pd.Timestamp("2024-01-02", tz="UTC")}, target)
    text = target.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert json.loads(text) == {"b": 1, "a": [1.5, None], "when": "2024-01-02 00:00:00+00:00"}


FRAME = pd.DataFrame({
    "article_id": pd.array(["a1", "a1", None], dtype="string"),
    "label": pd.Categorical(["ORG", "GPE", None], categories=["GPE", "ORG", "PERSON"]),
    "speaker_ent_id": pd.array([3, None, 1], dtype="Int64"),
    "flag": pd.array([True, None, False], dtype="boolean"),
    "score": [0.25, float("nan"), -1.0],
    "n": [1, 2, 3],
    "published": pd.to_datetime(["2018-03-29 13:30", None, "2020-01-01 00:00"]).tz_localize("Asia/Tokyo"),
    "naive": pd.to_datetime(["2018-03-29", "2018-03-30", None]),
    "names": pd.Series(["x", None, "z"], dtype=object),
    "payload": pd.Series([{"k": [1, 2]}, None, ["a"]], dtype=object),
})


@pytest.mark.parametrize("column", list(FRAME.columns))
def test_io_encode_decode_round_trip_exact(column):
    df = FRAME[[column]]
    specs = [infer_spec(column, df[column])]
    back = decode(encode(df, specs), specs)
    pd.testing.assert_frame_equal(back, df, check_exact=True)


@pytest.mark.parametrize(("column", "kind"), [
    ("label", "category"), ("published", "datetimetz"), ("naive", "datetime"), ("names", "object"),
    ("payload", "json"), ("speaker_ent_id", "native"), ("article_id", "native"),
])
def test_io_infer_spec_kind(column, kind):
    assert infer_spec(column, FRAME[column])["kind"] == kind


def test_io_infer_spec_all_null():
    assert infer_spec("x", pd.Series([None, None], dtype="string"))["all_null"] is True
    assert infer_spec("x", pd.Series([None, "a"], dtype="string"))["all_null"] is False


def test_io_write_parquet_same_table_same_bytes(tmp_path):
    specs = [infer_spec(c, FRAME[c]) for c in FRAME.columns]
    write_parquet(encode(FRAME, specs), tmp_path / "a.parquet")
    write_parquet(encode(FRAME.copy(), specs), tmp_path / "b.parquet", row_group_size=50_000)
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()
    assert pq.read_table(tmp_path / "a.parquet").num_rows == len(FRAME)


@pytest.mark.parametrize(("value", "null"), [
    (None, True), (pd.NA, True), (pd.NaT, True), (float("nan"), True), (0.0, False), ("", False), ([], False),
])
def test_io_is_null(value, null):
    assert is_null(value) is null


def test_io_pid_alive():
    assert pid_alive(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not pid_alive(child.pid)  # reaped: the id is free
