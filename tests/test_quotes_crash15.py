"""A passive 'has ... been accused by X for ...' with an adverbial inside the verb group crashed the quote rules.

Found when fresh-q40 was scored for 0.15.0: the rules raised AttributeError on such a sentence, so the whole
article lost its quote rows (a QuoteRuleWarning said so). The sentences here are our own.
"""
import warnings

import pandas as pd
import pytest

import newslab as nl


@pytest.mark.parametrize("text", [
    "The former transport minister has, for the first time, been directly accused by the anti-corruption agency "
    "for his role in the contracts scandal.",
    "Harbour Bank's chairman has, for the first time, been formally accused by regulators for his part in the "
    "rate-rigging affair.",
])
def test_passive_accused_by_for_does_not_crash(text):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a QuoteRuleWarning (the rules failed on the article) fails the test
        tables = nl.analyze(pd.DataFrame({"text": [text + " \"We will cooperate fully,\" a spokesman said."]}),
                            progress=False)
    assert "We will cooperate fully," in tables.quotes["text"].tolist()
