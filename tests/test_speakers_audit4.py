"""Tests of the speaker fixes from the 0.4.0 audit of 25 more unseen Wikinews articles
(docs/speakers.md, "0.4.0 audit: 25 more unseen articles"): hyphenated given names, a name
the parser hung inside a postposed role phrase, organisation names of the form 'X of A and B',
and document issuers named by 'from' or 'provided by'."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker, speaker_canonical)
HYPHENATED = [
    ('"I think the market is taking those headlines as positives."\n\n'
     "Jean-Claude Trichet, the European Central Bank president, warned that talk of a recovery might be premature.",
     "talk of a recovery", "Jean-Claude Trichet", "Jean-Claude Trichet"),
    ('"We will look at every option."\n\n'
     "Jean-Pierre Moreau, the mayor of the town, said the bridge would reopen in May.",
     "the bridge would reopen", "Jean-Pierre Moreau", "Jean-Pierre Moreau"),
    ("Marie-Louise Dupont told reporters that the plan would fail.", "the plan would fail", "Marie-Louise Dupont", "Marie-Louise Dupont"),
    ("Coach Abdel-Aziz Hassan said the team was ready.", "the team was ready", "Abdel-Aziz Hassan", "Abdel-Aziz Hassan"),
    # a hyphenated surname after a given name: the whole name speaks, the role is the title
    ('"Only the sword has been punished," he said.\n\n'
     "Presiding judge Monika Niezabitowska-Nowakowska said that the verdict was made possible by new evidence.",
     "the verdict was made possible", "Monika Niezabitowska-Nowakowska", "Monika Niezabitowska-Nowakowska"),
    # negatives: a hyphen with spaces, or a lower-case first part, joins nothing
    ("Pro-government protester Anna Kowalski said the march would go ahead.", "the march would go ahead", "Anna Kowalski", "Anna Kowalski"),
    ("Anna Kowalski said the march - the third this year - would go ahead.", "would go ahead", "Anna Kowalski", "Anna Kowalski"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "canonical"), HYPHENATED)
def test_speakers_audit4_hyphenated_given_name(quotes_of, text, needle, speaker, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (speaker, canonical, "person")


# (text, needle, speaker, speaker_type, speaker_title)
TRAILING_NAME = [
    ('"The talks went well. We expect more," said spokesman for the ministry of health in Kenya, John Mwangi.',
     "The talks went well", "John Mwangi", "person", "spokesman for the ministry of health in Kenya"),
    ('Eight oil workers were freed on Friday. "All the hostages have been released. They are with the governor now,"'
     " said spokesman for the state of Bayelsa in southern Nigeria, Ekiyor Welson.",
     "All the hostages", "Ekiyor Welson", "person", "spokesman for the state of Bayelsa in southern Nigeria"),
    # negatives: no name after the phrase; the anonymous spokesperson stays anonymous
    ('"The talks went well," said a spokesman for the ministry of health in Kenya.',
     "The talks went well", "a spokesman for the ministry of health in Kenya", "anonymous", "spokesman"),
    ('"The road will reopen," said a spokeswoman for the city of Lagos on Monday.',
     "The road will reopen", "a spokeswoman for the city of Lagos", "anonymous", "spokeswoman"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "kind", "title"), TRAILING_NAME)
def test_speakers_audit4_name_after_postposed_role(quotes_of, text, needle, speaker, kind, title):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_type"], row["speaker_title"]) == (speaker, kind, title)


# (text, needle, speaker_canonical)
ORG_AND_NAMES = [
    ("Rhode Island's Department of Labor and Training stated on Wednesday that it requested the line of credit.",
     "it requested the line", "Rhode Island's Department of Labor and Training"),
    ("The Ministry of Industry and Trade said exports rose in March.", "exports rose", "Ministry of Industry and Trade"),
    # negative: a person joined to the body is a joint source, not part of its name
    ("The Department of Health and John Smith said the clinic would close.", "the clinic would close", "Department of Health"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), ORG_AND_NAMES)
def test_speakers_audit4_org_name_with_and(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical


def test_speakers_audit4_whole_org_name_reused_by_later_mention(quotes_of):
    text = ("Rhode Island's Department of Labor and Training stated on Wednesday that it requested the line of credit. "
            'In a statement released by the Department, the agency said: "Customers will not experience any delays."')
    row = _one(quotes_of(text), "Customers will not")
    assert (row["speaker"], row["speaker_canonical"]) == ("the agency", "Rhode Island's Department of Labor and Training")


# (text, needle, speaker_type, speaker_canonical)
DOCUMENT_ISSUERS = [
    ("Information provided by the International Energy Agency has said that the previous record was $102.53.",
     "the previous record", "document", "International Energy Agency"),
    ("Data released on Wednesday from the British government says that the unemployment rate has reached a new high.",
     "the unemployment rate", "document", "British government"),
    ("Figures compiled by Bloomberg show that the shares fell by a third.", "the shares fell", "document", "Bloomberg"),
    ("According to information from the interior ministry, 40 people were arrested.", "40 people were arrested", "document", "interior ministry"),
    # negatives: an author is no issuer ('prepared by'); a document with no issuer keeps ''
    ("Data released on Wednesday says that the unemployment rate has reached a new high.", "the unemployment rate", "document", ""),
]


@pytest.mark.parametrize(("text", "needle", "kind", "canonical"), DOCUMENT_ISSUERS)
def test_speakers_audit4_document_issuer(quotes_of, text, needle, kind, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (kind, canonical)


def test_speakers_audit4_information_emerged_is_no_statement(quotes_of):
    assert quotes_of("Information has emerged that the minister knew of the plan.").empty


# (text, needle, speaker_type, speaker_canonical)
JOINT_SURNAMES = [
    ("Mayor Ray Nagin won re-election, beating Lieutenant Governor Mitch Landrieu. "
     "Both Nagin and Landrieu called for the citizens of New Orleans to work together in unity.",
     "the citizens of New Orleans", "person", "Ray Nagin and Mitch Landrieu"),
    ("Senator Anna Kowalski and Governor Tom Briggs met on Monday. Both Kowalski and Briggs said the deal would hold.",
     "the deal would hold", "person", "Anna Kowalski and Tom Briggs"),
    # negative: a company named after people the article does not name stays an organisation
    ("Procter and Gamble said sales rose in the third quarter.", "sales rose", "organization", "Procter and Gamble"),
]


@pytest.mark.parametrize(("text", "needle", "kind", "canonical"), JOINT_SURNAMES)
def test_speakers_audit4_joint_surnames_tagged_org(quotes_of, text, needle, kind, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (kind, canonical)


def test_speakers_audit4_acronym_after_hyphen_is_no_given_name(quotes_of):
    text = ("Zimbabweans are tired.\n\nZanu-PF, the ruling party of Zimbabwe, responded to the calls for reform "
            "by saying it would be considered after the elections.")
    row = _one(quotes_of(text), "it would be considered")
    assert row["speaker_type"] == "organization"
