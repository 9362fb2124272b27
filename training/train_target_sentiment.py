"""Train newslab's target-sentiment model (``target.newsmtsc.v1``) on NewsMTSC.

Run with ``make train-sentiment`` (or ``python training/train_target_sentiment.py``
from the repository root). Steps, all deterministic:

1. Read ``data/newsmtsc/train.jsonl.gz`` (8,739 target mentions in 7,758 sentences).
2. Turn each mention into features with :func:`newslab.target_sentiment.target_features`,
   the same code that scores at run time.
3. Choose the L2 regularisation ``C`` by 5-fold cross-validation on the training
   data only, folds grouped by sentence (the mentions of one sentence never sit
   on both sides), with a fixed seed; the score is macro-F1 over the three labels.
4. Fit a multinomial logistic regression on all training mentions with the chosen
   ``C`` (L-BFGS, scipy) and write ``newslab/data/target-sentiment.npz``
   atomically, with the training record (data hash, seed, grid, CV scores) inside.

The development split (devtest_mt) is never read here: ``benchmarks/target_sentiment.py``
measures the shipped model on it. A re-run on the same machine writes the same
bytes (no timestamps inside the file).

Needs scipy (the ``train`` extra: ``pip install -e '.[train]'``).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

# One BLAS thread: the same sums in the same order on every run (set before numpy loads).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslab.sentiment import _textblob, _vader  # noqa: E402
from newslab.target_sentiment import (  # noqa: E402 - the repository's own package, not an installed one
    FEATURES_VERSION,
    LABELS,
    METHOD,
    MODEL_PATH,
    Vocabulary,
    _features,
    _Sentence,
    lowercase_words,
)

DATA = ROOT / "data" / "newsmtsc" / "train.jsonl.gz"
REPORT = ROOT / "training" / "target-sentiment-training.json"
#: NewsMTSC polarity codes -> index into LABELS.
POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}
SEED = 20210419  # EACL 2021's first day; any fixed number would do
FOLDS = 5
C_GRID = (0.02, 0.05, 0.1, 0.3)
#: A feature must occur in at least this many training mentions to get a weight.
MIN_COUNT = 2


def package_lexicons() -> tuple[dict[str, float], dict[str, float]]:
    """Single-word TextBlob polarities (-1..1) and VADER valences scaled to -1..1, from the installed packages.

    The training script copies these tables into the model file, so scoring
    reads them from there (fast to load, and fixed with the model whatever
    TextBlob or VADER version is installed).
    """
    tb = {w: v[0] for w, v in _textblob().words.items() if " " not in w and v[0] != 0.0}
    vd = {w: v / 4.0 for w, v in _vader().analyzer.lexicon.items() if " " not in w and v != 0.0}
    return tb, vd


def read_mentions(path: Path) -> tuple[list[tuple[str, int, int]], np.ndarray, np.ndarray]:
    """``(text, start, end)`` per mention, labels, and the sentence number of each mention."""
    spans: list[tuple[str, int, int]] = []
    labels: list[int] = []
    groups: list[int] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            record = json.loads(line)
            text = record["sentence_normalized"]
            for target in record["targets"]:
                start, end = int(target["from"]), int(target["to"])
                if text[start:end] != target["mention"]:
                    raise ValueError(f"line {number + 1}: offsets do not give the mention {target['mention']!r}")
                spans.append((text, start, end))
                labels.append(POLARITY[float(target["polarity"])])
                groups.append(number)
    return spans, np.asarray(labels, dtype=np.int64), np.asarray(groups, dtype=np.int64)


def featurize(spans: list[tuple[str, int, int]], vocabulary: Vocabulary) -> list[tuple[list[str], list[float]]]:
    read: dict[str, _Sentence] = {}
    out = []
    for text, start, end in spans:
        sent = read.get(text)
        if sent is None:
            sent = read[text] = _Sentence(text, vocabulary)
        out.append(_features(sent, start, end))
    return out


def feature_names(feats: list[tuple[list[str], list[float]]], rows: np.ndarray) -> list[str]:
    """Feature names present in at least MIN_COUNT of the given rows, sorted."""
    counts = Counter(k for r in rows for k in feats[r][0])
    return sorted(k for k, c in counts.items() if c >= MIN_COUNT)


def matrix(feats: list[tuple[list[str], list[float]]], rows: np.ndarray, vocab: list[str]):
    from scipy import sparse

    index = {k: j for j, k in enumerate(vocab)}
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for r in rows:
        keys, values = feats[r]
        for k, v in zip(keys, values):
            j = index.get(k)
            if j is not None:
                indices.append(j)
                data.append(v)
        indptr.append(len(indices))
    return sparse.csr_matrix((np.asarray(data), np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
                             shape=(len(rows), len(vocab)))


def fit(X, y: np.ndarray, C: float, start: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression: summed log-loss + ||W||^2 / (2C), bias unpenalised."""
    from scipy.optimize import minimize

    n, d = X.shape
    k = len(LABELS)
    Y = np.zeros((n, k))
    Y[np.arange(n), y] = 1.0
    XT = X.T.tocsr()

    def loss_grad(theta: np.ndarray) -> tuple[float, np.ndarray]:
        W = theta[: d * k].reshape(d, k)
        b = theta[d * k :]
        Z = X @ W + b
        Z -= Z.max(axis=1, keepdims=True)
        logp = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
        loss = -(Y * logp).sum() + 0.5 / C * (W * W).sum()
        G = np.exp(logp) - Y
        return loss, np.concatenate([(XT @ G + W / C).ravel(), G.sum(axis=0)])

    theta0 = np.zeros(d * k + k) if start is None else start
    result = minimize(loss_grad, theta0, jac=True, method="L-BFGS-B", options={"maxiter": 2000, "maxcor": 20})
    return result.x[: d * k].reshape(d, k), result.x[d * k :]


