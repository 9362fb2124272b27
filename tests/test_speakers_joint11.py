"""Tests of joint speakers (0.5.0): people named together speak as one source, written one way
('A and B', 'A, B and C', the form of the gold sets), and ``aliases=`` maps each member of that
name in quotes, sources and figures."""

from __future__ import annotations

import pandas as pd
import pytest

from newslab.sources import joint_name
from newslab.quotes.speakers import apply_aliases

from .conftest import quote_row as _one  # noqa: E402


def _analyze(nlp, text: str, **kwargs):
    import newslab as nl

    return nl.analyze(pd.DataFrame({"article_id": ["a"], "text": [text]}), nlp=nlp, progress=False, **kwargs)


@pytest.mark.parametrize(("names", "expected"), [
    (["Ewan Reid"], "Ewan Reid"),
    (["Ewan Reid", "Gillian Moss"], "Ewan Reid and Gillian Moss"),
    (["Ewan Reid", "Gillian Moss", "Hamish Grant"], "Ewan Reid, Gillian Moss and Hamish Grant"),
    (["Lena Vogt", "Marco Bianchi", "Sara Lind", "Tom Evans"], "Lena Vogt, Marco Bianchi, Sara Lind and Tom Evans"),
])
def test_speakers_joint_name_form(names, expected):
    assert joint_name(names) == expected


TWO = [
    # (text, needle, canonical)
    ('"The river has never been this low," said farmers Ewan Reid and Gillian Moss.', "The river has never", "Ewan Reid and Gillian Moss"),
    ("Doctors Priya Nair and Samuel Okafor warned that the clinic would close by June.", "the clinic would close", "Priya Nair and Samuel Okafor"),
    ("Councillors Maria Lopez and Daniel Kim said the budget plan was deeply flawed.", "the budget plan", "Maria Lopez and Daniel Kim"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), TWO)
def test_speakers_joint_two_people(nlp, text, needle, canonical):
    row = _one(_analyze(nlp, text).quotes, needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "person")


THREE = [
    # (text, needle, canonical): a listed subject, a list after the cue, a quantifier for a list.
    ("Ewan Reid, Gillian Moss and Hamish Grant told the council that the river had never been this low.",
     "the river had never", "Ewan Reid, Gillian Moss and Hamish Grant"),
    ('"We were never consulted," said residents Ewan Reid, Gillian Moss and Hamish Grant.',
     "We were never consulted", "Ewan Reid, Gillian Moss and Hamish Grant"),
    ("Senators Anna Kovacs, Peter Holm and Lisa Grant said the bill would pass.",
     "the bill would pass", "Anna Kovacs, Peter Holm and Lisa Grant"),
    ("Coaches Lena Vogt, Marco Bianchi, Sara Lind and Tom Evans said the league had ignored their complaints.",
     "the league had ignored", "Lena Vogt, Marco Bianchi, Sara Lind and Tom Evans"),
    ("Maria Lopez, Daniel Kim and Thomas Baker met the mayor on Monday. All three said the budget plan was deeply flawed.",
     "the budget plan", "Maria Lopez, Daniel Kim and Thomas Baker"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), THREE)
def test_speakers_joint_three_people(nlp, text, needle, canonical):
    row = _one(_analyze(nlp, text).quotes, needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "person")


NOT_A_LIST = [
    # A description between the names, or a possessive at the end, makes no list of speakers.
    ("Helen Price, the ward manager, and Omar Said told the inquiry that staff were exhausted.", "staff were exhausted"),
    ("The lawyer of Helen Price, Julia Novak and Tom Reyes said the letter was genuine.", "the letter was genuine"),
    ("Helen Price, Tom Reyes and Julia Novak's lawyer said the letter was genuine.", "the letter was genuine"),
]


@pytest.mark.parametrize(("text", "needle"), NOT_A_LIST)
def test_speakers_joint_needs_a_plain_list(nlp, text, needle):
    row = _one(_analyze(nlp, text).quotes, needle)
    assert ", " not in str(row["speaker_canonical"])


