"""Build /work/annot18/fresh-u40-gold.jsonl from annotators A and B (rules R1-R83, rules-r1-r83.md; README.md).

Every difference listed by diff.py (141) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same mechanics as the fresh-t40 adjudicate.py
(pick_title/pick_org for the title/org field conventions, R14's possessor exception, actions "keep" / "drop" /
"to_opt" / "to_main" for unaligned items). New rules on this set: R79-R83 (rules-r1-r83.md). The script also checks
that every item identical in A and B (all fields) is in the gold unchanged, and prints how many differences went to
A, to B, or to neither (a mix of both, or a value set by a rule).
Run: cd /work/annot18 && /work/main/.venv/bin/python adj/adjudicate.py   (the venv is needed for the alignment import only)
"""
import collections, hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot18/fresh-u40-texts.jsonl"); A = L("/work/annot18/annotator-a.jsonl"); B = L("/work/annot18/annotator-b.jsonl")
OUT = "/work/annot18/fresh-u40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"

R79 = ("R79: a named movement or current of opinion that is no body with members or spokespeople ('the Religious Right', "
       "'they' for it) is anonymous, canonical '' (the open sets of R76); R27's party sides are organisations that act "
       "as parties")
R80 = ("R80: the writer's present-tense profile of a source's standing position ('Giuliani also favors extending rights "
       "to gays', 'X supports/opposes/advocates …' with no occasion of a statement) is no reported statement (Q16 'The "
       "party advocates …'); it is never main, and an annotator's item on it is kept optional with its frame; R53's main "
       "gerunds are complements of a reported act")
R81 = ("R81: R73 extended: a second source's cue in an adverbial or participle clause inside an outer reported clause "
       "whose content goes on after it ('they were victims of a scam after Madhavan convinced them to invest …, but "
       "allegedly kept the money') leaves the outer clause whole and main and the inner item optional; R40's split is "
       "for an inner cue that ends the outer clause")
R82 = ("R82: a clause comma-spliced to a source's reported clause that carries its own agentless reporting verb ('Police "
       "say at least 11 people were killed, all except one were reported to be …') is not the source's content: the "
       "source's item ends before the splice and the spliced clause is its own R13 hedge (optional)")
R83 = ("R83: a postposed source adverbial ('per the interview', 'according to X') closes the content before it; a "
       "predicate coordinated after it with the reporting subject as subject ('…,\" per the interview, and was told "
       "\"…\"') is the writer's account of that subject, not part of the content (an agentless passive directive is Q10 "
       "optional); R26's one mixed span is for coordinated complements under the cue")
S1 = "S1/l40/p40/r40: the speaker is the nearest mention without honorifics or role titles"
Q8 = "Q8/addendum: a noun-phrase complement of a cue is optional, with its frame"
KEEP_OPT = "optional items are the union of both annotators' optional items (d32-t40 convention)"
CONT = "cue-less continuations of a reported statement are optional (d32/e30/n40/q40/r40/s40/t40)"
PRENOM = ("field convention (n40/o40/q40/t40): the writer's prenominal description or title before a subject stays out of "
          "the span ('peasant group Kilusang …', 'Liberal leader Stephane Dion')")
VCHAIN = ("field convention (m40/n40/p40): a verb chain that governs the complement is kept as written in the cue "
          "('went on to say', 'refused to rule out', 'continued to thank'); no auxiliaries or copula")
NOCOPY = "the gold has no optional copy of a main span of the same source (r40/s40/t40: copies of items made main dropped)"
R6 = "R6/m40/t40: the writer's background relative, participle or appositive on a noun stays out of the content"
R4NP = ("R4 (second point): when the inner complement is only a noun phrase, the outer layer is main and the inner one "
        "optional (R4's example 'had uncovered \"violations …\"' has a quoted NP too)")

