"""Session 26 (issue 10): recall rules behind ``PAPERKG_RECALL28``, for data names the entity step never finds.

The study pool's data misses (docs/history/extraction-quality.md, "Recall on unseen abstracts (issue 10, session
26)") fall mostly in two classes a rule can read:

- ``title-data``: the paper's title says its lead name is a resource ("Tharwa: A Large Scale ... Lexicon", "X - Not
  Just Another Image Recognition Dataset", "X: A Modular Benchmark Framework ..."), while the abstract's typing made
  it a method or found no type. The lead name is the data the paper introduces.
- ``title-resource``: a title that names its resource with "The" and a data noun ("The DIRHA simulated corpus",
  "Bikers ...: The SmartWeb Motorbike Corpus", "The LiLaH Emotion Lexicon of ..."): the run from a name-shaped word
  to the noun is the name (the abstract's capital-data-noun rule does not read titles).
- ``data-longer``: a data span the corpus knows in a longer spelling that goes on to its right ("WIDER" of "WIDER
  FACE", "MultiWOZ" of "MultiWOZ 2.1", "EGTEA" of "EGTEA Gaze+"): where that longer spelling is a dataset or
  benchmark node named so by two papers or more, the longer span replaces the short one. Counted in canonical's
  reduce step over the whole corpus, so the same output for any worker count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from . import recall_rules, rules  # modules, not names: rules.py imports this module while recall_rules is loading
from .text import variant_key

RECALL_RULES28 = ("title-data", "title-resource", "data-longer", "title-head")
DATA_TYPES28 = frozenset(("dataset", "benchmark"))

# The title's lead name, then its description: "Name: ...", "Name - ...".
TITLE_LEAD28 = re.compile(r"(\S[^:]{0,60}?)\s*(?::|\s[-\u2013\u2014]\s)\s*")
# A data noun as a word of its own (not "Dataset-Free", "Corpus-based"); plural too.
DATA_HEAD28 = re.compile(
    r"\b(?:(benchmark)s?|data ?sets?|corpus|corpora|treebanks?|lexicons?|databases?|test suites?|test collections?|"
    r"word ?nets?)\b(?![\-\w])", re.I)
# The description's first phrase ends at a preposition, a clause word or punctuation other than a comma.
DESC_END28 = re.compile(r"\s(?:for|of|to|with|on|in|from|via|by|towards?|that|which|using|through|at)\s|[.;:?!(]",
                        re.I)
# The data noun heads the phrase: the phrase ends after it, or a list goes on ("Lexicons and Corpora", "Dataset and
# Benchmark"). Followed by another word it is a modifier ("Benchmark Generator", "Database Schema", "Lexicon
# Features", "A Benchmark Study"), and "Dataset's" is a possessive.
HEAD_ENDS28 = re.compile(r"\s*(?:$|,|&|/|and\s|or\s|[-\u2013\u2014]\s)", re.I)
# title-head (session 26 round two, a guard of the two title parts): a preposition of comparison or scope before
# the data noun means the noun is the preposition's object, not the description's head ("Foo: a comparative analysis
# between News and Forum Corpora" is no data; "versus" is left out: "Human vs Machine Text Dataset" is data); and a
# title resource's data noun must head its phrase ("The Foo Parallel Corpus Filtering Systems": no corpus).
DESC_END_MORE28 = re.compile(r"\s(?:between|across|among(?:st)?|against|within|without|over|under|into|beyond|about)\s",
                             re.I)
NEXT_WORD28 = re.compile(r"\s+([A-Za-z][\w\-]*)")

# "The NAME ... Corpus" in a title: after its start, a colon or a dash; one name-shaped word, then one to three
# words, then the data noun.
TITLE_RESOURCE28 = re.compile(
    r"(?:^|:\s+|\s[-\u2013\u2014]\s+)The\s+([A-Za-z][\w\-+]*(?:\s+[A-Za-z][\w\-+]*){0,3}?\s+"
    r"(?:(Benchmark)|Corpus|Corpora|Treebank|Lexicon|Dataset|Database|WordNet|Wordnet|corpus|lexicon|treebank|"
    r"dataset|database|benchmark))(?![\w\-])")
FUNCTION_WORDS28 = frozenset("of for with via by from to in on the and or as at a an".split())


def _recall_off28() -> frozenset[str]:
    return recall_rules._parts_off("PAPERKG_RECALL28", RECALL_RULES28)


def title_data_type28(typ: str | None, name: str, texts: dict[str, str]) -> str | None:
    """"dataset" or "benchmark" for the name ``name`` when it is the title's lead ("Name: ..." / "Name - ...") and
    the title's description opens with a data noun phrase whose head is the data noun; else None. Hook:
    resolve.PaperResolver._entity, a name no list knows that the abstract typed a technique or not at all."""
    if typ in DATA_TYPES28 or "title-data" in _recall_off28():
        return None
    title = texts.get("title")
    lead = TITLE_LEAD28.match(title) if title else None
    if lead is None or lead.group(1) != name:
        return None  # not the lead: "PIE" led a title, its long form "pedestrian intention estimation" does not
    rest = title[lead.end():]
    stop = DESC_END28.search(rest)
    phrase = rest[: stop.start()] if stop else rest
    if len(re.findall(r"[A-Za-z]\w*", phrase)) > 10:
        return None
    for head in DATA_HEAD28.finditer(phrase):
        if HEAD_ENDS28.match(phrase, head.end()):
            if "title-head" not in _recall_off28() and DESC_END_MORE28.search(phrase, 0, head.start()):
                return None  # "analysis between News and Forum Corpora"; a cut only, never a new head
            return "benchmark" if head.group(1) else "dataset"
    return None


def title_resource_spans28(title: str) -> list[tuple[int, int, str, str]]:
    """ "The DIRHA simulated corpus", "...: The SmartWeb Motorbike Corpus": in a title, the run after "The" from a
    name-shaped first word to a data noun, typed dataset (benchmark for "Benchmark"). Every word is a content word;
    hook: recall_rules.extra_rule_spans on titles."""
    if "The " not in title or "title-resource" in _recall_off28():
        return []
    head_guard = "title-head" not in _recall_off28()
    out: list[tuple[int, int, str, str]] = []
    for m in TITLE_RESOURCE28.finditer(title):
        words = m.group(1).split()
        if len(words) < 3 or not rules.looks_named(words[0]) or any(w.lower() in FUNCTION_WORDS28 for w in words):
            continue  # "The BreakingNews Dataset": the name alone is the followed-by-type rule's, and the corpus's
        after = NEXT_WORD28.match(title, m.end())
        if head_guard and after and after.group(1).lower() not in FUNCTION_WORDS28:
            continue  # the noun modifies a word after it ("Corpus Filtering Systems"): not the resource's name
        out.append((m.start(1), m.end(1), "benchmark" if m.group(2) or words[-1] == "benchmark" else "dataset",
                    "rule:data-noun"))
    return out


# After a span: one to three more pieces that may continue a data name ("FACE", " 2.1", " Gaze+", "-C", "/UCY").
MORE_AFTER28 = re.compile(r"(?:[ \-/][A-Za-z0-9][\w.+']*?(?=[\s,;:()]|\.(?:\s|$)|$)|\+)")


def data_spellings28(results: Sequence, keyed: Sequence, keys, canon: dict) -> dict[str, str]:
    """variant key -> root of the spellings of dataset/benchmark groups that two papers or more write (one
    group only; spellings two groups share are nobody's)."""
    papers: dict[str, set[str]] = defaultdict(set)
    roots: dict[str, set[str]] = defaultdict(set)
    for r, row in zip(results, keyed):
        for e, k in row:
            root = keys.find(k)
            if canon[root][0].split(":", 1)[0] not in DATA_TYPES28:
                continue
            for m in e.mentions:
                vk = variant_key(m.text)
                papers[vk].add(r.paper.id)
                roots[vk].add(root)
    return {vk: next(iter(roots[vk])) for vk in sorted(papers) if len(papers[vk]) >= 2 and len(roots[vk]) == 1}


def longer_data_spans28(text: str, spans: Sequence[tuple[int, int, str]], names: dict[str, str],
                        data_roots: set[str] | frozenset[str]) -> list[tuple[int, int, str, str, list[tuple[int, int]]]]:
    """In one abstract, the data spans (start, end, root; roots in ``data_roots``) that go on to the right into a
    longer spelling of another data group (``names``: variant key -> root): (start, end, surface, root, the spans
    it replaces), left to right, no overlaps; the longest growth of up to three pieces wins."""
    out: list[tuple[int, int, str, str, list[tuple[int, int]]]] = []
    for start, end, root in sorted(spans):
        if root not in data_roots or (out and out[-1][1] > start):
            continue
        best: tuple[int, str, str] | None = None
        pos = end
        for _ in range(3):
            m = MORE_AFTER28.match(text, pos)
            if m is None:
                break
            pos = m.end()
            surface = text[start:pos]
            target = names.get(variant_key(surface))
            if target is not None and target != root:
                best = (pos, surface, target)
        if best is None:
            continue
        new_end, surface, target = best
        if any(s < new_end and start < e and not (start <= s and e <= new_end) for s, e, _ in spans):
            continue  # another span crosses an edge
        inside = [(s, e) for s, e, _ in spans if start <= s and e <= new_end]
        out.append((start, new_end, surface, target, inside))
    return out


def data_longer28(results: Sequence, keyed: Sequence, keys, canon: dict, found: Sequence,
                  trusted_before: set[str] | frozenset[str] = frozenset()) -> tuple[list, set[str]]:
    """canonical's reduce step: per paper, the (start, end) of abstract mentions that grow into a longer data
    spelling (the longer span is added to the paper's second-look hits ``found`` in place of the hits it covers),
    and the spellings to trust. The paper's trusted second-look hits (``trusted_before``) may grow too."""
    if "data-longer" in _recall_off28():
        return [], set()
    names = data_spellings28(results, keyed, keys, canon)
    data_roots = {root for root, form in canon.items() if form[0].split(":", 1)[0] in DATA_TYPES28}
    gone_all: list[set[tuple[int, int]]] = []
    trusted: set[str] = set()
    for r, row, hits in zip(results, keyed, found):
        spans = [(m.start, m.end, keys.find(k)) for e, k in row for m in e.mentions if m.field == "abstract"]
        spans += [(h[0], h[1], h[3]) for h in hits if h[2] in trusted_before]
        gone: set[tuple[int, int]] = set()
        for start, end, surface, root, inside in longer_data_spans28(r.paper.abstract, spans, names, data_roots):
            gone.update(inside)
            hits[:] = [h for h in hits if not (start < h[1] and h[0] < end)]
            hits.append((start, end, surface, root))
            trusted.add(surface)
        gone_all.append(gone)
    return gone_all, trusted


__all__ = ["RECALL_RULES28", "data_longer28", "data_spellings28", "longer_data_spans28", "title_data_type28",
           "title_resource_spans28"]
