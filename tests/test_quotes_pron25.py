"""Tests of the pronoun rules of pron25 (docs/speakers.md, "Pronouns"), one mechanism each:

- a pronoun subject of a relative clause takes the person subject of the clause above when they
  agree ('The hacker demanded an amount which they described as modest': a singular 'they' for
  one unnamed person of no known gender; 'The chairwoman rejected the offer, which she called an
  insult'), never the noun the relative clause modifies or a body quoted before;
- a plural 'they' takes a singular body that is the main subject of the sentence before, written
  as a common noun the speaker rules read as one organisation ('The hospital board rejected the
  proposal. They claimed ...'), when no plural people are in reach;
- a possessive mention is a candidate antecedent: 'he'/'she' takes the one person the sentence
  before mentions only as a possessor ('after the chair's intervention', 'after Okafor's
  objection'), newer than the last speaker.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker, speaker_canonical, speaker_type)
RELATIVE_CLAUSE_PRONOUNS = [
    ("Streamline said it had contacted the police. The hacker demanded an amount of money which they publicly described as "
     '"modest".', "modest", "they", "", "anonymous"),
    ("The airline said flights would resume. A spokesperson dismissed the report, which they called inaccurate.",
     "inaccurate", "they", "", "anonymous"),
    ("The agency issued new guidelines for the drug trial. The researcher asked for a sum which they described as modest.",
     "modest", "they", "", "anonymous"),
    ("The chairwoman rejected the offer, which she called an insult.", "an insult", "she", "", "anonymous"),
    ("Finance minister John Carter met the unions. Union leader Sarah Obi said talks had failed. The minister rejected the "
     "offer, which he called reckless.", "reckless", "he", "John Carter", "person"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "canonical", "stype"), RELATIVE_CLAUSE_PRONOUNS)
def test_pron25_relative_clause_pronoun_is_the_person_above(quotes_of, text, needle, speaker, canonical, stype):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (speaker, canonical, stype)


def test_pron25_relative_clause_pronoun_that_disagrees_stays_unresolved(quotes_of):
    row = _one(quotes_of("The chairwoman rejected the offer, which he called an insult."), "an insult")
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == ("he", "", "unknown")


# (text, needle, speaker_canonical)
THEY_FOR_ONE_BODY = [
    ("The hospital board rejected the proposal on Monday. They claimed that the plan would cost too much.",
     "the plan would cost too much", "hospital board"),
    ("The city council approved the budget on Tuesday. They said the cuts were unavoidable.",
     "the cuts were unavoidable", "city council"),
    ("The regional assembly passed the bill by a wide margin. They said the new law would take effect in May.",
     "the new law would take effect", "regional assembly"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), THEY_FOR_ONE_BODY)
def test_pron25_they_takes_the_body_subject_before(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == ("They", canonical, "organization")


def test_pron25_they_with_plural_people_before_is_not_the_body(quotes_of):
    text = "The city council approved the budget on Tuesday. Residents gathered outside the hall. They said the cuts were unfair."
    row = _one(quotes_of(text), "the cuts were unfair")
    assert (row["speaker_canonical"], row["speaker_type"]) == ("", "anonymous")


def test_pron25_they_under_a_person_of_its_own_sentence_is_not_the_body_before(quotes_of):
    text = "The agency issued new guidelines for the drug trial. The researcher asked for a sum which they described as modest."
    row = _one(quotes_of(text), "modest")
    assert row["speaker_canonical"] != "agency"


# (text, needle, speaker_canonical)
POSSESSOR_ANTECEDENTS = [
    ("Judith Arden, chair of the planning committee, opened the hearing. Developer Tom Briggs said the tower would bring "
     "jobs. The hearing was adjourned after the chair's intervention. She said the plans were incomplete.",
     "the plans were incomplete", "Judith Arden"),
    ("Daniel Okafor, the opposition leader, walked out of the chamber. Councillor Tom Briggs said the plan would pass. The "
     "meeting was suspended after Okafor's objection. He said the vote was unlawful.", "the vote was unlawful", "Daniel Okafor"),
    ("Daniel Okafor, the opposition leader, walked out of the chamber. Councillor Tom Briggs said the plan would pass. The "
     "meeting was suspended after Daniel Okafor's objection. He said the vote was unlawful.", "the vote was unlawful", "Daniel Okafor"),
    ("Margaret Hale, the Speaker of the assembly, called for order. Premier Ian Doyle said his party would back the bill. "
     "The vote stayed tied until the Speaker's ruling. She stated that debate would continue.", "debate would continue", "Margaret Hale"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), POSSESSOR_ANTECEDENTS)
def test_pron25_possessor_is_a_candidate_antecedent(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "person")


def test_pron25_possessor_beside_a_person_subject_is_not_taken(quotes_of):
    text = ("Judith Arden, chair of the planning committee, opened the hearing. Developer Tom Briggs rejected the chair's "
            "ruling. He said the tower would bring jobs.")
    row = _one(quotes_of(text), "the tower would bring jobs")
    assert row["speaker_canonical"] == "Tom Briggs"
