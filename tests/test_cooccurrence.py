"""Tests for newslab.cooccurrence: entities mentioned in the same sentence."""

from __future__ import annotations

import pandas as pd
import pytest

from newslab.cooccurrence import cooccurrence_matrix, cooccurrences
from newslab.errors import InputError, InputTypeError


def _ents(rows):
    return pd.DataFrame(rows, columns=["article_id", "sent_id", "canonical", "label"])


@pytest.fixture
def ents():
    return _ents(
        [
            ("a1", 0, "Shinzo Abe", "PERSON"),
            ("a1", 0, "Kim Jong-un", "PERSON"),
            ("a1", 0, "Kim Jong-un", "PERSON"),  # repeated in one sentence: counts once
            ("a1", 1, "Kim Jong-un", "PERSON"),
            ("a1", 1, "Donald Trump", "PERSON"),
            ("a1", 1, "2018", "DATE"),
            ("a2", 3, "Kim Jong-un", "PERSON"),
            ("a2", 3, "Shinzo Abe", "PERSON"),
            ("a2", 4, "Japan", "GPE"),
        ]
    )


def test_cooccurrence_counts_sentences_not_mentions(ents):
    out = cooccurrences(ents)
    assert out[["entity_a", "entity_b", "n_sentences", "n_articles"]].values.tolist() == [
        ["Kim Jong-un", "Shinzo Abe", 2, 2],
        ["Donald Trump", "Kim Jong-un", 1, 1],
    ]


def test_cooccurrence_default_labels_leave_out_dates(ents):
    assert "2018" not in set(cooccurrences(ents)[["entity_a", "entity_b"]].to_numpy().ravel())
    with_all = cooccurrences(ents, labels=None)
    assert "2018" in set(with_all[["entity_a", "entity_b"]].to_numpy().ravel())


def test_cooccurrence_min_sentences_and_labels(ents):
    out = cooccurrences(ents, min_sentences=2)
    assert len(out) == 1
    assert out.loc[0, "label_a"] == "PERSON" and out.loc[0, "label_b"] == "PERSON"


def test_cooccurrence_pairs_are_ordered_and_never_self(ents):
    out = cooccurrences(ents)
    assert (out["entity_a"] < out["entity_b"]).all()


def test_cooccurrence_empty_results_keep_columns():
    out = cooccurrences(_ents([("a", 0, "Japan", "GPE")]))
    assert out.empty and list(out.columns) == ["entity_a", "entity_b", "label_a", "label_b", "n_sentences", "n_articles"]
    assert cooccurrences(_ents([])).empty


def test_cooccurrence_does_not_mutate_input(ents):
    before = ents.copy()
    cooccurrences(ents)
    pd.testing.assert_frame_equal(ents, before)


def test_cooccurrence_is_deterministic(ents):
    shuffled = ents.sample(frac=1, random_state=3).reset_index(drop=True)
    pd.testing.assert_frame_equal(cooccurrences(ents), cooccurrences(shuffled))


def test_cooccurrence_matrix_is_symmetric(ents):
    m = cooccurrence_matrix(cooccurrences(ents))
    assert list(m.index) == ["Kim Jong-un", "Shinzo Abe", "Donald Trump"]
    assert (m.to_numpy() == m.to_numpy().T).all()
    assert m.loc["Kim Jong-un", "Shinzo Abe"] == 2 and m.loc["Shinzo Abe", "Donald Trump"] == 0
    assert m.loc["Kim Jong-un", "Kim Jong-un"] == 0


@pytest.mark.parametrize(
    ("arg", "kwargs", "error"),
    [
        ("not a frame", {}, InputTypeError),
        (pd.DataFrame({"canonical": ["x"]}), {}, InputError),
    ],
)
def test_cooccurrence_bad_input(arg, kwargs, error):
    with pytest.raises(error):
        cooccurrences(arg, **kwargs)


def test_cooccurrence_bad_min_sentences(ents):
    with pytest.raises(InputError):
        cooccurrences(ents, min_sentences=0)
