"""Speakers written as a role, then a name (docs/speakers.md, "Role, then name"): the named
person speaks, the role is the speaker_title; a role followed by a comma and something that is
not a name keeps the role, and a list of roles and names is no apposition."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical, speaker_title)
ROLE_THEN_NAME = [
    # the entity model tags the name ORG or GPE: a title noun before the comma makes it a person
    ('"We will not allow any attack on our soldiers," said Turkish defense minister, Vecdi Gonul.',
     "We will not allow", "Vecdi Gonul", "Turkish defense minister"),
    ("The reforms of the pension system will continue, says the current president, Ricardo Lagos.",
     "The reforms of the pension system", "Ricardo Lagos", "current president"),
    # the parser coordinates the name with the role; an age in brackets is no title
    ("With these words, the President of France, Jacques Chirac (74) announced that he would not seek a third term.",
     "he would not seek a third term", "Jacques Chirac", "President of France"),
    # an abbreviated rank between the comma and the name belongs to the name, not the role
    ("The convoy was attacked by insurgents, said U.S. military spokesman, Lt. Col. Barry Johnson.",
     "The convoy was attacked", "Barry Johnson", "U.S. military spokesman"),
    # the parser ends the phrase (and the sentence) at the split rank
    ('"We have not identified the body yet," said U.S. military in Iraq public affairs officer, Maj. Webster Wright who also added that roads had been closed.',
     "We have not identified the body", "Webster Wright", "U.S. military in Iraq public affairs officer"),
    ('"The road will stay closed tonight," said a police spokesman, Sgt. Anna Berg.',
     "The road will stay closed", "Anna Berg", "police spokesman"),
    # 'according to the role, Name, ...': the name between the two commas speaks
    ("According to the health minister, Anna Blake, the clinic will close in May.",
     "the clinic will close", "Anna Blake", "health minister"),
    # already right before, kept: a possessive role and a fronted role
    ("Sales will recover next year, says the company's chief executive, Mark Thompson.",
     "Sales will recover", "Mark Thompson", "company's chief executive"),
    ("The fire was under control, the city's fire chief, Roberto Almeida told reporters.",
     "The fire was under control", "Roberto Almeida", "city's fire chief"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "title"), ROLE_THEN_NAME)
def test_speakers_rolename10_name_speaks(quotes_of, text, needle, canonical, title):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"], row["speaker_title"]) == (canonical, "person", title)


def test_speakers_rolename10_org_of_role(quotes_of):
    row = _one(quotes_of("With these words, the President of France, Jacques Chirac (74) announced that he would not seek a third term."),
               "he would not seek")
    assert row["speaker_org"] == "France"


# (text, needle, speaker (the written mention), speaker_type, speaker_canonical)
NOT_A_NAME = [
    # a role, a comma and a participle or a clause: the role speaks, unnamed
    ("The plant was closed for safety reasons, said the defence minister, adding that an inquiry would follow.",
     "The plant was closed", "the defence minister", "anonymous", ""),
    ("The border will stay open, said the interior minister, speaking in Ankara on Monday.",
     "The border will stay open", "the interior minister", "anonymous", ""),
    # a possessive name after the comma is a second description, not the holder's name
    ('"The border will stay open," said the interior minister, Kestrel Bay Council\'s former chairman.',
     "The border will stay open", "the interior minister", "anonymous", ""),
    ("The deal is off, said a spokesman for the ministry, Reuters reported.",
     "The deal is off", "a spokesman for the ministry", "anonymous", ""),
    # firms after nouns that also name firms' relations stay organisations
    ('"We lost the match," said the team\'s sponsor, Red Bull.', "We lost the match", "Red Bull", "organization", "Red Bull"),
    ('"The deal is dead," said its rival, Delta Air Lines.', "The deal is dead", "Delta Air Lines", "organization", "Delta Air Lines"),
    ("Profits will fall, the bank's owner, Acme Holdings said in a statement.", "Profits will fall", "Acme Holdings", "organization", "Acme Holdings"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "kind", "canonical"), NOT_A_NAME)
def test_speakers_rolename10_no_name_after_role(quotes_of, text, needle, speaker, kind, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_type"], row["speaker_canonical"]) == (speaker, kind, canonical)


LISTS = [
    # a list of roles and a name: no single apposed name speaks for the first role
    "The mayor, the police chief and Anna Berg said the park would reopen.",
    "The park will reopen, said the minister, the mayor and Paul Henderson.",
]


@pytest.mark.parametrize("text", LISTS)
def test_speakers_rolename10_list_is_no_apposition(quotes_of, text):
    row = _one(quotes_of(text), "reopen" if "said the park" in text else "The park will reopen")
    assert row["speaker_canonical"] not in ("Anna Berg", "Paul Henderson")
