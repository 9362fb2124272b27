"""Per-Doc context and small dependency-parse helpers shared by the cue and speaker rules."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

import pandas as pd
from spacy.attrs import DEP, IDX, LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from newslab.entities import CALENDAR_WORDS, _abbreviation_heads, _list_members, extract_entities, person_like_names, strip_name, surnames_of_someone_else
from newslab.people import given_name_gender
from newslab.quotes.lexicon import Cues
from newslab.quotes.marks import QuoteMark, _paragraph_bounds
from newslab.sentences import doc_text, sentence_spans


_SUBJ = ("nsubj", "nsubjpass", "csubj")


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "LAW"})


def _ints(col: Sequence) -> list[int]:
    """A column of the entities table (a Series or a list) as Python ints, as ``[int(x) for x in col]``.

    ``Series.tolist`` reads the whole column at once; iterating an Arrow-backed column element by
    element is what made this per-article conversion slow.
    """
    values = col.tolist() if isinstance(col, pd.Series) else list(col)
    return values if all(type(x) is int for x in values) else [int(x) for x in values]


def _strs(col: Sequence) -> list[str]:
    """A column of the entities table as Python strings, as ``[str(x) for x in col]`` (see :func:`_ints`)."""
    values = col.tolist() if isinstance(col, pd.Series) else list(col)
    return values if all(type(x) is str for x in values) else [str(x) for x in values]


class _Context:
    """Arrays and lookups built once per Doc (linear in its length)."""

    def __init__(self, doc: Doc, entities: pd.DataFrame | Mapping[str, Sequence], cues: Cues) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.cues = cues
        # Token attributes read in bulk (C speed); Token objects are made only for cue candidates.
        arr = doc.to_array([IDX, LEMMA, LOWER, DEP]) if len(doc) else None
        self.tok_idx = arr[:, 0].tolist() if arr is not None else []
        self.lemma_ids = arr[:, 1].tolist() if arr is not None else []
        self.lower_ids = arr[:, 2].tolist() if arr is not None else []
        self.dep_ids = arr[:, 3].tolist() if arr is not None else []  # a scan for one relation picks its words here
        self.sents = _sentences(doc)
        self.sent_of = _SentIndex([s.start for s in self.sents])
        self.sent_starts_char = [s.start_char for s in self.sents]
        self.paragraphs = _paragraph_bounds(self.text)
        self.para_starts = [a for a, _ in self.paragraphs]
        # The entities table, or its columns as lists (newslab.entities.entity_columns).
        ents = entities
        n_ents = len(ents["ent_id"]) if "ent_id" in ents else 0
        self.ent_start = _ints(ents["start_char"]) if n_ents else []
        self.ent_end = _ints(ents["end_char"]) if n_ents else []
        self.ent_label = _strs(ents["label"]) if n_ents else []
        self.ent_canon = _strs(ents["canonical"]) if n_ents else []
        model_canon, model_label = self.ent_canon[:], self.ent_label[:]  # as the table gives them
        # Titles the entity model kept inside a person's name ("Constable Nick Adderley").
        for k, lab in enumerate(self.ent_label if n_ents else []):
            if lab == "PERSON":
                words = self.ent_canon[k].split(" ")
                j = 0
                while j < len(words) - 2 and words[j].lower() in cues.titles:
                    j += 1
                if j:
                    self.ent_canon[k] = " ".join(words[j:])
        self.ent_text = _strs(ents["text"]) if n_ents else []
        self.ent_id = _ints(ents["ent_id"]) if n_ents else []
        self._titled_people_tagged_org(cues)
        self._add_left_out_given_names(cues)
        self._kind_of_full_name()
        self._org_tail_names()
        self.abbreviations = _defined_abbreviations(self.text)
        self._acronym_memo: dict[str, str | None] = {}  # acronym word -> its full name (acro28), once per article
        self._abbreviated_names()
        self.person_names = {c for c, lab in zip(self.ent_canon, self.ent_label) if lab == "PERSON"}
        # Given name -> full name, when the entities table gives a bare given name a person's full
        # name ('Shane' -> 'Shane Ortiz'): the same given name untagged elsewhere is that person too.
        given: dict[str, str | None] = {}
        for text, canon in zip(self.ent_text, self.ent_canon):
            first = strip_name(text)
            words = canon.split()
            if len(words) >= 2 and words[0] == first and " " not in first and first.isalpha():
                given[first] = canon if given.get(first, canon) == canon else None
        # ... and so is a given name that opens exactly one person's full name ('Shane' after 'Shane Ortiz').
        people_named = sorted(person_like_names(self.ent_canon, self.ent_label))
        for name in people_named:
            words = name.split()
            if len(words) >= 2 and words[0].isalpha() and given_name_gender(words[0]) is not None:
                given[words[0]] = name if given.get(words[0], name) == name else None
        self.given_names = {k: v for k, v in given.items() if v}
        # Surname -> full name, for names the entity model missed or mislabelled ("Mohr" -> "William Mohr").
        surnames: dict[str, str | None] = {}
        for name in people_named:
            words = name.split()
            if len(words) >= 2:
                last = words[-1] if words[-1].rstrip(".").lower() not in ("jr", "sr", "ii", "iii") else words[-2]
                surnames[last] = name if surnames.get(last, name) == name else None
                if "-" in last.strip("-"):
                    # "Christian Schwarz-Schilling" is also "Schilling" on second mention.
                    tail = last.rsplit("-", 1)[1]
                    if tail[:1].isupper():
                        surnames[tail] = name if surnames.get(tail, name) == name else None
        # A bare surname the entities table kept apart from its one full bearer ('Roberts told
        # students during his weekly chapel' when the article's only full Roberts is Lindsay) names
        # someone else: the surname alone does not point to that full name in this article.
        spans = [(self.token_at(a), self.token_at(b - 1) + 1) for a, b in zip(self.ent_start, self.ent_end)]
        self.kept_apart = surnames_of_someone_else(doc, spans, model_canon, model_label)
        self.surnames = {k: v for k, v in surnames.items() if v and k not in self.kept_apart}
        # A surname two or more people named in the article share ('Fred Mattlage', 'Larry
        # Mattlage'): alone it points to no one full name, but it is a person's, whatever the tagger did.
        self.shared_surnames = frozenset(k for k, v in surnames.items() if v is None)
        self.in_quote = bytearray(len(doc))
        self.in_single = bytearray(len(doc))  # inside a single-quoted passage of speech
        self.marks: list[QuoteMark] = []

    def _titled_people_tagged_org(self, cues: Cues) -> None:
        """A title of the lexicon before a person's name that the model tagged ORG as a whole
        ('Colonel Hutchins said' after 'Army Colonel Mark Hutchins'): the name alone is a
        PERSON entity, and the title stays before it, where the title rules read it.

        The name must be a person's: its last word ends a person's name the article tags
        PERSON, or it is two or more words opening with a known given name. 'General Motors',
        'General Dynamics' keep their label (no person's name ends with 'Motors').
        """
        doc = self.doc
        person_last = {c.split()[-1] for c, lab in zip(self.ent_canon, self.ent_label) if lab == "PERSON" and " " in c}
        org_words = self.cues.organization_heads | self.cues.generic_organization_heads
        for k, lab in enumerate(self.ent_label):
            if lab != "ORG" or "\n" in self.ent_text[k]:
                continue
            t0 = self.token_at(self.ent_start[k])
            first = doc[t0]
            if first.idx != self.ent_start[k] or first.lower_.rstrip(".") not in cues.titles:
                continue  # no title opens the entity: the common case, settled before the span is read (speed24)
            t1 = self.token_at(self.ent_end[k] - 1) + 1
            j = t0
            while j < t1 - 1 and doc[j].lower_.rstrip(".") in cues.titles:
                j += 1
            rest = doc[j:t1]
            if j == t0 or not 1 <= len(rest) <= 3:
                continue
            if any(not (t.text[:1].isupper() and t.text.replace("-", "").replace(".", "").isalpha()) or t.lower_ in org_words or t.lower_ in cues.titles for t in rest):
                continue
            if rest[-1].text in person_last or len(rest) >= 2 and given_name_gender(rest[0].text) is not None:
                self.ent_label[k] = "PERSON"
                self.ent_start[k] = rest[0].idx
                self.ent_text[k] = rest.text
                canon = self.ent_canon[k].split()
                if not (len(canon) > len(rest) and canon[-1] == rest[-1].text and canon[0].lower().rstrip(".") not in cues.titles):
                    self.ent_canon[k] = rest.text  # else the table already gives the full name ('Dr Cain' -> 'Frank Cain')

    def _add_left_out_given_names(self, cues: Cues) -> None:
        """Give a person the full name the text writes when the entity model left its given names out.

        'Industry expert Om Malik said ... Malik added' (the model tags only 'Malik'), 'Anders
        Fogh Rasmussen ... Rasmussen said' (only 'Fogh Rasmussen'): every mention whose canonical
        name is the shorter form takes the longer one, when exactly one longer form is written
        and no other person of the text shares the surname.
        """
        doc = self.doc
        longer: dict[str, set[str]] = {}
        for k, lab in enumerate(self.ent_label):
            if lab != "PERSON" or not self.ent_text[k]:
                continue
            t0 = self.token_at(self.ent_start[k])
            if doc[t0].idx != self.ent_start[k]:
                continue
            a = given_names_before(doc, t0, self.ent_text[k], cues.titles)
            if a < t0:
                full = self.text[doc[a].idx : self.ent_start[k]] + self.ent_text[k]
                if full.endswith(" " + self.ent_canon[k]) and "\n" not in full:
                    longer.setdefault(self.ent_canon[k], set()).add(full)
        if not longer:
            return
        persons = {c for c, lab in zip(self.ent_canon, self.ent_label) if lab == "PERSON"}
        for short, fulls in longer.items():
            if len(fulls) != 1:
                continue
            full = next(iter(fulls))
            last = short.split()[-1]
            if any(p != short and p != full and p.split()[-1] == last for p in persons):
                continue  # 'Sarah Malik' is written too: 'Malik' alone stays ambiguous
            self.ent_canon = [full if c == short else c for c in self.ent_canon]

    def _kind_of_full_name(self) -> None:
        """A one-word mention the model tagged PERSON whose canonical name is an organisation's
        full name written in the text ('TfL' -> 'Transport for London', 'Ervin' -> 'M.J. Ervin &
        Associates') is that organisation: it takes the label of the full name."""
        full_label: dict[str, str] = {}
        for text, canon, lab in zip(self.ent_text, self.ent_canon, self.ent_label):
            if text.endswith(canon) and lab in ("ORG", "GPE", "NORP", "FAC"):
                full_label.setdefault(canon, lab)
        for k, lab in enumerate(self.ent_label):
            canon = self.ent_canon[k]
            if lab == "PERSON" and " " not in self.ent_text[k].strip() and canon in full_label and not self.ent_text[k].endswith(canon):
                self.ent_label[k] = full_label[canon]

    def _org_tail_names(self) -> None:
        """Give an organisation mentioned by the last words of its name that full name.

        'The Tigers say' after 'the Liberation Tigers', 'Industries said' after 'Bolt
        Industries': a capitalised organisation mention whose words end exactly one longer
        organisation name of the article (and no person's or place's name) takes that name,
        so its statements count for one source. A tail that is itself a place, a person or an
        outlet of its own ('Times' after 'The Sunday Times') keeps its own name, and so does
        a tail whose longer name only adds a place (see :meth:`_place_qualified`).
        """
        orgs = {c for c, lab in zip(self.ent_canon, self.ent_label) if lab == "ORG"}
        others = self._names_of_people_and_places()
        for k, lab in enumerate(self.ent_label):
            short = self.ent_canon[k]
            if lab != "ORG" or short in others or not short[:1].isupper() or short.lower() in self.cues.media_outlets:
                continue  # 'Times' is an outlet of its own, not 'The Sunday Times'
            full = self._one_longer_org(short, orgs, others)
            if full is not None:
                self.ent_canon[k] = full

    def _abbreviated_names(self) -> None:
        """Mentions of an abbreviation the text defines ('Fiat Chrysler Automobiles US (FCA US)')
        take the full name: the entity model tags 'US' in 'FCA US said' as the United States."""
        if not self.abbreviations:
            return
        persons = {c for c, lab in zip(self.ent_canon, self.ent_label) if lab == "PERSON"}
        for abbr, full in self.abbreviations.items():
            if full in persons:
                continue
            for m in re.finditer(r"(?<![\w-])" + re.escape(abbr) + r"(?![\w-])", self.text):
                for k in range(len(self.ent_start)):
                    if m.start() <= self.ent_start[k] and self.ent_end[k] <= m.end() and self.ent_label[k] in ("ORG", "GPE", "NORP", "PERSON"):
                        if self.ent_end[k] - self.ent_start[k] < m.end() - m.start():
                            self.ent_label[k] = "ORG"  # 'US' of 'FCA US' is the company, not the country
                        self.ent_canon[k] = full

    def acronym_full_name(self, name: str) -> str:
        """An organisation's name with its initials written out as the article writes the name.

        The gold's canonical is the fullest name the article gives, and an acronym counts one body
        under two names. Each acronym word of ``name`` ('J&J', 'IRS', 'MeK', 'CAR' of 'CAR
        government') becomes the one organisation or place name of the article that defines it in
        brackets or whose initials it is: the initials of its capitalised words or of the parts of
        a hyphenated word ('Mojahedin-e-Khalq' for 'MeK'), an '&' kept as written ('J&J' for
        'Johnson & Johnson'), and a country before the name left out ('IRS' for 'U.S. Internal
        Revenue Service'). Two names with those initials, or none, leave the word as written.
        """
        words = name.split(" ")
        if not any(_acronym_word(w) for w in words):
            return name
        out = []
        for w in words:
            full = self._acronym_expansion(w) if _acronym_word(w) else None
            out.append(full if full and full not in self.person_names else w)
        return " ".join(out)

    def _acronym_expansion(self, word: str) -> str | None:
        if word not in self._acronym_memo:
            self._acronym_memo[word] = self._expand_acronym(word)
        return self._acronym_memo[word]

    def _expand_acronym(self, word: str) -> str | None:
        if word in self.abbreviations and _acronym_word(word):
            return self.abbreviations[word]
        spelled = {(c, lab) for c, lab in zip(self.ent_canon, self.ent_label) if c != word and _spelled_initials(word, c)}
        if len({c for c, _ in spelled}) > 1:
            return None  # 'the Forest Defence Squad', whatever the model tagged it, also spells 'FDS'
        found = {c for c, lab in spelled if lab == "ORG"}
        # One hyphenated name the acronym is bracketed after ('the Mojahedin-e-Khalq (MeK)'), which
        # the bracket definitions (two words at least) and the entity model may both miss.
        found |= {m.group(1) for m in re.finditer(r"(?<![\w-])([A-Z]\w*(?:-\w+)+) \(" + re.escape(word) + r"\)", self.text) if _spelled_initials(word, m.group(1))}
        return found.pop() if len(found) == 1 else None

    def org_tail_name(self, name: str) -> str | None:
        """The one organisation name of the article that ``name`` is the last words of, if any."""
        if not name[:1].isupper() or name in self.person_names:
            return None
        others = self._names_of_people_and_places()
        if name in others:
            return None
        return self._one_longer_org(name, {c for c, lab in zip(self.ent_canon, self.ent_label) if lab == "ORG"}, others)

    def _names_of_people_and_places(self) -> set[str]:
        return {c for c, lab in zip(self.ent_canon, self.ent_label) if lab in ("PERSON", "GPE", "NORP", "LOC")}

    def _one_longer_org(self, short: str, orgs: set[str], others: set[str]) -> str | None:
        """The one name of ``orgs`` (not a person's or place's) that ``short`` is the last words of,
        unless it only adds a place; None otherwise."""
        # ('Unison, National Association of Probation Officers' is a list the model took for one name.)
        longer = [c for c in orgs if _org_tail_of(short, c) and c not in others and short not in _list_members(c)]
        if len(longer) != 1 or self._place_qualified(longer[0], short):
            return None
        return longer[0]

    def _place_qualified(self, full: str, short: str) -> bool:
        """Whether the words ``full`` adds before ``short`` name a place of the article: 'South
        Australian Liberal Party' is one state's branch, and 'Liberal Party in Tasmania' another."""
        if short.split()[-1].lower() in self.cues.media_name_words:
            return False  # 'The Buffalo News', 'The Kestrel Bay Chronicle': a paper named after its town
        extra = full[: len(full) - len(short)].strip().lower()
        if extra in _COUNTRY_HEADS:
            return False  # 'United States State Department' is the nation's own, as 'U.S. State Department' (canon23)
        for c, lab in zip(self.ent_canon, self.ent_label):
            if lab not in ("GPE", "LOC", "NORP"):
                continue
            p = c.lower()
            if extra == p or (len(p) >= 4 and extra.startswith(p[: len(p) - 1]) and len(extra) - len(p) <= 3):
                return True
        return False

    def token_at(self, char: int) -> int:
        i = bisect.bisect_right(self.tok_idx, char) - 1
        return i if i > 0 else 0  # (not max(): a call less on one of the most asked lookups)

    def para_of(self, char: int) -> int:
        return bisect.bisect_right(self.para_starts, char) - 1

    def is_person_entity(self, k: int) -> bool:
        """Whether entity ``k`` is a person of the article: tagged PERSON, or a surname or full name of one."""
        canon = self.ent_canon[k]
        return self.ent_label[k] == "PERSON" or canon in self.surnames or canon in self.person_names

    def sentence_before(self, here: int, para: int, *, same_paragraph: bool = False) -> Span | None:
        """Sentence ``here - 1`` when it stands in paragraph ``para`` or (unless ``same_paragraph``) the one before; else None."""
        if here == 0:
            return None
        sent = self.sents[here - 1]
        return sent if self.para_of(sent.start_char) >= (para if same_paragraph else para - 1) else None

    def entity_at(self, a: int, b: int) -> int | None:
        """The entity overlapping char range a:b that ends last (the head of a name)."""
        k = bisect.bisect_right(self.ent_start, b - 1) - 1
        best = None
        while k >= 0 and self.ent_end[k] > a - 200:
            if self.ent_start[k] < b and self.ent_end[k] > a and self.ent_label[k] in _NAME_LABELS:
                if best is None or self.ent_end[k] > self.ent_end[best]:
                    best = k
            k -= 1
        return best


def _hyphenated_start(doc: Doc, a: int) -> int:
    """The first token of a hyphenated given name that ends at token ``a``: 'Jean-Claude',
    'Marie-Louise', 'Abdel-Aziz' (capitalised words joined by a hyphen with no spaces, never an
    acronym: 'Zanu-PF'); ``a`` itself when the name before it is not hyphenated."""
    while (
        a >= 2
        and doc[a - 1].text in ("-", "\u2010")
        and not doc[a - 2].whitespace_
        and not doc[a - 1].whitespace_
        and (doc[a].text.istitle() or doc[a].text.isalpha() and doc[a].text.islower() and doc[a - 2].text.istitle() and doc[a].pos_ == "PROPN")
        and doc[a - 2].text.istitle()
        and doc[a - 2].text.isalpha()
        and doc[a - 2].pos_ == "PROPN"
    ):
        a -= 2
    return a



def _hyphen_compound_start(doc: Doc, a: int, head: int) -> int:
    """``a - 2`` when the word before a hyphen glued to token ``a`` is a proper-noun compound of
    the same name (held by a token from ``a`` to ``head``): 'Zanu-PF', whose 'Zanu' the parse
    hangs on 'PF'. Unlike :func:`_hyphenated_start`, acronyms count; ``a`` otherwise."""
    if a >= 2 and doc[a - 1].text in ("-", "\u2010") and not doc[a - 1].whitespace_ and not doc[a - 2].whitespace_:
        t = doc[a - 2]
        if t.pos_ == "PROPN" and t.dep_ == "compound" and a <= t.head.i <= head:
            return a - 2
    return a


def given_names_before(doc: Doc, t0: int, name: str, titles: frozenset[str] | set[str]) -> int:
    """The first token of a person's name whose entity starts at token ``t0``, with the given
    names the entity model left out ('Sadiq' of 'Sadiq Khan', 'Om' of 'Industry expert Om
    Malik', 'Anders' of 'Anders Fogh Rasmussen'); ``t0`` when there are none.

    Proper-noun compounds of the name count, never a title, an honorific, a place or body, or
    a stray '.' of an abbreviated rank ('Maj. Stephen Joudrey'). When the entity's first word
    (``name``) is a known given name, only further given names count ('Director General for
    Aviation Anna Blake' starts at 'Anna').
    """
    from newslab import people

    j = t0 - 1
    given = people.given_name_gender(name.split(" ")[0]) is not None
    while True:
        while j >= 0 and doc[j].pos_ == "PROPN" and doc[j].dep_ == "compound" and doc[j].head.i >= t0 and doc[j].text[:1].isalnum() and doc[j].lower_ not in titles and people.honorific_gender(doc[j].text) is None and doc[j].ent_type_ not in ("GPE", "LOC", "ORG", "NORP", "DATE", "TIME") and doc[j].lower_ not in CALENDAR_WORDS and doc[j].whitespace_:
            if given and people.given_name_gender(doc[j].text) is None:
                break
            j -= 1
        h = _hyphenated_start(doc, j + 1) - 1  # 'Jean-Claude', 'Niezabitowska-Nowakowska' split at the hyphen
        if h == j:
            break
        j = h
    return j + 1


class _SentIndex:
    """Sentence number of a token index (binary search over sentence starts)."""

    def __init__(self, starts: list[int]) -> None:
        self.starts = starts

    def __getitem__(self, i: int) -> int:
        k = bisect.bisect_right(self.starts, i) - 1
        return k if k > 0 else 0


def _sentences(doc: Doc) -> list[Span]:
    return sentence_spans(doc)


def _entities(doc: Doc) -> pd.DataFrame:
    return extract_entities(doc)


def _that_marked(clause: Token) -> bool:
    """Whether a clause is introduced by its own 'that' ('said that ...', 'a statement that ...')."""
    return any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children)


def _subject(v: Token) -> Token | None:
    """The subject nearest the verb (the parser sometimes gives a verb two)."""
    best = None
    for c in v.children:
        if c.dep_ in _SUBJ and (best is None or abs(c.i - v.i) < abs(best.i - v.i)):
            best = c
    return best


def _subjects_above(ctx: _Context, tok: Token, limit: int = 10):  # noqa: ANN202 - generator of Token | None
    """The subjects before ``tok`` of the verbs above it in its sentence, nearest verb first.

    Climbs from ``tok``'s head up to ten verbs, stopping at the root, at a parataxis and at the
    sentence's edge; yields each verb's subject (``nsubj``/``nsubjpass`` before ``tok``) or None.
    Used to find the salient subject that binds a description or a pronoun embedded under it.
    """
    verb = tok.head
    for _ in range(limit):
        if verb.head.i == verb.i or verb.dep_ == "parataxis" or ctx.sent_of[verb.head.i] != ctx.sent_of[tok.i]:
            return
        verb = verb.head
        yield next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)


