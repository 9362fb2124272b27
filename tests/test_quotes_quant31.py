"""quant31: a quantified or counted group the text does not name is an anonymous source (R84).

'Some manufacturers claimed', 'Many western governments suspect', 'All eleven agencies have
agreed', 'One Labour councillor agreed': a quantifier or a count over a common noun with no name
of its own is unnamed (type anonymous, no canonical name); a role's party or company stays the
organisation. 'Both' and a count still take up bodies just named.

docs/speakers.md, "A quantified group with no name (quant31)".
"""

import pandas as pd
import pytest

import newslab as nl


def _quotes(text: str) -> pd.DataFrame:
    return nl.analyze(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False).quotes


@pytest.mark.parametrize(
    "text",
    [
        "Retail sales fell in May. Some manufacturers warned that the new tariffs were unfair.",
        "Several European governments fear that the talks will collapse before winter.",
        "All nine councils have agreed to publish their spending records by June.",
        "Many banks said the storm losses would exceed last year's.",
        "Several universities have complained that the grants arrived late.",
        "Two airlines said the strike would ground most flights on Friday.",
    ],
)
def test_quantified_bodies_are_unnamed(text: str) -> None:
    q = _quotes(text)
    assert len(q) == 1
    assert q["speaker_type"].iloc[0] == "anonymous"
    assert q["speaker_canonical"].iloc[0] == ""


@pytest.mark.parametrize(
    "text",
    [
        "One Liberal Democrat MP agreed to vote against the bill.",
        "One Green MP agreed to withdraw her amendment.",
    ],
)
def test_counted_role_with_party_is_no_name(text: str) -> None:
    q = _quotes(text)
    assert len(q) == 1
    assert q["speaker_type"].iloc[0] == "anonymous"
    assert q["speaker_canonical"].iloc[0] == ""


def test_both_takes_up_two_bodies_named_as_subjects() -> None:
    text = (
        "Although neither Hamas nor Fatah has replied to the statement, both organisations have "
        "previously insisted that they are political movements."
    )
    q = _quotes(text)
    assert list(q["speaker_type"]) == ["organization"]
    assert list(q["speaker_canonical"]) == ["Hamas and Fatah"]


def test_both_takes_up_bodies_joined_before() -> None:
    q = _quotes("Greenpeace and the WWF wrote to the minister last week. Both organisations said the fund was too small.")
    assert list(q["speaker_type"]) == ["organization"]
    assert list(q["speaker_canonical"]) == ["Greenpeace and WWF"]


def test_counted_bodies_listed_before_stay_named() -> None:
    text = (
        "Regulators fined Volvo, Scania and Daimler last week. "
        "All three companies said they would appeal."
    )
    q = _quotes(text)
    assert list(q["speaker_type"]) == ["organization"]
    assert list(q["speaker_canonical"]) == ["Volvo, Scania and Daimler"]


