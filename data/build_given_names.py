"""Rebuild ``newslab/data/given_names.tsv`` from the nomquamgender package's name table.

The list tells newslab's speaker rules that a word is a given name (so "Marcus
Hale" is a person even when the entity model tags it ORG, and "Librarian" in
"Librarian Omar Haddad" is a title) and which pronoun it usually takes. See
``newslab/data/given_names.md`` for the source, the licence and the filter.

Usage (nomquamgender is needed only here, never at run time)::

    pip download --no-deps nomquamgender==0.1.4 -d /tmp/nqg && unzip -q /tmp/nqg/*.whl -d /tmp/nqg
    python data/build_given_names.py /tmp/nqg/nomquamgender/name_data.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "newslab" / "data" / "given_names.tsv"

#: A name must come from this many of nomquamgender's sources ...
MIN_SOURCES = 8
#: ... and be counted this many times in them (drops one-off and garbled entries).
MIN_COUNT = 200
#: p(female) at or above this -> "f", at or below 1 - this -> "m", else "u" (either).
GENDERED = 0.85

_NAME = re.compile(r"^[a-z]{2,}(?:-[a-z]{2,})?$")
# Function words that slip into name tables as parsing residue ("the", "van" is kept: a particle of names).
_NOT_NAMES = frozenset("the and of for with from said mr mrs ms dr".split())


def build(name_data: Path) -> list[tuple[str, str]]:
    data = json.loads(name_data.read_text(encoding="utf-8"))
    rows = []
    for name, values in data.items():
        sources, count, p_female = values[0], values[1], values[2]
        if not _NAME.match(name) or name in _NOT_NAMES or sources < MIN_SOURCES or count < MIN_COUNT:
            continue
        gender = "f" if p_female >= GENDERED else "m" if p_female <= 1 - GENDERED else "u"
        rows.append((name, gender))
    return sorted(rows)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    rows = build(Path(argv[0]))
    header = "# given name (lower case) <TAB> usual gender: f, m or u (either). Built by data/build_given_names.py; see given_names.md.\n"
    OUT.write_text(header + "".join(f"{n}\t{g}\n" for n, g in rows), encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
