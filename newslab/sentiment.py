"""Lexicon sentiment per sentence and per quote, with the words that drove each score.

What a lexicon score measures
-----------------------------
A lexicon method looks every word up in a fixed list of words that people rated
as positive or negative ("good" +0.7, "terrible" -1.0) and averages what it finds,
adjusting for a few nearby modifiers: intensifiers ("very good" scores higher than
"good"), negations ("not good" flips and halves the score) and exclamation marks.
The score therefore measures **the tone of the wording**: how much evaluative
vocabulary a sentence uses and in which direction. It does not read meaning:

* **Sarcasm and irony** are scored at face value ("a great day for the ruling party").
* **Negation scope** is a window of a few words: "no one thinks this is good"
  still counts "good" as positive.
* **Domain words** carry their everyday sense: "attack" (sport), "positive" (a
  test result), "cancer" or "killed" in a factual report all move the score
  although the reporter judges nothing.
* **Reported versus endorsed**: a negative quote in a neutral report scores
  negative; the lexicon cannot tell the journalist's stance from a source's.
* **Contractions and typography**: TextBlob's tokenizer splits "isn't" so that
  the negation is lost ("He isn't happy" scores +0.8, "He is not happy" -0.4);
  VADER knows "isn't" but not "isn’t" with the typographic apostrophe news sites
  use. Both are kept as the reference libraries behave, so that ``textblob.v1``
  and ``vader.v1`` reproduce published TextBlob and VADER scores exactly.
* **No evidence is not neutral**: a sentence without any lexicon word scores
  0.0, like a sentence whose positive and negative words cancel out.
  ``n_lexicon_words`` keeps the two apart (0 means no evidence).
* **The sentence, not a person in it**: "Critics said the minister misled
  parliament" gets one score, although it is negative toward the minister and
  neutral toward the critics. For that question use the target model
  (:func:`score_targets`, ``nl.analyze(..., target_sentiment=True)``; see
  :mod:`newslab.target_sentiment`), and ``method="target"`` in
  :func:`sentiment_by_entity` and :func:`sentiment_by_source`.

On labelled news sentences (positive / neutral / negative) TextBlob reaches a
macro-F1 of about 0.44 and VADER about 0.49, against 0.19 for always guessing the
majority class: better than chance, far from a human reader. Use the scores to
compare large groups of sentences (sources, outlets, weeks) and read the
sentences behind any striking number; never label a single sentence by its score.

Methods (names are versioned and never change meaning):

* ``textblob.v1`` (default): TextBlob's English pattern lexicon (``en-sentiment.xml``).
  ``polarity`` in [-1, 1] is the mean over the lexicon words and modifier chunks
  found; ``subjectivity`` in [0, 1] is the mean rated subjectivity of the same
  words. Scores are identical to ``textblob.TextBlob(text).sentiment`` (and to
  ``textblob.en.sentiment(text)``); this module re-implements the same algorithm
  over a cached word table because TextBlob's own call costs ~10x more. No NLTK
  data is used.
* ``vader.v1``: VADER (package ``vaderSentiment``), built for social-media text.
  ``polarity`` is its ``compound`` score in [-1, 1]; ``subjectivity`` is NaN
  because VADER has none. Scores equal
  ``SentimentIntensityAnalyzer().polarity_scores(text)["compound"]``.

Example:
    >>> from newslab.sentiment import score_texts
    >>> score_texts(["A good result.", "A very good result.", "Not good."])[["n_lexicon_words", "polarity"]].round(2)
       n_lexicon_words  polarity
    0                1      0.70
    1                2      0.91
    2                1     -0.35
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from newslab.errors import InputError, InputTypeError
from newslab.target_sentiment import explain_target, score_targets

__all__ = [
    "METHODS",
    "DEFAULT_METHOD",
    "score_texts",
    "explain_sentiment",
    "sentiment_by_article",
    "sentiment_by_source",
    "sentiment_by_entity",
    "score_targets",
    "explain_target",
    "AGGREGATE_METHODS",
    "NAMED_LABELS",
]

#: What ``sentiment_by_entity`` and ``sentiment_by_source`` aggregate: the lexicon
#: scores (the tone of the wording) or the target scores (how the target is portrayed).
AGGREGATE_METHODS: tuple[str, ...] = ("lexicon", "target")


DEFAULT_METHOD = "textblob.v1"
METHODS: tuple[str, ...] = ("textblob.v1", "vader.v1")

_SCORE_COLUMNS = ("n_lexicon_words", "polarity", "subjectivity")
_EXPLAIN_COLUMNS = (
    "term_id",
    "word",
    "start_char",
    "end_char",
    "role",
    "lexicon_polarity",
    "lexicon_subjectivity",
    "intensity",
    "negated",
    "polarity",
    "subjectivity",
)


def _check_method(method: str) -> str:
    if method not in METHODS:
        raise InputError(
            f"Unknown sentiment method {method!r}. Expected one of: {', '.join(METHODS)}. "
            "Method names are versioned; pass e.g. method='textblob.v1'."
        )
    return method


# --- textblob.v1 -------------------------------------------------------------------------------
#
# An exact re-implementation of pattern's Sentiment.__call__ for a plain string
# (textblob/_text.py): the same tokenizer output, the same chunking of modifiers and
# negations, the same arithmetic in the same order. Sentences whose tokenization
# needs the rare paths (paragraph breaks, emoticons split by punctuation, "(!)")
# are tokenized by TextBlob's own find_tokens, so identity holds everywhere.


class _TextBlobLexicon(NamedTuple):
    words: dict[str, tuple[float, float, float, bool]]  # word -> (p, s, i, is_modifier)
    negations: frozenset[str]
    punct_lead: frozenset[str]
    punct_trail: frozenset[str]
    punct_tuple: tuple[str, ...]
    punctuation_string: str
    replacements: tuple[tuple[str, str], ...]
    abbreviations: frozenset[str]
    abbr_res: tuple[re.Pattern[str], ...]
    emoticons: dict[str, float]
    re_sarcasm: re.Pattern[str]
    re_emoticons: re.Pattern[str]
    re_linebreak: re.Pattern[str]
    re_space: re.Pattern[str]
    eos: str
    find_tokens: Any


@functools.lru_cache(maxsize=1)
def _textblob() -> _TextBlobLexicon:
    # Imported lazily: textblob imports nltk (slow), and only the lexicon is used.
    from textblob import _text as tb_text
    from textblob.en import sentiment as tb_sentiment

    "good" in tb_sentiment  # noqa: B015 - a lookup makes the lazy dict load its XML file once
    words: dict[str, tuple[float, float, float, bool]] = {}
    for word, by_pos in dict.items(tb_sentiment):
        p, s, i = by_pos[None]
        words[word] = (p, s, i, any(pos in by_pos for pos in tb_sentiment.modifiers))
    # First (kind, p) in dict order wins, as in pattern's loop with `break`.
    emoticons: dict[str, float] = {}
    for (_kind, p), forms in tb_text.EMOTICONS.items():
        for form in sorted(forms):
            emoticons.setdefault(form.lower(), p)
    punct = tuple(tb_text.PUNCTUATION.replace(".", ""))
    return _TextBlobLexicon(
        words=words,
        negations=frozenset(tb_sentiment.negations),
        punct_lead=frozenset(punct),
        punct_trail=frozenset(punct + (".",)),
        punct_tuple=punct,
        punctuation_string=tb_text.PUNCTUATION,
        replacements=tuple(tb_text.replacements.items()),
        abbreviations=frozenset(tb_text.ABBREVIATIONS),
        abbr_res=(tb_text.RE_ABBR1, tb_text.RE_ABBR2, tb_text.RE_ABBR3),
        emoticons=emoticons,
        re_sarcasm=tb_text.RE_SARCASM,
        re_emoticons=tb_text.RE_EMOTICONS,
        re_linebreak=re.compile(r"\n{2,}"),
        re_space=re.compile(r"\s+"),
        eos=tb_text.EOS,
        find_tokens=tb_text.find_tokens,
    )


def _tb_tokens(text: str, lex: _TextBlobLexicon) -> list[str]:
    """Lower-cased tokens exactly as pattern's Sentiment sees them for a string."""
    s = text
    for a, b in lex.replacements:
        if a in s:
            s = s.replace(a, b)
    s = s.replace("“", " “ ").replace("”", " ” ").replace("‘", " ‘ ").replace("’", " ’ ")
    s = s.replace("'", " ' ").replace('"', ' " ').replace("\r\n", "\n")
    if lex.eos in s or ("\n" in s and lex.re_linebreak.search(s)):
        return _tb_tokens_slow(text, lex)
    tokens: list[str] = []
    append = tokens.append
    lead, trail, punct, punct_dot = lex.punct_lead, lex.punct_trail, lex.punct_tuple, lex.punct_tuple + (".",)
    replace_keys = dict(lex.replacements)
    for t in s.split():
        if t[0] not in lead:
            if t[-1] not in trail:
                append(t)
                continue
            # "word," splits into "word" + ","; the loop below would do the same.
            if t[-1] != "." and len(t) > 1 and t[-2] not in trail:
                append(t[:-1])
                append(t[-1])
                continue
        # The rare path, line for line as in pattern's find_tokens.
        tail: list[str] = []
        while t.startswith(punct) and t not in replace_keys:
            append(t[0])
            t = t[1:]
        while t.endswith(punct_dot) and t not in replace_keys:
            if t.endswith(punct):
                tail.append(t[-1])
                t = t[:-1]
            if t.endswith("..."):
                tail.append("...")
                t = t[:-3].rstrip(".")
            if t.endswith("."):
                if t in lex.abbreviations or any(r.match(t) is not None for r in lex.abbr_res):
                    break
                tail.append(t[-1])
                t = t[:-1]
        if t != "":
            append(t)
        tokens.extend(reversed(tail))
    joined = " ".join(tokens)
    if lex.re_sarcasm.search(joined) or lex.re_emoticons.search(joined):
        return _tb_tokens_slow(text, lex)
    return joined.lower().split()


