"""Tests of the 0.6.0 agreement rules: a bare surname two people share is the one its own clause
agrees with (honorific, gendered noun, a pronoun the grammar binds to it), and a mention made
only of role words is never a person's name (the name written with the role is)."""

from __future__ import annotations

import pytest

from newslab import people
from newslab.entities import extract_entities, mention_genders, merge_names

from .conftest import quote_row as _one

# (text, text of the mention, which occurrence, expected gender evidence)
MENTION_GENDERS = [
    ("Roberts told students during his weekly chapel that the lawsuit was about intimidation.", "Roberts", 0, "m"),
    ("Okafor defended herself against the charges on Monday.", "Okafor", 0, "f"),
    ("Okafor said she would stay in office until the election.", "Okafor", 0, "f"),
    ("Mrs Delacroix said the school would reopen in May.", "Delacroix", 0, "f"),
    ("The couple's lawyer is his wife, Lindsay Roberts.", "Lindsay Roberts", 0, "f"),
    # no evidence: an object pronoun names someone else; a quoted 'he' is not the speaker; a
    # pronoun after another person's name; a clause with its own subject
    ("Okafor told her that the contract had been signed.", "Okafor", 0, ""),
    ('Okafor said, "He has lost every case he brought against us."', "Okafor", 0, ""),
    ("Okafor met Daniel Mensah and praised his handling of the strike.", "Okafor", 0, ""),
    ("Okafor said the minister had changed his mind.", "Okafor", 0, ""),
    ("Okafor said the council would announce the result.", "Okafor", 0, ""),
]


def _span(doc, text: str, nth: int) -> tuple[int, int]:
    """Token span of the nth occurrence of ``text`` (whatever the entity model tagged)."""
    n = len(text.split())
    found = [i for i in range(len(doc) - n + 1) if doc[i : i + n].text == text]
    return found[nth], found[nth] + n


@pytest.mark.parametrize("text, mention, nth, expected", MENTION_GENDERS)
def test_entities_mention_gender_from_own_clause(nlp, text, mention, nth, expected):
    doc = nlp(text)
    assert mention_genders(doc, [_span(doc, mention, nth)]) == [expected]


# (text, needle in the bare surname's statement, its expected canonical name)
SHARED_SURNAMES = [
    # the text's own word rules out the wife: the surname with 'his' is the husband
    ("Lindsay Roberts, the chair of the board, and her husband, Richard Roberts, were accused of fraud on Tuesday. "
     "On Wednesday Roberts told students during his weekly chapel that the lawsuit was about intimidation.",
     "the lawsuit was about", "Richard Roberts"),
    # an honorific picks the wife although the husband is the subject
    ("Richard Roberts, the university's president, and his wife, Lindsay Roberts, were accused of fraud on Tuesday. "
     "Mrs Roberts told reporters that the accusations were false.",
     "the accusations were false", "Lindsay Roberts"),
    # the only full Roberts is a woman, the surname with 'his' a man the article does not name in full
    ("The university's president and his wife, Lindsay Roberts, were accused of fraud on Tuesday. "
     "Roberts told students during his weekly chapel that the lawsuit was about intimidation.",
     "the lawsuit was about", "Roberts"),
    # a son and his father: no agreement evidence in the statement's clause, the subject keeps it
    ("Tomas Brenner, 34, was charged in Vienna on Friday. His father, Karl Brenner, paid the bail. "
     "Brenner told the court that the money was a loan.",
     "the money was a loan", "Tomas Brenner"),
]


@pytest.mark.parametrize("text, needle, canonical", SHARED_SURNAMES)
def test_entities_shared_surname_follows_agreement(nlp, text, needle, canonical):
    doc = nlp(text)
    ents = extract_entities(doc)
    sent = next(s for s in doc.sents if needle in s.text)
    bare = ents[(ents.start_char >= sent.start_char) & (ents.start_char < sent.end_char) & (ents.label == "PERSON")]
    assert bare.canonical.tolist()[:1] == [canonical]


