"""Corpus-level canonical names: one name for one person, organisation or place across articles.

``analyze`` merges names within each article ("Kono" -> "Taro Kono" when the
article names Taro Kono). Across a corpus the same person still appears under
several names: "Bush" in an article that never spells him out, "George Bush",
"G.W. Bush" and "George W. Bush"; "America" beside "United States"; one name
split over two labels. :func:`merge_names` works on finished :class:`Tables`
(every article is needed to judge what is unambiguous) and returns new tables
in which these variants carry one canonical name and one label. The rules
(method ``names.merge.v1``), in the order they run:

1. **Junk trimmed** (per mention, on the article-level canonical name): a
   spaced dash ends an apposition ("Eurostat - the Statistical Office of ...
   - for" -> "Eurostat"; a dateline before a person's name is dropped:
   "OTTAWA - Frank McKenna" -> "Frank McKenna"); leading determiners and
   ordinals go ("a United Nations", "first European Union"), and for people
   every leading lowercase word but a name particle ("spokesperson Liu
   Jianchao"); trailing function words and reporting verbs go ("Council of
   the European Union for", "Polo told").
2. **Junk relabelled or dropped**: a one-word name that the lexicon knows
   only as an adjective ("Aboriginal", "Kurdish") is a group (NORP); a
   PERSON name ending in an institution noun ("George W. Bush
   Administration", "Cox Newspapers") is an ORG; a PERSON name made of
   another person's surname and a common noun that is never a name on its
   own ("Bush Pledge", "Bush Green") is not a name: the mention is dropped.
3. **Aliases**: newslab's built-in alias table (``America`` -> ``United
   States``) and the user's, on the canonical name (case-insensitive).
4. **Label**: a name keeps the label most of its mentions carry; ties go to
   the label listed first in :data:`LABEL_ORDER`.
5. **People**: a PERSON name merges into the one full name it is a short
   form of: its surname ("Bush"), a tail of the name ("Lula da Silva"), the
   first name with the surname ("George Bush"), initials ("G.W. Bush" ->
   "George W. Bush"; all given names must line up when two or more are
   written, so "George W. Bush" never becomes "George H. W. Bush"), or a
   word an article itself resolved to that person ("Lula"). A suffix (Jr.,
   Sr.) must agree. When several people fit, one is chosen only when it
   dominates by article co-occurrence: the variant appears in at least
   :data:`MIN_COOCCURRENCE` articles that name that person and in at least
   :data:`DOMINANCE` times as many such articles as for all the other
   candidates together; otherwise the variant stays as it is. A one-word
   variant also needs one such article when only one person fits (a
   surname is only merged into a name it was used for somewhere).
   Mentions an article already resolved keep their article's resolution:
   a "Bush" that an article tied to George H. W. Bush stays his.
6. **Acronyms**: an all-capital name ("ANC") merges into the full name that
   articles resolved it to, under the same dominance rule.
7. **One label per canonical name**, by majority over all its mentions.

A merged group is shown under its most frequent full form (ties: the longer,
then the alphabetically first). Quote speakers (``quotes.speaker_canonical``)
and figure attributions (``figures.attributed_to``) follow the same map, and
the sources table is rebuilt from the quotes; a document without a named
issuer ("the report") becomes an article-scoped source ("the report
(article 123)") so unrelated reports are not pooled into one source.

Every change is listed in ``tables.entities.attrs["name_merges"]`` and the
dropped mentions in ``attrs["name_drops"]``; :func:`suggest_aliases` gives the
same merges as an alias table a researcher can edit and pass back with
``aliases=`` / ``--aliases``.
"""

from __future__ import annotations

import copy
import csv
import functools
import io
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from newslab.errors import InputError, InputTypeError
from newslab.io import atomic_file
from newslab.schema import conform, empty
from newslab.sources import map_joint_members, sources_table
from newslab.tables import Tables, read_tables, write_tables

# newslab.entities (strip_name, aliases) imports spaCy: it is imported inside the
# functions that need it, so `import newslab.names` stays cheap.

__all__ = [
    "METHOD", "LABEL_ORDER", "DOMINANCE", "MIN_COOCCURRENCE", "MIN_SURNAME_COOCCURRENCE", "SUGGESTION_COLUMNS",
    "merge_names", "suggest_aliases", "write_aliases", "merge_dataset", "trim_name",
]

#: Versioned name of the corpus-level rules (recorded in ``attrs["methods"]["names"]``).
METHOD = "names.merge.v1"

#: Labels of named things; numeric and temporal labels (DATE, MONEY, ...) are never touched.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})

#: Tie order when a name's labels are equally frequent: the spaCy small model
#: tags an unknown surname ORG more often than the reverse, and a country ORG
#: more often than the reverse, so PERSON and GPE come first.
LABEL_ORDER: tuple[str, ...] = ("PERSON", "GPE", "ORG", "LOC", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE")

#: A candidate must co-occur with the variant in this many times as many
#: articles as all other candidates together to win an ambiguous variant.
DOMINANCE = 3
#: ... and in at least this many articles.
MIN_COOCCURRENCE = 3
#: A bare surname (one word) merges into the only full name that fits only when
#: the two are named together in at least this many articles.
MIN_SURNAME_COOCCURRENCE = 2

#: Columns of :func:`suggest_aliases` (``alias`` and ``canonical`` are what
#: :func:`newslab.entities.read_aliases` reads; the rest is evidence).
SUGGESTION_COLUMNS = ["alias", "canonical", "label", "n_mentions", "n_articles", "reason"]

_PARTICLES = frozenset("al bin ibn da das de del della der di do dos du el la le van von ter ten y zu".split())
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_LEAD_WORDS = frozenset("a an the this that these those its his her their our my your first last next former late".split())
_TRAIL_WORDS = frozenset("of for and or the a an in at to on by with from as said says told".split())
_INSTITUTION_HEADS = frozenset(
    """administration government cabinet campaign presidency foundation institute center centre library museum
    school elementary university college hospital clinic group company corporation corp inc ltd llc labs
    laboratories newspapers newspaper media collection party council committee commission fund trust bank
    association society club team airlines airways motors industries holdings partners associates studios
    records entertainment""".split()
)
_TITLE_WORDS = frozenset(
    """president chancellor minister secretary senator governor mayor general chairman chairwoman chair ceo
    director spokesman spokeswoman spokesperson leader""".split()
)
#: Titles newslab.entities.strip_titles does not know, seen before names in news ("Treasurer Peter Costello").
_MORE_TITLES = frozenset(
    """treasurer ayatollah presidente presidenta sheikh emir spokesman spokeswoman spokesperson prosecutor advisor
    adviser counsel private corporal specialist class pastor honorable honourable""".split()
)
_DASH = re.compile(r"\s+[-–—]+\s+")
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,9}$")


