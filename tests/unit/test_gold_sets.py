"""Integrity of the later entity gold sets (dev3 ... dev10, held-out 2 to 28; see tests/data/GOLD-*.md).

Checks the annotations against their corpus only; nothing here runs the extractor on these abstracts.
"""

import re
from pathlib import Path

import pytest

from gold_checks import (  # tests/gold_checks.py
    check_disjoint, check_entities, check_pairs_with_reader, gold_counts, load_jsonl as load,
)

DATA = Path(__file__).resolve().parents[1] / "data"


def _every_set_before(k: int) -> list[str]:
    """Held-out 1 to k-1, the results gold, dev3-dev10 and the bundled sample: what a new held-out set k avoids."""
    heldouts = ["heldout-corpus.jsonl"] + [f"heldout{i}-corpus.jsonl" for i in range(2, k)]
    devs = [f"dev{i}-corpus.jsonl" for i in range(3, 11)]
    return heldouts + ["results-corpus.jsonl"] + devs + ["gold-dev.jsonl"]


# name -> (papers, sets it must share no paper with, the counts its GOLD-*.md reports: an edit to the gold
# must update the document and this table together)
SETS = {
    "dev3": (40, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "results-corpus.jsonl", "gold-dev.jsonl"],
             {"core": 61, "by_type": {"benchmark": 13, "dataset": 7, "method": 38, "model": 3},
              "optional": 54, "no_core": 9, "code": 2}),
    "dev4": (40, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "results-corpus.jsonl", "dev3-corpus.jsonl",
                  "gold-dev.jsonl"],
             {"core": 63, "by_type": {"benchmark": 16, "dataset": 2, "method": 37, "model": 8},
              "optional": 42, "no_core": 8, "code": 3}),
    "dev5": (40, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "results-corpus.jsonl", "dev3-corpus.jsonl",
                  "dev4-corpus.jsonl", "gold-dev.jsonl"],
             {"core": 50, "by_type": {"benchmark": 18, "dataset": 0, "method": 32, "model": 0},
              "optional": 47, "no_core": 17, "code": 4}),
    "dev6": (40, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "results-corpus.jsonl", "dev3-corpus.jsonl",
                  "dev4-corpus.jsonl", "dev5-corpus.jsonl", "gold-dev.jsonl"],
             {"core": 65, "by_type": {"benchmark": 14, "dataset": 0, "method": 48, "model": 3},
              "optional": 58, "no_core": 13, "code": 3}),
    "dev7": (40, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "results-corpus.jsonl", "dev3-corpus.jsonl",
                  "dev4-corpus.jsonl", "dev5-corpus.jsonl", "dev6-corpus.jsonl", "gold-dev.jsonl"],
             {"core": 49, "by_type": {"benchmark": 12, "dataset": 4, "method": 24, "model": 9},
              "optional": 40, "no_core": 17, "code": 6}),
    # dev8 (session 14) shares no paper with any gold set before it, held-out 3 included
    "dev8": (40, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "heldout3-corpus.jsonl", "heldout4-corpus.jsonl",
                  "heldout5-corpus.jsonl", "results-corpus.jsonl",
                  "dev3-corpus.jsonl", "dev4-corpus.jsonl", "dev5-corpus.jsonl", "dev6-corpus.jsonl",
                  "dev7-corpus.jsonl", "gold-dev.jsonl"],
             {"core": 50, "by_type": {"benchmark": 13, "dataset": 1, "method": 31, "model": 5},
              "optional": 46, "no_core": 13, "code": 7}),
    # dev9 (session 17, drawn with held-out 8) shares no paper with any gold set before it
    "dev9": (60, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "heldout3-corpus.jsonl", "heldout4-corpus.jsonl",
                  "heldout5-corpus.jsonl", "heldout6-corpus.jsonl", "heldout7-corpus.jsonl", "heldout8-corpus.jsonl",
                  "results-corpus.jsonl", "dev3-corpus.jsonl", "dev4-corpus.jsonl", "dev5-corpus.jsonl",
                  "dev6-corpus.jsonl", "dev7-corpus.jsonl", "dev8-corpus.jsonl", "gold-dev.jsonl"],
             {"core": 81, "by_type": {"benchmark": 22, "dataset": 4, "method": 48, "model": 7},
              "optional": 73, "no_core": 21, "code": 4}),
    # dev10 (session 18, drawn with held-out 9) shares no paper with any gold set before it, nor with held-out 9
    "dev10": (60, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "heldout3-corpus.jsonl", "heldout4-corpus.jsonl",
                   "heldout5-corpus.jsonl", "heldout6-corpus.jsonl", "heldout7-corpus.jsonl", "heldout8-corpus.jsonl",
                   "heldout9-corpus.jsonl", "results-corpus.jsonl", "dev3-corpus.jsonl", "dev4-corpus.jsonl",
                   "dev5-corpus.jsonl", "dev6-corpus.jsonl", "dev7-corpus.jsonl", "dev8-corpus.jsonl",
                   "dev9-corpus.jsonl", "gold-dev.jsonl"],
              {"core": 72, "by_type": {"benchmark": 18, "dataset": 9, "method": 35, "model": 10},
               "optional": 97, "no_core": 27, "code": 4}),
    # held-out 2 was drawn before dev3/dev4 existed: disjoint from the sets tuned on at the time
    "heldout2": (70, ["heldout-corpus.jsonl", "gold-dev.jsonl"],
                 {"core": 141, "by_type": {"benchmark": 36, "dataset": 4, "method": 89, "model": 12},
                  "optional": 104, "no_core": 15, "code": 5}),
    # held-out 3 (blind, session 13) shares no paper with any gold set before it
    "heldout3": (60, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "results-corpus.jsonl", "dev3-corpus.jsonl",
                      "dev4-corpus.jsonl", "dev5-corpus.jsonl", "dev6-corpus.jsonl", "dev7-corpus.jsonl",
                      "gold-dev.jsonl"],
                 {"core": 86, "by_type": {"benchmark": 23, "dataset": 2, "method": 60, "model": 1},
                  "optional": 114, "no_core": 21, "code": 5}),
    # held-out 4 (blind, session 14) shares no paper with any gold set before it
    "heldout4": (60, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "heldout3-corpus.jsonl", "results-corpus.jsonl",
                      "dev3-corpus.jsonl", "dev4-corpus.jsonl", "dev5-corpus.jsonl", "dev6-corpus.jsonl",
                      "dev7-corpus.jsonl", "gold-dev.jsonl"],
                 {"core": 81, "by_type": {"benchmark": 16, "dataset": 6, "method": 55, "model": 4},
                  "optional": 94, "no_core": 20, "code": 6}),
    # held-out 5 (blind, session 14) shares no paper with any gold set before it, held-out 4 included
    "heldout5": (60, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "heldout3-corpus.jsonl", "heldout4-corpus.jsonl",
                      "results-corpus.jsonl", "dev3-corpus.jsonl", "dev4-corpus.jsonl", "dev5-corpus.jsonl",
                      "dev6-corpus.jsonl", "dev7-corpus.jsonl", "gold-dev.jsonl"],
                 {"core": 105, "by_type": {"benchmark": 32, "dataset": 2, "method": 68, "model": 3},
                  "optional": 81, "no_core": 17, "code": 6}),
    # held-out 6 (blind, session 15) shares no paper with any gold set before it, dev8 and held-out 5 included
    "heldout6": (60, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "heldout3-corpus.jsonl", "heldout4-corpus.jsonl",
                      "heldout5-corpus.jsonl", "results-corpus.jsonl", "dev3-corpus.jsonl", "dev4-corpus.jsonl",
                      "dev5-corpus.jsonl", "dev6-corpus.jsonl", "dev7-corpus.jsonl", "dev8-corpus.jsonl",
                      "gold-dev.jsonl"],
                 {"core": 79, "by_type": {"benchmark": 18, "dataset": 4, "method": 54, "model": 3},
                  "optional": 65, "no_core": 19, "code": 6}),
    # held-out 7 (blind, session 16) shares no paper with any gold set before it, held-out 6 included
    "heldout7": (60, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "heldout3-corpus.jsonl", "heldout4-corpus.jsonl",
                      "heldout5-corpus.jsonl", "heldout6-corpus.jsonl", "results-corpus.jsonl", "dev3-corpus.jsonl",
                      "dev4-corpus.jsonl", "dev5-corpus.jsonl", "dev6-corpus.jsonl", "dev7-corpus.jsonl",
                      "dev8-corpus.jsonl", "gold-dev.jsonl"],
                 {"core": 75, "by_type": {"benchmark": 13, "dataset": 5, "method": 51, "model": 6},
                  "optional": 87, "no_core": 21, "code": 0}),
    # held-out 8 (blind, session 17) shares no paper with any gold set before it, held-out 7 included, nor with
    # dev9, drawn the same day
    "heldout8": (60, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "heldout3-corpus.jsonl", "heldout4-corpus.jsonl",
                      "heldout5-corpus.jsonl", "heldout6-corpus.jsonl", "heldout7-corpus.jsonl", "results-corpus.jsonl",
                      "dev3-corpus.jsonl", "dev4-corpus.jsonl", "dev5-corpus.jsonl", "dev6-corpus.jsonl",
                      "dev7-corpus.jsonl", "dev8-corpus.jsonl", "dev9-corpus.jsonl", "gold-dev.jsonl"],
                 {"core": 81, "by_type": {"benchmark": 18, "dataset": 7, "method": 50, "model": 6},
                  "optional": 78, "no_core": 18, "code": 3}),
    # held-out 9 (blind, session 18) shares no paper with any gold set before it, held-out 8 and dev9 included,
    # nor with dev10, drawn the same day
    "heldout9": (60, ["heldout-corpus.jsonl", "heldout2-corpus.jsonl", "heldout3-corpus.jsonl", "heldout4-corpus.jsonl",
                      "heldout5-corpus.jsonl", "heldout6-corpus.jsonl", "heldout7-corpus.jsonl", "heldout8-corpus.jsonl",
                      "results-corpus.jsonl", "dev3-corpus.jsonl", "dev4-corpus.jsonl", "dev5-corpus.jsonl",
                      "dev6-corpus.jsonl", "dev7-corpus.jsonl", "dev8-corpus.jsonl", "dev9-corpus.jsonl",
                      "dev10-corpus.jsonl", "gold-dev.jsonl"],
                 {"core": 84, "by_type": {"benchmark": 15, "dataset": 2, "method": 60, "model": 7},
                  "optional": 89, "no_core": 21, "code": 2}),
    # held-out 10 (blind, session 19) shares no paper with any gold set before it, held-out 9 and dev10 included
    "heldout10": (60, _every_set_before(10),
                  {"core": 94, "by_type": {"benchmark": 33, "dataset": 9, "method": 44, "model": 8},
                   "optional": 84, "no_core": 12, "code": 3}),
    # held-out 11 (blind, session 20) shares no paper with any gold set before it, held-out 10 included
    "heldout11": (60, _every_set_before(11),
                  {"core": 83, "by_type": {"benchmark": 20, "dataset": 4, "method": 57, "model": 2},
                   "optional": 102, "no_core": 15, "code": 7}),
    # held-out 12 (blind, session 21) shares no paper with any gold set before it, held-out 11 included
    "heldout12": (60, _every_set_before(12),
                  {"core": 98, "by_type": {"benchmark": 30, "dataset": 11, "method": 53, "model": 4},
                   "optional": 105, "no_core": 19, "code": 3}),
    # held-out 13 (blind, session 22) shares no paper with any gold set before it, held-out 12 included
    "heldout13": (60, _every_set_before(13),
                  {"core": 56, "by_type": {"benchmark": 18, "dataset": 2, "method": 31, "model": 5},
                   "optional": 131, "no_core": 30, "code": 1}),
    # held-out 14 (blind, session 23) shares no paper with any gold set before it, held-out 13 included
    "heldout14": (60, _every_set_before(14),
                  {"core": 78, "by_type": {"benchmark": 22, "dataset": 2, "method": 45, "model": 9},
                   "optional": 111, "no_core": 16, "code": 6}),
    # held-out 15 (blind, session 24) shares no paper with any gold set before it, held-out 14 included
    "heldout15": (60, _every_set_before(15),
                  {"core": 82, "by_type": {"benchmark": 21, "dataset": 6, "method": 48, "model": 7},
                   "optional": 129, "no_core": 22, "code": 4}),
    # held-out 16 (blind, session 25) shares no paper with any gold set before it, held-out 15 included
    "heldout16": (60, _every_set_before(16),
                  {"core": 73, "by_type": {"benchmark": 14, "dataset": 5, "method": 52, "model": 2},
                   "optional": 105, "no_core": 23, "code": 1}),
    # held-out 17 (blind, session 26) shares no paper with any gold set before it, held-out 16 included
    "heldout17": (60, _every_set_before(17),
                  {"core": 95, "by_type": {"benchmark": 28, "dataset": 21, "method": 40, "model": 6},
                   "optional": 79, "no_core": 17, "code": 3}),
    # held-out 18 (blind, session 27) shares no paper with any gold set before it, held-out 17 included
    "heldout18": (60, _every_set_before(18),
                  {"core": 85, "by_type": {"benchmark": 25, "dataset": 0, "method": 54, "model": 6},
                   "optional": 110, "no_core": 19, "code": 5}),
    # held-out 19 (blind, session 28) shares no paper with any gold set before it, held-out 18 included
    "heldout19": (60, _every_set_before(19),
                  {"core": 81, "by_type": {"benchmark": 19, "dataset": 2, "method": 53, "model": 7},
                   "optional": 105, "no_core": 21, "code": 7}),
    # held-out 20 (blind, session 29) shares no paper with any gold set before it, held-out 19 included
    "heldout20": (60, _every_set_before(20),
                  {"core": 86, "by_type": {"benchmark": 23, "dataset": 7, "method": 51, "model": 5},
                   "optional": 113, "no_core": 22, "code": 10}),
    # held-out 21 (blind, session 30) shares no paper with any gold set before it, held-out 20 included
    "heldout21": (60, _every_set_before(21),
                  {"core": 76, "by_type": {"benchmark": 17, "dataset": 6, "method": 47, "model": 6},
                   "optional": 124, "no_core": 17, "code": 5}),
    # held-out 22 (blind, session 31) shares no paper with any gold set before it, held-out 21 included
    "heldout22": (60, _every_set_before(22),
                  {"core": 73, "by_type": {"benchmark": 22, "dataset": 5, "method": 39, "model": 7},
                   "optional": 110, "no_core": 21, "code": 4}),
    # held-out 23 (blind, session 32) shares no paper with any gold set before it, held-out 22 included
    "heldout23": (60, _every_set_before(23),
                  {"core": 70, "by_type": {"benchmark": 26, "dataset": 6, "method": 29, "model": 9},
                   "optional": 90, "no_core": 25, "code": 4}),
    # held-out 24 (blind, session 33) shares no paper with any gold set before it, held-out 23 included
    "heldout24": (60, _every_set_before(24),
                  {"core": 55, "by_type": {"benchmark": 16, "dataset": 4, "method": 34, "model": 1},
                   "optional": 98, "no_core": 28, "code": 4}),
    # held-out 25 (blind, session 34) shares no paper with any gold set before it, held-out 24 included
    "heldout25": (60, _every_set_before(25),
                  {"core": 91, "by_type": {"benchmark": 25, "dataset": 10, "method": 53, "model": 3},
                   "optional": 92, "no_core": 22, "code": 7}),
    # held-out 26 (blind, session 35) shares no paper with any gold set before it, held-out 25 included
    "heldout26": (60, _every_set_before(26),
                  {"core": 61, "by_type": {"benchmark": 18, "dataset": 4, "method": 33, "model": 6},
                   "optional": 83, "no_core": 21, "code": 4}),
    # held-out 27 (blind, session 36) shares no paper with any gold set before it, held-out 26 included
    "heldout27": (60, _every_set_before(27),
                  {"core": 90, "by_type": {"benchmark": 26, "dataset": 8, "method": 44, "model": 12},
                   "optional": 81, "no_core": 20, "code": 6}),
    # held-out 28 (blind, session 37) shares no paper with any gold set before it, held-out 27 included
    "heldout28": (60, _every_set_before(28),
                  {"core": 58, "by_type": {"benchmark": 10, "dataset": 6, "method": 40, "model": 2},
                   "optional": 81, "no_core": 29, "code": 4}),
    # held-out 29 (blind, session 38) shares no paper with any gold set before it, held-out 28 included
    "heldout29": (60, _every_set_before(29),
                  {"core": 78, "by_type": {"benchmark": 23, "dataset": 2, "method": 44, "model": 9},
                   "optional": 88, "no_core": 24, "code": 4}),
    # held-out 30 (blind, session 39) shares no paper with any gold set before it, held-out 29 included
    "heldout30": (60, _every_set_before(30),
                  {"core": 97, "by_type": {"benchmark": 28, "dataset": 6, "method": 58, "model": 5},
                   "optional": 94, "no_core": 21, "code": 4}),
    # held-out 31 (blind, session 40) shares no paper with any gold set before it, held-out 30 included
    "heldout31": (60, _every_set_before(31),
                  {"core": 84, "by_type": {"benchmark": 17, "dataset": 6, "method": 55, "model": 6},
                   "optional": 82, "no_core": 19, "code": 3}),
    # held-out 32 (blind, session 41) shares no paper with any gold set before it, held-out 31 included
    "heldout32": (60, _every_set_before(32),
                  {"core": 74, "by_type": {"benchmark": 27, "dataset": 2, "method": 44, "model": 1},
                   "optional": 85, "no_core": 23, "code": 5}),
    # held-out 33 (blind, session 42) shares no paper with any gold set before it, held-out 32 included
    "heldout33": (60, _every_set_before(33),
                  {"core": 101, "by_type": {"benchmark": 32, "dataset": 8, "method": 57, "model": 4},
                   "optional": 67, "no_core": 20, "code": 3}),
    # held-out 34 (blind, session 43) shares no paper with any gold set before it, held-out 33 included
    "heldout34": (60, _every_set_before(34),
                  {"core": 95, "by_type": {"benchmark": 15, "dataset": 12, "method": 62, "model": 6},
                   "optional": 74, "no_core": 20, "code": 4}),
    # held-out 35 (blind, session 44) shares no paper with any gold set before it, held-out 34 included
    "heldout35": (60, _every_set_before(35),
                  {"core": 96, "by_type": {"benchmark": 26, "dataset": 9, "method": 60, "model": 1},
                   "optional": 94, "no_core": 15, "code": 4}),
    # held-out 36 (blind, session 45) shares no paper with any gold set before it, held-out 35 included
    "heldout36": (60, _every_set_before(36),
                  {"core": 101, "by_type": {"benchmark": 37, "dataset": 4, "method": 56, "model": 4},
                   "optional": 108, "no_core": 17, "code": 2}),
    # held-out 37 (blind, session 46) shares no paper with any gold set before it, held-out 36 included
    "heldout37": (60, _every_set_before(37),
                  {"core": 71, "by_type": {"benchmark": 14, "dataset": 6, "method": 46, "model": 5},
                   "optional": 95, "no_core": 20, "code": 1}),
    # held-out 38 (blind, session 47) shares no paper with any gold set before it, held-out 37 included
    "heldout38": (60, _every_set_before(38),
                  {"core": 103, "by_type": {"benchmark": 19, "dataset": 4, "method": 73, "model": 7},
                   "optional": 109, "no_core": 16, "code": 3}),
    # held-out 39 (blind, session 48) shares no paper with any gold set before it, held-out 38 included
    "heldout39": (60, _every_set_before(39),
                  {"core": 82, "by_type": {"benchmark": 16, "dataset": 15, "method": 44, "model": 7},
                   "optional": 82, "no_core": 25, "code": 4}),
    # held-out 40 (blind, session 49) shares no paper with any gold set before it, held-out 39 included
    "heldout40": (60, _every_set_before(40),
                  {"core": 64, "by_type": {"benchmark": 14, "dataset": 5, "method": 41, "model": 4},
                   "optional": 85, "no_core": 21, "code": 6}),
    # held-out 41 (blind, session 50) shares no paper with any gold set before it, held-out 40 included
    "heldout41": (60, _every_set_before(41),
                  {"core": 90, "by_type": {"benchmark": 31, "dataset": 9, "method": 46, "model": 4},
                   "optional": 79, "no_core": 19, "code": 5}),
}


