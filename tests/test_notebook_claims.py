"""What the notebooks show must be right: every row they show or discuss, checked against the texts.

Two kinds of check:

- **The rows.** The values a notebook shows (speakers, types, titles, figures, counts) are recomputed
  here from the same inputs and compared with the truth, written down from reading the texts (for the
  seed article and the Kestrel Bay stories: the hand annotations in ``data/gold``). A row newslab still
  gets wrong is an ``xfail(strict=True)`` whose reason names the error; the notebook says so next to the
  output (its check prints WRONG, or its comparison with the answer key lists the row). When a rule is
  fixed, the xfail fails: remove it.
- **The prose.** A number or name the text states is asserted against the executed notebook's output
  (the ``executed`` fixture in conftest.py runs every notebook once per session).
"""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from tests.conftest import EXAMPLES_GOLD, ROOT

SEED_GOLD = ROOT / "data" / "gold" / "seed.jsonl"
NOTEBOOKS = ROOT / "notebooks"


def _nb(stem: str) -> dict:
    return json.loads((NOTEBOOKS / f"{stem}.ipynb").read_text(encoding="utf-8"))


def _src(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def _cell_source(stem: str, needle: str) -> str:
    hits = [_src(c) for c in _nb(stem)["cells"] if c["cell_type"] == "code" and needle in _src(c)]
    assert len(hits) == 1, f"{stem}: {len(hits)} code cells contain {needle!r}"
    return hits[0]


def _literal(stem: str, needle: str, name: str) -> object:
    """The value a notebook cell assigns to ``name`` (the cell's first statement that starts with it)."""
    source = _cell_source(stem, needle)
    start = source.index(f"{name} = ")
    # The assignment ends where the next top-level statement starts.
    lines = source[start:].split("\n")
    block = [lines[0]]
    for line in lines[1:]:
        if line and not line[0].isspace() and not line.startswith((")", "]", "}")):
            break
        block.append(line)
    namespace: dict = {"pd": pd}
    exec("\n".join(block), namespace)  # noqa: S102 - the notebooks' own literal data
    return namespace[name]


def _printed(run, needle: str) -> str:  # noqa: ANN001 - a NotebookRun
    """Everything the executed code cell containing ``needle`` printed or displayed (as text)."""
    cells = [c for c in run.notebook.cells if c.cell_type == "code" and needle in c.source]
    assert len(cells) == 1, f"{len(cells)} executed cells contain {needle!r}"
    parts = []
    for out in cells[0].get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        elif "text/plain" in out.get("data", {}):
            parts.append(out["data"]["text/plain"])
    return "\n".join(parts)


def _markdown(stem: str) -> str:
    return "\n".join(_src(c) for c in _nb(stem)["cells"] if c["cell_type"] == "markdown")


def _verdicts(text: str) -> dict[str, str]:
    """'right'/'WRONG' per checked row, keyed by the row's label as printed."""
    out = {}
    for line in text.splitlines():
        m = re.match(r"^(right|WRONG)\s+(\S+?):\s*(.*)$", line)
        if m:
            out[f"{m.group(2)}: {m.group(3)[:40]}"] = m.group(1)
    return out


def _gold(path) -> list[dict]:  # noqa: ANN001
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# --- the seed article (notebooks 00, 01, 04) ------------------------------------------------------

#: Seed quotes whose span newslab does not get exactly (statement and speaker are right), by first words.
SEED_INEXACT = {
    "Japan was considering seeking": "stops before 'decades ago', which belongs to the source's statement",
    "Kim’s government had explained": "starts at 'Seoul': the model reads 'Seoul Kim' as one name",
    "it had kidnapped 13 Japanese": "takes in 'and five of them returned to Japan', the writer's background",
}
SEED_QUOTES = [q["text"] for q in _gold(SEED_GOLD)[0]["quotes"]]


def _seed_row(check: pd.DataFrame, text: str) -> pd.Series:
    rows = check[check["gold_text"] == text]
    assert len(rows) == 1
    return rows.iloc[0]


def _inexact(text: str) -> str | None:
    return next((why for start, why in SEED_INEXACT.items() if text.startswith(start)), None)


@pytest.fixture(scope="module")
def seed_check(seed_tables):
    from newslab.scoring import compare_quotes

    return compare_quotes(SEED_GOLD, seed_tables.quotes)


@pytest.mark.parametrize("text", SEED_QUOTES, ids=lambda t: t[:24])
def test_claims_seed_statement_and_speaker_right(seed_check, text):
    # notebooks 00 and 01 show the seed's quotes table and say each statement and speaker is right.
    row = _seed_row(seed_check, text)
    assert row["status"] == "right", row.to_dict()


@pytest.mark.parametrize(
    "text",
    [pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=_inexact(t))) if _inexact(t) else t for t in SEED_QUOTES],
    ids=lambda t: t[:24],
)
def test_claims_seed_span_exact(seed_check, text):
    row = _seed_row(seed_check, text)
    assert row["exact"], (row["gold_text"], row["pred_text"])


def test_claims_seed_nothing_extra(seed_check):
    assert not (seed_check["status"] == "extra").any(), seed_check[seed_check["status"] == "extra"].to_dict("records")


SEED_FIGURE_WRONG = {"five": "claimed by North Korea: the attribution swallows 'and five of them returned to Japan'"}


@pytest.mark.parametrize(
    "words",
    [pytest.param(w, marks=pytest.mark.xfail(strict=True, reason=SEED_FIGURE_WRONG[w])) if w in SEED_FIGURE_WRONG else w
     for w in ["US$20 billion to US$50 billion", "13", "five", "hundreds"]],
)
def test_claims_seed_figures_right(seed_tables, words):
    # notebooks 00 and 04 show the seed's four figures with value, what they count and who claims them.
    from newslab.scoring import compare_figures

    rows = compare_figures(SEED_GOLD, seed_tables.figures).set_index("gold_text")
    assert rows.loc[words, "status"] == "right", rows.loc[words].to_dict()
    assert rows.loc[words, "pred_counts"] == rows.loc[words, "gold_counts"]


def test_claims_seed_figure_arithmetic(executed):
    # notebook 04, "Checking a claim": the numbers printed are the ones the prose discusses.
    text = _printed(executed["04-figures"], "admitted, returned, suspected = figure(")
    assert "Returned: 5 of 13 admitted = 38%" in text
    assert "113 to 1,013" in text and "9 to 78 times" in text
    assert "US$20–50 billion (the high end is 2.5 times the low end), claimed by Asahi." in text


# --- notebook 00: the invented stories, HTML, exercise 3 ------------------------------------------

#: The truth for notebook 00's invented stories (read from the texts): article, first words, speaker, type, title.
QUICKSTART_TRUTH = [
    ("ferry-fares", "Ferry fares between", "operator", "organization", ""),
    ("ferry-fares", "Nobody likes paying more", "Lena Fisk", "person", "the operator’s chief executive"),
    ("library-hours", "The Kestrel Bay library", "Kestrel Bay council", "organization", ""),
    ("library-hours", "about 300 people", "Omar Haddad", "person", "Librarian"),
    ("ferry", "Ferry fares between", "operator", "organization", ""),
    ("ferry", "Nobody likes paying more", "Lena Fisk", "person", "the operator’s chief executive"),
    ("ferry", "the rise would hit commuters", "", "anonymous", ""),
]
#: Rows newslab gets wrong (none since the speaker rules: 'Librarian Omar Haddad' and 'Island councillors' were).
QUICKSTART_WRONG: dict[tuple[str, str], str] = {}


def test_claims_quickstart_key_is_the_truth():
    key = _literal("00-quickstart", "expected = pd.DataFrame(", "expected")
    assert [tuple(r) for r in key.itertuples(index=False)] == QUICKSTART_TRUTH


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=QUICKSTART_WRONG[r[:2]])) if r[:2] in QUICKSTART_WRONG else r
     for r in QUICKSTART_TRUTH],
    ids=lambda r: f"{r[0]}:{r[1][:12]}",
)
def test_claims_quickstart_invented_rows(executed, row):
    printed = _printed(executed["00-quickstart"], "expected = pd.DataFrame(")
    line = next(line for line in printed.splitlines() if f"{row[0]}: {row[1]!r}" in line)
    assert line.startswith("right"), line


def test_claims_quickstart_html_time_kept(executed):
    # The page says 09:00; the table must not show midnight.
    assert "2024-02-12 09:00:00+00:00" in _printed(executed["00-quickstart"], 'from_html = nl.read_articles(workdir / "ferry.html")')


def test_claims_quickstart_busiest_sentence(seed_tables):
    # Exercise 3: the mid-March sentence names eight entities (read from the text), all of them rows.
    ents = seed_tables.entities
    sentences = seed_tables.sentences
    sid = int(sentences[sentences["text"].str.startswith("A Japanese government source said in mid-March")]["sent_id"].iloc[0])
    rows = ents[ents["sent_id"] == sid][["text", "label", "canonical"]].values.tolist()
    assert rows == [
        ["Japanese", "NORP", "Japanese"], ["mid-March", "DATE", "mid-March"], ["Japan", "GPE", "Japan"],
        ["Shinzo Abe", "PERSON", "Shinzo Abe"], ["Kim", "PERSON", "Kim Jong-un"], ["Japanese", "NORP", "Japanese"],
        ["North Korean", "NORP", "North Korean"], ["decades ago", "DATE", "decades ago"],
    ]
    assert ents.groupby("sent_id").size().max() == 8


@pytest.mark.xfail(strict=True, reason="the model reads 'Seoul Kim' as one PERSON, so the Seoul sentence counts 7, not 8")
def test_claims_quickstart_seoul_sentence_has_eight(seed_tables):
    sentences = seed_tables.sentences
    sid = int(sentences[sentences["text"].str.contains("from Seoul")]["sent_id"].iloc[0])
    assert int((seed_tables.entities["sent_id"] == sid).sum()) == 8


# --- notebook 01: the mini stories and the exercises on the answer key ------------------------------

ATTRIBUTION_TRUTH = [
    ("direct", "We will not raise fares", "Lena Fisk", "person", "the ferry operator’s chief executive", ""),
    ("indirect", "the council would vote", "Ruth Calloway", "person", "Mayor", ""),
    ("anonymous", "the talks had stalled", "", "anonymous", "", ""),
    ("according-to", "the marsh could lower", "Northshore Institute", "organization", "", ""),
    ("relayed", "steel prices had risen", "", "anonymous", "spokesperson", "Courier"),
]
ATTRIBUTION_WRONG: dict[str, str] = {}


def test_claims_attribution_key_is_the_truth():
    key = _literal("01-source-attribution", "expected = pd.DataFrame(", "expected")
    assert [tuple(r) for r in key.itertuples(index=False)] == ATTRIBUTION_TRUTH


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=ATTRIBUTION_WRONG[r[0]])) if r[0] in ATTRIBUTION_WRONG else r
     for r in ATTRIBUTION_TRUTH],
    ids=lambda r: r[0],
)
def test_claims_attribution_mini_rows(executed, row):
    printed = _printed(executed["01-source-attribution"], "expected = pd.DataFrame(")
    line = next(line for line in printed.splitlines() if re.match(rf"^(right|WRONG)\s+{row[0]}:", line))
    assert line.startswith("right"), line


def test_claims_attribution_mini_nothing_extra(executed):
    printed = _printed(executed["01-source-attribution"], "expected = pd.DataFrame(")
    assert "extra row" not in printed


def test_claims_attribution_exact_spans_listed(executed, seed_check):
    # The notebook lists the seed rows whose span is not exact: the same rows as here.
    printed = _printed(executed["01-source-attribution"], "check = compare_quotes(GOLD, tables.quotes)")
    n_exact = int(seed_check["exact"].sum())
    assert f"{int((seed_check['status'] == 'right').sum())} of {len(seed_check)} rows right; {n_exact} with exactly the annotated words." in printed


def _key_counts() -> pd.DataFrame:
    rows = [(r["id"], q["speaker_canonical"], q["speaker_type"]) for r in _gold(EXAMPLES_GOLD) for q in r["quotes"] if q["speaker_canonical"]]
    key = pd.DataFrame(rows, columns=["article_id", "source", "source_type"])
    return key.groupby(["source", "source_type"]).agg(n_articles=("article_id", "nunique"), n_quotes=("article_id", "size"))


