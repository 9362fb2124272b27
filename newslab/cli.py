"""The ``newslab`` command line: the batch job over a corpus.

Example::

    newslab analyze corpus.jsonl more/ --out results --n-process 2

Articles are read and analysed in chunks (``--chunk-size``, default 500), so
memory stays flat whatever the corpus size. Per-article results go to a cache
(``DIR/.cache`` unless ``--cache`` says otherwise) as they are produced: a
re-run over the same corpus is nearly instant, added articles are the only
ones analysed, and a run stopped by Ctrl-C or ``kill`` resumes where it
stopped. The dataset (one Parquet file per table plus ``manifest.json``)
appears in ``DIR`` in one atomic step at the end; read it with
``newslab.read_tables(DIR)``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
import time
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from newslab.articles import MANIFEST_NAME, SUPPORTED_SUFFIXES, read_articles
from newslab.articles import _csv_delimiter as delimiter_of
from newslab.tables import RunStats
from newslab.errors import (
    DuplicateIdError, InputError, InputWarning, MissingColumnError, NewslabError, SourceNotFoundError, warn_once,
)

__all__ = ["main", "iter_article_chunks", "build_parser"]

DEFAULT_CHUNK = 500
_TABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv", ".parquet", ".json")
_ROW_ORIGIN = re.compile(r"<DataFrame>\[row (\d+)\]")


# ---------------------------------------------------------------------------
# Reading a corpus in chunks


def _expand(paths: Sequence[str | os.PathLike]) -> list[Path]:
    """Files to read, in the order ``read_articles`` reads them."""
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if not path.exists():
            raise SourceNotFoundError(f"No such file or folder: {str(path)!r} (working directory {os.getcwd()!r}). Check the path.")
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".") and p.name != MANIFEST_NAME)
            if not found:
                raise InputError(f"The folder {str(path)!r} holds no article files ({', '.join(SUPPORTED_SUFFIXES)}).")
            files.extend(found)
        else:
            files.append(path)
    return files


def _count(files: Sequence[Path]) -> int | None:
    """Number of articles when it is cheap to know (for the progress bar's ETA)."""
    total = 0
    for file in files:
        suffix = file.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            with open(file, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        elif suffix == ".parquet":
            import pyarrow.parquet as pq

            try:
                total += pq.ParquetFile(file).metadata.num_rows
            except Exception:  # noqa: BLE001 - the reader reports it properly later
                return None
        elif suffix in (".csv", ".tsv", ".json"):
            return None
        else:
            total += 1
    return total


def _read_frame(frame: pd.DataFrame, origins: list[str], source_path: str) -> pd.DataFrame | None:
    """``read_articles`` on one chunk of a table file, with messages naming the file and line."""
    def fix(message: str) -> str:
        message = _ROW_ORIGIN.sub(lambda m: origins[int(m.group(1))], message)
        return message.replace("The DataFrame", source_path)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            table = read_articles(frame)
        except MissingColumnError:
            if not source_path.lower().endswith((".jsonl", ".ndjson")):
                raise
            # JSON Lines records are read one by one: records without text are skipped, not fatal.
            table = None
            warnings.warn(f"{origins[0]} to {origins[-1]}: no record has a text field; skipped.", InputWarning)
        except InputError as exc:
            if type(exc) is not InputError or not str(exc).startswith("No articles could be read"):
                raise type(exc)(fix(str(exc))) from None
            table = None
    for w in caught:
        warnings.warn(fix(str(w.message)), w.category, stacklevel=2)
    if table is None:
        return None
    # Lists of reported inputs (skipped, repaired): name the file and line, not the chunk row.
    attrs = {
        key: [{k: fix(v) if isinstance(v, str) else v for k, v in entry.items()} if isinstance(entry, dict) else entry
              for entry in value]
        for key, value in table.attrs.items() if isinstance(value, list)
    }
    table = table.copy()
    table["source_path"] = pd.array([source_path] * len(table), dtype="string")
    table.attrs = attrs
    return table


def _jsonl_chunks(path: Path, size: int) -> Iterator[pd.DataFrame | list[dict[str, str]]]:
    records: list[dict[str, Any]] = []
    origins: list[str] = []
    bad: list[int] = []
    undecodable: list[int] = []
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                # Replaced as read_articles does, but never silently: the lines are reported below.
                line = raw.decode("utf-8", errors="replace")
                undecodable.append(number)
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                bad.append(number)
                continue
            if not isinstance(obj, dict):
                bad.append(number)
                continue
            records.append(obj)
            origins.append(f"{path}:{number}")
            if len(records) >= size:
                yield _frame_chunk(records, origins, str(path))
                records, origins = [], []
    if records:
        yield _frame_chunk(records, origins, str(path))
    if undecodable:
        lines = ", ".join(map(str, undecodable[:20])) + (" ..." if len(undecodable) > 20 else "")
        warn_once(f"{path} is not valid UTF-8 (lines {lines}); undecodable bytes were replaced with U+FFFD. "
                  "Re-save the file as UTF-8 to keep every character.", InputWarning)
    if bad:
        shown = ", ".join(map(str, bad[:20])) + (" ..." if len(bad) > 20 else "")
        warn_once(f"{path}: {len(bad)} line(s) are not JSON objects (lines {shown}); they were skipped.", InputWarning)
        yield [{"source": f"{path}:{n}", "reason": "not a JSON object"} for n in bad]


def _frame_chunk(records: list[dict[str, Any]], origins: list[str], source: str) -> Any:
    frame = pd.DataFrame.from_records(records)
    frame = frame.astype(object)  # keep ids as given (no int -> float when some are missing)
    return _read_frame(frame, origins, source)


def _is_utf16(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(2) in (b"\xff\xfe", b"\xfe\xff")


def _csv_delimiter(path: Path) -> str:
    """The file's delimiter, judged from its header line; warns when the file is not valid UTF-8.

    The CSV is streamed with undecodable bytes replaced, so one pass over the
    bytes first finds the line of the first bad byte to report it.
    """
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with open(path, "rb") as handle:
        header = handle.readline()
        handle.seek(0)
        for block in iter(lambda: handle.read(1 << 20), b""):
            try:
                decoder.decode(block)
            except UnicodeDecodeError as exc:
                line += block.count(b"\n", 0, max(exc.start, 0))
                warn_once(f"{path} is not valid UTF-8 (first undecodable byte on line {line}); undecodable bytes "
                          "were replaced with U+FFFD. Re-save the file as UTF-8 to keep every character.", InputWarning)
                break
            line += block.count(b"\n")
    return delimiter_of(header.decode("utf-8-sig", errors="replace"))


def _table_chunks(path: Path, size: int) -> Iterator[pd.DataFrame | None]:
    suffix = path.suffix.lower()
    offset = 0
    if suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            batches = pq.ParquetFile(path).iter_batches(batch_size=size)
            for batch in batches:
                frame = batch.to_pandas()
                yield _read_frame(frame, [f"{path}[{offset + k}]" for k in range(len(frame))], str(path))
                offset += len(frame)
        except (pa.ArrowException, OSError) as exc:
            raise InputError(f"{path} cannot be parsed as PARQUET ({exc}).") from None
        return
    sep = "\t" if suffix == ".tsv" else _csv_delimiter(path)
    try:
        reader = pd.read_csv(path, sep=sep, engine="python", dtype=str, keep_default_na=False, chunksize=size,
                             encoding="utf-8-sig", encoding_errors="replace")
        for frame in reader:
            yield _read_frame(frame, [f"{path}[{offset + k}]" for k in range(len(frame))], str(path))
            offset += len(frame)
    except (ValueError, pd.errors.ParserError) as exc:
        raise InputError(f"{path} cannot be parsed as {suffix[1:].upper()} ({exc}).") from None


def _file_chunks(files: list[Path], size: int) -> Iterator[pd.DataFrame | None]:
    """Whole files (one article each, or a .json file) through ``read_articles`` itself."""
    for start in range(0, len(files), size):
        group = files[start : start + size]
        try:
            yield read_articles(group)
        except InputError as exc:
            if type(exc) is not InputError or not str(exc).startswith("No articles could be read"):
                raise
            yield None  # every file of the group was skipped (warned about already)


def iter_article_chunks(paths: Sequence[str | os.PathLike], *, chunk_size: int = DEFAULT_CHUNK) -> Iterator[pd.DataFrame]:
    """The articles of ``paths`` as articles tables of at most ``chunk_size`` rows.

    JSON Lines, CSV and Parquet files are streamed (never read whole), folders
    are read a group of files at a time; a table file whose folder has a
    ``manifest.json`` is read whole so the manifest applies. Each chunk's
    ``attrs["skipped"]`` lists the inputs skipped while reading it.

    Raises:
        SourceNotFoundError, InputError, MissingColumnError: as ``read_articles``.
    """
    files = _expand(paths)
    singles: list[Path] = []
    skipped_lines: list[dict[str, str]] = []

    def flush() -> Iterator[pd.DataFrame | None]:
        if singles:
            yield from _file_chunks(list(singles), chunk_size)
            singles.clear()

    for file in files:
        suffix = file.suffix.lower()
        if suffix not in _TABLE_SUFFIXES or suffix == ".json":
            singles.append(file)
            if len(singles) >= chunk_size:
                yield from (c for c in flush() if c is not None)
            continue
        yield from (c for c in flush() if c is not None)
        if (file.parent / MANIFEST_NAME).is_file() or _is_utf16(file):
            whole = read_articles(file)
            for start in range(0, len(whole), chunk_size):
                part = whole.iloc[start : start + chunk_size].reset_index(drop=True)
                part.attrs = {k: v for k, v in whole.attrs.items() if isinstance(v, list)} if start == 0 else {}
                yield part
            continue
        chunks = _jsonl_chunks(file, chunk_size) if suffix in (".jsonl", ".ndjson") else _table_chunks(file, chunk_size)
        for chunk in chunks:
            if isinstance(chunk, list):
                skipped_lines.extend(chunk)
            elif chunk is not None:
                yield chunk
    yield from (c for c in flush() if c is not None)
    if skipped_lines:
        # Bad lines are only known once a file is read through; report them with the last chunk.
        empty = pd.DataFrame()
        empty.attrs = {"skipped": skipped_lines}
        yield empty


# ---------------------------------------------------------------------------
# The analyze command


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newslab`` command."""
    parser = argparse.ArgumentParser(
        prog="newslab",
        description="Turn news articles into tidy tables (sentences, entities, quotes, sources, figures, sentiment).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = sub.add_parser(
        "analyze",
        help="analyse articles into a Parquet dataset",
        description="Analyse articles (files or folders: .txt, .jsonl, .csv, .tsv, .parquet, .json, .html) into one "
        "Parquet file per table plus manifest.json in --out. Results are cached per article, so re-runs are "
        "fast and an interrupted run resumes where it stopped.",
    )
    run.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    run.add_argument("--out", required=True, metavar="DIR", help="dataset folder to write (created or replaced)")
    run.add_argument("--n-process", type=int, default=1, metavar="N", help="worker processes (default 1)")
    run.add_argument("--batch-size", type=int, default=64, metavar="N", help="texts per nlp.pipe batch (default 64)")
    run.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK, metavar="N",
                     help=f"articles read and written per step; bounds memory (default {DEFAULT_CHUNK})")
    run.add_argument("--model", default=None, metavar="NAME", help="spaCy model name or path (default: see load_pipeline)")
    run.add_argument("--sentiment", default="textblob.v1", metavar="METHOD", help="textblob.v1 (default) or vader.v1")
    run.add_argument("--target-sentiment", action="store_true",
                     help="also score how each sentence portrays its named entities and quote speakers (target.newsmtsc.v1)")
    run.add_argument("--aliases", default=None, metavar="CSV", help="alias table (columns alias,canonical) for names")
    run.add_argument("--cache", default=None, metavar="DIR", help="cache folder (default: DIR/.cache inside --out)")
    run.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.add_argument("--corrections", default=None, metavar="CSV",
                     help="review file from nl.review(): apply its corrected speakers and drop non-statements")
    run.add_argument("--merge-names", action="store_true",
                     help="merge name variants across the corpus at the end (see newslab.names)")
    _add_corpus_commands(sub)
    return parser


def _add_corpus_commands(sub: Any) -> None:
    """The ``aliases suggest`` and ``export`` commands (they work on a finished dataset)."""
    aliases = sub.add_parser("aliases", help="suggest an alias table from a dataset",
                             description="Alias tables for name variants across a corpus.")
    what = aliases.add_subparsers(dest="aliases_command", required=True, metavar="ACTION")
    suggest = what.add_parser(
        "suggest", help="write proposed name merges as an alias CSV",
        description="Write the name merges newslab proposes for a dataset (alias,canonical,label,n_mentions,"
        "n_articles,reason) as CSV. Check and edit it, then pass it back with `newslab analyze --aliases`.")
    suggest.add_argument("dataset", metavar="DATASET", help="dataset folder written by newslab analyze")
    suggest.add_argument("--out", default=None, metavar="CSV", help="file to write (default: standard output)")
    suggest.add_argument("--aliases", default=None, metavar="CSV", help="aliases already decided (applied first)")
    suggest.add_argument("--force", action="store_true", help="overwrite --out when it exists")
    export = sub.add_parser(
        "export", help="write a dataset as CSV, Stata or Feather files with a codebook",
        description="Write one file per table plus codebook.csv (column descriptions) and metadata.json.")
    export.add_argument("dataset", metavar="DATASET", help="dataset folder written by newslab analyze")
    export.add_argument("--to", default="csv", choices=["csv", "stata", "feather"], help="file format (default csv)")
    export.add_argument("--out", default=None, metavar="DIR", help="export folder (default: DATASET-FORMAT beside it)")


def _corpus_command(args: argparse.Namespace) -> str:
    """Run ``aliases suggest`` or ``export``; returns the line to report."""
    if args.command == "export":
        from newslab.export import default_folder, export_tables

        out = export_tables(args.dataset, args.out or default_folder(args.dataset, args.to), to=args.to)
        return f"newslab: wrote the {args.to} export of {args.dataset} to {out} (codebook.csv describes every column)"
    from newslab.names import suggest_aliases, write_aliases
    from newslab.tables import read_tables

    found = suggest_aliases(read_tables(args.dataset), aliases=args.aliases)
    if args.out is None:
        sys.stdout.write(found.to_csv(index=False, lineterminator="\n"))
        return f"newslab: {len(found):,} proposed merges"
    if Path(args.out).exists() and not args.force:
        raise InputError(f"{args.out} exists (perhaps your edited alias table); give another --out or add --force.")
    write_aliases(found, args.out)
    return (f"newslab: wrote {len(found):,} proposed merges to {args.out}; check them, then run "
            f"`newslab analyze ... --aliases {args.out}`")


def _release_memory() -> None:
    """Hand freed heap memory back to the system between chunks.

    spaCy and pandas leave many small freed blocks behind; glibc keeps them
    mapped, so a long run's RSS creeps up although nothing is alive.
    ``malloc_trim`` returns them (Linux with glibc; elsewhere a no-op).
    """
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _show_warning(message: Any, category: type[Warning], filename: str, lineno: int, file: TextIO | None = None,
                  line: str | None = None) -> None:
    from tqdm import tqdm

    # tqdm.write keeps the progress bar intact below the message.
    tqdm.write(f"newslab: warning: {message}", file=sys.stderr)


class _Interrupts:
    """Ctrl-C and ``kill`` (SIGINT, SIGTERM) end a run as ``KeyboardInterrupt``, and are never lost.

    Python runs a signal handler between two bytecodes of the main thread, which can be
    bytecodes of a finaliser (``__del__``, a weakref callback) that the garbage collector
    runs, e.g. in the ``gc.collect()`` between chunks. An exception raised there is
    reported as "Exception ignored" and dropped, and the run would go on to the end of
    the corpus. So the handler also records the signal, and the run checks that record
    after every block of articles (:meth:`check`): a lost interrupt stops the run one
    block later, with every finished article cached as usual.
    """

    def __init__(self) -> None:
        self.received: list[int] = []
        self._saved: dict[int, Any] = {}
        self._hook: Any = None

    def __call__(self, signum: int, frame: Any) -> None:
        self.received.append(signum)
        raise KeyboardInterrupt

    def check(self) -> None:
        """Raise ``KeyboardInterrupt`` when a signal came and its exception was lost."""
        if self.received:
            raise KeyboardInterrupt

    def install(self) -> None:
        """Handle SIGTERM, and SIGINT unless someone else handles it; quiet lost interrupts."""
        self.received.clear()
        try:
            for signum in (signal.SIGTERM, signal.SIGINT):
                current = signal.getsignal(signum)
                if signum == signal.SIGINT and current is not signal.default_int_handler:
                    continue  # an embedding program (or a test runner) handles Ctrl-C itself
                signal.signal(signum, self)
                self._saved[signum] = current
        except ValueError:  # not the main thread (e.g. called from a test runner thread)
            pass
        self._hook = sys.unraisablehook

        def quiet(unraisable: Any, *, previous: Any = self._hook) -> None:
            # The interrupt lost in a finaliser is not news: check() raises it again.
            if not (self.received and isinstance(unraisable.exc_value, KeyboardInterrupt)):
                previous(unraisable)

        sys.unraisablehook = quiet

    def restore(self) -> None:
        """Put back the handlers and the hook that :meth:`install` replaced."""
        for signum, handler in self._saved.items():
            signal.signal(signum, handler)
        self._saved.clear()
        if self._hook is not None:
            sys.unraisablehook, self._hook = self._hook, None


_INTERRUPTS = _Interrupts()


class _CheckedProgress:
    """The progress bar, checking for a lost interrupt each time a block of articles is done."""

    def __init__(self, bar: Any) -> None:
        self._bar = bar

    def update(self, n: int = 1) -> None:
        _INTERRUPTS.check()
        self._bar.update(n)

    def cached(self, n: int) -> None:
        _INTERRUPTS.check()
        getattr(self._bar, "cached", self._bar.update)(n)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._bar, name)


def _analyze(args: argparse.Namespace, stats: RunStats) -> dict[str, Any]:
    # lazy: `newslab --help` and argument errors answer at once, without loading spaCy and pandas' Parquet stack.
    from newslab.entities import resolve_aliases
    from newslab.extract import versions
    from newslab.language import warn_non_english
    from newslab.model import load_pipeline
    from newslab.pipeline import run
    from newslab.progress import ArticleProgress
    from newslab.schema import TABLE_NAMES
    from newslab.sentiment import score_texts
    from newslab.store import DatasetWriter, check_target, recover
    from newslab.tables import announce_warnings

    for option in ("n_process", "batch_size", "chunk_size"):
        if getattr(args, option) < 1:
            raise InputError(f"--{option.replace('_', '-')} must be at least 1, not {getattr(args, option)}.")
    started = time.perf_counter()
    out = Path(args.out)
    recover(out)  # a previous run killed mid-swap: put its dataset and cache back
    check_target(out)  # before the slow model load: fail fast on a wrong --out
    files = _expand(args.paths)
    score_texts([], method=args.sentiment)
    aliases = resolve_aliases(args.aliases) if args.aliases else None
    review = corrected = None
    if args.corrections:
        from newslab.corrections import CorrectionReport, _file_record
        from newslab.verdicts import read_review

        review = read_review(args.corrections)  # fail fast on a missing or malformed review file
        corrected = CorrectionReport(source=_file_record(args.corrections))
    pipeline = load_pipeline(args.model)
    meta = versions(pipeline)
    meta["methods"]["sentiment"] = args.sentiment
    if args.target_sentiment:
        from newslab.target_sentiment import METHOD as TARGET_METHOD  # lazy: the CLI starts fast without it

        meta["methods"]["target_sentiment"] = TARGET_METHOD
    cache = None if args.no_cache else Path(args.cache) if args.cache else out / ".cache"

    bar = ArticleProgress(total=_count(files), disable=args.no_progress, file=sys.stderr)
    counts = dict.fromkeys(TABLE_NAMES, 0)
    # attrs lists of the articles table (skipped, repaired, warnings), gathered over the chunks
    reported: dict[str, list[Any]] = {"skipped": []}
    notes: list[Any] = []
    skipped = reported["skipped"]
    seen: dict[str, str] = {}
    try:
        with DatasetWriter(out) as writer:
            for chunk in iter_article_chunks(files, chunk_size=args.chunk_size):
                for key, value in chunk.attrs.items():
                    if isinstance(value, list):
                        reported.setdefault(key, []).extend(value)
                if not len(chunk):
                    continue
                # As analyze() does: flag non-English articles (the English model mis-tags them), analyse anyway.
                warn_non_english(chunk["article_id"].tolist(), chunk["text"].tolist(), stacklevel=2)
                for aid, origin in zip(chunk["article_id"].tolist(), chunk["source_path"].tolist()):
                    if aid in seen:
                        raise DuplicateIdError(
                            f"Duplicate article_id {aid!r}: in {seen[aid]} and in {origin}. "
                            "Give every article a unique id (or remove the duplicate)."
                        )
                    seen[aid] = origin
                tables = run(chunk, pipeline, meta=meta, batch_size=args.batch_size, n_process=args.n_process,
                             sentiment=args.sentiment, aliases=aliases, cache=cache, progress=_CheckedProgress(bar),
                             chunk_articles=min(args.chunk_size, 128), stats=stats,
                             target_sentiment=args.target_sentiment)
                notes.extend(tables.articles.attrs.get("warnings", []))
                if review is not None:
                    tables = _correct_chunk(tables, review, corrected)
                writer.append(tables)
                for name in TABLE_NAMES:
                    counts[name] += len(tables[name])
                del tables, chunk
                _release_memory()
                _INTERRUPTS.check()  # a signal that came during the collection above
            if not seen:
                reasons = "; ".join(f"{s['source']}: {s['reason']}" for s in skipped[:3])
                raise InputError(f"No articles could be read. {reasons or 'The input is empty.'}")
            if corrected is not None:
                meta["corrections"] = corrected.meta()
                corrected.warn()
            attrs = {name: dict(meta) for name in TABLE_NAMES}
            # The warnings of every article, cached or not, as analyze() keeps them in articles.attrs.
            attrs["articles"] = {**reported, **({"warnings": notes} if notes else {}), **meta}
            bar.status("writing the dataset")
            writer.commit(meta=meta, attrs=attrs)
        if getattr(args, "merge_names", False):
            from newslab.names import merge_dataset

            merged = merge_dataset(out, aliases=aliases)
            counts.update({name: len(merged[name]) for name in TABLE_NAMES})
    finally:
        bar.close()
    # Once per run, for the articles analysed now (cached ones were announced when they were analysed).
    announce_warnings(stats.notes)
    return {"counts": counts, "stats": stats, "skipped": len(skipped), "seconds": time.perf_counter() - started,
            "out": out, "n_warned": len({note["article_id"] for note in notes})}


def _correct_chunk(tables: Any, review: pd.DataFrame, report: Any) -> Any:
    """A review's corrections applied to one chunk; what was done is added to ``report`` (warned at the end)."""
    from newslab.corrections import correct_tables

    fixed, done = correct_tables(tables, review)
    done.source = {}
    report.update(done)
    return fixed


def _summary(result: dict[str, Any]) -> str:
    counts, stats = result["counts"], result["stats"]
    n = counts["articles"]
    rate = n / result["seconds"] if result["seconds"] > 0 else float("inf")
    tables = ", ".join(f"{counts[name]:,} {name}" for name in ("sentences", "entities", "quotes", "sources", "figures"))
    parts = [f"newslab: {n:,} articles -> {tables}"]
    parts.append(f"{result['seconds']:.1f} s ({rate:,.1f} articles/s; {stats.cached:,} from cache, {stats.analysed:,} analysed"
                 + (f", {result['skipped']:,} inputs skipped" if result["skipped"] else "") + ")")
    if result["n_warned"]:
        parts.append(f"{result['n_warned']:,} articles with warnings (articles.warnings)")
    parts.append(f"wrote {result['out']}")
    return "; ".join(parts)


def _interrupted(stats: RunStats, cache: bool) -> str:
    if not cache:
        return "newslab: interrupted; nothing is kept without a cache (--no-cache): the next run starts over."
    return (
        f"newslab: interrupted; {stats.kept:,} finished articles are kept in the cache ({stats.cached:,} were cached "
        f"before, {stats.analysed:,} analysed in this run): run the same command again to resume."
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newslab`` command; returns the exit code.

    Exit codes: 0 success, 1 a newslab error (one line on stderr), 2 bad
    arguments, 130 interrupted (every finished article is cached; the message
    says how many).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    showwarning = warnings.showwarning
    _INTERRUPTS.install()
    warnings.showwarning = _show_warning
    stats = RunStats()
    try:
        if args.command != "analyze":
            print(_corpus_command(args), file=sys.stderr)
            return 0
        result = _analyze(args, stats)
    except NewslabError as exc:
        print(f"newslab: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 1
    except OSError as exc:  # disk full, permission denied: the system's message, without a traceback
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(f"newslab: error: {exc.strerror or exc}{where}. Check the paths and free disk space.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_interrupted(stats, cache=not args.no_cache), file=sys.stderr)
        return 130
    finally:
        warnings.showwarning = showwarning
        _INTERRUPTS.restore()
    print(_summary(result), file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
