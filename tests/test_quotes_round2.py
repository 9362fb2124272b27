"""Statement finding, round 2: split parses, coordinated and cut reported clauses, lead-ins,
embedded questions and standalone quotations after an indirect statement.

Every rule has several sentences of our own and negative sentences that must not change.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one  # noqa: E402


def _rows(df):
    return df[["text", "kind", "cue", "speaker"]].values.tolist()


# ---------------------------------------------------------------- a clause split into object + verb, 'declared X to be Y'

OBJECT_CLAUSES = [
    # (sentence, content, cue, speaker)
    ("Committee chairman Paul Reyes has repeatedly maintained an inquiry is what the panel is already doing.",
     "an inquiry is what the panel is already doing", "maintained", "Paul Reyes"),
    ("On Monday, the health ministry declared the outbreak of measles in the northern provinces to be an epidemic.",
     "the outbreak of measles in the northern provinces to be an epidemic", "declared", "the health ministry"),
    ("The mayor declared the old harbour bridge to be unsafe.", "the old harbour bridge to be unsafe", "declared", "The mayor"),
]


@pytest.mark.parametrize(("text", "content", "cue", "speaker"), OBJECT_CLAUSES)
def test_quotes_round2_object_clause(quotes_of, text, content, cue, speaker):
    row = _one(quotes_of(text), content)
    assert (row["text"], row["kind"], row["cue"], row["speaker"]) == (content, "indirect", cue, speaker)


@pytest.mark.parametrize("text", [
    "The minister maintained his innocence and resigned on Friday.",  # an object and a second act
    "The company announced plans to build a new plant in Leeds.",  # an infinitive that is no predicate
    "The governor declared a state of emergency on Tuesday.",  # an executive act
])
def test_quotes_round2_object_clause_negatives(quotes_of, text):
    assert quotes_of(text).empty, _rows(quotes_of(text))


# ---------------------------------------------------------------- coordinated reported clauses, a trailing time

COORDINATED = [
    ('Bhutto had told reporters she was "not scared" and was concentrating on her mission, only hours before the attack.',
     'she was "not scared" and was concentrating on her mission', "mixed"),
    ("The coach told reporters the team was tired and would rest before the final, days after the semi-final.",
     "the team was tired and would rest before the final", "indirect"),
]


@pytest.mark.parametrize(("text", "content", "kind"), COORDINATED)
def test_quotes_round2_coordinated_clause(quotes_of, text, content, kind):
    row = _one(quotes_of(text), content.split(" and ")[0])
    assert (row["text"], row["kind"]) == (content, kind)


@pytest.mark.parametrize(("text", "content"), [
    # The second verb repeats the cue's own auxiliary or has none: the speaker's act, not the report.
    ("The chairman had said the club was in debt and had resigned the same evening.", "the club was in debt"),
    # A new sentence part after a semicolon is not the report.
    ("The report said that the partners had agreed to the sale; but the workers had never been consulted about it.",
     "the partners had agreed to the sale"),
])
def test_quotes_round2_coordinated_clause_negatives(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


# ---------------------------------------------------------------- the writer's words at the end of a report

@pytest.mark.parametrize(("text", "content"), [
    # A present-tense comment after ', but' on a past report is the writer speaking now.
    ("The U.S. stated that communication with one of its satellites was lost, but thus far no evidence has turned up "
     "to link the loss to the test.", "communication with one of its satellites was lost"),
    ("The ministry said the pipeline had been repaired, but no oil has flowed through it since.", "the pipeline had been repaired"),
    # An apposition that goes on describing the person named.
    ("Reports indicate that moderate voters backed the rival to prevent a victory by Morton, a social conservative "
     'and supporter of private clinics, and has been portrayed as a "right-wing extremist".',
     "moderate voters backed the rival to prevent a victory by Morton"),
])
def test_quotes_round2_writer_tail(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


@pytest.mark.parametrize(("text", "content"), [
    # Both clauses put in the past: both are reported.
    ("The manager said the plant had closed, but workers had been paid.", "the plant had closed, but workers had been paid"),
    # 'is to remain' is a reported plan, not the writer's present.
    ("The leaders announced Italy would take command of the force, but France is to remain in command until February.",
     "Italy would take command of the force, but France is to remain in command until February"),
])
def test_quotes_round2_writer_tail_negatives(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist(), _rows(quotes_of(text))


def test_quotes_round2_participle_after_according_to(quotes_of):
    text = "Crude futures touched a record price of US$92.22, according to Bloomberg, setting another all-time high."
    assert _rows(quotes_of(text)) == [["Crude futures touched a record price of US$92.22", "indirect", "according to", "Bloomberg"]]


def test_quotes_round2_gerund_after_confess(quotes_of):
    row = _one(quotes_of('Parker confesses to making a "mistake" over the returns.'), "mistake")
    assert (row["text"], row["kind"], row["cue"]) == ('making a "mistake" over the returns', "mixed", "confesses")


# ---------------------------------------------------------------- the writer's lead-ins and inverted cues

@pytest.mark.parametrize(("text", "content"), [
    ("Speaking outside a two-day donors conference in London, Mr Downer said Australia would send more troops.",
     "Australia would send more troops"),
    ("Responding to questions from the audience, the minister said the school would stay open.", "the school would stay open"),
    ("Asked about the vote, she said it was fair.", "it was fair"),
])
def test_quotes_round2_participial_lead_in_is_no_statement(quotes_of, text, content):
    assert quotes_of(text)["text"].tolist() == [content]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The president agreed to sign a bill that would allow a limited review of the program, said Senate committee chairman Arlen Specter.",
     "The president agreed to sign a bill that would allow a limited review of the program", "Arlen Specter"),
    ("According to the Toy Industry Association, toys made in China account for most of the toys sold in the U.S., The Times said.",
     "toys made in China account for most of the toys sold in the U.S.", "the Toy Industry Association"),
])
def test_quotes_round2_inverted_cue_is_not_content(quotes_of, text, content, speaker):
    df = quotes_of(text)
    assert not df["text"].str.startswith("said ").any(), _rows(df)
    assert _one(df, content)["speaker"] == speaker


# ---------------------------------------------------------------- speakers: semicolons, embedded questions

def test_quotes_round2_interjection_keeps_its_cue(quotes_of):
    df = quotes_of('Abbott had then interjected towards Beazley, saying "You big bellowing cow"; the Speaker asked Abbott to withdraw.')
    row = _one(df, "bellowing")
    assert (row["cue"], row["speaker"]) == ("saying", "Abbott")


def test_quotes_round2_semicolon_blocks_a_postposed_attribution(quotes_of):
    df = quotes_of('The crowd chanted "Out, out, out"; the chairman told reporters the protest was peaceful.')
    assert "chairman" not in "".join(df[df["text"].str.contains("Out, out")]["speaker"].tolist()), _rows(df)


@pytest.mark.parametrize(("text", "speaker"), [
    ('An eyewitness described for a news agency how the attack unfolded, stating, "I was crossing the road when I saw the man."',
     "An eyewitness"),
    ('The driver explained how the crash happened, saying, "The brakes failed on the hill and I could not stop."', "The driver"),
])
def test_quotes_round2_embedded_question_speaker(quotes_of, text, speaker):
    row = _one(quotes_of(text), "I ")
    assert row["speaker"].startswith(speaker), _rows(quotes_of(text))


def test_quotes_round2_embedded_question_keeps_a_speaking_subject(quotes_of):
    # The question's subject can speak: it stays the speaker ('how she would vote, saying ...' is hers).
    row = _one(quotes_of("Reporters asked how the senator would vote, with the senator saying that she had not decided."), "not decided")
    assert row["speaker"] == "the senator"


# ---------------------------------------------------------------- a standalone quotation after an indirect statement

STORY = (
    '"We will not change the plan," Mayor Ruth Calloway said.\n\n'
    "State treasurer Andrew Fraser told reporters that there would need to be limits on growth.\n\n"
    '"Population growth is not governed by policy, and to stop it would be an infringement on the rights of families."'
)


def test_quotes_round2_standalone_after_indirect(quotes_of):
    row = _one(quotes_of(STORY), "Population growth")
    assert (row["cue"], row["speaker"]) == ("", "Andrew Fraser")


def test_quotes_round2_standalone_after_pronoun_sentence(quotes_of):
    text = ("The airman said that he had never seen anything like it before. "
            'He had not intervened "because they were bigger than me, and I did not know their orders".')
    row = _one(quotes_of(text), "bigger than me")
    assert row["speaker"] == "The airman"


@pytest.mark.parametrize("text", [
    # The statement before sits in a relative clause: not the quotation's source.
    ('"It has no relevance," Obama said.\n\nObama was annoyed when asked about a report that quoted an unnamed aide saying that '
     'his name appears in blogs. "I am offended by that statement and there is no evidence for it."'),
])
def test_quotes_round2_standalone_not_from_embedded_statement(quotes_of, text):
    row = _one(quotes_of(text), "offended")
    assert row["speaker"] != "an unnamed aide", _rows(quotes_of(text))


def test_quotes_round2_scare_quote_mid_sentence_is_no_statement(quotes_of):
    text = ("Immigration officials say the camps are being kept ready. "
            'The "million dollar a month" figure is six times the official estimate.')
    assert not quotes_of(text)["text"].str.contains("million dollar").any()
