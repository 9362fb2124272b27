"""Build /work/annot8/fresh-k40-gold.jsonl from annotators A and B (rules R1-R43; README-fresh-k40.md).

Every difference listed by diff.py (103) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same mechanics as the fresh-j40 adjudicate.py
(pick_title/pick_org for the title/org field conventions, R14's possessor exception, actions "keep" / "drop" /
"to_opt" / "to_main" for unaligned items). New rules on this set: R39-R43 (rules-r1-r43.md).
The script also checks that every item identical in A and B (all fields) is in the gold unchanged, and prints how
many differences went to A, to B, or to neither (a mix of both, or a value set by a rule).
Run: /work/main/.venv/bin/python adj/adjudicate.py   (the venv is needed for the alignment import only)
"""
import collections, hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot8/fresh-k40-texts.jsonl"); A = L("/work/annot8/A/fresh-k40.jsonl"); B = L("/work/annot8/B/fresh-k40.jsonl")
OUT = "/work/annot8/fresh-k40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"

R39 = ("R39: a title whose possessor is a person gives the bare role ('Bugti's son' -> 'son'), as e30 'Dink's daughter' "
       "-> 'daughter', f40 'McCain's advisers' -> 'advisers', 'Palin's aides' -> 'aides' and the agreed 'Colonel "
       "Jordan's attorney' -> 'attorney' in this set; an organisation or place possessor stays (addendum 'the "
       "association's chair', agreed 'The Opposition's environment spokesman', 'Australia's Prime Minister')")
R40 = ("R40: a second source whose speech cue sits in a relative clause inside an outer speaker's reported clause "
       "('… interviews with witnesses and prisoners who say they were abused …', '… the large cuts scientists say are "
       "necessary') is an R4 inner layer (R32 gives its content): the inner item is main, the outer speaker's own "
       "report up to the head noun is a separate main item, and the outer layer is optional over the whole clause "
       "(R23's three items); the agreed Greenpeace/scientists items in this set already have the two main items. "
       "A cognition state that the outer speaker ascribes to a third party as part of its own account ('money "
       "transfers which led agents to believe …', agreed optional) is not a statement by that party and stays "
       "optional")
R41 = ("R41: a passive object + as-predicate with an identifiable source is main when the verb is a communication or "
       "stance verb (described, criticised, labelled, branded, hailed as …): the addendum's own example 'His condition "
       "was described as stable by a hospital spokeswoman' is main, with the cue inside the span; the active form "
       "('criticised X as …', Q8) stays optional. With a cognition verb (seen, viewed, considered, regarded as) it "
       "stays optional (Q8/Q9; d32 'considered by many', e30 'seen by many political commentators as an easy win', "
       "i40 'viewed as a slur')")
R42 = ("R42: judicial findings (a verdict, the convictions, a court's or jury's findings of fact) cited as the source "
       "of facts ('according to the convictions handed down by a … jury') are inquiry products under R37(a): "
       "document, frame evidence; the act of convicting itself stays unannotated (dev Q16 'A jury convicted …')")
R43 = ("R43: a cue inside the writer's effort or purpose infinitive ('her efforts to demand X', 'camping … to demand "
       "X') reports an act the text presents as performed, so it gives the item its complement would give in a "
       "main clause (R32 logic): main for a clausal complement (here a subjunctive, dev 'urged the immunity be "
       "waived'), optional for a noun phrase (the agreed 'to demand a private conversation with the President'); "
       "hopes and wishes for one's own act (R3, R24) and negated or hypothetical cues (addendum) are different: "
       "they do not present the act as performed")
TITLE_NEAREST = ("field convention: speaker_title is the role at the mention nearest the quote; the introduction's "
                 "role is used only when that mention has none (as Dion's items in this set); here the nearest mention "
                 "is 'Senator Coonan'")
AS_WRITTEN = ("field convention: speaker_title is the role as written at the nearest mention, capitalisation included "
              "(j40 'Advocates', h40 'Critics'); the fuller version wins")
WHOLE = ("S1: descriptive mentions are kept whole, with their modifiers and appositives (dev 'the reports by Johns "
         "Hopkins Center …', agreed 'a public opinion poll published on Friday' and 'a number of Rae's high-profile "
         "supporters such as …' in this set)")
CANON_NAME = ("S2: the canonical is the fullest name the article gives; 'The Sheehan Family' is the name the issuers "
              "sign their statement with, while 'Casey's grandparents and other members of her extended family' is "
              "a description")
