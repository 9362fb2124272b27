"""Rebuild ``newslab/data/agent_nouns.txt`` from the WordNet 3.0 noun database.

The list tells newslab's speaker rules how a common noun that heads the subject of a speech or
belief cue reads when no other word list claims it: the subject of a cue says or thinks
something, so the noun is read in its most frequent sense that can (a person, WordNet's
``noun.person``, or a group of people or a body, ``noun.group``). 'The prosecution claimed ...'
reads 'prosecution' as 'the lawyers acting for the state' (its second sense, a group), not as
the proceeding (its first, ``noun.act``). See ``newslab/data/agent_nouns.md``.

Each line is ``noun<TAB>person``, ``noun<TAB>organization`` or ``noun<TAB>group``: the noun's
first sense among those two lexicographer files, when that sense writes the word in lower case
and is the noun's first sense or one seen in WordNet's sense-tagged texts (so 'computer' is no
person: its sense 'an expert at calculation' is never met);
a ``noun.group`` sense is ``organization`` when WordNet's hypernyms lead to ``organization``
(an administrative unit, an institution, a military unit: 'high command', 'intelligence') and
so is the people of a place whose first sense is that place (noun.location: 'the city said' stands
for its authorities, as the dev guideline types a country as an organization), and it is
``group`` otherwise (a collection or gathering of people: 'prosecution', 'crowd'). Single
lower-case words of three letters or more only.

Usage (WordNet is needed only here, never at run time; Debian ships it as ``wordnet-base``)::

    apt-get install wordnet-base
    python data/build_agent_nouns.py /usr/share/wordnet
"""

from __future__ import annotations

import re
from pathlib import Path

import wordnet_db  # data/wordnet_db.py, beside this script

OUT = Path(__file__).resolve().parent.parent / "newslab" / "data" / "agent_nouns.txt"
LEXNAMES = {14: "group", 18: "person"}  # lexicographer file numbers of noun.group, noun.person
NOUN_LOCATION = 15
ORGANIZATION = "08008335"  # organization.n.01 ('a group of people who work together')
_WORD = re.compile(r"^[a-z][a-z-]{2,}$")


def build(folder: Path) -> list[str]:
    synsets: dict[str, tuple[int, set[str]]] = {}
    hypernyms: dict[str, list[str]] = {}
    for line in wordnet_db.entries(folder, "data.noun"):
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        synsets[f[0]] = (int(f[1]), {f[4 + 2 * i] for i in range(n)})  # lexname, word forms as written
        at = 4 + 2 * n
        hypernyms[f[0]] = [f[at + 1 + 4 * i + 1] for i in range(int(f[at])) if f[at + 1 + 4 * i] in ("@", "@i")]

    def is_organization(offset: str) -> bool:
        seen, todo = set(), [offset]
        while todo:
            o = todo.pop()
            if o == ORGANIZATION:
                return True
            if o not in seen:
                seen.add(o)
                todo.extend(hypernyms.get(o, ()))
        return False
    rows = []
    for line in wordnet_db.entries(folder, "index.noun"):
        f = line.split()
        lemma, count = f[0], int(f[2])
        tagged = int(f[-count - 1])  # senses seen in WordNet's tagged texts (the first ones)
        if not _WORD.match(lemma):
            continue
        for number, offset in enumerate(f[-count:], start=1):
            lexname, forms = synsets[offset]
            if lexname in LEXNAMES and (number == 1 or number <= tagged):
                if lemma in forms:
                    place = synsets[f[-count]][0] == NOUN_LOCATION  # 'city': the people of a place, for its authorities
                    kind = "organization" if lexname == 14 and (place or is_organization(offset)) else LEXNAMES[lexname]
                    rows.append(f"{lemma}\t{kind}")
                break
    return sorted(rows)


def main() -> None:
    wordnet_db.run(build, OUT, "Common nouns with the WordNet 3.0 file (noun.person or noun.group) of their most frequent sense among those two. Built by data/build_agent_nouns.py; see agent_nouns.md.", "nouns")


if __name__ == "__main__":
    main()
