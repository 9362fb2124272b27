"""Tests of the 0.6.0 rules for speakers written as a common noun phrase: a definite
organisation noun ('the union') binds to the organisation the text introduced with that noun,
and a plural organisation noun with no name ('Human rights groups') is an unnamed source."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_type, speaker_canonical)
INTRODUCED = [
    # the noun right before the name, with a comma: not the airline named last
    ("Talks between the airline and union, Vereinigung Cockpit, failed on Sunday. Lufthansa cancelled 900 flights. "
     "According to the union, the strike was about flying time.",
     "the strike was about", "organization", "Vereinigung Cockpit"),
    # the noun right before the name, no comma
    ("The pilots' union Kestrel Aircrew began a strike against Harbour Air on Monday. Harbour Air cancelled flights. "
     "The union said the dispute was about pensions.",
     "the dispute was about", "organization", "Kestrel Aircrew"),
    # the noun apposed after the name
    ("Unite Cymru, the union, walked out on Tuesday after talks with Brightwater Engineering broke down. "
     "Brightwater Engineering closed two sites. The union said the offer was an insult.",
     "the offer was an insult", "organization", "Unite Cymru"),
    # an organisation name that holds the noun
    ("The Transport Workers Union called a strike at Metro Rail. Metro Rail ran a reduced service. "
     "The union said the strike would last a week.",
     "the strike would last", "organization", "Transport Workers Union"),
    # another noun for another body: the ministry is the one introduced as a ministry
    ("The Health Ministry of Kestrel Bay signed a contract with Medilink Ltd. Medilink Ltd shares rose. "
     "The ministry said the deal would save money.",
     "the deal would save money", "organization", "Health Ministry of Kestrel Bay"),
]

# Nothing introduced with the noun: the earlier readings stand.
NOT_INTRODUCED = [
    # 'the company' still goes to the firm named last when no firm was introduced as a company
    ("Glencore Plc bought the mine in 2013. The company said profits had doubled.",
     "profits had doubled", "organization", "Glencore Plc"),
    # a union named without the noun: the last organisation, as before
    ("Workers at Harbour Air walked out on Monday. According to the union, the strike would last a week.",
     "the strike would last", "organization", "Harbour Air"),
]


@pytest.mark.parametrize("text, needle, stype, canonical", INTRODUCED)
def test_speakers_npsubj_definite_noun_takes_introduced_organisation(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


@pytest.mark.parametrize("text, needle, stype, canonical", NOT_INTRODUCED)
def test_speakers_npsubj_without_introduction_keeps_last_organisation(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


def test_speakers_npsubj_person_after_noun_is_no_introduction(quotes_of):
    # 'the union, John Hale' names a person (a given name), not the union
    text = ("Harbour Air cancelled flights on Monday. A spokesman for the union, John Hale, said the strike would go on. "
            "The union said the offer was too low.")
    row = _one(quotes_of(text), "the offer was too low")
    assert row["speaker_type"] == "organization"
    assert row["speaker_canonical"] != "John Hale"


def test_speakers_npsubj_spokesman_for_introduced_union(quotes_of):
    text = ("The pilots' union Kestrel Aircrew began a strike against Harbour Air on Monday. Harbour Air cancelled flights. "
            "A spokesman for the union said the pilots would return on Friday.")
    row = _one(quotes_of(text), "the pilots would return")
    assert (row["speaker_type"], row["speaker_canonical"], row["speaker_org"]) == ("anonymous", "", "Kestrel Aircrew")


# (text, needle, speaker_type)
UNNAMED_BODIES = [
    ("Human rights groups have appealed to the president not to attend the games.", "not to attend the games", "anonymous"),
    ("Opposition parties concerned about the early vote have announced that they may boycott the poll.",
     "they may boycott the poll", "anonymous"),
    ("Thai opposition parties said the election was unfair.", "the election was unfair", "anonymous"),
    ("Environmental organisations warned that the dam would flood the valley.", "the dam would flood", "anonymous"),
    ("The involved parties claim that around 1,000 people attended.", "around 1,000 people", "anonymous"),
]

# Counted, quantified or referring back: bodies, as before.
NAMED_BODIES = [
    ("Labour and the Greens met on Monday. The parties said they would work together.", "they would work together", "organization"),
    ("Both parties said the deal was fair.", "the deal was fair", "organization"),
    ("The Kestrel Bay Traders' Association said the market would move.", "the market would move", "organization"),
]


@pytest.mark.parametrize("text, needle, stype", UNNAMED_BODIES)
def test_speakers_npsubj_plural_organisation_noun_is_unnamed(quotes_of, text, needle, stype):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, "")


@pytest.mark.parametrize("text, needle, stype", NAMED_BODIES)
def test_speakers_npsubj_counted_or_named_bodies_stay_organisations(quotes_of, text, needle, stype):
    assert _one(quotes_of(text), needle)["speaker_type"] == stype


# (text, needle, speaker_type, speaker_canonical): a role with a country is not a holder from another
PLACED_ROLES = [
    ("Capt. Omar Haddad, a local Iraqi police official, said the report was never passed on. "
     "The U.S. official said at least four soldiers were being investigated.",
     "at least four soldiers", "anonymous", ""),
    ("Yossi Levin, an Israeli army spokesman, said the border was closed. "
     "The Egyptian spokesman said the crossing would reopen on Monday.",
     "the crossing would reopen", "anonymous", ""),
]

# The same country in another form, or no country on either side: the holder, as before.
PLACED_HOLDERS = [
    ("U.S. Army spokesman Mark Kimmitt said the raid had been planned for weeks. "
     "The American spokesman said no civilians were hurt.",
     "no civilians were hurt", "person", "Mark Kimmitt"),
    ("Omar Haddad, a local police official, said the report was never passed on. "
     "The official said the family had been warned.",
     "the family had been warned", "person", "Omar Haddad"),
]


@pytest.mark.parametrize("text, needle, stype, canonical", PLACED_ROLES + PLACED_HOLDERS)
def test_speakers_npsubj_role_with_country_needs_same_country(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


def test_speakers_npsubj_party_word_is_no_country(quotes_of):
    # 'Greens' (tagged NORP) names a party, not a country: the leader named before still speaks
    text = ("Australian Greens leader Senator Bob Brown said the plan was reckless. "
            "The Greens leader said that a reactor could become a target.")
    row = _one(quotes_of(text), "a reactor could become a target")
    assert (row["speaker_type"], row["speaker_canonical"]) == ("person", "Bob Brown")
