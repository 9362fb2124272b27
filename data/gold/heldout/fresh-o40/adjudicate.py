"""Build /work/annot12/fresh-o40-gold.jsonl from annotators A and B (rules R1-R59; README-fresh-o40.md).

Every difference listed by diff.py (96) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same mechanics as the fresh-n40 adjudicate.py
(pick_title/pick_org for the title/org field conventions, R14's possessor exception, actions "keep" / "drop" /
"to_opt" / "to_main" for unaligned items). New rule on this set: R59 (rules-r1-r59.md).
The script also checks that every item identical in A and B (all fields) is in the gold unchanged, and prints how
many differences went to A, to B, or to neither (a mix of both, or a value set by a rule).
Run: /work/main/.venv/bin/python adj/adjudicate.py   (the venv is needed for the alignment import only)
"""
import collections, hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot12/fresh-o40-texts.jsonl"); A = L("/work/annot12/A/fresh-o40.jsonl"); B = L("/work/annot12/B/fresh-o40.jsonl")
OUT = "/work/annot12/fresh-o40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"

R59 = ("R59: a free relative 'what …' (paraphrase 'the thing(s) that …') after a cue or the cue's preposition is a "
       "noun phrase, so it is optional under Q8 (e30 'called what happened to Armenians …', d32 'not sure what is shown "
       "on the video': optional); an interrogative complement ('whether/if', or a wh-word after ask, wonder, doubt, "
       "question, challenge, worry) is clausal and main (d32 'worried whether', i40 'questioned why', n40 'challenged "
       "whether'); R56 keeps the wh-word in the span either way")
Q8 = "Q8/addendum: a noun-phrase complement of a cue is optional, with its frame"
R22 = ("R22/R55: a source named only inside another speaker's direct quotation stays optional, kind indirect, span "
       "without the final punctuation")
S1 = "S1/l40: the speaker is the nearest mention without honorifics or role titles"
WHOLE = "k40 field convention: descriptive mentions are kept whole as written (appositives, relatives, determiners)"
PASSIVE_CUE = ("gold convention for R30 whole-clause passives (f40 'is accused of …', g40 'has been accused of …', l40, "
               "m40: cue 'accused'): the cue is the participle; 'accused of' is for items whose content starts after "
               "'of' (j40/k40)")
Q5 = ("Q5 and the m40 cue convention: a quotation after an attribution that has closed its sentence ('…,\" he said. "
      "\"…') has cue ''; a second pair of marks shares the cue only inside the attribution's sentence")

