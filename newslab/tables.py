"""The orchestrator: articles in, all tables out.

``analyze`` streams article texts through ``nlp.pipe`` in batches, hands each
Doc to the per-Doc extractors (:func:`extract_columns`, pure functions of a Doc),
keeps the rows and drops the Doc, so memory holds tables, never Docs. Rows are
gathered as columns and become one DataFrame per table for many articles.
"""

from __future__ import annotations

import os
import platform
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from newslab.errors import InputError, InputTypeError, NewslabWarning
from newslab.schema import TABLE_NAMES, conform, empty

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Tables", "analyze", "extract_doc", "extract_columns", "split_text", "versions"]

#: Id columns renumbered when the chunks of a long article are joined.
_UNIT_IDS = {"sentences": "sent_id", "entities": "ent_id", "quotes": "quote_id", "figures": "figure_id"}
_OFFSET_COLUMNS = {
    "sentences": ("start_char", "end_char"),
    "entities": ("start_char", "end_char"),
    "quotes": ("start_char", "end_char", "cue_start_char", "cue_end_char", "speaker_start_char", "speaker_end_char"),
    "figures": ("start_char", "end_char"),
}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


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

        See :func:`newslab.store.write_tables`; :func:`newslab.read_tables` reads it back.
        """
        from newslab.store import write_tables

        return write_tables(self, path)

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(df)}" for name, df in self.items())
        return f"Tables({counts})"

    def _repr_html_(self) -> str:
        import html

        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td style='text-align:right'>{len(df):,}</td></tr>"
            for name, df in self.items()
        )
        return f"<table><thead><tr><th>table</th><th>rows</th></tr></thead><tbody>{rows}</tbody></table>"


def versions(nlp: Language | None = None) -> dict[str, Any]:
    """Versions of newslab, spaCy, pandas, the model and Python, plus the method names."""
    import spacy

    import newslab
    from newslab import entities, figures, quotes, sentences, sentiment

    info: dict[str, Any] = {
        "newslab_version": newslab.__version__,
        "spacy_version": spacy.__version__,
        "pandas_version": pd.__version__,
        "python_version": platform.python_version(),
        "methods": {
            "sentences": sentences.METHOD,
            "entities": entities.METHOD,
            "quotes": quotes.METHOD,
            "figures": figures.METHOD,
        },
    }
    del sentiment  # the sentiment method is per call; analyze adds it
    if nlp is not None:
        from newslab.model import model_info

        info.update(model_info(nlp))
    return info


def split_text(text: str, max_length: int) -> list[tuple[int, str]]:
    """Cut ``text`` into pieces shorter than ``max_length`` at paragraph breaks.

    A paragraph that is itself too long is cut at sentence ends (". "), and
    as a last resort at a space.

    Returns:
        ``(offset, piece)`` pairs with ``text[offset:offset+len(piece)] == piece``.

    Example:
        >>> split_text("aa\\n\\nbb", 5)
        [(0, 'aa\\n\\n'), (4, 'bb')]
    """
    if len(text) < max_length:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        if n - start < max_length:
            pieces.append((start, text[start:]))
            break
        limit = start + max_length - 1
        cut = -1
        for pattern in (_PARAGRAPH_BREAK, re.compile(r"[.!?][\"”’]?\s+"), re.compile(r"\s+")):
            last = None
            for m in pattern.finditer(text, start, limit):
                last = m
            if last is not None and last.end() > start:
                cut = last.end()
                break
        if cut <= start:
            cut = limit
        pieces.append((start, text[start:cut]))
        start = cut
    return pieces


def extract_doc(
    doc: Doc, *, aliases: Mapping[str, str] | None = None, sentiment: str = "textblob.v1", target_sentiment: bool = False
) -> dict[str, pd.DataFrame]:
    """All per-Doc tables of one Doc (offsets relative to ``doc.text``, no article_id).

    This pure function gives, for one Doc, the rows ``analyze`` produces for
    it, with the schema's dtypes (see :func:`extract_columns`).

    Returns:
        ``{"sentences", "entities", "quotes", "figures"}`` DataFrames.
    """
    cols = extract_columns(doc, aliases=aliases, sentiment=sentiment, target_sentiment=target_sentiment)
    return {name: conform(pd.DataFrame(table), name).drop(columns="article_id") for name, table in cols.items()}


def extract_columns(
    doc: Doc, *, aliases: Mapping[str, str] | None = None, sentiment: str = "textblob.v1", target_sentiment: bool = False
) -> dict[str, dict[str, list]]:
    """All per-Doc tables of one Doc as columns of plain lists (no article_id).

    This pure function is what ``analyze`` and the Dask runner call for every
    Doc; they build one DataFrame per table for many Docs at once, because a
    DataFrame per Doc costs more than the extraction rules. The order
    matters: quotes use the entities, figures use the quotes, and
    ``in_quote``/``has_quote`` come from the quotes. With
    ``target_sentiment`` the entity mentions and quote speakers also get
    ``target_label``/``target_score`` (:mod:`newslab.target_sentiment`).

    Returns:
        ``{"sentences", "entities", "quotes", "figures"}``, each a dict of
        column name -> list (missing values are None or NaN).
    """
    from newslab.entities import entity_columns
    from newslab.figures import figure_columns
    from newslab.quotes import quote_columns
    from newslab.sentences import sentence_columns
    from newslab.sentiment import _score_arrays

    sents = sentence_columns(doc)
    ents = entity_columns(doc, aliases=aliases)
    quotes = quote_columns(doc, entities=ents)
    figures = figure_columns(doc, quotes=quotes)

    spans = list(zip(quotes["start_char"], quotes["end_char"]))
    if spans:
        ents["in_quote"] = [any(qa <= a and b <= qb for qa, qb in spans) for a, b in zip(ents["start_char"], ents["end_char"])]
        sents["has_quote"] = [any(qa < b and a < qb for qa, qb in spans) for a, b in zip(sents["start_char"], sents["end_char"])]
    else:
        sents["has_quote"] = [False] * len(sents["sent_id"])
    n_lex, pol, subj = _score_arrays(sents["text"], sentiment)
    sents["n_lexicon_words"], sents["polarity"], sents["subjectivity"] = n_lex.tolist(), pol.tolist(), subj.tolist()
    if spans:
        n_lex, pol, subj = _score_arrays(quotes["text"], sentiment)
        quotes["n_lexicon_words"], quotes["polarity"], quotes["subjectivity"] = n_lex.tolist(), pol.tolist(), subj.tolist()
    else:
        quotes["n_lexicon_words"], quotes["polarity"], quotes["subjectivity"] = [], [], []
    if target_sentiment:
        from newslab.target_sentiment import add_target_columns

        add_target_columns(sents, ents, quotes)
    return {"sentences": sents, "entities": ents, "quotes": quotes, "figures": figures}


def _join_chunks(parts: list[tuple[int, dict[str, dict[str, list]]]]) -> dict[str, dict[str, list]]:
    """Join the columns of one article's chunks: shift offsets, renumber ids and references."""
    if len(parts) == 1:
        return parts[0][1]
    joined: dict[str, dict[str, list]] = {}
    base = {name: 0 for name in _UNIT_IDS}
    for offset, tables in parts:
        shift = dict(base)
        for name, cols in tables.items():
            out = joined.setdefault(name, {})
            n = len(cols[_UNIT_IDS[name]])
            moves = {col: offset for col in _OFFSET_COLUMNS[name]}
            moves[_UNIT_IDS[name]] = shift[name]
            if name != "sentences":
                moves["sent_id"] = shift["sentences"]
            if name == "quotes":
                moves["speaker_ent_id"] = shift["entities"]
            if name == "figures":
                moves["quote_id"] = shift["quotes"]
            if name == "sentences":
                # Paragraphs continue the numbering of the chunks before (a chunk starts a paragraph).
                moves["paragraph_id"] = max(out.get("paragraph_id") or [-1]) + 1
            _extend_columns(out, cols, moves)
            base[name] += n
    return joined