def predict(X, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.asarray(X @ W + b).argmax(axis=1)


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    scores = []
    for c in range(len(LABELS)):
        tp = int(((pred == c) & (y == c)).sum())
        fp = int(((pred == c) & (y != c)).sum())
        fn = int(((pred != c) & (y == c)).sum())
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(scores))


def folds_by_sentence(groups: np.ndarray, n_folds: int, seed: int) -> np.ndarray:
    """Fold number per mention; all mentions of a sentence share a fold."""
    sentences = np.unique(groups)
    order = np.random.default_rng(seed).permutation(len(sentences))
    fold_of = np.empty(len(sentences), dtype=np.int64)
    fold_of[order] = np.arange(len(sentences)) % n_folds
    return fold_of[np.searchsorted(sentences, groups)]


def cross_validate(feats, y, groups, grid, n_folds, seed, log) -> dict[str, dict[str, float]]:
    fold = folds_by_sentence(groups, n_folds, seed)
    per_sentence = Counter(groups.tolist())
    multi = np.array([per_sentence[g] > 1 for g in groups.tolist()])
    preds = {C: np.zeros(len(y), dtype=np.int64) for C in grid}
    for f in range(n_folds):
        train = np.flatnonzero(fold != f)
        test = np.flatnonzero(fold == f)
        vocab = feature_names(feats, train)
        Xa, Xb = matrix(feats, train, vocab), matrix(feats, test, vocab)
        theta = None
        for C in sorted(grid):  # warm start from the stronger penalty
            W, b = fit(Xa, y[train], C, theta)
            theta = np.concatenate([W.ravel(), b])
            preds[C][test] = predict(Xb, W, b)
        log(f"  fold {f + 1}/{n_folds} done")
    out = {}
    for C in grid:
        p = preds[C]
        out[repr(C)] = {
            "macro_f1": round(macro_f1(y, p), 4),
            "macro_f1_multi_target_sentences": round(macro_f1(y[multi], p[multi]), 4),
            "accuracy": round(float((p == y).mean()), 4),
        }
        log(f"  C={C:g}: macro-F1 {out[repr(C)]['macro_f1']:.4f} "
            f"(sentences with 2+ targets {out[repr(C)]['macro_f1_multi_target_sentences']:.4f})")
    return out


