"""Build /work/annot14/fresh-q40-gold.jsonl from annotators A and B (rules R1-R66; README-fresh-q40.md).

Every difference listed by diff.py (91) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same mechanics as the fresh-p40 adjudicate.py
(pick_title/pick_org for the title/org field conventions, R14's possessor exception, actions "keep" / "drop" /
"to_opt" / "to_main" for unaligned items), plus one addition: a pair entry may carry "also_keep_b" when the
alignment paired two distinct items (B's item is then kept as well). New rules on this set: R64-R66 (rules-r1-r66.md).
The script also checks that every item identical in A and B (all fields) is in the gold unchanged, and prints how
many differences went to A, to B, or to neither (a mix of both, or a value set by a rule).
Run: /work/main/.venv/bin/python adj/adjudicate.py   (the venv is needed for the alignment import only)
"""
import collections, hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot14/fresh-q40-texts.jsonl"); A = L("/work/annot14/A/fresh-q40.jsonl"); B = L("/work/annot14/B/fresh-q40.jsonl")
OUT = "/work/annot14/fresh-q40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"

R64 = ("R64: in a sentence of coordinated main clauses closed by a postposed attribution ('…, and C, according to X'; "
       "'…, but C, said X'), a conjunct that restates background the article has already given or that is framed by "
       "the writer's own narrative is the writer's material (Q2 'Despite the assurances', R6/R18, R19b): the main "
       "span is the conjunct that carries the source's words; a conjunct that continues the source's account stays "
       "in (g40 Vonage, R23)")
R65 = ("R65: an aim, objective or goal for the source's own action is optional (R3/R24) with frame directive, also "
       "when it is 'stated' (the head noun decides, R17/R37; m40 'aims' directive, R3 'wants to' directive); "
       "intentions and hopes stay belief (p40 'intends', R24)")
R66 = ("R66: an unnamed set of governments or countries ('Many western governments', 'more than 30 countries around "
       "the world') is anonymous with canonical '' (j40 'western governments' anonymous; S3 'United Kingdom "
       "officials'); S3's 'a country is organization' is for named countries")
S1 = "S1/l40/p40: the speaker is the nearest mention without honorifics or role titles"
NOART = ("R1-R12/e30/m40 field convention: speaker_canonical without a leading article, for outlets and names in "
         "marks too ('Guardian', 'Financial Post')")
KMIX = ("k40 field convention: words in marks inside a reported clause are a partial quotation, so the item is mixed "
        "(Q14 keeps a clause indirect only for names, titles and terms; o40's indirect Washington layer held a term); "
        "outer and hedge layers that hold another source's quoted words are mixed (e30/k40/m40/n40)")
Q8 = "Q8/addendum: a noun-phrase complement of a cue is optional, with its frame"
R22 = ("R22/R55: a source named only inside another speaker's direct quotation stays optional, kind indirect, span "
       "without the final punctuation")
KEEP_OPT = "optional items are the union of both annotators' optional items (d32-p40 convention)"

