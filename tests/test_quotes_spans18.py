"""Statement ends and layered sources (0.12.0 work, spans18), on sentences of our own.

- two reporting participles joined by 'and'/'but' ('saying that A, and firmly stating that B') are
  two statements of the same speaker, each under its own cue, however the parser hung the second;
- a second that-clause after ', but that' that the parser joined to the cue goes on the report
  even when its subject is misparsed (not a second source's report: 'and that officials said');
- a '+' the tokenizer split off a rating ('rated R18+') is part of its word;
- 'X quotes Y at the scene saying' and 'X quoted Y saying' give Y (the innermost source, Q7);
- 'X was reported by Y to have described/said ...' gives X, the content of the inner cue;
- 'according to information' with no source, inside another cue's clause, is no speaker;
- a quotation with its own postposed cue ('documents said; "...," wrote an officer') is that
  speaker's direct quotation.

Negatives must keep their rows as they are.
"""

from __future__ import annotations

import warnings

import pytest


def _rows(df):
    return [tuple(r) for r in df[["text", "cue", "speaker"]].values.tolist()]


# ---------------------------------------------------------------- coordinated reporting participles

COORDINATED = [
    ("The minister gave a short speech in the capital, saying that she was pleased with the result, and firmly "
     "stating that no money had been paid to the kidnappers.",
     [("she was pleased with the result", "saying", "The minister"),
      ("no money had been paid to the kidnappers", "stating", "The minister")]),
    ('The governor made a statement outside the courthouse, saying that she was "relieved" that the jury had '
     'reached a verdict, and firmly stating that "no pressure" had been put on the witnesses.',
     [('she was "relieved" that the jury had reached a verdict', "saying", "The governor"),
      ('"no pressure" had been put on the witnesses', "stating", "The governor")]),
    # already two rows before; must stay so
    ("The coach spoke to reporters after the match, saying that the team had played well, and adding that two "
     "players would miss the final.",
     [("the team had played well", "saying", "The coach"), ("two players would miss the final", "adding", "The coach")]),
]


@pytest.mark.parametrize("text,rows", COORDINATED)
def test_coordinated_participles_are_two_statements(quotes_of, text, rows):
    assert _rows(quotes_of(text)) == rows


def test_progressive_verb_of_the_clause_is_not_coordinated_with_the_cue(quotes_of):
    # 'were reviewing ... and stating': the auxiliary is shared; the participle is the officials' act.
    rows = _rows(quotes_of("The mayor said officials were reviewing the plan and stating that it would be ready by June."))
    assert rows == [("it would be ready by June", "stating", "officials")]


# ---------------------------------------------------------------- ', but that B'

BUT_THAT = [
    ("The intelligence officer said he objected, but that when they raided the house a senior sergeant, who was "
     "the team leader, seized her anyway.",
     "he objected, but that when they raided the house a senior sergeant, who was the team leader, seized her anyway"),
    ("The witness said she had warned the guards, but that after the gates opened the crowd pushed past them.",
     "she had warned the guards, but that after the gates opened the crowd pushed past them"),
    ("The pilot told investigators he saw the warning light, and that during the descent the second engine failed.",
     "he saw the warning light, and that during the descent the second engine failed"),
]


@pytest.mark.parametrize("text,content", BUT_THAT)
def test_second_that_clause_goes_on_the_report(quotes_of, text, content):
    assert [r[0] for r in _rows(quotes_of(text))] == [content]


def test_second_that_clause_with_its_own_source_stays_apart(quotes_of):
    rows = _rows(quotes_of("The deputy minister disclosed that the talks had stalled, and that foreign diplomats have "
                           "privately said that a deal is unlikely."))
    assert rows[0] == ("the talks had stalled", "disclosed", "The deputy minister")
    assert ("a deal is unlikely", "said", "foreign diplomats") in rows


# ---------------------------------------------------------------- a '+' split off a word

