"""Session 19's speed-ups keep what they replace (docs/history/speed.md "Extraction speed (session 19)")."""

from paperkg.extract.corpus import ConfirmedNames
from paperkg.extract.pipeline import _worker_state


def _doc(nlp, text):
    doc = nlp.make_doc(text)
    doc.user_data["paperkg_title"] = None
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_definitions_of_a_doc_are_made_once_and_stay_the_same():
    nlp, resolver = _worker_state()
    doc = _doc(nlp, "We train a Quillon Gradient Mixer (QGM) on toy data. The QGM beats the rest.")
    first = resolver.definition_spans(doc)
    assert [(l.text, s.text) for l, s in first] == [("Quillon Gradient Mixer", "QGM")]
    assert resolver.definition_spans(doc) is first  # the pipeline's second ask reads the resolver's list


def test_confirmed_names_found_only_at_a_free_word_start():
    names = ConfirmedNames({"Quillon Net": "k1", "Quillon": "k2", "Brisk-7": "k3"})
    text = "Quillon Net helps; x-Quillon Net not; so does Quillon, and Brisk-7 too, but not Brisk-70 or aQuillon."
    got = [(text[s:e], key) for s, e, _, key in names.find(text, [])]
    assert got == [("Quillon Net", "k1"), ("Quillon", "k2"), ("Brisk-7", "k3")]
    # a span the paper took already keeps its reading
    assert [h[2] for h in names.find(text, [(0, 7)])] == ["Quillon", "Brisk-7"]
