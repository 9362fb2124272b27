"""Tests of the speaker fixes from the audit of 25 unseen Wikinews articles (docs/speakers.md,
"Audit"): abbreviated ranks before a name are its title, never part of the name."""

from __future__ import annotations

import pytest

from newslab import people

from .conftest import quote_row as _one

# (text, needle in the statement, speaker, speaker_title)
RANKS = [
    ('"We will stay until the job is done," said Maj. Stephen Joudrey, on Tuesday.',
     "We will stay", "Stephen Joudrey", "Maj."),
    ('"The road is open again," Lt. Anne Blake told reporters.', "The road is open", "Anne Blake", "Lt."),
    ('"It is over," said Lt. Col. Anne Blake.', "It is over", "Anne Blake", "Lt. Col."),
    ("Sgt. Mark Ellis said the patrol had been ambushed near the river.", "the patrol had been ambushed", "Mark Ellis", "Sgt."),
    ("Gen. David Petraeus said the surge had worked.", "the surge had worked", "David Petraeus", "Gen."),
    ("Sen. John Reed said the bill would fail.", "the bill would fail", "John Reed", "Sen."),
    ("Staff Sgt. James Lucas said the team had taught interrogators.", "the team had taught", "James Lucas", "Staff Sgt."),
    # the parser makes the split rank the subject: the name after it speaks
    ('"The fire is under control," said Capt. Luis Ortega of the harbour fire service.',
     "The fire is under control", "Luis Ortega", "Capt."),
    # negatives: no rank, no title; a bare form of address is no title either (titles21)
    ("Stephen Joudrey said the unit would return in May.", "the unit would return", "Stephen Joudrey", ""),
    # a richer role written before the rank stays the title
    ("Iowa Republican Sen. Chuck Grassley said the vote would be close.", "the vote would be close", "Chuck Grassley", "Iowa Republican Sen."),
    ("Mr. Goodman said the data could not be obtained.", "the data could not be obtained", "Goodman", ""),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "title"), RANKS)
def test_speakers_audit_abbreviated_rank_is_title(quotes_of, text, needle, speaker, title):
    row = _one(quotes_of(text), needle)
    assert (row["speaker"], row["speaker_canonical"], row["speaker_type"], row["speaker_title"]) == (speaker, speaker, "person", title)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Maj.", True), ("Lt", True), ("Cpl.", True), ("Sen.", True), ("Mayor", False), ("Mr", False), ("General", False)],
)
def test_speakers_audit_rank_abbreviation_list(word, expected):
    assert people.is_rank_abbreviation(word) is expected
