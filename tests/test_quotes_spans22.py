"""Quotes, spans22: a statement ends before the writer's material that runs on after it.

Three constructions, read from the parse:

- 'according to X' inside a relative clause ('Smith, who according to the newspaper made no
  comment, plans to resign'): the statement is the rest of the relative clause, not the main
  clause the writer goes on with;
- after a past cue, a relative clause in the present set off by ', which'/', who' and running
  to the end ('said the city had sold the land to a developer, which is now building flats'):
  the writer's description now, not the backshifted report;
- a past participle with no subject of its own set off by a comma at the end of the statement,
  describing a noun of it ('..., signed in 2004 when ...', '..., made up of ...'): background.

All sentences are our own.
"""

from __future__ import annotations

import pandas as pd
import pytest

import newslab as nl

from .conftest import quote_row as _one

CUT = [
    # (text, statement, speaker)
    ("Smith, who according to the newspaper made no comment on the charges, plans to resign next week.",
     "made no comment on the charges", "the newspaper"),
    ("The minister, who according to local media had met the rebels twice, is expected to travel to the capital on Monday.",
     "had met the rebels twice", "local media"),
    ("The bank, which according to analysts lost billions in the crisis, will cut 2,000 jobs this year.",
     "lost billions in the crisis", "analysts"),
    ("The mayor said the city had sold the land to a developer, which is now building apartments there.",
     "the city had sold the land to a developer", "The mayor"),
    ("The company said it had invested in a small start-up, which makes software for hospitals.",
     "it had invested in a small start-up", "The company"),
    ("Officials said the rebels had seized the northern town, which lies on the main road to the border.",
     "the rebels had seized the northern town", "Officials"),
    ("According to the report, Jones negotiated the contract with the club, signed in 2004 when he was still a junior player.",
     "Jones negotiated the contract with the club", "the report"),
    ("The agency said the coalition would win most seats, made up of the Labour Party and the Greens.",
     "the coalition would win most seats", "The agency"),
    ("The union said its members would reject the pay deal, offered by the employers last month after long talks.",
     "its members would reject the pay deal", "The union"),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), CUT)
def test_spans22_statement_ends_before_writers_material(quotes_of, text, statement, speaker):
    row = _one(quotes_of(text), statement.split()[1])
    assert row["text"] == statement
    assert row["speaker"] == speaker


STAYS = [
    # a relative clause in the past (backshifted with the report), a relative clause inside the
    # statement, a present cue, a participle with a subject-bearing passive head, a quotation
    ("The mayor said the city had sold the land to a developer, which had offered the highest price.",
     "the city had sold the land to a developer, which had offered the highest price"),
    ("The mayor says the city has sold the land to a developer, which is now building apartments there.",
     "the city has sold the land to a developer, which is now building apartments there"),
    ("Police said the suspect, who lives in the town, was arrested on Monday.",
     "the suspect, who lives in the town, was arrested on Monday"),
    ("According to the police, the man was taken to hospital, injured in the leg.",
     "the man was taken to hospital, injured in the leg"),
]


@pytest.mark.parametrize(("text", "statement"), STAYS)
def test_spans22_statement_stays_whole(quotes_of, text, statement):
    row = _one(quotes_of(text), statement.split()[1])
    assert row["text"] == statement


STAYS_MORE = [
    # a 'which' clause with a clause of its own comments on the statement (the source's reasoning);
    # a participle phrase that holds the source's own saying is the source's chain of reasons
    ("The organisers said the event was not a lottery but a raffle, which means it does not need a licence.",
     "the event was not a lottery but a raffle, which means it does not need a licence"),
    ("According to the union, the dispute was over cuts to overtime pay, caused by a merger which the union says is costing jobs.",
     "the dispute was over cuts to overtime pay, caused by a merger which the union says is costing jobs"),
]


@pytest.mark.parametrize(("text", "statement"), STAYS_MORE)
def test_spans22_reasoning_stays_whole(quotes_of, text, statement):
    row = _one(quotes_of(text), statement.split()[1])
    assert row["text"] == statement


OCCASION = [
    # ', after' + a plain-past clause with its own subject, after a report that is no future in
    # the past: the writer's narrative of the occasion, not the report
    ("The judge said there was a strong case for the ban, after the court heard that workers had been threatened.",
     "there was a strong case for the ban"),
    ("The coach said the team had played badly, after his side lost the final on Saturday.",
     "the team had played badly"),
    ("The regulator said the bank had broken the rules, after an inquiry found that staff had misled customers.",
     "the bank had broken the rules"),
]


@pytest.mark.parametrize(("text", "statement"), OCCASION)
def test_spans22_statement_ends_before_writers_after_clause(quotes_of, text, statement):
    row = _one(quotes_of(text), statement.split()[1])
    assert row["text"] == statement


OCCASION_STAYS = [
    # a future in the past: the plain past is a backshifted present (the source's condition);
    # a past perfect is the source's report
    ("A spokesman said the factory would reopen next month, after the firm reached a deal with its creditors.",
     "the factory would reopen next month, after the firm reached a deal with its creditors"),
    ("Police said the man fled, after he had stabbed the guard.",
     "the man fled, after he had stabbed the guard"),
]


@pytest.mark.parametrize(("text", "statement"), OCCASION_STAYS)
def test_spans22_after_clause_of_the_source_stays(quotes_of, text, statement):
    row = _one(quotes_of(text), statement.split()[1])
    assert row["text"] == statement


@pytest.mark.parametrize("text, span", [
    ("Analysts said the chain held 21 percent of the market in March, followed by Harbor Foods at 14 percent.",
     "the chain held 21 percent of the market in March, followed by Harbor Foods at 14 percent"),
    ("Backers of the plan say the terminal is one of the region's largest projects, scheduled to create up to 4,000 jobs.",
     "the terminal is one of the region's largest projects, scheduled to create up to 4,000 jobs"),
])
def test_spans22_participle_with_a_figure_stays_in(text, span):
    # Found on the teaching sample after the merge: a trailing participle that carries a figure is
    # the source's claim, not the writer's background.
    q = nl.analyze(pd.DataFrame({"text": [text]}), progress=False).quotes
    assert q.text.tolist() == [span]