# ---------------------------------------------------------------- decisions on aligned pairs
PAIR = {
    # --- art 0 wikinews-11888
    (0, O, 7): dict(expect="involvement", take=["speaker"],
                    note="p40/g40 convention (descriptor before a name left out: 'ABC News', 'The Age'): the writer's "
                         "'affiliated' is not part of the mention; the parenthetical abbreviation is (n40 'The Popular "
                         "Resistance Committees, or PRC'); " + Q8),
    (0, O, 8): dict(expect="violent resistance to the current regime", note=NOART + " ('70 Million People of Iran'); "
                    "R10; " + Q8),
    # --- art 1 wikinews-49300
    (1, O, 3): dict(expect="to respond to the show-cause notice", take=["kind"],
                    note=KMIX + ": the span holds Natwar's quoted 'defame'; Q10 passive directive, optional"),
    # --- art 7 wikinews-62604
    (7, M, 3): dict(expect="this visit bears witness", take=["speaker_title", "speaker_org"],
                    note="field convention: the title as written ('Prime Minister Karamanlis'; the introduction is the "
                         "distributive plural 'Prime Ministers of Greece and Bulgaria, … respectively', which writes no "
                         "singular 'Prime Minister of Greece'); the country goes to speaker_org (B)"),
    # --- art 9 wikinews-112939
    (9, O, 2): dict(expect="very different numbers", take=["cue"],
                    note="R1-R12 field convention: the cue without auxiliaries ('showing', not 'is showing'); " + Q8),
    # --- art 10 wikinews-25269
    (10, M, 4): dict(expect="to answer these claims", take=["speaker"], note=S1 + " ('Downer', not 'Mr Downer')"),
    (10, M, 7): dict(expect="an independent third party", take=["speaker"], note=S1 + " ('Rudd', not 'Mr Rudd')"),
    (10, O, 2): dict(expect="the issues of being assaulted", take=["span"],
                     note="R16: a trailing time adverbial that can date the reporting act stays out ('during that "
                          "interview' dates Hicks's detailing of the abuse, at which the official was present); R4 inner "
                          "NP layer, optional"),
    # --- art 12 wikinews-715345
    (12, M, 4): dict(expect="the British manufacturing sector", take=["speaker"],
                     note="k40/o40 convention: descriptive mentions are kept whole, restrictive relatives included; R28: "
                          "the dangling 'by' of the lost issuer is left out ('A survey which was released on Tuesday'); "
                          "R37a evidence"),
    # --- art 14 wikinews-123121
    (14, M, 0): dict(expect="American International Group (AIG) has paid",
                     note="R6/R18 and n40/o40 span convention: the writer's prenominal description ('the US insurance "
                          "firm') stays out, as 'Mittal's bid', not 'world-leader Mittal's bid'"),
    # --- art 15 wikinews-73262
    (15, M, 1): dict(expect="those ages 17 to 29 to be substantially", take=["span"],
                     note="R18/m40/p40: a verbless comparison tail ('compared to 35 percent at approximately the same "
                          "point in the 2004 campaign') stays out, as m40 'almost double the amount currently known'; the "
                          "with-absolute with the poll's own figure is agreed; dev art 33 'declared X to be Y' main"),
    # --- art 16 wikinews-27981
    (16, M, 1): dict(expect="they would not be able to set up polling stations",
                     note="R6: the writer's background participle on a noun ('set by Prime Minister Latortue a few days "
                          "ago', as 'owned by eBay') stays out"),
    (16, O, 1): dict(expect="They need time to print ballots", take=["span"],
                     note="R6/R18: the writer's appositive comment ', an effort to fight potential voter fraud' stays "
                          "out (as the main item's background participle, A's own cut there); cue-less continuation"),
    # --- art 17 wikinews-73796
    (17, M, 0): dict(expect='a "serious threat of a terrorist act" by al-Qaeda exists in the country',
                     note="Q16 (executive acts: 'declared a state of emergency'): 'has raised their terrorist attack "
                          "threat level to \"maximum\"' is the officials' act reported by the writer (the headline's "
                          "news), not part of what they say; its subject cannot be the that-clause's 'a serious threat'"),
    # --- art 21 wikinews-56284
    (21, M, 8): dict(expect="the bill would be acceptable to India",
                     note="k40/o40 convention: the descriptive mention is kept whole, its participial modifier included "
                          "('Supporters of the compromise bill, backed by the United States'); title: field convention, "
                          "fuller title"),
    (21, O, 2): dict(expect="the application of IAEA safeguards", side="B",
                     also_keep_b=("alignment artefact: B's 'as discussed in the Section 104 (b) (2) of the bill' layer "
                                  "is a second, distinct item (B also has A's 'requiring' item, identical, as B4); "
                                  "kept: R62 document communication verb, optional as a pointer; " + KEEP_OPT),
                     note="R29: an agreement 'requiring' X (legal effect): optional, document, directive; R52 canonical ''"),
    # --- art 22 wikinews-121288
    (22, O, 2): dict(expect="to create a separate state", take=["frame"], note=R65),
    # --- art 23 wikinews-2814872
    (23, M, 0): dict(expect="the online streaming service failed", note=NOART + " ('Dark Overlord')"),
    (23, M, 3): dict(expect="Who is next on the list?", note=NOART + " ('Dark Overlord')"),
    (23, M, 4): dict(expect="Let's try to be a bit more direct", note=NOART + " ('Dark Overlord')"),
    (23, M, 5): dict(expect="modest", note=NOART + " ('Dark Overlord'); R32, direct (dev 'described as \"knife-obsessed\"')"),
    (23, O, 0): dict(expect="demanded an amount of money", take=["kind"],
                     note=KMIX + ": the R19a 'allegedly' layer holds the hacker's quoted 'modest'"),
    (23, O, 1): dict(expect="50 bitcoin s to restore their data", note=NOART + " ('Dark Overlord'); " + Q8),
    # --- art 25 wikinews-51757
    (25, M, 0): dict(expect="Iran is pursuing nuclear weapons capability",
                     take=["speaker_canonical", "speaker_type"], note=R66),
    # --- art 26 wikinews-9961
    (26, M, 5): dict(expect="the trial court erroneously determined",
                     note="frame: R50 ('after a neutral act the clause stays speech') and R8: 'filed an appeal to the "
                          "ruling' is a procedural act, not one of the addendum's stance verbs, so the saying-clause is "
                          "speech; org: field convention, fullest name ('city of Myrtle Beach')"),
    # --- art 30 wikinews-81854
    (30, M, 3): dict(expect="The AU and UN mediation until now",
                     note="m40/p40 convention: in the active 'Y quotes X (as) saying' the outer verb is the outlet's cue; "
                          "the inner item's cue is 'saying'"),
    (30, O, 5): dict(expect="non-African troops",
                     note="o40 convention (S2: 'US government' for 'Washington'): the canonical of a capital used for "
                          "its government is the government's name as the article gives it ('Sudanese government'); R11 "
                          "joins the members; " + Q8),
    # --- art 34 wikinews-98590
    (34, O, 0): dict(expect="No more kidnappings", take=["speaker"],
                     note="k40/n40 convention: the mention is kept whole, its parenthetical gloss included ('(Spanish: "
                          "Colombia Soy Yo)'); R20 slogan, optional"),
    (34, O, 1): dict(expect="considered a terrorist group", take=["speaker_type"], note=R66 + "; Q9/R41 optional"),
    # --- art 35 wikinews-10852
    (35, O, 2): dict(expect="raising its passenger numbers", take=["frame"],
                     note=R65 + "; cue: R15 and n40 (a noun cue keeps its governing preposition: 'stated aim of', as "
                          "'complaining of')"),
    # --- art 36 wikinews-6634
    (36, O, 0): dict(expect="trading on San Jose-based auction site", set={"speaker_org": ""},
                     note="k40 field convention: speaker_org is the organisation the speaker belongs to; eBay's users "
                          "are not members of eBay (as 'Sources for the Fox News Channel' get ''); Q9 optional"),
    # --- art 38 wikinews-24108
    (38, M, 0): dict(expect="they were caught by surprise",
                     note="S3 and gold (d32-k40: 'police' with no named force is anonymous; i40 'the police' in Warsaw): "
                          "'city police' names no force, so anonymous, canonical ''; title kept from the annotator who "
                          "gave one ('police force', as k40 'police')"),
    (38, M, 3): dict(expect="why the NSM chose Toledo", set={"speaker_title": "Mayor"},
                     note="m40/p40 convention: the nearest mention that carries a role wins ('Mayor Ford', not the "
                          "introduction's 'Toledo Mayor'); org: kept from the annotator who gave one ('Toledo'); R59 main"),
    (38, M, 4): dict(expect="It is not a neighborhood", set={"speaker_title": "Mayor"},
                     note="m40/p40 convention: the nearest role-bearing mention ('Mayor Ford'); org kept from the "
                          "annotator who gave one ('Toledo')"),
    # --- art 39 wikinews-120494
    (39, M, 1): dict(expect="a pre-tax profit of", take=["speaker_canonical"],
                     note="S2/m40: the fullest name in the article, headline included ('Barclays Bank'); addendum "
                          "estimate, main evidence"),
    (39, M, 2): dict(expect="gross write downs", take=["speaker_canonical"],
                     note="S2/m40: fullest name, headline included ('Barclays Bank')"),
    (39, O, 0): dict(expect="allegations of breaching", take=["speaker_canonical"],
                     note="S2/m40: fullest name, headline included ('Barclays Bank'); " + Q8),
}

