"""Speakers: the mention, its title, its type, and the resolved (canonical) name."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

from spacy.tokens import Token

from newslab import people
from newslab.entities import CALENDAR_WORDS, _initials, builtin_aliases, country_written_form, strip_name
from newslab.quotes.mention import _NAMED_DOCUMENTS, _TITLED_DOCUMENTS, _Speaker
from newslab.quotes.parse import _Context, _hyphen_compound_start, _hyphenated_start, _np_range, _strip_det, _tok_end, _trim, given_names_before
from newslab.quotes.speaker_orgs import _OrgRules
from newslab.quotes.speaker_pronouns import _PronounRules, quantified_subject
from newslab.quotes.speaker_roles import _RoleRules, _country_word, _place_key, _same_place
from newslab.sources import joint_name, map_joint_members

# Quotation marks around a title.
_TITLE_MARKS = frozenset({'"', "“", "”", "«", "»"})

# Participles that give a document its title: 'a letter titled "..."', 'a report entitled "..."'.
# Numbered parts of a document that speak for it ('Section 12 of the constitution says').
_DOCUMENT_PARTS = frozenset({"section", "subsection", "article", "clause", "paragraph", "chapter", "part", "annex", "appendix", "schedule", "page", "provision", "title", "amendment", "rule"})
_TITLING_VERBS = frozenset({"title", "entitle", "call", "name", "headline", "label", "caption"})

__all__ = ["_Resolver", "_Speaker", "apply_aliases", "one_country_form"]


def _alias_table(aliases: Mapping[str, str] | None) -> dict[str, str]:
    """The entities' alias table: user aliases (lower-case keys) over the built-in ones."""
    return {**builtin_aliases(), **{str(k).strip().lower(): str(v) for k, v in (aliases or {}).items()}}


def apply_aliases(cols: dict[str, list], aliases: Mapping[str, str] | None) -> dict[str, list]:
    """Map the speakers' canonical names, organisations and ``via`` through an alias table.

    The same table as the entities' (user aliases over :func:`newslab.entities.builtin_aliases`),
    so a name is spelt one way in entities, quotes, sources and figures. Names that are an
    alias target already are final; joint speakers ('A and B', 'A, B and C') are mapped name
    by name, in their written form.

    Example:
        >>> apply_aliases({"speaker_canonical": ["Acme", "U.S. and Acme", "Acme, Bolt and U.S."], "via": [""] * 3},
        ...               {"acme": "Acme Corp"})["speaker_canonical"]
        ['Acme Corp', 'United States and Acme Corp', 'Acme Corp, Bolt and United States']
    """
    table = _alias_table(aliases)
    targets = set(table.values())

    def one(name: str) -> str:
        if name in targets:
            return name
        return table.get(name.lower(), table.get(strip_name(name).lower(), name))

    def fix(value: object) -> object:
        if not isinstance(value, str) or not value:
            return value
        out = one(value)
        if out == value and (" and " in value or ", " in value):
            out = map_joint_members(value, one)  # 'A, B and C' keeps its written form
        return out

    for col in ("speaker_canonical", "speaker_org", "via"):
        if col in cols:
            cols[col] = [fix(v) for v in cols[col]]
    return cols



def one_country_form(cols: dict[str, list], text: str, aliases: Mapping[str, str] | None) -> dict[str, list]:
    """Write a name headed by a country's abbreviation one way in the article (as the entities table does).

    'the UN security council' after 'the United Nations security council', 'the US military' after
    'The U.S. military': :func:`newslab.entities.country_written_form` (the spelled-out form when
    written, else the first written; an alias wins). Alias targets are final.

    Example:
        >>> one_country_form({"speaker_canonical": ["UN security council", "Kofi Annan"]},
        ...                  "The United Nations security council met. The UN security council said no.", None)["speaker_canonical"]
        ['United Nations security council', 'Kofi Annan']
    """
    table = _alias_table(aliases)
    targets = set(table.values())
    done: dict[str, str] = {}

    def fix(value: object) -> object:
        if not isinstance(value, str) or " " not in value or value in targets:
            return value
        if value not in done:
            done[value] = country_written_form(value, text, table)
        return done[value]

    for col in ("speaker_canonical", "speaker_org", "via"):
        if col in cols:
            cols[col] = [fix(v) for v in cols[col]]
    return cols


#: Quantifiers that stand alone for some unnamed people ('some said', 'others warned').
_MARKS = frozenset('"“”«»„')
_QUANTIFIER_PRONOUNS = frozenset({"some", "many", "others", "several", "few", "most"})

#: Words that qualify an office without being one ('the Shadow Treasurer', 'the Deputy Minister').
_OFFICE_MODIFIERS = frozenset({"shadow", "deputy", "acting", "interim", "vice", "assistant", "associate", "junior", "senior", "chief", "principal"})
# File formats a document is tagged with in brackets ("a report (PDF, 12 pages)"): a note, never a name.
_FILE_FORMATS = frozenset({"pdf", "doc", "docx", "rtf", "txt", "html", "xls", "xlsx", "csv", "ppt", "pptx", "odt", "mp3", "mp4", "wav"})

#: A noun given a name: 'blogger known by the pseudonym ', 'rapper known as ', 'a man named '.
_KNOWN_AS = re.compile(r"\b([a-z][\w-]+),? (?:(?:who is|who was|better|widely|also) )?(?:known|named|called|nicknamed|dubbed) (?:as |by )?(?:the (?:pseudonym|name|nickname|alias|moniker) )?$")

#: An alias introduced for a person ('operating under the alias of', 'who goes by the name',
#: 'known as'), read by _alias_of; the labels the entity model gives such names (desc25).
_ALIAS_WORDS = re.compile(r"\b(?:alias|pseudonym|nickname|moniker|known as|goes by|going by)\b", re.I)
_ALIAS_BEFORE = re.compile(r"\b(?:(?:the )?(?:alias|pseudonym|nickname|moniker|name)(?: of)?|known as|goes by|going by|calls? (?:himself|herself|itself|themselves))(?:\s+[Tt]he)?\s*$")
_ALIAS_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "NORP", "LOC", "PERSON"})

#: What a possessive pronoun stands for ('in his words', 'in their own words').
_POSSESSIVE_KIND = {"his": "person", "their": "group", "its": "thing"}

#: Number words of a description that counts a joint speaker's members ('the two leaders').
_COUNT_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}



#: Words that make a noun which also names public bodies ('agency', 'service') a news outlet: 'news agency', 'press agency'.
_NEWS_WORDS = frozenset({"news", "press", "wire", "newswire"})

#: Lower-case nouns that say what kind of business a named organisation is ('the Acme group', 'the
#: Ford Motor company'): after the organisation's name they are no part of it. Nouns that can name a
#: part or a member of a body ('the UN agency', 'the Ferrari team', 'the EU bank') are left out.
FIRM_KIND_NOUNS = frozenset("company corporation firm group conglomerate retailer carmaker automaker airline carrier chain giant maker manufacturer insurer lender publisher".split())


