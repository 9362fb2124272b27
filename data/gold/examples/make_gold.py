"""Build and check ``kestrel-bay.jsonl``, the gold annotations of the eight invented teaching stories.

The annotations below were written by reading the stories (``data/examples/kestrel-bay.jsonl``),
by the guideline of ``../shared/dev/README.md`` and its frames addendum, before any newslab output
on them was looked at. Every span is found by exact substring search: ``at`` is the string itself,
and ``after`` (when given) is a unique anchor that the search starts from, so a string that repeats
in an article is located without counting occurrences by hand.

Run from the repository root: ``python data/gold/examples/make_gold.py`` rewrites the gold file and
checks every item (span round trip, field values, bounds); ``--check`` only checks the file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
STORIES = ROOT / "data" / "examples" / "kestrel-bay.jsonl"
GOLD = Path(__file__).resolve().parent / "kestrel-bay.jsonl"

COUNCIL = "Kestrel Bay council"
TRADERS = "Kestrel Bay Traders’ Association"


def Q(at, kind, cue, speaker, canonical, stype, frame="speech", *, after=None, title="", org="", via="", note=""):  # noqa: ANN001, ANN201, N802
    item = {"at": at, "after": after, "kind": kind, "cue": cue, "speaker": speaker, "speaker_canonical": canonical,
            "speaker_type": stype, "frame": frame, "speaker_title": title, "speaker_org": org, "via": via}
    if note:
        item["note"] = note
    return item


def F(at, kind, value, low, high, approximate, unit, counts, *, after=None, note=""):  # noqa: ANN001, ANN201, N802
    item = {"at": at, "after": after, "kind": kind, "value": value, "low": low, "high": high,
            "approximate": approximate, "unit": unit, "counts": counts}
    if note:
        item["note"] = note
    return item


def one(x):  # noqa: ANN001, ANN201 - a single amount: value = low = high
    return (x, x, x)


M = 1_000_000

ANNOTATIONS: dict[str, dict[str, list[dict]]] = {
    "kb-001": {
        "quotes": [
            Q("Kestrel Bay's proposed sea wall could cost between £120 million and £160 million", "indirect", "according to",
              "a council report", COUNCIL, "document", org=COUNCIL,
              note="a council report: the document's issuer is the council (S2); the town's council is the only council in the story, so it is named by 'council' plus the town (judgement call, see README)"),
            Q("about 4,500 homes in the lower town would be at risk of flooding by 2050 without new defences", "indirect", "said",
              "The report", COUNCIL, "document", org=COUNCIL,
              note="the appositive 'prepared by Brightwater Engineering' names the author, not the issuer; the report is the council's"),
            Q("We cannot keep sandbagging our way through every winter,", "direct", "said", "Ruth Calloway", "Ruth Calloway", "person", title="Mayor"),
            Q("This is the most important decision the council will take in a generation.", "direct", "", "Ruth Calloway", "Ruth Calloway", "person",
              title="Mayor", note="the attribution closed the previous sentence: cue '' (Q5)"),
            Q("the council would hold a public consultation before a vote in April", "indirect", "said", "Calloway", "Ruth Calloway", "person"),
            Q("the estimate “a blank cheque”", "mixed", "called", "Tomasz Wierzbicki", "Tomasz Wierzbicki", "person",
              title="Councillor", note="call OBJ \"X\" is mixed, the object is in the span (Q4)"),
            Q("the council had not explained how it would pay for the wall", "indirect", "told", "He", "Tomasz Wierzbicki", "person",
              note="the negation is inside the reported clause; the cue 'told' is not negated"),
            Q("officials were seeking a grant of at least £50 million from the national government", "indirect", "said",
              "A council source", "", "anonymous", org=COUNCIL),
        ],
        "quotes_optional": [
            Q("not to be named because the talks are private", "indirect", "asked", "A council source", "", "anonymous", "directive", org=COUNCIL,
              note="the anonymity formula: formally a directive with an infinitive, but it is the condition of the reporting, not news content; don't-care (judgement call)"),
        ],
        "figures": [
            F("£120 million and £160 million", "money", None, 120 * M, 160 * M, False, "GBP", "sea wall cost", note="'between' left out of the span, like 'from' in 'from X to Y'"),
            F("about 4,500", "count", *one(4500), True, "homes", "homes at risk of flooding"),
            F("at least £50 million", "money", 50 * M, 50 * M, None, True, "GBP", "grant"),
            F("312", "count", *one(312), False, "homes", "homes flooded"),
            F("five years", "duration", *one(5), False, "years", "period with three serious floods"),
        ],
        "figures_optional": [],
    },
    "kb-002": {
        "quotes": [
            Q("it will block the view that draws visitors", "indirect", "warning", "shop owners on the harbour front", "", "anonymous",
              note="an unnamed group with a clausal complement: main, anonymous (like 'officials said')"),
            Q("My kitchen was under water twice last winter. I would build the wall tomorrow,", "direct", "said", "Jean Pellow", "Jean Pellow", "person"),
            Q("the design would cut the harbour off from the town", "indirect", "said", "Marcus Hale", "Marcus Hale", "person",
              title="chair", org=TRADERS),
            Q("Nobody comes here to look at a concrete wall,", "direct", "said", "he", "Marcus Hale", "person", title="chair", org=TRADERS),
            Q("tourism brings about £38 million a year into the town and supports roughly 900 jobs", "indirect", "says",
              "The association", TRADERS, "organization"),
            Q("a wall was only part of the answer", "indirect", "said", "Amara Nwosu", "Amara Nwosu", "person",
              title="coastal engineer", org="Northshore Institute", note="'Dr' is an honorific and stays out of the speaker (S1)"),
            Q("restoring the salt marsh north of the harbour could reduce the height of the wall by up to 1.5 metres", "indirect",
              "According to", "Nwosu", "Amara Nwosu", "person", title="coastal engineer", org="Northshore Institute"),
            Q("the design was not final", "indirect", "said", "Officials", "", "anonymous"),
        ],
        "quotes_optional": [
            Q("the plan", "indirect", "welcoming", "families in the lower town", "", "anonymous", "stance",
              after="families in the lower town welcoming", note="noun-phrase complement of a stance cue: optional (Q8)"),
        ],
        "figures": [
            F("71", "age", *one(71), False, "years", "age"),
            F("40 years", "duration", *one(40), False, "years", "time lived on Quay Street"),
            F("about £38 million a year", "money", *one(38 * M), True, "GBP per year", "tourism income",
              note="a rate: 'a year' is the adjacent unit and the unit records it (F10)"),
            F("roughly 900", "count", *one(900), True, "jobs", "jobs"),
            F("up to 1.5 metres", "quantity", 1.5, None, 1.5, True, "m", "reduction in wall height",
              note="'up to' is an upper bound, like 'fewer than' (F3)"),
        ],
        "figures_optional": [
            F("twice", "count", *one(2), False, "times", "times the kitchen flooded",
              note="a multiplicative adverb: it states a count of occurrences but is not a numeral; don't-care"),
        ],
    },
    "kb-003": {
        "quotes": [
            Q("would turn the waterfront into “a fortress”", "mixed", "say", "critics", "", "anonymous",
              note="'which critics say would ...': the relative pronoun before the source stays out; the closing mark is in the span (Q3)"),
            Q("2,000", "indirect", "put", "Organisers", "", "anonymous", "evidence", after="Organisers put the crowd at",
              note="an estimate of a quantity by a source is a main quote (addendum); organisers of an unnamed group are anonymous"),
            Q("about 800", "indirect", "estimated", "police", "", "anonymous", "evidence",
              note="no police force is named: anonymous (S3)"),
            Q("We are not against protecting homes. We are against a plan nobody asked us about,", "direct", "said",
              "Priya Raman", "Priya Raman", "person", title="one of the organisers"),
            Q("she respected the marchers’ views and that the consultation was “genuinely open”", "mixed", "said", "Ruth Calloway",
              "Ruth Calloway", "person", title="Mayor",
              note="'said in a statement that A and that B': one contiguous content span, one quote; 'in a statement' is the manner of the saying, the speaker stays the person"),
            Q("1,140 responses had been received in the first week of the consultation", "indirect", "said", "Calloway’s office",
              "Calloway’s office", "organization", note="the mayor's office is an organisation, not the mayor herself"),
        ],
        "quotes_optional": [],
        "figures": [
            F("Hundreds", "count", None, 100, 1000, True, "people", "marchers", note="vague amount [100, 1000] like 'thousands' (F4)"),
            F("2,000", "count", *one(2000), False, "people", "crowd size (organisers' estimate)"),
            F("about 800", "count", *one(800), True, "people", "crowd size (police estimate)"),
            F("1,140", "count", *one(1140), False, "responses", "consultation responses"),
        ],
        "figures_optional": [],
    },
    "kb-004": {
        "quotes": [
            Q("Talks between Kestrel Bay council and the national government over money for the town’s sea wall have stalled", "indirect",
              "has learned", "Coastline Today", "Coastline Today", "media", "evidence",
              note="a postposed finding by a named source is main (the addendum overrides Q9); the outlet reports its own finding"),
            Q("the government was unlikely to offer more than £30 million", "indirect", "said",
              "A senior official familiar with the talks", "", "anonymous",
              note="'well short of the £50 million the council had hoped for' is the writer's comparison and stays out (Q2)"),
            Q("the latest cost estimate had risen to £175 million", "indirect", "reported", "The Kestrel Bay Courier",
              "Kestrel Bay Courier", "media", note="'on Thursday' is an adverbial of the reporting act (Q2)"),
            Q("steel prices had “moved sharply” since the first estimate", "mixed", "saying",
              "a Brightwater Engineering spokesperson", "", "anonymous", title="spokesperson", org="Brightwater Engineering",
              via="Kestrel Bay Courier",
              note="nested attribution: the innermost speaker is main (Q7), relayed via the Courier; an unnamed spokesperson of a named organisation is anonymous with speaker_org (addendum)"),
            Q("declined to comment", "indirect", "declined to comment", "A spokesperson for the Department for Coastal Affairs", "",
              "anonymous", title="spokesperson", org="Department for Coastal Affairs",
              note="'declined to comment' is a quote whose content is the whole clause"),
            Q("the council should pause the project", "indirect", "said", "Tomasz Wierzbicki", "Tomasz Wierzbicki", "person", title="Councillor"),
            Q("The numbers keep going up and the answers keep going down,", "direct", "said", "he", "Tomasz Wierzbicki", "person", title="Councillor"),
        ],
        "quotes_optional": [
            Q("a Brightwater Engineering spokesperson as saying that steel prices had “moved sharply” since the first estimate", "mixed",
              "quoted", "The newspaper", "Kestrel Bay Courier", "media", note="the outer media layer of a nested attribution (Q7)"),
        ],
        "figures": [
            F("more than £30 million", "money", 30 * M, 30 * M, None, True, "GBP", "government offer"),
            F("£50 million", "money", *one(50 * M), False, "GBP", "grant the council hoped for", after="well short of"),
            F("£175 million", "money", *one(175 * M), False, "GBP", "cost estimate"),
        ],
        "figures_optional": [],
    },
    "kb-005": {
        "quotes": [
            Q("A restored salt marsh north of Kestrel Bay harbour could lower the planned sea wall by between 1 and 1.5 metres and cut its cost by about a fifth",
              "indirect", "found", "a study by the Northshore Institute", "Northshore Institute", "document", "evidence",
              note="a study's finding with a clause is main (addendum); the document's issuer is named"),
            Q("The marsh is not a replacement for the wall, but it makes the wall smaller, cheaper and easier to live with,", "direct", "said",
              "Amara Nwosu", "Amara Nwosu", "person"),
            Q("it would review the findings", "indirect", "said", "Brightwater Engineering", "Brightwater Engineering", "organization"),
            Q("it offered “a way to protect homes without walling off the harbour”", "mixed", "saying", "Ruth Calloway", "Ruth Calloway",
              "person", "stance", title="Mayor", note="a 'saying ...' clause attached to a stance verb is main, frame stance (addendum)"),
        ],
        "quotes_optional": [
            Q("the study", "indirect", "welcomed", "Ruth Calloway", "Ruth Calloway", "person", "stance", after="welcomed",
              title="Mayor", note="noun-phrase complement of a stance cue: optional (Q8)"),
        ],
        "figures": [
            F("1 and 1.5 metres", "quantity", None, 1, 1.5, False, "m", "reduction in wall height"),
            F("about a fifth", "percent", *one(20), True, "percent", "cost reduction", note="fraction normalised to percent (F6)"),
            F("40", "count", *one(40), False, "storm scenarios", "storm scenarios modelled"),
            F("34", "count", *one(34), False, "storm scenarios", "storm scenarios with a large reduction",
              note="'34 of them' states a number of scenarios; the F14 exclusion is for 'one of' partitives"),
            F("more than 30 per cent", "percent", 30, 30, None, True, "percent", "wave height reduction"),
        ],
        "figures_optional": [],
    },
    "kb-006": {
        "quotes": [
            Q("This is a plan we can support,", "direct", "said", "Marcus Hale", "Marcus Hale", "person",
              title="the association’s chair", org=TRADERS),
            Q("It protects homes and it keeps the harbour open.", "direct", "", "Marcus Hale", "Marcus Hale", "person",
              title="the association’s chair", org=TRADERS, note="the attribution closed the previous sentence: cue '' (Q5)"),
            Q("The consultation closed with 3,812 responses", "indirect", "according to", "the council", COUNCIL, "organization",
              note="the town's council (judgement call, see README)"),
            Q("61 per cent of respondents supported building defences, while 27 per cent opposed the current design", "indirect", "said",
              "Officials", "", "anonymous"),
            Q("the protest group would keep campaigning until it saw the final drawings", "indirect", "said", "Priya Raman",
              "Priya Raman", "person", title="one of the organisers of this month's march"),
            Q("the mood among councillors as “cautiously relieved”", "mixed", "described", "One council insider", "", "anonymous",
              org=COUNCIL, note="describe OBJ as \"X\" is mixed with the object in the span (Q4)"),
        ],
        "quotes_optional": [
            Q("to study a lower design combined with a restored salt marsh", "indirect", "agreed", "the council", COUNCIL, "organization",
              "stance", note="'agreed to' + infinitive reports the council's decision (an act, Q16), not a stance on a claim; "
              "the addendum lists 'agreed' among stance cues, so it is don't-care (judgement call)"),
        ],
        "figures": [
            F("3,812", "count", *one(3812), False, "responses", "consultation responses"),
            F("61 per cent", "percent", *one(61), False, "percent", "respondents supporting building defences"),
            F("27 per cent", "percent", *one(27), False, "percent", "respondents opposing the current design"),
        ],
        "figures_optional": [
            F("One", "count", *one(1), False, "people", "council insider", after="drawings.",
              note="the indefinite 'One council insider' (F15)"),
        ],
    },
    "kb-007": {
        "quotes": [
            Q("The scheme will protect about 4,500 homes", "indirect", "said", "the council", COUNCIL, "organization",
              note="the council is named as 'Kestrel Bay council' in the first sentence"),
            Q("Tonight we chose to protect people’s homes, and we did it by listening,", "direct", "told", "Ruth Calloway", "Ruth Calloway",
              "person", title="Mayor"),
            Q("the council had still not secured the money", "indirect", "warned", "Tomasz Wierzbicki", "Tomasz Wierzbicki", "person",
              title="Councillor"),
            Q("The national government has offered £30 million, and the council plans to borrow the rest", "indirect", "according to",
              "budget papers seen by Coastline Today", "", "document",
              note="the issuer of the budget papers is not named in this story (S2, like the Boseman statement); Coastline Today saw them, it did not relay them"),
            Q("she had cried when the result was announced", "indirect", "said", "Jean Pellow", "Jean Pellow", "person"),
            Q("Forty years I’ve waited for this,", "direct", "said", "she", "Jean Pellow", "person"),
        ],
        "quotes_optional": [],
        "figures": [
            F("9", "count", *one(9), False, "votes", "votes for", note="a vote tally is split per side, like a score (F7)"),
            F("4", "count", *one(4), False, "votes", "votes against", after="voted 9 to", note="a vote tally is split per side, like a score (F7)"),
            F("£140 million", "money", *one(140 * M), False, "GBP", "sea wall and salt marsh scheme cost"),
            F("about 4,500", "count", *one(4500), True, "homes", "homes protected"),
            F("three years", "duration", *one(3), False, "years", "construction time"),
            F("£30 million", "money", *one(30 * M), False, "GBP", "government offer"),
            F("Forty years", "duration", *one(40), False, "years", "waiting time"),
        ],
        "figures_optional": [],
    },
    "kb-008": {
        "quotes": [
            Q("Households in Kestrel Bay would pay about £85 a year more in council tax for 25 years to cover borrowing for the town's new sea wall",
              "indirect", "according to", "council budget papers", COUNCIL, "document", org=COUNCIL),
            Q("the council plans to borrow £110 million at an interest rate of 4.2 per cent", "indirect", "show", "The papers", COUNCIL,
              "document", "evidence", org=COUNCIL, note="'the papers show that ...' is an evidence cue with a clause: main (addendum)"),
            Q("the increase “a flood tax by another name”", "mixed", "called", "Tomasz Wierzbicki", "Tomasz Wierzbicki", "person",
              title="Councillor"),
            Q("the figure was an upper estimate and that the final increase was likely to be lower", "indirect", "said",
              "A council spokesperson", "", "anonymous", title="spokesperson", org=COUNCIL),
            Q("the lower town, where most of the protected homes are, would pay the same rate as hilltop streets that face no flood risk",
              "indirect", "found", "A Harbour Wire analysis of the papers", "Harbour Wire", "document", "evidence",
              note="an analysis is a document; its issuer, the outlet, is named"),
            Q("People up the hill are being asked to pay for our wall, and I understand why some of them are angry,", "direct", "said",
              "Jean Pellow", "Jean Pellow", "person", note="the passive 'are being asked to pay' is inside a direct quote and not annotated separately (Q1)"),
        ],
        "quotes_optional": [],
        "figures": [
            F("about £85 a year", "money", *one(85), True, "GBP per year", "council tax increase",
              note="a rate: 'a year' is the adjacent unit and the unit records it (F10)"),
            F("25 years", "duration", *one(25), False, "years", "repayment period"),
            F("£110 million", "money", *one(110 * M), False, "GBP", "borrowing"),
            F("4.2 per cent", "percent", *one(4.2), False, "percent", "interest rate"),
        ],
        "figures_optional": [],
    },
}

QUOTE_KINDS = {"direct", "indirect", "mixed"}
SPEAKER_TYPES = {"person", "organization", "anonymous", "document", "media"}
FRAMES = {"speech", "belief", "evidence", "stance", "directive"}
FIGURE_KINDS = {"money", "count", "percent", "quantity", "score", "age", "duration", "other"}


def _locate(text: str, item: dict, art: str) -> dict:
    at, after = item.pop("at"), item.pop("after")
    origin = 0
    if after is not None:
        if text.count(after) != 1:
            raise SystemExit(f"{art}: anchor {after!r} occurs {text.count(after)} times")
        origin = text.index(after)
    elif text.count(at) != 1:
        raise SystemExit(f"{art}: {at!r} occurs {text.count(at)} times; give an anchor")
    start = text.find(at, origin)
    if start < 0:
        raise SystemExit(f"{art}: {at!r} not found")
    return {"start": start, "end": start + len(at), "text": at, **item}


def build() -> list[dict]:
    records = [json.loads(line) for line in STORIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    if [r["id"] for r in records] != sorted(ANNOTATIONS):
        raise SystemExit("the stories and the annotations do not list the same ids")
    out = []
    for rec in records:
        ann = ANNOTATIONS[rec["id"]]
        row = dict(rec)
        for key in ("quotes", "quotes_optional", "figures", "figures_optional"):
            items = [_locate(rec["text"], dict(item), rec["id"]) for item in ann[key]]
            row[key] = sorted(items, key=lambda i: (i["start"], i["end"]))
        out.append(row)
    return out


def check(records: list[dict]) -> list[str]:
    """Return a list of problems (empty when the file is sound)."""
    problems = []
    stories = {json.loads(line)["id"]: json.loads(line) for line in STORIES.read_text(encoding="utf-8").splitlines() if line.strip()}
    for rec in records:
        text = rec["text"]
        if stories.get(rec["id"], {}).get("text") != text:
            problems.append(f"{rec['id']}: text differs from data/examples")
        for key in ("quotes", "quotes_optional", "figures", "figures_optional"):
            for it in rec[key]:
                where = f"{rec['id']} {key} {it['text']!r}"
                if text[it["start"]:it["end"]] != it["text"]:
                    problems.append(f"{where}: offsets do not give the text")
                if key.startswith("quotes"):
                    if it["kind"] not in QUOTE_KINDS or it["speaker_type"] not in SPEAKER_TYPES or it["frame"] not in FRAMES:
                        problems.append(f"{where}: bad kind, speaker_type or frame")
                    if it["speaker_type"] == "anonymous" and it["speaker_canonical"]:
                        problems.append(f"{where}: anonymous with a canonical name")
                else:
                    if it["kind"] not in FIGURE_KINDS:
                        problems.append(f"{where}: bad kind")
                    v, lo, hi = it["value"], it["low"], it["high"]
                    if v is not None and lo is not None and hi is not None and not lo <= v <= hi:
                        problems.append(f"{where}: value outside [low, high]")
                    if v is None and (lo is None or hi is None):
                        problems.append(f"{where}: no value and an open bound")
    return problems


def main(argv: list[str]) -> int:
    if "--check" in argv:
        records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        records = build()
        tmp = GOLD.with_suffix(".jsonl.tmp")
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        tmp.replace(GOLD)
    problems = check(records)
    for p in problems:
        print("PROBLEM", p)
    n = {k: sum(len(r[k]) for r in records) for k in ("quotes", "quotes_optional", "figures", "figures_optional")}
    print(f"records: {len(records)}  " + "  ".join(f"{k}: {v}" for k, v in n.items()))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
