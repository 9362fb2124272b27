"""File plumbing shared by the dataset store and the cache: atomic files, column encoding, process checks.

Three small services that :mod:`newslab.store` (datasets) and
:mod:`newslab.cache` (per-article results) both need, so neither borrows the
other's private helpers:

* **Files.** :func:`atomic_file` writes a file under a hidden temporary name
  and renames it into place, so a reader or a killed run sees the old file or
  the new one, never half of one; the file gets the permissions of an ordinary
  new file (0666 minus the umask, ``-rw-r--r--`` by default), not the 0600 of
  :func:`tempfile.mkstemp`. :func:`write_json` and :func:`write_parquet` write
  into a path (inside a staging folder that is itself renamed into place),
  flushed to disk, with fixed writer options so the same data gives the same
  bytes.
* **Columns.** :func:`infer_spec`, :func:`encode` and :func:`decode` move a
  pandas DataFrame to an Arrow table and back exactly: ``string``,
  ``category`` with its categories, nullable ``Int64``/``boolean``, tz-aware
  datetimes and JSON-able Python objects, with one small JSON-able spec per
  column that the caller keeps beside the data.
* **Processes.** :func:`pid_alive` tells whether the process that left a
  staging folder behind is still running.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import uuid
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "PARQUET_OPTIONS",
    "atomic_file",
    "write_json",
    "write_parquet",
    "infer_spec",
    "encode",
    "decode",
    "pid_alive",
    "is_null",
]

#: Fixed Parquet writer options: the same table gives the same bytes.
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 3,
    "version": "2.6",
    "data_page_version": "1.0",
    "use_dictionary": True,
    "write_statistics": True,
}
#: Rows per Parquet row group unless the caller says otherwise.
ROW_GROUP_SIZE = 50_000


# ---------------------------------------------------------------------------
# Files


def _file_mode() -> int:
    """The mode an ordinary new file gets: 0o666 minus the process umask."""
    # The umask can only be read by setting it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def atomic_file(
    path: str | os.PathLike, *, text: bool = False, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[IO[Any]]:
    """Open a file that appears at ``path`` only when the ``with`` block ends without an error.

    The data goes to a hidden file beside ``path``, is flushed to disk, and is
    renamed over ``path`` in one step; on an error (or Ctrl-C) the hidden file
    is removed and ``path`` is untouched. The new file has the permissions of
    an ordinary new file (``0666`` minus the umask: ``-rw-r--r--`` under the
    usual umask 022).

    Args:
        path: The file to create or replace. Its folder must exist.
        text: Open in text mode (else binary).
        encoding: Text encoding when ``text`` is true.
        newline: As for :func:`open` in text mode (``"\\n"`` writes Unix line ends everywhere).

    Yields:
        The open file object to write to.

    Example:
        >>> import tempfile, pathlib
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
        >>> with atomic_file(target, text=True) as handle:
        ...     _ = handle.write("done")
        >>> target.read_text()
        'done'
    """
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.tmp")
    # os.open with O_EXCL: a fresh file of our own, created with the umask-based mode.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _file_mode())
    try:
        with os.fdopen(fd, "w" if text else "wb", **({"encoding": encoding, "newline": newline} if text else {})) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_json(obj: Any, path: str | os.PathLike) -> None:
    """Write ``obj`` as indented UTF-8 JSON (one trailing newline) and flush it to disk.

    Non-JSON values (timestamps, paths) are written as their ``str``. The
    file is written in place: call it inside a staging folder, or use
    :func:`atomic_file` for a file that must never be seen half-written.

    Example:
        >>> import tempfile, pathlib
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "x.json"
        >>> write_json({"n": 1}, target)
        >>> target.read_text()
        '{\\n "n": 1\\n}\\n'
    """
    text = json.dumps(obj, indent=1, ensure_ascii=False, default=str) + "\n"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def write_parquet(table: pa.Table, path: str | os.PathLike, *, row_group_size: int = ROW_GROUP_SIZE) -> None:
    """Write an Arrow table as Parquet with :data:`PARQUET_OPTIONS` and flush it to disk.

    The same table and ``row_group_size`` always give the same bytes. Written
    in place, like :func:`write_json`.
    """
    import pyarrow.parquet as pq  # lazy: pyarrow is only needed once something is written

    with open(path, "wb") as handle:
        pq.write_table(table, handle, row_group_size=row_group_size, **PARQUET_OPTIONS)
        handle.flush()
        os.fsync(handle.fileno())


# ---------------------------------------------------------------------------
# Columns: pandas <-> Arrow with a JSON spec per column


def is_null(value: Any) -> bool:
    """True for None, ``pd.NA``, ``pd.NaT`` and float NaN."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _jsonable_list(values: list[Any]) -> list[Any]:
    return [v.item() if hasattr(v, "item") else v for v in values]


