"""Scoring newslab's quotes and figures against a gold JSONL file.

The gold format is the one of ../shared/dev/wikinews-dev20.jsonl: one article
per line with ``id``, ``text``, ``quotes``, ``figures`` and optionally
``quotes_optional`` and ``figures_optional``.
"""

from __future__ import annotations

# --- loading gold files and evaluate()

import json
import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from newslab.errors import InputError, InputTypeError, SourceNotFoundError

__all__ = [
    "load_gold", "evaluate", "score_quotes", "score_confidence", "label_quotes", "score_figures", "quote_match_pairs",
    "speaker_correct", "compare_quotes", "compare_figures",
]

Gold = str | Path | Iterable[dict]


def load_gold(gold: Gold) -> list[dict]:
    """Read gold articles: a JSONL path (one article per line) or an iterable of dicts.

    Raises:
        SourceNotFoundError: The path does not exist.
        InputError: A line is not JSON or an article lacks ``id`` or ``text``.
    """
    if isinstance(gold, (str, Path)):
        path = Path(gold)
        if not path.is_file():
            raise SourceNotFoundError(f"Gold file {str(path)!r} not found. Give a JSONL file shaped like ../shared/dev/wikinews-dev20.jsonl.")
        records = []
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"Line {n} of {str(path)!r} is not JSON ({exc.msg}). Each line must be one article.") from None
    elif isinstance(gold, Iterable) and not isinstance(gold, (bytes, dict)):
        records = [dict(r) for r in gold]
    else:
        raise InputTypeError(f"evaluate() expects a JSONL path or a list of gold dicts; got {type(gold).__name__}.")
    for r in records:
        if "id" not in r or "text" not in r:
            raise InputError(f"A gold article lacks 'id' or 'text' (keys: {sorted(r)[:8]}). Use the dev set's format.")
    return records


def evaluate(gold_path_or_records: Gold, *, tables: Any = None, nlp: Any = None) -> pd.DataFrame:
    """Score newslab's quotes (and figures, when their scorer is present) against gold articles.

    Args:
        gold_path_or_records: A JSONL path shaped like
            ``../shared/dev/wikinews-dev20.jsonl`` or the records themselves.
        tables: Tables already computed for these articles (``article_id`` =
            gold ``id``, same texts); analysed here with :func:`newslab.analyze`
            when None.
        nlp: The spaCy pipeline to analyse with (default :func:`newslab.load_pipeline`).

    Returns:
        One row per task, mode (``strict`` ignores the ``*_optional`` items;
        ``lenient`` treats them as don't-care) and kind (``all`` first): task
        ``quotes`` with the counts and scores of :func:`score_quotes` (and per
        ``frame`` when the gold has frames; the overall rows have ``frame``
        "all"), task ``confidence`` with the calibration of
        ``quotes.confidence`` per ``band`` (:func:`score_confidence`), and
        task ``figures`` (:func:`score_figures`); scores a task does not have
        are NaN.

    Raises:
        InputError: When ``tables`` was computed on texts that differ from the gold's.
    """
    records = load_gold(gold_path_or_records)
    if tables is None:
        from newslab.pipeline import analyze  # lazy: spaCy loads only when there are no tables to score

        articles = pd.DataFrame({"article_id": [str(r["id"]) for r in records], "text": [r["text"] for r in records]})
        tables = analyze(articles, nlp=nlp, progress=False)
    texts = dict(zip(tables.articles["article_id"].astype(str), tables.articles["text"]))
    for r in records:
        if str(r["id"]) in texts and texts[str(r["id"])] != r["text"]:
            raise InputError(f"Article {r['id']!r} has a different text in the tables than in the gold, so offsets cannot be compared.")
    frames = [score_quotes(tables.quotes, records).assign(task="quotes")]
    calibration = score_confidence(tables.quotes, records)
    if len(calibration):
        frames.append(calibration.assign(task="confidence", kind="all"))
    score_figs = globals().get("score_figures")
    if callable(score_figs):
        frames.append(score_figs(tables.figures, records).assign(task="figures"))
    out = pd.concat(frames, ignore_index=True)
    for col in ("n_gold", "n_pred", "tp", "fp", "fn", "exact", "speaker_correct", "e2e_tp", "value_correct", "n_right"):
        if col in out.columns:
            out[col] = out[col].astype("Int64")  # counts stay integers where a task lacks them
    first = ["task", "mode", "kind", "frame", "band"]
    return out[[c for c in first if c in out.columns] + [c for c in out.columns if c not in first]]



# --- quotes

_WORD = re.compile(r"\w+")
_THE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _word_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text)]


def _tokens_in(words: list[tuple[int, int]], start: int, end: int) -> set[int]:
    import bisect

    k = bisect.bisect_right([w[1] for w in words], start)
    out = set()
    while k < len(words) and words[k][0] < end:
        out.add(k)
        k += 1
    return out


