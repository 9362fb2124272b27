"""Tests of the 0.10.0 document rules (dev guideline S2-S3, docs/documents.md): the issuer named
at a later definite mention ('according to a poll published on Friday. The poll, conducted by X,
...'), a 'by' issuer after any participle that makes the document ('made by', 'drawn up by'), 'published
in' a publication for every document noun, a noun that WordNet gives a text or record sense
typed document when no other rule claims it, and a quoted title that holds a name."""

from __future__ import annotations

import pandas as pd
import pytest

from newslab import people

from .conftest import quote_row as _one


def _quotes(text: str) -> pd.DataFrame:
    import newslab as nl

    return nl.analyze(pd.DataFrame({"id": ["a"], "text": [text]}), progress=False).quotes


def _check(text: str, needle: str, stype: str, canonical: str) -> None:
    row = _one(_quotes(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


# (text, needle in the statement, speaker_type, speaker_canonical)
LATER_ISSUER = [
    ("Most residents oppose the new casino, according to a poll released on Tuesday.\n\n"
     "The poll, conducted by the Kestrel Bay Herald, also found that 60% want a referendum.",
     "Most residents oppose", "document", "Kestrel Bay Herald"),
    ("Nearly a third of nurses plan to leave the profession, according to a survey published this week.\n\n"
     "The survey, carried out by the Royal College of Nursing, also shows that pay is the main reason.",
     "Nearly a third of nurses", "document", "Royal College of Nursing"),
    ("Rents in the city rose by 12% last year, according to a report issued on Monday.\n\n"
     "The report, published by the Harbour Trust, says that young families are worst hit.",
     "Rents in the city rose", "document", "Harbour Trust"),
    # the definite mention between them is the same poll ('survey' is a poll's family)
    ("Almost half of voters want an early election, according to a poll released on Monday. "
     "The survey suggests that opinion has shifted since the flood. "
     "The poll, published by the Northshore Gazette, also shows that the mayor trails her rival.",
     "opinion has shifted", "document", "Northshore Gazette"),
]

# Another document of the same kind ends the search: its issuer is not the first one's.
OTHER_DOCUMENT = [
    ("Ticket sales fell by a fifth, according to a study released on Friday.\n\n"
     "A second study, published by the Arts Council, says that sales rose.",
     "Ticket sales fell", "document", ""),
    ("Crime fell in the harbour district, according to a report released on Monday.\n\n"
     "The 2004 report, published by the police, said that crime had risen.",
     "Crime fell", "document", ""),
]

MADE_BY = [
    ("Unemployment will rise next year, according to a forecast made by the Bank of Kestrel.",
     "Unemployment will rise", "document", "Bank of Kestrel"),
    ("Screening would save 2,000 lives a year, according to a study funded by the Wellcome Trust.",
     "Screening would save", "document", "Wellcome Trust"),
    ("Waiting lists will double, according to a survey led by the University of Kestrel.",
     "Waiting lists will double", "document", "University of Kestrel"),
    ("Most voters blame the coalition, according to an analysis carried out by Deloitte last year.",
     "Most voters blame", "document", "Deloitte"),
    ("The bridge is unsafe, according to an assessment commissioned by the Highways Agency.",
     "The bridge is unsafe", "document", "Highways Agency"),
]

# A participle whose 'by' phrase handled or judged the document names no issuer, nor does one
# whose 'by' phrase wrote it for someone else (an author: the issuer is the body it was written for).
HANDLED_BY = [
    ("Flood defences are needed, according to a Kestrel Bay Council report prepared by Brightwater Engineering.",
     "Flood defences are needed", "document", "Kestrel Bay Council"),
    ("The school should close, according to an estimate drawn up by Harbour Consulting for the trust.",
     "The school should close", "document", ""),
    ("The mine polluted the river, according to a report obtained by the Northshore Gazette.",
     "The mine polluted", "document", ""),
    ("The plant is safe, according to a memo revealed by the Kestrel Bay Herald.",
     "The plant is safe", "document", ""),
    ("The scheme will cost £40 million, according to a plan criticised by the Green Party.",
     "The scheme will cost", "document", ""),
]

PUBLISHED_IN = [
    ("Support for the mayor has fallen, according to a poll published in the Kestrel Bay Herald.",
     "Support for the mayor", "document", "Kestrel Bay Herald"),
    ("A survey published in the British Medical Journal found that one in ten doctors had been assaulted.",
     "one in ten doctors", "document", "British Medical Journal"),
    ("Most teachers want smaller classes, according to a survey published in the Times Educational Supplement.",
     "Most teachers want", "document", "Times Educational Supplement"),
]

RECORD_NOUNS = [
    ("A federal wiretap revealed that the senator had accepted the payments.",
     "the senator had accepted", "document", ""),
    ("A leak of the draft budget states that school funding will be cut.",
     "school funding will be cut", "document", ""),
    ("The club newsletter claimed that the stadium would be sold.",
     "the stadium would be sold", "document", ""),
    ("A transcript of the call shows that the pilot asked for help twice.",
     "the pilot asked for help", "document", ""),
]

# Nouns that name people keep their person readings.
PEOPLE_STAY = [
    ("The leader of the council said that the budget was balanced.", "the budget was balanced", "anonymous", ""),
    ("A local farmer said that the river had flooded twice this year.", "the river had flooded", "anonymous", ""),
]

# The record list is a last resort for a speaker's own noun: never an antecedent for 'it', never
# a word inside a name or a list of bodies.
RECORD_LIST_LIMITS = [
    ("Improved access for disabled passengers is another area where the committee wants action. "
     "It also calls for more powers to be given to Wales.",
     "more powers to be given"),
    ("The DWP, LAPD and Department of Homeland security immediately assured the public that the outage "
     "had nothing to do with terrorism.",
     "the outage had nothing"),
]

TITLED = [
    ('An open letter titled "A Time to Speak: Friends of the Harbour" said that the council had ignored residents.',
     "the council had ignored", "document", ""),
    ('A report entitled "Fair Rents for Kestrel Bay Tenants Union" says that rents have doubled.',
     "rents have doubled", "document", ""),
]


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), LATER_ISSUER)
def test_speakers_documents16_issuer_from_later_mention(text: str, needle: str, stype: str, canonical: str) -> None:
    _check(text, needle, stype, canonical)


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), OTHER_DOCUMENT)
def test_speakers_documents16_other_document_names_no_issuer(text: str, needle: str, stype: str, canonical: str) -> None:
    _check(text, needle, stype, canonical)


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), MADE_BY)
def test_speakers_documents16_any_making_participle_names_issuer(text: str, needle: str, stype: str, canonical: str) -> None:
    _check(text, needle, stype, canonical)


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), HANDLED_BY)
def test_speakers_documents16_handling_participle_names_no_issuer(text: str, needle: str, stype: str, canonical: str) -> None:
    _check(text, needle, stype, canonical)


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), PUBLISHED_IN)
def test_speakers_documents16_published_in_for_any_document(text: str, needle: str, stype: str, canonical: str) -> None:
    _check(text, needle, stype, canonical)


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), RECORD_NOUNS)
def test_speakers_documents16_record_noun_is_document(text: str, needle: str, stype: str, canonical: str) -> None:
    _check(text, needle, stype, canonical)


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), PEOPLE_STAY)
def test_speakers_documents16_person_nouns_stay_people(text: str, needle: str, stype: str, canonical: str) -> None:
    _check(text, needle, stype, canonical)


