"""Speakers that are people or unnamed sources: names, titles, anonymous sources, pronouns.

Each table holds realistic news sentences for one rule of newslab/quotes/speaker_roles.py,
speaker_pronouns.py or newslab/people.py (docs/speakers.md, "People, unnamed sources and
pronouns"). Rows are (text, a piece of the statement, expected canonical speaker, expected type).
"""

from __future__ import annotations

import pytest

from newslab import people
from tests.conftest import quote_row


def _check(quotes_of, text: str, needle: str, canonical: str, stype: str) -> None:
    row = quote_row(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, stype), row[["speaker", "speaker_canonical", "speaker_type", "speaker_title"]].to_dict()


# A rank of two words ('Rear Admiral') that the entity model took into an ORG-tagged name is
# a title: the person is the name after it.
RANKS = [
    ("Rear Admiral Gregory Smith said the troops would return.", "troops would return", "Gregory Smith", "person"),
    (
        '"Five brigades will go home," said U.S. military in Iraq spokesman, Rear Admiral Gregory Smith.',
        "Five brigades", "Gregory Smith", "person",
    ),
    ("Detective Inspector Sarah Cole said the inquiry was continuing.", "inquiry was continuing", "Sarah Cole", "person"),
    ("Chief Constable Andy Marsh said the force was stretched.", "force was stretched", "Andy Marsh", "person"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), RANKS)
def test_speakers_people_rank_titles_stay_outside_the_name(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)


@pytest.mark.parametrize(
    ("words", "n"),
    [("Rear Admiral Gregory Smith", 2), ("Staff Sergeant Amy Stone", 2), ("Vice Admiral Ann Lee", 2), ("Will Smith", 0), ("Rear Window", 0)],
)
def test_speakers_people_leading_title_words_count_rank_modifiers(words, n):
    assert people.leading_title_words(words.split()) == n


# 'X Y of the <body>': a name followed by the body its bearer sits in is a person's, whatever
# label the entity model gave it; a name with an organisation word stays an organisation.
MEMBERS = [
    ("Suman Haripriya of the Hajo assembly said the cure was simple.", "cure was simple", "Suman Haripriya", "person"),
    ("Nkosana Dlamini of the Teachers Union said the strike would go ahead.", "strike would go ahead", "Nkosana Dlamini", "person"),
    ("Kenneth Roth of Human Rights Watch said the trial was unfair.", "trial was unfair", "Kenneth Roth", "person"),
    ("The Bank of England said rates would stay at 5%.", "rates would stay", "Bank of England", "organization"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), MEMBERS)
def test_speakers_people_member_of_a_body_is_a_person(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)


# A surname with a lower-case particle is capitalised when it opens a sentence; the entity
# model then often tags it ORG. It is still the person's surname, and 'he' finds them.
PARTICLES = [
    (
        "Mohammed Essam Ghoneim el-Attar was detained in 2007. El-Attar claims that the confession was extracted by torture.",
        "confession was extracted", "Mohammed Essam Ghoneim el-Attar", "person",
    ),
    (
        "Mohammed Essam Ghoneim el-Attar was detained in 2007, Mark Regev said. El-Attar claims that the confession was "
        "extracted by torture. He said that guards had beaten him.",
        "guards had beaten him", "Mohammed Essam Ghoneim el-Attar", "person",
    ),
    (
        "The court heard from Ahmed al-Rashid on Monday. Al-Rashid said he had never met the accused.",
        "never met the accused", "Ahmed al-Rashid", "person",
    ),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), PARTICLES)
def test_speakers_people_capitalised_particle_surname_is_the_person(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)


# Plural person nouns opening a sentence are capitalised, and the small model tags them ORG:
# they are unnamed groups of people.
PLURALS = [
    ("Neighbours said the family had moved in last year.", "family had moved", "", "anonymous"),
    ("Paramedics said the driver had died at the scene.", "driver had died", "", "anonymous"),
    ("Reporters said the minister had resigned on Friday.", "minister had resigned", "", "anonymous"),
    ("Peruvians living near the mine said the water was poisoned.", "water was poisoned", "", "anonymous"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), PLURALS)
def test_speakers_people_capitalised_plural_nouns_are_unnamed(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)


# A definite role that no named person in the text holds: an unnamed source when the role is
# one that stands for unnamed sources or belongs to a person ('his lawyer'); an office ('the
# minister', "the committee's chairman") points to one person but, with no name in the text,
# is an unnamed source in the table too (every annotated set types it anonymous).
UNRESOLVED_ROLES = [
    ("The spokesperson said the company had no comment.", "company had no comment", "", "anonymous"),
    ("The official added that the border would stay closed.", "border would stay closed", "", "anonymous"),
    ("His lawyer said he would appeal.", "he would appeal", "", "anonymous"),
    ("The boy's mother said he had been bullied for months.", "bullied for months", "", "anonymous"),
    ("The minister denied that she had known about the payments.", "known about the payments", "", "anonymous"),
    ("The committee's chairman said the hearing would resume on Friday.", "hearing would resume", "", "anonymous"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), UNRESOLVED_ROLES)
