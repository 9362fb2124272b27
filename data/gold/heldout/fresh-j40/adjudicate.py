"""Build /work/annot7/fresh-j40-gold.jsonl from annotators A and B (rules R1-R38; README-fresh-j40.md).

Every difference listed by diff.py (77) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same method and layout as the fresh-i40
adjudicate.py (pick_title/pick_org for the title/org field conventions, R14's possessor exception, actions
"keep" / "drop" / "to_opt" / "to_main" for unaligned items). New rules on this set: R36-R38.
Run: /work/main/.venv/bin/python adj/adjudicate.py   (the venv is needed for the alignment import only)
"""
import hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot7/fresh-j40-texts.jsonl"); A = L("/work/annot7/A/fresh-j40.jsonl"); B = L("/work/annot7/B/fresh-j40.jsonl")
OUT = "/work/annot7/fresh-j40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"

R36 = ("R36: an emotional reaction to a fact the source takes as given ('was pleased that', 'glad', 'disappointed by', "
       "'expressed satisfaction/regret/shock') evaluates it, like welcome/criticise: stance (d32 'expressed his "
       "satisfaction', f40 'shock and grief', g40 'disappointed by'); an attitude to an open or future possibility "
       "(fear, worry, concern, hope, doubt, confidence, reservations) is belief")
R37 = ("R37: the frame of a document source follows what the document is: an inquiry product (survey, poll, study, "
       "research, data, figures, statistics, estimates, audit, investigation) is evidence with any cue (i40 Dow Jones "
       "survey 'reported', e30/h40 'according to' a poll/figures); a text that relays accounts or positions (report, "
       "news report, statement, release, story, page) is speech with a communication or hedging cue (said, states, "
       "according to, reported, suggested; e30 'Other reports suggested') and evidence only with a finding cue "
       "(show, find, reveal, indicate; f40/g40 'Reports indicate(d)')")
R38 = ("R38: the subject of an infinitive after a verb that addresses no hearer stays in the span: 'want/wish/need X to "
       "VP' and the for-infinitive 'call/ask/press for X to VP' give `X to VP` (R5/R21 logic: X is the subject of the "
       "wanted or requested event); Q2/R1's addressee cut is for verbs whose object is the person addressed (tell, "
       "urge, ask, call on, advise, direct, request, encourage). Precedent: d32 'wants the country to give up', "
       "'asking for Richard to ... resign', g40 'called for police to remove'; agreed here: 'called for \"other "
       "permanent members ...\" to contribute', 'calling for an independent watchdog to monitor', 'want the soldiers "
       "to come home'")
R4 = ("R4: in 'X said that Y <cue> C' with Y a distinct identifiable source (another person) and C clausal, the inner "
      "layer is main with Y's frame (directive: 'encouraged them to ...', addendum directive row; the addressee "
      "'them' stays out, R1) and the outer layer is optional over the whole clause; dev art 24's optional "
      "'classmates encouraged him' is the writer's own narration with no outer cue")
S2_RESEARCH = ("S2: a document takes its issuer when the article names it; 'the report' is the write-up of the "
               "research the article credits to Felten, Feldman and Halderman (headline 'Princeton report'), joined "
               "with 'and' as the agreed canonical of 'they'/'The researchers' (S1)")
S2_PAGE = ("S2: a document takes its issuer only when it is named; the page is an 'unofficial announcement' on "
           "Wikimedia's meta site, so the site's owner is not its issuer (unlike an organisation's own website, dev "
           "WHO) and the canonical is '' (dev Boseman statement)")
QUOTING = ("g40/h40 precedent: when the quoting source is named ('the Associated Press quoted X as saying', g40 'the "
           "court filing quoted Roberts as saying', h40 'quoted by a government spokesman as saying'), the inner item's "
           "cue is 'saying' and the outer layer's is 'quoted'; 'quoted as saying' is the cue of the agentless passive "
           "only (f40 'have been quoted as saying')")