def test_claims_attribution_exercise1_key():
    # The answer key's counts, read from the stories: Calloway and Wierzbicki make six statements each.
    key = _key_counts()
    assert key.loc[("Ruth Calloway", "person")].tolist() == [4, 6]
    assert key.loc[("Tomasz Wierzbicki", "person")].tolist() == [4, 6]
    assert key.loc[("Jean Pellow", "person")].tolist() == [3, 4]
    assert key.loc[("Marcus Hale", "person")].tolist() == [2, 4]
    # The tie-break the reading applies: words quoted, 71 to 50.
    words = [(q["speaker_canonical"], len(q["text"].split())) for r in _gold(EXAMPLES_GOLD) for q in r["quotes"]]
    assert sum(n for who, n in words if who == "Ruth Calloway") == 71
    assert sum(n for who, n in words if who == "Tomasz Wierzbicki") == 50


PEOPLE_WRONG = {
}


@pytest.mark.parametrize(
    "person",
    [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=PEOPLE_WRONG[p])) if p in PEOPLE_WRONG else p
     for p in ["Ruth Calloway", "Tomasz Wierzbicki", "Jean Pellow", "Amara Nwosu", "Marcus Hale", "Priya Raman"]],
)
def test_claims_attribution_exercise1_counts(example_tables, person):
    # Exercise 1's table: newslab's statements per person equal the key's.
    key = _key_counts()
    src = example_tables.sources
    mine = src[(src["source"] == person) & (src["source_type"] == "person")]
    assert [mine["article_id"].nunique(), int(mine["n_quotes"].sum())] == key.loc[(person, "person")].tolist()


def test_claims_attribution_exercise3_relays(example_tables):
    from newslab.scoring import compare_quotes

    rows = compare_quotes(EXAMPLES_GOLD, example_tables.quotes)
    relays = rows[(rows["gold_via"] != "") | (rows["pred_via"] != "")]
    assert relays[["article_id", "gold_via", "pred_via"]].values.tolist() == [["kb-004", "Kestrel Bay Courier", "Kestrel Bay Courier"]]


# --- notebook 03 ------------------------------------------------------------------------------------

def test_claims_entities_mini(executed):
    printed = _printed(executed["03-entity-frequency"], 'nl.analyze(mini).entities[["ent_id", "text", "label", "canonical"]]')
    rows = [line.split()[1:] for line in printed.splitlines()[1:]]
    assert [r[-1] for r in rows] == ["Kono", "Tuesday", "Kono", "Japan", "Jong-un", "Jinping", "Beijing", "Jong-un", "States"]
    assert "The United States     GPE  United States" in printed and "Kim  PERSON    Kim Jong-un" in printed


#: People in the Kestrel Bay stories: mentions and articles, counted by reading (each surname is unique).
PEOPLE_MENTIONS = {"Ruth Calloway": (6, 4), "Tomasz Wierzbicki": (4, 4), "Jean Pellow": (3, 3), "Amara Nwosu": (3, 2),
                   "Marcus Hale": (2, 2), "Priya Raman": (2, 2)}
MENTIONS_WRONG = {
    "Amara Nwosu": "'According to Nwosu' is tagged GPE and not merged with Amara Nwosu",
    "Marcus Hale": "both mentions are tagged ORG, so a PERSON list leaves him out",
}


@pytest.mark.parametrize(
    "person",
    [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=MENTIONS_WRONG[p])) if p in MENTIONS_WRONG else p for p in PEOPLE_MENTIONS],
)
def test_claims_entities_people_counts(example_tables, person):
    from newslab import charts

    ranked = charts.entity_frequency_data(example_tables.entities, top=50, by_label=False).set_index("canonical")
    assert ranked.loc[person, "label"] == "PERSON"
    assert (ranked.loc[person, "n_mentions"], ranked.loc[person, "n_articles"]) == PEOPLE_MENTIONS[person]


def test_claims_entities_text_search_matches_reading(example_tables):
    # The check the exercise teaches (searching surnames) gives the counts read by hand.
    texts = example_tables.articles["text"]
    for person, (n, n_articles) in PEOPLE_MENTIONS.items():
        surname = person.split()[-1]
        assert sum(len(re.findall(rf"\b{surname}\b", t)) for t in texts) == n
        assert sum(bool(re.search(rf"\b{surname}\b", t)) for t in texts) == n_articles


#: Every "Kestrel Bay" in the stories: is it the town (True) or part of another name (False)?
TOWN = [("kb-001", True), ("kb-002", True), ("kb-002", False), ("kb-004", False), ("kb-004", False), ("kb-005", True),
        ("kb-006", False), ("kb-007", False), ("kb-008", True)]
TOWN_WRONG = {1: "'Residents of Kestrel Bay' is not recognised", 3: "'Kestrel Bay' of 'Kestrel Bay council' is counted as the town"}


@pytest.mark.parametrize(
    "k", [pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=TOWN_WRONG[k])) if k in TOWN_WRONG else k for k in range(len(TOWN))]
)
def test_claims_entities_kestrel_bay_occurrences(example_tables, k):
    occurrences = []
    for art in example_tables.articles.itertuples():
        town = example_tables.entities[(example_tables.entities["article_id"] == art.article_id) & (example_tables.entities["canonical"] == "Kestrel Bay")]
        for m in re.finditer(r"Kestrel Bay", art.text):
            occurrences.append((art.article_id, bool(((town["start_char"] <= m.start()) & (town["end_char"] >= m.end())).any())))
    assert [a for a, _ in occurrences] == [a for a, _ in TOWN]
    assert occurrences[k] == TOWN[k]


def test_claims_entities_alias_keys_match(executed):
    # Exercise 2: every alias key matched something before the merge (no silent no-op).
    printed = _printed(executed["03-entity-frequency"], 'fix = {"Nwosu": "Amara Nwosu", "council": "Kestrel Bay council"}')
    table = printed[printed.index("mentions before"):]
    for key in ("Nwosu", "council"):
        line = next(line for line in table.splitlines() if line.startswith(key + " "))
        before = line.split()[1::2]  # mentions before, statements before
        assert any(int(x) > 0 for x in before), line


def test_claims_entities_alias_reaches_sources(example_tables):
    import newslab as nl
    from tests.conftest import EXAMPLES

    fixed = nl.analyze(nl.read_articles(EXAMPLES), aliases={"council": "Kestrel Bay council"}, progress=False)
    assert "council" not in set(fixed.sources["source"])


# --- notebook 04 ------------------------------------------------------------------------------------

#: The mini examples of notebook 04, read from the sentences: text, kind, value, low, high, approximate, unit, attributed_to.
FIGURES_TRUTH = [
    ("example-0", "£110 million", "money", 110e6, 110e6, 110e6, False, "GBP", ""),
    ("example-0", "4.2 per cent", "percent", 4.2, 4.2, 4.2, False, "percent", ""),
    ("example-1", "5 and 10", "count", None, 5, 10, False, "people", "police"),
    ("example-2", "More than 300", "count", 300, 300, None, True, "people", "organisers"),
    ("example-3", "Dozens", "count", None, 24, 100, True, "shops", ""),
    ("example-3", "tens of thousands", "count", None, 1e4, 1e5, True, "people", ""),
    ("example-4", "71-year-old", "age", 71, 71, 71, False, "years", ""),
    ("example-4", "40 years", "duration", 40, 40, 40, False, "years", ""),
]


@pytest.fixture(scope="module")
def figures_mini():
    import newslab as nl

    examples = _literal("04-figures", "examples = [", "examples")
    return nl.analyze(pd.DataFrame({"id": [f"example-{i}" for i in range(len(examples))], "text": examples}), progress=False).figures


def test_claims_figures_mini_rows(figures_mini):
    def num(x):  # noqa: ANN001, ANN202
        return None if pd.isna(x) else float(x)

    got = [(r.article_id, r.text, r.kind, num(r.value), num(r.low), num(r.high), bool(r.approximate), r.unit,
            "" if pd.isna(r.attributed_to) else r.attributed_to) for r in figures_mini.itertuples()]
    want = [(a, t, k, None if v is None else float(v), None if lo is None else float(lo), None if hi is None else float(hi), ap, u, w)
            for a, t, k, v, lo, hi, ap, u, w in FIGURES_TRUTH]
    assert got == want


#: Figures of the stories newslab still gets wrong, with why (none since 0.3: documents take their issuer).
EXAMPLE_FIGURES_WRONG: dict[tuple[str, str], str] = {}


def _example_figure_rows() -> list[tuple[str, str]]:
    return [(r["id"], f["text"]) for r in _gold(EXAMPLES_GOLD) for f in r["figures"]]


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=EXAMPLE_FIGURES_WRONG[r])) if r in EXAMPLE_FIGURES_WRONG else r
     for r in _example_figure_rows()],
    ids=lambda r: f"{r[0]}:{r[1][:14]}",
)
def test_claims_figures_examples_rows(example_tables, row):
    # Notebook 04's exercises show the stories' figures with values, hedges and claimants.
    from newslab.scoring import compare_figures

    rows = compare_figures(EXAMPLES_GOLD, example_tables.figures)
    status = rows[(rows["article_id"] == row[0]) & (rows["gold_text"] == row[1])]["status"].tolist()
    assert status == ["right"]


#: What each money figure of the stories counts: the answers a reader accepts (exercise 1 shows `counts`).
MONEY_COUNTS = {
    ("kb-001", "£120 million and £160 million"): {"sea wall", "sea wall cost", "cost"},
    ("kb-001", "at least £50 million"): {"grant"},
    ("kb-002", "about £38 million a year"): {"tourism", "tourism income"},
    ("kb-004", "more than £30 million"): {"offer", "government offer"},
    ("kb-004", "£50 million"): {"grant", "money"},
    ("kb-004", "£175 million"): {"latest cost estimate", "cost estimate", "cost"},
    ("kb-007", "£140 million"): {"sea wall", "sea wall and salt marsh scheme", "scheme"},
    ("kb-007", "£30 million"): {"offer", "government offer"},
    ("kb-008", "about £85 a year"): {"council tax", "council tax increase"},
    ("kb-008", "£110 million"): {"borrowing", "loan"},
}
MONEY_COUNTS_WRONG = {
    ("kb-001", "at least £50 million"): "counts is empty (the grant)",
    ("kb-004", "more than £30 million"): "counts is empty (the government's offer)",
    ("kb-004", "£50 million"): "counts is empty (the grant hoped for)",
    ("kb-007", "£30 million"): "counts is 'national government', who offers, not what is offered",
    ("kb-008", "about £85 a year"): "counts is 'Households', who pays, not the council tax increase",
    ("kb-008", "£110 million"): "counts is empty (the borrowing)",
}


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=MONEY_COUNTS_WRONG[r])) if r in MONEY_COUNTS_WRONG else r for r in MONEY_COUNTS],
    ids=lambda r: f"{r[0]}:{r[1][:14]}",
)
def test_claims_figures_money_counts(example_tables, row):
    figs = example_tables.figures
    money = figs[(figs["kind"] == "money") & (figs["article_id"] == row[0]) & (figs["text"] == row[1])]
    assert len(money) == 1
    assert money["counts"].fillna("").iloc[0] in MONEY_COUNTS[row]


def test_claims_figures_money_rows_are_all_listed(example_tables):
    money = example_tables.figures[example_tables.figures["kind"] == "money"]
    assert set(zip(money["article_id"], money["text"])) == set(MONEY_COUNTS)


def test_claims_figures_cost_estimates(executed):
    # Exercise 2 keeps three cost estimates and leaves out the borrowing.
    printed = _printed(executed["04-figures"], "COST_ESTIMATES = [")
    table = printed[re.search(r"^\s+published\s+outlet", printed, re.MULTILINE).start():]
    assert "£120 million and £160 million" in table and "£175 million" in table and "£140 million" in table
    assert "£110 million" not in table


def test_claims_figures_crowd_ratio(executed):
    assert "ratio of the two estimates: 2.5" in _printed(executed["04-figures"], 'organisers, police = (')


