"""Tests of the 0.8.0 pronoun and group rules: a name the text itself calls an organisation (an
apposition or copula with an organisation noun, 'its', 'it says') is never a person and never the
antecedent of 'he'/'she'; 'it' binds to a body subject above its clause; 'he' under a body's clause
takes the one person its sentence names; and an unnamed definite description of a group ('the
campaigners') takes the named group the text described with the same word."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_type, speaker_canonical)
ORGANISATION_BY_TEXT = [
    # an apposition with an organisation noun
    ('Zentrox, another major software firm, said: "The flaw lets anyone read the files."',
     "The flaw lets anyone", "organization", "Zentrox"),
    ("Halvex, a small mining company, said that the mine would reopen in May.",
     "the mine would reopen", "organization", "Halvex"),
    # a copula with an organisation noun
    ("Halvex is the parent company of Norbridge Foods. Halvex claims that the merger will save 300 jobs.",
     "the merger will save", "organization", "Halvex"),
    # 'its' under the verb the name is the subject of
    ("Korvana is buying the plant to increase its share of the market. Korvana said the deal would close in May.",
     "the deal would close", "organization", "Korvana"),
    # 'it says' under the verb the name is the subject of: the name and the pronoun
    ("Radiowave has aired a new recording it says contains the voice of the rebel leader, Omar Haddad.",
     "contains the voice", "organization", "Radiowave"),
]


@pytest.mark.parametrize("text,needle,kind,canonical", ORGANISATION_BY_TEXT)
def test_speakers_pronouns14_organisation_by_text(quotes_of, text, needle, kind, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (kind, canonical)


# A person stays a person: 'it' that is no reporting verb's subject, 'its' after another noun,
# a title word in the apposition.
STILL_PEOPLE = [
    ("Tom Hale said it was time to close the line. Hale told reporters the trains were empty.",
     "the trains were empty", "Tom Hale"),
    ("Dana Whitcombe praised the firm, saying its staff had worked through the night.",
     "its staff had worked", "Dana Whitcombe"),
    ("Sharad Rao, general secretary of the dock workers union, said the strike would go on.",
     "the strike would go on", "Sharad Rao"),
]


@pytest.mark.parametrize("text,needle,canonical", STILL_PEOPLE)
def test_speakers_pronouns14_people_stay_people(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("person", canonical)


# 'he' in a clause under a body: never the body; the one person the sentence names.
HE_UNDER_BODY = [
    ("Radiowave has aired a new recording it says contains the voice of Omar Haddad. Radiowave last aired a "
     "recording by Omar Haddad in January, in which he promised to end the attacks.",
     "to end the attacks", "Omar Haddad"),
    ("The court sentenced Tom Briggs to two years on Monday, after he admitted that he had taken the money.",
     "he had taken the money", "Tom Briggs"),
]


@pytest.mark.parametrize("text,needle,canonical", HE_UNDER_BODY)
def test_speakers_pronouns14_he_under_a_body(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("person", canonical)


# (text, needle, speaker_type, speaker_canonical): an unnamed description of a named group.
NAMED_GROUPS = [
    ("The Harbour Five, who are campaigning against the new toll, lost their appeal on Monday. The campaigners "
     "claim that the toll breaks the port's charter.",
     "the toll breaks", "organization", "Harbour Five"),
    ("Quiet Streets, a group of road-safety activists, met the mayor on Friday. The activists said that the "
     "junction had seen six crashes this year.",
     "the junction had seen", "organization", "Quiet Streets"),
    # the pronoun that continues the description follows it
    ("The Harbour Five, who are campaigning against the new toll, lost their appeal on Monday. The campaigners "
     "claim that the toll breaks the port's charter. Their statement to the court said that they would pay "
     "the toll under protest.",
     "they would pay", "document", "Harbour Five"),
    # no shared word: the description stays an unnamed group
    ("The Harbour Five, who are campaigning against the new toll, lost their appeal on Monday. The protesters "
     "said that the ruling was unfair.",
     "the ruling was unfair", "anonymous", ""),
    # a person described with the word is no group
    ("Ruth Okafor, who has campaigned against the toll for years, spoke first. The campaigners said that the "
     "ruling was unfair.",
     "the ruling was unfair", "anonymous", ""),
]


@pytest.mark.parametrize("text,needle,kind,canonical", NAMED_GROUPS)
def test_speakers_pronouns14_named_group_over_description(quotes_of, text, needle, kind, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"] or "") == (kind, canonical)
