"""Build /work/annot9/fresh-l40-gold.jsonl from annotators A and B (rules R1-R48; README-fresh-l40.md).

Every difference listed by diff.py (87) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same mechanics as the fresh-k40 adjudicate.py
(pick_title/pick_org for the title/org field conventions, R14's possessor exception, actions "keep" / "drop" /
"to_opt" / "to_main" for unaligned items). New rules on this set: R44-R48 (rules-r1-r48.md).
The script also checks that every item identical in A and B (all fields) is in the gold unchanged, and prints how
many differences went to A, to B, or to neither (a mix of both, or a value set by a rule).
Run: /work/main/.venv/bin/python adj/adjudicate.py   (the venv is needed for the alignment import only)
"""
import collections, hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot9/fresh-l40-texts.jsonl"); A = L("/work/annot9/A/fresh-l40.jsonl"); B = L("/work/annot9/B/fresh-l40.jsonl")
OUT = "/work/annot9/fresh-l40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"

R44 = ("R44: a noun cue with an identifiable source (possessor or of-phrase) and a clausal complement (infinitive, "
       "that-clause) gives the item the same complement would give after the verb, wherever the noun phrase sits, "
       "the writer's subject included (R32/R43 logic for embedded cues; g40 'the view of many analysts that …' main; "
       "the agreed 'Clinton's accusations that …' and 'assurances … that …' in this set are main)")
R45 = ("R45: past-narrative 'would not' + a verb of giving information ('would not give any details', 'would not "
       "say') reports a refusal, not an absent statement: it is the addendum's 'refused to say' / 'declined to "
       "comment' (main, speech); as the gold 'refused to name …' (j40) and 'declined to discuss …' (k40), the "
       "content is the refused verb phrase ('give any details') and the cue is the refusal marker 'would not'")
R46 = ("R46: a passive naming or describing cue ('called by X …', 'described by X as …') whose predicate is a quoted "
       "fragment plus the writer's own head noun ('a “friendly fire” incident') is mixed, with the head noun in the "
       "span (Q4: the writer's words next to a quoted fragment make the quote mixed; R7 content Y; dev art 30 "
       "'a \"terrorist-related\" attack'); Q4's passive items are direct only when the quotation is the whole "
       "predicate apart from a determiner (dev 'a \"pandemic\"', 'as \"knife-obsessed\"'), the boundary R25 draws "
       "for NP objects")
R47 = ("R47: an evaluative verb with an object and a preposition + gerund whose understood subject is that object "
       "('thanked supporters for coming out to vote', 'praised X for refusing …', 'blamed X for causing …') has a "
       "clausal complement: main, frame stance, object kept in the span (R5 'accused OBJ of + gerund' generalised; "
       "the addendum makes gerund complements of stance cues main); with a plain noun ('thanked Kofi Annan for his "
       "work', d32; 'Beattie for his immediate response', h40) the item stays optional (Q8)")
R48 = ("R48: a stance verb of support or opposition with a noun-phrase object ('support the call for early "
       "election', 'Italy opposes Germany') is an optional item, frame stance: the addendum's 'Noun-phrase "
       "complements of any cue (… \"backed the plan\" …) stay optional' is later than, and wins over, dev Q16's "
       "unannotated 'opposed impeachment proceedings'; gold precedent: optional 'supported', 'threw his support to'; "
       "a gerund clause with its own subject ('oppose Japan gaining a seat', agreed) stays main (R31)")
S1_TITLE = "S1: speaker is the nearest mention without honorifics or role titles (dev 'Tuilaepa' from 'Prime Minister Tuilaepa')"
R36B = ("R36/addendum belief row: 'satisfied that P' of investigators is a conviction about the matter under inquiry "
        "('is convinced', 'is confident that': belief), not an emotional reaction to a given fact (R36 stance: "
        "'pleased/glad that', 'expressed satisfaction at')")
KHAMENEI = ("S2: the canonical is the fullest name; 'Ayatollah' is a clerical title, dropped as dev 'Monsenor' "
            "(archbishop) was; 'Swami' (dev) and peerages (k40 'Lord Mandelson') are parts of names, a clerical rank "
            "is not")