# ---------------------------------------------------------------- decisions on aligned pairs
PAIR = {
    # --- art 0 wikinews-21762 (fuel protests)
    (0, O, 0): dict(expect="conflicting reports on plans", take=["speaker"],
                    note="cue: the content already contains the noun 'conflicting reports on …', so the cue is the verb "
                         "without the auxiliary ('given'; R8 field convention 'without auxiliaries'); speaker: " + WHOLE +
                         " ('Consumer groups such as 'The Fuel Lobby', the group behind the fuel protests in 2000')"),
    # --- art 2 wikinews-54119
    (2, O, 0): dict(expect="IR would also pick up a stake",
                    note="k40 precedent: agentless 'it was learned that …' is optional, anonymous, frame evidence (a "
                         "finding, addendum evidence row)"),
    # --- art 4 wikinews-24964 (ACT Chief Minister, name lost)
    (4, M, 0): dict(expect="he would not vote into law", take=["speaker_type", "speaker_org"],
                    note="i40/k40 precedent (i40 'Greek prime minister', k40 'the outgoing speaker'): a person whose name "
                         "was lost in scraping and who is given by role only is anonymous, with the role as title and the "
                         "body as org ('ACT')"),
    (4, O, 0): dict(expect="the Howard Government's proposed", take=["speaker_type", "speaker_org"],
                    note="i40/k40 precedent: name lost in scraping, role only -> anonymous, org 'ACT'; " + Q8),
    # --- art 5 wikinews-388180
    (5, O, 0): dict(expect="to sign a contract for paper", take=["speaker_canonical"],
                    note="S2: the fullest name in the article ('their city council's dispute'): 'city council'"),
    # --- art 6 wikinews-85159
    (6, O, 3): dict(expect="the US has been accused of using", note=PASSIVE_CUE),
    # --- art 9 wikinews-41342
    (9, O, 0): dict(expect="world-leader Mittal's bid", take=["span"],
                    note="R6/R18 and the n40 field convention: the writer's prenominal description ('world-leader') "
                         "before the noun phrase stays out"),
    # --- art 10 wikinews-25186
    (10, M, 7): dict(expect="Palocci and Lula are worried", take=["speaker_type", "speaker_title", "speaker_org"],
                     note="h40 precedent ('A blog by Wikipedia contributor Andrew Lih says …': person, title 'Wikipedia "
                          "contributor'; dev S3 'a Twitter post by Amy Cook': person): a personal blog of a named person "
                          "is typed person, with the role and org of the mention; R40/R58: the third parties' worry stays "
                          "inside the main outer item"),
    # --- art 13 wikinews-33398
    (13, M, 8): dict(expect="It may be time to reassess", take=["cue"], note=Q5),
    (13, M, 15): dict(expect="It's a complicated relationship", take=["cue"], note=Q5),
    (13, M, 16): dict(expect="over-estimating the role of cannabis", take=["cue"],
                      note="R15 (e30 'warned of'; m40 non-contiguous 'quoted … as saying'): a phrasal cue keeps its "
                           "governing preposition when the addressee between them is cut (Q2)"),
    # --- art 15 wikinews-84593
    (15, M, 1): dict(expect="one of those people was State",
                     note=WHOLE + " (the restrictive relative 'who felt pressured' is part of the mention); title: the "
                          "fuller 'member of the council'"),
    (15, M, 12): dict(expect="fire caused them",
                      note="R44 (speaker = the source named in the possessor or by/of-phrase, 'Jack Layton's call'; n40 "
                           "'analyst' for 'the average analyst prediction'): the noun cue 'findings' is the cue, the "
                           "agencies are the speaker (organization), frame evidence (R37a)"),
    # --- art 16 wikinews-109754
    (16, M, 4): dict(expect="40 protesters who were arrested", take=["speaker_title"],
                     note="e30/d32 field convention ('politicians' for 'Some politicians', 'officials'): a quantifier or "
                          "partitive ('One of the …') is not part of the role; R14: no article -> 'prosecutor'"),
    (16, O, 0): dict(expect="Dr. Toccafondi was accused", note=PASSIVE_CUE),
    (16, O, 4): dict(expect="Police were accused of organised", note=PASSIVE_CUE),
    (16, O, 6): dict(expect="abuse", take=["speaker"],
                     note="S1: the relative 'who' resolves to its antecedent as written, determiner included ('the 252 "
                          "demonstrators')"),
    (16, O, 7): dict(expect="Death to the Jews.",
                     note="R17 (the head noun decides): songs are texts, so document, canonical '' (R52); " + WHOLE +
                          " ('other antisemitic songs about …'); optional (Q15/R20, sung under compulsion)"),
    # --- art 17 wikinews-121839
    (17, O, 1): dict(expect='the FDIC will "retain', take=["span", "kind", "speaker"],
                     note="Q15 and dev art 21 'suspicion of trespassing' (optional, direct, the marked words only, "
                          "speaker from the sentence): a cue-less partial quotation is a direct item over the words in "
                          "marks"),
    # --- art 19 wikinews-40787
    (19, O, 0): dict(expect="Michael Ryan, a messenger",
                     note="agentless 'has been identified as …' reports the result of an inquiry: frame evidence "
                          "(addendum evidence row 'an investigation … FIND'; i40 'F-Secure identified …' evidence)"),
    # --- art 23 wikinews-111001
    (23, O, 2): dict(expect="only one count factor", note=S1 + " ('Keith Allred'); title: the fuller 'judge, Navy Capt.' "
                     "(k40: ranks are roles)"),
    # --- art 24 wikinews-9501
    (24, O, 2): dict(expect="the Government's attitude", take=["cue"],
                     note="m40/l40/k40 cue conventions: a verb + noun cue that governs the complement is kept as written "
                          "('repeated its call for', 'appear to show'): 'maintaining its criticism of'"),
    # --- art 27 wikinews-16906
    (27, M, 3): dict(expect="Canada's actions signal", note=S1 + " ('Tewolde', not 'Dr. Tewolde')"),
    (27, O, 1): dict(expect="Canadian scientists on proposed", note=S1 + " ('Tewolde', not 'Dr. Tewolde')"),
    # --- art 32 wikinews-50399
    (32, O, 3): dict(expect="The preoccupations make reference",
                     note="Q7 (the outer layer spans the whole clause) and g40 Bangkok Post ('…,\" Police General … was "
                          "quoted as saying' optional, mixed, over the quotation and the attribution)"),
    # --- art 33 wikinews-65319
    (33, M, 1): dict(expect="more than one million protesters",
                     note="h40/j40/n40 precedent: an organisation whose name was lost in scraping stays organization "
                          "(h40 'The says' organization, canonical ''); the i40/k40 anonymous convention is for persons "
                          "given by role only"),
    (33, M, 2): dict(expect="200 000 to 370 000",
                     note="m40 precedent ('These estimates put … at 16 million': speaker 'These estimates', document, "
                          "cue 'put'): with a verb, the estimates are the speaker (document, R37a evidence) and the verb "
                          "is the cue; the n40 noun cue ('prediction') was for a phrase without a verb"),
    # --- art 34 wikinews-51728
    (34, M, 2): dict(expect="the interception of such traffic", take=["span"],
                     note="R40 and R7: Bush's 'what … describes as …' inside Washington's clause is a main R7 item, so "
                          "Washington's own report ends before it and the whole clause is an optional outer layer; "
                          "canonical: S2 fullest name in the article ('the US government', 'US government' in the "
                          "headline), kept from A"),
    # --- art 35 wikinews-228318
    (35, O, 1): dict(expect="to contact Three Mile Cross",
                     note="Q10 and gold precedent for passive directives ('were asked/told to …': content `to …`, i40, "
                          "k40, m40): the addressee subject stays out (Q2/R1)"),
    # --- art 37 wikinews-36293
    (37, M, 12): dict(expect="when counting is completed", take=["frame"],
                      note="n40/l40 field convention: a source's prediction of a quantity (30 seats) is an estimate, "
                           "evidence"),
}

