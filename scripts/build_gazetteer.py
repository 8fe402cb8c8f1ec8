#!/usr/bin/env python3
"""Build paperkg's shipped gazetteer from the raw name lists in ../shared/gazetteer-sources/.

Usage: python scripts/build_gazetteer.py [SOURCES_DIR] [OUT_FILE] [CORPUS.jsonl.gz]

CORPUS (default ../shared/corpus/abstracts-73k.jsonl.gz when present) serves as a dictionary of how words
are written in abstracts: a plain one-word dataset name from the derived lists ("Cityscapes", "Charades")
is kept when abstracts write it capitalised at least three times as often as in lower case and put a data
noun after it ("the Charades dataset", "Cityscapes and KITTI datasets") at least twice; a one-word
dataset name in capitals gets its capitalised spelling as an alias ("OMNIGLOT" -> "Omniglot") where
abstracts write it so (and once before a data noun), and a capitalised one its upper-case spelling, when the word is not an English word
(rare in lower case).

Writes one JSON object a line: {"id", "name", "type", "aliases", "family", "source"}. The id is
"<type>:<slug of the name>", so it survives reordering or growing the lists, unlike a line number. The raw lists are noisy
(HTML, sentences, split names such as "COCO test-dev", common words), so every list is filtered here; the
curated lists in extract/data/curated/ are the project's own and win over derived entries.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "extract" / "data" / "curated"
DEFAULT_SOURCES = ROOT.parent / "shared" / "gazetteer-sources"
DEFAULT_OUT = ROOT / "extract" / "data" / "gazetteer.jsonl"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "abstracts-73k.jsonl.gz"


class WordStats:
    """How abstracts write each word: lower-case uses, capitalised uses, uses before a data noun."""

    CAP_WORD = re.compile(r"(?<![\w\-])[A-Za-z][a-z]+(?![\w\-])")
    BEFORE_NOUN = re.compile(r"(?<![\w\-])([A-Z][a-z]+)(?:\s+|-)(?:datasets?|benchmarks?|corpus|corpora|test set)\b")
    LIST = re.compile(r"((?:[A-Z][a-z]+,\s+)*[A-Z][a-z]+,?\s+(?:and|or)\s+[A-Z][a-z]+)\s+(?:datasets|benchmarks|corpora)\b")

    def __init__(self, corpus: Path | None):
        from collections import Counter

        self.lower: Counter = Counter()
        self.caps: Counter = Counter()
        self.cue: Counter = Counter()
        self.known = corpus is not None and corpus.exists()
        if not self.known:
            return
        opener = gzip.open if corpus.suffix == ".gz" else open
        with opener(corpus, "rt", encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("abstract") or ""
                for w in self.CAP_WORD.findall(text):
                    (self.lower if w.islower() else self.caps)[w] += 1
                for m in self.BEFORE_NOUN.finditer(text):
                    self.cue[m.group(1)] += 1
                for m in self.LIST.finditer(text):
                    for item in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group(1)):
                        self.cue[item.strip()] += 1

    def english(self, word: str) -> bool:
        return self.lower[word.lower()] >= 3

    def plain_dataset_name(self, name: str) -> bool:
        """ "Cityscapes": one capitalised word that abstracts use as a name of data, not as a word."""
        return (self.known and name.isalpha() and name[:1].isupper() and name[1:].islower() and len(name) >= 4
                and self.cue[name] >= 2 and self.lower[name.lower()] * 3 <= self.caps[name])


STATS = WordStats(None)

# Words that make a listed name useless as a name (they are common English or generic ML words).
COMMON = set(
    """a an the and or of for in on to with by from at as is are be this that these those we our it its
    model models method methods network networks data dataset datasets benchmark learning training test
    base large small overall average score accuracy error loss attention layer block module head unit
    time space image images text video audio speech graph task tasks general other none all more less
    mixed random linear simple deep fast slow dense sparse full local global set sets split dev val
    train validation english chinese human real synthetic clean noisy satellite sota state art""".split()
)
SPLIT_SUFFIX = re.compile(
    r"\s*(\(.*\)|,.*|\s+(test|dev|val|valid|validation|train)(-\w+)?(\s.*)?|\s+\d+%.*)$", re.IGNORECASE
)


def is_distinctive(name: str) -> bool:
    """A name worth matching: not a common word, has some shape (capitals inside, digits, several words)."""
    n = name.strip()
    if len(n) < 2 or len(n) > 60 or n.lower() in COMMON:
        return False
    if not re.search(r"[A-Za-z]", n) or re.search(r"[<>{}\[\]|\"=]|https?:", n):
        return False
    words = n.split()
    if len(words) > 6:
        return False
    if len(words) == 1:
        # One word: needs capitals after the first letter or a digit (BERT, GloVe, GPT-2), not "Dropout".
        return bool(re.search(r".[A-Z0-9]", n))
    # Several words: all generic lower-case words are a phrase, not a name.
    return any(w.lower() not in COMMON for w in words)


def clean_dataset_name(name: str) -> str:
    """'COCO test-dev' -> 'COCO', 'CIFAR-100, 40% Symmetric Noise' -> 'CIFAR-100'."""
    name = re.sub(r"\s+", " ", name).strip()
    return SPLIT_SUFFIX.sub("", name).strip(" -,;")


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def split_aliases(cell: str | None) -> list[str]:
    return [a.strip() for a in (cell or "").split(";") if a.strip()]


def curated_entries() -> list[dict]:
    out = []
    for row in read_tsv(CURATED / "models.tsv"):
        name, family, aliases = (row + ["", "", ""])[:3]
        out.append(dict(name=name, type="model", aliases=split_aliases(aliases), family=family or None, source="curated"))
    for row in read_tsv(CURATED / "benchmarks.tsv"):
        name, typ, aliases = (row + ["", "", ""])[:3]
        out.append(dict(name=name, type=typ, aliases=split_aliases(aliases), family=None, source="curated"))
    for row in read_tsv(CURATED / "methods.tsv"):
        name, aliases = (row + ["", ""])[:2]
        out.append(dict(name=name, type="method", aliases=split_aliases(aliases), family=None, source="curated"))
    for row in read_tsv(CURATED / "metrics.tsv"):
        name, aliases = (row + ["", ""])[:2]
        out.append(dict(name=name, type="metric", aliases=split_aliases(aliases), family=None, source="curated"))
    for row in read_tsv(CURATED / "tasks.tsv"):
        name, aliases = (row + ["", ""])[:2]
        out.append(dict(name=name, type="task", aliases=split_aliases(aliases), family=None, source="curated"))
    return out


def pwc_methods(src: Path) -> list[dict]:
    """Papers with Code methods: keep distinctive names; acronyms of 2-3 letters only when widely used."""
    with gzip.open(src / "pwc_methods_2022" / "methods.json.gz", "rt", encoding="utf-8") as fh:
        methods = json.load(fh)
    out = []
    for m in methods:
        name = (m.get("name") or "").strip()
        full = (m.get("full_name") or "").strip()
        papers = m.get("num_papers") or 0
        forms = []
        if is_distinctive(name) and not (name.isupper() and len(name) <= 3 and papers < 100):
            forms.append(name)
        if full and full != name and len(full.split()) >= 2 and is_distinctive(full) and papers >= 5:
            forms.append(full)
        if not forms:
            continue
        out.append(dict(name=forms[-1], type="method", aliases=forms[:-1], family=None, source="pwc-methods-2022"))
    return out


# Rows of the task table that name a technique, not a problem to solve ("Gaussian Processes", "Thompson
# Sampling", "Bayesian Optimization", "Data Augmentation"): methods here, so they join the method nodes of the
# same name instead of standing apart as tasks.
# Learning paradigms ("Contrastive Learning") stay tasks: either type is right for them, and as methods they
# would be predicted in every abstract that mentions the paradigm in passing.
TECHNIQUE_TASK = re.compile(
    r"(?i)\b(?:sampling|distillation|augmentation|hashing)$|^gaussian processes$"
    r"|^(?:bayesian|variational) (?:optimization|inference)$"
)


# A leaderboard column is a metric when some word of it names a measure, carries a number or "@" (R@10, AP50),
# or is an acronym (mAP, EM, sacreBLEU). The rest are settings, subsets and qualities: "Natural Images" (346
# papers of the 73k corpus "reported" it), "Novel classes", "Model Parameters", "Zero-Shot Transfer",
# "Temporal Consistency", "South Asian".
MEASURE_WORDS = frozenset("""
accuracy accuracies acc precision prec recall f1 measure score scores error errors rate rates loss distance similarity
correlation kappa coef coefficient dice squared reward rewards regret gap time speed latency throughput count ratio auc
iou map divergence entropy likelihood perplexity deviation index mean average return returns overlap coverage success
percentage value cost length improvement efficiency bits memory energy power agreement sensitivity specificity
recognition matching match hits rank ranking pass corloc""".split())
MEASURE_SUFFIXES = ("acc", "accuracy", "rate", "loss", "iou", "dice", "score", "rec")


def metric_like(name: str) -> bool:
    for token in re.findall(r"[A-Za-z0-9@.%]+", name):
        low = token.lower()
        if (low in MEASURE_WORDS or low.endswith(MEASURE_SUFFIXES) or re.search(r"[0-9@%]", token)
                or re.search(r"[A-Z]{2}", token)):
            return True
    return False


def pwc_snapshot(src: Path) -> list[dict]:
    """Papers with Code task table: task names, their common datasets, benchmarks and metrics."""
    out: dict[tuple[str, str], dict] = {}

    def add(name: str, typ: str) -> None:
        key = (name.lower(), typ)
        if key not in out:
            out[key] = dict(name=name, type=typ, aliases=[], family=None, source="pwc-world-snapshot")

    for path in sorted((src / "pwc_world_snapshot").glob("*_tasks_detailed.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                task = (row.get("Task Name") or "").strip()
                if task and len(task.split()) >= 2 and len(task) <= 60 and not re.search(r"[<>{}|]", task):
                    task = re.sub(r"\s*\(.*\)$", "", task)
                    add(task, "method" if TECHNIQUE_TASK.search(task) else "task")
                for col, typ in (("Common Datasets (Top 10)", "dataset"), ("Benchmarks", "benchmark")):
                    for raw in (row.get(col) or "").split(";"):
                        name = clean_dataset_name(raw)
                        if (is_distinctive(name) and len(name.split()) <= 4) or STATS.plain_dataset_name(name):
                            add(name, typ)
                for raw in (row.get("SOTA Metrics") or "").split(";"):
                    name = raw.strip()
                    if (2 <= len(name) <= 25 and re.fullmatch(r"[A-Za-z][A-Za-z0-9@\-. ]*", name) and is_distinctive(name)
                            and metric_like(name)):
                        add(name, "metric")
    return list(out.values())


def tdms(src: Path) -> list[dict]:
    out = []
    for row in read_tsv(src / "nlp_tdms_kb" / "datasetKB.tsv"):
        name = clean_dataset_name(row[1])
        if is_distinctive(name) or STATS.plain_dataset_name(name):
            out.append(dict(name=name, type="dataset", aliases=[], family=None, source="nlp-tdms"))
    for row in read_tsv(src / "nlp_tdms_kb" / "taskKB.tsv"):
        name = row[1].replace("_", " ").strip()
        if len(name.split()) >= 2:
            out.append(dict(name=name, type="task", aliases=[], family=None, source="nlp-tdms"))
    return out


def nlp_progress(src: Path) -> list[dict]:
    data = json.loads((src / "misc" / "nlp-progress.json").read_text(encoding="utf-8"))
    out = []

    def walk(task: dict) -> None:
        name = (task.get("task") or "").strip()
        if len(name.split()) >= 2:
            out.append(dict(name=name, type="task", aliases=[], family=None, source="nlp-progress"))
        for ds in task.get("datasets", []):
            dname = clean_dataset_name(ds.get("dataset") or "")
            if (is_distinctive(dname) and len(dname.split()) <= 4) or STATS.plain_dataset_name(dname):
                out.append(dict(name=dname, type="dataset", aliases=[], family=None, source="nlp-progress"))
        for sub in task.get("subtasks", []):
            walk(sub)

    for task in data:
        walk(task)
    return out


# Derived lists are merged in this order; the first entry that claims a surface form keeps it.
PRIORITY = ("curated", "pwc-world-snapshot", "nlp-tdms", "nlp-progress", "pwc-methods-2022")


def non_entities() -> set[str]:
    """Sensors, software, platforms, organisations, languages, fiction (extract/data/non_entities.tsv)."""
    rows = read_tsv(ROOT / "extract" / "data" / "non_entities.tsv")
    return {row[0].strip().lower() for row in rows}


NON_ENTITIES = non_entities()


def too_ambiguous(form: str, entry: dict) -> bool:
    """Derived names that collide with everyday abbreviations or generic phrases ("AR", "KL", "LM"), and
    names of things that are no method, dataset, benchmark or model ("TensorFlow", "YouTube")."""
    if entry["source"] == "curated":
        return False
    if " ".join(form.split()).lower() in NON_ENTITIES:
        return True
    if len(form) <= 3 and form.replace("-", "").isupper():
        return True
    words = form.split()
    if entry["type"] in ("dataset", "benchmark", "method") and len(words) > 1:
        # "Social media", "Real-world Datasets": a plain phrase, not a name.
        if all(w.islower() for w in words[1:]) and not any(ch.isdigit() for ch in form):
            return True
        if words[-1].lower() in ("datasets", "data", "benchmarks", "dataset", "benchmark") and all(
            w.lower() in COMMON or w[1:].islower() for w in words[:-1]
        ) and not any(ch.isdigit() for ch in form):
            return True
    return entry["type"] == "task" and form.lower().split()[-1:] in [[w] for w in ("model", "models", "network", "networks")]


def merge(entries: list[dict]) -> list[dict]:
    claimed: set[str] = set()
    merged = []
    entries = sorted(entries, key=lambda e: PRIORITY.index(e["source"]))
    for e in entries:
        forms = [f for f in [e["name"], *e["aliases"]] if f.lower() not in claimed and not too_ambiguous(f, e)]
        if e["source"] != "curated":
            forms = [f for f in forms if f.lower() not in claimed]
        if not forms:
            continue
        for f in forms:
            claimed.add(f.lower())
        e = dict(e, name=forms[0] if e["name"] not in forms else e["name"], aliases=[f for f in forms if f != e["name"]])
        merged.append(e)
    return merged


def slug(text: str) -> str:
    """Same shape as paperkg.extract.text.slug (kept here so the script runs without the package)."""
    s = text.lower().replace("+", "-plus")
    s = re.sub(r"[^0-9a-z.]+", "-", s).strip("-.")
    return s or "x"


def assign_ids(entries: list[dict]) -> list[dict]:
    """A stable, unique id per entry, "<type>:<slug>". Entries of one type whose names share a slug are
    spellings of one thing ("Tiny ImageNet" / "Tiny-ImageNet", "THUMOS'14" / "THUMOS' 14"): the first in
    priority order keeps the id and takes the others' forms as aliases."""
    by_id: dict[str, dict] = {}
    for e in entries:
        eid = f"{e['type']}:{slug(e['name'])}"
        if eid in by_id:
            first = by_id[eid]
            known = {f.lower() for f in [first["name"], *first["aliases"]]}
            first["aliases"] = first["aliases"] + [f for f in [e["name"], *e["aliases"]] if f.lower() not in known]
            continue
        by_id[eid] = dict(e, id=eid)
    return list(by_id.values())