# ---------------------------------------------------------------- decisions on aligned pairs
PAIR = {
    # --- art 0 wikinews-47158
    (0, M, 9): dict(expect="Medicare offices would remain open", note=VCHAIN + ": 'quick to assure' (A)"),
    # --- art 3 wikinews-85222
    (3, M, 3): dict(expect="traditional family values", take=["speaker_canonical", "speaker_type"], note=R79 + " (B)"),
    # --- art 8 wikinews-71582
    (8, O, 3): dict(expect="Queensland's water grid", take=["speaker"],
                    note=S1 + ": 'Anna Bligh' (B); org kept from the annotator who gave one (A)"),
    # --- art 9 wikinews-111152
    (9, M, 8): dict(expect="to confirm or deny the reports",
                    note="gold (refused/declined + infinitive, d32-t40: 'to name any of the airlines', 'to say whether'): "
                         "the content keeps 'to' (A)"),
    # --- art 12 wikinews-58746
    (12, M, 0): dict(expect="Kilusang Magbubukid ng Pilipinas", note=PRENOM + " (A)"),
    # --- art 13 wikinews-60051
    (13, M, 1): dict(expect="Stephane Dion may offer Rae", note=PRENOM + " (A)"),
    # --- art 15 wikinews-13422
    (15, O, 1): dict(expect='"Mohammadi committed suicide',
                     note="Q7 outer layer over the whole clause, the opening mark with the closing one (A)"),
    # --- art 16 wikinews-22402
    (16, M, 0): dict(expect="making the comments on rape",
                     note=R6 + ": 'reported by the Washington Post' identifies the comments by another source's report "
                          "('owned by eBay') (A); org kept from the annotator who gave one (A)"),
    (16, M, 5): dict(expect="tribal elders still condone rape",
                     note="R72: coordinated complements of different types (of-gerund, that-clause) give one item per "
                          "conjunct (A)"),
    # --- art 18 wikinews-65350
    (18, M, 0): dict(expect="they have killed Alan Johnston",
                     note=R6 + ": the hedged appositive 'purportedly linked to al-Qaeda' is not part of the mention (A)"),
    # --- art 19 wikinews-121082
    (19, O, 4): dict(expect="Even with an increase in attacks",
                     note="the concessive belongs to the report's own sentence of figures; nothing marks it as the "
                          "writer's (R49 test) (A)"),
    # --- art 23 wikinews-18560
    (23, O, 3): dict(expect="the authorities can deploy troops", take=["speaker_canonical"],
                     note="R29/R33 canonical: the issuer the text names ('Sri Lanka has declared a state of emergency'); "
                          "R52's '' is for a document whose issuer is not named (B)"),
    # --- art 24 wikinews-67897
    (24, O, 2): dict(expect="complaints from some of the children",
                     note="canonical as in the agreed main items ('Commonwealth of Kentucky and Sunrise …') (A)"),
    (24, O, 4): dict(expect="cause for action against one", take=["span"],
                     note="R29: R25 (quoted words in an NP object) covers communication cues only; the state's 'find' + "
                          "NP is Q8 optional, so no R40 split: the optional item is the NP object, and the staff's "
                          "'confirmed that …' is main on its own (B)"),
    # --- art 27 wikinews-109762
    (27, M, 4): dict(expect="the cover is a work of satire", take=["cue"], note=VCHAIN + ": 'continues to defend its "
                     "position' (B)"),
    # --- art 30 wikinews-39105
    (30, M, 3): dict(expect="Tonight, we take the second step", take=["speaker_title"],
                     note="field convention (u40): a kinship appositive to another person ('brother of U.S. Senator Mary "
                          "Landrieu and son of …') is the writer's background, not a role; the title is the speaker's "
                          "office at its role-bearing mention, 'Louisiana Secretary of State' (B); R39's kinship title is "
                          "for a kinship noun that is the mention ('His father said')"),
    (30, O, 1): dict(expect="he has come under criticism", take=["cue"], note=VCHAIN + ": 'come under criticism' (B)"),
    # --- art 31 wikinews-107331
    (31, M, 8): dict(expect="he had raped them", take=["speaker", "speaker_type"],
                     note="R10/R17 and gold ('a statement from GM', 'a complaint' by a named person: document): "
                          "'complaints from three underage girls' is the document that alleges; canonical '' (R52, the "
                          "girls are unnamed) (B)"),
    (31, M, 10): dict(expect="Madhavan was arrested in Kerala", take=["span"],
                      note=R6 + ": 'which was issued after consultation with Dubai police in 2004' (B)"),
    # --- art 32 wikinews-114461
    (32, M, 4): dict(expect="it as a return to", take=["span"],
                     note="R6/R18: the writer's gloss '225 years after the 13 colonies …' explains the quoted nickname (B)"),
    (32, M, 5): dict(expect="will amount to over $500 trillion",
                     note="s40/n40 field convention: a source's figure for an unknown quantity is evidence (A)"),
    (32, O, 2): dict(expect="a four-part reform plan", take=["span"],
                     note=R6 + "; the parenthetical relative is Nader's own main item, not part of the plan list (B)"),
    # --- art 33 wikinews-86052
    (33, M, 2): dict(expect='he is "an active Holocaust denier',
                     note="gold ('a Turkish court', 'a Peruvian court', 'a federal appeals court': organization, "
                          "canonical the description): an unnamed court is an organization (A); R42 frame evidence"),
    # --- art 35 wikinews-6184
    (35, O, 0): dict(expect="his deportation to the US",
                     note="R15: the noun cue's preposition ('requests for') is the cue's, not the content's (A)"),
}

