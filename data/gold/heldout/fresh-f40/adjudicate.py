"""Build /work/annot3/fresh-f40-gold.jsonl from annotators A and B (rules R1-R21; README-fresh-f40.md).

Every difference listed by diff.py (88) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same method and layout as the fresh-e30
adjudicate.py; one change: a title or org given in `set`/`take` is not overridden by the title/org conventions.
"""
import hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot3/fresh-f40-texts.jsonl"); A = L("/work/annot3/A/fresh-f40.jsonl"); B = L("/work/annot3/B/fresh-f40.jsonl")
OUT = "/work/annot3/fresh-f40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"
SPK = ["speaker", "speaker_canonical", "speaker_type"]

# ---------------------------------------------------------------- decisions on aligned pairs
# key (article 0-based, list, A-index): dict(expect=<A text prefix>, take=[fields taken from B], set={field: value},
#                                           note=<rule>)
# "span" in take = B's start/end/text. Fields not named keep A's value.
PAIR = {
    (1, O, 1): dict(expect="assisted those involved",
                    note="S1: speaker without the role title ('Mario Marioli', not 'General Mario Marioli')"),
    (4, O, 1): dict(expect="an uptick to 5.1%",
                    note="S3: 'Wall Street' is a collective of firms, organization as e30 'The dairy industry'; canonical keeps the proper name"),
    (6, M, 8): dict(expect="Whatever the Eritrean", take=["frame"],
                    note="addendum: a quotation attached to a stance verb ('dismissed the idea ... with the claim \"...\"') is stance"),
    (6, M, 10): dict(expect="to agree to a ceasefire", take=["span"],
                     note="R16: trailing time adverbial 'in June' that can date the call is the reporting act's and stays out (Q2)"),
    (7, M, 0): dict(expect="arming teachers", set={"speaker_title": "lawyer"},
                    note="field convention: title at the nearest mention ('A lawyer who is expected to become ...'); 'first vice president' comes only after the quotes"),
    (7, M, 1): dict(expect="allowing teachers", set={"speaker_title": "practicing lawyer"},
                    note="field convention: title at the nearest mention ('a practicing lawyer')"),
    (7, M, 2): dict(expect="if it is the responsibility", set={"speaker_title": "practicing lawyer"},
                    note="field convention: title at the nearest preceding mention with a role ('a practicing lawyer')"),
    (7, M, 3): dict(expect="gun control laws", set={"speaker_title": "practicing lawyer"},
                    note="field convention: title at the nearest preceding mention with a role ('a practicing lawyer')"),
    (7, O, 0): dict(expect="an example of a 1997", set={"speaker_title": "practicing lawyer"},
                    note="field convention: title at the nearest preceding mention with a role ('a practicing lawyer')"),
    (7, O, 1): dict(expect="is expected to be elected",
                    note="R19: the R13 hedge is the second conjunct of 'Froman is currently ..., and is expected to ...'; the span starts at the hedge and leaves the writer's first conjunct out"),
    (10, M, 0): dict(expect="the Ugandan convoy", take=["cue"],
                     note="R15: phrasal cue without the auxiliary ('have been quoted as saying' -> 'quoted as saying'), as the agreed Pradel item in wikinews-28867"),
    (11, M, 0): dict(expect="Director George Tenet", take=["speaker_type"],
                     note="R17: 'a story published today in the Washington Post' is a document by an outlet (issuer = outlet), as e30 'an original Reuters report'"),
    (11, O, 2): dict(expect="the unreliability",
                     note="R15: the preposition of 'told X about' belongs to the cue side, not the content (as e30 'warned of' -> 'a collapse of ...')"),
    (13, M, 3): dict(expect="residents of the capital", take=["speaker_type"],
                     note="R17: 'an eyewitness AP report' is a document by an outlet (issuer AP)"),
    (13, O, 1): dict(expect="\"It didn", take=["kind", "speaker_type"],
                     note="R7/Q7: the optional outer layer spans the quotation plus the writer's 'Bakiyev said' -> mixed (as e30); R17: 'a Reuters report' is a document"),
    (15, M, 1): dict(expect="to be withdrawn", take=["span"],
                     note="R21: 'calling on riot police to be withdrawn': the object of the passive infinitive is the patient, not the addressee, and stays in the span (R5 logic)"),
    (16, O, 2): dict(expect="The operation was announced over",
                     note="R16: trailing 'at 14:00 local time' can date the announcement and stays out (Q2)"),
    (18, O, 1): dict(expect="shock and grief", set={"frame": "stance", "speaker_org": "Pakistan People's Party and Muttahida Majlis-e-Amal"},
                     note="S1: descriptive mention kept whole, with its appositive naming the parties; frame: 'expressed' + an attitude noun takes the noun's frame, stance as d32 'expressed his regrets / his satisfaction'; org names joined with 'and' without articles"),
    (18, O, 2): dict(expect="their opposition to", set={"frame": "stance", "speaker_org": "Pakistan People's Party and Muttahida Majlis-e-Amal"},
                     note="S1: descriptive mention kept whole; frame: 'reiterated their opposition' takes the noun's frame (oppose -> stance, R8); org names joined with 'and' without articles"),
    (20, M, 2): dict(expect="The council, he says", take=["span"],
                     note="Q6: parenthetical cue inside the reported clause: the content after the cue is main, the fragment before it ('The council') optional (d32 'in his words' precedent)"),
    (21, M, 3): dict(expect="though the reforms", take=["span"],
                     note="field convention (d32/e30 'said that A and that B'): coordinated complements of one cue form one contiguous span; R1: to + quotation -> mixed"),
    (22, O, 0): dict(expect="Palin's 4-month-old",
                     note="field convention: cue = the noun heading the that-clause, nearest head of the coordination ('rumours')"),
    (22, O, 4): dict(expect="did not see the pregnancy",
                     note="R19: adverbial hedge 'reportedly': the span starts after the adverb, without the subject (dev art 26/27/30 precedent)"),
    (22, O, 6): dict(expect="met Palin only twice",
                     note="R19: adverbial hedge 'reportedly': the span starts after the adverb, without the subject (dev precedent)"),
    # R17 applied to agreed items as well (both annotators had media): a report by an outlet is a document
    (22, O, 2): dict(expect="an unnamed senior McCain", set={"speaker_type": "document"},
                     note="R17: 'a news report' is a document (outlet not named, canonical ''); optional outer layer (Q7)"),
    (28, O, 0): dict(expect="The sister of Hariri", set={"speaker_type": "document"},
                     note="R17: 'a report by al-Jazeera' is a document, issuer al-Jazeera; optional outer layer (Q7)"),
    (33, M, 2): dict(expect="the first part of a pull-out", set={"speaker_type": "document"},
                     note="R17: 'a report in the Washington Post' is a document, issuer Washington Post"),
    (24, O, 1): dict(expect="why this information", take=["span"],
                     note="R18: the concessive tail 'even though the information had accumulated since 2004' is the writer's and stays out (R6), as the agreed Misick 'even though ...' cut"),
    (29, O, 0): dict(expect="for ice cream",
                     note="S1: speaker without the party label '(UDC)'; cue = the nominal head 'request' (dev 'made the following announcement' -> 'announcement')"),
    (32, M, 1): dict(expect="around 1000",
                     note="R8: frame follows the cue; 'claim' is a neutral speech cue (the addendum's evidence estimate has 'estimated' / 'put ... at')"),
    (35, M, 6): dict(expect="Ninety per cent", take=SPK, set={"speaker_title": "", "speaker_org": ""},
                     note="Q7: 'the OAS struck back ... saying \"A,\" and \"B,\" according to OAS spokeperson Louise Brunet': innermost speaker (the OAS) is main, Brunet's 'according to' layer is the agreed optional outer item; frame speech: 'struck back' is a reply, not a listed stance verb"),
    (35, M, 7): dict(expect="Our problem is", take=["cue"] + SPK, set={"speaker_title": "", "speaker_org": ""},
                     note="Q7: second quotation of the same 'saying' clause; speaker the OAS (innermost), cue 'saying'; frame speech ('struck back' = replied)"),
    (36, O, 0): dict(expect="Pano's as the Best",
                     note="R8: frame follows the cue; 'listed OBJ as' is a neutral naming cue, speech like 'call OBJ X'"),
    (37, O, 1): dict(expect="opposition widely", take=["span"],
                     note="R6: 'widely' is an adverbial of the act (called for ... widely) and stays out"),
    (39, M, 1): dict(expect="Experience that Estonians", set={"speaker_title": "Estonian PM"},
                     note="field convention: title as written at the mention nearest the quote ('the Estonian PM commented')"),
}

