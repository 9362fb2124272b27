"""Review a random sample of statements by hand, one verdict per row, saved after every verdict.

:func:`review` draws a reproducible random sample of the quotes table (stratified
by kind or frame when asked), shows each statement in its article, and records
a verdict per row:

``right``
    a statement, with the right speaker and the right span;
``wrong_speaker``
    a statement, but someone else said it (the correct speaker is recorded,
    typed or picked from the article's people);
``wrong_span``
    a statement with the right speaker, but its text is cut wrongly (too much,
    too little);
``not_statement``
    not an attributed statement at all.

When two apply, the first in the order *not a statement, wrong speaker, wrong
span* wins: the speaker is what source counts rest on.

The review file is a CSV with one row per sampled statement, written when the
review starts and rewritten atomically after every verdict, so closing the
browser loses nothing and calling :func:`review` again with the same ``path``
continues at the first row without a verdict. Rows are identified by the
article's content hash (:func:`newslab.articles.article_hash`) and the
statement's character offsets, which :func:`newslab.corrections.apply_corrections`
uses to apply the corrections to a later run. The review order is random, so
a review stopped halfway is still a random sample.

The sample is stable across releases: each statement's place in it comes from
a hash of the seed, its article's text and its offsets (:func:`draw_sample`),
so tables that differ in a few statements draw nearly the same sample. A
review file opened on such tables (a newer release, a corrected article) is
drawn again, and the verdicts on statements that are still there, with the
same speaker, carry over (:func:`newslab.verdicts.carry_verdicts`); the file as it was is kept
beside it.

:class:`Review` holds the logic (no widget code); Jupyter displays it as a
widget (:mod:`newslab.widgets`).
"""

from __future__ import annotations

import hashlib
import html
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from newslab.errors import InputError, InputTypeError, ReviewWarning, warn_once
from newslab.explorer import LiveView
from newslab.verdicts import (ENTITY_TYPES, REVIEW_COLUMNS, SPEAKER_TYPES, VERDICT_LABELS, CarriedVerdicts,
                              article_hashes, carry_verdicts, keep_earlier, normalize_verdict, read_review,
                              write_review)

if TYPE_CHECKING:
    from newslab.display import ArticleView
    from newslab.precision import ReviewSummary
    from newslab.tables import Tables

__all__ = ["Review", "review", "draw_sample"]

_STRATA = ("kind", "frame")



# ---------------------------------------------------------------------------
# The sample


def _allocate(sizes: dict[str, int], sample: int) -> dict[str, int]:
    """Proportional allocation by largest remainder (ties: the larger stratum, then by name)."""
    total = sum(sizes.values())
    exact = {k: sample * n / total for k, n in sizes.items()}
    alloc = {k: min(sizes[k], int(v)) for k, v in exact.items()}
    order = sorted(sizes, key=lambda k: (-(exact[k] - int(exact[k])), -sizes[k], k))
    left = sample - sum(alloc.values())
    while left > 0:
        progressed = False
        for k in order:
            if left and alloc[k] < sizes[k]:
                alloc[k] += 1
                left -= 1
                progressed = True
        if not progressed:
            break
    return alloc


def _hash_key(seed: int, purpose: str, article_hash: str, start: int, end: int) -> int:
    """A 64-bit key of one statement, the same on every machine and in every Python session.

    BLAKE2b of the seed, the key's purpose, the article's content hash and the
    offsets: a statement's key depends on nothing else (not on the other rows,
    their order, or Python's per-process string hashing).
    """
    message = f"newslab-review\x1f{purpose}\x1f{int(seed)}\x1f{article_hash}\x1f{int(start)}\x1f{int(end)}"
    return int.from_bytes(hashlib.blake2b(message.encode("utf-8"), digest_size=8).digest(), "big")


def sample_keys(article_hash: pd.Series, start_char: pd.Series, end_char: pd.Series, *, seed: int = 0,
                purpose: str = "sample") -> np.ndarray:
    """The hash keys of statements (``purpose``: ``"sample"`` picks them, ``"order"`` orders the review).

    Returns:
        One unsigned 64-bit key per statement.
    """
    return np.array([_hash_key(seed, purpose, str(h), int(s), int(e))
                     for h, s, e in zip(article_hash, start_char, end_char)], dtype=np.uint64)


