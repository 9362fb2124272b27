"""The learned recall step (``benchmarks/learned_statements.py``): an experiment that failed its gate.

The step's candidates are verbs with a clausal, infinitival or gerund complement that no rule row
covers; its model, fitted and proven leave-one-set-out by ``benchmarks/fit_learned_statements.py``,
did not raise quote+speaker F1 (``docs/quotes.md``, "A learned recall step"), so the pipeline does
not run it. These tests pin the candidates on sentences of our own, that the hook leaves the rules
as they were, and the recorded result.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

learned = pytest.importorskip("learned_statements")

pytestmark = pytest.mark.skipif(not (learned.WORDNET / "index.verb").is_file(), reason="WordNet (wordnet-base) is not installed")


@pytest.fixture(scope="module")
def nlp():
    from newslab.model import load_pipeline

    return load_pipeline()


def _candidates(nlp, text: str) -> tuple[list[str], dict[str, list[str]]]:  # noqa: ANN001
    from newslab.entities import entity_columns
    from newslab.quotes.extract import _extract

    doc = nlp(text)
    got: dict[str, list[str]] = {}

    def collect(ctx, found):  # noqa: ANN001, ANN202
        got.update({text[r.start : r.end]: feats for feats, r in found})
        return []

    with learned.collecting(collect):
        cols, _ = _extract(doc, entity_columns(doc))
    return cols["text"], got


@pytest.mark.parametrize(("text", "span", "marker"), [
    # (Since complements19 the rules read 'advocated -ing' and 'spoke in favour of -ing' themselves;
    # verbs outside `gerund_stance_verbs` / `gerund_stance_phrases` stay candidates.)
    ("Senator Jane Doe has championed cutting off aid to the rebels.", "cutting off aid to the rebels", "ing"),
    ("The governor has long floated closing the old coal plants near the river.", "closing the old coal plants near the river", "ing"),
    ("The mayor has come out in favour of raising the tax on sugary drinks.", "raising the tax on sugary drinks", "prep_ing"),
    ("The union leader lobbied in favor of extending the strike until March.", "extending the strike until March", "favour_of"),
])
def test_gerund_complements_are_candidates(nlp, text, span, marker):  # noqa: ANN001
    rules, found = _candidates(nlp, text)
    assert rules == []
    assert span in found
    assert f"marker={marker}" in found[span]


def test_a_rule_row_leaves_no_candidate(nlp):  # noqa: ANN001
    rules, found = _candidates(nlp, "The finance minister said that the budget would be balanced by next year.")
    assert rules == ["the budget would be balanced by next year"]
    assert found == {}


@pytest.mark.parametrize(("text", "span", "feature"), [
    ("The council did not rule out the possibility of new taxes next year.", "the possibility of new taxes next year", "neg=True"),
    ("The chairman never advocated selling the club to foreign investors.", "selling the club to foreign investors", "neg=True"),
    ("The company would refuse to pay the fine if the court upheld it.", "to pay the fine if the court upheld it", "modal=True"),
    ("She might propose to merge the two schools after the summer.", "to merge the two schools after the summer", "modal=True"),
])
def test_negated_and_hypothetical_candidates_say_so(nlp, text, span, feature):  # noqa: ANN001
    _, found = _candidates(nlp, text)
    assert feature in found[span]


@pytest.mark.parametrize("text", [
    "The company bought the old factory near the river last year.",
    "Local farmers sold most of their cattle before the winter.",
])
def test_a_plain_object_is_no_candidate(nlp, text):  # noqa: ANN001
    assert _candidates(nlp, text) == ([], {})


def test_the_hook_leaves_the_rules_as_they_were(nlp):  # noqa: ANN001
    from newslab.quotes import extract

    before = extract._fold_nested
    text = "Senator Jane Doe has championed cutting off aid to the rebels. She said the vote would be close."
    rows, _ = _candidates(nlp, text)
    assert extract._fold_nested is before
    assert rows == extract.extract_quotes(nlp(text))["text"].tolist() == ["the vote would be close"]


def test_the_recorded_result_is_the_failed_gate():
    model = json.loads((ROOT / "benchmarks" / "learned_statements.json").read_text(encoding="utf-8"))
    assert model["method"] == "quotes.learned.v1"
    assert model["gate_passed"] is False
    loso = model["loso"]
    assert [r["set"] for r in loso["sets"]][-3:] == ["l40", "m40", "n40"]
    assert loso["oracle"]["pooled"] > loso["pooled_before"]
    assert all({"before", "after", "added", "added_span_right"} <= set(r) for r in loso["sets_at_shown"])
    assert not (ROOT / "newslab" / "data" / "learned_statements.json").exists()  # not shipped
