"""Outlets, documents and their parts as speakers (0.11.0): public broadcasters, common nouns and
nationality adjectives that are spelt like an outlet, and numbered parts of a document."""

from __future__ import annotations

import pytest

from tests.conftest import quote_row


@pytest.mark.parametrize(
    "text, needle, outlet",
    [
        ("NRK reported on Sunday that the ferry had run aground near Bergen.", "the ferry had run aground", "NRK"),
        ("According to KBS, the talks will resume in Seoul next week.", "the talks will resume", "KBS"),
        ("Doordarshan said the floods had cut off three districts.", "cut off three districts", "Doordarshan"),
    ],
)
def test_quotes_docs17_public_broadcaster_is_media(quotes_of, text, needle, outlet):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == outlet
    assert row["speaker_type"] == "media"


@pytest.mark.parametrize(
    "text, needle",
    [
        ("The economist said that inflation would fall below two percent next year.", "inflation would fall"),
        ("One economist said the bank would cut rates in June.", "cut rates in June"),
        ("The independent said that the vote had been fair.", "the vote had been fair"),
    ],
)
def test_quotes_docs17_lower_case_common_noun_is_no_outlet(quotes_of, text, needle):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_type"] == "anonymous"
    assert row["speaker_canonical"] == ""


@pytest.mark.parametrize(
    "text, needle, canonical",
    [
        ("Section 12 of the Kenyan constitution says that no citizen may be expelled from the country.",
         "no citizen may be expelled", "Kenyan constitution"),
        ("Article 9 of the Constitution of Ghana states that parliament shall meet at least once a year.",
         "parliament shall meet", "Constitution of Ghana"),
        ("Chapter 3 of the report says that the dam was poorly maintained.", "the dam was poorly maintained", ""),
        ("Clause 4 of the agreement says that both sides will withdraw their troops.", "withdraw their troops", ""),
    ],
)
def test_quotes_docs17_numbered_part_speaks_for_its_document(quotes_of, text, needle, canonical):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_type"] == "document"
    assert row["speaker_canonical"] == canonical


@pytest.mark.parametrize(
    "text, needle",
    [
        ("Fliers distributed by the rebels warned that the road would be closed.", "the road would be closed"),
        ("The flyers said that the lecture had been cancelled because of the strike.", "the lecture had been cancelled"),
    ],
)
def test_quotes_docs17_flier_is_a_document(quotes_of, text, needle):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_type"] == "document"