class _Resolver(_OrgRules, _RoleRules, _PronounRules):
    """Types and resolves speaker mentions in text order, keeping a history."""

    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self.history: list[_Speaker] = []
        # Mention positions of inner speakers of layered rows ('X was quoted by Z as saying'), whom a
        # singular 'they' after the row continues (:meth:`_singular_they`).
        self.relayed: set[int] = set()
        # The relays' own speakers ('according to her spokesman Jonathan Todd'): no turn in the
        # history, but the role written at them is the person's title in their own rows.
        self.relay_speakers: list[_Speaker] = []
        self._named_police: str | None = None
        self._police_checked = False
        # Names the entity model cut short, by their cut form ('Department of Labor' ->
        # "Rhode Island's Department of Labor and Training"), so later mentions get the whole name.
        self._whole_names: dict[str, str] = {}
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
        self.current_direct = False  # that span is a direct quotation
        doc = ctx.doc
        cues = ctx.cues
        aliases = _ALIAS_WORDS.search(ctx.text) is not None  # (desc25: one search per article)
        for k, lab in enumerate(ctx.ent_label):
            if lab != "PERSON":
                if aliases and lab in _ALIAS_LABELS and (w := _alias_of(ctx, k)) is not None:
                    # 'A hacker operating under the alias of The Dark Overlord' (tagged a building or
                    # a body): the alias is that person's name, and 'the hacker' later is its bearer.
                    ctx.person_names.add(ctx.ent_canon[k])
                    self.titled.append((ctx.ent_start[k], w, ctx.ent_canon[k], k))
                continue
            t0 = ctx.token_at(ctx.ent_start[k])
            j = t0 - 1
            while j >= 0 and j >= t0 - 5 and not doc[j].is_punct and doc[j].lower_ not in ("the", "a", "an", "that"):
                if doc[j].pos_ in ("VERB", "AUX", "SCONJ", "PRON"):
                    break  # 'An Intel spokesperson confirmed Thursday that Dell ...': no title of Dell's
                w = doc[j].lower_
                if w in cues.titles or w in cues.person_heads or (doc[j].pos_ == "NOUN" and doc[j].dep_ in ("compound", "nmod", "amod")):
                    self.titled.append((ctx.ent_start[k], w, ctx.ent_canon[k], k))
                j -= 1
            self.titled.extend((ctx.ent_start[k], w, ctx.ent_canon[k], k) for w in _office_of_before(ctx, t0))
            # Fronted roles: 'the king of Nepal, Gyanendra said' (the king is Gyanendra).
            _, _, role = self._fronted_role(doc[t0])
            if role is not None:
                self.titled.append((ctx.ent_start[k], role.lemma_.lower(), ctx.ent_canon[k], k))
                self.titled.extend((ctx.ent_start[k], m.lower_, ctx.ent_canon[k], k) for m in role.children if m.i < role.i and m.lower_ in cues.titles)
            # Apposed titles: "Fernández, the president, ..."
            h = doc[ctx.token_at(ctx.ent_end[k] - 1)]
            # Offices given in the clause: 'X was appointed interior minister', 'named X as its
            # chief executive', 'X became president'.
            self.titled.extend((ctx.ent_start[k], w, ctx.ent_canon[k], k) for w in _office_given(ctx, h))
            # 'the Iranian blogger known by the pseudonym Brooding Persian', 'a rapper known as Lil
            # Tay': the noun the name is given to describes that person ('The Iranian blogger
            # commented ...' later is Brooding Persian).
            m = _KNOWN_AS.search(ctx.text, max(0, ctx.ent_start[k] - 80), ctx.ent_start[k])
            if m is not None:
                n = doc[ctx.token_at(m.start(1))]
                if n.pos_ == "NOUN" and not ctx.in_quote[n.i]:
                    self.titled.append((ctx.ent_start[k], n.lemma_.lower(), ctx.ent_canon[k], k))
            for c in h.children:
                if c.dep_ == "appos":
                    w = c.lemma_.lower()
                    if w in cues.titles or w in cues.person_heads or c.pos_ == "NOUN":
                        self.titled.append((ctx.ent_start[k], w, ctx.ent_canon[k], k))
                    # 'Sarah Froman, an alumna of Harvard Law School and a practicing lawyer,': each
                    # noun joined to the apposition describes the person too (desc29).
                    # (the parser may join it to the last noun of the apposition's own phrase)
                    self.titled.extend(
                        (ctx.ent_start[k], g.lemma_.lower(), ctx.ent_canon[k], k) for g in c.subtree
                        if g.i > c.i and g.dep_ == "conj" and g.tag_ == "NN" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in g.children)
                        and (g.lemma_.lower() in cues.titles or g.lemma_.lower() in cues.person_heads)
                    )
            # 'The novelist, Ian Marsh, ...', 'Helen Park is a virologist', 'a hacker known as
            # Red Kite': what the text says the person is, for 'the novelist said' later (desc25).
            self.titled.extend((ctx.ent_start[k], w, ctx.ent_canon[k], k) for w in _described_as(ctx, h))
            if aliases and (w := _alias_of(ctx, k)) is not None:
                self.titled.append((ctx.ent_start[k], w, ctx.ent_canon[k], k))
        # A body's name among a person's words ('Manager of government business, Anthony
        # Albanese', 'opposition leader Tom Briggs') describes the office, not the person: 'the
        # government' and 'the opposition' stay bodies.
        self.descriptors = {w for _, w, _, _ in self.titled if w not in cues.organization_heads or w in cues.person_heads or w in cues.titles}
        # The kind of each name in the text, for mentions the entity model missed ("Vodafone say").
        self.name_label: dict[str, str] = {}
        for c, lab in zip(ctx.ent_canon, ctx.ent_label):
            self.name_label.setdefault(c, lab)
        self._org_words = cues.organization_heads | cues.media_name_words | cues.generic_organization_heads
        self._complete_surnames()
        # Gender known from the text: an honorific ('Ms Raman'), a gendered role ('chairwoman'),
        # later also a pronoun resolved to the person; else the given name decides (_gender_of).
        self.gender: dict[str, str] = {}
        for k, lab in enumerate(ctx.ent_label):
            canon = ctx.ent_canon[k]
            if lab != "PERSON" and canon not in ctx.person_names and (self._person_shaped(k) or self._person_in_article(k)):
                # 'Marcus Hale' tagged ORG: a person by an honorific or a given name, for every rule below.
                words = canon.split()
                n = people.leading_title_words(words)
                if n:
                    # 'Rear Adm. Gregory Smith' tagged ORG: the name without its rank ('Smith' later).
                    short = " ".join(words[n:])
                    ctx.ent_canon = [short if c == canon else c for c in ctx.ent_canon]
                    canon, words = short, words[n:]
                ctx.person_names.add(canon)
                if len(words) >= 2 and ctx.surnames.get(words[-1], canon) == canon and words[-1] not in ctx.person_names and words[-1] not in ctx.kept_apart:
                    ctx.surnames[words[-1]] = canon
            if lab == "PERSON" or canon in ctx.person_names:
                g = self._gender_evidence(k)
                if g and canon not in self.gender:
                    self.gender[canon] = g
            words = canon.split()
            if lab != "PERSON" and (canon in ctx.person_names or lab in ("ORG", "GPE", "FAC", "LOC", "NORP") and len(words) >= 2 and people.given_name_gender(words[0]) is not None):
                # 'appointed Karim Haddad as interior minister' with the name tagged as a building:
                # a person by the article's evidence or a given name, given an office by the clause.
                offices = _office_given(ctx, doc[ctx.token_at(ctx.ent_end[k] - 1)])
                self.titled.extend((ctx.ent_start[k], w, canon, k) for w in offices)
                self.descriptors.update(w for w in offices if w in cues.person_heads or w in cues.titles)
        self.titled.sort(key=lambda t: t[0])


















    def _speaker_aside(self, head: Token) -> _Speaker:
        """The speaker the rules read for ``head`` without recording it in the history: a look at a
        candidate antecedent or description, not a speaker of the text."""
        n = len(self.history)
        try:
            return self.speaker(head)
        finally:
            del self.history[n:]

    def speaker(self, head: Token, *, via_role: bool = False) -> _Speaker:
        """The speaker whose mention is headed by ``head``: typed, titled and resolved."""
        sp = self._speaker(head, via_role=via_role)
        whole = self._document_of_part(head) if sp.type in ("document", "organization", "unknown") else None
        if whole is not None:
            # 'Section 12 of the Kenyan constitution says', 'Chapter 3 of the WHO report': a numbered
            # part speaks for its document, which is typed and named as if it were the subject.
            inner = _Speaker(pos=head.left_edge.idx)  # not the part itself: "Section 12" is no earlier mention
            det = next((c.lower_ for c in whole.children if c.dep_ in ("det", "poss")), "")
            self._document(inner, whole, definite=det not in ("", "a", "an"))
            if inner.type == "document" and not inner.canonical and whole.pos_ == "PROPN" and whole.text[:1].isupper():
                # 'Article 9 of the Constitution of the Republic of Ghana': a document with a
                # title of its own is named by it (dev guideline S2: the Constitution gets its own name).
                inner.canonical = _strip_det(self.ctx.text[whole.left_edge.idx : _tok_end(self.ctx.doc, whole.right_edge.i)])
            if inner.type == "document":
                sp.type, sp.canonical, sp.ent_id, sp.resolved, sp.org, sp.title = "document", inner.canonical, inner.ent_id, inner.resolved, inner.org, ""
        self._settle_name(sp, head)  # 'Ofgem' -> its full name, 'the military' -> 'United States military in Iraq'
        if head.dep_ == "amod" and head.ent_type_ == "NORP" and sp.canonical == head.text and (country := self._country_of(head)) is not None:
            # 'a Lebanese offer to ...', 'Canadian allegations that ...': the country speaks (a country is an organisation)
            sp.canonical, sp.type = country, "organization"
        if sp.type == "organization" and sp.canonical == head.text and head.ent_type_ == "NORP":
            self._party_adjectives(sp, head)  # 'The Liberal Democrats' (tagged 'Democrats') -> 'Liberal Democrats'
        if sp.type == "organization" and sp.canonical in self._whole_names:
            sp.canonical = self._whole_names[sp.canonical]  # 'the agency' after 'Department of Labor and Training'
        if sp.type == "organization" and any(c.dep_ == "appos" and c.i > head.i and self._social_account(c) for c in head.children):
            self._own_government(sp)  # 'an official government Twitter account' (account parsed as an apposition)
        if sp.type in ("organization", "media", "person") and sp.canonical and self._issuer_of_document(head):
            # 'In the analysis of the German Institute for Economic Research, the costs ...': the
            # document speaks, and takes its issuer's name (dev guideline S2-S3).
            sp.org = sp.canonical if sp.type == "organization" else ""
            sp.type, sp.title = "document", ""
        if head.pos_ in ("NOUN", "PROPN") and sp.type in ("anonymous", "person") and not sp.canonical and not sp.org and not self._unnamed_bodies(head):
            self._role(sp, head)  # 'a spokesperson for BusCo': the organisation and the role
        if sp.type in ("organization", "media") and sp.canonical and head.pos_ == "PROPN" and head.dep_ in ("nsubj", "nsubjpass"):
            self._joint_bodies(sp, head)  # 'CTBA and Taichung City Government announced'
        elif sp.type == "organization" and head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass"):
            self._joint_descriptions(sp, head)  # 'the government and the developer' -> 'government and Henco Industries'
        if head.pos_ == "PROPN" and head.dep_ in ("nsubj", "nsubjpass") and sp.type in ("person", "organization", "anonymous", "unknown") and " and " not in sp.canonical:
            self._conjoined_people(sp, head)  # 'Kibaki and Odinga said' -> 'Mwai Kibaki and Raila Odinga'
        if sp.rank and not sp.title and sp.type == "person":
            sp.title = sp.rank
        if head.pos_ in ("NOUN", "PROPN"):
            sp.plural = sp.plural or head.tag_ in ("NNS", "NNPS") or (" and " in sp.canonical and sp.type == "person")
            if sp.type == "anonymous" and not sp.gender:
                sp.gender = people.noun_gender(head.lower_) or ""
            if sp.type in ("anonymous", "person") and not sp.canonical and (holder := self._lede_holder(head)) is not None:
                # 'A lawyer who is expected to lead the NRA said ...' opening the article, and 'Sarah
                # Froman, ... a practicing lawyer,' later: the one person the article gives the
                # lede's noun (desc29).
                sp.type, sp.canonical, sp.ent_id, sp.resolved = "person", self.ctx.ent_canon[holder], self.ctx.ent_id[holder], True
            if sp.type == "anonymous" and sp.plural and not sp.canonical and not sp.org and (group := self._named_group_for(head)) is not None:
                sp.type, (sp.canonical, sp.ent_id), sp.resolved = "organization", group, True  # 'the campaigners' -> 'Peace Tax Seven'
            if sp.type in ("anonymous", "person") and sp.plural and not sp.canonical and not sp.org and (joint := self._joint_group_for(head)) is not None:
                sp.type, sp.canonical, sp.ent_id, sp.resolved = joint.type, joint.canonical, None, True  # 'the two leaders' -> 'A and B'
            elif sp.type == "organization" and head.pos_ == "NOUN" and head.tag_ == "NNS" and " and " not in sp.canonical and (joint := self._joint_group_for(head)) is not None and joint.type == "organization":
                # 'Greenpeace and the WWF wrote ... The groups said': a plural description of bodies
                # is the bodies named jointly before, not the last one of them.
                sp.canonical, sp.ent_id, sp.resolved = joint.canonical, None, True
            elif sp.type == "organization" and sp.resolved and head.pos_ == "NOUN" and head.tag_ == "NNS" and " and " not in sp.canonical and head.lower_ not in sp.canonical.lower().split()[:-1] and self._generic_plural(head):
                # 'Acme Corp reported a loss. The companies said ...': a plural description does not
                # agree in number with the one body named before; the bodies are not named.
                # Bodies described before with the same plural noun ('Six energy companies in the
                # UK ... the companies') agree and are kept.
                sp.type, sp.canonical, sp.ent_id, sp.resolved, sp.org = "anonymous", "", None, True, ""
        return sp

    def _lede_holder(self, head: Token) -> int | None:
        """The entity row of the one person the article names later with the noun of the unnamed
        singular description ``head`` that opens it: 'A lawyer who is expected to become the
        president of the NRA said ...' as the article's first words, then 'Sarah S. Froman, ... a
        practicing lawyer' (desc29). A news lede describes the source it names further down.

        Only the subject of the article's first sentence, opening it (no person named before it
        or in the phrase), no one's ('His lawyer'), whose noun (with the office words before it:
        'The Prime Minister' is no 'Foreign Minister X') the text gives exactly one named person
        later, outside reported content. Two people so described, or none ('An Intel spokesperson
        confirmed ...' with no spokesperson named), leave it unnamed.
        """
        ctx, doc = self.ctx, self.ctx.doc
        if head.tag_ != "NN" or head.pos_ != "NOUN" or ctx.sent_of[head.i] != 0 or ctx.in_quote[head.i]:
            return None
        if head.dep_ not in ("nsubj", "nsubjpass") or head.head.dep_ != "ROOT":
            return None
        a = head.left_edge.i
        if any(not doc[i].is_space and not doc[i].is_punct for i in range(0, a)) or doc[a].lower_ not in ("a", "an", "the"):
            return None  # the lede's own subject, from the article's first word
        lemma = head.lemma_.lower()
        if any(c.dep_ == "poss" for c in head.children):
            return None  # 'His lawyer said ...': someone's, whom the lede does not name
        end = _tok_end(doc, head.right_edge.i)
        if any(ctx.ent_start[k] < end and (ctx.ent_label[k] == "PERSON" or ctx.ent_canon[k] in ctx.person_names) for k in range(len(ctx.ent_start))):
            return None  # a person named in the phrase itself
        # The office words before the noun must be the holder's too: 'The Prime Minister said' is
        # not the one 'Foreign Minister X' of the article.
        mods = {t.lower_ for t in doc[a : head.i] if t.lower_ in ctx.cues.titles}
        words_at: dict[int, set[str]] = {}
        for pos, w, _, _ in self.titled:
            words_at.setdefault(pos, set()).add(w)
        later = {
            (canon, k) for pos, w, canon, k in self.titled
            if w in (lemma, head.lower_) and pos >= end and mods <= words_at[pos] and not self.in_content(pos) and not ctx.in_quote[ctx.token_at(pos)]
        }
        if len({c for c, _ in later}) != 1:
            return None
        return min(later, key=lambda ck: ctx.ent_start[ck[1]])[1]

    def _former_or_latter(self, head: Token) -> int | None:
        """The entity 'the former' / 'the latter' stands for, when ``head`` is one of them.

        The named people and bodies (PERSON, ORG) outside quotations and reported clauses in
        the head's sentence before it (its own reported clause too) and in the sentence before
        (same paragraph; not inside reported clauses there), counted once
        each in text order: 'the former' is the next to last, 'the latter' the last. None when
        fewer than two are named or ``head`` is no bare 'the former/latter'."""
        ctx = self.ctx
        if head.lower_ not in ("former", "latter") or [c.lower_ for c in head.children] != ["the"]:
            return None
        here = ctx.sent_of[head.i]
        lo = ctx.sents[here - 1].start_char if here > 0 and ctx.para_of(ctx.sents[here - 1].start_char) == ctx.para_of(head.idx) else ctx.sents[here].start_char
        seen: list[str] = []
        last: dict[str, int] = {}
        k = bisect.bisect_left(ctx.ent_start, lo)
        while k < len(ctx.ent_start) and ctx.ent_start[k] < head.idx:
            t = ctx.token_at(ctx.ent_start[k])
            # the sentence's own reported clause ('A will study B's offer, the former said') counts
            if ctx.ent_label[k] in ("PERSON", "ORG") and not ctx.in_quote[t] and (ctx.sent_of[t] == here or not self.in_content(ctx.ent_start[k])):
                canon = ctx.ent_canon[k]
                if canon in seen:
                    seen.remove(canon)
                seen.append(canon)
                last[canon] = k
            k += 1
        if len(seen) < 2:
            return None
        return last[seen[-2] if head.lower_ == "former" else seen[-1]]

    def _country_of(self, t: Token) -> str | None:
        """The country a nationality word stands for, among the places the article names (tagged
        GPE): one nationality key for both (:func:`_same_place`: 'Iraqi'/'Iraq', 'American'/'United
        States'), else a shared stem of at least four letters after which the country ends in at most
        three letters and the nationality in a demonym ending ('Lebanese'/'Lebanon',
        'German'/'Germany', 'Swedish'/'Sweden'). The nearest such place before the word wins, else
        the first after it; a nationality of a country the article does not name stays as written."""
        ctx = self.ctx
        low = _place_key(t.lower_)
        if low.endswith("s") and t.tag_ in ("NNS", "NNPS"):
            return None  # 'the Lebanese' as a people, not the word of a country's statement
        exact: list[tuple[int, str]] = []
        stem: list[tuple[int, str]] = []
        for k, lab in enumerate(ctx.ent_label):
            if lab != "GPE":
                continue
            canon = ctx.ent_canon[k]
            key = _place_key(canon)
            if _same_place(low, key):
                exact.append((ctx.ent_start[k], canon))
                continue
            key = key.replace(" ", "")
            n = 0
            while n < min(len(key), len(low)) and key[n] == low[n]:
                n += 1
            if n >= 4 and len(key) - n <= 3 and low[n:] in _NATIONALITY_TAILS:
                stem.append((ctx.ent_start[k], canon))
        for found in (exact, stem):
            if found:
                before = [c for pos, c in found if pos < t.idx]
                return before[-1] if before else found[0][1]
        return None

    def _document_of_part(self, head: Token) -> Token | None:
        """The document a numbered part of it belongs to: 'Section 12 of the constitution',
        'Article 9 of the Constitution of Ghana', 'Chapter 3 of the report' -> the document's head
        noun. The part must carry a number or an ordinal ('the third chapter of'), so that 'an
        article of the newspaper' is no part of a document; None otherwise."""
        cues = self.ctx.cues
        if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() not in _DOCUMENT_PARTS and head.lower_ not in _DOCUMENT_PARTS:
            return None
        numbered = any(c.like_num or c.tag_ == "CD" or (c.dep_ == "amod" and c.ent_type_ == "ORDINAL") for c in head.children if c.i != head.i)
        if not numbered and not (head.i + 1 < len(head.doc) and head.doc[head.i + 1].like_num):
            return None
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > head.i:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (obj.lemma_.lower() in cues.document_heads or obj.lower_ in cues.document_heads):
                        return obj
        return None

    def _quoted_name_beside(self, head: Token) -> tuple[int, int] | None:
        """The token range of a quoted name set off by commas beside a body's description,
        when ``head`` is the description's head or a word of the quoted name: 'An international
        group of journalists, "Reporters Sans Frontieres", said', 'A small charity, "Water for
        All" (WFA), said'. The description must be an indefinite body or group noun phrase
        ('a group', 'an organisation', 'a charity'), the quotation one to eight words that open
        with a capital and make no clause (no auxiliary, no subject), and a comma must follow it (after an optional
        parenthesis). Read from the token sequence, as the parser splits such phrases in
        several ways. None otherwise."""
        ctx, doc = self.ctx, self.ctx.doc
        marks = ('"', "“", "”")
        if ctx.in_quote[head.i] or head.text in marks:
            # the quoted name itself: find the opening mark before it
            o = head.i
            while o > 0 and doc[o].text not in marks and head.i - o <= 8:
                o -= 1
            if doc[o].text not in marks or o < 2 or doc[o - 1].text != ",":
                return None
            desc = doc[o - 2]
            while desc.dep_ in ("pobj", "prep") and desc.head.i < desc.i and desc.head.i >= desc.i - 3:
                desc = desc.head  # 'a group of journalists': the noun the 'of' phrase hangs on
            if desc.dep_ == "prep":
                desc = desc.head
        else:
            desc = head
            o = max((c.right_edge.i for c in head.rights if c.dep_ not in ("appos", "punct") and not ctx.in_quote[c.i]), default=head.i) + 1
            if o + 1 >= len(doc) or doc[o].text != "," or doc[o + 1].text not in marks:
                return None
            o += 1
        lemma = desc.lemma_.lower()
        if desc.pos_ != "NOUN" or not (lemma in self.ctx.cues.organization_heads or self._body_noun(desc) or lemma in ("group", "organisation", "organization")):
            return None
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in desc.children):
            return None
        c = o + 1
        while c < len(doc) and doc[c].text not in marks and c - o <= 9:
            c += 1
        if c >= len(doc) or doc[c].text not in marks or not o + 1 < c <= o + 9 or not doc[o + 1].text[:1].isupper():
            return None
        if any(doc[i].pos_ == "AUX" or doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].head.i in range(o + 1, c) or doc[i].text in (",", ".", ";", ":", "!", "?") for i in range(o + 1, c)):
            return None
        after = c + 1
        if after < len(doc) and doc[after].text == "(":
            while after < len(doc) and doc[after].text != ")" and after - c < 10:
                after += 1
            after += 1
        if after >= len(doc) or doc[after].text != ",":
            return None
        if not (o + 1 <= head.i < c or head.i == desc.i):
            return None
        return o + 1, c

    def _party_adjectives(self, sp: _Speaker, head: Token) -> None:
        """Capitalised words right before a plural party noun that the entity model left out of
        its name: 'The Liberal Democrats said' (tagged 'Democrats') -> 'Liberal Democrats', 'the
        Free Democrats', 'the Young Liberals'. Only title-case modifiers of the head, adjacent to it
        and to each other; a country or nationality word ('American Democrats') describes the
        members, not the party, and is left out."""
        doc = self.ctx.doc
        if head.tag_ != "NNPS" and not head.text.endswith("s"):
            return
        lo = head.i
        while lo > 0 and doc[lo - 1].head.i == head.i and doc[lo - 1].dep_ in ("amod", "compound") and doc[lo - 1].text[:1].isupper() and doc[lo - 1].text[1:].islower() and not _country_word(doc[lo - 1]) and not self._sentence_initial(doc[lo - 1]):
            lo -= 1
        if lo < head.i:
            name = self.ctx.text[doc[lo].idx : _tok_end(doc, head.i)]
            sp.canonical = name
            if sp.start is not None and sp.start > doc[lo].idx and sp.text == head.text:
                sp.text, sp.start, sp.pos = name, doc[lo].idx, doc[lo].idx

    def _generic_plural(self, head: Token) -> bool:
        """Whether ``head`` is 'the companies', 'the firms', 'the groups': a plural generic body
        noun after 'the' with no other word (a count, a name or a kind makes it something else)."""
        cues = self.ctx.cues
        lefts = [t for t in head.lefts if t.dep_ != "punct"]
        lemma = head.lemma_.lower()
        return (lemma in cues.generic_organization_heads or head.lower_ in cues.generic_organization_heads) and len(lefts) == 1 and lefts[0].lower_ == "the"

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
            # A cleft: 'it was the UN who called on the nations ...' (the parser hangs the clause
            # on 'was'): the focused noun is the one the pronoun stands for.
            cop = head.head.head if head.dep_ in ("nsubj", "nsubjpass") else None
            if cop is not None and head.head.dep_ in ("ccomp", "advcl") and cop.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in cop.children):
                focus = next((c for c in cop.children if c.dep_ == "attr" and c.i < head.i and c.pos_ in ("NOUN", "PROPN")), None)
                if focus is not None:
                    return self.speaker(focus)
            # '..., a maritime border agreement, according to which ...': the parser lost the
            # clause; the noun before the comma that opens the prepositional phrase is meant.
            j = head.i - 1
            while j > 0 and doc[j].pos_ in ("ADP", "VERB") and doc[j].lower_ in ("according", "to", "in", "by", "under", "of", "from"):
                j -= 1
            if j < head.i - 1 and doc[j].text == "," and j > 0 and doc[j - 1].pos_ in ("NOUN", "PROPN"):
                return self.speaker(doc[j - 1])
        titled = self._titled_document(head)
        if titled is not None:
            return self.speaker(titled)  # 'An open letter titled "...: Friends of the Earth" said'
        issued = self._issued_title(head)
        if issued is not None:
            # 'The council issued "Harbour Plan 2030: A New Waterfront", which said ...': the
            # relative stands for the whole quoted title, a document issued by the subject (docs21).
            qa, qb, root = issued
            sp.text, sp.start, sp.end, sp.pos = ctx.text[doc[qa].idx : _tok_end(doc, qb - 1)], doc[qa].idx, _tok_end(doc, qb - 1), doc[qa].idx
            self._document(sp, root, definite=False)
            sp.org = ""
            self.history.append(sp)
            return sp
        quoted = self._quoted_name_beside(head)
        if quoted is not None:
            # 'An international group of journalists, "Reporters Sans Frontieres", said ...': a
            # quoted name set beside a body's description is that body's name.
            qa, qb = quoted
            sp.text, sp.start, sp.end, sp.pos = ctx.text[doc[qa].idx : _tok_end(doc, qb - 1)], doc[qa].idx, _tok_end(doc, qb - 1), doc[qa].idx
            sp.canonical, sp.resolved = sp.text, True
            sp.type = "media" if self._is_outlet(sp.canonical) else "organization"
            self.history.append(sp)
            return sp
        if head.dep_ in ("nsubj", "nsubjpass") and quantified_subject(head):
            # 'All are concerned that ...', 'Both men denied ...': the group just named speaks.
            sp.text, sp.start, sp.end = ctx.text[doc[a].idx : _tok_end(doc, b - 1)], doc[a].idx, _tok_end(doc, b - 1)
            sp.pos = doc[a].idx
            group = self._group_just_named(sp.pos)
            if group is not None:
                sp.type, sp.canonical, sp.ent_id, sp.resolved = group.type, group.canonical, group.ent_id, True
                sp.org, sp.title = group.org, group.title
            else:
                sp.type = "unknown"  # no group in sight: say so rather than give it to an outlet
            sp.plural = True
            self.history.append(sp)
            return sp
        if head.pos_ in ("PRON", "DET", "ADJ", "NOUN") and low in _QUANTIFIER_PRONOUNS and not any(c.dep_ in ("compound", "amod", "det") for c in head.children):
            # 'with some calling for her to be executed', 'Others said ...': some of a group of
            # people, unnamed ('some of the residents' is read as the residents).
            part = next((g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "among") for g in c.children if g.dep_ == "pobj"), None)
            last = part.right_edge.i if part is not None else head.i
            sp.text, sp.start, sp.end, sp.pos = ctx.text[head.idx : _tok_end(doc, last)], head.idx, _tok_end(doc, last), head.idx
            if part is not None:
                inner = self.speaker(part)
                if inner.type not in ("anonymous", "person"):
                    sp.type, sp.canonical, sp.org = inner.type, inner.canonical if inner.resolved or inner.ent_id is not None else "", inner.org  # 'some of the companies'
                    return sp
                sp.org = inner.org
            sp.type, sp.plural = "anonymous", True
            self.history.append(sp)
            return sp
        ordinal = self._former_or_latter(head)
        if ordinal is not None:
            # 'Arcelor is ready to study Mittal's offer, the former said': 'the former' is the first,
            # 'the latter' the last, of the two sources named last before it.
            inner = self._speaker(ctx.doc[ctx.token_at(ctx.ent_end[ordinal] - 1)])
            if self.history and self.history[-1] is inner:
                self.history.pop()
            sp.text, sp.start, sp.end, sp.pos = ctx.text[doc[a].idx : _tok_end(doc, b - 1)], doc[a].idx, _tok_end(doc, b - 1), doc[a].idx
            sp.type, sp.canonical, sp.ent_id, sp.resolved = inner.type, inner.canonical, inner.ent_id, True
            sp.title, sp.org, sp.gender = inner.title, inner.org, inner.gender
            self.history.append(sp)
            return sp
        name_like = head.pos_ == "PRON" and head.text[:1].isupper() and any(c.dep_ == "compound" and c.i < head.i for c in head.children)  # 'Toys R Us'
        if (head.pos_ == "PRON" or low in cues.pronouns) and not (head.text.isupper() and len(head.text) > 1) and not name_like:
            if any(c.dep_ == "conj" for c in head.children) and cues.pronouns.get(low) == "person":
                # "Both he and Stephen Mold urged ...": a joint speaker.
                sp.text, sp.start, sp.end, sp.pos = ctx.text[doc[a].idx : _tok_end(doc, b - 1)], doc[a].idx, _tok_end(doc, b - 1), doc[a].idx
                sp.type, sp.canonical, sp.resolved = "person", self._joint(a, b), True
                self.history.append(sp)
                return sp
            sp.text, sp.start, sp.end = head.text, head.idx, head.idx + len(head)
            sp.pos = head.idx
            # A possessive speaks only in 'in his words': it stands for its nominative.
            self._pronoun(sp, cues.pronouns.get(low) or _POSSESSIVE_KIND.get(low, "thing"))
            return sp
        if head.i + 2 < len(doc) and doc[head.i + 1].text == "." and people.is_rank_abbreviation(head.text) and not head.whitespace_:
            # 'said Capt. Luis Ortega': the parser made the split rank the subject; the name after it speaks.
            nxt = ctx.entity_at(doc[head.i + 2].idx, doc[head.i + 2].idx + len(doc[head.i + 2]))
            if nxt is not None and ctx.ent_label[nxt] == "PERSON" and ctx.ent_start[nxt] == doc[head.i + 2].idx:
                return self.speaker(doc[ctx.token_at(ctx.ent_end[nxt] - 1)])
        r = head.right_edge.i
        if head.pos_ in ("NOUN", "PROPN") and r > head.i + 1 and r + 2 < len(doc) and doc[r - 1].text == "," and doc[r + 1].text == "." and not doc[r].whitespace_ and people.is_rank_abbreviation(doc[r].text):
            # 'said U.S. military in Iraq public affairs officer, Maj. Webster Wright who ...': the
            # parser ended the phrase (and the sentence) at the split rank; the name after it speaks,
            # the role before the comma is its title.
            nxt = ctx.entity_at(doc[r + 2].idx, _tok_end(doc, r + 2))
            if nxt is not None and ctx.ent_label[nxt] == "PERSON" and ctx.ent_start[nxt] == doc[r + 2].idx:
                self._from_entity(sp, nxt)
                self._role_as_title(sp, *_trim(ctx, a, r - 1))
                return sp
        if self._inverted_title_name(sp, head, a):
            return sp  # 'said UK Secretary of State for Defence Des Browne', 'said Co-CEO of RIM, Jim Balsillie'
        if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according" and r + 2 < len(doc) and doc[r + 1].text == ",":
            k = self._name_after_role(head, r + 1)
            if k is not None:
                # 'According to the health minister, Anna Blake, the clinic will close': the parser
                # made the name the subject of the content; the name between two commas speaks.
                self._from_entity(sp, k)
                self._role_as_title(sp, *_trim(ctx, a, r + 1))
                return sp
        head_end = head.idx + len(head)
        ent = ctx.entity_at(head.idx, head_end)
        if name_like and ent is not None and ctx.ent_start[ent] >= head.idx:
            ent = None  # 'Toys R Us': the model's 'Us' (United States) is only the last word of the name
        if ent is not None and (not (ctx.ent_start[ent] <= head.idx < ctx.ent_end[ent]) or self._common_noun_entity(ent, head)):
            ent = None
        office = doc[a].lower_ == "the" and head.lower_ in cues.titles and self._office_words(ctx.surnames.get(head.text, head.text))
        if ent is not None and office and self._title_only(ent):
            ent = None  # 'The Shadow Treasurer said' (its 'Treasurer' tagged PERSON): an office, no name
        role_only = ent is not None and people.is_role_only(ctx.ent_canon[ent], titles=cues.titles)
        if role_only or (ent is None and head.pos_ in ("NOUN", "PROPN") and head.tag_ in ("NN", "NNP") and self._role_word(head)):
            k = self._holder_before_role(head, a)
            if k is not None:
                # 'J.D. Crouch, the USA's Deputy National Security Advisor to President Bush told CNN':
                # the parser made the role the subject; the name before the comma holds it and speaks.
                self._role_as_title(sp, a, b)
                self._from_entity(sp, k)
                return sp
        if role_only:
            ent = None  # an office is no name: the name after it ('Advisor J.D. Crouch') or an unnamed holder
        head_lemma = head.lemma_.lower()
        np_text = ctx.text[doc[a].idx : doc[b - 1].idx + len(doc[b - 1])]
        words = [doc[i].lower_ for i in range(a, b)]
        sp.pos = doc[a].idx
        # An apposed name: "the company's chief executive, John Smith, said"; the parser
        # may hang it anywhere in the phrase ("the director of Amnesty International, Mariela Belski").
        # 'according to Investigate Magazine, another shareholder, X, had ...': the source phrase
        # ends at the comma; what the parser hangs on it as appositions is the content.
        according_to = head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"
        # 'A survey by a business group, the Institute for Supply Management, showed': the body
        # apposed inside a document's 'by' phrase is its issuer, not the speaker (the document is).
        document_head = head.pos_ == "NOUN" and (head_lemma in cues.document_heads or head.lower_ in cues.document_heads or people.is_document_noun(head.lower_))
        if ent is None or ctx.ent_label[ent] != "PERSON":
            lo, hi = head.left_edge.i, head.right_edge.i + 1
            for i in range(hi - 1, lo - 1, -1):
                t = doc[i]
                if t.dep_ == "appos" or self._conj_apposition(head, t):
                    e2 = ctx.entity_at(t.idx, t.idx + len(t))
                    if e2 is not None and ctx.ent_label[e2] in ("ORG", "PERSON") and self._in_issuer_phrase(head, t):
                        # 'a survey by a business group, the Institute for Supply Management': the document
                        # speaks, for it; 'A book alleging that union leader Lech Walesa ...': a name in its content.
                        continue
                    if e2 is not None and ctx.ent_label[e2] == "ORG" and not document_head and ctx.ent_canon[e2] not in ctx.person_names and head_lemma not in cues.person_heads and head.lower_ not in cues.titles and not (ent is not None and ctx.ent_label[ent] in ("ORG", "GPE")) and ctx.ent_start[e2] <= t.idx < ctx.ent_end[e2]:
                        # 'The leading supplier of school uniforms, Lancashire-based manufacturer Trutex, ...'
                        sp.text, sp.start, sp.end, sp.pos = ctx.ent_text[e2], ctx.ent_start[e2], ctx.ent_end[e2], ctx.ent_start[e2]
                        sp.canonical, sp.ent_id = ctx.ent_canon[e2], ctx.ent_id[e2]
                        sp.type = "media" if self._is_outlet(sp.canonical) else "organization"
                        if t.pos_ == "PROPN":
                            self._joint_bodies(sp, t)  # 'Rival airlines Delta Air Lines and Northwest Airlines announced'
                        self.history.append(sp)
                        return sp
                    acronyms = e2 is not None and t.text.isupper() and len(t.text) > 1 and head.text.isupper() and " " not in ctx.ent_canon[e2]  # 'the SLA, JEM, and the AU'
                    if e2 is not None and (ctx.ent_label[e2] == "PERSON" or " " in ctx.ent_canon[e2] and ctx.ent_canon[e2] in ctx.person_names) and not (according_to and ent is not None) and not acronyms:
                        e_tok = ctx.token_at(ctx.ent_start[e2])
                        ta, tb = _trim(ctx, lo, e_tok)
                        while ta < tb and doc[ta].dep_ == "det":
                            ta += 1
                        comma = self._comma_before_name(e_tok)
                        if comma is not None and ta < comma < tb:
                            # 'U.S. military spokesman, Lt. Col. Barry Johnson': the role ends at the comma (the rank is the name's)
                            ta, tb = _trim(ctx, ta, comma)
                        self._role_as_title(sp, ta, tb)
                        self._from_entity(sp, e2)
                        return sp
                    if t.dep_ == "appos" and t.head.i == head.i and (e2 is None or ctx.ent_label[e2] != "PERSON") and self._apposed_missed_name(sp, head, t, lo):
                        return sp
        if ent is None and (head.lower_ in cues.titles or head_lemma in cues.person_heads):
            # "Mayor of London Sadiq Khan": a title heading a phrase that holds the name.
            k = self._name_opening_role(a, head)
            if k is not None:
                # '"...," Kim Hyun-chong, South Korean trade minister said': the phrase opens with
                # the name and a comma, and the office after it is the name's; the name speaks.
                e_end = ctx.token_at(ctx.ent_end[k] - 1)
                sp.title = _strip_det(ctx.text[doc[e_end + 2].idx : _tok_end(doc, b - 1)])
                sp.org = self._org_among([doc[i] for i in range(e_end + 2, b)])
                self._from_entity(sp, k)
                return sp
            k = bisect.bisect_left(ctx.ent_start, head.idx)
            end_char = _tok_end(doc, b - 1)
            while k < len(ctx.ent_start) and ctx.ent_start[k] < end_char:
                if ctx.ent_label[k] == "PERSON" and ctx.ent_end[k] <= end_char and not self._spoken_for(head, k) and not (office and self._title_only(k)):
                    sp.title = ctx.text[doc[a].idx : ctx.ent_start[k]].strip(" ,")
                    sp.title = _strip_det(re.sub(r"\s+(?:named|called)$", "", sp.title))  # 'an opposition official named X'
                    sp.org = self._org_among([doc[i] for i in range(a, ctx.token_at(ctx.ent_start[k]))])
                    self._from_entity(sp, k)
                    return sp
                k += 1
            k = self._trailing_name(head)
            if k is not None:
                # 'said spokesman for the state of Bayelsa in southern Nigeria, Ekiyor Welson.': the
                # parser hung the apposed name on the place; the name speaks, the phrase is its title.
                e_tok = ctx.token_at(ctx.ent_start[k])
                sp.title = _strip_det(ctx.text[doc[a].idx : _tok_end(doc, e_tok - 2)])
                sp.org = self._org_among([doc[i] for i in range(a, e_tok - 1)])
                self._from_entity(sp, k)
                return sp
        if self._demonym(sp, head, a, b, ent):
            return sp
        if (ent is None or ctx.ent_label[ent] != "PERSON" and ctx.ent_canon[ent] == head.text) and not office and (bearer := self._nearest_bearer(head.text, head.idx)) is not None:
            # 'Fred Mattlage ... Larry Mattlage ... Mattlage says' (tagged as a body, or as a common
            # noun): a surname two people of the article share is a person's, the one named in full last.
            sp.text, sp.start, sp.end, sp.pos = head.text, head.idx, head_end, head.idx
            sp.type, sp.canonical, sp.ent_id, sp.resolved = "person", bearer, ctx.ent_id[ent] if ent is not None else None, True
            self.history.append(sp)
            return sp
        if ent is None and not office and (head.pos_ == "PROPN" or (head.text[:1].isupper() and head.text in ctx.surnames)):
            named = self._proper_name(sp, head)
            if named:
                return sp
        if ent is None and not office and self._name_read_as_noun(sp, head):
            return sp
        if ent is not None:
            label = ctx.ent_label[ent]
            canon = ctx.ent_canon[ent]
            person_of = re.match(r"(.+?) of (?:the )?(.+)$", ctx.ent_text[ent]) if label in ("ORG", "FAC", "GPE") else None
            if person_of and head_end <= ctx.ent_start[ent] + len(person_of.group(1)) and people.looks_like_person_name(person_of.group(1), extra_org_words=self._org_words):
                # 'according to Dana Hill of Harborview.com' tagged as one body: the person speaks,
                # the words after 'of' are the body she belongs to.
                name = person_of.group(1)
                sp.text, sp.start, sp.end, sp.pos = name, ctx.ent_start[ent], ctx.ent_start[ent] + len(name), ctx.ent_start[ent]
                sp.type, sp.canonical, sp.ent_id = "person", ctx.surnames.get(name, name), ctx.ent_id[ent]
                sp.org = person_of.group(2)
                self.history.append(sp)
                return sp
            titled = label == "ORG" and head.lower_ in _TITLED_DOCUMENTS and head.text[:1].isupper() and head_end == ctx.ent_end[ent] and not self._is_outlet(canon)
            if label == "LAW" or label == "WORK_OF_ART" or (label == "ORG" and head.lower_ in _NAMED_DOCUMENTS) or titled:
                # 'The 9/11 Commission Report says' (tagged ORG): a document's own name, not a body.
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
            joint = self._joint_surnames(canon) if label != "PERSON" else ""
            if joint:
                # 'Both Nagin and Landrieu called for ...' (tagged ORG): two people named earlier.
                sp.text, sp.start, sp.end, sp.pos = np_text, doc[a].idx, _tok_end(doc, b - 1), doc[a].idx
                sp.type, sp.canonical, sp.ent_id, sp.plural = "person", joint, ctx.ent_id[ent], True
                self.history.append(sp)
                return sp
            tail = self._person_tail(ent, head) if label in ("ORG", "FAC", "GPE") else None
            if tail is not None:
                # 'the Office of Media Affairs Kirsten Petree stated', 'the head of the Harbour
                # Trust, Marcus Hale, said' (one ORG entity): the body's name swallowed the person's,
                # who speaks; the words before are the role.
                t0 = tail
                sp.text, sp.start, sp.end, sp.pos = ctx.text[doc[t0].idx : head_end], doc[t0].idx, head_end, doc[t0].idx
                sp.type, sp.canonical = "person", ctx.surnames.get(sp.text, sp.text)
                before = [doc[i] for i in range(a, t0) if not doc[i].is_punct]
                if before and not any(doc[i].pos_ in ("VERB", "ADP") and doc[i].lower_ not in ("of", "for", "at") for i in range(a, t0)):
                    sp.title = _strip_det(ctx.text[before[0].idx : _tok_end(doc, before[-1].i)])
                    sp.org = self._org_among(before)
                self.history.append(sp)
                return sp
            person = label == "PERSON" or canon in ctx.person_names or (label != "PERSON" and len(canon.split()) == 1 and canon in ctx.surnames) or self._titled_after(ent, head)
            if person and not self._org_shaped(ent):
                self._from_entity(sp, ent)
                # Title: the words of the phrase before the name, without determiners and possessors.
                e_tok = ctx.token_at(sp.start)
                title_toks = [doc[i] for i in range(a, e_tok) if doc[i].dep_ not in ("det", "case", "punct") and not any(anc.dep_ == "poss" for anc in [doc[i], *doc[i].ancestors][:3] if anc.i < e_tok)]
                here = ctx.para_of(sp.start)
                title_toks = [t for t in title_toks if not t.is_space and ctx.para_of(t.idx) == here]  # a heading or the last words of the paragraph before ('D-Fla.\n\nBarry Myers') are no role
                while title_toks and (title_toks[0].tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP") or title_toks[0].lemma_.lower() in cues.verbs):
                    title_toks = title_toks[1:]  # a cue the parser folded into the name phrase
                # 'Health Minister Dr Sarah Lim': the honorific between the role and the name is no
                # part of the role; 'East Timorese Prime Minister Dr Mari Alkatiri': a role beats 'Dr'.
                while len(title_toks) > 1 and people.is_courtesy_title(title_toks[-1].text) and title_toks[-2].pos_ in ("NOUN", "PROPN") and not title_toks[-2].is_space:
                    title_toks = title_toks[:-1]  # ('Iranian born Doctor' keeps its noun)
                honorific_only = bool(sp.title) and all(people.is_courtesy_title(w) for w in sp.title.split())
                if title_toks and (not sp.title or honorific_only):
                    sp.title = ctx.text[title_toks[0].idx : title_toks[-1].idx + len(title_toks[-1])]
                    sp.org = sp.org or self._org_among(title_toks)
                role, role_toks = self._apposition_role(head)
                if not role:
                    role, role_toks, _ = self._fronted_role(doc[ctx.token_at(sp.start)])  # 'the king of Nepal, Gyanendra said'
                if role and (not sp.title or all(people.is_courtesy_title(w) for w in sp.title.split())):
                    # 'Dr Priya Shah, a public health researcher at X': the role says more than 'Dr'.
                    sp.title = role
                    sp.org = self._org_among(role_toks) or sp.org
                if not sp.org:
                    sp.org = self._org_after_of(ctx.token_at(sp.end - 1) + 1)  # 'Dana Marsh of the Harbour Institute said'
                if " and " in np_text:
                    sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
                    sp.canonical = self._joint(a, b)
                else:
                    self._listed_people(sp, head, ent)
                return sp
            sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
            sp.ent_id = ctx.ent_id[ent]
            full = self._full_org_name(canon, ent)
            if full is not None:
                canon, sp.ent_id, sp.resolved = ctx.ent_canon[full], ctx.ent_id[full], True
            whole = _strip_det(np_text)
            if whole != canon and whole.endswith(canon) and any(c == whole and lab == "ORG" for c, lab in zip(ctx.ent_canon, ctx.ent_label)):
                canon = whole  # 'Toll New Zealand has said': the model tagged only the place; the organisation is named so in the text
            elif whole.startswith(canon + " of ") and all(w[:1].isupper() or w in ("of", "and", "the", "for") for w in whole.split()):
                canon = whole  # "Progressive Party of Working People": the entity model cut the name at "of"
            elif (" and " in whole or " & " in whole) and canon in whole and (not self._has_person(np_text, doc[a].idx) or self._only_name_part_persons(a, b)) and all(w[:1].isupper() or w in ("of", "and", "the", "for", "&") for w in whole.split()):
                # 'Fisheries and Oceans Canada', 'Environment and Climate Change Canada': one name the
                # entity model cut at 'and' (two names joined stay together too, as a joint source).
                if self._only_name_part_persons(a, b):
                    self._whole_names[canon] = whole
                canon = self._joint_without_articles(whole)
            sp.canonical = canon
            # "the Food Standards Agency" is no outlet: a head that also names bodies needs an outlet name.
            sp.type = "media" if self._is_outlet(canon) or (head_lemma in cues.media_heads and head_lemma not in cues.organization_heads) else "organization"
            self.history.append(sp)
            return sp
        mod = ctx.entity_at(doc[a].idx, head.idx) if a < head.i else None
        if mod is not None and head_lemma not in cues.document_heads and head.lower_ not in cues.document_heads:
            canon = ctx.ent_canon[mod]
            kind = ""
            # 'The Australian Treasurer': a nationality adjective before a noun that names no outlet is
            # not the outlet spelt the same way (the newspaper The Australian).
            outlet = self._is_outlet(canon) and not (ctx.ent_label[mod] == "NORP" and head_lemma not in cues.media_heads and head.lower_ not in cues.media_heads)
            if outlet and head.tag_ == "NN" and head_lemma not in cues.media_heads and head.lower_ not in cues.media_heads and people.is_person_noun(head.lower_, lemma=head_lemma) and not people.is_group_noun(head.lower_):
                # 'an AFP journalist ... reported', 'a BBC correspondent said': one unnamed person
                # of the outlet (guideline S3: people identified only by role are anonymous); the
                # outlet is the organisation they speak for. ('Reuters reporters' stays the outlet.)
                sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
                sp.type, sp.org, sp.title = "anonymous", canon, head.text
                self.history.append(sp)
                return sp
            if outlet or head_lemma in cues.media_heads and (head_lemma not in cues.organization_heads or any(t.lower_ in _NEWS_WORDS for t in doc[a : head.i])):
                # ('U.S. agencies', "the country's Health Protection Agency": a head that also names
                # public bodies is an outlet only with an outlet's name or a news word, 'news agency')
                kind = "media"
            elif head_lemma in cues.anonymous_heads or head.lower_ in cues.anonymous_heads:
                kind = "anonymous"  # "a Japanese government source", "Chinese officials"
                if words and words[0] == "the" and any(w in (head_lemma, head.lower_) and pos < doc[a].idx for pos, w, _, _ in self.titled):
                    kind = ""  # "The White House spokesman" after "White House spokesman Tony Snow"
                elif len(words) == 3 and words[0] == "the" and head.tag_ == "NN" and ctx.ent_label[mod] in ("NORP", "GPE") and not ctx.in_quote[head.i]:
                    # 'said the Romanian official' after 'Lazar Comanescu, the Romanian Foreign Affairs
                    # minister': the one office holder of that country the text has named.
                    holder = self._sole_office_holder_of(_place_key(canon), doc[a].idx)
                    if holder is not None:
                        sp.text, sp.start, sp.end, sp.pos = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), doc[a].idx
                        sp.type, sp.canonical, sp.ent_id, sp.resolved = "person", holder[0], ctx.ent_id[holder[1]], True
                        self.history.append(sp)
                        return sp
                if kind == "anonymous" and words[0] == "the" and head.tag_ in ("NN", "NNP") and head.lower_ in cues.titles and not ctx.in_quote[head.i]:
                    # 'The French minister added ...' after 'Mr Aubert said ...': an office held by a
                    # country's person is a definite description; the rules of titles and of the
                    # current speaker link it back (desc22). Nothing found: unnamed, as before.
                    trial = _Speaker(pos=doc[a].idx)
                    self._description(trial, head, words, np_text)
                    if trial.type == "person" and trial.canonical:
                        sp.text, sp.start, sp.end, sp.pos = np_text, doc[a].idx, _tok_end(doc, b - 1), doc[a].idx
                        sp.type, sp.canonical, sp.ent_id, sp.resolved = "person", trial.canonical, trial.ent_id, True
                        self.history.append(sp)
                        return sp
            elif self._unnamed_bodies(head):
                kind = "anonymous"  # 'Thai opposition parties said': unnamed bodies
            elif (head_lemma in cues.organization_heads or head.lower_ in cues.organization_heads) and ctx.ent_label[mod] in ("NORP", "GPE", "LOC") and self._quantified_description(head, words):
                # 'Several European governments fear': a quantified group of bodies described by
                # their place, unnamed (R84), or the bodies just listed ('Both Dutch banks').
                sp.text, sp.start, sp.end = np_text, doc[a].idx, _tok_end(doc, b - 1)
                self._quantified_bodies(sp, head, words)
                self.history.append(sp)
                return sp
            elif head_lemma in cues.organization_heads:
                kind = "organization"
            if kind:
                sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
                sp.type = kind
                after = ctx.entity_at(doc[head.i + 1].idx, _tok_end(doc, head.i + 1)) if head.i + 1 < len(doc) else None
                if kind == "media" and (self._is_outlet(canon) or ctx.ent_label[mod] not in ("NORP", "GPE", "LOC") or _CALL_SIGN.match(canon)):
                    # 'KTEN television news' (a station's call sign, which the model tags NORP): the station.
                    sp.canonical, sp.ent_id = canon, ctx.ent_id[mod]
                elif kind == "media" and (named := self._outlet_names_in_apposition(head)) is not None:
                    # 'The Italian dailies La Repubblica and Corriere della Sera are reporting': the
                    # names in apposition to the media noun, joined (media23), whatever label the
                    # entity model gave them.
                    sp.canonical = named
                    at = ctx.text.find(named, doc[head.i].idx)
                    k = ctx.entity_at(at, at + len(named))
                    if k is not None and ctx.ent_canon[k] == named:
                        sp.ent_id = ctx.ent_id[k]
                elif kind == "media" and after is not None and ctx.ent_label[after] in ("ORG", "PERSON") and ctx.ent_start[after] == doc[head.i + 1].idx:
                    # 'Russian news agency Interfax': the outlet is the name after the noun, not the nationality.
                    sp.canonical, sp.ent_id = ctx.ent_canon[after], ctx.ent_id[after]
                elif kind == "media" and words[0] == "the" and head.tag_ == "NN":
                    # 'Britain's The Guardian lambasts ... The British newspaper described ...': the outlet just named.
                    k = self._last_org_entity(sp.pos)
                    if k is not None and self._is_outlet(ctx.ent_canon[k]) and ctx.sent_of[ctx.token_at(ctx.ent_start[k])] >= ctx.sent_of[head.i] - 2:
                        sp.canonical, sp.ent_id, sp.resolved = ctx.ent_canon[k], ctx.ent_id[k], True
                elif kind == "organization" and self._kind_after_name(head, a, mod):
                    # "the McDonald's corporation said", 'the Acme group said': a lower-case kind of
                    # business after an organisation's name is no part of the name; the source is
                    # the organisation under its entity name (as in the entities table).
                    sp.canonical, sp.ent_id = canon, ctx.ent_id[mod]
                elif kind == "organization" and words and words[0] == "the" and head.tag_ == "NN" and (found := self._introduced_org_with_name(head_lemma, ctx.text[doc[a].idx : head.idx], doc[a].idx)) is not None:
                    # 'A Senate committee, the Senate Subcommittee on Investigations, ... The Senate
                    # committee said': the body the text introduced with that noun and that name.
                    (sp.canonical, sp.ent_id), sp.resolved = found, True
                elif kind == "organization":
                    sp.canonical = self._named_after_person(head, _strip_det(np_text))
                self.history.append(sp)
                return sp
        sp.text, sp.start, sp.end = np_text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
        sign = next((t for t in doc[a : head.i] if _CALL_SIGN.match(t.text) and t.dep_ == "compound"), None)
        if mod is None and sign is not None and (head_lemma in cues.media_heads or head.lower_ in cues.media_heads):
            # 'According to WKRG television news' (the call sign tagged as nothing): the station.
            sp.type, sp.canonical = "media", sign.text
            self.history.append(sp)
            return sp
        if ctx.in_quote[head.i] and head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "compound" and ctx.in_quote[c.i] and (c.lemma_.lower() in cues.document_heads or c.lower_ in cues.document_heads) for c in head.children
        ):
            # 'The council's "Statement No. 1" announced ...': a quoted document title, which the
            # parser cut at its number; the document speaks, for its issuer.
            close = next((t for t in doc[head.i + 1 : head.i + 8] if t.text in ('"', "”", "»", "’")), None)
            if close is not None:
                sp.text, sp.end = ctx.text[sp.start : close.idx + len(close)], close.idx + len(close)
            self._document(sp, head, definite=True)
            self.history.append(sp)
            return sp
        if self._title_case_name(head, a, b):
            # 'Reporters Without Borders said', 'Mothers Against Drunk Driving said': a name made
            # of common nouns, written in title case, is an organisation's, never an unnamed group.
            sp.type, sp.canonical = "organization", _strip_det(np_text)
            self.history.append(sp)
            return sp
        self._description(sp, head, words, np_text)
        if sp.type == "anonymous" and not sp.canonical and (body := self._body_of_people(head, words, sp.pos)) is not None:
            # 'Rebels known as the Northern Front ... The rebels told a reporter ...': a definite
            # plural people noun is the one body the text introduced as a group of people (desc31).
            sp.type, (sp.canonical, sp.ent_id), sp.resolved = "organization", body, True
        self.history.append(sp)
        return sp

    def _kind_after_name(self, head: Token, a: int, mod: int) -> bool:
        """Whether ``head`` is a lower-case noun of :data:`FIRM_KIND_NOUNS` right after an
        organisation entity that fills the phrase before it ('the Acme group', "the McDonald's
        corporation", 'the Ford Motor company'), so the noun says what kind of body the named one is."""
        ctx, doc = self.ctx, self.ctx.doc
        if not head.text.islower() or head.tag_ != "NN" or head.lemma_.lower() not in FIRM_KIND_NOUNS or ctx.ent_label[mod] != "ORG":
            return False
        first = a + (doc[a].lower_ == "the")
        last = head.i - 1 - (head.i - 1 > first and doc[head.i - 1].tag_ == "POS")
        return first <= last and ctx.ent_start[mod] <= doc[first].idx and ctx.ent_end[mod] >= _tok_end(doc, last)

    def _outlet_names_in_apposition(self, head: Token) -> str | None:
        """The outlet names set in apposition right after a plural media noun, two or more joined
        by 'and' ('the Italian dailies La Repubblica and Corriere della Sera', 'two British
        newspapers, The Times and The Guardian,'), read from the parse: every word of the
        apposition is a capitalised name word, an article, 'and', a comma or a lower-case
        particle inside a name ('della', 'de'). A single name after a singular noun is read by the
        entity rule; None when the apposition is no list of names."""
        if head.tag_ != "NNS":
            return None
        doc = head.doc
        for c in head.children:
            if c.dep_ != "appos" or c.i <= head.i or c.pos_ != "PROPN" or not any(g.dep_ == "conj" for g in c.children):
                continue
            toks = [t for t in c.subtree]
            while toks and toks[-1].is_punct:
                toks.pop()
            if toks and toks[0].i > head.i + 2 or any(t.i <= head.i for t in toks):
                return None
            for t in toks:
                if t.pos_ == "PROPN" and t.text[:1].isupper() or t.lower_ in ("the", "and", ",") or (t.is_lower and t.pos_ in ("PROPN", "ADP", "DET") and t.head.pos_ == "PROPN" and t.i < t.head.i):
                    continue
                return None
            text = doc[toks[0].i : toks[-1].i + 1].text
            return self._joint_without_articles(_strip_det(text))
        return None

    def _joint_without_articles(self, whole: str) -> str:
        """A joint organisation name with each member written as its entity's canonical name: 'the
        Federal Agency and the National Institute' -> 'Federal Agency and National Institute', as
        either body alone is written without 'the'. A member keeps its 'the' unless the words after
        it are an entity's canonical name of the article ('Ministry of Agriculture and the
        Environment' stays whole when 'Environment' is no mention of its own)."""
        if " the " not in whole and " The " not in whole:
            return whole
        names = set(self.ctx.ent_canon)

        def member(part: str) -> str:
            rest = _strip_det(part)
            return rest if rest != part and rest in names and part.split(" ", 1)[0] in ("the", "The") else part

        return map_joint_members(whole, member)

    def _title_case_name(self, head: Token, a: int, b: int) -> bool:
        """Whether the phrase ``a``..``b`` headed by a capitalised common noun is a name written in
        title case: a capitalised preposition or conjunction inside it ('Doctors Without Borders',
        'Mothers Against Drunk Driving'), or the head capitalised where no sentence starts and a
        capitalised word after it ('the group Friends of the Earth said'). A phrase the text also
        writes so in the middle of a sentence counts too ('Friends of the Earth said' opening a
        sentence after 'members of Friends of the Earth')."""
        ctx, doc = self.ctx, self.ctx.doc
        if head.pos_ != "NOUN" or not head.text[:1].isupper() or head.text.isupper() or ctx.in_quote[head.i]:
            return False
        toks = [doc[i] for i in range(head.i, b) if not doc[i].is_punct]
        if len(toks) < 3 or any(t.ent_type_ == "PERSON" for t in toks) or head.lower_ in ctx.cues.titles:
            return False
        after = toks[1:]
        if not all(t.text[:1].isupper() or t.lower_ in ("of", "the", "for", "and", "&", "in", "on", "at") for t in after):
            return False
        if any(t.pos_ in ("ADP", "CCONJ") and t.text[:1].isupper() for t in after):
            return True
        if not any(t.text[:1].isupper() for t in after):
            return False
        if not self._sentence_initial(doc[a]) and (a == head.i or all(doc[i].lower_ == "the" for i in range(a, head.i))):
            return True
        phrase = ctx.text[head.idx : _tok_end(doc, b - 1)]
        for m in re.finditer(re.escape(phrase), ctx.text):
            before = ctx.text[max(0, m.start() - 3) : m.start()].rstrip()
            if before and before[-1:].isalpha() and m.start() != head.idx:
                return True  # written so after a word, in the middle of a sentence
        return False


    def _issued_title(self, head: Token) -> tuple[int, int, Token] | None:
        """The quoted title that holds ``head`` when the title is the object of an issuing verb
        (`document_issuing_verbs`: issue, release, publish ...): 'the agency released "Global
        Water Outlook 2011: Improving the Odds", which warned ...' -> (first, end, root) of the
        words between the marks, the root being the title word the verb governs; None otherwise.
        A title opens with a capital and holds no finite verb."""
        ctx, doc = self.ctx, self.ctx.doc
        if not ctx.in_quote[head.i] or head.pos_ not in ("NOUN", "PROPN"):
            return None
        sent = head.sent
        qa = head.i
        while qa > sent.start and doc[qa - 1].text not in _TITLE_MARKS and ctx.in_quote[qa - 1] and head.i - qa < 25:
            qa -= 1
        qb = head.i + 1
        while qb < sent.end and doc[qb].text not in _TITLE_MARKS and ctx.in_quote[qb] and qb - head.i < 25:
            qb += 1
        if qa <= sent.start or qb >= sent.end or doc[qa - 1].text not in _TITLE_MARKS or doc[qb].text not in _TITLE_MARKS:
            return None
        if not doc[qa].text[:1].isupper() or any(doc[i].tag_ in ("VBD", "VBZ", "VBP", "MD") for i in range(qa, qb)):
            return None
        roots = [doc[i] for i in range(qa, qb) if not qa <= doc[i].head.i < qb and not doc[i].is_punct]
        root = next((r for r in roots if r.dep_ == "dobj" and r.head.pos_ == "VERB" and r.head.lemma_.lower() in ctx.cues.document_issuing_verbs), None)
        if root is None or any(r.head.i != root.head.i for r in roots):
            return None
        return qa, qb, root

    def _titled_document(self, head: Token) -> Token | None:
        """The document whose quoted title holds ``head``, when the parser made a name inside
        the title a second subject of the cue: 'An open letter titled "A Time to Act: Friends of
        the Earth" said ...' -> 'letter'. The subject outside quotations must carry a naming
        participle (titled, entitled, called, named, headlined); None otherwise."""
        ctx = self.ctx
        if head.dep_ not in ("nsubj", "nsubjpass") or not ctx.in_quote[head.i]:
            return None
        for other in head.head.children:
            if other.dep_ == "nsubj" and other.i < head.i and other.pos_ == "NOUN" and not ctx.in_quote[other.i] and any(
                c.dep_ == "acl" and c.lemma_.lower() in _TITLING_VERBS for c in other.children
            ):
                return other
        return None

    def _name_opening_role(self, a: int, head: Token) -> int | None:
        """The entity row of a person's name that opens a role phrase and is set off from the
        role by a comma ('Kim Hyun-chong, South Korean trade minister'); None when the phrase
        does not open so. A possessive ('Blair's spokesman') or a name under a preposition ('a
        spokesman for Tony Blair') is whom the role serves, not its holder, and never opens one."""
        ctx, doc = self.ctx, self.ctx.doc
        if a >= head.i:
            return None
        k = ctx.entity_at(doc[a].idx, _tok_end(doc, a))
        if k is None or ctx.ent_start[k] != doc[a].idx or not (ctx.ent_label[k] == "PERSON" or ctx.ent_canon[k] in ctx.person_names):
            return None
        last = ctx.token_at(ctx.ent_end[k] - 1)
        if last + 2 > head.i or doc[last + 1].text != "," or doc[last].dep_ in ("poss", "pobj") or ctx.in_quote[last]:
            return None
        if any(doc[i].text in (",", ";", "(", "—") or doc[i].pos_ in ("VERB", "AUX", "ADP") for i in range(last + 2, head.i)):
            return None  # one comma, then the office words alone
        return k

    def _office_words(self, name: str) -> bool:
        """Whether a capitalised phrase is made of office words alone ('Shadow Treasurer',
        'Deputy Minister'), with no name among them."""
        words = name.split()
        return bool(words) and all(w.lower() in self.ctx.cues.titles or w.lower() in _OFFICE_MODIFIERS for w in words) and any(w.lower() in self.ctx.cues.titles for w in words)

    def _in_issuer_phrase(self, head: Token, t: Token) -> bool:
        """Whether ``t`` (an apposition) lies in the issuer phrase of a document noun ``head``:
        'a survey by a business group, the Institute for Supply Management', 'figures from the
        Office for National Statistics (ONS)'. Such a name issues the document, which speaks
        (dev guideline S2); the document rules name it."""
        cues = self.ctx.cues
        if head.pos_ != "NOUN" or not (head.lemma_.lower() in cues.document_heads or head.lower_ in cues.document_heads or people.is_document_noun(head.lower_)):
            return False
        if t.lower_ in _FILE_FORMATS:
            return True  # 'a 2005 report (PDF, 12 pages)': a format note, no name
        for anc in t.ancestors:
            if anc.i == head.i:
                break
            if anc.pos_ in ("VERB", "AUX") and anc.dep_ in ("acl", "relcl", "advcl", "ccomp", "xcomp"):
                return True  # 'a resolution calling for Syria to cooperate with the Commission (UNIIIC)': the content's name
        return any(anc.dep_ == "prep" and anc.lower_ in ("by", "from", "of") and anc.head.i == head.i for anc in t.ancestors)

    def _closing_postposed_name(self, head: Token, first: int, last: Token) -> bool:
        """Whether the proper nouns ``first`` .. ``last`` apposed to ``head`` read as a name though
        their given name is unknown: a postposed title after its verb and a comma, the name ending
        the sentence, no word of it tagged as anything but a person or a title ('"...," opined the
        paper's Urdu Editor, Amir Qadri.'; desc25)."""
        ctx, doc = self.ctx, self.ctx.doc
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or verb.i > head.i or verb.pos_ != "VERB" or doc[first - 1].text != ",":
            return False
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if nxt is not None and nxt.text not in (".", "!", "?") and not (nxt.text in _MARKS or nxt.text in ("'", "’")):
            return False
        return all(doc[i].ent_type_ in ("", "PERSON") and doc[i].lower_ not in ctx.cues.titles and doc[i].is_title for i in range(first, last.i + 1))

    def _apposed_missed_name(self, sp: _Speaker, head: Token, t: Token, lo: int) -> bool:
        """A person's name apposed to an office that the entity model missed or swallowed into
        another name: 'Mayor of Buffalo, Byron W. Brown, calls ...' (tagged 'Buffalo, Byron W.
        Brown', ORG), 'the Brazilian Minister of Foreign Relations, Celso Amorim, said' (no
        entity), 'The leader of the Popular Front ... Ahmed Saadat told'.

        ``head`` must be a singular office or person noun (no body word), ``t`` its apposition, a
        proper noun whose own words make a name of two to four capitalised words that opens with a
        known given name. Fills ``sp`` (the name speaks, the office is its title) and returns True.
        """
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        lemma = head.lemma_.lower()
        if head.tag_ not in ("NN", "NNP") or not (head.lower_ in cues.titles or lemma in cues.titles or lemma in cues.person_heads) or lemma in self._org_words:
            return False
        if t.pos_ != "PROPN" or ctx.in_quote[t.i] or ctx.in_quote[head.i]:
            return False
        first = t.i
        while first > 0 and doc[first - 1].dep_ in ("compound", "flat") and doc[first - 1].head.i == t.i and doc[first - 1].pos_ == "PROPN":
            first -= 1
        words = [doc[i].text for i in range(first, t.i + 1)]
        name = ctx.text[doc[first].idx : _tok_end(doc, t.i)]
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return False
        if people.given_name_gender(words[0]) is None and not self._closing_postposed_name(head, first, t):
            return False
        if people.is_organization_name(name, extra_words=self._org_words) or self._is_outlet(name):
            return False
        sp.text, sp.start, sp.end = name, doc[first].idx, _tok_end(doc, t.i)
        sp.type, sp.canonical = "person", name
        end = first
        comma = self._comma_before_name(first)
        if comma is not None and comma > lo:
            end = comma
        self._role_as_title(sp, *_trim(ctx, lo, end))
        if name in sp.org:
            sp.org = sp.org.replace(name, "").strip(" ,")  # the entity that swallowed the name is its office's body
        ctx.person_names.add(name)
        if words[-1] not in ctx.surnames:
            ctx.surnames[words[-1]] = name  # 'said Brown' later is the same person
        self.history.append(sp)
        return True

    def _titled_after(self, ent: int, head: Token) -> bool:
        """Whether a name the model labelled a place or a body is a person's because an office
        title is apposed to it: 'said Des Browne, UK Secretary of State for Defence' (tagged GPE).

        The name must look like a person's (a known given name first, two to four words) and
        the apposition after its comma must be headed by a title word that is no body word
        ('Acme, a Toronto company' stays a body)."""
        ctx, cues = self.ctx, self.ctx.cues
        if ctx.ent_label[ent] not in ("GPE", "ORG", "NORP", "FAC") or not people.looks_like_person_name(ctx.ent_canon[ent]) or ctx.ent_canon[ent] in self._org_named:
            return False
        for c in head.children:
            if c.dep_ == "appos" and c.i > head.i and ctx.doc[c.left_edge.i - 1].text == ",":
                low, lemma = c.lower_, c.lemma_.lower()
                if (low in cues.titles or lemma in cues.titles) and lemma not in self._org_words and low not in self._org_words:
                    return True
        return False

    def _inverted_title_name(self, sp: _Speaker, head: Token, a: int) -> bool:
        """A title written before the name after the cue: 'said UK Secretary of State for Defence
        Des Browne', 'said Co-CEO of RIM, Jim Balsillie'.

        The parser makes the title the subject and the name an object inside it (or a second
        subject after a comma). The subject must follow its verb, and the words from its phrase's
        start to the first comma or the sentence end must hold a title word. The name is the
        stretch's last words, a known given name and one to three capitalised words after it,
        or, after the comma, a person's entity or such a name closing the sentence or clause
        (followed by '.', ',' or a quotation mark, not by 'and'). Fills ``sp`` (the name speaks,
        the words before it are its title) and returns True.
        """
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        verb = head.head
        if head.dep_ != "nsubj" or verb.i >= head.i or verb.pos_ not in ("VERB", "AUX") or ctx.in_quote[head.i] or head.ent_type_ == "PERSON":
            return False
        end = head.sent.end
        j = a
        while j < end and doc[j].text not in (",", ".", ";", ":") and doc[j].text not in _MARKS:
            j += 1
        if j - a < 2 or not any(doc[i].lower_ in cues.titles or doc[i].lower_.split("-")[-1] in cues.titles for i in range(a, j)):
            return False

        def name_at(lo: int, hi: int) -> int | None:
            """Start token of a name of two to four words ending at token ``hi - 1``, opening with a given name."""
            for first in range(max(lo, hi - 4), hi - 1):
                words = [doc[i] for i in range(first, hi)]
                before = doc[first - 1]
                if not (before.pos_ == "PROPN" or before.lower_ in cues.titles or before.text == ","):
                    continue  # 'the lawyer for Mark Ellis': the name is the role's object, not its holder
                if all(w.pos_ == "PROPN" and w.text[:1].isupper() and w.lower_ not in cues.titles and w.ent_type_ in ("", "PERSON") for w in words) and people.given_name_gender(words[0].text) is not None:
                    return first
            return None

        def closes(k: int) -> bool:
            return k >= end or doc[k].text in (",", ".", ";") or doc[k].text in _MARKS or doc[k].is_space

        name_lo = name_hi = None
        if j < end and doc[j].text == ",":
            k = j + 1
            ent = ctx.entity_at(doc[k].idx, _tok_end(doc, k)) if k < end else None
            if ent is not None and ctx.ent_label[ent] == "PERSON" and ctx.ent_start[ent] == doc[k].idx:
                hi = ctx.token_at(ctx.ent_end[ent] - 1) + 1
                if closes(hi):
                    self._from_entity(sp, ent)
                    self._role_as_title(sp, *_trim(ctx, a, j))
                    return True
            hi = k
            while hi < end and doc[hi].pos_ == "PROPN" and doc[hi].text[:1].isupper():
                hi += 1
            if hi > k and closes(hi) and name_at(k, hi) == k:
                name_lo, name_hi, title_end = k, hi, j
        if name_lo is None and (closes(j)):
            first = name_at(a + 1, j)
            titled = [i for i in range(a, first) if doc[i].lower_ in cues.titles or doc[i].lower_.split("-")[-1] in cues.titles] if first is not None else []
            # 'a spokesman for Governor Anna Ruiz': a title opening a preposition's object is the
            # name's own, and the name is the role's object, not its holder.
            if titled and first is not None and not (titled[-1] == first - 1 > a and doc[first - 2].pos_ == "ADP" and not people.is_portfolio_word(doc[first - 1].lower_)):
                name_lo, name_hi, title_end = first, j, first
        if name_lo is None or name_hi is None:
            return False
        name = ctx.text[doc[name_lo].idx : _tok_end(doc, name_hi - 1)]
        if people.is_organization_name(name, extra_words=self._org_words) or self._is_outlet(name):
            return False
        sp.text, sp.start, sp.end, sp.pos = name, doc[name_lo].idx, _tok_end(doc, name_hi - 1), doc[name_lo].idx
        sp.type, sp.canonical = "person", ctx.surnames.get(name, name)
        ent = ctx.entity_at(sp.start, sp.end)
        if ent is not None and ctx.ent_label[ent] == "PERSON" and ctx.ent_start[ent] == sp.start:
            sp.canonical, sp.ent_id = ctx.ent_canon[ent], ctx.ent_id[ent]
        self._role_as_title(sp, *_trim(ctx, a, title_end))
        ctx.person_names.add(name)
        if name.split()[-1] not in ctx.surnames:
            ctx.surnames[name.split()[-1]] = name  # 'said Browne' later is the same person
        self.history.append(sp)
        return True

    def _title_only(self, k: int) -> bool:
        """Whether entity row ``k`` is a PERSON the model made of office words alone ('Treasurer'
        or 'Shadow Treasurer' in 'the Shadow Treasurer said'): an office, no name."""
        return self.ctx.ent_label[k] == "PERSON" and self._office_words(self.ctx.ent_canon[k])

    def _joint_surnames(self, name: str) -> str:
        """The full names of 'Nagin and Landrieu' when every part joined by 'and' (or commas)
        is the surname or name of a person the article names; '' otherwise ('Procter and
        Gamble', 'Fisheries and Oceans Canada')."""
        ctx = self.ctx
        parts = [p.strip() for p in re.split(r",\s*|\s+and\s+", re.sub(r"^(?:[Bb]oth)\s+", "", name)) if p.strip()]
        if len(parts) < 2 or " and " not in name:
            return ""
        full = []
        for p in parts:
            if p in ctx.surnames:
                full.append(ctx.surnames[p])
            elif p in ctx.person_names and " " in p:
                full.append(p)
            else:
                return ""
        return joint_name(full)

    def _conjoined_people(self, sp: _Speaker, head: Token) -> None:
        """People named together as one subject speak jointly, each by the full name the article
        gave them: 'Kibaki and Odinga said' (after 'Mwai Kibaki ... Raila Odinga'), 'Both Kibaki
        and Musyoka have denied', 'Kaufman and Mark Warner called on' -> 'A and B'. Every
        conjunct of the subject must be a person's name (an entity of a person, a surname the
        article gave in full, or a given name and surname); one that is no name ('Smith and his
        lawyer', 'Smith and the council') leaves the speaker as it was."""
        ctx, doc = self.ctx, self.ctx.doc
        chain, t = [head], head
        while (nxt := next((c for c in t.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > t.i), None)) is not None:
            chain.append(nxt)
            t = nxt
        if len(chain) < 2 or not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for x in chain for c in x.children):
            return
        names: list[str] = []
        for x in chain:
            if ctx.in_quote[x.i]:
                return
            name = self._member_name(x)
            if name and " " not in name:
                # 'Birnbaum' where the entity model took 'Mark Birnbaum and Jim Schermbeck' as one
                # name: the one full name of the article that ends with the surname.
                full = {n for n in ctx.person_names if n.endswith(" " + name) and " and " not in n}
                name = full.pop() if len(full) == 1 else name
            if not name or name in names:
                return
            names.append(name)
        a = _np_range(ctx, head)[0]
        while a < head.i and doc[a].dep_ == "det":
            a += 1
        last = chain[-1]
        sp.text, sp.start, sp.end, sp.pos = ctx.text[doc[a].idx : _tok_end(doc, last.i)], doc[a].idx, _tok_end(doc, last.i), doc[a].idx
        sp.type, sp.canonical, sp.ent_id, sp.resolved, sp.plural = "person", joint_name(names), None, True, True
        sp.title = sp.org = ""

    def _joint_group_for(self, head: Token) -> _Speaker | None:
        """The people or bodies named jointly that a definite plural description stands for:
        'Angela Merkel and Nicolas Sarkozy met in Berlin. The two leaders said ...', 'Human
        Rights Watch and Amnesty International ... The human rights groups said ...'.

        The antecedent is the group joined by 'and' that is the main subject of the sentence
        before (over a 'they') or the last speaker, within three sentences, and of the
        description's kind: a person noun ('leaders', 'researchers') takes people, an
        organisation noun ('groups', 'airlines') bodies; one body whose name holds an 'and'
        ('Fisheries and Oceans Canada') is no group. A number ('the two leaders') must
        count the members. The noun must not name anyone else in between ('Smith and Jones met
        the protesters. The protesters said ...' is no joint speaker); with no such group the
        description stays unnamed.
        """
        ctx, doc, cues = self.ctx, self.ctx.doc, self.ctx.cues
        if head.tag_ != "NNS" or ctx.in_quote[head.i] or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        if any(c.dep_ in ("poss", "prep", "appos", "relcl", "acl") or c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children):
            return None  # 'the company's workers', 'the researchers at X': described by something else
        lemma = head.lemma_.lower()
        if people.is_person_noun(head.lower_, lemma=lemma) or lemma in cues.person_heads or lemma in cues.anonymous_heads:
            kinds: tuple[str, ...] = ("person",)
        elif lemma in cues.organization_heads or lemma in cues.generic_organization_heads:
            kinds = ("organization",)
        else:
            return None
        count = next((c for c in head.children if c.dep_ == "nummod"), None)
        here = ctx.sent_of[head.i]
        found = self._previous_group_subject(head.idx)
        start = doc[_np_range(ctx, head)[0]].idx
        last = next((h for h in reversed(self.history) if h.pos is not None and h.pos < start), None)
        if last is not None and " and " in last.canonical and last.plural and (found is None or (found.pos or 0) < last.pos):
            found = last
        if found is None or found.type not in kinds or " and " not in found.canonical or not found.plural or found.pos is None or ctx.sent_of[ctx.token_at(found.pos)] < here - 3:
            return self._listed_bodies_before(head, count) if kinds == ("organization",) else None
        if count is not None:
            members = len(re.split(r",\s*(?:and\s+)?|\s+and\s+", found.canonical))
            if count.like_num is False or _COUNT_WORDS.get(count.lower_, count.text) != str(members):
                return None
        group_end = found.end if found.end is not None else found.pos
        if found.type == "person" and lemma not in _GROUP_WORDS:
            # 'Professors Ann Lee and Mark Ruiz reported ... The agents told ...': people the text
            # introduced by a role are not another role's holders ('The professors said' are them;
            # 'the two leaders', 'the men' fit anyone).
            roles = {doc[i].lemma_.lower() for i in range(ctx.token_at(found.pos), ctx.token_at(group_end - 1) + 1)
                     if doc[i].pos_ in ("NOUN", "PROPN") and doc[i].ent_type_ != "PERSON" and (doc[i].lower_ in cues.titles or doc[i].lemma_.lower() in cues.titles or people.is_person_noun(doc[i].lower_, lemma=doc[i].lemma_.lower()))}
            for w in (found.title or "").lower().replace(",", " ").split():
                if w in cues.titles or w.rstrip("s") in cues.titles or people.is_person_noun(w, lemma=w[:-1] if w.endswith("s") else w):
                    roles.update((w, w[:-1] if w.endswith("s") else w))
            if roles and lemma not in roles and head.lower_ not in roles:
                return None
        for i in range(ctx.token_at(found.pos), head.i):
            t = doc[i]
            if t.pos_ == "NOUN" and t.lemma_.lower() == lemma and t.idx >= group_end:
                return None  # the noun names a group of its own since
        return found

    def _listed_bodies_before(self, head: Token, count: Token | None) -> _Speaker | None:
        """The organisations the text listed together before a definite plural organisation noun
        that has no joint subject or speaker to stand for (orgres23): 'Regulators fined Google,
        Apple and Microsoft. The companies have said ...', 'ballots at three unions: Amicus,
        the Transport Union and BECTU. ... The unions expect ...' -> the listed bodies jointly.

        A list is two or more names joined only by commas and one 'and' (or '&'), outside
        quotations, ending in the three sentences before: each name a run of proper nouns (with
        'of', 'for', 'the', '&' inside) that no person, place or nationality entity covers, and
        one of them at least an organisation entity or an organisation's name. The last list is
        taken, and only when every organisation named between it and the noun is one of its
        members (a body named since may be the one meant); a news outlet is no member, and a
        number ('the two unions') must count the members. Else None: the description stays unnamed."""
        ctx, doc = self.ctx, self.ctx.doc
        here = ctx.sent_of[head.i]
        lo = ctx.sents[max(0, here - 3)].start
        hi = _np_range(ctx, head)[0]
        best: list[tuple[int, int]] | None = None
        i = lo
        while i < hi:
            members, j = self._name_list_at(i, hi)
            if len(members) >= 2:
                best = members
                i = j
            else:
                i += 1
        if best is None:
            return None
        names = [self._listed_name(a, b) for a, b in best]
        if any(not n or self._is_outlet(n) for n in names) or len(set(names)) < len(names):
            return None
        list_start, list_end = doc[best[0][0]].idx, _tok_end(doc, best[-1][1] - 1)
        for k in range(len(ctx.ent_start)):
            if ctx.ent_label[k] == "ORG" and list_end <= ctx.ent_start[k] and ctx.ent_end[k] <= doc[hi].idx and not ctx.in_quote[ctx.token_at(ctx.ent_start[k])]:
                canon, text = ctx.ent_canon[k], ctx.ent_text[k]
                if not any(canon == n or text in n or n in canon for n in names):
                    return None  # another body named since: the noun may mean it
        if count is not None and _COUNT_WORDS.get(count.lower_, count.text) != str(len(names)):
            return None
        found = _Speaker(joint_name(names), list_start, list_end, pos=list_start)
        found.type, found.canonical, found.plural = "organization", joint_name(names), True
        return found

    def _name_list_at(self, i: int, hi: int) -> tuple[list[tuple[int, int]], int]:
        """The names listed from token ``i`` (before ``hi``) as token ranges, and the token after
        the list; an empty list when none starts there (see ``_listed_bodies_before``)."""
        ctx, doc = self.ctx, self.ctx.doc
        members: list[tuple[int, int]] = []
        j, last_and = i, False
        while True:
            k = j
            if k < hi and doc[k].lower_ == "the" and members:
                k += 1
            end = k
            while end < hi and (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not ctx.in_quote[end]
                                or end > k and doc[end].lower_ in ("of", "for", "the", "&", "'s", "’s") and end + 1 < hi and doc[end + 1].pos_ == "PROPN"):
                end += 1
            if end == k or not self._body_name_tokens(k, end):
                break
            members.append((k, end))
            if last_and:
                j = end
                break
            if end < hi and doc[end].text == "," and end + 1 < hi and doc[end + 1].lower_ in ("and", "&"):
                j, last_and = end + 2, True
            elif end < hi and doc[end].lower_ in ("and", "&"):
                j, last_and = end + 1, True
            elif end < hi and doc[end].text == ",":
                j = end + 1
            else:
                j = end
                break
        if not last_and or len(members) < 2 or not members or j != members[-1][1]:
            return [], i
        if not any(self._org_member(a, b) for a, b in members):
            return [], i
        return members, j

    def _body_name_tokens(self, a: int, b: int) -> bool:
        """Whether tokens ``a``..``b`` may name a body: no person, place or nationality entity covers them."""
        ctx, doc = self.ctx, self.ctx.doc
        k = ctx.entity_at(doc[a].idx, _tok_end(doc, b - 1))
        return k is None or ctx.ent_label[k] not in ("PERSON", "GPE", "LOC", "NORP", "DATE", "FAC") and ctx.ent_canon[k] not in ctx.person_names

    def _org_member(self, a: int, b: int) -> bool:
        """Whether tokens ``a``..``b`` are an organisation entity's or an organisation's name."""
        ctx, doc = self.ctx, self.ctx.doc
        k = ctx.entity_at(doc[a].idx, _tok_end(doc, b - 1))
        return k is not None and ctx.ent_label[k] == "ORG" or people.is_organization_name(ctx.text[doc[a].idx : _tok_end(doc, b - 1)], extra_words=self._org_words)

    def _listed_name(self, a: int, b: int) -> str:
        """A listed body's name: its entity's canonical form when an organisation entity spans it, else its text."""
        ctx, doc = self.ctx, self.ctx.doc
        k = ctx.entity_at(doc[a].idx, _tok_end(doc, b - 1))
        if k is not None and ctx.ent_label[k] == "ORG" and ctx.ent_start[k] == doc[a].idx and ctx.ent_end[k] == _tok_end(doc, b - 1):
            return ctx.ent_canon[k]
        return _strip_det(ctx.text[doc[a].idx : _tok_end(doc, b - 1)])

    def _listed_people(self, sp: _Speaker, head: Token, ent: int) -> None:
        """Three or more people listed as one subject speak jointly: 'Maria Lopez, Daniel Kim and
        Thomas Baker said' -> 'Maria Lopez, Daniel Kim and Thomas Baker'. The phrase stops at the
        first comma, so the list is read here: a chain of conjoined (or apposed) person names whose
        text between the names is only commas and one final 'and'; a description between them
        ('Chris Shays, a Republican moderate, and ...') is no list."""
        ctx, doc = self.ctx, self.ctx.doc
        ents, t = [ent], head
        while True:
            nxt = next((c for c in t.children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN" and c.i > t.i), None)
            k = ctx.entity_at(nxt.idx, nxt.idx + len(nxt)) if nxt is not None else None
            if k is None or ctx.ent_label[k] != "PERSON" and ctx.ent_canon[k] not in ctx.person_names or k in ents or ctx.ent_end[k] != _tok_end(doc, nxt.i):
                break
            ents.append(k)
            t = nxt
        if len(ents) < 3:
            return
        gaps = [ctx.text[ctx.ent_end[x] : ctx.ent_start[y]] for x, y in zip(ents, ents[1:])]
        if not all(re.fullmatch(r"\s*,\s*", g) for g in gaps[:-1]) or not re.fullmatch(r"\s*,?\s*and\s+", gaps[-1]):
            return
        last = ents[-1]
        sp.text, sp.end = ctx.text[sp.start : ctx.ent_end[last]], ctx.ent_end[last]
        sp.canonical = joint_name([ctx.surnames.get(ctx.ent_canon[k], ctx.ent_canon[k]) if k != ent else sp.canonical for k in ents])
        sp.ent_id, sp.plural = None, True

    def _only_name_part_persons(self, a: int, b: int) -> bool:
        """Whether every person entity in tokens ``a``..``b`` is one capitalised word joined to
        the object of an 'of' inside an organisation's name ('Department of Labor and Training',
        where the entity model read 'Training' as a person), not a person of a joint subject."""
        ctx, doc = self.ctx, self.ctx.doc
        k = bisect.bisect_left(ctx.ent_start, doc[a].idx)
        found = False
        while k < len(ctx.ent_start) and ctx.ent_start[k] < _tok_end(doc, b - 1):
            if ctx.ent_label[k] == "PERSON" or ctx.ent_canon[k] in ctx.person_names:
                t = doc[ctx.token_at(ctx.ent_start[k])]
                if ctx.ent_end[k] != t.idx + len(t) or t.dep_ != "conj" or t.head.dep_ != "pobj" or t.head.head.lower_ != "of" or people.given_name_gender(t.text) is not None:
                    return False
                found = True
            k += 1
        return found

    def _trailing_name(self, head: Token) -> int | None:
        """The person entity that closes a role phrase after a comma when the parser attached
        it inside the phrase rather than to the role ('spokesman for the ministry of health in
        Kenya, John Mwangi'), or None. A name after a person noun belongs to that person ('a
        spokesman for the prime minister, Gordon Brown'), so the word before the comma must be
        no person noun, title or person name."""
        ctx, doc = self.ctx, self.ctx.doc
        r = head.right_edge.i
        k = ctx.entity_at(doc[r].idx, _tok_end(doc, r))
        if k is None or ctx.ent_label[k] != "PERSON" or ctx.ent_end[k] != _tok_end(doc, r):
            return None
        first = ctx.token_at(ctx.ent_start[k])
        if first - 2 <= head.i or doc[first - 1].text != "," or doc[first - 1].head.i == head.i and doc[first].head.i == head.i:
            return None  # no phrase before the comma, or a plain apposition (handled above)
        before = doc[first - 2]
        if before.ent_type_ == "PERSON" or before.lower_ in ctx.cues.titles or before.lemma_.lower() in ctx.cues.person_heads or people.is_person_noun(before.lower_, lemma=before.lemma_.lower()):
            return None
        nxt = doc[r + 1] if r + 1 < len(doc) else None
        if nxt is not None and nxt.text not in (".", ",", ";", "!", "?") and not nxt.is_space:
            return None
        return k

    def _joint_bodies(self, sp: _Speaker, head: Token) -> None:
        """Organisations named together as one subject speak jointly: 'CTBA and Taichung City
        Government announced', 'the SLA, JEM, and the AU have promised' -> 'A and B', 'A, B and C'.
        Only names (each an organisation by entity, acronym or name words) joined by 'and'."""
        ctx, doc = self.ctx, self.ctx.doc
        members = []
        todo = [head]
        while todo:
            t = todo.pop()
            for c in t.children:
                if c.pos_ == "PROPN" and (c.dep_ == "conj" or c.dep_ == "appos" and c.text.isupper() and head.text.isupper()):
                    members.append(c)
                    todo.append(c)
        if not members or not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for t in [head, *members] for c in t.children):
            return
        names = [sp.canonical]
        for c in sorted(members, key=lambda t: t.i):
            e = ctx.entity_at(c.idx, c.idx + len(c))
            if sp.start is not None and sp.start <= c.idx < (sp.end or 0) and c.text in sp.canonical or e is not None and ctx.ent_start[e] <= head.idx < ctx.ent_end[e]:
                continue  # part of the name already read ('Northern & Western Power'; not 'Times' of 'The Guardian and The Times')
            acronym = c.text.isupper() and len(c.text) >= 2 and not any(g.dep_ == "compound" for g in c.children)
            found = None if acronym else self._issuer_named_by(c, whole=True, compound=False)
            if acronym:
                full = [n for n, lab in zip(ctx.ent_canon, ctx.ent_label) if lab == "ORG" and _initials(n) == c.text]
                found = (full[0] if full else c.text, None)
            if found is None or found[0] in ctx.person_names and not acronym:
                return  # a person among them: left to the person rules
            if found[0] not in names and found[0] not in sp.canonical:
                names.append(found[0])
        if len(names) < 2:
            return
        lo, hi = head.left_edge.i, max(t.right_edge.i for t in [head, *members]) + 1
        sp.canonical = joint_name(names)
        sp.text, sp.start, sp.end, sp.pos = ctx.text[doc[lo].idx : _tok_end(doc, hi - 1)], doc[lo].idx, _tok_end(doc, hi - 1), doc[lo].idx
        sp.ent_id, sp.plural, sp.title = None, True, ""

    def _role_as_title(self, sp: _Speaker, ta: int, tb: int) -> None:
        """The role written in tokens ``ta:tb`` (a leading determiner left out) is the speaker's title, and the
        organisation it names the speaker's org ('the health minister, Anna Blake' -> 'health minister')."""
        doc = self.ctx.doc
        while ta < tb and doc[ta].dep_ == "det":
            ta += 1
        if tb > ta:
            sp.title = self.ctx.text[doc[ta].idx : _tok_end(doc, tb - 1)]
            sp.org = self._org_among([doc[i] for i in range(ta, tb)])

    def _from_entity(self, sp: _Speaker, ent: int) -> None:
        ctx = self.ctx
        sp.text, sp.start, sp.end = ctx.ent_text[ent], ctx.ent_start[ent], ctx.ent_end[ent]
        sp.text = re.sub(r"(?:['’]s|['’])$", "", sp.text)
        sp.canonical = ctx.ent_canon[ent]
        # First names the model left out of the entity ("Sadiq" + "Khan").
        doc = ctx.doc
        t0 = ctx.token_at(sp.start)
        j = given_names_before(doc, t0, sp.text, ctx.cues.titles) - 1
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
        if not k:
            rank = _rank_before(ctx, ctx.token_at(sp.start))
            if rank:
                sp.rank = rank  # 'Maj. Stephen Joudrey', 'Lt. Col. Anne Blake': the title if no richer one is written
        if len(sp.canonical.split()) == 1 and sp.canonical in ctx.surnames:
            sp.canonical = ctx.surnames[sp.canonical]
        else:
            sp.canonical = self._spelling_variant(sp.canonical, ent) or sp.canonical  # 'President Khatmi' is Mohammad Khatami
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
        while True:
            while a - 1 >= 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].dep_ == "compound" and a <= doc[a - 1].head.i <= head.i and doc[a - 1].ent_type_ not in ("DATE", "TIME") and doc[a - 1].lower_ not in CALENDAR_WORDS:
                a -= 1
            h = _hyphenated_start(doc, a)  # 'Jean-Claude Trichet', 'Monika Niezabitowska-Nowakowska'
            if h == a:
                h = _hyphen_compound_start(doc, a, head.i)  # 'Zanu-PF': the parse makes the word before the hyphen part of the name
            if h == a:
                break
            a = h
        a0 = a
        while a < head.i and (doc[a].lower_ in ctx.cues.titles or people.honorific_gender(doc[a].text) is not None):
            a += 1
        title = ctx.text[doc[a0].idx : _tok_end(doc, a - 1)] if a > a0 else ""
        name = ctx.text[doc[a].idx : head.idx + len(head)]
        known = name in ctx.surnames and ctx.surnames[name] or name in ctx.person_names  # 'Ebbers said' after 'Bernard Ebbers'
        if not known and (a == head.i and self._sentence_initial(head) and head.tag_ == "NNPS" or (head.text.endswith("s") and people.is_person_noun(head.lower_) and people.given_name_gender(head.text) is None and self._sentence_initial(head))):
            return False  # 'Insurers told ...': a capitalised common noun opening the sentence
        if not known and (head.lower_ in ctx.cues.titles or people.is_person_noun(head.lower_, lemma=head.lemma_.lower())) and self._quantified_description(head, [t.lower_ for t in head.lefts if t.dep_ != "punct"], named_ok=True):
            return False  # 'One Liberal MP said', 'Two Labour councillors': some of a group, described (R84)
        if not known and head.tag_ in ("NNS", "NNPS") and head.ent_type_ == "NORP" and people.is_faith_noun(head.lower_):
            return False  # 'Some Shiites said': the followers of a faith, described, not a name
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
            full = ctx.org_tail_name(sp.canonical)
            if full and ctx.text[max(0, sp.end - len(full)) : sp.end] == full:
                sp.canonical = sp.text = full  # 'The Sunday Times says': the parse left the day out of the name
                sp.start = sp.pos = sp.end - len(full)
        elif people.is_role_only(ctx.text[doc[a0].idx : head.idx + len(head)], titles=ctx.cues.titles):
            return False  # 'Deputy National Security Advisor': an office, not a name
        elif self._placed_office(a0, head):
            return False  # 'US Judge said', 'Iraqi Deputy Prime Minister said': a country's office, not a name
        elif name in ctx.surnames:
            sp.type, sp.canonical = "person", ctx.surnames[name]
        elif a == head.i and name.lower() in ctx.cues.titles and not people.is_portfolio_word(name.lower()) and people.given_name_gender(name) is None and not people.is_organization_name(name):
            return False  # "Bauer's CEO said" (the model tags 'CEO' as a body): an office, not a name ('Defence says' is a ministry)
        elif self._org_entity_named(name) is not None:
            # 'Rio Tinto say' after 'Rio Tinto Group' and "Rio Tinto's": the organisation's full name.
            full = self._org_entity_named(name)
            sp.type, sp.canonical = ("media" if self._is_outlet(name) or self._is_outlet(full) else "organization"), full
        elif name in self._pronoun_bound_names and name not in self._org_named:
            # 'Tarquin announced his resignation. ... According to Tarquin, ...': the text takes the
            # name up with 'he'/'his', whatever label the entity model gave it elsewhere.
            sp.type, sp.canonical = "person", name
        elif self.name_label.get(name) in ("ORG", "GPE", "NORP") or any(h.canonical == name and h.type in ("organization", "media") for h in self.history):
            # "Vodafone say ...": a name typed as an organisation elsewhere in the text stays one,
            # whatever the verb's number did to the tagger here.
            sp.type, sp.canonical = ("media" if self._is_outlet(name) else "organization"), name
        elif name.isupper() and len(name) >= 2:
            full = [c for c, lab in zip(ctx.ent_canon, ctx.ent_label) if lab in ("ORG", "GPE") and _initials(c) == name]
            sp.type, sp.canonical = "organization", (full[0] if full else name)
        elif head.lemma_.lower() in ctx.cues.organization_heads or head.lemma_.lower() in ctx.cues.media_heads or name.lower() in ctx.cues.titles or name.lower() in ctx.cues.anonymous_heads or (a == head.i and head.lower_.endswith("s") and head.lower_[:-1] in ctx.cues.organization_heads):
            return False  # "Ministry", "Spokesman", "the Boards of X and Y": a description, not a name
        elif head.lower_ in ctx.cues.titles and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in head.children):
            return False  # "the Sinn Féin President": a title with its domain, not a name
        elif head.lower_ in _NAMED_DOCUMENTS:
            sp.type, sp.canonical = "document", _strip_det(name)  # 'The Kestrel Bay Charter says'
        elif name in self._org_named:
            sp.type, sp.canonical = "organization", name  # 'Glencore stated' after 'mining company Glencore'
        elif people.is_organization_name(name, extra_words=self._org_words) and not people.looks_like_person_name(name):
            # 'According to Human Rights Watch': a name with an organisation word in it.
            sp.type, sp.canonical = "organization", _strip_det(name)
        else:
            sp.type, sp.canonical = "person", name
        if sp.type == "person" and sp.canonical == name and name in ctx.given_names and name not in ctx.shared_surnames and name not in ctx.surnames and name not in ctx.kept_apart:
            sp.canonical = ctx.given_names[name]  # 'Shane announced' after 'Shane Ortiz': the entities table's full name
        if sp.type == "person" and title:
            sp.title = sp.title or title
        if sp.type == "person" and any(
            c.dep_ == "appos" and c.i > head.i and doc[c.left_edge.i - 1].text == "," and (c.lower_ in ctx.cues.titles or c.lemma_.lower() in ctx.cues.person_heads or people.is_person_noun(c.lower_, lemma=c.lemma_.lower()) and not people.is_group_noun(c.lower_))
            for c in head.children
        ):
            role, role_toks = self._apposition_role(head)
            if role and (not sp.title or all(people.is_courtesy_title(w) for w in sp.title.split())):
                # 'Girija Prasad Koirala, the former Prime Minister of Nepal' (a name the entity model missed)
                sp.title = role
                sp.org = self._org_among(role_toks) or sp.org
        self.history.append(sp)
        return True

    def _person_tail(self, ent: int, head: Token) -> int | None:
        """The first token of a person's name that closes a body's entity at ``head``: two or
        three capitalised words opening with a known given name, after the body's own words
        ('Office of Media Affairs Kirsten Petree'); None when the entity ends otherwise or the
        words are a body's ('Mary Robinson Foundation' ends with a body word, not at a name)."""
        ctx, doc = self.ctx, self.ctx.doc
        last = ctx.token_at(ctx.ent_end[ent] - 1)
        first = ctx.token_at(ctx.ent_start[ent])
        if head.i != last or last - first < 2 or self._is_outlet(ctx.ent_canon[ent]):
            return None
        for k in (last - 1, last - 2):
            if k <= first:
                break
            words = [doc[i].text for i in range(k, last + 1)]
            if not self._given_name_words(words):
                continue
            if any(w.lower() in self._org_words or w.lower() in self.ctx.cues.titles for w in words):
                return None
            if doc[k - 1].text[:1].isupper() and people.given_name_gender(doc[k - 1].text) is not None:
                continue  # 'Mary Ann Smith': the name starts earlier
            if not any(doc[i].lower_ in self._org_words or doc[i].lemma_.lower() in self._org_words or doc[i].lower_ in self.ctx.cues.titles for i in range(first, k)):
                return None  # 'Lebanese Red Cross': no body or office before the words, so one name
            if not people.looks_like_person_name(" ".join(words), extra_org_words=self._org_words):
                return None
            return k
        return None

    def _nearest_bearer(self, name: str, char: int) -> str | None:
        """The person named in full last before ``char`` whose surname is ``name``, when several
        people of the article share that surname (so it maps to none of them by itself) and no
        gender evidence set the surname apart; None otherwise."""
        ctx = self.ctx
        if " " in name or not name[:1].isupper() or name not in ctx.shared_surnames or name in ctx.kept_apart or name in ctx.person_names:
            return None  # (shared_surnames holds every surname of two or more full names, read once per article)
        bearers = {c for c in ctx.person_names if len(c.split()) >= 2 and c.split()[-1] == name}
        # 'American Cindy Sheehan' and 'Cindy Sheehan' are one person (the longer form holds a
        # word before the name): only different given names make different people.
        bearers = {c for c in bearers if not any(o != c and c.endswith(" " + o) for o in bearers)}
        if len(bearers) < 2:
            return None
        k = bisect.bisect_left(ctx.ent_start, char) - 1
        while k >= 0:
            c = ctx.ent_canon[k]
            found = next((b for b in bearers if c == b or c.endswith(" " + b)), None)
            if found is not None and not ctx.in_quote[ctx.token_at(ctx.ent_start[k])]:
                return found
            k -= 1
        return None

    def _placed_office(self, a: int, head: Token) -> bool:
        """Whether the capitalised words ``a``..``head`` are a country and an office alone ('US
        Judge', 'Iraqi Deputy Prime Minister'): the country the entity model tags GPE or NORP
        first, then only office words (a title, or a role as :func:`newslab.people.is_role_only`
        reads it). A given name or an organisation word makes it a name."""
        ctx, doc = self.ctx, self.ctx.doc
        p = a
        while p < head.i and doc[p].ent_type_ in ("GPE", "NORP") and doc[p].text[:1].isupper():
            p += 1
        if p == a:
            return False
        rest = ctx.text[doc[p].idx : head.idx + len(head)]
        titles = ctx.cues.titles
        if any(people.given_name_gender(w) is not None and w.lower() not in titles for w in rest.split()) or people.is_organization_name(rest, extra_words=self._org_words):
            return False
        if p == head.i:
            return head.lower_ in titles and not people.is_portfolio_word(head.lower_)
        return people.is_role_only(rest, titles=titles)

    def _name_read_as_noun(self, sp: _Speaker, head: Token) -> bool:
        """A body's name the tagger read as a common noun and the entity model missed: 'Vonage
        claims ...', 'Transport for London have reassured ...' (after 'according to Vonage',
        'Transport for London (TfL) announced ...').

        The head is a capitalised noun with no determiner, and the same capitalised word stands
        elsewhere in the article outside quotations and not at a sentence's start (so 'Insurers
        said' or 'Officials say' opening a sentence stay common nouns); a title-case 'for'/'of'
        tail belongs to the name. Typed an organisation (an outlet when it is one) unless the
        article names a person so or the word is the surname of several people it names ('Fred
        Mattlage' and 'Larry Mattlage' ... 'Mattlage says': a person; :meth:`_nearest_bearer` has
        already given it the one named in full last, so here it keeps the surname alone, which
        points to neither full name); False when the rule does not apply.
        """
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        word = head.text
        if head.pos_ != "NOUN" or not word[:1].isupper() or word.isupper() or ctx.in_quote[head.i] or any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in head.children):
            return False
        low = head.lower_
        if low in cues.titles or head.lemma_.lower() in cues.person_heads or low in cues.anonymous_heads or head.lemma_.lower() in cues.organization_heads or people.is_person_noun(low, lemma=head.lemma_.lower()):
            return False
        end = head.i
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i == head.i + 1), None)
        if prep is not None:
            tail = [t for t in doc[prep.i + 1 : prep.right_edge.i + 1]]
            if tail and all(t.pos_ == "PROPN" or t.lower_ in ("and", "the", "of") for t in tail) and tail[-1].pos_ == "PROPN":
                end = tail[-1].i
        # A capitalised noun with a title-case 'for'/'of' tail is a name even where it stands only
        # once ('Transport for London have reassured ...', 'Friends of the Earth said'); a
        # capitalised noun alone must stand elsewhere in the text too.
        if end == head.i and not any(t.text == word and t.i != head.i and not ctx.in_quote[t.i] and not self._sentence_initial(t) for t in doc):
            return False
        name = ctx.text[head.idx : _tok_end(doc, end)]
        sp.text, sp.start, sp.end, sp.pos = name, head.idx, _tok_end(doc, end), head.idx
        if name in ctx.surnames or name in ctx.person_names or name in ctx.shared_surnames:
            sp.type, sp.canonical = "person", ctx.surnames.get(name, name)
        else:
            sp.type = "media" if self._is_outlet(name) else "organization"
            sp.canonical = self._org_entity_named(name) or name
        self.history.append(sp)
        return True

    def _sentence_initial(self, t: Token) -> bool:
        """Whether a token opens its sentence (after any quotation marks or brackets)."""
        i = t.i - 1
        while i >= 0 and (self.ctx.doc[i].is_quote or self.ctx.doc[i].text in "([" or self.ctx.doc[i].is_space):
            i -= 1
        return i < 0 or self.ctx.sent_of[i] != self.ctx.sent_of[t.i] or self.ctx.doc[i].text in (".", "!", "?", ":", ";")














    def _learn(self, sp: _Speaker) -> None:
        """Remember the gender a pronoun gave a person ('Jean Pellow ... she said': Jean is she here)."""
        if sp.gender and sp.canonical and " and " not in sp.canonical:
            self.gender.setdefault(sp.canonical, sp.gender)


