"""Build /work/annot6/fresh-i40-gold.jsonl from annotators A and B (rules R1-R35; README-fresh-i40.md).

Every difference listed by diff.py (86) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same method and layout as the fresh-h40
adjudicate.py (pick_title/pick_org for the title/org field conventions, R14's possessor exception, actions
"keep" / "drop" / "to_opt" / "to_main" for unaligned items). New rules on this set: R32-R35.
"""
import hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot6/fresh-i40-texts.jsonl"); A = L("/work/annot6/A/fresh-i40.jsonl"); B = L("/work/annot6/B/fresh-i40.jsonl")
OUT = "/work/annot6/fresh-i40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"

R32 = ("R32: a cue inside a relative clause on the head noun gives the item its complement would give in a main clause; "
       "content = the material after the cue (the gap stays unfilled), speaker = the relative clause's subject "
       "(R7 'what X called Y'; dev statute 'which says'; agreed here: 'a new audiotape it says contains ...', "
       "'reserves, which according to CNN total ...', Bush's restated announcement)")
R33 = ("R33: 'Under X, ...' where X is a plan, proposal, bailout or declaration (not a law, rule, decree or directive) "
       "states the document's provisions: optional, document, frame speech (h40 'Under the declaration', speech); "
       "R29's directive frame is for instruments of legal effect (the decree in wikinews-111516, agreed directive)")
R34 = ("R34: an agentless belief noun with a clausal complement ('concern has grown that', 'There is concern that', "
       "'Despite beliefs that') is a hedge on a proposition: optional, anonymous, frame belief, cue = the noun, "
       "content = the clause (the noun form of R13 'is believed to'; h40 'sparked fears that', optional); "
       "Q9's unannotated cases are evaluative verbs without a clause")
R35 = ("R35: an inner cue whose subject is the outer speaker ('X said that X believes / doubted / pleaded with Y to ...') "
       "is not a second source: one item under the outer cue, no inner layer, not even optional (R4 applies to distinct "
       "sources only; agreed here: 'has said that they believe', 'said she doubted ... as she was convinced')")
R19A = "R19a: the 'reportedly' hedge layer starts right after the adverb (optional, anonymous)"
EXPR = ("h40 precedent: 'expressed' + attitude noun has the cue 'expressed' and content = the attitude noun phrase with its "
        "complement (h40 'disappointment at GM's cancellation of the Magna deal', f40 'shock and grief at the death')")
PARA = ("guideline: 'a quote continuing over paragraphs is ONE quote per paragraph part'; a paragraph break inside one "
        "pair of marks splits the quote even without a repeated opening mark (d32 wikinews-25508 Bernie 'We are seeing "
        "a big change.' / 'Now, ASIO ...'); Q5's 'one pair of marks' covers sentences and elisions, not paragraphs")
Q12U = ("dev Q12 precedent: an untagged Wikinews question has speaker '' (no mention in the text), canonical 'Wikinews' "
        "(dev wikinews-h-6d09efb894 untagged question)")
LAWSUIT = ("S2: a document takes its issuer when named; the suit/complaint was filed by 'Attorney Brandee Faria' (d32 "
           "'the filing' -> Toys R Us, the filer; g40's lawsuit had canonical '' because its filers were unnamed)")

