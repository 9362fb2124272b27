"""Small real news corpora shipped with the package, for teaching and examples.

Like scikit-learn's ``sklearn.datasets`` and textacy's datasets, each loader
returns the data in the shape the rest of the library takes (here an
articles-ready DataFrame that :func:`newslab.analyze` and
:func:`newslab.read_articles` accept) and documents its fields, licence and
citation in ``DataFrame.attrs``.

The corpus is real news, not invented: findings from it are about the world,
with the caveats of a volunteer-written outlet (see ``attrs["description"]``).
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

import pandas as pd

from newslab.errors import InputError, InputTypeError

__all__ = ["wikinews", "WIKINEWS_LICENCE", "WIKINEWS_CITATION"]

_WIKINEWS_FILE = "wikinews-1000.jsonl.gz"

WIKINEWS_LICENCE = (
    "Contains text from Wikinews (https://en.wikinews.org), (c) Wikinews contributors, "
    "licensed under CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/)."
)
WIKINEWS_CITATION = (
    "Wikinews contributors. English Wikinews articles, 2004-2018 (economy and politics), "
    "sample of 1,000 articles shipped with newslab. Licensed CC BY 2.5. Compiled by the "
    "toscaData project (Docma-TU, TU Dortmund). https://en.wikinews.org"
)
_DESCRIPTION = (
    "1,000 English Wikinews articles (2004-11 to 2018-03; economy and politics categories; "
    "80-1,200 words each), drawn at random with a fixed seed from a 4,722-article corpus and "
    "stored in date order. Fields: id (stable string id), title (headline), date (publication "
    "date, YYYY-MM-DD), url (the original article), text (paragraphs separated by blank lines). "
    "The text was rebuilt from wiki markup: a few link texts are lost, quotation marks are mostly "
    "straight, and datelines were removed. Most articles are from 2005-2008."
)


@lru_cache(maxsize=1)
def _wikinews_records() -> tuple[dict[str, str], ...]:
    raw = resources.files("newslab").joinpath("data", _WIKINEWS_FILE).read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


def wikinews(n: int | None = None, *, seed: int = 0) -> pd.DataFrame:
    """Real news for teaching: a sample of English Wikinews (CC BY 2.5).

    Args:
        n: How many articles: ``None`` for all 1,000, otherwise a random sample
            of ``n`` drawn with ``seed`` (the same ``n`` and ``seed`` always give
            the same articles), returned in date order.
        seed: Seed of the sample; ignored when ``n`` is ``None``.

    Returns:
        One row per article with the columns ``id``, ``title``, ``date``,
        ``source`` (always "Wikinews"), ``url`` and ``text``; ready for
        :func:`newslab.analyze`. ``attrs`` holds ``description``, ``licence``
        and ``citation``: cite the data as ``attrs["citation"]`` says.

    Raises:
        InputTypeError: ``n`` or ``seed`` is not a whole number.
        InputError: ``n`` is below 1 or above the number of articles.

    Example:
        >>> from newslab.datasets import wikinews
        >>> df = wikinews(5)
        >>> len(df), list(df.columns)
        (5, ['id', 'title', 'date', 'source', 'url', 'text'])
        >>> df["date"].is_monotonic_increasing
        True
    """
    records = _wikinews_records()
    if n is not None:
        if isinstance(n, bool) or not isinstance(n, int):
            raise InputTypeError(f"n must be a whole number of articles or None, not {type(n).__name__}.")
        if not 1 <= n <= len(records):
            raise InputError(f"n must be between 1 and {len(records)} (the articles in the sample); got {n}.")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise InputTypeError(f"seed must be a whole number, not {type(seed).__name__}.")
    df = pd.DataFrame.from_records(list(records), columns=["id", "title", "date", "url", "text"])
    df.insert(3, "source", "Wikinews")
    if n is not None and n < len(df):
        df = df.sample(n=n, random_state=seed).sort_values(["date", "id"], kind="stable")
    df = df.reset_index(drop=True)
    df.attrs = {"description": _DESCRIPTION, "licence": WIKINEWS_LICENCE, "citation": WIKINEWS_CITATION, "name": "wikinews"}
    return df
