"""Tests of orgref29 (docs/speakers.md, "A class noun takes up a subject body, not one that is only
an object (orgref29)"): a definite class noun as speaker ('the company', 'the firm', 'the airline')
whose last organisation named is only an object, a prepositional object or a later member of a list
in that position takes up the organisation that is the subject of its clause in the three sentences
before, when no organisation spoke there; a list member in object position is no candidate after a
body that spoke either. A subject whose name's head is an organisation noun of another class ('the
US Justice Department' for 'the company') is not taken, and a body that spoke just before keeps
its rule."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker as written, speaker_canonical)
LINKED = [
    # the last body named is a prepositional object ('from X'), the subject above is the company
    ("Norvale Energy has obtained $2 billion in financing from Deutsche Bank and Barclays. "
     "The company announced that its Canadian units would also file for creditor protection.",
     "its Canadian units", "The company", "Norvale Energy"),
    # the object of 'before', after a coordinated subject: its first member, the head of the subject
    ("Trident Oil, Marlow Drilling and Halvard Services blamed each other for the blowout at a hearing before the US Senate. "
     "The company also reported a quarterly loss and said it has set aside $3 billion for the clean-up.",
     "it has set aside", "The company", "Trident Oil"),
    # the bodies of a list in object position, after a sentence with a common-noun subject
    ("Harbour Telecom wants to sell its directories business for at least $2 billion. "
     "The business publishes the Yellow Pages, the White Pages and Tourism Online. "
     "The company says that the money will be used to repay debt.",
     "the money will be used", "The company", "Harbour Telecom"),
    # another class's body as the object: a ministry is no firm
    ("Greystone Foods lost a contract with the Ministry of Defence last month. "
     "The firm said that 120 jobs would be cut at its plant in Leeds.",
     "120 jobs would be cut", "The firm", "Greystone Foods"),
    # a member noun of the company class
    ("Kestrel Airways took delivery of two jets from Airbus on Monday. "
     "The airline said that the aircraft would fly to Lisbon from June.",
     "the aircraft would fly", "The airline", "Kestrel Airways"),
]

UNCHANGED = [
    # the subject is a department, no company: the object body stays (as before)
    ("The US Justice Department has opened an inquiry into loans made by Brightwater Bank. "
     "The company said it would cooperate fully with the investigators.",
     "it would cooperate", "The company", "Brightwater Bank"),
    # the body that spoke just before keeps its rule
    ("Norvale Energy said on Monday that it had sold its stake in the pipeline to Deutsche Bank. "
     "The company said the sale would cut its debt by half.",
     "the sale would cut", "The company", "Norvale Energy"),
    # no organisation is a subject: the bodies named last, as before
    ("Analysts at the brokerage expect the merger between Tarn Mining and Oakridge Metals to close in May. "
     "The company said the deal was on track.",
     "the deal was on track", "The company", "Tarn Mining and Oakridge Metals"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "canonical"), LINKED)
def test_orgref29_class_noun_takes_the_subject_body_not_an_object(quotes_of, text, needle, speaker, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (speaker, canonical, "organization")


@pytest.mark.parametrize(("text", "needle", "speaker", "canonical"), UNCHANGED)
def test_orgref29_near_misses_keep_the_older_rules(quotes_of, text, needle, speaker, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (speaker, canonical, "organization")


def test_orgref29_a_list_member_in_object_position_is_only_an_object(quotes_of):
    # a body spoke within three sentences; the last body named is the second member of a list that
    # is the object: the description goes back to the body that spoke, not to the list member
    text = ("Harbour Telecom announced that it will sell its directories arm. "
            "The arm publishes the Yellow Pages, White Pages and Tourism Online. "
            "The company says that the money will be used to repay debt.")
    row = _one(quotes_of(text), "the money will be used")
    assert row["speaker_canonical"] == "Harbour Telecom"
