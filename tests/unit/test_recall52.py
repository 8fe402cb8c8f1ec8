"""recall52 (session 42): a long form cut before its bracketed acronym, grown to the acronym."""

from extract import recall52 as R
from extract.records import Mention
from extract.resolve import LocalEntity


def _ent(name, abstract, typ="method", rule="rule:proposal", entry=None, aliases=(), at=None):
    at = abstract.find(name) if at is None else at
    ms = [Mention(text=name, start=at, end=at + len(name), sentence=0, rule=rule)]
    return LocalEntity(name=name, type=typ, role="uses", aliases=list(aliases), family=None, mentions=ms, entry=entry)


def _names(ents):
    return [(e.name, sorted(e.aliases), sorted(m.text for m in e.mentions)) for e in ents]


def test_to_acronym_grows_a_cut_long_form_to_its_acronym():
    a = ("In this work, we propose an efficient Cross-modal Prompt Learning with Semantic enhancement method for "
         "Domain-robust fake news detection (CPLSD). CPLSD works.")
    ents = [_ent("Cross-modal Prompt Learning with Semantic", a), _ent("fake news detection", a, typ="task",
                                                                        rule="gazetteer:pwc")]
    out = _names(R.grow_to_acronyms52(None, a, ents))
    grown = "Cross-modal Prompt Learning with Semantic enhancement method for Domain-robust fake news detection"
    assert (grown, ["CPLSD"], [grown]) in out
    assert ("fake news detection", [], ["fake news detection"]) in out  # an inner name keeps its mention


def test_to_acronym_joins_the_acronym_and_the_cut_long_form_of_the_abbreviation_pass():
    a = ("In this paper, we propose a novel Attentional and Counterfactual based Natural Language Generation (AC-NLG) "
         "method. AC-NLG is good.")
    inner = "and Counterfactual based Natural Language Generation"
    ents = [_ent("Attentional", a),
            LocalEntity(name=inner, type="method", role="uses", aliases=["AC-NLG"], family=None, mentions=[
                Mention(inner, a.find(inner), a.find(inner) + len(inner), 0, "abbreviation"),
                Mention("AC-NLG", a.find("AC-NLG"), a.find("AC-NLG") + 6, 0, "abbreviation"),
                Mention("AC-NLG", a.rfind("AC-NLG"), a.rfind("AC-NLG") + 6, 1, "abbreviation")])]
    out = _names(R.grow_to_acronyms52(None, a, ents))
    grown = "Attentional " + inner
    assert out == [(grown, ["AC-NLG"], sorted([grown, "AC-NLG", "AC-NLG"]))]


def test_to_acronym_joins_an_acronym_entity_of_the_paper():
    a = "We present a framework, Document Vector through Corruption (Doc2VecC). Doc2VecC represents documents."
    ents = [_ent("Document Vector", a), _ent("Doc2VecC", a, rule="rule:name-shape", at=a.rfind("Doc2VecC"))]
    out = _names(R.grow_to_acronyms52(None, a, ents))
    grown = "Document Vector through Corruption"
    assert out == [(grown, ["Doc2VecC"], ["Doc2VecC", grown])]


def test_to_acronym_leaves_what_is_no_cut_long_form(monkeypatch):
    def same(a, name, **kw):
        return _names(R.grow_to_acronyms52(None, a, [_ent(name, a, **kw)])) == [(name, [], [name])]

    # the acronym is spelt by the name already
    assert same("We develop Actor Critic with Emphatic weightings (ACE) here.", "Actor Critic with Emphatic")
    # the added words do not spell the acronym
    assert same("We use Graph Networks on molecule data (QM9) here.", "Graph Networks")
    # a clause mark between the name and the bracket
    assert same("We use Deep Sets, trained on data (DSX) here.", "Deep Sets")
    # a word in brackets is no acronym
    assert same("We use Deep Sets for set data (Sets) here.", "Deep Sets")
    # a listed name or an abbreviation-pass long form keeps its span
    assert same("We use Deep Sets for set data (DSSD) here.", "Deep Sets", entry="method:deep-sets")
    assert same("We use Deep Sets for set data (DSSD) here.", "Deep Sets", rule="gazetteer:pwc")
    monkeypatch.setenv("PAPERKG_RECALL52", "off")
    a = "We propose Relative Exponential-weight algorithm for Exploration and Exploitation (REX3) here."
    assert same(a, "Relative Exponential-weight", rule="rule:named")
    monkeypatch.delenv("PAPERKG_RECALL52")
    assert not same(a, "Relative Exponential-weight", rule="rule:named")


def test_to_acronym_stops_at_a_clause_or_a_second_name_that_owns_the_acronym():
    def same(a, name):
        return _names(R.grow_to_acronyms52(None, a, [_ent(name, a)])) == [(name, [], [name])]

    assert same("We compare Group Normalization with Group Kalman Normalization (GKN) here.", "Group Normalization")
    assert same("We test Thai-H6 and Thai Cultural and Linguistic Intelligence Benchmark (ThaiCLI) here.", "Thai-H6")
    assert same("We derive Bayesian ABC and discuss its connection to Bayesian quadrature (BQ).", "Bayesian ABC")
    a = "We propose Effective and Efficient Dialog Comprehension (EDC) here."
    out = _names(R.grow_to_acronyms52(None, a, [_ent("Effective", a)]))
    assert out[0][0] == "Effective and Efficient Dialog Comprehension"
