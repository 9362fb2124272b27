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
def seed_tables():
    """The seed article analysed once for the whole session (read-only: copy before changing)."""
    import newslab as nl

    return nl.analyze(nl.read_articles(SEEDS), progress=False)
