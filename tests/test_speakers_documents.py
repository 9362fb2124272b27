"""Tests of the 0.4.0 rules that name a document's issuer from the article context when the
document's own phrase does not (dev guideline S2, fresh-d32 R10)."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_type, speaker_canonical)
CONTEXT_ISSUERS = [
    # an earlier mention of the same document names its issuer (a passive, then definite mentions)
    ("A Harbour Board report was released on Friday. The report was sent to the minister. "
     "The report warns that the old pier could collapse within five years.",
     "the old pier could collapse", "document", "Harbour Board"),
    ("Glenmore Water published a study in March. The study found that most leaks start in private pipes.",
     "most leaks start", "document", "Glenmore Water"),
    # an inquiry carried out by its issuer
    ("The Northshore Institute conducted a survey of 2,000 tenants last month. "
     "The survey found that rents had risen by a third.",
     "rents had risen", "document", "Northshore Institute"),
    ("Half of the voters oppose the scheme, according to a poll conducted by the Daily Courier.",
     "Half of the voters", "document", "Daily Courier"),
    # the court before a ruling or decision
    ("The Ontario Superior Court on Monday upheld the town's zoning plan. "
     "The ruling says that the land may be used for housing.",
     "the land may be used", "document", "Ontario Superior Court"),
    ("The Federal Court of Appeal rejected the appeal of the fishing companies on Thursday. "
     "The decision says the quota cut was lawful.",
     "the quota cut was lawful", "document", "Federal Court of Appeal"),
    # the subject of the verb a document is named after
    ("Brightwater Holdings filed for bankruptcy protection in Delaware on Monday. "
     "According to the filing, the company owes its lenders $2 billion.",
     "the company owes", "document", "Brightwater Holdings"),
    # a newspaper named in apposition is the issuer, not the place before it
    ("Chile's leading newspaper El Mercurio published a report claiming that the mine had been closed twice.",
     "the mine had been closed", "document", "El Mercurio"),
]


@pytest.mark.parametrize("text, needle, stype, canonical", CONTEXT_ISSUERS)
def test_speakers_documents_issuer_from_context(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)
    assert row["speaker_title"] == ""


# The text names no issuer: the canonical stays empty.
NO_ISSUER = [
    # an earlier indefinite mention that names none introduces a document of unknown origin
    ("The Harbour Board met on Friday. A report was leaked to reporters on Sunday. "
     "The report says the old pier could collapse within five years.",
     "the old pier could collapse"),
    # a described document of its own stops the look-back: 'That plan' is the 2002 plan, not the ministry's
    ("The summit rejected the Harbour Ministry's plan to sell the pier by instead keeping the 2002 harbour plan. "
     "That plan says that the pier stays public.",
     "the pier stays public"),
    # a decision with no court in the sentences before
    ("The bridge will stay closed for a month. The decision says that repairs must finish first.",
     "repairs must finish"),
    # nothing before names who filed it
    ("According to the filing, the company owes its lenders $2 billion.",
     "the company owes"),
]


@pytest.mark.parametrize("text, needle", NO_ISSUER)
def test_speakers_documents_no_issuer_named(quotes_of, text, needle):
    row = _one(quotes_of(text), needle)
    assert row["speaker_type"] == "document"
    assert row["speaker_canonical"] == ""


@pytest.mark.parametrize(
    "text, needle, stype, canonical",
    [
        ("The mayor told the Daily Courier that the pool would reopen. The paper said that the repairs cost $40,000.",
         "the repairs cost", "media", "Daily Courier"),
    ],
)
def test_speakers_documents_the_paper_after_an_outlet(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


def test_speakers_documents_paper_without_outlet_stays_document(quotes_of):
    row = _one(quotes_of("The council met on Monday. The paper says that bus fares will rise in May."), "bus fares")
    assert row["speaker_type"] == "document"


# Inquests and investigations are documents when they speak; the body that carried one out is its issuer,
# but a participle after 'concluded an inquest' is that body speaking, not the inquest.
@pytest.mark.parametrize(
    "text, needle, stype, canonical",
    [
        ("The Harbour Police Authority concluded an inquest into the ferry fire in June. "
         "Crews had not been trained, the inquest said.",
         "Crews had not been trained", "document", "Harbour Police Authority"),
        ("Investigations into the crash revealed that the pilot had not slept.",
         "the pilot had not slept", "document", ""),
        ("The Harbour Police Authority has concluded an inquest into the ferry fire, saying that crews had not been trained.",
         "crews had not been trained", "organization", "Harbour Police Authority"),
    ],
)
def test_speakers_documents_inquests(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)
