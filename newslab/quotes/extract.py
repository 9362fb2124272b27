"""Attributing quotations to cues and building the quotes table."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from spacy.tokens import Doc, Span, Token

from newslab import people
from newslab.entities import drop_post_nominals, entity_columns
from newslab.errors import QuoteMarkWarning, QuoteRuleWarning
from newslab.quotes.confidence import row_features, score_rows, speaker_form
from newslab.quotes.cues import _Cue, _condition_end, _cut_at_free_relative, _cut_at_postposed, _cut_at_second_source, _find_cues, _finite, _mute_subject, _stative
from newslab.quotes.interviews import interview_answers
from newslab.quotes.lexicon import load_cues
from newslab.quotes.marks import QuoteMark, _MARK, _TERMINAL, _is_title, _quote_words, pair_quote_marks, single_quoted_passages
from newslab.quotes.parse import _Context, _entities, _np_range, _sentence_of, _subject, _that_marked, _tok_end, _trim
from newslab.quotes.speaker_candidates import row_candidates
from newslab.quotes.speaker_roles import clean_role
from newslab.sources import map_joint_members
from newslab.quotes.speakers import _Resolver, _Speaker, apply_aliases, one_country_form


#: Columns of :func:`extract_quotes` (the quotes schema without article_id and sentiment).
COLUMNS = [
    "quote_id", "start_char", "end_char", "sent_id", "text", "kind", "cue", "cue_start_char", "cue_end_char",
    "speaker", "speaker_start_char", "speaker_end_char", "speaker_canonical", "speaker_type", "speaker_title",
    "speaker_org", "speaker_ent_id", "speaker_resolved", "via", "frame", "confidence",
]


_INTERVIEW_TAG = re.compile(r"\(\(([^()\n]{1,60})\)\)\s*:?\s*")


# Dependents of a cue that belong to the act of saying, not to its content.
_ATTRIBUTION_DEPS = frozenset({
    "nsubj", "nsubjpass", "dobj", "dative", "iobj", "prep", "agent", "advmod", "npadvmod", "aux", "auxpass",
    "neg", "punct", "cc", "prt", "mark", "tmod", "obl", "advcl", "intj",
})


@dataclass
class _Row:
    start: int
    end: int
    kind: str
    cue: _Cue | None
    speaker_from: _Row | None = None  # standalone quotes borrow a speaker
    entity_speaker: int | None = None  # entity row index for "named in the previous sentence"
    speaker_token: Token | None = None  # head of the speaker's mention in the quotation's own sentence
    via_cue: _Cue | None = None
    resolved: dict = field(default_factory=dict)
    how: str = ""  # how the statement was paired with its cue (evidence for the confidence)


def _interview_answers(ctx: _Context) -> list[tuple[int, int, int, int]]:
    """``((Name)) answer`` paragraphs and their untagged continuations: (start, end, tag_start, tag_end)."""
    out: list[tuple[int, int, int, int]] = []
    text = ctx.text
    current: tuple[int, int] | None = None
    for a, b in ctx.paragraphs:
        m = _INTERVIEW_TAG.match(text, a, b)
        if m:
            tag = m.group(1).strip()
            if any(ch.islower() for ch in tag) and m.end() < b:
                current = (m.start(1), m.start(1) + len(tag))
                out.append((m.end(), b, *current))
            else:
                current = None
            continue
        if current is not None and not _MARK.search(text, a, b) and "((" not in text[a:b]:
            out.append((a, b, *current))
        else:
            current = None
    return out


def _first_content_token(ctx: _Context, cue: _Cue, a: int, b: int) -> int | None:
    """The first token of a:b that belongs to the reported content rather than to the act of saying."""
    doc = ctx.doc
    v = cue.verb
    speaker_range = range(*_np_range(ctx, cue.speaker)) if cue.speaker is not None else range(0)
    # A speaker before its object-taking cue ends there: 'a statement calling the deal "a triumph"'
    # has the cue (and its object) inside the speaker's subtree, and the object is words of the content.
    speaker_before = cue.speaker is not None and cue.speaker.i < cue.start and (
        cue.frame in ("call", "np_quote") or (cue.frame == "directive" and doc[cue.end - 1].lower_ == "for"))
    for i in range(a, b):
        t = doc[i]
        in_speaker = not (speaker_before and i >= cue.start)
        if t.is_punct or t.is_space or (t.lower_ == "that" and t.dep_ in ("mark", "nsubj", "dobj")) or (i in speaker_range and in_speaker):
            continue
        if in_speaker and cue.speaker is not None and not (cue.start <= cue.speaker.i < cue.end) and (t.i in range(cue.speaker.left_edge.i, cue.speaker.right_edge.i + 1)):
            # (Not when the cue word is the speaker, 'cited reports that ...': its subtree is the content.)
            continue
        if v is None:
            return i
        if t.pos_ in ("VERB", "AUX") and _subject(t) is not None:
            return t.left_edge.i if t.left_edge.i >= a else i  # a clause of its own: the writer's words
        # Climb to the cue: a word of the content passes through a clausal complement or object.
        anc = t
        ok = False
        for _ in range(8):
            if anc.dep_ in ("ccomp", "xcomp", "oprd", "attr", "acomp", "csubj", "conj") or (anc.i != t.i and ctx.in_quote[anc.i]):
                break  # the path runs through the reported clause or the quotation: a word of the content
            if anc.head.i == v.i or anc.i == v.i:
                # The object of a cue's own 'for' is what is demanded ('calling for a boycott of "..."').
                demanded = anc.i == cue.end - 1 and anc.lower_ == "for" and anc.i != v.i
                ok = anc.dep_ in _ATTRIBUTION_DEPS and not (anc.dep_ == "dobj" and (cue.frame in ("call", "np_quote") or cue.object_quote)) and not demanded
                break
            if anc.head.i == anc.i:
                break
            anc = anc.head
        if not ok:
            return i
    return None


def extract_quotes(doc: Doc, *, entities: pd.DataFrame | None = None, aliases: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per attributed statement in ``doc`` (offsets relative to ``doc.text``).

    Args:
        doc: A parsed spaCy Doc (tagger, parser and NER).
        entities: That Doc's entities table from
            :func:`newslab.entities.extract_entities`; computed when None.
        aliases: Optional alias (lower case) -> canonical name table (see
            :func:`newslab.entities.read_aliases`), applied to the speakers'
            canonical names, their organisations and ``via`` as to the entities.

    Returns:
        Columns :data:`COLUMNS` (the quotes schema without ``article_id`` and
        the sentiment scores), one row per statement in text order; an empty
        frame with these columns when there is none.

    Warns:
        QuoteMarkWarning: When quotation marks do not pair up (the unpaired
            marks are skipped, everything else is processed).

    Example:
        >>> from newslab.model import load_pipeline
        >>> doc = load_pipeline()('"We will win," Chief Executive Jane Smith said.')
        >>> extract_quotes(doc)[["text", "kind", "speaker", "speaker_title"]].values.tolist()
        [['We will win,', 'direct', 'Jane Smith', 'Chief Executive']]
    """
    cols = quote_columns(doc, entities=entities, aliases=aliases)
    if not cols["quote_id"]:
        return _empty()
    data: dict[str, object] = {}
    str_dtype = _inferred_str_dtype()
    for col in COLUMNS:
        data[col] = _nullable_int_array(cols[col]) if col in _NULLABLE_INT else _typed_array(cols[col], str_dtype)
    return pd.DataFrame(data)  # in COLUMNS order already (columns= would make pandas select them again)


def quote_columns(
    doc: Doc, *, entities: pd.DataFrame | Mapping[str, Sequence] | None = None, aliases: Mapping[str, str] | None = None
) -> dict[str, list]:
    """The columns of :func:`extract_quotes` as plain lists (missing values are None).

    ``entities`` may be the entities table or its columns
    (:func:`newslab.entities.entity_columns`); ``aliases`` as for :func:`extract_quotes`.

    Warns:
        QuoteMarkWarning: As for :func:`extract_quotes`.
        QuoteRuleWarning: When the rules themselves fail on this text (a newslab bug, never
            bad input): the article gets no quote rows, the warning says so and why, and a
            batch goes on with its other tables and the other articles.
    """
    try:
        return _extract(doc, entities, aliases)[0]
    except Exception as exc:  # noqa: BLE001 - one article's rule failure must not stop a corpus run
        warnings.warn(
            f"The quote rules failed on this article ({type(exc).__name__}: {exc}); it has no quote rows, and its "
            "other tables are complete. This is a newslab bug: please report it with the article's text.",
            QuoteRuleWarning,
            stacklevel=2,
        )
        return {col: [] for col in COLUMNS}


def _extract(
    doc: Doc, entities: pd.DataFrame | Mapping[str, Sequence] | None, aliases: Mapping[str, str] | None = None, *,
    candidates: list | None = None,
) -> tuple[dict[str, list], list[list[str]]]:
    """The columns and, for each row, the evidence features behind its confidence.

    When ``candidates`` is a list, each row's candidate speakers
    (:func:`newslab.quotes.speaker_candidates.row_candidates`) are appended to it, in row order.
    """
    cues = load_cues()
    if entities is None:
        entities = _entities(doc) if aliases is None else entity_columns(doc, aliases=aliases)
    ctx = _Context(doc, entities, cues)
    text = ctx.text
    if not text.strip():
        return {col: [] for col in COLUMNS}, []
    marks, unpaired = pair_quote_marks(text)
    if "'" in text or "‘" in text:
        marks = sorted(marks + _single_quoted_speech(ctx, marks), key=lambda m: m.open)
    ctx.marks = marks
    if unpaired:
        snippet = ", ".join(f"{p} ({text[max(0, p - 15):p + 15]!r})" for p in unpaired[:3])
        warnings.warn(
            f"{len(unpaired)} quotation mark(s) pair with nothing and were skipped, at offset {snippet}"
            f"{' ...' if len(unpaired) > 3 else ''}; the rest of the text was processed.",
            QuoteMarkWarning,
            stacklevel=3,
        )
    answers = _interview_answers(ctx)
    spans: list[tuple[int, int]] = [(q.start, q.end) for q in marks] + [(a, b) for a, b, _, _ in answers]
    for s, e in spans:
        i = ctx.token_at(s)
        while i < len(doc) and doc[i].idx < e:
            ctx.in_quote[i] = True
            i += 1
    if "'" in text or "‘" in text:
        for s, e in single_quoted_passages(text):
            i = ctx.token_at(s)
            while i < len(doc) and doc[i].idx < e:
                ctx.in_single[i] = True
                i += 1
    found = _find_cues(ctx)
    block = _unmarked_passages(ctx, marks, found)
    if block:
        # Verbatim text set off by a colon without marks: a quotation from here on (its own words are
        # no cues of the writer, and marks inside it are part of it).
        inside = [m for m in marks if any(b.start <= m.open < b.end for b in block)]
        marks = sorted([m for m in marks if m not in inside] + block, key=lambda m: m.open)
        ctx.marks = marks
        for q in block:
            i = ctx.token_at(q.start)
            while i < len(doc) and doc[i].idx < q.end:
                ctx.in_quote[i] = True
                i += 1
        found = _find_cues(ctx)
    _cut_at_postposed(ctx, found)
    _cut_at_second_source(ctx, found)
    _cut_at_free_relative(ctx, found)
    rows = _direct_rows(ctx, marks, found)
    rows += _indirect_rows(ctx, found, rows)
    rows = _fold_nested(ctx, rows)
    layout: list[tuple[int, int, int, int]] = []
    if not answers:
        # Untagged answers are not marked as quoted: the statements they report themselves
        # ('As my father said, "..."') keep their own rows.
        layout = interview_answers(ctx)
    cols, evidence = _build(ctx, rows, answers + layout, candidates=candidates, layout=len(layout) > 0)
    return one_country_form(apply_aliases(cols, aliases), text, aliases), evidence


#: A line-break residue of the source page: a colon run straight into the next line's first word
#: ('...home turf!:Mr. Sandy said'); it ends a passage set off without marks.
_COLON_RESIDUE = re.compile(r"(?<=[^\s:\d]):+(?=[A-Z(])")


def _unmarked_passages(ctx: _Context, marks: list[QuoteMark], found: list[_Cue]) -> list[QuoteMark]:
    """Verbatim passages set off by a colon without quotation marks, as quotations.

    Web copies of block quotations lose their indentation and marks: 'He continued: We are not ...',
    'The statement in the ad read as follows:: We the undersigned ...', 'The text of the request is very
    concise: We forward you ...'. The text after a colon that closes an attribution (a cue whose clause
    ends at the colon, :func:`_before_cue`), up to the end of its paragraph, is the quotation when it
    opens with no mark of its own and reads as prose: a capitalised start, whole sentences (terminal
    punctuation at the end) and at least eight words. A list or a heading after a colon is neither.
    """
    text, doc = ctx.text, ctx.doc
    out: list[QuoteMark] = []
    if ":" not in text or not found:
        return out
    cue_starts = [c.start for c in found]
    for a, b in ctx.paragraphs:
        p = text.find(":", a, b)
        while p >= 0:
            s = p
            while s < b and (text[s] == ":" or text[s].isspace()):
                s += 1
            t_colon = ctx.token_at(p)
            if s >= b or not text[s].isupper() or ctx.in_quote[t_colon] or ctx.in_single[t_colon] or (p > a and text[p - 1].isdigit() and text[s - 1:s].isdigit()):
                p = text.find(":", s, b)
                continue
            m = _COLON_RESIDUE.search(text, s, b)
            e = m.start() if m else b
            while e > s and text[e - 1].isspace():
                e -= 1
            body = text[s:e]
            if _quote_words(body) < 8 or body.rstrip("”\"')] ")[-1:] not in _TERMINAL or any(s <= q.open < e and q.open == s for q in marks) \
                    or any(q.open < s < (q.close if q.close >= 0 else q.end) for q in marks):
                p = text.find(":", s, b)
                continue
            q = QuoteMark(s, -1, s, e)
            t_open = ctx.token_at(s)
            c, mode, _ = _before_cue(ctx, q, found, cue_starts, t_open, ctx.token_at(e - 1))
            if c is not None and mode == "direct" and c.speaker is not None and c.frame in ("speech", "quote_only"):
                # (a demand or a call before the colon introduces the writer's own account of it: 'calls
                # for a strike with two deadlines: One on Monday ...')
                out.append(q)
                break
            p = text.find(":", s, b)
    return out


def _single_quoted_speech(ctx: _Context, marks: list[QuoteMark]) -> list[QuoteMark]:
    """Single-quoted passages that are direct speech (British style), as quotations.

    'Mr Adams said, \'We want to do business with the Taoiseach, but ...\'', 'She said: \'If the
    US wants ...\'', 'adding \'The motivation behind ... is a matter for the government.\''. A
    passage of :func:`~newslab.quotes.marks.single_quoted_passages` (four words or more, closed
    right after its own punctuation) counts when it opens with a capital, is no title ('the film
    \'Gone With The Wind,\''), lies in no double quotation, and either follows a colon, a comma
    or a reporting verb, or opens its paragraph and a reporting verb follows its closing mark
    ('\'We will win,\' she said.'). Apostrophes ('the players\' union'), scare quotes and song
    titles in single quotes stay words of the sentence (0.9.0).
    """
    doc, text = ctx.doc, ctx.text
    out: list[QuoteMark] = []
    verbs = ctx.cues.verbs
    for s, e in single_quoted_passages(text):
        o, c = s - 1, e
        body = text[s:e]
        if not (body[:1].isupper() or body[:1].isdigit()) or _is_title(body):
            continue
        if any(m.open < o < (m.close if m.close >= 0 else m.end) for m in marks) or _MARK.search(text, s, e):
            continue
        j = o - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        before = text[j] if j >= 0 else "\n"
        t_prev = ctx.token_at(j) if j >= 0 else -1
        prev_verb = t_prev >= 0 and doc[t_prev].pos_ == "VERB" and doc[t_prev].lemma_.lower() in verbs
        after_cue = False
        if before == "\n" or j < 0:
            k = ctx.token_at(c) + 1
            while k < len(doc) and (doc[k].is_punct or doc[k].is_space):
                k += 1
            after_cue = any(doc[i].lemma_.lower() in verbs and doc[i].pos_ == "VERB" for i in range(k, min(k + 5, len(doc))))
        if (before in ":," and j > 0 and text[j - 1].isalpha()) or prev_verb or after_cue:
            out.append(QuoteMark(o, c, s, e))
    return out


