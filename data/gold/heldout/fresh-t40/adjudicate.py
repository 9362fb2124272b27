"""Build /work/annot17/fresh-t40-gold.jsonl from annotators A and B (rules R1-R78, adj/rules-r1-r78.md; adj/README.md).

Every difference listed by diff.py (128) is decided below. Matched pairs start from A's item (A's offsets); the
decision tables name what is taken from B (or set) and why. Every table entry asserts the text it expects, so a
changed input fails loudly instead of being adjudicated silently. Same mechanics as the fresh-s40 adjudicate.py
(pick_title/pick_org for the title/org field conventions, R14's possessor exception, actions "keep" / "drop" /
"to_opt" / "to_main" for unaligned items, "also_keep_b" for alignment artefacts). New rules on this set: R76-R78
(adj/rules-r1-r78.md). The script also checks that every item identical in A and B (all fields) is in the gold
unchanged, and prints how many differences went to A, to B, or to neither (a mix of both, or a value set by a rule).
Run: cd /work/annot17 && /work/main/.venv/bin/python adj/adjudicate.py   (the venv is needed for the alignment import only)
"""
import collections, hashlib, json, re, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot17/fresh-t40-texts.jsonl"); A = L("/work/annot17/annotator-a.jsonl"); B = L("/work/annot17/annotator-b.jsonl")
OUT = "/work/annot17/fresh-t40-gold.jsonl"
FIELDS = ["start", "end", "text", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
          "speaker_org", "frame"]
M, O = "quotes", "quotes_optional"

R76 = ("R76: a plural description of organisations that names the whole of a set the article delimits ('The "
       "participating unions', the 11 unions on strike; the agreed 'Wallonian parties') is organization with the "
       "description as canonical (m40 'Khurdish parties'); a partial or open set ('many national newspapers', 'human "
       "rights groups') is anonymous, canonical '' (R66); unnamed members of a named organisation stay anonymous with "
       "the org (R27)")
R77 = ("R77: a marked quotation with no communication verb is main (direct, cue as written or '') when it is a "
       "complete statement attached to the mention of an identifiable source (a relative 'that' whose verb was lost, "
       "d32 'such as … Paul Waweru, \"…\"', the agreed 'The union seeking insurances \"…\"'); a quoted predicate or "
       "fragment that is part of the writer's own clause ('the FDIC will \"retain …\"', 'and \"decided to take …\"') is "
       "a Q15 partial quotation: optional, direct over the marked words (o40 FDIC)")
R78 = ("R78: a second source's parenthetical cue ('according to Y') that interrupts an outer speaker's reported clause "
       "splits it as Q6/R63 do: the content after the cue is main under Y; the outer speaker's clause, which no "
       "contiguous span holds without Y's cue, is an optional layer over the whole clause; Q7 (outer layer optional, "
       "inner speaker main) still holds when the parenthetical stands before the whole content (l40 'were satisfied, "
       "according to the report, that …')")
S1 = "S1/l40/p40/r40: the speaker is the nearest mention without honorifics or role titles"
Q8 = "Q8/addendum: a noun-phrase complement of a cue is optional, with its frame"
KEEP_OPT = "optional items are the union of both annotators' optional items (d32-s40 convention)"
CONT = "cue-less continuations of a reported statement are optional (d32/e30/n40/q40/r40/s40)"
FULL = "field convention (k40/o40/q40/r40/s40): descriptive mentions are kept whole, restrictive modifiers and locatives included"
PRENOM = ("field convention (n40/o40/q40): the writer's prenominal description or title before a subject stays out of "
          "the span ('American politician of the party Dennis Kucinich plans …')")
VNCUE = ("field convention (k40/o40/r40/s40): a verb + noun cue that governs the complement is kept as written ('gave his "
         "support to', 'voiced their dissent to', 'list their key demands'); the content is the noun's complement, as "
         "with a clause (i40 'expressed confidence', l40 'expressed concern')")
NOCOPY = "the gold has no optional copy of a main span of the same source (r40/s40: copies of items made main dropped)"
ATTR_ORG = ("field convention (n40/p40): the org as the text names the organisation the speaker belongs to ('the "
            "\"security curmudgeon\" of Attrition'); attrition.org is the group's website")
PARTITIVE = ("o40 convention: a partitive or quantifier is not part of the role ('prosecutor' for 'One of the prosecutors'): "
             "'member of the attrition team' for 'A second member of the attrition team'")

