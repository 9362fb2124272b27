"""Speaker typing and cue-less quotations (types18). Every sentence is our own.

- a cue-less quotation right after a relayed statement ('X quoted him as saying ...') goes on
  with that statement's speaker, not with an older row of the article;
- unnamed people (a share or count of people, a plural noun WordNet reads as people) are
  `anonymous`, never `unknown`;
- 'agency' names a public body unless an outlet's name or a news word goes with it;
- a participle set off by a comma after an issued document is the subject's own clause.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_row


@pytest.mark.parametrize(
    "text, needle, name",
    [
        ("According to unofficial figures from the electoral office, 4 million voters stayed at home on Sunday. "
         "Prime Minister Anton Kowalski claimed a total of 12 million votes.\n\n"
         "Covering the premier's speech on state television, Tass quoted him as saying he might step down to restore calm. "
         "\"I am ready to leave politics if...\".\n\nHis offer depends on the opposition ending its boycott.",
         "I am ready to leave politics", "Anton Kowalski"),
        ("According to a report by the health ministry, 300 patients were treated for burns last month. Mayor Ellen Hart visited the ward on Friday.\n\n"
         "Writing about the visit, the Daily Courier quoted her as saying the clinic would stay open. "
         "\"We are not closing anything this winter, whatever the budget says.\"",
         "We are not closing anything", "Ellen Hart"),
        ("A study by the Institute for Fiscal Studies found that \"most families\" would lose out. Finance Minister Carla Mendes defended the budget on Monday.\n\n"
         "The Lisbon Herald quoted Mendes as saying the cuts were temporary. \"Nobody will pay more tax in two years' time.\"",
         "Nobody will pay more tax", "Carla Mendes"),
    ],
)
def test_quotation_after_a_relayed_statement_takes_its_speaker(quotes_of, text, needle, name):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == name
    assert row["speaker_type"] == "person"


@pytest.mark.parametrize(
    "text, needle",
    [
        ("In a poll released on Monday, 62 per cent of Germans said they opposed the tax.", "they opposed the tax"),
        ("Asked about the war, 20 per cent said they supported it.", "they supported it"),
        ("About 70 percent of Americans say the country is on the wrong track.", "the country is on the wrong track"),
        ("Professionals in Syria say they face growing pressure to leave.", "they face growing pressure"),
        ("Guests at the hotel said the fire alarm never sounded.", "the fire alarm never sounded"),
        ("Half of the respondents said they would not buy a car this year.", "they would not buy a car"),
    ],
)
def test_unnamed_people_are_anonymous(quotes_of, text, needle):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == ""
    assert row["speaker_type"] == "anonymous"


@pytest.mark.parametrize(
    "text, needle, name, stype",
    [
        ("Traces of the poison were found in his blood, as reported by the United Kingdom's Health Protection Agency.",
         "Traces of the poison", "United Kingdom's Health Protection Agency", "organization"),
        ("U.S. agencies have concluded that the virus came from a market.", "the virus came from a market", "", "anonymous"),
        ("International agencies said the famine was getting worse.", "the famine was getting worse", "", "anonymous"),
        ("Foreign news agencies reported that the border had been closed.", "the border had been closed", "", "media"),
        ("The state news agency said the president would visit Moscow.", "the president would visit Moscow", "", "media"),
        ("Russia's Interfax news agency reported that the plane had landed safely.", "the plane had landed safely", "Interfax news agency", "media"),
    ],
)
def test_agency_is_an_outlet_only_with_a_news_word_or_an_outlet_name(quotes_of, text, needle, name, stype):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == name
    assert row["speaker_type"] == stype


@pytest.mark.parametrize(
    "text, needle, name, stype",
    [
        ("Maria Jensen, a teacher from Aarhus, filed a complaint against the school board, saying that the rules discriminated against her pupils.",
         "the rules discriminated", "Maria Jensen", "person"),
        ("The Coast Guard issued warnings against swimming near the pier, saying the currents were dangerous.",
         "the currents were dangerous", "Coast Guard", "organization"),
        ("Campaign chief Tom Harlan sent a letter to supporters on Monday, urging them to donate before the deadline.",
         "to donate before the deadline", "Tom Harlan", "person"),
    ],
)
def test_participle_after_a_comma_is_the_subjects(quotes_of, text, needle, name, stype):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == name
    assert row["speaker_type"] == stype


@pytest.mark.parametrize(
    "text, needle, issuer",
    [
        ("The ministry released a statement saying that the talks would resume in May.", "the talks would resume", "ministry"),
        ("The Harbour Authority issued a statement on Sunday saying the port would reopen.", "the port would reopen", "Harbour Authority"),
    ],
)
def test_participle_on_the_document_stays_the_documents(quotes_of, text, needle, issuer):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_type"] == "document"
    assert row["speaker_canonical"] == issuer
