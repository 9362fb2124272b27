"""Row-by-row comparison with a gold file: newslab.scoring.compare_quotes / compare_figures."""

from __future__ import annotations

import pandas as pd
import pytest

from newslab.scoring import compare_figures, compare_quotes

TEXT = 'Ann Lee said the bridge would close. "It is unsafe," Bo Park said. Officials said 300 people were moved.'


def _q(text: str, words: str, speaker: str, stype: str = "person", kind: str = "indirect", via: str = "") -> dict:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "kind": kind, "speaker_canonical": speaker, "speaker_type": stype, "via": via}


def _pred_quotes(items: list[dict]) -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": ["a"] * len(items), "start_char": [i["start"] for i in items], "end_char": [i["end"] for i in items],
        "kind": [i["kind"] for i in items], "speaker_canonical": [i["speaker_canonical"] for i in items],
        "speaker_type": [i["speaker_type"] for i in items], "via": [i.get("via", "") for i in items],
        "frame": [i.get("frame", "speech") for i in items],
    })


GOLD_QUOTES = [
    _q(TEXT, "the bridge would close", "Ann Lee"),
    _q(TEXT, "It is unsafe,", "Bo Park", kind="direct"),
    _q(TEXT, "300 people were moved", "", "anonymous"),
]


@pytest.mark.parametrize(
    ("pred", "status"),
    [
        (_q(TEXT, "the bridge would close", "Ann Lee"), "right"),
        (_q(TEXT, "the bridge would close", "Lee"), "right"),  # a surname is the same speaker
        (_q(TEXT, "the bridge would close", "Bo Park"), "wrong speaker"),
        (_q(TEXT, "the bridge would close", "Ann Lee", "organization"), "wrong type"),
        (_q(TEXT, "the bridge would close", "Ann Lee", via="Courier"), "wrong via"),
        ({**_q(TEXT, "the bridge would close", "Ann Lee"), "frame": "belief"}, "wrong frame"),
    ],
)
def test_scoring_compare_quotes_verdict(pred, status):
    gold = [{"id": "a", "text": TEXT, "quotes": [{**GOLD_QUOTES[0], "via": "", "frame": "speech"}]}]
    rows = compare_quotes(gold, _pred_quotes([pred]))
    assert rows["status"].tolist() == [status]
    assert rows.loc[0, "exact"]


def test_scoring_compare_quotes_missed_extra_optional():
    optional = _q(TEXT, "Officials said", "", "anonymous")
    gold = [{"id": "a", "text": TEXT, "quotes": GOLD_QUOTES[:2], "quotes_optional": [optional]}]
    preds = _pred_quotes([_q(TEXT, "It is unsafe,", "Bo Park", kind="direct"), _q(TEXT, "Officials said", "", "anonymous"),
                          _q(TEXT, "Ann Lee said", "", "anonymous")])
    rows = compare_quotes(gold, preds)
    by_text = dict(zip(rows["gold_text"].where(rows["gold_text"] != "", rows["pred_text"]), rows["status"]))
    assert by_text == {"the bridge would close": "missed", "It is unsafe,": "right", "Officials said": "optional", "Ann Lee said": "extra"}


def test_scoring_compare_quotes_inexact_span_is_right_but_not_exact():
    gold = [{"id": "a", "text": TEXT, "quotes": GOLD_QUOTES[:1]}]
    rows = compare_quotes(gold, _pred_quotes([_q(TEXT, "said the bridge would close", "Ann Lee")]))
    assert rows.loc[0, "status"] == "right" and not rows.loc[0, "exact"]


def _fig(text: str, words: str, value=None, low=None, high=None, approximate=False, counts="", attributed_to="") -> dict:  # noqa: ANN001
    start = text.index(words)
    return {"start": start, "end": start + len(words), "kind": "count", "value": value, "low": low, "high": high,
            "approximate": approximate, "counts": counts, "attributed_to": attributed_to}


def _pred_figures(items: list[dict]) -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": ["a"] * len(items), "start_char": [i["start"] for i in items], "end_char": [i["end"] for i in items],
        "kind": [i["kind"] for i in items], "value": [i["value"] for i in items], "low": [i["low"] for i in items],
        "high": [i["high"] for i in items], "approximate": [i["approximate"] for i in items],
        "counts": [i["counts"] for i in items], "attributed_to": [i["attributed_to"] for i in items],
    }).astype({"value": float, "low": float, "high": float})


@pytest.mark.parametrize(
    ("pred", "status"),
    [
        (_fig(TEXT, "300", 300, 300, 300, attributed_to="Officials"), "right"),
        (_fig(TEXT, "300", 30, 30, 30, attributed_to="Officials"), "wrong value"),
        (_fig(TEXT, "300", 300, 300, 300, approximate=True, attributed_to="Officials"), "wrong approximate"),
        (_fig(TEXT, "300", 300, 300, 300, attributed_to="Ann Lee"), "wrong claimant"),
        (_fig(TEXT, "300", 300, 300, 300), "wrong claimant"),
    ],
)
def test_scoring_compare_figures_verdict(pred, status):
    officials = {**_q(TEXT, "300 people were moved", "", "anonymous"), "speaker": "Officials"}
    gold = [{"id": "a", "text": TEXT, "quotes": [officials], "figures": [_fig(TEXT, "300", 300, 300, 300, counts="people")]}]
    rows = compare_figures(gold, _pred_figures([pred]))
    assert rows["status"].tolist() == [status]
    assert rows.loc[0, "gold_claimed_by"] == "Officials" and rows.loc[0, "gold_amount"] == "300"


def test_scoring_compare_figures_open_bound_amount():
    gold = [{"id": "a", "text": TEXT, "figures": [_fig(TEXT, "300", 300, 300, None, approximate=True)]}]
    rows = compare_figures(gold, _pred_figures([_fig(TEXT, "300", 300, 300, None, approximate=True)]))
    assert rows.loc[0, "status"] == "right" and rows.loc[0, "gold_amount"] == "300–"