CUE_NOUN = ("cue convention: a block quotation introduced by an attribution phrase takes that phrase's cue word as "
            "written (dev art 28 'made the following announcement:' -> cue 'announcement'); '' is for quotes with no "
            "cue at all (Q5)")

# ---------------------------------------------------------------- decisions on aligned pairs
# key (article 0-based, list, A-index): dict(expect=<A text prefix>, take=[fields taken from B], set={field: value},
#                                           note=<rule>, drop_a_note=bool)
PAIR = {
    # --- art 0 wikinews-118465 (BBC reporters in Iran)
    (0, O, 0): dict(expect="several BBC reporters intended", take=["frame"],
                    note="addendum evidence row lists 'revealed' only for a study or data, and R37 ties the evidence "
                         "frame to inquiry products; security agencies are an organisation disclosing something, so "
                         "the frame is speech (B); S2: an organisation-typed speaker keeps its name as canonical "
                         "(A; '' is for unknown or anonymous speakers)"),
    # --- art 5 wikinews-126078 (Corus)
    (5, M, 2): dict(expect="it is essential that Corus",
                    note="S2: the canonical is the fullest form of the name in the text; a peerage is kept as part of "
                         "the name, as the gold 'Lord Levy' (e30/f40), and dropped from `speaker` only (S1)"),
    (5, M, 4): dict(expect="we are not prepared to reconcile",
                    note="S2: the canonical is the fullest form of the name in the text; a peerage is kept as part of "
                         "the name, as the gold 'Lord Levy' (e30/f40), and dropped from `speaker` only (S1)"),
    (5, M, 6): dict(expect="the government should subsidise wages", take=["speaker", "speaker_title"], drop_a_note=True,
                    note="f40-i40 precedent on lost link texts: scraping residue is no mention (i40 'the residue "
                         "\"Inc.\" is no mention'), so the speaker is the surviving name 'Martin Callanan', as the "
                         "agreed canonical; R28: the title ends at its last content word, and 'MEP s' is the plural "
                         "'MEPs' split by a lost link, so the surviving speaker's role is 'MEP'"),
    # --- art 6 wikinews-86648 (Guantanamo SOP)
    (6, M, 2): dict(expect="some detainees may be punished",
                    set={"speaker_canonical": "2004 Standard Operating Procedures for Camp Delta"},
                    note="S2: a document with no named issuer takes its own name, in the fullest form the article "
                         "gives ('the 2004 Standard Operating Procedures (SOP) for Camp Delta'); the parenthetical "
                         "abbreviation is left out as in the gold canonicals 'Hindu Rights Action Force', 'Swiss "
                         "Federal Railways', 'Confederation of British Industry'"),
    (6, M, 5): dict(expect="the manual changes when warranted", take=["cue"],
                    note="j40 precedent: 'went on to say' is the cue as written (Ranstorp); R15 keeps a phrasal cue whole"),
    # --- art 7 wikinews-54900 (Thompson)
    (7, M, 1): dict(expect="his experience as a former Wisconsin", take=["cue"],
                    note="j40 precedent: 'went on to say' is the cue as written (Ranstorp); R15 keeps a phrasal cue whole"),
    # --- art 8 wikinews-41174 (Howard / nuclear)
    (8, M, 10): dict(expect="even if there was a doubling", take=["speaker_canonical"],
                     note="S2: fullest name in the article ('Steve Shallhorn, chief executive of Greenpeace Australia "
                          "Pacific'); " + R40),
    # --- art 11 wikinews-49595 (Balochistan)
    (11, M, 4): dict(expect="international human rights groups exhume", set={"speaker_title": "son"}, note=R39),
    # --- art 13 wikinews-48289 (Israeli polls)
    (13, O, 0): dict(expect="Labour leader Amir Peretz to quit", drop_a_note=True,
                     take=["span", "cue", "speaker", "speaker_canonical", "speaker_type", "frame"],
                     note="the sentence is a cue-less continuation of the Maariv survey results (Q5 continuation, "
                          "optional as the dev 'suspicion of trespassing' that continues the sheriff's report); the "
                          "agreed first item of the article treats the same structure ('Almost two-thirds of Israelis "
                          "want …, according to a … poll') as the poll's content with the respondents inside, not as "
                          "a volition of the respondents (R3); R37(a): a survey is evidence"),
    # --- art 16 wikinews-34746 (Kenya raid)
    (16, O, 1): dict(expect="publishing false rumor with intent", take=["cue"],
                     note="R15: a phrasal cue keeps its governing preposition ('charged with'); R8: a charge is an "
                          "accusation, an evaluative act, so the frame is stance (j40 'charged that' stance)"),
    (16, O, 3): dict(expect="is seen by many as losing touch",
                     note="R32 + j40 precedent ('who is accused of'): in a relative clause the relative pronoun stays "
                          "out (the gap stays unfilled); the passive verb group stays in because the agent 'by many' "
                          "sits between the cue and the as-predicate (addendum passive rule); R41: a cognition "
                          "passive as-predicate stays optional"),
    # --- art 17 wikinews-39406 (detainee abuse)
    (17, M, 1): dict(expect="they analyzed thousands of pages", note=R40),
    # --- art 23 wikinews-57436 (Belgian soldiers)
    (23, O, 0): dict(expect="this was denied", take=["speaker"], drop_a_note=True, note=WHOLE),
    # --- art 26 wikinews-33541 (cartoon contest)
    (26, M, 0): dict(expect="Amitai Sandy (29), graphic artist", take=["cue"], set={"speaker_canonical": ""},
                     note=CUE_NOUN + " ('From their February 13 release:' -> 'From', as 'According to X' -> 'according "
                          "to'); S2: a document takes its issuer only when the issuer is named: 'their' is the "
                          "Israeli group, which the article never names (agreed optional 'an Israeli group announced', "
                          "canonical ''), so the canonical is '' (dev Boseman statement)"),
    (26, M, 3): dict(expect="This is a fantastic idea", take=["speaker"],
                     note="S1: the speaker is the name in the signature ':Ash, NJ'; 'NJ' is a place, left out as the "
                          "agreed 'Amitai Sandy (29), … from Tel-Aviv' gives 'Sandy'"),
    # --- art 27 wikinews-25891 (police lobbying)
    (27, M, 3): dict(expect="Certainly, as a Member of Parliament", take=["frame"], drop_a_note=True,
                     note="R8: the frame follows the cue construction, and a cue-less continuation (Q5) has none, so "
                          "it is speech; both annotators agreed on speech for the two other continuations after a "
                          "stance cue in this set (wikinews-34427 Crean 'criticised …', wikinews-99486 Bush 'confirmed …'), "
                          "as g40 ('saying' stance -> continuation speech)"),
    # --- art 28 wikinews-122737 (Fumo)
    (28, M, 0): dict(expect="Fumo also ordered state employees", take=["frame"], note=R42),
    (28, M, 7): dict(expect="Fumo arranged for heated sidewalks", set={"speaker_title": "Prosecutors"}, note=AS_WRITTEN),
    # --- art 29 wikinews-40678 (satellite phones)
    (29, M, 1): dict(expect="the scheme's eligibility criteria", set={"speaker_title": "Senator"}, note=TITLE_NEAREST),
    (29, M, 2): dict(expect="These changes include increasing", set={"speaker_title": "Senator"}, note=TITLE_NEAREST),
    # --- art 30 wikinews-101677 (Spitzer)
    (30, M, 0): dict(expect="he was being investigated for using",
                     note="Q4/Q14 + gold precedent: a descriptive or evaluative word in marks inside a reported clause "
                          "is a partial quotation and makes the item mixed (h40 'frail', 'damaging'; g40 'bizarre'; "
                          "j40 'minor'; dev art 25 Sacoolas: the relaying report's marked words still make it mixed); "
                          "Q14 keeps a clause indirect only for names, titles and terms ('Client 9', 'no-fly list', "
                          "'Swedish model'), and 'high-class' names nothing"),
    (30, O, 0): dict(expect="New York Governor Eliot Spitzer informed",
                     note="as the inner item: 'high-class' is a partial quotation, not a term (Q4/Q14), so mixed; "
                          "the clause does not end with the marks, so no closing mark question arises"),
    (30, M, 3): dict(expect="Spitzer is identified as", set={"speaker_title": "Sources familiar with the case"},
                     note=AS_WRITTEN),
    (30, M, 10): dict(expect="Spitzer could resign and be indicted", set={"speaker_title": "Sources", "speaker_org": ""},
                      note=AS_WRITTEN + "; speaker_org is the organisation the speaker belongs to (addendum); "
                           "'Sources for the Fox News Channel and WCBS-TV' are sources the outlets used, not members "
                           "of them, so the org is '' (A)"),
    # --- art 31 wikinews-5404 (anti-secession law)
    (31, M, 0): dict(expect="The law shows the", take=["speaker"], drop_a_note=True, note=WHOLE),
    # --- art 35 wikinews-18633 (Sheehan)
    (35, M, 8): dict(expect="\"for the truth\" about why", take=["speaker"], drop_a_note=True,
                     note=WHOLE + "; S1: the relative pronoun 'who' is resolved to its whole antecedent"),
    (35, M, 9): dict(expect="her of using her son's death", note=CANON_NAME),
    (35, M, 10): dict(expect="The Sheehan Family lost our beloved", take=["cue"],
                      note=CUE_NOUN + " ('issued a statement …::' -> 'statement'); " + CANON_NAME),
    (35, M, 15): dict(expect="Who we'all gonna honor today.",
                      note="S1: role titles are dropped from the speaker ('President Bush' -> 'Bush')"),
    (35, O, 1): dict(expect="their disagreement with the actions", note=CANON_NAME),
    # --- art 36 wikinews-46924 (Lebanon)
    (36, M, 4): dict(expect="they saw a man being loaded", set={"speaker_title": "Witnesses"}, note=AS_WRITTEN),
    (36, M, 5): dict(expect="to remain in their homes", set={"speaker_org": ""},
                     note="S3 + g40 precedent ('American forces claim …' -> organization, canonical 'US military'): "
                          "an army's troops acting as a force (warning residents) are the organisation, named in the "
                          "article as the Israeli Defense Forces; unnamed soldiers who serve as informants stay "
                          "anonymous (agreed 'Pakistani government soldiers'); an organisation has no speaker_org"),
    (36, M, 14): dict(expect="they no longer expect that", set={"speaker_org": "United States"},
                      note="field convention: speaker_org is the fullest organisation name the text gives ('United "
                           "States' occurs in the article)"),
    # --- art 37 wikinews-55517 (Dion)
    (37, O, 2): dict(expect="Dion", take=["speaker_type"],
                     set={"speaker_canonical": "Ralph Goodale, Volpe and Ken Dryden"},
                     note="R11: the identifiable members set the type (person), and the canonical joins them with "
                          "'and' in their fullest forms (S2: 'Ken Dryden' earlier in the article)"),
    (37, O, 3): dict(expect="the environment (particularly", take=["speaker_canonical"],
                     note="field convention: a campaign's canonical is '<name> campaign' (d32/g40 'Franken campaign', "
                          "'Obama campaign'); 'His' = Dion"),
}