#: Plural nouns that describe any group of people, whatever roles the text gave them ('the two
#: leaders' after 'Chancellor X and President Y').
_GROUP_WORDS = frozenset({"leader", "man", "men", "woman", "women", "people", "person", "pair", "duo", "couple", "politician", "lawmaker", "legislator", "member", "partner", "colleague"})

#: A North American broadcaster's call sign ('KTEN', 'WKRG-TV'), read as an outlet before a media noun.
_CALL_SIGN = re.compile(r"^[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?$")

#: Verbs that give a person an office: 'appointed X (as) Y', 'X was elected Y', 'X became Y'.
_OFFICE_VERBS = frozenset({"appoint", "name", "elect", "nominate", "choose", "select", "make", "promote", "install", "swear", "confirm", "become", "re-elect", "reelect", "hire", "designate", "serve"})


#: How a nationality ends after the stem it shares with its country ('Leban-ese', 'German-',
#: 'Swed-ish', 'Norweg-ian', 'Kenya-n').
_NATIONALITY_TAILS = frozenset({"", "i", "n", "an", "ian", "ean", "ese", "ish", "ic", "ite"})


def _person_noun(ctx: _Context, t: Token) -> bool:
    """Whether ``t`` is a singular common noun that describes one person ('novelist', 'hacker',
    'virologist'): a title, a person head of the lexicon or a person noun by the word lists or
    WordNet, never a group word ('team', 'family')."""
    if t.pos_ != "NOUN" or t.tag_ != "NN" or ctx.in_quote[t.i]:
        return False
    low, lemma = t.lower_, t.lemma_.lower()
    if people.is_group_noun(low) or lemma in ctx.cues.organization_heads:
        return False
    return low in ctx.cues.titles or lemma in ctx.cues.person_heads or people.names_people(low, lemma=lemma)


