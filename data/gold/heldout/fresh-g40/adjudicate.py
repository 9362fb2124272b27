"""Build /work/annot4/fresh-g40-gold.jsonl from annotators A and B (rules R1-R27; README-fresh-g40.md).

Every difference listed by diff.py (118) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same method and layout as the fresh-f40
adjudicate.py; two additions: a `set` on an unaligned item (SINGLE) and `span` = explicit offsets in a pair's `set`
(checked against the article text), and `drop_a_note` where A's note no longer describes the decided item.
"""
import hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot4/fresh-g40-texts.jsonl"); A = L("/work/annot4/A/fresh-g40.jsonl"); B = L("/work/annot4/B/fresh-g40.jsonl")
OUT = "/work/annot4/fresh-g40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"
SPK = ["speaker", "speaker_canonical", "speaker_type"]

# ---------------------------------------------------------------- decisions on aligned pairs
# key (article 0-based, list, A-index): dict(expect=<A text prefix>, take=[fields taken from B], set={field: value},
#                                           note=<rule>, drop_a_note=bool)
# "span" in take = B's start/end/text; "span" in set = (start, end) checked against the text.
PAIR = {
    # --- art 0 wikinews-87078
    (0, M, 0): dict(expect="My name is Jason",
                    note="S2: the canonical is the fullest name given anywhere in the article; the hostage names himself ('My name is Jason') -> 'Jason', person"),
    (0, M, 1): dict(expect="they will start to kill", set={"speaker_org": ""},
                    note="S1/S3: 'the captors' are the group that released the video, a named organization (Islamic Shia Resistance in Iraq), not unnamed members of it; an organization speaker has no org (f40)"),
    (0, O, 0): dict(expect="the immediate release of 5 British hostages", take=["span"],
                    note="R6: the participial 'abducted in Baghdad, Iraq last May' is the writer's background on the noun phrase (as 'owned by eBay')"),
    # --- art 1 wikinews-71337
    (1, O, 2): dict(expect="We take this to be", take=["kind"],
                    note="R7/Q7 (f40 Bakiyev): the optional outer layer spans the quotation plus the writer's 'Police General ... was quoted as saying' -> mixed"),
    # --- art 3 wikinews-44382
    (3, O, 1): dict(expect="a report on March 13 alleged",
                    note="R23: the outer layer of a coordination (inner 'a report ... alleged that ...' main by R4, the speaker's own 'but that he did not relay ...' main) spans the whole coordinated clause"),
    # --- art 5 wikinews-49505
    (5, M, 4): dict(expect="The US does not torture",
                    note="cue convention: a quotation inside the cue's own sentence, with no cue of its own, takes the sentence's cue and frame (as the agreed 'concluded that ...: \"Were it not ...\"'); Q5's cue '' is for a quotation in a sentence of its own"),
    (5, M, 8): dict(expect="there were \"some sticking", take=["speaker"],
                    note="S1: descriptive mention kept whole, with its restrictive relative clause ('A spokesman for the Senate subcommittee that will consider the bill'), as f40 'Leaders from the opposition parties, ...'"),
    (5, M, 9): dict(expect="many of the detainees",
                    note="R8: 'argued' is a neutral communication verb, speech (e30 'Analysts have argued that ...' speech); f40 'arguing' was stance only as the saying-clause of 'blamed'"),
    # --- art 6 wikinews-14879
    (6, O, 3): dict(expect="speculation of reductions", take=["span"],
                    note="span precedent: the interrogative complementizer stays in the span (d32 'worried whether or not \"...\"', e30 'asked if the replica would be unsinkable'); Q2 leaves out only 'that'"),
    # --- art 8 wikinews-22990
    (8, O, 0): dict(expect="time to evaluate", take=["speaker_canonical", "speaker_type"],
                    note="R11/S3: the named members (countries) set the type, organization; canonical joins them (S1)"),
    # --- art 9 wikinews-87115
    (9, M, 8): dict(expect="The time change is going", set={"speaker_org": "Venezuela's airline association and Copa Airlines"},
                    note="field convention: Pulido speaks under a double role ('president of Venezuela's airline association and the head of Copa Airlines in Venezuela'); both organisations, joined with 'and' (f40 joint orgs)"),
    # --- art 10 wikinews-31642
    (10, O, 1): dict(expect="the attack killed Khabab, quoting", take=["kind"],
                     note="Q3/Q4: the outer span holds the writer's clause and ABC's quoted fragment \"Pakistani authorities.\" -> mixed; S1: speaker without the descriptor ('ABC News', not 'The U.S. network ABC News')"),
    # --- art 12 wikinews-112579
    (12, O, 3): dict(expect="a sales loss",
                     note="S1: speaker without the role descriptor ('Target', not 'Fellow retailer Target')"),
    (12, O, 6): dict(expect="the American economy would continue", take=["cue"],
                     note="cue convention (f40): a nominal cue is its head noun ('data released Wednesday that ...' -> 'data')"),
    # --- art 13 wikinews-34713
    (13, M, 3): dict(expect="there had been 11 incidents", set={"span": (900, 1017), "kind": "direct", "speaker_title": "", "speaker_org": ""}, drop_a_note=True,
                     note="R22: the inner source (the CMA) is named by the writer outside Livingstone's marks ('saying the CMA \"in fact claimed ...\"'), so R4 applies: the inner layer is main; its content lies wholly inside the marks -> direct, span without the closing mark (d32 wikinews-102365 'had revealed \"...\"'); Livingstone's clause is the optional outer layer"),
    (13, O, 3): dict(expect="the CMA \"in fact claimed",
                     note="R22/R4: Livingstone's clause is the optional outer layer over the CMA's claim"),
    # --- art 14 wikinews-34394
    (14, O, 5): dict(expect="the he had \"No right to rule\"", take=["speaker"],
                     note="d32 precedent: banner texts are optional with type document (d32 'banners reading \"...\"'); S1: the descriptive mention is kept whole"),
    (14, O, 6): dict(expect="Thaksin=Toxin",
                     note="d32 precedent: banner texts are optional with type document"),
    # --- art 15 wikinews-53119
    (15, O, 0): dict(expect="what it calls",
                     note="R8: a newspaper uncovering/reporting is speech; the evidence frame is for studies, data and investigations"),
    # --- art 16 wikinews-2824484
    (16, M, 0): dict(expect="US-based taxi booking", take=["speaker"],
                     note="field convention: speaker without the parenthetical abbreviation ('Transport for London', not '... (TfL)'), as f40 '(UDC)' and e30 org 'Bloc Québécois'"),
    (16, M, 10): dict(expect="'greyball' has never been used", take=["span", "kind"], drop_a_note=True,
                      note="R22: the review ('it') is named by the writer outside Elvidge's marks ('said it \"found that ...\"'): R4 inner layer main; its content lies wholly inside the marks -> direct, span without the closing mark (d32 wikinews-102365)"),
    # --- art 18 wikinews-1490033
    (18, M, 0): dict(expect="it will identify up to six", take=["speaker_canonical"],
                     note="S2: fullest name given in the article; 'Reserve Bank of India' is in the headline, the text's 'India (RBI)' lost 'Reserve Bank of' in scraping"),
    (18, M, 1): dict(expect="RBI had identified", take=["speaker_canonical"],
                     note="S2: fullest name given in the article ('Reserve Bank of India', headline)"),
    (18, M, 2): dict(expect="four subcategories", take=["speaker_canonical"],
                     note="S2: fullest name given in the article ('Reserve Bank of India', headline)"),
    # --- art 19 wikinews-81847
    (19, M, 10): dict(expect="if a Regent appears", take=["cue"],
                      note="cue convention: the cue is a contiguous string as written; in 'the court filing quoted Roberts as saying' Roberts's cue is 'saying' (the filing's optional layer has 'quoted'); 'quoted as saying' is the cue only where contiguous (passive, as art 1/15)"),
    (19, O, 4): dict(expect="Roberts using the university jet", take=["cue", "speaker_type"],
                     note="Q10: allegations without a named source are anonymous; cue convention (f40): nominal cue = head noun 'allegations'; frame speech as the agreed 'The lawsuit alleges' and 'allegations that US marines ...'"),
    # --- art 20 wikinews-47636
    (20, O, 1): dict(expect="Any competition promoted",
                     note="Q10/Q15: an agentless definition with no named source is optional and anonymous"),
    # --- art 24 wikinews-12402
    (24, M, 5): dict(expect="there is an \"hysterical",
                     note="f40 precedent: 'expressed his opinion that ...' is speech (wikinews-15599 Ishihara)"),
    # --- art 26 wikinews-48104
    (26, M, 0): dict(expect="the seven adults",
                     note="S2: 'American forces' and 'The US military' are the same actor; canonical 'US military', as the agreed statement items"),
    # --- art 28 wikinews-115710
    (28, M, 0): dict(expect="On Sunday, two attacks",
                     note="R16 (second part): 'On Sunday' is inside the reported clause (it dates the attacks) and is not adjacent to the postposed cue 'as reported by', so it stays in"),
    # --- art 30 wikinews-53680
    (30, M, 1): dict(expect="'lawbreakers' in Caledonia",
                     note="R26: 'told reporters ... that \"A\" and that, \"B\"': each quotation follows 'that' directly (Q4), so two direct quotes sharing the cue, as the agreed Elias 'stating \"A,\" and \"B.\"'; leading space inside the marks left out (Q1)"),
    (30, M, 3): dict(expect="to remove the protesters", take=["span"],
                     note="d32 precedent: 'called for X to V' is a for-to clause whose subject stays in ('asking for Richard to permantly resign', 'calling for her to be executed'); 'called on X to' has an addressee (R1)"),
    # --- art 31 wikinews-18867
    (31, M, 1): dict(expect="the average price for a litre", take=["cue"],
                     note="cue convention: as written, capitalisation included ('According to')"),
    # --- art 36 wikinews-23569
    (36, M, 0): dict(expect="information on \"how",
                     note="R25: the noun-phrase object holds the letter's quoted words after the writer's head 'information on' -> main, mixed, with the head in the span (dev art 39 'lauded Blankenship's \"ability ...\"')"),
    (36, M, 4): dict(expect="it was \"isolated\"",
                     note="R27: a bare plural party name used for the party side ('Democrats') is organization, canonical as written (f40 wikinews-69354)"),
    (36, O, 5): dict(expect="information on which candidates",
                     note="S2: the same letter as the main item 'The letter, from William J. McGinley and Cleta Mitchel'; canonical = its named senders, as agreed there"),
    (36, O, 6): dict(expect="the characterization of the event",
                     note="R27: 'Republicans' as the party side is organization, canonical as written (f40 wikinews-69354)"),
    # --- art 38 wikinews-26222
    (38, O, 5): dict(expect="any \"toxic chemical\"", take=["speaker_canonical"],
                     note="S2: fullest name as the text gives it ('the 1993 Chemical Weapons Convention'), without the article"),
    # --- art 39 wikinews-116780
    (39, M, 1): dict(expect="The arrest shows",
                     note="R10/S2: 'a statement from ... Michèle Alliot-Marie's office': canonical = the named issuer, the minister (her office is not named apart from her)"),
}

