"""Shared integrity checks of the entity gold sets (tests/data/gold-*.jsonl), per shared/gold/GUIDELINE.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

TYPES = {"method", "dataset", "benchmark", "model"}
ENTITY_KEYS = {"name", "aliases", "type", "proposed", "optional", "family"}


def load_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            pytest.fail(f"{path.name}:{n}: not JSON ({e})")
    return rows


def check_entities(gold: list[dict], set_name: str) -> None:
    """Every entity well formed (keys, type, flags, family, alt_type) and every form verbatim in its paper."""
    for g in gold:
        text = (g["title"] or "") + "\n" + g["abstract"]
        where = f"{set_name} n={g['n']}"
        forms = []
        for e in g["entities"]:
            assert ENTITY_KEYS <= set(e) <= ENTITY_KEYS | {"alt_type"}, (where, e)
            assert e["type"] in TYPES, (where, e["name"])
            assert isinstance(e["proposed"], bool) and isinstance(e["optional"], bool), (where, e["name"])
            assert isinstance(e["aliases"], list), (where, e["name"])
            if "alt_type" in e:
                assert {e["type"], e["alt_type"]} == {"method", "model"}, (where, e["name"])
            if e["family"] is not None:
                assert e["type"] == "model" and isinstance(e["family"], str), (where, e["name"])
            for form in [e["name"], *e["aliases"]]:
                assert isinstance(form, str) and form.strip() == form and form, (where, form)
                assert form in text, f"{where}: {form!r} is not in the title or abstract"
                forms.append(form)
        assert len(forms) == len(set(forms)), f"{where}: a surface form is listed twice"
        for url in g["code"]:
            assert url in g["abstract"], f"{where}: code URL {url!r} is not in the abstract"


def check_disjoint(corpus: list[dict], others: list[Path]) -> None:
    """No paper of this set (by id, title or its abstract's opening) is in any of the other files."""
    rows = [r for path in others for r in load_jsonl(path)]
    ids = {r.get("id") for r in rows} - {None}
    titles = {(r.get("title") or "").lower() for r in rows} - {""}
    starts = {r["abstract"][:60] for r in rows}
    for r in corpus:
        assert r["id"] not in ids and r["abstract"][:60] not in starts, r["id"]
        assert (r.get("title") or "").lower() not in titles, r["id"]


def check_pairs_with_reader(corpus_path: Path, corpus: list[dict], gold: list[dict]) -> None:
    """Gold line n is corpus line n, with the texts paperkg's reader gives (evaluate pairs by abstract)."""
    from paperkg.extract.readers import read_corpus

    assert [g["n"] for g in gold] == list(range(len(corpus)))
    papers = read_corpus(corpus_path, strict=True).papers
    assert [p.abstract for p in papers] == [g["abstract"] for g in gold] == [c["abstract"] for c in corpus]
    assert [p.title for p in papers] == [g["title"] for g in gold]
    assert all(g["abstract_start"] == g["abstract"][:80] for g in gold)


def gold_counts(gold: list[dict]) -> dict:
    """The counts each GOLD-*.md reports: core entities by type, optional ones, papers with no core entity, code URLs."""
    core = [e for g in gold for e in g["entities"] if not e["optional"]]
    return {
        "core": len(core),
        "by_type": {t: sum(e["type"] == t for e in core) for t in sorted(TYPES)},
        "optional": sum(e["optional"] for g in gold for e in g["entities"]),
        "no_core": sum(not any(not e["optional"] for e in g["entities"]) for g in gold),
        "code": sum(len(g["code"]) for g in gold),
    }
