"""recall54 73k prefilter: abstracts with a "words (SF)" pair that lower_defined54 types (no resolver context).
Writes /tmp/recall54/suball.jsonl (all hits, shuffled with seed 20273054) and /tmp/recall54/hits.tsv."""
import gzip,json,re,random,sys
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.dirname(__import__("os").path.abspath(__file__))))
from extract.recall54 import lower_defined54
pat=re.compile(r"((?:[\w\-\\\"']+\s+){1,6})\(\s*([A-Za-z][\w\-]{1,10})\s*\)")
hits=[]
n=0
for l in gzip.open("/work/shared/corpus/abstracts-73k.jsonl.gz","rt"):
    d=json.loads(l); a=d.get("abstract") or ""
    n+=1
    found=None
    for m in pat.finditer(a):
        ws=m.group(1).split()
        sf=m.group(2)
        for k in range(2,min(6,len(ws))+1):
            lf=" ".join(ws[-k:])
            if lower_defined54(lf,[sf],None,a)=="method":
                found=(lf,sf); break
        if found: break
    if found: hits.append((l,found))
print(n,len(hits),file=sys.stderr)
random.seed(20273054); random.shuffle(hits)
with open("/tmp/recall54/suball.jsonl","w") as f:
    for l,_ in hits: f.write(l if l.endswith("\n") else l+"\n")
with open("/tmp/recall54/hits.tsv","w") as f:
    for l,(lf,sf) in hits: f.write(f"{lf}\t{sf}\n")
