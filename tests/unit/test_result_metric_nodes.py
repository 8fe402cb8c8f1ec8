"""A result's metric joins the listed Metric node that a spelling of it names, whatever the paper order."""

from paperkg.extract.records import Entity, ExtractedPaper, Mention, Result
from paperkg.graph import incremental, schema
from paperkg.graph.build import build_graph, result_metric_node

A_TEXT = "Our regressor reaches an MSE of 0.42 on the housing data."
B_TEXT = "We minimise the mean squared error of the predicted prices."


def _paper_with_result() -> ExtractedPaper:
    start = A_TEXT.index("0.42")
    res = Result(0.42, "0.42", None, "MSE", "MSE", "lower", "exact", False, None, None, None, None, None, 0,
                 start, start + 4, "test")
    return ExtractedPaper("a", None, A_TEXT, results=[res])


def _paper_naming_the_metric() -> ExtractedPaper:
    s = B_TEXT.index("mean squared error")
    ent = Entity("metric:mean-squared-error", "mean squared error", "metric",
                 mentions=[Mention("mean squared error", s, s + 18, 0, "gazetteer")])
    return ExtractedPaper("b", None, B_TEXT, entities=[ent])


def _metric_nodes(G) -> dict[str, tuple[str, list[str]]]:
    return {d["key"]: (d["name"], d["aliases"]) for _, d in G.nodes(data=True) if d["label"] == schema.METRIC.label}


def test_a_short_metric_joins_its_listed_long_form():
    assert result_metric_node("MSE")[0] == "metric:mean-squared-error"
    assert result_metric_node("SacreBLEU")[0] == "metric:bleu"  # the list holds it as a spelling of BLEU
    # Kin short forms the lexicon groups (SDRi under SI-SDR) are not spellings of the metric itself.
    assert result_metric_node("SI-SDR")[0] == "metric:si-sdr"


def test_one_metric_node_in_either_paper_order_named_by_the_entity():
    for papers in ([_paper_with_result(), _paper_naming_the_metric()],
                   [_paper_naming_the_metric(), _paper_with_result()]):
        G = build_graph(papers)
        nodes = _metric_nodes(G)
        assert nodes == {"metric:mean-squared-error": ("mean squared error", [])}
        assert not any(k.startswith("_") for _, d in G.nodes(data=True) for k in d)
        rows, _ = incremental.node_rows(papers, {p.id: [r.metric for r in p.results] for p in papers})
        assert rows[schema.METRIC.label] == {"metric:mean-squared-error": {
            "key": "metric:mean-squared-error", "name": "mean squared error", "aliases": []}}


def test_a_result_alone_makes_the_listed_node_under_its_listed_name():
    G = build_graph([_paper_with_result()])
    assert _metric_nodes(G) == {"metric:mean-squared-error": ("Mean Squared Error", [])}
