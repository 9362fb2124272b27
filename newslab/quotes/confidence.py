"""How sure the rules are of a statement and its speaker: the ``confidence`` column.

Every quote row carries the evidence the rules used to make it, as a handful of
categorical features (see :func:`row_features`): the kind, how the content was
paired with its cue (a quotation right before its attribution, a standalone
quotation that borrows the previous speaker, a reported clause after the cue, ...),
the cue's construction and frame, how the speaker was read off the parse (the
subject, an inherited subject of '..., saying', a passive agent, ...) and how it
was resolved (a named entity, a pronoun, a description, an unnamed source).

A logistic model over these features gives the probability that the row is right
(the statement matches an annotated one and its speaker is correct). Its weights
live in ``newslab/data/confidence.json``; ``benchmarks/calibrate.py`` fits them on
the annotated development sets and recalibrates the scores on out-of-fold
predictions (Platt scaling), so that the score reads as a probability on articles
the model was not fitted on.
"""

from __future__ import annotations

import functools
import json
import math
from importlib import resources

__all__ = ["row_features", "score_rows", "CONFIDENCE_METHOD"]

#: Versioned name of the confidence model; recorded with the quote method.
CONFIDENCE_METHOD = "quotes.confidence.v1"


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
) -> list[str]:
    """The active (one-hot) features of one quote row, as ``name=value`` strings.

    Besides the rules' own evidence, four checks of the speaker: the speaker's name
    inside its own statement (``self_named``: a parse slip), the number of words of the
    canonical name (0, 1, 2 or more), the entity label behind it, and the length of the
    sentence (parses of long sentences go wrong more often).

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
    ]


@functools.lru_cache(maxsize=1)
def _model() -> dict | None:
    path = resources.files("newslab").joinpath("data/confidence.json")
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def score_rows(features: list[list[str]]) -> list[float]:
    """Calibrated probability that each row is right, from its features.

    Unknown features weigh nothing. Without a fitted model (no
    ``newslab/data/confidence.json``) every score is NaN.
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
        z = a * z + b  # Platt recalibration of the raw score on out-of-fold predictions
        out.append(round(1.0 / (1.0 + math.exp(-z)), 4))
    return out
