"""Interview answers laid out without quotation marks.

Wikinews publishes interviews as an introduction that names the interviewee, then question
paragraphs (from Wikinews) each followed by one or more answer paragraphs. The answers carry no
quotation marks and no cue verb: the layout alone says who speaks. This module finds that layout
and gives each answer paragraph to the interviewee (guideline Q12: one direct quote per paragraph
part, cue ""). Answers tagged ``((Name))`` are read by ``extract._interview_answers``.
"""

from __future__ import annotations

import re

from newslab.people import given_name_gender, names_people
from newslab.quotes.marks import _MARK
from newslab.quotes.parse import _Context

#: A question paragraph and its answer run together on one line: 'Why are you running?:I am not ...'.
_RUN_IN_ANSWER = re.compile(r"\?\s*:\s*(?=\S)")

#: An answer opened by its speaker's name or initials and a colon: 'Jason Furze: DS4SEQ would ...', 'JB: I ...'.
_NAME_PREFIX = re.compile(r"\*?((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,3})\s*:\s+(?=\S)")

#: An interviewer's tag before a question: 'WN:', 'Wikinews:', 'Q:', 'Question:'.
_QUESTION_PREFIX = re.compile(r"(?:Wikinews|WN|Q|Question)\b\s*:?\s*", re.IGNORECASE)

#: Words of the introduction that link the article to the person it interviews
#: ('Wikinews interviewed Jane Roe', 'an interview with Ms. Roe', 'talked via email with Roe').
_LINK_LEMMAS = frozenset({"interview", "talk", "speak", "contact", "chat", "correspond"})

#: An interviewer's tag inside a paragraph, before a question glued into an answer.
_INLINE_TAG = re.compile(r"\b(?:WN|WNIQ|Wikinews)\b\s*:?\s+(?=\S)|\*(?=[A-Z])")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s+")

#: A paragraph whose first sentence is a question ('What should be the first order of business?').
_OPENS_WITH_QUESTION = re.compile(r"[^.!?]*\?")

_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)

#: Where the scrape glued an answer to the next question with no sentence end between them
#: ('... in Aug/06 What skills ... can you bring ...?'): a word or closing bracket, then a capitalised
#: question word in mid-sentence.
_GLUED_QUESTION = re.compile(
    r"(?<=[\w)\]%])\s+(?=(?:What|Why|How|Which|Who|Whom|Whose|When|Where|Do|Does|Did|Are|Is|Was|Were|Can|Could|"
    r"Would|Will|Should|Have|Has)\s)")

#: Question paragraphs (each answered) that make a layout an interview.
MIN_QUESTIONS = 2


def _is_question(text: str) -> bool:
    s = text.rstrip().rstrip(")]”\"'’").rstrip()
    return s.endswith("?")


def _is_heading(text: str) -> bool:
    """A short line with no sentence end ('Interview', 'Education policy'): neither question nor answer."""
    s = text.strip()
    return len(s.split()) <= 6 and s[-1:] not in ".!?…:;\"”’)"


def _person_at(ctx: _Context, a: int, b: int) -> int | None:
    """The PERSON entity that covers the token at a:b, if any."""
    for k, (s, e) in enumerate(zip(ctx.ent_start, ctx.ent_end)):
        if s <= a and b <= e and ctx.ent_label[k] == "PERSON":
            return k
    return None


def _is_subject(ctx: _Context, k: int) -> bool:
    doc = ctx.doc
    i = ctx.token_at(ctx.ent_start[k])
    j = ctx.token_at(ctx.ent_end[k] - 1)
    return any(doc[x].dep_ in ("nsubj", "nsubjpass") and not (i <= doc[x].head.i <= j) for x in range(i, j + 1))


def _is_interviewer(t) -> bool:  # noqa: ANN001 - a spaCy Token
    """'Wikinews', 'us', 'a reporter': the side that asks."""
    return t.lower_ in ("wikinews", "us", "reporter", "reporters", "journalist") or any(
        c.lower_ == "wikinews" for c in t.subtree)


