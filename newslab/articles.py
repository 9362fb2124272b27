"""Reading articles from files, folders and DataFrames into the articles table."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Union

import pandas as pd

from newslab.errors import (
    DuplicateIdError,
    InputError,
    InputTypeError,
    InputWarning,
    MissingColumnError,
    SchemaError,
    SourceNotFoundError,
    warn_once,
)
from newslab.schema import conform, validate

__all__ = ["read_articles", "as_articles_table", "parse_layout", "article_hash", "SUPPORTED_SUFFIXES", "FIELD_ALIASES"]

Source = Union[str, os.PathLike, pd.DataFrame, Iterable[Union[str, os.PathLike]]]
Errors = Literal["warn", "raise"]

#: File suffixes read_articles understands (others in a folder are skipped and reported).
SUPPORTED_SUFFIXES = (".txt", ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet", ".html", ".htm")

#: Our column -> the usual names of that field in other people's data, tried in order.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "article_id": ("article_id", "id", "doc_id", "uuid"),
    "headline": ("headline", "title"),
    "published": ("published", "date", "datetime", "pubdate", "published_at", "publish_date"),
    "outlet": ("outlet", "source", "publisher", "medium"),
    "url": ("url", "link"),
    "text": ("text", "body", "content", "article", "full_text"),
    "author": ("author", "byline", "authors"),
    "updated": ("updated", "modified", "updated_at"),
    "section": ("section", "category"),
    "standfirst": ("standfirst", "subtitle", "summary", "description"),
    "language": ("language", "lang"),
}

MANIFEST_NAME = "manifest.json"

_PUBLISHED = re.compile(r"^\s*PUBLISHED\s*:\s*(?P<when>.+?)\s*$", re.IGNORECASE)
_UPDATED = re.compile(r"^\s*UPDATED\s*:\s*(?P<when>.+?)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…\"”’')\]]\s*$")
_PARAGRAPH_SPLIT = re.compile(r"\n\s*\n")


@dataclass
class _Record:
    """One article on its way into the table, with where it came from."""

    data: dict[str, object]
    origin: str
    id_from: str = "given"


@dataclass
class _Log:
    skipped: list[dict[str, str]] = field(default_factory=list)

    def skip(self, origin: str, reason: str, errors: Errors, *, exc: type[InputError] = InputError) -> None:
        if errors == "raise":
            raise exc(f"{origin}: {reason}")
        self.skipped.append({"source": origin, "reason": reason})
        warn_once(f"Skipped {origin}: {reason}", InputWarning)


def article_hash(text: str) -> str:
    """Content hash of an article text (sha256, hex), used for ids and caching."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# ---------------------------------------------------------------------------
# The seed's plain-text layout


def _is_credits(paragraph: str) -> bool:
    """A short last line of comma-separated names with no sentence punctuation."""
    line = paragraph.strip()
    if not line or "\n" in line or len(line) > 160 or _SENTENCE_END.search(line):
        return False
    parts = [p.strip() for p in re.split(r",|;| and |/", line) if p.strip()]
    return all(p[0].isupper() and len(p.split()) <= 5 for p in parts)


def parse_layout(raw: str) -> dict[str, object] | None:
    """Parse the news-site layout of the seed article, or return None.

    The layout, recognised by its shape rather than its words: up to three
    short paragraphs (section, headline, standfirst), a ``PUBLISHED : <date>``
    line and optionally an ``UPDATED : <date>`` line, the body paragraphs, and
    optionally a trailing credits line of comma-separated names.

    Returns:
        A dict with section, headline, standfirst, published, updated (strings
        as printed), credits and text (standfirst and body joined by blank
        lines), or None when ``raw`` does not have the layout.

    Example:
        >>> d = parse_layout("World\\n\\nA headline\\n\\nA standfirst.\\n\\nPUBLISHED : 1 May, 2020, 9:00am\\n\\nBody.")
        >>> d["headline"], d["text"]
        ('A headline', 'A standfirst.\\n\\nBody.')
    """
    paragraphs = [p.strip() for p in _PARAGRAPH_SPLIT.split(raw.replace("\r\n", "\n").strip()) if p.strip()]
    # The date lines may share a paragraph (no blank line between them).
    for index, paragraph in enumerate(paragraphs[:8]):
        lines = paragraph.split("\n")
        if _PUBLISHED.match(lines[0]):
            break
    else:
        return None
    head = paragraphs[:index]
    if not 1 <= len(head) <= 4:
        return None
    date_lines = []
    rest = paragraphs[index:]
    while rest and (_PUBLISHED.match(rest[0].split("\n")[0]) or _UPDATED.match(rest[0].split("\n")[0])):
        date_lines.extend(rest[0].split("\n"))
        rest = rest[1:]
    published = updated = None
    for line in date_lines:
        if m := _PUBLISHED.match(line):
            published = m.group("when")
        elif m := _UPDATED.match(line):
            updated = m.group("when")
    section = headline = standfirst = None
    if len(head) == 1:
        headline = head[0]
    elif len(head) == 2:
        headline, standfirst = head
    else:
        section, headline, *stand = head
        standfirst = "\n\n".join(stand)
    credits = None
    if len(rest) > 1 and _is_credits(rest[-1]):
        credits = rest[-1]
        rest = rest[:-1]
    body = ([standfirst] if standfirst else []) + rest
    return {
        "section": section,
        "headline": headline,
        "standfirst": standfirst,
        "published": published,
        "updated": updated,
        "credits": credits,
        "text": "\n\n".join(body),
    }


