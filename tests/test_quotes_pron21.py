"""Pronoun speakers (0.14.0 work, pron21), on sentences of our own.

- a row that only holds a view ('X was pleased that ...', 'X fears that ...', 'X is convinced
  that ...': belief, stance or evidence frames) in an earlier paragraph, more than a sentence
  back, is no last speaker for a later pronoun unless its holder is named again since; a 'he
  said' further on goes on with the last one who spoke;
- a direct quotation that continues a narrative clause after a comma is that clause subject's
  ('Senator X has criticised the board for months, "..." he wrote.'), also when the parser
  cuts 'he wrote.' into a sentence of its own.
"""

from __future__ import annotations

import pytest


def _rows(df):
    return [tuple(r) for r in df[["text", "speaker", "speaker_canonical", "frame"]].values.tolist()]


VIEW_ROWS = [
    ("Mayor Tom Briggs opened the new library in Dunmore on Monday.\n\n"
     "Briggs said the building would serve the whole county. The head librarian, Mark Dunn, was "
     "pleased that the council had kept its promise.\n\n"
     "Later, he toured the children's wing with local teachers.\n\n"
     "The next day, he visited two schools in the north of the county. The schools and the council "
     "agreed to share the reading rooms. While there, he said \"Every child in this town deserves a "
     "place to read.\"",
     [("the building would serve the whole county", "Briggs", "Tom Briggs", "speech"),
      ("the council had kept its promise", "Mark Dunn", "Mark Dunn", "stance"),
      ("to share the reading rooms", "The schools and the council", "schools and the council", "stance"),
      ("Every child in this town deserves a place to read.", "he", "Tom Briggs", "speech")]),
    ("Governor Paul Hendry arrived in the flooded valley on Tuesday.\n\n"
     "Hendry said the state would pay for the repairs. The local sheriff, Alan Kerr, fears that the "
     "river will rise again this week.\n\n"
     "The governor then met families at an emergency shelter.\n\n"
     "On Wednesday, he flew over the worst-hit towns. Roads and bridges remain closed across the "
     "region. Afterwards, he said \"We will rebuild every home that was lost.\"",
     [("the state would pay for the repairs", "Hendry", "Paul Hendry", "speech"),
      ("the river will rise again this week", "Alan Kerr", "Alan Kerr", "belief"),
      ("We will rebuild every home that was lost.", "he", "Paul Hendry", "speech")]),
    ("Prime Minister David Morgan began a two-day visit to Norway on Sunday.\n\n"
     "Morgan said the two countries would sign a new fishing agreement. The Norwegian foreign "
     "minister, Erik Lund, is convinced that the deal will protect jobs on both coasts.\n\n"
     "Later, he laid a wreath at the war memorial in Oslo.\n\n"
     "On Monday, he toured a shipyard in Bergen. Workers there build ferries for both countries. "
     "He told reporters, \"Our shipyards have worked together for a century.\"",
     [("the two countries would sign a new fishing agreement", "Morgan", "David Morgan", "speech"),
      ("the deal will protect jobs on both coasts", "Erik Lund", "Erik Lund", "belief"),
      ("Our shipyards have worked together for a century.", "He", "David Morgan", "speech")]),
]


@pytest.mark.parametrize("text,rows", VIEW_ROWS)
def test_a_view_row_is_no_last_speaker_further_on(quotes_of, text, rows):
    assert _rows(quotes_of(text)) == rows


