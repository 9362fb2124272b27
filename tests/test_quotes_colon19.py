"""Quotes, colon19: a quotation after a colon whose clause names who says it, with no cue of its own.

'The mayor was blunt: "..."' (a manner word as the predicate), 'The coach had a short answer: "..."'
(something said as the object), 'The text of the appeal is very short: ...' (something said or
written as the subject: that is the source, a document), and the web copy of a block quotation that
lost its marks and runs on from the colon to the end of its paragraph ('He continued::We are ...').
A colon also glued into the next word is split off by the tokenizer ('said::We', 'stated,:Our').

All sentences are our own. A quoted title or a list after a colon gives no row.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

MANNER = [
    # (text, quotation, speaker)
    ('The mayor was blunt: "We will not pay for a wall nobody asked for."', "We will not pay for a wall nobody asked for.", "The mayor"),
    ('After the match the coach was very clear: "We played badly and we deserved to lose."',
     "We played badly and we deserved to lose.", "the coach"),
    ('The senator was direct: "I will vote against this bill."', "I will vote against this bill.", "The senator"),
    ('Asked about the strike, the union leader put it bluntly: "Our members have had enough."',
     "Our members have had enough.", "the union leader"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), MANNER)
def test_colon19_manner_predicate_gives_the_speaker(quotes_of, text, quote, speaker):
    row = _one(quotes_of(text), quote)
    assert row["text"] == quote
    assert row["kind"] == "direct"
    assert row["speaker"] == speaker


SAID_NOUN = [
    # (text, quotation, speaker, speaker type)
    ("The company's response was brief: \"We do not comment on rumours.\"", "We do not comment on rumours.", "The company",
     "organization"),
    ('The union\'s statement read: "Our members will not accept this offer."', "Our members will not accept this offer.",
     "The union's statement", "document"),
    ('The final paragraph of the letter was short: "We expect an answer within a week."', "We expect an answer within a week.",
     "The final paragraph of the letter", "document"),
    ('The coach had a simple message for his players: "Keep the ball and be patient."', "Keep the ball and be patient.",
     "The coach", None),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "stype"), SAID_NOUN)
def test_colon19_something_said_before_the_colon(quotes_of, text, quote, speaker, stype):
    row = _one(quotes_of(text), quote)
    assert row["text"] == quote
    assert row["speaker"] == speaker
    if stype is not None:
        assert row["speaker_type"] == stype


UNMARKED = [
    # (text, passage, speaker)
    ("The minister spoke for ten minutes. Then he continued::We will not cut the hospital budget. The money is there and "
     "it will be spent.\n\nThe opposition said it was not convinced.",
     "We will not cut the hospital budget. The money is there and it will be spent.", "he"),
    ("The chairwoman also stated,:Our club has always welcomed young players, and it will go on doing so.\n\n"
     "The league did not reply.",
     "Our club has always welcomed young players, and it will go on doing so.", "The chairwoman"),
    ("Two residents wrote to the council in May.\n\nThe text of their appeal is very short: We ask the council to reopen "
     "the library on Sundays. Many families depend on it.\n\nThe council has not answered.",
     "We ask the council to reopen the library on Sundays. Many families depend on it.", "The text of their appeal"),
]


@pytest.mark.parametrize(("text", "passage", "speaker"), UNMARKED)
def test_colon19_unmarked_block_quotation_after_colon(quotes_of, text, passage, speaker):
    row = _one(quotes_of(text), passage[:30])
    assert row["text"] == passage
    assert row["kind"] == "direct"
    assert row["speaker"] == speaker


NO_ROW = [
    # (text, words that must be in no row)
    ('The film\'s title: "Dark Water".', "Dark Water"),
    ("The results were as follows: Smith won 45 percent of the vote and Jones won 40 percent of it.", "Smith won"),
    ("Update: The bridge has been reopened to traffic after the repairs were finished on Sunday.", "The bridge"),
    ('The plan was simple: "build first, pay later".', "build first"),
    ("The museum has three rooms: One holds paintings, one holds coins and the last one holds old maps of the town.",
     "holds paintings"),
]


@pytest.mark.parametrize(("text", "words"), NO_ROW)
def test_colon19_title_list_or_plain_colon_gives_no_row(quotes_of, text, words):
    df = quotes_of(text)
    assert not df["text"].str.contains(words, regex=False).any(), df[["text", "speaker"]].values.tolist()


def test_colon19_reported_clause_before_colon_keeps_its_speaker(quotes_of):
    # The clause before the colon is inside a reported one: its subject is no source of the quotation.
    df = quotes_of('The mayor said the plan was simple: "We build first and pay later."')
    row = _one(df, "We build first")
    assert row["speaker"] == "The mayor"


def test_colon19_glued_colon_is_split_by_the_tokenizer(nlp):
    words = [t.text for t in nlp("He continued::We will win. She also stated,:Our club is ready. It was 12:30.")]
    assert words[:5] == ["He", "continued", "::", "We", "will"]
    assert ["stated", ",", ":", "Our"] == words[words.index("stated"):words.index("stated") + 4]
    assert "12:30" in words


def test_colon19_persons_demand_before_colon_gives_no_block_quotation(quotes_of):
    df = quotes_of("The union calls for a strike with two deadlines: One on Monday for the bus lines, and one on Tuesday "
                   "for the subway and the trains.")
    assert not df["text"].str.contains("One on Monday", regex=False).any(), df[["text", "speaker"]].values.tolist()