def _extend_columns(into: dict[str, list], cols: Mapping[str, list], shift: Mapping[str, int] | None = None) -> None:
    """Append ``cols`` to ``into`` column by column, adding ``shift[col]`` to the values of shifted columns."""
    for col, values in cols.items():
        by = shift.get(col) if shift else None
        into.setdefault(col, []).extend(values if not by else [v if v is None else v + by for v in values])


def _frames_from_columns(columns: dict[str, dict[str, list]]) -> dict[str, pd.DataFrame]:
    """One schema-typed DataFrame per table from accumulated columns (empty tables are skipped)."""
    out = {}
    for name, cols in columns.items():
        if cols and len(cols["article_id"]):
            out[name] = conform(pd.DataFrame(cols), name)
    return out


def _is_articles_table(df: pd.DataFrame) -> bool:
    """True when ``df`` satisfies the articles schema and every row has a text.

    A frame that only has the right column names (int ids, a missing text,
    duplicate ids, object-dtype strings) goes through ``read_articles``
    instead, which converts, skips or rejects them with a clear message rather
    than crashing deep inside the analysis or writing an invalid table.
    """
    from newslab.errors import SchemaError
    from newslab.schema import validate

    try:
        validate(df.reset_index(drop=True), "articles")  # a filtered table (gaps in the index) is still one
    except SchemaError:
        return False
    return bool(df["text"].notna().all())


