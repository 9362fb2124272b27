"""Target sentiment: how a sentence portrays one person or organisation in it.

What the target model measures
------------------------------
A lexicon score (:mod:`newslab.sentiment`) is the tone of a sentence's wording.
Media researchers usually ask something else: *how is X portrayed?* In
"Critics said the minister had misled parliament" the sentence is negative
toward the minister and neutral toward the critics; a lexicon gives both the
same number. The target model reads a sentence together with the position of
one mention in it (a name, a pronoun) and says whether the sentence is
negative, neutral or positive **toward that mention**.

The model (``target.newsmtsc.v1``) is a multinomial logistic regression
trained on NewsMTSC (Hamborg and Donnay, EACL 2021): 8,739 mentions in 7,758
English news sentences, each labelled by several annotators as negative,
neutral or positive toward the mention (``data/newsmtsc/``, MIT licence).
Its features are read from the sentence text alone, so it needs no parse and
gives the same answer inside :func:`newslab.analyze` and in
:func:`score_targets`:

* the words of the sentence, and word pairs, with the mention replaced by a
  placeholder (``<t>``) so that "criticised <t>" and "<t> criticised" differ;
* the words left and right of the mention, by distance (1-2, 3-5, 6-10, more
  words away), and the words of the mention's own clause (up to the next
  comma, conjunction or quotation mark);
* the mention's own words ("she", "president");
* TextBlob and VADER lexicon scores, positive and negative parts apart, of
  the whole sentence, the left and right side, the mention's clause and the
  five words on each side (a negation flips the next rated word);
* whether the mention opens the sentence or sits inside quotation marks.

Names are hidden from the model: a capitalised word inside the sentence, and
every capitalised word of the mention, becomes ``<name>``. So the model
learns what a sentence says about someone ("<name> was blamed for"), not how
the news of the training years treated a particular person: with names
visible it learned, for instance, that a mention of Trump leans negative
whatever the sentence says, which would leak into every corpus it scores.
This costs about 0.015 of cross-validated macro-F1 on NewsMTSC, where the
same people recur.

``score = P(positive) - P(negative)`` in [-1, 1]; ``label`` is the most
probable class. :func:`explain_target` lists the features that moved a
decision with their weights. Accuracy, speed and the training run are in
``docs/sentiment.md``; ``make train-sentiment`` rebuilds the model file
(``newslab/data/target-sentiment.npz``) byte for byte.

Caveats: the training sentences are from US political news (2017-2019), so
the model knows that vocabulary best; it reads one sentence, never the
article; and the annotators rated how the *sentence* portrays the target,
whoever speaks, so "X said Y lied" is usually negative toward Y and neutral
toward X.

Example:
    >>> import pandas as pd
    >>> text = "Voters praised Ann Lee for her honesty, while Tom Reed was blamed for the collapse of the talks."
    >>> rows = pd.DataFrame({"text": [text, text], "start_char": [15, 46], "end_char": [22, 54]})
    >>> score_targets(rows)["label"].tolist()
    ['positive', 'negative']
"""

from __future__ import annotations

import functools
import json
import os
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from newslab.errors import InputError, InputTypeError, MissingColumnError, SentimentModelError

__all__ = [
    "METHOD",
    "LABELS",
    "MODEL_PATH",
    "TargetModel",
    "load_target_model",
    "target_features",
    "Vocabulary",
    "lowercase_words",
    "score_targets",
    "explain_target",
]

#: Versioned name of the target model; a retrained model with other results gets a new name.
METHOD = "target.newsmtsc.v1"
#: Class labels, in the order of the probability columns.
LABELS: tuple[str, ...] = ("negative", "neutral", "positive")
#: The model file shipped with the package.
MODEL_PATH = Path(__file__).resolve().parent / "data" / "target-sentiment.npz"
#: Version of the feature definitions below; stored in the model file and checked on load.
FEATURES_VERSION = 1

_REBUILD_HINT = "Reinstall newslab, or rebuild the model with `make train-sentiment` in a source checkout."

