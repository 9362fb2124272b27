"""Rebuild ``newslab/data/person_nouns.txt`` from the WordNet 3.0 noun database.

The list tells newslab's speaker rules that a common noun names people ('professionals',
'guests', 'residents'), so that a source headed by a plural such noun ('Professionals in the
capital say', 'most of the guests said') or a share of such people ('62 per cent of voters said')
is an unnamed group (``anonymous``) rather than ``unknown``. See ``newslab/data/person_nouns.md``.

A noun is listed when its most frequent sense lies in WordNet's lexicographer file
``noun.person`` (lexname 18) and that sense's word form is a common noun (lower case: not a
proper name such as 'Gates'). Single lower-case words of three letters or more only.

Usage (WordNet is needed only here, never at run time; Debian ships it as ``wordnet-base``)::

    apt-get install wordnet-base
    python data/build_person_nouns.py /usr/share/wordnet
"""

from __future__ import annotations

import re
from pathlib import Path

import wordnet_db  # data/wordnet_db.py, beside this script

OUT = Path(__file__).resolve().parent.parent / "newslab" / "data" / "person_nouns.txt"
NOUN_PERSON = 18  # lexicographer file number of noun.person
_WORD = re.compile(r"^[a-z][a-z-]{2,}$")


def build(folder: Path) -> list[str]:
    synsets: dict[str, tuple[int, set[str]]] = {}
    for line in wordnet_db.entries(folder, "data.noun"):
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        synsets[f[0]] = (int(f[1]), {f[4 + 2 * i] for i in range(n)})  # lexname, word forms as written
    words = []
    for line in wordnet_db.entries(folder, "index.noun"):
        f = line.split()
        lemma, count = f[0], int(f[2])
        first = f[-count]
        lexname, forms = synsets[first]
        if _WORD.match(lemma) and lexname == NOUN_PERSON and lemma in forms:
            words.append(lemma)
    return sorted(words)


def main() -> None:
    wordnet_db.run(build, OUT, "Common nouns whose most frequent WordNet 3.0 sense is in noun.person. Built by data/build_person_nouns.py; see person_nouns.md.", "nouns")


if __name__ == "__main__":
    main()