# ---------------------------------------------------------------- unaligned items
# (article, list, X, index): (expect, action, note[, set])   action "keep" | "drop"
SINGLE = {
    (3, O, "A", 2): ("sufficient information existed", "keep",
                     "optional union: a finding nested inside the military's quotation stays optional (Q1, dev art 24; R22 second part)"),
    (5, M, "A", 5): ("the use of military commissions", "keep",
                     "addendum: a clausal complement of a stance cue with a named source is main; e30 precedent: a court ruling that found that ... is main (wikinews-47960); dev art 22's optional 'ruled to be unconstitutional' is an object + infinitive small clause (Q8)"),
    (5, O, "B", 3): ("the use of military commissions", "drop", None),   # became main (A5)
    (5, O, "B", 5): ("al Qaeda and its allies", "keep",
                     "optional union: a belief nested inside the president's direct quotation (Q1, dev art 24; R22 second part)"),
    (6, O, "A", 1): ("The possible transfer of control", "keep", "optional union: passive with noun-phrase content (Q8)"),
    (7, M, "A", 2): ("to begin a trial in New York City", "keep",
                     "R23/R4/R2: 'Verizon agreed to + infinitive' is a distinct source with clausal content inside Vonage's report: inner layer main (stance)"),
    (7, M, "A", 3): ("BellSouth also started", "keep",
                     "R23: the conjunct that is only Vonage's own report is a main item under Vonage (mixed)"),
    (7, M, "B", 2): ("Verizon agreed to begin", "drop", None),   # R23: becomes the optional outer layer (A0)
    (7, O, "A", 0): ("Verizon agreed to begin", "keep",
                     "R23/R4: the optional outer layer spans the whole coordinated clause of 'according to Vonage'"),
    (7, O, "A", 1): ("to begin discussions", "keep",
                     "optional union: SBC's agreement is nested inside Vonage's direct quotation (Q1, dev art 24; R22 second part)"),
    (7, O, "B", 0): ("to begin a trial", "drop", None),   # became main (A2)
    (8, O, "A", 1): ("opposition to the treaty", "keep", "optional union: passive with noun-phrase content (Q8)"),
    (9, O, "A", 0): ("the new time zone", "keep", "optional union: noun-phrase content of 'which Chávez announced' (Q8)"),
    (12, O, "A", 0): ("different causes", "keep", "optional union: noun-phrase complement (Q8)"),
    (14, O, "A", 0): ("his manifesto", "keep", "optional union: noun-phrase complement (Q8)"),
    (14, O, "A", 1): ("an increased minimum wage", "keep", "optional union: noun-phrase complement (Q8)"),
    (14, O, "A", 2): ("Thaksin's dissolution", "keep", "optional union: noun-phrase content of 'criticism from' (Q8)"),
    (14, O, "A", 4): ("past protests", "keep", "optional union: noun-phrase complement (Q8)"),
    (15, O, "B", 3): ("Trevor Phillips, chairman", "keep",
                      "optional union: the agentless 'is reported as saying' is an outer hedge layer over Phillips's main quote (Q10/R13 whole clause)"),
    (17, M, "A", 1): ("to link the attacks", "drop", None),   # Q15: B's optional item kept
    (17, O, "B", 2): ("to link the attacks", "keep",
                      "Q15: the source of 'claiming' is unclear (the video or Al-Jazeera, in a passive sentence), and 'claiming to link' describes what the recording purports to do, not a reported statement; optional"),
    (17, O, "A", 1): ("its exact role", "keep", "optional union: belief adjective with noun-phrase content (Q8/Q9)"),
    (18, O, "A", 0): ("Banks considered by analysts", "keep",
                      "optional (both annotators); span: the whole sentence, because the list of banks is the attributed proposition and the agent phrase sits inside it (R13 whole clause; addendum passive rule)"),
    (18, O, "B", 1): ("likely to be classified", "drop", None),   # span duplicate of A0
    (18, O, "B", 0): ("RBI had identified", "keep",
                      "optional union: the data layer inside the press release's report (Q11: data with no speaker; the basis of RBI's identification)"),
    (19, O, "B", 4): ("to \"fall on the sword\"", "keep", "optional union: agentless passive directive nested in Brooker's report (Q10)"),
    (20, M, "B", 0): ("to gain a profit", "drop", None),   # R24
    (20, O, "A", 0): ("to gain a profit", "keep",
                      "R24: a hope for the subject's own action ('had hoped to gain a profit') is optional, frame belief (R3 extended; as the agreed 'Obama wants to boycott ...')"),
    (22, O, "B", 0): ("to fire anybody", "keep", "optional union: nominal pledge nested in Johnson's accusation (Q8)"),
    (24, M, "A", 6): ("creation of \"a committee", "keep",
                      "R25: the noun-phrase object holds Kojčić's quoted words after the writer's head 'creation of' -> main, mixed (dev art 39); frame speech: 'proposed' is a neutral communication verb (R8; e30 'proposed' speech)",
                      {"frame": "speech", "speaker_org": "Democratic Party of Serbia"}),
    (24, O, "B", 3): ("creation of \"a committee", "drop", None),   # became main (R25)
    (24, O, "A", 3): ("their concerns", "keep", "optional union: noun-phrase complement (Q8)"),
    (26, O, "A", 0): ("this", "keep", "optional union: pronoun object of 'deny' (Q8)"),
    (30, M, "A", 0): ("the Caledonia land dispute", "keep",
                      "R26: first of two quotations joined by 'and that', each after 'that' directly: direct, cue shared"),
    (30, O, "B", 1): ("His role in the contentious", "keep", "optional union: cue-less continuation of Fantino's report (e30 El Tiempo, f40 Ishihara)"),
    (31, M, "B", 2): ("The surging price of crude oil", "keep",
                      "addendum: passive attribution with a named agent is main, whole clause ('was described as stable by a hospital spokeswoman' is the addendum's own object + as-predicate example)"),
    (31, O, "A", 0): ("The surging price of crude oil", "drop", None),   # became main (B2)
    (31, M, "B", 5): ("despite the record prices", "keep",
                      "addendum + f40 precedent: a belief noun with a that-clause and an anonymous source noun ('the view of many analysts that ...') is main belief (f40 'The U.S. view is that', 'It is the opinion of Estonia that')"),
    (31, O, "A", 1): ("despite the record prices", "drop", None),   # became main (B5)
    (31, O, "A", 2): ("such requests", "keep", "optional union: deliberation verb with noun-phrase content (Q8/Q9)"),
    (31, O, "B", 0): ("Fuel remains under a dollar", "keep",
                      "optional union: cue-less run-on continuation of Ervin's report (missing period), as e30 El Tiempo"),
    (33, M, "A", 2): ("\"deep concern\" over", "keep",
                      "R25: the object is the ministers' quoted words \"deep concern\" plus the writer's 'over ...' -> main, mixed; frame belief: 'express' + attitude noun takes the noun's frame (f40 'expressed concern over' belief)",
                      {"frame": "belief"}),
    (33, O, "B", 1): ("\"deep concern\" over", "drop", None),   # became main (R25)
    (33, O, "A", 1): ("East Jerusalem as the capital", "keep", "optional union: volition (R3)"),
    (35, O, "A", 2): ("future action", "keep",
                      "optional union: 'not ruling out' = leaves open the possibility (belief), noun-phrase content (Q8)"),
    (38, O, "A", 3): ("to evacuate areas", "keep", "optional union: directive nested under the 'reportedly' hedge"),
}

