"""Quotes, evid28: an unmarked finding whose subject the parser made the cue's object.

A cue of the lexicon's ``evidence_verbs`` (find, show, indicate, ...) with a body of evidence or a
findings document as its subject reports the clause after it also when no 'that' marks it and the
parser read the clause's subject as the verb's object: the object and its predicate are the
statement, with frame evidence. The predicate is a finite verb the parser hung on the cue ('a
poll indicated only one in ten actually knew ...'), an infinitive ('the survey found those aged
18 to 24 to be ...'), or a participle ('a poll showed support falling'); a participle on the
evidence noun speaks for it ('with polls showing her to be ...'). 'believe' and 'expect' read the
object and infinitive the same way ('the city believed losses to only be around ...').
A plain object ('the study found no link ...'), a person finding a thing ('the police found the
body lying in a ditch') and a purpose infinitive give no row.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

ROWS = [
    # (text, statement, speaker, frame)
    ("Despite the apparent enthusiasm of voters for the new treaty, a recent government poll indicated only one in ten actually knew anything about its contents.",
     "only one in ten actually knew anything about its contents", "a recent government poll", "evidence"),
    ("The survey found those aged 18 to 24 to be far more likely to vote by post.",
     "those aged 18 to 24 to be far more likely to vote by post", "The survey", "evidence"),
    ("The review found the hospital to be understaffed and poorly run.", "the hospital to be understaffed and poorly run", "The review", "evidence"),
    ("Tests showed the water to contain high levels of lead.", "the water to contain high levels of lead", "Tests", "evidence"),
    ("The investigation found the pilot to blame.", "the pilot to blame", "The investigation", "evidence"),
    ("Smith was seen as a unity candidate with two surveys showing him to be the second choice of most delegates.",
     "him to be the second choice of most delegates", "two surveys", "evidence"),
    ("The mayor was elected easily, with polls showing her to be the most popular politician in the city.",
     "her to be the most popular politician in the city", "polls", "evidence"),
    ("A poll showed support falling.", "support falling", "A poll", "evidence"),
    # 'that' read as the object's determiner is the complementizer of the finite clause
    ("Earlier scans had shown that part of the lung was damaged.", "part of the lung was damaged", "Earlier scans", "evidence"),
    ("Figures show unemployment rising for a third month.", "unemployment rising for a third month", "Figures", "evidence"),
    ("The survey showed the party leading in every region.", "the party leading in every region", "The survey", "evidence"),
    ("However, the city believed losses to only be around $380 million.", "losses to only be around $380 million", "the city", "belief"),
]


@pytest.mark.parametrize(("text", "statement", "speaker", "frame"), ROWS)
def test_evid28_rows(quotes_of, text, statement, speaker, frame):
    row = _one(quotes_of(text), statement)
    assert row["text"] == statement
    assert row["speaker"] == speaker
    assert row["frame"] == frame
    assert row["kind"] == "indirect"


NO_ROWS = [
    "The study found no link between the vaccine and autism.",
    "The data showed a rise in prices.",
    "The survey indicated a shift in opinion.",
    "The poll found support for the plan among older voters.",
    "The figures showed the company's profits in 2007 and 2008.",
    "The police found the body lying in a ditch.",
    "Police found the stolen car abandoned near the station.",
    "Investigators found the wreckage to the north of the runway.",
    "The report used the figures to argue for higher taxes.",
    "The study showed the way to reduce infections.",
    "He expects to win the race.",
]


@pytest.mark.parametrize("text", NO_ROWS)
def test_evid28_no_rows(quotes_of, text):
    assert quotes_of(text).empty, quotes_of(text)[["text", "cue", "speaker"]].values.tolist()
