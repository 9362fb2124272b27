"""Inter-annotator agreement for a fresh quote annotation (A vs B), before adjudication (default: fresh-d32).

Run: .venv/bin/python benchmarks/agreement.py [A.jsonl B.jsonl [TEXTS.jsonl]]
(the article texts are read from ../shared/corpus by id, or $NEWSLAB_SHARED, and checked by SHA-256)

Alignment = newslab.scoring.quote_match_pairs (shared word tokens cover >= half of each span,
one-to-one, greedy by most shared tokens). A is treated as reference, B as prediction.
- strict F1: A main vs B main.
- lenient F1: an unmatched main item of one annotator that overlaps (shares a word token with) an
  optional item of the other annotator, and no main item of the other, is "soft": neither FP nor FN.
- exact: identical (start, end) among matched main pairs.
- speaker agreement on matched pairs: newslab.scoring.speaker_correct(A, B) (canonical names equal
  case-insensitively without a leading article, a whole-word suffix (surname) matches its full name;
  an item with no canonical name agrees when the types agree).
- Cohen's kappa for kind, speaker_type and frame on matched pairs.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from accuracy import CORPUS  # noqa: E402
from newslab.scoring import _tokens_in, _word_spans, quote_match_pairs, speaker_correct  # noqa: E402

HERE = ROOT / "data" / "gold" / "heldout" / "fresh-d32"


def load(p):
    return [json.loads(l) for l in open(p, encoding="utf-8") if l.strip()]


def kappa(pairs):
    n = len(pairs)
    if not n:
        return float("nan")
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _corpus_texts(records: list[dict]) -> list[dict]:
    """The annotated articles' texts from the corpus, checked against the stored SHA-256."""
    import hashlib

    wanted = {r["id"]: r["text_sha256"] for r in records}
    out = []
    with open(CORPUS, encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            if rec["id"] in wanted:
                if hashlib.sha256(rec["text"].encode("utf-8")).hexdigest() != wanted[rec["id"]]:
                    raise SystemExit(f"article {rec['id']} changed in {CORPUS}")
                out.append(rec)
    return out


def main(a_path=HERE / "annotator-a.jsonl", b_path=HERE / "annotator-b.jsonl", t_path=None):
    A, B = load(a_path), load(b_path)
    T = load(t_path) if t_path else _corpus_texts(A)
    texts = {t["id"]: t["text"] for t in T}
    B = {r["id"]: r for r in B}
    tp = fp = fn = exact = spk = 0
    soft_fp = soft_fn = 0
    kinds, types, frames = [], [], []
    disagreements = []
    for ra in A:
        text = texts[ra["id"]]
        rb = B[ra["id"]]
        am, bm = ra["quotes"], rb["quotes"]
        ao, bo = ra.get("quotes_optional", []), rb.get("quotes_optional", [])
        pairs = quote_match_pairs(am, bm, text)
        words = _word_spans(text)
        tok = lambda q: _tokens_in(words, q["start"], q["end"])  # noqa: E731
        ga, gb = {i for i, _ in pairs}, {j for _, j in pairs}
        tp += len(pairs)
        for i, j in pairs:
            a, b = am[i], bm[j]
            exact += a["start"] == b["start"] and a["end"] == b["end"]
            ok = speaker_correct(a, b)
            spk += ok
            kinds.append((a["kind"], b["kind"]))
            types.append((a["speaker_type"], b["speaker_type"]))
            frames.append((a.get("frame", ""), b.get("frame", "")))
        for j, b in enumerate(bm):
            if j in gb:
                continue
            fp += 1
            t = tok(b)
            if any(t & tok(o) for o in ao) and not any(t & tok(m) for m in am):
                soft_fp += 1
        for i, a in enumerate(am):
            if i in ga:
                continue
            fn += 1
            t = tok(a)
            if any(t & tok(o) for o in bo) and not any(t & tok(m) for m in bm):
                soft_fn += 1
    out = {}
    p, r, f = f1(tp, fp, fn)
    out["strict"] = dict(n_A=tp + fn, n_B=tp + fp, matched=tp, B_only=fp, A_only=fn, precision=p, recall=r, f1=f)
    p, r, f = f1(tp, fp - soft_fp, fn - soft_fn)
    out["lenient"] = dict(matched=tp, B_only=fp - soft_fp, A_only=fn - soft_fn, soft_B=soft_fp, soft_A=soft_fn,
                          precision=p, recall=r, f1=f)
    out["matched_pairs"] = dict(
        n=tp, exact_span=exact, exact_rate=exact / tp, speaker_agree=spk, speaker_rate=spk / tp,
        kind_agree=sum(a == b for a, b in kinds) / tp, kind_kappa=kappa(kinds),
        type_agree=sum(a == b for a, b in types) / tp, type_kappa=kappa(types),
        frame_agree=sum(a == b for a, b in frames) / tp, frame_kappa=kappa(frames),
    )
    out["frame_confusion"] = {f"{a}->{b}": n for (a, b), n in Counter(frames).items() if a != b}
    out["kind_confusion"] = {f"{a}->{b}": n for (a, b), n in Counter(kinds).items() if a != b}
    out["type_confusion"] = {f"{a}->{b}": n for (a, b), n in Counter(types).items() if a != b}
    return out


if __name__ == "__main__":
    res = main(*sys.argv[1:4]) if len(sys.argv) > 2 else main()
    print(json.dumps(res, indent=2))
