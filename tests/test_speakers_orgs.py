"""Tests of organisation, outlet and unnamed-source speakers (0.4.0): names the text shows to
be organisations, outlets referred to by description, named police forces, joint bodies and
bodies named after their person."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one  # noqa: E402

ORGS = [
    # (text, needle, type, canonical)
    # A name right after an organisation noun, or after an office and 'of', is a body's name.
    ('Mining company Carrow announced the closure of its pit. Carrow stated, "The decision follows years of low prices."', "The decision follows", "organization", "Carrow"),
    ("Mining company Carrow announced the closure of its pit. About 300 jobs will go, according to the company, who said they are consulting staff.", "they are consulting", "organization", "Carrow"),
    ('Human rights organization Tidewell accused the navy of holding prisoners at sea. Tidewell also noted that "the prisoners were moved at night."', "the prisoners were moved", "organization", "Tidewell"),
    ('Oliver Grant, founder and director of Harbourline, spoke in London. Harbourline said that the ships had been used as prisons.', "the ships had been", "organization", "Harbourline"),
    # ... and never a person's name that merely follows such a noun.
    ("Ruth Calloway, head of the firm, said the plant would close. Calloway said the workers would be paid.", "workers would be paid", "person", "Ruth Calloway"),
    ("Oliver Grant, president of the club, said the season would start in May.", "the season would", "person", "Oliver Grant"),
    # A role in apposition that names a body keeps its holder a person.
    ('Ravi Menon, General Secretary of the dockworkers\' union, said that "the management took this decision without talking to us."', "the management took", "person", "Ravi Menon"),
    ('Anil Rao, General Secretary of BEST\'s workers union, said that "the strike will go on."', "the strike will go on", "person", "Anil Rao"),
    # Named police forces keep an abbreviated 'St.' or 'Ft.'.
    ("A spokesman for the St. Cloud Police said the car was stolen. Later, police said the driver had fled.", "the driver had fled", "organization", "St. Cloud Police"),
    # Joint bodies in an apposition.
    ("Rival carriers Skyway Airlines and Coastal Air Lines announced today that they have agreed to merge.", "they have agreed", "organization", "Skyway Airlines and Coastal Air Lines"),
    # A body named after its person, as 'the Lopez campaign' is written.
    ('Senate candidate Maria Lopez condemned the attack. "There is no place for this in our town," Lopez\'s campaign told reporters.', "no place for this", "organization", "Lopez campaign"),
    ("Officials of President Anna Berg's administration met on Monday. President Anna Berg's administration said it would not give the firm more aid.", "would not give the firm", "organization", "Berg administration"),
    ("Mayor Ruth Calloway opened the consultation. Calloway's office said 1,140 responses had been received.", "responses had been received", "organization", "Calloway's office"),
    ('The council met on Monday. "We will appeal," the council\'s lawyers said.', "We will appeal", "anonymous", ""),
]

OUTLETS = [
    # (text, needle, type, canonical)
    ("In Portugal, Público observed that the cuts would be hard to accept.", "the cuts would be", "media", "Público"),
    ("In Germany, Die Welt wrote that the bank had been rescued too late.", "the bank had been", "media", "Die Welt"),
    ("Britain's The Times criticised the minister. The British newspaper said the plan had come too late.", "the plan had come", "media", "Times"),
    pytest.param(
        "The story was first reported by the Kestrel Bay Courier. The paper said that the office had been vandalised twice.", "the office had been", "media", "Kestrel Bay Courier",
        marks=pytest.mark.xfail(strict=True, reason="'the paper' looks back only to outlets the entity model tagged; this name it misses"),
    ),
    ("The story was first reported by the Chicago Tribune. The paper said that the office had been vandalised twice.", "the office had been", "media", "Chicago Tribune"),
    # A paper with no outlet named before it is a document.
    ("The paper, published in a medical journal on Monday, said that the drug had cut deaths by a third.", "the drug had cut", "document", ""),
    # An unnamed outlet stays unnamed.
    ("A local newspaper reported that the mayor had resigned.", "the mayor had resigned", "media", ""),
]


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), ORGS)
def test_speaker_orgs_names_and_types(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), OUTLETS)
def test_speaker_orgs_outlets(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


# Three paragraphs of Wikinews article 34815 ("Black GST...", 2006; CC BY 2.5, Wikinews contributors): an
# apposition of capitals with no entity ('The Black GST') once raised a TypeError deep in the resolver.
_BLACK_GST = (
    "But the campaign has received flak in mainstream media, such as Melbourne's Herald Sun, who wrote: \"the proposal "
    "to allow BlackGST to set up an Aboriginal tent embassy at a site well away from the Commonwealth Games will be "
    "interpreted by some as the State Government caving in to a radical protest group. A major concern for the "
    "Government... is to protect the event from disruption... no chances should be taken...\"\n\n\"Games Management "
    "Zones\"\n\nThe Black GST has been planning the convergence for months, calling for Aboriginal people and their "
    "supporters to converge on Melbourne. The Melbourne-based Indigenous rights group have called on thousands of people "
    "concerned about the plight of indigenous Australians to converge on Melbourne during the Games, which they have "
    "dubbed \"the Stolenwealth Games\". But the choice of Kings Domain has made conflict almost inevitable, as the area "
    "is one of the areas gazetted by the State Government as a \"Games management zone\"."
)


def test_speaker_orgs_capitals_apposition_without_entity_does_not_crash(quotes_of):
    quotes = quotes_of(_BLACK_GST)
    row = quotes[quotes["text"].str.startswith("Aboriginal people and their supporters")]
    assert list(row["speaker"]) == ["Black GST"]


def test_speaker_orgs_rule_failure_is_a_warning_not_a_lost_batch(nlp, monkeypatch):
    """A bug in the quote rules costs one article its quote rows, with a warning; the batch goes on."""
    import pandas as pd

    import newslab as nl
    from newslab.errors import QuoteRuleWarning
    from newslab.quotes import extract as quote_extract

    real = quote_extract._extract

    def flaky(doc, *args, **kwargs):
        if "explode" in doc.text:
            raise TypeError("simulated rule bug")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(quote_extract, "_extract", flaky)
    articles = pd.DataFrame({"id": ["a", "b"], "text": ['"The pier will explode with visitors," Ann Lee said.',
                                                       '"The pier will reopen," Bo Park said.']})
    with pytest.warns(QuoteRuleWarning, match="quote rules failed"):
        tables = nl.analyze(articles, nlp=nlp, progress=False)
    assert list(tables.quotes["article_id"]) == ["b"]
    assert sorted(tables.sentences["article_id"].unique()) == ["a", "b"]
    warned = tables.articles.set_index("article_id")["warnings"]
    assert "QuoteRuleWarning" in warned["a"] and pd.isna(warned["b"])
