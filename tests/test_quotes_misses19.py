"""Rules of the misses19 work on the 0.12.0 known misses (tests/test_known_misses18.py classes 1, 3, 4, 6, 7).

Two more sentences of our own per fixed class, in wordings other than the known-miss tests:

- a document participle that charges someone with a gerund clause ('a video accusing X of -ing',
  'a note condemning X for -ing') is the document's statement;
- a body described by a count of its members ('the 27-nation bloc', 'the nine-member board') is
  the organisation named before;
- 'it' after a singular body the text does not name ('A jury in Ohio acquitted ... It found ...')
  is that unnamed body (anonymous, resolved);
- 'A, the ministry says an official told the agency': the second cue, with no clause of its own,
  reports A; its subject is the speaker and the first cue's subject the layer (via);
- the agent of a fronted phrase's passive participle ('at a reception organised by X', 'during a
  lunch sponsored by X') is not the cue's speaker; the subject of the first verb is.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_row


@pytest.mark.parametrize(
    "text, needle, document",
    [
        ("The militants published a video accusing the police of torturing the prisoners.", "torturing the prisoners", "video"),
        ("The families issued a statement condemning the airline for hiding the cause of the crash.",
         "hiding the cause of the crash", "statement"),
    ],
)
def test_document_charging_with_a_gerund_is_its_statement(quotes_of, text, needle, document):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker"] == f"a {document}"
    assert row["speaker_type"] == "document"


@pytest.mark.parametrize(
    "text, needle, body",
    [
        ("The European Union met in Brussels on Monday. The 27-nation bloc said it would impose new sanctions.",
         "impose new sanctions", "European Union"),
        ("The Federal Reserve Board reviewed the rates on Tuesday. The seven-member board said inflation remained too high.",
         "inflation remained too high", "Federal Reserve Board"),
    ],
)
def test_counted_body_is_the_organisation_named_before(quotes_of, text, needle, body):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker_canonical"] == body
    assert row["speaker_type"] == "organization"


@pytest.mark.parametrize(
    "text, needle, speaker, host",
    [
        ("The coach arrived late and, at a reception organised by Maria Lopez, told reporters that the team was ready.",
         "the team was ready", "The coach", "Lopez"),
        ('The ambassador had visited the port and, during a lunch sponsored by Peter Hall, said "trade will double."',
         "trade will double", "The ambassador", "Hall"),
    ],
)
def test_host_of_a_fronted_event_is_not_the_speaker(quotes_of, text, needle, speaker, host):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker"] == speaker
    assert host not in row["speaker_canonical"]



@pytest.mark.parametrize(
    "text, needle",
    [
        ("A jury in Ohio acquitted the doctor on Friday. It found that the treatment had been appropriate.",
         "the treatment had been appropriate"),
        ("An independent panel reviewed the hospital's records. It concluded that the deaths could have been prevented.",
         "the deaths could have been prevented"),
    ],
)
def test_it_after_an_unnamed_body_subject_is_that_body(quotes_of, text, needle):
    row = quote_row(quotes_of(text), needle)
    assert row["speaker"] == "It"
    assert bool(row["speaker_resolved"])
    assert row["speaker_type"] == "anonymous"
    assert row["speaker_canonical"] == ""


@pytest.mark.parametrize(
    "text, needle, speaker, via, cue_clause",
    [
        ("The talks collapsed on Monday, the ministry says an official told the agency.", "The talks collapsed on Monday",
         "an official", "ministry", "official told the agency"),
        ("The bridge will reopen in May, the council says its engineers have confirmed.", "The bridge will reopen in May",
         "its engineers", "council", "engineers have confirmed"),
    ],
)
def test_second_cue_after_a_postposed_cue_is_the_source(quotes_of, text, needle, speaker, via, cue_clause):
    df = quotes_of(text)
    row = quote_row(df, needle)
    assert row["speaker"] == speaker
    assert via in row["via"]
    assert not df["text"].str.contains(cue_clause, regex=False).any()
