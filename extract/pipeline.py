"""The extraction pipeline: spaCy components on spacy.blank("en"), then corpus-wide canonicalisation.

    nlp = build_nlp()                      # sentencizer, abbreviations, gazetteer, context rules
    papers = extract_papers(read_corpus(paths).papers, n_process=2)

``extract_local`` is the per-paper map step (pure, parallel); ``canonicalise`` the corpus-wide reduce
step. Multiprocessing and Dask both run the map step in workers and the reduce step once.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

import spacy
from spacy.language import Language

from . import abbreviations, gazetteer, rules, sentences  # noqa: F401  (registers the component factories)
from .affixes import fast_affix_search
from .candidates import candidate_entities
from .canonical import LocalResult, canonicalise
from .lexemes import keep_read_attrs
from .lexicon_lower import lower_entities
from .lexicon_mined import mined_entities
from .recall42 import corpus_entities42  # recall42 (session 37)
from .recall44 import lower_entities44  # recall44 (session 38)
from .recall45 import lower_entities45  # recall45 (session 39)
from .recall48 import coined_entities48  # recall48 (session 40)
from .recall55 import recall_entities55  # session 44 (recall55)
from .memo import fixed_environment
from .name_tagger import tag as tag_names
from .precision24 import cut_mentions24
from .precision25 import cut_mentions25
from .precision26 import cut_mentions26
from .precision27 import retype_mentions27
from .precision28 import cut_definitions28, cut_entities28
from .precision29 import retype_mentions29
from .precision30 import retype_mentions30
from .precision31 import retype_mentions31
from .precision32 import retype_mentions32
from .precision35 import drop_title_phrases35
from .precision36 import retype_mentions36
from .precision38 import retype_kinds38
from .precision39 import drop_teams39  # session 34 (precision39)
from .precision40 import drop_software40  # session 35 (precision40)
from .types41 import retype_data41  # session 36 (types41)
from .types43 import retype_techniques43  # session 38 (types43)
from .types44 import retype_kinds44  # session 39 (types44)
from .types47 import retype_kinds47  # session 40 (types47)
from .precision50 import retype_named50  # session 41 (precision50)
from .types48 import retype_techniques48  # session 41 (types48)
from .types49 import retype_heads49  # session 42 (types49)
from .types50 import retype_resources50  # session 43 (types50)
from .precision41 import drop_idioms41  # session 36 (precision41)
from .precision42 import grow_left_cuts42  # session 37 (precision42)
from .recall50 import grow_title_heads50  # session 41 (recall50)
from .recall52 import grow_to_acronyms52  # session 42 (recall52)
from .precision43 import drop_non_entities43  # session 38 (precision43)
from .precision46 import drop_non_entities46  # session 39 (precision46)
from .precision47 import cut_spans47  # session 39 (precision47)
from .precision48 import drop_non_entities48  # session 40 (precision48)
from .precision51 import drop_non_entities51  # session 41 (precision51)
from .precision52 import drop_non_entities52  # session 41 (precision52)
from .precision53 import drop_non_names53  # session 42 (precision53)
from .precision54 import drop_non_entities54  # session 42 (precision54)
from .hubs48 import drop_platform_shorts48  # session 47 (hubs48)
from .precision56 import cut_spans56  # session 43 (precision56)
from .precision57 import drop_task_pieces57  # session 43 (precision57)
from .precision58 import cut_spans58  # session 44 (precision58)
from .precision59 import cut_heads59  # session 45 (precision59)
from .precision60 import strip_quotes60  # session 45 (precision60)
from .precision61 import drop_spans61  # session 46 (precision61)
from .precision62 import drop_software62  # session 47 (precision62)
from .precision63 import drop_words63  # session 48 (precision63)
from .precision64 import drop_pieces64  # session 49 (precision64)
from .learn65 import drop_doubted65  # session 50 (learn65)
from .types51 import retype_methods51  # session 43 (types51)
from .types52 import retype_evaluation52  # session 44 (types52)
from .types53 import retype_new_tasks53  # session 45 (types53)
from .types54 import retype_roles54  # session 46 (types54)
from .types55 import retype_distant55  # session 47 (types55)
from .types56 import retype_resources56  # session 48 (types56)
from .types57 import retype_variants57  # session 49 (types57)
from .recall56 import grow_pairs56  # session 44 (recall56)
from .recall57 import add_title_names57  # session 45 (recall57)
from .recall58 import add_scored_data58  # session 45 (recall58)
from .recall59 import add_data_siblings59  # session 47 (recall59)
from .recall60 import add_agent_heads60  # session 48 (recall60)
from .recall62 import add_sense_followers62  # session 50 (recall62)
from .results58 import add_data_names58  # session 46 (results58)
from .results59 import add_mt_slots59  # session 47 (results59)
from .results60 import retype_scored60  # session 48 (results60)
from .precision44 import retype_tasks44  # session 38 (precision44)
from .records import ExtractedPaper, Paper
from .results import attach_results
from .resolve import PaperResolver
from .sentences import sentence_bounds, span_text
from .urls import find_urls

PIPE_NAMES = ("paperkg_sentences", "paperkg_abbreviations", "paperkg_gazetteer", "paperkg_context_rules")


def build_nlp() -> Language:
    """A blank English pipeline with paperkg's components; no trained model, nothing downloaded."""
    nlp = spacy.blank("en")
    keep_read_attrs(nlp.vocab)  # before the gazetteer tokenizes anything
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE  # the same tokens (the cache holds what the rules gave), sooner
    fast_affix_search(nlp.tokenizer)  # the same affixes, trying only the alternatives that can match (affixes.py)
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    return nlp