# --- notebook 05: the prose about the Wikinews sample -------------------------------------------------

def test_claims_corpus_sample(executed):
    run = executed["05-corpus"]
    printed = _printed(run, "raw = nl.datasets.wikinews(N_ARTICLES, seed=SEED)")
    assert "150 articles" in printed and "from 16 Nov 2004 to 09 Dec 2014" in printed
    years = _printed(run, "per_year = dates.dt.year.value_counts()")
    m = re.search(r"The four busiest years \((\d{4})-(\d{4})\) hold (\d+) of 150 articles", years)
    assert m and (m.group(1), m.group(2)) == ("2005", "2008") and int(m.group(3)) > 120
    md = _markdown("05-corpus")
    assert "mostly from 2005 to 2008" in md


def test_claims_corpus_peak_and_decline(executed):
    printed = _printed(executed["05-corpus"], 'fig = charts.time_series(tables, freq=FREQ, measure="articles")')
    assert "the busiest is 2006 with 50 articles" in printed
    assert "rises to a peak in the middle of the 2000s and falls away after\n2008" in _markdown("05-corpus")


def test_claims_corpus_who_is_quoted(executed):
    printed = _printed(executed["05-corpus"], "few = int((top_sources")
    m = re.search(r"(\d+) of the 10 sources with the most statements appear in one or two articles only", printed)
    assert m and int(m.group(1)) > 5, printed  # "most of the ten"
    first = re.search(r"People quoted in the most articles: ([^(]+) \(", printed)
    assert first and first.group(1) == "John Howard"
    shares = dict(re.findall(r"(\w+) \d+ \((\d+)%\)", printed))
    assert max(shares, key=lambda k: int(shares[k])) == "person"
    md = _markdown("05-corpus")
    assert "led by Australia's prime minister John Howard" in md


def test_claims_corpus_john_howard_is_prime_minister(executed):
    printed = _printed(executed["05-corpus"], "titled = tables.sources.assign(")
    lines = printed.splitlines()
    row_id = next(line.split()[0] for line in lines if "John Howard" in line)
    # pandas may wrap the wide table: the title is on the row's line or its continuation.
    assert any(line.split()[:1] == [row_id] and "Prime Minister" in line for line in lines), printed


def test_claims_corpus_unnamed_share(executed):
    printed = _printed(executed["05-corpus"], 'sources["unnamed"] = sources["n_quotes"].where(')
    share = int(re.search(r"Over the whole sample, (\d+)% of statements", printed).group(1))
    assert 15 <= share <= 25  # "about one statement in five"
    table = printed[printed.index("share_unnamed"):]
    counts = {int(y): int(a) for y, a, *_ in re.findall(r"^(\d{4})\s+(\d+)\s+(\d+)", table, re.MULTILINE)}
    assert all(n <= 8 for y, n in counts.items() if y < 2005 or y > 2008)  # "years with few articles"
    assert all(n >= 20 for y, n in counts.items() if 2005 <= y <= 2008)


def test_claims_corpus_tone(executed):
    printed = _printed(executed["05-corpus"], 'big = tone_data[tone_data["n_units"] >= 100]')
    m = re.search(r"periods with at least 100 sentences: mean polarity from ([+-]\d+\.\d+) to ([+-]\d+\.\d+)", printed)
    low, high = float(m.group(1)), float(m.group(2))
    assert 0 < low <= high < 0.1  # "just above zero, moves by a few hundredths"
    m = re.search(r"with fewer: from ([+-]\d+\.\d+) to ([+-]\d+\.\d+)", printed)
    assert float(m.group(1)) < low and float(m.group(2)) > high  # "swing further, both ways"


def test_claims_corpus_leader(executed):
    printed = _printed(executed["05-corpus"], "leader = charts.entity_frequency_data(tables.entities, top=1")
    assert "Most mentioned entity in the corpus: United States" in printed
    m = re.search(r"periods with at least 5,000 words: ([\d.]+) to ([\d.]+) mentions per 1,000 words", printed)
    assert 2 <= float(m.group(1)) <= float(m.group(2)) <= 6  # "a few times per 1,000 words"


@pytest.fixture(scope="module")
def wrong_bar_tables():
    """The three articles behind the bars notebook 05's prose flags as wrong, analysed alone."""
    import newslab as nl

    raw = nl.datasets.wikinews(None)
    return nl.analyze(raw[raw["id"].isin(["wikinews-13621", "wikinews-59556", "wikinews-33409"])], progress=False)