def quote_match_pairs(gold: list[dict], preds: list[dict], text: str) -> list[tuple[int, int]]:
    """One-to-one matches of gold and predicted quotes of one article.

    A pair matches when the word tokens they share cover at least half of the
    tokens of each; pairs are taken greedily, most shared tokens first (ties
    in text order).

    Args:
        gold, preds: Items with ``start`` and ``end`` offsets into ``text``.
        text: The article text.

    Returns:
        ``(gold_index, pred_index)`` pairs, sorted.
    """
    words = _word_spans(text)
    g_tok = [_tokens_in(words, g["start"], g["end"]) for g in gold]
    p_tok = [_tokens_in(words, p["start"], p["end"]) for p in preds]
    cands = []
    for gi, gt in enumerate(g_tok):
        for pi, pt in enumerate(p_tok):
            shared = len(gt & pt)
            if shared and shared * 2 >= len(gt) and shared * 2 >= len(pt):
                cands.append((-shared, gold[gi]["start"], preds[pi]["start"], gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return sorted(out)


def _norm_name(name: str) -> str:
    return _THE.sub("", " ".join(str(name or "").split())).strip().lower()


def speaker_correct(gold: dict, pred: dict) -> bool:
    """Whether a predicted speaker matches a gold quote's speaker.

    Canonical names are compared case-insensitively without a leading article;
    a full name matches its surname (any whole-word suffix: "Kono" and "Taro
    Kono", "Times" and "The New York Times" do not, "New York Times" does). A
    gold source with no canonical name (anonymous, or a document whose issuer
    is not named) counts when the predicted type is the gold type.
    """
    g = _norm_name(gold.get("speaker_canonical", ""))
    p = _norm_name(pred.get("speaker_canonical", ""))
    if not g:
        return str(pred.get("speaker_type", "")) == str(gold.get("speaker_type", "")) and (
            gold.get("speaker_type") in ("anonymous", "document", "unknown") or not p
        )
    if gold.get("speaker_type") == "anonymous" and pred.get("speaker_type") == "anonymous":
        return True
    if not p:
        return False
    if g == p:
        return True
    gw, pw = g.split(), p.split()
    short, full = (gw, pw) if len(gw) < len(pw) else (pw, gw)
    return len(short) >= 1 and full[-len(short):] == short


def _quote_items(df: pd.DataFrame | None) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    if df is None or not len(df):
        return out
    cols = ["article_id", "start_char", "end_char", "kind", "speaker_canonical", "speaker_type", "via"]
    frames = df["frame"].tolist() if "frame" in df.columns else [None] * len(df)
    confidence = df["confidence"].tolist() if "confidence" in df.columns else [math.nan] * len(df)
    for k, (row, frame, conf) in enumerate(zip(df[cols].itertuples(index=False), frames, confidence)):
        out.setdefault(str(row.article_id), []).append({
            "start": int(row.start_char), "end": int(row.end_char), "kind": str(row.kind),
            "speaker_canonical": "" if pd.isna(row.speaker_canonical) else str(row.speaker_canonical),
            "speaker_type": str(row.speaker_type), "via": "" if pd.isna(row.via) else str(row.via),
            "frame": "speech" if frame is None or (not isinstance(frame, str) and pd.isna(frame)) else str(frame),
            "confidence": math.nan if conf is None or pd.isna(conf) else float(conf), "row": k,
        })
    return out


#: The frames of the quotes table, in report order (``quotes.frame``; gold items may carry ``frame``).
FRAMES = ("speech", "belief", "evidence", "stance", "directive")


def _align(rec: dict, preds: list[dict]) -> tuple[list[tuple[int, int]], list[int], set[int]]:
    """Matches of one article: main pairs, unmatched predictions, and those neutral in lenient mode."""
    text = rec["text"]
    gold = list(rec.get("quotes", []))
    optional = list(rec.get("quotes_optional", []))
    pairs = quote_match_pairs(gold, preds, text)
    matched_p = {pi for _, pi in pairs}
    rest_idx = [pi for pi in range(len(preds)) if pi not in matched_p]
    rest = [preds[pi] for pi in rest_idx]
    opt_pairs = quote_match_pairs(optional, rest, text)
    neutral = {rest_idx[pi] for _, pi in opt_pairs}
    words = _word_spans(text)
    main_tok = [_tokens_in(words, g["start"], g["end"]) for g in gold]
    opt_tok = [_tokens_in(words, g["start"], g["end"]) for g in optional]
    for pi in rest_idx:
        pt = _tokens_in(words, preds[pi]["start"], preds[pi]["end"])
        if any(pt & t for t in opt_tok) and not any(pt & t for t in main_tok):
            neutral.add(pi)
    return pairs, rest_idx, neutral


def score_quotes(pred_quotes_df: pd.DataFrame | None, gold_records: Gold) -> pd.DataFrame:
    """Score predicted quotes against gold quotes: spans, speakers, end to end.

    Matching is :func:`quote_match_pairs` (shared word tokens cover at least
    half of each span), main gold items first. ``strict`` ignores
    ``quotes_optional``; ``lenient`` treats them as don't-care: a prediction
    that matches an optional item, or overlaps one and no main item, is
    neither a true nor a false positive, and missed optional items are not
    false negatives. Speakers are scored on matched pairs with
    :func:`speaker_correct`; a quote+speaker true positive needs both.

    Per kind, true positives and misses count by gold kind and false positives
    by predicted kind (so a direct quote found as mixed still counts as found).
    When the gold items carry a ``frame`` (speech, belief, evidence, stance,
    directive), the same is reported per frame: rows with ``kind`` "all" and
    ``frame`` set, true positives and misses by gold frame, false positives by
    predicted frame (a prediction without a frame counts as speech).

    Args:
        pred_quotes_df: Quotes table (``article_id``, offsets, ``kind``,
            ``speaker_canonical``, ``speaker_type``, ``via``, optionally
            ``frame``); articles that are not in the gold are ignored.
        gold_records: Gold articles or a JSONL path (see :func:`load_gold`).

    Returns:
        One row per mode and kind (``all`` first, ``frame`` "all"), then, when
        the gold has frames, one per mode and frame, with n_gold, n_pred, tp,
        fp, fn, precision, recall, f1, exact (identical spans), exact_f1,
        speaker_correct, speaker_accuracy (on matches), e2e_tp, e2e_precision,
        e2e_recall, e2e_f1 (quote+speaker), kind_accuracy, type_accuracy,
        via_accuracy (on matches whose gold item has a ``via`` key; NaN when
        none has) and frame_accuracy (on matches whose gold item has a
        ``frame``; NaN when none has).
    """
    records = load_gold(gold_records)
    by_article = _quote_items(pred_quotes_df)
    has_frames = any("frame" in q for rec in records for q in (*rec.get("quotes", []), *rec.get("quotes_optional", [])))
    keys = ("tp", "fp", "fn", "exact", "speaker", "kind_ok", "type_ok", "via_n", "via_ok", "frame_n", "frame_ok")
    counters: dict[tuple[str, str, str], dict[str, int]] = {}

    def add(mode: str, kind: str, frame: str | None, key: str, n: int = 1) -> None:
        cells = [("all", "all"), (kind, "all")]
        if has_frames and frame is not None:
            cells.append(("all", frame))
        for k, f in cells:
            counters.setdefault((mode, k, f), dict.fromkeys(keys, 0))[key] += n

    for rec in records:
        gold = list(rec.get("quotes", []))
        preds = sorted(by_article.get(str(rec["id"]), []), key=lambda p: (p["start"], p["end"]))
        pairs, rest_idx, neutral = _align(rec, preds)
        matched_g = {gi for gi, _ in pairs}
        for mode in ("strict", "lenient"):
            for gi, pi in pairs:
                g, p = gold[gi], preds[pi]
                kind, frame = g.get("kind", "direct"), g.get("frame", "speech")
                add(mode, kind, frame, "tp")
                add(mode, kind, frame, "exact", int(g["start"] == p["start"] and g["end"] == p["end"]))
                add(mode, kind, frame, "speaker", int(speaker_correct(g, p)))
                add(mode, kind, frame, "kind_ok", int(p["kind"] == kind))
                add(mode, kind, frame, "type_ok", int(p["speaker_type"] == g.get("speaker_type")))
                if "via" in g:
                    add(mode, kind, frame, "via_n")
                    add(mode, kind, frame, "via_ok", int(_norm_name(p["via"]) == _norm_name(g["via"]) or bool(g["via"] and speaker_correct({"speaker_canonical": g["via"]}, {"speaker_canonical": p["via"]}))))
                if "frame" in g:
                    add(mode, kind, frame, "frame_n")
                    add(mode, kind, frame, "frame_ok", int(p["frame"] == g["frame"]))
            for gi, g in enumerate(gold):
                if gi not in matched_g:
                    add(mode, g.get("kind", "direct"), g.get("frame", "speech"), "fn")
            for pi in rest_idx:
                if mode == "lenient" and pi in neutral:
                    continue
                add(mode, preds[pi]["kind"], preds[pi]["frame"], "fp")
    kinds = [k for k in ("direct", "indirect", "mixed") if any(kk == k for _, kk, _ in counters)]
    kinds += sorted({k for _, k, _ in counters if k not in ("all", *kinds)})
    frames = [f for f in FRAMES if any(ff == f for _, _, ff in counters)]
    frames += sorted({f for _, _, f in counters if f not in ("all", *frames)})
    rows = []
    nan = float("nan")

    def ratio(a: int, b: int) -> float:
        return a / b if b else nan

    def f1(p: float, r: float) -> float:
        return 0.0 if (math.isnan(p) or math.isnan(r) or p + r == 0) else 2 * p * r / (p + r)

    for mode in ("strict", "lenient"):
        cells = [(kind, "all") for kind in ["all", *kinds]] + [("all", f) for f in frames]
        for kind, frame in cells:
            c = counters.get((mode, kind, frame), dict.fromkeys(keys, 0))
            tp, fp, fn = c["tp"], c["fp"], c["fn"]
            prec, rec_ = ratio(tp, tp + fp), ratio(tp, tp + fn)
            ep, er = ratio(c["exact"], tp + fp), ratio(c["exact"], tp + fn)
            sp, sr = ratio(c["speaker"], tp + fp), ratio(c["speaker"], tp + fn)
            rows.append({
                "mode": mode, "kind": kind, "frame": frame, "n_gold": tp + fn, "n_pred": tp + fp, "tp": tp, "fp": fp, "fn": fn,
                "precision": prec, "recall": rec_, "f1": f1(prec, rec_), "exact": c["exact"], "exact_f1": f1(ep, er),
                "speaker_correct": c["speaker"], "speaker_accuracy": ratio(c["speaker"], tp), "e2e_tp": c["speaker"],
                "e2e_precision": sp, "e2e_recall": sr, "e2e_f1": f1(sp, sr),
                "kind_accuracy": ratio(c["kind_ok"], tp), "type_accuracy": ratio(c["type_ok"], tp),
                "via_accuracy": ratio(c["via_ok"], c["via_n"]), "frame_accuracy": ratio(c["frame_ok"], c["frame_n"]),
            })
    return pd.DataFrame(rows)


def label_quotes(pred_quotes_df: pd.DataFrame, gold_records: Gold) -> pd.DataFrame:
    """Mark each predicted quote right or wrong against gold quotes.

    A row is ``right`` when it matches a main gold item (:func:`quote_match_pairs`)
    and its speaker is correct (:func:`speaker_correct`). A row that matches no
    main item but an optional one (or overlaps only optional ones) is
    ``optional``: neither right nor wrong in lenient scoring. Rows of articles
    that are not in the gold get NA.

    Args:
        pred_quotes_df: Quotes table with ``article_id``, offsets, ``kind``,
            ``speaker_canonical``, ``speaker_type`` and ``via``.
        gold_records: Gold articles or a JSONL path (see :func:`load_gold`).

    Returns:
        A copy of ``pred_quotes_df`` with the boolean columns ``in_gold``,
        ``matched``, ``speaker_ok``, ``right`` and ``optional`` added.

    Example:
        >>> text = "Prices will rise, the bank said."
        >>> gold = [{"id": "a", "text": text, "quotes": [{"start": 0, "end": 16, "speaker_canonical": "bank", "speaker_type": "organization"}]}]
        >>> pred = pd.DataFrame({"article_id": ["a"], "start_char": [0], "end_char": [16], "kind": ["indirect"],
        ...                      "speaker_canonical": ["bank"], "speaker_type": ["organization"], "via": [""]})
        >>> label_quotes(pred, gold)[["matched", "right"]].values.tolist()
        [[True, True]]
    """
    records = load_gold(gold_records)
    out = pred_quotes_df.copy()
    n = len(out)
    cols = {c: [pd.NA] * n for c in ("in_gold", "matched", "speaker_ok", "right", "optional")}
    by_article = _quote_items(pred_quotes_df)
    for rec in records:
        preds = sorted(by_article.get(str(rec["id"]), []), key=lambda p: (p["start"], p["end"]))
        gold = list(rec.get("quotes", []))
        pairs, _, neutral = _align(rec, preds)
        matched = dict((pi, gi) for gi, pi in pairs)
        for pi, p in enumerate(preds):
            k = p["row"]
            ok = pi in matched and speaker_correct(gold[matched[pi]], p)
            cols["in_gold"][k] = True
            cols["matched"][k] = pi in matched
            cols["speaker_ok"][k] = bool(ok)
            cols["right"][k] = bool(ok)
            cols["optional"][k] = pi in neutral
    for c, values in cols.items():
        out[c] = pd.array(values, dtype="boolean")
    return out


#: Confidence bands of :func:`score_confidence`: [0, 0.5), [0.5, 0.8), [0.8, 1].
CONFIDENCE_BANDS = (0.0, 0.5, 0.8, 1.0)


def score_confidence(pred_quotes_df: pd.DataFrame | None, gold_records: Gold, *, bands: tuple[float, ...] = CONFIDENCE_BANDS) -> pd.DataFrame:
    """Calibration of ``quotes.confidence``: the share of right rows per confidence band.

    A row is right when its statement matches a main gold item and its speaker
    is correct (:func:`label_quotes`). ``strict`` counts every row of the gold's
    articles; ``lenient`` leaves out rows that match only optional items. A
    well-calibrated confidence has ``precision`` close to ``mean_confidence``
    in every band; rows at or above 0.8 should be right at least 90% of the time.

    Returns:
        One row per mode and band (``band`` like "[0.8, 1]", then "all") with
        n_pred, n_right, precision and mean_confidence; empty when the quotes
        have no confidence.
    """
    columns = ["mode", "band", "n_pred", "n_right", "precision", "mean_confidence"]
    if pred_quotes_df is None or not len(pred_quotes_df) or "confidence" not in pred_quotes_df.columns:
        return pd.DataFrame(columns=columns)
    labelled = label_quotes(pred_quotes_df, gold_records)
    labelled = labelled[labelled["in_gold"].fillna(False).astype(bool) & labelled["confidence"].notna()]
    edges = list(bands)
    names = [f"[{lo:g}, {hi:g}{']' if k == len(edges) - 2 else ')'}" for k, (lo, hi) in enumerate(zip(edges, edges[1:]))]
    rows = []
    for mode in ("strict", "lenient"):
        part = labelled if mode == "strict" else labelled[~labelled["optional"].astype(bool)]
        conf = part["confidence"].astype(float)
        right = part["right"].astype(bool)
        for k, name in [*enumerate(names), (-1, "all")]:
            if k < 0:
                sel = pd.Series(True, index=part.index)
            else:
                lo, hi = edges[k], edges[k + 1]
                sel = (conf >= lo) & ((conf < hi) if k < len(names) - 1 else (conf <= hi))
            n = int(sel.sum())
            rows.append({
                "mode": mode, "band": name, "n_pred": n, "n_right": int(right[sel].sum()),
                "precision": float(right[sel].mean()) if n else float("nan"),
                "mean_confidence": float(conf[sel].mean()) if n else float("nan"),
            })
    return pd.DataFrame(rows, columns=columns)


# --- figures

#: Value tolerance for figures: absolute (the rounded fractions 66.67, 1.67) or relative.
FIGURE_ABS_TOL = 0.01
FIGURE_REL_TOL = 0.005


def _fig_close(a, b) -> bool:  # noqa: ANN001 - floats or None
    import math

    a_nan = a is None or (isinstance(a, float) and math.isnan(a))
    b_nan = b is None or (isinstance(b, float) and math.isnan(b))
    if a_nan or b_nan:
        return a_nan and b_nan
    a, b = float(a), float(b)
    return abs(a - b) <= FIGURE_ABS_TOL or abs(a - b) <= FIGURE_REL_TOL * abs(b)


def figure_value_correct(gold: dict, pred: dict) -> bool:
    """Whether a predicted figure's numbers agree with a gold item.

    A single amount (gold ``value`` equal to ``low`` and ``high``) compares
    ``value``; a range, a bounded ('more than X') or a vague amount needs both
    ``low`` and ``high`` right (a missing bound must be missing in both).
    Tolerance: :data:`FIGURE_ABS_TOL` absolute or :data:`FIGURE_REL_TOL` relative.
    """
    value, low, high = gold.get("value"), gold.get("low"), gold.get("high")
    if value is not None and _fig_close(low, value) and _fig_close(high, value):
        return _fig_close(pred.get("value"), value)
    return _fig_close(pred.get("low"), low) and _fig_close(pred.get("high"), high)


def _fig_records(gold_records):  # noqa: ANN001, ANN202 - path or iterable of dicts
    import json
    from pathlib import Path

    if isinstance(gold_records, (str, Path)):
        with open(gold_records, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    return list(gold_records)


def _fig_match(gold: list[dict], preds: list[dict]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of overlapping spans, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                pairs.append((-ov, g["start"], p["start"], gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return sorted(out)


def score_figures(pred_figures_df, gold_records):  # noqa: ANN001, ANN201 - DataFrame, records -> DataFrame
    """Score predicted figures against gold figures (span overlap and values).

    Spans match when their characters overlap (one-to-one, largest overlap
    first, main gold items before optional ones). Value accuracy is measured
    on matched figures with :func:`figure_value_correct`. ``strict`` ignores
    ``figures_optional``; ``lenient`` treats them as don't-care: a prediction
    that overlaps only an optional item is neither a true nor a false
    positive, and a missed optional item is not a false negative.

    Args:
        pred_figures_df: Figures table (needs ``article_id``, ``start_char``,
            ``end_char``, ``kind``, ``value``, ``low``, ``high``); articles
            that are not in the gold are ignored.
        gold_records: Gold articles (dicts with ``id``, ``figures`` and
            optionally ``figures_optional``), or a path to such a JSONL file.

    Returns:
        One row per mode (``strict``, ``lenient``) and kind (``all`` first,
        then each kind; true positives and misses by gold kind, false
        positives by predicted kind) with n_gold, n_pred, tp, fp, fn,
        precision, recall, f1, exact (matches with identical spans),
        exact_f1, value_correct and value_accuracy (on matched figures).
    """
    import pandas as pd

    records = _fig_records(gold_records)
    counters: dict[tuple[str, str], dict[str, int]] = {}

    def add(mode: str, kind: str, key: str, n: int = 1) -> None:
        for k in ("all", kind):
            c = counters.setdefault((mode, k), {"tp": 0, "fp": 0, "fn": 0, "exact": 0, "value_correct": 0})
            c[key] += n

    by_article: dict[str, list[dict]] = {}
    if pred_figures_df is not None and len(pred_figures_df):
        cols = ["article_id", "start_char", "end_char", "kind", "value", "low", "high"]
        for row in pred_figures_df[cols].itertuples(index=False):
            by_article.setdefault(str(row.article_id), []).append({
                "start": int(row.start_char), "end": int(row.end_char), "kind": str(row.kind),
                "value": float(row.value), "low": float(row.low), "high": float(row.high),
            })
    for rec in records:
        gold = list(rec.get("figures", []))
        optional = list(rec.get("figures_optional", []))
        preds = sorted(by_article.get(str(rec["id"]), []), key=lambda p: (p["start"], p["end"]))
        pairs = _fig_match(gold, preds)
        matched_p = {pi for _, pi in pairs}
        matched_g = {gi for gi, _ in pairs}
        rest = [p for pi, p in enumerate(preds) if pi not in matched_p]
        opt_pairs = _fig_match(optional, rest)
        opt_p = {pi for _, pi in opt_pairs}
        for mode in ("strict", "lenient"):
            for gi, pi in pairs:
                g, p = gold[gi], preds[pi]
                add(mode, g["kind"], "tp")
                if g["start"] == p["start"] and g["end"] == p["end"]:
                    add(mode, g["kind"], "exact")
                if figure_value_correct(g, p):
                    add(mode, g["kind"], "value_correct")
            for gi, g in enumerate(gold):
                if gi not in matched_g:
                    add(mode, g["kind"], "fn")
            for pi, p in enumerate(rest):
                if mode == "lenient" and pi in opt_p:
                    continue
                add(mode, p["kind"], "fp")
    kinds = sorted({k for _, k in counters if k != "all"})
    rows = []
    for mode in ("strict", "lenient"):
        for kind in ["all", *kinds]:
            c = counters.get((mode, kind), {"tp": 0, "fp": 0, "fn": 0, "exact": 0, "value_correct": 0})
            tp, fp, fn = c["tp"], c["fp"], c["fn"]
            prec = tp / (tp + fp) if tp + fp else float("nan")
            rec_ = tp / (tp + fn) if tp + fn else float("nan")
            f1 = 2 * prec * rec_ / (prec + rec_) if tp else 0.0
            ep = c["exact"] / (tp + fp) if tp + fp else float("nan")
            er = c["exact"] / (tp + fn) if tp + fn else float("nan")
            ef1 = 2 * ep * er / (ep + er) if c["exact"] else 0.0
            rows.append({
                "mode": mode, "kind": kind, "n_gold": tp + fn, "n_pred": tp + fp, "tp": tp, "fp": fp, "fn": fn,
                "precision": prec, "recall": rec_, "f1": f1, "exact": c["exact"], "exact_f1": ef1,
                "value_correct": c["value_correct"], "value_accuracy": c["value_correct"] / tp if tp else float("nan"),
            })
    return pd.DataFrame(rows)


# --- row by row: which items are right, missed, extra or wrong


def _s(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA else str(value)


def compare_quotes(gold: Gold, quotes: pd.DataFrame) -> pd.DataFrame:
    """Every gold quote and every predicted quote side by side, with a verdict.

    The row-by-row companion of :func:`score_quotes` (same matching, main gold
    items first, then optional ones): use it to read what a score counts.

    Args:
        gold: Gold articles or a JSONL path (see :func:`load_gold`).
        quotes: A quotes table; articles that are not in the gold are ignored.

    Returns:
        One row per gold main item and per prediction that matched no main item,
        in text order per article: ``article_id``, ``status`` (``right``,
        ``wrong speaker``, ``wrong type``, ``wrong via``, ``wrong frame``, ``missed``, ``extra``,
        or ``optional`` for a prediction on a don't-care item), ``start_char``
        (of the gold item, else of the prediction), ``pred_start_char`` (of the
        prediction; missing for a missed item), ``exact`` (the matched spans are identical: a match needs only half
        of the words), ``gold_text``, ``pred_text``, then ``gold_``/``pred_`` pairs for
        ``speaker`` (canonical name), ``type``, ``kind``, ``via`` and ``frame``. A
        matched pair is ``right`` when the speaker is right by :func:`speaker_correct`,
        the type agrees, and the relay (names compared exactly, without a
        leading "the") and the frame agree where the gold gives them.

    Example:
        >>> text = 'Ann Lee said the bridge would close. "It is unsafe," Bo Park said.'
        >>> gold = [{"id": "a", "text": text, "quotes": [
        ...     {"start": 13, "end": 35, "kind": "indirect", "speaker_canonical": "Ann Lee", "speaker_type": "person"}]}]
        >>> pred = pd.DataFrame({"article_id": ["a"], "start_char": [13], "end_char": [35], "kind": ["indirect"],
        ...     "speaker_canonical": ["Bo Park"], "speaker_type": ["person"], "via": [""]})
        >>> compare_quotes(gold, pred)[["status", "gold_speaker", "pred_speaker"]].values.tolist()
        [['wrong speaker', 'Ann Lee', 'Bo Park']]
    """
    records = load_gold(gold)
    by_article = _quote_items(quotes)
    rows = []
    for rec in records:
        text, aid = rec["text"], str(rec["id"])
        main = list(rec.get("quotes", []))
        preds = sorted(by_article.get(aid, []), key=lambda p: (p["start"], p["end"]))
        matched, rest_idx, opt_hit = _align(rec, preds)
        pairs = dict(matched)

        def row(status: str, g: dict | None, p: dict | None) -> dict:
            g, p_ = g or {}, p or {}
            return {
                "article_id": aid, "status": status, "start_char": (g or p_).get("start"),
                "pred_start_char": p_.get("start"),
                "exact": bool(g and p_ and g["start"] == p_["start"] and g["end"] == p_["end"]),
                "gold_text": text[g["start"]:g["end"]] if g else "", "pred_text": text[p_["start"]:p_["end"]] if p_ else "",
                "gold_speaker": _s(g.get("speaker_canonical")), "pred_speaker": _s(p_.get("speaker_canonical")),
                "gold_type": _s(g.get("speaker_type")), "pred_type": _s(p_.get("speaker_type")),
                "gold_kind": _s(g.get("kind")), "pred_kind": _s(p_.get("kind")),
                "gold_via": _s(g.get("via")), "pred_via": _s(p_.get("via")),
                "gold_frame": _s(g.get("frame")), "pred_frame": _s(p_.get("frame")),
            }

        for gi, g in enumerate(main):
            if gi not in pairs:
                rows.append(row("missed", g, None))
                continue
            p = preds[pairs[gi]]
            if not speaker_correct(g, p):
                status = "wrong speaker"
            elif p["speaker_type"] != g.get("speaker_type"):
                status = "wrong type"
            elif "via" in g and _norm_name(p["via"]) != _norm_name(g["via"]):
                status = "wrong via"
            elif g.get("frame") and p.get("frame") != g["frame"]:
                status = "wrong frame"
            else:
                status = "right"
            rows.append(row(status, g, p))
        for pi in rest_idx:
            rows.append(row("optional" if pi in opt_hit else "extra", None, preds[pi]))
    cols = ["article_id", "status", "start_char", "pred_start_char", "exact", "gold_text", "pred_text", "gold_speaker", "pred_speaker",
            "gold_type", "pred_type", "gold_kind", "pred_kind", "gold_via", "pred_via", "gold_frame", "pred_frame"]
    out = pd.DataFrame(rows, columns=cols).astype({"pred_start_char": "Int64"})
    return out.sort_values(["article_id", "start_char"], kind="stable").reset_index(drop=True)


def _number(x: float | None) -> str:
    if x is None:
        return ""
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.6g}"


def _amount(item: dict) -> str:
    value, low, high = (item.get(k) for k in ("value", "low", "high"))
    num = [None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v) for v in (value, low, high)]
    value, low, high = num
    if value is not None and low == value and high == value:
        return _number(value)
    return f"{_number(low)}–{_number(high)}"


def _same_claimant(gold: str, pred: str) -> bool:
    g, p = _norm_name(gold), _norm_name(pred)
    if not g or not p:
        return g == p
    if g.startswith(p) or p.startswith(g):  # "a senior official" for "a senior official familiar with the talks"
        return True
    return speaker_correct({"speaker_canonical": gold, "speaker_type": "person"}, {"speaker_canonical": pred, "speaker_type": "person"})


def compare_figures(gold: Gold, figures: pd.DataFrame) -> pd.DataFrame:
    """Every gold figure and every predicted figure side by side, with a verdict.

    The row-by-row companion of :func:`score_figures` (same matching: overlapping
    spans, main gold items first, then optional ones).

    Args:
        gold: Gold articles or a JSONL path (see :func:`load_gold`).
        figures: A figures table; articles that are not in the gold are ignored.

    Returns:
        One row per gold main item and per prediction that matched no main item,
        in text order per article: ``article_id``, ``status`` (``right``,
        ``wrong value`` by :func:`figure_value_correct`, ``wrong approximate``
        (the hedge flag differs), ``wrong claimant`` (the figure's
        ``attributed_to`` is not the speaker of the gold statement it sits in,
        or is filled where it sits in none; checked when the gold has quotes),
        ``missed``, ``extra``, or ``optional`` for a
        prediction on a don't-care item), ``start_char``, ``exact`` (identical
        spans), ``gold_text``, ``pred_text``, ``gold_amount``/``pred_amount`` (the value, or
        ``low–high`` with an empty side for an open bound), ``gold_approximate``,
        ``pred_approximate``, ``gold_counts``, ``pred_counts``,
        ``gold_claimed_by`` and ``pred_claimed_by``.

    Example:
        >>> text = "The wall will cost £175 million."
        >>> gold = [{"id": "a", "text": text, "figures": [{"start": 19, "end": 31, "kind": "money",
        ...     "value": 175e6, "low": 175e6, "high": 175e6, "approximate": False, "counts": "cost"}]}]
        >>> pred = pd.DataFrame({"article_id": ["a"], "start_char": [19], "end_char": [31], "kind": ["money"],
        ...     "value": [175e6], "low": [175e6], "high": [175e6], "approximate": [True], "counts": ["cost"]})
        >>> compare_figures(gold, pred)[["status", "gold_amount", "pred_approximate"]].values.tolist()
        [['wrong approximate', '175,000,000', True]]
    """
    records = load_gold(gold)
    by_article: dict[str, list[dict]] = {}
    if figures is not None and len(figures):
        for row in figures.itertuples(index=False):
            by_article.setdefault(str(row.article_id), []).append({
                "start": int(row.start_char), "end": int(row.end_char),
                "value": None if pd.isna(row.value) else float(row.value),
                "low": None if pd.isna(row.low) else float(row.low),
                "high": None if pd.isna(row.high) else float(row.high),
                "approximate": bool(row.approximate) if not pd.isna(row.approximate) else False,
                "counts": _s(getattr(row, "counts", "")),
                "claimed_by": _s(getattr(row, "attributed_to", "")),
            })
    rows = []
    for rec in records:
        text, aid = rec["text"], str(rec["id"])
        main, optional = list(rec.get("figures", [])), list(rec.get("figures_optional", []))
        preds = sorted(by_article.get(aid, []), key=lambda p: (p["start"], p["end"]))
        pairs = dict(_fig_match(main, preds))
        rest_idx = [pi for pi in range(len(preds)) if pi not in pairs.values()]
        opt_hit = {rest_idx[pi] for _, pi in _fig_match(optional, [preds[i] for i in rest_idx])}
        gold_quotes = list(rec.get("quotes", []))

        def claimant(fig: dict) -> str:
            # Who claims a gold figure: the speaker of the main gold statement it sits in.
            for q in gold_quotes:
                if q["start"] <= fig["start"] and fig["end"] <= q["end"]:
                    return _s(q.get("speaker_canonical")) or _s(q.get("speaker"))
            return ""

        def row(status: str, g: dict | None, p: dict | None) -> dict:
            g, p_ = g or {}, p or {}
            return {
                "article_id": aid, "status": status, "start_char": (g or p_).get("start"),
                "exact": bool(g and p_ and g["start"] == p_["start"] and g["end"] == p_["end"]),
                "gold_text": text[g["start"]:g["end"]] if g else "", "pred_text": text[p_["start"]:p_["end"]] if p_ else "",
                "gold_amount": _amount(g) if g else "", "pred_amount": _amount(p_) if p_ else "",
                "gold_approximate": g.get("approximate") if g else None, "pred_approximate": p_.get("approximate") if p_ else None,
                "gold_counts": _s(g.get("counts")), "pred_counts": _s(p_.get("counts")),
                "gold_claimed_by": claimant(g) if g and gold_quotes else "", "pred_claimed_by": _s(p_.get("claimed_by")),
            }

        for gi, g in enumerate(main):
            if gi not in pairs:
                rows.append(row("missed", g, None))
                continue
            p = preds[pairs[gi]]
            if not figure_value_correct(g, p):
                status = "wrong value"
            elif bool(g.get("approximate")) != bool(p["approximate"]):
                status = "wrong approximate"
            elif gold_quotes and not _same_claimant(claimant(g), p["claimed_by"]):
                status = "wrong claimant"
            else:
                status = "right"
            rows.append(row(status, g, p))
        for pi in rest_idx:
            rows.append(row("optional" if pi in opt_hit else "extra", None, preds[pi]))
    cols = ["article_id", "status", "start_char", "exact", "gold_text", "pred_text", "gold_amount", "pred_amount",
            "gold_approximate", "pred_approximate", "gold_counts", "pred_counts", "gold_claimed_by", "pred_claimed_by"]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["article_id", "start_char"], kind="stable").reset_index(drop=True)
