"""Statements, 0.6.0 second pass: classes of missed statements that recurred on the fresh sets.

- A reported clause before a colon that opens a whole quoted sentence ('told reporters that A:
  "B."') is two statements: the clause (indirect) and the quotation (direct), same speaker.
- A speech verb's noun-phrase object that holds a quoted fragment ('mentioned other issues
  such as "an objective timetable"', 'claims the city as its "eternal capital"') is a mixed
  statement, read like the objects of `np_quote` verbs.
- A document's participle keeps its object: 'released a statement calling the deal "a
  triumph"', 'released a videotape calling for a holy war against the "crusaders"'.
- 'as reported by X' is a source phrase like 'according to X'; a source phrase inside its
  clause ('The profits, according to Reuters, fell') gives the whole clause.
- 'according to the results of a survey': the survey is the source.

Each rule has several sentences of our own and negative sentences that must stay as they were.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one  # noqa: E402


COLON = [
    # (sentence, indirect statement, direct quotation, speaker)
    ('The president concluded that the interrogation program had helped to prevent terrorism: "This program has saved innocent lives."',
     "the interrogation program had helped to prevent terrorism", "This program has saved innocent lives.", "The president"),
    ('McCain told reporters that he was satisfied with the vetting process: "The vetting process was completely thorough."',
     "he was satisfied with the vetting process", "The vetting process was completely thorough.", "McCain"),
    ('The commander acknowledged on Monday that two officers are under investigation: "These deceptions were carried out by unscrupulous people."',
     "two officers are under investigation", "These deceptions were carried out by unscrupulous people.", "The commander"),
    ('The head teacher said the school would stay open: "We owe it to the children to carry on."',
     "the school would stay open", "We owe it to the children to carry on.", "The head teacher"),
]


@pytest.mark.parametrize(("text", "indirect", "direct", "speaker"), COLON)
def test_quotes_recall8_clause_then_quoted_sentence(quotes_of, text, indirect, direct, speaker):
    q = quotes_of(text)
    got = sorted(zip(q["kind"], q["text"], q["speaker"]))
    assert got == sorted([("indirect", indirect, speaker), ("direct", direct, speaker)])


COLON_KEPT = [
    # A quotation that completes the clause (lower case, or no subject of its own) stays one mixed statement.
    ('She said the aim of the plan was simple: "more jobs for young people".', "mixed"),
    ('The report concluded that the council had three choices: "Raise rates, cut services or borrow."', "mixed"),
    ('The minister said: "We will not raise taxes this year."', "direct"),
]


@pytest.mark.parametrize(("text", "kind"), COLON_KEPT)
def test_quotes_recall8_colon_quote_that_completes_stays_one(quotes_of, text, kind):
    q = quotes_of(text)
    assert q["kind"].tolist() == [kind], q[["kind", "text"]].values.tolist()


QUOTED_OBJECT = [
    # (sentence, statement, speaker)
    ('Maliki also mentioned other issues such as terrorism and "an objective timetable" for foreign forces to leave.',
     'other issues such as terrorism and "an objective timetable" for foreign forces to leave', "Maliki"),
    ('Israel claims the city as its "united and eternal capital".', 'the city as its "united and eternal capital"', "Israel"),
    ('The union claimed the deal as a "historic victory for working families".', 'the deal as a "historic victory for working families"', "The union"),
    ('The minister also mentioned plans for a new "national forest" near the town.', 'plans for a new "national forest" near the town', "The minister"),
    ('The Israeli government declared the Gaza Strip an "enemy entity".', 'the Gaza Strip an "enemy entity"', "The Israeli government"),
    ('Wilders announced his "shocking" movie to be ready in March.', 'his "shocking" movie to be ready in March', "Wilders"),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), QUOTED_OBJECT)
def test_quotes_recall8_quoted_object_is_mixed(quotes_of, text, statement, speaker):
    row = _one(quotes_of(text), statement.split('"')[1])
    assert (row["text"], row["kind"], row["speaker"]) == (statement, "mixed", speaker)


@pytest.mark.parametrize(("text", "kind"), [
    ("The mayor mentioned the budget and the new bridge.", None),  # no quotation: no statement
    ('In denying the "security regime" allegations, the president denounced the murder.', "direct"),  # a stance verb's object quotes others
    ('She mentioned "the crisis" twice in her speech.', "direct"),  # the object is only the quotation
    ('He said "hello" to the crowd.', "direct"),
    ("The ministry released a video calling for calm.", None),
])
def test_quotes_recall8_object_without_own_words_unchanged(quotes_of, text, kind):
    q = quotes_of(text)
    assert q["kind"].tolist() == ([kind] if kind else []), q[["kind", "text"]].values.tolist()


DOCUMENT_PARTICIPLE = [
    ('British Prime Minister Gordon Brown released a statement calling the signing of the agreement "a triumph for peace and diplomacy."',
     'the signing of the agreement "a triumph for peace and diplomacy."', "speech"),
    ('Ayman al-Zawahiri has released a new videotape calling for a holy war against the "Zionists and crusaders".',
     'a holy war against the "Zionists and crusaders"', "directive"),
    ('The charity published a report calling for an end to the "scandal of hungry children" in the city.',
     'an end to the "scandal of hungry children" in the city', "directive"),
]


@pytest.mark.parametrize(("text", "statement", "frame"), DOCUMENT_PARTICIPLE)
def test_quotes_recall8_document_participle_keeps_object(quotes_of, text, statement, frame):
    row = _one(quotes_of(text), statement.split('"')[1])
    assert (row["text"], row["kind"], row["frame"]) == (statement, "mixed", frame)


AS_REPORTED = [
    # (sentence, statement, speaker)
    ("The death toll rose from seven to 20 as reported by military officials.", "The death toll rose from seven to 20", "military officials"),
    ("On Sunday, two missiles killed 20 militants near the border, as reported by security officials.",
     "On Sunday, two missiles killed 20 militants near the border", "security officials"),
    ("On August 12, as reported by news agencies, the senator made a new proposal for peace.",
     "the senator made a new proposal for peace", "news agencies"),
    ("The company's profits, as reported by Reuters, fell by half.", "The company's profits, as reported by Reuters, fell by half", "Reuters"),
    ("The figures, according to the BBC, show a sharp rise in knife crime.",
     "The figures, according to the BBC, show a sharp rise in knife crime", "the BBC"),
    ("According to the results of a survey by the Chronicle, investments in clean energy have doubled.",
     "investments in clean energy have doubled", "the results of a survey by the Chronicle"),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), AS_REPORTED)
def test_quotes_recall8_source_phrase(quotes_of, text, statement, speaker):
    row = _one(quotes_of(text), statement)
    assert (row["text"], row["kind"], row["speaker"]) == (statement, "indirect", speaker)


@pytest.mark.parametrize("text", [
    "The accident was first reported by local media on Tuesday.",  # a passive report of an event, no phrase
    "According to its population size, the town should get two seats.",
    "According to the results of the vote, the motion was carried.",  # a vote states nothing
])
def test_quotes_recall8_no_source_phrase(quotes_of, text):
    assert quotes_of(text).empty


SECOND_QUOTED_PART = [
    # (sentence, [(kind, text)]): a quotation, then ', and (that) ...' with a quotation of its own (guideline Q4)
    ('The pact stated that, "The South and North share the view that they should end the armistice," and that they "agreed to co-operate to end hostility."',
     [("direct", "The South and North share the view that they should end the armistice,"), ("mixed", 'they "agreed to co-operate to end hostility."')]),
    ('The commissioner told reporters on Monday that "the land dispute is the biggest issue facing him" and that, "lawbreakers will be dealt with swiftly."',
     [("direct", "the land dispute is the biggest issue facing him"), ("direct", "lawbreakers will be dealt with swiftly.")]),
    ('Elias responded to the letter, stating "This was a single incident involving two staffers," and "No other senators had their credit reports accessed."',
     [("direct", "This was a single incident involving two staffers,"), ("direct", "No other senators had their credit reports accessed.")]),
    ('The mayor said that "the bridge will open in May" and that the council "has found the money to finish it."',
     [("direct", "the bridge will open in May"), ("mixed", 'the council "has found the money to finish it."')]),
]


@pytest.mark.parametrize(("text", "rows"), SECOND_QUOTED_PART)
def test_quotes_recall8_second_quoted_part_is_own_statement(quotes_of, text, rows):
    q = quotes_of(text)
    assert sorted(zip(q["kind"], q["text"])) == sorted(rows)
    assert q["speaker"].nunique() == 1


@pytest.mark.parametrize("text", [
    'The mayor said that "the bridge will open in May" and that the council will pay for it.',  # no second quotation
    'The coach said he was "very proud" and that the team had "played like champions".',  # the quotation is not the whole first part
])
def test_quotes_recall8_second_part_without_own_quotation_stays_one(quotes_of, text):
    q = quotes_of(text)
    assert q["kind"].tolist() == ["mixed"], q[["kind", "text"]].values.tolist()