def _described_as(ctx: _Context, name: Token) -> list[str]:
    """The person nouns the text says the person whose name ends at ``name`` is (desc25): the
    noun the name is apposed to before it ('The novelist, Ian Marsh, spoke'), and the predicate of
    a copula with the name as subject ('Helen Park is a virologist at the Institute'). [] when
    the text says nothing such outside quotations."""
    if ctx.in_quote[name.i]:
        return []
    while name.dep_ in ("compound", "flat") and name.head.i != name.i and name.head.pos_ == "PROPN":
        name = name.head
    out: list[str] = []
    if name.dep_ == "appos" and name.head.i < name.i and _person_noun(ctx, name.head):
        out.append(name.head.lemma_.lower())
    verb = name.head
    if name.dep_ == "nsubj" and verb.lemma_ == "be":
        # ('X is a lawyer for the family and Y is a lawyer ...' parsed with Y joined to the noun: no one's)
        out.extend(c.lemma_.lower() for c in verb.children if c.dep_ == "attr" and c.i > name.i and _person_noun(ctx, c) and not any(g.dep_ == "conj" for g in c.subtree))
    return out


def _alias_of(ctx: _Context, k: int) -> str | None:
    """The person noun that entity ``k`` is introduced as the alias of: 'A hacker, or group of
    hackers, operating under the alias of The Dark Overlord', 'a blogger who goes by the name
    Red Kite', 'a rapper known as Lil Tay' -> 'hacker', 'blogger', 'rapper' (desc25). The noun is
    the nearest person noun the alias phrase hangs on (at most eight steps up the parse); None
    when the text before the name is no alias phrase or no person noun carries it."""
    doc = ctx.doc
    start = ctx.ent_start[k]
    if _ALIAS_BEFORE.search(ctx.text, max(0, start - 40), start) is None:
        return None
    t0 = ctx.token_at(start)
    t = doc[t0]
    if ctx.in_quote[t0]:
        return None
    for _ in range(8):
        if t.head.i == t.i:
            break
        t = t.head
        if t.i < t0 and _person_noun(ctx, t):
            return t.lemma_.lower()
        if t.dep_ in ("ROOT", "ccomp", "conj") and t.pos_ in ("VERB", "AUX"):
            break
    # The parser often makes the alias the subject of the main verb ('A hacker operating under the
    # alias Black Falcon has leaked ...'): the nearest person noun before the alias phrase in the
    # sentence, with no finite verb between.
    lo = max(doc[t0].sent.start, t0 - 12)
    for j in range(t0 - 1, lo - 1, -1):
        u = doc[j]
        if u.pos_ in ("VERB", "AUX") and u.tag_ not in ("VBG", "VBN") and u.lemma_ != "go":
            return None
        if _person_noun(ctx, u):
            return u.lemma_.lower()
    return None


