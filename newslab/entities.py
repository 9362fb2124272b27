"""The entities table: spaCy's entity mentions with canonical (merged) names."""

from __future__ import annotations

import csv
import functools
import os
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc, Token

from newslab.errors import InputError, SourceNotFoundError
from newslab.people import given_name_gender, honorific_gender, is_organization_name, is_person_noun, leading_title_words, looks_like_person_name, noun_gender
from newslab.sentences import doc_text, sentence_spans

__all__ = ["METHOD", "NAME_LABELS", "extract_entities", "entity_columns", "strip_name", "strip_titles", "builtin_aliases", "read_aliases", "resolve_aliases", "merge_names"]

#: Versioned name of the canonical-name rules.
METHOD = "canonical.v11"

#: Labels of named things (people, organisations, places, groups, ...); the
#: numeric and temporal labels (DATE, CARDINAL, MONEY, ...) are kept in the
#: table but never merged.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})

# Short mentions with these labels may be merged into a longer person name
# (spaCy's small model often labels a bare surname ORG or PRODUCT).
_MERGEABLE = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP"})
# "the" in any case; "a"/"an" only in lower case (spaCy sometimes takes the determiner into an ORG span:
# "an African Union (AU) force"), since a capital "A" can open a name ("A Tribe Called Quest").
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE|an|a)\s+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_SPACE = re.compile(r"\s+")
_QUOTE_MARKS = re.compile('["“”„«»]')
_OPEN_PAREN_TAIL = re.compile(r"\s*\([^)]*$")
_COLON_RESIDUE = re.compile(r"^.*:\s*")

Aliases = Mapping[str, str]


@functools.lru_cache(maxsize=4096)  # a pure function of the string; the quote rules ask again for every mention
def strip_name(text: str) -> str:
    """Drop a leading article and a trailing possessive; normalise spaces.

    Page layout glued to a name before a colon ('release::Amitai Sandy') is cut: no name holds one.

    Example:
        >>> strip_name("North Korea’s"), strip_name("the United States"), strip_name("release::Amitai Sandy")
        ('North Korea', 'United States', 'Amitai Sandy')
        >>> strip_name("an African Union"), strip_name("A Tribe Called Quest")
        ('African Union', 'A Tribe Called Quest')
    """
    name = _SPACE.sub(" ", text.strip())
    name = _LEADING_ARTICLE.sub("", name)
    name = _POSSESSIVE.sub("", name).strip()
    name = _OPEN_PAREN_TAIL.sub("", name).strip()
    name = _SPACE.sub(" ", _QUOTE_MARKS.sub("", name)).strip()  # a nickname's marks: 'Piyush "Bobby" Jindal'
    # No name holds a colon: 'release::Amitai Sandy' is page layout glued to the name.
    tail = _COLON_RESIDUE.sub("", name)
    if tail != name:
        tail = re.sub(r"^(?:[a-z]\S*\s+)+(?=[A-Z])", "", tail)  # 'published!":said Sandy'
    if tail != name and tail[:1].isupper():
        name = tail
    return name or text.strip()


# Honorifics and role titles that spaCy sometimes includes in a PERSON span
# ("Dr Amara Nwosu", "Councillor Tom Reed"); dropped from the canonical name so
# the titled and the plain mention merge. Role modifiers ("Foreign", "Deputy")
# are dropped only when a title follows them ("Foreign Minister Taro Kono").
_TITLES = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr president president-elect pm
    vice-president premier chancellor minister secretary senator sen rep representative congressman
    congresswoman governor gov mayor councillor councilor alderman judge justice ambassador envoy
    commissioner inspector detective sergeant sgt captain capt colonel col general gen lieutenant lt
    admiral commander officer constable superintendent sheriff chairman chairwoman chair ceo mp mep
    king queen prince princess pope archbishop bishop cardinal imam rabbi sheikh sheikha coach hon honourable honorable""".split()
)
_TITLE_MODIFIERS = frozenset(
    """prime foreign finance defence defense interior home cabinet vice deputy chief acting former
    state federal us u.s. uk attorney opposition party""".split()
)


#: Post-nominal letters the entity model sometimes takes into a person's name ("Jane Doe QC", "Ann Lee
#: MP", "Sam Roe OBE"): an office, an honour or a degree, not part of the name, dropped like a title
#: before it. Written in capitals (or 'PhD'), so a surname such as 'Mp' never matches. Jr./Sr. and
#: numerals stay: they tell a father from his son.
POST_NOMINALS = frozenset(
    """QC KC SC MP MEP MSP MLA MHA MPP MNA MHK AM TD OBE MBE CBE KBE DBE GBE CH OM KG KT FRS PhD Ph.D. DPhil
    MD Esq Esq.""".split()
)


def drop_post_nominals(name: str) -> str:
    """A person's name without the post-nominal letters written after it (:data:`POST_NOMINALS`).

    At least two words stay: one word before the letters may be no name at all ('Conservative MP',
    which the entity model tags as a person).

    Example:
        >>> drop_post_nominals("Jane Doe QC"), drop_post_nominals("Sam Roe CBE MP"), drop_post_nominals("Tom Hart Jr.")
        ('Jane Doe', 'Sam Roe', 'Tom Hart Jr.')
        >>> drop_post_nominals("Conservative MP"), drop_post_nominals("MP")
        ('Conservative MP', 'MP')
    """
    words = name.split()
    n = len(words)
    while n > 2 and words[n - 1].rstrip(",") in POST_NOMINALS and words[0][:1].isupper() and not words[0].isupper():
        n -= 1  # 'Jane Doe QC', 'Sam Roe CBE MP'
    return " ".join(words[:n]) if n < len(words) else name


def strip_titles(name: str) -> str:
    """Drop leading honorifics and role titles from a person's name, and post-nominal letters after it.

    Besides the usual titles, any role noun right before a known given name is one
    ("Librarian Omar Haddad", "Broadcaster Piers Morgan").

    Example:
        >>> strip_titles("Foreign Minister Taro Kono"), strip_titles("Dr. Amara Nwosu"), strip_titles("Major")
        ('Taro Kono', 'Amara Nwosu', 'Major')
        >>> strip_titles("Librarian Omar Haddad"), strip_titles("Jane Doe QC"), strip_titles("Tom Hart Jr.")
        ('Omar Haddad', 'Jane Doe', 'Tom Hart Jr.')
    """
    name = drop_post_nominals(name)
    words = name.split()
    i = 0
    while i < len(words) - 1:
        word = words[i].lower().rstrip(".")
        if word in _TITLES:
            i += 1
        elif word in _TITLE_MODIFIERS and words[i + 1].lower().rstrip(".") in (_TITLES | _TITLE_MODIFIERS):
            i += 1
        else:
            break
    if i == 0 and len(words) >= 3:
        i = leading_title_words(words)
    return " ".join(words[i:]) if i else name


@functools.lru_cache(maxsize=1)
def builtin_aliases() -> dict[str, str]:
    """newslab's own alias table (``newslab/data/aliases.csv``): abbreviations of
    countries and international bodies that news writes both ways ("U.S." and
    "United States"). A user alias for the same name takes precedence.

    Example:
        >>> builtin_aliases()["u.s."]
        'United States'
    """
    return {alias.lower(): canonical for alias, canonical in _builtin_alias_rows()}


@functools.lru_cache(maxsize=1)
def _builtin_alias_rows() -> tuple[tuple[str, str], ...]:
    """The rows of ``newslab/data/aliases.csv`` as written (alias, canonical), read once per process:
    every article's entities and quotes use the table, and :func:`_abbreviation_heads` needs the
    aliases' own case."""
    with (Path(__file__).with_name("data") / "aliases.csv").open(encoding="utf-8-sig", newline="") as fh:
        return tuple((r["alias"].strip(), r["canonical"].strip()) for r in csv.DictReader(fh) if r["alias"].strip())