# Chunks (white-space-separated strings) whose tokens the tokenizer keeps. spaCy's default, 10,000, is full after
# ~300 abstracts; from then on a chunk not kept was cut by the prefix, suffix and infix regexes again each time it
# came: tokenizing 20,000 abstracts took 12.6 s CPU, 7.3 s with this cache (139,127 distinct chunks, +11 MB).
TOKENIZER_CACHE = 1_000_000


@lru_cache(maxsize=1)
def _worker_state() -> tuple[Language, PaperResolver]:
    nlp = build_nlp()
    return nlp, PaperResolver(nlp)


@fixed_environment()  # the ablation switches read once a batch, not ~10 times a paper (memo.py)
def extract_local(papers: Sequence[Paper], batch_size: int = 64) -> list[LocalResult]:
    """Per-paper extraction (the map step): entities as seen in each paper, and its URLs.

    The papers go through in batches of ``batch_size``: each component runs over the batch's docs (the abstracts,
    then the titles) before the next one starts, so its code and tables stay in the processor's caches: doc by doc,
    the per-paper step took 1.2-1.4x the CPU time (docs/history/speed.md "Extraction speed (session 16)"). Each doc gets the same
    output either way (a component reads only its doc). Each doc goes through the components directly, as
    ``nlp.pipe`` would take it: the generators and error handlers of ``nlp.pipe`` cost about 1 % of extraction.
    """
    nlp, resolver = _worker_state()
    procs = [proc for _, proc in nlp.pipeline]
    out: list[LocalResult] = []
    for batch in _chunks(papers, max(1, batch_size)):
        docs = []
        for paper in batch:
            # The title rides along in user_data so the rules can see names it shares with the abstract.
            doc = nlp.make_doc(paper.abstract)
            doc.user_data["paperkg_title"] = paper.title
            doc.user_data["paperkg_text"] = paper.abstract  # == doc.text, without rebuilding it
            doc.user_data[sentences.BOUNDS_ONLY] = True  # only the character bounds are read here, not the tokens' flags
            docs.append(doc)
        for paper in batch:  # the titles after the abstracts: each kind takes its own paths through the rules
            # Titles through the same pipeline, flagged so the rules look for a leading name ("ZIP-FIT: ...").
            tdoc = nlp.make_doc(paper.title or "")
            tdoc.user_data["paperkg_is_title"] = True
            tdoc.user_data["paperkg_text"] = paper.title or ""
            tdoc.user_data[sentences.BOUNDS_ONLY] = True
            docs.append(tdoc)
        for proc in procs:
            docs = [proc(doc) for doc in docs]
        for k, paper in enumerate(batch):
            out.append(_paper_result(resolver, paper, docs[k], docs[len(batch) + k]))
    return out