def test_speakers_people_unresolved_definite_roles(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)


def test_speakers_people_definite_role_still_resolves_to_its_holder(quotes_of):
    text = ("Karen Dale, a lawyer for the family, spoke outside the court. "
            "The lawyer said the family would appeal.")
    _check(quotes_of, text, "family would appeal", "Karen Dale", "person")


# Anonymous sources of every common shape (dev guideline S3: an unnamed source is anonymous,
# with the organisation it speaks for in speaker_org).
ANONYMOUS = [
    ("A source close to the talks said a deal was unlikely before Friday.", "deal was unlikely", ""),
    ("Witnesses told reporters that the car was travelling at speed.", "car was travelling", ""),
    ("A government official, speaking on condition of anonymity, said the plan was dead.", "plan was dead", ""),
    ('"It was chaos," a witness said.', "It was chaos", ""),
    ("According to a spokesman, the airport will reopen on Monday.", "airport will reopen", ""),
    ("A spokeswoman for the Port Authority said the ferry was delayed.", "ferry was delayed", "Port Authority"),
    ("A spokesperson for BusCo, which runs the routes under contract, declined to comment.", "", "BusCo"),
]


@pytest.mark.parametrize(("text", "needle", "org"), ANONYMOUS)
def test_speakers_people_anonymous_sources(quotes_of, text, needle, org):
    rows = quotes_of(text)
    row = quote_row(rows, needle) if needle else rows.iloc[0]
    assert (row["speaker_canonical"], row["speaker_type"]) == ("", "anonymous")
    assert row["speaker_org"] == org


# 'it' and 'they' after a sentence whose subject is an unnamed organisation, document or group
# take that subject; nothing compatible leaves them unknown.
IT_AND_THEY = [
    ("The council voted on Monday. It said the rates would rise.", "rates would rise", "council", "organization"),
    ("The airline cancelled 40 flights. It said passengers would be refunded.", "passengers would be refunded", "airline", "organization"),
    ("Residents gathered outside the hall. They said the plan was unfair.", "plan was unfair", "", "anonymous"),
    ("Opponents of the bill have disputed her figures. They point out that no group ever had its own government.", "no group ever had", "", "anonymous"),
    ("The storm passed on Sunday. It said the roads were open again.", "roads were open", "", "unknown"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), IT_AND_THEY)
def test_speakers_people_it_and_they_take_the_unnamed_subject_before(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)


# Pronouns: the nearest compatible current speaker, never someone named only inside a quotation.
PRONOUNS = [
    ('"I told David Moss we would not wait," said Helen Park. "He understood," she said.', "He understood", "Helen Park", "person"),
    ('"I met Sarah Jones last week," said John Barker. He added that she had been helpful.', "she had been helpful", "John Barker", "person"),
    ("Emma Stone met David Price on Monday. \"It was productive,\" he said.", "It was productive", "David Price", "person"),
    ("Mayor Ruth Calloway opened the meeting. She said the budget was tight.", "budget was tight", "Ruth Calloway", "person"),
    ('"Nobody comes here to look at a concrete wall," he said.', "Nobody comes here", "", "unknown"),
    ("A spokeswoman for the ministry said the talks would resume. She said a date had not been set.", "date had not been set", "", "anonymous"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), PRONOUNS)
def test_speakers_people_pronouns_agree_and_skip_quoted_names(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)


# Short forms of names: a surname after a titled second mention, a family name written first.
SHORT_FORMS = [
    (
        "Councillor Aisha Begum said the library would stay open. Cllr Begum said funding had been found.",
        "funding had been found", "Aisha Begum", "person",
    ),
    (
        "Mahathir Mohamad met the delegation on Monday. Mahathir said Malaysia would stay neutral.",
        "Malaysia would stay neutral", "Mahathir Mohamad", "person",
    ),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), SHORT_FORMS)
def test_speakers_people_short_forms_map_to_the_full_name(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)


# A name with a known given name first that the model tagged as a building or site: speaking makes it a person.
PLACE_TAGGED = [
    ('"We will not wait," said Helen Park.', "We will not wait", "Helen Park", "person"),
    ('"The road is closed," said Grace Hill.', "The road is closed", "Grace Hill", "person"),
    # A country is no building: it stays the organisation it acts as.
    ("North Korea admitted in 2002 it had kidnapped 13 Japanese to train spies.", "kidnapped 13 Japanese", "North Korea", "organization"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), PLACE_TAGGED)
def test_speakers_people_place_tagged_speaker_with_given_name_is_a_person(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)
