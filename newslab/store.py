"""Storing tables: one Parquet file per table plus ``manifest.json``, written atomically.

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
import math
import os
import shutil
import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from newslab.errors import StoreError
from newslab.schema import TABLE_NAMES

if TYPE_CHECKING:
    import pyarrow as pa

    from newslab.tables import Tables

__all__ = ["write_tables", "read_tables", "DatasetWriter", "MANIFEST_NAME", "FORMAT_VERSION"]

MANIFEST_NAME = "manifest.json"
FORMAT = "newslab-dataset"
#: Bumped when the layout changes in a way older readers cannot read.
FORMAT_VERSION = 1

#: Fixed writer options: the same tables give the same bytes.
_PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 3,
    "version": "2.6",
    "data_page_version": "1.0",
    "use_dictionary": True,
    "write_statistics": True,
}
#: Rows per row group, fixed per table so the bytes do not depend on how the
#: rows were chunked while writing (articles hold the texts: smaller groups).
_ROW_GROUPS = {"articles": 2_000}
_ROW_GROUP_SIZE = 50_000
_TMP_MARK = ".newslab-tmp-"
_OLD_MARK = ".newslab-old-"
_UNIT_ORDER = {"s": 0, "ms": 1, "us": 2, "ns": 3}


# ---------------------------------------------------------------------------
# Column encoding: pandas <-> Arrow with a JSON spec per column


def _is_null(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _infer_spec(name: str, series: pd.Series) -> dict[str, Any]:
    """How a column is stored and restored (kept in the manifest)."""
    dtype = series.dtype
    spec: dict[str, Any] = {"name": name, "dtype": str(dtype)}
    if isinstance(dtype, pd.CategoricalDtype):
        spec.update(kind="category", categories=_jsonable_list(dtype.categories.tolist()), ordered=bool(dtype.ordered))
    elif isinstance(dtype, pd.DatetimeTZDtype):
        spec.update(kind="datetimetz", tz=str(dtype.tz), unit=dtype.unit)
    elif pd.api.types.is_datetime64_dtype(dtype):
        spec.update(kind="datetime", unit=series.dt.unit)
    elif dtype == object:
        values = [v for v in series.tolist() if not _is_null(v)]
        spec["kind"] = "object" if all(isinstance(v, str) for v in values) else "json"
    else:
        spec["kind"] = "native"
    spec["all_null"] = bool(series.isna().all()) if spec["kind"] != "json" else all(_is_null(v) for v in series.tolist())
    return spec


def _jsonable_list(values: list[Any]) -> list[Any]:
    return [v.item() if hasattr(v, "item") else v for v in values]


def _encode_column(series: pd.Series, spec: Mapping[str, Any]) -> pa.Array:
    import pyarrow as pa

    kind = spec["kind"]
    if kind == "category":
        cats = spec["categories"]
        value_type = pa.string() if all(isinstance(c, str) for c in cats) else pa.array(cats).type
        return pa.array([None if _is_null(v) else v for v in series.astype(object).tolist()], type=value_type)
    if kind == "datetimetz":
        values = series.dt.tz_convert("UTC").astype(f"datetime64[{spec['unit']}, UTC]")
        return pa.array(values, type=pa.timestamp(spec["unit"], tz="UTC"), from_pandas=True)
    if kind == "datetime":
        return pa.array(series.astype(f"datetime64[{spec['unit']}]"), type=pa.timestamp(spec["unit"]), from_pandas=True)
    if kind == "object":
        return pa.array([None if _is_null(v) else v for v in series.tolist()], type=pa.string())
    if kind == "json":
        return pa.array(
            [None if _is_null(v) else json.dumps(v, sort_keys=True, ensure_ascii=False, default=str) for v in series.tolist()],
            type=pa.string(),
        )
    array = pa.array(series, from_pandas=True)
    if pa.types.is_large_string(array.type):
        array = array.cast(pa.string())
    return array


def _encode(df: pd.DataFrame, specs: Sequence[Mapping[str, Any]]) -> pa.Table:
    import pyarrow as pa

    arrays = [_encode_column(df[spec["name"]], spec) for spec in specs]
    return pa.Table.from_arrays(arrays, names=[spec["name"] for spec in specs])


def _decode_column(column: pa.ChunkedArray, spec: Mapping[str, Any]) -> pd.Series:
    from pandas.api.types import pandas_dtype

    kind = spec["kind"]
    if kind == "category":
        dtype = pd.CategoricalDtype(spec["categories"], ordered=spec["ordered"])
        values = column.to_pandas() if all(isinstance(c, str) for c in spec["categories"]) else column.to_pylist()
        return pd.Series(pd.Categorical(values, dtype=dtype))
    if kind == "datetimetz":
        values = column.to_pandas().astype(f"datetime64[{spec['unit']}, UTC]")
        return values.dt.tz_convert(spec["tz"])
    if kind == "datetime":
        return column.to_pandas().astype(f"datetime64[{spec['unit']}]")
    if kind == "object":
        return pd.Series(column.to_pylist(), dtype=object)
    if kind == "json":
        return pd.Series([None if v is None else json.loads(v) for v in column.to_pylist()], dtype=object)
    dtype = pandas_dtype(spec["dtype"])
    if hasattr(dtype, "__from_arrow__"):
        return pd.Series(dtype.__from_arrow__(column), dtype=dtype)  # type: ignore[union-attr]
    return column.to_pandas().astype(dtype)


def _decode(table: pa.Table, specs: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    data = {spec["name"]: _decode_column(table.column(spec["name"]), spec) for spec in specs}
    df = pd.DataFrame(data, index=pd.RangeIndex(table.num_rows))
    return df if specs else pd.DataFrame(index=pd.RangeIndex(table.num_rows))


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


def _write_parquet(table: pa.Table, path: Path, *, row_group_size: int = _ROW_GROUP_SIZE) -> None:
    import pyarrow.parquet as pq

    with open(path, "wb") as handle:
        pq.write_table(table, handle, row_group_size=row_group_size, **_PARQUET_OPTIONS)
        handle.flush()
        os.fsync(handle.fileno())


def _write_json(obj: Any, path: Path) -> None:
    text = json.dumps(obj, indent=1, ensure_ascii=False, default=str) + "\n"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


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
                if pid.isdigit() and not _pid_alive(int(pid)):
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


def _check_target(path: Path) -> None:
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
        _check_target(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = self.path.parent / f".{self.path.name}{_TMP_MARK}{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._tmp.mkdir()
        (self._tmp / "_parts").mkdir()
        self._parts: dict[str, list[tuple[Path, list[dict[str, Any]], int]]] = {name: [] for name in TABLE_NAMES}
        self._hashes: dict[str, str] = {}
        self._closed = False

    def append(self, tables: Tables | Mapping[str, pd.DataFrame]) -> None:
        """Add the tables of one chunk of articles (every table; rows in order)."""
        from newslab.articles import article_hash

        for name in TABLE_NAMES:
            df = tables[name]
            specs = [_infer_spec(str(col), df[col]) for col in df.columns]
            part = self._tmp / "_parts" / f"{name}-{len(self._parts[name]):06d}.parquet"
            _write_parquet(_encode(df, specs), part, row_group_size=_ROW_GROUPS.get(name, _ROW_GROUP_SIZE))
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
            group = _ROW_GROUPS.get(name, _ROW_GROUP_SIZE)
            schema = _encode(_coerce(pd.DataFrame(), specs), specs).schema
            with open(target, "wb") as handle:
                with pq.ParquetWriter(handle, schema, **_PARQUET_OPTIONS) as writer:
                    buffered: list[pa.Table] = []
                    n_buffered = 0
                    for i, (part, part_specs, n_rows) in enumerate(parts):
                        if n_rows or (i == len(parts) - 1 and not rows):
                            data = pq.read_table(part)
                            if not data.schema.equals(schema):
                                # Only parts whose stored types differ (a column missing or
                                # of another type) take the trip through pandas; categories and
                                # time zones live in the manifest, not in the stored values.
                                data = _encode(_coerce(_decode(data, part_specs), specs), specs)
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
        _write_json(manifest, self._tmp / MANIFEST_NAME)
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


def write_tables(tables: Tables, path: str | os.PathLike) -> Path:
    """Write every table as Parquet plus ``manifest.json`` into the folder ``path``, atomically.

    Args:
        tables: The :class:`~newslab.tables.Tables` to store.
        path: Dataset folder; created, or replaced when it already holds a
            newslab dataset (its hidden entries, such as ``.cache``, are kept).

    Returns:
        The dataset folder (absolute path).

    Raises:
        StoreError: ``path`` is a file, or a folder that is not a newslab dataset.

    Example:
        >>> import newslab as nl, tempfile
        >>> t = nl.analyze(nl.read_articles("seeds"), progress=False)
        >>> out = t.to_parquet(tempfile.mkdtemp() + "/seed")
        >>> nl.read_tables(out).articles.shape[0]
        1
    """
    with DatasetWriter(path) as writer:
        writer.append(tables)
        return writer.commit(meta=tables.meta, attrs={name: dict(df.attrs) for name, df in tables.items()})


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


def read_tables(
    path: str | os.PathLike,
    *,
    article_ids: str | Iterable[str] | None = None,
    columns: Sequence[str] | Mapping[str, Sequence[str]] | None = None,
) -> Tables:
    """Load a dataset written by ``Tables.to_parquet`` or ``newslab analyze``.

    Args:
        path: The dataset folder (holding ``manifest.json``).
        article_ids: Load only these articles (rows of other articles are
            skipped while reading, not after).
        columns: Load only these columns: a list (applied to every table
            that has them) or ``{table: [columns]}``.

    Returns:
        :class:`~newslab.tables.Tables` equal to the stored ones: same
        dtypes, categories, time zones and ``attrs``; ``meta`` from the manifest.

    Raises:
        StoreError: The folder, the manifest or a table file is missing or
            damaged, the format is newer than this newslab, or ``article_ids``
            or ``columns`` name things the dataset does not have.

    Example:
        >>> import newslab as nl
        >>> t = nl.read_tables("data/derived")  # doctest: +SKIP
        >>> t.quotes.speaker_canonical.value_counts().head()  # doctest: +SKIP
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newslab.tables import Tables

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
        df = _decode(table, [specs[c] for c in read_names])
        if ids is not None:
            df = df[names]
        df.attrs = dict(info.get("attrs", {}))
        out[name] = df
    return Tables(**out, meta=dict(manifest.get("meta", {})))
