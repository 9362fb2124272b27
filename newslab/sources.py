"""The sources table: who gets a voice in each article, and how.

One row per source per article, built from the quotes table: a source is the
resolved speaker (``speaker_canonical``), or, for unnamed sources, the
description as written ("A Japanese government source"). Wire-service
credits live on the articles table and are never sources here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd

__all__ = ["sources_table", "SOURCE_COLUMNS"]

SOURCE_COLUMNS = [
    "article_id", "source", "source_type", "speaker_title", "is_named", "n_quotes", "n_direct", "n_indirect",
    "n_mixed", "n_speech", "n_belief", "n_evidence", "n_stance", "n_directive", "n_words_quoted", "n_via", "first_start_char",
]

#: The frames counted per source (``quotes.frame``); a row without a frame counts as speech.
FRAMES = ("speech", "belief", "evidence", "stance", "directive")

_NAMED_TYPES = frozenset({"person", "organization", "media", "document"})


def joint_name(names: list[str]) -> str:
    """The one written form of a joint speaker: 'A', 'A and B', 'A, B and C'.

    The gold sets and the annotation guideline write three or more names this way (no
    serial comma), so every rule that joins names uses it and one group is one source.

    Example:
        >>> joint_name(["Ewan Reid", "Gillian Moss", "Hamish Grant"])
        'Ewan Reid, Gillian Moss and Hamish Grant'
    """
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# The separators of a joint speaker's members ('A and B', 'A, B and C', 'A, B, and C').
_JOINT_SEPARATORS = re.compile(r"(,\s+and\s+|,\s+|\s+and\s+)")


def joint_members(name: str) -> list[str]:
    """The members of a joint name ('A and B', 'A, B and C', 'A, B, and C'); a name with no
    separator is its only member.

    Example:
        >>> joint_members("Ann Lee, Tom Ross and Kay Moss")
        ['Ann Lee', 'Tom Ross', 'Kay Moss']
    """
    return _JOINT_SEPARATORS.split(name)[::2]


def map_joint_members(name: str, one: Callable[[str], str]) -> str:
    """``name`` with each member of a joint name ('A and B', 'A, B and C') mapped by ``one``,
    the separators kept as written; a name with no separator is mapped whole.

    Example:
        >>> map_joint_members("Acme, Bolt and U.S.", {"U.S.": "United States"}.get)
        'Acme, Bolt and United States'
    """
    parts = _JOINT_SEPARATORS.split(name)
    return "".join(part if k % 2 else (one(part) or part) for k, part in enumerate(parts))


def _text(value: object) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def sources_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """Aggregate a quotes table (with ``article_id``) into one row per source per article.

    Statements whose speaker was resolved to the same canonical name count for
    one source ("he", "Kono" and "Taro Kono" are one person); unnamed sources
    are told apart by their description (case-insensitive) and type. Each
    source's statements are counted by kind (``n_direct`` ...) and by frame
    (``n_speech``, ``n_belief``, ``n_evidence``, ``n_stance``,
    ``n_directive``; a quotes table without ``frame`` counts all as speech).

    Args:
        quotes: The quotes table (as produced by :func:`newslab.analyze`).

    Returns:
        Columns :data:`SOURCE_COLUMNS`, articles in order of appearance and
        sources by their first statement; ``quotes`` is not changed.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a", "a"], "start_char": [0, 40], "text": ["We will win", "It is over"],
        ...     "kind": ["direct", "indirect"], "speaker": ["Smith", "he"], "speaker_canonical": ["Jane Smith"] * 2,
        ...     "speaker_type": ["person"] * 2, "speaker_title": ["coach", ""], "via": ["", ""]})
        >>> sources_table(q)[["source", "n_quotes", "n_direct", "n_speech", "n_words_quoted"]].values.tolist()
        [['Jane Smith', 2, 1, 2, 6]]
    """
    if quotes is None or not len(quotes):
        return pd.DataFrame({c: pd.Series([], dtype="object") for c in SOURCE_COLUMNS})
    groups: dict[tuple[str, str, str], dict] = {}
    order: list[tuple[str, str, str]] = []
    cols = ["article_id", "start_char", "text", "kind", "speaker", "speaker_canonical", "speaker_type", "speaker_title", "via"]
    frames = quotes["frame"] if "frame" in quotes.columns else pd.Series(["speech"] * len(quotes), index=quotes.index)
    quotes = quotes[cols].assign(frame=frames)
    for row in quotes.sort_values(["article_id", "start_char"], kind="stable").itertuples(index=False):
        canonical = _text(row.speaker_canonical)
        stype = _text(row.speaker_type) or "unknown"
        written = _text(row.speaker)
        source = canonical or written or "(unknown)"
        key = (_text(row.article_id), source.lower(), stype)
        g = groups.get(key)
        if g is None:
            g = groups[key] = {
                "article_id": key[0], "source": source, "source_type": stype, "speaker_title": "",
                "is_named": bool(canonical) and stype in _NAMED_TYPES, "n_quotes": 0, "n_direct": 0,
                "n_indirect": 0, "n_mixed": 0, **{f"n_{f}": 0 for f in FRAMES}, "n_words_quoted": 0, "n_via": 0,
                "first_start_char": int(row.start_char),
            }
            order.append(key)
        g["n_quotes"] += 1
        kind = _text(row.kind)
        if kind in ("direct", "indirect", "mixed"):
            g[f"n_{kind}"] += 1
        frame = _text(row.frame) or "speech"
        g[f"n_{frame if frame in FRAMES else 'speech'}"] += 1
        g["n_words_quoted"] += len(_text(row.text).split())
        g["n_via"] += int(bool(_text(row.via)))
        if not g["speaker_title"]:
            g["speaker_title"] = _text(row.speaker_title)
        g["first_start_char"] = min(g["first_start_char"], int(row.start_char))
    article_order = {a: k for k, a in enumerate(dict.fromkeys(_text(a) for a in quotes["article_id"]))}
    order.sort(key=lambda k: (article_order[k[0]], groups[k]["first_start_char"]))
    return pd.DataFrame([groups[k] for k in order], columns=SOURCE_COLUMNS)
