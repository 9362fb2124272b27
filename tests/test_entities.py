"""Canonical entity names: stripping, merging short mentions, aliases."""

from __future__ import annotations

import pytest

from newslab.entities import extract_entities, merge_names, read_aliases, strip_name
from newslab.errors import InputError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea’s", "North Korea"),
        ("Britain's", "Britain"),
        ("the United Nations", "United Nations"),
        ("The White House", "White House"),
        ("the Netherlands'", "Netherlands"),
        ("The World Health Organization (WHO", "World Health Organization"),
        ("Kim  Jong-un", "Kim Jong-un"),
    ],
)
def test_entities_strip_name(text, expected):
    assert strip_name(text) == expected


def _canon(nlp, text):
    df = extract_entities(nlp(text))
    return dict(zip(df.text, df.canonical))


def test_entities_surname_merged_into_full_name(nlp):
    text = (
        "Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday. "
        "Merkel said the talks were useful, and Macron agreed."
    )
    canon = _canon(nlp, text)
    assert canon["Merkel"] == "Angela Merkel"
    assert canon["Macron"] == "Emmanuel Macron"


def test_entities_family_name_first_merged(nlp):
    # The short mention may come before the full one too ("Putin" ... "Vladimir Putin").
    text = "Chinese leader Xi Jinping flew to Moscow on Monday. Xi said relations were strong, and Putin agreed. Russian President Vladimir Putin hosted him."
    canon = _canon(nlp, text)
    assert canon["Xi"] == "Xi Jinping"
    assert canon["Putin"] == "Vladimir Putin"


def test_entities_shared_surname_not_merged(nlp):
    text = (
        "Tennis stars Serena Williams and Venus Williams arrived in Melbourne on Sunday. "
        "Williams said she was ready for the tournament."
    )
    df = extract_entities(nlp(text))
    short = df[df.text == "Williams"]
    assert len(short) == 1 and short.canonical.iloc[0] == "Williams"


def test_entities_merge_rule_is_order_independent_of_ids():
    names = [("Kono", "PERSON"), ("Taro Kono", "PERSON"), ("Kono", "PERSON")]
    assert merge_names(names) == ["Taro Kono", "Taro Kono", "Taro Kono"]


def test_entities_dominant_full_name_wins_over_one_off_tagging_error():
    names = [("Kim Jong-un", "PERSON"), ("Kim Jong-un", "PERSON"), ("Seoul Kim", "PERSON"), ("Kim", "PERSON")]
    assert merge_names(names)[-1] == "Kim Jong-un"
    tied = [("John Smith", "PERSON"), ("Mary Smith", "PERSON"), ("Smith", "PERSON")]
    assert merge_names(tied)[-1] == "Smith"


def test_entities_acronym_merged_into_organisation():
    names = [("World Health Organization", "ORG"), ("WHO", "ORG")]
    assert merge_names(names) == ["World Health Organization", "World Health Organization"]


def test_entities_places_are_not_merged_into_people():
    names = [("Jordan Peterson", "PERSON"), ("Jordan", "GPE")]
    assert merge_names(names) == ["Jordan Peterson", "Jordan"]


def test_entities_aliases_applied(nlp, tmp_path):
    p = tmp_path / "aliases.csv"
    p.write_text("alias,canonical\nthe Fed,Federal Reserve\nFed,Federal Reserve\n", encoding="utf-8")
    aliases = read_aliases(p)
    df = extract_entities(nlp("The Fed raised rates on Wednesday."), aliases=aliases)
    assert "Federal Reserve" in df.canonical.tolist()


def test_entities_alias_table_needs_columns(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("name,full\nx,y\n", encoding="utf-8")
    with pytest.raises(InputError, match="alias and canonical"):
        read_aliases(p)


def test_entities_offsets_and_sentences(nlp):
    text = "Ms. Ardern spoke in Wellington.\n\nLater, New Zealand’s Jacinda Ardern flew to Sydney."
    df = extract_entities(nlp(text))
    for row in df.itertuples():
        assert text[row.start_char : row.end_char] == row.text
    assert df.ent_id.tolist() == list(range(len(df)))
    assert df.sent_id.is_monotonic_increasing
    assert dict(zip(df.text, df.canonical)).get("New Zealand’s") == "New Zealand"


def test_entities_hyphenated_names_kept_whole(nlp):
    df = extract_entities(nlp("South Korean President Moon Jae-in met US officials."))
    assert "Moon Jae-in" in df.text.tolist()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr Amara Nwosu", "Amara Nwosu"),
        ("Councillor Tom Reed", "Tom Reed"),
        ("Prime Minister Jacinda Ardern", "Jacinda Ardern"),
        ("Sen. Elizabeth Warren", "Elizabeth Warren"),
        ("Chief Cabinet Secretary Yoshihide Suga", "Yoshihide Suga"),
        ("Major", "Major"),  # a one-word name is never emptied
        ("Prince", "Prince"),
        ("Foreign Affairs", "Foreign Affairs"),
    ],
)
def test_entities_strip_titles(text, expected):
    from newslab.entities import strip_titles

    assert strip_titles(text) == expected


def test_entities_titled_mention_merges_with_plain_name():
    names = [("Councillor Tomasz Wierzbicki", "PERSON"), ("Wierzbicki", "PERSON")]
    from newslab.entities import strip_titles

    stripped = [(strip_titles(n), label) for n, label in names]
    assert merge_names(stripped) == ["Tomasz Wierzbicki", "Tomasz Wierzbicki"]


def test_entities_builtin_aliases_merge_abbreviations(nlp):
    df = extract_entities(nlp("The U.S. and the UK told the UN on Monday that the US would act with the EU."))
    canon = dict(zip(df.text, df.canonical))
    assert canon["U.S."] == canon["US"] == "United States"
    assert canon["UK"] == "United Kingdom" and canon["UN"] == "United Nations"


def test_entities_user_alias_overrides_builtin(nlp):
    df = extract_entities(nlp("The US economy grew."), aliases={"us": "USA"})
    assert "USA" in df.canonical.tolist()


def test_entities_mentions_never_end_in_punctuation_or_breaks(nlp):
    text = "The new governor is Bobby Jindal.\n\nVoters cheered for Piyush \"Bobby\" Jindal in Baton Rouge."
    df = extract_entities(nlp(text))
    for row in df.itertuples():
        assert row.text == row.text.strip() and not row.text.endswith((".", ",", '"'))
        assert '"' not in row.canonical
