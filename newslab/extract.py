"""The per-Doc extraction: one Doc to the rows of every per-Doc table, and a batch of articles through ``nlp.pipe``.

:func:`extract_columns` is the pure function of one Doc that every way of
running newslab calls (one process, worker processes, the cache, Dask).
:func:`extract_articles` streams a batch of articles through ``nlp.pipe``,
hands each Doc to it, keeps the rows and drops the Doc, so memory holds
tables, never Docs; it is the function the pipeline gives to its strategies
(:mod:`newslab.parallel`, :mod:`newslab.cache`, :mod:`newslab.dask`).
"""

from __future__ import annotations

import platform
import re
import warnings
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd
import spacy

import newslab
from newslab import entities, figures, quotes, sentences
from newslab.entities import entity_columns
from newslab.errors import NewslabWarning
from newslab.figures import figure_columns
from newslab.model import model_info
from newslab.quotes import quote_columns
from newslab.schema import conform
from newslab.sentences import sentence_columns
from newslab.sentiment import _score_arrays
from newslab.target_sentiment import add_target_columns
from newslab.tables import NOTE_COLUMNS, PER_DOC_TABLES, WARNINGS, TableParts, frames_from_columns

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "extract_doc", "extract_columns", "extract_articles", "split_text", "versions", "ArticleHook", "BATCH_CHARS",
]

#: Id columns renumbered when the chunks of a long article are joined.
_UNIT_IDS = {"sentences": "sent_id", "entities": "ent_id", "quotes": "quote_id", "figures": "figure_id"}
_OFFSET_COLUMNS = {
    "sentences": ("start_char", "end_char"),
    "entities": ("start_char", "end_char"),
    "quotes": ("start_char", "end_char", "cue_start_char", "cue_end_char", "speaker_start_char", "speaker_end_char"),
    "figures": ("start_char", "end_char"),
}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

#: Characters per ``nlp.pipe`` batch (a longer text is parsed alone).
BATCH_CHARS = 50_000
#: Articles whose columns are gathered before they become one DataFrame per table.
_FLUSH_ARTICLES = 256

#: ``hook(article_id, text, columns, notes)``: one finished article's per-Doc columns
#: (table -> column -> values, no article_id) and its warning notes ``[(category, message)]``.
ArticleHook = Callable[[str, str, dict[str, dict[str, list]], list[tuple[str, str]]], None]


