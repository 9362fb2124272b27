"""Tests of joint speakers (0.10.0): surnames joined by 'and' take each person's full name, a
plural pronoun or a definite plural description stands for the group just joined as a subject,
and nothing is guessed when no joined group is in sight."""

from __future__ import annotations

import pandas as pd
import pytest

from .conftest import quote_row as _one  # noqa: E402


def _analyze(nlp, text: str):
    import newslab as nl

    return nl.analyze(pd.DataFrame({"article_id": ["a"], "text": [text]}), nlp=nlp, progress=False)


SURNAMES = [
    # (text, needle, canonical): people named in full first, then joined by their surnames.
    ("President Mwai Kibaki and Prime Minister Raila Odinga met on Monday. Kibaki and Odinga said the coalition would hold.",
     "the coalition would hold", "Mwai Kibaki and Raila Odinga"),
    ("Mayor Ruth Calloway opened the bridge on Friday. Councillor Tomasz Wierzbicki was also there. "
     "Both Calloway and Wierzbicki denied that the bridge had cost too much.",
     "the bridge had cost", "Ruth Calloway and Tomasz Wierzbicki"),
    ("Senator Ted Kaufman of Delaware criticised the plan. Kaufman and Mark Warner said the bailout lacked oversight.",
     "the bailout lacked", "Ted Kaufman and Mark Warner"),
    ("Two filmmakers, Mark Birnbaum and Jim Schermbeck, have made a film about the case. Birnbaum and Schermbeck said the film would be shown in May.",
     "the film would be shown", "Mark Birnbaum and Jim Schermbeck"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), SURNAMES)
def test_speakers_joint16_surnames_take_full_names(nlp, text, needle, canonical):
    row = _one(_analyze(nlp, text).quotes, needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "person")


PRONOUNS = [
    # (text, needle, canonical): 'they' after people joined as the subject of the sentence before.
    ("Senators Saxby Chambliss and Johnny Isakson voted against the bill. They said the measure was too costly.",
     "the measure was too costly", "Saxby Chambliss and Johnny Isakson"),
    ('Harry Reid and Nancy Pelosi wrote to the president. "We urge you to reconsider," they wrote.',
     "We urge you to reconsider", "Harry Reid and Nancy Pelosi"),
    ("Professor Edward Felten, Ariel Feldman and Alex Halderman tested the machine in a laboratory. "
     "They said the machine could be hacked in a minute.",
     "the machine could be hacked", "Edward Felten, Ariel Feldman and Alex Halderman"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), PRONOUNS)
def test_speakers_joint16_plural_pronoun_to_joined_subject(nlp, text, needle, canonical):
    row = _one(_analyze(nlp, text).quotes, needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, "person")


DESCRIPTIONS = [
    # (text, needle, canonical, type): a definite plural description of the group's kind.
    ("German Chancellor Angela Merkel and French President Nicolas Sarkozy met in Berlin. The two leaders said the treaty must be ratified.",
     "the treaty must be ratified", "Angela Merkel and Nicolas Sarkozy", "person"),
    ("Edward Felten, Ariel Feldman and Alex Halderman tested the machine in a laboratory. The researchers said the machine could be hacked in a minute.",
     "the machine could be hacked", "Edward Felten, Ariel Feldman and Alex Halderman", "person"),
    ("Human Rights Watch and Amnesty International published the report on Tuesday. The human rights groups said the detainees had been abused.",
     "the detainees had been abused", "Human Rights Watch and Amnesty International", "organization"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "kind"), DESCRIPTIONS)
def test_speakers_joint16_description_to_joined_subject(nlp, text, needle, canonical, kind):
    row = _one(_analyze(nlp, text).quotes, needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, kind)


UNRESOLVED = [
    # (text, needle): no joined group of the right kind, count or noun: nothing is guessed.
    ("The mayor spoke to residents on Monday. They said the road would reopen next week.", "the road would reopen"),
    ("Angela Merkel and Nicolas Sarkozy met in Berlin. The three leaders said the treaty must be ratified.", "the treaty must be ratified"),
    ("Human Rights Watch and Amnesty International published the report on Tuesday. The researchers said the detainees had been abused.",
     "the detainees had been abused"),
    ("Tom Briggs and Ana Ruiz met the protesters on Monday. The protesters said the road should stay closed.", "the road should stay closed"),
    ("Fisheries and Oceans Canada closed the fishery on Monday. The agencies said the stock had collapsed.", "the stock had collapsed"),
]


@pytest.mark.parametrize(("text", "needle"), UNRESOLVED)
def test_speakers_joint16_no_group_no_guess(nlp, text, needle):
    row = _one(_analyze(nlp, text).quotes, needle)
    assert " and " not in row["speaker_canonical"]

