"""Statement forms read in 0.9.0: single-quoted direct speech, free relatives that name
something in a source's words, quotations continued over paragraphs with marks of two families.

Counted on every annotated set and 300 unannotated corpus articles (benchmarks/quote_forms.py;
docs/quote-spans.md, "0.9.0: statement forms"). Negatives must not become statements:
apostrophes, scare quotes, song and film titles in single quotes, nested single quotes.
"""

from __future__ import annotations

import pytest


def _rows(df):
    return df[["text", "kind", "cue", "speaker"]].values.tolist()


SINGLE_QUOTED = [
    ("Mr Hughes said, 'We want to work with the council, but it cannot expect us to stay silent.'",
     "We want to work with the council, but it cannot expect us to stay silent.", "Hughes"),
    ("The head teacher said: 'If the county wants better results, it should fund more teachers.'",
     "If the county wants better results, it should fund more teachers.", "The head teacher"),
    ("Ms Okafor confirmed the talks had ended, adding 'The decision on pay is a matter for the board.'",
     "The decision on pay is a matter for the board.", "Ms Okafor"),
    ("'We will keep the ward open as long as we can,' the hospital's director said.",
     "We will keep the ward open as long as we can,", "the hospital's director"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SINGLE_QUOTED)
def test_quotes_forms15_single_quoted_speech(quotes_of, text, content, speaker):
    df = quotes_of(text)
    hit = df[df["text"] == content]
    assert len(hit) == 1, _rows(df)
    assert hit["kind"].iloc[0] == "direct"
    assert speaker in hit["speaker"].iloc[0], _rows(df)


NOT_SPEECH = [
    # apostrophes, possessives and contractions
    "The players' union said the season's schedule would not change.",
    "Fans of rock 'n' roll queued outside the theatre's doors for hours.",
    # a song or film title in single quotes
    "The band played 'Yellow Submarine' and 'Hey Jude' before the encore.",
    "Critics praised the film 'Gone With The Wind,' which was restored last year.",
    # scare quotes
    "The agency described the measures as 'temporary' and said nothing more.",
    "Officials called the camp a 'transit facility', a term lawyers reject.",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_quotes_forms15_single_quotes_not_speech(quotes_of, text):
    df = quotes_of(text)
    assert not any(k == "direct" for k in df["kind"]), _rows(df)


def test_quotes_forms15_single_inside_double_stays_inside(quotes_of):
    text = ('The driver said: "He shouted at me, \'Get out of the car now, all of you!\' and then he ran off."')
    df = quotes_of(text)
    assert len(df) == 1, _rows(df)
    assert df["text"].iloc[0].startswith("He shouted at me")


FREE_RELATIVES = [
    ('Mayor Ray Nagin told residents they "need to be scared" in what he calls "the mother of all storms".',
     ['they "need to be scared"', "the mother of all storms"]),
    ('The Herald uncovers what it calls "a quiet lobbying campaign" by the energy minister.',
     ["a quiet lobbying campaign"]),
    ("Arar spent ten months in what he described as torture in a Syrian prison.",
     ["torture"]),
    ('The union staged what it called a "day of action" against the pension cuts.',
     ['a "day of action"']),
]


@pytest.mark.parametrize(("text", "contents"), FREE_RELATIVES)
def test_quotes_forms15_free_relative_name(quotes_of, text, contents):
    df = quotes_of(text)
    got = df["text"].tolist()
    for c in contents:
        assert c in got, _rows(df)


FREE_RELATIVE_NEGATIVES = [
    # 'what' as the thing done or said, no naming verb
    "The council did what it could to keep the library open.",
    # a naming verb with its own object: 'called it ...' without a quotation is no statement
    "She called the meeting to order at nine.",
    # an interrogative clause, not a name
    "Reporters asked what he called the new policy, but he did not answer.",
]


@pytest.mark.parametrize("text", FREE_RELATIVE_NEGATIVES)
def test_quotes_forms15_free_relative_negatives(quotes_of, text):
    df = quotes_of(text)
    assert df.empty or not any(c == "called" for c in df["cue"]), _rows(df)


def test_quotes_forms15_continued_mixed_families(quotes_of):
    text = ('Transport Minister Anna Reyes said: “The tram line has been a great success. It gives people quicker '
            'access to the centre.\n\n"Last year we asked the council to look again at the cost of the extension.'
            '\n\n"By finding savings, I can confirm that the project can move forward.”\n\nThe council welcomed the news.')
    df = quotes_of(text)
    assert len(df) == 3, _rows(df)
    assert all("Anna Reyes" in s for s in df["speaker"]), _rows(df)
    assert df["text"].iloc[1].startswith("Last year we asked")


def test_quotes_forms15_unclosed_then_new_quotation_other_family(quotes_of):
    # A paragraph that closes its quotation is not continued by the next one.
    text = ('“We are ready,” the coach said.\n\n"The team trained all week," the captain added.')
    df = quotes_of(text)
    assert sorted(df["speaker"].tolist()) == ["the captain", "the coach"], _rows(df)


NAME_INSIDE_STATEMENT = [
    # an argument of the verb, not a setting: the statement keeps the name
    ('The governor said the economy would recover from what she called "the worst winter in memory".',
     'the economy would recover from what she called "the worst winter in memory"'),
    ('The minister said the country was in what he called "a deep crisis".',
     'the country was in what he called "a deep crisis"'),
    ('He said Israel will discuss security with the president, including what he described as the ongoing "terror" from Gaza.',
     'Israel will discuss security with the president, including what he described as the ongoing "terror" from Gaza'),
]


@pytest.mark.parametrize(("text", "content"), NAME_INSIDE_STATEMENT)
def test_quotes_forms15_free_relative_argument_kept(quotes_of, text, content):
    df = quotes_of(text)
    assert content in df["text"].tolist(), _rows(df)
    assert len(df) == 2, _rows(df)  # and the name is a row of its own


def test_quotes_forms15_quoted_modifier_keeps_its_noun(quotes_of):
    df = quotes_of('Putin criticised the United States for what he called its "almost uncontained" use of force in the world.')
    assert 'its "almost uncontained" use of force in the world' in df["text"].tolist(), _rows(df)
