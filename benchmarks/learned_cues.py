"""Fit and cross-validate the learned cue detector (benchmarks/learned_cue_model.py).

The experiment: can a logistic regression over general parse features find statements whose
cue the lexicon lacks, without costing precision? Data: the nine annotated sets (dev-20,
heldout-a12/b12/c10, the retired fresh-d32/e30/f40/g40/h40; texts of the fresh sets from the
corpus by id, as in ``benchmarks/accuracy.py``).

1. Each article is parsed once; the quote rules run as in ``newslab.analyze`` and every
   *candidate* (a word outside the rules' cues that governs a clausal complement and from which
   the rules' own builder ``_verb_cue`` makes a cue with a speaker and a content,
   :func:`learned_cue_model.candidates`) gets its features.
2. Label: a candidate is positive when a main gold statement of its article lies in its
   sentence, outside the word, and the gold ``cue`` contains the word.
3. Model: L2-penalised logistic regression (``L2`` below, Newton's method in numpy); the
   ``lemma=`` features are kept only for lemmas that are candidates in at least
   ``MIN_LEMMA_ARTICLES`` training articles (so it cannot memorise one article). The threshold is
   chosen inside the training data: leave-one-set-out over the training sets, the threshold of
   ``GRID`` with the most (true - false) candidates above it (none added when no threshold gains).
4. Merge criterion, fixed before looking: leave-one-SET-out over the nine sets (fit on eight,
   threshold inside them, apply to the ninth through the full quote rules); the model is wired
   into the pipeline only if quote+speaker F1 (strict) rises on at least 6 of the 9 folds,
   including fresh-h40 and fresh-g40, and no fold loses more than 0.01.

It prints the CV table (quote F1, quote+speaker F1 before/after, added right/wrong rows per
fold) and writes the model fitted on all nine sets to ``benchmarks/learned_cues.json``
(``--no-write`` to skip). Deterministic. Usage::

    PYTHONPATH=$PWD NEWSLAB_SHARED=/work/shared .venv/bin/python benchmarks/learned_cues.py [--no-write]
"""

from __future__ import annotations

import json
import sys
import tempfile
import warnings
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import HELDOUT, RETIRED_FRESH, SHARED, with_texts  # noqa: E402

SETS = {"dev-20": SHARED / "dev" / "wikinews-dev20.jsonl", "heldout-a12": HELDOUT / "heldout-a12.jsonl",
        "heldout-b12": HELDOUT / "heldout-b12.jsonl", "heldout-c10": HELDOUT / "heldout-c10.jsonl",
        **{name: HELDOUT / f"{name}.jsonl" for name in RETIRED_FRESH}}
L2 = 1.0
MIN_LEMMA_ARTICLES = 5
GRID = [round(0.3 + 0.05 * k, 2) for k in range(14)]  # 0.30 .. 0.95
NO_ADD = 1.01


def fit(X: np.ndarray, y: np.ndarray, l2: float = L2, iters: int = 30) -> np.ndarray:
    """L2-penalised logistic regression by Newton's method (the bias, column 0, is not penalised)."""
    w = np.zeros(X.shape[1])
    pen = np.full(X.shape[1], l2)
    pen[0] = 1e-6
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -30, 30)))
        g = X.T @ (p - y) + pen * w
        H = (X * (p * (1 - p))[:, None]).T @ X + np.diag(pen)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def vocabulary(rows: list[dict]) -> list[str]:
    """Feature names of the training rows, lemmas only when seen in enough articles ('bias' first)."""
    arts: dict[str, set] = defaultdict(set)
    names = set()
    for r in rows:
        for f in r["feats"]:
            if f.startswith("lemma="):
                arts[f].add(r["article"])
            else:
                names.add(f)
    names |= {f for f, a in arts.items() if len(a) >= MIN_LEMMA_ARTICLES}
    names.discard("bias")
    return ["bias", *sorted(names)]


def design(rows: list[dict], vocab: list[str]) -> np.ndarray:
    index = {f: k for k, f in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab)))
    for i, r in enumerate(rows):
        for f in r["feats"]:
            if f in index:
                X[i, index[f]] = 1.0
    return X


def fit_model(rows: list[dict]) -> dict:
    vocab = vocabulary(rows)
    w = fit(design(rows, vocab), np.array([r["y"] for r in rows], dtype=float))
    return {"weights": {f: round(float(v), 6) for f, v in zip(vocab, w)}}


def predict(model: dict, rows: list[dict]) -> np.ndarray:
    from learned_cue_model import score

    return np.array([score(model["weights"], r["feats"]) for r in rows])