def _row_with(tables, article_id: str, words: str) -> pd.Series:  # noqa: ANN001
    rows = tables.quotes[(tables.quotes["article_id"] == article_id) & tables.quotes["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_claims_corpus_wrong_bars_prose(wrong_bar_tables, executed):
    # Notebook 05 says three bars of its sources chart are wrong, and why; each reason must still hold.
    md = _markdown("05-corpus")
    shown = _printed(executed["05-corpus"], "few = int((top_sources")
    # 1. "said Sumaidaie" (the ambassador, Mohamed al-Sumaidaie) is given to the student's full name.
    row = _row_with(wrong_bar_tables, "wikinews-13621", "The Marines were smiling at each other")
    assert row["speaker_canonical"] == "Mohammed Sumaidaie"
    assert '"Mohammed Sumaidaie"** bar holds the words of his relative' in md
    # 2. (Until the interview rule, Jose Melo's bar was the second: his 7 rows, one of them Palparan's admission. His
    #    bar left the chart when Miriam Stucky's entered, and the prose no longer reads it.)
    melo = wrong_bar_tables.quotes[wrong_bar_tables.quotes["speaker_canonical"] == "Jose Melo"]
    assert len(melo) == 7
    assert "Jose Melo" not in shown and "Jose Melo" not in md
    assert "Barack Obama" not in md.split("- One of **John Howard**")[0]
    # 3. Howard's joint statement with the state and territory leaders is counted as his alone.
    row = _row_with(wrong_bar_tables, "wikinews-33409", "AU$1.1 billion")
    assert row["speaker_canonical"] == "John Howard" and "state and territory leaders" in row["speaker"]
    assert "so by it he has 11 statements in 3" in md
    assert "John Howard (4 articles, 12 statements)" in shown


def _overlapping(tables, article_id: str, start: int, end: int) -> pd.DataFrame:  # noqa: ANN001
    rows = tables.quotes[tables.quotes["article_id"] == article_id]
    return rows[(rows["start_char"] < end) & (start < rows["end_char"])]


def _md_flat(stem: str) -> str:
    return " ".join(_markdown(stem).split())


def test_claims_corpus_five_bars_off(executed):
    # "five of the ten in this chart are off in ways only reading shows": the five the prose names are all in the
    # chart (six until the interview rule: Jose Melo's bar has left it, and Miriam Stucky's, which is right, entered).
    shown = _printed(executed["05-corpus"], 'top_sources[["source", "source_type"')
    named = ["Mohammed Sumaidaie", "John Howard", "Felix Kulov", "Clive Williams", "Vladimir Putin"]
    for person in named:
        assert person in shown
    assert "Miriam Stucky" in shown and "Jose Melo" not in shown
    md = _md_flat("05-corpus")
    assert "five of the ten in this chart are off in ways only reading shows" in md
    assert "Three hold a wrong row, or miss one to a wrong speaker" in md
    assert "six of the ten" not in md and "three in this chart are wrong" not in md


def test_claims_corpus_kulov_threat_given_to_the_conflict(wikinews_tables, executed):
    # Felix Kulov's bar: 9 rows; his 'threatened to "take measures to arrest" ...' goes to the sentence's subject.
    row = _row_with(wikinews_tables, "wikinews-6601", 'take measures to arrest')
    assert row["speaker"] == "Kyrgyzstan's parliamentary conflict" and str(row["speaker_type"]) == "unknown"
    assert row["confidence"] < 0.05
    first = wikinews_tables.quotes[wikinews_tables.quotes["article_id"] == "wikinews-6601"].sort_values("start_char").iloc[0]
    assert first["start_char"] == row["start_char"]  # "the first one has a speaker that is not a person at all"
    assert len(_said_by(wikinews_tables, "Felix Kulov")) == 9
    assert re.search(r"^\s*\d+\s+Felix Kulov\s+person\s+1\s+9\s", _printed(executed["05-corpus"], 'top_sources[["source", "source_type"'),
                     re.MULTILINE)
    # 0.10.0: the reported clause and the quoted sentences after it ("He said that he had lost an election ...,
    # "But despite this, ...") are two rows, as the guideline counts them (one mixed row in 0.9.0).
    lost = _row_with(wikinews_tables, "wikinews-6601", "he had lost an election")
    defeat = _row_with(wikinews_tables, "wikinews-6601", "I acknowledged my defeat")
    assert (lost["kind"], defeat["kind"]) == ("indirect", "direct") and lost["end_char"] < defeat["start_char"]
    assert "defeat" not in lost["text"] and lost["speaker_canonical"] == defeat["speaker_canonical"] == "Felix Kulov"
    md = _md_flat("05-corpus")
    assert "**Felix Kulov**'s bar (9 statements) misses one" in md and "By reading Kulov makes 10 statements" in md
    assert "are two statements, as the guideline counts them" in md


def test_claims_corpus_stucky_takes_tenth_by_reading(wikinews_tables):
    # Exercise 1's reading: after Sharon drops out, the table's order (articles, statements, name) puts Miriam
    # Stucky next (12 rows in one article, her interview answers); Clive Williams (10 rows, 11 by reading),
    # Christine Nixon and Felix Kulov (9 rows each, Kulov 10 by reading) stay behind her. (Until the interview rule
    # her answers had no rows and Clive Williams took the last place; until 0.14.0 Hugo Chávez's rows were split
    # between 'Chavez' and 'Hugo Chávez', Williams was in the ten and Kulov took the last place by reading.)
    people = wikinews_tables.sources[wikinews_tables.sources["source_type"] == "person"]
    ranked = (people.groupby("source").agg(articles=("article_id", "nunique"), statements=("n_quotes", "sum"))
              .reset_index().sort_values(["articles", "statements", "source"], ascending=[False, False, True]))
    names = ranked["source"].tolist()
    assert names[3] == "Hugo Chávez"
    assert names[8] == "Ariel Sharon"
    assert names[9:14] == ["Mohammed Sagar", "Miriam Stucky", "Clive Williams", "Christine Nixon", "Felix Kulov"]
    stucky = ranked[ranked["source"] == "Miriam Stucky"].iloc[0]
    assert (stucky["articles"], stucky["statements"]) == (1, 12)
    kulov, nixon = (ranked[ranked["source"] == name].iloc[0] for name in ("Felix Kulov", "Christine Nixon"))
    assert (kulov["articles"], kulov["statements"] + 1) == (1, 10)
    assert (nixon["articles"], nixon["statements"]) == (1, 9)
    text = wikinews_tables.articles.set_index("article_id").loc["wikinews-6601", "text"]
    assert "Felix Kulov, appointed acting minister of securities" in text
    md = _md_flat("05-corpus")
    williams = ranked[ranked["source"] == "Clive Williams"].iloc[0]
    assert (williams["articles"], williams["statements"]) == (1, 10)
    assert "So Miriam Stucky takes the last place, and by reading eight of the ten hold a public office" in md
    assert "Stucky, a Green Party candidate who holds no office, with twelve rows in one article" in md
    assert "Clive Williams takes the last place" not in md
    assert "Felix Kulov, appointed *acting minister of securities*" not in md


def test_claims_corpus_williams_opening_row_anonymous(wikinews_tables):
    # Clive Williams: 10 rows; the article's opening 'An Australian terrorism expert says ...' is marked anonymous,
    # though the next sentence names him. Its speaker_org is empty since 0.11.0 (0.10.0: 'Australian', a nationality,
    # which is no organisation: the empty value is better, the right one is his university, see the xfail below).
    row = _row_with(wikinews_tables, "wikinews-30981", "he has evidence, which could show")
    assert row["speaker"] == "An Australian terrorism expert" and str(row["speaker_type"]) == "anonymous"
    assert row["speaker_org"] == "" and row["speaker_canonical"] == ""
    text = wikinews_tables.articles.set_index("article_id").loc["wikinews-30981", "text"]
    assert text.startswith("An Australian terrorism expert says") and "\n\nProfessor Clive Williams," in text[:300]
    assert len(_said_by(wikinews_tables, "Clive Williams")) == 10
    md = _md_flat("05-corpus")
    assert "**Clive Williams** (10 statements) makes 11" in md
    assert "with no name and an empty `speaker_org`" in md and "the row is still wrong" in md
    assert "with `speaker_org` *Australian*" not in md


@pytest.mark.xfail(strict=True, reason="the opening description 'An Australian terrorism expert' is left anonymous with no "
                   "name and no organisation; the next sentence names him: Professor Clive Williams, Australian National University")
def test_claims_corpus_williams_opening_row_is_williams(wikinews_tables):
    row = _row_with(wikinews_tables, "wikinews-30981", "he has evidence, which could show")
    assert row["speaker_canonical"] == "Clive Williams" and str(row["speaker_type"]) == "person"
    assert row["speaker_org"] == "Australian National University"


def test_claims_corpus_putin_interview_answer_missed(wikinews_tables):
    # Vladimir Putin: 13 rows; the interview answer tagged 'VLADIMIR PUTIN:' has none, and it lies between two of his.
    text = wikinews_tables.articles.set_index("article_id").loc["wikinews-70976", "text"]
    start = text.index("VLADIMIR PUTIN: (laughs) Am I a ‘pure democrat’? Of course I am, absolutely.")
    end = text.index("There is no one to talk to since Mahatma Gandhi died.", start)
    assert _overlapping(wikinews_tables, "wikinews-70976", start, end).empty
    putin = wikinews_tables.quotes[(wikinews_tables.quotes["speaker_canonical"] == "Vladimir Putin")]
    assert len(putin) == 13
    in_article = putin[putin["article_id"] == "wikinews-70976"]
    assert (in_article["end_char"] <= start).any() and (in_article["start_char"] >= end).any()
    md = _md_flat("05-corpus")
    assert "**Vladimir Putin** (13 statements) makes at least 16" in md
    # wikinews-8850: the address's call on lawmakers and its 'made clear' statement have no row.
    address = wikinews_tables.articles.set_index("article_id").loc["wikinews-8850", "text"]
    for words in ("calling on lawmakers and the public to strengthen democracy", "He made clear the need for investment"):
        at = address.index(words)
        assert _overlapping(wikinews_tables, "wikinews-8850", at, at + len(words)).empty, words
        assert words in md
    # Exercise 1's ranking (articles, statements, name): by reading he passes Alexander Downer (13), same articles.
    people = wikinews_tables.sources[wikinews_tables.sources["source_type"] == "person"]
    putin_s, downer = (people[people["source"] == name] for name in ("Vladimir Putin", "Alexander Downer"))
    assert (putin_s["article_id"].nunique(), int(putin_s["n_quotes"].sum())) == (2, 13)
    assert (downer["article_id"].nunique(), int(downer["n_quotes"].sum())) == (2, 13)
    assert "Vladimir Putin's 16 or more move him up one place, above Alexander Downer" in md
    assert 'interview answers tagged "Name:"' in (ROOT / "docs" / "quotes.md").read_text(encoding="utf-8")


def test_claims_corpus_sumaidaie_two_statements_in_one_span(wikinews_tables):
    row = _row_with(wikinews_tables, "wikinews-13621", "rough up the youths")
    assert row["speaker_canonical"] == "Mohammed Sumaidaie"
    assert "The alleged victim was at his father" in row["text"] and "the ambassador said" in row["text"]
    assert len(_said_by(wikinews_tables, "Mohammed Sumaidaie")) == 8
    assert 'it contains "the ambassador said"' in _md_flat("05-corpus")


def test_claims_corpus_obama_context_quote_has_no_row(wikinews_tables):
    # The quotation after 'Obama also said ...' has no cue of its own and no row. Notebook 05 said so under its chart
    # until 0.15.0, when Obama's bar (now 6 rows, all his) left the chart; the behaviour is kept as a record.
    text = wikinews_tables.articles.set_index("article_id").loc["wikinews-125801", "text"]
    start = text.index("There are threats to the country including")
    assert text[:start].rstrip().endswith("Obama also said the economy was not the only problem.")
    end = text.index("pandemic flu.", start) + len("pandemic flu.")
    assert _overlapping(wikinews_tables, "wikinews-125801", start, end).empty


#: The rows notebook 05 calls `unknown`, read in their sentences: "speaker" (someone else said it, named nearby, or
#: a pronoun left unresolved), "not" (not a statement), "right" (a real source newslab could not type).
UNKNOWN_READING = {
    ("wikinews-6601", "to \"take measures to arrest\""): "speaker",  # Felix Kulov, the sentence's second clause
    ("wikinews-8850", "ran a \"managed democracy\""): "speaker",  # Condoleezza Rice, not her visit
    ("wikinews-18841", "the pullout from Gaza"): "right",  # a thin majority in the Israeli government believe
    ("wikinews-31558", "there is enough good will"): "right",  # the two sides claimed
    ("wikinews-31558", "developing an international consensus"): "speaker",  # Saran recommended, not "a region"
    ("wikinews-35077", "it as \"an outstanding wine"): "speaker",  # Robert Parker described it, not "Such fears"
    ("wikinews-35236", "Four of the original twelve"): "not",  # the writer lists cartoons
    ("wikinews-35236", "to show horns coming out"): "not",  # "another [cartoon] claimed to show"
    ("wikinews-44506", "We are disappointed that the"): "speaker",  # "he" = Aviv Shir-On, the sentence before
    ("wikinews-47820", "since the parliamentary and presidential"): "speaker",  # "them" = Wantoch-Rekowski's supporters
    ("wikinews-56820", "they feel safer with British"): "right",  # thousands of Iraqis say
    ("wikinews-59556", "retired Maj. Gen. Jovito Palparan"): "speaker",  # "they" = the Melo Commission
    ("wikinews-72208", "items in the \"Thomas and"): "right",  # according to RC2 (a company)
    ("wikinews-81507", "for permitting State terrorist access"): "right",  # a portion of the bill (a document)
    ("wikinews-82600", "the names are \"hostile or"): "speaker",  # the NCAA, not "Post-season use of ... mascots"
    ("wikinews-89154", "when the talks would start"): "not",  # "neither side said": nothing was said
    ("wikinews-106833", "he is ending his political career"): "speaker",  # Mike Gravel, not "Barr's nomination"
    ("wikinews-116517", "it was unconstitutional"): "right",  # "They" = the many individuals who campaigned against it
    ("wikinews-117944", "an immediate hearing session"): "speaker",  # "it" = Mohammed's filing: Mohammed
    ("wikinews-125801", "two wars."): "speaker",  # the Los Angeles Times, not "both"
    ("wikinews-171299", "it will take a great amount"): "speaker",  # "He" = the Governor of the Bank of England
}


def test_claims_corpus_unknown_rows_mostly_errors(wikinews_tables, executed):
    # Notebook 05: "of the 24, by our reading, 12 have a wrong speaker ... and 3 are not statements at all. Only 9
    # are real sources newslab could not type ... none of the 24 is above 0.25." (0.10.0: "The warrant" of
    # wikinews-106671 is a document of the International Criminal Court now, WordNet's record nouns; the Olmert and
    # Abbas instruction of wikinews-89154 goes to the two leaders jointly, still no statement.) When a rule changes these rows,
    # read the new ones, update UNKNOWN_READING and the prose together.
    unknown = wikinews_tables.quotes[wikinews_tables.quotes["speaker_type"] == "unknown"]
    keys = [next((k for k in UNKNOWN_READING if k[0] == r.article_id and r.text.startswith(k[1])), (r.article_id, r.text))
            for r in unknown.itertuples()]
    assert sorted(keys) == sorted(UNKNOWN_READING)
    verdicts = pd.Series(UNKNOWN_READING).value_counts().to_dict()
    assert verdicts == {"speaker": 12, "right": 6, "not": 3}
    assert unknown["confidence"].max() < 0.25
    shown = _printed(executed["05-corpus"], "few = int((top_sources")
    assert f"unknown {len(unknown)} (" in shown
    md = _md_flat("05-corpus")
    assert "of the 21, by our reading, 12 have a wrong speaker" in md and "and 3 are not statements at all" in md
    assert "Only 6 are real sources newslab could not type" in md and "none of the 21 is above 0.25" in md
    assert "`unknown` is a speaker newslab could not type" not in md
    for row in [("wikinews-6601", "Kyrgyzstan's parliamentary conflict"), ("wikinews-8850", "last week's visit by Condoleezza Rice"),
                ("wikinews-44506", "he"), ("wikinews-35236", "another")]:
        assert ((unknown["article_id"] == row[0]) & (unknown["speaker"] == row[1])).any(), row


# --- notebook 03: the seed's counts and the three passages the prose discusses ------------------------

#: Mentions of the names notebook 03 shows, counted by reading the seed article.
SEED_MENTIONS = {"Japan": 12, "Asahi": 7, "Kim Jong-un": 8, "North Korea": 6, "Japanese": 5, "North Korean": 5, "Tokyo": 4,
                 "Pyongyang": 4, "Donald Trump": 4, "China": 2, "United States": 3, "Chongryon": 2, "Shinzo Abe": 2,
                 "Taro Kono": 2}  # United States: "US", "the United States" and "America" (the dialogue partner)
SEED_MENTIONS_WRONG = {
    "Japan": "the 'in Japan' that ends 'General Association of Korean Residents in Japan' is counted as the country",
    "Kim Jong-un": "one mention is inside 'Seoul Kim', read as one PERSON",
    "Donald Trump": "the Trump of 'the Trump-Kim meeting' is not marked",
}


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=SEED_MENTIONS_WRONG[n])) if n in SEED_MENTIONS_WRONG else n
     for n in SEED_MENTIONS],
)
def test_claims_entities_seed_counts(seed_tables, name):
    names = seed_tables.entities[seed_tables.entities["label"].isin(["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"])]
    assert int((names["canonical"] == name).sum()) == SEED_MENTIONS[name]


def test_claims_entities_seed_prose(seed_tables, executed):
    # The prose says each of the three is off by one, and shows why.
    names = seed_tables.entities[seed_tables.entities["label"].isin(["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"])]
    counts = names["canonical"].value_counts()
    assert (counts["Kim Jong-un"], counts["Donald Trump"], counts["Japan"]) == (7, 3, 13)
    printed = _printed(executed["03-entity-frequency"], 'for words in ["from Seoul Kim"')
    assert "'Seoul Kim’s' (PERSON) -> Seoul Kim" in printed
    assert "'the Trump-Kim meeting': 'Kim' (PERSON) -> Kim Jong-un" in printed
    assert "'the General Association of Korean Residents' (ORG)" in printed and "'Japan' (GPE) -> Japan" in printed
    top = _printed(executed["03-entity-frequency"], "top3 = freq.head(3)")
    assert "Most mentioned: Japan (GPE, 13); Asahi (ORG, 7); Kim Jong-un (PERSON, 7)" in top


@pytest.mark.parametrize(
    ("words", "counted"),
    [
        pytest.param("£110 million", "borrowing", marks=pytest.mark.xfail(strict=True, reason="counts is empty: 'borrow' is a verb")),
        pytest.param("4.2 per cent", "interest rate", marks=pytest.mark.xfail(strict=True, reason="counts is empty: the noun comes first")),
        ("5 and 10", "people"),
        ("More than 300", "people"),
        ("Dozens", "shops"),
        ("tens of thousands", "visitors"),
        ("71-year-old", "age"),
    ],
)
def test_claims_figures_mini_counts(figures_mini, words, counted):
    # Notebook 04 shows `counts` for its small examples and says where it is empty.
    assert figures_mini.set_index("text").loc[words, "counts"] == counted


def test_claims_figures_mini_empty_counts_as_the_prose_says(figures_mini):
    empty = figures_mini[figures_mini["counts"].fillna("") == ""]["text"].tolist()
    assert empty == ["£110 million", "4.2 per cent", "40 years"]


