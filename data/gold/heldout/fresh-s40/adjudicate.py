"""Build /work/annot16/fresh-s40-gold.jsonl from annotators A and B (rules R1-R75; README-fresh-s40.md).

Every difference listed by diff.py (102) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same mechanics as the fresh-r40 adjudicate.py
(pick_title/pick_org for the title/org field conventions, R14's possessor exception, actions "keep" / "drop" /
"to_opt" / "to_main" for unaligned items). New rules on this set: R70-R75 (rules-r1-r75.md). The script also checks
that every item identical in A and B (all fields) is in the gold unchanged, and prints how many differences went to
A, to B, or to neither (a mix of both, or a value set by a rule).
Run: /work/main/.venv/bin/python adj/adjudicate.py   (the venv is needed for the alignment import only)
"""
import collections, hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot16/fresh-s40-texts.jsonl"); A = L("/work/annot16/A/fresh-s40.jsonl"); B = L("/work/annot16/B/fresh-s40.jsonl")
OUT = "/work/annot16/fresh-s40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"

R70 = ("R70: untagged interview questions whose interviewer the article names (\"Wikinews' Nick Moreau interviewed "
       "him\") take the named interviewer as speaker (person, org the outlet), as the untagged answers take the named "
       "interviewee; i40's speaker ''/canonical 'Wikinews' (media) is for interviews that name no interviewer")
R71 = ("R71: speaker_title comes from the article text only (the mention nearest the quote or the introduction); a role "
       "named only in the headline is not a title (the canonical may still use the headline, as 'Sunday Times')")
R72 = ("R72: a cue with coordinated complements of different types (a noun phrase and a clause or clausal gerund) "
       "gives one item per conjunct, each with the status its type has alone (NP optional, Q8; clausal main, R53), "
       "sharing the cue; the coordinator stays out")
R73 = ("R73: a second source's cue in a relative clause on the subject of the outer reported clause, with the outer "
       "speaker's own predicate after the relative ('X said the report, which found that P, could be used …'): the "
       "outer clause stays whole and main (its proposition cannot be spanned without the relative) and the inner item is "
       "optional; R40's split (outer up to the head noun) applies when the relative ends the outer clause")
R74 = ("R74: 'Under the direction/leadership of X, P' where P narrates what was done is the writer's account of an "
       "act performed under X, not X's statement: not annotated (R33 is for provisions of a document, Q16)")
R75 = ("R75: a monarch's or pope's canonical is the regnal name without the royal title (o40/p40 'Benedict XVI', "
       "'Manuel II Palaiologos'; the agreed 'Gyanendra' in this set); the title goes to speaker_title")
S1 = "S1/l40/p40/r40: the speaker is the nearest mention without honorifics or role titles (an appositive role is the title)"
Q8 = "Q8/addendum: a noun-phrase complement of a cue is optional, with its frame"
KEEP_OPT = "optional items are the union of both annotators' optional items (d32-r40 convention)"
CONT = "cue-less continuations of a reported statement are optional (d32/e30/n40/q40/r40)"
Q16T = ("Q16 (acts without content; r40 'responded to the massive rally', 'reported on the strike' dropped): a verb of "
        "reacting or referring with only a topic noun phrase is not annotated")
FULL = "field convention (k40/o40/q40/r40): descriptive mentions and canonicals are kept whole, restrictive modifiers included"

