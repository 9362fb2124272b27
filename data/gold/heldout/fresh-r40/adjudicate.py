"""Build /work/annot15/fresh-r40-gold.jsonl from annotators A and B (rules R1-R69; README-fresh-r40.md).

Every difference listed by diff.py (88) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same mechanics as the fresh-q40 adjudicate.py
(pick_title/pick_org for the title/org field conventions, R14's possessor exception, actions "keep" / "drop" /
"to_opt" / "to_main" for unaligned items, "also_keep_b" for alignment artefacts). New rules on this set: R67-R69
(rules-r1-r69.md). The script also checks that every item identical in A and B (all fields) is in the gold unchanged,
and prints how many differences went to A, to B, or to neither (a mix of both, or a value set by a rule).
Run: /work/main/.venv/bin/python adj/adjudicate.py   (the venv is needed for the alignment import only)
"""
import collections, hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot15/fresh-r40-texts.jsonl"); A = L("/work/annot15/A/fresh-r40.jsonl"); B = L("/work/annot15/B/fresh-r40.jsonl")
OUT = "/work/annot15/fresh-r40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"

R67 = ("R67: a causal adjunct in reported content stays in when it is the source's own reason or justification for "
       "the reported act or proposition (the R49 first-person test, p40 'as the company looks to expand'); a causal "
       "history of a background state named inside a noun's modifier, with the writer's dates and events, is the "
       "writer's background and stays out (R6 reasons, R18)")
R68 = ("R68: an inner cue whose subject is the organisation or government that the outer speaker officially speaks "
       "for (its ambassador, spokesperson, official: the speaker could say 'we asked') is R35's case, not an R4 second "
       "source: one main item under the outer cue, with the outer speaker's fields, and no inner layer")
R69 = ("R69: a proposal noun (initiative, proposal, plan put to others) with an identifiable source and an infinitive "
       "whose understood subject is someone other than the source is a directive noun cue (R44: main wherever its NP "
       "sits); inside an outer speaker's clause it is an R40 inner layer (outer report up to the head noun main, inner "
       "main, whole clause optional); a noun for the source's own undertaking (plan, aim, effort for its own action) "
       "stays optional (R24/R65)")
R65 = ("R65: an aim, objective or goal for the source's own action is optional (R3/R24) with frame directive, "
       "also when it is 'stated'")
S1 = "S1/l40/p40: the speaker is the nearest mention without honorifics or role titles"
Q8 = "Q8/addendum: a noun-phrase complement of a cue is optional, with its frame"
R22 = ("R22/R55: a source named only inside another speaker's direct quotation stays optional, kind indirect, span "
       "without the final punctuation")
KEEP_OPT = "optional items are the union of both annotators' optional items (d32-q40 convention)"
TWO = ("gold precedent (j40, k40, m40, q40 'said P, \"Q\"'): an indirect clause and the quotation appended to it after a "
       "comma in the same sentence are two items that share the cue; R26's single mixed span is for coordinations "
       "whose conjuncts the writer's words run into (e30 Zawahiri), not for an appended quotation")
Q16T = ("Q16 (acts without content: 'answered some questions', 'spoke with … about the case'; o40 'commented on the "
        "new figures' dropped): a verb of reacting or reporting with only a topic noun phrase is not annotated")

