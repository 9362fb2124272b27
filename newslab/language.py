"""A cheap heuristic check that an article is in English.

newslab analyses with an English spaCy model; on another language it still
runs but mis-tags sentences, entities and quotes. :func:`detect_language`
guesses the language from the writing system (Chinese, Arabic, Cyrillic, ...)
and, for Latin script, from the share of common function words ("the", "of",
"and" against "el", "der", "le", ...). It needs no model and no download, and
reads only the first ~2,000 characters, so it costs well under a millisecond
per article (under 1% of the analysis itself). It is a warning light, not a language identifier: short texts
and lists of names or numbers are reported as undetermined (``"und"``) and are
never flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newslab.errors import LanguageWarning, warn_once

__all__ = ["detect_language", "looks_english", "warn_non_english", "LANGUAGE_NAMES", "SAMPLE_CHARS"]

#: Characters read from the start of each article.
SAMPLE_CHARS = 2000

#: Fewer words than this (in Latin script) is too little evidence to judge.
_MIN_WORDS = 12
#: Fewer letters than this (any script) is too little evidence to judge.
_MIN_LETTERS = 20

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "es": "Spanish", "de": "German", "fr": "French", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "ar": "Arabic", "fa": "Persian", "he": "Hebrew", "ru": "Russian", "el": "Greek",
    "hi": "Hindi", "th": "Thai", "und": "undetermined",
}

# The most frequent function words of each language. Words shared by several
# languages ("a", "de", "la", "in", "die") still count for each of them; the
# comparison is between shares, so shared words cancel out.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to a in is was that for on it with as he she his her by at from be have has had "
        "are were this which but not or an they their its said will would been who we i you there "
        "after about more than also into over when what could should one two up out".split()
    ),
    "es": frozenset(
        "el la los las de del y que en un una por con para es fue se su sus al lo como más pero "
        "sobre este esta dijo también ha han son ya muy entre cuando sin desde hasta porque".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ein eine einer eines dem den des mit von zu auf für im sich "
        "auch es sie er wir ich wird wurde sind war bei aus nach wie oder aber noch nur vor über "
        "hat haben sagte dass".split()
    ),
    "fr": frozenset(
        "le la les de des du et un une est que qui dans pour pas sur au aux avec il elle ne se "
        "ce cette son sa ses par plus mais ont été être sont nous vous ils leur a dit aussi".split()
    ),
    "it": frozenset(
        "il lo la gli le di del della dei delle e che un una per con non è sono nel nella alla "
        "al da ha hanno si anche più ma come questo questa ha detto stato essere".split()
    ),
    "pt": frozenset(
        "o a os as de do da dos das e que em um uma para com não é foi se por no na nos nas ao "
        "mais mas como seu sua também disse já ser são está".split()
    ),
    "nl": frozenset(
        "de het een en van in is op dat die te met voor zijn niet er aan ook als bij door maar "
        "om nog dan wordt werd heeft hebben zei naar uit over".split()
    ),
}

# Writing systems other than Latin, with the language they most likely mean
# in a news corpus (Han without kana is taken as Chinese).
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja", re.compile("[\u3040-\u30ff\u31f0-\u31ff]")),
    ("zh", re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002a6df]")),
    ("ko", re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("ar", re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")),
    ("he", re.compile("[\u0590-\u05ff]")),
    ("ru", re.compile("[\u0400-\u04ff]")),
    ("el", re.compile("[\u0370-\u03ff\u1f00-\u1fff]")),
    ("hi", re.compile("[\u0900-\u097f]")),
    ("th", re.compile("[\u0e00-\u0e7f]")),
)
_NON_LATIN = re.compile("|".join(pattern.pattern for _, pattern in _SCRIPTS))
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_PERSIAN = re.compile("[\u067e\u0686\u0698\u06af\u06cc]")  # letters Arabic lacks
# word -> languages it is a function word of: one dict lookup per word.
_INDEX: dict[str, tuple[str, ...]] = {}
for _code, _words in _STOPWORDS.items():
    for _w in _words:
        _INDEX[_w] = (*_INDEX.get(_w, ()), _code)
del _code, _words, _w


def detect_language(text: str) -> tuple[str, float]:
    """Guess the language of ``text`` from its script and its function words.

    Only the first :data:`SAMPLE_CHARS` characters are read.

    Args:
        text: Any text.

    Returns:
        ``(code, confidence)``: an ISO 639-1 code ("en", "es", "de", "fr",
        "it", "pt", "nl", "zh", "ja", "ko", "ar", "fa", "he", "ru", "el",
        "hi", "th") or ``"und"`` when there is too little evidence (short
        text, numbers, lists of names), and a confidence between 0 and 1: the
        share of letters in the detected script, or for Latin script the
        detected language's share of the function-word evidence.

    Example:
        >>> detect_language("The minister said on Monday that the talks would resume in May.")[0]
        'en'
        >>> detect_language("El ministro dijo el lunes que las conversaciones se reanudarán en mayo.")[0]
        'es'
        >>> detect_language("12 34 56")
        ('und', 0.0)
    """
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    letters = sum(map(len, words))
    if letters < _MIN_LETTERS:
        return "und", 0.0
    # One scan for any non-Latin letter; the per-script counts only when needed.
    other = len(_NON_LATIN.findall(sample))
    if 2 * other > letters:
        counts = {code: len(pattern.findall(sample)) for code, pattern in _SCRIPTS}
        # Kana marks Japanese even though Japanese also writes in Han.
        code = max(counts, key=lambda c: counts[c])
        n = counts[code]
        if code == "zh" and counts["ja"]:
            code, n = "ja", n + counts["ja"]
        if code == "ar" and _PERSIAN.search(sample):
            code = "fa"
        return code, round(min(n / letters, 1.0), 3)
    if len(words) < _MIN_WORDS:
        return "und", 0.0
    tally = dict.fromkeys(_STOPWORDS, 0)
    for word in words:
        for code in _INDEX.get(word, ()):
            tally[code] += 1
    shares = {code: n / len(words) for code, n in tally.items()}
    best = max(shares, key=lambda code: shares[code])
    total = sum(shares.values())
    if shares[best] < 0.08:
        # Too few function words in any language: a list, a table or headlines.
        return "und", 0.0
    return best, round(shares[best] / total, 3)


def looks_english(text: str) -> bool:
    """True unless ``text`` confidently looks like another language.

    Texts too short or too bare to judge count as English, so only clear cases
    are flagged.

    Example:
        >>> looks_english("Der Minister sagte am Montag, dass die Gespräche im Mai wieder aufgenommen werden.")
        False
        >>> looks_english("OK")
        True
    """
    code, _ = detect_language(text)
    return code in ("en", "und")


def warn_non_english(article_ids: Sequence[str], texts: Sequence[str], *, stacklevel: int = 4) -> list[str]:
    """Warn once about the articles that do not look like English.

    The articles are still analysed; the warning says the English model may
    mis-tag them.

    Args:
        article_ids: Article ids, parallel to ``texts``.
        texts: Article texts.
        stacklevel: Passed to :func:`warnings.warn` so the warning points at
            the user's call.

    Returns:
        The ids of the flagged articles, in input order.

    Warns:
        LanguageWarning: One warning naming every flagged article id (the
        first 20) and the guessed language.
    """
    flagged: list[tuple[str, str]] = []
    for article_id, text in zip(article_ids, texts):
        if not isinstance(text, str):
            continue
        code, _ = detect_language(text)
        if code not in ("en", "und"):
            flagged.append((str(article_id), code))
    if flagged:
        shown = ", ".join(f"{aid!r} ({LANGUAGE_NAMES.get(code, code)})" for aid, code in flagged[:20])
        more = f" and {len(flagged) - 20} more" if len(flagged) > 20 else ""
        noun = "article does" if len(flagged) == 1 else f"{len(flagged)} articles do"
        warn_once(
            f"The {noun} not look like English: {shown}{more}. newslab's English model will "
            "mis-tag sentences, entities and quotes in other languages; the articles were "
            "analysed anyway. Check them, or filter them out on articles.text first.",
            LanguageWarning,
            stacklevel=stacklevel,
        )
    return [aid for aid, _ in flagged]
