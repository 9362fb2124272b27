"""The review: a reproducible sample, verdicts saved atomically after every one, resuming, and the widget."""

from __future__ import annotations

import os
import stat

import pandas as pd
import pytest

import newslab as nl
from newslab.errors import InputError, InputTypeError, ReviewWarning
from newslab.reviewing import _allocate, draw_sample
from newslab.verdicts import REVIEW_COLUMNS, normalize_verdict, read_review

from .conftest import NEWS_TEXTS


@pytest.fixture(scope="module")
def tables(nlp):
    arts = nl.read_articles(pd.DataFrame({"id": [f"n{i}" for i in range(len(NEWS_TEXTS))],
                                          "title": [f"Story {i}" for i in range(len(NEWS_TEXTS))], "text": NEWS_TEXTS}))
    return nl.analyze(arts, nlp=nlp, progress=False)


def _keys(rows):
    return list(zip(rows["article_hash"], rows["start_char"], rows["end_char"]))


def test_reviewing_sample_is_reproducible_and_order_free(tables):
    a = draw_sample(tables, sample=6, seed=3)
    b = draw_sample(tables, sample=6, seed=3)
    assert _keys(a) == _keys(b)
    shuffled = nl.Tables(**{name: df.sample(frac=1, random_state=1).reset_index(drop=True) if name == "quotes" else df
                            for name, df in tables.items()}, meta=tables.meta)
    assert _keys(draw_sample(shuffled, sample=6, seed=3)) == _keys(a)  # the table's row order does not matter
    assert _keys(draw_sample(tables, sample=6, seed=4)) != _keys(a)
    assert list(a.columns) == REVIEW_COLUMNS and (a["verdict"] == "").all()
    assert len(set(_keys(a))) == 6
    assert len(draw_sample(tables, sample=500, seed=0)) == len(tables.quotes)  # all, when fewer


@pytest.mark.parametrize(("sizes", "sample", "expected"), [
    ({"direct": 50, "indirect": 30, "mixed": 20}, 10, {"direct": 5, "indirect": 3, "mixed": 2}),
    ({"direct": 5, "indirect": 4, "mixed": 1}, 3, {"direct": 2, "indirect": 1, "mixed": 0}),
    ({"a": 1, "b": 1}, 5, {"a": 1, "b": 1}),  # never more than a stratum holds
    ({"a": 2, "b": 7}, 5, {"a": 1, "b": 4}),
])
def test_reviewing_stratified_allocation_is_proportional(sizes, sample, expected):
    assert _allocate(sizes, sample) == expected


def test_reviewing_stratified_sample(tables):
    rows = draw_sample(tables, sample=6, seed=0, stratify="kind")
    shares = tables.quotes["kind"].astype(str).value_counts()
    got = rows["kind"].value_counts()
    want = _allocate(shares.to_dict(), 6)
    assert got.to_dict() == {k: v for k, v in want.items() if v}
    assert set(rows["stratum"]) <= {f"kind={k}" for k in shares.index}


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"sample": 0}, "at least 1"),
    ({"stratify": "speaker"}, "stratify must be"),
])
def test_reviewing_bad_options(tables, tmp_path, kwargs, message):
    with pytest.raises(InputError, match=message):
        nl.review(tables, path=tmp_path / "r.csv", **kwargs)


def test_reviewing_needs_tables(tmp_path):
    with pytest.raises(InputTypeError, match="expects newslab Tables"):
        nl.review(pd.DataFrame(), path=tmp_path / "r.csv")


@pytest.mark.parametrize(("typed", "stored"), [
    ("right", "right"), ("Right", "right"), ("wrong span", "wrong_span"), ("wrong-speaker", "wrong_speaker"),
    ("Not a statement", "not_statement"), ("not_statement", "not_statement"), ("", ""),
])
def test_reviewing_verdict_spellings(typed, stored):
    assert normalize_verdict(typed) == stored


def test_reviewing_verdicts_are_saved_at_once_and_resume(tables, tmp_path):
    path = tmp_path / "review.csv"
    r = nl.review(tables, sample=5, seed=0, path=path)
    assert path.is_file() and (read_review(path)["verdict"] == "").all()  # the sample is written at the start
    r.record("right")
    assert read_review(path)["verdict"].tolist()[:1] == ["right"]  # saved after one verdict
    assert r.position == 1
    people = r.people()
    name = next(iter(people)) if people else "Jane Doe"
    r.record("wrong speaker", speaker=name)
    r.record("not a statement", note="a headline")
    saved = read_review(path)
    assert saved["verdict"].tolist() == ["right", "wrong_speaker", "not_statement", "", ""]
    assert saved.loc[1, "correct_speaker"] == name and saved.loc[1, "correct_speaker_type"] == people.get(name, "unknown")
    assert saved.loc[2, "note"] == "a headline"
    # Closing and opening again continues at the first row without a verdict.
    again = nl.review(tables, sample=5, seed=0, path=path)
    assert again.n_reviewed == 3 and again.position == 3 and not again.is_done
    again.record("wrong span")
    again.record("right")
    assert again.is_done and again.summary().n_reviewed == 5


