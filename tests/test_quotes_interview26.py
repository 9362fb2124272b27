"""Interview answers laid out without quotation marks (interview26), on articles of our own.

- An article laid out as an interview (an introduction that names the interviewee, then two or
  more questions to 'you', each followed by answer paragraphs with no marks and no cue) gives each
  answer paragraph to the interviewee: one direct row per paragraph, cue "", frame speech.
- A question and its answer run together ('...riding?:I am ...'), a name or initials before an
  answer ('Jason Furze: ...', 'JB: ...'), an 'A:' tag: the answer starts after them.
- Statements quoted inside an answer keep their own rows.
- Nothing fires on an article that merely asks a question, on answers already in quotation marks,
  or when two people are interviewed and the answers do not say who speaks.
"""

from __future__ import annotations

import pytest


def _answers(df):
    rows = df[df["cue"] == ""]
    return [(r.text, r.speaker_canonical, r.speaker_type, r.kind, r.frame) for r in rows.itertuples()]


INTERVIEW = (
    "Voters in the riding go to the polls next week. Wikinews interviewed Jane Roe, the Green candidate "
    "for Lakeside, about her campaign.\n\n"
    "Interview\n\n"
    "Why are you running for office?\n\n"
    "I have lived here for twenty years and I want cleaner rivers for my children.\n\n"
    "The old mill still pollutes the lake every spring.\n\n"
    "What would your first bill be?\n\n"
    "A law to fund public transit in every small town."
)


def test_interview_answers_go_to_the_interviewee(quotes_of):
    assert _answers(quotes_of(INTERVIEW)) == [
        ("I have lived here for twenty years and I want cleaner rivers for my children.", "Jane Roe", "person", "direct", "speech"),
        ("The old mill still pollutes the lake every spring.", "Jane Roe", "person", "direct", "speech"),
        ("A law to fund public transit in every small town.", "Jane Roe", "person", "direct", "speech"),
    ]


def test_interview_interviewee_by_pronoun(quotes_of):
    text = (
        "Mark Fielding is running for the Green Party in the Welland riding. Wikinews' Nick Moreau interviewed "
        "him regarding his values and his campaign.\n\n"
        "Why have you chosen to run in this constituency?\n\n"
        "Sitting on the sidelines does not work for me, and I live in the riding.\n\n"
        "What prior political experience do you have?\n\n"
        "I ran for the provincial legislature in 1996 and sat on the boards of two charities."
    )
    assert [(t, c) for t, c, *_ in _answers(quotes_of(text))] == [
        ("Sitting on the sidelines does not work for me, and I live in the riding.", "Mark Fielding"),
        ("I ran for the provincial legislature in 1996 and sat on the boards of two charities.", "Mark Fielding"),
    ]


def test_interview_run_in_answers_and_initials(quotes_of):
    text = (
        "A reporter from Wikinews recently interviewed Tom Baxter, chair of the Smaller Budget League.\n\n"
        "Interview\n\n"
        "WN What does your group do?:Tom Baxter: We help citizens write to their representatives about spending.\n\n"
        "WN Would you call your members conservative?:TB: I would not, since many of them vote for the left."
    )
    assert [(t, c) for t, c, *_ in _answers(quotes_of(text))] == [
        ("We help citizens write to their representatives about spending.", "Tom Baxter"),
        ("I would not, since many of them vote for the left.", "Tom Baxter"),
    ]


def test_interview_glued_question_and_titled_prefix(quotes_of):
    # A scrape glued the next question into an answer; the answers carry the interviewee's title and name.
    text = (
        "Wikinews conducted an email interview with Mark Dalton, chair of the Smaller Budget League.\n\n"
        "WN What does your group do?:Mr. Dalton: We help citizens write to their representatives. "
        "WN Why do you think the government is too large?:Mr. Dalton: It spends half of what people earn.\n\n"
        "WN Would you call your members conservative?:Mr. Dalton: I would not, since many of them vote for the left."
    )
    assert [t for t, *_ in _answers(quotes_of(text))] == [
        "We help citizens write to their representatives.",
        "It spends half of what people earn.",
        "I would not, since many of them vote for the left.",
    ]


def test_interview_name_prefixes_without_introduction(quotes_of):
    text = (
        "Wikinews held an exclusive interview with the Daylight Party about the coming election.\n\n"
        "Wikinews Why do you want to form government?\n\n"
        "Jason Furze: We would like to win a number of seats in the south-east.\n\n"
        "Voting for us sends a clear message to the major parties.\n\n"
        "Wikinews How will you address these policies?\n\n"
        "Jason Furze: The dual time zone is a sensible compromise."
    )
    assert [(t, c) for t, c, *_ in _answers(quotes_of(text))] == [
        ("We would like to win a number of seats in the south-east.", "Jason Furze"),
        ("Voting for us sends a clear message to the major parties.", "Jason Furze"),
        ("The dual time zone is a sensible compromise.", "Jason Furze"),
    ]


def test_interview_answer_keeps_its_own_quotation(quotes_of):
    text = (
        "Wikinews interviewed Jane Roe, the Green candidate for Lakeside, about her campaign.\n\n"
        "Why did you decide to run?\n\n"
        "As my father said, \"if you do not try, you will never know.\" So I tried.\n\n"
        "What do you expect on election night?\n\n"
        "A close race in every ward of the city."
    )
    df = quotes_of(text)
    father = df[df["cue"] == "said"]
    assert father["text"].tolist() == ["if you do not try, you will never know."]
    assert father["speaker"].tolist() == ["my father"]
    assert [t for t, *_ in _answers(df)][0] == "As my father said, \"if you do not try, you will never know.\" So I tried."


NO_INTERVIEW = [
    # an ordinary article that asks a question
    ("The council met on Tuesday to discuss the budget. What will happen to the library?\n\n"
     "The library has been closed since March.\n\n"
     "Residents have asked why the repairs take so long?\n\n"
     "The council has not set a date for the vote."),
    # a question-and-answer piece whose answers are already quoted
    ("Wikinews interviewed Jane Roe, the Green candidate for Lakeside.\n\n"
     "Why are you running for office?\n\n"
     "\"I want cleaner rivers for my children,\" Roe said.\n\n"
     "What would your first bill be?\n\n"
     "\"A law to fund public transit,\" she said."),
    # two people interviewed, and the answers say nothing of who speaks
    ("Wikinews interviewed Jane Roe and John Doe, the two candidates for Lakeside.\n\n"
     "Why are you running for office?\n\n"
     "I want cleaner rivers for my children.\n\n"
     "What would your first bill be?\n\n"
     "A law to fund public transit in every small town."),
    # only one question answered
    ("Wikinews interviewed Jane Roe, the Green candidate for Lakeside.\n\n"
     "Why are you running for office?\n\n"
     "I want cleaner rivers for my children."),
]


ANSWER_LIKE = {"I want cleaner rivers for my children.", "A law to fund public transit in every small town.",
               "The library has been closed since March.", "The council has not set a date for the vote."}


@pytest.mark.parametrize("text", NO_INTERVIEW)
def test_interview_near_misses_do_not_fire(quotes_of, text):
    df = quotes_of(text)
    assert not set(df.loc[df["cue"] == "", "text"]) & ANSWER_LIKE
