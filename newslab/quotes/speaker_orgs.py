"""Organisations, outlets and documents as speakers: full body names, issuers, police forces."""

from __future__ import annotations

import bisect
import functools
import re

from spacy.tokens import Token

from newslab import people
from newslab.entities import _acronym_of, _initials, _org_part, strip_name
from newslab.quotes.mention import _ENACTED_DOCUMENTS, _NAMED_DOCUMENTS, _NAMED_POLICE, _POSTS, _TITLED_DOCUMENTS, _Speaker
from newslab.sources import joint_members, joint_name
from newslab.quotes.parse import _hyphen_compound_start, _strip_det, _subject, _tok_end

#: Words after '<Name> police' that make it a body of police officers, not the force.
_POLICE_BODY_AFTER = re.compile(r"\s+(?:[Uu]nions?|[Ff]ederations?|[Aa]ssociations?|[Ss]yndicates?|[Bb]rotherhoods?|[Cc]ommissions?)\b")

# Documents a court issues: 'the ruling', 'the decision' after 'The Ontario Court of Appeal ruled'.
_COURT_DOCUMENTS = frozenset({"ruling", "judgment", "judgement", "verdict", "decision", "opinion", "order"})
_COURT_WORDS = frozenset({"court", "tribunal"})
# A document named after what its issuer did: 'the filing' after 'Toys R Us filed for bankruptcy'.
_DOCUMENT_VERB = {"filing": "file", "ruling": "rule", "decision": "decide", "announcement": "announce", "judgment": "judge", "judgement": "judge"}
# Inquiries are carried out, not released: 'The Justice Department concluded an inquest',
# 'Gallup conducted a poll', 'the survey carried out by ...'.
_INQUIRIES = frozenset({"inquest", "investigation", "inquiry", "review", "audit", "study", "survey", "poll", "census", "probe", "analysis", "assessment", "research"})
# Inquiry nouns that name a poll of their own ('Harrisonpoll', 'the Carrow Poll').
_POLLS = frozenset({"poll", "survey", "polls", "surveys"})
_INQUIRY_VERBS = frozenset({"conduct", "carry", "conclude", "complete", "launch", "open", "hold", "run", "do", "undertake"})
# Texts an outlet runs: 'a report in the Washington Post', 'an article on CNN'.
_REPORTS = frozenset({"report", "reports", "article", "story", "editorial", "interview", "piece", "item"})
# Nouns that are a newspaper when an outlet was just named ('told the St. Paul Pioneer Press. The paper said').
_PAPER_WORDS = frozenset({"paper", "newspaper"})
# Verbs that put a report in a publication ('a report published in The Village Voice').
_PUBLISHING_VERBS = frozenset({"publish", "print", "run", "carry"})

# Social-media accounts speak for their owners; a platform word or 'official' marks one.
_ACCOUNTS = frozenset({"account", "accounts", "feed", "page", "handle", "channel"})
# One-word names of bodies that are also organisation heads ('a spokesman for the Pentagon').
_BODY_NAMES = frozenset({"pentagon", "kremlin", "vatican", "élysée", "elysee"})
_PLATFORMS = frozenset({"twitter", "x", "facebook", "instagram", "weibo", "telegram", "youtube", "tiktok", "linkedin", "wechat", "bluesky", "threads", "mastodon", "vk", "snapchat"})

# 'X was renamed Y', 'X changed its name to Y', 'X returned to its original name: Y' (after the old name).
_RENAMED_TO = re.compile(r"\b(?:was |were |is |has been |will be |to be )?(?:renamed|rebranded(?: as)?|changed its name to|returned to its (?:original |former |old )?name,?:?|(?:is )?now (?:known|called) as|will be known as|to be known as)\s+(?:the\s+)?(?=[A-Z])")
# 'Y, formerly known as X' (after the new name).
_FORMERLY = re.compile(r",?\s+(?:formerly|previously|once) (?:known as |called )?(?:the\s+)?(?=[A-Z])")
# Offices held in a body: 'founder and director of Reprieve', 'the president of Acme' name a body after 'of'.
_OFFICES_OF = frozenset({"founder", "co-founder", "cofounder", "director", "chairman", "chairwoman", "chairperson", "chair", "president", "ceo", "head", "secretary-general", "general-secretary", "spokesman", "spokeswoman", "spokesperson", "member", "members", "employee", "employees", "staff"})


#: Nouns that make the name next to them a news outlet ('tabloid newspaper The Sun', 'Forbes, the
#: business magazine'); words that also name other things ('station', 'network', 'agency', 'channel',
#: 'press', 'programme') are left out.
_OUTLET_NOUNS = frozenset({"newspaper", "paper", "tabloid", "daily", "weekly", "magazine", "broadcaster", "newsmagazine", "newsweekly", "journal", "publication"})
#: Nouns an article may call an outlet by ("the agency said" after "the news agency X"): the outlet nouns and a few more.
_MEDIA_NOUNS_CALLED = _OUTLET_NOUNS | {"channel", "agency", "station", "network"}
#: Nouns that name a broadcaster only with a broadcast word on them ('the television station London
#: MBC', 'KBS, the South Korean public radio network', 'the news agency Yonhap'): alone they also name
#: a police station, a rail network, a government agency (org28).
_BROADCAST_BODY_NOUNS = frozenset({"station", "channel", "network", "agency", "service"})
_BROADCAST_WORDS = frozenset({"television", "tv", "radio", "broadcasting", "broadcast", "news", "cable", "satellite", "wire"})
#: A body word that ends an outlet's name after a broadcast or press word ('Australian Broadcasting
#: Corporation', 'Korean Broadcasting System', 'American Forces Press Service'); 'agency' has its own test.
_OUTLET_NAME_BODIES = frozenset({"corporation", "corp", "company", "system", "service", "network"})
_OUTLET_NAME_MEDIA_WORDS = frozenset({"broadcasting", "press", "news", "television", "radio", "tv"})

#: Families of document nouns an article uses for one document ('filed a class action suit ... the
#: complaint states'; 'signed a power sharing agreement ... The accord calls for'; 'A notice on the
#: website announced ... The statement says'). A later definite mention looks back for any word of
#: its families. 'document' itself refers back to any document noun.
_DOCUMENT_FAMILIES = (
    frozenset({"complaint", "suit", "lawsuit", "petition", "filing", "action"}),
    frozenset({"bill", "legislation", "measure", "proposal"}),
    frozenset({"agreement", "accord", "pact", "treaty", "deal", "declaration", "communique", "communiqué"}),
    frozenset({"statement", "notice", "announcement", "release", "communique", "communiqué"}),
    frozenset({"notice", "tender"}),
    frozenset({"report", "study", "paper", "dossier", "review", "analysis", "survey"}),
    frozenset({"draft", "plan", "proposal"}),
    frozenset({"email", "e-mail", "mail", "message"}),
    frozenset({"poll", "survey"}),  # an opinion poll is a survey: 'a poll published on Friday ... The survey suggests'
)
#: Classes of document nouns for the article's document index (:meth:`_OrgRules._document_index`):
#: a definite or bare mention ('the statement', 'official data', 'the leaflets') refers back to the
#: last earlier document of its class that names an issuer. Statements and releases; reports and the
#: inquiries and polls they publish; figures; leaflets.
_INDEX_CLASSES = (
    frozenset({"statement", "release", "communique", "communiqué", "announcement"}),
    frozenset({"report", "study", "survey", "poll", "investigation", "inquiry", "review", "analysis", "findings", "memo", "memorandum"}),
    frozenset({"data", "figure", "figures", "statistic", "statistics"}),
    frozenset({"leaflet", "flier", "flyer", "pamphlet"}),
)
#: Company suffixes in an organisation's name ('Acme Corp', 'Brill Ltd'): the name is a company's (orgdesc25).
_COMPANY_SUFFIXES = frozenset({"corp", "inc", "ltd", "plc", "llc", "co", "gmbh", "ag"})
#: The class table of organisation descriptions (orgdesc25): a definite singular description
#: whose head is a class word ('the firm', 'the organisation', 'the tribunal', 'the watchdog')
#: stands for the one organisation the article introduced with any noun of that class ('Korvanta,
#: the Dutch airline' is the firm; 'Greenleaf, a charity' is the organisation). A class word
#: matches its class's members; a member ('the airline') matches only itself (the exact rule of
#: ``_introduced_org``). Company suffixes in a name ('Acme Corp', 'Brill Ltd') introduce a company.
_ORG_CLASSES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"company", "firm", "corporation", "business"}),
     frozenset({"company", "firm", "corporation", "business", "airline", "carrier", "bank", "automaker", "carmaker", "insurer",
                "lender", "manufacturer", "maker", "retailer", "publisher", "developer", "startup", "chain", "conglomerate"}) | _COMPANY_SUFFIXES),
    (frozenset({"group", "organisation", "organization"}),
     frozenset({"group", "organisation", "organization", "charity", "association", "foundation", "society", "movement", "coalition",
                "alliance", "federation", "league"})),
    (frozenset({"court", "tribunal"}), frozenset({"court", "tribunal"})),
    (frozenset({"regulator", "watchdog"}), frozenset({"regulator", "watchdog"})),
)

#: Verbs that issue a leaflet besides the lexicon's issuing verbs ('The army dropped leaflets').
_LEAFLET_VERBS = frozenset({"drop", "scatter", "hand"})
#: Determiners that introduce another document ('a report', 'another statement'), not one named before.
_NEW_DOCUMENT_DETS = frozenset({"a", "an", "another", "some", "any", "no", "each", "every"})


def _index_class(t: Token) -> int | None:
    """The index of ``t``'s class in :data:`_INDEX_CLASSES` (by word or lemma), or None."""
    low, lemma = t.lower_, t.lemma_.lower()
    for k, words in enumerate(_INDEX_CLASSES):
        if low in words or lemma in words:
            return k
    return None


# Letters and messages: whoever wrote one sent it ('the email Doug Mahugh wrote to Jelliffe ...
# The e-mail also stated'); for reports 'written by' names an author, not the issuer.
_CORRESPONDENCE = frozenset({"letter", "email", "e-mail", "mail", "message", "memo", "note"})
# Verbs whose 'by' agent handled, judged or passed on a document rather than made it ('a report
# examined by', 'a memo revealed by'); besides the lexicon's document_non_issuing_verbs.
_HANDLING_VERBS = frozenset({"examine", "analyse", "analyze", "study", "discuss", "debate", "hear", "view", "report", "mention", "describe", "dispute", "challenge", "oppose", "support", "back", "block", "veto", "praise", "condemn", "attack", "hand", "forward", "find", "discover", "seize", "intercept", "translate", "vote", "amend", "reveal", "expose", "reproduce", "reprint", "broadcast", "air", "show", "summarize", "summarise", "cover", "use", "interpret"})
# Verbs that make their subject the author of a bill, plan or draft in an earlier mention ('X is
# proposing a bill ... The bill states'); read only there, not as reporting cues.
_AUTHORING_VERBS = frozenset({"propose", "introduce", "draft", "sponsor", "prepare", "write"})
# Pronouns that own a document ('Their statement to the court said', 'its report found').
_OWNER_PRONOUNS = {"their": "they", "its": "it", "his": "he", "her": "she"}


_AGREEMENTS = _DOCUMENT_FAMILIES[2]
# Modifiers that refer back to a document rather than describe another one ('the current draft',
# 'the revised plan', 'the full report'); 'the 2002 peace plan' is another document.
_REFERRING_WORDS = frozenset({"current", "new", "latest", "revised", "final", "original", "full", "same", "entire", "whole", "official", "leaked", "published", "written", "draft"})
# How many sentences back a document's earlier mention is looked for (from the mention, or from
# each definite mention passed over on the way).
_MENTION_WINDOW = 10
# How many sentences after a document's first mention a definite mention that names its issuer is
# looked for ('according to a poll published on Friday. The poll, published by Maariv, ...').
_LATER_WINDOW = 2
# Pages an issuer owns: 'a notice on the Metronet website'.
_DOMAIN = re.compile(r"\w\.(?:org|com|net|gov|edu)$", re.IGNORECASE)
_SITES = frozenset({"website", "site", "homepage", "webpage", "page", "blog"})


def _compact(name: str) -> str:
    """A lower-case name without a leading 'the', spaces, hyphens and dots ('Al-Jazeera' -> 'aljazeera')."""
    name = name.lower()
    if name.startswith("the "):
        name = name[4:]
    return re.sub(r"[\s\-.]+", "", name)


def _media_lemmas(noun: Token) -> tuple[str, ...]:
    """A noun's lemma, and 'broadcaster' too when it is a station, channel, network, agency or service
    with a broadcast word on it ('television station', 'public radio network', 'news agency'): that
    phrase says the name beside it is an outlet, as 'broadcaster' itself does (org28)."""
    lemma = noun.lemma_.lower()
    if lemma in _BROADCAST_BODY_NOUNS and any(
            c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and c.lower_ in _BROADCAST_WORDS for c in noun.children):
        return (lemma, "broadcaster")
    return (lemma,)


@functools.lru_cache(maxsize=4)
def _compact_outlets(outlets: frozenset[str]) -> frozenset[str]:
    """The listed outlets in :func:`_compact` form (cached: the lexicon is loaded once)."""
    return frozenset(_compact(o) for o in outlets)


def _document_words(head: Token) -> set[str]:
    """The document noun ``head`` (word and lemma) with the nouns of its families (``_DOCUMENT_FAMILIES``)."""
    words = {head.lemma_.lower(), head.lower_}
    for family in _DOCUMENT_FAMILIES:
        if words & family:
            words |= family
    return words


def _designation_word(x: Token) -> bool:
    """A word of a text's number designation: '1843', 'C-38', '263' ('Resolution 1843', 'Bill C-38', 'TCK 263')."""
    return x.text[:1].isalnum() and any(ch.isdigit() for ch in x.text)


#: Heads of a document mention that an enacted text's name before it, or a number after it, names
#: ('the Solomon amendment, a law which states', 'article TCK 263, which reads').
_ENACTED_NAME_HEADS = _ENACTED_DOCUMENTS | _NAMED_DOCUMENTS | {"law", "statute", "article", "section"}


def _naming_participle(t: Token) -> Token | None:
    """The participle right after noun ``t`` that gives it a name ('a group *called* X', 'rebels
    *known* as X', 'gunmen *calling* themselves X'), or None."""
    doc = t.doc
    j = t.i + 1
    if j < len(doc) and doc[j].dep_ == "acl" and doc[j].head.i == t.i and doc[j].lemma_.lower() in ("call", "name", "know"):
        return doc[j]
    return None


def _called_name_start(t: Token) -> int | None:
    """Where the name a noun is given by :func:`_naming_participle` begins: after 'itself' /
    'themselves' / 'as' and a 'the' before a capital ('a party called the Greens' -> 'Greens');
    'known' needs its 'as'. None when no participle names ``t``."""
    part = _naming_participle(t)
    if part is None:
        return None
    doc = t.doc
    j = part.i + 1
    given = j < len(doc) and doc[j].lower_ in ("itself", "themselves", "as")
    if part.lower_ == "known" and not (given and doc[j].lower_ == "as"):
        return None
    j += given
    if j + 1 < len(doc) and doc[j].lower_ == "the" and doc[j + 1].text[:1].isupper():
        j += 1
    return j


def _handles(verb: Token, cues) -> bool:  # noqa: ANN001 - the cue lexicon
    """Whether ``verb`` only handles a document rather than speaks in it or issues it ('obtained',
    'saw', 'received' in 'In an exclusive report, the Herald has obtained documents ...'): the
    lexicon's ``document_non_issuing_verbs``. The subject of such a verb (often the writer of the
    article itself) is no issuer of the report it acts in. Verbs that report ('found', 'revealed',
    'said') are not among them: 'In its report, the agency found that ...' is the agency's."""
    return verb.lemma_.lower() in cues.document_non_issuing_verbs


def _under_phrase(x: Token, top: Token) -> bool:
    """Whether ``x`` hangs from ``top`` through a prepositional phrase or a clause."""
    while x.i != top.i:
        if x.dep_ in ("prep", "relcl", "acl"):
            return True
        x = x.head
    return False