# ---------------------------------------------------------------- decisions on aligned pairs
# key (article 0-based, list, A-index): dict(expect=<A text prefix>, take=[fields taken from B], set={field: value},
#                                           note=<rule>, drop_a_note=bool)
PAIR = {
    # --- art 1 wikinews-22437 (NYPD / Sheehan)
    (1, M, 1): dict(expect="Anti-war protester Cindy Sheehan was speaking",
                    note="field convention (e30 on): speaker_canonical has no leading article ('Village Voice', as e30 'Financial Post', g40-i40 'New York Times', 'Washington Post')"),
    # --- art 3 wikinews-257726 (California advances)
    (3, M, 4): dict(expect="the California Department of Forestry", note=R37 + "; an audit is an inquiry product: evidence"),
    (3, M, 6): dict(expect="to hand over any delinquent accounts", take=["speaker_type"],
                    note="guideline/S3: unnamed organisations are an unnamed source, anonymous ('police said' is organization only when a force is named); g40 'Human rights groups', i40 'Private telephone companies'"),
    # --- art 4 wikinews-53485 (war crimes court)
    (4, O, 3): dict(expect="crimes under the International Criminal Court Act",
                    note="R15 and the light-verb cue convention (i40 'sent a proposal'): the fixed cue 'pleaded guilty to' stays whole and the content is its NP object (Q8 optional); S1: the title 'Corporal' is dropped from the speaker"),
    (4, O, 4): dict(expect="failing to ensure that the detainees",
                    note="R32 + h40 precedent ('Chirac, who has been criticized for keeping a low profile ...' -> 'keeping a low profile ...'): in a relative clause the relative pronoun subject stays out and the content is the material after the cue; R19b/R13 take a subject only as a contiguous full NP; R15: the cue keeps its governing preposition ('accused of')"),
    # --- art 6 wikinews-50532 (New Brunswick)
    (6, M, 4): dict(expect="serving as Premier for the last seven years", take=["frame"], drop_a_note=True,
                    note="addendum stance row: a 'saying ...' clause attached to a stance verb is stance; 'accepted the result telling his supporters that \"...\"' attaches the telling clause to 'accepted' (conceded), as d32-i40 'dismissed/commended/praised/defended ..., saying' (stance); Q4: direct after 'that'"),
    # --- art 8 wikinews-28234 (EU budget)
    (8, O, 1): dict(expect="to participate with relatively equal", take=["span"], drop_a_note=True, note=R38 + "; R3: volition stays optional, frame directive"),
    # --- art 11 wikinews-85861 (Denmark terror case)
    (11, M, 3): dict(expect="Lars encouraged them to do and say", drop_a_note=True,
                     take=["span", "cue", "speaker", "speaker_canonical", "speaker_type", "frame"], note=R4),
    (11, O, 3): dict(expect="to do and say things", drop_a_note=True,
                     take=["span", "cue", "speaker", "speaker_canonical", "speaker_type", "frame"],
                     note="R4/Q7: the defense's outer layer is optional over the whole clause (anonymous: unnamed defense lawyers)"),
    # --- art 12 wikinews-74004 (Napolitano in Ghana)
    (12, M, 1): dict(expect="the Italian president had shown confidence", take=["frame"], drop_a_note=True, note=R36),
    # --- art 18 wikinews-87131 (Baghdad prison)
    (18, M, 0): dict(expect="The prison building was organised", take=["cue"], note=QUOTING),
    (18, M, 1): dict(expect="the Doura plant had been", take=["frame"], drop_a_note=True,
                     note=R37 + "; 'Early reports based on statements made by Iraqi authorities' relay statements: speech (R12: main, document, canonical '')"),
    # --- art 19 wikinews-26208 (APEC)
    (19, O, 0): dict(expect="not matching an offer by the US", take=["span"], drop_a_note=True,
                     note="R13/R30 + g40 precedent ('the OPP were criticised for not enforcing the law', f40 'He is accused of corruption'): an agentless passive-type criticism in a main clause spans its contiguous subject through the complement (R19b); 'received criticism for' is the light-verb passive of 'criticised for'; 'widely considered to be generous' is a hedge inside an NP (Q10) and stays unannotated"),
    # --- art 21 wikinews-50072 (Princeton / Diebold)
    (21, M, 6): dict(expect="Analysis of the machine...shows", note=S2_RESEARCH),
    (21, M, 7): dict(expect="An attacker who gets physical access", note=S2_RESEARCH),
    # --- art 22 wikinews-48113 (Chirac)
    (22, M, 2): dict(expect="two more battalions will come", take=["cue"], drop_a_note=True,
                     note="Q5: the second quotation carries the cue unless the attribution closes its sentence ('\"A,\" X said. \"B.\"'); a semicolon ('\"A\", Chirac declared; \"B\"') does not close the sentence, so the split quote keeps 'declared' (as '\"A,\" X said, \"B.\"')"),
    # --- art 24 wikinews-8540 (teen drug study)
    (24, M, 1): dict(expect="about one in five teenagers", note=R37 + "; a study is an inquiry product: evidence with 'reported'"),
    # --- art 27 wikinews-25256 (UN on Syria)
    (27, M, 0): dict(expect="to cooperate fully with the UN", take=["span"], drop_a_note=True,
                     note=R38 + "; R29: 'calling for' is a communication verb of a document, so the item is main (agreed)"),
    # --- art 30 wikinews-4652 (Google / Wikimedia)
    (30, M, 0): dict(expect="the board is discussing the offer", take=["speaker_canonical"], drop_a_note=True, note=S2_PAGE),
    # --- art 31 wikinews-22555 (oil / Rita)
    (31, M, 3): dict(expect="to effectively suspend its quota system",
                     note="S1: the speaker is the mention as written without honorifics or role titles; its parenthetical abbreviation is part of the written name, as the agreed 'Hindu Rights Action Force (HINDRAF)' and 'the private finance initiative (PFI) deal' in this set and h40 'The Confederation of British Industry (CBI)'"),
    (31, O, 0): dict(expect="an increase of over 3.5% on Thursday",
                     note="S2: a document with no named issuer takes its own name (dev: the Constitution, the statute, the agreement); Henry Hub is a trading location, not an issuer, so the canonical is 'Henry Hub price index'"),
    # --- art 32 wikinews-48395 (Iran heavy water)
    (32, M, 5): dict(expect="current Iranian research reactors", take=["frame"],
                     note="R8: 'charged that' = accused (an evaluative verb): stance, as i40 'The International Committee of the Red Cross has charged ... that' (stance); 'alleged' stays speech (d32-i40)"),
    (32, M, 9): dict(expect="the reactor will be used to produce",
                     note="Q2: relative clauses inside the reported clause stay in (dev art 29 'which currently involves ...'); 'which have many medical applications' is the ground of Iran's peaceful-use claim (cf. 'it will be used for medical purposes only'), not a background tail with its own source or time (R6/R18)"),
    # --- art 34 wikinews-253987 (FDA calorie rules)
    (34, O, 1): dict(expect="clear and conspicuous",
                     note="Q15 + dev precedent ('suspicion of trespassing' in a sentence that continues the sheriff's report -> speaker Lee): the free partial quotation continues the description of 'The FDA's proposed guidelines', which are its speaker (document, canonical = issuer, S2); R29: a provision with a verb of legal effect ('must be displayed') has frame directive"),
    # --- art 39 wikinews-9162 (Lötschberg tunnel)
    (39, O, 1): dict(expect="a 20% increase in rail traffic", set={"speaker": "Swiss Federal Railways (SBB)"},
                     note="S1: the descriptor 'the state-owned' is dropped (i40 'the UN aid agency World Food Program', e30 'Rival United States airlines'), and the parenthetical abbreviation stays as part of the written name (as 'The Organization of Petroleum Exporting Countries (OPEC)' and the agreed 'Hindu Rights Action Force (HINDRAF)')"),
}