def _after_cue(ctx: _Context, marks: list[QuoteMark], qi: int, found: list[_Cue], cue_starts: list[int], t_open: int, t_close: int) -> _Cue | None:
    """The attribution right after the closing mark, or a postposed one later in the sentence."""
    doc = ctx.doc
    if t_close + 1 >= len(doc):
        return None
    sent = _sentence_of(ctx, t_close)
    k = bisect.bisect_right(cue_starts, t_close)
    while k < len(found) and found[k].start < sent.end:
        c = found[k]
        if c.speaker is not None and c.speaker.i > t_close:
            first = min(c.start, c.speaker.left_edge.i)
            # A semicolon or colon ends the quotation's clause: '"You big bellowing cow"; the Speaker
            # asked Abbott to withdraw' gives the quotation no attribution after it.
            only_punct = all((doc[i].is_punct and doc[i].text not in (";", ":")) or doc[i].is_space for i in range(t_close + 1, first))
            if not only_punct and c.speaker.i < c.start and c.start - t_close <= 10:
                # '"...", Caloundra coach Geoff Ingram said': a name phrase, no verb, between mark and cue.
                gap = [doc[i] for i in range(t_close + 1, c.start)]
                only_punct = bool(gap) and gap[0].is_punct and gap[0].text not in (";", ":") and all(
                    t.is_punct or t.is_space or t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM", "PART") or t.lower_ in ctx.cues.titles
                    or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.lower_ in ("of", "for", "at", "from", "with")
                    for t in gap
                ) and not any(t.text in ('"', "“", "”") for t in gap[1:])
            later_mark = any(m.open < doc[c.start].idx for m in marks[qi + 1 : qi + 2])
            if only_punct or (c.side == "left" and not later_mark and c.content and c.content[0] <= t_open + 1):
                return c
        if c.frame != "prep":
            return None
        k += 1
    return _attribution_sentence_after(ctx, found, cue_starts, t_close, sent)


def _attribution_sentence_after(ctx: _Context, found: list[_Cue], cue_starts: list[int], t_close: int, sent: Span) -> _Cue | None:
    """'"... from the series." Yuan-huei Hu said.': a short sentence that only attributes the quotation before it."""
    doc = ctx.doc
    start = sent.end
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start >= len(doc) or any(not (doc[i].is_punct or doc[i].is_space) for i in range(t_close + 1, start)):
        return None
    if ctx.para_of(doc[start].idx) != ctx.para_of(doc[t_close].idx):
        return None
    nsent = _sentence_of(ctx, start)
    if nsent.end - nsent.start > 30:
        return None
    k = bisect.bisect_left(cue_starts, nsent.start)
    if k >= len(found) or found[k].start >= nsent.end:
        return None
    c = found[k]
    # 'asked' is read as a directive ('asked X to ...'); with no content of its own after a question it
    # asks that question: '"Why now?" Campbell asked the crowd.' ('"swine flu." Egypt ordered ...' is no such case).
    question = c.frame == "directive" and doc[c.start].lemma_.lower() == "ask" and any(doc[i].text == "?" for i in range(max(0, t_close - 2), t_close))
    if c.frame not in ("speech", "quote_only") and not question or c.content is not None or c.speaker is None or not (nsent.start <= c.speaker.i < c.start):
        return None
    # Only the speaker phrase stands before the cue: 'Yuan-huei Hu said.', 'Dr Norman told the ABC.'
    if c.speaker.left_edge.i != nsent.start:
        return None
    # Counted after the speaker phrase, so that a title in brackets or an apposition
    # ('Steve Chen (Minister of Economic Affairs) remarked at the ceremony.') does not hide it.
    if nsent.end - max(c.speaker.right_edge.i, c.speaker.i) > 12:
        return None
    return c


def _before_cue(ctx: _Context, q: QuoteMark, found: list[_Cue], cue_starts: list[int], t_open: int, t_close: int) -> tuple[_Cue | None, str, tuple[int, int] | None]:
    """The nearest cue before the opening mark: ``(cue, "direct"|"mixed"|"", mixed char span)``."""
    doc, text = ctx.doc, ctx.text
    k = bisect.bisect_left(cue_starts, t_open) - 1
    while k >= 0 and found[k].end > t_open:
        k -= 1
    if k < 0:
        return None, "", None
    c = found[k]
    if c.frame == "postposed":
        return None, "", None  # 'she learned "the hard way"': such a cue reports only the clause before it
    if c.frame in ("np_quote", "clause"):
        outer = _enclosing_cue(ctx, found, k, t_open)
        if outer is not None:
            # 'welcomed the study, saying it offered "a way ..."': the quotation is part of what the
            # outer speaker says; 'offered' is a word of that statement, not a cue of its own. So for
            # a belief inside a report ('said he thinks the board would "understand" it'), whose
            # unquoted form is one statement of the outer speaker as well (`_NO_RELAY`).
            close_end = q.close + 1 if q.close >= 0 else q.end
            return outer, "mixed", (doc[outer.content[0]].idx, max(close_end, _tok_end(doc, outer.content[1] - 1)))
    if c.frame in ("call", "np_quote") and (shifted := _shifted_naming_object(ctx, c, q, t_open)) is not None:
        return c, "mixed", shifted
    sent_idx = ctx.sent_of[t_open]
    c_sent = ctx.sent_of[c.start]
    j = q.open - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    colon = j >= 0 and text[j] == ":"
    if c_sent != sent_idx and not (colon and c_sent == sent_idx - 1):
        return None, "", None
    close_end = q.close + 1 if q.close >= 0 else q.end
    earlier = [m for m in ctx.marks if m.close >= 0 and doc[c.end - 1].idx < m.open < q.open]
    if earlier:
        # 'states "A." and that "B."': a second quotation of the same statement takes the same cue.
        gap = text[earlier[-1].close + 1 : q.open].strip(" ,;").lower()
        if gap in ("", "and", "and that", "but", "but that", "or", "adding", "and added", "and also"):
            if c.frame == "clause" and (outer := _enclosing_cue(ctx, found, k, ctx.token_at(earlier[-1].open))) is not None:
                return outer, "direct", None  # 'added that she believes "A." and that "B."': the outer speaker's, as "A." is
            return c, "direct", None
        m = _SECOND_THAT.match(text, earlier[-1].close + 1, q.open)
        if m is not None and m.end() < q.open and c.side == "right" and c.content is not None:
            # 'stated that, "A," and that they "agreed to ..."': a second reported clause of the
            # same cue, with a quoted fragment of its own (guideline Q4: two statements).
            close_end = q.close + 1 if q.close >= 0 else q.end
            return c, "mixed", (m.end(), _through_closing_marks(ctx, m.end(), max(close_end, _tok_end(doc, c.content[1] - 1))))
        return None, "", None
    if c.frame == "prep":
        np_end = c.end
        if c.speaker is not None:
            np_end = max(np_end, _np_range(ctx, c.speaker)[1])
        between_ok = all(doc[i].is_punct or doc[i].is_space for i in range(np_end, t_open))
    else:
        last = c.end
        if c.speaker is not None and c.speaker.i >= c.end and c.speaker.i < t_open:
            last = max(last, _np_range(ctx, c.speaker)[1])  # inverted "said X:" before the quote
        first_content = _first_content_token(ctx, c, last, t_open) if last <= t_open else t_open
        between_ok = last <= t_open and first_content is None
    content = c.content if c.side == "right" else None
    if content is not None:
        # A reported clause ends with the quotation's paragraph: when the parser runs the sentence on
        # into the next paragraph ('He says "..."' + 'On Monday, ...'), the next paragraph's words are
        # no continuation of the statement after the quotation (as for indirect rows, `_tidy_end`).
        pb = ctx.paragraphs[ctx.para_of(q.open)][1]
        if doc[content[0]].idx >= pb:
            content = None  # the clause lies wholly in the next paragraph
        elif content[1] > content[0] and doc[content[1] - 1].idx >= pb:
            e = ctx.token_at(pb - 1) + 1
            while e > content[0] + 1 and doc[e - 1].is_space:
                e -= 1
            content = (content[0], e)
    if not between_ok and c_sent != sent_idx:
        # 'told X that A was checked too late. This is in contrast to B:"..."': the cue's clause
        # ended with its own sentence; a quotation after a later colon is no part of it.
        return None, "", None
    if between_ok:
        after_close = t_close + 1
        while after_close < len(doc) and doc[after_close].is_space:
            after_close += 1
        # A participle after a quotation closed by its own comma is the writer's adjunct, not more of
        # the statement: 'said, "We played badly," adding that ...', '"...," referring to the advisers'.
        adjunct = after_close < len(doc) and doc[after_close].tag_ == "VBG" and doc[t_close - 1].text == ","
        if content is not None and content[1] > after_close and (_second_statement_after(ctx, after_close, content[1]) or _next_reporting_verb(ctx, after_close, content[1])):
            # 'told reporters that "A" and that, "B."', 'stating "A," and "B."': the quotation is a
            # statement of its own; what follows the conjunction is the next one (guideline Q4).
            return c, "direct", None
        if content is not None and content[1] > after_close and not doc[after_close].is_punct and content[0] <= after_close and not adjunct:
            # The reported clause goes on after the quotation ('called on "X" to act').
            return c, "mixed", (q.open, _tok_end(doc, content[1] - 1))
        return c, "direct", None
    if content is not None and c.cut and content[1] < t_open:
        # The reported clause ended before the writer's own words ('... a victory by Morton, a social
        # conservative ... portrayed as a "right-wing extremist"'): the quotation is not part of it.
        return None, "", None
    if content is not None and content[0] <= t_open and c.frame != "quote_only":
        split = _clause_then_quotation(ctx, q, c, content, t_open)
        if split is not None:
            return c, "split", split
        end = max(close_end, _tok_end(doc, content[1] - 1))
        if c.frame in ("call", "np_quote"):
            # 'called the report "fake news" on Twitter': the predicate is the quoted fragment.
            inside = [m for m in ctx.marks if m.close >= 0 and doc[content[0]].idx <= m.open < end]
            if inside:
                end = max(max(m.close + 1 for m in inside), min(end, max(_quoted_complement_end(ctx, c, m) for m in inside)))
        end = _through_closing_marks(ctx, doc[content[0]].idx, end)
        if c.path != "free_relative":
            # A name given in a free relative already ends where its quoted head noun does
            # ('what it called a "day of action" against the cuts': the rest is the writer's).
            end = _quoted_phrase_end(ctx, q, end)
        return c, "mixed", (doc[content[0]].idx, end)
    if content is None and c.frame in ("speech", "directive", "relay") and first_content is not None and first_content < t_open and c.speaker is not None:
        # The parse lost the clause, but the words between cue and quote are the writer's report;
        # the quoted phrase and a condition on the cue go on after the mark ('threatened an "open
        # war" against the government unless ...', cut29).
        end = _quoted_phrase_end(ctx, q, close_end)
        if c.verb is not None and end > close_end:
            end = _tok_end(doc, _condition_end(ctx, c.verb, ctx.token_at(end - 1) + 1) - 1)
        return c, "mixed", (doc[first_content].idx, end)
    return None, "", None


def _shifted_naming_object(ctx: _Context, c: _Cue, q: QuoteMark, t_open: int) -> tuple[int, int] | None:
    """The char span of a naming whose quoted predicate comes before its object (quote32).

    'The mayor called "reckless" and "unfunded" the plan to build a bridge', 'The union
    condemned as "an insult" the offer made on Friday': a long object is moved after its
    predicate (heavy-NP shift), and the quoted predicate is only part of the statement. The
    statement is one mixed item from the predicate ('as' included) to the object's end, as in
    the unshifted 'called the plan "reckless"'. Only when the quotation follows the cue (or its
    'as') right away, further quoted predicates are joined by 'and' / 'or' / a comma, and the
    unquoted noun phrase right after the last closing mark is an object of the cue or of the
    quoted predicate (not a time phrase, not a subject of a clause of its own).
    """
    doc = ctx.doc
    v = c.verb
    if v is None or q.close < 0 or c.speaker is None or not (c.speaker.i < c.start):
        return None
    gap = [doc[i] for i in range(c.end, t_open) if not (doc[i].is_punct or doc[i].is_space)]
    if len(gap) > 1 or (gap and not (gap[0].lower_ == "as" and gap[0].head.i == v.i)):
        return None
    start = gap[0].idx if gap else q.open
    sent_end = doc[t_open].sent.end
    last_close, p = ctx.token_at(q.close), ctx.token_at(q.close) + 1
    nxt = [m for m in ctx.marks if m.open > q.close]
    while p < sent_end and doc[p].lower_ in (",", "and", "or"):
        r = p
        while r < sent_end and doc[r].lower_ in (",", "and", "or"):
            r += 1
        m = next((m for m in nxt if m.close >= 0 and ctx.token_at(m.open) == r), None)
        if m is None or r == p:
            break
        last_close, p = ctx.token_at(m.close), ctx.token_at(m.close) + 1
    if p >= sent_end or doc[p].is_punct or doc[p].is_space or ctx.in_quote[p]:
        return None
    n = doc[p]
    while n.head.i != n.i and n.head.left_edge.i >= p and n.head.i >= p:
        n = n.head
    as_object = bool(gap) and n.dep_ == "pobj" and n.head.i == gap[0].i  # 'as "X" the claims': a second object of 'as'
    if n.left_edge.i != p or n.pos_ not in ("NOUN", "PROPN") or not (n.dep_ in ("dobj", "appos", "oprd") or as_object) or n.ent_type_ in ("DATE", "TIME"):
        return None
    if not (n.head.i == v.i or t_open < n.head.i < last_close or as_object):
        return None
    end = min(n.right_edge.i, sent_end - 1)
    for g in n.rights:
        if g.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children):
            # 'condemned as "scaremongering" the claims by MPs that the dump is safe': the noun's
            # that-clause is the content of the claim, another statement, and stays a row of its own
            end = min(end, g.left_edge.i - 1)
            break
    while end > p and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    if any(ctx.in_quote[i] for i in range(p, end + 1)):
        return None
    return start, _tok_end(doc, end)


#: ', and that ' between two parts of one cue's content (see :func:`_before_cue`).
_SECOND_THAT = re.compile(r"[\s,;]*(?:and|but)\s+that\b[\s,]*", re.IGNORECASE)


def _second_statement_after(ctx: _Context, i: int, end: int) -> bool:
    """Whether tokens from ``i`` start a second quoted statement of the same cue: ', and that they "..."' or ', and "..."'."""
    doc = ctx.doc
    while i < end and (doc[i].text == "," or doc[i].is_space):
        i += 1
    if i >= end or doc[i].lower_ not in ("and", "but"):
        return False
    i += 1
    if i < end and doc[i].lower_ == "that":
        i += 1
    # The next part holds a quotation of its own, which takes the cue (a plain clause after it,
    # 'said "A" and that the council will pay', stays in the one mixed statement).
    return any(ctx.in_quote[k] for k in range(i, end))


