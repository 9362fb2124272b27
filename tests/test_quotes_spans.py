"""Span boundaries of reported statements (0.5.0): the writer's background tails stay out
(guideline R6/R18), and a statement goes on over the second part the parser split off.

Every rule has several sentences of our own and negative sentences that must not change.
"""

from __future__ import annotations

import pytest


def _rows(df):
    return df[["text", "kind", "cue", "speaker"]].values.tolist()


# ---------------------------------------------------------------- the writer's result participle

RESULT_COMMENTS = [
    ("According to the Labor Department, 49,000 jobs were lost in May, adding to four straight months of job losses.",
     "49,000 jobs were lost in May"),
    ("The ministry said the number of deaths had risen to 40, bringing the total for the year to 310.",
     "the number of deaths had risen to 40"),
    ("Officials said three more bodies were found on Sunday, raising the death toll to 57.",
     "three more bodies were found on Sunday"),
]


@pytest.mark.parametrize(("text", "content"), RESULT_COMMENTS)
def test_quotes_spans_result_participle_left_out(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


@pytest.mark.parametrize(("text", "content"), [
    # A participle inside the quotation is the source's own words.
    ('The coach said the team had "played badly, adding to our problems at the back."',
     'the team had "played badly, adding to our problems at the back."'),
    # A participle that says what the change was is the source's report, not a tally.
    ("According to Reuters, the ratings format has changed since 2004, adding four networks and counting recorded viewing.",
     "the ratings format has changed since 2004, adding four networks and counting recorded viewing"),
    # A participle that is not a running tally stays in ('hoping' is the speaker's report).
    ("The union said the workers had walked out on Monday, hoping to force new talks.",
     "the workers had walked out on Monday, hoping to force new talks"),
])
def test_quotes_spans_result_participle_negatives(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


# ---------------------------------------------------------------- the writer's background appositive

APPOSITIVES = [
    ('Local media reported that police are searching for Lirim Jakupi (also known as "Nazi"), a convicted criminal who '
     "escaped from prison in August.", 'police are searching for Lirim Jakupi (also known as "Nazi")'),
    ('The campaign insists that the candidate was "thoroughly vetted," a process that would have included a review of '
     "all her financial records.", 'the candidate was "thoroughly vetted,"'),
    ("The council said the contract went to the lowest bidder, a firm that had built the old bridge in 1998.",
     "the contract went to the lowest bidder"),
]


@pytest.mark.parametrize(("text", "content"), APPOSITIVES)
def test_quotes_spans_background_appositive_left_out(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


@pytest.mark.parametrize(("text", "content"), [
    # An appositive with no clause of its own is part of what was said.
    ("The firm said profits rose at its largest unit, the shipping arm.", "profits rose at its largest unit, the shipping arm"),
    # After 'according to X', an apposition to a place and a second verb phrase are the source's route.
    ("According to the plans, the new line is to connect the port with Leeds, the county town, and would end in York.",
     "the new line is to connect the port with Leeds, the county town, and would end in York"),
    # A relative clause on a noun without an appositive stays in (guideline Q2).
    ("The mayor said the city would close the bridge that links the two halves of the town.",
     "the city would close the bridge that links the two halves of the town"),
])
def test_quotes_spans_background_appositive_negatives(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


# ---------------------------------------------------------------- the second part of one statement

SECOND_PARTS = [
    ('He vowed to "continue in the battle to build socialism" and though the reforms had failed "for now," they were '
     '"still alive."',
     'to "continue in the battle to build socialism" and though the reforms had failed "for now," they were "still alive."'),
    ("Scott Handy stated that the company worked together with the open source community and in the end found a way to "
     "develop the software.",
     "the company worked together with the open source community and in the end found a way to develop the software"),
    ("The minister said that the plan was sound and that the city would pay for it.",
     "the plan was sound and that the city would pay for it"),
]


@pytest.mark.parametrize(("text", "content"), SECOND_PARTS)
def test_quotes_spans_second_part_kept(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


@pytest.mark.parametrize(("text", "content"), [
    # A second clause with a subject of its own is no shared verb phrase.
    ("The minister said the talks had failed. The army was put on alert.", "the talks had failed"),
    # A quotation followed by a that-clause of its own is two statements (guideline Q4).
    ('He said "I want the party to be the future of politics," and that he hoped his leadership would be about change.',
     "I want the party to be the future of politics,"),
    # A second act of the speaker joined to the cue stays out.
    ("The mayor said the budget was balanced and declined to answer further questions.", "the budget was balanced"),
])
def test_quotes_spans_second_part_negatives(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))