def _paper_result(resolver: PaperResolver, paper: Paper, doc, tdoc) -> LocalResult:
    """One paper's entities from its abstract's and title's docs, after the components."""
    entities = resolver.resolve(doc, tdoc if paper.title else None)
    sentences = sentence_bounds(doc)
    # Every definition, also those typing dropped ("deep neural network (DNN)"): the corpus pass
    # needs all senses of a short form to know when it is ambiguous.
    # A free phrase before a listed name ("... pretraining (BERT)") is no definition, here as in resolve.
    definitions = [(span_text(s), span_text(l)) for l, s in resolver.definition_spans(doc)]
    # Names the corpus confirmed elsewhere, named here without a cue (data/mined_names.tsv); a short form
    # the paper defines means what the paper says, also where typing dropped it.
    entities += mined_entities(paper.title, paper.abstract, entities, sentences, definitions)
    # Lower-case technique names the corpus confirmed elsewhere (data/lower_names.tsv; off unless switched on).
    entities += lower_entities(paper.abstract, entities, sentences)
    # recall42: multi-word names the corpus writes as names elsewhere (data/corpus_names42.tsv; PAPERKG_RECALL42).
    entities += corpus_entities42(paper.abstract, entities, sentences)
    # recall44: lower-case technique names 2+ corpus papers define with an acronym (data/lower_names44.tsv).
    entities += lower_entities44(paper.abstract, entities, sentences)
    # recall45: lower-case technique names 3+ corpus papers use bare after a technique cue (data/lower_names45.tsv).
    entities += lower_entities45(paper.abstract, entities, sentences)
    # recall48: the paper's own coined name in a shape that says so ("X: ..." title, "called X"; PAPERKG_RECALL48).
    entities += coined_entities48(paper.title, paper.abstract, entities, sentences)
    # recall55: the coined name a title opens with and calls a technique ("X: A Hybrid Framework for ..."), where
    # the abstract never writes it; a several-word name after "called"/"we call", quoted or with its acronym.
    entities += recall_entities55(paper.title, paper.abstract, entities, sentences)
    # Name-shaped spans the rules left, kept by a learned classifier (candidates.py; session 11).
    entities += candidate_entities(paper.title, paper.abstract, entities, sentences, definitions)
    # Names the rules gave that a tagger trained on the gold sets doubts dropped, spans it trusts added (session 15).
    entities = tag_names(paper.title, paper.abstract, entities, sentences, definitions)
    # Mentions that cite an author ("Brown et al.") or are cut from a compound ("non-linear regression"; session 24).
    entities = cut_mentions24(paper.title, paper.abstract, entities)
    # Spans glued across a sentence end or cut at a hyphen, matrices, number formats, lab technologies (round two).
    entities = cut_mentions25(paper.title, paper.abstract, entities)
    # Two things joined by a slash, a word cut from an upper-case run or before a formula, a research group; a
    # method named in apposition to a data noun becomes a dataset (session 25).
    entities = cut_mentions26(paper.title, paper.abstract, entities)
    # A method named like data, before a data noun or in a list of datasets, becomes a dataset (session 25, two).
    entities = retype_mentions27(paper.title, paper.abstract, entities)
    # A name the paper defines as software or a project, or uses only as a project, is no entity (session 26).
    kept = cut_entities28(paper.title, paper.abstract, entities)
    definitions, entities = cut_definitions28(definitions, entities, kept), kept
    # A method written as a metric or as a task's subject, a task named like a model, retyped (session 26).
    entities = retype_mentions29(paper.title, paper.abstract, entities)
    # A method defined as data or as a new task retyped, a name glued to the next word dropped (session 27).
    entities = retype_mentions30(paper.title, paper.abstract, entities)
    # A data name defined as a technique, a method named as a setting or by its data, complexity classes (session 28).
    entities = retype_mentions31(paper.title, paper.abstract, entities)
    # Lexical resources named as methods, glued clauses, citation keys, end-to-end definitions (session 29).
    entities = retype_mentions32(paper.title, paper.abstract, entities)
    # precision36: a slash pair of two names split, a trailing function word or participle trimmed, a title's
    # question before a name dropped (session 32). Before precision35, which would drop the whole "...? NAME".
    entities = retype_mentions36(paper.title, paper.abstract, entities)
    # Title phrases the abstract never uses as a name: "Construct Efficient MCMC", "Life after BERT" (session 32).
    entities = drop_title_phrases35(paper.title, paper.abstract, entities)
    # precision38: the text's own kind noun types a name ("SEAM, a benchmark", "the metric PoLDP") or drops it
    # ("KantanMT, a cloud-based MT platform", "the FloatyBoat autonomous surface vehicle", "his PhD thesis"; session 33).
    entities = retype_kinds38(paper.title, paper.abstract, entities)
    # precision39: a shared-task paper's team system ("The AIP-Tohoku System at the BEA-2019 Shared Task"; session 34).
    entities = drop_teams39(paper.title, paper.abstract, entities)
    # precision40: a coined name the text writes as software ("the GlossExtractor Web application"; session 35).
    entities = drop_software40(paper.title, paper.abstract, entities)
    # types41: a shape-typed name its sentence writes as data ("test set ContraWSD", "lexicons (PDT-Vallex, ...)",
    # "pre-trained on PMC, PubMed"; session 36).
    entities = retype_data41(paper.title, paper.abstract, entities)
    # types43: a data-typed name its sentence writes as a technique ("outperforms PAWS", "planners, such as LAMA").
    entities = retype_techniques43(paper.title, paper.abstract, entities)
    # types44: a method its sentence writes as a metric, a game or data ("Top5-Errors of only 7.84%", "the poker
    # game DouDiZhu", "X, which is the largest ... dataset", "the SW1203 subcorpus"; session 39).
    entities = retype_kinds44(paper.title, paper.abstract, entities)
    # types47: a name its sentence writes as a metric score or named data ("129.8 CIDEr-D score", "the GuoFeng
    # discourse-level translation benchmark"; session 40).
    entities = retype_kinds47(paper.title, paper.abstract, entities)
    # precision50: a problem the paper names ("a variant problem of IM, called IMP") typed task, data listed after
    # "datasets:" or quoted after a data noun typed dataset (session 41).
    entities = retype_named50(paper.title, paper.abstract, entities)
    # types48: a task/data-typed name its sentence writes as a technique in apposition ("conformal prediction (CP), a
    # model-agnostic ... method"; session 41).
    entities = retype_techniques48(paper.title, paper.abstract, entities)
    # types49: a technique-typed name headed by a data noun ("NBA dataset for Sports Video Analysis", "EtymDB-2.0")
    # typed dataset; default-off: a task-shaped data name written as a task typed task (session 42).
    entities = retype_heads49(paper.title, paper.abstract, entities)
    # types50: a method its own phrase writes as a lexical resource ("le réseau lexical X", "X (KiDKo), a new language
    # resource") typed dataset, a name written as a shared task or challenge ("RDoC Task", "the X Challenge")
    # typed benchmark (session 43).
    entities = retype_resources50(paper.title, paper.abstract, entities)
    # precision41: a list name cut from an idiom ("in-depth error analysis"), a number format's precision (session 36).
    entities = drop_idioms41(paper.title, paper.abstract, entities)
    # precision42: a shape-found name cut after its first words grown back ("the Flickr 8K Audio Captions Corpus").
    entities = grow_left_cuts42(paper.title, paper.abstract, entities)
    # recall50: a listed name cut out of the title's opening name grown to it ("Deep [Counterfactual Regret
    # Minimization]", "[Katyusha] X: ...").
    entities = grow_title_heads50(paper.title, paper.abstract, entities)
    # recall52: a long form cut before its bracketed acronym grown to it ("Cross-modal Prompt Learning with Semantic
    # [enhancement method for Domain-robust fake news detection] (CPLSD)").
    entities = grow_to_acronyms52(paper.title, paper.abstract, entities)
    # precision47: a name run on into its own acronym cut ("Spatial-Neighbor Adapter SN-Adapter"), a mention cut
    # before a glued formula ("HMD$^2$") or clause long forms ("MT approaches, like Phrase Based MT") dropped.
    entities = cut_spans47(paper.title, paper.abstract, entities)
    # precision43: a format, standard, camera type, programme, degree, script or field typed method/dataset ("MIDI",
    # "CityGML", "DSLR", "PhD"), a modality with its noun ("Multispectral images"; session 38).
    entities = drop_non_entities43(paper.title, paper.abstract, entities)
    # precision46: a formal language, data model, language group or venue ("PDDL", "the data model PAULA",
    # "Q-Celtic", "(PODS 2016)"; session 39).
    entities = drop_non_entities46(paper.title, paper.abstract, entities)
    # precision48: software its sentence writes as software ("a demo on CloudCV", "tools, such as Megatron-LM"),
    # negated classes ("non-BERT"), language families ("Sino-Tibetan"), argument labels ("Arg1"; session 40).
    entities = drop_non_entities48(paper.title, paper.abstract, entities)
    # precision44: a method its paper writes as a task ("the X problem", "a novel task, X", "current X models").
    entities = retype_tasks44(paper.title, paper.abstract, entities)
    # precision51: a research-area name typed method ("data augmentation", "Bayesian inference"), an
    # approximation-scheme class ("a PTAS"; session 41),
    # after precision44 so a name it retypes as a task stays a task node.
    entities = drop_non_entities51(paper.title, paper.abstract, entities)
    # precision52: a conference with its year ("ICMI 2016"), listed platforms, standards, software, games.
    entities = drop_non_entities52(paper.title, paper.abstract, entities)
    # precision53: title descriptions ("An Almost Optimal PAC Algorithm"), title clauses ("X Made Easy"), logic
    # acronyms in a logic sentence ("the description logic DL-Lite"; session 42).
    entities = drop_non_names53(paper.title, paper.abstract, entities)
    # precision54: countries, languages written as languages, description/temporal logics.
    entities = drop_non_entities54(paper.title, paper.abstract, entities)
    # hubs48: a short form bracketed after a listed platform ("Amazon Elastic Compute Cloud (EC2)") is no method.
    entities = drop_platform_shorts48(paper.title, paper.abstract, entities)
    # precision56: a name ending in its own bracketed acronym ("Stream of Search (SoS)") or glued to a footnote
    # mark ("OLIVE1" before "1https://...") is cut (session 43).
    entities = cut_spans56(paper.title, paper.abstract, entities)
    # precision57: pieces of a shared-task name ("SemEval 2020" beside "SemEval-2020 Task 6", "Shared Task 2018",
    # the task's title after "Task 10:"; session 43).
    entities = drop_task_pieces57(paper.title, paper.abstract, entities)
    # precision58: an acronym glued before its long form ("HAN for Hawkes Aggregation of Neurons"), slash pairs of
    # one family ("LSP/LSPET"), citation keys the key rules miss ("\\citeReport:RPCodeLSH2014"; session 44).
    entities = cut_spans58(paper.title, paper.abstract, entities)
    # precision59: a name read as the tail of a hyphen compound grows to it ("Pre-ResNet", "mini-ImageNet"), or
    # is dropped after "non-" ("non-BERT features"; session 45).
    entities = cut_heads59(paper.title, paper.abstract, entities)
    # precision60: quote marks around or dangling at an end of a name ('"PartImageNet', '“LazImpa”'; session 45).
    entities = strip_quotes60(paper.title, paper.abstract, entities)
    # precision61: a plain word cut from a longer capitalised name ("Mix" of "Mix and Match LM"), event-name pieces
    # ("CLEF eHealth Lab"), glued scores ("BC5CDR-chem 93.74"), software/games/forums/organisations (session 46).
    entities = drop_spans61(paper.title, paper.abstract, entities)
    # precision62: software the paper uses ("the open-source ... system RASR"), programming languages, hardware
    # ("a ... processor that we call the NNC2"; session 47).
    entities = drop_software62(paper.title, paper.abstract, entities)
    # precision63: title words read as names ("Datasets: Consequences, ...", "Clusterability: A ...") and
    # ontology relations ("instanceOf"; session 48).
    entities = drop_words63(paper.title, paper.abstract, entities)
    # precision64: an eponym cut from its technique ("Howard" of "Howard's PI", "the Burkholder method"; session 49).
    entities = drop_pieces64(paper.title, paper.abstract, entities)
    # types51: a benchmark-typed name its paper defines as a method ("X, a family of ... trackers", "a novel
    # method ..., named X"; session 43).
    entities = retype_methods51(paper.title, paper.abstract, entities)
    # types52: a method its own phrase defines as an evaluation environment / framework ("X, a security
    # evaluation framework") or as a new named data resource ("a new dataset X"; session 44).
    entities = retype_evaluation52(paper.title, paper.abstract, entities)
    # types53: a method the paper writes as the new task it proposes ("propose X (XX) as a new ... task", "X - a
    # novel NLP task for"; session 45).
    entities = retype_new_tasks53(paper.title, paper.abstract, entities)
    # types54: a default-typed name its naming phrase types ("a ... problem, which we term X", "three tasks: A, X and
    # B", "the "X" algorithm"; session 46).
    entities = retype_roles54(paper.title, paper.abstract, entities)
    # types55: a name its paper states as data or a sub-task at a distance ("a new dataset referred to as X", "data,
    # which we curate and introduce as X", "introduce X a new ... dataset", "(X), a sub-task of"; session 47).
    entities = retype_distant55(paper.title, paper.abstract, entities)
    # types56: a data name hidden by markdown emphasis ("**X**, a new dataset"), a lexical resource ("the X word
    # list", "X, a medical terminology") or a version of the paper's data set ("X, the Korean extension of Y"; session 48).
    entities = retype_resources56(paper.title, paper.abstract, entities)
    # types57: a data set's year / condition variant ("VOC2008", "RobotCar-Night"), a score unit ("3.0 X points"), a
    # competition ("X---a series of online AI competitions"), a bracketed new data name ("a new dataset of ... (X)").
    entities = retype_variants57(paper.title, paper.abstract, entities)
    # recall56: names coordinated before a plural data noun, grown to their whole span or added ("the Children's
    # Book Test and Who Did What datasets"; session 44).
    entities = grow_pairs56(paper.title, paper.abstract, entities)
    # recall57: a title's capitalised name the abstract proposes in lower case ("Local Expectation Gradients for
    # ..." + "We introduce local expectation gradients"; session 45).
    entities = add_title_names57(paper.title, paper.abstract, entities)
    # recall58: a coded name a score is reported on becomes a dataset ("6.8% on NEC Drone", "84.9% accuracy on
    # FMD"; session 45).
    entities = add_scored_data58(paper.title, paper.abstract, entities)
    # results60: a shape-only method a score is reported on is data ("+5.2% accuracy on FooRef"; session 48).
    entities = retype_scored60(paper.title, paper.abstract, entities)
    # recall59: a coded name listed beside a found data name becomes data ("sentiment analysis (SST, IMDb)",
    # "treebanks for Chinese (CTB) and Japanese (KTB)"; session 47).
    entities = add_data_siblings59(paper.title, paper.abstract, entities)
    # recall60: a capitalised run ending in an agent-noun head becomes a method ("a Bi-level State Tracker",
    # "the Simpler Simple Recurrent Unit"; session 48).
    entities = add_agent_heads60(paper.title, paper.abstract, entities)
    # recall62: an ambiguous list short form followed by an algorithm word becomes a method ("an EM algorithm",
    # EM listed as the metric exact match; session 50).
    entities = add_sense_followers62(paper.title, paper.abstract, entities)
    # results58: shared tasks and coded data names a result is on ("the Foo Bar (FB) shared task", "the ZBL21
    # fine-grained classification dataset"; session 46).
    entities = add_data_names58(paper.title, paper.abstract, entities)
    # results59: machine-translation task slots ("the WMT’14 English-French task", "NIST Chinese-to-English
    # translation task"; session 47).
    entities = add_mt_slots59(paper.title, paper.abstract, entities)
    # learn65: an entity a classifier trained on the judged graph nodes doubts (p(right) below the shipped
    # threshold; list entries exempt) dropped with its mentions (session 50; PAPERKG_LEARN65).
    entities = drop_doubted65(paper.title, paper.abstract, entities, sentences)
    return LocalResult(paper, entities, find_urls(paper.abstract), definitions, sentences)