# --- features ------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_DIGIT = re.compile(r"\d")
# Tokens that end a clause: punctuation, quotation marks and conjunctions or relative words.
_BREAKS = frozenset(
    {",", ";", ":", "—", "–", "-", "(", ")", '"', "“", "”", "‘", "but", "while", "although", "though",
     "whereas", "because", "after", "when", "who", "which", "that", "and", "as", "if"}
)
_QUOTE_MARKS = frozenset({'"', "“", "”"})
_NEGATIONS = frozenset({"not", "no", "never", "n't", "without", "nor", "none", "nobody", "nothing",
                        "neither", "cannot", "hardly", "barely"})
_TARGET = "<t>"
_NAME = "<name>"
# Tokens after which a capitalised word may be an ordinary word opening a quotation or a clause.
_OPENERS = frozenset({'"', "“", "‘", "'", ":", "(", "[", "—", "–", "-"})


class Vocabulary(NamedTuple):
    """The word tables the features read, stored in the model file with the weights.

    Attributes:
        tb: TextBlob polarity per single word (-1..1).
        vd: VADER valence per single word, scaled to -1..1.
        lowercase: Words seen written in lower case in the training sentences: a
            capitalised word that opens a sentence is an ordinary word when it is
            one of these ("Critics said"), else a name ("Obama said").
    """

    tb: dict[str, float]
    vd: dict[str, float]
    lowercase: frozenset[str]


def _normal(raw: str) -> str:
    """A token as the features see it: lower case, straight apostrophe, digits as 0."""
    w = raw.lower().replace("’", "'")
    if w[0].isdigit() or (len(w) > 1 and w[-1].isdigit()):
        w = _DIGIT.sub("0", w)
    return w


def lowercase_words(texts: Iterable[str]) -> frozenset[str]:
    """Words written in lower case somewhere in ``texts`` (for :attr:`Vocabulary.lowercase`)."""
    return frozenset(_normal(m.group()) for text in texts for m in _TOKEN.finditer(text) if m.group().islower())


def _bucket(distance: int) -> str:
    return "1" if distance <= 2 else "2" if distance <= 5 else "3" if distance <= 10 else "4"


class _Sentence:
    """A sentence read once: tokens, lexicon values and clause breaks, shared by all its targets."""

    __slots__ = ("text", "words", "starts", "ends", "is_cap", "is_break", "quote_before", "lex", "n")

    def __init__(self, text: str, vocabulary: Vocabulary) -> None:
        tb, vd, lowercase = vocabulary
        words: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        is_cap: list[bool] = []
        for m in _TOKEN.finditer(text):
            raw = m.group()
            w = _normal(raw)
            # A name: capitalised ("Trump", "McCain") or a short acronym ("FBI", "GOP"); not "I".
            is_cap.append(raw[0].isupper() and (not raw.isupper() or 1 < len(raw) <= 5) and w != "i")
            # Who a name belongs to is hidden from the model, so that it learns what a sentence says
            # about a person rather than how the training years' news treated that person. A
            # capitalised word opening the sentence or a quotation is a name only when it is not a
            # word otherwise written in lower case ("Critics said" vs "Obama said").
            if is_cap[-1] and ((words and words[-1] not in _OPENERS) or (w not in lowercase and w not in tb and w not in vd)):
                w = _NAME
            words.append(w)
            starts.append(m.start())
            ends.append(m.end())
        n = len(words)
        self.is_cap = is_cap
        self.text = text
        self.words = words
        self.starts = starts
        self.ends = ends
        self.n = n
        self.is_break = [w in _BREAKS for w in words]
        # Quotation marks before each token (odd: the token is inside a quotation).
        quote_before = [0] * (n + 1)
        for i, w in enumerate(words):
            quote_before[i + 1] = quote_before[i] + (w in _QUOTE_MARKS)
        self.quote_before = quote_before
        # Per lexicon: prefix sums of positive and negative evidence (a negation flips and
        # halves the next rated word in its clause, as TextBlob does).
        lex = []
        for table in (tb, vd):
            pos = [0.0] * (n + 1)
            neg = [0.0] * (n + 1)
            negated = False
            for i, w in enumerate(words):
                p = n_ = 0.0
                if w == _NAME:
                    pass  # "United", "Liberty", "Hope" in a name are no evidence
                elif w in _NEGATIONS or w.endswith("n't"):
                    negated = True
                elif self.is_break[i]:
                    negated = False
                else:
                    v = table.get(w)
                    if v is not None:
                        if negated:
                            v, negated = -0.5 * v, False
                        if v > 0:
                            p = v
                        else:
                            n_ = -v
                pos[i + 1] = pos[i] + p
                neg[i + 1] = neg[i] + n_
            lex.append((pos, neg))
        self.lex = lex

    def target_tokens(self, start: int, end: int) -> tuple[int, int]:
        """Token range ``[i0, i1)`` overlapping ``[start, end)``; an empty range sits where the span is."""
        starts, ends = self.starts, self.ends
        i0 = 0
        while i0 < self.n and ends[i0] <= start:
            i0 += 1
        i1 = i0
        while i1 < self.n and starts[i1] < end:
            i1 += 1
        return i0, i1