def _inherited_subject(v: Token) -> Token | None:
    """Subject of a participle or coordinated verb ('..., saying ...', 'and added ...').

    A participle after a comma belongs to the main clause even when the parser
    hangs it on an embedded verb ('described how the attack unfolded, stating').
    """
    absolute = _with_absolute_subject(v)
    if absolute is not None:
        return absolute
    # The comma may sit inside the closing mark: 'said, "We played badly," adding that ...'.
    comma = v.i > 0 and (v.doc[v.i - 1].text == "," or (v.i > 1 and v.doc[v.i - 1].text in ('"', "”") and v.doc[v.i - 2].text == ","))
    if comma and v.dep_ in ("advcl", "xcomp", "dep"):
        t = v.head
        for _ in range(3):
            if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                break  # 'the letter ran ..., Els Lucas filed a complaint, saying ...': a verb joined with its own subject is its own clause
            if t.dep_ in ("ccomp", "advcl", "xcomp", "conj") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
                t = t.head
            else:
                break
        s = _subject(t)
        if s is not None and s.i < v.i:
            return s
    t = v
    for _ in range(3):
        if t.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "dep") and t.head.i != t.i:
            t = t.head
            if t.dep_ == "prep":  # "as saying" hangs off a preposition
                t = t.head
            s = _subject(t)
            if s is not None:
                return s
        else:
            break
    return None


