"""Build /work/annot19/adj/fresh-v40-gold.jsonl from annotators A and B (rules R1-R84, rules-r1-r84.md; README.md).

Every difference listed by diff.py (99) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same mechanics as the fresh-u40 adjudicate.py
(pick_title/pick_org for the title/org field conventions, R14's possessor exception, actions "keep" / "drop" /
"to_opt" / "to_main" for unaligned items). New rule on this set: R84 (rules-r1-r84.md). The script also checks
that every item identical in A and B (all fields) is in the gold unchanged, and prints how many differences went to
A, to B, or to neither (a mix of both, or a value set by a rule).
Run: cd /work/annot19 && /work/main/.venv/bin/python adj/adjudicate.py   (the venv is needed for the alignment import only)
"""
import collections, hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot19/fresh-v40-texts.jsonl"); A = L("/work/annot19/adj/annotator-a.jsonl"); B = L("/work/annot19/adj/annotator-b.jsonl")
OUT = "/work/annot19/adj/fresh-v40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"

R84 = ("R84: a quantifier source with no descriptive noun and no set delimited by the context ('some', 'many', 'some "
       "people', 'many people') names no source: its attribution is a hedge, optional and anonymous (Q10/R13/R34, u40 "
       "'Many fear', 'some fear'); a quantifier over a described or delimited set ('some analysts', 'some of the no "
       "voters', 'Others' after 'Friends and colleagues') is an anonymous source noun, main by the addendum")
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

POSS = "p40 canonical convention: no possessive determiner ('Army Radio' for \"Israel's Army Radio\")"
HON = "S1/q40: honorifics dropped from the speaker ('Rudd', not 'Mr Rudd')"
NEAR = ("field convention (k40/m40/p40/q40): the title as written at the nearest role-bearing mention; the introduction's "
        "role only when no nearer mention carries one")
FULLCAN = "S2: the canonical is the fullest name written in the article, headline included; no name is inferred"
R25D = ("R25/R46 and dev Q4 passives: a quotation that is the whole predicate apart from a determiner is direct inside "
        "the marks (u40 Eido, e30 'outlined a \"grim picture\"')")
LOST = ("addendum ('A spokesperson for BusCo'), o40: when the name was lost in scraping, the role phrase is the mention and "
        "so the speaker")
R76 = ("R76: 'several/some wikis, most notably/such as the Transformers Wiki' is an open set with a named example, "
       "anonymous, canonical ''; the mention is kept whole (k40/o40 'Consumer groups such as …')")
KEEP_OPT = "optional items are the union of both annotators' optional items (d32-u40 convention)"