def _clause(sent: _Sentence, i0: int, i1: int) -> tuple[int, int]:
    """The mention's clause ``[c0, c1)``: from the last break before it to the first break after it."""
    is_break = sent.is_break
    c0 = i0
    while c0 > 0 and not is_break[c0 - 1]:
        c0 -= 1
    c1 = i1
    while c1 < sent.n and not is_break[c1]:
        c1 += 1
    return c0, c1


def _regions(n: int, i0: int, i1: int, c0: int, c1: int) -> tuple[tuple[str, int, int], ...]:
    """Token ranges whose lexicon evidence is summed: sentence, sides, clause halves, five-word windows."""
    return (("sent", 0, n), ("left", 0, i0), ("right", i1, n), ("cl", c0, i0), ("cr", i1, c1),
            ("l5", max(0, i0 - 5), i0), ("r5", i1, min(n, i1 + 5)))


def _rated_words(sent: _Sentence, feature: str, start: int, end: int) -> str:
    """The rated words behind a lexicon feature ('vd-cl' -> 'blamed (-0.53)'), after negation."""
    i0, i1 = sent.target_tokens(start, end)
    c0, c1 = _clause(sent, i0, i1)
    bounds = {name: (a, b) for name, a, b in _regions(sent.n, i0, i1, c0, c1)}
    a, b = bounds[feature[3:]]
    pos, neg = sent.lex[0 if feature.startswith("tb") else 1]
    found = []
    for i in range(a, b):
        value = (pos[i + 1] - pos[i]) - (neg[i + 1] - neg[i])
        if (value > 0) if feature[2] == "+" else (value < 0):
            found.append(f"{sent.text[sent.starts[i]:sent.ends[i]]} ({value:+.2f})")
    return ", ".join(found)


def _features(sent: _Sentence, start: int, end: int) -> tuple[list[str], list[float]]:
    """Feature names and values of one target (binary features have value 1.0)."""
    words = sent.words
    n = sent.n
    i0, i1 = sent.target_tokens(start, end)
    names: dict[str, float] = {}
    left = words[:i0]
    right = words[i1:]
    # The sentence with the mention replaced by one placeholder token.
    seq = [*left, _TARGET, *right]
    for w in seq:
        names["w:" + w] = 1.0
    for a, b in zip(seq, seq[1:]):
        names["b:" + a + " " + b] = 1.0
    for d, w in enumerate(reversed(left), 1):
        names["l" + _bucket(d) + ":" + w] = 1.0
    for d, w in enumerate(right, 1):
        names["r" + _bucket(d) + ":" + w] = 1.0
    c0, c1 = _clause(sent, i0, i1)
    for w in words[c0:i0]:
        names["cl:" + w] = 1.0
    for w in words[i1:c1]:
        names["cr:" + w] = 1.0
    is_cap = sent.is_cap
    for i in range(i0, i1):
        names["t:" + (_NAME if is_cap[i] else words[i])] = 1.0
    # The words right around the mention ("by <t> ,", "<t> said that").
    names["ctx:" + (words[i0 - 1] if i0 else "<s>") + " " + (words[i1] if i1 < n else "</s>")] = 1.0
    names["l2w:" + " ".join(words[max(0, i0 - 2):i0])] = 1.0
    names["r2w:" + " ".join(words[i1:i1 + 2])] = 1.0
    names["first"] = 1.0 if i0 == 0 else 0.0
    names["in_quote"] = 1.0 if sent.quote_before[i0] % 2 else 0.0
    for lex_name, (pos, neg) in zip(("tb", "vd"), sent.lex):
        for region, a, b in _regions(n, i0, i1, c0, c1):
            names[lex_name + "+" + region] = pos[b] - pos[a]
            names[lex_name + "-" + region] = neg[b] - neg[a]
    keys = [k for k, v in names.items() if v != 0.0]
    return keys, [names[k] for k in keys]