#: Verbs whose 'with' names a partner of the act, not an absolute phrase ('spoke with reporters saying ...').
_WITH_PARTNER_VERBS = frozenset({"speak", "talk", "meet", "agree", "disagree", "side", "argue", "negotiate", "deal", "work", "consult", "compare", "join", "chat", "communicate", "confer", "clash", "fight", "cooperate", "co-operate", "partner", "sympathise", "sympathize", "plead", "share", "interview", "visit", "check", "correspond", "debate", "discuss", "part", "collaborate", "coincide"})


#: Nouns whose 'with' names a partner ('a meeting with X calling ...' is no absolute phrase).
_WITH_PARTNER_NOUNS = frozenset({"meeting", "talk", "talks", "interview", "conversation", "call", "agreement", "deal", "relation", "relations", "relationship", "contact", "discussion", "dispute", "negotiation", "summit", "session", "visit", "partnership", "alliance", "treaty", "clash", "conflict", "war", "fight", "tie", "ties", "link", "cooperation", "dialogue", "encounter", "appointment", "exchange", "row", "feud", "merger", "border", "frontier", "showdown", "standoff", "confrontation", "competition", "rivalry", "contest", "match", "game", "comparison", "trade", "affair", "marriage", "friendship"})


def _with_absolute_subject(v: Token) -> Token | None:
    """The subject of a participle in an absolute 'with' phrase: 'The bill was debated, with
    Caroline Fredrickson saying that ...' -> Fredrickson ('with NP VERB-ing', whatever verb the
    parser hung the participle on). The noun phrase must end right before the participle, so
    'met with officials, saying ...' (a comma between) keeps the main clause's subject; so does a
    'with' that belongs to a noun of relation ('a meeting with X calling ...', 'the border with
    Syria'), to a gerund, or to a clause someone else reported (the participle outside it), or names
    the partner of a verb of meeting or talking ('spoke with reporters saying ...')."""
    if v.tag_ != "VBG" or v.i == 0:
        return None
    t = v.doc[v.i - 1]
    for _ in range(4):
        if t.dep_ == "pobj" or t.head.i == t.i or t.head.i > v.i:
            break
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.i < t.i and t.right_edge.i == v.i - 1 and t.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        owner = t.head.head
        if owner.tag_ == "VBG" and owner.dep_ in ("pcomp", "pobj", "dobj", "nsubj"):
            return None  # 'the responsibility of policing the border with Syria saying ...': a gerund's partner
        clause = next((g for g in (owner, *owner.ancestors) if g.dep_ == "ccomp"), None)
        if clause is not None and not (clause.left_edge.i <= v.i <= clause.right_edge.i):
            return None  # 'Annan said that the army should police the border with Syria, saying ...': the 'with' is inside what he said
        if owner.pos_ in ("NOUN", "PROPN") and owner.lemma_.lower() in _WITH_PARTNER_NOUNS:
            return None  # 'condemned a meeting with Angela Merkel calling ...': the noun's partner, the verb's subject speaks
        if owner.pos_ in ("VERB", "AUX") and owner.lemma_.lower() in _WITH_PARTNER_VERBS:
            return None  # 'spoke with reporters saying ...', 'compared with analysts expecting ...': a partner, not absolute
        return t
    return None


