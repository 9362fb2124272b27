"""Quotes, cues27: two attributions the parse hid, found by their construction.

1. A reporting verb the tagger read as a noun, or whose subject the parser made the verb's
   modifier ('Bangkok police report that ...', parsed with 'police' as a compound of 'report';
   '..., Chinese state media report.'): a present form of a lexicon verb at the root of the
   sentence, agreeing with the noun before it, with a finite clause of its own, is the verb, and
   that noun its subject. A noun phrase ('The police report was leaked', 'Weather reports in the
   region were grim') gives no row.
2. A postposed attribution with no comma before it ('The harbour will reopen on Monday says the
   port authority.', 'The talks collapsed after midnight a union spokesman said.'): the cue is the
   sentence's root with a subject of its own, and the finite clause that starts the sentence and
   ends right before the attribution is its complement. A cue inside a clause ('what the minister
   said', 'the figure the mayor gave') gives none.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

ROWS = [
    # (text, statement, speaker)
    ("Tel Aviv police report that a gunman has opened fire at a bus station in the city centre.", "a gunman has opened fire at a bus station in the city centre", "Tel Aviv police"),
    ("Bangkok police report that two suspects have been arrested.", "two suspects have been arrested", "Bangkok police"),
    ("State media report that the president has dissolved parliament.", "the president has dissolved parliament", "State media"),
    ("Dozens of homes were destroyed, Chinese state media report.", "Dozens of homes were destroyed", "state media"),
    ("The harbour will reopen on Monday says the port authority.", "The harbour will reopen on Monday", "the port authority"),
    ("A new bridge will be built next year the mayor said on Tuesday.", "A new bridge will be built next year", "the mayor"),
    ("The talks collapsed after midnight a union spokesman said.", "The talks collapsed after midnight", "a union spokesman"),
    ("The figures are wrong she said.", "The figures are wrong", "she"),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), ROWS)
def test_cues27_rows(quotes_of, text, statement, speaker):
    row = _one(quotes_of(text), statement)
    assert row["text"] == statement
    assert row["speaker"] == speaker
    assert row["kind"] == "indirect"
    assert row["frame"] == "speech"


NONE = [
    "The police report was leaked to the press.",  # a noun phrase, no clause
    "The Reuters report on the strike was published on Monday.",  # a noun phrase
    "Weather reports in the region were grim.",  # a plural noun, no clause
    "Nobody knows what the minister said.",  # the cue inside a clause
    "The figure the mayor gave was wrong.",  # no cue
    "The council met on Monday and the mayor said nothing.",  # a coordinated act, no clause before the cue
    "The bombing was attempted soon after a spokesman said.",  # the cue inside the clause of 'after'
]


@pytest.mark.parametrize("text", NONE)
def test_cues27_no_row(quotes_of, text):
    assert len(quotes_of(text)) == 0, quotes_of(text)[["text", "cue", "speaker"]].values.tolist()


def test_cues27_cue_with_its_own_clause(quotes_of):
    """A cue with a complement of its own reports that, not the writer's clause before it."""
    df = quotes_of('The bombing was attempted soon after a representative of the army said that the militia were "not a permanent security solution."')
    assert len(df) == 1
    assert df.iloc[0]["text"].startswith("the militia were")
