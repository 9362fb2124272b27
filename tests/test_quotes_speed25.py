"""speed25: the cheaper lookups of 0.16.0 give the same answers as the code they replace."""

from __future__ import annotations

import re

import pytest

from newslab import people
from newslab.entities import strip_name
from newslab.quotes.extract import _whole_word_in
from newslab.sentences import doc_text


@pytest.mark.parametrize(
    "text",
    [
        "The council said the bridge would reopen in May.\n\nResidents were not convinced.  ",
        "“We will appeal,” said Ana Ruiz, the union's lawyer.",
        "",
    ],
)
def test_speed25_doc_text_is_doc_text(nlp, text):
    doc = nlp(text)
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # built once, kept with the Doc


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("Okafor", "Minister Okafor said Okafor's plan would pass."),
        ("Okafor", "the Okaforville council"),
        ("Lee", "Lee"),
        ("O'Neill", "said O'Neill, the mayor"),
        ("Jr.", "said Martin Jr. on Tuesday"),
        ("Smith", "the Smith_family trust and Smiths"),
        ("Ruiz", "Ana Ruiz-Torres and Ruiz"),
    ],
)
def test_speed25_whole_word_in_is_the_word_boundary_search(word, text):
    assert _whole_word_in(word, text) == (re.search(rf"\b{re.escape(word)}\b", text) is not None)


def test_speed25_memoised_name_helpers_answer_as_before():
    assert strip_name("the United States") == "United States"
    assert strip_name("the United States") == "United States"  # from the cache
    assert people.is_organization_name("Brightwater Engineering") and not people.is_organization_name("Marcus Hale")
    assert people.is_organization_name("Marcus Hale Partners", extra_words=frozenset({"partners"}))
    assert not people.is_organization_name("Marcus Hale")  # the extra words are not remembered with the name
    assert people.given_name_gender("Ruth") == "f" and people.given_name_gender("José") == "m"
    assert people.honorific_gender("Ms.") == "f" and people.honorific_gender("Mayor") is None