# --- notebook 05: the rows it reads ---------------------------------------------------------------

@pytest.fixture(scope="module")
def wikinews_tables():
    import newslab as nl

    return nl.analyze(nl.read_articles(nl.datasets.wikinews(150, seed=0)), progress=False)


def _said_by(tables, name: str) -> list[str]:  # noqa: ANN001
    return tables.quotes[tables.quotes["speaker_canonical"] == name]["text"].tolist()


def _which(row: str, starts: list[str]) -> str:
    """The statement (by its first words) a row is, or the row itself when it is none of them."""
    return next((start for start in starts if row.startswith(start)), row)


#: Alexander Downer's statements in the sample (wikinews-32477 and wikinews-37820), by their first words.
DOWNER_STATEMENTS = [
    "the Federal government will contribute another 200 troops", "We have 190 at the moment",
    "Australia's commitment to Afghanistan was not as large", "Australia would build on the millions",
    "the troops would probably be sent", "July, August would be the pencilled-in planning",
    "Afghanistan still had a security problem", "We know how important it is",
    "Australia would \"wait and see\"", "China needs the uranium", "Given China's high projected growth",
    "Uranium will only be sold by contract", "Thirdly, there will be a system",
]


def test_claims_corpus_downer_rows(wikinews_tables):
    # "The first bar is Alexander Downer's, and all thirteen of his rows are his words": one row per statement of
    # his, and neither the writer's lead-in ("Speaking outside ...") nor the Compact's description is among them.
    rows = _said_by(wikinews_tables, "Alexander Downer")
    assert sorted(_which(r, DOWNER_STATEMENTS) for r in rows) == sorted(DOWNER_STATEMENTS)
    assert not any(r.startswith(("Speaking outside", "a road-map")) for r in rows)
    from newslab import charts

    assert charts.source_breakdown_data(wikinews_tables.sources, top=10)["source"].iloc[0] == "Alexander Downer"


def test_claims_corpus_beazley_statements(wikinews_tables):
    assert "You big bellowing cow" not in _said_by(wikinews_tables, "Kim Beazley")  # Abbott's interjection


def test_claims_corpus_bush_statements(wikinews_tables):
    bush = wikinews_tables.quotes[wikinews_tables.quotes["speaker_canonical"] == "George W. Bush"]
    assert bush["article_id"].nunique() == 1 and len(bush) == 2
    assert not bush["text"].str.contains("Specter").any()  # Specter's statement about Bush is Specter's


#: Sean McCormack's statements in wikinews-70976 and wikinews-32812, by their first words.
MCCORMACK_STATEMENTS = [
    "We don't like to get into tit-for-tat games", "They have more of the ring of 1977", "But it's just very surprising",
    "Well, look, you can always do things better", "We want Russia to participate", "As President Putin himself",
]
MCCORMACK_QUESTION = "whether the Bush administration had any regrets"


def test_claims_corpus_errors_the_prose_names(wikinews_tables):
    # The prose says these rows are there (and wrong): keep it in step with the output. When a rule fixes one,
    # this test fails: change the prose (notebook 05) and this test together.
    rows = _said_by(wikinews_tables, "Sean McCormack")
    # "one of Sean McCormack's 7 rows ... is the question put to him ...; his answer is the next row"
    question = [i for i, r in enumerate(rows) if r.startswith(MCCORMACK_QUESTION)]
    assert len(rows) == 7 and len(question) == 1 and rows[question[0] + 1].startswith("Well, look")
    answers = [r for r in rows if not r.startswith(MCCORMACK_QUESTION)]
    assert sorted(_which(r, MCCORMACK_STATEMENTS) for r in answers) == sorted(MCCORMACK_STATEMENTS)
    people = wikinews_tables.sources[wikinews_tables.sources["source_type"] == "person"]
    sagar = people[people["source"] == "Mohammed Sagar"]["speaker_title"].replace("", pd.NA).dropna()
    # Notebook 05: "who has no title (the articles call him only Mr)": since titles21 a bare form of address
    # is no title (0.14.0 printed 'Mr').
    assert sagar.empty
    assert "who has no title (the articles call him only *Mr*)" in _md_flat("05-corpus")
    williams = people[people["source"] == "Clive Williams"]["speaker_title"].replace("", pd.NA).dropna()
    assert "Australian National University" in williams.iloc[0]  # "his title is his post at the ... University"
    top = people.groupby("source")["article_id"].nunique().sort_values(ascending=False)
    assert top.index[0] == "John Howard"


def test_claims_corpus_name_merges_the_prose_calls_wrong(wikinews_tables):
    # "Two of the ten rows above are wrong": Nauru made an ORG, Sqoot a GPE. CRTC takes its full name (the
    # speakers' abbreviation "Canadian Radio-television and Telecommunications Commission (CRTC)" is evidence).
    import newslab as nl

    shown = pd.DataFrame(nl.merge_names(wikinews_tables).entities.attrs["name_merges"]).head(10)
    rows = {r.variant: (r.canonical, r.label) for r in shown.itertuples()}
    assert rows["CRTC"][0] == "Canadian Radio-television and Telecommunications Commission"  # right
    assert rows["Nauru"] == ("Nauru", "ORG")  # a country
    assert rows["Sqoot"] == ("Sqoot", "GPE")  # a web start-up
    assert rows["Bush"] == ("George W. Bush", "PERSON")  # right: every "Bush" of the sample is from 2005-2008


# --- notebook 02 ----------------------------------------------------------------------------------

def test_claims_sentiment_small_examples(executed):
    printed = _printed(executed["02-sentiment"], "tb = score_texts(examples)")
    for sentence, textblob in [("The talks were good.", "0.70"), ("The talks were very good.", "0.91"),
                               ("The talks were not good.", "-0.35"), ("The talks were not bad.", "0.35"),
                               ("They are anxious.", "-0.25"), ("The attack killed 12 people.", "-0.20"),
                               ("No one thinks this is a good plan.", "0.70"),
                               ("Not wanting to feel left out, Japan also wants to meet Kim.", "0.10")]:
        line = next(line for line in printed.splitlines() if sentence in line)
        assert line.split()[-1] == textblob, line


def test_claims_sentiment_words_behind_scores():
    from newslab.sentiment import explain_sentiment

    left_out = explain_sentiment("Not wanting to feel left out, Japan also wants to meet Kim.")
    assert dict(zip(left_out["word"], left_out["polarity"].round(2))) == {"left": 0.0, "wants": 0.2}
    collins = explain_sentiment("They don’t want to be left out of any sort of deal that would be made, "
                                "and they’re very anxious to get their foot in the door.")
    scored = collins[collins["role"] == "lexicon word"]
    assert scored["word"].tolist() == ["left", "anxious"] and collins.attrs["n_lexicon_words"] == 3
    assert abs(collins.attrs["polarity"] - scored["polarity"].mean()) < 1e-9 and f"{collins.attrs['polarity']:+.3f}" == "-0.163"
    last = explain_sentiment("Tokyo suspects that hundreds more may have been taken.")
    assert dict(zip(last["word"], last["polarity"])) == {"more": 0.5}


def test_claims_sentiment_by_entity(seed_tables):
    from newslab import charts

    by_entity = charts.sentiment_by_entity_data(seed_tables, top=10).set_index("canonical")
    assert (by_entity.loc["Tokyo", "n_sentences"], round(by_entity.loc["Tokyo", "polarity"], 2)) == (4, 0.10)
    assert (by_entity.drop("Tokyo")["polarity"].abs() < 0.08).all()  # "close to zero"


def test_claims_sentiment_outlets(executed):
    printed = _printed(executed["02-sentiment"], "per_article = sentiment_by_article(ex_tables).merge(")
    assert printed.startswith("All means are positive") and "no difference worth reporting" in printed


@pytest.mark.parametrize("text", SEED_QUOTES, ids=lambda t: t[:24])
def test_claims_seed_speaker_as_written(seed_tables, text):
    # Notebooks 00 and 01 show the `speaker` column (the mention as written, S1: without titles).
    gold = {q["text"]: q for q in _gold(SEED_GOLD)[0]["quotes"]}[text]
    expected = "Taro Kono" if gold["speaker"] == "Japan’s Foreign Minister Taro Kono" else gold["speaker"]
    q = seed_tables.quotes
    row = q[(q["start_char"] < gold["end"]) & (q["end_char"] > gold["start"])].iloc[0]
    assert row["speaker"] == expected
    if text == "to offer specific comment on the report":
        # 0.11.0: the subject of 'declined', no longer the 'it' of the clause before; both notebooks say so.
        assert not row["speaker_resolved"]
        for stem in ("00-quickstart", "01-source-attribution"):
            md = " ".join(_markdown(stem).split())
            assert "it shows *The Japanese government*, the subject of *declined*" in md
            assert "the `speaker` column says *it*" not in md


def test_claims_entities_pairs(example_tables):
    # Notebook 03, exercise 3: the repeated pair, and the two pairs its reading calls out.
    from newslab.cooccurrence import cooccurrences

    pairs = cooccurrences(example_tables.entities)
    assert pairs[pairs["n_sentences"] > 1][["entity_a", "entity_b"]].values.tolist() == [["Jean Pellow", "Quay Street"]]
    listed = {tuple(sorted(p)) for p in pairs[["entity_a", "entity_b"]].values.tolist()}
    assert ("Households", "Kestrel Bay") in listed and ("Coastline Today", "Kestrel Bay") in listed
    ents = example_tables.entities
    households = ents[ents["text"] == "Households"]
    assert households["label"].tolist() == ["ORG"]  # "no name": the model's error the reading names


# --- the rows the exercises on the Kestrel Bay stories show (notebooks 01, 03, 04) --------------------

def _story_quote_ids() -> list[tuple[str, str]]:
    return [(r["id"], q["text"]) for r in _gold(EXAMPLES_GOLD) for q in r["quotes"]]


@pytest.fixture(scope="module")
def story_check(example_tables):
    from newslab.scoring import compare_quotes

    return compare_quotes(EXAMPLES_GOLD, example_tables.quotes)


@pytest.mark.parametrize("row", _story_quote_ids(), ids=lambda r: f"{r[0]}:{r[1][:20]}")
def test_claims_examples_quote_rows_right(story_check, row):
    # Notebook 01's exercises show rows of the stories (exercise 4 a random five) beside the answer key's
    # verdict, and the readings say they agree: every statement of the key is found with its speaker.
    rows = story_check[(story_check["article_id"] == row[0]) & (story_check["gold_text"] == row[1])]
    assert rows["status"].tolist() == ["right"], rows.to_dict("records")


def test_claims_examples_no_extra_quote_rows(story_check):
    assert not (story_check["status"] == "extra").any(), story_check[story_check["status"] == "extra"].to_dict("records")


def _story_quote(tables, article_id: str, start: str) -> pd.Series:  # noqa: ANN001
    q = tables.quotes
    rows = q[(q["article_id"] == article_id) & q["text"].str.startswith(start)]
    assert len(rows) == 1, q[q["article_id"] == article_id][["speaker", "text"]].values.tolist()
    return rows.iloc[0]


def test_claims_examples_council_short_name_is_accepted(story_check):
    # Notebook 03, exercise 2: 'according to the council' (kb-006) counts as right against the key's
    # 'Kestrel Bay council' (the scorer accepts a short form), though the name stays 'council'.
    row = story_check[story_check["gold_text"].str.startswith("The consultation closed")].iloc[0]
    assert (row["status"], row["gold_speaker"], row["pred_speaker"]) == ("right", "Kestrel Bay council", "council")


@pytest.mark.xfail(strict=True, reason="kb-006 names the town only inside 'the Kestrel Bay Traders’ Association', so 'the council' "
                                       "keeps its short name 'council' (notebook 03's alias exercise merges it)")
def test_claims_examples_council_full_name(example_tables):
    assert _story_quote(example_tables, "kb-006", "The consultation closed")["speaker_canonical"] == "Kestrel Bay council"


