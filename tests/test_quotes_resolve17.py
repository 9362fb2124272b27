"""Non-name subjects (resolve17): names made of common nouns, plural role nouns and group
descriptions, and 'the company'/'the party' under a named organisation. Every sentence is our own."""

from __future__ import annotations

import pytest

from tests.conftest import quote_row


@pytest.mark.parametrize(
    "text, needle, name",
    [
        ("Doctors Without Borders said the hospital had been bombed twice in a week.", "the hospital had been bombed", "Doctors Without Borders"),
        ("Reporters Without Borders said the arrests were an attack on press freedom.", "the arrests were an attack", "Reporters Without Borders"),
        ("Mothers Against Drunk Driving said the new law would save hundreds of lives.", "the new law would save", "Mothers Against Drunk Driving"),
    ],
)
def test_title_case_name_of_common_nouns_is_an_organisation(quotes_of, text, needle, name):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == name
    assert row["speaker_type"] == "organization"


@pytest.mark.parametrize(
    "text, needle",
    [
        ("Residents of Paris said the plan would harm the river.", "the plan would harm"),
        ("Workers at the Ford plant said the line would close in May.", "the line would close"),
        ("Supporters of the club said the board had betrayed them.", "the board had betrayed"),
    ],
)
def test_plural_people_with_a_name_after_them_stay_unnamed(quotes_of, text, needle):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == ""
    assert row["speaker_type"] == "anonymous"


@pytest.mark.parametrize(
    "text, needle, group",
    [
        ("Senators Laura Quinn and David Moss wrote to the agency last week. The senators said that the program would continue.",
         "the program would continue", "Laura Quinn and David Moss"),
        ("Chancellor Angela Merkel and President Nicolas Sarkozy met in Berlin on Monday. The two leaders said that the euro would survive.",
         "the euro would survive", "Angela Merkel and Nicolas Sarkozy"),
    ],
)
def test_plural_role_noun_that_fits_is_the_joint_group(quotes_of, text, needle, group):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == group
    assert row["speaker_type"] == "person"


@pytest.mark.parametrize(
    "text, needle, group",
    [
        ("Human Rights Watch and Amnesty International published a report on Tuesday. The groups said that prisoners had been tortured.",
         "prisoners had been tortured", "Human Rights Watch and Amnesty International"),
        ("Toyota and Honda recalled thousands of cars last year. The companies said that no injuries had been reported.",
         "no injuries had been reported", "Toyota and Honda"),
    ],
)
def test_plural_body_description_is_the_bodies_named_jointly(quotes_of, text, needle, group):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == group
    assert row["speaker_type"] == "organization"


@pytest.mark.parametrize(
    "text, needle, name",
    [
        ("Vireo Systems sued Acme Corp on Monday after the company said its patents had been copied.", "its patents had been copied", "Vireo Systems"),
        ("The Green Party lost two seats to Labour, but the party said it would stay in the coalition.", "it would stay in the coalition", "Green Party"),
        ("Norcom Energy cut 300 jobs on Monday. The company said that demand had fallen.", "demand had fallen", "Norcom Energy"),
    ],
)
def test_the_company_is_the_named_organisation_subject_above(quotes_of, text, needle, name):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == name
    assert row["speaker_type"] == "organization"
