"""Tests of the iss31 rules (dev guideline S2: a document's canonical is its issuer): a writer that
obtained, saw or received something "in" its own report is not the issuer of that report; a memo
is a report-class document, so that a later "the report" reaches the memo's issuer; and the names
listed after a 'by' agent issue the document jointly."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical)
ISSUERS = [
    # the outlet only obtained the memo in its report: the memo's issuer speaks
    ("In an exclusive report, the Harbour Herald has obtained papers which show that the mill will close, "
     "according to an internal memo circulated by the Northshore Mining Company. "
     "\"Production will end in May,\" stated the report. The report also states that 300 jobs will go.",
     "300 jobs will go", "Northshore Mining Company"),
    ("In an exclusive report, the Harbour Herald has obtained papers which show that the mill will close, "
     "according to an internal memo circulated by the Northshore Mining Company. "
     "\"Production will end in May,\" stated the report. The report also states that 300 jobs will go.",
     "Production will end", "Northshore Mining Company"),
    ("In a report on Monday, Kestrel Radio obtained a memorandum sent by the Glenmore Port Authority to the council. "
     "The report says that the east quay will be sold.",
     "the east quay will be sold", "Glenmore Port Authority"),
    # unchanged: a writer that said something in its report issued that report
    ("In a report on Monday, Kestrel Radio said it had seen a memorandum drawn up by the Glenmore Port Authority. "
     "The report says that the east quay will be sold.",
     "the east quay will be sold", "Kestrel Radio"),
    ("A memo sent by the Brightwater Transit Board to its drivers warns of cuts. "
     "The report says that night buses will stop in June.",
     "night buses will stop", "Brightwater Transit Board"),
    # unchanged: a body that spoke in its own report issued it
    ("The Kestrel Bay Board of Health said in a report that the water was safe. "
     "The report also found that twelve wells were dry.",
     "twelve wells were dry", "Kestrel Bay Board of Health"),
    ("In its annual report, the Glenmore Housing Trust found that rents rose by a third. "
     "The report says that waiting lists are longer than ever.",
     "waiting lists are longer", "Glenmore Housing Trust"),
]


@pytest.mark.parametrize("text, needle, canonical", ISSUERS)
def test_speakers_documents31_issuer(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"], row["speaker_title"]) == ("document", canonical, "")



# (text, needle, joint canonical): the names after 'by' issue it jointly
JOINT = [
    ("Most tenants want rent caps, according to a survey carried out by the Glenmore Tenants Union, "
     "Kestrel Radio, and the Harbour Institute. The survey found that half pay too much.",
     "Most tenants want", "Glenmore Tenants Union, Kestrel Radio and Harbour Institute"),
    ("Most tenants want rent caps, according to a survey carried out by the Glenmore Tenants Union, "
     "Kestrel Radio, and the Harbour Institute. The survey found that half pay too much.",
     "half pay too much", "Glenmore Tenants Union, Kestrel Radio and Harbour Institute"),
    ("Rents rose by a third, according to a survey by the Kestrel Institute and Glenmore University.",
     "Rents rose", "Kestrel Institute and Glenmore University"),
    ("A report released by the Kestrel Institute and the Harbour Trust says that rents rose by a third.",
     "rents rose", "Kestrel Institute and Harbour Trust"),
    # one name, then a new clause: no list
    ("The study, conducted by the Kestrel Institute, found that most tenants pay too much, "
     "and the mayor said nothing would change.",
     "most tenants pay", "Kestrel Institute"),
]


@pytest.mark.parametrize("text, needle, canonical", JOINT)
def test_speakers_documents31_joint_agents(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("document", canonical)
