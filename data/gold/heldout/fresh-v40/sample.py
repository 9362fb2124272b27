"""Draw the fresh-v40 sample: 40 Wikinews articles never used by newslab's development.

Excluded by id and url: dev-20, heldout-a12/b12/c10, fresh-d32 ... fresh-u40, the 1,000-article teaching sample, and
every id in `data/gold/heldout/read-ids.txt` (every article a development step is known to have read: the annotated
sets, the audits of 0.3.0 to 0.9.0 (`audit-ids.txt`), the plausible draws of the 0.10.0 audit, the article fresh-m40's
draw skipped; fresh-n40, fresh-o40, fresh-p40, fresh-q40, fresh-r40, fresh-s40, fresh-t40 and fresh-u40 are in it). As for fresh-m40 to fresh-u40, any article with a run of 12 words that also occurs
in the repository's text files is skipped. Eligible: 150-700 words and a quotation mark or said/says/told/according to (case-sensitive). Shuffled in
corpus order with random.Random(20261224).
"""
import gzip, json, random, re, subprocess
from pathlib import Path
MAIN = Path("/work/main")
C = [json.loads(l) for l in open("/work/shared/corpus/wikinews-4722.jsonl", encoding="utf-8")]
ex_id, ex_url = set(), set()
sets = ["/work/shared/dev/wikinews-dev20.jsonl"] + [str(MAIN / f"data/gold/heldout/{f}.jsonl") for f in
        ("heldout-a12", "heldout-b12", "heldout-c10", "fresh-d32", "fresh-e30", "fresh-f40", "fresh-g40", "fresh-h40",
         "fresh-i40", "fresh-j40", "fresh-k40", "fresh-l40", "fresh-m40", "fresh-n40", "fresh-o40", "fresh-p40", "fresh-q40", "fresh-r40", "fresh-s40", "fresh-t40", "fresh-u40")]
rows = [json.loads(l) for p in sets for l in open(p, encoding="utf-8")]
rows += [json.loads(l) for l in gzip.open(MAIN / "newslab/data/wikinews-1000.jsonl.gz", "rt", encoding="utf-8")]
for r in rows:
    ex_id.add(r["id"]); ex_url.add(r.get("url"))
ex_id.update(l.strip() for l in open("audit-ids.txt") if l.strip())
ex_id.update(l.strip() for l in open(MAIN / "data/gold/heldout/read-ids.txt") if l.strip())
files = subprocess.run(["git", "-C", str(MAIN), "ls-files"], capture_output=True, text=True).stdout.split()
repo_text = []
for f in files:
    if f.endswith((".md", ".py", ".ipynb", ".txt", ".json", ".csv", ".tsv", ".cff")) and "heldout/" not in f or f.endswith("notes.md"):
        try: repo_text.append((MAIN / f).read_text(encoding="utf-8"))
        except Exception: pass
norm = lambda s: " ".join(re.findall(r"[a-z0-9]+", s.lower()))
blob = norm("\n".join(repo_text))
def quoted(text, n=12):
    w = norm(text).split()
    return any(" ".join(w[i:i + n]) in blob for i in range(0, max(1, len(w) - n + 1), 3))
pat = re.compile(r'["“”]|\b(said|says|told|according to)\b')
base = [r for r in C if r["id"] not in ex_id and r["url"] not in ex_url]
pool = [r for r in base if 150 <= len(r["text"].split()) <= 700 and pat.search(r["text"])]
random.Random(20261224).shuffle(pool)
take, skipped = [], []
for r in pool:
    if len(take) == 40: break
    (skipped if quoted(r["text"]) else take).append(r)
print(f"corpus {len(C)}, excluded ids {len(ex_id)}, after exclusions {len(base)}, eligible {len(pool)}, "
      f"skipped as quoted in the repository {len(skipped)}: {[r['id'] for r in skipped]}")
keep = ("id", "title", "date", "url", "text")
with open("fresh-v40-texts.jsonl", "w", encoding="utf-8") as f:
    for r in take: f.write(json.dumps({k: r[k] for k in keep}, ensure_ascii=False) + "\n")
for n, part in ((1, take[:20]), (2, take[20:])):
    with open(f"part{n}-texts.jsonl", "w", encoding="utf-8") as f:
        for r in part: f.write(json.dumps({k: r[k] for k in keep}, ensure_ascii=False) + "\n")
print("words:", sorted(len(r["text"].split()) for r in take))
