"""Scoring newslab's quotes and figures against a gold JSONL file.

The gold format is the one of ../shared/dev/wikinews-dev20.jsonl: one article
per line with ``id``, ``text``, ``quotes``, ``figures`` and optionally
``quotes_optional`` and ``figures_optional``.
"""

from __future__ import annotations

# SECTION: shared loading and evaluate() -- (owner: lead)

# SECTION: quotes scoring -- (owner: quotes)

# SECTION: figures scoring -- (owner: figures)
