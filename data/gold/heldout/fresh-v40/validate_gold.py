"""Validate a gold file: ids/order as the texts, sha256, spans, allowed values, no overlapping main items.
Run: cd /work/annot19 && /work/main/.venv/bin/python adj/validate_gold.py adj/fresh-v40-gold.jsonl"""
import hashlib, json, sys
T = [json.loads(l) for l in open("/work/annot19/fresh-v40-texts.jsonl", encoding="utf-8")]
G = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert [t["id"] for t in T] == [g["id"] for g in G], "ids/order differ"
KIND = {"direct", "indirect", "mixed"}; TYPE = {"person", "organization", "anonymous", "document", "media"}
FRAME = {"speech", "belief", "evidence", "stance", "directive"}
errs = 0
for t, g in zip(T, G):
    text = t["text"]
    if g["text_sha256"] != hashlib.sha256(text.encode("utf-8")).hexdigest(): print(g["id"], "sha"); errs += 1
    for lst in ("quotes", "quotes_optional"):
        for it in g[lst]:
            if text[it["start"]:it["end"]] != it["text"]: print(g["id"], lst, "span", it["text"][:60]); errs += 1
            if it["kind"] not in KIND or it["speaker_type"] not in TYPE or it["frame"] not in FRAME:
                print(g["id"], lst, "value", it["kind"], it["speaker_type"], it["frame"]); errs += 1
    m = sorted((it["start"], it["end"]) for it in g["quotes"])
    for (s1, e1), (s2, e2) in zip(m, m[1:]):
        if s2 < e1: print(g["id"], "overlap", s1, e1, s2, e2); errs += 1
print("errors:", errs, "| main", sum(len(g["quotes"]) for g in G), "optional", sum(len(g["quotes_optional"]) for g in G))
sys.exit(1 if errs else 0)