def test_claims_attribution_exercise1_answer(example_tables):
    # The reading: newslab's ranking agrees with the key's; Calloway before Wierzbicki on words quoted.
    per_source = (
        example_tables.sources.groupby(["source", "source_type"], observed=True)
        .agg(n_articles=("article_id", "nunique"), n_quotes=("n_quotes", "sum"), n_words=("n_words_quoted", "sum"))
        .reset_index().sort_values(["n_quotes", "n_words", "source"], ascending=[False, False, True])
    )
    top = per_source.head(2)[["source", "n_articles", "n_quotes"]].values.tolist()
    assert top == [["Ruth Calloway", 4, 6], ["Tomasz Wierzbicki", 4, 6]]


def test_claims_attribution_exercise2_shares(example_tables):
    # The reading names the key's shares of unnamed statements per outlet and says newslab's are the same.
    outlets = example_tables.articles.set_index("article_id")["outlet"]
    key: dict[str, list[int]] = {}
    for rec in _gold(EXAMPLES_GOLD):
        for q in rec["quotes"]:
            counts = key.setdefault(outlets[rec["id"]], [0, 0])
            counts[0] += int(not q["speaker_canonical"] or q["speaker_type"] == "anonymous")
            counts[1] += 1
    assert key == {"Coastline Today": [4, 13], "Harbour Wire": [3, 18], "Kestrel Bay Courier": [6, 20]}
    src = example_tables.sources.merge(example_tables.articles[["article_id", "outlet"]], on="article_id")
    src["unnamed"] = src["n_quotes"].where(~src["is_named"], 0)
    mine = src.groupby("outlet")[["unnamed", "n_quotes"]].sum()
    assert {o: [int(r.unnamed), int(r.n_quotes)] for o, r in mine.iterrows()} == key
    md = _markdown("01-source-attribution")
    assert "Coastline Today 4 of 13, Harbour Wire 3 of 18, the Kestrel Bay Courier 6 of 20" in md


def test_claims_attribution_seed_gold_size():
    # "a hand annotation of its 19 attributions"
    assert f"a hand annotation of its {len(SEED_QUOTES)} attributions" in _markdown("01-source-attribution")
    assert len(SEED_INEXACT) == 3  # "Here statement and speaker are right in all three, but the span is not"


def test_claims_attribution_seoul_row_shown(executed):
    # The prose points at #8 in the bracketed listing, where the span starts at 'Seoul'.
    printed = _printed(executed["01-source-attribution"], 'shown = text[start:q.start_char] + "⟦"')
    assert "#8 indirect | Asahi (media)" in printed and "⟦Seoul Kim’s government" in printed


# --- notebook 00: exercise 3, the tie ------------------------------------------------------------------

def test_claims_quickstart_tied_sentences(seed_tables):
    # The solution prints every sentence with the top count: the mid-March sentence and the abduction sentence.
    ents, sentences = seed_tables.entities, seed_tables.sentences
    per_sentence = ents.groupby("sent_id").size()
    tied = per_sentence[per_sentence == per_sentence.max()].index.tolist()
    texts = [sentences.loc[sentences["sent_id"] == s, "text"].iloc[0] for s in tied]
    assert len(texts) == 2
    assert texts[0].startswith("A Japanese government source said") and texts[1].startswith("North Korea admitted in 2002")
    rows = ents[ents["sent_id"] == tied[1]][["text", "label"]].values.tolist()
    assert rows == [["North Korea", "GPE"], ["2002", "DATE"], ["13", "CARDINAL"], ["Japanese", "NORP"], ["the 1970s", "DATE"],
                    ["1980s", "DATE"], ["five", "CARDINAL"], ["Japan", "GPE"]]


# --- notebook 02: target sentiment in the abduction sentence -------------------------------------------

def test_claims_sentiment_target_abduction_sentence():
    # "every name but the first Japanese (neutral at -0.28) comes out negative, Shinzo Abe included":
    # the reading calls Abe's 'negative' the model's error (the sentence is negative toward the abductors).
    import newslab as nl

    tables = nl.analyze(nl.read_articles(ROOT / "seeds"), target_sentiment=True, progress=False)
    sentences = tables.sentences
    sid = int(sentences[sentences["text"].str.startswith("A Japanese government source said in mid-March")]["sent_id"].iloc[0])
    mentions = tables.entities[(tables.entities["sent_id"] == sid)].dropna(subset=["target_label"])
    labels = [(r.text, str(r.target_label)) for r in mentions.itertuples()]
    assert labels == [("Japanese", "neutral"), ("Japan", "negative"), ("Shinzo Abe", "negative"), ("Kim", "negative"),
                      ("Japanese", "negative"), ("North Korean", "negative")]
    assert f"{mentions.iloc[0]['target_score']:+.2f}" == "-0.28"


# --- notebook 03: the answer from the texts, and the town's bar ------------------------------------------

def test_claims_entities_people_answer():
    # The reading's answer to exercise 1: the five people by mentions, then articles, then name.
    ranked = sorted(PEOPLE_MENTIONS, key=lambda p: (-PEOPLE_MENTIONS[p][0], -PEOPLE_MENTIONS[p][1], p))
    assert ranked[:5] == ["Ruth Calloway", "Tomasz Wierzbicki", "Jean Pellow", "Amara Nwosu", "Marcus Hale"]
    md = " ".join(_markdown("03-entity-frequency").split())
    assert ("Ruth Calloway (6 mentions, 4 articles), Tomasz Wierzbicki (4, 4), Jean Pellow (3, 3), Amara Nwosu (3, 2) "
            "and Marcus Hale (2, 2;") in md


def test_claims_entities_town_errors_cancel(example_tables):
    # "The two errors cancel out in the bar's length": newslab counts as many town mentions as there are.
    town = example_tables.entities[example_tables.entities["canonical"] == "Kestrel Bay"]
    assert len(town) == sum(is_town for _, is_town in TOWN)


# --- notebook 05: exercise 1's reading -------------------------------------------------------------------

def test_claims_corpus_exercise1_reading_names(executed):
    printed = _printed(executed["05-corpus"], "titled = tables.sources.assign(")
    reading = next(_src(c) for c in _nb("05-corpus")["cells"] if _src(c).startswith("*Reading the solution, and checking it.*"))
    for person in ["Mohammed Sagar", "Sean McCormack", "Hugo Chávez"]:
        assert person in printed
    for person in ["Mohammed Sagar", "Sean McCormack", "Clive Williams"]:
        assert person in reading
    # Clive Williams is the one who takes the last place by reading; the printed ten do not hold him.
    assert "Clive Williams" not in printed
    named = re.findall(r"\b(Kim Beazley|George W\. Bush|Barack Obama|Vladimir Putin)\b", reading)
    for person in named:
        assert person in printed, f"the reading names {person}, who is not in the ten"
    # "Ariel Sharon ... drops out of the ten, and Christine Nixon ... takes the last place"; "Alistair
    # Darling's count is wrong too ... his place does not change"
    assert "Ariel Sharon" in printed and "Alistair Darling" in printed and "Christine Nixon" not in printed
    assert "Christine Nixon" in reading
    assert "Felix Kulov" not in printed and "Felix Kulov" in " ".join(reading.split())
    check = _printed(executed["05-corpus"], '"Sean McCormack"].itertuples()')
    assert f"⟦{MCCORMACK_QUESTION}" in check and "When asked " in check


# --- notebook 06: the review key, the rows the prose names -------------------------------------------------

REVIEW_KEY = ROOT / "data" / "examples" / "wikinews-review-key.csv"


@pytest.fixture(scope="module")
def review_tables():
    import newslab as nl

    return nl.analyze(nl.datasets.wikinews(5, seed=1), progress=False)


def _review_key() -> pd.DataFrame:
    return pd.read_csv(REVIEW_KEY)


def _best_row(tables, statement) -> pd.Series | None:  # noqa: ANN001
    rows = tables.quotes[tables.quotes["article_id"] == statement["article_id"]]
    overlap = (rows["end_char"].clip(upper=statement["end_char"]) - rows["start_char"].clip(lower=statement["start_char"])).clip(lower=0)
    if not (overlap > 0).any():
        return None
    union = rows["end_char"].clip(lower=statement["end_char"]) - rows["start_char"].clip(upper=statement["start_char"])
    return rows.loc[(overlap / union).idxmax()]


#: Statements of the review key that newslab does not get right (article:start -> what is wrong).
REVIEW_WRONG = {
    "wikinews-29647:1164": "the span takes in the writer's 'which was applauded by the Bolivian elite'",
    "wikinews-57654:11": "CNN's report is no row: only the request inside it, given to U.S. officials",
    "wikinews-57654:574": "given to 'American officials' of the sentence before, not the Wall Street Journal that reported it",
    "wikinews-110461:216": "'He' is left unresolved (speaker 'He', anonymous), not the king's spokesperson named before",
}


def _review_ids() -> list[str]:
    return [f"{r.article_id}:{r.start_char}" for r in _review_key().itertuples()]


@pytest.mark.parametrize(
    "key_id",
    [pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=REVIEW_WRONG[k])) if k in REVIEW_WRONG else k for k in _review_ids()],
)
def test_claims_validate_key_statements(review_tables, key_id):
    # Notebook 06 shows these rows (the explorer, the review, the missed statements) with the key's verdict.
    key = _review_key()
    statement = key[(key["article_id"] + ":" + key["start_char"].astype(str)) == key_id].iloc[0]
    row = _best_row(review_tables, statement)
    assert row is not None, "missed"
    said = (row["speaker_canonical"] if isinstance(row["speaker_canonical"], str) and row["speaker_canonical"] else row["speaker"])
    assert said.lower().removeprefix("the ").strip() in statement["accept"].split(";")
    strip = " .,;:\"'“”‘’"
    assert row["text"].strip(strip) == statement["text"].strip(strip)


def test_claims_validate_rows_that_are_no_statements(review_tables):
    # Wrong rows the prose names (kept as the wrong values, so a fix shows up here and in the notebook's text):
    # the writer's reason clause given to Evo Morales, and the description of CNN's source.
    key = _review_key()
    extra = []
    for row in review_tables.quotes.itertuples():
        gold = key[key["article_id"] == row.article_id]
        if not ((gold["start_char"] < row.end_char) & (row.start_char < gold["end_char"])).any():
            extra.append((row.article_id, " ".join(row.text.split()[:5]), str(row.speaker_type)))
    assert extra == [("wikinews-29647", "So more staff can be", "person"),
                     ("wikinews-57654", "a member of the Iraqi", "document")]


def test_claims_validate_morales_row_hidden_by_the_page(review_tables, executed):
    # Notebook 06, under the explorer: the page cuts Evo Morales's row before its error (the span runs on into the
    # reporter's 'which was applauded by the Bolivian elite'), and does not show his title, 'Elect'.
    quotes = review_tables.quotes
    rows = quotes[(quotes["article_id"] == "wikinews-29647") & quotes["text"].str.startswith("his government would create")]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["speaker_canonical"] == "Evo Morales" and row["text"].endswith("which was applauded by the Bolivian elite")
    assert row["speaker_title"] == "Elect"
    assert "President Elect Evo Morales" in review_tables.articles.set_index("article_id").loc["wikinews-29647", "text"]
    run = executed["06-validate"]
    page = [c for c in run.notebook.cells if c.cell_type == "code" and c.source.startswith("explorer = nl.explore(tables)")]
    assert len(page) == 1
    html = "".join("".join(o.get("data", {}).get("text/html", "")) for o in page[0].outputs)
    assert "his government would create a stable legal and economic envir" in html and "Bolivian elite" not in html
    assert "speaker_title" not in html and ">Elect<" not in html
    printed = _printed(run, "morales.set_filters(search=")
    assert f"Evo Morales (title 'Elect'): {row['text']}" in printed
    md = " ".join(_markdown("06-validate").split())
    assert "it runs on into *which was applauded by the Bolivian elite*" in md and "which is *Elect*" in md