def _next_reporting_verb(ctx: _Context, i: int, end: int) -> bool:
    """Whether tokens from ``i`` go on with the speaker's next reporting act: ', and added that ...', 'and going on to add that ...'.

    'saying "A," and going on to add that B' holds two statements of one speaker: the quotation
    and what the joined reporting verb reports; the quotation is no part of a longer clause.
    """
    doc = ctx.doc
    while i < end and (doc[i].text == "," or doc[i].is_space):
        i += 1
    if i + 1 >= end or doc[i].lower_ not in ("and", "but") or ctx.in_quote[i + 1]:
        return False
    k = doc[i + 1]
    if k.pos_ != "VERB" or k.dep_ != "conj" or _subject(k) is not None:
        return False
    verbs = ctx.cues.verbs
    if verbs.get(k.lemma_.lower()) == "speech":
        return any(c.dep_ == "ccomp" for c in k.children)
    # 'going on to add that ...', 'went on to say that ...'
    return any(c.dep_ == "xcomp" and verbs.get(c.lemma_.lower()) == "speech" and any(g.dep_ == "ccomp" for g in c.children) for c in k.children)


def _clause_then_quotation(ctx: _Context, q: QuoteMark, c: _Cue, content: tuple[int, int], t_open: int) -> tuple[int, int] | None:
    """The reported clause before a colon that opens a whole quoted sentence, as a char span.

    'concluded that the program had helped to prevent terrorism: "This program has saved
    innocent lives."' holds two statements of one speaker: the reported clause, and the
    quotation that backs it up. A quotation that is no sentence of its own (it starts in lower
    case: 'said the aim was: "more jobs"', or has no subject: 'had three choices: "Raise rates,
    cut services or borrow."'), or a colon right after the cue ('said: "..."'), leaves the
    statement as it was.
    """
    doc, text = ctx.doc, ctx.text
    colon = t_open - 1
    while colon > content[0] and doc[colon].is_space:
        colon -= 1
    if colon <= content[0]:
        return None
    first = text[q.open + 1 : q.end].lstrip(" \"'“‘")
    part = colon - 1 if doc[colon].text in (",", ":") else colon
    p = doc[part]
    participle = part > content[0] + 2 and p.tag_ == "VBG" and p.dep_ in ("xcomp", "advcl", "conj") and content[0] <= p.head.i < part \
        and ctx.cues.verbs.get(p.lemma_.lower()) == "speech" and _subject(p) is None and not ctx.in_quote[p.i]
    if not (first[:1].isupper() or participle) or _quote_words(text[q.start : q.end]) < 4:
        return None
    if participle:
        # 'said that the talks had failed saying, "We could not agree."': the participle opens the
        # speaker's quotation (a clause of its own, even in lower case); the reported clause before
        # it is a statement of its own.
        colon = part
    elif doc[colon].text != ":":
        if not _sentence_quotation_after_clause(ctx, q, colon, content[0]):
            return None
        if doc[colon].text not in (",", ";"):
            colon += 1  # no separator: the clause ends right before the opening mark
    a, b = _trim(ctx, content[0], colon)
    if b - a < 3 or not any(_finite(doc[i]) for i in range(a, b)):
        return None
    inside = range(t_open + 1, ctx.token_at(q.close) if q.close >= 0 else ctx.token_at(q.end - 1))
    if not any(doc[i].dep_ in ("nsubj", "nsubjpass", "expl") for i in inside):
        return None  # 'had three choices: "Raise rates, cut services or borrow."': a list that completes the clause
    return doc[a].idx, _tok_end(doc, b - 1)


def _sentence_quotation_after_clause(ctx: _Context, q: QuoteMark, sep: int, a: int) -> bool:
    """Whether quotation ``q``, after token ``sep`` (a comma, a semicolon or the clause's last word), starts a statement of its own.

    'denied that the men were tortured "The US does not torture. I have not authorised it."',
    'said he was aware of the pleas, "But whether it be here or in Washington, there's somebody
    ..."': a quoted sentence with its own closing punctuation after a complete reported
    clause is the quotation that backs the clause up, not a word of it (the gold gives two
    statements, as after a colon). Not when the clause still needs its complement ('said the
    motto was, "Never give up."', 'wrote in, "The Times ..."'), when the words from ``a`` are
    no clause of the report ('said when asked whether X had helped, "..."': an adverbial of the
    saying), and not a quoted fragment that completes the clause (it ends without its own full
    stop, question or exclamation mark).
    """
    doc, text = ctx.doc, ctx.text
    inner = text[q.open + 1 : q.close if q.close >= 0 else q.end].rstrip()  # (a quotation going on in the next paragraph ends its part here)
    if inner[-1:] not in (".", "!", "?"):
        return False
    last = doc[sep - 1] if doc[sep].text in (",", ";") else doc[sep]
    heads = [doc[i] for i in range(a, last.i + 1) if not (a <= doc[i].head.i <= last.i) or doc[i].head.i == i]
    if len(heads) != 1 or heads[0].dep_ in ("advcl", "prep", "npadvmod", "advmod") or not _finite(heads[0]):
        return False
    if last.is_punct or last.pos_ in ("AUX", "ADP", "DET", "SCONJ", "CCONJ", "PART") or last.dep_ in ("mark", "prep", "agent"):
        return False
    return not (last.pos_ == "VERB" and last.lemma_.lower() in ctx.cues.verbs and not any(g.dep_ in ("auxpass", "nsubjpass") for g in last.children))


def _quoted_complement_end(ctx: _Context, c: _Cue, m: QuoteMark) -> int:
    """Where the cue's complement that holds quotation ``m`` ends (a char offset).

    'called the report "fake news" on Twitter': the quotation ends the naming complement
    and 'on Twitter' is the writer's adjunct, so the statement ends at the closing mark.
    'accused both parties of being deceitful in "slashing" funding, leaving no plan' and
    'attacked the opposition for wanting to undermine the "Swedish model" and attacking
    ...': the quoted word sits inside a charge that goes on after it; the statement ends
    where the parse ends that charge (the verb's child whose subtree holds the quotation).
    """
    doc = ctx.doc
    end = m.close + 1
    v = c.verb
    if v is None:
        return end
    t = doc[ctx.token_at(m.open)]
    if t.is_punct and t.i + 1 < len(doc):
        t = doc[t.i + 1]  # the opening mark hangs on any word; the first quoted word is inside the complement
    top = t
    while top.head.i != v.i and top.head.i != top.i:
        top = top.head
    if top.head.i != v.i or top.i < v.i or top.dep_ not in ("dobj", "prep", "xcomp", "ccomp", "oprd", "advcl"):
        return end
    # the quotation must sit inside a clause of the complement (a verb between it and the complement's
    # head, or a quoted verb with its object after it: 'accused X of "hiding" the cost'), not be the
    # complement's own naming predicate ('called it "a farce" in a speech')
    k, clausal = t, False
    while k.i != top.i:
        k = k.head
        if k.pos_ in ("VERB", "AUX") and k.i != top.i:
            clausal = True
    close_tok = ctx.token_at(m.close)
    verb_goes_on = t.pos_ == "VERB" and any(g.i > close_tok and g.dep_ in ("dobj", "prep", "dative", "xcomp", "ccomp", "prt") for g in t.children)
    if not clausal and not verb_goes_on and not (top.dep_ == "prep" and any(g.dep_ == "pcomp" for g in top.children)):
        return end
    return max(end, _tok_end(doc, top.right_edge.i))


def _through_closing_marks(ctx: _Context, start: int, end: int) -> int:
    """Move a mixed span's end past the closing mark of a quotation that opens inside it.

    'said the plan was a "disaster," and that "nobody will pay for it."': the clause ends
    at 'it', but the statement holds the whole second quotation, closing mark included.
    """
    for m in ctx.marks:
        if m.close >= 0 and start <= m.open < end <= m.close and not any(ch in ".!?" and ctx.text[k + 1 : k + 2].isspace() for k, ch in enumerate(ctx.text[end : m.close], start=end)):
            end = m.close + 1
    return end


#: Prepositions that carry an argument of the quoted words on after the closing mark ('"not
#: involved in any way" with the conflict', 'as "damaging" as ...'); 'on Twitter', 'in a
#: statement', 'at a rally' are the writer's adjuncts and are not among them.
_ARGUMENT_PREPOSITIONS = frozenset({"with", "of", "to", "as", "than", "for", "against", "from", "about", "into", "towards", "toward"})


def _quoted_phrase_end(ctx: _Context, q: QuoteMark, end: int) -> int:
    """Move a mixed span's end past the words that complete the quoted phrase after its closing mark.

    A span that stops at a closing mark cuts the statement when the quoted words are only part
    of a phrase: 'accused the opposition of "hijacking" the debate' (the quoted verb's object
    follows), 'called Israel a "terrorist" country' (the quoted word modifies the noun after
    it), 'he was "an Irish person not involved in any way" with the Iraqi conflict' (an
    argument of the quoted phrase). The phrase is the quotation's own syntactic head (the one
    quoted word whose head lies outside the marks): its noun after the marks, or its objects
    and argument prepositions right after the marks, in the same sentence and before any
    other quotation. 'called the report "fake news" on Twitter' keeps its end.
    """
    doc = ctx.doc
    if q.close < 0 or end != q.close + 1:
        return end
    t_open, t_close = ctx.token_at(q.open), ctx.token_at(q.close)
    if not (0 <= t_open < t_close < len(doc) - 1) or doc[t_close + 1].is_punct or doc[t_close + 1].is_space:
        return end
    heads = [doc[i] for i in range(t_open + 1, t_close) if not doc[i].is_punct and not (t_open < doc[i].head.i < t_close)]
    if len(heads) != 1:
        return end
    h = heads[0]
    sent_end = doc[t_close].sent.end
    last = -1
    if h.head.i > t_close and h.dep_ in ("amod", "compound", "nmod", "nummod") and h.head.pos_ in ("NOUN", "PROPN") and h.head.left_edge.i <= t_open:
        last = h.head.i  # 'a "terrorist" country'
    else:
        after = sorted((c for c in h.children if c.i > t_close), key=lambda c: c.i)
        if after and after[0].left_edge.i == t_close + 1:
            for c in after:
                argument = c.dep_ in ("dobj", "dative", "prt", "xcomp", "ccomp", "acomp") or (
                    c.dep_ == "prep" and c.lower_ in _ARGUMENT_PREPOSITIONS and not any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)) or (
                    # 'praised X as "the best person" to help open a new era' (cut29): a to-infinitive
                    # on the quoted noun is the noun phrase's own modifier, not the writer's adjunct
                    c.dep_ in ("relcl", "acl") and h.pos_ in ("NOUN", "PROPN") and any(g.dep_ == "aux" and g.lower_ == "to" and g.i == c.left_edge.i for g in c.children))
                if not argument or (last >= 0 and c.left_edge.i != last + 1):
                    break
                last = c.right_edge.i
    if last < 0 or last >= sent_end or any(ctx.in_quote[i] or doc[i].text in ('"', "“", "”") for i in range(t_close + 1, last + 1)):
        return end
    return _tok_end(doc, last)


def _enclosing_cue(ctx: _Context, found: list[_Cue], k: int, t_open: int) -> _Cue | None:
    """An earlier cue of the same sentence whose reported clause holds cue ``k`` and the quotation at ``t_open``."""
    inner = found[k]
    sent = ctx.sent_of[inner.start]
    for j in range(k - 1, -1, -1):
        c = found[j]
        if ctx.sent_of[c.start] != sent:
            break
        if c.side == "right" and c.content is not None and c.frame not in ("np_quote", "call", "quote_only") and c.content[0] <= inner.start and c.content[1] > t_open:
            return c
    return None


def _direct_rows(ctx: _Context, marks: list[QuoteMark], found: list[_Cue]) -> list[_Row]:
    doc, text = ctx.doc, ctx.text
    rows: list[_Row] = []
    cue_starts = [c.start for c in found]
    prev_row: _Row | None = None
    covered = -1
    for qi, q in enumerate(marks):
        if q.open < covered:
            continue  # a fragment of a mixed statement already emitted
        t_open = ctx.token_at(q.open)
        t_close = ctx.token_at(q.close) if q.close >= 0 else ctx.token_at(q.end - 1)
        qtext = text[q.start : q.end]
        if _is_title(qtext):
            continue
        long_enough = _quote_words(qtext) >= 4 or qtext.rstrip("”\"' ")[-1:] in _TERMINAL
        continued = qi > 0 and marks[qi - 1].continues and ctx.para_of(marks[qi - 1].open) == ctx.para_of(q.open) - 1 and q.open == ctx.paragraphs[ctx.para_of(q.open)][0]
        before, mode, span = _before_cue(ctx, q, found, cue_starts, t_open, t_close)
        if mode == "split" and span is not None:
            # 'told reporters that A: "B."': the clause and the quotation are two statements.
            rows.append(_Row(span[0], span[1], "indirect", before, how="before_split"))
            rows.append(_Row(q.start, q.end, "direct", before, how="before"))
            prev_row = rows[-1]
            continue
        second = _second_quotation_own_cue(ctx, marks, qi, found, cue_starts, before, t_open, t_close) if mode in ("mixed", "direct") and q.close >= 0 else None
        if second is not None:
            # '"A," he said "B," he added.': a full stop missing after the first attribution.
            rows.append(_Row(q.start, q.end, "direct", second, how="after"))
            prev_row = rows[-1]
            continue
        own = _own_attribution_after(ctx, marks, qi, found, cue_starts, before, t_open, t_close) if mode == "mixed" and span is not None else None
        if own is not None:
            # 'Others have commented that A, "B," commented Greg Mueller': the quotation is Mueller's,
            # the reported clause before it the first cue's (two statements, not one mixed one).
            rows.append(_Row(doc[own[1]].idx, _tok_end(doc, own[2] - 1), "indirect", before, how="indirect_right"))
            rows.append(_Row(q.start, q.end, "direct", own[0], how="after"))
            prev_row = rows[-1]
            continue
        if mode == "mixed" and span is not None:
            rows.append(_Row(span[0], span[1], "mixed", before, how="before_mixed"))
            covered = span[1]
            prev_row = rows[-1]
            continue
        after = _after_cue(ctx, marks, qi, found, cue_starts, t_open, t_close) if q.close >= 0 else None
        span = _postposed_mixed(ctx, after, qtext, t_open, t_close) if after is not None else None
        if span is not None:
            rows.append(_Row(span[0], span[1], "mixed", after, how="after_mixed"))
            covered = span[1]
            prev_row = rows[-1]
            continue
        chosen = after or (before if mode == "direct" else None)
        if after is not None and mode == "direct" and before is not None and qtext.rstrip("”\"' ")[-1:] == ".":
            # 'states "A." he also said, "B."': a quotation closed by a full stop belongs to the cue before it.
            chosen = before
        if chosen is not None:
            rows.append(_Row(q.start, q.end, "direct", chosen, how="after" if chosen is after else "before"))
            prev_row = rows[-1]
            continue
        if continued and prev_row is not None and prev_row.kind == "direct" and prev_row.start == marks[qi - 1].start:
            # (only from the quotation's own previous part: when that part went unattributed, an
            # earlier speaker is no guess for this one)
            rows.append(_Row(q.start, q.end, "direct", None, speaker_from=prev_row, how="continued"))
            prev_row = rows[-1]
            continue
        if not long_enough:
            continue
        # Standalone quote: the speaker of the previous sentence, else a person named there.
        sent_idx = ctx.sent_of[t_open]
        para = ctx.para_of(q.open)
        sent = ctx.sents[sent_idx]
        if not any(sent.start <= c.start < t_open for c in found) and _writers_term(ctx, sent, t_open, t_close):
            continue
        # The quotation opens its sentence, or it follows a pronoun subject in a sentence without a
        # cue of its own ('He had not intervened "because ..."').
        alone = all(doc[i].is_punct or doc[i].is_space for i in range(sent.start, t_open)) or (
            not any(sent.start <= c.start < sent.end for c in found)
            and any(t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.lower_ in ("he", "she", "they") for t in doc[sent.start : t_open]))
        own = _speaker_in_own_sentence(ctx, q, t_open, t_close)
        if own is None:
            own = _word_order_subject(ctx, q, t_open)
        if own is not None:
            # 'such as refugee Paul Waweru, "..."', 'Chung conceded defeat "..."': the quotation's own
            # sentence names who speaks; an earlier speaker is no better guess than that.
            rows.append(_Row(q.start, q.end, "direct", None, speaker_token=own, how="standalone_own"))
            prev_row = rows[-1]
            continue
        reported = _reported_just_before(ctx, found, rows, sent_idx, para) if alone else None
        if reported is not None:
            # 'Andrew Fraser told AAP that ...' then '"Population growth isn't governed ..."': the
            # quotation goes on with the person who made the statement just before it.
            rows.append(_Row(q.start, q.end, "direct", reported, how="standalone_reported"))
            prev_row = rows[-1]
            continue
        spoke = _speaking_subject_before(ctx, found, rows, sent_idx, para) if alone else None
        if spoke is not None:
            # 'Bush announced ... he also commented on the storm.' then '"The message is ..."': the
            # person the sentence before shows speaking, newer than the last speaker, says it.
            rows.append(_Row(q.start, q.end, "direct", None, speaker_token=spoke, how="standalone_spoke"))
            prev_row = rows[-1]
            continue
        if prev_row is not None:
            ref = doc[prev_row.cue.start].idx if prev_row.cue is not None else prev_row.start
            if (ctx.sent_of[ctx.token_at(ref)] >= sent_idx - 1 and ctx.para_of(ref) >= para - 1) or ctx.para_of(ref) == para:
                rows.append(_Row(q.start, q.end, "direct", None, speaker_from=prev_row, how="standalone_prev"))
                prev_row = rows[-1]
                continue
        person = _person_in_previous_sentence(ctx, sent_idx, para)
        if person is not None:
            rows.append(_Row(q.start, q.end, "direct", None, entity_speaker=person, how="standalone_entity"))
            prev_row = rows[-1]
            continue
        if prev_row is not None and ctx.para_of(prev_row.start) >= para - 2:
            rows.append(_Row(q.start, q.end, "direct", None, speaker_from=prev_row, how="standalone_far"))
            prev_row = rows[-1]
    return _continued_back(ctx, marks, rows)


