"""Audit 16 (25 unseen Wikinews articles): speakers' titles.

A hyphenated role is one word: the parser splits 'vice-president' into three siblings under
the name ('vice', '-', 'president') and the title came out as 'vice' or 'co'. A title never
takes words from the paragraph before the name: a heading or the last words of the paragraph
before ('..., D-Fla.\n\nBarry Myers, executive vice president of ...') were read as the title.

Both classes also occur in the retired gold sets' output (fresh-d32, g40, h40, i40). Every
sentence here is our own; none is from the corpus.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_row


@pytest.mark.parametrize(
    "text, needle, speaker, title",
    [
        ('"We did not want this," said Aurel Cornea, vice-president of the Teachers\' Union.', "We did not want this", "Aurel Cornea", "vice-president of the Teachers' Union"),
        ("Anna Holt, co-founder of the tenants' group, said the plan was flawed.", "the plan was flawed", "Anna Holt", "co-founder of the tenants' group"),
        ('"Let them talk," said Omar Haddad, a co-founder of the movement.', "Let them talk", "Omar Haddad", "co-founder of the movement"),
        ("Maria Lopez, editor-in-chief of the Valley Herald, said the paper would appeal.", "the paper would appeal", "Maria Lopez", "editor-in-chief of the Valley Herald"),
    ],
)
def test_quotes_audit16_hyphenated_role_is_the_whole_word(quotes_of, text, needle, speaker, title):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker"] == speaker
    assert row["speaker_title"] == title


@pytest.mark.parametrize(
    "text, needle, speaker, title",
    [
        ('"The bill is bad," said Dan Lee, a spokesman for Sen. Ann Ross, D-Fla.\n\nBarry Myers, executive vice president of Skycast, said "the bill would help".',
         "the bill would help", "Barry Myers", "executive vice president of Skycast"),
        ("Responses\n\nJohn Hagee said the board had acted too late.", "the board had acted too late", "John Hagee", ""),
        ("The hearing ended without a vote.\n\nPeter Olsen, the council's planning chief, told reporters the scheme was on hold.",
         "the scheme was on hold", "Peter Olsen", "the council's planning chief"),
    ],
)
def test_quotes_audit16_title_stays_in_the_names_paragraph(quotes_of, text, needle, speaker, title):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker"] == speaker
    assert "\n" not in row["speaker_title"]
    assert row["speaker_title"] == title


@pytest.mark.parametrize(
    "text, needle, title",
    [
        # a hyphen inside a name or a number is not a role: unchanged
        ("Jean-Paul Martin, a senior adviser, said the talks had stalled.", "the talks had stalled", "senior adviser"),
        ("Health Minister Sarah Lim said the clinic would reopen.", "the clinic would reopen", "Health Minister"),
        ("Vice-President Ana Ruiz said the budget was balanced.", "the budget was balanced", "Vice-President"),
    ],
)
def test_quotes_audit16_title_rules_leave_other_roles(quotes_of, text, needle, title):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_title"] == title
