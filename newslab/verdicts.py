"""The review file: one verdict per sampled statement, read and written atomically.

A review (:func:`newslab.review`) writes a CSV with one row per sampled
statement: the row's identity (the article's content hash and the statement's
offsets), what newslab said about it, and the reviewer's verdict. This module
owns that format, shared by the review, :mod:`newslab.corrections` and
:mod:`newslab.precision`: the verdicts and their spellings, the columns,
reading a file (also one edited in a spreadsheet) and writing one atomically
(:func:`newslab.io.atomic_file`: a hidden temporary file renamed into place,
with the permissions of an ordinary new file).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from newslab.errors import InputError, SourceNotFoundError
from newslab.io import atomic_file

__all__ = ["VERDICTS", "VERDICT_LABELS", "REVIEW_COLUMNS", "SPEAKER_TYPES", "ENTITY_TYPES", "normalize_verdict",
           "read_review", "write_review", "article_hashes"]

#: Verdicts as stored in the review file, in the order of the buttons.
VERDICTS: tuple[str, ...] = ("right", "wrong_span", "wrong_speaker", "not_statement")
#: Button labels.
VERDICT_LABELS: dict[str, str] = {
    "right": "Right", "wrong_span": "Wrong span", "wrong_speaker": "Wrong speaker", "not_statement": "Not a statement",
}
#: Columns of the review file: the row's identity, what newslab said, then the reviewer's verdict.
REVIEW_COLUMNS: list[str] = [
    "review_id", "article_id", "article_hash", "quote_id", "start_char", "end_char", "stratum",
    "kind", "frame", "confidence", "speaker", "speaker_canonical", "speaker_type", "text",
    "verdict", "correct_speaker", "correct_speaker_type", "note",
]
INT_COLUMNS = ("review_id", "quote_id", "start_char", "end_char")
_ALIASES = {
    "right": "right", "correct": "right", "ok": "right", "yes": "right",
    "wrong span": "wrong_span", "span": "wrong_span",
    "wrong speaker": "wrong_speaker", "speaker": "wrong_speaker",
    "not a statement": "not_statement", "not statement": "not_statement", "no statement": "not_statement",
}
ENTITY_TYPES = {"PERSON": "person", "ORG": "organization", "NORP": "organization", "GPE": "organization"}
SPEAKER_TYPES = ("person", "organization", "media", "document", "anonymous", "unknown")


def normalize_verdict(verdict: str) -> str:
    """A verdict as stored: ``right``, ``wrong_span``, ``wrong_speaker`` or ``not_statement``; "" for none.

    Spellings a spreadsheet user might type are accepted ("Wrong speaker", "not-a-statement").

    Raises:
        InputError: For anything else.

    Example:
        >>> normalize_verdict("Wrong speaker"), normalize_verdict("not-a-statement"), normalize_verdict("")
        ('wrong_speaker', 'not_statement', '')
    """
    key = " ".join(str(verdict or "").strip().lower().replace("_", " ").replace("-", " ").split())
    if not key:
        return ""
    if key in _ALIASES:
        return _ALIASES[key]
    raise InputError(
        f"Unknown verdict {verdict!r}; use one of: right, wrong span, wrong speaker, not a statement."
    )


def article_hashes(articles: pd.DataFrame) -> dict[str, str]:
    """``{article_id: SHA-256 of its text}``: how a review row finds its article again."""
    from newslab.articles import article_hash

    return {str(a): article_hash(str(t)) for a, t in zip(articles["article_id"], articles["text"].fillna(""))}


def write_review(rows: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a review file atomically: a temporary file in the same folder, then ``os.replace``.

    The file gets the permissions a new file would get (0644 under the usual
    umask 022), and a reader never sees half a file.

    Returns:
        The path written.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(target, text=True) as handle:
        rows[REVIEW_COLUMNS].to_csv(handle, index=False, lineterminator="\n")
    return target


def read_review(path: str | os.PathLike | pd.DataFrame) -> pd.DataFrame:
    """Read a review file (as written by :func:`review`, possibly edited in a spreadsheet).

    Verdicts are normalised (:func:`normalize_verdict`); empty cells are empty strings.

    Args:
        path: The CSV file, or a DataFrame with its columns.

    Returns:
        One row per sampled statement with :data:`REVIEW_COLUMNS`.

    Raises:
        SourceNotFoundError: There is no such file.
        InputError: It is not a review file (columns missing, offsets not numbers, unknown verdicts).
    """
    if isinstance(path, pd.DataFrame):
        df = path.copy()
        where = "the review table"
    else:
        file = Path(path)
        if not file.is_file():
            raise SourceNotFoundError(f"No review file at {str(file)!r}. Start one with nl.review(tables, path=...).")
        try:
            df = pd.read_csv(file, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        except (ValueError, pd.errors.ParserError) as exc:
            raise InputError(f"{file} cannot be read as a CSV review file ({exc}).") from None
        where = str(file)
    needed = ["article_hash", "start_char", "end_char", "verdict"]
    missing = [c for c in needed if c not in df.columns]
    if missing:
        raise InputError(f"{where} is not a newslab review file: it has no column(s) {missing}. "
                         "Review files are written by nl.review().")
    for col in REVIEW_COLUMNS:
        if col not in df.columns:
            df[col] = "" if col not in INT_COLUMNS else range(len(df)) if col == "review_id" else -1
    df = df[REVIEW_COLUMNS].copy()
    for col in REVIEW_COLUMNS:
        if col not in INT_COLUMNS and col != "confidence":
            df[col] = df[col].astype("object").where(df[col].notna(), "").astype(str)
    for col in INT_COLUMNS:
        try:
            df[col] = pd.to_numeric(df[col], errors="raise").astype(np.int64)
        except (ValueError, TypeError):
            raise InputError(f"{where}: column {col!r} must hold whole numbers.") from None
    df["confidence"] = pd.to_numeric(df["confidence"].replace("", np.nan), errors="coerce")
    try:
        df["verdict"] = [normalize_verdict(v) for v in df["verdict"]]
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    df["correct_speaker_type"] = df["correct_speaker_type"].str.strip().str.lower()
    bad = sorted(set(df["correct_speaker_type"]) - {"", *SPEAKER_TYPES})
    if bad:
        raise InputError(f"{where}: unknown correct_speaker_type {bad[0]!r}; use one of {', '.join(SPEAKER_TYPES)} "
                         "or leave it empty.")
    return df.reset_index(drop=True)
