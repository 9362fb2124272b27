"""The learned cue detector experiment (benchmarks/learned_cue_model.py): candidates, features, the shipped model.

The model is not part of the pipeline: its leave-one-set-out cross-validation did not meet the
merge criterion (docs/quotes.md, "Learned cue detection"). These tests keep the experiment
runnable: which words are candidates, that the features and scores are deterministic, and that
the shipped model, as documented, adds no cue.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newslab.entities import entity_columns
from newslab.quotes.cues import _find_cues
from newslab.quotes.lexicon import load_cues
from newslab.quotes.parse import _Context

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import learned_cue_model as learned  # noqa: E402


def _context(nlp, text: str):  # noqa: ANN001, ANN202 - fixture, rule internals
    doc = nlp(text)
    ctx = _Context(doc, entity_columns(doc), load_cues())
    return ctx, _find_cues(ctx)


@pytest.mark.parametrize(("text", "word", "speaker"), [
    # Without 'that': since 0.10.0 'SOURCE VERB that CLAUSE' is a rule cue whatever the verb
    # (`_that_clause_cues`), so the experiment's candidates outside the rules are the bare forms.
    ("Senator Ruth Calloway intimated she would stand again in the spring election.", "intimated", "Calloway"),
    ("The newspaper editorialized the harbour plan was a waste of public money.", "editorialized", "newspaper"),
    ("Opposition members reasoned the council had hidden the true cost of the wall.", "reasoned", "members"),
    ("Workers used a crane, and the foreman intimated to the crew that more work was needed.", "intimated", "foreman"),
])
def test_quotes_learned_candidate_outside_lexicon(nlp, text: str, word: str, speaker: str) -> None:
    ctx, found = _context(nlp, text)
    got = [(t.text, cue.speaker.text) for t, cue in learned.candidates(ctx, found)]
    assert (word, speaker) in got


@pytest.mark.parametrize("text", [
    "The mayor said that the budget would be balanced by March.",
    "The ministry of health confirmed that two more cases had been found.",
    "Councillors voted on Tuesday.",
    "The newspaper editorialized that the harbour plan was a waste of public money.",
])
def test_quotes_learned_rule_cues_and_plain_verbs_are_no_candidates(nlp, text: str) -> None:
    ctx, found = _context(nlp, text)
    assert learned.candidates(ctx, found) == []


def test_quotes_learned_features_and_scores_are_deterministic(nlp) -> None:
    text = "Workers used a crane to lift the old bridge off its supports, and the foreman intimated to the crew that more work was needed."
    model = learned.load_model()
    runs = []
    for _ in range(2):
        ctx, found = _context(nlp, text)
        runs.append([(t.i, learned.features(ctx, t, cue, found), learned.score(model["weights"], learned.features(ctx, t, cue, found)))
                     for t, cue in learned.candidates(ctx, found)])
    assert runs[0] == runs[1]
    assert runs[0] and all(0.0 < p < 1.0 for _, _, p in runs[0])
    assert any("mark_that" in f for _, f, _ in runs[0])


def test_quotes_learned_shipped_model_adds_nothing(nlp) -> None:
    """The CV did not meet the merge criterion, and no threshold gained on the training folds."""
    model = learned.load_model()
    assert model["merge_criterion_met"] is False
    ctx, found = _context(nlp, "The newspaper editorialized the harbour plan was a waste of public money.")
    assert learned.learned_cues(ctx, found, model) == []
    assert learned.learned_cues(ctx, found, {**model, "threshold": 0.0}) != []


def test_quotes_learned_bad_model_file(tmp_path) -> None:
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps({"weights": [1, 2]}), encoding="utf-8")
    with pytest.raises(learned.LearnedCueModelError, match="not a learned cue model"):
        learned.load_model(str(bad))
    with pytest.raises(learned.LearnedCueModelError, match="Cannot read"):
        learned.load_model(str(tmp_path / "missing.json"))
