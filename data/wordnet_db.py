"""Reading the WordNet 3.0 database files and writing a packaged word list, for the build scripts.

``data/build_record_nouns.py``, ``build_person_nouns.py`` and ``build_directive_verbs.py`` each
compile one list of ``newslab/data`` from WordNet (Debian's ``wordnet-base``); WordNet is needed
only to rebuild them, never at run time. Format of the files: wndb(5WN).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

DEFAULT_FOLDER = "/usr/share/wordnet"


def entries(folder: Path, name: str) -> Iterator[str]:
    """The lines of ``folder/name`` (``index.noun``, ``data.verb``, ...) without the licence
    header, whose lines start with two spaces."""
    for line in (folder / name).read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            yield line


def run(build: Callable[[Path], list[str]], out: Path, header: str, what: str) -> None:
    """Build a list from the WordNet folder given on the command line (default
    ``/usr/share/wordnet``) and write it to ``out`` under a one-line ``# header``."""
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_FOLDER)
    words = build(folder)
    out.write_text(f"# {header}\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} {what} -> {out}")
