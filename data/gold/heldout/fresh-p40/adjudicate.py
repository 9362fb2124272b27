"""Build /work/annot13/fresh-p40-gold.jsonl from annotators A and B (rules R1-R63; README-fresh-p40.md).

Every difference listed by diff.py (93) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same mechanics as the fresh-o40 adjudicate.py
(pick_title/pick_org for the title/org field conventions, R14's possessor exception, actions "keep" / "drop" /
"to_opt" / "to_main" for unaligned items). New rules on this set: R60-R63 (rules-r1-r63.md).
The script also checks that every item identical in A and B (all fields) is in the gold unchanged, and prints how
many differences went to A, to B, or to neither (a mix of both, or a value set by a rule).
Run: /work/main/.venv/bin/python adj/adjudicate.py   (the venv is needed for the alignment import only)
"""
import collections, hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot13/fresh-p40-texts.jsonl"); A = L("/work/annot13/A/fresh-p40.jsonl"); B = L("/work/annot13/B/fresh-p40.jsonl")
OUT = "/work/annot13/fresh-p40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"

R60 = ("R60: verbs of naming, describing and classifying (call, describe, label, term, characterise, categorise, "
       "qualify as, brand, promote as) are speech, even with an evaluative predicate (gold d32-o40: 'called' 30, "
       "'described' 15, 'labelled' 5, 'termed' 5, 'characterized' 2, all speech); a naming participle attached to a "
       "stance verb takes stance (addendum, R50b)")
R61 = ("R61: a news outlet is media when it speaks as a news outlet, including about its own reporting (retracts, "
       "defends, corrects, says its investigation of a story continues); it is organization when it acts as a company "
       "or campaigner outside its reporting (n40 ABC's captioning announcement)")
R62 = ("R62: a document verb that reports what the text lays down, with a that-clause ('provides that', 'stipulates "
       "that', 'specifies that', 'states that', 'says') is a communication verb: main, document, speech (dev "
       "Constitution 'specifies that', dev statute 'which says', f40 'the pact stated'); R29's verbs of legal effect "
       "take the regulated party or act as object (prohibit X, require X to, allow X, oblige X to, mandate X)")
R63 = ("R63: an agent phrase that interrupts a passive attribution ('The strike has been condemned by the Ministry of "
       "Justice, as a breach of …') is treated as a parenthetical cue (Q6): the part after it is the main item, the "
       "subject through the passive verb group is optional with the same fields; the addendum's content is 'the "
       "clause without the agent phrase', and a contiguous span cannot hold both parts without the agent (agreed Q6 "
       "splits in this set: 'Rules for staff, the company argued, …', 'The rail strike has, according to opinion "
       "polls, …')")
S1 = "S1/l40: the speaker is the nearest mention without honorifics or role titles"
Q8 = "Q8/addendum: a noun-phrase complement of a cue is optional, with its frame"
R22 = ("R22/R55: a source named only inside another speaker's direct quotation stays optional, kind indirect, span "
       "without the final punctuation")
KEEP_OPT = "optional items are the union of both annotators' optional items (d32-o40 convention)"

