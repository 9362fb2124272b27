"""Statement constructions found from the parse in their variants (clauses17): a passive
evaluation with an as-predicate, a relative clause whose pronoun is a naming verb's object, a
statement noun as the means of its owner's verb ('fired back with accusations that ...'), a noun's
that-clause after its modifiers and a comma, and a nationality owner read as its country."""

import pandas as pd
import pytest

import newslab as nl


def _quotes(nlp, text):
    arts = pd.DataFrame({"article_id": ["a"], "text": [text]})
    q = nl.analyze(arts, nlp=nlp).quotes
    return [(r.speaker, r.text, r.frame) for r in q.itertuples()]


def _canonical(nlp, text):
    arts = pd.DataFrame({"article_id": ["a"], "text": [text]})
    q = nl.analyze(arts, nlp=nlp).quotes
    return [(r.speaker_canonical, r.speaker_type, r.text) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The verdict was hailed as a victory by civil rights campaigners.",
         ("civil rights campaigners", "The verdict was hailed as a victory", "stance")),
        ("The proposal was condemned as unconstitutional by several judges.",
         ("several judges", "The proposal was condemned as unconstitutional", "stance")),
        ("The scheme was criticised as a waste of money by the auditor.",
         ("the auditor", "The scheme was criticised as a waste of money", "stance")),
        # all the coordinated agents stay out of the span
        ("The new tax was criticized as a burden on small farms by farmers and also by members of the ruling party.",
         ("farmers", "The new tax was criticized as a burden on small farms", "stance")),
    ],
)
def test_quotes_clauses17_passive_evaluation(nlp, text, expected):
    assert expected in _quotes(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The scheme was criticised by the auditor.",  # no predicate: no statement (optional, Q8)
        "The auditor criticised the scheme as a waste of money.",  # the active form stays optional (R41)
    ],
)
def test_quotes_clauses17_evaluation_not_statement(nlp, text):
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She adopted a stray cat, which she describes as her best friend.",
         ("she", "as her best friend", "speech")),
        ("He wrote a book about the war, which he called a tragedy for both nations.",
         ("he", "a tragedy for both nations", "speech")),
        ("They rejected the pay offer, which the union called an insult.",
         ("the union", "an insult", "speech")),
        ("The minister defended the tax, which she described as fair and necessary.",
         ("she", "as fair and necessary", "speech")),
    ],
)
def test_quotes_clauses17_relative_naming(nlp, text, expected):
    assert expected in _quotes(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The opposition leader responded with allegations that the election had been rigged.",
         ("The opposition leader", "the election had been rigged", "speech")),
        ("The minister countered with claims that the figures were out of date.",
         ("The minister", "the figures were out of date", "speech")),
        # a participle cue joined to the noun's clause is a statement of its own
        ("The party fired back with accusations that the mayor was hiding the audit and saying that it would go to court.",
         ("The party", "the mayor was hiding the audit", "stance")),
    ],
)
def test_quotes_clauses17_noun_as_means(nlp, text, expected):
    assert expected in _quotes(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The council agreed with claims that the bridge was unsafe.",
        "The inquiry dealt with allegations that the files had been destroyed.",
    ],
)
def test_quotes_clauses17_with_argument_not_owner(nlp, text):
    assert not any(s in ("The council", "The inquiry") for s, _, _ in _quotes(nlp, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Critics questioned the mayor's claim, that the tunnel would be finished by June.",
         ("the mayor", "the tunnel would be finished by June", "speech")),
        ("Residents rejected the characterisation of the protest by police, that it had been violent.",
         ("police", "it had been violent", "speech")),
        ("The army's view, that the soldiers acted in self-defence, was rejected by the families.",
         ("The army", "the soldiers acted in self-defence", "belief")),
    ],
)
def test_quotes_clauses17_comma_clause(nlp, text, expected):
    assert expected in _quotes(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Israel and Lebanon agreed on a ceasefire. France accepted a Lebanese offer to send troops to the south.",
         ("Lebanon", "organization", "to send troops to the south")),
        ("Canada and the United States argue over lumber. A panel rejected Canadian claims that the duties were illegal.",
         ("Canada", "organization", "the duties were illegal")),
        ("Sweden and Norway met in Oslo. The talks stalled over Swedish demands that the fishing quota be cut.",
         ("Sweden", "organization", "the fishing quota be cut")),
    ],
)
def test_quotes_clauses17_nationality_country(nlp, text, expected):
    assert expected in _canonical(nlp, text)


def test_quotes_clauses17_nationality_without_country(nlp):
    # A nationality of a country the article does not name stays as written.
    rows = _canonical(nlp, "The talks stalled over German demands that the debt be repaid in full.")
    assert ("German", "organization", "the debt be repaid in full") in rows
