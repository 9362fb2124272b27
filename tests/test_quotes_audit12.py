"""Audit 12 (25 unseen Wikinews articles): quotation marks of two styles, organisations named
by the last words of their name, and abbreviations the text defines in parentheses.

Every sentence here is our own; none is from the corpus.
"""

from __future__ import annotations

import pytest

from newslab.quotes.marks import pair_quote_marks
from newslab.quotes.parse import _defined_abbreviations


# --- marks of two styles --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, contents",
    [
        # a curly opening mark closed by a straight one
        ('The mayor said, “We will rebuild the bridge by May".', ["We will rebuild the bridge by May"]),
        ('Anna Berg said: “The clinic stays open." She then left.', ["The clinic stays open."]),
        ('He wrote "We thank you."\n\n“With this grant, the library can open on Sundays" Berg said.', ["We thank you.", "With this grant, the library can open on Sundays"]),
        # a straight opening mark closed by a curly one, a straight quotation after it
        ('"The council has cut the budget again,” said Tom Hale. "Families will pay for it."', ["The council has cut the budget again,", "Families will pay for it."]),
        ('"The port will close,” she said, and "nobody told us" was the reply.', ["The port will close,", "nobody told us"]),
        # unchanged: marks of one style, and straight marks nested in a curly quotation
        ('She said “it is "fine" by me” and left.', ['it is "fine" by me']),
        ('He said "yes." It\'s “fine”, and "no".', ["yes.", "fine", "no"]),
    ],
)
def test_quotes_audit12_mixed_style_marks_pair(text, contents):
    marks, unpaired = pair_quote_marks(text)
    assert [text[m.start : m.end] for m in marks] == contents
    assert unpaired == []


@pytest.mark.parametrize(
    "text",
    [
        '“He called it "a disaster" and left',  # the straight closer closes the nested quotation, not the curly one
        '“It is a "fair" deal," she said, “and a good one”',  # a straight mark after a nested quotation
        '“The plan is sound" and it is fair”',  # a curly closer follows: the straight mark is not the closer
    ],
)
def test_quotes_audit12_mixed_style_needs_a_free_closer(text):
    marks, _ = pair_quote_marks(text)
    assert all(text[m.open] != "“" or text[m.close] == "”" for m in marks if m.close >= 0)


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ('Jana Kovac, a spokeswoman for the ferry company, said, “We are thrilled that the route survived".', "We are thrilled that the route survived", "Jana Kovac"),
        ('"The hospital will need two more years,” said Peter Lund. "We have no other choice."', "The hospital will need two more years,", "Peter Lund"),
    ],
)
def test_quotes_audit12_mixed_style_quote_is_direct(quotes_of, text, content, speaker):
    q = quotes_of(text)
    row = q[q.text == content]
    assert len(row) == 1, q[["text", "kind"]]
    assert row.kind.iloc[0] == "direct"
    assert row.speaker_canonical.iloc[0] == speaker


# --- organisations named by the last words of their name -------------------------------------


@pytest.mark.parametrize(
    "text, content, canonical, kind",
    [
        ("The Buffalo News is reporting that union leaders met on Wednesday. The News is reporting that employees are upset about the wage freeze.", "employees are upset about the wage freeze", "Buffalo News", "media"),
        ("The Harbour Valley News reported that the mill would close. The News said 200 jobs would go.", "200 jobs would go", "Harbour Valley News", "media"),
        # a paper named after its town is no branch of a body named by the short form
        ("Flooding hit Halden on Monday. The Halden Courier reported that the mill would close. The Courier said 200 jobs would go.", "200 jobs would go", "Halden Courier", "media"),
        ("Flooding hit Buffalo on Monday. The Buffalo News reported that the mill would close. The News said 200 jobs would go.", "200 jobs would go", "Buffalo News", "media"),
        ("Acme Holdings announced a merger with Bolt Industries on Monday. Industries said the deal was fair.", "the deal was fair", "Bolt Industries", "organization"),
        ('The Sunday Times reported that 44,000 were displaced. "It was a grave moment," The Sunday Times says.', "It was a grave moment,", "Sunday Times", "media"),
    ],
)
def test_quotes_audit12_org_tail_takes_full_name(quotes_of, text, content, canonical, kind):
    q = quotes_of(text)
    row = q[q.text == content]
    assert len(row) == 1, q[["text", "speaker"]]
    assert (row.speaker_canonical.iloc[0], row.speaker_type.iloc[0]) == (canonical, kind)


