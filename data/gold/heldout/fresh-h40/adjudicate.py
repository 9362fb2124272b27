"""Build /work/annot5/fresh-h40-gold.jsonl from annotators A and B (rules R1-R31; README-fresh-h40.md).

Every difference listed by diff.py (90) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same method and layout as the fresh-g40
adjudicate.py; two additions: an unaligned item can move between lists (action "to_opt" / "to_main"), and
R14's possessor exception ("the company's vice president" keeps its article) is applied in pick_title.
"""
import hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot5/fresh-h40-texts.jsonl"); A = L("/work/annot5/A/fresh-h40.jsonl"); B = L("/work/annot5/B/fresh-h40.jsonl")
OUT = "/work/annot5/fresh-h40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"

R28 = "R28: a title cut off by a lost link ends at its last content word; the dangling 'of the'/'for the' is scraping residue, not part of the role"
R30 = "R30: passive cue with noun-phrase content: the span runs from the subject through the passive verb group, agent phrase left out (addendum passive rule; d32 'It was also widely condemned', g40 'The company has been accused of ...')"
POSS = "R14: a possessor's article stays ('the company's vice president', as the addendum's 'the association's chair')"

# ---------------------------------------------------------------- decisions on aligned pairs
# key (article 0-based, list, A-index): dict(expect=<A text prefix>, take=[fields taken from B], set={field: value},
#                                           note=<rule>, drop_a_note=bool)
PAIR = {
    # --- art 0 wikinews-31076 (lost links: "leader of the said", "MP for the claims")
    (0, M, 3): dict(expect="only around 2,000", set={"speaker_title": "leader"}, note=R28),
    (0, M, 4): dict(expect="This bill is not about", set={"speaker_title": "leader"}, note=R28),
    (0, M, 5): dict(expect="It's really about", set={"speaker_title": "leader"}, note=R28),
    (0, M, 7): dict(expect="the proposed legislation", set={"speaker_title": "MP"}, note=R28),
    (0, M, 8): dict(expect="I believe it would be", set={"speaker_title": "MP"}, note=R28),
    # --- art 1 wikinews-50065
    (1, M, 3): dict(expect="in a democracy",
                    note="cue convention: a verb + possessive + noun cue with the noun's that-clause keeps the noun as written (g40 'expressed his opinion' x2, 'made it clear'); frame by the verb (speech), as g40"),
    (1, O, 0): dict(expect="for the rift", take=["span", "cue"],
                    note="R15: a phrasal cue keeps its governing preposition ('apologised for'), as the earlier gold's 'agreed on', 'warned of'"),
    # --- art 2 wikinews-54471 ("The issued a warning": the IEA's name was lost)
    (2, M, 0): dict(expect="the World faces",
                    note="f40 precedent: a subject lost in scraping gives speaker '' (wikinews-112469, wikinews-49532); canonical from the title and later text (IEA); cue convention: light verb + noun as written ('issued a warning', as 'made allegations', 'raised objections to')"),
    (2, O, 0): dict(expect="In real terms", note="Q2: the sentence-final period is left out of an indirect span"),
    (2, O, 1): dict(expect="Coalis now cheaper", note="Q2: the sentence-final period is left out of an indirect span"),
    # --- art 4 wikinews-37374
    (4, M, 1): dict(expect="soldiers \"know how", take=["frame"],
                    note="addendum: a 'saying/stating ...' clause attached to a stance verb ('congratulated the move ..., stating that ...') is stance (f40 'complained ... saying', g40 'denied ... stating')"),
    # --- art 6 wikinews-26853
    (6, M, 1): dict(expect="among other charges", take=["span"], drop_a_note=True,
                    note="Q2/R6: the writer's connective 'among other charges,' (it selects one charge among several) stays out, as dev 'Despite the assurances,'"),
    # --- art 8 wikinews-26052
    (8, M, 3): dict(expect="events had shown",
                    note="S1: speaker without the descriptor ('SOS Racisme', not 'The pressure group SOS Racisme'), as g40 'Target', 'ABC News'"),
    (8, O, 0): dict(expect="on the extension", take=["span", "cue"], drop_a_note=True,
                    note="R15: phrasal cue 'agreed on' keeps its preposition (e30/f40 gold 'agreed on'); content = the noun phrase (Q8)"),
    # --- art 9 wikinews-27428 (S1: honorifics dropped)
    (9, M, 4): dict(expect="he was denied a fair hearing", set={"speaker": "Zhang"},
                    note="S1: honorific dropped ('Mr Zhang' -> 'Zhang'); agreed item changed for consistency with Job's items"),
    (9, M, 5): dict(expect="was taking political action", take=["speaker"], note="S1: honorific dropped ('Job', as d32 'Kibaki and Odinga', 'Bush')"),
    (9, M, 8): dict(expect="he has tried to convince", take=["speaker"], note="S1: honorific dropped ('Job')"),
    (9, M, 9): dict(expect="he is in a desperate state", take=["speaker"], note="S1: honorific dropped ('Job')"),
    (9, O, 0): dict(expect="Mr Zhang believes he was denied", take=["speaker"], note="S1: honorific dropped ('Job')"),
    # --- art 12 wikinews-21875 (the Pentagon's nuclear doctrine)
    (12, M, 0): dict(expect="the purpose of United States", note="S2: a document takes its named issuer ('The Pentagon has drafted ...'; dev 'the RIAA notices -> RIAA', 'the WHO's situation report -> WHO'); only documents with no named issuer get their own names (dev Constitution, statute)"),
    (12, M, 1): dict(expect="The permanent security interest", note="S2: document canonical = named issuer ('the Pentagon's Doctrine for Joint Nuclear Operations, Joint Publication 3-12')"),
    (12, M, 2): dict(expect="Deterrence of potential", note="S2: document canonical = named issuer (Pentagon)"),
    (12, M, 3): dict(expect="the US abhorrs", note="S2: document canonical = named issuer (Pentagon)"),
    (12, O, 0): dict(expect="new scenarios", note="S2: document canonical = named issuer (Pentagon)"),
    # --- art 14 wikinews-23568
    (14, M, 2): dict(expect="McCain was urged", take=["span"], drop_a_note=True,
                     note="R1/Q2: a passive directive 'X was urged to V by Y' spans the infinitive from 'to' (the addressee-subject stays out, as the active 'urged X to'); f40 'was asked to comment ...', g40 'to \"fall on the sword\"'; the addendum's whole-clause span is for clauses that cannot be cut around the cue"),
    (14, O, 4): dict(expect="The Senate's proposal has been welcomed",
                     note=R30 + "; S1: speaker without the descriptor ('Amnesty International')"),
    # --- art 16 wikinews-34228
    (16, M, 5): dict(expect="the safeguard clause", take=["span"],
                     note="R18: the participial comment ', postponing accession until 2008' is the writer's explanation of the clause, as R18's 'adding to four straight month of job losses'"),
    # --- art 17 wikinews-28241
    (17, O, 1): dict(expect="a limited strike", take=["frame"],
                     note="R8: frame follows the cue construction; 'calls for' is directive (d32/f40 'calls for' by documents, directive)"),
    # --- art 22 wikinews-91813
    (22, M, 0): dict(expect="mediation efforts", take=["speaker_canonical"],
                     note="S2: the article identifies the calling opposition with the ODM (Nyongo's call for rallies is 'a move that it hopes ...', 'it' = ODM, agreed); d32's canonical '' was for an article that names no party (as A's own 'Alliance for Sweden' in wikinews-50427)"),
    (22, M, 9): dict(expect="is proof of his unwillingness", take=["speaker_canonical"],
                     note="S2: 'the opposition' = Orange Democratic Movement in this article (see the first item)"),
    (22, O, 1): dict(expect="the vote-rigging", take=["frame"],
                     note="R8 and gold precedent: 'call OBJ PRED' is speech (dev, d32, e30, f40 'called' items, e30 unquoted 'called' optional speech)"),
    # --- art 24 wikinews-6328
    (24, M, 0): dict(expect="In a rapidly changing world", take=["speaker"],
                     note="S1: descriptive mention kept whole with its participial ('a joint statement released by the three leaders'), as f40 'a story published today in the Washington Post', g40 'A U.S. military statement issued in Baghdad'"),
    # --- art 25 wikinews-52282
    (25, M, 1): dict(expect="someone in \"Beijing",
                     note="S3: a post by a named person is person ('A blog by Wikipedia contributor Andrew Lih', as dev 'a Twitter post by Amy Cook'); the unattributed 'The blog entry' stays document (agreed)"),
    # --- art 28 wikinews-122973
    (28, M, 1): dict(expect="Since the recession began", take=["span"], drop_a_note=True,
                     note="R18: the participial comment ', leaving the state with less jobs than it had in July 2005' is the writer's tail (R18 'adding to four straight month of job losses')"),
    (28, O, 1): dict(expect="\"In fact, although",
                     note="Q3: a mixed span that starts with a quotation includes the opening mark"),
    # --- art 29 wikinews-149878
    (29, O, 0): dict(expect="the 0.3%", take=["span"],
                     note="addendum estimates: content = the quantity ('police estimated about 800' -> 'about 800'), the determiner stays out; frame belief: a prediction by persons is belief (f40 'Wall Street predicted an uptick to 5.1%', belief)"),
    # --- art 32 wikinews-27570
    (32, M, 0): dict(expect="confidence building measures",
                     note="S1: speaker without the role descriptor ('The Jerusalem Post', not 'the Israeli newspaper, The Jerusalem Post'), as g40 'ABC News'"),
    # --- art 33 wikinews-143480
    (33, M, 1): dict(expect="the firm wanted to reduce", set={"speaker_title": "the company's vice president"}, note=POSS),
    (33, O, 0): dict(expect="the company's move", set={"speaker_title": "the company's vice president"}, note=POSS),
    (33, O, 1): dict(expect="to present details", take=["speaker"], set={"speaker_title": "the company's vice president"},
                     note="S1: nearest mention ('He didn't say ..., but wanted to ...'); R3/R24: a wish for the subject's own action is optional with frame directive (R24 'Obama wants to boycott', agreed directive); " + POSS),
    # --- art 35 wikinews-5930
    (35, O, 1): dict(expect="is said to have offered",
                     note="dev/R19 precedent: a relative-pronoun subject stays out of the content (dev 'who reportedly works at ...' -> 'works at ...'; the agreed 'appears to have been rigged', 'is proof of ...' in this set)"),
}