def read_aliases(path: str | os.PathLike) -> dict[str, str]:
    """Read a user alias table: a CSV with columns ``alias`` and ``canonical``.

    Returns:
        alias (lower case) -> canonical name.

    Raises:
        SourceNotFoundError: The file does not exist.
        InputError: The CSV lacks the two columns.
    """
    p = Path(path)
    if not p.is_file():
        raise SourceNotFoundError(f"Alias table {str(p)!r} not found. Give a CSV with columns alias,canonical.")
    with p.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or not {"alias", "canonical"} <= set(reader.fieldnames):
            raise InputError(f"Alias table {str(p)!r} needs the columns alias and canonical; it has {reader.fieldnames}.")
        return {row["alias"].strip().lower(): row["canonical"].strip() for row in reader if row["alias"].strip()}


def resolve_aliases(aliases: Mapping[str, str] | str | os.PathLike | None) -> dict[str, str] | None:
    """The alias table in the form the extractors use: alias (lower case) -> canonical name.

    Args:
        aliases: A dict alias -> canonical, a CSV path for :func:`read_aliases`, or None.

    Returns:
        The normalised table, or None when ``aliases`` is None.

    Example:
        >>> resolve_aliases({" Kono ": "Taro Kono"})
        {'kono': 'Taro Kono'}
    """
    if aliases is None:
        return None
    if not isinstance(aliases, Mapping):
        return read_aliases(aliases)
    return {str(k).strip().lower(): str(v) for k, v in aliases.items()}


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _acronym_of(acronym: str, full: str) -> bool:
    """Whether an all-capitals mention is the initials of a longer name.

    A trailing legal designator may be left out of the initials: 'IBM' is 'International
    Business Machines Inc.', 'WHO' the 'World Health Organization'.
    """
    if _initials(full) == acronym:
        return True
    if not acronym.isupper():
        # 'TfL' is 'Transport for London': every word's initial, written as in the name.
        return "".join(w[0] for w in full.split() if w[:1].isalpha()) == acronym
    words = full.split()
    while len(words) > 2 and words[-1].lower().strip(".,") in _LEGAL_DESIGNATORS:
        words = words[:-1]
    return _initials(" ".join(words)) == acronym


_LEGAL_DESIGNATORS = frozenset("inc corp co ltd plc llc llp lp ag sa nv gmbh pty limited corporation".split())


