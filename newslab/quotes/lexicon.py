"""The cue lexicon: reporting verbs, phrases and speaker head nouns, read from ``newslab/data/cues.json``."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from importlib import resources

from spacy.strings import hash_string

from newslab.people import packaged_word_list


@dataclass(frozen=True)
class Cues:
    """The cue lexicon, read once from ``newslab/data/cues.json``."""

    verbs: dict[str, str]
    phrasal: dict[str, dict[str, str]]
    refusal_complements: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    relay_as_words: frozenset[str]
    relay_as_verbs: frozenset[str]
    noun_cues: frozenset[str]
    titles: frozenset[str]
    media_outlets: frozenset[str]
    media_heads: frozenset[str]
    media_head_needs_name: frozenset[str]
    media_name_words: frozenset[str]
    generic_organization_heads: frozenset[str]
    document_heads: frozenset[str]
    anonymous_heads: frozenset[str]
    organization_heads: frozenset[str]
    person_heads: frozenset[str]
    status_heads: frozenset[str]
    pronouns: dict[str, str]
    frames: dict[str, str]
    evidence_heads: frozenset[str]
    evidence_verbs: frozenset[str]
    evidence_subject_verbs: frozenset[str]
    source_subject_verbs: frozenset[str]
    belief_adjectives: frozenset[str]
    belief_objects: frozenset[str]
    belief_object_verbs: frozenset[str]
    document_issuing_verbs: frozenset[str] = frozenset()
    document_non_issuing_verbs: frozenset[str] = frozenset()
    adopted_documents: frozenset[str] = frozenset()
    document_adopting_verbs: frozenset[str] = frozenset()
    signed_documents: frozenset[str] = frozenset()
    document_signing_verbs: frozenset[str] = frozenset()
    place_named_organization_heads: frozenset[str] = frozenset()
    place_name_words: frozenset[str] = frozenset()
    located_organization_heads: frozenset[str] = frozenset()
    media_name_first_words: frozenset[str] = frozenset()
    speech_objects: frozenset[str] = frozenset()
    speech_object_verbs: frozenset[str] = frozenset()
    belief_nouns: frozenset[str] = frozenset()
    stance_adjectives: frozenset[str] = frozenset()
    stance_objects: frozenset[str] = frozenset()
    finding_documents: frozenset[str] = frozenset()
    stance_governors: frozenset[str] = frozenset()
    stance_governor_objects: frozenset[str] = frozenset()
    belief_governor_objects: frozenset[str] = frozenset()
    object_directive_verbs: frozenset[str] = frozenset()
    non_attribution_that_verbs: frozenset[str] = frozenset()
    that_verb_frames: dict[str, str] = field(default_factory=dict)
    statement_noun_verbs: dict[str, str] = field(default_factory=dict)
    citing_verbs: frozenset[str] = frozenset()
    gerund_stance_verbs: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    gerund_stance_phrases: frozenset[str] = frozenset()

    def issues(self, verb: str, document: str) -> bool:
        """Whether the subject of ``verb`` (a lemma) issues the ``document`` (a noun) it takes as object.

        Example:
            >>> from newslab.quotes.lexicon import load_cues
            >>> cues = load_cues()
            >>> cues.issues("release", "report"), cues.issues("adopt", "resolution"), cues.issues("adopt", "report")
            (True, True, False)
            >>> cues.issues("sign", "letter"), cues.issues("sign", "agreement")
            (True, False)
        """
        if document in self.adopted_documents and verb in self.document_adopting_verbs:
            return True
        if document in self.signed_documents and verb in self.document_signing_verbs:
            return True  # 'signed a letter stating ...': the signers wrote it; 'signed an agreement' issues nothing
        return verb in self.document_issuing_verbs and verb not in self.document_non_issuing_verbs

    def frame_of(self, key: str) -> str:
        """The frame (speech, belief, evidence, stance, directive) of a cue lemma or 'verb particle' key."""
        return self.frames.get(key, "speech")


@functools.lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The documented cue lexicon (cached for the process).

    Returns:
        A :class:`Cues` with the reporting verbs and their constructions, the
        frame of each cue (speech, belief, evidence, stance, directive),
        phrases, titles, outlets and the head nouns that type a speaker.

    Example:
        >>> cues = load_cues()
        >>> cues.frame_of("suspect"), cues.frame_of("call on"), cues.frame_of("say")
        ('belief', 'directive', 'speech')
    """
    raw = json.loads(resources.files("newslab").joinpath("data/cues.json").read_text(encoding="utf-8"))
    f = lambda key: frozenset(w.lower() for w in raw[key])  # noqa: E731
    return Cues(
        verbs=dict(raw["verbs"]),
        phrasal={k: dict(v) for k, v in raw["phrasal"].items()},
        refusal_complements=f("refusal_complements"),
        phrases=tuple(tuple(p.split()) for p in raw["phrases"]),
        relay_as_words=f("relay_as_words"),
        relay_as_verbs=f("relay_as_verbs"),
        noun_cues=f("noun_cues"),
        titles=f("titles"),
        media_outlets=f("media_outlets"),
        media_heads=f("media_heads"),
        media_head_needs_name=f("media_head_needs_name"),
        media_name_words=f("media_name_words"),
        generic_organization_heads=f("generic_organization_heads"),
        document_heads=f("document_heads"),
        anonymous_heads=f("anonymous_heads"),
        organization_heads=f("organization_heads"),
        person_heads=f("person_heads"),
        status_heads=f("status_heads"),
        pronouns=dict(raw["pronouns"]),
        frames=dict(raw["frames"]),
        evidence_heads=f("evidence_heads"),
        evidence_verbs=f("evidence_verbs"),
        evidence_subject_verbs=f("evidence_subject_verbs"),
        source_subject_verbs=f("source_subject_verbs"),
        belief_adjectives=f("belief_adjectives"),
        belief_objects=f("belief_objects"),
        belief_object_verbs=f("belief_object_verbs"),
        non_attribution_that_verbs=f("non_attribution_that_verbs"),
        that_verb_frames=dict(raw["that_verb_frames"]),
        document_issuing_verbs=f("document_issuing_verbs"),
        document_non_issuing_verbs=f("document_non_issuing_verbs"),
        adopted_documents=f("adopted_documents"),
        document_adopting_verbs=f("document_adopting_verbs"),
        signed_documents=f("signed_documents"),
        document_signing_verbs=f("document_signing_verbs"),
        place_named_organization_heads=f("place_named_organization_heads"),
        place_name_words=f("place_name_words"),
        located_organization_heads=f("located_organization_heads"),
        media_name_first_words=f("media_name_first_words"),
        speech_objects=f("speech_objects"),
        speech_object_verbs=f("speech_object_verbs"),
        belief_nouns=f("belief_nouns"),
        stance_adjectives=f("stance_adjectives"),
        stance_objects=f("stance_objects"),
        finding_documents=f("finding_documents"),
        stance_governors=f("stance_governors"),
        stance_governor_objects=f("stance_governor_objects"),
        belief_governor_objects=f("belief_governor_objects"),
        object_directive_verbs=f("object_directive_verbs"),
        statement_noun_verbs=dict(raw["statement_noun_verbs"]),
        citing_verbs=f("citing_verbs"),
        gerund_stance_verbs=f("gerund_stance_verbs"),
        question_verbs=f("question_verbs"),
        gerund_stance_phrases=f("gerund_stance_phrases"),
    )


