"""Reporting cues in the parse: their speaker and the span of what was reported."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from newslab import people
from newslab.quotes.lexicon import LEMMA_FIXES, Cues, _cue_hashes, directive_verbs, stance_verbs
from newslab.quotes.marks import _is_title
from newslab.quotes.mention import _POSTS
from newslab.quotes.parse import _Context, _cap_at_sentence_end, _has_verb, _inherited_subject, _np_head_after, _np_range, _resolve_relative, _sentence_of, _subject, _subtree_range, _that_marked, _tok_end, _trim


_FIRST_SECOND_PERSON = frozenset("i me we us you".split())


@dataclass
class _Cue:
    """One reporting cue found in the parse."""

    start: int  # token index of the first cue token
    end: int  # token index one past the last cue token
    frame: str
    speaker: Token | None
    via: Token | None = None
    content: tuple[int, int] | None = None  # token range of the reported content
    side: str = ""  # "right" (content after the cue), "left" (postposed attribution), "" none
    verb: Token | None = None
    left: tuple[int, int] | None = None  # a clause before the cue when it also has one after it
    sem: str = "speech"  # what the source does: speech, belief, evidence, stance, directive (the `frame` column)
    path: str = "subject"  # how the speaker was read off the parse (evidence for the confidence)
    cut: bool = False  # the content was ended before the writer's words at its end
    object_quote: bool = False  # the content is the verb's object holding a quoted fragment (`_quoted_object`)


def _right_content(ctx: _Context, v: Token, deps: tuple[str, ...]) -> tuple[int, int] | None:
    for c in v.children:
        if c.i > v.i and c.dep_ in deps and not ctx.in_quote[c.i] and _postposed_inner_cue(ctx, c):
            return None  # 'documents said; "...," wrote an officer': the quotation is the officer's
        if c.i > v.i and c.dep_ in deps and not ctx.in_quote[c.i]:
            a, b = _subtree_range(c)
            for sib in v.children:
                # 'agreed to co-operate': the tokenizer split a hyphenated verb into sibling heads.
                if sib.i > c.i and sib.dep_ == c.dep_ and sib.left_edge.i == b and "-" in (ctx.doc[b].text, ctx.doc[b - 1].text):
                    b = sib.right_edge.i + 1
            marked = _that_marked(c) or any(g.dep_ == "expl" for g in c.children)
            if c.dep_ == "ccomp" and _subject(c) is None and not marked and c.pos_ in ("VERB", "AUX") and a > v.i + 1:
                # The parser hung the clause's subject on the cue's adverbial ("said in an article from Seoul Kim's government had ...").
                prev = ctx.doc[a - 1]
                if _added_into(ctx, v, prev):
                    continue
                while prev.dep_ in ("nummod", "appos") and v.i < prev.head.i < prev.i:
                    prev = prev.head  # 'admitted the withdrawal of troops by spring 2006 is ...': the noun the number follows
                if prev.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and prev.dep_ in ("pobj", "dobj", "npadvmod"):
                    s = prev.i
                    for g in prev.lefts:
                        s = min(s, g.left_edge.i)
                    # 'a poll indicated only one in ten actually knew ...': the clause's subject is
                    # the cue's object with its 'of'/'in' phrase, not just the last noun of it.
                    h = prev
                    while h.dep_ == "pobj" and h.head.dep_ == "prep" and v.i < h.head.head.i < h.i:
                        h = h.head.head
                    if h is not prev and h.dep_ == "dobj" and h.head.i == v.i:
                        s = min(s, h.left_edge.i)
                    a = s
            doc = ctx.doc
            infinitive = any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
            for cc in c.children:
                # A coordinated cue without its own subject ("said A but declined to B") is a separate
                # statement; so is a finite verb joined to an infinitive ("urged X to reconsider and spoke ...").
                own = _subject(cc)
                # ... and so is one with a subject of its own ("Egypt says A and the government states B"),
                # unless a 'that' of its own subordinates it: 'said that A and that "we will attack B"'.
                subordinate = _that_marked(cc) or _backshifted_report(ctx, v, cc)
                if cc.dep_ == "conj" and own is None and _shares_auxiliary(c, cc):
                    continue  # 'has been riddled with problems and too often rejected ...': one clause
                if cc.dep_ == "conj" and own is None and _speakers_next_act(ctx, c, cc):
                    # 'said they were mutating into one party and encouraged voters to ...': a past verb
                    # cannot share the clause's auxiliary; it is the speaker's next act.
                    b = min(b, cc.left_edge.i)
                    while b > a and doc[b - 1].dep_ in ("cc", "punct", "advmod") and not ctx.in_quote[b - 1]:
                        b -= 1
                    continue
                if cc.dep_ == "conj" and not subordinate and ((ctx.cues.verbs.get(cc.lemma_.lower(), "quote_only") != "quote_only" and (own is None or own.dep_ != "nsubjpass") and (own is None or cc.lemma_.lower() not in ("add",) and own.i > c.i)) or (infinitive and cc.tag_ in ("VBD", "VBZ", "VBP") and own is None)):
                    b = min(b, cc.left_edge.i)
                    # (an adverb of the conjunction goes with it: 'said A, but also praised B')
                    while b > a and (doc[b - 1].dep_ in ("cc", "punct") or doc[b - 1].dep_ == "advmod" and doc[b - 1].head.dep_ == "cc" and doc[b - 1].head.i < b - 1):
                        b -= 1
            for w in c.children:
                # 'claim that A while Afghan police deny this', 'said A while two other officials said B':
                # a contrast clause whose verb is a cue with a subject of its own is another source's statement.
                mark = next((g for g in w.children if g.dep_ == "mark" and g.lower_ in ("while", "whereas")), None)
                own = _subject(w)
                if w.dep_ == "advcl" and w.i > c.i and mark is not None and a < mark.i < b and own is not None and own.dep_ == "nsubj" and own.i > mark.i \
                        and ctx.cues.verbs.get(w.lemma_.lower(), "quote_only") != "quote_only" and _source_like(ctx, own) and not ctx.in_quote[w.i]:
                    b = mark.i
                    while b > a and doc[b - 1].text == ",":
                        b -= 1
            # The writer's concession after the statement (", though it was later found ...").
            for i in range(a + 1, b):
                if doc[i].lower_ in ("though", "although") and doc[i - 1].text == "," and doc[i].dep_ == "mark":
                    b = i - 1
                    break
            b = _second_part(ctx, v, c, b)
            b = _matrix_conj_part(ctx, v, c, b)
            b = _glued_plus(ctx, v, c, b)
            b = _before_main_clause(ctx, v, c, a, b)
            if v.tag_ == "VBG":
                b = _coordinated_participle_start(ctx, v, a, b)
            a = max(a, v.i + 1)
            while a < b - 1 and doc[a].ent_type_ in ("DATE", "TIME") and doc[a].dep_ in ("npadvmod", "tmod") and doc[a].head.i == c.i:
                a += 1  # "said in an interview Tuesday Japan was ...": the date belongs to the saying
            return _trim(ctx, a, b)
        if c.i > v.i and c.dep_ in deps:
            # A quoted complement ('vowed to "continue ..." and though ..., they were "still alive."')
            # goes on over a second clause of the same cue as an unquoted one does. (A quotation with
            # its own second that-clause, 'said "A," and that B', is two statements: guideline Q4.)
            a, b = max(c.left_edge.i, v.i + 1), _second_part(ctx, v, c, c.right_edge.i + 1, clauses=False)
            if v.tag_ == "VBG":
                b = _coordinated_participle_start(ctx, v, a, b)
            return _trim(ctx, a, b)
    return None


#: Construction classes of a cue verb whose participle reports a clause of its own ('saying that', 'claiming that').
_CLAUSE_CONSTRUCTIONS = frozenset({"speech", "clause"})


def _coordinated_participle(ctx: _Context, v: Token) -> Token | None:
    """The participial cue that a second reporting participle is coordinated with, or None.

    'made a statement, saying that A, and firmly stating that B': the two participles share the
    subject of the writer's verb, and each reports its own clause (two statements, each under
    its own cue). The parser hangs the second on a verb of the first one's clause ('conj' of
    'returned'), or makes it a second complement of the first participle ('ccomp' of 'saying').
    Found when ``v`` is a reporting participle with no subject and a clause of its own, right
    after 'and'/'but' (and its own adverbs), and the first reporting participle above it has no
    subject either. Not a progressive verb of the clause ('said officials were reviewing the
    plan and stating that ...': it shares the auxiliary) nor a participle the parser already
    coordinated with the first one (the plain conjunct rule covers it).
    """
    if v.tag_ != "VBG" or v.dep_ not in ("conj", "ccomp") or ctx.in_quote[v.i] or _subject(v) is not None:
        return None
    if ctx.cues.verbs.get(v.lemma_.lower()) not in _CLAUSE_CONSTRUCTIONS or not any(c.dep_ == "ccomp" and c.i > v.i for c in v.children):
        return None
    doc = ctx.doc
    j = v.i
    while j > 0 and doc[j - 1].dep_ == "advmod" and doc[j - 1].head.i == v.i:
        j -= 1
    if j == 0 or doc[j - 1].lower_ not in ("and", "but") or ctx.in_quote[j - 1]:
        return None
    if v.dep_ == "conj" and v.head.tag_ == "VBG" and any(a.dep_ in ("aux", "auxpass") for a in v.head.children):
        return None
    t = v.head
    for _ in range(6):
        if t.tag_ == "VBG" and t.i < v.i and ctx.cues.verbs.get(t.lemma_.lower()) in _CLAUSE_CONSTRUCTIONS and _subject(t) is None and not ctx.in_quote[t.i]:
            if v.dep_ == "conj" and v.head.i == t.i:
                return None
            return t
        if t.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or t.head.i == t.i or _subject(t) is not None and ctx.cues.verbs.get(t.lemma_.lower()) is not None:
            return None
        t = t.head
    return None


def _coordinated_participle_start(ctx: _Context, v: Token, a: int, b: int) -> int:
    """Where the content (a, b) of participial cue ``v`` ends before a reporting participle coordinated with it."""
    doc = ctx.doc
    for i in range(a + 1, b):
        w = doc[i]
        if w.tag_ == "VBG" and (first := _coordinated_participle(ctx, w)) is not None and first.i == v.i:
            j = w.i
            while doc[j - 1].dep_ == "advmod" and doc[j - 1].head.i == w.i:
                j -= 1
            j -= 1  # the 'and'
            while j > a and doc[j - 1].is_punct and not ctx.in_quote[j - 1]:
                j -= 1
            return j
    return b


def _glued_plus(ctx: _Context, v: Token, c: Token, b: int) -> int:
    """Extend a reported clause ending before ``b`` over a '+' the tokenizer split off a word ('rated R18+', 'aged 65+').

    The parser reads the split '+' as punctuation of the cue and hangs what follows on the cue
    ('said the government intends to ban material rated X18+ and restrict access ...': 'and
    restrict' as the cue's own second verb). The '+' is part of the word before it; a bare verb
    joined by 'and' right after it, without a subject and no cue, continues the reported clause,
    as it does when the rating is written without the '+'.
    """
    doc = ctx.doc
    if b >= len(doc) or doc[b].text != "+" or doc[b - 1].whitespace_ or ctx.in_quote[b] or not doc[b - 1].text[-1:].isalnum():
        return b
    b += 1
    for cc in v.children:
        if cc.dep_ == "conj" and cc.i > b and cc.left_edge.i == b + 1 and doc[b].lower_ == "and" and _subject(cc) is None \
                and cc.tag_ == "VB" and ctx.cues.verbs.get(cc.lemma_.lower()) is None and not ctx.in_quote[cc.i]:
            return cc.right_edge.i + 1
    return b


def _postposed_inner_cue(ctx: _Context, c: Token) -> bool:
    """Whether the complement ``c`` of a cue is a postposed cue of a quotation right before it.

    'Leaked army documents said; "The convoy was ordered to continue," wrote a logistics
    officer': the parser makes 'wrote' (with the quotation under it) the complement of 'said'.
    A reporting verb with its subject after it, right after a quotation's closing mark (and its
    comma), is the quotation's own attribution: the quotation is that speaker's, and the outer
    cue reports nothing of its own here (the innermost source, Q7).
    """
    doc = ctx.doc
    if ctx.cues.verbs.get(c.lemma_.lower()) not in ("speech", "clause", "quote_only") or c.tag_ not in ("VBD", "VBZ"):
        return False
    own = _subject(c)
    if own is None or own.i < c.i or own.dep_ != "nsubj":
        return False
    j = c.i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 0 or doc[j].text not in _CLOSING_MARKS:
        return False
    if j > 0 and doc[j - 1].text == ",":
        j -= 1
    return j > 0 and ctx.in_quote[j - 1]


#: Subordinators that make a cue's clause the background of the writer's main clause.
_CONCESSIVE_MARKS = frozenset({"while", "although", "though", "whereas", "whilst"})


def _before_main_clause(ctx: _Context, v: Token, c: Token, a: int, b: int) -> int:
    """End the content of a cue in a concessive clause before the writer's main clause.

    'While Rother concedes that many of the arguments are valid, price indexing is
    inevitable': the parser made 'concedes' the sentence's root and hung the main clause on
    the reported one as a second clause joined by a bare comma; the statement ends at
    that comma. Only when the cue has a 'while'/'although' of its own before it.
    """
    doc = ctx.doc
    if not any(g.dep_ == "mark" and g.lower_ in _CONCESSIVE_MARKS and g.i < v.i for g in v.children):
        return b
    for cc in c.children:
        if cc.dep_ == "conj" and a < cc.i < b and _subject(cc) is not None and _finite(cc):
            lo = cc.left_edge.i
            if lo > a and doc[lo].text == ",":
                lo_comma = lo
            elif lo - 1 > a and doc[lo - 1].text == ",":
                lo_comma = lo - 1
            else:
                continue
            return _trim(ctx, a, lo_comma)[1]
    return b


#: Subjects that carry a report on over a bare comma ('said the flight went well, they were ahead').
_CONTINUING_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "there"})

#: Connective adverbs that join a second clause of the same statement ('A, however B').
_CONTRAST_LINKS = frozenset({"however", "but", "yet"})


def _has_auxiliary(c: Token) -> bool:
    return c.tag_ in ("VB", "VBG", "VBN") and any(g.dep_ == "aux" and g.i < c.i for g in c.children)


def _shares_auxiliary(c: Token, cc: Token) -> bool:
    """Whether verb ``cc``, coordinated with ``c`` and without a subject, takes ``c``'s auxiliary.

    'the department has been riddled with problems and too often rejected refugees': both
    verbs are participles of the one 'has'; the second is part of the same reported clause.
    """
    # Only when the tagger gave both the same form: a '-ed' verb tagged as a simple past may be
    # the source's next act ('said it had been in touch with the North but declined to comment').
    return _has_auxiliary(c) and cc.i > c.i and cc.tag_ == c.tag_


def _speakers_next_act(ctx: _Context, c: Token, cc: Token) -> bool:
    """Whether the past verb ``cc`` coordinated with reported clause ``c`` is the speaker's next act.

    A reported clause built on a modal or a present auxiliary ('laws cannot prevent', 'it will
    release') cannot go on with a simple past verb sharing it (after a perfect 'had' a regular
    '-ed' form may be the participle, so that case stays one clause): in 'said laws cannot prevent A, and provided an
    example of B' the parser hung the speaker's second verb on the clause.
    """
    # 'will restructure and cut 3% of its staff': a past form that is also the base form shares the modal.
    # Only after a modal or a present auxiliary: a past progressive goes on in the same tense
    # ('doctors said Zia was recovering and appeared to be in good spirits').
    tensed = any(g.dep_ == "aux" and g.i < c.i and g.tag_ in ("MD", "VBZ", "VBP") for g in c.children)
    return tensed and c.tag_ in ("VB", "VBG") and cc.tag_ == "VBD" and cc.lower_ != cc.lemma_.lower() and cc.i > c.i and not ctx.in_quote[cc.i] and not any(g.dep_ in ("aux", "auxpass") for g in cc.children)


def _second_part(ctx: _Context, v: Token, c: Token, b: int, *, clauses: bool = True) -> int:
    """Extend a reported clause ``c`` of cue ``v`` (ending before ``b``) over the second part of the same statement.

    A second clause coordinated with the cue ('underlined A, and B is in the hands of ...');
    a second that-clause of the same cue ('said that A, and that B'); and a second verb
    phrase of the clause that the parser hung on the cue as a clause of its own ('stated
    that the company worked with the community and in the end found a way ...': with no
    subject and no 'that' of its own, it shares the reported clause's subject). With
    ``clauses=False`` (after a quotation) only the first, and not when the second clause has a
    'that' of its own.
    """
    doc = ctx.doc
    for cc in v.children if clauses else ():
        # 'said he objected, but that when they raided the house a sergeant seized her': a second
        # clause with a 'that' of its own, which the parser joined to the cue (whatever it made of
        # its subject), is the cue's second reported clause (Q4). Not when its verb is a cue
        # ('disclosed that A, and that officials have said that B': a second source's report).
        if cc.dep_ == "conj" and cc.i > b and cc.pos_ in ("VERB", "AUX") and not ctx.in_quote[cc.i] and doc[cc.left_edge.i].lower_ == "that" \
                and ctx.cues.verbs.get(cc.lemma_.lower()) is None \
                and doc[cc.left_edge.i].dep_ == "mark" and doc[cc.left_edge.i].head.i == cc.i:
            gap = [doc[i] for i in range(b, cc.left_edge.i)]
            if gap and len(gap) <= 3 and any(t.lower_ in ("and", "but") for t in gap) and all(t.is_punct or t.dep_ == "cc" for t in gap) and not any(t.text in (";", ":") for t in gap):
                b = cc.right_edge.i + 1
            break
    for cc in v.children:
        if cc.dep_ == "conj" and cc.i >= b and cc.pos_ in ("VERB", "AUX") and _subject(cc) is not None and cc.lemma_.lower() not in ctx.cues.verbs:
            if not clauses and _that_marked(cc):
                break
            gap = [doc[i] for i in range(b, cc.left_edge.i)]
            # Not a present-tense clause after ', but' a past report: the writer's comment now
            # ('stated that contact was lost, but thus far no evidence has turned up ...').
            comment = v.tag_ == "VBD" and any(t.lower_ == "but" for t in gap) and _present(cc) and not _present(c)
            comment = comment or (any(t.text == ";" for t in gap) and any(t.lower_ == "but" for t in gap))  # 'A; but B': the writer's contrast
            if all(t.is_punct or t.is_space or t.dep_ == "cc" for t in gap) and len(gap) <= 3 and not comment:
                b = cc.right_edge.i + 1
            break
    for cc in v.children if clauses else ():
        # 'showed manufacturing grew in September, but at a slower pace than ...': the parser hung
        # the clause's elliptical second half (no verb of its own) on the cue.
        # 'said they were saddened by the verdict, but not surprised': likewise a second predicate
        # adjective of a copular or passive report.
        predicate = cc.pos_ == "ADJ" and (c.lemma_.lower() == "be" or any(g.dep_ == "auxpass" for g in c.children))
        if cc.dep_ == "conj" and cc.i >= b and (cc.pos_ in ("ADP", "ADV") or predicate) and _finite(c) and not ctx.in_quote[cc.i]:
            gap = [doc[i] for i in range(b, cc.left_edge.i)]
            if gap and len(gap) <= 3 and any(t.lower_ == "but" for t in gap) and all(t.is_punct or t.dep_ == "cc" for t in gap) and not any(t.text in (";", ":") for t in gap):
                b = cc.right_edge.i + 1
            break
    for cc in v.children if clauses else ():
        if cc.dep_ != "ccomp" or cc.i <= b or cc.i == c.i:
            continue
        own = _subject(cc)
        lead = [doc[i] for i in range(b, own.i)] if own is not None and own.i > b else []
        if lead and len(lead) <= 3 and lead[0].text == "," and any(t.lower_ in _CONTRAST_LINKS for t in lead) \
                and all(t.is_punct or t.lower_ in _CONTRAST_LINKS for t in lead) and _finite(cc) and _finite(c) and not ctx.in_quote[cc.i] \
                and not any(t.text in (";", ":") for t in lead) and ctx.cues.frame_of(v.lemma_.lower()) == "speech" \
                and (first_subj := _subject(c)) is not None and first_subj.lower_ == own.lower_:
            # 'said they welcome the rise, however they want the wage to go up': a second clause of the
            # same cue, joined by a connective adverb the parser put inside it. Only after a speech
            # cue, and when both clauses have the same subject ('they ..., however they ...'): in
            # 'said they thought she stayed in Alaska, however she flew to Ohio' the contrast is the
            # writer's correction.
            b = cc.right_edge.i + 1
            continue
        if cc.left_edge.i == b and b > c.i and doc[b - 1].dep_ == "acomp" and doc[b - 1].head.i == c.i and _subject(cc) is not None and _finite(cc) and not ctx.in_quote[cc.i]:
            # 'said she was satisfied the competition was an illegal lottery': the parser hung the
            # adjective's own clause on the cue; with nothing between, it completes the adjective.
            b = cc.right_edge.i + 1
            continue
        that = any(g.dep_ == "mark" and g.lower_ == "that" and g.i < cc.i for g in cc.children)
        shared = not that and _subject(cc) is None and _subject(c) is not None and cc.tag_ in ("VBD", "VBZ", "VBP") and not ctx.in_quote[cc.i]
        if not that and not shared and own is not None and _finite(cc) and _finite(c) and not _that_marked(c) \
                and b < len(doc) and doc[b].text == "," and cc.left_edge.i in (b, b + 1) and own.i == b + 1 and own.lower_ in _CONTINUING_PRONOUNS \
                and cc.lemma_.lower() not in ctx.cues.verbs and ctx.cues.frame_of(v.lemma_.lower()) == "speech" and not ctx.in_quote[cc.i] \
                and not any(g.dep_ == "mark" for g in cc.children):
            # 'said the flight went well, they were ahead of schedule': a second clause of the same
            # report joined by a bare comma (neither clause has a 'that'), its pronoun subject right
            # after it ('said the man was armed, witnesses disagreed' names a new source: not joined).
            b = cc.right_edge.i + 1
            continue
        if that or shared:
            g0 = b
            while g0 > c.i + 1 and (doc[g0 - 1].dep_ == "cc" or doc[g0 - 1].is_punct) and not ctx.in_quote[g0 - 1]:
                g0 -= 1  # the parser may hang the 'and' on the first clause
            gap = [doc[i] for i in range(g0, cc.left_edge.i)]
            if gap and len(gap) <= 4 and any(t.lower_ in ("and", "but") for t in gap) and all(t.is_punct or t.is_space or t.dep_ == "cc" for t in gap) and not any(t.text in (";", ":") for t in gap):
                b = cc.right_edge.i + 1
    return b


#: Dependencies by which a cue sits inside a larger clause of the writer ('statements which
#: suggest', 'responded by saying', 'a prosecutor, who found').
_EMBEDDING_DEPS = frozenset({"relcl", "acl", "advcl", "pcomp", "prep", "pobj", "dobj", "agent"})


def _matrix_conj_part(ctx: _Context, v: Token, c: Token, b: int) -> int:
    """Extend reported clause ``c`` of an embedded cue ``v`` over a second clause the parser hung on the writer's clause.

    'made statements which suggest that A, but that B', 'a special prosecutor, who found that no
    laws were violated but officials exercised poor judgment', 'has responded by saying that A,
    but she is happy that B': the cue sits in a relative clause or a 'by'-phrase at the end of
    the sentence, and the parser joined the second clause of the report to the writer's main
    verb, which the statement ends before. The second clause follows the first right after
    'and'/'but' and is no cue of its own ('..., and police said B'); it is the report's when it
    has a 'that' of its own; when it is a verbless 'but not ...' predicate of a copular report;
    when both clauses are in the present and the second goes on with the same subject or a
    pronoun; or when both are in the past and joined by a bare 'but' (no comma). A change of
    tense ('said A, but no evidence has turned up') or ', and' before a past clause ('arrested a
    man who said he was armed, and officers searched his car') is the writer's.
    """
    doc = ctx.doc
    if v.dep_ not in ("relcl", "acl", "advcl", "pcomp") or ctx.in_quote[v.i]:
        return b
    h, steps = v, 0
    while h.dep_ in _EMBEDDING_DEPS and h.head.i != h.i and steps < 4:
        h, steps = h.head, steps + 1
        if h.pos_ not in ("VERB", "AUX") or h.i > v.i:
            continue
        for cc in h.children:
            if cc.dep_ != "conj" or cc.i < b or ctx.in_quote[cc.i]:
                continue
            gap = [doc[i] for i in range(b, cc.left_edge.i)]
            if not gap or len(gap) > 3 or not all(t.is_punct or t.dep_ == "cc" for t in gap) or any(t.text in (";", ":") for t in gap):
                return b
            if not any(t.lower_ in ("and", "but") for t in gap):
                return b
            that = _that_marked(cc)
            own = _subject(cc)
            if cc.pos_ == "ADJ":
                # 'said they were saddened by the verdict, but not surprised': the predicate's second half
                copular = c.lemma_.lower() == "be" or any(g.dep_ == "auxpass" for g in c.children)
                return cc.right_edge.i + 1 if own is None and copular and any(t.lower_ == "but" for t in gap) else b
            if that:
                return cc.right_edge.i + 1
            if cc.lemma_.lower() in ctx.cues.verbs or own is None or not _finite(cc) or _present(cc) != _present(c):
                return b  # another report, a verb phrase of the writer's subject, or a change of tense
            comma = any(t.text == "," for t in gap)
            if _present(c):
                # 'saying that views have always been diverse, but she is happy that ...': a report in the
                # present goes on with the same subject (the writer narrates in the past)
                first = _subject(c)
                same = own.lower_ in _CONTINUING_PRONOUNS or (first is not None and first.lower_ == own.lower_)
                return cc.right_edge.i + 1 if same else b
            # 'who found that no laws were violated but officials exercised poor judgment': a past
            # contrast inside the finding, with no comma; ', and officers searched his car' (a comma,
            # 'and') is the writer's next event
            return cc.right_edge.i + 1 if not comma and any(t.lower_ == "but" for t in gap) else b
        return b
    return b


#: Inquiries that someone carries out rather than releases: 'The department concluded an inquest
#: into ..., saying that' is the department speaking, not the inquest.
_CARRIED_OUT = frozenset({"inquest", "investigation", "inquiry", "probe"})

#: Reporting verbs whose object is the person addressed ('A, the manager told reporters').
_ADDRESSEE_VERBS = frozenset({"tell", "assure", "reassure", "inform", "notify", "remind", "brief"})


def _content_after_medium(ctx: _Context, v: Token) -> tuple[int, int] | None:
    """'said in a statement that ...', 'told journalists at a press conference that ...': the parser
    hangs the that-clause on the medium noun."""
    for p in v.children:
        if p.dep_ != "prep" or p.i < v.i or p.lower_ not in ("in", "during", "through", "via", "on", "at"):
            continue
        medium = next((g for g in p.children if g.dep_ == "pobj"), None)
        if medium is None or not (medium.lemma_.lower() in ctx.cues.document_heads or medium.lemma_.lower() in ctx.cues.noun_cues
                                  or medium.lower_ in ("interview", "speech", "release", "email", "e-mail", "letter", "briefing", "conference")):
            continue
        for c in medium.children:
            if c.i > medium.i and c.dep_ in ("acl", "relcl", "ccomp") and _that_marked(c):
                a, b = _subtree_range(c)
                return _trim(ctx, a, b)
    return None


def _left_content(ctx: _Context, v: Token, speaker: Token | None) -> tuple[int, int] | None:
    """Content of a postposed attribution ('A, X said.' / 'A, said X.')."""
    sent = _sentence_of(ctx, v.i)
    cluster = v.i
    if speaker is not None and speaker.i < v.i:
        cluster = min(cluster, speaker.left_edge.i)
        while cluster - 1 > sent.start and ctx.doc[cluster - 1].dep_ in ("det", "compound", "amod") and ctx.doc[cluster - 1].head.i in (v.i, speaker.i):
            cluster -= 1  # '..., the BBC understands': the parser hung 'the' on the verb, not on the name
    if cluster - 1 <= sent.start:
        return None
    prev = ctx.doc[cluster - 1]
    if prev.lower_ == "as" and prev.dep_ == "mark" and prev.head.i == v.i and cluster - 2 > sent.start and ctx.doc[cluster - 2].text == ",":
        # 'A, as health officials said': the statement is A.
        cluster -= 1
        prev = ctx.doc[cluster - 1]
    if prev.text not in (",", "—", "–", "-", ":", "”", '"', "»") and not (prev.text == "," or prev.is_punct) and not _unpunctuated_report(ctx, v, speaker, cluster):
        return None
    if prev.text == ";":
        return None  # 'A; the chairman told reporters B': a semicolon ends A's clause, which is no one's statement
    a, b = sent.start, cluster
    doc = ctx.doc
    # The writer's connectives ("However,", "But", "Despite the assurances,") are not part of the statement.
    if a < b and doc[a].pos_ == "CCONJ":
        a += 1
    if a + 1 < b and doc[a].pos_ == "ADV" and doc[a + 1].text == ",":
        a += 2
    if a < b and doc[a].dep_ == "mark" and doc[a].lower_ in ("while", "although", "though", "whereas") and doc[a].head.lemma_.lower() in ctx.cues.verbs and a < doc[a].head.i < b - 2:
        # 'While he admits there is work to do, Bush says ...': the concession's own cue is not content.
        a = doc[a].head.i + 1
    if a < b and doc[a].lower_ in ("despite", "notwithstanding"):
        comma = next((i for i in range(a, min(b, a + 8)) if doc[i].text == ","), None)
        if comma is not None:
            a = comma + 1
    a, b = _trim(ctx, a, b)
    if b - a < 3 or not _has_verb(doc, a, b):
        return None
    if _participial_lead_in(ctx, a, b, v):
        return None
    clause = doc[a].head
    if doc[a].lower_ in _SUBORDINATORS and doc[a].dep_ in ("mark", "advmod") and not (a <= clause.head.i < b and clause.head.i != clause.i):
        # 'When the subject came up, X told Y ...': only a time or condition, no statement
        # ('If he had evidence, he had to report it, Martin said' keeps its main clause).
        return None
    return a, b


def _unpunctuated_report(ctx: _Context, v: Token, speaker: Token | None, cluster: int) -> bool:
    """A postposed attribution with no comma before it (cues27): 'A state funeral will be held
    says the cabinet.', 'Kucinich plans to run in 2008 his spokesman said Monday.'

    The cue is the sentence's main verb, has a subject of its own (before or after it), and the
    parser made the clause before it, which starts the sentence and ends right before the
    attribution, its complement: a finite clause with its own subject, outside quotation marks.
    A cue inside a clause ('the figure the mayor said was wrong', 'what he said') is no root; a
    clause that is only a subject and a verb is too short to be a statement."""
    if speaker is None or v.dep_ != "ROOT" or ctx.in_quote[v.i]:
        return False
    sent = _sentence_of(ctx, v.i)
    clause = next((c for c in v.children if c.dep_ == "ccomp" and c.i < cluster and c.right_edge.i == cluster - 1), None)
    if clause is None or ctx.in_quote[clause.i] or any(ctx.in_quote[i] for i in range(clause.left_edge.i, cluster)):
        return False
    if ctx.doc[cluster - 1].pos_ in ("ADP", "SCONJ", "CCONJ", "DET", "PART") or any(c.i > v.i and c.dep_ in ("ccomp", "dobj", "xcomp") for c in v.children):
        # 'The bombing was attempted soon after a representative said that ...': a clause that ends
        # in a subordinator or preposition has the cue inside it; a cue with a complement of its
        # own reports that, not the clause before it.
        return False
    first = ctx.doc[sent.start]
    if clause.left_edge.i != sent.start and not (clause.left_edge.i == sent.start + 1 and (first.pos_ == "CCONJ" or first.is_punct)):
        return False
    return _finite(clause) and _subject(clause) is not None and not _that_marked(clause)


def _inverted_cue(ctx: _Context, t: Token) -> bool:
    """A postposed cue with its subject after it ('..., said Senator Specter')."""
    s = _subject(t)
    return t.lemma_.lower() in ctx.cues.verbs and s is not None and s.i > t.i


def _inverted_object(ctx: _Context, v: Token, subject: Token | None) -> Token | None:
    """The speaker of a cue inserted after a fronted noun phrase ('The request, pointed out
    Spain's El País, "..."', 'The figure, said the ministry, was ...'): the verb follows a comma
    right after its parsed subject, which cannot speak, and the noun phrase the parser made its
    object (a name or a source) ends at a comma or a quotation mark; None otherwise."""
    doc = ctx.doc
    if subject is None or subject.i >= v.i or v.i < 2 or doc[v.i - 1].text != "," or subject.right_edge.i not in (v.i - 2, v.i - 1):
        return None
    if _source_like(ctx, subject) or _speaking_subject(ctx, subject):
        return None
    if v.lemma_.lower() in _ADDRESSEE_VERBS:
        return None  # 'X told the Times "..."': the object of 'tell' is the addressee, never an inverted speaker
    obj = next((c for c in v.children if c.dep_ in ("dobj", "attr", "npadvmod", "nsubj") and c.i > v.i), None)
    if obj is None or not _source_like(ctx, obj) or obj.pos_ == "PRON" and obj.lower_ not in ("he", "she", "they"):
        return None
    nxt = obj.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].text not in (",", '"', "“", "«"):
        return None
    return obj


def _speaking_subject(ctx: _Context, subject: Token) -> bool:
    """Whether a subject that is no source itself stands for one: a name or a source in apposition
    ('One of the residents, John Smith, told ...') or the source of a partitive ('One of the
    firefighters told ...', 'Two of the victims said ...')."""
    for c in subject.children:
        if c.dep_ == "appos" and _source_like(ctx, c):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and subject.lower_ in _PARTITIVE_HEADS:
            if any(g.dep_ == "pobj" and _source_like(ctx, g) for g in c.children):
                return True
    return False


_PARTITIVE_HEADS = frozenset({"one", "two", "three", "four", "five", "some", "many", "several", "most", "none", "each", "all", "both", "few", "dozens", "hundreds", "thousands"})


_CLOSING_MARKS = frozenset({'"', "”", "»"})
_OPENING_MARKS = frozenset({'"', "“", "«", "„"})


def _appositive_name_after_mark(ctx: _Context, v: Token) -> Token | None:
    """The speaker of '"... they can't produce" Francois Traore, president of the Association,
    said.': a quotation closed without a comma, then a name with its apposition set off by
    commas, then the cue. The parser hangs the name on the quotation's last verb as its object
    and leaves the cue without a subject. The name is the noun phrase right after the closing
    mark when nothing between the mark and the cue is a verb or lies inside a quotation."""
    doc = ctx.doc
    sent = _sentence_of(ctx, v.i)
    k = v.i - 2
    while k > sent.start and v.i - k <= 25 and doc[k].text not in _CLOSING_MARKS:
        t = doc[k]
        if ctx.in_quote[t.i] or t.pos_ in ("VERB", "AUX"):
            return None
        k -= 1
    if k < 1 or doc[k].text not in _CLOSING_MARKS or k + 1 >= v.i - 1 or not ctx.in_quote[k - 1]:
        return None  # k < 1: a mark opening the text closes nothing (in_quote[-1] is the last token)
    head = _np_head_after(doc, k + 1, v.i)
    if head is None or head.pos_ != "PROPN" or head.right_edge.i >= v.i:
        return None
    nxt = head.i + 1
    if nxt >= v.i or doc[nxt].text != ",":
        return None
    return head


def _closes_clause(ctx: _Context, t: Token) -> bool:
    """Whether the 'according to' phrase at ``t`` closes its sentence after a clause of its own.

    'There were no other vehicles involved according to the police.': the parser hangs the
    phrase on the nearest participle, but a phrase that ends the sentence (nothing but
    punctuation after its object) after a finite clause is the writer's attribution of that
    clause, set off by a comma or not. 'inflation (measured according to the consumer price
    index) stood at 2.7%' goes on after the phrase and stays the participle's manner.
    """
    doc = ctx.doc
    sent = _sentence_of(ctx, t.i)
    end = t.right_edge.i + 1
    if any(not (doc[i].is_punct or doc[i].is_space) or doc[i].text in (")", "]") for i in range(end, sent.end)):
        return False
    if any(doc[i].text in ("(", "[") for i in range(sent.start, t.i)):
        return False
    return any(doc[i].tag_ in ("VBD", "VBZ", "VBP", "MD") for i in range(sent.start, t.i))


def _participial_lead_in(ctx: _Context, a: int, b: int, v: Token) -> bool:
    """'Speaking outside a conference in London, Mr Downer said ...': a participle clause
    without a subject before the cue's speaker is the writer's scene-setting, not a statement
    ('Asked about the vote, she said ...', 'Responding to critics, the minister said ...').
    A participle that is itself a cue ('Saying "...", X added') is left to that cue."""
    doc = ctx.doc
    first = doc[a]
    if first.tag_ not in ("VBG", "VBN") or ctx.in_quote[a] or any(c.dep_ == "ccomp" for c in first.children):
        return False
    if any(ctx.in_quote[i] for i in range(a, b)):
        return False
    if first.lower_ in {p[0] for p in ctx.cues.phrases}:
        return False  # 'According to X, A, the Times said'
    # Nothing but the participle's phrase: no subject of any clause, no finite verb.
    return not any(t.dep_ in ("nsubj", "nsubjpass", "expl") or t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[a + 1 : b])


#: Words that open an adverbial clause; such a clause before a cue is no statement.
_SUBORDINATORS = frozenset({"when", "whenever", "if", "unless", "because", "after", "before", "since", "until", "once", "as"})


_TIME_WORDS = frozenset({"today", "yesterday", "tonight", "again", "also", "repeatedly", "once", "publicly", "formally", "earlier", "later", "now", "recently", "previously", "officially", "openly"})


def _time_phrase(c: Token) -> bool:
    """A time adjunct of a verb: a time adverb or noun ('today', 'again', 'publicly'), or a
    preposition whose object is a date or a time ('on Tuesday', 'last week' read as 'on' + DATE).
    'called on Tuesday for an inquiry': 'on Tuesday' is no particle of 'call on' (cues20)."""
    if c.dep_ in ("advmod", "npadvmod"):
        return c.lower_ in _TIME_WORDS or c.ent_type_ in ("DATE", "TIME")
    if c.dep_ == "prep":
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        return obj is not None and obj.ent_type_ in ("DATE", "TIME") and obj.pos_ != "PRON"
    return False


def _after_time_adjuncts(v: Token) -> int:
    """The index of the first token after ``v`` that is not in one of its time adjuncts
    ('called today for ...', 'called on Monday for ...': the 'for' after them)."""
    i = v.i + 1
    while True:
        adj = next((c for c in v.children if c.i == i and _time_phrase(c)), None)
        if adj is None:
            return i
        i = adj.right_edge.i + 1


def _find_cues(ctx: _Context) -> list[_Cue]:
    doc, cues = ctx.doc, ctx.cues
    found: list[_Cue] = []
    first_words = {p[0] for p in cues.phrases}
    n = len(doc)
    lemma_keys, lower_keys = _cue_hashes()
    ing_forms = _ing_forms(cues)
    strings, lower_ids = doc.vocab.strings, ctx.lower_ids
    candidates = [i for i, (lm, lw) in enumerate(zip(ctx.lemma_ids, ctx.lower_ids)) if (lm in lemma_keys or lw in lower_keys or lw in ing_forms) and not ctx.in_quote[i] and not ctx.in_single[i]]
    for i in candidates:
        t = doc[i]
        low = t.lower_
        if low in first_words:
            for p in cues.phrases:
                m = len(p)
                # (the first word, then the lower-case array: no Token per word of every phrase)
                if p[0] == low and i + m <= n and all(strings[lower_ids[i + j]] == p[j] for j in range(1, m)):
                    g = doc[t.i - 1] if t.i > 0 else None
                    if g is not None and g.pos_ == "VERB" and t.head.i == g.i and g.tag_ in ("VBN", "VBG") and g.dep_ in ("acl", "advcl", "amod", "appos", "relcl") \
                            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in g.children) and not _closes_clause(ctx, t):
                        # 'inflation (measured according to the consumer price index)': a modifier's
                        # manner, not a source ('were seized according to the statement' is one).
                        break
                    sent = _sentence_of(ctx, t.i)
                    head = _np_head_after(doc, t.i + m, sent.end)
                    if head is not None and _can_state(ctx, head) and not _sourceless_evidence_in_report(ctx, t, head):
                        found.append(_prep_cue(ctx, t.i, t.i + m, head))
                    break
            continue
        if low in cues.belief_nouns and t.pos_ == "NOUN" and (t.head.lemma_ == "be" or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_ == "be"):
            cue = _belief_noun_cue(ctx, t) if t.head.lemma_ == "be" else _of_belief_cue(ctx, t)
            if cue is not None:
                found.append(cue)
                continue
        if (low in cues.belief_adjectives or low in cues.stance_adjectives) and (t.pos_ == "ADJ" or t.tag_ == "VBN"):
            # ('is concerned that', 'was outraged that': the tagger reads many of these as participles.)
            cue = _belief_adjective_cue(ctx, t)
            if cue is not None:
                found.append(cue)
            if cue is not None or t.pos_ == "ADJ":
                continue  # (a participle of the class may still be a verb cue: 'had convinced the council to ...')
        verb_like = t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") or (t.dep_ in ("ROOT", "ccomp") and any(c.dep_ == "nsubj" for c in t.children) and any(c.dep_ == "ccomp" for c in t.children))
        noun_read = not verb_like and _cue_read_as_noun(ctx, t)
        if noun_read:
            # 'Reports state that ...', '..., media report.', 'Guardian Unlimited reports that ...':
            # the tagger read the finite verb as a noun (and its subject as the noun's modifier).
            verb_like = True
        if verb_like and t.dep_ in ("compound", "amod") and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN") and t.i > 0 \
                and doc[t.i - 1].pos_ in ("NOUN", "ADJ", "PROPN", "DET", "NUM") and not any(c.dep_ in ("nsubj", "ccomp", "dobj") for c in t.children if c.i > t.i):
            # 'Australian terror suspect David Hicks', 'the reported attack': a word that modifies
            # the noun after it is part of a name or a description, however the tagger read it.
            verb_like = False
        if verb_like and t.lemma_.lower() == "make":
            cue = _made_clear_cue(ctx, t)
            if cue is not None:
                found.append(cue)
                continue
        if verb_like and (t.lemma_.lower() in cues.belief_object_verbs or t.lemma_.lower() in cues.speech_object_verbs):
            cue = _belief_object_cue(ctx, t)
            if cue is not None:
                found.append(cue)
                continue
        if not verb_like and t.lower in ing_forms and t.pos_ == "NOUN":
            # 'shop owners on the harbour front warning that ...': a participle the tagger read as a
            # noun is a cue when it governs a finite clause ('warning signs' and 'saying goodbye' do not).
            cue = _noun_participle_cue(ctx, t, ing_forms[t.lower])
            if cue is not None:
                found.append(cue)
            continue
        if not verb_like:
            if low in cues.noun_cues and t.pos_ == "NOUN":
                nxt = t.i + 1
                if nxt < n and doc[nxt].text == ":":
                    gov = t.head
                    s = _subject(gov) if gov.i != t.i else None
                    if s is not None:
                        found.append(_Cue(t.i, t.i + 1, "quote_only", s, verb=gov, path="noun"))
            continue
        lemma = t.lemma_.lower()
        if t.lower_ in LEMMA_FIXES and t.tag_ in ("VBD", "VBZ", "VBN"):
            lemma = LEMMA_FIXES[t.lower_]  # 'Maliki hopes that ...': the lemmatizer read 'hop'
        frame = cues.verbs.get(lemma)
        if lemma in cues.relay_as_verbs and _relay_as_participle(ctx, t) is not None:
            frame = "relay"  # 'The agency cited an official as saying ...': the relay of 'quoted X as saying'
        end = t.i + 1
        key = lemma
        if lemma in cues.phrasal:
            for c in t.children:
                if c.i > t.i and c.lower_ in cues.phrasal[lemma] and c.dep_ in ("prt", "prep") and not _time_phrase(c):
                    frame = cues.phrasal[lemma][c.lower_]
                    end = c.i + 1
                    key = f"{lemma} {c.lower_}"
                    break
            else:
                # 'called for the minister to resign': the parser made 'for' the mark of the infinitive clause.
                for c in t.children:
                    m = doc[c.left_edge.i]
                    if c.dep_ == "advcl" and m.i == _after_time_adjuncts(t) and m.lower_ == "for" and m.dep_ == "mark" and "for" in cues.phrasal[lemma]:
                        frame, end, key = cues.phrasal[lemma]["for"], m.i + 1, f"{lemma} for"
                        break
        # (Not a verb inside another's complement: 'denied directing his troops to open fire' is the denial's.)
        embedded = t.dep_ in ("xcomp", "ccomp", "pcomp", "dobj", "csubj", "acl", "amod", "compound")
        if frame is None and lemma in cues.question_verbs and not embedded and not any(c.dep_ in ("dobj", "dative") for c in t.children) and any(
            c.dep_ == "ccomp" and c.i > t.i and _finite(c) and not ctx.in_quote[c.i] for c in t.children
        ):
            # 'questioned why the city needed ...', 'challenged whether ...' (missed23); with a noun
            # object the clause is the noun's ('questioned the mayor's claim, that ...').
            frame = "clause"
        elif frame is None and lemma in directive_verbs() and not embedded:
            frame = "addressed"
        elif lemma in cues.object_directive_verbs and not embedded and _addressed_infinitive(ctx, t, source=True) is not None:
            frame = "addressed"  # 'persuaded the coach to return', 'invited the minister to open' (R51)
        if frame is None:
            continue
        cue = _verb_cue(ctx, t, "directive" if frame == "addressed" else frame, end, key)
        if cue is not None and not embedded and frame in ("directive", "addressed"):
            # 'challenged the council to publish', 'requested his regiment, the Blues, to treat him',
            # 'implored the management to reopen' read as a clause with a subject: the construction
            # (addressee, then its infinitive), whatever the verb of the class; the content starts at 'to'.
            content = _addressed_infinitive(ctx, t)
            if content is not None and frame == "directive" and cue.content is not None and not (cue.content[0] < content[0] and cue.content[1] == content[1]):
                content = None
            if content is not None:
                cue.content, cue.side, cue.sem = content, "right", "directive"
            elif frame == "addressed":
                cue = None
        if cue is not None and noun_read and cue.content is None and not cue.side:
            # ('Guardian Unlimited reports that the police have ...': the clause read as the noun's.)
            clause = next((c for c in t.children if c.dep_ == "acl" and c.i > t.i and _that_marked(c) and _subject(c) is not None), None)
            if clause is not None and not ctx.in_quote[clause.i]:
                cue.content, cue.side = _cap_at_sentence_end(ctx, _trim(ctx, *_subtree_range(clause))), "right"
        if cue is not None:
            found.append(cue)
    found.extend(_in_words_cues(ctx))
    taken = {c.verb.i for c in found if c.verb is not None} | {i for c in found for i in range(c.start, c.end)}
    found.extend(_colon_clause_cues(ctx, taken, [c.content for c in found if c.content is not None]))
    found.extend(_that_clause_cues(ctx, taken))
    found.extend(_noun_infinitive_cues(ctx, taken, [c.content for c in found if c.content is not None]))
    found.extend(_gerund_stance_cues(ctx, taken))
    found.extend(_modal_refusal_cues(ctx, taken))
    with_content = {c.verb.i for c in found if c.verb is not None and c.content is not None}
    # 'denied allegations that ...': the verb's cue without content gives way to the one the noun gave it.
    found = [c for c in found if c.content is not None or c.side or c.verb is None or c.verb.i not in with_content]
    found.sort(key=lambda c: c.start)
    return found


_THAT_HASH = hash_string("that")

#: How something was said, as the predicate of the clause before a colon ('The mayor was blunt: "..."',
#: 'She put it bluntly: "..."'): adjectives after 'be' and manner adverbs.
_MANNER_WORDS = frozenset({
    "blunt", "bluntly", "clear", "clearly", "simple", "simply", "direct", "directly", "brief", "briefly", "short",
    "concise", "concisely", "succinct", "succinctly", "plain", "plainly", "emphatic", "emphatically", "firm", "firmly",
    "unequivocal", "unequivocally", "candid", "candidly", "frank", "frankly", "straightforward", "explicit",
    "explicitly", "categorical", "categorically", "curt", "curtly", "terse", "tersely", "defiant", "defiantly",
    "adamant", "forthright", "outspoken", "upbeat", "matter-of-fact", "to the point"})

#: Nouns of something said or written: as the subject of the clause before a colon they are the
#: source of the quotation after it ('The text of the request is very concise: "..."', 'His message was
#: simple: "..."', "The report's last paragraph sums it up: ..."); as the object of a person's verb the
#: person is ('The coach had a simple message: "..."', 'He added a warning; "..."').
_SAID_NOUNS = frozenset({
    "statement", "message", "letter", "text", "note", "release", "email", "e-mail", "tweet", "post", "memo",
    "communique", "communiqué", "announcement", "declaration", "response", "reply", "answer", "words", "remarks",
    "remark", "comment", "comments", "warning", "plea", "appeal", "verdict", "conclusion", "conclusions", "summary",
    "report", "draft", "document", "petition", "advice", "instruction", "instructions", "wording", "passage",
    "paragraph", "paragraphs", "section", "preface", "foreword", "introduction", "editorial", "article",
    "explanation", "retort", "rejoinder", "verdict", "motto", "slogan", "pledge", "promise", "vow"})

#: Nouns of a part of a text ("the report's concluding paragraphs"): as a fragment's head before a colon
#: ('The final paragraph:') they introduce no one's words.
_TEXT_PARTS = frozenset({"passage", "paragraph", "paragraphs", "section", "sections", "text", "wording", "part",
                         "preface", "foreword", "introduction", "conclusion", "conclusions", "summary", "page"})


def _noun_read_subject(t: Token) -> Token | None:
    """The subject of a finite verb the parser left without one: a noun or name right before it
    that the parser made its modifier ('Tel Aviv police report that ...', parsed with 'police' as a
    compound of 'report'), or its parsed subject; None otherwise."""
    prev = t.doc[t.i - 1] if t.i > 0 else None
    if prev is not None and prev.head.i == t.i and prev.dep_ == "compound" and prev.pos_ in ("NOUN", "PROPN"):
        return prev
    return next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)


def _cue_read_as_noun(ctx: _Context, t: Token) -> bool:
    """Whether a cue word the tagger read as a noun is the finite verb of its sentence (cues27).

    The word heads the sentence (the parse's root), is a present form of a lexicon verb that agrees
    with the noun before it, the verb's subject read as its modifier or subject (a plural noun before
    the base form: 'Reports state', 'media report'; a singular one before the -s form: 'Guardian
    Unlimited reports'), and it takes a finite clause with a subject of its own: a complement on
    either side ('Reports state that forces are ...', 'Troops are armed, media report.') or a clause
    with its own 'that' after it ('reports that the police have begun ...'). A noun phrase ('the
    police report', 'Police reports that the man was armed were false') is no root, or has no clause.
    """
    if t.dep_ != "ROOT" or t.tag_ not in ("NN", "NNS"):
        return False
    lemma, low = t.lemma_.lower(), t.lower_
    if ctx.cues.verbs.get(lemma) not in ("speech", "clause", "postposed") or low not in (lemma, lemma + "s", lemma + "es"):
        return False
    subj = _noun_read_subject(t)
    if subj is None or ctx.in_quote[subj.i]:
        return False
    plural = subj.tag_ in ("NNS", "NNPS")
    if plural != (low == lemma):
        return False  # no agreement: 'the Reuters report', 'government reports'
    return any(
        (c.dep_ == "ccomp" or c.dep_ == "acl" and c.i > t.i and _that_marked(c)) and _subject(c) is not None and not ctx.in_quote[c.i]
        for c in t.children
    )


def _said_noun(t: Token) -> bool:
    low = t.lower_
    return low in _SAID_NOUNS or t.lemma_.lower() in _SAID_NOUNS


def _colon_clause_cues(ctx: _Context, taken: set[int], contents: list[tuple[int, int]]) -> list[_Cue]:
    """A clause ending in a colon (or semicolon) that introduces what someone said, with no cue of its own.

    'The mayor was blunt: "..."', 'Her message to the board was simple: "..."', 'The coach had a short
    answer: "..."', 'The text of the request is very concise: ...', 'From their latest release: ...'. The
    clause gives the quotation's source when its subject can make a statement and its predicate says how
    it was said (`_MANNER_WORDS`) or names something said (`_SAID_NOUNS`, as object), or when its subject
    is itself something said or written (then that is the source, a document). The cue is ``quote_only``:
    it pairs only with a quotation right after the colon (:func:`newslab.quotes.extract._before_cue`).
    A quoted title after a colon ('The film's title: "Dark Water"') has no such clause.
    """
    doc = ctx.doc
    out: list[_Cue] = []
    if ":" not in ctx.text and ";" not in ctx.text:
        return out
    text = ctx.text
    at = sorted({ctx.token_at(m.start()) for m in re.finditer("[:;]", text)})
    for t in (doc[i] for i in at):
        if not t.text or set(t.text) - {":", ";"} or t.i == 0 or ctx.in_quote[t.i] or ctx.in_single[t.i]:
            continue
        prev = doc[t.i - 1]
        if prev.is_punct or prev.is_space or ctx.in_quote[prev.i] or prev.i in taken:
            continue
        sent = _sentence_of(ctx, prev.i)
        # The predicate of the clause that ends at the colon: the nearest verb above the last word.
        v = prev
        for _ in range(8):
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i or not sent.start <= v.head.i < t.i:
                break
            v = v.head
        as_follows = v.lower_ == "follows" and any(c.lower_ == "as" for c in v.children) and v.head.i != v.i and v.head.i < v.i
        if as_follows:
            v = v.head  # 'The statement read as follows:', 'He put it as follows:': the manner of the saying
        if any(ctx.in_quote[i] for i in range(sent.start, t.i)) or any(a <= v.i < b for a, b in contents):
            continue  # (a clause inside a reported one: 'He said the plan was simple: "..."' is his)
        cue = None
        if v.pos_ not in ("VERB", "AUX"):
            # 'From their February 13 release:', 'In a statement by the ministry:': a fragment whose
            # head noun is something said or written.
            if prev.pos_ == "NOUN" and _said_noun(prev) and prev.lower_ not in _TEXT_PARTS and (v.head.i == v.i or v.head.i > t.i) \
                    and not any(doc[i].pos_ in ("VERB", "AUX") for i in range(sent.start, t.i)):
                cue = _Cue(prev.i, prev.i + 1, "quote_only", prev, verb=None, path="colon")
        else:
            s = _subject(v)
            if s is not None and s.i < v.i:
                s = _resolve_relative(v, s)
                if v.i in taken and not as_follows and not (s.pos_ == "NOUN" and _said_noun(s)):
                    continue  # a cue of its own ('The mayor said:'); its subject is the speaker already
                manner = as_follows or any(c.lower_ in _MANNER_WORDS for c in v.children if c.dep_ in ("acomp", "advmod", "oprd") and c.i < t.i) or \
                    (prev.lower_ in _MANNER_WORDS and prev.head.i == v.i)
                said_object = next((c for c in v.children if c.dep_ in ("dobj", "attr") and c.i < t.i and _said_noun(c)), None)
                if s.pos_ == "NOUN" and _said_noun(s) and not ctx.in_quote[s.i]:
                    # 'Her message was simple', "The company's response was brief": words that are no
                    # document are their maker's ('The union's statement read' stays a document).
                    maker = next((c for c in s.children if c.dep_ == "poss"), None)
                    spoken = s.lower_ not in ctx.cues.document_heads and s.lemma_.lower() not in ctx.cues.document_heads
                    src = maker if spoken and maker is not None and _can_state(ctx, maker) else s
                    cue = _Cue(prev.i, prev.i + 1, "quote_only", src, verb=v, path="colon")
                elif (manner or said_object is not None) and not _said_noun(s) and _can_state(ctx, s) and s.lower_ not in ("it", "this", "that") \
                        and s.lemma_.lower() not in ctx.cues.document_heads and s.lemma_.lower() not in ctx.cues.evidence_heads:
                    cue = _Cue(prev.i, prev.i + 1, "quote_only", s, verb=v, path="colon")
        if cue is not None:
            cue.sem = "speech"
            out.append(cue)
    return out

#: Statement nouns whose frame is that of the verb they are made from ('accusations that ...' is a
#: stance as 'accused' is; 'demands that ...' a directive). Other statement nouns give `speech`;
#: the nouns of `belief_objects` and `belief_nouns` give `belief`.
_NOUN_VERBS = {"accusation": "accuse", "allegation": "allege", "announcement": "announce", "assertion": "assert", "statement": "state",
               "warning": "warn", "argument": "argue", "insistence": "insist", "admission": "admit", "denial": "deny",
               "prediction": "predict", "suggestion": "suggest", "demand": "demand", "claim": "claim", "promise": "promise",
               "pledge": "pledge", "threat": "threaten", "recommendation": "recommend", "request": "request", "finding": "find",
               "conclusion": "conclude", "estimate": "estimate", "report": "report", "assurance": "assure",
               "characterization": "describe", "characterisation": "describe"}


#: Statement nouns with an infinitive of their content ('call to withdraw', 'offer to send') -> frame.
_INFINITIVE_NOUNS = {"call": "directive", "demand": "directive", "request": "directive", "appeal": "directive", "plea": "directive",
                     "order": "directive", "warning": "directive", "promise": "speech", "pledge": "speech", "vow": "speech",
                     "threat": "speech", "offer": "speech", "pressure": "directive"}


def _subjunctive(v: Token) -> bool:
    """A clause in the subjunctive: a bare verb with no modal or tense auxiliary ('that the company
    reinstate the workers', 'that the budget be approved')."""
    if any(c.dep_ == "aux" for c in v.children):
        return False
    if v.tag_ == "VB":
        return True
    return v.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in v.children)


