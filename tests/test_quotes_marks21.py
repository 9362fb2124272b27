"""Quotation marks at a paragraph break and names written with an 's of their own (marks21).

1. A reported clause ends with the quotation's paragraph: when the parser runs a sentence on into
   the next paragraph, the next paragraph's first words are no continuation of the statement
   (the quotation stays a direct quote). The multi-paragraph convention holds: each paragraph
   opens with a mark and only the last closes; a mark left open whose next paragraph does not
   open with one pairs with nothing and is reported (`QuoteMarkWarning`).
2. An organisation whose name ends in 's (the 's possessing nothing: 'X's said', 'at X's') keeps
   it as its canonical name; a possessive ('X's chief executive', a person's 's) is dropped.
Every sentence is our own.
"""

import warnings

import pytest
from spacy.tokens import Doc

from newslab.entities import extract_entities
from newslab.quotes.extract import QuoteMarkWarning, extract_quotes
from newslab.quotes.marks import pair_quote_marks


# -- 1. a paragraph break ends the statement -------------------------------------------------------


def _run_on(doc: Doc) -> Doc:
    """``doc`` with the parse run on over the paragraph break, as the parser sometimes does: the next
    paragraph's main verb hangs on the reporting verb as a ``conj``."""
    cue = next(t for t in doc if t.lemma_ in ("say", "tell"))
    second = [t for t in doc if t.dep_ == "ROOT"][-1]
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    heads[second.i], deps[second.i] = cue.i, "conj"
    for t in doc:
        if t.is_space and "\n" in t.text:
            heads[t.i], deps[t.i] = t.i - 1, "dep"
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ != "O" else "O" for t in doc]
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], tags=[t.tag_ for t in doc],
               pos=[t.pos_ for t in doc], lemmas=[t.lemma_ for t in doc], heads=heads, deps=deps, ents=ents)


def test_marks21_statement_ends_with_its_paragraph_real_parse(nlp):
    # The small model runs this sentence on into the next paragraph by itself (the glued typo 'portsis').
    text = ('He says "everything the crews do in portsis associated with danger."\n\nOn May 3rd, opposition leader '
            "Tom Reed criticised the plan, as the ships are recalled.")
    rows = extract_quotes(nlp(text))
    assert list(zip(rows.text, rows.kind, rows.speaker)) == [("everything the crews do in portsis associated with danger.", "direct", "He")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The mayor met residents.\n\nHe says "the budget will be balanced by next year."'
            "\n\nOn Wednesday, councillor Jo Park attacked the plan, as services are cut.",
            [("the budget will be balanced by next year.", "direct", "He")],
        ),
        (
            'She said "nobody here was consulted about the closure."\n\nIn March, the hospital board approved the merger.',
            [("nobody here was consulted about the closure.", "direct", "She")],
        ),
        (
            'He told reporters "the knee is fine and he will play."\n\nLast season, the team finished third in the league.',
            [("the knee is fine and he will play.", "direct", "He")],
        ),
    ],
)
def test_marks21_statement_ends_with_its_paragraph(nlp, text, expected):
    rows = extract_quotes(_run_on(nlp(text)))
    assert list(zip(rows.text, rows.kind, rows.speaker)) == expected


def test_marks21_reopened_paragraphs_pair_as_one_quotation():
    text = 'The union leader spoke.\n\n"We have waited three years.\n\n"The pay is too low.\n\n"We will strike," she said.'
    marks, unpaired = pair_quote_marks(text)
    assert [(text[m.start : m.end], m.continues) for m in marks] == [
        ("We have waited three years.", True),
        ("The pay is too low.", True),
        ("We will strike,", False),
    ]
    assert unpaired == []


@pytest.mark.parametrize(
    "text",
    [
        'The minister said "the funds will arrive soon.\n\nThe opposition called the promise empty.',
        'She said "the plan is dead.\n\nThe vote is on Friday. Critics called it "a farce".',
    ],
)
def test_marks21_mark_left_open_at_paragraph_end_is_unpaired(nlp, text):
    marks, unpaired = pair_quote_marks(text)
    assert unpaired == [text.index('"')]
    assert all(m.open != text.index('"') for m in marks)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        extract_quotes(nlp(text))
    assert any(issubclass(w.category, QuoteMarkWarning) for w in caught)


# -- 2. names written with an 's of their own --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("McDonald's said the new menu would reach all branches by June.", ["McDonald's"]),
        ("Sainsbury's said it would close twelve stores next year.", ["Sainsbury's"]),
        ("Shoppers queued outside Sainsbury's on Saturday. Sainsbury's said the delays were caused by a power cut.", ["Sainsbury's"]),
    ],
)
def test_marks21_own_s_name_keeps_it(nlp, text, expected):
    assert extract_quotes(nlp(text)).speaker_canonical.tolist() == expected


def test_marks21_own_s_entity_canonical(nlp):
    ents = extract_entities(nlp("Shoppers queued outside Sainsbury's on Saturday. Sainsbury's said the delays were caused by a power cut."))
    assert set(ents[ents.text.str.startswith("Sainsbury")].canonical) == {"Sainsbury's"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acme's shares fell after the report. Acme said it would appeal.", "Acme"),
        ("Tesco's chief executive said the chain would hire 2,000 staff. Tesco's profits rose.", "Tesco"),
        ("Obama's spokesman said the president would sign the bill.", "Obama"),
    ],
)
def test_marks21_possessive_still_dropped(nlp, text, name):
    ents = extract_entities(nlp(text))
    assert set(ents[ents.text.str.startswith(name)].canonical) == {name}