# ---------------------------------------------------------------- unaligned items
SINGLE = {
    # --- art 3 wikinews-111674
    (3, O, "B", 0): ("Biden is considered to be a top choice", "keep",
                     "R13: the agentless raising 'is considered to be' + predicate is a hedge on a proposition (p40 "
                     "'known to be', d32 'considered by many to be'): optional, anonymous, whole clause; the small "
                     "clause 'X is considered Y' (Q9) stays unannotated; " + KEEP_OPT),
    # --- art 5 wikinews-182635
    (5, M, "A", 1): ("Russia has attempted to build", "drop", R64 + "; B's span kept"),
    (5, M, "B", 1): ("the contract signed Wednesday", "keep",
                     R64 + ": 'Russia has attempted to build …' restates the previous paragraph's failed proposal"),
    (5, O, "B", 1): ("a separate proposal for a four-reactor", "keep",
                     "R30 (passive with NP subject, agent out) and o40/p40 (a court's order kept as a don't-care item); "
                     + KEEP_OPT),
    # --- art 9 wikinews-112939
    (9, O, "A", 3): ("their endorsements of him", "keep", Q8 + "; R48 (withdrawal of support, stance); " + KEEP_OPT),
    # --- art 12 wikinews-715345
    (12, O, "B", 0): ("our assessment that recent GDP", "keep", R22 + "; " + KEEP_OPT),
    # --- art 15 wikinews-73262
    (15, O, "A", 0): ("Government-sponsored health care received", "keep",
                      "R30 and n40 converse cue ('has drawn scorn from'): optional, stance; " + KEEP_OPT),
    (15, O, "B", 4): ("the Bush administration's performance", "keep",
                      "R40/R58 (respondents' attitude inside the survey's finding: optional nested); " + Q8),
    # --- art 17 wikinews-73796
    (17, M, "A", 5): ("Prior to raising the level", "drop", R64 + "; B's span kept"),
    (17, M, "B", 5): ("those plans have since been canceled", "keep",
                      R64 + ": the first conjunct ('Prior to raising the level, … was scheduled to visit') is framed "
                      "by the writer's narrative"),
    (17, O, "A", 0): ("a serious threat of a terrorist act", "keep", R22 + " ('[Intelligence] indicates')"),
    (17, O, "A", 1): ("Reliable information relayed in recent days", "keep",
                      "R4/Q7: the outer reading of the garbled marks (the whole passage under 'said an unnamed security "
                      "official') is an optional layer over the agreed main items; " + KEEP_OPT),
    # --- art 20 wikinews-54699
    (20, O, "A", 3): ("hope to construct a dirty bomb", "keep",
                      "R19a (dev 'who reportedly works at …' → `works at …`): a hedge adverb in a relative clause gives "
                      "an optional item after the adverb; " + KEEP_OPT),
    # --- art 21 wikinews-56284
    (21, O, "B", 2): ("the nuclear cooperation between India", "keep",
                      "R29 (verb of legal effect 'allow': optional, document, directive; m40 'would allow' annotated); "
                      "R52 canonical ''; " + KEEP_OPT),
    (21, O, "B", 4): ("the application of IAEA safeguards", "drop",
                      "identical to A's item (aligned with B's other item); it is in the gold once", {}, "B"),
    # --- art 22 wikinews-121288
    (22, O, "A", 1): ("they are all but finished", "keep", R22 + " (Liyanage's quotation)"),
    # --- art 23 wikinews-2814872
    (23, O, "B", 0): ("to release the season on June 9", "keep",
                      "R24 (a plan for the subject's own action: optional; o40 'plans on' belief); " + KEEP_OPT),
    (23, O, "B", 1): ("uploading the first episode", "keep",
                      "a topic gerund after 'tweeted about' lies between Q16 (topics not annotated) and R53 (gerund "
                      "complements main); kept as a don't-care item; " + KEEP_OPT,
                      {"speaker_canonical": "Dark Overlord"}, "N"),
    (23, O, "B", 3): ("an amount of money which they", "keep",
                      Q8 + " (g40 'demanding £2 million'); " + KMIX + "; canonical: " + NOART,
                      {"speaker_canonical": "Dark Overlord"}, "N"),
    # --- art 25 wikinews-51757
    (25, O, "B", 0): ("to freeze its uranium enrichment program", "keep",
                      "R43/R44 (a directive presented inside a noun phrase; the request was made, its success failed): "
                      "kept as a don't-care item; " + KEEP_OPT),
    # --- art 26 wikinews-9961
    (26, M, "A", 4): ("bikers at both rallies be treated the same", "keep",
                      "gold precedent 'ruled that' + clause: main, stance (g40, h40, o40, p40 ×2); R29's legal acts are "
                      "provisions of laws and rules, not a judge's ruling; R32 relative 'who' resolved"),
    (26, O, "A", 2): ("the plaintiffs would likely succeed", "keep", R22 + "; R42 judicial finding, evidence"),
    (26, O, "B", 2): ("bikers at both rallies be treated the same", "drop",
                      "the ruling is main (g40-p40 'ruled that': stance); A's main item kept"),
    # --- art 27 wikinews-38721
    (27, O, "B", 5): ("7 others are known to be", "keep",
                      "R13 agentless raising hedge (p40 'known to be': optional, belief), whole clause; " + KEEP_OPT),
    # --- art 28 wikinews-41396
    (28, M, "B", 3): ("rescue personnel have been dispatched", "keep",
                      "R26/n40 convention: a clause coordinated after the quotation under the same cue ('saying \"…\" "
                      "as well as …') is the statement's content and shares its cue; R10 document fields as the agreed "
                      "quotation"),
    (28, O, "A", 0): ("to be rescued by Greek frogmen", "keep",
                      "refusal of an action, not of speech: optional, stance (m40/n40 refusals); " + KEEP_OPT),
    # --- art 36 wikinews-6634
    (36, O, "B", 1): ("Those cleaning out closets", "keep",
                      "cue-less continuation of a reported statement: optional (d32/e30/n40); " + KEEP_OPT),
    # --- art 37 wikinews-113763
    (37, O, "A", 2): ("to be reassigned from the Office", "keep", "R23/R4 optional outer layer over the whole clause"),
    (37, O, "B", 2): ("to call upon him to testify", "keep",
                      "R24 (a plan for the subject's own action: optional; o40 'plans on', n40 'plans are to'); " + KEEP_OPT),
    (37, O, "B", 4): ("Hartmann's role required him", "keep",
                      "cue-less continuation of Davis's argument (d32/e30/n40), kept as a don't-care item; " + KEEP_OPT),
    # --- art 39 wikinews-120494
    (39, O, "B", 1): ("breaching South Africa's foreign exchange", "keep",
                      "agentless noun cue (n40 'accusations of \"political corruption\"'; R34): optional, anonymous; "
                      + KEEP_OPT),
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
