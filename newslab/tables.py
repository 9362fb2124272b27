"""The Tables container and the assembly of per-batch parts into its six tables.

Every way of running the analysis (one process, worker processes, the cache,
Dask; see :mod:`newslab.pipeline`) hands its results over in the same shape,
:data:`TableParts`: for each per-Doc table a list of DataFrames, one per batch
of articles, in input order (plus the per-article warning notes). This module
turns such parts into a :class:`Tables` (:func:`assemble_tables`), builds the
sources table, and reads and writes a :class:`Tables` as a Parquet dataset
(:mod:`newslab.store` holds the file format).
"""

from __future__ import annotations

import html
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

import newslab.errors as errors_module
from newslab.errors import NewslabWarning
from newslab.figures import with_article_context
from newslab.schema import TABLE_NAMES, conform, empty
from newslab.sources import sources_table
from newslab.store import read_dataset, write_dataset

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "Tables", "TableParts", "Extractor", "RunStats", "PER_DOC_TABLES", "assemble_tables", "announce_warnings",
    "frames_from_columns", "notes_of", "read_tables", "write_tables",
]

#: Tables made from one Doc at a time (``articles`` comes from the input, ``sources`` from the quotes).
PER_DOC_TABLES = ("sentences", "entities", "quotes", "figures")
#: The key under which :data:`TableParts` carries per-article warning notes.
WARNINGS = "warnings"
#: Columns of a warning note.
NOTE_COLUMNS = ("article_id", "category", "message")
#: Per-Doc table name (and :data:`WARNINGS`) -> DataFrames of consecutive batches of articles, in input order.
TableParts = dict[str, list[pd.DataFrame]]
#: What the pipeline gives its strategies: ``extract(articles, nlp) -> TableParts``
#: (:func:`newslab.extract.extract_articles` with its options bound).
Extractor = Callable[[pd.DataFrame, "Language"], TableParts]


