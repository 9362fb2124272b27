"""How a speaker's type is decided for every mention, 0.9.0 (issue 12).

- One check finds the names the text describes as an organisation ('X, a ... company', 'X is
  the ... firm'); the organisation rules and the pronoun rules both read it (they had two
  parallel checks that disagreed in detail until 0.9.0). An owner before the noun no longer
  stops it ('Europe's biggest aircraft maker'); a role, a person noun, a negated copula or a
  plural apposition still do.
- A surname that several people in the article share is a person's when the tagger reads it
  as a common noun ('Mattlage says' after Fred and Larry Mattlage).
- A document's issuer apposed or bracketed inside its 'by' phrase ('A survey by a business
  group, the Institute for Supply Management, showed') is the document's issuer: the document
  speaks, not the body.
- A listed outlet written without its space or hyphen ('Aljazeera') and a name ending in
  'Globe' are news outlets.
"""

from __future__ import annotations

import warnings

import pytest

from newslab.entities import entity_columns, extract_entities
from newslab.errors import QuoteMarkWarning
from newslab.quotes import extract_quotes
from newslab.quotes.extract import _Context
from newslab.quotes.lexicon import load_cues
from newslab.quotes.speakers import _Resolver
from tests.conftest import quote_row


def _resolver(nlp, text: str) -> _Resolver:
    doc = nlp(text)
    return _Resolver(_Context(doc, entity_columns(doc), load_cues()))


def _quotes(nlp, text: str, relabel: dict[str, str] | None = None):
    """The quotes of ``text``, with the entity mentions named in ``relabel`` given that label."""
    doc = nlp(text)
    ents = extract_entities(doc)
    for name, label in (relabel or {}).items():
        ents.loc[ents["text"] == name, "label"] = label
        ents.loc[ents["text"] == name, "canonical"] = name
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QuoteMarkWarning)
        return extract_quotes(doc, entities=ents)


# (text, name the text describes as an organisation)
DESCRIBED = [
    # an owner before the noun does not stop the description
    ("Airbus, Europe's biggest aircraft manufacturer, has announced 10,000 job cuts.", "Airbus"),
    ("Norvolt, Sweden's largest battery company, said it would build a second plant.", "Norvolt"),
    ("Kestrel Foods, the region's biggest dairy firm, will close two creameries.", "Kestrel Foods"),
    # no owner, comma before the apposition
    ("Mcafee, another major security firm, said the worm had spread to 40 countries.", "Mcafee"),
    # a copula predicate, singular or plural
    ("Brightwell is the parent company of the three bakeries that closed last week.", "Brightwell"),
    ("Ostrava Steel and Tenmark are the only manufacturers that still make the part.", "Tenmark"),
    # the whole name, not its last word
    ("Human Rights Watch, a human rights organization based in New York, welcomed the warrant.", "Human Rights Watch"),
]

# (text, name that must NOT be taken as an organisation's)
NOT_DESCRIBED = [
    # a role before the organisation noun: the name is the role holder's
    ("Sharad Rao, General Secretary of the transport workers' union, said the strike would go on.", "Sharad Rao"),
    # a person noun in apposition
    ("Marcus Hale, the association's chair, said the plan was sound.", "Marcus Hale"),
    # a negated copula describes nothing
    ("Orrin Vale is not a company but a family trust, the court heard.", "Orrin Vale"),
    # a plural apposition describes no body ('the top 100 firms' is what the index holds)
    ("The firm will enter the Meridian 100 Index (the top 100 firms on the exchange by value).", "Meridian 100 Index"),
]


@pytest.mark.parametrize("text, name", DESCRIBED)
def test_speakers_types15_description_makes_an_organisation(nlp, text, name):
    res = _resolver(nlp, text)
    assert name in res._names_described_as_orgs
    # both readers of the one check agree: the organisation rules and the pronoun rules
    assert name in res._org_named
    assert name in res._text_org_names


@pytest.mark.parametrize("text, name", NOT_DESCRIBED)
def test_speakers_types15_no_description_no_organisation(nlp, text, name):
    res = _resolver(nlp, text)
    assert name not in res._names_described_as_orgs
    assert name not in res._text_org_names


