"""A field of study is no method (session 43 merge: "biomedical NLP (BioNLP)" had become a method node of 18 papers
once the corpus type vote lost its task votes). Made-up sentences, not gold text."""

from paperkg.extract.canonical import canonicalise
from paperkg.extract.pipeline import extract_local_all
from paperkg.extract.records import Paper


def names(text: str) -> set[str]:
    out = canonicalise(extract_local_all([Paper("f", "A title", text)]))
    return {n for e in out[0].entities for n in [e.name, *e.aliases]}


def test_the_field_biomedical_nlp_is_no_node():
    got = names("Progress in biomedical NLP (BioNLP) is slow. We adapt BioBERT to BioNLP problems with little data.")
    assert not {"BioNLP", "biomedical NLP", "Biomedical NLP"} & got, got
    assert "BioBERT" in got


def test_a_bionlp_shared_task_stays_a_benchmark():
    out = canonicalise(extract_local_all([Paper("g", "A title",
        "We took part in the BioNLP Shared Task 2011 and rank second on the GENIA event extraction task.")]))
    assert any(e.name.startswith("BioNLP Shared Task") for e in out[0].entities), [e.name for e in out[0].entities]