def target_features(
    text: str, start_char: int, end_char: int, *, model: TargetModel | str | os.PathLike | None = None
) -> dict[str, float]:
    """The features the target model reads for one mention (name -> value).

    Args:
        text: The sentence.
        start_char: Offset of the mention's first character in ``text``.
        end_char: Offset one past its last character.
        model: The model whose lexicon tables are used (default: the packaged one).

    Returns:
        Feature name -> value, in a fixed order: binary word features
        (``w:`` sentence words, ``b:`` word pairs, ``l1:``..``l4:`` and
        ``r1:``..``r4:`` words left and right by distance, ``cl:``/``cr:``
        words of the mention's clause, ``t:`` the mention's words) and
        numeric ones (``first``, ``in_quote``, ``tb+sent``, ``vd-cl``, ...:
        lexicon evidence per region).

    Raises:
        InputError: When the offsets do not lie inside ``text``.

    Example:
        >>> f = target_features("Critics blamed Ann Lee.", 15, 22)
        >>> [k for k in f if k.startswith(("l1:", "t:"))]
        ['l1:blamed', 'l1:critics', 't:<name>']
    """
    _check_span(text, start_char, end_char, 0)
    keys, values = _features(_Sentence(text, _model(model).vocabulary), int(start_char), int(end_char))
    return dict(zip(keys, values))


# --- the model file --------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class TargetModel:
    """A loaded target model: feature index, weights and its training record.

    Attributes:
        method: The versioned method name (``target.newsmtsc.v1``).
        index: Feature name -> row of ``weights``.
        weights: ``(n_features, 3)`` float64, columns in :data:`LABELS` order.
        bias: ``(3,)`` float64.
        vocabulary: The word tables the features read (:class:`Vocabulary`).
        meta: The training record stored with the model (data, seed, chosen
            regularisation, cross-validation scores).
    """

    method: str
    index: Mapping[str, int]
    weights: np.ndarray
    bias: np.ndarray
    vocabulary: Vocabulary
    meta: Mapping[str, Any]

    def probabilities(self, keys: Sequence[str], values: Sequence[float]) -> np.ndarray:
        """Class probabilities ``(3,)`` for one target's features."""
        get = self.index.get
        rows: list[int] = []
        vals: list[float] = []
        for k, v in zip(keys, values):
            j = get(k)
            if j is not None:
                rows.append(j)
                vals.append(v)
        z = self.bias + np.asarray(vals, dtype=np.float64) @ self.weights[rows] if rows else self.bias.copy()
        z = z - z.max()
        p = np.exp(z)
        return p / p.sum()


def _corrupt(path: Path, why: str) -> SentimentModelError:
    return SentimentModelError(f"The target-sentiment model file {path} is unreadable ({why}). {_REBUILD_HINT}")