def _office_given(ctx: _Context, name: Token) -> list[str]:
    """The words of an office a clause gives the person whose name ends at ``name``: 'The
    president appointed Karim Haddad as interior minister' and 'Haddad was appointed interior
    minister' -> ['minister', 'interior'], 'Haddad became president' -> ['president'], 'Ruiz
    serves as the company's chief executive' -> ['executive', 'chief']; [] otherwise.

    The verb must be one of :data:`_OFFICE_VERBS` with the name as its subject (or object for
    'appoint X as Y'), the office a singular title or person noun after it, as predicate
    ('oprd', 'attr') or after 'as'. Names inside quotations give nobody an office.
    """
    cues = ctx.cues
    while name.dep_ in ("compound", "flat") and name.head.i != name.i and name.head.pos_ == "PROPN":
        name = name.head
    verb = name.head
    if ctx.in_quote[name.i] or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _OFFICE_VERBS:
        return []
    if name.dep_ == "dobj" and verb.lemma_.lower() in ("become", "serve", "confirm", "swear"):
        return []
    if name.dep_ not in ("nsubj", "nsubjpass", "dobj") or name.dep_ == "nsubj" and verb.lemma_.lower() not in ("become", "serve"):
        return []  # 'Haddad named the minister': the subject gives the office, it does not get it
    roles = [c for c in verb.children if c.dep_ in ("oprd", "attr") and c.i > name.i]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > name.i:
            roles.extend(g for g in c.children if g.dep_ == "pobj")
    out: list[str] = []
    for r in roles:
        lemma = r.lemma_.lower()
        if r.pos_ not in ("NOUN", "PROPN") or r.tag_ not in ("NN", "NNP") or not (r.lower_ in cues.titles or lemma in cues.titles or lemma in cues.person_heads):
            continue
        out.append(lemma)
        out.extend(m.lower_ for m in r.children if m.i < r.i and m.dep_ in ("amod", "compound") and m.lower_ in cues.titles)
    return out