# ---------------------------------------------------------------- unaligned items
# (article, list, X, index): (expect, action, note[, set])   action "keep" | "drop" | "to_opt" | "to_main"
SINGLE = {
    (4, O, "B", 0): ("what is said to have been", "drop", None),   # Q10/R13: a hedge inside a noun/prepositional phrase is not annotated
    (7, O, "A", 0): ("whether the White House illegally", "keep",
                     "optional union: Q9 deliberation verb ('questions whether') with a named source noun is optional; an open question is no finding, so the addendum does not make it main; R37 frame evidence (an investigation)"),
    (8, O, "B", 2): ("the resulted budget as a poor", "drop", None),   # Q9: evaluative cognition with no named source ('Most')
    (17, O, "A", 1): ("the government of Sri Lanka", "keep",
                      "optional union: addendum, NP complements of any cue stay optional with their frame ('backed the plan')"),
    (30, M, "B", 0): ("Google Inc. has made a proposal", "drop", None),   # kept as optional (A0): Q15/R20
    (30, O, "A", 0): ("Google Inc. has made a proposal", "keep",
                      "Q15 as read in R20 (quotations without a clear source are optional): the opening quoted sentence has no cue, and the text never says where it comes from (the next paragraph describes the offer 'as described on the unofficial announcement', not the sentence); Q5's cue-less main quotes need a named speaker in an adjacent sentence; B's main copy dropped. " + S2_PAGE,
                      {"speaker_canonical": ""}),
    (31, O, "A", 3): ("a flood watch for the Texas coastline", "keep",
                      "optional union: Q8 ('issued warnings against ...' is an optional NP complement); the writer's relative clause on Galveston stays out (R6)"),
    (35, O, "A", 1): ("Around 10pm the previous night", "keep",
                      "optional union: the fronted fragment before the cue is content-like (R16: it cannot date the present-tense 'say') but outside the agreed main span, so it is a don't-care region (Q6 analogue)"),
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