# ---------------------------------------------------------------- decisions on aligned pairs
PAIR = {
    # --- art 0 wikinews-3270
    (0, O, 3): dict(expect="the report", note="S1 and field convention: the mention as written, capitalisation "
                    "included ('The Pentagon' opens the sentence)"),
    # --- art 1 wikinews-112487
    (1, M, 0): dict(expect="But when they look to Washington", set={"speaker_title": ""}, note=R71),
    (1, M, 1): dict(expect="Senator Obama is a gifted", set={"speaker_title": ""}, note=R71),
    (1, M, 2): dict(expect="When others wanted to retreat", set={"speaker_title": ""}, note=R71),
    (1, O, 0): dict(expect="John McCain for the presidency", set={"speaker_title": ""}, note=R71),
    (1, O, 2): dict(expect="this likely if Democrats gain",
                    note="R6/R18: the sentence-final participial 'guaranteeing a safe majority' is the writer's gloss "
                         "on the condition, not part of the pundits' object + predicate (A)"),
    # --- art 2 wikinews-57998
    (2, O, 3): dict(expect="is for peaceful purposes",
                    note="S1: in '(which Iran says is …)' the relative 'which' is the content's subject, Iran the cue's "
                         "subject: speaker 'Iran' (A)"),
    # --- art 3 wikinews-41406
    (3, M, 2): dict(expect="Iraq sank into a", note="R52 and r40 convention: a document with a proper name takes it, "
                    "also when its issuer is named: '2006 International Report' (P2 'its 2006 International Report')"),
    (3, M, 7): dict(expect="European governments have been", note="R52/r40: canonical the report's proper name, as the "
                    "preceding item"),
    (3, M, 10): dict(expect="to address the conflict", note="r40/l40/k40 convention: a verb + noun cue that governs the "
                     "complement is kept as written ('voiced their dissent to'): 'list their key demands'"),
    # --- art 4 wikinews-33713
    (4, M, 2): dict(expect="We are going to define", set={"speaker_title": "president"},
                    note="field convention: the role as written at the mention nearest the quote ('said the president'), "
                         "R14 without the article"),
    # --- art 5 wikinews-1596
    (5, O, 1): dict(expect="Ford to be", take=["frame"],
                    note="R8/R41/Q9: 'deemed X to be Y' is an evaluation verb of the considered/regarded class: belief "
                         "(evidence is for data, studies, reports and findings that show or find, and estimates)"),
    # --- art 7 wikinews-150726
    (7, M, 2): dict(expect="it would recall 1.1 million cars",
                    note="R6/R18: the garbled 'a day previous, it had suspended eight models from sales' is the writer's "
                         "background narration dated relative to Toyota's statement, left out (A)"),
    (7, M, 6): dict(expect="Toyota showrooms could lose",
                    note="addendum and r40 convention: a source's figure for an unknown quantity is an estimate: main, "
                         "evidence (A)"),
    # --- art 8 wikinews-145874
    (8, M, 0): dict(expect="to give US$ 10 billion", note=FULL + ": 'The government of Abu Dhabi in the United Arab Emirates'"),
    (8, O, 1): dict(expect="the conglomerate to file", take=["speaker_canonical"],
                    note="r40 convention (S2): a document named only by a common noun takes the issuer the article "
                         "identifies ('The government of Dubai has issued a new law'): 'government of Dubai'"),
    # --- art 10 wikinews-223224
    (10, O, 1): dict(expect="the Mayor of Pichilemu, at the time",
                     note="alignment artefact: A's agentless 'it became known that …' (Q10 optional, evidence) is kept; "
                          "B's aligned item is identical to A's ESSBIO item, which is kept as A's unaligned item; " + KEEP_OPT),
    (10, O, 4): dict(expect="the final project, which took", set={"speaker_title": "Mayor and Environment Minister"},
                     note="R11 field convention: a joint source's parts are joined with 'and' (canonical), titles alike (B)"),
    # --- art 12 wikinews-114632
    (12, M, 2): dict(expect="the proposal 'sinister'", take=["speaker"], note=S1 + ": 'Critics like Michael Parker'"),
    (12, M, 3): dict(expect="the UK government of 'stalking'", take=["speaker"], note=S1 + ": 'Critics like Michael Parker'"),
    (12, O, 0): dict(expect="to launch a programme", take=["frame"],
                     note="R24 and r40 (Google's plan): a plan for the source's own action is optional, belief (B); "
                          "canonical: the fullest name the article gives, 'government of the United Kingdom' (A)"),
    # --- art 13 wikinews-74247
    (13, M, 0): dict(expect='there is "No Lord', take=["speaker_canonical", "speaker_type"],
                     note="S2/R11: the protesters are named later ('the three protesters, Ante Pavkovic, Katherine "
                          "Pavkovic and their daughter Christan Sugar Pavkovic'): canonical the joined names, person (B)"),
    (13, M, 1): dict(expect="the Hindu prayer an", take=["speaker_canonical", "speaker_type"],
                     note="S2/R11: the protesters are named later: canonical the joined names, person (B)"),
    # --- art 19 wikinews-59415
    (19, M, 4): dict(expect="more respect in terms", take=["span"], note=R72 + ": the gerund conjunct is main (B)"),
    (19, O, 0): dict(expect="Thus, we should go forward together",
                     note="R22/field convention: an indirect span ends before the final punctuation (A)"),
    # --- art 25 wikinews-54836
    (25, M, 2): dict(expect="The Duke of Edinburgh and I", note=R75),
    (25, O, 0): dict(expect="the 'special relationship'", note=R75),
    (25, O, 1): dict(expect="the upcoming visit", note=R75),
    # --- art 27 wikinews-67822
    (27, O, 1): dict(expect="the act", take=["speaker"], note=S1 + ": 'The Hungarian Prime Minister' is a role title"),
    # --- art 28 wikinews-54634
    (28, M, 0): dict(expect="to have taken over another town", note=FULL + " (the whole subject NP, as art 8)"),
    (28, M, 2): dict(expect="Ouadda-Djalle still remains", note="S2 field convention: the fullest name, 'Central African "
                     "Republic government' over 'CAR government' (r40 'United Nations' over 'UN')"),
    (28, M, 4): dict(expect="the rebels are being supported", note="S2 field convention: the fullest name (A)"),
    (28, O, 0): dict(expect="the rebels' activity", set={"speaker_org": "Central African Republic"},
                     note="field convention (r40 'Ethiopia', 'Somalia'): a government official's org is the country, "
                          "fullest form (A)"),
    # --- art 32 wikinews-52134
    (32, M, 1): dict(expect="suspects should be held", take=["speaker"],
                     note="R44 and gold (l40 'Jack Layton' for 'Jack Layton's call', f40 'Estonia' for 'Estonia's opinion'): "
                          "a possessor source is given without the possessive 's: 'Brown'"),
    # --- art 33 wikinews-96593
    (33, O, 0): dict(expect="the border closures", note=FULL + ": canonical 'government of President Abbas in the West "
                     "Bank' (the locative distinguishes it from the Gaza government)"),
    # --- art 34 wikinews-107168
    (34, O, 5): dict(expect="there would be police officers", take=["speaker_type"],
                     note="R10/R12: an 'account' given by professionals is their oral report, not a released document: "
                          "the professionals are the source, anonymous (B); R22/R55 optional"),
    # --- art 38 wikinews-179998
    (38, O, 1): dict(expect='"black or dark specks"', take=["frame"],
                     note="gold precedent (complaint/complained/complaining about: stance in most gold items; addendum "
                          "stance 'criticises'): stance (B)"),
    # --- art 39 wikinews-4007
    (39, M, 0): dict(expect="A new Cabinet will be formed", note=R75),
    (39, M, 1): dict(expect="This will restore peace", note=R75),
    (39, M, 2): dict(expect="the old administration of failing", note=R75),
    (39, O, 0): dict(expect="a new 10-member cabinet", note=R75),
    (39, O, 5): dict(expect='King Gyanendra from a "power grab"', take=["span"],
                     note="R8 (the addressee of a directive verb stays out: 'told/asked/urged X to …'): 'tried to dissuade "
                          "King Gyanendra from …' spans the from-phrase (B)"),
}
for k, pre in enumerate(["Why have you chosen to involve", "What prior political experienc", "What skills and insight can yo",
                         "Which of your competitors do y", "What do you feel are the three", "What should be the first order",
                         "Are the property taxes in your", "How can the province lead the ", "What are your views on the mix",
                         "What role, if any, does", "Of the decisions made by Ontar"]):
    PAIR[(9, O, k)] = dict(expect=pre, take=["speaker", "speaker_canonical", "speaker_type", "speaker_org"], note=R70)