@pytest.mark.parametrize(("text", "needle"), RECORD_LIST_LIMITS)
def test_speakers_documents16_record_list_limits(text: str, needle: str) -> None:
    row = _one(_quotes(text), needle)
    assert row["speaker_type"] != "document"


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), TITLED)
def test_speakers_documents16_name_in_title_is_no_speaker(text: str, needle: str, stype: str, canonical: str) -> None:
    _check(text, needle, stype, canonical)


def test_speakers_documents16_flier_after_leaflets_is_document() -> None:
    # docres25: the army that dropped the leaflets issued them (as 'The army said' names 'army').
    _check('The army dropped leaflets over the city. "Leave the area now," one flier warned.',
           "Leave the area now", "document", "army")


@pytest.mark.parametrize(
    ("word", "also_person", "expected"),
    [
        ("wiretap", True, True),
        ("leak", True, True),
        ("flyer", True, True),
        ("flyer", False, False),  # also a traveller
        ("newsletter", False, True),
        ("farmer", True, False),
        ("council", True, False),
    ],
)
def test_people_is_record_noun(word: str, also_person: bool, expected: bool) -> None:
    assert people.is_record_noun(word, also_person=also_person) is expected


def test_speakers_documents16_record_list_is_documented() -> None:
    from .conftest import ROOT

    data = ROOT / "newslab" / "data"
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in (data / "record_nouns.md").read_text(encoding="utf-8")
    lines = [ln for ln in (data / "record_nouns.txt").read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert len(lines) > 1000
    assert all(ln.islower() and (ln.count("\t") == 0 or ln.endswith("\tperson")) for ln in lines)
    assert lines == sorted(lines)