def _noun_clause_cue(ctx: _Context, n: Token, clause: Token, adjacent: bool = False) -> _Cue | None:
    """'Bush's announcement that ...', 'the claim by European leaders that ...', 'accusations by
    western governments that ...', 'a prosecutor's claim that ...': a statement noun with a
    that-clause of its content and an owner who is a source (its possessor, its 'by' object, or
    for a belief noun its 'of' object: 'the view of many analysts that ...') is a cue; the owner is
    the speaker and the clause the content. Without an owner it is a hedge ('There is concern
    that ...', optional in the guideline) and no row. Nouns: `speech_objects`, `belief_objects`,
    `belief_nouns` and those of :data:`_NOUN_VERBS`; 'the fact that ...' states nothing. Without
    an owner of its own, the subject of a verb of `statement_noun_verbs` that governs the noun
    owns it ('the company gave assurances that ...', 'put the board under pressure to ...').
    With ``adjacent`` the caller has found the clause right after the noun's phrase
    (:func:`_statement_noun_before`), wherever the parser hung it."""
    cues = ctx.cues
    lemma = n.lemma_.lower()
    belief = lemma in cues.belief_objects or n.lower_ in cues.belief_objects or lemma in cues.belief_nouns
    if not (belief or lemma in _NOUN_VERBS or lemma in _INFINITIVE_NOUNS or n.lower_ in cues.speech_objects):
        return None
    infinitive = _is_to_infinitive(clause)
    if infinitive and lemma not in _INFINITIVE_NOUNS:
        return None
    if not (infinitive or _finite(clause)) or (n.head.lemma_ == "be" and n.head.i != n.i and _unrealised(n.head)):
        return None  # 'It was not the minister's view that ...': a negated or hypothetical copula states no view
    if not infinitive and sum(1 for c in clause.children if c.dep_ == "mark" and c.i < clause.i) > 1:
        return None  # 'the conclusion that as the market grew, X ...': the parser took the adverbial clause for the content
    if not adjacent and clause.head.i != n.i and not (clause.head.head.i == n.i and clause.head.dep_ == "pobj") \
            and not (n.dep_ == "dobj" and clause.head.i == n.head.i and getattr(_object_before_clause(ctx.doc, n.head, clause.left_edge.i), "i", -1) == n.i):
        return None
    owner = next((c for c in n.children if c.dep_ == "poss" and c.i < n.i), None)
    path = "possessor"
    if owner is None:
        # 'U.S. allegations that ...', 'a Lebanese offer to ...', 'opposition calls to ...': a name,
        # a nationality or a source noun as the noun's modifier owns it.
        owner = next((c for c in n.children if c.i < n.i and ((c.dep_ in ("compound", "nmod") and c.pos_ in ("PROPN", "NOUN"))
                      or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE", "ORG"))) and c.ent_type_ not in ("DATE", "TIME")), None)
        path = "modifier"
        if n.lower_ in cues.document_heads:
            owner = None  # 'a U.S. report that ...' is a document's finding, its issuer no speaker (documents.md)
    with_verb = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "with" and n.head.dep_ == "prep" else None
    while with_verb is not None and with_verb.pos_ in ("NOUN", "PROPN") and with_verb.dep_ in ("pobj", "dobj") and with_verb.head.i != with_verb.i:
        # 'put his prestige on the line with assurances that ...': the parser hung the 'with' phrase
        # on a noun of the verb's own phrase.
        with_verb = with_verb.head.head if with_verb.dep_ == "pobj" else with_verb.head
    if owner is None and with_verb is not None and with_verb.pos_ == "VERB":
        # 'fired back with accusations that ...', 'tried to calm markets with assurances that ...':
        # a statement noun as the means of the governing verb is the subject's statement (not for
        # verbs whose 'with' names what they react to: 'agreed with claims that ...').
        v = with_verb
        if v.lemma_.lower() not in _WITH_ARGUMENT_VERBS and not _unrealised(v):
            owner, path = _subject(v), "subject"
            if owner is None:
                owner, path = _inherited_subject(v), "inherited"
            if owner is not None and (owner.dep_ == "nsubjpass" or owner.i > n.i):
                owner = None
            elif owner is not None:
                owner = _resolve_relative(v, owner)
    if owner is None:
        for p in n.children:
            if p.dep_ == "prep" and p.i < clause.i and (p.lower_ == "by" or (belief and p.lower_ == "of")):
                owner = next((g for g in p.children if g.dep_ == "pobj"), None)
                path = "agent"
                break
    if owner is None and not belief:
        # 'the characterisation of the event by Democrats': the parser hung the noun's 'by' phrase
        # on its of-object.
        of_obj = next((g for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
        by = next((p for p in of_obj.children if p.dep_ == "prep" and p.lower_ == "by" and p.i < clause.i), None) if of_obj is not None else None
        if by is not None:
            owner, path = next((g for g in by.children if g.dep_ == "pobj"), None), "agent"
    governor_frame = ""
    cited = owner is None and not infinitive and _cited_document(ctx, n)
    if cited:
        owner, path = n, "cited"  # 'He cited reports that ...': the reports speak (docs21)
    if owner is None and not (infinitive and n.lower_ in cues.document_heads):
        # (Not 'issued an executive order to ...': a document's issuer is no speaker, documents.md.)
        owner, governor_frame = _governing_owner(ctx, n)
        path = "governor"
    if owner is None or owner.lower_ in _FIRST_SECOND_PERSON or owner.lower_ in ("my", "our", "your", "its") or not (cited or _source_like(ctx, owner)):
        return None
    a, b = _subtree_range(clause)
    nxt = next((c for c in clause.children if c.dep_ == "conj" and c.tag_ == "VBG" and c.lemma_.lower() in cues.verbs
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    if nxt is not None:
        # 'fired back with accusations that Democrats are seeking X and saying that ...': a participle
        # cue joined to the clause is a second statement of its own, not more of the noun's content.
        b = min(b, next((c.i for c in clause.children if c.dep_ == "cc" and c.i < nxt.i and c.i > clause.i), nxt.i))
    content = _cap_at_sentence_end(ctx, _trim(ctx, a, b))
    if content[1] <= content[0] or not _has_verb(ctx.doc, *content):
        return None
    if governor_frame:
        sem = governor_frame
    elif infinitive:
        sem = _INFINITIVE_NOUNS[lemma]
    else:
        sem = "belief" if belief else "directive" if _subjunctive(clause) else cues.frame_of(_NOUN_VERBS.get(lemma, lemma))
    return _Cue(n.i, n.i + 1, "clause", owner, content=content, side="right", verb=n, sem=sem, path=path)


def _cited_document(ctx: _Context, n: Token) -> bool:
    """Whether ``n`` is a document noun that a verb of `citing_verbs` takes as object ('cited
    reports that ...', 'citing a study that ...') or, for 'point' and 'refer', as the object of
    'to' ('pointed to a report that ...'). Such a document is the source of its that-clause; the
    subject only passes it on (docs21). Not under a negated or hypothetical verb."""
    cues = ctx.cues
    if n.pos_ != "NOUN" or not (n.lower_ in cues.document_heads or n.lemma_.lower() in cues.document_heads):
        return False
    if n.dep_ == "dobj":
        g = n.head
    elif n.dep_ == "pobj" and n.head.lower_ == "to" and n.head.dep_ == "prep" and n.head.head.lemma_.lower() in ("point", "refer"):
        g = n.head.head
    else:
        return False
    return g.pos_ == "VERB" and g.lemma_.lower() in cues.citing_verbs and not _unrealised(g)


def _governing_owner(ctx: _Context, n: Token) -> tuple[Token | None, str]:
    """The owner of a statement noun that has none of its own: the subject of the verb of
    `statement_noun_verbs` that takes it as object ('the minister gave assurances that ...',
    'the union repeated warnings that ...') or, after that verb's own object, in a prepositional
    phrase after that verb's own object or after 'to'/'at' ('the council put the company under
    pressure to ...', 'the panel came to the conclusion that ...'); with the verb's frame ('' = the
    noun's). A negated or hypothetical verb, a passive one or a subject after the noun owns nothing."""
    verbs = ctx.cues.statement_noun_verbs
    g = None
    if n.dep_ == "dobj":
        g = n.head
    elif n.dep_ == "pobj" and n.head.dep_ == "prep" and (n.head.lower_ in ("to", "at") or any(c.dep_ == "dobj" and c.i < n.head.i for c in n.head.head.children)):
        g = n.head.head  # 'put the board under pressure to ...', 'came to the conclusion that ...'
    if g is None or g.pos_ not in ("VERB", "AUX") or g.lemma_.lower() not in verbs or _unrealised(g):
        return None, ""
    owner = _subject(g) or _inherited_subject(g)
    if owner is None or owner.dep_ == "nsubjpass" or owner.i > n.i:
        return None, ""
    return _resolve_relative(g, owner), verbs[g.lemma_.lower()]


def _statement_noun_before(ctx: _Context, that: int) -> Token | None:
    """The statement noun whose phrase ends right before the 'that' at ``that`` (or before a comma
    there), wherever the parser hung the clause: 'made no mention of claims by villagers that ...'
    (the clause on 'mention'), 'gave assurances to the nation that ...' (the clause on the verb,
    the addressee between). The phrase is the noun's words before the clause, and the prepositional
    phrases of its governing verb after it; the innermost such noun of the statement-noun classes,
    with no verb between it and the clause."""
    doc, cues = ctx.doc, ctx.cues
    sent = doc[that].sent
    end = that - 1
    if end > sent.start and doc[end].text == ",":
        end -= 1
    for j in range(end, sent.start - 1, -1):
        n = doc[j]
        if n.pos_ in ("VERB", "AUX"):
            return None  # 'a report by X that urged defeat of the bill on the grounds that ...': the clause is after a verb of its own
        if n.pos_ != "NOUN":
            continue
        low, lemma = n.lower_, n.lemma_.lower()
        if not (lemma in _NOUN_VERBS or low in cues.speech_objects or lemma in cues.belief_nouns or lemma in cues.belief_objects or low in cues.belief_objects):
            continue
        reach = max(i.i for i in n.subtree if i.i < that)
        g = n.head
        if n.dep_ in ("dobj", "pobj") and reach < end:
            for c in g.children:
                if c.dep_ in ("prep", "dative") and c.i == reach + 1:
                    reach = max(reach, c.right_edge.i)
        return n if reach == end else None
    return None


def _object_before_clause(doc: Doc, v: Token, i: int) -> Token | None:
    """The noun object of ``v`` that ends right before token ``i`` (the 'that' of a clause the
    parser hung on ``v``), or before a comma right before it: 'repeated [her statement] that',
    'questioned [the characterisation of the event by Democrats], that'."""
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < i), None)
    if obj is None:
        return None
    e = obj.right_edge.i
    return obj if e + 1 == i or (e + 2 == i and doc[e + 1].text == ",") else None


#: Verbs whose 'with' phrase names what they react to or deal with, not their own means ('agreed
#: with claims that ...', 'dealt with allegations that ...'): its statement noun is not the subject's.
_WITH_ARGUMENT_VERBS = frozenset({"agree", "disagree", "concur", "side", "deal", "cope", "grapple", "struggle", "wrestle", "contend",
                                  "reckon", "comply", "interfere", "tamper", "sympathise", "sympathize", "meet", "face", "confront",
                                  "charge", "credit", "flood", "bombard", "take", "have", "be", "compare", "associate", "identify",
                                  "disagree", "argue", "quarrel", "clash", "join", "unite", "align", "share", "help", "assist"})


#: Verbs of denial: 'denied allegations that ...' denies the allegation's content (its noun phrase is
#: the content, frame stance); the allegation is not the denier's.
_DENIALS = frozenset({"deny", "refute", "rebut"})


def _denial_cue(ctx: _Context, v: Token, n: Token, clause: Token) -> _Cue | None:
    if _unrealised(v) or not _finite(clause):
        return None
    speaker = _subject(v)
    path = "subject"
    if speaker is None:
        speaker, path = _inherited_subject(v), "inherited"
    if speaker is None or speaker.dep_ == "nsubjpass" or speaker.lower_ in _FIRST_SECOND_PERSON or speaker.lower_ in ("there", "this", "it"):
        return None
    speaker = _resolve_relative(v, speaker)
    content = _cap_at_sentence_end(ctx, _trim(ctx, n.left_edge.i, _subtree_range(clause)[1]))
    if content[1] <= content[0]:
        return None
    return _Cue(v.i, v.i + 1, "speech", speaker, content=content, side="right", verb=v, sem="stance", path=path)


def _noun_infinitive_cues(ctx: _Context, taken: set[int], inside: list[tuple[int, int]]) -> list[_Cue]:
    """'Jack Layton's call to withdraw the troops', 'a Lebanese offer to send troops': a statement
    noun of :data:`_INFINITIVE_NOUNS` with an infinitive of its content and an owner (see
    :func:`_noun_clause_cue`)."""
    doc = ctx.doc
    out: list[_Cue] = []
    for i in [i for i, lw in enumerate(ctx.lower_ids) if lw == _TO_HASH]:
        t = doc[i]
        cl = t.head
        n = cl.head
        adjacent = False
        if t.dep_ == "aux" and cl.dep_ in ("advcl", "xcomp") and n.pos_ == "VERB" and n.lemma_.lower() in ctx.cues.statement_noun_verbs:
            # 'put pressure on the council to act', 'renewed calls on the board to resign': the parser
            # hung the infinitive on the verb; it is the noun's when the verb's noun object is one of
            # the infinitive nouns and only the object's phrase and the verb's prepositional phrases
            # (the addressee) stand between them (cues20).
            obj = next((c for c in n.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < i), None)
            reach = obj.right_edge.i if obj is not None else -1
            while obj is not None and reach + 1 < i:
                p = next((c for c in n.children if c.dep_ == "prep" and c.i == reach + 1), None)
                if p is None:
                    break
                reach = p.right_edge.i
            if obj is None or reach + 1 != i:
                continue
            n, adjacent = obj, True
        elif t.dep_ != "aux" or cl.dep_ != "acl" or n.pos_ != "NOUN":
            continue
        if n.i >= i or n.i in taken or ctx.in_quote[n.i] or ctx.in_quote[i]:
            continue
        if n.lemma_.lower() in _INFINITIVE_NOUNS and not any(a <= n.i < b for a, b in inside):
            # (Not inside another cue's content: 'accused Bush of flip-flopping on his pledge to ...' is the accusation.)
            cue = _noun_clause_cue(ctx, n, cl, adjacent=adjacent)
            if cue is not None:
                out.append(cue)
                taken.add(n.i)
    return out


_TO_HASH = hash_string("to")


#: Verbs of giving information whose refusal 'X will / would not VERB ...' is a statement (R45):
#: the first set with any complement ('would not comment', 'will not say who ...'), the second
#: only with an object ('would not give any details', 'will not name the victims'), the third only
#: with a topic ('would not speak about troop withdrawals').
_REFUSED_INFO_VERBS = frozenset({"comment", "say", "elaborate", "confirm", "discuss", "disclose", "reveal", "specify", "detail", "explain", "answer", "respond", "divulge"})
_REFUSED_INFO_OBJECT_VERBS = frozenset({"give", "offer", "provide", "release", "publish", "name", "identify"})
_REFUSED_INFO_TOPIC_VERBS = frozenset({"speak", "talk"})
_REFUSAL_MODALS = frozenset({"will", "would", "wo"})
_REFUSED_VERBS = _REFUSED_INFO_VERBS | _REFUSED_INFO_OBJECT_VERBS | _REFUSED_INFO_TOPIC_VERBS
_REFUSED_VERB_KEYS = frozenset(hash_string(w) for w in _REFUSED_VERBS)
#: Objects of 'give / offer / provide / release / publish' that are information ('would not give any details').
_REFUSED_INFO_NOUNS = frozenset({
    "detail", "details", "comment", "information", "figure", "number", "name", "reason", "explanation", "answer",
    "specifics", "breakdown", "estimate", "timetable", "timeline", "date", "indication", "confirmation", "update",
    "account", "interview", "statement", "view", "opinion", "identity", "evidence", "data", "particular", "response"})


def _modal_refusal_cues(ctx: _Context, taken: set[int]) -> list[_Cue]:
    """'Wellington Airport will not comment on why ...', 'Alami would not give any details',
    'Police will not say to whom the letter was addressed': 'will not' / 'would not' / "won't"
    before a verb of giving information, in the writer's narration, is the source's refusal, a
    statement like 'declined to comment' (R45); the content is the refused verb phrase, the cue the
    modal and its negation. Plain negation ('did not say'), other modals ('could not say'), a
    conditional, a question, a verb inside another's clause ('said it would not comment'), and a
    subject that is no source give no row; 'give' and the like need an object ('would not give
    up'), 'speak' and 'talk' a topic ('will not speak at the summit')."""
    doc = ctx.doc
    out: list[_Cue] = []
    for i in [i for i, lm in enumerate(ctx.lemma_ids) if lm in _REFUSED_VERB_KEYS]:
        t = doc[i]
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or t.tag_ != "VB" or i in taken or ctx.in_quote[i] or ctx.in_single[i]:
            continue
        if not (t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT" and t.head.i < t.i)
                or (t.dep_ == "ccomp" and t.head.i > t.i and ctx.in_quote[t.head.i])):
            continue  # (the last: the parser hung the sentence on a verb of the quotation after it)
        aux = [c for c in t.children if c.dep_ in ("aux", "auxpass") and c.i < t.i]
        neg = [c for c in t.children if c.dep_ == "neg" and c.i < t.i]
        if len(aux) != 1 or aux[0].lower_ not in _REFUSAL_MODALS or len(neg) != 1 or neg[0].i < aux[0].i:
            continue
        if any(c.dep_ == "mark" for c in t.children) or doc[t.sent.end - 1].text == "?" or any(
                c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children) for c in t.children):
            continue  # 'if he would not say ...', 'If asked, she would not comment', 'Why will the council not comment?'
        if lemma in _REFUSED_INFO_OBJECT_VERBS and not any(
                c.dep_ == "dobj" and c.i > t.i and (lemma in ("name", "identify") or c.lemma_.lower() in _REFUSED_INFO_NOUNS) for c in t.children):
            continue  # 'would not give any details', 'will not name the victims'; not 'will not give the money to charity'
        if lemma in _REFUSED_INFO_OBJECT_VERBS and any(c.dep_ == "prt" for c in t.children):
            continue  # 'would not give up the seat', 'will not give in'
        if lemma in _REFUSED_INFO_TOPIC_VERBS and not any(c.dep_ == "prep" and c.lower_ in ("about", "on", "of") and c.i > t.i for c in t.children):
            continue
        speaker = _subject(t) or (_subject(t.head) if t.dep_ == "conj" else None)
        if speaker is None or speaker.i > t.i or not _source_like(ctx, speaker):
            continue
        # the refused verb phrase, without a coordinated verb ('... but stated that ...')
        # nor a participle set off after it (', saying, "..."')
        b = max([t.i] + [c.right_edge.i for c in t.children if c.i > t.i and c.dep_ not in ("conj", "cc", "punct")
                         and not (c.dep_ == "advcl" and doc[c.left_edge.i - 1].text == ",")]) + 1
        if any(ctx.in_quote[k] for k in range(t.i, b)):
            continue
        content = _cap_at_sentence_end(ctx, _trim(ctx, t.i, b))
        out.append(_Cue(aux[0].i, neg[0].i + 1, "refusal", speaker, content=content, side="right", verb=t, sem="speech"))
    return out


def _gerund_stance_cues(ctx: _Context, taken: set[int]) -> list[_Cue]:
    """'The senator has advocated cutting taxes', 'both parties oppose Britain joining the union',
    'the president spoke in favor of changing the law': a verb of `gerund_stance_verbs` with a
    gerund complement (open or with its own subject), or a verb of `gerund_stance_phrases` with
    'in favo(u)r of' / 'against' before a gerund, is the subject's stance; the content is the
    gerund clause. Negated, hypothetical and passive verbs and subjects that are no source give no row."""
    doc, cues = ctx.doc, ctx.cues
    out: list[_Cue] = []
    verbs, phrases = cues.gerund_stance_verbs, cues.gerund_stance_phrases
    keys = {hash_string(w) for w in verbs | phrases}
    for i in [i for i, lm in enumerate(ctx.lemma_ids) if lm in keys]:
        v = doc[i]
        if ctx.in_quote[i]:
            continue
        lemma = v.lemma_.lower()
        g, phrase = None, lemma in phrases
        if lemma in verbs:
            g = next((c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.i > i and c.tag_ == "VBG"), None)
        if g is None and phrase:
            for p in v.children:
                if p.dep_ != "prep" or p.i < i:
                    continue
                if p.lower_ == "in":
                    p = next((o for f in p.children if f.dep_ == "pobj" and f.lower_ in ("favor", "favour") for o in f.children if o.dep_ == "prep" and o.lower_ == "of"), p)
                if p.lower_ in ("against", "of"):
                    g = next((c for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
                if g is not None:
                    break
        # (A say-type verb's own cue without content gives way to this one: 'spoke in favor of ...'.)
        if g is None or ctx.in_quote[g.i] or (i in taken and not phrase) or v.pos_ != "VERB" or _unrealised(v):
            continue
        speaker = _subject(v)
        path = "subject"
        if speaker is None:
            speaker, path = _inherited_subject(v), "inherited"
        if speaker is None or speaker.dep_ == "nsubjpass" or speaker.i > v.i or speaker.lower_ in _FIRST_SECOND_PERSON or speaker.lower_ in ("there", "this", "it"):
            continue
        speaker = _resolve_relative(v, speaker)
        if not _source_like(ctx, speaker):
            continue
        content = _cap_at_sentence_end(ctx, _trim(ctx, *_subtree_range(g)))
        if content[1] <= content[0] or ctx.in_quote[content[0]]:
            continue
        taken.add(v.i)
        out.append(_Cue(v.i, v.i + 1, "clause", speaker, content=content, side="right", verb=v, sem="stance", path=path))
    return out


def _that_clause_cues(ctx: _Context, taken: set[int]) -> list[_Cue]:
    # ``taken``: the tokens of the cues found so far (their verbs and cue words), never cued twice.
    """'Military investigations determined that ...', 'the union maintains that ...': a verb the
    lexicon does not list is a cue when its own subject is a source (a name, a person, a group, an
    organisation, an outlet, a body of evidence or a document) and it takes a finite clause
    introduced by 'that'. The verb's meaning is not looked up: the construction 'SOURCE VERB that
    CLAUSE' presents the clause as the source's. Verbs whose that-clause is no statement of the
    subject ('ensure that', 'mean that', 'require that': cues.json `non_attribution_that_verbs`),
    negated, hypothetical and passive verbs are left out. The frame is `evidence` for a body of
    evidence or a finding document, `belief` for a verb form of a belief adjective or noun
    ('concerned', 'fears'), else `that_verb_frames` with the default `speech`."""
    doc, cues = ctx.doc, ctx.cues
    out: list[_Cue] = []
    for i in [i for i, lw in enumerate(ctx.lower_ids) if lw == _THAT_HASH]:
        t = doc[i]
        if t.dep_ != "mark" or ctx.in_quote[i] or ctx.in_single[i]:
            continue
        cl = t.head
        v = cl.head
        if v.pos_ == "VERB" and cl.dep_ in ("ccomp", "advcl") and (obj := _object_before_clause(doc, v, i)) is not None \
                and (cl.dep_ == "ccomp" or obj.lemma_.lower() in _NOUN_VERBS or obj.lower_ in cues.speech_objects or obj.lemma_.lower() in cues.belief_nouns):
            # 'repeated her statement that ...', 'questioned the characterisation of the event by
            # Democrats, that ...': the parser hung the noun's clause (after its modifiers and a
            # comma) on the verb.
            v = obj
        if v.pos_ == "NOUN" and v.dep_ == "dobj" and v.head.lemma_.lower() in _DENIALS and cl.dep_ in ("acl", "ccomp", "appos", "relcl") \
                and not ctx.in_quote[v.i] and (v.lemma_.lower() in _NOUN_VERBS or v.lower_ in cues.speech_objects):
            # 'X denied allegations that ...': X's denial, whose content is the allegation (the noun phrase).
            cue = _denial_cue(ctx, v.head, v, cl)
            if cue is not None:
                out.append(cue)
                taken.add(v.head.i)
        sn = _statement_noun_before(ctx, i) if cl.dep_ in ("acl", "ccomp", "appos", "relcl", "advcl") and cl.head.i < i else None
        if sn is not None and sn.i != v.i and sn.i not in taken and not ctx.in_quote[sn.i] \
                and (v.pos_ not in ("VERB", "AUX") or (sn.dep_ == "dobj" and sn.head.i == v.i and _object_before_clause(doc, v, i) is None)):
            # The clause hung on another word than the statement noun it follows ('made no mention
            # of claims by villagers that ...', 'gave assurances to the nation that ...').
            cue = _noun_clause_cue(ctx, sn, cl, adjacent=True)
            if cue is not None:
                out.append(cue)
                taken.add(sn.i)
                continue
        if v.pos_ in ("NOUN", "PROPN") and (cl.dep_ in ("acl", "ccomp", "appos", "relcl") or (cl.dep_ == "advcl" and cl.head.i == v.head.i)) and v.i < t.i and not ctx.in_quote[v.i] and v.i not in taken:
            cue = _noun_clause_cue(ctx, v, cl)
            if cue is None and v.dep_ == "pobj" and v.head.lower_ in ("by", "of") and v.head.head.pos_ == "NOUN":
                # 'the claim by European leaders that ...': the parser hung the clause on the owner.
                cue = _noun_clause_cue(ctx, v.head.head, cl) if v.head.head.i not in taken else None
            if cue is not None:
                out.append(cue)
            continue
        if cl.dep_ != "ccomp" or v.i >= t.i or v.i in taken or v.pos_ != "VERB" or ctx.in_quote[v.i]:
            continue
        if doc[i - 1].pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            continue  # 'apologised for the rift that his remarks caused': a relative 'that' read as a clause mark
        lemma = v.lemma_.lower()
        if lemma in cues.verbs or lemma in cues.phrasal or lemma in cues.non_attribution_that_verbs or not _finite(cl):
            continue
        if any(c.dep_ in ("dobj", "dative") for c in v.children):
            continue  # 'convinced them that', 'made it clear that': an object between verb and clause
        s = _subject(v)
        if s is None or s.dep_ != "nsubj" or s.i > v.i:
            continue
        holder = _resolve_relative(v, s)
        # (Not any document: 'state law mandates that ...' states a provision, optional in the guideline.)
        evidence = _is_evidence(ctx, holder) or _finding_document(ctx, holder)
        if not (evidence or _source_like(ctx, holder)):
            continue
        if holder.lower_ in cues.media_head_needs_name and not any(c.dep_ in ("compound", "poss") or c.pos_ == "PROPN" for c in holder.children):
            continue  # 'news broke that ...': 'news' alone names no outlet
        cue = _verb_cue(ctx, v, "clause", v.i + 1, lemma)
        if cue is None or cue.content is None or cue.side != "right" or cue.speaker is None or cue.speaker.i != holder.i:
            continue
        if evidence:
            cue.sem = "evidence"
        elif v.lower_ in cues.belief_adjectives or lemma in cues.belief_objects:
            cue.sem = "belief"  # 'opposition parties concerned that ...', 'residents fear that ...'
        elif _subjunctive(cl):
            cue.sem = "directive"  # a subjunctive clause is what the source wants done ('moved that the bill be read')
        else:
            cue.sem = cues.that_verb_frames.get(lemma, "speech")
        cue.path = "that_clause"
        taken.add(v.i)
        out.append(cue)
    return out


_POSSESSIVES = frozenset({"his", "her", "their", "its"})
_WORDS_HASH = hash_string("words")


def _in_words_cues(ctx: _Context) -> list[_Cue]:
    """'in his words' / 'in her own words' set off inside a clause: the rest of the clause is
    the source's (like 'in the words of X', guideline Q6); the possessive is the speaker.
    'in other words' is the writer's."""
    doc = ctx.doc
    out = []
    # Only the tokens whose lower-case form is 'words' (read from the per-Doc arrays, not a Token per word).
    for i in [i for i, lw in enumerate(ctx.lower_ids) if lw == _WORDS_HASH]:
        t = doc[i]
        if t.i < 2 or ctx.in_quote[t.i]:
            continue
        j = t.i - 1
        if doc[j].lower_ == "own":
            j -= 1
        if j < 1 or doc[j].lower_ not in _POSSESSIVES or doc[j - 1].lower_ != "in":
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("of", "to", "about", "on"):
            continue  # 'in his words to the court': a noun phrase of its own ('in the words of' has its own rule)
        cue = _prep_cue(ctx, j - 1, t.i + 1, doc[j])
        if cue.side == "right":
            out.append(cue)
    return out


_ING_CACHE: dict[int, dict[int, str]] = {}


def _ing_forms(cues: Cues) -> dict[int, str]:
    """Hashes of the '-ing' forms of say-type cue verbs -> the verb ('warning' -> 'warn', 'admitting' -> 'admit')."""
    key = id(cues.verbs)
    if key not in _ING_CACHE:
        forms: dict[int, str] = {}
        for lemma, construction in cues.verbs.items():
            if construction not in ("speech", "clause") or " " in lemma:
                continue
            words = {lemma + "ing"}
            if lemma.endswith("e") and not lemma.endswith("ee"):
                words.add(lemma[:-1] + "ing")  # argue -> arguing
            if len(lemma) >= 3 and lemma[-1] in "bdglmnprt" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
                words.add(lemma + lemma[-1] + "ing")  # admit -> admitting
            for w in words:
                forms[hash_string(w)] = lemma
        _ING_CACHE[key] = forms
    return _ING_CACHE[key]


#: Suffixes of agent nouns that can hold a participial cue ('campaigners warning that ...').
_AGENT_SUFFIXES = ("ers", "ors", "ists", "ians", "ants", "er", "or", "ist", "ian", "men", "man", "woman", "women", "people")


def _phrase_ending_before(ctx: _Context, v: Token) -> Token | None:
    """The head of the longest noun phrase that ends right before ``v``, after the last comma or quotation.

    'an attorney for the professors who sued ORU said' -> 'attorney'; None when the words before
    the verb are no such phrase or name no source.
    """
    doc = ctx.doc
    j = v.i - 1
    if j < 0 or doc[j].is_punct or ctx.in_quote[j]:
        return None
    k = j
    while k > 0 and not (doc[k - 1].is_punct or doc[k - 1].is_space or ctx.in_quote[k - 1]) and v.i - k < 15:
        k -= 1
    heads = [t for t in doc[k:v.i] if t.pos_ in ("NOUN", "PROPN") and t.left_edge.i >= k and t.right_edge.i == j]
    best = min(heads, key=lambda t: t.left_edge.i, default=None)
    return best if best is not None and _source_like(ctx, best) else None


def _added_into(ctx: _Context, v: Token, obj: Token) -> bool:
    """Whether 'add' with the object of 'to'/'into' before a subject-less clause is the verb of
    adding things, not of speech: 'Earmarks added into the bailout bill included $192 million ...',
    'Measures added to the bill include ...' (a reduced relative the parser made the main verb;
    the clause is the sentence's predicate). A source that adds something to an audience still
    speaks: 'The minister added to reporters the plan had failed' (a 'that' clause is never read
    so); 'into'/'onto' always add things."""
    if v.lemma_.lower() != "add" or obj.dep_ != "pobj" or obj.head.lower_ not in ("to", "into", "onto") or obj.head.head.i != v.i:
        return False
    if obj.head.lower_ != "to":
        return True  # nobody speaks 'into' an audience
    subject = _subject(v)
    return subject is None or not _source_like(ctx, subject)


def _source_like(ctx: _Context, t: Token) -> bool:
    """Whether a noun can be the source of a statement: a name, a pronoun, a person, an organisation or an outlet."""
    cues = ctx.cues
    if t.lower_ in ("one", "ones"):
        return False  # 'the one saying that ...' stands for a noun named before, often not a source
    if t.ent_type_ in ("DATE", "TIME"):
        return False  # 'issued a statement Saturday saying ...': a day cannot speak
    if t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return t.lower_ not in ("it", "this", "that", "which")
    lemma, low = t.lemma_.lower(), t.lower_
    heads = (cues.anonymous_heads, cues.organization_heads, cues.person_heads, cues.media_heads, cues.titles)
    return any(lemma in h or low in h for h in heads) or (t.pos_ == "NOUN" and low.endswith(_AGENT_SUFFIXES) and low not in cues.document_heads)


def _noun_participle_cue(ctx: _Context, t: Token, lemma: str) -> _Cue | None:
    """'with shop owners on the harbour front warning that it will ...': a participle read as a noun.

    The cue needs a finite clause right after it (its own clausal child, or a 'that' clause
    the parser hung on an earlier verb); 'warning signs' and 'a warning that was issued' give none
    (a noun with a subject-less holder or a determiner of its own is no participle).
    """
    doc = ctx.doc
    if any(c.dep_ == "det" and c.i < t.i and c.lower_ in ("a", "an", "this", "that", "these", "those", "its", "his", "her", "their") and not any(g.pos_ in ("NOUN", "PROPN") for g in doc[c.i + 1 : t.i]) for c in t.children):
        return None  # 'a warning that ...', 'their warning that ...': the noun, whose holder is elsewhere
    clause = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i and _finite(c)), None)
    if clause is None and t.i + 1 < len(doc):
        nxt = doc[t.i + 1]
        # A complementizer (not a relative pronoun): its clause is the participle's, wherever it hangs.
        if nxt.lower_ == "that" and nxt.dep_ == "mark" and nxt.head.dep_ in ("ccomp", "acl", "advcl") and nxt.head.i > t.i and _finite(nxt.head):
            clause = nxt.head
    if clause is None or ctx.in_quote[clause.i] or _unrealised(t):
        return None
    speaker = _subject(t) or _participle_holder(ctx, t)
    if speaker is None or speaker.lower_ in _FIRST_SECOND_PERSON:
        return None
    a = max(clause.left_edge.i, t.i + 1)
    content = _cap_at_sentence_end(ctx, _trim(ctx, a, clause.right_edge.i + 1))
    if content[1] - content[0] < 2:
        return None
    sem = _sem_frame(ctx, t, lemma, "speech", speaker, content)
    return _Cue(t.i, t.i + 1, "speech", speaker, content=content, side="right", verb=t, sem=sem, path="inherited")


def _question_holder(ctx: _Context, s: Token) -> Token | None:
    """The source behind an embedded question whose subject a participial cue inherited.

    'An eyewitness described how the attack unfolded, stating "..."': the parser hung
    'stating' on 'unfolded', whose subject ('the attack') cannot speak; the statement is
    the eyewitness's, who described how it unfolded (the subject of the verb governing the
    question, or the noun it hangs on when the parser lost that verb).
    """
    clause = s.head
    if clause.i == s.i or not any(c.tag_ in ("WRB", "WP") and c.i < s.i for c in clause.children):
        return None
    g = clause.head
    if g.i == clause.i:
        return None
    holder = _subject(g) if g.pos_ in ("VERB", "AUX") else g
    if holder is None and g.dep_ == "acl" and g.head.pos_ in ("NOUN", "PROPN"):
        holder = g.head  # 'An eyewitness described ...' parsed as a noun with a reduced relative
    if holder is not None and holder.i < clause.i and _source_like(ctx, holder):
        return holder
    return None


#: Nouns for what someone says or thinks in reply, whose owner is the speaker of a participle
#: that inherits them as its subject ('His first reaction was ..., saying').
_REACTION_NOUNS = frozenset({"reaction", "response", "reply", "answer", "retort", "view", "position", "stance", "opinion", "verdict", "assessment", "explanation", "argument", "conclusion", "advice", "comment", "remark"})


def _possessor_holder(ctx: _Context, s: Token) -> Token | None:
    """The owner of a reaction that a participial cue inherited as its subject: 'His immediate
    reaction was that ..., saying "..."' is his statement. Only a noun of
    :data:`_REACTION_NOUNS` that names no document ('the company's statement saying' is the
    statement's), owned by a name or a personal possessive; None otherwise."""
    cues = ctx.cues
    if s.pos_ != "NOUN" or s.lemma_.lower() not in _REACTION_NOUNS or s.lemma_.lower() in cues.document_heads or s.lower_ in cues.document_heads:
        return None  # "Mata's sentence was upheld by the court but stayed it stating": not Mata's words
    owner = next((c for c in s.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.lower_ in ("his", "her", "their") or owner.pos_ == "PROPN" and _source_like(ctx, owner)):
        return None
    return owner


def _cue_object_actor(ctx: _Context, v: Token, holder: Token) -> Token | None:
    """The subject of a cue verb whose object hides the noun a participial cue was hung on.

    'Susan Schwab urged renewal of the trade authority warning that ...', 'Greenpeace condemned
    the expansion of the airport arguing that ...': without a comma the parser hangs the
    participle on the last noun, the complement of an 'of' phrase in the object of a verb
    that is itself a statement ('urged', 'condemned'). That noun is what the act is about,
    not a second source; the participle goes on with the act of the verb's subject.
    Only a common noun (a name there may be quoted: 'the report of the commission
    saying ...' stays the commission's) under an object that is neither a document nor a
    person, and only a named or source-like subject; None otherwise.
    """
    cues = ctx.cues
    if v.dep_ != "acl" or holder.dep_ != "pobj" or holder.pos_ != "NOUN" or holder.ent_type_:
        return None
    of = holder.head
    obj = of.head
    if of.lower_ != "of" or of.dep_ != "prep" or obj.dep_ != "dobj" or obj.pos_ != "NOUN":
        return None
    heads = (cues.document_heads, cues.anonymous_heads, cues.organization_heads, cues.person_heads, cues.media_heads, cues.titles)
    if obj.ent_type_ or any(obj.lemma_.lower() in h or obj.lower_ in h for h in heads):
        return None  # 'a letter of the ministry warning ...', 'the members of the board saying ...'
    verb = obj.head
    if verb.pos_ != "VERB" or not (verb.lemma_.lower() in cues.verbs or verb.lemma_.lower() in cues.frames):
        return None  # 'opposed', 'welcomed': a stance is a statement too
    subj = _subject(verb)
    if subj is None or subj.dep_ != "nsubj" or not _source_like(ctx, subj):
        return None
    return subj


def _participle_holder(ctx: _Context, v: Token) -> Token | None:
    """Who a participial cue clause without a subject belongs to.

    'with shop owners on the harbour front warning that ...' (the tagger read 'warning' as a
    noun in a prepositional phrase), 'The bridge closed, engineers adding that ...' (the
    participle hangs on its noun): the noun the participle follows. A participle hung on a
    noun that cannot speak ('sent a message in response saying that ...') belongs to the
    subject of the verb that governs that noun.
    """
    doc = ctx.doc
    holder = None
    if v.dep_ == "acl" and v.head.i < v.i and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
        holder = v.head
    elif v.pos_ == "NOUN":
        j = v.left_edge.i - 1
        if j >= 0 and doc[j].pos_ == "ADP" and v.head.i == j:
            j -= 1  # the parser made the participle the object of the holder's own prepositional phrase
        if j >= 0 and doc[j].pos_ in ("NOUN", "PROPN"):
            holder = doc[j]
            while holder.dep_ == "compound" and holder.head.i > holder.i:
                holder = holder.head
    if holder is None:
        return None
    actor = _cue_object_actor(ctx, v, holder)
    if actor is not None:
        return actor
    if _source_like(ctx, holder):
        return holder
    g = holder
    if g.dep_ == "pobj" and g.head.dep_ == "prep":
        g = g.head
    if g.dep_ in ("dobj", "prep") and g.head.pos_ in ("VERB", "AUX"):
        s = _subject(g.head)
        if s is not None and s.dep_ == "nsubj" and _source_like(ctx, s):
            return s
    return None


#: Openings of the writer's comparison after a statement (', well short of the £50 million ...').
_COMPARISONS = (("short", "of"), ("compared", "with"), ("compared", "to"), ("in", "contrast", "to"), ("in", "contrast", "with"))
_WH = frozenset({"which", "what", "who", "whom"})


#: Determiners of a quantified holder ('most economists', 'many analysts', 'some experts').
_QUANTIFIERS = frozenset({"most", "many", "some", "few", "several", "all", "any", "much", "numerous", "no"})


def _generic_holder(subj: Token | None) -> bool:
    """Whether a belief's holder is nobody in particular: a quantified or bare plural noun ('which
    most economists believe began in 2008', 'which scientists think is caused by ...'). A belief
    in a relative clause with such a holder is the writer's background; one of a named or
    referring source ('a ceremony which he hopes will ...', 'a move that the union hopes will
    ...') is that source's statement (cues22; R32)."""
    if subj is None:
        return True
    if subj.pos_ == "PRON":
        return subj.lower_ in ("one", "everyone", "everybody", "anyone", "anybody", "nobody", "someone", "somebody", "many", "most", "some", "few", "all")
    if subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    dets = [c for c in subj.children if c.dep_ in ("det", "amod", "nummod", "poss", "predet") and c.i < subj.i]
    if any(c.lower_ in _QUANTIFIERS for c in dets):
        return True
    return subj.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in dets)


def _relative_subject(doc: Doc, content: tuple[int, int]) -> bool:
    """Whether the reported clause's subject is a relative pronoun before it ('the recession, which most economists believe began in 2008')."""
    a, b = content
    roots = [doc[i] for i in range(a, b) if not (a <= doc[i].head.i < b) or doc[i].head.i == i]
    # 'what' is a free relative ('despite what he says are roadblocks': the statement is whole);
    # 'which' and 'who' stand for a noun outside the span, so the clause lacks its subject.
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "who", "that") and c.i < a for r in roots for c in r.children)


def _cut_writer_tail(ctx: _Context, content: tuple[int, int]) -> tuple[int, int]:
    """End a reported clause before the writer's own words at its end (guideline Q2).

    After a comma, running to the end of the clause: an apposition that introduces a named
    person ('... investigate Hunter Biden, the son of Joe Biden, who served ...'; '... a
    victory by Morton, a social conservative ...'); a relative clause that reports somebody
    else's view ('... the recession, which most economists believe began in 2008'; '..., in
    what CNN's Dan Rivers described as ...'); the writer's comparison ('£30 million, well
    short of the £50 million the council had hoped for'). And an adverbial of the reporting
    act ('he died in Britain without elaborating').
    """
    doc, cues = ctx.doc, ctx.cues
    a, b = content
    if b - a < 4:
        return content
    last = doc[b - 1]
    if last.tag_ == "VBG" and doc[b - 2].lower_ == "without" and (last.lemma_.lower() in cues.refusal_complements or last.lemma_.lower() in cues.verbs):
        return _trim(ctx, a, b - 2)
    second = _second_report(ctx, a, b)
    if second is not None:
        # First, as the cuts below may stop inside the second report ('and the mayor went further,
        # saying that ...': the participle would be cut and the mayor's clause left in).
        return _cut_writer_tail(ctx, _trim(ctx, a, second))
    for i in range(a + 2, b - 1):
        if doc[i].text != "," or ctx.in_quote[i]:
            continue
        j = i + 1
        while j < b and doc[j].lower_ in ("well", "far", "just", "way", "only"):
            j += 1
        words = tuple(doc[k].lower_ for k in range(j, min(b, j + 3)))
        if any(words[: len(c)] == c for c in _COMPARISONS):
            return _trim(ctx, a, i)
        if _time_of_saying(doc, i + 1, b) or _occasion_of_saying(ctx, i + 1, b):
            return _trim(ctx, a, i)
        first = doc[i + 1]
        wh = first if first.lower_ in _WH else (doc[i + 2] if first.pos_ == "ADP" and doc[i + 2].lower_ in _WH else None)
        if wh is not None:
            top = wh
            while top.head.i != top.i and i < top.head.i < b:
                top = top.head
            if top.right_edge.i < b - 2:
                continue  # the relative clause ends before the statement does ('X, which is ..., renders Y')
            reporter = next((t for t in top.subtree if t.pos_ == "VERB" and cues.verbs.get(t.lemma_.lower()) not in (None, "quote_only", "np_quote")
                             and any(c.dep_ == "nsubj" and c.lower_ not in _WH and c.i > wh.i for c in t.children)), None)
            if reporter is not None:
                return _trim(ctx, a, i)
            continue
        if _result_comment(ctx, i, b) or _speech_participle(ctx, i, b):
            return _trim(ctx, a, i)
        named = doc[i - 1]
        ap = next((c for c in named.children if c.dep_ == "appos" and c.i > i), None)
        if ap is not None and (named.ent_type_ == "PERSON" or named.pos_ == "PROPN") and ap.pos_ == "NOUN" and ap.left_edge.i == i + 1 and not _has_verb(doc, i + 1, min(b, ap.i + 1)):
            if ap.right_edge.i >= b - 2 or _described_further(doc, ap.right_edge.i + 1, b):
                return _trim(ctx, a, i)
    nxt = _next_reporting_act(ctx, a, b)
    if nxt is not None:
        return _trim(ctx, a, nxt)
    cut = _background_appositive(ctx, a, b)
    if cut is None:
        cut = _background_participle(ctx, a, b)
    if cut is None:
        cut = _dating_clause(ctx, a, b)
    return _trim(ctx, a, cut) if cut is not None else content


def _infinitive(t: Token) -> bool:
    """Whether ``t`` is a to-infinitive ('to attend', 'to go away')."""
    return t.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" and c.i < t.i for c in t.children)


#: Implicative verbs (Karttunen 1971): their infinitive is an act done or not done, not one still to come
#: ('failed to follow the rules', 'managed to escape', 'took two weeks to intercept').
_IMPLICATIVES = frozenset({"fail", "manage", "neglect", "forget", "remember", "bother", "dare", "happen", "take"})


def _dating_clause(ctx: _Context, a: int, b: int) -> int | None:
    """Where the writer's 'when' clause dating the telling starts, after an unrealised act (ends28).

    A 'when' clause in the plain past with a subject of its own ('when they met in Australia in
    August', 'when they were announced in March'), running to the end, after a to-infinitive of
    the statement: the act the source plans, orders or calls necessary ('told Hu that he planned
    to attend the ceremony', 'ordered the crowds to go away', 'claimed the cuts were necessary to
    spend more on programming'). An infinitive names an act not yet done when it is told about,
    and a plain-past 'when' makes its clause simultaneous with a completed event, so the clause
    cannot date that act: it dates the telling. Not a clause in the present or the past perfect
    ('plans to find evidence when they interview insurgents': the source's own condition), not a
    reduced clause without a subject ('agreed to provide the data when asked'), not a clause on a
    finite verb ('died when a boat sank'), not after an infinitive whose verb is implicative or in
    the perfect ('had failed to observe the protocol when he approached', 'criticised them for
    failing to follow the rules when they made no attempt to ...': a completed act, as reported), and
    not 'after' (a sequence or a measured span is the source's: 'took two weeks to intercept the
    vessel after it entered Australian waters'; the gold keeps 11 of 16 final 'after' clauses).
    Returns the index to end before (a comma before the clause is left out too).
    """
    doc = ctx.doc
    advcl, deps = doc.vocab.strings["advcl"], ctx.dep_ids
    for i in range(max(a + 2, 0), min(b, len(deps))):
        if deps[i] != advcl:  # the label array first: a Token only for adverbial clauses
            continue
        w = doc[i]
        first = doc[w.left_edge.i]
        if first.lower_ != "when" or not (first.dep_ == "advmod" and first.head.i == w.i) or not (a + 1 < first.i):
            continue
        if w.right_edge.i < b - 2 or ctx.in_quote[w.i]:
            continue
        aux = [c for c in w.children if c.dep_ in ("aux", "auxpass")]
        past = (w.tag_ == "VBD" and not aux) or (w.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ == "VBD")
        if not past or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in w.children):
            continue
        h = w.head
        if not (a <= h.i < first.i):
            continue
        inf = h if _infinitive(h) else next((c for c in h.children if c.dep_ == "xcomp" and _infinitive(c) and c.right_edge.i < first.i), None)
        if inf is None or inf.i < a:
            continue
        gov = inf.head
        if a <= gov.i < b and (gov.lemma_.lower() in _IMPLICATIVES or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in gov.children)):
            continue  # 'for failing to follow the rules when they made no attempt to ...': a completed act, as reported
        end = first.i
        while end > a and doc[end - 1].text == ",":
            end -= 1
        return end
    return None


