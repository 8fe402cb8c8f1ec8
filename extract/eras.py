"""A paper cannot name a model that did not exist yet.

Model names are often words or acronyms that older papers use for other things: "SAM" (an annotation editor,
2006), "Gemini", "MISTRAL" (a translation system, 2008), "OPT" (optimal ...), "Yi" (a variable). The lists and
the corpus-wide senses tie such a name to the model, and the graph then says a 1997 paper used Yi and a 2006
paper used Segment Anything. extract/data/curated/model_years.tsv gives the year each model family first
appeared; a paper published before that year keeps none of the family's models (it names something else, and
what, the lists cannot say). Papers without a year, and families not listed, are not checked.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from paperkg.errors import InputError

from .records import Entity


@lru_cache(maxsize=1)
def family_years() -> dict[str, int]:
    """Family name (lower case) -> the first year a model of it was public."""
    path = resources.files("paperkg.extract") / "data" / "curated" / "model_years.tsv"
    out: dict[str, int] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        family, _, year = line.partition("\t")
        if not year.strip().isdigit():
            raise InputError(f"model_years.tsv: expected 'family<TAB>year', got {line!r}", str(path), n)
        out[family.strip().lower()] = int(year)
    return out


def anachronistic(entity: Entity, year: int | None) -> bool:
    """A model of a family that first appeared after the paper's year."""
    if entity.type != "model" or not entity.family or not isinstance(year, int):
        return False
    first = family_years().get(entity.family.lower())
    return first is not None and year < first


def in_their_time(entities: list[Entity], year: int | None) -> list[Entity]:
    """The paper's entities without the models it cannot be naming (see the module docstring)."""
    return [e for e in entities if not anachronistic(e, year)]
