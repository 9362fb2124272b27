"""Tests of the 0.14.0 rules for a definite or indefinite description of a body the article names
(docs/speakers.md, "0.14.0: descriptions of a named body"): 'the Senate committee' is the body
introduced with that noun whose name holds 'Senate'; a noun the text names itself ('a group calling
itself X', 'a party called X') speaks as X; a description takes up the body that just spoke, not an
organisation named only as an object after it. Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker, speaker_canonical)
NAME_AND_NOUN = [
    # 'the <Name> <noun>': the body introduced with the noun (or named with it) whose name holds the name
    ("A Senate panel, the Senate Armed Services Committee, held hearings on Tuesday. The Senate committee said "
     "the Pentagon had misled lawmakers.", "the Pentagon had misled", "The Senate committee", "Senate Armed Services Committee"),
    ("A U.S. House committee, the House Select Committee on Energy Pricing, released documents on Monday. "
     "The House committee said the contracts had been awarded without a tender.", "awarded without a tender",
     "The House committee", "House Select Committee on Energy Pricing"),
    ("A state council, the Provincial Council of Ardenne, met on Monday. Later the Ardenne council said the "
     "budget was balanced.", "the budget was balanced", "the Ardenne council", "Provincial Council of Ardenne"),
]

NAME_AND_NOUN_OTHER = [
    # a body with that noun but another name: the description stays as written
    ("The House Oversight Committee met on Monday. The Senate committee said the bill would pass.",
     "the bill would pass", "The Senate committee", "Senate committee"),
]

CALLED = [
    # the noun the text names itself
    ("A group calling itself Abdullah Omar Brigades has claimed responsibility for the attacks. On a website "
     "the group stated that the bombs were revenge.", "the bombs were revenge", "the group", "Abdullah Omar Brigades"),
    ("A small party called Citizens First won two seats. The party said it would support the government.",
     "it would support the government", "The party", "Citizens First"),
    ("A charity known as Shelter Now said the homeless count had doubled. The charity said more beds were needed.",
     "more beds were needed", "The charity", "Shelter Now"),
    ("A group calling itself the Northern Liberation Front said it planted the bomb. On its website the group "
     "stated that more attacks would follow.", "more attacks would follow", "the group", "Northern Liberation Front"),
]

LAST_SPEAKER = [
    # the body that just spoke, not a name in an object or a prepositional phrase after it
    ("Statistics Norway announced today that inflation reached 4%. It is higher than the average for nations "
     "which use the Euro. The agency said that energy prices were responsible.", "energy prices were responsible",
     "The agency", "Statistics Norway"),
    ("The union said talks had failed. Marston Rail said it would sue Kestrel Freight. The company said the strike "
     "was illegal.", "the strike was illegal", "The company", "Marston Rail"),
]

# a name the speaker phrase itself gives (an indefinite phrase too)
OWN_NAME = [
    ("A charity known as Shelter Now said the homeless count had doubled.", "the homeless count had doubled", "Shelter Now"),
    ("A group calling itself the Northern Liberation Front said it planted the bomb.", "it planted the bomb",
     "Northern Liberation Front"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "canonical"), NAME_AND_NOUN + NAME_AND_NOUN_OTHER + CALLED + LAST_SPEAKER)
def test_orgref21_description_of_named_body(quotes_of, text, needle, speaker, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (speaker, canonical, "organization")


@pytest.mark.parametrize(("text", "needle", "canonical"), OWN_NAME)
def test_orgref21_phrase_names_its_body(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "organization")


def test_orgref21_sources_merge_description_and_name():
    import newslab as nl
    import pandas as pd

    text = ("A Senate panel, the Senate Armed Services Committee, said on Tuesday that the Pentagon had misled "
            "lawmakers. The Senate committee said the contracts were awarded without a tender.")
    tables = nl.analyze(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False)
    src = tables.sources
    assert src["source"].tolist() == ["Senate Armed Services Committee"]
    assert src["n_quotes"].tolist() == [2]


def test_orgref21_government_account_is_no_name():
    # 'an official government Twitter account': the name modifies 'account', it does not name the government
    import newslab as nl
    import pandas as pd

    text = ("The Samoan health ministry closed the schools. Earlier this week, an official government Twitter account "
            "made the following announcement: \"Latest update: 300 cases have been reported.\"")
    tables = nl.analyze(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False)
    row = _one(tables.quotes, "300 cases")
    assert row["speaker_canonical"] != "Twitter"