#: The twelve rows notebook 06's review draws (seed 0), read in their articles: (article, first words) -> verdict.
#: The draw is stable across releases (bottom-k on hash keys of seed, article text and offsets, 0.11.0); it replaced
#: a numpy permutation, so this sample differs from 0.10.0's in five rows.
REVIEW_SAMPLE_READING = {
    ("wikinews-29647", "It's a question of sharing"): "right",  # "...," said Morales.
    ("wikinews-52885", "at least 16 people were"): "right",  # Initial reports confirm that (a document)
    ("wikinews-29647", "For a handful of people"): "right",  # He often says, "..." (He = Morales, paragraph before)
    ("wikinews-29647", "I do not have a professional"): "right",  # the closing paragraph, Morales at the leaders' meeting
    ("wikinews-29647", "Cabinet ministers and all 157"): "right",  # ..., Morales said.
    ("wikinews-57654", "a member of the Iraqi parliament"): "not_statement",  # what CNN's story cited, not a statement
    ("wikinews-29647", "his government would create"): "wrong_span",  # runs on into 'which was applauded by ...'
    ("wikinews-29647", "So more staff can be hired"): "not_statement",  # the writer's reason clause
    ("wikinews-110461", "the people \"favour a more"): "wrong_speaker",  # He = the king's spokesperson, left unresolved
    ("wikinews-110461", "he will give up his position"): "right",  # George Tupou V ... has announced that
    ("wikinews-52885", "the attack on the port city"): "right",  # Analysts believe that (unnamed analysts, anonymous)
    ("wikinews-57654", "Nouri al-Maliki, a Shiite"): "wrong_speaker",  # ..., the Wall Street Journal reported
}
#: The corrections those verdicts make (article, first words) -> (correct speaker, type).
REVIEW_SAMPLE_CORRECTIONS = {
    ("wikinews-110461", "the people \"favour a more"): ("a spokesperson for the king", "anonymous"),
    ("wikinews-57654", "Nouri al-Maliki, a Shiite"): ("Wall Street Journal", "media"),
}


def test_claims_validate_sample_and_corrections_prose(review_tables, executed):
    # The review's sample is what it is: the prose describes the rows seed 0 draws, and the stand-in reviewer's
    # verdicts (from the answer key) agree with reading them. Since 0.11.0 the sample is stable across releases:
    # it draws both wrong-speaker rows of these articles (the Wall Street Journal's and the unresolved 'He').
    from newslab.reviewing import draw_sample

    sample = draw_sample(review_tables, sample=12, seed=0)
    keys = [next((k for k in REVIEW_SAMPLE_READING if k[0] == r.article_id and r.text.startswith(k[1])), (r.article_id, r.text))
            for r in sample.itertuples()]
    assert sorted(keys) == sorted(REVIEW_SAMPLE_READING)
    assert sample["text"].str.startswith("Nouri al-Maliki, a Shiite").sum() == 1  # the Wall Street Journal's row
    run = executed["06-validate"]
    reviewed = _printed(run, "def stand_in_verdict(row, key):")
    assert "12 reviewed (done)" in reviewed
    verdicts = pd.Series(REVIEW_SAMPLE_READING).value_counts().to_dict()
    for verdict, n in verdicts.items():
        assert len(re.findall(rf"\s{verdict}\s", reviewed)) == n, verdict
    for speaker, _ in REVIEW_SAMPLE_CORRECTIONS.values():
        assert speaker in reviewed
    changed = _printed(run, "fixed = nl.apply_corrections(tables, review_path)")
    assert "speakers corrected: 2" in changed and "statements: 20 before, 18 after" in changed
    assert "Wall Street Journal" in changed and "a spokesperson for the king" in changed
    by_type = _printed(run, 'before = tables.sources.groupby("source_type"')
    counts = {line.split()[0]: [int(n) for n in line.split()[1:]] for line in by_type.splitlines()[2:]}
    moved = {kind: after - before for kind, (before, after) in counts.items()}
    # The prose: the reason clause given to Evo Morales (person) and the description of CNN's source (given to
    # CNN's story, a document) disappear; the Wall Street Journal's row moves from anonymous to media; the
    # spokesperson's row stays anonymous; the justices' ruling (speaker type unknown) stays.
    assert moved == {"person": -1, "document": -1, "anonymous": -1, "unknown": 0, "media": 1}
    # Every row with a wrong speaker or no statement is in the sample (the prose says so); the justices' is not.
    wrong = {k for k, v in REVIEW_SAMPLE_READING.items() if v in ("wrong_speaker", "not_statement")}
    assert len(wrong) == 4 and len(review_tables.quotes) == 20
    assert not sample["text"].str.startswith("approval of the constitution").any()
    md = " ".join(_markdown("06-validate").split())
    assert "Two speakers are corrected (the table above)" in md
    assert "becomes a `media` statement" in md and "With 12 of these 20 statements in the sample" in md
    assert "(The random review below happens to draw both rows, and corrects them.)" in md
    assert "the random review below happens to draw this row, and marks it *wrong span*" in md
    assert "so a review would count it right (this sample does not draw it)" in md
    assert "No speaker is corrected" not in md and "does not draw it, so it stays wrong" not in md
    assert "the review below finds it" not in md and "goes to the newspaper that reported it" not in md
    widths = _printed(run, "for n in (12, 25, 50, 100, 200, 400):")
    assert re.search(r"^\d+\s+50\s+75%\s+63% - 86%\s+12$", widths, re.MULTILINE)  # "about ±12 points"
    assert "margin of error of about ±12 points" in _markdown("06-validate")


def test_claims_validate_sample_corrections_are_what_reading_says(review_tables):
    # The two wrong-speaker rows, applied as the reading above corrects them, give the sources the prose names.
    import newslab as nl
    from newslab.reviewing import draw_sample

    rows = draw_sample(review_tables, sample=12, seed=0)
    for i, r in rows.iterrows():
        key = next(k for k in REVIEW_SAMPLE_READING if k[0] == r["article_id"] and r["text"].startswith(k[1]))
        rows.loc[i, "verdict"] = REVIEW_SAMPLE_READING[key]
        if key in REVIEW_SAMPLE_CORRECTIONS:
            rows.loc[i, ["correct_speaker", "correct_speaker_type"]] = list(REVIEW_SAMPLE_CORRECTIONS[key])
    fixed = nl.apply_corrections(review_tables, rows)
    sources = fixed.sources[fixed.sources["article_id"].isin(["wikinews-57654", "wikinews-110461"])]
    got = sorted(zip(sources["source"], sources["source_type"].astype(str)))
    assert ("Wall Street Journal", "media") in got and ("a spokesperson for the king", "anonymous") in got
    assert ("The spokesperson", "anonymous") in got and ("He", "anonymous") not in got
    assert len(fixed.quotes) == 18 and len(fixed.sources) == 12


def test_claims_validate_unnamed_rows_prose(review_tables):
    # Notebook 06, "the statements whose speaker newslab could not name": six rows, two of them wrong (the Wall
    # Street Journal's report given to American officials, and the spokesperson's 'He' left unresolved).
    anon = review_tables.quotes[review_tables.quotes["speaker_type"] == "anonymous"]
    assert len(anon) == 6
    he = anon[anon["speaker"] == "He"]
    assert len(he) == 1 and he["article_id"].iloc[0] == "wikinews-110461" and not (he["speaker_canonical"].fillna("") != "").any()
    assert "Two of these six are wrong" in _markdown("06-validate")


def test_claims_validate_typed_wrong_and_overlap_prose(review_tables):
    # Notebook 06 says: the justices' ruling keeps the right speaker but the type `unknown` (should be anonymous),
    # and the key's CNN statement counts as found only through the U.S. officials' row inside it.
    md = _markdown("06-validate")
    justices = review_tables.quotes[review_tables.quotes["speaker"].str.startswith("Two of the three justices")]
    assert len(justices) == 1 and str(justices["speaker_type"].iloc[0]) == "unknown"
    assert '"Two of the three justices ruled that' in md and "typed wrong" in md
    key = _review_key()
    cnn = key[(key["article_id"] == "wikinews-57654") & (key["speaker"] == "CNN")].iloc[0]
    rows = review_tables.quotes[review_tables.quotes["article_id"] == "wikinews-57654"]
    inside = rows[(rows["start_char"] < cnn["end_char"]) & (cnn["start_char"] < rows["end_char"])]
    assert len(inside) >= 1 and not inside["speaker_canonical"].fillna("").str.contains("CNN").any()
    assert "CNN's attribution is in fact missed too" in md


def test_claims_corpus_sharon_and_darling_rows_the_prose_calls_wrong(wikinews_tables):
    # "Ariel Sharon's second article gives him no words: *Sharon has refused to release larger numbers of ...
    # prisoners* ...; Christine Nixon (one article, nine statements ...) takes the last place"; "Alistair
    # Darling's count is wrong too: the table gives him 6 statements, and one of them is the Conservative Party's"
    # (0.11.0; 0.8.0 to 0.10.0 gave the party its row and Darling five).
    # When a rule changes one of these, change the prose of notebook 05 and this test together.
    quotes = wikinews_tables.quotes
    sharon = quotes[quotes["speaker_canonical"] == "Ariel Sharon"]
    assert sharon["article_id"].nunique() == 2 and len(sharon) == 2
    assert sharon["text"].str.startswith("to release larger numbers of").sum() == 1
    darling = quotes[quotes["speaker_canonical"] == "Alistair Darling"]
    assert len(darling) == 6
    assert darling["text"].str.startswith("part of the powers granted").sum() == 1
    party = quotes[quotes["text"] == "they wish to oppose the bill"]
    assert len(party) == 1 and (party["speaker"] == "He").all() and (party["speaker_canonical"] == "Alistair Darling").all()
    md = _md_flat("05-corpus")
    assert "the table gives him 6 statements, and one of them is the Conservative Party's" in md
    assert "So Darling makes 5 statements by reading" in md
    nixon = quotes[quotes["speaker_canonical"] == "Christine Nixon"]
    assert nixon["article_id"].nunique() == 1 and len(nixon) == 9


@pytest.mark.xfail(strict=True, reason="'... supported by the Conservative Party who have stated that they wish to oppose the "
                   "bill': the relative 'who' is the party, but the row goes to 'He' (Alistair Darling), the sentence's subject")
def test_claims_corpus_conservative_party_row(wikinews_tables):
    row = _row_with(wikinews_tables, "wikinews-99918", "they wish to oppose the bill")
    assert row["speaker_canonical"] == "Conservative Party" and str(row["speaker_type"]) == "organization"


def test_claims_validate_high_band_holds_a_wrong_row(review_tables, executed):
    # 0.12.0 (confidence refitted): the writer's reason clause given to Evo Morales, no statement, has confidence
    # 0.80, so the review's `>= 0.8` band holds it (5 of 6 statements; 0.11.0: 0.79, and the band was 5 of 5).
    # Notebook 06 says so under the summary table and beside the explorer page that shows the row.
    quotes = review_tables.quotes
    reason = quotes[quotes["text"].str.startswith("So more staff can be hired")]
    assert len(reason) == 1 and reason["speaker_canonical"].iloc[0] == "Evo Morales"
    # The confidence refitted after 0.13.0 (newslab/data/confidence.json, nbcheck20) raised it to 0.83 (0.13.0: 0.80),
    # the 0.15.0 fit to 0.85, the 0.17.0 fit lowered it to 0.82; the row is still no statement (read in wikinews-29647).
    # With the 0.17.0 fit one more statement of the sample, right with its speaker, rose into the band: 6 of 7.
    # The 0.18.0 fit raised the reason clause to 0.84 and let one right statement fall below 0.8: 5 of 6.
    # The 0.19.0 fit raised it to 0.88; the band is still 5 of 6.
    assert 0.875 <= reason["confidence"].iloc[0] < 0.885  # shown as 0.88
    assert REVIEW_SAMPLE_READING[("wikinews-29647", "So more staff can be hired")] == "not_statement"
    summary = _printed(executed["06-validate"], "summary = nl.review_summary(review_path)")
    assert re.search(r"confidence\s+>= 0\.8\s+5/6, 83% \(44%-97%\)\s+5/6, 83%", summary), summary
    md = " ".join(_markdown("06-validate").split())
    assert "here the `>= 0.8` band holds a row that is no statement at all" in md
    assert "newslab gives to Evo Morales with confidence 0.88 (the review marks it *not a statement*" in md
    # The explorer page shows 20 rows; the prose beside it names the four wrong ones a reader can see.
    assert "**Several rows on this page are wrong; one of them the page hides.**" in md
    assert "One row on this page is wrong" not in md
    for words in ("*So more staff can be hired ...* (wikinews-29647, confidence 0.88)",
                  "*a member of the Iraqi parliament close to the prime minister*", "*Nouri al-Maliki, a Shiite, ...*",
                  "the row whose source is *He*"):
        assert words in md, words


