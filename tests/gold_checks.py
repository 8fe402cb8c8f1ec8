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
