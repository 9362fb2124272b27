"""Tests of orgdesc25 (docs/speakers.md, "0.16.0: what the text says an organisation is"): a
definite singular class word as speaker ('the firm', 'the group', 'the organisation', 'the
tribunal', 'the watchdog', 'the regulatory body') is the one organisation the article introduced
with a noun of that class ('Korvanta, the Dutch airline' is a firm; 'Greenleaf is a charity' is
an organisation; 'the group Farmers Against Fracking (FAF)' names a group though the entity model
cut the name). Two organisations so introduced, or another organisation quoted last: as before."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker as written, speaker_canonical)
LINKED = [
    # a company-kind noun apposed to the name, then a class word
    ("Korvanta, the Dutch budget airline, reported a rise in profits on Monday. Despite the rise, the firm told investors that fuel costs were a serious threat.",
     "fuel costs were a serious threat", "the firm", "Korvanta"),
    ("Ostrava Steelworks, a Czech manufacturer of rails, cut 300 jobs last year. The company said on Tuesday that orders had recovered.",
     "orders had recovered", "The company", "Ostrava Steelworks"),
    # a company suffix in the name
    ("Shares in Halvorsen Shipping Ltd fell by a third on Monday. The firm said that two of its vessels had been seized.",
     "two of its vessels had been seized", "The firm", "Halvorsen Shipping Ltd"),
    # a copula's predicate
    ("Greenleaf is a charity that plants trees in cities. The organisation said that more than 4,000 trees had been planted in Leeds.",
     "4,000 trees had been planted", "The organisation", "Greenleaf"),
    # a name its bracketed acronym defines, after the noun
    ("Six members of the group Farmers Against Fracking (FAF) climbed the fence of the drilling site on Sunday. The group claims the site was left unguarded.",
     "the site was left unguarded", "The group", "Farmers Against Fracking"),
    ("Members of the group Parents For Safe Streets (PFSS) blocked the road outside the school. The group said that drivers ignored the speed limit.",
     "drivers ignored the speed limit", "The group", "Parents For Safe Streets"),
]

UNLINKED = [
    # two companies so introduced: the text does not say which
    ("Brill, a Danish bank, and Tamsin, a British retailer, signed the deal in London. The firm said the deal would create 200 jobs.",
     "create 200 jobs", "The firm", {"", "Tamsin", "Brill"}),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "canonical"), LINKED)
def test_orgdesc25_class_word_links_to_the_one_organisation_so_introduced(quotes_of, text, needle, speaker, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (speaker, canonical, "organization")


def test_orgdesc25_another_body_quoted_last_is_kept(quotes_of):
    # an organisation introduced with a class noun only as an object is not 'the company' that spoke
    text = ("Norvik announced on Friday that it intends to buy the stake in carmaker Baltica that the state owns. "
            "According to Norvik's statement, the company has told the treasury that it will pay in cash.")
    row = _one(quotes_of(text), "it will pay in cash")
    assert row["speaker_canonical"] == "Norvik"


@pytest.mark.parametrize(("text", "needle", "speaker", "allowed"), UNLINKED)
def test_orgdesc25_two_candidates_leave_the_speaker_to_the_old_rules(quotes_of, text, needle, speaker, allowed):
    from newslab.quotes.speaker_orgs import _ORG_CLASSES

    assert any("firm" in words for words, _ in _ORG_CLASSES)
    row = _one(quotes_of(text), needle)
    assert row["speaker"] == speaker
    # the class rule takes no side; the older 'the firm -> the organisation named last' may
    assert row["speaker_canonical"] in allowed
