"""Speaker resolution steps (0.14.0 work, resolve20), on sentences of our own.

- the object of 'tell' is the addressee, never an inverted speaker ('X told the Times "..."'),
  and a subject that stands for a source by apposition or partitive ('One of the residents,
  John Smith, told ...') is never passed over for the object;
- plural 'they' with no plural people in reach is the organisation that is the main subject
  of the sentence before ('The ministry has yet to name the soldier. They stated that ...');
- 'the former' / 'the latter' as a speaker: the next to last / last of the people and bodies
  named just before.
"""

from __future__ import annotations

import pytest


def _rows(df):
    return [tuple(r) for r in df[["text", "speaker", "speaker_canonical", "speaker_type"]].values.tolist()]


TOLD_ADDRESSEE = [
    ('One of the residents, John Smith, told the BBC "We have nothing left."',
     [("We have nothing left.", "John Smith", "John Smith", "person")]),
    ('One of the firefighters, Maria Lopez, told reporters "The fire spread very fast."',
     [("The fire spread very fast.", "Maria Lopez", "Maria Lopez", "person")]),
    ('One of the drivers, Peter Olsen, told the Guardian "The road was closed without warning."',
     [("The road was closed without warning.", "Peter Olsen", "Peter Olsen", "person")]),
    ('One of the teachers, Mark Dunn, told CNN "The school was not ready for this."',
     [("The school was not ready for this.", "Mark Dunn", "Mark Dunn", "person")]),
    # already right before; must stay so
    ('The mayor told the New York Times "We will not give up on this city."',
     [("We will not give up on this city.", "The mayor", "", "anonymous")]),
]


@pytest.mark.parametrize("text,rows", TOLD_ADDRESSEE)
def test_the_addressee_of_told_is_never_the_speaker(quotes_of, text, rows):
    assert _rows(quotes_of(text)) == rows


PLURAL_THEY_BODY = [
    ("The Ministry of Defence has yet to name the soldier. They stated that the family had been informed.",
     [("the family had been informed", "They", "Ministry of Defence", "organization")]),
    ("The Football Association opened an inquiry on Monday. They confirmed that two players had been questioned.",
     [("two players had been questioned", "They", "Football Association", "organization")]),
    ("The World Health Organization sent a team to the region last week. They said that the outbreak was under control.",
     [("the outbreak was under control", "They", "World Health Organization", "organization")]),
]


@pytest.mark.parametrize("text,rows", PLURAL_THEY_BODY)
def test_plural_they_without_people_is_the_body_before(quotes_of, text, rows):
    assert _rows(quotes_of(text)) == rows


def test_plural_they_keeps_plural_people(quotes_of):
    rows = _rows(quotes_of("Residents said the water was unsafe. They added that the council had ignored them."))
    assert rows[1] == ("the council had ignored them", "They", "", "anonymous")


FORMER_LATTER = [
    ("Luxembourg's largest steel company Arcelor rejected the offer from Mittal Steel. The former said on Sunday that the bid was too low.",
     [("the bid was too low", "The former", "Arcelor", "organization")]),
    ("Tom Briggs met Anna Ruiz in Madrid on Monday. The latter said that the talks had gone well.",
     [("the talks had gone well", "The latter", "Anna Ruiz", "person")]),
    ("Tom Briggs met Anna Ruiz in Madrid on Monday. The former told reporters that no deal had been reached.",
     [("no deal had been reached", "The former", "Tom Briggs", "person")]),
]


@pytest.mark.parametrize("text,rows", FORMER_LATTER)
def test_the_former_and_the_latter(quotes_of, text, rows):
    assert _rows(quotes_of(text)) == rows


def test_plural_they_never_jumps_to_a_body_named_elsewhere(quotes_of):
    # the subject is a description ('The campaign group'), not a named body: 'they' is not the
    # last organisation named anywhere before it; since pron25 it is the described body itself
    text = ("Topics included the Canada-U.S. border and the future of Acme Corporation.\n"
            "The campaign group of websites reported a march on Monday. They also report that 5,000 people joined the march.")
    assert _rows(quotes_of(text)) == [("5,000 people joined the march", "They", "campaign group of websites", "organization")]


PEOPLE_NOUN_BEFORE_THEY = [
    # a plural people noun that is not one of the cue lexicon's person words ('individuals',
    # 'shoppers') is a subject in the sentence just before: 'they' are those people, never the
    # body named earlier (the parser does not always make it the main subject: 'Despite it
    # qualifying ..., many individuals campaigned ...')
    ("In 2006, a group called Citizens First sponsored a ban on the new tower. Citizens First gathered the "
     "signatures it needed. Despite the measure qualifying for the ballot, many individuals campaigned against it. "
     "They argued that it was unconstitutional.", "it was unconstitutional"),
    ("In 2012, a group called Clean Coast United (CCU) sponsored a ban on offshore drilling permits. CCU was able to "
     "acquire the signatures necessary to qualify the measure and it was listed on the ballot as Measure D. Despite it "
     "qualifying for the ballot, many individuals campaigned against it. They argued that it was unconstitutional.",
     "it was unconstitutional"),
    ("Greenpeace collected the signatures needed for a referendum on the plant. Despite that, many pensioners "
     "campaigned against the ban. They argued that it would cost jobs.", "it would cost jobs"),
    ("Northgate Retail announced longer opening hours on Friday. Many shoppers welcomed the change at first. "
     "They said that the queues had become unbearable.", "the queues had become unbearable"),
]


@pytest.mark.parametrize("text,statement", PEOPLE_NOUN_BEFORE_THEY)
def test_plural_they_after_a_plural_people_noun_is_not_the_body(quotes_of, text, statement):
    rows = _rows(quotes_of(text))
    row = next(r for r in rows if r[0] == statement)
    # the people are described, not named: no canonical name, and never the organisation
    assert row[1] == "They" and row[2] == "" and row[3] in ("anonymous", "unknown")