def test_split_plus_is_part_of_its_word(nlp):
    from newslab.errors import QuoteMarkWarning
    from newslab.quotes import extract_quotes

    doc = nlp("Minister Patel said the government intends to prohibit games rated R18+ and restrict access to other titles.")
    said = next(t for t in doc if t.text == "said")
    plus = next(t for t in doc if t.text == "+")
    # The parse the full-article context gave: the '+' and the verb after it hung on the cue.
    plus.head, plus.dep_ = said, "punct"
    doc[plus.i + 1].head, doc[plus.i + 1].dep_ = said, "cc"
    doc[plus.i + 2].head, doc[plus.i + 2].dep_ = said, "conj"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QuoteMarkWarning)
        df = extract_quotes(doc)
    assert df["text"].tolist() == ["the government intends to prohibit games rated R18+ and restrict access to other titles"]


# ---------------------------------------------------------------- layered sources

RELAYS = [
    ("The news agency quotes doctors at the hospital saying several of the wounded are in a serious condition.",
     ("several of the wounded are in a serious condition", "doctors")),
    ("The agency quoted police officers saying two suspects had been arrested.",
     ("two suspects had been arrested", "police officers")),
    ("The newspaper quoted a senior official in the ministry saying that the budget would be cut.",
     ("the budget would be cut", "a senior official in the ministry")),
]


@pytest.mark.parametrize("text,row", RELAYS)
def test_quotes_x_saying_gives_the_quoted_source(quotes_of, text, row):
    df = quotes_of(text)
    assert [(t, s) for t, _, s in _rows(df)] == [row]


REPORTED_ACTS = [
    ('One senior diplomat was reported by the Times to have described the talks as "a complete failure".',
     ('the talks as "a complete failure"', "described", "One senior diplomat")),
    ('A former aide was reported by local media to have called the plan "reckless".',
     ('the plan "reckless"', "called", "A former aide")),
    ("The general was reported by state television to have said that the border would remain closed.",
     ("the border would remain closed", "said", "The general")),
]


@pytest.mark.parametrize("text,row", REPORTED_ACTS)
def test_reported_by_y_to_have_said_gives_the_subject(quotes_of, text, row):
    assert _rows(quotes_of(text)) == [row]


def test_reported_to_have_done_something_else_is_no_statement(quotes_of):
    assert _rows(quotes_of("The missing hiker was reported to have died in the storm.")) == []


SOURCELESS = [
    ("The ministry responded by saying that, according to information unseen by the inspectors, the plant is safe.",
     ("according to information unseen by the inspectors, the plant is safe", "saying", "The ministry")),
    ("The airline said that, according to information available to it, no passengers were hurt.",
     ("according to information available to it, no passengers were hurt", "said", "The airline")),
]


@pytest.mark.parametrize("text,row", SOURCELESS)
def test_according_to_sourceless_information_is_no_speaker(quotes_of, text, row):
    assert _rows(quotes_of(text)) == [row]


@pytest.mark.parametrize("text,source", [
    ("The union said that, according to data gathered by its members, wages have fallen.", "data gathered by its members"),
    ("The company said that, according to data from the central bank, exports rose in May.", "data from the central bank"),
    ("According to figures, sales fell by ten percent last year.", "figures"),
])
def test_according_to_a_named_or_unembedded_source_stays_a_cue(quotes_of, text, source):
    assert [s for _, c, s in _rows(quotes_of(text)) if c.lower() == "according to"] == [source]


POSTPOSED = [
    ('Internal emails showed; "We cannot ship the product until the tests are finished," wrote a company engineer.',
     ("We cannot ship the product until the tests are finished,", "wrote", "a company engineer")),
    ('The court papers say: "He was never told about the risks," wrote the family\'s lawyer.',
     ("He was never told about the risks,", "wrote", "the family's lawyer")),
    ('However, leaked army documents said; "The convoy was ordered to continue despite the warnings," wrote a senior '
     'logistics officer.',
     ("The convoy was ordered to continue despite the warnings,", "wrote", "a senior logistics officer")),
]


@pytest.mark.parametrize("text,row", POSTPOSED)
def test_quotation_with_its_own_postposed_cue(quotes_of, text, row):
    assert _rows(quotes_of(text)) == [row]
