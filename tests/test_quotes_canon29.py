"""canon29: an organisation speaker's name in the one form the article writes.

An organisation's name the entity model cut before its 'for (the) ...' part takes the whole name
  ('International Criminal Tribunal' + 'for the Former Yugoslavia'), in the entities table too.

docs/speakers.md, "An organisation's name in the form the article writes (canon29)".
"""

import pandas as pd
import pytest

import newslab as nl


def _tables(text: str):
    return nl.analyze(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The United Nations Office for the High Commissioner for Human Rights called the move a "
            '"clear violation" of their agreement with the Nepali government.',
            "United Nations Office for the High Commissioner for Human Rights",
        ),
        (
            "In 1995, Serbian forces, according to International Criminal Tribunal for the Former Yugoslavia "
            "(ICTY), massacred around 7500 Bosnian Muslims.",
            "International Criminal Tribunal for the Former Yugoslavia",
        ),
        (
            "The European Office for the Protection of Migrants said the camps were full.",
            "European Office for the Protection of Migrants",
        ),
    ],
)
def test_org_name_takes_its_for_part(text: str, name: str) -> None:
    t = _tables(text)
    assert list(t.quotes["speaker_canonical"]) == [name]
    assert name in set(t.entities["canonical"])


def test_the_place_inside_the_longer_name_is_no_second_mention() -> None:
    t = _tables("In 1995, Serbian forces, according to International Criminal Tribunal for the Former Yugoslavia "
                "(ICTY), massacred around 7500 Bosnian Muslims.")
    assert "Yugoslavia" not in set(t.entities["canonical"])


@pytest.mark.parametrize(
    "text, name",
    [
        # a lower-case word after 'for the': no part of the name
        ("The Fire Department for the city of Leeds said the blaze was under control.", "Fire Department"),
    ],
)
def test_for_part_near_miss(text: str, name: str) -> None:
    assert list(_tables(text).quotes["speaker_canonical"]) == [name]


def test_a_place_after_for_without_the_is_no_name_part() -> None:
    # 'for Calgary Southwest': a riding the candidate runs in, not part of the party's name.
    t = _tables("Larry Heather said: \"I am running for the Christian Heritage Party for Calgary Southwest because "
                "it is the only federal party that is committed to the family.\"")
    assert not any("for Calgary" in c for c in t.entities["canonical"])


def test_the_body_word_takes_up_the_longer_name() -> None:
    t = _tables("The Citizen's Committee for the Free Beach collected signatures in Maiori on July 1. "
                "The Committee protests that the lidos keep people off the beach.")
    ents = t.entities
    assert set(ents.loc[ents["text"] == "Committee", "canonical"]) == {"Citizen's Committee for the Free Beach"}