def _fold(name: str) -> str:
    """A name without its accents: 'Chávez' and 'Chavez' are one spelling."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def merge_names(names: list[tuple[str, str]], *, genders: list[str] | None = None) -> list[str]:
    """Canonical name for each ``(name, label)`` mention of one article.

    A mention is merged into a longer name of the same article when its words
    are a contiguous part of that name ("Kono" -> "Taro Kono", "Kim" -> "Kim
    Jong-un") or its initials ("WHO" -> "World Health Organization"), and
    only when exactly one such longer name exists (two people sharing a
    surname are not merged).

    A bare surname that two people of the article share is the one whose given
    name agrees with the mention's own gender evidence (``genders``: "m", "f"
    or "" per mention, from an honorific or a pronoun of its clause), else the
    article's subject (named in full first); a surname whose only full bearer
    has the other gender stays as written.

    Args:
        names: Stripped mention texts with their labels, in text order.
        genders: Optional gender evidence per mention (see :func:`mention_genders`).

    Returns:
        The canonical name of each mention, same order.

    Example:
        >>> merge_names([("Taro Kono", "PERSON"), ("Kono", "PERSON"), ("Smith", "PERSON")])
        ['Taro Kono', 'Taro Kono', 'Smith']
    """
    # Full names in order of first appearance (deterministic).
    full_people: list[str] = []
    full_orgs: list[str] = []
    org_names: list[str] = []  # organisations' full names, for shorter forms ("CBS" -> "CBS News")
    support: dict[str, int] = {}
    said = _said_genders([n for n, _ in names], genders)

    for name, label in names:
        words = name.split()
        # The model tags some people ORG ("Marcus Hale"): a known given name first makes it a person's name.
        person = label == "PERSON" or (label in ("ORG", "PRODUCT", "WORK_OF_ART") and looks_like_person_name(name))
        if person and len(words) >= 2:
            support[name] = support.get(name, 0) + 1
            if name not in full_people:
                full_people.append(name)
        elif label in ("ORG", "GPE", "FAC", "EVENT", "LAW") and len(words) >= 2 and name not in full_orgs:
            full_orgs.append(name)
            if label == "ORG":
                org_names.append(name)
    # 'George Bush' in an article that also writes 'George W. Bush' is the same man: a full name
    # without the middle initials or names of exactly one fuller name takes that name.
    fuller: dict[str, str] = {}
    for f in full_people:
        longer = _collapse([g for g in full_people if _fuller_form(g.split(), f.split())])
        if len(longer) == 1:
            fuller[f] = longer[0]
            support[longer[0]] = support.get(longer[0], 0) + support.get(f, 0)
    full_people = [f for f in full_people if f not in fuller]
    surnames = {f.split()[-1] for f in full_people}
    # Bodies a list entity names ('Amicus, National Union of Journalists and BECTU' is one entity
    # to the model): each conjunct of two or more words is a full name an acronym may stand for.
    listed = [p for f in org_names for p in _list_members(f) if p not in full_orgs]
    places = {name for name, label in names if label in ("GPE", "LOC")}
    out: list[str] = []
    first_at: dict[str, int] = {}  # where each person's full name is first written (mention index)
    for at, (name, _) in enumerate(names):
        if fuller.get(name, name) in full_people:
            first_at.setdefault(fuller.get(name, name), at)
    for at, (name, label) in enumerate(names):
        words = name.split()
        canonical = name
        if name in fuller:
            out.append(fuller[name])
            continue
        if label not in _MERGEABLE and label != "PERSON" and len(name) >= 2 and _acronym_shaped(name) and name not in surnames:
            # An acronym the model took for a place ('the MoD' tagged GPE after 'the Ministry of
            # Defence'): the one body of the article whose initials it is, and no place's. The
            # body's own words must say it is one ('The Western Australian (WA) ...' tagged ORG
            # leaves 'WA' the state).
            acronym = _collapse([f for f in full_orgs + listed if _acronym_of(name, f)])
            if len(acronym) == 1 and acronym[0] in org_names + listed and is_organization_name(acronym[0]):
                canonical = acronym[0]
            out.append(canonical)
            continue
        if label in _MERGEABLE and words:
            candidates = [f for f in full_people if f != name and _contains_run(f.split(), words)]
            candidates = _collapse(candidates)
            gender = genders[at] if genders is not None and at < len(genders) else ""
            if gender and candidates and len(words) == 1 and label == "PERSON":
                # 'Roberts told students during his weekly chapel' with Richard and Lindsay Roberts in
                # the article: the mention's own clause says which of them (or that it is neither).
                candidates = _agreeing_bearers(candidates, gender, said)
                if not candidates:
                    out.append(name)  # the text says every full bearer is of the other gender
                    continue
            if len(candidates) > 1:
                candidates = _dominant(candidates, support)
            if len(candidates) > 1 and len(words) == 1 and label == "PERSON" and (all(f.split()[-1] == name for f in candidates) or all(f.split()[0] == name for f in candidates)):
                # Two people sharing a surname ('Richard Roberts, the president, and his wife Lindsay
                # Roberts'; 'David Kernell, the son of Mike Kernell'): a bare 'Roberts' is the
                # article's subject, the one it names in full first. Two named together ('Serena
                # Williams and Venus Williams') leave it open. A family name written first counts the
                # same ('Kim' after 'Justice Minister Kim Kyung Han', before 'Kim In-seok').
                order = sorted((first_at[f], f) for f in candidates)
                if order[1][0] - order[0][0] > 1:
                    candidates = [order[0][1]]
            if len(candidates) == 1:
                canonical = candidates[0]
            elif not candidates and label != "ORG" and len(words) == 1 and name not in surnames:
                # A short form the model took for a person's name: 'TfL' after 'Transport for
                # London (TfL)', 'Ervin' after 'M.J. Ervin & Associates' when no person is named Ervin.
                acronym = _collapse([f for f in full_orgs + listed if _acronym_shaped(name) and _acronym_of(name, f)])
                firm = [f for f in org_names if _firm_head(name, f)]
                if len(acronym) == 1:
                    canonical = acronym[0]
                elif not acronym and len(firm) == 1:
                    canonical = firm[0]
            elif not candidates and label == "ORG":
                acronym = _collapse([f for f in full_orgs + listed if len(name) >= 2 and _acronym_shaped(name) and _acronym_of(name, f)])
                if len(acronym) == 1:
                    canonical = acronym[0]
                else:
                    longer = _collapse([f for f in org_names if _org_part(name, f, places=places)])
                    if not longer and len(words) == 1 and name[:1].isupper() and is_organization_name(name):
                        # 'the Corps' after 'the Marine Corps', 'the Commission' after 'the European
                        # Commission': a body's own word, capitalised, ends one longer name.
                        # A name with its 'for the ...' part ('the Citizen's Committee for the Free
                        # Beach') ends its own words before it (canon29).
                        longer = [f for f in org_names if f.split(" for the ")[0].split()[-1] == name]
                    if len(longer) == 1 and not (len(words) == 1 and given_name_gender(name) is not None) and name not in surnames:
                        canonical = longer[0]  # not a person's name: 'Howard' is not the 'Howard Government'

        out.append(canonical)
    # One spelling per name: an article that writes both 'Chavez' and 'Chávez' means one man,
    # named by the spelling it used first.
    # A trailing abbreviation period is part of the spelling too ('Hitach Corp.' and 'Hitach Corp').
    first: dict[str, str] = {}
    for canonical in out:
        key = _fold(canonical).rstrip(".")
        if key not in first or (canonical.endswith(".") and not first[key].endswith(".")):
            first[key] = canonical
    return [first[_fold(c).rstrip(".")] for c in out]


_ORG_FILLERS = frozenset({"of", "for", "the", "and", "in", "on", "&"})
# Words that complete an organisation's name without making it another organisation.
_DESIGNATORS = _LEGAL_DESIGNATORS | frozenset(
    """news company group holdings party university college institute foundation association society
    council committee commission agency authority department ministry bank airlines airways""".split()
)


# Words that widen a place-named branch to its region ('WWF Australia Pacific').
_REGION_WORDS = frozenset("Pacific Atlantic Asia Europe Africa Americas Caribbean Oceania Arctic Mediterranean Nordic Baltic Balkans".split())


_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+|\s+&\s+")


def _list_members(name: str) -> list[str]:
    """The names a list entity joins with commas and 'and' ('Amicus, National Union of Journalists
    and BECTU' -> 'National Union of Journalists'); only conjuncts of two or more capitalised
    words count, and only when the entity holds a comma (a list, not 'Bank of England and Wales').

    Example:
        >>> _list_members("Amicus, National Union of Journalists and BECTU")
        ['National Union of Journalists']
    """
    if ", " not in name:
        return []
    parts = [p.strip() for p in _LIST_SEPARATOR.split(name)]
    return [p for p in parts if len(p.split()) >= 2 and p[:1].isupper() and p.split()[-1][:1].isupper()]


def _acronym_shaped(name: str) -> bool:
    """One word of at least two capitals and letters only: 'WHO', 'TfL', 'DfE' (not 'McDonald')."""
    return " " not in name and name.isalpha() and sum(c.isupper() for c in name) >= 2 and (name.isupper() or name[-1].isupper())


# Words that end a firm's name after its head name: 'M.J. Ervin & Associates', 'Corus Group'.
_FIRM_TAILS = frozenset({"associates", "partners", "sons", "group", "holdings"})


def _firm_head(word: str, full: str) -> bool:
    """Whether ``word`` is the name that heads a firm's name: 'Ervin' of 'M.J. Ervin & Associates',
    'Hale' of 'Hale and Partners Ltd' (the word right before '&'/'and' or a designator)."""
    f = full.split()
    for i, w in enumerate(f[:-1]):
        if w == word and (i > 0 or given_name_gender(word) is None):  # 'Marcus & Co' may name a Marcus
            rest = f[i + 1 :]
            if rest[0] in ("&", "and") and len(rest) > 1 or all(x.lower().strip(".,") in _LEGAL_DESIGNATORS or x.lower() in _FIRM_TAILS for x in rest):
                return True
    return False


def _org_part(short: str, full: str, *, places: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether an organisation's mention is a shorter form of a longer name.

    The first words of it ("CBS" -> "CBS News", "US Embassy" -> "US Embassy in London",
    "Toll" -> "Toll New Zealand" when New Zealand is a place of the article), or
    its words in another order around "of"/"for" ("State Department" -> "United States
    Department of State", "Health Ministry" -> "Ministry of Health").
    """
    s, f = short.split(), full.split()
    if not s or len(s) >= len(f):
        return False
    if f[: len(s)] == s:
        # Only a designator or a place may follow: 'CBS News', 'Calpine Corporation', 'US Embassy
        # in London', 'Toll New Zealand'; not another organisation ('Viacom Outdoor', 'CNN International').
        tail = f[len(s) :]
        if tail[0].lower() in ("of", "in") or all(w.lower().strip(".") in _DESIGNATORS for w in tail) or " ".join(tail) in places:
            return True
        # 'Oxfam Canada' -> 'Oxfam Canada Atlantic': a branch named by a place, widened by a region word.
        return len(s) >= 2 and s[-1] in places and all(w in _REGION_WORDS for w in tail)
    if len(s) < 2 or not any(w.lower() in ("of", "for") for w in f):
        return False
    return {w.lower() for w in s} <= {w.lower() for w in f if w.lower() not in _ORG_FILLERS}


def _dominant(candidates: list[str], support: dict[str, int]) -> list[str]:
    """The one candidate named in full at least twice and more often than any other, if any.

    Keeps "Kim" -> "Kim Jong-un" when a stray one-off "Seoul Kim" was tagged a
    person, while two people each named once ("John Smith", "Mary Smith")
    stay ambiguous.
    """
    ranked = sorted(candidates, key=lambda c: -support.get(c, 0))
    top = support.get(ranked[0], 0)
    if top >= 2 and all(support.get(c, 0) < top for c in ranked[1:]):
        return ranked[:1]
    return candidates


def _contains_run(full: list[str], part: list[str]) -> bool:
    if len(part) >= len(full):
        return False
    n = len(part)
    return any(full[i : i + n] == part for i in range(len(full) - n + 1))


def _fuller_form(full: list[str], short: list[str]) -> bool:
    """Whether ``full`` is the two-word name ``short`` with middle initials or names added:
    'George W. Bush' of 'George Bush', 'John Fitzgerald Kennedy' of 'John Kennedy' (same first
    and last word, at most two words between). A name that has a middle initial already is not
    extended: 'George W. Bush' is not 'George H. W. Bush'."""
    return len(short) == 2 and 0 < len(full) - len(short) <= 2 and full[0] == short[0] and full[-1] == short[-1]


def _collapse(candidates: list[str]) -> list[str]:
    """Keep only the longest of names that contain one another ("Jong-un Kim" variants)."""
    kept = [c for c in candidates if not any(c != o and _contains_run(o.split(), c.split()) for o in candidates)]
    return kept


def _extend_hyphenated(doc: Doc, start: int, end: int) -> int:
    """Extend an entity over hyphen-joined name parts the model cut ("Moon Jae" + "-in")."""
    n = len(doc)
    while end + 1 < n and doc[end - 1].whitespace_ == "" and doc[end].text in ("-", "‑") and doc[end].whitespace_ == "" and doc[end + 1].is_alpha:
        end += 2
    return end


#: Weekdays and months that are no given or family names: 'On Wednesday Roberts said' (the model
#: does not always tag the day a DATE). May, June, April and August are given names too and stay out.
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march july september october november december".split()
)


def _extend_person_tail(doc: Doc, start: int, end: int) -> int:
    """Extend a person's name over the family name the model left out after it.

    'Michael Ying-mao' + 'Kau' (the parser reads the name's last word as a compound of the
    next proper noun), 'Zafi-in' + 'Jae-loh' (a hyphenated name part right after the name).
    The word must be a capitalised proper noun in no other entity, on the same line, and
    neither a title nor an organisation word.
    """
    n = len(doc)

    def name_word(i: int) -> bool:
        t = doc[i]
        return (
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and t.ent_iob_ == "O" and t.lower_ not in CALENDAR_WORDS
            and t.lower_ not in _TITLES and t.lower_ not in _TITLE_MODIFIERS and not is_organization_name(t.text) and not t.text.isupper()
        )

    while end < n and doc[end - 1].whitespace_ == " " and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha:
        nxt = doc[end]
        if nxt.ent_iob_ != "O" or nxt.lower_ in CALENDAR_WORDS or nxt.lower_ in _TITLES or is_organization_name(nxt.text) or nxt.text.isupper():
            break
        extended = _extend_hyphenated(doc, end, end + 1)
        # The name's last word is a compound of the next word, or of a later one when every word up
        # to that one is a name word too, on one line ('Tewolde Berhan' + 'Gebre Egziabher': 'Berhan'
        # hangs on 'Egziabher'; not 'Moldovan' + 'Prime Minister').
        head = doc[end - 1].head.i
        compound = doc[end - 1].dep_ == "compound" and (
            head == end or end < head < end + 3 and all(name_word(i) and doc[i - 1].whitespace_ == " " for i in range(end, head + 1))
        )
        if not (extended > end + 1 or compound):
            break
        end = extended
    return end


def _extend_org_for_tail(doc: Doc, start: int, end: int) -> int:
    """Extend an organisation's name over the 'for (the) ...' part the model cut off (canon29).

    'International Criminal Tribunal' + 'for the Former Yugoslavia', 'The United Nations Office' +
    'for the High Commissioner for Human Rights': the name ends in an organisation word (Tribunal,
    Office, Commission, Department ...) and 'for the' and capitalised words follow on the same
    line, joined only by 'for', 'of', 'and' or 'the' before another capitalised word. Not 'the
    Fire Department for the city of Leeds' (a lower-case word), not 'running for the Christian
    Heritage Party for Calgary Southwest' (no 'the': a riding, a place), not a name that ends in no
    organisation word, not over a person's name or a date.
    """
    n = len(doc)
    if end - start < 2 or not is_organization_name(doc[end - 1].text) or end + 1 >= n or doc[end].lower_ != "for":
        return end
    k = end + 1
    if doc[k].lower_ != "the":
        return end  # 'the Christian Heritage Party for Calgary Southwest': a riding, a place, not the name
    k += 1
    last = None
    while k < n:
        t = doc[k]
        if t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN" and t.lower_ not in CALENDAR_WORDS and t.ent_type_ not in ("PERSON", "DATE", "TIME"):
            last = k
            k += 1
        elif last == k - 1 and t.lower_ in ("for", "of", "and", "the") and k + 1 < n:
            nxt = doc[k + 1] if doc[k + 1].lower_ != "the" or k + 2 >= n else doc[k + 2]
            if not (nxt.is_alpha and nxt.text[:1].isupper() and nxt.pos_ == "PROPN"):
                break
            k += 1
        else:
            break
    if last is None or "\n" in doc[end : last + 1].text:
        return end
    return last + 1


def _written_full_names(text: str, canonical: list[str], labels: list[str]) -> list[str]:
    """Give a surname the full name the text writes when the entity model missed that name.

    'Richard Stuart Hayes and Troy Jonathon Elliot ... Mr Elliot said': 'Elliot' is Troy
    Jonathon Elliot. The full form is one to three capitalised words before the surname, the
    first a known given name, none a title; it must be the only such form in the text, and no
    person's full name of the entities may end with the surname.
    """
    full_names = {c for c, lab in zip(canonical, labels) if lab == "PERSON" and " " in c}
    lasts = {c.split()[-1] for c in full_names}
    found: dict[str, str] = {}
    for c, lab in zip(canonical, labels):
        if lab != "PERSON" or " " in c or c in found or c in lasts or not c[:1].isupper() or not c.isalpha():
            continue
        forms = set()
        for m in re.finditer(r"\b((?:[A-Z][\w.'’-]*\s){1,3})" + re.escape(c) + r"\b", text):
            words = m.group(1).split()
            while words and (words[0].lower().rstrip(".") in _TITLES or honorific_gender(words[0]) is not None or given_name_gender(words[0]) is None):
                words = words[1:]  # 'Mr Elliot', 'Two New Zealand men, Richard ...'
            if words and all(given_name_gender(w) is not None or w[:1].isupper() and w.lower().rstrip(".") not in _TITLES for w in words):
                forms.add(" ".join(words) + " " + c)
        if len(forms) == 1:
            found[c] = next(iter(forms))
    return [found.get(c, c) if lab == "PERSON" else c for c, lab in zip(canonical, labels)]


def person_like_names(canonical: list[str], labels: list[str]) -> set[str]:
    """The canonical names of an article's people: PERSON entities, and names the model labelled
    ORG, PRODUCT or WORK_OF_ART that are shaped like a person's (:func:`looks_like_person_name`).
    A group named like a person is none ('Christian Democrats' is tagged NORP)."""
    return {c for c, lab in zip(canonical, labels) if lab == "PERSON" or lab in ("ORG", "PRODUCT", "WORK_OF_ART") and looks_like_person_name(c)}


def _written_given_names(text: str, canonical: list[str], labels: list[str]) -> list[str]:
    """Give a bare given name the full name the text writes when the entity model missed that name.

    'Shane Ortiz has resigned ... Shane announced' with the father 'Victor Ortiz' named in full:
    the model tagged no 'Shane Ortiz', so :func:`merge_names` had nothing to merge 'Shane' into.
    The mention must be one known given name that no person's full name of the entities begins
    or ends with, and the text must write it before exactly one family name of the article's
    people ('Shane Ortiz'): a surname another person of the article bears or a family the
    article names, never an arbitrary capitalised word.
    """
    full_names = {c for c in person_like_names(canonical, labels) if " " in c}
    family = {c.split()[-1] for c in full_names} | {c for c, lab in zip(canonical, labels) if lab == "PERSON" and " " not in c}
    firsts = {c.split()[0] for c in full_names}
    lasts = {c.split()[-1] for c in full_names}
    found: dict[str, str] = {}
    for c, lab in zip(canonical, labels):
        if lab not in _MERGEABLE or " " in c or c in found or c in firsts or c in lasts or not c.isalpha() or given_name_gender(c) is None:
            continue
        forms = {f"{c} {m.group(1)}" for m in re.finditer(r"\b" + re.escape(c) + r" ([A-Z][\w'’-]*[a-z])\b", text) if m.group(1) in family}
        if len(forms) == 1:
            found[c] = next(iter(forms))
    return [found.get(c, c) if lab in _MERGEABLE else c for c, lab in zip(canonical, labels)]


_NICKNAME = re.compile(r'(?<=\S\s)(["“«„])([A-Z][\w.\'’-]*(?:\s[A-Z][\w.\'’-]*)?)(["”»])(?=\s\S)')


def _written_nicknames(texts: list[str], canonical: list[str], labels: list[str]) -> list[str]:
    """Person names keep a nickname's quotation marks as the text writes them.

    'Randy "Duke" Cunningham': :func:`strip_name` drops the marks so that every mention
    merges, and this puts them back in the canonical name of every mention of that person
    (also of 'Cunningham'), because the name the text gives him has them. Only a quoted
    word between two name words counts, and only in a person mention.
    """
    marked: dict[str, str] = {}
    for text, canon, label in zip(texts, canonical, labels):
        if label != "PERSON" or canon in marked:
            continue
        form = canon
        for m in _NICKNAME.finditer(text):
            inner = m.group(2)
            form = re.sub(rf"(?<=\S )({re.escape(inner)})(?= \S)", lambda _m: m.group(1) + inner + m.group(3), form, count=1)
        if form != canon:
            marked[canon] = form
    return [marked.get(c, c) if lab == "PERSON" else c for c, lab in zip(canonical, labels)]


_PRONOUN_GENDER = {"he": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
_QUOTE_CHARS = frozenset('"“”«»„')
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj"})


def _clause_pronoun_gender(doc: Doc, start: int, end: int) -> str:
    """'m'/'f' from the pronouns that must refer to the subject mention ``doc[start:end]``, else ''.

    Only pronouns that the grammar binds to the clause's subject count: a possessive or reflexive
    in the subject's own clause ('Roberts told students during *his* weekly chapel', 'Roberts
    defended *herself*') and the subject of a clause the verb governs directly ('Roberts said *she*
    would stay'). Object pronouns ('told *her*') name someone else and say nothing. Pronouns inside
    quotation marks ('Roberts said, "*he* lied"') unless a possessive or reflexive of the subject's
    own clause (a quoted paraphrase: 'Roberts "told students during *his* weekly chapel"'), after
    another person's name or a singular person noun ('his wife said *she*'), or in a clause with
    its own subject are not read. Conflicting evidence gives ''.
    """
    root = doc[end - 1]
    if root.dep_ not in _SUBJECT_DEPS or root.head.pos_ not in ("VERB", "AUX"):
        return ""
    verb = root.head
    sent = root.sent
    quoted = False
    for t in doc[sent.start : start]:
        if t.text in _QUOTE_CHARS:
            quoted = not quoted
    if quoted:
        return ""
    found = set()
    for t in doc[end : sent.end]:
        if t.text in _QUOTE_CHARS:
            quoted = not quoted
            continue
        if t.ent_type_ == "PERSON" or (t.pos_ == "NOUN" and t.tag_ == "NN" and is_person_noun(t.lower_, lemma=t.lemma_.lower()) and not _describes(t, root)):
            break  # another person is in play from here on
        g = _PRONOUN_GENDER.get(t.lower_)
        if g is None:
            continue
        if t.lower_ in ("he", "she"):
            if quoted:
                continue  # 'Roberts said, "he is a liar"': the speaker says 'I', 'he' is another man
            bound = t.dep_ in _SUBJECT_DEPS and t.head.dep_ in _CLAUSE_DEPS and t.head.head.i == verb.i
        else:
            if t.lower_ == "her" and t.dep_ != "poss":
                continue  # 'told her': an object is someone else
            bound = False
            x = t
            while x.head.i != x.i:
                x = x.head
                if x.i == verb.i:
                    bound = True
                    break
                if x.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECT_DEPS for c in x.children):
                    break  # a clause with its own subject
        if bound:
            found.add(g)
    return found.pop() if len(found) == 1 else ""


def _describes(noun: Token, name: Token) -> bool:
    """Whether a noun is the name's own apposition ('Roberts, the chair of the board, and her ...')."""
    x = noun
    while x.dep_ in ("appos", "conj") and x.head.i != x.i:
        if x.dep_ == "appos" and x.head.i == name.i:
            return True
        x = x.head
    return False


def mention_genders(doc: Doc, spans: list[tuple[int, int]]) -> list[str]:
    """Gender evidence ('m', 'f' or '') of each mention (token ``(start, end)``) from its own sentence.

    An honorific in or right before the mention ('Mrs Roberts', 'Mr. Roberts'), else the pronouns
    its clause binds to it (see :func:`_clause_pronoun_gender`).

    Example:
        >>> from newslab.model import load_pipeline
        >>> doc = load_pipeline()("Roberts told students during his weekly chapel that he would stay.")
        >>> mention_genders(doc, [(0, 1)])
        ['m']
    """
    out = []
    for start, end in spans:
        g = ""
        for t in (doc[start - 1] if start > 0 else None, doc[start] if end - start > 1 else None):
            h = honorific_gender(t.text) if t is not None and t.text[:1].isupper() else None
            if h in ("m", "f"):
                g = h
                break
        root = doc[end - 1]
        if not g:
            # A gendered noun the name is apposed to or names: 'his wife, Lindsay Roberts', 'the
            # chairwoman, Ann Lee', 'Ann Lee, the chairwoman', 'businesswoman Ann Lee'.
            nouns = [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "appos":
                nouns.append(root.head)
            if start > 0 and doc[start - 1].pos_ == "NOUN":
                nouns.append(doc[start - 1])
            found = {noun_gender(n.lower_) for n in nouns if n.pos_ == "NOUN"} - {None, "u"}
            g = found.pop() if len(found) == 1 else ""
        out.append(g or _clause_pronoun_gender(doc, start, end))
    return out


def _said_genders(names: list[str], genders: list[str] | None) -> dict[str, set[str]]:
    """The genders each name's own mentions show (honorific, gendered noun, bound pronoun)."""
    said: dict[str, set[str]] = {}
    for at, name in enumerate(names):
        if genders is not None and at < len(genders) and genders[at]:
            said.setdefault(name, set()).add(genders[at])
    return said


def _agreeing_bearers(bearers: list[str], gender: str, said: dict[str, set[str]]) -> list[str]:
    """The full names a bare surname of ``gender`` can refer to: those the text does not show to
    be of the other gender ('his wife, Lindsay Roberts', 'Mrs Roberts', 'Lindsay Roberts said
    she ...'). Given-name lists are unsure for many names ('Ginger' and 'Raila' are listed as
    women's), so only the text's own word rules a bearer out; an empty list means it rules out
    every one.
    """
    def ruled_out(full: str) -> bool:
        g = said.get(full, set())
        return len(g) == 1 and gender not in g

    return [f for f in bearers if not ruled_out(f)]


def surnames_of_someone_else(doc: Doc, spans: list[tuple[int, int]], canonical: list[str], labels: list[str]) -> set[str]:
    """Bare surnames (one-word PERSON canonical names) whose own gender evidence excludes every
    person of the article named in full with that surname.

    'Lindsay Roberts' is the only Roberts named in full, but 'Roberts told students during his
    weekly chapel' is a man: :func:`merge_names` left that mention as 'Roberts', and other rules
    must not map the surname back to her. ``spans`` are the token spans of the mentions.
    """
    full = [(c, k) for k, (c, lab) in enumerate(zip(canonical, labels)) if lab == "PERSON" and " " in c]
    lasts = {c.split()[-1] for c, _ in full}
    bare = [k for k, (c, lab) in enumerate(zip(canonical, labels)) if lab == "PERSON" and " " not in c and c in lasts]
    if not bare:
        return set()
    said = _said_genders([c for c, _ in full], mention_genders(doc, [spans[k] for _, k in full]))
    out = set()
    for k in bare:
        g = mention_genders(doc, [spans[k]])[0]
        bearers = sorted({c for c, _ in full if c.split()[-1] == canonical[k]})
        if g and not _agreeing_bearers(bearers, g, said):
            out.add(canonical[k])
    return out


_ABBREVIATION_WORD = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,5}$")


@functools.lru_cache(maxsize=1)
def _abbreviation_heads() -> dict[str, tuple[str, ...]]:
    """Spelled-out name -> its written abbreviations, from the built-in alias table's abbreviation
    keys ('U.S.', 'US', 'USA' -> 'United States'; 'UN', 'U.N.' -> 'United Nations')."""
    out: dict[str, list[str]] = {}
    for alias, full in _builtin_alias_rows():
        if _ABBREVIATION_WORD.match(alias):
            out.setdefault(full, []).append(alias)
    return {full: tuple(sorted(forms, key=len, reverse=True)) for full, forms in out.items()}


def country_written_form(name: str, text: str, aliases: Mapping[str, str] | None = None) -> str:
    """One written form for a name headed by a country's or union's abbreviation or full name.

    'U.S. military', 'US military' and 'United States military' (likewise 'UN'/'U.N.'/'United
    Nations', 'UK'/'U.K.'/'United Kingdom', 'EU'/'European Union' ...) heading the same words
    are one name in one article. It takes the spelled-out form when the text writes it (the
    fullest name, S2), else the form the text writes first (the words after the head as the name has them). An alias (``aliases``, lower-case
    keys) on any of the forms wins. A name with no such head, or a head alone, is returned as is.

    Example:
        >>> text = "The United Nations security council met. The UN security council urged calm."
        >>> country_written_form("UN security council", text)
        'United Nations security council'
        >>> country_written_form("US military", "The U.S. military said ... the US military said")
        'U.S. military'
    """
    words = name.split(" ", 1)
    if len(words) < 2 or not words[1][:1].isalnum():
        return name
    heads = _abbreviation_heads()
    full = next((f for f, forms in heads.items() if words[0] in forms), None)
    rest = words[1]
    if full is None:
        full = next((f for f in heads if name.startswith(f + " ")), None)
        if full is None:
            return name
        rest = name[len(full) + 1 :]
    forms = (full, *heads[full])
    pattern = r"(?<![\w.])(" + "|".join(re.escape(f) for f in forms) + r")\s+(?i:" + re.escape(rest).replace(r"\ ", r"\s+") + r")(?![\w-])"
    found = [(m.start(), m.group(1)) for m in re.finditer(pattern, text)]
    if aliases:
        for variant in {f + " " + rest for f in forms}:
            if variant.lower() in aliases:
                return aliases[variant.lower()]
    if not found:
        return name
    head = full if any(h == full for _, h in found) else min(found)[1]
    return head + " " + rest  # the name's own words as the name has them ('U.S. Embassy' -> 'United States Embassy')


def _abbreviation_period(doc: Doc, end: int) -> bool:
    """Whether the '.' right after token ``end - 1`` is the period of an abbreviated designator ('Hitach Corp.')."""
    return end < len(doc) and doc[end].text in (".", "..") and not doc[end - 1].whitespace_ and doc[end - 1].lower_ in _ABBREVIATED_DESIGNATORS


_ABBREVIATED_DESIGNATORS = frozenset({"corp", "inc", "co", "ltd", "bros", "jr", "sr"})


def extract_entities(doc: Doc, *, aliases: Aliases | None = None) -> pd.DataFrame:
    """One row per entity mention of ``doc`` (offsets relative to ``doc.text``).

    Args:
        doc: A Doc with entities (spaCy's ``ner``).
        aliases: Optional alias (lower case) -> canonical name table, applied
            before merging (see :func:`read_aliases`), on top of
            :func:`builtin_aliases` ("U.S." -> "United States").

    Returns:
        Columns ent_id, start_char, end_char, sent_id, text, label, canonical,
        in_quote (False here; ``analyze`` sets it from the quotes).

    Example:
        >>> from newslab.model import load_pipeline
        >>> doc = load_pipeline()("Foreign Minister Taro Kono spoke. Kono said more later.")
        >>> extract_entities(doc)[["text", "canonical"]].values.tolist()
        [['Taro Kono', 'Taro Kono'], ['Kono', 'Taro Kono']]
    """
    return pd.DataFrame(entity_columns(doc, aliases=aliases))


def _mention_ranges(doc: Doc) -> list[tuple[str, int, int, int]]:
    """The model's entities as (label, start, end, entity end) token ranges, split where one holds two mentions.

    The model sometimes joins a subheading or a name that ends a paragraph to the name that
    starts the next ('Outlook\\n\\nMoody's'); a mention never spans a line break, so each line's
    part is a mention of its own. It also tags a person with the organisation after 'of' as one
    organisation ('Mason Adams of Roanoke.com' for 'Jane Porter of Reuters.com', which it splits):
    an organisation whose words before its first 'of' read as a person's name is that person and
    the organisation.
    """
    out = []
    for ent in doc.ents:
        start = ent.start
        for i in range(ent.start, ent.end + 1):
            if i < ent.end and not (doc[i].is_space and "\n" in doc[i].text):
                continue
            if start < i:
                of = next((k for k in range(start + 2, min(i - 1, start + 5)) if doc[k].lower_ == "of"), None)
                if ent.label_ == "ORG" and of is not None and _capitalised_after_of(doc, of, i) and looks_like_person_name(doc[start:of].text):
                    out.append(("PERSON", start, of, of))
                    out.append(("ORG", of + 1 + (doc[of + 1].lower_ == "the"), i, ent.end))
                else:
                    out.append((ent.label_, start, i, ent.end))
            start = i + 1
    return out


def _names_with_own_s(doc: Doc, rows: list[tuple], token_spans: list[tuple[int, int]]) -> dict[str, str]:
    """Organisations whose name is written with an 's of its own ('McDonald's', 'Sainsbury's').

    The entity model takes a possessive 's into an ORG mention ('Acme's shares'), and
    :func:`strip_name` drops it. An ORG mention that ends in 's but possesses nothing, where the
    name is the subject or object itself ('McDonald's said', 'ate at Sainsbury's', 'Harrods's
    rival' is no such case), writes a name that ends in 's: no noun phrase follows the mark (the
    next word is a verb, a preposition, a conjunction, punctuation or the end of the text) and the
    parser does not read the name as a possessor (``poss``). Returns stripped name -> name as
    written with the 's; every ORG mention of that name with an 's in the article then keeps it
    ('the McDonald's corporation' beside 'McDonald's said'), also one the model tagged without it.
    People keep losing a possessive
    ('Obama's spokesman', 'said Obama's' does not occur).
    """
    out: dict[str, str] = {}
    for (_, _, _, text, label), (start, end) in zip(rows, token_spans):
        if label != "ORG" or end <= start:
            continue
        if end - start >= 2 and doc[end - 1].lower_ in ("'s", "’s"):
            mark = end - 1  # the model took the 's into the mention
        elif end < len(doc) and doc[end].lower_ in ("'s", "’s") and not doc[end - 1].whitespace_:
            mark = end  # ... or left it out ('Sainsbury' + 's)
        else:
            continue
        if any(t.dep_ == "poss" for t in doc[start:mark]):
            continue  # 'Harrods's chief executive': the parser reads a possessor
        k = mark + 1
        while k < len(doc) and (doc[k].is_space and "\n" not in doc[k].text or doc[k].text in "(["):
            if doc[k].text in "([":  # "X's (and Y's) power": the possessed noun comes after the aside
                close = next((j for j in range(k + 1, min(len(doc), k + 20)) if doc[j].text in ")]"), None)
                if close is None:
                    break
                k = close
            k += 1
        if k < len(doc) and not doc[k].is_space and doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "DET", "PRON", "X"):
            continue  # 'McDonald's restaurants', 'Acme's new chief': a possessed noun phrase follows
        stripped = strip_name(doc[start:mark].text)
        if stripped:
            out[stripped] = stripped + doc[mark].text.replace("’", "'")
    return out


def _capitalised_after_of(doc: Doc, of: int, end: int) -> bool:
    """Whether a name follows 'of' ('of Reuters.com', 'of the Harbour Institute') before ``end``."""
    k = of + 1 + (of + 1 < end and doc[of + 1].lower_ == "the")
    return k < end and doc[k].text[:1].isupper()


def entity_columns(doc: Doc, *, aliases: Aliases | None = None) -> dict[str, list]:
    """The columns of :func:`extract_entities` as plain lists (no DataFrame)."""
    spans = sentence_spans(doc)
    sent_of_token = [0] * len(doc)
    for k, s in enumerate(spans):
        for i in range(s.start, s.end):
            sent_of_token[i] = k
    rows = []
    token_spans: list[tuple[int, int]] = []
    covered = 0  # the end of an organisation name extended over later mentions ('... for the Former Yugoslavia')
    for label, start, end, ent_end in _mention_ranges(doc):
        if start < covered:
            continue
        end = _extend_hyphenated(doc, start, end) if label in NAME_LABELS and end == ent_end else end
        # The model sometimes takes in a sentence-final period, a quotation mark or a
        # paragraph break ("Jindal.\n\n"); a mention never starts or ends with them.
        while end > start and (doc[end - 1].is_space or (doc[end - 1].is_punct and doc[end - 1].text not in ")]")):
            end -= 1
        while start < end and (doc[start].is_space or (doc[start].is_punct and doc[start].text not in "([")):
            start += 1
        if start == end:
            continue
        if label == "PERSON":
            end = _extend_person_tail(doc, start, end)
        elif label == "ORG" and end == ent_end:
            extended = _extend_org_for_tail(doc, start, end)
            covered = extended if extended > end else covered
            end = extended
        span = doc[start:end]
        end_char = span.end_char + (1 if label in NAME_LABELS and _abbreviation_period(doc, end) else 0)
        rows.append((span.start_char, end_char, sent_of_token[start], doc_text(doc)[span.start_char : end_char], label))
        token_spans.append((start, end))
    aliases = {**builtin_aliases(), **(aliases or {})}
    own_s = _names_with_own_s(doc, rows, token_spans)
    names = []
    raw: list[tuple[str, str]] = []
    for (_, _, _, text, label), (_, end) in zip(rows, token_spans):
        stripped = strip_name(text) if label in NAME_LABELS else text
        if label == "ORG" and stripped in own_s and (_POSSESSIVE.search(text.rstrip()) or end < len(doc) and doc[end].lower_ in ("'s", "’s")):
            stripped = own_s[stripped]  # 'McDonald's': the 's is the name's own
        if label == "PERSON" or (label in _MERGEABLE and honorific_gender(stripped.split(" ", 1)[0]) is not None and looks_like_person_name(stripped)):
            stripped = strip_titles(stripped)  # 'Ms Shepherd' tagged ORG is Shepherd too
        elif label in _MERGEABLE and leading_title_words(stripped.split()):
            stripped = strip_titles(stripped)  # 'Broadcaster Piers Holloway' tagged ORG: a role before a given name
        raw.append((stripped, label))
        if aliases:
            stripped = aliases.get(stripped.lower(), stripped)
        names.append((stripped, label))
    genders = mention_genders(doc, token_spans)
    canonical = merge_names(names, genders=genders)
    if raw != names:
        # An alias on a full name must not cut its shorter forms off it: with 'Ernst & Young LLP'
        # -> 'EY', the article's 'Ernst & Young' is still that firm. A mention the aliased names
        # left unmerged takes the merge of the names as written (then the alias, below).
        written = merge_names(raw, genders=genders)
        canonical = [w if c == n == r != w else c for c, w, (n, _), (r, _) in zip(canonical, written, names, raw)]
    canonical = _written_full_names(doc_text(doc), canonical, [r[4] for r in rows])
    canonical = _written_given_names(doc_text(doc), canonical, [r[4] for r in rows])
    canonical = _written_nicknames([r[3] for r in rows], canonical, [r[4] for r in rows])
    # A merged full name may itself be an alias ("Kim" -> "Kim Jong-un" -> an alias);
    # names that are already an alias target are final, so targets never chain.
    targets = set(aliases.values())
    canonical = [c if c in targets else aliases.get(c.lower(), c) for c in canonical]
    # 'U.S. Department of X' and 'United States Department of X' in one article: one written form.
    forms: dict[str, str] = {}
    for i, (c, row) in enumerate(zip(canonical, rows)):
        if c not in targets and row[4] in NAME_LABELS:
            if c not in forms:  # one search of the text per name, not per mention
                forms[c] = country_written_form(c, doc_text(doc), aliases)
            canonical[i] = forms[c]
    return {
        "ent_id": range(len(rows)),
        "start_char": [r[0] for r in rows],
        "end_char": [r[1] for r in rows],
        "sent_id": [r[2] for r in rows],
        "text": [r[3] for r in rows],
        "label": [r[4] for r in rows],
        "canonical": canonical,
        "in_quote": [False] * len(rows),
    }
