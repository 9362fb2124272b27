"""Where an indirect or mixed statement ends (0.10.0), by the parse structure around its clause.

Counted on every retired fresh set (docs/quote-spans.md, "0.10.0: statement ends"): gold items
whose speaker's row exists but runs on or stops short. Fixed here, each with the gold
consistent on it:

- a quoted sentence with its own closing full stop after a complete reported clause (a comma,
  a semicolon or nothing between) is a statement of its own, like one after a colon;
- a second clause of an embedded cue's report ('statements which suggest that A, but that B',
  'responded by saying that A, but she is happy that B') that the parser hung on the writer's
  main verb goes on the report;
- a second predicate adjective after ', but not' goes on a copular report;
- a quotation that continues the writer's clause before a postposed 'according to X' gives
  the whole clause, mixed.

The negative sentences must keep their statements as they are.
"""

from __future__ import annotations

import pytest


def _rows(df):
    return df[["text", "kind", "cue", "speaker"]].values.tolist()


def _has(df, text, kind=None):
    return any(t == text and (kind is None or k == kind) for t, k in df[["text", "kind"]].values.tolist())


# ---------------------------------------------------------------- a quoted sentence after the clause

SENTENCE_QUOTATIONS = [
    ('The mayor said the bridge would stay closed until spring, "We cannot take any risks with people\'s lives."',
     "the bridge would stay closed until spring", "We cannot take any risks with people's lives."),
    ('The union said its members had voted to strike; "We have been left with no other choice."',
     "its members had voted to strike", "We have been left with no other choice."),
    ('Police said the driver had been drinking "He could barely stand when we found him."',
     "the driver had been drinking", "He could barely stand when we found him."),
    ('The governor denied that the prisoners were mistreated, "Nobody in this state is above the law. We checked every cell."',
     "the prisoners were mistreated", "Nobody in this state is above the law. We checked every cell."),
]


@pytest.mark.parametrize(("text", "clause", "quotation"), SENTENCE_QUOTATIONS)
def test_quotes_ends16_sentence_quotation_is_own_statement(quotes_of, text, clause, quotation):
    df = quotes_of(text)
    assert _has(df, clause, "indirect") and _has(df, quotation, "direct"), _rows(df)
    assert len(set(df["speaker"])) == 1, _rows(df)


def test_quotes_ends16_sentence_quotation_over_paragraphs(quotes_of):
    text = ('The minister said she was aware of the families\' letters, "But whether it is here or in the capital, '
            "anyone who has something to say to a minister deserves an answer.\n\n"
            'And I think it is important that I listen."')
    df = quotes_of(text)
    assert _has(df, "she was aware of the families' letters", "indirect"), _rows(df)


def test_quotes_ends16_sentence_quotation_not_after_adverbial(quotes_of):
    # 'when asked whether ...' is an adverbial of the saying, not a reported clause of its own.
    text = ('"Not at all," the director said on Monday when asked at a hearing whether the agency had acted too late, '
            '"We moved as soon as the data came in. Nobody could have moved faster."')
    df = quotes_of(text)
    assert not _has(df, "when asked at a hearing whether the agency had acted too late", "indirect"), _rows(df)


@pytest.mark.parametrize(("text", "content"), [
    # The clause still needs its complement: the quotation completes it.
    ('The coach said the team\'s motto was, "Never give up on each other."', 'the team\'s motto was, "Never give up on each other."'),
    ('She said the report was "deeply flawed and badly researched."', 'the report was "deeply flawed and badly researched."'),
    # A quoted fragment without its own full stop goes on the clause.
    ('The spokesman said the company regretted the delay, "but we will not compromise on safety."',
     'the company regretted the delay, "but we will not compromise on safety."'),
    # A right span stays right: a quotation after a colon was already split.
    ('The report concluded that the scheme had worked: "This programme has saved lives."', "the scheme had worked"),
])
def test_quotes_ends16_sentence_quotation_negatives(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


# ---------------------------------------------------------------- a second clause hung on the writer's verb

MATRIX_CONJUNCTS = [
    ("The report was written by an auditor, who found that the accounts were in order but the board ignored several warnings.",
     "the accounts were in order but the board ignored several warnings"),
    ("The senator issued remarks which suggest that the party backs the deal, but that its leader is not ready to say so in public.",
     "the party backs the deal, but that its leader is not ready to say so in public"),
    ("The coach has reacted by saying that the team has played well, but he is disappointed that the referee missed the foul.",
     "the team has played well, but he is disappointed that the referee missed the foul"),
    ("Residents gathered at the town hall, where officials said they were surprised by the turnout, but not worried about the cost.",
     "they were surprised by the turnout, but not worried about the cost"),
]


@pytest.mark.parametrize(("text", "content"), MATRIX_CONJUNCTS)
def test_quotes_ends16_matrix_conjunct_kept(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


@pytest.mark.parametrize(("text", "content"), [
    # ', and' before a past clause: the writer's next event.
    ("Police arrested a man who said he was armed, and officers searched his car.", "he was armed"),
    ("Police arrested a man who said he was armed, but officers found no weapon.", "he was armed"),
    # A present report and a new subject: the writer's contrast.
    ("The firm hired a consultant who says the market is weak, but the board is optimistic.", "the market is weak"),
    # The cue's clause is not the last thing of the writer's clause.
    ("Voters backed the mayor, who said the budget was balanced, and the council approved it.", "the budget was balanced"),
    # A right span stays right: the cue's own second that-clause.
    ("The minister said that the plan was sound and that the city would pay for it.", "the plan was sound and that the city would pay for it"),
])
def test_quotes_ends16_matrix_conjunct_negatives(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


# ---------------------------------------------------------------- a quotation inside the clause before 'according to'

POSTPOSED_CLAUSES = [
    ('From July the scheme\'s rules will be changed to ensure that the scheme "continues to be well targeted," according to the minister.',
     'From July the scheme\'s rules will be changed to ensure that the scheme "continues to be well targeted,"'),
    ('Each city will set up working groups that will "set clear goals" and "report every year on progress," according to a council statement.',
     'Each city will set up working groups that will "set clear goals" and "report every year on progress,"'),
    ('The new law gives the regulator "far wider powers than before," according to Ann Reyes.',
     'The new law gives the regulator "far wider powers than before,"'),
]


@pytest.mark.parametrize(("text", "content"), POSTPOSED_CLAUSES)
def test_quotes_ends16_postposed_clause_mixed(quotes_of, text, content):
    df = quotes_of(text)
    assert _has(df, content, "mixed"), _rows(df)


@pytest.mark.parametrize(("text", "content"), [
    # The quotation opens its clause (after a comma): direct.
    ('In a statement, "We will appeal the ruling," according to the company.', "We will appeal the ruling,"),
    ('"We will appeal the ruling," according to the company.', "We will appeal the ruling,"),
    # Quotations in the clause of another cue are that cue's.
    ('The agency wrote back saying that "the cards are ready," and "voters have stopped coming," according to its spokeswoman.',
     "voters have stopped coming,"),
])
def test_quotes_ends16_postposed_clause_negatives(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


def test_quotes_ends16_postposed_clause_cue_with_particle(quotes_of):
    # 'calls for "..."': the quotation is introduced by the cue before it, not part of the writer's clause.
    text = ('Despite the delays, the draft accord calls for "We ask every member to cut emissions by a third before 2030," '
            "according to the summit's declaration.")
    df = quotes_of(text)
    assert not any(k == "mixed" and t.startswith("Despite") for t, k in df[["text", "kind"]].values.tolist()), _rows(df)