def _tb_tokens_slow(text: str, lex: _TextBlobLexicon) -> list[str]:
    return [w.lower() for w in " ".join(lex.find_tokens(text)).split()]


# One assessment: [token indices, p, s, i, n, label-free]; plus bookkeeping for explain.
def _tb_assess(words: list[str], lex: _TextBlobLexicon, *, explain: bool = False) -> tuple[list[list[Any]], int]:
    """pattern's Sentiment.assessments for (word, None) pairs.

    Returns the assessments as lists ``[p, s, n, token_roles]`` (p already negated
    as in pattern) and the number of tokens that were lexicon evidence.
    """
    lexicon = lex.words
    negations = lex.negations
    emoticons = lex.emoticons
    punctuation_string = lex.punctuation_string
    a: list[list[Any]] = []  # [p, s, i, n, roles]
    m: str | None = None
    n: str | None = None
    n_idx = -1
    n_evidence = 0
    for idx, w in enumerate(words):
        entry = lexicon.get(w)
        if entry is not None:
            p, s, i, is_mod = entry
            n_evidence += 1
            if m is None:
                a.append([p, s, i, 1, [(idx, "lexicon word", p, s, 1.0)] if explain else None])
            else:
                last = a[-1]
                applied = last[2]
                last[0] = max(-1.0, min(p * applied, +1.0))
                last[1] = max(-1.0, min(s * applied, +1.0))
                last[2] = i
                if explain:
                    roles = last[4]
                    # The earlier word of the chunk acted as a modifier of this one.
                    for k in range(len(roles) - 1, -1, -1):
                        if roles[k][1] == "lexicon word":
                            roles[k] = (roles[k][0], "intensifier", roles[k][2], roles[k][3], roles[k][4])
                            break
                    roles.append((idx, "lexicon word", p, s, applied))
            if n is not None:
                last = a[-1]
                last[2] = 1.0 / last[2]
                last[3] = -1
                if explain:
                    last[4].insert(0, (n_idx, "negation", np.nan, np.nan, np.nan))
            m = None
            n = None
            if is_mod:
                m = w
            if w in negations:
                n = w
                n_idx = idx
        else:
            if w in negations:
                n = w
                n_idx = idx
            elif n is not None and len(w.strip("'")) > 1:
                # Negation survives small words only ("not a good").
                n = None
            if m is not None:
                if n is not None and m.endswith("ly"):
                    # "really not good": the negation joins the modifier's term.
                    a[-1][3] = -1
                    if explain:
                        a[-1][4].append((n_idx, "negation", np.nan, np.nan, np.nan))
                    n = None
                elif len(w) > 2:
                    m = None
            if not w.isalpha():
                if w == "!" and len(a) > 0:
                    a[-1][0] = max(-1.0, min(a[-1][0] * 1.25, +1.0))
                    if explain:
                        a[-1][4].append((idx, "exclamation", np.nan, np.nan, 1.25))
                if w == "(!)":
                    n_evidence += 1
                    a.append([0.0, 1.0, 1.0, 1, [(idx, "irony mark", 0.0, 1.0, 1.0)] if explain else None])
                if len(w) <= 5 and w not in punctuation_string:
                    ep = emoticons.get(w)
                    if ep is not None:
                        n_evidence += 1
                        a.append([ep, 1.0, 1.0, 1, [(idx, "emoticon", ep, 1.0, 1.0)] if explain else None])
    for item in a:
        if item[3] < 0:
            item[0] = item[0] * -0.5
    return a, n_evidence


