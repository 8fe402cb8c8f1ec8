"""precision39 (session 34): data named without a kind word, shared-task team systems."""

from types import SimpleNamespace as NS

from extract import precision39 as P


def _at(text, name):
    start = text.index(name)
    return text, start, start + len(name)


def test_eval_on_reads_results_on_a_name():
    assert P.eval_on39(*_at("The approach achieves a performance gain of 16% on EVIMO2. EVIMO2 sequences", "EVIMO2"))
    assert P.eval_on39(*_at("the improvement is up to 10.69% on Food, 18.83% on KuaiRec, 22.41% on Yelp2018", "KuaiRec"))
    assert P.eval_on39(*_at("we obtain significant improvements on SQuAD2 and NQ, establishing", "SQuAD2"))
    assert P.eval_on39(*_at("achieves SOTA performance with good efficiency on VIPOSeg and previous VOS", "VIPOSeg"))


def test_eval_on_refusals():
    # a bare "performance", "results", experiments: problems, hardware and attacks are experimented on
    assert not P.eval_on39(*_at("To optimize MTL performance on RubikONNs, two", "RubikONNs"))
    assert not P.eval_on39(*_at("We give experimental results on the Jacobian-based Saliency Map Attack (JSMA) and",
                                "JSMA"))
    assert not P.eval_on39(*_at("Numerical experiments on PL-game and Wasserstein-GAN", "PL-game"))
    # a technique noun between the result and "on": a problem solved, a baseline
    assert not P.eval_on39(*_at("DD-LNS is competitive with the state-of-the-art MIP approach on DLSP. It", "DLSP"))
    # the name does not end its phrase ("KE benchmarks"), nor a list crossing a sentence stop
    assert not P.eval_on39(*_at("achieves state-of-the-art performance on KE benchmarks of link", "KE"))
    assert not P.eval_on39(*_at("yield a 29.79% score on AlpacaEval. However, our approach, SymNoise, increases",
                                "SymNoise"))
    assert not P.eval_on39(*_at("a 1.9% improvement over PixPro and", "PixPro"))


def test_data_list_and_modified():
    assert P.data_list39(*_at("on large retrieval databases, specifically ImageNET, GIST1M and SUN-attribute for",
                              "GIST1M"))
    assert P.data_list39(*_at("There are a few Korean wordnets such as U-WIN, KorLex, CoreNet, etc.", "KorLex"))
    assert not P.data_list39(*_at("we compare with the baselines, ImageNET, GIST1M and SUN", "GIST1M"))
    assert P.data_modified39(*_at("images from the CASIA-IrisV3 iris recognition data set, and", "CASIA-IrisV3"))
    assert not P.data_modified39(*_at("However, OE learns a deterministic knowledge base, which", "OE"))
    assert not P.data_modified39(*_at("the X annotated training corpus.", "X"))  # a participle: X-annotated


def _mention(text, name, field="abstract", rule="rule:name-shape"):
    start = text.index(name)
    return NS(field=field, start=start, end=start + len(name), rule=rule)


def _paper(pid, abstract, title=""):
    return NS(id=pid, abstract=abstract, title=title)


