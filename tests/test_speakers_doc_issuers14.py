"""Tests of the 0.8.0 document-issuer rules (dev guideline S2): a later mention of a document takes the
issuer or own name given where the article introduced it, through a family of document nouns ('a
suit' ... 'the complaint'), through definite mentions that name no issuer, through an authoring verb
('X is proposing a bill'), a site's owner ('a notice on the X website'), a title in parentheses and a
titled agreement; a pronoun that continues the document follows it."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical)
FAMILY_AND_CHAIN = [
    # a lawsuit introduced with 'filed ... suit', later 'the complaint', many sentences on
    ("Lawyer Dana Whitcombe filed a class action suit in the district court on Monday. The band had sold "
     "4,000 tickets. The show was called off two days before. Fans had booked flights and hotels. Some of them "
     "flew in from Canada. The promoter has not commented. Refunds were promised in October. None have been paid. "
     "\"The defendants chose a private party over their fans,\" the complaint states.",
     "chose a private party", "Dana Whitcombe"),
    ("The Kestrel Bay Tenants Union filed a lawsuit against the landlord on Tuesday. The complaint says that "
     "the heating failed in 40 flats last winter.",
     "the heating failed", "Kestrel Bay Tenants Union"),
    # 'X is proposing a bill', later 'the bill'
    ("Senator Ruth Okafor is proposing a bill that would cap rents in the county. She spoke to reporters on "
     "Friday. The bill states that increases \"may not exceed three percent a year.\"",
     "increases", "Ruth Okafor"),
    ("Councillor Imran Patel introduced a motion and a bill on Wednesday. The legislation says that every new "
     "building must have a green roof.",
     "every new building must have", "Imran Patel"),
    # a tender submitted by the subject of the clause it hangs from; 'the notice' refers back
    ("Harbour Rail announced the plans in May, after submitting the tender to the regional journal. According to "
     "the notice, the new trains will run every ten minutes.",
     "the new trains will run", "Harbour Rail"),
    # a notice on a body's website, then 'The statement'
    ("A notice on the Brightwater Water website announced that the plant would close. The statement says that "
     "the closure follows two years of losses.",
     "the closure follows", "Brightwater Water"),
]

PRONOUN_CONTINUES_DOCUMENT = [
    # the report is named once, several definite mentions follow, then 'it' and 'It also notes'
    ("The Civic Budget Project released a report on Monday about council spending. The report is critical of the "
     "costs of consultants. The report sees other problems as well. The report does not name any officials. "
     "However, it observes that savings from audits have risen. It also notes that 60% of contracts were not "
     "tendered.",
     ["savings from audits", "60% of contracts"], "Civic Budget Project"),
]

OWN_NAMES = [
    # a title in parentheses after 'the document'
    ("A memo was leaked to a Sunday paper last week. The document (Options for Future Harbour Policing) was "
     "marked secret. However, the document also reveals that two stations may close.",
     "two stations may close", "Options for Future Harbour Policing"),
    # a power-sharing agreement described, later 'The accord', then 'it'
    ("The two parties signed a coalition agreement on Sunday. The agreement was reached after long talks. "
     "The accord says that the budget will be shared. And it says that new elections will follow within two years.",
     "new elections will follow", "coalition agreement"),
]

NO_ISSUER = [
    # 'Though not a formal treaty': not a mention of the document; 'the scope of study': no document
    ("Though not a formal peace treaty, the pact stated that both sides would withdraw their troops.",
     "both sides would withdraw", ""),
    # an indefinite mention that names no issuer introduces a document of unknown origin
    ("A report was leaked to the press on Friday. The report says that the port will be sold.",
     "the port will be sold", ""),
]


@pytest.mark.parametrize("text, needle, canonical", FAMILY_AND_CHAIN)
def test_speakers_doc_issuers14_family_and_chain(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("document", canonical)


@pytest.mark.parametrize("text, needles, canonical", PRONOUN_CONTINUES_DOCUMENT)
def test_speakers_doc_issuers14_pronoun_continues_document(quotes_of, text, needles, canonical):
    df = quotes_of(text)
    for needle in needles:
        row = _one(df, needle)
        assert (row["speaker_type"], row["speaker_canonical"]) == ("document", canonical)


@pytest.mark.parametrize("text, needle, canonical", OWN_NAMES)
def test_speakers_doc_issuers14_own_name(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("document", canonical)
    assert row["speaker_org"] == ""


@pytest.mark.parametrize("text, needle, canonical", NO_ISSUER)
def test_speakers_doc_issuers14_no_issuer(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("document", canonical)


def test_speakers_doc_issuers14_web_name(quotes_of):
    text = ("FairFares.org, a coalition of rail users, released a 2019 report (PDF, 30 pages) saying that fares had "
            "doubled. The report is critical of the operators. The report does not look at buses. However, it observes "
            "that ticket machines often fail.")
    row = _one(quotes_of(text), "ticket machines often fail")
    assert (row["speaker_type"], row["speaker_canonical"]) == ("document", "FairFares.org")


@pytest.mark.xfail(strict=True, reason="'Their' resolves to the nearest group ('the campaigners'), not the named group before it")
def test_speakers_doc_issuers14_possessive_pronoun_past_unnamed_group(quotes_of):
    text = ("The Quiet Seven, who want their taxes kept from the army, lost their case on Monday. The campaigners "
            "claim that the law protects them. Their statement to the court said: \"We want to pay our tax in full.\"")
    assert _one(quotes_of(text), "pay our tax")["speaker_canonical"] == "The Quiet Seven"


def test_speakers_doc_issuers14_possessive_pronoun_owner(quotes_of):
    text = ("The Harbour Workers Union met the port owners on Monday. Its statement said that \"no ship will be "
            "unloaded until the contracts are signed.\"")
    row = _one(quotes_of(text), "no ship will be")
    assert (row["speaker_type"], row["speaker_canonical"]) == ("document", "Harbour Workers Union")