#: Verb forms the lemmatizer gets wrong ('hopes' -> 'hop'), mapped to the cue lemma.
LEMMA_FIXES: dict[str, str] = {"hopes": "hope", "hoped": "hope"}


@functools.lru_cache(maxsize=1)
def directive_verbs() -> frozenset[str]:
    """Verbs that address a person and tell or ask them to act ('challenge', 'exhort', 'invite'), compiled
    once from WordNet 3.0's verb.communication file (``newslab/data/directive_verbs.md``)."""
    return frozenset(packaged_word_list("directive_verbs.txt"))


@functools.lru_cache(maxsize=1)
def stance_verbs() -> frozenset[str]:
    """Verbs that take a position ('contradict', 'apologize', 'rebuke', 'praise'), compiled once
    from WordNet 3.0's verb.communication file (``newslab/data/stance_verbs.md``)."""
    return frozenset(packaged_word_list("stance_verbs.txt"))


@functools.lru_cache(maxsize=1)
def _cue_hashes() -> tuple[frozenset[int], frozenset[int]]:
    """Hashes of cue lemmas and words, to pick candidate tokens without making Token objects."""
    cues = load_cues()
    lemmas = set(cues.verbs) | set(cues.phrasal) | set(cues.belief_object_verbs) | set(cues.speech_object_verbs) | directive_verbs() | set(cues.object_directive_verbs) | set(cues.question_verbs)
    words = set(LEMMA_FIXES) | {p[0] for p in cues.phrases} | set(cues.noun_cues) | set(cues.belief_nouns) | set(cues.verbs) | set(cues.phrasal) | set(cues.belief_adjectives) | set(cues.stance_adjectives)
    return frozenset(hash_string(w) for w in lemmas), frozenset(hash_string(w) for w in words)
