"""Quotes, audit round 9: errors found by reading 25 unseen Wikinews articles beside their quotes
table (/work/wt/audit9-errors.md): a quotation that runs over paragraphs when the writer did not
repeat the opening mark, and the earlier parts of a quotation whose attribution comes only at its
end (guideline Q5: one quote per paragraph part, all with the same speaker).

Every rule has several sentences of our own, and negative sentences that must not change.
"""

from __future__ import annotations

import pytest

from newslab.quotes import pair_quote_marks

from .conftest import quote_row as _one

# --------------------------------------------- pairing: a continuation without its opening mark

UNOPENED = [
    # (text, the paragraph parts in order)
    ('The mayor spoke on Monday.\n\n"We will build the bridge this year. It is time.\n\n'
     'The money is there and we will not wait," said Mayor Ruth Calloway.',
     ["We will build the bridge this year. It is time.", "The money is there and we will not wait,"]),
    ("Her report opened: “The river rose overnight and the levee held.\n\n"
     "By morning the water had gone down.” It was never published.",
     ["The river rose overnight and the levee held.", "By morning the water had gone down."]),
    # A middle paragraph with no mark at all is a part of its own.
    ('He went on: "First, we cut the fares.\n\nSecond, we add buses at night.\n\n'
     'Third, we listen to riders," Kowalski said.',
     ["First, we cut the fares.", "Second, we add buses at night.", "Third, we listen to riders,"]),
]


@pytest.mark.parametrize(("text", "parts"), UNOPENED)
def test_quotes_audit9_marks_continuation_without_repeated_opening_mark(text, parts):
    marks, unpaired = pair_quote_marks(text)
    assert [text[m.start : m.end] for m in marks] == parts
    assert unpaired == []
    assert [m.continues for m in marks] == [True] * (len(parts) - 1) + [False]


NOT_CONTINUED = [
    # The next paragraph's first mark opens a quotation of its own: the stray opener stays unpaired.
    'She said "the vote is off.\n\nThe council met later. "We regret it," a spokesman said.',
    # The next paragraph's first mark follows a word, not the passage's own punctuation.
    'The sign read "Closed for repairs\n\nResidents called it a "joke" on Friday.',
    # Three paragraphs without a mark: too far to be the same quotation.
    'He began: "One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive," he said.',
]


@pytest.mark.parametrize("text", NOT_CONTINUED)
def test_quotes_audit9_marks_stray_opener_is_no_continuation(text):
    marks, unpaired = pair_quote_marks(text)
    assert not any(m.continues for m in marks)
    assert unpaired


# ------------------------------------- quotes: the parts before the attribution share its speaker

PARTS = [
    # (text, words of an earlier part, words of the attributed part, speaker canonical)
    ('The mayor spoke on Monday.\n\n"We will build the bridge this year. It is time.\n\n'
     'The money is there and we will not wait," said Mayor Ruth Calloway at a press conference.',
     "We will build the bridge", "The money is there", "Ruth Calloway"),
    # The usual form, with the opening mark repeated: the first part was lost before.
    ('Rain fell all week.\n\n"The dam is safe and the spillway works.\n\n'
     '"We have people on site around the clock," said Erik Lund, the water board\'s engineer.',
     "The dam is safe", "We have people on site", "Erik Lund"),
    ('Is the plan fair to tenants?\n\n"We asked for a meeting and nobody came.\n\n'
     'It has become clear that the landlords will not talk. We are going to court," Amina Yusuf told reporters.',
     "We asked for a meeting", "It has become clear", "Amina Yusuf"),
]


@pytest.mark.parametrize(("text", "first", "last", "canonical"), PARTS)
def test_quotes_audit9_earlier_part_takes_the_speaker_after_the_quotation(quotes_of, text, first, last, canonical):
    q = quotes_of(text)
    early, late = _one(q, first), _one(q, last)
    assert early["kind"] == "direct" and late["kind"] == "direct"
    assert early["speaker_canonical"] == canonical == late["speaker_canonical"]
    assert early["cue"] == ""
    assert "\n" not in early["text"] and "\n" not in late["text"]


def test_quotes_audit9_stray_mark_takes_no_speaker_from_the_next_quotation(quotes_of):
    # The space before the second mark makes it look like an opening mark: the paragraph's tail is
    # no part of the next paragraph's quotation.
    text = ('Critics say the city is caught in a "cycle of neglect ", which keeps rents high.\n\n'
            '"Nobody fixes anything here," said tenant leader Rosa Diaz.')
    q = quotes_of(text)
    assert not q.text.str.contains("keeps rents high").any() or (q[q.text.str.contains("keeps rents high")].speaker_canonical != "Rosa Diaz").all()
    assert _one(q, "Nobody fixes")["speaker_canonical"] == "Rosa Diaz"


def test_quotes_audit9_part_attributed_before_keeps_its_own_cue(quotes_of):
    text = ('Lena Park, the union\'s chair, said: "We will strike on Monday.\n\n'
            '"The members voted for it," Park said.')
    q = quotes_of(text)
    first = _one(q, "We will strike")
    assert first["cue"] == "said" and first["speaker_canonical"] == "Lena Park"
    assert _one(q, "The members voted")["speaker_canonical"] == "Lena Park"


def test_quotes_audit9_continuation_borrows_only_from_its_own_first_part(quotes_of):
    # The first part has no speaker (a story's text, no cue); the second part must not fall back on
    # the editor quoted two paragraphs earlier.
    text = ('Editor Helen Dunn said, "We should have checked."\n\nThe fire was in the north.\n\n'
            'Crews came from three towns.\n\nThe mill had stood for a century.\n\n'
            'The story opened with the words "Flames rose over the valley as the town slept.\n\n'
            '"By dawn nothing was left of the mill."\n\nNone of it had happened.')
    q = quotes_of(text)
    rows = q[q.text.str.contains("By dawn")]
    assert rows.empty or (rows.speaker_canonical != "Helen Dunn").all()
