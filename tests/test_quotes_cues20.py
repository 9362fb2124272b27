"""Quotes, cues20: four cue mechanisms extended by a word class or a construction's variants.

1. Emotive adjectives with a that-clause (Quirk et al. 16.72), also when the tagger reads the
   participle as a verb or a passive: apprehension ('is concerned that') is a belief, like the
   adjectives of certainty already listed ('is confident that'); reaction to a fact ('was outraged
   that', 'is pleased that') a stance.
2. 'be of the view/opinion/belief/mind that ...': a belief cue of the copula's subject.
3. Verbs of pressing for an action ('pressured X to', 'lobbied X to') open the object-directive
   construction; 'put pressure on X to ...' gives the directive noun its infinitive when the parser
   hung the infinitive on the verb.
4. A time adjunct between a cue verb and its particle ('called on Friday for X to ...').
5. 'warned X against -ing' like 'warned against -ing' (the addressee between).

All sentences are our own.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

ROWS = [
    # (text, statement, speaker, frame)
    ("The union is concerned that the new rota will lead to longer hours.", "the new rota will lead to longer hours", "The union", "belief"),
    ("The mayor was outraged that the council had ignored the petition.", "the council had ignored the petition", "The mayor", "stance"),
    ("Residents, who were angry that the road had been closed, said they would protest.", "the road had been closed", "Residents", "stance"),
    ("Officials were relieved that the storm had passed without casualties.", "the storm had passed without casualties", "Officials", "stance"),
    ("Health officials are worried that the virus could spread to other farms.", "the virus could spread to other farms", "Health officials", "belief"),
    ("The organisers were pleased that the march had passed off peacefully.", "the march had passed off peacefully", "The organisers", "stance"),
    ("The minister is of the view that taxes must rise.", "taxes must rise", "The minister", "belief"),
    ("The committee was of the opinion that the bridge should be repaired.", "the bridge should be repaired", "The committee", "belief"),
    ("The regulator is of the belief that the merger will harm consumers.", "the merger will harm consumers", "The regulator", "belief"),
    ("The opposition pressured the government to hold an inquiry.", "to hold an inquiry", "The opposition", "directive"),
    ("Farmers lobbied the ministers to delay the new rules.", "to delay the new rules", "Farmers", "directive"),
    ("Parents put pressure on the school to reopen the library.", "to reopen the library", "Parents", "directive"),
    ("The unions have put pressure on the government to raise the minimum wage.", "to raise the minimum wage", "The unions", "directive"),
    ("Opposition leaders called on Friday for the government to hold an election.", "the government to hold an election", "Opposition leaders", "directive"),
    ("The council leader called yesterday for the ban to be lifted.", "the ban to be lifted", "The council leader", "directive"),
    ("The union on Monday called again for the managers to negotiate.", "the managers to negotiate", "The union", "directive"),
]


@pytest.mark.parametrize(("text", "statement", "speaker", "frame"), ROWS)
def test_cues20_rows(quotes_of, text, statement, speaker, frame):
    row = _one(quotes_of(text), statement)
    assert row["text"] == statement
    assert row["speaker"] == speaker
    assert row["frame"] == frame


NONE = [
    "Campaigners were not surprised that the plan was delayed.",  # negated
    "Analysts were alarmed by reports that the bank had lost billions.",  # a 'by' cause: the reports' claim, not the analysts'
    "The tool is of the kind that farmers use every day.",  # a relative clause, no content
    "The drought pressured prices to rise.",  # no object that can act
    "The bank put pressure on interest rates.",  # no infinitive
    "The move has disappointed fans.",
]


@pytest.mark.parametrize("text", NONE)
def test_cues20_no_row(quotes_of, text):
    assert len(quotes_of(text)) == 0, quotes_of(text)[["text", "cue", "speaker"]].values.tolist()


def test_cues20_call_on_addressee_after_time(quotes_of):
    row = _one(quotes_of("The mayor called on residents to stay indoors."), "to stay indoors")
    assert row["speaker"] == "The mayor" and row["frame"] == "directive"


def test_cues20_warned_addressee_against(quotes_of):
    for text, statement, speaker in [
        ("The police warned residents against leaving their homes during the storm.", "leaving their homes during the storm", "The police"),
        ("Health officials warned travellers against drinking tap water in the region.", "drinking tap water in the region", "Health officials"),
    ]:
        row = _one(quotes_of(text), statement)
        assert row["text"] == statement and row["speaker"] == speaker and row["frame"] == "directive"


def test_cues20_participle_still_a_verb_cue(quotes_of):
    # a participle of the adjective class that is a verb cue of its own keeps that cue
    row = _one(quotes_of("The mayor had convinced the council to drop the fee."), "to drop the fee")
    assert row["speaker"] == "The mayor" and row["frame"] == "directive"
