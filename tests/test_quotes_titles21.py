"""Speaker titles (0.15.0 work, titles21), on sentences of our own.

- A person named as the relay of another row ('X told Y that ..., according to her spokeswoman
  Z') keeps the role written there for their own rows ('Ms. Z said ...' -> 'spokeswoman'): the
  relay is no antecedent (relay20), but it still tells who the person is.
- A bare form of address (Mr, Mrs, Ms, Miss, Mx) is no title: the role written for the person
  anywhere in the article replaces it (also a later apposition), else the title is empty.
  Dr and Prof tell a degree or an office and stay the title when no role is written.
- A title never starts with a possessive pronoun whose owner the row does not name, nor with
  what a paragraph before left in front of it.
- The sources table takes its title from the rows, so the same holds there.
"""

from __future__ import annotations

import pytest

from newslab import people


def _titles(df):
    return [(r.speaker_canonical, r.speaker_title) for r in df.itertuples()]


RELAY = [
    ("The minister told the bank last week that the contract broke procurement rules, according to her spokeswoman"
     " Clara Benton.\n\nMs. Benton said that the review would take several weeks.",
     [("", "minister"), ("Clara Benton", "spokeswoman")]),
    ("The mayor warned the developers that the project would be blocked, according to his spokesman Owen Marsh.\n\n"
     "Mr Marsh said that the council would vote on Monday.",
     [("", "mayor"), ("Owen Marsh", "spokesman")]),
]


@pytest.mark.parametrize("text,titles", RELAY)
def test_relay_role_is_the_persons_title(quotes_of, text, titles):
    assert _titles(quotes_of(text)) == titles


ADDRESS = [
    ("Residents gathered outside the town hall on Monday.\n\nMr. Harlow said that the bridge would reopen in May.",
     [("Harlow", "")]),
    ("Mrs Delaney said that the school would close early on Friday.", [("Delaney", "")]),
    ("Miss Ferrante said that she had not seen the letter.", [("Ferrante", "")]),
]


@pytest.mark.parametrize("text,titles", ADDRESS)
def test_bare_address_is_no_title(quotes_of, text, titles):
    assert _titles(quotes_of(text)) == titles


def test_later_apposition_replaces_a_bare_address(quotes_of):
    text = ("Mr Quayle said that the budget was balanced.\n\n"
            "Peter Quayle, the county treasurer, added that no cuts were planned.")
    assert _titles(quotes_of(text)) == [("Peter Quayle", "county treasurer"), ("Peter Quayle", "county treasurer")]


def test_doctor_stays_a_title(quotes_of):
    assert _titles(quotes_of("Dr. Anita Verma said that the vaccine was safe.")) == [("Anita Verma", "Dr.")]


@pytest.mark.parametrize("text,title", [
    ("Her lawyer said that the charges were baseless.", "lawyer"),
    ("His attorney said that the appeal would be filed on Monday.", "attorney"),
])
def test_no_leading_possessive(quotes_of, text, title):
    assert quotes_of(text).speaker_title.tolist() == [title]


@pytest.mark.parametrize("raw,out", [
    ("\"\n\nAcme's chief lawyer in Europe", "Acme's chief lawyer in Europe"),
    ("her spokesman", "spokesman"),
    ("Their coach", "coach"),
    ("Mr.", ""),
    ("Ms", ""),
    ("Prof.", "Prof."),
    ("Senator", "Senator"),
])
def test_title_out(raw, out):
    from newslab.quotes.extract import _title_out

    assert _title_out(raw) == out


def test_address_honorifics():
    assert [people.is_address_honorific(w) for w in ("Mr", "Mrs.", "Ms.", "Miss", "Mx", "Dr", "Prof", "Sir", "Mayor")] == [
        True, True, True, True, True, False, False, False, False]
    assert people.is_bare_address("Mr.") and not people.is_bare_address("") and not people.is_bare_address("Mr President")


def test_sources_table_takes_the_role(nlp):
    import pandas as pd

    import newslab as nl

    text = RELAY[0][0]
    t = nl.analyze(pd.DataFrame({"article_id": ["a"], "text": [text]}), nlp=nlp, progress=False)
    titles = dict(zip(t.sources.source, t.sources.speaker_title))
    assert titles["Clara Benton"] == "spokeswoman"
