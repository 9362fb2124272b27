"""Tests of the confidence model of the quotes table (newslab.quotes.confidence, benchmarks/calibrate.py).

The evidence features come from our own sentences; the fitting procedure is checked on small
synthetic tables, so the tests never read the shared corpus or the gold sets.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

from newslab.errors import QuoteMarkWarning
from newslab.quotes.confidence import row_features, speaker_form

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "newslab" / "data" / "confidence.json"


@pytest.fixture(scope="module")
def calibrate():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import calibrate as module
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return module


@pytest.fixture(scope="module")
def evidence_of(nlp):
    """``evidence_of(text)``: the evidence features of every quote row of one text, as dicts."""
    from newslab.entities import entity_columns
    from newslab.quotes.extract import _extract

    def run(text: str) -> list[dict[str, str]]:
        doc = nlp(text)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", QuoteMarkWarning)
            _, evidence = _extract(doc, entity_columns(doc))
        return [dict(f.split("=", 1) for f in feats) for feats in evidence]

    return run


# ---------------------------------------------------------------- features

@pytest.mark.parametrize(
    ("resolution", "has_entity", "text", "form"),
    [
        ("entity", True, "Ruth Calloway", "entity"),
        ("name", False, "Ofgem", "name"),
        ("name", False, "The military", "description"),
        ("name", False, "Six energy companies in the UK", "description"),
        ("description", False, "reports", "description"),
        ("description", True, "The council", "entity"),
        ("pronoun", False, "He", "pronoun"),
        ("anonymous", False, "officials", "anonymous"),
        ("document_unnamed", False, "The declaration", "document_unnamed"),
        ("unresolved", False, "the attack", "unresolved"),
    ],
)
def test_confidence_speaker_form(resolution, has_entity, text, form):
    assert speaker_form(resolution=resolution, has_entity=has_entity, text=text) == form


def test_confidence_row_features_name_every_family_once():
    feats = row_features(kind="indirect", how="indirect_right", construction="speech", frame="speech", path="subject",
                         resolution="name", speaker_type="organization", via=False, n_words=14,
                         form="description", where="same")
    families = [f.split("=", 1)[0] for f in feats]
    assert len(families) == len(set(families))
    assert {"form=description", "where=same", "type=organization", "kind=indirect"} <= set(feats)
    # Without a form the resolution stands in for it (callers of the 0.2.0 signature).
    old = row_features(kind="direct", how="after", construction="speech", frame="speech", path="subject",
                       resolution="pronoun", speaker_type="person", via=False, n_words=5)
    assert "form=pronoun" in old and "where=none" in old


@pytest.mark.parametrize(
    ("text", "form", "where"),
    [
        ('"We will keep the pool open all summer," Mayor Ruth Calloway said on Monday.', "entity", "same"),
        ("Ruth Calloway, the mayor of Kestrel Bay, said the pool would stay open all summer.", "entity", "same"),
        ("The council said the pool would stay open all summer.", "description", "same"),
        ("Tomasz Wierzbicki spoke at the meeting. He said the wall would cost too much.", "pronoun", "same"),
        ("According to the declaration, the three shareholders had agreed to sell.", "document_unnamed", "same"),
    ],
)
def test_confidence_evidence_of_the_speaker(evidence_of, text, form, where):
    (row,) = [r for r in evidence_of(text) if r["kind"] in ("direct", "indirect")][-1:]
    assert row["form"] == form
    assert row["where"] == where


def test_confidence_borrowed_speaker_is_found_in_another_sentence(evidence_of):
    text = ('"The road will reopen on Friday," said Anna Berg, the city engineer.\n\n'
            '"We have checked every bridge on the route and found no damage."')
    rows = evidence_of(text)
    assert [r["how"] for r in rows] == ["after", "standalone_prev"]
    assert [r["where"] for r in rows] == ["same", "other"]


@pytest.mark.parametrize(
    ("strong", "weak"),
    [
        # A named person versus an unresolved description.
        ("Jane Smith said the bridge would reopen in May.", "The attack said the bridge would reopen in May."),
        # A quotation right before its named speaker versus the same words given to an organisation.
        ('"We will win the vote," Jane Smith said.', '"We will win the vote," the Energy Company said.'),
    ],
)
def test_confidence_follows_the_speaker_evidence(quotes_of, strong, weak):
    assert quotes_of(strong)["confidence"].iloc[0] > quotes_of(weak)["confidence"].iloc[0]


# ---------------------------------------------------------------- fitting (benchmarks/calibrate.py)

def _synthetic(seed: int = 0):
    """Rows of four sets: a clean development set and three harder ones, right more often for named persons."""
    rng = np.random.default_rng(seed)
    features, y, sets = [], [], []
    for name, base in (("wikinews-dev20", 0.95), ("set-a", 0.9), ("set-b", 0.8), ("set-c", 0.75)):
        for _ in range(80):
            person = rng.random() < 0.6
            where = "same" if rng.random() < 0.8 else "other"
            p = base + (0.08 if person else -0.15) - (0.1 if where == "other" else 0.0)
            features.append([f"type={'person' if person else 'organization'}", f"where={where}", "kind=direct",
                             f"construction={'speech' if rng.random() < 0.5 else 'prep'}"])
            y.append(float(rng.random() < min(p, 0.99)))
            sets.append(name)
    return features, np.array(y), np.array(sets)


def test_confidence_optimism_shift_brings_every_set_to_its_share_right(calibrate):
    features, y, sets = _synthetic()
    fit = calibrate.fit_method(features, y, sets, ("type", "where"))
    held = sets != calibrate.DEV_SET
    z, hs = fit["z_oos"][held], sets[held]
    p = calibrate.sigmoid(fit["a"] * z + fit["b"] - fit["shift"])
    assert all(p[hs == s].mean() <= y[held][hs == s].mean() + 1e-12 for s in set(hs))
    if fit["shift"] > 0:  # and it is the smallest such step
        q = calibrate.sigmoid(fit["a"] * z + fit["b"] - (fit["shift"] - calibrate.SHIFT_STEP))
        assert any(q[hs == s].mean() > y[held][hs == s].mean() for s in set(hs))


def test_confidence_fit_uses_only_its_families_and_is_deterministic(calibrate):
    features, y, sets = _synthetic()
    one = calibrate.fit_method(features, y, sets, ("type", "where"))
    two = calibrate.fit_method(features, y, sets, ("type", "where"))
    assert {f.split("=", 1)[0] for f in one["vocab"]} == {"type", "where"}
    assert np.array_equal(one["w"], two["w"]) and one["shift"] == two["shift"]
    conf = calibrate.apply_fit(one, features)
    assert conf[[f[0] == "type=person" for f in features]].mean() > conf[[f[0] != "type=person" for f in features]].mean()


def test_confidence_nested_report_scores_each_set_without_it(calibrate):
    features, y, sets = _synthetic(1)
    table = calibrate.nested_out_of_set(features, y, sets, ("type", "where"))
    assert sorted(table["set"]) == sorted(set(sets))
    assert (table["rows"] == 80).all() and (table["top_right"] <= table["top_rows"]).all()
    assert (table["top_rows"] <= table["rows"]).all()


def test_confidence_stored_model_records_its_method(calibrate):
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    assert model["method"] == "quotes.confidence.v3"
    assert model["families"] == list(calibrate.CANDIDATES[model["candidate"]])
    assert {f.split("=", 1)[0] for f in model["weights"]} <= set(model["families"])
    assert model["optimism_shift"] >= 0
    nested = model["nested_out_of_set_top_band"]
    assert set(nested) == set(calibrate.CANDIDATES)
    retired = set(calibrate.RETIRED_FRESH)
    for rows in nested.values():
        assert {r["set"] for r in rows} == set(model["calibrated_on"]) | {"wikinews-dev20"}
        # Only fresh sets that already measured a release are fitted on; the one that measures this release never is.
        assert all(r["set"] in retired for r in rows if r["set"].startswith("fresh-"))


@pytest.mark.parametrize(
    ("summary", "chosen"),
    [
        # The best worst-set precision wins among candidates that cover enough rows.
        ([("a", 0.89, 0.4), ("b", 0.93, 0.3), ("c", 0.97, 0.1)], "b"),
        # On a tie, the earlier (preferred) candidate.
        ([("a", 0.93, 0.4), ("b", 0.93, 0.5)], "a"),
        # A band nobody reaches has no precision and is never chosen over one that covers rows.
        ([("a", float("nan"), 0.0), ("b", 0.85, 0.3)], "b"),
        # When none covers enough rows, the one covering most.
        ([("a", 1.0, 0.05), ("b", 0.95, 0.2)], "b"),
    ],
)
def test_confidence_choose_prefers_the_best_worst_set_with_enough_coverage(calibrate, summary, chosen):
    assert calibrate.choose(summary) == chosen


@pytest.mark.parametrize(
    ("text", "rivals"),
    [
        # Nobody else named near the statement.
        ('"The bridge will reopen on Friday," said Anna Berg.', "0"),
        # One other person in the sentence before.
        ('Mayor Tom Reed opened the meeting.\n\n"The bridge will reopen on Friday," said Anna Berg.', "1"),
        # Two or more others in the statement's sentence and the one before.
        ('Tom Reed and Lisa Park disagreed about the plan.\n\n'
         'Anna Berg, who advises Carl Weber, said the bridge would reopen on Friday.', "2"),
        # The speaker named twice counts once, as herself: no rival.
        ('Anna Berg spoke first.\n\n"The bridge will reopen on Friday," Berg said.', "0"),
    ],
)
def test_confidence_rivals_counts_other_people_near_the_statement(evidence_of, text, rivals):
    assert evidence_of(text)[-1]["rivals"] == rivals


def test_confidence_unseen_state_rows_set_the_scale(calibrate):
    """Rows of a set as an older release saw it (harder than the tuned sets) pull the scores down to their share right."""
    features, y, sets = _synthetic(2)
    rng = np.random.default_rng(3)
    u_feats, u_y, u_art = [], [], []
    for i in range(120):
        person = rng.random() < 0.6
        u_feats.append([f"type={'person' if person else 'organization'}", "where=same", "kind=direct"])
        u_y.append(float(rng.random() < (0.75 if person else 0.45)))
        u_art.append(f"a{i % 20}")
    unseen = calibrate.Unseen("set-c", u_feats, np.array(u_y), np.array(u_art))
    plain = calibrate.fit_method(features, y, sets, ("type", "where"))
    with_unseen = calibrate.fit_method(features, y, sets, ("type", "where"), unseen=[unseen])
    conf_plain = calibrate.apply_fit(plain, u_feats)
    conf = calibrate.apply_fit(with_unseen, u_feats)
    assert conf.mean() <= np.mean(u_y) + 0.01  # calibrated (and corrected) on them
    assert conf.mean() < conf_plain.mean()  # the tuned sets alone would promise more
    check = calibrate.unseen_check(features, y, sets, ("type", "where"), [unseen])
    assert list(check["set"].unique()) == ["set-c (unseen)"] and int(check[check["band"] == "all"]["n"].iloc[0]) == 120


def test_confidence_stored_unseen_rows_are_the_measured_release_rows(calibrate):
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    for name, rel in model["unseen_state"].items():
        assert name in calibrate.RETIRED_FRESH
        rows = [json.loads(line) for line in (ROOT / rel).read_text(encoding="utf-8").splitlines()]
        assert rows and all({"article_id", "start_char", "end_char", "right", "features"} <= set(r) for r in rows)
        assert any(not r["right"] for r in rows) and any(r["right"] for r in rows)


def test_confidence_band_shift_keeps_the_publication_band_promise(calibrate):
    """Lowered until rows at 0.8 or more are right 90% of the time, and by no more than needed."""
    rng = np.random.default_rng(5)
    z = rng.normal(1.5, 1.0, 400)
    y = (rng.random(400) < 1 / (1 + np.exp(-(z - 0.6)))).astype(float)  # right less often than the score says
    shift = calibrate.band_shift(z, y, 1.0, 0.0, 0.0)
    top = calibrate.sigmoid(z - shift) >= calibrate.TOP
    assert not top.any() or y[top].mean() >= calibrate.TOP_PRECISION
    if shift > 0:
        before = calibrate.sigmoid(z - (shift - calibrate.SHIFT_STEP)) >= calibrate.TOP
        assert y[before].mean() < calibrate.TOP_PRECISION


def test_confidence_promise_is_for_a_new_sample(calibrate):
    """Pooled rows at 90% do not keep the promise when the samples they come from spread widely around it."""
    y = np.array([1.0] * 97 + [0.0] * 3 + [1.0] * 85 + [0.0] * 15 + [1.0] * 89 + [0.0] * 11)
    sets = np.array(["a"] * 100 + ["b"] * 100 + ["c"] * 100)
    top = np.ones(300, dtype=bool)
    assert y.mean() > calibrate.TOP_PRECISION  # pooled: 0.903
    assert calibrate.promise_kept(top, y)
    assert not calibrate.promise_kept(top, y, sets)  # 0.97, 0.85, 0.89: a new sample may well fall below 0.9
    even = np.array([1.0] * 93 + [0.0] * 7 + [1.0] * 92 + [0.0] * 8 + [1.0] * 94 + [0.0] * 6)
    assert calibrate.promise_kept(top, even, sets)
    assert calibrate.promise_kept(np.zeros(300, dtype=bool), y, sets)  # an empty band promises nothing


def test_confidence_band_shift_per_sample_is_at_least_the_pooled_shift(calibrate):
    rng = np.random.default_rng(7)
    z = rng.normal(1.5, 1.0, 600)
    sets = np.repeat(np.array(["a", "b", "c"]), 200)
    offset = np.repeat(np.array([0.2, 0.9, 0.5]), 200)  # the samples differ in how often the score is right
    y = (rng.random(600) < 1 / (1 + np.exp(-(z - offset)))).astype(float)
    pooled = calibrate.band_shift(z, y, 1.0, 0.0, 0.0)
    per_sample = calibrate.band_shift(z, y, 1.0, 0.0, 0.0, sets)
    assert per_sample >= pooled
    assert calibrate.promise_kept(calibrate.sigmoid(z - per_sample) >= calibrate.TOP, y, sets)


def test_confidence_promise_z_widens_the_margin_for_a_new_sample(calibrate):
    """A larger PROMISE_Z asks more of the samples; a tight spread keeps the promise at any z up to its margin."""
    y = np.array([1.0] * 97 + [0.0] * 3 + [1.0] * 85 + [0.0] * 15 + [1.0] * 89 + [0.0] * 11)
    sets = np.array(["a"] * 100 + ["b"] * 100 + ["c"] * 100)
    top = np.ones(300, dtype=bool)
    assert calibrate.promise_kept(top, y, sets, z=0.0)  # the mean of 0.97, 0.85, 0.89 is 0.903
    even = np.array([1.0] * 93 + [0.0] * 7 + [1.0] * 92 + [0.0] * 8 + [1.0] * 94 + [0.0] * 6)
    assert calibrate.promise_kept(top, even, sets, z=1.64)  # 0.93 less 1.64 x 0.01
    assert not calibrate.promise_kept(top, even, sets, z=4.0)


def test_confidence_promise_z_check_holds_each_unseen_set_out_whole(calibrate):
    """One row per z and unseen-state set, each set's rows all scored by a fit that never saw them."""
    features, y, sets = _synthetic(4)
    rng = np.random.default_rng(9)
    unseen = []
    for name, base in (("set-a", 0.85), ("set-b", 0.75), ("set-c", 0.7), ("set-d", 0.8)):
        u_feats, u_y, u_art = [], [], []
        for i in range(100):
            person = rng.random() < 0.6
            u_feats.append([f"type={'person' if person else 'organization'}", "where=same", "kind=direct"])
            u_y.append(float(rng.random() < base + (0.12 if person else -0.2)))
            u_art.append(f"{name}-{i % 20}")
        unseen.append(calibrate.Unseen(name, u_feats, np.array(u_y), np.array(u_art)))
    table = calibrate.promise_z_check(features, y, sets, ("type", "where"), unseen, (0.0, 1.64))
    assert len(table) == 8 and set(table["rows"]) == {100}
    assert ((table["coverage"] >= 0) & (table["coverage"] <= 1)).all()
    summary = calibrate.promise_z_summary(table)
    assert list(summary["z"]) == [0.0, 1.64]
    strict, loose = (table[table["z"] == z].set_index("set") for z in (1.64, 0.0))
    assert (strict["top_rows"] <= loose["top_rows"]).all()  # a larger z never lets more rows into the band here
