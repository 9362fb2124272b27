"""The review sample is stable across releases, and a review file re-opened on newer tables keeps its verdicts.

The tables here are built by hand (a corpus of constructed statements): the sample depends only on each
statement's article text, offsets and the seed, so no parse is needed to test it.
"""

from __future__ import annotations

import random
import warnings
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

import newslab as nl
from newslab.articles import article_hash
from newslab.errors import ReviewWarning
from newslab.reviewing import _allocate, _hash_key, draw_sample, sample_keys
from newslab.verdicts import carry_verdicts, read_review

SPEAKERS = ["Jane Ortiz", "Sam Patel", "Maria Lopez", "Tom Reed", "the ministry"]
KINDS = ["direct", "direct", "indirect", "mixed"]


def _corpus(n_articles: int = 40, per_article: int = 5) -> SimpleNamespace:
    """Articles of constructed sentences, one statement per sentence (offsets of the sentence's reported part)."""
    articles, quotes = [], []
    for a in range(n_articles):
        sentences = [f"Speaker {k} of story {a} said the plan number {a * 7 + k} would go ahead. "
                     for k in range(per_article)]
        text = "".join(sentences)
        articles.append({"article_id": f"a{a:03d}", "text": text})
        pos = 0
        for k, sentence in enumerate(sentences):
            start = pos + sentence.index("the plan")
            end = pos + sentence.index(" would") + len(" would go ahead")
            quotes.append(_quote(f"a{a:03d}", k, start, end, text[start:end], a + k))
            pos += len(sentence)
    return _tables(pd.DataFrame(articles), pd.DataFrame(quotes))


def _quote(article_id: str, quote_id: int, start: int, end: int, text: str, i: int) -> dict:
    speaker = SPEAKERS[i % len(SPEAKERS)]
    return {"article_id": article_id, "quote_id": quote_id, "start_char": start, "end_char": end, "text": text,
            "kind": KINDS[i % len(KINDS)], "frame": "speech", "confidence": 0.8, "speaker": speaker,
            "speaker_canonical": speaker, "speaker_type": "organization" if speaker.startswith("the ") else "person"}


def _tables(articles: pd.DataFrame, quotes: pd.DataFrame) -> SimpleNamespace:
    entities = pd.DataFrame({"article_id": pd.Series(dtype=str), "text": pd.Series(dtype=str),
                             "canonical": pd.Series(dtype=str), "label": pd.Series(dtype=str),
                             "start_char": pd.Series(dtype="int64"), "end_char": pd.Series(dtype="int64")})
    return SimpleNamespace(articles=articles, quotes=quotes.reset_index(drop=True), entities=entities)


def _with_quotes(tables: SimpleNamespace, quotes: pd.DataFrame) -> SimpleNamespace:
    return _tables(tables.articles, quotes)


def _keys(rows: pd.DataFrame) -> list[tuple[str, int, int]]:
    return list(zip(rows["article_hash"], rows["start_char"].astype(int), rows["end_char"].astype(int)))


def _keyed(tables: SimpleNamespace, seed: int = 0) -> pd.DataFrame:
    """The quotes with their article hash and sample key (computed here as the docs describe it)."""
    hashes = {a: article_hash(t) for a, t in zip(tables.articles["article_id"], tables.articles["text"])}
    q = tables.quotes.assign(article_hash=tables.quotes["article_id"].map(hashes))
    return q.assign(key=sample_keys(q["article_hash"], q["start_char"], q["end_char"], seed=seed))


# --- the draw ---------------------------------------------------------------------------------------------


def test_reviewing_stable_key_is_blake2b_of_seed_article_and_offsets():
    # Pinned: the key must not change between Python sessions (no hash()) or releases, or samples would.
    assert _hash_key(0, "sample", "ab" * 32, 10, 42) == _hash_key(0, "sample", "ab" * 32, 10, 42)
    assert _hash_key(0, "sample", "ab" * 32, 10, 42) == 6561211247525182825
    assert _hash_key(1, "sample", "ab" * 32, 10, 42) != _hash_key(0, "sample", "ab" * 32, 10, 42)
    assert _hash_key(0, "order", "ab" * 32, 10, 42) != _hash_key(0, "sample", "ab" * 32, 10, 42)
    assert _hash_key(0, "sample", "ab" * 32, 10, 43) != _hash_key(0, "sample", "ab" * 32, 10, 42)


