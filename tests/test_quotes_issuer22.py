"""Documents named by their own name or by the body in front of them (0.15.0 work, issuer22), on sentences of our own.

- A capitalised name the entity model tags as an organisation whose last word is a document head
  (``_TITLED_DOCUMENTS``: Report, Memo, Memorandum, Statement, Letter, Dossier, Communique) is a
  document whose canonical is its own name; a later 'the report' / 'the memo' with the same head
  takes that name (dev guideline S2: named documents keep their own names).
- A bare body word in front of a document ('a military statement', 'the union statement',
  "the company's statement") is read as the speaker 'the <word>' would be: the body named before.
- 'A spokesman for X released a statement saying ...': the statement is X's.
"""

from __future__ import annotations

import pytest


def _docs(df):
    return [(r.speaker, r.speaker_canonical, r.speaker_type) for r in df.itertuples() if r.speaker_type == "document"]


NAMED = [
    ("The Kestrel Harbour Memo is a leaked internal document from the port authority.\n\n"
     "The memo states that the dredging contract was awarded without a tender.",
     [("The memo", "Kestrel Harbour Memo", "document")]),
    ("The Brightwater Flood Report was published on Tuesday after a two-year inquiry.\n\n"
     "The report says that the river defences failed in three places.",
     [("The report", "Brightwater Flood Report", "document")]),
    ("The council's Northshore Transport Report says that bus use fell by a third last year.",
     [("The council's Northshore Transport Report", "Northshore Transport Report", "document")]),
]


@pytest.mark.parametrize("text,rows", NAMED)
def test_named_document(quotes_of, text, rows):
    assert _docs(quotes_of(text)) == rows


MODIFIER = [
    ("The Canadian military said that two soldiers were injured in the blast. "
     '"The patrol returned fire and withdrew," a military statement said.',
     [("a military statement", "Canadian military", "document")]),
    ("The Kestrel Bay Tenants Union called a rent strike on Monday. "
     "Forty families have joined the strike, according to the union statement.",
     [("the union statement", "Kestrel Bay Tenants Union", "document")]),
    ("The Australian army said that the convoy was attacked near the border. "
     '"Two vehicles were damaged," an army statement said.',
     [("an army statement", "Australian army", "document")]),
    ("Harbour Wire Holdings said on Monday that its profits had fallen. "
     "The company's statement said that forty jobs would go.",
     [("The company's statement", "Harbour Wire Holdings", "document")]),
]


@pytest.mark.parametrize("text,rows", MODIFIER)
def test_body_word_in_front_of_document(quotes_of, text, rows):
    assert _docs(quotes_of(text)) == rows


SPOKESMAN = [
    ("A spokesman for the ministry released a statement saying that the bridge would reopen in May.",
     [("a statement", "ministry", "document")]),
    ("A spokeswoman for Harbour Wire Holdings issued a statement saying that the sale had been completed.",
     [("a statement", "Harbour Wire Holdings", "document")]),
]


@pytest.mark.parametrize("text,rows", SPOKESMAN)
def test_statement_released_for_a_body(quotes_of, text, rows):
    assert _docs(quotes_of(text)) == rows


UNCHANGED = [
    # a document head inside a longer name is no document's name
    ("The Harbour Report Group said that the senator would resign.", []),
    # a bare body word with nothing named before it names no issuer
    ("Forty families have joined the strike, according to a union statement.",
     [("a union statement", "", "document")]),
    # a spokesperson named in the phrase: not read as the body's statement here
    ("A spokesman for Harbour Wire Holdings, Tom Reed, issued a statement saying that the sale was complete.",
     [("a statement", "", "document")]),
]


@pytest.mark.parametrize("text,rows", UNCHANGED)
def test_unchanged(quotes_of, text, rows):
    assert _docs(quotes_of(text)) == rows
