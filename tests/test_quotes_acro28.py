"""Tests of acro28 (docs/speakers.md, "An organisation's acronym written out in the speaker's
canonical name"): an organisation speaker named by initials ('K&K', 'HRO', 'FDS', 'NoK', the 'KBR' of
'the KBR council') takes the one organisation name of the article whose initials they are, or the
name the article defines them for in brackets; an acronym two names share, one the article never
writes out, or a person's initials stay as written.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical)
FIRES = [
    ("Regulators criticised a Kestrel & Kestrel factory on Monday. K&K said the recalled tablets were safe.",
     "recalled tablets were safe", "Kestrel & Kestrel"),
    ("Inspectors said the Harbour Revenue Office would audit the firms. The HRO fears some sellers dodge taxes, "
     "and later the U.K. Harbour Revenue Office published a checklist.", "some sellers dodge taxes",
     "U.K. Harbour Revenue Office"),
    ("Investigators from the U.S. Federal Drainage Service arrived on Tuesday. The FDS said the spillway was safe.",
     "spillway was safe", "U.S. Federal Drainage Service"),
    ("Police blamed the Nasr-o-Karim (NoK) militia for the attack. The NoK denied any involvement in the bombing, "
     "saying its fighters were far from the city.", "its fighters were far", "Nasr-o-Karim"),
    ("Fighting continued in the Kestrel Bay Region (KBR) on Sunday. The KBR council said the curfew would be lifted.",
     "curfew would be lifted", "Kestrel Bay Region council"),
]

NEAR_MISSES = [
    # A place's initials the article does not define in brackets: the body is named as written.
    ("Floods hit New South Wales again on Monday. The NSW government said the spillway was safe.",
     "spillway was safe", "NSW government"),
    # An acronym the article never writes out.
    ("The FDS said the spillway was safe after the storm.", "spillway was safe", "FDS"),
    # Initials that match no body of the article (the words are not its capitalised words).
    ("Harlow and the marsh board met on Monday. The HM Group said the recall would cost about $40 million.",
     "recall would cost", "HM Group"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), FIRES)
def test_acro28_acronym_written_out(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "organization")


@pytest.mark.parametrize(("text", "needle", "canonical"), NEAR_MISSES)
def test_acro28_acronym_kept(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical
