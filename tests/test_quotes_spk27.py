"""Tests of spk27 (docs/speakers.md, "A document's issuer named in front of it but not tagged a body"):
a proper name hung on a document noun as possessor or compound, which the entity model left
untagged or tagged as a party's members (NORP with a plural proper noun), is the document's issuer
when the article writes the name again; dates, nationality adjectives, titles and one-off labels
are not.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical)
FIRES = [
    ("The Liberal Democrats held their conference in Brighton. A Liberal Democrats policy paper says that tuition fees "
     "should be scrapped.", "tuition fees", "Liberal Democrats"),
    ("Greens leaders met in Canberra on Monday. An Australian Greens policy paper says that funding for legal aid has "
     'fallen. "This has increased frustration with the courts," the paper says.', "frustration with the courts", "Greens"),
    ("Greens leaders met in Canberra on Monday. An Australian Greens policy paper says that funding for legal aid has "
     "fallen.", "funding for legal aid", "Greens"),
]

NEAR_MISSES = [
    ("According to Tuesday's statement, the plant will close in March.", "the plant will close"),  # a date
    ("A Japanese report said the economy grew in March.", "the economy grew"),  # a nationality adjective
    ("According to the President's statement, the plant will close. The President visited the plant.",
     "the plant will close"),  # a bare title
    ("An Australian Greens policy paper says that funding for legal aid has fallen.",
     "funding for legal aid"),  # the name is written only here
]


@pytest.mark.parametrize(("text", "needle", "canonical"), FIRES)
def test_spk27_untagged_name_in_front_of_document_is_issuer(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "document")


@pytest.mark.parametrize(("text", "needle"), NEAR_MISSES)
def test_spk27_no_issuer_from_dates_nationalities_titles_or_one_off_names(quotes_of, text, needle):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == ("", "document")


# A cue-less quotation whose introducing clause opens with a person's name, where the parse gives
# that clause no subject (spk27, `_word_order_subject`): (text, needle, speaker_canonical).
_BEFORE = '"The port will reopen next week," said harbour master Ian Duff.\n\n'
WORD_ORDER_FIRES = [
    (_BEFORE + 'Chung Dong-young conceded defeat "I accept what the people decided today." He thanked his staff.',
     "I accept what", "Chung Dong-young"),
    (_BEFORE + "Echoing the comments of many dockers, Mohammed Saleh, a 42-year-old crane operator, told reporters: "
     '"Today the harbour made it through the storm. Who would have thought."', "Today the harbour", "Mohammed Saleh"),
    (_BEFORE + "Dr. Bishara lambasted every aspect of the council's position in this dispute; "
     '"Any comparison between the two plans must conclude that the latter is the more rational."',
     "Any comparison", "Bishara"),
]

WORD_ORDER_NEAR_MISSES = [
    # the name is an object, not the clause's subject
    (_BEFORE + 'The council fined Maria Lopez on Monday; "This is a day of shame for the harbour and its workers."',
     "a day of shame"),
    # a copula says nothing
    (_BEFORE + 'Maria Lopez is a councillor in the town; "This is a day of shame for the harbour and its workers."',
     "a day of shame"),
    # negated before the quotation
    (_BEFORE + 'Maria Lopez did not answer the question: "This is a day of shame for the harbour and its workers."',
     "a day of shame"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), WORD_ORDER_FIRES)
def test_spk27_quotation_after_a_clause_opened_by_a_name_is_that_persons(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical


@pytest.mark.parametrize(("text", "needle"), WORD_ORDER_NEAR_MISSES)
def test_spk27_no_word_order_subject_for_objects_copulas_or_negations(quotes_of, text, needle):
    df = quotes_of(text)
    rows = df[df["text"].str.contains(needle, regex=False)]
    assert "Maria Lopez" not in set(rows["speaker_canonical"])


def test_spk27_quotation_spelling_out_a_thing_after_a_colon_has_no_word_order_speaker(quotes_of):
    text = (_BEFORE + "Maria Lopez joined harbour masters in Hull for the signing of the Coastal Compact: "
            '"a road-map for ports and the government to work together to rebuild the coastline."')
    df = quotes_of(text)
    rows = df[df["text"].str.contains("a road-map", regex=False)]
    assert "Maria Lopez" not in set(rows["speaker_canonical"])