def _speech_participle(ctx: _Context, comma: int, b: int) -> bool:
    """Whether the tokens after ``comma`` up to ``b`` are the speaker's next speech act (guideline Q2).

    A reporting verb's participle with no subject of its own, set off by a comma and running
    to the end: '..., adding that no deadline had been set', '..., citing tough challenges
    ahead', '..., hinting that it may liquidate ...'. It reports how the source went on, not
    what the source said; measured on every annotated set, the gold ends the statement before
    it 10 times out of 10 (docs/quote-spans.md, 0.8.0). Not a result participle (', adding to
    four months of losses': :func:`_result_comment`), and not inside a quotation.
    """
    doc = ctx.doc
    p = doc[comma + 1] if comma + 1 < b else None
    if p is None or p.tag_ != "VBG" or p.dep_ not in ("advcl", "acl", "conj", "xcomp") or ctx.in_quote[p.i] or p.left_edge.i != p.i:
        return False
    frame = ctx.cues.verbs.get(p.lemma_.lower())
    if frame is None or frame == "np_quote":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in p.children) or any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in p.children):
        return False
    # What it reports: a clause or a quotation ('adding that ...', 'saying "..."'); a verb that
    # only quotes takes its grounds as object ('citing tough challenges'). Not 'adding four
    # networks' (what the change was: part of the report).
    said = any(c.dep_ in ("ccomp", "xcomp") for c in p.children) or (p.i + 1 < b and (doc[p.i + 1].is_quote or doc[p.i + 1].text == ":"))
    said = said or (frame == "quote_only" and any(c.dep_ == "dobj" for c in p.children))
    # 'say A, citing B, and that C': a second that-clause of the cue after the participle keeps
    # the statement whole (the parse hung it on the participle).
    second = any(doc[j].lower_ in ("and", "but") and doc[j + 1].lower_ == "that" for j in range(p.i + 1, b - 1))
    return said and not second and p.right_edge.i >= b - 2


