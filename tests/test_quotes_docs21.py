"""docs21: documents as sources.

- A document noun with a that-clause under a verb of citing or pointing to speaks for itself:
  'He cited reports that ...' -> the reports (document, canonical "").
- A quoted title that an issuing verb takes as object is a document issued by the subject:
  'The council issued "Harbour Plan 2030: A New Waterfront", which said ...'.
- 'Media reports' and 'press reports' name no issuer.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, exact content, speaker, speaker_type, speaker_canonical)
CITED = [
    ("The minister cited reports that the river had been polluted for years.",
     "river", "the river had been polluted for years", "reports", "document", ""),
    ("Opponents pointed to reports that the company had ignored safety warnings.",
     "ignored", "the company had ignored safety warnings", "reports", "document", ""),
    ("The mayor referred to a statement that the budget would be cut by a tenth.",
     "budget", "the budget would be cut by a tenth", "a statement", "document", ""),
    ("The senator quoted findings that two thirds of the wells were contaminated.",
     "wells", "two thirds of the wells were contaminated", "findings", "document", ""),
    # a quoted fragment inside the clause makes it mixed; the content keeps the words before it
    ('The mayor cited reports that the pool was "beyond repair" and would close.',
     "pool", 'the pool was "beyond repair" and would close', "reports", "document", ""),
    ("The governor asked for federal aid, citing estimates that the flood had cost $2 billion.",
     "flood", "the flood had cost $2 billion", "estimates", "document", ""),
]


@pytest.mark.parametrize(("text", "needle", "content", "speaker", "kind", "canonical"), CITED)
def test_cited_document_speaks(quotes_of, text, needle, content, speaker, kind, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["text"], row["speaker"], row["speaker_type"], row["speaker_canonical"]) == (content, speaker, kind, canonical)


@pytest.mark.parametrize("text", [
    "He did not cite reports that the river had been polluted.",  # negated: nothing is cited
    "The council rejected reports that the pool would close.",  # not a verb of citing
])
def test_no_row_without_citing(quotes_of, text):
    assert quotes_of(text).empty


TITLES = [
    ('On Friday the World Bank and the IMF issued "Global Water Outlook 2011: Improving the Odds of Clean Water" '
     "which said that shortages would spread.",
     "shortages", "Global Water Outlook 2011: Improving the Odds of Clean Water", "World Bank and IMF"),
    ('The council issued "Harbour Plan 2030: A New Waterfront", which said that the old pier would be demolished.',
     "old pier", "Harbour Plan 2030: A New Waterfront", "council"),
    ('The health ministry released "Safe Water for Every Home", which warns that half of the wells are contaminated.',
     "wells", "Safe Water for Every Home", "health ministry"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "canonical"), TITLES)
def test_issued_quoted_title_is_a_document(quotes_of, text, needle, speaker, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_type"], row["speaker_canonical"]) == (speaker, "document", canonical)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("Media reports had suggested that the bank was looking for a buyer.", "buyer", "Media reports"),
    ("Press reports said that the bank was for sale.", "for sale", "Press reports"),
])
def test_media_reports_have_no_issuer(quotes_of, text, needle, speaker):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_type"], row["speaker_canonical"]) == (speaker, "document", "")