def _office_of_before(ctx: _Context, i: int) -> list[str]:
    """The words of an office written as 'TITLE of the DOMAIN, ' just before token ``i`` (a
    name), whatever the parse made of it: 'with leader of the opposition, Brendan Nelson moving'
    -> ['leader', 'opposition'], so 'the opposition leader' later is Brendan Nelson; [] otherwise.
    Only a title of the cue lists heads it, and the domain is one or two plain words."""
    doc, titles = ctx.doc, ctx.cues.titles
    if i < 4 or doc[i - 1].text != ",":
        return []
    j = i - 2
    domain = []
    while j >= 0 and len(domain) < 2 and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and not doc[j].ent_type_ == "PERSON":
        domain.append(doc[j].lower_)
        j -= 1
    if not domain or j < 1:
        return []
    if doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].lower_ != "of" or doc[j - 1].lower_ not in titles or ctx.in_quote[j - 1]:
        return []
    return [doc[j - 1].lower_, *domain]


def _rank_before(ctx: _Context, i: int) -> str:
    """The abbreviated ranks written just before token ``i`` ('Maj.', 'Lt. Col.', 'Sgt'), as written.

    The tokenizer often splits 'Maj.' into 'Maj' and '.', and the entity model then leaves the
    rank out of the name; the ranks are the ``rank_abbreviations`` list of people.json.
    """
    doc = ctx.doc
    j = i
    while j > 0:
        if doc[j - 1].text == "." and j > 1 and people.is_rank_abbreviation(doc[j - 2].text) and not doc[j - 2].whitespace_:
            j -= 2
        elif doc[j - 1].text.endswith(".") and people.is_rank_abbreviation(doc[j - 1].text):
            j -= 1
        else:
            break
    if j == i:
        return ""
    if j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].lower_ in ("staff", "lance", "master", "first", "chief"):
        j -= 1  # 'Staff Sgt. James Lucas'
    return ctx.text[doc[j].idx : _tok_end(doc, i - 1)]

