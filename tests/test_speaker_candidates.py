"""Tests of the candidate speakers behind the re-ranker experiment (newslab.quotes.speaker_candidates).

Our own sentences; the fitting script (benchmarks/speaker_rerank.py) reads the gold sets and is not run here.
"""

from __future__ import annotations

import warnings

import pytest

from newslab.errors import QuoteMarkWarning


@pytest.fixture(scope="module")
def candidates_of(nlp):
    """``candidates_of(text)``: (columns, candidates of each row) of one text."""
    from newslab.entities import entity_columns
    from newslab.quotes.extract import _extract

    def run(text: str):
        doc = nlp(text)
        found: list = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", QuoteMarkWarning)
            cols, _ = _extract(doc, entity_columns(doc), candidates=found)
        return cols, found

    return run


def _feats(cand) -> dict[str, str]:
    return dict(f.split("=", 1) for f in cand.features)


@pytest.mark.parametrize(
    ("text", "rules", "rival", "relation"),
    [
        ('"We will not close the school," Mayor Ruth Calloway told residents at the meeting, a week after councillor '
         "Tomasz Wierzbicki called for cuts.", "Ruth Calloway", "Tomasz Wierzbicki", "subject_of_cue"),
        ("The plan was criticised by Greenpeace. Its director John Sauven said that the turbines would harm wildlife near Hull.",
         "John Sauven", "Greenpeace", "appos"),
        ("Economist Lena Fischer met finance minister Jan Novak on Monday. Fischer said the budget would not balance.",
         "Lena Fischer", "Jan Novak", "subject_of_cue"),
    ],
)
def test_speaker_candidates_rules_first_then_rivals(candidates_of, text, rules, rival, relation):
    cols, found = candidates_of(text)
    assert len(found) == len(cols["quote_id"]) == 1
    first, *others = found[0]
    assert (first.source, first.canonical) == ("rules", rules)
    assert _feats(first)["chosen"] == "yes"
    assert _feats(first)["rel"] == relation
    assert rival in [c.canonical for c in others]
    assert all(_feats(c)["chosen"] == "no" for c in others)


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("According to the Environment Agency, river levels in Shrewsbury will keep rising until Friday.", "according_to"),
        ("According to the World Health Organization, measles cases in Europe doubled last year.", "according_to"),
        ("The Environment Agency said river levels in Shrewsbury will keep rising until Friday.", "subject_of_cue"),
    ],
)
def test_speaker_candidates_relation_to_the_cue(candidates_of, text, relation):
    _, found = candidates_of(text)
    assert _feats(found[0][0])["rel"] == relation


def test_speaker_candidates_leave_out_names_inside_the_statement(candidates_of):
    _, found = candidates_of('"Mark Lowe never paid us a penny," Anna Berg said.')
    assert [c.canonical for c in found[0]] == ["Anna Berg"]


def test_speaker_candidates_mark_the_previous_speaker(candidates_of):
    _, found = candidates_of('Nurse Amira Haddad said the ward was short of staff. "We are exhausted," she said.')
    second = found[1][0]
    assert second.canonical == "Amira Haddad"
    assert _feats(second)["prev"] == "yes"
    assert _feats(second)["chosen*resolution"] == "pronoun"


def test_speaker_candidates_do_not_change_the_rows(nlp):
    from newslab.entities import entity_columns
    from newslab.quotes.extract import _extract

    doc = nlp('"Nobody comes here to look at a wall," Ruth Calloway said. Tomasz Wierzbicki said the cost had doubled.')
    plain, ev1 = _extract(doc, entity_columns(doc))
    with_candidates, ev2 = _extract(doc, entity_columns(doc), candidates=[])
    assert plain == with_candidates and ev1 == ev2
