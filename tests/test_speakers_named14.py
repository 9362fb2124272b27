"""Choosing among named speakers (issue 12, 0.8.0).

When the text names several people, the speaker of a statement is the one the sentence
structure makes its subject: a standalone quotation goes to the person the sentence before
shows speaking, a pronoun prefers the main-clause subject over the subject of a clause inside
that sentence, a participle after a verb joined with its own subject belongs to that subject,
and a place that a preposition names ('talked about Sudan saying') is a topic, not a speaker.
"""

from __future__ import annotations

import warnings

import pytest

from newslab.entities import extract_entities
from newslab.errors import QuoteMarkWarning
from newslab.quotes import extract_quotes
from tests.conftest import quote_row


def _quotes(nlp, text: str):
    doc = nlp(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QuoteMarkWarning)
        return extract_quotes(doc, entities=extract_entities(doc))


# (text, needle, speaker_canonical)
SPOKE_BEFORE = [
    # a pronoun subject of 'commented', the person named in the relative clause before it
    ('The Reverend Ann Lowe said, "We are praying for every family."\n\n'
     "During the briefing in which Governor Mills announced that he would stay in the capital, he also commented on the flooding.\n\n"
     '"The water is still rising. Stay away from the river and listen to the police."', "The water is still rising", "Mills"),
    # a named subject of 'spoke'
    ('"We will appeal," said Mary Collins, the union\'s lawyer.\n\n'
     "At a meeting in the town hall, where the union's lawyer Mary Collins had accused him of bad faith, Mayor Tom Briggs spoke to the residents.\n\n"
     '"Nobody has shown me a costing for this wall. I will not sign it."', "Nobody has shown me", "Tom Briggs"),
    # the earlier speaker stays when the sentence before shows no one speaking
    ('"We will appeal," said Mary Collins, the union\'s lawyer.\n\n'
     "The ruling was published on the council's website on Friday.\n\n"
     '"This is a victory for every worker in the town. We will not stop here."', "This is a victory", "Mary Collins"),
]


@pytest.mark.parametrize("text,needle,canonical", SPOKE_BEFORE)
def test_speakers_standalone_quotation_goes_to_who_spoke_before(nlp, text, needle, canonical):
    row = quote_row(_quotes(nlp, text), needle)
    assert row["speaker_canonical"] == canonical


def test_speakers_negated_speech_verb_before_keeps_earlier_speaker(nlp):
    text = ('"We will appeal," said Mary Collins, the union\'s lawyer.\n\n'
            "Mayor Tom Briggs did not comment on the ruling.\n\n"
            '"This is a victory for every worker in the town. We will not stop here."')
    row = quote_row(_quotes(nlp, text), "This is a victory")
    assert row["speaker_canonical"] == "Mary Collins"


MAIN_SUBJECT = [
    ("Doctors said he was stable.\n\nChoi Kyu-hah became acting President after then-President Park Chung Hee was assassinated in 1979. "
     "He was sworn in as President in December, but resigned in August 1980. After his resignation, he refused to discuss the coup in much detail.",
     "discuss the coup", "Choi Kyu-hah"),
    ("Nurses said the hospital was full.\n\nTom Briggs took over the clinic after its founder David Brennan was arrested in March. "
     "He was confirmed as director in May, but left the post in October. Since then, he has declined to discuss the arrest.",
     "discuss the arrest", "Tom Briggs"),
    # no main-clause person: the clause subject is still the antecedent
    ("Nurses said the hospital was full.\n\nThe clinic closed after David Brennan was arrested in March. "
     "He was released in May. Since then, he has declined to discuss the arrest.", "discuss the arrest", "David Brennan"),
]


@pytest.mark.parametrize("text,needle,canonical", MAIN_SUBJECT)
def test_speakers_pronoun_prefers_main_clause_subject(nlp, text, needle, canonical):
    assert quote_row(_quotes(nlp, text), needle)["speaker_canonical"] == canonical


PARTICIPLE_OWNER = [
    ("Geert Wilders wrote a letter to de Volkskrant calling for a ban.\n\n"
     "On the same day the letter ran in de Volkskrant, Els Lucas, a lawyer from Lelystad, filed a police complaint against Wilders, "
     "saying that the politician is inciting hatred between groups within the population.", "inciting hatred", "Els Lucas"),
    ("The storm hit the coast on Friday, and Governor Ray Mills declared an emergency, saying that the state would need federal help.",
     "federal help", "Ray Mills"),
    ('Bin Laden also talked about Sudan saying, "I call on mujahedeen to prepare for a long war against the crusaders."',
     "I call on mujahedeen", "Bin Laden"),
]


@pytest.mark.parametrize("text,needle,canonical", PARTICIPLE_OWNER)
def test_speakers_participle_belongs_to_its_own_clause_subject(nlp, text, needle, canonical):
    assert quote_row(_quotes(nlp, text), needle)["speaker_canonical"] == canonical


def test_speakers_place_after_preposition_is_a_topic(nlp):
    text = 'The minister also spoke about Ukraine saying, "We will not abandon our friends in Kyiv."'
    row = quote_row(_quotes(nlp, text), "abandon our friends")
    assert row["speaker_canonical"] != "Ukraine"
    assert row["speaker_type"] == "anonymous"


@pytest.mark.parametrize("text,needle,canonical", [
    ("The Fed said on Wednesday that it would keep interest rates on hold.", "keep interest rates", "Federal Reserve"),
    ("Amnesty urged the government to release the two journalists.", "release the two journalists", "Amnesty International"),
])
def test_speakers_short_forms_of_bodies_take_their_full_name(nlp, text, needle, canonical):
    row = quote_row(_quotes(nlp, text), needle)
    assert row["speaker_canonical"] == canonical
    assert row["speaker_type"] == "organization"