# ---------------------------------------------------------------- decisions on aligned pairs
# key (article 0-based, list, A-index): dict(expect=<A text prefix>, take=[fields taken from B], set={field: value},
#                                           note=<rule>, drop_a_note=bool)
PAIR = {
    # --- art 0 wikinews-82889 (class action)
    (0, M, 0): dict(expect="the band's cancellation", take=["speaker_canonical"], note=LAWSUIT, drop_a_note=True),
    (0, M, 2): dict(expect="...Defendants simply", take=["speaker_canonical"], note=LAWSUIT),
    (0, M, 6): dict(expect="those aged 62", take=["speaker_canonical"], note=LAWSUIT),
    # --- art 3 wikinews-7840 (KLM)
    (3, M, 3): dict(expect="the passenger list", take=["speaker"],
                    note="S1: descriptive mention kept whole ('Three officials in all'; the dash appositive stays out), as h40 'a joint statement released by the three leaders'"),
    (3, O, 4): dict(expect="the department also said",
                    note="R17: a report by a news outlet is a document with the outlet as canonical ('NOVA'), not its correspondent (as B's own 'The Times report by Neil A. Lewis' -> New York Times, wikinews-9023)"),
    # --- art 4 wikinews-51965 (Warsaw)
    (4, M, 0): dict(expect="the march through Warsaw",
                    note="R6/R18: the non-restrictive relative clause on the marchers (', who demanded new elections and expressed their discontent ...') is the writer's background, not the police count"),
    # --- art 11 wikinews-23824 (lost link "Inc. announced")
    (11, M, 0): dict(expect="it has acquired", take=["speaker"],
                     note="f40/h40 precedent: a subject lost in scraping gives speaker '' (h40 IEA 'The issued a warning'); the residue 'Inc.' is no mention; canonical from the text (VeriSign)"),
    # --- art 17 wikinews-114905 (interview, untagged questions)
    (17, O, 0): dict(expect="Previous to this campaign", take=["speaker"], note=Q12U),
    (17, O, 1): dict(expect="What would you say", take=["speaker"], note=Q12U),
    (17, O, 2): dict(expect="Why are you running", take=["speaker"], note=Q12U),
    (17, O, 3): dict(expect="Are there any misconceptions", take=["speaker"], note=Q12U),
    (17, O, 4): dict(expect="There are more ways", take=["speaker"], note=Q12U),
    # --- art 18 wikinews-53976 (Gaza)
    (18, M, 3): dict(expect="All the women headed", take=["speaker"],
                     note="Q5: a cue-less paragraph part takes the speaker string of its quotation's attribution ('she said' after part 2), as d32 Bernie, f40 Johnson and h40 wikinews-31076 'She' parts"),
    (18, M, 10): dict(expect="over 300 Palestinians", set={"speaker_title": ""},
                      note="field convention: speaker_title is a person's role; organizations carry none (0 of 215 organization items in d32-h40 have one), so B's 'Israeli human rights group' (a descriptor of B'Tselem) is not a title"),
    # --- art 20 wikinews-85729
    (20, M, 0): dict(expect="China's Ministry of Foreign Affairs", take=["span"], drop_a_note=True,
                     note="R16 (second part): 'on Thursday' dates the ministry's announcement, which is the content of the FT layer ('According to' has no act to date), so it stays in; the inner optional item leaves it out (agreed)"),
    # --- art 21 wikinews-176487 (Greece)
    (21, O, 0): dict(expect="countries in the Eurozone", take=["frame"], note=R33, drop_a_note=True),
    # --- art 22 wikinews-2691225 (FCA)
    (22, M, 4): dict(expect="FCA surrender", take=["span", "kind"], drop_a_note=True,
                     note="Q4/Q3: the writer's determiner 'the' runs into a quoted clause, so the item is mixed with the closing mark (as the agreed 'the \"militants had been involved ...\"' in wikinews-53976); R25's determiner exception is for noun-phrase objects only"),
    (22, M, 6): dict(expect="It's disappointing", take=["frame"],
                     note="R8/h40: a quotation after the colon of 'expressed disappointment ...:' carries that cue and its frame; 'expressed' + attitude noun is belief (h40 wikinews-143480, the agreed optional item here)"),
    (22, O, 2): dict(expect="disappointment at the cancellation", note=EXPR),
    # --- art 24 wikinews-10883 (Andersen)
    (24, M, 10): dict(expect="how is a businessperson", take=["span"], drop_a_note=True, note=PARA),
    (24, O, 0): dict(expect="grave skepticism at", note=EXPR),
    # --- art 25 wikinews-9062 (Bush press conference)
    (25, M, 2): dict(expect="The unusually expansive", take=["cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title", "speaker_org"],
                     drop_a_note=True,
                     note="Q7 + g40 precedent (wikinews-31642 'ABC News reported ..., quoting \"Pakistani authorities\"'): the main item carries the innermost source named by 'quoting' (anonymous officials); the New York Times layer is optional"),
    (25, M, 7): dict(expect="Well, we've made", take=["speaker"], note="S1: title dropped from the speaker ('Bush', not 'President Bush')"),
    # --- art 26 wikinews-111516 (Ukraine decree)
    (26, O, 0): dict(expect="the Russian navy is compelled",
                     note="cue convention: the preposition 'Under' is the cue (h40 'Under the declaration', the agreed 'Under the plan' here), as 'according to'; S1 descriptive mention kept whole ('the terms of the decree')"),
    (26, O, 2): dict(expect="to draft a bilateral", take=["cue"],
                     note="cue convention (h40/g40): a light verb with its noun stays whole ('sent a proposal', as 'issued a warning', 'expressed his opinion')"),
    # --- art 27 wikinews-20758 (secrecy report)
    (27, M, 2): dict(expect="for every dollar spent", take=["frame"],
                     note="addendum evidence row: the report's authors' quantitative conclusion is a report's finding (g40 'The 11-page document concludes', evidence; the f40/g40 persons' 'concluded' were speeches)"),
    (27, M, 5): dict(expect="they are open to the public", take=["cue"],
                     note="cue convention: the cue as written; coordinated cue verbs governing one complement stay together ('states or assumes')"),
    (27, O, 1): dict(expect="other measures of government secrecy",
                     note="R8: frame follows the cue; 'sees' is a cognition verb, belief (d32/f40/h40 'sees', belief)"),
    # --- art 29 wikinews-9023 (Council of Europe)
    (29, M, 4): dict(expect="The circumstances surrounding", take=["speaker_canonical"],
                     note="S2/R10: a document takes its issuer, here 'the Council's Parliamentary Assembly' (not its parent body), canonical as a full name from the text (as h40 'Peabody Australia')"),
    (29, M, 5): dict(expect="the US government \"betrayed", take=["speaker_canonical"],
                     note="S2: 'The body, confusingly named but not related to the European Parliament' is the Parliamentary Assembly"),
    (29, O, 0): dict(expect="the United States Tuesday",
                     note="Q3/Q4: the outer clause contains the Council's own quoted word ('what it termed \"torture\"'), so it is mixed (as the agreed 'termed the Israeli attacks \"massacres\"'); R7 outer layer"),
    (29, O, 1): dict(expect="\"The circumstances surrounding",
                     note="Q7 + g40 precedent (Bangkok Post layer): the optional outer media layer spans the whole clause, the quotation plus the writer's attribution, so it is mixed; R15 cue 'reported in'"),
    (29, O, 2): dict(expect="its support for the United States", take=["speaker_canonical"],
                     note="S2: 'The body' is the Parliamentary Assembly"),
    # --- art 31 wikinews-109383 (Romania/Moldova)
    (31, M, 0): dict(expect="readiness to \"fortify", take=["frame"],
                     note="S2/S1: the statements' issuers are named later ('statements made by Comanescu and Stratan'), joined with 'and'; frame: statements that 'showed readiness to' act express an offer, speech (R2 'offered/pledged to' speech; R8 neutral communication)"),
    (31, O, 1): dict(expect="the opening of two new consulates", take=["frame"],
                     note="R8: 'insisting on' + a requested action is a demand, directive (h40 'calls for', directive)"),
    # --- art 32 wikinews-149948
    (32, M, 2): dict(expect="Analysts were predicting", take=["frame"],
                     note="R9 and gold precedent: a survey, poll or data set as the source is evidence whatever the cue (e30 'According to the results of a survey', h40 'according to a survey by ...', agreed 'According to data' here)"),
    # --- art 37 wikinews-80308
    (37, M, 5): dict(expect="by making it cheaper", note="S2: fullest name in the article ('the US Federal Reserve')"),
    # --- art 38 wikinews-27377
    (38, O, 2): dict(expect="using the term", take=["speaker"], note="S1: title dropped ('Mirecki', not 'Professor Mirecki')"),
}

