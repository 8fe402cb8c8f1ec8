"""Score extracted result tuples against hand-annotated gold (tests/data/gold-results.jsonl, GOLD-RESULTS.md).

A gold tuple is scored when it names a metric. A predicted result matches a gold one (greedy, one to one,
within the paper) when:

- the values are equal (as numbers: "75.1" == "75.10"),
- the metrics are the same after both go through the metric lexicon (``"F-score"`` == ``"F1"``; a gold metric
  the lexicon does not know matches a prediction only by its folded surface form),
- the datasets agree: both none, or a folded name/alias of the predicted entity equals the gold name or one of
  its aliases,
- both are, or both are not, a difference (qualifier ``relative``): "+2.1 BLEU" read as a BLEU score of 2.1
  is wrong.

"with entity" also asks the method or model to agree (both none, or the predicted entity's name or alias equals
the gold one). Baseline flags and up_to/over/range are reported, not required.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .results import canonical_metric, low_confidence
from .scores import Counts
from .text import normalise_surface


@dataclass
class ResultsReport:
    tuples: Counts = field(default_factory=Counts)  # value + metric + dataset (+ relative or not)
    with_entity: Counts = field(default_factory=Counts)
    confident: Counts = field(default_factory=Counts)  # the tuples left once low-confidence results are left out
    per_part_confident: dict[str, Counts] = field(default_factory=dict)
    per_part: dict[str, Counts] = field(default_factory=dict)
    papers: int = 0
    baseline_agree: int = 0
    qualifier_agree: int = 0
    matched: int = 0
    errors: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "papers": self.papers,
            "tuples": self.tuples.row(),
            "tuples_with_entity": self.with_entity.row(),
            "per_part": {k: v.row() for k, v in sorted(self.per_part.items())},
            "tuples_confident": self.confident.row(),
            "per_part_confident": {k: v.row() for k, v in sorted(self.per_part_confident.items())},
            "matched_qualifier_agreement": round(self.qualifier_agree / self.matched, 4) if self.matched else 0.0,
            "matched_baseline_agreement": round(self.baseline_agree / self.matched, 4) if self.matched else 0.0,
        }

    def table(self) -> str:
        lines = [f"result tuples in {self.papers} papers", f"{'':34} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]

        def add(label: str, c: Counts) -> None:
            lines.append(f"{label:34} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5d} {c.fp:5d} {c.fn:5d}")

        add("value+metric+dataset", self.tuples)
        add("value+metric+dataset+entity", self.with_entity)
        for part, c in sorted(self.per_part.items()):
            add(f"  part {part}", c)
        add("confident only (leaderboards)", self.confident)
        for part, c in sorted(self.per_part_confident.items()):
            add(f"  part {part}", c)
        if self.matched:
            lines.append(f"matched tuples with the same qualifier: {self.qualifier_agree}/{self.matched}, "
                         f"same baseline flag: {self.baseline_agree}/{self.matched}")
        return "\n".join(lines)


# session 37 (results43): a curly or other apostrophe is the straight one on both sides ("Spearman’s correlation" in the
# gold is the lexicon's "Spearman's correlation"; the result step reads the abstract with its apostrophes straightened)
_APOSTROPHES43 = str.maketrans({"’": "'", "‘": "'", "′": "'", "`": "'"})
_SCORE_TAIL43 = re.compile(r"[\s\-]+scores?\s*$", re.IGNORECASE)


def _metric_key(name: str | None) -> str | None:
    if not name:
        return None
    name = name.translate(_APOSTROPHES43)
    metric = canonical_metric(name)
    if metric is None:
        # session 37 (results43): a metric the lexicon does not know is the same with or without a last "score(s)"
        # ("loose micro F1 score" == "loose micro F1"), as canonical_metric folds a known one ("BLEU-1 score")
        name = _SCORE_TAIL43.sub("", name) or name
    return metric.name if metric else "?" + normalise_surface(name)


# A shared task is the same benchmark with or without the words: "DDIExtraction-2013 shared task" == "DDIExtraction-2013".
_TASK_TAIL = re.compile(r"[\s\-]+(?:shared[\s\-]+task|challenge|competition)s?\s*$", re.IGNORECASE)


def _dataset_key(name: str) -> str:
    return normalise_surface(_TASK_TAIL.sub("", name) or name)


def _gold_datasets(g: dict) -> set[str]:
    return {_dataset_key(x) for x in [g.get("dataset"), *(g.get("dataset_aliases") or [])] if x}


def _pred_datasets(p: dict, entities: dict[str, dict]) -> set[str]:
    names = {p.get("dataset")}
    ent = entities.get(p.get("dataset_id") or "")
    if ent:
        names |= {ent.get("name")} | set(ent.get("aliases") or []) | {m.get("text") for m in ent.get("mentions") or []}
    return {_dataset_key(x) for x in names if x}


def _pred_entity(p: dict, entities: dict[str, dict]) -> set[str]:
    names = {p.get("entity")}
    ent = entities.get(p.get("entity_id") or "")
    if ent:
        names |= {ent.get("name")} | set(ent.get("aliases") or []) | {m.get("text") for m in ent.get("mentions") or []}
    return {normalise_surface(x) for x in names if x}


def _same(g: dict, p: dict, entities: dict[str, dict], with_entity: bool) -> bool:
    if abs(float(g["value"]) - float(p["value"])) > 1e-9:
        return False
    if _metric_key(g.get("metric")) != _metric_key(p.get("metric")):
        return False
    if (g.get("qualifier") == "relative") != (p.get("qualifier") == "relative"):
        return False
    gold_ds = _gold_datasets(g)
    pred_ds = _pred_datasets(p, entities)
    if bool(gold_ds) != bool(pred_ds) or (gold_ds and not gold_ds & pred_ds):
        return False
    if with_entity:
        ge = normalise_surface(g["entity"]) if g.get("entity") else None
        pe = _pred_entity(p, entities)
        if (ge is None) != (not pe) or (ge is not None and ge not in pe):
            return False
    return True


def _match(gold: list[dict], pred: list[dict], entities: dict[str, dict], with_entity: bool):
    used: set[int] = set()
    pairs, missed = [], []
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if i not in used and _same(g, p, entities, with_entity)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
            pairs.append((g, pred[hit]))
    spurious = [p for i, p in enumerate(pred) if i not in used]
    return pairs, missed, spurious


def has_results(gold_rows: list[dict]) -> bool:
    """Whether a gold file annotates results (then ``paperkg evaluate`` scores them too)."""
    return any("results" in g for g in gold_rows)


def evaluate_results(gold_rows: list[dict], pred_of: dict[str, dict]) -> ResultsReport:
    """Score the predicted results of the papers in ``pred_of`` (gold abstract key -> predicted record)."""
    report = ResultsReport()
    for g in gold_rows:
        if "results" not in g:
            continue
        p = pred_of.get(_abstract_key(g["abstract"])) or {}
        report.papers += 1
        gold = [r for r in g["results"] if r.get("metric")]
        pred = list(p.get("results") or [])
        entities = {e["id"]: e for e in p.get("entities") or []}
        part = report.per_part.setdefault(g.get("part") or "all", Counts())
        pairs, missed, spurious = _match(gold, pred, entities, with_entity=False)
        for c in (report.tuples, part):
            c.tp += len(pairs)
            c.fn += len(missed)
            c.fp += len(spurious)
        for gt, pt in pairs:
            report.matched += 1
            report.qualifier_agree += int(gt.get("qualifier") == pt.get("qualifier"))
            report.baseline_agree += int(bool(gt.get("is_baseline")) == bool(pt.get("is_baseline")))
        # the confidence gate (extract/results.py GATED_CLASSES): what leaderboards show
        sure = [r for r in pred if not low_confidence(r.get("rule") or "")]
        cpairs, cmissed, cspurious = _match(gold, sure, entities, with_entity=False)
        for c in (report.confident, report.per_part_confident.setdefault(g.get("part") or "all", Counts())):
            c.tp += len(cpairs)
            c.fn += len(cmissed)
            c.fp += len(cspurious)
        epairs, emissed, espurious = _match(gold, pred, entities, with_entity=True)
        report.with_entity.tp += len(epairs)
        report.with_entity.fn += len(emissed)
        report.with_entity.fp += len(espurious)
        if missed or spurious:
            report.errors.append({
                "id": g.get("id"), "part": g.get("part"),
                "missed": [_show(r) for r in missed],
                "spurious": [_show(r) for r in spurious],
            })
    return report


def _abstract_key(text: str) -> str:
    return " ".join(text.split())


def _show(r: dict) -> str:
    rel = " (relative)" if r.get("qualifier") == "relative" else ""
    return f"{r.get('value')} {r.get('metric')} on {r.get('dataset')} by {r.get('entity')}{rel}"