def _resolve_relative(v: Token, s: Token) -> Token:
    if s.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
        return v.head
    return s


def _subtree_range(t: Token) -> tuple[int, int]:
    return t.left_edge.i, t.right_edge.i + 1


def _trim(ctx: _Context, a: int, b: int) -> tuple[int, int]:
    """Drop leading marks/"that"/commas and trailing punctuation (keeping a closing quote mark)."""
    doc = ctx.doc
    while a < b and (doc[a].is_punct and doc[a].text not in "“„«\"" or doc[a].is_space or (doc[a].lower_ == "that" and (doc[a].dep_ == "mark" or doc[a].tag_ in ("IN", "WDT")))):
        a += 1  # a complementizer 'that' (the parser sometimes makes it an object: WDT)
    while b > a and (doc[b - 1].is_space or (doc[b - 1].is_punct and doc[b - 1].text not in "”»\"" and doc[b - 1].text not in (")", "]", "%"))):
        b -= 1
    return a, b


def _cap_at_sentence_end(ctx: _Context, content: tuple[int, int]) -> tuple[int, int]:
    """End a reported clause where a sentence visibly ends inside it (the parser ran on)."""
    doc = ctx.doc
    a, b = content
    for i in range(a + 1, b - 1):
        t = doc[i]
        if t.text in (".", "!", "?", "…", ".]", "[.]"):  # not "R." in "John R. Bolton"
            j = i + 1
            while j < b and doc[j].text in ("]", ")", '"', "”", "’", "»"):
                j += 1
            if j < b and j > i and doc[j].is_space is False and doc[j].text[:1].isupper() and not ctx.in_quote[j] and t.text not in ("Mr.", "Dr.", "Mrs.", "Ms.", "St.", "Jr.") and len(t.text) <= 2:
                return _trim(ctx, a, j)
    return a, b