def test_reviewing_stable_draw_is_deterministic_and_the_smallest_keys():
    tables = _corpus()
    a = draw_sample(tables, sample=20, seed=5)
    assert _keys(a) == _keys(draw_sample(tables, sample=20, seed=5))
    keyed = _keyed(tables, seed=5)
    smallest = keyed.nsmallest(20, "key")
    assert sorted(_keys(a)) == sorted(_keys(smallest))  # bottom-k: the 20 smallest keys
    order = sample_keys(a["article_hash"], a["start_char"], a["end_char"], seed=5, purpose="order")
    assert list(order) == sorted(order)  # reviewed in the order of the second key
    assert a["review_id"].tolist() == list(range(20))
    assert sorted(_keys(draw_sample(tables, sample=20, seed=6))) != sorted(_keys(a))


def test_reviewing_stable_draw_ignores_row_order_and_ids():
    tables = _corpus()
    a = draw_sample(tables, sample=15, seed=0)
    shuffled = _with_quotes(tables, tables.quotes.sample(frac=1, random_state=3))
    assert _keys(draw_sample(shuffled, sample=15, seed=0)) == _keys(a)
    renumbered = _with_quotes(tables, tables.quotes.assign(quote_id=tables.quotes["quote_id"] + 100))
    assert _keys(draw_sample(renumbered, sample=15, seed=0)) == _keys(a)
    # A larger sample holds the smaller one (the same keys, more of them).
    assert set(_keys(a)) <= set(_keys(draw_sample(tables, sample=30, seed=0)))


def test_reviewing_stable_overlap_on_a_constructed_release():
    # 200 statements, a sample of 20. The "new release" removes two sampled statements, removes one statement
    # outside the sample, and adds three statements whose keys fall below the old sample's largest key (the
    # worst case for additions) and one whose key falls above it. Five changes touch the sample's range.
    old = _corpus()
    n = 20
    before = draw_sample(old, sample=n, seed=0)
    keyed = _keyed(old).sort_values("key").reset_index(drop=True)
    threshold = keyed["key"].iloc[n - 1]
    removed = [keyed.index[3], keyed.index[11], keyed.index[150]]  # two in the sample, one outside
    # Candidate new statements: a shorter span inside each existing statement ("the plan number N").
    extra = []
    for row in old.quotes.itertuples():
        end = row.start_char + row.text.index(" would")
        extra.append(_quote(row.article_id, 99, row.start_char, end, row.text[: end - row.start_char], 0))
    extra = _keyed(_with_quotes(old, pd.DataFrame(extra))).sort_values("key")
    below = extra[extra["key"] < threshold].head(3)
    above = extra[extra["key"] > threshold].head(1)
    assert len(below) == 3 and len(above) == 1
    new_quotes = pd.concat([keyed.drop(index=removed), below, above]).drop(columns=["key", "article_hash"])
    after = draw_sample(_with_quotes(old, new_quotes), sample=n, seed=0)
    kept = set(_keys(before)) & set(_keys(after))
    # Changes in the sample's range: 2 removed + 3 added below the threshold = 5; the guarantee is n - 5 = 15.
    # Exactly: the 18 surviving old rows and the 3 new ones compete for 20 places, so the largest old key drops.
    assert len(kept) == n - 3 == 17
    assert len(kept) >= n - 5
    assert set(_keys(below)) <= set(_keys(after)) and not set(_keys(above)) & set(_keys(after))
    dropped_old = set(_keys(before)) - kept
    assert dropped_old == set(_keys(keyed.iloc[[3, 11, n - 1]]))  # the two removed, and the largest key


@pytest.mark.parametrize("trial", range(5))
def test_reviewing_stable_overlap_bound_holds_for_random_changes(trial):
    rng = random.Random(trial)
    old = _corpus()
    n = 25
    before = draw_sample(old, sample=n, seed=trial)
    quotes = old.quotes
    removed = rng.sample(range(len(quotes)), 4)
    added = []
    for i in rng.sample(range(len(quotes)), 4):
        row = quotes.iloc[i]
        added.append(_quote(row["article_id"], 99, int(row["start_char"]), int(row["start_char"]) + 8,
                            row["text"][:8], i))
    new = _with_quotes(old, pd.concat([quotes.drop(index=removed), pd.DataFrame(added)]))
    after = draw_sample(new, sample=n, seed=trial)
    assert len(set(_keys(before)) & set(_keys(after))) >= n - 8


def test_reviewing_stable_stratified_allocation_unchanged():
    tables = _corpus()
    rows = draw_sample(tables, sample=17, seed=2, stratify="kind")
    sizes = tables.quotes["kind"].value_counts().to_dict()
    want = _allocate(sizes, 17)
    assert rows["kind"].value_counts().to_dict() == {k: v for k, v in want.items() if v}
    assert want == {"direct": 9, "indirect": 4, "mixed": 4}
    keyed = _keyed(tables, seed=2)
    for kind, k in want.items():  # each stratum takes its share of smallest keys
        mine = rows[rows["kind"] == kind]
        assert sorted(_keys(mine)) == sorted(_keys(keyed[keyed["kind"] == kind].nsmallest(k, "key")))
        assert (mine["stratum"] == f"kind={kind}").all()