INTRODUCING_CLAUSE = [
    # 'he wrote.' cut into a sentence of its own after the quotation's closing full stop
    ("\"The bridge must be closed at once,\" said David Morgan, an engineer with the transport board.\n\n"
     "Senator Paul Hendry has criticised the board for months, \"We were warned about this bridge a "
     "decade ago and nobody listened.\" he wrote.",
     [("The bridge must be closed at once,", "David Morgan", "David Morgan", "speech"),
      ("We were warned about this bridge a decade ago and nobody listened.", "he", "Paul Hendry", "speech")]),
    # the same sentence with a comma, parsed as one sentence
    ("\"The bridge must be closed at once,\" said David Morgan, an engineer with the transport board.\n\n"
     "Senator Paul Hendry has criticised the board for months, \"We were warned about this bridge a "
     "decade ago and nobody listened,\" he wrote.",
     [("The bridge must be closed at once,", "David Morgan", "David Morgan", "speech"),
      ("We were warned about this bridge a decade ago and nobody listened,", "he", "Paul Hendry", "speech")]),
    ("\"The drug has not been tested on children,\" said Mark Dunn, a spokesman for the regulator.\n\n"
     "Dr. Alan Kerr has campaigned against the approval since March, \"Parents deserve to know what "
     "the trials showed.\" he wrote on his blog.",
     [("The drug has not been tested on children,", "Mark Dunn", "Mark Dunn", "speech"),
      ("Parents deserve to know what the trials showed.", "he", "Alan Kerr", "speech")]),
    # a person noun with an apposed name as the clause subject
    ("\"The strike will go ahead on Monday,\" said Tom Briggs, the leader of the drivers' union.\n\n"
     "The transport minister, Erik Lund, has refused to meet the union, \"There is nothing left to "
     "discuss with people who break their word.\" he said.",
     [("The strike will go ahead on Monday,", "Tom Briggs", "Tom Briggs", "speech"),
      ("There is nothing left to discuss with people who break their word.", "he", "Erik Lund", "speech")]),
    # a colon before the quotation
    ("\"The new rules will save lives,\" said Tom Briggs, the head of the road safety board.\n\n"
     "Paul Hendry took a harder line in his speech to the drivers' union: \"These rules were written by "
     "people who have never driven a lorry,\" he said.",
     [("The new rules will save lives,", "Tom Briggs", "Tom Briggs", "speech"),
      ("These rules were written by people who have never driven a lorry,", "he", "Paul Hendry", "speech")]),
]


@pytest.mark.parametrize("text,rows", INTRODUCING_CLAUSE)
def test_a_quotation_after_a_narrative_clause_is_its_subjects(quotes_of, text, rows):
    assert _rows(quotes_of(text)) == rows


UNCHANGED = [
    # a view in the sentence just before stays the current speaker
    ("Mark Dunn was pleased that the council had kept its promise. \"This is a good day for readers,\" he said.",
     [("the council had kept its promise", "Mark Dunn", "Mark Dunn", "stance"),
      ("This is a good day for readers,", "he", "Mark Dunn", "speech")]),
    # the holder of a view two paragraphs back, named again since as a subject, is still the topic
    ("Mayor Tom Briggs promised on Monday to build a new stadium in Dunmore, saying it would bring jobs.\n\n"
     "Not everyone agrees. Mark Dunn, a professor of economics, believes that the city cannot afford the project.\n\n"
     "Professor Dunn compared the plan to a tram line the city built in 2009. Few people ever used it. "
     "\"The city should fix its schools first,\" he said.",
     [("to build a new stadium in Dunmore", "Tom Briggs", "Tom Briggs", "speech"),
      ("it would bring jobs", "Tom Briggs", "Tom Briggs", "speech"),
      ("the city cannot afford the project", "Mark Dunn", "Mark Dunn", "belief"),
      ("The city should fix its schools first,", "he", "Mark Dunn", "speech")]),
    ("Governor Paul Hendry signed the new water law on Friday, saying it would end the shortages.\n\n"
     "Farmers are not convinced. Alan Kerr, who grows wheat near the river, fears that the new fees will ruin small farms.\n\n"
     "Kerr showed reporters a field that has been dry since spring. The crop there failed last year. "
     "\"Nobody in the capital asked us,\" he said.",
     [("it would end the shortages", "Paul Hendry", "Paul Hendry", "speech"),
      ("the new fees will ruin small farms", "Alan Kerr", "Alan Kerr", "belief"),
      ("Nobody in the capital asked us,", "he", "Alan Kerr", "speech")]),
    # a quotation opened by its own speech clause
    ("Tom Briggs spoke to reporters on Monday. \"We will not give up,\" he said.",
     [("We will not give up,", "he", "Tom Briggs", "speech")]),
]


@pytest.mark.parametrize("text,rows", UNCHANGED)
def test_near_views_and_plain_quotations_unchanged(quotes_of, text, rows):
    assert _rows(quotes_of(text)) == rows
