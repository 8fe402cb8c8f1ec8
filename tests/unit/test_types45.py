"""types45 (session 39): a tie in _canonical's weighted group type vote goes to the listed type, then to the type
the most typed members give, then to method (the default type) before task, model and the data types, instead of
the alphabetically first type."""

from collections import Counter

from paperkg.extract import canonical as C
from paperkg.extract.corpus import CorpusIndex
from paperkg.extract.records import Mention
from paperkg.extract.resolve import LocalEntity
from paperkg.extract.types45 import tie_choice45

INDEX = CorpusIndex()  # empty: no senses (a real one: compiled canonical checks its argument's class)


def _e(typ, long_form=None, rule="rule:appositive", entry=None):
    return LocalEntity("Textual Entailment", typ, "uses", [], None,
                       [Mention("Textual Entailment", 0, 18, 0, rule)], entry=entry, long_form=long_form)


def _type(monkeypatch, switch, es, keys=("own:textual entailment",)):
    monkeypatch.setenv("PAPERKG_TYPES45", switch)
    return C._canonical(list(keys), es, INDEX, set())[0].split(":")[0]


THREE_WAY = [_e("dataset"), _e("method", long_form="Textual Entailment"), _e("task", long_form="Textual Entailment")]


def test_three_way_tie_goes_to_method(monkeypatch):
    assert _type(monkeypatch, "on:tie-break", THREE_WAY) == "method"


def test_off_by_switch_and_default(monkeypatch):
    assert _type(monkeypatch, "off", THREE_WAY) == "dataset"  # the alphabetical choice, as before
    assert _type(monkeypatch, "", THREE_WAY) == "method"  # default-on (session 40, types46)


def test_no_tie_unchanged(monkeypatch):
    es = [_e("dataset"), _e("dataset"), _e("method", long_form="Textual Entailment")]
    assert _type(monkeypatch, "on:tie-break", es) == "dataset"


def test_tie_steps():
    # 1. the one listed type among the tied
    assert tie_choice45(Counter(method=3, benchmark=3), Counter(method=1, benchmark=1), {"method"}) == "method"
    # 0. a dataset/benchmark tie stays benchmark whatever the list says (one scored class; the use decides)
    assert tie_choice45(Counter(benchmark=3, dataset=3), Counter(benchmark=1, dataset=1), {"dataset"}) == "benchmark"
    # 2. the type more typed members give: bare method uses are no evidence ("PubMed" 6 bare vs 2 typed dataset)
    assert tie_choice45(Counter(dataset=6, method=6), Counter(dataset=2), set()) == "dataset"
    assert tie_choice45(Counter(task=6, method=6), Counter(task=1, method=2), set()) == "method"
    # 3. the order: method, task, model, benchmark, dataset, metric
    assert tie_choice45(Counter(task=3, dataset=3), Counter(task=1, dataset=1), set()) == "task"
    assert tie_choice45(Counter(benchmark=3, dataset=3), Counter(benchmark=1, dataset=1), set()) == "benchmark"
    # two listed tied types: no decision by the list
    assert tie_choice45(Counter(method=3, task=3), Counter(method=1, task=1), {"method", "task"}) == "method"


# session 40 (types46): the data guard
def _d(name, typ, rule="rule:appositive", long_form=None, text=None):
    return LocalEntity(name, typ, "uses", [], None, [Mention(text or name, 0, len(text or name), 0, rule)],
                       long_form=long_form)


def _type_of(monkeypatch, switch, es, key):
    monkeypatch.setenv("PAPERKG_TYPES45", switch)
    return C._canonical([key], es, INDEX, set())[0].split(":")[0]


KIND_WORD = [_d("Read Speech Corpus", "dataset"), _d("Read Speech Corpus", "method", long_form="Read Speech Corpus")]
DATA_USE = [_d("Tatoeba", "dataset", rule="rule:data-noun"), _d("Tatoeba", "model", rule="rule:appositive")]
VENUE_YEAR = [_d("BUCC 2017", "benchmark"), _d("BUCC 2017", "method", long_form="BUCC 2017")]


def test_data_guard_on(monkeypatch):
    on = "on:tie-break,data-guard"
    assert _type_of(monkeypatch, on, KIND_WORD, "own:read speech corpus") == "dataset"  # kind word in a form
    assert _type_of(monkeypatch, on, DATA_USE, "own:tatoeba") == "dataset"  # typed data from its context
    assert _type_of(monkeypatch, on, VENUE_YEAR, "own:bucc 2017") == "benchmark"  # a year after a venue name


def test_data_guard_off(monkeypatch):
    # the tie-break alone: method first (step 3); model before data
    assert _type_of(monkeypatch, "data-guard", KIND_WORD, "own:read speech corpus") == "method"
    assert _type_of(monkeypatch, "data-guard", DATA_USE, "own:tatoeba") == "model"
    assert _type_of(monkeypatch, "data-guard", VENUE_YEAR, "own:bucc 2017") == "method"


def test_data_guard_needs_evidence_and_order(monkeypatch):
    on = "on:tie-break,data-guard"
    # no kind word, the data member typed by a non-data rule: step 3 still decides (method)
    es = [_d("DLA", "dataset", rule="rule:appositive"), _d("DLA", "method", long_form="Deep Layer Aggregation")]
    assert _type_of(monkeypatch, on, es, "own:dla") == "method"
    # the guard before the list ("the Alpaca dataset", Alpaca a listed model); without evidence the list decides
    assert tie_choice45(Counter(model=3, dataset=3), Counter(model=1, dataset=1), {"model"}, True) == "dataset"
    assert tie_choice45(Counter(model=3, dataset=3), Counter(model=1, dataset=1), {"model"}, False) == "model"
    # the guard picks only a tied data type, benchmark before dataset
    assert tie_choice45(Counter(method=3, task=3), Counter(method=1, task=1), set(), True) == "method"
    assert tie_choice45(Counter(benchmark=3, dataset=3, method=3), Counter(), set(), True) == "benchmark"
    # a task among the tied: no guard ("a pseudo MWS dataset"); Textual Entailment's three-way tie stays method
    assert tie_choice45(Counter(task=3, dataset=3), Counter(task=1, dataset=1), set(), True) == "task"
    assert tie_choice45(Counter(task=3, dataset=3, method=3), Counter(task=1, dataset=1, method=1), set(), True) == "method"


def test_data_use_in_sentence(monkeypatch):
    from paperkg.extract.types45 import data_use46

    def used(text, name):
        i = text.index(name)
        return data_use46([Mention(name, i, i + len(name), 0, "rule:name-shape")], {"abstract": text})

    assert used("They also have better performance on HateCheck, a suite of tests.", "HateCheck")
    assert used("To overcome the limited robustness of Text2SQL datasets, we ...", "Text2SQL")
    assert used("retrieval of rare entities on the Ambiguous Entity Retrieval (AmbER) sets.", "Ambiguous Entity Retrieval")
    assert not used("We propose HateCheck, a suite of functional tests.", "HateCheck")
    assert not used("an implicit hitting set algorithm for subsets", "implicit hitting set")
    assert not used("We tackle offline policy evaluation (OPE) in RL.", "offline policy evaluation")
    # a member flagged so by the resolver is data evidence; the tie-break alone ignores it
    es = [_d("HateCheck", "benchmark", rule="rule:name-shape"), _d("HateCheck", "model", rule="rule:name-shape")]
    es[0].data_use46 = True
    assert _type_of(monkeypatch, "on:tie-break,data-guard", es, "own:hatecheck") == "benchmark"
    assert _type_of(monkeypatch, "data-guard", es, "own:hatecheck") == "model"
