"""A definite enacted text takes the own name of the named one before it (0.19.0 work, doc30).

Guideline S2 and R52: a document with a named issuer takes the issuer; a statute, resolution or
agreement is named by its own name. 'UN Security Council Resolution 1843 ... The resolution
states that ...' is that resolution speaking, canonical its name (r40), as 'the Solomon Amendment
... The amendment states' (t40). Before this, only report/memo/statement-like names ('the Downing
Street Memo') were looked back for, so a resolution, amendment, bill, act or order named by a
capitalised name or a number designation left the later definite mention with canonical "".

Near misses: a capitalised noun that is no enacted text's name ('the Order of Canada', an
honour) and an indefinite resolution whose adopter is named ('Congress passed a resolution')
keep what they gave before.
"""

from __future__ import annotations

import pytest


def _row(df, needle):
    hit = df[df["text"].str.contains(needle, regex=False)]
    assert len(hit) == 1, df[["text", "speaker", "speaker_canonical"]]
    return hit.iloc[0]


NAMED = [
    ("The move was made as part of UN Security Council Resolution 1843. The resolution states that the troops will stay until next year.",
     "the troops will stay", "UN Security Council Resolution 1843"),
    ("The vote followed UN Security Council Resolution 242. The resolution says that Israel must withdraw from the territories.",
     "Israel must withdraw", "UN Security Council Resolution 242"),
    ("The president signed Executive Order 9066 in 1942. The order states that military areas may be designated.",
     "military areas may be designated", "Executive Order 9066"),
    ("Parliament debated Bill C-38 on Monday. The bill says that marriage is open to two persons.",
     "marriage is open to two persons", "Bill C-38"),
    ("Congress passed House Resolution 333 last week. The resolution alleges that the vice president misled the public.",
     "the vice president misled the public", "House Resolution 333"),
    ("The Solomon Amendment was passed in 1996. The amendment states that colleges must admit military recruiters.",
     "colleges must admit military recruiters", "Solomon Amendment"),
    ("The Senate approved the Patriot Act in 2001. The act says that business records may be searched.",
     "business records may be searched", "Patriot Act"),
]


@pytest.mark.parametrize("text,needle,canonical", NAMED)
def test_definite_enacted_text_takes_its_name(quotes_of, text, needle, canonical):
    row = _row(quotes_of(text), needle)
    assert row["speaker_type"] == "document"
    assert row["speaker_canonical"] == canonical


def test_an_honour_named_order_is_no_enacted_text(quotes_of):
    row = _row(quotes_of("She received the Order of Canada in 2001. The order states that she served the country with distinction."),
               "she served the country")
    assert row["speaker_canonical"] == ""


def test_an_adopted_resolution_keeps_its_adopter(quotes_of):
    row = _row(quotes_of("Congress passed a resolution on Tuesday. The resolution says that the war must end."), "the war must end")
    assert row["speaker_canonical"] == "Congress"


APPOSED = [
    ('The group opposes the Solomon amendment, a law which states "Any college that denies access to recruiters loses federal funds."',
     "Any college that denies access", "Solomon amendment"),
    ('He wants to toughen the Solomon amendment, a law which states "Any college that bars recruiters loses funding."',
     "Any college that bars recruiters", "Solomon amendment"),
    ("The group cited the Clean Air Act, a statute that says polluters must pay for the damage.",
     "polluters must pay", "Clean Air Act"),
    ('Ali Nesin still faces charges under Turkish criminal code article TCK 263, which reads "Persons who open illegal schools can be jailed."',
     "Persons who open illegal schools", "Turkish criminal code article TCK 263"),
]


@pytest.mark.parametrize("text,needle,canonical", APPOSED)
def test_law_in_apposition_or_designated_takes_the_name(quotes_of, text, needle, canonical):
    row = _row(quotes_of(text), needle)
    assert row["speaker_type"] == "document"
    assert row["speaker_canonical"] == canonical


def test_a_bare_law_in_apposition_to_a_common_noun_names_nothing(quotes_of):
    row = _row(quotes_of('The council passed the resolution, a law which states "No vehicle may enter the square after dark."'),
               "No vehicle may enter")
    assert row["speaker_canonical"] == ""


@pytest.mark.parametrize("text,needle", [
    ("Section four of the document states that it shall be liable for any breach.", "it shall be liable"),
    ("Section 4 of the agreement states that the company shall be liable for any breach.", "the company shall be liable"),
])
def test_a_numbered_part_of_another_document_is_no_name(quotes_of, text, needle):
    assert _row(quotes_of(text), needle)["speaker_canonical"] == ""
