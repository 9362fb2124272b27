"""Span boundaries of reported statements (0.8.0): where a statement ends when a quotation
mark, a comma or a clause of the writer's sits inside or after it.

Every rule has sentences of our own, and negative sentences that must not change.
"""

from __future__ import annotations

import pytest


def _rows(df):
    return df[["text", "kind", "cue", "speaker"]].values.tolist()


# ------------------------------------------- a quoted word inside a charge does not end it

CHARGE_GOES_ON = [
    ('The senator accused the ministers of being careless in "trimming" the flood budget for coastal towns, leaving villages without defences.',
     'the ministers of being careless in "trimming" the flood budget for coastal towns, leaving villages without defences'),
    ('Campaigners accused the council of acting in "bad faith" over the sale of the old library to a developer.',
     'the council of acting in "bad faith" over the sale of the old library to a developer'),
    ('The opposition accused the government of "hiding" the true cost of the stadium from taxpayers.',
     'the government of "hiding" the true cost of the stadium from taxpayers'),
]


@pytest.mark.parametrize(("text", "content"), CHARGE_GOES_ON)
def test_quotes_spans14_charge_goes_on_after_quoted_word(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


@pytest.mark.parametrize(("text", "content"), [
    # A naming verb's quoted predicate still ends the statement; the adjunct after it is the writer's.
    ('She called the plan "a disaster" on Twitter.', 'the plan "a disaster"'),
    ('He described the report as "deeply flawed" in an interview on Sunday.', 'the report as "deeply flawed"'),
    # a quoted participle is an adjective of the name here, not a verb of a charge
    ('Rice described the minister\'s remarks as "sobering comments" during her stay in Beijing on Monday.',
     'the minister\'s remarks as "sobering comments"'),
])
def test_quotes_spans14_naming_predicate_still_ends(quotes_of, text, content):
    assert quotes_of(text)["text"].tolist() == [content], _rows(quotes_of(text))


# ------------------------------------------- a noun-clause cue takes the statement's second clause

@pytest.mark.parametrize(("text", "content"), [
    ("On July 15, Ishihara again expressed his opinion that Latin was formerly a scholarly lingua franca but due to its complexity it had been falling back.",
     "Latin was formerly a scholarly lingua franca but due to its complexity it had been falling back"),
    ("On Tuesday, Moreau again expressed his opinion that German was formerly a scientific lingua franca but due to its grammar it had been falling back.",
     "German was formerly a scientific lingua franca but due to its grammar it had been falling back"),
    # (parsed as one clause already: must stay whole)
    ("She voiced her belief that the strike was lawful but due to the court ruling it had been suspended.",
     "the strike was lawful but due to the court ruling it had been suspended"),
])
def test_quotes_spans14_belief_noun_second_clause(quotes_of, text, content):
    assert quotes_of(text)["text"].tolist() == [content], _rows(quotes_of(text))


# ------------------------------------------- a second clause after a bare comma, with a pronoun subject

@pytest.mark.parametrize(("text", "content"), [
    ("The pilot said the flight went smoothly, they landed twenty minutes early.",
     "the flight went smoothly, they landed twenty minutes early"),
    ("Hennekens said the trip went well at first, they were an hour ahead of schedule.",
     "the trip went well at first, they were an hour ahead of schedule"),
])
def test_quotes_spans14_comma_clause_joined(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


def test_quotes_spans14_comma_clause_with_new_source_not_joined(quotes_of):
    # 'witnesses' is somebody else, not more of the police's report
    text = "Police said the man was armed, witnesses disagreed."
    assert "the man was armed" in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


# ------------------------------------------- a report inside a noun's modifier keeps the outer statement

def test_quotes_spans14_report_in_relative_clause_keeps_outer(quotes_of):
    text = "The farmers said the harvest was ruined by the time the ministry announced that aid would come."
    got = quotes_of(text)["text"].tolist()
    assert "the harvest was ruined by the time the ministry announced that aid would come" in got, _rows(quotes_of(text))
    assert "aid would come" in got


@pytest.mark.parametrize(("text", "rows"), [
    # The inner report is the outer content's own clause: a relay, folded into the inner row.
    ("Court filings show the company said it would close the plant.", ["it would close the plant"]),
    # An adjunct at the end of the outer statement still ends it.
    ("The minister says the plan works, where the opposition says it fails.", ["the plan works", "it fails"]),
])
def test_quotes_spans14_relay_and_adjunct_unchanged(quotes_of, text, rows):
    assert quotes_of(text)["text"].tolist() == rows, _rows(quotes_of(text))


# ------------------------------------------- a concessive clause's statement ends before the main clause

@pytest.mark.parametrize(("text", "content"), [
    ("While AARP Policy Director John Rother concedes that many of the arguments of opponents are valid, price indexing is inevitable and must be viewed in context.",
     "many of the arguments of opponents are valid"),
    ("While council leader Anna Berg admits that the old depot was costly, the new site is cheaper and will be finished in a year.",
     "the old depot was costly"),
    ("Although the mayor said that the budget was tight, the council approved three new parks.", "the budget was tight"),
])
def test_quotes_spans14_concessive_clause_ends_before_main_clause(quotes_of, text, content):
    assert quotes_of(text)["text"].tolist() == [content], _rows(quotes_of(text))


# ------------------------------------------- a reported clause ends with its sentence

def test_quotes_spans14_no_run_on_into_later_colon_quotation(quotes_of):
    text = ("Three officials told the inspector that the list had been checked too late. "
            'This contrasts with the airline\'s statement of Monday:"The list was checked on time and sent to the authorities."')
    got = quotes_of(text)
    assert "the list had been checked too late" in got["text"].tolist(), _rows(got)
    assert not any("This contrasts" in t for t in got["text"]), _rows(got)


# ------------------------------------------- a prepositional directive takes the infinitive the parser hung on the verb

@pytest.mark.parametrize(("text", "content"), [
    ("Governor Ed Rendell announced the numbers Thursday, the same day he called on oil refiner Sunoco to reverse its plans to cut 750 jobs.",
     "to reverse its plans to cut 750 jobs"),
    ("Secretary-General Anyang Nyongo called for supporters in towns around Kenya to gather for three days of protests next week.",
     "supporters in towns around Kenya to gather for three days of protests next week"),
    ("The mayor called for volunteers in every district to help clear the beaches next weekend.",
     "volunteers in every district to help clear the beaches next weekend"),
    ("The union called on the hospital board to reopen talks before the strike begins.", "to reopen talks before the strike begins"),
])
def test_quotes_spans14_prepositional_directive_infinitive(quotes_of, text, content):
    got = quotes_of(text)
    assert content in got["text"].tolist(), _rows(got)
    assert set(got.loc[got["text"] == content, "frame"]) == {"directive"}


def test_quotes_spans14_bare_demand_stays_out(quotes_of):
    assert quotes_of("She called for calm.").empty


# ------------------------------------------- a clause subject parsed as the cue's object keeps its trailing number

@pytest.mark.parametrize(("text", "content"), [
    ("Defence Secretary Anna Reid has admitted the withdrawal of 500 of the 800 troops in the region by spring 2026 is a possibility.",
     "the withdrawal of 500 of the 800 troops in the region by spring 2026 is a possibility"),
    ("The council admitted the sale of the library by March 2025 was a mistake.", "the sale of the library by March 2025 was a mistake"),
])
def test_quotes_spans14_object_subject_with_trailing_number(quotes_of, text, content):
    assert quotes_of(text)["text"].tolist() == [content], _rows(quotes_of(text))
