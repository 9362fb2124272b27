"""Tests for newslab.target_sentiment: the target model, its errors, its place in the tables."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
import pandas as pd
import pytest

import newslab as nl
from newslab.errors import InputError, InputTypeError, MissingColumnError, NewslabError, SentimentModelError
from newslab.sentiment import explain_target, score_targets, sentiment_by_entity, sentiment_by_source
from newslab.target_sentiment import (
    LABELS,
    METHOD,
    MODEL_PATH,
    load_target_model,
    target_features,
)


def _rows(*items: tuple[str, str]) -> pd.DataFrame:
    """Rows for (sentence, mention) pairs; the mention's first occurrence is the target."""
    texts, starts, ends = [], [], []
    for text, mention in items:
        start = text.index(mention)
        texts.append(text)
        starts.append(start)
        ends.append(start + len(mention))
    return pd.DataFrame({"text": texts, "start_char": starts, "end_char": ends})


# Realistic news sentences: one target each, from several beats.
SENTENCES = [
    ("Prosecutors accused Mayor Linda Hart of taking bribes from two developers.", "Linda Hart"),
    ("The committee honoured Dr. Amara Nwosu for her decades of work in rural clinics.", "Amara Nwosu"),
    ("Senator Collins will travel to Ohio on Tuesday, her office said.", "Senator Collins"),
    ("“He lied to us,” said a former aide of the governor, who asked not to be named.", "He"),
    ("Analysts said Goldman Sachs had handled the merger with remarkable skill.", "Goldman Sachs"),
    ("Police arrested a 34-year-old man in Leeds on Friday.", "Leeds"),
    ("Trump’s lawyers filed the appeal late on Monday.", "Trump"),
]


def _miss(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# One sentence, two people: one praised, one blamed. The label must follow the target. The
# sentences were written before the model was trained on its final features; the misses are
# kept (xfail) because they show where a linear model over the sentence's words stops.
PRAISE_AND_BLAME = [
    ("Voters praised Ann Lee for her honesty, while Tom Reed was blamed for the collapse of the talks.",
     "Ann Lee", "Tom Reed"),
    ("Critics accused Mark Jones of corruption, but they applauded Maria Lopez for her courage.",
     "Maria Lopez", "Mark Jones"),
    ("Residents thanked Governor Ortiz for the quick relief effort and condemned Senator Blake for blocking the aid bill.",
     "Governor Ortiz", "Senator Blake"),
    ("Smith was hailed as a hero after the rescue, while Brown faced fierce criticism for his absence.", "Smith", "Brown"),
    ("The judge sentenced Peterson to ten years in prison and thanked detective Morgan for her tireless work.",
     "Morgan", "Peterson"),
    ("Investors cheered the appointment of Sarah Kim, a respected banker, after Paul Grant was fired for fraud.",
     "Sarah Kim", "Paul Grant"),
    ("Obama defended the deal as a historic achievement, and Republicans attacked Kerry for giving away too much.",
     "Obama", "Kerry"),
    ("The report criticised Chief Constable Reed for failing the victims, and it commended Inspector Shaw for her "
     "bravery.", "Inspector Shaw", "Chief Constable Reed"),
    ("Fans booed Coach Miller after the defeat but cheered goalkeeper Diaz, who saved two penalties.",
     "Diaz", "Coach Miller"),
    ("While Warren won praise for her detailed plans, Biden was mocked for his rambling answers.", "Warren", "Biden"),
    ("The newspaper described Johnson as a liar, and it called Starmer a decent and serious man.", "Starmer", "Johnson"),
    ("Protesters denounced President Marcos as a dictator, while they celebrated Maria Ressa as a champion of free "
     "speech.", "Maria Ressa", "President Marcos"),
]
# Known misses, by the praised target.
FLIP_MISSES = {
    "Inspector Shaw": "the sentence's negative words (criticised, failing, victims) outweigh 'commended' and "
                      "'bravery' around the praised target",
    "Diaz": "'booed' and 'defeat' weigh more than 'cheered'; both targets come out slightly negative",
    "Warren": "'mocked' and 'rambling' are weak evidence next to 'praise': Biden comes out neutral, not negative",
    "Sarah Kim": "'fired for fraud' makes the whole sentence negative; 'cheered' and 'respected' only lift her to "
                 "neutral",
    "Starmer": "an evaluation after the target ('as a liar', 'a decent man') is read as sentence tone; "
               "'liar' and 'serious' make both negative",
    "Maria Ressa": "'celebrated' and 'champion' outweigh 'denounced' and 'dictator' for both targets",
}
ORDER_MISSES = {
    "Starmer": FLIP_MISSES["Starmer"],
    "Diaz": "'cheered goalkeeper <name>, who saved two penalties' leaves Diaz nearer 'defeat' than Coach Miller",
}


def _cases(misses: dict[str, str]) -> list:
    return [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=misses[case[1]]))
            if case[1] in misses else case for case in PRAISE_AND_BLAME]


