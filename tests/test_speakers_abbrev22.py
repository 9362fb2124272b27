"""An abbreviation defined after a possessive name ('the X Union's (XU) project') stands for the name without the 's.

Found in the 0.15.0 work: the entities table wrote 'American Civil Liberties Union' for such a mention, while the
speaker of a later 'The ACLU said' row came out as "... Union's", so speaker and entity names disagreed.
"""
import pandas as pd
import pytest

import newslab as nl


@pytest.mark.parametrize("text, speaker, canonical", [
    ("Maria Lunde, a lawyer with the Harbour Tenants Union's (HTU) housing clinic, said the rent rise was unlawful. "
     "The HTU welcomed the ruling, saying it would protect thousands of families.", "The HTU", "Harbour Tenants Union"),
    ("Volunteers from the Northern Rivers Rescue Service's (NRRS) flood team reached the town on Monday. "
     "\"We expect the water to peak tonight,\" the NRRS said.", "the NRRS", "Northern Rivers Rescue Service"),
])
def test_abbreviation_after_possessive_names_the_organisation(text, speaker, canonical):
    quotes = nl.analyze(pd.DataFrame({"text": [text]}), progress=False).quotes
    row = quotes[quotes.speaker == speaker]
    assert len(row) == 1, quotes[["speaker", "speaker_canonical", "text"]]
    assert row.iloc[0].speaker_canonical == canonical
    assert row.iloc[0].speaker_type == "organization"