def _has_verb(doc: Doc, a: int, b: int) -> bool:
    return any(doc[i].pos_ in ("VERB", "AUX") for i in range(a, b))


def _sentence_of(ctx: _Context, i: int) -> Span:
    return ctx.sents[ctx.sent_of[i]]


def _np_head_after(doc: Doc, i: int, limit: int) -> Token | None:
    if i >= limit:
        return None
    t = doc[i]
    for _ in range(6):
        h = t.head
        if h.i == t.i or h.i >= limit or h.i < i or t.dep_ not in ("compound", "det", "amod", "poss", "case", "nmod", "nummod", "punct", "quantmod", "advmod", "predet"):
            break
        t = h
    return t


def _line_break(t: Token) -> bool:
    return t.is_space and "\n" in t.text


def _np_range(ctx: _Context, head: Token) -> tuple[int, int]:
    """Token range of the speaker phrase: the head with its modifiers, without appositions or clauses."""
    a = b = head.i
    for c in head.lefts:
        if c.dep_ not in ("punct", "appos", "relcl", "acl", "cc") or c.dep_ == "cc" and c.lower_ == "both":
            a = min(a, c.left_edge.i)
    doc = ctx.doc
    for c in head.rights:
        if c.dep_ == "acl" and c.lemma_.lower() in ctx.cues.verbs and (any(g.dep_ == "ccomp" for g in c.children) or (
                c.tag_ == "VBG" and ctx.cues.verbs.get(c.lemma_.lower()) in ("call", "directive"))):
            continue  # ... and 'a statement calling the deal "a triumph"', 'a video calling for ...'
        if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in ctx.cues.evidence_verbs and any(g.dep_ in ("xcomp", "dep", "advcl") for g in c.children):
            continue  # 'several surveys showing him to be ...': the finding, not part of the phrase (evid28)
        if c.dep_ == "acl" and c.tag_ == "VBG" and ctx.cues.verbs.get(c.lemma_.lower()) in ("call", "np_quote") and any(g.dep_ == "dobj" for g in c.children) \
                and any(g.dep_ == "prep" and g.lower_ in ("for", "of") and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in g.children) for g in (*c.children, *(o for o in c.children if o.dep_ == "dobj"))):
            continue  # 'a message blaming the army for killing ...': the charge the document makes
  # "a statement saying (that) ...": the reporting verb is the act, not part of the phrase
        if c.dep_ == "acl" and c.tag_ == "VBD" and c.lemma_.lower() in ctx.cues.verbs:
            continue  # '"..." the trade representative announced at the talks': a finite cue the parser hung on its subject
        if c.dep_ == "acl" and any(g.dep_ == "mark" and g.lower_ == "that" and g.i < c.i for g in c.children) and (
                head.head.lemma_.lower() in ctx.cues.citing_verbs or head.head.head.lemma_.lower() in ctx.cues.citing_verbs):
            continue  # 'cited reports that the river was polluted': the cited noun's content clause is what it says
        if c.dep_ == "case" and head.dep_ == "poss":
            continue  # "the government's view": the possessive ending is not part of the holder's name
        if c.dep_ in ("prep", "compound", "cc", "conj", "nummod", "case", "poss", "acl") and not any(doc[i].text in (",", ";", "—", ":", "::") for i in range(head.i, c.i)):
            b = max(b, c.right_edge.i)
    for i in range(head.i + 1, b + 1):
        if doc[i].text in (",", ";", "—", "(") or (doc[i].is_quote if hasattr(doc[i], "is_quote") else False) or _line_break(doc[i]):
            b = i - 1
            break
    for i in range(head.i - 1, a - 1, -1):
        if _line_break(doc[i]):
            a = i + 1  # a subheading the parser hung on the name ('Outlook\n\nMoody's said'): a phrase never spans a line break
            break
    while b > a and (doc[b].is_punct or doc[b].is_space):
        b -= 1
    while a < b and (doc[a].is_punct or doc[a].is_space):
        a += 1
    return a, b + 1


