"""Statement constructions recognised by the parse in their variants (constructs17): statement nouns
with an infinitive or a modifier owner, 'X denied allegations that ...', and 'VERB ADDRESSEE to
INFINITIVE' for the verbs of the WordNet directive class."""

import pandas as pd
import pytest

import newslab as nl


def _quotes(nlp, text):
    arts = pd.DataFrame({"article_id": ["a"], "text": [text]})
    q = nl.analyze(arts, nlp=nlp).quotes
    return [(r.speaker, r.text, r.frame) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor challenged the council to publish the full audit before the vote.",
         ("The mayor", "to publish the full audit before the vote", "directive")),
        ("Union leaders have implored the management to reopen the talks next week.",
         ("Union leaders", "to reopen the talks next week", "directive")),
        ("In a speech on Tuesday, the bishop exhorted the faithful to stay calm and pray for peace.",
         ("the bishop", "to stay calm and pray for peace", "directive")),
    ],
)
def test_quotes_constructs17_addressed_infinitive(nlp, text, expected):
    assert expected in _quotes(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The new rules allowed farmers to sell their grain abroad.",
        "The storm forced residents to leave their homes.",
    ],
)
def test_quotes_constructs17_non_directive_verbs(nlp, text):
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Maria Lopez's call to scrap the tax was rejected by her party.",
         ("Maria Lopez", "to scrap the tax", "directive")),
        ("The government accepted a Danish offer to send two more frigates.",
         ("Danish", "to send two more frigates", "speech")),
        ("A tribunal dismissed Canadian allegations that the duties broke the trade agreement.",
         ("Canadian", "the duties broke the trade agreement", "speech")),
    ],
)
def test_quotes_constructs17_noun_owner(nlp, text, expected):
    assert expected in _quotes(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The spokesman denied allegations that the minister had lied to parliament.",
         ("The spokesman", "allegations that the minister had lied to parliament", "stance")),
        ("Senator Ruth Abel denied claims that her campaign had accepted foreign money.",
         ("Ruth Abel", "claims that her campaign had accepted foreign money", "stance")),
    ],
)
def test_quotes_constructs17_denied_allegations(nlp, text, expected):
    assert expected in _quotes(nlp, text)


def test_quotes_constructs17_clause_hung_on_verb(nlp):
    text = "The witness repeated her statement that the driver had not stopped at the light."
    assert ("her", "the driver had not stopped at the light", "speech") in _quotes(nlp, text)
