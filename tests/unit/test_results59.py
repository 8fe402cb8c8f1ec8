"""results59 (issue 12, session 47): a lower-case data phrase with its dataset's name in brackets binds the value to
that dataset; machine-translation task slots ("the WMT’14 English-French task") become datasets. Sentences invented."""

from __future__ import annotations

import pytest

from extract import results59 as R
from extract.pipeline import extract_papers
from extract.records import Mention, Paper
from extract.resolve import LocalEntity


def _results(monkeypatch, text, off=None):
    if off is None:
        monkeypatch.delenv("PAPERKG_RESULTS59", raising=False)
    else:
        monkeypatch.setenv("PAPERKG_RESULTS59", off)
    out = extract_papers([Paper(id="t", title="A Study", abstract=text)])[0]
    return {(r.value, r.dataset) for r in out.results}


def _added(text, entities=()):
    out = R.add_mt_slots59("A Study", text, list(entities))
    return {e.name: (e.type, sorted(e.aliases)) for e in out[len(entities):]}


BRACKET = ("We propose FogNet for detection in bad weather. FogNet reaches a mean average precision (mAP) of 52.6% on "
           "unseen real-world hazy dataset (ZORBFOG).")


def test_bracket_name_binds(monkeypatch):
    assert (52.6, "ZORBFOG") in _results(monkeypatch, BRACKET)
    for off in ("off", "0", "bracket-name"):
        got = _results(monkeypatch, BRACKET, off)
        assert (52.6, "ZORBFOG") not in got and (52.6, None) in got


def test_bracket_name_left_alone_without_bracket(monkeypatch):
    # "on real office scene dataset" with no bracket: still data the paper does not name
    text = ("We propose FogNet for detection. FogNet reaches 75.2% mAP on real office scene dataset, and 74.5% mAP "
            "on ZORBFOG.")
    got = _results(monkeypatch, text)
    assert (75.2, "ZORBFOG") not in got


def test_bracket_name_needs_the_whole_bracket(monkeypatch):
    # the bracket holds more than the name ("ZORBFOG and others"): not bound
    assert R.bracket_name59("on hazy dataset (ZORBFOG and QUUXFOG)", 15, [(17, 24, "ent")]) is None
    assert R.bracket_name59("on hazy dataset (ZORBFOG)", 15, [(17, 24, "ent")]) == "ent"


@pytest.mark.parametrize("text,name,aliases,campaign", [
    ("On the large WMT’14 English-Czech task, our model achieves 41.5 BLEU.", "WMT’14 English-Czech",
     ["WMT’14 English-Czech task"], "WMT’14"),
    ("Results on NIST Chinese-to-English translation task show a gain of 1.8 BLEU.", "NIST Chinese-to-English",
     ["NIST Chinese-to-English translation task"], "NIST"),
    ("We report 35.2 BLEU on IWSLT'17 De-En and 29.1 BLEU on WMT-16 En-Ro.", "IWSLT'17 De-En", [], "IWSLT'17"),
    ("Results on the IWSLT German-English task improve by 1.1 BLEU.", "IWSLT German-English",
     ["IWSLT German-English task"], "IWSLT"),
    ("We get 30.1 and 42.2 BLEU on the WMT’14 English-German and English-Czech, respectively.", "WMT’14 English-Czech",
     [], "WMT’14"),
    ("We report 29.1 BLEU on WMT-16 En-Ro.", "WMT-16 En-Ro", [], "WMT-16"),
])
def test_mt_slot_added(monkeypatch, text, name, aliases, campaign):
    monkeypatch.setenv("PAPERKG_RESULTS59", "on:mt-slot")
    got = _added(text)
    assert got[name][0] == "dataset" and set(aliases) <= set(got[name][1])
    assert campaign not in got[name][1]  # the campaign names every pair: never one slot's alias
    for off in ("off", "0", "mt-slot"):
        monkeypatch.setenv("PAPERKG_RESULTS59", off)
        assert _added(text) == {}


@pytest.mark.parametrize("text", [
    "We thank NIST for the data; the WMT organisers ran the evaluation.",  # the campaign alone
    "Our system ranked third at WMT 2019.",  # campaign and year with no pair or head: the step's own
    "The NIST metric and BLEU both improve by 2 points.",
    "On the IWSLT English-German/Czech tasks we improve by up to 2.7-6.7 BLEU.",  # several pairs: not one slot
])
def test_mt_slot_left_alone(monkeypatch, text):
    monkeypatch.setenv("PAPERKG_RESULTS59", "on:mt-slot")
    assert _added(text) == {}


def test_mt_slot_straight_apostrophe_alias(monkeypatch):
    monkeypatch.setenv("PAPERKG_RESULTS59", "on:mt-slot")
    got = _added("On the large WMT’14 English-Czech task, our model achieves 41.5 BLEU.")
    assert "WMT'14 English-Czech" in got["WMT’14 English-Czech"][1]


def test_mt_slot_not_over_a_found_dataset(monkeypatch):
    monkeypatch.setenv("PAPERKG_RESULTS59", "on:mt-slot")
    text = "On WMT 2016 English-Czech our model reaches 34.1 BLEU."
    start = text.index("WMT 2016")
    found = LocalEntity(name="WMT 2016", type="dataset", role="uses", aliases=[], family=None,
                        mentions=[Mention("WMT 2016", start, start + 8, 0, "rule:test")], entry=None)
    assert _added(text, [found]) == {}


def test_mt_slot_binds_the_result(monkeypatch):
    text = "We train on the Zorb corpus. On the large WMT’14 English-Czech task, our model achieves 41.5 BLEU."
    assert (41.5, "WMT’14 English-Czech") in _results(monkeypatch, text, "on:mt-slot")
    assert (41.5, "WMT’14 English-Czech") not in _results(monkeypatch, text)  # ships off


def test_mt_slot_ships_off(monkeypatch):
    monkeypatch.delenv("PAPERKG_RESULTS59", raising=False)
    assert _added("On the large WMT’14 English-Czech task, our model achieves 41.5 BLEU.") == {}
