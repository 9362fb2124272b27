"""0.8.0 named and unnamed sources: organisations typed as people, an outlet's journalist, place-qualified roles."""

from __future__ import annotations

import pytest

from tests.conftest import quote_row


def _check(quotes_of, text: str, needle: str, canonical: str, stype: str, org: str | None = None) -> None:
    row = quote_row(quotes_of(text), needle)
    got = (row["speaker_canonical"], row["speaker_type"])
    assert got == (canonical, stype), row[["speaker", "speaker_canonical", "speaker_type", "speaker_org"]].to_dict()
    if org is not None:
        assert row["speaker_org"] == org


# A name the text describes with an organisation noun (an apposition, or 'X is the ... company')
# is an organisation in every mention, whatever label the entity model gave it, or none.
DESCRIBED_ORGS = [
    ("Adidas, the second largest sports clothes manufacturer in the world, has announced it has struck a deal with Reebok.", "it has struck a deal", "Adidas", "organization"),
    ('Mcafee, another major security firm, said: "The apparent intent was to cloak sensitive files."', "The apparent intent", "Mcafee", "organization"),
    ("Kestrel, a small software company, said it would hire 40 people next year.", "it would hire 40 people", "Kestrel", "organization"),
    ("InBev is the parent company of Labatt USA. InBev claims to be the largest brewer of beer on the planet.", "to be the largest brewer", "InBev", "organization"),
    # A person stays a person: the apposition holds a role, or the name has a given name.
    ("Sharad Rao, General Secretary of the workers union, said the strike would go on.", "the strike would go on", "Sharad Rao", "person"),
    ("Marcus Hale, the association's chair, said the plan was sound.", "the plan was sound", "Marcus Hale", "person"),
    ("Priya Shah is the company's chief executive. Shah said the firm would grow.", "the firm would grow", "Priya Shah", "person"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), DESCRIBED_ORGS)
def test_speakers_sources14_name_described_as_organisation(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)


# One journalist of a named outlet is an unnamed person speaking for the outlet (guideline S3),
# not the outlet; the outlet itself, or its reporters as a body, stay media.
OUTLET_PEOPLE = [
    ("Earlier, an AFP journalist sighted the downed helicopter and reported he saw two burnt crew members.", "he saw two burnt crew members", "", "anonymous", "AFP"),
    ("A Reuters reporter at the scene said the building had collapsed.", "the building had collapsed", "", "anonymous", "Reuters"),
    ("A BBC correspondent said the crowd was growing by the hour.", "the crowd was growing", "", "anonymous", "BBC"),
    ("The BBC reported that the crowd was growing by the hour.", "the crowd was growing", "BBC", "media", None),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype", "org"), OUTLET_PEOPLE)
def test_speakers_sources14_outlet_journalist_is_anonymous(quotes_of, text, needle, canonical, stype, org):
    _check(quotes_of, text, needle, canonical, stype, org)


_MOLDOVA = (
    "Lazar Comanescu, the Romanian Foreign Affairs minister, visited his counterpart on Monday. "
    "Comanescu also held talks with President Vladimir Voronin.\n\n"
    '"Romania is the only EU neighbour of the Republic of Moldova," said the Romanian official.\n\n'
    "Some considered the lack of access a sign that some issues are still taboo.\n\n"
    "The Moldovan Foreign minister said the agenda of talks spanned many bilateral issues.\n\n"
    "Officials were ready to re-start talks on new consulates in the Republic of Moldova. "
    "Foreign minister Andrei Stratan said that talks may be held again."
)

# 'the <nationality> <office>' refers to the one holder the text introduces with that country:
# named before (any office: 'the Romanian official'), or named later with that whole office
# ('The Moldovan Foreign minister' before 'Foreign minister Andrei Stratan' in Moldova).
PLACE_ROLES = [
    (_MOLDOVA, "Romania is the only EU neighbour", "Lazar Comanescu", "person"),
    (_MOLDOVA, "the agenda of talks spanned", "Andrei Stratan", "person"),
    (
        "Kenyan Trade Minister Amos Kiptoo met Ugandan Finance Minister Ruth Nankya in Kampala. "
        "The Kenyan official said the border would reopen within weeks.",
        "the border would reopen", "Amos Kiptoo", "person",
    ),
    # Two holders introduced with that country: the text does not say which one speaks.
    (
        "Kenyan Trade Minister Amos Kiptoo and Kenyan Finance Minister Peter Otieno met Ugandan officials in Kampala. "
        "The Kenyan official said the border would reopen within weeks.",
        "the border would reopen", "", "anonymous",
    ),
    # No holder of that country: an unnamed official.
    (
        "Ugandan Finance Minister Ruth Nankya met traders in Kampala. "
        "The Kenyan official said the border would reopen within weeks.",
        "the border would reopen", "", "anonymous",
    ),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), PLACE_ROLES)
def test_speakers_sources14_place_qualified_role(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)