def test_reviewing_change_a_verdict(tables, tmp_path):
    r = nl.review(tables, sample=3, seed=0, path=tmp_path / "r.csv")
    r.record("right")
    r.previous()
    r.record("wrong speaker", speaker="Someone Else", speaker_type="person")
    rows = read_review(tmp_path / "r.csv")
    assert rows.loc[0, ["verdict", "correct_speaker", "correct_speaker_type"]].tolist() == [
        "wrong_speaker", "Someone Else", "person"]
    r.record("", position=0)  # clear
    assert read_review(tmp_path / "r.csv").loc[0, "verdict"] == ""


@pytest.mark.parametrize(("verdict", "kwargs", "message"), [
    ("wrong speaker", {}, "needs the correct speaker"),
    ("wrong speaker", {"speaker": "X", "speaker_type": "alien"}, "speaker_type must be"),
    ("maybe", {}, "Unknown verdict"),
    ("right", {"position": 99}, "does not exist"),
])
def test_reviewing_bad_verdicts_save_nothing(tables, tmp_path, verdict, kwargs, message):
    r = nl.review(tables, sample=3, seed=0, path=tmp_path / "r.csv")
    before = (tmp_path / "r.csv").read_bytes()
    with pytest.raises(InputError, match=message):
        r.record(verdict, **kwargs)
    assert (tmp_path / "r.csv").read_bytes() == before


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_reviewing_file_mode_follows_the_umask(tables, tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        r = nl.review(tables, sample=2, seed=0, path=tmp_path / "r.csv")
        r.record("right")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "r.csv").st_mode) == mode


def test_reviewing_write_is_atomic(tables, tmp_path, monkeypatch):
    r = nl.review(tables, sample=3, seed=0, path=tmp_path / "r.csv")
    r.record("right")
    before = (tmp_path / "r.csv").read_bytes()

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", broken)
    with pytest.raises(OSError):
        r.record("wrong span")
    assert (tmp_path / "r.csv").read_bytes() == before  # the old file is intact
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]  # no temporary file left behind


def test_reviewing_another_sample_in_the_file_warns(tables, tmp_path):
    path = tmp_path / "r.csv"
    nl.review(tables, sample=3, seed=0, path=path).record("right")
    before = path.read_bytes()
    with pytest.warns(ReviewWarning, match="the sample was drawn again"):
        r = nl.review(tables, sample=4, seed=1, path=path)
    assert r.n_total == 4  # the sample these settings draw, with the verdicts on statements in both
    assert (tmp_path / "r.earlier-1.csv").read_bytes() == before  # the file as it was is kept


def test_reviewing_view_outlines_the_statement(tables, tmp_path):
    r = nl.review(tables, sample=3, seed=0, path=tmp_path / "r.csv")
    row = r.current()
    view = r.view()
    assert view.article_id == row["article_id"] and "nl-highlight-0" in view.html
    assert "newslab says" in r.claim_html()
    assert "static copy" in r._repr_html_()


def test_reviewing_widget_records_clicks(tables, tmp_path):
    pytest.importorskip("ipywidgets")
    path = tmp_path / "r.csv"
    r = nl.review(tables, sample=4, seed=0, path=path)
    bundle = r._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    w = r.widget
    w.buttons["right"].click()
    w.buttons["not_statement"].click()
    w.buttons["wrong_speaker"].click()
    assert w.speaker_row.layout.display == "flex"
    w.save_speaker.click()  # no name yet: nothing saved, a message says why
    assert "first" in w.message.value and read_review(path)["verdict"].tolist()[2] == ""
    w.speaker.value = "Jane Doe"
    w.speaker_type.value = "person"
    w.save_speaker.click()
    saved = read_review(path)
    assert saved["verdict"].tolist() == ["right", "not_statement", "wrong_speaker", ""]
    assert saved.loc[2, ["correct_speaker", "correct_speaker_type"]].tolist() == ["Jane Doe", "person"]
    assert "3 reviewed" in w.status.value and w.progress.value == 3
    w.prev.click()
    assert "Your verdict" in w.claim.value and "Jane Doe" in w.claim.value
    w.todo.click()
    assert r.position == 3
    w.buttons["wrong_span"].click()
    assert r.is_done and "Speaker right in" in w.message.value


def test_reviewing_without_ipywidgets_shows_the_static_copy(tables, tmp_path, monkeypatch):
    import builtins

    real = builtins.__import__

    def no_widgets(name, *args, **kwargs):
        if name == "ipywidgets" or name.startswith("ipywidgets."):
            raise ImportError("No module named 'ipywidgets'")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_widgets)
    r = nl.review(tables, sample=2, seed=0, path=tmp_path / "r.csv")
    bundle = r._repr_mimebundle_()
    assert set(bundle) == {"text/plain", "text/html"} and "newslab[lab]" in bundle["text/html"]
