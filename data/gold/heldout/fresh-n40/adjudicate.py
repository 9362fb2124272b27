"""Build /work/annot11/fresh-n40-gold.jsonl from annotators A and B (rules R1-R58; README-fresh-n40.md).

Every difference listed by diff.py (92) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same mechanics as the fresh-m40 adjudicate.py
(pick_title/pick_org for the title/org field conventions, R14's possessor exception, actions "keep" / "drop" /
"to_opt" / "to_main" for unaligned items). New rules on this set: R54-R58 (rules-r1-r58.md).
The script also checks that every item identical in A and B (all fields) is in the gold unchanged, and prints how
many differences went to A, to B, or to neither (a mix of both, or a value set by a rule).
Run: /work/main/.venv/bin/python adj/adjudicate.py   (the venv is needed for the alignment import only)
"""
import collections, hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot11/fresh-n40-texts.jsonl"); A = L("/work/annot11/A/fresh-n40.jsonl"); B = L("/work/annot11/B/fresh-n40.jsonl")
OUT = "/work/annot11/fresh-n40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"

R54 = ("R54: a quotation split over paragraphs gives one item per paragraph part; a part takes the cue of an "
       "attribution in its own sentence or of the postposed attribution that closes the quotation after it (j40 "
       "Ibrahim: both parts before 'he continued' have 'continued'); a part after a preposed attribution whose "
       "sentence has closed, with no attribution of its own, has cue '' (f40 Johnson, j40 Baker, l40 Howard; m40 "
       "'cue \"\" is for quotations after the attribution has closed its sentence')")
R55 = ("R55: an item whose source is named only inside another speaker's direct quotation (R22, optional) is "
       "indirect and ends before the sentence's final punctuation: the words are the outer speaker's, not the inner "
       "source's (gold e30-m40: 16 of 17 such items indirect, e.g. g40 'agreed', k40 'shows', m40 'told', "
       "'convinced'); R22's 'direct' is for an inner source named outside the marks")
R56 = ("R56: only the complementizer 'that' is left out of the span (Q2); a wh-word that introduces the complement "
       "('how', 'whether', 'why', 'if') stays in, as h40 'stressed how such bans …', j40 'referred to how …', the "
       "agreed 'challenged whether …' and 'showing how …' in this set; h40 'described how'/'said how' predate it")
R57 = ("R57: 'insist(ed) on' / 'press(ed) for' / 'push(ed) for' + a noun phrase or gerund naming an action to be "
       "taken is a demand: frame directive (addendum 'demanded'; i40 'insisting on the opening of two new "
       "consulates', directive; d32 'calls for'); 'insisted that P' stays speech; h40 'insisted on face-to-face "
       "negotiations' (speech) predates it")
R58 = ("R58: a perception verb (observed, saw, heard, witnessed, noticed) of a third party with a clause or small "
       "clause, inside an outer source's account, reports a perception and not a statement: the outer item stays "
       "whole and main, the perception is an optional nested item, frame evidence (R40's last point, for cognition, "
       "extended to perception; m40/g40 'a video showed X doing Y' optional); 'observed that P' said by a source "
       "(d32 Público, i40) stays a main speech cue")
Q8 = "Q8/addendum: a noun-phrase complement of a cue is optional, with its frame"
R22 = "R22: a nested source named only inside a direct quotation stays an optional item"
NEAREST_ROLE = ("field convention (k40/l40/m40): the title as written at the nearest mention that carries a role; the "
                "introduction's role only when no nearer mention has one")
CHAIN = ("field convention (m40): a verb chain that governs the complement is the cue as written ('went on to say', "
         "'appear to show', 'refused to rule out')")
SMALL = ("Q8/Q11 and the g40/m40 precedent: an object + predicate small clause without a finite verb is not a clausal "
         "complement ('a video … showed Mr Ahmadinejad smiling, chatting', 'considers X to be Y': optional)")