# --- scores ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "mention"), SENTENCES)
def test_target_sentiment_probabilities_sum_to_one(text, mention):
    out = score_targets(_rows((text, mention)))
    probs = out[["p_negative", "p_neutral", "p_positive"]].to_numpy()
    assert np.allclose(probs.sum(axis=1), 1.0)
    assert ((probs > 0) & (probs < 1)).all()
    assert out.loc[0, "label"] == LABELS[int(probs[0].argmax())]
    assert out.loc[0, "target_score"] == pytest.approx(probs[0, 2] - probs[0, 0])


def test_target_sentiment_columns_index_and_attrs():
    frame = _rows(*SENTENCES)
    frame.index = pd.Index([f"r{i}" for i in range(len(frame))])
    frame["article_id"] = "a1"
    frame.attrs["methods"] = {"sentiment": "textblob.v1"}
    before = frame.copy()
    out = score_targets(frame)
    pd.testing.assert_frame_equal(frame, before)  # the input is not changed
    assert list(out.index) == list(frame.index)
    assert list(out.columns) == [*frame.columns, "label", "p_negative", "p_neutral", "p_positive", "target_score"]
    assert list(out["label"].cat.categories) == list(LABELS)
    assert out.attrs["methods"] == {"sentiment": "textblob.v1", "target_sentiment": METHOD}


def test_target_sentiment_empty_frame():
    out = score_targets(pd.DataFrame({"text": pd.Series([], dtype=str), "start_char": pd.Series([], dtype="int64"),
                                      "end_char": pd.Series([], dtype="int64")}))
    assert len(out) == 0 and "label" in out.columns and out.attrs["methods"]["target_sentiment"] == METHOD


def test_target_sentiment_deterministic():
    frame = _rows(*SENTENCES, *[(text, praised) for text, praised, _ in PRAISE_AND_BLAME])
    first = score_targets(frame)
    second = score_targets(frame.iloc[::-1].reset_index(drop=True)).iloc[::-1].reset_index(drop=True)
    pd.testing.assert_frame_equal(first, second)
    # A model read afresh from the file gives the same numbers as the cached one.
    from newslab.target_sentiment import _read_model

    fresh = score_targets(frame, model=_read_model(MODEL_PATH))
    pd.testing.assert_frame_equal(first, fresh)


@pytest.mark.parametrize(("text", "praised", "blamed"), _cases(FLIP_MISSES))
def test_target_sentiment_label_flips_with_the_target(text, praised, blamed):
    out = score_targets(_rows((text, praised), (text, blamed)))
    assert out["label"].tolist() == ["positive", "negative"]
    assert out.loc[0, "target_score"] > 0 > out.loc[1, "target_score"]


