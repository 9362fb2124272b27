"""Pronoun and description speakers (pronouns17): 'they'/'it' after a body the text names by a
description, plural descriptions after one body, a quoted name beside a description, the claim
of someone a verb rejects, and party names with a leading adjective. Every sentence is our own."""

from __future__ import annotations

import pytest

from tests.conftest import quote_row


@pytest.mark.parametrize(
    "text, needle, name",
    [
        ("Two weeks later, a WTO panel concluded that the tariffs broke trade rules. They also found that the subsidies "
         "were lawful.", "the subsidies were lawful", "WTO panel"),
        ("A UN panel said on Friday that the election had been fair. It added that turnout was high.",
         "turnout was high", "UN panel"),
        ("An EU panel ruled that the merger could go ahead. It said that prices would not rise.",
         "prices would not rise", "EU panel"),
    ],
)
def test_panel_with_a_name_modifier_is_the_body_and_its_pronoun(quotes_of, text, needle, name):
    rows = quotes_of(text)
    assert all(r == name for r in rows["speaker_canonical"])
    row = quote_row(rows, needle)
    assert row["speaker_canonical"] == name
    assert row["speaker_type"] == "organization"


@pytest.mark.parametrize(
    "text, needle",
    [
        ("A panel of experts concluded that the drug was safe.", "the drug was safe"),
        ("A banking industry trade group said on Monday that the rules were too strict. It added that small lenders "
         "would suffer.", "small lenders would suffer"),
        ("Microsoft reported record profits. A consumer watchdog said that the prices were too high. It also said that "
         "the regulator should act.", "the regulator should act"),
    ],
)
def test_unnamed_body_and_its_pronoun_stay_unnamed(quotes_of, text, needle):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == ""
    assert row["speaker_type"] == "anonymous"


@pytest.mark.parametrize(
    "text, needle",
    [
        ("Acme Corp reported a loss on Tuesday. The companies said that sales fell in Europe.", "sales fell in Europe"),
        ("Shell announced a new plant in Texas. The firms said that jobs would be created.", "jobs would be created"),
        ("Lufthansa cancelled 200 flights on Friday. The airlines said that passengers would be rebooked.",
         "passengers would be rebooked"),
    ],
)
def test_plural_description_after_one_body_stays_unnamed(quotes_of, text, needle):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == ""
    assert row["speaker_type"] == "anonymous"


def test_plural_description_after_two_bodies_still_takes_both(quotes_of):
    row = quote_row(quotes_of("Apple and Samsung settled the case. The companies said that the terms were confidential."),
                    "the terms were confidential")
    assert row["speaker_canonical"] == "Apple and Samsung"


@pytest.mark.parametrize(
    "text, needle, name",
    [
        ("A human rights group, \"Citizens for Justice\", said that the verdict was unfair.", "the verdict was unfair",
         "Citizens for Justice"),
        ("A small charity, \"Water for All\", said on Monday that wells had dried up.", "wells had dried up", "Water for All"),
        ("A local campaign group, \u201cSave Our Parks\u201d (SOP), said that the council had ignored residents.",
         "the council had ignored residents", "Save Our Parks"),
    ],
)
def test_quoted_name_beside_a_description_is_the_body(quotes_of, text, needle, name):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == name
    assert row["speaker_type"] == "organization"


def test_repeated_claim_stays_with_the_subject(quotes_of):
    text = ("Former coach Ivan Petrov criticised the federation last week. Federation president Marco Bianchi repeated "
            "his claim that the players had been paid.")
    row = quote_row(quotes_of(text), "the players had been paid")
    assert row["speaker_canonical"] == "Marco Bianchi"


@pytest.mark.parametrize(
    "text, needle, name",
    [
        ("The Liberal Democrats said that the tax would hurt families.", "the tax would hurt families", "Liberal Democrats"),
        ("The Free Democrats said on Sunday that the coalition would hold.", "the coalition would hold", "Free Democrats"),
        ("Polls closed on Sunday. The Social Democrats said that they had won.", "they had won", "Social Democrats"),
    ],
)
def test_party_name_keeps_its_leading_adjective(quotes_of, text, needle, name):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == name
    assert row["speaker_type"] == "organization"


@pytest.mark.parametrize(
    "text, needle, name",
    [
        ("Reporters Without Borders said on Tuesday that the arrests were unlawful. \"We call for their release,\" the "
         "press freedom organization said.", "We call for their release", "Reporters Without Borders"),
        ("Greenpeace said that the ship had been seized. The environmental group added that the crew were safe.",
         "the crew were safe", "Greenpeace"),
        ("Oxfam said on Monday that food prices had doubled. The aid organisation said that millions faced hunger.",
         "millions faced hunger", "Oxfam"),
    ],
)
def test_described_body_after_its_statement_is_that_body(quotes_of, text, needle, name):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == name
    assert row["speaker_type"] == "organization"
