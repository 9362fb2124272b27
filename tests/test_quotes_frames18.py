"""frames18: the frame of a participial saying-clause from the expression it hangs on (R50b), directive
verbs of persuasion and invitation (R51), 'blame X for + gerund' (R47), gerunds after 'complain of'
(R53), 'made (it) clear that' with the source's own belief inside (R35), and quoted words in a
phrase on an object or a conditional warning (R25). Sentences of our own."""

import pandas as pd
import pytest

import newslab as nl


def _quotes(nlp, text):
    arts = pd.DataFrame({"article_id": ["a"], "text": [text]})
    q = nl.analyze(arts, nlp=nlp).quotes
    return [(r.speaker, r.text, r.frame) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stance verb, with and without the comma (the parser hangs the clause on the object)
        ("The union criticised the plan, saying it was rushed.", ("The union", "it was rushed", "stance")),
        ("The mayor dismissed the allegations saying that the audit had found nothing wrong.",
         ("The mayor", "the audit had found nothing wrong", "stance")),
        # an attitude noun of likelihood keeps the belief frame (R36/R50b)
        ('The governor also expressed concern about the budget, saying that "the numbers simply do not add up."',
         ("The governor", "the numbers simply do not add up.", "belief")),
        ("The agency voiced fears over the outbreak, claiming that hospitals could soon run out of beds.",
         ("The agency", "hospitals could soon run out of beds", "belief")),
        # 'adding' is a further statement: speech
        ("The prime minister praised the rescue teams, adding that they had saved hundreds of lives.",
         ("The prime minister", "they had saved hundreds of lives", "speech")),
    ],
)
def test_quotes_frames18_saying_clause_frame(nlp, text, expected):
    assert expected in _quotes(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The university invited the minister to open the new library next month.",
         ("The university", "to open the new library next month", "directive")),
        ("The committee has invited the chief executive to appear before it in June.",
         ("The committee", "to appear before it in June", "directive")),
        ("The club has persuaded its former coach to return for one more season.",
         ("The club", "to return for one more season", "directive")),
        ("Activists convinced the council to drop the fee.", ("Activists", "to drop the fee", "directive")),
        ("The organisers welcomed all residents to join the clean-up on Saturday.",
         ("The organisers", "to join the clean-up on Saturday", "directive")),
    ],
)
def test_quotes_frames18_object_directives(nlp, text, expected):
    assert expected in _quotes(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She was invited to speak at the conference.",
        "Officials invited bids to build the stadium.",
        "The minister welcomed the decision to cut fuel taxes.",
        "The team was convinced that the referee had made a mistake.",
    ],
)
def test_quotes_frames18_no_object_directive(nlp, text):
    assert not any(f == "directive" for _, _, f in _quotes(nlp, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The opposition leader blamed the government for failing to prepare for the floods.",
         ("The opposition leader", "the government for failing to prepare for the floods", "stance")),
        ("Talks stalled, with each side blaming the other for breaking the ceasefire.",
         ("each side", "the other for breaking the ceasefire", "stance")),
        ("The actor was admitted to a hospital in west London on Monday complaining of feeling unwell.",
         ("The actor", "feeling unwell", "speech")),
        ("Residents have been complaining of hearing loud explosions at night.",
         ("Residents", "hearing loud explosions at night", "speech")),
    ],
)
def test_quotes_frames18_gerund_complements(nlp, text, expected):
    assert expected in _quotes(nlp, text)


def test_quotes_frames18_blame_with_a_noun_reason_is_no_statement(nlp):
    assert _quotes(nlp, "The coach blamed the referee for the defeat.") == []
    assert _quotes(nlp, "Investigators blamed the crash on pilot error.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The senator made it clear that she felt that the bill was flawed.",
         [("The senator", "she felt that the bill was flawed", "speech")]),
        ("At the summit, the president made clear that he believed the sanctions would work.",
         [("the president", "he believed the sanctions would work", "speech")]),
        ("The court made it clear that the ruling applied only to this case.",
         [("The court", "the ruling applied only to this case", "speech")]),
    ],
)
def test_quotes_frames18_made_clear_keeps_own_belief(nlp, text, expected):
    assert _quotes(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The minister warned of "serious consequences" unless the strike ended by Friday.',
         [("The minister", '"serious consequences" unless the strike ended by Friday', "speech")]),
        ('The union warned of "a summer of strikes" if the pay offer was not improved.',
         [("The union", '"a summer of strikes" if the pay offer was not improved', "speech")]),
        ('The president offered his condolences to the "people of a brave nation" after the earthquake on Sunday.',
         [("The president", 'his condolences to the "people of a brave nation"', "speech")]),
    ],
)
def test_quotes_frames18_quoted_words_in_object_phrases(nlp, text, expected):
    assert _quotes(nlp, text) == expected