def _smallest(frame: pd.DataFrame, n: int) -> pd.DataFrame:
    """The ``n`` rows with the smallest sample keys (ties: article id, which only duplicate articles share keys with)."""
    return frame.sort_values(["_key", "article_id"], kind="stable").head(n)


def draw_sample(tables: Tables, *, sample: int = 50, seed: int = 0, stratify: str | None = None) -> pd.DataFrame:
    """Draw a reproducible random sample of statements, in a random review order, stable across releases.

    Each statement gets a key from a hash (BLAKE2b) of the seed, its article's
    content hash and its offsets; the sample is the ``sample`` statements with
    the smallest keys (bottom-k, or consistent, sampling). A statement's key
    depends on nothing but itself, so the sample does not depend on the
    tables' row order, and when the tables change (a new release finds a few
    statements more or fewer) a statement found both times stays in the
    sample unless statements with smaller keys were added: after ``c`` added
    or removed statements, at least ``sample - c`` of the old sample are drawn
    again. Verdicts given on the old sample carry over (:func:`review`).

    With ``stratify``, each kind (or frame) gets a share of the sample
    proportional to its size (largest remainders), so rare kinds are not left
    out by chance, and takes its share of smallest keys. The review order
    follows a second hash key of the same fields.

    Args:
        tables: :class:`newslab.Tables`.
        sample: Statements to draw (all of them when there are fewer).
        seed: The seed of the hash keys: another seed draws another sample.
        stratify: None, ``"kind"`` or ``"frame"``.

    Returns:
        One row per sampled statement with :data:`REVIEW_COLUMNS` (verdicts empty), in review order.

    Raises:
        InputError: ``sample`` is below 1, ``stratify`` unknown, or there are no quotes.
    """
    if int(sample) < 1:
        raise InputError(f"sample must be at least 1, not {sample}.")
    if stratify is not None and stratify not in _STRATA:
        raise InputError(f"stratify must be None, 'kind' or 'frame', not {stratify!r}.")
    quotes = tables.quotes
    if not len(quotes):
        raise InputError("The tables hold no quotes to review. Analyse articles that quote someone first.")
    hashes = article_hashes(tables.articles)
    q = quotes.assign(article_hash=quotes["article_id"].astype(str).map(hashes))
    if q["article_hash"].isna().any():
        missing = q.loc[q["article_hash"].isna(), "article_id"].iloc[0]
        raise InputError(f"The quotes refer to article {missing!r}, which is not in the articles table.")
    q = q.reset_index(drop=True)
    q["_key"] = sample_keys(q["article_hash"], q["start_char"], q["end_char"], seed=int(seed))
    n = min(int(sample), len(q))
    if stratify is None:
        q["_stratum"] = ""
        rows = _smallest(q, n)
    else:
        q["_stratum"] = stratify + "=" + q[stratify].astype("object").where(q[stratify].notna(), "(none)").astype(str)
        sizes = q["_stratum"].value_counts().sort_index().to_dict()
        alloc = _allocate(sizes, n)
        rows = pd.concat([_smallest(q[q["_stratum"] == stratum], alloc[stratum]) for stratum in sorted(sizes)])
    rows = rows.assign(_order=sample_keys(rows["article_hash"], rows["start_char"], rows["end_char"], seed=int(seed),
                                          purpose="order"))
    rows = rows.sort_values(["_order", "article_id"], kind="stable").reset_index(drop=True)
    out = pd.DataFrame({
        "review_id": np.arange(len(rows), dtype=np.int64),
        "article_id": rows["article_id"].astype(str),
        "article_hash": rows["article_hash"].astype(str),
        "quote_id": rows["quote_id"].astype(np.int64),
        "start_char": rows["start_char"].astype(np.int64),
        "end_char": rows["end_char"].astype(np.int64),
        "stratum": rows["_stratum"].astype(str),
        "kind": _text(rows.get("kind")),
        "frame": _text(rows.get("frame")),
        "confidence": pd.to_numeric(rows["confidence"], errors="coerce") if "confidence" in rows else np.nan,
        "speaker": _text(rows.get("speaker")),
        "speaker_canonical": _text(rows.get("speaker_canonical")),
        "speaker_type": _text(rows.get("speaker_type")),
        "text": _text(rows.get("text")),
    })
    for col in ("verdict", "correct_speaker", "correct_speaker_type", "note"):
        out[col] = ""
    return out[REVIEW_COLUMNS]


