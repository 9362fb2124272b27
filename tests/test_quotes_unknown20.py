"""Tests of the 0.14.0 rule that reads a described speaker by the head noun's WordNet agent sense
(docs/speakers.md, "0.14.0: a described source is anonymous or an organization, not unknown"):
a common-noun head that no person, body, outlet, role or document list holds is read in its most
frequent sense that can say something (``newslab/data/agent_nouns.txt``): a person or a group of
people is an unnamed source (``anonymous``), a body (WordNet's organisation) an ``organization``
with its description as canonical. A pronoun with nothing to stand for stays ``unknown``."""

from __future__ import annotations

import pytest

from newslab import people

from .conftest import quote_row as _one

# (text, needle in the statement, speaker, speaker_canonical, speaker_type)
GROUPS = [
    # a group of people that is no body: anonymous, no canonical
    ("The prosecution argued that the defendant had planned the attack for months.",
     "had planned the attack", "The prosecution", "", "anonymous"),
    ("During the trial the prosecution said the witness had lied.", "the witness had lied", "the prosecution", "", "anonymous"),
    ("After a week of hearings the prosecution insisted that the contract was forged.",
     "the contract was forged", "the prosecution", "", "anonymous"),
]

BODIES = [
    # a body WordNet files under organisation, named only by its description
    ("The Syrian high command said that its forces had retaken the town.", "its forces had retaken",
     "The Syrian high command", "Syrian high command", "organization"),
    ("Naval intelligence warned that the submarine had left port.", "the submarine had left port",
     "Naval intelligence", "Naval intelligence", "organization"),
    ("Military intelligence believes that the convoy was carrying weapons.", "the convoy was carrying weapons",
     "Military intelligence", "Military intelligence", "organization"),
    # the people of a place stand for its authorities
    ("The city said that the bridge would be closed for repairs.", "the bridge would be closed",
     "The city", "city", "organization"),
]

PEOPLE = [
    # the parser made a participle after the noun the phrase's head: the noun describes the speaker
    ("At a rally in the capital on Sunday, a protester posing as a waiter interrupted the speech, demanding the governor release the report.",
     "the governor release the report", "a protester posing as a waiter", "", "anonymous"),
    ("At a book signing in Boston on Friday, a protester posing as a reporter interrupted the senator, demanding she explain her vote.",
     "she explain her vote", "a protester posing as a reporter", "", "anonymous"),
    # (a parse that keeps the noun as head was right before and stays right)
    ("During the hearing, an activist posing as a lawyer interrupted the judge, saying the trial was a sham.",
     "the trial was a sham", "an activist posing as a lawyer", "", "anonymous"),
    ("The prosecution claimed that the guards had beaten the prisoners.", "the guards had beaten",
     "The prosecution", "", "anonymous"),
    ("Local residents said that the water had turned brown.", "the water had turned brown", "Local residents", "", "anonymous"),
]

STAY_UNKNOWN = [
    # a pronoun with no antecedent: nothing in the text decides
    ("They said that the road would reopen on Monday.", "the road would reopen", "They"),
    ("It said the fees would rise next year.", "the fees would rise", "It"),
    # a counted or quantified description: the sources named before, or none
    ("Both sides declared that they would respect the truce.", "they would respect the truce", "Both sides"),
    ("The two sides claimed that progress had been made.", "progress had been made", "The two sides"),
    ("No country has asserted that the drug is unsafe.", "the drug is unsafe", "No country"),
    # a thing whose person sense WordNet's tagged texts never attest
    ("The computer predicted that the comet would pass safely.", "the comet would pass", "The computer"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "canonical", "kind"), GROUPS + BODIES + PEOPLE)
def test_unknown20_described_speaker_typed_by_head_noun(quotes_of, text, needle, speaker, canonical, kind):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (speaker, canonical, kind)


@pytest.mark.parametrize(("text", "needle", "speaker"), STAY_UNKNOWN)
def test_unknown20_nothing_decides_stays_unknown(quotes_of, text, needle, speaker):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"]) == (speaker, "", "unknown")


def test_unknown20_agent_noun_kinds():
    assert people.agent_noun_kind("prosecution") == "group"
    assert people.agent_noun_kind("jury") == "group"
    assert people.agent_noun_kind("command") == "organization"
    assert people.agent_noun_kind("intelligence") == "organization"
    assert people.agent_noun_kind("town") == "organization"
    assert people.agent_noun_kind("protesters") == "person"
    assert people.agent_noun_kind("computer") is None
    assert people.agent_noun_kind("storm") is None