def _next_reporting_act(ctx: _Context, a: int, b: int) -> int | None:
    """Where the speaker's next reporting act, joined by 'and'/'but', starts inside a reported clause.

    A reporting verb in the simple past with no subject of its own, coordinated with a verb of
    the clause that is not a simple past ('said that he "would not lead the comeback", and
    announced his resignation'; 'said no police officers were injured and confirmed ...'): a
    report after a past cue is backshifted, so a plain past verb cannot share the clause's
    auxiliary; it is the speaker's (the outer subject's) next act. The gold ends the statement
    before it 11 times out of 11 (docs/quote-spans.md, 0.8.0). Returns the token index to end
    before (the 'and' and a comma before it are left out), or None.
    """
    doc = ctx.doc
    conj, deps = doc.vocab.strings["conj"], ctx.dep_ids
    for i in range(max(a + 1, 0), min(b, len(deps))):
        if deps[i] != conj:  # the label array first: a Token only for conjuncts
            continue
        k = doc[i]
        if k.pos_ not in ("VERB", "AUX") or ctx.in_quote[k.i] or not (a <= k.head.i < k.i):
            continue
        h = k.head
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in k.children) or any(c.dep_ == "mark" for c in k.children):
            continue
        cc = next((c for c in h.children if c.dep_ == "cc" and h.i < c.i < k.i and not ctx.in_quote[c.i]), None)
        if cc is None:
            continue
        if _contrasted_act(ctx, k, cc):
            pass  # ', but did not specify ...', ', but also praised ...': the speaker's next act
        elif k.tag_ != "VBD" or ctx.cues.verbs.get(k.lemma_.lower(), "quote_only") in ("quote_only", "np_quote"):
            continue
        elif h.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in h.children):
            continue  # 'exited the hall and continued to attack': both in the one past, one clause
        end = cc.i
        while end > a and (doc[end - 1].text == "," or doc[end - 1].is_space):
            end -= 1
        return end if end > a else None
    for k in doc[a + 1:b]:
        # 'estimates that it will cost $1 billion to implement the card and claims that ...': a
        # reporting verb the outer speaker goes on with (:func:`_outer_cue_subject`) ends the clause too.
        if k.dep_ != "conj" or not (a <= k.head.i < k.i) or ctx.in_quote[k.i] or _outer_cue_subject(ctx, k) is None:
            continue
        cc = next((c for c in k.head.children if c.dep_ == "cc" and k.head.i < c.i < k.i and not ctx.in_quote[c.i]), None)
        if cc is None:
            continue
        end = cc.i
        while end > a and (doc[end - 1].text == "," or doc[end - 1].is_space):
            end -= 1
        return end if end > a else None
    return None


#: Words that join a second clause to a statement: a coordinator or a contrast ('and India said ...',
#: ', however witnesses said ...', ', while officials said ...').
_SECOND_CLAUSE_LINKS = frozenset({"and", "but", "however", "yet", "while", "whereas"})

#: Dependencies through which a reporting verb belongs to the clause above it ('joined the chorus by
#: saying that ...': 'saying' is the pcomp of 'by', the prep of 'joined').
_REPORT_IN_CLAUSE = frozenset({"pcomp", "prep", "advcl", "xcomp"})


def _second_report(ctx: _Context, a: int, b: int) -> int | None:
    """Where a second report, with a subject and a reporting verb of its own, starts inside a statement (ends29).

    A clause joined by 'and', 'but', 'however', 'while' after the statement, whose subject is
    its own and which holds a reporting verb with what it reports: 'The US administration added
    that the sacking was a "step back from democracy" and India joined into the chorus by saying
    that the developments were a "cause of grave concern"'; '... to "shut down Nepal" in a three
    day general strike, however witnesses in Kathmandu said life was going on as normal'. It is
    another source's statement (or the same source's next one), not the end of this one: over
    the gold of all development sets such a clause after the statement is cut 17 times out of 18
    (the one kept inside a quotation). Not a second 'that' clause of the same cue ('says that A,
    and that he believes B': kept 3 times out of 6), not a report inside the statement's own
    clause ('said that police believed ...': no joining word before its subject), not inside a
    quotation, not a parallel report when the statement is itself one ('49% of Germans believe
    that A while 33% think that B': both are the poll's finding), and only when the clause runs
    to the end. Returns the token index to end before (the joining words and a comma before them
    are left out), or None.
    """
    doc, cues = ctx.doc, ctx.cues

    def reporting(t: Token) -> bool:
        return t.pos_ == "VERB" and not ctx.in_quote[t.i] and cues.verbs.get(t.lemma_.lower(), "quote_only") not in ("quote_only", "np_quote")

    head = doc[a]  # the statement's own head: up from its first word
    while head.head.i != head.i and a <= head.head.i < b:
        head = head.head
    if reporting(head) and (s := _subject(head)) is not None and a <= s.i:
        return None  # '49% of Germans believe that A while 33% think that B': a statement that is itself a report goes on over a parallel one
    for t in doc[a + 2:b]:
        if not reporting(t):
            continue
        said = any(c.dep_ in ("ccomp", "xcomp") and c.i > t.i for c in t.children) or (t.i + 1 < b and (doc[t.i + 1].is_quote or doc[t.i + 1].text == ":"))
        if not said:
            continue
        top = t  # the verb of the clause the report belongs to, the one with the subject
        while _subject(top) is None and top.dep_ in _REPORT_IN_CLAUSE and a <= top.head.i < top.i:
            top = top.head
        subj = _subject(top)
        if subj is None or subj.lower_ in _WH or subj.i > top.i or _that_marked(top) or top.right_edge.i < b - 2:
            continue
        start = top.left_edge.i
        if not (a + 2 < start < subj.i + 1) or any(ctx.in_quote[i] for i in range(start, subj.i)):
            continue
        # What stands between the statement and the subject: joining words, commas and adverbs only,
        # with one joining word at least ('and India ...', ', however witnesses ...').
        lead = [doc[i] for i in range(start, subj.left_edge.i)]
        before = doc[start - 1]
        joined = any(x.lower_ in _SECOND_CLAUSE_LINKS for x in lead) or before.lower_ in _SECOND_CLAUSE_LINKS
        if not joined or not all(x.lower_ in _SECOND_CLAUSE_LINKS or x.text == "," or x.pos_ == "ADV" for x in lead):
            continue
        if not (before.text == "," or before.lower_ in _SECOND_CLAUSE_LINKS or doc[start].lower_ in _SECOND_CLAUSE_LINKS or before.is_quote):
            continue
        end = start
        while end > a and (doc[end - 1].text == "," or doc[end - 1].lower_ in _SECOND_CLAUSE_LINKS or doc[end - 1].is_space):
            end -= 1
        return end if end > a + 1 else None
    return None


def _contrasted_act(ctx: _Context, k: Token, cc: Token) -> bool:
    """Whether conjunct ``k`` after ', but' is the speaker's next reporting act (spans20).

    A finite verb of the cue lexicon with no subject of its own, joined by ', but' to the
    reported clause ('said talks had covered many issues, but did not specify any'; 'said the
    responses were not working, but also praised the decision'; 'has confirmed the talks, but
    says no deal is near'): a predicate of the speaker, not of the reported clause's subject.
    Any frame but belief ('was supportive, but felt that ...' goes on with the clause's subject)
    and any tense (a plain past, a present, or 'did'/'has' before the verb).
    """
    if cc.lower_ != "but" or cc.i == 0 or ctx.doc[cc.i - 1].text != ",":
        return False
    lemma = k.lemma_.lower()
    if lemma not in ctx.cues.verbs or ctx.cues.frame_of(lemma) == "belief":
        return False
    if k.tag_ in ("VBD", "VBZ"):
        return True
    aux = [c for c in k.children if c.dep_ == "aux" and c.i < k.i]
    return k.tag_ in ("VB", "VBN") and bool(aux) and aux[0].tag_ in ("VBD", "VBZ") and aux[0].lemma_.lower() in ("do", "have")


#: Participles that open the writer's running tally after a reported figure
#: ('49,000 jobs were lost in May, adding to four straight months of losses').
_RESULT_PARTICIPLES = frozenset({"add", "bring", "raise", "push", "take", "lead"})


def _result_comment(ctx: _Context, comma: int, b: int) -> bool:
    """Whether the tokens after ``comma`` up to ``b`` are the writer's comment on the result (guideline R18).

    A participle with no subject of its own that hangs on the reported verb, runs to the end
    and takes the result to a new level ('to'): ', adding to four straight months of job
    losses', ', bringing the total to 41', ', leading to pressure on ...'. Not ', adding four
    networks' (what the change was: the source's report), and not inside a quotation.
    """
    doc = ctx.doc
    p = doc[comma + 1] if comma + 1 < b else None
    if p is None or p.tag_ != "VBG" or p.dep_ != "advcl" or ctx.in_quote[p.i] or p.lemma_.lower() not in _RESULT_PARTICIPLES:
        return False
    if not (p.head.i < comma and p.head.pos_ in ("VERB", "AUX")) or any(c.dep_ in ("nsubj", "nsubjpass") for c in p.children):
        return False
    to = any(g.lower_ == "to" and g.dep_ in ("prep", "dative") and (g.head.i == p.i or g.head.head.i == p.i) for g in p.subtree)
    return to and p.right_edge.i >= b - 2


def _cut_background_tail(ctx: _Context, content: tuple[int, int]) -> tuple[int, int]:
    """End a reported clause before the writer's result participle or background appositive (R18).

    The two 0.5.0 cuts of :func:`_cut_writer_tail`, alone: after 'according to X' the other
    cuts (an apposition to a named person) would take 'the Greek mainland, and would end in
    ...' for a comment, where it is the route the source describes.
    """
    a, b = content
    for i in range(a + 2, b - 1):
        if ctx.doc[i].text == "," and not ctx.in_quote[i] and (_result_comment(ctx, i, b) or _speech_participle(ctx, i, b)):
            return _trim(ctx, a, i)
    cut = _background_appositive(ctx, a, b)
    if cut is None:
        cut = _background_participle(ctx, a, b)
    return _trim(ctx, a, cut) if cut is not None else content


def _background_participle(ctx: _Context, a: int, b: int) -> int | None:
    """Where the writer's reduced relative at the end of a reported clause starts (spans22).

    A past participle with no subject of its own that modifies a noun of the clause, set off by
    a comma and running to the end: '... negotiated the contract with the club, signed in 2004
    when he was still a junior player'; '... would win most seats, made up of Labour and the
    Greens'. It describes the noun (background), it does not report. A participle phrase that
    holds a figure ('..., followed by Best Buy at 13 percent') is left in: a figure is the
    source's claim. Returns the comma's index.
    """
    doc = ctx.doc
    labels, deps = (doc.vocab.strings["acl"], doc.vocab.strings["advcl"]), ctx.dep_ids
    for i in range(max(a + 2, 0), min(b, len(deps))):
        if deps[i] not in labels:  # the label array first: a Token only for clausal modifiers
            continue
        p = doc[i]
        if p.tag_ != "VBN" or ctx.in_quote[p.i] or p.left_edge.i != p.i or doc[p.i - 1].text != ",":
            continue
        if not (a <= p.head.i < p.i - 1) or p.right_edge.i < b - 2:
            continue
        # The parser often hangs it on the clause's verb: a passive participle after an active
        # verb with a direct object describes that object ('negotiated the contract, signed in ...').
        h = p.head
        if not (p.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN")) and not (
                p.dep_ == "advcl" and h.pos_ == "VERB" and any(c.dep_ == "dobj" for c in h.children)
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in h.children)):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in p.children):
            continue
        if any(t.i != p.i and t.pos_ == "VERB" and ctx.cues.verbs.get(t.lemma_.lower()) in ("speech", "clause") for t in p.subtree):
            continue  # '..., triggered by X, which the union says is ...': the source's own chain of reasons
        if any(t.ent_type_ in ("CARDINAL", "PERCENT", "MONEY", "QUANTITY") for t in p.subtree):
            continue  # '..., followed by Y at 13 percent', '..., scheduled to provide 6,000 jobs': a figure is the source's claim
        return p.i - 1
    return None


def _background_appositive(ctx: _Context, a: int, b: int) -> int | None:
    """Where the writer's background appositive at the end of a reported clause starts (R6/R18).

    A noun phrase set off by a comma (after a closing bracket or quotation mark too) whose
    head carries a relative clause and which runs to the end: '... searching for Lirim Jakupi
    (also known as "Nazi"), a convicted criminal who escaped ...'; 'Palin was "thoroughly
    vetted," a process that would have included ...'. It describes, it does not report.
    Returns the token index of the comma (or closing mark) to end before, or None.
    """
    doc = ctx.doc
    appos, deps = doc.vocab.strings["appos"], ctx.dep_ids
    for i in range(max(a, 0), min(b, len(deps))):
        if deps[i] != appos:  # the label array first: a Token only for appositives
            continue
        ap = doc[i]
        if ap.pos_ != "NOUN" or ctx.in_quote[ap.i] or not (a <= ap.head.i < ap.left_edge.i):
            continue
        if ap.right_edge.i < b - 2 or not any(c.dep_ == "relcl" and c.i > ap.i for c in ap.children):
            continue
        k = ap.left_edge.i - 1
        if doc[k].text == ",":
            return k if not ctx.in_quote[k] else k + 1
        if doc[k].is_quote and k > a and doc[k - 1].text == ",":
            return k + 1  # 'was "thoroughly vetted," a process that ...': keep the closing mark
    return None


def _present(t: Token) -> bool:
    """A verb in the present ('has turned up', 'remain'): not put in the past by reporting.
    'is to remain' (an arrangement for later) is not: reported plans keep it."""
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass") and c.i < t.i]
    first = aux[0] if aux else t
    if t.lemma_.lower() == "be" and any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in t.children):
        return False
    return first.tag_ in ("VBZ", "VBP")


def _cut_present_comment(ctx: _Context, content: tuple[int, int]) -> tuple[int, int]:
    """End a past-tense report before the writer's present-tense comment after ', but'.

    'the U.S. stated that communication with a satellite was lost, but thus far no evidence
    has turned up to suggest ...': reported speech after a past cue is put in the past; a
    clause in the present after ', but' is the writer speaking now. ('said the plant had
    closed, but workers had been paid' stays whole: both clauses are reported.)
    """
    doc = ctx.doc
    a, b = content
    head = next((doc[i] for i in range(a, b) if not (a <= doc[i].head.i < b) or doc[i].head.i == i), None)
    if head is None or head.pos_ not in ("VERB", "AUX") or _present(head):
        return content
    for k in head.children:
        if k.dep_ == "conj" and a < k.i < b and k.pos_ in ("VERB", "AUX") and _subject(k) is not None and _present(k):
            cc = next((c for c in head.children if c.dep_ == "cc" and c.lower_ == "but" and c.i < k.i), None)
            if cc is not None and doc[cc.i - 1].text == "," and cc.i - 1 > a:
                return _trim(ctx, a, cc.i - 1)
    # spans22: 'said the city had sold the land to a developer, which is now building flats
    # there': a 'which' clause in the present set off by a comma and running to the end
    # describes the noun as the writer knows it now; the report (backshifted) ends before it.
    for i in range(a + 2, b - 2):
        if doc[i].text != "," or ctx.in_quote[i] or doc[i + 1].lower_ != "which":
            continue
        rel = doc[i + 1].head
        # Not a relative that takes a clause ('..., which means it did not need a licence'): it
        # comments on the whole statement, a step of the source's reasoning.
        if rel.dep_ == "relcl" and rel.pos_ in ("VERB", "AUX") and a <= rel.head.i < i and doc[i + 1].dep_ in ("nsubj", "nsubjpass") \
                and rel.left_edge.i == i + 1 and rel.right_edge.i >= b - 2 and _present(rel) and not any(ctx.in_quote[k] for k in range(i, b)) \
                and not any(c.dep_ in ("ccomp", "xcomp") for c in rel.children):
            return _trim(ctx, a, i)
    return content


