"""Quotes, audit round 10: errors found by reading 25 unseen Wikinews articles beside their quotes
table (/work/wt/audit10-errors.md) that recur and that a general rule fixes:

- a one-word title the entity model tags as a body ("Bauer's CEO", ", CEO of Qantas,") is an
  unnamed office holder, not an organisation called "CEO";
- the subject of a participle in an absolute 'with' phrase ("..., with Caroline Fredrickson saying
  that ...") is the speaker, not the main clause's subject;
- "add" with 'into'/'to' and a thing as its subject is the verb of adding, not of speech
  ("Earmarks added into the bill included ...": the parser made the reduced relative the main verb).

Every rule has several sentences of our own, and negative sentences that must not change.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# ------------------------------------------------------------ a lone title tagged as a body

LONE_TITLE = [
    # (text, words of the statement, speaker_org)
    ("Bauer Media have released a statement. Bauer’s CEO who addressed the staff on Monday continued, "
     'saying "it makes sense to bring the staff together."', "it makes sense", "Bauer"),
    ('The airline said the fleet was safe. The CEO of Qantas said: "It is great that we can fly the aircraft again."',
     "It is great", "Qantas"),
    ("Acme Corp reported losses. Acme’s CEO said the cuts were needed to keep the depot open.",
     "the cuts were needed", "Acme Corp"),
]


@pytest.mark.parametrize(("text", "needle", "org"), LONE_TITLE)
def test_quotes_audit10_lone_title_tagged_as_body_is_an_unnamed_holder(quotes_of, text, needle, org):
    row = _one(quotes_of(text), needle)
    assert row["speaker_type"] == "anonymous"
    assert row["speaker_canonical"] == ""
    assert row["speaker_title"] == "CEO"
    assert row["speaker_org"] == org


NAMED_HOLDER = [
    # A title with the holder's name stays that person; an organisation stays an organisation.
    ('Qantas CEO Alan Joyce said: "We are fully comfortable with the engines."', "We are fully comfortable", "Alan Joyce", "person"),
    ("Microsoft said the cuts were needed to keep the depot open.", "the cuts were needed", "Microsoft", "organization"),
    # A portfolio word the title list holds names the ministry: 'Defence says ...'.
    ("Troops will be sent in May. Defence says the task force will join the Dutch-led team.", "the task force will join", "Defence", "organization"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "kind"), NAMED_HOLDER)
def test_quotes_audit10_named_holder_and_body_unchanged(quotes_of, text, needle, canonical, kind):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical
    assert row["speaker_type"] == kind


# ------------------------------------------------------------ 'with X saying': an absolute phrase

WITH_ABSOLUTE = [
    # (text, words of the statement, speaker)
    ("John McCain's support of the bill was also mentioned with Caroline Fredrickson saying that "
     '"Senator McCain has been the leading voice on torture."', "Senator McCain has been", "Caroline Fredrickson"),
    ("The plan was debated for hours with the harbour master warning that the pier would not hold.",
     "the pier would not hold", "the harbour master"),
    ("The motion passed easily, with most councillors saying the park had waited long enough.",
     "the park had waited", "most councillors"),
]


@pytest.mark.parametrize(("text", "needle", "speaker"), WITH_ABSOLUTE)
def test_quotes_audit10_with_absolute_participle_takes_its_own_subject(quotes_of, text, needle, speaker):
    row = _one(quotes_of(text), needle)
    assert row["speaker"] == speaker


WITH_PARTNER = [
    # 'with' after a verb of meeting or talking names a partner: the main subject speaks.
    ("The mayor spoke with reporters saying the road would reopen on Friday.", "the road would reopen", "The mayor"),
    ("Chen met with union leaders, saying the talks had gone well.", "the talks had gone well", "Chen"),
    ("Senator Ruth Vance challenged the governor in a showdown with the legislature saying that the budget was illegal.",
     "the budget was illegal", "Ruth Vance"),
    # 'with' inside a noun phrase ('a meeting with X') is no absolute phrase.
    ("Beijing also condemned a meeting with Canada's Prime Minister Ana Ruiz calling the meeting a mistake and that relations "
     "between the two nations were damaged.", "the meeting a mistake", "Beijing"),
]


@pytest.mark.parametrize(("text", "needle", "speaker"), WITH_PARTNER)
def test_quotes_audit10_with_partner_keeps_the_main_subject(quotes_of, text, needle, speaker):
    row = _one(quotes_of(text), needle)
    assert row["speaker"] == speaker


# ------------------------------------------------------------ 'added into/to' the verb of adding

ADDING = [
    "Earmarks added into the bailout bill included $192 million in tax rebates for the rum industry.",
    "Measures added to the budget include a tax cut for small firms.",
    "Clauses added onto the contract gave the port a veto over new berths.",
]


@pytest.mark.parametrize("text", ADDING)
def test_quotes_audit10_added_into_is_no_statement(quotes_of, text):
    assert quotes_of(text).empty


SPOKEN_ADD = [
    # (text, words of the statement, speaker)
    ("The minister added to reporters in Paris the plan had failed.", "the plan had failed", "The minister"),
    ("Smith said the talks went well. He added that the deal would be signed on Friday.", "the deal would be signed", "He"),
    ("Officials added in a statement that the road would stay closed.", "the road would stay closed", "Officials"),
]


@pytest.mark.parametrize(("text", "needle", "speaker"), SPOKEN_ADD)
def test_quotes_audit10_spoken_added_stays_a_statement(quotes_of, text, needle, speaker):
    row = _one(quotes_of(text), needle)
    assert row["cue"] == "added"
    assert row["speaker"] == speaker


def test_quotes_audit10_with_after_a_relational_noun_is_no_speaker(quotes_of):
    # 'the border with Syria': Syria is the noun's partner, never the speaker of the participle.
    text = ("Annan said that the army should have the responsibility of policing the border with Syria saying that "
            "foreign troops would be unprecedented there.")
    assert _one(quotes_of(text), "foreign troops would be unprecedented")["speaker"] != "Syria"