def _plain_text(raw: str) -> dict[str, object]:
    """First non-empty line = headline, the rest = text."""
    stripped = raw.lstrip("\n\r\t ")
    first, _, rest = stripped.partition("\n")
    rest = rest.strip("\n\r")
    if not rest.strip():
        return {"headline": None, "text": stripped.strip()}
    return {"headline": first.strip(), "text": rest}


# ---------------------------------------------------------------------------
# Files


def _read_bytes(path: Path, log: _Log, errors: Errors) -> str | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        log.skip(str(path), f"cannot be read ({exc.strerror or exc}). Check the permissions.", errors)
        return None
    if not data.strip():
        log.skip(str(path), "is empty. Remove it or give it some text.", errors)
        return None
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        log.skip(str(path), "looks binary (contains NUL bytes), not a text article.", errors)
        return None
    for bom, codec in ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1  # say where, so the user can find the bad bytes
        warn_once(
            f"{path} is not valid UTF-8 (first undecodable byte on line {line}); undecodable bytes were replaced with U+FFFD. "
            "Re-save the file as UTF-8 to keep every character.",
            InputWarning,
        )
        return data.decode("utf-8-sig", errors="replace")


def _records_from_txt(path: Path, log: _Log, errors: Errors) -> Iterator[_Record]:
    raw = _read_bytes(path, log, errors)
    if raw is None:
        return
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    parsed = parse_layout(raw) or _plain_text(raw)
    parsed["article_id"] = path.stem
    yield _Record(dict(parsed), str(path), id_from="file stem")


def _records_from_jsonl(path: Path, log: _Log, errors: Errors) -> Iterator[_Record]:
    raw = _read_bytes(path, log, errors)
    if raw is None:
        return
    bad: list[int] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            if errors == "raise":
                raise InputError(f"{path}, line {number}: not valid JSON ({exc.msg}).") from None
            bad.append(number)
            continue
        if not isinstance(obj, dict):
            if errors == "raise":
                raise InputError(f"{path}, line {number}: expected a JSON object, got {type(obj).__name__}.")
            bad.append(number)
            continue
        yield _Record(obj, f"{path}:{number}", id_from="hash")
    if bad:
        shown = ", ".join(map(str, bad[:20])) + (" ..." if len(bad) > 20 else "")
        reason = f"{len(bad)} line(s) are not JSON objects (lines {shown}); they were skipped. Use errors='raise' to stop instead."
        log.skipped.extend({"source": f"{path}:{n}", "reason": "not a JSON object"} for n in bad)
        warn_once(f"{path}: {reason}", InputWarning)


def _records_from_json(path: Path, log: _Log, errors: Errors) -> Iterator[_Record]:
    raw = _read_bytes(path, log, errors)
    if raw is None:
        return
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError:
        # Many "JSON" news dumps are really JSON Lines.
        yield from _records_from_jsonl(path, log, errors)
        return
    items = obj if isinstance(obj, list) else [obj]
    for number, item in enumerate(items):
        if isinstance(item, dict):
            yield _Record(item, f"{path}[{number}]", id_from="hash")
        else:
            log.skip(f"{path}[{number}]", "is not a JSON object.", errors)


def _records_from_frame(frame: pd.DataFrame, origin: str) -> Iterator[_Record]:
    for number, row in enumerate(frame.to_dict("records")):
        yield _Record(row, f"{origin}[{number}]" if origin != "<DataFrame>" else f"<DataFrame>[row {number}]", id_from="hash")


def _csv_delimiter(raw: str) -> str:
    """The delimiter of a CSV file: whichever of , ; tab | occurs most in its header line.

    pandas' own sniffing (``sep=None``) can pick a space or a letter and then
    fail or split every row wrongly; the header line rarely holds quoted
    delimiters, so counting in it is the safer guess.
    """
    header = raw.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])  # ties and no delimiter at all: ","
    return best if counts[best] else ","


def _read_table_file(path: Path, log: _Log, errors: Errors) -> pd.DataFrame | None:
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            return pd.read_parquet(path)
        raw = _read_bytes(path, log, errors)
        if raw is None:
            return None
        import io

        sep = "\t" if suffix == ".tsv" else _csv_delimiter(raw)
        return pd.read_csv(io.StringIO(raw), sep=sep, engine="python", dtype=str, keep_default_na=False)
    except (ValueError, OSError, pd.errors.ParserError) as exc:
        log.skip(str(path), f"cannot be parsed as {suffix[1:].upper()} ({exc}).", errors)
        return None


def _records_from_html(path: Path, log: _Log, errors: Errors) -> Iterator[_Record]:
    raw = _read_bytes(path, log, errors)
    if raw is None:
        return
    try:
        import trafilatura
    except ImportError:
        raise InputError(
            f"{path} is HTML, which needs the optional 'web' extra: pip install 'newslab[web]'."
        ) from None
    # htmldate's default output is the date alone; ask for the time too, so a page
    # published at 09:00 is not read as published at midnight.
    result = trafilatura.extract(raw, output_format="json", with_metadata=True, include_comments=False,
                                 date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True})
    if not result:
        log.skip(str(path), "contains no article text that trafilatura could extract.", errors)
        return
    meta = json.loads(result)
    record = {
        "article_id": path.stem,
        "headline": meta.get("title"),
        "published": meta.get("date"),
        "author": meta.get("author"),
        "url": meta.get("source") or meta.get("url"),
        "outlet": meta.get("sitename"),
        "text": meta.get("text") or meta.get("raw_text") or "",
    }
    yield _Record(record, str(path), id_from="file stem")


def _load_manifest(folder: Path) -> dict[str, dict[str, object]]:
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"{path} is not a readable JSON manifest ({exc}). Fix or remove it.") from None
    entries = data.get("articles", data) if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise InputError(f"{path} must hold a list of article entries under 'articles'.")
    return {str(e["article_id"]): e for e in entries if isinstance(e, dict) and "article_id" in e}


def _looks_like_prose(name: str) -> bool:
    """Whether a string given as a path reads like sentences (several words, a line break or a
    sentence end) rather than a file name."""
    words = name.split()
    return "\n" in name or len(words) >= 4 or (len(words) >= 2 and name.rstrip().endswith((".", "?", "!", '"')))


def _iter_paths(source: Source) -> Iterator[Path]:
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)  # type: ignore[arg-type]
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise InputTypeError(
                f"read_articles() expects a path, a list of paths or a DataFrame; got an item of type {type(item).__name__}."
            )
        yield Path(item)


def _file_records(path: Path, log: _Log, errors: Errors, columns: Mapping[str, str] | None) -> Iterator[_Record]:
    suffix = path.suffix.lower()
    if suffix == ".txt":
        yield from _records_from_txt(path, log, errors)
    elif suffix in (".jsonl", ".ndjson"):
        yield from _records_from_jsonl(path, log, errors)
    elif suffix == ".json":
        yield from _records_from_json(path, log, errors)
    elif suffix in (".csv", ".tsv", ".parquet"):
        frame = _read_table_file(path, log, errors)
        if frame is not None:
            _require_text_column(frame, columns, str(path))
            yield from _records_from_frame(frame, str(path))
    elif suffix in (".html", ".htm"):
        yield from _records_from_html(path, log, errors)
    else:
        log.skip(str(path), f"has an unsupported suffix {suffix!r}; supported: {', '.join(SUPPORTED_SUFFIXES)}.", errors)


