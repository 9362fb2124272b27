"""Worker processes: an extraction function run over blocks of articles, results in input order.

Articles are cut into small contiguous blocks; worker processes run the
extraction function they are given (the pipeline gives
:func:`newslab.extract.extract_articles` with its options) on each block and
the results come back in input order, so the output is identical to one
process. On Linux the workers are forked and inherit the loaded pipeline (no
second model load, shared memory pages); elsewhere they are spawned and load
the model once each. This module never imports the pipeline that calls it.
"""

from __future__ import annotations

import math
import multiprocessing as mp
import os
import signal
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pandas as pd

from newslab import model
from newslab.tables import Extractor, TableParts

if TYPE_CHECKING:
    from spacy.language import Language


__all__ = ["iter_blocks", "block_size_for", "cpu_count"]

# Worker state: set before forking (inherited) or by the spawn initializer.
_STATE: dict[str, Any] = {}


def block_size_for(n_articles: int, n_process: int, batch_size: int) -> int:
    """Articles per block: about 8 blocks per worker so the last block finishes soon after the others."""
    if n_process <= 1:
        return max(1, batch_size)
    return max(4, min(batch_size, math.ceil(n_articles / (n_process * 8))))


def _combine(parts: TableParts) -> TableParts:
    """One DataFrame per table per block: fewer, larger objects to pickle back."""
    out: TableParts = {}
    for name, found in parts.items():
        found = [df for df in found if len(df)]
        # extract_articles already gives one frame per table for up to 256 articles: concatenate only when there are more.
        out[name] = [pd.concat(found, ignore_index=True)] if len(found) > 1 else found
    return out


def _work(block: pd.DataFrame) -> tuple[int, TableParts]:
    return len(block), _combine(_STATE["extract"](block, _STATE["nlp"]))


def _init_worker() -> None:
    # Ctrl-C and kill are the parent's to handle: it terminates the pool and
    # reports once, instead of every worker printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _init_spawned(name: Any, extract: Extractor) -> None:
    _init_worker()
    _STATE["nlp"] = model.load_pipeline(name)
    _STATE["extract"] = extract


def _model_name(pipeline: Language) -> Any:
    """The name the pipeline was loaded under, for spawned workers to load it again."""
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
    extract: Extractor,
    *,
    n_process: int,
    block_size: int,
) -> Iterator[tuple[int, int, TableParts]]:
    """Run ``extract`` block by block over ``table`` and yield ``(start, stop, parts)`` in input order.

    Args:
        table: The articles table (``article_id`` and ``text`` go to the workers).
        pipeline: The loaded spaCy pipeline (inherited by forked workers).
        extract: ``extract(block, nlp) -> TableParts``, picklable (a
            ``functools.partial`` of :func:`newslab.extract.extract_articles`).
        n_process: Worker processes; with 1 (or a single block) the blocks run in this process.
        block_size: Articles per block (see :func:`block_size_for`).

    Yields:
        ``(start, stop, parts)``: the :data:`~newslab.tables.TableParts` of
        rows ``start:stop`` of ``table``, one DataFrame per table.
    """
    n = len(table)
    size = max(1, block_size)
    columns = [c for c in ("article_id", "text") if c in table.columns]
    bounds = [(start, min(start + size, n)) for start in range(0, n, size)]
    if n_process <= 1 or len(bounds) <= 1:
        for start, stop in bounds:
            yield start, stop, _combine(extract(table.iloc[start:stop], pipeline))
        return
    blocks = (table.iloc[start:stop][columns].reset_index(drop=True) for start, stop in bounds)
    method = _start_method()
    ctx = mp.get_context(method)
    workers = min(n_process, len(bounds))
    if method == "fork":
        _STATE["nlp"] = pipeline
        _STATE["extract"] = extract
        pool = ctx.Pool(workers, initializer=_init_worker)
    else:
        pool = ctx.Pool(workers, initializer=_init_spawned, initargs=(_model_name(pipeline), extract))
    try:
        for (start, stop), (_, parts) in zip(bounds, pool.imap(_work, blocks)):
            yield start, stop, parts
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        _STATE.clear()


def cpu_count() -> int:
    """Cores this process may use (respects CPU affinity)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1
