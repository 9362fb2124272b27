"""Quotes, complements19: three complement constructions of reporting that recur across sets.

1. A statement noun with a that-clause ('assurances that', 'the conclusion that'): its owner is its
   possessor or 'by' object, else the subject of the verb that governs it ('gave assurances that',
   'reached the conclusion that', cues.json `statement_noun_verbs`), also when the parser hung the
   clause on another word than the noun ('made no mention of claims by residents that').
2. The to-infinitive after a directive verb and its object, wherever the parser hung it (the verb's
   complement after its own prepositional phrase, an infinitive ending the object's phrase), and a
   directive noun in the verb's phrase ('put the regulator under pressure to ...').
3. The gerund complement of a stance verb ('advocated cutting ...', 'spoke in favour of ...').

All sentences are our own. Negated and hypothetical governing verbs give no row; verbs that are no
statement ('the law requires companies to ...', 'workers used a crane to ...') give none either.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

NOUN_THAT = [
    # (text, statement, speaker, frame)
    ("The company gave assurances that no jobs would be lost.", "no jobs would be lost", "The company", "speech"),
    ("The mayor gave repeated assurances to residents that the water was safe.", "the water was safe", "The mayor", "speech"),
    ("The report made no mention of claims by residents that the river had been poisoned.", "the river had been poisoned", "residents", "speech"),
    ("The minister staked his reputation on the outcome with promises to voters that taxes would fall.", "taxes would fall", "The minister", "speech"),
    ("After a long debate the committee came to the conclusion that the bridge was unsafe.", "the bridge was unsafe", "the committee", "belief"),
    ("The inspectors reached the conclusion that the fire had been set deliberately.", "the fire had been set deliberately", "The inspectors", "belief"),
    ("The panel came to the conclusion that as the market has been growing fast, the industry has to change.",
     "as the market has been growing fast, the industry has to change", "The panel", "belief"),
    ("The council supported the claims that the new road had damaged homes.", "the new road had damaged homes", "The council", "stance"),
    ("The minister rejected claims by opposition leaders that the budget had been falsified.", "the budget had been falsified", "opposition leaders", "speech"),
]


@pytest.mark.parametrize(("text", "statement", "speaker", "frame"), NOUN_THAT)
def test_complements19_statement_noun_owner(quotes_of, text, statement, speaker, frame):
    row = _one(quotes_of(text), statement)
    assert row["text"] == statement
    assert row["speaker"] == speaker
    assert row["frame"] == frame


INFINITIVE = [
    # (text, statement, speaker)
    ("The union has encouraged members who are eligible to vote in the ballot.", "to vote in the ballot", "The union"),
    ("The governor invited all the mayors to the capital to discuss the floods.", "to discuss the floods", "The governor"),
    ("The minister has put the regulator under pressure to approve the merger.", "to approve the merger", "The minister"),
    ("The European Union has put Serbia under pressure to arrest the suspects.", "to arrest the suspects", "The European Union"),
    ("The coach asked the players to leave the field.", "to leave the field", "The coach"),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), INFINITIVE)
def test_complements19_infinitive_after_object(quotes_of, text, statement, speaker):
    row = _one(quotes_of(text), statement)
    assert row["text"] == statement
    assert row["speaker"] == speaker
    assert row["frame"] == "directive"


GERUND = [
    ("The senator has advocated cutting taxes for small businesses.", "cutting taxes for small businesses", "The senator"),
    ("The mayor supports building a new bridge across the river.", "building a new bridge across the river", "The mayor"),
    ("Both parties oppose Britain joining the currency union.", "Britain joining the currency union", "Both parties"),
    ("The president has spoken in favor of changing the voting age.", "changing the voting age", "The president"),
    ("The minister argued against raising the retirement age.", "raising the retirement age", "The minister"),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), GERUND)
def test_complements19_gerund_of_stance_verb(quotes_of, text, statement, speaker):
    row = _one(quotes_of(text), statement)
    assert row["text"] == statement
    assert row["speaker"] == speaker
    assert row["frame"] == "stance"


NO_ROW = [
    "The company did not give any assurances that jobs would be saved.",
    "The government will give assurances that the vote will be fair.",
    "The team will come to a conclusion that satisfies everyone.",
    "Critics came under pressure to withdraw their complaints.",
    "The governor issued an executive order to close the schools.",
    "The minister did not urge residents to leave.",
    "The law requires companies to publish their accounts.",
    "Workers used a crane to lift the statue.",
    "The senator does not support cutting taxes.",
    "The mayor would support building a new bridge.",
    "Residents oppose the building of a new road.",
    "The club enjoys playing at home.",
    "Protesters held a press conference, requesting a meeting to negotiate a deal.",
    "The senator cited a study by the audit office that criticised the plan on the grounds that it was too costly.",
]


@pytest.mark.parametrize("text", NO_ROW)
def test_complements19_no_statement(quotes_of, text):
    assert len(quotes_of(text)) == 0, quotes_of(text)[["text", "speaker", "frame"]].values.tolist()