@dataclass
class Tables:
    """The tables newslab produces, one DataFrame per table (see the data dictionary).

    Attributes:
        articles, sentences, entities, quotes, sources, figures: the tables.
        meta: versions of newslab, spaCy, the model and Python, and the method
            names used; also copied into every table's ``attrs``.
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame
    sources: pd.DataFrame
    figures: pd.DataFrame
    meta: dict[str, Any] = field(default_factory=dict)

    def __iter__(self) -> Iterator[str]:
        return iter(TABLE_NAMES)

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in TABLE_NAMES:
            raise KeyError(f"No table {name!r}; tables are {', '.join(TABLE_NAMES)}.")
        return getattr(self, name)

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        """``(name, DataFrame)`` pairs in the documented order."""
        return [(name, getattr(self, name)) for name in TABLE_NAMES]

    def for_articles(self, article_ids: str | Iterable[str]) -> Tables:
        """The same tables restricted to some articles (new DataFrames)."""
        ids = {article_ids} if isinstance(article_ids, str) else set(article_ids)
        parts = {}
        for name, df in self.items():
            sub = df[df["article_id"].isin(ids)].reset_index(drop=True)
            sub.attrs = dict(df.attrs)
            parts[name] = sub
        return Tables(**parts, meta=dict(self.meta))

    def to_parquet(self, path: str | os.PathLike) -> Path:
        """Write every table as Parquet plus ``manifest.json`` into ``path`` (atomically).

        See :func:`write_tables`; :func:`read_tables` reads it back.
        """
        return write_tables(self, path)

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(df)}" for name, df in self.items())
        return f"Tables({counts})"

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td style='text-align:right'>{len(df):,}</td></tr>"
            for name, df in self.items()
        )
        return f"<table><thead><tr><th>table</th><th>rows</th></tr></thead><tbody>{rows}</tbody></table>"


def frames_from_columns(columns: Mapping[str, Mapping[str, list]]) -> dict[str, pd.DataFrame]:
    """One schema-typed DataFrame per table from columns gathered over a batch of articles.

    Args:
        columns: Table name -> column name -> values (``article_id`` included).

    Returns:
        Table name -> DataFrame; tables without rows are left out.
    """
    out = {}
    for name, cols in columns.items():
        if cols and len(cols["article_id"]):
            out[name] = conform(pd.DataFrame(cols), name)
    return out


@dataclass
class RunStats:
    """What one run did, filled in by the strategies as articles are committed.

    Attributes:
        cached: Articles taken from the cache.
        analysed: Articles analysed in this run (with a cache: analysed and
            committed to it, so ``cached + analysed`` articles are kept).
        notes: Warning notes (article_id, category, message) of the articles
            analysed in this run; cached articles' notes are in the tables
            but are not announced again.
    """

    cached: int = 0
    analysed: int = 0
    notes: list[dict[str, str]] = field(default_factory=list)

    @property
    def kept(self) -> int:
        """Articles whose results are kept (in the cache, or in the returned tables)."""
        return self.cached + self.analysed


def notes_of(parts: TableParts) -> pd.DataFrame:
    """The warning notes in ``parts`` as one frame (article_id, category, message), in input order."""
    found = [df[list(NOTE_COLUMNS)] for df in parts.get(WARNINGS, []) if len(df)]
    if not found:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in NOTE_COLUMNS})
    return pd.concat(found, ignore_index=True).astype(object)


def announce_warnings(notes: Sequence[Mapping[str, str]], *, stacklevel: int = 1) -> None:
    """Warn once per category about the notes of a run, however many articles or chunks it had.

    One note gives ``Article ID: message``; several give their count, the
    number of articles, the first one, and where the rest are (the articles
    table's ``warnings`` column).

    Args:
        notes: Dicts with article_id, category (a warning class name from
            :mod:`newslab.errors`) and message, in input order.
        stacklevel: Which caller the warnings point at (1: the caller of this function).
    """
    by_category: dict[str, list[Mapping[str, str]]] = {}
    for note in notes:
        by_category.setdefault(str(note["category"]), []).append(note)
    for category in sorted(by_category):
        group = by_category[category]
        cls = getattr(errors_module, category, NewslabWarning)
        first = group[0]
        if len(group) == 1:
            message = f"Article {first['article_id']}: {first['message']}"
        else:
            n_articles = len({note["article_id"] for note in group})
            message = (
                f"{len(group)} {cls.__name__} notes in {n_articles} articles; the first, in article "
                f"{first['article_id']}: {first['message']} Every article's notes are in the articles "
                "table's `warnings` column."
            )
        warnings.warn(message, cls, stacklevel=1 + stacklevel)


def _warnings_column(article_ids: Sequence[str], notes: pd.DataFrame) -> pd.Series:
    """Per article: its notes as 'Category: message' lines, or missing when it has none."""
    lines: dict[str, list[str]] = {}
    for aid, category, message in zip(notes["article_id"], notes["category"], notes["message"]):
        lines.setdefault(str(aid), []).append(f"{category}: {message}")
    return pd.Series(["\n".join(lines[aid]) if aid in lines else None for aid in article_ids], dtype="string")


def assemble_tables(articles: pd.DataFrame, parts: TableParts, meta: Mapping[str, Any]) -> Tables:
    """The six tables from the articles table and the per-Doc tables' parts.

    Concatenates each per-Doc table's parts in order and conforms it to the
    schema, builds the sources table from the quotes, keeps the per-article
    warning notes (in ``articles.warnings`` and ``articles.attrs["warnings"]``,
    so the manifest and ``read_tables`` keep them too), and records ``meta``
    in every table's ``attrs``. A serial run, worker processes, the cache and
    Dask all end here, which is why their tables are identical. Announcing
    the warnings is the caller's job (:func:`announce_warnings`, once per run).

    Args:
        articles: The articles table (its list-valued ``attrs``, such as
            ``skipped``, are kept).
        parts: :data:`TableParts` for the per-Doc tables.
        meta: Versions and method names.

    Returns:
        :class:`Tables`.
    """
    meta = dict(meta)
    notes = notes_of(parts)
    table = articles.reset_index(drop=True)
    table["warnings"] = _warnings_column(table["article_id"].astype(str).tolist(), notes)
    tables: dict[str, pd.DataFrame] = {"articles": table}
    for name in PER_DOC_TABLES:
        found = [df for df in parts.get(name, []) if len(df)]
        tables[name] = conform(pd.concat(found, ignore_index=True), name) if found else empty(name)
    tables["sources"] = conform(sources_table(tables["quotes"]), "sources") if len(tables["quotes"]) else empty("sources")
    # What a Doc cannot know (the headline's say in which dollar, the date's exchange rate) is added
    # here, after the cache: cached per-article rows stay valid when a headline or date changes.
    tables["figures"] = with_article_context(tables["figures"], tables["articles"])
    for name, df in tables.items():
        # The input's own notes (a table from an earlier run) give way to this run's.
        keep = {k: v for k, v in articles.attrs.items() if k != "warnings"} if name == "articles" else {}
        if name == "articles" and len(notes):
            keep["warnings"] = notes.to_dict("records")
        df.attrs = {**keep, **meta}
    return Tables(**{name: tables[name] for name in TABLE_NAMES}, meta=meta)


def write_tables(tables: Tables, path: str | os.PathLike) -> Path:
    """Write every table as Parquet plus ``manifest.json`` into the folder ``path``, atomically.

    Args:
        tables: The :class:`Tables` to store.
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
    return write_dataset(tables, path, meta=tables.meta, attrs={name: dict(df.attrs) for name, df in tables.items()})


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
        :class:`Tables` equal to the stored ones: same dtypes, categories,
        time zones and ``attrs``; ``meta`` from the manifest.

    Raises:
        StoreError: The folder, the manifest or a table file is missing or
            damaged, the format is newer than this newslab, or ``article_ids``
            or ``columns`` name things the dataset does not have.

    Example:
        >>> import newslab as nl
        >>> t = nl.read_tables("data/derived")  # doctest: +SKIP
        >>> t.quotes.speaker_canonical.value_counts().head()  # doctest: +SKIP
    """
    frames, meta = read_dataset(path, article_ids=article_ids, columns=columns)
    return Tables(**frames, meta=meta)
