"""The pipeline: ``analyze``, articles in and all tables out, choosing one process, worker processes or the cache.

The pipeline is the top of the house. It prepares a run (the articles table,
the alias table, the loaded model, the versions), binds the options to the
per-Doc extraction (:func:`newslab.extract.extract_articles`) and hands that
one function to the strategy that fits: this process, worker processes
(:mod:`newslab.parallel`), or the per-article cache (:mod:`newslab.cache`),
which itself runs the missing articles through the same blocks. Every
strategy returns the same :data:`~newslab.tables.TableParts`, which
:func:`newslab.tables.assemble_tables` turns into :class:`~newslab.tables.Tables`.
The Dask runner (:mod:`newslab.dask`) is a sibling entry point over the same
extraction and assembly. Nothing below imports this module.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from newslab.articles import as_articles_table
from newslab.cache import ArticleCache, BlockRunner, cached_parts, config_for
from newslab.corrections import apply_corrections
from newslab.entities import resolve_aliases
from newslab.errors import InputError
from newslab.extract import ArticleHook, extract_articles, versions
from newslab.language import warn_non_english
from newslab.model import load_pipeline
from newslab.parallel import block_size_for, iter_blocks
from newslab.progress import ArticleProgress
from newslab.sentiment import score_texts
from newslab.target_sentiment import METHOD as TARGET_METHOD
from newslab.tables import (
    PER_DOC_TABLES, Extractor, RunStats, TableParts, Tables, announce_warnings, assemble_tables, notes_of,
)
from newslab.verdicts import read_review

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["analyze", "run", "make_extractor"]

#: Above this many articles ``analyze`` shows a progress bar unless told otherwise.
PROGRESS_THRESHOLD = 200


def make_extractor(
    *, batch_size: int, aliases: Mapping[str, str] | None, sentiment: str, on_article: ArticleHook | None = None,
    target_sentiment: bool = False,
) -> Extractor:
    """The extraction function with its options bound: ``extract(block, nlp) -> TableParts``.

    A ``functools.partial`` of :func:`newslab.extract.extract_articles`, so it
    pickles to spawned worker processes and Dask workers.
    """
    return functools.partial(extract_articles, batch_size=batch_size, aliases=aliases, sentiment=sentiment,
                             on_article=on_article, target_sentiment=target_sentiment)


def _blocks(nlp: Language, *, n_process: int, batch_size: int, aliases: Mapping[str, str] | None,
            sentiment: str, target_sentiment: bool = False) -> BlockRunner:
    """A block runner for the cache: ``run(table, max_block, on_article)`` yields ``(start, stop, parts)`` in order."""

    def run_blocks(table: pd.DataFrame, max_block: int, on_article: ArticleHook) -> Iterator[tuple[int, int, TableParts]]:
        extract = make_extractor(batch_size=batch_size, aliases=aliases, sentiment=sentiment, on_article=on_article,
                                 target_sentiment=target_sentiment)
        size = min(block_size_for(len(table), n_process, batch_size), max_block)
        return iter_blocks(table, nlp, extract, n_process=n_process, block_size=size)

    return run_blocks


def _uncached_parts(
    table: pd.DataFrame, nlp: Language, extract: Extractor, *, n_process: int, batch_size: int, progress: Any
) -> TableParts:
    if n_process > 1 and len(table) > 1:
        out: TableParts = {name: [] for name in PER_DOC_TABLES}
        size = block_size_for(len(table), n_process, batch_size)
        for start, stop, parts in iter_blocks(table, nlp, extract, n_process=n_process, block_size=size):
            for name, found in parts.items():
                out.setdefault(name, []).extend(found)  # the warnings part travels with the tables
            if progress is not None:
                progress.update(stop - start)
        return out
    return extract(table, nlp, progress=progress)  # type: ignore[call-arg]  # extract_articles takes progress=


def run(
    table: pd.DataFrame,
    nlp: Language,
    *,
    meta: Mapping[str, Any],
    batch_size: int,
    n_process: int,
    sentiment: str,
    aliases: Mapping[str, str] | None,
    cache: str | os.PathLike | None = None,
    progress: Any = None,
    chunk_articles: int | None = None,
    stats: RunStats | None = None,
    target_sentiment: bool = False,
) -> Tables:
    """Analyse a prepared articles table: the strategy is chosen here.

    ``analyze`` calls this once for all articles; ``newslab analyze`` once per
    chunk of the corpus it streams.

    Args:
        table: The articles table.
        nlp: The loaded spaCy pipeline.
        meta: Versions and method names (:func:`newslab.extract.versions` plus the sentiment method).
        batch_size, n_process, sentiment, target_sentiment: As for :func:`analyze`.
        aliases: Normalised alias table (:func:`newslab.entities.resolve_aliases`).
        cache: Cache folder, or None for no cache.
        progress: A tqdm bar (anything with ``update(n)``) to advance per article, or None.
        chunk_articles: Articles per committed cache chunk (default :data:`newslab.cache.CHUNK_ARTICLES`).
        stats: When given, counts cached and analysed articles and collects
            the warning notes of the analysed ones, for the caller to
            announce once per run (:func:`newslab.tables.announce_warnings`).

    Returns:
        :class:`~newslab.tables.Tables` (warnings kept, not announced).
    """
    stats = stats if stats is not None else RunStats()
    if cache is not None:
        store = ArticleCache(cache, config_for(meta, sentiment=sentiment, aliases=aliases))
        parts = cached_parts(
            table, _blocks(nlp, n_process=n_process, batch_size=batch_size, aliases=aliases, sentiment=sentiment,
                           target_sentiment=target_sentiment),
            store=store, progress=progress, chunk_articles=chunk_articles, stats=stats,
        )
    else:
        extract = make_extractor(batch_size=batch_size, aliases=aliases, sentiment=sentiment,
                                 target_sentiment=target_sentiment)
        parts = _uncached_parts(table, nlp, extract, n_process=n_process, batch_size=batch_size, progress=progress)
        stats.analysed += len(table)
        stats.notes.extend(notes_of(parts).to_dict("records"))
    return assemble_tables(table, parts, meta)


def analyze(
    articles: pd.DataFrame | str | os.PathLike | Sequence[str | os.PathLike],
    *,
    nlp: Language | str | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    progress: bool | None = None,
    sentiment: str = "textblob.v1",
    aliases: Mapping[str, str] | str | os.PathLike | None = None,
    cache: str | os.PathLike | None = None,
    corrections: str | os.PathLike | None = None,
    target_sentiment: bool = False,
) -> Tables:
    """Analyse articles into all of newslab's tables.

    Args:
        articles: The articles table from :func:`newslab.read_articles` (or
            anything ``read_articles`` accepts: a path, a list of paths, a
            DataFrame with a text column).
        nlp: A spaCy pipeline or model name (default: :func:`newslab.load_pipeline`).
        batch_size: Texts per ``nlp.pipe`` batch (a batch also holds at most
            :data:`newslab.extract.BATCH_CHARS` characters, which keeps memory flat).
        n_process: Worker processes (each loads the model once); output is
            identical to ``n_process=1``.
        progress: Show a tqdm progress bar; None shows one for more than 200 articles.
        sentiment: Sentiment method, ``"textblob.v1"`` (default) or ``"vader.v1"``.
        aliases: Alias table (dict alias -> canonical, or a CSV path with
            columns alias,canonical) for entity and speaker names.
        cache: Folder for cached per-article results; a re-run reuses them
            (see :mod:`newslab.cache`).
        corrections: A review file from :func:`newslab.review`: its corrected
            speakers and dropped non-statements are applied last
            (:func:`newslab.apply_corrections`; the cache keeps the uncorrected results).
        target_sentiment: Also score how each sentence portrays the named
            entities in it and the quote speakers (``target_label`` and
            ``target_score`` in entities and quotes; method
            ``target.newsmtsc.v1``, see :mod:`newslab.target_sentiment`).

    Returns:
        :class:`~newslab.tables.Tables` with articles, sentences, entities,
        quotes, sources and figures; every table's ``attrs`` records versions
        and method names.

    Raises:
        InputTypeError: ``articles`` is of an unusable type.
        InputError: An option is out of range.

    Example:
        >>> import newslab as nl
        >>> t = nl.analyze(nl.read_articles("seeds"))
        >>> int(t.articles.shape[0])
        1
    """
    if corrections is not None:
        read_review(corrections)  # fail on a missing or malformed review file before the slow part
    table = as_articles_table(articles)
    if batch_size < 1:
        raise InputError(f"batch_size must be at least 1, not {batch_size}.")
    if n_process < 1:
        raise InputError(f"n_process must be at least 1, not {n_process}.")
    score_texts([], method=sentiment)  # fail early on an unknown method
    aliases = resolve_aliases(aliases)
    # The English model mis-tags other languages: say so (cheap, first ~2,000 characters), then analyse anyway.
    warn_non_english(table["article_id"].tolist(), table["text"].tolist())
    pipeline = load_pipeline(nlp)
    meta = versions(pipeline)
    meta["methods"]["sentiment"] = sentiment
    if target_sentiment:
        meta["methods"]["target_sentiment"] = TARGET_METHOD  # part of the cache key
    show = progress if progress is not None else len(table) > PROGRESS_THRESHOLD
    bar = ArticleProgress(total=len(table)) if show else None
    stats = RunStats()
    try:
        tables = run(table, pipeline, meta=meta, batch_size=batch_size, n_process=n_process, sentiment=sentiment,
                     aliases=aliases, cache=cache, progress=bar, stats=stats, target_sentiment=target_sentiment)
    finally:
        if bar is not None:
            bar.close()
    announce_warnings(stats.notes, stacklevel=2)
    # A corpus-level step on the finished tables (DESIGN.md): a hand review's corrections.
    return apply_corrections(tables, corrections) if corrections is not None else tables
