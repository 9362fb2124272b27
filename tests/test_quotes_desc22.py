"""Tests of desc22 (docs/speakers.md, "0.15.0: a definite office description links back"): a
definite description of an office with modifiers but no name ('the French minister', 'the top
U.S. commander in Iraq') as a speaker is the person the text named before it: the current speaker
when that person is the only one quoted in the three sentences before, else the named person with an
office or rank who is the subject of the sentence just before. Nothing compatible: the unnamed reading of before."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker as written, speaker_canonical)
LINKED = [
    # the only person quoted just before (a nationality before the office)
    ('"We will not accept these terms," Mr. Okafor said after the meeting in Abuja. The Nigerian minister also said that talks would resume next month.',
     "talks would resume", "The Nigerian minister", "Okafor"),
    ("Ms. Lindqvist said the budget would be balanced by 2026. The Swedish minister added that pensions would not be cut.",
     "pensions would not be cut", "The Swedish minister", "Lindqvist"),
    # nobody quoted yet: the named subject of the sentence just before
    ("Canadian Army General Martin Doyle addressed the parliamentary committee on Tuesday. The senior Canadian commander in Afghanistan said that another 500 soldiers would be needed.",
     "another 500 soldiers", "The senior Canadian commander in Afghanistan", "Martin Doyle"),
    ("Senator Juan Ortega visited the flooded villages on Monday. The Chilean lawmaker said that aid would arrive within days.",
     "aid would arrive", "The Chilean lawmaker", "Juan Ortega"),
]

UNLINKED = [
    # a plural subject before: no single person
    ("The ministers of Brazil and Chile met in Lima on Monday. The Chilean minister said that aid would arrive within days.",
     "aid would arrive", "The Chilean minister"),
    # the person before holds another occupation
    ("Dr. Ana Silva, a surgeon at the city hospital, described the injuries. The Brazilian minister said that the hospital would get more funds.",
     "would get more funds", "The Brazilian minister"),
    # the subject before holds no office in the text: the description may be someone else
    ("Juan Ortega visited the flooded villages on Monday. The Chilean minister said that aid would arrive within days.",
     "aid would arrive", "The Chilean minister"),
    # the name before is an object, not a subject
    ("Police arrested Carlos Mendes on Friday. The former minister said that the charges were political.",
     "the charges were political", "The former minister"),
    # two people quoted just before: the text does not say which
    ("Helen Ward said the strike had been called off. Tom Baker of the Daily Echo writes that the deal is fragile.\n\n"
     "The former Scottish leader also said that more talks were needed.",
     "more talks were needed", "The former Scottish leader"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "canonical"), LINKED)
def test_desc22_office_description_links_to_person_before(quotes_of, text, needle, speaker, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (speaker, canonical, "person")


@pytest.mark.parametrize(("text", "needle", "speaker"), UNLINKED)
def test_desc22_nothing_compatible_stays_unnamed(quotes_of, text, needle, speaker):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (speaker, "", "anonymous")
