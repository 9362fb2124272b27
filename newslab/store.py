"""The dataset folder format: one Parquet file per table plus ``manifest.json``, published atomically.

A dataset folder looks like this::

    out/
      manifest.json        versions, method names, per-article content hashes,
                           row counts and every column's dtype
      articles.parquet
      sentences.parquet
      entities.parquet
      quotes.parquet
      sources.parquet
      figures.parquet

Writes are atomic: the dataset is built in a hidden sibling folder and swapped
into place with one rename, so a reader (or a killed run) never sees half a
dataset. Hidden entries of an existing dataset folder (such as the CLI's
``.cache``) are carried over.

The Parquet files are plain Parquet that any tool reads; the manifest lets
:func:`read_tables` restore pandas dtypes exactly (``string``, ``category``
with its categories, ``Int64``, tz-aware datetimes, ``attrs``). Timestamps are
stored as UTC instants; the manifest keeps each column's time zone. The same
tables always give byte-identical files: fixed writer options, no timestamps
inside the data, no set-iteration order.
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pandas as pd

from newslab.articles import article_hash
from newslab.errors import StoreError
from newslab.io import PARQUET_OPTIONS, ROW_GROUP_SIZE, decode, encode, infer_spec, pid_alive, write_json, write_parquet
from newslab.schema import TABLE_NAMES

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "DatasetWriter", "write_dataset", "read_dataset", "read_manifest", "recover", "check_target",
    "TableLookup", "MANIFEST_NAME", "FORMAT_VERSION",
]

MANIFEST_NAME = "manifest.json"
FORMAT = "newslab-dataset"
#: Bumped when the layout changes in a way older readers cannot read.
FORMAT_VERSION = 1

#: Rows per row group, fixed per table so the bytes do not depend on how the
#: rows were chunked while writing (articles hold the texts: smaller groups).
_ROW_GROUPS = {"articles": 2_000}
_TMP_MARK = ".newslab-tmp-"
_OLD_MARK = ".newslab-old-"
_UNIT_ORDER = {"s": 0, "ms": 1, "us": 2, "ns": 3}


class TableLookup(Protocol):
    """Anything that gives a DataFrame per table name: a :class:`~newslab.Tables` or a dict."""

    def __getitem__(self, name: str, /) -> pd.DataFrame: ...


# ---------------------------------------------------------------------------
# Tables written in chunks: one spec per column


def _unify(part_specs: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One spec per column for the parts of a table written in chunks.

    Categories are united (sorted when the parts disagree, as
    :func:`newslab.schema.conform` sorts them); time zones fall back to UTC
    when parts disagree (as ``read_articles`` does for mixed zones); a column
    whose parts disagree on the dtype is stored as JSON.
    """
    order: list[str] = []
    by_name: dict[str, list[dict[str, Any]]] = {}
    for specs in part_specs:
        for spec in specs:
            if spec["name"] not in by_name:
                order.append(spec["name"])
                by_name[spec["name"]] = []
            by_name[spec["name"]].append(spec)
    unified = []
    for name in order:
        specs = by_name[name]
        informative = [s for s in specs if not s["all_null"]] or specs
        first = dict(informative[0])
        same = all(s["kind"] == first["kind"] and s["dtype"].split(",")[0] == first["dtype"].split(",")[0] for s in informative)
        if not same:
            first = {"name": name, "dtype": "object", "kind": "json"}
        elif first["kind"] == "category":
            cats = [s["categories"] for s in specs]
            if any(c != cats[0] for c in cats):
                first["categories"] = sorted({c for cs in cats for c in cs}, key=lambda v: (str(type(v)), v))
        elif first["kind"] == "datetimetz":
            zones = {s["tz"] for s in informative}
            first["tz"] = zones.pop() if len(zones) == 1 else "UTC"
            first["unit"] = max((s["unit"] for s in specs), key=_UNIT_ORDER.get)
            first["dtype"] = f"datetime64[{first['unit']}, {first['tz']}]"
        first["all_null"] = all(s["all_null"] for s in specs) and len(specs) == len(part_specs)
        unified.append(first)
    return unified