def _strip_det(text: str) -> str:
    return re.sub(r"^(?:the|The|THE|a|an|A|An)\s+", "", text.strip())


def _tok_end(doc: Doc, i: int) -> int:
    return doc[i].idx + len(doc[i])


def _org_tail_of(short: str, full: str) -> bool:
    """Whether ``short`` is the last words of the organisation name ``full`` after capitalised words.

    'Tigers' of 'Liberation Tigers', 'Times' of 'Sunday Times', 'News' of 'Buffalo News'; not
    'Times' of 'the Times' nor a tail after a lower-case word ('Board' of 'board of the Board').
    """
    s, f = short.split(), full.split()
    if not s or len(s) >= len(f) or f[-len(s) :] != s:
        return False
    return all(w[:1].isupper() for w in f[: -len(s)])


def _acronym_word(word: str) -> bool:
    """An acronym of two to six letters: capitals, an '&' or lower-case joining letters between
    capitals ('IRS', 'J&J', 'MeK'), not a name ('McDonald') nor a word in capitals of a heading."""
    if not 2 <= len(word) <= 6 or not word[:1].isupper() or not word[-1:].isupper() or word.lower() in _COUNTRY_ABBREVIATIONS:
        return False
    letters = word.replace("&", "")
    return letters.isalpha() and sum(c.isupper() for c in letters) >= 2 and sum(c.islower() for c in letters) <= 1