# ---------------------------------------------------------------------------
# Names as written


@functools.lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """Case- and accent-insensitive form of a word, without trailing dots ("Genoíno" == "Genoino")."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().rstrip(".")


def _spelling_key(name: str) -> str:
    """``name`` without case, accents, hyphens and final dots ("Al-Qaeda" -> "al qaeda")."""
    return " ".join(_fold(w) for w in name.replace("-", " ").split())


def _is_capitalised(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _is_particle(word: str) -> bool:
    """A lowercase name part: "de", "van", "bin", or an Arabic article joined by a hyphen ("al-Qayimaal")."""
    low = word.casefold()
    return low in _PARTICLES or low.split("-")[0] in _PARTICLES | {"ad", "ar", "as", "ash", "at", "az"} and "-" in low


def _name_continues(text: str, end: int) -> bool:
    """True when a capitalised word follows ``end`` in the same sentence ("Bosnia and| Herzegovina")."""
    m = re.match(r"[ \t]+([^\W\d_])", text[end : end + 40])
    return bool(m) and m.group(1).isupper()


def trim_name(name: str, label: str, *, places: Iterable[str] = (), tail: bool = True) -> str:
    """Trim the junk a mention's name can carry (rule 1 of :mod:`newslab.names`).

    Args:
        name: A canonical entity name.
        label: Its entity label.
        places: Known place names (a dateline before a person's name is dropped).
        tail: Drop trailing function words and reporting verbs (False when the
            name goes on in the text after the mention: the model cut it short).

    Returns:
        The trimmed name; ``name`` itself when nothing name-like would remain.

    Example:
        >>> trim_name("Eurostat - the Statistical Office of the European Union - for", "ORG")
        'Eurostat'
        >>> trim_name("a United Nations", "ORG"), trim_name("spokesperson Liu Jianchao", "PERSON")
        ('United Nations', 'Liu Jianchao')
        >>> trim_name("OTTAWA - Frank McKenna", "PERSON"), trim_name("Council of the European Union for", "ORG")
        ('Frank McKenna', 'Council of the European Union')
    """
    from newslab.entities import strip_name, strip_titles

    out = name.strip()
    parts = [p.strip() for p in _DASH.split(out) if p.strip()]
    if len(parts) > 1:
        place_set = {p.casefold() for p in places}
        # A dateline before a name ("OTTAWA - Frank McKenna", "New York - Carly Fiorina") goes.
        while len(parts) > 1 and parts[0].casefold() in place_set:
            parts = parts[1:]
        if label == "PERSON":
            # "OTTAWA - Frank McKenna": a capitalised one-word dateline; "Jacques Chirac - President": a title after the name.
            while len(parts) > 1 and " " not in parts[0] and parts[0].isupper() and len(parts[0]) > 2:
                parts = parts[1:]
            kept = [p for p in parts if not (len(p.split()) == 1 and p.casefold() in _TITLE_WORDS) and _is_capitalised(p)]
            out = kept[0] if kept else parts[0]
        elif _is_capitalised(parts[0]):
            out = parts[0]
    words = out.split()
    # Leading determiners ("a United Nations"); for people any lowercase word but a particle ("native Dennis Morrisseau").
    while len(words) > 1 and not _is_capitalised(words[0]) and (
        words[0].casefold() in _LEAD_WORDS or (label == "PERSON" and not _is_particle(words[0]))
    ) and _is_capitalised(words[1]):
        words = words[1:]
    # Lowercase only: "Bayan Ahmed Said" keeps its name, "Polo told" loses the verb.
    while tail and len(words) > 1 and (words[-1] in _TRAIL_WORDS or not any(c.isalnum() for c in words[-1])):
        words = words[:-1]
    out = _strip_punctuation(" ".join(words))
    if out and out != name:
        out = strip_name(out)
    if label == "PERSON" and out:
        words = out.split()
        while len(words) > 2 and words[0].lower().rstrip(".") in _MORE_TITLES:
            words = words[1:]
        titled = strip_titles(" ".join(words))
        if _is_capitalised(titled):
            out = titled
    return out if out and any(c.isalnum() for c in out) else name


def _strip_punctuation(name: str) -> str:
    """Drop stray punctuation at the ends ("-PA", "Kuwait).:"); keep "Jr." and balanced brackets."""
    out = name.strip(" ,;:/-–—")
    tail = re.search(r"\)[^\w(]*$", out)
    if tail and out.count(")") > out.count("("):
        out = out[: tail.start()].rstrip(" ,;:/-–—")
    return out


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    """Word -> first part-of-speech tag of the Brill lexicon that TextBlob ships (94,000 words)."""
    import importlib.util

    # Found without importing TextBlob (its import pulls in NLTK and takes seconds).
    spec = importlib.util.find_spec("textblob")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    path = Path(locations[0]) / "en" / "en-lexicon.txt" if locations else None
    if path is None or not path.is_file():  # pragma: no cover - textblob is a core dependency
        return {}
    text = path.read_text(encoding="utf-8")
    tags: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] not in tags:
            tags[parts[0]] = parts[1]
    return tags


#: Adjectives of peoples, religions and political groups the lexicon cannot tell from other adjectives.
_GROUP_WORDS = frozenset(
    """aboriginal indigenous loyalist unionist nationalist republican islamist jihadist sunni shia shiite muslim
    christian catholic protestant orthodox jewish hindu sikh buddhist kurdish french dutch czech greek thai swiss
    scots basque""".split()
)
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i")


def _group_adjective(word: str) -> bool:
    """True for a one-word name that names a group by its adjective ("Aboriginal", "Kuwaiti", "Brazilian").

    Either a listed group word, or a word the lexicon knows only as an
    adjective (no proper-noun entry) that ends like a demonym (-an, -ese, -ish, -i).
    """
    if not word.isalpha() or word.isupper():
        return False
    if word.lower() in _GROUP_WORDS:
        return True
    lex = _lexicon()
    tag = lex.get(word, lex.get(word.lower()))
    return tag == "JJ" and word.lower().endswith(_DEMONYM_ENDINGS)


def _common_word(word: str) -> bool:
    """True for a word the lexicon lists in lower case as a noun or adjective ('pledge', 'green')."""
    return _lexicon().get(word.lower()) in ("NN", "NNS", "JJ")


# ---------------------------------------------------------------------------
# People's names


@dataclass(frozen=True)
class _Person:
    tokens: tuple[str, ...]  # folded, initials split, suffix removed
    suffix: str

    @property
    def given(self) -> tuple[str, ...]:
        return self.tokens[:-1]


def _person(name: str) -> _Person | None:
    """A person's name split for matching; None when it is not name-like."""
    words: list[str] = []
    for w in name.replace(",", " ").split():
        if _INITIALS.match(w):
            words.extend(f"{c}." for c in w if c.isalpha())  # "G.W." -> "G." "W."
        else:
            words.append(w)
    if not words:
        return None
    suffix = ""
    if len(words) > 1 and _fold(words[-1]) in _SUFFIXES:
        suffix, words = _fold(words[-1]), words[:-1]
    if not all(_is_capitalised(w) or w.casefold() in _PARTICLES for w in words) or not _is_capitalised(words[0]):
        return None
    tokens = tuple(_fold(w) for w in words)
    if len(tokens[-1]) < 2:
        return None
    return _Person(tokens, suffix)


def _is_full(p: _Person) -> bool:
    return len(p.tokens) >= 2


def _token_fits(short: str, full: str) -> bool:
    return short == full or (len(short) == 1 and full.startswith(short))


def _person_fits(v: _Person, f: _Person) -> bool:
    """True when ``v`` is a shorter or equally long form of the name ``f`` (not the same tokens)."""
    if v.tokens == f.tokens and v.suffix == f.suffix:
        return False
    if v.suffix and v.suffix != f.suffix:
        return False
    n = len(v.tokens)
    if n > len(f.tokens):
        return False
    if f.tokens[-n:] == v.tokens:  # surname, or a tail of the name: "Bush", "Lula da Silva"
        return True
    if v.tokens[-1] != f.tokens[-1]:
        return False
    vg, fg = v.given, f.given
    if len(vg) == 1:  # first name or its initial with the surname: "George Bush", "G. Bush"
        return bool(fg) and _token_fits(vg[0], fg[0])
    # Two or more given names written: all must line up ("G.W. Bush" fits "George W. Bush", not "George H. W. Bush").
    return len(vg) == len(fg) and all(_token_fits(a, b) for a, b in zip(vg, fg))


# ---------------------------------------------------------------------------
# The corpus-level merge


def _label_majority(counts: Mapping[str, int]) -> str:
    """The label most mentions carry (ties: :data:`LABEL_ORDER`)."""
    order = {label: k for k, label in enumerate(LABEL_ORDER)}
    return min(counts, key=lambda label: (-counts[label], order.get(label, len(order)), label))


def _vote(full: Mapping[str, Counter[str]], every: Mapping[str, Counter[str]]) -> dict[str, str]:
    """One label per name: the majority of the mentions that write the name out in full, else of all its mentions.

    A short mention merged into a longer name by its article ("Carroll" in an
    article about Rory Carroll) does not vote: the small English model often
    tags a bare surname ORG, while the full name it belongs to is tagged PERSON.
    """
    return {name: _label_majority(full[name] if full.get(name) else counts) for name, counts in every.items()}


def _text(value: Any) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


_FUNCTION_WORDS = frozenset("of the and a an in on for to at by with from".split())
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _in_title_or_place(text: str, start: int, end: int) -> bool:
    """True when a mention sits in a Title Case run ("Falls Short of Bush Pledge") or follows a possessive ("Shepherd's Bush Green").

    Counts the capitalised common words (the lexicon knows them in lower
    case: "Falls", "Short") among the three words on each side, in the same
    sentence, function words skipped; two or more make a title. Capitalised
    names around a mention ("actors Martin Sheen and Susan Sarandon") do not.
    """
    before = text[max(0, start - 80) : start]
    if re.search(r"['’]s\s+$", before):
        return True
    before = re.split(r"[.!?\n]", before)[-1]
    after = re.split(r"[.!?\n]", text[end : end + 80])[0]
    near = [w for w in _WORD.findall(before)[-3:] + _WORD.findall(after)[:3] if w.lower() not in _FUNCTION_WORDS]
    lex = _lexicon()
    return sum(1 for w in near if w[0].isupper() and not lex.get(w.lower(), "NNP").startswith("NNP")) >= 2


class _Merger:
    """Works out the merges for one corpus from its entities table (plain arrays, no attrs copying)."""

    def __init__(self, entities: pd.DataFrame, aliases: Mapping[str, str], texts: Mapping[str, str] | None = None,
                 speakers: pd.DataFrame | None = None) -> None:
        from newslab.entities import builtin_aliases, strip_name, strip_titles

        self.builtin = builtin_aliases()
        self.user = dict(aliases)
        self.aliases = {**self.builtin, **self.user}
        label_all = [str(v) for v in entities["label"].astype("object").tolist()]
        self.rows = [k for k, lab in enumerate(label_all) if lab in _NAME_LABELS]
        rows = self.rows
        article_all = entities["article_id"].astype("object").tolist()
        canon_all = entities["canonical"].astype("object").tolist()
        text_all = entities["text"].astype("object").tolist()
        starts = entities["start_char"].tolist() if "start_char" in entities.columns else [0] * len(label_all)
        ends = entities["end_char"].tolist() if "end_char" in entities.columns else [0] * len(label_all)
        self.article = [article_all[k] for k in rows]
        texts_ = [_text(text_all[k]) for k in rows]
        raw = [_text(canon_all[k]) or texts_[i] for i, k in enumerate(rows)]
        labels = [label_all[k] for k in rows]
        self.raw, self.labels = raw, labels
        self.reasons: dict[tuple[str, str], list[str]] = defaultdict(list)  # (raw, label) -> reasons

        # Place names (for datelines) and the mention texts as the article-level step saw them.
        self.places = {r for r, lab in zip(raw, labels) if lab in ("GPE", "LOC")}
        self.written = [strip_titles(strip_name(t)) if lab == "PERSON" else strip_name(t) for t, lab in zip(texts_, labels)]

        # 1. trim; a name cut by the model before its end keeps its last word
        # ("Bosnia and" in "Bosnia and Herzegovina": "Bosnia" would be another place).
        cut_short = set()
        if texts is not None:
            for i, (r, lab) in enumerate(zip(raw, labels)):
                if r.split()[-1:] and r.split()[-1] in _TRAIL_WORDS and self.article[i] in texts:
                    if _name_continues(texts[self.article[i]], int(ends[rows[i]])):
                        cut_short.add((r, lab))
        trimmed: dict[tuple[str, str], str] = {}
        for key in dict.fromkeys(zip(raw, labels)):
            t = trim_name(key[0], key[1], places=self.places, tail=key not in cut_short)
            trimmed[key] = t
            if t != key[0]:
                self.reasons[key].append(f"trimmed {key[0]!r} -> {t!r}")
        names = [trimmed[k] for k in zip(raw, labels)]

        # 2. junk: relabelled by name, dropped by name and context
        person_articles: dict[str, set[str]] = defaultdict(set)
        for w, lab, a in zip(self.written, labels, self.article):
            if lab == "PERSON" and " " not in w:
                person_articles[w].add(a)
        full_people = {n for n, lab in zip(names, labels) if lab == "PERSON" and len(n.split()) >= 2}
        surnames = Counter(n.split()[-1] for n in full_people)
        new_labels = list(labels)
        self.drop = [False] * len(names)
        decided: dict[tuple[str, str], tuple[str, str, str]] = {}
        for i, (name, label) in enumerate(zip(names, labels)):
            key = (name, label)
            if key not in decided:
                decided[key] = self._junk(name, label, surnames, person_articles)
            new_label, drop_why, why = decided[key]
            new_labels[i] = new_label
            if why:
                self.reasons[(raw[i], label)].append(why)
            if drop_why and texts is not None and self.article[i] in texts:
                k = rows[i]
                if _in_title_or_place(texts[self.article[i]], int(starts[k]), int(ends[k])):
                    self.drop[i] = True
                    self.reasons[(raw[i], label)].append(drop_why)

        # 3. aliases
        aliased = []
        for i, name in enumerate(names):
            target = self.aliases.get(name.lower())
            if target and target != name:
                source = "user alias" if name.lower() in self.user else "built-in alias"
                self.reasons[(raw[i], labels[i])].append(f"{source} {name!r} -> {target!r}")
                name = target
            aliased.append(name)
        self.names = aliased

        # 4. one label per name (majority)
        by_name: dict[str, Counter[str]] = defaultdict(Counter)
        self.name_articles: dict[str, set[str]] = defaultdict(set)
        self.written_articles: dict[str, set[str]] = defaultdict(set)
        # What articles resolved a written form to: "Lula" -> {"Luiz Inácio Lula da Silva": its articles}.
        self.learned: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for name, w, label, a, drop in zip(aliased, self.written, new_labels, self.article, self.drop):
            if drop:
                continue
            by_name[name][label] += 1
            self.name_articles[name].add(a)
            self.written_articles[w].add(a)
            if w != name:
                self.learned[w][name].add(a)
        self.name_label = _vote(self._full_votes(aliased, new_labels), by_name)
        self.name_count = {name: sum(c.values()) for name, c in by_name.items()}
        self._add_speakers(speakers)

        # 5. spellings, people, acronyms
        self.target: dict[str, tuple[str, str]] = {}  # name -> (merged name, reason)
        self._spellings()
        self._people()
        self._acronyms()

        # 7. display names and one label per final name
        final_counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.final = [self.resolve_name(n) for n in aliased]
        for name, label, drop in zip(self.final, new_labels, self.drop):
            if not drop:
                final_counts[name][label] += 1
        self.final_label = _vote(self._full_votes(self.final, new_labels), final_counts)
        self.new_labels = new_labels

    def _add_speakers(self, quotes: pd.DataFrame | None) -> None:
        """Named quote speakers are evidence too ("Merkel said" resolved to Angela Merkel by its article).

        They count for co-occurrence and for what a written form was resolved
        to; a speaker name no entity mention has gets a label from its speaker
        type (person -> PERSON, organization or media -> ORG).
        """
        from newslab.entities import strip_name, strip_titles

        self.speaker_rows: list[tuple[str, str, str]] = []
        if quotes is None or not len(quotes):
            return
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for a, written, name, stype in zip(quotes["article_id"].tolist(), quotes["speaker"].astype("object").tolist(),
                                           quotes["speaker_canonical"].astype("object").tolist(),
                                           quotes["speaker_type"].astype("object").tolist()):
            name, written = _text(name), _text(written)
            if stype not in ("person", "organization", "media") or not name or not _is_capitalised(name):
                continue
            label = "PERSON" if stype == "person" else "ORG"
            raw = name
            name = trim_name(self.aliases.get(name.lower(), name), label, places=self.places)
            name = self.aliases.get(name.lower(), name)
            self.speaker_rows.append((a, raw, name, label))
            votes[name][label] += 1
            self.name_articles[name].add(a)
            if _is_capitalised(written):
                w = strip_titles(strip_name(written)) if label == "PERSON" else strip_name(written)
                self.written_articles[w].add(a)
                if w != name:
                    self.learned[w][name].add(a)
        for name, counts in votes.items():
            if name not in self.name_label:
                self.name_label[name] = _label_majority(counts)
                self.name_count[name] = sum(counts.values())

    def _full_votes(self, names: list[str], labels: list[str]) -> dict[str, Counter[str]]:
        """Label counts of the mentions written as the name itself (case and accents aside)."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for name, w, label, drop in zip(names, self.written, labels, self.drop):
            if not drop and _fold(w) == _fold(name):
                votes[name][label] += 1
        return votes

    # -- junk

    def _junk(self, name: str, label: str, surnames: Counter[str], person_articles: Mapping[str, set[str]]) -> tuple[str, str, str]:
        """``(label, why it may be dropped, why it was relabelled)`` for one trimmed name."""
        words = name.split()
        if len(words) == 1 and label in ("ORG", "GPE") and _group_adjective(name):
            return "NORP", "", f"relabelled {label} -> NORP: {name!r} is the adjective of a group, not a name"
        if label != "PERSON" or len(words) < 2:
            return label, "", ""
        if words[-1].lower() in _INSTITUTION_HEADS:
            return "ORG", "", f"relabelled PERSON -> ORG: {name!r} ends in the institution noun {words[-1]!r}"
        if len(words) != 2:
            return label, "", ""
        first, last = words
        if (
            surnames.get(first, 0) >= 1
            and len(person_articles.get(first, ())) >= MIN_COOCCURRENCE
            and _common_word(last)
            and not person_articles.get(last)
            and surnames.get(last, 0) <= 1  # the name itself
        ):
            return label, (f"dropped: {name!r} is the surname {first!r} and the common word {last!r} (never a name "
                           "on its own) in a title or after a possessive"), ""
        return label, "", ""

    # -- spellings

    def _spellings(self) -> None:
        """Names written differently only in case, accents, hyphens or final dots ("Zürich" / "Zurich",
        "HAMAS" / "Hamas", "Gaza Strip" / "Gaza strip") become the most frequent spelling (ties: mixed
        case before capitals before lower case, no final dot, then more accented letters). People's
        names merge only with people's names, and an acronym of up to four capitals only with itself."""
        groups: dict[tuple[str, bool], list[str]] = defaultdict(list)
        for n, label in self.name_label.items():
            # People apart: "Chavez" (a person) is not merged into "Chávez" tagged as a place.
            groups[(_spelling_key(n), label == "PERSON")].append(n)
        for members in groups.values():
            if len(members) < 2:
                continue

            def rank(m: str) -> tuple[int, int, int, int, str]:
                case = 0 if (m != m.upper() and m != m.lower()) else 1 if m == m.upper() else 2
                return (-self.name_count.get(m, 0), case, m.endswith("."), -sum(1 for c in m if ord(c) > 127), m)

            # A short all-capital acronym is not a spelling of a word ("ROE", rules of engagement, is not "Roe").
            short_caps = [m for m in members if m.isupper() and len(m.replace(" ", "")) <= 4]
            if short_caps and len(short_caps) < len(members):
                members = [m for m in members if m not in short_caps]
                if len(members) < 2:
                    continue
            rep = min(members, key=rank)
            for m in members:
                if m != rep:
                    self.target[m] = (rep, "the same name written differently (case, accents, hyphens)")

    # -- people

    def _people(self) -> None:
        people = {n: p for n in self.name_label if self.name_label[n] == "PERSON" and (p := _person(n)) is not None}
        self.people = people
        full = {n: p for n, p in people.items() if _is_full(p)}
        # Every fitting pair shares the surname, so names are compared within their surname only.
        by_surname: dict[str, list[str]] = defaultdict(list)
        for n in sorted(full):
            by_surname[full[n].tokens[-1]].append(n)
        maximal = {n for n, p in full.items() if not any(_person_fits(p, full[m]) for m in by_surname[p.tokens[-1]] if m != n)}
        # Equivalent spellings share one identity ("José Genoino" / "José Genoíno"): the most frequent one.
        identity_of_key: dict[tuple[tuple[str, ...], str], str] = {}
        for n in sorted(maximal, key=lambda n: (-self.name_count.get(n, 0), n)):
            identity_of_key.setdefault((full[n].tokens, full[n].suffix), n)
        self.identity = {n: identity_of_key[(full[n].tokens, full[n].suffix)] for n in maximal}

        def candidates(p: _Person) -> set[str]:
            return {self.identity[m] for m in by_surname.get(p.tokens[-1], ()) if m in maximal and _person_fits(p, full[m])}

        cand = {n: ({self.identity[n]} if n in self.identity else candidates(p)) for n, p in people.items()}
        # Names that belong to one identity only: the articles that name that person unambiguously.
        specific = {n: next(iter(c)) for n, c in cand.items() if len(c) == 1 and _is_full(people[n])}
        articles_of_identity: dict[str, set[str]] = defaultdict(set)
        for n, ident in specific.items():
            articles_of_identity[ident] |= self.name_articles.get(n, set())
        self.articles_of_identity = articles_of_identity

        for n, p in sorted(people.items()):
            if n in self.target:  # a spelling of another name
                continue
            if n in self.identity:
                if self.identity[n] != n:
                    self.target[n] = (self.identity[n], "the same name spelled differently")
                continue
            found = set(cand[n])
            single = len(p.tokens) == 1
            learned = set()
            if single:
                # A word articles resolved to a full name ("Lula" -> "Luiz Inácio Lula da Silva").
                learned = {specific[r] for r in self.learned.get(n, {}) if r in specific}
                found |= learned
            if not found:
                continue
            occurs = self.written_articles.get(n, set()) | self.name_articles.get(n, set())
            co = {ident: len(occurs & articles_of_identity.get(ident, set())) for ident in found}
            ranked = sorted(found, key=lambda i: (-co[i], i))
            top = ranked[0]
            others = sum(co[i] for i in ranked[1:])
            if single:
                kind = "surname" if full[top].tokens[-1] == p.tokens[-1] else "a word other articles resolved to this name"
            else:
                kind = "short form or initials"
            named = {i: len(articles_of_identity.get(i, ())) for i in found}
            if len(found) == 1:
                if single and co[top] < MIN_SURNAME_COOCCURRENCE:
                    continue
                reason = f"{kind}; the only full name in the corpus that fits"
                if single:
                    reason += f"; named together in {co[top]} articles"
            elif co[top] >= MIN_COOCCURRENCE and co[top] >= DOMINANCE * others:
                rest = ", ".join(f"{i} {co[i]}" for i in ranked[1:])
                reason = f"{kind}; several full names fit, this one dominates by co-occurrence: {co[top]} articles vs {rest}"
            elif not single and co[top] >= 1 and others == 0 and named[top] >= DOMINANCE * sum(named[i] for i in ranked[1:]):
                rest = ", ".join(f"{i} {named[i]}" for i in ranked[1:])
                reason = (f"{kind}; several full names fit, only this one is named together with it ({co[top]} articles) "
                          f"and it is named in {named[top]} articles vs {rest}")
            else:
                continue
            self.target[n] = (top, reason)

    # -- acronyms

    def _acronyms(self) -> None:
        for n in sorted(self.name_label):
            if self.name_label[n] == "PERSON" or not _ACRONYM.match(n) or n in self.target:
                continue
            found: dict[str, set[str]] = defaultdict(set)
            for full, arts in self.learned.get(n, {}).items():
                root = self._root(full)
                if root != n and self.name_label.get(root) not in (None, "PERSON"):
                    found[root] |= arts
            if not found:
                continue
            ranked = sorted(found, key=lambda f: (-len(found[f]), f))
            top = ranked[0]
            others = sum(len(found[f]) for f in ranked[1:])
            if len(found) == 1 or (len(found[top]) >= MIN_COOCCURRENCE and len(found[top]) >= DOMINANCE * others):
                self.target[n] = (top, f"acronym that {len(found[top])} article(s) resolved to {top!r}"
                                       + (f" (others: {others})" if others else ""))

    # -- results

    @functools.cached_property
    def display(self) -> dict[str, str]:
        """Group root -> the name the group is shown under.

        People: the most frequent full form, preferring one that writes a given
        name out ("Michel Barnier" before "M. Barnier"); ties go to the
        longer, then the alphabetically first. Other names
        (acronyms) are shown under the full name they were merged into.
        """
        groups: dict[str, list[str]] = defaultdict(list)
        for n in self.name_label:
            groups[self._root(n)].append(n)
        shown: dict[str, str] = {}
        for root, members in groups.items():
            persons = {m: p for m in members if (p := self.people.get(m)) is not None and _is_full(p)}
            if root not in self.people or not persons:
                shown[root] = root
                continue
            heads = list(persons)

            def rank(m: str) -> tuple[int, int, int, str]:
                initials_only = all(len(t) == 1 for t in persons[m].given)
                return (initials_only, -self.name_count.get(m, 0), -len(persons[m].tokens), m)

            shown[root] = min(heads, key=rank)
        return shown

    def _chain(self, name: str) -> list[str]:
        """The names a name passes through on its way to its group ("Bush" -> ...)."""
        chain: list[str] = []
        while name in self.target and name not in chain:
            chain.append(name)
            name = self.target[name][0]
        return chain

    def _root(self, name: str) -> str:
        seen = set()
        while name in self.target and name not in seen:
            seen.add(name)
            name = self.target[name][0]
        return name

    def resolve_name(self, name: str) -> str:
        """The corpus-level canonical name of an (aliased) name."""
        root = self._root(name)
        return self.display.get(root, root)

    def speaker_name(self, name: str, *, person: bool) -> str:
        """Map a speaker's canonical name (from the quotes table) like an entity name."""
        if not name:
            return name
        target = self.aliases.get(name.lower()) or name
        if target == name and (" and " in name or ", " in name) and self.resolve_name(name) == name:
            # A joint speaker ('A, B and C'), kept as one name: each member maps through the
            # aliases, and a joint of people also through the merges ('Fisheries and Oceans
            # Canada' or 'Johnson and Johnson' must not map a part as a person's name).
            joint = map_joint_members(name, lambda part: self._member_name(part, person=person))
            if joint != name:
                return joint
        if target in self.name_label:
            return self.resolve_name(target)
        if not _is_capitalised(target):  # a description ("the Chancellor"), not a name
            return target
        trimmed = trim_name(target, "PERSON" if person else "ORG", places=self.places)
        trimmed = self.aliases.get(trimmed.lower(), trimmed)
        if trimmed in self.name_label:
            return self.resolve_name(trimmed)
        return target

    def _member_name(self, part: str, *, person: bool) -> str:
        """One member of a joint speaker's name, mapped like a speaker's own name."""
        mapped = self.aliases.get(part.lower()) or part
        return self.resolve_name(mapped) if person and mapped in self.name_label else mapped

    def merges(self) -> pd.DataFrame:
        """One row per changed (name, label): what became of it and why."""
        records: dict[tuple[str, str, str, str], dict[str, Any]] = {}
        for i, (raw, label) in enumerate(zip(self.raw, self.labels)):
            if self.drop[i]:
                continue
            new = self.final[i]
            new_label = self.final_label.get(new, label)
            if new == raw and new_label == label:
                continue
            key = (raw, label, new, new_label)
            rec = records.get(key)
            if rec is None:
                reasons = list(self.reasons.get((raw, label), []))
                name = self.names[i]
                reasons += [self.target[step][1] for step in self._chain(name)]
                if self.resolve_name(name) != self._root(name):
                    reasons.append(f"shown as the group's most frequent full form {self.resolve_name(name)!r}")
                if new_label != label:
                    reasons.append(f"label {label} -> {new_label} (majority of the name's mentions)")
                rec = records[key] = {"variant": raw, "label_before": label, "canonical": new, "label": new_label,
                                      "n_mentions": 0, "articles": set(), "reason": "; ".join(dict.fromkeys(reasons))}
            rec["n_mentions"] += 1
            rec["articles"].add(self.article[i])
        # Names only quote speakers have ("Merkel said ..." where the model tagged no entity).
        entity_names = set(self.names)
        for a, raw, name, label in self.speaker_rows:
            new = self.resolve_name(name)
            if raw in entity_names or new == raw:
                continue
            key = (raw, label, new, self.final_label.get(new, label))
            rec = records.get(key)
            if rec is None:
                reasons = [f"trimmed {raw!r} -> {name!r}"] if name != raw else []
                reasons += [self.target[step][1] for step in self._chain(name)]
                if new != self._root(name):
                    reasons.append(f"shown as the group's most frequent full form {new!r}")
                rec = records[key] = {"variant": raw, "label_before": label, "canonical": new, "label": key[3],
                                      "n_mentions": 0, "articles": set(),
                                      "reason": "; ".join(dict.fromkeys(["quote speaker", *reasons]))}
            rec["n_mentions"] += 1
            rec["articles"].add(a)
        rows = []
        for rec in records.values():
            rec["n_articles"] = len(rec.pop("articles"))
            rows.append(rec)
        cols = ["variant", "label_before", "canonical", "label", "n_mentions", "n_articles", "reason"]
        out = pd.DataFrame(rows, columns=cols)
        return out.sort_values(["n_mentions", "variant", "label_before"], ascending=[False, True, True], kind="stable").reset_index(drop=True)

    def drops(self) -> pd.DataFrame:
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for i in range(len(self.raw)):
            if self.drop[i]:
                key = (self.raw[i], self.labels[i])
                rec = rows.setdefault(key, {"name": key[0], "label": key[1], "n_mentions": 0, "articles": set(),
                                            "reason": "; ".join(self.reasons.get(key, []))})
                rec["n_mentions"] += 1
                rec["articles"].add(self.article[i])
        out = [{**{k: v for k, v in r.items() if k != "articles"}, "n_articles": len(r["articles"])} for r in rows.values()]
        return pd.DataFrame(out, columns=["name", "label", "n_mentions", "n_articles", "reason"])


# ---------------------------------------------------------------------------
# Public API


def _read_alias_arg(aliases: Mapping[str, str] | str | os.PathLike | None) -> dict[str, str]:
    if aliases is None:
        return {}
    if isinstance(aliases, Mapping):
        return {str(k).strip().lower(): str(v).strip() for k, v in aliases.items() if str(k).strip()}
    if isinstance(aliases, (str, os.PathLike)):
        from newslab.entities import read_aliases

        return read_aliases(aliases)
    raise InputTypeError(f"aliases must be a dict alias -> canonical or the path of a CSV; got {type(aliases).__name__}.")


def _check_tables(tables: Any, what: str) -> None:
    if not isinstance(tables, Tables):
        raise InputTypeError(f"{what} expects the Tables from newslab.analyze() or newslab.read_tables(); got {type(tables).__name__}.")
    needed = {
        "entities": ("article_id", "ent_id", "text", "label", "canonical"),
        "quotes": ("article_id", "quote_id", "speaker", "speaker_canonical", "speaker_type", "speaker_ent_id"),
        "figures": ("article_id", "quote_id", "attributed_to"),
    }
    for name, cols in needed.items():
        missing = [c for c in cols if c not in tables[name].columns]
        if missing:
            raise InputError(f"{what} needs the column(s) {missing} of the {name} table; load the dataset without columns=.")


def _is_named(name: str) -> bool:
    """True for a proper name ("Beijing", "the White House"); False for "" or a description ("government")."""
    words = name.split()
    if words and words[0].casefold() in _LEAD_WORDS:
        words = words[1:]
    return any(_is_capitalised(w) for w in words)


def merge_names(tables: Tables, *, aliases: Mapping[str, str] | str | os.PathLike | None = None) -> Tables:
    """Merge name variants across a corpus into one canonical name and one label.

    Applies the rules of :mod:`newslab.names` to ``entities.canonical`` and
    ``label``, ``quotes.speaker_canonical``, ``figures.attributed_to`` and
    rebuilds ``sources`` (generic documents get an article-scoped name).
    Dropped junk mentions are removed from the entities table (``ent_id`` is
    renumbered and ``quotes.speaker_ent_id`` follows).

    Args:
        tables: Finished tables (:func:`newslab.analyze`, :func:`newslab.read_tables`).
        aliases: Extra aliases (dict alias -> canonical, or a CSV with columns
            alias,canonical such as the one :func:`suggest_aliases` writes),
            applied to canonical names on top of the built-in ones.

    Returns:
        New :class:`Tables`; ``tables`` is not changed. ``attrs["methods"]["names"]``
        is ``"names.merge.v1"``; ``entities.attrs["name_merges"]`` lists every
        change (variant, label_before, canonical, label, n_mentions,
        n_articles, reason) and ``entities.attrs["name_drops"]`` the dropped names.

    Raises:
        InputTypeError: ``tables`` is not a Tables.
        InputError: A needed column is missing.

    Example:
        >>> import pandas as pd, newslab as nl
        >>> from newslab.schema import conform, empty
        >>> ents = conform(pd.DataFrame({"article_id": ["a", "a", "b"], "ent_id": [0, 1, 0],
        ...     "start_char": [0, 20, 0], "end_char": [11, 24, 7], "sent_id": [0, 1, 0],
        ...     "text": ["Jane Ortega", "Ortega", "America"], "label": ["PERSON", "PERSON", "GPE"],
        ...     "canonical": ["Jane Ortega", "Jane Ortega", "America"]}), "entities")
        >>> t = nl.Tables(empty("articles"), empty("sentences"), ents, empty("quotes"), empty("sources"), empty("figures"))
        >>> merge_names(t).entities.canonical.tolist()
        ['Jane Ortega', 'Jane Ortega', 'United States']
    """
    _check_tables(tables, "merge_names()")
    user = _read_alias_arg(aliases)
    # Work on attrs-free views: pandas deep-copies attrs on every column access.
    ents, quotes, figures = (_bare(tables[name]) for name in ("entities", "quotes", "figures"))
    articles = _bare(tables.articles)
    texts = _texts(articles)
    merger = _Merger(ents, user, texts, quotes)

    # Entities: new names and labels, junk dropped, ids renumbered per article.
    canonical = ents["canonical"].astype("object").tolist()
    labels = ents["label"].astype("object").tolist()
    keep = [True] * len(ents)
    for k, row in enumerate(merger.rows):
        if merger.drop[k]:
            keep[row] = False
        else:
            canonical[row] = merger.final[k]
            labels[row] = merger.final_label.get(merger.final[k], merger.new_labels[k])
    new_ents = ents.assign(canonical=canonical, label=labels).loc[pd.Series(keep, index=ents.index, dtype=bool)].reset_index(drop=True)
    ent_article = ents["article_id"].tolist()
    ent_ids = ents["ent_id"].astype("int64").tolist()
    new_ents["ent_id"] = new_ents.groupby("article_id", sort=False, observed=True).cumcount().astype("int64")
    kept_keys = [(a, i) for a, i, k in zip(ent_article, ent_ids, keep) if k]
    id_map = dict(zip(kept_keys, new_ents["ent_id"].tolist()))
    new_ents = conform(new_ents, "entities") if len(new_ents) else empty("entities")

    # Quotes: a speaker follows its entity mention when it is that mention's name, else its own name.
    if len(quotes):
        ent_new = dict(zip(zip(ent_article, ent_ids), canonical))
        ent_old = dict(zip(zip(ent_article, ent_ids), ents["canonical"].astype("object").tolist()))
        speakers: list[str | None] = []
        speaker_ids: list[int | None] = []
        for aid, name, stype, eid in zip(quotes["article_id"].tolist(), quotes["speaker_canonical"].astype("object").tolist(),
                                         quotes["speaker_type"].astype("object").tolist(), quotes["speaker_ent_id"].astype("object").tolist()):
            name = _text(name)
            key = None if eid is None or pd.isna(eid) else (aid, int(eid))
            speaker_ids.append(id_map.get(key) if key is not None else None)
            if not name:
                speakers.append(None)
            elif key is not None and key in id_map and ent_old.get(key) == name:
                speakers.append(ent_new[key])
            elif stype in ("person", "organization", "media"):
                speakers.append(merger.speaker_name(name, person=stype == "person"))
            else:
                speakers.append(name)
        quotes["speaker_canonical"] = pd.array(speakers, dtype="string")
        quotes["speaker_ent_id"] = pd.array(speaker_ids, dtype="Int64")

    # Figures: a claim follows its statement's speaker.
    if len(figures):
        by_quote = dict(zip(zip(quotes["article_id"].tolist(), quotes["quote_id"].tolist()),
                            quotes["speaker_canonical"].astype("object").tolist()))
        attributed: list[str | None] = []
        for aid, qid, who in zip(figures["article_id"].tolist(), figures["quote_id"].astype("object").tolist(),
                                 figures["attributed_to"].astype("object").tolist()):
            if qid is not None and not pd.isna(qid) and (aid, int(qid)) in by_quote:
                attributed.append(_text(by_quote[(aid, int(qid))]) or None)
            else:
                attributed.append(merger.speaker_name(_text(who), person=True) or None)
        figures["attributed_to"] = pd.array(attributed, dtype="string")

    # Sources: rebuilt from the quotes as analyze does; generic documents scoped to their article.
    if len(quotes):
        sources = sources_table(quotes)
        named = {
            (a, _text(c).lower())
            for a, c, t in zip(quotes["article_id"].tolist(), quotes["speaker_canonical"].astype("object").tolist(),
                               quotes["speaker_type"].astype("object").tolist())
            if t == "document" and _is_named(_text(c))
        }
        sources["source"] = [
            f"{source} (article {aid})" if str(stype) == "document" and (aid, source.lower()) not in named else source
            for aid, source, stype in zip(sources["article_id"].tolist(), sources["source"].tolist(),
                                          sources["source_type"].astype("object").tolist())
        ]
        sources = conform(sources, "sources")
    else:
        sources = _bare(tables.sources)

    meta = {**tables.meta, "methods": {**tables.meta.get("methods", {}), "names": METHOD}}
    merges = merger.merges()
    drops = merger.drops()
    out: dict[str, pd.DataFrame] = {"articles": articles, "sentences": _bare(tables.sentences),
                                    "entities": new_ents, "quotes": quotes, "sources": sources, "figures": figures}
    for name, df in out.items():
        attrs = copy.deepcopy(tables[name].attrs)
        attrs["methods"] = {**attrs.get("methods", {}), "names": METHOD}
        df.attrs = attrs
    out["entities"].attrs["name_merges"] = _records(merges)
    out["entities"].attrs["name_drops"] = _records(drops)
    return Tables(**out, meta=meta)


def _texts(articles: pd.DataFrame) -> dict[str, str] | None:
    if "text" not in articles.columns:
        return None
    return dict(zip(articles["article_id"].tolist(), articles["text"].astype("object").tolist()))


def _bare(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` without ``attrs`` (the caller sets them again)."""
    out = df.copy()
    out.attrs = {}
    return out


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """JSON-ready rows (plain ints, not numpy's) for ``attrs`` and the manifest."""
    return [{k: v.item() if hasattr(v, "item") else v for k, v in r.items()} for r in df.to_dict("records")]


def suggest_aliases(tables: Tables, *, aliases: Mapping[str, str] | str | os.PathLike | None = None) -> pd.DataFrame:
    """Proposed merges as an alias table for a researcher to check and edit.

    The rows are the name changes :func:`merge_names` would make (label-only
    changes and dropped mentions cannot be aliases and are left out, as are
    the built-in aliases, which apply anyway). Saved with :func:`write_aliases`
    and edited, the file is read by :func:`newslab.entities.read_aliases`, so
    it can be passed back as ``analyze(..., aliases=...)`` or
    ``newslab analyze --aliases``. Note that an alias applies to every mention
    with that text, while :func:`merge_names` leaves a mention an article
    resolved to someone else alone: check ambiguous surnames (the reason says
    "several full names").

    Returns:
        Columns :data:`SUGGESTION_COLUMNS`: ``alias`` (the variant as
        written), ``canonical``, ``label`` (of the canonical name),
        ``n_mentions`` (evidence: mentions it changes), ``n_articles`` and
        ``reason``; most mentions first.

    Example:
        >>> import pandas as pd, newslab as nl
        >>> from newslab.schema import conform, empty
        >>> ents = conform(pd.DataFrame({"article_id": ["a", "b"], "ent_id": [0, 0], "start_char": [0, 0],
        ...     "end_char": [16, 18], "sent_id": [0, 0], "text": ["a United Nations", "Britain's Ortega"],
        ...     "label": ["ORG", "PERSON"], "canonical": ["a United Nations", "Ortega"]}), "entities")
        >>> t = nl.Tables(empty("articles"), empty("sentences"), ents, empty("quotes"), empty("sources"), empty("figures"))
        >>> suggest_aliases(t)[["alias", "canonical"]].values.tolist()
        [['a United Nations', 'United Nations']]
    """
    _check_tables(tables, "suggest_aliases()")
    merger = _Merger(_bare(tables.entities), _read_alias_arg(aliases), _texts(tables.articles), _bare(tables.quotes))
    merges = merger.merges()
    merges = merges[merges["variant"] != merges["canonical"]]
    rows: dict[str, dict[str, Any]] = {}
    for rec in merges.to_dict("records"):
        key = rec["variant"].lower()
        if key in merger.builtin and merger.builtin[key] == rec["canonical"] and "user alias" not in rec["reason"]:
            continue
        row = rows.get(key)
        if row is None:
            rows[key] = {"alias": rec["variant"], "canonical": rec["canonical"], "label": rec["label"],
                         "n_mentions": int(rec["n_mentions"]), "n_articles": int(rec["n_articles"]), "reason": rec["reason"]}
        elif row["canonical"] == rec["canonical"]:
            row["n_mentions"] += int(rec["n_mentions"])
            row["n_articles"] = max(row["n_articles"], int(rec["n_articles"]))
    out = pd.DataFrame(list(rows.values()), columns=SUGGESTION_COLUMNS)
    out = out.sort_values(["n_mentions", "alias"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return out.astype({"n_mentions": "int64", "n_articles": "int64"})


def write_aliases(suggestions: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write an alias table (from :func:`suggest_aliases`) as UTF-8 CSV, atomically.

    Returns:
        The path written.

    Raises:
        InputError: The table lacks the alias and canonical columns.
    """
    if not {"alias", "canonical"} <= set(suggestions.columns):
        raise InputError(f"An alias table needs the columns alias and canonical; it has {list(suggestions.columns)}.")
    buffer = io.StringIO()
    suggestions.to_csv(buffer, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    return _atomic_write_text(Path(path), buffer.getvalue())


def _atomic_write_text(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` in one step (a hidden sibling renamed over it; mode from the umask)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(path, text=True) as handle:
        handle.write(text)
    return path


def merge_dataset(path: str | os.PathLike, *, aliases: Mapping[str, str] | str | os.PathLike | None = None) -> Tables:
    """Merge the names of a stored dataset in place (atomically): read, :func:`merge_names`, write.

    ``newslab analyze --merge-names`` calls this once the dataset is written.

    Returns:
        The merged tables.
    """
    merged = merge_names(read_tables(path), aliases=aliases)
    write_tables(merged, path)
    return merged