# ---------------------------------------------------------------- decisions on aligned pairs
# key (article 0-based, list, A-index): dict(expect=<A text prefix>, take=[fields taken from B], set={field: value},
#                                           note=<rule>, drop_a_note=bool)
PAIR = {
    # --- art 1 wikinews-76714 (Şirince summer camp)
    (1, O, 0): dict(expect="The closure of a mathematics summer camp",
                    note="R30: 'X has drawn scorn from Y' is the converse of 'Y scorned X' and works as the passive "
                         "'X has been criticised by Y': the span runs from the noun-phrase subject through the verb "
                         "group ('has drawn scorn'), the source phrase 'from …' stays out"),
    # --- art 3 wikinews-118874 (Gaza)
    (3, O, 0): dict(expect="what was believed to be a preparation", take=["span"],
                    note="R32 (m40 'some of whom were said to have been chased' -> `to have been chased and "
                         "executed`): the relative 'what' stays out and the content is the material after the cue"),
    # --- art 6 wikinews-52164 (NZ surplus)
    (6, O, 1): dict(expect="cutting business tax",
                    note="S1/k40: the mention is kept whole as written ('Both the Labour and United Future parties'); "
                         "R11/l40: a joint canonical joins the members' names with 'and' ('Labour and United Future'; "
                         "'parties' is the common noun, not part of either name)"),
    # --- art 8 wikinews-52773 (Eritrea)
    (8, O, 3): dict(expect="further talks", take=["frame"], note=R57),
    # --- art 9 wikinews-34747 (South Africa / Hamas)
    (9, M, 3): dict(expect="to recognize Israel and renounce violence",
                    note="addendum cue list ('in a statement') and R15: a noun cue inside a prepositional phrase keeps "
                         "its preposition ('put Hamas under pressure to …' -> cue 'under pressure')"),
    # --- art 10 wikinews-45995 (Israel-Hezbollah)
    (10, M, 7): dict(expect="an international force (being referred to", take=["kind"],
                     note="Q14: the words in marks are terms that the writer's own aside introduces as names "
                          "('being referred to as'); they are not Olmert's words, so the item stays indirect (k40's "
                          "'descriptive word in marks' makes an item mixed only when the marks quote the speaker)"),
    # --- art 12 wikinews-39545 (IAEA report)
    (12, M, 2): dict(expect="33. All the nuclear material",
                     note="R37(b)/R17: the head noun decides; the report's paragraphs with the communication cue "
                          "'summarise' are speech; (a)'s evidence is for inquiry products (a survey, study, audit …)"),
    # --- art 13 wikinews-8259 (FDA Levitra)
    (13, M, 0): dict(expect="pull your 15-second", take=["cue"],
                     note="k40 field convention: a block quotation after a colon takes the cue word of its "
                          "attribution phrase ('issued a statement …:' -> 'statement'): 'reminder'"),
    # --- art 14 wikinews-9705 (Iraq offensive)
    (14, M, 3): dict(expect="over 100", take=["cue"],
                     note="l40/m40 field convention: a verb + noun cue that governs the content is kept whole "
                          "('repeated her statement', 'supported the claims'): 'reports an estimate'"),
    (14, O, 1): dict(expect="has become a haven", take=["kind"], note=R55),
    # --- art 15 wikinews-108530 (Ban Ki-moon)
    (15, M, 3): dict(expect="The circumstances that led", note=R54 + "; part 1 precedes 'continued the Secretary "
                     "general' -> 'continued'"),
    (15, M, 5): dict(expect="the Secretary-General has discussed", set={"speaker_title": "Secretary general"},
                     note=CHAIN + ": 'finished by saying'; " + NEAREST_ROLE + " ('continued the Secretary general' in "
                     "the sentence before; the introduction's title is farther)"),
    (15, M, 6): dict(expect="He strongly supports the statement", take=["cue"],
                     set={"speaker_title": "Secretary general"},
                     note=R54 + "; part 2 follows 'He finished by saying that \"…' after its sentence closed -> ''; "
                     + NEAREST_ROLE),
    (15, O, 0): dict(expect="conditions do not exist for a run-off", take=["span", "kind"], note=R55),
    # --- art 16 wikinews-123930 (Cuba travel ban)
    (16, O, 3): dict(expect="the bill",
                     note="R10/R17: organisations 'issuing press releases in support of' the bill: the source of the "
                          "wording is the documents (head noun 'press releases'), canonical their named issuers"),
    # --- art 17 wikinews-51129 (Poland)
    (17, O, 2): dict(expect="Adam Lipiński, a government minister", take=["speaker_canonical"],
                     note="R10/R52: the footage's canonical is its named maker ('secretly filmed by opposition MP "
                          "Renata Beger'); the channel's name was lost in scraping ('Polish TV channel,,') and 'Polish "
                          "TV' is a description, not a name (m40's video took the outlet because the outlet made it)"),
    (17, O, 3): dict(expect="a government post, legal and financial aid",
                     set={"speaker_title": "government minister and top aide"},
                     note="R39 (l40 'An advisor to John McCain' -> 'advisor'): a person complement gives the bare role, "
                          "so 'top aide of Prime Minister Jarosław Kaczyński' -> 'top aide'; the coordinated role "
                          "'government minister' stays (fuller title)"),
    (17, O, 7): dict(expect="fighting corruption in politics",
                     note="S1: the possessive pronoun that names the source is kept as the mention ('its', the party "
                          "whose declarations they were); speaker '' is for subjects lost in scraping (m40)"),
    # --- art 18 wikinews-11070 (Qur'an report)
    (18, M, 9): dict(expect='a guard observed a "detainee', note=R58 + "; R16: 'on February 23, 2004' dates the "
                     "observation, not the report, so it stays in; kind mixed (writer's words + marks)"),
    (18, O, 0): dict(expect="a consistent, documented policy", take=["span", "kind"], note=R55),
    (18, O, 3): dict(expect='a "detainee place two', note=R58),
    (18, O, 4): dict(expect="he no longer cared about", take=["kind"], note=R55),
    # --- art 20 wikinews-12409 (Iran runoff)
    (20, O, 0): dict(expect="Ahmadinejad is the winner", note=R55),
    # --- art 24 wikinews-102811 (Zawahiri)
    (24, M, 4): dict(expect="to reject negotiations and use", set={"speaker_org": "al-Qaeda"},
                     note="field convention (m40): as written at the mention, characters included ('al-Qaeda leader')"),
    # --- art 25 wikinews-56454 (Kucinich)
    (25, M, 0): dict(expect="Dennis Kucinich plans to run",
                     note="R6/R18: the writer's prenominal background 'American politician of the party' (party name "
                          "lost) is not the spokesman's and stays out; material stays in only in the middle of a span"),
    # --- art 27 wikinews-58864 (Google)
    (27, O, 0): dict(expect="whereby portions of copyrighted", take=["span"],
                     note="R32: 'an offer whereby …' is a relative clause on the noun; the relative adverb stays out "
                          "and the content is the material after it (not a wh-complement: R56 does not apply)"),
    # --- art 30 wikinews-49480 (Blair)
    (30, M, 4): dict(expect="to publicly announce a date", take=["speaker"],
                     note="k40 field convention: descriptive mentions are kept whole ('a confidential letter to Blair')"),
    # --- art 31 wikinews-556312 (solar tariffs)
    (31, M, 3): dict(expect="30% tariffs are unprofitable", take=["speaker_org"],
                     note="field convention: speaker_org is the organisation's fullest name, not a description: "
                          "'Yingli' ('the Yingli solar energy company'; R52: a description is not a name)"),
    (31, M, 4): dict(expect="in the solar industry, gross profit", take=["speaker_org"],
                     note="field convention: org 'Yingli' (the name without the descriptive 'solar energy company')"),
    (31, M, 5): dict(expect="A tax rate of 30 percent", take=["speaker_org"],
                     note="field convention: org 'Yingli' (the name without the descriptive 'solar energy company')"),
    # --- art 34 wikinews-52895 (NZ Post)
    (34, M, 3): dict(expect="We thought long and hard", take=["cue"],
                     note=R54 + "; part 1 precedes 'said Smith', which closes the quotation after part 2 -> 'said'"),
    # --- art 35 wikinews-141472 (Shane McMahon)
    (35, M, 2): dict(expect='how he "never even considered', note=R56),
    (35, O, 1): dict(expect="his father and superstars", take=["cue"], note=CHAIN + ": 'continued to thank'"),
    # --- art 36 wikinews-124034 (ADP)
    (36, O, 0): dict(expect="663,000 losses", take=["frame"],
                     note="addendum evidence row and l40 convention: a source's prediction of a quantity is an "
                          "estimate (evidence); S1: the mention is the noun that names the source ('analyst', the "
                          "modifier of 'prediction'), title kept from A (field convention)"),
    # --- art 38 wikinews-55626 (SkyCabs)
    (38, M, 2): dict(expect='the monorail would be "a real', take=["cue"],
                     note="R26: 'And that …' is a second that-clause coordinated under Chapman's 'said' (the full stop "
                          "does not make it a Q5 continuation: the 'that' needs the governing verb), so it shares the "
                          "cue 'said'"),
    # --- art 39 wikinews-21252 (Moussa Arafat)
    (39, O, 0): dict(expect="responsibility for the attack", take=["speaker"],
                     note="k40 field convention: the mention is kept whole, appositives included ('The Popular "
                          "Resistance Committees, or PRC')"),
    (39, O, 1): dict(expect="has been described as one", take=["span"],
                     note="R32 (m40 precedent 'some of whom were said to have been chased' -> the material after the "
                          "cue): in a relative clause the relative subject and the cue stay out"),
}