def _read_model(path: Path) -> TargetModel:
    if not path.is_file():
        raise SentimentModelError(f"The target-sentiment model file {path} does not exist. {_REBUILD_HINT}")
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(bytes(data["meta"]).decode("utf-8"))
            names = bytes(data["features"]).decode("utf-8").split("\n")
            weights = np.asarray(data["weights"], dtype=np.float64)
            bias = np.asarray(data["bias"], dtype=np.float64)
            lexicon_words = bytes(data["lexicon_words"]).decode("utf-8").split("\n")
            lexicon_values = np.asarray(data["lexicon_values"], dtype=np.float64)
            lowercase = frozenset(bytes(data["lowercase_words"]).decode("utf-8").split("\n"))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError, UnicodeDecodeError) as exc:
        raise _corrupt(path, f"{type(exc).__name__}: {exc}") from None
    if not isinstance(meta, dict) or meta.get("method") != METHOD:
        raise _corrupt(path, f"it holds method {meta.get('method') if isinstance(meta, dict) else None!r}, expected {METHOD!r}")
    if meta.get("features_version") != FEATURES_VERSION:
        raise _corrupt(path, f"features version {meta.get('features_version')!r}, this newslab reads {FEATURES_VERSION}")
    if weights.shape != (len(names), len(LABELS)) or bias.shape != (len(LABELS),):
        raise _corrupt(path, f"weights {weights.shape} do not fit {len(names)} features and {len(LABELS)} labels")
    if lexicon_values.shape != (len(lexicon_words), 2):
        raise _corrupt(path, f"lexicon values {lexicon_values.shape} do not fit {len(lexicon_words)} words")
    if not (np.isfinite(weights).all() and np.isfinite(bias).all() and np.isfinite(lexicon_values).all()):
        raise _corrupt(path, "weights hold NaN or infinite values")
    index = {name: i for i, name in enumerate(names)}
    if len(index) != len(names):
        raise _corrupt(path, "duplicate feature names")
    tb, vd = (
        {w: float(v) for w, v in zip(lexicon_words, lexicon_values[:, k].tolist()) if v != 0.0} for k in (0, 1)
    )
    return TargetModel(method=METHOD, index=index, weights=weights, bias=bias,
                       vocabulary=Vocabulary(tb, vd, lowercase), meta=meta)


@functools.lru_cache(maxsize=4)
def _cached_model(path: str, mtime_ns: int, size: int) -> TargetModel:
    return _read_model(Path(path))


def load_target_model(path: str | os.PathLike | None = None) -> TargetModel:
    """Load the target model (the packaged one by default), once per file version.

    Args:
        path: A model file written by ``training/train_target_sentiment.py``;
            None loads :data:`MODEL_PATH`.

    Returns:
        The :class:`TargetModel` (cached: a second call costs nothing).

    Raises:
        SentimentModelError: When the file is missing, is not a model file,
            or was written for another method or feature version.

    Example:
        >>> load_target_model().method
        'target.newsmtsc.v1'
    """
    if path is not None and not isinstance(path, (str, os.PathLike)):
        raise InputTypeError(f"path must be a str or os.PathLike; got {type(path).__name__}.")
    file = Path(path) if path is not None else MODEL_PATH
    try:
        stat = file.stat()
    except OSError:
        raise SentimentModelError(f"The target-sentiment model file {file} does not exist. {_REBUILD_HINT}") from None
    return _cached_model(str(file.resolve()), stat.st_mtime_ns, stat.st_size)


def _model(model: TargetModel | str | os.PathLike | None) -> TargetModel:
    if isinstance(model, TargetModel):
        return model
    return load_target_model(model)


# --- scoring -------------------------------------------------------------------------------------


