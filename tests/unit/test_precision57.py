"""precision57 (session 43): pieces of a shared-task name (the campaign and year beside its task node, shared-task
words alone, the task's title after "Task <n>:") are dropped; real names in the same places stay."""

from extract import precision57 as P
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="benchmark", role="evaluates_on", field="abstract", nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    m = Mention(name, start, start + len(name), 0, "rule:test", field)
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=[m], entry=None)


def test_event_year():
    assert P.event_year57("SemEval 2021", ["SemEval-2021 Task 3", "BERT"])
    assert P.event_year57("CLEF'22", ["CLEF 2022 Track 2"]) is False  # a 2-digit year is not the 4-digit one
    assert P.event_year57("VarDial 2016", ["VarDial 2016 shared task"])
    assert P.event_year57("Hackathon2015", ["Hackathon2015-Task2"])
    # no task node: the campaign is the paper's only name of its benchmark
    assert not P.event_year57("WMT 2016", ["WMT 2016", "Transformer"])
    # a longer name that is no task ("WMT 2016 English-German")
    assert not P.event_year57("WMT 2016", ["WMT 2016 English-German"])
    # not a campaign and year
    assert not P.event_year57("ResNet 50", ["ResNet 50 Task"])
    assert not P.event_year57("Semantic Parsing 2021", ["Semantic Parsing 2021 Task 1"])


def test_generic_event():
    for n in ("Shared Task 2019", "Task C Phase A challenge", "Subtask B", "TASK", "Track 3"):
        assert P.generic_event57(n), n
    for n in ("TREC Track 3", "Shared Task on Emoji Prediction", "Phase 2", "Challenge Set", "2019"):
        assert not P.generic_event57(n), n


def test_task_title_drop_and_keep(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION57", raising=False)
    title = "Team X at SemEval-2021 Task 9: GraphFuse for Claim Checking"
    text = ("This paper describes our entry to SemEval-2021 Task 9: ClaimCheck, subtasks A and B. Our system "
            "GraphFuse fine-tunes RoBERTa.")
    task = _entity(title, "SemEval-2021 Task 9", field="title")
    cc = _entity(text, "ClaimCheck")
    gf_title = _entity(title, "GraphFuse", "method", "proposes", field="title")
    gf = _entity(text, "GraphFuse", "method", "proposes")
    gf.mentions.extend(gf_title.mentions)
    rob = _entity(text, "RoBERTa", "model", "uses")
    assert P.task_title57(title, text, cc)
    # the team's system after the colon in the title, and again in the abstract
    assert not P.task_title57(title, text, gf)
    assert P.drop_task_pieces57(title, text, [task, cc, gf, rob]) == [task, gf, rob]
    # no task node in the paper: the name after the colon stays
    assert P.drop_task_pieces57(title, text, [cc, gf, rob]) == [cc, gf, rob]


def test_task_title_in_title_needs_an_end():
    title = "Nova at SemEval-2021 Task 2: MixNet: An Ensemble for Lexical Complexity"
    mix = _entity(title, "MixNet", "method", "proposes", field="title")
    assert not P.task_title57(title, "An abstract.", mix)
    title2 = "Nova at SemEval-2021 Task 2: Lexical Complexity"
    lc = _entity(title2, "Lexical Complexity", "dataset", field="title")
    assert P.task_title57(title2, "An abstract.", lc)


def test_drop_all_parts_and_switch(monkeypatch):
    title = "Team Y at SemEval-2022 Task 4: Patronising Talk"
    text = "We took part in SemEval 2022 with a system for the Shared Task 2022 and use XLNet."
    task = _entity(title, "SemEval-2022 Task 4", field="title")
    ev = _entity(text, "SemEval 2022")
    gen = _entity(text, "Shared Task 2022", "method", "uses")
    xl = _entity(text, "XLNet", "model", "uses")
    monkeypatch.delenv("PAPERKG_PRECISION57", raising=False)
    assert P.drop_task_pieces57(title, text, [task, ev, gen, xl]) == [task, xl]
    monkeypatch.setenv("PAPERKG_PRECISION57", "off")
    assert P.drop_task_pieces57(title, text, [task, ev, gen, xl]) == [task, ev, gen, xl]
    monkeypatch.setenv("PAPERKG_PRECISION57", "event-year")
    assert P.drop_task_pieces57(title, text, [task, ev, gen, xl]) == [task, ev, xl]


def test_event_year_written_as_data_stays(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION57", raising=False)
    text = "Besides the CoNLL 2002 labelled training data we use the CoNLL-2002 shared task's test set."
    ev = _entity(text, "CoNLL 2002", "dataset", "uses")
    task = _entity(text, "CoNLL-2002 shared task")
    assert P.names_data57(None, text, ev)
    assert P.drop_task_pieces57(None, text, [ev, task]) == [ev, task]


def _pwc(text, phrase, name, role="uses"):
    e = _entity(text, phrase, "method", role)
    e.name = name
    e.mentions = [Mention(m.text, m.start, m.end, 0, "gazetteer:pwc-methods-2022", "abstract") for m in e.mentions]
    return e


def test_pwc_lowercase_is_off_by_default(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION57", raising=False)
    text = "We add visual attention to the decoder."
    va = _pwc(text, "visual attention", "Visual Attention")
    assert P.drop_task_pieces57(None, text, [va]) == [va]


def test_pwc_lowercase(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION57", "on:pwc-lowercase")
    text = ("We add visual attention and label smoothing to a U-net trained with Max Pooling layers, and "
            "a proposed cycle consistency loss.")
    va = _pwc(text, "visual attention", "Visual Attention")
    ls = _pwc(text, "label smoothing", "Label Smoothing")      # a confirmed lower-case name: stays
    un = _pwc(text, "U-net", "U-Net")                          # a capital: stays
    mp = _pwc(text, "Max Pooling", "Max Pooling")              # written with capitals: stays
    cc = _pwc(text, "cycle consistency loss", "Cycle Consistency Loss", role="proposes")  # proposed: stays
    assert P.pwc_lowercase57(va)
    for e in (ls, un, mp, cc):
        assert not P.pwc_lowercase57(e), e.name
    assert P.drop_task_pieces57(None, text, [va, ls, un, mp, cc]) == [ls, un, mp, cc]
    # one word is never enough; a mention from another rule keeps it
    t2 = "We use dropout and visual attention."
    dr = _pwc(t2, "dropout", "Dropout")
    va2 = _pwc(t2, "visual attention", "Visual Attention")
    va2.mentions.append(Mention("visual attention", 0, 16, 0, "rule:listed", "abstract"))
    assert not P.pwc_lowercase57(dr)
    t3 = "A pointer network decodes the spans."
    assert not P.pwc_lowercase57(_pwc(t3, "pointer network", "Pointer Network"))
    assert not P.pwc_lowercase57(va2)
