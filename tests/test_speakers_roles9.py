"""Tests of the 0.5.0 speaker rules for the remaining wrong-speaker classes: surnames joined to
full names the entity model cut short, ranks before a name, office initials and nationalities
('the Estonian PM'), demonyms ('the Rhode Islander'), unnamed roles that stay unnamed ('The
spokesperson'), unnamed groups, and short forms of a body that are no outlet ('the Corps')."""

from __future__ import annotations

import pytest

from newslab import people
from newslab.entities import merge_names

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical, speaker_type)
SURNAMES = [
    ('Industry expert Om Malik said the outage was serious. "Users will leave," Malik added.',
     "Users will leave", "Om Malik"),
    ("Anders Fogh Rasmussen, the Prime Minister of Denmark, spoke on Tuesday. Later Rasmussen said the vote "
     "would be held in spring.", "the vote would be held", "Anders Fogh Rasmussen"),
    ("Rear Adm. Gregory Smith, a military spokesman, visited the base. Smith said the troops would stay until May.",
     "the troops would stay", "Gregory Smith"),
]


@pytest.mark.parametrize("text, needle, canonical", SURNAMES)
def test_speakers_roles9_surname_joins_full_name(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "person")


ROLES = [
    ("Estonian Prime Minister Andrus Ansip met Finnish Prime Minister Matti Vanhanen in Tallinn. "
     "The Estonian PM commented that the talks had gone well.", "the talks had gone well", "Andrus Ansip", "person"),
    # 'PM' tagged ORG by the model is read as a title since 0.6.0
    ("Finnish Prime Minister Matti Vanhanen met Estonian Prime Minister Andrus Ansip in Helsinki. "
     "The Finnish PM said that the border would stay open.", "the border would stay open", "Matti Vanhanen", "person"),
    ('Senator Lincoln Chafee said Obama was "the best candidate". McCain once campaigned for Chafee. '
     "The Rhode Islander said he thinks McCain would understand.", "McCain would understand", "Lincoln Chafee", "person"),
    ("A crowd gathered outside the embassy on Monday. The Iraqi said the shots came from the roof.",
     "the shots came from the roof", "", "anonymous"),
    ("An Intel spokesperson confirmed Thursday that Dell would stop selling the servers.\n\n"
     'The spokesperson said "Losing Dell is unfortunate."', "Losing Dell is unfortunate", "", "anonymous"),
    ("The new leadership which seized power on Thursday said that it was maintaining control of the country.",
     "it was maintaining control", "", "anonymous"),
]


@pytest.mark.parametrize("text, needle, canonical, kind", ROLES)
def test_speakers_roles9_role_descriptions(quotes_of, text, needle, canonical, kind):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, kind)


def test_speakers_roles9_the_spokesperson_keeps_the_organisation(quotes_of):
    q = quotes_of("A Qantas spokesperson confirmed on Friday that Boeing had delayed the order.\n\n"
                  'The spokesperson said "We are disappointed."')
    row = _one(q, "We are disappointed")
    assert (row["speaker_type"], row["speaker_org"]) == ("anonymous", "Qantas")


@pytest.mark.parametrize(
    ("text", "needle", "canonical", "title"),
    [
        ("Commandant of the Marine Corps General James F. Amos said the change only affected the dress hat.",
         "the change only affected", "James F. Amos", "Commandant of the Marine Corps General"),
        ("Prime Minister Helen Clark said the office was not a party matter.", "the office was not", "Helen Clark", "Prime Minister"),
    ],
)
def test_speakers_roles9_title_chain_before_name(quotes_of, text, needle, canonical, title):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_title"]) == (canonical, title)


def test_speakers_roles9_office_is_no_demonym(quotes_of):
    q = quotes_of("Malaysian Prime Minister Abdullah Ahmad Badawi dissolved parliament. "
                  "Only yesterday, the Prime Minister had told journalists that he would do no such thing.")
    row = _one(q, "he would do no such thing")
    assert row["speaker_canonical"] == "Abdullah Ahmad Badawi"


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ([("Marine Corps", "ORG"), ("Corps", "ORG"), ("Marine Corps Times", "ORG")],
         ["Marine Corps", "Marine Corps", "Marine Corps Times"]),
        ([("European Commission", "ORG"), ("Commission", "ORG")], ["European Commission"] * 2),
        ([("Peace Corps", "ORG"), ("Marine Corps", "ORG"), ("Corps", "ORG")], ["Peace Corps", "Marine Corps", "Corps"]),
    ],
)
def test_speakers_roles9_body_word_short_form(names, expected):
    assert merge_names(names) == expected


@pytest.mark.parametrize(
    ("words", "n"),
    [("Rear Adm. Gregory Smith", 2), ("Lt. Col. Anne Blake", 2), ("Sgt Mary Jones", 1), ("Gregory Smith", 0)],
)
def test_speakers_roles9_rank_abbreviations_are_titles(words, n):
    assert people.leading_title_words(words.split()) == n
