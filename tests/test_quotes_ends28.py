"""Quotes, ends28: a plain-past 'when' clause after an infinitive of the statement dates the telling.

An infinitive names an act not yet done when the source speaks of it (a plan, an order, what
is necessary); a 'when' clause in the plain past with a subject of its own, running to the end,
makes the act simultaneous with a completed event, so it cannot date that act: it is the
writer's dating of the telling, and the statement ends before it (`_dating_clause` in
`cues.py`). Near misses keep the clause: a present or past-perfect clause, a clause on a finite
verb (the reported event's time), an infinitive under an implicative verb or a verb in the perfect
(a completed act),
'after' (a sequence or a measured span), a reduced clause without a subject.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

CUT = [
    # (text, statement, the dating clause that must be left out)
    ("Merkel told the French president that she planned to visit the border region when they met in Paris in May.",
     "she planned to visit the border region", "when they met"),
    ("The broadcaster has claimed that the cuts are necessary to invest more in drama when they were announced in March by its director.",
     "the cuts are necessary to invest more in drama", "when they were announced"),
    ("Police ordered the protesters to leave the square when the permit expired.",
     "to leave the square", "when the permit expired"),
    ("The coach told reporters that he intended to rest several players when they spoke after the match on Saturday.",
     "he intended to rest several players", "when they spoke"),
    ("The union said it wanted to reopen the talks, when its leaders met the minister on Friday.",
     "it wanted to reopen the talks", "when its leaders met"),
]

KEPT = [
    # (text, statement with the clause kept)
    # the reported event's own time: a finite verb, not an infinitive
    ("Officials said forty people died when an overcrowded boat sank on the lake.",
     "forty people died when an overcrowded boat sank on the lake"),
    # the source's own sequence: a past perfect
    ("The governor said he only decided to endorse the senator after the mayor had dropped out.",
     "he only decided to endorse the senator after the mayor had dropped out"),
    # a present clause: the source's condition
    ("The agency said it plans to publish the figures when the audit ends.",
     "it plans to publish the figures when the audit ends"),
    # 'after': a sequence or a measured span is the source's
    ("The senator asked why it took the navy two weeks to stop the ship after it entered national waters.",
     "why it took the navy two weeks to stop the ship after it entered national waters"),
    # an infinitive under a verb in the perfect: a completed act, as reported
    ("The witness said the driver had failed to stop the bus when he reached the crossing.",
     "the driver had failed to stop the bus when he reached the crossing"),
    # an implicative verb: its infinitive is a completed act
    ("The inquiry criticised the editors for failing to check the story when they published the leaked letter.",
     "the editors for failing to check the story when they published the leaked letter"),
    # a reduced clause without a subject: the source's condition may be meant
    ("The company said it agreed to provide the data when asked by regulators.",
     "it agreed to provide the data when asked by regulators"),
]


@pytest.mark.parametrize("text, statement, dating", CUT)
def test_ends28_dating_clause_after_an_infinitive_is_left_out(quotes_of, text, statement, dating):
    row = _one(quotes_of(text), statement)
    assert dating not in row["text"]
    assert row["text"].rstrip(" ,.") == statement


@pytest.mark.parametrize("text, statement", KEPT)
def test_ends28_near_misses_keep_the_clause(quotes_of, text, statement):
    row = _one(quotes_of(text), statement)
    assert row["text"].rstrip(" ,.") == statement