def _described_further(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens a:b go on describing the person of an apposition: 'and has been
    portrayed as ...' after '..., a social conservative and supporter of ...' (a verb
    phrase joined by 'and' with no subject of its own, running to the end)."""
    if a < b and doc[a].text == ",":
        a += 1
    if a >= b or doc[a].lower_ != "and":
        return False
    verb = next((doc[i] for i in range(a + 1, min(b, a + 4)) if doc[i].pos_ in ("VERB", "AUX") and doc[i].dep_ == "conj"), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return all(doc[i].dep_ in ("aux", "auxpass", "neg", "advmod") for i in range(a + 1, verb.i)) and verb.right_edge.i >= b - 2


_TIME_NOUNS = frozenset({"moment", "minute", "hour", "day", "week", "month", "year"})


def _time_of_saying(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens a:b are only a time set off at the end: ', only hours before the attack',
    ', days after the vote', ', shortly before his arrest' (when it was said, not what)."""
    i = a
    while i < b and doc[i].lower_ in ("only", "just", "shortly", "some", "about", "barely", "mere"):
        i += 1
    j = i
    while j < b and (doc[j].ent_type_ in ("TIME", "DATE") or doc[j].like_num or doc[j].lemma_.lower() in _TIME_NOUNS) and doc[j].lower_ not in ("before", "after"):
        j += 1
    if j >= b or doc[j].lower_ not in ("before", "after") or (j == i and doc[a].lower_ != "shortly"):
        return False
    return j + 1 < b and not _has_verb(doc, j + 1, b)


def _occasion_of_saying(ctx: _Context, a: int, b: int) -> bool:
    """Whether tokens a:b are the writer's 'after' clause at the end: when it was said (spans22).

    'said there was a strong case for the ban, after the court heard evidence that ...': a finite clause in the plain past with a subject of its own, set off by a comma after
    the statement and running to the end. Reported speech after a past cue is backshifted ('had
    become'); a plain past here is the writer's narrative of the occasion, not the report.
    """
    doc = ctx.doc
    m = doc[a] if a < b else None
    if m is None or m.lower_ != "after" or m.dep_ != "mark" or ctx.in_quote[m.i]:
        return False
    v = m.head
    if v.dep_ != "advcl" or v.tag_ != "VBD" or v.right_edge.i < b - 2 or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    # Not after a future in the past ('would reopen next month, after the firm reached a deal'):
    # there the plain past is a backshifted present, the source's condition.
    h = v.head
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in h.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > m.i for c in v.children)


def _can_state(ctx: _Context, head: Token) -> bool:
    """Whether 'according to X' names a source of statements (not 'its population size')."""
    cues = ctx.cues
    if head.pos_ in ("PROPN", "PRON") or head.ent_type_ or head.text[:1].isupper():
        return True
    lemma, low = head.lemma_.lower(), head.lower_
    heads = (cues.anonymous_heads, cues.document_heads, cues.evidence_heads, cues.media_heads, cues.organization_heads, cues.person_heads, cues.titles)
    if lemma in _OUTCOME_NOUNS:
        # 'according to the results of a survey': the survey states them.
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return obj is not None and obj.lemma_.lower() not in _OUTCOME_NOUNS and _can_state(ctx, obj)
    if any(lemma in h or low in h for h in heads):
        return True
    if head.pos_ == "NOUN" and (people.is_record_noun(low, also_person=False) or low in _POSTS):
        # 'according to the blog of reporter John Doe', 'according to the column of a senior
        # official': a record or communication noun the lexicon does not list (a blog, a column,
        # a diary) whose 'of'/'by' phrase names a source is that source's channel ('a Twitter
        # post by Amy Cook'); 'according to the manner of their ancestors' is none.
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in ("of", "by"):
                obj = next((c for c in p.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.lemma_.lower() not in _OUTCOME_NOUNS and (obj.pos_ == "PROPN" or people.is_person_noun(obj.lower_, lemma=obj.lemma_.lower())):
                    return True
    # 'according to a transport boss', 'according to the protestors', 'according to a pathologist':
    # a noun for a person or a group of people is a source whether or not the cue lexicon lists it
    # (the person-noun test of :mod:`newslab.people`: its word lists, then person-forming endings).
    return head.pos_ == "NOUN" and people.is_person_noun(low, lemma=lemma)


#: Nouns that stand for what a source found ('the results of a survey'); the source is their 'of' object.
_OUTCOME_NOUNS = frozenset({"result", "outcome"})


#: Mass nouns of evidence that name no source by themselves ('information', 'data'; not 'the report', 'the indictment').
_SOURCELESS_MASS_NOUNS = frozenset({"information", "data", "figures", "statistics", "stats", "evidence"})

#: Modifiers by which an evidence noun names who it comes from ('data from the bank', "the bank's figures").
_SOURCE_PREPS = frozenset({"from", "by", "of"})


def _sourceless_evidence_in_report(ctx: _Context, t: Token, head: Token) -> bool:
    """'said that, according to information unseen by the EU, standards are rising': no second source.

    An evidence noun ('information', 'data', 'figures') that names no one it comes from (no
    possessor, no name before it, no 'from'/'by'/'of' phrase, no participle with an agent of its
    own), inside the clause another cue reports, is part of that speaker's statement (its
    grounds), not a speaker of its own: the outer statement runs over it. 'according to data
    from the central bank' names the bank, and 'according to figures, sales fell' (in no report)
    stays a cue.
    """
    cues = ctx.cues
    if head.lower_ not in _SOURCELESS_MASS_NOUNS or head.pos_ != "NOUN" or any(c.dep_ == "det" and c.lower_ not in ("the",) for c in head.children):
        return False
    for c in head.children:
        if c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS) or c.ent_type_:
            return False
        if c.dep_ in ("acl", "amod", "relcl") and c.tag_ in ("VBN", "VBD") and any(g.dep_ == "agent" for g in c.children) and c.lemma_.lower() not in _PERCEPTION_VERBS:
            return False  # 'information gathered by inspectors': the inspectors are the source
    h = t.head
    for _ in range(8):
        if h.dep_ in ("ccomp", "xcomp") and h.head.i != h.i and cues.verbs.get(h.head.lemma_.lower()) in ("speech", "clause") and not ctx.in_quote[h.head.i]:
            return True
        if h.head.i == h.i:
            return False
        h = h.head
    return False


#: Verbs of perceiving: an agent of theirs saw or knew the evidence, it did not produce it ('unseen by the EU').
_PERCEPTION_VERBS = frozenset({"see", "unseen", "hear", "know", "notice", "review", "read", "examine", "inspect"})


def _relative_clause_end(ctx: _Context, a: int, after_a: int, end: int) -> int:
    """Where the statement after 'according to X' ends when the phrase stands inside a relative clause (spans22).

    'Smith, who according to the newspaper made no comment, plans to resign': the phrase hangs
    on the relative clause's verb, after its relative pronoun; what the source says is the rest
    of that clause, not the main clause the writer goes on with. Returns ``end`` otherwise.
    """
    doc = ctx.doc
    v = doc[a].head
    if v.dep_ != "relcl" or not (after_a <= v.i < end) or v.right_edge.i + 1 >= end - 1:
        return end
    wh = doc[v.left_edge.i]
    if wh.lower_ not in ("who", "which", "that") or wh.i >= a or ctx.in_quote[v.i]:
        return end
    return v.right_edge.i + 1


def _prep_cue(ctx: _Context, a: int, b: int, head: Token) -> _Cue:
    """'according to X' beside its clause: before, after or inside it."""
    doc = ctx.doc
    sent = _sentence_of(ctx, a)
    np_a, np_b = _np_range(ctx, head)
    np_b = max(np_b, b)
    before = [doc[i] for i in range(sent.start, a) if not (doc[i].is_punct or doc[i].is_space)]
    after_a = np_b
    while after_a < sent.end and doc[after_a].is_space:
        after_a += 1
    rel = next((c for c in head.children if c.dep_ == "relcl" and c.i >= after_a), None)
    if rel is not None and rel.left_edge.i <= after_a + 1 and doc[rel.left_edge.i].lower_ in ("who", "which", "whose", "that"):
        # '... 350 jobs according to the company, who said they are consulting staff': the source's
        # relative clause describes it (its own cue reports what it says); the statement is before.
        after_a = max(after_a, rel.right_edge.i + 1)
    if after_a < sent.end and doc[after_a].text == "(":
        close = next((i for i in range(after_a, min(sent.end, after_a + 12)) if doc[i].text == ")"), None)
        if close is not None:
            after_a = close + 1  # "the World Health Organization (WHO), ..."
    if after_a < sent.end and doc[after_a].text == ",":
        # "According to Tom Frieden, formerly the director of the CDC, the pandemic ...": skip the apposition.
        nxt = next((i for i in range(after_a + 1, sent.end) if doc[i].text == ","), None)
        if nxt is not None and nxt - after_a <= 15:
            between = [doc[i] for i in range(after_a + 1, nxt)]
            verbs = [t for t in between if t.pos_ in ("VERB", "AUX")]
            cues = ctx.cues
            # 'According to Adnan Pachachi, acting parliament speaker, al-Maliki has ...': a role
            # whose participle is only a modifier ('acting', 'retired') is an apposition too.
            role = any(t.lower_ in cues.titles or t.lemma_.lower() in cues.person_heads or t.lower_ in cues.anonymous_heads for t in between)
            # 'According to the New Yorker story, written by Seymour Hersh, officials ...': a
            # participle phrase describing the source is skipped like an apposition.
            described = bool(between) and between[0].tag_ == "VBN" and all(t.tag_ == "VBN" for t in verbs) and len(verbs) == 1
            if not verbs or described or (role and all(t.dep_ in ("amod", "compound", "nmod") for t in verbs)):
                after_a = nxt + 1
    j = after_a + 1 if after_a < sent.end and doc[after_a].text == "," else after_a
    if j < sent.end and doc[j].tag_ == "VBG":
        # 'According to news reports, citing sources familiar with the matter, members of Congress
        # viewed ...': the participle says how the source knows; the statement is after it.
        nxt = next((i for i in range(j + 1, min(sent.end, j + 16)) if doc[i].text == ","), None)
        if nxt is not None and not any(doc[i].tag_ in ("VBD", "VBZ", "VBP", "MD") for i in range(j, nxt)) and any(
            doc[i].tag_ in ("VBD", "VBZ", "VBP", "MD") for i in range(nxt + 1, sent.end)
        ):
            after_a = nxt + 1
    after = [doc[i] for i in range(after_a, sent.end) if not (doc[i].is_punct or doc[i].is_space)]
    content = None
    side = ""
    # '..., at US$92.22, according to Bloomberg, setting another record': a participle phrase
    # after the cue only comments on the clause before it, which is the statement.
    trailing_participle = bool(after) and after[0].tag_ == "VBG" and not any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ in ("nsubj", "nsubjpass") for t in after) and before and _has_verb(doc, sent.start, a)
    if after and _has_verb(doc, after_a, sent.end) and not trailing_participle:
        content = _cut_background_tail(ctx, _trim(ctx, after_a, _relative_clause_end(ctx, a, after_a, sent.end)))
        side = "right"
        subj = _subject(sent.root) if sent.root.i >= after_a else None
        if doc[a].lower_ in ("according", "as") and a > sent.start and doc[a - 1].text == "," and subj is not None and sent.start <= subj.i < a \
                and subj.right_edge.i >= a - 2 and subj.left_edge.i == _skip_connectives(doc, sent.start, a):
            # 'The company's profits, according to Reuters, fell by half': the phrase stands inside
            # its clause, whose subject comes before it; the span is the whole clause (contiguous,
            # like 'The scheme, the department said, would cost ...'). ('The defence, in her own
            # words, had stopped working' keeps the words after the phrase: test_quotes_found5.)
            content = _cut_background_tail(ctx, _trim(ctx, _skip_connectives(doc, sent.start, a), sent.end))
    elif before and _has_verb(doc, sent.start, a):
        s = sent.start
        if doc[s].pos_ == "CCONJ":
            s += 1
        content = _trim(ctx, s, a)
        side = "left"
    return _Cue(a, b, "prep", head, content=content, side=side, sem="evidence" if _is_evidence(ctx, head) else "speech", path="prep")


def _said_adjective(v: Token) -> bool:
    """Whether 'said' is the adjective 'aforementioned': 'Hundreds of said officials have been
    tried', 'the said property was sold' (after a determiner or preposition, before a common noun).
    A subject lost in scraping ('The said that ...') keeps its cue: 'that' is no noun."""
    doc = v.doc
    if v.lower_ != "said" or v.i == 0 or v.i + 1 >= len(doc):
        return False
    before, after = doc[v.i - 1], doc[v.i + 1]
    return before.tag_ in ("DT", "IN") and before.lower_ not in ("that", "which", "who", "as", "so", "if", "because", "when", "while") \
        and after.tag_ in ("NN", "NNS")


def _issued_document(ctx: _Context, v: Token, subject: Token) -> Token | None:
    """The document a participle cue reports from when its subject issued that document.

    'Ole Slorer released a report this morning saying that ...', 'al-Zawahiri has released a
    videotape calling for ... and saying that ...', 'The military issued a statement saying; "..."':
    the participle hangs on the issuing verb (or on its document object) whose subject is the
    inherited speaker, and the verb's object is a document noun before the participle. None
    otherwise ('The minister visited the site, saying ...' issues nothing).
    """
    cues = ctx.cues

    def is_document(t: Token) -> bool:
        return t.pos_ == "NOUN" and (t.lemma_.lower() in cues.document_heads or t.lower_ in cues.document_heads)

    while v.dep_ == "conj" and v.head.tag_ == "VBG" and v.head.i < v.i:
        v = v.head  # '... a videotape calling for a truce and saying that ...'
    if v.i > 0 and ctx.doc[v.i - 1].text == ",":
        # 'filed a complaint against the board, saying that ...', 'issued warnings ..., saying ...': a
        # participle set off by a comma is the subject's own adverbial clause, not the document's words.
        return None
    verb = obj = None
    if v.dep_ == "acl" and is_document(v.head) and v.head.dep_ == "dobj":
        obj, verb = v.head, v.head.head
    elif v.dep_ in ("advcl", "conj", "xcomp") and v.head.pos_ == "VERB":
        verb = v.head
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < v.i and is_document(c)), None)
    if verb is None or obj is None or not cues.issues(verb.lemma_.lower(), obj.lemma_.lower()):
        return None
    subj = _subject(verb)
    if subj is None or not (subj.left_edge.i <= subject.i <= subj.right_edge.i) or obj.lemma_.lower() in _CARRIED_OUT:
        return None
    return obj


def _report_quotation_participle(ctx: _Context, v: Token) -> bool:
    """Whether ``v`` is a subjectless participle that opens a quotation right after a reported clause.

    'The coach said that the players had trained hard saying, "They deserve this win."': the
    parser hangs 'saying' on the verb of the reported clause, so it would take that clause's
    subject for its own; the quotation is the outer speaker's, a second statement after the
    reported clause (see ``_clause_then_quotation`` in extract.py). The participle is no cue.
    """
    doc = ctx.doc
    if v.tag_ != "VBG" or v.dep_ not in ("xcomp", "advcl") or _subject(v) is not None or ctx.in_quote[v.i]:
        return False
    h = v.head
    if h.dep_ != "ccomp" or h.i > v.i or h.head.i > h.i or ctx.cues.verbs.get(h.head.lemma_.lower()) != "speech" or _subject(h.head) is None:
        return False
    if v.i > 0 and doc[v.i - 1].text in (",", ";", "—"):
        return False  # ', saying ...': set off, the writer's adjunct of the whole report
    k = v.i + 1
    while k < len(doc) and (doc[k].text in (",", ":") or doc[k].is_space):
        k += 1
    if k + 1 >= len(doc) or not doc[k].is_quote or not ctx.in_quote[k + 1]:
        return False
    # the quotation is the participle's clause, not a quoted object ('a note warning "American spies" of ...')
    return any(c.dep_ == "ccomp" and c.i > k and ctx.in_quote[c.i] for c in v.children)