def case_variants(entries: list[dict]) -> list[dict]:
    """ "OMNIGLOT" also as "Omniglot", "Kinetics" also as "KINETICS": one-word dataset names whose word
    is no English word; the matcher compares one-word names case-sensitively."""
    out = []
    for e in entries:
        if e["type"] in ("dataset", "benchmark"):
            known = {f.lower() for f in [e["name"], *e["aliases"]]}
            extra = []
            for f in [e["name"], *e["aliases"]]:
                if not (f.isalpha() and len(f) >= 4) or STATS.english(f) or not STATS.known:
                    continue
                for v in (f.capitalize(), f.upper()):
                    # A capitalised spelling only where abstracts write it so ("Omniglot", not "Mpii").
                    written = v.isupper() or (STATS.caps[v] >= 2 and STATS.cue[v] >= 1)
                    if v != f and v not in extra and (f.isupper() or f[1:].islower()) and written:
                        extra.append(v)
            extra = [v for v in extra if v not in e["aliases"] and v != e["name"] and v.lower() in known]
            if extra:
                e = dict(e, aliases=e["aliases"] + extra)
        out.append(e)
    return out


def main(argv: list[str]) -> int:
    global STATS
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCES
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    STATS = WordStats(Path(argv[3]) if len(argv) > 3 else DEFAULT_CORPUS)
    if not STATS.known:
        print("no corpus: plain one-word dataset names and case variants are left out", file=sys.stderr)
    entries = curated_entries() + pwc_snapshot(src) + tdms(src) + nlp_progress(src) + pwc_methods(src)
    merged = assign_ids(case_variants(merge(entries)))
    with out.open("w", encoding="utf-8") as fh:
        for e in merged:
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    by_type: dict[str, int] = {}
    for e in merged:
        by_type[e["type"]] = by_type.get(e["type"], 0) + 1
    print(f"wrote {len(merged)} entries to {out}: {by_type}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
