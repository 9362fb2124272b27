"""Tests of the 0.15.0 speaker-type rules where the entity label misleads (docs/speakers.md,
"0.15.0: speaker types decided by noun class"):

- the followers of a faith tagged NORP ('Some Shiites said') and a plural person noun tagged as a
  place ('Eyewitnesses reported') are unnamed people, anonymous; nations and parties stay bodies;
- a title of the lexicon before a person's name the model tagged ORG as a whole ('General
  Petraeus') is a person: the title goes to ``speaker_title`` and the name links to the full name;
- a definite 'body' ('the ruling body', 'The body said') is an organisation; an indefinite one
  stays an unnamed source;
- a partitive subject ('Four of the protesters are ...') is the plural people group that 'they'
  takes up, not the organisation that spoke before.
"""

from __future__ import annotations

import warnings

import pytest
from spacy.tokens import Span

from newslab import people

from .conftest import quote_row as _one

# (text, needle in the statement, speaker, speaker_canonical, speaker_type)
FAITH_AND_PEOPLE = [
    ("Local media reported that Muslims said the cartoons were an insult to their faith.",
     "the cartoons were an insult", "Muslims", "", "anonymous"),
    ("Some Shiites in the city said that the shrine had been damaged.", "the shrine had been damaged",
     "Some Shiites in the city", "", "anonymous"),
    ("Many Catholics say the decision was long overdue.", "the decision was long overdue", "Many Catholics", "", "anonymous"),
    ("Eyewitnesses reported that the soldiers opened fire on the crowd.", "the soldiers opened fire",
     "Eyewitnesses", "", "anonymous"),
]

STAY_BODIES = [
    # a party's members and a firm named with a title word stay organisations
    ("Democrats criticized the bill, saying that it would raise taxes.", "it would raise taxes", "Democrats", "Democrats", "organization"),
    ("General Motors said that sales had fallen by ten percent.", "sales had fallen", "General Motors", "General Motors", "organization"),
]

BODIES = [
    ("The University of Kestrel Bay has agreed to close its music department. The ruling body agreed with the cuts, "
     "claiming that the savings were needed.", "the savings were needed", "The ruling body", "ruling body", "organization"),
    ("The football association met on Monday. The governing body announced that the season would start in May.",
     "the season would start in May", "The governing body", "governing body", "organization"),
    ("The Parliamentary Assembly met in Strasbourg on Tuesday. The body said that the detentions were illegal.",
     "the detentions were illegal", "The body", "Parliamentary Assembly", "organization"),
    # indefinite: an unnamed source, as before
    ("An independent body said that the vote had been fair.", "the vote had been fair", "An independent body", "", "anonymous"),
]

PARTITIVE_THEY = [
    ("The Pine Ridge Peace Network said the protest was peaceful. The network spoke yesterday of its plans to return. "
     "Four of the protesters are from Queensland, and one is from Victoria. They say they wanted to inspect the facility.",
     "they wanted to inspect"),
    ("The Coalition for Clean Rivers staged the protest at the plant. The coalition later said the action had been a success. "
     "Several of the activists were arrested by police. They claim that they were beaten in custody.",
     "they were beaten in custody"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "canonical", "kind"), FAITH_AND_PEOPLE + STAY_BODIES + BODIES)
def test_type22_speaker_type_by_noun_class(quotes_of, text, needle, speaker, canonical, kind):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (speaker, canonical, kind)


@pytest.mark.parametrize(("text", "needle"), PARTITIVE_THEY)
def test_type22_partitive_subject_is_the_group_they_takes(quotes_of, text, needle):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == ("They", "", "anonymous")


def test_type22_named_general_tagged_org(quotes_of):
    # the small model tags 'General Petraeus' ORG here as a whole
    text = "U.S. Army General David Petraeus presented the report on Monday. General Petraeus firstly said that the surge had worked."
    row = _one(quotes_of(text), "the surge had worked")
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"], row["speaker_title"]) == ("Petraeus", "David Petraeus", "person", "General")


# (text, the title-and-name span to tag ORG, needle, canonical, title)
TITLED_ORG = [
    ("Marine Colonel Mark Hutchins visited the base on Tuesday. Colonel Hutchins said that the base was secure.",
     "Colonel Hutchins", "the base was secure", "Mark Hutchins", "Colonel"),
    ("Admiral Michael Mullen arrived in Kabul on Friday. Admiral Mullen told reporters that the fleet was ready.",
     "Admiral Mullen", "the fleet was ready", "Michael Mullen", "Admiral"),
    ("Inspector Sarah Malik led the inquiry. Inspector Malik said that the evidence was clear.",
     "Inspector Malik", "the evidence was clear", "Sarah Malik", "Inspector"),
]


@pytest.mark.parametrize(("text", "span", "needle", "canonical", "title"), TITLED_ORG)
def test_type22_titled_name_tagged_org_is_a_person(nlp, text, span, needle, canonical, title):
    from newslab.errors import QuoteMarkWarning
    from newslab.quotes import extract_quotes

    doc = nlp(text)
    start = text.rindex(span)
    sp = doc.char_span(start, start + len(span))
    doc.ents = [e for e in doc.ents if e.end <= sp.start or e.start >= sp.end] + [Span(doc, sp.start, sp.end, label="ORG")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QuoteMarkWarning)
        row = _one(extract_quotes(doc), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"], row["speaker_title"]) == (span.split()[-1], canonical, "person", title)


def test_type22_faith_nouns():
    assert people.is_faith_noun("Shiites") and people.is_faith_noun("Catholic") and people.is_faith_noun("Muslims")
    assert not people.is_faith_noun("Democrats") and not people.is_faith_noun("Israelis")
