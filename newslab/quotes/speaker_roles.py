"""Roles and descriptions: titles from appositions, 'a spokesperson for X', partitives, descriptive mentions."""

from __future__ import annotations

import bisect
import functools
import re

from spacy.tokens import Token

from newslab import people
from newslab.quotes.mention import _NAMED_DOCUMENTS, _ROLE_SUFFIX, _Speaker
from newslab.sources import joint_name
from newslab.quotes.parse import _np_range, _strip_det, _subjects_above, _tok_end, _trim
from newslab.quotes.speaker_orgs import _ORG_CLASSES

# News outlets by kind, which need no name to be media ('local media', 'state television',
# 'a newspaper'); 'paper', 'agency', 'network' and 'station' also name other things.
_UNNAMED_MEDIA = frozenset({"media", "press", "newspaper", "newspapers", "broadcaster", "broadcasters", "tabloid", "tabloids", "television", "tv", "radio", "outlet", "outlets", "daily", "dailies"})

# Bodies that are outlets when a broadcasting word qualifies them ('state television service').
_MEDIA_BODIES = frozenset({"service", "corporation", "company", "network", "agency"})
_BROADCAST_WORDS = frozenset({"television", "tv", "radio", "broadcasting", "broadcast", "news"})


# Bodies English names after their person without a possessive ('the Franken campaign', 'the
# Obama administration', 'the Odinga camp'); a person's office or staff keeps it ("Calloway's office").
# Offices written as initials: 'the Estonian PM' is the Estonian prime minister.
_OFFICE_INITIALS = {"pm": ("prime", "minister")}
# Endings of a demonym ('the Rhode Islander', 'the Texan', 'the Iraqi', 'the Briton').
_DEMONYM_END = ("er", "ian", "an", "ite", "ese", "i", "on")
# Organisation kinds whose plural with no name is a set of unnamed bodies ('Human rights groups',
# 'Opposition parties', 'The involved parties'): an anonymous source (fresh-g40 R27, f40).
_UNNAMED_GROUP_HEADS = frozenset({"group", "party", "union", "organisation", "organization", "association", "movement", "charity", "company", "firm", "federation", "society", "club", "agency"})
_INDEFINITE = frozenset({"a", "an", "another", "one"})
# Kinds of body that, with 'a' and no name, are an unnamed source ('a trade group', 'an independent
# body'); an account, office or government of a place is resolved to its owner by other rules.
#: Quantifiers that open a phrase over some members of a group ('some companies', 'many
#: governments', 'all eleven agencies'): a closed class of determiners (R84).
_GROUP_QUANTIFIERS = frozenset({"some", "many", "several", "few", "most", "other", "various", "numerous", "certain", "all", "both", "each", "every", "one"})
#: Of those, the ones that may take up a group just listed ('Both companies', 'All three firms').
_GROUP_JUST_NAMED = frozenset({"all", "both", "each", "every"})
_UNNAMED_BODY_HEADS = _UNNAMED_GROUP_HEADS | {"body", "panel", "jury", "coalition", "alliance", "lobby", "network", "consortium", "watchdog", "think-tank"}
#: Nouns that name a body only as a definite description ('the governing body said'): WordNet's first
#: sense of 'body' is the human body, so neither the organisation heads nor the agent-noun senses type it.
_DEFINITE_BODY_HEADS = frozenset({"body"})
#: The dependency labels of an object or a prepositional object: a body named there is no subject.
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "attr", "oprd"})
#: Words of a count of members before a noun ('the four-member panel', 'the 27-nation bloc'): the
#: count makes any noun a body made of those members.
_MEMBER_COUNT_WORDS = frozenset({"member", "nation", "country", "state", "seat", "judge"})


def _class_word(head: Token, lemma: str) -> str:
    """The class word of an organisation description for ``_introduced_org_of_class``: the head's
    lemma, except 'the regulatory body' (an adjective naming the class) -> 'regulator' (orgdesc25)."""
    if lemma == "body" and any(c.dep_ == "amod" and c.lower_ == "regulatory" for c in head.children):
        return "regulator"
    return lemma


def _counted_members(head: Token) -> bool:
    """'the four-member panel', 'the 11-member oil cartel', 'the 27-nation bloc': a hyphenated count
    of members before the noun (a number, then the member word, before the head)."""
    for c in head.children:
        if c.i >= head.i or c.dep_ not in ("compound", "amod", "nmod", "nummod"):
            continue
        low = c.lower_
        if "-" in low and low.rsplit("-", 1)[1] in _MEMBER_COUNT_WORDS:
            return True  # one token 'four-member'
        if c.lemma_.lower() in _MEMBER_COUNT_WORDS and any(g.dep_ == "nummod" and g.i < c.i for g in c.children) and c.i > 0 and c.doc[c.i - 1].text == "-":
            return True
    return False


_NAMED_AFTER_PERSON = frozenset({"campaign", "administration", "government", "camp", "team"})


# Place and nationality words that name one country in different forms ('U.S.' and 'American').
_PLACE_ALIASES = {
    "us": "us", "usa": "us", "america": "us", "american": "us", "united states": "us",
    "uk": "uk", "britain": "uk", "british": "uk", "united kingdom": "uk", "great britain": "uk", "english": "uk",
    "france": "fr", "french": "fr", "netherlands": "nl", "dutch": "nl", "holland": "nl",
}


def _place_key(word: str) -> str:
    """One key for a country and its nationality, in lower case: 'U.S.' -> 'us', 'British' ->
    'uk'; others as written ('Iraqi' -> 'iraqi'), compared by :func:`_same_place`."""
    w = word.lower().replace(".", "").strip()
    if w.startswith("the "):
        w = w[4:]
    return _PLACE_ALIASES.get(w, w)


#: What a nationality adds to its country's name: Iraq-i, Iran-ian, Egypt-ian, Kenya-n, Sudan-ese.
_DEMONYM_ENDINGS = frozenset({"i", "n", "an", "ian", "ean", "ese", "ish", "ic", "s", "ns", "ans", "ians", "is"})


def _same_place(a: str, b: str) -> bool:
    """Whether two place keys name one country: equal, or a country and its nationality
    ('iraq'/'iraqi', 'iran'/'iranian', 'canada'/'canadian'). 'iraq' and 'iran' differ (the
    earlier three-letter key made them one).

    Example:
        >>> _same_place("iraq", "iraqi"), _same_place("iran", "iranian"), _same_place("canada", "canadian")
        (True, True, True)
        >>> _same_place("iraq", "iran"), _same_place("iraqi", "iranian"), _same_place("austria", "australia")
        (False, False, False)
    """
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 4:
        return False
    for stem in (short, short[:-1] if short[-1] in "aey" else None):
        if stem and len(stem) >= 4 and long_.startswith(stem) and long_[len(stem):] in _DEMONYM_ENDINGS:
            return True
    return False


#: Party and faith words in a nationality's '-an' form ('Kenyan', 'Moldovan' are nations).
_NOT_NATIONS = frozenset({"republican", "republicans", "anglican", "anglicans", "lutheran", "lutherans", "puritan", "mormon", "vatican", "american-born"})


def _country_word(t: Token) -> bool:
    """Whether ``t`` names a country or its people: a place entity, or a nationality in a demonym
    form ('Iraqi', 'Egyptian', 'Chinese', 'British', 'American'). Party and faith words the entity
    model also tags NORP ('Greens', 'Republican', 'Democrat', 'Muslim') do not count."""
    if t.ent_type_ == "GPE":
        return True
    low = t.lower_
    return t.ent_type_ == "NORP" and (low in _PLACE_ALIASES or low.endswith(("i", "ian", "ese", "ish")) or low.endswith("an") and low not in _NOT_NATIONS)