# ---------------------------------------------------------------- decisions on aligned pairs
PAIR = {
    # --- art 0 wikinews-251953
    (0, M, 4): dict(expect="Apple remove the app", note=FULL + ": 'a petition on the website of change.org' (A)"),
    # --- art 2 wikinews-37389
    (2, M, 4): dict(expect="this is likely to be the largest strike", take=["speaker_canonical", "speaker_type"],
                    note=R76 + " (B)"),
    # --- art 3 wikinews-89037
    (3, O, 1): dict(expect="intimidation, media bias", take=["frame"],
                    note="gold precedent (allegation(s)/alleged: speech in 17 of 18 gold items, d32-s40; R8 'claim' "
                         "neutral): 'Allegations of' is speech (B)"),
    # --- art 4 wikinews-60071
    (4, M, 1): dict(expect="Labour, has grown its seat majority", note=PRENOM + ": 'The party currently holding majority "
                    "in parliament,' is the writer's (A)"),
    # --- art 10 wikinews-33219
    (10, O, 2): dict(expect="the decision to publish the cartoons", note=VNCUE + ": 'noted his disappointment in' (A)"),
    (10, O, 4): dict(expect="the editors' courage to run", note=VNCUE + ": 'voiced their approval at' (A)"),
    # --- art 11 wikinews-66494
    (11, O, 0): dict(expect="until the vice president's condition", note=R77 + "; 'decided to postpone' is an act, and "
                     "the marked words are a cue-less fragment: the span is the words in marks (A); title from the "
                     "introduction 'Congressman Dennis Kucinich' (k40)"),
    (11, O, 1): dict(expect="treason, bribery and other high crimes",
                     note="Q15: a quotation whose source the text does not name is anonymous, speaker '' (dev 'not "
                          "life-threatening', r40/s40 sourceless partial quotations) (A)"),
    # --- art 12 wikinews-118247
    (12, M, 0): dict(expect='his government was "unable to perform', take=["span"],
                     note="R6 and m40 ('accused of human rights abuses in fighting' without 'that killed more than "
                          "13,000 people'): the writer's background relative on a noun at the end of the content "
                          "('who have taken over most of the country') stays out (B)"),
    (12, O, 0): dict(expect="corrupt, inefficient", note=S1 + "; s40: a possessor source drops the possessive 's "
                     "('Abdullahi Yusuf Ahmed', A); org kept from the annotator who gave one (B)"),
    # --- art 13 wikinews-57044
    (13, M, 1): dict(expect="I came across Attrition.org",
                     note="R10/R17 and gold (m40/o40 'a message', m40 'an open letter', p40 'a letter' by named persons: "
                          "document): an email is a message, a document with its sender as canonical and no title; dev "
                          "S3 tweets and h40/o40 blogs are person (A)"),
    (13, M, 4): dict(expect="he is soliciting the commission", set={"speaker_org": "Attrition"}, note=ATTR_ORG + " (A)"),
    (13, M, 5): dict(expect="personally identifying information", set={"speaker_org": "Attrition"}, note=ATTR_ORG + " (A)"),
    (13, O, 4): dict(expect="date of birth and social security",
                     set={"speaker_title": "member of the attrition team", "speaker_org": "Attrition"},
                     note=PARTITIVE + "; " + ATTR_ORG + " (A)"),
    (13, M, 11): dict(expect="we are SO busted", take=["cue"],
                      set={"speaker_title": "member of the attrition team", "speaker_org": "Attrition"},
                      note="k40/n40 convention: a quotation after an attribution phrase in the same sentence takes that "
                           "phrase's word as cue ('From', 'reminder'): 'deciding' (B); cue '' is for quotations after the "
                           "attribution has closed its sentence (m40); " + PARTITIVE + "; " + ATTR_ORG + " (A)"),
    # --- art 14 wikinews-10943
    (14, O, 0): dict(expect="the Secretary of Defense to compile",
                     note="R38 and gold (i40/k40/l40/n40/p40/r40/s40 'allow/require X to …': X in the span; h40 'require "
                          "all US troops to use' is the one exception): a law addresses no hearer, so the regulated party "
                          "stays in (A)"),
    (14, O, 1): dict(expect="the Secretary of Defense to provide", note="R38 and gold: the regulated party stays in (A)"),
    # --- art 17 wikinews-11673
    (17, M, 0): dict(expect="CALLING ON THE UNITED STATES", take=["span", "speaker", "speaker_type"],
                     note="R10/R17 and o40 ('passed a resolution … \"extending …\"': speaker 'a resolution', document), q40/k40 "
                          "('released/issued a statement …:' → 'a statement', document): the block's speaker is 'the "
                          "following resolution' (document, canonical the party); its capitalised heading is the text's "
                          "title (dev: titles of works are not annotated), so the main span starts at 'WHEREAS' and the "
                          "heading is B's optional item (B)"),
    (17, O, 4): dict(expect="the sense of frustration",
                     note="Q4/R22 and dev 'gave its \"deepest sympathies\"': the inner cue is named outside the marks and the "
                          "quotation is its whole complement, so the inner item is direct over the words in marks, the "
                          "period inside them included (Q1) (A)"),
    # --- art 18 wikinews-83854
    (18, O, 2): dict(expect='a "Zoe\'s Ark" member said', take=["cue"],
                     note="R32/p40: a relative ('in which') is no cue word; the cue is the verb + noun as written, "
                          "'published an interview' (B)"),
    # --- art 20 wikinews-24229
    (20, M, 2): dict(expect="he wanted the two election", take=["frame"],
                     note="R8 and gold ('affirmed'/'reaffirmed' stance in 6 of 7 gold items, as 'confirm'): stance (B)"),
    # --- art 21 wikinews-104441
    (21, M, 9): dict(expect='the aircraft "was shot down',
                     note="'In the statement by the foreign ministry of Russia, it said' resumes the statement, as the "
                          "agreed 'The statement said' and 'which it said' of the same article: document, canonical the "
                          "ministry (R10) (A)"),
    # --- art 24 wikinews-100046
    (24, O, 0): dict(expect="This is revealed", take=["speaker"],
                     note="q40/p40 convention: a writer's descriptor before a name is left out of the mention "
                          "('Volkskrant-journalist') (B)"),
    (24, O, 1): dict(expect="found her quite desperate",
                     take=["speaker", "speaker_canonical", "speaker_type", "speaker_title", "speaker_org"],
                     note=R77 + "; Q15: the text does not say whose words the marks hold (Duisenberg's account or the "
                          "biography's text): speaker '', anonymous (B)"),
    (24, O, 2): dict(expect="Prince Bernhard not only received", side="B",
                     also_keep_b=("alignment artefact: B's agentless 'Rumours that …, are now confirmed' (R30 whole-clause "
                                  "passive, Q10 optional, stance) is a second item; " + KEEP_OPT),
                     note="A's 'Rumours that' item is identical to B's unaligned item (R34/Q10); both B items are in the gold"),
    # --- art 25 wikinews-72411
    (25, M, 1): dict(expect="the figure to be closer", take=["span"],
                     note="addendum estimates ('Organisers put the crowd at 2,000' → '2,000'; l40/m40 'put … at'): the "
                          "content of an estimate is the quantity, without the measured object (B)"),
    (25, M, 16): dict(expect="budget proposals exist relating to",
                      take=["span", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
                            "speaker_org", "frame"],
                      note=R78 + ": the AP's quotation after 'according to the Associated Press' is main and direct (Q4) (B)"),
    (25, O, 0): dict(expect="Christopher Dell is reported", note=PRENOM + " (R13/R19b hedge span, A)"),
    (25, O, 2): dict(expect="to stand for the next election", note=VNCUE + ": 'expressed intentions' + infinitive (A)"),
    (25, O, 6): dict(expect="Western officials have confirmed",
                     take=["span", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title",
                           "speaker_org", "frame"],
                     note=R78 + ": the officials' whole clause is the optional layer (B)"),
    # --- art 27 wikinews-103559
    (27, M, 0): dict(expect='they "may hold a centrist',
                     note="gold precedent (g40 'Wikipedia describes …': media): Wikipedia is media (A)"),
    # --- art 29 wikinews-57660
    (29, M, 0): dict(expect="George W. Bush plans to announce", note=PRENOM + ": 'U.S. President' (A)"),
    (29, O, 0): dict(expect="George W. Bush plans to announce", note=PRENOM + ": 'U.S. President' (A)"),
    (29, O, 3): dict(expect="toward a policy of negotiations", take=["span", "speaker_canonical"],
                     set={"cue": "nudged toward"}, side="N",
                     note="o40 convention (R15): a phrasal cue keeps its preposition when the cut addressee stands between "
                          "them ('warned the government of …' → 'warned of'; the agreed 'informed of' in this set): cue "
                          "'nudged toward' (set by the convention), content after it (B's span); R52/s40: a document "
                          "with a proper name takes it, 'Iraq Study Group report' (B)"),
    # --- art 33 wikinews-85306
    (33, O, 2): dict(expect="is committed to removing", note=R77 + "; the source is clear from context (the memo quoted "
                     "throughout, as o40 FDIC, r40 Kennedy, s40 Marciello): speaker 'the report', document (A)"),
    (33, O, 3): dict(expect="sought mergers with groups", note=R77 + "; source clear from context: the report (A)"),
    (33, O, 4): dict(expect="former safehaven", note=R77 + "; source clear from context: the report (A)"),
    # --- art 34 wikinews-84532
    (34, O, 0): dict(expect="more powers for the Dutch", set={"speaker_title": ""},
                     note="S2/R11 and p40 (no possessive determiner in canonicals): 'Yves Leterme and nationalistic "
                          "coalition partner'; d32 gave a joint source one title only when every member holds it, and the "
                          "partner is no Christian Democrat (A)"),
    # --- art 36 wikinews-42421
    (36, M, 10): dict(expect="he expected there might be", set={"speaker_title": "Premier"},
                      note="m40/p40/q40 convention: the nearest role-bearing mention wins ('The Premier said' just before) (A)"),
    (36, M, 11): dict(expect="his government is in a good position", set={"speaker_title": "Premier"},
                      note="m40/p40/q40 convention: the nearest role-bearing mention wins (A)"),
}
for k, pre in [(6, "we still have to take"), (7, "Please mention this project"), (8, "The smallest leak"),
               (9, "they are in fact breaking"), (12, 'to "duck and run"'), (13, "never to visit the attrition")]:
    PAIR[(13, M, k)] = dict(expect=pre, set={"speaker_title": "member of the attrition team", "speaker_org": "Attrition"},
                            note=PARTITIVE + "; " + ATTR_ORG + " (A)")

