"""Reported (indirect) speech: which clauses are statements, who made them, and where they end.

Each rule has several sentences of our own, and negative sentences that must stay no
statement. The teaching stories' rows behind these rules are checked in
tests/test_examples_gold.py.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one  # noqa: E402

# ---------------------------------------------------------------- participial cue clauses

PARTICIPLES = [
    # (sentence, content, cue, speaker)
    ("Residents are divided over the sea wall, with families in the lower town welcoming the plan and "
     "shop owners on the harbour front warning that it will block the view.", "it will block the view", "warning", "shop owners"),
    ("The council approved the budget, with opposition councillors warning that services would suffer.",
     "services would suffer", "warning", "opposition councillors"),
    ("The town is divided, with cafe owners welcoming the tourists and fishermen warning that the new harbour fees will drive them out.",
     "the new harbour fees will drive them out", "warning", "fishermen"),
    ("Parents have signed a petition, with many warning that the new bus route is unsafe.", "the new bus route is unsafe", "warning", "many"),
    ("The bridge was closed on Monday, engineers adding that repairs could take a month.", "repairs could take a month", "adding", "engineers"),
    ("The companies have sent a message in response saying that prices may rise next year.", "prices may rise next year", "saying", "The companies"),
    ("Protesters gathered outside parliament, with some claiming that the vote had been rigged.", "the vote had been rigged", "claiming", "some"),
]


@pytest.mark.parametrize(("text", "content", "cue", "speaker"), PARTICIPLES)
def test_quotes_reported_participle_clause(quotes_of, text, content, cue, speaker):
    row = _one(quotes_of(text), content)
    assert (row["text"], row["kind"], row["cue"], row["speaker"]) == (content, "indirect", cue, speaker)


@pytest.mark.parametrize("text", [
    "Drivers ignored the warning signs on the motorway.",
    "The children were saying goodbye to their teachers.",
    "A warning that the dam could fail was issued on Monday.",
    "The agency repeated its warning that the dam could fail.",
    "Arguing with the referee, the striker was sent off.",
])
def test_quotes_reported_participle_negatives(quotes_of, text):
    assert quotes_of(text).empty


@pytest.mark.parametrize(("text", "speaker"), [
    # A noun that is the object of a preposition is not the participle's subject.
    ("The Tehran Times responded to Bush reporting that the president had gone too far.", "The Tehran Times"),
    ("The general addressed a press conference at the Pentagon stating that the attack had failed.", "The general"),
    ("The government condemned the attacks on soldiers saying that the border must be secured.", "The government"),
])
def test_quotes_reported_participle_belongs_to_subject(quotes_of, text, speaker):
    df = quotes_of(text)
    assert df["speaker"].tolist() == [speaker], df[["text", "cue", "speaker"]].values.tolist()


# ---------------------------------------------------------------- postposed media cues

POSTPOSED = [
    ("Talks between the council and the government over money for the sea wall have stalled, Coastline Today has learned.",
     "Talks between the council and the government over money for the sea wall have stalled", "Coastline Today", "evidence"),
    ("Two senior ministers are preparing to resign, The Guardian has learned.", "Two senior ministers are preparing to resign", "The Guardian", "evidence"),
    ("The club is close to signing the Brazilian striker, the BBC understands.", "The club is close to signing the Brazilian striker", "BBC", "belief"),
    ("The company will close three factories, the newspaper understands.", "The company will close three factories", "the newspaper", "belief"),
]


@pytest.mark.parametrize(("text", "content", "speaker", "frame"), POSTPOSED)
def test_quotes_reported_postposed_cue(quotes_of, text, content, speaker, frame):
    row = _one(quotes_of(text), content)
    assert (row["text"], row["speaker"], row["frame"]) == (content, speaker, frame)


@pytest.mark.parametrize("text", [
    "She learned that the bridge would close in May.",
    "He understands the risks of the operation.",
    "Students learned to swim at the new pool.",
    'She learned "the hard way" that the road floods.',
])
def test_quotes_reported_postposed_cue_not_forward(quotes_of, text):
    assert quotes_of(text).empty


# ---------------------------------------------------------------- where the reported clause ends

SPAN_ENDS = [
    # the writer's comparison
    ("A senior official familiar with the talks said the government was unlikely to offer more than £30 million, "
     "well short of the £50 million the council had hoped for.", "the government was unlikely to offer more than £30 million"),
    ("The chief executive said profits rose to £4 million, compared with £6 million a year earlier.", "profits rose to £4 million"),
    # an apposition that introduces a named person
    ("The paper reported that the minister had met Anna Berg, the daughter of a rival, who ran the agency until 2016.",
     "the minister had met Anna Berg"),
    ("Witnesses said the crowd cheered for Morton, a former mayor and critic of the plan.", "the crowd cheered for Morton"),
    # a relative clause that reports somebody else's view
    ("He said the economy would take years to recover from the recession, which most economists believe began in 2008.",
     "the economy would take years to recover from the recession"),
    ("Officials said there had been two explosions, in what a witness described as a deliberate attack.", "there had been two explosions"),
    # an adverbial of the reporting act
    ("His family said he died in hospital without elaborating.", "he died in hospital"),
    # the addressee of 'told X that there ...' stays out
    ("The treasurer told the Associated Press that there would need to be new taxes.", "there would need to be new taxes"),
    ("The lawyer told reporters that there was no evidence against his client.", "there was no evidence against his client"),
]


@pytest.mark.parametrize(("text", "content"), SPAN_ENDS)
def test_quotes_reported_span_end(quotes_of, text, content):
    df = quotes_of(text)
    assert content in df["text"].tolist(), df[["text", "cue", "speaker"]].values.tolist()


@pytest.mark.parametrize(("text", "content"), [
    # relative clauses and appositions that belong to the statement stay in (guideline Q2)
    ("The minister said children who catch measles can develop encephalitis, which can cause deafness.",
     "children who catch measles can develop encephalitis, which can cause deafness"),
    ("The coach said the team would miss Smith, the club's captain, for two weeks.", "the team would miss Smith, the club's captain, for two weeks"),
    ("A Turkish official said that the pipeline, which is already running, makes the project unnecessary.",
     "the pipeline, which is already running, makes the project unnecessary"),
])
def test_quotes_reported_span_keeps_content(quotes_of, text, content):
    assert content in quotes_of(text)["text"].tolist()


def test_quotes_reported_belief_in_relative_clause_is_background(quotes_of):
    df = quotes_of("He said the economy would take years to recover from the recession, which most economists believe began in 2008.")
    assert df["cue"].tolist() == ["said"]


# ---------------------------------------------------------------- complements: gerunds and refusals

@pytest.mark.parametrize(("text", "content"), [
    ("Palestinian officials accused Israel of undermining their efforts to form a coalition.", "Israel of undermining their efforts to form a coalition"),
    ("Residents accused the council of ignoring their complaints for years.", "the council of ignoring their complaints for years"),
    ("The FBI has declined to release the details of the investigation.", "to release the details of the investigation"),
])
def test_quotes_reported_clausal_complement(quotes_of, text, content):
    assert _one(quotes_of(text), content)["text"] == content


def test_quotes_reported_accused_of_noun_is_none(quotes_of):
    assert quotes_of("The union accused the company of fraud.").empty