def _tb_score(text: str, lex: _TextBlobLexicon) -> tuple[int, float, float]:
    a, n_evidence = _tb_assess(_tb_tokens(text, lex), lex)
    if not a:
        return n_evidence, 0.0, 0.0
    # Sum in order, as pattern's avg() does, so floats are bit-identical.
    sp = 0
    ss = 0
    for item in a:
        sp += item[0]
        ss += item[1]
    k = float(len(a))
    return n_evidence, sp / k, ss / k


# --- vader.v1 ----------------------------------------------------------------------------------


class _Vader(NamedTuple):
    analyzer: Any
    sentitext: Any
    booster: dict[str, float]
    negate: frozenset[str]
    emoji_chars: frozenset[str]


@functools.lru_cache(maxsize=1)
def _vader() -> _Vader:
    from vaderSentiment import vaderSentiment as vs

    analyzer = vs.SentimentIntensityAnalyzer()
    # polarity_scores looks emoji up one character at a time, so only 1-char keys matter.
    emoji_chars = frozenset(k for k in analyzer.emojis if len(k) == 1)
    return _Vader(analyzer, vs.SentiText, dict(vs.BOOSTER_DICT), frozenset(vs.NEGATE), emoji_chars)


def _vader_prepare(text: str, vd: _Vader) -> str:
    # The emoji pass of polarity_scores is a per-character Python loop; skip it when
    # the text holds no emoji (the result is then text.strip(), exactly as there).
    if not vd.emoji_chars.isdisjoint(text):
        out = ""
        prev_space = True
        for ch in text:
            if ch in vd.analyzer.emojis:
                if not prev_space:
                    out += " "
                out += vd.analyzer.emojis[ch]
                prev_space = False
            else:
                out += ch
                prev_space = ch == " "
        return out.strip()
    return text.strip()


def _vader_run(text: str, vd: _Vader) -> tuple[int, float, list[str], list[float], list[float]]:
    """polarity_scores, step by step: (n_lexicon_words, compound, words, valences before and after 'but')."""
    analyzer = vd.analyzer
    lexicon = analyzer.lexicon
    prepared = _vader_prepare(text, vd)
    sentitext = vd.sentitext(prepared)
    words = sentitext.words_and_emoticons
    sentiments: list[float] = []
    n_lex = 0
    last = len(words) - 1
    for i, item in enumerate(words):
        low = item.lower()
        if low in vd.booster:
            sentiments.append(0)
            continue
        if i < last and low == "kind" and words[i + 1].lower() == "of":
            sentiments.append(0)
            continue
        if low in lexicon:
            n_lex += 1
        sentiments = analyzer.sentiment_valence(0, sentitext, item, i, sentiments)
    before = list(sentiments)
    sentiments = analyzer._but_check(words, sentiments)
    compound = analyzer.score_valence(sentiments, prepared)["compound"]
    return n_lex, float(compound), list(words), before, list(sentiments)


# --- public API --------------------------------------------------------------------------------


