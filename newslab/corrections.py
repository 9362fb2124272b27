"""Corrections that persist: a hand review applied to finished tables.

A review file (:func:`newslab.review`) records, per sampled statement, whether
newslab got it right. :func:`apply_corrections` carries two kinds of verdict
into a set of tables, for example those of a later run over the same corpus:

- **wrong speaker**: the statement gets the reviewer's speaker
  (``speaker_canonical``, ``speaker_type``, the nearest mention of that name
  as ``speaker`` with its offsets and ``speaker_ent_id``); the old speaker's
  title, organisation and target sentiment are cleared, ``confidence``
  becomes 1.0 (a person checked it), and ``corrected`` is True;
- **not a statement**: the row is dropped; the article's ``quote_id`` are
  renumbered in text order, and the figures' ``quote_id``/``attributed_to``,
  the entities' ``in_quote`` and the sentences' ``has_quote`` follow.

The sources table is rebuilt from the corrected quotes for the articles that
changed. *Right* and *wrong span* verdicts change nothing (they count in
:func:`newslab.review_summary`).

A correction is matched by the article's content hash
(:func:`newslab.articles.article_hash`) and the statement's character
offsets, never by id alone: if an article's text has changed since the
review, its corrections are not applied and a :class:`ReviewWarning` says
so; a statement no longer found at the reviewed offsets (the extraction
rules changed) is reported the same way.

This is a corpus-level step on finished Tables (it needs nothing but the
tables and the file); :func:`newslab.analyze` and ``newslab analyze`` run it
last when given ``corrections=`` / ``--corrections``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from newslab.errors import InputTypeError, ReviewWarning, warn_once
from newslab.schema import conform

if TYPE_CHECKING:
    from newslab.tables import Tables

__all__ = ["apply_corrections", "CorrectionReport", "ACTIONS"]

#: Verdicts that change the tables.
ACTIONS: tuple[str, ...] = ("wrong_speaker", "not_statement")
_UNNAMED = ("anonymous", "unknown")


@dataclass
class CorrectionReport:
    """What applying a review did, by ``review_id`` (adds up over the chunks of a corpus run).

    Attributes:
        corrected: Rows whose speaker was changed.
        dropped: Rows dropped as not a statement.
        stale: Rows whose article is in the tables with a different text: ``{review_id: article_id}``.
        unmatched: Rows whose article is there but no statement at the reviewed offsets.
        actions: Every row with a changing verdict in the file.
        nameless: Wrong-speaker rows that name no correct speaker (not applied).
        source: The review file's name and SHA-256 (for the manifest).
    """

    corrected: set[int] = field(default_factory=set)
    dropped: set[int] = field(default_factory=set)
    stale: dict[int, str] = field(default_factory=dict)
    unmatched: set[int] = field(default_factory=set)
    actions: set[int] = field(default_factory=set)
    nameless: set[int] = field(default_factory=set)
    source: dict[str, str] = field(default_factory=dict)

    def update(self, other: CorrectionReport) -> None:
        """Add another chunk's report to this one."""
        self.corrected |= other.corrected
        self.dropped |= other.dropped
        self.stale.update(other.stale)
        self.unmatched |= other.unmatched
        self.actions |= other.actions
        self.nameless |= other.nameless
        self.source = self.source or other.source

    @property
    def absent(self) -> set[int]:
        """Rows whose article was in none of the tables seen."""
        return self.actions - self.corrected - self.dropped - set(self.stale) - self.unmatched

    def meta(self) -> dict[str, Any]:
        """The record kept in the tables' ``attrs`` and the dataset manifest."""
        return {**self.source, "corrected": len(self.corrected), "dropped": len(self.dropped),
                "stale": len(self.stale), "unmatched": len(self.unmatched), "absent": len(self.absent)}

    def warn(self) -> None:
        """One :class:`ReviewWarning` per kind of correction that could not be applied."""
        name = self.source.get("file", "the review file")
        if self.stale:
            ids = sorted(set(self.stale.values()))
            warn_once(f"{len(self.stale)} correction(s) in {name} were not applied because the article's text has "
                      f"changed since the review (articles {', '.join(ids[:5])}{' ...' if len(ids) > 5 else ''}). "
                      "Review those articles again.", ReviewWarning, stacklevel=4)
        if self.unmatched:
            warn_once(f"{len(self.unmatched)} correction(s) in {name} were not applied because no statement is found "
                      "at the reviewed offsets any more (the extraction rules have changed). Review a new sample.",
                      ReviewWarning, stacklevel=4)
        if self.nameless:
            warn_once(f"{len(self.nameless)} 'wrong speaker' verdict(s) in {name} give no correct speaker; they were "
                      "not applied. Fill in correct_speaker in the file (or review them again).", ReviewWarning,
                      stacklevel=4)
        if self.absent:
            warn_once(f"{len(self.absent)} correction(s) in {name} are for articles that are not in these tables; "
                      "they were not applied.", ReviewWarning, stacklevel=4)


