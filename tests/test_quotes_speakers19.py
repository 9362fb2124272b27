"""Tests of the speakers19 rules (0.13.0), two causes of wrong speakers that recur across the
development sets (benchmarks/notes/speakers19.md):

1. A document's issuer is the subject of the clause that issues it: the signers of a letter or
   petition (``cues.json`` ``signed_documents`` / ``document_signing_verbs``), a late object the
   parser hangs on the issuing verb as npadvmod, and a subject joined with 'and' (a joint issuer).
2. A name that its own clause takes up with 'he'/'she'/'his'/'her' is a person's, whatever label
   the entity model gave it.

All sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_type, speaker_canonical)
ISSUING_CLAUSE = [
    # signers of a letter or petition issue it
    ("Judith Ames, Paul Okoro and Lena Fischer signed a letter stating that the plan would hurt small farms.",
     "the plan would hurt small farms", "document", "Judith Ames, Paul Okoro and Lena Fischer"),
    ("The Harbour Residents Association signed a petition demanding that the council reopen the ferry.",
     "the council reopen the ferry", "document", "Harbour Residents Association"),
    ("Dozens of nurses signed an open letter to the minister calling on her to reopen the ward.",
     "to reopen the ward", "document", ""),
    # a late object the parser hangs on the verb (npadvmod)
    ("Former councillor Dana Morrow filed with the tribunal in early March, a complaint stating that the mayor "
     "had hidden the accounts.",
     "the mayor had hidden the accounts", "document", "Dana Morrow"),
    ("Retired judge Colm Brady lodged with the ombudsman last week, a complaint stating that the prison "
     "had ignored his report.",
     "the prison had ignored his report", "document", "Colm Brady"),
    # a subject joined with 'and' issues jointly
    ("Mayor Ann Lee and Governor Tom Ross issued a joint statement saying that the bridge would be rebuilt.",
     "the bridge would be rebuilt", "document", "Ann Lee and Tom Ross"),
    ("Prime Minister Elena Varga and President Marek Novak released a statement saying that the talks had failed.",
     "the talks had failed", "document", "Elena Varga and Marek Novak"),
    ("Brightwater Engineering and Kestrel Rail published a report saying that the tunnel was safe.",
     "the tunnel was safe", "document", "Brightwater Engineering and Kestrel Rail"),
]

# What stays as it was: a treaty or bill that someone signs is not theirs; a conjunct that names
# no issuer keeps the first; an issuing verb's own adverbial participle stays the subject's.
ISSUING_UNCHANGED = [
    ("The two ministers signed an agreement stating that fishing boats may cross the line.",
     "fishing boats may cross the line", "document", ""),
    ("Yesterday, Carver and his wife released a statement saying that they were grateful for the support.",
     "they were grateful for the support", "document", "Carver"),
    ("The health agency published a report saying that obesity rates had doubled.",
     "obesity rates had doubled", "document", "health agency"),
]


@pytest.mark.parametrize("text,needle,kind,canonical", ISSUING_CLAUSE + ISSUING_UNCHANGED)
def test_issuer_from_the_issuing_clause(quotes_of, text, needle, kind, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (kind, canonical)


PRONOUN_BOUND = [
    # the subject of the clause 'according to NAME' opens
    ("Tarquin announced his resignation from the club on Monday. According to Tarquin, he resigned to "
     "pursue other ventures.",
     "he resigned to pursue other ventures", "person", "Tarquin"),
    # the subject of the clause a speech verb takes
    ("Leyland said he would appeal the ruling.", "he would appeal the ruling", "person", "Leyland"),
    ("Pemberton told reporters she would not seek another term.", "she would not seek another term", "person", "Pemberton"),
    ("Brightwell said that he had warned the board twice.", "he had warned the board twice", "person", "Brightwell"),
    # the name taken up in one clause is a person in every other mention
    ("Marchetti said he would retire on Friday. \"It was time,\" Marchetti said.", "It was time", "person", "Marchetti"),
    ("Lindqvist told the board his health had failed. According to Lindqvist, the club had been sold.",
     "the club had been sold", "person", "Lindqvist"),
]

PRONOUN_UNCHANGED = [
    # a body is taken up with 'it'/'its'
    ("Ventrix said it would appeal the ruling.", "it would appeal the ruling", "organization", "Ventrix"),
    ("Ventrix announced its results on Monday, saying that profits rose.", "profits rose", "organization", "Ventrix"),
    # a person named between the name and the pronoun may be the one it stands for
    ("Ventrix praised chief executive Anna Morel and said she would stay until 2030.",
     "she would stay until 2030", "organization", "Ventrix"),
    # a possessive elsewhere in the clause stands for someone named before; a place is never a person
    ("The director quit the project on Monday. China expressed regret over his decision and suggested that "
     "politics played a part.", "politics played a part", "organization", "China"),
]


@pytest.mark.parametrize("text,needle,kind,canonical", PRONOUN_BOUND + PRONOUN_UNCHANGED)
def test_name_taken_up_by_a_personal_pronoun(quotes_of, text, needle, kind, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (kind, canonical)
