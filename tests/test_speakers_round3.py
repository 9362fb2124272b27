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
    # the parser hangs the relative clause on another noun: 'whose' still follows its owner
    ('The tape contains a conversation between Harper and Vancouver journalist Tom Zytaruk, whose book "Like a Rock: The Chuck Cadman Story" claims that officials had offered a policy to Cadman.',
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


# (text, needle, speaker_canonical, speaker_title, speaker_org)
TITLES = [
    ('"We are ready," said Yusuf Mehdi, senior V.P. of MSN Search at Microsoft.', "We are ready",
     "Yusuf Mehdi", "senior V.P. of MSN Search at Microsoft", "MSN Search"),
    ("Brian Whitman, a spokesman for the Pentagon, said the report was wrong.", "the report was wrong",
     "Brian Whitman", "spokesman for the Pentagon", "Pentagon"),
    ('Savarino Construction Services Corp. won the contract. "We saw a huge opportunity," said Eva Hassett, vice president of Savarino.',
     "We saw a huge opportunity", "Eva Hassett", "vice president of Savarino", "Savarino Construction Services Corp."),
    ("In an address to the nation, the king of Nepal, Gyanendra said that power would be returned to the people.",
     "power would be returned", "Gyanendra", "king of Nepal", "Nepal"),
    ("After the vote, the health minister, Anna Blake, said the law would pass.", "the law would pass",
     "Anna Blake", "health minister", ""),
    ("Girija Prasad Koirala, the former Prime Minister of Nepal and leader of the opposition alliance said he will meet the king.",
     "he will meet the king", "Girija Prasad Koirala", "former Prime Minister of Nepal and leader of the opposition alliance", ""),
    ('"The launch is a great first step," said Yusuf Mehdi, senior V.P. of MSN Information Services & Merchant Platform.', "great first step",
     "Yusuf Mehdi", "senior V.P. of MSN Information Services & Merchant Platform", "MSN Information Services & Merchant Platform"),
    # negatives: a place or a time before the comma is no role; no org from a nationality
    ("In Paris, Jacques Martin said the plan was dead.", "the plan was dead", "Jacques Martin", "", ""),
    ("On Tuesday, Jacques Martin said the plan was dead.", "the plan was dead", "Jacques Martin", "", ""),
    ("Pierre Dupont, a spokesman for the French, said the plan was dead.", "the plan was dead", "Pierre Dupont", "spokesman for the French", ""),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "title", "org"), TITLES)
def test_speakers_round3_title_from_apposition(quotes_of, text, needle, canonical, title, org):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"], row["speaker_title"], row["speaker_org"]) == (canonical, "person", title, org)


# (text, needle, speaker_canonical): a role phrase stands for the named person who holds it
OFFICE_HOLDERS = [
    ('"It includes respecting provincial jurisdictions," said Harper. "Open federalism is not an electoral slogan," the prime minister added.',
     "Open federalism", "Harper"),
    ("The Prime Minister today defended the payment, saying that it was justified. Later, Prime Minister John Howard told parliament that he had done nothing wrong.",
     "it was justified", "John Howard"),
    ("In an address to the nation, the king of Nepal, Gyanendra said that power would be returned. "
     '"We ask the alliance to recommend a name," said the king in his address.', "We ask the alliance", "Gyanendra"),
    # negatives: two later holders of the title, or no holder at all, resolve to no one
    ("The Prime Minister today defended the payment, saying that it was justified. Later, Prime Minister John Howard and Prime Minister Helen Clark met in Sydney.",
     "it was justified", ""),
    ("The Prime Minister today defended the payment, saying that it was justified.", "it was justified", ""),
    # a holder named only in what is said is not the speaker
    ("The president says he will meet leaders in Beirut, where he says Syrian President Bashar al-Assad is the main obstacle to peace.",
     "Bashar al-Assad is the main obstacle", ""),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), OFFICE_HOLDERS)
def test_speakers_round3_role_phrase_is_office_holder(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    # with no holder named, the office is an unnamed source in the table
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "person" if canonical else "anonymous")


# (text, needle, speaker_canonical, speaker_type): organisations named together speak jointly
JOINT = [
    ('The Chinese Taipei Baseball Association (CTBA) was threatened. CTBA and Taichung City Government announced that "The scandal was a misunderstanding".',
     "The scandal was a misunderstanding", "Chinese Taipei Baseball Association and Taichung City Government", "organization"),
    ("The rebels say that the SLA, JEM, and the AU have promised to end the fighting.", "to end the fighting", "SLA, JEM and AU", "organization"),
    ("Microsoft and Google said they would share the data.", "they would share the data", "Microsoft and Google", "organization"),
    # negatives: one body with an apposition; one name cut at 'and' by the entity model stays one
    ("Microsoft, the software giant, said it would share the data.", "it would share the data", "Microsoft", "organization"),
    ("Procter & Gamble said prices would rise.", "prices would rise", "Procter & Gamble", "organization"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "kind"), JOINT)
def test_speakers_round3_joint_organisations(quotes_of, text, needle, canonical, kind):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, kind)


# (text, needle, speaker_type): unnamed groups of people and unnamed outlets
GROUPS = [
    ("Homeopathy has been described as pseudoscience by the scientific community.", "Homeopathy", "anonymous"),
    ("The Jewish community said it was shocked by the attack.", "it was shocked", "anonymous"),
    ("According to the country's state television service, the king has returned to the capital.", "the king has returned", "media"),
    ("A national radio network reported that the dam had burst.", "the dam had burst", "media"),
    # negatives: a company or service with no broadcasting word is no outlet
    ("The water company said supplies were safe.", "supplies were safe", "organization"),
    ("The ambulance service said two people were taken to hospital.", "two people were taken", "organization"),
]


@pytest.mark.parametrize(("text", "needle", "kind"), GROUPS)
def test_speakers_round3_groups_and_outlets(quotes_of, text, needle, kind):
    assert _one(quotes_of(text), needle)["speaker_type"] == kind