# ---------------------------------------------------------------- unaligned items
# (article, list, X, index): (expect, action, note[, set])   action "keep" | "drop" | "to_opt" | "to_main"
SINGLE = {
    (6, O, "A", 1): ("one count of income tax evasion", "keep", "optional union: a guilty plea is a legal act with noun-phrase content (Q8)"),
    (8, O, "B", 1): ("keeping a low profile", "keep", "optional union: agentless passive criticism (Q10)"),
    (10, M, "B", 1): ("the Republicans failed to prove", "keep",
                      "addendum + g40 precedent: a court ruling with a that-clause is main, stance (g40 wikinews-49505 'ruled that ...'); the temporal 'after he ruled' is the writer's background on Rossi's clause but still reports Bridges's ruling; dev art 22's optional ruling was an object + infinitive small clause (Q8)"),
    (10, O, "A", 0): ("the Republicans failed to prove", "drop", None),   # became main (B1)
    (14, M, "B", 0): ("the use of \"cruel", "drop", None),   # R29: A's optional item kept
    (14, O, "A", 0): ("the use of \"cruel", "keep",
                      "R29: a provision of a law stated with a verb of legal effect ('The rules prohibit ...') is a legal act, not a statement: optional, document, directive; R25 covers communication cues only (g40 'its prohibition of any \"toxic chemical\" weapons', optional); S2 canonical: the law's own name ('McCain amendment')",
                      {"speaker_canonical": "McCain amendment"}),
    (14, M, "B", 1): ("to use only interrogation", "to_opt",
                      "R29: 'The rules also require all US troops to use ...' is a provision of legal effect: optional, document, directive (as the agreed FAA Airworthiness Directive 'to inspect their aircraft' and 'Under the declaration, ...' in this set)"),
    (14, O, "A", 2): ("The measures have also been welcomed", "keep", R30),
    (14, O, "B", 1): ("The measures", "drop", None),   # span duplicate of A2 (R30)
    (17, O, "A", 0): ("3% pay increases", "keep", "optional union: the content of an offer after a colon, no reporting verb"),
    (17, O, "B", 0): ("An AP report", "keep", "optional union: reduced passive 'later confirmed by the TWU' with noun-phrase content (Q8)"),
    (19, O, "B", 1): ("Most of the change is attributed", "keep", "optional union: agentless raising hedge 'is attributed to' (Q10/R13)"),
    (21, O, "B", 0): ("the roll back of the fuel", "keep", "optional union: demand as the purpose of protests, noun-phrase content (Q8)"),
    (22, O, "A", 0): ("President Mwai Kibaki's government", "drop", None),   # span duplicate of B0
    (22, O, "B", 0): ("blame for the country's", "keep",
                      "optional union (Q8 'blames ...'): of the two overlapping spans, the whole noun-phrase object of 'laid' is kept (what is blamed and on whom); A's discontinuous 'laid blame for ... President Mwai Kibaki's government' dropped as a span duplicate"),
    (24, O, "A", 1): ("to develop a common system", "keep", "optional union: volition of a document (R3/R24)"),
    (25, O, "B", 0): ("he could suddenly start", "keep", "optional union: a report nested inside Lih's quotation (R22 second part)"),
    (25, O, "B", 1): ("it was still blocked", "keep", "optional union: a report nested inside Lih's quotation (R22 second part)"),
    (25, O, "B", 2): ("parts were accessible", "keep", "optional union: a report nested inside Lih's quotation (R22 second part)"),
    (26, O, "A", 0): ("'Help to Buy'", "drop", None),   # span duplicate of B0 (R30)
    (26, O, "B", 0): ("'Help to Buy' has also recently", "keep",
                      R30 + "; S1: a group canonical lists the names with commas and a final 'and' (d32 'Tom Tancredo, Chris Shays and Rick Santorum')"),
    (31, O, "B", 0): ("unemployment could threaten", "keep", "optional union: agentless 'sparked fears that' (Q10)"),
    (34, O, "A", 1): ("this", "keep", "optional union: noun-phrase complement (Q8), 'Some Muslims object to this.'"),
    (34, O, "B", 1): ("this", "drop", None),   # B anchored "this" at the wrong occurrence (inside Khamenei's clause); same item as A1
    (34, O, "B", 2): ("the same charge", "keep", "optional union: noun-phrase complement (Q8)"),
    (35, M, "B", 2): ("Until that happens", "drop", None),   # Q15: A's optional item kept, with B's span
    (35, O, "A", 2): ("there \"wasn't any hope", "keep",
                      "dev Q15: a partial quotation in a sentence that continues a speaker's report with no cue is optional (dev art 21 'suspicion of trespassing'; e30/g40 cue-less continuations optional); span with 'Until that happens,' (B), which is Murphy's condition, not the writer's connective",
                      {"span": (1458, 1582)}),
    (35, M, "B", 5): ("the possibility of control orders", "keep",
                      "R31: the object's noun carries a gerund clause with its own subject ('the possibility of control orders being used on ...'), clausal content like the addendum's 'left open the possibility that ...': main; frame belief by the addendum table ('leaves open the possibility') and g40 'not ruling out' (belief)",
                      {"frame": "belief"}),
    (35, O, "A", 4): ("the possibility of control orders", "drop", None),   # became main (R31)
}

ART = re.compile(r"^(a|an|the)\s+(?![^\s']+'s?\s)", re.I)   # R14; a possessor's article stays
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
                for f, v in (rest[0] if rest else {}).items():
                    if f == "span": q.update(start=v[0], end=v[1], text=text[v[0]:v[1]])
                    else: q[f] = v
                q["note"] = note + (f" [{X}: {q0['note']}]" if q0.get("note") else "")
                dest = {"keep": lst, "to_opt": O, "to_main": M}[action]
                lists[dest].append(q)
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