@pytest.mark.parametrize(("text", "praised", "blamed"), _cases(ORDER_MISSES))
def test_target_sentiment_scores_the_praised_target_higher(text, praised, blamed):
    # A weaker demand than the flip: where a label misses, the order of the two scores mostly holds.
    out = score_targets(_rows((text, praised), (text, blamed)))
    assert out.loc[0, "target_score"] > out.loc[1, "target_score"]


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Prosecutors accused Mayor Linda Hart of taking bribes from two developers.", "Linda Hart", "negative"),
        ("The committee honoured Dr. Amara Nwosu for her decades of work in rural clinics.", "Amara Nwosu", "positive"),
        ("Senator Collins will travel to Ohio on Tuesday, her office said.", "Senator Collins", "neutral"),
    ],
)
def test_target_sentiment_clear_cases(text, mention, expected):
    assert score_targets(_rows((text, mention))).loc[0, "label"] == expected


def test_target_sentiment_mention_inside_a_token():
    # "Trump" is part of the token "Trump’s": the token counts as the target.
    f = target_features("Trump’s lawyers filed the appeal.", 0, 5)
    assert "t:<name>" in f and "w:<t>" in f and "r1:lawyers" in f


def test_target_sentiment_features_mark_side_and_distance():
    f = target_features("Critics blamed Ann Lee for the delay.", 15, 22)
    assert {"l1:blamed", "l1:critics", "r1:for", "r1:the", "r2:delay", "t:<name>"} <= set(f)
    assert f["vd-l5"] > 0  # "blamed" is negative evidence just left of the target


@pytest.mark.parametrize(
    ("text", "mention", "hidden"),
    [
        ("Voters cheered when Senator Hope Hicks met Trump in Ohio.", "Senator Hope Hicks", {"hope", "trump", "ohio"}),
        ("The FBI said the United Nations report on Liberty Bank was wrong.", "Liberty Bank", {"fbi", "united", "liberty"}),
        ("“Obama lied,” she said of the president.", "the president", {"obama"}),
    ],
)
def test_target_sentiment_hides_names(text, mention, hidden):
    # Who is named carries no weight: names become <name>, and words in names are no lexicon evidence.
    start = text.index(mention)
    f = target_features(text, start, start + len(mention))
    words = {k.split(":", 1)[1] for k in f if ":" in k}
    assert not (hidden & words)
    assert not any(k.startswith("t:") and k != "t:<name>" and k[2:] in {"senator", "hope", "hicks", "liberty", "bank"} for k in f)
    assert "w:<name>" in f or "t:<name>" in f


def test_target_sentiment_a_capitalised_opening_word_is_a_word():
    f = target_features("Critics blamed Ann Lee.", 15, 22)
    assert "w:critics" in f and f.get("vd-left", 0) > 0


# --- bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("frame", "error", "match"),
    [
        (pd.DataFrame({"text": ["Ann Lee spoke."], "start_char": [0], "end_char": [40]}), InputError, "Row 0"),
        (pd.DataFrame({"text": ["Ann Lee spoke."], "start_char": [-1], "end_char": [3]}), InputError, "Row 0"),
        (pd.DataFrame({"text": ["Ann Lee spoke."], "start_char": [5], "end_char": [5]}), InputError, "start_char < end_char"),
        (pd.DataFrame({"text": ["Ann Lee spoke.", "Tom Reed spoke."], "start_char": [0, 9], "end_char": [7, 3]},
                      index=[10, 11]), InputError, "Row 11"),
        (pd.DataFrame({"text": [None], "start_char": [0], "end_char": [3]}), InputTypeError, "text must be a str"),
        (pd.DataFrame({"text": ["Ann Lee spoke."], "start_char": [0.5], "end_char": [3]}), InputTypeError, "int offset"),
        (pd.DataFrame({"text": ["Ann Lee spoke."], "start": [0], "end_char": [3]}), MissingColumnError, "start_char"),
        (pd.DataFrame({"sentence": ["Ann Lee spoke."]}), MissingColumnError, "text, start_char, end_char"),
    ],
)
def test_target_sentiment_bad_rows_are_clear_errors(frame, error, match):
    with pytest.raises(error, match=match) as info:
        score_targets(frame)
    assert isinstance(info.value, NewslabError)