def _intro_interviewees(ctx: _Context, end: int) -> tuple[list[int], int]:
    """PERSON entities the introduction (text before ``end``) names as interviewed, in text order,
    and how many interviewees it names otherwise ('a worker who wished to stay anonymous spoke to
    Wikinews', 'an interview with the DS4SEQ')."""
    doc = ctx.doc
    out: list[int] = []
    unnamed = 0
    people = [k for k in range(len(ctx.ent_start)) if ctx.ent_end[k] <= end and ctx.ent_label[k] == "PERSON"]
    for t in doc:
        if t.idx >= end:
            break
        if t.lemma_.lower() not in _LINK_LEMMAS:
            continue
        subj_toks = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        subj_ents = {k for c in subj_toks for x in c.subtree for k in [_person_at(ctx, x.idx, x.idx + len(x))] if k is not None}
        objs = [c for c in t.children if c.dep_ in ("dobj", "appos", "compound")]
        holders = [t]
        if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            holders.append(t.head)  # 'held an interview with Ms Peterson': the parser hangs 'with' on the verb
        for p in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "to")):
            objs += [c for c in p.children if c.dep_ == "pobj"]
        if t.pos_ == "VERB" and objs and all(_is_interviewer(o) for o in objs):
            # 'Commander Schoep talked to Wikinews': the subject is the one interviewed.
            objs, subj_ents = subj_toks, set()
        if t.pos_ == "NOUN" and not objs:
            # 'Wikinews interviews Jim Babka' parsed as a noun: the name right after it.
            nxt = t.i + 1
            if nxt < len(doc) and doc[nxt].idx < end and doc[nxt].ent_type_ == "PERSON":
                objs = [doc[nxt]]
        objs += [c for o in objs for c in o.conjuncts]  # 'interviewed Jane Roe and John Doe': two interviewees
        for o in objs:
            if _is_interviewer(o) or o.lower_ in ("interview", "interviews"):
                continue
            if o.pos_ == "PRON" and o.lower_ in ("him", "her"):
                # 'Nick Moreau interviewed her': the last person named before, not the interviewer.
                before = [k for k in people if ctx.ent_end[k] <= o.idx and k not in subj_ents]
                # A subject before all ('Miriam Stucky is running ... in Peterborough'), not a word the
                # tagger took for a name in passing.
                subjects_before = [k for k in before if _is_subject(ctx, k)]
                if subjects_before or before:
                    out.append((subjects_before or before)[-1])
                else:
                    unnamed += 1
                continue
            if o.pos_ == "PRON":
                continue
            k = _person_at(ctx, o.idx, o.idx + len(o))
            if k is None:
                # 'an interview with Ms Peterson, candidate for ...': the name modifies the role noun.
                # 'interviewed Professor of Psychology at WSU Simon Ličen': the name inside the role.
                k = next((x for x in (_person_at(ctx, c.idx, c.idx + len(c)) for c in o.subtree if c.i != o.i)
                          if x is not None and x not in subj_ents), None)
            if k is None:
                if o.tag_ not in ("NNS", "NNPS"):
                    unnamed += 1  # one interviewee named by a role alone ('the DS4SEQ', 'a worker')
            elif k not in subj_ents:
                titled = ctx.ent_text[k].split()[0].rstrip(".").lower() in ctx.cues.titles
                if not titled and " " not in ctx.ent_canon[k].strip() and given_name_gender(ctx.ent_canon[k]) is not None and not any(
                        n.split()[0] == ctx.ent_canon[k] for n in ctx.person_names if " " in n):
                    # 'Wikinews contacted John' in a piece about Henry Zekveld: a bare first name that
                    # is no one's in the article names no one.
                    unnamed += 1
                    continue
                out.append(k)
    return out, unnamed