# ---------------------------------------------------------------- decisions on aligned pairs
PAIR = {
    # --- art 0 wikinews-67985
    (0, M, 0): dict(expect="Despite being unarmed", note=POSS + " (A)"),
    (0, M, 1): dict(expect="The responsibility for these", note=POSS + " (A)"),
    (0, O, 0): dict(expect="the officer's action", note=POSS + " (A)"),
    (0, O, 1): dict(expect="the U.S. for the hijacking", note=POSS + " (A)"),
    # --- art 1 wikinews-41653
    (1, M, 2): dict(expect="when the cost of environmental", note=HON + ": \"Gittus' report\" (A)"),
    # --- art 2 wikinews-117130
    (2, M, 0): dict(expect="Over a century ago", note=HON + " (A)"),
    (2, M, 1): dict(expect="the WorkChoices platform said",
                    note="R4 third point: 'the WorkChoices platform said \"…\"' is Gillard's rhetorical personification, "
                         "no second source; only her outer layer, one main mixed item (A)"),
    (2, M, 2): dict(expect="by voting for Labor", note=HON + " (A)"),
    (2, M, 3): dict(expect="the new Industrial Relations", note=HON + " (A)"),
    (2, M, 5): dict(expect="the Government expects", note=HON + " (A)"),
    (2, O, 1): dict(expect="evidence it has come up", take=["span"],
                    note="R32/Q4: the content is the material after the cue 'hailed'; the as-predicate keeps 'as' "
                         "(dev `the call with Zelensky as \"…\"`), the object being the relative's gap (B)"),
    # --- art 7 wikinews-197158
    (7, M, 2): dict(expect="the show was \"negative", set={"speaker_title": "governor"},
                    note=NEAR + ": 'asked the governor' (A); org kept from the annotator who gave one (A)"),
    (7, M, 3): dict(expect="I can tell people", set={"speaker_title": "governor"}, note=NEAR + " (A)"),
    (7, M, 5): dict(expect="he \"wasn't going", set={"speaker_title": "governor"},
                    note=NEAR + ": 'the governor also faced questions' (A)"),
    (7, M, 6): dict(expect="we can't have one sector", set={"speaker_title": "governor"}, note=NEAR + " (A)"),
    (7, O, 0): dict(expect="the example of construction", set={"speaker_title": "governor"}, note=NEAR + " (A)"),
    # --- art 8 wikinews-11735
    (8, M, 0): dict(expect="the rights of asylum", note=FULLCAN + ": 'High Commissioner for Refugees' over 'UNHCR' (A)"),
    (8, M, 1): dict(expect="If they are summarily", note=FULLCAN + " (A)"),
    (8, M, 6): dict(expect="There are 8,000 Rwandan", note=FULLCAN + " (A)"),
    (8, O, 0): dict(expect="the governments of Rwanda", note=FULLCAN + " (A)"),
    (8, O, 1): dict(expect="some asylum seekers", note=FULLCAN + " (A)"),
    # --- art 10 wikinews-2837166
    (10, M, 4): dict(expect="sales boosted after", take=["span"],
                     note=R6 + ": 'where the show panel declined funding the startup' describes the episode (R67: a "
                          "noun's background, not the source's reason) (B)"),
    # --- art 11 wikinews-109490
    (11, M, 0): dict(expect="putting a hold on", note="S2: 'The Iranians' are the government the paragraph names, "
                     "'the Iranian government' (q40 'US government' for 'Washington') (A)"),
    # --- art 12 wikinews-80123
    (12, M, 0): dict(expect="he thought the top tax", note=HON + " (A)"),
    (12, M, 1): dict(expect="Well, as of July 1", note=HON + " (A)"),
    (12, M, 3): dict(expect="He was exposed as a fraud", set={"speaker_title": "Treasurer"},
                     note=NEAR + ": 'Treasurer Costello claimed:' (A)"),
    (12, M, 4): dict(expect="Now he has been exposed", set={"speaker_title": "Treasurer"}, note=NEAR + " (A)"),
    (12, M, 5): dict(expect="the opposition release", set={"speaker_title": "Treasurer"}, note=HON + "; " + NEAR + " (A)"),
    (12, M, 6): dict(expect="Since the Labor Party", set={"speaker_title": "Treasurer"}, note=NEAR + " (A)"),
    # --- art 13 wikinews-3264
    (13, M, 4): dict(expect="Chinese territorial rights",
                     note="addendum ('welcomed …, saying …'), R60: a saying-clause attached to the rejection of a claim "
                          "('does not recognize Japan's claims, arguing that …') takes the stance frame (A)"),
    # --- art 14 wikinews-323134
    (14, M, 9): dict(expect="washing your hands", take=["speaker_canonical"],
                     note="S1/o40: 'which' resolves to its antecedent as written, the whole mention (A); S2/R10: a document "
                          "takes its issuer when it is named, 'World Health Organisation' (dev 'the WHO's situation report' "
                          "-> WHO) (B)"),
    # --- art 16 wikinews-7365
    (16, O, 3): dict(expect="begs to have the prison",
                     note="R19a/t40 ('reportedly said …' layer): the hedge layer starts right after 'reportedly', cue "
                          "'reportedly'; the woman's plea itself is main (A)"),
    # --- art 17 wikinews-110663
    (17, M, 1): dict(expect="to switch to Firefox", take=["speaker_canonical", "speaker_type"], note=R76 + " (neither)",
                     side="N"),
    (17, O, 0): dict(expect="the change to their main", take=["speaker_canonical", "speaker_type"], note=R76 + " (neither)",
                     side="N"),
    # --- art 20 wikinews-25067
    (20, O, 1): dict(expect="the first seat of every",
                     note="k40/o40: descriptive mentions kept whole, appositives included (A); org kept from the "
                          "annotator who gave one (B)"),
    # --- art 22 wikinews-119151
    (22, O, 0): dict(expect="an immediate ceasefire", take=["speaker_canonical"],
                     note="S2: a document takes its issuer when named ('the United Nations passed a resolution'), in its "
                          "fullest form, headline included (B)"),
    (22, O, 1): dict(expect="Hamas was committed", take=["cue"],
                     note="cue: the lexical cue without its determiner (R15 keeps prepositions, not articles) (B)"),
    (22, O, 3): dict(expect="safety risks",
                     note="p40/q40/t40: the writer's descriptor before a name is left out of the speaker (A)"),
    # --- art 24 wikinews-28440
    (24, M, 3): dict(expect="Morales is expected to receive", take=["frame"],
                     note="R37a and n40/s40/u40: media figures 'based on exit polling' for a future vote share are an "
                          "estimate of a quantity, evidence (B)"),
    # --- art 26 wikinews-101826
    (26, M, 0): dict(expect='a "responsible Budget', take=["span", "kind"], note=R25D + " (B)"),
    # --- art 28 wikinews-103360
    (28, M, 5): dict(expect="the Post's article", take=["speaker", "speaker_type", "speaker_title", "speaker_org"],
                     note="R10: 'wrote a column admitting …' is 'released a statement calling …': speaker 'a column', "
                          "document, canonical the issuer Deborah Howell, no title (B)"),
    # --- art 33 wikinews-54087
    (33, M, 0): dict(expect="the impeached man", take=["frame"],
                     note="q40/R50: a saying-clause after an act on the source's own course ('refused the position') is "
                          "speech; the stance frame is for a clause attached to a position taken on a claim or party (B)"),
    (33, M, 1): dict(expect='the "peculiarity', take=["span", "kind"], note=R25D + " (B)"),
    # --- art 34 wikinews-41010
    (34, M, 5): dict(expect='the DMO "negotiated', take=["speaker_title"], note=NEAR + ": 'Senator Bishop also said' (B)"),
    (34, M, 6): dict(expect="the DMO could not justify", take=["speaker_title"], note=NEAR + " (B)"),
    (34, M, 7): dict(expect="The DMO could not provide", take=["speaker_title"], note=NEAR + " (B)"),
    # --- art 37 wikinews-120619
    (37, M, 0): dict(expect="Hamas return food", take=["speaker"],
                     note="p40/q40/t40: the writer's descriptor 'The United Nations relief agency' before the name is left "
                          "out; the parenthetical abbreviation stays (B)"),
    (37, M, 8): dict(expect="The United Nations cannot accept", take=["speaker", "speaker_org"],
                     note=LOST + " (B); org in its fullest form 'United Nations' (B)"),
    # --- art 38 wikinews-87838
    (38, M, 0): dict(expect="at the funeral of his father", take=["frame"],
                     note="R36/addendum: 'expressed surprise at his passing, commenting that …' is a saying-clause "
                          "attached to an emotional reaction, stance (B)"),
    (38, M, 2): dict(expect='him "one of life', take=["speaker"], note=LOST + " (B)"),
    # --- art 39 wikinews-58875
    (39, M, 2): dict(expect="the LTTE were using", note=FULLCAN + ": the text writes only 'the government' (A)"),
    (39, M, 3): dict(expect="it would make all efforts", note=FULLCAN + " (A)"),
}

