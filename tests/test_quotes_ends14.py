"""Where a reported statement ends (0.8.0), for the two sub-classes the gold treats consistently.

Counted on every annotated set (benchmarks/span_ends.py; docs/quote-spans.md, "0.8.0: where a
statement ends, measured"): a reporting verb's participle with what it reports, after a comma at
the end of a statement, is the speaker's next act (gold cuts 11 of 11); a reporting verb in the
simple past joined by 'and'/'but' to a clause that is not a simple past is the outer subject's
next act (gold cuts 11 of 11). The classes the gold splits (', which ...', other participles,
a noun's participle) are left as they were: negative sentences below must not change.
"""

from __future__ import annotations

import pytest


def _rows(df):
    return df[["text", "kind", "cue", "speaker"]].values.tolist()


SPEECH_PARTICIPLES = [
    ("The union said its members could not accept the offer, citing rising rents in the city.",
     "its members could not accept the offer"),
    ("The minister said the budget would be balanced by 2012, adding that no cuts to health spending were planned.",
     "the budget would be balanced by 2012"),
    ("Officials said the bridge will reopen in March, saying repairs were on schedule.",
     "the bridge will reopen in March"),
    ("The council said the library would close in June, citing falling visitor numbers.",
     "the library would close in June"),
    ("The airline said it would cut 200 jobs, citing high fuel prices and weak demand.",
     "it would cut 200 jobs"),
    ("According to the ministry, exports fell 4 percent in May, adding that imports had risen.",
     "exports fell 4 percent in May"),
]


@pytest.mark.parametrize(("text", "content"), SPEECH_PARTICIPLES)
def test_quotes_ends14_reporting_participle_left_out(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


@pytest.mark.parametrize(("text", "content"), [
    # What the change was is part of the report ('adding' with an object, no clause).
    ("The company said profits rose 10 percent, adding four new stores in the north.",
     "profits rose 10 percent, adding four new stores in the north"),
    # A running tally is the result participle rule's, not this one's (unchanged).
    ("Analysts said 49,000 jobs were lost in May, adding to four straight months of losses.",
     "49,000 jobs were lost in May"),
    # A participle that is not a reporting verb stays in: the gold keeps 21 of 26.
    ("Police said the storm flooded the valley, forcing hundreds of families from their homes.",
     "the storm flooded the valley, forcing hundreds of families from their homes"),
])
def test_quotes_ends14_other_participles_stay(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


NEXT_ACTS = [
    ('He said, however, that he "would not lead the party again", and announced his resignation as leader.',
     'he "would not lead the party again"'),
    ("He said no police officers were injured and confirmed special forces were still in the area.",
     "no police officers were injured"),
    ("The coach said the team could not have played better and praised the fans for their support.",
     "the team could not have played better"),
    ("The two leaders pledged to ensure that the ceasefire is respected and called for calm across the region.",
     "to ensure that the ceasefire is respected"),
    ("She stated that it would be wrong for her to take the job and declined.",
     "it would be wrong for her to take the job"),
]


@pytest.mark.parametrize(("text", "content"), NEXT_ACTS)
def test_quotes_ends14_next_reporting_act_left_out(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


@pytest.mark.parametrize(("text", "content"), [
    # Both verbs in the one simple past: one reported clause (the gold keeps them).
    ("Police reported the attacker left the hall and continued to attack others.",
     "the attacker left the hall and continued to attack others"),
    # A second verb that is no reporting verb stays with the clause.
    ("She said the council had approved the plan and cut the budget for parks.",
     "the council had approved the plan and cut the budget for parks"),
    # A noun's participle stays in: the gold keeps 40 of 41.
    ("The minister said he would tighten access to the scheme introduced by his predecessor in 2013.",
     "he would tighten access to the scheme introduced by his predecessor in 2013"),
])
def test_quotes_ends14_clause_stays_whole(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


@pytest.mark.xfail(strict=True, reason="the speaker's next act with a verb outside the cue lexicon ('thanked') was not measured "
                   "as a class of its own; the parse hangs it on the infinitive and the statement runs on")
def test_quotes_ends14_next_act_outside_lexicon_known_miss(quotes_of):
    text = "The minister promised to ensure that the new hospital is built on time and thanked the nurses for their work."
    assert "to ensure that the new hospital is built on time" in quotes_of(text)["text"].tolist()


def test_quotes_ends14_second_that_clause_after_participle_stays(quotes_of):
    # The parse hangs 'and that B' on the participle; it is the cue's second statement.
    text = "Supporters say the plan would have saved millions, citing the cost of the last war, and that the savings were needed."
    rows = quotes_of(text)["text"].tolist()
    assert any("the savings were needed" in r for r in rows), rows
