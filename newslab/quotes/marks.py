"""Quotation marks: pairing by type, paragraph continuations, title-like strings."""

from __future__ import annotations

import re
from dataclasses import dataclass


_MARK = re.compile('["“”„«»]')


_OPEN_AFTER = frozenset("([{—–-/\u00a0")


_CLOSE_BEFORE = frozenset(".,;:!?)]}—–-…")


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


_LINE_BREAK = re.compile(r"\n\s*")


_TERMINAL = frozenset(".!?…")


_THIN_SPACES = frozenset("\u2009\u200a\u202f\u200b")


_SMALL_WORDS = frozenset("a an the of for and in on to at by or with from".split())


@dataclass(frozen=True)
class QuoteMark:
    """A paired quotation: marks at ``open``/``close`` (``close`` is -1 for a
    paragraph part continued in the next paragraph; ``open`` is the paragraph's
    start, ``== start``, for a part whose opening mark the writer did not repeat),
    content ``start:end``."""

    open: int
    close: int
    start: int
    end: int
    continues: bool = False


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    pattern = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else _LINE_BREAK
    starts = [0] + [m.end() for m in pattern.finditer(text) if m.end() < len(text)]
    bounds = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(text)
        while b > a and text[b - 1].isspace():
            b -= 1
        bounds.append((a, b))
    return bounds


def _family(ch: str) -> str:
    return "straight" if ch == '"' else ("angle" if ch in "«»" else "curly")


def pair_quote_marks(text: str) -> tuple[list[QuoteMark], list[int]]:
    """Pair the double quotation marks of ``text``.

    Args:
        text: The article text.

    Returns:
        ``(quotations, unpaired)``: the quotations in text order (content
        without the marks and surrounding whitespace) and the offsets of marks
        that pair with nothing.

    Example:
        >>> text = 'He said "yes." It\\'s “fine”, „ja“ and «oui»'
        >>> marks, unpaired = pair_quote_marks(text)
        >>> [text[m.start : m.end] for m in marks], unpaired
        (['yes.', 'fine', 'ja', 'oui'], [])
    """
    paragraphs = _paragraph_bounds(text)
    quotes: list[QuoteMark] = []
    unpaired: list[int] = []

    def add(o: int, c: int, end: int, continues: bool = False, *, unopened: bool = False) -> None:
        # ``unopened``: a paragraph part with no opening mark; ``o`` is the paragraph's start.
        s, e = (o if unopened else o + 1), end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            quotes.append(QuoteMark(o, c, s, e, continues))

    consumed: dict[int, int] = {}  # closing mark -> paragraph start of a part that opens with no mark
    for k, (a, b) in enumerate(paragraphs):
        pending: tuple[int, str] | None = None
        for m in _MARK.finditer(text, a, b):
            pos, ch = m.start(), m.group()
            if pos in consumed:
                add(consumed[pos], pos, pos, unopened=True)  # the last part of a quotation opened paragraphs before
                continue
            if ch == '"':
                j = pos - 1
                while j > a and text[j] in _THIN_SPACES:
                    j -= 1  # a thin space before a closing mark is typography, not a word gap
                prev = text[j] if j >= a else " "
                nxt = text[pos + 1] if pos + 1 < b else " "
                looks_open = (prev.isspace() or prev in _OPEN_AFTER or pos == a) and not nxt.isspace()
                looks_close = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_BEFORE or pos + 1 == b)
                if pending is not None and prev.isspace() and (nxt in ",;:!?)" or (nxt == "." and text[pos + 2 : pos + 3] != ".") or pos + 1 == b):
                    # 'termed the attacks "massacres ".': a stray space before the closing mark of an open
                    # quotation; a mark before closing punctuation opens nothing ('"...feasible"' still opens).
                    looks_open, looks_close = False, True
                if pending is not None and pending[1] == "“" and looks_close and not looks_open and _mixed_closer(text, pending[0], pos, b):
                    # '“We were very distressed ... that it failed".': a curly opening mark closed by a
                    # straight one (text assembled from two sources); no curly closer goes with it.
                    add(pending[0], pos, pos)
                    pending = None
                    continue
                if pending is not None and pending[1] != '"':
                    continue  # straight marks nested inside a curly quotation
                if pending is None:
                    if looks_close and not looks_open:
                        unpaired.append(pos)
                    else:
                        pending = (pos, ch)
                elif looks_open and not looks_close:
                    unpaired.append(pending[0])
                    pending = (pos, ch)
                else:
                    add(pending[0], pos, pos)
                    pending = None
            elif ch in "“„«":
                if ch == "“" and pending is not None and pending[1] == "„":
                    add(pending[0], pos, pos)
                    pending = None
                    continue
                if pending is not None:
                    unpaired.append(pending[0])
                pending = (pos, ch)
            else:  # ” »
                if pending is not None and _family(pending[1]) == _family(ch):
                    add(pending[0], pos, pos)
                    pending = None
                elif pending is not None and pending[1] == '"':
                    if ch == "”" and _mixed_closer(text, pending[0], pos, b):
                        # 'is to "symbolises ... roots”, the airline said': a straight opening mark
                        # closed by a curly one (text assembled from two sources); no straight closer follows.
                        add(pending[0], pos, pos)
                        pending = None
                    continue
                else:
                    unpaired.append(pos)
        if pending is not None:
            nxt_para = paragraphs[k + 1][0] if k + 1 < len(paragraphs) else None
            # A new paragraph that opens with a quotation mark goes on with the quotation, also when its
            # mark is of the other family ('said: “Line One ...' then '"Following ...': text assembled
            # from two sources, 0.9.0); angle marks continue only angle marks.
            if nxt_para is not None and text[nxt_para : nxt_para + 1] and text[nxt_para] in '"“„«' and (_family(text[nxt_para]) == _family(pending[1]) or "angle" not in (_family(text[nxt_para]), _family(pending[1]))):
                add(pending[0], -1, b, continues=True)
            elif (chain := _unopened_continuation(text, paragraphs, k, pending[1])) is not None:
                # '"I am calling on ... myself.' then a paragraph with no opening mark ending in
                # '... running out of time," said McCain': the writer did not repeat the opening mark.
                add(pending[0], -1, b, continues=True)
                *middle, (last_start, close) = chain
                for pa, pb in middle:
                    add(pa, -1, pb, continues=True, unopened=True)
                consumed[close] = last_start
            else:
                unpaired.append(pending[0])
    quotes.sort(key=lambda q: q.open)
    unpaired.sort()
    return quotes, unpaired