def _second_quotation_own_cue(ctx: _Context, marks: list[QuoteMark], qi: int, found: list[_Cue], cue_starts: list[int],
                              c: _Cue | None, t_open: int, t_close: int) -> _Cue | None:
    """The attribution after a quotation that follows a postposed attribution with no full stop between.

    In '"The bridge will open in May," he said "The work is almost finished," he continued.' the
    writer left out the full stop after 'he said', and the parser makes the second quotation the
    complement of 'said'. A cue that attributes the quotation closing right before it (its subject
    and verb come straight after that closing mark) takes no second quotation as its complement
    when that quotation opens right after the cue and has an attribution of its own right after its
    closing mark: the second quotation is that attribution's statement.
    """
    doc = ctx.doc
    if c is None or c.speaker is None or qi == 0 or marks[qi - 1].close < 0 or q_words(ctx, marks[qi]) < 4:
        return None
    first = min(c.start, c.speaker.left_edge.i)
    prev_close = ctx.token_at(marks[qi - 1].close)
    if first <= prev_close or not all((doc[i].is_punct and doc[i].text not in _TERMINAL) or doc[i].is_space for i in range(prev_close + 1, first)):
        return None  # the cue does not stand right after the previous quotation, in its sentence
    if not all(doc[i].is_punct or doc[i].is_space or i == c.speaker.i or (c.speaker.left_edge.i <= i <= c.speaker.right_edge.i) or c.start <= i < c.end
               for i in range(first, t_open)):
        return None  # something besides the attribution stands between the quotation and the cue
    if any(doc[i].text == ":" for i in range(c.end, t_open)):
        return None
    after = _after_cue(ctx, marks, qi, found, cue_starts, t_open, t_close)
    if after is None or after is c or after.speaker is None or after.speaker.i <= t_close or after.frame not in ("speech", "quote_only"):
        return None
    own = min(after.start, after.speaker.left_edge.i)
    if own <= t_close or not all(doc[i].is_punct or doc[i].is_space for i in range(t_close + 1, own)):
        return None
    if ctx.text[marks[qi].start : marks[qi].end].rstrip("”\"' ")[-1:] in _TERMINAL and own != after.start and not doc[own].is_lower:
        return None  # '... peace." Both sides also confirmed ...': a new sentence, no attribution ('" stated X', '" he added')
    return after


def q_words(ctx: _Context, q: QuoteMark) -> int:
    return _quote_words(ctx.text[q.start : q.end])


def _own_attribution_after(ctx: _Context, marks: list[QuoteMark], qi: int, found: list[_Cue], cue_starts: list[int],
                           c: _Cue | None, t_open: int, t_close: int) -> tuple[_Cue, int, int] | None:
    """A quotation that a reported clause runs into but that has its own attribution right after it.

    'Others have commented that Sheehan is being used, "What started out as ... campaign,"
    commented Greg Mueller' and 'They also say that they approached the Government but "after
    working through ... running," David Jackson said': the reported clause ends before the
    quotation (and the comma or conjunction before it); the quotation is a statement of the
    speaker named after it. Returns ``(attribution cue, clause start, clause end)`` (tokens), or
    None when the quotation is a fragment of the clause (fewer than four words), its attribution
    is not right after its closing mark, or the clause before it has no finite verb.
    """
    doc = ctx.doc
    q = marks[qi]
    if c is None or c.content is None or c.side != "right" or q.close < 0 or _quote_words(ctx.text[q.start : q.end]) < 4:
        return None
    a0 = c.content[0]
    if not (c.end <= a0 < t_open) or c.frame in ("call", "np_quote", "quote_only"):
        return None
    after = _after_cue(ctx, marks, qi, found, cue_starts, t_open, t_close)
    if after is None or after is c or after.speaker is None or after.speaker.i <= t_close or after.frame not in ("speech", "quote_only"):
        return None
    first = min(after.start, after.speaker.left_edge.i)
    if not all(doc[i].is_punct or doc[i].is_space for i in range(t_close + 1, first)):
        return None
    b = t_open
    while b > a0 and (doc[b - 1].is_punct or doc[b - 1].is_space or doc[b - 1].lower_ in ("and", "but")):
        b -= 1
    if doc[b].text != "," and doc[b].lower_ not in ("and", "but"):
        return None  # the quotation goes on the clause without a break: 'said it was "a disaster," X added'
    a, b = _trim(ctx, a0, b)
    if b - a < 3 or not any(_finite(doc[i]) for i in range(a, b)):
        return None
    return after, a, b


def _continued_back(ctx: _Context, marks: list[QuoteMark], rows: list[_Row]) -> list[_Row]:
    """Give the earlier paragraph parts of a quotation the speaker of the part attributed after it.

    In '"We will build it. ...' + a paragraph '"The money is there," said Mayor Calloway' the
    first part has no cue of its own; it is the mayor's, whose attribution comes at the end of
    the quotation (guideline Q5: one quote per paragraph part, same speaker). A part with a cue
    of its own keeps it; a standalone guess (the speaker of an earlier sentence) gives way.
    """
    by_start = {r.start: r for r in rows}
    replaced: dict[int, _Row] = {}
    for qi, q in enumerate(marks):
        if not q.continues or (qi > 0 and marks[qi - 1].continues):
            continue  # only chains from their first part
        chain = [qi]
        j = qi + 1
        while j < len(marks) and marks[j - 1].continues and ctx.para_of(marks[j].open) == ctx.para_of(marks[j - 1].open) + 1 and marks[j].open == ctx.paragraphs[ctx.para_of(marks[j].open)][0]:
            chain.append(j)
            if not marks[j].continues:
                break
            j += 1
        last = by_start.get(marks[chain[-1]].start)
        if len(chain) < 2 or last is None or last.how != "after" or last.kind != "direct":
            continue
        for k in chain[:-1]:
            m = marks[k]
            if not (ctx.text[m.start].isalnum() or ctx.text[m.start] in "[(‘'…"):
                break  # a stray mark ('"culture of impunity ", which ...'), not the start of a passage
            row = by_start.get(m.start)
            if row is None or row.how.startswith("standalone") or (row.how == "continued" and row.speaker_from is not None and row.speaker_from.start >= marks[chain[0]].start):
                replaced[m.start] = _Row(m.start, m.end, "direct", None, speaker_from=last, how="continued")
    if not replaced:
        return rows
    out = [replaced.pop(r.start, r) if r.kind == "direct" else r for r in rows]
    out += replaced.values()
    return sorted(out, key=lambda r: (r.start, r.end))


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Verbs of voicing words that are no reporting cues of their own (crowds chant, people cry out):
#: a quotation they govern is what was voiced, never a term of the writer's.
_VOICE_VERBS = frozenset({"chant", "yell", "scream", "cry", "sing"})


#: Words between a passive cue and its quotation ('described as a "...", 'called the "...").
_PASSIVE_LINK = frozenset({"as", "a", "an", "the", "being", "to", "be", "only", "simply", "merely", "just"})


def _passive_links_to(doc: Doc, t: Token, t_open: int) -> bool:
    """Whether only :data:`_PASSIVE_LINK` words stand between the participle ``t`` and the
    opening mark at token ``t_open`` ('described as a "...', 'called the "...'); a place or a
    source between them ('written from a "...') makes the quotation no passive cue's words."""
    return all(w.lower_ in _PASSIVE_LINK for w in doc[t.i + 1 : t_open])


def _writers_term(ctx: _Context, sent: Span, t_open: int, t_close: int) -> bool:
    """A quotation without a cue inside the writer's own sentence that holds no finite verb is a
    term, a name or a title the writer quotes, not a statement: 'claims on the name "Vista."',
    'known for "paying for order flow,"', 'docketed as "U.S. v. Madoff,"'. A quotation that opens
    its sentence or follows a colon stays a statement ('Her verdict: "Not yet."'); so does one in a
    sentence with a cue before it (the caller checks: 'the edits say that A, and she won a "prize"')."""
    doc = ctx.doc
    words_before = [t for t in doc[sent.start : t_open] if not (t.is_punct or t.is_space)]
    if not words_before or doc[t_open - 1].text == ":":
        return False
    if any(t.tag_ == "VBN" and t.lemma_.lower() in ctx.cues.verbs and _passive_links_to(doc, t, t_open) for t in words_before[-3:]):
        # ('must be written from a "neutral point of view"': a place the words come from, no report)
        return False  # 'were described as "avid outdoors enthusiasts."': a passive cue without its agent
    for t in words_before[-4:]:
        head = t.head if t.dep_ in ("aux", "auxpass") else t
        if t.tag_ in _FINITE_TAGS and _that_marked(head) and not (head.dep_ == "ccomp" and head.head.lemma_ == "be"):
            # ('One of the policies is that articles must be written from a "neutral point of view"':
            # a that-clause after 'is' is the writer's predicate, not a reported clause.)
            return False  # 'Chavez's words that the country is "well-equipped ..."': the end of a reported clause
    inside = doc[t_open + 1 : t_close]
    if any(t.tag_ in _FINITE_TAGS or (t.tag_ == "VB" and t.i == t_open + 1) for t in inside):
        return False
    # A person's own act around the quotation keeps it: 'Howard compared a comeback to "Lazarus with
    # a triple bypass"', 'Bush commended Benin for its "fight against corruption"'.
    t = inside[0] if len(inside) else doc[t_open]
    for _ in range(6):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ == "VERB" and t.lemma_ != "be":
            if t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children) and not _passive_links_to(doc, t, t_open):
                break  # 'articles must be written from a "neutral point of view"': a passive names no one
            if t.lemma_.lower() in ctx.cues.verbs or t.lemma_.lower() in _VOICE_VERBS:
                return False  # 'marched to the town hall chanting "Jobs, not cuts!"': a saying verb's words
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            # The subject, or its possessor ('Rosa Delgado, whose speech included a verdict ... as "..."').
            who = [subj, *(c for c in subj.children if c.dep_ == "poss")] if subj is not None else []
            if subj is not None and not (t_open < subj.i < t_close) and any(
                w.ent_type_ == "PERSON" or w.pos_ == "PROPN" or w.lower_ in ("he", "she", "they", "whose") for w in who
            ):
                return False
            break
    return True


def _reported_just_before(ctx: _Context, found: list[_Cue], rows: list[_Row], sent_idx: int, para: int) -> _Cue | None:
    """The cue of an indirect statement in the sentence right before a standalone quotation.

    Only when that statement is later than the last quotation's attribution, stands in the
    same or the previous paragraph, and holds no quotation of its own (whose cue would
    already be taken).
    """
    prev = ctx.sentence_before(sent_idx, para)
    if prev is None:
        return None
    last = max((ctx.doc[r.cue.start].idx if r.cue is not None else r.start for r in rows), default=-1)
    taken = {id(r.cue) for r in rows if r.cue is not None}
    for c in [c for c in found if prev.start <= c.start < prev.end]:
        # The first statement of the sentence's main clause: not one inside another's content
        # ('added that she believed that ...') nor in a relative or adverbial clause ('asked
        # about a report that quoted an aide saying ...').
        if id(c) in taken or c.side != "right" or c.content is None or c.speaker is None or c.frame not in ("speech", "clause", "prep", "relay"):
            continue
        if c.verb is not None and _embedded(c.verb):
            continue
        if ctx.doc[c.start].idx <= last or any(ctx.in_quote[i] for i in range(*c.content)):
            return None
        return c
    return None


def _speaking_subject_before(ctx: _Context, found: list[_Cue], rows: list[_Row], sent_idx: int, para: int) -> Token | None:
    """The subject of the sentence right before a standalone quotation when that sentence shows it speaking.

    The main verb of that sentence (in the same or the previous paragraph) is a verb of speech
    used without a reported clause ('he also commented on the dangers of the hurricane', 'Adams
    spoke to reporters in Belfast'), affirmative and active, and its subject, a person's name,
    a noun for a person or 'he'/'she', comes after the last attribution: the quotation is what
    that person said. None otherwise (the earlier speaker rules decide).
    """
    prev = ctx.sentence_before(sent_idx, para)
    if prev is None:
        return None
    root = prev.root
    if ctx.in_quote[root.i] or ctx.cues.verbs.get(root.lemma_.lower()) not in ("speech", "quote_only") or root.pos_ != "VERB":
        return None
    if any(c.dep_ in ("neg", "auxpass", "ccomp") for c in root.children) or root.tag_ == "VBG":
        return None  # a denial, a passive, or a verb that carries its own reported clause
    if any(c.verb is not None and c.verb.i == root.i and c.content is not None and c.content[0] > root.i for c in found):
        return None  # the verb has its own statement after it: the rules for reported speech pair it
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or ctx.in_quote[subj.i]:
        return None
    last = max((ctx.doc[r.cue.start].idx if r.cue is not None else r.start for r in rows), default=-1)
    if subj.idx <= last:
        return None
    if subj.pos_ == "PRON":
        return subj if subj.lower_ in ("he", "she") else None
    if subj.pos_ == "PROPN" and _is_person_mention(ctx, subj):
        return subj
    if subj.pos_ == "NOUN" and not subj.ent_type_ and people.is_person_noun(subj.lower_, lemma=subj.lemma_.lower()):
        return subj
    return None


def _embedded(v) -> bool:  # noqa: ANN001 - a spaCy Token
    """Whether a verb stands in a relative, adverbial or nominal clause (below a noun or another clause)."""
    t = v
    for _ in range(12):
        if t.dep_ in ("relcl", "acl", "advcl", "pcomp", "pobj", "ccomp", "xcomp", "csubj"):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return True


def _postposed_mixed(ctx: _Context, c: _Cue, qtext: str, t_open: int, t_close: int) -> tuple[int, int] | None:
    """The clause before a postposed attribution, when it holds more than the quotation.

    'The missile used a "kinetic impact" to destroy the satellite, said
    Johndroe': the statement is the whole clause with its quoted fragment
    (mixed), not the two quoted words. Returns its character span, or None
    when the clause is the quotation itself ('"We are ready," the coach said').
    """
    if c.side != "left" or not c.content:
        return None
    doc = ctx.doc
    a, b = c.content
    if not a <= t_open <= t_close < b:
        return None
    inner = qtext.rstrip()
    if not inner or any(doc[i].text == ":" for i in range(a, t_open)):
        return None  # one introduced by a colon: direct
    if inner[-1] in ",.;:!?…" and not _quotation_inside_clause(ctx, a, t_open):
        return None  # a complete quotation ('"We won," ...'): direct
    if not any(not (doc[i].is_punct or doc[i].is_space or ctx.in_quote[i]) for i in (*range(a, t_open), *range(t_close + 1, b))):
        return None  # nothing but this and other quotations ('"A," "B," Russell said'): direct
    return doc[a].idx, _tok_end(doc, b - 1)


