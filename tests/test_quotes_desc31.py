"""Tests of desc31 (docs/speakers.md, "A plural people noun for the body the text introduced as
a group of people"): 'the rebels', 'the kidnappers', 'the militants' as the source of a cue is the
one body the article introduced before as a group of people ('Rebels known as X', 'a group called
X'); two such bodies, none, a count, the same noun brought in before as an unnamed group, the
police or unnamed officials stay as they were. Also: a name a body is called by runs on over a
place the parser hangs on it ('a group called the X in Albania').
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical)
FIRES = [
    ("Fighters known as the Northern Liberation Front (NLF) claim to have taken a second town in the valley. "
     "The fighters told a radio reporter that they had captured the airfield.",
     "captured the airfield", "Northern Liberation Front"),
    ("A video released on Monday by a group called the Mountain Brigade showed the three engineers. In the "
     "video, the kidnappers say they will free the engineers if the army leaves the district.",
     "free the engineers", "Mountain Brigade"),
    ("Militant leaders known as the Harbour Seven were cleared of all charges on Friday. At a press conference, "
     "the militants said that the decision was a victory for free speech.",
     "victory for free speech", "Harbour Seven"),
    # The place the parser hangs on the name the group is called by is part of that name.
    ("A video released on Monday by a group called the Mountain Brigade in Albania showed the three engineers. "
     "In the video, the kidnappers say they will free the engineers if the army leaves the district.",
     "free the engineers", "Mountain Brigade in Albania"),
]

NEAR_MISSES = [
    # The same noun brought in before as an unnamed group: those people, not the group's members.
    ("Biology teachers refused to read out the leaflet of a group called Parents First. The teachers stated "
     "that the leaflet was not science.", "leaflet was not science", ""),
    # The police are a body of their own, not the members of the group named before.
    ("About 100 people marched to the prison. The group Civil Liberties Watch organised the march. The police "
     "said that their main concern was the safety of the marchers.", "main concern was the safety", ""),
    # A noun the lexicon lists for unnamed sources ('residents', 'protesters', 'officials'): unnamed people.
    ("A group called Save Our Harbour organised the march on Monday. The protesters said that the harbour "
     "must stay open to small boats.", "harbour must stay open", ""),
    # Two bodies introduced as groups: the text does not say which one.
    ("Rebels known as the Northern Liberation Front and fighters known as the Eastern Army both claim the town. "
     "The rebels said that they had captured the airfield.", "captured the airfield", ""),
    # Nobody introduced as a group: unnamed people.
    ("The army left the valley on Monday. The rebels said that they had captured the airfield.",
     "captured the airfield", ""),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), FIRES)
def test_desc31_plural_people_noun_is_the_group(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "organization")


@pytest.mark.parametrize(("text", "needle", "canonical"), NEAR_MISSES)
def test_desc31_plural_people_noun_kept_unnamed(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert row["speaker_canonical"] == canonical
