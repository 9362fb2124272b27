"""A learned model of where a reported statement ends (an experiment, tested leave-one-set-out).

For every indirect or mixed row the rules make, :func:`span_candidates.end_candidates` (beside this
script) lists the alternative ends (clause boundaries inside the rules' span and after it, to the
sentence end). A row's gold is the main statement sharing most words with it; an end is right when
its span matches that statement by the scorer's rule (``quote_match_pairs``). An L2 logistic
regression (numpy, Newton's method, deterministic) is fitted on the moves that change whether the
row matches (the rules' end -> an alternative end); a row moves to its best-scored alternative only
when that score exceeds a margin chosen by an inner leave-one-set-out over the training sets.

The gate: for each development set, train on the others, move that set's rows, and score it
(``newslab.scoring.score_quotes``, strict quote+speaker F1).

Usage::

    NEWSLAB_SHARED=/work/shared PYTHONPATH=$PWD .venv/bin/python benchmarks/span_model.py [--collect]

``--collect`` re-parses the 15 development sets (a few minutes) into a cache
(``$TMPDIR/span_model_cache.pkl``); without it the cache is reused when present.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import accuracy  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "span_model_cache.pkl"
L2 = float(os.environ.get("SPAN_MODEL_L2", "1.0"))
MARGINS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2.0)


def set_paths() -> dict[str, Path]:
    paths = {"dev-20": accuracy.SHARED / "dev" / "wikinews-dev20.jsonl"}
    for p in sorted(accuracy.HELDOUT.glob("heldout-*.jsonl")):
        paths[p.stem.replace("heldout-", "")] = p
    for name in accuracy.RETIRED_FRESH:
        paths[name] = accuracy.HELDOUT / f"{name}.jsonl"
    return paths


def collect() -> dict:
    import newslab.quotes.extract as ex
    from newslab.model import load_pipeline
    from span_candidates import end_candidates
    from newslab.scoring import load_gold

    warnings.simplefilter("ignore")
    captured: dict[str, list[dict]] = {}
    orig = ex._fold_nested

    def hook(ctx, rows):  # noqa: ANN001, ANN202
        rows = orig(ctx, rows)
        doc = ctx.doc
        out = []
        for r in rows:
            if r.kind not in ("indirect", "mixed") or r.cue is None:
                continue
            a = ctx.token_at(r.start)
            b = ctx.token_at(r.end - 1) + 1
            limit = min([ctx.token_at(o.start) for o in rows if o is not r and o.start >= r.end]
                        + [o.cue.start for o in rows if o.cue is not None and o.cue.start >= b] + [len(doc)])
            cands = end_candidates(ctx, a, b, kind=r.kind, cue=r.cue, how=r.how, limit=limit)
            out.append({"start": r.start, "end": r.end, "kind": r.kind,
                        "cands": [(doc[x].idx, doc[y - 1].idx + len(doc[y - 1].text), f) for x, y, f in cands]})
        captured[doc.text] = out
        return rows

    ex._fold_nested = hook
    nlp = load_pipeline()
    tmp = Path(tempfile.mkdtemp(prefix="span-model-"))
    data = {}
    for name, path in set_paths().items():
        records = load_gold(accuracy.with_texts(path, tmp))
        parts = []
        for r, doc in zip(records, nlp.pipe([r["text"] for r in records], batch_size=8)):
            parts.append(ex.extract_quotes(doc).assign(article_id=str(r["id"])))
        quotes = pd.concat(parts, ignore_index=True)
        caps = {str(r["id"]): captured.get(r["text"], []) for r in records}
        data[name] = {"records": records, "quotes": quotes, "caps": caps}
        print(name, len(records), sum(len(v) for v in caps.values()), flush=True)
    ex._fold_nested = orig
    CACHE.write_bytes(pickle.dumps(data))
    return data


def _words(text: str, s: int, e: int) -> set[int]:
    from newslab.scoring import _tokens_in, _word_spans

    return _tokens_in(_word_spans(text), s, e)


def label(data: dict) -> list[dict]:
    """One item per captured row: set, article, candidates (features, F1 with its gold, match flags)."""
    from newslab.scoring import _tokens_in, _word_spans

    items = []
    for name, d in data.items():
        for rec in d["records"]:
            text = rec["text"]
            words = _word_spans(text)
            gold = [_tokens_in(words, g["start"], g["end"]) for g in rec.get("quotes", [])]
            for row in d["caps"][str(rec["id"])]:
                rt = _tokens_in(words, row["start"], row["end"])
                best = max(range(len(gold)), key=lambda i: (len(gold[i] & rt), -i), default=None)
                g = gold[best] if best is not None and gold[best] & rt else None
                cands = []
                for s, e, f in row["cands"]:
                    ct = _tokens_in(words, s, e)
                    if g is None:
                        f1, match = None, False
                    else:
                        sh = len(ct & g)
                        f1 = 2 * sh / (len(ct) + len(g)) if ct or g else 0.0
                        match = sh * 2 >= len(ct) and sh * 2 >= len(g) and sh > 0
                    cands.append({"s": s, "e": e, "f": f, "f1": f1, "match": match})
                if g is not None:
                    top = max(c["f1"] for c in cands)
                    for c in cands:
                        c["y"] = int(c["f1"] >= top - 1e-9)
                items.append({"set": name, "id": str(rec["id"]), "start": row["start"], "end": row["end"],
                              "gold": g is not None, "cands": cands})
    return items


def vocabulary(cands: list[dict], min_count: int = 3) -> list[str]:
    from collections import Counter

    cnt = Counter(k for c in cands for k in c["f"])
    return sorted(k for k, n in cnt.items() if n >= min_count)


def design(cands: list[dict], vocab: list[str]) -> np.ndarray:
    col = {k: i for i, k in enumerate(vocab)}
    X = np.zeros((len(cands), len(vocab) + 1))
    X[:, -1] = 1.0
    for r, c in enumerate(cands):
        for k, v in c["f"].items():
            if k in col:
                X[r, col[k]] = v
    return X


def fit(X: np.ndarray, y: np.ndarray, l2: float = L2, iters: int = 25) -> np.ndarray:
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[-1] = 1e-6
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(X @ w)))
        g = X.T @ (p - y) + reg * w
        H = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg)
        step = np.linalg.solve(H, g)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def _pairs(items: list[dict]) -> list[dict]:
    """The training moves: alternatives whose move changes whether the row matches its gold."""
    out = []
    for it in items:
        if not it["gold"]:
            continue
        r = it["cands"][0]["match"]
        for c in it["cands"][1:]:
            if c["match"] != r:
                out.append(dict(c, y=int(c["match"])))
    return out


def fit_model(items: list[dict]) -> dict:
    train = _pairs(items)
    vocab = vocabulary(train)
    X = design(train, vocab)
    y = np.array([c["y"] for c in train], dtype=float)
    w = fit(X, y)
    return {"vocab": vocab, "w": w}


def choose(model: dict, it: dict) -> tuple[int, float]:
    """The alternative end most likely right to move to, and that probability (0, 0.0 when none)."""
    if model.get("oracle"):  # the ceiling: move exactly the rows a candidate turns from a miss into a match
        if it["gold"] and not it["cands"][0]["match"]:
            k = next((k for k, c in enumerate(it["cands"]) if c["match"]), 0)
            return k, 1.0
        return 0, 0.0
    if len(it["cands"]) < 2:
        return 0, 0.0
    p = 1 / (1 + np.exp(-(design(it["cands"][1:], model["vocab"]) @ model["w"])))
    k = int(np.argmax(p))
    return k + 1, float(p[k])


def gain(model: dict, items: list[dict], margin: float) -> int:
    """Rows turned into matches minus rows turned into misses (against each row's gold)."""
    n = 0
    for it in items:
        if not it["gold"]:
            continue
        k, d = choose(model, it)
        if k and d > margin:
            n += int(it["cands"][k]["match"]) - int(it["cands"][0]["match"])
    return n


def pick_margin(items: list[dict]) -> float:
    """The margin with the most gain over inner leave-one-set-out folds (the largest on ties)."""
    sets = sorted({it["set"] for it in items})
    totals = dict.fromkeys(MARGINS, 0)
    for s in sets:
        m = fit_model([it for it in items if it["set"] != s])
        held = [it for it in items if it["set"] == s]
        for mg in MARGINS:
            totals[mg] += gain(m, held, mg)
    best = max(totals.values())
    return max(mg for mg, v in totals.items() if v == best)


def apply(model: dict, margin: float, quotes: pd.DataFrame, items: list[dict]) -> tuple[pd.DataFrame, list]:
    q = quotes.copy()
    moved = []
    for it in items:
        k, d = choose(model, it)
        if not k or d <= margin:
            continue
        sel = (q.article_id.astype(str) == it["id"]) & (q.start_char == it["start"]) & (q.end_char == it["end"])
        if sel.sum() != 1:
            continue
        c = it["cands"][k]
        q.loc[sel, "start_char"] = c["s"]
        q.loc[sel, "end_char"] = c["e"]
        moved.append((it, c))
    return q, moved


def strict_f1(quotes: pd.DataFrame, records: list[dict]) -> tuple[float, float]:
    from newslab.scoring import score_quotes

    s = score_quotes(quotes, records)
    r = s[(s["mode"] == "strict") & (s.kind == "all") & (s.frame == "all")].iloc[0]
    return float(r.f1), float(r.e2e_f1), int(r.e2e_tp), int(r.n_pred), int(r.n_gold)


def main(argv: list[str]) -> int:
    data = collect() if "--collect" in argv or not CACHE.exists() else pickle.loads(CACHE.read_bytes())
    items = label(data)
    n_rows = sum(it["gold"] for it in items)
    n_better = sum(1 for it in items if it["gold"] and it["cands"][0]["y"] == 0)
    n_fix = sum(1 for it in items if it["gold"] and not it["cands"][0]["match"] and any(c["match"] for c in it["cands"]))
    print(f"rows {len(items)} with gold {n_rows}; rules' end not best {n_better}; a candidate would turn a miss into a match {n_fix}")
    print(f"candidates per row {np.mean([len(it['cands']) for it in items]):.1f}")
    if "--curve" in argv:  # held-out moves by score threshold, pooled over the folds
        scored = []
        for name in data:
            model = fit_model([it for it in items if it["set"] != name])
            for it in items:
                if it["set"] == name and it["gold"]:
                    k, p = choose(model, it)
                    if k:
                        scored.append((p, int(it["cands"][k]["match"]) - int(it["cands"][0]["match"])))
        for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
            sel = [g for p, g in scored if p > t]
            print(f"score > {t:.1f}: moved {len(sel)}, miss->match {sel.count(1)}, match->miss {sel.count(-1)}")
        return 0
    rows = []
    pooled = [0, 0, 0, 0, 0, 0]
    for name in data:
        train = [it for it in items if it["set"] != name]
        held = [it for it in items if it["set"] == name]
        model = {"oracle": True} if "--oracle" in argv else fit_model(train)
        margin = 0.5 if "--oracle" in argv else pick_margin(train) if "--fixed" not in argv else float(argv[argv.index("--fixed") + 1])
        q2, moved = apply(model, margin, data[name]["quotes"], held)
        f_b, e_b, tp_b, np_b, ng = strict_f1(data[name]["quotes"], data[name]["records"])
        f_a, e_a, tp_a, np_a, _ = strict_f1(q2, data[name]["records"])
        right = sum(1 for it, c in moved if c["match"] and not it["cands"][0]["match"])
        wrong = sum(1 for it, c in moved if it["cands"][0]["match"] and not c["match"])
        rows.append((name, margin, f_b, f_a, e_b, e_a, len(moved), right, wrong))
        pooled[0] += tp_b; pooled[1] += np_b; pooled[2] += tp_a; pooled[3] += np_a; pooled[4] += ng
        print(f"{name:10s} margin {margin:.2f}  quote F1 {f_b:.3f} -> {f_a:.3f}  q+s {e_b:.3f} -> {e_a:.3f}  "
              f"moved {len(moved)} (miss->match {right}, match->miss {wrong})", flush=True)
        if "--show" in argv:
            for it, c in moved:
                text = next(r["text"] for r in data[name]["records"] if str(r["id"]) == it["id"])
                print("   RULES:", text[it["start"]:it["end"]][:200].replace("\n", " "))
                print("   MODEL:", text[c["s"]:c["e"]][:200].replace("\n", " "), "| match", it["cands"][0]["match"], "->", c["match"])

    def f1(tp: int, npred: int, ng: int) -> float:
        p, r = tp / npred, tp / ng
        return 2 * p * r / (p + r)
    print(f"pooled q+s F1 {f1(pooled[0], pooled[1], pooled[4]):.4f} -> {f1(pooled[2], pooled[3], pooled[4]):.4f}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("NEWSLAB_SHARED", str(accuracy.SHARED))
    raise SystemExit(main(sys.argv[1:]))