def _file_record(review: Any) -> dict[str, str]:
    if isinstance(review, (str, os.PathLike)):
        path = Path(review)
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            digest = ""
        return {"file": path.name, "sha256": digest}
    return {"file": "<DataFrame>"}


def _nearest_mention(ents: pd.DataFrame, name: str, start: int, end: int) -> pd.Series | None:
    """The mention of ``name`` (canonical or as written) nearest the statement, outside it first."""
    if not len(ents):
        return None
    key = name.lower()
    hits = ents[(ents["canonical"].fillna("").str.lower() == key) | (ents["text"].fillna("").str.lower() == key)]
    if not len(hits):
        return None
    s = hits["start_char"].to_numpy()
    e = hits["end_char"].to_numpy()
    inside = (s >= start) & (e <= end)
    distance = np.where(e <= start, start - e, np.where(s >= end, s - end, 0))
    order = np.lexsort((s, distance, inside))
    return hits.iloc[int(order[0])]


def _speaker_type(name: str, given: str, ents: pd.DataFrame, quotes: pd.DataFrame) -> str:
    from newslab.verdicts import ENTITY_TYPES

    if given:
        return given
    key = name.lower()
    said = quotes[quotes["speaker_canonical"].fillna("").str.lower() == key]
    if len(said):
        return str(said["speaker_type"].iloc[0])
    named = ents[(ents["canonical"].fillna("").str.lower() == key) & ents["label"].astype(str).isin(list(ENTITY_TYPES))]
    if len(named):
        return ENTITY_TYPES[str(named["label"].iloc[0])]
    return "unknown"


def _fix_speaker(quotes: pd.DataFrame, i: int, row: pd.Series, ents: pd.DataFrame) -> None:
    """Give quote row ``i`` the reviewer's speaker (in place)."""
    name = str(row["correct_speaker"]).strip()
    article_quotes = quotes[quotes["article_id"] == quotes.at[i, "article_id"]]
    stype = _speaker_type(name, str(row["correct_speaker_type"]).strip().lower(), ents, article_quotes)
    start, end = int(quotes.at[i, "start_char"]), int(quotes.at[i, "end_char"])
    mention = _nearest_mention(ents, name, start, end)
    canonical = "" if stype in _UNNAMED else name
    if mention is not None:
        quotes.at[i, "speaker"] = str(mention["text"])
        quotes.at[i, "speaker_start_char"] = int(mention["start_char"])
        quotes.at[i, "speaker_end_char"] = int(mention["end_char"])
        quotes.at[i, "speaker_ent_id"] = int(mention["ent_id"])
        quotes.at[i, "speaker_resolved"] = int(mention["sent_id"]) != int(quotes.at[i, "sent_id"])
        if stype not in _UNNAMED and isinstance(mention["canonical"], str) and mention["canonical"]:
            canonical = str(mention["canonical"])
    else:
        quotes.at[i, "speaker"] = name
        for col in ("speaker_start_char", "speaker_end_char", "speaker_ent_id"):
            quotes.at[i, col] = pd.NA
        quotes.at[i, "speaker_resolved"] = True
    quotes.at[i, "speaker_canonical"] = canonical
    quotes.at[i, "speaker_type"] = stype
    for col in ("speaker_title", "speaker_org"):
        if col in quotes.columns:
            quotes.at[i, col] = ""
    for col, empty in (("target_label", None), ("target_score", np.nan)):
        if col in quotes.columns:
            quotes.at[i, col] = empty
    quotes.at[i, "confidence"] = 1.0
    quotes.at[i, "corrected"] = True


