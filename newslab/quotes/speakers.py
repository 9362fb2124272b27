"""Speakers: the mention, its title, its type, and the resolved (canonical) name."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from newslab import people
from newslab.entities import _org_part, builtin_aliases, strip_name
from newslab.quotes.parse import _Context, _np_range, _strip_det, _subject, _tok_end, _trim


# Head nouns that name a person by role ('serviceman', 'chairwoman', 'salespeople').
_ROLE_SUFFIX = re.compile(r"(?:man|woman|men|women|person|persons|people)$")

# Head words of documents the entity model tags ORG ('The United States Constitution').
_NAMED_DOCUMENTS = frozenset({"constitution", "charter", "treaty", "convention", "agreement", "accord", "act", "code", "declaration", "protocol", "manifesto"})
# A person's posts are the person speaking ('a Twitter post by Amy Cook').
_POSTS = frozenset({"tweet", "tweets", "post", "posts", "posting", "retweet"})

_NAMED_POLICE = re.compile(r"\b((?:[A-Z][\w'’-]+ )+)[Pp]olice\b")


def apply_aliases(cols: dict[str, list], aliases: Mapping[str, str] | None) -> dict[str, list]:
    """Map the speakers' canonical names, organisations and ``via`` through an alias table.

    The same table as the entities' (user aliases over :func:`newslab.entities.builtin_aliases`),
    so a name is spelt one way in entities, quotes, sources and figures. Names that are an
    alias target already are final; joint speakers ('A and B') are mapped name by name.

    Example:
        >>> apply_aliases({"speaker_canonical": ["Acme", "U.S. and Acme"], "via": [""] * 2}, {"acme": "Acme Corp"})["speaker_canonical"]
        ['Acme Corp', 'United States and Acme Corp']
    """
    table = {**builtin_aliases(), **{str(k).strip().lower(): str(v) for k, v in (aliases or {}).items()}}
    targets = set(table.values())

    def one(name: str) -> str:
        if name in targets:
            return name
        return table.get(name.lower(), table.get(strip_name(name).lower(), name))

    def fix(value: object) -> object:
        if not isinstance(value, str) or not value:
            return value
        out = one(value)
        if out == value and " and " in value:
            out = " and ".join(one(part) for part in value.split(" and "))
        return out

    for col in ("speaker_canonical", "speaker_org", "via"):
        if col in cols:
            cols[col] = [fix(v) for v in cols[col]]
    return cols


@dataclass
class _Speaker:
    text: str = ""
    start: int | None = None
    end: int | None = None
    canonical: str = ""
    type: str = "unknown"
    title: str = ""
    ent_id: int | None = None
    resolved: bool = False
    pos: int = 0  # char offset used for ordering in the history
    org: str = ""  # the organisation the speaker speaks for ('a spokesperson for BusCo' -> BusCo)
    gender: str = ""  # 'm' or 'f' when the text says (honorific, given name, 'chairwoman', an earlier pronoun)
    plural: bool = False  # a group ('residents', 'Smith and Jones'): 'they', never 'he' or 'she'


class _Resolver:
    """Types and resolves speaker mentions in text order, keeping a history."""

    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self.history: list[_Speaker] = []
        self._named_police: str | None = None
        self._police_checked = False
        # Titles given to people in the text ('Argentine president Fernández' -> president).
        # Any common noun used as a person's descriptor counts ('US financier Bernard Madoff' ->
        # 'the financier'), so later definite descriptions can be matched against it.
        self.titled: list[tuple[int, str, str, int]] = []  # (char, title word, canonical, ent row)
        self.descriptors: set[str] = set()
        # Reported content (quotations and indirect clauses): people named there are topics of
        # the statement, not likely antecedents of a later 'he said'. Set by the caller.
        self.content_starts: list[int] = []
        self.content_ends: list[int] = []
        self.current: tuple[int, int] | None = None  # the span whose speaker is being resolved
        doc = ctx.doc
        cues = ctx.cues
        for k, lab in enumerate(ctx.ent_label):
            if lab != "PERSON":
                continue
            t0 = ctx.token_at(ctx.ent_start[k])
            j = t0 - 1
            while j >= 0 and j >= t0 - 5 and not doc[j].is_punct and doc[j].lower_ not in ("the", "a", "an"):
                w = doc[j].lower_
                if w in cues.titles or w in cues.person_heads or (doc[j].pos_ == "NOUN" and doc[j].dep_ in ("compound", "nmod", "amod")):
                    self.titled.append((ctx.ent_start[k], w, ctx.ent_canon[k], k))
                j -= 1
            # Apposed titles: "Fernández, the president, ..."
            h = doc[ctx.token_at(ctx.ent_end[k] - 1)]
            for c in h.children:
                if c.dep_ == "appos":
                    w = c.lemma_.lower()
                    if w in cues.titles or w in cues.person_heads or c.pos_ == "NOUN":
                        self.titled.append((ctx.ent_start[k], w, ctx.ent_canon[k], k))
        self.descriptors = {w for _, w, _, _ in self.titled}
        # The kind of each name in the text, for mentions the entity model missed ("Vodafone say").
        self.name_label: dict[str, str] = {}
        for c, lab in zip(ctx.ent_canon, ctx.ent_label):
            self.name_label.setdefault(c, lab)
        self._org_words = cues.organization_heads | cues.media_name_words | cues.generic_organization_heads
        # Gender known from the text: an honorific ('Ms Raman'), a gendered role ('chairwoman'),
        # later also a pronoun resolved to the person; else the given name decides (_gender_of).
        self.gender: dict[str, str] = {}
        for k, lab in enumerate(ctx.ent_label):
            canon = ctx.ent_canon[k]
            if lab != "PERSON" and canon not in ctx.person_names and self._person_shaped(k):
                # 'Marcus Hale' tagged ORG: a person by an honorific or a given name, for every rule below.
                ctx.person_names.add(canon)
                words = canon.split()
                if len(words) >= 2 and ctx.surnames.get(words[-1], canon) == canon and words[-1] not in ctx.person_names:
                    ctx.surnames[words[-1]] = canon
            if lab == "PERSON" or canon in ctx.person_names:
                g = self._gender_evidence(k)
                if g and canon not in self.gender:
                    self.gender[canon] = g

    def _person_shaped(self, k: int) -> bool:
        """Whether entity row k, labelled otherwise by the model, names a person.

        An honorific or a role noun right before it ('Mr Hale', 'chair Marcus Hale'), an apposition
        that is a person noun ('Marcus Hale, the association's chair'), or a known given name first
        ('Marcus Hale') with no organisation word in the name; never a news outlet.
        """
        ctx, doc = self.ctx, self.ctx.doc
        canon, lab = ctx.ent_canon[k], ctx.ent_label[k]
        if lab not in ("ORG", "PRODUCT", "WORK_OF_ART", "NORP", "GPE", "LOC", "FAC") or self._is_outlet(canon):
            return False
        if people.is_organization_name(canon, extra_words=self._org_words) or len(canon.split()) > 4:
            return False
        t0 = ctx.token_at(ctx.ent_start[k])
        last = doc[ctx.token_at(ctx.ent_end[k] - 1)]
        while t0 > 0 and doc[t0 - 1].pos_ == "PROPN" and doc[t0 - 1].dep_ == "compound" and doc[t0 - 1].head.i >= t0 and doc[t0 - 1].lower_ not in ctx.cues.titles and not doc[t0 - 1].ent_type_:
            t0 -= 1  # 'an attendee Om Prakash' with only 'Prakash' in the entity
        before = doc[t0 - 1] if t0 > 0 else None
        if before is not None and people.honorific_gender(before.text) is not None and before.text[:1].isupper():
            return True
        if people.leading_title_words(ctx.ent_text[k].split()):
            return True  # 'Broadcaster Piers Holloway' in one entity: a role before a given name
        if before is not None and before.dep_ == "compound" and before.lemma_.lower() not in self._org_words and (
            before.lower_ in self.ctx.cues.titles and before.pos_ in ("NOUN", "PROPN") or before.pos_ == "NOUN" and people.is_person_noun(before.lower_)
        ):
            return True  # 'association chair Marcus Hale', 'MP Tanya Davies', 'an attendee Om Prakash'
        for c in last.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN" and people.is_person_noun(c.lower_, lemma=c.lemma_.lower()) and c.lemma_.lower() not in self._org_words:
                return True
            if c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                return len(canon.split()) >= 2
        if lab not in ("ORG", "PRODUCT", "WORK_OF_ART", "NORP") or not people.looks_like_person_name(canon, extra_org_words=self._org_words):
            return False
        # A given name first is not enough on its own ('Rio Tinto', 'Morgan Stanley'): the surname
        # used alone elsewhere, or 'he'/'she' opening the next sentence, must back it.
        words = canon.split()
        for m in re.finditer(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", ctx.text):
            if not ctx.text[: m.start()].rstrip().endswith(words[-2]):
                return True
        here = ctx.sent_of[t0]
        if here + 1 < len(ctx.sents):
            nxt = ctx.sents[here + 1]
            return any(t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and not ctx.in_quote[t.i] for t in nxt[:4])
        return False

    def _gender_evidence(self, k: int) -> str:
        """'m' or 'f' from an honorific or a gendered role word next to entity row k, else ''."""
        ctx, doc = self.ctx, self.ctx.doc
        t0 = ctx.token_at(ctx.ent_start[k])
        first = ctx.ent_text[k].split(" ", 1)[0]
        if t0 > 0:
            before = doc[t0 - 1]
            g = people.honorific_gender(before.text) or (people.noun_gender(before.lower_) if before.pos_ == "NOUN" else None)
            if g in ("m", "f"):
                return g
        g = people.honorific_gender(first) if " " in ctx.ent_text[k] else None
        if g in ("m", "f"):
            return g
        last = doc[ctx.token_at(ctx.ent_end[k] - 1)]
        for c in last.children:
            if c.dep_ == "appos":
                g = people.noun_gender(c.lower_)
                if g:
                    return g
        return ""

    def _gender_of(self, canonical: str) -> str:
        """'m', 'f' or '' (unknown) for a person's canonical name."""
        if not canonical:
            return ""
        g = self.gender.get(canonical)
        if g is not None:
            return g
        first = canonical.split(" ", 1)[0]
        if len(canonical.split()) < 2:
            return ""  # a surname alone says nothing about gender
        g = people.given_name_gender(first) or ""
        return g if g in ("m", "f") else ""

    def _agrees(self, canonical: str, gender: str) -> bool:
        """Whether a person can be the antecedent of a pronoun of this gender ('' fits anyone)."""
        if not gender or " and " in canonical:
            return not (" and " in canonical and gender)
        known = self._gender_of(canonical)
        return not known or known == gender

    def _org_shaped(self, ent: int) -> bool:
        """Whether a name the model labelled PERSON is an organisation's.

        'Brightwater Engineering' (an organisation word in it), 'BusCo, which runs the
        routes' (a 'which' clause), 'BusCo, a bus operator' (an apposition that is no person).
        """
        ctx = self.ctx
        canon = ctx.ent_canon[ent]
        words = canon.split()
        if ctx.ent_label[ent] != "PERSON" or canon in self.gender or people.looks_like_person_name(canon):
            return False
        if people.is_organization_name(canon, extra_words=self._org_words) and not (len(words) == 2 and people.given_name_gender(words[0]) is not None):
            return True
        last = ctx.doc[ctx.token_at(ctx.ent_end[ent] - 1)]
        for c in last.children:
            if c.dep_ == "relcl" and any(g.lower_ == "which" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                return True
            if c.dep_ == "appos" and c.pos_ == "NOUN" and (c.lemma_.lower() in self._org_words or c.lower_ in self._org_words):
                return True
        return False

    def _spoken_for(self, head: Token, ent: int) -> bool:
        """Whether entity row ``ent`` is whom a role speaks for ('a spokesperson for BusCo'), not the role's holder."""
        ctx = self.ctx
        last = ctx.doc[ctx.token_at(ctx.ent_end[ent] - 1)]
        prep = last.head
        if last.dep_ != "pobj" or prep.lower_ not in ("for", "at", "from", "with", "to", "representing") or prep.head.i != head.i:
            return False
        first = prep.i + 1
        while first < last.i and ctx.doc[first].dep_ in ("det", "poss"):
            first += 1
        return ctx.token_at(ctx.ent_start[ent]) <= first

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
            if c.lower_ == "aged" or c.ent_type_ in ("GPE", "LOC") or c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG"):
                continue  # 'aged 71'; a place of origin; another name
            cut = c.right_edge.i + 1
            for t in c.subtree:
                if t.dep_ in ("relcl", "acl") and t.i > c.i or t.text in (",", ";", "(", "—") and t.i > c.i:
                    cut = min(cut, t.left_edge.i if t.dep_ in ("relcl", "acl") else t.i)
            lo = c.left_edge.i
            while lo < c.i and doc[lo].dep_ == "det" and doc[lo].head.i == c.i:
                lo += 1  # 'a public health researcher': the article of the role itself
            ta, tb = _trim(ctx, lo, cut)
            if tb > ta:
                return ctx.text[doc[ta].idx : _tok_end(doc, tb - 1)], [doc[i] for i in range(ta, tb)]
        return "", []

    def _has_person(self, text: str, start: int) -> bool:
        ctx = self.ctx
        k = bisect.bisect_left(ctx.ent_start, start)
        while k < len(ctx.ent_start) and ctx.ent_start[k] < start + len(text):
            if ctx.ent_label[k] == "PERSON" or ctx.ent_canon[k] in ctx.person_names:
                return True
            k += 1
        return False

    def _org_name(self, t: Token, *, any_name: bool = False, place_ok: bool = False) -> str:
        """The organisation a token of a role phrase names: an organisation entity, or an
        organisation noun that resolves to one named in the article ('the association' ->
        'Kestrel Bay Traders' Association'); '' when none. ``any_name`` also accepts a person
        or place ('a spokesperson for the mayor', 'for Canada')."""
        ctx, cues = self.ctx, self.ctx.cues
        ent = ctx.entity_at(t.idx, t.idx + len(t))
        if ent is not None and ctx.ent_start[ent] <= t.idx < ctx.ent_end[ent]:
            label, canon = ctx.ent_label[ent], ctx.ent_canon[ent]
            # A one-word 'person' that is no known person ('BusCo' tagged PERSON) is a firm's name.
            firm = label == "PERSON" and " " not in canon and canon not in ctx.surnames and people.given_name_gender(canon) is None
            if " " not in canon and (people.is_portfolio_word(canon) or canon.lower() in ctx.cues.titles or canon.lower() in self._org_words):
                return ""  # 'Defence Minister', 'Secretary of State': a portfolio, not an organisation; 'Group'
            if canon in ctx.person_names and not any_name:
                return ""  # "Hicks's lawyer": a person's, not an organisation's
            if label == "ORG" or firm or any_name and label in ("PERSON", "GPE", "NORP") or place_ok and label == "GPE":
                full = self._full_org_name(canon, ent) if label == "ORG" else None
                return ctx.ent_canon[full if full is not None else ent]
            return ""
        brand = t.text.isupper() and len(t.text) >= 2 or any(ch.isupper() for ch in t.text[1:]) and t.text.isalpha()
        if t.pos_ == "PROPN" and brand and t.text not in ctx.surnames and people.given_name_gender(t.text) is None and t.lower_ not in ctx.cues.titles:
            # A name the entity model missed, written as only a name is ('BusCo chief executive',
            # 'a DIMIA spokesman'), with its proper-noun compounds.
            lo = t.i
            while lo > 0 and ctx.doc[lo - 1].pos_ == "PROPN" and ctx.doc[lo - 1].dep_ == "compound" and ctx.doc[lo - 1].head.i <= t.i:
                lo -= 1
            return _strip_det(ctx.text[ctx.doc[lo].idx : _tok_end(ctx.doc, t.i)])
        lemma, low = t.lemma_.lower(), t.lower_
        if t.pos_ == "NOUN" and t.tag_ == "NN" and (lemma in cues.organization_heads or low in cues.organization_heads):
            k = self._named_org_with(lemma, t.idx)
            if k is not None:
                return ctx.ent_canon[k]
            return self._capitalised_name_with(t.text) or ""
        return ""

    def _named_org_with(self, word: str, char: int) -> int | None:
        """The organisation entity named outside quotations whose name holds ``word``: the
        last one before ``char``, else the first one after it (one name per article)."""
        ctx = self.ctx
        pattern = re.compile(rf"\b{re.escape(word)}\b")
        before = after = None
        for k in range(len(ctx.ent_start)):
            if ctx.ent_label[k] != "ORG" or ctx.in_quote[ctx.token_at(ctx.ent_start[k])] or self._is_outlet(ctx.ent_canon[k]):
                continue
            if not (pattern.search(ctx.ent_canon[k].lower()) or pattern.search(ctx.ent_text[k].lower())) or ctx.ent_start[k] <= char < ctx.ent_end[k]:
                continue
            if ctx.ent_start[k] < char:
                before = k
            elif after is None:
                after = k
        return before if before is not None else after

    def _capitalised_name_with(self, word: str) -> str | None:
        """The one capitalised name in the text that ends in ``word`` ('the association' ->
        'Kestrel Bay Traders' Association' when the entity model missed it); None if none or several."""
        if not word.isalpha():
            return None
        cap = word[:1].upper() + word[1:].lower()
        found = set()
        for m in re.finditer(rf"\b((?:[A-Z][\w’'.&-]*\s+)+){cap}\b", self.ctx.text):
            words = m.group(1).split()
            while words and words[0] in ("The", "A", "An", "In", "At", "On", "For", "By", "But", "And", "According"):
                words = words[1:]
            if words:
                found.add(" ".join(words) + " " + cap)
        return found.pop() if len(found) == 1 else None

    def _org_among(self, toks: list[Token]) -> str:
        """The first organisation named among the tokens of a title ('chair of the X Association')."""
        for t in toks:
            name = self._org_name(t)
            if name:
                return name
        for t in toks:
            # 'chief executive of BusCo' (tagged GPE): the object of a role's 'of', 'at' or 'for'.
            if t.dep_ == "pobj" and t.head.lower_ in ("of", "at", "for", "with"):
                name = self._org_name(t, place_ok=True)
                if name:
                    return name
        return ""

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

    def set_contents(self, spans: list[tuple[int, int]]) -> None:
        """Record the reported content of every statement (sorted char spans)."""
        spans = sorted(spans)
        self.content_starts = [a for a, _ in spans]
        self.content_ends = [b for _, b in spans]

    def in_content(self, char: int) -> bool:
        k = bisect.bisect_right(self.content_starts, char) - 1
        # Spans rarely nest; looking at the few that start just before is enough.
        return any(self.content_starts[j] <= char < self.content_ends[j] for j in range(max(0, k - 3), k + 1))

    def _named_in_current(self, canonical: str) -> bool:
        """Whether the statement being attributed names this person (it addresses or discusses them)."""
        if self.current is None or not canonical:
            return False
        ctx = self.ctx
        a, b = self.current
        k = bisect.bisect_left(ctx.ent_start, a)
        while k < len(ctx.ent_start) and ctx.ent_start[k] < b:
            c = ctx.surnames.get(ctx.ent_canon[k], ctx.ent_canon[k])
            if c == canonical or (ctx.ent_label[k] == "PERSON" and canonical.split()[-1] == c.split()[-1]):
                return True
            k += 1
        return False

    def named_police(self) -> str | None:
        if not self._police_checked:
            self._police_checked = True
            m = _NAMED_POLICE.search(self.ctx.text)
            if m:
                words = m.group(1).split()
                while words and words[0] in ("The", "A", "An"):
                    words = words[1:]
                if words:
                    self._named_police = " ".join(words) + " " + m.group(0).split()[-1]
        return self._named_police

    def speaker(self, head: Token, *, via_role: bool = False) -> _Speaker:
        """The speaker whose mention is headed by ``head``: typed, titled and resolved."""
        sp = self._speaker(head, via_role=via_role)
        if head.pos_ in ("NOUN", "PROPN") and sp.type in ("anonymous", "person") and not sp.canonical and not sp.org:
            self._role(sp, head)  # 'a spokesperson for BusCo': the organisation and the role
        if head.pos_ in ("NOUN", "PROPN"):
            sp.plural = sp.plural or head.tag_ in ("NNS", "NNPS") or (" and " in sp.canonical and sp.type == "person")
            if sp.type == "anonymous" and not sp.gender:
                sp.gender = people.noun_gender(head.lower_) or ""
        return sp

    def _speaker(self, head: Token, *, via_role: bool = False) -> _Speaker:
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        a, b = _np_range(ctx, head)
        sp = _Speaker()
        low = head.lower_
        if low in ("which", "who", "that", "whom") and not head.text.isupper():
            # A relative pronoun stands for the noun its clause modifies.
            for anc in head.ancestors:
                if anc.dep_ in ("relcl", "acl"):
                    return self.speaker(anc.head)
            # '..., a maritime border agreement, according to which ...': the parser lost the
            # clause; the noun before the comma that opens the prepositional phrase is meant.
            j = head.i - 1
            while j > 0 and doc[j].pos_ in ("ADP", "VERB") and doc[j].lower_ in ("according", "to", "in", "by", "under", "of", "from"):
                j -= 1
            if j < head.i - 1 and doc[j].text == "," and j > 0 and doc[j - 1].pos_ in ("NOUN", "PROPN"):
                return self.speaker(doc[j - 1])
        if (head.pos_ == "PRON" or low in cues.pronouns) and not (head.text.isupper() and len(head.text) > 1):
            if any(c.dep_ == "conj" for c in head.children) and cues.pronouns.get(low) == "person":
                # "Both he and Stephen Mold urged ...": a joint speaker.
                sp.text, sp.start, sp.end, sp.pos = ctx.text[doc[a].idx : _tok_end(doc, b - 1)], doc[a].idx, _tok_end(doc, b - 1), doc[a].idx
                sp.type, sp.canonical, sp.resolved = "person", self._joint(a, b), True
                self.history.append(sp)
                return sp
            sp.text, sp.start, sp.end = head.text, head.idx, head.idx + len(head)
            sp.pos = head.idx
            self._pronoun(sp, cues.pronouns.get(low, "thing"))
            return sp
        head_end = head.idx + len(head)
        ent = ctx.entity_at(head.idx, head_end)
        if ent is not None and not (ctx.ent_start[ent] <= head.idx < ctx.ent_end[ent]):
            ent = None
        head_lemma = head.lemma_.lower()
        np_text = ctx.text[doc[a].idx : doc[b - 1].idx + len(doc[b - 1])]
        words = [doc[i].lower_ for i in range(a, b)]
        sp.pos = doc[a].idx
        # An apposed name: "the company's chief executive, John Smith, said"; the parser
        # may hang it anywhere in the phrase ("the director of Amnesty International, Mariela Belski").
        # 'according to Investigate Magazine, another shareholder, X, had ...': the source phrase
        # ends at the comma; what the parser hangs on it as appositions is the content.
        according_to = head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"
        if ent is None or ctx.ent_label[ent] != "PERSON":
            lo, hi = head.left_edge.i, head.right_edge.i + 1
            for i in range(hi - 1, lo - 1, -1):
                t = doc[i]
                if t.dep_ == "appos":
                    e2 = ctx.entity_at(t.idx, t.idx + len(t))
                    if e2 is not None and ctx.ent_label[e2] == "ORG" and head_lemma not in cues.person_heads and head.lower_ not in cues.titles and not (ent is not None and ctx.ent_label[ent] in ("ORG", "GPE")) and ctx.ent_start[e2] <= t.idx < ctx.ent_end[e2]:
                        # 'The leading supplier of school uniforms, Lancashire-based manufacturer Trutex, ...'
                        sp.text, sp.start, sp.end, sp.pos = ctx.ent_text[e2], ctx.ent_start[e2], ctx.ent_end[e2], ctx.ent_start[e2]
                        sp.canonical, sp.ent_id = ctx.ent_canon[e2], ctx.ent_id[e2]
                        sp.type = "media" if self._is_outlet(sp.canonical) else "organization"
                        self.history.append(sp)
                        return sp
                    if e2 is not None and ctx.ent_label[e2] == "PERSON" and not (according_to and ent is not None):
                        e_tok = ctx.token_at(ctx.ent_start[e2])
                        ta, tb = _trim(ctx, lo, e_tok)
                        while ta < tb and doc[ta].dep_ == "det":
                            ta += 1
                        if tb > ta:
                            sp.title = ctx.text[doc[ta].idx : _tok_end(doc, tb - 1)]
                            sp.org = self._org_among([doc[i] for i in range(ta, tb)])
                        self._from_entity(sp, e2)
                        return sp
        if ent is None and (head.lower_ in cues.titles or head_lemma in cues.person_heads):
            # "Mayor of London Sadiq Khan": a title heading a phrase that holds the name.
            k = bisect.bisect_left(ctx.ent_start, head.idx)
            end_char = _tok_end(doc, b - 1)
            while k < len(ctx.ent_start) and ctx.ent_start[k] < end_char:
                if ctx.ent_label[k] == "PERSON" and ctx.ent_end[k] <= end_char and not self._spoken_for(head, k):
                    sp.title = ctx.text[doc[a].idx : ctx.ent_start[k]].strip(" ,")
                    sp.title = _strip_det(sp.title)
                    sp.org = self._org_among([doc[i] for i in range(a, ctx.token_at(ctx.ent_start[k]))])
                    self._from_entity(sp, k)
                    return sp
                k += 1
        if ent is None and (head.pos_ == "PROPN" or (head.text[:1].isupper() and head.text in ctx.surnames)):
            named = self._proper_name(sp, head)
            if named:
                return sp
        if ent is not None:
            label = ctx.ent_label[ent]
            canon = ctx.ent_canon[ent]
            if label == "LAW" or label == "WORK_OF_ART" or (label == "ORG" and head.lower_ in _NAMED_DOCUMENTS):
                sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
                sp.type, sp.canonical, sp.ent_id = "document", canon, ctx.ent_id[ent]
                self.history.append(sp)
                return sp
            if self._is_outlet(canon) and label in ("PERSON", "ORG", "GPE", "NORP"):
                # "Xinhua said": a news outlet, whatever label the entity model gave it.
                sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
                sp.type, sp.canonical, sp.ent_id = "media", canon, ctx.ent_id[ent]
                self.history.append(sp)
                return sp
            person = label == "PERSON" or canon in ctx.person_names or (label != "PERSON" and len(canon.split()) == 1 and canon in ctx.surnames)
            if person and not self._org_shaped(ent):
                self._from_entity(sp, ent)
                # Title: the words of the phrase before the name, without determiners and possessors.
                e_tok = ctx.token_at(sp.start)
                title_toks = [doc[i] for i in range(a, e_tok) if doc[i].dep_ not in ("det", "case", "punct") and not any(anc.dep_ == "poss" for anc in [doc[i], *doc[i].ancestors][:3] if anc.i < e_tok)]
                while title_toks and (title_toks[0].tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP") or title_toks[0].lemma_.lower() in cues.verbs):
                    title_toks = title_toks[1:]  # a cue the parser folded into the name phrase
                if title_toks and not sp.title:
                    sp.title = ctx.text[title_toks[0].idx : title_toks[-1].idx + len(title_toks[-1])]
                    sp.org = sp.org or self._org_among(title_toks)
                role, role_toks = self._apposition_role(head)
                if role and (not sp.title or all(people.is_courtesy_title(w) for w in sp.title.split())):
                    # 'Dr Priya Shah, a public health researcher at X': the role says more than 'Dr'.
                    sp.title = role
                    sp.org = self._org_among(role_toks) or sp.org
                if " and " in np_text:
                    sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
                    sp.canonical = self._joint(a, b)
                return sp
            sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
            sp.ent_id = ctx.ent_id[ent]
            full = self._full_org_name(canon, ent)
            if full is not None:
                canon, sp.ent_id, sp.resolved = ctx.ent_canon[full], ctx.ent_id[full], True
            whole = _strip_det(np_text)
            if whole.startswith(canon + " of ") and all(w[:1].isupper() or w in ("of", "and", "the", "for") for w in whole.split()):
                canon = whole  # "Progressive Party of Working People": the entity model cut the name at "of"
            elif (" and " in whole or " & " in whole) and canon in whole and not self._has_person(np_text, doc[a].idx) and all(w[:1].isupper() or w in ("of", "and", "the", "for", "&") for w in whole.split()):
                # 'Fisheries and Oceans Canada', 'Environment and Climate Change Canada': one name the
                # entity model cut at 'and' (two names joined stay together too, as a joint source).
                canon = whole
            sp.canonical = canon
            sp.type = "media" if self._is_outlet(canon) or head_lemma in cues.media_heads else "organization"
            self.history.append(sp)
            return sp
        mod = ctx.entity_at(doc[a].idx, head.idx) if a < head.i else None
        if mod is not None and head_lemma not in cues.document_heads and head.lower_ not in cues.document_heads:
            canon = ctx.ent_canon[mod]
            kind = ""
            if self._is_outlet(canon) or head_lemma in cues.media_heads:
                kind = "media"
            elif head_lemma in cues.anonymous_heads or head.lower_ in cues.anonymous_heads:
                kind = "anonymous"  # "a Japanese government source", "Chinese officials"
                if words and words[0] == "the" and any(w in (head_lemma, head.lower_) and pos < doc[a].idx for pos, w, _, _ in self.titled):
                    kind = ""  # "The White House spokesman" after "White House spokesman Tony Snow"
            elif head_lemma in cues.organization_heads:
                kind = "organization"
            if kind:
                sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
                sp.type = kind
                if kind == "media":
                    sp.canonical, sp.ent_id = canon, ctx.ent_id[mod]
                elif kind == "organization":
                    sp.canonical = _strip_det(np_text)
                self.history.append(sp)
                return sp
        sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
        self._description(sp, head, words, np_text)
        self.history.append(sp)
        return sp

    def _joint(self, a: int, b: int) -> str:
        ctx = self.ctx
        names = []
        for i in range(a, b):
            t = ctx.doc[i]
            if t.pos_ == "PRON" and ctx.cues.pronouns.get(t.lower_) == "person":
                tmp = _Speaker(t.text, t.idx, t.idx + len(t), pos=t.idx)
                self._pronoun(tmp, "person")
                self.history = [h for h in self.history if h is not tmp]
                if tmp.canonical:
                    names.append(tmp.canonical)
        k = bisect.bisect_left(ctx.ent_start, ctx.doc[a].idx)
        end = ctx.doc[b - 1].idx + len(ctx.doc[b - 1])
        while k < len(ctx.ent_start) and ctx.ent_start[k] < end:
            if ctx.ent_label[k] == "PERSON" and ctx.ent_canon[k] not in names:
                names.append(ctx.ent_canon[k])
            k += 1
        return " and ".join(names)

    def _from_entity(self, sp: _Speaker, ent: int) -> None:
        ctx = self.ctx
        sp.text, sp.start, sp.end = ctx.ent_text[ent], ctx.ent_start[ent], ctx.ent_end[ent]
        sp.text = re.sub(r"(?:['’]s|['’])$", "", sp.text)
        sp.canonical = ctx.ent_canon[ent]
        # First names the model left out of the entity ("Sadiq" + "Khan").
        doc = ctx.doc
        t0 = ctx.token_at(sp.start)
        j = t0 - 1
        while j >= 0 and doc[j].pos_ == "PROPN" and doc[j].dep_ == "compound" and doc[j].head.i >= t0 and doc[j].lower_ not in ctx.cues.titles and people.honorific_gender(doc[j].text) is None and not doc[j].ent_type_ in ("GPE", "LOC", "ORG", "NORP") and doc[j].whitespace_:
            j -= 1
        if j < t0 - 1:
            extra = ctx.text[doc[j + 1].idx : sp.start]
            sp.start = doc[j + 1].idx
            sp.text = extra + sp.text
            if not sp.canonical.endswith(sp.text):
                sp.canonical = sp.text
        # Titles the model put inside the name ("Sheriff Lee", "Dr. Anthony Fauci").
        words = sp.text.split(" ")
        k = 0
        while k < len(words) - 1 and (words[k].lower().strip(".") + ("." if words[k].endswith(".") else "") in ctx.cues.titles or words[k].lower() in ctx.cues.titles or people.honorific_gender(words[k]) is not None):
            k += 1
        if not k and len(words) >= 3:
            k = people.leading_title_words(words)  # 'Librarian Omar Haddad': a role before a given name
        if k:
            title = " ".join(words[:k])
            sp.title = sp.title or title
            sp.start += len(title) + 1
            sp.text = " ".join(words[k:])
            if sp.canonical.startswith(title + " "):
                sp.canonical = sp.canonical[len(title) + 1 :]
        if len(sp.canonical.split()) == 1 and sp.canonical in ctx.surnames:
            sp.canonical = ctx.surnames[sp.canonical]
        sp.end = sp.start + len(sp.text)
        sp.ent_id = ctx.ent_id[ent]
        sp.type = "person"
        sp.pos = sp.start
        self.history.append(sp)

    def _proper_name(self, sp: _Speaker, head: Token) -> bool:
        """A proper-noun speaker the entity model missed ("Trump", "Regina Ip", "WHO")."""
        ctx, doc = self.ctx, self.ctx.doc
        a = head.i
        # 'The Kestrel Bay Courier': compounds of compounds belong to the name too.
        while a - 1 >= 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].dep_ == "compound" and a <= doc[a - 1].head.i <= head.i:
            a -= 1
        a0 = a
        while a < head.i and (doc[a].lower_ in ctx.cues.titles or people.honorific_gender(doc[a].text) is not None):
            a += 1
        title = ctx.text[doc[a0].idx : _tok_end(doc, a - 1)] if a > a0 else ""
        name = ctx.text[doc[a].idx : head.idx + len(head)]
        if a == head.i and self._sentence_initial(head) and head.tag_ == "NNPS" or (head.text.endswith("s") and people.is_person_noun(head.lower_) and people.given_name_gender(head.text) is None and self._sentence_initial(head)):
            return False  # 'Insurers told ...': a capitalised common noun opening the sentence
        sp.text, sp.start, sp.end, sp.pos = name, doc[a].idx, head.idx + len(head), doc[a].idx
        law = ctx.entity_at(head.left_edge.idx, head.idx)
        if law is not None and ctx.ent_label[law] in ("LAW", "WORK_OF_ART"):
            # "17 U.S. Code § 1201 Circumvention of ...": the title of a statute or work.
            lo, hi = _np_range(ctx, head)
            lo = min(lo, ctx.token_at(ctx.ent_start[law]))
            sp.text = ctx.text[doc[lo].idx : _tok_end(doc, hi - 1)]
            sp.start, sp.end, sp.pos = doc[lo].idx, _tok_end(doc, hi - 1), doc[lo].idx
            sp.type, sp.canonical = "document", _strip_det(sp.text)
        elif self._is_outlet(name):
            sp.type, sp.canonical = "media", _strip_det(name)
        elif name in ctx.surnames:
            sp.type, sp.canonical = "person", ctx.surnames[name]
        elif self._org_entity_named(name) is not None:
            # 'Rio Tinto say' after 'Rio Tinto Group' and "Rio Tinto's": the organisation's full name.
            sp.type, sp.canonical = ("media" if self._is_outlet(name) else "organization"), self._org_entity_named(name)
        elif self.name_label.get(name) in ("ORG", "GPE", "NORP") or any(h.canonical == name and h.type in ("organization", "media") for h in self.history):
            # "Vodafone say ...": a name typed as an organisation elsewhere in the text stays one,
            # whatever the verb's number did to the tagger here.
            sp.type, sp.canonical = ("media" if self._is_outlet(name) else "organization"), name
        elif name.isupper() and len(name) >= 2:
            full = [c for c, lab in zip(ctx.ent_canon, ctx.ent_label) if lab in ("ORG", "GPE") and "".join(w[0] for w in c.split() if w[:1].isupper()) == name]
            sp.type, sp.canonical = "organization", (full[0] if full else name)
        elif head.lemma_.lower() in ctx.cues.organization_heads or head.lemma_.lower() in ctx.cues.media_heads or name.lower() in ctx.cues.titles or name.lower() in ctx.cues.anonymous_heads:
            return False  # "Ministry", "Spokesman": a description, not a name
        elif head.lower_ in ctx.cues.titles and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in head.children):
            return False  # "the Sinn Féin President": a title with its domain, not a name
        elif head.lower_ in _NAMED_DOCUMENTS:
            sp.type, sp.canonical = "document", _strip_det(name)  # 'The Kestrel Bay Charter says'
        elif people.is_organization_name(name, extra_words=self._org_words) and not people.looks_like_person_name(name):
            # 'According to Human Rights Watch': a name with an organisation word in it.
            sp.type, sp.canonical = "organization", _strip_det(name)
        else:
            sp.type, sp.canonical = "person", name
        if sp.type == "person" and title:
            sp.title = sp.title or title
        self.history.append(sp)
        return True

    def _org_entity_named(self, name: str) -> str | None:
        """The canonical name of an organisation mentioned elsewhere as exactly ``name``."""
        ctx = self.ctx
        longer = set()
        for k, lab in enumerate(ctx.ent_label):
            if lab != "ORG" or ctx.ent_canon[k] == name or ctx.ent_canon[k] in ctx.person_names:
                continue
            if strip_name(ctx.ent_text[k]) == name:
                return ctx.ent_canon[k]
            if _org_part(name, ctx.ent_canon[k]):
                longer.add(ctx.ent_canon[k])
        return longer.pop() if len(longer) == 1 and people.given_name_gender(name) is None else None

    def _sentence_initial(self, t: Token) -> bool:
        """Whether a token opens its sentence (after any quotation marks or brackets)."""
        i = t.i - 1
        while i >= 0 and (self.ctx.doc[i].is_quote or self.ctx.doc[i].text in "([" or self.ctx.doc[i].is_space):
            i -= 1
        return i < 0 or self.ctx.sent_of[i] != self.ctx.sent_of[t.i] or self.ctx.doc[i].text in (".", "!", "?", ":", ";")

    def _is_outlet(self, name: str) -> bool:
        low = _strip_det(name).lower()
        if low in self.ctx.cues.media_outlets or f"the {low}" in self.ctx.cues.media_outlets:
            return True
        words = low.split()
        if len(words) >= 2 and words[-1] == "agency" and words[-2] not in ("news", "press"):
            return False  # "International Atomic Energy Agency" is not a news agency
        # "The Chicago Tribune", "Kyodo News": a multiword name ending in a newspaper word.
        return len(words) >= 2 and words[-1] in self.ctx.cues.media_name_words and name[:1].isupper()

    def _is_issuer(self, head: Token, ent: int) -> bool:
        ctx = self.ctx
        for c in head.children:
            if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of")):
                lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
                if lo <= ctx.ent_start[ent] < hi:
                    return ctx.ent_label[ent] in ("PERSON", "ORG", "GPE", "NORP")
        return False

    def _description(self, sp: _Speaker, head: Token, words: list[str], np_text: str) -> None:
        cues = self.ctx.cues
        lemma = head.lemma_.lower()
        low = head.lower_
        definite = bool(words) and words[0] in ("the", "this", "that", "these", "those", "his", "her", "its", "their", "our")
        named = _strip_det(np_text).lower()
        if named in cues.media_outlets or f"the {named}" in cues.media_outlets:
            sp.type, sp.canonical = "media", _strip_det(np_text)
            return
        if low in cues.media_heads or lemma in cues.media_heads:
            if low not in cues.media_head_needs_name and lemma not in cues.media_head_needs_name and definite and len(words) <= 2:
                prev = self._last(("media",), sp.pos)
                sp.type = "media"
                if prev is not None:
                    sp.canonical, sp.ent_id, sp.resolved = prev.canonical, prev.ent_id, True
                return
        if low in cues.document_heads or lemma in cues.document_heads or (people.is_document_noun(low) and head.pos_ == "NOUN"):
            sp.type = "document"
            for c in head.children:
                if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")):
                    e = self.ctx.entity_at(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if c.dep_ == "poss" and e is None and (c.lemma_.lower() in cues.organization_heads or c.lower_ in cues.organization_heads):
                        # "The federal government's weekly summary": the possessor phrase is the issuer.
                        sp.canonical = _strip_det(self.ctx.text[c.left_edge.idx : _tok_end(self.ctx.doc, c.i)])
                        continue
                    if pobj is not None and pobj.lemma_.lower() in cues.organization_heads and (e is None or self.ctx.ent_label[e] in ("NORP", "GPE")):
                        # "Estimates by the Argentinian government": the issuer is the whole phrase.
                        sp.canonical = _strip_det(self.ctx.text[pobj.left_edge.idx : _tok_end(self.ctx.doc, pobj.i)])
                    elif e is not None:
                        sp.canonical, sp.ent_id = self.ctx.ent_canon[e], self.ctx.ent_id[e]
                    elif c.dep_ == "prep":
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if pobj is not None:
                            sp.canonical = _strip_det(self.ctx.text[pobj.left_edge.idx : pobj.right_edge.idx + len(pobj.right_edge)])
            if not sp.canonical and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX") and cues.verbs.get(head.head.lemma_.lower()) in (None, "quote_only") and head.head.lemma_.lower() not in ("cite",):
                # "The NFL released a statement saying ...": the subject that issued it (not
                # one that quotes or cites it: "the Asahi quoted the papers as saying").
                subj = _subject(head.head)
                if subj is not None and subj.pos_ in ("PROPN", "NOUN") and subj.dep_ == "nsubj":
                    e = self.ctx.entity_at(subj.idx, subj.idx + len(subj))
                    if e is not None and self.ctx.ent_label[e] in ("ORG", "PERSON", "GPE", "NORP"):
                        sp.canonical, sp.ent_id = self.ctx.ent_canon[e], self.ctx.ent_id[e]
                    elif subj.lemma_.lower() in cues.organization_heads:
                        a, b = _np_range(self.ctx, subj)
                        sp.canonical = _strip_det(self.ctx.text[self.ctx.doc[a].idx : _tok_end(self.ctx.doc, b - 1)])
            if not sp.canonical and definite:
                issuer = self._issuer_before(sp.pos, {lemma, low})
                if issuer is not None:
                    sp.canonical, sp.ent_id, sp.resolved = issuer.canonical, issuer.ent_id, True
            if sp.canonical and (lemma in _POSTS or low in _POSTS) and sp.canonical in self.ctx.person_names:
                sp.type = "person"  # 'a Twitter post by Amy Cook': a person's own words (dev guideline S3)
            return
        if lemma == "police" or low == "police":
            named_force = self.named_police()
            if named_force:
                sp.type, sp.canonical = "organization", named_force
            else:
                sp.type = "anonymous"
            return
        if definite and (lemma in cues.person_heads or lemma in cues.status_heads or low in cues.titles or lemma in self.descriptors or low in self.descriptors):
            best = None
            words_here = (lemma, low)
            titled = [(pos, canon, k) for pos, w, canon, k in self.titled if w in words_here and pos < sp.pos and not self._named_in_current(canon)]
            mods = [w for w in words[1:-1] if w in cues.titles and w not in ("former", "new", "acting", "interim", "senior")]
            if mods:
                # "the Prime Minister" is not "Interior Minister Jawad al-Bolani": the title's other words must agree.
                title_words: dict[int, set[str]] = {}
                for pos, w, canon, k in self.titled:
                    title_words.setdefault(pos, set()).add(w)
                titled = [(pos, canon, k) for pos, canon, k in titled if all(m in title_words.get(pos, ()) for m in mods)]
            # 'The president says ...' after 'President Bush says ...' and a paraphrase naming other
            # presidents: the speaker already quoted with that title is meant, then a name given that
            # title outside reported content, then any.
            named = {canon for _, canon, _ in titled}
            cands = [(pos, canon, k) for pos, canon, k in titled if not self.in_content(pos) and not self.ctx.in_quote[self.ctx.token_at(pos)]]
            for h in reversed(self.history):
                if h.type == "person" and h.canonical and h.pos < sp.pos and (h.canonical in named or (h.title and low in h.title.lower().split() and all(m in h.title.lower().split() for m in mods))) and not self._named_in_current(h.canonical):
                    cands.append((h.pos, h.canonical, next((k for _, c, k in reversed(titled) if c == h.canonical), None)))
                    break
            if cands:
                _, canon, k = max(cands, key=lambda c: c[0])
                best = (canon, k)
            elif titled:
                best = (titled[-1][1], titled[-1][2])
            if best is None:
                prev = self._last(("person",), sp.pos)
                if prev is not None and lemma in cues.titles and prev.title and lemma in prev.title.lower():
                    best = (prev.canonical, None)
                elif prev is not None and not titled and (low in cues.titles or lemma in cues.status_heads) and words[0] == "the" and len(words) == 2 and self.ctx.sent_of[self.ctx.token_at(prev.pos)] >= self.ctx.sent_of[self.ctx.token_at(sp.pos)] - 3 and not self._named_in_current(prev.canonical):
                    # "Mr Brown said ... However, the Chancellor insisted ...", "Gates said ... the
                    # billionaire added": a bare title or a noun of standing that no named person
                    # carries in the text is an elegant variation for the current speaker.
                    best = (prev.canonical, None)
            sp.type = "person"
            if best is not None:
                sp.canonical = best[0]
                sp.ent_id = self.ctx.ent_id[best[1]] if best[1] is not None else None
                sp.resolved = True
            return
        if low in cues.anonymous_heads and (lemma in cues.organization_heads or low in cues.organization_heads):
            sp.type = "anonymous"  # "Authorities say": unnamed officials, not a named body
            return
        if lemma in cues.organization_heads or low in cues.organization_heads:
            sp.type = "organization"
            if definite and len(words) <= 2 and (lemma in cues.generic_organization_heads or low in cues.generic_organization_heads):
                # "the company", "the firm": the organisation named last.
                prev = self._last(("organization",), sp.pos)
                k = bisect.bisect_left(self.ctx.ent_start, sp.pos) - 1
                while k >= 0 and self.ctx.ent_label[k] != "ORG":
                    k -= 1
                if k >= 0 and (prev is None or self.ctx.ent_start[k] > prev.pos) and not self._is_outlet(self.ctx.ent_canon[k]):
                    sp.canonical, sp.ent_id, sp.resolved = self.ctx.ent_canon[k], self.ctx.ent_id[k], True
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
                name = self._capitalised_name_with(head.text)
                if name:
                    sp.canonical, sp.resolved = name, True
                    return
            if definite and len(words) == 2 and words[0] == "the" and lemma in ("government", "cabinet", "parliament"):
                country = self._recent_country(sp.pos)
                if country is not None:
                    # "Egypt says A and the government states B": the government of the country just named.
                    sp.canonical, sp.resolved = f"{head.text[:1].upper()}{head.text[1:].lower()} of {country}", True
                    return
            sp.canonical = _strip_det(np_text)
            return
        if lemma in cues.anonymous_heads or low in cues.anonymous_heads:
            sp.type = "anonymous"
            return
        if lemma in cues.person_heads:
            sp.type = "person" if definite else "anonymous"
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
            if sub.type in ("anonymous", "person"):
                sp.type = "anonymous"
                return
        if head.pos_ in ("NOUN", "PROPN") and people.is_person_noun(low, lemma=lemma):
            # 'Island councillors', 'a librarian', 'many employers', 'the protesters': people
            # described by role or group, with no name.
            sp.type = "anonymous"
            return
        sp.type = "unknown"

    def _partitive_of(self, head: Token) -> Token | None:
        """The noun a quantity stands for: 'twelve of the experts', 'a number of officials' -> experts, officials."""
        if not (head.like_num or head.pos_ in ("NUM", "PRON", "DET", "ADJ") or head.lemma_.lower() in ("number", "majority", "minority", "percent", "%", "half", "third", "quarter", "group", "handful", "dozen", "score", "lot", "couple")):
            return None
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                    return pobj
        return None

    def _clause_subject(self, char: int) -> _Speaker | None:
        """A named person subject of a clause above the pronoun's own, earlier in its sentence."""
        ctx = self.ctx
        tok = ctx.doc[ctx.token_at(char)]
        verb = tok.head
        for _ in range(10):
            if verb.head.i == verb.i:
                return None
            nxt = verb.head
            if verb.dep_ in ("parataxis",) or ctx.sent_of[nxt.i] != ctx.sent_of[tok.i]:
                return None
            subj = next((c for c in nxt.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and c.i != tok.i), None)
            if subj is not None and subj.pos_ == "PRON" and ctx.cues.pronouns.get(subj.lower_) == "person":
                subj = None  # 'says he will meet ..., where he says': the chain goes on up
            elif subj is not None and subj.pos_ == "PRON":
                return None
            elif subj is not None and subj.ent_type_ != "PERSON" and not self._personal(subj):
                subj = None  # 'his job is to keep ...': a subject that is no one; go on up
            elif subj is not None and self.in_content(subj.idx) and not self.in_content(char):
                subj = None  # a subject inside another statement's content is its topic
            if subj is not None:
                ent = ctx.entity_at(subj.idx, subj.idx + len(subj))
                named = None
                for h in reversed(self.history):
                    if h.type == "person" and h.canonical and h.start is not None and h.start <= subj.idx < (h.end or 0):
                        named = h
                        break
                if named is not None and not self._named_in_current(named.canonical):
                    return named
                if ent is not None and ctx.ent_label[ent] == "PERSON" and ctx.ent_start[ent] <= subj.idx < ctx.ent_end[ent]:
                    canon = ctx.surnames.get(ctx.ent_canon[ent], ctx.ent_canon[ent])
                    if not self._named_in_current(canon):
                        return _Speaker(canonical=canon, type="person", ent_id=ctx.ent_id[ent])
                return None
            verb = nxt
        return None

    def _full_org_name(self, canon: str, ent: int) -> int | None:
        """The earlier full name of an organisation called by its head noun or its initials.

        'the Bank' after 'the Bank of England', 'the Ministry' after 'the Ministry of Health',
        'ICC' after 'International Criminal Court'; None when there is no such name.
        """
        ctx, cues = self.ctx, self.ctx.cues
        low = canon.lower()
        generic = len(canon.split()) == 1 and (low in cues.organization_heads or low in cues.generic_organization_heads)
        acronym = canon.isupper() and 2 <= len(canon) <= 6 and canon.isalpha()
        if not (generic or acronym):
            return None
        pattern = re.compile(rf"\b{re.escape(low)}\b") if generic else None
        for k in range(len(ctx.ent_start) - 1, -1, -1):
            if k == ent or ctx.ent_label[k] not in ("ORG", "GPE", "NORP", "FAC") or ctx.ent_canon[k] == canon:
                continue
            if ctx.ent_start[k] >= ctx.ent_start[ent] or ctx.in_quote[ctx.token_at(ctx.ent_start[k])]:
                continue  # an earlier mention outside quotations introduced the name
            name = ctx.ent_canon[k]
            if generic and len(name.split()) > 1 and pattern.search(name.lower()):
                return k
            if acronym and "".join(w[0] for w in name.split() if w[:1].isupper()) == canon:
                return k
        return None

    def _recent_org_subject(self, char: int, *, after: int) -> _Speaker | None:
        """The organisation that is the subject of one of the two sentences before ``char``."""
        ctx, doc, cues = self.ctx, self.ctx.doc, self.ctx.cues
        here = ctx.sent_of[ctx.token_at(char)]
        for si in range(here - 1, max(-1, here - 3), -1):
            sent = ctx.sents[si]
            if sent.start_char <= after:
                return None
            for t in sent:
                if t.dep_ not in ("nsubj", "nsubjpass") or t.head.head.i != t.head.i or ctx.in_quote[t.i]:
                    continue  # the subject of the main clause only
                ent = ctx.entity_at(t.idx, t.idx + len(t))
                if ent is not None and ctx.ent_label[ent] == "ORG" and ctx.ent_start[ent] <= t.idx < ctx.ent_end[ent]:
                    full = self._full_org_name(ctx.ent_canon[ent], ent)
                    k = full if full is not None else ent
                    return _Speaker(canonical=ctx.ent_canon[k], type="organization", ent_id=ctx.ent_id[k], pos=t.idx)
                low, lemma = t.lower_, t.lemma_.lower()
                det = next((c.lower_ for c in t.children if c.dep_ == "det"), "")
                if det == "the" and (lemma in cues.generic_organization_heads or low in cues.generic_organization_heads):
                    k = bisect.bisect_left(ctx.ent_start, t.idx) - 1
                    while k >= 0 and (ctx.ent_label[k] != "ORG" or ctx.in_quote[ctx.token_at(ctx.ent_start[k])] or self._is_outlet(ctx.ent_canon[k])):
                        k -= 1
                    if k >= 0:
                        return _Speaker(canonical=ctx.ent_canon[k], type="organization", ent_id=ctx.ent_id[k], pos=t.idx)
                return None
        return None

    def _issuer_before(self, char: int, words: set[str]) -> _Speaker | None:
        """The speaker of the previous sentences that named the same document.

        'In the ruling, the ICC said ... The ruling added ...': the ruling is the ICC's.
        """
        ctx = self.ctx
        here = ctx.sent_of[ctx.token_at(char)]
        for h in reversed(self.history):
            if h.pos >= char or h.type not in ("person", "organization", "media", "document") or not h.canonical:
                continue
            si = ctx.sent_of[ctx.token_at(h.pos)]
            if si < here - 2:
                return None
            if h.type == "document":
                # 'a statement from Siniora's office said ... The statement added ...': the same document.
                if h.end is not None and any(w in ctx.text[h.start : h.end].lower().split() for w in words):
                    return h
                continue
            sent = ctx.sents[si]
            # Only a document the speaker spoke in ('In the ruling, the ICC said'), not one cited.
            if any((t.lemma_.lower() in words or t.lower_ in words) and t.head.lower_ in ("in", "through", "via") for t in sent if not ctx.in_quote[t.i]):
                return h
        return None

    def _previous_main_subject(self, here: int, char: int) -> tuple[str, int | None, int] | None:
        """The named person that is the active main-clause subject of the sentence before."""
        ctx = self.ctx
        if here == 0:
            return None
        sent = ctx.sents[here - 1]
        if ctx.para_of(sent.start_char) < ctx.para_of(char) - 1:
            return None
        root = sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or ctx.in_quote[subj.i] or self.in_content(subj.idx) or root.lemma_.lower() in ctx.cues.verbs:
            return None  # a reporting verb's subject is already a speaker in the history
        tokens = [subj] + [c for c in subj.children if c.dep_ == "appos"]
        for t in tokens:
            ent = ctx.entity_at(t.idx, t.idx + len(t))
            if ent is None or not (ctx.ent_start[ent] <= t.idx < ctx.ent_end[ent]):
                continue
            canon = ctx.ent_canon[ent]
            if ctx.ent_label[ent] == "PERSON" or canon in ctx.surnames:
                full = ctx.surnames.get(canon, canon)
                if not self._named_in_current(full):
                    return full, ctx.ent_id[ent], t.idx
        return None

    def _recent_country(self, char: int) -> str | None:
        """The country (GPE) named last outside quotations, in this or the previous sentence."""
        ctx = self.ctx
        here = ctx.sent_of[ctx.token_at(char)]
        k = bisect.bisect_left(ctx.ent_start, char) - 1
        while k >= 0:
            tk = ctx.token_at(ctx.ent_start[k])
            if ctx.sent_of[tk] < here - 1:
                return None
            last = ctx.doc[ctx.token_at(ctx.ent_end[k] - 1)]
            # A country acting or owning ('Egypt says', "Egypt's"), not a place where something happens.
            if ctx.ent_label[k] == "GPE" and not ctx.in_quote[tk] and (last.dep_ in ("nsubj", "nsubjpass", "poss") or last.head.lower_ == "of"):
                return ctx.ent_canon[k]
            k -= 1
        return None

    def _personal(self, t: Token) -> bool:
        cues = self.ctx.cues
        lemma, low = t.lemma_.lower(), t.lower_
        return any(lemma in h or low in h for h in (cues.person_heads, cues.titles, cues.anonymous_heads)) or t.pos_ == "PROPN"

    def _last(self, types: tuple[str, ...], before: int) -> _Speaker | None:
        for sp in reversed(self.history):
            if sp.type in types and sp.pos < before and (sp.canonical or sp.type == "document"):
                return sp
        return None

    def _pronoun(self, sp: _Speaker, kind: str) -> None:
        """Resolve a personal pronoun to the nearest compatible speaker or subject.

        'he'/'she' agree in gender (known from an honorific, a gendered role, the given name
        or an earlier pronoun) and number (never a group); 'it' is an organisation, outlet or
        document; 'they' a group or an organisation. People named only inside quotations or
        reported clauses are never antecedents. When nothing fits, the speaker stays
        unresolved: ``canonical`` empty and type ``unknown``.
        """
        ctx = self.ctx
        if kind == "person":
            gender = people.pronoun_gender(sp.text) or ""
            sp.gender = gender

            def fits(canon: str) -> bool:
                return self._agrees(canon, gender)

            # The current speaker (the last one quoted) is the likeliest antecedent; a person the
            # statement itself names ("President Assad must understand ...") cannot be its speaker.
            prev = next((h for h in reversed(self.history) if h.type == "person" and h.pos < sp.pos and h.canonical and not h.plural and fits(h.canonical) and not self._named_in_current(h.canonical)), None)
            unnamed = next((h for h in reversed(self.history) if h.pos < sp.pos and h.type in ("person", "anonymous")), None)
            if unnamed is not None and (unnamed.plural or unnamed.end is not None and ctx.doc[ctx.token_at(unnamed.end - 1)].tag_ in ("NNS", "NNPS")):
                unnamed = None  # 'officials announced ..., he acknowledged': 'he' is one person
            if unnamed is not None and gender and unnamed.gender and unnamed.gender != gender:
                unnamed = None  # 'One woman said ... he added': not her
            if unnamed is not None and not unnamed.canonical and (prev is None or unnamed.pos > prev.pos) and ctx.sent_of[ctx.token_at(unnamed.pos)] >= ctx.sent_of[ctx.token_at(sp.pos)] - 1:
                # "One woman said ... She said ...": the pronoun continues an unnamed speaker.
                sp.type, sp.resolved, sp.org, sp.title = unnamed.type, True, unnamed.org, unnamed.title
                sp.gender = sp.gender or unnamed.gender
                self.history.append(sp)
                return
            k = bisect.bisect_left(ctx.ent_start, sp.pos) - 1
            cand = None
            here = ctx.sent_of[ctx.token_at(sp.pos)]
            bound = self._clause_subject(sp.pos)
            if bound is not None and fits(bound.canonical):
                # 'Bush says A, where he says B': a pronoun in a clause embedded under a person
                # subject of the same sentence is bound by that subject.
                sp.type, sp.canonical, sp.ent_id, sp.resolved, sp.title, sp.org = "person", bound.canonical, bound.ent_id, True, bound.title, bound.org
                self._learn(sp)
                self.history.append(sp)
                return

            def usable(k: int) -> bool:
                # People named inside quotations or reported clauses are topics, not speakers.
                ek = ctx.token_at(ctx.ent_start[k])
                canon = ctx.surnames.get(ctx.ent_canon[k], ctx.ent_canon[k])
                return not ctx.in_quote[ek] and not self.in_content(ctx.ent_start[k]) and not self._named_in_current(canon) and fits(canon)

            def is_person(k: int) -> bool:
                return ctx.ent_label[k] == "PERSON" and not self._org_shaped(k) or ctx.ent_canon[k] in ctx.surnames or ctx.ent_canon[k] in ctx.person_names

            # A speaker quoted in the last two sentences is the likeliest antecedent; else a person
            # named in the previous sentence of the paragraph (its subject if several); else a
            # person named as a subject after the last speaker.
            recent = prev is not None and ctx.sent_of[ctx.token_at(prev.pos)] >= here - 2
            topic = self._previous_main_subject(here, sp.pos)
            if topic is not None and fits(topic[0]) and (prev is None or topic[0] != prev.canonical) and (prev is None or topic[2] > prev.pos):
                # 'Ruddock is investigating the matter ... "I want to know," he said': a new person
                # as the main-clause subject of the sentence before takes over from the last speaker.
                sp.type, sp.canonical, sp.ent_id, sp.resolved = "person", topic[0], topic[1], True
                self._learn(sp)
                self.history.append(sp)
                return
            last_in_prev = None
            while not recent and k >= 0 and ctx.sent_of[ctx.token_at(ctx.ent_start[k])] >= here - 1:
                ek = ctx.token_at(ctx.ent_start[k])
                if ctx.sent_of[ek] == here - 1 and is_person(k) and usable(k) and ctx.para_of(ctx.ent_start[k]) == ctx.para_of(sp.pos):
                    tok = ctx.doc[ctx.token_at(ctx.ent_end[k] - 1)]
                    if tok.dep_ in ("nsubj", "nsubjpass"):
                        cand = k
                        break
                    if last_in_prev is None:
                        last_in_prev = k
                k -= 1
            if cand is None and not recent and here > 0 and ctx.para_of(ctx.sents[here - 1].start_char) == ctx.para_of(sp.pos):
                # A person named as the subject of the previous sentence in a mention the entity
                # model missed ('Wielgus denied them.'), known from another mention.
                for t in ctx.sents[here - 1]:
                    if t.dep_ == "nsubj" and t.pos_ == "PROPN" and not ctx.in_quote[t.i] and t.head.dep_ == "ROOT" and ctx.entity_at(t.idx, t.idx + len(t)) is None:
                        full = t.text if t.text in ctx.person_names else ctx.surnames.get(t.text)
                        if full and not self._named_in_current(full) and fits(full):
                            sp.type, sp.canonical, sp.resolved = "person", full, True
                            self._learn(sp)
                            self.history.append(sp)
                            return
            if cand is None:
                cand = last_in_prev
            k = bisect.bisect_left(ctx.ent_start, sp.pos) - 1
            while cand is None and not recent and k >= 0 and (prev is None or ctx.ent_start[k] > prev.pos):
                if ctx.ent_label[k] == "PERSON" and usable(k):
                    tok = ctx.doc[ctx.token_at(ctx.ent_end[k] - 1)]
                    if tok.dep_ in ("nsubj", "nsubjpass") and ctx.sent_of[tok.i] < here:
                        cand = k
                        break
                k -= 1
            sp.type = "person"
            if cand is not None:
                sp.canonical, sp.ent_id, sp.resolved = ctx.surnames.get(ctx.ent_canon[cand], ctx.ent_canon[cand]), ctx.ent_id[cand], True
            elif prev is not None:
                sp.canonical, sp.ent_id, sp.resolved = prev.canonical, prev.ent_id, True
                sp.title, sp.org = prev.title, prev.org
            else:
                # The last person named outside quotations and reported clauses who fits; else nobody.
                k = bisect.bisect_left(ctx.ent_start, sp.pos) - 1
                while k >= 0 and not (is_person(k) and usable(k)):
                    k -= 1
                if k >= 0:
                    sp.canonical, sp.ent_id, sp.resolved = ctx.surnames.get(ctx.ent_canon[k], ctx.ent_canon[k]), ctx.ent_id[k], True
                else:
                    sp.type = "unknown"  # nothing in the text fits: say so rather than guess
            self._learn(sp)
        elif kind in ("thing", "group"):
            prev = self._last(("media", "organization", "document"), sp.pos)
            subj = self._recent_org_subject(sp.pos, after=prev.pos if prev is not None else -1) if kind == "thing" else None
            if subj is not None:
                # 'The airline has also introduced plans ... It has said that ...': 'it' continues the
                # organisation that is the subject of the sentence before, when no speaker came since.
                prev = subj
            if kind == "group":
                # 'Residents said ... They added ...': a group of people quoted since is nearer.
                group = next((h for h in reversed(self.history) if h.pos < sp.pos and h.plural and h.type in ("person", "anonymous")), None)
                if group is not None and (prev is None or group.pos > prev.pos):
                    prev = group
            if prev is not None:
                sp.type, sp.canonical, sp.ent_id, sp.resolved = prev.type, prev.canonical, prev.ent_id, True
                sp.org, sp.plural = prev.org, kind == "group"
            else:
                sp.type = "unknown"
        self.history.append(sp)

    def _learn(self, sp: _Speaker) -> None:
        """Remember the gender a pronoun gave a person ('Jean Pellow ... she said': Jean is she here)."""
        if sp.gender and sp.canonical and " and " not in sp.canonical:
            self.gender.setdefault(sp.canonical, sp.gender)
