"""Scan a build's papers.jsonl for nodes that join senses of one short form or homonyms of a short name.

A: definitions disagree - the node's papers define one of its short forms with long forms of two senses
   (the paper's own words: scan_acronyms' regex over title+abstract, plus the paper's long-form name / alias).
B: bare uses of another sense - the node has a short form S that the corpus defines with >= 2 senses
   (each >= 2 papers); a linked paper that does not define S but spells out exactly one sense's long form,
   other than the node's own sense, counts against it.
C: short names whose papers plainly mean different things: type cues split (words after the mention:
   data nouns vs technique nouns), or two papers coin the name (role proposes) with unrelated abstracts.
Rank: papers affected (papers not in the node's main sense).

    python scripts/scan_sense_merges26.py PAPERS.jsonl OUT.tsv   # prints the counts, writes the ranked rows

A check for a reader (session 26, docs/history/corpus-graph.md): each row is a candidate to judge, not a verdict.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scan_acronyms import definitions  # noqa: E402  (its own regex, not the extractor's)

STOP = set("the a an of for and in on to with by from via using based".split())
def stemset(lf):
    return frozenset(w[:5] for w in re.sub(r"[-\s]+", " ", lf.lower()).split() if w not in STOP and w.isalpha())
from paperkg.extract.corpus import loosely_same_long_form  # noqa: E402
def _norm(x):
    ws = re.sub(r"[^a-z ]", "", re.sub(r"[-\s]+", " ", x.lower()).replace("- ", "")).split()
    return [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in ws]
def same_sense(a, b):
    na, nb = _norm(a), _norm(b)
    if "".join(na) == "".join(nb): return True
    sh, lo = sorted((na, nb), key=len)
    if len(sh) >= 2 and lo[-len(sh):] == sh: return True
    if len(sh) >= 2 and "".join(lo).endswith("".join(sh)): return True
    if loosely_same_long_form(a, b): return True
    return _same_sense(a, b)
def _same_sense(a, b):
    sa, sb = stemset(a), stemset(b)
    if not sa or not sb: return False
    fa = re.sub(r"[-\s]+", " ", a.lower()).split()[0]; fb = re.sub(r"[-\s]+", " ", b.lower()).split()[0]
    if fa != fb and not (fa[:5] == fb[:5] and min(len(fa), len(fb)) >= 5): return False
    return len(sa & sb) / len(sa | sb) >= 0.5

def group(lfs):
    groups = []  # list of [rep, Counter]
    for lf, n in sorted(lfs.items(), key=lambda kv: -kv[1]):
        for g in groups:
            if same_sense(g[0], lf): g[1][lf] += n; break
        else: groups.append([lf, Counter({lf: n})])
    return groups

ACR = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-&]*$")
def short_like(s):
    return bool(ACR.match(s)) and sum(c.isupper() for c in s) >= 2 and len(s) <= 10
def acr_key(s):
    s = s.strip()
    return s[:-1] if s.endswith("s") and s[:-1].isupper() else s

DATA = set("dataset datasets data corpus corpora benchmark benchmarks treebank collection".split())
TECH = set("algorithm algorithms method methods model models network networks approach framework architecture module loss".split())
TASKW = set("task tasks problem".split())
METRIC = set("score scores metric metrics".split())
def cue(text, end):
    m = re.match(r"[\s\-]*([A-Za-z]+)", text[end:end+30])
    if not m: return None
    w = m.group(1).lower()
    return "data" if w in DATA else "tech" if w in TECH else "task" if w in TASKW else "metric" if w in METRIC else None
CW = re.compile(r"[a-z]{4,}")
GENERIC = set("model models method methods approach paper propose proposed results show learning based using data performance task tasks state existing novel large dataset datasets training network networks".split())
def words(t):
    return frozenset(w for w in CW.findall(t.lower()) if w not in GENERIC)

def main(path, out):
    papers = {}
    corpus_defs = defaultdict(Counter)  # S -> long form -> papers
    node_papers = defaultdict(list)  # key -> [(pid, entity)]
    for line in open(path):
        p = json.loads(line)
        txt = (p.get("title") or "") + " . " + p["abstract"]
        defs = {}
        for acr, lf in definitions(txt):
            defs.setdefault(acr_key(acr), lf)
        papers[p["id"]] = (p.get("title") or "", p["abstract"], defs, p.get("year"))
        for acr, lf in defs.items():
            corpus_defs[acr][lf] += 1
        for e in p["entities"]:
            node_papers[e["id"]].append((p["id"], e))
    corpus_groups = {s: [g for g in group(c) if sum(g[1].values()) >= 2] for s, c in corpus_defs.items()}
    rows = []
    for key, plist in node_papers.items():
        shorts = set()
        for _, e in plist:
            for f in [e["name"]] + e["aliases"] + [m["text"] for m in e["mentions"]]:
                if short_like(f): shorts.add(acr_key(f))
        name = plist[0][1]["name"]
        # A: the papers' own definitions of the node's short forms
        own = {}  # pid -> (S, lf)
        for pid, e in plist:
            d = papers[pid][2]
            said = {acr_key(m["text"]) for m in e["mentions"]}
            for s in sorted(shorts):
                if s in d and s in said: own[pid] = (s, d[s]); break
            else:
                if e["name"] != name or True:
                    al = [a for a in e["aliases"] if short_like(a)]
                    if al and not short_like(e["name"]) and any(m["rule"] == "abbreviation" for m in e["mentions"]):
                        own[pid] = (acr_key(al[0]), e["name"])
        kind, affected, detail = None, 0, ""
        if own:
            g = group(Counter(lf for _, lf in own.values()))
            if len(g) > 1:
                sizes = sorted((sum(x[1].values()), x[0]) for x in g)[::-1]
                mk = next((i for i, (n, lf) in enumerate(sizes) if same_sense(name, lf)), 0)
                kind, affected = "A-defs", sum(n for i, (n, _) in enumerate(sizes) if i != mk)
                detail = " | ".join(f"{lf} ({n})" for n, lf in sizes)
        # B: bare uses that spell another corpus sense
        if kind is None:
            for s in sorted(shorts):
                cg = corpus_groups.get(s, [])
                if len(cg) < 2: continue
                bysense = Counter()
                for pid, e in plist:
                    if s not in {acr_key(m["text"]) for m in e["mentions"]}:
                        continue
                    if pid in own:
                        k = next((i for i, g in enumerate(cg) if any(same_sense(own[pid][1], lf) for lf in g[1])), None)
                        if k is not None: bysense[k] += 1
                        continue
                    low = (papers[pid][0] + " " + papers[pid][1]).lower()
                    low = re.sub(r"[-\s]+", " ", low)
                    sp = [i for i, g in enumerate(cg) if any(re.sub(r"[-\s]+", " ", lf.lower()) in low for lf in g[1])]
                    if len(sp) == 1: bysense[sp[0]] += 1
                if len(bysense) > 1:
                    # main sense: the node name's sense, else the largest
                    main_k = next((i for i, g in enumerate(cg) if any(same_sense(name, lf) for lf in g[1])), None)
                    if main_k is None: main_k = bysense.most_common(1)[0][0]
                    kind = "B-bare"
                    affected = sum(n for k, n in bysense.items() if k != main_k)
                    detail = s + ": " + " | ".join(f"{cg[k][0]} ({n})" for k, n in bysense.most_common())
                    break
        # C: short names (one token) with split type cues or unrelated coiners
        if kind is None and " " not in name.strip() and len(plist) >= 2 and not name.islower() and not name[1:].islower():
            cues = defaultdict(Counter)
            for pid, e in plist:
                txt = papers[pid][1]
                for m in e["mentions"]:
                    if m.get("field") == "title": continue
                    c = cue(txt, m["end"])
                    if c: cues[pid][c] += 1
            votes = Counter(c.most_common(1)[0][0] for c in cues.values())
            coin = [pid for pid, e in plist if e["role"] == "proposes"]
            bare = len(plist) - len(coin)
            if len(votes) > 1 and {"data", "tech"} <= set(votes) and min(votes["data"], votes["tech"]) >= max(2, 0.2 * sum(votes.values())):
                kind, affected = "C-types", sorted(votes.values())[-2]
                detail = " ".join(f"{k}:{n}" for k, n in votes.most_common())
            elif len(coin) >= 2 and not (bare >= 10 and bare >= 2 * len(coin)):
                ws = [words(papers[p][0] + " " + papers[p][1]) for p in coin]
                # single link: coiners whose abstracts share few words are apart
                comps = []
                for i, w in enumerate(ws):
                    for c in comps:
                        if any(len(w & ws[j]) / max(1, len(w | ws[j])) >= 0.08 for j in c): c.append(i); break
                    else: comps.append([i])
                if len(comps) > 1:
                    kind, affected = "C-coiners", len(coin) - max(len(c) for c in comps)
                    detail = f"{len(coin)} coiners in {len(comps)} groups: " + "; ".join(papers[coin[c[0]]][0][:60] for c in comps[:3])
        if kind:
            rows.append((affected, len(plist), key, name, kind, detail))
    rows.sort(key=lambda r: (-r[0], -r[1], r[2]))
    with open(out, "w") as fh:
        for r in rows:
            fh.write("\t".join(map(str, r)) + "\n")
    kinds = Counter(r[4] for r in rows)
    print(path, "flagged", len(rows), dict(kinds), "papers affected", sum(r[0] for r in rows),
          {k: sum(r[0] for r in rows if r[4] == k) for k in kinds})

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