# ---------------------------------------------------------------- decisions on aligned pairs
PAIR = {
    # --- art 0 wikinews-17296
    (0, M, 2): dict(expect="he would stand in the election", note=S1 + " ('Mubarak', not 'Mr Mubarak')"),
    # --- art 3 wikinews-74457
    (3, O, 0): dict(expect="the fact that there was",
                    note=Q8 + ": the complement of 'heard about' is the noun phrase 'the fact that …', kept whole; "
                         "the 'that' belongs to the noun, not to the cue (Q2 cuts a complementizer after a cue)"),
    (3, O, 3): dict(expect="the whole experience as fun", take=["speaker"],
                    note="speaker: S1 (the nearest mention 'She', personal pronouns kept); frame: " + R60),
    # --- art 5 wikinews-44803
    (5, M, 3): dict(expect="The point Senator Biden was making", set={"speaker_title": "spokeswoman"},
                    note="R39/l40: a title anchored to a person ('a Biden spokeswoman', as 'An advisor to John "
                         "McCain' -> 'advisor') gives the bare role"),
    (5, M, 4): dict(expect="These families have greatly", set={"speaker_title": "spokeswoman"},
                    note="R39/l40: a title anchored to a person gives the bare role ('spokeswoman')"),
    # --- art 6 wikinews-22574
    (6, O, 0): dict(expect="plans to cut 7,000 to 9,000 jobs",
                    note="R18 and m40 ('almost double the amount currently known' out): the writer's verbless "
                         "proportion tail ', approximately 17% of its employees' stays out"),
    # --- art 9 wikinews-79966
    (9, M, 3): dict(expect='"we are trying to put in place', note=S1 + " ('Kouchner', not 'Mr. Kouchner')"),
    (9, M, 5): dict(expect="We have decided, while negotiations",
                    note="f40-o40 gold ('quoted as saying') and R15/m40 (non-contiguous phrasal cue): the inner item "
                         "of a passive 'X is quoted in Y saying' has the whole cue 'quoted saying'"),
    (9, M, 6): dict(expect="We have asked a certain number", take=["cue"],
                    note="m40 precedent ('Reuters news agency quotes doctors … saying …': inner cue 'saying'; n40 "
                         "'quoting … saying'): in the active 'Y quotes X saying' the outer verb is the outlet's cue, the "
                         "inner item's cue is 'saying'"),
    # --- art 12 wikinews-10060
    (12, M, 1): dict(expect="the Newsweek apology is a transparent",
                     note="S2: the canonical is a name, written without the scraping gap ('Islamic parties in "
                          "Pakistan'; g40 org 'Israel Railway Authority' for 'The Israel i Railway Authority'); the "
                          "speaker keeps the text as written (k40)"),
    (12, M, 4): dict(expect="Whatever (Newsweek) magazine", note=S1 + " ('Ahmad', not 'Mr.Ahmad')"),
    (12, M, 10): dict(expect="its investigation is continuing", note=R61),
    (12, M, 14): dict(expect="it had made a mistake", note=R61),
    (12, M, 19): dict(expect="As to whether anything", note=S1 + " ('Whitaker', not 'Mr Whitaker')"),
    (12, O, 4): dict(expect="the story", note=R61 + "; " + Q8),
    (12, O, 5): dict(expect="its reporting", note=R61 + "; " + Q8),
    (12, O, 8): dict(expect="Guantanamo personnel flushed",
                     note="frame: R8 (confirm is an evaluative verb: stance); title: field convention, fuller title "
                          "('U.S. military investigators')"),
    # --- art 16 wikinews-45184
    (16, M, 1): dict(expect="other airports might also be targeted",
                     note="S2/e30/m40 outlet convention (no leading determiner: 'Guardian', 'Financial Post'): the "
                          "station's name is 'Army Radio'; the possessive 'Israel's' is a determiner, not part of it"),
    # --- art 17 wikinews-36027
    (17, O, 1): dict(expect="providing covering fire",
                     note="Q15 and o40 FDIC precedent (dev 'suspicion of trespassing'): a cue-less partial quotation "
                          "spans the marked words only, direct; two pairs of marks give two items (B's mixed span dropped)"),
    # --- art 18 wikinews-25193
    (18, O, 2): dict(expect="these statements as political", note=R60 + "; " + Q8 + " (object + as-predicate)"),
    (18, O, 5): dict(expect="to withdraw its troops", take=["speaker_canonical"],
                     note="m40/l40 convention: an unnamed body of a named organisation keeps its description as "
                          "canonical ('Iraqi government commission', 'WTO panel'): '1999 OSCE summit in Istanbul'; R29"),
    # --- art 20 wikinews-51631
    (20, O, 0): dict(expect="the first branch of the ALP", take=["speaker_type"],
                     note="R17 (the head noun decides) and dev Q11 ('according to traffic camera footage', 'videos "
                          "posted on social media': optional, document): a non-speaker source noun is a document"),
    (20, O, 1): dict(expect="this may be the death", set={"speaker": "those"},
                     note="S1/R32 (a relative 'who' resolves to its antecedent as written, o40 'the 252 "
                          "demonstrators'): the cue 'fear' sits in the relative clause, so the speaker is the "
                          "antecedent 'those', without the cue and content"),
    (20, O, 2): dict(expect="a farewell ceremony",
                     note=S1 + " ('Chandler'); frame: m40 convention (proposing an action to be taken is directive, "
                          "'suggested that …'); " + Q8),
    # --- art 26 wikinews-28067
    (26, O, 1): dict(expect="the firing of the justices",
                     note="R8: 'attribute X to Y' states a cause and is a neutral communication verb: speech (blame, "
                          "the evaluative verb, would be stance); " + Q8),
    # --- art 27 wikinews-31481
    (27, O, 2): dict(expect="additional resources", note=S1 + " ('Ehrlich', not 'Governor Ehrlich')"),
    # --- art 28 wikinews-69875
    (28, O, 0): dict(expect="house to have a range", take=["speaker_canonical"],
                     note="R52: a document with a proper name takes it as canonical ('Five Star Plus', the "
                          "regulations of which 'The first stage' is part); R29"),
    (28, O, 3): dict(expect="Concerns from staff within government", take=["span", "cue"],
                     note="R30 is for passives whose content is the subject; here the subject is the attitude noun "
                          "with its source, and the content is the noun phrase after 'about' (Q8, optional); cue: the "
                          "noun, as R34 ('concern has grown that …'); title: fuller; org kept from the annotator who "
                          "gave one"),
    (28, O, 4): dict(expect="a senior government official suggested", take=["speaker"],
                     note="g40/l40 convention ('ABC News', not 'The U.S. network ABC News'): the descriptor before an "
                          "outlet's name is not part of the speaker; Q7 outer layer"),
    # --- art 29 wikinews-100881
    (29, O, 0): dict(expect="the kidnapping", note=S1 + " ('Benedict XVI', title 'Pope', as o40)"),
    # --- art 21 wikinews-36248
    (21, M, 2): dict(expect='the projects are "the first', take=["speaker_title", "speaker_org"],
                     note="m40 convention: the nearest mention that carries a role wins over the introduction "
                          "('Putin, president of the G8 this year'); org the body of that role"),
    (21, M, 3): dict(expect="the will soon pass laws", take=["speaker_title", "speaker_org"],
                     note="m40 convention: nearest role-bearing mention ('president of the G8'); org 'Group of Eight'"),
    # --- art 24 wikinews-1073
    (24, M, 3): dict(expect='being "for just one thing', take=["span", "kind", "speaker_type"],
                     note="span/kind: dev art 34 ('announced to be a \"pandemic\"': direct, the copula and the "
                          "determiner stay out) and Q4/R46: the quotation is the whole predicate apart from the copula "
                          "'being', so direct inside the marks; R32 (cue in a relative clause); type: " + R61 +
                          " (Adbusters promoting its own sneaker)"),
    # --- art 31 wikinews-33329
    (31, M, 1): dict(expect="I agree, if we only had", take=["cue"],
                     note="m40 convention: verb chains as written ('finished by saying'): 'replies by saying'"),
    # --- art 32 wikinews-27627
    (32, M, 4): dict(expect="they wanted to conduct a citizens",
                     take=["speaker_canonical", "speaker_type", "speaker_title", "speaker_org"],
                     note="R27: unnamed members of a named organisation ('They' = the six protesters of the previous "
                          "sentence) are anonymous, with the organisation as org"),
    (32, O, 0): dict(expect="their efforts to conceal", take=["cue"],
                     note="R15: a phrasal cue keeps its governing preposition ('spoke of'; the adverb between is left "
                          "out, as m40 'quoted … as saying')"),
    # --- art 33 wikinews-128404
    (33, M, 0): dict(expect="to cut 103 members of staff",
                     note="k40 convention (a signature's place is left out: 'Ash', not 'Ash, NJ'): the place "
                          "appositive ', Northern Ireland' is not part of the mention"),
    # --- art 36 wikinews-6810
    (36, M, 1): dict(expect="The site is not going to disappear", take=["speaker_title"],
                     note="d32 convention (the role chosen at the introduction may be the predicate: 'leader of the "
                          "Party for Freedom'): 'new owner and maintainer of the site' is the role the introduction "
                          "gives and the one that ties him to the org 'SciScoop' both annotators gave; R14"),
}

