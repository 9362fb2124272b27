"""Quotes, statements19: an outer statement whose content holds a second report below its head.

Before 0.13.0 any cue inside an indirect statement made the outer row a relay: the outer row was
dropped and only the inner report kept. That is right when the inner report IS the outer content
('Officials said the minister told them that ...'), wrong when the inner report hangs under the
content's head in a reason phrase ('should be delayed due to the fact that the board has announced
...') or in a second clause with its own 'that' ('the budget was balanced and that critics concede
that ...'). Then both statements stand: the outer one ends before the reason phrase (or before a
comma-set-off adjunct), and runs whole over a second 'that' clause.

All sentences are our own. Negated and hypothetical outer reports give no outer row.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

REASON = [
    # (text, outer statement, outer speaker, inner statement)
    ("The mayor has said that the vote should be delayed due to the fact that the electoral board has announced that it "
     "needs more time.", "the vote should be delayed", "The mayor", "it needs more time"),
    ("The union said the strike would go ahead because of reports that the minister had warned that wages would be frozen.",
     "the strike would go ahead", "The union", "wages would be frozen"),
    ("The coach said that the match should be replayed due to claims that the referee had admitted that he made a mistake.",
     "the match should be replayed", "The coach", "he made a mistake"),
]


@pytest.mark.parametrize(("text", "outer", "speaker", "inner"), REASON)
def test_statements19_outer_ends_before_reason_phrase_with_inner_report(quotes_of, text, outer, speaker, inner):
    df = quotes_of(text)
    row = _one(df, outer)
    assert row["text"] == outer
    assert row["speaker"] == speaker
    assert _one(df, inner)["text"] == inner


SECOND_THAT = [
    ("The governor said that the budget was balanced and that critics concede that the deficit has shrunk.",
     "the budget was balanced and that critics concede that the deficit has shrunk", "The governor"),
    ("He stated that the plant would reopen in May and that the owners have promised that no jobs will be lost.",
     "the plant would reopen in May and that the owners have promised that no jobs will be lost", "He"),
    ("The minister said that the school had been rebuilt and that parents agree that the classrooms are safer.",
     "the school had been rebuilt and that parents agree that the classrooms are safer", "The minister"),
]


@pytest.mark.parametrize(("text", "outer", "speaker"), SECOND_THAT)
def test_statements19_outer_runs_over_second_that_clause_with_report(quotes_of, text, outer, speaker):
    df = quotes_of(text)
    rows = df[df["text"] == outer]
    assert len(rows) == 1, df[["text", "speaker"]].values.tolist()
    assert rows.iloc[0]["speaker"] == speaker


NO_OUTER = [
    ("The mayor would never say that the vote should be delayed due to the fact that the board has announced that it "
     "needs more time.", "the vote should be delayed"),
    ("If the company said that the factory was safe and that inspectors confirmed that it had no leaks, nobody would "
     "believe it.", "the factory was safe"),
    ("The coach did not say that the match should be replayed because of claims that the referee had admitted an error.",
     "the match should be replayed"),
]


@pytest.mark.parametrize(("text", "outer"), NO_OUTER)
def test_statements19_negated_or_hypothetical_outer_gives_no_row(quotes_of, text, outer):
    df = quotes_of(text)
    assert not df["text"].str.contains(outer, regex=False).any(), df[["text", "speaker"]].values.tolist()


RELAY = [
    ("Officials said the minister told them that the plan had been dropped.", "the plan had been dropped", "the minister"),
    ("The newspaper reported that the general had announced that the troops would withdraw.",
     "the troops would withdraw", "the general"),
    ("Aides said the senator has insisted that she will not run again.", "she will not run again", "the senator"),
]


@pytest.mark.parametrize(("text", "inner", "speaker"), RELAY)
def test_statements19_report_that_is_the_content_stays_a_relay(quotes_of, text, inner, speaker):
    df = quotes_of(text)
    assert len(df) == 1, df[["text", "speaker"]].values.tolist()
    row = _one(df, inner)
    assert row["text"] == inner
    assert row["speaker"] == speaker


def test_statements19_set_off_participle_read_as_xcomp_keeps_outer(quotes_of):
    # The parser makes ', being told that ...' an xcomp of the content's head; the outer statement
    # still stands whole (the participle is the speaker's own account).
    text = ("He said that oil had been smeared on his hands and that he had been threatened with a burning match held "
            "near his face, being told that he would be set alight.")
    df = quotes_of(text)
    row = _one(df, "oil had been smeared")
    assert row["text"] == ("oil had been smeared on his hands and that he had been threatened with a burning match held near "
                           "his face, being told that he would be set alight")
    assert row["speaker"] == "He"


CONTRAST = [
    ("Some reports suggest he may be released in the morning although his personal physician has stated the stay may be "
     "three or four days.", "he may be released in the morning", "Some reports", "the stay may be three or four days"),
    ("The club says the stadium will be ready by June whereas the builders have warned that work could run into autumn.",
     "the stadium will be ready by June", "The club", "work could run into autumn"),
    ("Officials believe the road will reopen on Friday though engineers have said that the bridge needs more checks.",
     "the road will reopen on Friday", "Officials", "the bridge needs more checks"),
]


@pytest.mark.parametrize(("text", "outer", "speaker", "inner"), CONTRAST)
def test_statements19_outer_ends_before_contrasting_clause_with_report(quotes_of, text, outer, speaker, inner):
    df = quotes_of(text)
    row = _one(df, outer)
    assert row["text"] == outer
    assert row["speaker"] == speaker
    assert _one(df, inner)["text"] == inner


def test_statements19_contrasting_clause_without_report_stays_in_statement(quotes_of):
    # A negated report in the contrasting clause is no statement; the outer one runs whole, as before.
    df = quotes_of("The company says the plant will reopen in May although it has not said how many jobs will return.")
    assert df["text"].tolist() == ["the plant will reopen in May although it has not said how many jobs will return"]