def _collect(source: Source, log: _Log, errors: Errors, columns: Mapping[str, str] | None) -> Iterator[tuple[_Record, dict]]:
    for path in _iter_paths(source):
        try:
            exists = path.exists()
        except OSError:  # a name too long for the file system, or not a name at all
            exists = False
        if not exists:
            shown = str(path) if len(str(path)) <= 80 else str(path)[:77] + "..."
            hint = (
                " It looks like article text rather than a path: pass texts as a DataFrame, "
                "e.g. pd.DataFrame({'text': [text]})."
                if _looks_like_prose(str(path)) else " Check the path."
            )
            raise SourceNotFoundError(
                f"No such file or folder: {shown!r} (working directory {os.getcwd()!r}).{hint}"
            )
        if path.is_dir():
            manifest = _load_manifest(path)
            files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            files = [p for p in files if p.name != MANIFEST_NAME]
            if not files:
                raise InputError(f"The folder {str(path)!r} holds no article files ({', '.join(SUPPORTED_SUFFIXES)}).")
            for file in files:
                for record in _file_records(file, log, errors, columns):
                    yield record, manifest
        else:
            manifest = _load_manifest(path.parent)
            for record in _file_records(path, log, errors, columns):
                yield record, manifest


# ---------------------------------------------------------------------------
# Turning records into the table


def _resolve_columns(keys: Iterable[str], columns: Mapping[str, str] | None) -> dict[str, str]:
    """Map our field -> the record's key, from ``columns=`` then the aliases."""
    available = list(keys)
    lower = {k.lower(): k for k in available if isinstance(k, str)}
    mapping: dict[str, str] = {}
    for ours, aliases in FIELD_ALIASES.items():
        if columns and ours in columns:
            continue
        for alias in aliases:
            if alias in lower:
                mapping[ours] = lower[alias]
                break
    if columns:
        for ours, theirs in columns.items():
            if ours not in FIELD_ALIASES:
                raise InputError(
                    f"columns= maps {ours!r}, which is not an articles field; valid: {', '.join(FIELD_ALIASES)}."
                )
            mapping[ours] = theirs
    return mapping


def _require_text_column(frame: pd.DataFrame, columns: Mapping[str, str] | None, origin: str) -> None:
    mapping = _resolve_columns(frame.columns, columns)
    text_col = mapping.get("text")
    if text_col is None or text_col not in frame.columns:
        raise MissingColumnError(
            f"{origin} has no text column (columns: {list(frame.columns)}). Expected one of "
            f"{', '.join(FIELD_ALIASES['text'])}, or name it with columns={{'text': '<column>'}}."
        )


def _clean(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, float) and pd.isna(value):
        return None
    if value is pd.NaT or value is pd.NA:
        return None
    return value


