"""Statement finding, audit round: error classes found by reading unseen news side by side
with the quotes table (docs/quotes.md, "Audit").

Every rule has several sentences of our own, and negative sentences that must not change.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one  # noqa: E402


def _texts(df):
    return df["text"].tolist()


# ---------------------------------------------------------------- a reported clause never ends on a connective

DANGLING = [
    # (text, expected content, cue)
    ("Managers at both mills said that they had not been told about the closure, and a union official said that "
     "the workers would strike on Monday.", "they had not been told about the closure", "said"),
    ("A survey by the regional tourism board showed that most visitors came for the beaches, yet nearly half of them "
     "say they would return for the food.", "most visitors came for the beaches", "showed"),
    ("The harbour master said that the ferry had left on time, but the owners said the crossing was delayed by fog.",
     "the ferry had left on time", "said"),
]


@pytest.mark.parametrize(("text", "content", "cue"), DANGLING)
def test_quotes_audit_no_dangling_connective(quotes_of, text, content, cue):
    row = _one(quotes_of(text), content)
    assert (row["text"], row["cue"]) == (content, cue)


# ---------------------------------------------------------------- a paragraph break ends a reported clause

PARAGRAPHS = [
    ("The ministry issued a statement on Monday saying it had filed a complaint with the embassy in Lagos, where it "
     "will be delivered by the deputy minister.\n\nLocal officials are looking into the matter.",
     "it had filed a complaint with the embassy in Lagos, where it will be delivered by the deputy minister"),
    ("The club released a note on Friday saying the stadium would reopen in May after the repairs to the roof.\n\n"
     "Fans had waited two seasons",
     "the stadium would reopen in May after the repairs to the roof"),
]


@pytest.mark.parametrize(("text", "content"), PARAGRAPHS)
def test_quotes_audit_paragraph_ends_clause(quotes_of, text, content):
    df = quotes_of(text)
    assert content in _texts(df)
    assert not any("\n" in t for t in _texts(df))


# ---------------------------------------------------------------- a day is not a speaker

@pytest.mark.parametrize("text", [
    "The Foreign Office issued a statement Saturday saying it had lodged a formal complaint with the embassy.",
    "The council published a notice Tuesday saying the road would close for a week.",
])
def test_quotes_audit_day_is_no_speaker(quotes_of, text):
    df = quotes_of(text)
    assert len(df) == 1
    assert df.iloc[0]["speaker"] not in ("Saturday", "Tuesday")


# ---------------------------------------------------------------- a saying joined to an infinitive is intended, not done

@pytest.mark.parametrize("text", [
    "Relatives and friends of the sailor gathered in Halifax to try and explain why he was still being held abroad.",
    "The residents met at the library to sit down and discuss whether the park should be sold.",
    "Union leaders will meet the board and tell them that the offer is too low.",
])
def test_quotes_audit_coordinated_infinitive_is_no_statement(quotes_of, text):
    assert quotes_of(text).empty


@pytest.mark.parametrize(("text", "content", "cue"), [
    # realised sayings joined by 'and' still count
    ("The mayor stood up and said that the budget was balanced.", "the budget was balanced", "said"),
    ("The coach went on to explain that the team had trained in the heat.", "the team had trained in the heat", "explain"),
])
def test_quotes_audit_realised_saying_kept(quotes_of, text, content, cue):
    row = _one(quotes_of(text), content)
    assert (row["text"], row["cue"]) == (content, cue)


# ---------------------------------------------------------------- cue lexicon: manner-of-speaking verbs, clarify, rule

INVERTED = [
    ('"Nobody on this council has lifted a finger," railed the campaign\'s lawyer Dana Ortiz.',
     "Nobody on this council has lifted a finger,", "railed", "Dana Ortiz"),
    ('"Frankly, the province is years behind," chastised Green Party spokesman Omar Haddad.',
     "Frankly, the province is years behind,", "chastised", "Omar Haddad"),
    ('"That is simply not true," scoffed the minister, Helen Byrne.',
     "That is simply not true,", "scoffed", "Helen Byrne"),
]


@pytest.mark.parametrize(("text", "content", "cue", "speaker"), INVERTED)
def test_quotes_audit_manner_of_speaking_cue(quotes_of, text, content, cue, speaker):
    row = _one(quotes_of(text), content)
    assert (row["kind"], row["cue"]) == ("direct", cue)
    assert speaker.split()[-1] in row["speaker"]


@pytest.mark.parametrize("text", [
    "Protesters railed against the decision outside the court.",  # no quotation: no statement
    "The cable snapped and the crane fell onto the road.",
    "The teacher chastised the pupils for arriving late.",
])
def test_quotes_audit_manner_verbs_need_a_quotation(quotes_of, text):
    assert quotes_of(text).empty


CLARIFY_RULE = [
    ("A spokeswoman for the airline, Maria Lind, clarified that the flights would resume on Thursday.",
     "the flights would resume on Thursday", "clarified", "indirect"),
    ('Project manager Sam Okoye clarified that the crew was "in talks with the regulator and expects a permit soon,"',
     'the crew was "in talks with the regulator and expects a permit soon,"', "clarified", "mixed"),
    ("The supreme court ruled that the election results were valid.", "the election results were valid", "ruled", "indirect"),
    ("The tribunal ruled that a second recount was unnecessary.", "a second recount was unnecessary", "ruled", "indirect"),
]


@pytest.mark.parametrize(("text", "content", "cue", "kind"), CLARIFY_RULE)
def test_quotes_audit_clarify_and_rule(quotes_of, text, content, cue, kind):
    row = _one(quotes_of(text), content)
    assert (row["text"], row["cue"], row["kind"]) == (content, cue, kind)


@pytest.mark.parametrize("text", [
    "The judge ruled against the motion on Monday.",  # a noun phrase: a decision, no reported clause
    "The party ruled the province for thirty years.",
    "Officials clarified the rules for visitors.",
])
def test_quotes_audit_rule_needs_a_clause(quotes_of, text):
    assert quotes_of(text).empty


# ---------------------------------------------------------------- 'accused X of + gerund' when 'of' hangs on the object

ACCUSED = [
    ("Chancellor Angela Merkel, in her speech on trade and human rights, accused Zimbabwe's President Robert Mugabe of "
     "harming the region's image.", "Zimbabwe's President Robert Mugabe of harming the region's image", "Angela Merkel"),
    ("The union accused the company of breaking the pay agreement.", "the company of breaking the pay agreement", "The union"),
    ("In a letter to parents, the head teacher accused the council's education officer Tom Reyes of ignoring the "
     "school's complaints.", "the council's education officer Tom Reyes of ignoring the school's complaints", "the head teacher"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), ACCUSED)
def test_quotes_audit_accused_of_gerund(quotes_of, text, content, speaker):
    row = _one(quotes_of(text), content)
    assert (row["text"], row["kind"], row["cue"]) == (content, "indirect", "accused")
    assert speaker.split()[-1] in row["speaker"]


@pytest.mark.parametrize("text", [
    "The opposition accused the mayor of fraud.",  # a noun: optional (guideline Q8), no row
    "Residents accused the landlord of neglect and poor repairs.",
])
def test_quotes_audit_accused_of_noun_is_none(quotes_of, text):
    assert quotes_of(text).empty
