"""The documentation builds: README and docs/ pages have no broken links, and their examples run.

This is the docs build of the test suite: every relative link in ``README.md`` and
``docs/*.md`` must point at a file that exists (and at a heading that exists, for
``#anchors``), and every ``>>>`` example in ``docs/*.md`` runs as a doctest.
"""

from __future__ import annotations

import doctest
import re
import unicodedata
from pathlib import Path

import pytest

from .conftest import ROOT

PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_FENCE = re.compile(r"^```.*?^```", re.S | re.M)


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = unicodedata.normalize("NFKC", heading.strip().lower())
    text = re.sub(r"[`*_]", "", text)
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    body = _FENCE.sub("", page.read_text(encoding="utf-8"))
    return {_slug(m.group(1)) for m in re.finditer(r"^#{1,6}\s+(.+?)\s*#*\s*$", body, re.M)}


def _links(page: Path) -> list[str]:
    body = _FENCE.sub("", page.read_text(encoding="utf-8"))
    body = re.sub(r"`[^`\n]*`", "", body)
    return _LINK.findall(body)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_docs_relative_links_resolve(page):
    broken = []
    for target in _links(page):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # http:, https:, mailto:
            continue
        path_part, _, anchor = target.partition("#")
        dest = (page.parent / path_part).resolve() if path_part else page
        if not dest.exists():
            broken.append(f"{target} (no such file)")
        elif anchor and dest.suffix == ".md" and anchor not in _anchors(dest):
            broken.append(f"{target} (no heading #{anchor} in {dest.name})")
    assert not broken, f"{page.name} has broken links: {broken}"


DOC_PAGES = [p for p in PAGES if p.parent.name == "docs"]


@pytest.mark.parametrize("page", DOC_PAGES, ids=lambda p: p.name)
def test_docs_examples_run(page):
    result = doctest.testfile(str(page), module_relative=False, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in docs/{page.name} failed (run: python -m doctest -v docs/{page.name})"


def test_docs_readme_is_short_and_links_the_docs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = readme.splitlines()
    assert len(lines) <= 130, f"README has {len(lines)} lines; keep it to about two screens and move detail to docs/"
    for page in DOC_PAGES:
        if page.name != "index.md":
            assert f"docs/{page.name}" in readme or f"]({page.name})" in (ROOT / "docs" / "index.md").read_text(encoding="utf-8"), (
                f"docs/{page.name} is linked from neither the README nor docs/index.md"
            )