def test_target_sentiment_rejects_a_non_frame():
    with pytest.raises(InputTypeError, match="expects a DataFrame"):
        score_targets([("Ann Lee spoke.", 0, 7)])  # type: ignore[arg-type]


def test_target_sentiment_explain_rejects_bad_offsets():
    with pytest.raises(InputError, match="not a span"):
        explain_target("Ann Lee spoke.", 3, 99)


# --- the model file --------------------------------------------------------------------------------


def _model_bytes(**replace: bytes) -> bytes:
    """The shipped model file with some members replaced (raw .npy bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(MODEL_PATH) as src, zipfile.ZipFile(buf, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, replace.get(name.removesuffix(".npy"), src.read(name)))
    return buf.getvalue()


def _npy(array: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array(buf, array, allow_pickle=False)
    return buf.getvalue()


def test_target_sentiment_model_missing_is_a_clear_error(tmp_path, monkeypatch):
    missing = tmp_path / "target-sentiment.npz"
    with pytest.raises(SentimentModelError, match="does not exist.*make train-sentiment"):
        load_target_model(missing)
    with pytest.raises(SentimentModelError, match="does not exist"):
        score_targets(_rows(SENTENCES[0]), model=missing)
    # The packaged model gone: the same message, from the default path.
    import newslab.target_sentiment as ts

    monkeypatch.setattr(ts, "MODEL_PATH", missing)
    with pytest.raises(SentimentModelError, match="does not exist"):
        score_targets(_rows(SENTENCES[0]))
    assert issubclass(SentimentModelError, OSError)


def _meta(**change) -> bytes:
    meta = dict(load_target_model().meta)
    meta.update(change)
    return _npy(np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8))


@pytest.mark.parametrize(
    ("payload", "match"),
    [
        (lambda: b"this is not a model file", "unreadable"),
        (lambda: b"", "unreadable"),
        (lambda: _model_bytes()[:5000], "unreadable"),  # cut short, as by a failed download or full disk
        (lambda: _model_bytes(weights=_npy(np.zeros((3, 3), dtype=np.float32))), "do not fit"),
        (lambda: _model_bytes(bias=_npy(np.array([np.nan, 0, 0], dtype=np.float32))), "NaN"),
        (lambda: _model_bytes(meta=_meta(method="target.other.v9")), "expected 'target.newsmtsc.v1'"),
        (lambda: _model_bytes(meta=_meta(features_version=99)), "features version"),
        (lambda: _model_bytes(meta=b"\x00\x01"), "unreadable"),
    ],
)
def test_target_sentiment_model_corrupt_is_a_clear_error(tmp_path, payload, match):
    path = tmp_path / "model.npz"
    path.write_bytes(payload())
    with pytest.raises(SentimentModelError, match=match) as info:
        score_targets(_rows(SENTENCES[0]), model=path)
    assert str(path) in str(info.value) and "make train-sentiment" in str(info.value)


def test_target_sentiment_model_records_its_training():
    model = load_target_model()
    assert model.method == METHOD
    meta = model.meta
    assert meta["n_mentions"] == 8739 and meta["seed"] and meta["C"] in meta["grid"]
    assert MODEL_PATH.stat().st_size <= 25_000_000


# --- explain ---------------------------------------------------------------------------------------


def test_target_sentiment_explain_adds_up_to_the_probabilities():
    text, mention = "Critics accused Mark Jones of corruption, but they applauded Maria Lopez for her courage.", "Mark Jones"
    start = text.index(mention)
    why = explain_target(text, start, start + len(mention), top=None)
    model = load_target_model()
    z = model.bias + (why["value"].to_numpy()[:, None]
                      * why[["weight_negative", "weight_neutral", "weight_positive"]].to_numpy()).sum(axis=0)
    p = np.exp(z - z.max())
    p /= p.sum()
    assert p == pytest.approx([why.attrs["p_negative"], why.attrs["p_neutral"], why.attrs["p_positive"]])
    assert why.attrs["label"] == "negative"
    assert why.attrs["methods"] == {"target_sentiment": METHOD}
    # Sorted by the push toward the label, strongest first.
    pushes = why["toward_label"].abs().to_numpy()
    assert (pushes[:-1] >= pushes[1:]).all()


def test_target_sentiment_explain_names_the_deciding_words():
    text = "Critics accused Mark Jones of corruption, but they applauded Maria Lopez for her courage."
    start = text.index("Maria Lopez")
    why = explain_target(text, start, start + len("Maria Lopez"), top=10)
    assert len(why) == 10
    assert why.attrs["label"] == "positive"
    helping = why[why["toward_label"] > 0]
    assert helping["word"].isin(["applauded", "courage", "they applauded"]).any() or helping["kind"].str.contains(
        "positive evidence").any()


# --- in the tables ---------------------------------------------------------------------------------

ARTICLE = (
    "Residents praised Mayor Ann Lee for reopening the library on Monday. "
    "Critics accused council chief Tom Reed of wasting public money on the project.\n\n"
    "\u201cWe are delighted,\u201d Lee said at the opening in Leeds. "
    "Reed said the spending had been approved by the council."
)


@pytest.fixture(scope="module")
def target_tables():
    frame = pd.DataFrame({"article_id": ["lib"], "text": [ARTICLE]})
    return nl.analyze(frame, target_sentiment=True, progress=False)


def test_target_sentiment_fills_entities_and_quotes(target_tables):
    t = target_tables
    ents = t.entities
    named = ents["label"].astype(str).isin(["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"])
    assert ents.loc[named, "target_label"].notna().all() and ents.loc[named, "target_score"].notna().all()
    assert ents.loc[~named, "target_score"].isna().all()  # dates and numbers are not targets
    assert ents["target_score"].dropna().between(-1, 1).all()
    assert t.entities.attrs["methods"]["target_sentiment"] == METHOD
    by_name = {row.text: row.target_label for row in ents.itertuples() if pd.notna(row.target_label)}
    assert by_name["Ann Lee"] == "positive"
    assert by_name["Tom Reed"] == "negative"
    quotes = t.quotes
    assert len(quotes) >= 2
    spoken = quotes["speaker_start_char"].notna()
    assert quotes.loc[spoken, "target_label"].notna().all()
    assert quotes.loc[~spoken, "target_label"].isna().all()


def test_target_sentiment_tables_match_score_targets(target_tables):
    # The per-Doc hook and score_targets on the sentence give the same numbers.
    t = target_tables
    ents = t.entities[t.entities["target_score"].notna()]
    sents = t.sentences.set_index("sent_id")
    rows = pd.DataFrame(
        {
            "text": [sents.loc[s, "text"] for s in ents["sent_id"]],
            "start_char": [a - sents.loc[s, "start_char"] for a, s in zip(ents["start_char"], ents["sent_id"])],
            "end_char": [b - sents.loc[s, "start_char"] for b, s in zip(ents["end_char"], ents["sent_id"])],
        }
    )
    scored = score_targets(rows)
    assert scored["target_score"].to_numpy() == pytest.approx(ents["target_score"].to_numpy())
    assert scored["label"].astype(str).tolist() == ents["target_label"].astype(str).tolist()


def test_target_sentiment_off_by_default(seed_tables):
    assert seed_tables.entities["target_label"].isna().all()
    assert seed_tables.quotes["target_score"].isna().all()
    assert "target_sentiment" not in seed_tables.entities.attrs["methods"]


def test_target_sentiment_quotes_count_lexicon_words(target_tables):
    from newslab.sentiment import score_texts

    quotes = target_tables.quotes
    assert str(quotes["n_lexicon_words"].dtype) == "int64"
    expected = score_texts(quotes["text"].tolist())["n_lexicon_words"].tolist()
    assert quotes["n_lexicon_words"].tolist() == expected


def test_target_sentiment_by_entity(target_tables):
    out = sentiment_by_entity(target_tables, method="target")
    assert list(out.columns) == ["canonical", "label", "n_mentions", "n_articles", "n_scored_mentions", "n_negative",
                                 "n_neutral", "n_positive", "target_score"]
    row = out.set_index("canonical").loc["Ann Lee"]
    assert row["n_mentions"] == 2 and row["n_scored_mentions"] == 2
    assert row["n_negative"] + row["n_neutral"] + row["n_positive"] == 2
    assert out.attrs["methods"] == {"target_sentiment": METHOD}
    assert (out["n_mentions"].diff().dropna() <= 0).all()


def test_target_sentiment_by_source(target_tables):
    out = sentiment_by_source(target_tables, method="target")
    assert {"source", "n_quotes", "n_scored_quotes", "target_score"} <= set(out.columns)
    assert set(out["source"]) >= {"Ann Lee", "Tom Reed"}
    assert out["target_score"].dropna().between(-1, 1).all()
    lexicon = sentiment_by_source(target_tables)
    assert "polarity" in lexicon.columns and "target_score" not in lexicon.columns


def test_target_sentiment_aggregates_need_target_tables(seed_tables):
    with pytest.raises(InputError, match="target_sentiment=True"):
        sentiment_by_entity(seed_tables, method="target")
    with pytest.raises(InputError, match="target_sentiment=True"):
        sentiment_by_source(seed_tables, method="target")
    with pytest.raises(InputError, match="'lexicon'"):
        sentiment_by_entity(seed_tables, method="vader")


def test_target_sentiment_charts(target_tables):
    from newslab import charts

    data = charts.sentiment_by_entity_data(target_tables, method="target", top=5)
    assert data.attrs["method"] == "target model" and len(data) <= 5
    fig = charts.sentiment_by_entity(target_tables, method="target", top=5)
    assert "target score" in fig.axes[0].get_xlabel()
    fig = charts.sentiment_by_source(target_tables, method="target")
    assert "toward the source" in fig.axes[0].get_xlabel()
    import matplotlib.pyplot as plt

    plt.close("all")


def test_target_sentiment_cache_keys_on_the_option(tmp_path):
    frame = pd.DataFrame({"article_id": ["lib"], "text": [ARTICLE]})
    plain = nl.analyze(frame, cache=tmp_path / "c", progress=False)
    scored = nl.analyze(frame, cache=tmp_path / "c", target_sentiment=True, progress=False)
    assert plain.entities["target_score"].isna().all()
    assert scored.entities["target_score"].notna().any()


def test_target_sentiment_cli_flag(tmp_path):
    from newslab.cli import main

    source = tmp_path / "lib.jsonl"
    source.write_text(json.dumps({"id": "lib", "text": ARTICLE}) + "\n", encoding="utf-8")
    assert main(["analyze", str(source), "--out", str(tmp_path / "out"), "--target-sentiment", "--no-progress"]) == 0
    got = nl.read_tables(tmp_path / "out")
    assert got.entities["target_score"].notna().any() and got.quotes["target_label"].notna().any()
    assert got.entities.attrs["methods"]["target_sentiment"] == METHOD


def test_target_sentiment_dask_partition_equals_local(target_tables):
    pytest.importorskip("dask")
    from newslab.dask import analyze_partition

    part = analyze_partition(pd.DataFrame({"article_id": ["lib"], "text": [ARTICLE]}), target_sentiment=True)
    assert part["meta"]["methods"]["target_sentiment"] == METHOD
    assert part["entities"]["target_score"].tolist() == pytest.approx(target_tables.entities["target_score"].tolist(),
                                                                      nan_ok=True)
