"""Layered sources and misspelt surnames (0.15.0 work, layer22), on sentences of our own.

- 'X cited Y as saying ...' and 'Y was cited by X as saying ...' are relays like 'quoted ... as
  saying': the speaker is Y, the outlet X goes to `via`; 'cited' without 'as saying' is no relay;
- 'Y is quoted in X saying ...' where the parser made the outlet X the participle's subject:
  the words are Y's, via X;
- a misspelt surname one edit from exactly one surname of the article links to that person.
"""

from __future__ import annotations

import pytest


def _rows(df):
    return [tuple(r) for r in df[["text", "cue", "speaker", "speaker_type", "via"]].values.tolist()]


CITED_AS_SAYING = [
    ("The newspaper cited a senior official as saying that the talks had collapsed.",
     [("the talks had collapsed", "cited ... as saying", "a senior official", "anonymous", "newspaper")]),
    ("The agency cited an unnamed diplomat as saying that the embassy would close.",
     [("the embassy would close", "cited ... as saying", "an unnamed diplomat", "anonymous", "agency")]),
    ("A police spokesman was cited by the Morning Herald as saying that two people had died.",
     [("two people had died", "cited ... as saying", "A police spokesman", "anonymous", "Morning Herald")]),
]


@pytest.mark.parametrize("text,rows", CITED_AS_SAYING)
def test_cited_as_saying_is_a_relay(quotes_of, text, rows):
    assert _rows(quotes_of(text)) == rows


def test_cited_without_as_saying_is_no_relay(quotes_of):
    df = quotes_of("The minister cited the latest figures and said that unemployment had fallen.")
    assert list(df["via"]) == [""] and list(df["speaker"]) == ["The minister"]


QUOTED_IN_OUTLET_SAYING = [
    ('Margaret Hale spoke on Monday. Hale is quoted in the Evening Post saying, "We will not accept this."',
     ("We will not accept this.", "Hale", "person", "Evening Post")),
    ('Daniel Okafor spoke to reporters. Okafor is quoted in the Daily Courier saying, "The vote was fair."',
     ("The vote was fair.", "Okafor", "person", "Daily Courier")),
]


@pytest.mark.parametrize("text,row", QUOTED_IN_OUTLET_SAYING)
def test_quoted_in_outlet_saying_is_the_quoted_persons(quotes_of, text, row):
    rows = [(t, s, ty, v) for t, _c, s, ty, v in _rows(quotes_of(text))]
    assert rows == [row]


MISSPELT = [
    ('Bernard Kouchner spoke on Monday. The Financial Times quotes Kouchener saying, "We have asked our companies to wait."',
     "Bernard Kouchner"),
    ('Margaret Hollander opened the bridge on Friday. "It is a great day for the town," Hollender said.', "Margaret Hollander"),
]


@pytest.mark.parametrize("text,canonical", MISSPELT)
def test_misspelt_surname_links_to_the_person(quotes_of, text, canonical):
    assert list(quotes_of(text)["speaker_canonical"]) == [canonical]


def test_variant_surname_of_a_second_person_stays_apart(quotes_of):
    df = quotes_of('Anna Kowalczyk and Peter Kowalczak opened the bridge. "It is a great day," Kowalczak said.')
    assert list(df["speaker_canonical"]) == ["Peter Kowalczak"]