def test_retype_data_groups(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION39", raising=False)
    a = "Our tracker gives a performance gain of 16% on EVIMO2. It is fast."
    b = "We use EVIMO2 event sequences."
    c = "We propose EVO, a method. EVO is fast; a 5% gain on EVO."
    d = "Results: 9.10% on BERT, and 8.71% on HateBERT."
    pa, pb, pc, pd = _paper("a", a), _paper("b", b), _paper("c", c), _paper("d", d)
    ea = NS(name="EVIMO2", role="uses", entry=None, mentions=[_mention(a, "EVIMO2")])
    eb = NS(name="EVIMO2", role="uses", entry=None, mentions=[_mention(b, "EVIMO2")])
    ec = NS(name="EVO", role="proposes", entry=None, mentions=[_mention(c, "EVO")])
    ed = NS(name="HateBERT", role="uses", entry=None, mentions=[_mention(d, "HateBERT")])
    results = [NS(paper=p) for p in (pa, pb, pc, pd)]
    keyed = [[(ea, "k1")], [(eb, "k1")], [(ec, "k2")], [(ed, "k3")]]
    groups = {"k1": [ea, eb], "k2": [ec], "k3": [ed]}
    canon = {"k1": ("method:evimo2", "EVIMO2", None, None), "k2": ("method:evo", "EVO", None, None),
             "k3": ("model:hatebert", "HateBERT", None, None)}
    done = P.retype_data39(results, keyed, groups, canon)
    assert canon["k1"][0] == "dataset:evimo2"  # one paper of two writes a result on it
    assert canon["k2"][0] == "method:evo"  # proposed by its paper
    assert canon["k3"][0] == "model:hatebert"  # a model's name
    assert [r for r, _ in done] == ["k1"]
    canon["k1"] = ("method:evimo2", "EVIMO2", None, None)
    ea.entry = "listed"
    P.retype_data39(results, keyed, groups, canon)
    assert canon["k1"][0] == "method:evimo2"  # a list gives it
    ea.entry = None
    canon["k1"] = ("method:evimo2", "evimo2", None, None)  # a lower-case phrase: a topic, no coined data name
    P.retype_data39(results, keyed, groups, canon)
    assert canon["k1"][0] == "method:evimo2"
    canon["k1"] = ("method:evimo2", "EVIMO2", None, None)
    monkeypatch.setenv("PAPERKG_PRECISION39", "eval-on")
    P.retype_data39(results, keyed, groups, canon)
    assert canon["k1"][0] == "method:evimo2"


def _entity(text, name, field="abstract", typ="method", rule="rule:name-shape"):
    return NS(name=name, type=typ, role="uses", entry=None, mentions=[_mention(text, name, field, rule)])


def test_team_word_dropped(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION39", raising=False)
    fr = "Cet article décrit les systèmes développés par l’équipe LinkMedia de l’IRISA pour la campagne DeFT 2018."
    assert P.drop_teams39("", fr, [_entity(fr, "LinkMedia")]) == []
    no_campaign = "Ce travail est développé au sein de l’équipe ATOLL pour les grammaires d’arbres adjoints."
    assert len(P.drop_teams39("", no_campaign, [_entity(no_campaign, "ATOLL")])) == 1
    # team-system is off by default: a participant's system name is a right node as often as a team's
    title = "The AIP-Tohoku System at the BEA-2019 Shared Task"
    assert len(P.drop_teams39(title, "", [_entity(title, "AIP-Tohoku", "title")])) == 1
    monkeypatch.setenv("PAPERKG_PRECISION39", "team-word")
    assert len(P.drop_teams39("", fr, [_entity(fr, "LinkMedia")])) == 1


def test_team_systems_dropped(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION39", "on:team-system")
    title = "The AIP-Tohoku System at the BEA-2019 Shared Task"
    abstract = "We introduce the AIP-Tohoku grammatical error correction system. It uses BERT."
    kept = _entity(abstract, "BERT")
    out = P.drop_teams39(title, abstract, [_entity(title, "AIP-Tohoku", "title"), kept])
    assert out == [kept]
    fr = "Cet article décrit les systèmes développés par l’équipe LinkMedia de l’IRISA pour la campagne DeFT 2018."
    assert P.drop_teams39("", fr, [_entity(fr, "LinkMedia")]) == []
    at = "This paper describes the IRlab@IIT-BHU system for the SemEval-2020 OffensEval task."
    assert P.drop_teams39("", at, [_entity(at, "IRlab")]) == []


def test_team_refusals(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION39", "on:team-system")
    # no campaign in the paper: a system is a system
    plain = "We present the Zorbix system for the segmentation of retinal images."
    assert len(P.drop_teams39("", plain, [_entity(plain, "Zorbix")])) == 1
    # "@" with no named campaign: a method's name ("Pic@Point"), though the paper says "challenge"
    pic = "We present Pic@Point, a method for the challenge of cross-modal learning."
    assert len(P.drop_teams39("", pic, [_entity(pic, "Pic")])) == 1
    # a listed name is left
    listed = "the BERT system for the SemEval 2019 Task 6."
    assert len(P.drop_teams39("", listed, [_entity(listed, "BERT", rule="gazetteer:curated")])) == 1
    # switched off
    title = "The AIP-Tohoku System at the BEA-2019 Shared Task"
    monkeypatch.delenv("PAPERKG_PRECISION39")
    assert len(P.drop_teams39(title, "", [_entity(title, "AIP-Tohoku", "title")])) == 1


def test_switch_parts(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION39", raising=False)
    assert P._precision_off39() == frozenset({"data-modified", "team-system"})
    monkeypatch.setenv("PAPERKG_PRECISION39", "on:data-modified")
    assert P._precision_off39() == frozenset({"team-system"})
    monkeypatch.setenv("PAPERKG_PRECISION39", "off")
    assert P._precision_off39() == frozenset(P.PRECISION_RULES39)


def test_setting_noun(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION39", raising=False)
    assert P.setting_noun39(*_at("an approach to deal with the MS-OSDA setup. Precisely", "MS-OSDA"))
    assert P.setting_noun39(*_at("we explore task-imbalanced continual learning (TICL) scenarios where",
                                 "task-imbalanced continual learning"))
    assert not P.setting_noun39(*_at("embeddings, with NEFTune (Jain et al., 2024) setting benchmarks", "NEFTune"))
    assert not P.setting_noun39(*_at("the X setting-specific loss", "X"))
    a = "Moreover, in the Window-SVO setting, we propose a novel method."
    b = "Window-SVO is a powerful technique for tracking."
    c = "We study the restless bandit network (RBN) setting."
    pa, pb, pc = _paper("a", a), _paper("b", b), _paper("c", c)
    ea = NS(name="Window-SVO", role="uses", entry=None, mentions=[_mention(a, "Window-SVO")])
    eb = NS(name="Window-SVO", role="uses", entry=None, mentions=[_mention(b, "Window-SVO")])
    ec = NS(name="restless bandit network", role="uses", entry=None, mentions=[_mention(c, "restless bandit network")])
    results = [NS(paper=p) for p in (pa, pb, pc)]
    keyed = [[(ea, "k1")], [], [(ec, "k3")]]
    canon = {"k1": ("method:window-svo", "Window-SVO", None, None),
             "k3": ("method:restless-bandit-network", "restless bandit network", None, None)}
    P.retype_settings39(results, keyed, {"k1": [ea], "k3": [ec]}, canon)
    assert canon["k1"][0] == "task:window-svo"
    assert canon["k3"][0] == "method:restless-bandit-network"  # a network's name: a model's head
    keyed[1] = [(eb, "k1")]
    canon["k1"] = ("method:window-svo", "Window-SVO", None, None)
    P.retype_settings39(results, keyed, {"k1": [ea, eb], "k3": [ec]}, canon)
    assert canon["k1"][0] == "method:window-svo"  # another paper writes it as a technique


def test_eval_on_refuses_a_network_name(monkeypatch):
    # quantization/pruning papers report results "on" the network they compress: it stays a method (lead, session 34)
    monkeypatch.delenv("PAPERKG_PRECISION39", raising=False)
    for name in ("ResNet-18", "MobileNetV2", "U-Net"):
        text = f"RAPQ reaches accuracy of 65% on {name}. It is fast."
        assert P.eval_on39(*_at(text, name))  # the cue holds; the group test refuses it
        e = NS(name=name, role="uses", entry=None, mentions=[_mention(text, name)])
        canon = {"k": ("method:x", name, None, None)}
        P.retype_data39([NS(paper=_paper("a", text))], [[(e, "k")]], {"k": [e]}, canon)
        assert canon["k"][0] == "method:x", name
    text = "RAPQ reaches accuracy of 65% on EVIMO2. It is fast."  # the same sentence on a data name
    e = NS(name="EVIMO2", role="uses", entry=None, mentions=[_mention(text, "EVIMO2")])
    canon = {"k": ("method:x", "EVIMO2", None, None)}
    P.retype_data39([NS(paper=_paper("a", text))], [[(e, "k")]], {"k": [e]}, canon)
    assert canon["k"][0] == "dataset:x"