def _as_texts(texts: Sequence[str]) -> list[str]:
    if isinstance(texts, str):
        raise InputTypeError(
            "score_texts() expects a sequence of texts (list, tuple or Series) and got a single str. "
            "Wrap it in a list: score_texts([text])."
        )
    out: list[str] = []
    for t in texts:
        if t is None or (isinstance(t, float) and np.isnan(t)) or t is pd.NA:
            out.append("")
        elif isinstance(t, str):
            out.append(t)
        else:
            raise InputTypeError(f"score_texts() expects strings; got {type(t).__name__}: {t!r}.")
    return out


def score_texts(texts: Sequence[str], *, method: str = DEFAULT_METHOD) -> pd.DataFrame:
    """Score each text with a sentiment lexicon.

    Args:
        texts: Sentences or quote contents (a list, tuple or Series of str; missing
            values count as empty texts).
        method: ``"textblob.v1"`` (default) or ``"vader.v1"``.

    Returns:
        One row per text, in the same order, on a RangeIndex: ``n_lexicon_words``
        (int64; words found in the lexicon, 0 = no evidence), ``polarity``
        (float64, -1..1; 0.0 when there is no evidence) and ``subjectivity``
        (float64, 0..1; NaN for ``vader.v1``). ``attrs["methods"]`` records the method.

    Raises:
        InputError: For an unknown method (the message lists the valid ones).
        InputTypeError: When ``texts`` is a single string or holds non-strings.

    Example:
        >>> float(score_texts(["Not good at all."], method="textblob.v1").loc[0, "polarity"])
        -0.35
    """
    _check_method(method)
    n_lex, pol, subj = _score_arrays(_as_texts(texts), method)
    # copy=False and an explicit index skip work pandas would otherwise repeat on every call.
    out = pd.DataFrame(
        {"n_lexicon_words": n_lex, "polarity": pol, "subjectivity": subj}, index=pd.RangeIndex(len(n_lex)), copy=False
    )
    out.attrs["methods"] = {"sentiment": method}
    return out


