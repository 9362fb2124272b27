"""Tests of orgres23 (docs/speakers.md, "0.15.0: a plural organisation noun stands for the bodies
listed before"): a definite plural organisation noun as a speaker ('the unions', 'the companies',
'the firms') with no joint subject or speaker to stand for is the organisations the text listed
together (commas and one 'and') in the three sentences before, when no other body was named since
and a number, if any, counts them."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker as written, speaker_canonical)
LINKED = [
    # the list is an object of the sentence before
    ("Regulators in Brussels fined Google, Apple and Microsoft last year. The companies have said they will appeal.",
     "they will appeal", "The companies", "Google, Apple and Microsoft"),
    # the list is the agent of a passive
    ("The strike was called by Unite and the GMB after talks broke down. The unions said that the offer was an insult.",
     "the offer was an insult", "The unions", "Unite and GMB"),
    # the list is inside a prepositional phrase of the subject
    ("A joint study by Google, Microsoft and IBM was published on Monday. The companies say that most passwords are too short.",
     "most passwords are too short", "The companies", "Google, Microsoft and IBM"),
    # a number that counts the members
    ("Regulators fined Google and Microsoft last year. The two companies said that they would appeal the fines.",
     "would appeal the fines", "The two companies", "Google and Microsoft"),
]

UNLINKED = [
    # another body named since: the noun may mean it
    ("Regulators fined Google and Microsoft last year. Amazon was cleared. The companies said that they would appeal the fines.",
     "would appeal the fines", "The companies"),
    # the list ends more than three sentences before
    ("Regulators fined Google and Microsoft last year. The fines were the largest ever. Critics called them too small. "
     "The appeal court will sit in June. The companies said that they would appeal the fines.",
     "would appeal the fines", "The companies"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "canonical"), LINKED)
def test_orgres23_plural_body_noun_is_the_bodies_listed_before(quotes_of, text, needle, speaker, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (speaker, canonical, "organization")


@pytest.mark.parametrize(("text", "needle", "speaker"), UNLINKED)
def test_orgres23_no_list_in_reach_stays_unnamed(quotes_of, text, needle, speaker):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (speaker, "", "anonymous")


def test_orgres23_count_must_match(quotes_of):
    row = _one(quotes_of("Regulators fined Google and Microsoft last year. The three companies said that they would appeal the fines."), "would appeal the fines")
    assert row["speaker_canonical"] != "Google and Microsoft"
