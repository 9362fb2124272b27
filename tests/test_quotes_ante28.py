"""ante28: a pronoun takes the person the sentence before is about when the parser gave that
sentence's main clause no subject (docs/speakers.md, "The subject the parser missed (ante28)").

Sentences of our own. Each positive case fails without the rule (the pronoun went to the last
speaker quoted); the near misses must keep the last speaker.
"""

from __future__ import annotations

import pandas as pd
import pytest

import newslab as nl


def _speakers(text: str) -> list[tuple[str, str]]:
    q = nl.analyze(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False).quotes
    return list(zip(q["speaker"], q["speaker_canonical"]))


RUIZ = 'Former minister Paul Ruiz praised the result. "It was a fair contest," said Ruiz.\n\n'
SENATOR = "Senator Paul Ruiz argues that the bill should be delayed for a year.\n\n"
TOLD = ' He told reporters "This is a bad law and we will fight it."'


def test_name_swallowed_by_a_fronted_phrase_is_the_subject():
    # The parser hangs 'Hartley' as the object of 'On'; 'became' has no subject.
    text = RUIZ + "On the 2012 Liberal Party leadership ballot Hartley became the leader of the party.\n\nHe admitted that the campaign had been bruising."
    assert _speakers(text)[-1] == ("He", "Hartley")


def test_sentence_read_as_a_name_with_its_verb_lost():
    # A scraped sentence missing words: the parser makes 'Briggs' the root, no verb.
    text = SENATOR + "Tom Briggs, MP for the claims that the new rules cannot be separated from the budget." + TOLD
    assert _speakers(text)[-1] == ("He", "Tom Briggs")


@pytest.mark.parametrize(
    "middle",
    [
        # the name sits in a relative clause, not right before the main verb
        "On the 2012 Liberal Party leadership ballot in Leeds, where Hartley became the leader of the party, turnout was low.",
    ],
)
def test_name_inside_a_clause_of_the_fronted_phrase_does_not_count(middle):
    text = RUIZ + middle + "\n\nHe admitted that the campaign had been bruising."
    assert _speakers(text)[-1] == ("He", "Paul Ruiz")


def test_verbless_sentence_headed_by_a_body_is_no_person():
    text = SENATOR + "Greenfield Council, the body for the claims that the new rules cannot be separated from the budget." + TOLD
    assert _speakers(text)[-1] == ("He", "Paul Ruiz")


def test_verbless_sentence_headed_by_a_woman_is_not_he():
    text = SENATOR + "Anna Briggs, MP for the claims that the new rules cannot be separated from the budget." + TOLD
    assert _speakers(text)[-1] == ("He", "Paul Ruiz")