def versions(nlp: Language | None = None) -> dict[str, Any]:
    """Versions of newslab, spaCy, pandas, the model and Python, plus the method names."""
    info: dict[str, Any] = {
        "newslab_version": newslab.__version__,
        "spacy_version": spacy.__version__,
        "pandas_version": pd.__version__,
        "python_version": platform.python_version(),
        "usd_rates": figures.USD_RATES,
        "methods": {
            "sentences": sentences.METHOD,
            "entities": entities.METHOD,
            "quotes": quotes.METHOD,
            "figures": figures.METHOD,
        },
    }
    # The sentiment method is per call; the caller adds it.
    if nlp is not None:
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

    This pure function is what every runner calls for every Doc; they build
    one DataFrame per table for many Docs at once, because a DataFrame per
    Doc costs more than the extraction rules. The order matters: quotes use
    the entities, figures use the quotes, and ``in_quote``/``has_quote`` come
    from the quotes. With ``target_sentiment`` the entity mentions and quote
    speakers also get ``target_label``/``target_score``
    (:mod:`newslab.target_sentiment`).

    Returns:
        ``{"sentences", "entities", "quotes", "figures"}``, each a dict of
        column name -> list (missing values are None or NaN).
    """
    sents = sentence_columns(doc)
    ents = entity_columns(doc, aliases=aliases)
    quote_cols = quote_columns(doc, entities=ents, aliases=aliases)
    figure_cols = figure_columns(doc, quotes=quote_cols)

    spans = list(zip(quote_cols["start_char"], quote_cols["end_char"]))
    if spans:
        ents["in_quote"] = [any(qa <= a and b <= qb for qa, qb in spans) for a, b in zip(ents["start_char"], ents["end_char"])]
        sents["has_quote"] = [any(qa < b and a < qb for qa, qb in spans) for a, b in zip(sents["start_char"], sents["end_char"])]
    else:
        sents["has_quote"] = [False] * len(sents["sent_id"])
    n_lex, pol, subj = _score_arrays(sents["text"], sentiment)
    sents["n_lexicon_words"], sents["polarity"], sents["subjectivity"] = n_lex.tolist(), pol.tolist(), subj.tolist()
    if spans:
        n_lex, pol, subj = _score_arrays(quote_cols["text"], sentiment)
        quote_cols["n_lexicon_words"], quote_cols["polarity"], quote_cols["subjectivity"] = n_lex.tolist(), pol.tolist(), subj.tolist()
    else:
        quote_cols["n_lexicon_words"], quote_cols["polarity"], quote_cols["subjectivity"] = [], [], []
    if target_sentiment:
        add_target_columns(sents, ents, quote_cols)
    return {"sentences": sents, "entities": ents, "quotes": quote_cols, "figures": figure_cols}


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


def _texts(articles: pd.DataFrame, max_length: int) -> Iterator[tuple[str, tuple[int, int, int]]]:
    """``(piece, (row, offset, n_pieces))`` for every piece of every article."""
    for row, text in enumerate(articles["text"].tolist()):
        pieces = split_text(text, max_length)
        for offset, piece in pieces:
            yield piece, (row, offset, len(pieces))


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


def extract_articles(
    articles: pd.DataFrame,
    nlp: Language,
    *,
    batch_size: int = 64,
    aliases: Mapping[str, str] | None = None,
    sentiment: str = "textblob.v1",
    progress: Any = None,
    on_article: ArticleHook | None = None,
    target_sentiment: bool = False,
) -> TableParts:
    """The per-Doc tables of a batch of articles, in input order.

    Texts go through ``nlp.pipe`` (cut at paragraph breaks when longer than
    ``nlp.max_length``), each Doc through :func:`extract_columns`; rows are
    gathered as columns and become one DataFrame per table for every 256
    articles. Warnings the extractors raise for an article
    (:class:`~newslab.errors.NewslabWarning`, e.g. an unpaired quotation mark)
    are collected as notes, not shown; the caller announces them once per run
    (:func:`newslab.tables.announce_warnings`).

    Args:
        articles: The articles table (``article_id`` and ``text`` are used).
        nlp: The loaded spaCy pipeline.
        batch_size: Texts per ``nlp.pipe`` batch.
        aliases: Normalised alias table (:func:`newslab.entities.resolve_aliases`).
        sentiment: Sentiment method name.
        target_sentiment: Score target sentiment too (:func:`extract_columns`).
        progress: A tqdm bar (or anything with ``update(n)``) advanced per article, or None.
        on_article: Called with each finished article's results as soon as they
            exist, before ``progress`` counts it (the cache's journal, so a kill
            loses only the articles in progress); see :data:`ArticleHook`.

    Returns:
        :data:`~newslab.tables.TableParts` with ``article_id`` columns, and a
        ``warnings`` part (article_id, category, message) when there were notes.
    """
    out: TableParts = {name: [] for name in PER_DOC_TABLES}
    ids = articles["article_id"].tolist()
    texts = articles["text"].tolist()
    pending: list[tuple[int, dict[str, dict[str, list]]]] = []
    notes: list[tuple[str, str, str]] = []
    article_notes: list[tuple[str, str]] = []
    gathered: dict[str, dict[str, list]] = {}
    n_gathered = 0

    def flush() -> None:
        nonlocal gathered, n_gathered
        for name, df in frames_from_columns(gathered).items():
            out[name].append(df)
        gathered, n_gathered = {}, 0

    # Every new word a Doc meets enters the shared Vocab and StringStore and stays
    # there, so a long run's memory would grow with the corpus. In spaCy's memory
    # zone these entries are freed when it ends; only plain Python rows leave it.
    with nlp.memory_zone():
        for doc, (row, offset, n_pieces) in _pipe(nlp, _texts(articles, nlp.max_length), batch_size):
            # Per-article warnings (unpaired quotation marks, ...) are collected and
            # announced once per run by the caller, not printed once per article.
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                pending.append((offset, extract_columns(doc, aliases=aliases, sentiment=sentiment,
                                                        target_sentiment=target_sentiment)))
            for w in caught:
                if issubclass(w.category, NewslabWarning):
                    article_notes.append((w.category.__name__, str(w.message)))
                else:
                    warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
            del doc
            if len(pending) < n_pieces:
                continue
            tables = _join_chunks(pending)
            pending = []
            if on_article is not None:
                on_article(str(ids[row]), texts[row], tables, article_notes)
            notes.extend((str(ids[row]), category, message) for category, message in article_notes)
            article_notes = []
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
        out[WARNINGS] = [pd.DataFrame(notes, columns=list(NOTE_COLUMNS))]
    return out