def infer_spec(name: str, series: pd.Series) -> dict[str, Any]:
    """How the column ``name`` is stored and restored: a small JSON-able dict.

    ``kind`` is one of ``category`` (with ``categories`` and ``ordered``),
    ``datetimetz`` (with ``tz`` and ``unit``), ``datetime`` (with ``unit``),
    ``object`` (strings in an object column), ``json`` (other Python objects,
    stored as JSON text) or ``native`` (everything Arrow stores as is);
    ``all_null`` says whether every value is missing.

    Example:
        >>> spec = infer_spec("label", pd.Series(["ORG", "GPE"], dtype="category"))
        >>> spec["kind"], spec["categories"]
        ('category', ['GPE', 'ORG'])
    """
    dtype = series.dtype
    spec: dict[str, Any] = {"name": name, "dtype": str(dtype)}
    if isinstance(dtype, pd.CategoricalDtype):
        spec.update(kind="category", categories=_jsonable_list(dtype.categories.tolist()), ordered=bool(dtype.ordered))
    elif isinstance(dtype, pd.DatetimeTZDtype):
        spec.update(kind="datetimetz", tz=str(dtype.tz), unit=dtype.unit)
    elif pd.api.types.is_datetime64_dtype(dtype):
        spec.update(kind="datetime", unit=series.dt.unit)
    elif dtype == object:
        values = [v for v in series.tolist() if not is_null(v)]
        spec["kind"] = "object" if all(isinstance(v, str) for v in values) else "json"
    else:
        spec["kind"] = "native"
    spec["all_null"] = bool(series.isna().all()) if spec["kind"] != "json" else all(is_null(v) for v in series.tolist())
    return spec


def _encode_column(series: pd.Series, spec: Mapping[str, Any]) -> pa.Array:
    import pyarrow as pa  # lazy: see write_parquet

    kind = spec["kind"]
    if kind == "category":
        cats = spec["categories"]
        value_type = pa.string() if all(isinstance(c, str) for c in cats) else pa.array(cats).type
        return pa.array([None if is_null(v) else v for v in series.astype(object).tolist()], type=value_type)
    if kind == "datetimetz":
        values = series.dt.tz_convert("UTC").astype(f"datetime64[{spec['unit']}, UTC]")
        return pa.array(values, type=pa.timestamp(spec["unit"], tz="UTC"), from_pandas=True)
    if kind == "datetime":
        return pa.array(series.astype(f"datetime64[{spec['unit']}]"), type=pa.timestamp(spec["unit"]), from_pandas=True)
    if kind == "object":
        return pa.array([None if is_null(v) else v for v in series.tolist()], type=pa.string())
    if kind == "json":
        return pa.array(
            [None if is_null(v) else json.dumps(v, sort_keys=True, ensure_ascii=False, default=str) for v in series.tolist()],
            type=pa.string(),
        )
    array = pa.array(series, from_pandas=True)
    if pa.types.is_large_string(array.type):
        array = array.cast(pa.string())
    return array


def encode(df: pd.DataFrame, specs: Sequence[Mapping[str, Any]]) -> pa.Table:
    """The columns of ``df`` named by ``specs`` as an Arrow table (UTC instants for tz-aware times).

    Example:
        >>> df = pd.DataFrame({"n": pd.array([1, None], dtype="Int64")})
        >>> encode(df, [infer_spec("n", df["n"])]).column("n").to_pylist()
        [1, None]
    """
    import pyarrow as pa  # lazy: see write_parquet

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


def decode(table: pa.Table, specs: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """The DataFrame :func:`encode` was given back from an Arrow table: same dtypes, categories and time zones.

    Example:
        >>> df = pd.DataFrame({"label": pd.Series(["ORG"], dtype="category")})
        >>> specs = [infer_spec("label", df["label"])]
        >>> decode(encode(df, specs), specs).equals(df)
        True
    """
    data = {spec["name"]: _decode_column(table.column(spec["name"]), spec) for spec in specs}
    df = pd.DataFrame(data, index=pd.RangeIndex(table.num_rows))
    return df if specs else pd.DataFrame(index=pd.RangeIndex(table.num_rows))


# ---------------------------------------------------------------------------
# Processes


def pid_alive(pid: int) -> bool:
    """True when a process with this id is running (this process included).

    Example:
        >>> pid_alive(os.getpid())
        True
    """
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True
