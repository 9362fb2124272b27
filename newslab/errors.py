"""The error and warning catalogue.

Every error newslab raises for bad input is a subclass of :class:`NewslabError`
and also of the matching builtin (``ValueError``, ``TypeError``,
``FileNotFoundError``), so ``except ValueError`` keeps working. Messages say
what was expected, what arrived, and what to do next.
"""

from __future__ import annotations

import warnings

__all__ = [
    "NewslabError",
    "InputError",
    "InputTypeError",
    "SourceNotFoundError",
    "DuplicateIdError",
    "MissingColumnError",
    "ModelNotFoundError",
    "SentimentModelError",
    "SchemaError",
    "StoreError",
    "NewslabWarning",
    "InputWarning",
    "QuoteMarkWarning",
    "LanguageWarning",
    "ReviewWarning",
    "warn_once",
]


class NewslabError(Exception):
    """Base class of every error newslab raises on purpose."""


class InputError(NewslabError, ValueError):
    """An input could be found but its content is not usable."""


class InputTypeError(NewslabError, TypeError):
    """An argument has a type newslab cannot work with."""


class SourceNotFoundError(NewslabError, FileNotFoundError):
    """A path given as input does not exist."""


class DuplicateIdError(InputError):
    """Two articles carry the same ``article_id``."""


class MissingColumnError(InputError):
    """A table input has no column that holds the article text."""


class ModelNotFoundError(NewslabError, OSError):
    """No English spaCy model is installed."""


class SentimentModelError(NewslabError, OSError):
    """The target-sentiment model file is missing, unreadable or for another version."""


class SchemaError(NewslabError, ValueError):
    """A table does not satisfy its schema (names, dtypes, keys, offsets)."""


class StoreError(NewslabError, ValueError):
    """A stored dataset is missing, incomplete or from an incompatible version."""


class NewslabWarning(UserWarning):
    """Base class of newslab's warnings."""


class InputWarning(NewslabWarning):
    """Something in the input was repaired or skipped; the rest was processed."""


class QuoteMarkWarning(NewslabWarning):
    """Quotation marks in an article do not pair up."""


class QuoteRuleWarning(NewslabWarning):
    """The quote rules failed on an article (a newslab bug): its quotes are missing, everything else was analysed."""


class LanguageWarning(NewslabWarning):
    """An article does not look like English; the English model may mis-tag it."""


class ReviewWarning(NewslabWarning):
    """A review file does not fit the tables: a different sample, or corrections for changed or missing articles."""


def warn_once(message: str, category: type[Warning] = NewslabWarning, *, stacklevel: int = 3) -> None:
    """Emit ``message`` as a warning of ``category``.

    Python's default filter already shows an identical message from the same
    place only once, so a batch of 10,000 articles with the same problem prints
    one line; messages name the file or article so distinct problems stay visible.
    """
    warnings.warn(message, category, stacklevel=stacklevel)
