"""Mine the all-capitals method/model names written as a capitalised word for recall53's ``acronym-case``
(session 43): "Ransac" for the listed "RANSAC", "Bert-based" for "BERT"; and the one-word data names, all capitals
or joined by capitals, for ``data-word-case`` ("Imagenet" for "ImageNet", "Mnist" for "MNIST").

    python scripts/mine_acronym_case53.py /work/shared/corpus/abstracts-73k.jsonl.gz -o extract/data/acronym_case53.tsv

Over the 73k abstracts with every gold paper left out (tests/data/gold-*.jsonl), for each one-word all-capitals
listed form of four or more letters that no other entry spells (recall53.acronym_variants53 with the file unread),
counts the papers writing it capitalised mid-sentence, in lower case, next to another capitalised word (a person:
"Bert Kappen", "Adam Smith", "Davis et al.") and as listed. A row is kept when the listed spelling is common (5+ papers), the lower
case is no common word of its own (at most half as many papers as the listed spelling: "modern", "line", "node",
"dream", "morph" fail), the capitalised spelling is not far more common than the listed one (at most twice as many papers: "Bloom"
filters, 11 against 5 for BLOOM) and it is no person's name (next to another capitalised word in under half its papers).
"""
import gzip, json, re, sys, glob, os, argparse
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
ap = argparse.ArgumentParser(); ap.add_argument("corpus"); ap.add_argument("-o", "--out", required=True)
args = ap.parse_args()
from paperkg.extract.gazetteer import load_entries
from paperkg.extract import recall53
es = load_entries()
acr = {**recall53.acronym_variants53(es, 'data-word-case', mined=False), **recall53.acronym_variants53(es, mined=False)}
gold = set()
for g in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'data', 'gold-*.jsonl')):
    for l in open(g):
        gold.add(json.loads(l).get('abstract_start', '')[:60])
caps = {k.capitalize(): k for k in acr}
low_p = {k: 0 for k in acr}; cap_mid = {k: 0 for k in acr}; person = {k: 0 for k in acr}; listed = {k: 0 for k in acr}
word = re.compile(r"(?<![\w\-])([A-Za-z]+)(?![\w])")
for line in gzip.open(args.corpus, 'rt'):
    p = json.loads(line); a = p.get('abstract') or ''
    if a[:60] in gold: continue
    seen_l, seen_c, seen_p, seen_u = set(), set(), set(), set()
    for m in word.finditer(a):
        w = m.group(1)
        lw = w.lower()
        if lw not in acr: continue
        if w == lw: seen_l.add(lw)
        elif w == acr[lw][0]: seen_u.add(lw)
        elif w in caps and w[0].isupper():
            s = m.start()
            before = a[:s].rstrip()
            if before and before[-1] not in '.!?:':
                seen_c.add(lw)
            if re.match(r" (?:[A-Z][a-z]+\b(?!-)|et al)", a[m.end():]) or re.search(r"[A-Z][a-z]+ $", a[:s]):
                seen_p.add(lw)
    for k in seen_l: low_p[k] += 1
    for k in seen_c: cap_mid[k] += 1
    for k in seen_p: person[k] += 1
    for k in seen_u: listed[k] += 1
def keep(k):
    return listed[k] >= 5 and 2 * low_p[k] <= listed[k] and cap_mid[k] <= 2 * listed[k] and not (cap_mid[k] >= 2 and 2 * person[k] >= cap_mid[k])
with open(args.out, 'w') as out:
    out.write("# recall53 acronym-case: all-capitals listed names read written capitalised (scripts/mine_acronym_case53.py;\n")
    out.write("# 73k abstracts, every gold paper left out).\n")
    out.write("# listed\tcapitalised\tpapers capitalised mid-sentence\tpapers lower case\tpapers next to a capitalised word\tpapers as listed\n")
    for k in sorted(acr, key=lambda k: (-cap_mid[k], k)):
        if keep(k):
            out.write(f"{acr[k][0]}\t{k.capitalize()}\t{cap_mid[k]}\t{low_p[k]}\t{person[k]}\t{listed[k]}\n")