def _glued_answer_end(text: str, a: int, b: int) -> int | None:
    """Where an answer glued to the next question ends ('Elected to the Federal Council ... in Aug/06 What
    skills ... can you bring to office?'), if the question paragraph a:b is one.

    The scrape dropped the break and the full stop: a capitalised question word follows a word with no
    sentence end, the text before holds no question and no word to 'you' (an interviewer's lead-in,
    'Your party proposes a cap. What ...?', is written as sentences), and the question after it
    addresses 'you'. An answer's own rhetorical question is written with its full stop before it.
    """
    for m in _GLUED_QUESTION.finditer(text, a, b):
        head, tail = text[a : m.start()], text[m.end() : b]
        if (len(head.split()) >= 3 and "?" not in head and not _SECOND_PERSON.search(head)
                and head.split()[-1].lower() not in ("and", "or", "but", "the", "a", "an", "of", "to", "in")
                and _SECOND_PERSON.search(tail) and _is_question(tail)):
            end = m.start()
            tag = list(_INLINE_TAG.finditer(text, a, end))
            if tag and not text[tag[-1].end() : end].strip():
                end = tag[-1].start()  # '... can't make it worse." -Unknown WN How would you ...?'
            ends = list(_SENTENCE_END.finditer(text, a, end))
            rest = text[ends[-1].end() : end] if ends else ""
            if ends and len(rest.split()) <= 2 and rest.islower():
                end = ends[-1].end()  # '... settled quickly. original interview Is there ...?': a link's words
            return len(text[:end].rstrip())
    return None


def _is_label(ctx: _Context, k: int, name: str) -> bool:
    """Whether a one-word answer prefix the tagger calls a person is a label ('Entrepreneur: 15 years as a
    newspaper publisher ...', 'Education: ...' in a candidate's biography): a common noun, not a name.

    The word is a noun for a person (WordNet's noun.person, ``people.names_people``), a title, or a word the
    article writes in lower case elsewhere; and it is no given name and no part of a name the article writes
    elsewhere as a person's ('Hassett:' after 'Eva Hassett').
    """
    if " " in name or not name.isalpha() or name.isupper():
        return False
    if name in ctx.surnames or name in ctx.given_names or given_name_gender(name) is not None:
        return False
    if any(j != k and ctx.ent_label[j] == "PERSON" and name in ctx.ent_canon[j].split() for j in range(len(ctx.ent_start))):
        return False
    low = name.lower()
    return names_people(low) or low in ctx.cues.titles or re.search(rf"\b{re.escape(low)}\b", ctx.text) is not None


def _one_letter_off(a: str, b: str) -> bool:
    """'Petersen' and 'Peterson': same length and first letter, one letter different (and not a short name)."""
    return len(a) == len(b) >= 5 and a[0] == b[0] and sum(x != y for x, y in zip(a, b)) <= 1


def _same_person(ctx: _Context, k: int, name: str) -> bool:
    """Whether a prefix ('Jason Furze', 'Furze', 'JF', 'JB') names the person of entity k."""
    canon = ctx.ent_canon[k]
    words = [w for w in re.split(r"[\s-]+", canon) if w]
    if not words:
        return False
    bare = name.replace(".", "").replace(" ", "")
    if bare.isupper() and 2 <= len(bare) <= 4:
        return bare == "".join(w[0] for w in words).upper() or bare == (words[0][0] + words[-1][0]).upper()
    return all(w in words for w in name.split())


