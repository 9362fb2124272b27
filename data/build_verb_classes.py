"""Verb classes from the WordNet 3.0 verb database, for the learned recall experiment.

:func:`build` gives every single-word verb the WordNet lexicographer files (verb.communication,
verb.cognition, verb.emotion, ...) of its three most frequent senses, most frequent first, so
that the experiment's model (``benchmarks/learned_statements.py``) can weigh a verb the
development sets never showed by its class. The experiment failed its gate and is not part of
the pipeline, so no list is packaged: the classes are read from WordNet when the experiment
runs (WordNet 3.0, Copyright 2006 by Princeton University, under the WordNet 3.0 licence quoted
in ``newslab/data/person_nouns.md``). Running this file prints the list.

Usage (Debian ships WordNet as ``wordnet-base``)::

    apt-get install wordnet-base
    python data/build_verb_classes.py /usr/share/wordnet
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import wordnet_db  # data/wordnet_db.py, beside this script

#: WordNet's verb lexicographer files (lexnames(5WN)), numbers 29-43, without the "verb." prefix.
CLASSES = {29: "body", 30: "change", 31: "cognition", 32: "communication", 33: "competition", 34: "consumption",
           35: "contact", 36: "creation", 37: "emotion", 38: "motion", 39: "perception", 40: "possession",
           41: "social", 42: "stative", 43: "weather"}
#: The classes of a verb's most frequent senses, at most this many.
SENSES = 3
_WORD = re.compile(r"^[a-z][a-z-]{1,}$")


def build(folder: Path) -> list[str]:
    lexfile: dict[str, int] = {}
    for line in wordnet_db.entries(folder, "data.verb"):
        f = line.split()
        lexfile[f[0]] = int(f[1])
    out = []
    for line in wordnet_db.entries(folder, "index.verb"):
        f = line.split()
        lemma, count = f[0], int(f[2])
        if not _WORD.match(lemma):
            continue
        classes: list[str] = []
        for off in f[-count:][:SENSES]:
            name = CLASSES.get(lexfile.get(off, 0))
            if name and name not in classes:
                classes.append(name)
        if classes:
            out.append(f"{lemma}\t{','.join(classes)}")
    return sorted(out)


def main() -> None:
    print("\n".join(build(Path(sys.argv[1] if len(sys.argv) > 1 else wordnet_db.DEFAULT_FOLDER))))


if __name__ == "__main__":
    main()