def _text(series: pd.Series | None) -> Any:
    if series is None:
        return ""
    return series.astype("object").where(series.notna(), "").astype(str).reset_index(drop=True)


# ---------------------------------------------------------------------------
# The review session


def _article_tables(tables: Tables, article_id: str) -> Any:
    from types import SimpleNamespace

    parts = {}
    for name in ("articles", "quotes", "entities", "figures"):
        df = getattr(tables, name)
        parts[name] = df[df["article_id"].astype(str) == article_id].reset_index(drop=True)
    return SimpleNamespace(**parts)


class Review(LiveView):
    """A review in progress: the sampled rows, the verdicts so far, the current row, the file.

    Use :func:`review` to start or continue one. Every verdict is written to
    :attr:`path` at once. Listeners registered with :meth:`observe` (the
    widget) are told after every change.

    Attributes:
        tables: The tables under review.
        path: The review file.
        rows: One row per sampled statement (:data:`REVIEW_COLUMNS`), in review order.
        position: The row shown now (0-based).
    """

    #: Button labels by stored verdict (for the widget, which imports nothing from here).
    verdict_labels = VERDICT_LABELS

    def __init__(self, tables: Tables, *, sample: int = 50, seed: int = 0, path: str | os.PathLike = "review.csv",
                 stratify: str | None = None) -> None:
        if not isinstance(getattr(tables, "quotes", None), pd.DataFrame) or not isinstance(
                getattr(tables, "articles", None), pd.DataFrame):
            raise InputTypeError(f"review() expects newslab Tables (from nl.analyze or nl.read_tables); got {type(tables).__name__}.")
        self.tables = tables
        self.path = Path(path)
        self._listeners: list[Callable[[str], None]] = []
        drawn = draw_sample(tables, sample=sample, seed=seed, stratify=stratify)
        #: What re-opening the file carried over (None for a new file or one that fits the tables as it is).
        self.carried: CarriedVerdicts | None = None
        if self.path.exists():
            saved = read_review(self.path)
            rows, carried = carry_verdicts(saved, drawn, tables)
            if rows.drop(columns="review_id").equals(saved.drop(columns="review_id")):
                self.rows = saved
            else:
                carried.earlier = keep_earlier(self.path)
                self.rows = rows
                write_review(self.rows, self.path)
                self.carried = carried
                warn_once(carried.message(self.path), ReviewWarning)
        else:
            self.rows = drawn
            write_review(self.rows, self.path)
        hashes = article_hashes(tables.articles)
        self._article_of = {h: a for a, h in hashes.items()}
        self.position = self.next_unreviewed(start=0)
        if self.position is None:
            self.position = 0

    # -- notification --------------------------------------------------------------------------

    def observe(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(what)`` after every change (``what``: "verdict" or "position")."""
        self._listeners.append(callback)

    def _changed(self, what: str) -> None:
        for callback in list(self._listeners):
            callback(what)

    # -- progress ------------------------------------------------------------------------------

    @property
    def n_total(self) -> int:
        """Statements in the sample."""
        return len(self.rows)

    @property
    def n_reviewed(self) -> int:
        """Statements with a verdict."""
        return int((self.rows["verdict"] != "").sum())

    @property
    def is_done(self) -> bool:
        """True when every sampled statement has a verdict."""
        return self.n_reviewed == self.n_total

    def next_unreviewed(self, *, start: int | None = None) -> int | None:
        """The first row without a verdict at or after ``start`` (wrapping around), or None when all are done."""
        n = self.n_total
        begin = self.position if start is None else int(start)
        todo = (self.rows["verdict"] == "").to_numpy()
        for k in range(n):
            i = (begin + k) % n
            if todo[i]:
                return i
        return None

    # -- moving ----------------------------------------------------------------------------------

    def go_to(self, position: int) -> None:
        """Show row ``position`` (0-based, clipped to the sample)."""
        self.position = min(max(0, int(position)), self.n_total - 1)
        self._changed("position")

    def next(self) -> None:
        """Show the next row (stays on the last)."""
        self.go_to(self.position + 1)

    def previous(self) -> None:
        """Show the previous row (stays on the first)."""
        self.go_to(self.position - 1)

    # -- the current row ---------------------------------------------------------------------------

    def current(self) -> pd.Series:
        """The row shown now (a copy)."""
        return self.rows.iloc[self.position].copy()

    def article_id(self, position: int | None = None) -> str | None:
        """The id of the row's article in these tables (found by content hash), or None when it is not there."""
        row = self.rows.iloc[self.position if position is None else int(position)]
        return self._article_of.get(str(row["article_hash"]))

    def people(self, position: int | None = None) -> dict[str, str]:
        """Who could have said it: the article's speakers and named people and organisations, with their types.

        Returns:
            ``{name: speaker_type}`` in order of first mention (speakers newslab found first).
        """
        aid = self.article_id(position)
        if aid is None:
            return {}
        found: dict[str, str] = {}
        quotes = self.tables.quotes
        quotes = quotes[quotes["article_id"].astype(str) == aid].sort_values("start_char", kind="stable")
        for name, stype in zip(quotes["speaker_canonical"].fillna(""), quotes["speaker_type"].astype("object").fillna("")):
            name = str(name).strip()
            if name and name not in found:
                found[name] = str(stype) or "unknown"
        ents = self.tables.entities
        ents = ents[(ents["article_id"].astype(str) == aid) & ents["label"].astype(str).isin(list(ENTITY_TYPES))]
        for name, label in zip(ents["canonical"].fillna(ents["text"]), ents["label"].astype(str)):
            name = str(name).strip()
            if name and name not in found:
                found[name] = ENTITY_TYPES[label]
        return found

    def view(self, position: int | None = None) -> ArticleView | None:
        """The row's article with the statement outlined, or None when the article is not in these tables."""
        from newslab.display import show

        pos = self.position if position is None else int(position)
        aid = self.article_id(pos)
        if aid is None:
            return None
        row = self.rows.iloc[pos]
        return show(_article_tables(self.tables, aid), aid, highlight=[(int(row["start_char"]), int(row["end_char"]))])

    def claim_html(self, position: int | None = None) -> str:
        """What newslab says about the row, as a short HTML paragraph (escaped)."""
        row = self.rows.iloc[self.position if position is None else int(position)]
        who = row["speaker_canonical"] or row["speaker"] or "no speaker"
        parts = [f"<b>{html.escape(str(who))}</b> ({html.escape(str(row['speaker_type']) or 'unknown')})"]
        if row["speaker_canonical"] and row["speaker"] and row["speaker"] != row["speaker_canonical"]:
            parts.append(f"written as “{html.escape(str(row['speaker']))}”")
        parts.append(html.escape(str(row["kind"]) or "statement"))
        if row["frame"]:
            parts.append(f"frame {html.escape(str(row['frame']))}")
        if pd.notna(row["confidence"]):
            parts.append(f"confidence {float(row['confidence']):.2f}")
        note = (f"<br><span class='nl-note' style='color:#8a4b00;'>note: {html.escape(str(row['note']))}</span>"
                if str(row["note"]).strip() else "")
        return ("<div style='margin:4px 0;'>newslab says: " + " · ".join(parts)
                + f"<br><span style='color:#555;'>statement: “{html.escape(str(row['text']))}”</span>{note}</div>")

    # -- verdicts ----------------------------------------------------------------------------------

    def record(self, verdict: str, *, speaker: str | None = None, speaker_type: str | None = None,
               note: str | None = None, position: int | None = None) -> None:
        """Record the verdict for a row (default: the current one), save the file, move to the next unreviewed row.

        Args:
            verdict: ``right``, ``wrong span``, ``wrong speaker`` or ``not a statement``
                (or the stored spellings ``wrong_span`` ...); ``""`` clears the row's verdict.
            speaker: The correct speaker, required for ``wrong speaker`` (a name
                from :meth:`people` or typed; for an unnamed source, the
                description, e.g. "a council source").
            speaker_type: person, organization, media, document or anonymous;
                default: the type :meth:`people` gives the name, else unknown.
            note: Free text kept in the file.
            position: The row (0-based); default the current row.

        Raises:
            InputError: An unknown verdict, a wrong speaker without the correct
                one, or an unknown speaker type.
        """
        pos = self.position if position is None else int(position)
        if not 0 <= pos < self.n_total:
            raise InputError(f"The sample has {self.n_total} rows; row {pos} does not exist.")
        value = normalize_verdict(verdict)
        name = " ".join(str(speaker or "").split())
        stype = str(speaker_type or "").strip().lower()
        if value == "wrong_speaker":
            if not name:
                raise InputError("A 'wrong speaker' verdict needs the correct speaker: "
                                 "record('wrong speaker', speaker='Jane Smith').")
            if stype and stype not in SPEAKER_TYPES:
                raise InputError(f"speaker_type must be one of {', '.join(SPEAKER_TYPES)}, not {speaker_type!r}.")
            if not stype:
                known = {k.lower(): v for k, v in self.people(pos).items()}
                stype = known.get(name.lower(), "unknown")
        else:
            name, stype = "", ""
        self.rows.loc[pos, ["verdict", "correct_speaker", "correct_speaker_type"]] = [value, name, stype]
        if note is not None:
            self.rows.loc[pos, "note"] = " ".join(str(note).split())
        write_review(self.rows, self.path)
        following = self.next_unreviewed(start=pos + 1 if pos + 1 < self.n_total else 0) if value else pos
        self.position = pos if following is None else following
        self._changed("verdict")

    def summary(self) -> ReviewSummary:
        """Precision with Wilson intervals from the verdicts so far (:func:`newslab.review_summary`)."""
        from newslab.precision import review_summary

        return review_summary(self.rows)

    # -- display -----------------------------------------------------------------------------------

    def status(self) -> str:
        """One line: where the review stands."""
        return (f"Statement {self.position + 1} of {self.n_total} · {self.n_reviewed} reviewed"
                + (" (done)" if self.is_done else "") + f" · saved to {self.path}")

    def static_html(self, reason: str | None = None) -> str:
        """What a notebook shows without a running kernel: a note, the progress and the verdicts so far."""
        why = reason or ("This is a static copy of newslab's review: recording verdicts needs a running Jupyter "
                         "kernel (open the notebook in JupyterLab and run the cell).")
        counts = self.rows["verdict"].replace("", "(not yet)").value_counts()
        items = "".join(f"<li>{html.escape(VERDICT_LABELS.get(k, k))}: {v}</li>" for k, v in counts.items())
        return (
            "<div class='newslab-review-static' style='background:#ffffff;color:#222222;'>"
            f"{self._static_note(why)}"
            f"<p style='margin:4px 0;'>{html.escape(self.status())}</p><ul style='margin:2px 0;'>{items}</ul></div>"
        )

    def __repr__(self) -> str:
        return f"<newslab Review: {self.status()}>"

    def _build_widget(self) -> Any:
        from newslab.widgets import review_widget  # lazy: ipywidgets is optional

        return review_widget(self)


def review(tables: Tables, *, sample: int = 50, seed: int = 0, path: str | os.PathLike = "review.csv",
           stratify: str | None = None) -> Review:
    """Review a random sample of statements by hand; every verdict is saved to ``path`` at once.

    In JupyterLab the result is a widget: the statement in its article
    (outlined), what newslab says about it, and buttons *Right*, *Wrong span*,
    *Wrong speaker* (then pick or type the correct speaker) and *Not a
    statement*. After each click the verdict is written to the CSV and the
    next statement appears. Calling ``review`` again with the same path
    continues where the last session stopped.

    Args:
        tables: :class:`newslab.Tables`.
        sample: Statements to review.
        seed: Random seed: the same tables, sample and seed draw the same statements,
            and tables that differ in a few statements nearly the same ones.
        path: The review file (CSV), created when missing. A file drawn from
            other tables (a newer release) or with other settings is drawn
            again: verdicts on statements still in the sample with the same
            speaker carry over, statements that changed are shown again with
            a note, and the file as it was is kept as ``<name>.earlier-1.csv``
            (a :class:`ReviewWarning` says what was done).
        stratify: None, ``"kind"`` or ``"frame"``: draw from each kind (frame)
            in proportion to its size.

    Returns:
        A :class:`Review`; verdicts can also be recorded from code with
        :meth:`Review.record`.

    Raises:
        InputTypeError: ``tables`` is not newslab Tables.
        InputError: A bad option, or no quotes to review.

    Warns:
        ReviewWarning: The file at ``path`` was drawn from other tables or with
        other settings: how many verdicts carried over, which statements
        changed, where the earlier file is kept.

    Example:
        >>> import newslab as nl                                          # doctest: +SKIP
        >>> r = nl.review(tables, sample=50, seed=0, path="review.csv")   # doctest: +SKIP
        >>> r                                                             # doctest: +SKIP
    """
    return Review(tables, sample=sample, seed=seed, path=path, stratify=stratify)