# --- re-opening a review file on newer tables -----------------------------------------------------------------


def _release(old: SimpleNamespace, sampled: pd.DataFrame) -> tuple[SimpleNamespace, dict[str, tuple]]:
    """A 'newer release' of the tables: sampled row 0 gone, row 1 another speaker, row 2 another span,
    row 3 another speaker but reviewed as not a statement; rows 4.. unchanged."""
    q = old.quotes.copy()

    def where(r):
        return q.index[(q["article_id"] == r["article_id"]) & (q["start_char"] == r["start_char"])
                       & (q["end_char"] == r["end_char"])][0]

    rows = {name: sampled.iloc[i] for i, name in enumerate(["gone", "speaker", "span", "notstmt"])}
    q.loc[where(rows["speaker"]), ["speaker", "speaker_canonical", "speaker_type"]] = ["she", "Ann Bell", "person"]
    q.loc[where(rows["notstmt"]), ["speaker", "speaker_canonical", "speaker_type"]] = ["it", "", "unknown"]
    i = where(rows["span"])
    q.loc[i, "end_char"] = int(q.loc[i, "end_char"]) - len(" go ahead")
    q.loc[i, "text"] = q.loc[i, "text"][: -len(" go ahead")]
    q = q.drop(index=where(rows["gone"]))
    return _with_quotes(old, q), rows


def test_reviewing_reopen_on_the_same_tables_continues_quietly(tmp_path):
    tables = _corpus(10, 3)
    path = tmp_path / "review.csv"
    nl.review(tables, sample=6, seed=0, path=path).record("right")
    before = path.read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("error", ReviewWarning)
        again = nl.review(tables, sample=6, seed=0, path=path)
    assert again.n_reviewed == 1 and again.carried is None
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["review.csv"]


def test_reviewing_reopen_after_an_upgrade_keeps_verdicts_on_rows_that_still_exist(tmp_path):
    old = _corpus(12, 4)  # 48 statements
    path = tmp_path / "review.csv"
    r = nl.review(old, sample=10, seed=0, path=path)
    sampled = r.rows.copy()
    for pos, verdict in enumerate(["right", "right", "wrong span", "not a statement", "right", "right", "right",
                                   "right"]):
        r.record(verdict, position=pos, note="checked" if pos == 4 else None)
    assert r.n_reviewed == 8
    old_file = path.read_bytes()

    new, changed = _release(old, sampled)
    with pytest.warns(ReviewWarning, match=r"5 verdict\(s\) carried over.*1 reviewed statement\(s\) changed since.*"
                                           r"2 no longer found.*kept as .*review\.earlier-1\.csv"):
        again = nl.review(new, sample=10, seed=0, path=path)
    assert (tmp_path / "review.earlier-1.csv").read_bytes() == old_file  # nothing is lost
    rows = again.rows
    assert _keys(rows) == _keys(draw_sample(new, sample=10, seed=0))  # the file now holds the new release's sample
    assert _keys(read_review(path)) == _keys(rows)
    by_key = {k: r for k, r in zip(_keys(rows), rows.to_dict("records"))}

    def key(r):
        return (r["article_hash"], int(r["start_char"]), int(r["end_char"]))

    # Unchanged rows keep their verdicts and notes; not a statement stays whatever the speaker.
    for pos in range(4, 8):
        assert by_key[key(sampled.iloc[pos])]["verdict"] == "right"
    assert by_key[key(sampled.iloc[4])]["note"] == "checked"
    assert by_key[key(changed["notstmt"])]["verdict"] == "not_statement"
    # The statement whose speaker changed is shown again, saying what it was.
    moved = by_key[key(changed["speaker"])]
    assert moved["verdict"] == "" and moved["speaker_canonical"] == "Ann Bell"
    assert moved["note"].startswith("Reviewed before as right when newslab said ") and "the speaker has changed" in moved["note"]
    # The statement whose span changed is another statement with another key: here it falls outside the
    # sample (test_reviewing_carry_verdicts_span_change_and_counts has one inside), like the one that is gone.
    span = changed["span"]
    new_span = (span["article_hash"], int(span["start_char"]), int(span["end_char"]) - len(" go ahead"))
    assert key(span) not in by_key and new_span not in by_key and key(changed["gone"]) not in by_key
    # Carried: 4 right + not a statement; the review starts at the first row without a verdict.
    assert again.n_reviewed == 5 and again.carried.carried == 5
    assert rows.loc[again.position, "verdict"] == ""
    assert set(again.carried.changed) == {int(moved["review_id"])}
    assert again.carried.left_out == {"gone": 2, "not drawn": 0} and again.carried.new == 2
    assert "note: Reviewed before as right" in again.claim_html(int(moved["review_id"]))


