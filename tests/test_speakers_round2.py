"""Tests of the second round of speaker rules: bodies referred back to by their kind ('the
department'), unnamed outlets, social-media accounts, documents framed by 'In the analysis of
X', renamed organisations, and people the entity model tags as organisations."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# ------------------------------------------------- 'the department', 'the agency': the body named last

# (text, needle in the statement, speaker_type, speaker_canonical)
BODIES = [
    ("Fisheries and Oceans Canada closed the fishery on Monday. The department said stocks had fallen by half.",
     "stocks had fallen", "organization", "Fisheries and Oceans Canada"),
    ("Parks Canada issued a warning about bears. The agency said hikers should travel in groups.",
     "hikers should travel", "organization", "Parks Canada"),
    ("NASA postponed the launch because of high winds. The agency said a new date would be set next week.",
     "a new date would be set", "organization", "NASA"),
    # a name holding the word still wins
    ("The Environment Agency issued flood warnings. The agency said rivers would peak on Sunday.",
     "rivers would peak", "organization", "Environment Agency"),
    ("The Ministry of Health confirmed three new cases. The ministry said all three patients were stable.",
     "patients were stable", "organization", "Ministry of Health"),
    # a company is no department, and a body only modifying a noun ('Hamas fighters') is no subject
    ("Toyota Motor Corporation recalled 400,000 cars. The department said the fault was being studied.",
     "the fault was being studied", "organization", "department"),
    ("Hamas fighters fired rockets overnight. The ministry said four people had been killed.",
     "four people had been killed", "organization", "ministry"),
    # 'the agency' after a news agency is the outlet
    ("The Reuters news agency reported the deal first. The agency said the talks had lasted a week.",
     "the talks had lasted", "media", "Reuters"),
]


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), BODIES)
def test_speakers_round2_body_named_before(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


# ------------------------------------------------------------------- unnamed outlets are media

UNNAMED_MEDIA = [
    ("Local media reported that the bridge had collapsed.", "the bridge had collapsed", ""),
    ("State media said the leader had visited a factory.", "the leader had visited", ""),
    ("Chinese state media reported that the talks had ended.", "the talks had ended", ""),
    ("Iranian state television said the ship had been seized.", "the ship had been seized", ""),
    ("A local newspaper reported that the mayor would resign.", "the mayor would resign", ""),
    # a nationality before a named agency is no outlet's name
    ("According to Russian news agency Interfax, the base exposes Poland to attack.", "the base exposes", "Interfax"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), UNNAMED_MEDIA)
def test_speakers_round2_unnamed_outlets_are_media(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("media", canonical)


# ------------------------------------------------------ social-media accounts speak for their owner

ACCOUNTS = [
    ("The Health Ministry's Twitter account said the clinic would reopen on Friday.",
     "the clinic would reopen", "organization", "Health Ministry"),
    ("On Thursday the government of Samoa began a two-day shutdown. Earlier this week, an official government Twitter account announced that schools would close.",
     "schools would close", "organization", "Government of Samoa"),
    ("An official government Twitter account announced that schools would close.",
     "schools would close", "organization", "government"),
    ("Greenpeace's official Facebook page said the protest would go ahead.",
     "the protest would go ahead", "organization", "Greenpeace"),
    # a person's post stays the person; a statement posted to an account stays a document
    ("According to a Twitter post by Amy Cook, the event was cancelled.",
     "the event was cancelled", "person", "Amy Cook"),
]


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), ACCOUNTS)
def test_speakers_round2_social_account_is_its_owner(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


# ------------------------------------------ 'In the analysis of X': a document that takes its issuer

FRAMED_DOCUMENTS = [
    ("In the analysis of the Congressional Budget Office, the plan would cost $2 trillion.",
     "the plan would cost", "document", "Congressional Budget Office"),
    ("According to an analysis by the Institute for Fiscal Studies, the poorest households would lose most.",
     "the poorest households", "document", "Institute for Fiscal Studies"),
    # a view is no document: the body itself holds it
    ("In the view of the International Monetary Fund, the recovery will be slow.",
     "the recovery will be slow", "organization", "International Monetary Fund"),
    ("According to a report by Human Rights Watch, the prisoners were tortured.",
     "the prisoners were tortured", "document", "Human Rights Watch"),
    # the subject speaks when the document is only where it said so
    ("In its report, the World Bank said growth would slow.",
     "growth would slow", "organization", "World Bank"),
]


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), FRAMED_DOCUMENTS)
def test_speakers_round2_document_framing_a_statement(quotes_of, text, needle, stype, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


# ------------------------------------------------------------------------ renamed organisations

RENAMES = [
    ("Air Pacific has now officially returned to its original name: Fiji Airways. The airline said the change would cost little.",
     "the change would cost", "Fiji Airways"),
    ("Acme Corp, which was renamed Zenith Holdings in May, posted a loss. Acme Corp said sales had fallen.",
     "sales had fallen", "Zenith Holdings"),
    # no rename: the name stays
    ("Philip Morris International said sales fell in Asia.", "sales fell", "Philip Morris International"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), RENAMES)
def test_speakers_round2_renamed_organisation_new_name(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("organization", canonical)


PLURALS = [
    ("Australia's Commonwealth Banks states that the rise is temporary. The Commonwealth Bank expects rates to fall.",
     "the rise is temporary", "Commonwealth Bank"),
    # a real plural name with no singular spelling in the text stays
    ("Allied Irish Banks said profits had fallen.", "profits had fallen", "Allied Irish Banks"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), PLURALS)
def test_speakers_round2_stray_plural_takes_singular_name(quotes_of, text, needle, canonical):
    assert _one(quotes_of(text), needle)["speaker_canonical"] == canonical


# ------------------------------------------- a person tagged ORG, taken up by 'he'/'she' as they speak

PEOPLE_TAGGED_ORG = [
    ("Nicola Sturgeon said the referendum would go ahead, adding that she would campaign across Scotland.",
     "the referendum would go ahead", "person"),
    ("Marcus Hale said the plan was affordable. The cost would be met from reserves, he said.",
     "the plan was affordable", "person"),
    # a pronoun that disagrees with the given name decides nothing
    ("Marcus Hale said the plan was affordable. The cost would be met from reserves, she said.",
     "the plan was affordable", "organization"),
    # a firm named after a person, taken up by 'it'
    ("Morgan Stanley said profits had doubled. It said it would hire more staff.",
     "profits had doubled", "organization"),
]


@pytest.mark.parametrize(("text", "needle", "stype"), PEOPLE_TAGGED_ORG)
def test_speakers_round2_given_name_taken_up_by_pronoun(quotes_of, text, needle, stype):
    assert _one(quotes_of(text), needle)["speaker_type"] == stype


# ----------------------------------------------- guards: family name first, titled unnamed sources

FAMILY_NAME_FIRST = [
    ("Chinese President Xi Jinping arrived in Moscow on Monday. Xi said the two countries were close partners.",
     "close partners", "Xi Jinping"),
    ("Kim Jong-un said the test was a success. Kim also said more launches would follow.",
     "more launches would follow", "Kim Jong-un"),
    ("Moon Jae-in met Kim Jong-un at the border. Moon said the talks were a step forward.",
     "a step forward", "Moon Jae-in"),
    ("Li Keqiang visited Berlin on Monday. Li said China would open its markets.",
     "open its markets", "Li Keqiang"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), FAMILY_NAME_FIRST)
def test_speakers_round2_family_name_first_short_form(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("person", canonical)


UNNAMED_TITLED = [
    ("A council source said the budget would be cut.", "the budget would be cut"),
    ("A senior police source said the suspect was known to officers.", "the suspect was known"),
]


@pytest.mark.parametrize(("text", "needle"), UNNAMED_TITLED)
def test_speakers_round2_source_is_no_title(quotes_of, text, needle):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"], row["speaker_title"]) == ("anonymous", "", "")