def _clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the clause it hangs from when it has none ('TfL announced
    the plans after submitting the tender' -> TfL)."""
    subj = _subject(verb)
    if subj is not None or verb.dep_ not in ("pcomp", "advcl", "xcomp", "conj"):
        return subj
    up = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    return _subject(up) if up.pos_ in ("VERB", "AUX") and up.i != verb.i else None


def _past_expletive(subj: Token) -> Token:
    """The subject of the 'that' clause an expletive 'it' stands for ('it was decided that the Fed
    would ...', 'it seems that the council ...'); ``subj`` itself otherwise."""
    if subj.lower_ != "it" or not (subj.dep_ == "nsubjpass" or subj.head.lemma_ in ("be", "seem", "appear")):
        return subj
    for c in subj.head.children:
        if c.dep_ == "ccomp" and c.i > subj.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            inner = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i), None)
            if inner is not None:
                return inner
    return subj


class _OrgRules:
    """Mixin of :class:`newslab.quotes.speakers._Resolver` (organisations, outlets and documents as speakers)."""

    def _org_shaped(self, ent: int) -> bool:
        """Whether a name the model labelled PERSON is an organisation's.

        'Brightwater Engineering' (an organisation word in it), 'BusCo, which runs the
        routes' (a 'which' clause), 'BusCo, a bus operator' (an apposition that is no person).
        """
        ctx = self.ctx
        canon = ctx.ent_canon[ent]
        words = canon.split()
        if canon in self.gender or people.looks_like_person_name(canon):
            return False
        if ctx.ent_label[ent] != "PERSON":
            # 'Aljazeera' tagged ORG here and PERSON elsewhere: the text's own words decide.
            return canon in ctx.person_names and canon in self._text_org_names
        if people.is_organization_name(canon, extra_words=self._org_words) and not (len(words) == 2 and people.given_name_gender(words[0]) is not None):
            return True
        if canon in self._org_named:
            return True  # 'human rights organization Reprieve', 'director of Reprieve' elsewhere in the text
        last = ctx.doc[ctx.token_at(ctx.ent_end[ent] - 1)]
        cues = ctx.cues
        for c in last.children:
            if c.dep_ == "relcl" and any(g.lower_ == "which" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                return True
            if c.dep_ == "appos" and c.pos_ == "NOUN" and (c.lemma_.lower() in self._org_words or c.lower_ in self._org_words):
                # 'BusCo, a bus operator' is a body; 'Sharad Rao, General Secretary of BEST's workers
                # union' is a person whose role the parser hung on the body it names.
                if not any(t.i < c.i and (t.lower_ in cues.titles or t.lemma_.lower() in cues.person_heads) for t in c.subtree):
                    return True
        return False

    @functools.cached_property
    def _org_named(self) -> frozenset[str]:
        """Names the text itself shows to be organisations' whatever the entity model labelled them.

        A name right after an organisation noun ('mining company Glencore', 'human rights
        organization Reprieve'), a name after an office and 'of' ('founder and director of
        Reprieve'), and an acronym the model labels PERSON in one place and ORG in another
        ('says ONUB' ... 'ONUB rights chief'). Never a name with a person's given name or honorific.
        """
        ctx, doc, cues = self.ctx, self.ctx.doc, self.ctx.cues
        found: set[str] = set()
        org_labelled = {c for c, lab in zip(ctx.ent_canon, ctx.ent_label) if lab in ("ORG", "GPE", "NORP")}
        for k, lab in enumerate(ctx.ent_label):
            canon = ctx.ent_canon[k]
            if lab == "PERSON" and canon.isupper() and " " not in canon and len(canon) >= 2 and canon in org_labelled:
                found.add(canon)
            elif lab == "PERSON" and " " not in canon and canon in org_labelled and canon not in ctx.surnames and canon not in ctx.person_names and people.given_name_gender(canon) is None:
                # 'InBev is the parent company ... InBev claims': a one-word name the model labels
                # ORG in one place and PERSON in another, with no person's name it could be short for.
                found.add(canon)
        for t in self._free_proper_nouns:
            if t.i == 0:
                continue
            prev = doc[t.i - 1]
            org_noun = prev.pos_ == "NOUN" and prev.tag_ == "NN" and (prev.lemma_.lower() in cues.organization_heads or prev.lower_ in cues.generic_organization_heads) and not any(c.dep_ == "case" for c in prev.children)
            office = prev.lower_ == "of" and t.i >= 2 and doc[t.i - 2].lower_ in _OFFICES_OF
            if not (org_noun or office):
                continue
            ent = ctx.entity_at(t.idx, t.idx + len(t))
            if ent is not None and ctx.ent_start[ent] == t.idx:
                name = ctx.ent_canon[ent]
                if ctx.ent_label[ent] not in ("PERSON", "ORG"):
                    continue
            elif ent is None:
                j = t.i
                while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper() and doc[j + 1].ent_type_ in ("", "ORG"):
                    j += 1
                name = ctx.text[t.idx : _tok_end(doc, j)]
            else:
                continue
            words = name.split()
            if people.looks_like_person_name(name) or people.given_name_gender(words[0]) is not None or people.honorific_gender(words[0]) is not None or name in self.gender:
                continue
            found.add(name)
        # 'Mcafee, another major security firm', 'InBev is the parent company', 'Adidas ... its
        # share': the text's own words about the name (speaker_pronouns._PronounRules).
        return frozenset(found) | self._text_org_names

    @functools.cached_property
    def _names_described_as_orgs(self) -> frozenset[str]:
        """Names the text describes with an organisation noun, in an apposition or after 'is'.

        'Adidas, the second largest sports clothes manufacturer in the world, has announced',
        'Airbus, Europe's biggest aircraft manufacturer, said', 'InBev is the parent company of
        Labatt USA', 'Fujitsu, HP and Unisys are the only major manufacturers': the description
        decides the type of every mention of the name, whatever label the entity model gave it
        (or none). Read outside quotations only.

        This is the one check of this shape (0.9.0): ``_org_named`` and the first kind of
        evidence of ``speaker_pronouns._PronounRules._text_org_names`` both read it (two
        parallel checks until then). The noun is an organisation word (the cue lexicon's
        organisation heads, generic heads and media words, or a word
        :func:`newslab.people.is_organization_name` knows); an apposition follows a comma or an
        opening bracket and is singular ('the FTSE 100 Index (the top 100 firms ...)' describes
        no body); a copula predicate may be plural. A description decides nothing when a word
        before its head holds a role ('Sharad Rao, General Secretary of the workers' union') or
        when the copula is negated ('X is not a company'); an owner before it does not stop it
        ('the world's largest social network'). A name with a given name, an honorific or a
        title in front, or one that looks like a person's, is never taken. Both the words of the
        name and the entity's canonical form are returned.
        """
        ctx, doc, cues = self.ctx, self.ctx.doc, self.ctx.cues

        def org_noun(n: Token, *, plural: bool) -> bool:
            low, lemma = n.lower_, n.lemma_.lower()
            if n.pos_ != "NOUN" or n.tag_ not in (("NN", "NNS") if plural else ("NN",)):
                return False
            if not (lemma in self._org_words or low in self._org_words or people.is_organization_name(low)):
                return False
            if low in cues.titles or lemma in cues.person_heads:
                return False
            # 'another major security firm': an adjective is no rank ('Major'); a noun or name can hold a role
            return not any(t.i < n.i and t.pos_ in ("NOUN", "PROPN") and (t.lower_ in cues.titles or t.lemma_.lower() in cues.person_heads) for t in n.subtree)

        found: set[str] = set()
        for t in self._free_proper_nouns:
            if t.dep_ == "compound":
                continue
            described = any(c.dep_ == "appos" and c.i > t.i and doc[c.left_edge.i - 1].text in (",", "(") and org_noun(c, plural=False) for c in t.children)
            # 'Korvanta Labs, which makes the kits, said': a 'which' clause on the name says it is
            # no person, whatever label the entity model gave it (or none).
            described = described or any(c.dep_ == "relcl" and c.i > t.i and doc[c.left_edge.i - 1].text == "," and any(g.lower_ == "which" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in t.children)
            subj = t
            while subj.dep_ == "conj" and subj.head.i < subj.i:
                subj = subj.head  # 'Fujitsu, HP and Unisys are the only manufacturers': every conjunct
            if not described and subj.dep_ == "nsubj" and subj.head.lemma_ == "be" and not any(c.dep_ == "neg" for c in subj.head.children):
                described = any(c.dep_ == "attr" and org_noun(c, plural=True) for c in subj.head.children)
            if not described:
                continue
            # The whole name: every capitalised proper noun the parse hangs inside it ('Human' +
            # 'Rights' + 'Watch').
            a = t.i
            while a > 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].dep_ in ("compound", "flat") and a - 1 < doc[a - 1].head.i <= t.i and doc[a - 1].text[:1].isupper():
                a -= 1
            a = _hyphen_compound_start(doc, a, t.i)  # 'Zanu-PF, the ruling party': a hyphen-joined name is one name
            names = [ctx.text[doc[a].idx : _tok_end(doc, t.i)]]
            ent = ctx.entity_at(t.idx, t.idx + len(t))
            if ent is not None:
                if ctx.ent_label[ent] in ("PERSON", "ORG", "NORP"):
                    names.append(ctx.ent_canon[ent])
                elif ctx.ent_start[ent] <= doc[a].idx:
                    continue  # a place, a date, a work: 'Canada', not 'Garuda Indonesia' (a GPE inside the name)
            first = doc[a].text
            if people.given_name_gender(first) is not None or people.honorific_gender(first) is not None or first.lower() in cues.titles:
                continue
            if any(not n.split() or people.looks_like_person_name(n) or n in self.gender for n in names):
                continue
            found.update(names)
        return frozenset(found)

    @functools.cached_property
    def _introduced_orgs(self) -> list[tuple[int, str, str, int | None, int | None]]:
        """Organisations the text introduces with a common noun, as (char, noun lemma, name, entity
        row, the noun's token or None), in text order, outside quotations.

        Four shapes: the noun right before the name, with or without a comma ('the pilots'
        union Vereinigung Cockpit', 'between the airline and union, Vereinigung Cockpit'), the
        noun apposed after it ('Vereinigung Cockpit, the pilots' union, ...'), the noun that
        names itself ('a group calling itself X', 'a party called X', 'a charity known as X'),
        and an organisation name that holds the noun ('the Transport Workers Union'). A name
        with a person's given name or honorific is never taken ('a spokesman for the union, John
        Hale'), except where the noun is said to be called so.
        """
        ctx, doc, cues = self.ctx, self.ctx.doc, self.ctx.cues
        nouns = cues.organization_heads | cues.generic_organization_heads
        found: list[tuple[int, str, str, int | None, int | None]] = []

        def name_at(i: int, *, called: bool = False) -> tuple[str, int | None, int] | None:
            """The name starting at token ``i``: (name, entity row, last token), or None."""
            if i >= len(doc) or not doc[i].text[:1].isupper() or doc[i].pos_ not in ("PROPN", "NOUN") or ctx.in_quote[i]:
                return None
            ent = ctx.entity_at(doc[i].idx, _tok_end(doc, i))
            if ent is not None:
                # The entity model may take the article into the name ('the Joint Committee on ...').
                begins = ctx.ent_start[ent] == doc[i].idx or i > 0 and doc[i - 1].lower_ == "the" and ctx.ent_start[ent] == doc[i - 1].idx
                if not begins or ctx.ent_label[ent] not in ("ORG", "PERSON"):
                    return None
                name, last = ctx.ent_canon[ent], ctx.token_at(ctx.ent_end[ent] - 1)
            else:
                last = i
                while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].text[:1].isupper() and not doc[last + 1].ent_type_:
                    last += 1
                name = ctx.text[doc[i].idx : _tok_end(doc, last)]
            words = name.split()
            if called:
                # 'a group calling itself Abdullah ...': the body's name, whatever its words, with the
                # capitalised words the entity model left out ('a party called Citizens First').
                while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].text[:1].isupper() and doc[last + 1].idx == _tok_end(doc, last) + 1:
                    last += 1
                if last + 2 < len(doc) and doc[last + 1].lower_ in ("in", "of") and doc[last + 1].head.i == last and doc[last + 1].dep_ == "prep" and doc[last + 2].ent_type_ in ("GPE", "LOC") and doc[last + 2].head.i == last + 1 and (last + 3 >= len(doc) or doc[last + 3].pos_ not in ("PROPN", "NOUN", "ADJ") and doc[last + 3].text not in ("'s", "’s")):
                    # 'a group called the Islamic Resistance in Iraq showed ...': a place the parser
                    # hangs on the name it was called by, with nothing after it, is part of that
                    # name (desc31; the entity model stops at the place).
                    last += 2
                return ctx.text[ctx.ent_start[ent] if ent is not None else doc[i].idx : _tok_end(doc, last)].removeprefix("the "), ent, last
            if name in self.gender or people.looks_like_person_name(name) or people.given_name_gender(words[0]) is not None or people.honorific_gender(words[0]) is not None:
                return None
            return name, ent, last

        def acronym_defined_at(i: int) -> tuple[str, int | None, int] | None:
            """The name starting at token ``i`` that its bracketed acronym defines whatever the
            entity model tagged in it: 'the group Christians Against All Terrorism (CAAT)' (orgdesc25)."""
            if i >= len(doc) or not doc[i].text[:1].isupper() or ctx.in_quote[i]:
                return None
            for j in range(i + 1, min(i + 9, len(doc) - 2)):
                if doc[j].text == "(":
                    acr = doc[j + 1].text
                    if doc[j + 2].text != ")" or not acr.isupper() or len(acr) < 2 or not doc[j - 1].text[:1].isupper():
                        return None
                    name = ctx.text[doc[i].idx : _tok_end(doc, j - 1)]
                    return (name, None, j - 1) if _acronym_of(acr, name) else None
                if doc[j].is_punct or doc[j].is_sent_start:
                    return None
            return None

        for t in doc:
            if t.pos_ != "NOUN" or t.tag_ != "NN" or ctx.in_quote[t.i]:
                continue
            lemma = t.lemma_.lower()
            if lemma not in nouns or lemma in cues.person_heads:
                continue
            # The noun before the name: 'union Vereinigung Cockpit', 'union, Vereinigung Cockpit'.
            j = t.i + 1
            if j < len(doc) and doc[j].text == ",":
                j += 1
                if j + 1 < len(doc) and doc[j].lower_ == "the" and doc[j + 1].text[:1].isupper():
                    j += 1  # 'a senate committee, the Joint Committee on Public Oversight,'
            got = name_at(j)
            longer = acronym_defined_at(j)
            if longer is not None and (got is None or longer[2] > got[2]):
                got = longer  # the model cut the name its acronym defines ('the group Parents For Safe Streets (PFSS)')
            if got is not None and not any(c.dep_ == "case" for c in t.children):
                after = got[2] + 1
                # '..., Vereinigung Cockpit's leader' or 'union, Acme and Beta' are no introduction.
                if after >= len(doc) or doc[after].text not in ("'s", "’s", "and", "&"):
                    found.append((doc[got[2]].idx, lemma, got[0], got[1], t.i))
                    continue
            # The noun that names itself: 'a group calling itself X', 'a party called X', 'known as X'.
            j = _called_name_start(t)
            if j is not None:
                got = name_at(j, called=True)
                if got is not None:
                    found.append((doc[got[2]].idx, lemma, got[0], got[1], t.i))
                    continue
            # The noun apposed after a name: 'Vereinigung Cockpit, the union, said'.
            if t.dep_ == "appos" and t.head.i < t.i and t.head.text[:1].isupper():
                k = t.head.i
                while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
                    k -= 1
                got = name_at(k)
                if got is not None and got[2] == t.head.i:
                    found.append((t.idx, lemma, got[0], got[1], t.i))
            # A copula's predicate: 'Greenleaf is a charity based in Leeds' (orgdesc25; negated never).
            if t.dep_ == "attr" and t.head.lemma_ == "be" and t.head.i < t.i and not any(c.dep_ == "neg" for c in t.head.children):
                subj = next((c for c in t.head.children if c.dep_ == "nsubj" and c.i < t.head.i and c.pos_ == "PROPN"), None)
                if subj is not None and not any(c.dep_ == "conj" for c in subj.children) and not any(g.dep_ == "conj" for g in t.children):
                    k = subj.i
                    while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() and doc[k - 1].head.i == subj.i:
                        k -= 1
                    got = name_at(k)
                    if got is not None and got[2] == subj.i:
                        found.append((t.idx, lemma, got[0], got[1], t.i))
        for k, lab in enumerate(ctx.ent_label):
            if lab != "ORG" or ctx.in_quote[ctx.token_at(ctx.ent_start[k])] or self._is_outlet(ctx.ent_canon[k]):
                continue
            for w in ctx.ent_canon[k].lower().split():
                w = w.strip(".,'’")
                if w in nouns:
                    found.append((ctx.ent_start[k], w, ctx.ent_canon[k], k, None))
                elif w in _COMPANY_SUFFIXES and w != ctx.ent_canon[k].lower():
                    found.append((ctx.ent_start[k], w, ctx.ent_canon[k], k, None))  # 'Acme Corp': a company by its class (orgdesc25)
        found.sort(key=lambda f: f[0])
        return found

    @functools.cached_property
    def _bodies_of_people(self) -> list[tuple[int, str, int | None]]:
        """Bodies the text introduces as a group of people, as (char, name, entity row), in text
        order, outside quotations (desc31): a plural people noun that the text says is called so
        ('Rebels known as the Northern Front (NF)', 'militant leaders known as Davao 8', 'gunmen
        calling themselves X'), and an organisation introduced with a noun of the group class
        (orgdesc25's index: 'a group called X', 'the militant movement X', 'X, a charity,')."""
        ctx, doc = self.ctx, self.ctx.doc
        groups = next(m for words, m in _ORG_CLASSES if "group" in words)
        found: list[tuple[int, str, int | None]] = [
            (pos, name, ent) for pos, noun, name, ent, tok in self._introduced_orgs if tok is not None and noun in groups
        ]
        for t in doc:
            if t.pos_ != "NOUN" or t.tag_ != "NNS" or ctx.in_quote[t.i] or not people.is_person_noun(t.lower_, lemma=t.lemma_.lower()):
                continue
            j = _called_name_start(t)
            if j is None or j >= len(doc) or not doc[j].text[:1].isupper() or ctx.in_quote[j]:
                continue
            ent = ctx.entity_at(doc[j].idx, _tok_end(doc, j))
            if ent is not None and ctx.ent_label[ent] in ("PERSON", "GPE", "LOC", "NORP", "DATE", "CARDINAL"):
                continue  # a place, people or a person: no body's name
            last = j
            while last + 1 < len(doc) and (doc[last + 1].pos_ in ("PROPN", "NUM") or doc[last + 1].lower_ in ("of", "for", "and") and last + 2 < len(doc) and doc[last + 2].text[:1].isupper()) and not doc[last + 1].is_punct:
                last += 1
            if ent is not None and ctx.ent_end[ent] > _tok_end(doc, last):
                last = ctx.token_at(ctx.ent_end[ent] - 1)
            found.append((doc[last].idx, ctx.text[doc[j].idx : _tok_end(doc, last)], ent))
        found.sort(key=lambda f: f[0])
        return found

    def _body_of_people(self, head: Token, words: list[str], char: int) -> tuple[str, int | None] | None:
        """The one body a definite plural people noun stands for (desc31): 'Rebels known as the
        Northern Front claim ... The rebels told a reporter ...', 'a video released by a group
        called the Mountain Brigade ... the kidnappers say ...' -> that body, as (name, entity id).
        Only 'the' + modifiers + a plural people noun (no count, no quantifier, no name, no
        possessor, nothing after it) as the source of a cue; the body must be the one so
        introduced before it in the article (two, or none: None, the unnamed people stay
        anonymous)."""
        ctx = self.ctx
        if not words or words[0] != "the" or head.tag_ != "NNS" or head.pos_ != "NOUN" or ctx.in_quote[head.i]:
            return None
        lemma, cues = head.lemma_.lower(), ctx.cues
        if not people.is_person_noun(head.lower_, lemma=lemma) or lemma == "police" or {lemma, head.lower_} & (cues.organization_heads | cues.anonymous_heads):
            return None  # ('the police', 'the officials', 'the authorities': a body or unnamed officials of their own)
        for t in ctx.doc[: head.i]:
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.tag_ == "NNS" and not ctx.in_quote[t.i] and not any(c.dep_ == "det" for c in t.children) and _naming_participle(t) is None:
                # 'Biology teachers ... refused ... the teachers stated': the same noun brought in
                # before without a determiner is an unnamed group of its own, not a body's members.
                return None
        for t in head.subtree:
            if t.i == head.i:
                continue
            if t.i > head.i or t.dep_ in ("nummod", "poss", "predet", "quantmod", "appos", "conj", "relcl", "acl", "prep") or t.ent_type_ in ("PERSON", "ORG") or t.lower_ in ("both", "all", "some", "many", "other", "two", "three"):
                return None
        names: dict[str, tuple[str, int | None]] = {}
        for pos, name, ent in self._bodies_of_people:
            if pos >= char:
                break
            eid = ctx.ent_id[ent] if ent is not None else None
            names[f"#{eid}" if eid is not None else name] = (name, eid)
        if len(names) != 1:
            return None
        return next(iter(names.values()))

    def _introduced_org(self, lemma: str, char: int) -> tuple[str, int | None] | None:
        """The organisation the text last introduced with the noun ``lemma`` before ``char``
        ('the union' -> 'Vereinigung Cockpit' after 'the pilots' union Vereinigung Cockpit'), as
        (name, entity id), or None."""
        best = None
        for pos, noun, name, ent, _ in self._introduced_orgs:
            if pos >= char:
                break
            if noun == lemma:
                best = (name, self.ctx.ent_id[ent] if ent is not None else None)
        return best

    def _introduced_org_of_class(self, lemma: str, char: int) -> tuple[str, int | None] | None:
        """The one organisation the text introduced before ``char`` with a noun of the class of the
        class word ``lemma`` (``_ORG_CLASSES``): 'the firm' after 'Korvanta, the Dutch airline'
        (orgdesc25). None when ``lemma`` is no class word, when no organisation or several were so
        introduced ('the company' after 'Brill, a bank' and 'Tamsin, a retailer'), or when the
        organisation quoted last is another one."""
        members = next((m for words, m in _ORG_CLASSES if lemma in words), None)
        if members is None:
            return None
        names: dict[str, int | None] = {}
        for pos, noun, name, ent, _ in self._introduced_orgs:
            if pos >= char:
                break
            if noun in members:
                eid = self.ctx.ent_id[ent] if ent is not None else None
                names[f"#{eid}" if eid is not None else name] = eid
                last = (name, eid)
        if len(names) != 1:
            return None
        # An organisation the text never described may be meant: the body quoted last, when it is
        # another ('Fiat announced ... stake in automaker Chrysler ... the company has told' is Fiat).
        prev = self._last(("organization",), char)
        if prev is not None and not (prev.canonical == last[0] or last[1] is not None and prev.ent_id == last[1]):
            return None
        return last

    def _name_of_noun(self, head: Token) -> tuple[str, int | None] | None:
        """The name the text gives the organisation noun ``head`` itself ('according to the payroll
        company Paylane', 'the union, Vereinigung Cockpit'), as (name, entity id), or None."""
        for pos, _, name, ent, noun in self._introduced_orgs:
            last = self.ctx.doc[self.ctx.token_at(pos)]
            # ('an official government Twitter account': a name that modifies a later word is no name of the noun)
            if noun == head.i and last.head.i <= last.i:
                return name, self.ctx.ent_id[ent] if ent is not None else None
        return None

    def _introduced_org_with_name(self, lemma: str, name: str, char: int) -> tuple[str, int | None] | None:
        """The organisation 'the Senate committee' at ``char`` stands for: the one the text last
        introduced with the noun ``lemma`` ('a Senate committee, the Senate Subcommittee on
        Investigations') or named with it ('the Senate Appropriations Committee'), before
        ``char``, when its name holds every word of the name ``name`` before the noun; None when
        no such organisation was named, so 'the House committee' is never the Senate's."""
        want = [w for w in re.findall(r"[\w’'.&-]+", name.lower()) if w not in ("the", "of")]
        if not want:
            return None

        def holds(found: str) -> bool:
            words = set(re.findall(r"[\w’'.&-]+", found.lower()))
            return all(w in words for w in want)

        introduced = self._introduced_org(lemma, char)
        if introduced is not None and holds(introduced[0]):
            return introduced
        k = self._named_org_with(lemma, char)
        if k is not None and self.ctx.ent_start[k] < char and holds(self.ctx.ent_canon[k]):
            return self.ctx.ent_canon[k], self.ctx.ent_id[k]
        return None

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
            if " " not in canon and (people.is_portfolio_word(canon) or canon.lower() in ctx.cues.titles or canon.lower() in self._org_words) and not (label == "ORG" and canon.lower() in _BODY_NAMES):
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
            return self._capitalised_name_with(t.text) or self._place_body(low) or ""
        return ""

    def _place_body(self, word: str) -> str | None:
        """'Kestrel Bay council' for 'council' in an article that never writes the council's name.

        Only for heads named after a place (``place_named_organization_heads``); the place is the
        one most mentioned outside quotations (the first of equals). None when no place is named.
        """
        ctx = self.ctx
        if word not in ctx.cues.place_named_organization_heads:
            return None
        counts: dict[str, int] = {}
        for k, lab in enumerate(ctx.ent_label):
            canon = ctx.ent_canon[k]
            words = canon.split()
            # A place by its label, or by its last word whatever the label ('Kestrel Bay's' tagged PERSON).
            place = lab in ("GPE", "LOC") or lab in ("PERSON", "ORG", "FAC") and len(words) >= 2 and words[-1].lower() in ctx.cues.place_name_words and people.given_name_gender(words[0]) is None
            if place and not ctx.in_quote[ctx.token_at(ctx.ent_start[k])]:
                counts[canon] = counts.get(canon, 0) + 1
        doc = ctx.doc
        for t in doc:
            # A place name the entity model missed: proper nouns ending in a place word ('in Ashby Cove').
            if t.pos_ != "PROPN" or t.lower_ not in ctx.cues.place_name_words or t.dep_ == "compound" or ctx.in_quote[t.i] or t.ent_type_:
                continue
            lo = t.i
            while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i == t.i:
                lo -= 1
            located = t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "around", "across", "outside")
            if lo < t.i and (located or people.given_name_gender(doc[lo].text) is None):
                name = ctx.text[doc[lo].idx : _tok_end(doc, t.i)]
                counts[name] = counts.get(name, 0) + 1
        if not counts:
            return None
        place = max(counts, key=counts.get)  # dicts keep first-seen order: ties go to the first place named
        return f"{place} {word}"

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

    def _last_org_entity(self, char: int, *, outlets: bool = True) -> int | None:
        """The last organisation entity that ends before ``char`` outside quotations (news outlets
        skipped unless ``outlets``), or None."""
        ctx = self.ctx
        k = bisect.bisect_left(ctx.ent_start, char) - 1
        while k >= 0 and (ctx.ent_label[k] != "ORG" or ctx.ent_end[k] > char or ctx.in_quote[ctx.token_at(ctx.ent_start[k])]
                          or not outlets and self._is_outlet(ctx.ent_canon[k])):
            k -= 1
        return k if k >= 0 else None

    def _last_outlet_entity(self, char: int, *, sentences: int) -> int | None:
        """The last news outlet named outside quotations before ``char``, in its sentence or the
        ``sentences`` before it; None if there is none."""
        ctx = self.ctx
        first = ctx.sents[max(0, ctx.sent_of[ctx.token_at(char)] - sentences)].start_char
        k = bisect.bisect_left(ctx.ent_start, char) - 1
        while k >= 0 and ctx.ent_start[k] >= first:
            if ctx.ent_end[k] <= char and ctx.ent_label[k] in ("ORG", "WORK_OF_ART") and not ctx.in_quote[ctx.token_at(ctx.ent_start[k])] and self._is_outlet(ctx.ent_canon[k]):
                return k
            k -= 1
        return None

    def _body_not_outlet(self, char: int, low: str, lemma: str) -> bool:
        """Whether 'the agency' or 'the network' at ``char`` is the body named last rather than an outlet.

        Both words name news outlets and public bodies; the outlet is meant only when an outlet
        was the last organisation named or quoted ('told the AFP news agency ... the agency
        said'), not after 'NASA' or 'the Environment Agency'."""
        cues = self.ctx.cues
        if low not in cues.organization_heads and lemma not in cues.organization_heads:
            return False
        prev = self._last(("media",), char)
        k = self._last_org_entity(char)
        if k is not None and not self._is_outlet(self.ctx.ent_canon[k]):
            return prev is None or self.ctx.ent_start[k] > prev.pos
        return prev is None and k is None

    def _body_named_before(self, char: int, low: str, lemma: str) -> tuple[str, int] | None:
        """The organisation entity 'the department', 'the ministry' or 'the agency' at ``char``
        refers back to when no name holds the word (people.json ``body_nouns``): the last
        organisation named, if it was a subject or a speaker within three sentences and its name
        holds no organisation word of its own ('Toyota Motor Corporation' is no department), as (name,
        entity id); else None."""
        ctx, doc = self.ctx, self.ctx.doc
        if not (people.is_body_noun(low) or people.is_body_noun(lemma)):
            return None
        k = self._last_org_entity(char)
        if k is None or self._is_outlet(ctx.ent_canon[k]) or ctx.ent_canon[k] in ctx.person_names:
            return None
        canon = ctx.ent_canon[k]
        if people.is_organization_name(canon, extra_words=self._org_words) or people.looks_like_person_name(canon):
            return None
        first = ctx.token_at(ctx.ent_start[k])
        if ctx.sent_of[ctx.token_at(char)] - ctx.sent_of[first] > 3:
            return None
        lo = first
        while lo >= 2 and doc[lo - 1].lower_ in ("and", "&") and doc[lo - 2].text[:1].isupper() and doc[lo - 2].pos_ in ("PROPN", "NOUN"):
            lo -= 2  # 'Fisheries and Oceans Canada': the entity model cut the name at 'and'
        name = ctx.text[doc[lo].idx : ctx.ent_end[k]]
        toks = [t for t in doc[lo : first + 12] if t.idx < ctx.ent_end[k]]
        subject = any(t.dep_ in ("nsubj", "nsubjpass") and not (doc[lo].idx <= t.head.idx < ctx.ent_end[k]) for t in toks)
        spoke = any(h.ent_id is not None and h.ent_id == ctx.ent_id[k] or h.canonical in (canon, name) for h in self.history if h.type == "organization")
        return (name, ctx.ent_id[k]) if subject or spoke else None

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

    def _org_after_of(self, k: int) -> str:
        """The organisation named right after a person's name and 'of' ('Dana Marsh of the Harbour
        Institute', 'Ann Lee of Reuters.com'): the body she belongs to. A place ('Mike Lee of
        Toronto') is no organisation."""
        doc = self.ctx.doc
        if k >= len(doc) or doc[k].lower_ != "of":
            return ""
        k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
        return self._org_name(doc[k]) if k < len(doc) and doc[k].text[:1].isupper() else ""

    def _org_among(self, toks: list[Token]) -> str:
        """The first organisation named among the tokens of a title ('chair of the X Association')."""
        ctx = self.ctx
        for t in toks:
            name = self._org_name(t)
            head, sep, rest = name.partition(" of ")
            if sep and rest and all(w.lower() in ctx.cues.titles for w in head.split()):
                name = rest  # the entity model took the title in: 'V.P. of MSN Information Services'
            if name and not name.split()[-1].islower():  # never a cut name ('Committee of')
                return name
        for t in toks:
            # 'chief executive of BusCo' (tagged GPE): the object of a role's 'of', 'at' or 'for'.
            if t.dep_ == "pobj" and t.head.lower_ in ("of", "at", "for", "with"):
                name = self._org_name(t, place_ok=True)
                if name:
                    return name
                ent = ctx.entity_at(t.idx, t.idx + len(t))
                if ent is not None and t.pos_ == "PROPN" and ctx.ent_label[ent] in ("NORP", "LOC", "PERSON") and ctx.ent_canon[ent] not in ctx.person_names:
                    # 'vice president of Savarino' (tagged NORP here) after 'Savarino Construction
                    # Services Corp.' or 'a contract with Savarino' (ORG): the organisation so named.
                    canon = ctx.ent_canon[ent]
                    if any(c == canon and lab == "ORG" for c, lab in zip(ctx.ent_canon, ctx.ent_label)):
                        return canon
                    longer = {c for c, lab in zip(ctx.ent_canon, ctx.ent_label) if lab == "ORG" and c.startswith(canon + " ") and c not in ctx.person_names}
                    if len(longer) == 1:
                        return longer.pop()
        return ""

    def named_police(self) -> str | None:
        if not self._police_checked:
            self._police_checked = True
            # 'Synergie police union', 'the Police Federation': a body of police officers is not the force.
            m = next((m for m in _NAMED_POLICE.finditer(self.ctx.text) if not _POLICE_BODY_AFTER.match(self.ctx.text, m.end())), None)
            if m:
                words = m.group(1).split()
                while words and words[0] in ("The", "A", "An"):
                    words = words[1:]
                if words:
                    self._named_police = " ".join(words) + " " + m.group(0).split()[-1]
        return self._named_police

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
        return joint_name(names)

    def _org_entity_named(self, name: str) -> str | None:
        """The canonical name of an organisation mentioned elsewhere as exactly ``name``."""
        ctx = self.ctx
        if name in ctx.abbreviations:
            return ctx.abbreviations[name]  # 'KBTA said' after 'the Kestrel Bay Transit Authority (KBTA)'
        longer = set()
        for k, lab in enumerate(ctx.ent_label):
            if lab != "ORG" or ctx.ent_canon[k] == name or ctx.ent_canon[k] in ctx.person_names:
                continue
            if strip_name(ctx.ent_text[k]) == name:
                return ctx.ent_canon[k]
            if _org_part(name, ctx.ent_canon[k]):
                longer.add(ctx.ent_canon[k])
        if len(longer) == 1 and people.given_name_gender(name) is None:
            return longer.pop()
        return ctx.org_tail_name(name) if not longer else None  # 'The News' after 'The Buffalo News'

    def _is_outlet(self, name: str) -> bool:
        # Asked thousands of times per article for the same few names (speed24): the answer depends
        # only on the name, the cue lists and the article's mentions, so it is memoised per article
        # (keyed, like :meth:`_media_noun_mentions`, on the article's canonical-name list).
        ctx = self.ctx
        memo = getattr(self, "_is_outlet_memo", None)
        if memo is None or memo[0] is not ctx.ent_canon:
            memo = self._is_outlet_memo = (ctx.ent_canon, {})
        known = memo[1].get(name)
        if known is None:
            known = memo[1][name] = self._is_outlet_uncached(name)
        return known

    def _is_outlet_uncached(self, name: str) -> bool:
        if name == name.lower():
            return False  # 'the economist', 'the sun': a common noun; an outlet is named by a capitalised name
        low = _strip_det(name).lower()
        if low in self.ctx.cues.media_outlets or f"the {low}" in self.ctx.cues.media_outlets:
            return True
        if _compact(low) in _compact_outlets(self.ctx.cues.media_outlets):
            return True  # 'Aljazeera', 'Al-Jazeera': the listed 'Al Jazeera' written another way
        words = low.split()
        if len(words) >= 2 and words[-1] == "online" and self._is_outlet(" ".join(_strip_det(name).split()[:-1])):
            return True  # 'Financial Times Online': an outlet's website is that outlet
        if name in self._outlets_by_text():
            return True
        if len(words) >= 2 and words[-1] == "agency" and words[-2] not in ("news", "press"):
            return False  # "International Atomic Energy Agency" is not a news agency
        if len(words) >= 2 and words[0] in self.ctx.cues.media_name_first_words and _strip_det(name)[:1].isupper():
            return True  # 'Radio Australia', 'Television New Zealand': a broadcaster's name
        if len(words) >= 3 and words[-1] in _OUTLET_NAME_BODIES and words[-2] in _OUTLET_NAME_MEDIA_WORDS and _strip_det(name).split()[-2][:1].isupper():
            return True  # 'Australian Broadcasting Corporation', 'American Forces Press Service' (org28)
        # "The Chicago Tribune", "Kyodo News": a multiword name ending in a newspaper word.
        return len(words) >= 2 and words[-1] in self.ctx.cues.media_name_words and name[:1].isupper()

    def _media_noun_mentions(self) -> list[tuple[str, frozenset[str], frozenset[str], frozenset[str]]]:
        """Each named mention outside quotations with the nouns written next to it: (canonical name,
        the noun right before it ('the magazine Newsweek', 'business magazine Forbes'), the
        lower-case noun right after it ('Newsweek magazine'), its appositive nouns ('Forbes, the
        business magazine')), as lemmas. One pass per article, shared by :meth:`_outlets_by_text`
        and :meth:`_outlet_nouns`."""
        ctx = self.ctx
        memo = getattr(self, "_media_noun_memo", None)
        if memo is not None and memo[0] is ctx.ent_canon:
            return memo[1]
        doc, out = ctx.doc, []
        for k, canon in enumerate(ctx.ent_canon):
            if ctx.ent_label[k] not in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "GPE", "NORP", "FAC"):
                continue
            t0 = ctx.token_at(ctx.ent_start[k])
            if ctx.in_quote[t0]:
                continue  # checked before the Token objects are made (speed24)
            last = doc[ctx.token_at(ctx.ent_end[k] - 1)]
            if doc[t0].lower_ == "the" and t0 + 1 <= last.i:
                t0 += 1
            before = doc[t0 - 1] if t0 > 0 else None
            if before is not None and before.lower_ == "the" and t0 > 1:
                before = doc[t0 - 2] if doc[t0 - 2].pos_ == "NOUN" else before
            noun_before = frozenset(
                _media_lemmas(before) if before is not None and before.pos_ == "NOUN" and before.idx + len(before) <= ctx.ent_start[k] else ())
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
            noun_after = frozenset({nxt.lemma_.lower()} if nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower else ())
            appos = frozenset(x for c in last.children if c.dep_ == "appos" and c.i > last.i and c.pos_ == "NOUN" for x in _media_lemmas(c))
            out.append((canon, noun_before, noun_after, appos))
        self._media_noun_memo = (ctx.ent_canon, out)
        return out

    def _outlets_by_text(self) -> frozenset[str]:
        """Names the article itself introduces as news outlets, whatever the outlet list says.

        A name right after a media noun ('British tabloid newspaper The News of the World',
        'business magazine Forbes', 'the public broadcaster SBS') or with a media noun as its
        apposition ('Forbes, the business magazine, reported') is an outlet in
        this article. Names inside quotations do not count. Computed once per article.
        """
        mentions = self._media_noun_mentions()
        memo = getattr(self, "_outlets_by_text_memo", None)
        if memo is not None and memo[0] is mentions:
            return memo[1]
        found = frozenset(canon for canon, before, _, appos in mentions if (before | appos) & _OUTLET_NOUNS)
        self._outlets_by_text_memo = (mentions, found)
        return found

    def _outlet_nouns(self) -> dict[str, frozenset[str]]:
        """For each outlet name, the media nouns the article itself calls it by: a noun right
        before the name ('the magazine Newsweek'), right after it ('Newsweek magazine', 'The
        Daily Courier newspaper') or in apposition ('Forbes, the business magazine'). Names inside
        quotations do not count. Computed once per article (media23)."""
        found: dict[str, frozenset[str]] = {}
        for canon, before, after, appos in self._media_noun_mentions():
            nouns = (before | after | appos) & _MEDIA_NOUNS_CALLED
            if nouns:
                found[canon] = found.get(canon, frozenset()) | nouns
        return found

    def _document(self, sp: _Speaker, head: Token, *, definite: bool) -> None:
        """Type a document mention and name its issuer (dev guideline S2-S3).

        The issuer is named in the phrase ('the WHO's report', 'a statement from X', 'a
        statement released by X', 'the analysis of X', 'a council report', 'A Harbour Wire
        analysis'), by the clause ('X released a statement saying'), or by an earlier mention
        of the same document ('The report said' after 'a council report'). A treaty or statute
        with no issuer keeps its own name ('a maritime border agreement'); with none of these
        the canonical name stays empty. A document has no title; an organisation issuer is
        also its ``speaker_org``.
        """
        ctx, cues = self.ctx, self.ctx.cues
        lemma, low = head.lemma_.lower(), head.lower_
        sp.type = "document"
        if self._joint_source(sp, head):
            return
        if definite and (lemma in _PAPER_WORDS or low in _PAPER_WORDS) and not any(c.dep_ in ("compound", "amod", "nmod", "poss", "prep") for c in head.children):
            outlet = self._outlet_just_named(sp.pos)
            if outlet is not None:
                # 'Franken's campaign told the St. Paul Pioneer Press. The paper said ...': that outlet.
                sp.type, sp.canonical, sp.ent_id, sp.resolved = "media", outlet[0], outlet[1], True
                return
        found = self._issuer_in_phrase(head)
        adopted = head.lemma_.lower() in cues.adopted_documents and head.head.lemma_.lower() in cues.document_adopting_verbs
        verb = head.head
        signed = cues.issues(verb.lemma_.lower(), lemma) and lemma in cues.signed_documents
        if found is None and (head.dep_ == "dobj" or (head.dep_ == "npadvmod" and head.i > verb.i)) and verb.pos_ in ("VERB", "AUX") and cues.verbs.get(verb.lemma_.lower()) in (None, "quote_only") and (verb.lemma_.lower() not in cues.document_non_issuing_verbs or adopted or signed):
            # "The NFL released a statement saying ...": the subject that issued it (not one that
            # quotes, cites or signs it: "the Asahi quoted the papers as saying", "Turkey and
            # Libya signed an agreement"; but the signers of a letter or petition wrote it). The
            # parser may hang a late object on the verb as npadvmod ('filed with the court last
            # week, a complaint stating ...'); a joined subject issues it jointly.
            subj = _subject(verb)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN") and subj.dep_ == "nsubj":
                found = self._issuer_named_by(subj, whole=True)
                if found is not None:
                    found = self._joint_issuer(subj, found)
                elif subj.pos_ == "NOUN" and people.is_person_noun(subj.lower_, lemma=subj.lemma_.lower()):
                    # 'A spokesman for the government released a statement saying ...': the body the
                    # unnamed person speaks for issued it (dev guideline S2, R10).
                    found = self._issuer_spoken_for(subj)
        if found is None:
            found = self._relative_possessor(head)  # 'Tom Zytaruk, whose book claims ...'
        if found is None:
            found = self._relative_issuer(head)  # 'a written statement the AMA made in 2006'
        if found is None:
            found = self._place_issuer_before(head, sp.pos)  # 'The US military says ... the U.S. statement said'
        if found is None:
            found = self._enacted_name(head)  # 'the Solomon amendment, a law which states', 'article TCK 263, which reads'
        if found is None and definite:
            words = _document_words(head)
            issuer = self._issuer_before(sp.pos, words)
            if issuer is not None:
                found = (issuer.canonical, issuer.ent_id)
                sp.resolved = True
            else:
                found = self._issuer_introduced(sp.pos, words)
                if found is None:
                    found = self._issuer_from_context(head, sp.pos)
                sp.resolved = found is not None
        if found is None and not definite:
            found = self._issuer_named_after(head, _document_words(head))  # 'a poll ... The poll, published by Maariv'
        if found is None and self._refers_back(head):
            # 'Downing Street issued a statement ... The statement said', 'The army dropped leaflets
            # ... one flier warned': the one issuer of the earlier documents of its class.
            found = self._indexed_issuer(head)
            if found is not None:
                sp.resolved = True
        if found is None and (lemma in _NAMED_DOCUMENTS or low in _NAMED_DOCUMENTS):
            # 'a maritime border agreement', 'the 1994 treaty': no one party issues it; it is
            # named by its own description (guideline S2), when it has more than its head noun.
            a = head.left_edge.i
            while a < head.i and ctx.doc[a].dep_ in ("det", "poss", "case", "predet"):
                a += 1
            if a < head.i:
                found = (ctx.text[ctx.doc[a].idx : _tok_end(ctx.doc, head.i)], None)
        if found is None:
            return
        sp.canonical, sp.ent_id = found
        if self._social_account(head):
            # 'an official government Twitter account', "the ministry's Facebook page": the account
            # is its owner speaking (dev guideline S3), not a document.
            self._own_government(sp)
            sp.type = "person" if sp.canonical in ctx.person_names else "media" if self._is_outlet(sp.canonical) else "organization"
            sp.org = ""
            return
        if (lemma in _POSTS or low in _POSTS) and sp.canonical in ctx.person_names:
            sp.type = "person"  # 'a Twitter post by Amy Cook': a person's own words (dev guideline S3)
        elif sp.canonical not in ctx.person_names and not self._people_jointly(sp.canonical) and not self._is_outlet(sp.canonical) and sp.canonical not in self._publications and not (lemma in _NAMED_DOCUMENTS or low in _NAMED_DOCUMENTS) and sp.canonical not in self._own_names:
            sp.org = sp.canonical

    def _refers_back(self, head: Token) -> bool:
        """Whether the document mention ``head`` refers to one named before: definite ('the
        statement', 'the leaflets', 'one flier') or, for data and figures, bare ('official data';
        a bare plural 'Reports indicate' means reports at large), with no description or
        owner of its own ('the 2004 report', 'a new poll', "Greenpeace's report" are other documents)."""
        k = _index_class(head)
        if k is None:
            return False
        if k != 2 and not any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or (c.dep_ == "nummod" and c.lower_ == "one") for c in head.children):
            return False  # 'Reports indicate ...', 'polls show': documents at large; only data is bare ('official data')
        for c in head.children:
            if c.dep_ == "det" and c.lower_ in _NEW_DOCUMENT_DETS:
                return False
            if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of")):
                return False
            if c.i < head.i and c.dep_ in ("compound", "amod", "nmod", "nummod") and c.lower_ not in _REFERRING_WORDS and c.lower_ != "one":
                return False
        return True

    @functools.cached_property
    def _document_index(self) -> list[tuple[int, int, tuple[str, int | None] | None]]:
        """The article's documents that a later definite mention may refer to, in text order, as
        (token index, class in :data:`_INDEX_CLASSES`, issuer or None); built once per article, on
        the first mention that needs it.

        A mention outside quotations is listed with its issuer when its phrase names one ("Uber's
        statistics", 'a report by the institute', 'a poll conducted by Gallup'), when it is the
        object of an issuing verb whose subject names one ('Downing Street issued a statement',
        'The army dropped leaflets') or the passive subject of one with an agent, or when the
        subject that spoke in it names one ('The ministry said in a statement'). An indefinite
        mention that names no issuer and is an argument of a verb ('A report leaked last week
        says', 'received a statement', 'officials said in a statement') is listed without one: a document of unknown origin. A
        generic one inside a phrase ('participants in a study') is not listed."""
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        index: list[tuple[int, int, tuple[str, int | None] | None]] = []
        for t in doc:
            if t.pos_ != "NOUN" or ctx.in_quote[t.i]:
                continue
            k = _index_class(t)
            if k is None:
                continue
            found = self._issuer_in_phrase(t)
            verb = t.head
            lemma = verb.lemma_.lower()
            issuing = verb.pos_ in ("VERB", "AUX") and (lemma in cues.document_issuing_verbs or (k == 3 and lemma in _LEAFLET_VERBS)) and lemma not in cues.document_non_issuing_verbs
            if found is None and issuing and t.dep_ == "dobj":
                subj = _clause_subject(verb)
                if subj is not None and subj.dep_ == "nsubj" and subj.pos_ in ("NOUN", "PROPN") and not ctx.in_quote[subj.i]:
                    found = self._issuer_named_by(subj, whole=True)
                    if found is not None:
                        found = self._joint_issuer(subj, found)
            elif found is None and issuing and t.dep_ == "nsubjpass":
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
                if pobj is not None:
                    found = self._issuer_named_by(pobj, whole=True)
            spoken_in = t.dep_ == "pobj" and t.head.lower_ in ("in", "through") and t.head.head.pos_ in ("VERB", "AUX")
            if found is None and spoken_in and not _handles(t.head.head, cues):
                # ('In an exclusive report, the Herald has obtained documents ...': the writer who
                # obtained, saw or received something in its own report did not issue what it obtained.)
                # 'The ministry said in a statement': the subject that spoke in it issued it.
                subj = _subject(t.head.head)
                if subj is not None and subj.dep_ == "nsubj" and subj.pos_ in ("NOUN", "PROPN") and not ctx.in_quote[subj.i]:
                    found = self._issuer_named_by(subj, whole=True)
            if found is not None:
                index.append((t.i, k, found))
            elif any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children) and (t.dep_ in ("nsubj", "nsubjpass", "dobj") or spoken_in):
                index.append((t.i, k, None))  # 'officials said in a statement': of no named issuer
        return index

    def _indexed_issuer(self, head: Token) -> tuple[str, int | None] | None:
        """The issuer of the definite or bare document ``head`` from the article's document index:
        that of the last earlier document of its class, when every earlier document of the class
        with an issuer has that same one; None when they differ, when the last one is of unknown
        origin, or when there is none ('The report said' after reports by two bodies stays empty)."""
        k = _index_class(head)
        earlier = [e for e in self._document_index if e[1] == k and e[0] < head.i]
        if not earlier or earlier[-1][2] is None:
            return None
        issuers = {e[2][0] for e in earlier if e[2] is not None}
        return earlier[-1][2] if len(issuers) == 1 else None

    def _listed_issuers(self, pobj: Token, found: tuple[str, int | None]) -> tuple[str, int | None]:
        """The joint issuer of a list of names after a 'by' agent that the parser did not join
        ('a poll conducted by the New York Times, CBS News, and MTV': the parser hangs *CBS News*
        elsewhere), else ``found``. Read off the entities: the agent's name, then names of
        organisations or persons separated only by commas and a last 'and', the last one ending
        the phrase (punctuation or the sentence's end follows); every name must name an issuer."""
        ctx, doc = self.ctx, self.ctx.doc
        j = pobj.i + 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        names, closed = [found[0]], False
        while not closed:
            k = j
            if k < len(doc) and doc[k].text == ",":
                k += 1
            closed = k < len(doc) and doc[k].lower_ in ("and", "&")
            k += closed
            if k == j:
                break
            k += k < len(doc) and doc[k].lower_ == "the" and doc[k].ent_iob_ != "B"
            if k >= len(doc) or doc[k].ent_iob_ != "B" or doc[k].ent_type_ not in ("ORG", "PERSON") or doc[k].sent.start != pobj.sent.start or ctx.in_quote[k]:
                return found
            e = k + 1
            while e < len(doc) and doc[e].ent_iob_ == "I":
                e += 1
            other = self._issuer_named_by(doc[k:e].root, whole=True)
            if other is None:
                return found
            if other[0] not in names:
                names.append(other[0])
            j = e
        if not closed or len(names) < 2 or (j < len(doc) and doc[j].sent.start == pobj.sent.start and not doc[j].is_punct):
            return found
        return joint_name(names), None

    def _people_jointly(self, name: str) -> bool:
        """Whether ``name`` joins persons' names ('Ann Lee and Tom Ross', see :func:`joint_name`):
        a joint issuer of people is no organisation, so no ``speaker_org``."""
        parts = joint_members(name)
        return len(parts) > 1 and all(p in self.ctx.person_names for p in parts)

    def _issuer_spoken_for(self, subj: Token) -> tuple[str, int | None] | None:
        """The body or person an unnamed speaker speaks for ('a spokesman for the government', 'a
        lawyer for Mr Dale'): the object of the noun's first 'for' or 'of', as an issuer, or None.
        None when the phrase names the person ('A spokesman for the company, Ann Lee, issued a
        statement': a named person's statement is the person's, R10, and is left to those rules)."""
        if any(t.ent_type_ == "PERSON" for t in subj.subtree):
            return None
        prep = next((c for c in subj.children if c.dep_ == "prep" and c.i > subj.i and c.lower_ in ("for", "of")), None)
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if pobj is None or pobj.pos_ not in ("NOUN", "PROPN") or self.ctx.in_quote[pobj.i]:
            return None
        return self._issuer_named_by(pobj, whole=True)

    def _joint_issuer(self, subj: Token, found: tuple[str, int | None]) -> tuple[str, int | None]:
        """The joint issuer when the issuing subject joins names with 'and' ('Mayor Ann Lee and
        Governor Tom Ross issued a joint statement' -> 'Ann Lee and Tom Ross'), else ``found`` (the
        first conjunct's issuer). Every conjunct must name an issuer by itself ('Carver and his
        wife' keeps 'Carver'), as for joint speakers (docs/speakers.md, Joint speakers)."""
        members = []
        todo = [subj]
        while todo:
            t = todo.pop()
            for c in t.children:
                if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN"):
                    members.append(c)
                    todo.append(c)
        if not members or not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for t in [subj, *members] for c in t.children):
            return found
        names = [found[0]]
        for c in sorted(members, key=lambda t: t.i):
            other = self._issuer_named_by(c, whole=False) if c.pos_ == "PROPN" else None
            if other is None:
                return found
            if other[0] not in names:
                names.append(other[0])
        return (joint_name(names), None) if len(names) > 1 else found

    def _relative_possessor(self, head: Token) -> tuple[str, int | None] | None:
        """The issuer of a document owned through 'whose': 'Tom Zytaruk, whose book claims ...'
        -> Tom Zytaruk (the noun the relative clause modifies), or None."""
        whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        if whose is None:
            return None
        doc = self.ctx.doc
        j = whose.i - 1
        if j > 0 and doc[j].text == ",":
            j -= 1
        if j >= 0 and doc[j].pos_ == "PROPN":
            # 'whose' follows the name it stands for, whatever noun the parser hung the clause on.
            return self._issuer_named_by(doc[j], whole=True, any_phrase=True)
        for anc in head.ancestors:
            if anc.dep_ == "relcl":
                owner = anc.head
                if owner.pos_ in ("PROPN", "NOUN"):
                    return self._issuer_named_by(owner, whole=True, any_phrase=owner.pos_ == "PROPN")
                return None
        return None

    def _relative_issuer(self, head: Token) -> tuple[str, int | None] | None:
        """The issuer named as subject of a relative clause on the document: 'a written statement
        the AMA made in 2006', 'the report that the agency released on Monday' -> the AMA, the
        agency; None otherwise.

        Only for an issuing verb (the lexicon's ``document_issuing_verbs`` and *make*, as in *make
        a statement*); a clause that only cites or reads the document ('the report the minister
        read', 'a letter the council received') names no issuer, and neither does a pronoun.
        """
        cues = self.ctx.cues
        for clause in head.children:
            # the parser reads 'a report that X published' as a relative clause or as a clause
            # with 'that' as its marker; 'reports that X published false figures' has an object
            if clause.dep_ not in ("relcl", "acl") or clause.i < head.i or clause.pos_ != "VERB":
                continue
            lemma = clause.lemma_.lower()
            written = lemma == "write" and (head.lemma_.lower() in _CORRESPONDENCE or head.lower_ in _CORRESPONDENCE)
            if lemma not in cues.document_issuing_verbs and lemma != "make" and not written:
                continue
            if lemma in cues.document_non_issuing_verbs or any(c.dep_ in ("auxpass", "nsubjpass") or (c.dep_ == "dobj" and c.lower_ not in ("that", "which")) for c in clause.children):
                continue  # 'the report that was released', 'the letter it sent them' are not read here
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ not in ("PROPN", "NOUN") or self.ctx.in_quote[subj.i]:
                continue
            return self._issuer_named_by(subj, whole=True)
        return None

    def _issuer_introduced(self, char: int, words: set[str]) -> tuple[str, int | None] | None:
        """The issuer of 'the report' from the sentence that introduced the document, when that
        sentence made no statement row: 'In a 40-page report released today, the UN special
        envoys on torture reported their findings. The report concludes ...' -> the envoys;
        'The agency published a study on Monday. The study found ...' -> the agency.

        Only a document the subject spoke in ('in'/'through' the document) or issued (object of
        'release', 'publish', 'issue' ...) in one of the three sentences before; a document only
        cited ('Critics of the report said') names no issuer.
        """
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        here = ctx.sent_of[ctx.token_at(char)]
        for si in range(here - 1, max(-1, here - 4), -1):
            for t in ctx.sents[si]:
                if ctx.in_quote[t.i] or not (t.lemma_.lower() in words or t.lower_ in words) or t.pos_ != "NOUN":
                    continue
                verb = None
                if t.dep_ == "pobj" and t.head.lower_ in ("in", "through") and t.head.head.pos_ in ("VERB", "AUX"):
                    verb = t.head.head
                elif t.dep_ == "dobj" and t.head.lemma_.lower() in cues.document_issuing_verbs:
                    verb = t.head
                if verb is None or _handles(verb, cues):
                    continue  # 'In an exclusive report, the Herald has obtained documents': not the issuer
                subj = _subject(verb)
                if subj is None or subj.dep_ != "nsubj" or subj.pos_ not in ("NOUN", "PROPN") or ctx.in_quote[subj.i]:
                    return None
                if subj.pos_ == "NOUN" and people.is_person_noun(subj.lower_, lemma=subj.lemma_.lower()) and any(c.dep_ in ("compound", "amod", "nmod", "prep") for c in subj.children):
                    # 'the United Nations special envoys on torture': the described group, as written.
                    end = max([subj.i] + [g.i for c in subj.children if c.i > subj.i and c.dep_ == "prep" for g in c.subtree])
                    return _strip_det(ctx.text[doc[subj.left_edge.i].idx : _tok_end(doc, end)]), None
                return self._issuer_named_by(subj, whole=True)
        return None

    def _outlet_just_named(self, char: int) -> tuple[str, int | None] | None:
        """The news outlet named outside quotations in the sentence of ``char`` or the one before
        ('... told the St. Paul Pioneer Press. The paper said'), as (name, entity id), or None."""
        ctx = self.ctx
        here = ctx.sent_of[ctx.token_at(char)]
        first = ctx.sents[max(0, here - 1)].start_char
        k = bisect.bisect_left(ctx.ent_start, char) - 1
        while k >= 0 and ctx.ent_start[k] >= first:
            if ctx.ent_end[k] <= char and ctx.ent_label[k] in ("ORG", "WORK_OF_ART", "PERSON", "GPE") and not ctx.in_quote[ctx.token_at(ctx.ent_start[k])] and self._is_outlet(ctx.ent_canon[k]):
                return ctx.ent_canon[k], ctx.ent_id[k]
            k -= 1
        return None

    def _issuer_from_context(self, head: Token, char: int) -> tuple[str, int | None] | None:
        """The issuer of a definite document ('the report', 'the ruling', 'the filing') that the
        article named earlier but not in this phrase (dev guideline S2), as (name, entity id), or None.

        Tried in order: the nearest earlier mention of the same document that names its issuer
        ('A U.S. State Department report was released ... the report warns'; 'Gallup conducted a
        poll ... the poll found'); the court named in the sentences before a ruling, decision or
        verdict; the subject of the verb the document is named after ('Toys R Us filed for
        bankruptcy ... According to the filing'). An earlier indefinite mention that names no
        issuer ('a report was leaked') introduces a document of unknown origin: no issuer.
        """
        lemma, low = head.lemma_.lower(), head.lower_
        found = self._issuer_of_earlier_mention(head, _document_words(head))
        if found is not None:
            return found or None
        if lemma in _COURT_DOCUMENTS or low in _COURT_DOCUMENTS:
            found = self._court_before(char)
            if found is not None:
                return found
        verb = _DOCUMENT_VERB.get(low) or _DOCUMENT_VERB.get(lemma)
        if verb is not None:
            return self._subject_of_verb_before(char, verb)
        return None

    def _issuer_of_earlier_mention(self, head: Token, words: set[str]) -> tuple[str, int | None] | tuple[()] | None:
        """The issuer named at the nearest earlier mention (outside quotations) of the document
        ``head`` refers to: its own name ('The document (Options for Future Force Posture) was
        marked ...', 'signed the Declaration on Peace, an 8-item declaration'), its own phrase ('A
        U.S. State Department report'), the subject that issued, authored or carried it out ('The
        Justice Department concluded an inquest', 'X is proposing a bill', 'X filed a class action
        suit'), or the agent of a passive ('a poll was conducted by CBS News').

        ``words`` are the document's noun and its family (:func:`_document_words`): 'the complaint'
        looks back for 'a suit'. The search goes :data:`_MENTION_WINDOW` (ten) sentences back
        from ``head`` and, because a definite mention that names no issuer refers back too, as many
        again from each such mention ('The report sees ... The report does not explore ... it
        observes'). An indefinite mention
        that names none returns ``()`` (a document of unknown origin), or its own description
        when it is a treaty or agreement ('a power sharing agreement'); so does a definite one with
        its own description ('the 2002 peace plan'). None when there is no mention."""
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        here = ctx.sent_of[head.i]
        first = ctx.sents[max(0, here - _MENTION_WINDOW)].start
        i = head.i
        polls = words & _POLLS
        while i > first:
            i -= 1
            t = doc[i]
            if polls and t.pos_ == "PROPN" and not ctx.in_quote[i]:
                named = self._named_poll(t, polls)
                if named is not None:
                    return named  # 'after the release of a Harrisonpoll showing ... The poll showed': the poll's own name
            if t.pos_ == "PROPN" and not ctx.in_quote[i] and (t.lower_ in _TITLED_DOCUMENTS or t.lower_ in _ENACTED_DOCUMENTS) and t.lower_ in (head.lower_, head.lemma_.lower()):
                named = self._document_own_name(t)
                if named is not None:
                    self._own_names.add(named[0])
                    # 'The Downing Street Memo is a leaked document ... The memo states', 'as part of UN
                    # Security Council Resolution 1843 ... The resolution states': its own name
                    return named
            if t.pos_ != "NOUN" or ctx.in_quote[i] or not (t.lemma_.lower() in words or t.lower_ in words):
                continue
            own = self._own_name(t)
            if own:
                self._own_names.add(own)
                return own, None
            found = self._issuer_in_phrase(t) or self._relative_issuer(t)
            if found is not None:
                return found
            dep, verb = t.dep_, t.head
            if dep == "conj" and verb.dep_ in ("dobj", "nsubjpass"):
                dep, verb = verb.dep_, verb.head  # 'introduced a motion and a bill'
            lemma = verb.lemma_.lower()
            inquiry = t.lemma_.lower() in _INQUIRIES or t.lower_ in _INQUIRIES
            issues = (lemma in cues.document_issuing_verbs or lemma in _AUTHORING_VERBS or (inquiry and lemma in _INQUIRY_VERBS)) and verb.pos_ in ("VERB", "AUX")
            if dep == "dobj" and issues:
                subj = _clause_subject(verb)
                if subj is not None and subj.dep_ == "nsubj" and subj.pos_ in ("NOUN", "PROPN") and not ctx.in_quote[subj.i]:
                    found = self._issuer_named_by(subj, whole=True)
                    if found is not None:
                        return found
            elif dep == "nsubjpass" and issues:
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
                if pobj is not None:
                    found = self._issuer_named_by(pobj, whole=True)
                    if found is not None:
                        return found
            det = next((c.lower_ for c in t.children if c.dep_ in ("det", "poss")), "")
            described = any(c.i < t.i and c.dep_ in ("compound", "amod", "nummod", "nmod") and c.lower_ not in _REFERRING_WORDS and c.lower_ not in words for c in t.children)
            if (not det and t.tag_ == "NN" and not described) or t.dep_ in ("advcl", "attr", "npadvmod") or any(c.dep_ == "neg" for c in t.children):
                continue  # 'the scope of study'; 'Though not a formal peace treaty, the pact ...': no mention of it
            if det not in ("the", "this", "that", "these", "those", "its", "their"):
                if described and det in ("a", "an") and (t.lemma_.lower() in _NAMED_DOCUMENTS or t.lower_ in _NAMED_DOCUMENTS):
                    # 'signed a power sharing agreement ... The accord calls for': its own description.
                    a = t.left_edge.i
                    while a < t.i and doc[a].dep_ in ("det", "poss", "case", "predet"):
                        a += 1
                    return ctx.text[doc[a].idx : _tok_end(doc, t.i)], None
                return self._issuer_named_after(t, words) or ()
            if described:
                return ()  # 'the 2002 peace plan': a document of its own, not the one named before it
            first = min(first, ctx.sents[max(0, ctx.sent_of[i] - _MENTION_WINDOW)].start)
        return None

    def _document_own_name(self, t: Token) -> tuple[str, int | None] | None:
        """The own name of a document whose capitalised name ends in ``t`` (a head of
        ``_TITLED_DOCUMENTS`` or ``_ENACTED_DOCUMENTS``): 'the Downing Street Memo' -> 'Downing Street
        Memo', "the US Government's 9/11 Commission Report" -> '9/11 Commission Report', 'UN Security
        Council Resolution 1843', 'Bill C-38' (an enacted text's number designation ends its name), as (name, entity id); None
        for a word inside a longer name ('Report Card') or an outlet's name ('the Drudge Report')."""
        ctx, doc = self.ctx, self.ctx.doc
        end = t.i  # an enacted text's number designation after its noun: 'Resolution 1843', 'Bill C-38', 'Resolution HR 333'
        if t.lower_ in _ENACTED_DOCUMENTS:
            for c in t.rights:
                if c.i == end + 1 and c.dep_ in ("nummod", "appos", "npadvmod", "compound") and any(_designation_word(x) for x in c.subtree):
                    end = c.right_edge.i
        if not t.text[:1].isupper() or t.dep_ == "compound" or end == t.i and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper():
            return None
        # the name's capitalised compounds ('Downing' 'Street' 'Memo'), or the entity that ends in it
        # when it reaches further ('9/11 Commission Report'), whichever is longer
        lo = t.i
        while lo > 0 and doc[lo - 1].dep_ in ("compound", "nummod") and lo <= doc[lo - 1].head.i <= t.i and (doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].text[:1].isupper() or doc[lo - 1].pos_ == "NUM"):
            lo -= 1
        start, ent_id = doc[lo].idx, None
        ent = ctx.entity_at(t.idx, _tok_end(doc, t.i))
        if ent is not None and ctx.ent_end[ent] == _tok_end(doc, t.i) and ctx.ent_label[ent] in ("ORG", "WORK_OF_ART", "LAW"):
            ent_id = ctx.ent_id[ent]
            start = min(start, ctx.ent_start[ent])
        if start == t.idx and end == t.i:
            return None
        name = _strip_det(ctx.text[start : _tok_end(doc, end)])
        if self._is_outlet(name) or " " not in name:
            return None
        return name, ent_id

    def _enacted_name(self, head: Token) -> tuple[str, int | None] | None:
        """The own name of an enacted text the document mention ``head`` stands in for, in its own
        phrase (guideline S2: a statute, a resolution, an agreement is named by its name; R52), as
        (name, entity id), or None.

        - ``head`` in apposition to the name: 'the Solomon amendment, a law which states' ->
          'Solomon amendment'; 'the Clean Air Act, a statute that says' -> 'Clean Air Act'. The
          name is a capitalised proper noun headed by an enacted or named document noun, or such
          a common noun with a capitalised name in front of it.
        - ``head`` with a number designation right after it: 'Turkish criminal code article TCK
          263, which reads' -> the whole phrase without its article.
        A bare common noun ('a law which states', 'the amendment') names nothing here."""
        ctx, doc = self.ctx, self.ctx.doc
        name = None
        n = head.head
        left = head.left_edge.i
        if head.dep_ != "appos" and left >= 2 and doc[left - 1].text == "," and doc[left].dep_ == "det":
            n = doc[left - 2]  # an apposition the parser hung elsewhere ('the Solomon amendment, a law which states "..."')
        if n.i < head.i and (head.dep_ == "appos" or n.i == left - 2) and head.lemma_.lower() in _ENACTED_NAME_HEADS and not ctx.in_quote[n.i]:
            if n.pos_ == "PROPN" and (n.lower_ in _ENACTED_DOCUMENTS or n.lower_ in _NAMED_DOCUMENTS or n.lower_ in _TITLED_DOCUMENTS):
                name = self._document_own_name(n)
            elif n.pos_ == "NOUN" and (n.lemma_.lower() in _ENACTED_DOCUMENTS or n.lemma_.lower() in _NAMED_DOCUMENTS):
                lo = n.i
                while lo > 0 and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i == n.i and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].text[:1].isupper():
                    lo -= 1
                if lo < n.i:
                    name = ctx.text[doc[lo].idx : _tok_end(doc, n.i)], None
        elif head.pos_ == "NOUN" and head.lemma_.lower() in _ENACTED_NAME_HEADS and head.i + 1 < len(doc) and not any(x.dep_ == "prep" and x.lower_ == "of" for x in head.children):
            # ('Section 4 of the document', 'Section four of the agreement': a part of another
            # document, no name of its own)
            c = doc[head.i + 1]
            inner = [x for x in c.subtree if not _under_phrase(x, c)]  # 'TCK 263', not what hangs on it
            if c.head.i == head.i and c.dep_ in ("nummod", "appos", "compound") and any(_designation_word(x) for x in inner):
                lo = head.left_edge.i
                while lo < head.i and doc[lo].dep_ in ("det", "poss", "case", "predet"):
                    lo += 1
                name = ctx.text[doc[lo].idx : _tok_end(doc, max(x.i for x in inner))], None
        if name is not None:
            self._own_names.add(name[0])
        return name

    def _named_poll(self, t: Token, polls: set[str] | frozenset[str]) -> tuple[str, int | None] | None:
        """The name of a poll or survey written as a proper noun: one word that ends in the noun
        ('Harrisonpoll') or a capitalised name headed by it ('the Carrow Poll'), as (name, entity
        id); None for any other proper noun. A poll's name is its issuer (guideline S2)."""
        ctx, doc = self.ctx, self.ctx.doc
        low = t.lower_
        if any(low.endswith(w) and len(low) > len(w) + 2 for w in polls) and t.text[:1].isupper() and t.text[1:].islower():
            lo = t.i
        elif low in polls and t.text[:1].isupper() and t.dep_ != "compound":
            lo = t.i
            while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i == t.i and doc[lo - 1].text[:1].isupper():
                lo -= 1
            if lo == t.i:
                return None
        else:
            return None
        ent = ctx.entity_at(doc[lo].idx, _tok_end(doc, t.i))
        return ctx.text[doc[lo].idx : _tok_end(doc, t.i)], (ctx.ent_id[ent] if ent is not None else None)

    def _issuer_named_after(self, t: Token, words: set[str]) -> tuple[str, int | None] | None:
        """The issuer named at a later definite mention of the document an indefinite mention
        ``t`` introduces, when the article names it only there: 'according to a public opinion
        poll published on Friday. The poll, published by the Daily Mail, also shows ...' -> the
        Daily Mail; None when there is none.

        Only the mentions in ``t``'s sentence and the :data:`_LATER_WINDOW` (two) after it, outside
        quotations, with 'the' or 'this' and no description of their own; another indefinite or
        described mention of the same kind ('A second poll', 'the 2004 survey') is another
        document and ends the search. ``words`` are the document's noun and its family."""
        ctx, doc = self.ctx, self.ctx.doc
        end = ctx.sents[min(len(ctx.sents) - 1, ctx.sent_of[t.i] + _LATER_WINDOW)].end
        for i in range(t.i + 1, end):
            u = doc[i]
            if u.pos_ != "NOUN" or ctx.in_quote[i] or not (u.lemma_.lower() in words or u.lower_ in words):
                continue
            det = next((c.lower_ for c in u.children if c.dep_ == "det"), "")
            described = any(c.i < u.i and c.dep_ in ("compound", "amod", "nummod", "nmod", "poss") and c.lower_ not in _REFERRING_WORDS and c.lower_ not in words for c in u.children)
            if det not in ("the", "this") or described:
                return None
            found = self._issuer_in_phrase(u)
            if found is not None:
                return found
        return None

    @property
    def _publications(self) -> set[str]:
        """Publications a report was published in, read in this article ('The Village Voice');
        like outlets, they are no ``speaker_org``."""
        return self.__dict__.setdefault("_publications_found", set())

    @property
    def _own_names(self) -> set[str]:
        """The documents' own names read from earlier mentions in this article (they are no
        organisation, so no ``speaker_org``)."""
        return self.__dict__.setdefault("_own_names_found", set())

    def _own_name(self, t: Token) -> str:
        """The name a document mention gives itself, or "".

        A capitalised title in parentheses right after the noun ('the document (Options for Future
        UK Force Posture in Iraq)'), or, for a treaty, pact or declaration, a titled work or law the
        entity model found in the same sentence with the same kind of noun in it ('signed the
        Declaration on the Advancement of Peace, an 8-item declaration'). An abbreviation, a
        format or a date in parentheses ('(PDF, 12 pages)', '(TfL)', '(HB 1234)') is no name.
        """
        ctx, doc = self.ctx, self.ctx.doc
        j = t.i + 1
        if j < len(doc) and doc[j].text == "(":
            k = j + 1
            while k < len(doc) and k - j <= 16 and doc[k].text not in (")", "(") and doc[k].sent.start == t.sent.start:
                k += 1
            inner = doc[j + 1 : k]
            if (
                k < len(doc) and doc[k].text == ")" and len(inner) >= 2 and inner[0].text[:1].isupper()
                and not any(x.text in (",", ";", ":") or x.like_num for x in inner)
                and sum(x.text[:1].isupper() for x in inner) >= 2
            ):
                return ctx.text[inner[0].idx : _tok_end(doc, k - 1)]
        kinds = _document_words(t)
        if not kinds & _NAMED_DOCUMENTS and not kinds & _AGREEMENTS:
            return ""
        for ent in t.sent.ents:
            if ent.label_ in ("LAW", "WORK_OF_ART") and any(w.text[:1].isupper() and (w.lower_ in kinds or w.lemma_.lower() in kinds) for w in ent):
                return _strip_det(ent.text)
        return ""

    def _tokens_back(self, char: int, sentences: int = 3):  # noqa: ANN202 - a generator of spaCy Tokens
        """The tokens before ``char`` outside quotations, nearest first, back to the start of the
        sentence ``sentences`` before the one of ``char``."""
        ctx = self.ctx
        at = ctx.token_at(char)
        first = ctx.sents[max(0, ctx.sent_of[at] - sentences)].start
        for i in range(at - 1, first - 1, -1):
            if not ctx.in_quote[i]:
                yield ctx.doc[i]

    def _court_before(self, char: int) -> tuple[str, int | None] | None:
        """The court named outside quotations in the three sentences before ``char`` (an
        organisation entity with 'Court' or 'Tribunal' in its name, or 'the court' resolved to the
        article's court), nearest first; None when none is."""
        ctx = self.ctx
        for t in self._tokens_back(char):
            if t.lower_ not in _COURT_WORDS:
                continue
            e = ctx.entity_at(t.idx, t.idx + len(t))
            if e is not None and ctx.ent_label[e] == "ORG" and ctx.ent_start[e] <= t.idx < ctx.ent_end[e]:
                full = self._full_org_name(ctx.ent_canon[e], e)
                k = full if full is not None else e
                return ctx.ent_canon[k], ctx.ent_id[k]
            if t.pos_ == "NOUN":
                name = self._org_name(t)
                if name:
                    return name, None
        return None

    def _subject_of_verb_before(self, char: int, verb: str) -> tuple[str, int | None] | None:
        """The issuer named as subject of ``verb`` (a lemma: 'file', 'rule') in the sentence of
        ``char`` or the three before, outside quotations, nearest first: 'Toys R Us filed for
        bankruptcy ... According to the filing' -> Toys R Us. None when no such subject names one."""
        for t in self._tokens_back(char):
            if t.pos_ != "VERB" or t.lemma_.lower() != verb:
                continue
            subj = _subject(t)  # the nearest, when the parser gives the verb two
            subj = subj if subj is not None and subj.dep_ == "nsubj" else None
            if subj is None and t.dep_ == "acl" and t.head.pos_ == "PROPN" and not any(c.dep_ == "auxpass" for c in t.children):
                subj = t.head  # the parser reads 'Toys R Us filed for ...' as a reduced relative
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                found = self._issuer_named_by(subj, whole=True)
                if found is not None:
                    return found
        return None

    def _issuer_of_document(self, head: Token) -> bool:
        """Whether ``head`` names the issuer of a document that frames the statement: the object
        of 'of'/'by'/'from' after a document noun that is itself the object of 'in' or 'according
        to' ('In the analysis of X, ...', 'according to a report by X')."""
        cues = self.ctx.cues
        # The name's own head, not a word inside it: 'Resources' in 'a survey by the Romanian Centre
        # for Urban Resources'; the name an apposition renames: 'a survey by a business group, the
        # Institute for Supply Management'.
        while True:
            if head.dep_ == "pobj" and head.head.lower_ in ("for", "of", "on") and head.head.head.pos_ == "PROPN" and head.head.head.i < head.i:
                head = head.head.head
            elif head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head
            else:
                break
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ not in ("of", "by", "from"):
            return False
        noun = prep.head
        if prep.dep_ == "agent" or noun.pos_ != "NOUN":
            return False
        if not (noun.lower_ in cues.document_heads or noun.lemma_.lower() in cues.document_heads or people.is_document_noun(noun.lower_)):
            return False
        if noun.lower_ in _POSTS or noun.lemma_.lower() in _POSTS or noun.lower_ in _ACCOUNTS:
            return False  # a person's post is the person; an account its owner
        frame = noun.head
        if noun.dep_ == "nsubj" and frame.pos_ == "VERB" and cues.frame_of(frame.lemma_.lower()) == "evidence":
            return True  # 'A survey by a business group, the Institute for Supply Management, showed ...'
        return noun.dep_ == "pobj" and (frame.lower_ == "in" or (frame.lower_ == "to" and frame.head.lower_ == "according"))

    def _own_government(self, sp: _Speaker) -> None:
        """'an official government' (Twitter account) -> 'Government of Samoa', the country just
        named or the one whose government the article names; else 'government'."""
        words = sp.canonical.lower().split()
        if words and words[-1] == "government" and sp.canonical.islower():
            country = self._recent_country(sp.pos) or self._government_named()
            sp.canonical, sp.resolved = (f"Government of {country}" if country else "government"), True

    def _social_account(self, head: Token) -> bool:
        """Whether ``head`` is a social-media account or page ('Twitter account', 'official Facebook page')."""
        if head.lower_ not in _ACCOUNTS:
            return False
        return any(c.i < head.i and (c.lower_ in _PLATFORMS or c.lower_ == "official") for c in head.children)

    def _government_named(self) -> str | None:
        """The country whose government the article names outside quotations ('the government of
        Samoa', "Samoa's government"; 'the Samoan government' is not read), when exactly one is; else None."""
        ctx = self.ctx
        found: list[str] = []
        for m in re.finditer(r"\b[Gg]overnment of (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+)*)|\b([A-Z][\w-]+(?: [A-Z][\w-]+)*)(?:'s|’s)? [Gg]overnment\b", ctx.text):
            name = m.group(1) or m.group(2)
            start = m.start(1) if m.group(1) else m.start(2)
            e = ctx.entity_at(start, start + len(name))
            if ctx.in_quote[ctx.token_at(start)]:
                continue
            if m.group(1):
                # 'the government of Samoa': a country whatever label the entity model gave it
                # ('Samoa' is often tagged ORG), never 'the Government of National Unity'.
                if e is not None and ctx.ent_label[e] in ("PERSON", "NORP", "DATE"):
                    continue
                name = ctx.ent_canon[e] if e is not None and ctx.ent_label[e] in ("GPE", "LOC", "ORG") else name
                if people.is_organization_name(name, extra_words=self._org_words) or name.split()[0] in ("National", "Unity"):
                    continue
            elif e is None or ctx.ent_label[e] != "GPE":
                continue  # 'the Labour government', 'the Bush government' name no country
            else:
                name = ctx.ent_canon[e]
            if name not in found:
                found.append(name)
        return found[0] if len(found) == 1 else None

    def _joint_source(self, sp: _Speaker, head: Token) -> bool:
        """A document joined with a source that speaks ('these videos and NPR', 'witness accounts
        and authorities'): the source types the whole (dev guideline S3), an outlet or named
        organisation first, then unnamed people. False when the documents stand alone."""
        ctx, cues = self.ctx, self.ctx.cues
        conjs = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        conjs += [g for c in conjs for g in c.children if g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN")]
        anonymous = False
        for c in conjs:
            e = ctx.entity_at(c.idx, c.idx + len(c))
            if e is not None and ctx.ent_start[e] <= c.idx < ctx.ent_end[e] and ctx.ent_label[e] in ("ORG", "PERSON", "GPE", "NORP"):
                canon = ctx.ent_canon[e]
                if ctx.ent_label[e] == "PERSON" and canon in ctx.person_names:
                    continue  # a person with documents is a group of sources; left to the person rules
                full = self._full_org_name(canon, e) if ctx.ent_label[e] == "ORG" else None
                k = full if full is not None else e
                sp.type = "media" if self._is_outlet(ctx.ent_canon[k]) else "organization"
                sp.canonical, sp.ent_id = ctx.ent_canon[k], ctx.ent_id[k]
                return True
            if c.pos_ == "PROPN" and self._is_outlet(c.text):
                sp.type, sp.canonical = "media", c.text
                return True
            lemma, low = c.lemma_.lower(), c.lower_
            if lemma in cues.anonymous_heads or low in cues.anonymous_heads or (c.pos_ == "NOUN" and people.is_person_noun(low, lemma=lemma)):
                anonymous = True  # 'authorities', 'witnesses', 'officials'
        if anonymous:
            sp.type = "anonymous"
            return True
        return False

    def _issuer_in_phrase(self, head: Token) -> tuple[str, int | None] | None:
        """The issuer a document's own phrase names, as (canonical name, entity id), or None.

        Possessors and 'by'/'from'/'of' objects ('the WHO's report', 'estimates by the
        Argentinian government', 'the analysis of the German Institute for Economic
        Research'), an issuing participle ('a statement released by X'; 'prepared by' names an
        author, not the issuer), then a name or organisation noun in front of the head ('a
        council report', 'A Harbour Wire analysis', 'White House budget papers').
        """
        # A possessive pronoun's owner is found by the pronoun rules, which may resolve the subject of a
        # sentence before, which may be this same document ('Their report ... Their report said'): a
        # document already being read names no issuer a second time (no endless recursion).
        busy = self.__dict__.setdefault("_issuers_in_progress", set())
        if head.i in busy:
            return None
        busy.add(head.i)
        try:
            return self._issuer_in_phrase_once(head)
        finally:
            busy.discard(head.i)

    def _issuer_in_phrase_once(self, head: Token) -> tuple[str, int | None] | None:
        """:meth:`_issuer_in_phrase` for a document not already being read."""
        cues = self.ctx.cues
        if head.lemma_.lower() in _REPORTS or head.lower_ in _REPORTS:
            outlet = self._outlet_before_head(head)
            if outlet is not None:
                return outlet  # 'The Times report by Neil A. Lewis': the outlet that ran it, not its reporter
        for c in head.children:
            if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS:
                found = self._pronoun_owner(c)  # 'Their statement to the court said'
                if found is not None:
                    return found
            elif c.dep_ == "poss":
                found = self._issuer_named_by(c, whole=any(g.dep_ not in ("det", "case") for g in c.children if g.i < c.i)) or self._body_meant(c, head)
                if found is not None:
                    return found
            elif c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    found = self._issuer_named_by(pobj, whole=True, any_phrase=c.lower_ != "of")
                    if found is not None:
                        return self._joint_issuer(pobj, found) if c.lower_ == "by" else found  # 'a survey by X and Y'
            elif c.dep_ == "prep" and c.lower_ == "on" and c.i == head.i + 1 and (site := next((g for g in c.children if g.dep_ == "pobj" and g.lower_ in _SITES), None)) is not None:
                # 'A notice on the Metronet website', "a statement on the ministry's site": the site's owner.
                found = self._issuer_in_phrase(site)
                owner = next((g for g in site.children if g.dep_ in ("compound", "poss") and g.pos_ == "PROPN"), None)
                if found is None and owner is not None:
                    found = self._issuer_named_by(owner, whole=True, any_phrase=True)
                if found is not None:
                    return found
            elif c.dep_ == "prep" and c.lower_ in ("in", "on") and c.i == head.i + 1 and (head.lemma_.lower() in _REPORTS or head.lower_ in _REPORTS):
                # 'a report in the Washington Post', 'an article on CNN': the outlet that ran it.
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                found = self._issuer_named_by(pobj, whole=True) if pobj is not None and pobj.pos_ == "PROPN" else None
                if found is not None and self._is_outlet(found[0]):
                    return found
            elif c.dep_ == "acl" and c.i > head.i and (c.lemma_.lower() in cues.document_issuing_verbs or (c.lemma_.lower() in _INQUIRY_VERBS and (head.lemma_.lower() in _INQUIRIES or head.lower_ in _INQUIRIES)) or self._made_by(c)):
                # 'a statement released by X'; 'a poll conducted by CBS News'.
                # 'Data released on Wednesday from the British government': 'from' names the issuer too.
                agent = next((g for g in c.children if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ in ("by", "from"))), None)
                pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
                if pobj is not None:
                    found = self._issuer_named_by(pobj, whole=True)
                    if found is not None:
                        joint = self._joint_issuer(pobj, found)  # 'a poll conducted by X, Y and Z': jointly
                        return joint if joint != found else self._listed_issuers(pobj, found)
                if agent is None and (head.lemma_.lower() in _REPORTS or head.lower_ in _REPORTS or c.lemma_.lower() in _PUBLISHING_VERBS):
                    # 'a story published today in the Washington Post': the outlet that ran it;
                    # 'a poll published in Maariv', 'a study published in The Lancet': any document.
                    for where in (g for g in c.children if g.dep_ == "prep" and g.lower_ in ("in", "on")):
                        pobj = next((g for g in where.children if g.dep_ == "pobj"), None)
                        found = self._issuer_named_by(pobj, whole=True) if pobj is not None and pobj.pos_ == "PROPN" else None
                        if found is not None and (self._is_outlet(found[0]) or (c.lemma_.lower() in _PUBLISHING_VERBS and where.lower_ == "in" and self._publication_name(pobj))):
                            # 'a report published in The Village Voice': what a report is published in is a publication.
                            self._publications.add(found[0])
                            return found
        for c in sorted(head.children, key=lambda t: t.i):
            if c.i < head.i and c.dep_ in ("compound", "nmod") and c.pos_ in ("PROPN", "NOUN"):
                if c.lower_ in cues.media_heads and (c.text.islower() or c.i == c.sent.start) and not any(g.i < c.i for g in c.children):
                    continue  # 'Media reports had suggested ...', 'press reports': the media at large, no one issuer (docs21)
                found = self._issuer_named_by(c, whole=False, compound=True) or self._body_meant(c, head)
                if found is None and c.pos_ == "NOUN":
                    # 'a new Gallup opinion poll', 'the Pew Research Center exit poll': the parser hangs
                    # the name on the noun in front of the head; that name issued the document.
                    name = next((g for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN" and g.i < c.i), None)
                    if name is not None and not (name.lower_ in cues.media_heads and name.text.islower()):
                        found = self._issuer_named_by(name, whole=False, compound=True)
                if found is not None:
                    return found
            elif c.i < head.i and c.dep_ == "amod" and c.lower_ in cues.organization_heads and c.i == head.i - 1:
                # 'A U.S. military statement': the tagger reads 'military' as an adjective; the
                # issuer is the body with the place in front of it ('U.S. military').
                doc = self.ctx.doc
                lo = c.i
                while lo > 0 and doc[lo - 1].head.i == head.i and doc[lo - 1].dep_ in ("amod", "compound", "nmod") and doc[lo - 1].ent_type_ in ("NORP", "GPE"):
                    lo -= 1
                if lo < c.i:
                    return self.ctx.text[doc[lo].idx : _tok_end(doc, c.i)], None
                found = self._body_meant(c, head)  # 'a military statement' after 'The United States military said'
                if found is not None:
                    return found
        return self._untagged_issuer_name(head)

    def _untagged_issuer_name(self, head: Token) -> tuple[str, int | None] | None:
        """A proper name in front of a document that the entity model left untagged or tagged as a
        party's members, as (name, None), or None (spk27).

        "According to Uber's statistics", 'An Australian Democrats policy document says': the
        possessor or compound name is who issued the document, but the model tagged *Uber* as
        nothing and *Australian Democrats* as a nationality (NORP), so :meth:`_issuer_named_by`
        found no body. The name must be a run of proper nouns hung on the document (``poss`` or
        ``compound``), the article must write it again outside this phrase (its own mention of an
        actor, not a one-off label), and no word of it may be a place, date, event, work, law,
        product, number, person or a bare title or organisation word ('the President's statement',
        'the Government's report' are left to the title and description rules). A NORP name counts
        only with a plural proper noun at its end (*Democrats*, *Greens*: a party), never a
        nationality adjective ('a Japanese report')."""
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        for c in sorted(head.children, key=lambda t: t.i):
            if c.i >= head.i or c.dep_ not in ("poss", "compound") or c.pos_ != "PROPN" or ctx.in_quote[c.i]:
                continue
            lo = c.i
            while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i in (c.i, lo) and doc[lo - 1].dep_ == "compound":
                lo -= 1
            while lo > 0 and c.ent_type_ == "NORP" and doc[lo - 1].ent_type_ == "NORP" and doc[lo - 1].head.i in (c.i, head.i) and doc[lo - 1].dep_ in ("amod", "compound"):
                lo -= 1  # 'Australian Democrats': the party's adjective, hung on the name or the document
            run = doc[lo : c.i + 1]
            if any(t.ent_type_ not in ("", "NORP", "ORG") for t in run) or any(t.ent_type_ == "ORG" for t in run):
                continue  # an ORG was already tried by the name rules; places, dates, people are no issuers here
            if any(t.ent_type_ == "NORP" for t in run) and c.tag_ != "NNPS":
                continue
            if len(run) == 1 and (c.lower_ in cues.titles or c.lower_ in cues.organization_heads or c.lemma_.lower() in cues.organization_heads):
                continue
            name = ctx.text[run[0].idx : _tok_end(doc, c.i)]
            if name in ctx.person_names or name in ctx.surnames or people.looks_like_person_name(name):
                continue  # "Stern's memo" after 'Ken Stern': a person, left to the person rules
            others = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(c.text)}(?!\w)", ctx.text) if not run[0].idx <= m.start() < _tok_end(doc, c.i)]
            if not others:
                continue
            return name, None
        return None

    def _body_meant(self, c: Token, head: Token) -> tuple[str, int | None] | None:
        """The body a bare organisation word in front of a document means ('a military statement',
        'the organisation statement', "the company's statement"), as (name, entity id), or None.

        The body that spoke in the three sentences before and whose name ends in the word ('The
        United States military said ... a military statement said' -> United States military),
        else what the word would be as the speaker 'the <word>': the body it refers back to
        ('the organisation' -> the organisation entity named last, dev guideline S2). Only for a
        word with nothing of its own in front of it; an unresolved one names no issuer, nor does
        a speaker it would only fall back on."""
        cues = self.ctx.cues
        lemma, low = c.lemma_.lower(), c.lower_
        if c.pos_ not in ("NOUN", "ADJ") or not (lemma in cues.organization_heads or low in cues.organization_heads or low in cues.generic_organization_heads):
            return None
        if any(g.i < c.i and g.dep_ not in ("det", "case") for g in c.children) or any(g.i < c.i and g.dep_ in ("amod", "compound", "nmod", "poss") for g in head.children):
            return None
        here = self.ctx.sent_of[head.i]
        for h in reversed(self.history):
            if h.pos >= head.idx or not h.canonical or h.type != "organization":
                continue
            if self.ctx.sent_of[self.ctx.token_at(h.pos)] < here - 3:
                break
            if h.canonical.split()[-1].lower() in (low, lemma) and " " in h.canonical:
                return h.canonical, h.ent_id  # the body that spoke just before and whose name ends in the word
        if c.pos_ != "NOUN" or c.tag_ != "NN":
            return None
        sub = _Speaker(pos=self.ctx.doc[head.left_edge.i].idx)
        self._description(sub, c, ["the", low], f"the {c.text}", speaking=False)
        if sub.type == "organization" and sub.ent_id is not None and sub.canonical and sub.canonical not in self.ctx.person_names:
            return sub.canonical, sub.ent_id
        return None

    def _made_by(self, participle: Token) -> bool:
        """Whether a past participle on a document names its maker in a 'by' phrase: 'an
        announcement made by X', 'an opinion poll conducted by GPO and commissioned by Mega',
        'a study funded by X'. Not a verb that writes it for someone else ('prepared by', 'drawn
        up by': an author, not the issuer), nor one that only handles, receives or judges a document
        (the lexicon's ``document_non_issuing_verbs``: 'a memo obtained by', 'a report seen by',
        'a plan rejected by'), nor one that takes a stance on it ('a bill opposed by')."""
        lemma = participle.lemma_.lower()
        cues = self.ctx.cues
        if participle.tag_ != "VBN" or lemma in cues.document_non_issuing_verbs or lemma in _HANDLING_VERBS or lemma in _AUTHORING_VERBS or lemma in ("draw", "author"):
            # 'a council report, prepared by Brightwater Engineering': the author, not the issuer.
            return False
        if cues.frame_of(lemma) in ("stance", "belief", "directive"):
            return False
        return any(g.dep_ == "agent" for g in participle.children)

    def _outlet_before_head(self, head: Token) -> tuple[str, int | None] | None:
        """The news outlet named in front of a report noun ('The Times report by Neil A. Lewis',
        'A Toronto Star article'), as (canonical name, entity id), or None. The outlet ran the
        report, so it beats a reporter named with 'by' (gold convention R17)."""
        for c in head.children:
            if c.i < head.i and c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN":
                found = self._issuer_named_by(c, whole=False, compound=True)
                if found is not None and self._is_outlet(found[0]):
                    return self._fuller_outlet(found, head.idx)
        return None

    def _fuller_outlet(self, found: tuple[str, int | None], char: int) -> tuple[str, int | None]:
        """A one-word outlet name ('Times') as the fuller outlet name the article gave before
        ``char`` and that ends with it ('New York Times'); unchanged when there is none."""
        ctx = self.ctx
        name = found[0]
        if " " in name:
            return found
        for k in range(len(ctx.ent_start) - 1, -1, -1):
            full = ctx.ent_canon[k]
            if ctx.ent_start[k] < char and full != name and full.split()[-1] == name and self._is_outlet(full) and not ctx.in_quote[ctx.token_at(ctx.ent_start[k])]:
                return full, ctx.ent_id[k]
        return found

    def _publication_name(self, t: Token) -> bool:
        """Whether the proper name headed by ``t`` can be a publication: a name that is no place,
        date, nationality or event ('The Village Voice', 'Kestrel Voice'; not 'London')."""
        ctx, doc = self.ctx, self.ctx.doc
        lo = t.left_edge.i
        e = ctx.entity_at(doc[lo].idx, _tok_end(doc, t.i))
        if e is not None and ctx.ent_label[e] in ("GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "PERSON"):
            return False
        return not any(doc[i].ent_type_ in ("GPE", "LOC", "DATE", "TIME", "PERSON") for i in range(lo, t.i + 1))

    def _pronoun_owner(self, pron: Token) -> tuple[str, int | None] | None:
        """The named person or body a possessive pronoun on a document stands for ('Their statement
        to the court said' after 'The Peace Tax Seven ...'), by the pronoun rules, as (name, entity
        id); None when they leave it unresolved or unnamed. Nothing is recorded in the history."""
        kind = {"their": "group", "its": "thing", "his": "person", "her": "person"}[pron.lower_]
        probe = _Speaker(text=_OWNER_PRONOUNS[pron.lower_], start=pron.idx, end=pron.idx + len(pron), pos=pron.idx)
        n, genders = len(self.history), dict(self.gender)
        try:
            self._pronoun(probe, kind)
        finally:
            del self.history[n:]
            self.gender.clear()
            self.gender.update(genders)
        if probe.canonical and probe.type in ("person", "organization", "media"):
            return probe.canonical, probe.ent_id
        return None

    def _issuer_named_by(self, t: Token, *, whole: bool, any_phrase: bool = False, compound: bool = False) -> tuple[str, int | None] | None:
        """The issuer token ``t`` names: an entity (by its full name), a name the entity model
        missed, or an organisation noun resolved to the article's body ('the council' ->
        'Kestrel Bay Council'); with ``whole`` an unresolved organisation phrase is kept as
        written ('the Argentinian government'), with ``any_phrase`` any noun phrase ('a statement
        from the mayor's office'). None when ``t`` names no issuer."""
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        named = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > t.i), None)
        if t.pos_ == "PROPN" and named is not None and named.left_edge.i == t.i + 2 and doc[t.i + 1].text == "(" and len(ctx.text[named.idx : _tok_end(doc, named.right_edge.i)].split()) > 1:
            # 'a report by ComReg (Commission for Communications Regulation)': the full name in brackets.
            full = ctx.entity_at(named.idx, _tok_end(doc, named.right_edge.i))
            if full is not None and ctx.ent_label[full] == "ORG" and ctx.ent_start[full] == named.idx:
                return ctx.ent_canon[full], ctx.ent_id[full]
        titled = t.pos_ == "PROPN" and (t.lower_ in cues.titles or t.lemma_.lower() in cues.person_heads)
        if (t.pos_ == "NOUN" or titled) and named is not None and whole:
            # 'The Governor of the state of New York, Eliot Spitzer': the name, also after a capitalised title.
            # "Colombia's leading newspaper El Tiempo", 'the retailer Toys R Us': the name in apposition.
            found = self._issuer_named_by(named, whole=True)
            if found is not None:
                return found
        lo = t.left_edge.i if not compound else t.i
        glue = t.pos_ == "PROPN" and lo == t.i
        while glue and lo > 0 and not doc[lo - 1].whitespace_ and (doc[lo - 1].text[:1].isalnum() or (doc[lo - 1].text in (".", "-") and lo > 1 and not doc[lo - 2].whitespace_ and doc[lo - 2].text[:1].isalnum())):
            lo -= 1  # a name the tokenizer split: 'OpenTheGovernment' '.' 'Org' -> 'OpenTheGovernment.Org'
        if compound:
            # The name's own compounds: 'Harbour' + 'Wire', 'White' + 'House'.
            while lo > 0 and doc[lo - 1].dep_ == "compound" and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i == lo and t.pos_ == "PROPN":
                lo -= 1
        e = ctx.entity_at(doc[lo].idx, _tok_end(doc, t.i))
        if e is not None and t.pos_ == "PROPN" and ctx.ent_label[e] in ("GPE", "NORP") and ctx.ent_end[e] <= t.idx:
            # "Colombia's leading newspaper El Tiempo": the name itself, not the place before it.
            own = ctx.entity_at(t.idx, _tok_end(doc, t.i))
            e = own if own is not None and ctx.ent_start[own] <= t.idx else e
        if e is not None and ctx.ent_label[e] in ("ORG", "PERSON", "GPE", "NORP", "FAC") and ctx.ent_start[e] < _tok_end(doc, t.i) and ctx.ent_end[e] > doc[lo].idx:
            label, canon = ctx.ent_label[e], ctx.ent_canon[e]
            if label in ("NORP", "GPE") and t.lemma_.lower() in cues.organization_heads:
                # "Estimates by the Argentinian government": the issuer is the whole phrase.
                return _strip_det(ctx.text[doc[t.left_edge.i].idx : _tok_end(doc, t.i)]), None
            if label in ("GPE", "NORP") and compound:
                return None  # 'a Japanese report', 'a London study': where, not who
            full = self._full_org_name(canon, e) if label == "ORG" else None
            k = full if full is not None else e
            return ctx.ent_canon[k], ctx.ent_id[k]
        if t.pos_ == "PROPN" and all(not doc[i].whitespace_ for i in range(lo, t.i)) and _DOMAIN.search(ctx.text[doc[lo].idx : _tok_end(doc, t.i)]):
            return ctx.text[doc[lo].idx : _tok_end(doc, t.i)], None  # 'OpenTheGovernment.Org', 'Change.org': a web organisation
        while t.pos_ == "PROPN" and lo < t.i and doc[lo].dep_ == "det" and doc[lo].lower_ == "the":
            lo += 1  # 'The Kestrel Bay Tenants Union filed a lawsuit': the name without its article
        if t.pos_ == "PROPN" and all(doc[i].pos_ == "PROPN" for i in range(lo, t.i + 1)):
            name = ctx.text[doc[lo].idx : _tok_end(doc, t.i)]
            if self._is_outlet(name) or self.name_label.get(name) == "ORG" or self._org_entity_named(name) is not None:
                return (self._org_entity_named(name) or name), None  # a name the entity model missed here
            if people.is_organization_name(name, extra_words=self._org_words) and not people.looks_like_person_name(name):
                return name, None
        lemma, low = t.lemma_.lower(), t.lower_
        if t.pos_ == "NOUN" and (lemma in cues.organization_heads or low in cues.organization_heads):
            bare = all(g.dep_ in ("det", "case") for g in t.children if g.i < t.i)
            if compound and bare:
                # 'a Japanese government report': the parser hangs the nationality on the document.
                lo2 = t.i
                while lo2 > 0 and doc[lo2 - 1].head.i == t.head.i and doc[lo2 - 1].dep_ in ("amod", "compound") and doc[lo2 - 1].ent_type_ in ("NORP", "GPE"):
                    lo2 -= 1
                if lo2 < t.i:
                    return ctx.text[doc[lo2].idx : _tok_end(doc, t.i)], None
            if bare:
                name = self._org_name(t)
                if name:
                    return name, None
            if whole or any_phrase or (compound and not bare):
                # 'a Japanese government report' -> 'Japanese government'
                return _strip_det(ctx.text[doc[t.left_edge.i].idx : _tok_end(doc, t.i)]), None
            return None
        if any_phrase and t.pos_ in ("NOUN", "PROPN"):
            return _strip_det(ctx.text[doc[t.left_edge.i].idx : _tok_end(doc, t.right_edge.i)]), None
        return None

    def _settle_name(self, sp: _Speaker, head: Token) -> None:
        """Give an organisation, outlet or document issuer the name the article settles on.

        'Ofgem' -> 'Office of Gas and Electricity Markets' when the text introduces it as
        'the Office of Gas and Electricity Markets (Ofgem)'; 'Scottish & Southern Energy' ->
        'Scottish and Southern Energy' when both spellings occur (the first one written wins);
        'the military' -> 'United States military in Iraq' after 'the United States military in
        Iraq'; 'US Embassy' -> 'US Embassy in London' when the article names it so.
        """
        if sp.type not in ("organization", "media", "document") or not sp.canonical or " and " in sp.canonical and sp.type != "organization":
            return
        name = sp.canonical
        if _strip_det(name).lower() in (head.lower_, head.lemma_.lower()) and sp.type == "organization":
            earlier = self._earlier_named_phrase(head)
            if earlier:
                sp.canonical, sp.resolved = earlier, True
                return
        name = self._defined_long_form(name) or self._first_spelling(name) or self._singular_spelling(name, head) or name
        name = self._renames.get(name, name)
        sp.canonical = self._located_name(name)
        if sp.org and sp.type == "document":
            sp.org = sp.canonical

    def _defined_long_form(self, name: str) -> str | None:
        """The full name an article gives a short one in brackets: 'the Office of Gas and
        Electricity Markets (Ofgem)' -> that name for 'Ofgem'; None when it gives none."""
        ctx = self.ctx
        if " " in name.strip() or len(name) > 12:
            return None
        for m in re.finditer(rf"\(\s*(?:the\s+)?{re.escape(name)}\s*\)", ctx.text):
            k = bisect.bisect_right(ctx.ent_start, m.start()) - 1
            if k >= 0 and ctx.ent_label[k] in ("ORG", "FAC", "GPE") and not ctx.text[ctx.ent_end[k] : m.start()].strip() and ctx.ent_canon[k] != name:
                return ctx.ent_canon[k]
        return None

    @functools.cached_property
    def _renames(self) -> dict[str, str]:
        """Old name -> new name of organisations the article says were renamed: 'Air Pacific has
        returned to its original name: Fiji Airways', 'X was renamed Y', 'X changed its name to Y',
        'Y, formerly known as X'. Both names must be entities (ORG, or any label for the new
        name), outside quotations; one article, one table (computed once)."""
        ctx = self.ctx
        table: dict[str, str] = {}

        def ent(char: int) -> int | None:
            k = bisect.bisect_right(ctx.ent_start, char) - 1
            return k if k >= 0 and ctx.ent_start[k] <= char < ctx.ent_end[k] and not ctx.in_quote[ctx.token_at(char)] else None

        for k in range(len(ctx.ent_start)):
            if ctx.ent_label[k] != "ORG" or ctx.in_quote[ctx.token_at(ctx.ent_start[k])]:
                continue
            tail = ctx.text[ctx.ent_end[k] : ctx.ent_end[k] + 120]
            # 'Air Pacific has now officially returned to its original name: Fiji Airways'
            m = re.match(r"\s*(?:,\s*which\s+)?(?:has |had |have )?(?:now |officially |formally |since |been )*", tail)
            rest = tail[m.end() :] if m else tail
            f = _RENAMED_TO.match(rest)
            if f is not None:
                j = ent(ctx.ent_end[k] + (len(tail) - len(rest)) + f.end())
                if j is not None and j != k and ctx.ent_label[j] in ("ORG", "PERSON", "GPE", "FAC", "PRODUCT"):
                    table.setdefault(ctx.ent_canon[k], ctx.ent_canon[j])
                    continue
            b = _FORMERLY.match(tail)
            if b is not None:
                j = ent(ctx.ent_end[k] + b.end())
                if j is not None and j != k and ctx.ent_label[j] in ("ORG", "PERSON", "GPE", "FAC", "PRODUCT"):
                    table.setdefault(ctx.ent_canon[j], ctx.ent_canon[k])
        table = {old: new for old, new in table.items() if old != new and new not in table}
        return table

    def _singular_spelling(self, name: str, head: Token) -> str | None:
        """'Commonwealth Banks states ...' -> 'Commonwealth Bank' when the article also names the
        organisation in the singular and the mention takes a singular verb (a stray plural 's',
        not 'Lloyds Banking Group'); None otherwise."""
        ctx = self.ctx
        if not name.endswith("s") or name.endswith("ss") or " " not in name or head.dep_ != "nsubj" or head.head.tag_ != "VBZ":
            return None
        single = name[:-1]
        return single if any(canon == single and lab == "ORG" for canon, lab in zip(ctx.ent_canon, ctx.ent_label)) else None

    def _first_spelling(self, name: str) -> str | None:
        """The first spelling in the text of a name written with '&' and with 'and'
        ('Scottish and Southern Energy ... Scottish & Southern Energy commented'); None if one."""
        parts = re.split(r"\s+(?:&|and)\s+", name)
        if len(parts) < 2:
            return None
        pattern = r"\s+(?:&|and)\s+".join(re.escape(p) for p in parts)
        m = re.search(rf"\b{pattern}\b", self.ctx.text)
        return m.group(0) if m is not None and m.group(0) != name else None

    def _located_name(self, name: str) -> str:
        """'US Embassy' -> 'US Embassy in London' when the article names the body with the place
        it is in (outside quotations) and its head is in ``located_organization_heads``."""
        ctx, cues, doc = self.ctx, self.ctx.cues, self.ctx.doc
        words = name.split()
        if not words or words[-1].lower() not in cues.located_organization_heads:
            return name
        for k, canon in enumerate(ctx.ent_canon):
            if canon != name or ctx.in_quote[ctx.token_at(ctx.ent_start[k])]:
                continue
            last = doc[ctx.token_at(ctx.ent_end[k] - 1)]
            place = self._place_after(last)
            if place:
                return f"{name} in {place}"
        return name

    def _place_after(self, t: Token) -> str:
        """The place of an 'in' phrase on token ``t`` ('Embassy in London' -> 'London'), or ''."""
        ctx = self.ctx
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ in ("GPE", "LOC"):
                    return ctx.text[pobj.left_edge.idx : _tok_end(ctx.doc, pobj.i)].removeprefix("the ")
        return ""

    def _earlier_named_phrase(self, head: Token) -> str:
        """'the military' -> 'United States military in Iraq': the last earlier phrase outside
        quotations with the same head noun and a name in front of it, or ''."""
        ctx, doc = self.ctx, self.ctx.doc
        lemma = head.lemma_.lower()
        for i in range(head.i - 1, -1, -1):
            t = doc[i]
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or ctx.in_quote[i]:
                continue
            mods = [c for c in t.children if c.i < t.i and c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG")]
            if not mods:
                continue
            lo = min(m.left_edge.i for m in mods)
            while lo < t.i and doc[lo].dep_ == "det":
                lo += 1
            name = ctx.text[doc[lo].idx : _tok_end(doc, t.i)]
            place = self._place_after(t) if lemma in ctx.cues.located_organization_heads or t.lower_ in ctx.cues.located_organization_heads else ""
            return f"{name} in {place}" if place else name
        return ""

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
            if acronym and _initials(name) == canon:
                return k
        return None

    def _recent_org_subject(self, char: int, *, after: int) -> _Speaker | None:
        """The organisation that is the subject of one of the two sentences before ``char``."""
        ctx, cues = self.ctx, self.ctx.cues
        here = ctx.sent_of[ctx.token_at(char)]
        for si in range(here - 1, max(-1, here - 3), -1):
            sent = ctx.sents[si]
            if sent.start_char <= after:
                return None
            for t in sent:
                if t.dep_ not in ("nsubj", "nsubjpass") or t.head.head.i != t.head.i or ctx.in_quote[t.i]:
                    continue  # the subject of the main clause only
                t = _past_expletive(t)  # 'it was decided that the Fed would ...': the Fed
                ent = ctx.entity_at(t.idx, t.idx + len(t))
                if ent is not None and ctx.ent_label[ent] == "ORG" and ctx.ent_start[ent] <= t.idx < ctx.ent_end[ent]:
                    full = self._full_org_name(ctx.ent_canon[ent], ent)
                    k = full if full is not None else ent
                    return _Speaker(canonical=ctx.ent_canon[k], type="organization", ent_id=ctx.ent_id[k], pos=t.idx)
                low, lemma = t.lower_, t.lemma_.lower()
                det = next((c.lower_ for c in t.children if c.dep_ == "det"), "")
                if det == "the" and (lemma in cues.generic_organization_heads or low in cues.generic_organization_heads):
                    k = self._last_org_entity(t.idx, outlets=False)
                    if k is not None:
                        return _Speaker(canonical=ctx.ent_canon[k], type="organization", ent_id=ctx.ent_id[k], pos=t.idx)
                return None
        return None

    def _place_issuer_before(self, head: Token, char: int) -> tuple[str, int | None] | None:
        """The issuer of a document named only by its country: 'The US military says the raid was
        launched after ... "...," the U.S. statement said' -> US military.

        The body that spoke in the three sentences before and whose name starts with the same
        place ('U.S.' and 'US' are one spelling). None when the document has no place in front of
        it, or no body of that place spoke just before ('a Japanese report' stays unnamed)."""
        ctx, doc = self.ctx, self.ctx.doc
        places = [c for c in head.children if c.i < head.i and c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("GPE", "NORP")]
        if not places or any(c.dep_ in ("poss", "prep") for c in head.children):
            return None
        lo = min(c.i for c in places)
        if any(doc[i].dep_ not in ("amod", "compound", "nmod", "punct") or doc[i].ent_type_ not in ("GPE", "NORP") for i in range(lo, head.i) if doc[i].head.i == head.i):
            return None
        place = re.sub(r"[.\s]", "", ctx.text[doc[lo].idx : _tok_end(doc, head.i - 1)]).lower()
        here = ctx.sent_of[ctx.token_at(char)]
        for h in reversed(self.history):
            if h.pos >= char or not h.canonical:
                continue
            if ctx.sent_of[ctx.token_at(h.pos)] < here - 3:
                return None
            if h.type == "organization" and " " in h.canonical:
                first = re.sub(r"\.", "", h.canonical.split()[0]).lower()
                if first == place:
                    return h.canonical, h.ent_id
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
