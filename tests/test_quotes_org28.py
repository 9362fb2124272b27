"""Tests of org28 (docs/speakers.md, "Outlets known by a broadcast noun or a broadcaster's name"):
a name the article introduces with a station, channel, network, agency or service that carries a
broadcast word ('the television station X', 'X, the regional radio network') is a news outlet, and
so is a name ending in a body word after a broadcast or press word ('... Broadcasting Corporation',
'... Press Service'); the same nouns without a broadcast word, and bodies named with such a word
elsewhere in the name, stay organisations.
"""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the statement, speaker_canonical)
FIRES = [
    ("The radio station Capital FM said the singer had cancelled the tour.", "cancelled the tour", "Capital FM"),
    ("The cable channel Voxa said it would stop airing the show.", "stop airing the show", "Voxa"),
    ("Halvorsen, the regional radio network, said its audience had doubled over the year.",
     "audience had doubled", "Halvorsen"),
    ("According to the Tasman Broadcasting Corporation, the ruling party will win the election.",
     "ruling party will win", "Tasman Broadcasting Corporation"),
    ('The Northern Forces Press Service reports: "Coalition troops destroyed two weapons caches near the border."',
     "weapons caches", "Northern Forces Press Service"),
    ("The Korean Broadcasting System said the talks would resume on Monday.",
     "talks would resume", "Korean Broadcasting System"),
]

NEAR_MISSES = [
    ("Metro Transit, the city's bus network, said fares would rise in March.", "fares would rise", "Metro Transit"),
    ("The National Weather Service said the storm would reach the coast by Friday.", "storm would reach",
     "National Weather Service"),
    ("The Broadcasting Standards Authority said the programme breached the code.", "breached the code",
     "Broadcasting Standards Authority"),
    ("The Veterans Affairs Press Office said the claims were false.", "claims were false",
     "Veterans Affairs Press Office"),
    ("Harmon, the regional health agency, said the clinics would reopen next week.", "clinics would reopen", "Harmon"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), FIRES)
def test_org28_broadcaster_is_media(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "media")


@pytest.mark.parametrize(("text", "needle", "canonical"), NEAR_MISSES)
def test_org28_other_bodies_stay_organizations(quotes_of, text, needle, canonical):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "organization")


def test_org28_outlet_lexicon_cache_stays_on_the_lexicon_not_on_tokens():
    # org28 once slid its new helper in under `_compact_outlets`'s lru_cache decorator: the outlet lexicon was
    # recompacted for every mention (quote extraction 0.08 -> 0.14 of the parse time, benchmarks/quotes_speed.py)
    # and a cache keyed on spaCy Tokens kept their Docs alive.
    from newslab.quotes import speaker_orgs

    assert hasattr(speaker_orgs._compact_outlets, "cache_info")
    assert not hasattr(speaker_orgs._media_lemmas, "cache_info")