def test_reviewing_carry_verdicts_span_change_and_counts():
    # carry_verdicts on its own: a reviewed span that shrank is matched by overlap in the same article text.
    old = _corpus(4, 2)
    saved = draw_sample(old, sample=8, seed=0)
    saved["verdict"] = "right"
    target = saved.iloc[0]
    q = old.quotes.copy()
    i = q.index[(q["article_id"] == target["article_id"]) & (q["start_char"] == target["start_char"])][0]
    q.loc[i, "end_char"] -= 3
    q.loc[i, "text"] = q.loc[i, "text"][:-3]
    q = q.drop(index=q.index[(q["article_id"] == saved.iloc[1]["article_id"])
                             & (q["start_char"] == saved.iloc[1]["start_char"])])
    new = _with_quotes(old, q)
    rows, report = carry_verdicts(saved, draw_sample(new, sample=8, seed=0), new)
    shrunk = rows[(rows["article_hash"] == target["article_hash"]) & (rows["start_char"] == target["start_char"])].iloc[0]
    assert shrunk["verdict"] == "" and "the span has changed since" in shrunk["note"]
    assert f"({target['start_char']}-{target['end_char']})" in shrunk["note"]
    assert report.carried == 6 and report.new == 1 and len(report.changed) == 1
    assert report.left_out == {"gone": 1, "not drawn": 0}
    assert (rows["verdict"] == "right").sum() == 6


def test_reviewing_reopen_with_another_seed_keeps_the_old_file(tmp_path):
    tables = _corpus(10, 3)
    path = tmp_path / "r.csv"
    nl.review(tables, sample=5, seed=0, path=path).record("right")
    old_file = path.read_bytes()
    with pytest.warns(ReviewWarning, match="other settings"):
        r = nl.review(tables, sample=5, seed=1, path=path)
    assert _keys(r.rows) == _keys(draw_sample(tables, sample=5, seed=1))
    assert (tmp_path / "r.earlier-1.csv").read_bytes() == old_file
    # Switching again keeps the first copy and adds a second one.
    with pytest.warns(ReviewWarning):
        nl.review(tables, sample=5, seed=0, path=path)
    assert (tmp_path / "r.earlier-1.csv").read_bytes() == old_file
    assert _keys(read_review(tmp_path / "r.earlier-2.csv")) == _keys(r.rows)


def test_reviewing_sample_keys_are_unsigned_64_bit():
    keys = sample_keys(pd.Series(["x" * 64] * 3), pd.Series([0, 1, 2]), pd.Series([5, 5, 5]))
    assert keys.dtype == np.uint64 and len(set(keys.tolist())) == 3


def test_reviewing_carry_verdicts_speaker_change_says_what_the_verdict_was():
    old = _corpus(3, 2)
    saved = draw_sample(old, sample=6, seed=0)
    saved.loc[0, ["verdict", "correct_speaker", "correct_speaker_type", "note"]] = [
        "wrong_speaker", "Ann Bell", "person", "the sentence before names her"]
    saved.loc[1, "verdict"] = "not_statement"
    q = old.quotes.copy()
    for pos, name in ((0, "Ann Bell"), (1, "Bo Li")):
        hit = (q["article_id"] == saved.loc[pos, "article_id"]) & (q["start_char"] == saved.loc[pos, "start_char"])
        q.loc[hit, ["speaker", "speaker_canonical", "speaker_type"]] = [name, name, "person"]
    new = _with_quotes(old, q)
    rows, report = carry_verdicts(saved, draw_sample(new, sample=6, seed=0), new)
    first = rows[rows["start_char"].eq(saved.loc[0, "start_char"]) & rows["article_id"].eq(saved.loc[0, "article_id"])].iloc[0]
    said = saved.loc[0, "speaker_canonical"]
    assert first["verdict"] == "" and first["speaker_canonical"] == "Ann Bell"
    assert first["note"] == (f"Reviewed before as wrong speaker, corrected to Ann Bell when newslab said {said} (person); "
                             "the speaker has changed since. the sentence before names her")
    assert report.carried == 1 and (rows["verdict"] == "not_statement").sum() == 1  # not a statement stays
    assert report.new == 0 and report.left_out == {"gone": 0, "not drawn": 0}
