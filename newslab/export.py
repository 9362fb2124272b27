"""Export a dataset for R, Stata, SPSS or spreadsheet users: one file per table plus a codebook.

``newslab export results/ --to csv`` (or :func:`export_tables`) writes into a
new folder (default: ``results-csv`` beside the dataset)::

    articles.csv  sentences.csv  entities.csv  quotes.csv  sources.csv  figures.csv
    codebook.csv   table, column, file_column, dtype, stored_as, categories, description
    metadata.json  newslab, spaCy and model versions, method names, row counts

Formats and how each pandas type is written:

========  ===================  ========================  ===============================  =====================
format    text                 labels (category)         integers that may be missing     time stamps
========  ===================  ========================  ===============================  =====================
csv       UTF-8, quoted when   the label                 empty cell when missing          ISO 8601 with the UTC
          needed, ``\\n`` rows                                                             offset of the outlet
stata     str, strL when a     integer codes with value  long, or double when a value is  %tc, converted to UTC
          value is longer      labels                    missing or out of long's range   and made naive (Stata
          than 244 bytes                                                                  has no time zones)
feather   Arrow string         Arrow dictionary          Arrow int64 with nulls           Arrow timestamp with
                                                                                          its time zone
========  ===================  ========================  ===============================  =====================

Booleans are ``true``/``false`` in CSV and 0/1 (byte) in Stata. Stata files
(version 118, Stata 14 or later) carry each column's description as its
variable label (cut to Stata's 80 characters; the codebook has it in full)
and the table's name as the data label. A column name Stata cannot use is
renamed; ``file_column`` in the codebook says how. The export folder is
written atomically (a staging folder renamed into place) with the usual file
permissions (0644 under the default umask).
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import uuid
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

from newslab import __version__
from newslab.errors import InputError, InputTypeError, StoreError
from newslab.schema import TABLES
from newslab.tables import Tables, read_tables

__all__ = ["FORMATS", "CODEBOOK_COLUMNS", "export_tables", "codebook"]

#: Export formats and their file suffix.
FORMATS: dict[str, str] = {"csv": ".csv", "stata": ".dta", "feather": ".feather"}

#: Columns of ``codebook.csv``.
CODEBOOK_COLUMNS = ["table", "column", "file_column", "dtype", "stored_as", "categories", "description"]

_CODEBOOK = "codebook.csv"
_METADATA = "metadata.json"
#: Text columns with values longer than this (in bytes) are written as ``strL``: needed beyond
#: 2,045 bytes (the longest ``str#``), and smaller from here on (stored once per value, not padded to
#: the longest: the sentences table is 23 MB as ``str#`` and a fraction of that as ``strL``).
_STATA_STRL_FROM = 244
_STATA_LABEL_MAX = 80
_INT32 = (-(2**31) + 27, 2**31 - 1 - 27)  # Stata's long without its missing-value codes


def _description(table: str, column: str) -> str:
    for col in TABLES.get(table, []):
        if col.name == column:
            return col.description
    return "Column from the input, not part of newslab's schema."


def _stata_name(name: str, taken: set[str]) -> str:
    """A valid, unique Stata variable name (letters, digits, _; at most 32 characters; no leading digit)."""
    out = re.sub(r"\W", "_", name, flags=re.ASCII)[:32] or "var"
    if out[0].isdigit():
        out = f"_{out}"[:32]
    base, k = out, 1
    while out in taken:
        suffix = f"_{k}"
        out = base[: 32 - len(suffix)] + suffix
        k += 1
    taken.add(out)
    return out


def _stored_as(series: pd.Series, fmt: str) -> str:
    dtype = series.dtype
    if fmt == "feather":
        return f"arrow ({dtype})"
    if isinstance(dtype, pd.CategoricalDtype):
        if fmt == "csv":
            return "text label"
        return "long codes with value labels" if len(series) else "str (no rows)"
    if isinstance(dtype, pd.DatetimeTZDtype):
        return "ISO 8601 text with UTC offset" if fmt == "csv" else "%tc date-time in UTC (time zone dropped)"
    if pd.api.types.is_bool_dtype(dtype):
        return "true/false" if fmt == "csv" else "byte 0/1"
    if pd.api.types.is_integer_dtype(dtype):
        if fmt == "csv":
            return "integer (empty when missing)"
        return "long" if not series.isna().any() and _fits_long(series) else "double (missing as .)"
    if pd.api.types.is_float_dtype(dtype):
        return "number (empty when missing)" if fmt == "csv" else "double (missing as .)"
    if fmt == "csv":
        return "text"
    return "strL" if _max_bytes(series) > _STATA_STRL_FROM else "str"


def _fits_long(series: pd.Series) -> bool:
    values = series.dropna()
    return not len(values) or (int(values.min()) >= _INT32[0] and int(values.max()) <= _INT32[1])


def _max_bytes(series: pd.Series) -> int:
    values = series.dropna().astype(str)
    return max((len(v.encode("utf-8")) for v in values), default=0)


def codebook(tables: Tables, *, to: str = "csv") -> pd.DataFrame:
    """The codebook of an export: one row per column of every table.

    Args:
        tables: The tables to describe.
        to: The export format (the ``file_column`` and ``stored_as`` depend on it).

    Returns:
        Columns :data:`CODEBOOK_COLUMNS`; descriptions come from :mod:`newslab.schema`.

    Example:
        >>> import newslab as nl
        >>> from newslab.schema import empty
        >>> t = nl.Tables(*(empty(n) for n in ("articles", "sentences", "entities", "quotes", "sources", "figures")))
        >>> codebook(t).query("table == 'entities' and column == 'label'")[["dtype", "stored_as"]].values.tolist()
        [['category', 'text label']]
    """
    fmt = _check_format(to)
    rows = []
    for name, df in tables.items():
        taken: set[str] = set()
        for column in df.columns:
            series = df[column]
            cats = ""
            if isinstance(series.dtype, pd.CategoricalDtype):
                cats = "; ".join(str(c) for c in series.dtype.categories)
            rows.append({
                "table": name,
                "column": str(column),
                "file_column": _stata_name(str(column), taken) if fmt == "stata" else str(column),
                "dtype": str(series.dtype),
                "stored_as": _stored_as(series, fmt),
                "categories": cats,
                "description": _description(name, str(column)),
            })
    return pd.DataFrame(rows, columns=CODEBOOK_COLUMNS)


def _check_format(to: str) -> str:
    fmt = str(to).lower()
    if fmt not in FORMATS:
        raise InputError(f"Unknown export format {to!r}; choose one of {', '.join(FORMATS)}.")
    return fmt


# ---------------------------------------------------------------------------
# Writers


def _csv_frame(df: pd.DataFrame) -> pd.DataFrame:
    out = {}
    for column in df.columns:
        series = df[column]
        if isinstance(series.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_dtype(series.dtype):
            out[column] = series.map(lambda t: "" if pd.isna(t) else t.isoformat()).astype(object)
        elif pd.api.types.is_bool_dtype(series.dtype):
            out[column] = series.map(lambda v: "" if pd.isna(v) else ("true" if v else "false")).astype(object)
        elif series.dtype == object:
            out[column] = series.map(lambda v: "" if v is None or (isinstance(v, float) and pd.isna(v)) else
                                     v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str))
        else:
            out[column] = series
    return pd.DataFrame(out, index=df.index)


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    buffer = io.StringIO()
    _csv_frame(df).to_csv(buffer, index=False, lineterminator="\n", na_rep="")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(buffer.getvalue())
        handle.flush()
        os.fsync(handle.fileno())


def _stata_frame(df: pd.DataFrame, names: dict[str, str]) -> tuple[pd.DataFrame, dict[str, str], list[str]]:
    """Columns Stata can store, the date columns (%tc) and the strL columns."""
    out: dict[str, Any] = {}
    dates: dict[str, str] = {}
    strl: list[str] = []
    for column in df.columns:
        name = names[str(column)]
        series = df[column]
        dtype = series.dtype
        if isinstance(dtype, pd.CategoricalDtype) and not len(series):
            out[name] = pd.Series([], dtype=object)  # pandas cannot write value labels for no rows
        elif isinstance(dtype, pd.CategoricalDtype):
            cats = [str(c) for c in dtype.categories]
            out[name] = pd.Categorical(series.astype(object).map(lambda v: None if pd.isna(v) else str(v)), categories=cats)
        elif isinstance(dtype, pd.DatetimeTZDtype):
            out[name] = series.dt.tz_convert("UTC").dt.tz_localize(None).astype("datetime64[ns]")
            dates[name] = "tc"
        elif pd.api.types.is_datetime64_dtype(dtype):
            out[name] = series.astype("datetime64[ns]")
            dates[name] = "tc"
        elif pd.api.types.is_bool_dtype(dtype):
            # A nullable boolean with missing values becomes a double (missing as .).
            out[name] = series.astype("float64") if series.isna().any() else series.astype("int8")
        elif pd.api.types.is_integer_dtype(dtype):
            if series.isna().any() or not _fits_long(series):
                out[name] = series.astype("float64")
            else:
                out[name] = series.astype("int32")
        elif pd.api.types.is_float_dtype(dtype):
            out[name] = series.astype("float64")
        else:
            values = series.astype(object).map(
                lambda v: "" if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NA else
                v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str))
            out[name] = values.astype(object)
            if _max_bytes(values) > _STATA_STRL_FROM:
                strl.append(name)
    return pd.DataFrame(out, index=pd.RangeIndex(len(df))), dates, strl


def _write_stata(df: pd.DataFrame, path: Path, table: str, book: pd.DataFrame) -> None:
    rows = book[book["table"] == table]
    names = dict(zip(rows["column"], rows["file_column"]))
    labels = {f: _label(d) for f, d in zip(rows["file_column"], rows["description"])}
    frame, dates, strl = _stata_frame(df, names)
    with warnings.catch_warnings():
        # pandas warns about values it writes as Stata missing; the codebook documents it.
        warnings.simplefilter("ignore")
        frame.to_stata(path, write_index=False, version=118, convert_dates=dates, convert_strl=strl,
                       variable_labels=labels, data_label=f"newslab {table} table")


def _label(description: str) -> str:
    text = " ".join(description.split())
    return text if len(text) <= _STATA_LABEL_MAX else text[: _STATA_LABEL_MAX - 3].rstrip() + "..."


def _write_feather(df: pd.DataFrame, path: Path) -> None:
    frame = df.copy()
    frame.attrs = {}
    frame.columns = [str(c) for c in frame.columns]
    for column in frame.columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].map(
                lambda v: v if v is None or isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str))
    frame.to_feather(path)


# ---------------------------------------------------------------------------
# The export folder


def _check_target(path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise StoreError(f"{str(path)!r} is a file; an export is a folder. Choose another output path.")
    if path.is_dir():
        entries = [e.name for e in path.iterdir()]
        if entries and _CODEBOOK not in entries:
            raise StoreError(
                f"{str(path)!r} exists and is not a newslab export (it has no {_CODEBOOK}); newslab will not "
                "overwrite it. Choose a new or empty folder."
            )
        if (path / "manifest.json").is_file():
            raise StoreError(f"{str(path)!r} is a newslab dataset; write the export into another folder.")


def _publish(tmp: Path, path: Path) -> None:
    """Put the finished folder ``tmp`` at ``path`` (replacing an earlier export) with renames."""
    if not path.exists():
        os.rename(tmp, path)
        return
    old = path.parent / f".{path.name}.newslab-old-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    os.rename(path, old)
    os.rename(tmp, path)
    shutil.rmtree(old, ignore_errors=True)


def _load(tables: Tables | str | os.PathLike) -> Tables:
    if isinstance(tables, Tables):
        return tables
    if isinstance(tables, (str, os.PathLike)):
        return read_tables(tables)
    raise InputTypeError(f"export_tables() expects Tables or the path of a dataset folder; got {type(tables).__name__}.")


def default_folder(dataset: str | os.PathLike, to: str) -> Path:
    """The export folder used when none is given: ``<dataset>-<format>`` beside the dataset."""
    path = Path(dataset).absolute()
    return path.parent / f"{path.name}-{_check_format(to)}"


def export_tables(tables: Tables | str | os.PathLike, path: str | os.PathLike, *, to: str = "csv") -> Path:
    """Write every table in ``to`` format, one file per table, plus ``codebook.csv`` and ``metadata.json``.

    Args:
        tables: :class:`~newslab.tables.Tables`, or the folder of a saved dataset.
        path: Export folder; created, or replaced when it holds an earlier export.
        to: ``"csv"``, ``"stata"`` (``.dta``, version 118) or ``"feather"``.

    Returns:
        The export folder (absolute path).

    Raises:
        InputError: Unknown format.
        StoreError: ``path`` is a file, a dataset, or a folder with other files in it.

    Example:
        >>> import newslab as nl, tempfile
        >>> t = nl.analyze(nl.read_articles("seeds"), progress=False)
        >>> out = export_tables(t, tempfile.mkdtemp() + "/seed-csv", to="csv")
        >>> sorted(p.name for p in out.iterdir())[:3]
        ['articles.csv', 'codebook.csv', 'entities.csv']
    """
    fmt = _check_format(to)
    data = _load(tables)
    target = Path(path).absolute()
    _check_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.newslab-tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        book = codebook(data, to=fmt)
        for name, df in data.items():
            file = tmp / f"{name}{FORMATS[fmt]}"
            if fmt == "csv":
                _write_csv(df, file)
            elif fmt == "stata":
                _write_stata(df, file, name, book)
            else:
                _write_feather(df, file)
        _write_csv(book, tmp / _CODEBOOK)
        meta = {
            "exported_by": f"newslab {__version__}",
            "format": fmt,
            "tables": {name: {"file": f"{name}{FORMATS[fmt]}", "rows": int(len(df))} for name, df in data.items()},
            "meta": data.meta,
        }
        with open(tmp / _METADATA, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(meta, indent=1, ensure_ascii=False, default=str) + "\n")
        _publish(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target