# ---------------------------------------------------------------- decisions on unaligned items
# (art, list, side, index): (expected text prefix, action, note[, set-fields[, side]])
SINGLE = {
    (0, O, "B", 0): ("patients will be able to", "keep", "R33 ('Under X' with a non-legal X); " + KEEP_OPT),
    (3, M, "A", 2): ("extending rights to gays", "to_opt", R80 + " (neither side's main: A's item kept optional)", {}, "N"),
    (3, O, "A", 1): ("what they call traditional", "keep", R79 + "; " + KEEP_OPT,
                     {"speaker_canonical": "", "speaker_type": "anonymous"}, "N"),
    (3, O, "A", 2): ("divorce and non-standard", "keep", R79 + "; R48 optional stance; " + KEEP_OPT,
                     {"speaker_canonical": "", "speaker_type": "anonymous"}, "N"),
    (4, O, "A", 1): ("The remainder would be supplied", "keep", CONT + "; " + KEEP_OPT),
    (4, O, "B", 1): ("any IMF participation", "keep", "R48 (opposed + NP); " + KEEP_OPT),
    (5, O, "A", 0): ("It will now fly to Bristol", "keep", CONT + "; " + KEEP_OPT),
    (5, O, "A", 1): ("The airline will also increase", "keep", CONT + "; " + KEEP_OPT),
    (9, M, "A", 1): ("at least 11 people were killed, all", "drop", R82 + " (B)"),
    (9, M, "B", 1): ("at least 11 people were killed", "keep", R82 + " (B)"),
    (9, O, "A", 3): ("One other terrorist was injured", "keep", CONT + "; " + KEEP_OPT),
    (11, M, "A", 0): ("Iranian president Mahmoud Ahmadinejad", "drop", R4NP + "; B's whole outer item is main (B)"),
    (11, M, "A", 1): ("new solutions for getting out", "drop", R4NP + "; B's optional inner item kept (B)"),
    (11, M, "B", 0): ("Iranian president Mahmoud Ahmadinejad", "keep", R4NP + " (B)"),
    (11, O, "A", 0): ("Iranian president Mahmoud Ahmadinejad", "drop", NOCOPY + " (B)"),
    (11, O, "B", 0): ("new solutions for getting out", "keep", R4NP + "; the inner NP layer, optional (B)"),
    (12, M, "A", 4): ("the possibility of the soldiers", "drop",
                      "Q14: 'flying voters' is a term in marks, no one's quoted words, so R25 does not apply; the NP "
                      "complement is Q8 optional; B's optional item kept (B)"),
    (12, O, "B", 2): ("the possibility of the soldiers", "keep", "Q14/Q8 (B)"),
    (13, O, "B", 3): ("retirement", "keep", "Q9 deliberation verb with an NP; " + KEEP_OPT),
    (16, M, "A", 4): ("President Musharraf of not taking", "keep",
                      "R72: one item per conjunct of different types; R5 keeps the object (A)"),
    (19, O, "A", 6): ("the situation worsening", "keep", "R40 nested cognition inside the report; " + KEEP_OPT),
    (19, O, "B", 5): ("various other statistics", "keep", "Q8 NP; " + KEEP_OPT),
    (20, O, "B", 0): ("The planned missile shield", "keep", "R30/R48; " + KEEP_OPT),
    (21, M, "A", 3): ("to accept the transfer of jurisdiction", "keep",
                      "R4 (a distinct source with a clausal complement inside the claim: inner main, outer optional) and "
                      "R51 (a directive act presented as made, 'pressured X to VP' as 'persuaded X to VP'); the "
                      "addendum's passive with a named agent (A)"),
    (21, M, "B", 3): ("his son was pressured by US officials", "drop", "R4: the outer layer is optional (A)"),
    (21, O, "A", 1): ("his son was pressured by US officials", "keep", "R4 outer layer (A)"),
    (21, O, "B", 1): ("to accept the transfer of jurisdiction", "drop", NOCOPY + " (A)"),
    (21, O, "A", 3): ("a full report from the US Judge", "drop",
                      "Q2/R1: 'from the US Judge Advocate General' is the addressee of the request; B's 'a full report' "
                      "kept (B)"),
    (21, O, "B", 3): ("a full report", "keep", "Q8 NP of 'asked for', addressee left out (B)"),
    (24, M, "A", 3): ('s/he was "not allowed', "drop", R83 + " (B)"),
    (24, M, "B", 3): ('s/he was "not allowed', "keep", R83 + " (B)"),
    (24, M, "A", 10): ("cause for action against one", "drop",
                       "R29: R25 covers communication cues only; 'find' + NP is Q8 optional (B's optional item kept) (B)"),
    (24, O, "B", 3): ("'to do' some type of Bible", "keep", R83 + "; Q10 agentless passive directive (B)"),
    (25, O, "A", 0): ("a profit increase of 60%, attributed", "drop",
                      R6 + ": the agentless 'attributed to …' participle; B's 'a profit increase of 60%' kept (B)"),
    (25, O, "B", 0): ("a profit increase of 60%", "keep", "Q8 NP (B)"),
    (29, O, "A", 3): ("Eritrea of fuelling deadly street violence that", "drop",
                      R6 + ": the relative 'that rocked the country …' on 'violence' is background; B's span kept"),
    (29, O, "B", 3): ("Eritrea of fuelling deadly street violence", "keep",
                      "R22/R55 nested inside the AFP quotation (B's span); dev S3 ('Queensland Police'): 'Ethiopia[n] "
                      "police' names the national force, an organization, canonical 'Ethiopian police' (A)",
                      {"speaker_canonical": "Ethiopian police", "speaker_type": "organization", "speaker_title": "",
                       "speaker_org": ""}, "N"),
    (31, M, "A", 0): ("they were victims of a scam after", "keep", R81 + " (A)"),
    (31, M, "B", 0): ("they were victims of a scam", "drop", R81 + " (A)"),
    (31, M, "B", 1): ("to invest in a charitable", "drop", R81 + ": the inner item is optional; A's optional item kept (A)"),
    (31, O, "A", 1): ("to invest in a charitable", "keep", R81 + " (A)"),
    (31, O, "B", 1): ("they were victims of a scam after", "drop", NOCOPY + " (A)"),
    (31, O, "B", 2): ("kept the money for himself", "keep", "R19a hedge 'allegedly'; " + KEEP_OPT),
    (33, O, "A", 2): ("the Holocaust", "keep", "Q8 NP (books 'deny'); " + KEEP_OPT),
    (33, O, "A", 3): ("the views of Adolf Hitler", "keep", "Q8 NP (books 'support'); " + KEEP_OPT),
    (33, O, "B", 0): ("the presence of David Irving", "keep", "R48 NP of 'protested'; " + KEEP_OPT),
    (34, O, "A", 0): ("the Venezuelan government recently paid", "drop",
                      "R4 third point and t40 (the videos that 'show' inside the speakers' statements dropped): the "
                      "evidence Naranjo cites is his own reading, only the outer layer (B)"),
    (34, O, "A", 3): ("how grateful Chávez was", "keep", "R22/R55 source inside a direct quotation; " + KEEP_OPT),
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
