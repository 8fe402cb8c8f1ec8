"""Session 42 (issue 10, recall): well-known names the shipped lists miss, as tagged rows of classical_methods.tsv.

Switched with ``PAPERKG_RECALL51`` ("off", a comma list of these part names to switch off, or "on:" and a comma list
of default-off parts; ``recall_rules.parts_off_by_default``). One call, in ``gazetteer._classical_entries``:

- ``known-rows``: the rows of ``data/classical_methods.tsv`` whose fourth column is the tag ``recall51`` are loaded
  (with their third column as the type: method, model, dataset or benchmark); with the part off they are skipped
  and the shipped gazetteer is what it was. Each row is an established name (its paper or textbook given in the
  block's comment) that the 73k corpus writes as that thing in most of its papers (docs/history/recall51.md).
  As every classical row, a form another entry already has stays that entry's.
"""

from __future__ import annotations

RECALL_RULES51 = ("known-rows",)
DEFAULT_OFF51: frozenset[str] = frozenset()
TAG51 = "recall51"
ROW_TYPES51 = ("method", "model", "dataset", "benchmark")


def _off51() -> frozenset[str]:
    from .recall_rules import parts_off_by_default  # lazy: recall_rules imports the gazetteer's users

    return parts_off_by_default("PAPERKG_RECALL51", RECALL_RULES51, DEFAULT_OFF51)


def part_on51(part: str) -> bool:
    return part not in _off51()


def row_fields51(line: str) -> tuple[str, str, str, bool] | None:
    """(name, aliases, type, keep) of a classical_methods.tsv row; None for a tagged row with its part off.

    Untagged rows are (name, aliases, "method", True) as before. A tagged row names its type in the third column.
    """
    cols = line.split("\t")
    name = cols[0]
    aliases = cols[1] if len(cols) > 1 else ""
    if len(cols) >= 4 and cols[3].strip() == TAG51:
        if not part_on51("known-rows"):
            return None
        typ = cols[2].strip() or "method"
        if typ not in ROW_TYPES51:
            raise ValueError(f"classical_methods.tsv: row {name!r} has type {typ!r}")
        return name, aliases, typ, True
    return name, aliases, "method", True