# ---------------------------------------------------------------- decisions on unaligned items
# key (art, list, side, index): (expected text prefix, action, note[, field overrides[, side]])
POLL = ("l40 gold ('Current polls see the CDU at 44%', main; 'In the prior Newspoll, …', main, cue 'In') and the addendum "
        "(a source's figure for a quantity is main evidence, r40/s40)")
SINGLE = {
    (0, O, "A", 3): ('"ex-gay" ministries', "keep", "R48: a stance verb of opposition with an NP object is optional, "
                     "stance; " + KEEP_OPT),
    (2, O, "B", 0): ("government employees to retire", "keep", "R29 (a rule's provision with 'allows'); " + KEEP_OPT),
    (4, M, "B", 2): ("Labour on 42%", "keep", POLL + ": a poll's figure for a party is main, evidence (B)"),
    (4, O, "A", 0): ("Labour on 42%", "drop", "B's main item kept (" + POLL + "); " + NOCOPY),
    (4, M, "B", 3): ("John Key, the new leader", "keep", POLL + ": the postposed 'in the poll' is a source adverbial; "
                     "an appositive inside the reported clause stays in (Q2)"),
    (7, O, "A", 2): ("The Zambian government has previously", "keep", "R63/R30: the fragment before the interrupting "
                     "vague agent; " + KEEP_OPT),
    (9, M, "B", 0): ("decided to take restrictive measures", "drop", R77 + ": the quoted predicate coordinated with "
                     "'released a statement' is a Q15 item (A's optional item kept)"),
    (9, O, "A", 1): ("decided to take restrictive measures", "keep", R77),
    (10, O, "A", 3): ("the newspaper's decision", "keep", VNCUE + ": 'expressed their disappointment and outrage at'"),
    (10, O, "B", 3): ("their disappointment and outrage", "drop", VNCUE + " (A's span and cue kept)"),
    (10, O, "B", 5): ("to run the cartoons", "keep",
                      "refusal of an action, not of comment: optional (f40-s40); frame stance as every gold refusal of an "
                      "action (e30/f40/k40/m40/n40/o40/q40/r40/s40 'refused/declined to …'); " + R76 + ": anonymous",
                      {"frame": "stance"}, "N"),
    (11, O, "B", 0): ("to introduce the impeachment articles", "keep", "R24/s40: a plan for the source's own action is "
                      "optional, belief; " + KEEP_OPT),
    (12, O, "A", 4): ("on the vote", "keep", "s40 ('made no comment on …' kept as a don't-care item between R45's refusal "
                      "and an absent statement); " + KEEP_OPT),
    (12, O, "B", 3): ("the approval of parliament", "keep", "R4 inner layer with an NP complement; R29 'required' "
                      "(document, directive); " + KEEP_OPT),
    (13, O, "A", 1): ("the attrition security site is run", "keep", "R40 (last point): a cognition state the writer "
                      "ascribes is an optional nested item; " + KEEP_OPT),
    (14, M, "A", 0): ("the armed forces cannot be denied", "keep", R77 + ": a complete quoted statement attached to "
                      "'a 10-year old law that' (the verb lost) is main, cue '' (A)"),
    (14, O, "B", 1): ("the armed forces cannot be denied", "drop", R77 + ": A's main item kept; " + NOCOPY),
    (17, O, "A", 2): ("the Administration lied or misled", "keep", "R34 agentless noun cue with a clause, nested in the "
                      "resolution's text (R22/R55); " + KEEP_OPT),
    (17, O, "B", 0): ("CALLING ON THE UNITED STATES", "keep", "the resolution's heading, outside the main span (a title "
                      "of the text), kept as a don't-care region; " + KEEP_OPT),
    (17, O, "B", 5): ("the resolution will be successful", "keep",
                      "gold precedent for negated neg-raising cognition verbs with a clause (i40 'not considered', l40 'not "
                      "believed to be', m40/n40 'not expected to', d32 'are not sure'): optional, belief; the addendum's "
                      "unannotated negation is for communication verbs and acts ('did not say', 'did not specify'); "
                      + KEEP_OPT),
    (21, O, "A", 1): ("a MiG-29", "drop", "R4 (third point): 'the video … shows' is Georgia's own reading of its video "
                      "inside its statement, so only the outer layer is annotated (s40 'shown' one item)"),
    (21, O, "A", 4): ("a distinct twin-tail jet", "drop", "R4 (third point): the experts' own reading of the video; only "
                      "the outer layer"),
    (24, O, "B", 0): ("The late Prince Bernhard", "keep", "content attributed only through the next sentence's 'This is "
                      "revealed in …': kept as a don't-care region; " + KEEP_OPT),
    (24, O, "B", 4): ("Prince Bernhard not only received", "drop", "identical to A's 'Rumours that' item, kept with its "
                      "pair (alignment artefact)", {}, "B"),
    (25, O, "A", 1): ("a prediction also made", "keep", "R30 reduced passive with a noun subject; " + KEEP_OPT),
    (25, O, "A", 4): ("retaliation by the state", "keep", "Q8/Q9: NP complement of a belief cue; " + KEEP_OPT),
    (25, O, "B", 1): ("president Robert Mugabe would be forced", "keep",
                      "the appositive 'a prediction also made by … Morgan Tsvangirai' attributes Dell's clause to a second "
                      "source; it cannot be main over Dell's main span, so it is a don't-care item; " + KEEP_OPT),
    (25, O, "B", 6): ("Fishmongers Group", "drop", "R35: the relative 'who state media call …' has the outer speaker as "
                      "subject and sits inside the agreed state-media item: no inner layer, not even an optional one "
                      "(r40 'what they describe as a death zone' dropped)"),
    (29, O, "A", 2): ("Its theme will be sacrifice", "keep", CONT + "; " + KEEP_OPT),
    (31, O, "A", 0): ("The system automatically triggered", "keep", CONT + "; " + KEEP_OPT),
    (33, O, "A", 0): ("this", "keep", "the anaphoric 'this according to a … memo' with its pronoun content (gold 'denied "
                      "this', optional); " + KEEP_OPT),
    (33, O, "B", 0): ("al-Qaeda, Hezbollah and or single", "drop", NOCOPY + " (A's 'this' item kept)"),
    (33, O, "B", 2): ("most individuals engaged", "keep", "R22/R55: sources named inside the memo's quotation, the FBI "
                      "besides the issuer (R35/R68 cover the issuer alone); " + KEEP_OPT),
    (33, O, "B", 3): ("some buyers were associated", "keep", "R22/R55, as above; " + KEEP_OPT),
    (35, O, "B", 3): ('him "King George"', "keep", "a nickname used by a named group (dev 'king of coal' inside optional "
                      "items only; R60 naming is speech); " + KEEP_OPT),
    (37, O, "A", 1): ("to attend an informal gathering", "keep", "Q10 passive directive, span 'to …' (o40); " + KEEP_OPT),
    (38, M, "A", 3): ("the implementation of the new system", "drop",
                      "m40 gold ('talks … agreeing to share power': optional, anonymous): an event noun ('The negotiations') "
                      "reports the event's outcome, not a speaker's statement; B's optional item kept"),
    (38, O, "B", 2): ("the implementation of the new system", "keep", "m40 'talks' precedent: optional, anonymous (B)"),
}
for k, pre in [(0, "Its major political rival"), (1, "the Green party would raise"), (2, "All other political parties"),
               (3, "Labour now has 44% support"), (4, "Nationalis up one percent"), (5, "The other political parties"),
               (6, "Nine percent of those polled"), (8, "National was on 41%"), (9, "New Zealand First, ACT and")]:
    SINGLE[(4, O, "B", k)] = (pre, "keep", CONT + " (k40 cue-less poll results); " + KEEP_OPT)
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
