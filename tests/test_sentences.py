"""Sentence repair: quotations are not cut, closing marks never start a sentence."""

from __future__ import annotations

import pytest

from newslab.sentences import extract_sentences, paragraph_starts, quotation_regions, sentence_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” she said. It rained.", ["“We will win,” she said.", "It rained."]),
        ('"We will win," she said. "It is over." Then he left.', ['"We will win," she said.', '"It is over."', "Then he left."]),
        # A multi-sentence quotation stays in one sentence unit.
        ('He said: "The U.S. economy is fine. We are strong." Nobody agreed.', ['He said: "The U.S. economy is fine. We are strong."', "Nobody agreed."]),
        ("The minister said: “Prices will fall. Wages will rise.” Critics doubt it.", ["The minister said: “Prices will fall. Wages will rise.”", "Critics doubt it."]),
        # Apostrophes and single quotes are not quotation marks.
        ("It's the voters' choice. Mr. Smith went to Washington.", ["It's the voters' choice.", "Mr. Smith went to Washington."]),
        # An unbalanced mark does not swallow the rest of the paragraph.
        ('"Unbalanced here. And it goes on. Forever.', ['"Unbalanced here.', "And it goes on.", "Forever."]),
    ],
)
def test_sentences_quotation_repair(nlp, text, expected):
    assert extract_sentences(nlp(text)).text.tolist() == expected


def test_sentences_closing_mark_never_starts_a_sentence(nlp):
    texts = [
        "“The deal is done.” Officials confirmed it later.",
        "She wrote: “It was a disaster.” The board resigned.",
        '"Nobody expected this." The mayor paused. "Nobody."',
    ]
    for text in texts:
        for sent in extract_sentences(nlp(text)).text:
            assert not sent.startswith("”")
            assert sent.count('"') % 2 == 0 or sent.count('"') == 0


def test_sentences_never_cross_paragraphs(nlp):
    text = "First paragraph has no full stop\n\nSecond paragraph starts here. It continues."
    df = extract_sentences(nlp(text))
    assert df.text.tolist() == ["First paragraph has no full stop", "Second paragraph starts here.", "It continues."]
    assert df.paragraph_id.tolist() == [0, 1, 1]


def test_sentences_offsets_round_trip_and_counts(nlp):
    text = "  Leading space. “Quoted words,” he said.\n\nNew paragraph, 3 words?  "
    df = extract_sentences(nlp(text))
    for row in df.itertuples():
        assert text[row.start_char : row.end_char] == row.text
        assert row.text == row.text.strip()
    assert df.n_words.tolist() == [2, 4, 4]
    assert df.sent_id.tolist() == list(range(len(df)))


def test_sentences_single_newline_paragraphs():
    assert paragraph_starts("One.\nTwo.\nThree.") == [0, 5, 10]
    assert paragraph_starts("One.\n\nTwo.\nstill two.") == [0, 6]


def test_sentences_quotation_regions_pair_by_type():
    text = "He said “yes” and \"no\" and 'maybe' and it's fine. «Oui», dit-il."
    regions = quotation_regions(text)
    assert [text[a : b + 1] for a, b in regions] == ["“yes”", '"no"', "«Oui»"]


def test_sentences_spans_cached_on_doc(nlp):
    doc = nlp("One sentence. Two sentences.")
    assert sentence_spans(doc) is sentence_spans(doc)


def test_sentences_empty_and_whitespace_docs(nlp):
    assert extract_sentences(nlp("")).empty
    assert extract_sentences(nlp("   \n\n  ")).empty