# ---------------------------------------------------------------- unaligned items
# (article, list, X, index): (expect, action, note[, set-dict[, side]])   action "keep" | "drop" | "to_opt" | "to_main"
SINGLE = {
    # --- art 0 wikinews-42041
    (0, M, "B", 0): ("how the Zimbabwe an community", "drop",
                     "Q11: images and footage are evidence with no speaker ('traffic camera footage', 'videos posted on "
                     "social media'); the addendum's main evidence sources are data, studies, polls, figures, reports "
                     "and investigations; g40/m40 video precedent: optional; A's optional item kept"),
    (0, O, "A", 0): ("how the Zimbabwe an community", "keep",
                     "Q11/m40 video precedent: images that show something are an optional evidence item, document, "
                     "canonical the releaser"),
    # --- art 4 wikinews-59758
    (4, O, "A", 0): ("people from entering Fiji", "keep",
                     "R29: a provision stated with a verb of legal effect ('bans'): optional, document, directive; "
                     "two coordinated cues give two items, each with its own complement (Q2: the cue stays out; m40 "
                     "'allow …, and place …')"),
    (4, O, "A", 1): ("some people from leaving Fiji", "keep",
                     "R29 (second 'bans'): optional, document, directive; one item per cue"),
    (4, O, "B", 0): ("people from entering Fiji, and bans", "drop",
                     "Q2: the span would contain the second cue 'bans'; coordinated cues give one item each (A's two)"),
    # --- art 6 wikinews-52164
    (6, O, "A", 2): ("tax cuts were unaffordable", "keep", R22 + " (Cullen's claims inside Key's quotation)"),
    (6, O, "A", 3): ("it is not overtaxing people", "keep", R22 + " (the government's hope inside Key's quotation)"),
    # --- art 9 wikinews-34747
    (9, M, "B", 2): ("it important to keep in contact", "drop",
                     SMALL + "; 'sees it important to …' is object + predicate of a cognition verb, as the agreed "
                     "'Ethiopia sees the action as a provocation' (optional); A's optional item kept"),
    (9, O, "A", 2): ("it important to keep in contact", "keep",
                     "Q8/Q9/R41 (m40 'considers X to be Y', dev art 29): object + predicate of a cognition verb, "
                     "optional, belief"),
    (9, O, "A", 4): ("leaders of the Hamas for talks", "drop",
                     "Q2/R1: 'invite' addresses the invitees, who stay out like the addressee of 'ask X to'; B's span "
                     "'for talks' kept (R38's subject-in-span is for verbs that address no hearer)"),
    (9, O, "B", 3): ("for talks", "keep", "Q8/Q2: invitation with a prepositional complement; the invitees are "
                     "the addressee and stay out; optional, directive"),
    # --- art 10 wikinews-45995
    (10, O, "B", 2): ('"muscular" or "robust"', "drop",
                      "Q10/R13 (m40/l40 precedent: 'the police commander accused of …', 'alternatingly reported as "
                      "…'): an agentless hedge inside a noun phrase is not annotated; the marked words are terms "
                      "(Q14)"),
    # --- art 11 wikinews-21560
    (11, O, "B", 0): ("four of the shows", "keep",
                      "d32/e30 convention: a cue-less continuation of a reported announcement is an optional item "
                      "(El Tiempo's continuation)"),
    # --- art 14 wikinews-9705
    (14, M, "B", 0): ("75 militants dead", "drop",
                      SMALL + "; 'reports 75 militants dead …' has a verbless small clause as object; A's optional "
                      "item kept"),
    (14, O, "A", 0): ("75 militants dead", "keep", SMALL + "; optional, speech (R8 'reported')"),
    (14, O, "A", 2): ("an estimate of insurgent casualties", "drop",
                      "l40/m40 cue convention and R35's logic: with the verb + noun cue 'reports an estimate' the "
                      "Times' report and its estimate are one act of one source; no second (outer NP) layer"),
    (14, O, "B", 3): ('said, "The adorers of the cross', "keep",
                      "R19a/Q10: the 'reportedly' hedge layer is optional and starts right after the adverb"),
    # --- art 15 wikinews-108530
    (15, O, "B", 0): ("his concerns", "keep",
                      Q8 + "; R10 (the statement is the document, canonical Ban Ki-moon); R36/R50(b): a concern "
                      "noun is belief"),
    # --- art 17 wikinews-51129
    (17, M, "B", 0): ("to leave their party and support", "keep",
                      "R43/R51: a cue inside the writer's effort infinitive gives what its complement would give in a "
                      "main clause; 'woo X to VP' is an attempt to persuade, as 'encouraged X to' (f40, j40, k40) and "
                      "'persuaded X to' (m40): main, directive, addressee out"),
    (17, O, "A", 4): ("to leave their party and support", "drop", "R43/R51 (A's optional copy of the main item)"),
    (17, O, "A", 5): ("the budget proposal accepted by", "drop",
                      "f40/k40 precedent: the refusal of an act is optional, stance, cue 'refused', content the "
                      "infinitive ('refused to air the tape' -> `to air the tape`); R6: the writer's participle "
                      "'accepted by the Council of Ministers' stays out; B's item kept"),
    (17, O, "B", 4): ("to support the budget proposal", "keep",
                      "f40/k40 precedent: the refusal of an act is optional, stance; R6 cuts the writer's participle"),
    # --- art 23 wikinews-14618
    (23, O, "A", 0): ("levels deemed appropriate", "drop",
                      "Q9/Q10 (m40/l40 precedent): an evaluative cognition participle inside a noun phrase, with no "
                      "clause ('levels deemed appropriate by …'), is not annotated"),
    (23, O, "A", 2): ("the current prices were so exorbitant", "drop",
                      "addendum: hypothetical cues are not statements and are not annotated ('After determining that "
                      "…, the laboratories could begin …' describes what the law would permit)"),
    # --- art 26 wikinews-7520
    (26, O, "B", 2): ("it was over, that a democratic process", "keep",
                      "R40 (last point): a cognition state that the outer speaker (Amin) ascribes to a third party "
                      "(Saddam 'realised') stays an optional nested item; the outer clause stays whole and main"),
    # --- art 30 wikinews-49480
    (30, O, "B", 1): ("his continued leadership", "keep",
                      "R43: a cue in the writer's purpose infinitive ('resigned to protest'); noun-phrase complement, "
                      "so optional (Q8), stance"),
    # --- art 38 wikinews-55626
    (38, O, "A", 0): ("to build a monorail service", "keep",
                      "Q8/R24: a copular restatement of the company's announced plans ('plans are to …', as f40 "
                      "'announced plans to …') is optional"),
}
ART = re.compile(r"^(a|an|the)\s+(?![^\s'’]+['’]s?\s)", re.I)   # R14; a possessor's article stays
ABBR = re.compile(r"\s*\([A-Za-z]{2,6}\)$")