def _npy(array: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array(buf, np.ascontiguousarray(array), allow_pickle=False)
    return buf.getvalue()


def write_model(path: Path, vocab: list[str], W: np.ndarray, b: np.ndarray, vocabulary: Vocabulary, meta: dict) -> None:
    """An .npz (zip of .npy) with fixed entry dates, so equal models give equal bytes; written atomically."""
    tb, vd, lowercase = vocabulary
    words = sorted(set(tb) | set(vd))
    members = {
        "meta.npy": _npy(np.frombuffer(json.dumps(meta, sort_keys=True).encode("utf-8"), dtype=np.uint8)),
        "features.npy": _npy(np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8)),
        "weights.npy": _npy(W.astype(np.float32)),
        "bias.npy": _npy(b.astype(np.float32)),
        "lexicon_words.npy": _npy(np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8)),
        "lexicon_values.npy": _npy(np.array([[tb.get(w, 0.0), vd.get(w, 0.0)] for w in words], dtype=np.float64)),
        "lowercase_words.npy": _npy(np.frombuffer("\n".join(sorted(lowercase)).encode("utf-8"), dtype=np.uint8)),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".target-sentiment-", suffix=".npz", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for name, payload in members.items():
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                zf.writestr(info, payload, compresslevel=9)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="NewsMTSC training file (.jsonl.gz)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="model file to write")
    parser.add_argument("--report", type=Path, default=REPORT, help="JSON record of the run")
    parser.add_argument("--grid", default=",".join(f"{c:g}" for c in C_GRID), help="values of C to cross-validate")
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--cv-only", action="store_true", help="cross-validate and report; write no model")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    started = time.perf_counter()
    grid = tuple(float(c) for c in args.grid.split(","))
    raw = gzip.open(args.data, "rb").read()
    spans, y, groups = read_mentions(args.data)
    log(f"{len(spans):,} mentions in {len(np.unique(groups)):,} sentences; "
        f"labels {dict(zip(LABELS, np.bincount(y, minlength=3).tolist()))}")
    # Lower-case words are gathered from the training sentences only (never from a test split).
    vocabulary = Vocabulary(*package_lexicons(), lowercase_words(sorted({text for text, _, _ in spans})))
    feats = featurize(spans, vocabulary)
    log(f"cross-validating C in {grid} ({args.folds} folds grouped by sentence, seed {args.seed})")
    cv = cross_validate(feats, y, groups, grid, args.folds, args.seed, log)
    # Best mean macro-F1; a tie goes to the stronger penalty (smaller C).
    best = max(grid, key=lambda C: (cv[repr(C)]["macro_f1"], -C))
    log(f"chosen C={best:g}")
    record = {
        "method": METHOD,
        "features_version": FEATURES_VERSION,
        "labels": list(LABELS),
        "model": "multinomial logistic regression, L2, L-BFGS (scipy)",
        "training_data": "NewsMTSC train split (Hamborg and Donnay, EACL 2021), MIT licence",
        "training_data_sha256": hashlib.sha256(raw).hexdigest(),
        "n_mentions": len(spans),
        "n_sentences": int(len(np.unique(groups))),
        "min_count": MIN_COUNT,
        "seed": args.seed,
        "folds": args.folds,
        "grid": list(grid),
        "cv": cv,
        "C": best,
    }
    if not args.cv_only:
        rows = np.arange(len(spans))
        vocab = feature_names(feats, rows)
        W, b = fit(matrix(feats, rows, vocab), y, best)
        record["n_features"] = len(vocab)
        write_model(args.out, vocab, W, b, vocabulary, record)
        log(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB, {len(vocab):,} features)")
    log(f"done in {time.perf_counter() - started:.0f} s")
    if args.report:
        args.report.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
