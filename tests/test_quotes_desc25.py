"""Tests of desc25 (docs/speakers.md, "0.16.0: what the text says a person is"): the article's
index of person descriptions also holds the noun a name is apposed to before it ('The novelist,
Ian Marsh,'), a copula's predicate ('Helen Park is a virologist') and the noun an alias is
introduced for ('a hacker operating under the alias Black Falcon', the alias tagged as a body);
a later definite description with that head noun ('the novelist said') is the one person so
described. Two people so described, a plural, or nobody so described: unnamed, as before. And a
postposed title's apposed name that ends the sentence is taken though the entity model missed it
and its given name is unknown."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker as written, speaker_canonical)
LINKED = [
    # the noun the name is apposed to, before it
    ("The novelist, Ian Marsh, spoke at the festival on Saturday. The novelist said that he had finished a new book.",
     "finished a new book", "The novelist", "Ian Marsh"),
    ("The veteran goalkeeper, Mark Dunn, trained alone on Friday. The goalkeeper said that his knee had healed.",
     "his knee had healed", "The goalkeeper", "Mark Dunn"),
    # a copula's predicate
    ("Dr. Helen Park is a virologist at the Pasteur Institute. The virologist said the new strain was not more dangerous.",
     "not more dangerous", "The virologist", "Helen Park"),
    ("Carlos Mendes is the architect of the new stadium. The architect said that the roof would be finished in May.",
     "roof would be finished", "The architect", "Carlos Mendes"),
    # an alias the entity model tags as a body
    ("A hacker operating under the alias Black Falcon has leaked the files of a streaming company. The hacker said that more files would be released next week.",
     "more files would be released", "The hacker", "Black Falcon"),
    ("A hacker, or a group of hackers, operating under the alias of The Grey Fox leaked the records of a hospital on Friday. The hacker said that the hospital had refused to pay.",
     "refused to pay", "The hacker", "Grey Fox"),
    ("Police are searching for a graffiti artist known as Tinman. \"We will find him,\" said Sergeant Roy Adams. The artist told a newspaper that he would not stop.",
     "he would not stop", "The artist", "Tinman"),
]

UNLINKED = [
    # two people given the description: the text does not say which
    ("Anna Berg is a lawyer for the family and Tom Kessler is a lawyer for the city. The lawyer said that a settlement was close.",
     "a settlement was close", "The lawyer"),
    ("The novelist, Ian Marsh, and the novelist, Ruth Ogden, shared the prize. The novelist said that the jury had been brave.",
     "the jury had been brave", "The novelist"),
    # a plural description is no single person
    ("The novelist, Ian Marsh, spoke at the festival on Saturday. The novelists said that the prize money was too small.",
     "prize money was too small", "The novelists"),
    # nobody given that description
    ("Dr. Helen Park is a virologist at the Pasteur Institute. The surgeon said the new strain was not more dangerous.",
     "not more dangerous", "The surgeon"),
]

APPOSED = [
    ('"The rebels have struck again," said the newspaper\'s Foreign Editor, Tunde Bakare.',
     "The rebels have struck again", "Tunde Bakare"),
    ('"The budget will not pass," wrote the magazine\'s Political Editor, Priyath Wickrama.',
     "The budget will not pass", "Priyath Wickrama"),
    ('"Turnout will be low," said the station\'s Political Correspondent, Tiwatope Adeyemi.',
     "Turnout will be low", "Tiwatope Adeyemi"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "canonical"), LINKED)
def test_desc25_description_links_to_the_one_person_so_described(quotes_of, text, needle, speaker, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (speaker, canonical, "person")


@pytest.mark.parametrize(("text", "needle", "speaker"), UNLINKED)
def test_desc25_no_single_person_so_described_stays_unnamed(quotes_of, text, needle, speaker):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"]) == (speaker, "")
    assert row["speaker_type"] in ("anonymous", "person")


@pytest.mark.parametrize(("text", "needle", "canonical"), APPOSED)
def test_desc25_postposed_title_takes_the_apposed_name(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (canonical, canonical, "person")