# ---------------------------------------------------------------- decisions on aligned pairs
PAIR = {
    # --- art 1 wikinews-72057
    (1, O, 0): dict(expect="No-one in this chamber should feel",
                    note="Q7 (the outer media layer spans the whole clause) and g40/o40 convention (the quotation plus "
                         "the postposed attribution, as '…,\" Police General … was quoted as saying'): the span runs "
                         "through 'Salmond said in his speech', the inner attribution with its adverbial, up to the "
                         "outer cue"),
    # --- art 6 wikinews-80655
    (6, M, 2): dict(expect="GM facilities in Mexico and Canada", take=["span"],
                    note="Q2 (the writer's own connectives are left out) and i40 ('as well' after the span): the "
                         "sentence-final additive ', too' links CNN's report to the writer's previous sentence"),
    # --- art 8 wikinews-61009
    (8, O, 1): dict(expect="necessary security conditions",
                    note="Q15 and o40 convention (a cue-less partial quotation spans the words in marks, direct; o40 "
                         "FDIC): 'Other goals will be to …' names no source and no cue (both annotators leave sourceless "
                         "goal sentences unannotated), so only the marked words are annotated; R65's aims need a source"),
    # --- art 12 wikinews-40080
    (12, M, 4): dict(expect="access for aid workers in Darfur", set={"speaker_title": "top UN humanitarian official",
                                                                      "speaker_org": "United Nations"},
                     note="field convention (m40/p40 nearest role-bearing mention): 'He said that …' continues the chain "
                          "introduced by 'top UN humanitarian official Jan Egeland'; the appositive 'the UN's Emergency "
                          "Relief Co-ordinator' belongs to the next item's postposed attribution (B); org: the fullest "
                          "name the text gives ('United Nations' over 'UN', k40 'United States' over 'U.S.') (A)"),
    (12, M, 5): dict(expect="At the moment Darfur is slowly", set={"speaker_org": "United Nations"},
                     note="field convention: the fullest org name ('United Nations' over 'UN', k40)"),
    (12, M, 6): dict(expect="to issue visas to his team", set={"speaker_org": "United Nations"},
                     note="field convention: the fullest org name ('United Nations' over 'UN', k40)"),
    (12, M, 7): dict(expect="to send in some 1,200 troops",
                     take=["span", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title", "speaker_org",
                           "frame"],
                     note=R68 + ": the US ambassador's 'the US had asked Rwanda to …' is one main item under 'said'"),
    # --- art 14 wikinews-72540
    (14, M, 0): dict(expect='is an "explosive belt"',
                     note="R32/R7: the content of the cue in the free relative is the relative's predicate ('is an "
                          "\"explosive belt\"'); 'around his waist' is the locative of the writer's 'wearing' (R6)"),
    (14, O, 3): dict(expect="distressed",
                     note="n40/k40 convention: the mention is kept whole ('Both the Labour and United Future parties'): "
                          "'Both the BBC and Alan's family'; Q15/R36"),
    # --- art 15 wikinews-118112
    (15, M, 0): dict(expect="the country is suffering from a cholera outbreak", set={"speaker_org": ""},
                     note="o40 gold ('cited reports that …': the reports main, document, canonical ''; R4/R12) and n40/o40 "
                          "('refuted claims that …', 'refutes allegations that …': a verb that does not adopt the clause + "
                          "noun + that-clause is an optional outer layer; l40 'rejected the suggestion that'); l40's main "
                          "'denied allegations that' came before them; Mugabe's attached 'saying that …' stays main; a document has no title or org (R10, k40)"),
    # --- art 18 wikinews-37272
    (18, M, 0): dict(expect="support for the strike was solid", take=["speaker_canonical", "speaker_type"],
                     set={"speaker_org": "AEP, AMICUS, CYWU, GMB, NAPO, NIPSA, NUJ, NUT, TGWU, UCATT and UNISON"}, side="N",
                     note="R27/p40: 'they' resolves to 'The members of 11 different trades unions', unnamed members of a "
                          "named group: anonymous, canonical '' (B), with the group as org (the unions named in the last "
                          "paragraph, R11 joint name as the agreed union items)"),
    (18, M, 5): dict(expect="the early retirement provisions",
                     note="k40/o40/q40 convention (descriptive mentions whole, restrictive relatives included: 'A survey "
                          "which was released on Tuesday'): 'The Government which regulates the scheme'; canonical: S2 and "
                          "q40/o40 (a government takes its name as the article places it: 'US government', 'Sudanese "
                          "government'): 'UK government', not the bare 'Government'"),
    # --- art 20 wikinews-62845
    (20, M, 4): dict(expect="Vlaams Belang (Eng. Flemish Interest)", take=["cue"],
                     note="o40 convention ('accused of' is for content after 'of'; R5 keeps OBJ, so 'of' lies inside the "
                          "content): cue 'accused', as the agreed 'accused Western powers of …' in this set"),
    # --- art 24 wikinews-112390
    (24, O, 1): dict(expect="the selection as excellent or good", take=["frame"],
                     note="R60: verbs of rating and classifying ('rate X as Y', 'qualify X as') are speech even with an "
                          "evaluative predicate; Q8/R41 object + as-predicate optional"),
    # --- art 25 wikinews-32572
    (25, O, 0): dict(expect="a 4.8% boost to the Department", take=["speaker_canonical"],
                     note="R52 and gold (p40 '9/11 Commission Report', f40 'UN Security Council Resolution 1559', this "
                          "set's agreed resolutions): a document with a proper name takes it, also when its issuer is "
                          "named: 'Quadrennial Defense Review'; " + Q8),
    # --- art 26 wikinews-60277
    (26, M, 5): dict(expect="they are planning two additional initiatives", take=["speaker_canonical", "speaker_type"],
                     note="R27/R66 and m40 convention: 'The measure's backers' is a description that the text never "
                          "identifies with the alliance (the paragraph before speaks of 'Supporters of I-957'): anonymous, "
                          "canonical ''"),
    (26, O, 1): dict(expect="know of no reason",
                     note="Q15: a free partial quotation without a clear source (the assertion a couple would have to "
                          "make, in a hypothetical sentence with no cue): anonymous, canonical ''"),
    (26, O, 3): dict(expect="The purpose of the initiative",
                     note="R65: the purpose of the source's own initiative is an aim, optional with frame directive, also "
                          "when stated ('according to' names who stated it, as 'stated'); both Q6 pieces optional"),
    # --- art 27 wikinews-12212
    (27, M, 1): dict(expect="the Serbian President, Boris Tad", take=["speaker", "speaker_type"],
                     note="gold precedent (m40 Blair 'made a statement outside 10 Downing Street, saying that …', d32 Lim "
                          "'made a statement condemning …': the speaker, not a document): 'made a statement' is an oral "
                          "act; R10's document is for statements 'released' or 'issued'; unnamed group: anonymous, "
                          "canonical ''"),
    (27, M, 2): dict(expect="Tadić coming to Srebrenica", take=["speaker", "speaker_type"],
                     note="as the preceding item (m40/d32 'made a statement': the speaker; R10 is for released or issued "
                          "statements); the quotation after the colon shares the cue (m40)"),
    (27, M, 3): dict(expect="to officially support an initiative", take=["span"],
                     note=R69 + ": Pajtić's own report up to the head noun is main (R2 'agreed to', stance)"),
    (27, O, 6): dict(expect="satisfied",
                     note="consistency with the agreed '30.2% of subjects said that …' (respondents as anonymous "
                          "speakers): 'one percent was \"satisfied\"' is the respondents' answer, speaker 'one percent', "
                          "anonymous; R36 an emotional reaction to a fact is stance; Q15 optional"),
    # --- art 28 wikinews-55323
    (28, M, 2): dict(expect="the retailers were winning about 2.5",
                     note="S2 (documents take the issuer named anywhere in the article): 'The study' is the fifth "
                          "estate's special investigation ('The report investigated …'), whose figures the OLG chief "
                          "calls 'the fifth estate's numbers': canonical 'fifth estate'; R37a evidence"),
    # --- art 29 wikinews-80877
    (29, O, 0): dict(expect="an immediate increase of $140 million",
                     note="k40/l40 convention: a joint source's members in their fullest forms ('Greens and Australian "
                          "Democrats'; the article names 'Australian Democrats'); R4 inner NP layer optional"),
    # --- art 30 wikinews-23756
    (30, M, 1): dict(expect="... civil war could erupt", note=TWO),
    (30, M, 3): dict(expect='to vote "no" on October',
                     note="Q14 (terms in marks do not make a clause mixed): the marked \"no\" names the ballot option "
                          "(vote \"no\"), a term, not the leaders' wording; R1 addressee out"),
    # --- art 32 wikinews-3670
    (32, O, 4): dict(expect="defunct", take=["cue"],
                     note="R32 and gold (f40 'which he sees as illegitimate…' → cue 'sees', content after 'as'; i40 'what "
                          "he described as torture'; n40 'who has been described as one of …'): span after 'as' (A), cue "
                          "the verb without 'as' (B); Q9 optional"),
    # --- art 35 wikinews-52781
    (35, M, 5): dict(expect="This is necessary to ensure all actions", note=TWO + " (Joyce)"),
    # --- art 36 wikinews-79240
    (36, O, 1): dict(expect="With this production facility",
                     note="l40 convention: a passive cue is the participle without the agent's 'by' ('cited'); Q7 outer "
                          "media layer"),
    # --- art 37 wikinews-105948
    (37, O, 0): dict(expect="as one of the Righteous Among",
                     note="R8 (commend, praise, thank: stance) and the agreed 'she was honoured … for organising …' "
                          "(stance): recognition as one of the Righteous 'for her work' is an honour for a deed, not one "
                          "of R60's naming or classifying verbs; R63 span; optional (official designation)"),
    # --- art 39 wikinews-25159
    (39, O, 3): dict(expect="the nuclear dump",
                     note="k40/o40 convention (a verb + noun cue that governs the complement is kept as written: 'threw "
                          "his support to', 'gave his support to', 'maintaining its criticism of'; as this set's agreed "
                          "'expressing concerns over'): cue 'voiced their dissent to', content 'the nuclear dump'; " + Q8),
}