def _quotation_inside_clause(ctx: _Context, a: int, t_open: int) -> bool:
    """Whether the quotation opening at token ``t_open`` goes on a clause the writer began at ``a``.

    'the scheme "continues to be well targeted," according to Senator Coonan': the
    quotation's closing comma belongs to the attribution after it, but the words before the
    mark ('the scheme') are the quoted predicate's subject, so the statement is the whole
    clause (mixed). A quotation after a comma or a colon ('In a statement, "We won," ...')
    opens a statement of its own, and one in the clause of another cue ('saying that "A,"
    and "B," according to X') is that cue's.
    """
    doc = ctx.doc
    prev = t_open - 1
    while prev >= a and doc[prev].is_space:
        prev -= 1
    if prev <= a or doc[prev].is_punct or ctx.in_quote[prev]:
        return False
    words = [doc[i] for i in range(a, prev + 1) if not (doc[i].is_punct or doc[i].is_space or ctx.in_quote[i])]
    def introduces(t: Token) -> bool:
        # a cue right before the quotation or before quotations joined to it: 'saying that "A," and
        # "', 'calls for "'
        return all(g.lower_ in ("that", "and", "or") or g.is_punct or g.is_space or ctx.in_quote[g.i] or g.pos_ in ("ADP", "SCONJ", "PART")
                   for g in doc[t.i + 1 : t_open])

    if any(t.pos_ == "VERB" and ctx.cues.verbs.get(t.lemma_.lower(), "quote_only") != "quote_only" and t.i + 1 < t_open and introduces(t) for t in words):
        return False  # 'saying that "A," and "B," according to X': the quotations are another cue's words
    return len(words) >= 2 and any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in words)


def _is_person_mention(ctx: _Context, t: Token) -> bool:
    """Whether token ``t`` lies in a person's name (a PERSON entity or a known name of a person)."""
    ent = ctx.entity_at(t.idx, t.idx + len(t))
    if ent is None or not (ctx.ent_start[ent] <= t.idx < ctx.ent_end[ent]):
        return False
    return ctx.is_person_entity(ent)


def _maker_of_saying_noun(ctx: _Context, t_open: int, first: int) -> Token | None:
    """The X of 'the claim by X that "..."', 'a statement by X that "..."' before a quotation.

    A noun of saying (`speech_objects`: claim, statement, assertion, warning, ...) with its own
    'by X' and a 'that' right before the opening mark names who made the statement, however the
    parser hangs 'by' and 'that' ('mocking the claim by European leaders that "..."' often has
    them on the verb). Read off the words, not the tree: the head of the phrase between 'by'
    and 'that'. None when the words before the quotation are not of that shape.
    """
    doc = ctx.doc
    i = t_open - 1
    while i >= first and doc[i].is_space:
        i -= 1
    if i <= first or doc[i].lower_ != "that":
        return None
    by = i - 1
    while by > first and i - by <= 8 and doc[by].lower_ != "by" and not (doc[by].is_punct and doc[by].text not in ("'", "’", "-", ".")):
        by -= 1
    if by <= first or doc[by].lower_ != "by" or by + 1 >= i:
        return None
    noun = doc[by - 1]
    if noun.pos_ != "NOUN" or not (noun.lower_ in ctx.cues.speech_objects or noun.lemma_.lower() in ctx.cues.speech_objects):
        return None
    end = next((k for k in range(by + 1, i) if doc[k].pos_ == "ADP" and doc[k].tag_ != "POS"), i)  # 'by X in May that', 'by leaders of the union'
    heads = [doc[k] for k in range(by + 1, end) if not (by + 1 <= doc[k].head.i < end) and doc[k].pos_ in ("NOUN", "PROPN")]
    if len(heads) != 1 or ctx.in_quote[heads[0].i]:
        return None
    return heads[0]


def _speaker_in_own_sentence(ctx: _Context, q: QuoteMark, t_open: int, t_close: int) -> Token | None:
    """The speaker a cue-less quotation's own sentence names, as the head token of its mention.

    - A person's name right next to the quotation, with only a comma, colon or dash between
      ('such as refugee Paul Waweru, "..."', '"...", Maria Lopez, a nurse, ...').
    - Else the subject of the clause that holds the quotation, when it is a person's name or
      a noun for people ('Bouchard told Radio Canada "..."', 'protesters marched chanting
      "..."'); the head of a relative clause stands for its 'who'/'whose' ('singer Ann Lee
      whose speech included a verdict of "..."'). Never a person the quotation names, the
      subject of a negated verb, a copula or a passive; pronoun subjects are left to the rules
      for pronouns. None when the sentence names no one.
    """
    doc = ctx.doc
    if q.close < 0:
        return None
    # The quotation may hold several sentences; its sentence never runs on into another paragraph.
    pa, pb = ctx.paragraphs[ctx.para_of(q.open)]
    first, last = doc[t_open].sent.start, doc[t_close].sent.end
    while first < t_open and doc[first].idx < pa:
        first += 1
    while last > t_close + 1 and doc[last - 1].idx >= pb:
        last -= 1
    sent = doc[first:last]
    lead = t_open - 1
    while lead >= 0 and doc[lead].is_space:
        lead -= 1
    if lead >= 0 and lead < sent.start and doc[lead].idx >= pa and doc[lead].text not in (".", "!", "?", ":") and ctx.para_of(doc[lead].idx) == ctx.para_of(q.open):
        # 'Bouchard told Radio Canada "It's a tragedy. ..."': the parser began a new sentence at the
        # quotation; the words before it are still its sentence.
        sent = doc[doc[lead].sent.start : sent.end]

    quoted = ctx.text[q.start : q.end]
    maker = _maker_of_saying_noun(ctx, t_open, sent.start)
    if maker is not None:
        return maker

    def usable(t: Token) -> bool:
        return sent.start <= t.i < sent.end and not ctx.in_quote[t.i] and not (t_open <= t.i <= t_close)

    def named_inside(t: Token) -> bool:
        # 'to Shimon Peres, "My dear friend Shimon Peres, ..."': the person the quotation names or
        # addresses is not its speaker.
        return re.search(rf"(?<![\w-]){re.escape(t.text)}(?![\w-])", quoted) is not None

    # A name right before the opening mark.
    i = t_open - 1
    while i >= sent.start and (doc[i].is_space or doc[i].text in (",", ":", "-", "–", "—")):
        i -= 1
    apposed = all(doc[g].is_space or doc[g].text == ":" for g in range(i + 1, t_open))
    if i >= sent.start and apposed and doc[i].pos_ in ("NOUN", "PROPN") and not _is_person_mention(ctx, doc[i]) and not people.is_person_noun(doc[i].lower_, lemma=doc[i].lemma_.lower()) and ctx.cues.verbs.get(doc[i].head.lemma_.lower()) is None:
        # 'the signing of the Afghanistan Compact: "a road-map ..."', 'Verse 4 of the Koran "We have
        # created ..."': the quotation spells out the thing named right before it (a listener of
        # a cue, 'told Radio Canada "..."', is no such thing).
        return None
    if i >= sent.start and i < t_open - 1 and usable(doc[i]) and doc[i].pos_ == "PROPN" and _is_person_mention(ctx, doc[i]):
        return None if named_inside(doc[i]) else doc[i]
    # A name right after the closing mark: '"...", Romano Prodi, Italian Prime Minister'.
    j = t_close + 1
    while j < sent.end and (doc[j].is_space or doc[j].text in (",", "-", "–", "—")):
        j += 1
    if j < sent.end and ctx.cues.verbs.get(doc[j].lemma_.lower()) == "speech" and not ctx.in_quote[doc[j].i]:
        # '"...," said commuter Mukul Chandan.' with 'commuter' parsed as a verb and the name as its
        # object: the cue found no subject, but the name after a lower-case role is the speaker.
        g = j + 1
        while g < sent.end and g - j <= 3 and doc[g].is_lower and doc[g].is_alpha:
            g += 1
        if g > j + 1:
            j = g
    if j > t_close + 1 and j < sent.end and usable(doc[j]) and doc[j].pos_ == "PROPN" and _is_person_mention(ctx, doc[j]):
        k = j
        while k + 1 < sent.end and doc[k + 1].pos_ == "PROPN" and _is_person_mention(ctx, doc[k + 1]):
            k += 1
        if k + 1 >= sent.end or doc[k + 1].is_punct:
            return None if named_inside(doc[k]) else doc[k]
    # The subject of a clause above the quotation.
    v = doc[t_open]
    while v.head.i != v.i and t_open <= v.i <= t_close:
        v = v.head
    if t_open <= v.i <= t_close:
        if lead < sent.start or lead >= t_open or not usable(doc[lead]):
            return None
        v = doc[lead]  # the quotation's parse stands alone: go up from the word before it
    for _ in range(12):
        if not usable(v) and not (t_open <= v.i <= t_close):
            return None
        if any(c.dep_ == "neg" for c in v.children):
            return None  # 'Ormond did not answer three questions: "..."'
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and usable(c)), None)
        if subj is not None and v.dep_ == "relcl" and (subj.lower_ in ("who", "that") or any(g.dep_ == "poss" and g.lower_ == "whose" for g in subj.children)):
            subj = v.head
        if subj is not None:
            if subj.pos_ == "PRON" or subj.dep_ == "nsubjpass" or v.lemma_ == "be" or any(c.dep_ in ("auxpass", "cop") for c in v.children):
                return None  # 'who was widely respected "..."': the subject of a copula or passive says nothing
            if subj.pos_ == "PROPN" and _is_person_mention(ctx, subj):
                return None if named_inside(subj) else subj
            if subj.pos_ == "NOUN" and not subj.ent_type_ and people.is_person_noun(subj.lower_, lemma=subj.lemma_.lower()):
                return subj
            return None
        if v.head.i == v.i:
            return None
        v = v.head
    return None


def _word_order_subject(ctx: _Context, q: QuoteMark, t_open: int) -> Token | None:
    """The person who opens the clause that introduces a cue-less quotation, read by word order
    where the parse links the clause to no subject (spk27).

    'Chung Dong-young conceded defeat "I accept ..."' (the parser reads *conceded* as an adjective
    of *defeat*), 'Echoing the comments of ..., Mohammed Saleh, a 42-year-old Kurd, told reporters:
    "..."' (the name an apposition of the fronted clause), 'Dr. Bishara lambasted every aspect of
    Israel's position; "Any comparison ..."' (the quotation's verb made the root of the whole
    sentence): :func:`_speaker_in_own_sentence` follows the parse and finds nobody, and the
    quotation went to the previous speaker. Here the quotation's sentence is cut by the text, not
    the parser: from the last full stop before the opening mark in its paragraph. Its first finite
    verb (tagged ``VBD``/``VBZ``/``VBP``, not *be*, *have*, a modal or negated before the quotation)
    must come straight after a person's name (a PERSON entity or a name the article gives a
    person), or after the name and an apposition set off by commas; before the name only the
    sentence start, a title or a fronted phrase that ends in a comma. Nothing in between may be
    quoted, the name must not be one the quotation itself names, and a quotation after a colon
    that follows a thing (not a listener of a cue: 'told reporters: "..."') spells that thing out
    and has no speaker ('for the signing of the Afghanistan Compact: "a road-map ..."').
    Returns the name's last token, or None.
    """
    doc = ctx.doc
    pa, _pb = ctx.paragraphs[ctx.para_of(q.open)]
    start = t_open
    while start > 0 and doc[start - 1].idx >= pa and doc[start - 1].text not in (".", "!", "?"):
        start -= 1
    if start >= t_open or any(ctx.in_quote[i] or doc[i].text in ('"', "“", "”") for i in range(start, t_open)):
        return None
    i = t_open - 1
    while i > start and doc[i].is_space:
        i -= 1
    if doc[i].text == ":" and i - 1 >= start and doc[i - 1].pos_ in ("NOUN", "PROPN") and not _is_person_mention(ctx, doc[i - 1]) and ctx.cues.verbs.get(doc[i - 1].head.lemma_.lower()) is None:
        return None  # 'joined leaders for the signing of the Afghanistan Compact: "a road-map ..."': the thing named, spelt out
    verb = next((i for i in range(start, t_open) if doc[i].tag_ in ("VBD", "VBZ", "VBP")), None)
    if verb is None or doc[verb].lemma_.lower() in ("be", "have") or doc[verb].tag_ == "MD":
        return None
    if any(doc[i].lower_ in ("not", "n't", "never") for i in range(verb, t_open)):
        return None
    end = verb - 1  # the last word of the subject phrase
    if end >= start and doc[end].text == ",":
        # 'Mohammed Saleh, a 42-year-old Kurd in Kirkuk, told': skip an apposition set off by commas.
        k = end - 1
        while k >= start and doc[k].text != ",":
            k -= 1
        if k < start or not any(doc[g].pos_ in ("NOUN", "PROPN") for g in range(k + 1, end)):
            return None
        end = k - 1
    if end < start or not (doc[end].pos_ == "PROPN" and _is_person_mention(ctx, doc[end])):
        return None
    first = end
    while first > start and _is_person_mention(ctx, doc[first - 1]):
        first -= 1
    while first > start and doc[first - 1].pos_ == "PROPN" and (doc[first - 1].lower_.rstrip(".") in ctx.cues.titles or doc[first - 1].text.endswith(".")):
        first -= 1  # 'Dr. Bishara'
    if first > start and doc[first - 1].text != ",":
        return None  # the name is no clause's opening subject ('an attack on Ann Lee drew ...')
    quoted = ctx.text[q.start : q.end]
    if re.search(rf"(?<![\w-]){re.escape(doc[end].text)}(?![\w-])", quoted):
        return None
    return doc[end]


def _person_in_previous_sentence(ctx: _Context, sent_idx: int, para: int) -> int | None:
    ps = ctx.sentence_before(sent_idx, para, same_paragraph=True)
    if ps is None:
        return None
    k = bisect.bisect_right(ctx.ent_start, ps.end_char) - 1
    while k >= 0 and ctx.ent_start[k] >= ps.start_char:
        if ctx.is_person_entity(k) and not ctx.in_quote[ctx.token_at(ctx.ent_start[k])]:
            return k
        k -= 1
    return None


def _indirect_rows(ctx: _Context, found: list[_Cue], direct: list[_Row]) -> list[_Row]:
    doc = ctx.doc
    used = {id(r.cue) for r in direct if r.cue is not None and r.how != "standalone_reported"}
    taken = sorted((r.start, r.end) for r in direct)
    # A name given in a free relative ('including what he described as the ongoing "terror"') is a
    # row of its own inside the statement around it; it does not block that statement (0.9.0).
    named = {(r.start, r.end) for r in direct if r.cue is not None and r.cue.path == "free_relative"}
    by_span = {(r.start, r.end): r for r in direct}
    rows: list[_Row] = []
    for c, content, side in [(c, c.content, c.side) for c in found if id(c) not in used] + [(c, c.left, "left") for c in found if c.left]:
        if content is None:
            continue
        a, b = _tidy_end(ctx, *content)
        if b <= a:
            continue
        s, e = doc[a].idx, _tok_end(doc, b - 1)
        # A quotation inside the content makes it mixed; one that straddles it means the parse broke.
        overlap = [(x, y) for x, y in taken if x < e and s < y]
        if overlap and side == "right" and (cut := _with_absolute_start(ctx, a, b)) is not None:
            # 'said that A, with researcher B saying "..."': the quotation is B's, beside A.
            a, b = _trim(ctx, a, cut)
            s, e = doc[a].idx, _tok_end(doc, b - 1)
            overlap = [(x, y) for x, y in taken if x < e and s < y]
        if overlap and side == "right" and (cut := _quoted_act_after(ctx, a, b, [by_span[o] for o in overlap])) is not None:
            # 'said A, accusing it of "..."': the quotation is the speaker's next act, a row of its own.
            a, b = _trim(ctx, a, cut)
            s, e = doc[a].idx, _tok_end(doc, b - 1)
            overlap = [(x, y) for x, y in taken if x < e and s < y]
        kind = "indirect"
        if overlap and side == "right" and c.path != "free_relative" and all((x, y) in named and s <= x and y <= e for x, y in overlap):
            overlap, kind = [], "mixed" if any(s <= m.open < e for m in ctx.marks) else "indirect"
        if overlap:
            continue
        if c.frame in ("quote_only", "np_quote", "call") and c.frame != "call":
            continue
        rows.append(_Row(s, e, kind, c, how=f"indirect_{side or 'right'}"))
    return rows


