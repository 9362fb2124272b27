"""Tests of the 0.6.0 rules that give a document its issuer (dev guideline S2-S3, fresh-d32 R10):
a document issued with a participle cue, a body named with the tagger's adjective 'military', a
report in an outlet, research done by a body, a document named only by its country."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_type, speaker_canonical)
ISSUED_WITH_PARTICIPLE = [
    # 'X released/issued a <document> saying ...': the document speaks, its issuer is its name (R10)
    ("Bank analyst Mara Kendell released a report this morning saying that she expected copper prices to double.",
     "she expected copper prices", "document", "Mara Kendell"),
    ("The rebel commander Idris Mahdi has released a new videotape saying that the fighting must end before the rains.",
     "the fighting must end", "document", "Idris Mahdi"),
    ("Idris Mahdi has released a new videotape calling for a truce with the \"invaders and traitors\" and saying that "
     "\"the fighting must end before the rains.\"",
     "the fighting must end", "document", "Idris Mahdi"),
    ("The Harbour Authority issued a statement on Sunday saying the port would reopen on Monday.",
     "the port would reopen", "document", "Harbour Authority"),
    ("Greenway Energy published a study last week showing that wind farms had cut local power bills.",
     "wind farms had cut", "document", "Greenway Energy"),
]

# The participle reports the subject's own words: no document was issued.
NOT_ISSUED = [
    # an office whose holder the article never names is an unnamed source (0.6.0), not the visit's document
    ("The minister visited the flooded town on Sunday, saying that help would arrive within days.",
     "help would arrive", "anonymous"),
    ("Councillor Anna Brook read the report on Monday, saying that the figures were wrong.",
     "the figures were wrong", "person"),
    ("Mayor Tom Reyes received a letter from the residents, saying that he would answer it soon.",
     "he would answer it", "person"),
]


@pytest.mark.parametrize("text, needle, stype, canonical", ISSUED_WITH_PARTICIPLE)
def test_speakers_issuers_participle_of_issued_document(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)
    assert row["speaker_title"] == ""


@pytest.mark.xfail(strict=True, reason="a quotation after 'calling for X and saying that' is attributed without its participle cue, so to the person")
def test_speakers_issuers_quotation_after_two_participles(quotes_of):
    text = ('The rebel commander Idris Mahdi has released a new videotape calling for a truce and saying that '
            '"the fighting must end before the rains."')
    assert _one(quotes_of(text), "the fighting must end")["speaker_type"] == "document"


@pytest.mark.parametrize("text, needle, stype", NOT_ISSUED)
def test_speakers_issuers_participle_without_document_keeps_speaker(quotes_of, text, needle, stype):
    row = _one(quotes_of(text), needle)
    assert row["speaker_type"] == stype


PHRASE_ISSUERS = [
    # 'military' read as an adjective still names the body, with its country
    ("A U.S. military statement issued in Kabul said that four soldiers had been wounded.",
     "four soldiers had been wounded", "document", "U.S. military"),
    ("A British military report released on Friday said the base would close next year.",
     "the base would close", "document", "British military"),
    # the outlet a report ran in
    ("According to a report in the Toronto Star, the plan calls for two new bridges.",
     "the plan calls for", "document", "Toronto Star"),
    ("According to an article in The Guardian, the museum will close in May.",
     "the museum will close", "document", "Guardian"),
    # research and studies done by a body
    ("A study done by Harvard University found that sleep improves memory.",
     "sleep improves memory", "document", "Harvard University"),
    ("Factory orders rose in May, according to research done by the Institute for Supply Management.",
     "Factory orders rose", "document", "Institute for Supply Management"),
]


@pytest.mark.parametrize("text, needle, stype, canonical", PHRASE_ISSUERS)
def test_speakers_issuers_named_in_phrase(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


PHRASE_NO_ISSUER = [
    # a report in a place, not an outlet
    ("According to a report in Geneva, the plan calls for two new bridges.", "the plan calls for"),
    # a document named only by its country, with no body of that country speaking before it
    ("Tokyo has been cautious this year. \"The economy will grow by two percent,\" a Japanese report said.",
     "The economy will grow"),
]


@pytest.mark.parametrize("text, needle", PHRASE_NO_ISSUER)
def test_speakers_issuers_phrase_names_no_issuer(quotes_of, text, needle):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("document", "")


COUNTRY_DOCUMENTS = [
    ("The US military says the raid was launched after its forces came under attack. "
     "\"Forces came under direct fire when approaching the compound,\" the U.S. statement said.",
     "Forces came under direct fire", "US military"),
    ("The Israeli army said the strike hit a weapons depot. \"Two launchers were destroyed,\" the Israeli statement said.",
     "Two launchers were destroyed", "Israeli army"),
]


@pytest.mark.parametrize("text, needle, canonical", COUNTRY_DOCUMENTS)
def test_speakers_issuers_country_document_after_its_body(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("document", canonical)
