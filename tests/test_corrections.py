"""Corrections from a review: applied by content hash and offsets, stale ones refused, through analyze, the CLI, Parquet and Dask."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

import newslab as nl
from newslab.corrections import correct_tables
from newslab.errors import InputError, ReviewWarning, SourceNotFoundError
from newslab.reviewing import draw_sample
from newslab.verdicts import write_review
from newslab.schema import validate

from .conftest import NEWS_TEXTS


def _articles(texts=NEWS_TEXTS):
    return nl.read_articles(pd.DataFrame({"id": [f"n{i}" for i in range(len(texts))],
                                          "title": [f"Story {i}" for i in range(len(texts))], "text": list(texts)}))


@pytest.fixture(scope="module")
def tables(nlp):
    return nl.analyze(_articles(), nlp=nlp, progress=False)


def _all_rows(tables):
    """Every statement as a review row, in table order (verdicts empty)."""
    rows = draw_sample(tables, sample=len(tables.quotes), seed=0)
    return rows.sort_values(["article_id", "start_char"]).reset_index(drop=True)


def _row(rows, text_part):
    hit = rows[rows["text"].str.contains(text_part, regex=False)]
    assert len(hit) == 1, f"expected one statement containing {text_part!r}"
    return hit.index[0]


@pytest.fixture
def review_file(tables, tmp_path):
    """'We will not back down' is not a statement (drops the first quote of its article);
    the residents' statement was the BBC's; Maria Lopez's quote is right."""
    rows = _all_rows(tables)
    rows.loc[_row(rows, "We will not back down"), "verdict"] = "not_statement"
    i = _row(rows, "the water had risen")
    rows.loc[i, ["verdict", "correct_speaker", "correct_speaker_type"]] = ["wrong_speaker", "BBC", "media"]
    rows.loc[_row(rows, "We lost everything"), "verdict"] = "right"
    return write_review(rows, tmp_path / "review.csv")


def _quote(tables, text_part):
    q = tables.quotes
    return q[q["text"].str.contains(text_part, regex=False)]


def test_corrections_applied(tables, review_file):
    before = {name: df.copy() for name, df in tables.items()}
    fixed = nl.apply_corrections(tables, review_file)
    # The input is not changed.
    for name, df in tables.items():
        pd.testing.assert_frame_equal(df, before[name])
    assert len(fixed.quotes) == len(tables.quotes) - 1
    assert _quote(fixed, "We will not back down").empty
    water = _quote(fixed, "the water had risen").iloc[0]
    assert (water["speaker_canonical"], water["speaker_type"], water["speaker"]) == ("BBC", "media", "BBC")
    article = fixed.articles.set_index("article_id").loc[water["article_id"], "text"]
    assert article[water["speaker_start_char"]:water["speaker_end_char"]] == "BBC"
    assert bool(water["corrected"]) and water["confidence"] == 1.0
    assert int(fixed.quotes["corrected"].sum()) == 1
    assert not bool(_quote(fixed, "We lost everything").iloc[0]["corrected"])
    for name, df in fixed.items():
        validate(df, name, articles=fixed.articles)
    assert fixed.meta["corrections"]["corrected"] == 1 and fixed.meta["corrections"]["dropped"] == 1
    assert fixed.quotes.attrs["corrections"] == fixed.meta["corrections"]


def test_corrections_ids_figures_and_flags_follow_a_dropped_statement(tables, review_file):
    fixed = nl.apply_corrections(tables, review_file)
    strike = _quote(fixed, "workers would strike").iloc[0]
    old = _quote(tables, "workers would strike").iloc[0]
    assert int(strike["quote_id"]) == int(old["quote_id"]) - 1  # renumbered in text order
    aid = strike["article_id"]
    figs = fixed.figures[(fixed.figures["article_id"] == aid) & fixed.figures["quote_id"].notna()]
    assert set(figs["quote_id"].astype(int)) <= set(fixed.quotes.loc[fixed.quotes["article_id"] == aid, "quote_id"])
    sents = fixed.sentences[fixed.sentences["article_id"] == aid]
    dropped = _quote(tables, "We will not back down").iloc[0]
    first = sents[sents["start_char"] <= dropped["start_char"]].iloc[-1]
    assert not bool(first["has_quote"]) or first["end_char"] > strike["start_char"]