# ---------------------------------------------------------------- unaligned items
SINGLE = {
    # --- art 2 wikinews-45285
    (2, O, "A", 1): ("UK ministers are considering plans", "drop",
                     R67 + ": 'due to the Israeli naval blocade … on 13th July after Israeli airstrikes' explains why the "
                     "citizens are trapped (a state named in the relative on 'UK citizens'); B's span kept"),
    (2, O, "B", 1): ("UK ministers are considering plans", "keep", R67 + "; Q10 'It is reported that' optional"),
    (2, O, "A", 2): ("they will help any New Zealand citizens", "keep",
                     R67 + ": 'as New Zealand does not have an embassy' is the reason for the reported help that the "
                     "source itself would give; Q10 optional"),
    (2, O, "B", 2): ("they will help any New Zealand citizens", "drop", R67 + "; A's span kept"),
    # --- art 8 wikinews-61009
    (8, M, "A", 1): ("some 8,000 troops that could be sent", "keep",
                     "addendum (an estimate of a quantity by a source is main evidence; 'While exact numbers remain "
                     "unknown') and o40 gold ('spoke of more than one million protesters': main, evidence); content the "
                     "source's NP"),
    (8, O, "B", 3): ("some 8,000 troops that could be sent", "drop",
                     "the estimate is main (addendum, o40 'spoke of' + quantity); A's main item kept"),
    # --- art 9 wikinews-6633
    (9, O, "B", 0): ("the massive rally held Saturday", "drop", Q16T + ": 'responded on Monday to the massive rally'"),
    # --- art 12 wikinews-40080
    (12, O, "A", 3): ("the US had asked Rwanda", "drop", R68 + "; the clause is B's main item"),
    # --- art 14 wikinews-72540
    (14, O, "B", 3): ("a death zone", "drop",
                      "R35: 'what they describe as a death zone' inside the kidnappers' nested item has the same subject "
                      "as its outer cue ('They say'): no inner layer"),
    # --- art 15 wikinews-118112
    (15, O, "A", 0): ("reports that the country is suffering", "keep",
                      "n40/o40 ('refuted claims that', 'refutes allegations that'; l40 'rejected the suggestion that'): "
                      "Mugabe's denial of the reports is the optional outer layer, stance"),
    # --- art 16 wikinews-68351
    (16, O, "B", 1): ("a Confidence Motion reviewing", "keep",
                      "agentless noun cue with an NP (q40 'allegations of', n40 'accusations of'; Q10): optional, "
                      "anonymous; " + KEEP_OPT),
    # --- art 18 wikinews-37272
    (18, O, "B", 1): ("the strike", "drop", Q16T + ": 'Mainstream media have reported on the strike'"),
    # --- art 19 wikinews-113050
    (19, O, "B", 0): ("me of these incidents", "keep", R22 + "; R5 'accused OBJ of'; " + KEEP_OPT),
    # --- art 24 wikinews-112390
    (24, O, "A", 0): ("for Barack Obama at 49%", "keep",
                      "polls as the source of a figure with no communication cue ('have held steady for … at 49%'): "
                      "between the addendum's evidence row and the writer's own summary; kept as a don't-care item; "
                      + KEEP_OPT),
    # --- art 25 wikinews-32572
    (25, O, "A", 1): ("Expansion of special operations forces", "keep",
                      "the review's listed proposals ('Some of the specific proposals include: …'), a verbless NP (Q8); "
                      "kept as a don't-care item; canonical the proper name (R52, as the review's other item)",
                      {"speaker_canonical": "Quadrennial Defense Review"}, "N"),
    # --- art 26 wikinews-60277
    (26, M, "B", 2): ("is to show that the logic", "drop", R65 + "; A's optional item kept"),
    (26, O, "A", 2): ("gay marriage rights", "keep", "R48: a stance of support with an NP object: optional, stance; "
                      + KEEP_OPT),
    (26, O, "A", 4): ("is to show that the logic", "keep",
                      R65 + ": the purpose of the source's own initiative, stated through 'according to': optional, "
                      "directive (Q6 content after the cue)"),
    (26, O, "A", 6): ("would prohibit divorce or separation", "keep",
                      "R29 (provisions of a law or initiative with a verb of legal effect: optional, document, "
                      "directive; m40/q40 'would allow', the agreed 'would require' in this article); " + KEEP_OPT),
    (26, O, "B", 2): ("Washington's ban on same-sex marriage", "keep",
                      "o40/p40/q40 court decisions with an NP object (Q8; R48 'upheld'): optional, stance; " + KEEP_OPT),
    # --- art 27 wikinews-12212
    (27, M, "B", 4): ("to declare July 11th a Memorial Day", "keep",
                      R69 + ": the association's initiative to have July 11th declared a Memorial Day (by the state, "
                      "not by the association) is a proposal: main, directive"),
    (27, O, "A", 4): ("to declare July 11th a Memorial Day", "drop", R69 + "; B's main item kept"),
    (27, O, "A", 5): ("anger towards executors of the massacre", "keep",
                      "cue-less survey result with an NP (Q8; R36 stance): kept as a don't-care item; " + KEEP_OPT),
    (27, O, "B", 4): ("to officially support an initiative", "keep", R69 + "; R40/R23 optional outer layer over the whole "
                      "clause"),
    # --- art 30 wikinews-23756
    (30, M, "A", 0): ("a civil war in Iraq is looming", "keep", TWO),
    (30, M, "B", 4): ("The most worrying was", "drop",
                      "cue-less continuations of a reported statement are optional (d32/e30/n40/q40 Fooden, Davis); this "
                      "one continues the optional NP item 'expressing concerns over violence in Iraq' (Q8); its quoted "
                      "words are annotated by A's optional Q15 span (o40: the words in marks, direct)"),
    (30, O, "A", 2): ("the apparent breakdown in trust", "keep",
                      "Q15/o40 (a cue-less partial quotation spans the words in marks, direct), optional as a cue-less "
                      "continuation (d32/e30/n40/q40); frame belief as the concerns it continues (R50b)"),
    (30, O, "B", 1): ("a political movement that would allow", "keep",
                      "the writer's conjecture about a group's fear (R40: a cognition state ascribed to a third party is "
                      "not a statement) with an NP complement (Q8): kept as a don't-care item; " + KEEP_OPT),
    # --- art 34 wikinews-269731
    (34, O, "B", 0): ("to add it to text ads", "keep",
                      "R24 (a plan for the subject's own action: optional, belief; q40 Netflix, Frakt); " + KEEP_OPT),
    # --- art 35 wikinews-52781
    (35, M, "A", 4): ("she had imposed the gag order", "keep", TWO + " (Joyce)"),
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
