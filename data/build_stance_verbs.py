"""Rebuild ``newslab/data/stance_verbs.txt`` from the WordNet 3.0 verb database.

The list tells newslab's frame rule which verbs take a position, so that a participial '...,
saying ...' clause attached to one ('contradicted earlier statements, saying ...', 'apologised
in public, saying ...', 'rebuked the council, saying ...') gets the ``stance`` frame by the
verb's class instead of one lexicon entry per verb. See ``newslab/data/stance_verbs.md`` for the
source, the licence and the filter.

Usage (WordNet is needed only here, never at run time; Debian ships it as ``wordnet-base``)::

    apt-get install wordnet-base
    python data/build_stance_verbs.py /usr/share/wordnet
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import wordnet_db  # data/wordnet_db.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newslab" / "data" / "stance_verbs.txt"

#: verb.communication, the lexicographer file of verbs of telling, asking, ordering and arguing.
COMMUNICATION = 32
#: Synsets of verb.communication whose senses take a position on something, with every sense
#: below them (their hyponyms): criticize ('find fault with'), praise ('express approval of'),
#: disapprove ('deem wrong'), disagree ('be of different opinions': deny, contradict, dissent),
#: complain (protest, lament, grumble), apologize, defend ('argue or speak in defense of'),
#: the two senses of accuse/charge (blame, reproach), refute, admit/acknowledge (confess,
#: concede), thank.
ROOTS = {
    "00826527": "criticize", "00856842": "praise", "00807196": "disapprove", "00804820": "disagree",
    "00907165": "complain", "00892941": "apologize", "00895322": "defend", "00843486": "charge",
    "00843007": "accuse", "00814868": "refute", "00817329": "admit", "00892333": "thank",
}
#: 'agree, concur' itself, without its hyponyms (settle, arrange, solve, conclude: no stance).
ONLY_ITSELF = {"00805394": "agree"}
#: A verb counts when one of its three most frequent senses is such a sense (a rare sense does not).
SENSES = 3
#: Verbs of those subtrees whose frequent use is no position on something: publicity (advertise,
#: bill, promote, push, propagandize), physical or other senses that a '..., saying' clause hangs
#: on more often (assault, bombard, barrage, pick, lecture, correct, minimize, deflate, puncture,
#: mind, deter), noises (holler, murmur, mutter, croak, gnarl), 'lodge' (a complaint is lodged,
#: the verb itself takes none) and 'colour', 'plead' (a directive in cues.json).
EXCLUDED = frozenset("""
advertise advertize bill promote push propagandise propagandize assault bombard barrage pick lecture
correct minimize deflate puncture mind deter holler murmur mutter croak gnarl lodge colour plead slang
""".split())
_WORD = re.compile(r"^[a-z][a-z-]{2,}$")


def build(folder: Path) -> list[str]:
    synsets: dict[str, tuple[int, list[str], list[str]]] = {}
    for line in wordnet_db.entries(folder, "data.verb"):
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        lemmas = [f[4 + 2 * i].lower() for i in range(n)]
        k = 4 + 2 * n
        pointers = [(f[k + 1 + 4 * i], f[k + 2 + 4 * i]) for i in range(int(f[k]))]
        synsets[f[0]] = (int(f[1]), lemmas, [off for sym, off in pointers if sym == "@"])

    def above(off: str) -> set[str]:
        seen: set[str] = set()
        todo = [off]
        while todo:
            for h in synsets[todo.pop()][2]:
                if h not in seen:
                    seen.add(h)
                    todo.append(h)
        return seen

    # The frames lexicon gives some verbs another frame ('recommend': directive); those keep it.
    frames = json.loads((ROOT / "newslab" / "data" / "cues.json").read_text(encoding="utf-8"))["frames"]
    words: set[str] = set()
    for line in wordnet_db.entries(folder, "index.verb"):
        f = line.split()
        lemma, count = f[0], int(f[2])
        if not _WORD.match(lemma) or lemma in EXCLUDED or frames.get(lemma, "stance") != "stance":
            continue
        for off in f[-count:][:SENSES]:
            if synsets[off][0] == COMMUNICATION and (off in ROOTS or off in ONLY_ITSELF or above(off) & set(ROOTS)):
                words.add(lemma)
                break
    return sorted(words)


def main() -> None:
    wordnet_db.run(build, OUT, "Verbs that take a position: WordNet 3.0 verb.communication senses (three most frequent) under criticize, praise, disapprove, disagree, complain, apologize, defend, accuse/charge, refute, admit, thank, and 'agree' itself, minus the verbs of EXCLUDED and those with another frame in cues.json. Built by data/build_stance_verbs.py; see stance_verbs.md.", "verbs")


if __name__ == "__main__":
    main()