# ---------------------------------------------------------------- unaligned items
# (article, list, X, index): (expect, action, note);  action "keep" | "drop"
SINGLE = {
    (4, M, "A", 5): ("49,000 jobs were lost in May, adding", "drop", None),   # R18: B5's span kept
    (4, M, "B", 5): ("49,000 jobs were lost in May", "keep",
                     "R18: the participial tail ', adding to four straight month of job losses' is the writer's comment and stays out (R6)"),
    (4, O, "A", 0): ("a \"short-term spike", "drop", None),  # R4 (third case): same source as the main report layer
    (5, O, "A", 0): ("to air the tape", "keep",
                     "optional union: refusal of an act ('refused to air the tape'); the station's name is missing from the text"),
    (9, O, "A", 0): ("the problem associated", "keep", "optional union: report nested inside a direct quote (dev art 24, e30)"),
    (13, O, "A", 0): ("to resign", "keep", "optional union: nominal refusal inside the writer's adverbial"),
    (16, M, "A", 5): ("police are searching for Lirim Jakupi (also known as \"Nazi\"), a convicted", "drop", None),  # R18
    (16, M, "B", 5): ("police are searching for Lirim Jakupi", "keep",
                      "R18: the background appositive 'a convicted criminal who escaped ... and is believed to be hiding in the area' stays out (R6); the nickname in marks is not a quotation (Q14)"),
    (20, O, "B", 1): ("illegitimate because", "keep", "optional union: object + as-predicate small clause ('which he sees as ...', Q8)"),
    (20, O, "B", 3): ("The council", "keep", "Q6: verbless fragment before a parenthetical cue is optional"),
    (21, M, "A", 2): ("to \"continue in the battle", "drop", None),  # joined into the one coordinated span (pair 21/M/3)
    (23, O, "B", 2): ("this authority", "keep", "optional union: NP complement (Q8)"),
    (26, O, "B", 1): ("the Labour and Conservative", "keep", "optional union: NP complement (Q8)"),
    (28, O, "B", 1): ("the Migati nomination", "keep", "optional union: NP complement (Q8); 'who' resolved"),
    (32, M, "B", 2): ("Svobodu!", "drop", None),   # R20: chants are optional; A's optional items kept
    (32, M, "B", 3): ("Misha go home", "drop", None),
    (32, M, "B", 4): ("One, two, three", "drop", None),
    (32, M, "B", 5): ("Doloi vlast", "drop", None),
    (32, O, "A", 0): ("Svobodu!", "keep", "R20: crowd chants are optional anonymous direct items (Q15; d32 chanted slogans and banners)"),
    (32, O, "A", 1): ("Misha go home", "keep", "R20: crowd chants are optional anonymous direct items (Q15; d32)"),
    (32, O, "A", 2): ("One, two, three", "keep", "R20: crowd chants are optional anonymous direct items (Q15; d32)"),
    (32, O, "A", 3): ("Doloi vlast", "keep", "R20: crowd chants are optional anonymous direct items (Q15; d32)"),
    (34, O, "A", 2): ("to submit proposals", "keep", "optional union: agentless passive directive (Q10)"),
    (34, O, "B", 1): ("the plans", "keep", "optional union: NP complement (Q8)"),
    (35, O, "B", 3): ("the problems", "keep", "optional union: NP complement (Q8)"),
    (37, M, "A", 3): ("faculties of Humanities", "keep",
                      "Q11/dev art 29: 'In his new plan, ...' introduces the content of a plan (document, issuer Ishihara), like 'In the analysis of ...' and 'according to earlier event plans'"),
    (37, O, "A", 0): ("As for humanities", "keep", "optional union: cue-less continuation of the plan's content (as e30 El Tiempo)"),
    (37, O, "B", 1): ("his opposition toward", "keep", "optional union: NP complement (Q8)"),
}