def _coerce_articles(articles: Any) -> pd.DataFrame:
    if isinstance(articles, pd.DataFrame):
        if {"article_id", "text"} <= set(articles.columns) and "n_words" in articles.columns and _is_articles_table(articles):
            return articles
        from newslab.articles import read_articles

        return read_articles(articles)
    if isinstance(articles, (str, os.PathLike, list, tuple)):
        from newslab.articles import read_articles

        return read_articles(articles)
    raise InputTypeError(
        f"analyze() expects the articles table from read_articles(), a DataFrame with a text column, "
        f"or a path; got {type(articles).__name__}."
    )


def _texts(articles: pd.DataFrame, max_length: int) -> Iterator[tuple[str, tuple[int, int, int]]]:
    """``(piece, (row, offset, n_pieces))`` for every piece of every article."""
    for row, text in enumerate(articles["text"].tolist()):
        pieces = split_text(text, max_length)
        for offset, piece in pieces:
            yield piece, (row, offset, len(pieces))


#: Characters per ``nlp.pipe`` batch (a longer text is parsed alone).
BATCH_CHARS = 50_000


def _pipe(nlp: Language, items: Iterator[tuple[str, Any]], batch_size: int) -> Iterator[tuple[Doc, Any]]:
    """``nlp.pipe(items, as_tuples=True)`` in batches of at most ``batch_size`` texts and :data:`BATCH_CHARS` characters.

    spaCy batches by count only, and its memory grows with the characters in
    a batch: 64 Wikinews articles of 240,000 characters together peak at
    850 MB, the same texts 16 at a time at 390 MB (five 100,000-character
    texts: 1.6 GB together, 0.4 GB one by one). So the peak of a long run
    would be set by its unluckiest batch and grow with the corpus. A
    character budget keeps it flat; batch size does not change spaCy's
    throughput on CPU (measured: 8 to 64 texts per batch within noise), and
    Docs do not depend on the batching.
    """
    budget = min(BATCH_CHARS, nlp.max_length)
    batch: list[tuple[str, Any]] = []
    chars = 0
    for item in items:
        if batch and (len(batch) >= batch_size or chars + len(item[0]) > budget):
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))


#: Articles whose columns are gathered before they become one DataFrame per table.
_FLUSH_ARTICLES = 256