def _verb_cue(ctx: _Context, v: Token, frame: str, end: int, key: str = "") -> _Cue | None:
    doc, cues = ctx.doc, ctx.cues
    lemma = key.split(" ")[0] if key else v.lemma_.lower()  # a participle the tagger read as a noun keeps its verb's lemma
    if v.lower_ in cues.relay_as_words and v.head.lower_ == "as" and _is_relay_verb(ctx, v.head.head):
        return None  # the "saying" of "quoted X as saying" belongs to the relay cue
    if v.lower_ in cues.relay_as_words and v.tag_ == "VBG" and v.dep_ in ("advcl", "ccomp") and v.head.i < v.i and _is_relay_verb(ctx, v.head):
        return None  # 'X is quoted in Z saying, "..."' (the participle hung on 'quoted'): the relay cue's, X via Z
    if _unrealised(v) or _said_adjective(v) or _report_quotation_participle(ctx, v):
        return None
    speaker = _subject(v)
    if speaker is None:
        # 'The PET did acknowledge that ...': the parser hung the subject on the auxiliary.
        speaker = next((s for a in v.children if a.dep_ == "aux" and a.i < v.i for s in a.children if s.dep_ == "nsubj" and s.i < a.i), None)
    if speaker is None and v.dep_ == "ROOT" and v.tag_ in ("VBP", "VBZ", "VBD", "NN", "NNS"):
        # 'Tel Aviv police report that ...': the parser made the subject a modifier of the verb.
        speaker = _noun_read_subject(v)
    own_subject = speaker is not None
    path = "subject"
    via = None
    passive_agent = False
    inverted = _inverted_object(ctx, v, speaker) if frame == "speech" else None
    if inverted is not None:
        # 'The request, pointed out Spain's El País, "surprised no-one"': a cue set inside the
        # clause it reports, with its speaker after it; the fronted noun is what is reported on.
        speaker, path = inverted, "inverted"
    elif speaker is not None and v.tag_ == "VBG" and speaker.pos_ == "NOUN" and not _source_like(ctx, speaker) and v.dep_ in ("ccomp", "advcl", "xcomp", "conj") and v.head.pos_ in ("VERB", "AUX"):
        # 'Zawahiri makes reference to the soldiers saying, "..."' parsed with 'reference' as the
        # participle's subject: a noun that cannot speak is no speaker; the governing verb's is.
        outer = _subject(v.head)
        if outer is not None and outer.i < v.i and _source_like(ctx, outer):
            speaker, path = outer, "inherited"
    elif speaker is not None and v.tag_ == "VBG" and v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX") \
            and speaker.ent_type_ in ("GPE", "LOC") and speaker.left_edge.i == v.head.i + 1:
        # 'Bin Laden also talked about Sudan saying, "..."': the parser made the place that the
        # preposition names the participle's subject; a place talked about is the topic, and the
        # words are those of the subject of the verb the preposition hangs on.
        outer = _subject(v.head.head)
        if outer is not None and outer.i < v.head.i and _source_like(ctx, outer):
            speaker, path = outer, "inherited"
    if (layered := _outlet_of_passive_relay(ctx, v)) is not None:
        # 'Smith is quoted in Le Monde saying, "..."': the parser made the outlet the participle's
        # subject; the words are the passive subject's, the outlet only relays them (Q7).
        speaker, via, path = layered[0], layered[1], "relay"
    if speaker is not None and speaker.dep_ == "nsubjpass" and frame != "relay" and path != "relay" and _reported_act(ctx, v) is not None:
        return None  # 'X was reported by Y to have described ...': the reported act's cue carries the statement
    if speaker is None and (held := _reported_act_holder(ctx, v)) is not None:
        # 'One diplomat was reported by the Times to have described the talks as ...': the
        # subject of the passive report made the statement (the innermost source, Q7); the
        # report's agent is the layer it came through.
        speaker, path = held, "reported_act"
        agent = _agent(v.head)
        via = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if speaker is not None and speaker.dep_ == "nsubjpass" and frame != "relay" and path != "relay":
        # Passive reports ("was told", "were asked") name no speaker unless an agent does.
        agent = _agent(v)
        speaker = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if speaker is None:
            return None
        path, passive_agent = "agent", True
    if frame == "relay":
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        as_word = None
        for c in v.children:
            if c.lower_ == "as" and c.i > v.i:
                as_word = next((g for g in c.children if g.lower_ in cues.relay_as_words), None)
        if as_word is None:
            as_word = next((c for c in v.children if c.lower_ in cues.relay_as_words and c.i > v.i), None)
        if as_word is None:
            as_word = _relay_participle_below(ctx, v, obj)
        if as_word is None:
            return None
        if obj is None and (inner := _subject(as_word)) is not None and inner.dep_ == "nsubj" and v.i < inner.i < as_word.i and speaker is not None and speaker.dep_ == "nsubj":
            # 'The agency quoted police officers saying ...': the parser made the quoted people the
            # participle's subject; they are the relay's object, the innermost source (Q7).
            obj = inner
        if obj is not None:
            via, speaker = speaker, obj
        elif speaker is not None and speaker.dep_ == "nsubjpass":
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            via = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if via is None:
                via = _passive_relay_via(ctx, v, as_word)
        if speaker is None:
            return None
        content = _right_content(ctx, as_word, ("ccomp", "xcomp", "dobj"))
        side = "right" if content else ""
        if content is None:
            content = _left_content(ctx, v, via if via is not None and via.i < v.i else speaker)
            side = "left" if content else ""
        return _Cue(v.i, as_word.i + 1, "relay", speaker, via=via, content=content, side=side, verb=v, path="relay")
    if speaker is None and v.tag_ == "VBG" and frame in ("speech", "clause") and v.i > 0 and any(c.dep_ == "ccomp" and c.i > v.i for c in v.children):
        # 'with cafe owners welcoming the plan and fishermen warning that ...': the noun right
        # before a participle is its subject, whatever the parser hung the participle on.
        prev = doc[v.i - 1]
        # Not the object of a preposition or verb: 'responded to Bush reporting that', 'spoke at the
        # Pentagon stating that' and 'condemned attacks on soldiers saying' are the subject's words.
        if prev.pos_ in ("NOUN", "PROPN") and prev.head.i != v.i and prev.dep_ not in ("pobj", "dobj", "dative", "poss") and _source_like(ctx, prev):
            speaker, path = prev, "inherited"
    if speaker is None and (first := _coordinated_participle(ctx, v)) is not None:
        # 'saying that A, and firmly stating that B': the second participle's speaker is the first one's.
        first_cue = _verb_cue(ctx, first, ctx.cues.verbs[first.lemma_.lower()], first.i + 1)
        if first_cue is not None and first_cue.speaker is not None:
            speaker, path = first_cue.speaker, first_cue.path
    if speaker is None:
        speaker = _name_lost_in_fronted_phrase(ctx, v)
        path = "subject"
    if speaker is None:
        speaker = _outer_cue_subject(ctx, v)
        path = "inherited"
    if speaker is None:
        speaker = _inherited_subject(v)
        path = "inherited"
        if speaker is not None and not _source_like(ctx, speaker):
            speaker = _question_holder(ctx, speaker) or _possessor_holder(ctx, speaker) or speaker
    if speaker is not None and v.dep_ == "acl" and speaker.i == v.head.i and path in ("subject", "inherited"):
        actor = _cue_object_actor(ctx, v, speaker)  # 'urged renewal of the authority warning that ...'
        if actor is not None:
            speaker = actor
    going_on = v.dep_ == "xcomp" and v.head.dep_ == "conj" and v.head.i < v.i and not ctx.in_quote[v.head.i] and _subject(v.head) is None
    if speaker is not None and speaker.i < v.i and ctx.in_quote[speaker.i] and not ctx.in_quote[v.i] and (v.dep_ == "conj" or going_on):
        # 'X told the reporter, "People here are kind" and continued later, "..."': the parser
        # coordinates the second cue with a verb of the first quotation, or takes a noun of it for
        # the cue's subject. A word of a quotation is no subject of a verb outside it; the first
        # verb outside the quotation above the cue has the speaker.
        t, outer = (v.head.head if going_on else v.head), None  # ('saying "A," and going on to add that B': past 'going')
        for _ in range(4):
            if not ctx.in_quote[t.i] and t.pos_ in ("VERB", "AUX"):
                outer = _subject(t)
                break
            if t.head.i == t.i:
                break
            t = t.head
        if outer is not None and not ctx.in_quote[outer.i] and outer.i < speaker.i:
            speaker, path = outer, "inherited"
    if speaker is not None and speaker.i > v.i and ctx.in_quote[speaker.i] and not ctx.in_quote[v.i]:
        # 'an attorney for the professors said, "... they're so adamant ..."' parsed with the cue
        # under a verb of the quotation that follows: a word of that quotation is never its
        # speaker; the phrase that ends right before the cue is. (A quoted title before the cue,
        # 'The council's "Statement No. 1" announced', is a subject.)
        speaker, path = _phrase_ending_before(ctx, v), "phrase_before"
        if speaker is None:
            return None
    if speaker is None and frame == "call" and v.tag_ == "VBG" and v.dep_ == "acl" and v.head.dep_ == "dobj" and v.head.head.tag_ == "VBG" \
            and v.head.head.dep_ in ("acl", "advcl", "xcomp") and not ctx.in_quote[v.i]:
        # 'a statement condemning the raid calling it a "cowardly act"': the parser hung the naming
        # participle on the first participle's object; both participles have the same source.
        # (a participle on a document the subject issued: the subject, 'The ministry issued a statement ...')
        outer = v.head.head
        issuer = _subject(outer.head.head) if outer.dep_ == "acl" and outer.head.dep_ == "dobj" and outer.head.head.pos_ == "VERB" else None
        speaker, path = issuer or _inherited_subject(outer), "inherited"
    if speaker is None and v.dep_ == "acl" and v.head.i < v.i and v.head.pos_ == "NOUN" and (
        v.head.lemma_.lower() in cues.document_heads or v.head.lower_ in cues.document_heads
    ) and v.head.lemma_.lower() not in _CARRIED_OUT and (any(c.dep_ == "ccomp" for c in v.children) or (v.tag_ == "VBG" and any(c.i > v.i and (c.dep_ in (("oprd",) if frame == "call" else ("xcomp", "ccomp", "advcl") if frame == "directive" else ()) or (frame == "call" and c.dep_ == "prep" and c.lower_ == "as" and _holds_quote(ctx, c))) for c in v.children)
        or (v.tag_ == "VBG" and key.endswith(" for") and _demanded(ctx, v, end) is not None)
        or (v.tag_ == "VBG" and frame in ("call", "np_quote") and _charge_gerund(ctx, v, lemma)))):
        # "released a statement saying (that) ...": the document is the source; its issuer is resolved later.
        # So for 'a statement calling the deal "a triumph"' and 'a videotape calling for a holy war against "..."'.
        speaker = v.head
        path = "document"
    if speaker is None and v.lower_.endswith("ing") and frame in ("speech", "clause"):
        speaker = _participle_holder(ctx, v)
        path = "inherited"
    if speaker is None and v.i + 1 < len(doc) and v.i > 0 and (doc[v.i - 1].text in ('"', "”", "»") or (doc[v.i - 1].text == "," and v.i > 1 and doc[v.i - 2].text in ('"', "”", "»"))):
        # '"...," tweeted Mayor Sadiq Khan': the parser missed the inverted subject.
        sent = _sentence_of(ctx, v.i)
        speaker = _np_head_after(doc, v.i + 1, sent.end)
        if speaker is not None and speaker.pos_ not in ("PROPN", "NOUN"):
            speaker = None
        path = "inverted"
    if speaker is None and v.dep_ == "acl" and v.head.i == v.i - 1 and v.head.pos_ in ("NOUN", "PROPN") and v.tag_ == "VBD" \
            and v.head.left_edge.i > 0 and doc[v.head.left_edge.i - 1].text in _CLOSING_MARKS and ctx.in_quote[v.head.left_edge.i - 2] \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in v.children):
        # '"... for these countries" the US trade representative announced at the talks': after a
        # quotation closed without a comma the parser reads the cue as a participle modifying the
        # noun ('the representative [who was] announced'); the noun phrase is its subject.
        speaker, path = v.head, "name_before"
    if speaker is None and v.i > 1 and doc[v.i - 1].text == ",":
        speaker = _appositive_name_after_mark(ctx, v)
        if speaker is not None:
            path = "name_before"
    if speaker is None and v.i > 1:
        # '"...", Caloundra coach Geoff Ingram said': the parser made the name an object.
        j = v.i - 1
        while j > 0 and not (doc[j].is_punct or doc[j].is_space) and v.i - j <= 8:
            j -= 1
        if doc[j].text in (",", '"', "”", "»") and j < v.i - 1:
            names = [t for t in doc[j + 1 : v.i] if t.pos_ == "PROPN" or t.ent_type_ == "PERSON"]
            if names:
                speaker = names[-1]
                path = "name_before"
    if speaker is not None and path == "inherited" and v.tag_ == "VBG":
        issued = _issued_document(ctx, v, speaker)
        if issued is not None:
            # 'Ole Slorer released a report saying that ...', 'X issued a statement saying; "..."':
            # the document speaks and its issuer is its name (fresh-d32 rule R10); resolved later.
            speaker, path = issued, "document"
    if speaker is None and v.tag_ == "VBG" and v.dep_ == "acl" and v.head.i == v.i - 1 and _finding_subject(ctx, lemma, v.head):
        # 'with several surveys showing him to be the second choice': the body of evidence the
        # participle hangs on finds (evidence28; its content must still be a clause).
        speaker, path = v.head, "inherited"
    if speaker is None:
        return None
    if lemma in cues.evidence_subject_verbs and speaker.dep_ in ("nsubj", "nsubjpass") and speaker.lower_ in ("which", "that"):
        speaker = _resolve_relative(v, speaker)  # 'the release of a survey, which showed that ...': the survey shows
    if lemma in cues.evidence_subject_verbs and not _is_evidence(ctx, speaker, documents=True):
        return None  # 'figures show that ...' is a source; 'he showed that ...' is not
    sent = _sentence_of(ctx, v.i)
    if not (sent.start <= speaker.i < sent.end):
        # The parser took a subject from another sentence (a pull-quote or heading before it).
        first = sent.start
        while first < v.i and (doc[first].is_punct or doc[first].is_space):
            first += 1
        head = _np_head_after(doc, first, v.i)
        if head is None or head.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        speaker = head
        path = "sentence_start"
    speaker = _resolve_relative(v, speaker)
    if lemma in cues.source_subject_verbs and (not _source_like(ctx, speaker) or _inside_clause(v)):
        # 'the minister encouraged voters to ...' is a directive; 'low rates encouraged households
        # to borrow' is not, nor an encouragement inside what someone else reports or alleges
        # ('said Lars encouraged them to ...', 'accused them of ... encouraging children to ...').
        return None
    if speaker.pos_ in ("VERB", "AUX") or speaker.tag_ in ("VBN", "VBG"):
        return None  # "Asked about X, he said": a clause, not a speaker
    if speaker.lower_ in ("there", "this") or (speaker.lower_ in _FIRST_SECOND_PERSON and not _name_ending_in_pronoun(speaker)):
        return None  # "I said", "you asked": the writer or the interviewee speaking, handled as quotes
    content: tuple[int, int] | None = None
    side = ""
    closed = False
    object_quote = False
    if frame == "speech":
        xc = next((c for c in v.children if c.dep_ == "xcomp" and c.i > v.i), None)
        cc = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
        content = _right_content(ctx, v, ("ccomp",)) if cc is not None and (xc is None or cc.i < xc.i) else None
        if content is None and cc is None and xc is None:
            content = _content_after_medium(ctx, v)
        if content is None and cc is None and xc is None and lemma not in _ADDRESSEE_VERBS:
            content = _object_clause(ctx, v)
        if content is None and xc is None and _finding_subject(ctx, lemma, speaker):
            # 'a recent poll indicated only one in ten actually knew ...' (evidence28)
            content = _object_subject_clause(ctx, v) or _subject_participle(ctx, v)
        if content is None and cc is None and xc is None and lemma in _ADDRESSEE_VERBS:
            content = _addressee_clause(ctx, v)
        if content is None and lemma in _GERUND_TO_VERBS:
            # 'confessed to making a "mistake"', 'admitted to having lied': the gerund is the clause (Q8).
            ger = next((g for p in v.children if p.dep_ == "prep" and p.lower_ == "to" and p.i > v.i
                        for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if ger is not None:
                content = _trim(ctx, ger.left_edge.i, ger.right_edge.i + 1)
        if content is None and cc is None and xc is None and lemma in _GERUND_PREP_CUES:
            # 'complaining of feeling sick', 'boasted of having beaten ...' (R53): a gerund complement
            # after the verb's preposition is the clause; the cue keeps the preposition ('complained
            # about the delays', a noun, stays as before).
            ger = next(((p, g) for p in v.children if p.dep_ == "prep" and p.lower_ in _GERUND_PREP_CUES[lemma] and p.i == v.i + 1
                        for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if ger is not None:
                content = _trim(ctx, ger[1].left_edge.i, ger[1].right_edge.i + 1)
                key, end = f"{lemma} {ger[0].lower_}", v.i + 2
        if content is None and lemma in ("warn", "threaten") and cc is None and xc is None:
            # 'warned of "dire consequences" unless the troops leave' (R25): the quoted danger with the
            # condition the source attached to it is the (mixed) warning; a bare 'warned of "X"' stays direct.
            of = next((p for p in v.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == v.i + 1 and _holds_quote(ctx, p)), None)
            cond = next((c for c in v.children if of is not None and c.dep_ == "advcl" and c.i > of.right_edge.i
                         and doc[c.left_edge.i].lower_ in ("unless", "if") and c.left_edge.i <= of.right_edge.i + 2), None)
            if cond is not None:
                content = _trim(ctx, of.i + 1, cond.right_edge.i + 1)
        if content is None and lemma == "warn" and cc is None and xc is None:
            # 'warned against using Indonesian airlines': the gerund is the advice (a directive, Q8);
            # also after the addressee ('warned residents against leaving their homes', cues20).
            addressee = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
            at = (v.i + 1, addressee.right_edge.i + 1) if addressee is not None else (v.i + 1,)
            ger = next((g for p in v.children if p.dep_ == "prep" and p.lower_ == "against" and p.i in at
                        for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if ger is not None:
                content = _trim(ctx, ger.left_edge.i, ger.right_edge.i + 1)
                key, end = "warn against", (v.i + 2 if ger.head.i == v.i + 1 else v.i + 1)
        nominal_cc = cc is not None and cc.pos_ in ("NOUN", "PROPN")  # 'declared the Strip an "enemy entity"': a predicate noun read as a clause
        if (content is None and cc is None or nominal_cc) and xc is None and lemma not in _ADDRESSEE_VERBS and cues.frame_of(key) == "speech":
            # (not a stance: 'denying the "security regime" allegations' quotes the accusers)
            quoted = _quoted_object(ctx, v)
            if quoted is not None:
                content, object_quote = quoted, True
        if content is not None and cc is not None and cc.i > v.i:
            content = _with_backshifted_conj(ctx, v, cc, content)
        if xc is not None:
            infinitive = any(g.lower_ == "to" and g.dep_ == "aux" for g in xc.children)
            adjunct = xc.left_edge.i > 0 and doc[xc.left_edge.i - 1].text in (",", ";", "—")
            if (not infinitive and not adjunct and xc.left_edge.i <= v.i + 3) or (infinitive and (any(c.dep_ in ("dobj", "dative") for c in v.children) or lemma in ("promise", "vow", "pledge", "threaten") or (lemma == "claim" and v.dep_ != "relcl") or _commits(ctx, v, lemma, speaker))):
                # "told them to leave", "vowed to fight", "said naming the virus after Wuhan would ..."
                content = _right_content(ctx, v, ("xcomp",))
                if content is not None and _commits(ctx, v, lemma, speaker):
                    content = _commitment_end(ctx, xc, content)
    elif frame == "directive":
        content = _right_content(ctx, v, ("xcomp", "ccomp"))
        if content is None:
            content = _infinitive_after_adjuncts(ctx, v)
        if content is None and end - 1 > v.i and doc[end - 1].dep_ == "prep" and doc[end - 1].lower_ in ("for", "on", "upon"):
            content = _object_then_infinitive(ctx, v, doc[end - 1])
        if content is None and key.endswith(" for"):
            content = _demanded(ctx, v, end)
    elif frame == "clause":
        cc = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i and (not ctx.in_quote[c.i] or _opens_unquoted(ctx, c))), None)
        if cc is not None and (_finite(cc) or (lemma in _RAISING_BELIEF and _infinitive_with_subject(cc, v))):
            content = _right_content(ctx, v, ("ccomp",))
        if content is None and cc is not None and _finding_subject(ctx, lemma, speaker) and _infinitive_with_subject(cc, v):
            content = _right_content(ctx, v, ("ccomp",))  # 'the review found the hospital to be understaffed' (evidence28)
        if content is None and _finding_subject(ctx, lemma, speaker):
            # 'the survey found those aged 17 to 29 to be ...', 'a poll showed support falling' (evidence28)
            content = _object_subject_clause(ctx, v) or _subject_participle(ctx, v)
        if content is None and lemma in _RAISING_BELIEF:
            # 'the city believed losses to only be around $380 million': the same belief as 'expect
            # [the costs] to rise', parsed with the infinitive's subject as the verb's object (evidence28)
            content = _object_subject_clause(ctx, v, infinitive_only=True)
    elif frame == "quote_only" and (cc := _that_clause(ctx, v)) is not None:
        # 'He continued that the agency would be in trouble', 'she elaborated that ...': a verb
        # that otherwise introduces only quotations ('continued to work' is no statement) reports
        # the finite clause its 'that' marks (missed23).
        content, frame = _right_content(ctx, v, ("ccomp",)), "speech"
    elif frame in ("estimate", "estimate_at"):
        content = _estimate_content(ctx, v, at_only=frame == "estimate_at")
    elif frame == "refusal":
        for c in v.children:
            if c.dep_ == "xcomp" and c.lemma_.lower() in cues.refusal_complements and c.i > v.i:
                content = _trim(ctx, c.left_edge.i, c.right_edge.i + 1)
    elif frame == "call" and (named := _free_relative_name(ctx, v)) is not None:
        content, path = named, "free_relative"
    elif frame in ("call", "np_quote"):
        obj = next((c for c in v.children if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") and c.i > v.i), None)
        if obj is None and own_subject and (subj := _subject(v)) is not None and subj.dep_ == "nsubjpass":
            # 'The re-brand was described by CEO Aubrey Swift as allowing ...': the predicate after 'as'.
            obj = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > v.i and c.n_rights), None)
            if obj is not None:
                obj = next(iter(obj.rights))
        if obj is not None:
            b = obj.right_edge.i + 1
            for c in v.children:
                if c.i > obj.i and c.dep_ in ("oprd", "ccomp", "xcomp", "prep", "advcl", "acomp") and (c.dep_ != "prep" or c.lower_ == "as" or (c.lower_ == "of" and lemma in ("accuse", "suspect")) or (c.lower_ == "for" and lemma in _FOR_GERUND_VERBS and _gerund_prep(c) and not _holds_quote(ctx, c))):
                    b = max(b, c.right_edge.i + 1)
                elif frame == "call" and c.dep_ == "dobj" and obj.dep_ == "dobj" and c.i > obj.i and not doc[b - 1].is_punct \
                        and all(doc[k].is_quote for k in range(b, c.left_edge.i)):
                    # 'calling it "a victory for workers"': the parser read the object's predicate
                    # as a second object; the naming is the object and its predicate (cues22).
                    b = c.right_edge.i + 1
            if obj.dep_ == "dobj" and not _holds_quote(ctx, obj):
                # 'offered her condolences to the "people of a brave nation" after the quake' (R25): the
                # source's words sit in a phrase on the object's verb; the object and the phrases up to
                # the quotation's are the (mixed) statement, with the writer's head noun in the span.
                nb, held = b, False
                for c in sorted(v.children, key=lambda c: c.i):
                    if c.i >= nb and c.dep_ == "prep" and c.lower_ in _OBJECT_QUOTE_PREPS and c.left_edge.i == nb:
                        nb, held = c.right_edge.i + 1, held or _holds_quote(ctx, c)
                if held:
                    b = nb
            if b + 1 < len(doc) and doc[b].lower_ == "and" and doc[b + 1].lower_ == "that" and doc[b + 1].dep_ == "mark" and not ctx.in_quote[b]:
                # 'calling the meeting a mistake and that relations were damaged': one statement.
                b = max(b, doc[b + 1].head.right_edge.i + 1)
            a, b = _trim(ctx, obj.left_edge.i, b)
            for i in range(a + 1, b):
                p = i - 1
                while p > a and doc[p].is_quote and ctx.in_quote[p - 1]:
                    p -= 1  # 'called them "vandals," saying "..."': the comma sits inside the closing mark
                if doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in cues.verbs and doc[p].lower_ in ("and", ",", "but") and not ctx.in_quote[i] and not (
                        doc[i].tag_ == "VBG" and doc[i].dep_ == "conj" and a <= doc[i].head.i < i and doc[i].head.i != v.i):
                    # (a gerund coordinated with one inside the charge is more of it: 'attacked X for
                    # wanting to undermine "A" and attacking those who ...')
                    a, b = _trim(ctx, a, p)  # "lauded X "..." and claimed ...": a second statement
                    break
            lo, hi = (doc[a].idx, _tok_end(doc, b - 1)) if b > a else (0, 0)
            quoted = any(lo <= m.open < hi and not _is_title(ctx.text[m.start : m.end]) for m in ctx.marks)
            # A gerund after 'accused X of' is a clausal complement (guideline Q8); 'accused X of fraud' is a noun.
            # The parser often hangs 'of' on the object ('accused [Mugabe of harming ...]').
            holders = (*v.children, *(obj.children if lemma in ("accuse", "suspect") else ()))
            gerund = any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in holders)
            # 'criticised Akayev for fleeing the country': the reason given is the source's charge (Q8),
            # like 'accused X of fleeing'; 'praised the crew for their bravery' is a noun and stays a stance.
            for_gerund = frame == "np_quote" and lemma in _FOR_GERUND_VERBS and obj.dep_ == "dobj" and any(c.i > obj.i and _gerund_prep(c) and not _holds_quote(ctx, c) for c in v.children)
            if quoted or gerund or for_gerund or any(doc[i].lower_ == "that" and doc[i].dep_ == "mark" for i in range(a, b)):
                content = (a, b)
                if for_gerund and not quoted:
                    frame = "call"  # an object with a clause of its own, read like 'accused X of ...'
                    closed = True  # a quotation after it is not part of the charge ('... for trying to link A;"B," said Pelosi')
            elif obj.dep_ == "xcomp" and _commits(ctx, v, lemma, speaker):
                content, frame = (a, b), "speech"  # 'offered to oppose McCain': what was offered is said

    if content is not None and frame == "clause" and _relative_subject(doc, content) and _generic_holder(_subject(v)):
        # 'the recession, which most economists believe began in 2008': a belief inside the writer's
        # relative clause is background (a saying is kept: 'sanctions, which Bush says are crucial').
        content = None
    if content is not None and v.tag_ == "VBD":
        content = _cut_present_comment(ctx, content)
    if content is not None and content[0] > v.i:
        content = (content[0], _condition_end(ctx, v, content[1]))
    cut = False
    if content is not None:
        capped = _cap_at_sentence_end(ctx, content)
        content = _cut_writer_tail(ctx, capped)
        cut = content[1] < capped[1] or closed
        if content[1] <= content[0] or (frame in ("speech", "prep", "clause") and not object_quote and not _has_verb(doc, *content) and not _mistagged_clause(v, *content)):
            content = None
        else:
            side = "right"
    relayed = _relayed_report(ctx, v, frame, own_subject)
    if relayed is not None:
        # 'The convoy was attacked, Iraq says a military spokesman told reporters': the clause
        # after the postposed cue is a second report with no words of its own; the fronted
        # statement is its speaker's, and the cue's subject the layer it came through.
        content = _left_content(ctx, v, speaker)
        via, speaker, path = speaker, relayed, "relay"
        side, cut = ("left" if content else ""), False
    # The object of 'told reporters', 'assured investors' is the addressee, not content.
    addressed = lemma in _ADDRESSEE_VERBS
    ends_clause = not any(c.i > v.i and c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "acomp") and not (addressed and c.dep_ == "dobj") for c in v.children)
    if content is None and ends_clause and frame in ("speech", "quote_only", "clause", "estimate", "postposed") and (own_subject or v.dep_ in ("ROOT", "parataxis") or any(c.dep_ == "ccomp" and c.i < v.i for c in v.children)):
        content = _left_content(ctx, v, speaker)
        side = "left" if content else ""
    if content is None and own_subject and frame == "speech" and v.dep_ == "ccomp" and v.head.i > v.right_edge.i and not _inverted_cue(ctx, v.head):
        # "Al Jazeera reported on Thursday, coverage had risen to 55 percent": the parser made the
        # report a clause of its own content. (Not when the head is itself a postposed cue:
        # 'Bush agreed to sign the bill, said Senator Specter' reports Bush's agreement.)
        a, b = v.right_edge.i + 1, v.head.right_edge.i + 1
        if a < b and doc[a].text in (",", ":", "—") and _has_verb(doc, a, b):
            content = _cap_at_sentence_end(ctx, _trim(ctx, a, b))
            side = "right"
    if content is None and own_subject and frame == "speech" and v.dep_ == "parataxis" and v.head.i > v.right_edge.i:
        # "Still, Angelides said, the budget is out of balance": a cue set off by commas inside the
        # statement; the statement is the clause after it when its subject comes after the cue.
        h = v.head
        subj = _subject(h)
        a, b = v.right_edge.i + 1, h.right_edge.i + 1
        comma = doc[v.right_edge.i].text == "," or (a < b and doc[a].text == ",")
        if comma and subj is not None and subj.i >= a and _has_verb(doc, a, b):
            content = _cap_at_sentence_end(ctx, _trim(ctx, a, b))
            side = "right"
    if content is None and own_subject and frame in ("speech", "clause") and v.dep_ in ("parataxis", "advcl", "ccomp") and v.head.i > v.right_edge.i:
        content = _split_content(ctx, v, speaker)
        if content is not None:
            side, path = "right", "split"
    if content is None and passive_agent:
        content = _passive_content(ctx, v)
        side = "right" if content else ""
        if content is not None and frame == "np_quote":
            frame = "call"  # 'was criticised as X by Y': the subject with its predicate, read like 'was described as X'
    left = None
    if side == "right" and own_subject and frame == "speech" and any(c.dep_ == "ccomp" and c.i < v.i for c in v.children):
        # "A, said X, fellow at Y: “B”": a statement on each side of the cue.
        left = _left_content(ctx, v, speaker)
    if content is None and frame not in ("speech", "quote_only"):
        # Directives, calls and refusals without their complement are no statement;
        # keep them only to attribute an adjacent direct quote.
        side = ""
    if content is not None and _anonymity_request(ctx, content):
        return None
    sem = _sem_frame(ctx, v, key or v.lemma_.lower(), frame, speaker, content)
    return _Cue(v.i, end, frame, speaker, via=via, content=content, side=side, verb=v, left=left, sem=sem, path=path, cut=cut and side == "right",
                object_quote=object_quote and content is not None)


def _condition_end(ctx: _Context, v: Token, b: int) -> int:
    """Where a statement ends that the parser cut before its condition (cut29).

    'has threatened to withdraw from the peace talks if more rebel groups are invited' and
    'threatened an "open war" against the government unless they stopped their operations':
    the parser hangs the final 'if' / 'unless' clause on the cue verb, outside the reported
    words, but a condition set right after the statement is the source's (the gold of every
    development set keeps it: 131 kept, none cut). Only a clause that opens with its 'if' /
    'unless' right at the statement's end (or after a comma) and lies after it is taken.
    ``b`` is the statement's end (a token index); returns the new end.
    """
    doc = ctx.doc
    at = b + 1 if b < len(doc) and doc[b].text == "," else b
    for c in v.children:
        if c.dep_ != "advcl" or c.i <= b or c.left_edge.i != at or ctx.in_quote[c.i]:
            continue
        m = doc[at]
        if m.dep_ == "mark" and m.head.i == c.i and m.lower_ in ("if", "unless") and not any(ctx.in_quote[k] for k in range(at, c.right_edge.i + 1)):
            return _trim(ctx, at, c.right_edge.i + 1)[1]
    return b


#: Verbs of 'asked not to be named / identified': the request for anonymity is the reporter's
#: note on the source, not a statement of it.
#: Commissive stance verbs whose infinitive is what the source committed to ('agreed to
#: co-operate with prosecutors', 'offered to step down'): main items in the frames addendum.
_COMMISSIVES = frozenset({"agree", "offer", "propose"})


def _own_adjuncts(v: Token, a: int, b: int) -> bool:
    """Whether tokens ``a`` to ``b`` are only the cue's own time and place adjuncts ('at its meeting
    in Vienna on Tuesday', 'last week'): prepositional phrases (not an addressee 'with the union'),
    bare noun adverbials and adverbs hanging on ``v``, with no punctuation or quotation among them."""
    if b <= a:
        return True
    def adjunct(c: Token) -> bool:
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ in ("npadvmod", "advmod"):
            return True
        if c.dep_ != "prep" or not objs or c.lower_ in ("with", "to", "for", "upon"):
            return False
        # 'agreed on Friday to ...' is a time; 'agreed on a plan to ...' names what was agreed
        return c.lower_ != "on" or objs[0].ent_type_ in ("DATE", "TIME")

    spans = [(c.left_edge.i, c.right_edge.i + 1) for c in v.children if a <= c.i < b and adjunct(c)]
    doc = v.doc
    return all(any(x <= i < y for x, y in spans) and not doc[i].is_punct and not doc[i].is_quote for i in range(a, b))


def _infinitive_after_adjuncts(ctx: _Context, v: Token) -> tuple[int, int] | None:
    """The demand of a directive cue whose infinitive the parser hung as an adverbial clause after
    the addressee and the cue's own adjuncts: 'requested the directorate in May 2006 to follow the
    example of South Africa' -> 'to follow the example of South Africa' (the addressee stays out, as
    with 'urged X to')."""
    doc = ctx.doc
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None or ctx.in_quote[obj.i] or not (_source_like(ctx, obj) or people.is_body_noun(obj.lower_) or people.is_group_noun(obj.lower_)):
        return None  # 'ordered parts from China last year to build ...': a purchase, not a demand
    inf = next((c for c in v.children if c.dep_ in ("advcl", "xcomp") and c.i > obj.right_edge.i and c.tag_ == "VB"
                and doc[c.left_edge.i].lower_ == "to" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if inf is None or ctx.in_quote[inf.i] or not _own_adjuncts(v, obj.right_edge.i + 1, inf.left_edge.i):
        return None
    a, b = _trim(ctx, inf.left_edge.i, inf.right_edge.i + 1)
    return (a, b) if b > a else None


def _addressed_infinitive(ctx: _Context, v: Token, source: bool = False) -> tuple[int, int] | None:
    """The demand of 'VERB ADDRESSEE to INFINITIVE' in any of the parser's readings: the infinitive
    as the verb's open complement or adverbial clause after the addressee ('challenged the council
    to publish', 'exhorted the army to modernise', 'requested his regiment, the Blues and Royals,
    to treat him'), or the addressee read as the subject of an infinitive clause ('welcomed every
    adult to register'). The addressee is a noun or pronoun (not a time, not 'it'); the content starts at 'to'.
    With ``source``, the addressee must be a noun that can act (``_source_like``): the verbs of
    ``object_directive_verbs`` also take things ('invited bids to build the stadium')."""
    doc = ctx.doc

    def addressee(t: Token) -> bool:
        # The verbs of the class address people: any noun or pronoun object but a time or a reflexive.
        return not ctx.in_quote[t.i] and t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in _NUMERIC_ENTS | {"DATE", "TIME"} \
            and t.lower_ not in ("it", "itself", "themselves", "himself", "herself", "this", "that") and (not source or _source_like(ctx, t))

    inf = None
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is not None and addressee(obj):
        inf = _object_infinitive(ctx, v, obj)
    else:
        inf = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i and c.tag_ == "VB"
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                    and any(g.dep_ == "nsubj" and g.i == next(iter(c.children)).i and addressee(g) for g in c.children)), None)
    if inf is None or ctx.in_quote[inf.i]:
        return None
    to = next(g for g in inf.children if g.dep_ == "aux" and g.lower_ == "to")
    a, b = _trim(ctx, to.i, inf.right_edge.i + 1)
    return (a, b) if b > a else None


def _is_to_infinitive(c: Token) -> bool:
    """A bare verb opened by its own 'to' ('to leave', 'to be ready')."""
    return c.tag_ == "VB" and any(g.dep_ == "aux" and g.lower_ == "to" and g.i == c.left_edge.i for g in c.children)


def _object_infinitive(ctx: _Context, v: Token, obj: Token) -> Token | None:
    """The to-infinitive that completes 'VERB OBJECT to ...' wherever the parser hung it: the verb's
    open complement or adverbial clause after the object, with nothing between but punctuation,
    adverbs and the verb's own prepositional phrases ('invited the mayors to the capital to discuss
    ...'); or an infinitive that ends the object's phrase, hung on an adjective of its relative
    clause or modifier ('encouraged workers who are eligible to join the strike'). An infinitive
    under a verb inside the object ('urged people who want to leave') is that verb's, one on the
    object noun its own purpose ('requested a meeting to negotiate')."""
    doc = ctx.doc
    e = obj.right_edge.i

    def gap_ok(a: int, b: int) -> bool:
        allowed = set()
        for c in v.children:
            if c.dep_ in ("prep", "dative") and c.i > e:
                allowed.update(range(c.left_edge.i, c.right_edge.i + 1))
        return all(doc[i].is_punct or doc[i].dep_ in ("advmod", "npadvmod") or i in allowed for i in range(a, b))

    inf = next((c for c in v.children if c.dep_ in ("xcomp", "advcl") and c.i > e and _is_to_infinitive(c) and gap_ok(e + 1, c.left_edge.i)), None)
    if inf is not None:
        return inf
    return next((c for c in obj.subtree if c.i > obj.i and c.dep_ in ("xcomp", "acl", "advcl") and c.right_edge.i == e and _is_to_infinitive(c)
                 and c.head.pos_ == "ADJ" and c.head.i != obj.i), None)


#: Verbs whose clause 'what ...' is an indirect question rather than a free relative.
_ASKING = frozenset({"ask", "wonder", "question", "know", "inquire", "enquire", "query", "decide", "determine"})


def _free_relative_name(ctx: _Context, v: Token) -> tuple[int, int] | None:
    """The name a source gives in a free relative: 'in what he calls "the mother of all storms"',
    'what it called a "day of action"', 'ten months of what he described as torture'.

    The naming verb's object is 'what', set before it, and its subject is its own; the statement is
    the predicate after the verb (the object of 'as' for describe/refer), ended at the closing mark
    of a quotation it opens with or holds ('what it calls "a campaign" by the minister': the
    campaign's naming, not the writer's 'by ...'). A quoted name is direct or mixed, an unquoted one
    indirect (0.9.0; the gold of all annotated sets takes all four such names).
    """
    doc = ctx.doc
    # Also a relative clause whose pronoun is the naming verb's object ('her dog, which she
    # describes as her best friend', 'the war, which he called a tragedy'; rule R32: the content is
    # the material after the verb, the pronoun's gap unfilled).
    relative = v.dep_ == "relcl"
    what = next((c for c in v.children if (c.lower_ == "what" or (relative and c.lower_ in ("which", "that", "whom"))) and c.i < v.i and c.dep_ in ("dobj", "nsubjpass", "oprd")), None)
    if what is None or v.left_edge.i != what.i or not any(c.dep_ == "nsubj" and what.i < c.i < v.i for c in v.children):
        return None
    if v.dep_ in ("ccomp", "xcomp") and v.head.lemma_.lower() in _ASKING:
        return None  # 'asked what he called the policy': an indirect question, no name given
    pred = next((c for c in v.children if c.i > v.i and c.dep_ in ("oprd", "dobj", "xcomp", "ccomp", "attr")), None)
    if pred is None:
        as_word = next((c for c in v.children if c.i > v.i and c.dep_ == "prep" and c.lower_ == "as"), None)
        pred = next((g for g in as_word.children if g.dep_ in ("pobj", "pcomp") or (relative and g.dep_ in ("amod", "acomp") and g.i > as_word.i)), None) if as_word is not None else None
    if pred is None:
        return None
    a, b = pred.left_edge.i, pred.right_edge.i + 1
    if b < len(doc) and doc[b].pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and not ctx.in_quote[b]:
        return None  # 'what he termed US and NATO interference': the parser cut the name in two
    if relative and what.lower_ != "what" and pred.head.lower_ == "as" and pred.head.i == a - 1:
        a -= 1  # 'which she describes as her best friend': the material after the cue (R32)
    if a > 0 and doc[a - 1].text in _OPENING_MARKS:
        a -= 1  # the opening mark the parser hung on the verb
    lo, hi = doc[a].idx, _tok_end(doc, b - 1)
    for m in ctx.marks:
        if lo <= m.open < hi and m.close >= 0:
            k = ctx.token_at(m.close)
            if k + 1 < b and m.open < pred.idx < m.close:
                # the name's head noun is quoted: what follows the mark is the writer's ('a "campaign"
                # by the minister'); a quoted modifier ('its "almost uncontained" use of force') is not
                b = k + 1
            break
    else:
        if b < len(doc) and doc[b].text in _CLOSING_MARKS and ctx.in_quote[b - 1]:
            b += 1
    a, b = _trim(ctx, a, b)
    return (a, b) if b > a else None


def _commits(ctx: _Context, v: Token, lemma: str, speaker: Token | None) -> bool:
    """Whether 'X agreed to / offered to + infinitive' is a statement of X.

    Only with a person or organisation as the source, and not in the writer's relative
    clause ('the firm, which agreed to pay ...' describes it) nor after an addressee or
    object ('agreed with the union to ...' is kept by the addressee rule).
    """
    if lemma not in _COMMISSIVES or speaker is None or v.dep_ in ("relcl", "acl", "amod"):
        return False
    if any(t.dep_ == "ccomp" for t in (v, *v.ancestors)):
        return False  # 'announced that they have agreed to merge': part of the outer statement
    h = v
    while h.dep_ == "conj" and h.head.i < h.i:
        h = h.head
    # 'The union suspended the strike, agreeing to resume talks': a participle set off by a comma,
    # with no subordinator, is the subject's own act (its subject is the main clause's).
    participle = h.dep_ == "advcl" and h.tag_ == "VBG" and h.i > 0 and ctx.doc[h.i - 1].text == "," and h.head.pos_ in ("VERB", "AUX") and h.head.i < h.i
    if (h.dep_ in ("advcl", "pcomp", "relcl", "acl", "xcomp", "ccomp") and not participle) or any(c.dep_ == "mark" for c in (*v.children, *h.children)):
        # 'vowing to stay until the President agreed to meet her', 'accused of agreeing to pay',
        # 'until the movement recognizes Israel and agrees to ...', 'Jelliffe, who is ... and offered to':
        # the writer's circumstance or someone else's words, not the subject's statement.
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("according", "per") for c in v.children) or any(
            c.dep_ in ("parataxis", "ccomp") and c.i > v.i and c.lemma_.lower() in ctx.cues.verbs for c in v.children):
        return False  # 'According to X, Ghedi agreed to ...', '... agreed to pay the debt, reports indicated': X's report
    if not _source_like(ctx, speaker) or speaker.lower_ in ("they", "them") and speaker.dep_ != "nsubj":
        return False
    xc = next((c for c in v.children if c.dep_ == "xcomp" and c.i > v.i), None)
    first = v.i + 1
    if first + 1 < len(ctx.doc) and ctx.doc[first].lower_ in ("not", "never") and ctx.doc[first].dep_ == "neg":
        first += 1  # 'agreed not to strike again': the negated commitment is the statement
    if xc is None or ctx.in_quote[xc.i]:
        return False
    if xc.left_edge.i in (v.i + 1, first):
        return ctx.doc[first].lower_ == "to"
    # 'agreed at its meeting in Vienna on Tuesday to suspend ...': the cue's own time and place
    # adjuncts may stand between the cue and its infinitive.
    return xc.left_edge.i > first and ctx.doc[xc.left_edge.i].lower_ == "to" and _own_adjuncts(v, first, xc.left_edge.i)


def _name_ending_in_pronoun(t: Token) -> bool:
    """'Toys R Us said ...': a capitalised pronoun with name words before it is a name, not a pronoun."""
    return t.text[:1].isupper() and t.i > 0 and any(c.dep_ == "compound" and c.i < t.i for c in t.children)


def _commitment_end(ctx: _Context, xc: Token, content: tuple[int, int]) -> tuple[int, int]:
    """End a commitment before the writer's additions: a second clause with its own subject
    ('agreed to vote for the deal and the other fund will also support it') and the stated
    motive ('agreed to co-operate in the hope(s) of a lenient sentence')."""
    a, b = content
    for t in ctx.doc[a:b]:
        if a < t.i < b and ((t.dep_ == "conj" and _subject(t) is not None and (t.head.i == xc.head.i or a <= t.head.i < t.i))
                            or (t.lower_ == "in" and t.i + 2 < len(ctx.doc) and ctx.doc[t.i + 2].lemma_.lower() == "hope")):
            b = min(b, t.left_edge.i)
    return _trim(ctx, a, b) if b > a else content


def _demanded(ctx: _Context, v: Token, end: int) -> tuple[int, int] | None:
    """What a 'call for' / 'ask for' cue demands: a for-to clause or a noun phrase with a quotation.

    'called for the minister to resign' (the parser reads 'for' as the clause's mark) and
    'calling for a holy war against the "Zionists and crusaders"' are statements; a bare noun
    phrase ('called for calm', 'asked for comment') is a stance without words of the source,
    left out like the objects of `np_quote` cues.
    """
    doc = ctx.doc
    for c in v.children:
        if c.dep_ == "advcl" and c.left_edge.i == end - 1 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return _trim(ctx, end, c.right_edge.i + 1)
        if c.dep_ == "prep" and c.i == end - 1:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None:
                return None
            a, b = _trim(ctx, obj.left_edge.i, obj.right_edge.i + 1)
            if b <= a:
                return None
            lo, hi = doc[a].idx, _tok_end(doc, b - 1)
            if any(lo <= m.open < hi and not _is_title(ctx.text[m.start : m.end]) for m in ctx.marks):
                return a, b
    return None


def _object_then_infinitive(ctx: _Context, v: Token, prep: Token) -> tuple[int, int] | None:
    """'called on Sunoco to reverse its plans', 'asked for loans to be activated': the demand of a prepositional directive cue.

    The parser reads the preposition's object as the cue's and hangs the infinitive on the
    cue verb as an adverbial clause; together they are what was demanded. Prepositional
    phrases of the cue between them ('called for Kenyans in towns around Kenya to gather')
    stay inside; a participle after a comma at the infinitive's end (', aimed at helping
    ...') is the writer's and stays out.
    """
    doc = ctx.doc
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None:
        return None
    inf = next((c for c in v.children if c.dep_ in ("advcl", "xcomp") and c.i > obj.right_edge.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if inf is None or ctx.in_quote[inf.i]:
        return None
    for i in range(obj.right_edge.i + 1, inf.left_edge.i):
        t = doc[i]
        # only the cue's own prepositional phrases (or the object's) may sit between
        inside = any(t.i in range(p.left_edge.i, p.right_edge.i + 1) for p in v.children if p.dep_ in ("prep", "npadvmod") and obj.right_edge.i < p.i < inf.i)
        if not inside:
            return None
    b = inf.right_edge.i + 1
    for c in inf.children:
        if c.i > inf.i and c.dep_ in ("advcl", "acl") and c.tag_ in ("VBN", "VBG") and doc[c.left_edge.i - 1].text == ",":
            b = min(b, c.left_edge.i - 1)
    # 'called on X to act': X is the addressee, the demand is the infinitive (as with 'urged X to');
    # 'called for X to act': X is the for-to clause's subject and part of what is demanded.
    a, b = _trim(ctx, inf.left_edge.i if prep.lower_ in ("on", "upon") else obj.left_edge.i, b)
    return (a, b) if b > a else None


def _quoted_object(ctx: _Context, v: Token) -> tuple[int, int] | None:
    """A speech verb's noun-phrase object that holds a quoted fragment, with its predicate ('as ...').

    'mentioned other issues such as terrorism and "an objective timetable" for forces to leave'
    and 'claims the city as its "united and eternal capital"' report the source's words inside
    the writer's phrase: the object is the (mixed) statement, as for `np_quote` verbs. An object
    without marks ('mentioned the budget') stays no statement, and an object that is only the
    quotation ('mentioned "the crisis"') stays a direct quote.
    """
    doc = ctx.doc
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i and not ctx.in_quote[c.i]), None)
    if obj is None:
        return None
    b = obj.right_edge.i + 1
    pred = next((c for c in v.children if c.i == b and c.dep_ == "prep" and c.lower_ == "as"), None)
    if pred is None:
        pred = next((c for c in v.children if c.dep_ in ("oprd", "ccomp") and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == b), None)
    if pred is not None:
        b = pred.right_edge.i + 1  # 'claims the city as its "capital"', 'declared the Gaza Strip an "enemy entity"'
    else:
        # 'announced its withdrawal due to "difficult market conditions"': the reason or topic phrase
        # right after the object holds the source's words; the object and the phrase are the statement.
        why = next((c for c in v.children if c.i == b and c.dep_ == "prep" and c.lower_ in _OBJECT_REASON_PREPS and _holds_quote(ctx, c)), None)
        if why is not None:
            b = why.right_edge.i + 1
    a, b = _trim(ctx, obj.left_edge.i, b)
    if b <= a:
        return None
    lo, hi = doc[a].idx, _tok_end(doc, b - 1)
    inside = [m for m in ctx.marks if m.close >= 0 and lo <= m.open and m.close < hi + 1 and not _is_title(ctx.text[m.start : m.end])]
    if not inside:
        return None
    quoted = sum(m.close + 1 - m.open for m in inside)
    outside = ctx.text[lo:hi]
    for m in inside:
        outside = outside.replace(ctx.text[m.open : m.close + 1], " ")
    if len(outside.split()) < 2 or quoted <= 0:
        return None
    return a, b


def _object_clause(ctx: _Context, v: Token) -> tuple[int, int] | None:
    """A reported clause the parser split into the cue's object and a second part (guideline Q8).

    'maintained an inquiry is what the committee is doing': the clause's subject was read as
    the object and its verb as a verb joined to the cue, with nothing between them (a real
    second act has 'and': 'maintained his innocence and resigned'). 'declared the outbreak
    to be a pandemic': the infinitive 'to be' hangs on the object; object and predicate are
    the statement ('announced plans to build' names no predicate and stays an act).
    """
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i and not ctx.in_quote[c.i]), None)
    if obj is None:
        return None
    for k in v.children:
        if k.dep_ == "conj" and k.left_edge.i == obj.right_edge.i + 1 and k.pos_ in ("VERB", "AUX") and _subject(k) is None \
                and (k.tag_ in ("VBZ", "VBD", "VBP", "MD") or any(g.dep_ in ("aux", "auxpass") for g in k.children)):
            return _cap_at_sentence_end(ctx, _trim(ctx, obj.left_edge.i, k.right_edge.i + 1))
    for k in obj.children:
        if k.dep_ == "acl" and k.i > obj.i and k.lemma_.lower() == "be" and any(g.dep_ == "aux" and g.lower_ == "to" for g in k.children) \
                and any(g.dep_ in ("attr", "acomp") for g in k.children):
            return _cap_at_sentence_end(ctx, _trim(ctx, obj.left_edge.i, max(obj.right_edge.i, k.right_edge.i) + 1))
    return None


