"""Session 47 (issue 10, recall): a coded name listed beside a found data name, behind ``PAPERKG_RECALL59``.

Read from the study pool's 164 typed misses at 63ad187d (scripts/trace_misses.py): most are single shapes (partial
spans around listed methods, title coinages, tools, French abstracts). The largest data kind with one shape is a
short coded name written in one list with a data name the extraction found, while nothing types the coded one
("sentiment analysis (SST, IMDb)", "BERT pre-trained on PMC, PubMed and ...", "treebanks for Chinese (CTB) and
Japanese (KTB)"): the name is in no list and has no data head noun of its own.

- ``data-sibling``: a coded name (recall58's name test: one token with a capital after its first letter or a digit,
  "SST", "KTB", "PMC", "MIMICIII v1.4"; not a listed name of another type, model-shaped, a language, hardware,
  a task or metric acronym) written right next to a mention of a dataset/benchmark entity, joined only by a comma,
  "and", "or" or ", and" ("A, B", "A and B", "B, A"), or in the parallel bracket shape "Chinese (CTB) and Japanese
  (KTB)", becomes a data entity of the sibling's type. The list is followed along: a name added is itself a
  sibling for the next one. Not when an entity already covers the name or has its name, nor when the name ends
  its phrase in a technique noun ("PMC model") or the name's next word goes on the phrase; not when a metric
  acronym ("NMI"); not when the list's own plural noun, before its first member or after its last, names
  something else than data ("fact-checking organizations (A, B, C)", "attacks, including A, B", "discourse
  parsers (A, B)", "at A and B evaluation forums", "recent (A and B) techniques") unless a data noun is closer;
  not a piece of a longer name or a count's noun (a capitalised word, a number or a hyphen right before it:
  "LibriSpeech EnFr", "Youtube- VOS", "700k UMLSconcepts"), nor a "-Net"/"-Labeler" name.

Measured (session 47): see docs/history/recall59.md.

Hook: ``pipeline._paper_result`` after recall58 (and ``scripts/train_name_tagger.after_tag``). ``PAPERKG_RECALL59``:
"off"/"0", or a comma list of parts to switch off.
"""

from __future__ import annotations

import re

from .recall58 import _TOK58, _VER58, _name_ok58
from .recall_rules import parts_off_by_default

RECALL_RULES59 = ("data-sibling",)
DEFAULT_OFF59: frozenset[str] = frozenset()

_DATA59 = ("dataset", "benchmark")
_NAME59 = r"(?P<name>" + _TOK58 + r"(?:\s+" + _VER58 + r"(?![.,]?\d|\s*%))?)"
# What may follow a list member: the end of its phrase.
_END59 = (r"(?=\s*[,;:.)]|\s+(?:and|or|&|datasets?|benchmarks?|corpora|data|test|sets?|splits?|respectively|"
          r"as|for|in|with|to|from|were|are|is|show|\()\b|\s*\(|\s*$)")