def _mixed_closer(text: str, opened: int, pos: int, end: int) -> bool:
    """Whether the mark at ``pos`` (of the other family than the opening mark at ``opened``)
    closes that quotation: no other mark stands between them, and the next
    one after it in the paragraph (before ``end``), if any, opens a new quotation
    ('"... activism,” said Whitson. "Peaceful ..."') rather than closing this one."""
    family = "straight" if text[opened] == '"' else "curly"
    marks = '"' if family == "straight" else "“”"
    if _MARK.search(text, opened + 1, pos):
        return False  # a nested quotation in between: this mark may close it, not the outer one
    nxt = next((i for i in range(pos + 1, end) if text[i] in marks), None)
    if nxt is None:
        return True
    if family == "curly":
        return text[nxt] == "“"
    before = text[nxt - 1] if nxt > 0 else " "
    after = text[nxt + 1] if nxt + 1 < end else " "
    return (before.isspace() or before in _OPEN_AFTER) and not after.isspace()


def _unopened_continuation(text: str, paragraphs: list[tuple[int, int]], k: int, opener: str) -> list[tuple[int, int]] | None:
    """The paragraphs that go on with a quotation left open at the end of paragraph ``k``
    when the writer did not repeat the opening mark: up to two paragraphs with no mark at
    all, then one whose first mark closes (same family, right after the passage's own
    punctuation). Returns ``[(start, end), ..., (start, closing_mark)]``, else None.
    """
    chain: list[tuple[int, int]] = []
    for a, b in paragraphs[k + 1 : k + 4]:
        m = _MARK.search(text, a, b)
        if m is None:
            chain.append((a, b))
            continue
        pos, ch = m.start(), m.group()
        closes = ch in "”»" or (ch == '"' and (pos + 1 == b or text[pos + 1].isspace() or text[pos + 1] in _CLOSE_BEFORE))
        if pos > a and closes and _family(ch) == _family(opener) and text[pos - 1] in ".,!?…" and len(chain) <= 2:
            chain.append((a, pos))
            return chain
        return None
    return None


def _quote_words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _is_title(text: str) -> bool:
    """A short marked string in title case ("Storm Area 51 Basecamp", "Best Hero") names a work or event."""
    words = re.findall(r"[\w'’-]+", text)
    if not words or len(words) > 8:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content) and not (len(content) == 1 and text.rstrip()[-1:] in _TERMINAL)


# A single-quoted passage of speech: an opening mark before a word, a closing one right
# after the passage's own punctuation ("'For many years, ... medicine,' said Gadow").
_SINGLE_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))['‘](?=[\w“\"])([^\n]*?[,.!?…])['’](?=[\s,;:.)\]—–]|$)", re.MULTILINE)


def single_quoted_passages(text: str) -> list[tuple[int, int]]:
    """Character spans of single-quoted passages of speech (four words or more).

    Single quotes are never quotation marks of the quotes table (they are apostrophes
    too often), but a reporting verb inside a single-quoted passage belongs to the
    quoted speaker's words: "'For years, critics have claimed that ...,' said Gadow"
    attributes nothing to the critics. Only passages whose closing mark follows their
    own punctuation count, so "the players' union" and "rock 'n' roll" are not passages.

    Example:
        >>> text = "'For years, critics have claimed that it works,' said Gadow."
        >>> single_quoted_passages(text)
        [(1, 47)]
    """
    out = []
    for m in _SINGLE_QUOTED.finditer(text):
        if len(m.group(1).split()) >= 4:
            out.append((m.start(1), m.end(1)))
    return out

