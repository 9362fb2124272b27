"""Statements found, 0.5.0: cue verbs added to the lexicon ('recommended that', 'outlined that',
'implied that', 'anticipates that'), statements issued as a document ('released a statement
that'), held opinions ('expressed the view that', 'It is the opinion of X that', 'X's view is
that'), the reason after a stance verb ('criticised X for fleeing') and a that-clause the
parser hung on the addressee ('reassured the public that ...').

Each rule has several sentences of our own and negative sentences that must stay without a statement.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one  # noqa: E402


FOUND = [
    # (sentence, statement, speaker, frame)
    ("Council officers recommended that construction be given the go-ahead.", "construction be given the go-ahead", "Council officers", "directive"),
    ("The panel recommended that the hospital hire forty more nurses.", "the hospital hire forty more nurses", "The panel", "directive"),
    ("The analyst outlined that no rival is going to damage the company's dominance.", "no rival is going to damage the company's dominance", "The analyst", "speech"),
    ("Harris, a lawyer, implied that the board had known about the losses for months.", "the board had known about the losses for months", "Harris", "speech"),
    ("The operator anticipates that the new trams would enter service in 2012.", "the new trams would enter service in 2012", "The operator", "belief"),
    ("The ministry released a statement that two aircraft were tracked over the North Sea.", "two aircraft were tracked over the North Sea", "The ministry", "speech"),
    ("The club published a statement that the coach had resigned.", "the coach had resigned", "The club", "speech"),
    ("On Monday the mayor again expressed his opinion that the tunnel was too expensive.", "the tunnel was too expensive", "the mayor", "belief"),
    ("Several economists shared the view that rates would rise in spring.", "rates would rise in spring", "Several economists", "belief"),
    ("It is the opinion of Estonia that the proposal goes against the principles of the EU.", "the proposal goes against the principles of the EU", "Estonia", "belief"),
    ("The government's view is that the strike is illegal.", "the strike is illegal", "The government", "belief"),
    ("Bakiyev has criticised Akayev for fleeing the country in its time of need.", "Akayev for fleeing the country in its time of need", "Bakiyev", "stance"),
    ("Opposition leaders condemned the minister for misleading parliament about the contract.", "the minister for misleading parliament about the contract", "Opposition leaders", "stance"),
    ("Transport for London have reassured the public that tube services will not be affected.", "tube services will not be affected", "Transport for London", "speech"),
    ("The airline assured passengers yesterday that all flights would leave on time.", "all flights would leave on time", "The airline", "speech"),
]


@pytest.mark.parametrize(("text", "statement", "speaker", "frame"), FOUND)
def test_quotes_found6_statement_found(quotes_of, text, statement, speaker, frame):
    row = _one(quotes_of(text), statement)
    assert (row["text"], row["kind"], row["speaker"], row["frame"]) == (statement, "indirect", speaker, frame)


NOT_STATEMENTS = [
    "The committee will recommend that the plan be rejected.",  # hypothetical
    "The doctor recommended the new drug.",  # an object, no clause
    "Our view is that the council must act now.",  # the writer's view
    "The common view is that the market will recover.",  # nobody holds it
    "It was not the minister's view that taxes should rise.",  # negated
    "The mayor praised the firefighters for their bravery.",  # a noun reason: a stance without words
    "He thanked the man that had called the ambulance.",  # a relative clause on the object
    "The ministry released a statement on Friday.",  # no clause
    "The report did not imply that anyone had lied.",  # negated
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_quotes_found6_no_statement(quotes_of, text):
    assert quotes_of(text).empty, quotes_of(text)[["text", "cue", "speaker"]].values.tolist()
