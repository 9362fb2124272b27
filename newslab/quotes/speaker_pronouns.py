"""Pronouns and agreement: gender and number evidence, reported content, the nearest compatible speaker."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator

from spacy.attrs import DEP, POS
from spacy.tokens import Token

from newslab import people
from newslab.quotes.mention import _Speaker
from newslab.sources import joint_name
from newslab.quotes.parse import _np_range, _subjects_above, _tok_end

#: Subjects that are no person: a clause under them still belongs to the person above
#: ('as it, in his words, showed ...', 'which in his words linked ...').
_THING_SUBJECTS = frozenset({"it", "which", "that", "this", "what", "there"})

#: Quantifiers that stand alone as a subject for a group just named ('All are concerned that
#: ...', 'Both said ...', 'Each insisted ...'), also before a small number or 'men'/'women'
#: ('All three said', 'Both men denied').
_QUANTIFIERS = frozenset({"all", "both", "each"})
_GROUP_NOUNS = frozenset({"men", "women", "two", "three", "four", "five", "six"})

#: Prepositions that put a name in place position ('in Jordan', 'from Georgia'): that word is a place there.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "into", "across", "near", "throughout", "inside", "outside", "within", "around"})


_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w'’-]+) \Z")
_WORD_CHAR = re.compile(r"[\w-]")


# Verbs whose subject opposes the claim in their object ('rejected his claim', 'disputed her
# account'): the claim's possessor is someone else.
_REJECTING_VERBS = frozenset({"reject", "dismiss", "deny", "dispute", "challenge", "question", "refute", "rebut", "contest", "contradict", "counter", "deride", "ridicule", "debunk", "doubt"})


def _capitalised_word_before(text: str, name: str) -> Iterator[tuple[int, int, str]]:
    r"""Each capitalised word written right before ``name`` ('Hugo Chávez'), in text order.

    Yields ``(start of the word, end of the name, word)``: the matches of
    ``(?<![\w-])([A-Z][\w'’-]+) NAME(?![\w-])`` without compiling a pattern per name (the
    speaker rules ask it for every single-word name of every article). Words longer than 200
    characters are not looked for.
    """
    needle, pos, last_end = " " + name, 0, 0
    while (i := text.find(needle, pos)) != -1:
        end, pos = i + len(needle), i + 1
        if end < len(text) and _WORD_CHAR.match(text, end):
            continue
        m = _WORD_BEFORE.search(text, max(last_end, i - 200), i + 1)
        if m is not None:
            yield m.start(1), end, m.group(1)
            last_end = pos = end


def quantified_subject(head: Token) -> bool:
    """Whether a subject is a bare quantifier that stands for a group just named.

    'All are concerned', 'Both said', 'Each of them insisted', 'All three said', 'Both men
    denied', 'The two said'; not 'All the ministers said' (a noun of its own).

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> quantified_subject(nlp("Both")[0])
        True
    """
    low = head.lower_
    if low in _QUANTIFIERS:
        return all(c.dep_ != "prep" or any(g.dep_ == "pobj" and g.pos_ == "PRON" for g in c.children) for c in head.children)
    if low in _GROUP_NOUNS:
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "nummod", "amod", "quantmod")}
        numeral = low not in ("men", "women")
        return bool(dets & _QUANTIFIERS) or numeral and "the" in dets and not any(c.dep_ == "prep" for c in head.children)
    return False


#: Agent endings of a noun for the people who do something ('campaigners', 'activists', 'protesters').
_AGENT_ENDING = re.compile(r"(?:ers|er|ors|or|ists|ist|ants|ant|ents|ent|s)$")


def _agent_stem(word: str) -> str:
    """A noun or verb without its agent ending: 'campaigners' and 'campaigning' -> 'campaign'.

    Example:
        >>> _agent_stem("campaigners"), _agent_stem("activist")
        ('campaign', 'activ')
    """
    if word.endswith("ing") and len(word) > 6:
        return word[:-3]
    return _AGENT_ENDING.sub("", word) if len(word) > 6 else word


def _name_start(t: Token) -> int:
    """The index of the first word of the proper name that ends with ``t``: the proper nouns
    before it that the parse hangs on it ('Peace Tax' + 'Seven', 'Plane' + 'Stupid')."""
    doc = t.doc
    a = t.i
    while a > 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].dep_ in ("compound", "flat") and doc[a - 1].head.i == t.i:
        a -= 1
    return a


#: Third-person singular pronouns of each gender (the article's own evidence of a person's gender).
_PRONOUNS_OF = {"m": frozenset({"he", "him", "his", "himself"}), "f": frozenset({"she", "her", "hers", "herself"})}


class _PronounRules:
    """Mixin of :class:`newslab.quotes.speakers._Resolver` (pronouns and agreement)."""

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
        if people.is_role_only(canon, titles=ctx.cues.titles):
            return False  # 'Deputy National Security Advisor': an office, whatever stands before it
        if " " not in canon and canon[:1].isupper():
            # 'El-Attar claims ...' after 'Mohammed Essam Ghoneim el-Attar': a surname with a lower-case
            # particle is capitalised when it opens a sentence; it is still that person's surname.
            full = ctx.surnames.get(canon[:1].lower() + canon[1:])
            if full is not None:
                ctx.surnames.setdefault(canon, full)
                return True
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
        if self._member_of(last, canon):
            return True
        if self._named_after_role(k):
            return True  # 'said Turkish defense minister, Vecdi Gonul' (tagged ORG)
        for c in last.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN" and people.is_person_noun(c.lower_, lemma=c.lemma_.lower()) and c.lemma_.lower() not in self._org_words:
                return True
            if c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                return len(canon.split()) >= 2
        if lab in ("FAC", "LOC") and last.dep_ == "nsubj" and ctx.cues.verbs.get(last.head.lemma_.lower()) == "speech" and people.looks_like_person_name(canon, extra_org_words=self._org_words):
            # '"...," said Helen Park' with the name tagged FAC: a building does not speak, and a given
            # name opens the name.
            return True
        if canon in self._pronoun_bound_names:
            return True  # 'Tarquin announced his resignation', 'According to Tarquin, he resigned'
        if lab not in ("ORG", "PRODUCT", "WORK_OF_ART", "NORP") or not people.looks_like_person_name(canon, extra_org_words=self._org_words):
            return False
        # A given name first is not enough on its own ('Rio Tinto', 'Morgan Stanley'): the surname
        # used alone elsewhere, or 'he'/'she' opening the next sentence, must back it.
        words = canon.split()
        if len(words) == 2 and people.has_surname_ending(words[-1]):
            return True  # 'Dušan Petrović told journalists': a given name and a family name's ending
        for m in re.finditer(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", ctx.text):
            if not ctx.text[: m.start()].rstrip().endswith(words[-2]):
                return True
        here = ctx.sent_of[t0]
        if here + 1 < len(ctx.sents):
            nxt = ctx.sents[here + 1]
            if any(t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and not ctx.in_quote[t.i] for t in nxt[:4]):
                return True
        # 'Nicola Sturgeon said ..., adding that she ...', '..., she said.': a name that speaks and
        # is taken up by a 'he'/'she' agreeing with its given name, within two sentences, with no
        # other person named between.
        if last.dep_ != "nsubj" or ctx.cues.verbs.get(last.head.lemma_.lower()) != "speech":
            return False
        if self._speaks_as_i(last):
            return True
        gender = people.given_name_gender(words[0])
        want = {"m": ("he",), "f": ("she",)}.get(gender or "", ("he", "she"))
        for t in doc[last.i + 1 :]:
            if ctx.sent_of[t.i] > here + 2 or (t.ent_type_ == "PERSON" and not ctx.in_quote[t.i]):
                return False
            if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and not ctx.in_quote[t.i]:
                return t.lower_ in want
        return False

    @functools.cached_property
    def _pronoun_bound_names(self) -> frozenset[str]:
        """Names (an entity's canonical name, or a run of proper nouns the entity model missed) that
        some mention outside quotations shows to be a person's by :meth:`_bound_personal_pronoun`."""
        ctx, doc = self.ctx, self.ctx.doc
        found: set[str] = set()
        if not len(doc):
            return frozenset()
        # The part-of-speech and dependency arrays pick the candidates: a Token only for those.
        strings = doc.vocab.strings
        propn, deps = strings["PROPN"], (strings["nsubj"], strings["pobj"])
        for i, (pos, dep) in enumerate(doc.to_array([POS, DEP]).tolist()):
            if pos != propn or dep not in deps or ctx.in_quote[i]:
                continue
            t = doc[i]
            if not t.text[:1].isupper():
                continue
            if not self._bound_personal_pronoun(t):
                continue
            ent = ctx.entity_at(t.idx, t.idx + len(t))
            if ent is not None and ctx.ent_start[ent] <= t.idx < ctx.ent_end[ent]:
                if ctx.ent_label[ent] not in ("GPE", "LOC", "DATE", "TIME", "CARDINAL"):
                    found.add(ctx.ent_canon[ent])  # a country or place is never taken up as a person
                continue
            lo = t.i
            while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i == t.i:
                lo -= 1
            found.add(ctx.text[doc[lo].idx : _tok_end(doc, t.i)])
        return frozenset(found)

    def _bound_personal_pronoun(self, last: Token) -> bool:
        """Whether the clause a name opens takes it up with 'he'/'she' (or 'his'/'her' on its subject): a person's name.

        The parse binds the pronoun to the name, so the label the entity model gave it does not
        matter: the subject of the clause the name's verb takes ('Leyland said he would appeal',
        'Harwick has announced his new company will build ...') or of the clause 'according to
        NAME' opens ('According to Tarquin, he resigned ...'). A body is taken up with 'it' or
        'they' ('Ventrix said it would appeal'), so a body's name never passes. A singular person
        named or described between the name and the pronoun may be the one it stands for
        ('Ventrix praised chief executive Anna Morel and said she ...'), so nothing is decided
        then; a plural noun cannot be ('told reporters she ...'). A possessive elsewhere in the
        clause is no evidence ('China expressed regret over his decision' is someone else's).
        Words in quotations do not count.
        """
        ctx, doc = self.ctx, self.ctx.doc
        if ctx.in_quote[last.i]:
            return False
        if last.dep_ == "nsubj" and last.head.pos_ in ("VERB", "AUX"):
            clauses = [c for c in last.head.children if c.dep_ == "ccomp" and c.i > last.i]
        elif last.dep_ == "pobj" and last.head.lower_ == "to" and last.head.head.lower_ == "according" and last.head.head.head.i > last.i:
            clauses = [last.head.head.head]  # 'According to Tarquin, he resigned ...'
        else:
            return False
        for clause in clauses:
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or ctx.in_quote[subj.i]:
                continue
            pron = subj if subj.lower_ in ("he", "she") else next((g for g in subj.children if g.dep_ == "poss" and g.lower_ in ("his", "her")), None)
            if pron is None:
                continue
            between = doc[last.i + 1 : pron.i]
            return not any(t.ent_type_ == "PERSON" or (t.tag_ == "NN" and people.is_person_noun(t.lower_, lemma=t.lemma_.lower())) for t in between)
        return False

    @functools.cached_property
    def _free_proper_nouns(self) -> list[Token]:
        """The capitalised proper nouns of the text outside quotations, in text order: the tokens
        the name-evidence scans (:meth:`_text_org_names`, :meth:`_named_group_for` and the
        organisation rules' ``_org_named``) look at, gathered once per article."""
        ctx, doc = self.ctx, self.ctx.doc
        if not len(doc):
            return []
        # The part-of-speech array picks the proper nouns first: a Token only for those, not for every word.
        propn = doc.vocab.strings["PROPN"]
        tags = doc.to_array([POS]).tolist()
        return [t for t in (doc[i] for i, p in enumerate(tags) if p == propn and not ctx.in_quote[i]) if t.text[:1].isupper()]

    @functools.cached_property
    def _text_org_names(self) -> frozenset[str]:
        """Proper names the text itself treats as an organisation's, whatever the entity model said.

        Three kinds of evidence, all outside quotations, for a name with no given name or
        honorific in front (a person's name is never taken):

        - an apposition or a copula predicate whose head is an organisation noun ('Mcafee,
          another major security firm, said', 'InBev is the parent company of Labatt'): the
          organisation rules' ``_names_described_as_orgs``, the one check of this shape;
        - 'its' under the verb the name is the subject of ('Adidas is doing this to increase its
          share');
        - 'it' as the subject of a reporting verb under that verb ('Aljazeera has aired a new
          audiotape it says contains ...').

        The pronoun must be the first third-person pronoun after the name, with no other
        noun subject between: 'Smith said it was time' is no evidence ('it' is not a reporting
        verb's subject), nor is 'Smith praised the firm, saying its staff ...' (another noun).
        """
        ctx, doc, cues = self.ctx, self.ctx.doc, self.ctx.cues
        org_nouns = cues.organization_heads | cues.generic_organization_heads
        found: set[str] = set()

        def name_of(t: Token) -> list[str]:
            ent = ctx.entity_at(t.idx, t.idx + len(t))
            a = _name_start(t)
            words = [doc[i].text for i in range(a, t.i + 1)]
            if people.given_name_gender(words[0]) is not None or people.honorific_gender(words[0]) is not None or words[0].lower() in cues.titles:
                return []
            names = [" ".join(words)]
            if ent is not None and ctx.ent_end[ent] == t.idx + len(t):
                names.append(ctx.ent_canon[ent])
            if any(n in getattr(self, "gender", {}) or people.looks_like_person_name(n, extra_org_words=self._org_words) and len(n.split()) > 1 for n in names):
                return []
            return names

        def org_noun(n: Token) -> bool:
            return n.pos_ == "NOUN" and (n.lemma_.lower() in org_nouns or n.lower_ in org_nouns) and not any(
                x.i < n.i and x.pos_ in ("NOUN", "PROPN") and (x.lower_ in cues.titles or x.lemma_.lower() in cues.person_heads) for x in n.subtree
            )

        for t in self._free_proper_nouns:
            evidence = False
            if t.dep_ == "nsubj":
                verb = t.head
                sent_end = verb.sent.end
                for u in doc[t.i + 1 : sent_end]:
                    if ctx.in_quote[u.i]:
                        continue
                    if u.dep_ in ("nsubj", "nsubjpass") and u.pos_ in ("NOUN", "PROPN") or u.pos_ == "PROPN" or u.ent_type_ in ("ORG", "GPE", "NORP") or org_noun(u):
                        break  # another subject or body: a later pronoun may be its
                    low = u.lower_
                    if low in ("he", "she", "his", "her", "him", "they", "their", "them"):
                        break
                    if low in ("it", "its") and u.pos_ == "PRON":
                        under = verb in u.ancestors
                        if low == "its" and u.dep_ == "poss" or low == "it" and u.dep_ == "nsubj" and cues.verbs.get(u.head.lemma_.lower()) == "speech":
                            evidence = under
                        break
            if evidence:
                found.update(name_of(t))
        return frozenset(found) | self._names_described_as_orgs

    def _names_person(self, k: int) -> bool:
        """Whether entity row k can stand for a person as a pronoun's antecedent.

        A PERSON label, another mention of a person's name, or a surname; never a name the text
        shows to be an organisation's ('Aljazeera ... it says', 'InBev is the parent company'),
        whatever label the entity model gave this or another mention of it: 'he' and 'she' are
        never an organisation.
        """
        ctx = self.ctx
        canon = ctx.ent_canon[k]
        if canon in self._org_named and canon not in self.gender and canon not in ctx.surnames:
            return False
        return ctx.ent_label[k] == "PERSON" and not self._org_shaped(k) or canon in ctx.surnames or canon in ctx.person_names

    def _named_group_for(self, head: Token) -> tuple[str, int | None] | None:
        """The named group an unnamed definite plural description stands for, when the text
        described that group with the same word: 'The Peace Tax Seven, who are campaigning to
        ... the campaigners claim ...', 'Plane Stupid, a group of climate activists, ... the
        activists said'.

        The description's noun ('campaigners') and a word of the name's apposition or relative
        clause ('campaigning', 'activists') must share their stem (the noun without an agent
        ending: campaign-er, activ-ist). Exactly one name before the description, outside
        quotations, may match; a person's name (tagged so, or with an honorific) is no group.
        Returns (name, entity id) or None.
        """
        ctx, doc = self.ctx, self.ctx.doc
        if head.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        if any(c.dep_ in ("poss", "compound", "prep", "appos", "nmod") for c in head.children):
            return None  # 'the company's workers', 'the campaigners of X': described by something else
        stem = _agent_stem(head.lemma_.lower())
        if len(stem) < 4:
            return None
        found: dict[str, int | None] = {}
        for t in self._free_proper_nouns:
            if t.i >= head.i:
                break
            if t.dep_ == "compound":
                continue
            described = [c for c in t.children if c.dep_ in ("relcl", "appos", "acl") and c.i > t.i]
            if not any(_agent_stem(x.lemma_.lower()).startswith(stem) or x.lower_.startswith(stem) for c in described for x in c.subtree if x.pos_ in ("NOUN", "VERB")):
                continue
            a = _name_start(t)
            name = ctx.text[doc[a].idx : t.idx + len(t)]
            if people.honorific_gender(doc[a].text) is not None or name in ctx.person_names or name in ctx.surnames:
                continue  # a person ('Mr Hale, who campaigns ...') is no group; a given name alone may open one ('Peace Tax Seven')
            ent = ctx.entity_at(t.idx, t.idx + len(t))
            if ent is not None and ctx.ent_end[ent] == t.idx + len(t) and ctx.ent_label[ent] in ("ORG", "NORP"):
                found.setdefault(ctx.ent_canon[ent], ctx.ent_id[ent])
            elif ent is None or ctx.ent_label[ent] not in ("PERSON", "GPE", "LOC", "DATE", "TIME"):
                found.setdefault(name, None)
        if len(found) != 1:
            return None
        return next(iter(found.items()))

    def _speaks_as_i(self, subj: Token) -> bool:
        """Whether the quotation that the speech verb of ``subj`` introduces speaks in the first
        person singular: 'Dušan Petrović told journalists that "... I don't think ..."'. A body
        speaks as 'we'; 'I', 'me' or 'my' in the words the name is quoted with back a given name.
        Only the quotation that opens within three tokens after the verb and its object counts."""
        ctx, doc = self.ctx, self.ctx.doc
        verb = subj.head
        j = verb.i + 1
        while j < min(len(doc), verb.i + 6) and not ctx.in_quote[j]:
            j += 1
        if j >= len(doc) or not ctx.in_quote[j]:
            return False
        k = j
        while k < len(doc) and ctx.in_quote[k] and ctx.sent_of[k] <= ctx.sent_of[verb.i] + 2:
            if doc[k].text in ("I", "me", "my", "Me", "My") and doc[k].pos_ == "PRON":
                return True
            k += 1
        return False

    def _person_in_article(self, k: int) -> bool:
        """Whether a one-word name the model labelled a place or body is a person by the whole article.

        The entity model often tags a lone surname or given name differently in every mention
        ('Chávez' as a country, 'Chamlong' as a place), so one mention's label cannot decide. The
        article can: a given name written right before the same word elsewhere ('Hugo Chávez,
        the President of Venezuela, ... said Chávez'), or the word opening exactly one person's
        full name ('former politician Chamlong Srimuang ... Chamlong said') when the text never
        uses it after a preposition of place ('in Jordan', 'to Georgia'). A news outlet, an
        organisation-shaped word or a name the text also writes as a body's name stays as it is.
        """
        ctx = self.ctx
        canon, lab = ctx.ent_canon[k], ctx.ent_label[k]
        if lab not in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART") or " " in canon or not canon[:1].isupper() or canon.isupper():
            return False
        # The answer depends only on the name, the entity rows and the people found so far: a
        # 'no' is kept until either changes ('Iraq' is asked once per mention; each asking scans
        # the text).
        memo = getattr(self, "_not_person_memo", None)
        if memo is None or memo[0] is not ctx.ent_canon or memo[1] != len(ctx.person_names):
            memo = self._not_person_memo = (ctx.ent_canon, len(ctx.person_names), set())
        if canon in memo[2]:
            return False
        if self._person_by_whole_article(canon):
            return True
        memo[2].add(canon)
        return False

    def _person_by_whole_article(self, canon: str) -> bool:
        """The text checks of :meth:`_person_in_article` for one single-word name."""
        ctx, doc = self.ctx, self.ctx.doc
        if self._is_outlet(canon) or people.is_organization_name(canon, extra_words=self._org_words) or canon.lower() in ctx.cues.titles:
            return False
        mentions = [j for j, c in enumerate(ctx.ent_canon) if c == canon or ctx.ent_text[j] == canon]
        for j in mentions:
            t = doc[ctx.token_at(ctx.ent_start[j])]
            if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPOSITIONS and t.head.head.lower_ not in ("according", "thanks", "due") or t.dep_ == "poss" and t.head.lemma_.lower() in self._org_words:
                return False  # 'in Jordan', "Georgia's government": a place or body after all
        for start, end, word in _capitalised_word_before(ctx.text, canon):
            first = doc[ctx.token_at(start)]
            if first.idx != start or first.pos_ != "PROPN" or people.given_name_gender(word) is None:
                continue
            if word.lower() in ctx.cues.titles or people.honorific_gender(word) is not None:
                continue
            e = ctx.entity_at(start, end)
            if e is not None and ctx.ent_label[e] != "PERSON" and ctx.ent_start[e] <= start and ctx.ent_end[e] >= end:
                continue  # 'Hugo Boss' tagged as a company: the pair names a body
            full = ctx.text[start:end]
            if not any(p.split()[-1] == canon and p != full for p in ctx.person_names):
                ctx.surnames.setdefault(canon, full)
            return True
        opened = {p for p in ctx.person_names if len(p.split()) >= 2 and p.split()[0] == canon}
        if len(opened) == 1 and not any(p.split()[-1] == canon for p in ctx.person_names):
            ctx.surnames.setdefault(canon, next(iter(opened)))
            return True
        return False

    def _complete_surnames(self) -> None:
        """Add the short forms of people's names that the surname table leaves out.

        - A surname with a lower-case particle, capitalised as it is when it opens a sentence.
        - A surname the table dropped as ambiguous only because one of the two names is the
          other with a title in front ('Councillor Aisha Begum' and 'Cllr Begum'): the titled
          form is no second person.
        - The first word of a name written family name first ('Xi' after 'Xi Jinping', 'Hun'
          after 'Hun Sen'): only when it is no known given name, no other person's name starts
          or ends with it, and the text never uses it as a place or organisation.
        """
        ctx = self.ctx
        titles = ctx.cues.titles
        for short, full in list(ctx.surnames.items()):
            if short[:1].islower():
                # 'al-Rashid' opens a sentence as 'Al-Rashid'.
                ctx.surnames.setdefault(short[:1].upper() + short[1:], full)

        def titled(words: list[str]) -> bool:
            return people.honorific_gender(words[0]) is not None or words[0].lower().rstrip(".") in titles

        by_last: dict[str, set[str]] = {}
        by_first: dict[str, set[str]] = {}
        for name in sorted(ctx.person_names):
            words = name.split()
            if len(words) < 2 or titled(words):
                continue
            by_last.setdefault(words[-1], set()).add(name)
            by_first.setdefault(words[0], set()).add(name)
        # Words that open or make up a name of something else in the text ('Dell' of 'Dell Inc.',
        # 'WFP' before 'WFP Sudan Representative Kenro Oshidari') are never short forms of a person.
        other = set()
        for text, canon, lab in zip(ctx.ent_text, ctx.ent_canon, ctx.ent_label):
            if lab != "PERSON" and canon not in ctx.person_names:
                other.update({text, canon, text.split(" ", 1)[0], canon.split(" ", 1)[0]})
        for last, names in sorted(by_last.items()):
            if last not in ctx.surnames and len(names) == 1 and last not in other and last not in ctx.kept_apart:
                ctx.surnames[last] = next(iter(names))
        for first, names in sorted(by_first.items()):
            if (
                len(names) == 1 and first not in ctx.surnames and first not in by_last and first not in other and first not in ctx.kept_apart
                and first[:1].isupper() and not first.isupper()
                and people.given_name_gender(first) is None and people.honorific_gender(first) is None
                and first.lower() not in titles and not people.is_person_noun(first.lower())
            ):
                ctx.surnames[first] = next(iter(names))
        # A misspelt surname ('Kowalsky' after 'Anna Kowalski'): a one-word person's name that no
        # other name explains, one edit from exactly one surname of the text (same first letter,
        # both at least six letters), is that person (only after the full name is written).
        known = {w for name in ctx.person_names for w in name.split()}
        for name in sorted(ctx.person_names):
            if " " in name or len(name) < 6 or name in ctx.surnames or name in other or name in ctx.kept_apart or not name[:1].isupper():
                continue
            near = {full for last, full in ctx.surnames.items() if len(last) >= 6 and last[0] == name[0] and last != name and " " in full and _one_edit(last, name)}
            if len(near) == 1 and 0 <= ctx.text.find(next(iter(near))) < ctx.text.find(name) and sum(1 for w in known if w != name and len(w) >= 6 and w[0] == name[0] and _one_edit(w, name)) == 1:
                ctx.surnames[name] = next(iter(near))

    def _member_of(self, last: Token, canon: str) -> bool:
        """Whether a two- or three-word name is followed by 'of' an organisation it belongs to.

        'Suman Haripriya of the Hajo assembly', 'Dawn Haley of the Bureau of Engraving': a
        person's name with the body they sit in; an organisation named 'X Y of the Z' carries
        an organisation word itself ('Bank of the West') and never gets here.
        """
        words = canon.split()
        if not 2 <= len(words) <= 3 or last.tag_ == "NNPS" or not all(w[:1].isupper() for w in words):
            return False
        for c in last.children:
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None:
                return False
            if pobj.lemma_.lower() in self._org_words or pobj.lower_ in self._org_words:
                return any(g.dep_ in ("det", "compound", "poss") for g in pobj.children)
            ent = self.ctx.entity_at(pobj.idx, pobj.idx + len(pobj))
            return ent is not None and self.ctx.ent_label[ent] == "ORG" and people.is_organization_name(self.ctx.ent_canon[ent], extra_words=self._org_words)
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

    def _sole_person_by_name_list(self, char: int, gender: str) -> tuple[str, int | None, bool] | None:
        """The one person named before ``char`` whom only the given-name list keeps from a pronoun.

        'he'/'she' with no compatible antecedent normally stays unresolved. But the gender of a
        given name comes from a name table ('Oma' is listed as mostly female), not from the
        article; when the article has named exactly one person so far (outside quotations and
        reported clauses), that person has no gender evidence of the text's own (an honorific, a
        gendered role, an earlier pronoun), the article uses the pronoun's gender at least three
        times outside quotations and the listed gender never, the pronoun is his or hers. Returns
        (canonical, entity id, True) or None.
        """
        ctx = self.ctx
        if gender not in ("m", "f"):
            return None
        found: dict[str, int | None] = {}
        k = bisect.bisect_left(ctx.ent_start, char) - 1
        while k >= 0:
            is_person = self._names_person(k)
            if is_person and not ctx.in_quote[ctx.token_at(ctx.ent_start[k])] and not self.in_content(ctx.ent_start[k]):
                canon = ctx.surnames.get(ctx.ent_canon[k], ctx.ent_canon[k])
                found.setdefault(canon, ctx.ent_id[k])
            k -= 1
        people_named = {c for c in found if not any(c != o and o.endswith(" " + c) for o in found)}
        if len(people_named) != 1:
            return None
        canon = next(iter(people_named))
        if canon in self.gender or len(canon.split()) < 2 or self._named_in_current(canon):
            return None  # the text itself gave a gender, or a surname alone, or the statement names him
        listed = people.given_name_gender(canon.split(" ", 1)[0])
        if listed not in ("m", "f"):
            return None
        # The article must say so itself, and more than once: three or more pronouns of the other
        # gender outside quotations and none of the listed one ('Anna Novak opened the meeting.
        # "...," he said.' stays unresolved: one 'he' is no evidence against 'Anna').
        mine = _PRONOUNS_OF[gender]
        theirs = _PRONOUNS_OF[listed]
        words = [t.lower_ for t in ctx.doc if not ctx.in_quote[t.i]]
        if sum(w in mine for w in words) < 3 or any(w in theirs for w in words):
            return None
        return canon, found[canon], True

    def _agrees(self, canonical: str, gender: str) -> bool:
        """Whether a person can be the antecedent of a pronoun of this gender ('' fits anyone)."""
        if not gender or " and " in canonical:
            return not (" and " in canonical and gender)
        known = self._gender_of(canonical)
        return not known or known == gender

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

    def _clause_subject(self, char: int) -> _Speaker | None:
        """A named person subject of a clause above the pronoun's own, earlier in its sentence."""
        ctx = self.ctx
        tok = ctx.doc[ctx.token_at(char)]
        verb = tok.head
        for _ in range(16):  # 'X responded ... by providing a statement ..., in which he said': a long chain
            if verb.head.i == verb.i:
                return None
            nxt = verb.head
            if verb.dep_ in ("parataxis",) or ctx.sent_of[nxt.i] != ctx.sent_of[tok.i]:
                return None
            subj = next((c for c in nxt.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and c.i != tok.i), None)
            if subj is not None and subj.pos_ == "PRON" and ctx.cues.pronouns.get(subj.lower_) == "person":
                subj = None  # 'says he will meet ..., where he says': the chain goes on up
            elif subj is not None and subj.lower_ in _THING_SUBJECTS:
                # 'Lim expressed his regrets, as it, in his words, "showed ..."', '..., which in his
                # words linked ...': a thing or a relative clause's subject is no one; go on up.
                subj = None
            elif subj is not None and subj.pos_ == "PRON":
                return None
            elif subj is not None and ctx.in_quote[subj.i] and not ctx.in_quote[tok.i]:
                return None  # a subject inside a quotation is what the quotation is about
            elif subj is not None and subj.ent_type_ != "PERSON" and subj.pos_ == "NOUN":
                # 'Another opposition figure, Lim Guan Eng of the DAP, made a statement condemning
                # what he called ...': a person noun with an apposed name binds as that name.
                named = self._apposed_person(subj)
                if named is not None:
                    subj = named
                elif not self._personal(subj):
                    subj = None  # 'his job is to keep ...': a subject that is no one; go on up
            elif subj is not None and subj.ent_type_ != "PERSON" and not self._personal(subj):
                subj = None  # 'his job is to keep ...': a subject that is no one; go on up
            if subj is not None and self.in_content(subj.idx) and not self.in_content(char):
                subj = None  # a subject inside another statement's content is its topic
            if subj is not None:
                named = None
                for h in reversed(self.history):
                    if h.type == "person" and h.canonical and h.start is not None and h.start <= subj.idx < (h.end or 0):
                        named = h
                        break
                if named is not None and not self._named_in_current(named.canonical):
                    return named
                found = self._person_named_by(subj)
                if found is not None and not self._named_in_current(found[0]):
                    return _Speaker(canonical=found[0], type="person", ent_id=found[1])
                return None
            verb = nxt
        return None

    def _person_under_body(self, char: int, fits: Callable[[str], bool]) -> tuple[str, int | None] | None:
        """The one person named earlier in the sentence of an embedded 'he'/'she' whose main
        subject is an organisation.

        'Aljazeera last aired an audiotape by bin Laden, where he promised ...', 'The court
        sentenced Tom Briggs after he admitted ...': an organisation is never 'he' or 'she', so
        the pronoun of a clause under it is the person the sentence names before it (outside
        quotations and reported clauses), when there is exactly one and they agree.
        """
        ctx, doc = self.ctx, self.ctx.doc
        tok = doc[ctx.token_at(char)]
        sent = tok.sent
        if tok.head.i == sent.root.i and tok.dep_ in ("nsubj", "nsubjpass") or ctx.in_quote[tok.i]:
            return None  # the main clause's own subject: the sentences before decide
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i > tok.i or ctx.in_quote[subj.i]:
            return None
        ent = ctx.entity_at(subj.idx, subj.idx + len(subj))
        body = ent is not None and not self._names_person(ent) and ctx.ent_label[ent] in ("ORG", "PERSON") or subj.pos_ == "NOUN" and (
            subj.lemma_.lower() in ctx.cues.organization_heads or subj.lower_ in ctx.cues.generic_organization_heads
        )
        if not body:
            return None
        found: dict[str, int | None] = {}
        k = bisect.bisect_left(ctx.ent_start, sent.start_char)
        while k < len(ctx.ent_start) and ctx.ent_end[k] <= char:
            if self._names_person(k) and not ctx.in_quote[ctx.token_at(ctx.ent_start[k])] and not self.in_content(ctx.ent_start[k]):
                found.setdefault(ctx.surnames.get(ctx.ent_canon[k], ctx.ent_canon[k]), ctx.ent_id[k])
            k += 1
        if len(found) != 1:
            return None
        canon, ent_id = next(iter(found.items()))
        if not fits(canon) or self._named_in_current(canon):
            return None
        return canon, ent_id

    def _apposed_person(self, subj: Token) -> Token | None:
        """The last token of a person's name apposed to a subject noun ('another opposition figure, Lim Guan Eng'), else None."""
        ctx = self.ctx
        for c in subj.children:
            if c.dep_ == "appos" and c.ent_type_ == "PERSON" and not ctx.in_quote[c.i]:
                return c
        return None

    def _clause_group_subject(self, char: int) -> _Speaker | None:
        """The group that is the subject of a clause above 'they', earlier in its sentence.

        'Saxby Chambliss and Johnny Isakson approve of the bill, although they did say ...',
        'The Harbour Authority rejected the bid, which they said was rushed': people or bodies joined by
        'and', a plural noun or an organisation bind a 'they' embedded under them. A singular
        person above the pronoun ('The minister said they would ...') stops the search: that
        'they' is someone else. Subjects inside quotations or reported clauses are topics.
        """
        ctx = self.ctx
        tok = ctx.doc[ctx.token_at(char)]
        for subj in _subjects_above(ctx, tok):
            if subj is None or subj.pos_ == "PRON" and subj.lower_ in ("they", "who", "which", "that"):
                continue
            if subj.pos_ not in ("NOUN", "PROPN") or ctx.in_quote[subj.i] or self.in_content(subj.idx):
                return None
            found = self._speaker_aside(subj)
            # The name the speaker rules read may be an apposition of the subject ('Georgia
            # senators Saxby Chambliss and Johnny Isakson'): its own conjuncts are the members.
            named = ctx.doc[ctx.token_at(found.end - 1)] if found.end else subj
            first = ctx.token_at(found.start) if found.start is not None else subj.i
            if named.i == subj.i or named.head.i != subj.i:
                named, first = subj, _np_range(ctx, subj)[0]
            members = [c for c in named.children if c.dep_ == "conj"]
            while members and any(c.dep_ == "conj" for c in members[-1].children):
                members.append(next(c for c in members[-1].children if c.dep_ == "conj"))
            joined = bool(members)
            if joined and found.type == "person":
                # Each person of 'Saxby Chambliss and Johnny Isakson', not the first alone.
                names = self._joint(first, members[-1].i + 1)
                if " and " in names:
                    found.canonical, found.ent_id = names, None
            if found.type in ("organization", "media") and found.canonical or (joined or found.plural) and found.type in ("person", "anonymous", "organization"):
                return found
            return None
        return None

    def _org_of_person_above(self, char: int) -> _Speaker | None:
        """The named organisation a person subject above an embedded 'it' speaks for.

        'The ODM secretary-general Ann Kuria called for protests, in a move that it hopes will
        ...': a person is never 'it'; the body the person's role names (a compound before the
        role or a 'for'/'of' phrase, :meth:`_role`) is. Only the nearest subject above the
        pronoun, a person of one organisation that the text names as an entity.
        """
        ctx = self.ctx
        tok = ctx.doc[ctx.token_at(char)]
        for subj in _subjects_above(ctx, tok):
            if subj is None or subj.pos_ == "PRON" and subj.lower_ in ("who", "which", "that"):
                continue
            if subj.pos_ not in ("NOUN", "PROPN") or ctx.in_quote[subj.i] or self.in_content(subj.idx):
                return None
            found = self._speaker_aside(subj)
            if found.type != "person" or found.plural or not found.org:
                return None
            k = next((k for k, canon in enumerate(ctx.ent_canon) if canon == found.org and ctx.ent_label[k] == "ORG"), None)
            if k is None:
                return None
            return _Speaker(canonical=found.org, type="organization", ent_id=ctx.ent_id[k], pos=subj.idx)
        return None

    def _group_just_named(self, char: int) -> _Speaker | None:
        """The group a quantifier subject ('All', 'Both men', 'Each') stands for.

        A group subject of a clause above it in its sentence ('Smith and Jones met, and both
        said ...'); else the people named outside quotations in the sentence before ('...
        statements by Rep. Chris Shays and Rick Santorum. All are concerned that ...'); else
        the group of people quoted last, in this or the two sentences before.
        """
        ctx = self.ctx
        bound = self._clause_group_subject(char)
        if bound is not None and bound.type in ("person", "anonymous"):
            return bound
        here = ctx.sent_of[ctx.token_at(char)]
        sent = ctx.sentence_before(here, ctx.para_of(char))
        if sent is not None:
            names: list[str] = []
            k = bisect.bisect_left(ctx.ent_start, sent.start_char)
            while k < len(ctx.ent_start) and ctx.ent_start[k] < sent.end_char:
                tk = ctx.token_at(ctx.ent_start[k])
                canon = ctx.surnames.get(ctx.ent_canon[k], ctx.ent_canon[k])
                person = ctx.ent_label[k] == "PERSON" or ctx.ent_canon[k] in ctx.person_names or self._person_shaped(k)
                if person and not ctx.in_quote[tk] and not self.in_content(ctx.ent_start[k]) and canon not in names:
                    names.append(canon)
                k += 1
            if len(names) >= 2:
                found = _Speaker(canonical=joint_name(names), type="person")
                found.plural = True
                return found
            if len(names) == 1:
                return None  # one person named: 'all' is not them, and nothing else is sure
        group = next((h for h in reversed(self.history) if h.pos < char and h.plural and h.type in ("person", "anonymous")), None)
        if group is not None and ctx.sent_of[ctx.token_at(group.pos)] >= here - 2:
            return group
        return None

    def _previous_main_subject(self, here: int, char: int) -> tuple[str, int | None, int] | None:
        """The named person that is the active main-clause subject of the sentence before."""
        ctx = self.ctx
        sent = ctx.sentence_before(here, ctx.para_of(char))
        if sent is None:
            return None
        root = sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None:
            subj = self._unparsed_subject(root)
        if subj is None or ctx.in_quote[subj.i] or self.in_content(subj.idx):
            return None
        if root.lemma_.lower() in ctx.cues.verbs and any(h.start is not None and h.start <= subj.idx < (h.end or 0) for h in self.history):
            return None  # a reporting verb's subject is already a speaker in the history
        tokens = [subj] + [c for c in subj.children if c.dep_ == "appos"]
        for t in tokens:
            named = self._person_named_by(t)
            if named is not None and not self._named_in_current(named[0]):
                return named[0], named[1], t.idx
        return None

    def _unparsed_subject(self, root: Token) -> Token | None:
        """The name that acts in a sentence whose main clause the parser gave no subject (ante28).

        Two parses of the same shape, a person's name that the sentence is about but that hangs
        elsewhere: the name right before a finite main verb, swallowed as the object of a fronted
        prepositional phrase with no comma ('On the 2005 leadership election Boisclair became the
        sixth leader.': *Boisclair* the ``pobj`` of *On*); and a sentence read as a noun phrase
        headed by a name, its verb lost ('Peter Slipper, MP for the claims that ...'), as a noun
        with a participle counts as that noun acting (0.4.0). Only proper nouns; the caller reads
        the person through :meth:`_person_named_by` and its usual guards. None otherwise.
        """
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
            return None
        if root.pos_ == "PROPN" and root.dep_ == "ROOT":
            return root
        if root.pos_ not in ("VERB", "AUX") or root.tag_ not in ("VBD", "VBZ", "VBP") or root.i == root.sent.start:
            return None
        before = root.doc[root.i - 1]
        if before.pos_ != "PROPN" or before.dep_ != "pobj":
            return None
        prep = before.head
        while prep.dep_ != "prep" and prep.head.i != prep.i and prep.head.i < root.i:
            prep = prep.head
        if prep.dep_ == "prep" and prep.head.i == root.i and prep.i == root.sent.start:
            return before  # the fronted phrase opens the sentence and runs up to the verb
        return None

    def _person_named_by(self, t: Token) -> tuple[str, int | None] | None:
        """The full name of the person a name token stands for, from its entity or another mention.

        'Ishihara' tagged as a place, or 'Tenet' missed by the entity model, still names the
        person the article introduced as 'Shintaro Ishihara' or 'George Tenet'.
        """
        ctx = self.ctx
        ent = ctx.entity_at(t.idx, t.idx + len(t))
        if ent is not None and ctx.ent_start[ent] <= t.idx < ctx.ent_end[ent]:
            canon = ctx.ent_canon[ent]
            if self._names_person(ent):
                return ctx.surnames.get(canon, canon), ctx.ent_id[ent]
            if ctx.ent_label[ent] not in ("GPE", "LOC", "NORP", "ORG") or len(canon.split()) > 1:
                return None
        if t.pos_ != "PROPN":
            return None
        full = t.text if t.text in ctx.person_names else ctx.surnames.get(t.text)
        if not full and ent is None:
            full = self._untagged_full_name(t)
        return (full, None) if full else None

    @staticmethod
    def _given_name_words(words: list[str]) -> bool:
        """Whether ``words`` have a plain person's-name shape: a known given name first, and every
        word capitalised, alphabetic and lower-case after its first letter ('Kirsten Petree',
        'Waleed Kadous'). Used for names the entity model left untagged or swallowed into a
        body's name (:meth:`_untagged_full_name`, the resolver's ``_person_tail``)."""
        return people.given_name_gender(words[0]) is not None and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)

    def _untagged_full_name(self, t: Token) -> str:
        """The name a proper-noun head makes with its compound words when the entity model
        tagged nothing there and it has a person's shape: two or three capitalised words that
        open with a known given name ('Waleed Kadous of the ... Network spoke against the laws.
        He said ...'). '' when the words are no such name."""
        doc = self.ctx.doc
        first = t.i
        while first > 0 and doc[first - 1].dep_ in ("compound", "flat") and doc[first - 1].head.i == t.i and doc[first - 1].pos_ == "PROPN":
            first -= 1
        words = [doc[i].text for i in range(first, t.i + 1)]
        if not 2 <= len(words) <= 3 or not self._given_name_words(words) or any(doc[i].ent_type_ for i in range(first, t.i + 1)):
            return ""
        if any(w.lower() in self.ctx.cues.titles or w.lower() in self._org_words for w in words):
            return ""  # 'Prime Minister', 'Grace Church': office or body words are no name
        return " ".join(words)

    def _previous_subject_description(self, char: int, kind: str) -> _Speaker | None:
        """The main-clause subject of the sentence before, when it is a description that 'it'/'they'/'he' can take.

        'it' takes a singular organisation, outlet or document ('The council voted ...'); 'they'
        a plural group of people or organisations ('Residents gathered ...'); 'he'/'she' (kind
        ``one``) one unnamed person introduced with 'a'/'an'/'another'/'one' ('A Nepali official
        aimed to justify the rule.'). Names are left to
        the entity rules; subjects inside quotations or reported clauses are topics.
        """
        ctx = self.ctx
        sent = ctx.sentence_before(ctx.sent_of[ctx.token_at(char)], ctx.para_of(char))
        if sent is None:
            return None
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and root.pos_ == "NOUN" and any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i == root.i + 1 for c in root.children):
            subj = root  # 'A Nepali official aimed to ...' parsed as a noun with a participle: the noun acts
        if subj is None or subj.pos_ != "NOUN" or ctx.in_quote[subj.i] or self.in_content(subj.idx):
            return None
        plural = subj.tag_ == "NNS"
        if plural != (kind == "group") or any(c.dep_ == "conj" for c in subj.children):
            return None
        if kind == "one" and not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one") for c in subj.children):
            return None  # only an indefinite phrase brings in someone new; 'the official' may be anyone named before
        a, b = _np_range(ctx, subj)
        doc = ctx.doc
        if any(doc[i].ent_type_ in ("PERSON", "ORG") for i in range(a, b)):
            return None
        found = _Speaker()
        found.text = ctx.text[doc[a].idx : _tok_end(doc, b - 1)]
        found.start, found.end, found.pos = doc[a].idx, _tok_end(doc, b - 1), doc[a].idx
        self._description(found, subj, [doc[i].lower_ for i in range(a, b)], found.text, speaking=False)
        found.gender = people.noun_gender(subj.lower_) or ""
        if found.type == "document" and not (subj.lemma_.lower() in ctx.cues.document_heads or subj.lower_ in ctx.cues.document_heads or people.is_document_noun(subj.lower_)):
            return None  # a noun typed document only by WordNet's record senses ('Improved access ... It calls for'): no antecedent
        wanted = {"thing": ("organization", "media", "document"), "one": ("anonymous",)}.get(kind, ("anonymous", "organization"))
        if kind == "thing" and found.type == "anonymous" and not found.canonical and self._body_noun(subj):
            return found  # 'A federal jury found ... It said ...': one body the text does not name
        return found if found.type in wanted else None

    def _subject_before(self, char: int, *, same_paragraph: bool = False) -> Token | None:
        """The main subject of the sentence before ``char``, or of the one before that over a 'they'.

        ('Tom Briggs and Ana Ruiz met the mayor. They said ... They added ...': the second 'they'
        looks past the first.) None when that sentence has no main subject or there is none.
        """
        ctx = self.ctx
        here = ctx.sent_of[ctx.token_at(char)]
        for _ in range(2):
            sent = ctx.sentence_before(here, ctx.para_of(char), same_paragraph=same_paragraph)
            if sent is None:
                return None
            subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ != "they":
                return subj
            here -= 1
        return None

    def _previous_group_subject(self, char: int) -> _Speaker | None:
        """The group that is the main-clause subject of the sentence before 'they' (or the one before it, over a 'they').

        'Tom Briggs and Ana Ruiz criticised the council. They said ...' -> the two people jointly;
        'Greenpeace and the WWF wrote to the minister. They argue ...' -> both bodies;
        'Representatives of the Landless Workers' Movement met the president. They said ...' ->
        unnamed people of that movement; 'The union have said ...' (a singular organisation with
        a plural verb) -> the organisation. A singular subject (a person, or a body written with
        singular agreement) is no antecedent, and subjects inside quotations or reported
        clauses are topics, never antecedents.
        """
        ctx = self.ctx
        subj = self._subject_before(char)
        if subj is None:
            return None
        root = subj.head
        if subj.pos_ not in ("NOUN", "PROPN") or ctx.in_quote[subj.i] or self.in_content(subj.idx):
            return None
        found = self._speaker_aside(subj)
        if found.type == "person" and found.plural and " and " in found.canonical:
            # 'Harry Reid and Nancy Pelosi', 'Edward Felten, Ariel Feldman and Alex Halderman' (a
            # list the parser read as appositions): the speaker rules already joined the people.
            return found
        members = [c for c in subj.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        while members and any(c.dep_ == "conj" for c in members[-1].children):
            members.append(next(c for c in members[-1].children if c.dep_ == "conj"))
        if members and any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in subj.subtree):
            if found.type == "person":
                names = [found.canonical] if found.canonical else []
                for m in members:
                    name = self._member_name(m)
                    if not name:
                        return None  # 'Tom Briggs and his lawyer': no one name for both
                    names.append(name)
                if len(names) < 2:
                    return None
                found.canonical, found.ent_id = found.canonical if " and " in found.canonical else joint_name(names), None
            elif found.type in ("organization", "media") and " and " in found.canonical:
                pass  # 'Greenpeace and the WWF': the bodies already joined
            elif found.type in ("organization", "media"):
                parts = [found.canonical]
                for m in members:
                    other = self._speaker_aside(m)
                    if other.type not in ("organization", "media") or not other.canonical:
                        return None  # 'Greenpeace and local residents': no one name for both
                    parts.append(other.canonical)
                found.canonical, found.ent_id, found.type = joint_name(parts), None, "organization"
            elif found.type != "anonymous":
                return None  # ('Representatives of the MST and other movements': unnamed people, kept as such)
            found.plural = True
            return found
        if subj.tag_ in ("NNS", "NNPS") and found.type == "anonymous" and found.org:
            found.plural = True  # 'Representatives of the MST': unnamed people of a named body
            return found
        singular_verb = root.tag_ in ("VBZ",) or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in root.children)
        plural_verb = root.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "are", "were") for c in root.children)
        if found.type == "organization" and found.canonical and subj.tag_ in ("NN", "NNP") and plural_verb and not singular_verb:
            return found  # 'The union have said ...': the writer treats the body as plural
        return None

    def _member_name(self, t: Token) -> str:
        """The person's name a conjunct stands for: its entity's (surname mapped to the full
        name) or, for a name the entity model missed ('Tom Briggs and Ana Ruiz'), the capitalised
        proper nouns of its phrase; '' when it is no name."""
        ctx = self.ctx
        named = self._person_named_by(t)
        if named is not None:
            return named[0]
        toks = [c for c in t.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [t]
        if t.pos_ != "PROPN" or not all(x.text[:1].isupper() for x in toks) or ctx.in_quote[t.i]:
            return ""
        name = " ".join(x.text for x in toks)
        if len(toks) == 1:
            return ctx.surnames.get(name, "")
        return name if people.given_name_gender(toks[0].text) is not None or name in ctx.person_names else ""

    def _plural_people_before(self, char: int) -> _Speaker | None:
        """A plural group of people that is the main subject of the sentence before (or the one before it, over a 'they').

        Unlike :meth:`_previous_subject_description` it also reads a subject inside a reported
        clause ('According to the Times, McCain's top advisers are eager ...'): 'they' cannot
        be the singular outlet that reported it. Only plural person nouns count, also as the noun
        of a partitive subject (:meth:`_partitive_of`: 'Four of the protesters are from Perth').
        """
        ctx = self.ctx
        subj = self._subject_before(char, same_paragraph=True)
        if subj is None:
            return None
        def people_of(t: Token) -> Token | None:
            # The plural noun naming people a subject stands for: a person word of the cue lexicon,
            # or, as the noun of a partitive ('most of the drivers'), any noun the word lists or
            # WordNet call people; a bare one stays with the lexicon ('14 strategic bombers').
            t, part = self._subject_noun(t)
            if t.pos_ != "NOUN" or t.tag_ != "NNS" or ctx.in_quote[t.i]:
                return None
            return t if self._personal(t) or part and people.names_people(t.lower_, lemma=t.lemma_) else None

        if people_of(subj) is None:
            # 'Four of the protesters are from Perth, one is from Hobart', 'When most of the workers
            # arrived, the gates were locked': a subject of plural people (of another clause of the
            # sentence, outside quotations and reported clauses) stands for the group.
            for t in subj.sent:
                if t.dep_ in ("nsubj", "nsubjpass") and not ctx.in_quote[t.i] and not self.in_content(t.idx) and people_of(t) is not None:
                    subj = t
                    break
        a, b = _np_range(ctx, subj)
        if (noun := people_of(subj)) is None:
            return None
        subj = noun
        doc = ctx.doc
        if subj.ent_type_ == "PERSON" or any(c.dep_ in ("conj", "appos", "compound") and c.ent_type_ == "PERSON" for c in subj.children):
            return None  # names are left to the entity rules; a possessor ('McCain's advisers') is no name
        found = _Speaker()
        found.text = ctx.text[doc[a].idx : _tok_end(doc, b - 1)]
        found.start, found.end, found.pos = doc[a].idx, _tok_end(doc, b - 1), doc[a].idx
        self._description(found, subj, [doc[i].lower_ for i in range(a, b)], found.text, speaking=False)
        found.plural = True
        return found if found.type == "anonymous" else None

    def _subject_noun(self, t: Token) -> tuple[Token, bool]:
        """The noun a subject stands for, and whether it came from a partitive: the plural noun of
        'Four of the protesters' (:meth:`_partitive_of`), else the subject itself."""
        part = self._partitive_of(t) if t.tag_ != "NNS" else None
        return (part, True) if part is not None else (t, False)

    def _plural_noun_people_before(self, char: int) -> bool:
        """Whether the sentence before ``char`` has a plural common noun naming people as a subject.

        Wider than :meth:`_plural_people_before`, which gives the group as a speaker only when it is
        the sentence's main subject and a person word of the cue lexicon: here the subject of any
        clause of the sentence before, outside quotations, that the word lists or WordNet call
        people (:func:`newslab.people.names_people`: 'Despite it qualifying for the ballot, many
        individuals campaigned against it. They argued ...'), also as the noun of a partitive
        subject (:meth:`_partitive_of`: 'Four of the protesters are from Perth. They say ...').
        It keeps a plural 'they' from being read as an organisation named before.
        """
        ctx = self.ctx
        here = ctx.sent_of[ctx.token_at(char)]
        if here == 0:
            return False
        for t in ctx.sents[here - 1]:
            if t.dep_ not in ("nsubj", "nsubjpass") or ctx.in_quote[t.i]:
                continue
            t, _ = self._subject_noun(t)  # a partitive subject stands for its plural noun: 'Four of the protesters are ...'
            if t.tag_ == "NNS" and t.pos_ == "NOUN" and people.names_people(t.lower_, lemma=t.lemma_):
                return True
        return False

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

    def _main_subject_over(self, k: int, usable: Callable[[int], bool], is_person: Callable[[int], bool], *, floor: int) -> int:
        """The person that is the main-clause subject of the sentence of entity ``k``, when ``k`` is
        only the subject of a clause inside it; else ``k``.

        'Choi became acting President after then-President Park Chung Hee was assassinated. (...)
        he refused to discuss the coup': the sentence is about Choi; Park is the subject of its
        adverbial clause only.
        """
        ctx = self.ctx
        tok = ctx.doc[ctx.token_at(ctx.ent_end[k] - 1)]
        verb = tok.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "ROOT":
            return k
        root = tok.sent.root
        main = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if main is None or main.pos_ != "PROPN" or main.i > tok.i or main.idx <= floor:
            return k
        other = ctx.entity_at(main.idx, main.idx + len(main))
        if other is None or other == k or not (is_person(other) and usable(other)):
            return k
        return other

    def _personal(self, t: Token) -> bool:
        cues = self.ctx.cues
        lemma, low = t.lemma_.lower(), t.lower_
        return any(lemma in h or low in h for h in (cues.person_heads, cues.titles, cues.anonymous_heads)) or t.pos_ == "PROPN"

    def _last(self, types: tuple[str, ...], before: int) -> _Speaker | None:
        for sp in reversed(self.history):
            if sp.type in types and sp.pos < before and (sp.canonical or sp.type == "document"):
                return sp
        return None

    def _introducing_subject(self, char: int) -> tuple[str, int | None] | None:
        """The person subject of the narrative clause that a direct quotation continues.

        'Senator Hendry has criticised the board for months, "..." he wrote.': the quotation opens
        after a comma or colon that ends a clause outside quotations; a pronoun after the
        quotation (in its sentence or, when the parser cuts 'he wrote.' off, the next one) is
        that clause's subject: a named person, or a person noun with an apposed name ('The
        minister, Erik Lund, has refused ...'). Of several subjects, the one highest in the parse.
        """
        ctx = self.ctx
        if self.current is None or not self.current_direct:
            return None
        doc = ctx.doc
        q, pron = ctx.token_at(self.current[0]), ctx.token_at(char)
        j = q - 1
        while j >= 0 and (doc[j].is_quote or doc[j].is_space):
            j -= 1
        if j < 0 or j == q - 1 or doc[j].text not in (",", ":") or ctx.in_quote[j]:
            return None
        end = ctx.token_at(self.current[1] - 1)
        if pron <= end or ctx.sent_of[pron] > ctx.sent_of[end] + 1:
            return None  # the pronoun must follow the quotation at once
        best = None
        for t in doc[doc[j].sent.start:j]:
            if t.dep_ not in ("nsubj", "nsubjpass") or ctx.in_quote[t.i] or self.in_content(t.idx) or t.head.i >= j:
                continue
            name = t if t.pos_ == "PROPN" else self._apposed_person(t) if t.pos_ == "NOUN" else None
            named = self._person_named_by(name) if name is not None else None
            depth = sum(1 for _ in t.ancestors)
            if named is not None and not self._named_in_current(named[0]) and (best is None or depth < best[0]):
                best = (depth, named)
        return best[1] if best is not None else None

    def _speaks_on(self, h: _Speaker, sp: _Speaker) -> bool:
        """Whether a history mention ``h`` can be the last speaker a later pronoun ``sp`` falls back to.

        A row that only holds a view ('X was pleased that ...', 'X fears that ...', a belief, stance
        or evidence frame) is no turn of talk: it is the current speaker only for a pronoun in the
        next sentence; further on, a 'he said' goes on with the last one who spoke.
        """
        if h.frame not in ("belief", "stance", "evidence"):
            return True
        ctx = self.ctx
        if ctx.sent_of[ctx.token_at(h.pos)] >= ctx.sent_of[ctx.token_at(sp.pos)] - 1 or ctx.para_of(h.pos) == ctx.para_of(sp.pos):
            return True
        # 'Peri believes that ... / Professor Peri likened ... "...," he said': named again since
        # (outside quotations and reported clauses), the holder of the view is still the topic.
        k = bisect.bisect_right(ctx.ent_start, (h.end or h.pos))
        while k < len(ctx.ent_start) and ctx.ent_start[k] < sp.pos:
            if ctx.surnames.get(ctx.ent_canon[k], ctx.ent_canon[k]) == h.canonical and not ctx.in_quote[ctx.token_at(ctx.ent_start[k])] and not self.in_content(ctx.ent_start[k]):
                return True
            k += 1
        return False

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

            rival = self._rejecter_of_claim(sp.pos)

            def fits(canon: str) -> bool:
                # 'Bianchi rejected his claim that ...': the one who rejects a claim did not make it.
                return self._agrees(canon, gender) and not (rival and canon.split()[-1] == rival.split()[-1])

            # The current speaker (the last one quoted) is the likeliest antecedent; a person the
            # statement itself names ("President Assad must understand ...") cannot be its speaker.
            prev = next((h for h in reversed(self.history) if h.type == "person" and h.pos < sp.pos and h.canonical and not h.plural and fits(h.canonical) and not self._named_in_current(h.canonical) and self._speaks_on(h, sp)), None)
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

            lead = self._introducing_subject(sp.pos) if bound is None else None
            if lead is not None and fits(lead[0]):
                # 'Senator Hendry has criticised the board for months, "..." he wrote.': a direct
                # quotation that continues a narrative clause after a comma is that clause
                # subject's, also when the parser cuts 'he wrote.' into a sentence of its own.
                sp.type, sp.canonical, sp.ent_id, sp.resolved = "person", lead[0], lead[1], True
                self._learn(sp)
                self.history.append(sp)
                return
            if bound is None:
                inner = self._person_under_body(sp.pos, fits)
                if inner is not None:
                    # 'Aljazeera last aired an audiotape by bin Laden, where he promised ...': the
                    # body above the clause cannot be 'he'; the one person named in the sentence is.
                    sp.type, sp.canonical, sp.ent_id, sp.resolved = "person", inner[0], inner[1], True
                    self._learn(sp)
                    self.history.append(sp)
                    return
            above = self._person_above_relative(sp.pos, gender, fits) if bound is None else None
            if above is not None:
                # 'The chairwoman rejected the offer, which she called an insult': a pronoun subject of
                # a relative clause is the person subject of the clause above when they agree.
                sp.type, sp.canonical, sp.ent_id, sp.resolved = above.type, above.canonical, above.ent_id, True
                sp.org, sp.title, sp.gender = above.org, above.title, sp.gender or above.gender
                if above.canonical:
                    self._learn(sp)
                self.history.append(sp)
                return
            def usable(k: int) -> bool:
                # People named inside quotations or reported clauses are topics, not speakers.
                ek = ctx.token_at(ctx.ent_start[k])
                canon = ctx.surnames.get(ctx.ent_canon[k], ctx.ent_canon[k])
                return not ctx.in_quote[ek] and not self.in_content(ctx.ent_start[k]) and not self._named_in_current(canon) and fits(canon)

            def is_person(k: int) -> bool:
                return self._names_person(k)

            # A speaker quoted in the last two sentences is the likeliest antecedent; else a person
            # named in the previous sentence of the paragraph (its subject if several); else a
            # person named as a subject after the last speaker.
            recent = prev is not None and ctx.sent_of[ctx.token_at(prev.pos)] >= here - 2
            one = self._previous_subject_description(sp.pos, "one")
            if one is not None and (prev is None or one.pos > prev.pos) and not (gender and one.gender and one.gender != gender):
                # 'A Nepali official aimed to justify the rule. "We are doing this," he said.': an
                # unnamed person brought in by the sentence before, newer than any named speaker,
                # stays that unnamed source.
                sp.type, sp.resolved, sp.org, sp.title = "anonymous", True, one.org, one.title
                sp.gender = gender or one.gender
                self.history.append(sp)
                return
            topic = self._previous_main_subject(here, sp.pos)
            if topic is not None and fits(topic[0]) and (prev is None or topic[0] != prev.canonical) and (prev is None or topic[2] > prev.pos):
                # 'Ruddock is investigating the matter ... "I want to know," he said': a new person
                # as the main-clause subject of the sentence before takes over from the last speaker.
                sp.type, sp.canonical, sp.ent_id, sp.resolved = "person", topic[0], topic[1], True
                self._learn(sp)
                self.history.append(sp)
                return
            owner = self._possessor_before(sp.pos, fits)
            if owner is not None and (prev is None or owner[0] != prev.canonical) and (prev is None or owner[2] > prev.pos):
                # 'The vote was tied until the Speaker's intervention. He stated ...': the one person
                # the sentence before mentions, only as a possessor (a name or an office the article
                # gives a name to), newer than the last speaker, is the antecedent.
                sp.type, sp.canonical, sp.ent_id, sp.resolved = "person", owner[0], owner[1], True
                self._learn(sp)
                self.history.append(sp)
                return
            last_in_prev = None
            while not recent and k >= 0 and ctx.sent_of[ctx.token_at(ctx.ent_start[k])] >= here - 1:
                ek = ctx.token_at(ctx.ent_start[k])
                if ctx.sent_of[ek] == here - 1 and is_person(k) and usable(k) and ctx.para_of(ctx.ent_start[k]) == ctx.para_of(sp.pos):
                    tok = ctx.doc[ctx.token_at(ctx.ent_end[k] - 1)]
                    if tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.i < tok.i:
                        # 'Myanmar's ambassador to the UN, Kyaw Tint Swe, interrupted X. He accused ...':
                        # a name in apposition to the subject is the subject, not the object after it.
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
                        cand = self._main_subject_over(k, usable, is_person, floor=prev.pos if prev is not None else -1)
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
                    only = self._sole_person_by_name_list(sp.pos, gender)
                    if only is not None:
                        # 'Oma Bakri Mohammed ... has said ... He told BBC News ...': the only person
                        # named so far, refused only by the name list's guess of the given name's
                        # gender; the article's own pronoun is better evidence than the list.
                        sp.canonical, sp.ent_id, sp.resolved = only
                        self.gender[sp.canonical] = gender
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
            bound = self._clause_group_subject(sp.pos)
            if bound is not None and kind == "thing" and (bound.plural or bound.type not in ("organization", "media") or " and " in bound.canonical):
                bound = None  # 'it' is one body: never people or bodies joined by 'and'
            if bound is None and kind == "thing":
                bound = self._org_of_person_above(sp.pos)
            if bound is not None:
                sp.type, sp.canonical, sp.ent_id, sp.resolved = bound.type, bound.canonical, bound.ent_id, True
                sp.org, sp.title, sp.plural = bound.org, bound.title, kind == "group"
                self.history.append(sp)
                return
            one = self._person_above_relative(sp.pos, None) if kind == "group" else None
            if one is not None:
                # 'The researcher asked for a sum which they described as modest': the singular
                # 'they' of the one unnamed person of no known gender whose clause the relative
                # clause sits in, not the body quoted before.
                sp.type, sp.resolved, sp.org, sp.title = one.type, True, one.org, one.title
                self.history.append(sp)
                return
            if kind == "group":
                # 'Residents said ... They added ...': a group of people quoted since is nearer.
                group = next((h for h in reversed(self.history) if h.pos < sp.pos and h.plural and h.type in ("person", "anonymous")), None)
                if group is not None and (prev is None or group.pos > prev.pos):
                    prev = group
            if subj is None:
                described = self._previous_subject_description(sp.pos, kind)
                if described is not None and (prev is None or described.pos > prev.pos):
                    # 'The council voted on Monday. It said ...', 'Residents gathered ... They said ...':
                    # an unnamed subject of the sentence before, newer than any speaker.
                    prev = described
            if kind == "thing":
                body = self._previous_unnamed_body(sp.pos)
                if body is not None and (prev is None or body.pos > prev.pos):
                    # 'A consumer watchdog said ... It also said ...': the unnamed body that made
                    # the statement before, newer than any named one, stays that unnamed source.
                    sp.type, sp.resolved, sp.org = "anonymous", True, body.org
                    self.history.append(sp)
                    return
            if kind == "group":
                grouped = self._previous_group_subject(sp.pos)
                if grouped is not None and (prev is None or grouped.pos > prev.pos):
                    # 'Tom Briggs and Ana Ruiz criticised the plan. They said ...': the people or
                    # bodies joined as the subject of the sentence before, newer than any speaker.
                    prev = grouped
            if kind == "group":
                one = self._singular_they(sp.pos, prev)
                if one is not None:
                    # 'A spokesperson for the airline was quoted by the BBC as saying ... They added ...':
                    # the singular 'they' of the one unnamed person quoted last (a role of no known
                    # gender), newer than any body; never the outlet that relayed the words.
                    sp.type, sp.resolved, sp.org, sp.title = one.type, True, one.org, one.title
                    self.history.append(sp)
                    return
            if kind == "group" and prev is not None and prev.type in ("media", "organization", "document") and not prev.plural:
                people_group = self._plural_people_before(sp.pos)
                if people_group is not None:
                    # 'According to The New York Times, McCain's top advisers are eager ... They
                    # say ...': 'they' is the plural group of people, not the singular outlet.
                    prev = people_group
            if kind == "group":
                body = self._recent_org_subject(sp.pos, after=prev.pos if prev is not None else -1)
                named = body is not None and (ent := ctx.entity_at(body.pos, body.pos + 1)) is not None and ctx.ent_label[ent] == "ORG"
                if not named and (unnamed_body := self._previous_body_subject(sp.pos)) is not None and (prev is None or unnamed_body.pos > prev.pos):
                    # 'A branch of the union alleged bias. They claimed ...', 'The parliament voted
                    # 110-50. They stated ...': a singular body the sentence before has as its main
                    # subject (a body noun the speaker rules resolve to one organisation).
                    body, named = unnamed_body, True
                if named and self._plural_people_before(sp.pos) is None and not self._plural_noun_people_before(sp.pos):
                    # 'The ministry has yet to name the soldier. They stated that ...': with no plural
                    # people in reach, 'they' is the organisation that is the main subject of one of
                    # the two sentences before, newer than any speaker (the British plural for a body).
                    # _recent_org_subject reads 'The Indymedia group reported ...' as the last body named
                    # anywhere before, too far for 'they': a description is _previous_body_subject's.
                    prev = body
            if prev is not None:
                sp.type, sp.canonical, sp.ent_id, sp.resolved = prev.type, prev.canonical, prev.ent_id, True
                sp.org, sp.plural = prev.org, kind == "group"
                if kind == "group" and prev.type == "document" and not prev.plural and prev.canonical and prev.canonical not in self._own_names:
                    # 'X released a report saying ... They concluded that ...': 'they' is not the one
                    # report but the people or body that issued it (number agreement).
                    self._issuer_speaks(sp)
            else:
                sp.type = "unknown"
        self.history.append(sp)

    def _person_above_relative(self, char: int, gender: str | None, fits: Callable[[str], bool] | None = None) -> _Speaker | None:
        """The one person a pronoun subject of a relative clause at ``char`` stands for when the
        subject of the nearest clause above is a singular common noun for a person: 'The hacker
        demanded an amount which they described as modest', 'A spokesperson dismissed the report,
        which they called inaccurate', 'The chairwoman rejected the offer, which she called an
        insult'. ``gender`` None is a 'they': only a person of no known gender the speaker rules
        leave unnamed (a singular 'they'); 'm'/'f'/'' a 'he'/'she': a person whose gender agrees,
        named (``fits``) or not. The noun the relative clause modifies is never the antecedent.
        None otherwise: a plural or a body above, a subject inside quotations or reported
        clauses, or a pronoun that is no relative clause's subject ('The minister said they would
        ...': someone else).
        """
        ctx = self.ctx
        tok = ctx.doc[ctx.token_at(char)]
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or not (verb.dep_ == "relcl" or any(c.tag_ in ("WDT", "WP") and c.i < tok.i for c in verb.children)):
            return None
        subj = next((s for s in _subjects_above(ctx, tok) if s is not None and s.lower_ not in ("which", "that", "who", "what")), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or ctx.in_quote[subj.i] or self.in_content(subj.idx):
            return None
        noun_gender = people.noun_gender(subj.lower_) or ""
        if gender is None and noun_gender or gender and noun_gender and noun_gender != gender:
            return None
        if not (self._personal(subj) or people.is_person_noun(subj.lower_, lemma=subj.lemma_.lower())):
            return None
        found = self._speaker_aside(subj)
        if found.type not in ("anonymous", "person") or found.plural or " and " in found.canonical:
            return None
        if gender is None:
            return None if found.canonical or found.gender else found
        if found.gender and gender and found.gender != gender or found.canonical and not (fits is not None and fits(found.canonical)):
            return None
        found.gender = found.gender or noun_gender or gender
        return found

    def _possessor_before(self, char: int, fits: Callable[[str], bool]) -> tuple[str, int | None, int] | None:
        """The person that the sentence before ``char`` (same paragraph) mentions only as a
        possessor: a name ('until Milliken's intervention') or an office with 'the' that the
        speaker rules give a name to ('until the Speaker's intervention', the Speaker named before
        as 'Peter Milliken, Speaker of the House'). None when that sentence has any other person
        in it (a named person, a personal pronoun, a person noun as a subject), when the possessor
        stands in a quotation or a reported clause, or when the name does not agree.
        Returns ``(canonical, entity id, position)``.
        """
        ctx, doc = self.ctx, self.ctx.doc
        sent = ctx.sentence_before(ctx.sent_of[ctx.token_at(char)], ctx.para_of(char), same_paragraph=True)
        if sent is None:
            return None
        owner = None
        for t in sent:
            if ctx.in_quote[t.i]:
                continue
            if t.dep_ == "poss" and t.pos_ in ("NOUN", "PROPN"):
                if owner is not None or self.in_content(t.idx):
                    return None
                owner = t
                continue
            if t.ent_type_ == "PERSON" and not (t.dep_ in ("compound", "flat", "case") and t.head.dep_ == "poss"):
                return None  # another person named in the sentence
            if t.pos_ == "PRON" and t.lower_ in ("he", "she", "him", "her", "his", "hers", "they", "them", "their", "i", "we"):
                return None
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and self._personal(t):
                return None  # 'The minister rejected the Speaker's ruling': the subject is the topic
        if owner is None:
            return None
        if owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON":
            named = self._person_named_by(owner)
            if named is None:
                return None
            canon, ent_id = named
        else:
            if owner.lower_ not in ctx.cues.titles and owner.lemma_.lower() not in ctx.cues.titles:
                return None  # only an office names one person: 'the company's', 'the residents'' do not
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
                return None
            found = self._speaker_aside(owner)
            if found.type != "person" or not found.canonical or found.plural or " and " in found.canonical:
                return None
            canon, ent_id = found.canonical, found.ent_id
        if not fits(canon) or self._named_in_current(canon):
            return None
        return canon, ent_id, owner.idx

    def _previous_body_subject(self, char: int) -> _Speaker | None:
        """The one organisation that is the main-clause subject of the sentence before ``char`` in
        its paragraph, written as a singular common noun that the speaker rules read as one
        organisation ('A branch of the union', 'The parliament', 'the committee'): what a plural 'they' takes when no plural people are in reach (the
        British plural for a body). Named subjects are :meth:`_recent_org_subject`'s; subjects
        inside quotations or reported clauses are topics; bodies joined by 'and' are a group."""
        ctx = self.ctx
        sent = ctx.sentence_before(ctx.sent_of[ctx.token_at(char)], ctx.para_of(char), same_paragraph=True)
        if sent is None:
            return None
        if any(s is not None and s.pos_ != "PRON" for s in _subjects_above(ctx, ctx.doc[ctx.token_at(char)])):
            return None  # 'The researcher asked for a sum which they described as ...': a subject of its own sentence is nearer
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or ctx.in_quote[subj.i] or self.in_content(subj.idx) or any(c.dep_ == "conj" for c in subj.children):
            return None
        found = self._speaker_aside(subj)
        if found.type != "organization" or not found.canonical or " and " in found.canonical or found.plural:
            return None
        found.pos = subj.idx
        return found

    def _singular_they(self, char: int, prev: _Speaker | None) -> _Speaker | None:
        """The one unnamed person a 'they' at ``char`` continues as a singular 'they', if any.

        The last speaker before the pronoun must be the inner speaker of a layered row ('was
        quoted by the BBC as saying', 'said ..., according to Reuters': the outlet only relays
        the words and is no antecedent), one unnamed person ('a spokesperson', 'an official':
        type anonymous or person without a name, a singular noun, no known gender), quoted in
        this sentence or the one before in the same paragraph, and newer than the body ``prev``
        a plural 'they' would take. None otherwise: after an ordinary row ('The mayor said "the
        unions have gone too far." They said ...') 'they' is someone else.
        """
        ctx = self.ctx
        h = next((h for h in reversed(self.history) if h.pos is not None and h.pos < char), None)
        if h is None or h.pos not in self.relayed or h.type not in ("person", "anonymous") or h.canonical or h.plural or h.gender or h.start is None or h.end is None:
            return None
        if prev is not None and prev.pos is not None and prev.pos > h.pos:
            return None
        a, b = ctx.token_at(h.start), ctx.token_at(h.end - 1)
        if ctx.in_quote[a] or self.in_content(h.start) or ctx.para_of(h.start) != ctx.para_of(char):
            return None
        if ctx.sent_of[a] < ctx.sent_of[ctx.token_at(char)] - 1:
            return None
        head = next((ctx.doc[i] for i in range(a, b + 1) if not a <= ctx.doc[i].head.i <= b or ctx.doc[i].head.i == i), None)
        if head is None or head.tag_ != "NN" or head.pos_ != "NOUN" or people.pronoun_gender(head.text):
            return None
        return h

    def _previous_unnamed_body(self, char: int) -> _Speaker | None:
        """The speaker of the statement before ``char`` (in this sentence or the one before, same
        paragraph) when it is one body the text does not name ('a consumer watchdog', 'an
        independent panel'): a singular body noun typed anonymous. Speakers inside quotations or
        reported content are not candidates."""
        ctx = self.ctx
        here = ctx.sent_of[ctx.token_at(char)]
        h = next((h for h in reversed(self.history) if h.pos < char and h.start is not None), None)
        if h is None or h.type != "anonymous" or h.canonical or h.end is None:
            return None
        a, b = ctx.token_at(h.start), ctx.token_at(h.end - 1)
        if ctx.sent_of[a] < here - 1 or ctx.para_of(h.start) != ctx.para_of(char) or ctx.in_quote[a] or self.in_content(h.start):
            return None
        head = next((ctx.doc[i] for i in range(a, b + 1) if not a <= ctx.doc[i].head.i <= b or ctx.doc[i].head.i == i), None)
        return h if head is not None and self._body_noun(head) else None

    def _rejecter_of_claim(self, char: int) -> str:
        """The person who rejects the claim a possessive pronoun at ``char`` owns: 'Vogel dismissed
        his claim, which he made ..., that X' -> 'Hans Vogel', who cannot be 'his'. The pronoun must
        be the possessor of a statement noun (the cue lexicon's speech objects and belief nouns)
        that is the object of a verb of rejecting or disputing; '' otherwise, and for 'repeated
        his claim' (the subject's own claim)."""
        ctx = self.ctx
        tok = ctx.doc[ctx.token_at(char)]
        noun = tok.head
        if tok.dep_ != "poss" or noun.lower_ not in ctx.cues.speech_objects and noun.lemma_.lower() not in ctx.cues.belief_nouns:
            return ""
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head  # 'cast doubt on his claim'
        elif noun.dep_ != "dobj":
            return ""
        if verb.lemma_.lower() not in _REJECTING_VERBS:
            return ""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return ""
        for h in reversed(self.history):
            if h.type == "person" and h.canonical and h.start is not None and h.start <= subj.idx < (h.end or 0):
                return h.canonical
        named = self._person_named_by(subj) or (self._person_named_by(self._apposed_person(subj)) if self._apposed_person(subj) is not None else None)
        return named[0] if named is not None else ""

    def _issuer_speaks(self, sp: _Speaker) -> None:
        """Type a pronoun that stands for a document's issuer rather than the document: a person
        the article names, an outlet, or else an organisation; no ``speaker_org`` of its own."""
        canon = sp.canonical
        sp.type = "person" if canon in self.ctx.person_names else "media" if self._is_outlet(canon) else "organization"
        sp.org = ""


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion or substitution apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]