def pick_title(a, b, stype):
    """R14 + field conventions: no leading article; fuller version wins; a lone title is kept; documents get ''."""
    a, b = ART.sub("", a or ""), ART.sub("", b or "")
    if stype == "document": return "", []
    if a == b: return a, []
    if not a or not b: return a or b, ["field convention: title kept from the annotator who gave one"]
    if a in b: return b, ["field convention: fuller title"]
    if b in a: return a, ["field convention: fuller title"]
    raise SystemExit(f"undecided title: {a!r} vs {b!r}")


def pick_org(a, b, stype):
    if a == b: return a, []
    if ABBR.sub("", a) == b: return b, ["field convention: org without the parenthetical abbreviation (e30 'Bloc Québécois')"]
    if ABBR.sub("", b) == a: return a, ["field convention: org without the parenthetical abbreviation (e30 'Bloc Québécois')"]
    if not a or not b: return a or b, ["field convention: org kept from the annotator who gave one"]
    if a in b: return b, ["field convention: fullest org name"]
    if b in a: return a, ["field convention: fullest org name"]
    raise SystemExit(f"undecided org: {a!r} vs {b!r}")


def clean(q):
    return {f: q.get(f, "") for f in FIELDS}


def side_of(q, a, b):
    """Which annotator the gold item follows on the fields where A and B differ."""
    diff = [f for f in FIELDS if a.get(f, "") != b.get(f, "")]
    if all(q[f] == a.get(f, "") for f in diff): return "A"
    if all(q[f] == b.get(f, "") for f in diff): return "B"
    return "N"


