"""Audit 14 (25 unseen Wikinews articles): a name after a quotation closed without a comma,
'expect X to' beliefs, verbs that only modify a noun, unnamed people described by their age,
police unions, joint outlets, letters and e-mails as documents of their writer, and quoted
terms in the writer's own predicate.

Every sentence here is our own; none is from the corpus.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_row


# --- a name (with its apposition) after a quotation closed without a comma -------------------


@pytest.mark.parametrize(
    "text, needle, speaker",
    [
        ('Transport Minister Tom Briggs spoke first. "They don\'t take the bus. They drive everywhere" Sarah Lund, president of the Riders Union, said.', "They drive everywhere", "Sarah Lund"),
        ('The airline asked for more time. "We cannot run the route at a loss. It costs too much" Helen Ward, chief executive of Northern Rail, said.', "It costs too much", "Helen Ward"),
        ('"The harbour is safe," the mayor said. "Why would anyone leave? The fish are back" Peter Okafor, a fisherman from the north shore, said.', "The fish are back", "Peter Okafor"),
    ],
)
def test_quotes_audit14_name_after_commaless_quotation(quotes_of, text, needle, speaker):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == speaker
    assert row["cue"] == "said"


@pytest.mark.parametrize(
    "text, needle",
    [
        ('"Cotton farmers need access to these markets" the trade representative announced at the talks in Geneva on Thursday. The talks went on.', "Cotton farmers need access"),
        ('"The road will reopen next spring after the repairs" the county engineer announced at the meeting on Monday.', "The road will reopen"),
    ],
)
def test_quotes_audit14_cue_read_as_participle_after_quotation(quotes_of, text, needle):
    row = quote_row(quotes_of(text), needle)
    assert row["cue"] == "announced"
    assert row["speaker"].endswith(("representative", "engineer"))  # the noun phrase, not the verb after it
    assert row["speaker_type"] == "anonymous"


# --- 'expect X to ...': a belief with its own subject --------------------------------------


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Hicks' lawyers expect him to be granted British citizenship tonight.", "him to be granted British citizenship tonight", "Hicks' lawyers"),
        ("Analysts expect the rising fuel costs to push up the price of bread.", "the rising fuel costs to push up the price of bread", "Analysts"),
        ("Economists expect house prices to rise again in the spring.", "house prices to rise again in the spring", "Economists"),
    ],
)
def test_quotes_audit14_expect_object_infinitive_is_belief(quotes_of, text, content, speaker):
    row = quote_row(quotes_of(text), content)
    assert row["text"] == content
    assert row["speaker"] == speaker
    assert row["frame"] == "belief"


@pytest.mark.parametrize(
    "text",
    [
        "The company expects to hire two hundred workers next year.",  # its own plan, no belief report
        "The bridge is expected to open in May.",  # no one named expects it
        "Residents will expect the council to act.",  # hypothetical
    ],
)
def test_quotes_audit14_expect_without_reported_subject_is_no_statement(quotes_of, text):
    assert quotes_of(text).empty


# --- a verb that modifies a noun is no cue ---------------------------------------------------


@pytest.mark.parametrize(
    "text, needle",
    [
        ("According to his lawyers, Australian terror suspect David Hicks may be granted British citizenship tonight.", "David Hicks may be granted"),
        ("According to the police, murder suspect Jan Novak was released on bail this morning.", "Jan Novak was released"),
    ],
)
def test_quotes_audit14_noun_modifier_is_no_cue(quotes_of, text, needle):
    q = quotes_of(text)
    assert len(q) == 1, q[["text", "cue", "speaker"]].values.tolist()
    assert q.iloc[0]["cue"] == "According to"
    assert needle in q.iloc[0]["text"]


def test_quotes_audit14_inverted_participle_cue_still_works(quotes_of):
    row = quote_row(quotes_of('"I am proud of the nurses who stayed" tweeted London mayor Sadiq Khan.'), "I am proud")
    assert row["speaker_canonical"] == "Sadiq Khan"


# --- people described by their age ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, needle",
    [
        ('"I was there yesterday, and I will be there tonight," said a 19-year-old who would not give his name.', "I was there"),
        ('A 45-year-old told reporters that the road had been closed for a week.', "the road had been closed"),
        ('"We lost everything," a 70-year-old said outside the shelter.', "We lost everything"),
    ],
)
def test_quotes_audit14_unnamed_age_is_anonymous_person(quotes_of, text, needle):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_type"] == "anonymous"
    assert row["speaker_canonical"] == ""


# --- police forces and police unions ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, needle, canonical, kind",
    [
        ('"It is worse than last year," said Paul Roux of the Alliance police union. Police say that an ambulance arrived within ten minutes.', "ambulance", "", "anonymous"),
        ("The Valley Police Federation criticised the plan. Police say that the road will reopen tomorrow.", "road will reopen", "", "anonymous"),
        ("Officers of the Avon and Somerset Police arrived at noon. Police say that the road will reopen tomorrow.", "road will reopen", "Avon and Somerset Police", "organization"),
        ("Northshire Police sealed off the street. Police say that two men were arrested.", "arrested", "Northshire Police", "organization"),
    ],
)
def test_quotes_audit14_police_union_names_no_force(quotes_of, text, needle, canonical, kind):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical
    assert row["speaker_type"] == kind


# --- outlets that report together ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, canonical",
    [
        ("The Guardian and The Times are reporting that the minister will resign.", "Guardian and Times"),
        ("The Jerusalem Post and the Financial Times have reported that the talks collapsed.", "Jerusalem Post and Financial Times"),
    ],
)
def test_quotes_audit14_joint_outlets_keep_every_member(quotes_of, text, canonical):
    q = quotes_of(text)
    assert len(q) == 1
    assert q.iloc[0]["speaker_canonical"] == canonical
    assert q.iloc[0]["speaker_type"] == "media"


# --- letters and e-mails speak for their writer ----------------------------------------------


@pytest.mark.parametrize(
    "text, needle, issuer",
    [
        ("Wikipedia founder Jimmy Wales received an e-mail that Microsoft employee Doug Mahugh wrote on Friday. The email said that the company would pay for the changes.", "the company would pay", "Doug Mahugh"),
        ("The letter that Mayor Tom Reid wrote to the council was read aloud on Monday. The letter stated that the bridge would close.", "the bridge would close", "Tom Reid"),
        ('"The port must close at night," said the resolution adopted by the Kestrel Bay Council on Tuesday.', "The port must close", "Kestrel Bay Council"),
    ],
)
def test_quotes_audit14_correspondence_takes_its_writer(quotes_of, text, needle, issuer):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_type"] == "document"
    assert row["speaker_canonical"] == issuer


def test_quotes_audit14_e_mail_is_one_word(nlp):
    doc = nlp("The e-mail also stated that the council would pay. She e-mailed reporters.")
    assert [t.text for t in doc][:3] == ["The", "e-mail", "also"]
    assert "e-mailed" in [t.text for t in doc]


def test_quotes_audit14_e_mail_speaker_is_the_document(quotes_of):
    row = quote_row(quotes_of("The e-mail also stated that the council would pay for the work."), "council would pay")
    assert row["speaker"] == "The e-mail"
    assert row["speaker_type"] == "document"


# --- a quoted term in the writer's own predicate ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"We will change the rules," Jimmy Wales said. One of the site\'s core policies is that articles must be written from a "neutral point of view" or NPOV.',
        '"The plan is fair," the minister said. The rule is that every report must be filed under a "public interest" heading.',
    ],
)
def test_quotes_audit14_term_in_writers_predicate_is_no_statement(quotes_of, text):
    q = quotes_of(text)
    assert len(q) == 1, q[["text", "cue", "speaker"]].values.tolist()


def test_quotes_audit14_quoted_words_in_a_report_stay(quotes_of):
    row = quote_row(quotes_of('"We will change the rules," Jimmy Wales said. He added that articles must be written from a "neutral point of view" at all times.'), "neutral point of view")
    assert row["kind"] == "mixed"
    assert row["speaker_canonical"] == "Jimmy Wales"