# ---------------------------------------------------------------- decisions on unaligned items
# (art, list, side, index): (expected text prefix, action, note[, set-fields[, side]])
SINGLE = {
    (2, O, "B", 0): ("the WorkChoices platform said", "drop", NOCOPY + ": Gillard's clause is main (R4 third point) (A)"),
    (3, O, "A", 0): ("unsanctioned rally", "keep", "Q15 cue-less quotation in marks (t40 'King George'); " + KEEP_OPT),
    (4, O, "A", 0): ("the U.S. economy may not", "keep", "R34 agentless noun hedge ('signs that'); " + KEEP_OPT),
    (4, O, "A", 1): ("the worst of the recession", "keep", "R34 agentless noun hedge ('conclusion'); " + KEEP_OPT),
    (10, O, "B", 0): ("about the acquisition", "keep", "Q8 topic complement of 'told'; " + KEEP_OPT),
    (11, O, "A", 0): ("to withraw from their plans", "keep", "Q10 agentless directive ('under international pressure "
                      "to'); " + KEEP_OPT),
    (12, O, "A", 2): ("the opposition leader's uncertainty", "keep", "Q8 NP of 'seized on'; " + KEEP_OPT),
    (12, O, "A", 3): ("an election to be called", "keep", "R22/R55 source inside a direct quotation; " + KEEP_OPT),
    (13, O, "A", 3): ("sovereignty over the islands", "keep", "Q8 noun cue + NP; R80 profile; " + KEEP_OPT),
    (13, O, "A", 4): ("some of the region's valuable", "keep", "Q8 NP of 'claim'; " + KEEP_OPT),
    (13, O, "A", 5): ('an "Economic Exclusion Zone"', "keep", "R32 relative 'that Japan has declared as'; Q14 name; "
                      + KEEP_OPT),
    (13, O, "B", 0): ("to deploy 55,000 troops", "keep", "R24/R65 plan for the source's own action; " + KEEP_OPT),
    (15, M, "A", 3): ("they don't agree with the current", "keep",
                      "R43 (a cue in the writer's purpose infinitive gives what its complement would give in a main "
                      "clause) and R84 ('Some of the no voters' is a described set, a source noun): main, stance (A)"),
    (15, O, "B", 1): ("they don't agree with the current", "drop", NOCOPY + " (A)"),
    (15, O, "A", 0): ("Bent U voor of tegen", "keep", "the referendum question, text of the ballot (Q13 original); "
                      + KEEP_OPT),
    (15, O, "A", 1): ("Are you for or against", "keep", "the referendum question; " + KEEP_OPT),
    (16, M, "A", 2): ("to have the prison attacked", "keep",
                      "R19a/t40: a hedged act of an identified speaker ('she reportedly begs to …') is main, the "
                      "'reportedly' layer optional (A)"),
    (17, O, "A", 1): ("to convert their main page", "keep", "q40 refusal of an action (optional, stance); " + KEEP_OPT
                      + "; " + R76, {"speaker_canonical": "", "speaker_type": "anonymous"}, "N"),
    (19, O, "A", 0): ("to create an independent state", "keep", "R3 volition (directive); " + KEEP_OPT),
    (22, O, "B", 3): ("why the United States abstained", "keep", "Q8 NP of 'given an explanation for'; " + KEEP_OPT),
    (26, O, "A", 1): ("the alcohol tax is to increase", "keep", "the announcement's content after a colon; " + KEEP_OPT),
    (27, O, "A", 1): ("a terrorist regime,", "drop",
                      "R35: the inner 'what he called' has the outer speaker as subject inside his own main directive; "
                      "no inner layer, not even an optional one (B)"),
    (30, O, "B", 2): ("why he was dismissed", "keep", "R70 interviewer's question; " + KEEP_OPT),
    (32, M, "B", 1): ("Masdar will become a domain", "drop", R84 + " (A)"),
    (32, O, "A", 1): ("Masdar will become a domain", "keep", R84 + " (A)"),
    (37, O, "B", 1): ("they were only being distributed", "keep", "R40 nested item inside the outlet's report; "
                      + KEEP_OPT),
    (39, O, "B", 1): ("to comment on the fighting", "keep", "s40/t40 'had no immediate comment' kept optional; "
                      + KEEP_OPT),
    (39, O, "B", 4): ("Its methods including", "keep", "Q10 agentless passive stance; " + KEEP_OPT),
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