gold, used_pair, used_single, sides = [], set(), set(), collections.Counter()
by_class = collections.defaultdict(collections.Counter)
n_agreed = 0
for n, (t, ra, rb) in enumerate(zip(T, A, B)):
    text = t["text"]
    assert ra["id"] == rb["id"] == t["id"]
    assert ra["text_sha256"] == rb["text_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    rec = {"id": t["id"], "title": t["title"], "date": t["date"], "url": t["url"],
           "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    lists = {M: [], O: []}
    for lst in (M, O):
        am, bm = ra[lst], rb[lst]
        pairs = quote_match_pairs(am, bm, text)
        ga = {i for i, _ in pairs}; gb = {j for _, j in pairs}
        for i, j in pairs:
            a, b = am[i], bm[j]
            d = PAIR.get((n, lst, i))
            if d:
                assert a["text"].startswith(d["expect"]), (n, lst, i, a["text"][:40]); used_pair.add((n, lst, i))
            d = d or {}
            q = clean(a)
            for f in d.get("take", []):
                if f == "span": q.update(start=b["start"], end=b["end"], text=b["text"])
                else: q[f] = b[f]
            for f, v in d.get("set", {}).items():
                if f == "span": q.update(start=v[0], end=v[1], text=text[v[0]:v[1]])
                else: q[f] = v
            fixed = set(d.get("take", [])) | set(d.get("set", {}))
            reasons = []
            if "speaker_title" not in fixed:
                title, r1 = pick_title(a.get("speaker_title", ""), b.get("speaker_title", ""), q["speaker_type"])
                if any(ART.match(x.get("speaker_title", "")) for x in (a, b)) and q["speaker_type"] != "document":
                    reasons.append("R14: title without a leading article")
                q["speaker_title"] = title; reasons += r1
            if "speaker_org" not in fixed:
                org, r2 = pick_org(a.get("speaker_org", ""), b.get("speaker_org", ""), q["speaker_type"])
                q["speaker_org"] = org; reasons += r2
            for f in FIELDS[3:]:
                if a.get(f, "") != b.get(f, "") and f not in ("speaker_title", "speaker_org") and not d:
                    raise SystemExit(f"undecided field {f} in {n} {lst} A{i}: {a.get(f)!r} vs {b.get(f)!r}")
            if (a["start"], a["end"]) != (b["start"], b["end"]) and not d:
                raise SystemExit(f"undecided span in {n} {lst} A{i}")
            if any(a.get(f, "") != b.get(f, "") for f in FIELDS):
                sd = side_of(q, a, b); sides[sd] += 1
                only_to = all(a.get(f, "") == b.get(f, "") for f in FIELDS if f not in ("speaker_title", "speaker_org"))
                by_class[(lst, "aligned, title/org only" if only_to else "aligned, other fields")][sd] += 1
            elif d:
                raise SystemExit(f"decision on an agreed pair: {n} {lst} A{i}")
            notes = ([d["note"]] if d.get("note") else []) + reasons
            a_note = "" if d.get("drop_a_note") else a.get("note", "")
            if notes:
                q["note"] = "; ".join(notes) + (f" [A: {a_note}]" if a_note else "")
            elif a_note:
                q["note"] = a_note
            lists[lst].append(q)
        for X, xs, used in (("A", am, ga), ("B", bm, gb)):
            for k, q0 in enumerate(xs):
                if k in used: continue
                key = (n, lst, X, k)
                assert key in SINGLE, (key, q0["text"][:60])
                expect, action, note, *rest = SINGLE[key]
                assert q0["text"].startswith(expect), (key, q0["text"][:40]); used_single.add(key)
                other = "B" if X == "A" else "A"
                sd = rest[1] if len(rest) > 1 else (X if action != "drop" else other)
                sides[sd] += 1; by_class[(lst, f"unaligned, {X} only")][sd] += 1
                if action == "drop": continue
                q = clean(q0); q["speaker_title"] = ART.sub("", q["speaker_title"])
                if q["speaker_type"] == "document": q["speaker_title"] = ""
                for f, v in (rest[0] if rest else {}).items():
                    if f == "span": q.update(start=v[0], end=v[1], text=text[v[0]:v[1]])
                    else: q[f] = v
                q["note"] = note + (f" [{X}: {q0['note']}]" if q0.get("note") else "")
                dest = {"keep": lst, "to_opt": O, "to_main": M}[action]
                lists[dest].append(q)
    for lst in lists: lists[lst].sort(key=lambda q: (q["start"], q["end"]))
    for lst in lists:
        for q in lists[lst]: assert text[q["start"]:q["end"]] == q["text"], (n, q["text"][:40])
    # no agreed item changed: every item identical in A and B (all fields) is in the gold unchanged
    for lst in (M, O):
        agreed = [clean(x) for x in ra[lst] if clean(x) in [clean(y) for y in rb[lst]]]
        gl = [clean(x) for x in lists[lst]]
        for x in agreed: assert x in gl, ("agreed item changed", n, lst, x["text"][:50])
        n_agreed += len(agreed)
    rec.update(quotes=lists[M], quotes_optional=lists[O], figures=[], figures_optional=[])
    gold.append(rec)

assert used_pair == set(PAIR), set(PAIR) - used_pair
assert used_single == set(SINGLE), set(SINGLE) - used_single
with open(OUT, "w", encoding="utf-8") as fh:
    for r in gold: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print("written", OUT, len(gold), "| agreed items kept unchanged:", n_agreed)
print("differences settled:", sum(sides.values()), "A:", sides["A"], "B:", sides["B"], "neither:", sides["N"])
for k in sorted(by_class):
    print(f"  {k[0]:16} {k[1]:26} n={sum(by_class[k].values()):3}", dict(sorted(by_class[k].items())))
