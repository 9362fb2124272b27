"""File faults: every broken input is loaded correctly, or reported with file and line.

Never partly loaded without notice: whatever is skipped is in a warning and in
``attrs["skipped"]``; whatever is repaired is in a warning (and, for row-level
repairs, in ``attrs["repaired"]``). The tests write every file themselves.
(tests/test_articles.py covers the basic bad inputs; this file covers the
damaged and oddly encoded ones.)
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

import newslab as nl
from newslab.errors import InputError, InputWarning, NewslabError
from newslab.schema import validate


def read(path: Path | list[Path], **kwargs) -> tuple[pd.DataFrame, list[str]]:
    """read_articles plus the messages of every InputWarning it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = nl.read_articles(path, **kwargs)
    validate(table, "articles")
    return table, [str(w.message) for w in caught if issubclass(w.category, InputWarning)]


def read_silently(path: Path, **kwargs) -> pd.DataFrame:
    """read_articles that must give no warning at all (a clean load)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        table = nl.read_articles(path, **kwargs)
    validate(table, "articles")
    assert table.attrs["skipped"] == []
    return table


# ---------------------------------------------------------------------------
# JSON Lines


def test_files_truncated_jsonl_reports_the_cut_line(tmp_path):
    p = tmp_path / "cut.jsonl"
    p.write_text('{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n{"id": "c", "text": "Thr', encoding="utf-8")
    table, msgs = read(p)
    assert table.article_id.tolist() == ["a", "b"]
    assert table.attrs["skipped"] == [{"source": f"{p}:3", "reason": "not a JSON object"}]
    assert len(msgs) == 1 and str(p) in msgs[0] and "lines 3" in msgs[0]
    with pytest.raises(InputError, match=r"cut\.jsonl, line 3"):
        nl.read_articles(p, errors="raise")


def test_files_jsonl_cut_inside_a_multibyte_character(tmp_path):
    p = tmp_path / "bytes.jsonl"
    p.write_bytes('{"id": "a", "text": "One."}\n{"id": "b", "text": "Café'.encode("utf-8")[:-1])
    table, msgs = read(p)
    assert table.article_id.tolist() == ["a"]
    assert table.attrs["skipped"][0]["source"] == f"{p}:2"
    assert any("not valid UTF-8" in m and "line 2" in m for m in msgs)
    assert any("lines 2" in m for m in msgs)


def test_files_jsonl_windows_line_endings_and_bom(tmp_path):
    p = tmp_path / "win.jsonl"
    body = '{"id": "a", "text": "Para one.\\r\\n\\r\\nPara two."}\r\n\r\n{"id": "b", "text": "Two."}\r\n'
    p.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    table = read_silently(p)
    assert table.article_id.tolist() == ["a", "b"]
    # Table inputs keep the text exactly as given, so offsets map back onto the user's data.
    assert table.text[0] == "Para one.\r\n\r\nPara two."


def test_files_jsonl_utf16_with_bom(tmp_path):
    for codec, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
        p = tmp_path / f"{codec}.jsonl"
        p.write_bytes(bom + '{"id": "x", "text": "Café “quoted” 東京."}\n'.encode(codec))
        assert read_silently(p).text[0] == "Café “quoted” 東京."


def test_files_jsonl_non_string_text_is_converted_with_notice(tmp_path):
    p = tmp_path / "types.jsonl"
    p.write_text('{"id": "n", "text": 12345}\n{"id": "s", "text": "Fine."}\n{"id": "z", "text": null}\n', encoding="utf-8")
    table, msgs = read(p)
    assert table.article_id.tolist() == ["n", "s"]
    assert table.text[0] == "12345"
    assert table.attrs["repaired"] == [{"source": f"{p}:1", "reason": table.attrs["repaired"][0]["reason"]}]
    assert table.attrs["skipped"] == [{"source": f"{p}:3", "reason": "has no text."}]
    assert any("not a string" in m and f"{p}:1" in m for m in msgs)


def test_files_jsonl_many_bad_lines_one_warning(tmp_path):
    p = tmp_path / "noisy.jsonl"
    lines = [('{"id": "%d", "text": "Article %d."}' % (i, i)) if i % 3 else "garbage {" for i in range(300)]
    p.write_text("\n".join(lines), encoding="utf-8")
    table, msgs = read(p)
    assert len(table) == 200 and len(table.attrs["skipped"]) == 100
    assert len(msgs) == 1 and "100 line(s)" in msgs[0]


# ---------------------------------------------------------------------------
# CSV


def test_files_csv_embedded_newlines_quotes_and_commas(tmp_path):
    p = tmp_path / "embedded.csv"
    p.write_text(
        'id,title,text\n1,"A, title","First line.\nSecond line, with ""quotes"".\n\nThird para."\n2,B,Plain.\n',
        encoding="utf-8",
    )
    table = read_silently(p)
    assert table.article_id.tolist() == ["1", "2"]
    assert table.headline[0] == "A, title"
    assert table.text[0] == 'First line.\nSecond line, with "quotes".\n\nThird para.'


@pytest.mark.parametrize("sep", [";", "\t", "|"])
def test_files_csv_other_delimiters_detected(tmp_path, sep):
    p = tmp_path / "other.csv"
    p.write_text(
        f'id{sep}title{sep}text\n1{sep}Title one{sep}Text, with a comma.\n2{sep}Title two{sep}"Quoted{sep} text."\n',
        encoding="utf-8",
    )
    table = read_silently(p)
    assert table.article_id.tolist() == ["1", "2"]
    assert table.text.tolist() == ["Text, with a comma.", f"Quoted{sep} text."]


def test_files_tsv_suffix(tmp_path):
    p = tmp_path / "a.tsv"
    p.write_text("id\ttext\n1\tTabbed, text.\n", encoding="utf-8")
    assert read_silently(p).text.tolist() == ["Tabbed, text."]


def test_files_csv_windows_line_endings(tmp_path):
    p = tmp_path / "crlf.csv"
    p.write_bytes(b'id,text\r\n1,"Line one.\r\nLine two."\r\n2,Two.\r\n')
    table = read_silently(p)
    assert table.article_id.tolist() == ["1", "2"]
    assert table.text[0] == "Line one.\r\nLine two."  # as given: offsets stay valid on the user's data


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16"])
def test_files_csv_byte_order_marks(tmp_path, codec):
    p = tmp_path / "bom.csv"
    p.write_bytes("id,text\n1,Café text.\n".encode(codec))
    table = read_silently(p)
    assert table.columns[0] == "article_id" and table.article_id.tolist() == ["1"]
    assert table.text[0] == "Café text."


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_files_csv_latin1_bytes_replaced_with_file_and_line(tmp_path, codec):
    p = tmp_path / "latin.csv"
    p.write_bytes("id,text\n1,ok\n2,Café olé “now”.\n".encode(codec, errors="replace"))
    table, msgs = read(p)
    assert table.article_id.tolist() == ["1", "2"]
    assert table.text[1].startswith("Caf\ufffd ol\ufffd")
    assert len(msgs) == 1 and str(p) in msgs[0] and "line 3" in msgs[0]


@pytest.mark.parametrize(
    "content, where",
    [
        ('id,text\n1,Fine.\n2,Bad,extra\n3,Fine again.\n', "line 3"),  # ragged row
        ('id,text\n1,"Never closed.\n2,Fine.\n', "end of data"),  # unbalanced quote
    ],
)
def test_files_broken_csv_skipped_whole_and_reported(tmp_path, content, where):
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text("id,text\n9,Good text.\n", encoding="utf-8")
    # The broken file is not partly loaded: all of it is skipped, with its name and the place.
    table, msgs = read([bad, good])
    assert table.article_id.tolist() == ["9"]
    assert table.attrs["skipped"][0]["source"] == str(bad) and where in table.attrs["skipped"][0]["reason"]
    assert any(str(bad) in m and where in m for m in msgs)
    with pytest.raises(InputError, match=where):
        nl.read_articles(bad, errors="raise")


# ---------------------------------------------------------------------------
# Parquet


def test_files_parquet_text_of_ints_converted_with_notice(tmp_path):
    p = tmp_path / "ints.parquet"
    pd.DataFrame({"id": ["a", "b"], "text": [123, 456]}).to_parquet(p)
    table, msgs = read(p)
    assert table.text.tolist() == ["123", "456"]
    assert [r["source"] for r in table.attrs["repaired"]] == [f"{p}[0]", f"{p}[1]"]
    assert len(msgs) == 1 and "not a string" in msgs[0]


def test_files_parquet_text_of_bytes_decoded(tmp_path):
    p = tmp_path / "bytes.parquet"
    pd.DataFrame({"id": ["a", "b"], "text": ["Caf\u00e9.".encode("utf-8"), None]}).to_parquet(p)
    table, msgs = read(p)
    assert table.text.tolist() == ["Café."]
    assert table.attrs["skipped"] == [{"source": f"{p}[1]", "reason": "has no text."}]
    assert any("not a string" in m for m in msgs) and any("has no text" in m for m in msgs)


def test_files_parquet_float_ids_keep_integer_spelling(tmp_path):
    p = tmp_path / "floats.parquet"
    pd.DataFrame({"id": [1.0, 2.0, 30000000.0], "text": ["One.", "Two.", "Three."]}).to_parquet(p)
    assert read_silently(p).article_id.tolist() == ["1", "2", "30000000"]
    # ints and floats for the same ids give the same article ids (so caches and joins agree)
    q = tmp_path / "ints.parquet"
    pd.DataFrame({"id": [1, 2, 30000000], "text": ["One.", "Two.", "Three."]}).to_parquet(q)
    assert read_silently(q).article_id.tolist() == ["1", "2", "30000000"]


def test_files_parquet_other_column_types(tmp_path):
    p = tmp_path / "mixed.parquet"
    frame = pd.DataFrame(
        {
            "id": pd.array([7, 8], dtype="Int64"),
            "title": [None, "T"],
            "date": pd.to_datetime(["2024-01-02 10:00", None]),
            "text": ["Seven.", "Eight."],
            "extra": [1.5, 2.5],
        }
    )
    frame.to_parquet(p)
    table = read_silently(p)
    assert table.article_id.tolist() == ["7", "8"]
    assert table.published[0] == pd.Timestamp("2024-01-02 10:00", tz="UTC") and pd.isna(table.published[1])
    assert table.extra.tolist() == [1.5, 2.5]  # extra columns are kept


def test_files_truncated_parquet_reported(tmp_path):
    whole = tmp_path / "whole.parquet"
    pd.DataFrame({"id": ["a"], "text": ["Text."]}).to_parquet(whole)
    cut = tmp_path / "cut.parquet"
    cut.write_bytes(whole.read_bytes()[:-20])
    with pytest.raises(InputError, match="cut.parquet"):
        nl.read_articles(cut)
    table, msgs = read([cut, whole])
    assert table.article_id.tolist() == ["a"] and table.attrs["skipped"][0]["source"] == str(cut)


def test_files_parquet_without_text_column(tmp_path):
    p = tmp_path / "meta.parquet"
    pd.DataFrame({"id": ["a"], "words": [3]}).to_parquet(p)
    with pytest.raises(NewslabError, match="no text column"):
        nl.read_articles(p)


# ---------------------------------------------------------------------------
# HTML

SCRIPT_HTML = """<html><head><title>Council approves budget</title>
<script>var secret = 'SCRIPT-BODY'; alert(1);</script><style>p { color: red }</style></head>
<body><nav>Home | News | SPORT-NAV</nav><article><h1>Council approves budget</h1>
<p>The council voted on Tuesday to approve the new budget, officials said, after a meeting that lasted hours.
<p>Mayor Jane Smith said the plan would create 300 jobs over the next <b>two years<i> in the city.</p>
<script>document.write('INJECTED')</script><div>An unclosed div with more text about the budget and the vote.
<img src=x onerror="alert('XSS')"></article></body>"""


def test_files_html_scripts_dropped_and_broken_markup_read(tmp_path):
    p = tmp_path / "council.html"
    p.write_text(SCRIPT_HTML, encoding="utf-8")
    row = read_silently(p).iloc[0]
    assert row.article_id == "council"
    assert "300 jobs" in row.text and "unclosed div" in row.text
    for leaked in ("SCRIPT-BODY", "INJECTED", "alert", "color: red", "<", "onerror"):
        assert leaked not in row.text


def test_files_html_without_article_text_reported(tmp_path):
    bad = tmp_path / "broken.html"
    bad.write_text("<<<>>> <p unclosed <div><p>", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Headline\nThe mayor said the road would reopen.", encoding="utf-8")
    table, msgs = read([bad, good])
    assert table.article_id.tolist() == ["good"]
    assert table.attrs["skipped"][0]["source"] == str(bad)
    assert any(str(bad) in m for m in msgs)


def test_files_html_latin1_declared(tmp_path):
    p = tmp_path / "latin.html"
    html = ('<html><head><meta charset="iso-8859-1"><title>Caf\u00e9</title></head><body><article>'
            "<p>The caf\u00e9 in the old town reopened on Monday after a long renovation, its owner said.</p>"
            "<p>Customers queued for an hour, and the owner said the menu was unchanged.</p></article></body></html>")
    p.write_bytes(html.encode("latin-1"))
    table, msgs = read(p)
    # Decoded as UTF-8 with replacement, and reported with the file (the article is still read).
    assert "caf" in table.text[0] and any(str(p) in m and "not valid UTF-8" in m for m in msgs)


# ---------------------------------------------------------------------------
# Plain text


def test_files_txt_utf16_bom_and_windows_newlines(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("Headline\r\nFirst para.\r\n\r\nSecond “para”.".encode("utf-16"))
    row = read_silently(p).iloc[0]
    assert row.headline == "Headline" and row.text == "First para.\n\nSecond “para”."


def test_files_txt_utf16_without_bom_reported_not_garbled(tmp_path):
    p = tmp_path / "nobom.txt"
    p.write_bytes("Headline\nBody text.".encode("utf-16-le"))
    with pytest.raises(InputError, match="nobom.txt"):
        nl.read_articles(p)


def test_files_txt_old_mac_line_endings(tmp_path):
    p = tmp_path / "mac.txt"
    p.write_bytes(b"Headline\rFirst para.\r\rSecond para.")
    row = read_silently(p).iloc[0]
    assert row.headline == "Headline" and row.text == "First para.\n\nSecond para."


def test_files_folder_of_faults_every_input_accounted_for(tmp_path):
    # A folder mixing good and damaged files: each input is either a row or a skipped entry.
    (tmp_path / "a.txt").write_text("Headline\nGood text one.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "b1", "text": "Good."}\n{"id": "b2", "te', encoding="utf-8")
    (tmp_path / "c.csv").write_text("id,text\n1,Fine.\n2,Bad,extra\n", encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"")
    (tmp_path / "e.bin").write_bytes(b"\x00\x01")
    (tmp_path / "f.parquet").write_bytes(b"PAR1 not really")
    table, msgs = read(tmp_path)
    assert table.article_id.tolist() == ["a", "b1"]
    skipped = sorted(s["source"] for s in table.attrs["skipped"])
    assert skipped == sorted([f"{tmp_path / 'b.jsonl'}:2", str(tmp_path / "c.csv"), str(tmp_path / "d.txt"),
                              str(tmp_path / "e.bin"), str(tmp_path / "f.parquet")])
    assert len(msgs) >= 5


# ---------------------------------------------------------------------------
# The same faults through both readers: read_articles and the CLI's streaming reader


def _parquet_bytes(frame: pd.DataFrame) -> bytes:
    import io

    buffer = io.BytesIO()
    frame.to_parquet(buffer)
    return buffer.getvalue()


# name -> (file name, bytes, expected ids, expected first text or None, pattern of a required warning or None)
FAULTS = {
    "jsonl_truncated": ("a.jsonl", b'{"id": "a", "text": "One."}\n{"id": "b", "te', ["a"], "One.", r"lines? 2\b"),
    "jsonl_cut_multibyte": ("a.jsonl", '{"id": "a", "text": "One."}\n{"id": "b", "text": "Café'.encode()[:-1], ["a"], None, "line"),
    "jsonl_crlf_bom": ("a.jsonl", b'\xef\xbb\xbf{"id": "a", "text": "One."}\r\n{"id": "b", "text": "Two."}\r\n', ["a", "b"], "One.", None),
    "jsonl_utf16": ("a.jsonl", '\ufeff{"id": "a", "text": "Café."}\n'.encode("utf-16-le"), ["a"], "Café.", None),
    "jsonl_latin1": ("a.jsonl", '{"id": "a", "text": "ok"}\n{"id": "b", "text": "Café."}\n'.encode("latin-1"), ["a", "b"], "ok", r"lines? 2\b"),
    "csv_embedded_newlines": ("a.csv", b'id,text\n1,"One.\n\nTwo, ""three""."\n2,Plain.\n', ["1", "2"], 'One.\n\nTwo, "three".', None),
    "csv_semicolon": ("a.csv", b'id;text\n1;One, two.\n2;"Three; four."\n', ["1", "2"], "One, two.", None),
    "csv_tab": ("a.csv", b"id\ttext\n1\tOne, two; three.\n", ["1"], "One, two; three.", None),
    "csv_pipe": ("a.csv", b"id|title|text\n1|A title|One, two; three.\n", ["1"], "One, two; three.", None),
    "csv_crlf": ("a.csv", b'id,text\r\n1,"Line one.\r\nLine two."\r\n2,Two.\r\n', ["1", "2"], "Line one.\r\nLine two.", None),
    "csv_bom_utf8": ("a.csv", "\ufeffid,text\n1,Café.\n".encode("utf-8"), ["1"], "Café.", None),
    "csv_bom_utf16": ("a.csv", "id,text\n1,Café.\n".encode("utf-16"), ["1"], "Café.", None),
    "csv_latin1": ("a.csv", "id,text\n1,ok\n2,Café.\n".encode("latin-1"), ["1", "2"], "ok", r"lines? 3\b"),
    "parquet_int_text": ("a.parquet", _parquet_bytes(pd.DataFrame({"id": ["a"], "text": [42]})), ["a"], "42", "not a string"),
    "parquet_float_ids": ("a.parquet", _parquet_bytes(pd.DataFrame({"id": [1.0, 2.0], "text": ["One.", "Two."]})), ["1", "2"], "One.", None),
}


def _read_with_cli_reader(path: Path) -> pd.DataFrame:
    from newslab.cli import iter_article_chunks

    chunks = list(iter_article_chunks([path], chunk_size=2))
    rows = [c for c in chunks if len(c)]
    table = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame({"article_id": [], "text": []})
    table.attrs["skipped"] = [s for c in chunks for s in c.attrs.get("skipped", [])]
    return table


@pytest.mark.parametrize("reader", ["read_articles", "cli"])
@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_files_fault_table(tmp_path, reader, fault):
    name, data, ids, first_text, warning = FAULTS[fault]
    path = tmp_path / name
    path.write_bytes(data)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = nl.read_articles(path) if reader == "read_articles" else _read_with_cli_reader(path)
    msgs = [str(w.message) for w in caught if issubclass(w.category, InputWarning)]
    assert table["article_id"].tolist() == ids
    if first_text is not None:
        assert table["text"].iloc[0] == first_text
    if warning is None:
        assert not msgs and not table.attrs["skipped"], msgs
    else:
        # Repaired or skipped: always said, naming the file (and the line where there is one).
        assert any(str(path) in m and re.search(warning, m) for m in msgs), msgs