# ---------------------------------------------------------------- unaligned items
SINGLE = {
    # --- art 1 wikinews-54025
    (1, O, "A", 0): ("crimes against humanity", "drop",
                     "f40-o40 convention for R30 whole-clause passives ('X is accused of …' -> whole clause, cue the "
                     "participle): B's item kept"),
    (1, O, "B", 0): ("Hussein was charged with", "keep",
                     "f40-o40 whole-clause passive (R13/R30 logic, the subject belongs to the charge; cue 'charged'); "
                     "R16: 'after a failed assassination attempt …' can only belong to the content (it dates the "
                     "killings, not the charge); k40 'charged with' stance (R8)"),
    # --- art 3 wikinews-74457
    (3, O, "A", 1): ("his invitation to visit", "keep",
                     Q8 + "; refusals kept optional (f40/k40/m40); " + KEEP_OPT),
    # --- art 5 wikinews-44803
    (5, O, "B", 1): ("there has been a vibrant", "keep", R22 + "; speaker: " + S1 + " ('Biden')",
                     {"speaker": "Biden"}, "N"),
    # --- art 9 wikinews-79966
    (9, O, "A", 5): ("not to do business with Iran", "keep",
                     "dev Q8 (verbless content is optional) and Q10: a directive with no named source; " + KEEP_OPT),
    # --- art 12 wikinews-10060
    (12, O, "A", 0): ("desecration of the holy Koran", "keep", R22 + "; " + Q8),
    # --- art 17 wikinews-36027
    (17, O, "A", 0): ("a support program", "keep",
                      "Q15 and o40 FDIC precedent: each cue-less partial quotation is a direct item over its marked words"),
    # --- art 19 wikinews-64726
    (19, O, "A", 1): ("In a statement the Iraqi police", "keep",
                      "R4/Q7: read as written ('Bleichwehl said: … the Iraqi police informed AP that …'), the outer "
                      "layer is optional over the whole clause; the inner police item is main (agreed); " + KEEP_OPT),
    # --- art 21 wikinews-36248
    (21, O, "B", 0): ("emphasis on energy security", "keep",
                      Q8 + " (as dev 'underlined … mining rights'); " + KEEP_OPT),
    (21, O, "B", 1): ("the development of the Shtokman", "keep",
                      Q8 + ": 'spoke of' + a nominalised proposition, not a bare topic (Q16 'spoke on the economy')"),
    (21, O, "B", 3): ("the Russian government's growing", "keep",
                      Q8 + "; an attitude of unnamed holders ('Some'), belief (R36); " + KEEP_OPT),
    # --- art 24 wikinews-1073
    (24, O, "A", 0): ("this to be a good move", "drop",
                      "R49 test: 'as the company looks to expand …' is a reason the experts could state in their own "
                      "words and not the writer's contrast, so it stays in (Q2 content adverbial); B's span kept"),
    (24, O, "B", 0): ("this to be a good move as", "keep", "Q9/m40 'consider X to be Y': optional, belief; R49 test"),
    (24, O, "B", 1): ("to retain his position", "keep", "R24: an intention for the subject's own action, optional, belief"),
    # --- art 25 wikinews-85619
    (25, O, "B", 0): ("civil servants in France may retire", "keep",
                      "R29/R33: 'Under X' with a legal instrument (regulations): optional, document, directive; R52 "
                      "canonical ''"),
    # --- art 26 wikinews-28067
    (26, O, "A", 0): ("the decision", "keep", Q8 + " ('responded critically to' + NP, stance)"),
    # --- art 27 wikinews-31481
    (27, O, "B", 3): ("marriage as only between", "keep",
                      "R29: a provision of a law (definition): optional, document, directive; R32 (cue in a relative)"),
    # --- art 35 wikinews-149979
    (35, O, "A", 1): ("to pay her more than", "keep",
                      "o40 precedent (Allred's order: optional, directive): a court's order is an executive act kept "
                      "as a don't-care item; addressee out (Q2/R1)"),
    (35, O, "B", 0): ("some", "keep", Q8 + " (a request with an NP object, directive); " + KEEP_OPT),
    # --- art 37 wikinews-42807
    (37, M, "A", 11): ("where the Immigration Minister certifies", "keep", R62),
    (37, O, "B", 0): ("where the Immigration Minister certifies", "drop", R62 + "; the item is main (A's)"),
    # --- art 38 wikinews-77998
    (38, M, "A", 0): ("as a breach of the Industrial", "keep", R63 + "; R41 (passive as-predicate of a stance verb "
                      "with a named agent: main)"),
    (38, M, "B", 0): ("The strike has been condemned by", "drop", R63 + "; the span would hold the agent phrase"),
    (38, O, "A", 0): ("the strike", "keep",
                      "R6: the background appositive 'the first in its history' stays out; " + Q8 + "; B's span dropped"),
    (38, O, "A", 1): ("The strike has been condemned", "keep", R63 + " (the optional fragment, R30 span)"),
    (38, O, "B", 0): ("the strike, the first in its history", "drop", "R6: the writer's appositive stays out; A's span kept"),
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