def interview_answers(ctx: _Context) -> list[tuple[int, int, int, int]]:
    """Unmarked answer paragraphs of an interview and the interviewee's mention: (start, end, mention_start, mention_end).

    The layout must show two or more questions to 'you' (paragraphs ending in '?'), each followed by
    answer paragraphs, and the word 'interview' before the first; the speaker is the one person the introduction
    names as interviewed, or the name or initials that open an answer ('JB: ...'). Nothing fires
    where the answers are already in quotation marks (their own rules attribute them) or where the
    introduction names two or more interviewees and the answers say nothing of who speaks.
    """
    text = ctx.text
    paras = ctx.paragraphs
    # (kind, start, end) per paragraph part: 'q' question, 'a' answer candidate, 'h' heading.
    parts: list[tuple[str, int, int]] = []
    for a, b in paras:
        chunk = text[a:b]
        if not chunk.strip():
            continue
        runs = list(_RUN_IN_ANSWER.finditer(chunk))
        if runs:
            # Run-in questions ('Why are you running?:I am not ...'): the layout shows itself. A scrape may
            # glue the next question into an answer ('... out everywhere WN Why do you believe ...?:JB: ...'):
            # the answer ends where that question begins (its tag, or else the last sentence end before it).
            pos = a
            for m in runs:
                qmark = a + m.start()
                qstart = pos
                if pos > a:
                    tag = list(_INLINE_TAG.finditer(text, pos, qmark))
                    ends = list(_SENTENCE_END.finditer(text, pos, qmark))
                    qstart = tag[-1].start() if tag else (ends[-1].end() if ends else pos)
                    if qstart > pos:
                        parts.append(("a", pos, len(text[:qstart].rstrip())))
                parts.append(("Q", qstart, qmark + 1))
                pos = a + m.end()
            parts.append(("a", pos, b))
        elif _is_question(chunk) and (_SECOND_PERSON.search(chunk) or _QUESTION_PREFIX.match(chunk) or _OPENS_WITH_QUESTION.match(chunk)):
            # A question is put to 'you' or opens with one; an answer may end in a question of its own
            # ('I believe ... NOW. If the MPPs can vote themselves a raise, why can't we have a living wage today?').
            parts.append(("q", a, b))
        elif _is_heading(chunk):
            parts.append(("h", a, b))
        else:
            parts.append(("a", a, b))
    first_q = next((i for i, p in enumerate(parts) if p[0] == "Q" or (p[0] == "q" and _SECOND_PERSON.search(text[p[1] : p[2]]))), None)
    parts = [("q" if k == "Q" else k, a, b) for k, a, b in parts]
    if first_q is None:
        return []
    # A later question paragraph that opens with the previous answer glued to it by the scrape: the
    # answer part is an answer, the rest the question.
    split: list[tuple[str, int, int]] = parts[: first_q + 1]
    for kind, a, b in parts[first_q + 1 :]:
        cut = _glued_answer_end(text, a, b) if kind == "q" else None
        if cut is None:
            split.append((kind, a, b))
        else:
            split += [("a", a, cut), ("q", cut + len(text[cut:b]) - len(text[cut:b].lstrip()), b)]
    parts = split
    intro_end = parts[first_q][1]
    if not re.search(r"\binterview", text[:intro_end], re.IGNORECASE):
        return []
    answers: list[tuple[int, int]] = []
    in_answer = False
    for kind, a, b in parts[first_q:]:
        if kind == "q":
            in_answer = True
            continue
        if kind == "h" or not in_answer:
            continue
        answers.append((a, b))
    # Count the questions that an answer follows (a question right before another is unanswered).
    kinds = [p[0] for p in parts[first_q:] if p[0] != "h"]
    answered = sum(1 for x, y in zip(kinds, kinds[1:]) if x == "q" and y == "a")
    questions = [p for p in parts[first_q:] if p[0] == "q"]
    if answered < MIN_QUESTIONS or sum(1 for p in questions if _SECOND_PERSON.search(text[p[1] : p[2]])) < MIN_QUESTIONS:
        return []
    # Answers already quoted ('"We will win," said Roe' layouts, or quoted answer paragraphs) are
    # left to the quotation rules; a layout whose answers mostly open with a mark is not this one.
    quoted = [(a, b) for a, b in answers if _MARK.match(text, a)]
    if len(quoted) * 2 >= len(answers):
        return []
    interviewees, unnamed = _intro_interviewees(ctx, intro_end)
    canon = {ctx.ent_canon[k] for k in interviewees}
    if len(canon) > 1:
        # 'Jo-Anne' and 'Jo-Anne Boulding' may both be linked: one person when one name holds the other.
        full = max(canon, key=len)
        if all(set(c.split()) <= set(full.split()) for c in canon):
            canon = {full}
    intro_speaker = interviewees[-1] if len(canon) == 1 else None
    if intro_speaker is not None and " " not in ctx.ent_canon[intro_speaker]:
        # 'an interview with Ms Peterson' after 'Patricia Petersen is one of the independents': a surname
        # spelt one letter off the only full name of the introduction that ends like it is that name.
        bare = ctx.ent_canon[intro_speaker]
        near = {ctx.ent_canon[k]: k for k in range(len(ctx.ent_start)) if ctx.ent_end[k] <= intro_end
                and ctx.ent_label[k] == "PERSON" and " " in ctx.ent_canon[k]
                and _one_letter_off(ctx.ent_canon[k].split()[-1], bare)}
        if len(near) == 1:
            intro_speaker = next(iter(near.values()))
        else:
            # 'Wikinews contacted Andrew' in a piece on Andrew Lang: the row names the full name, as a
            # speaker's surname or given name does in the other rules.
            full = ctx.surnames.get(bare) or ctx.given_names.get(bare)
            named = [k for k in range(len(ctx.ent_start)) if ctx.ent_label[k] == "PERSON" and ctx.ent_canon[k] == full]
            if full and named:
                intro_speaker = min(named, key=lambda k: (ctx.ent_start[k] > intro_end, abs(ctx.ent_start[k] - ctx.ent_start[intro_speaker])))
    if intro_speaker is None and not interviewees and not unnamed:
        # No word says who was interviewed ('This series continues now with Frank McEnulty'): the one
        # person the introduction names.
        named = [k for k in range(len(ctx.ent_start)) if ctx.ent_end[k] <= intro_end and ctx.ent_label[k] == "PERSON"]
        if len({ctx.ent_canon[k] for k in named}) == 1:
            intro_speaker = named[-1]
    out: list[tuple[int, int, int, int]] = []
    current: tuple[int, int] | None = (ctx.ent_start[intro_speaker], ctx.ent_end[intro_speaker]) if intro_speaker is not None else None
    prefixed_speaker: tuple[int, int] | None = None
    for kind, a, b in parts[first_q:]:
        if kind == "q":
            prefixed_speaker = None
            continue
        if (a, b) not in answers or (a, b) in quoted:
            continue
        m = _NAME_PREFIX.match(text, a, b)
        if m and m.group(1) in ("A", "Answer"):
            a = m.end()  # 'A: I feel we need a change': the layout's own tag, no name
        elif m:
            words = m.group(1).split()
            while len(words) > 1 and words[0].lower().rstrip(".") in ctx.cues.titles:
                words = words[1:]  # '*Commander Schoep: ...'
            name = " ".join(words)
            k = _person_at(ctx, m.start(1), m.end(1))
            if k is not None and current is not None and _is_label(ctx, k, name):
                # 'Entrepreneur: 15 years as ...': a label of the interviewee's own answer, kept in the row.
                m = None
            elif k is not None:
                prefixed_speaker = (m.start(1), m.end(1))
                a = m.end()
            elif intro_speaker is not None and _same_person(ctx, intro_speaker, name):
                # Initials ('JB: ...') name no entity: the row takes the introduction's mention.
                prefixed_speaker = current
                a = m.end()
            else:
                # 'Moore: ...' where the tagger missed the name here: the one person of the article it names.
                named = {ctx.ent_canon[j]: j for j in range(len(ctx.ent_start))
                         if ctx.ent_label[j] == "PERSON" and _same_person(ctx, j, name)}
                if len(named) == 1 and not name.isupper():
                    j = next(iter(named.values()))
                    prefixed_speaker = (ctx.ent_start[j], ctx.ent_end[j])
                    a = m.end()
        speaker = prefixed_speaker or current
        if speaker is None:
            continue
        lead = ctx.doc[ctx.token_at(a + len(text[a:b]) - len(text[a:b].lstrip("* ")))]
        if lead.lower_.lstrip("*") in ctx.cues.titles and lead.i + 1 < len(ctx.doc):
            lead = ctx.doc[lead.i + 1]  # '*Commander Schoep declined ...'
        # (Any label: the tagger may call a surname at a paragraph's start a nationality.)
        k = next((j for j in range(len(ctx.ent_start)) if ctx.ent_start[j] <= lead.idx < ctx.ent_end[j]), None)
        own = _person_at(ctx, *speaker)
        if not m and k is not None and own is not None and ctx.ent_canon[k] == ctx.ent_canon[own]:
            # '*Commander Schoep declined to answer this question.': the writer speaks of the interviewee.
            continue
        out.append((a, b, *speaker))
    return out
