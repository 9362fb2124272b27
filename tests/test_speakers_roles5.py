"""Tests of the 0.4.0 role and name rules (docs/speakers.md, "0.4.0: roles and their holders"):
offices written 'TITLE of the DOMAIN, NAME', modifiers that pick the right holder, no elegant
variation onto a speaker with another role, one-edit spelling variants of a full name, and
bodies described together ('the government and the developer')."""

from __future__ import annotations

import pytest

from newslab.quotes.speaker_roles import _one_edit

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical)
HOLDERS = [
    # 'leader of the opposition, NAME' makes NAME the opposition leader, even among other leaders
    ("Question time was dominated by the bonuses, with leader of the opposition, Brendan Nelson moving to censure the Prime Minister. "
     "Labor leader Kevin Rudd said the payments would continue. \"This is a cruel budget,\" said Dr Nelson. "
     "The opposition leader told the House that many people had been budgeting for the payment.",
     "many people had been budgeting", "Brendan Nelson"),
    ("The debate opened late, with chairman of the committee, Peter Hughes presiding. Councillor Tomasz Wierzbicki said the wall was too costly. "
     "The committee chairman said the vote would be held in May.",
     "the vote would be held", "Peter Hughes"),
    # a modifier the holders' offices share picks the one whose office has it
    ("Liberal leader Anna Marsh said taxes would fall. Green leader Omar Haddad said they would not. "
     "Later the Green leader told reporters that the budget was a fraud.",
     "the budget was a fraud", "Omar Haddad"),
    # not an elegant variation of a speaker the text gave another role: the person speaking next
    ("\"These laws are against dissent,\" said David Bernie, a spokesman for the Council for Civil Liberties. "
     "Mr Bernie said the gag order applied automatically. The Prime Minister has said that the laws are justified by the threat. "
     "Mr Howard said in an interview on Friday that he would not enjoy enacting them.",
     "the laws are justified", "Howard"),
    # a speaker with no other role is still the one meant ('Mr Brown ... the Chancellor')
    ("Mr Brown said the economy was growing. However, the Chancellor insisted that taxes would not rise.",
     "taxes would not rise", "Brown"),
    # a noun of standing is no office: the speaker described as one keeps it
    ("Bill Gates, the world's richest man and chairman of Microsoft, has said the recovery will be slow. "
     "\"It will take years of digging out,\" the billionaire commented.",
     "years of digging out", "Bill Gates"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), HOLDERS)
def test_speakers_roles5_office_holder(quotes_of, text, needle, canonical):
    assert _one(quotes_of(text), needle)["speaker_canonical"] == canonical


# negatives: nothing in the text says who holds the office
UNHELD = [
    ("\"These laws are against dissent,\" said David Bernie, a spokesman for the Council for Civil Liberties. "
     "The Prime Minister has said that the laws are justified by the threat. Protesters marched through the city on Saturday.",
     "the laws are justified"),
    ("\"We will appeal,\" said Jean Pellow, a retired teacher from the village. The minister said that the school would close in June. "
     "\"It is a sad day,\" said Mrs Pellow.",
     "the school would close"),
]


@pytest.mark.parametrize(("text", "needle"), UNHELD)
def test_speakers_roles5_office_not_given_to_other_role(quotes_of, text, needle):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] in ("", None) or row["speaker_canonical"] != row["speaker_canonical"]
    assert row["speaker_type"] in ("person", "anonymous")


# (text, needle, speaker_canonical)
VARIANTS = [
    ("Iranian President Mohammad Khatami said today that his country will never give up its programme. "
     "Iran claims to have suspended enrichment. President Khatmi said that enrichment is \"our clear right\" for every nation.",
     "enrichment is", "Mohammad Khatami"),
    ("Mayor Ruth Calloway opened the new library on Monday. Later Mayor Caloway said that the town would build a second one.",
     "the town would build", "Ruth Calloway"),
    ("Prime Minister Jan Kowalski opened the bridge on Monday. Jan Kowalsky said that the bridge had cost less than planned.",
     "the bridge had cost", "Jan Kowalski"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), VARIANTS)
def test_speakers_roles5_spelling_variant_merged(quotes_of, text, needle, canonical):
    assert _one(quotes_of(text), needle)["speaker_canonical"] == canonical


# negatives: one edit apart but another given name, no shared role, or a short surname
NOT_VARIANTS = [
    ("Senator Rand Paulson spoke first. Then Ron Paulsen said the bill would fail in the House.", "the bill would fail", "Rand Paulson"),
    ("Mayor Ruth Calloway opened the library. Farmer Caloway said that the field had flooded again.", "the field had flooded", "Ruth Calloway"),
    ("Judge Ann Lee heard the case. Judge Lew said the evidence was thin.", "the evidence was thin", "Ann Lee"),
    ("Mayor Ruth Calloway opened the library. Mayor Hallaway of the next town said that the field had flooded.", "the field had flooded", "Ruth Calloway"),
]


@pytest.mark.parametrize(("text", "needle", "other"), NOT_VARIANTS)
def test_speakers_roles5_different_people_never_merged(quotes_of, text, needle, other):
    assert _one(quotes_of(text), needle)["speaker_canonical"] != other


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [("Khatami", "Khatmi", True), ("Calloway", "Caloway", True), ("Hendriks", "Hendricks", True), ("Paulson", "Paulsen", True),
     ("Smith", "Smith", False), ("Paul", "Pole", False), ("Khatami", "Chatami", False), ("Nelson", "Neilsen", False)],
)
def test_speakers_roles5_one_edit(a, b, close):
    assert _one_edit(a, b) is close


# (text, needle, speaker_canonical): bodies described together, each resolved
JOINT = [
    ("Henco Industries had begun building ten homes on the tract. The government and the developer claim that the land was surrendered in 1841.",
     "the land was surrendered", "government and Henco Industries"),
    ("Harbour Homes Ltd began building 40 houses on the field in March. The council and the developer say that the land was sold legally.",
     "the land was sold legally", "council and Harbour Homes Ltd"),
    # negative: nothing to resolve, the words stay as written
    ("The talks broke down on Monday. The company and the union said talks would continue.", "talks would continue", "company and the union"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), JOINT)
def test_speakers_roles5_joint_descriptions(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "organization")


# (text, needle, speaker_canonical, speaker_title): the domain of an office is not part of the name
OFFICE_DOMAINS = [
    ("According to the Transport Ministry's Director General for Aviation Anna Blake, the airline now meets most standards.",
     "the airline now meets", "Anna Blake"),
    pytest.param("\"We will not close the line,\" said Commissioner for Transport Peter Hughes on Monday.", "We will not close", "Peter Hughes",
                 marks=pytest.mark.xfail(strict=True, reason="a speaker after the verb headed by an office with 'for': left unnamed")),
    # a given name the model left out of the entity still joins it
    ("\"The port is safe,\" said Mary Ann Walsh, the harbour master.", "The port is safe", "Mary Ann Walsh"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), OFFICE_DOMAINS)
def test_speakers_roles5_office_domain_not_in_name(quotes_of, text, needle, canonical):
    assert _one(quotes_of(text), needle)["speaker_canonical"] == canonical