ART = re.compile(r"^(a|an|the)\s+", re.I)
ABBR = re.compile(r"\s*\([A-Za-z]{2,6}\)$")   # trailing parenthetical abbreviation: (TfL), (DSS), (MST), (PSOL)


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
            # any remaining unexplained difference must have been decided above
            for f in FIELDS[3:]:
                if a.get(f, "") != b.get(f, "") and f not in ("speaker_title", "speaker_org") and not d:
                    raise SystemExit(f"undecided field {f} in {n} {lst} A{i}: {a.get(f)!r} vs {b.get(f)!r}")
            if (a["start"], a["end"]) != (b["start"], b["end"]) and not d:
                raise SystemExit(f"undecided span in {n} {lst} A{i}")
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
                if action == "drop": continue
                q = clean(q0); q["speaker_title"] = ART.sub("", q["speaker_title"])
                if q["speaker_type"] == "document": q["speaker_title"] = ""
                if rest: q.update(rest[0])
                q["note"] = note + (f" [{X}: {q0['note']}]" if q0.get("note") else "")
                lists[lst].append(q)
    for lst in lists: lists[lst].sort(key=lambda q: (q["start"], q["end"]))
    for lst in lists:
        for q in lists[lst]: assert text[q["start"]:q["end"]] == q["text"], (n, q["text"][:40])
    rec.update(quotes=lists[M], quotes_optional=lists[O], figures=[], figures_optional=[])
    gold.append(rec)

assert used_pair == set(PAIR), set(PAIR) - used_pair
assert used_single == set(SINGLE), set(SINGLE) - used_single
with open(OUT, "w", encoding="utf-8") as fh:
    for r in gold: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print("written", OUT, len(gold))