def _spelled_initials(acronym: str, full: str) -> bool:
    """Whether ``acronym`` spells the initials of ``full`` (see :meth:`_Context.acronym_full_name`)."""
    words = full.split()
    if len(words) >= 3 and words[0].lower() in _COUNTRY_ABBREVIATIONS:
        words = words[1:]  # 'IRS' of 'U.S. Internal Revenue Service'
    whole = "".join(w[0] for w in words if w[:1].isupper() or w == "&")
    parts = "".join(p[0] for w in words for p in (w.split("-") if "-" in w else [w]) if p and (p[0].isupper() or w == "&" or "-" in w))
    return len(full.split()) + full.count("-") >= 2 and acronym in (whole, parts)


# A country's abbreviation before a body's name, left out of the body's initials; these are never
# written out by the acronym rule themselves (the entities table has its own forms of them).
_COUNTRY_ABBREVIATIONS = frozenset({"u.s.", "us", "u.k.", "uk", "eu", "un", "u.n."})


_ABBREVIATION = re.compile(
    r"((?:[A-Z][\w&.'-]*|of|for|and|the|de|du|des|la|le)(?: (?:[A-Z][\w&.'-]*|of|for|and|the|de|du|des|la|le|&)){1,9}) \(([A-Z][A-Za-z&.-]*[A-Z][A-Za-z&.-]*(?: [A-Z][A-Za-z&.-]*){0,2})\)"
)