def _analyze_serial(
    articles: pd.DataFrame,
    nlp: Language,
    *,
    batch_size: int,
    aliases: Mapping[str, str] | None,
    sentiment: str,
    progress: Any,
    target_sentiment: bool = False,
) -> dict[str, list[pd.DataFrame]]:
    out: dict[str, list[pd.DataFrame]] = {name: [] for name in _UNIT_IDS}
    ids = articles["article_id"].tolist()
    pending: list[tuple[int, dict[str, dict[str, list]]]] = []
    notes: list[tuple[str, str, str]] = []
    gathered: dict[str, dict[str, list]] = {}
    n_gathered = 0

    def flush() -> None:
        nonlocal gathered, n_gathered
        for name, df in _frames_from_columns(gathered).items():
            out[name].append(df)
        gathered, n_gathered = {}, 0

    # Every new word a Doc meets enters the shared Vocab and StringStore and stays
    # there, so a long run's memory would grow with the corpus. In spaCy's memory
    # zone these entries are freed when it ends; only plain Python rows leave it.
    with nlp.memory_zone():
        for doc, (row, offset, n_pieces) in _pipe(nlp, _texts(articles, nlp.max_length), batch_size):
            # Per-article warnings (unpaired quotation marks, ...) are collected and
            # reported once per run by _finish, not printed once per article.
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                pending.append((offset, extract_columns(doc, aliases=aliases, sentiment=sentiment,
                                                        target_sentiment=target_sentiment)))
            for w in caught:
                if issubclass(w.category, NewslabWarning):
                    notes.append((str(ids[row]), w.category.__name__, str(w.message)))
                else:
                    warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
            del doc
            if len(pending) < n_pieces:
                continue
            tables = _join_chunks(pending)
            pending = []
            for name, cols in tables.items():
                into = gathered.setdefault(name, {})
                _extend_columns(into, {"article_id": [ids[row]] * len(cols[_UNIT_IDS[name]])})
                _extend_columns(into, cols)
            n_gathered += 1
            if n_gathered >= _FLUSH_ARTICLES:
                flush()
            if progress is not None:
                progress.update(1)
    flush()
    if notes:
        out["warnings"] = [pd.DataFrame(notes, columns=["article_id", "category", "message"])]
    return out


def _report_warnings(frames: dict[str, list[pd.DataFrame]]) -> list[dict[str, str]]:
    """Emit one warning per category for the whole run; return every note for ``attrs``."""
    parts = [df for df in frames.get("warnings", []) if len(df)]
    if not parts:
        return []
    notes = pd.concat(parts, ignore_index=True)
    import newslab.errors as errors_module

    for category, group in notes.groupby("category", sort=True):
        cls = getattr(errors_module, str(category), NewslabWarning)
        first = group.iloc[0]
        if len(group) == 1:
            message = f"Article {first.article_id}: {first.message}"
        else:
            n_articles = group["article_id"].nunique()
            message = (
                f"{len(group)} {cls.__name__} notes in {n_articles} articles; the first, in article "
                f"{first.article_id}: {first.message} All of them are listed in tables.articles.attrs['warnings']."
            )
        warnings.warn(message, cls, stacklevel=4)
    return notes.to_dict("records")


