"""The extraction pipeline end to end: types, roles, evidence, canonicalisation, the JSONL contract."""

import json

import pytest

from paperkg.cli import main
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import ENTITY_TYPES, ROLES, ExtractedPaper, Paper


def by_name(paper: ExtractedPaper) -> dict:
    return {e.name: e for e in paper.entities}


@pytest.fixture(scope="module")
def corpus():
    papers = [
        Paper("p1", "ZipAlign: Cheap Alignment", "We propose ZipAlign, a novel framework that outperforms "
              "Direct Preference Optimization (DPO) on MT-Bench and AlpacaEval 2.0 with Llama-2-7B-chat. "
              "Code: https://github.com/x/zipalign."),
        Paper("p2", None, "We revisit DPO and proximal policy optimization (PPO). Experiments on MMLU with GPT-4."),
        Paper("p3", None, "Adversarial Preference Optimization (APO) is proposed. APO works."),
        Paper("p4", None, "We study Accelerated Preference Optimization (APO). APO is fast."),
    ]
    return extract_papers(papers)


def test_types_roles_and_family(corpus):
    p1 = by_name(corpus[0])
    assert p1["ZipAlign"].type == "method" and p1["ZipAlign"].role == "proposes"
    assert p1["Direct Preference Optimization"].aliases == ["DPO"]
    assert p1["Direct Preference Optimization"].role == "compares_with"
    assert p1["MT-Bench"].type == "benchmark" and p1["MT-Bench"].role == "evaluates_on"
    llama = p1["Llama-2-7B-chat"]
    assert llama.type == "model" and llama.family == "Llama"
    assert corpus[0].code == ["https://github.com/x/zipalign"]


def test_acronym_alone_joins_its_long_form_across_the_corpus(corpus):
    ids1 = {e.id for e in corpus[0].entities}
    ids2 = {e.id for e in corpus[1].entities}
    dpo = "method:direct-preference-optimization"
    assert dpo in ids1 and dpo in ids2
    assert "method:proximal-policy-optimization" in ids2


def test_ambiguous_acronym_stays_apart(corpus):
    apo3 = [e.id for e in corpus[2].entities]
    apo4 = [e.id for e in corpus[3].entities]
    assert apo3 == ["method:adversarial-preference-optimization"]
    assert apo4 == ["method:accelerated-preference-optimization"]


def test_every_mention_is_evidence_in_the_text(corpus):
    for paper in corpus:
        for e in paper.entities:
            assert e.mentions
            for m in e.mentions:
                source = paper.title if m.field == "title" else paper.abstract
                assert source[m.start : m.end] == m.text
                assert m.rule and m.sentence >= 0


def test_jsonl_contract(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("We propose FooNet, a method evaluated on GSM8K against GPT-4 (https://github.com/a/b).\n")
    out = tmp_path / "papers.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert set(row) >= {"id", "title", "abstract", "entities", "code"}
    assert row["code"] == ["https://github.com/a/b"]
    assert row["entities"], row
    for e in row["entities"]:
        assert set(e) == {"id", "name", "type", "aliases", "role", "family", "mentions"}
        assert e["type"] in ENTITY_TYPES and e["role"] in ROLES
        assert e["id"].startswith(e["type"] + ":")
        for m in e["mentions"]:
            assert set(m) >= {"text", "start", "end", "sentence", "rule"}
            assert row["abstract"][m["start"] : m["end"]] == m["text"]
    names = {e["name"]: e for e in row["entities"]}
    assert names["FooNet"]["role"] == "proposes"
    assert names["GSM8K"]["type"] == "benchmark"
    assert ExtractedPaper.from_dict(row).to_dict() == row


def test_parallel_output_equals_single_process():
    papers = [Paper(f"id{i}", None, f"We propose Net{i}X, evaluated on MMLU and GSM8K with DPO and GPT-4.") for i in range(40)]
    one = [p.to_dict() for p in extract_papers(papers, n_process=1)]
    two = [p.to_dict() for p in extract_papers(papers, n_process=2, chunk_size=10)]
    assert one == two


def test_output_is_never_half_written(tmp_path):
    from paperkg.cli.extract_cmds import write_jsonl_atomic

    out = tmp_path / "papers.jsonl"
    out.write_text("previous run\n")

    def records():
        yield ExtractedPaper("a", None, "text")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_jsonl_atomic(records(), str(out))
    assert out.read_text() == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["papers.jsonl"]


def test_each_component_runs_over_a_batch_before_the_next_with_the_same_output(monkeypatch):
    """extract_local runs each component over a batch's docs (abstracts and titles) in turn (CPU caches stay
    warm: session 16); per paper that gives what one doc at a time gives."""
    from paperkg.extract import pipeline

    nlp, resolver = pipeline._worker_state()
    calls = []

    def recorded(name, proc):
        def run(doc):
            calls.append(name)
            return proc(doc)
        return run

    class Recorded:  # the same pipeline, each component call written down
        pipeline = [(name, recorded(name, proc)) for name, proc in nlp.pipeline]

        @staticmethod
        def make_doc(text):
            return nlp.make_doc(text)

    monkeypatch.setattr(pipeline, "_worker_state", lambda: (Recorded, resolver))
    papers = [Paper("b1", "QuillNet: Sparse Routing", "We propose QuillNet, a sparse router. It beats BERT on SQuAD."),
              Paper("b2", None, "Graph attention networks (GATs) are evaluated on Cora and Citeseer."),
              Paper("b3", "A study", "We compare LSTM and the Transformer on WMT14 English-German.")]
    names = [name for name, _ in nlp.pipeline]
    batched = pipeline.extract_local(papers)
    assert calls == [name for name in names for _ in range(2 * len(papers))]  # one component at a time
    calls.clear()
    one_at_a_time = pipeline.extract_local(papers, batch_size=1)
    assert calls == [name for _ in papers for name in names for _ in range(2)]
    assert batched == one_at_a_time
    assert any(e.name == "QuillNet" for e in batched[0].entities)


def test_each_text_of_a_batch_is_scanned_for_name_words_once():
    # session 17: the context rules scan the batch's texts, the mined lexicon reads the same scans after them
    from paperkg.extract import rules
    from paperkg.extract.pipeline import extract_local

    papers = [Paper(f"s{i}", f"QuuxNet {i}: Fast Zorbing", f"We propose QuuxNet-{i}, trained on ZorbSet {i} with "
                    f"Frobnicated Attention (FA). QuuxNet-{i} beats FA-{i}.") for i in range(5)]
    extract_local(papers)  # the pipeline built and warm
    rules.name_word_spans.cache_clear()
    extract_local(papers)
    assert rules.name_word_spans.cache_info().misses == 10  # five abstracts and five titles