# (text, mislabelled mentions, statement needle, canonical, type)
DESCRIBED_SPEAKERS = [
    # the model tags the company PERSON; the apposition with an owner decides
    ("Airbus, Europe's biggest aircraft manufacturer, has announced job cuts. "
     "Airbus said the cuts would fall mostly on its German plants.",
     {"Airbus": "PERSON"}, "the cuts would fall", "Airbus", "organization"),
    ("Norvolt, Sweden's largest battery company, opened a plant in Skellefteå. "
     "Norvolt said the plant would employ 3,000 people by 2026.",
     {"Norvolt": "PERSON"}, "the plant would employ", "Norvolt", "organization"),
]


@pytest.mark.parametrize("text, relabel, needle, canonical, kind", DESCRIBED_SPEAKERS)
def test_speakers_types15_described_name_speaks_as_organisation(nlp, text, relabel, needle, canonical, kind):
    row = quote_row(_quotes(nlp, text, relabel), needle)
    assert (row.speaker_canonical, row.speaker_type) == (canonical, kind)


# (text, statement needle, speaker as written, canonical): a surname two people share, read as a noun
SHARED_SURNAMES = [
    ("Army veteran Fred Mattlage said he supports the protest. The shots were fired by nearby "
     "resident Larry Mattlage, whose land borders the camp.\n\n"
     "Mattlage says at no time was he ever threatening the protesters.",
     "he ever threatening the protesters", "Mattlage", "Larry Mattlage"),
]


@pytest.mark.parametrize("text, needle, speaker, canonical", SHARED_SURNAMES)
def test_speakers_types15_shared_surname_is_a_person(nlp, text, needle, speaker, canonical):
    row = quote_row(_quotes(nlp, text), needle)
    assert row.speaker == speaker
    assert row.speaker_type == "person"
    # the one named in full last before it (people15's rule, docs/speakers.md "people as speakers")
    assert row.speaker_canonical == canonical


# (text, statement needle, issuer): the document speaks and takes its issuer
DOCUMENT_ISSUERS = [
    ("A survey by a business group, the Institute for Supply Management, Thursday showed "
     "US manufacturing grew in September.",
     "US manufacturing grew in September", "Institute for Supply Management"),
    ("The president remains the most popular politician, according to a survey by the Centre "
     "for Urban Resources (CURS).",
     "The president remains the most popular politician", "Centre for Urban Resources"),
    ("Turnout will fall below half, according to a poll by the Institute of Public Affairs.",
     "Turnout will fall below half", "Institute of Public Affairs"),
]


@pytest.mark.parametrize("text, needle, issuer", DOCUMENT_ISSUERS)
def test_speakers_types15_document_issuer_in_by_phrase(nlp, text, needle, issuer):
    row = quote_row(_quotes(nlp, text), needle)
    assert (row.speaker_type, row.speaker_canonical) == ("document", issuer)


def test_speakers_types15_apposed_body_still_speaks_without_a_document(nlp):
    # no document noun heads the phrase: the apposed company is the speaker, as before
    text = "The leading supplier of school uniforms, Lancashire-based manufacturer Trutex, said it would close the plant."
    row = quote_row(_quotes(nlp, text), "it would close the plant")
    assert (row.speaker_canonical, row.speaker_type) == ("Trutex", "organization")


# (text, statement needle, canonical)
OUTLETS = [
    ("Aljazeera has aired a new audiotape it says contains the voice of the group's leader.",
     "contains the voice", "Aljazeera"),
    ("Al-Jazeera said the tape was recorded in March.", "the tape was recorded", "Al-Jazeera"),
    ("The Boston Globe reported that the mayor would resign before the summer.", "the mayor would resign", "Boston Globe"),
]


@pytest.mark.parametrize("text, needle, canonical", OUTLETS)
def test_speakers_types15_outlet_spellings_are_media(nlp, text, needle, canonical):
    row = quote_row(_quotes(nlp, text), needle)
    assert (row.speaker_canonical, row.speaker_type) == (canonical, "media")