def _to_timestamp(value: object, tz: str, origin: str, field_name: str) -> pd.Timestamp | None:
    value = _clean(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        if isinstance(value, str):
            try:
                ts = pd.Timestamp(value.strip())  # ISO 8601 and the other unambiguous forms
            except ValueError:
                from dateutil import parser as dateparser

                # Printed dates such as "Thursday, 29 March, 2018, 1:30pm".
                ts = pd.Timestamp(dateparser.parse(value, fuzzy=True))
        else:
            ts = pd.Timestamp(value)
    except (ValueError, OverflowError, TypeError):
        warn_once(f"{origin}: cannot read {field_name} {value!r} as a date; it is left empty.", InputWarning)
        return None
    if ts.tzinfo is None:
        ts = ts.tz_localize(tz)
    else:
        ts = ts.tz_convert(tz)
    return ts


def _build_row(record: _Record, manifest: dict, mapping: dict[str, str], defaults: dict[str, object]) -> dict[str, object]:
    data = record.data
    row: dict[str, object] = {}
    used: set[str] = set()
    for ours, theirs in mapping.items():
        if theirs in data:
            row[ours] = _clean(data[theirs])
            used.add(theirs)
    # Extra input columns are kept under their own names.
    for key, value in data.items():
        if key not in used and key not in row:
            row[key] = _clean(value)
    return row


def read_articles(
    source: Source,
    *,
    columns: Mapping[str, str] | None = None,
    outlet: str | None = None,
    timezone: str | None = None,
    errors: Errors = "warn",
) -> pd.DataFrame:
    """Read articles into the articles table.

    Args:
        source: A file, a folder, a list of files/folders, or a DataFrame.
            Files: ``.txt`` (the news-site layout with PUBLISHED/UPDATED lines,
            else first line = headline and the rest = text), ``.jsonl``,
            ``.json``, ``.csv``/``.tsv``, ``.parquet`` and ``.html`` (needs the
            ``web`` extra). A folder's ``manifest.json`` supplies per-article
            outlet, timezone and language.
        columns: Our field name -> your column name, for fields whose names
            are not among the usual ones (e.g. ``{"text": "story"}``).
        outlet: Outlet to record when the input names none.
        timezone: IANA zone for naive dates (default: the manifest's, else UTC).
        errors: ``"warn"`` skips bad inputs with a warning and lists them in
            ``attrs["skipped"]``; ``"raise"`` stops at the first one.

    Returns:
        The articles table, one row per article, in input order. For table
        inputs (JSONL, CSV, Parquet, DataFrame) ``text`` is the input text
        unchanged. ``attrs["skipped"]`` lists every input that was skipped.

    Raises:
        SourceNotFoundError: A path does not exist.
        MissingColumnError: A table input has no text column.
        DuplicateIdError: Two articles have the same id (both sources named).
        InputError: Nothing readable was found, or ``errors="raise"`` met a bad input.

    Example:
        >>> import pandas as pd
        >>> t = read_articles(pd.DataFrame({"id": ["a1"], "title": ["T"], "text": ["Body."]}))
        >>> t.loc[0, "article_id"], t.loc[0, "headline"], t.loc[0, "n_words"]
        ('a1', 'T', np.int64(1))
    """
    if errors not in ("warn", "raise"):
        raise InputError(f"errors must be 'warn' or 'raise', not {errors!r}.")
    log = _Log()
    if isinstance(source, pd.DataFrame):
        _require_text_column(source, columns, "The DataFrame")
        pairs: Iterable[tuple[_Record, dict]] = ((r, {}) for r in _records_from_frame(source, "<DataFrame>"))
        default_path = "<DataFrame>"
    elif isinstance(source, (str, os.PathLike)) or (isinstance(source, Iterable) and not isinstance(source, (bytes, Mapping))):
        pairs = _collect(source, log, errors, columns)
        default_path = None
    else:
        raise InputTypeError(
            f"read_articles() expects a path, a list of paths or a pandas DataFrame; got {type(source).__name__}."
        )

    rows: list[dict[str, object]] = []
    seen: dict[str, str] = {}
    # Repairs made while loading: problem -> origins. One warning per problem after
    # the loop (not one per row) and listed in attrs["repaired"], so nothing is changed silently.
    repaired: dict[str, list[str]] = {}
    for record, manifest in pairs:
        mapping = _resolve_columns(record.data.keys(), columns)
        row = _build_row(record, manifest, mapping, {})
        if _replace_surrogates(row):  # before any string reaches pandas/Arrow
            repaired.setdefault("contain lone surrogates (invalid Unicode), replaced with U+FFFD", []).append(record.origin)
        text = row.get("text")
        if text is None or (isinstance(text, float) and pd.isna(text)):
            log.skip(record.origin, "has no text.", errors)
            continue
        if not isinstance(text, str):
            # A text column of numbers, bytes or lists is a wrong column type: convert, but say so.
            text = text.decode("utf-8", errors="replace") if isinstance(text, (bytes, bytearray)) else str(text)
            row["text"] = text
            repaired.setdefault("have a text that is not a string (converted with str(); bytes decoded as UTF-8)", []).append(record.origin)
        if not text.strip():
            log.skip(record.origin, "has an empty text.", errors)
            continue
        given = row.get("article_id")
        if given is not None and str(given).strip():
            # Integer ids stored as floats (an id column with gaps becomes float64) keep their integer spelling.
            article_id = str(int(given)) if isinstance(given, float) and given.is_integer() else str(given).strip()
        elif record.id_from == "file stem" and record.data.get("article_id"):
            article_id = str(record.data["article_id"])
        else:
            article_id = "h-" + article_hash(text)[:16]
        row["article_id"] = article_id
        if article_id in seen:
            raise DuplicateIdError(
                f"Duplicate article_id {article_id!r}: in {seen[article_id]} and in {record.origin}. "
                "Give every article a unique id (or remove the duplicate)."
            )
        seen[article_id] = record.origin
        meta = manifest.get(article_id, {})
        for key in ("outlet", "language", "url", "author"):
            if not row.get(key) and meta.get(key):
                row[key] = meta[key]
        if not row.get("outlet") and outlet:
            row["outlet"] = outlet
        tz = str(meta.get("timezone") or timezone or "UTC")
        row["timezone"] = tz
        row["published"] = _to_timestamp(row.get("published"), tz, record.origin, "published")
        row["updated"] = _to_timestamp(row.get("updated"), tz, record.origin, "updated")
        row.setdefault("language", meta.get("language") or None)
        row["source_path"] = default_path or _origin_path(record.origin)
        row["n_words"] = len(text.split())
        rows.append(row)

    if not rows:
        reasons = "; ".join(f"{s['source']}: {s['reason']}" for s in log.skipped[:5])
        raise InputError(f"No articles could be read. {reasons or 'The input is empty.'}")
    table = pd.DataFrame(rows)
    table = _unify_datetimes(table)
    out = conform(table, "articles")
    out.attrs["skipped"] = list(log.skipped)
    out.attrs["repaired"] = [{"source": o, "reason": problem} for problem, origins in repaired.items() for o in origins]
    for problem, origins in repaired.items():
        shown = ", ".join(origins[:5]) + (f" and {len(origins) - 5} more" if len(origins) > 5 else "")
        warn_once(f"{len(origins)} article(s) {problem}: {shown}. They are listed in attrs['repaired'].", InputWarning)
    return out


_SURROGATE = re.compile("[\ud800-\udfff]")


def _replace_surrogates(row: dict[str, object]) -> bool:
    """Replace lone surrogates in the row's strings with U+FFFD; True when any was found.

    JSON escapes such as ``"\\ud800"`` and hand-built Python strings can carry
    lone surrogates, which no UTF-8 encoder (Arrow strings, Parquet, the
    cache) accepts, so they would crash later. One code point becomes one code
    point, so every offset into ``text`` keeps its meaning.
    """
    found = False
    for key, value in row.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            row[key] = _SURROGATE.sub("\ufffd", value)
            found = True
    return found


def _origin_path(origin: str) -> str:
    # origins look like "path", "path:12" (JSONL line) or "path[3]" (row)
    path = re.sub(r"(:\d+|\[\d+\])$", "", origin)
    return path


def _unify_datetimes(table: pd.DataFrame) -> pd.DataFrame:
    """One tz per column: the shared zone when all rows agree, else UTC."""
    zones = sorted(set(table["timezone"].dropna()))
    target = zones[0] if len(zones) == 1 else "UTC"
    for name in ("published", "updated"):
        values = [v.tz_convert(target) if isinstance(v, pd.Timestamp) else pd.NaT for v in table[name]]
        table[name] = pd.Series(pd.to_datetime(values, utc=True), index=table.index).dt.tz_convert(target)
    return table


def _is_articles_table(df: pd.DataFrame) -> bool:
    """True when ``df`` satisfies the articles schema and every row has a text.

    A frame that only has the right column names (int ids, a missing text,
    duplicate ids, object-dtype strings) goes through ``read_articles``
    instead, which converts, skips or rejects them with a clear message rather
    than crashing deep inside the analysis or writing an invalid table.
    """
    try:
        validate(df.reset_index(drop=True), "articles")  # a filtered table (gaps in the index) is still one
    except SchemaError:
        return False
    return bool(df["text"].notna().all())


def as_articles_table(articles: object, *, caller: str = "analyze()") -> pd.DataFrame:
    """The articles table for anything an analysis accepts: the table itself, a DataFrame or paths.

    An articles table from :func:`read_articles` is returned as it is (not
    copied); any other DataFrame, a path or a list of paths goes through
    :func:`read_articles`.

    Args:
        articles: The articles table, a DataFrame with a text column, a path
            or a list of paths.
        caller: Named in the error message.

    Returns:
        The articles table.

    Raises:
        InputTypeError: ``articles`` is of another type.

    Example:
        >>> as_articles_table(pd.DataFrame({"text": ["Rain fell."]}))["n_words"].tolist()
        [2]
    """
    if isinstance(articles, pd.DataFrame):
        if {"article_id", "text"} <= set(articles.columns) and "n_words" in articles.columns and _is_articles_table(articles):
            return articles
        return read_articles(articles)
    if isinstance(articles, (str, os.PathLike, list, tuple)):
        return read_articles(articles)
    raise InputTypeError(
        f"{caller} expects the articles table from read_articles(), a DataFrame with a text column, "
        f"or a path; got {type(articles).__name__}."
    )
