"""Country abbreviations heading a name (canon23): one written form per article.

'U.S.', 'US' and 'United States' (likewise 'UN'/'U.N.'/'United Nations', 'UK'/'U.K.'/'United
Kingdom', 'EU'/'European Union') heading the same words are one name in one article. The name is
the spelled-out form when the text writes it (the fullest name), else the form written first; an
alias on any form wins; the entities table and the speakers agree.
"""

import pytest

from newslab.entities import country_written_form, extract_entities
from newslab.quotes.extract import extract_quotes


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # the spelled-out form written first, the abbreviation later
        ("UN security council", "Ministers met the United Nations security council on Monday. Later the UN security council urged calm.", "United Nations security council"),
        # the spelled-out form written after the abbreviation still wins (the fullest name)
        ("U.K. Border Agency", "The U.K. Border Agency said so. A spokesman for the United Kingdom Border Agency declined to comment.", "United Kingdom Border Agency"),
        # two abbreviations, no spelled-out form: the first written
        ("US Navy", "The U.S. Navy sent two ships. The US Navy said they would stay.", "U.S. Navy"),
        ("E.U. commission", "The EU commission met. The E.U. commission said no.", "EU commission"),
        # no other form written: as is
        ("US embassy", "The US embassy in Lima said it was closed.", "US embassy"),
        # the head alone, or no head: as is
        ("United States", "The U.S. and the United States.", "United States"),
        ("Usman Ali", "Usman Ali said so.", "Usman Ali"),
    ],
)
def test_canon23_one_form_per_article(name, text, expected):
    assert country_written_form(name, text) == expected


def test_canon23_alias_on_a_form_wins():
    text = "The United States military said it had left. The U.S. military said later that it was back."
    assert country_written_form("U.S. military", text, {"u.s. military": "Pentagon forces"}) == "Pentagon forces"


def test_canon23_speakers_take_the_spelled_out_form(nlp):
    text = (
        "The United States military said on Sunday that two soldiers were wounded near the border.\n\n"
        "The U.S. military said later that both soldiers were in stable condition."
    )
    q = extract_quotes(nlp(text))
    assert q.speaker_canonical.tolist() == ["United States military", "United States military"]


def test_canon23_speakers_take_the_first_abbreviation(nlp):
    text = (
        "The U.N. refugee agency said on Tuesday that 4,000 people had crossed the river.\n\n"
        "The UN refugee agency said it would open two more camps."
    )
    q = extract_quotes(nlp(text))
    assert set(q.speaker_canonical) == {"U.N. refugee agency"}


def test_canon23_entities_agree(nlp):
    text = (
        "Officers of the U.S. Department of Energy visited the plant on Friday.\n\n"
        "The United States Department of Energy said the plant was safe."
    )
    e = extract_entities(nlp(text))
    forms = set(e[e.text.str.contains("Department of Energy")].canonical)
    assert forms == {"United States Department of Energy"}


# -- an abbreviation defined by the name in parentheses after it ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday KBTA buses (Kestrel Bay Transit Authority) stopped running.", {"KBTA": "Kestrel Bay Transit Authority"}),
        ("The NDMA (National Disaster Management Authority) opened shelters.", {"NDMA": "National Disaster Management Authority"}),
        # initials that do not spell it: no definition
        ("The NDMA (Disaster Authority) opened shelters.", {}),
    ],
)
def test_canon23_abbreviation_before_its_name(text, expected):
    from newslab.quotes.parse import _defined_abbreviations

    assert _defined_abbreviations(text) == expected


def test_canon23_abbreviation_before_its_name_speaker(nlp):
    text = (
        "Hundreds of NDMA workers (National Disaster Management Authority) reached the valley on Friday.\n\n"
        "The NDMA said that 300 families had been moved to shelters."
    )
    q = extract_quotes(nlp(text))
    assert q.speaker_canonical.tolist() == ["National Disaster Management Authority"]