def _coerce(df: pd.DataFrame, specs: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """Bring one decoded part to the unified specs (missing columns become missing values)."""
    from pandas.api.types import pandas_dtype

    out = {}
    n = len(df)
    for spec in specs:
        name, kind = spec["name"], spec["kind"]
        series = df[name] if name in df.columns else pd.Series([None] * n, dtype=object)
        if kind == "category":
            series = pd.Series(pd.Categorical(series.astype(object), categories=spec["categories"], ordered=spec["ordered"]))
        elif kind == "datetimetz":
            if not isinstance(series.dtype, pd.DatetimeTZDtype):
                series = pd.to_datetime(series, utc=True)
            series = series.dt.tz_convert("UTC").astype(f"datetime64[{spec['unit']}, UTC]").dt.tz_convert(spec["tz"])
        elif kind in ("object", "json"):
            series = series.astype(object)
        elif kind == "native":
            series = series.astype(pandas_dtype(spec["dtype"]))
        out[name] = series.reset_index(drop=True)
    return pd.DataFrame(out, index=pd.RangeIndex(n))


# ---------------------------------------------------------------------------
# Files and atomic folders


def _siblings(path: Path) -> list[Path]:
    """Leftover staging folders of ``path`` from interrupted writes (not ours, not alive)."""
    found = []
    parent = path.parent
    if not parent.is_dir():
        return found
    prefix = f".{path.name}"
    for entry in sorted(parent.iterdir()):
        name = entry.name
        if not name.startswith(prefix) or not entry.is_dir():
            continue
        rest = name[len(prefix) :]
        for mark in (_TMP_MARK, _OLD_MARK):
            if rest.startswith(mark):
                pid = rest[len(mark) :].split("-")[0]
                if pid.isdigit() and not pid_alive(int(pid)):
                    found.append(entry)
    return found


def recover(path: str | os.PathLike) -> None:
    """Tidy up after a write that was killed mid-swap.

    A complete dataset left in a staging folder is moved into place when
    ``path`` is missing; hidden entries (the cache) are moved back into
    ``path``; the rest of the leftovers is deleted. Safe to call any time.
    """
    path = Path(path)
    leftovers = _siblings(path)
    if not leftovers:
        return
    if not path.exists():
        complete = [d for d in leftovers if (d / MANIFEST_NAME).is_file()]
        # A staging folder holds the newer dataset; an -old- one the previous.
        complete.sort(key=lambda d: (_TMP_MARK not in d.name, d.name))
        if complete:
            os.rename(complete[0], path)
            leftovers.remove(complete[0])
    if path.is_dir():
        for left in leftovers:
            for entry in sorted(left.iterdir()):
                if entry.name.startswith(".") and not (path / entry.name).exists():
                    os.rename(entry, path / entry.name)
    for left in leftovers:
        shutil.rmtree(left, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2); False when unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def check_target(path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise StoreError(f"{str(path)!r} is a file; a dataset is a folder. Choose another --out path.")
    if path.is_dir() and not (path / MANIFEST_NAME).is_file():
        visible = sorted(e.name for e in path.iterdir() if not e.name.startswith("."))
        if visible:
            raise StoreError(
                f"{str(path)!r} exists and is not a newslab dataset (it holds {', '.join(visible[:5])}); "
                "newslab will not overwrite it. Choose a new or empty folder."
            )


def _commit_folder(tmp: Path, path: Path) -> None:
    """Put the finished folder ``tmp`` at ``path`` so readers see the old or the new dataset, never a mix."""
    if not path.exists():
        os.rename(tmp, path)
        return
    for entry in sorted(path.iterdir()):
        # Hidden entries (the cache) belong to the folder, not to one dataset version.
        if entry.name.startswith(".") and not (tmp / entry.name).exists():
            os.rename(entry, tmp / entry.name)
    if _exchange(tmp, path):
        shutil.rmtree(tmp)
        return
    old = path.parent / f".{path.name}{_OLD_MARK}{os.getpid()}-{uuid.uuid4().hex[:8]}"
    os.rename(path, old)
    os.rename(tmp, path)
    shutil.rmtree(old)


# ---------------------------------------------------------------------------
# Writing


class DatasetWriter:
    """Write a dataset in chunks of articles, then publish it in one atomic step.

    ``newslab analyze`` appends the tables of each chunk of articles as it goes
    (so memory holds one chunk, not the corpus); :meth:`commit` merges the
    chunks into one Parquet file per table and swaps the folder into place.
    Until then, the target folder is untouched.

    Args:
        path: The dataset folder to create or replace.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path).absolute()
        recover(self.path)
        check_target(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = self.path.parent / f".{self.path.name}{_TMP_MARK}{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._tmp.mkdir()
        (self._tmp / "_parts").mkdir()
        self._parts: dict[str, list[tuple[Path, list[dict[str, Any]], int]]] = {name: [] for name in TABLE_NAMES}
        self._hashes: dict[str, str] = {}
        self._closed = False

    def append(self, tables: TableLookup) -> None:
        """Add the tables of one chunk of articles (every table; rows in order)."""
        for name in TABLE_NAMES:
            df = tables[name]
            specs = [infer_spec(str(col), df[col]) for col in df.columns]
            part = self._tmp / "_parts" / f"{name}-{len(self._parts[name]):06d}.parquet"
            write_parquet(encode(df, specs), part, row_group_size=_ROW_GROUPS.get(name, ROW_GROUP_SIZE))
            self._parts[name].append((part, specs, len(df)))
        articles = tables["articles"]
        for aid, text in zip(articles["article_id"].tolist(), articles["text"].tolist()):
            if aid in self._hashes:
                raise StoreError(f"Article {aid!r} was written twice; article ids must be unique in a dataset.")
            self._hashes[aid] = article_hash(text)

    def commit(self, *, meta: Mapping[str, Any], attrs: Mapping[str, Mapping[str, Any]] | None = None) -> Path:
        """Merge the chunks, write ``manifest.json`` and publish the folder.

        Args:
            meta: Versions and method names (``Tables.meta``).
            attrs: Per table ``DataFrame.attrs`` to restore on reading
                (default: ``meta`` for every table).

        Returns:
            The dataset folder.
        """
        import pyarrow as pa
        import pyarrow.parquet as pq

        tables_info: dict[str, Any] = {}
        for name in TABLE_NAMES:
            parts = self._parts[name]
            specs = _unify([p[1] for p in parts])
            target = self._tmp / f"{name}.parquet"
            rows = sum(p[2] for p in parts)
            group = _ROW_GROUPS.get(name, ROW_GROUP_SIZE)
            schema = encode(_coerce(pd.DataFrame(), specs), specs).schema
            with open(target, "wb") as handle:
                with pq.ParquetWriter(handle, schema, **PARQUET_OPTIONS) as writer:
                    buffered: list[pa.Table] = []
                    n_buffered = 0
                    for i, (part, part_specs, n_rows) in enumerate(parts):
                        if n_rows or (i == len(parts) - 1 and not rows):
                            data = pq.read_table(part)
                            if not data.schema.equals(schema):
                                # Only parts whose stored types differ (a column missing or
                                # of another type) take the trip through pandas; categories and
                                # time zones live in the manifest, not in the stored values.
                                data = encode(_coerce(decode(data, part_specs), specs), specs)
                            buffered.append(data)
                            n_buffered += n_rows
                        os.unlink(part)
                        # Row groups of exactly `group` rows (the last one shorter), however the parts were cut.
                        while n_buffered >= group or (i == len(parts) - 1 and buffered):
                            data = pa.concat_tables(buffered) if len(buffered) > 1 else buffered[0]
                            head, rest = data.slice(0, group), data.slice(group)
                            writer.write_table(head.combine_chunks(), row_group_size=group)
                            buffered, n_buffered = ([rest], rest.num_rows) if rest.num_rows else ([], 0)
                handle.flush()
                os.fsync(handle.fileno())
            table_attrs = dict(attrs[name]) if attrs and name in attrs else dict(meta)
            tables_info[name] = {
                "file": target.name,
                "rows": rows,
                "columns": [{k: v for k, v in s.items() if k != "all_null"} for s in specs],
                "attrs": table_attrs,
            }
        shutil.rmtree(self._tmp / "_parts")
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            **{k: v for k, v in meta.items()},
            "meta": dict(meta),
            "tables": tables_info,
            "n_articles": len(self._hashes),
            "article_hashes": self._hashes,
        }
        write_json(manifest, self._tmp / MANIFEST_NAME)
        _commit_folder(self._tmp, self.path)
        self._closed = True
        return self.path

    def abort(self) -> None:
        """Drop everything written so far; the target folder stays as it was."""
        if not self._closed:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._closed = True

    def __enter__(self) -> DatasetWriter:
        return self

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        if exc_type is not None or not self._closed:
            self.abort()


def write_dataset(
    tables: TableLookup, path: str | os.PathLike, *, meta: Mapping[str, Any], attrs: Mapping[str, Mapping[str, Any]] | None = None
) -> Path:
    """Write every table as Parquet plus ``manifest.json`` into the folder ``path``, atomically.

    :meth:`newslab.Tables.to_parquet` calls this; :func:`read_dataset` reads it back.

    Args:
        tables: Table name -> DataFrame for every name in
            :data:`~newslab.schema.TABLE_NAMES` (a :class:`~newslab.Tables` or a dict).
        path: Dataset folder; created, or replaced when it already holds a
            newslab dataset (its hidden entries, such as ``.cache``, are kept).
        meta: Versions and method names, recorded in the manifest.
        attrs: Per table ``DataFrame.attrs`` to restore on reading (default: ``meta``).

    Returns:
        The dataset folder (absolute path).

    Raises:
        StoreError: ``path`` is a file, or a folder that is not a newslab dataset.
    """
    with DatasetWriter(path) as writer:
        writer.append(tables)
        return writer.commit(meta=meta, attrs=attrs)


# ---------------------------------------------------------------------------
# Reading


def read_manifest(path: str | os.PathLike) -> dict[str, Any]:
    """The manifest of a dataset folder.

    Raises:
        StoreError: When the folder or its manifest is missing or unreadable.
    """
    path = Path(path)
    if not path.exists():
        hint = ""
        if _siblings(path) or any(path.parent.glob(f".{path.name}{_TMP_MARK}*")):
            hint = " An interrupted write left a staging folder beside it; run the same command again to finish it."
        raise StoreError(
            f"No newslab dataset at {str(path)!r}.{hint} Write one with Tables.to_parquet(path) or "
            "`newslab analyze PATH --out DIR`."
        )
    if not path.is_dir():
        raise StoreError(f"{str(path)!r} is a file; read_tables() expects the dataset folder that holds manifest.json.")
    manifest_path = path / MANIFEST_NAME
    if not manifest_path.is_file():
        raise StoreError(
            f"{str(path)!r} has no {MANIFEST_NAME}, so it is not a complete newslab dataset. "
            "Write it again with Tables.to_parquet() or `newslab analyze ... --out`."
        )
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(f"{manifest_path} is not readable JSON ({exc}); the dataset is damaged. Write it again.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise StoreError(f"{manifest_path} is not a newslab dataset manifest (no format: {FORMAT!r}).")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise StoreError(
            f"{manifest_path} has format version {version!r}; this newslab reads up to {FORMAT_VERSION}. "
            "Upgrade newslab to read it."
        )
    return manifest


def _select_columns(
    columns: Sequence[str] | Mapping[str, Sequence[str]] | None, manifest: Mapping[str, Any]
) -> dict[str, list[str]]:
    available = {name: [c["name"] for c in info["columns"]] for name, info in manifest["tables"].items()}
    if columns is None:
        return available
    if isinstance(columns, str):
        columns = [columns]
    if isinstance(columns, Mapping):
        chosen = {name: list(cols) for name, cols in available.items()}
        for name, cols in columns.items():
            if name not in available:
                raise StoreError(f"columns= names the table {name!r}; tables are {', '.join(available)}.")
            unknown = [c for c in cols if c not in available[name]]
            if unknown:
                raise StoreError(f"Table {name!r} has no column(s) {unknown}; it has {available[name]}.")
            chosen[name] = list(cols)
        return chosen
    wanted = list(columns)
    known = {c for cols in available.values() for c in cols}
    unknown = [c for c in wanted if c not in known]
    if unknown:
        raise StoreError(f"No table has the column(s) {unknown}. Check the data dictionary for column names.")
    return {name: [c for c in cols if c in wanted] for name, cols in available.items()}


def read_dataset(
    path: str | os.PathLike,
    *,
    article_ids: str | Iterable[str] | None = None,
    columns: Sequence[str] | Mapping[str, Sequence[str]] | None = None,
) -> tuple[dict[str, pd.DataFrame], dict[str, Any]]:
    """Load the tables of a dataset written by :func:`write_dataset` or ``newslab analyze``.

    :func:`newslab.read_tables` calls this and wraps the result in :class:`~newslab.Tables`.

    Args:
        path: The dataset folder (holding ``manifest.json``).
        article_ids: Load only these articles (rows of other articles are
            skipped while reading, not after).
        columns: Load only these columns: a list (applied to every table
            that has them) or ``{table: [columns]}``.

    Returns:
        ``(tables, meta)``: table name -> DataFrame equal to the stored one
        (same dtypes, categories, time zones and ``attrs``), and the
        manifest's versions and method names.

    Raises:
        StoreError: The folder, the manifest or a table file is missing or
            damaged, the format is newer than this newslab, or ``article_ids``
            or ``columns`` name things the dataset does not have.
    """
    import pyarrow as pa  # lazy: pyarrow loads only when a dataset is read
    import pyarrow.parquet as pq

    root = Path(path)
    manifest = read_manifest(root)
    tables_info = manifest.get("tables", {})
    missing = [name for name in TABLE_NAMES if name not in tables_info]
    if missing:
        raise StoreError(f"{root / MANIFEST_NAME} lists no table(s) {missing}; the dataset is incomplete. Write it again.")
    wanted = _select_columns(columns, manifest)
    ids: list[str] | None = None
    if article_ids is not None:
        ids = [article_ids] if isinstance(article_ids, str) else [str(a) for a in article_ids]
        known = manifest.get("article_hashes", {})
        unknown = [a for a in ids if a not in known]
        if unknown:
            raise StoreError(f"The dataset at {str(root)!r} has no article(s) {unknown[:5]} ({len(known)} articles stored).")
    out: dict[str, pd.DataFrame] = {}
    for name in TABLE_NAMES:
        info = tables_info[name]
        file = root / info["file"]
        specs = {c["name"]: c for c in info["columns"]}
        names = wanted[name]
        read_names = list(names)
        if ids is not None and "article_id" not in read_names:
            read_names = ["article_id", *read_names]
        if not file.is_file():
            raise StoreError(f"{file} is missing; the dataset is incomplete. Write it again.")
        try:
            filters = [("article_id", "in", ids)] if ids is not None else None
            table = pq.read_table(file, columns=read_names, filters=filters)
        except (OSError, pa.ArrowException, ValueError) as exc:
            raise StoreError(f"{file} is not a readable Parquet file ({exc}); the dataset is damaged. Write it again.") from None
        if ids is None and table.num_rows != info["rows"]:
            raise StoreError(
                f"{file} holds {table.num_rows} rows but the manifest says {info['rows']}; the dataset is damaged. Write it again."
            )
        df = decode(table, [specs[c] for c in read_names])
        if ids is not None:
            df = df[names]
        df.attrs = dict(info.get("attrs", {}))
        out[name] = df
    return out, dict(manifest.get("meta", {}))