def _check_span(text: Any, start: Any, end: Any, row: Any) -> None:
    if not isinstance(text, str):
        raise InputTypeError(f"Row {row}: text must be a str; got {type(text).__name__}: {text!r}.")
    for name, value in (("start_char", start), ("end_char", end)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise InputTypeError(f"Row {row}: {name} must be an int offset; got {type(value).__name__}: {value!r}.")
    if not 0 <= start < end <= len(text):
        raise InputError(
            f"Row {row}: the target [{start}, {end}) is not a span inside its text of {len(text)} characters. "
            "start_char and end_char must satisfy 0 <= start_char < end_char <= len(text) "
            "(offsets into that row's text, end exclusive)."
        )


def _score_spans(texts: Sequence[str], starts: Sequence[int], ends: Sequence[int], model: TargetModel) -> np.ndarray:
    """``(n, 3)`` probabilities for checked spans; consecutive rows with the same text read it once."""
    out = np.empty((len(texts), len(LABELS)), dtype=np.float64)
    sent: _Sentence | None = None
    for k, (text, start, end) in enumerate(zip(texts, starts, ends)):
        # Only the last sentence is kept, so memory stays flat on a corpus-sized frame.
        if sent is None or sent.text != text:
            sent = _Sentence(text, model.vocabulary)
        out[k] = model.probabilities(*_features(sent, start, end))
    return out


def score_targets(frame: pd.DataFrame, *, model: TargetModel | str | os.PathLike | None = None) -> pd.DataFrame:
    """Sentiment toward one target mention per row: negative, neutral or positive.

    Args:
        frame: One row per target: ``text`` (the sentence, or any text the
            mention sits in; a sentence reads best), ``start_char`` and
            ``end_char`` (the mention's offsets in that text, end exclusive).
            Other columns are kept.
        model: A :class:`TargetModel` or a model file path; None uses the
            packaged model.

    Returns:
        A new DataFrame: the rows of ``frame`` (same index) plus ``label``
        (category: negative, neutral, positive), ``p_negative``,
        ``p_neutral``, ``p_positive`` (float64, summing to 1) and
        ``target_score`` (P(positive) - P(negative)). ``attrs["methods"]``
        records ``{"target_sentiment": "target.newsmtsc.v1"}``.

    Raises:
        InputTypeError: ``frame`` is not a DataFrame, or a row has a
            non-string text or non-integer offsets.
        MissingColumnError: A required column is missing.
        InputError: A row's offsets lie outside its text (the message names the row).
        SentimentModelError: The model file is missing or unreadable.

    Example:
        >>> rows = pd.DataFrame({"text": ["Critics accused the minister of misleading parliament."],
        ...                      "start_char": [16], "end_char": [28]})
        >>> score_targets(rows)["label"].tolist()
        ['negative']
    """
    if not isinstance(frame, pd.DataFrame):
        raise InputTypeError(
            f"score_targets() expects a DataFrame with text, start_char and end_char columns; got {type(frame).__name__}."
        )
    missing = [c for c in ("text", "start_char", "end_char") if c not in frame.columns]
    if missing:
        raise MissingColumnError(
            f"score_targets() needs the columns text, start_char and end_char; missing: {', '.join(missing)}. "
            "Give one row per target mention: its sentence and the mention's character offsets in it."
        )
    texts = frame["text"].tolist()
    starts = frame["start_char"].tolist()
    ends = frame["end_char"].tolist()
    for row, text, start, end in zip(frame.index, texts, starts, ends):
        _check_span(text, start, end, row)
    fitted = _model(model)
    probs = _score_spans(texts, [int(s) for s in starts], [int(e) for e in ends], fitted)
    out = frame.copy()
    out["label"] = pd.Categorical.from_codes(probs.argmax(axis=1) if len(probs) else np.array([], dtype=int),
                                             categories=list(LABELS))
    out["p_negative"] = probs[:, 0]
    out["p_neutral"] = probs[:, 1]
    out["p_positive"] = probs[:, 2]
    out["target_score"] = probs[:, 2] - probs[:, 0]
    out.attrs = {**frame.attrs, "methods": {**dict(frame.attrs.get("methods") or {}), "target_sentiment": fitted.method}}
    return out


def _describe(name: str) -> tuple[str, str]:
    """``(kind, word)`` of a feature name, in words a reader can follow."""
    kinds = {
        "w": "word in the sentence", "b": "word pair", "t": "word of the target",
        "cl": "word before the target, same clause", "cr": "word after the target, same clause",
        "l1": "word 1-2 before the target", "l2": "word 3-5 before the target",
        "l3": "word 6-10 before the target", "l4": "word 11+ before the target",
        "r1": "word 1-2 after the target", "r2": "word 3-5 after the target",
        "r3": "word 6-10 after the target", "r4": "word 11+ after the target",
        "ctx": "words just before and after the target", "l2w": "two words before the target",
        "r2w": "two words after the target",
    }
    prefix, sep, word = name.partition(":")
    if sep and prefix in kinds:
        return kinds[prefix], word
    if name == "first":
        return "target opens the sentence", ""
    if name == "in_quote":
        return "target inside quotation marks", ""
    lexicon = {"tb": "TextBlob", "vd": "VADER"}.get(name[:2], name[:2])
    sign = "positive" if name[2:3] == "+" else "negative"
    region = {"sent": "sentence", "left": "left of target", "right": "right of target", "cl": "clause before target",
              "cr": "clause after target", "l5": "5 words before target", "r5": "5 words after target"}.get(name[3:], name[3:])
    return f"{lexicon} {sign} evidence, {region}", ""


def explain_target(
    text: str, start_char: int, end_char: int, *, top: int | None = 15, model: TargetModel | str | os.PathLike | None = None
) -> pd.DataFrame:
    """The features that moved the target model's decision for one mention.

    The model is linear, so the decision is a sum: each feature present adds
    ``value * weight`` to the evidence for each class. ``toward_score`` is a
    feature's push toward positive and away from negative
    (``value * (w_positive - w_negative)``); ``toward_label`` is its push
    toward the predicted label over the other two. The rows are sorted by
    the size of ``toward_label``. For a lexicon feature (``vd-sent``: VADER's
    negative evidence in the sentence) ``word`` lists the rated words behind
    it with their values after negation.

    Args:
        text: The sentence.
        start_char, end_char: The mention's offsets in ``text``.
        top: Keep the ``top`` strongest features (None keeps all present in the model).
        model: As for :func:`score_targets`.

    Returns:
        One row per feature: ``feature`` (its name), ``kind`` (what it is,
        in words), ``word``, ``value``, ``weight_negative``,
        ``weight_neutral``, ``weight_positive``, ``toward_label`` and
        ``toward_score``. ``attrs`` holds ``label``, ``p_negative``,
        ``p_neutral``, ``p_positive``, ``target_score`` and ``methods``.

    Raises:
        InputError, InputTypeError: Bad offsets or text, as for :func:`score_targets`.
        SentimentModelError: The model file is missing or unreadable.

    Example:
        >>> why = explain_target("Critics blamed Ann Lee for the delay.", 15, 22, top=3)
        >>> why.attrs["label"]
        'negative'
        >>> why.loc[0, ["kind", "word"]].tolist()
        ['VADER negative evidence, sentence', 'Critics (-0.30), blamed (-0.52), delay (-0.32)']
    """
    _check_span(text, start_char, end_char, 0)
    if top is not None and (isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 0):
        raise InputTypeError(f"top must be a non-negative int or None; got {top!r}.")
    fitted = _model(model)
    sent = _Sentence(text, fitted.vocabulary)
    keys, values = _features(sent, int(start_char), int(end_char))
    probs = fitted.probabilities(keys, values)
    label = int(probs.argmax())
    others = [k for k in range(len(LABELS)) if k != label]
    rows = []
    for key, value in zip(keys, values):
        j = fitted.index.get(key)
        if j is None:
            continue
        w = fitted.weights[j]
        kind, word = _describe(key)
        if key[:2] in ("tb", "vd") and key[2:3] in ("+", "-"):
            word = _rated_words(sent, key, int(start_char), int(end_char))
        rows.append(
            {
                "feature": key,
                "kind": kind,
                "word": word,
                "value": value,
                "weight_negative": w[0],
                "weight_neutral": w[1],
                "weight_positive": w[2],
                "toward_label": value * (w[label] - w[others].mean()),
                "toward_score": value * (w[2] - w[0]),
            }
        )
    columns = ["feature", "kind", "word", "value", "weight_negative", "weight_neutral", "weight_positive",
               "toward_label", "toward_score"]
    out = pd.DataFrame(rows, columns=columns)
    out = out.astype({"feature": "string", "kind": "string", "word": "string", "value": "float64",
                      "weight_negative": "float64", "weight_neutral": "float64", "weight_positive": "float64",
                      "toward_label": "float64", "toward_score": "float64"})
    order = np.lexsort((out["feature"].to_numpy(dtype=object), -out["toward_label"].abs().to_numpy()))
    out = out.iloc[order].reset_index(drop=True)
    if top is not None:
        out = out.head(int(top)).reset_index(drop=True)
    out.attrs.update(
        {
            "label": LABELS[label],
            "p_negative": float(probs[0]),
            "p_neutral": float(probs[1]),
            "p_positive": float(probs[2]),
            "target_score": float(probs[2] - probs[0]),
            "methods": {"target_sentiment": fitted.method},
        }
    )
    return out


# --- the per-Doc hook ----------------------------------------------------------------------------


def _sentence_of(bounds: Sequence[tuple[int, int]], start: int, end: int) -> int | None:
    """Index of the sentence that contains ``[start, end)`` (None when it crosses a boundary)."""
    import bisect

    k = bisect.bisect_right([a for a, _ in bounds], start) - 1
    if k < 0:
        return None
    a, b = bounds[k]
    return k if end <= b else None


def add_target_columns(
    sentences: Mapping[str, Sequence[Any]],
    entities: dict[str, list],
    quotes: dict[str, list],
    *,
    labels: Iterable[str] | None = None,
    model: TargetModel | None = None,
) -> None:
    """Fill ``target_label``/``target_score`` of one Doc's entity and quote columns in place.

    This is the hook :func:`newslab.tables.extract_columns` calls when target
    sentiment is on. Each named entity mention (labels in
    :data:`newslab.entities.NAME_LABELS`: people, organisations, places, ...)
    is scored in its sentence. Each quote's speaker is scored where the
    speaker mention sits in the text (``speaker_start_char``): the sentence
    that names or refers to them; a quote whose speaker is not in the text
    gets none.

    Args:
        sentences: The Doc's sentence columns (``start_char``, ``end_char``, ``text``).
        entities: The Doc's entity columns; gains ``target_label`` and ``target_score``.
        quotes: The Doc's quote columns; gains the same two columns.
        labels: Entity labels to score (default: the naming labels).
        model: The model (default: the packaged one).
    """
    from newslab.entities import NAME_LABELS

    fitted = model or load_target_model()
    keep = frozenset(labels) if labels is not None else NAME_LABELS
    bounds = list(zip(sentences["start_char"], sentences["end_char"]))
    sent_texts = list(sentences["text"])
    read: dict[int, _Sentence] = {}

    def score(start: int | None, end: int | None) -> tuple[str | None, float]:
        if start is None or end is None or end <= start:
            return None, float("nan")
        k = _sentence_of(bounds, start, end)
        if k is None:
            return None, float("nan")
        sent = read.get(k)
        if sent is None:
            sent = read[k] = _Sentence(sent_texts[k], fitted.vocabulary)
        offset = bounds[k][0]
        p = fitted.probabilities(*_features(sent, start - offset, end - offset))
        return LABELS[int(p.argmax())], float(p[2] - p[0])

    ent_labels: list[str | None] = []
    ent_scores: list[float] = []
    for start, end, label in zip(entities["start_char"], entities["end_char"], entities["label"]):
        lab, sc = score(start, end) if label in keep else (None, float("nan"))
        ent_labels.append(lab)
        ent_scores.append(sc)
    entities["target_label"] = ent_labels
    entities["target_score"] = ent_scores
    q_labels: list[str | None] = []
    q_scores: list[float] = []
    for start, end in zip(quotes.get("speaker_start_char", []), quotes.get("speaker_end_char", [])):
        lab, sc = score(start, end)
        q_labels.append(lab)
        q_scores.append(sc)
    quotes["target_label"] = q_labels
    quotes["target_score"] = q_scores