def _quoted_act_after(ctx: _Context, a: int, b: int, quoted: list[_Row]) -> int | None:
    """Where a reported clause ends when a quotation inside it belongs to the speaker's next act (the comma's index), or None.

    'The minister said the army held the rebels responsible, accusing them of "targeting
    civilians"': the participle is a cue of its own (it made the quotation's row), with no
    subject of its own, set off by a comma after a complete clause and running to the end; the
    outer statement ends before the comma and both rows stand (the unquoted twin ends the same
    way in :func:`_below_content_head`). Every overlapping quotation must be that participle's.
    """
    doc = ctx.doc
    cut = None
    for q in quoted:
        v = q.cue.verb if q.cue is not None else None
        if v is not None and v.dep_ == "conj" and a <= v.head.i < v.i < b and not ctx.in_quote[v.i] and q.start > v.idx \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and not any(c.dep_ == "mark" for c in v.children):
            # 'According to the mayor, A and he added that "..."': a second main clause with its own
            # subject and cue (as in :func:`_below_content_head`); A ends before the conjunction.
            k = _conjunction_before(doc, v, a)
            if k is None:
                return None
            cut = k if cut is None else min(cut, k)
            continue
        if v is None or not (a + 2 < v.i < b) or v.tag_ != "VBG" or v.left_edge.i != v.i or doc[v.i - 1].text != "," or ctx.in_quote[v.i]:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or v.right_edge.i < b - 2 or q.start < v.idx:
            return None
        cut = v.i - 1 if cut is None else min(cut, v.i - 1)
    return cut


def _conjunction_before(doc: Doc, v: Token, a: int) -> int | None:
    """Where the clause before conjunct ``v`` ends (the index after its last word), when a coordinating
    conjunction opens ``v``'s clause ('A and, furthermore, he added ...'); None otherwise or when
    nothing of the clause starting at ``a`` would be left.

    The parser hangs the 'and' on either conjunct's verb, so the conjunction is read off the text
    just before the conjunct's first word (commas and dashes skipped).
    """
    k = v.left_edge.i - 1
    while k > a and (doc[k].is_space or doc[k].text in (",", ";", "—", "–")):
        k -= 1
    if k <= a + 2 or doc[k].dep_ != "cc" or doc[k].lower_ not in ("and", "but", "while", "yet"):
        return None
    while k > a and (doc[k - 1].is_space or doc[k - 1].text in (",", ";", "—", "–")):
        k -= 1
    return k if k > a + 1 else None


def _with_absolute_start(ctx: _Context, a: int, b: int) -> int | None:
    """Where a comma-set-off 'with X saying ...' adjunct starts in a reported clause (the comma's index), or None.

    'The club said the stadium would be ready by June, with manager T saying "..."': the adjunct's
    participle is a reporting verb with a subject of its own, so what follows is T's statement,
    not the outer speaker's; the outer statement ends before the comma.
    """
    doc = ctx.doc
    for i in range(a + 3, b - 2):
        w = doc[i]
        if w.lower_ != "with" or w.dep_ != "prep" or doc[i - 1].text != "," or ctx.in_quote[i]:
            continue
        if any(c.tag_ == "VBG" and c.dep_ in ("pcomp", "pobj") and _subject(c) is not None
               and ctx.cues.verbs.get(c.lemma_.lower()) == "speech" for c in w.children):
            return i - 1
    return None


#: Words that join clauses; a reported clause never ends on one.
_DANGLING = frozenset({"and", "but", "yet", "or", "nor", "while", "whereas"})


def _tidy_end(ctx: _Context, a: int, b: int) -> tuple[int, int]:
    """End a reported clause at the paragraph it starts in and before a dangling connective.

    A paragraph break ends every reported clause (the parser sometimes runs a sentence on
    into the next paragraph), and a clause cut before another attribution does not keep the
    conjunction that joined them ('said that A, and a spokesperson said that B': A ends
    before ', and'; 'a poll showed that A, yet most also say B').
    """
    doc = ctx.doc
    for i in range(a + 1, b):
        if doc[i].is_space and doc[i].text.count("\n") >= 1 and not ctx.in_quote[i]:
            b = i
            break
    while b > a and (doc[b - 1].lower_ in _DANGLING and doc[b - 1].dep_ in ("cc", "mark", "advmod", "prep") or doc[b - 1].text in (",", ";", "—", "-") or doc[b - 1].is_space):
        b -= 1
    return _trim(ctx, a, b)


#: Constructions whose statements neither relay nor are relayed (see :func:`_fold_nested`).
_NO_RELAY = frozenset({"clause", "estimate", "estimate_at"})


def _end_before_trailing_relay(ctx: _Context, rows: list[_Row]) -> None:
    """'X said Y, according to Z': the report of X ends before the 'according to Z' that closes it.

    The parser often hangs a closing 'according to Z' on the head of the reported clause Y
    rather than on the report verb, so X's statement ran over the phrase while Z's row took the
    whole 'X said Y' as its content, and the two rows each held the other's cue: the outer
    relay then won. A postposed 'according to'/'per' row set off by a comma (the writer's
    attribution of the sentence, not a phrase of the reported clause: 'X report that jobs rose
    according to research by Z' keeps Z's research as the innermost source) whose content
    holds a reporting verb with its subject (X), where the phrase is the last thing in that
    verb's content, relays X's report (guideline Q7: the innermost speaker, Z as ``via``):
    X's statement ends before the phrase, and :func:`_fold_nested` folds Z's row into it. A belief or estimate construction
    stays a word of the outer statement. 'According to the BBC, the minister has resigned'
    (no report inside) keeps Z as the speaker.
    """
    doc, text = ctx.doc, ctx.text
    for r in rows:
        c = r.cue
        if c is None or c.path != "prep" or r.kind == "direct" or doc[c.start].lower_ not in ("according", "per"):
            continue
        p = doc[c.start].idx
        if p < r.start:
            continue  # a preposed 'According to Z, X said Y' folds already
        k = c.start - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0 or doc[k].text not in (",", "—", "–", "("):
            continue  # not set off: 'report that jobs rose according to research by Z', 'go according to plan'
        phrase_end = _tok_end(doc, doc[c.start].right_edge.i)
        for x in rows:
            xc = x.cue
            if x is r or xc is None or xc.verb is None or xc.speaker is None or x.kind == "direct" or xc.side != "right" or xc.frame in _NO_RELAY:
                continue
            if not (r.start <= xc.verb.idx < r.end and r.start <= xc.speaker.idx < r.end and x.start < p < x.end):
                continue
            if text[phrase_end:x.end].strip(" \n\t.,;:"):
                continue  # the phrase must close the report ('said A, according to Z, and B' is left alone)
            k = c.start - 1
            while k >= 0 and (doc[k].is_space or doc[k].text in (",", "—", "–", "-", "(")):
                k -= 1
            if k < 0 or doc[k].idx <= x.start:
                continue
            x.end = _tok_end(doc, k)


def _fold_nested(ctx: _Context, rows: list[_Row]) -> list[_Row]:
    """Drop an outer attribution that wraps another one; the outer speaker becomes ``via``.

    A belief, finding or estimate (construction ``clause``/``estimate``) inside another
    statement is a word of that statement ('the paper said Tokyo suspects ...' is the
    paper's); one that wraps a report folds like any other ('Court filings show the
    company said ...' is the company's statement).
    """
    doc = ctx.doc
    _end_before_trailing_relay(ctx, rows)
    drop: set[int] = set()
    for r in rows:
        if r.cue is None:
            continue
        p = doc[r.cue.start].idx
        for o in rows:
            if o is r or o.kind == "direct" or not (o.start <= p < o.end):
                continue
            if r.cue.frame in _NO_RELAY and not (o.cue is not None and r.start <= doc[o.cue.start].idx < r.end) and r.start < o.end:
                # (a claim whose content lies wholly after the statement holding its noun is no word of
                # that statement: 'condemned as "alarmist" the claims by X that ...', quote32)
                drop.add(id(r))
    rows = [r for r in rows if id(r) not in drop]
    keep: list[_Row] = []
    same: set[int] = set()
    cue_pos = [(doc[r.cue.start].idx, r) for r in rows if r.cue is not None]
    for r in rows:
        if r.kind != "direct" and r.cue is not None:
            # (a name given in a free relative, 'urged X to curb what it has called abuses', is a word
            # of the forward statement around it, never its relay)
            # (a report whose content begins only after the statement's end stands beside it: the
            # noun 'claims' in 'condemned as "alarmist" the claims by X that ...', quote32)
            inner = [x for p, x in cue_pos if x is not r and r.start <= p < r.end and not (x.start <= doc[r.cue.start].idx < x.end) and not _modifier_inside(ctx, x, r)
                     and not (x.cue.path == "free_relative" and r.cue.side == "right") and not (r.how == "before_mixed" and x.start >= r.end)]
            rel = [(x, _relative_source_end(ctx, x, r)) for x in inner]
            if inner and all(e is not None for _, e in rel):
                # 'claims it was there to oppose developers who, according to its chairman, have been
                # buying up farmland': a second source in a relative clause on a noun of the statement
                # is a statement of its own, no relay; the outer one ends at the noun when the
                # relative closes it (and stands whole when the source is its own speaker).
                for x, e in rel:
                    if e < 0:
                        same.add(id(x))
                    elif e > r.start:
                        r.end = min(r.end, e)
                keep.append(r)
                continue
            cut = min((c for c in (_adjunct_start(ctx, x, r) for x in inner) if c is not None), default=None)
            if cut is not None:
                # 'says A, where he says B' / 'says A, despite what he says are B': the inner
                # report sits in an adjunct after A, so A ends before it and both statements stand.
                r.end = cut
                keep.append(r)
                continue
            if inner and all(_below_content_head(ctx, x, r) is not None for x in inner):
                # 'said that A, dropping leaflets warning residents to leave' / 'said that A due to the
                # fact that B has said C' / 'said that A and that nobody denies B': the inner report hangs
                # in an adjunct or a second clause under A's head, so it is no relay of the outer
                # statement; the outer one stands (ending before a set-off or reason adjunct).
                ends = [e for e in (_below_content_head(ctx, x, r) for x in inner) if e > r.start]
                if ends:
                    r.end = min(ends)
                keep.append(r)
                continue
            if inner:
                for x in inner:
                    if x.via_cue is None and x.cue is not None and x.cue.via is None:
                        x.via_cue = r.cue
                continue
        keep.append(r)
    # Identical spans from two cues: keep the first.
    seen: set[tuple[int, int]] = set()
    out = []
    for r in sorted(keep, key=lambda r: (r.start, r.end)):
        if (r.start, r.end) in seen or id(r) in same:
            continue
        seen.add((r.start, r.end))
        out.append(r)
    return out


#: Prepositions that open a reason adjunct ending a statement ('should be postponed due to the fact that ...').
_REASON_PREPS = frozenset({"due", "because", "owing"})
#: Subordinators of a contrasting clause that holds another report ('may be released tomorrow although
#: his doctor has stated ...'): the statement ends before it.
_CONTRAST_MARKS = frozenset({"although", "though", "whereas"})


def _below_content_head(ctx: _Context, inner: _Row, outer: _Row) -> int | None:
    """Where ``outer`` ends when ``inner``'s cue sits under the head of ``outer``'s content in an
    adjunct or a second 'that' clause, not as that head's own report; None when it is a relay.

    The branch of the outer content's (verbal) head that holds the inner cue decides: an adverbial
    clause, a prepositional phrase or a participle after the head ('said that A, earlier dropping leaflets
    warning residents to leave') or a conjunct clause opened by its own 'that' ('said that A and
    that nobody denies B'). The outer statement ends before the first comma-set-off adjunct of the
    head up to that branch, or before a reason phrase ('due to', 'because of'); otherwise it runs to
    its own end (a comma-less 'before he asked her to join' is a word of the statement), or before
    a contrasting clause ('although his doctor has stated ...'). Returns
    the end char offset.
    """
    doc = ctx.doc
    if inner.cue is None or inner.cue.verb is None or inner.kind == "direct" or outer.kind == "direct" or outer.cue is None or outer.cue.side != "right":
        return None
    t, top = inner.cue.verb, None
    for _ in range(12):
        if t.idx < outer.start or t.idx >= outer.end:
            return None
        if t.head.i == t.i or t.head.idx < outer.start or t.head.idx >= outer.end:
            break
        top, t = t, t.head
    else:
        return None
    head = t
    if top is None or top.i <= head.i or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return None  # ('described locals saying that ...': a participle on the content's noun is its report, a relay)
    second_that = top.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in top.children)
    # (a participle set off by a comma that the parser made an xcomp, ', being told that ...', is an adjunct too)
    set_off_participle = top.dep_ == "xcomp" and top.tag_ in ("VBN", "VBG") and top.left_edge.i > 0 and doc[top.left_edge.i - 1].text == ","
    a = ctx.token_at(outer.start)
    if top.dep_ == "conj" and top.i == inner.cue.verb.i and not second_that and any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children):
        # 'According to the mayor, A and, furthermore, he added that B': the cue is a second main
        # clause with its own subject, coordinated with the content's head; A ends before the
        # conjunction and both statements stand.
        k = _conjunction_before(doc, top, a)
        if k is not None:
            return _tok_end(doc, k - 1)
    if top.dep_ not in ("advcl", "prep", "npadvmod") and not second_that and not set_off_participle:
        return None
    for c in sorted(head.children, key=lambda c: c.i):
        if c.i <= head.i or c.i > top.i or c.dep_ not in ("advcl", "prep", "npadvmod") and not (c.i == top.i and c.dep_ == "prep"):
            continue
        lo = c.left_edge.i
        if lo - 1 > a + 2 and doc[lo - 1].text in (",", ";", "—"):
            return _tok_end(doc, lo - 2)
        if lo - 1 > a + 2 and (c.dep_ == "prep" and c.lower_ in _REASON_PREPS
                               or c.dep_ == "advcl" and doc[lo].lower_ in _CONTRAST_MARKS and doc[lo].dep_ == "mark"):
            return _tok_end(doc, lo - 1)
    return outer.end


#: Pronouns that, as the source of an inner 'according to', point back to the outer speaker.
_BACK_PRONOUNS = frozenset({"him", "her", "them", "it"})


