"""read_articles: every loader format, the seed layout, ids, and every bad input."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

from newslab.articles import parse_layout, read_articles
from newslab.errors import (
    DuplicateIdError,
    InputError,
    InputTypeError,
    InputWarning,
    MissingColumnError,
    NewslabError,
    SourceNotFoundError,
)
from newslab.schema import validate

from .conftest import SEEDS

LAYOUT = """Business

Chipmaker profits soar on AI demand

Quarterly profit tripled, the company said on Monday, beating forecasts.

PUBLISHED : Monday, 3 June, 2024, 9:05am
UPDATED : Monday, 3 June, 2024, 11:15pm

The company reported revenue of $26 billion.

"Demand remains strong," chief executive Jane Doe said.

Bloomberg, Reuters
"""


def test_articles_seed_metadata():
    t = read_articles(SEEDS)
    assert len(t) == 1
    row = t.iloc[0]
    assert row.article_id == "000_3dcd2e5685264282"
    assert row.section == "North Korea"
    assert row.headline.startswith("Not wanting to feel left out, Japan PM Shinzo Abe")
    assert row.standfirst.startswith("Tokyo has expressed a desire")
    assert row.standfirst.endswith("Donald Trump")
    assert row.published == pd.Timestamp("2018-03-29 13:30", tz="Asia/Hong_Kong")
    assert row.published.utcoffset() == pd.Timedelta(hours=8)
    assert row.updated == pd.Timestamp("2018-03-29 20:43", tz="Asia/Hong_Kong")
    assert row.credits == "Reuters, Agence France-Presse, CNBC"
    assert row.outlet == "South China Morning Post"
    assert row.language == "en"
    # The standfirst is analysed with the body; metadata lines are not.
    assert row.text.startswith(row.standfirst + "\n\n")
    assert "PUBLISHED" not in row.text and "Agence France-Presse" not in row.text
    assert row.text.endswith("Tokyo suspects that hundreds more may have been taken.")
    validate(t, "articles")


def test_articles_layout_recognised_by_shape(tmp_path):
    (tmp_path / "chip.txt").write_text(LAYOUT, encoding="utf-8")
    row = read_articles(tmp_path / "chip.txt", timezone="Europe/London").iloc[0]
    assert row.section == "Business"
    assert row.headline == "Chipmaker profits soar on AI demand"
    assert row.credits == "Bloomberg, Reuters"
    assert row.published == pd.Timestamp("2024-06-03 09:05", tz="Europe/London")
    assert row.updated.hour == 23
    assert row.text.startswith("Quarterly profit tripled")
    assert row.text.endswith('chief executive Jane Doe said.')


def test_articles_layout_keeps_last_sentence_that_is_not_credits():
    raw = LAYOUT.replace("\nBloomberg, Reuters\n", "\nShares rose 3%.\n")
    parsed = parse_layout(raw)
    assert parsed["credits"] is None
    assert parsed["text"].endswith("Shares rose 3%.")


def test_articles_plain_txt_first_line_is_headline(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("Council approves budget\nThe council approved the budget on Tuesday.\n\nIt passed 7-2.\n", encoding="utf-8")
    row = read_articles(p).iloc[0]
    assert row.article_id == "story"
    assert row.headline == "Council approves budget"
    assert row.text == "The council approved the budget on Tuesday.\n\nIt passed 7-2."
    assert pd.isna(row.published)


def test_articles_jsonl_usual_fields_and_extra_columns(tmp_path):
    p = tmp_path / "a.jsonl"
    recs = [
        {"id": "x1", "title": "One", "date": "2020-01-02", "source": "Wire", "url": "http://e/1", "text": "  Text one.  ", "topic": "a"},
        {"id": "x2", "title": "Two", "date": "2020-01-03", "source": "Wire", "url": "http://e/2", "text": "Text two.", "topic": "b"},
    ]
    p.write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    t = read_articles(p)
    assert t.article_id.tolist() == ["x1", "x2"]
    assert t.text.tolist() == ["  Text one.  ", "Text two."]  # unchanged
    assert t.outlet.tolist() == ["Wire", "Wire"]
    assert t.topic.tolist() == ["a", "b"]
    assert str(t.published.dt.tz) == "UTC"
    validate(t, "articles")


def test_articles_csv_parquet_and_dataframe_agree(tmp_path):
    df = pd.DataFrame({"article_id": ["a", "b"], "headline": ["H1", "H2"], "body": ["Body one.", "Body, two\nwith newline."]})
    df.to_csv(tmp_path / "a.csv", index=False)
    df.to_parquet(tmp_path / "a.parquet")
    from_csv = read_articles(tmp_path / "a.csv")
    from_parquet = read_articles(tmp_path / "a.parquet")
    from_frame = read_articles(df)
    for t in (from_csv, from_parquet, from_frame):
        assert t.text.tolist() == ["Body one.", "Body, two\nwith newline."]
        assert t.headline.tolist() == ["H1", "H2"]
    assert from_frame.source_path.tolist() == ["<DataFrame>", "<DataFrame>"]
    assert df.columns.tolist() == ["article_id", "headline", "body"]  # input not mutated


def test_articles_columns_option_names_other_fields():
    df = pd.DataFrame({"story": ["Hello world."], "key": ["k1"], "when": ["2021-05-01 10:00"]})
    t = read_articles(df, columns={"text": "story", "article_id": "key", "published": "when"}, timezone="America/New_York")
    assert t.article_id[0] == "k1" and t.text[0] == "Hello world."
    assert t.published[0] == pd.Timestamp("2021-05-01 10:00", tz="America/New_York")


def test_articles_ids_from_hash_are_stable_and_unique():
    df = pd.DataFrame({"text": ["First story.", "Second story."]})
    a, b = read_articles(df), read_articles(df)
    assert a.article_id.tolist() == b.article_id.tolist()
    assert a.article_id.str.startswith("h-").all() and a.article_id.nunique() == 2


def test_articles_duplicate_id_names_both_sources(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "same", "text": "One."}), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "same", "text": "Two."}), encoding="utf-8")
    with pytest.raises(DuplicateIdError) as err:
        read_articles(tmp_path)
    assert "a.jsonl" in str(err.value) and "b.jsonl" in str(err.value)
    assert isinstance(err.value, ValueError)


def test_articles_folder_mixed_formats_and_list(tmp_path):
    (tmp_path / "one.txt").write_text("Headline\nBody text here.", encoding="utf-8")
    (tmp_path / "two.jsonl").write_text(json.dumps({"id": "j1", "text": "JSON body."}), encoding="utf-8")
    t = read_articles(tmp_path)
    assert t.article_id.tolist() == ["one", "j1"]
    t2 = read_articles([tmp_path / "two.jsonl", tmp_path / "one.txt"])
    assert t2.article_id.tolist() == ["j1", "one"]


def test_articles_html_through_trafilatura(tmp_path):
    pytest.importorskip("trafilatura")
    body = " ".join(["The city council voted on Tuesday to expand the bus network across the northern districts."] * 4)
    html = f"""<html><head><title>Buses expand | Daily Courier</title>
    <meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2023-04-05T08:00:00+00:00">
    <script>var tracking = 1;</script></head>
    <body><nav>Home | News</nav><article><h1>Buses expand</h1><p>{body}</p>
    <p>"This is a good day for riders," the mayor said in a statement to reporters.</p></article></body></html>"""
    p = tmp_path / "buses.html"
    p.write_text(html, encoding="utf-8")
    row = read_articles(p).iloc[0]
    assert row.article_id == "buses"
    assert "bus network" in row.text and "tracking" not in row.text
    assert "Buses expand" in row.headline
    assert row.published == pd.Timestamp("2023-04-05T08:00:00+00:00")  # the time too, not midnight
    assert row.author == "Ana Ruiz"


# --- bad input ---------------------------------------------------------------


def test_articles_missing_path():
    with pytest.raises(SourceNotFoundError, match="No such file or folder"):
        read_articles("does/not/exist.jsonl")


@pytest.mark.parametrize(
    ("source", "hint"),
    [
        ("The council said on Tuesday that the bridge would reopen.", "looks like article text"),
        ("Rain fell.", "looks like article text"),
        ("Line one of a story\nline two", "looks like article text"),
        ("A" * 400, "Check the path"),  # longer than a file name may be: no raw OSError
        ("data/articles-2024.jsonl", "Check the path"),
    ],
)
def test_articles_missing_path_says_what_it_looks_like(source, hint):
    with pytest.raises(SourceNotFoundError, match=hint):
        read_articles(source)


def test_articles_wrong_type():
    with pytest.raises(InputTypeError):
        read_articles(42)  # type: ignore[arg-type]


def test_articles_empty_file_raises_when_nothing_left(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("", encoding="utf-8")
    with pytest.warns(InputWarning, match="empty"), pytest.raises(InputError, match="No articles could be read"):
        read_articles(p)


def test_articles_empty_file_skipped_and_reported(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Title\nSome text.", encoding="utf-8")
    with pytest.warns(InputWarning):
        t = read_articles(tmp_path)
    assert t.article_id.tolist() == ["ok"]
    assert [s["source"].endswith("empty.txt") for s in t.attrs["skipped"]] == [True]


def test_articles_binary_file(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "ok.txt").write_text("Title\nSome text.", encoding="utf-8")
    with pytest.warns(InputWarning, match="binary"):
        t = read_articles(tmp_path)
    assert len(t) == 1 and "binary" in t.attrs["skipped"][0]["reason"]
    with pytest.raises(InputError, match="binary"):
        read_articles(tmp_path / "blob.txt", errors="raise")


def test_articles_undecodable_bytes_replaced_with_warning(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Café news\nThe café opened.".encode("latin-1"))
    with pytest.warns(InputWarning, match="latin.txt"):
        t = read_articles(p)
    assert "\ufffd" in t.text[0]


def test_articles_bom_and_windows_newlines(tmp_path):
    p = tmp_path / "win.txt"
    p.write_bytes("\ufeffHeadline\r\nFirst para.\r\n\r\nSecond para.".encode("utf-8"))
    row = read_articles(p).iloc[0]
    assert row.headline == "Headline"
    assert row.text == "First para.\n\nSecond para."


def test_articles_bad_jsonl_lines_skipped_with_one_warning(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_text('{"id": "a", "text": "Fine."}\nnot json\n{"id": "b", "text": "Also fine."}\n{"id": "c", "te\n', encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        t = read_articles(p)
    msgs = [str(w.message) for w in caught if issubclass(w.category, InputWarning)]
    assert len(msgs) == 1 and "lines 2, 4" in msgs[0]
    assert t.article_id.tolist() == ["a", "b"]
    assert [s["source"] for s in t.attrs["skipped"]] == [f"{p}:2", f"{p}:4"]
    with pytest.raises(InputError, match="line 2"):
        read_articles(p, errors="raise")


def test_articles_csv_without_text_column(tmp_path):
    p = tmp_path / "meta.csv"
    p.write_text("id,title\n1,Hello\n", encoding="utf-8")
    with pytest.raises(MissingColumnError, match="columns=") as err:
        read_articles(p)
    assert isinstance(err.value, NewslabError) and isinstance(err.value, ValueError)


def test_articles_empty_text_rows_reported(tmp_path):
    df = pd.DataFrame({"id": ["a", "b", "c"], "text": ["Real text.", "", None]})
    with pytest.warns(InputWarning):
        t = read_articles(df)
    assert t.article_id.tolist() == ["a"]
    assert len(t.attrs["skipped"]) == 2


def test_articles_unsupported_suffix_reported(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "ok.txt").write_text("T\nBody.", encoding="utf-8")
    with pytest.warns(InputWarning, match="unsupported suffix"):
        t = read_articles(tmp_path)
    assert len(t) == 1