# Right of a data mention: ", B" / " and B" / ", and B" (the bracket closes a parallel shape below).
_RIGHT59 = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?" + _NAME59 + _END59)
# Left of a data mention: "A, " / "A and " / "A, and " right before it.
_LEFT59 = re.compile(r"(?:^|(?<=[\s(\[:]))" + r"(?P<name>" + _TOK58 + r")" + r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?$")
# Parallel brackets: "Chinese (CTB) and Japanese (KTB)", "English (PTB), Chinese (CTB)".
_PARALLEL59 = re.compile(r"\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*)?\s+\(" + _NAME59
                         + r"\)")
_TECH59 = re.compile(r"\s+(?:model|models|method|methods|algorithm|network|networks|architecture|approach|"
                     r"framework|system|toolkit|library|score|metric|loss|layer|encoder|decoder|features?)\b",
                     re.IGNORECASE)


# The noun the list is written under says what its members are: not data ("fact-checking organizations (A, B, C)",
# "attacks, including A, B", "frameworks ..., i.e., A, B", "markup languages (A and B)"), unless a data noun is closer.
_NOT_DATA_CUE59 = re.compile(r"\b(?:organi[sz]ations|companies|agencies|formats|frameworks|formalisms|schemes|"
                             r"theories|structures?|languages|attacks|algorithms|parsers|taggers|tools|toolkits|"
                             r"libraries|software|metrics|measures|scores)\b", re.IGNORECASE)  # plural: a list noun
_DATA_CUE59 = re.compile(r"\b(?:datasets?|data\s*sets?|databases?|corpus|corpora|benchmarks?|treebanks?|"
                         r"collections?|resources?|lexicons?|data)\b", re.IGNORECASE)
# Clustering and retrieval metrics the lists lack ("(NMI, AMI, and F-Score)").
_METRIC59 = frozenset(("NMI", "AMI", "ARI", "ACC", "AP", "AR", "MAE", "RMSE", "HR", "NDCG", "MRR", "EER", "FAR",
                       "FRR", "TAR", "TPR", "FPR", "PCK", "OKS", "ADE", "FDE"))


_MEMBER59 = re.compile(r"(?<![\w\-])" + _TOK58 + r"\)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)")


def _cue_says_other59(abstract: str, s: int) -> bool:
    """The nearest cue noun before the list (s: its first member) in its sentence names no data."""
    while True:  # back to the list's first member
        m = next((m for m in _MEMBER59.finditer(abstract, max(0, s - 40), s) if m.end() == s), None)
        if not m or not re.match(r"[A-Z0-9]|[a-z]+[A-Z0-9]", m.group(0)):
            break  # a lower-case word is the list's noun ("algorithms, A and B"), not a member
        s = m.start()
    start = max(abstract.rfind(". ", 0, s) + 1, s - 80, 0)
    window = abstract[start:s]
    bad = list(_NOT_DATA_CUE59.finditer(window))
    good = list(_DATA_CUE59.finditer(window))
    return bool(bad) and (not good or bad[-1].end() > good[-1].end())


# The list's head noun written after it: "at CLEF and FIRE evaluation forums", "recent (A and B) techniques".
_AFTER_OTHER59 = re.compile(r"(?:\s*(?:,|and|or|&)\s*(?:the\s+)?" + _TOK58 + r")*\)?\s+(?:[\w\-]+\s+)?"
                            r"(?:forums|exercises|campaigns|conferences|workshops|techniques|methods|models|tools|"
                            r"toolkits|systems|approaches|algorithms|frameworks|attacks|organi[sz]ations|languages|"
                            r"formats|metrics)\b", re.IGNORECASE)


def _other_shape59(abstract: str, s: int, t: int, name: str) -> bool:
    """The name is a piece of a longer name, a count's noun or model/tool-shaped."""
    before = abstract[max(0, s - 30):s]
    if re.search(r"(?:[A-Z][\w\-]*|\d[\w.]*)\s$|-\s?$", before):
        return True  # "LibriSpeech EnFr", "CASIA NIR-VIR2.0", "Youtube- VOS", "700k UMLSconcepts"
    if re.search(r"-(?:Net|Labeler|Tagger|Parser)$", name):
        return True  # "Oct-Net", "DG-Labeler"
    return bool(_AFTER_OTHER59.match(abstract, t))


def _off59() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RECALL59", RECALL_RULES59, DEFAULT_OFF59)


def add_data_siblings59(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with coded names listed beside a found data mention added as data."""
    if "data-sibling" in _off59() or not abstract:
        return entities
    from .records import Mention
    from .resolve import LocalEntity  # late: resolve imports much

    names = {e.name.lower() for e in entities} | {a.lower() for e in entities for a in e.aliases}
    spans = [(x.start, x.end) for e in entities for x in e.mentions if x.field == "abstract"]
    seeds = [(x.start, x.end, e.type) for e in entities if e.type in _DATA59
             for x in e.mentions if x.field == "abstract"]
    added: dict[str, object] = {}
    seen: set[tuple[int, int]] = set()
    while seeds:
        s0, t0, typ = seeds.pop()
        if (s0, t0) in seen:
            continue
        seen.add((s0, t0))
        found = []
        m = _RIGHT59.match(abstract, t0)
        if m:
            found.append((m.start("name"), m.end("name"), m.group("name")))
        m = _PARALLEL59.match(abstract, t0) if abstract[t0:t0 + 1] == ")" else None
        if m:
            found.append((m.start("name"), m.end("name"), m.group("name")))
        m = _LEFT59.search(abstract[max(0, s0 - 60):s0])
        if m:
            off = max(0, s0 - 60)
            found.append((off + m.start("name"), off + m.end("name"), m.group("name")))
        for s, t, name in found:
            if not _name_ok58(name) or name.lower() in names or any(a < t and b > s for a, b in spans):
                continue
            if (name.split()[0] in _METRIC59 or _cue_says_other59(abstract, min(s, s0))
                    or _other_shape59(abstract, s, t, name)):
                continue  # "(NMI, AMI, and F-Score)", "organizations (A, B, C)": no data
            if _TECH59.match(abstract, t) or re.match(r"-\w", abstract[t:t + 2]):
                continue  # "PMC model", "SST-based": the name goes on as something else
            mention = Mention(abstract[s:t], s, t, abstract.count(". ", 0, s), "rule:recall59-data-sibling")
            key = name.lower()
            if key in added:
                added[key].mentions.append(mention)
            else:
                added[key] = LocalEntity(name, typ, "evaluates_on", [], None, [mention])
            spans.append((s, t))
            seeds.append((s, t, typ))
    if not added:
        return entities
    return entities + list(added.values())
