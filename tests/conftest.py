"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from newslab.model import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def quotes_of(nlp):
    """``quotes_of(text)``: the quotes table of one text, parsed once per session (unpaired-mark warnings silenced)."""
    import warnings

    from newslab.errors import QuoteMarkWarning
    from newslab.quotes import extract_quotes

    cache: dict = {}

    def run(text: str):
        if text not in cache:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", QuoteMarkWarning)
                cache[text] = extract_quotes(nlp(text))
        return cache[text]

    return run


def quote_row(df, needle: str):
    """The one statement whose text contains ``needle`` (fails, listing the statements, otherwise)."""
    rows = df[df["text"].str.contains(needle, regex=False)]
    assert len(rows) == 1, f"expected one statement containing {needle!r}, got {df[['text', 'cue', 'speaker']].values.tolist()}"
    return rows.iloc[0]


@pytest.fixture(scope="session")
def seed_tables():
    """The seed article analysed once for the whole session (read-only: copy before changing)."""
    import newslab as nl

    return nl.analyze(nl.read_articles(SEEDS), progress=False)


EXAMPLES = ROOT / "data" / "examples" / "kestrel-bay.jsonl"
EXAMPLES_GOLD = ROOT / "data" / "gold" / "examples" / "kestrel-bay.jsonl"


@pytest.fixture(scope="session")
def example_tables():
    """The eight invented Kestrel Bay teaching stories analysed once (read-only: copy before changing)."""
    import newslab as nl

    return nl.analyze(nl.read_articles(EXAMPLES), progress=False)


#: A notebook cell that hangs fails the run instead of blocking the suite.
NOTEBOOK_CELL_TIMEOUT = 90


@pytest.fixture(scope="session")
def executed():
    """Every notebook in notebooks/ executed once per session, two at a time: {stem: NotebookRun}."""
    from concurrent.futures import ThreadPoolExecutor

    from newslab.report import execute_notebook

    paths = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = list(pool.map(lambda p: execute_notebook(p, timeout=NOTEBOOK_CELL_TIMEOUT), paths))
    return {run.path.stem: run for run in runs}


#: Short news texts in several outlets' styles (quotes, figures, anonymous sources),
#: shared by the corpus-scale tests (cache, parallel, CLI).
NEWS_TEXTS = [
    'The city council voted 7-2 on Tuesday to raise parking fees by 15 percent, Mayor Jane Ortiz said. '
    '"This is about fairness," she told reporters.',
    'LONDON (Reuters) - British inflation fell to 3.2% in March, the Office for National Statistics said on Wednesday.',
    'Police said about 200 people gathered outside the court. A spokesman for the family declined to comment.',
    '"We will not back down," union leader Sam Patel said, adding that 4,000 workers would strike on Monday.',
    'The company reported a net loss of $12.5 million for the quarter, according to a filing.',
    'Residents told the BBC the water had risen by two metres overnight. "We lost everything," said Maria Lopez.',
    'Chief executive Tom Reed said the deal, worth about £300m, would create 150 jobs in Leeds.',
]


@pytest.fixture
def count_docs(monkeypatch):
    """Counts calls of the per-Doc extractor: each one is NLP work on one Doc."""
    import newslab.extract as extract_module

    calls = {"n": 0}
    real = extract_module.extract_columns

    def counting(doc, **kwargs):
        calls["n"] += 1
        return real(doc, **kwargs)

    monkeypatch.setattr(extract_module, "extract_columns", counting)
    return calls