def choose_threshold(rows: list[dict]) -> float:
    """Inner leave-one-set-out: the grid threshold with the most (true - false) candidates above it."""
    sets = sorted({r["set"] for r in rows})
    probs, ys = [], []
    for s in sets:
        model = fit_model([r for r in rows if r["set"] != s])
        test = [r for r in rows if r["set"] == s]
        probs.extend(predict(model, test))
        ys.extend(r["y"] for r in test)
    probs, ys = np.array(probs), np.array(ys)
    best, best_gain = NO_ADD, 0
    for t in GRID:
        sel = probs >= t
        gain = int(ys[sel].sum()) - int((1 - ys[sel]).sum())
        if gain > best_gain:
            best, best_gain = t, gain
    return best


def _miss_reasons(ctx, found, doc, rec: dict, cols: dict) -> Counter:  # noqa: ANN001 - rule internals
    """Why each main gold statement no predicted span matches was missed, by where its cue word stands.

    ``cue used by the rules`` (the lexicon found the cue; the span or row went wrong), ``cue rejected
    by the builder`` (a word with a clausal complement from which ``_verb_cue`` makes no statement:
    no subject, a relative clause, ...), ``no clausal complement`` (a noun, a preposition, 'according
    to'), ``learnable candidate`` (what the model can add), ``in a quotation``, ``cue word not found``.
    """
    from newslab.quotes.cues import _verb_cue
    from newslab.scoring import quote_match_pairs

    preds = [{"start": a, "end": b} for a, b in zip(cols["start_char"], cols["end_char"])]
    gold = rec.get("quotes", [])
    matched = {g for g, _ in quote_match_pairs(gold, preds, rec["text"])}
    used = {i for c in found for i in range(c.start, c.end)} | {c.verb.i for c in found if c.verb is not None}
    out: Counter = Counter()
    for gi, q in enumerate(gold):
        if gi in matched or not q.get("cue"):
            continue
        words = q["cue"].lower().split()
        toks = [t for t in doc if t.lower_ in words and q["start"] - 300 < t.idx < q["end"] + 300 and not q["start"] <= t.idx < q["end"]]
        if not toks:
            out["cue word not found"] += 1
            continue
        t = min(toks, key=lambda t: min(abs(t.idx - q["start"]), abs(t.idx - q["end"])))
        kids = {c.dep_ for c in t.children}
        if t.i in used:
            out["cue used by the rules"] += 1
        elif ctx.in_quote[t.i] or ctx.in_single[t.i]:
            out["in a quotation"] += 1
        elif "ccomp" not in kids and not ("xcomp" in kids and "dobj" in kids):
            out["no clausal complement"] += 1
        else:
            c = _verb_cue(ctx, t, ctx.cues.verbs.get(t.lemma_.lower(), "speech"), t.i + 1, t.lemma_.lower())
            ok = c is not None and c.speaker is not None and c.content is not None
            out["learnable candidate" if ok else "cue rejected by the builder"] += 1
    return out


def main(argv: list[str]) -> int:
    import newslab.quotes.extract as extract_mod
    from newslab.entities import entity_columns
    from newslab.model import load_pipeline
    import learned_cue_model as learned
    from newslab.quotes.extract import quote_columns
    from newslab.scoring import label_quotes, load_gold, score_quotes

    write = "--no-write" not in argv
    tmp = Path(tempfile.mkdtemp(prefix="newslab-learned-"))
    records = {name: load_gold(with_texts(p, tmp)) for name, p in SETS.items()}
    nlp = load_pipeline()
    docs, ents = {}, {}
    for name, recs in records.items():
        docs[name] = list(nlp.pipe([r["text"] for r in recs], batch_size=16))
        ents[name] = [entity_columns(d) for d in docs[name]]
        print(f"parsed {name}: {len(recs)} articles", file=sys.stderr)

    original = extract_mod._find_cues
    state: dict = {"model": None, "collect": None}

    def find_cues(ctx):  # noqa: ANN001, ANN202 - the rules' _find_cues with the experiment around it
        found = original(ctx)
        if state["collect"] is not None:
            state["ctx"], state["found"] = ctx, found
            for t, cue in learned.candidates(ctx, found):
                state["collect"].append({"tok": t, "feats": learned.features(ctx, t, cue, found)})
        if state["model"] is not None:
            found = sorted([*found, *learned.learned_cues(ctx, found, state["model"])], key=lambda c: c.start)
        return found

    extract_mod._find_cues = find_cues

    def run(name: str) -> pd.DataFrame:
        frames = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for rec, doc, ent in zip(records[name], docs[name], ents[name]):
                cols = quote_columns(doc, entities=ent)
                df = pd.DataFrame({c: cols[c] for c in ("start_char", "end_char", "kind", "speaker_canonical", "speaker_type", "via", "frame", "text")})
                df.insert(0, "article_id", str(rec["id"]))
                frames.append(df)
        return pd.concat(frames, ignore_index=True)

    def scores(name: str, df: pd.DataFrame) -> tuple[float, float]:
        s = score_quotes(df, records[name])
        row = s[(s["mode"] == "strict") & (s["kind"] == "all") & (s["frame"] == "all")].iloc[0]
        return float(row["f1"]), float(row["e2e_f1"])

    # Baseline run, collecting the candidates and their labels.
    rows: list[dict] = []
    ceiling: Counter = Counter()
    baseline: dict[str, pd.DataFrame] = {}
    for name, recs in records.items():
        for rec, doc, ent in zip(recs, docs[name], ents[name]):
            state["collect"] = []
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                cols = quote_columns(doc, entities=ent)
            gold = rec.get("quotes", [])
            ceiling.update(_miss_reasons(state["ctx"], state["found"], doc, rec, cols))
            for c in state["collect"]:
                t = c["tok"]
                sent = t.sent
                y = any(
                    q.get("cue") and t.lower_ in q["cue"].lower().split()
                    and q["start"] < sent.end_char and sent.start_char < q["end"]
                    and not (q["start"] <= t.idx < q["end"])
                    for q in gold
                )
                rows.append({"set": name, "article": str(rec["id"]), "feats": c["feats"], "y": int(y), "lemma": t.lemma_.lower()})
        state["collect"] = None
        baseline[name] = run(name)
    n_pos = sum(r["y"] for r in rows)
    print(f"candidates: {len(rows)}, positive: {n_pos}", file=sys.stderr)
    print("missed main gold statements (no predicted span matches) by where their cue word stands: "
          + ", ".join(f"{k} {v}" for k, v in ceiling.most_common()))
    oof, ys = [], []
    for name in records:
        model = fit_model([r for r in rows if r["set"] != name])
        test = [r for r in rows if r["set"] == name]
        oof.extend(predict(model, test))
        ys.extend(r["y"] for r in test)
    oof, ys = np.array(oof), np.array(ys)
    print("candidate-level leave-one-set-out: " + ", ".join(
        f">={t}: {int(ys[oof >= t].sum())} right / {int((oof >= t).sum())}" for t in (0.1, 0.2, 0.3, 0.5)))
    pos_lemmas = pd.Series([r["lemma"] for r in rows if r["y"]]).value_counts()
    print("most frequent positive lemmas: " + ", ".join(f"{k} {v}" for k, v in pos_lemmas.head(20).items()), file=sys.stderr)

    table = []
    for name in records:
        train = [r for r in rows if r["set"] != name]
        model = fit_model(train)
        model["threshold"] = choose_threshold(train)
        state["model"] = model
        new = run(name)
        state["model"] = None
        base = baseline[name]
        f1_0, e2e_0 = scores(name, base)
        f1_1, e2e_1 = scores(name, new)
        key = ["article_id", "start_char", "end_char", "speaker_canonical"]
        old_keys = set(map(tuple, base[key].astype(str).values.tolist()))
        new_keys = set(map(tuple, new[key].astype(str).values.tolist()))
        labelled = label_quotes(new, records[name])
        added = labelled[[tuple(k) not in old_keys for k in new[key].astype(str).values.tolist()]]
        right = int((added["right"] == True).sum())  # noqa: E712 - nullable booleans
        wrong = int(((added["right"] == False) & (added["optional"] != True)).sum())  # noqa: E712
        removed = len(old_keys - new_keys)
        for _, r in added.iterrows():
            mark = "+" if r["right"] is True else ("o" if r["optional"] is True else "-")
            print(f"  {name} {mark} [{r['speaker_canonical']}] {r['text'][:90]!r}", file=sys.stderr)
        table.append({"fold": name, "threshold": model["threshold"], "quote_f1": f"{f1_0:.3f} -> {f1_1:.3f}",
                      "q+s_f1": f"{e2e_0:.3f} -> {e2e_1:.3f}", "delta": round(e2e_1 - e2e_0, 4),
                      "added_right": right, "added_wrong": wrong, "removed": removed})
    out = pd.DataFrame(table)
    pd.set_option("display.width", 200)
    print(out.to_string(index=False))
    d = out.set_index("fold")["delta"]
    rises = int((d > 0).sum())
    merge = rises >= 6 and d["fresh-h40"] > 0 and d["fresh-g40"] > 0 and d.min() >= -0.01
    print(f"\nquote+speaker F1 rises on {rises}/9 folds; h40 {d['fresh-h40']:+.4f}, g40 {d['fresh-g40']:+.4f}; worst {d.min():+.4f}")
    print(f"MERGE CRITERION {'MET' if merge else 'NOT MET'}")
    if write:
        model = fit_model(rows)
        model["threshold"] = choose_threshold(rows)
        model = {"method": "quotes.learned_cues.v1", "l2": L2, "min_lemma_articles": MIN_LEMMA_ARTICLES,
                 "n_candidates": len(rows), "n_positive": n_pos, "merge_criterion_met": bool(merge),
                 "threshold": model["threshold"], "weights": model["weights"]}
        path = learned.MODEL_PATH
        part = path.with_suffix(".json.part")
        part.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        part.replace(path)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
