"""Canonical names: a two-word name and its fuller form with middle initials are one person (0.7.0)."""

import pandas as pd
import pytest

import newslab as nl
from newslab.entities import merge_names


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # the fuller form first, the short form later: every mention takes the fuller form
        (
            [("George W. Bush", "PERSON"), ("Bush", "PERSON"), ("George Bush", "PERSON"), ("George Bush", "PERSON")],
            ["George W. Bush"] * 4,
        ),
        # the short form first
        (
            [("Hillary Clinton", "PERSON"), ("Hillary Rodham Clinton", "PERSON"), ("Clinton", "PERSON")],
            ["Hillary Rodham Clinton"] * 3,
        ),
        # two fuller forms: two people (father and son), the short form stays as written
        (
            [("George H. W. Bush", "PERSON"), ("George W. Bush", "PERSON"), ("George Bush", "PERSON")],
            ["George H. W. Bush", "George W. Bush", "George Bush"],
        ),
        # a name with a middle initial is not extended by another initial
        (
            [("John A. Smith", "PERSON"), ("John B. A. Smith", "PERSON")],
            ["John A. Smith", "John B. A. Smith"],
        ),
        # another given name is another person
        (
            [("Mary Smith", "PERSON"), ("John A. Smith", "PERSON")],
            ["Mary Smith", "John A. Smith"],
        ),
    ],
)
def test_entities_merge_names_fuller_form(names, expected):
    assert merge_names(names) == expected


def test_entities_fuller_form_holds_for_quote_speakers():
    text = (
        "Speaking on Saturday, Edward M. Kennedy said the bill would pass. "
        '"We have the votes," Kennedy told reporters. '
        "Critics of Edward Kennedy said the plan was too costly. "
        '"It is a good day," Kennedy said later.'
    )
    result = nl.analyze(pd.DataFrame({"text": [text]}))
    spoken = result.quotes[result.quotes.speaker.isin(["Edward M. Kennedy", "Kennedy"])]
    assert len(spoken) == 3
    assert set(spoken.speaker_canonical) == {"Edward M. Kennedy"}
    people = result.entities[result.entities.label == "PERSON"]
    assert set(people.canonical) == {"Edward M. Kennedy"}