_NOT_NAME_WORDS = frozenset({"the", "a", "an", "on", "in", "at", "by", "for", "from", "with", "of", "and", "to", "as", "yesterday", "today", "when", "while", "after", "before", "since", "both"})

# An abbreviation, at most one lower-case noun, then its name in parentheses: 'IDF forces (Israeli Defense Forces)'.
_ABBREVIATION_FIRST = re.compile(r"(?<![\w.-])([A-Z]{2,6})(?: [a-z]+)? \(((?:[A-Z][\w'-]*|of|for|and|the)(?: (?:[A-Z][\w'-]*|of|for|and|the)){1,8})\)")


# Countries and unions whose abbreviation heads names ('U.S.', 'UK', 'UN'): see entities.country_written_form.
_COUNTRY_HEADS = frozenset(f.lower() for f in _abbreviation_heads())


def _defined_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the text defines in parentheses after a capitalised name.

    'Fiat Chrysler Automobiles US (FCA US)' -> {'FCA US': 'Fiat Chrysler Automobiles US'};
    the abbreviation's first letter is the name's first letter, and an abbreviation defined
    twice with different names is left out.

    Example:
        >>> _defined_abbreviations("The Kestrel Bay Transit Authority (KBTA) cut routes.")
        {'KBTA': 'Kestrel Bay Transit Authority'}
        >>> _defined_abbreviations("a lawyer at the Harbour Tenants Union's (HTU) legal clinic")
        {'HTU': 'Harbour Tenants Union'}
        >>> _defined_abbreviations("KBTA buses (Kestrel Bay Transit Authority) cut routes.")
        {'KBTA': 'Kestrel Bay Transit Authority'}
    """
    found: dict[str, str | None] = {}
    for m in _ABBREVIATION.finditer(text):
        words = m.group(1).split()
        abbr = m.group(2)
        while words and words[0][:1] != abbr[0] and (words[0].lower() in _NOT_NAME_WORDS or words[0].lower() in CALENDAR_WORDS):
            words.pop(0)  # 'The Kestrel Bay ...', 'On Friday Fiat ...': words before the name
        if words and re.search(r"['’]s$", words[-1]):
            words[-1] = words[-1][:-2]  # "the Civil Liberties Union's (CLU) project": a possessive, not the name's
        if len(words) < 2 or words[0][:1] != abbr[0] or words[-1][:1].islower() or abbr in words:
            continue  # 'Revolutionary Armed Forces of Colombia (FARC)': letters of another language
        full = " ".join(words)
        found[abbr] = full if found.get(abbr, full) == full else None
    for m in _ABBREVIATION_FIRST.finditer(text):
        # The name in parentheses after the abbreviation ('IDF forces (Israeli Defense Forces)'):
        # its capitalised words' initials spell the abbreviation exactly.
        abbr, full = m.group(1), m.group(2)
        if "".join(w[0] for w in full.split() if w[:1].isupper()) == abbr and abbr not in found:
            found[abbr] = full
    return {a: f for a, f in found.items() if f}
