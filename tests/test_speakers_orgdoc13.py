"""Tests of the 0.7.0 rules for organisations, documents and outlets as speakers: a document's
issuer in a relative clause, a body's name the tagger read as a common noun, a person tagged as
an organisation whose family name says otherwise, a broadcaster's call sign, and a country key
that tells Iraq from Iran."""

from __future__ import annotations

import pytest

from newslab import people
from newslab.quotes.speaker_roles import _place_key, _same_place

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_type, speaker_canonical)
RELATIVE_ISSUERS = [
    ('"The pier will close for a month," according to a statement the Harbour Authority released on Monday.',
     "The pier will close", "document", "Harbour Authority"),
    ('"Water bills will rise by a fifth," according to a written statement the Vale Water Trust made in 2019.',
     "Water bills will rise", "document", "Vale Water Trust"),
    ("The bridge is unsafe, according to a report that Greenway Energy published on Friday.",
     "The bridge is unsafe", "document", "Greenway Energy"),
]

# A relative clause that only reads, receives or cites the document names no issuer.
RELATIVE_NOT_ISSUERS = [
    ('"The bridge is unsafe," according to a report the minister read aloud.', "The bridge is unsafe"),
    ('"The bridge is unsafe," according to a letter the council received.', "The bridge is unsafe"),
]


@pytest.mark.parametrize("text, needle, stype, canonical", RELATIVE_ISSUERS)
def test_speakers_orgdoc13_document_issuer_in_relative_clause(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


@pytest.mark.parametrize("text, needle", RELATIVE_NOT_ISSUERS)
def test_speakers_orgdoc13_relative_clause_without_issuing_verb(quotes_of, text, needle):
    row = _one(quotes_of(text), needle)
    assert row["speaker_type"] == "document"
    assert row["speaker_canonical"] == ""


NAMES_READ_AS_NOUNS = [
    ('The Vale Water Trust raised charges in May, according to Talkwire. Talkwire claims "that the network is stable."',
     "the network is stable", "organization", "Talkwire"),
    ("On Monday, Water for Kestrel (WfK) announced new charges. Water for Kestrel have told customers that bills will rise.",
     "bills will rise", "organization", "Water for Kestrel"),
]

# A capitalised common noun that opens a sentence is no name.
NOUNS_OPENING_SENTENCES = [
    ("Officials say the road will reopen on Friday.", "the road will reopen", "anonymous"),
    ("Insurers told the paper that claims were rising.", "claims were rising", "anonymous"),
]


@pytest.mark.parametrize("text, needle, stype, canonical", NAMES_READ_AS_NOUNS)
def test_speakers_orgdoc13_name_read_as_common_noun(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


@pytest.mark.parametrize("text, needle, stype", NOUNS_OPENING_SENTENCES)
def test_speakers_orgdoc13_sentence_opening_noun_stays_common(quotes_of, text, needle, stype):
    row = _one(quotes_of(text), needle)
    assert row["speaker_type"] == stype
    assert row["speaker_canonical"] == ""


PEOPLE_BY_FAMILY_NAME = [
    ("Goran Jovanović told reporters that the vote had been fair.", "the vote had been fair", "Goran Jovanović"),
    ("Marta Kowalska said the plant would close in June.", "the plant would close", "Marta Kowalska"),
    ('The only party that objected was the opposition. Dušan Petrović told journalists that "the inquiry is a farce."',
     "the inquiry is a farce", "Dušan Petrović"),
]


@pytest.mark.parametrize("text, needle, canonical", PEOPLE_BY_FAMILY_NAME)
def test_speakers_orgdoc13_family_name_ending_makes_person(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("person", canonical)


def test_speakers_orgdoc13_given_name_alone_keeps_company(quotes_of):
    row = _one(quotes_of("Morgan Stanley said the bank would cut 500 jobs."), "the bank would cut")
    assert row["speaker_type"] == "organization"


@pytest.mark.xfail(strict=True, reason="a company named after its founder ('Tim Hortons') reads as a person: a given name first and no organisation word")
def test_speakers_orgdoc13_company_named_after_founder(quotes_of):
    row = _one(quotes_of("Tim Hortons said it would open 40 new stores in the spring."), "it would open 40")
    assert row["speaker_type"] == "organization"


@pytest.mark.parametrize("word, expected", [
    ("Petrović", True), ("Kowalski", True), ("Shevchenko", True), ("Popescu", True), ("Papadopoulos", True),
    ("Hortons", False), ("Stanley", False), ("ski", False), ("Electric", False),
])
def test_people_surname_ending(word, expected):
    assert people.has_surname_ending(word) is expected


CALL_SIGNS = [
    ("According to WKRG television news, the storm flooded two roads.", "the storm flooded", "WKRG"),
    ("According to KTEN television news, the college spent the money on travel.", "the college spent", "KTEN"),
    ("KTLA news reported that the fire had spread overnight.", "the fire had spread", "KTLA"),
]


@pytest.mark.parametrize("text, needle, canonical", CALL_SIGNS)
def test_speakers_orgdoc13_call_sign_names_station(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("media", canonical)


def test_speakers_orgdoc13_country_before_media_noun_is_no_outlet(quotes_of):
    row = _one(quotes_of("US television news reported that the fire had spread overnight."), "the fire had spread")
    assert row["speaker_type"] == "media"
    assert row["speaker_canonical"] != "US"


@pytest.mark.parametrize("a, b, same", [
    ("Iraq", "Iraqi", True), ("Iran", "Iranian", True), ("Canada", "Canadian", True), ("Kenya", "Kenyan", True),
    ("U.S.", "American", True), ("Sudan", "Sudanese", True),
    ("Iraq", "Iran", False), ("Iraqi", "Iranian", False), ("Austria", "Australian", False), ("Britain", "France", False),
])
def test_speaker_roles_place_key_tells_countries_apart(a, b, same):
    assert _same_place(_place_key(a), _place_key(b)) is same


ROLE_COUNTRY = [
    # an office given with another nationality is not the person named before
    ("Ali Rezaei, an Iranian official, said talks with Baghdad would resume in May. "
     "The Iraqi official said the border would stay closed.", "the border would stay closed", "anonymous", ""),
    ("Ali Rezaei, an Iraqi official, said talks with Tehran would resume in May. "
     "The Iraqi official said the border would stay closed.", "the border would stay closed", "person", "Ali Rezaei"),
]


@pytest.mark.parametrize("text, needle, stype, canonical", ROLE_COUNTRY)
def test_speakers_orgdoc13_office_nationality_agrees(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


def test_speakers_orgdoc13_content_clause_names_no_issuer(quotes_of):
    # 'reports that X published false figures': what the reports say, not who issued them
    row = _one(quotes_of("Hospital waiting lists grew, according to reports that Greenway Energy published false figures."), "Hospital waiting lists grew")
    assert row["speaker_canonical"] != "Greenway Energy"