def _finish(articles: pd.DataFrame, frames: dict[str, list[pd.DataFrame]], meta: dict[str, Any]) -> Tables:
    from newslab.sources import sources_table

    notes = _report_warnings(frames)
    tables: dict[str, pd.DataFrame] = {"articles": articles.reset_index(drop=True)}
    for name in _UNIT_IDS:
        parts = [df for df in frames[name] if len(df)]
        tables[name] = conform(pd.concat(parts, ignore_index=True), name) if parts else empty(name)
    tables["sources"] = conform(sources_table(tables["quotes"]), "sources") if len(tables["quotes"]) else empty("sources")
    for name, df in tables.items():
        keep = dict(df.attrs) if name == "articles" else {}
        if name == "articles" and notes:
            keep["warnings"] = notes
        df.attrs = {**keep, **meta}
    return Tables(**{name: tables[name] for name in TABLE_NAMES}, meta=meta)


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
    target_sentiment: bool = False,
) -> Tables:
    """Analyse articles into all of newslab's tables.

    Args:
        articles: The articles table from :func:`newslab.read_articles` (or
            anything ``read_articles`` accepts: a path, a list of paths, a
            DataFrame with a text column).
        nlp: A spaCy pipeline or model name (default: :func:`newslab.load_pipeline`).
        batch_size: Texts per ``nlp.pipe`` batch (a batch also holds at most
            :data:`BATCH_CHARS` characters, which keeps memory flat).
        n_process: Worker processes (each loads the model once); output is
            identical to ``n_process=1``.
        progress: Show a tqdm progress bar; None shows one for more than 200 articles.
        sentiment: Sentiment method, ``"textblob.v1"`` (default) or ``"vader.v1"``.
        aliases: Alias table (dict alias -> canonical, or a CSV path with
            columns alias,canonical) for entity and speaker names.
        cache: Folder for cached per-article results; a re-run reuses them
            (see :mod:`newslab.cache`).
        target_sentiment: Also score how each sentence portrays the named
            entities in it and the quote speakers (``target_label`` and
            ``target_score`` in entities and quotes; method
            ``target.newsmtsc.v1``, see :mod:`newslab.target_sentiment`).

    Returns:
        :class:`Tables` with articles, sentences, entities, quotes, sources and
        figures; every table's ``attrs`` records versions and method names.

    Raises:
        InputTypeError: ``articles`` is of an unusable type.
        InputError: An option is out of range.

    Example:
        >>> import newslab as nl
        >>> t = nl.analyze(nl.read_articles("seeds"))
        >>> int(t.articles.shape[0])
        1
    """
    from newslab.model import load_pipeline

    table = _coerce_articles(articles)
    if batch_size < 1:
        raise InputError(f"batch_size must be at least 1, not {batch_size}.")
    if n_process < 1:
        raise InputError(f"n_process must be at least 1, not {n_process}.")
    from newslab.sentiment import score_texts

    score_texts([], method=sentiment)  # fail early on an unknown method
    if aliases is not None and not isinstance(aliases, Mapping):
        from newslab.entities import read_aliases

        aliases = read_aliases(aliases)
    elif aliases is not None:
        aliases = {str(k).strip().lower(): str(v) for k, v in aliases.items()}
    from newslab.language import warn_non_english

    # The English model mis-tags other languages: say so (cheap, first ~2,000 characters), then analyse anyway.
    warn_non_english(table["article_id"].tolist(), table["text"].tolist())
    pipeline = load_pipeline(nlp)
    meta = versions(pipeline)
    meta["methods"]["sentiment"] = sentiment
    if target_sentiment:
        meta["methods"]["target_sentiment"] = _target_method()
    if cache is not None:
        from newslab.cache import analyze_cached

        return analyze_cached(
            table, pipeline, cache=cache, batch_size=batch_size, n_process=n_process,
            progress=progress, sentiment=sentiment, aliases=aliases, meta=meta, target_sentiment=target_sentiment,
        )
    frames = _run(table, pipeline, batch_size=batch_size, n_process=n_process, progress=progress,
                  sentiment=sentiment, aliases=aliases, target_sentiment=target_sentiment)
    return _finish(table, frames, meta)


def _target_method() -> str:
    """The target model's method name; loading it here fails early on a missing or corrupt model file."""
    from newslab.target_sentiment import load_target_model

    return load_target_model().method


def _run(
    table: pd.DataFrame,
    pipeline: Language,
    *,
    batch_size: int,
    n_process: int,
    progress: bool | None,
    sentiment: str,
    aliases: Mapping[str, str] | None,
    target_sentiment: bool = False,
) -> dict[str, list[pd.DataFrame]]:
    show = progress if progress is not None else len(table) > 200
    bar = None
    if show:
        from newslab.progress import progress_class

        bar = progress_class()(total=len(table), unit="article", desc="newslab", smoothing=0.1)
    try:
        if n_process > 1 and len(table) > 1:
            from newslab.parallel import analyze_parallel

            return analyze_parallel(table, pipeline, n_process=n_process, batch_size=batch_size,
                                    aliases=aliases, sentiment=sentiment, progress=bar, target_sentiment=target_sentiment)
        return _analyze_serial(table, pipeline, batch_size=batch_size, aliases=aliases, sentiment=sentiment, progress=bar,
                               target_sentiment=target_sentiment)
    finally:
        if bar is not None:
            bar.close()