ART = re.compile(r"^(a|an|the)\s+", re.I)


def pick_title(a, b, stype):
    """R14 + field conventions: no leading article; fuller version wins; a lone title is kept; documents get ''."""
    a, b = ART.sub("", a or ""), ART.sub("", b or "")
    if stype == "document": return "", []
    if a == b: return a, []
    if not a or not b: return a or b, ["field convention: title kept from the annotator who gave one"]
    if a in b: return b, ["field convention: fuller title"]
    if b in a: return a, ["field convention: fuller title"]
    raise SystemExit(f"undecided title: {a!r} vs {b!r}")


def pick_org(a, b):
    if a == b: return a, []
    if not a or not b: return a or b, ["field convention: org kept from the annotator who gave one"]
    if a in b: return b, ["field convention: fullest org name"]
    if b in a: return a, ["field convention: fullest org name"]
    raise SystemExit(f"undecided org: {a!r} vs {b!r}")


def clean(q):
    return {f: q.get(f, "") for f in FIELDS}


gold, used_pair, used_single = [], set(), set()
for n, (t, ra, rb) in enumerate(zip(T, A, B)):
    text = t["text"]
    assert ra["id"] == rb["id"] == t["id"]
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
            q.update(d.get("set", {}))
            fixed = set(d.get("take", [])) | set(d.get("set", {}))
            reasons = []
            if "speaker_title" not in fixed:
                title, r1 = pick_title(a.get("speaker_title", ""), b.get("speaker_title", ""), q["speaker_type"])
                if any(ART.match(x.get("speaker_title", "")) for x in (a, b)) and q["speaker_type"] != "document":
                    reasons.append("R14: title without a leading article")
                q["speaker_title"] = title; reasons += r1
            if "speaker_org" not in fixed:
                org, r2 = pick_org(a.get("speaker_org", ""), b.get("speaker_org", ""))
                q["speaker_org"] = org; reasons += r2
            # any remaining unexplained difference must have been decided above
            for f in FIELDS[3:]:
                if a.get(f, "") != b.get(f, "") and f not in ("speaker_title", "speaker_org") and not d:
                    raise SystemExit(f"undecided field {f} in {n} {lst} A{i}: {a.get(f)!r} vs {b.get(f)!r}")
            if (a["start"], a["end"]) != (b["start"], b["end"]) and not d:
                raise SystemExit(f"undecided span in {n} {lst} A{i}")
            notes = ([d["note"]] if d.get("note") else []) + reasons
            if notes:
                q["note"] = "; ".join(notes) + (f" [A: {a['note']}]" if a.get("note") else "")
            elif a.get("note"):
                q["note"] = a["note"]
            lists[lst].append(q)
        for X, xs, used in (("A", am, ga), ("B", bm, gb)):
            for k, q0 in enumerate(xs):
                if k in used: continue
                key = (n, lst, X, k)
                assert key in SINGLE, (key, q0["text"][:60])
                expect, action, note = SINGLE[key]
                assert q0["text"].startswith(expect), (key, q0["text"][:40]); used_single.add(key)
                if action == "drop": continue
                q = clean(q0); q["speaker_title"] = ART.sub("", q["speaker_title"])
                if q["speaker_type"] == "document": q["speaker_title"] = ""
                q["note"] = note
                lists[lst].append(q)
    for lst in lists: lists[lst].sort(key=lambda q: (q["start"], q["end"]))
    rec.update(quotes=lists[M], quotes_optional=lists[O], figures=[], figures_optional=[])
    gold.append(rec)

assert used_pair == set(PAIR), set(PAIR) - used_pair
assert used_single == set(SINGLE), set(SINGLE) - used_single
with open(OUT, "w", encoding="utf-8") as fh:
    for r in gold: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print("written", OUT, len(gold))
