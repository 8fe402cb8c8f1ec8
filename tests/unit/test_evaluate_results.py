"""Scoring result tuples against gold (extract/evaluate_results.py) and through `paperkg evaluate`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paperkg.cli import main
from paperkg.extract.evaluate import evaluate

GOLD_FILE = Path(__file__).parents[1] / "data" / "gold-results.jsonl"
TEXT = "FooNet reaches 93.2% accuracy on ImageNet and +1.8 BLEU on WMT."


def gold_result(value, metric, dataset=None, qualifier="exact", entity=None, aliases=()):
    return {"value": value, "text": str(value), "unit": "%", "metric": metric, "direction": "higher",
            "dataset": dataset, "dataset_aliases": list(aliases), "split": None, "entity": entity,
            "is_baseline": False, "qualifier": qualifier}


def pred_result(value, metric, dataset_id=None, dataset=None, qualifier="exact", entity_id=None, entity=None):
    return {"value": value, "text": str(value), "unit": "%", "metric": metric, "metric_text": metric,
            "direction": "higher", "qualifier": qualifier, "is_baseline": False, "dataset_id": dataset_id,
            "dataset": dataset, "split": None, "entity_id": entity_id, "entity": entity, "sentence": 0,
            "start": 0, "end": 1, "rule": "test"}


def write(tmp_path, gold, pred):
    g, p = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    g.write_text(json.dumps({"id": "a", "part": "blind", "abstract": TEXT, "results": gold}) + "\n")
    entities = [{"id": "dataset:imagenet", "name": "ImageNet", "type": "dataset", "aliases": ["ILSVRC-12"],
                 "role": "uses", "family": None, "mentions": []},
                {"id": "method:foonet", "name": "FooNet", "type": "method", "aliases": [], "role": "proposes",
                 "family": None, "mentions": []}]
    p.write_text(json.dumps({"id": "a", "title": None, "abstract": TEXT, "entities": entities, "code": [],
                             "results": pred}) + "\n")
    return g, p


def test_match_needs_value_metric_dataset_and_the_same_kind(tmp_path):
    gold = [gold_result(93.2, "accuracy", "ILSVRC-12", entity="FooNet"), gold_result(1.8, "BLEU", "WMT", "relative"),
            gold_result(5.0, None)]  # no metric named: not scored
    pred = [pred_result(93.2, "accuracy", "dataset:imagenet", "ImageNet", entity_id="method:foonet", entity="FooNet"),
            pred_result(1.8, "BLEU", None, "WMT"),  # read as a score: wrong
            pred_result(7.0, "F1")]
    r = evaluate(*write(tmp_path, gold, pred)).results
    assert (r.tuples.tp, r.tuples.fp, r.tuples.fn) == (1, 2, 1)
    assert (r.with_entity.tp, r.with_entity.fp) == (1, 2)
    assert r.per_part["blind"].tp == 1


def test_metric_surface_forms_fold_and_entity_must_agree(tmp_path):
    gold = [gold_result(93.2, "Accuracy", "ImageNet", entity="BarNet")]
    pred = [pred_result(93.2, "accuracy", "dataset:imagenet", "ImageNet", entity_id="method:foonet", entity="FooNet")]
    r = evaluate(*write(tmp_path, gold, pred)).results
    assert r.tuples.tp == 1 and r.with_entity.tp == 0 and r.with_entity.fn == 1


def test_cli_prints_results_only_for_a_results_gold(tmp_path, capsys):
    g, p = write(tmp_path, [gold_result(93.2, "F-score", "ImageNet")], [pred_result(93.2, "F1", "dataset:imagenet", "ImageNet")])
    assert main(["evaluate", str(g), str(p), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "value+metric+dataset" in out and "overall typed" not in out
    assert main(["evaluate", str(g), str(p), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["results"]["tuples"]["precision"] == 1.0


def test_gold_file_is_well_formed():
    rows = [json.loads(line) for line in GOLD_FILE.read_text(encoding="utf-8").splitlines()]
    parts = {"blind": 0, "tune": 0, "blind2": 0, "blind3": 0, "blind4": 0, "blind5": 0, "blind6": 0, "blind7": 0, "blind8": 0, "blind9": 0, "blind10": 0, "blind11": 0, "blind12": 0, "blind13": 0, "blind14": 0, "blind15": 0, "blind16": 0, "blind17": 0, "blind18": 0, "blind19": 0, "blind20": 0, "blind21": 0, "blind22": 0, "blind23": 0, "blind24": 0, "blind25": 0, "blind26": 0, "blind27": 0, "blind28": 0, "blind29": 0, "blind30": 0, "blind31": 0, "blind32": 0, "blind33": 0, "blind34": 0, "blind35": 0, "blind36": 0, "blind37": 0, "blind38": 0, "blind39": 0, "blind40": 0, "blind41": 0, "blind42": 0, "blind43": 0, "blind44": 0, "blind45": 0, "blind46": 0, "blind47": 0, "blind48": 0, "blind49": 0}
    with_results = 0
    blind2_with_results = blind3_with_results = blind4_with_results = blind5_with_results = blind6_with_results = blind7_with_results = blind8_with_results = blind9_with_results = blind10_with_results = blind11_with_results = blind12_with_results = blind13_with_results = blind14_with_results = blind15_with_results = blind16_with_results = blind17_with_results = blind18_with_results = blind19_with_results = blind20_with_results = blind21_with_results = blind22_with_results = blind23_with_results = blind24_with_results = blind25_with_results = blind26_with_results = blind27_with_results = blind28_with_results = blind29_with_results = blind30_with_results = blind31_with_results = blind32_with_results = blind33_with_results = blind34_with_results = blind35_with_results = blind36_with_results = blind37_with_results = blind38_with_results = blind39_with_results = blind40_with_results = blind41_with_results = blind42_with_results = blind43_with_results = blind44_with_results = blind45_with_results = blind46_with_results = blind47_with_results = blind48_with_results = blind49_with_results = 0
    for row in rows:
        parts[row["part"]] += 1
        with_results += bool(row["results"])
        blind2_with_results += row["part"] == "blind2" and bool(row["results"])
        blind3_with_results += row["part"] == "blind3" and bool(row["results"])
        blind4_with_results += row["part"] == "blind4" and bool(row["results"])
        blind5_with_results += row["part"] == "blind5" and bool(row["results"])
        blind6_with_results += row["part"] == "blind6" and bool(row["results"])
        blind7_with_results += row["part"] == "blind7" and bool(row["results"])
        blind8_with_results += row["part"] == "blind8" and bool(row["results"])
        blind9_with_results += row["part"] == "blind9" and bool(row["results"])
        blind10_with_results += row["part"] == "blind10" and bool(row["results"])
        blind11_with_results += row["part"] == "blind11" and bool(row["results"])
        blind12_with_results += row["part"] == "blind12" and bool(row["results"])
        blind13_with_results += row["part"] == "blind13" and bool(row["results"])
        blind14_with_results += row["part"] == "blind14" and bool(row["results"])
        blind15_with_results += row["part"] == "blind15" and bool(row["results"])
        blind16_with_results += row["part"] == "blind16" and bool(row["results"])
        blind17_with_results += row["part"] == "blind17" and bool(row["results"])
        blind18_with_results += row["part"] == "blind18" and bool(row["results"])
        blind19_with_results += row["part"] == "blind19" and bool(row["results"])
        blind20_with_results += row["part"] == "blind20" and bool(row["results"])
        blind21_with_results += row["part"] == "blind21" and bool(row["results"])
        blind22_with_results += row["part"] == "blind22" and bool(row["results"])
        blind23_with_results += row["part"] == "blind23" and bool(row["results"])
        blind24_with_results += row["part"] == "blind24" and bool(row["results"])
        blind25_with_results += row["part"] == "blind25" and bool(row["results"])
        blind26_with_results += row["part"] == "blind26" and bool(row["results"])
        blind27_with_results += row["part"] == "blind27" and bool(row["results"])
        blind28_with_results += row["part"] == "blind28" and bool(row["results"])
        blind29_with_results += row["part"] == "blind29" and bool(row["results"])
        blind30_with_results += row["part"] == "blind30" and bool(row["results"])
        blind31_with_results += row["part"] == "blind31" and bool(row["results"])
        blind32_with_results += row["part"] == "blind32" and bool(row["results"])
        blind33_with_results += row["part"] == "blind33" and bool(row["results"])
        blind34_with_results += row["part"] == "blind34" and bool(row["results"])
        blind35_with_results += row["part"] == "blind35" and bool(row["results"])
        blind36_with_results += row["part"] == "blind36" and bool(row["results"])
        blind37_with_results += row["part"] == "blind37" and bool(row["results"])
        blind38_with_results += row["part"] == "blind38" and bool(row["results"])
        blind39_with_results += row["part"] == "blind39" and bool(row["results"])
        blind40_with_results += row["part"] == "blind40" and bool(row["results"])
        blind41_with_results += row["part"] == "blind41" and bool(row["results"])
        blind42_with_results += row["part"] == "blind42" and bool(row["results"])
        blind43_with_results += row["part"] == "blind43" and bool(row["results"])
        blind44_with_results += row["part"] == "blind44" and bool(row["results"])
        blind45_with_results += row["part"] == "blind45" and bool(row["results"])
        blind46_with_results += row["part"] == "blind46" and bool(row["results"])
        blind47_with_results += row["part"] == "blind47" and bool(row["results"])
        blind48_with_results += row["part"] == "blind48" and bool(row["results"])
        blind49_with_results += row["part"] == "blind49" and bool(row["results"])
        for t in row["results"]:
            # "97,5" (a decimal comma); "8, 4" (one with a stray space); "84:3" (a colon for the point)
            number = t["text"].replace(",", ".").replace(" ", "").replace(":", ".")
            assert t["text"] in row["abstract"] and float(number) == t["value"]
            assert t["qualifier"] in ("exact", "up_to", "over", "range", "relative")
            assert t["direction"] in ("higher", "lower")
    assert parts["blind"] >= 40 and with_results >= 80 and len(rows) - with_results >= 20
    assert blind2_with_results >= 30  # the second blind part: 30+ new abstracts that state results
    assert blind3_with_results >= 30 and parts["blind3"] >= 40  # the third (session 5), drawn with seed 20261205
    assert blind4_with_results >= 40 and parts["blind4"] >= 50  # the fourth (session 6), seed 20261206
    assert blind5_with_results >= 30 and parts["blind5"] >= 50  # the fifth (session 7), seed 20261208
    assert blind6_with_results >= 40 and parts["blind6"] >= 50  # the sixth (session 8), seed 20261215
    assert blind7_with_results >= 40 and parts["blind7"] >= 50  # the seventh (session 9), seed 20261217
    assert blind8_with_results >= 40 and parts["blind8"] >= 50  # the eighth (session 10), seed 20261219
    assert blind9_with_results >= 40 and parts["blind9"] >= 50  # the ninth (session 11), seed 20270104
    assert blind10_with_results >= 35 and parts["blind10"] >= 50  # the tenth (session 12), seed 20270107
    assert blind11_with_results >= 40 and parts["blind11"] >= 50  # the eleventh (session 13), seed 20270109
    assert blind12_with_results >= 40 and parts["blind12"] >= 50  # the twelfth (session 14), seed 20270118
    assert blind13_with_results >= 40 and parts["blind13"] >= 50  # the thirteenth (session 14), seed 20270120
    assert blind14_with_results >= 40 and parts["blind14"] >= 50  # the fourteenth (session 15), seed 20270204
    assert blind15_with_results >= 40 and parts["blind15"] >= 50  # the fifteenth (session 16), seed 20270302
    assert blind16_with_results >= 35 and parts["blind16"] >= 50  # the sixteenth (session 17), seed 20270403: 38 state results
    assert blind17_with_results >= 40 and parts["blind17"] >= 50  # the seventeenth (session 18), seed 20270503: 44 state results
    assert blind18_with_results >= 40 and parts["blind18"] >= 50  # the eighteenth (session 19), seed 20270602: 45 state results
    assert blind19_with_results >= 40 and parts["blind19"] >= 50  # the nineteenth (session 20), seed 20270703: 46 state results
    assert blind20_with_results >= 40 and parts["blind20"] >= 50  # the twentieth (session 21), seed 20270802: 45 state results
    assert blind21_with_results >= 40 and parts["blind21"] >= 50  # the twenty-first (session 22), seed 20270904: 44 state results
    assert blind22_with_results >= 40 and parts["blind22"] >= 50  # the twenty-second (session 23), seed 20271004: 46 state results
    assert blind23_with_results >= 40 and parts["blind23"] >= 50  # the twenty-third (session 24), seed 20271104: 47 state results
    assert blind24_with_results >= 40 and parts["blind24"] == 55  # the twenty-fourth (session 25), seed 20271204: 42 state results
    assert blind25_with_results >= 40 and parts["blind25"] == 55  # the twenty-fifth (session 26), seed 20271304: 45 state results
    assert blind26_with_results >= 40 and parts["blind26"] == 55  # the twenty-sixth (session 27), seed 20271404: 43 state results
    assert blind27_with_results >= 40 and parts["blind27"] == 55  # the twenty-seventh (session 28), seed 20271504: 43 state results
    assert blind28_with_results >= 40 and parts["blind28"] == 55  # the twenty-eighth (session 29), seed 20271604: 43 state results
    assert blind29_with_results >= 40 and parts["blind29"] == 55  # the twenty-ninth (session 30), seed 20271702: 42 state results
    assert blind30_with_results >= 40 and parts["blind30"] == 55  # the thirtieth (session 31), seed 20271802: 44 state results
    assert blind31_with_results >= 40 and parts["blind31"] == 55  # the thirty-first (session 32), seed 20271902: 45 state results
    assert blind32_with_results >= 40 and parts["blind32"] == 55  # the thirty-second (session 33), seed 20272002: 45 state results
    assert blind33_with_results >= 40 and parts["blind33"] == 55  # the thirty-third (session 34), seed 20272102: 46 state results
    assert blind34_with_results >= 40 and parts["blind34"] == 55  # the thirty-fourth (session 35), seed 20272202: 46 state results
    assert blind35_with_results >= 40 and parts["blind35"] == 55  # the thirty-fifth (session 36), seed 20272302: 41 state results
    assert blind36_with_results >= 40 and parts["blind36"] == 55  # the thirty-sixth (session 37), seed 20272402: 42 state results
    assert blind37_with_results >= 40 and parts["blind37"] == 55  # the thirty-seventh (session 38), seed 20272502: 43 state results
    assert blind38_with_results >= 35 and parts["blind38"] == 55  # the thirty-eighth (session 39), seed 20272602: 36 state results (as blind10 and blind16, --with 50 kept)
    assert blind39_with_results >= 40 and parts["blind39"] == 55  # the thirty-ninth (session 40), seed 20272702: 45 state results
    assert blind40_with_results >= 40 and parts["blind40"] == 55  # the fortieth (session 41), seed 20272802: 46 state results
    assert blind41_with_results >= 40 and parts["blind41"] == 55  # the forty-first (session 42), seed 20272902: 43 state results
    assert blind42_with_results >= 40 and parts["blind42"] == 55  # the forty-second (session 43), seed 20273002: 45 state results
    assert blind43_with_results >= 40 and parts["blind43"] == 55  # the forty-third (session 44), seed 20273102: 43 state results
    assert blind44_with_results >= 40 and parts["blind44"] == 55  # the forty-fourth (session 45), seed 20273202: 40 state results
    assert blind45_with_results >= 40 and parts["blind45"] == 55  # the forty-fifth (session 46), seed 20273302: 43 state results
    assert blind46_with_results >= 40 and parts["blind46"] == 55  # the forty-sixth (session 47), seed 20273402: 42 state results
    assert blind47_with_results >= 40 and parts["blind47"] == 55  # the forty-seventh (session 48), seed 20273502: 46 state results
    assert blind48_with_results >= 40 and parts["blind48"] == 55  # the forty-eighth (session 49), seed 20273602: 44 state results
    assert blind49_with_results >= 40 and parts["blind49"] == 55  # the forty-ninth (session 50), seed 20273702: 42 state results
    corpus_ids = [json.loads(line)["id"] for line in (GOLD_FILE.parent / "results-corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert corpus_ids == [row["id"] for row in rows] and len(set(corpus_ids)) == len(corpus_ids)


@pytest.mark.parametrize("part, size", [("blind16", 55), ("blind17", 55), ("blind18", 55), ("blind19", 55), ("blind20", 55), ("blind21", 55), ("blind22", 55), ("blind23", 55), ("blind24", 55), ("blind25", 55), ("blind26", 55), ("blind27", 55), ("blind28", 55), ("blind29", 55), ("blind30", 55), ("blind31", 55), ("blind32", 55), ("blind33", 55), ("blind34", 55), ("blind35", 55), ("blind36", 55), ("blind37", 55), ("blind38", 55), ("blind39", 55), ("blind40", 55), ("blind41", 55), ("blind42", 55), ("blind43", 55), ("blind44", 55), ("blind45", 55), ("blind46", 55), ("blind47", 55), ("blind48", 55), ("blind49", 55)])
def test_blind_part_shares_no_paper_with_any_other_corpus(part, size):
    """blind16 (session 17), blind17 (session 18), blind18 (session 19), blind19 (session 20), blind20 (session 21),
    blind21 (session 22), blind22 (session 23), blind23 (session 24), blind24 (session 25), blind25 (session 26), blind26 (session 27), blind27 (session 28), blind28 (session 29), blind29 (session 30), blind30 (session 31), blind31 (session 32), blind32 (session 33), blind33 (session 34), blind34 (session 35), blind35 (session 36), blind36 (session 37), blind37 (session 38), blind38 (session 39), blind39 (session 40), blind40 (session 41) and blind41 (session 42) were drawn leaving out every other
    tests/data/*-corpus.jsonl (dev3-dev9 and held-out 1-8; blind17 also dev10 and held-out 9; blind18 also held-out 10;
    blind19 also held-out 11; blind20 also held-out 12; blind21 also held-out 13; blind22 also held-out 14; blind23 also
    held-out 15; blind24 also held-out 16; blind25 also held-out 17;
    blind26 also held-out 18; blind27 also held-out 19; blind28 also held-out 20; blind29 also held-out 21; blind30 also held-out 22; blind31 also held-out 23; blind32 also held-out 24; blind33 also held-out 25; blind34 also held-out 26; blind35 also held-out 27; blind36 also held-out 28; blind37 also held-out 29; blind38 also held-out 30; blind39 also held-out 31; blind40 also held-out 32; blind41 also held-out 33); only ids, titles and abstract openings are compared here."""
    data = GOLD_FILE.parent
    drawn = [r for r in map(json.loads, (data / "results-corpus.jsonl").read_text(encoding="utf-8").splitlines())
             if r["part"] == part]
    assert len(drawn) == size
    others = [json.loads(line) for path in sorted(data.glob("*-corpus.jsonl")) if path.name != "results-corpus.jsonl"
              for line in path.read_text(encoding="utf-8").splitlines()]
    ids, titles = {str(r["id"]) for r in others}, {(r.get("title") or "").lower() for r in others} - {""}
    starts = {r["abstract"][:60] for r in others}
    for r in drawn:
        assert str(r["id"]) not in ids and r["abstract"][:60] not in starts, r["id"]
        assert (r.get("title") or "").lower() not in titles, r["id"]


def test_confident_tuples_leave_out_low_confidence_results(tmp_path):
    gold = [gold_result(93.2, "accuracy", "ImageNet"), gold_result(1.8, "BLEU", "ImageNet", "relative")]
    guessed = dict(pred_result(1.8, "BLEU", "dataset:imagenet", "ImageNet", "relative"), rule="result:value-metric+dataset:paper")
    pred = [pred_result(93.2, "accuracy", "dataset:imagenet", "ImageNet"), guessed, pred_result(7.0, "F1")]
    r = evaluate(*write(tmp_path, gold, pred)).results
    assert (r.tuples.tp, r.tuples.fp, r.tuples.fn) == (2, 1, 0)
    assert (r.confident.tp, r.confident.fp, r.confident.fn) == (1, 1, 1)
    assert r.per_part_confident["blind"].tp == 1 and "confident only" in r.table()
