"""Draw the fresh-l40 sample: 40 Wikinews articles never used by newslab's development.

Excluded by id and url: dev-20, heldout-a12/b12/c10, fresh-d32, fresh-e30, fresh-f40, fresh-g40, fresh-h40, fresh-i40, fresh-j40, fresh-k40, the 1,000-article teaching
sample, and every article read in the audits of 0.3.0, 0.4.0, 0.5.0, 0.6.0, 0.7.0, 0.8.0 and 0.9.0 (`audit-ids.txt`). Eligible: 150-700 words and a
quotation mark or said/says/told/according to (case-sensitive). Shuffled in corpus order with
random.Random(20261214).
"""
import gzip, json, random, re
C = [json.loads(l) for l in open("/work/shared/corpus/wikinews-4722.jsonl", encoding="utf-8")]
ex_id, ex_url = set(), set()
sets = ["/work/shared/dev/wikinews-dev20.jsonl"] + [f"/work/main/data/gold/heldout/{f}.jsonl" for f in
        ("heldout-a12", "heldout-b12", "heldout-c10", "fresh-d32", "fresh-e30", "fresh-f40", "fresh-g40", "fresh-h40", "fresh-i40", "fresh-j40", "fresh-k40")]
rows = [json.loads(l) for p in sets for l in open(p, encoding="utf-8")]
rows += [json.loads(l) for l in gzip.open("/work/main/newslab/data/wikinews-1000.jsonl.gz", "rt", encoding="utf-8")]
for r in rows:
    ex_id.add(r["id"]); ex_url.add(r.get("url"))
audit = [l.strip() for l in open("audit-ids.txt") if l.strip()]
ex_id.update(audit)
ex_id.update(l.strip() for l in open("/work/wt/gold-ids-exclude.txt") if l.strip())  # every id any earlier step read
pat = re.compile(r'["“”]|\b(said|says|told|according to)\b')
base = [r for r in C if r["id"] not in ex_id and r["url"] not in ex_url]
pool = [r for r in base if 150 <= len(r["text"].split()) <= 700 and pat.search(r["text"])]
random.Random(20261214).shuffle(pool)
take = pool[:40]
print(f"corpus {len(C)}, excluded ids {len(ex_id)}, after exclusions {len(base)}, eligible {len(pool)}")
keep = ("id", "title", "date", "url", "text")
with open("fresh-l40-texts.jsonl", "w", encoding="utf-8") as f:
    for r in take: f.write(json.dumps({k: r[k] for k in keep}, ensure_ascii=False) + "\n")
for n, part in ((1, take[:20]), (2, take[20:])):
    with open(f"part{n}-texts.jsonl", "w", encoding="utf-8") as f:
        for r in part: f.write(json.dumps({k: r[k] for k in keep}, ensure_ascii=False) + "\n")
print("words:", sorted(len(r["text"].split()) for r in take))
