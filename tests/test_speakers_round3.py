"""Tests of the third round of speaker rules (docs/speakers.md, "Audit"): document issuers
introduced in an earlier sentence or through 'whose', titles from appositions, office-holders
behind a role phrase, joint subjects, and unnamed groups and outlets."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical, speaker_type)
ISSUERS = [
    ("In a 40-page report released today, the United Nations special envoys on torture reported their findings. "
     "The report concludes that certain procedures constitute torture.",
     "certain procedures", "United Nations special envoys on torture", "document"),
    ("The Harbour Authority published a study on Monday. The study found that traffic had doubled since 2010.",
     "traffic had doubled", "Harbour Authority", "document"),
    ("In its annual review, Oxfam described the year as a disaster for farmers. The review says that food prices rose by a third.",
     "food prices rose", "Oxfam", "document"),
    ("The tape contains a conversation with journalist Tom Zytaruk, whose book claims that officials had offered a policy to Cadman.",
     "officials had offered", "Tom Zytaruk", "document"),
    ("The charity Shelterline, whose report says that rents rose by a fifth, asked for help.",
     "rents rose by a fifth", "Shelterline", "document"),
    # negatives: a document only cited, or none introduced, names no issuer
    ("Critics of the report said it was rushed. The report says the river is clean.", "the river is clean", "", "document"),
    ("The report says the river is clean.", "the river is clean", "", "document"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "kind"), ISSUERS)
def test_speakers_round3_document_issuer(quotes_of, text, needle, canonical, kind):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, kind)


def test_speakers_round3_document_issuer_carries_on(quotes_of):
    text = ("In a report released today, the Kestrel Bay Council set out its plans for the harbour. "
            "The report concludes that the quay must be rebuilt. The report also states that the ferry will stop in May.")
    q = quotes_of(text)
    assert _one(q, "the quay must be rebuilt")["speaker_canonical"] == "Kestrel Bay Council"
    assert _one(q, "the ferry will stop")["speaker_canonical"] == "Kestrel Bay Council"