# ---------------------------------------------------------------- decisions on aligned pairs
# key (article 0-based, list, A-index): dict(expect=<A text prefix>, take=[fields taken from B], set={field: value},
#                                           note=<rule>, drop_a_note=bool)
PAIR = {
    # --- art 5 wikinews-38864 (McClellan)
    (5, O, 0): dict(expect="his resignation",
                    note="S1: the nearest mention is 'White House Press Secretary Scott McClellan'; without the role it "
                         "is 'Scott McClellan' (dev 'Kerry Lee' where the nearest mention is the full name)"),
    # --- art 6 wikinews-113659 (Al-Qaeda threats)
    (6, M, 4): dict(expect="in the past, Al-Qaeda have used", set={"speaker_title": "advisor"},
                    note="R39 (reason applied to a person complement): 'An advisor to John McCain' names the person the "
                         "relation is anchored to, not a role in an organisation, so the title is the bare role "
                         "'advisor', as 'McCain's advisers' -> 'advisers' (f40)"),
    # --- art 9 wikinews-31461 (Hill)
    (9, O, 2): dict(expect="a case for reform", take=["speaker"], note=S1_TITLE),
    # --- art 10 wikinews-17745 (Bush / Uribe)
    (10, O, 1): dict(expect="his desire for the future", take=["speaker"], note=S1_TITLE),
    # --- art 11 wikinews-254896 (Obama)
    (11, O, 1): dict(expect="a Republican measure that would", take=["speaker"], note=S1_TITLE),
    # --- art 12 wikinews-25844 (ICJ)
    (12, M, 0): dict(expect="Australia strongly supported",
                     set={"speaker_title": "Australian Minister for Foreign Affairs and the Attorney General"},
                     note="field convention: the title as written at the nearest mention ('the Australian Minister "
                          "for Foreign Affairs and the Attorney General'); R14 removes only the leading article, not "
                          "the second conjunct's"),
    (12, O, 1): dict(expect="the election of a New Zealander",
                     set={"speaker_title": "Australian Minister for Foreign Affairs and the Attorney General"},
                     note="field convention: the title as written at the nearest mention; R14 removes only the "
                          "leading article"),
    # --- art 14 wikinews-77777 (flags)
    (14, O, 0): dict(expect="The has been accused of offending",
                     note="R30: an agentless passive with a noun-phrase subject spans the subject through the passive "
                          "verb group and its complement ('of offending people in Afghanistan'); the temporal clause "
                          "'when it distributed' is the writer's (R6), cut off by a lost link"),
    # --- art 20 wikinews-117066 (VAT cut)
    (20, M, 1): dict(expect="This move, along other tax cuts",
                     note="Q7: the main item carries the innermost speaker; 'cited by BBC News' is the optional outer "
                          "layer's cue and speaker, not part of the inner speaker's mention (as dev art 29 'a Turkish "
                          "official' under '…, Cyprus Mail reported')"),
    (20, O, 0): dict(expect="This move, along other tax cuts",
                     note="field convention: a passive cue is the participle without the agent marker 'by' (addendum: "
                          "'described as stable by a hospital spokeswoman' -> cue 'described'); R15's governed "
                          "prepositions ('called on', 'charged with') are part of the verb, 'by' is not"),
    # --- art 22 wikinews-20757 (Merkel / Schröder)
    (22, O, 0): dict(expect="Merkel's designate Finance minister",
                     note="j40/k40 field convention: 'went on to say' is a cue as written; 'went on to blast' likewise"),
    (22, O, 2): dict(expect="Merkel's CDU, along with",
                     note="R13: the hedge's frame follows its verb; 'projected to get 43%' is a projection of a "
                          "quantity, the addendum's estimate (evidence), as d32 'projecting … US$500 million' "
                          "(evidence); k40's 'projected' forecast of a state ('inflation will remain stable') is belief"),
    # --- art 23 wikinews-58183 (Somalia)
    (23, O, 2): dict(expect="The concern was echoed",
                     note="R36: echoing a concern is expressing concern (belief: 'expressed concern', 'concerned')"),
    # --- art 25 wikinews-65750 (Khamenei)
    (25, M, 0): dict(expect="the defunct regime", take=["speaker_canonical"], note=KHAMENEI),
    (25, M, 1): dict(expect="these men played pivotal", take=["speaker_canonical"], note=KHAMENEI),
    (25, M, 2): dict(expect="to modernize and obtain", take=["speaker_canonical"], note=KHAMENEI),
    (25, O, 0): dict(expect="the military of the previous", take=["speaker_canonical"], note=KHAMENEI),
    (25, O, 1): dict(expect="several martyrs and former", take=["speaker_canonical"], note=KHAMENEI),
    (25, O, 2): dict(expect='the "religious democracy', take=["speaker_canonical"], note=KHAMENEI),
    # --- art 29 wikinews-9027 (Sgrena / Calipari)
    (29, M, 4): dict(expect="friendly fire", take=["span", "kind"], drop_a_note=True, note=R46),
    (29, M, 12): dict(expect='"the procedures were followed', take=["frame"], note=R36B),
    (29, M, 13): dict(expect="the car in which she", take=["cue"],
                      note="R15/k40 precedent: a verb + noun cue governing the clause is kept whole as written "
                           "(k40 gold 'repeated its call for', d32 'drew attention to'); the that-clause belongs to "
                           "'statement'"),
    # --- art 39 wikinews-6172 (UN seats)
    (39, M, 2): dict(expect="Japan gaining a seat",
                     note="k40 field convention: a joint source's members are given in their fullest forms "
                          "('North Korea and South Korea')"),
}

