"""Rebuild ``newslab/data/directive_verbs.txt`` from the WordNet 3.0 verb database.

The list tells newslab's quote rules which verbs can address a person and tell or ask them to
act, so that 'SOURCE VERB ADDRESSEE to INFINITIVE' ('challenged the council to publish', 'exhorted
the army to modernise') is a directive cue by its construction,
whatever the verb, instead of one lexicon entry per verb. See
``newslab/data/directive_verbs.md`` for the source, the licence and the filter.

Usage (WordNet is needed only here, never at run time; Debian ships it as ``wordnet-base``)::

    apt-get install wordnet-base
    python data/build_directive_verbs.py /usr/share/wordnet
"""

from __future__ import annotations

import re
from pathlib import Path

import wordnet_db  # data/wordnet_db.py, beside this script

OUT = Path(__file__).resolve().parent.parent / "newslab" / "data" / "directive_verbs.txt"

#: verb.communication, the lexicographer file of verbs of telling, asking, ordering and arguing.
COMMUNICATION = 32
#: WordNet's generic sentence frames 24 'Somebody ----s somebody to
#: INFINITIVE', 25 'Somebody ----s somebody INFINITIVE'. A verb counts when it addresses a person.
FRAMES = {24, 25}
#: A verb.communication verb whose 'VERB somebody to INFINITIVE' use WordNet lists only under frame 9
#: ('Fischer challenged Spassky to a match'): added by hand, the only word not read off the frames.
ADDED = frozenset({"challenge"})
#: A verb counts when one of its three most frequent senses is such a sense (a rare sense does not).
SENSES = 3
#: Verbs of the file whose object + infinitive is no statement made to the object: permission,
#: causation, obligation, appointment and teaching ('allowed them to leave', 'forced him to
#: resign', 'sentenced him to serve', 'taught them to read'), persuasion that reports a result
#: rather than what was said ('persuaded them to stay'), and verbs whose object + infinitive is
#: a report of someone else's words ('quoted him to say') or a raising belief ('expected it to');
#: invitations (kept out here; persuasion and invitations are directives by the construction through
#: ``object_directive_verbs`` in cues.json with an object that can act, rule R51, frames18);
#: commissives ('promised them to' is rare and no demand), assurances, vetoes and prohibitions
#: without an infinitive use, and verbs of pushing and inciting that report an effect.
EXCLUDED = frozenset("""
allow permit let authorise authorize enable disallow countenance cause force oblige obligate require
sentence doom destine fate schedule dedicate devote consecrate rededicate commit qualify disqualify
teach unteach coach train tutor school drill instruct_not inspire stimulate provoke prompt induce
invite persuade convince dissuade tempt lure allure entice coax cajole wheedle talk help get expect hire
appoint nominate elect name designate assign quote cite report tell say state declare pronounce
call address mention thank congratulate praise criticise criticize blame accuse charge condemn
excuse forgive pardon greet salute hail introduce present signal flag show
promise threaten assure apprise apprize nix veto interdict proscribe push incite instigate conjure pray
""".split())
_WORD = re.compile(r"^[a-z][a-z-]{2,}$")


def build(folder: Path) -> list[str]:
    rank: dict[tuple[str, str], int] = {}
    for line in wordnet_db.entries(folder, "index.verb"):
        f = line.split()
        count = int(f[2])
        for i, off in enumerate(f[-count:]):
            rank[(f[0], off)] = i
    words: set[str] = set()
    for line in wordnet_db.entries(folder, "data.verb"):
        f = line.split(" | ")[0].split()
        if int(f[1]) != COMMUNICATION:
            continue
        n = int(f[3], 16)
        lemmas = [f[4 + 2 * i].lower() for i in range(n)]
        k = 4 + 2 * n
        k += 1 + 4 * int(f[k])
        frames = [(int(f[k + 2 + 3 * i]), int(f[k + 3 + 3 * i], 16)) for i in range(int(f[k]))] if k < len(f) else []
        for w, lemma in enumerate(lemmas, 1):
            if _WORD.match(lemma) and rank.get((lemma, f[0]), SENSES) < SENSES and any(fn in FRAMES and wn in (0, w) for fn, wn in frames):
                words.add(lemma)
    return sorted((words | ADDED) - EXCLUDED)


def main() -> None:
    wordnet_db.run(build, OUT, "Verbs of WordNet 3.0's verb.communication file with a sense in sentence frame 24 or 25 ('Somebody ----s somebody (to) INFINITIVE'), in one of their three most frequent senses, plus 'challenge', minus the verbs whose object + infinitive is no statement. Built by data/build_directive_verbs.py; see directive_verbs.md.", "verbs")


if __name__ == "__main__":
    main()
