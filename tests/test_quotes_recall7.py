"""Reported speech, 0.6.0: statements kept whole and statements found.

- A verb joined to the reported clause that the reporting put in the past ('said the CIA held
  no prisoners and was disclosing ...') is part of what was said, not a new statement.
- An adjective's own clause that the parser hung on the cue ('said she was satisfied the
  competition was a lottery') completes the statement.
- A second clause with its own subject and a passive verb ('said the council was ready and
  the money had been found') is not a new cue: a passive without an agent says nothing.
- Commitments negated ('agreed not to strike again') or as a participle after a comma
  ('suspended the strike, agreeing to resume talks') are the subject's statements.
- 'according to X, who said ...': the source's relative clause describes it; the statement
  is the clause before the cue.
- 'said A while two other officials said B': a contrast clause whose verb is a cue with a
  subject of its own is another source's statement, not the end of the first.

Each rule has several sentences of our own and negative sentences that must stay as they were.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one  # noqa: E402


WHOLE = [
    # (sentence, statement, speaker)
    ("He said the CIA no longer held any prisoners and was disclosing information on their detention because the interrogation was complete.",
     "the CIA no longer held any prisoners and was disclosing information on their detention because the interrogation was complete", "He"),
    ("The spokeswoman said the airline had cancelled six flights and would refund every passenger.",
     "the airline had cancelled six flights and would refund every passenger", "The spokeswoman"),
    ("Judge Mathers said she was satisfied the competition was an illegal lottery.",
     "she was satisfied the competition was an illegal lottery", "Mathers"),
    ("The minister said he was confident the bill would pass before the summer recess.",
     "he was confident the bill would pass before the summer recess", "The minister"),
    ("Officials said they were pleased the talks had resumed.", "they were pleased the talks had resumed", "Officials"),
    ("She said the council was ready and the money had been found.", "the council was ready and the money had been found", "She"),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), WHOLE)
def test_quotes_recall7_statement_whole(quotes_of, text, statement, speaker):
    row = _one(quotes_of(text), statement)
    assert (row["text"], row["kind"], row["speaker"]) == (statement, "indirect", speaker)


SEPARATE = [
    # A coordinated act of the speaker, or a second cue, stays out of the first statement.
    ("The mayor said the road was closed but declined to say for how long.", "the road was closed"),
    ("Police said the suspect was arrested and told officers he had acted alone.", "the suspect was arrested"),
    ("The lawyer said that the women were pleased by the verdict and was quoted saying that they would appeal.", "the women were pleased by the verdict"),
]


@pytest.mark.parametrize(("text", "statement"), SEPARATE)
def test_quotes_recall7_second_act_stays_out(quotes_of, text, statement):
    q = quotes_of(text)
    assert statement in q["text"].tolist(), q[["text", "speaker"]].values.tolist()


COMMITMENTS = [
    # (sentence, statement, speaker)
    ("While not ruling out future action, the union agreed not to strike again until at least March 9.",
     "not to strike again until at least March 9", "the union"),
    ("The rail company agreed not to raise fares this year.", "not to raise fares this year", "The rail company"),
    ("Ministers agreed never to sell the land.", "never to sell the land", "Ministers"),
    ("The union suspended the strike, agreeing to resume negotiations.", "to resume negotiations", "The union"),
    ("The club signed the striker on Friday, agreeing to pay a fee of £4 million.", "to pay a fee of £4 million", "The club"),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), COMMITMENTS)
def test_quotes_recall7_commitment_found(quotes_of, text, statement, speaker):
    row = _one(quotes_of(text), statement)
    assert (row["text"], row["kind"], row["speaker"]) == (statement, "indirect", speaker)


ACCORDING_BEFORE_RELATIVE = [
    ("The closure will result in a loss of 350 jobs according to the company, who said it was consulting staff.",
     "The closure will result in a loss of 350 jobs", "the company"),
    ("The bridge will stay shut until May, according to the council, which blamed the delay on a shortage of steel.",
     "The bridge will stay shut until May", "the council"),
    ("The boy was between 10 and 12 years old according to Colonel Tom Hale, who led the search.",
     "The boy was between 10 and 12 years old", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), ACCORDING_BEFORE_RELATIVE)
def test_quotes_recall7_according_before_relative(quotes_of, text, statement, speaker):
    row = _one(quotes_of(text), statement)
    assert (row["text"], row["speaker"]) == (statement, speaker)


WHILE_OTHERS = [
    # (sentence, first statement, first speaker, second statement, second speaker)
    ("One official said at least four soldiers are being investigated while two other officials said on Friday that five were under investigation.",
     "at least four soldiers are being investigated", "One official", "five were under investigation", "two other officials"),
    ("The union said turnout was high while the company claimed that most staff had come to work.",
     "turnout was high", "The union", "most staff had come to work", "the company"),
]


@pytest.mark.parametrize(("text", "first", "speaker1", "second", "speaker2"), WHILE_OTHERS)
def test_quotes_recall7_while_other_source(quotes_of, text, first, speaker1, second, speaker2):
    q = quotes_of(text)
    assert _one(q, first)["text"] == first and _one(q, first)["speaker"] == speaker1
    assert _one(q, second)["text"] == second and _one(q, second)["speaker"] == speaker2


WHILE_KEPT = [
    # A contrast clause with no cue, or a passive one, is part of the statement.
    ("The company said profits rose by 4% while sales fell in Europe.", "profits rose by 4% while sales fell in Europe"),
    ("The mayor said the library would close in June while parents were told nothing.", "the library would close in June while parents were told nothing"),
]


@pytest.mark.parametrize(("text", "statement"), WHILE_KEPT)
def test_quotes_recall7_while_clause_kept(quotes_of, text, statement):
    assert _one(quotes_of(text), statement)["text"] == statement


NOT_STATEMENTS = [
    "He was accused of agreeing to pay the bribe.",  # someone else's charge
    "The firm, which agreed to pay the fine, has moved to Dublin.",  # the writer's relative clause
    "Lawmakers rejected the plan, forcing the mayor to start again.",  # a result, no commitment
    "The protesters stayed until the company agreed to meet them.",  # the writer's circumstance
    "The workers will agree not to strike if the offer improves.",  # hypothetical
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_quotes_recall7_no_statement(quotes_of, text):
    assert quotes_of(text).empty, quotes_of(text)[["text", "cue", "speaker"]].values.tolist()