def paths(name: str) -> tuple[Path, Path]:
    return DATA / f"{name}-corpus.jsonl", DATA / f"gold-{name}.jsonl"


@pytest.fixture(scope="module", params=sorted(SETS))
def gold_set(request):
    corpus_path, gold_path = paths(request.param)
    return request.param, corpus_path, load(corpus_path), load(gold_path)


def test_corpus_size_and_no_paper_shared_with_earlier_sets(gold_set):
    name, _, corpus, _ = gold_set
    n, others, _ = SETS[name]
    assert len(corpus) == n and len({r["id"] for r in corpus}) == n
    check_disjoint(corpus, [DATA / o for o in others])


def test_corpus_abstracts_are_normalised(gold_set):
    _, _, corpus, _ = gold_set
    for r in corpus:
        assert set(r) == {"id", "title", "abstract", "year", "venue"}, r["id"]
        assert len(r["abstract"]) >= 400, r["id"]
        assert r["abstract"] == r["abstract"].strip() and not re.search(r"[\r\n]", r["abstract"]), r["id"]


def test_gold_pairs_with_the_corpus_as_the_reader_reads_it(gold_set):
    _, corpus_path, corpus, gold = gold_set
    check_pairs_with_reader(corpus_path, corpus, gold)


def test_entities_are_well_formed_and_verbatim(gold_set):
    name, _, _, gold = gold_set
    check_entities(gold, f"gold-{name}")


def test_gold_has_the_documented_counts(gold_set):
    name, _, _, gold = gold_set
    assert gold_counts(gold) == SETS[name][2]
