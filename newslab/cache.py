"""The per-article result cache, so re-runs and resumed runs skip the NLP work.

Layout of a cache folder::

    CACHE/v1/<config>/config.json          what the results depend on (for humans)
    CACHE/v1/<config>/chunks/<digest>/     one committed chunk of articles:
        keys.json                          [[article_id, content hash], ...]
        sentences.parquet ... figures.parquet
        warnings.parquet                   per-article warnings, when there were any
        specs.json                         column dtypes (exact restore)

``<config>`` is a hash of everything the results depend on besides the
article: newslab's method names (``rules.v1`` ...), the model name, version,
components and tokenizer, the sentiment method, the alias table and the table schema. Within
it, an article is found by ``(article_id, sha256 of its text)``; the id is part
of the key because it is part of the output rows.

    CACHE/v1/<config>/journal/<run>-<pid>.jsonl   each finished article of a running run

A chunk is written in a hidden staging folder and renamed into place, so a run
killed at any moment leaves only whole chunks: the next run reuses them and
processes the rest, with no duplicate or partial rows.

Chunks are committed every :data:`CHUNK_ARTICLES` articles; in between, every
finished article is appended to the run's journal (one JSON line per article,
written by whichever process analysed it, flushed at once). Writing one line
costs well under a millisecond, against about 100 ms of parsing per article.
When a run is interrupted (Ctrl-C, ``kill``) it folds its journal into a chunk
before it stops; when it is killed without a chance to do so (``kill -9``, a
crash), the next run that opens the cache does it. Either way the cache holds
every article that was finished, and a half-written last line is ignored. A
journal line is in the operating system's hands once written, so killing the
process never loses it; a power cut before the disk is written can.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from newslab.articles import article_hash
from newslab.entities import builtin_aliases
from newslab.errors import StoreError
from newslab.io import decode, encode, infer_spec, pid_alive, write_json, write_parquet
from newslab.schema import TABLES, conform, empty
from newslab.tables import NOTE_COLUMNS, RunStats, TableParts, frames_from_columns
from newslab.tables import PER_DOC_TABLES as _PER_DOC_TABLES
from newslab.tables import WARNINGS as _NOTES

__all__ = ["ArticleCache", "cached_parts", "config_for", "CACHE_FORMAT", "CHUNK_ARTICLES", "BlockRunner"]

#: Bumped when the cache layout changes; old caches are then ignored, not misread.
CACHE_FORMAT = 1
#: Articles per committed chunk (the journal keeps the articles finished in between).
CHUNK_ARTICLES = 128
_JOURNAL_SUFFIX = ".jsonl"

# cache folder -> (chunk names seen, {(article_id, hash): chunk name}); listing
# only new chunks keeps repeated calls (one per CLI chunk) cheap.
_INDEX_MEMO: dict[str, tuple[set[str], dict[tuple[str, str], str]]] = {}


def _schema_digest() -> str:
    spec = {name: [(c.name, c.dtype, c.categories) for c in cols] for name, cols in TABLES.items()}
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:16]


def config_for(meta: Mapping[str, Any], *, sentiment: str, aliases: Mapping[str, str] | None) -> dict[str, Any]:
    """Everything besides the article that the cached results depend on."""
    # The built-in aliases are part of the configuration too: a release that adds one
    # ("America" -> "United States") must not reuse results made without it.
    alias_items = sorted((str(k), str(v)) for k, v in {**builtin_aliases(), **(aliases or {})}.items())
    return {
        "cache_format": CACHE_FORMAT,
        "methods": dict(sorted(dict(meta.get("methods", {})).items())),
        "model": meta.get("model"),
        "model_version": meta.get("model_version"),
        "pipes": meta.get("pipes"),
        "tokenizer": meta.get("tokenizer"),
        "sentiment": sentiment,
        "aliases_sha256": hashlib.sha256(json.dumps(alias_items).encode()).hexdigest(),
        "schema": _schema_digest(),
    }


def _plain(value: Any) -> Any:
    """JSON for the other sequences and scalars an extractor may hand back (a ``range`` of ids, NumPy values)."""
    if isinstance(value, range):
        return list(value)
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


class Journal:
    """The journal of one run: each finished article appended as one JSON line, flushed at once.

    It is the ``on_article`` hook of :func:`newslab.extract.extract_articles`.
    It pickles (to spawned worker processes) and survives ``fork``: every
    process writes its own file, ``<run>-<pid>.jsonl``, opened on its first
    article.

    Args:
        folder: The cache's journal folder.
        run: ``<owner pid>-<random id>``; the owner pid tells a later run
            whether this run is still alive.
    """

    def __init__(self, folder: Path, run: str) -> None:
        self.folder = folder
        self.run = run
        self._handle: Any = None
        self._pid = 0

    def __getstate__(self) -> dict[str, Any]:
        return {"folder": self.folder, "run": self.run}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["folder"], state["run"])  # type: ignore[misc]

    def __call__(self, article_id: str, text: str, columns: Mapping[str, Mapping[str, list]],
                 notes: Sequence[tuple[str, str]]) -> None:
        if self._pid != os.getpid():
            # A forked worker inherits the parent's object: it needs a file of its own.
            self._handle = open(self.folder / f"{self.run}-{os.getpid()}{_JOURNAL_SUFFIX}", "a", encoding="utf-8")
            self._pid = os.getpid()
        record = {"key": [article_id, article_hash(text)], "tables": columns, "notes": [list(n) for n in notes]}
        self._handle.write(json.dumps(record, ensure_ascii=False, default=_plain) + "\n")
        self._handle.flush()

    def close(self) -> None:
        """Close this process's file (the lines stay for :meth:`ArticleCache.fold_journal`)."""
        if self._handle is not None and self._pid == os.getpid():
            self._handle.close()
        self._handle, self._pid = None, 0


def _frames_of_records(records: Sequence[Mapping[str, Any]]) -> TableParts:
    """Journal records as the per-Doc tables' frames and the notes frame, for :meth:`ArticleCache.put`."""
    columns: dict[str, dict[str, list]] = {}
    notes: list[tuple[str, str, str]] = []
    for record in records:
        aid = str(record["key"][0])
        for name, cols in record["tables"].items():
            into = columns.setdefault(name, {})
            n = len(next(iter(cols.values()), []))
            into.setdefault("article_id", []).extend([aid] * n)
            for col, values in cols.items():
                into.setdefault(col, []).extend(values)
        notes.extend((aid, str(category), str(message)) for category, message in record.get("notes", []))
    parts: TableParts = {name: [df] for name, df in frames_from_columns(columns).items()}
    if notes:
        parts[_NOTES] = [pd.DataFrame(notes, columns=list(NOTE_COLUMNS))]
    return parts


class ArticleCache:
    """Per-article results under one configuration (see the module docstring).

    Args:
        folder: The cache folder (created when missing).
        config: From :func:`config_for`.
    """

    def __init__(self, folder: str | os.PathLike, config: Mapping[str, Any]) -> None:
        digest = hashlib.sha256(json.dumps(config, sort_keys=True, default=str).encode()).hexdigest()[:20]
        self.root = Path(folder).absolute() / f"v{CACHE_FORMAT}" / digest
        self.chunks = self.root / "chunks"
        self.journals = self.root / "journal"
        try:
            self.chunks.mkdir(parents=True, exist_ok=True)
            self.journals.mkdir(exist_ok=True)
            if not (self.root / "config.json").is_file():
                tmp = self.root / f".config-{uuid.uuid4().hex}.json"
                write_json(dict(config), tmp)
                os.replace(tmp, self.root / "config.json")
        except OSError as exc:
            raise StoreError(f"Cannot use {str(folder)!r} as a cache folder ({exc}). Choose a writable folder.") from None
        self._sweep()

    def _sweep(self) -> None:
        """Tidy up after runs that were killed (their process is gone).

        Staging folders are deleted; journals are folded into chunks, so the
        articles those runs finished are in the cache.
        """
        for entry in self.chunks.iterdir():
            parts = entry.name.split("-")
            if entry.name.startswith(".tmp-") and len(parts) > 2 and parts[1].isdigit() and not pid_alive(int(parts[1])):
                shutil.rmtree(entry, ignore_errors=True)
        dead = sorted({run for run, owner in self._journal_runs() if not pid_alive(owner)})
        for run in dead:
            self.fold_journal(run)

    def _journal_runs(self) -> list[tuple[str, int]]:
        """``(run, owner pid)`` of every journal file (``<owner>-<id>-<writer>.jsonl``)."""
        runs = []
        for entry in sorted(self.journals.iterdir()):
            parts = entry.name.split("-")
            if entry.name.endswith(_JOURNAL_SUFFIX) and len(parts) == 3 and parts[0].isdigit():
                runs.append((f"{parts[0]}-{parts[1]}", int(parts[0])))
        return runs

    def journal(self) -> Journal:
        """A new journal for one run of this process (see :class:`Journal`)."""
        return Journal(self.journals, f"{os.getpid()}-{uuid.uuid4().hex[:12]}")

    def drop_journal(self, run: str) -> None:
        """Delete a run's journal (when all its articles are committed)."""
        for file in self.journals.glob(f"{run}-*{_JOURNAL_SUFFIX}"):
            with contextlib.suppress(OSError):
                file.unlink()

    def fold_journal(self, run: str) -> int:
        """Commit the articles in a run's journal that are not cached yet, then delete the journal.

        Returns:
            The number of articles committed from the journal.
        """
        files = sorted(self.journals.glob(f"{run}-*{_JOURNAL_SUFFIX}"))
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for file in files:
            try:
                lines = file.read_text(encoding="utf-8").split("\n")
            except OSError:
                continue
            for line in lines:
                try:
                    record = json.loads(line)
                    key = (str(record["key"][0]), str(record["key"][1]))
                except (ValueError, KeyError, IndexError, TypeError):
                    continue  # an empty or half-written line: that article was still in progress
                found.setdefault(key, record)
        index = self.index()
        new = [(key, record) for key, record in found.items() if key not in index]
        for start in range(0, len(new), CHUNK_ARTICLES):
            block = new[start : start + CHUNK_ARTICLES]
            self.put([key for key, _ in block], _frames_of_records([record for _, record in block]))
        for file in files:
            with contextlib.suppress(OSError):
                file.unlink()
        return len(new)

    def index(self) -> dict[tuple[str, str], str]:
        """``(article_id, content hash)`` -> name of the chunk holding its results."""
        seen, index = _INDEX_MEMO.setdefault(str(self.chunks), (set(), {}))
        names = sorted(n for n in os.listdir(self.chunks) if not n.startswith("."))
        for name in names:
            if name in seen:
                continue
            try:
                keys = json.loads((self.chunks / name / "keys.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # not a committed chunk (committed chunks always have keys.json)
            seen.add(name)
            for aid, digest in keys:
                # Chunk names are visited in sorted order, so the choice is deterministic.
                index.setdefault((aid, digest), name)
        return index

    def put(self, keys: Sequence[tuple[str, str]], frames: Mapping[str, Sequence[pd.DataFrame]]) -> str:
        """Store the results of some articles as one chunk, atomically.

        Args:
            keys: ``(article_id, content hash)`` of every article in the chunk,
                including those with no rows in some table.
            frames: Per-Doc table name -> DataFrames with those articles' rows.

        Returns:
            The chunk name.
        """
        name = hashlib.sha256(json.dumps([list(k) for k in keys]).encode()).hexdigest()[:24]
        final = self.chunks / name
        if final.exists():
            return name
        tmp = self.chunks / f".tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        tmp.mkdir()
        try:
            specs = {}
            for table in _PER_DOC_TABLES:
                parts = [df for df in frames.get(table, []) if len(df)]
                df = conform(pd.concat(parts, ignore_index=True), table) if parts else empty(table)
                specs[table] = [infer_spec(str(c), df[c]) for c in df.columns]
                write_parquet(encode(df, specs[table]), tmp / f"{table}.parquet")
            notes = [df for df in frames.get(_NOTES, []) if len(df)]
            if notes:
                # Per-article warnings are part of the result (articles.attrs["warnings"]):
                # cached with it, so a re-run reports exactly what the first run did.
                df = pd.concat(notes, ignore_index=True).astype(object)
                specs[_NOTES] = [infer_spec(str(c), df[c]) for c in df.columns]
                write_parquet(encode(df, specs[_NOTES]), tmp / f"{_NOTES}.parquet")
            write_json(specs, tmp / "specs.json")
            # keys.json last: a folder without it is never read as a chunk.
            write_json([list(k) for k in keys], tmp / "keys.json")
            try:
                os.rename(tmp, final)
            except OSError:
                if not final.exists():
                    raise
                shutil.rmtree(tmp, ignore_errors=True)  # another run committed the same chunk
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return name

    def get(self, keys: Sequence[tuple[str, str]]) -> dict[str, pd.DataFrame]:
        """Rows of the given articles, per per-Doc table, in the order of ``keys``.

        Raises:
            StoreError: When an article is not cached or a chunk is damaged.
        """
        import pyarrow.parquet as pq  # lazy: pyarrow loads only when the cache is read

        index = self.index()
        by_chunk: dict[str, dict[str, int]] = {}
        for pos, key in enumerate(keys):
            chunk = index.get(tuple(key))
            if chunk is None:
                raise StoreError(f"Article {key[0]!r} is not in the cache at {self.root}.")
            by_chunk.setdefault(chunk, {})[key[0]] = pos
        collected: dict[str, list[pd.DataFrame]] = {t: [] for t in (*_PER_DOC_TABLES, _NOTES)}
        for chunk in sorted(by_chunk):
            wanted = by_chunk[chunk]
            folder = self.chunks / chunk
            try:
                specs = json.loads((folder / "specs.json").read_text(encoding="utf-8"))
                for table in (*_PER_DOC_TABLES, _NOTES):
                    if table not in specs:
                        continue
                    df = decode(pq.read_table(folder / f"{table}.parquet"), specs[table])
                    if not len(df):
                        continue
                    pos = df["article_id"].map(wanted)
                    keep = pos.notna().to_numpy()
                    if keep.any():
                        part = df[keep].copy()
                        part["_pos"] = pos[keep].astype("int64").to_numpy()
                        collected[table].append(part)
            except (OSError, ValueError, KeyError) as exc:
                raise StoreError(
                    f"The cache chunk {folder} is damaged ({exc}). Delete that folder and run again."
                ) from None
        out = {}
        for table in (*_PER_DOC_TABLES, _NOTES):
            parts = collected[table]
            if not parts:
                if table != _NOTES:
                    out[table] = empty(table)
                continue
            df = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
            # Rows of one article stay together and in text order (stable sort).
            if not df["_pos"].is_monotonic_increasing:
                df = df.sort_values("_pos", kind="stable")
            # Not conformed here: assemble_tables conforms the whole table once.
            out[table] = df.drop(columns="_pos").reset_index(drop=True)
        return out


#: ``run(table, max_block, on_article)``: runs the extraction over ``table`` in blocks of
#: at most ``max_block`` articles, calling ``on_article`` for each finished article, and
#: yields ``(start, stop, parts)`` in input order (the pipeline builds it from
#: :func:`newslab.parallel.iter_blocks`).
BlockRunner = Callable[[pd.DataFrame, int, Callable[..., None]], Iterator[tuple[int, int, TableParts]]]


def cached_parts(
    table: pd.DataFrame,
    run_blocks: BlockRunner,
    *,
    store: ArticleCache,
    progress: Any = None,
    chunk_articles: int | None = None,
    stats: RunStats | None = None,
) -> TableParts:
    """The per-Doc tables' parts of ``table``, analysing only the articles not in the cache.

    New results are committed every ``chunk_articles`` articles, and every
    finished article is in the run's journal as soon as it is finished. When
    the run is interrupted (an exception, ``KeyboardInterrupt`` included), the
    journal is folded into the cache before the exception goes on, and
    ``stats`` counts exactly the articles kept. The parts returned are always
    read back from the cache, so a first run, a resumed run and a fully
    cached re-run give identical tables.

    Args:
        table: The articles table.
        run_blocks: The block runner the pipeline gives (see :data:`BlockRunner`).
        store: The cache.
        progress: A progress bar: ``update(n)`` counts analysed articles, and
            ``cached(n)``, when the bar has it, those taken from the cache.
        chunk_articles: Articles per committed chunk (default :data:`CHUNK_ARTICLES`).
        stats: When given, counts cached and analysed articles and collects
            the warning notes of the analysed ones.

    Returns:
        :data:`~newslab.tables.TableParts` for :func:`newslab.tables.assemble_tables`.
    """
    chunk_articles = chunk_articles or CHUNK_ARTICLES
    stats = stats if stats is not None else RunStats()
    ids = table["article_id"].astype(str).tolist()
    keys = [(aid, article_hash(text)) for aid, text in zip(ids, table["text"].tolist())]
    index = store.index()
    todo = [row for row, key in enumerate(keys) if key not in index]
    stats.cached += len(table) - len(todo)
    if progress is not None and len(table) - len(todo):
        # Cached articles are not work done now: they must not inflate the rate or the ETA.
        getattr(progress, "cached", progress.update)(len(table) - len(todo))
    fresh: set[str] = set()
    if todo:
        pending = table.iloc[todo].reset_index(drop=True)
        pending_keys = [keys[row] for row in todo]
        journal = store.journal()
        committed = chunk_start = 0
        chunk_frames: TableParts = {t: [] for t in (*_PER_DOC_TABLES, _NOTES)}
        try:
            # Blocks never straddle a chunk boundary, so each chunk commits as soon as its last block is done.
            for start, stop, frames in run_blocks(pending, chunk_articles, journal):
                for name, parts in frames.items():
                    chunk_frames.setdefault(name, []).extend(parts)
                if progress is not None:
                    progress.update(stop - start)
                if stop - chunk_start >= chunk_articles or stop == len(pending):
                    store.put(pending_keys[chunk_start:stop], chunk_frames)
                    committed, chunk_start = stop, stop
                    chunk_frames = {t: [] for t in (*_PER_DOC_TABLES, _NOTES)}
        except BaseException:
            journal.close()
            # Workers are stopped by now (iter_blocks terminates its pool on the way out).
            stats.analysed += committed + store.fold_journal(journal.run)
            raise
        journal.close()
        store.drop_journal(journal.run)  # every article in it is in a chunk now
        stats.analysed += committed
        fresh = {key[0] for key in pending_keys}
    parts = {name: [df] for name, df in store.get(keys).items()}
    if fresh and _NOTES in parts:
        notes = parts[_NOTES][0]
        stats.notes.extend(notes[notes["article_id"].isin(fresh)][list(NOTE_COLUMNS)].astype(object).to_dict("records"))
    return parts