def _score_arrays(items: list[str], method: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(n_lexicon_words, polarity, subjectivity)`` arrays for checked texts and a checked method."""
    n = len(items)
    n_lex = np.zeros(n, dtype=np.int64)
    pol = np.zeros(n, dtype=np.float64)
    if method == "textblob.v1":
        subj = np.zeros(n, dtype=np.float64)
        lex = _textblob()
        for k, text in enumerate(items):
            n_lex[k], pol[k], subj[k] = _tb_score(text, lex)
    else:
        subj = np.full(n, np.nan, dtype=np.float64)
        vd = _vader()
        for k, text in enumerate(items):
            n_lex[k], pol[k], *_ = _vader_run(text, vd)
    return n_lex, pol, subj


def _locate(text: str, words: Sequence[str]) -> list[tuple[int, int] | None]:
    """Character spans of tokens found left to right in ``text`` (case-insensitive)."""
    # Lower-case character by character, keeping characters whose lower case is longer
    # ('İ' -> 'i̇'), so offsets in ``lowered`` are offsets in ``text``.
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    pos = 0
    spans: list[tuple[int, int] | None] = []
    for w in words:
        at = lowered.find(w, pos)
        if at < 0:
            spans.append(None)
            continue
        spans.append((at, at + len(w)))
        pos = at + len(w)
    return spans


def explain_sentiment(text: str, *, method: str = DEFAULT_METHOD) -> pd.DataFrame:
    """The words and modifiers that drove the sentiment score of one text.

    For ``textblob.v1`` the score is the mean of the ``polarity`` column over the
    rows whose role is ``"lexicon word"``, ``"emoticon"`` or ``"irony mark"``; each
    such row's ``polarity`` is its contribution after the modifiers of its term
    (``intensity`` is the multiplier applied: "very" 1.3; negation flips the sign
    and halves it). For ``vader.v1`` the per-word ``polarity`` is VADER's valence
    on its own -4..+4 scale after boosters, negation and "but" (the sentence's
    compound score normalises their sum); ``subjectivity`` is NaN.

    Args:
        text: One sentence or quote.
        method: ``"textblob.v1"`` (default) or ``"vader.v1"``.

    Returns:
        One row per word that drove the score, in text order within each term:
        ``term_id`` (the scored unit the word belongs to), ``word``,
        ``start_char``/``end_char`` (offsets into ``text``; missing when a token
        cannot be located), ``role`` ("lexicon word", "intensifier", "negation",
        "exclamation", "emoticon", "irony mark", "contrast"), ``lexicon_polarity``
        and ``lexicon_subjectivity`` (the word's own rating), ``intensity``,
        ``negated``, and ``polarity``/``subjectivity`` (the contribution; NaN on
        modifier rows). ``attrs`` holds ``polarity``, ``subjectivity``,
        ``n_lexicon_words`` and ``methods``. No rows when no lexicon word occurs.

    Raises:
        InputError: For an unknown method.
        InputTypeError: When ``text`` is not a string.

    Example:
        >>> explain_sentiment("It was not good.")[["word", "role", "polarity"]]
           word          role  polarity
        0   not      negation       NaN
        1  good  lexicon word     -0.35
    """
    _check_method(method)
    if not isinstance(text, str):
        raise InputTypeError(f"explain_sentiment() expects one str; got {type(text).__name__}.")
    rows: list[dict[str, Any]] = []
    if method == "textblob.v1":
        lex = _textblob()
        words = _tb_tokens(text, lex)
        spans = _locate(text, words)
        a, n_evidence = _tb_assess(words, lex, explain=True)
        for term_id, (p, s, _i, neg, roles) in enumerate(a):
            for idx, role, lp, ls, intensity in roles:
                scored = role in ("lexicon word", "emoticon", "irony mark")
                span = spans[idx]
                rows.append(
                    {
                        "term_id": term_id,
                        "word": words[idx] if span is None else text[span[0] : span[1]],
                        "start_char": None if span is None else span[0],
                        "end_char": None if span is None else span[1],
                        "role": role,
                        "lexicon_polarity": lp,
                        "lexicon_subjectivity": ls,
                        "intensity": intensity,
                        "negated": bool(neg < 0) and scored,
                        "polarity": p if scored else np.nan,
                        "subjectivity": s if scored else np.nan,
                    }
                )
        n_lex, pol, subj = _tb_score(text, lex)
    else:
        vd = _vader()
        n_lex, pol, words, before, after = _vader_run(text, vd)
        spans = _locate(text, words)
        lexicon = vd.analyzer.lexicon
        lowered = [w.lower() for w in words]
        has_but = "but" in lowered
        term_id = -1
        for i, w in enumerate(words):
            low = lowered[i]
            # VADER skips boosters and "kind of" before looking words up.
            if low not in lexicon or low in vd.booster:
                continue
            if low == "kind" and i < len(words) - 1 and lowered[i + 1] == "of":
                continue
            term_id += 1
            negated = False
            for j in range(max(0, i - 3), i):
                lj = lowered[j]
                span = spans[j]
                role = None
                if lj in vd.negate or "n't" in lj:
                    role, negated = "negation", True
                elif lj in vd.booster and lj not in lexicon:
                    role = "intensifier"
                if role is not None:
                    rows.append(
                        {
                            "term_id": term_id,
                            "word": words[j] if span is None else text[span[0] : span[1]],
                            "start_char": None if span is None else span[0],
                            "end_char": None if span is None else span[1],
                            "role": role,
                            "lexicon_polarity": np.nan,
                            "lexicon_subjectivity": np.nan,
                            "intensity": vd.booster.get(lj, np.nan) if role == "intensifier" else np.nan,
                            "negated": False,
                            "polarity": np.nan,
                            "subjectivity": np.nan,
                        }
                    )
            span = spans[i]
            base = float(lexicon[low])
            rows.append(
                {
                    "term_id": term_id,
                    "word": w if span is None else text[span[0] : span[1]],
                    "start_char": None if span is None else span[0],
                    "end_char": None if span is None else span[1],
                    "role": "lexicon word",
                    "lexicon_polarity": base,
                    "lexicon_subjectivity": np.nan,
                    "intensity": (before[i] / base) if base else np.nan,
                    "negated": negated or (base * before[i] < 0),
                    "polarity": float(after[i]),
                    "subjectivity": np.nan,
                }
            )
        if has_but and any(b != a_ for b, a_ in zip(before, after)):
            bi = lowered.index("but")
            span = spans[bi]
            rows.append(
                {
                    "term_id": term_id + 1,
                    "word": words[bi] if span is None else text[span[0] : span[1]],
                    "start_char": None if span is None else span[0],
                    "end_char": None if span is None else span[1],
                    "role": "contrast",
                    "lexicon_polarity": np.nan,
                    "lexicon_subjectivity": np.nan,
                    "intensity": 1.5,
                    "negated": False,
                    "polarity": np.nan,
                    "subjectivity": np.nan,
                }
            )
        subj = np.nan
    out = pd.DataFrame(rows, columns=list(_EXPLAIN_COLUMNS))
    out = out.astype(
        {
            "term_id": "int64",
            "word": "string",
            "start_char": "Int64",
            "end_char": "Int64",
            "role": "string",
            "lexicon_polarity": "float64",
            "lexicon_subjectivity": "float64",
            "intensity": "float64",
            "negated": "bool",
            "polarity": "float64",
            "subjectivity": "float64",
        }
    )
    out.attrs.update(
        {"polarity": pol, "subjectivity": subj, "n_lexicon_words": int(n_lex), "methods": {"sentiment": method}}
    )
    return out


# --- aggregates --------------------------------------------------------------------------------


def _table(tables: Any, name: str) -> pd.DataFrame:
    try:
        df = getattr(tables, name)
    except AttributeError:
        raise InputTypeError(
            f"Expected newslab Tables (from newslab.analyze) with a {name!r} table; got {type(tables).__name__}."
        ) from None
    if not isinstance(df, pd.DataFrame):
        raise InputTypeError(f"tables.{name} should be a DataFrame; got {type(df).__name__}.")
    return df


def _method_of(df: pd.DataFrame) -> str:
    methods = df.attrs.get("methods") or {}
    method = methods.get("sentiment") if isinstance(methods, dict) else None
    return method if method in METHODS else DEFAULT_METHOD


def _summarise(df: pd.DataFrame, keys: list[str], unit: str) -> pd.DataFrame:
    """Means over all rows and over rows with lexicon evidence, plus counts, per group."""
    work = df[keys].copy()
    scored = df["n_lexicon_words"].to_numpy() > 0
    work["_n"] = 1
    work["_scored"] = scored.astype("int64")
    work["_p"] = df["polarity"].to_numpy(dtype="float64")
    work["_s"] = df["subjectivity"].to_numpy(dtype="float64")
    work["_ps"] = np.where(scored, work["_p"], np.nan)
    work["_ss"] = np.where(scored, work["_s"], np.nan)
    g = work.groupby(keys, sort=True, observed=True, dropna=False)
    out = pd.DataFrame(
        {
            f"n_{unit}": g["_n"].sum().astype("int64"),
            f"n_scored_{unit}": g["_scored"].sum().astype("int64"),
            "polarity": g["_p"].mean(),
            "polarity_scored": g["_ps"].mean(),
            "subjectivity": g["_s"].mean(),
            "subjectivity_scored": g["_ss"].mean(),
        }
    ).reset_index()
    return out


def sentiment_by_article(tables: Any) -> pd.DataFrame:
    """Mean sentence sentiment per article (never the whole article scored in one call).

    Args:
        tables: :class:`newslab.tables.Tables` (uses ``articles`` and ``sentences``).

    Returns:
        One row per article in the articles table (articles without sentences
        get zero counts and NaN means): ``article_id``, ``headline``,
        ``n_sentences``, ``n_scored_sentences`` (sentences with at least one
        lexicon word), ``polarity`` and ``subjectivity`` (means over all
        sentences; sentences without evidence count as 0.0), and
        ``polarity_scored`` / ``subjectivity_scored`` (means over the scored
        sentences only).

    Raises:
        InputTypeError: When ``tables`` has no sentences/articles DataFrames.
    """
    articles = _table(tables, "articles")
    sentences = _table(tables, "sentences")
    summary = _summarise(sentences, ["article_id"], "sentences")
    base = articles[["article_id"]].copy()
    base["headline"] = articles["headline"] if "headline" in articles.columns else pd.NA
    out = base.merge(summary, on="article_id", how="left")
    for col in ("n_sentences", "n_scored_sentences"):
        out[col] = out[col].fillna(0).astype("int64")
    out.attrs["methods"] = {"sentiment": _method_of(sentences)}
    return out.reset_index(drop=True)


def _check_aggregate(method: str) -> str:
    if method not in AGGREGATE_METHODS:
        raise InputError(
            f"Unknown method {method!r} for an aggregate. Expected 'lexicon' (the tone of the wording, "
            "the default) or 'target' (how the sentence portrays the entity or source)."
        )
    return method


def _target_rows(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """``df`` checked to carry target sentiment (``target_label``/``target_score``)."""
    methods = df.attrs.get("methods") or {}
    on = isinstance(methods, dict) and "target_sentiment" in methods
    has = "target_score" in df.columns and "target_label" in df.columns
    if not has or (not on and not df["target_score"].notna().any()):
        raise InputError(
            f"The {table} table has no target sentiment, so method='target' has nothing to aggregate. "
            "Analyse with target sentiment on: nl.analyze(..., target_sentiment=True) "
            "(or `newslab analyze --target-sentiment`)."
        )
    return df


def _summarise_targets(work: pd.DataFrame, keys: list[str], unit: str) -> pd.DataFrame:
    """Counts of target labels and the mean target score per group (rows with a score only in the mean)."""
    labels = work["target_label"].astype("object")
    scored = work["target_score"].notna().to_numpy()
    frame = work[keys].copy()
    frame["_n"] = 1
    frame["_scored"] = scored.astype("int64")
    for name in ("negative", "neutral", "positive"):
        frame[f"_{name}"] = (labels == name).to_numpy().astype("int64")
    frame["_score"] = work["target_score"].to_numpy(dtype="float64")
    g = frame.groupby(keys, sort=True, observed=True, dropna=False)
    return pd.DataFrame(
        {
            f"n_{unit}": g["_n"].sum().astype("int64"),
            f"n_scored_{unit}": g["_scored"].sum().astype("int64"),
            "n_negative": g["_negative"].sum().astype("int64"),
            "n_neutral": g["_neutral"].sum().astype("int64"),
            "n_positive": g["_positive"].sum().astype("int64"),
            "target_score": g["_score"].mean(),
        }
    ).reset_index()


def _target_method_of(df: pd.DataFrame) -> str:
    from newslab.target_sentiment import METHOD as TARGET_METHOD

    methods = df.attrs.get("methods") or {}
    method = methods.get("target_sentiment") if isinstance(methods, dict) else None
    return str(method) if method else TARGET_METHOD


def _quote_sources(quotes: pd.DataFrame) -> pd.Series:
    """The source key of each quote, as in the sources table."""
    canon = quotes["speaker_canonical"].astype("object")
    written = quotes["speaker"].astype("object") if "speaker" in quotes.columns else pd.Series(None, index=quotes.index)
    source = canon.where(canon.notna() & (canon.astype(str).str.strip() != ""), written)
    source = source.where(source.notna() & (source.astype(str).str.strip() != ""), "(unknown)")
    return source.astype(str)


def sentiment_by_source(tables: Any, *, method: str = "lexicon") -> pd.DataFrame:
    """Mean sentiment of each source's statements, or toward each source, over the whole corpus.

    With ``method="lexicon"`` (default) the tone measured is that of the words
    a source is reported to have said (direct and indirect), not the
    reporter's view of the source. With ``method="target"`` it is how the
    sentences that quote a source portray the source itself (the target
    model's ``quotes.target_score``, toward the speaker mention).

    Args:
        tables: :class:`newslab.tables.Tables` (uses ``quotes``).
        method: ``"lexicon"`` or ``"target"`` (needs tables analysed with
            ``target_sentiment=True``).

    Returns:
        One row per (source, source_type), sorted by number of quotes (most
        first), then name. For ``"lexicon"``: ``source``, ``source_type``,
        ``n_articles``, ``n_quotes``, ``n_scored_quotes``, ``polarity``,
        ``polarity_scored``, ``subjectivity``, ``subjectivity_scored``. For
        ``"target"``: ``source``, ``source_type``, ``n_articles``,
        ``n_quotes``, ``n_scored_quotes`` (quotes whose speaker mention was
        scored; a speaker mention that introduces several statements counts
        once), ``n_negative``, ``n_neutral``, ``n_positive`` and
        ``target_score`` (mean of P(positive) - P(negative) over the scored
        mentions). The source is the resolved speaker
        (``speaker_canonical``), else the speaker as written.

    Raises:
        InputTypeError: When ``tables`` has no quotes DataFrame.
        InputError: An unknown ``method``, or ``"target"`` on tables without target sentiment.
    """
    _check_aggregate(method)
    quotes = _table(tables, "quotes")
    if method == "target":
        return _targets_by_source(quotes)
    method = _method_of(quotes)
    work = pd.DataFrame(
        {
            "source": _quote_sources(quotes),
            "source_type": quotes["speaker_type"].astype("object").fillna("unknown").astype(str),
            "article_id": quotes["article_id"].astype("object"),
            "polarity": quotes["polarity"].to_numpy(dtype="float64"),
            "subjectivity": quotes["subjectivity"].to_numpy(dtype="float64"),
        }
    )
    if "n_lexicon_words" in quotes.columns:
        work["n_lexicon_words"] = quotes["n_lexicon_words"].to_numpy(dtype="int64")
    else:
        # The quotes table keeps scores only; the evidence count is cheap to recompute.
        work["n_lexicon_words"] = score_texts(quotes["text"].fillna("").tolist(), method=method)["n_lexicon_words"].to_numpy()
    summary = _summarise(work, ["source", "source_type"], "quotes")
    n_articles = work.groupby(["source", "source_type"], sort=True)["article_id"].nunique().rename("n_articles")
    summary = summary.merge(n_articles.reset_index(), on=["source", "source_type"], how="left")
    cols = ["source", "source_type", "n_articles", "n_quotes", "n_scored_quotes",
            "polarity", "polarity_scored", "subjectivity", "subjectivity_scored"]
    out = summary[cols].sort_values(["n_quotes", "source", "source_type"], ascending=[False, True, True], kind="stable")
    out = out.reset_index(drop=True)
    out["n_articles"] = out["n_articles"].astype("int64")
    out.attrs["methods"] = {"sentiment": method}
    return out


def _targets_by_source(quotes: pd.DataFrame) -> pd.DataFrame:
    quotes = _target_rows(quotes, "quotes")
    work = pd.DataFrame(
        {
            "source": _quote_sources(quotes),
            "source_type": quotes["speaker_type"].astype("object").fillna("unknown").astype(str),
            "article_id": quotes["article_id"].astype("object"),
            "speaker_start_char": quotes["speaker_start_char"].astype("object"),
            "target_label": quotes["target_label"].astype("object"),
            "target_score": quotes["target_score"].to_numpy(dtype="float64"),
        }
    )
    keys = ["source", "source_type"]
    n_quotes = work.groupby(keys, sort=True).agg(n_quotes=("article_id", "size"), n_articles=("article_id", "nunique"))
    # One speaker mention that introduces several statements is one judgement, counted once.
    scored = work[work["target_score"].notna()].drop_duplicates(["article_id", "speaker_start_char", *keys])
    summary = _summarise_targets(scored, keys, "mentions").set_index(keys)
    out = n_quotes.join(summary, how="left").reset_index()
    out = out.rename(columns={"n_scored_mentions": "n_scored_quotes"})
    for col in ("n_scored_quotes", "n_negative", "n_neutral", "n_positive"):
        out[col] = out[col].fillna(0).astype("int64")
    cols = ["source", "source_type", "n_articles", "n_quotes", "n_scored_quotes", "n_negative", "n_neutral",
            "n_positive", "target_score"]
    out = out[cols].sort_values(["n_quotes", "source", "source_type"], ascending=[False, True, True], kind="stable")
    out = out.reset_index(drop=True)
    out["n_articles"] = out["n_articles"].astype("int64")
    out["n_quotes"] = out["n_quotes"].astype("int64")
    out.attrs["methods"] = {"target_sentiment": _target_method_of(quotes)}
    return out


#: Entity labels that name something (dates, times and numbers are left out by default).
NAMED_LABELS: tuple[str, ...] = (
    "PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE",
)


def sentiment_by_entity(
    tables: Any, *, top: int | None = None, labels: Sequence[str] | None = NAMED_LABELS, method: str = "lexicon"
) -> pd.DataFrame:
    """Mean sentiment of the sentences that mention each entity, or toward each entity (by canonical name).

    With ``method="lexicon"`` (default) the score is the tone of the sentences
    around the entity, whoever speaks, not a judgement about the entity
    itself; a sentence that mentions an entity twice counts once for it. With
    ``method="target"`` it is how each sentence portrays the entity (the
    target model's ``entities.target_score``), one score per mention.

    Args:
        tables: :class:`newslab.tables.Tables` (uses ``entities`` and ``sentences``).
        top: Keep only the ``top`` entities with the most sentences (lexicon)
            or mentions (target).
        labels: Entity labels to include; default the naming labels
            (:data:`NAMED_LABELS`: people, organisations, places, groups, ...);
            None includes every label (dates and numbers too).
        method: ``"lexicon"`` or ``"target"`` (needs tables analysed with
            ``target_sentiment=True``).

    Returns:
        One row per canonical entity. For ``"lexicon"``, sorted by
        ``n_sentences`` (most first), then name: ``canonical``, ``label`` (its
        most frequent label), ``n_mentions``, ``n_articles``, ``n_sentences``,
        ``n_scored_sentences``, ``polarity``, ``polarity_scored``,
        ``subjectivity``, ``subjectivity_scored``. For ``"target"``, sorted by
        ``n_mentions``, then name: ``canonical``, ``label``, ``n_mentions``,
        ``n_articles``, ``n_scored_mentions``, ``n_negative``, ``n_neutral``,
        ``n_positive`` and ``target_score`` (mean of P(positive) -
        P(negative) over the scored mentions).

    Raises:
        InputTypeError: When ``tables`` lacks the tables or ``top`` is not an int.
        InputError: When ``top`` is negative, ``method`` unknown, or
            ``"target"`` is asked of tables without target sentiment.
    """
    if top is not None and (not isinstance(top, (int, np.integer)) or isinstance(top, bool)):
        raise InputTypeError(f"top must be an int or None; got {type(top).__name__}.")
    if top is not None and top < 0:
        raise InputError(f"top must be 0 or more; got {top}.")
    _check_aggregate(method)
    if method == "target":
        return _targets_by_entity(_table(tables, "entities"), top=top, labels=labels)
    entities = _table(tables, "entities")
    sentences = _table(tables, "sentences")
    cols = ["canonical", "label", "n_mentions", "n_articles", "n_sentences", "n_scored_sentences",
            "polarity", "polarity_scored", "subjectivity", "subjectivity_scored"]
    ents = pd.DataFrame(
        {
            "article_id": entities["article_id"].astype("object"),
            "sent_id": entities["sent_id"].to_numpy(dtype="int64"),
            "canonical": entities["canonical"].astype("object").fillna(entities["text"].astype("object")).astype(str),
            "label": entities["label"].astype("object").astype(str),
        }
    )
    if labels is not None:
        ents = ents[ents["label"].isin(list(labels))]
    if not len(ents):
        out = pd.DataFrame({c: pd.Series([], dtype="float64") for c in cols})
        out = out.astype({"canonical": "object", "label": "object", "n_mentions": "int64", "n_articles": "int64",
                          "n_sentences": "int64", "n_scored_sentences": "int64"})
        out.attrs["methods"] = {"sentiment": _method_of(sentences)}
        return out
    mentions = ents.groupby("canonical", sort=True).agg(n_mentions=("sent_id", "size"), n_articles=("article_id", "nunique"))
    # Most frequent label; ties go to the alphabetically first label (deterministic).
    label_counts = ents.groupby(["canonical", "label"], sort=True).size().rename("n").reset_index()
    label_counts = label_counts.sort_values(["canonical", "n", "label"], ascending=[True, False, True], kind="stable")
    labels = label_counts.drop_duplicates("canonical").set_index("canonical")["label"]
    pairs = ents[["canonical", "article_id", "sent_id"]].drop_duplicates()
    sents = pd.DataFrame(
        {
            "article_id": sentences["article_id"].astype("object"),
            "sent_id": sentences["sent_id"].to_numpy(dtype="int64"),
            "n_lexicon_words": sentences["n_lexicon_words"].to_numpy(dtype="int64"),
            "polarity": sentences["polarity"].to_numpy(dtype="float64"),
            "subjectivity": sentences["subjectivity"].to_numpy(dtype="float64"),
        }
    )
    joined = pairs.merge(sents, on=["article_id", "sent_id"], how="inner")
    summary = _summarise(joined, ["canonical"], "sentences").set_index("canonical")
    out = mentions.join(labels).join(summary, how="left").reset_index()
    for col in ("n_sentences", "n_scored_sentences"):
        out[col] = out[col].fillna(0).astype("int64")
    out = out[cols].sort_values(["n_sentences", "n_mentions", "canonical"], ascending=[False, False, True], kind="stable")
    out = out.reset_index(drop=True)
    if top is not None:
        out = out.head(int(top)).reset_index(drop=True)
    out.attrs["methods"] = {"sentiment": _method_of(sentences)}
    return out


def _targets_by_entity(entities: pd.DataFrame, *, top: int | None, labels: Sequence[str] | None) -> pd.DataFrame:
    entities = _target_rows(entities, "entities")
    cols = ["canonical", "label", "n_mentions", "n_articles", "n_scored_mentions", "n_negative", "n_neutral",
            "n_positive", "target_score"]
    work = pd.DataFrame(
        {
            "article_id": entities["article_id"].astype("object"),
            "canonical": entities["canonical"].astype("object").fillna(entities["text"].astype("object")).astype(str),
            "label": entities["label"].astype("object").astype(str),
            "target_label": entities["target_label"].astype("object"),
            "target_score": entities["target_score"].to_numpy(dtype="float64"),
        }
    )
    if labels is not None:
        work = work[work["label"].isin(list(labels))]
    if not len(work):
        out = pd.DataFrame({c: pd.Series([], dtype="int64") for c in cols})
        out = out.astype({"canonical": "object", "label": "object", "target_score": "float64"})
        out.attrs["methods"] = {"target_sentiment": _target_method_of(entities)}
        return out
    n_articles = work.groupby("canonical", sort=True)["article_id"].nunique().rename("n_articles")
    label_counts = work.groupby(["canonical", "label"], sort=True).size().rename("n").reset_index()
    label_counts = label_counts.sort_values(["canonical", "n", "label"], ascending=[True, False, True], kind="stable")
    main_label = label_counts.drop_duplicates("canonical").set_index("canonical")["label"]
    summary = _summarise_targets(work, ["canonical"], "mentions").set_index("canonical")
    out = summary.join(main_label).join(n_articles).reset_index()
    out["n_articles"] = out["n_articles"].astype("int64")
    out = out[cols].sort_values(["n_mentions", "canonical"], ascending=[False, True], kind="stable").reset_index(drop=True)
    if top is not None:
        out = out.head(int(top)).reset_index(drop=True)
    out.attrs["methods"] = {"target_sentiment": _target_method_of(entities)}
    return out
