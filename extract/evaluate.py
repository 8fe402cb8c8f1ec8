"""Score extracted papers against gold annotations (format of ../shared/gold/dev.jsonl).

A predicted entity matches a gold one when they share a normalised surface form (case, hyphens,
punctuation and a trailing generic word such as "benchmark" folded) and their types agree: method and
model strictly, dataset and benchmark as one class (also reported strictly). Gold entities marked
optional are neither required nor penalised. A gold entity with an ``alt_type`` (a name that is a method or
a model) is matched by a prediction of either type. Tasks and metrics are not annotated in gold and not scored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from paperkg.errors import InputError

from .evaluate_results import ResultsReport, evaluate_results, has_results
from .scores import Counts
from .text import normalise_surface

SCORED = ("method", "model", "dataset", "benchmark")


def _load_jsonl(path: str | Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"not valid JSON ({exc.msg})", str(path), n) from None
            if not isinstance(rows[-1], dict) or "abstract" not in rows[-1]:
                raise InputError("each line needs an object with an 'abstract'", str(path), n)
    return rows


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _url_key(url: str) -> str:
    return re.sub(r"^(https?:)?//", "", url.strip()).rstrip("/.").lower()


@dataclass
class Report:
    per_type: dict[str, Counts] = field(default_factory=dict)  # strict types
    typed: Counts = field(default_factory=Counts)  # method, model strict; dataset+benchmark one class
    strict: Counts = field(default_factory=Counts)  # all four types strict
    untyped: Counts = field(default_factory=Counts)
    role_correct: int = 0
    role_total: int = 0
    code: Counts = field(default_factory=Counts)
    papers: int = 0
    unpaired: int = 0
    errors: list[dict] = field(default_factory=list)  # what was missed / spurious, for reading
    results: ResultsReport | None = None  # when the gold file annotates results (evaluate_results.py)
    entities_annotated: bool = True

    @property
    def role_accuracy(self) -> float:
        return self.role_correct / self.role_total if self.role_total else 0.0

    def to_dict(self) -> dict:
        return {
            "papers": self.papers,
            "unpaired_gold": self.unpaired,
            "typed": self.typed.row(),
            "strict": self.strict.row(),
            "untyped": self.untyped.row(),
            "per_type": {t: c.row() for t, c in self.per_type.items()},
            "proposed_role_accuracy": round(self.role_accuracy, 4),
            "proposed_role_pairs": self.role_total,
            "code": self.code.row(),
            **({"results": self.results.to_dict()} if self.results else {}),
        }

    def table(self) -> str:
        if self.results and not self.entities_annotated:
            return self.results.table()  # a results-only gold file: entity scores would be meaningless
        return self._entity_table() + ("\n" + self.results.table() if self.results else "")

    def _entity_table(self) -> str:
        lines = [f"papers scored: {self.papers}" + (f" (gold papers with no prediction: {self.unpaired})" if self.unpaired else "")]
        lines.append(f"{'':28} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")

        def add(label: str, c: Counts) -> None:
            lines.append(f"{label:28} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5d} {c.fp:5d} {c.fn:5d}")

        for t in SCORED:
            add(f"{t} (strict)", self.per_type.get(t, Counts()))
        add("dataset+benchmark (one)", self.per_type.get("dataset+benchmark", Counts()))
        add("overall typed", self.typed)
        add("overall strict types", self.strict)
        add("overall untyped", self.untyped)
        add("code URLs", self.code)
        lines.append(f"proposed-role accuracy      {self.role_accuracy:6.3f}  ({self.role_correct}/{self.role_total} matched entities)")
        return "\n".join(lines)


def _forms_pred(e: dict) -> set[str]:
    forms = {e.get("name", "")} | set(e.get("aliases") or []) | {m.get("text", "") for m in e.get("mentions") or []}
    return {f for f in (normalise_surface(x) for x in forms) if f}


def _forms_gold(e: dict) -> set[str]:
    return {f for f in (normalise_surface(x) for x in [e["name"], *(e.get("aliases") or [])]) if f}


def _settle_alt_types(gold: list[dict], pred: list[dict]) -> list[dict]:
    """Gold entities whose ``alt_type`` a prediction of the same name has take that type, so every count
    (typed, strict, per type) treats either type as right."""
    out = []
    for g in gold:
        alt = g.get("alt_type")
        if alt and alt != g.get("type"):
            gf = _forms_gold(g)
            preds_alt = any(p["type"] == alt and gf & _forms_pred(p) for p in pred)
            preds_main = any(p["type"] == g["type"] and gf & _forms_pred(p) for p in pred)
            if preds_alt and not preds_main:
                g = {**g, "type": alt}
        out.append(g)
    return out


def _match(gold: list[dict], pred: list[dict], cls) -> tuple[Counts, list[tuple[dict, dict]], list[dict], list[dict]]:
    """Greedy one-to-one matching. Returns counts, matched pairs, missed gold, spurious predictions."""
    counts = Counts()
    used: set[int] = set()
    pairs = []
    missed = []
    for g in gold:
        if g.get("optional"):
            continue
        gf = _forms_gold(g)
        hit = next((i for i, p in enumerate(pred) if i not in used and cls(p["type"]) == cls(g["type"]) and gf & _forms_pred(p)), None)
        if hit is None:
            counts.fn += 1
            missed.append(g)
        else:
            used.add(hit)
            counts.tp += 1
            pairs.append((g, pred[hit]))
    spurious = []
    for i, p in enumerate(pred):
        if i in used:
            continue
        pf = _forms_pred(p)
        if any(g.get("optional") and pf & _forms_gold(g) for g in gold):
            continue  # optional gold: neither rewarded nor penalised
        counts.fp += 1
        spurious.append(p)
    return counts, pairs, missed, spurious


def _add(total: Counts, c: Counts) -> None:
    total.tp += c.tp
    total.fp += c.fp
    total.fn += c.fn


def evaluate(gold_path: str | Path, pred_path: str | Path) -> Report:
    gold_rows = _load_jsonl(gold_path)
    preds = {_key(r["abstract"]): r for r in _load_jsonl(pred_path)}
    report = Report()
    one_class = lambda t: "dataset+benchmark" if t in ("dataset", "benchmark") else t  # noqa: E731
    for g in gold_rows:
        p = preds.get(_key(g["abstract"]))
        if p is None:
            report.unpaired += 1
            p = {"entities": [], "code": []}
        report.papers += 1
        gold_ents = [e for e in g.get("entities", []) if e.get("type") in SCORED]
        pred_ents = [e for e in p.get("entities", []) if e.get("type") in SCORED]
        gold_ents = _settle_alt_types(gold_ents, pred_ents)
        typed, pairs, missed, spurious = _match(gold_ents, pred_ents, one_class)
        _add(report.typed, typed)
        strict, _, _, _ = _match(gold_ents, pred_ents, lambda t: t)
        _add(report.strict, strict)
        untyped, _, _, _ = _match(gold_ents, pred_ents, lambda t: "any")
        _add(report.untyped, untyped)
        for t in SCORED:
            c, _, _, _ = _match([e for e in gold_ents if e["type"] == t], [e for e in pred_ents if e["type"] == t], lambda t: t)
            _add(report.per_type.setdefault(t, Counts()), c)
        c, _, _, _ = _match(
            [e for e in gold_ents if e["type"] in ("dataset", "benchmark")],
            [e for e in pred_ents if e["type"] in ("dataset", "benchmark")], one_class,
        )
        _add(report.per_type.setdefault("dataset+benchmark", Counts()), c)
        for ge, pe in pairs:
            report.role_total += 1
            report.role_correct += int(bool(ge.get("proposed")) == (pe.get("role") == "proposes"))
        gold_urls = {_url_key(u) for u in g.get("code", [])}
        pred_urls = {_url_key(u) for u in p.get("code", [])}
        report.code.tp += len(gold_urls & pred_urls)
        report.code.fp += len(pred_urls - gold_urls)
        report.code.fn += len(gold_urls - pred_urls)
        if missed or spurious:
            report.errors.append({
                "abstract_start": g["abstract"][:60],
                "missed": [f"{e['name']} [{e['type']}]" for e in missed],
                "spurious": [f"{e['name']} [{e['type']}]" for e in spurious],
            })
    if has_results(gold_rows):
        report.results = evaluate_results(gold_rows, preds)
        report.entities_annotated = any("entities" in g for g in gold_rows)
    return report
