"""Running the per-article extraction in several worker processes.

Articles are cut into small contiguous blocks; worker processes run the same
serial code (:func:`newslab.tables._analyze_serial`) on each block and the
results come back in input order, so the output is identical to one process.
On Linux the workers are forked and inherit the loaded pipeline (no second
model load, shared memory pages); elsewhere they are spawned and load the
model once each.
"""

from __future__ import annotations

import math
import multiprocessing as mp
import os
import signal
import sys
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["analyze_parallel", "iter_blocks", "block_size_for"]

_PER_DOC_TABLES = ("sentences", "entities", "quotes", "figures")

# Worker state: set before forking (inherited) or by the spawn initializer.
_STATE: dict[str, Any] = {}


def block_size_for(n_articles: int, n_process: int, batch_size: int) -> int:
    """Articles per block: about 8 blocks per worker so the last block finishes soon after the others."""
    if n_process <= 1:
        return max(1, batch_size)
    return max(4, min(batch_size, math.ceil(n_articles / (n_process * 8))))


def _combine(frames: dict[str, list[pd.DataFrame]]) -> dict[str, list[pd.DataFrame]]:
    """One DataFrame per table per block: fewer, larger objects to pickle back."""
    out: dict[str, list[pd.DataFrame]] = {}
    for name, parts in frames.items():
        parts = [df for df in parts if len(df)]
        # analyze already gives one frame per table for up to 256 articles: concatenate only when there are more.
        out[name] = [pd.concat(parts, ignore_index=True)] if len(parts) > 1 else parts
    return out


def _work(block: pd.DataFrame) -> tuple[int, dict[str, list[pd.DataFrame]]]:
    from newslab.tables import _analyze_serial

    frames = _analyze_serial(block, _STATE["nlp"], progress=None, **_STATE["options"])
    return len(block), _combine(frames)


def _init_worker() -> None:
    # Ctrl-C and kill are the parent's to handle: it terminates the pool and
    # reports once, instead of every worker printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _init_spawned(model: Any, options: dict[str, Any]) -> None:
    from newslab.model import load_pipeline

    _init_worker()
    _STATE["nlp"] = load_pipeline(model)
    _STATE["options"] = options


def _model_name(pipeline: Language) -> Any:
    """The name the pipeline was loaded under, for spawned workers to load it again."""
    from newslab import model

    for name, nlp in model._CACHE.items():
        if nlp is pipeline:
            return name
    return pipeline  # pickled as a last resort


def _start_method() -> str:
    methods = mp.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods:
        return "fork"
    return "spawn"


def iter_blocks(
    table: pd.DataFrame,
    pipeline: Language,
    *,
    n_process: int,
    batch_size: int,
    aliases: Mapping[str, str] | None,
    sentiment: str,
    block_size: int | None = None,
    target_sentiment: bool = False,
) -> Iterator[tuple[int, int, dict[str, list[pd.DataFrame]]]]:
    """Analyse ``table`` block by block and yield ``(start, stop, frames)`` in input order.

    ``frames`` maps each per-Doc table to its DataFrames for rows
    ``start:stop`` of ``table`` (``article_id`` included, not yet conformed).
    With ``n_process == 1`` the blocks run in this process.
    """
    from newslab.tables import _analyze_serial

    n = len(table)
    size = block_size or block_size_for(n, n_process, batch_size)
    columns = [c for c in ("article_id", "text") if c in table.columns]
    bounds = [(start, min(start + size, n)) for start in range(0, n, size)]
    options = {"batch_size": batch_size, "aliases": aliases, "sentiment": sentiment, "target_sentiment": target_sentiment}
    if n_process <= 1 or len(bounds) <= 1:
        for start, stop in bounds:
            block = table.iloc[start:stop]
            yield start, stop, _combine(_analyze_serial(block, pipeline, progress=None, **options))
        return
    blocks = (table.iloc[start:stop][columns].reset_index(drop=True) for start, stop in bounds)
    method = _start_method()
    ctx = mp.get_context(method)
    workers = min(n_process, len(bounds))
    if method == "fork":
        _STATE["nlp"] = pipeline
        _STATE["options"] = options
        pool = ctx.Pool(workers, initializer=_init_worker)
    else:
        pool = ctx.Pool(workers, initializer=_init_spawned, initargs=(_model_name(pipeline), options))
    try:
        for (start, stop), (_, frames) in zip(bounds, pool.imap(_work, blocks)):
            yield start, stop, frames
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        _STATE.clear()


def analyze_parallel(
    table: pd.DataFrame,
    pipeline: Language,
    *,
    n_process: int,
    batch_size: int,
    aliases: Mapping[str, str] | None,
    sentiment: str,
    progress: Any,
    target_sentiment: bool = False,
) -> dict[str, list[pd.DataFrame]]:
    """Analyse ``table`` in ``n_process`` worker processes.

    Args:
        table: The articles table (``article_id`` and ``text`` are used).
        pipeline: The loaded spaCy pipeline (inherited by forked workers).
        n_process: Number of worker processes.
        batch_size: Texts per ``nlp.pipe`` batch inside a worker.
        aliases: Entity alias table, as for :func:`newslab.analyze`.
        sentiment: Sentiment method name.
        target_sentiment: Score target sentiment too, as for :func:`newslab.analyze`.
        progress: A tqdm bar (or None), advanced as blocks finish.

    Returns:
        The same shape as ``_analyze_serial``: per-Doc table name -> list of
        DataFrames in input order, which ``_finish`` turns into tables
        identical to a one-process run.
    """
    out: dict[str, list[pd.DataFrame]] = {name: [] for name in _PER_DOC_TABLES}
    for start, stop, frames in iter_blocks(
        table, pipeline, n_process=n_process, batch_size=batch_size, aliases=aliases, sentiment=sentiment,
        target_sentiment=target_sentiment,
    ):
        for name, parts in frames.items():
            out.setdefault(name, []).extend(parts)  # "warnings" travels with the tables
        if progress is not None:
            progress.update(stop - start)
    return out


def cpu_count() -> int:
    """Cores this process may use (respects CPU affinity)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1
