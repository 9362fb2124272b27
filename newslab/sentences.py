"""The sentences table: spaCy's sentences with quotation-aware repairs."""

from __future__ import annotations

import bisect
import re

import numpy as np
import pandas as pd
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SPACY
from spacy.tokens import Doc, Span

__all__ = ["METHOD", "sentence_spans", "paragraph_starts", "paragraph_ids", "sentence_columns", "extract_sentences"]

#: Versioned name of the sentence rules; recorded in attrs and manifests.
METHOD = "spacy-repair.v1"

_CACHE_KEY = "newslab.sentence_spans"
_TEXT_KEY = "newslab.doc_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in its ``user_data`` (it dies with the Doc).

    spaCy joins a Token object per word on every ``doc.text``; this joins the word strings
    from the ORTH and SPACY arrays (the same string: each word, then a space where it has one).
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        if len(doc):
            strings = doc.vocab.strings
            arr = doc.to_array([ORTH, SPACY]).tolist()
            word = {o: strings[o] for o in {o for o, _ in arr}}
            text = "".join([word[o] + " " if sp else word[o] for o, sp in arr])
        else:
            text = ""
        doc.user_data[_TEXT_KEY] = text
    return text
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
_CLOSERS = frozenset("”’»›\"'")
_CLOSING = frozenset("”’»›\"')]")
_TERMINAL = frozenset(".!?…")
_OPEN_CURLY = "“„«‹"
_CLOSE_CURLY = "”»›"
_MARK = re.compile('[“„«‹”»›"]')


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where paragraphs start.

    Paragraphs are separated by blank lines; a text with no blank line but
    with single line breaks is split at those instead.

    Example:
        >>> paragraph_starts("One.\\n\\nTwo.\\n\\nThree.")
        [0, 6, 12]
    """
    pattern = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else _LINE_BREAK
    return [0] + [m.end() for m in pattern.finditer(text) if m.end() < len(text)]


def paragraph_ids(starts: list[int], offsets: list[int]) -> list[int]:
    """Paragraph number of each character offset, given :func:`paragraph_starts`."""
    return [bisect.bisect_right(starts, off) - 1 for off in offsets]


def quotation_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges ``(open, close)`` of quotations that close in their paragraph.

    Marks are paired by type: curly and angle marks by direction, straight
    double marks in order of appearance. A mark left unpaired at the end of a
    paragraph opens nothing here (quotes.py handles continuation paragraphs).
    Apostrophes and single quotes are never taken for quotation marks.

    Example:
        >>> quotation_regions('He said "yes." She said “no.”')
        [(8, 13), (24, 28)]
    """
    regions: list[tuple[int, int]] = []
    starts = paragraph_starts(text) + [len(text)]
    for a, b in zip(starts, starts[1:]):
        curly_open = -1
        straight_open = -1
        for m in _MARK.finditer(text, a, b):
            ch = m.group()
            pos = m.start()
            if ch in _OPEN_CURLY:
                curly_open = pos
            elif ch in _CLOSE_CURLY:
                if curly_open >= 0:
                    regions.append((curly_open, pos))
                    curly_open = -1
            elif straight_open < 0:
                straight_open = pos
            else:
                regions.append((straight_open, pos))
                straight_open = -1
    regions.sort()
    return regions