# ---------------------------------------------------------------- unaligned items
# (article, list, X, index): (expect, action, note[, set-dict[, side]])   action "keep" | "drop" | "to_opt" | "to_main"
SINGLE = {
    (2, O, "A", 1): ("itself as a healthy alternative", "keep",
                     "optional union: object + as-predicate small clause of a self-presentation cue (Q8, 'hailed the "
                     "pipeline as …')"),
    (5, O, "B", 0): ("to honour a 10-year contract", "keep",
                     "optional union: refusal of an act with an infinitive (f40 'The station refused to air the tape', "
                     "optional); a refusal to speak would be 'declined to comment' (main)"),
    (6, O, "B", 1): ("torture and extreme interrogation", "drop", None),   # Q10/R34: sourceless NP 'claims of' + NP, no clause
    (8, O, "A", 0): ("even if there was a doubling", "keep", "optional union: " + R40),
    (9, O, "A", 1): ("a war crime", "keep",
                     "optional union: j40 precedent ('pleaded guilty to' + NP, optional, R15); subject lost in "
                     "scraping, speaker '' (f40-j40)"),
    (14, O, "B", 3): ("the government in Khartoum", "keep",
                      "optional union: addendum, NP complements of any cue stay optional with their frame ('backed the plan')"),
    (16, O, "A", 0): ("the incident as an evidence-gathering", "drop", None),   # span duplicate of B0; B's span kept
    (16, O, "B", 0): ("the incident as an evidence-gathering", "keep",
                      "optional union (Q8 object + as small clause); span duplicate with A's item, B's span kept: the "
                      "'in response to the paper and station's recent alleged publishing …' phrase carries 'alleged', "
                      "the hedge on the government's own accusation, so it is the government's characterisation and "
                      "not the writer's background (R6/R18 cut only the writer's material)"),
    (17, M, "A", 2): ("they were abused by U.S. troops", "keep",
                      R40 + "; S1: 'who' resolved to 'prisoners', the ones who say they were abused"),
    (17, O, "A", 0): ("they analyzed thousands of pages", "keep", R40),
    (17, O, "B", 0): ("they were abused by U.S. troops", "drop", None),   # became main (R40), A2
    (17, O, "B", 1): ("Of those, 10 have been sentenced", "keep",
                      "optional union: cue-less continuation of the groups' report (dev 'suspicion of trespassing')"),
    (17, O, "B", 3): ("the abuses at Abu Ghraib were aberrations", "keep",
                      "optional union: R22, a source named only inside a direct quotation stays optional"),
    (17, O, "B", 4): ("detainee abuses were widespread", "keep",
                      "optional union: R22, a source named only inside a direct quotation stays optional"),
    (20, O, "A", 7): ("extended period", "keep",
                      "optional union: Q15, a free partial quotation of the Fed's wording with no cue"),
    (21, M, "B", 3): ("criticism by liberal Jews of Israel", "keep", R41 + "; 'in which' = the essay (R32)"),
    (21, O, "A", 3): ("criticism by liberal Jews of Israel", "drop", None),   # R41: main (B3)
    (27, O, "B", 2): ("the lobbying has provoked criticism", "keep",
                      "optional union: NP content of a stance noun with a named source (Q8), R30-style span"),
    (28, O, "B", 2): ("to dismiss the juror", "keep",
                      "optional union: a legal request inside the judge's ruling, as the agreed optional 'a motion by "
                      "prosecutors to revoke Fumo's bail'"),
    (29, O, "B", 0): ("those living or working in parts", "keep",
                      "optional union: R29, a provision stated with a verb of legal effect ('allows'); a don't-care "
                      "region either way"),
    (29, O, "B", 1): ("aboriginal corporations and educational", "keep",
                      "optional union: R29, a provision stated with a verb of legal effect ('will allow')"),
    (32, O, "A", 2): ("the move", "drop", None),   # dev Q16: a stance without a cue or content act ('opposed …') is not annotated
    (33, O, "A", 0): ("is accused of stealing goats", "drop", None),   # j40 'who is accused of' precedent: B0's span
    (33, O, "B", 0): ("stealing goats", "keep",
                      "j40 precedent + R32/R15: in the relative clause 'who is accused of' the content is the material "
                      "after the cue, and the cue keeps its preposition; agentless, so optional (Q10)"),
    (34, O, "B", 0): ("President George W. Bush", "keep",
                      "optional union: Q8 NP complement of a stance cue; the content follows in the agreed 'saying' item"),
    (35, M, "A", 0): ("the President of the United States speak", "keep",
                      R43 + "; S1: the nearest mention is the possessive 'her' (kept, as 'His'); title from the "
                      "introduction ('the grieving mother of a fallen soldier in Iraq', R14)",
                      {"speaker": "her", "speaker_title": "grieving mother of a fallen soldier in Iraq"}, "N"),
    (35, O, "B", 0): ("the President of the United States speak", "drop", None),   # R43: main (A0)
    (37, M, "B", 6): ("the victory of Dion was nevertheless", "drop", None),   # R41: cognition passive stays optional (A1)
    (37, O, "A", 1): ("the victory of Dion was nevertheless", "keep",
                      R41 + "; field convention: title kept from the annotator who gave one ('observers', B)",
                      {"speaker_title": "observers"}, "A"),
    (37, O, "A", 4): ("has been rejected", "keep",
                      "optional union: R30 passive with NP-only content in a relative clause (the relative pronoun "
                      "out, R32)"),
    (39, O, "A", 2): ("to prepare to engage in a holy war", "keep",
                      "optional union: R22, a source named only inside a direct quotation stays optional"),
    (39, O, "A", 3): ("the war would be launched from Chad", "keep",
                      "optional union: R22, a source named only inside a direct quotation stays optional"),
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


def side_of(q, a, b):
    """Which annotator the gold item follows on the fields where A and B differ."""
    diff = [f for f in FIELDS if a.get(f, "") != b.get(f, "")]
    if all(q[f] == a.get(f, "") for f in diff): return "A"
    if all(q[f] == b.get(f, "") for f in diff): return "B"
    return "N"


gold, used_pair, used_single, sides = [], set(), set(), collections.Counter()
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
                sides[side_of(q, a, b)] += 1
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
                sides[rest[1] if len(rest) > 1 else (X if action != "drop" else other)] += 1
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
    rec.update(quotes=lists[M], quotes_optional=lists[O], figures=[], figures_optional=[])
    gold.append(rec)

assert used_pair == set(PAIR), set(PAIR) - used_pair
assert used_single == set(SINGLE), set(SINGLE) - used_single
with open(OUT, "w", encoding="utf-8") as fh:
    for r in gold: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print("written", OUT, len(gold))
print("differences settled:", sum(sides.values()), "A:", sides["A"], "B:", sides["B"], "neither:", sides["N"])
