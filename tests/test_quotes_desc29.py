"""Tests of desc29 (docs/speakers.md, "A lede's unnamed source named further down"): the
singular description that opens an article as its first sentence's subject ('A lawyer who ...
said', 'The army commander in charge of ... said') is the one person the article later gives that
noun; nobody or two people so described, a description that does not open the article, someone's
role ('His lawyer') or an office whose other words the later holder lacks stay unnamed. Also: a
noun joined to a person's apposition ('X, a graduate of Y and a practising lawyer,') describes the
person too.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical)
FIRES = [
    ("A lawyer who is expected to become the next chair of the Kestrel Bay Rifle Club said on Monday that "
     "teachers should be allowed to carry firearms. Marta Quillon, a graduate of Leeds University and a "
     "practising lawyer, told reporters that the club would vote in May.",
     "teachers should be allowed", "Marta Quillon"),
    ("The army commander in charge of northern border operations said on Tuesday that more troops are needed "
     "to stop the smuggling. \"We do not have enough soldiers in the valley,\" said Maj. Gen. Tomas Varga, "
     "commander of the 3rd Infantry Division.",
     "more troops are needed", "Tomas Varga"),
    ("A surgeon who led the first hand transplant in the region said the hospital had run out of donor "
     "organs. Dr. Helena Moritz, a surgeon at Kestrel Bay General Hospital, has asked the ministry for help.",
     "run out of donor", "Helena Moritz"),
    # people13's known miss since 0.7.0, now resolved: the noun given by a copula's predicate.
    ("A lawyer who is expected to lead the rifle association said arming teachers should be considered. Sarah "
     "Froman, a graduate of Yale Law School, is a lawyer in Boston.", "arming teachers should be considered",
     "Sarah Froman"),
]

NEAR_MISSES = [
    # Two people later given the noun: the text does not say which one.
    ("A lawyer for the families said the inquiry was a whitewash. Marta Quillon, a lawyer, and Peter Hale, a "
     "lawyer, have both appealed.", "inquiry was a whitewash", ""),
    # Nobody named with the noun: an unnamed source.
    ("A lawyer for the families said the inquiry was a whitewash. The council has not replied.",
     "inquiry was a whitewash", ""),
    # Not the article's opening: the lede rule does not reach a later sentence.
    ("The inquiry closed on Monday. A lawyer for the families said the inquiry was a whitewash. Marta Quillon, "
     "a lawyer, has appealed.", "inquiry was a whitewash", ""),
    # Someone's role, whom the lede does not name.
    ("His lawyer said the inquiry was a whitewash. Marta Quillon, a lawyer, has appealed for the families.",
     "inquiry was a whitewash", ""),
    # The office words before the noun must be the later holder's: 'The Prime Minister' is no foreign minister.
    ("The Prime Minister said the treaty would be signed in May. Foreign Minister Anna Lind met her "
     "counterparts in Oslo.", "treaty would be signed", ""),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), FIRES)
def test_desc29_lede_description_named_later(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "person")


@pytest.mark.parametrize(("text", "needle", "canonical"), NEAR_MISSES)
def test_desc29_lede_description_kept_unnamed(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical
