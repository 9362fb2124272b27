"""People's names and nouns: given names with their usual gender, honorifics and person nouns.

The speaker rules (:mod:`newslab.quotes`) and the canonical names
(:mod:`newslab.entities`) use these word lists to decide what the entity
model cannot: that "Marcus Hale" is a person even when it is tagged ORG, that
"Librarian" in "Librarian Omar Haddad" is a title, that "island councillors"
are people, and whether "he" or "she" fits a name. The lists live in
``newslab/data/``: ``given_names.tsv`` (see ``given_names.md`` for its source
and licence) and ``people.json`` (documented key by key).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

__all__ = [
    "given_name_gender", "honorific_gender", "is_address_honorific", "is_bare_address", "noun_gender", "pronoun_gender", "is_person_noun", "is_group_noun", "is_document_noun", "is_portfolio_word",
    "is_courtesy_title", "is_rank_abbreviation", "is_organization_name", "looks_like_person_name", "leading_title_words",
]


@dataclass(frozen=True)
class _People:
    honorifics: dict[str, str]
    courtesy: frozenset[str]
    address: frozenset[str]
    gendered: dict[str, str]
    person_nouns: frozenset[str]
    group_nouns: frozenset[str]
    not_person: frozenset[str]
    org_words: frozenset[str]
    document_nouns: frozenset[str]
    portfolio: frozenset[str]
    unnamed_roles: frozenset[str]
    body_nouns: frozenset[str]
    rank_abbreviations: frozenset[str]
    faith_nouns: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def _people() -> _People:
    raw = json.loads(resources.files("newslab").joinpath("data/people.json").read_text(encoding="utf-8"))
    return _People(
        honorifics=dict(raw["honorifics"]),
        courtesy=frozenset(raw["courtesy_titles"]),
        address=frozenset(raw["address_honorifics"]),
        rank_abbreviations=frozenset(raw["rank_abbreviations"]),
        gendered=dict(raw["gendered_nouns"]),
        person_nouns=frozenset(raw["person_nouns"]),
        group_nouns=frozenset(raw["group_nouns"]),
        not_person=frozenset(raw["not_person_nouns"]),
        org_words=frozenset(raw["organization_name_words"]),
        document_nouns=frozenset(raw["document_nouns"]),
        portfolio=frozenset(raw["portfolio_words"]),
        unnamed_roles=frozenset(raw["unnamed_roles"]),
        body_nouns=frozenset(raw["body_nouns"]),
        faith_nouns=frozenset(raw["faith_nouns"]),
    )


def packaged_word_list(name: str) -> dict[str, str]:
    """The packaged word list ``newslab/data/<name>`` as {first column: second column}
    (tab-separated; '#' lines are comments; the second column may be missing, then it is '')."""
    text = resources.files("newslab").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return {word: value for word, _, value in (line.partition("\t") for line in text.splitlines() if line and not line.startswith("#"))}


@functools.lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    return packaged_word_list("given_names.tsv")


@functools.lru_cache(maxsize=1)
def _record_nouns() -> dict[str, bool]:
    return {word: mark == "person" for word, mark in packaged_word_list("record_nouns.txt").items()}


def is_record_noun(word: str, *, also_person: bool = True) -> bool:
    """Whether a noun can name a document, record or communication in WordNet 3.0 ('flyer',
    'wiretap', 'leak', 'transcript'); see ``newslab/data/record_nouns.md``.

    The list is broad (any sense counts: 'bill', 'count'), so the speaker rules read it only
    for a source that no person, body, outlet or role rule has typed. With ``also_person=False``
    a noun that can also name a person ('flier', 'editor', 'leader') is not counted.

    Example:
        >>> is_record_noun("wiretap"), is_record_noun("flyer"), is_record_noun("farmer")
        (True, True, False)
        >>> is_record_noun("newsletter", also_person=False), is_record_noun("flyer", also_person=False)
        (True, False)
    """
    person = _record_nouns().get(_fold(word))
    return person is not None and (also_person or not person)


def _fold(word: str) -> str:
    return word.strip().lower().replace("’", "'")


@functools.lru_cache(maxsize=8192)  # a pure function of the word, asked again for every mention
def given_name_gender(word: str) -> str | None:
    """The usual gender of a given name: ``"f"``, ``"m"``, ``"u"`` (either), or None when it is no given name.

    Example:
        >>> given_name_gender("Ruth"), given_name_gender("Tomasz"), given_name_gender("Jean"), given_name_gender("Council")
        ('f', 'm', 'u', None)
        >>> given_name_gender("Dušan"), given_name_gender("José")
        ('m', 'm')
    """
    w = _fold(word)
    g = _given_names().get(w)
    if g is None and "-" in w:
        g = _given_names().get(w.split("-", 1)[0])  # "Jean-Pierre", "Anna-Lena"
    if g is None and not w.isascii():
        plain = _plain(w)  # "Dušan", "José", "Łukasz": the list spells most names without accents
        if plain != w:
            g = given_name_gender(plain)
    return g


#: Letters with no Unicode decomposition into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ð": "d"})


def _plain(word: str) -> str:
    """A word without its accents ('dušan' -> 'dusan', 'łukasz' -> 'lukasz')."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=8192)  # a pure function of the word, asked again for every mention
def honorific_gender(word: str) -> str | None:
    """The gender an honorific implies (``"m"``, ``"f"``, ``"u"``), or None when the word is no honorific.

    Example:
        >>> honorific_gender("Mr"), honorific_gender("Ms."), honorific_gender("Dr"), honorific_gender("Mayor")
        ('m', 'f', 'u', None)
    """
    return _people().honorifics.get(_fold(word))


def is_rank_abbreviation(word: str) -> bool:
    """Whether a word is an abbreviated rank or office written before a name ('Maj', 'Lt.', 'Sen.').

    Example:
        >>> is_rank_abbreviation("Maj."), is_rank_abbreviation("Cpl"), is_rank_abbreviation("Mayor")
        (True, True, False)
    """
    return _fold(word).rstrip(".") in _people().rank_abbreviations


def is_courtesy_title(word: str) -> bool:
    """Whether a word is an honorific that names no role (Mr, Ms, Dr, Prof, Sir, ...).

    Example:
        >>> is_courtesy_title("Dr"), is_courtesy_title("Mayor")
        (True, False)
    """
    return _fold(word) in _people().courtesy


def is_address_honorific(word: str) -> bool:
    """Whether a word is a courtesy honorific that is only a form of address (Mr, Mrs, Ms, Miss, Mx).

    Such a word is never a speaker's title on its own; Dr, Prof, Sir or Lord tell a degree or a
    rank and are not among them.

    Example:
        >>> is_address_honorific("Mr."), is_address_honorific("Ms"), is_address_honorific("Dr")
        (True, True, False)
    """
    return _fold(word) in _people().address


def is_bare_address(title: str) -> bool:
    """Whether a title is nothing but address honorifics ('Mr.', 'Mrs', 'Messrs.'); an empty title is not.

    Example:
        >>> is_bare_address("Mr."), is_bare_address("spokesman"), is_bare_address("Dr"), is_bare_address("")
        (True, False, False, False)
    """
    words = title.split()
    return bool(words) and all(is_address_honorific(w) for w in words)


_SUFFIX_GENDER = re.compile(r"(?:(wo)?m[ae]n)$")


def noun_gender(word: str) -> str | None:
    """The gender a person noun implies ('chairwoman' -> f, 'son' -> m), else None.

    Example:
        >>> noun_gender("spokeswoman"), noun_gender("businessman"), noun_gender("spokesperson")
        ('f', 'm', None)
    """
    w = _fold(word)
    g = _people().gendered.get(w)
    if g is not None:
        return g
    m = _SUFFIX_GENDER.search(w)
    if m and len(w) > 4 and w not in ("human", "humans", "german", "germans", "roman", "romans", "ottoman", "shaman"):
        return "f" if m.group(1) else "m"
    return None


def pronoun_gender(word: str) -> str | None:
    """``"m"`` for he/him/his/himself, ``"f"`` for she/her/hers/herself, else None.

    Example:
        >>> pronoun_gender("She"), pronoun_gender("his"), pronoun_gender("they")
        ('f', 'm', None)
    """
    w = _fold(word)
    if w in ("he", "him", "his", "himself"):
        return "m"
    if w in ("she", "her", "hers", "herself"):
        return "f"
    return None


_PERSON_SUFFIX = re.compile(r"(?:ist|ian|man|men|woman|women|person|persons|people|folk|folks|eer|ee|er|or|ant|ent)s?$")


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def is_person_noun(word: str, *, lemma: str | None = None) -> bool:
    """Whether a common noun describes a person or people ('librarian', 'councillors', 'chairwoman').

    The word lists of ``people.json`` decide first; else a person-forming ending
    (-ist, -ian, -man, -woman, -person, -people, -ee, -er, -or, -ant, -ent) does,
    unless the word is listed as a thing ('paper', 'statement').

    Example:
        >>> [is_person_noun(w) for w in ("librarian", "councillors", "campaigners", "paper", "statement", "wall")]
        [True, True, True, False, False, False]
    """
    w = _fold(word)
    p = _people()
    forms = {w, _singular(w)}
    if lemma:
        forms.add(_fold(lemma))
    if forms & p.not_person:
        return False
    if forms & p.person_nouns or forms & p.group_nouns:
        return True
    if len(w) < 5 or not w.isalpha() and "-" not in w:
        return False
    if w.endswith(("ment", "ments")):
        return False
    return bool(_PERSON_SUFFIX.search(w))


@functools.lru_cache(maxsize=1)
def _wordnet_people() -> frozenset[str]:
    return frozenset(packaged_word_list("person_nouns.txt"))


def names_people(word: str, *, lemma: str | None = None) -> bool:
    """Whether a common noun names a person or people by the word lists or WordNet.

    :func:`is_person_noun` first; else the noun's most frequent WordNet 3.0 sense is in
    ``noun.person`` ('professionals', 'guests', 'pensioners'; see ``data/person_nouns.md``).
    The speaker rules read it only for a source that no other rule has typed.

    Example:
        >>> names_people("professionals"), names_people("guests", lemma="guest"), names_people("fears")
        (True, True, False)
    """
    if is_person_noun(word, lemma=lemma):
        return True
    w = _fold(word)
    if w in _people().not_person:
        return False
    forms = {w, _singular(w)} | ({_fold(lemma)} if lemma else set())
    return bool(forms & _wordnet_people())


@functools.lru_cache(maxsize=1)
def _agent_nouns() -> dict[str, str]:
    return packaged_word_list("agent_nouns.txt")


def agent_noun_kind(word: str, *, lemma: str | None = None) -> str | None:
    """How a common noun reads as the one who says or thinks something: ``"person"``,
    ``"organization"``, ``"group"`` (of people, not a body) or None.

    The noun's most frequent WordNet 3.0 sense among ``noun.person`` and ``noun.group`` decides,
    a group under WordNet's ``organization`` being a body (see ``data/agent_nouns.md``). The
    speaker rules read it only for a source that no other rule has typed.

    Example:
        >>> agent_noun_kind("prosecution"), agent_noun_kind("command"), agent_noun_kind("protesters"), agent_noun_kind("storm")
        ('group', 'organization', 'person', None)
    """
    w = _fold(word)
    table = _agent_nouns()
    for form in (w, _fold(lemma) if lemma else "", _singular(w)):
        if form in table:
            return table[form]
    return None


def is_document_noun(word: str) -> bool:
    """Whether a noun names a spoken or written text or a record ('speech', 'motion', 'results').

    Example:
        >>> is_document_noun("speech"), is_document_noun("speaker")
        (True, False)
    """
    return _fold(word) in _people().document_nouns


def is_portfolio_word(word: str) -> bool:
    """Whether a word names a role's portfolio rather than an organisation ('Defence' in 'Defence Minister').

    Example:
        >>> is_portfolio_word("Defence"), is_portfolio_word("Oxfam")
        (True, False)
    """
    return _fold(word) in _people().portfolio


def is_unnamed_role(word: str) -> bool:
    """Whether a role noun stands for an unnamed source even when definite ('the spokesperson').

    Example:
        >>> is_unnamed_role("spokeswoman"), is_unnamed_role("minister")
        (True, False)
    """
    return _fold(word) in _people().unnamed_roles


def is_group_noun(word: str) -> bool:
    """Whether a singular noun stands for a group of people ('family', 'crew').

    Example:
        >>> is_group_noun("crew"), is_group_noun("librarian")
        (True, False)
    """
    return _fold(word) in _people().group_nouns


def is_faith_noun(word: str) -> bool:
    """Whether a noun names a follower of a faith or of a branch of one, singular or plural
    ('Muslim', 'Shiites', 'Catholics'): people, though the entity model tags them NORP.

    Example:
        >>> is_faith_noun("Shiites"), is_faith_noun("Catholic"), is_faith_noun("Democrats")
        (True, True, False)
    """
    w = _fold(word)
    return w in _people().faith_nouns or _singular(w) in _people().faith_nouns


def is_body_noun(word: str) -> bool:
    """Whether 'the <word>' can refer back to a public body named before whatever its name ('the department', 'the agency').

    Example:
        >>> is_body_noun("Department"), is_body_noun("company")
        (True, False)
    """
    return _fold(word) in _people().body_nouns


def is_organization_name(name: str, *, extra_words: frozenset[str] = frozenset()) -> bool:
    """Whether a name reads as an organisation's ('Brightwater Engineering', 'BusCo Ltd', 'Northshore Institute').

    A word of ``people.json``'s ``organization_name_words`` (or of ``extra_words``)
    anywhere in the name decides it.

    Example:
        >>> is_organization_name("Brightwater Engineering"), is_organization_name("Marcus Hale")
        (True, False)
    """
    words = _folded_words(name)
    # Two disjointness checks, not a union of the two (large) word sets per call.
    return not words.isdisjoint(_people().org_words) or not words.isdisjoint(extra_words)


@functools.lru_cache(maxsize=8192)  # the quote rules ask about the same names again and again
def _folded_words(name: str) -> frozenset[str]:
    return frozenset(_fold(w).strip(".,") for w in name.split())


_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "bint", "ibn", "al", "el", "ben", "st", "st.", "mac"})


def looks_like_person_name(name: str, *, extra_org_words: frozenset[str] = frozenset()) -> bool:
    """Whether a capitalised name reads as a person's: an honorific or a known given name first, no organisation word.

    Example:
        >>> looks_like_person_name("Marcus Hale"), looks_like_person_name("Mr Hale"), looks_like_person_name("Brightwater Engineering")
        (True, True, False)
        >>> looks_like_person_name("Hale"), looks_like_person_name("Kestrel Bay")
        (False, False)
    """
    words = name.split()
    if not words or is_organization_name(name, extra_words=extra_org_words):
        return False
    if honorific_gender(words[0]) is not None and len(words) >= 2:
        return all(w[:1].isupper() or _fold(w) in _PARTICLES for w in words[1:])
    if not 2 <= len(words) <= 4 or given_name_gender(words[0]) is None:
        return False
    return all(w[:1].isupper() or _fold(w) in _PARTICLES or w[:2].lower() in ("al", "el") for w in words)


#: Endings that mark a family name in the naming traditions news often quotes (South Slavic
#: -ović/-ević/-ić, East Slavic -enko, Polish -ski/-ska, Romanian -escu, Georgian -dze/-shvili,
#: Turkish -oğlu, Greek -poulos/-opoulou): no organisation name ends so.
_SURNAME_ENDING = re.compile(r"(?:ović|ević|ić|enko|escu|ski|ska|sky|dze|shvili|vili|oğlu|oglu|poulos|opoulou)$")


def has_surname_ending(word: str) -> bool:
    """Whether a capitalised word ends like a family name of a common naming tradition.

    Example:
        >>> has_surname_ending("Petrović"), has_surname_ending("Kowalski"), has_surname_ending("Shevchenko")
        (True, True, True)
        >>> has_surname_ending("Hortons"), has_surname_ending("Stanley"), has_surname_ending("ski")
        (False, False, False)
    """
    return len(word) >= 5 and word[:1].isupper() and _SURNAME_ENDING.search(word) is not None


_ROLE_FILLERS = frozenset({"of", "for", "to", "on", "the", "and", "&"})


def is_role_only(name: str, *, titles: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a capitalised mention of two or more words is made only of role words.

    'National Security Advisor', 'Deputy Prime Minister', 'Director General for Aviation' name
    an office, never a person, although the entity model tags them PERSON or takes them for one
    ('Deputy National Security Advisor J.D. Crouch'). Every word is a title (``titles``, e.g.
    the cue lexicon's), a noun for a person, a rank, a portfolio ('Security', 'Health') or a
    filler ('of', 'for'), and at least one is a title or person noun; a known given name or a
    group noun ('Council') makes it no role.

    Example:
        >>> is_role_only("National Security Advisor"), is_role_only("Deputy Prime Minister", titles={"minister"})
        (True, True)
        >>> is_role_only("Howard Baker"), is_role_only("Security Council"), is_role_only("Minister")
        (False, False, False)
    """
    words = [w.strip(".,") for w in name.split()]
    if len(words) < 2 or not all(words) or is_organization_name(name):
        return False
    person = False
    for w in words:
        low = _fold(w)
        if low in _ROLE_FILLERS:
            continue
        if given_name_gender(w) is not None or is_group_noun(low) or not w[:1].isupper():
            return False
        if low in titles or honorific_gender(w) is not None or is_rank_abbreviation(w) or ({low, _singular(low)} & _people().person_nouns and not is_portfolio_word(low)):
            person = True  # (listed person nouns only: the suffix guess takes 'Newspaper', 'Nigerian' for people)
        elif not (low in _RANK_MODIFIERS or is_portfolio_word(low) or low in _ROLE_QUALIFIERS):
            return False
    return person


#: Words that qualify an office without naming anyone ('National Security Advisor', 'General Secretary').
_ROLE_QUALIFIERS = frozenset({"national", "general", "federal", "state", "foreign", "home", "interior", "prime", "executive", "presidential", "special", "first", "second", "principal", "permanent", "elect", "designate"})


#: Words that open a compound rank or title without being one ('Rear Admiral', 'Lance Corporal', 'Vice Chancellor').
_RANK_MODIFIERS = frozenset({"head", "chief", "senior", "deputy", "acting", "assistant", "former", "vice", "rear", "lance", "staff", "lieutenant", "under", "principal"})


def leading_title_words(words: list[str]) -> int:
    """How many leading words of a name are a role title the entity model took into it.

    'Librarian Omar Haddad' -> 1: a person noun stands before a given name.
    Only words that are no given name themselves count, so 'Will Smith' stays whole.

    Example:
        >>> leading_title_words("Librarian Omar Haddad".split()), leading_title_words("Omar Haddad".split())
        (1, 0)
        >>> leading_title_words("Head Teacher Ann Lee".split())
        2
        >>> leading_title_words("Elect Evo Morales".split())
        1
        >>> leading_title_words("Rear Admiral Gregory Smith".split()), leading_title_words("Rear Adm. Gregory Smith".split())
        (2, 2)
    """
    if len(words) >= 3 and _fold(words[0]) in ("elect", "designate"):
        # 'President Elect Evo Morales': the model took the tail of the title into the name;
        # no name starts with 'Elect' or 'Designate'.
        return 1 + leading_title_words(words[1:])
    k = 0
    while k < len(words) - 2 or (k < len(words) - 1 and k > 0):
        w = words[k]
        if given_name_gender(w) is not None or not (is_person_noun(w) or honorific_gender(w) is not None or _fold(w) in _RANK_MODIFIERS or is_rank_abbreviation(w)):
            break
        k += 1
    if k and given_name_gender(words[k]) is None:
        return 0  # what follows must be a given name: 'Island Councillors' is no title + name
    return k
