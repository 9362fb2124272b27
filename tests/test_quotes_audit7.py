"""Quotes, audit round 7: field errors found by reading 25 unseen Wikinews articles beside their
quotes table (/work/wt/audit7-errors.md): the relay of a passive "was quoted as saying", and a
role written before an honorific.

Every rule has several sentences of our own, and negative sentences that must not change.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# ------------------------------------------------- passive relays: "X was quoted as saying by Y", "X is quoted in Y as saying"

PASSIVE_RELAY = [
    # (text, words of the statement, speaker, via)
    ('"The appeal has no merit," Judge Anna Kowalczyk was quoted as saying by Agence France-Presse.',
     "The appeal has no merit", "Anna Kowalczyk", "Agence France-Presse"),
    ('"We will file an appeal next week," lawyer Ravi Menon was quoted as saying by Reuters.',
     "We will file an appeal", "Ravi Menon", "Reuters"),
    ('Admiral Helen Marsh, the head of the fleet, is quoted in the Navy Times as saying: "Our crews are safe."',
     "Our crews are safe", "Helen Marsh", "Navy Times"),
    ("Finance minister Paul Okafor was quoted in The Guardian as saying that the budget would be balanced by 2012.",
     "the budget would be balanced", "Paul Okafor", "Guardian"),
    ("The coach was quoted by the Daily Telegraph as saying that the squad was tired.",
     "the squad was tired", "The coach", "Daily Telegraph"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "via"), PASSIVE_RELAY)
def test_quotes_audit7_passive_quoted_as_saying_names_the_relay(quotes_of, text, needle, speaker, via):
    row = _one(quotes_of(text), needle)
    assert row["cue"] == "quoted ... as saying"
    assert row["speaker"] == speaker
    assert row["via"] == via


# A place after 'in', and a 'by' phrase inside the reported clause, relay nothing.
NO_RELAY = [
    ("The governor was quoted in Kabul as saying that the bridge had been destroyed by the floods.",
     "the bridge had been destroyed"),
    ("A police spokesman was quoted as saying the fire was started by an electrical fault.",
     "the fire was started"),
    ("The ambassador was quoted on Monday as saying that the talks were over.", "the talks were over"),
]


@pytest.mark.parametrize(("text", "needle"), NO_RELAY)
def test_quotes_audit7_passive_quoted_without_relay_has_no_via(quotes_of, text, needle):
    assert _one(quotes_of(text), needle)["via"] == ""


# ------------------------------------------------- a role before an honorific: the role is the title

ROLE_BEFORE_HONORIFIC = [
    # (text, words of the statement, speaker, title)
    ("East Timorese Prime Minister Dr Mari Alkatiri said the agreement would help the nation.",
     "the agreement would help", "Mari Alkatiri", "East Timorese Prime Minister"),
    ("Health Minister Dr Sarah Lim said the clinic would reopen in May.",
     "the clinic would reopen", "Sarah Lim", "Health Minister"),
    ("Former foreign minister Mr Tan Wei said the talks had failed.",
     "the talks had failed", "Tan Wei", "Former foreign minister"),
    ("Opposition spokeswoman Mrs Joan Hartley said the plan would cost jobs.",
     "the plan would cost jobs", "Joan Hartley", "Opposition spokeswoman"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "title"), ROLE_BEFORE_HONORIFIC)
def test_quotes_audit7_role_before_honorific_is_the_title(quotes_of, text, needle, speaker, title):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_title"]) == (speaker, title)


# A bare honorific with no role is still the title (docs/speakers.md), and never part of a role.
@pytest.mark.parametrize(("text", "needle", "title"), [
    ("Dr Tan Wei said the talks had failed.", "the talks had failed", "Dr"),
    ("Dr Mary Collins, the hospital director, said the ward would close.", "the ward would close", "hospital director"),
])
def test_quotes_audit7_bare_honorific_unchanged(quotes_of, text, needle, title):
    assert _one(quotes_of(text), needle)["speaker_title"] == title