# ---------------------------------------------------------------- unaligned items
# (article, list, X, index): (expect, action, note[, set])   action "keep" | "drop" | "to_opt" | "to_main"
SINGLE = {
    (0, O, "B", 0): ("they could not make it", "keep", "optional union: a stated reason without a communication verb ('canceled ... on the basis that')"),
    (3, O, "B", 0): ("permission to pass", "keep", "optional union: a request with a noun-phrase object (Q8)"),
    (4, M, "A", 1): ("over 60% of Poles", "keep",
                     "the second conjunct is a poll result (a lead 'by a sizeable majority' is what polls measure), so it is content of 'show', as the agreed coordinated 'coalition forces continue ..., and the Iraqi security forces are being trained ...' (wikinews-17738); R18 cuts only the writer's background"),
    (4, M, "B", 1): ("over 60% of Poles", "drop", None),   # span duplicate of A1
    (5, O, "B", 0): ("full independence", "keep", "optional union: volition with a noun-phrase object (R3)"),
    (6, O, "B", 0): ("a bill that would make", "keep", "optional union: noun-phrase complement (Q8)"),
    (7, M, "B", 9): ("to have ready by August 15", "keep", R32 + "; R2: 'pledged to' + infinitive is main, speech"),
    (7, O, "A", 2): ("to have ready by August 15", "drop", None),   # became main (R32)
    (7, O, "A", 0): ("the term \"war on terror\"", "keep", "optional union: the writer's inference attributed to Bush ('implicitly recognising that ...'); term in marks (Q14)"),
    (15, O, "B", 1): ("rather than adjusting benefits", "keep", R33),
    (21, O, "B", 1): ("Greece's borrowing needs", "keep", R33),
    (23, O, "A", 1): ("the contractors all belong", "keep", R34),
    (24, M, "B", 11): ("How is a lawyer supposed", "keep", PARA),
    (25, O, "A", 1): ("the CIA may be flying", "keep", R34),
    (25, O, "A", 5): ("tough challenges ahead when", "drop", None),   # span duplicate of B6 (R18)
    (25, O, "B", 1): ("The unusually expansive", "keep", "Q7: the New York Times is the optional outer layer over the officials' words (g40 ABC precedent)"),
    (25, O, "B", 3): ("to let him return", "drop", None),   # R35
    (25, O, "B", 6): ("tough challenges ahead", "keep",
                      "optional union (Q8 NP complement of 'citing'); R18: the 'when shortfalls ... are in some calculations projected ...' clause carries the writer's own sourcing and stays out; A's longer span dropped as a span duplicate"),
    (26, O, "A", 1): ("Ukraine's foreign ministry", "keep", "optional union: R29 provision continuing 'Under the terms of the decree' without a cue"),
    (26, O, "B", 0): ("the movement of Russian", "keep", "optional union: R29 provision with a verb of legal effect ('limiting')"),
    (27, O, "A", 4): ("more of the financial burden", "keep", R34),
    (27, O, "B", 1): ("the executive branch to classify", "keep", "optional union: R29 provision with a verb of legal effect ('allows')"),
    (30, O, "A", 1): ("U.S. Rep. David Davis' congressional office", "keep",
                      "optional (Q11: evidence without a speaker); R18: the writer's 'with at least one blog ... with content that was critical toward ...' tail stays out (R25's note: the writer's 'with'-absolute); B's longer span dropped as a span duplicate"),
    (30, O, "B", 1): ("admitted to using", "keep", R19A + "; Hill's admission itself is the main item (agreed)"),
    (30, O, "B", 2): ("U.S. Rep. David Davis' congressional office", "drop", None),   # span duplicate of A1 (R18)
    (34, O, "A", 0): ("an apparent miscalculation", "keep", "optional union: vague source ('many quarters') with noun-phrase content (Q8/Q10)"),
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
