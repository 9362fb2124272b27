"""Quotes, cue29: a refusal with 'will not' / 'would not' (guideline R45).

'The airport will not comment on why ...', 'Alami would not give any details', 'Police will not
say to whom the letter was addressed': 'will not', 'would not' or "won't" before a verb of giving
information, in the writer's narration, reports the source's refusal, a statement like 'declined
to comment'. The content is the refused verb phrase, the cue the modal and its negation, the
frame speech. Plain negation ('did not say'), other modals ('could not say'), a conditional, a
question, a verb inside another's clause, 'give up' and 'speak at' give no row.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

ROWS = [
    # (text, statement, speaker, cue)
    ("The harbour authority will not comment on why it closed the northern pier.", "comment on why it closed the northern pier", "The harbour authority", "will not"),
    ("However the finance director, Anna Berg, will not comment on how much the land is worth.", "comment on how much the land is worth", "Anna Berg", "will not"),
    ("Police will not say to whom the parcel was addressed.", "say to whom the parcel was addressed", "Police", "will not"),
    ("The club's chairman would not give any details but said that talks were continuing.", "give any details", "The club's chairman", "would not"),
    ("The spokesman won't say how many jobs will be cut.", "say how many jobs will be cut", "The spokesman", "won't"),
    ("The general would not speak about troop numbers beyond the summer, saying the plan was not final.", "speak about troop numbers beyond the summer", "The general", "would not"),
    ('However, the general would not speak about troop numbers beyond the summer, saying, "Our experience has shown that planning too far ahead is not just difficult, it can be misleading."', "speak about troop numbers beyond the summer", "the general", "would not"),
    ("She would not say whether she had been offered the job.", "say whether she had been offered the job", "She", "would not"),  # was a no-row case in test_quotes_frames.py before R45
    ("The ministry would not name the two officers who were suspended.", "name the two officers who were suspended", "The ministry", "would not"),
]


@pytest.mark.parametrize(("text", "statement", "speaker", "cue"), ROWS)
def test_cue29_refusal_rows(quotes_of, text, statement, speaker, cue):
    row = _one(quotes_of(text), statement)
    assert row["text"] == statement
    assert row["speaker"] == speaker
    assert row["cue"] == cue
    assert row["kind"] == "indirect"
    assert row["frame"] == "speech"


NONE = [
    "The mayor did not comment on the report.",  # plain negation: no statement (addendum)
    "The company could not say how many jobs would go.",  # another modal: inability, not refusal
    "The senator would not give up his seat without a fight.",  # 'give up': no information
    "The minister will not speak at the summit next week.",  # 'speak' without a topic
    "If asked, the minister would not comment on the case.",  # a conditional
    "Why will the council not comment on the plan?",  # a question
    "The trust will not give the money back.",  # 'give back'
    "The trust would not give the money to the school.",  # not information ('give' + object only with the class)
]


@pytest.mark.parametrize("text", NONE)
def test_cue29_no_refusal_row(quotes_of, text):
    df = quotes_of(text)
    assert not (df["cue"].isin(["will not", "would not", "won't"])).any(), df[["text", "cue"]].values.tolist()


def test_cue29_inside_another_statement(quotes_of):
    # 'He said the company would not comment ...': the refusal is inside the outer speaker's statement.
    df = quotes_of("The lawyer said the company would not comment on the sale.")
    assert df["cue"].tolist() == ["said"]
