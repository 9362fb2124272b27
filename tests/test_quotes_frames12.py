"""Frames, 0.6.0: which frame a found statement gets (issue 12, non-speech frames).

- A document that reports findings ('Reports indicate that ...', 'The documents reveal that
  ...', 'the 11-page document concludes that ...') as the subject of an evidence verb makes the
  statement `evidence`, as figures and studies do. 'The report said ...' stays speech; a
  document that only carries words ('the statement confirmed ...') keeps its frame; a person
  ('the president concluded ...') keeps it too.
- A '..., saying ...' clause attached to a verb that takes a position without being a stance cue
  ('complained about', 'commended', 'spoke out against', 'raised objections to', 'voiced
  opposition to') is a `stance`; 'spoke to reporters, saying ...' stays speech.
- 'predict' is a belief ('analysts are predicting that ...'); with a body of evidence as
  subject it is evidence ('climate models predict that ...').

Every rule has several sentences of our own and negatives that keep their frame.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one  # noqa: E402


DOCUMENT_FINDINGS = [
    # (sentence, statement, cue, speaker)
    ("Reports indicate that at least twelve people were injured in the clashes.",
     "at least twelve people were injured in the clashes", "indicate", "Reports"),
    ("The leaked documents reveal that the ministry knew about the defects in 2019.",
     "the ministry knew about the defects in 2019", "reveal", "The leaked documents"),
    ("The 40-page report concludes that the hospital should close its maternity ward.",
     "the hospital should close its maternity ward", "concludes", "The 40-page report"),
    ("The report indicated that rents in the city had risen by a third since 2015.",
     "rents in the city had risen by a third since 2015", "indicated", "The report"),
    ("The dossier suggests that the company paid bribes to win the contract.",
     "the company paid bribes to win the contract", "suggests", "The dossier"),
    ("Leaked diplomatic cables reveal that the embassy had warned of the attack.",
     "the embassy had warned of the attack", "reveal", "Leaked diplomatic cables"),
]


@pytest.mark.parametrize(("text", "statement", "cue", "speaker"), DOCUMENT_FINDINGS)
def test_quotes_frames12_document_findings_are_evidence(quotes_of, text, statement, cue, speaker):
    row = _one(quotes_of(text), statement)
    assert (row["text"], row["cue"], row["speaker"], row["frame"]) == (statement, cue, speaker, "evidence")


DOCUMENTS_KEEP_FRAME = [
    # (sentence, statement, frame): words carried by a document, or a person as subject
    ("The report said the bridge had been unsafe for years.", "the bridge had been unsafe for years", "speech"),
    ("The statement confirmed that two workers had been injured.", "two workers had been injured", "stance"),
    ("The president concluded that the programme had prevented attacks.", "the programme had prevented attacks", "speech"),
    ("The minister revealed that she would stand down in May.", "she would stand down in May", "speech"),
    ("In a letter, the mayor indicated that the budget would be cut.", "the budget would be cut", "speech"),
    # a name that is also a document word ('Cable') is a person
    ("Treasury spokesman Vince Cable suggested the deal was worth millions rather than billions.",
     "the deal was worth millions rather than billions", "speech"),
]


@pytest.mark.parametrize(("text", "statement", "frame"), DOCUMENTS_KEEP_FRAME)
def test_quotes_frames12_words_of_documents_and_people_keep_frame(quotes_of, text, statement, frame):
    row = _one(quotes_of(text), statement)
    assert row["frame"] == frame


STANCE_SAYING = [
    # (sentence, statement, speaker)
    ("The mayor spoke out against the ruling, saying it had been blown out of all proportion.",
     "it had been blown out of all proportion", "The mayor"),
    ("Parents complained about the new timetable, saying the buses now left too early.",
     "the buses now left too early", "Parents"),
    ("The envoy commended both parties, saying they had put the nation first.",
     "they had put the nation first", "The envoy"),
    ("The farmers' union raised objections to the treaty, saying it would flood the market with cheap beef.",
     "it would flood the market with cheap beef", "The farmers' union"),
    ("Several councillors voiced opposition to the plan, saying it ignored the needs of residents.",
     "it ignored the needs of residents", "Several councillors"),
    ("The coach congratulated his players, saying they had earned the win.",
     "they had earned the win", "The coach"),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), STANCE_SAYING)
def test_quotes_frames12_saying_after_position_is_stance(quotes_of, text, statement, speaker):
    row = _one(quotes_of(text), statement)
    assert (row["text"], row["speaker"], row["frame"]) == (statement, speaker, "stance")


SAYING_STAYS_SPEECH = [
    # 'speak' without 'out', and verbs that take no position, keep a 'saying' clause as speech
    ("The minister spoke to reporters, saying the talks had failed.", "the talks had failed"),
    ("The company issued a statement on Monday, saying the plant would reopen.", "the plant would reopen"),
    ("She returned to the stage, saying she had missed the audience.", "she had missed the audience"),
]


@pytest.mark.parametrize(("text", "statement"), SAYING_STAYS_SPEECH)
def test_quotes_frames12_saying_without_position_stays_speech(quotes_of, text, statement):
    row = _one(quotes_of(text), statement)
    assert row["frame"] == "speech"


PREDICT = [
    # (sentence, statement, speaker, frame)
    ("Analysts are predicting that both countries will face major problems.",
     "both countries will face major problems", "Analysts", "belief"),
    ("Economists predict that inflation will fall below 3% next year.",
     "inflation will fall below 3% next year", "Economists", "belief"),
    ("Climate models predict that sea levels will rise by a metre.",
     "sea levels will rise by a metre", "Climate models", "evidence"),
]


@pytest.mark.parametrize(("text", "statement", "speaker", "frame"), PREDICT)
def test_quotes_frames12_predict_is_belief_or_evidence(quotes_of, text, statement, speaker, frame):
    row = _one(quotes_of(text), statement)
    assert (row["text"], row["speaker"], row["frame"]) == (statement, speaker, frame)