def _relative_source_end(ctx: _Context, inner: _Row, outer: _Row) -> int | None:
    """Where ``outer`` ends when ``inner`` is an 'according to X' inside a relative clause on a noun of ``outer``'s statement.

    'The group claims it was there to oppose developers who, according to its chairman, have
    been buying up farmland': the relative clause gives a second source's account of the noun,
    not the group's own words, and not a relay of the group's statement (the gold's inner-layer
    convention for a second source whose cue sits in a relative clause): the outer statement ends
    at the head noun when the relative clause closes it, and runs on whole when it does not. When
    X is the outer speaker itself ('says the jet followed a plane that, according to Smith, was
    ...', Smith speaking; or a pronoun pointing back), there is one statement: returns -1 (the
    inner row is dropped, the outer stands whole). None when the phrase is not in such a relative.
    """
    doc = ctx.doc
    c, oc = inner.cue, outer.cue
    if c is None or c.path != "prep" or c.speaker is None or inner.kind == "direct" or oc is None or oc.speaker is None \
            or oc.side != "right" or outer.kind == "direct" or doc[c.start].lower_ not in ("according", "per"):
        return None
    v = doc[c.start].head
    if v.dep_ != "relcl" or not (outer.start <= v.head.idx < outer.end) or v.head.i > c.start:
        return None
    wh = doc[v.left_edge.i]
    if wh.lower_ not in ("who", "which", "that", "whom") or not (v.head.i < wh.i < c.start):
        return None
    src, spk = c.speaker, oc.speaker
    names = {t.lower_ for t in spk.subtree if t.pos_ == "PROPN"} | {spk.lower_}
    if src.lower_ in _BACK_PRONOUNS or (src.pos_ == "PROPN" and src.lower_ in names):
        return -1
    if ctx.text[_tok_end(doc, v.right_edge.i):outer.end].strip(" \n\t.,;:\"'”’"):
        return outer.end  # the statement goes on after the relative clause: both stand whole
    k = wh.i - 1
    while k > 0 and (doc[k].is_space or doc[k].text in (",", "—", "–")):
        k -= 1
    return _tok_end(doc, k) if doc[k].idx >= outer.start else None


def _modifier_inside(ctx: _Context, inner: _Row, outer: _Row) -> bool:
    """Whether ``inner``'s cue sits in a noun's modifier that is a word of ``outer``'s statement.

    'said they were ahead of schedule at the time the captain announced that ...' and 'stated
    that a statement attributed to K, published in Fakt, saying that A, was an error': the
    inner report is part of a noun phrase inside the outer statement (a relative clause without
    a comma, or a modifier set off by commas that the statement goes on after), so the outer statement stands
    whole. A relative clause set off at the statement's end ('says A, where he says B') is an
    adjunct instead (:func:`_adjunct_start`), and a report that is the outer content's own
    clause ('filings show the company said ...') is a relay.
    """
    doc = ctx.doc
    if inner.cue is None or inner.cue.verb is None or inner.kind == "direct" or outer.kind == "direct" or outer.cue is None or outer.cue.side != "right":
        return False  # (a clause before its cue, 'During the statement in which X announced A, he commented', is no sure statement)
    t = inner.cue.verb
    for _ in range(8):
        if t.idx < outer.start or t.idx >= outer.end:
            return False
        if t.dep_ in ("relcl", "acl") and t.head.idx >= outer.start:
            lo, hi = t.left_edge.i, t.right_edge.i
            set_off = lo > 0 and doc[lo - 1].text in (",", ";", "—")
            k = hi + 1
            while k < len(doc) and doc[k].is_punct and doc[k].idx < outer.end:
                k += 1
            goes_on = k < len(doc) and doc[k].idx < outer.end
            if _unmarked_name_relative(doc, t) and not goes_on:
                return False  # 'supported by the Conservative Party who have stated that ...': an adjunct (see _adjunct_start)
            if t.dep_ == "acl":
                # a participle right after a noun may be the speaker's own ('policing the border with
                # Syria saying that ...' is Annan saying it): only one set off inside the statement counts
                return set_off and goes_on
            return goes_on or not set_off
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _unmarked_name_relative(doc: Doc, t: Token) -> bool:
    """A 'who'/'which' relative clause on a name with no comma before it ('the Conservative Party who have stated ...').

    The writer left out the comma; a relative clause on a name describes it and is no part of
    a statement that ends with the name.
    """
    lo = t.left_edge.i
    return t.dep_ == "relcl" and t.head.pos_ == "PROPN" and doc[lo].lower_ in ("who", "which") and lo > 0 and lo - 1 == t.head.i \
        and not doc[lo - 1].is_punct


def _adjunct_start(ctx: _Context, inner: _Row, outer: _Row) -> int | None:
    """Char offset where the adjunct holding ``inner``'s cue begins inside ``outer``'s content.

    The adjunct is a relative or adverbial clause (or a 'despite'/'although' phrase) set off
    by a comma after some words of the outer statement; None when the inner cue is instead
    the outer statement's own content ('X said Y told Z ...', a relay).
    """
    doc = ctx.doc
    if inner.cue is None or inner.cue.verb is None or inner.kind == "direct":
        return None
    t = inner.cue.verb
    a = ctx.token_at(outer.start)
    for _ in range(8):
        if t.dep_ in ("relcl", "advcl", "prep", "pcomp", "pobj", "acl"):
            lo = t.left_edge.i
            if t.dep_ in ("pcomp", "pobj") and t.head.dep_ == "prep":
                lo = t.head.i
            if lo - 1 > a + 2 and doc[lo - 1].text in (",", ";", "—") and doc[lo].idx > outer.start:
                return _tok_end(doc, lo - 2) if lo - 2 >= a else None
            if lo - 1 > a + 2 and _unmarked_name_relative(doc, t) and doc[lo].idx > outer.start and _tok_end(doc, t.right_edge.i) >= outer.end - 2:
                return _tok_end(doc, lo - 1)
        if t.head.i == t.i or t.head.idx < outer.start:
            return None
        t = t.head
    return None


def _cue_text(ctx: _Context, c: _Cue) -> tuple[str, int, int]:
    doc = ctx.doc
    a, b = doc[c.start].idx, _tok_end(doc, c.end - 1)
    if c.frame == "relay" and c.end - c.start > 2:
        return f"{doc[c.start].text} ... {ctx.text[doc[c.end - 2].idx:b]}", a, b
    return ctx.text[a:b], a, b


