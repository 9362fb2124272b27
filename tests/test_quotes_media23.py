"""Quotes, media23: news outlets as sources.

Two constructions, read from the parse:

- a plural media noun with two or more outlet names in apposition ('the Spanish newspapers
  El Pais and El Mundo said', 'two local newspapers, the Daily Courier and the Evening Star,
  reported') is those outlets, joined, whatever label the entity model gave the names;
- a definite media noun ('the magazine', 'the newspaper') after an outlet the text called by
  that noun ('Harbor Weekly magazine') and a later outlet only addressed ('told Reuters') is the
  outlet the text called so.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

JOINED = [
    # (text, statement, canonical)
    ("The Italian dailies La Repubblica and Corriere della Sera are reporting that the minister will resign.",
     "the minister will resign", "La Repubblica and Corriere della Sera"),
    ("The Spanish newspapers El Pais and El Mundo said the prime minister had lied.",
     "the prime minister had lied", "El Pais and El Mundo"),
    ("Two local newspapers, the Daily Courier and the Evening Star, reported that the mayor had resigned.",
     "the mayor had resigned", "Daily Courier and Evening Star"),
]


@pytest.mark.parametrize("text,statement,canonical", JOINED)
def test_outlet_names_in_apposition(quotes_of, text, statement, canonical):
    row = _one(quotes_of(text), statement)
    assert row["speaker_type"] == "media"
    assert row["speaker_canonical"] == canonical


def test_single_outlet_after_singular_noun_unchanged(quotes_of):
    row = _one(quotes_of("The Spanish newspaper El Pais reported that the minister will resign."), "the minister will resign")
    assert (row["speaker_type"], row["speaker_canonical"]) == ("media", "El Pais")


CALLED = [
    # (text, statement, canonical)
    ('Harbor Weekly magazine apologised for its story on Monday. The magazine defended its reporting and said its inquiry was continuing. '
     '"We were misled," a police officer told Reuters. The magazine said it had made a mistake in its report.',
     "it had made a mistake in its report", "Harbor Weekly"),
    ('The Daily Courier newspaper reported that the mayor had resigned. The Daily Courier said the mayor was ill. '
     '"I am tired," the mayor told the Associated Press. The newspaper said the council would meet on Friday.',
     "the council would meet on Friday", "Daily Courier"),
    ('The Pacific Times newspaper reported that the minister had resigned. "I have nothing to add," his spokesman told the BBC on Monday. '
     "The newspaper added that the minister was ill.",
     "the minister was ill", "Pacific Times"),
]


@pytest.mark.parametrize("text,statement,canonical", CALLED)
def test_definite_media_noun_links_to_outlet_called_so(quotes_of, text, statement, canonical):
    row = _one(quotes_of(text), statement)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("media", canonical)


def test_agency_named_last_still_wins(quotes_of):
    row = _one(quotes_of("The Reuters news agency reported that the talks had failed. The agency said the talks would resume next week."),
               "the talks would resume next week")
    assert (row["speaker_type"], row["speaker_canonical"]) == ("media", "Reuters")