def test_corrections_sources_follow(tables, review_file):
    fixed = nl.apply_corrections(tables, review_file)
    aid = _quote(fixed, "the water had risen").iloc[0]["article_id"]
    mine = fixed.sources[fixed.sources["article_id"] == aid]
    assert "BBC" in set(mine["source"])
    assert mine.loc[mine["source"] == "BBC", "source_type"].iloc[0] == "media"
    assert int(fixed.sources["n_quotes"].sum()) == len(fixed.quotes)
    # Articles without corrections keep their sources rows as they were.
    untouched = tables.sources[~tables.sources["article_id"].isin(fixed.quotes.loc[fixed.quotes["corrected"], "article_id"])
                               & (tables.sources["article_id"] != _quote(tables, "We will not back down").iloc[0]["article_id"])]
    kept = fixed.sources[fixed.sources["article_id"].isin(untouched["article_id"])]
    pd.testing.assert_frame_equal(kept.reset_index(drop=True), untouched.reset_index(drop=True), check_categorical=False)


def test_corrections_stale_hash_warns_and_is_not_applied(nlp, review_file):
    texts = list(NEWS_TEXTS)
    k = next(i for i, t in enumerate(texts) if "the water had risen" in t)
    texts[k] = texts[k] + " The story was updated on Friday."
    changed = nl.analyze(_articles(texts), nlp=nlp, progress=False)
    with pytest.warns(ReviewWarning, match="text has changed since the review"):
        fixed = nl.apply_corrections(changed, review_file)
    water = _quote(fixed, "the water had risen").iloc[0]
    assert not bool(water["corrected"]) and water["speaker_canonical"] != "BBC"
    assert _quote(fixed, "We will not back down").empty  # the unchanged article still gets its correction
    assert fixed.meta["corrections"]["stale"] == 1


@pytest.mark.parametrize(("change", "message"), [
    ("offsets", "no statement is found at the reviewed offsets"),
    ("absent", "not in these tables"),
    ("nameless", "give no correct speaker"),
])
def test_corrections_that_cannot_apply_warn(tables, tmp_path, change, message):
    rows = _all_rows(tables)
    i = _row(rows, "the water had risen")
    rows.loc[i, ["verdict", "correct_speaker"]] = ["wrong_speaker", "BBC"]
    if change == "offsets":
        rows.loc[i, "start_char"] += 1
    elif change == "absent":
        rows.loc[i, ["article_id", "article_hash"]] = ["elsewhere", "0" * 64]
    else:
        rows.loc[i, "correct_speaker"] = ""
    path = write_review(rows, tmp_path / "r.csv")
    with pytest.warns(ReviewWarning, match=message):
        fixed = nl.apply_corrections(tables, path)
    assert int(fixed.quotes["corrected"].sum()) == 0


