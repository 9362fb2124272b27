"""How sure the rules are of a statement and its speaker: the ``confidence`` column.

Every quote row carries the evidence the rules used to make it, as a handful of
categorical features (see :func:`row_features`): the kind, how the content was
paired with its cue (a quotation right before its attribution, a standalone
quotation that borrows the previous speaker, a reported clause after the cue, ...),
the cue's construction and frame, how the speaker was read off the parse (the
subject, an inherited subject of '..., saying', a passive agent, ...) and how it
was resolved (a named entity, a pronoun, a description, an unnamed source).

Two features describe the speaker itself: its surface form (:func:`speaker_form`: a
named entity, a capitalised name without one, a description such as "the
military", a pronoun, an unnamed source or document, nothing) and where it was
found (``where``: in the statement's own sentences, in another sentence, as for a
standalone quotation that borrows an earlier speaker, or nowhere).

A logistic model over a set of feature families (the model's ``families``; the other
features are evidence for readers and weigh nothing) gives the probability that the
row is right (the statement matches an annotated one and its speaker is correct).
Since 0.4.0 one feature counts the other people named next to the statement
(``rivals``): candidates the pairing rules passed over. Its weights live in
``newslab/data/confidence.json``; ``benchmarks/calibrate.py`` fits them on the
annotated development sets, recalibrates the scores (Platt scaling) on rows of text
the rules had not seen (the rows a measured release made on a fresh set before the
set was used for development) and then lowers them until neither those rows nor any
held-out set is predicted to be right more often than it is, so that the score reads
as a conservative probability on articles that neither the rules nor the model have
seen.
"""

from __future__ import annotations

import functools
import json
import math
import re
from importlib import resources

__all__ = ["row_features", "score_rows", "speaker_form", "CONFIDENCE_METHOD"]

#: Versioned name of the confidence model; recorded with the quote method.
CONFIDENCE_METHOD = "quotes.confidence.v3"

# Resolutions that already say what the speaker's form is.
_FORM_OF_RESOLUTION = {"pronoun", "tag", "anonymous", "document_unnamed", "unresolved"}
# A determiner, possessive or number first: a description ("the military", "six energy companies").
_DESCRIPTION = re.compile(
    r"^(?:the|a|an|this|these|those|that|its|his|her|their|our|some|several|many|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\b", re.IGNORECASE)


def speaker_form(*, resolution: str, has_entity: bool, text: str) -> str:
    """The surface form of a speaker: how much the text itself names it.

    ``pronoun``, ``tag``, ``anonymous``, ``document_unnamed`` and ``unresolved`` come
    from how the speaker was resolved; otherwise ``entity`` (a named entity of the
    parse), ``description`` (a determiner or number first, or lowercase: "the
    embassy", "reports") or ``name`` (a capitalised name the parse did not tag).

    Example:
        >>> speaker_form(resolution="name", has_entity=False, text="The military")
        'description'
        >>> speaker_form(resolution="entity", has_entity=True, text="Ofgem")
        'entity'
    """
    if resolution in _FORM_OF_RESOLUTION:
        return resolution
    if has_entity:
        return "entity"
    if _DESCRIPTION.match(text) or text[:1].islower():
        return "description"
    return "name"


def _length_bucket(n_words: int) -> str:
    if n_words <= 3:
        return "1-3"
    if n_words <= 10:
        return "4-10"
    if n_words <= 30:
        return "11-30"
    return "31+"


def row_features(
    *, kind: str, how: str, construction: str, frame: str, path: str, resolution: str, speaker_type: str, via: bool, n_words: int,
    self_named: bool = False, name_words: int = 0, entity_label: str = "none", sentence: str = "medium",
    form: str = "", where: str = "none", rivals: int = 0,
) -> list[str]:
    """The active (one-hot) features of one quote row, as ``name=value`` strings.

    Besides the rules' own evidence, four checks of the speaker: the speaker's name
    inside its own statement (``self_named``: a parse slip), the number of words of the
    canonical name (0, 1, 2 or more), the entity label behind it, and the length of the
    sentence (parses of long sentences go wrong more often). ``form`` is the speaker's
    surface form (:func:`speaker_form`; ``resolution`` when empty) and
    ``where`` where the speaker was found: ``same`` (in the statement's sentences),
    ``other`` (another sentence: a borrowed or earlier speaker) or ``none``.
    ``rivals`` counts the other people named near the statement (0, 1, 2 for two or
    more): candidates the pairing rules passed over.

    Example:
        >>> row_features(kind="direct", how="after", construction="speech", frame="speech", path="subject",
        ...              resolution="entity", speaker_type="person", via=False, n_words=12)[:3]
        ['kind=direct', 'how=after', 'construction=speech']
    """
    return [
        f"kind={kind}",
        f"how={how}",
        f"construction={construction}",
        f"frame={frame}",
        f"path={path}",
        f"resolution={resolution}",
        f"type={speaker_type}",
        f"via={'yes' if via else 'no'}",
        f"words={_length_bucket(n_words)}",
        f"kind*resolution={kind}*{resolution}",
        f"self_named={'yes' if self_named else 'no'}",
        f"name_words={name_words}",
        f"entity_label={entity_label}",
        f"sentence={sentence}",
        f"type*name_words={speaker_type}*{name_words}",
        f"form={form or resolution}",
        f"where={where}",
        f"rivals={min(rivals, 2)}",
        f"kind*rivals={kind}*{min(rivals, 2)}",
    ]


@functools.lru_cache(maxsize=1)
def _model() -> dict | None:
    path = resources.files("newslab").joinpath("data/confidence.json")
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def score_rows(features: list[list[str]]) -> list[float]:
    """Calibrated probability that each row is right, from its features.

    Unknown features (and those of families the model was not fitted on) weigh
    nothing. Without a fitted model (no ``newslab/data/confidence.json``) every
    score is NaN.
    """
    model = _model()
    if model is None:
        return [math.nan] * len(features)
    weights: dict[str, float] = model["weights"]
    b0 = float(model["intercept"])
    a, b = float(model["platt"]["a"]), float(model["platt"]["b"])
    out = []
    for feats in features:
        z = b0 + sum(weights.get(f, 0.0) for f in feats)
        z = a * z + b  # Platt recalibration on out-of-set predictions, lowered to the hardest set
        out.append(round(1.0 / (1.0 + math.exp(-z)), 4))
    return out
