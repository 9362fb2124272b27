"""List every difference between annotators A and B of fresh-v40 (main and optional lists aligned separately,
then unaligned items checked against the other side's other list).

Alignment: newslab.scoring.quote_match_pairs (shared words >= half of each span), the only newslab code used.
Run: cd /work/annot19 && /work/main/.venv/bin/python adj/diff.py > adj/diff.txt
"""
import json, sys
sys.path.insert(0, "/work/main")
from newslab.scoring import quote_match_pairs  # alignment only

L = lambda p: [json.loads(l) for l in open(p, encoding="utf-8")]
T = L("/work/annot19/fresh-v40-texts.jsonl"); A = L("/work/annot19/adj/annotator-a.jsonl"); B = L("/work/annot19/adj/annotator-b.jsonl")
F = ["start", "end", "kind", "cue", "speaker", "speaker_canonical", "speaker_type", "speaker_title", "speaker_org", "frame"]
n = 0
counts = {}
for ai, (t, a, b) in enumerate(zip(T, A, B)):
    assert t["id"] == a["id"] == b["id"]
    text = t["text"]
    out = []
    for lst in ("quotes", "quotes_optional"):
        ga, gb = a[lst], b[lst]
        pairs = quote_match_pairs(ga, gb, text)
        pa, pb = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, j in pairs:
            d = [f for f in F if ga[i].get(f, "") != gb[j].get(f, "")]
            if d:
                cls = "title/org only" if set(d) <= {"speaker_title", "speaker_org"} else "other fields"
                counts[f"aligned {lst} {cls}"] = counts.get(f"aligned {lst} {cls}", 0) + 1
                out.append(f"  [{lst} A{i} ~ B{j}] {cls}: " + "; ".join(f"{f}: A={ga[i].get(f)!r} B={gb[j].get(f)!r}" for f in d)
                           + f"\n      A text: {ga[i]['text'][:160]!r}")
        other = {"quotes": "quotes_optional", "quotes_optional": "quotes"}[lst]
        for side, g, p, o in (("A", ga, pa, b[other]), ("B", gb, pb, a[other])):
            for k, it in enumerate(g):
                if k in p:
                    continue
                in_other = quote_match_pairs([it], o, text)
                where = f" (other side has it in {other})" if in_other else ""
                counts[f"unaligned {lst} {side} only"] = counts.get(f"unaligned {lst} {side} only", 0) + 1
                out.append(f"  [{lst} {side}{k}] only {side}{where}: {it['text'][:200]!r} | speaker {it.get('speaker_canonical')!r} "
                           f"{it.get('speaker_type')} cue {it.get('cue')!r} kind {it.get('kind')} frame {it.get('frame')}")
    if out:
        print(f"== art {ai} {t['id']} {t['title'][:70]}")
        print("\n".join(out)); n += len(out)
print(f"\nTOTAL differences: {n}")
for k, v in sorted(counts.items()): print(f"  {k}: {v}")
