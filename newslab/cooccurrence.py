"""Entities that appear together: pairs of canonical names mentioned in the same sentence.

Co-occurrence is the simplest network a text yields: two names are linked when
a sentence mentions both. It measures *proximity in the writing*, not a
relationship in the world: "Abe wants to meet Kim" and "Abe refused to meet
Kim" link the same pair. Counting sentences (not mentions) keeps a sentence
that repeats a name from counting twice.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from newslab.errors import InputError, InputTypeError

__all__ = ["cooccurrences", "cooccurrence_matrix"]

_PAIR_COLUMNS = ["entity_a", "entity_b", "label_a", "label_b", "n_sentences", "n_articles"]
_REQUIRED = ("article_id", "sent_id", "canonical", "label")


def _empty() -> pd.DataFrame:
    out = pd.DataFrame({c: pd.Series([], dtype="object") for c in _PAIR_COLUMNS[:4]})
    out["n_sentences"] = pd.Series([], dtype="int64")
    out["n_articles"] = pd.Series([], dtype="int64")
    return out


def _main_labels(ents: pd.DataFrame) -> pd.Series:
    """Most frequent label per canonical name; ties go to the alphabetically first (deterministic)."""
    counts = ents.groupby(["canonical", "label"], sort=True).size().rename("n").reset_index()
    counts = counts.sort_values(["canonical", "n", "label"], ascending=[True, False, True], kind="stable")
    return counts.drop_duplicates("canonical").set_index("canonical")["label"]


def cooccurrences(
    entities: pd.DataFrame,
    *,
    labels: Iterable[str] | None = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"),
    min_sentences: int = 1,
) -> pd.DataFrame:
    """Count the sentences in which each pair of canonical entities appears together.

    Args:
        entities: The entities table (``article_id``, ``sent_id``,
            ``canonical``, ``label``), from one article or a corpus.
        labels: Keep only mentions with these spaCy labels (default: people,
            organisations, places and groups; dates and numbers are left out).
            ``None`` keeps every label.
        min_sentences: Drop pairs seen together in fewer sentences.

    Returns:
        One row per unordered pair, ``entity_a`` < ``entity_b`` alphabetically:
        ``entity_a``, ``entity_b``, ``label_a``, ``label_b`` (each name's most
        frequent label), ``n_sentences`` (sentences mentioning both) and
        ``n_articles`` (articles with at least one such sentence). Sorted by
        ``n_sentences`` (most first), then by the names. A name never pairs
        with itself.

    Raises:
        InputTypeError: ``entities`` is not a DataFrame.
        InputError: A required column is missing or ``min_sentences`` < 1.

    Example:
        >>> import pandas as pd
        >>> ents = pd.DataFrame({"article_id": ["a"] * 4, "sent_id": [0, 0, 1, 1],
        ...     "canonical": ["Kim Jong-un", "Donald Trump", "Kim Jong-un", "Donald Trump"],
        ...     "label": ["PERSON"] * 4})
        >>> cooccurrences(ents)[["entity_a", "entity_b", "n_sentences"]].values.tolist()
        [['Donald Trump', 'Kim Jong-un', 2]]
    """
    if not isinstance(entities, pd.DataFrame):
        raise InputTypeError(f"cooccurrences() expects the entities table (a DataFrame); got {type(entities).__name__}.")
    missing = [c for c in _REQUIRED if c not in entities.columns]
    if missing:
        raise InputError(
            f"The entities table lacks column(s) {', '.join(missing)}; pass tables.entities from newslab.analyze()."
        )
    if isinstance(min_sentences, bool) or not isinstance(min_sentences, (int, np.integer)) or min_sentences < 1:
        raise InputError(f"min_sentences must be an integer of at least 1; got {min_sentences!r}.")
    ents = pd.DataFrame(
        {
            "article_id": entities["article_id"].astype("object"),
            "sent_id": entities["sent_id"].to_numpy(dtype="int64"),
            "canonical": entities["canonical"].astype("object"),
            "label": entities["label"].astype("object").astype(str),
        }
    )
    ents = ents[ents["canonical"].notna() & (ents["canonical"].astype(str).str.strip() != "")]
    if labels is not None:
        ents = ents[ents["label"].isin(sorted(set(labels)))]
    if ents.empty:
        return _empty()
    main_label = _main_labels(ents)
    mentions = ents[["article_id", "sent_id", "canonical"]].drop_duplicates()
    pairs = mentions.merge(mentions, on=["article_id", "sent_id"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["canonical_a"] < pairs["canonical_b"]]
    if pairs.empty:
        return _empty()
    grouped = pairs.groupby(["canonical_a", "canonical_b"], sort=True)
    out = pd.DataFrame(
        {
            "n_sentences": grouped.size().astype("int64"),
            "n_articles": grouped["article_id"].nunique().astype("int64"),
        }
    ).reset_index()
    out = out.rename(columns={"canonical_a": "entity_a", "canonical_b": "entity_b"})
    out = out[out["n_sentences"] >= int(min_sentences)]
    out["label_a"] = out["entity_a"].map(main_label).astype("object")
    out["label_b"] = out["entity_b"].map(main_label).astype("object")
    out = out.sort_values(["n_sentences", "entity_a", "entity_b"], ascending=[False, True, True], kind="stable")
    return out[_PAIR_COLUMNS].reset_index(drop=True)


def cooccurrence_matrix(pairs: pd.DataFrame, *, names: Iterable[str] | None = None) -> pd.DataFrame:
    """The pairs as a symmetric square table (names on both axes, sentence counts in the cells).

    Args:
        pairs: The output of :func:`cooccurrences`.
        names: Names to show, in this order (default: every name in ``pairs``,
            those with the most co-occurring sentences first).

    Returns:
        A DataFrame indexed and labelled by name; cell (a, b) is the number of
        sentences mentioning both, 0 when none, and the diagonal is 0.

    Raises:
        InputError: ``pairs`` lacks the columns of :func:`cooccurrences`.
    """
    missing = [c for c in ("entity_a", "entity_b", "n_sentences") if c not in pairs.columns]
    if missing:
        raise InputError(f"cooccurrence_matrix() expects the output of cooccurrences(); missing {', '.join(missing)}.")
    both = pd.concat(
        [
            pairs[["entity_a", "entity_b", "n_sentences"]],
            pairs[["entity_b", "entity_a", "n_sentences"]].set_axis(["entity_a", "entity_b", "n_sentences"], axis=1),
        ],
        ignore_index=True,
    )
    if names is None:
        totals = both.groupby("entity_a", sort=True)["n_sentences"].sum()
        order = totals.reset_index().sort_values(["n_sentences", "entity_a"], ascending=[False, True], kind="stable")
        names = order["entity_a"].tolist()
    names = list(names)
    both = both[both["entity_a"].isin(names) & both["entity_b"].isin(names)]
    matrix = both.pivot_table(index="entity_a", columns="entity_b", values="n_sentences", aggfunc="sum", fill_value=0)
    matrix = matrix.reindex(index=names, columns=names, fill_value=0).astype("int64")
    matrix.index.name = None
    matrix.columns.name = None
    return matrix