def _untagged_demonym(t: Token, places: frozenset[str]) -> bool:
    """A capitalised nationality the entity model left untagged or swallowed into a name ('The
    Moldovan Foreign minister', 'the Romanian Foreign Affairs' tagged ORG), of a country the text
    names (``places``: the last words of its place entities, as keys)."""
    low = t.lower_
    return t.ent_type_ in ("", "ORG", "PERSON") and t.text[:1].isupper() and len(low) > 4 and any(_same_place(_place_key(low), p) for p in places)


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by exactly one inserted, deleted or replaced letter (same first letter).

    Example:
        >>> _one_edit("Khatami", "Khatmi"), _one_edit("Khatami", "Khatemi"), _one_edit("Paul", "Pole")
        (True, True, False)
    """
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) < len(b):
        a, b = b, a
    i = 0
    while i < len(b) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i + 1 :] == b[i:]


# Units of time: a prepositional phrase on them says how long a role was held, not what it is.
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "decade", "term", "hour", "century"})


def clean_role(role: str) -> str:
    """A role as a title: without a parenthetical remark (an acronym such as '(CPF)' stays), a
    leading 'both', a trailing rank abbreviation cut from the name (', Col'), or a leading article;
    '' for a bare honorific."""
    role = re.sub(r"\s*\((?:[^()]*\s[^()]*)\)", "", role)
    role = re.sub(r"^both\s+", "", role)
    role = re.sub(r",\s*\S+\.?$", lambda m: "" if people.is_rank_abbreviation(m.group(0).strip(", ")) else m.group(0), role)
    if not role.strip() or all(people.is_courtesy_title(w) for w in role.split()):
        return ""
    return _strip_det(role)


def _hyphen_joined_end(t: Token) -> Token:
    """The last word of a hyphenated word that starts with ``t``.

    The parser splits 'vice-president' into three siblings ('vice', '-', 'president') under
    the same head; the role is the whole word and what hangs on its last part ('vice-president
    of the Teachers' Union', 'co-founder of Hamas'), not 'vice' or 'co'.
    """
    doc = t.doc
    last = t
    while (
        last.i + 2 < len(doc)
        and not last.whitespace_
        and doc[last.i + 1].text in ("-", "‐", "‑")
        and not doc[last.i + 1].whitespace_
        and doc[last.i + 2].head.i == t.head.i
        and doc[last.i + 2].dep_ == t.dep_
    ):
        last = doc[last.i + 2]
    return last



#: Determiners that count or quantify a description ('both sides', 'no country', 'each party'):
#: it refers to sources named before, or to none, so the head noun's class does not decide.
_QUANTIFIERS = frozenset({"both", "no", "all", "each", "every", "either", "neither", "any", "some", "many", "several", "most", "few"})


def _names_people(t: Token) -> bool:
    """Whether a noun names people: a common noun WordNet or the word lists read as people
    ('guests', 'professionals'), or a nationality used as a plural noun ('Canadians', 'Danes')."""
    if t.pos_ == "NOUN" and not t.ent_type_:
        return people.names_people(t.lower_, lemma=t.lemma_.lower())
    return t.ent_type_ == "NORP" and t.tag_ in ("NNS", "NNPS") and t.lower_.endswith(("s", "people"))

class _RoleRules:
    """Mixin of :class:`newslab.quotes.speakers._Resolver` (roles and descriptions)."""

    def _apposition_role(self, head: Token) -> tuple[str, list[Token]]:
        """The role in an apposition to a name, and its tokens.

        'Jean Pellow, 71, a retired teacher' -> 'retired teacher' (an age is never a role);
        'Dr Amara Nwosu, a coastal engineer at the Northshore Institute who reviewed the plans'
        -> 'coastal engineer at the Northshore Institute' (the relative clause is not part of it).
        """
        ctx, doc = self.ctx, self.ctx.doc
        for c in head.children:
            if c.dep_ != "appos" or c.i < head.i:
                continue
            if (c.like_num or c.pos_ == "NUM" or c.ent_type_ in ("DATE", "TIME", "CARDINAL")) and not any(g.dep_ == "prep" for g in c.children):
                continue  # 'Jean Pellow, 71,': an age
            if c.lower_ == "aged" or c.ent_type_ in ("GPE", "LOC") or c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG") and c.lower_ not in ctx.cues.titles:
                continue  # 'aged 71'; a place of origin; another name
            last = _hyphen_joined_end(c)
            cut = last.right_edge.i + 1
            for t in doc[c.left_edge.i : cut]:
                if t.dep_ in ("relcl", "acl") and t.i > last.i or t.text in (",", ";", "(", "—") and t.i > last.i:
                    cut = min(cut, t.left_edge.i if t.dep_ in ("relcl", "acl") else t.i)
            lo = c.left_edge.i
            while lo < c.i and doc[lo].dep_ == "det" and doc[lo].head.i == c.i:
                lo += 1  # 'a public health researcher': the article of the role itself
            ta, tb = _trim(ctx, lo, cut)
            if tb > ta:
                return ctx.text[doc[ta].idx : _tok_end(doc, tb - 1)], [doc[i] for i in range(ta, tb)]
        return "", []

    def _fronted_role(self, first: Token) -> tuple[str, list[Token], Token | None]:
        """The role written before a name and a comma: 'the king of Nepal, Gyanendra said' ->
        ('king of Nepal', its tokens, the head 'king'), when the parser made the role a second
        subject of the same verb or the name its apposition; ('', [], None) otherwise.
        ``first`` is the name's first token."""
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        if first.i < 2 or doc[first.i - 1].text != ",":
            return "", [], None
        last = doc[first.i - 2]
        role = last
        while role.head.i != role.i and role.head.i < first.i - 1 and role.dep_ not in ("nsubj", "nsubjpass"):
            role = role.head
        if role.pos_ not in ("NOUN", "PROPN") or not (role.lower_ in cues.titles or role.lemma_.lower() in cues.titles or role.lemma_.lower() in cues.person_heads):
            return "", [], None
        name = doc[ctx.token_at(first.idx)]
        while name.head.i != name.i and name.head.i < first.i + 6 and name.head.pos_ == "PROPN" and name.dep_ in ("compound", "flat"):
            name = name.head
        sibling = role.dep_ in ("nsubj", "nsubjpass") and name.dep_ in ("nsubj", "nsubjpass") and role.head.i == name.head.i
        apposed = name.dep_ in ("appos", "conj") and name.head.i == role.i  # 'Prime Minister, John Howard and ...'
        if not (sibling or apposed) or max(t.i for t in role.subtree if t.i < first.i - 1) != first.i - 2 or ctx.in_quote[role.i]:
            return "", [], None
        lo = role.left_edge.i
        owner: list[Token] = []
        for c in role.children:
            if c.dep_ == "poss" and c.i < role.i and c.pos_ in ("PROPN", "NOUN"):
                owner = list(c.subtree)  # "Rio Tinto's CEO, Leigh Clifford": the title is 'CEO', the owner its organisation
                lo = max(lo, c.right_edge.i + 1)
        while lo < role.i and (doc[lo].dep_ in ("det", "poss", "case") and doc[lo].head.i == role.i and doc[lo].pos_ in ("DET", "PRON", "PART")):
            lo += 1
        a, b = _trim(ctx, lo, first.i - 1)
        if b <= a:
            return "", [], None
        return ctx.text[doc[a].idx : _tok_end(doc, b - 1)], owner + [doc[i] for i in range(a, b)], role

    def _role(self, sp: _Speaker, head: Token) -> None:
        """Organisation and title of an unnamed role ('a spokesperson for BusCo', 'a Brightwater
        Engineering spokesperson', 'A senior official familiar with the talks')."""
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        org, org_toks = "", set()
        for c in head.children:
            if c.i < head.i and c.dep_ in ("compound", "poss", "nmod", "amod") and c.pos_ in ("PROPN", "NOUN"):
                name = self._org_name(c)
                if name:
                    org = org or name
                    org_toks |= {t.i for t in c.subtree}
                    ent = ctx.entity_at(c.idx, c.idx + len(c))
                    if ent is not None:
                        org_toks |= set(range(ctx.token_at(ctx.ent_start[ent]), ctx.token_at(ctx.ent_end[ent] - 1) + 1))
        if not org:
            for c in head.children:
                preps = [c] if c.dep_ == "prep" else [g for g in c.children if g.dep_ == "prep"] if c.lower_ in ("close", "familiar", "loyal") else []
                for p in preps:
                    if p.lower_ not in ("for", "at", "from", "with", "of", "to", "in", "within", "inside"):
                        continue
                    pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        org = self._org_name(pobj, any_name=p.lower_ in ("for", "to"))
                        if not org and pobj.pos_ == "NOUN" and pobj.tag_ == "NN" and any(g.dep_ == "det" and g.lower_ == "the" for g in pobj.children):
                            # 'a spokesman for the union' after 'the pilots' union Vereinigung Cockpit'
                            introduced = self._introduced_org(pobj.lemma_.lower(), pobj.idx)
                            org = introduced[0] if introduced is not None else ""
                    if org:
                        break
                if org:
                    break
        sp.org = org
        singular = head.tag_ in ("NN", "NNP")
        if org or singular and (head.lower_ in cues.titles or head.lemma_.lower() in cues.titles):
            words = [
                t for t in doc[head.left_edge.i : head.i + 1]
                if t.i not in org_toks and t.dep_ in ("amod", "compound", "nmod") and t.head.i == head.i and t.pos_ in ("ADJ", "NOUN")
                and t.lower_ not in ("one", "another") and t.lemma_.lower() not in cues.organization_heads and not t.ent_type_
            ]
            words.append(head)
            sp.title = " ".join(t.text for t in words)

    def _counted_body_before(self, char: int) -> int | None:
        """The organisation a counted body ('the four-member panel') stands for: of the organisation
        entities outside quotations in its sentence and the three before, the last whose name ends
        with a body word ('European Commission') or is initials ('OPEC'), else the last that is no
        news outlet."""
        ctx, cues = self.ctx, self.ctx.cues
        first = ctx.sents[max(0, ctx.sent_of[ctx.token_at(char)] - 3)].start_char
        k = bisect.bisect_left(ctx.ent_start, char) - 1
        fallback = None
        while k >= 0 and ctx.ent_start[k] >= first:
            if ctx.ent_label[k] == "ORG" and ctx.ent_end[k] <= char and not ctx.in_quote[ctx.token_at(ctx.ent_start[k])] and not self._is_outlet(ctx.ent_canon[k]):
                last, written = ctx.ent_canon[k].split()[-1], ctx.ent_text[k].strip()
                if last.lower() in cues.organization_heads or (written.isupper() and written.isalpha()):
                    return k
                fallback = k if fallback is None else fallback
            k -= 1
        return fallback

    def _object_after_speaker(self, ent: int, prev: _Speaker | None, char: int) -> bool:
        """Whether organisation entity row ``ent``, named after the organisation ``prev`` last spoke, is
        only an object there ('Statistics Norway announced ... nations which use the Euro. The
        agency said'): a description of a body takes up the body that spoke within the three
        sentences before, not a name in an object or a prepositional phrase after it."""
        ctx = self.ctx
        if prev is None or not prev.canonical or ctx.sent_of[ctx.token_at(prev.pos)] < ctx.sent_of[ctx.token_at(char)] - 3:
            return False
        return self._only_object(ent)

    def _only_object(self, ent: int) -> bool:
        """Whether organisation entity row ``ent`` is only an object or a prepositional object
        ('dobj', 'pobj', 'dative', 'attr', 'oprd'), also as a later member of a list or an
        apposition in that position ('includes the Yellow Pages, White Pages ...', 'financing from
        Deutsche Bank and Credit Suisse', orgref29)."""
        t = self.ctx.doc[self.ctx.token_at(self.ctx.ent_end[ent] - 1)]
        while t.dep_ in ("conj", "appos") and t.head.i < t.i:
            t = t.head
        return t.dep_ in _OBJECT_DEPS

    def _subject_over_last_object(self, char: int, lemma: str) -> tuple[str, int | None] | None:
        """``_org_subject_before_object`` for the last organisation entity before ``char`` outside
        quotations, when no organisation spoke after it."""
        k = self._last_org_entity(char)
        prev = self._last(("organization",), char)
        if k is None or prev is not None and self.ctx.ent_start[k] <= prev.pos:
            return None
        return self._org_subject_before_object(k, prev, char, lemma)

    def _org_subject_before_object(self, ent: int, prev: _Speaker | None, char: int, lemma: str) -> tuple[str, int | None] | None:
        """The organisation a definite class noun at ``char`` ('the company') takes up when the last
        organisation named, entity row ``ent``, is only an object and no organisation spoke within
        the three sentences before (orgref29): the last organisation entity before ``ent`` that is
        the subject of its clause in those sentences ('Calpine has obtained financing from Deutsche
        Bank and Credit Suisse. The company announced ...' -> Calpine), if its name's head is no
        organisation noun of another class ('the US Justice Department' is no company); else None.
        A body that spoke within the three sentences keeps ``_object_after_speaker``'s rule."""
        ctx, doc, cues = self.ctx, self.ctx.doc, self.ctx.cues
        here = ctx.sent_of[ctx.token_at(char)]
        if prev is not None and prev.canonical and ctx.sent_of[ctx.token_at(prev.pos)] >= here - 3:
            return None
        if not self._only_object(ent):
            return None
        first = ctx.sents[max(0, here - 3)].start_char
        members = next((m for words, m in _ORG_CLASSES if lemma in words), frozenset({lemma}))
        other_heads = (cues.organization_heads | cues.generic_organization_heads) - members
        for j in range(ent - 1, -1, -1):
            start = ctx.ent_start[j]
            if start < first or (prev is not None and start < prev.pos):
                return None
            if ctx.ent_label[j] != "ORG":
                continue
            t0, t1 = ctx.token_at(start), ctx.token_at(ctx.ent_end[j] - 1)
            root = next((t for t in doc[t0 : t1 + 1] if not t0 <= t.head.i <= t1 or t.head.i == t.i), doc[t1])
            if root.dep_ not in ("nsubj", "nsubjpass") or ctx.in_quote[t0] or self.in_content(start):
                continue
            canon = ctx.ent_canon[j]
            if not canon or self._is_outlet(canon) or canon in ctx.person_names or canon.split()[-1].lower() in other_heads:
                continue
            return canon, ctx.ent_id[j]
        return None

    def _description(self, sp: _Speaker, head: Token, words: list[str], np_text: str, *, speaking: bool = True) -> None:
        cues = self.ctx.cues
        lemma = head.lemma_.lower()
        low = head.lower_
        if head.pos_ == "PROPN" and low.endswith("s") and low[:-1] in cues.organization_heads:
            lemma = low[:-1]  # 'the Boards of X and Y': a capitalised plural body noun, lemmatised as a name
        definite = bool(words) and words[0] in ("the", "this", "that", "these", "those", "his", "her", "its", "their", "our")
        named = _strip_det(np_text).lower()
        if (named in cues.media_outlets or f"the {named}" in cues.media_outlets) and named != _strip_det(np_text):
            # ('the economist said': a lower-case common noun names a profession, not the outlet)
            sp.type, sp.canonical = "media", _strip_det(np_text)
            return
        if (low in _UNNAMED_MEDIA or lemma in _UNNAMED_MEDIA) and not definite and head.pos_ in ("NOUN", "PROPN"):
            # 'Local media reported', 'State television said', 'a local newspaper said': outlets, unnamed.
            sp.type = "media"
            return
        if lemma in _MEDIA_BODIES and (lemma not in cues.media_heads or not definite or lemma in cues.organization_heads) and head.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _BROADCAST_WORDS for c in head.children):
            # "the country's state television service", 'a national radio network': an unnamed outlet.
            sp.type = "media"
            return
        if low in cues.media_heads or lemma in cues.media_heads:
            # 'the newspaper', 'the British newspaper' (an adjective of origin or kind does not make it another outlet).
            plain = len(words) - sum(1 for c in head.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < head.i and not any(c.children))
            if low not in cues.media_head_needs_name and lemma not in cues.media_head_needs_name and definite and plain <= 2 and not self._body_not_outlet(sp.pos, low, lemma):
                prev = self._last(("media",), sp.pos)
                sp.type = "media"
                k = self._last_org_entity(sp.pos)
                if k is not None and not self._is_outlet(self.ctx.ent_canon[k]) and low not in cues.organization_heads and lemma not in cues.organization_heads:
                    # 'against tabloid newspaper The News of the World ... an investigation by Borders
                    # Police. The newspaper had accused ...': a word that names only outlets goes back
                    # past other bodies to the outlet named in the three sentences before.
                    k = self._last_outlet_entity(sp.pos, sentences=3)
                called = self._outlet_nouns()
                if k is not None and prev is not None and prev.canonical and self.ctx.ent_canon[k] != prev.canonical and lemma in called.get(prev.canonical, ()) and lemma not in called.get(self.ctx.ent_canon[k], ()):
                    # "Newsweek magazine apologized ... told Reuters ... The magazine said": of the
                    # outlet named last and the last outlet quoted, the one the text called by this
                    # noun (media23).
                    k = None
                if k is not None and self._is_outlet(self.ctx.ent_canon[k]) and (prev is None or self.ctx.ent_start[k] > prev.pos):
                    # 'The Reuters news agency reported ... The agency said': the outlet named last.
                    sp.canonical, sp.ent_id, sp.resolved = self.ctx.ent_canon[k], self.ctx.ent_id[k], True
                elif prev is not None:
                    sp.canonical, sp.ent_id, sp.resolved = prev.canonical, prev.ent_id, True
                return
        if low == "paper" and definite and words[0] == "the" and len(words) == 2:
            k = self._last_org_entity(sp.pos)
            if k is not None and self._is_outlet(self.ctx.ent_canon[k]) and self.ctx.sent_of[self.ctx.token_at(self.ctx.ent_start[k])] >= self.ctx.sent_of[head.i] - 2:
                # '... reported the St. Paul Pioneer Press. The paper said': the newspaper just named.
                sp.type, sp.canonical, sp.ent_id, sp.resolved = "media", self.ctx.ent_canon[k], self.ctx.ent_id[k], True
                return
        if low in cues.document_heads or lemma in cues.document_heads or (people.is_document_noun(low) and head.pos_ == "NOUN"):
            self._document(sp, head, definite=definite)  # issuers: speaker_orgs._OrgRules
            return
        if definite and words[0] == "the" and head.pos_ == "NOUN" and head.tag_ == "NN" and head.dep_ in ("nsubj", "nsubjpass") and _counted_members(head):
            # 'The European Commission opened an inquiry ... The four-member panel found that ...':
            # a body described by its count of members is an elegant variation for the body named
            # before it (a body word's name first: 'Commission', 'Council'; else the last body named).
            sp.type = "organization"
            k = self._counted_body_before(sp.pos)
            if k is not None:
                sp.canonical, sp.ent_id, sp.resolved = self.ctx.ent_canon[k], self.ctx.ent_id[k], True
            return
        if lemma == "police" or low == "police":
            named_force = self.named_police()
            if named_force:
                sp.type, sp.canonical = "organization", named_force
            else:
                sp.type = "anonymous"
            return
        if definite and head.text.isupper() and low in _OFFICE_INITIALS:
            # 'the Estonian PM': the office its initials stand for.
            words = words[:-1] + list(_OFFICE_INITIALS[low])
            low = lemma = words[-1]
        if definite and (lemma in cues.person_heads or lemma in cues.status_heads or low in cues.titles or lemma in self.descriptors or low in self.descriptors):
            best = None
            words_here = (lemma, low)
            # (a noun the text gave a person names that one person only in the singular: 'The
            # novelists said' is not 'Ian Marsh, a novelist'; desc25)
            titled = [(pos, canon, k) for pos, w, canon, k in self.titled if w in words_here and pos < sp.pos and not self._named_in_current(canon)] if head.tag_ not in ("NNS", "NNPS") else []
            # 'the Estonian PM' after 'Estonian Prime Minister Andrus Ansip and Finnish Prime
            # Minister Matti Vanhanen': a nationality before the office picks the holder whose
            # title has it.
            nations = [c.lower_ for c in head.children if c.i < head.i and c.dep_ in ("amod", "compound") and c.text[:1].isupper() and c.ent_type_ == "NORP"]
            places = {_place_key(c.text) for c in head.children if c.i < head.i and c.dep_ in ("amod", "compound", "nmod") and _country_word(c)}
            if places:
                # 'The U.S. official said' is not 'Ihsan Abdul-Rahman, a local Iraqi police official':
                # a holder whose title gives another country is someone else.
                titled = [(pos, canon, k) for pos, canon, k in titled if self._places_agree(places, k)]
            if nations and len({canon for _, canon, _ in titled}) > 1:
                doc = self.ctx.doc
                def has_nation(pos: int) -> bool:
                    t0 = self.ctx.token_at(pos)
                    return all(any(doc[j].lower_ == n for j in range(max(0, t0 - 6), t0)) for n in nations)
                agreeing = [(pos, canon, k) for pos, canon, k in titled if has_nation(pos)]
                if len({canon for _, canon, _ in agreeing}) == 1:
                    titled = agreeing
            mods = [w for w in words[1:-1] if w in cues.titles and w not in ("former", "new", "acting", "interim", "senior")]
            if mods:
                # "the Prime Minister" is not "Interior Minister Jawad al-Bolani": the title's other words must agree.
                title_words: dict[int, set[str]] = {}
                for pos, w, canon, k in self.titled:
                    title_words.setdefault(pos, set()).add(w)
                titled = [(pos, canon, k) for pos, canon, k in titled if all(m in title_words.get(pos, ()) for m in mods)]
            if len({canon for _, canon, _ in titled}) > 1:
                # 'the opposition leader' among 'Labor leader Kevin Rudd' and 'leader of the
                # opposition, Brendan Nelson': the holders whose office has the other words too.
                by_pos: dict[int, set[str]] = {}
                for pos, w, _, _ in self.titled:
                    by_pos.setdefault(pos, set()).add(w)
                extra = [w for w in words[1:-1] if w not in mods and any(w in by_pos.get(pos, ()) for pos, _, _ in titled)]
                agreeing = [(pos, canon, k) for pos, canon, k in titled if extra and all(w in by_pos.get(pos, ()) for w in extra)]
                if agreeing:
                    titled = agreeing
            # 'The president says ...' after 'President Bush says ...' and a paraphrase naming other
            # presidents: the speaker already quoted with that title is meant, then a name given that
            # title outside reported content, then any.
            named = {canon for _, canon, _ in titled}
            cands = [(pos, canon, k) for pos, canon, k in titled if not self.in_content(pos) and not self.ctx.in_quote[self.ctx.token_at(pos)]]
            quoted = False
            for h in reversed(self.history):
                if h.type == "person" and h.canonical and h.pos < sp.pos and self._speaker_places_agree(places, h) and (h.canonical in named or (h.title and low in h.title.lower().split() and all(m in h.title.lower().split() for m in mods))) and not self._named_in_current(h.canonical):
                    cands.append((h.pos, h.canonical, next((k for _, c, k in reversed(titled) if c == h.canonical), None)))
                    quoted = True
                    break
            ambiguous = not quoted and len({canon for _, canon, _ in cands}) > 1
            if ambiguous:
                # 'Finance Minister Paul Reed and Defence Minister John Mills met. The minister
                # said ...': two named holders of the office and neither quoted as such yet;
                # the text does not say which, so the source stays unnamed.
                pass
            elif cands:
                _, canon, k = max(cands, key=lambda c: c[0])
                best = (canon, k)
            elif titled:
                best = (titled[-1][1], titled[-1][2])
            # ('Moldovan' may hang on 'Foreign' rather than on 'minister')
            place_toks = [c for c in head.subtree if c.i < head.i and c.dep_ in ("amod", "compound", "nmod") and c.head.i <= head.i and (_country_word(c) or _untagged_demonym(c, self._place_keys))]
            place_words = {c.lower_ for c in place_toks}
            later_places = places or {_place_key(c.text) for c in place_toks}
            office_words = [w for w in words[1:] if w not in place_words]
            if best is None and not ambiguous and words[0] == "the" and head.tag_ in ("NN", "NNP") and low in cues.titles and all(w in cues.titles for w in office_words):
                # 'The Prime Minister today defended ...' before 'Prime Minister John Howard': the one
                # person the article gives that whole title to later on. A nationality before the
                # office ('The Moldovan Foreign minister said ...' before 'Foreign minister Stratan')
                # is no title word: the holder's introduction must name that country instead.
                later_words: dict[int, set[str]] = {}
                for pos, w, canon, k in self.titled:
                    later_words.setdefault(pos, set()).add(w)
                later = {
                    (canon, k) for pos, w, canon, k in self.titled
                    if pos > sp.pos and all(x in later_words[pos] for x in office_words)
                    and (not later_places or self._places_agree(later_places, k))
                    and not self.in_content(pos) and not self.ctx.in_quote[self.ctx.token_at(pos)] and not self._named_in_current(canon)
                }  # never a holder named in what is said ('... where he says Syrian President Bashar al-Assad is ...')
                if len({c for c, _ in later}) == 1:
                    best = min(later, key=lambda ck: self.ctx.ent_start[ck[1]])
            # 'An Intel spokesperson confirmed ... The spokesperson said': a role of the unnamed-roles
            # list that no named person holds is never an elegant variation for the last named speaker.
            unnamed = people.is_unnamed_role(low) or people.is_unnamed_role(lemma)
            if best is None and not ambiguous:
                prev = self._last(("person",), sp.pos)
                if prev is not None and not self._speaker_places_agree(places, prev):
                    prev = None  # 'the U.S. official' after an Iraqi official: not him
                if prev is not None and lemma in cues.titles and prev.title and lemma in prev.title.lower():
                    best = (prev.canonical, None)
                elif prev is not None and not titled and not unnamed and (low in cues.titles or lemma in cues.status_heads) and words[0] == "the" and (len(words) == 2 or len(words) == 3 and words[1] in cues.titles and low in cues.titles or self._plain_description(head, words, place_words) and self._sole_recent_person(prev, sp.pos)) and self.ctx.sent_of[self.ctx.token_at(prev.pos)] >= self.ctx.sent_of[self.ctx.token_at(sp.pos)] - 3 and not self._named_in_current(prev.canonical):
                    # "Mr Brown said ... However, the Chancellor insisted ...", "Gates said ... the
                    # billionaire added": a bare title or a noun of standing that no named person
                    # carries in the text is an elegant variation for the current speaker, unless
                    # the text gave that speaker another role ('David Bernie, a speaker for the
                    # Council for Civil Liberties ... The Prime Minister has said': someone else;
                    # then the person named as the next sentence's speaker, if any).
                    office = low in cues.titles and lemma not in cues.status_heads  # not 'the billionaire'
                    if not office or not self._holds_other_role(prev.canonical, (lemma, low)):
                        best = (prev.canonical, None)
                    else:
                        best = self._holder_named_next(head)
                elif prev is None and not titled and not unnamed and low in cues.titles and words[0] == "the" and head.tag_ in ("NN", "NNP") and self._plain_description(head, words, place_words):
                    # 'U.S. Army General Ann Kerr testified on Monday. The top U.S. commander in the
                    # region said ...': a singular office description that no named person holds
                    # and no earlier speaker can take is the person named as the subject of the
                    # sentence just before (desc22).
                    best = self._subject_person_before(head, later_places)
            sp.type = "person" if best is not None or not ambiguous and not self._unnamed_role(head, words) else "anonymous"
            if best is None and unnamed and sp.type == "anonymous":
                here = self.ctx.sent_of[head.i]
                for h in reversed(self.history):
                    if h.pos < sp.pos and h.type == "anonymous" and self.ctx.sent_of[self.ctx.token_at(h.pos)] >= here - 3 and {low, lemma} & set(h.text.lower().split()):
                        sp.org, sp.title = sp.org or h.org, sp.title or h.title  # the same unnamed spokesperson
                        break
            if best is not None:
                sp.canonical = best[0]
                sp.ent_id = self.ctx.ent_id[best[1]] if best[1] is not None else None
                sp.resolved = True
            return
        if low in cues.anonymous_heads and (lemma in cues.organization_heads or low in cues.organization_heads):
            sp.type = "anonymous"  # "Authorities say": unnamed officials, not a named body
            return
        if self._unnamed_bodies(head):
            sp.type, sp.plural = "anonymous", True  # 'Human rights groups have appealed to ...'
            return
        if words[0] in _INDEFINITE and (lemma in cues.organization_heads or low in cues.organization_heads) and (own := self._name_of_noun(head)) is not None:
            # 'A group calling itself the Northern Front said', 'a payroll company, Paylane, said':
            # the body the phrase itself names.
            sp.type, (sp.canonical, sp.ent_id), sp.resolved = "organization", own, True
            return
        if (lemma in cues.organization_heads or low in cues.organization_heads) and self._quantified_description(head, words):
            # 'Some manufacturers claimed', 'Many western governments suspect', 'All eleven
            # agencies have agreed': a quantifier or a count over bodies the text does not name is
            # an unnamed source (R84), not a name; bodies listed just before ('Acme, Bolt and
            # Crane ... All three companies said') are those bodies.
            self._quantified_bodies(sp, head, words)
            return
        if words[0] in _INDEFINITE and lemma in _UNNAMED_BODY_HEADS and head.dep_ != "appos" and self._no_name_in(head):
            # 'A banking industry trade group said', 'a consumer watchdog', 'an independent body':
            # an organisation the text does not name is an unnamed source (the guideline's
            # anonymous), not a name. Its members may be taken up by 'they' ('A group of experts
            # called ... They urged ...'), the body by 'it'. 'The NPC, an organization which
            # claims' is the body just named.
            sp.type, sp.plural = "anonymous", True
            return
        if lemma in cues.organization_heads or low in cues.organization_heads or " ".join(words[-2:]) in cues.organization_heads or (
                definite and words[0] == "the" and low in _DEFINITE_BODY_HEADS and head.tag_ == "NN"):
            # ('the ruling body', 'the regulatory body', 'The body': a definite body noun is an
            # organisation; an indefinite one, 'an independent body', is an unnamed source above.)
            sp.type = "organization"
            if definite and words[0] == "the" and head.tag_ == "NN" and len(words) <= 4:
                # 'the union' after 'the pilots' union Vereinigung Cockpit' (or 'Vereinigung
                # Cockpit, the union', or 'the Transport Workers Union'): the organisation the text
                # introduced with that noun, not merely the one named last.
                introduced = self._name_of_noun(head) or self._introduced_org(lemma, sp.pos)
                if introduced is None and self._org_subject_above(head) is None:
                    # 'the firm' after 'Korvanta, the Dutch airline' (orgdesc25), unless a named body
                    # is the subject above it in its sentence (that rule, below, decides), or the
                    # body so introduced is only an object below a subject body (orgref29: 'Norvale
                    # has obtained financing from Deutsche Bank. The company said' is Norvale)
                    if len(words) <= 2 and (lemma in cues.generic_organization_heads or low in cues.generic_organization_heads):
                        introduced = self._subject_over_last_object(sp.pos, lemma)
                    introduced = introduced or self._introduced_org_of_class(_class_word(head, lemma), sp.pos)
                if introduced is not None:
                    (sp.canonical, sp.ent_id), sp.resolved = introduced, True
                    return
            if definite and words[0] == "the" and len(words) > 2 and head.tag_ == "NN" and (lemma in cues.generic_organization_heads or low in cues.generic_organization_heads):
                last = self._described_speaker_before(head)
                if last is not None:
                    # 'Reporters Sans Frontieres said ... "...," the press freedom organisation said':
                    # a generic body noun with only lower-case words of kind before it is an
                    # elegant variation for the body that made the statement just before.
                    sp.canonical, sp.ent_id, sp.resolved = last.canonical, last.ent_id, True
                    return
            if definite and len(words) <= 2 and (lemma in cues.generic_organization_heads or low in cues.generic_organization_heads or low in _DEFINITE_BODY_HEADS):
                # "the company", "the firm", "the body": the organisation named last.
                above = self._org_subject_above(head)
                if above is not None:
                    sp.canonical, sp.ent_id, sp.resolved = above.canonical, above.ent_id, True
                    return
                prev = self._last(("organization",), sp.pos)
                k = bisect.bisect_left(self.ctx.ent_start, sp.pos) - 1
                while k >= 0 and self.ctx.ent_label[k] != "ORG":
                    k -= 1
                after_prev = k >= 0 and (prev is None or self.ctx.ent_start[k] > prev.pos)
                subj = self._org_subject_before_object(k, prev, sp.pos, lemma) if after_prev else None
                if subj is not None:
                    # 'Calpine has obtained financing from Deutsche Bank and Credit Suisse. The
                    # company announced ...': the subject above, not the lender in the object.
                    (sp.canonical, sp.ent_id), sp.resolved = subj, True
                    return
                if after_prev and not self._is_outlet(self.ctx.ent_canon[k]) and not self._object_after_speaker(k, prev, sp.pos):
                    sp.canonical, sp.ent_id, sp.resolved = self.ctx.ent_canon[k], self.ctx.ent_id[k], True
                    return
                named = max(((self.ctx.text.rfind(n, 0, sp.pos), n) for n in self._org_named), default=(-1, ""))
                if named[0] >= 0 and (prev is None or named[0] > prev.pos) and (k < 0 or named[0] > self.ctx.ent_start[k]):
                    # 'Mining company Carrow announced ... according to the company': a name the
                    # entity model missed but the text showed to be an organisation's.
                    sp.canonical, sp.resolved = named[1], True
                    return
                if prev is not None:
                    sp.canonical, sp.ent_id, sp.resolved = prev.canonical, prev.ent_id, True
                    return
            if definite and len(words) <= 2:
                # 'the council' is the 'Kestrel Bay Council' of the article, named before or after.
                prev = self._named_org_with(low, sp.pos)
                if prev is not None:
                    sp.canonical, sp.ent_id, sp.resolved = self.ctx.ent_canon[prev], self.ctx.ent_id[prev], True
                    return
                name = self._capitalised_name_with(head.text) or self._place_body(low)
                if name:
                    sp.canonical, sp.resolved = name, True
                    return
                body = self._body_named_before(sp.pos, low, lemma)
                if body is not None:
                    # 'Fisheries and Oceans Canada closed the fishery. The department said ...'
                    (sp.canonical, sp.ent_id), sp.resolved = body, True
                    return
            if definite and len(words) == 2 and words[0] == "the" and lemma in ("government", "cabinet", "parliament"):
                country = self._recent_country(sp.pos)
                if country is not None:
                    # "Egypt says A and the government states B": the government of the country just named.
                    sp.canonical, sp.resolved = f"{head.text[:1].upper()}{head.text[1:].lower()} of {country}", True
                    return
            sp.canonical = self._named_after_person(head, _strip_det(np_text))
            return
        if lemma in cues.anonymous_heads or low in cues.anonymous_heads:
            sp.type = "anonymous"
            return
        if lemma in cues.person_heads:
            sp.type = "person" if definite and not self._unnamed_role(head, words) else "anonymous"
            return
        if head.pos_ == "NOUN" and _ROLE_SUFFIX.search(low):
            # 'the first British serviceman', 'a senior aircraftsman', 'a spokesperson': a role, no name.
            sp.type = "anonymous"
            return
        part = self._partitive_of(head)
        if part is not None and part.i != head.i:
            # 'twelve of the thirteen experts', 'a number of officials', 'most of the residents'.
            sub = _Speaker()
            self._description(sub, part, [t.lower_ for t in part.lefts] + [part.lower_], part.text)
            if sub.type in ("anonymous", "person") or _names_people(part):
                # ('58 per cent of voters', 'half of the Danes': a share of people the article does
                # not name, whatever the nationality's own reading as a country)
                sp.type, sp.plural = "anonymous", True
                return
        if head.pos_ in ("NOUN", "PROPN") and people.is_person_noun(low, lemma=lemma) and not (head.pos_ == "NOUN" and people.is_record_noun(low, also_person=False)):
            # 'Island councillors', 'a librarian', 'many employers', 'the protesters': people
            # described by role or group, with no name.
            sp.type = "anonymous"
            return
        if head.tag_ in ("NNS", "NNPS") and head.ent_type_ == "NORP" and people.is_faith_noun(low):
            # 'Some Shiites were reported as ...', 'Catholics say': the followers of a faith, people
            # the article does not name (a nation or a party stays a body).
            sp.type, sp.plural = "anonymous", True
            return
        if not definite and low in ("old", "olds") and any(c.lemma_.lower() == "year" and c.dep_ in ("npadvmod", "compound", "nmod") for c in head.children):
            # '"...," said a 19-year-old who would not give his name': an age used as a noun
            # describes a person with no name ('the 19-year-old' may point back to a named one).
            sp.type = "anonymous"
            return
        if self._share_of_people(head, words):
            # '44% of those asked believe ..., while 18% think that ...': a share of the people
            # counted thinks or says it, an unnamed group.
            sp.type, sp.plural = "anonymous", True
            return
        if head.pos_ == "NOUN" and not head.ent_type_ and not any(t.dep_ == "conj" for t in head.subtree if t.i < head.i) and (people.is_record_noun(low) or people.is_record_noun(lemma)):
            # 'A federal wiretap revealed that ...', 'The recent leak of the memo states ...': a
            # noun that no person, body or outlet rule claims and that names a text or record
            # (WordNet) is a document, not an unknown source. Not a word inside a name or a list of
            # sources ('The DWP, LAPD and Department of Homeland security').
            self._document(sp, head, definite=definite)
            return
        if head.pos_ == "NOUN" and not head.ent_type_ and _names_people(head) and not any(t.ent_type_ in ("ORG", "PERSON") for t in head.subtree if t.i < head.i):
            # 'Professionals in the capital say', 'a companion said': people described by a noun
            # that no list above holds but WordNet reads as people, with no name (dev guideline:
            # an unnamed source is anonymous). Not under a name ('a Microsoft subsidiary').
            sp.type, sp.plural = "anonymous", head.tag_ == "NNS"
            return
        # Only for the source of a cue ('speaking'; not a subject probed as a pronoun's antecedent:
        # 'A row broke out ... She accused him'), and only for a description: no name in the phrase
        # ('The 30A network', a capitalised 'The Nation' mid-sentence), none in apposition to it
        # ('Another opposition figure, Lim Guan Eng of the DAP', which the name rules resolve),
        # no count or quantifier (the bodies just named or none: 'both sides', 'the two sides',
        # 'no country').
        described = (
            speaking and head.pos_ == "NOUN" and not head.ent_type_
            and not (head.text[:1].isupper() and not head.is_sent_start)
            and not any(t.ent_type_ in ("ORG", "PERSON") or t.i < head.i and t.pos_ in ("PROPN", "NUM") and t.ent_type_ not in ("NORP", "GPE", "LOC") for t in head.subtree)
            and not any(c.dep_ in ("appos", "nummod", "predet", "quantmod") or c.lower_ in _QUANTIFIERS for c in head.children)
        )
        kind = people.agent_noun_kind(low, lemma=lemma) if described else None
        if described and kind is None and low.endswith("ing") and head.i > 0 and head.doc[head.i - 1].head.i == head.i and head.doc[head.i - 1].dep_ in ("amod", "compound") and not head.doc[head.i - 1].ent_type_:
            # 'a protester posing as a member of the press': a participle after the noun parsed as
            # the phrase's head and the noun as its modifier; the noun describes the speaker.
            before = head.doc[head.i - 1]
            kind = people.agent_noun_kind(before.lower_, lemma=before.lemma_.lower())
            head = before
        if kind in ("person", "group"):
            # 'The prosecution claimed that ...', 'the jury found that ...': the subject of a cue
            # says or thinks, so a noun no list above holds is read in its most frequent WordNet
            # sense that can (a person, or a group of people that is no body): unnamed people.
            sp.type, sp.plural = "anonymous", head.tag_ == "NNS" or kind == "group"
            return
        if kind == "organization":
            # 'The U.S. high command said ...': that sense is a body (WordNet's organisation) the
            # text names only by its description, which is its canonical (as 'an Iraqi
            # government commission').
            sp.type, sp.canonical = "organization", _strip_det(np_text)
            return
        sp.type = "unknown"

    def _described_speaker_before(self, head: Token) -> _Speaker | None:
        """The organisation that made the statement just before ``head`` (the last speaker, in
        this sentence or the two before it, a quotation opening a paragraph included), when ``head``'s phrase is
        'the' and lower-case words of kind or of place ('the press freedom organisation', 'the
        London-based rights group'). A name in the phrase describes another body."""
        ctx = self.ctx
        doc = ctx.doc
        lefts = [t for t in head.subtree if t.i < head.i]
        if len(lefts) < 2 or any(c.dep_ not in ("punct", "appos") for c in head.rights):
            return None  # 'the group holding him': a clause after the noun picks its own referent
        if lefts[0].lower_ != "the" or any(not (t.text.islower() and t.is_alpha or t.text == "-" or t.ent_type_ in ("GPE", "LOC", "NORP")) for t in lefts[1:]):
            return None
        last = next((h for h in reversed(self.history) if h.pos < head.idx and h.start is not None), None)
        if last is None or last.type != "organization" or not last.canonical or " and " in last.canonical:
            return None
        a = ctx.token_at(last.pos)
        if ctx.sent_of[a] < ctx.sent_of[head.i] - 2 or self.in_content(last.pos):
            return None
        return last

    def _body_noun(self, t: Token) -> bool:
        """Whether ``t`` is a singular noun for one body ('court', 'panel', 'trade group',
        'watchdog'): what 'it' can stand for when the text does not name the body."""
        cues = self.ctx.cues
        lemma = t.lemma_.lower()
        return t.pos_ == "NOUN" and t.tag_ == "NN" and (lemma in cues.organization_heads or lemma in _UNNAMED_BODY_HEADS)

    def _org_subject_above(self, head: Token) -> _Speaker | None:
        """The named organisation that is the subject of a clause above ``head`` in its sentence:
        'The Liberal Democrats were given 28 days to appeal, although the party said ...' -> the
        Liberal Democrats (the salient subject, before any body named in between). Only a proper
        name that the speaker rules type as one organisation; subjects inside quotations or another
        statement's content are topics."""
        ctx = self.ctx
        for subj in _subjects_above(ctx, head):
            if subj is None or subj.pos_ == "PRON":
                continue
            if subj.pos_ != "PROPN" or ctx.in_quote[subj.i] or self.in_content(subj.idx):
                return None
            found = self._speaker_aside(subj)
            if found.type == "organization" and found.canonical and " and " not in found.canonical:
                return found
            return None
        return None

    @functools.cached_property
    def _place_keys(self) -> frozenset[str]:
        """The countries the text names, as place keys of their entities' last words."""
        ctx = self.ctx
        return frozenset(_place_key(t.split()[-1]) for t, lab in zip(ctx.ent_text, ctx.ent_label) if lab == "GPE" and t.split())

    def _places_agree(self, places: set[str], k: int) -> bool:
        """Whether the person of entity row ``k`` may hold a role given with the place or
        nationality keys ``places``: yes unless the words that introduce them (the five before the
        name, an apposition after it) name places and none of them is one of ``places``."""
        own = self._places_of(k)
        return not own or any(_same_place(a, b) for a in own for b in places)

    def _places_of(self, k: int) -> set[str]:
        """The place keys of the words that introduce the person of entity row ``k`` (the five
        before the name, an apposition after it): 'Lazar Comanescu, the Romanian Foreign Affairs
        minister' -> {'romanian'}."""
        ctx, doc = self.ctx, self.ctx.doc
        t0 = ctx.token_at(ctx.ent_start[k])
        toks = [doc[j] for j in range(max(0, t0 - 5), t0) if not doc[j].is_punct or doc[j].text in (".",)]
        last = doc[ctx.token_at(ctx.ent_end[k] - 1)]
        for c in last.children:
            if c.dep_ == "appos" and c.i > last.i:
                toks.extend(c.subtree)
        own = set()
        for t in toks:
            if (_country_word(t) or _untagged_demonym(t, self._place_keys)) and not ctx.in_quote[t.i]:
                e = ctx.entity_at(t.idx, _tok_end(doc, t.i))
                own.add(_place_key(ctx.ent_text[e] if e is not None else t.text))
                if e is not None and t.text[:1].isupper() and t.lower_ not in ("republic", "kingdom", "state", "states", "united"):
                    own.add(_place_key(t.text))  # 'the Republic of Moldova' names Moldova (and agrees with 'Moldovan')
        return own

    def _sole_office_holder_of(self, place: str, char: int) -> tuple[str, int] | None:
        """The one person named before ``char`` (outside reported content) with an office whose
        introduction names the country ``place``: 'the Romanian official said' after 'Lazar
        Comanescu, the Romanian Foreign Affairs minister ... Moldovan Prime Minister Zinaida
        Grechany'. None when no one or several people qualify; a holder whose introduction names
        no country never does (it cannot show it is the same one)."""
        ctx, cues = self.ctx, self.ctx.cues
        found: dict[str, int] = {}
        for pos, w, canon, k in self.titled:
            if pos >= char or w not in cues.titles or self.in_content(pos) or ctx.in_quote[ctx.token_at(pos)] or self._named_in_current(canon):
                continue
            own = self._places_of(k)
            if own and any(_same_place(a, place) for a in own):
                found.setdefault(canon, k)
        # every person of the text named before with that country, office or not, counts against
        others = {ctx.ent_canon[k] for k, lab in enumerate(ctx.ent_label) if lab == "PERSON" and ctx.ent_start[k] < char and ctx.ent_canon[k] not in found and not self.in_content(ctx.ent_start[k]) and any(_same_place(a, place) for a in self._places_of(k))}
        if len(found) == 1 and not others:
            return next(iter(found.items()))
        return None

    def _speaker_places_agree(self, places: set[str], sp: _Speaker) -> bool:
        """:meth:`_places_agree` for a speaker of the history (true when it has no entity)."""
        if not places or sp.ent_id is None:
            return True
        k = next((k for k, e in enumerate(self.ctx.ent_id) if e == sp.ent_id), None)
        return k is None or self._places_agree(places, k)

    def _quantified_description(self, head: Token, words: list[str], *, named_ok: bool = False) -> bool:
        """Whether ``head`` is a common noun whose phrase opens with a quantifier or a count and
        names no one: 'Some manufacturers', 'Many western governments', 'two airlines', 'One
        Liberal MP'; not 'the two companies', "the firm's three partners" (definite), 'some
        Toyota dealers' or 'two Microsoft subsidiaries' (a name of their own). With ``named_ok`` a
        name before the head is allowed: it is the body of people described by their role ('One
        Liberal MP', 'two Microsoft engineers')."""
        doc = self.ctx.doc
        if head.pos_ not in ("NOUN", "PROPN") or not words or self.ctx.in_quote[head.i]:
            return False
        first = next((t for t in head.lefts if t.dep_ != "punct"), None)
        if first is None or first.lower_ != words[0]:
            return False
        counted = first.like_num and first.dep_ in ("nummod", "quantmod") and not re.fullmatch(r"(1[89]|20)\d\d", first.text)
        if words[0] not in _GROUP_QUANTIFIERS and not counted:
            return False
        if any(t.dep_ == "poss" or t.lower_ in ("the", "these", "those", "this", "that") for t in head.lefts):
            return False
        return named_ok or all(not (t.ent_type_ in ("ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART") or t.pos_ == "PROPN" and t.i != head.i and not _country_word(t) and t.ent_type_ != "NORP") for t in doc[first.i : head.i])

    def _quantified_bodies(self, sp: _Speaker, head: Token, words: list[str]) -> None:
        """Type a quantified or counted body description (``_quantified_description``): the
        bodies listed just before for 'all', 'both', 'each', 'every' or a count ('All three
        companies' after three names; 'both organisations' after two bodies named as subjects),
        else an unnamed group (anonymous, no canonical name)."""
        count = next((c for c in head.children if c.dep_ == "nummod"), None)
        listed = self._listed_bodies_before(head, count) if words[0] in _GROUP_JUST_NAMED or count is not None else None
        if listed is None and words[0] == "both" and head.tag_ == "NNS":
            listed = self._two_subject_bodies_before(head)  # 'Neither Hamas nor Hezbollah replied; both organisations insist'
        if listed is not None:
            sp.type, sp.canonical, sp.resolved, sp.plural = "organization", listed.canonical, True, True
        elif words[0] == "both":
            # 'Both parties said' with no two bodies in sight: two bodies the text meant, left as before
            a, b = _np_range(self.ctx, head)
            sp.type, sp.plural = "organization", True
            sp.canonical = self._named_after_person(head, _strip_det(self.ctx.text[self.ctx.doc[a].idx : _tok_end(self.ctx.doc, b - 1)]))
        else:
            sp.type, sp.plural = "anonymous", True

    def _two_subject_bodies_before(self, head: Token) -> _Speaker | None:
        """The two organisations 'both' + a plural body noun stands for: the last two distinct
        organisations named as subjects (or subjects' conjuncts) before it, in its sentence and
        the two before, outside quotations and reported content ('Danske Bank bought X. The Bank of
        Scotland also entered the market. Both banks have said ...'). A news outlet is none."""
        ctx, doc = self.ctx, self.ctx.doc
        here = ctx.sent_of[head.i]
        lo = ctx.sents[max(0, here - 2)].start
        hi = _np_range(ctx, head)[0]
        names: list[str] = []
        for i in range(lo, hi):
            t = doc[i]
            subject = t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass")
            if not subject or t.pos_ != "PROPN" or ctx.in_quote[i] or self.in_content(t.idx):
                continue
            k = ctx.entity_at(t.idx, _tok_end(doc, i))
            if k is None or ctx.ent_label[k] != "ORG" or self._is_outlet(ctx.ent_canon[k]):
                continue
            canon = ctx.ent_canon[k]
            if canon in names:
                names.remove(canon)
            names.append(canon)
        if len(names) < 2:
            return None
        found = _Speaker(joint_name(names[-2:]))
        found.type, found.canonical, found.plural = "organization", joint_name(names[-2:]), True
        return found

    def _no_name_in(self, head: Token) -> bool:
        """Whether the phrase of ``head`` holds no proper noun and no name of an organisation or
        person ('a retail industry trade group' does; 'a Microsoft subsidiary' does not). A
        place or nationality ('an Israeli company') describes the body without naming it."""
        for t in head.subtree:
            if t.i > head.i:
                break
            if t.ent_type_ in ("ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART") or t.pos_ == "PROPN" and not _country_word(t):
                return False
        return True

    def _share_of_people(self, head: Token, words: list[str]) -> bool:
        """Whether the phrase is a bare share or count with no noun ('18%', '60 percent', 'a
        third'), the subject of the cue: people counted in a poll or a crowd. A year ('2008
        saw') and a share of something named ('18% of the budget') are not."""
        doc = self.ctx.doc
        if head.lemma_.lower() in ("percent", "%", "per") or head.lower_ == "cent" and any(c.lower_ == "per" for c in head.children):
            pass
        elif not (head.like_num and head.pos_ == "NUM") or re.fullmatch(r"(1[89]|20)\d\d", head.text):
            return False
        if any(c.dep_ == "prep" for c in head.children):
            return False  # '18% of the budget': the thing's share, left to the other rules
        nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ not in ("%", "percent"):
            return False
        return len(words) <= 4

    def _unnamed_bodies(self, head: Token) -> bool:
        """Whether ``head`` is a plural organisation noun with no name and no count: 'Human rights
        groups', 'Opposition parties', 'Thai opposition parties', 'The involved parties' (a set of
        unnamed bodies, typed anonymous by the guideline's reading of unnamed groups). 'Both
        parties', 'the two companies', 'All political parties' and 'the parties' (which refer to
        bodies just named) are not; nor is a name ('the Teamsters unions').
        """
        if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.lemma_.lower() not in _UNNAMED_GROUP_HEADS:
            return False
        lefts = [t for t in head.lefts if t.dep_ not in ("punct",)]
        if any(t.dep_ in ("nummod", "predet", "quantmod", "poss") or t.lower_ in ("both", "all", "these", "those", "each", "two", "three") for t in lefts):
            return False
        if any(t.ent_type_ in ("ORG", "PERSON") for t in head.subtree if t.i < head.i):
            return False
        if any(t.lower_ in _BROADCAST_WORDS for t in lefts):
            return False  # 'news agencies', 'television companies': outlets, unnamed
        mods = [t for t in lefts if t.dep_ != "det"]
        if any(t.dep_ == "det" and t.lower_ == "the" for t in lefts) and not mods:
            return False  # 'the parties said': the bodies named before
        return True

    def _demonym(self, sp: _Speaker, head: Token, a: int, b: int, ent: int | None) -> bool:
        """'The Rhode Islander said', 'the Texan added': a person described by where they are from.

        Only 'the' and a capitalised singular demonym (a NORP entity, or a proper noun with a
        demonym ending that is no name of the text). It stands for the person quoted or made
        subject last, within three sentences, as 'the billionaire' does; with nobody in sight it
        is an unnamed person. Fills ``sp`` and returns True when the phrase is such a demonym.
        """
        ctx, doc = self.ctx, self.ctx.doc
        if b - a < 2 or doc[a].lower_ != "the" or head.tag_ != "NNP" or not head.text[:1].isupper() or head.text.isupper():
            return False
        if any(doc[i].pos_ != "PROPN" or doc[i].lower_ in ctx.cues.titles or doc[i].lower_ in ctx.cues.person_heads for i in range(a + 1, b)) or b - a > 3 or head.i != b - 1:
            return False  # 'the Prime Minister' is an office (the titles' rules), not a demonym
        name = ctx.text[doc[a + 1].idx : _tok_end(doc, b - 1)]
        if ent is not None:
            if ctx.ent_label[ent] != "NORP" or ctx.ent_start[ent] > doc[a + 1].idx:
                return False
        elif not head.lower_.endswith(_DEMONYM_END) or head.lower_ in _NAMED_DOCUMENTS or people.is_document_noun(head.lower_) or head.lower_ in ctx.cues.document_heads or head.lower_ in ctx.cues.organization_heads or people.is_organization_name(head.text):
            return False  # 'the City Charter', 'the Chamber': a document's or body's name
        elif name in ctx.surnames or name in ctx.person_names or name in self.name_label or self._is_outlet(name) or people.given_name_gender(head.text) is not None:
            return False
        if people.is_organization_name(name, extra_words=self._org_words) or name.lower() in ctx.cues.media_outlets or f"the {name.lower()}" in ctx.cues.media_outlets:
            return False
        sp.text, sp.start, sp.end, sp.pos = ctx.text[doc[a].idx : _tok_end(doc, b - 1)], doc[a].idx, _tok_end(doc, b - 1), doc[a].idx
        sp.type = "person"
        prev = self._last(("person",), sp.pos)
        here = ctx.sent_of[head.i]
        if prev is not None and " and " not in prev.canonical and ctx.sent_of[ctx.token_at(prev.pos)] >= here - 3 and not self._named_in_current(prev.canonical):
            sp.canonical, sp.ent_id, sp.resolved = prev.canonical, prev.ent_id, True
        else:
            sp.type = "anonymous"
        self.history.append(sp)
        return True

    def _spelling_variant(self, name: str, ent: int) -> str | None:
        """The full name of the text that ``name`` (entity row ``ent``) misspells, or None.

        'Iranian President Mohammad Khatami ... President Khatmi said': a surname one edit away
        from the surname of exactly one full name, written with a role that person holds;
        'Mohammad Khatmi' with the same given name. Short surnames (under five letters) and
        surnames of another person of the text are never merged ('Rand Paul' is not 'Ron Paul',
        'Ann Lee' not 'Ann Lew')."""
        ctx = self.ctx
        words = name.split()
        if not 1 <= len(words) <= 2 or len(words[-1]) < 5 or ctx.surnames.get(words[-1], name) != name:
            return None
        roles = {w for pos, w, _, k in self.titled if k == ent and w in ctx.cues.titles}
        found = set()
        for full in ctx.person_names:
            parts = full.split()
            if len(parts) < 2 or full == name or not _one_edit(parts[-1], words[-1]):
                continue
            if len(words) == 2:
                if parts[0] == words[0]:
                    found.add(full)
            elif roles and any(w in roles for _, w, c, _ in self.titled if c == full):
                found.add(full)
        return found.pop() if len(found) == 1 else None

    def _joint_descriptions(self, sp: _Speaker, head: Token) -> None:
        """Bodies described together speak jointly, each resolved on its own: 'Henco Industries
        began building ... The government and the developer claim ...' -> 'government and Henco
        Industries'. Only 'the NOUN and the NOUN' (two or three definite organisation nouns),
        and only when one of them is resolved to a name; else the speaker is left as it was."""
        ctx, doc = self.ctx, self.ctx.doc
        members = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > head.i)]
        if not 2 <= len(members) <= 3 or any(not any(c.dep_ == "det" and c.lower_ == "the" for c in m.children) for m in members):
            return
        names, resolved = [], False
        for m in members:
            own = [t for t in m.lefts if t.dep_ in ("det", "amod", "compound")]
            words = [t.lower_ for t in own] + [m.lower_]
            a = own[0].i if own else m.i
            sub = _Speaker(pos=doc[a].idx)
            self._description(sub, m, words, ctx.text[doc[a].idx : _tok_end(doc, m.i)])
            if sub.type != "organization" and len(words) == 2 and (m.lemma_.lower() in ctx.cues.generic_organization_heads or m.lower_ in ctx.cues.generic_organization_heads):
                # 'the developer' beside 'the government': a firm, the organisation named last
                k = bisect.bisect_left(ctx.ent_start, sub.pos) - 1
                while k >= 0 and ctx.ent_label[k] != "ORG":
                    k -= 1
                if k >= 0 and not self._is_outlet(ctx.ent_canon[k]):
                    sub.type, sub.canonical, sub.resolved = "organization", ctx.ent_canon[k], True
            if sub.type != "organization":
                return  # a person or an unnamed group among them: not this rule
            resolved = resolved or (sub.resolved and sub.canonical.lower() != _strip_det(doc[a : m.i + 1].text).lower())
            name = sub.canonical if sub.resolved and sub.canonical else _strip_det(ctx.text[doc[a].idx : _tok_end(doc, m.i)])
            if " and " in name:
                return  # resolved to another joint source: too uncertain
            if name not in names:
                names.append(name)
        if resolved and len(names) == len(members):
            sp.canonical, sp.ent_id, sp.plural = joint_name(names), None, True

    def _plain_description(self, head: Token, words: list[str], place_words: set[str]) -> bool:
        """Whether ``head``'s phrase is 'the' + modifiers + the head with no name in it: its other
        words are places or nationalities ('the French minister', 'the top U.S. commander in
        Iraq'), titles, adjectives, numbers or common nouns, and a preposition before a place;
        no person's or body's name, possessor, clause, apposition or list (desc22)."""
        ctx, doc = self.ctx, self.ctx.doc
        toks = [t for t in head.subtree if t.i != head.i]
        if not toks or toks[0].lower_ != "the" or len(words) != len(toks) + 1:
            return False  # the speaker's phrase is the head's own ('According to the Guardian, the judge': no)
        for t in toks[1:]:
            if t.ent_type_ in ("PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW") or ctx.in_quote[t.i]:
                return False
            if t.dep_ in ("poss", "relcl", "acl", "appos", "conj", "cc", "punct", "det", "case") or t.pos_ in ("VERB", "AUX", "PRON", "PUNCT"):
                return False
            place = _country_word(t) or t.lower_ in place_words or t.ent_type_ in ("GPE", "NORP", "LOC")
            if t.pos_ == "PROPN" and not place and t.lower_ not in ctx.cues.titles:
                return False
            if t.pos_ == "ADP" and (t.i < head.i or not any(c.dep_ == "pobj" and (_country_word(c) or c.ent_type_ in ("GPE", "LOC")) for c in t.children)):
                return False
        return True

    def _sole_recent_person(self, prev: _Speaker, char: int) -> bool:
        """Whether ``prev`` is the only named person among the speakers of the three sentences
        before ``char``: a description with modifiers ('the former British leader') is taken for
        the current speaker only when no other person spoke just before (desc22)."""
        ctx = self.ctx
        here = ctx.sent_of[ctx.token_at(char)]
        names = {h.canonical for h in self.history if h.type == "person" and h.canonical and h.pos < char and ctx.sent_of[ctx.token_at(h.pos)] >= here - 3}
        return names == {prev.canonical}

    def _subject_person_before(self, head: Token, places: set[str]) -> tuple[str, int] | None:
        """The named person who is the subject of the sentence just before ``head``'s (same
        paragraph, outside quotations and reported content): the subject of its main verb or of
        a verb joined to it, never a name inside an object or a prepositional phrase. None when
        there is none, more than one, the text gave that person no office or rank before (the
        description elaborates a titled person: 'Lena Ortiz named ... The chief executive said'
        names nobody), or another role (an occupation
        outside the titles, 'Dr Ana Silva, a surgeon' is not 'the minister'; an office or rank is
        kept: 'General X' may be 'the commander'), or the places of the description disagree
        with the person's (desc22)."""
        ctx, doc = self.ctx, self.ctx.doc
        here = ctx.sent_of[head.i]
        ps = ctx.sentence_before(here, ctx.para_of(head.idx), same_paragraph=True)
        if ps is None:
            return None
        found: dict[str, int] = {}
        k = bisect.bisect_left(ctx.ent_start, ps.start_char)
        while k < len(ctx.ent_start) and ctx.ent_start[k] < ps.end_char:
            canon = ctx.ent_canon[k]
            if ctx.ent_label[k] == "PERSON" or canon in ctx.person_names:
                t = doc[ctx.token_at(ctx.ent_end[k] - 1)]
                verb = t.head
                main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
                if t.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and main and not ctx.in_quote[t.i] and not self.in_content(t.idx):
                    found[ctx.surnames.get(canon, canon) if " " not in canon else canon] = k
            k += 1
        if len(found) != 1:
            return None
        canon, k = next(iter(found.items()))
        cues = ctx.cues
        other = any(c == canon and pos < head.idx and w not in cues.titles and w != head.lower_ and (w in cues.person_heads or people.is_person_noun(w)) for pos, w, c, _ in self.titled)
        titled = any(c == canon and pos < head.idx and w in cues.titles and not people.is_courtesy_title(w) for pos, w, c, _ in self.titled)
        if other or not titled or self._named_in_current(canon) or self._holds_other_role(canon, (head.lemma_.lower(), head.lower_)) or places and not self._places_agree(places, k):
            return None
        return canon, k

    def _holds_other_role(self, canon: str, heads: tuple[str, ...]) -> bool:
        """Whether the text gave person ``canon`` a role (not a mere Mr or Dr) that is not ``heads``:
        'David Bernie, a speaker for the Council for Civil Liberties' is not 'the Prime Minister'."""
        for h in self.history:
            if h.canonical != canon or not h.title:
                continue
            title = h.title.lower().replace(".", " ").split()
            if all(people.is_courtesy_title(w) for w in title):
                continue
            if not any(w in title for w in heads):
                return True
        return False

    def _holder_named_next(self, head: Token) -> tuple[str, int] | None:
        """The person named as the speaker of the sentence after ``head``'s, outside quotations:
        'The Prime Minister has said ... Mr Howard said in an interview ...' -> John Howard.
        Only a name that is the subject of a reporting verb there and carries no other role."""
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        nxt = ctx.sent_of[head.i] + 1
        for k, lab in enumerate(ctx.ent_label):
            canon = ctx.ent_canon[k]
            if lab != "PERSON" and canon not in ctx.person_names:
                continue
            t = doc[ctx.token_at(ctx.ent_end[k] - 1)]
            if ctx.sent_of[t.i] != nxt or ctx.in_quote[t.i]:
                continue
            canon = ctx.surnames.get(canon, canon) if " " not in canon else canon
            verb = t.head
            if t.dep_ == "nsubj" and verb.pos_ == "VERB" and cues.verbs.get(verb.lemma_.lower()) not in (None, "quote_only") and not self._holds_other_role(canon, (head.lower_,)):
                return canon, k
            return None  # the first person named there is not its speaker
        return None

    def _named_after_person(self, head: Token, name: str) -> str:
        """A body known by its person's name without the possessive: "Franken's campaign" ->
        'Franken campaign' (as 'the Franken campaign' is written), "President Barack Obama's
        administration" -> 'Obama administration' (heads of ``_NAMED_AFTER_PERSON`` only: "Calloway's
        office" stays); any other name unchanged."""
        ctx = self.ctx
        poss = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if len(poss) != 1 or not name.endswith(head.text) or head.lower_ not in _NAMED_AFTER_PERSON:
            return name
        owner = poss[0]
        ent = ctx.entity_at(owner.idx, owner.idx + len(owner))
        person = ent is not None and (ctx.ent_label[ent] == "PERSON" or ctx.ent_canon[ent] in ctx.person_names)
        if not person and owner.text not in ctx.surnames:
            return name  # ('Al Franken ... Franken's campaign': a surname of the text, whatever its label here)
        inner = {t.i for t in owner.subtree}
        if any(t.i not in inner and t.i != head.i and t.dep_ not in ("det",) for t in head.subtree):
            return name  # "Franken's Senate campaign", "Smith's campaign for mayor": leave as written
        return owner.text + " " + head.text  # the surname only: 'President Barack Obama's administration' -> 'Obama administration'

    def _unnamed_role(self, head: Token, words: list[str]) -> bool:
        """Whether a definite description that no named person holds is an unnamed source.

        'The spokesperson commented', 'the official added': a role of the unnamed-roles list;
        'his lawyer', "the boy's mother": a role of a person's. An office ('the minister', 'the
        Sinn Féin President', "the Committee's Chairman") points to one identifiable person.
        """
        if people.is_unnamed_role(head.lower_) or people.is_unnamed_role(head.lemma_.lower()):
            return True
        for c in head.children:
            if c.dep_ != "poss":
                continue
            if c.pos_ == "PRON":
                return c.lower_ in ("his", "her", "their", "my", "your")  # 'his lawyer'; 'its chairman' is an office
            # "the boy's mother" is unnamed; "the Committee's Chairman" is the holder of an office.
            org = c.lemma_.lower() in self._org_words or c.lower_ in self._org_words or c.ent_type_ in ("ORG", "GPE", "NORP")
            return not org and (c.pos_ == "NOUN" and people.is_person_noun(c.lower_, lemma=c.lemma_.lower()) or c.ent_type_ == "PERSON")
        return False

    def _common_noun_entity(self, ent: int, head: Token) -> bool:
        """Whether entity row ``ent`` is a plural common noun the model took for a name.

        'Neighbours said ...', 'Paramedics told ...': a capitalised person noun in the plural
        opening a sentence is tagged ORG (or even GPE: 'Eyewitnesses reported') by the small
        model; it is an unnamed group of people. So are the followers of a faith, which the model
        tags NORP wherever they stand ('Some Shiites were reported as ...', 'Catholics say'):
        they are no body, unlike a nation or a party.
        """
        ctx = self.ctx
        if ctx.ent_label[ent] not in ("ORG", "NORP", "PERSON", "GPE", "LOC") or " " in ctx.ent_text[ent] or head.tag_ not in ("NNS", "NNPS"):
            return False
        if ctx.ent_canon[ent] in ctx.person_names or self._is_outlet(ctx.ent_canon[ent]) or people.given_name_gender(head.text) is not None:
            return False
        low = head.lower_
        if ctx.ent_label[ent] == "NORP" and people.is_faith_noun(low):
            return True
        if ctx.ent_label[ent] in ("GPE", "LOC") and head.pos_ != "NOUN":
            return False
        return (head.pos_ == "NOUN" or self._sentence_initial(head)) and people.is_person_noun(low, lemma=head.lemma_.lower()) and low not in self._org_words

    def _partitive_of(self, head: Token) -> Token | None:
        """The noun a quantity stands for: 'twelve of the experts', 'a number of officials' -> experts, officials."""
        if not (head.like_num or head.pos_ in ("NUM", "PRON", "DET", "ADJ") or head.lemma_.lower() in ("number", "majority", "minority", "percent", "cent", "%", "half", "third", "quarter", "group", "handful", "dozen", "score", "lot", "couple")):
            return None
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                    return pobj
        return None

    def _comma_before_name(self, t0: int) -> int | None:
        """The comma that ends a role written before the name starting at token ``t0``
        ('minister, Vecdi Gonul', 'spokesman, Lt. Col. Barry Johnson': an abbreviated rank or
        an honorific may stand between); None when no comma is there."""
        doc = self.ctx.doc
        j = t0 - 1
        while j > 0 and (doc[j].text == "." or people.is_rank_abbreviation(doc[j].text) or people.is_courtesy_title(doc[j].text)):
            j -= 1
        return j if j > 0 and doc[j].text == "," else None

    def _conj_apposition(self, head: Token, t: Token) -> bool:
        """Whether ``t``, a conjunct of the role noun ``head``, is its apposed name: 'the President
        of France, Jacques Chirac (74) announced' (the parser coordinated the two). Only a
        singular role noun, its phrase ending at the comma before the name, and no 'and' or
        'or' among its conjuncts ('the minister, the mayor and Paul Henderson' is a list)."""
        cues = self.ctx.cues
        if t.dep_ != "conj" or t.head.i != head.i or t.i < head.i or t.pos_ != "PROPN" or head.tag_ not in ("NN", "NNP"):
            return False
        lemma = head.lemma_.lower()
        if not (head.lower_ in cues.titles or lemma in cues.titles or lemma in cues.person_heads) or lemma in self._org_words:
            return False
        if any(c.dep_ in ("cc", "preconj") for c in head.children) or any(c.dep_ in ("cc", "conj") for c in t.children):
            return False
        first = t.left_edge.i
        comma = self._comma_before_name(first)
        return comma is not None and max(x.i for x in head.subtree if x.i < comma) == comma - 1

    def _holder_before_role(self, head: Token, a: int) -> int | None:
        """The entity row of the person named right before a subject role phrase starting at token
        ``a`` and a comma: 'J.D. Crouch, the USA's Deputy National Security Advisor to President Bush
        told CNN' (the parser hung the name on the verb and made the role its subject). The name
        must hang on the role's verb or on the role itself, outside quotations, with no 'and'/'or'
        between; None otherwise."""
        ctx, doc = self.ctx, self.ctx.doc
        if head.dep_ not in ("nsubj", "nsubjpass") or a < 2 or doc[a - 1].text != "," or ctx.in_quote[a - 1]:
            return None
        k = ctx.entity_at(doc[a - 2].idx, _tok_end(doc, a - 2))
        if k is None or ctx.ent_end[k] != _tok_end(doc, a - 2) or not (ctx.ent_label[k] == "PERSON" or ctx.ent_canon[k] in ctx.person_names):
            return None
        if people.is_role_only(ctx.ent_canon[k], titles=ctx.cues.titles) or self._org_shaped(k):
            return None
        t0 = ctx.token_at(ctx.ent_start[k])
        name = doc[a - 2]
        while name.head.i in range(t0, a - 1) and name.head.i != name.i:
            name = name.head
        if name.head.i not in (head.head.i, head.i) or name.dep_ in ("conj", "dobj", "pobj"):
            return None  # (a second subject of the same verb is the parser's doing: the name is the subject)
        if t0 > 0 and doc[t0 - 1].lower_ in ("and", "or", "&"):
            return None
        if any(t.lower_ in ("and", "or") and t.dep_ == "cc" and t.head.i == head.i for t in head.children):
            return None
        return k

    def _name_after_role(self, head: Token, comma: int) -> int | None:
        """The entity row of a person named between the comma at token ``comma`` after the role
        noun ``head`` and a second comma ('according to the health minister, Anna Blake, the ...');
        None when the role is no title or no such name is written."""
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        lemma = head.lemma_.lower()
        if head.tag_ not in ("NN", "NNP") or not (head.lower_ in cues.titles or lemma in cues.titles or lemma in cues.person_heads) or lemma in self._org_words:
            return None
        j = comma + 1
        while j < len(doc) and (doc[j].text == "." or people.is_rank_abbreviation(doc[j].text) or people.is_courtesy_title(doc[j].text)):
            j += 1
        if j >= len(doc):
            return None
        k = ctx.entity_at(doc[j].idx, _tok_end(doc, j))
        if k is None or ctx.ent_start[k] != doc[j].idx or not (ctx.ent_label[k] == "PERSON" or ctx.ent_canon[k] in ctx.person_names):
            return None
        end = ctx.token_at(ctx.ent_end[k] - 1) + 1
        if end >= len(doc) or doc[end].text != "," or ctx.in_quote[j]:
            return None
        return k

    def _named_after_role(self, k: int) -> bool:
        """Whether entity row ``k``, labelled otherwise by the model, is the person a role
        before it and a comma introduces: 'said Turkish defense minister, Vecdi Gonul' (tagged
        ORG), 'says the current president, Ricardo Lagos' (tagged GPE).

        The name must be the parser's apposition of a singular title noun ('minister',
        'spokesman', 'president') whose phrase ends at the comma. Other nouns for people name
        firms as often ('its rival, Delta Air Lines', 'the team's sponsor, Red Bull'), and a name
        with an organisation word in it or a one-word name is no person by this rule.
        """
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        canon = ctx.ent_canon[k]
        words = canon.split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() or w.lower() in ("al", "el", "bin", "van", "von", "de", "da", "di", "du", "del", "la", "le") or w[:3].lower() in ("al-", "el-") for w in words):
            return False
        if people.is_organization_name(canon, extra_words=self._org_words) or self._is_outlet(canon):
            return False
        t0, t1 = ctx.token_at(ctx.ent_start[k]), ctx.token_at(ctx.ent_end[k] - 1)
        comma = self._comma_before_name(t0)
        if comma is None or ctx.in_quote[t0]:
            return False
        name = doc[t1]
        while name.head.i in range(t0, t1 + 1) and name.head.i != name.i:
            name = name.head
        role = name.head
        if name.dep_ != "appos" or role.i >= comma or role.pos_ not in ("NOUN", "PROPN") or role.tag_ not in ("NN", "NNP"):
            return False
        if max(t.i for t in role.subtree if t.i < comma) != comma - 1:
            return False  # the role's phrase must end at the comma
        lemma = role.lemma_.lower()
        if lemma in self._org_words or role.lower_ in self._org_words:
            return False
        return role.lower_ in cues.titles or lemma in cues.titles or lemma in cues.person_heads

    def _role_word(self, t: Token) -> bool:
        """Whether a word names a role or a kind of person ('reporter', 'Senator', 'diagnostician')."""
        cues = self.ctx.cues
        low, lemma = t.lower_, t.lemma_.lower()
        if people.is_courtesy_title(t.text):
            return False
        return low in cues.titles or lemma in cues.titles or lemma in cues.person_heads or people.is_person_noun(low, lemma=lemma)

    def mention_role(self, k: int) -> tuple[str, str]:
        """The role written at one mention of a person (entity ``k``) and its organisation.

        Looked for, in this order, outside quotations: the words before the name inside its
        phrase ('reporter James Gill', 'Senator Charles Grassley of Iowa'), an apposition after it
        ('David Vitter, a Republican United States Senator from Louisiana'), a role before the name
        and a comma ('Plant disease diagnostician, Karen Rane'), and a relative clause that says
        what the person is ('Beattie, who has been the Premier of Queensland for ...'). A bare
        honorific ('Mr Beattie', 'Lord Malloch Brown') is no role. ('', '') when nothing is written.
        """
        ctx = self.ctx
        return self.role_at(ctx.token_at(ctx.ent_start[k]), ctx.token_at(ctx.ent_end[k] - 1))

    def role_at(self, t0: int, t1: int) -> tuple[str, str]:
        """The role written at the name in tokens ``t0..t1`` (see :meth:`mention_role`)."""
        ctx, doc = self.ctx, self.ctx.doc
        if ctx.in_quote[t0]:
            return "", ""
        span = range(t0, t1 + 1)
        name = doc[t1]
        while name.head.i in span and name.head.i != name.i:
            name = name.head
        # Words before the name that hang on it: 'Australian Foreign Minister Alexander Downer',
        # 'UN Secretary-General Ban Ki-moon' (a hyphenated word in three tokens).
        j = t0
        while j > 0 and not doc[j - 1].is_space and not ctx.in_quote[j - 1]:
            t = doc[j - 1]
            if t.head.i in range(j, t1 + 1) and t.dep_ in ("compound", "amod", "nmod"):
                j -= 1
            elif t.text in ("-", "‐") and j > 1 and not t.whitespace_ and not doc[j - 2].whitespace_ and doc[j - 2].head.i in range(j - 2, t1 + 1):
                j -= 2
            else:
                break
        toks = [doc[i] for i in range(j, t0)]
        while toks and (people.is_courtesy_title(toks[-1].text) or toks[-1].pos_ in ("VERB", "AUX")):
            toks = toks[:-1]  # 'Health Minister Dr Sarah Lim', 'an opposition official named X'
        while toks and people.is_courtesy_title(toks[0].text):
            toks = toks[1:]
        if toks and any(t.pos_ in ("NOUN", "PROPN") and self._role_word(t) for t in toks):
            return ctx.text[toks[0].idx : _tok_end(doc, toks[-1].i)], self._org_among(toks)
        role, role_toks = self._apposition_role(name)
        if not role:
            role, role_toks, _ = self._fronted_role(doc[t0])
        if not role:
            role, role_toks = self._relative_role(name)
        # An apposition must name a role or a kind of person: 'Neve Dekalim, one of the largest
        # settlements' and 'Rachel North (a pseudonym)' say no role.
        if not role or not any(t.pos_ in ("NOUN", "PROPN") and self._role_word(t) for t in role_toks) or role.lower().startswith("one of"):
            return "", ""
        role = clean_role(role)
        return (role, self._org_among(role_toks)) if role else ("", "")

    def _relative_role(self, name: Token) -> tuple[str, list[Token]]:
        """'Beattie, who has been the Premier of Queensland for seven years' -> 'Premier of Queensland':
        the predicate noun of a 'who is/was/has been' relative clause on a name, when it is a role."""
        ctx, doc = self.ctx, self.ctx.doc
        for rel in name.children:
            if rel.dep_ != "relcl" or rel.lemma_ != "be" or rel.i < name.i:
                continue
            if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in rel.children):
                continue
            attr = next((c for c in rel.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
            if attr is None or not self._role_word(attr):
                continue
            cut = attr.right_edge.i + 1
            for t in attr.subtree:
                if t.i > attr.i and (t.dep_ in ("relcl", "acl") or t.text in (",", ";", "(", "—")):
                    cut = min(cut, t.left_edge.i if t.dep_ in ("relcl", "acl") else t.i)
                if t.i > attr.i and t.dep_ == "prep" and t.head.i == attr.i and any(g.ent_type_ in ("DATE", "TIME") or g.dep_ == "pobj" and g.lemma_.lower() in _TIME_NOUNS for g in t.subtree):
                    cut = min(cut, t.i)  # 'the Premier of Queensland for seven-and-a-half years': how long, no role
            lo = attr.left_edge.i
            while lo < attr.i and doc[lo].dep_ == "det" and doc[lo].head.i == attr.i:
                lo += 1
            a, b = _trim(ctx, lo, cut)
            if b > a:
                return ctx.text[doc[a].idx : _tok_end(doc, b - 1)], [doc[i] for i in range(a, b)]
        return "", []