def _chunks(items: Sequence, size: int) -> list[Sequence]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@contextmanager
def _fewer_gc_passes() -> Iterator[None]:
    """Collect young objects less often while results pile up.

    Measured on 20,000 abstracts: the default thresholds spent ~10 % of extraction in the cycle
    collector re-scanning the growing result list; freezing what exists and raising the first
    threshold gave the speed of a disabled collector with the same peak memory.
    """
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(20_000, 50, 50)
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


def extract_papers(
    papers: Sequence[Paper], *, n_process: int = 1, progress: bool = False, chunk_size: int = 500
) -> list[ExtractedPaper]:
    """Extract every paper, then canonicalise across the corpus. Output order = input order."""
    with _fewer_gc_passes():
        local = _extract_papers(list(papers), n_process=n_process, progress=progress, chunk_size=chunk_size)
        return attach_results(canonicalise(local))


def extract_local_all(
    papers: Sequence[Paper], *, n_process: int = 1, progress: bool = False, chunk_size: int = 500
) -> list[LocalResult]:
    """The map step only, for every paper (in input order): what `paperkg build` stores and resolves later."""
    with _fewer_gc_passes():
        return _extract_papers(list(papers), n_process=n_process, progress=progress, chunk_size=chunk_size)


def _extract_papers(papers: list[Paper], *, n_process: int, progress: bool, chunk_size: int) -> list[LocalResult]:
    chunks = _chunks(papers, chunk_size)
    bar = _progress(len(papers)) if progress else None
    results: list[LocalResult] = []
    if n_process <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            results.extend(extract_local(chunk))
            if bar:
                bar.update(len(chunk))
    else:
        from paperkg.procs import worker_init

        workers = min(n_process, os.cpu_count() or 1, len(chunks))
        # Workers ignore Ctrl-C and die with this process. Leaving the block early (Ctrl-C, SIGTERM, an error)
        # terminates them at once: ProcessPoolExecutor waited for every queued chunk there, then hung at exit.
        with multiprocessing.Pool(workers, initializer=worker_init) as pool:
            started = list(getattr(pool, "_pool", []))  # workers only end when terminated, unless killed
            results_of = pool.imap(extract_local, chunks)
            for chunk in chunks:
                while True:  # a timed wait: a signal's handler runs in this thread, and only once it wakes
                    try:
                        results.extend(results_of.next(timeout=0.5))
                        break
                    except multiprocessing.TimeoutError:
                        # A killed worker's chunk is lost and Pool would wait for it forever.
                        dead = [w.exitcode for w in started if w.exitcode is not None]
                        if dead:
                            raise RuntimeError(f"an extraction worker died (exit code {dead[0]}; killed for "
                                               "lack of memory?)") from None
                if bar:
                    bar.update(len(chunk))
    if bar:
        bar.close()
    return results


def _progress(total: int):
    from tqdm import tqdm

    # Only on a terminal or when asked: tqdm writes to stderr and stays out of the JSONL.
    return tqdm(total=total, unit="abstract", desc="extracting", disable=total < 200 or None)