def test_claims_corpus_types_the_0120_rules_changed(wikinews_tables, executed):
    # 0.12.0 (types18) changed the type of two rows of notebook 05's sample, both now right by reading (the dev
    # guideline: a named agency is an organization, people identified only by role are anonymous); the printed
    # counts by type moved with them (0.11.0: organization 134, anonymous 112, document 55, media 19).
    ice = _row_with(wikinews_tables, "wikinews-58691", "did successfully make it to Iran")
    assert ice["speaker"] == "the Immigration and Customs Enforcement agency" and str(ice["speaker_type"]) == "organization"
    letter = _row_with(wikinews_tables, "wikinews-71451", 'Turkey of "shelling" Kurdish areas')
    assert letter["speaker"] == "The foreign minister of Iraq" and str(letter["speaker_type"]) == "anonymous"
    # 0.13.0 moved the counts again (person 522 -> 524, document 54 -> 53): see the next test; the development
    # after 0.13.0 (quotes.rules.v14) once more: see test_claims_corpus_rows_the_0140_rules_changed.
    shown = _printed(executed["05-corpus"], "few = int((top_sources")
    # 0.15.0: the Los Angeles Times's description of Obama is its row (person 523 -> 522, media 18 -> 19).
    # spk27: Rumsfeld's comparison of Chávez to Hitler is a new row, his (person 522 -> 523): see the 0140 test.
    # The interview rule: Miriam Stucky's 12 answers (person 523 -> 535; the shares round to 61% and 15%).
    # cue29: a refusal 'a Consumer Product Safety Commission spokesman would not say ...' (anonymous 115 -> 116).
    assert ("Statements by type of source: person 535 (61%), organization 136 (15%), anonymous 116 (13%), "
            "document 53 (6%), unknown 21 (2%), media 19 (2%)") in shown


def test_claims_corpus_rows_the_0130_rules_changed(wikinews_tables, executed):
    # 0.13.0 (quotes.rules.v13, tokenizer.glued-quotes.v3) changed the numbers notebook 05 prints: 867 statements
    # (0.12.0: 866), 532 sources (531), person 524 (522), document 53 (54), 2008's statements 140 (139), and one
    # article with a note (two). Each change, read in its article, is right:
    # - wikinews-59556: 'Melo reportedly said the investigation of the four-member panel showed that "..." and that
    #   ...' is Jose Melo's statement (0.12.0 gave only the quoted words to 'the investigation ...', a document);
    q = wikinews_tables.quotes
    melo = _row_with(wikinews_tables, "wikinews-59556", "majority of the victims were leftist")
    assert melo["speaker_canonical"] == "Jose Melo" and str(melo["speaker_type"]) == "person" and melo["kind"] == "mixed"
    assert melo["text"].startswith("the investigation of the four-member panel showed that")
    assert not (q["speaker"] == "the investigation of the four-member panel").any()
    # - wikinews-99918 (2008): 'Yvette Cooper responded to this saying that she hopes Members of Parliament will
    #   "understand the unusual circumstances" ...' is a new row, hers (0.12.0 had no row);
    cooper = _row_with(wikinews_tables, "wikinews-99918", "understand the unusual circumstances")
    assert cooper["speaker_canonical"] == "Yvette Cooper" and str(cooper["speaker_type"]) == "person"
    assert cooper["article_id"] == "wikinews-99918"
    # - wikinews-85523: the marks of '"if the United States committed the madness of invading Iran ", or ...' pair
    #   (the closing mark after a space), so the row is mixed and the article has no QuoteMarkWarning.
    chavez = _row_with(wikinews_tables, "wikinews-85523", "committed the madness of invading Iran")
    assert chavez["speaker_canonical"] == "Hugo Chávez" and chavez["kind"] == "mixed"
    notes = {w["article_id"] for w in wikinews_tables.articles.attrs.get("warnings", [])}
    assert notes == {"wikinews-53266"}
    assert "1 of 150 articles have a note." in _printed(executed["05-corpus"], "have a note.")
    # (quotes=867 with 0.13.0; 866 since quotes.rules.v14, below; sources=533 since 0.15.0; 867 and 534 since spk27;
    # 879 and 535 since the interview rule, below; 534 since acro28: 'S&P' is one source with 'Standard & Poor';
    # 880 and 535 since cue29's refusal row, test_claims_corpus_rows_the_cue29_refusal_rule_changed.)
    assert "sources=535" in _printed(executed["05-corpus"], "tables = nl.analyze(articles, cache=cache_dir")


def test_claims_corpus_rows_the_0140_rules_changed(wikinews_tables, executed):
    # The development after 0.13.0 (quotes.rules.v14: relay20, unknown20) changed four rows of notebook 05's sample,
    # each read in its article and right:
    # - wikinews-37489: 'Kroes wrote to Ballmer ... warning him that ..., according to her spokesman Jonathan Todd'
    #   is one statement, Neelie Kroes's via Todd (0.13.0: two rows, one of them Todd's over the whole sentence);
    q = wikinews_tables.quotes
    kroes = q[q["article_id"] == "wikinews-37489"]
    assert len(kroes[kroes["text"].str.contains("Vista would violate European antitrust laws")]) == 1
    row = _row_with(wikinews_tables, "wikinews-37489", "Microsoft's plans to include security features")
    assert row["speaker_canonical"] == "Neelie Kroes" and row["via"] == "Jonathan Todd"
    assert not row["text"].endswith("Jonathan Todd")
    # - three described sources that were `unknown` are typed: 'The UK tourist industry hopes' (organization),
    #   'The wine world suspected' and 'The pair' (two asylum seekers the article names; anonymous).
    assert str(_row_with(wikinews_tables, "wikinews-16621", "by 2020, Chinese tourism")["speaker_type"]) == "organization"
    assert str(_row_with(wikinews_tables, "wikinews-35077", "Cipresso's collaboration with Samson")["speaker_type"]) == "anonymous"
    assert str(_row_with(wikinews_tables, "wikinews-32109", "they will lose other support")["speaker_type"]) == "anonymous"
    # spk27 added one row, right by reading: 'In an interview with the Miami Herald, Donald Rumsfeld compared the
    # Venezuelan President, Hugo Chávez to Adolf Hitler, "He's a person who was elected legally ..."' is Rumsfeld's
    # (the parse links the clause to no subject; before, the quotation had no row): quotes 866 -> 867, sources 533 -> 534.
    rumsfeld = _row_with(wikinews_tables, "wikinews-32812", "was elected legally")
    assert rumsfeld["speaker_canonical"] == "Donald Rumsfeld" and str(rumsfeld["speaker_type"]) == "person"
    # (quotes=867, sources=534 until the interview rule; 879 and 535 since, below; 534 since acro28; 880 and 535
    # since cue29.)
    assert "quotes=880, sources=535" in _printed(executed["05-corpus"], "tables = nl.analyze(articles, cache=cache_dir")


def test_claims_corpus_rows_the_0150_rules_changed(wikinews_tables, executed):
    # 0.15.0 changed notebook 05's sample in ways its prose reads, each checked in its article and right:
    # - wikinews-125801: 'The Los Angeles Times described Obama "more like school nurse in chief ..."' is the
    #   newspaper's row (media), no longer Obama's: his bar drops to 6 and leaves the chart, Jose Melo's enters
    #   (and leaves again with the interview rule, below);
    row = _row_with(wikinews_tables, "wikinews-125801", "school nurse in chief")
    assert row["speaker_canonical"] == "Los Angeles Times" and str(row["speaker_type"]) == "media"
    assert len(_said_by(wikinews_tables, "Barack Obama")) == 6
    chart = _printed(executed["05-corpus"], 'top_sources[["source", "source_type"')
    assert "Barack Obama" not in chart
    # - wikinews-32812: 'Chavez' (the text drops the accent) is Hugo Chávez, named so in another article: one
    #   source of 7 statements in 2 articles (layer22's one-edit surname link), so he enters exercise 1's ten.
    assert len(_said_by(wikinews_tables, "Hugo Chávez")) == 7 and not _said_by(wikinews_tables, "Chavez")
    chavez = wikinews_tables.sources[wikinews_tables.sources["source"] == "Hugo Chávez"]
    assert chavez["article_id"].nunique() == 2


def test_claims_corpus_rows_the_interview_rule_changed(wikinews_tables, executed):
    # The interview rule (newslab/quotes/interviews.py) changed notebook 05's sample in one article only, each row
    # read in it and right: wikinews-82129, Nick Moreau's interview with Miriam Stucky, has 12 answer paragraphs
    # without marks or cue, and each is now a direct row of hers (quotes 867 -> 879, sources 534 -> 535, with spk27's row). Her bar
    # (12 statements, 612 words) enters the chart, Jose Melo's (7) leaves it.
    q = wikinews_tables.quotes
    text = wikinews_tables.articles.set_index("article_id").loc["wikinews-82129", "text"]
    hers = q[(q["article_id"] == "wikinews-82129") & (q["speaker_canonical"] == "Miriam Stucky")]
    assert len(hers) == 12 and set(hers["cue"]) == {""} and set(hers["kind"]) == {"direct"}
    assert set(hers["frame"]) == {"speech"} and {str(t) for t in hers["speaker_type"]} == {"person"}
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert all(row.text in paragraphs for row in hers.itertuples())  # whole answer paragraphs
    assert hers["text"].str.split().str.len().sum() == 612
    assert not hers["text"].str.rstrip().str.endswith("?").any()  # no question is hers
    assert "Nick Moreau interviewed her" in text
    # The quotations inside her answers keep the rows they had, with the wrong speakers the prose names.
    inner = q[q["article_id"] == "wikinews-82129"].set_index("text")
    assert inner.loc["we can do better than that.", "speaker_canonical"] == "Tim Holland"
    assert inner.loc["we can do better than that,", "speaker"] == "my father"
    assert inner.loc["if it is to be, it’s up to me/us.", "speaker"] == "my father"
    assert inner.loc["if you’d a had another week, you’d-a kicked his ass.", "speaker"] == "my father"
    md = _md_flat("05-corpus")
    assert "**Miriam Stucky**'s 12 statements are the 12 answer paragraphs" in md and "612 words, the most of any bar" in md
    chart = _printed(executed["05-corpus"], 'top_sources[["source", "source_type"')
    assert re.search(r"^\s*\d+\s+Miriam Stucky\s+person\s+1\s+12\s+12\s", chart, re.MULTILINE)
    assert "Jose Melo" not in chart
    # (sources=535 until acro28 joined 'S&P' to 'Standard & Poor'; 880 and 535 since cue29, below.)
    assert "quotes=880, sources=535" in _printed(executed["05-corpus"], "tables = nl.analyze(articles, cache=cache_dir")


def test_claims_corpus_rows_the_cue29_refusal_rule_changed(wikinews_tables, executed):
    # cue29 (a refusal 'will / would not' + a verb of giving information is a statement, guideline R45) added one
    # row to notebook 05's sample, read in its article and right: wikinews-72208, 'RC2 would not comment to The
    # Times, and a Consumer Product Safety Commission spokesman would not say how long ago the problem with the
    # lead paint was discovered.' The spokesman's refusal is his row (anonymous: a role without a name), quotes
    # 879 -> 880, sources 534 -> 535, anonymous 115 -> 116. ('RC2', tagged a common noun, is no source: no row.)
    row = _row_with(wikinews_tables, "wikinews-72208", "how long ago the problem with the lead paint")
    assert row["text"] == "say how long ago the problem with the lead paint was discovered"
    assert row["cue"] == "would not" and row["frame"] == "speech" and row["kind"] == "indirect"
    assert row["speaker"] == "a Consumer Product Safety Commission spokesman" and str(row["speaker_type"]) == "anonymous"
    assert "quotes=880, sources=535" in _printed(executed["05-corpus"], "tables = nl.analyze(articles, cache=cache_dir")