# ---------------------------------------------------------------- decisions on unaligned items
# key (art, list, side, index): (expected text prefix, action, note[, field overrides[, side]])
SINGLE = {
    (2, O, "A", 1): ("The tactical nuclear weapons", "drop",
                     "the span is the agreed main item of the article (document, Sunday Times); 'based on \"senior\" "
                     "military sources' names the article's basis, not a second cue with content of its own; the gold "
                     "has no optional copy of a main span (r40: copies of items made main dropped)"),
    (4, O, "B", 0): ("he authorized the Colombia", "keep",
                     "R40: the authorities' parenthetical 'according to' inside Uribe's clause gives an optional outer "
                     "layer over the whole clause; " + KEEP_OPT),
    (5, O, "A", 3): ("browbeat", "keep", "Q15/o40: a cue-less partial quotation spans the words in marks, direct, as the "
                     "agreed 'stormed'; " + KEEP_OPT),
    (7, O, "A", 0): ("the accelerator may become stuck", "keep",
                     "Q10/R12: the agentless 'it was discovered that' inside the firm's item is an optional hedge, "
                     "evidence; " + KEEP_OPT),
    (10, O, "A", 2): ("the construction of an outfall", "keep", "R48: a stance of support with an NP object: optional, "
                      "stance; " + KEEP_OPT),
    (10, O, "A", 3): ("the construction of an outfall", "keep",
                      "identical to B's optional ESSBIO item (aligned by quote_match_pairs with A's 'became known' item)"),
    (12, M, "B", 6): ("The government has a record", "drop",
                      "R44 needs a complement of the noun; the following sentence is a cue-less continuation, optional "
                      "(" + CONT + "); A's optional item kept"),
    (12, O, "A", 3): ("The government has a record", "keep", CONT + "; " + S1 + " ('Shadow Home Secretary' is the title)",
                      {"speaker": "other critics like Dominic Grieve"}, "N"),
    (13, O, "A", 0): ("the prayer for the Senate", "drop", R74),
    (16, O, "A", 0): ("supporters of New Zealand's", "keep",
                      "a refusal of permission (an act) kept optional, stance (f40/k40 refusals of actions); " + KEEP_OPT),
    (16, O, "B", 0): ("on how the decisions are made", "keep",
                      "'made no comment on …' sits between R45's refusal and an absent statement (Q16): kept as a "
                      "don't-care item; " + KEEP_OPT),
    (19, O, "B", 0): ("more respect in terms", "keep", R72 + ": the NP conjunct is optional (Q8)"),
    (22, M, "A", 5): ("the joint standing committee", "keep", R73 + ": Whitlam's clause main"),
    (22, M, "B", 5): ("election terms should be fixed", "drop", R73 + ": the report's finding is optional (A's item kept)"),
    (22, O, "A", 1): ("election terms should be fixed", "keep", R73 + "; canonical the issuing committee (r40 S2)"),
    (22, O, "B", 1): ("the joint standing committee", "drop", R73 + ": Whitlam's clause is main (A's item)"),
    (26, O, "A", 1): ("an agreement reached", "drop", Q16T + ": the writer's gloss 'referring to' + a topic NP"),
    (28, O, "A", 3): ("The rebels only lost", "keep", CONT + "; " + KEEP_OPT),
    (29, M, "A", 11): ("the profit from the sale", "keep",
                       "gold precedent (d32 'some … calling for', h40 'some predicted', j40 'Others commented'): an "
                       "indefinite 'Some' with a communication verb and a clause is a source: main, anonymous"),
    (29, O, "B", 1): ("the security of the treasure", "keep", Q8 + " (attitude adjective, R15 'concerned about'); " + KEEP_OPT),
    (29, O, "B", 6): ("the profit from the sale", "drop", "A's main item kept (d32/h40/j40 'some'/'Others' + communication verb)"),
    (32, O, "A", 0): ("Use will be made", "keep", CONT + "; " + KEEP_OPT),
    (32, O, "A", 3): ("firms to keep more detailed", "keep", "R29 (provisions with a verb of legal effect: optional, "
                      "document, directive); " + KEEP_OPT),
    (32, O, "A", 5): ("the Treasury, for the first time", "keep", "R29 (r40 kept the planned initiative's 'would "
                      "prohibit'); " + KEEP_OPT),
    (32, O, "B", 4): ("a police state and of the Government", "keep",
                      "agentless noun cue with an NP (r40 'rumours of a Confidence Motion'; Q10): optional, anonymous; " + KEEP_OPT),
    (34, M, "B", 7): ("to fight drug traffic", "keep",
                      "R2: a commissive verb with an infinitive is main; the vowing groups are an identifiable, unnamed "
                      "source (anonymous, R66), and the present tense does not make the vow the writer's"),
    (34, O, "A", 4): ("to fight drug traffic", "drop", "R2: B's main item kept"),
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
                sd = d.get("side") or side_of(q, a, b); sides[sd] += 1
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
            if d.get("also_keep_b"):   # the pair is an alignment artefact: B's item is a second, distinct item
                qb = clean(b); qb["note"] = d["also_keep_b"] + (f" [B: {b['note']}]" if b.get("note") else "")
                lists[lst].append(qb)
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