# ---------------------------------------------------------------- unaligned items
SINGLE = {
    # --- art 3 wikinews-82724
    (3, O, "A", 0): ("his support to Mr Clegg", "drop",
                     "k40 precedent ('threw his support to' + 'the former Ontario premier'): the verb + noun is the cue "
                     "and the recipient the content; B's item kept"),
    (3, O, "B", 0): ("Mr Clegg", "keep", "R48/k40: support + NP, optional, stance, cue 'gave his support to'"),
    # --- art 4 wikinews-24964
    (4, M, "A", 12): ("what happens to a person", "drop", R59 + "; B's optional item kept"),
    (4, O, "B", 3): ("Well it might be unconstitutional", "keep", R22 + " (Costello inside Beazley's quotation)"),
    (4, O, "B", 6): ("what happens to a person", "keep", R59 + "; belief (R36/R50b 'concerns')",
                     {"speaker_title": "Head of HREOC"}),
    (4, O, "B", 7): ("a person who is detained must", "keep",
                     R22 + "; R29: a provision stated with a verb of legal effect ('requires'): document, directive; "
                     "canonical '' (R52: a description, not a name)"),
    # --- art 11 wikinews-15125
    (11, O, "B", 3): ("a rural worker talking against", "keep",
                      "m40/n40 precedent: a video that shows X doing Y is an optional evidence item (Q11)"),
    # --- art 12 wikinews-60086
    (12, M, "A", 0): ("Ford will rename the Ford Five Hundred", "drop",
                      "R18 (Jakupi: 'The appositive carries its own hedge, so it is not the media's report'): the "
                      "relative 'when a facelifted model is expected to …' carries its own agentless hedge and is the "
                      "writer's; B's span kept"),
    (12, M, "B", 0): ("Ford will rename the Ford Five Hundred", "keep", "R18 (hedged writer's relative left out)"),
    (12, O, "A", 0): ("reviving many respected Ford", "keep",
                      "R24 and n40 'SkyCabs International's plans are to …': a plan for the subject's own action is "
                      "optional, belief"),
    (12, O, "B", 0): ("a facelifted model is expected", "keep", "R13: agentless raising hedge, whole clause, optional"),
    # --- art 15 wikinews-84593
    (15, M, "B", 15): ("like to determine the magnitude", "drop",
                       "R3/R24: 'would like to' + the source's own action is a wish, optional (g40 'wants to boycott', "
                       "directive); A's optional item kept"),
    (15, O, "A", 0): ("one of those people was State", "keep",
                      "R40: the relative 'who admitted …' (a second source's cue) sits inside the according-to clause, "
                      "so the whole clause is an optional outer layer"),
    (15, O, "A", 2): ("like to determine the magnitude", "keep", "R3/R24: a wish for the source's own action, optional, "
                      "directive"),
    # --- art 17 wikinews-121839
    (17, O, "A", 2): ("the FDIC will retain the remaining", "drop",
                      "Q15/dev 'suspicion of trespassing': a cue-less partial quotation spans the marked words; B's "
                      "item kept"),
    (17, O, "B", 2): ("for later disposition.", "keep", "Q15: cue-less partial quotation, optional, direct"),
    # --- art 21 wikinews-99394
    (21, O, "B", 0): ("the writers would get a maximum", "keep",
                      "R33: 'Under X' with a non-legal X (an agreement) states its provisions: optional, document, "
                      "speech; R52 canonical ''"),
    # --- art 24 wikinews-9501
    (24, M, "A", 3): ("to answer their demands", "keep",
                      "n40 precedent ('put Hamas under pressure to …', main, directive) and R43 (a cue inside the "
                      "writer's purpose infinitive gives what its complement would give): main, directive, addressee "
                      "out; R6: the appositive 'Railways Minister' out"),
    # --- art 25 wikinews-99508
    (25, O, "A", 1): ("the new figures", "drop",
                      "Q16: a communication act with only its topic ('commented on the new figures', as dev 'Lam also "
                      "spoke on the economy') is not annotated"),
    # --- art 26 wikinews-23233
    (26, O, "A", 0): ("it cannot afford another rise", "keep", R22 + " (business inside Barber's quotation)"),
    # --- art 32 wikinews-50399
    (32, O, "A", 5): ("some passages of his speech", "keep", R22 + "; R36: 'sorry that P' is stance"),
    (32, O, "B", 2): ("verses from a conversation", "keep", Q8 + " ('recited' + NP)"),
    # --- art 34 wikinews-51728
    (34, M, "B", 3): ("war on terror", "keep",
                      "R7 ('what X called Y' is main, content Y) and R40 (inner layer main); direct, the quotation is "
                      "the whole predicate apart from the determiner (Q4/R46)"),
    (34, O, "A", 2): ("war on terror", "drop", "R7/R40: the item is main (B's); no optional copy"),
    (34, O, "B", 2): ("the interception of such traffic", "keep",
                      "R40: optional outer layer over the whole clause; indirect (the marks hold Bush's term, not "
                      "Washington's words); canonical 'US government' (S2, as the main item)",
                      {"speaker_canonical": "US government"}, "N"),
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