def test_quotes_audit12_outlet_of_its_own_keeps_its_name(quotes_of):
    # 'The Times' is a paper of its own, not a short form of The New York Times.
    q = quotes_of('The New York Times reported the deal on Monday. "It is a fair deal," The Times says.')
    row = q[q.text == "It is a fair deal,"]
    assert row.speaker_canonical.tolist() == ["Times"]


# --- abbreviations defined in parentheses ---------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Kestrel Bay Transit Authority (KBTA) cut routes.", {"KBTA": "Kestrel Bay Transit Authority"}),
        ("Fiat Chrysler Automobiles US (FCA US) recalled cars.", {"FCA US": "Fiat Chrysler Automobiles US"}),
        ("On Friday Nordic Wind Energy Company (NWEC) opened a plant.", {"NWEC": "Nordic Wind Energy Company"}),
        ("The Movement for Democratic Change (MDC) met.", {"MDC": "Movement for Democratic Change"}),
        ("Shares of Acme (ACM) rose.", {}),  # one word is no name to abbreviate
        ("The Harbour Board (KBTA) met.", {}),  # the letters do not start the name
        ("The Harbour Board (HB) met. The Harbour Bank (HB) rose.", {}),  # defined twice, differently
        ("The race in Kestrel Bay (pictured) was won.", {}),
        ("Members of the Liberation Front of Kestria (FLK) met.", {}),  # letters of another language's name
        ("Yesterday the Harbour Bank Group (HBG) fell.", {"HBG": "Harbour Bank Group"}),
    ],
)
def test_quotes_audit12_defined_abbreviations(text, expected):
    assert _defined_abbreviations(text) == expected


@pytest.mark.parametrize(
    "text, content, canonical",
    [
        ("Fiat Chrysler Automobiles US (FCA US) recalled 7,810 cars on Friday. FCA US said the flaw needed expert knowledge.", "the flaw needed expert knowledge", "Fiat Chrysler Automobiles US"),
        ("Fiat Chrysler Automobiles US (FCA US) recalled 7,810 cars on Friday. FCA US said the flaw needed expert knowledge. They said no one was hurt.", "no one was hurt", "Fiat Chrysler Automobiles US"),
        ("The Kestrel Bay Transit Authority (KBTA) cut two routes on Monday. KBTA said the buses were too old.", "the buses were too old", "Kestrel Bay Transit Authority"),
        ("Volkswagen Group of America (VW America) recalled 500 cars. VW America said the fix was simple.", "the fix was simple", "Volkswagen Group of America"),
    ],
)
def test_quotes_audit12_abbreviation_takes_full_name(quotes_of, text, content, canonical):
    q = quotes_of(text)
    row = q[q.text == content]
    assert len(row) == 1, q[["text", "speaker"]]
    assert row.speaker_canonical.iloc[0] == canonical
    assert row.speaker_type.iloc[0] == "organization"


@pytest.mark.parametrize(
    "text, content, column, value",
    [
        # the longer name adds a place: a branch of the body, not the body named by the short form
        ("Rob Kerin, leader of the South Australian Liberal Party, conceded defeat in South Australia. Anna Berg, leader of the Liberal Party in Tasmania, said the result was not unexpected.", "the result was not unexpected", "speaker_org", "Liberal Party"),
        ("Mark Olsen of the Kestrel Bay Green Party spoke on Monday in Kestrel Bay. The Green Party said the vote was a warning.", "the vote was a warning", "speaker_canonical", "Green Party"),
    ],
)
def test_quotes_audit12_place_branch_is_not_the_short_name(quotes_of, text, content, column, value):
    q = quotes_of(text)
    row = q[q.text == content]
    assert row[column].tolist() == [value]
