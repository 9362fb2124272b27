"""The Dask runner: the same extraction and assembly on a Dask cluster, when one machine is not enough.

Each partition of articles goes to a worker, which runs the very same
extraction as :func:`newslab.analyze` (:func:`newslab.extract.extract_articles`:
``nlp.pipe`` in batches, the per-Doc extractors); the tables come back to the
client and are joined in partition order by the same assembly
(:func:`newslab.tables.assemble_tables`), so the result equals a local run.
This module is a sibling of :mod:`newslab.pipeline`, not a part of it: neither
imports the other. Each worker process loads the model once
(``load_pipeline`` keeps it for the life of the process).

Needs the ``dask`` extra: ``pip install 'newslab[dask]'``. ``import newslab``
never imports Dask; only ``import newslab.dask`` does.

Example:
    >>> from dask.distributed import Client  # doctest: +SKIP
    >>> from newslab.dask import analyze_dask  # doctest: +SKIP
    >>> client = Client("tcp://scheduler:8786")  # doctest: +SKIP
    >>> tables = analyze_dask(nl.read_articles("corpus.jsonl"), client=client)  # doctest: +SKIP
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from typing import Any

import pandas as pd

from newslab.articles import as_articles_table, read_articles
from newslab.entities import resolve_aliases
from newslab.errors import DuplicateIdError, InputError, InputTypeError
from newslab.extract import extract_articles, versions
from newslab.model import load_pipeline
from newslab.target_sentiment import METHOD as TARGET_METHOD
from newslab.schema import conform, empty
from newslab.tables import PER_DOC_TABLES, WARNINGS, Tables, announce_warnings, assemble_tables, notes_of

__all__ = ["analyze_dask", "analyze_partition"]
# spaCy pipelines are not documented as thread-safe; a worker with several
# threads runs one partition at a time through its model.
_LOCK = threading.Lock()


def _as_articles(part: Any) -> pd.DataFrame:
    if isinstance(part, pd.DataFrame):
        if {"article_id", "text", "n_words"} <= set(part.columns):
            return conform(part, "articles")
        return read_articles(part)
    records = list(part)
    if not records:
        return conform(pd.DataFrame(), "articles")
    if not all(isinstance(r, Mapping) for r in records):
        raise InputTypeError("A dask bag for analyze_dask must hold dicts (one per article, with a text field).")
    return read_articles(pd.DataFrame.from_records([dict(r) for r in records]).astype(object))


def analyze_partition(
    part: Any,
    *,
    model: str | None = None,
    batch_size: int = 64,
    sentiment: str = "textblob.v1",
    aliases: Mapping[str, str] | None = None,
    target_sentiment: bool = False,
) -> dict[str, Any]:
    """Analyse one partition on a worker: the per-article tables plus versions.

    Args:
        part: A pandas DataFrame (an articles table or raw articles with a
            text column) or a list of dicts (a bag partition).
        model: Model name for :func:`newslab.load_pipeline` on the worker.
        batch_size, sentiment, aliases, target_sentiment: As for :func:`newslab.analyze`.

    Returns:
        ``{"articles", "sentences", "entities", "quotes", "figures"}``
        DataFrames (conformed), ``"warnings"`` (the partition's warning
        notes: article_id, category, message) and ``"meta"`` (the worker's versions).
    """
    articles = _as_articles(part)
    with _LOCK:
        nlp = load_pipeline(model)
        frames = extract_articles(articles, nlp, batch_size=batch_size, aliases=aliases, sentiment=sentiment,
                                  target_sentiment=target_sentiment)
        meta = versions(nlp)
    meta["methods"]["sentiment"] = sentiment
    if target_sentiment:
        meta["methods"]["target_sentiment"] = TARGET_METHOD
    out: dict[str, Any] = {"articles": articles, "meta": meta}
    for name in PER_DOC_TABLES:
        parts = [df for df in frames[name] if len(df)]
        out[name] = conform(pd.concat(parts, ignore_index=True), name) if parts else empty(name)
    # Warnings travel back with the tables: the client keeps them per article and announces them once.
    out[WARNINGS] = notes_of(frames)
    return out


def _partitions(articles: Any, npartitions: int | None, n_workers: int) -> tuple[list[Any], dict[str, Any] | None]:
    """Delayed partitions (dask inputs) or pandas slices (pandas input), and the input's attrs when known."""
    if isinstance(articles, pd.DataFrame):
        table = as_articles_table(articles, caller="analyze_dask()")
        n = npartitions or max(1, min(len(table), 2 * n_workers))
        bounds = [round(i * len(table) / n) for i in range(n + 1)]
        return [table.iloc[a:b].reset_index(drop=True) for a, b in zip(bounds, bounds[1:]) if b > a], dict(table.attrs)
    import dask.bag as db  # lazy: see analyze_dask
    import dask.dataframe as dd

    if isinstance(articles, (dd.DataFrame, db.Bag)):
        return list(articles.to_delayed()), None
    raise InputTypeError(
        f"analyze_dask() expects a dask DataFrame, a dask bag of dicts or a pandas DataFrame; got {type(articles).__name__}."
    )


def _join_articles(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The partitions' article rows as one table, one time zone per column (UTC when they differ)."""
    parts = [p for p in parts if len(p)]
    if not parts:
        raise InputError("analyze_dask() found no articles in the input.")
    for column in ("published", "updated"):
        zones = {str(p[column].dtype.tz) for p in parts if isinstance(p[column].dtype, pd.DatetimeTZDtype) and p[column].notna().any()}
        if len(zones) > 1:
            parts = [p.assign(**{column: p[column].dt.tz_convert("UTC")}) for p in parts]
    table = conform(pd.concat(parts, ignore_index=True), "articles")
    duplicated = table["article_id"][table["article_id"].duplicated()]
    if len(duplicated):
        raise DuplicateIdError(f"Duplicate article_id {duplicated.iloc[0]!r} in the input. Give every article a unique id.")
    return table


def analyze_dask(
    articles: Any,
    *,
    client: Any = None,
    model: str | None = None,
    batch_size: int = 64,
    sentiment: str = "textblob.v1",
    aliases: Mapping[str, str] | None = None,
    npartitions: int | None = None,
    corrections: str | os.PathLike | None = None,
    target_sentiment: bool = False,
) -> Tables:
    """Analyse articles on a Dask cluster; the same tables as :func:`newslab.analyze`.

    Args:
        articles: A dask DataFrame (an articles table, or raw articles with a
            text column), a dask bag of article dicts, or a pandas DataFrame
            (cut into ``npartitions`` contiguous partitions).
        client: A ``distributed.Client``; None uses the current default
            client, or Dask's local scheduler when there is none.
        model: Model name each worker loads (default: ``load_pipeline``'s
            resolution on the worker, e.g. ``NEWSLAB_MODEL``). Workers need
            newslab and the model installed.
        batch_size, sentiment, aliases, target_sentiment: As for :func:`newslab.analyze`.
        npartitions: Partitions for a pandas input (default: twice the
            number of workers).
        corrections: A review file applied to the joined tables on the
            client, as in :func:`newslab.analyze`.

    Returns:
        :class:`~newslab.tables.Tables`, rows in partition order.

    Raises:
        InputTypeError: ``articles`` is of another type.
        DuplicateIdError: Two partitions hold the same article id.
    """
    import dask  # lazy: the optional dependency loads only when a Dask run starts

    if corrections is not None:
        from newslab.verdicts import read_review

        read_review(corrections)  # fail on a missing or malformed review file before the cluster works
    aliases = resolve_aliases(aliases)
    n_workers = len(client.scheduler_info().get("workers", {})) if client is not None else 2
    parts, attrs = _partitions(articles, npartitions, max(1, n_workers))
    task = dask.delayed(analyze_partition, pure=True)
    tasks = [task(part, model=model, batch_size=batch_size, sentiment=sentiment, aliases=aliases,
                  target_sentiment=target_sentiment) for part in parts]
    if client is not None:
        results = client.gather(client.compute(tasks))
    else:
        results = list(dask.compute(*tasks))
    if not results:
        raise InputError("analyze_dask() found no articles in the input.")
    table = _join_articles([r["articles"] for r in results])
    if attrs is None:
        # Each partition was read on its worker: gather what each one skipped.
        attrs = {"skipped": [s for r in results for s in r["articles"].attrs.get("skipped", [])]}
    table.attrs = attrs
    frames = {name: [r[name] for r in results] for name in (*PER_DOC_TABLES, WARNINGS)}
    tables = assemble_tables(table, frames, results[0]["meta"])
    announce_warnings(tables.articles.attrs.get("warnings", []), stacklevel=2)
    if corrections is not None:
        # Corpus-level post-step on the joined tables, on the client (as in analyze).
        from newslab.corrections import apply_corrections

        tables = apply_corrections(tables, corrections)
    return tables
