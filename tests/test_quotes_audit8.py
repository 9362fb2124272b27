"""Quotes, audit round 8: errors found by reading 25 unseen Wikinews articles beside their quotes
table (/work/wt/audit8-errors.md): a person's title written only at an earlier mention, a
'saying' hung on a stance verb without a comma or through 'by', and the adjective 'said'.

Every rule has several sentences of our own, and negative sentences that must not change.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# ------------------------------------------------- the title of an earlier mention carries over

CARRIED_TITLE = [
    # (text, words of the statement, speaker, title)
    ('Joint administrator Rob Hunt of Grant Partners said the shops would close. "We cannot trade," Hunt said.',
     "We cannot trade", "Hunt", "Joint administrator"),
    ('Senator Mary Okoro of Lagos has changed her mind on the bill. "This bill helps nobody," said Okoro.',
     "This bill helps nobody", "Okoro", "Senator"),
    ("Reporter Tom Gale mocked the plan in his column. \"The children will pay for it,\" Gale wrote.",
     "The children will pay", "Gale", "Reporter"),
    ('Plant pathologist Anna Voss inspected the field on Monday. "The rot starts inside," said Voss.',
     "The rot starts inside", "Voss", "Plant pathologist"),
    ("Peter Ward, a Labour councillor for the east ward, has opposed the scheme. \"It is a waste of money,\" Ward said.",
     "It is a waste of money", "Ward", "Labour councillor for the east ward"),
    ("Britain's trade minister, Ian Pell, said the talks went well. \"We are close to a deal,\" Lord Pell said.",
     "We are close to a deal", "Pell", "Britain's trade minister"),
    ('President Jalal Rahimi said the text was nearly ready. "The meetings are still going on," Rahimi told reporters.',
     "The meetings are still going on", "Rahimi", "President"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "title"), CARRIED_TITLE)
def test_quotes_audit8_title_of_an_earlier_mention_carries_over(quotes_of, text, needle, speaker, title):
    row = _one(quotes_of(text), needle)
    assert row["speaker"] == speaker
    assert row["speaker_title"] == title


# 'who is/has been the X' on the name says the role; a duration after it is no part of it.
RELATIVE_ROLE = [
    ("Mallory, who has been the Premier of Tasmania for nine years, said he would stand again.",
     "he would stand again", "Premier of Tasmania"),
    ("Okafor, who is the chief executive of Delta Mills, said the plant would stay open.",
     "the plant would stay open", "chief executive of Delta Mills"),
    ('Mr Brandt, who was the mayor of Kiel until 2004, said the port needed money. "I\'m not leaving," Mr Brandt said.',
     "I'm not leaving", "mayor of Kiel"),
]


@pytest.mark.parametrize(("text", "needle", "title"), RELATIVE_ROLE)
def test_quotes_audit8_who_has_been_the_role_is_the_title(quotes_of, text, needle, title):
    assert _one(quotes_of(text), needle)["speaker_title"] == title


# No role anywhere: the row has no title (a bare Mr/Ms is none since titles21); a role of somebody else
# with the same surname never carries; an adjective before the name is no role.
NO_CARRY = [
    ('Mr Alvarez said the vote was fair. "I have nothing to add," Mr Alvarez said.', "I have nothing to add", ""),
    ('Jan Berg said the talks would go on. "We will meet again," Berg said.', "We will meet again", ""),
    ('Former Bob Kemp opened the shop in May. "We are not worried," Kemp said.', "We are not worried", ""),
    ('Judge Ada Kemp heard the case on Monday. "The ruling was fair," Sam Kemp said.', "The ruling was fair", ""),
]


@pytest.mark.parametrize(("text", "needle", "title"), NO_CARRY)
def test_quotes_audit8_no_role_written_no_title_carried(quotes_of, text, needle, title):
    assert _one(quotes_of(text), needle)["speaker_title"] == title


# ------------------------------------------------- 'saying' on a stance verb: stance frame

STANCE_SAYING = [
    # (text, words of the statement)
    ("Foreign Minister Anna Berg dismissed the threat by saying that no country should be intimidated by it.",
     "no country should be intimidated"),
    ('The government has condemned the attacks on the border guards saying "violence will not be tolerated."',
     "violence will not be tolerated"),
    ("The union rejected the offer by saying it would cut wages for new staff.", "it would cut wages"),
    ("The mayor welcomed the report, saying it offered a way forward.", "it offered a way forward"),
    ("The club denied the claims with saying that all rules had been followed.", "all rules had been followed"),
]


@pytest.mark.parametrize(("text", "needle"), STANCE_SAYING)
def test_quotes_audit8_saying_on_a_stance_verb_is_stance(quotes_of, text, needle):
    assert _one(quotes_of(text), needle)["frame"] == "stance"


SPEECH_SAYING = [
    ("The mayor responded by saying that the budget was balanced.", "the budget was balanced"),
    ("The coach spoke to reporters, saying the team was tired.", "the team was tired"),
    ("She ended the meeting by saying that the school would reopen in May.", "the school would reopen"),
]


@pytest.mark.parametrize(("text", "needle"), SPEECH_SAYING)
def test_quotes_audit8_saying_on_other_verbs_stays_speech(quotes_of, text, needle):
    assert _one(quotes_of(text), needle)["frame"] == "speech"


# ------------------------------------------------- the adjective 'said' ('aforementioned') is no cue

SAID_ADJECTIVE = [
    "Hundreds of said officials have been tried for human rights crimes, but only four were convicted.",
    "The said property was sold to a developer in 2004.",
    "Records show that the said vehicle had never been insured.",
]


@pytest.mark.parametrize("text", SAID_ADJECTIVE)
def test_quotes_audit8_said_as_adjective_is_no_statement(quotes_of, text):
    assert not any(quotes_of(text)["cue"] == "said")


SAID_VERB = [
    ("A report that said officials had lied was published on Monday.", "officials had lied"),
    ("The minister said officials would review the plan.", "officials would review the plan"),
    ("The police said residents should stay indoors.", "residents should stay indoors"),
]


@pytest.mark.parametrize(("text", "needle"), SAID_VERB)
def test_quotes_audit8_said_before_a_noun_subject_stays_a_cue(quotes_of, text, needle):
    assert _one(quotes_of(text), needle)["cue"] == "said"


# The role at a mention: a hyphenated title stays whole, 'named' is no part of it, an apposition
# that names no role (a place, a pseudonym) is no title, and a parenthetical remark is dropped.
MENTION_ROLE = [
    ('UN Secretary-General Ban Ki-moon visited Freetown on Friday. "The vote was fair," Ban said.',
     "The vote was fair", "UN Secretary-General"),
    ('"This is a new day," said an opposition official named Omar Tekov. "We won," Tekov said.',
     "We won", "opposition official"),
    ('Carmen Ruiz (a pseudonym) set up a support group. "Nobody listened to us," Ruiz said.',
     "Nobody listened to us", ""),
    ("The head of the Energy Agency (the research arm of the ministry), Guy Carter, spoke on Monday. "
     '"Prices will rise," Carter said.', "Prices will rise", "head of the Energy Agency"),
]


@pytest.mark.parametrize(("text", "needle", "title"), MENTION_ROLE)
def test_quotes_audit8_role_written_at_a_mention(quotes_of, text, needle, title):
    assert _one(quotes_of(text), needle)["speaker_title"] == title
