"""Tests of two pronoun rules of 0.15.0 (docs/speakers.md, "Pronouns"):

- a singular 'it' in a clause embedded under a person subject whose role names an organisation
  ('The NRA chairman Peter Mwangi called for ..., in a move that it hopes ...') is that
  organisation, not a description spoken before ("Ghana's largest trade union says ...");
- the plural-'they' guard reads a plural subject of people that WordNet knows ('drivers',
  'passengers'), also a partitive or a subject of a coordinated or subordinate clause ('Most of
  the drivers', 'Two of the marchers were taken to hospital, and one ...', 'When most of the
  workers arrived, ...'): 'they' is then that unnamed group, not the body quoted before.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one


def _starting(df, start: str):
    """The one statement whose text starts with ``start`` (a nested statement's words also sit in the outer one)."""
    rows = df[df["text"].str.startswith(start)]
    assert len(rows) == 1, df[["text", "speaker"]].values.tolist()
    return rows.iloc[0]

# (text, needle in the statement, speaker_canonical)
IT_UNDER_PERSON_OF_ORG = [
    ("The National Reform Alliance (NRA) chairman Peter Mwangi called for supporters to march on the capital next week, "
     "in a move that it hopes will force the government to resign.", "will force the government to resign", "National Reform Alliance"),
    ("Zambia's main opposition party says talks with the government have failed. The United Party for Progress (UPP) leader "
     "Hakainde Moyo urged supporters to stay home on Monday, in a strike that it says will cost the economy millions.",
     "will cost the economy millions", "United Party for Progress"),
    ("Ghana's largest trade union says wage talks have collapsed. Trades Union Congress (TUC) secretary-general Kofi Mensah "
     "called for a national strike, a step that it believes will force the government back to the table.",
     "will force the government back to the table", "Trades Union Congress"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), IT_UNDER_PERSON_OF_ORG)
def test_pron22_it_under_a_person_is_the_persons_organisation(quotes_of, text, needle, canonical):
    row = _starting(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == ("it", canonical, "organization")


def test_pron22_it_under_a_person_of_no_organisation_stays_unresolved(quotes_of):
    text = "Peter Mwangi called for supporters to march on the capital, in a move that it hopes will force the government to resign."
    row = _starting(quotes_of(text), "will force the government to resign")
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == ("it", "", "unknown")


# (text, needle in the 'they' statement)
PLURAL_PEOPLE_THEY = [
    ("The Transport Workers Union said the strike would go ahead. Most of the drivers stayed at home on Monday. "
     "They said they had not been paid for two months.", "had not been paid"),
    ("The Citizens Rights Forum said the march had been peaceful. Two of the marchers were taken to hospital, and one was "
     "arrested. They said police had used batons.", "police had used batons"),
    ("The Farmers Federation said prices were too low. Some of the farmers blocked the highway, while others marched to "
     "parliament. They said the subsidies had been cut without warning.", "the subsidies had been cut"),
    ("The Metal Workers Union said the plant would close. When most of the workers arrived at the gate on Monday, the doors "
     "were locked. They said nobody had warned them.", "nobody had warned them"),
    ("The Pacific Ferry Company said services would resume on Friday. Many of the passengers waited for hours at the "
     "terminal. They said staff had given them no information.", "staff had given them no information"),
]


@pytest.mark.parametrize(("text", "needle"), PLURAL_PEOPLE_THEY)
def test_pron22_they_after_plural_people_is_that_group(quotes_of, text, needle):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == ("They", "", "anonymous")


def test_pron22_they_after_the_body_acting_stays_the_body(quotes_of):
    text = ("The Pacific Ferry Company said services would resume on Friday. The company cancelled all sailings on Monday. "
            "They said the storm had damaged two ships.")
    row = _one(quotes_of(text), "the storm had damaged")
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == ("They", "Pacific Ferry Company", "organization")
