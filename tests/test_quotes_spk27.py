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