def _follow_quotes(tables: dict[str, pd.DataFrame], changed: set[str]) -> None:
    """Renumber quotes and update figures, entities, sentences and sources of the changed articles (in place)."""
    from newslab.sources import sources_table

    quotes = tables["quotes"]
    mine = quotes["article_id"].isin(changed)
    quotes.loc[mine, "quote_id"] = quotes[mine].groupby("article_id", sort=False).cumcount().astype(np.int64)
    spans: dict[str, list[tuple[int, int, int, str]]] = {aid: [] for aid in changed}
    for aid, qid, s, e, canon, spk in zip(quotes.loc[mine, "article_id"], quotes.loc[mine, "quote_id"],
                                          quotes.loc[mine, "start_char"], quotes.loc[mine, "end_char"],
                                          quotes.loc[mine, "speaker_canonical"].fillna(""),
                                          quotes.loc[mine, "speaker"].fillna("")):
        spans[str(aid)].append((int(s), int(e), int(qid), str(canon) or str(spk)))
    figures = tables["figures"]
    for i in np.flatnonzero(figures["article_id"].isin(changed).to_numpy()):
        a, b = int(figures.at[i, "start_char"]), int(figures.at[i, "end_char"])
        inside = [q for q in spans[str(figures.at[i, "article_id"])] if q[0] <= a and b <= q[1]]
        if inside:
            q = min(inside, key=lambda q: (q[1] - q[0], q[2]))  # the innermost statement claims it, as in figures
            figures.at[i, "quote_id"], figures.at[i, "attributed_to"] = q[2], q[3]
        else:
            figures.at[i, "quote_id"], figures.at[i, "attributed_to"] = pd.NA, pd.NA
    entities = tables["entities"]
    for i in np.flatnonzero(entities["article_id"].isin(changed).to_numpy()):
        a, b = int(entities.at[i, "start_char"]), int(entities.at[i, "end_char"])
        entities.at[i, "in_quote"] = any(qa <= a and b <= qb for qa, qb, _, _ in spans[str(entities.at[i, "article_id"])])
    sentences = tables["sentences"]
    for i in np.flatnonzero(sentences["article_id"].isin(changed).to_numpy()):
        a, b = int(sentences.at[i, "start_char"]), int(sentences.at[i, "end_char"])
        sentences.at[i, "has_quote"] = any(qa < b and a < qb for qa, qb, _, _ in spans[str(sentences.at[i, "article_id"])])
    sources = tables["sources"]
    rebuilt = sources_table(quotes[mine].reset_index(drop=True))
    kept = sources[~sources["article_id"].isin(changed)]
    joined = pd.concat([kept, conform(rebuilt, "sources")], ignore_index=True) if len(rebuilt) else kept
    position = {aid: k for k, aid in enumerate(tables["articles"]["article_id"].astype(str))}
    order = joined["article_id"].astype(str).map(position).fillna(len(position)).to_numpy()
    tables["sources"] = joined.iloc[np.argsort(order, kind="stable")].reset_index(drop=True)