# A surname the article gave in full is a name even where it reads like a plural person noun
# ('Ebbers', 'Sellers', 'Waters' opening a sentence), and a country with an office alone
# ('US Judge said', 'Iraqi Deputy Prime Minister said') is an unnamed office holder, not a name.
NAMES_AND_OFFICES = [
    ("Bernard Ebbers was convicted on Tuesday. Ebbers, who took the stand in his own defence, said he left the accounting to others.", "he left the accounting", "Bernard Ebbers", "person"),
    ("Bernard Ebbers was convicted on Tuesday. Ebbers who took the stand in his own defence, said he left the accounting to others.", "he left the accounting", "Bernard Ebbers", "person"),
    ("Coach Tom Sellers resigned on Friday. Sellers said the board had lost faith in him.", "the board had lost faith", "Tom Sellers", "person"),
    ("Insurers said the claims would take months to settle.", "the claims would take months", "", "anonymous"),
    ('The request was humanitarian, Krc said. US Judge said in December 2005 that "nothing establishes that the government has a concern."', "nothing establishes", "", "anonymous"),
    ("Iraqi Deputy Prime Minister said the talks would resume next week.", "the talks would resume", "", "anonymous"),
    ("British Airways said the flights would resume on Monday.", "the flights would resume", "British Airways", "organization"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), NAMES_AND_OFFICES)
def test_speakers_sources14_surname_or_office(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)


# A noun that a name is given to ('the blogger known by the pseudonym X', 'a rapper known as X',
# 'a man named X') describes that person: the same description later refers back to them.
KNOWN_AS = [
    (
        "The Iranian blogger known by the pseudonym Brooding Persian reported that the two sides met. "
        'The Iranian blogger ironically commented on the lack of attention, stating that "No one was cursed."',
        "No one was cursed", "Brooding Persian", "person",
    ),
    (
        "A rapper known as Marcus Reid announced a new album on Friday. "
        'The rapper said that "it is the best thing I have made."',
        "it is the best thing", "Marcus Reid", "person",
    ),
    (
        "Police arrested a man named Daniel Kowalski on Sunday. "
        "The man told reporters that he had done nothing wrong.",
        "he had done nothing wrong", "Daniel Kowalski", "person",
    ),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), KNOWN_AS)
def test_speakers_sources14_known_as(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)


# An outlet's report that quotes a source carries that source (guideline Q7: the
# innermost speaker); the outlet goes to `via`, and the participle is no part of the content.
QUOTED_BY_OUTLETS = [
    ('"The authority was provided under a classified directive," the New York Times reported, quoting government officials.',
     "The authority was provided", "", "anonymous", "New York Times", "The authority was provided under a classified directive,"),
    ("The U.S. network ABC News reported on its Web site that the attack killed Khabab, quoting Pakistani authorities.",
     "the attack killed Khabab", "", "anonymous", "ABC News", "the attack killed Khabab"),
    ("The newspaper reported, quoting two senior diplomats, that the talks had collapsed.",
     "the talks had collapsed", "", "anonymous", "The newspaper", "the talks had collapsed"),
    # An outlet citing sources makes its own claim from them; no participle: the outlet speaks.
    ("Reuters, citing a company source, said the plant would close in March.",
     "the plant would close", "Reuters", "media", "", "the plant would close in March"),
    ("The Guardian reported that the plant would close in March.", "the plant would close", "Guardian", "media", "", "the plant would close in March"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype", "via", "content"), QUOTED_BY_OUTLETS)
def test_speakers_sources14_outlet_quoting_a_source(quotes_of, text, needle, canonical, stype, via, content):
    row = quote_row(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"], row["via"], row["text"]) == (canonical, stype, via, content)


# A capitalised noun with a title-case 'for'/'of' tail is an organisation's name even where the
# entity model missed it and it stands only once; people described so stay unnamed groups.
TITLE_CASE_NAMES = [
    ("Metronet had blocked access to extra funds. Transport for London have reassured the public that tube services will not be affected.",
     "tube services will not be affected", "Transport for London", "organization"),
    ("Residents of London said the plan was reckless.", "the plan was reckless", "", "anonymous"),
    ("Members of Parliament said the plan was reckless.", "the plan was reckless", "", "anonymous"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), TITLE_CASE_NAMES)
def test_speakers_sources14_title_case_name(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)


# A cleft ('it was X who said ...') gives the relative pronoun the focused noun.
CLEFTS = [
    ("The security council has urged both nations to show restraint; it was the UN who called on the nations to agree to a ceasefire in June.",
     "to agree to a ceasefire", "United Nations", "organization"),
    ("It was a senior official who told reporters that the talks had failed.", "the talks had failed", "", "anonymous"),
    ("It was Mayor Ruth Calloway who told the council that the budget was short.", "the budget was short", "Ruth Calloway", "person"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "stype"), CLEFTS)
def test_speakers_sources14_cleft(quotes_of, text, needle, canonical, stype):
    _check(quotes_of, text, needle, canonical, stype)