@pytest.mark.parametrize("text, needle, canonical", SHARED_SURNAMES)
def test_speakers_shared_surname_speaker_follows_agreement(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row.speaker_canonical, row.speaker_type) == (canonical, "person")


def test_entities_merge_names_given_name_list_alone_rules_nobody_out():
    # 'Raila' is listed as a woman's name; only the text's own word rules a bearer out.
    names = [("Raila Odinga", "PERSON"), ("Odinga", "PERSON")]
    assert merge_names(names, genders=["", "m"]) == ["Raila Odinga", "Raila Odinga"]
    assert merge_names(names, genders=["f", "m"]) == ["Raila Odinga", "Odinga"]
    pair = [("Anna Weber", "PERSON"), ("Vienna", "GPE"), ("Paul Weber", "PERSON"), ("Weber", "PERSON")]
    assert merge_names(pair, genders=["f", "", "m", "m"])[3] == "Paul Weber"
    assert merge_names(pair, genders=["f", "", "m", "f"])[3] == "Anna Weber"
    assert merge_names(pair, genders=["", "", "", "m"])[3] == "Anna Weber"  # nothing rules her out: the subject rule
    assert merge_names(pair, genders=["f", "", "f", "m"])[3] == "Weber"  # both women by the text: someone else


ROLE_ONLY = [
    ("National Security Advisor", True),
    ("Deputy Prime Minister", True),
    ("Foreign Minister", True),
    ("Health Secretary", True),
    ("Attorney General", True),
    ("Howard Baker", False),
    ("Security Council", False),
    ("General Motors", False),
    ("Minister", False),
    ("Tony Blair", False),
    ("Labor Party", False),
]


@pytest.mark.parametrize("name, expected", ROLE_ONLY)
def test_people_is_role_only(name, expected):
    assert people.is_role_only(name, titles={"minister", "secretary", "advisor"}) is expected


# (text, needle, speaker_canonical, speaker_type)
ROLE_THEN_HOLDER = [
    ("J.D. Crouch, the USA's Deputy National Security Advisor to President Bush told CNN on Thursday that there "
     "was no confirmation that any senior operatives were killed.", "no confirmation", "J.D. Crouch", "person"),
    ("Deputy National Security Advisor J.D. Crouch said that there was no confirmation of the deaths.",
     "no confirmation", "J.D. Crouch", "person"),
    ("Najib Mikati was appointed on Friday. The new PM Mikati told the newspaper Al-Nahar that he intends to form "
     "a small government.", "he intends", "Najib Mikati", "person"),
    ("Marta Quiroga, the Deputy Health Secretary of the province told reporters on Monday that the clinics would "
     "reopen.", "the clinics would", "Marta Quiroga", "person"),
]


@pytest.mark.parametrize("text, needle, canonical, stype", ROLE_THEN_HOLDER)
def test_speakers_role_words_are_no_name(quotes_of, text, needle, canonical, stype):
    row = _one(quotes_of(text), needle)
    assert (row.speaker_canonical, row.speaker_type) == (canonical, stype)


# An office with no name written is an unnamed source, never a person called 'Security Advisor'.
ROLE_WITHOUT_HOLDER = [
    ("The Deputy National Security Advisor told CNN on Thursday that there was no confirmation of the deaths.",
     "no confirmation"),
    ("In a letter to Anna Lee, the Deputy Health Secretary said that the clinics would reopen.", "the clinics would"),
    ("The Deputy Health Secretary, who wrote to Anna Lee, said that the clinics would reopen.", "the clinics would"),
]


@pytest.mark.parametrize("text, needle", ROLE_WITHOUT_HOLDER)
def test_speakers_role_without_holder_is_unnamed(quotes_of, text, needle):
    row = _one(quotes_of(text), needle)
    assert (row.speaker_canonical if isinstance(row.speaker_canonical, str) else "", row.speaker_type) == ("", "anonymous")