#: Dependencies of the words the parser may leave between a finding's object and its predicate
#: ('found those aged 17 to 29 to be ...': '17 to 29' hangs on the verb).
_GAP_DEPS = frozenset({"npadvmod", "advmod", "nummod", "quantmod", "prep"})


def _object_subject_clause(ctx: _Context, v: Token, *, infinitive_only: bool = False) -> tuple[int, int] | None:
    """An unmarked finding whose subject the parser made the cue's object (evidence28).

    'a poll indicated only one in ten actually knew ...' (the finite verb hung on the cue with no
    subject of its own), 'the survey found those aged 17 to 29 to be more interested' and 'a poll
    showed support falling' (the object and its infinitive or participle): the object with its
    predicate is the statement, like a that-clause. A plain object ('the study found no link',
    'the data showed a rise in prices') and an object with a modifier of its own ('found the money
    used for ...', the participle hung on the noun) give none.
    """
    doc = ctx.doc
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i and not ctx.in_quote[c.i]), None)
    if obj is None or obj.left_edge.i != v.i + 1 and not all(doc[k].dep_ in ("advmod", "det", "amod", "nummod", "quantmod") for k in range(v.i + 1, obj.left_edge.i)):
        return None
    if obj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or obj.lower_ in ("that", "what", "it", "this"):
        return None

    def follows(k: Token) -> bool:
        """The predicate starts right after the object, or after words hung on the verb that are no clause."""
        gap = range(obj.right_edge.i + 1, k.left_edge.i)
        if len(gap) > 4:
            return False
        for i in gap:
            t = doc[i]
            if t.is_punct or t.pos_ in ("VERB", "AUX", "CCONJ") or ctx.in_quote[i]:
                return False
            h = t
            while h.head.i != v.i and h.head.i != h.i:
                h = h.head
            if h.head.i != v.i or h.dep_ not in _GAP_DEPS:
                return False
        return True

    for k in v.children:
        if k.i <= obj.i or ctx.in_quote[k.i] or not follows(k) or doc[k.left_edge.i - 1].is_punct:
            continue  # (after a comma the predicate is the object's own: 'a trend among teenagers using drugs, such as X, to get high')
        to = any(g.dep_ == "aux" and g.lower_ == "to" for g in k.children)
        if k.dep_ in ("xcomp", "advcl") and to and k.pos_ in ("VERB", "AUX") and _subject(k) is None and (k.dep_ == "xcomp" or k.left_edge.i == obj.right_edge.i + 1):
            pass  # 'found those aged 17 to 29 to be more interested'
        elif infinitive_only:
            continue
        elif k.dep_ in ("dep", "ccomp", "conj") and not to and _subject(k) is None and k.pos_ in ("VERB", "AUX") \
                and (k.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(g.dep_ in ("aux", "auxpass") for g in k.children)) \
                and not any(g.dep_ in ("cc", "mark") and g.i < k.i for g in k.children):
            pass  # 'indicated only one in ten actually knew'
        else:
            continue
        a = obj.left_edge.i
        if not to and doc[a].lower_ == "that" and doc[a].head.i == obj.i and a + 1 < obj.i + 1:
            a += 1  # 'tests had shown that part of the intestine had developed necrosis': the complementizer read as a determiner
        return _cap_at_sentence_end(ctx, _trim(ctx, a, max(obj.right_edge.i, k.right_edge.i) + 1))
    return None


def _finding_subject(ctx: _Context, lemma: str, speaker: Token | None) -> bool:
    """Whether a cue of ``evidence_verbs`` has a body of evidence or a findings document as subject
    ('the survey found', 'polls indicate', 'the report shows'; not 'the committee found')."""
    return lemma in ctx.cues.evidence_verbs and speaker is not None and (_is_evidence(ctx, speaker) or _finding_document(ctx, speaker))


def _subject_participle(ctx: _Context, v: Token) -> tuple[int, int] | None:
    """'a poll showed support falling': a participle clause with its own subject right after the cue."""
    for k in v.children:
        subj = _subject(k)
        if k.dep_ == "ccomp" and k.i > v.i and k.tag_ == "VBG" and not ctx.in_quote[k.i] and subj is not None and subj.dep_ == "nsubj" \
                and subj.left_edge.i == v.i + 1 and not any(g.dep_ in ("aux", "mark") for g in k.children):
            return _cap_at_sentence_end(ctx, _trim(ctx, k.left_edge.i, k.right_edge.i + 1))
    return None


#: Stance verbs whose reason, a gerund after 'for', is what the source charges or credits
#: ('criticised Akayev for fleeing the country', 'praised the council for acting quickly').
#: Prepositions of a phrase on an `np_quote` verb that, holding the source's quoted words, join its object
#: in the statement ('offered condolences to the "brother people"', 'praised the crew for their "heroic
#: calm"'). Not 'in', 'at', 'during' (the writer's place and time).
_OBJECT_QUOTE_PREPS = frozenset({"to", "for", "on", "over", "about", "with"})

#: Prepositions of a reason or a topic after a speech verb's object (see :func:`_quoted_object`).
_OBJECT_REASON_PREPS = frozenset({"due", "because", "over", "about", "for", "against", "amid"})

_FOR_GERUND_VERBS = frozenset({"criticise", "criticize", "condemn", "blame", "praise", "laud", "applaud", "slam", "blast", "denounce", "attack", "thank", "hail"})


def _gerund_prep(p: Token) -> bool:
    """'for fleeing the country': a 'for' whose object is a gerund clause (not 'for their bravery')."""
    return p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in p.children)


def _relayed_report(ctx: _Context, v: Token, frame: str, own_subject: bool) -> Token | None:
    """The source of 'A, Iraq says a military spokesman told reporters' (``v`` = 'says').

    A speech cue with its own subject and a clause before it (the fronted statement) whose
    clause after it is only another speech cue with a noun subject of its own and no reported
    clause of its own ('a spokesman told reporters', 'an official reported'): that second cue
    reports the fronted statement. Returns its subject, or None."""
    if frame != "speech" or not own_subject or ctx.in_quote[v.i] or not any(c.dep_ == "ccomp" and c.i < v.i for c in v.children):
        return None
    inner = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
    if inner is None or ctx.in_quote[inner.i] or ctx.cues.verbs.get(inner.lemma_.lower()) != "speech":
        return None
    subj = _subject(inner)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or not v.i < subj.i < inner.i:
        return None
    if any(g.dep_ in ("ccomp", "xcomp", "advcl", "csubj", "parataxis") or (g.dep_ == "dobj" and inner.lemma_.lower() not in _ADDRESSEE_VERBS) for g in inner.children):
        return None  # 'Iraq says a spokesman denied the claim': the second verb has an object or clause of its own
    return subj


def _charge_gerund(ctx: _Context, v: Token, lemma: str) -> bool:
    """'blaming the army for killing ...', 'accusing the council of ignoring ...': the cue has an
    object and a gerund clause after 'for' (a stance verb of `_FOR_GERUND_VERBS`) or 'of' ('accuse',
    'suspect'): the charge is a clause, the source's statement (guideline Q8)."""
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None:
        return False
    holders = (*v.children, *(obj.children if lemma in ("accuse", "suspect") else ()))
    if lemma in ("accuse", "suspect") and any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in holders):
        return True
    return lemma in _FOR_GERUND_VERBS and any(c.i > obj.i and _gerund_prep(c) and not _holds_quote(ctx, c) for c in v.children)


def _opens_unquoted(ctx: _Context, cc: Token) -> bool:
    """Whether clause ``cc``, whose head word is quoted, opens with the writer's words (its subject).

    'believes that the reform can "change the lives of millions" of families': the quotation is a
    fragment inside the reported clause, which is the (mixed) statement; 'believes "this will work"'
    quotes the whole clause and stays a direct quote.
    """
    doc = ctx.doc
    first = next((i for i in range(cc.left_edge.i, cc.i) if not (doc[i].dep_ == "mark" or doc[i].is_punct or doc[i].is_space)), None)
    return first is not None and not ctx.in_quote[first] and any(
        g.dep_ in ("nsubj", "nsubjpass", "expl") and not ctx.in_quote[g.i] and g.i < cc.i for g in cc.children)


def _holds_quote(ctx: _Context, p: Token) -> bool:
    """A quotation or a semicolon inside the phrase: the parser ran it on into the next clause
    ('criticised X for trying to ...;"The president's ..." said Pelosi'), left to the quote rules."""
    doc = ctx.doc
    return any(ctx.in_quote[i] or doc[i].is_quote or doc[i].text == ";" for i in range(p.left_edge.i, p.right_edge.i + 1))


def _addressee_clause(ctx: _Context, v: Token) -> tuple[int, int] | None:
    """'have reassured the public that tube services will not be affected': the parser hung the
    reported clause on the addressee as a relative clause. It is the statement when its 'that' is
    a complementizer and the clause has a subject of its own ('told the man that had called' is a
    relative clause: there 'that' is the subject)."""
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i and not ctx.in_quote[c.i]), None)
    if obj is None:
        return None
    for k in obj.children:
        if k.dep_ in ("relcl", "acl") and k.i > obj.i and _finite(k) and not ctx.in_quote[k.i]:
            first = ctx.doc[k.left_edge.i]
            own = _subject(k)
            if first.lower_ == "that" and first.dep_ == "mark" and first.head.i == k.i and own is not None and own.i > first.i:
                return _cap_at_sentence_end(ctx, _trim(ctx, *_subtree_range(k)))
    return None


#: Cues whose reported clause can be a gerund after 'to' ('confessed to making ...').
_GERUND_TO_VERBS = frozenset({"admit", "confess", "own"})

#: Speech cues whose reported clause can be a gerund right after one of these prepositions (R53:
#: a gerund complement of a communication verb is clausal): 'complaining of feeling sick',
#: 'boasted about having won'. A noun after the preposition ('complained about the delays') is none.
_GERUND_PREP_CUES = {"complain": frozenset({"of", "about"}), "boast": frozenset({"of", "about", "on"})}

#: Auxiliaries of a reported clause put in the past ('she was not scared and was concentrating').
_BACKSHIFT = frozenset({"was", "were", "had", "would", "could", "might"})


def _backshifted_report(ctx: _Context, v: Token, k: Token) -> bool:
    """Whether verb ``k``, joined to a reported clause with no subject of its own, is reported too.

    'said the CIA no longer held any prisoners and was disclosing information ...': the
    past auxiliary of 'was disclosing' (which the past-tense cue does not have) shows the
    verb is put in the past by the reporting, like the clause it is joined to; 'said A but
    declined to B' (no auxiliary) is the speaker's act and a statement of its own.
    """
    if ctx.in_quote[k.i] or _subject(k) is not None or k.pos_ not in ("VERB", "AUX"):
        return False
    if ctx.cues.verbs.get(k.lemma_.lower(), "quote_only") != "quote_only" and any(
            g.dep_ in ("ccomp", "xcomp") or (g.dep_ == "advcl" and g.lemma_.lower() in ctx.cues.verbs) or (g.dep_ == "prep" and g.lower_ == "as")
            for g in k.children if g.i > k.i):
        return False  # 'said that A and was quoted saying that, "..."': a cue with words of its own
    return _backshifted(v, k)


def _backshifted(v: Token, k: Token) -> bool:
    """Whether verb ``k``, joined to the past-tense cue ``v``, carries a past auxiliary the cue
    does not have ('said A and *was* disclosing B'): the reporting put it in the past, so it is
    reported speech; with no auxiliary, or the cue's own ('had said ... and had left'), it is an
    act of the speaker."""
    if not (v.tag_ == "VBD" or any(g.dep_ == "aux" and g.lower_ == "had" for g in v.children)):
        return False
    own_aux = {g.lower_ for g in v.children if g.dep_ in ("aux", "auxpass")}
    aux = {g.lower_ for g in k.children if g.dep_ in ("aux", "auxpass") and g.i < k.i}
    return bool(aux & _BACKSHIFT) and not (aux & own_aux)


def _with_backshifted_conj(ctx: _Context, v: Token, clause: Token, content: tuple[int, int]) -> tuple[int, int]:
    """Extend a reported clause over a second clause joined to the cue that goes on reporting.

    'told reporters she was "not scared" and was concentrating on her mission': the parser
    joined 'was concentrating' to 'told', but its past auxiliary (which the cue does not
    have) shows it is reported speech, like the clause before it; 'said he was tired and
    left the room' (no auxiliary) and 'had said ... and had left' (the cue's own) are acts
    of the speaker and stay out.
    """
    doc = ctx.doc
    a, b = content
    for k in v.children:
        if k.dep_ != "conj" or k.i <= clause.right_edge.i or _subject(k) is not None or k.pos_ not in ("VERB", "AUX"):
            continue
        gap = [doc[i] for i in range(b, k.left_edge.i)]
        if not gap or len(gap) > 3 or not all(t.dep_ == "cc" or t.is_punct or t.is_space or ctx.in_quote[t.i] for t in gap) or not any(t.dep_ == "cc" for t in gap):
            continue
        if any(t.text in (";", ":") for t in gap) or not (k.left_edge.i == k.i or (doc[k.left_edge.i].head.i == k.i and doc[k.left_edge.i].dep_ in ("aux", "auxpass", "neg"))):
            continue  # a new sentence part ('; but according to X, Y had ...'), or a clause with words of its own before the verb
        if _backshifted(v, k) and not ctx.in_quote[k.i]:
            return _cut_writer_tail(ctx, _cap_at_sentence_end(ctx, _trim(ctx, a, k.right_edge.i + 1)))
    return content


_ANONYMITY = frozenset({"name", "identify", "quote", "cite", "disclose"})


def _anonymity_request(ctx: _Context, content: tuple[int, int]) -> bool:
    """Whether a head of the content (its head outside it, or its root) is a passive 'name'/'identify'/... ('asked not to be named')."""
    a, b = content
    doc, strings, lemmas = ctx.doc, ctx.doc.vocab.strings, ctx.lemma_ids
    for i in range(a, min(b, len(lemmas))):
        if strings[lemmas[i]].lower() not in _ANONYMITY:  # the lemma array first: a Token only for these words
            continue
        t = doc[i]
        if (not (a <= t.head.i < b) or t.head.i == t.i) and any(c.dep_ == "auxpass" for c in t.children):
            return True
    return False


def _is_evidence(ctx: _Context, t: Token, *, documents: bool = False) -> bool:
    """Whether a speaker head names a body of evidence ('council figures', 'a study', 'polls')."""
    cues = ctx.cues
    lemma, low = t.lemma_.lower(), t.lower_
    if lemma in cues.evidence_heads or low in cues.evidence_heads:
        return True
    return documents and (lemma in cues.document_heads or low in cues.document_heads)


def _mistagged_clause(v: Token, a: int, b: int) -> bool:
    """A clausal complement of the cue whose verb the tagger took for a noun or adjective:
    'stated that the company first of all looks at servers' ('looks' NOUN), 'the report stated
    China's build-up focused on Taiwan' ('focused' ADJ). The parser still labels it a clause
    with a subject, so it is one."""
    return any(
        c.dep_ == "ccomp" and a <= c.i < b and c.pos_ in ("NOUN", "ADJ") and c.tag_ in ("NNS", "NN", "JJ", "VBN", "VBZ")
        and any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in c.children)
        and any(not g.is_punct for g in c.rights)  # 'focused on Taiwan', not a bare 'declared the program illegal'
        for c in v.children
    )


#: Belief verbs whose object can be the subject of an infinitive that states the belief
#: ('Analysts expect fuel costs to rise', 'lawyers expect him to be granted citizenship').
_RAISING_BELIEF = frozenset({"expect", "anticipate", "believe"})


def _infinitive_with_subject(cc: Token, v: Token) -> bool:
    """Whether ``cc`` is an infinitive clause with its own subject right after the verb ``v``
    ('expect [the costs] to rise'): the subject stands between the verb and 'to'. A bare
    'expects to win' (the subject's own plan) has no such subject and is no belief report."""
    if cc.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cc.children):
        return False
    subj = next((c for c in cc.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cc.i), None)
    return subj is not None and subj.left_edge.i == v.i + 1


def _that_clause(ctx: _Context, v: Token) -> Token | None:
    """The finite clause after ``v`` that an explicit 'that' introduces, with its own subject ('continued that the ...')."""
    for c in v.children:
        if c.dep_ == "ccomp" and c.i > v.i and not ctx.in_quote[c.i] and _finite(c):
            first = c.doc[c.left_edge.i]
            if first.lower_ == "that" and first.dep_ == "mark" and first.head.i == c.i and any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children):
                return c
    return None


def _finite(t: Token) -> bool:
    """A finite clause with a subject or a 'that'/'whether': not an infinitive, a noun
    phrase or a participle ('found the computer used for ...' reports no finding)."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in t.children)
    tensed = t.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") for c in t.children)
    # 'expects there will be more money unaccounted for': an existential 'there' is the clause's subject
    return marked or (tensed and (_subject(t) is not None or any(c.dep_ == "expl" for c in t.children)))


_NUMERIC_ENTS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
_ESTIMATE_PREPS = frozenset({"about", "around", "roughly", "nearly", "over", "some", "approximately", "almost", "up"})


def _numeric(t: Token) -> bool:
    return any(g.like_num or g.pos_ == "NUM" or g.ent_type_ in _NUMERIC_ENTS for g in t.subtree)


def _estimate_content(ctx: _Context, v: Token, *, at_only: bool) -> tuple[int, int] | None:
    """The figure of an estimate: 'estimated about 800' -> 'about 800', 'put the crowd at 2,000' -> '2,000'.

    'estimated that ...' gives its clause; 'put' counts only with an object and an 'at' figure
    ('put the cost at £5m'), never in 'put pressure on' or 'put at risk'.
    """
    has_object = False
    for c in v.children:
        if c.i <= v.i or ctx.in_quote[c.i]:
            continue
        if c.dep_ == "dobj":
            has_object = True
            if not at_only and _numeric(c):
                return _trim(ctx, c.left_edge.i, c.right_edge.i + 1)
        if c.dep_ == "prep" and (c.lower_ == "at" or (not at_only and c.lower_ in _ESTIMATE_PREPS)):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None or not _numeric(pobj) or (at_only and not has_object):
                continue
            start = pobj.left_edge.i if c.lower_ == "at" else c.i
            return _trim(ctx, start, pobj.right_edge.i + 1)
    if at_only:
        return None
    cc = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
    if cc is not None and _finite(cc):
        return _right_content(ctx, v, ("ccomp",))
    return None


def _skip_connectives(doc: Doc, a: int, b: int) -> int:
    """Past the writer's connectives at the start of a clause ('But', 'However,')."""
    if a < b and doc[a].pos_ == "CCONJ":
        a += 1
    if a + 1 < b and doc[a].pos_ == "ADV" and doc[a + 1].text == ",":
        a += 2
    return a


def _split_content(ctx: _Context, v: Token, speaker: Token) -> tuple[int, int] | None:
    """'The scheme, the department said, would cost £14 million': the whole clause around the cue.

    The cue and its speaker stand between commas inside a clause whose subject comes before
    them; the span runs from the clause's start to its end (a span is contiguous, so the
    parenthetical attribution stays inside it).
    """
    doc = ctx.doc
    h = v.head
    subj = _subject(h)
    first = min(speaker.left_edge.i, v.i)
    last = v.right_edge.i
    if subj is None or subj.i >= first or first == 0 or doc[first - 1].text not in (",", "—", "–"):
        return None
    if last + 1 >= len(doc) or not (doc[last].text in (",", "—", "–") or doc[last + 1].text in (",", "—", "–")):
        return None
    if h.i <= last or h.pos_ not in ("VERB", "AUX"):
        return None
    sent = _sentence_of(ctx, v.i)
    a = _skip_connectives(doc, max(h.left_edge.i, sent.start), first)
    b = min(h.right_edge.i + 1, sent.end)
    a, b = _trim(ctx, a, b)
    if b - a < 4 or not _has_verb(doc, last + 1, b):
        return None
    return _cap_at_sentence_end(ctx, (a, b))


def _relay_as_participle(ctx: _Context, v: Token) -> Token | None:
    """The participle of ``relay_as_words`` under an 'as' that ``v`` governs after it ('cited X as saying'), or None."""
    for c in v.children:
        if c.lower_ == "as" and c.i > v.i:
            p = next((g for g in c.children if g.lower_ in ctx.cues.relay_as_words and g.tag_ == "VBG"), None)
            if p is not None:
                return p
    return None


def _outlet_of_passive_relay(ctx: _Context, v: Token) -> tuple[Token, Token] | None:
    """(speaker, outlet) of 'X is quoted in / by Z saying ...' when the parser hung the participle
    ``v`` in the 'in'/'by' phrase of a passive relay verb (Z parsed as its subject), or None."""
    if v.lower_ not in ctx.cues.relay_as_words or v.tag_ != "VBG" or v.dep_ not in ("pcomp", "pobj") or v.head.lower_ not in ("in", "by"):
        return None
    rv = v.head.head
    if v.head.i < rv.i or not _is_relay_verb(ctx, rv) or not any(c.dep_ == "auxpass" for c in rv.children):
        return None
    held = next((c for c in rv.children if c.dep_ == "nsubjpass"), None)
    outlet = _subject(v)
    if outlet is None:
        outlet = next((c for c in v.children if c.dep_ in ("compound", "nmod") and c.i < v.i), None)
    if held is None or outlet is None or not (v.head.i < outlet.i < v.i):
        return None
    return held, outlet


def _is_relay_verb(ctx: _Context, v: Token) -> bool:
    """A relay cue: 'quote', or a verb of ``relay_as_verbs`` completed by 'as' + a participle ('cited X as saying')."""
    lemma = v.lemma_.lower()
    return ctx.cues.verbs.get(lemma) == "relay" or (lemma in ctx.cues.relay_as_verbs and _relay_as_participle(ctx, v) is not None)


def _relay_participle_below(ctx: _Context, v: Token, obj: Token | None) -> Token | None:
    """The reporting participle of a relay cue ('quotes X saying') that the parser hung below the object.

    'Reuters quotes doctors at the scene saying ...': the participle is the modifier of a noun in
    the object's prepositional phrase (or of the object itself). Only a participle of
    ``relay_as_words`` with a reported clause of its own, reached from the relay verb through the
    object's noun phrase and its prepositional phrases (no clause of another verb between).
    """
    if obj is None:
        return None
    sent = _sentence_of(ctx, v.i)
    for t in ctx.doc[obj.i + 1:sent.end]:
        if t.lower_ not in ctx.cues.relay_as_words or t.tag_ != "VBG" or ctx.in_quote[t.i] or not any(c.dep_ in ("ccomp", "xcomp") and c.i > t.i for c in t.children):
            continue
        if t.dep_ not in ("acl", "advcl"):
            return None
        h = t.head
        for _ in range(4):
            if h.i == v.i or h.i == obj.i:
                return t
            if h.dep_ not in ("pobj", "prep", "dobj") or h.head.i == h.i:
                break
            h = h.head
        return None
    return None


def _reported_act(ctx: _Context, v: Token) -> Token | None:
    """The reporting verb of the infinitive in a passive report ('was reported by Y to have described', 'is said to have told')."""
    if not any(c.dep_ == "auxpass" for c in v.children) or ctx.cues.verbs.get(v.lemma_.lower()) in (None, "quote_only", "relay"):
        return None
    for x in v.children:
        if x.dep_ in ("xcomp", "advcl") and x.i > v.i and not ctx.in_quote[x.i] and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) \
                and ctx.cues.verbs.get(x.lemma_.lower()) not in (None, "quote_only", "relay") and x.lemma_.lower() != v.lemma_.lower():
            return x
    return None


def _reported_act_holder(ctx: _Context, v: Token) -> Token | None:
    """The passive subject of the report whose infinitive ``v`` is ('X was reported ... to have said'), or None."""
    if v.dep_ not in ("xcomp", "advcl") or _reported_act(ctx, v.head) is not v:
        return None
    return next((c for c in v.head.children if c.dep_ == "nsubjpass"), None)