def test_corrections_right_and_wrong_span_change_nothing(tables, tmp_path):
    rows = _all_rows(tables)
    rows["verdict"] = ["right", "wrong_span"] * (len(rows) // 2) + ["right"] * (len(rows) % 2)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fixed = nl.apply_corrections(tables, write_review(rows, tmp_path / "r.csv"))
    pd.testing.assert_frame_equal(fixed.quotes, tables.quotes)
    pd.testing.assert_frame_equal(fixed.sources, tables.sources)


def test_corrections_bad_files(tables, tmp_path):
    with pytest.raises(SourceNotFoundError, match="No review file"):
        nl.apply_corrections(tables, tmp_path / "missing.csv")
    (tmp_path / "other.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a newslab review file"):
        nl.apply_corrections(tables, tmp_path / "other.csv")
    rows = _all_rows(tables)
    rows.loc[0, "verdict"] = "maybe"
    rows.to_csv(tmp_path / "bad.csv", index=False)
    with pytest.raises(InputError, match="Unknown verdict 'maybe'"):
        nl.apply_corrections(tables, tmp_path / "bad.csv")


def test_corrections_spreadsheet_spellings_are_read(tables, tmp_path):
    rows = _all_rows(tables)
    i = _row(rows, "We will not back down")
    rows.loc[i, "verdict"] = "Not a statement"
    rows.drop(columns=["note", "stratum"]).to_csv(tmp_path / "edited.csv", index=False)
    fixed = nl.apply_corrections(tables, tmp_path / "edited.csv")
    assert _quote(fixed, "We will not back down").empty


def test_corrections_in_analyze(nlp, tables, review_file):
    again = nl.analyze(_articles(), nlp=nlp, progress=False, corrections=review_file)
    fixed = nl.apply_corrections(tables, review_file)
    for name in ("quotes", "sources", "figures", "entities", "sentences"):
        pd.testing.assert_frame_equal(again[name], fixed[name])
    with pytest.raises(SourceNotFoundError):
        nl.analyze(_articles(), nlp=nlp, progress=False, corrections=review_file.with_name("nope.csv"))


def test_corrections_round_trip_through_cli_and_parquet(nlp, tables, review_file, tmp_path, monkeypatch):
    from newslab.cli import main

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"n{i}", "title": f"Story {i}", "text": t}) + "\n"
                              for i, t in enumerate(NEWS_TEXTS)), encoding="utf-8")
    out = tmp_path / "out"
    # Chunks of two articles: corrections are applied chunk by chunk and counted once at the end.
    assert main(["analyze", str(corpus), "--out", str(out), "--no-progress", "--chunk-size", "2",
                 "--corrections", str(review_file)]) == 0
    loaded = nl.read_tables(out)
    fixed = nl.apply_corrections(tables, review_file)
    pd.testing.assert_frame_equal(loaded.quotes, fixed.quotes, check_categorical=False)
    pd.testing.assert_frame_equal(loaded.sources, fixed.sources, check_categorical=False)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    record = json.dumps(manifest)
    assert '"corrections"' in record and "review.csv" in record
    assert loaded.meta["corrections"]["corrected"] == 1 and loaded.meta["corrections"]["absent"] == 0
    # Written and read back, the corrected tables are the same.
    fixed.to_parquet(tmp_path / "saved")
    back = nl.read_tables(tmp_path / "saved")
    pd.testing.assert_frame_equal(back.quotes, fixed.quotes)
    assert back.quotes["corrected"].sum() == 1


def test_corrections_cli_missing_file_is_one_line(tmp_path, capsys):
    from newslab.cli import main

    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": NEWS_TEXTS[0]}) + "\n", encoding="utf-8")
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "o"), "--corrections", str(tmp_path / "no.csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newslab: error: No review file") and len(err.strip().splitlines()) == 1


def test_corrections_dask_path(tables, review_file):
    pytest.importorskip("distributed")
    from newslab.dask import analyze_dask

    distributed = analyze_dask(_articles(), npartitions=3, corrections=review_file)
    fixed = nl.apply_corrections(tables, review_file)
    pd.testing.assert_frame_equal(distributed.quotes, fixed.quotes)
    pd.testing.assert_frame_equal(distributed.sources, fixed.sources)


def test_corrections_report_adds_up_over_chunks(tables, review_file):
    ids = list(tables.articles["article_id"])
    report = None
    for part in (ids[:3], ids[3:]):
        _, done = correct_tables(tables.for_articles(part), review_file)
        if report is None:
            report = done
        else:
            report.update(done)
    assert len(report.corrected) == 1 and len(report.dropped) == 1 and not report.absent


def test_corrections_sentence_and_figures_lose_a_dropped_statement(tables, tmp_path):
    rows = _all_rows(tables)
    rows.loc[_row(rows, "The city council voted"), "verdict"] = "not_statement"
    fixed = nl.apply_corrections(tables, write_review(rows, tmp_path / "r.csv"))
    aid = _quote(tables, "The city council voted").iloc[0]["article_id"]
    first = fixed.sentences[(fixed.sentences["article_id"] == aid)].iloc[0]
    assert not bool(first["has_quote"])
    ents = fixed.entities[(fixed.entities["article_id"] == aid) & (fixed.entities["end_char"] <= first["end_char"])]
    assert not ents["in_quote"].any()
    figs = fixed.figures[(fixed.figures["article_id"] == aid) & (fixed.figures["end_char"] <= first["end_char"])]
    assert len(figs) and figs["quote_id"].isna().all() and figs["attributed_to"].isna().all()
    assert list(fixed.quotes.loc[fixed.quotes["article_id"] == aid, "quote_id"]) == [0]
