"""newslab: news articles to tidy tables.

``import newslab as nl`` is cheap: spaCy and the model load on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.20.0.dev0"

# name -> module that defines it; imported lazily on first attribute access.
_API: dict[str, str] = {
    "read_articles": "newslab.articles",
    "load_pipeline": "newslab.model",
    "analyze": "newslab.pipeline",
    "Tables": "newslab.tables",
    "read_tables": "newslab.tables",
    "merge_names": "newslab.names",
    "suggest_aliases": "newslab.names",
    "export_tables": "newslab.export",
    "NewslabError": "newslab.errors",
    "evaluate": "newslab.scoring",
    "explain_sentiment": "newslab.sentiment",
    "score_targets": "newslab.target_sentiment",
    "explain_target": "newslab.target_sentiment",
    "show": "newslab.display",
    "explore": "newslab.explorer",
    "review": "newslab.reviewing",
    "review_summary": "newslab.precision",
    "apply_corrections": "newslab.corrections",
    "charts": "newslab.charts",
    "datasets": "newslab.datasets",
}

__all__ = sorted([*_API, "__version__"])


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'newslab' has no attribute {name!r}")
    imported = importlib.import_module(module)
    value = imported if module == f"newslab.{name}" else getattr(imported, name)  # a submodule (nl.charts)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
