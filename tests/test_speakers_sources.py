"""Tests of the speaker rules for sources that are not people: documents and their issuers,
organisations by the name the article settles on, and news outlets (dev guideline S2-S3)."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# ---------------------------------------------------------------- documents: the issuer in the phrase

# (text, needle in the statement, speaker_type, speaker_canonical, speaker_org)
ISSUERS = [
    # an organisation noun in front of the head, resolved to the body the article names
    ("The Marlow Valley Council met on Tuesday. Library hours will be cut by a fifth, according to a council report.",
     "Library hours", "document", "Marlow Valley Council", "Marlow Valley Council"),
    ("Ferry fares will rise in May, according to Ardley Harbour Board papers seen by this newspaper.",
     "Ferry fares", "document", "Ardley Harbour Board", "Ardley Harbour Board"),
    # a name the entity model may miss, in front of the head: an outlet stays the issuer, the type stays document
    ("A Harbour Wire analysis of the figures found that rents rose fastest in the old town.",
     "rents rose", "document", "Harbour Wire", ""),
    ("A Daily Courier review of court records found that half of the cases were dropped.",
     "half of the cases", "document", "Daily Courier", ""),
    # 'by' / 'from' / possessor
    ("A study by the Northshore Institute found that the marsh absorbs most of the surge.",
     "the marsh absorbs", "document", "Northshore Institute", "Northshore Institute"),
    ("A statement from Glenmore Water said the supply was safe to drink.",
     "the supply was safe", "document", "Glenmore Water", "Glenmore Water"),
    ("Amnesty International's report said the prisoners had been held without charge.",
     "held without charge", "document", "Amnesty International", "Amnesty International"),
    # an issuing participle names the issuer; an author ('prepared by') does not
    ("A statement released by the Northshore Ferry Company said the service would resume on Monday.",
     "the service would resume", "document", "Northshore Ferry Company", "Northshore Ferry Company"),
    ("The figures, published by the Office for National Statistics, show that wages fell in March.",
     "wages fell", "document", "Office for National Statistics", "Office for National Statistics"),
    # 'X released a statement saying ...'
    ("Glenmore Water released a statement saying the pipes would be replaced within a year.",
     "the pipes would be replaced", "document", "Glenmore Water", "Glenmore Water"),
    ("Exports fell by a tenth, according to a Japanese government report.",
     "Exports fell", "document", "Japanese government", "Japanese government"),
    # no issuer named: document, canonical ''
    ("According to a government report, exports fell by a tenth.", "exports fell", "document", "", ""),
    ("According to reports, the minister will resign on Friday.", "the minister will resign", "document", "", ""),
    ("Leaked emails show that the contract was signed before the tender closed.", "the contract was signed", "document", "", ""),
]


@pytest.mark.parametrize(("text", "needle", "stype", "canonical", "org"), ISSUERS)
def test_speakers_sources_document_issuer(quotes_of, text, needle, stype, canonical, org):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"], row["speaker_org"], row["speaker_title"]) == (stype, canonical, org, "")


# A later 'the report', 'the papers' is the same document, with the same issuer.
LATER = [
    ("Ridgeway's bypass will cost £40 million, according to a council report. The report, prepared by Arden Consulting, said traffic would fall by a fifth.",
     "traffic would fall", "Ridgeway council"),
    ("Pupils will get free meals, according to Lowmoor Council budget papers. The papers show that the scheme will cost £2 million.",
     "the scheme will cost", "Lowmoor Council"),
    ("A statement from Glenmore Water said the supply was safe. The statement added that customers would be compensated.",
     "customers would be compensated", "Glenmore Water"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), LATER)
def test_speakers_sources_same_document_same_issuer(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("document", canonical)


# A council the article never names takes the article's place ('Kestrel Bay council'), also for
# its staff; a council the article names keeps that name.
COUNCILS = [
    ("Ridgeway's new bypass will cost £40 million, according to a council report.", "bypass will cost", "speaker_canonical", "Ridgeway council"),
    ("Households in Ashby Cove would pay £60 a year more, according to council budget papers.", "would pay", "speaker_canonical", "Ashby Cove council"),
    ("Bins in Ashby Cove will be collected every fortnight. A council spokesperson said the change would save money.", "would save money", "speaker_org", "Ashby Cove council"),
    ("Bins in Ashby Cove will be collected every fortnight. The council said the change would save money.", "would save money", "speaker_canonical", "Ashby Cove council"),
    ("The Lowmoor District Council approved the plan. According to a council report, it will cost £3 million.", "it will cost", "speaker_canonical", "Lowmoor District Council"),
]


@pytest.mark.parametrize(("text", "needle", "column", "value"), COUNCILS)
def test_speakers_sources_council_named_after_its_place(quotes_of, text, needle, column, value):
    assert _one(quotes_of(text), needle)[column] == value


# A treaty or statute is named by itself; the parties that sign it do not issue it.
TREATIES = [
    ("Turkey and Libya signed a maritime border agreement, according to which the zone would be shared.", "the zone would be shared", "maritime border agreement"),
    ("Both countries signed a fishing treaty in 1994, under which boats may enter the bay. According to the fishing treaty, catches must be reported weekly.", "catches must be reported", "fishing treaty"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), TREATIES)
def test_speakers_sources_treaty_keeps_its_own_name(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("document", canonical)


# A document joined with a source that speaks is typed by that source.
JOINT = [
    ("According to these videos and NPR, the police then surrounded the attacker.", "the police then surrounded", "media", "NPR"),
    ("According to witness accounts and officials, a man entered the shop with a knife.", "a man entered", "anonymous", ""),
    ("According to court documents and Reuters, the firm paid the fine in March.", "the firm paid", "media", "Reuters"),
]


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), JOINT)
def test_speakers_sources_joint_source_typed_by_speaker(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


# ---------------------------------------------------------------- organisations: the name the article settles on

ORG_NAMES = [
    # a short name introduced in brackets
    ("The Office of Gas and Electricity Markets (Ofgem) opened an inquiry. Ofgem said prices would be capped.", "prices would be capped", "Office of Gas and Electricity Markets"),
    ("The Civil Aviation Safety Authority (CASA) grounded the aircraft. CASA said the checks would take a week.", "the checks would take", "Civil Aviation Safety Authority"),
    # '&' and 'and': the first spelling written
    ("The suppliers are Northern and Western Power and Coastline Gas. Northern & Western Power said bills would rise.", "bills would rise", "Northern and Western Power"),
    # the organisation with its place, and a later 'the embassy' / 'the military'
    ("The family left Britain on advice from the US Embassy in London. The embassy said the decision was the family's own.", "the decision was", "US Embassy in London"),
    ("According to the United States military in Iraq, 5,000 soldiers will leave. The military said security had improved.", "security had improved", "United States military in Iraq"),
    ("The Canadian forces in Latvia will stay until 2026. The forces said the training would continue.", "the training would continue", "Canadian forces in Latvia"),
    # organisation names kept whole, 'the company' the company named before
    ("Snow crab landings fell by a third last year, according to Fisheries and Oceans Canada.", "Snow crab landings", "Fisheries and Oceans Canada"),
    ("Port Ardley Ferries cancelled three crossings on Sunday. The company said the storm had damaged a ramp.", "the storm had damaged", "Port Ardley Ferries"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), ORG_NAMES)
def test_speakers_sources_organisation_full_name(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("organization", canonical)


# ---------------------------------------------------------------- news outlets

OUTLETS = [
    ("As of Friday, 83 candidates had registered, according to Radio Australia.", "83 candidates", "Radio Australia"),
    ("The vote will be held in June, Television New Zealand reported.", "The vote will be held", "Television New Zealand"),
    ("The minister will resign, The Chronicle Herald reported on Monday.", "The minister will resign", "Chronicle Herald"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), OUTLETS)
def test_speakers_sources_broadcaster_is_media(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("media", canonical)


# Outlets the entity model gives any label are outlets by name; whom a source told is no relay
# (docs/speakers.md: `via` is only for 'X quoted Y as saying').
TOLD = [
    ("The talks will resume in May, CTV reported on Friday.", "The talks will resume", "speaker_type", "media"),
    ("Rates will stay on hold, Australian Associated Press reported.", "Rates will stay", "speaker_type", "media"),
    ("Premiums for coastal homes will rise by 12 per cent next year, insurers told the Chronicle Herald.", "Premiums for coastal homes", "via", ""),
    ("Mayor Ruth Calloway told Radio Australia that the wall would be finished by 2028.", "the wall would be finished", "via", ""),
]


@pytest.mark.parametrize(("text", "needle", "column", "value"), TOLD)
def test_speakers_sources_outlet_names_and_no_relay_for_told(quotes_of, text, needle, column, value):
    assert _one(quotes_of(text), needle)[column] == value
