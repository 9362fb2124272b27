"""Rebuild ``newslab/data/record_nouns.txt`` from the WordNet 3.0 noun database.

The list tells newslab's speaker rules that a noun can name a document, record or
communication (a flyer, a wiretap, a transcript, a leak), so that a source headed by a noun
that no other rule types (no person, body, outlet or unnamed role) is a ``document`` rather
than ``unknown``. See ``newslab/data/record_nouns.md`` for the source, the licence and the
filter.

Usage (WordNet is needed only here, never at run time; Debian ships it as ``wordnet-base``)::

    apt-get install wordnet-base
    python data/build_record_nouns.py /usr/share/wordnet
"""

from __future__ import annotations

import re
from pathlib import Path

import wordnet_db  # data/wordnet_db.py, beside this script

OUT = Path(__file__).resolve().parent.parent / "newslab" / "data" / "record_nouns.txt"

#: WordNet 3.0 synsets (noun offsets) whose hyponyms are texts, records and communications.
ROOTS = {
    "06470073": "document.n.01 (writing that provides information)",
    "06349220": "written_communication.n.01",
    "06647206": "record.n.01 (a document or recording that preserves knowledge)",
    "06589574": "publication.n.01",
    "06726158": "announcement.n.01",
    "04063661": "recording.n.01 (a signal that encodes sound or pictures)",
    "00633864": "investigation.n.02 (the work of inquiring: a wiretap, an audit)",
    "05797597": "inquiry.n.01 (a search for knowledge: a poll, a survey)",
    "07213395": "disclosure.n.01 (a leak)",
    "04063868": "recording.n.02 (a tape, a disc)",
    "06681551": "report.n.03 (news: a dispatch, a newsletter, a bulletin)",
    "07248801": "ad.n.01 (a flyer, a handbill, a circular)",
    "06793231": "sign.n.02 (a poster, a placard)",
}
#: A noun counts when one of its five most frequent senses is under a root (a rare sense, such as a
#: "call" option, does not count); the list is read only for a source that no other rule types.
SENSES = 5
_WORD = re.compile(r"^[a-z][a-z-]{2,}$")


def _read_synsets(folder: Path) -> dict[str, list[str]]:
    """offset -> hypernym offsets, from data.noun (format: wndb(5WN))."""
    hypernyms: dict[str, list[str]] = {}
    for line in wordnet_db.entries(folder, "data.noun"):
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        k = 4 + 2 * n
        pointers = [(f[k + 1 + 4 * i], f[k + 2 + 4 * i], f[k + 3 + 4 * i]) for i in range(int(f[k]))]
        hypernyms[f[0]] = [off for sym, off, pos in pointers if sym in ("@", "@i") and pos == "n"]
    return hypernyms


#: person.n.01: a record noun that also names a person ('leader', 'flier') is marked, so the
#: rules never let the list outvote a person reading.
PERSON = "00007846"


def build(folder: Path) -> list[str]:
    hypernyms = _read_synsets(folder)
    memo: dict[tuple[str, frozenset[str]], bool] = {}

    def under(off: str, roots: frozenset[str] = frozenset(ROOTS)) -> bool:
        key = (off, roots)
        if key not in memo:
            memo[key] = False  # cycles are absent in WordNet; this only guards the recursion
            memo[key] = off in roots or any(under(h, roots) for h in hypernyms.get(off, ()))
        return memo[key]

    words = []
    for line in wordnet_db.entries(folder, "index.noun"):
        f = line.split()
        lemma, count = f[0], int(f[2])
        senses = f[-count:][:SENSES]
        if _WORD.match(lemma) and any(under(off) for off in senses):
            person = any(under(off, frozenset({PERSON})) for off in senses)
            words.append(f"{lemma}\tperson" if person else lemma)
    return sorted(words)


def main() -> None:
    wordnet_db.run(build, OUT, "Nouns with a document, record or communication sense among their five most frequent WordNet 3.0 senses. A second column 'person' marks nouns that can also name a person. Built by data/build_record_nouns.py; see record_nouns.md.", "nouns")


if __name__ == "__main__":
    main()
