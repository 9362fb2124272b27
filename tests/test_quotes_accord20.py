"""'According to' sources and the frame of a 'saying' clause (0.14.0 work, accord20), on sentences of our own.

- A postposed 'according to X' without a comma that closes its sentence attributes the clause
  before it, also when the parser hangs it on a participle ('There were no other vehicles
  involved according to the police'); a participle's manner inside its sentence stays none.
- 'according to the blog of X' / 'the column of X': a noun the lexicon does not list whose 'of'
  or 'by' phrase names a source is that source's channel; a person's blog or column is the
  person speaking (like 'a Twitter post by X').
- A participial 'saying' clause attached to a verb that takes a position (the WordNet class of
  ``newslab/data/stance_verbs.txt``, the gerund stance verbs, 'spoke in favour of / against')
  has the frame ``stance``; 'spoke to reporters, saying ...' stays speech.
"""

from __future__ import annotations

import pytest


def _rows(df):
    return [tuple(r) for r in df[["text", "cue", "speaker", "speaker_type", "frame"]].values.tolist()]


POSTPOSED = [
    ("There were no other vehicles involved according to the police.",
     [("There were no other vehicles involved", "according to", "the police", "anonymous", "speech")]),
    ("Two passengers were injured according to the airline.",
     [("Two passengers were injured", "according to", "the airline", "organization", "speech")]),
    ("No shots were fired during the raid according to local residents.",
     [("No shots were fired during the raid", "according to", "local residents", "anonymous", "speech")]),
    ("Several homes were damaged in the storm according to emergency officials.",
     [("Several homes were damaged in the storm", "according to", "emergency officials", "anonymous", "speech")]),
    # the comma form was right before and stays so
    ("There were no other vehicles involved, according to the police.",
     [("There were no other vehicles involved", "according to", "the police", "anonymous", "speech")]),
]


@pytest.mark.parametrize("text,rows", POSTPOSED)
def test_postposed_according_to_without_comma(quotes_of, text, rows):
    assert _rows(quotes_of(text)) == rows


MANNER = [
    "The last value for prices (measured according to the retail index) stood at 3.1%.",
    "Seats were distributed according to the share of the vote in each region.",
    "The bonuses, calculated according to a fixed formula, were paid in March.",
    # a thing's 'of' phrase naming people is no channel of theirs
    "The festival was celebrated according to the customs of the village elders.",
    "The land was divided according to the wishes of the late farmer.",
]


@pytest.mark.parametrize("text", MANNER)
def test_manner_according_to_stays_no_quote(quotes_of, text):
    assert _rows(quotes_of(text)) == []


CHANNELS = [
    ("According to the blog of a newspaper's reporter John Doe, the ministers are worried about the interviews.",
     [("the ministers are worried about the interviews", "According to", "the blog of a newspaper's reporter John Doe", "person", "speech")], "John Doe"),
    ("According to the column of Jane Smith, the mayor will not run again.",
     [("the mayor will not run again", "According to", "the column of Jane Smith", "person", "speech")], "Jane Smith"),
    ("According to a blog post by reporter Mark Hill, the deal was signed on Friday.",
     [("the deal was signed on Friday", "According to", "a blog post by reporter Mark Hill", "person", "speech")], "Mark Hill"),
    ("According to the website of the Ministry of Health, the clinics will reopen on Monday.",
     [("the clinics will reopen on Monday", "According to", "the website of the Ministry of Health", "document", "speech")], "Ministry of Health"),
]


@pytest.mark.parametrize("text,rows,canonical", CHANNELS)
def test_according_to_a_sources_channel(quotes_of, text, rows, canonical):
    df = quotes_of(text)
    assert _rows(df) == rows
    assert df.speaker_canonical.tolist() == [canonical]


STANCE_SAYING = [
    ("The finance minister contradicted earlier statements by the prime minister, saying that the budget would not be cut.",
     [("the budget would not be cut", "saying", "The finance minister", "anonymous", "stance")]),
    ("The company apologized in public today, saying it had failed its customers.",
     [("it had failed its customers", "saying", "The company", "organization", "stance")]),
    ("The mayor rebuked the council, saying the decision was reckless.",
     [("the decision was reckless", "saying", "The mayor", "anonymous", "stance")]),
    ("The coach praised his players, saying they had fought hard.",
     [("they had fought hard", "saying", "The coach", "anonymous", "stance")]),
    ("The board rejected the offer, saying it undervalued the company.",
     [("it undervalued the company", "saying", "The board", "organization", "stance")]),
    ("The party disagreed with the ruling, saying it would appeal.",
     [("it would appeal", "saying", "The party", "organization", "stance")]),
    ("The opposition leader complained about the delays saying the voters deserved better.",
     [("the voters deserved better", "saying", "The opposition leader", "anonymous", "stance")]),
    ("The senator spoke in favor of the bill, saying that the embargo had failed.",
     [("the embargo had failed", "saying", "The senator", "anonymous", "stance")]),
    ("The union leader argued against the merger, saying it would cost hundreds of jobs.",
     [("it would cost hundreds of jobs", "saying", "The union leader", "anonymous", "stance")]),
    ("The union welcomed the plan, saying it would protect jobs.",
     [("it would protect jobs", "saying", "The union", "organization", "stance")]),
]


@pytest.mark.parametrize("text,rows", STANCE_SAYING)
def test_saying_attached_to_a_stance_verb_is_stance(quotes_of, text, rows):
    assert _rows(quotes_of(text)) == rows


SPEECH_SAYING = [
    ("The spokesman spoke to reporters, saying the talks would resume on Monday.",
     [("the talks would resume on Monday", "saying", "The spokesman", "anonymous", "speech")]),
    ("The minister arrived in Paris on Monday, saying the talks would be difficult.",
     [("the talks would be difficult", "saying", "The minister", "anonymous", "speech")]),
    ("The company issued a brief statement on Friday, saying the plant would stay open.",
     None),
]


@pytest.mark.parametrize("text,rows", SPEECH_SAYING)
def test_saying_attached_to_other_verbs_stays_speech(quotes_of, text, rows):
    got = _rows(quotes_of(text))
    if rows is None:
        assert got and all(r[4] == "speech" for r in got)
    else:
        assert got == rows
