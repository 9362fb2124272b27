"""Tests of the 0.9.0 document rules (dev guideline S2, gold conventions R10 and R17): a document whose
issuer phrase carries an apposition or an abbreviation stays the document; a file format in brackets
and a name inside the document's own content clause are no speaker; a report is named by the outlet
that ran it (also 'published in' a publication the outlet list does not know); a resolution or
declaration a body adopts or passes is its own; and 'they' after a singular document is its issuer."""

from __future__ import annotations

import pandas as pd
import pytest

from .conftest import quote_row as _one


def _quotes(text: str) -> pd.DataFrame:
    import newslab as nl

    return nl.analyze(pd.DataFrame({"id": ["a"], "text": [text]}), progress=False).quotes


# (text, needle in the statement, speaker_type, speaker_canonical)
ISSUER_APPOSITIONS = [
    # an abbreviation in brackets after the issuer
    ("Wages fell by 2% in March, according to figures from the Office for National Statistics (ONS).",
     "Wages fell", "document", "Office for National Statistics"),
    ("Bus fares rose by a third last year, according to a survey by the Kestrel Bay Transport Forum (KBTF).",
     "Bus fares rose", "document", "Kestrel Bay Transport Forum"),
    ("Tom Briggs remains the most popular politician in the county, according to a poll by the Northshore "
     "Institute for Public Opinion (NIPO).",
     "the most popular politician", "document", "Northshore Institute for Public Opinion"),
    # a name in apposition to a common-noun issuer
    ("A survey by a business group, the Institute for Supply Management, Thursday showed that factory output "
     "grew in September.",
     "factory output grew", "document", "Institute for Supply Management"),
    # a short name with its full name in brackets: the full name
    ("Mobile phone use has risen by a tenth, according to a quarterly report by ComReg (Commission for "
     "Communications Regulation).",
     "Mobile phone use", "document", "Commission for Communications Regulation"),
    # a name inside the document's own content clause is what it is about, not who speaks
    ("A book alleging that union leader Marek Nowak collaborated with the secret police was published on Monday.",
     "collaborated with the secret police", "document", ""),
    ("A report claiming that the Harbour Authority had hidden the test results was leaked to reporters.",
     "had hidden the test results", "document", ""),
    # a file format in brackets is no name
    ("The Harbour Trust, a coalition of tenants' groups, released a 2005 report (PDF, 12 pages) saying that "
     "rents rose by a third.",
     "rents rose by a third", "document", "Harbour Trust"),
]


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), ISSUER_APPOSITIONS)
def test_speakers_documents15_issuer_apposition_keeps_document(text: str, needle: str, stype: str, canonical: str) -> None:
    row = _one(_quotes(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


# The organisation speaks when no document stands between it and the cue.
ORGANISATION_APPOSITIONS = [
    ("The leading supplier of school uniforms, Lancashire-based manufacturer Trutex, said that prices would rise.",
     "prices would rise", "organization", "Trutex"),
    ("Wages fell by 2% in March, according to the Office for National Statistics (ONS).",
     "Wages fell", "organization", "Office for National Statistics"),
]


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), ORGANISATION_APPOSITIONS)
def test_speakers_documents15_organisation_without_document_unchanged(text: str, needle: str, stype: str, canonical: str) -> None:
    row = _one(_quotes(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)


# (text, needle, speaker_canonical, speaker_org): a report takes the outlet that ran it
OUTLETS = [
    ("Anti-war protester Ann Cole was speaking to a crowd of 150 before the microphone was removed, according "
     "to a report published in The Village Voice.",
     "was speaking to a crowd", "Village Voice", ""),
    ("Half of the staff were never paid, according to an article published in Kestrel Voice.",
     "Half of the staff", "Kestrel Voice", ""),
    # the outlet in front of the report beats the reporter named with 'by', by its fuller name
    ("The New York Times reported on the hearing. The Times report by Jane Fisher says that the council had "
     "ignored the warnings.",
     "had ignored the warnings", "New York Times", ""),
    ("A Toronto Star article by Paul Henley said the mayor had known about the leak.",
     "the mayor had known", "Toronto Star", ""),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "org"), OUTLETS)
def test_speakers_documents15_report_named_by_its_outlet(text: str, needle: str, canonical: str, org: str) -> None:
    row = _one(_quotes(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"], row["speaker_org"]) == ("document", canonical, org)


# Published in a place, or a study by a person with no outlet: no outlet is read.
NO_OUTLET = [
    ("The drug cut deaths by a third, according to a report published in London on Monday.", "The drug cut deaths", ""),
    ("A report by Jane Fisher says that the council had ignored the warnings.", "had ignored the warnings", "Jane Fisher"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), NO_OUTLET)
def test_speakers_documents15_no_outlet_when_none_ran_it(text: str, needle: str, canonical: str) -> None:
    row = _one(_quotes(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("document", canonical)


# (text, needle, speaker_canonical): a resolution adopted by a body is that body's document
ADOPTED = [
    ("The fifteen-member United Nations Security Council unanimously adopted a resolution calling for Syria to "
     "cooperate fully with the UN International Independent Investigation Commission (UNIIIC).",
     "Syria to cooperate", "United Nations Security Council"),
    ("The Kestrel Bay council unanimously adopted a resolution calling for the state to fund the new bridge.",
     "the state to fund", "Kestrel Bay council"),
]


@pytest.mark.parametrize(("text", "needle", "canonical"), ADOPTED)
def test_speakers_documents15_adopted_resolution_is_the_bodys(text: str, needle: str, canonical: str) -> None:
    row = _one(_quotes(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == ("document", canonical)


def test_speakers_documents15_adopting_another_document_names_no_issuer() -> None:
    from newslab.quotes.lexicon import load_cues

    cues = load_cues()
    assert cues.issues("adopt", "resolution") and cues.issues("pass", "declaration")
    assert not cues.issues("adopt", "report") and not cues.issues("sign", "agreement")
    assert cues.issues("release", "report")


# (text, needle, speaker_type, speaker_canonical): 'they' after a document is its issuer
THEY_ISSUER = [
    ("The Harbour Trust, a coalition of tenants' groups, released a report saying that rents rose by a third. "
     "The report is also critical of the council. They concluded that the city needs more homes.",
     "the city needs more homes", "organization", "Harbour Trust"),
    ("Greenway Energy released a report on Monday saying that the river is clean. They added that the fish had "
     "come back.",
     "the fish had come back", "organization", "Greenway Energy"),
    # 'it' still continues the document
    ("Greenway Energy released a report on Monday saying that the river is clean. It added that the fish had "
     "come back.",
     "the fish had come back", "document", "Greenway Energy"),
]


@pytest.mark.parametrize(("text", "needle", "stype", "canonical"), THEY_ISSUER)
def test_speakers_documents15_they_after_document_is_issuer(text: str, needle: str, stype: str, canonical: str) -> None:
    row = _one(_quotes(text), needle)
    assert (row["speaker_type"], row["speaker_canonical"]) == (stype, canonical)
    if stype != "document":
        assert row["speaker_org"] == ""


# Seen in the retired sets, not fixed: the tagger reads 'states' after 'office' as a plural noun.
@pytest.mark.xfail(strict=True, reason="'A press release from the mayor's office states, \"...\"': 'states' is tagged a noun, so the cue is lost")
def test_speakers_documents15_states_read_as_noun() -> None:
    text = ("Mayor Ruth Calloway ordered a review of the harbour. A press release from the mayor's office states, "
            "\"The review will report by June.\"")
    row = _one(_quotes(text), "The review will report")
    assert (row["speaker_type"], row["speaker_canonical"]) == ("document", "mayor's office")