def _quoted_source(ctx: _Context, r: _Row) -> Token | None:
    """The source an outlet's report quotes, set off by a comma: '"...," the New York Times
    reported, quoting government officials', 'ABC News reported that ..., quoting "Pakistani
    authorities."'.

    Guideline Q7: the statement carries its innermost speaker, and the outlet only relays it.
    An outlet *citing* sources makes a claim of its own from them and stays the speaker ('the
    Interfax News Agency, citing unnamed sources, reported ...', as the gold sets annotate it).
    The participle hangs on the cue verb, or (a parse that attaches it to the reported clause)
    on a word of the content it closes; its object is the source. None when there is none.
    """
    c = r.cue
    if c is None or c.verb is None:
        return None
    doc = ctx.doc
    sent = doc[c.verb.i].sent
    for t in sent:
        if t.lower_ != "quoting" or t.tag_ != "VBG" or t.i == 0 or doc[t.i - 1].text != ",":
            continue
        on_cue = t.head.i == c.verb.i
        in_content = t.dep_ == "advcl" and r.start <= t.head.idx < r.end
        opens = t.idx == r.start  # 'reported, quoting two senior diplomats, that ...': the parse took it as content
        if not (on_cue or in_content or opens):
            continue
        obj = next((o for o in t.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None:
            if r.start < t.idx < r.end and _tok_end(doc, t.right_edge.i) >= r.end - 1:
                r.end = doc[t.i - 1].idx  # '... killed Khabab, quoting Pakistani authorities': the relay is no content
            elif opens:
                j = t.right_edge.i + 1
                while j < len(doc) and (doc[j].is_punct or doc[j].lower_ == "that") and doc[j].idx < r.end:
                    j += 1
                if j < len(doc) and doc[j].idx < r.end:
                    r.start = doc[j].idx
            return obj
    return None


def _relayed_words_subject(ctx: _Context, r: _Row) -> Token | None:
    """The subject whose own words an 'according to X' statement quotes, if any.

    'Diallo outlined a "grim picture", according to a UN press release' and 'He then did his
    impression, according to the Houston Chronicle: "..."': the quotation is an object of (or
    follows the colon of) a clause whose subject acts, so the words are that subject's and X
    is only the relay (dev guideline: the speaker made the statement, the relay goes to
    ``via``). A quotation that is the whole relayed clause ('According to the Times, the mayor
    is "eager" to go') stays X's claim, and so does anything said by a pronoun 'it', a copula
    or a passive.
    """
    c = r.cue
    if c is None or c.path != "prep" or r.kind != "direct":
        return None
    doc = ctx.doc
    according = doc[c.start]
    if according.lower_ not in ("according", "per"):
        return None
    t_open = ctx.token_at(r.start)
    t_close = ctx.token_at(max(r.start, r.end - 1))
    first = t_open
    while first < t_close and (doc[first].is_punct or doc[first].is_space):
        first += 1
    # The word of the quotation that hangs outside it.
    top = doc[first]
    while top.head.i != top.i and t_open <= top.head.i <= t_close:
        top = top.head
    verb = top.head
    if verb.i == top.i or t_open <= verb.i <= t_close or top.dep_ not in ("dobj", "ccomp", "oprd", "attr", "punct", "appos", "npadvmod", "parataxis"):
        return None
    # 'Bahia Hariri said, "We were facing two things ...," according to a report by al-Jazeera':
    # a speech verb whose object is the quotation, with the 'according to' phrase after its close
    # (which the parser may hang on a verb inside the quotation), quotes the subject's own words.
    spoken = top.dep_ == "ccomp" and ctx.cues.verbs.get(verb.lemma_.lower()) == "speech" and according.i > t_close
    if spoken and (t_open <= according.head.i <= t_close or according.head.i == verb.i):
        pass
    elif top.dep_ == "punct" or top.dep_ in ("ccomp", "parataxis", "appos", "npadvmod"):
        # A clause after a colon: 'did his interpretation, according to X: "..."'.
        k = t_open - 1
        while k >= 0 and (doc[k].is_space or doc[k].text in ('"', "'", "“", "‘", "’")):
            k -= 1
        if k < 0 or doc[k].text != ":":
            return None
    if verb.pos_ != "VERB" or verb.lemma_ == "be" or any(g.dep_ in ("auxpass", "neg") for g in verb.children):
        return None
    anchor = verb if spoken else according.head
    if anchor.i != verb.i and not (verb.dep_ == "conj" and verb.head.i == anchor.i):
        return None  # the relay must frame the clause that holds the quotation
    subj = next((g for g in verb.children if g.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((g for g in verb.head.children if g.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("it", "this", "that", "which") or ctx.in_quote[subj.i]:
        return None
    return subj


def _build(ctx: _Context, rows: list[_Row], answers: list[tuple[int, int, int, int]], *,
           candidates: list | None = None, layout: bool = False) -> tuple[dict[str, list], list[list[str]]]:
    if not rows and not answers:
        return {col: [] for col in COLUMNS}, []  # nothing to attribute: skip building the speaker history
    resolver = _Resolver(ctx)
    for a, b, ta, tb in answers:
        rows.append(_Row(a, b, "direct", None, resolved={"tag": (ta, tb)}, how="interview"))
    rows.sort(key=lambda r: (r.start, r.end))
    _speakers_outside_statements(ctx, rows)
    # Answers known by the layout alone are the interviewee's whole paragraphs: a pronoun inside one
    # ('decisions they think we'll like' after 'the government') still finds its antecedent there.
    resolver.set_contents([(r.start, r.end) for r in rows if not (layout and r.how == "interview")])
    # Resolve speakers in order of their mention so pronouns see earlier speakers.
    # A paragraph part that takes the speaker of a later part goes right after that part.
    order = sorted(rows, key=lambda r: (_mention_pos(ctx, r.speaker_from), 1) if r.speaker_from is not None and r.speaker_from.start > r.start else (_mention_pos(ctx, r), 0))
    for r in order:
        sp = _Speaker()
        if "tag" in r.resolved:
            ta, tb = r.resolved["tag"]
            sp.text, sp.start, sp.end, sp.pos = ctx.text[ta:tb], ta, tb, ta
            ent = ctx.entity_at(ta, tb)
            sp.canonical = ctx.ent_canon[ent] if ent is not None and ctx.ent_label[ent] == "PERSON" else sp.text
            sp.ent_id = ctx.ent_id[ent] if ent is not None and ctx.ent_label[ent] == "PERSON" else None
            sp.type = "person"
            if not layout:
                # (An answer known by the layout alone is resolved before the rows inside it, which
                # are ordered by their own mentions: it is no turn their pronouns could go back to.)
                resolver.history.append(sp)
            r.resolved = {"speaker": sp, "cue": ("", None, None), "via": "", "frame": "speech"}
            continue
        if r.cue is not None:
            resolver.current = (r.start, r.end)
            resolver.current_direct = r.kind == "direct"
            turns = len(resolver.history)
            sp = resolver.speaker(r.cue.speaker) if r.cue.speaker is not None else _Speaker()
            if r.cue.path == "free_relative" and r.cue.speaker is not None and r.cue.speaker.pos_ == "PRON":
                # 'where he endured what he described as torture': a name given in passing is no
                # turn of a speaker; the pronoun is resolved but is no antecedent of the next one.
                del resolver.history[turns:]
            relayed = _relayed_words_subject(ctx, r)
            if relayed is not None:
                # 'He did his impression, according to the Chronicle: "..."': the words are his;
                # the source named by 'according to' only relays them.
                own = resolver.speaker(relayed)
                if own.type in ("person", "anonymous") and own.text:
                    relay_name = sp.canonical or sp.text
                    sp = own
                    resolver.current = None
                    cue_text = _cue_text(ctx, r.cue)
                    r.resolved = {"speaker": sp, "cue": cue_text, "via": relay_name, "frame": r.cue.sem}
                    continue
            source = _quoted_source(ctx, r) if sp.type == "media" else None
            if source is not None:
                own = resolver.speaker(source)
                if own.type in ("person", "anonymous", "organization", "document") and own.text:
                    relay_name = sp.canonical or sp.text
                    sp = own
                    resolver.current = None
                    r.resolved = {"speaker": sp, "cue": _cue_text(ctx, r.cue), "via": relay_name, "frame": r.cue.sem}
                    continue
            resolver.current = None
            via = ""
            via_tok = r.cue.via
            turns = len(resolver.history)
            if via_tok is not None:
                via = resolver.speaker(via_tok).canonical or via_tok.text
            elif r.via_cue is not None and r.via_cue.speaker is not None:
                vsp = resolver.speaker(r.via_cue.speaker)
                via = vsp.canonical or vsp.text
            if via:
                # 'A spokesperson was quoted by the BBC as saying ... They added ...': the relay is
                # no turn of a speaker; a continuation or pronoun after it goes on with the inner
                # speaker (guideline Q7), so the relay's mention leaves no antecedent.
                resolver.relay_speakers.extend(resolver.history[turns:])
                del resolver.history[turns:]
                resolver.relayed.add(sp.pos)
            if via and (via == sp.canonical or via == sp.text):
                via = ""  # a participle of the same speaker ("..., adding ...") is no relay
            cue_text = ("", None, None) if r.how == "standalone_reported" else _cue_text(ctx, r.cue)
            frame = "speech" if r.how == "standalone_reported" else r.cue.sem
            r.resolved = {"speaker": sp, "cue": cue_text, "via": via, "frame": frame}
            sp.frame = frame  # a later pronoun tells a view from a turn of talk (_speaks_on)
        elif r.entity_speaker is not None:
            k = r.entity_speaker
            canon = ctx.surnames.get(ctx.ent_canon[k], ctx.ent_canon[k])
            sp = _Speaker(ctx.ent_text[k], ctx.ent_start[k], ctx.ent_end[k], canon, "person", "", ctx.ent_id[k], True, ctx.ent_start[k])
            resolver.history.append(sp)
            r.resolved = {"speaker": sp, "cue": ("", None, None), "via": "", "frame": "speech"}
        elif r.speaker_token is not None:
            sp = resolver.speaker(r.speaker_token)
            r.resolved = {"speaker": sp, "cue": ("", None, None), "via": "", "frame": "speech"}
        elif r.speaker_from is not None:
            src = r.speaker_from.resolved
            base: _Speaker = src.get("speaker", _Speaker())
            sp = _Speaker(base.text, base.start, base.end, base.canonical, base.type, base.title, base.ent_id, True, base.pos, base.org, base.gender, base.plural)
            # A paragraph continuation goes on with the statement's frame; a standalone quotation is speech.
            frame = src.get("frame", "speech") if r.how == "continued" else "speech"
            r.resolved = {"speaker": sp, "cue": ("", None, None), "via": src.get("via", ""), "frame": frame, "borrowed": base}
    _carry_titles(ctx, resolver, rows)
    out = []
    evidence: list[list[str]] = []
    text = ctx.text
    previous = None
    for r in rows:
        res = r.resolved
        if "speaker" not in res:
            continue
        sp: _Speaker = res["speaker"]
        cue, cs, ce = res["cue"]
        canonical = "" if sp.type == "anonymous" else sp.canonical
        if sp.type == "organization" and canonical:
            # 'J&J said' after 'Johnson & Johnson', 'the CAR government' after 'the Central African
            # Republic (CAR)': the body under the fullest name the article writes (acro28).
            canonical = ctx.acronym_full_name(canonical)
        if sp.type == "person" and canonical:
            # 'said Helen Ashworth MP' where the entity model left the letters out of the name: a
            # person's name never ends in post-nominal letters, whichever rule named the speaker.
            canonical = map_joint_members(canonical, drop_post_nominals)
        # An office whose holder the article never names ('the company manager', 'The chief of
        # the electoral council') is an unnamed source in the table: a person stays a person for
        # the pronoun rules ('He promised ...'), but a row without a name is no named person.
        stype = "anonymous" if sp.type == "person" and not canonical else sp.type
        found = res.get("borrowed", sp)
        resolution = _resolution(ctx, found, canonical, from_tag="tag" in res or r.how == "interview")
        evidence.append(row_features(
            kind=r.kind, how=r.how or "other", construction=r.cue.frame if r.cue is not None else "none",
            frame=res.get("frame", "speech"), path=r.cue.path if r.cue is not None else "none",
            resolution=resolution, speaker_type=sp.type, via=bool(res.get("via")), n_words=len(text[r.start : r.end].split()),
            form=speaker_form(resolution=resolution, has_entity=found.ent_id is not None, text=found.text),
            where=_speaker_where(ctx, r, sp), rivals=_rivals(ctx, r, canonical), **_speaker_checks(ctx, r, sp, canonical),
        ))
        if candidates is not None:
            candidates.append(row_candidates(
                ctx, start=r.start, end=r.end, kind=r.kind, how=r.how or "other", path=r.cue.path if r.cue is not None else "none",
                resolution=resolution, cue_range=(r.cue.start, r.cue.end) if r.cue is not None else None,
                chosen=(canonical, stype, found.start, found.end), previous=previous))
        previous = (canonical, stype, found.start, found.end)
        out.append({
            "start_char": r.start, "end_char": r.end, "sent_id": ctx.sent_of[ctx.token_at(r.start)],
            "text": text[r.start : r.end], "kind": r.kind, "cue": cue, "cue_start_char": cs, "cue_end_char": ce,
            "speaker": sp.text, "speaker_start_char": sp.start, "speaker_end_char": sp.end,
            "speaker_canonical": canonical, "speaker_type": stype, "speaker_title": _title_out(res.get("title", sp.title)),
            "speaker_org": res.get("org", sp.org),
            "speaker_ent_id": sp.ent_id, "speaker_resolved": bool(sp.resolved), "via": res.get("via", "") or "",
            "frame": res.get("frame", "speech"),
        })
    for row, score in zip(out, score_rows(evidence)):
        row["confidence"] = score
    data: dict[str, list] = {"quote_id": list(range(len(out)))}
    for col in COLUMNS[1:]:
        data[col] = [row[col] for row in out]
    return data, evidence


def _statement_around(ctx: _Context, rows: list[_Row], r: _Row, t: Token) -> _Row | None:
    """The row whose statement holds the word ``t`` while ``r``'s cue verb lies outside it (``r`` itself included)."""
    p, v = t.idx, ctx.doc[r.cue.start].idx
    for o in rows:
        if o.start <= p < o.end and not (o.start <= v < o.end):
            return o
    return None


def _speakers_outside_statements(ctx: _Context, rows: list[_Row]) -> None:
    """Never take a speaker from inside a statement the cue itself stands outside.

    A word of a reported clause is no subject of a verb outside that clause: in 'The minister
    stressed that Iran would keep its promises and advised major powers to negotiate' the parser
    coordinates 'advised' with 'keep', so its inherited subject is 'Iran', a word of the first
    statement. The speaker is the subject of the nearest verb above the cue that stands outside
    that statement (here 'stressed': the minister). When no verb above the cue stands outside the
    statement, the statement is the writer's whole clause ('According to X, the government has
    begun ..., hinting that ...') and its subject stays the speaker. One check for every row with a
    cue, whatever rule read the speaker off the parse.
    """
    for r in rows:
        c = r.cue
        if c is None or c.speaker is None or c.verb is None:
            continue
        around = _statement_around(ctx, rows, r, c.speaker)
        if around is None:
            continue
        best, t = None, c.verb
        for _ in range(6):
            if t.head.i == t.i:
                break
            t = t.head
            if t.pos_ not in ("VERB", "AUX"):
                continue
            if around.start <= t.idx < around.end:
                if c.speaker.head.i == t.i and c.speaker.dep_ in ("nsubj", "nsubjpass") and not _stative(t) and not _mute_subject(ctx, t):
                    break  # 'said the suspect was arrested and told officers ...': the event's actor goes on to speak
                continue
            s = _subject(t)
            if s is not None and s.pos_ in ("PROPN", "NOUN", "PRON") and _statement_around(ctx, rows, r, s) is None:
                best = s
            break
        if best is not None:
            r.cue = dataclasses.replace(c, speaker=best, path="inherited")


_LEADING_POSSESSIVE = re.compile(r"^(?:his|her|its|their|our|my|your)\s+(?=\S)", re.IGNORECASE)


def _title_out(title: str) -> str:
    """A title as the table gives it: without a leading possessive pronoun ('her spokesman' ->
    'spokesman', 'His lawyer' -> 'lawyer'), whose owner the row does not name, and empty for a
    bare form of address ('Mr.', 'Ms'), which is no role. A role never runs over a paragraph
    break: what a paragraph before left in front of it (a closing quotation mark) is cut off."""
    title = re.split(r"\n\s*", title)[-1].strip(" \"'“”‘’") if title else ""
    if not title or people.is_bare_address(title):
        return ""
    return _LEADING_POSSESSIVE.sub("", title)


def _carry_titles(ctx: _Context, resolver: _Resolver, rows: list[_Row]) -> None:
    """Give a named person's row the role written at an earlier mention when its own mention has none.

    The guideline's convention: the title is the role as written at the speaker's own mention,
    else at the nearest preceding mention or the introduction ('joint administrator Rob Hunt
    of PwC said ... Hunt said' -> 'joint administrator' for both). A mention as another row's
    relay counts ('..., according to her spokesman Jonathan Todd. Mr. Todd said ...' ->
    'spokesman'). A bare honorific ('Mr Beattie', 'Lord Malloch Brown') is replaced by such a
    role, else by a role written at a later mention; a bare form of address (Mr, Ms: see
    :func:`newslab.people.is_bare_address`) with no role anywhere is no title at all. Stores the
    role as the row's ``title`` (and ``org`` when it had none) in ``r.resolved``.
    """
    cache: dict[int, tuple[str, str]] = {}

    def bare(title: str) -> bool:
        return all(people.is_courtesy_title(w) or people.is_address_honorific(w) for w in title.split())

    mentions = [h for h in resolver.history + resolver.relay_speakers if h.type == "person" and h.title and not bare(h.title)]
    for r in rows:
        res = r.resolved
        sp = res.get("speaker")
        if sp is None or sp.type != "person" or not sp.canonical or " and " in sp.canonical:
            continue
        if sp.title and not bare(sp.title):
            continue
        limit = sp.start if sp.start is not None else r.start
        found = ("", "")
        if sp.start is not None and sp.end and ctx.text[sp.start : sp.end].strip() and sp.canonical.endswith(sp.text):
            found = resolver.role_at(ctx.token_at(sp.start), ctx.token_at(sp.end - 1))  # its own mention: 'X, who is the Y'
        # The nearest earlier mention with a role: a speaker already resolved or a relay, or any mention of the name.
        earlier = max((h for h in mentions if h.canonical == sp.canonical and h.pos < limit), key=lambda h: h.pos, default=None)
        k = bisect.bisect_right(ctx.ent_start, limit) - 1
        while not found[0] and k >= 0 and (earlier is None or ctx.ent_start[k] > earlier.pos):
            canon = ctx.ent_canon[k]
            if ctx.ent_label[k] == "PERSON" and sp.canonical in (canon, ctx.surnames.get(canon)):
                if k not in cache:
                    cache[k] = resolver.mention_role(k)
                found = cache[k]
            k -= 1
        if not found[0] and earlier is not None:
            found = (clean_role(earlier.title), earlier.org)
        if not found[0] and sp.title:
            # Only an honorific here and before: the first role written for the person later on.
            later = min((h for h in mentions if h.canonical == sp.canonical and h.pos > limit), key=lambda h: h.pos, default=None)
            if later is not None:
                found = (clean_role(later.title), later.org)
        if found[0]:
            res["title"] = found[0]
            if not sp.org:
                res["org"] = found[1]
        # (No role anywhere: a bare form of address such as 'Mr.' is emptied on output, `_title_out`.)


def _speaker_checks(ctx: _Context, r: _Row, sp: _Speaker, canonical: str) -> dict:
    """Signs of a wrong speaker that the rules cannot see themselves (features of the confidence)."""
    text = ctx.text
    content = text[r.start : r.end]
    last = canonical.split()[-1] if canonical else ""
    # The speaker named inside its own statement ('according to X, Y, had never ...'): a parse slip.
    self_named = bool(last) and len(last) > 2 and _whole_word_in(last, content)
    label = "none"
    if sp.ent_id is not None:
        k = bisect.bisect_left(ctx.ent_id, sp.ent_id)
        if k < len(ctx.ent_id) and ctx.ent_id[k] == sp.ent_id:
            label = ctx.ent_label[k] if ctx.ent_label[k] in ("PERSON", "ORG", "GPE", "NORP") else "other"
    sent = ctx.sents[ctx.sent_of[ctx.token_at(r.start)]]
    n_tokens = sent.end - sent.start
    return {
        "self_named": self_named,
        "name_words": min(len(canonical.split()), 2),
        "entity_label": label,
        "sentence": "short" if n_tokens <= 25 else ("long" if n_tokens > 45 else "medium"),
    }


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what a str pattern's \w matches


def _whole_word_in(word: str, text: str) -> bool:
    """``re.search(rf"\\b{re.escape(word)}\\b", text) is not None`` for a non-empty ``word``, without compiling a
    pattern per speaker name (every new name was a new pattern for the re module to parse and compile)."""
    first, last = _is_word_char(word[0]), _is_word_char(word[-1])
    p = text.find(word)
    while p >= 0:
        end = p + len(word)
        if (p > 0 and _is_word_char(text[p - 1])) != first and (end < len(text) and _is_word_char(text[end])) != last:
            return True
        p = text.find(word, p + 1)
    return False


def _rivals(ctx: _Context, r: _Row, canonical: str) -> int:
    """Other people who could have said it: a confidence feature (0, 1, or 2 for two or more).

    Counts the distinct people (PERSON entities, by their last word) named outside the
    statement in its first sentence and the sentence before, other than the speaker.
    Each one is a candidate the pairing rules had to pass over, so the more there are,
    the more often the speaker is wrong.
    """
    here = ctx.sent_of[ctx.token_at(r.start)]
    lo = ctx.sents[here - 1].start_char if here > 0 else ctx.sents[here].start_char
    hi = ctx.sents[here].end_char
    own = canonical.split()[-1] if canonical else ""
    names = set()
    for k in range(bisect.bisect_left(ctx.ent_start, lo), bisect.bisect_left(ctx.ent_start, hi)):
        if ctx.ent_label[k] != "PERSON" or r.start <= ctx.ent_start[k] < r.end:
            continue
        last = ctx.ent_canon[k].split()[-1] if ctx.ent_canon[k].split() else ""
        if last and last != own:
            names.add(last)
    return min(len(names), 2)


def _speaker_where(ctx: _Context, r: _Row, sp: _Speaker) -> str:
    """Where the speaker's mention is: in the statement's sentences, another sentence, or nowhere (a confidence feature)."""
    if sp.start is None:
        return "none"
    first, last = ctx.sent_of[ctx.token_at(r.start)], ctx.sent_of[ctx.token_at(max(r.start, r.end - 1))]
    return "same" if first <= ctx.sent_of[ctx.token_at(sp.start)] <= last else "other"


def _resolution(ctx: _Context, sp: _Speaker, canonical: str, *, from_tag: bool) -> str:
    """How the speaker's name was found: a feature of the confidence."""
    if from_tag:
        return "tag"
    if sp.type == "anonymous":
        return "anonymous"
    if not canonical:
        return "document_unnamed" if sp.type == "document" else "unresolved"
    if sp.text.lower() in ctx.cues.pronouns:
        return "pronoun"
    if sp.resolved:
        return "description"
    return "entity" if sp.ent_id is not None else "name"


def _mention_pos(ctx: _Context, r: _Row) -> int:
    if r.cue is not None and r.cue.speaker is not None:
        return r.cue.speaker.idx
    if r.speaker_token is not None:
        return r.speaker_token.idx
    return r.start


_NULLABLE_INT = frozenset({"cue_start_char", "cue_end_char", "speaker_start_char", "speaker_end_char", "speaker_ent_id"})


# Building the table was a fifth of the extraction time: pandas infers each list's type element by
# element, and ``pd.array(..., dtype="Int64")`` is slow on short lists. The helpers below build the
# arrays that inference would give, for the plain cases only, and leave anything else to pandas.


@functools.lru_cache(maxsize=1)
def _inferred_str_dtype() -> object:
    """The dtype pandas infers for a list of strings (``str`` since pandas 3, where it can no longer be switched off)."""
    return pd.Series(["a"]).dtype


def _typed_array(values: list, str_dtype: object) -> object:
    """``values`` as the array pandas would infer for it, when all its values are of one plain type.

    Strings (with None for missing) become the inferred string array, ints an int64 array,
    bools a bool array, floats a float64 array; any other mix is returned as it is, for pandas
    to infer.
    """
    kinds = set(map(type, values))
    if str in kinds and kinds <= {str, type(None)} and isinstance(str_dtype, pd.StringDtype):
        return str_dtype.construct_array_type()._from_sequence(values, dtype=str_dtype)
    if kinds == {int}:
        return np.array(values, dtype=np.int64)
    if kinds == {bool}:
        return np.array(values, dtype=bool)
    if kinds == {float}:
        return np.array(values, dtype=np.float64)
    return values


def _nullable_int_array(values: list) -> object:
    """``pd.array(values, dtype="Int64")``, built directly when the values are ints and None."""
    if set(map(type, values)) <= {int, type(None)}:
        return pd.arrays.IntegerArray(
            np.array([0 if v is None else v for v in values], dtype=np.int64), np.array([v is None for v in values], dtype=bool)
        )
    return pd.array(values, dtype="Int64")


def _empty() -> pd.DataFrame:
    return _empty_template().copy()


@functools.lru_cache(maxsize=1)
def _empty_template() -> pd.DataFrame:
    df = pd.DataFrame({c: pd.Series([], dtype="object") for c in COLUMNS})
    for col in ("quote_id", "start_char", "end_char", "sent_id"):
        df[col] = df[col].astype("int64")
    for col in ("cue_start_char", "cue_end_char", "speaker_start_char", "speaker_end_char", "speaker_ent_id"):
        df[col] = df[col].astype("Int64")
    df["speaker_resolved"] = df["speaker_resolved"].astype(bool)
    df["confidence"] = df["confidence"].astype("float64")
    return df