# ---------------------------------------------------------------- unaligned items
# (article, list, X, index): (expect, action, note[, set-dict[, side]])   action "keep" | "drop" | "to_opt" | "to_main"
Q8 = "Q8/addendum: a noun-phrase complement of a cue is optional, with its frame"
SINGLE = {
    # --- art 0 wikinews-15803 (Bundestag dissolution)
    (0, O, "A", 5): ("the self-dissolving of the Bundestag", "keep",
                     "R29: a provision of a law stated with a verb of legal effect ('does not permit' = prohibits) is "
                     "optional, document, directive; a legal prohibition is not a negated statement (addendum)"),
    (0, O, "B", 5): ("the call for early election", "keep", R48),
    # --- art 12 wikinews-25844 (ICJ)
    (12, O, "A", 2): ("the accusation", "keep", Q8),
    (12, O, "A", 4): ("Australia's redeclaration", "keep", Q8),
    # --- art 16 wikinews-49137 (Layton / Stoffer)
    (16, M, "A", 0): ("to withdraw the 2,000 Canadian", "keep", R44),
    (16, O, "B", 0): ("to withdraw the 2,000 Canadian", "drop", R44 + " (B's optional copy dropped)"),
    (16, O, "A", 1): ("just to extend the mission", "keep",
                      "R22: a source named only inside the outer speaker's quotation (Stoffer's direct quote) stays "
                      "an optional nested item"),
    # --- art 19 wikinews-56477 (Newspoll)
    (19, O, "B", 1): ("Mr Rudd's predecessor Kim Beazley", "to_main",
                      "Q11: 'In the analysis of X, …' (dev art 29) is a main quote with a document speaker, the "
                      "according-to form of a source adverbial; 'In the prior Newspoll, …' names a poll, an inquiry "
                      "product (R37a: document, evidence with any cue); made main (A had no item, B optional)",
                      {}, "N"),
    # --- art 20 wikinews-117066 (VAT cut)
    (20, O, "A", 3): ("the tax cut", "keep", Q8),
    (20, O, "B", 2): ("the move", "keep", Q8 + "; R43: a cue inside the writer's adverbial gives what its complement "
                      "would give in a main clause (here a noun phrase: optional)"),
    # --- art 22 wikinews-20757 (polls)
    (22, O, "B", 2): ('Schröder was "more convincing"', "keep",
                      "R40: a cognition state that the outer source (the ARD poll) ascribes to respondents is an "
                      "optional nested item"),
    (22, O, "B", 3): ("Merkel was", "keep", "R40: respondents' opinion inside the poll finding, optional nested"),
    (22, O, "B", 4): ("Schröder performed better", "keep",
                      "R40: respondents' opinion inside the ZDF's report of the poll, optional nested"),
    # --- art 23 wikinews-58183 (Somalia)
    (23, O, "A", 1): ("4, 19 or 31", "drop",
                      "Q10/R13: a hedge inside a noun phrase is not annotated ('an unknown number of civilians, "
                      "alternatingly reported as …' is a reduced relative on the noun, as 'assets believed to be "
                      "owned by …')"),
    # --- art 24 wikinews-31158 (Intel)
    (24, O, "A", 1): ("Intel's competitive situation", "keep", Q8),
    # --- art 26 wikinews-2453200 (Volkswagen)
    (26, O, "B", 0): ("a public apology", "keep",
                      Q8 + " (dev Q8 lists 'issued warnings against …' and 'expressed their disappointment')"),
    # --- art 27 wikinews-24218 (Iraq referendum)
    (27, M, "A", 1): ("any details", "keep", R45, {"span": (248, 264), "cue": "would not"}, "N"),
    (27, O, "B", 0): ("give any details", "drop", R45 + " (the refusal is main; B's optional copy dropped)", {}, "N"),
    (27, O, "A", 3): ("loss of control over the country", "keep", Q8 + " (belief verb 'fear')"),
    (27, O, "B", 3): ("a likely yes vote", "keep",
                      "R4: when the inner complement is only a noun phrase, the outer layer (Rice) is main and the "
                      "inner one ('initial information pointed to') optional"),
    # --- art 28 wikinews-52755 (Binay suspension)
    (28, O, "A", 2): ("the Malacañan order as it failed", "drop",
                      "R6: a reason adjunct of the reporting act is the writer's material and stays out; B's span kept"),
    (28, O, "B", 2): ("the Malacañan order", "keep", Q8 + "; R6: the reason adjunct 'as it failed …' stays out"),
    (28, O, "A", 5): ("the case of Pasay City mayor", "drop",
                      "R6: a relative clause on a noun phrase is background and stays out of the span; B's span kept"),
    (28, O, "B", 5): ("the case of Pasay City mayor", "keep",
                      Q8 + "; R6: the relative clause 'who was also suspended …' on the noun phrase stays out; the "
                      "nickname in marks is not a quotation (Q14)"),
    # --- art 29 wikinews-9027 (Sgrena / Calipari)
    (29, O, "A", 0): ("described as incomplete", "drop",
                      "Q10/R13: an agentless hedge inside a noun phrase ('a document, now described as incomplete, "
                      "which says …') is not annotated"),
    (29, O, "A", 4): ("the findings of the U.S. Army", "keep",
                      "R4: an inner layer whose complement is only a noun phrase stays optional"),
    # --- art 30 wikinews-101546 (Wyoming caucus)
    (30, M, "B", 4): ("supporters for coming out to vote", "keep", R47),
    (30, O, "A", 0): ("supporters for coming out to vote", "drop", R47 + " (A's optional copy dropped)"),
    # --- art 34 wikinews-109948 (Diplopedia)
    (34, O, "B", 0): ("to provide sources for entered", "keep",
                      "Q10: an agentless passive directive ('were asked to', 'Residents were told to') is optional, "
                      "anonymous; R29 frame directive for a rule"),
    # --- art 39 wikinews-6172 (UN seats)
    (39, O, "B", 1): ("to comment on Annan supporting", "keep",
                      "Q10: an agentless passive directive ('were asked to …') is optional, anonymous"),
    (39, O, "B", 3): ("Germany", "keep", R48),
    (39, O, "B", 4): ("India", "keep", R48),
    (39, O, "B", 5): ("Brazil", "keep", R48),
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
by_class = collections.defaultdict(collections.Counter)
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
    rec.update(quotes=lists[M], quotes_optional=lists[O], figures=[], figures_optional=[])
    gold.append(rec)

assert used_pair == set(PAIR), set(PAIR) - used_pair
assert used_single == set(SINGLE), set(SINGLE) - used_single
with open(OUT, "w", encoding="utf-8") as fh:
    for r in gold: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print("written", OUT, len(gold))
print("differences settled:", sum(sides.values()), "A:", sides["A"], "B:", sides["B"], "neither:", sides["N"])
for k in sorted(by_class):
    print(f"  {k[0]:16} {k[1]:26} n={sum(by_class[k].values()):3}", dict(sorted(by_class[k].items())))
