"""Organisation speakers and poll issuers (0.11.0): a name with a 'which' clause, a place-named
branch widened by a region word, a person's name the entity model joined to her organisation,
and 'the poll' after a poll written as a proper noun."""

from __future__ import annotations

import pytest

from newslab.entities import merge_names
from tests.conftest import quote_row


@pytest.mark.parametrize(
    "text, needle, name",
    [
        ("Korvanta Labs, which makes the test kits, said the recall was voluntary.", "the recall was voluntary", "Korvanta Labs"),
        ("Dellmont Vale, which owns the mine, said it would appeal.", "it would appeal", "Dellmont Vale"),
        ("The farmers sold their herds last year. Brennig Agri, which bought most of the cattle, said that prices would rise.", "prices would rise", "Brennig Agri"),
    ],
)
def test_quotes_orgs17_which_clause_makes_an_organisation(quotes_of, text, needle, name):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == name
    assert row["speaker_type"] == "organization"


def test_quotes_orgs17_which_clause_organisation_is_they(quotes_of):
    quotes = quotes_of("Korvanta Labs, which makes the test kits, said the recall was voluntary. They added that refunds would follow.")
    row = quote_row(quotes, "refunds would follow")
    assert row["speaker_canonical"] == "Korvanta Labs"
    assert row["speaker_type"] == "organization"


@pytest.mark.parametrize(
    "names, expected",
    [
        ([("Oxfam Canada", "ORG"), ("Canada", "GPE"), ("Oxfam Canada Atlantic", "ORG")], "Oxfam Canada Atlantic"),
        ([("WWF Australia", "ORG"), ("Australia", "GPE"), ("WWF Australia Pacific", "ORG")], "WWF Australia Pacific"),
    ],
)
def test_quotes_orgs17_place_branch_widened_by_region(names, expected):
    assert merge_names(names)[0] == expected


def test_quotes_orgs17_region_word_needs_a_place_before_it():
    # 'Harbour Trust' ends with no place: 'Harbour Trust Pacific' may be another body.
    assert merge_names([("Harbour Trust", "ORG"), ("Harbour Trust Pacific", "ORG")])[0] == "Harbour Trust"


@pytest.mark.parametrize(
    "text, joined, needle, name, org",
    [
        ('"The panel wants more time to study the plan," according to Logan Price of Salem.com.', "Logan Price of Salem.com", "The panel wants more time", "Logan Price", "Salem.com"),
        ("The vote was put off until March, said Dana Marsh of the Harbour Institute.", "Dana Marsh of the Harbour Institute", "The vote was put off", "Dana Marsh", "Harbour Institute"),
    ],
)
def test_quotes_orgs17_person_of_organisation(nlp, text, joined, needle, name, org):
    # The entity model sometimes tags 'Name Surname of X' as one organisation (it does so in
    # longer articles): the entity is set by hand here.
    from spacy.tokens import Span

    from newslab.quotes import extract_quotes

    doc = nlp(text)
    start = text.index(joined)
    span = doc.char_span(start, start + len(joined), label="ORG")
    doc.set_ents([span], default="unmodified")
    row = quote_row(extract_quotes(doc), needle)
    assert row["speaker_canonical"] == name
    assert row["speaker_type"] == "person"
    assert row["speaker_org"] == org


@pytest.mark.parametrize(
    "text, needle, name",
    [
        ("Support for the mayor fell after the release of a Harrisonpoll showing a slide among young voters. The poll showed that only 31 percent backed him.", "only 31 percent backed him", "Harrisonpoll"),
        ("The Carrow Poll was published on Sunday. The survey found that most voters want a referendum.", "most voters want a referendum", "Carrow Poll"),
    ],
)
def test_quotes_orgs17_the_poll_takes_the_named_poll(quotes_of, text, needle, name):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == name
    assert row["speaker_type"] == "document"


def test_quotes_orgs17_new_poll_is_not_the_named_one(quotes_of):
    row = quote_row(quotes_of("The Carrow Poll was published on Sunday. Meanwhile a new poll found that turnout would be low."), "turnout would be low")
    assert row["speaker_canonical"] == ""
    assert row["speaker_type"] == "document"