@pytest.mark.parametrize(("value", "expected"), [
    ("Gillian Moss and Ewan Reid", "Gillian Moss-Reid and Ewan Reid"),
    ("Ewan Reid, Gillian Moss and Hamish Grant", "Ewan Reid, Gillian Moss-Reid and Hamish Grant"),
    ("Ewan Reid, Hamish Grant, and Gillian Moss", "Ewan Reid, Hamish Grant, and Gillian Moss-Reid"),  # a serial comma is kept
    ("U.S., Acme and UK", "United States, Acme Corp and United Kingdom"),
    ("Ewan Reid, Hamish Grant and Lena Vogt", "Ewan Reid, Hamish Grant and Lena Vogt"),  # no member aliased
    ("Fisheries and Oceans Canada", "DFO"),  # the whole name's alias wins over its parts
])
def test_speakers_joint_aliases_map_each_member(value, expected):
    table = {"gillian moss": "Gillian Moss-Reid", "acme": "Acme Corp", "fisheries and oceans canada": "DFO", "canada": "CA"}
    out = apply_aliases({"speaker_canonical": [value], "speaker_org": [""], "via": [""]}, table)
    assert out["speaker_canonical"] == [expected]


def test_speakers_joint_aliases_reach_quotes_sources_and_figures(nlp):
    text = ("Ewan Reid, Gillian Moss and Hamish Grant said the river had never been this low. "
            "They added that the council had ignored their warnings about 40 wells.")
    tables = _analyze(nlp, text, aliases={"Gillian Moss": "Gillian Moss-Reid"})
    joint = "Ewan Reid, Gillian Moss-Reid and Hamish Grant"
    assert tables.quotes["speaker_canonical"].tolist() == [joint, joint]
    assert tables.figures.set_index("text").loc["about 40", "attributed_to"] == joint


@pytest.mark.parametrize(("text", "source", "n_quotes"), [
    ("Ewan Reid, Gillian Moss and Hamish Grant said the river had never been this low. "
     "They added that the council had ignored their warnings.", "Ewan Reid, Gillian Moss and Hamish Grant", 2),
    ("Senators Anna Kovacs, Peter Holm and Lisa Grant said the bill would pass. They added that the vote would be close.",
     "Anna Kovacs, Peter Holm and Lisa Grant", 2),
    ('"The river has never been this low," said farmers Ewan Reid and Gillian Moss.', "Ewan Reid and Gillian Moss", 1),
])
def test_speakers_joint_source_counted_once(nlp, text, source, n_quotes):
    sources = _analyze(nlp, text).sources
    row = sources[sources["source"] == source]
    assert len(row) == 1, sources[["source", "n_quotes"]].values.tolist()
    assert (int(row["n_quotes"].iloc[0]), row["source_type"].iloc[0], bool(row["is_named"].iloc[0])) == (n_quotes, "person", True)


def test_speakers_joint_merge_names_maps_each_member(nlp):
    import newslab as nl

    articles = pd.DataFrame({"article_id": ["a", "b"], "text": [
        "Ewan Reid, Gillian Moss and Hamish Grant said the river had never been this low. "
        "They added that the council had ignored 40 warnings.",
        "Gillian Moss said the farm would close.",
    ]})
    tables = nl.analyze(articles, nlp=nlp, progress=False)
    merged = nl.merge_names(tables, aliases={"Gillian Moss": "Gillian Moss-Reid"})
    joint = "Ewan Reid, Gillian Moss-Reid and Hamish Grant"
    assert merged.quotes["speaker_canonical"].tolist() == [joint, joint, "Gillian Moss-Reid"]
    assert merged.sources["source"].tolist() == [joint, "Gillian Moss-Reid"]
    assert merged.figures["attributed_to"].tolist() == [joint]
    # Without an alias, nothing changes.
    assert nl.merge_names(tables).quotes["speaker_canonical"].tolist()[0] == "Ewan Reid, Gillian Moss and Hamish Grant"
