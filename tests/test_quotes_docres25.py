"""Document speakers take the issuer of the earlier document they refer back to (docres25).

An article-level index of documents and their issuers (possessive, 'by'/'from', an issuing verb's
subject): a definite or bare mention ('the report', 'official data', 'one flier') takes the issuer
of the last earlier document of its class (statement/release; report/study/survey/poll/
investigation; data/figures/statistics; leaflet/flier), only when every earlier one of the class
names the same issuer.
"""

from __future__ import annotations

import pandas as pd
import pytest

import newslab as nl


@pytest.fixture(scope="module")
def rows():
    texts = {
        "leaflets": 'The Kestrel Defence Force dropped leaflets over the valley on Sunday, urging residents to leave. "Leave the area now," one flier warned.',
        "pamphlets": "The Harbour Tenants Union handed out leaflets at the station on Friday. Commuters were mostly indifferent. The leaflets claimed that rents had risen by 40 percent in two years.",
        "survey": "The annual Kestrel Institute survey on youth drinking was released on Thursday. Critics say it is easy for people in an online survey to misreport what they do. The survey found that one in four teenagers had tried alcohol before the age of fourteen.",
        "investigation": "The Northshore Police released the results of their investigation on Friday. The officers involved were cleared. Two guards broke the rules, according to the report.",
        "figures": "The Statistics Bureau of Kestrel published new figures on Tuesday. Markets rose in early trading. According to official data, unemployment fell to 4 percent in March.",
        "two_issuers": "The Kestrel Treasury published new figures on Tuesday. The Bank of Kestrel published figures of its own a day later. According to official data, unemployment fell to 4 percent in March.",
        "unknown_origin": 'The Kestrel Defence Force dropped leaflets over the valley in May. On Sunday a leaflet appeared on doors across the town. "Leave your homes now," one flier warned.',
        "nested_poll": "Support for the bypass is falling, according to a new Brightwater Research opinion poll conducted for the Kestrel Herald.",
    }
    q = nl.analyze(pd.DataFrame({"article_id": list(texts), "text": list(texts.values())}), progress=False).quotes
    return {a: g.sort_values("start_char") for a, g in q.groupby("article_id")}


def _doc(rows, article, start):
    g = rows[article]
    row = g[g["text"].str.startswith(start)]
    assert len(row) == 1, g[["text", "speaker", "speaker_canonical"]].to_string()
    return row.iloc[0]


@pytest.mark.parametrize(
    ("article", "start", "issuer"),
    [
        ("leaflets", "Leave the area now", "Kestrel Defence Force"),
        ("pamphlets", "rents had risen", "Harbour Tenants Union"),
        ("survey", "one in four teenagers", "Kestrel Institute"),
        ("investigation", "Two guards broke the rules", "Northshore Police"),
        ("figures", "unemployment fell", "Statistics Bureau of Kestrel"),
        ("two_issuers", "unemployment fell", ""),
        ("unknown_origin", "Leave your homes now", ""),
        ("nested_poll", "Support for the bypass", "Brightwater Research"),
    ],
)
def test_document_issuer_from_index(rows, article, start, issuer):
    row = _doc(rows, article, start)
    assert row["speaker_type"] == "document"
    assert row["speaker_canonical"] == issuer


def test_statement_spoken_in_by_named_body():
    text = (
        "The Harbour Tenants Union said in a statement on Monday that it would strike. Landlords met on Tuesday. "
        "Tenants marched on Wednesday. The statement also said that rents had doubled since 2019."
    )
    q = nl.analyze(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False).quotes
    row = q[q["text"].str.contains("rents had doubled")].iloc[0]
    assert row["speaker_type"] == "document"
    assert row["speaker_canonical"] == "Harbour Tenants Union"


def test_bare_plural_reports_are_reports_at_large():
    text = (
        "According to a report by the Kestrel Courier, the mayor had resigned. The council met on Monday. "
        "Reports indicate the mayor had known of the inquiry for a week."
    )
    q = nl.analyze(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False).quotes
    row = q[q["text"].str.contains("known of the inquiry")].iloc[0]
    assert row["speaker_type"] == "document"
    assert row["speaker_canonical"] == ""