def sentence_spans(doc: Doc) -> list[Span]:
    """spaCy's sentences, repaired for news text, cached on the Doc.

    Repairs, all general:

    * a closing quotation mark (or closing bracket) at the start of a
      sentence is moved to the end of the previous one;
    * a sentence that starts in lower case right after a sentence that ends
      without terminal punctuation, or inside a quotation still open, is
      joined to it (the parser's split in the middle of a quotation);
    * a sentence never runs over a paragraph break;
    * leading and trailing whitespace tokens are trimmed, and whitespace-only
      sentences dropped.

    Args:
        doc: A parsed Doc (or one with sentence boundaries).

    Returns:
        The sentences as Spans of ``doc``, in text order.
    """
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None:
        return cached
    text = doc_text(doc)
    n = len(doc)
    if n == 0:
        doc.user_data[_CACHE_KEY] = []
        return []
    starts = sorted({s.start for s in doc.sents} | {0})
    para_starts = paragraph_starts(text)

    # Paragraph breaks always start a sentence.
    token_starts = [t.idx for t in doc]
    forced = {bisect.bisect_left(token_starts, off) for off in para_starts[1:]}
    forced.discard(n)
    starts = sorted(set(starts) | forced)

    regions = quotation_regions(text)
    region_starts = [r[0] for r in regions]

    def inside_quotation(pos: int) -> bool:
        k = bisect.bisect_left(region_starts, pos) - 1
        return k >= 0 and regions[k][0] < pos < regions[k][1]

    repaired: list[int] = [0]
    for start in starts[1:]:
        if start in forced:
            repaired.append(start)
            continue
        prev = repaired[-1]
        # Move closing marks and brackets that open this sentence back to the previous one.
        s = start
        while s < n and doc[s].text in _CLOSING and _closes(doc, s, inside_quotation):
            s += 1
        if s >= n or s in forced:
            continue
        first = doc[s]
        if inside_quotation(first.idx):
            continue
        last = _last_non_space(doc, prev, s)
        if last is not None and first.text[:1].islower():
            last_text = doc[last].text
            ends_terminal = last_text[-1:] in _TERMINAL or (
                last_text in _CLOSERS and last > 0 and doc[last - 1].text[-1:] in _TERMINAL
            )
            if not ends_terminal or last_text in _CLOSERS:
                continue
        if s > prev:
            repaired.append(s)
    spans: list[Span] = []
    bounds = repaired + [n]
    for a, b in zip(bounds, bounds[1:]):
        while a < b and doc[a].is_space:
            a += 1
        while b > a and doc[b - 1].is_space:
            b -= 1
        if a < b:
            spans.append(doc[a:b])
    doc.user_data[_CACHE_KEY] = spans
    return spans


def _last_non_space(doc: Doc, start: int, end: int) -> int | None:
    for i in range(end - 1, start - 1, -1):
        if not doc[i].is_space:
            return i
    return None


def _closes(doc: Doc, i: int, inside_quotation) -> bool:  # noqa: ANN001
    """Whether the mark at token ``i`` closes something opened before it."""
    tok = doc[i]
    if tok.text == '"':
        return inside_quotation(tok.idx - 1) or (i > 0 and doc[i - 1].whitespace_ == "")
    if tok.text == "'":
        return i > 0 and doc[i - 1].whitespace_ == ""
    return True


def sentence_columns(doc: Doc) -> dict[str, list]:
    """The columns of :func:`extract_sentences` as plain lists (no DataFrame).

    ``newslab.analyze`` gathers these for many Docs and builds one DataFrame
    per batch; a DataFrame per Doc costs more than the rules themselves.
    """
    spans = sentence_spans(doc)
    text = doc_text(doc)
    para_starts = paragraph_starts(text)
    start = [s.start_char for s in spans]
    end = [s.end_char for s in spans]
    if spans:
        # Words = tokens that are neither punctuation nor space, counted with
        # a running sum over the token attributes (no Token objects).
        flags = doc.to_array([IS_PUNCT, IS_SPACE])
        cum = np.concatenate(([0], np.cumsum((flags[:, 0] == 0) & (flags[:, 1] == 0)))).tolist()
        n_words = [cum[s.end] - cum[s.start] for s in spans]
    else:
        n_words = []
    return {
        "sent_id": list(range(len(spans))),
        "start_char": start,
        "end_char": end,
        "paragraph_id": paragraph_ids(para_starts, start),
        "text": [text[a:b] for a, b in zip(start, end)],
        "n_words": n_words,
    }


def extract_sentences(doc: Doc) -> pd.DataFrame:
    """One row per repaired sentence of ``doc`` (offsets relative to ``doc.text``).

    Returns:
        Columns sent_id, start_char, end_char, paragraph_id, text, n_words.

    Example:
        >>> from newslab.model import load_pipeline
        >>> df = extract_sentences(load_pipeline()("“We will win,” she said. It rained."))
        >>> df.text.tolist()
        ['“We will win,” she said.', 'It rained.']
    """
    return pd.DataFrame(sentence_columns(doc))
