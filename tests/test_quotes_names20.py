"""Canonical names in the written form a researcher counts (names20).

1. post-nominal letters (QC, KC, MP, MEP, OBE, PhD ...) are no part of a person's name; Jr./Sr. are;
2. a joint organisation speaker writes each member as that body's canonical name, without 'the';
3. a lower-case kind of business after an organisation's name ('the Acme group') is no part of it;
4. a person's name the entity model cut inside a chain of proper nouns takes the rest of the chain,
   so the shorter mentions of the article merge into the full name.
Every sentence is our own.
"""

import pytest

from newslab.entities import drop_post_nominals, extract_entities, strip_titles
from newslab.quotes.extract import extract_quotes


# -- 1. post-nominal letters -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jane Doe QC", "Jane Doe"),
        ("John Smith KC", "John Smith"),
        ("Sam Roe CBE MP", "Sam Roe"),
        ("Lena Fischer MEP", "Lena Fischer"),
        ("Amit Rao PhD", "Amit Rao"),
        # kept: a generational suffix tells a father from his son; capitals alone are no name
        ("Tom Hart Jr.", "Tom Hart Jr."),
        ("Carl Vance Sr.", "Carl Vance Sr."),
        ("MP", "MP"),
        ("Conservative MP", "Conservative MP"),  # one word before the letters may be no name
        ("Anna Mp", "Anna Mp"),
    ],
)
def test_names20_post_nominals(name, expected):
    assert drop_post_nominals(name) == expected


def test_names20_titles_and_post_nominals_both_go():
    assert strip_titles("Dr Jane Doe QC") == "Jane Doe"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Defence barrister Marcus Webb QC told the court that the evidence had been planted.", ["Marcus Webb"]),
        ('"The bill is badly drafted," said Helen Ashworth MP, who chairs the committee.', ["Helen Ashworth"]),
        ("Local councillor Priya Natarajan OBE said the library would reopen in March.", ["Priya Natarajan"]),
        ("Robert Kane Jr. said he would run for the seat his father held.", ["Robert Kane Jr."]),
    ],
)
def test_names20_post_nominal_speaker(nlp, text, expected):
    assert extract_quotes(nlp(text)).speaker_canonical.tolist() == expected


def test_names20_post_nominal_entity(nlp):
    ents = extract_entities(nlp("Local councillor Priya Natarajan OBE said the library would reopen in March."))
    assert ents.loc[ents.label == "PERSON", "canonical"].tolist() == ["Priya Natarajan"]


# -- 2. joint organisations without 'the' ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will appeal," the Federal Agency and the National Institute said in a statement.', ["Federal Agency and National Institute"]),
        ("The Red Cross and the World Food Programme said on Monday that aid had reached the town.", ["Red Cross and World Food Programme"]),
        # one body's name with 'and the' inside keeps it
        ("The Ministry of Agriculture and the Environment said the ban would stay.", ["Ministry of Agriculture and the Environment"]),
    ],
)
def test_names20_joint_organisations(nlp, text, expected):
    assert extract_quotes(nlp(text)).speaker_canonical.tolist() == expected


# -- 3. a kind of business after an organisation's name -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Acme group said that it would close the plant.", ["Acme"]),
        ('"We disagree," the Ford Motor company said.', ["Ford Motor"]),
        # a capitalised word is the name's own; a noun that can name a part of a body stays
        ("Nokia Corporation said sales had fallen.", ["Nokia Corporation"]),
        ("The UN agency said the camps were full.", ["UN agency"]),
    ],
)
def test_names20_kind_of_business(nlp, text, expected):
    assert extract_quotes(nlp(text)).speaker_canonical.tolist() == expected


# -- 4. a person's name cut inside a chain of proper nouns --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Alemayehu Tadesse Gebre Medhin, the university's chief economist, missed the meeting. "
            "Alemayehu Tadesse said the visa never arrived.",
            ["Alemayehu Tadesse Gebre Medhin"],
        ),
        (
            "Dr. Mulugeta Berhan Gebre Kidan, the agency's chief scientist, was denied a visa. "
            "Mulugeta Berhan said the refusal was an insult.",
            ["Mulugeta Berhan Gebre Kidan"],
        ),
    ],
)
def test_names20_cut_name_takes_its_chain(nlp, text, expected):
    doc = nlp(text)
    assert extract_quotes(doc).speaker_canonical.tolist() == expected
    ents = extract_entities(doc)
    assert set(ents.loc[ents.label == "PERSON", "canonical"]) == set(expected)
