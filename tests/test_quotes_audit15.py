"""Audit 15 (25 unseen Wikinews articles): a participial cue the parser hung on the 'of' phrase
inside a statement verb's object, and mixed spans that stopped at a closing mark although the
quoted phrase goes on after it.

Both classes also occur in the retired gold sets (fresh-d32 ... fresh-j40). Every sentence here
is our own; none is from the corpus.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_row


# --- a participle hung on the noun a statement is about --------------------------------------


@pytest.mark.parametrize(
    "text, needle, speaker",
    [
        ("Administration official Susan Schwab urged renewal of the trade authority warning that the country could lose new markets.", "the country could lose", "Susan Schwab"),
        ("The mayor opposed the privatisation of the water board claiming that bills would double.", "bills would double", "The mayor"),
        ("Residents criticised the merger of the two police forces arguing that rural areas would lose out.", "rural areas would lose out", "Residents"),
    ],
)
def test_quotes_audit15_participle_on_object_of_phrase_is_the_subjects(quotes_of, text, needle, speaker):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker"] == speaker


@pytest.mark.parametrize(
    "text, needle, speaker",
    [
        # a comma: the participle already went to the subject
        ("The minister praised the work of the charity, saying it had saved lives.", "it had saved lives", "The minister"),
        # the object's own noun can speak: not moved
        ("Shareholders demanded the break-up of the company warning that the share price would keep falling.", "the share price would keep falling", "Shareholders"),
        # not a statement verb: the rule does not apply, the subject still speaks
        ("The mayor met the members of the board saying that she wanted a quick decision.", "she wanted a quick decision", "The mayor"),
    ],
)
def test_quotes_audit15_participle_rule_leaves_other_subjects(quotes_of, text, needle, speaker):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker"] == speaker


# --- a mixed span goes on through the rest of the quoted phrase -------------------------------


@pytest.mark.parametrize(
    "text, content",
    [
        ('The minister accused the opposition of "hijacking" the debate on housing.', 'the opposition of "hijacking" the debate on housing'),
        ('Iran\'s foreign minister called Israel a "terrorist" country.', 'Israel a "terrorist" country'),
        ('The Taoiseach told BBC News that he hoped the kidnappers would bear in mind he was "an Irish person not involved in any way" with the Iraqi conflict.',
         # (quoted19: a belief inside a report is a word of the outer statement, as in the unquoted form)
         'he hoped the kidnappers would bear in mind he was "an Irish person not involved in any way" with the Iraqi conflict'),
    ],
)
def test_quotes_audit15_mixed_span_completes_the_quoted_phrase(quotes_of, text, content):
    row = quote_row(quotes_of(text), content.split('"')[1])
    assert row["kind"] == "mixed"
    assert row["text"] == content


@pytest.mark.parametrize(
    "text, content",
    [
        ('The president called the report "fake news" on Twitter.', 'the report "fake news"'),
        ('She called the plan "a disaster" in a statement on Monday.', 'the plan "a disaster"'),
        ('The mayor said residents were "fed up with waiting" for a new bridge.', 'residents were "fed up with waiting" for a new bridge'),
    ],
)
def test_quotes_audit15_mixed_span_leaves_writer_adjuncts_out(quotes_of, text, content):
    row = quote_row(quotes_of(text), content.split('"')[1])
    assert row["text"] == content