def _passive_relay_via(ctx: _Context, v: Token, as_word: Token) -> Token | None:
    """The relay of a passive 'X was quoted as saying' whose 'by' phrase the parser did not
    label as the agent: 'was quoted as saying by Agence France-Presse' ('by' under 'saying'),
    or 'is quoted in the Marine Corps Times as saying' (an outlet or a document after 'in';
    'quoted in Kabul as saying' names a place, no relay). A 'by' inside the reported clause
    ('... as saying the attack was carried out by militants') is not the relay."""
    cues = ctx.cues
    hosts = {v.i, as_word.i, as_word.head.i}
    for t in v.subtree:
        if t.dep_ not in ("prep", "agent") or t.head.i not in hosts or t.i < v.i:
            continue
        obj = next((g for g in t.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        if t.lower_ == "by":
            return obj
        if t.lower_ == "in" and t.i < as_word.i:
            lemma = obj.lemma_.lower()
            if obj.ent_type_ in ("ORG", "WORK_OF_ART") or lemma in cues.media_heads or lemma in cues.document_heads or obj.lower_ in cues.media_outlets:
                return obj
            if obj.tag_ == "NNP" and not obj.ent_type_ and any(d.dep_ == "det" and d.lower_ == "the" for d in obj.children):
                return obj  # 'is quoted in the Evening Standard saying': a title the entity model missed (not a place: 'in Kabul')
    return None


def _agent(v: Token) -> Token | None:
    """The 'by' phrase of a passive, also where the parser hung it on the predicate
    ('was described as critical by a spokesman': 'by' under 'critical')."""
    agent = next((c for c in v.children if c.dep_ == "agent"), None)
    if agent is not None:
        return agent
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > v.i:
            for t in c.subtree:
                if t.lower_ == "by" and t.dep_ in ("prep", "agent") and t.i > c.i and any(g.dep_ == "pobj" for g in t.children):
                    return t
    return None


def _passive_content(ctx: _Context, v: Token) -> tuple[int, int] | None:
    """'His condition was described as stable by a hospital spokeswoman': the clause without the agent.

    Only a passive with a predicate ('as stable', an infinitive, a clause) is a statement;
    'was criticised by X' alone is not. The cue stays inside the span (the clause cannot be
    cut around it); a trailing agent phrase is left out.
    """
    doc = ctx.doc
    subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    agent = _agent(v)
    if subj is None or agent is None or subj.lower_ in ("who", "which", "that") or v.lemma_.lower() == "charge":
        return None  # ('has been charged by the judge for the following crimes: ...' is an indictment)
    # 'described / labelled as X' is a statement about the subject; for other cues only a
    # clause is ('was confirmed by the Senate as Attorney General' is an act, not a statement).
    naming = ctx.cues.verbs.get(v.lemma_.lower()) == "call"
    # 'was criticised / hailed / condemned as X by Y': an evaluative verb (np_quote) with an
    # as-predicate evaluates its subject as X, the passive of 'Y criticised it as X' (a stance).
    evaluating = ctx.cues.verbs.get(v.lemma_.lower()) == "np_quote"
    predicate = any(
        c.i > v.i and (c.dep_ == "ccomp" or ((naming or evaluating) and c.dep_ == "prep" and c.lower_ == "as" and c.n_rights)
                       or (naming and c.dep_ in ("oprd", "xcomp", "acomp")))
        for c in v.children
    )
    if not predicate:
        return None
    cc = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i and _finite(c)), None)
    if cc is not None:
        return _right_content(ctx, v, ("ccomp",))  # 'was told by engineers that ...': the clause
    sent = _sentence_of(ctx, v.i)
    a = _skip_connectives(ctx.doc, max(subj.left_edge.i, sent.start), v.i)
    b = min(max(v.right_edge.i, agent.right_edge.i) + 1, sent.end)
    tail = range(agent.right_edge.i + 1, b)
    more_agents = {t.i for c in v.children if c.dep_ in ("conj", "prep", "agent") and c.lower_ == "by" and c.i > agent.i for t in c.subtree}
    if all(doc[i].is_punct or doc[i].is_space or i in more_agents or (doc[i].head.i == v.i and doc[i].dep_ in ("cc", "advmod", "preconj")) for i in tail):
        b = agent.i  # ('... by unions and also by members of his own party': all the agents stay out)
    a, b = _trim(ctx, a, b)
    return (a, b) if b - a >= 3 else None


def _sem_frame(ctx: _Context, v: Token, key: str, construction: str, speaker: Token | None, content: tuple[int, int] | None) -> str:
    """The frame of a verb cue: the lexicon's, refined by the evidence subject, an addressed
    infinitive (a directive) and the verb a 'saying' clause hangs on (a stance)."""
    cues, doc = ctx.cues, ctx.doc
    if construction in ("estimate", "estimate_at"):
        return "evidence"
    sem = cues.frame_of(key)
    lemma = key.split(" ")[0]
    if lemma in cues.evidence_verbs and speaker is not None and (_is_evidence(ctx, speaker) or _finding_document(ctx, speaker)):
        return "evidence"
    if sem in ("speech", "stance") and content is not None:
        head = doc[content[0]].head
        infinitive = head.dep_ == "xcomp" and head.head.i == v.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in head.children)
        addressed = any(c.dep_ in ("dobj", "dative") and c.i < content[0] for c in v.children)
        if infinitive and (addressed or lemma == "ask") and lemma not in ("promise", "vow", "pledge", "threaten"):
            return "directive"  # 'told them to leave', 'warned residents not to', 'asked X to'
    if sem == "speech" and v.tag_ == "VBG" and v.i > 0 and lemma != "add":
        gov = _participle_governor(ctx, v, speaker)
        if gov is not None and any(c.dep_ == "dobj" and c.lower_ in cues.belief_governor_objects for c in gov.children):
            return "belief"  # 'expressed concern about the budget, saying ...' (R50b)
        if gov is not None and (cues.frame_of(gov.lemma_.lower()) == "stance" or _stance_governor(ctx, gov)):
            return "stance"
    return sem


def _participle_governor(ctx: _Context, v: Token, speaker: Token | None) -> Token | None:
    """The verb a participial communication clause ('..., saying ...') hangs on, or None.

    The clause elaborates that verb's act, so it takes its frame (frames addendum, R50b):
    'welcomed the study, saying ...', 'has condemned the attacks saying ...' (no comma: an adverbial
    clause, or a clause the parser hung on the verb's object when the row's speaker is the verb's
    subject: 'dismissed the allegations saying that ...'; 'released a report saying ...' has the
    report as its speaker and no governor), 'dismissed the message by saying that ...'.
    """
    doc = ctx.doc
    gov = None
    if v.dep_ in ("advcl", "xcomp", "dep", "conj") and doc[v.i - 1].text == ",":
        gov = v.head
    elif v.dep_ == "advcl" and v.head.i < v.i:
        gov = v.head
    elif v.dep_ == "pcomp" and v.head.lower_ in ("by", "with") and v.head.head.i < v.head.i:
        gov = v.head.head
    elif v.dep_ == "acl" and v.head.dep_ == "dobj" and v.head.head.i < v.head.i and speaker is not None:
        subj = _subject(v.head.head)
        if subj is not None and subj.i == speaker.i:
            gov = v.head.head
    elif v.dep_ == "acl" and v.head.dep_ == "pobj" and v.head.head.dep_ == "prep" and v.head.head.head.i < v.head.head.i and speaker is not None:
        # 'complained about the delays saying ...': the same slip on the object of the verb's preposition.
        subj = _subject(v.head.head.head)
        if subj is not None and subj.i == speaker.i:
            gov = v.head.head.head
    if gov is not None and any(c.dep_ == "auxpass" for c in gov.children):
        return None  # 'was admitted to hospital complaining of ...': a passive verb is no act of the speaker's
    return gov if gov is not None and gov.i != v.i else None


def _finding_document(ctx: _Context, t: Token) -> bool:
    """Whether a subject head is a document that reports findings ('Reports indicate', 'the documents reveal').

    Only with a cue of ``evidence_verbs``: 'the report said' stays speech, and documents that
    only carry words ('the statement confirmed') are not in ``finding_documents``.
    """
    if t.pos_ == "PROPN":
        return False  # a name ('Vince Cable'), not 'the cables'
    words = ctx.cues.finding_documents
    return t.lower_ in words or t.lemma_.lower() in words


def _stance_governor(ctx: _Context, gov: Token) -> bool:
    """Whether the verb a '..., saying ...' clause hangs on takes a position without being a stance cue.

    'complained about the delays, saying ...', 'spoke out against the ruling, saying ...' (the
    particle decides: 'spoke to reporters, saying ...' stays speech), 'raised objections to the
    plan, saying ...' (an object noun of ``stance_governor_objects``).
    """
    cues = ctx.cues
    lemma = gov.lemma_.lower()
    if lemma in cues.stance_governors or lemma in cues.gerund_stance_verbs:
        return True  # (a verb of taking a side: 'has advocated cutting funds, saying ...')
    if lemma in stance_verbs() and cues.frame_of(lemma) in ("speech", "stance"):
        # The verb's class (WordNet's verbs of criticising, praising, disagreeing, complaining,
        # apologising, defending, accusing, admitting): 'contradicted earlier statements,
        # saying ...', 'apologised in public today, saying ...'.
        return True
    for c in gov.children:
        if c.dep_ == "prt" and f"{lemma} {c.lower_}" in cues.stance_governors:
            return True
        if c.dep_ == "dobj" and c.lower_ in cues.stance_governor_objects:
            return True
        if c.dep_ == "prep" and lemma in cues.gerund_stance_phrases and _for_or_against(c):
            return True  # 'spoke in favour of the bill, saying ...', 'argued against the plan, saying ...'
    return False


def _for_or_against(prep: Token) -> bool:
    """Whether a preposition takes a side: 'against X', 'in favour of X'."""
    if prep.lower_ == "against":
        return True
    return prep.lower_ == "in" and any(c.dep_ == "pobj" and c.lower_ in ("favor", "favour") for c in prep.children)


def _made_clear_cue(ctx: _Context, v: Token) -> _Cue | None:
    """'made (it) clear that ...': a speech cue from 'made' to 'clear'; the content is the that-clause.

    The gold of four development sets annotates it as a statement (frame speech), with the
    source's own 'he believed / felt that ...' inside the content (rule R35: an inner cue of the
    same speaker is no second source). The parser hangs the clause on 'clear' or on 'made'.
    Only with a subject that can speak ('The weather made it clear that ...' is none), and not
    when negated or hypothetical.
    """
    doc = ctx.doc
    clear = next((c for c in v.children if c.lower_ == "clear" and c.i in (v.i + 1, v.i + 2) and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "advmod", "dobj")), None)
    if clear is None or (clear.i == v.i + 2 and doc[v.i + 1].lower_ != "it") or _unrealised(v) or any(c.dep_ == "neg" for c in v.children):
        return None
    clause = next((c for c in (*clear.children, *v.children) if c.i > clear.i and c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
                   and doc[c.left_edge.i].lower_ == "that" and c.left_edge.i == clear.i + 1), None)
    if clause is None or ctx.in_quote[clause.i]:
        return None
    speaker = _subject(v)
    if speaker is None or speaker.lower_ in _FIRST_SECOND_PERSON or not _source_like(ctx, speaker):
        return None
    speaker = _resolve_relative(v, speaker)
    content = _cap_at_sentence_end(ctx, _trim(ctx, clause.left_edge.i + 1, clause.right_edge.i + 1))
    if content[1] <= content[0]:
        return None
    return _Cue(v.i, clear.i + 1, "clause", speaker, content=content, side="right", verb=v, sem="speech", path="subject")


def _belief_adjective_cue(ctx: _Context, adj: Token) -> _Cue | None:
    """'is confident that ...', 'was convinced that ...': a belief cue from the copula to the adjective;
    'was outraged that ...', 'is pleased that ...' (`stance_adjectives`) a stance cue.

    The parser reads some participles of the class as passives ('officials were relieved that ...'
    as 'relieved' with a passive subject and 'were' as its auxiliary): the same cue, from the
    auxiliary to the participle, unless a 'by' phrase names a cause ('was alarmed by reports that')."""
    cop = adj.head
    if adj.tag_ == "VBN" and adj.dep_ not in ("acomp", "amod", "compound") and not any(c.dep_ == "agent" for c in adj.children):
        aux = next((c for c in adj.children if c.dep_ == "auxpass" and c.lemma_.lower() == "be" and c.i == adj.i - 1), None)
        if aux is None:
            return None
        cop = adj  # (the verb the subject, the clause and the negation hang on)
    elif adj.dep_ != "acomp" or cop.lemma_.lower() not in ("be", "remain", "seem", "appear", "feel", "become", "grow", "sound"):
        return None
    if _unrealised(cop) or any(c.dep_ == "neg" for c in adj.children):
        return None
    clause = next((c for c in (*adj.children, *cop.children) if c.dep_ == "ccomp" and c.i > adj.i and _finite(c)), None)
    if clause is None or ctx.in_quote[clause.i]:
        return None
    speaker = _subject(cop)
    if speaker is None or speaker.lower_ in _FIRST_SECOND_PERSON or speaker.lower_ in ("there", "this", "it"):
        return None
    speaker = _resolve_relative(cop, speaker)
    content = _cap_at_sentence_end(ctx, _trim(ctx, *_subtree_range(clause)))
    if content[1] <= content[0]:
        return None
    start = min(cop.i, adj.i) if cop.i != adj.i else adj.i - 1
    sem = "stance" if adj.lower_ in ctx.cues.stance_adjectives else "belief"  # ('was outraged that', 'is pleased that')
    return _Cue(start, adj.i + 1, "clause", speaker, content=content, side="right", verb=cop, sem=sem, path="subject")


def _outer_cue_subject(ctx: _Context, v: Token) -> Token | None:
    """Subject of the reporting verb whose reported clause a coordinated cue was hung on.

    'Crozier said that the organisation was "very disappointed" and explained that "we are
    losing business"': the parser coordinates 'explained' with 'was', the verb of what Crozier
    said, so the plain conjunct rule would make 'the organisation' the speaker. When a speech
    cue without a subject of its own and with a reported clause of its own is the conjunct of
    the reported clause of an earlier speech cue in the same tense, the second statement is the
    first speaker's ('said that A ..., but stated that B'). None otherwise.
    """
    if v.dep_ != "conj" or _subject(v) is not None or ctx.cues.verbs.get(v.lemma_.lower()) not in ("speech", "estimate", "belief"):
        return None
    clause = v.head
    while clause.tag_ == "VB" and v.tag_ in ("VBD", "VBZ", "VBP") and clause.dep_ in ("advcl", "xcomp") and clause.head.i < clause.i:
        clause = clause.head  # 'estimates that it will cost $1 billion to implement the card and claims ...': no finite verb joins an infinitive
    if clause.dep_ != "ccomp" or clause.i > v.i or ctx.in_quote[clause.i] or ctx.in_quote[v.i]:
        return None
    outer = clause.head
    if outer.i >= clause.i or outer.pos_ != "VERB" or ctx.cues.verbs.get(outer.lemma_.lower()) not in ("speech", "estimate", "belief"):
        return None
    mute = _mute_subject(ctx, clause)
    shifted = _unshared_auxiliary(clause, v, outer)
    if outer.tag_ != v.tag_ and not mute:
        return None
    if ctx.cues.verbs.get(outer.lemma_.lower()) != "speech" and not shifted:
        return None
    if ctx.cues.verbs.get(v.lemma_.lower()) != "speech" and not mute:
        return None
    if not any(c.dep_ == "ccomp" and c.i > v.i for c in v.children):
        return None  # 'said the row was over and told officers ...': no reported clause of its own
    if not _stative(clause) and not mute and not shifted:
        return None
    subj = _subject(outer)
    if subj is None or subj.dep_ != "nsubj" or not _source_like(ctx, subj):
        return None  # 'Echoing the agency, ... officials said': the parser found no subject that can speak
    return subj


def _mute_subject(ctx: _Context, clause: Token) -> bool:
    """Whether a reported clause's subject cannot go on to speak.

    A thing that cannot speak ('claimed that such weaponry could not have been assembled ... and
    said that ...', 'maintained that the weapons were smuggled ... and have estimated that ...') or
    no one ('said no police officers were injured and confirmed ...', 'said nobody was hurt and
    stressed that ...'): a verb joined to the clause can only be the outer speaker's.
    """
    subj = _subject(clause)
    if subj is None:
        return False
    if subj.dep_ in ("nsubj", "nsubjpass") and not _source_like(ctx, subj):
        return True
    return subj.lower_ in ("nobody", "none", "noone") or any(g.dep_ == "det" and g.lower_ == "no" for g in subj.children)


def _unshared_auxiliary(clause: Token, v: Token, outer: Token) -> bool:
    """Whether a finite verb ``v`` joined to a reported clause cannot share that clause's auxiliary.

    'said the team had played well and added that ...', 'estimates that it will cost $1 billion
    and claims that ...': the clause has an auxiliary ('had', 'will') and the joined verb is a
    plain finite form in the outer cue's own tense, so it is no second verb of the clause but the
    outer speaker's next act. Not when an auxiliary 'be' of the joined verb's own form could serve
    both ('said the suspect was arrested and told officers ...', 'is accused and claims ...').
    """
    if v.tag_ not in ("VBD", "VBZ", "VBP") or v.tag_ != outer.tag_ or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    return bool(auxes) and not any(a.lemma_ == "be" and a.tag_ == v.tag_ for a in auxes)


def _stative(clause: Token) -> bool:
    """Whether a reported clause states a state of affairs rather than tells an event.

    'was "very disappointed"', 'was expressing personal views', 'would never tolerate' state one;
    'the suspect was arrested', 'he resigned' tell an event whose actor can go on to speak ('said
    the suspect was arrested and told officers that ...': there a joined verb keeps the clause's
    subject).
    """
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return (clause.lemma_ == "be" and not auxes) or (clause.tag_ == "VBG" and any(a.lemma_ == "be" and a.dep_ == "aux" for a in auxes)) \
        or (any(a.lower_ in _MODALS for a in auxes) and not any(a.dep_ == "auxpass" for a in auxes))


def _belief_noun_cue(ctx: _Context, n: Token) -> _Cue | None:
    """'It is the opinion of Estonia that ...', 'The US view is that ...', 'It was Libby's
    understanding that ...': a belief noun joined by 'be' to a that-clause; the holder is the
    noun's possessor, its 'of' object or a name compounded with it. Not when negated or
    hypothetical ('it would be our view'), nor a first- or second-person holder (the writer's
    or an interviewer's view), nor without a holder ('the view is that ...': no source)."""
    be = n.head
    if n.dep_ not in ("attr", "nsubj") or _unrealised(be) or ctx.in_quote[n.i]:
        return None
    clause = next((c for c in be.children if c.dep_ == "ccomp" and c.i > n.i and _finite(c) and not ctx.in_quote[c.i]
                   and ctx.doc[c.left_edge.i].lower_ == "that" and ctx.doc[c.left_edge.i].dep_ == "mark"), None)
    if clause is None:
        return None
    holder = next((c for c in n.children if c.dep_ == "poss"), None)
    if holder is None:
        of = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == n.i + 1), None)
        holder = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if holder is None:
        names = [c for c in n.children if c.dep_ == "compound" and c.i < n.i and c.pos_ == "PROPN"]
        holder = names[-1] if names else None
    if holder is None or holder.lower_ in _FIRST_SECOND_PERSON or holder.lower_ in ("my", "our", "your") or not _source_like(ctx, holder):
        return None
    content = _cap_at_sentence_end(ctx, _trim(ctx, *_subtree_range(clause)))
    if content[1] <= content[0]:
        return None
    return _Cue(n.i, n.i + 1, "clause", holder, content=content, side="right", verb=be, sem="belief", path="possessor")


def _of_belief_cue(ctx: _Context, n: Token) -> _Cue | None:
    """'The minister is of the view that ...', 'the board was of the opinion that ...': the copula
    with 'of' and a belief noun that governs a that-clause is a belief cue of the copula's subject
    (cues20). The clause must open with 'that' as a conjunction and have a subject of its own (a
    relative clause, 'of the kind that sells', is no content); not negated or hypothetical, not a
    first- or second-person subject."""
    of, be = n.head, n.head.head
    if of.dep_ != "prep" or _unrealised(be) or any(c.dep_ == "neg" for c in be.children) or ctx.in_quote[n.i]:
        return None
    clause = next((c for c in (*n.children, *be.children) if c.dep_ in ("acl", "ccomp") and c.i > n.i and _finite(c) and not ctx.in_quote[c.i]
                   and ctx.doc[c.left_edge.i].lower_ == "that" and ctx.doc[c.left_edge.i].dep_ == "mark" and _subject(c) is not None), None)
    if clause is None:
        return None
    speaker = _subject(be)
    if speaker is None or speaker.i > n.i or speaker.lower_ in _FIRST_SECOND_PERSON or speaker.lower_ in ("there", "this", "it"):
        return None
    speaker = _resolve_relative(be, speaker)
    content = _cap_at_sentence_end(ctx, _trim(ctx, *_subtree_range(clause)))
    if content[1] <= content[0]:
        return None
    return _Cue(be.i, n.i + 1, "clause", speaker, content=content, side="right", verb=be, sem="belief", path="subject")


def _name_lost_in_fronted_phrase(ctx: _Context, v: Token) -> Token | None:
    """A person's name right before a finite cue that the parser folded into a fronted phrase.

    'After the vote US Secretary of State, Condoleezza Rice, said: ...' (Rice made an apposition
    of 'vote'), 'but in an e-mail Director of the Office of Media Affairs Kirsten Petree stated
    that ...' (Petree made the object of 'of'): the verb has no subject of its own, and the
    phrase hung on it before it ends with a name (then at most a comma) right at the verb. That
    name is the subject; without this the verb inherits the subject of the clause before
    ('Wikinews attempted ...'). None when the verb has a subject or no such phrase ends at it.
    """
    doc = ctx.doc
    if v.tag_ not in ("VBD", "VBZ", "VBP") or v.i < 2 or ctx.in_quote[v.i]:
        return None
    j = v.i - 1
    if doc[j].text == ",":
        j -= 1
    last = doc[j]
    if last.pos_ != "PROPN" or ctx.in_quote[last.i] or last.ent_type_ not in ("PERSON", "ORG", ""):
        return None
    phrase = next((c for c in v.children if c.dep_ == "prep" and c.i < last.i and c.right_edge.i in (last.i, last.i + 1)), None)
    if phrase is None:
        return None
    if last.dep_ == "pobj" and last.head.dep_ == "agent" and last.head.head.tag_ == "VBN":
        # 'and, during a conference held by Rupert Murdoch, said ...': the name is the doer of the
        # phrase's passive participle (the host, the organiser), not the cue's lost subject.
        return None
    first = last.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ in ("compound", "flat") and doc[first - 1].head.i == last.i:
        first -= 1
    if last.ent_type_ == "PERSON" and doc[first].ent_type_ == "PERSON":
        return last
    # The entity model swallowed the name into a body's ('the Office of Media Affairs Kirsten
    # Petree'): the name's own words open with a given name.
    k = next((i for i in range(first, last.i) if people.given_name_gender(doc[i].text) is not None and doc[i].text[1:].islower()), None)
    if k is not None and 1 <= last.i - k <= 2 and all(doc[i].text[:1].isupper() and doc[i].text[1:].islower() for i in range(k, last.i + 1)):
        return last
    return None


def _belief_object_cue(ctx: _Context, v: Token) -> _Cue | None:
    """'left open the possibility that ...', 'expressed hope that ...': a belief cue from the verb to the noun."""
    cues = ctx.cues
    if _unrealised(v):
        return None
    lemma = v.lemma_.lower()
    speech = lemma in cues.speech_object_verbs
    # 'expressed surprise that ...', 'voiced regret that ...': a noun of emotional reaction
    # (`stance_objects`, the nouns of the emotive adjectives) is a stance, as 'was surprised that' is.
    objects = (cues.speech_objects,) if speech else (cues.belief_objects, cues.stance_objects)
    holders = [v, *(c for c in v.children if c.dep_ in ("xcomp", "prt", "acomp", "oprd") and c.i > v.i)]
    obj = next((c for h in holders for c in h.children if c.dep_ == "dobj" and c.i > v.i and any(c.lemma_.lower() in o or c.lower_ in o for o in objects)), None)
    if obj is None:
        return None
    clause = next((c for c in (*obj.children, *v.children) if c.dep_ in ("acl", "ccomp", "relcl") and c.i > obj.i and _finite(c)
                   and any(g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in c.children)), None)
    if clause is None or ctx.in_quote[clause.i]:
        return None
    speaker = _subject(v)
    path = "subject"
    if speaker is None:
        speaker, path = _inherited_subject(v), "inherited"
    if speaker is None or speaker.dep_ == "nsubjpass" or speaker.lower_ in _FIRST_SECOND_PERSON or speaker.lower_ in ("there", "this"):
        return None
    speaker = _resolve_relative(v, speaker)
    a, b = _subtree_range(clause)
    # 'expressed his opinion that A but due to B it had C': the parser hung the statement's second
    # clause on the verb, as it does after a plain cue ('said A but B').
    content = _cap_at_sentence_end(ctx, _trim(ctx, a, _second_part(ctx, v, clause, b)))
    if content[1] <= content[0]:
        return None
    # 'reiterated his belief that ...' is said aloud: a speech verb keeps its frame whatever its object.
    said = speech or cues.verbs.get(lemma) == "speech"
    stance = not speech and (obj.lemma_.lower() in cues.stance_objects or obj.lower_ in cues.stance_objects)
    return _Cue(v.i, obj.i + 1, "clause", speaker, content=content, side="right", verb=v, sem="speech" if said else "stance" if stance else "belief", path=path)


_MODALS = frozenset({"will", "shall", "'ll", "may", "might", "must", "should", "can", "ca", "would", "could", "'d"})
_INTENT = frozenset({
    "plan", "want", "intend", "expect", "hope", "aim", "seek", "wish", "prepare", "threaten", "vow", "promise", "pledge",
    "decide", "invite", "schedule", "encourage", "allow", "force", "require", "fail", "need", "ought",
})


#: Verbs after which an infinitive saying did happen ('went on to say that ...').
_REALISED_BY = frozenset({"go", "continue", "proceed", "hasten", "rush", "move"})


def _inside_clause(v: Token) -> bool:
    """Whether a verb (through its coordination) stands inside another clause rather than in
    the main clause or a participle after a comma ('..., encouraging voters to ...')."""
    t = v
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("ROOT", "parataxis"):
        return False
    comma = t.i > 0 and t.doc[t.i - 1].text == ","
    return not (t.dep_ in ("advcl", "xcomp") and t.tag_ == "VBG" and comma and t.head.dep_ == "ROOT")


def _perfect_after_passive(v: Token) -> bool:
    """A perfect infinitive after a passive verb ('was reported to have said', 'is believed to have told'): done."""
    return any(g.dep_ == "aux" and g.lower_ == "have" for g in v.children) and any(g.dep_ == "auxpass" for g in v.head.children)


def _unrealised(v: Token) -> bool:
    """A saying that has not happened, or was done to the subject: no statement.

    Future and hypothetical ('will ask the UN to ...', 'would say', 'may announce'),
    intended or merely possible ('plans to urge ...', 'not for the EC to tell ...'),
    negated ('had not explained', 'did not say', 'never said'), conditional ('if he
    says ...'), or a bare passive participle ('Asked to comment, he said ...': he was
    asked). 'declined to comment' is a refusal, not a negation, and stays a statement.
    """
    for c in v.children:
        if (c.dep_ == "aux" and c.lower_ in _MODALS) or c.dep_ == "neg":
            return True
        if c.dep_ == "mark" and c.lower_ in ("if", "unless") and c.i < v.i:
            return True
        if c.dep_ == "aux" and c.lower_ == "to" and c.i < v.i and v.head.lemma_.lower() not in _REALISED_BY and not _perfect_after_passive(v):
            return True
    if v.tag_ == "VBN" and v.dep_ in ("advcl", "acl", "conj", "xcomp", "ROOT", "dep") and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in v.children):
        return True
    if v.dep_ == "conj" and v.tag_ == "VB" and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in v.children) and v.head.i < v.i:
        # 'gathered to try and explain why ...', 'plans to meet and tell them ...': a bare verb
        # joined to an infinitive shares its mood; the saying is intended, not done.
        h = v.head
        if any(c.dep_ == "aux" and c.lower_ == "to" and c.i < h.i for c in h.children) and h.head.lemma_.lower() not in _REALISED_BY:
            return True
        if _unrealised(h) and h.tag_ == "VB":
            return True
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in _INTENT


def _cut_at_postposed(ctx: _Context, found: list[_Cue]) -> None:
    """End a forward clause where a postposed attribution of another speaker begins
    ('X said that A, Cyprus Mail reported': A stops before ', Cyprus Mail')."""
    clusters = []
    for c in found:
        if c.side == "left" and c.speaker is not None and c.speaker.i < c.start:
            clusters.append(min(c.start, c.speaker.left_edge.i))
    if not clusters:
        return
    for c in found:
        if c.side != "right" or c.content is None:
            continue
        a, b = c.content
        cut = [k for k in clusters if a < k < b and k > c.start]
        if cut:
            c.content = _trim(ctx, a, min(cut))


#: Prepositions of an adjunct that sets a statement in what someone calls it ('in what he calls').
_SETTING_PREPS = frozenset({"in", "during", "amid", "amidst", "despite", "following", "after"})


def _cut_at_free_relative(ctx: _Context, found: list[_Cue]) -> None:
    """End a statement before an adjunct free relative that names something in the source's words.

    'Nagin told residents they "need to be scared" in what he calls "the mother of all storms"':
    the statement is 'they "need to be scared"'; the name is a statement of its own
    (`_free_relative_name`), not the end of the other one (0.9.0).
    """
    doc = ctx.doc
    for c2 in found:
        v = c2.verb
        if c2.path != "free_relative" or v is None or v.dep_ != "pcomp" or v.head.dep_ != "prep":
            continue
        h = v.head.head
        if v.head.lower_ not in _SETTING_PREPS or (h.lemma_ == "be" and not any(c.dep_ in ("acomp", "attr", "oprd", "xcomp") for c in h.children)):
            # 'recover from what he called ...', 'the country was in what he called a crisis': the name is an argument
            continue
        k = v.head.i
        end = v.head.right_edge.i + 1
        for c in found:
            if c is c2 or c.content is None or c.side != "right":
                continue
            a, b = c.content
            if a < k < b and end >= b - 1 and not (c.start <= k < c.end):
                c.content = _trim(ctx, a, k)


def _cut_at_second_source(ctx: _Context, found: list[_Cue]) -> None:
    """End an 'according to X' clause where a relative clause with a source of its own begins.

    'According to the AP, claims rose 15,000 to 444,000, which, according to The New York Times
    is near a five-year high': the AP's statement stops before ', which, according to ...'; the
    relative clause is the second source's.
    """
    doc = ctx.doc
    preps = [c for c in found if c.frame == "prep"]
    for c in preps:
        if c.side != "right" or c.content is None:
            continue
        a, b = c.content
        for c2 in preps:
            if c2 is c or not a < c2.start < b:
                continue
            k = c2.start
            while k > a and (doc[k - 1].text == "," or doc[k - 1].lower_ in ("which", "who", "whom")):
                k -= 1
            if k < c2.start - 1 and any(doc[i].lower_ in ("which", "who", "whom") for i in range(k, c2.start)) and doc[k].text == ",":
                c.content = _trim(ctx, a, k)
                break