def correct_tables(tables: Tables, review: Any) -> tuple[Tables, CorrectionReport]:
    """Apply a review to tables without warning; returns the new tables and what was done.

    The building block of :func:`apply_corrections`, for callers that apply
    one review to many chunks of a corpus and warn once at the end
    (``CorrectionReport.update``, ``CorrectionReport.warn``).
    """
    from newslab.verdicts import article_hashes, read_review
    from newslab.tables import Tables as TablesClass

    if not isinstance(getattr(tables, "quotes", None), pd.DataFrame):
        raise InputTypeError(f"apply_corrections() expects newslab Tables; got {type(tables).__name__}.")
    rows = read_review(review)
    report = CorrectionReport(source=_file_record(review))
    todo = rows[rows["verdict"].isin(ACTIONS)]
    nameless = (todo["verdict"] == "wrong_speaker") & (todo["correct_speaker"].str.strip() == "")
    report.nameless = set(todo.loc[nameless, "review_id"].astype(int))
    todo = todo[~nameless]
    report.actions = set(todo["review_id"].astype(int))
    frames = {name: df.copy() for name, df in tables.items()}
    for name, df in frames.items():
        df.attrs = dict(getattr(tables, name).attrs)
    if not len(todo):
        return TablesClass(**frames, meta=dict(tables.meta)), report
    hashes = article_hashes(frames["articles"])
    by_hash: dict[str, list[str]] = {}
    for aid, h in hashes.items():
        by_hash.setdefault(h, []).append(aid)
    quotes = frames["quotes"]
    quotes["corrected"] = quotes["corrected"].astype(bool)
    qkey = {(str(a), int(s), int(e)): i for i, (a, s, e) in
            enumerate(zip(quotes["article_id"], quotes["start_char"], quotes["end_char"]))}
    entities = frames["entities"]
    drop: list[int] = []
    changed: set[str] = set()
    for row in todo.itertuples(index=False):
        rid = int(row.review_id)
        targets = by_hash.get(str(row.article_hash), [])
        if not targets:
            if str(row.article_id) in hashes:
                report.stale[rid] = str(row.article_id)
            continue
        found = False
        for aid in targets:
            i = qkey.get((aid, int(row.start_char), int(row.end_char)))
            if i is None:
                continue
            found = True
            changed.add(aid)
            if row.verdict == "not_statement":
                drop.append(i)
                report.dropped.add(rid)
            else:
                _fix_speaker(quotes, i, pd.Series(row._asdict()), entities[entities["article_id"] == aid])
                report.corrected.add(rid)
        if not found:
            report.unmatched.add(rid)
    if changed:
        frames["quotes"] = quotes.drop(index=sorted(set(drop))).reset_index(drop=True)
        _follow_quotes(frames, changed)
        for name in ("quotes", "figures", "entities", "sentences", "sources"):
            attrs = frames[name].attrs
            frames[name] = conform(frames[name], name)
            frames[name].attrs = attrs
    meta = dict(tables.meta)
    meta["corrections"] = report.meta()
    for df in frames.values():
        df.attrs = {**df.attrs, "corrections": report.meta()}
    return TablesClass(**frames, meta=meta), report


def apply_corrections(tables: Tables, review: str | os.PathLike | pd.DataFrame) -> Tables:
    """Apply a hand review's corrections to finished tables (new tables; the input is not changed).

    Corrected speakers are set and marked ``corrected=True``; statements
    marked *not a statement* are dropped; ids, figures, ``in_quote``,
    ``has_quote`` and the sources table follow. Corrections are matched by
    the article's content hash and the statement's offsets, so an article
    whose text changed since the review keeps newslab's own result.

    Args:
        tables: :class:`newslab.Tables`.
        review: The review file written by :func:`newslab.review` (or a DataFrame read from one).

    Returns:
        New :class:`newslab.Tables`; ``meta["corrections"]`` (also in every
        table's ``attrs``) counts what was applied and what was not.

    Raises:
        SourceNotFoundError: No such review file.
        InputError: It is not a review file.

    Warns:
        ReviewWarning: Corrections for articles whose text changed, for
        statements no longer found, or for articles not in the tables.

    Example:
        >>> import newslab as nl                                            # doctest: +SKIP
        >>> fixed = nl.apply_corrections(tables, "review.csv")              # doctest: +SKIP
        >>> fixed.quotes[fixed.quotes["corrected"]]                         # doctest: +SKIP
    """
    fixed, report = correct_tables(tables, review)
    report.warn()
    return fixed
