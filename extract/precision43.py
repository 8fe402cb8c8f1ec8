"""Session 38 (issue 10, node precision): nodes that name no ML entity, by kind of thing.

Switched with ``PAPERKG_PRECISION43`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts).

Per paper (``pipeline._paper_result``, after precision42's ``grow_left_cuts42``), entity filters. The session 32-37
judged draws of the 73k graph (``tests/data/corpus-checks/node-precision-session3{2..7}.tsv``) have ~30 wrong rows
"not an entity": file formats ("MIDI datasets"), standards and query languages ("CityGML", "GraphQL", "ISO-Space"),
camera types ("DSLR imagery"), funding schemes ("a Marie Curie Initial Training Network"), degrees ("PhD"), writing
systems ("Kanji"), language varieties ("Dialectal Arabic"), fields ("human-computer interaction", "audio signal
processing", "Computer-Aided Design"), data modalities ("Multispectral images"), and frameworks ("CNTK",
"Tensor2Tensor"). The lists of non_entities.tsv know sensors, software and platforms; these kinds were missing.

- ``more-kinds``: a method/dataset/benchmark/model whose name is (as a whole, or before a data noun: "MIDI
  datasets"; a one-word name as the row spells it, a longer one in any case) a row of non_entities.tsv tagged
  "precision43" is dropped; a writing system ("Kanji") only as method/model. Aliases are not read: they are often
  the paper's acronym of something else ("Message Sequence Chart (MSC)", "weight fusion (WiFi)"). The rows are read
  here only: the resolver, the name tagger and the candidate features keep the session-37 list.
- ``place-confirm``: a city or country of the same list (kind "place") is never confirmed bare by the corpus pass
  (``canonical._confirmed_names``): "Paris" and "Oxford" were dataset nodes of 33 and 22 papers at 73k, 25 and 17
  of them only by that pass ("John went to Paris", "Paris 7", "University of Oxford", "Oxford English
  Dictionary"); the papers that name "the Revisited Oxford and Paris datasets" keep them by their own rules.
- ``modality-noun``: a dataset/method named by a sensor or modality of non_entities.tsv (either list) and a modality
  noun ("Multispectral images", "EEG signals", "MRI scans", "LiDAR point clouds") names a kind of data, not one
  dataset; dropped.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import data_rows, non_entity_kind
from .recall_rules import parts_off_by_default

PRECISION_RULES43 = ("more-kinds", "modality-noun", "place-confirm")
DEFAULT_OFF43: frozenset[str] = frozenset()

SCORED43 = ("method", "dataset", "benchmark", "model")
DATA_NOUNS43 = frozenset("dataset datasets data corpus corpora collection collections benchmark benchmarks".split())
MODALITY_NOUNS43 = frozenset(
    """image images imagery signal signals scan scans recording recordings video videos sequence sequences frames
    volumes point cloud clouds""".split()
)
MODALITY_KINDS43 = frozenset(("sensor",))


def _precision_off43() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION43", PRECISION_RULES43, DEFAULT_OFF43)


def part_on43(part: str) -> bool:
    return part not in _precision_off43()


@lru_cache(maxsize=1)
def more_kinds43() -> dict[str, str]:
    """Name -> kind of the rows of non_entities.tsv tagged "precision43": a one-word name as the row spells it
    ("PhD", not the model "PHD"; "MIDI"), a longer one lower-cased."""
    out = {}
    for row in data_rows("non_entities.tsv"):
        if len(row) > 2 and row[2].strip() == "precision43":
            name = " ".join(row[0].split())
            out[name if " " not in name else name.lower()] = row[1].strip()
    return out


def _kind43(name: str) -> str | None:
    name = " ".join(name.split())
    return more_kinds43().get(name if " " not in name else name.lower())


def more_kind43(surface: str) -> str | None:
    """The session-38 kind of a whole name, or of the name before a data noun ("MIDI datasets" -> "format")."""
    words = surface.split()
    if not words:
        return None
    kind = _kind43(surface)
    if kind is None and len(words) > 1 and words[-1].lower() in DATA_NOUNS43:
        kind = _kind43(" ".join(words[:-1]))
    return kind


def modality_noun43(surface: str) -> bool:
    """Is the name a sensor/modality and a modality noun ("Multispectral images", "LiDAR point clouds")?"""
    words = surface.split()
    for n in (2, 1):
        if len(words) > n and all(w.lower() in MODALITY_NOUNS43 for w in words[-n:]):
            head = " ".join(words[:-n])
            if (non_entity_kind(head) in MODALITY_KINDS43) or (_kind43(head) in MODALITY_KINDS43):
                return True
    return False


# Kinds the node filter leaves alone: a place names data with its noun ("the Revisited Oxford and Paris datasets");
# ``place-confirm`` keeps the corpus pass from confirming one bare.
NOT_DROPPED_KINDS43 = frozenset(("place",))


def unconfirmed43(surface: str) -> bool:
    """``place-confirm``: a city or country ("Paris", "Oxford") the corpus pass does not confirm in other papers:
    there it is the city ("a dataset of 500k images from the city of Paris", "University of Oxford", "Paris 7",
    "the Oxford English Dictionary"). The papers' own rules still find "the Oxford and Paris datasets"."""
    return _kind43(surface) == "place" and part_on43("place-confirm")


# Kinds that name a dataset of their own too ("Kanji": the Kuzushiji-Kanji characters): dropped as method/model only.
METHOD_ONLY_KINDS43 = frozenset(("script",))


def drop_non_entities43(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without the method/dataset/benchmark/model nodes that name a format, standard, camera,
    programme, degree, script, language variety, field or framework (``more-kinds``) or a data modality
    (``modality-noun``)."""
    off = _precision_off43()
    if "more-kinds" in off and "modality-noun" in off:  # ("place-confirm" acts in canonical._confirmed_names)
        return entities
    out = []
    for e in entities:
        # the name alone: an alias is often the paper's acronym of something else ("Message Sequence Chart (MSC)",
        # "ring difference filter (RDF)", "weight fusion (WiFi)")
        if e.type in SCORED43:
            kind = more_kind43(e.name) if "more-kinds" not in off else None
            if kind and kind not in NOT_DROPPED_KINDS43 and (kind not in METHOD_ONLY_KINDS43 or e.type in ("method", "model")):
                continue
            if "modality-noun" not in off and e.type in ("dataset", "method") and modality_noun43(e.name):
                continue
        out.append(e)
    return out
