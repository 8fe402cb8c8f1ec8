"""Shared by the unit and Neo4j tests of loading another extraction of stored papers (GraphStore.refuse_changed_facts).

Made-up extracted papers (papers.jsonl lines, not from any gold file) and changes of their facts: each changed
file keeps every title and abstract, so only the facts check can refuse it.
"""

import copy
import json
from pathlib import Path

ZAP = "We propose ZapNet, a network for image tagging. ZapNet reaches 91.5% accuracy on the Quokka dataset."
BLIP = "We study BlipNet for image tagging on Quokka."


def _entity(abstract: str, key: str, name: str, role: str) -> dict:
    start = abstract.index(name)
    return {"id": key, "name": name, "type": key.split(":")[0], "aliases": [], "role": role, "family": None,
            "mentions": [{"text": name, "start": start, "end": start + len(name),
                          "sentence": int(abstract[:start].count(". ")), "rule": "test"}]}


def _paper(pid: str, abstract: str, entities: list[dict], results: list[dict] | None = None) -> dict:
    return {"id": pid, "title": f"Paper {pid}", "abstract": abstract, "entities": entities, "code": [],
            "results": results or [], "year": 2024, "venue": "testconf", "source": "test"}


_START = ZAP.index("91.5%")
RESULT = {"value": 91.5, "text": "91.5%", "unit": "%", "metric": "accuracy", "metric_text": "accuracy",
          "direction": "higher", "qualifier": None, "is_baseline": False, "dataset_id": "dataset:quokka",
          "dataset": "Quokka", "split": None, "entity_id": "method:zapnet", "entity": "ZapNet", "sentence": 1,
          "start": _START, "end": _START + 5, "rule": "test:result"}
PAPERS = [
    _paper("r1", ZAP, [_entity(ZAP, "task:image-tagging", "image tagging", "uses"),
                       _entity(ZAP, "method:zapnet", "ZapNet", "proposes"),
                       _entity(ZAP, "metric:accuracy", "accuracy", "uses"),
                       _entity(ZAP, "dataset:quokka", "Quokka", "evaluates_on")], [RESULT]),
    _paper("r2", BLIP, [_entity(BLIP, "method:blipnet", "BlipNet", "uses"),
                        _entity(BLIP, "task:image-tagging", "image tagging", "uses")]),
]
NEW = _paper("r3", "We propose GlimNet.", [_entity("We propose GlimNet.", "method:glimnet", "GlimNet", "proposes")])


def _link_removed(papers):
    papers[0]["entities"].pop(0)  # r1 no longer addresses image tagging


def _link_added(papers):
    papers[1]["entities"].append(_entity(BLIP, "dataset:quokka", "Quokka", "evaluates_on"))


def _result_changed(papers):
    papers[0]["results"][0]["direction"] = "lower"  # a property only: every relationship is the same


def _result_metric_changed(papers):
    papers[0]["results"][0].update(metric="top-1 accuracy", metric_text="accuracy")


# name -> (change, the paper the refusal names)
CHANGES = {"link removed": (_link_removed, "r1"), "link added": (_link_added, "r2"),
           "result property changed": (_result_changed, "r1"), "result metric changed": (_result_metric_changed, "r1")}


def changed(name: str) -> list[dict]:
    """The papers with one change, plus a paper the store lacks (so that a refused load would add something)."""
    papers = copy.deepcopy(PAPERS)
    CHANGES[name][0](papers)
    return papers + [copy.deepcopy(NEW)]


def write_jsonl(path: Path, rows) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


# `paperkg load --replace` (graph/replace.py): part A extracted twice (an old and a new extraction of the same
# texts) and part B. A store of A(old) + B, A replaced by A(new), must equal a one-shot load of A(new) + B.
A1 = ("We propose ZapNet, a network for image tagging built on Yak-7B. ZapNet reaches 91.5% accuracy on the "
      "Quokka dataset and on the Wombat corpus.")
A2 = "HopBench tests BlipNet on image tagging."
_A1_RESULT = {**RESULT, "start": A1.index("91.5%"), "end": A1.index("91.5%") + 5}


def _model(abstract: str, key: str, name: str, family: str) -> dict:
    return {**_entity(abstract, key, name, "uses"), "family": family}


def _replace_parts() -> tuple[list[dict], list[dict], list[dict]]:
    old = [
        _paper("a1", A1, [_entity(A1, "task:image-tagging", "image tagging", "uses"),
                          {**_entity(A1, "method:zapnet", "ZapNet", "proposes"), "aliases": ["Zap Network"]},
                          _model(A1, "model:yak-7b", "Yak-7B", "Yak"),
                          _entity(A1, "metric:accuracy", "accuracy", "uses"),
                          _entity(A1, "dataset:quokka", "Quokka", "evaluates_on")],
               [_A1_RESULT]),
        {**_paper("a2", A2, [_entity(A2, "benchmark:hopbench", "HopBench", "evaluates_on"),
                             _entity(A2, "method:blipnet", "BlipNet", "uses"),
                             _entity(A2, "task:image-tagging", "image tagging", "uses")]),
         "code": ["https://github.com/example/hopbench"], "source": "old.jsonl:2"},
    ]
    new = [
        _paper("a1", A1, [_entity(A1, "task:image-tagging", "image tagging", "uses"),
                          _entity(A1, "method:zapnet", "ZapNet", "proposes"),  # the old-only alias goes
                          _model(A1, "model:yak-7b", "Yak-7B", "Yak 2"),  # another family
                          _entity(A1, "metric:accuracy", "accuracy", "uses"),
                          _entity(A1, "dataset:quokka", "Quokka", "evaluates_on"),
                          _entity(A1, "dataset:wombat", "Wombat", "evaluates_on")],  # a node the store lacks
               [{**_A1_RESULT, "metric": "top-1 accuracy", "dataset_id": "dataset:wombat", "dataset": "Wombat"}]),
        # HopBench and the repository: linked by no paper any more, their nodes go
        _paper("a2", A2, [_entity(A2, "method:blipnet", "BlipNet", "compares_with"),
                          _entity(A2, "task:image-tagging", "image tagging", "uses")]),
        copy.deepcopy(NEW),  # a paper the store lacks
    ]
    b = [copy.deepcopy(PAPERS[1]),  # BlipNet, image tagging; Quokka too, so that node stays shared
         _paper("b2", "We train Yak-13B on Quokka.", [
             _model("We train Yak-13B on Quokka.", "model:yak-13b", "Yak-13B", "Yak"),
             _entity("We train Yak-13B on Quokka.", "dataset:quokka", "Quokka", "evaluates_on")])]
    return old, new, b


A_OLD, A_NEW, B = _replace_parts()
