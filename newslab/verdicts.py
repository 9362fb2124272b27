"""The review file: one verdict per sampled statement, read and written atomically.

A review (:func:`newslab.review`) writes a CSV with one row per sampled
statement: the row's identity (the article's content hash and the statement's
offsets), what newslab said about it, and the reviewer's verdict. This module
owns that format, shared by the review, :mod:`newslab.corrections` and
:mod:`newslab.precision`: the verdicts and their spellings, the columns,
reading a file (also one edited in a spreadsheet) and writing one atomically
(:func:`newslab.io.atomic_file`: a hidden temporary file renamed into place,
with the permissions of an ordinary new file), and carrying a file's verdicts
over to a sample drawn again from newer tables (:func:`carry_verdicts`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from newslab.errors import InputError, SourceNotFoundError
from newslab.io import atomic_file

if TYPE_CHECKING:
    from newslab.tables import Tables

__all__ = ["VERDICTS", "VERDICT_LABELS", "REVIEW_COLUMNS", "SPEAKER_TYPES", "ENTITY_TYPES", "normalize_verdict",
           "read_review", "write_review", "article_hashes", "carry_verdicts", "CarriedVerdicts", "keep_earlier"]

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


# ---------------------------------------------------------------------------
# Re-opening a review file: verdicts carried over to a new draw

_VERDICT_FIELDS = ["verdict", "correct_speaker", "correct_speaker_type", "note"]


def _said(row: Any) -> tuple[str, str]:
    """Who newslab said spoke, as a verdict judged it: the resolved name (else the mention) and the type."""
    name = str(row["speaker_canonical"]).strip() or str(row["speaker"]).strip()
    return " ".join(name.lower().split()), str(row["speaker_type"]).strip().lower()


def _claim(row: Any) -> str:
    name = str(row["speaker_canonical"]).strip() or str(row["speaker"]).strip() or "no speaker"
    return f"{name} ({str(row['speaker_type']).strip() or 'unknown'})"


def _short(text: str, n: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass
class CarriedVerdicts:
    """What re-opening a review file on other tables (a newer release, other settings) did with its verdicts.

    Attributes:
        carried: Verdicts kept: the same statement (article text and offsets) with the same speaker.
        changed: ``{review_id: why}``: rows reviewed before whose statement changed (another speaker, or a
            span that overlaps the reviewed one); shown again without a verdict, the reason in ``note``.
        new: Rows in the sample that were not in the file.
        left_out: Verdicts on rows no longer in the sample: ``{"gone": n, "not drawn": n}`` (gone: no
            statement at those offsets in these tables any more; not drawn: still there, but outside the
            sample, pushed out by new statements or drawn with another sample size, seed or stratification).
        earlier: Where the file as it was before is kept.
    """

    carried: int = 0
    changed: dict[int, str] = field(default_factory=dict)
    new: int = 0
    left_out: dict[str, int] = field(default_factory=lambda: {"gone": 0, "not drawn": 0})
    earlier: Path | None = None

    def message(self, path: Path) -> str:
        """The warning re-opening gives: what was kept, what must be reviewed again, where the old file is."""
        parts = [f"{path} was drawn from other tables (a newer newslab release, changed articles) or with other "
                 f"settings; the sample was drawn again and {self.carried} verdict(s) carried over to the same "
                 "statements."]
        if self.changed:
            parts.append(f"{len(self.changed)} reviewed statement(s) changed since (another speaker, or another "
                         "span) and are shown again without a verdict; the note column says what changed.")
        if self.new:
            parts.append(f"{self.new} statement(s) are new in the sample.")
        gone, out = self.left_out["gone"], self.left_out["not drawn"]
        if gone or out:
            parts.append(f"{gone + out} verdict(s) are on statements no longer in the sample ({gone} no longer found "
                         f"at the reviewed offsets, {out} not drawn).")
        if self.earlier is not None:
            parts.append(f"The file as it was is kept as {self.earlier}.")
        return " ".join(parts)


def carry_verdicts(saved: pd.DataFrame, drawn: pd.DataFrame, tables: Tables | None = None
                   ) -> tuple[pd.DataFrame, CarriedVerdicts]:
    """Carry the verdicts of a review file over to a newly drawn sample.

    Rows are matched by the article's content hash and the statement's
    offsets. A verdict is kept when newslab still names the same speaker (the
    resolved name, else the mention, and its type), since that is what a
    verdict judges; a *not a statement* verdict is kept whatever the speaker
    (the text at those offsets is the same). Otherwise the row is shown
    again without a verdict, and its ``note`` says what changed and what the
    earlier verdict was: for a row at the same offsets whose speaker changed,
    and for a row whose span overlaps a reviewed statement of the same
    article text that is no longer found (its span changed).

    Args:
        saved: The review file's rows (:func:`read_review`).
        drawn: The new sample (:func:`newslab.reviewing.draw_sample`).
        tables: The tables drawn from, to tell verdicts on statements that are gone from ones not drawn.

    Returns:
        The new rows (the drawn sample and order, with the verdicts carried over) and what was done.
    """
    report = CarriedVerdicts()
    rows = drawn.copy()
    done = saved[saved["verdict"] != ""]
    by_key = {(str(h), int(s), int(e)): r for h, s, e, r in
              zip(done["article_hash"], done["start_char"], done["end_char"], done.to_dict("records"))}
    drawn_keys = {(str(h), int(s), int(e)) for h, s, e in zip(drawn["article_hash"], drawn["start_char"], drawn["end_char"])}
    used: set[tuple[str, int, int]] = set()
    saved_keys = {(str(h), int(s), int(e)) for h, s, e in zip(saved["article_hash"], saved["start_char"], saved["end_char"])}
    for i, row in rows.iterrows():
        key = (str(row["article_hash"]), int(row["start_char"]), int(row["end_char"]))
        old = by_key.get(key)
        if old is not None:
            used.add(key)
            if old["verdict"] == "not_statement" or _said(old) == _said(row):
                rows.loc[i, _VERDICT_FIELDS] = [old[f] for f in _VERDICT_FIELDS]
                report.carried += 1
            else:
                fix = f", corrected to {old['correct_speaker']}" if str(old["correct_speaker"]).strip() else ""
                why = (f"Reviewed before as {VERDICT_LABELS[old['verdict']].lower()}{fix} when newslab said "
                       f"{_claim(old)}; the speaker has changed since.")
                rows.loc[i, "note"] = " ".join([why, str(old["note"])]).strip()
                report.changed[int(row["review_id"])] = why
            continue
        if key not in saved_keys:
            report.new += 1
    present: set[tuple[str, int, int]] = set()
    if tables is not None:
        hashes = article_hashes(tables.articles)
        q = tables.quotes
        present = {(hashes.get(str(a), ""), int(s), int(e)) for a, s, e in zip(q["article_id"], q["start_char"], q["end_char"])}
    # A reviewed statement no longer found whose span overlaps a statement in the sample: the span changed.
    gone = [k for k in by_key if k not in used and k not in present and k not in drawn_keys]
    for key in gone:
        old = by_key[key]
        same = rows[(rows["article_hash"] == key[0]) & (rows["start_char"] < key[2]) & (key[1] < rows["end_char"])
                    & (rows["verdict"] == "")]
        if not len(same):
            continue
        overlap = (same["end_char"].clip(upper=key[2]) - same["start_char"].clip(lower=key[1])).clip(lower=0)
        i = overlap.idxmax()
        rid = int(rows.at[i, "review_id"])
        if rid in report.changed:
            continue
        why = (f"Reviewed before as {VERDICT_LABELS[old['verdict']].lower()} when newslab marked "
               f"“{_short(old['text'])}” ({key[1]}-{key[2]}) and said {_claim(old)}; the span has changed since.")
        rows.at[i, "note"] = why
        report.changed[rid] = why
        used.add(key)
    for key in by_key:
        if key not in used and key not in drawn_keys:
            report.left_out["not drawn" if key in present else "gone"] += 1
    return rows[REVIEW_COLUMNS], report


def keep_earlier(path: Path) -> Path:
    """Copy the review file beside itself before it is rewritten: ``review.earlier-1.csv`` (the first free number)."""
    data = path.read_bytes()
    k = 1
    while True:
        target = path.with_name(f"{path.stem}.earlier-{k}{path.suffix}")
        if not target.exists():
            with atomic_file(target) as handle:
                handle.write(data)
            return target
        if target.read_bytes() == data:
            return target
        k += 1
