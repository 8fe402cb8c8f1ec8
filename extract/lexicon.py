"""Word lists the rules use: cues for roles, heads that decide a type, generic names to ignore.

These are general English/ML words, not names; names live in the gazetteer (package data).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# Acronyms and phrases that are generic, never a named entity ("LLMs", "reward models (RMs)").
GENERIC_ACRONYMS = frozenset(
    """AI AGI ML DL NLP NLU NLG CV IR LLM LLMs LM LMs MLLM MLLMs LVLM LVLMs VLM VLMs VLA LRM LRMs SLM SLMs
    PLM PLMs NN NNs DNN DNNs RM RMs PM PMs GPU GPUs CPU CPUs TPU API APIs QA VQA NER POS MT ASR TTS SOTA US UK
    EU USA OOD IID KL AR NAR RAM LR SOTA HTML URL JSON PDF SQL CoTs SFTs RLs AD T2I I2V T2V LRLs mLMs FM FMs
    II III IV ID UI UX MoEs E2E DAG DAGs RGB RGBD PCA GPT LLM-based IoT HTTP XML CSV MLP MLPs CNN CNNs RNN RNNs
    FFN SOTA SoTA EM BP KB KBs KG KGs QA MCQ PDE PDEs ODE ODEs MDP MDPs POMDP IRL RLHF-based CTR SNR MSE MAE
    RMSE IoU BLEU ROUGE FLOPs FLOP TFLOPs GB MB TB COVID COVID-19 SARS-CoV-2 mmHg AIGC NMT SMT OCR NLI SLU""".split()
)
GENERIC_WORDS = frozenset(
    """large small language languages model models vision visual multimodal multi-modal deep neural network networks
    reward rewards foundation pretrained pre-trained generative diffusion multilingual low-resource autoregressive
    auto-regressive policy value agent agents system systems machine learning natural processing artificial
    intelligence general text image video speech audio based base model-based human preference preferences
    recurrent convolutional graph transformer transformers encoder decoder embedding embeddings representation
    representations mixture of expert experts open-source open source proprietary state space sequence""".split()
)

# Head word of a name (last word, lower case, singular) -> type.
METRIC_HEADS = frozenset("rate accuracy error precision recall distance f1 auc divergence perplexity".split())
BENCHMARK_HEADS = frozenset("benchmark bench leaderboard arena testbed test suite challenge evaluation eval".split())
DATASET_HEADS = frozenset("dataset corpus collection data bank treebank inventory inventories set ontology lexicon database thesaurus wordnet".split())
MODEL_HEADS = frozenset("llm mllm lvlm vlm chatbot assistant".split())
TASK_HEADS = frozenset(
    """generation recognition classification translation detection answering summarization summarisation
    segmentation driving understanding parsing tagging labeling labelling captioning retrieval extraction discovery""".split()
)
GENERIC_HEADS = frozenset("model network language agent system machine processing intelligence".split())

# Words that, right after a name, say what it is: "PRISM dataset", "MT-Bench benchmark".
FOLLOWER_TYPE = {
    "benchmark": "benchmark", "benchmarks": "benchmark", "leaderboard": "benchmark", "suite": "benchmark",
    "testbed": "benchmark", "dataset": "dataset", "datasets": "dataset", "corpus": "dataset", "corpora": "dataset",
    "collection": "dataset", "lexicon": "dataset", "treebank": "dataset", "database": "dataset",
    "model": "model", "models": "model", "llm": "model", "llms": "model",
    "framework": "method", "method": "method", "algorithm": "method", "approach": "method", "technique": "method",
    "loss": "method", "objective": "method", "strategy": "method", "paradigm": "method", "module": "method",
    "mechanism": "method", "architecture": "method", "pipeline": "method", "metric": "metric",
    # parts of a method: "pseudo information mining (PIM) branch"
    "branch": "method", "block": "method", "layer": "method", "component": "method", "scheme": "method",
    "procedure": "method", "operator": "method", "estimator": "method", "classifier": "method",
    "regularizer": "method", "solver": "method", "heuristic": "method", "prompting": "method",
    "controller": "method", "resource": "dataset",
    # plurals: "direct alignment from preference (DAP) methods"
    "methods": "method", "algorithms": "method", "approaches": "method", "techniques": "method",
    "frameworks": "method", "strategies": "method", "losses": "method", "objectives": "method",
    "architectures": "method",
}
# Appositive nouns, "X, a novel ... framework".
APPOSITIVE_TYPE = dict(FOLLOWER_TYPE, **{
    "mllm": "model", "vlm": "model", "lvlm": "model", "chatbot": "model", "assistant": "model",
    "network": "method", "system": "method", "toolkit": "method", "tool": "method", "attack": "method",
    "evaluation": "benchmark", "environment": "benchmark",
})

PROPOSAL_VERBS = frozenset(
    """propose proposes proposed introduce introduces introduced present presents presented develop develops
    developed design designs designed release releases released build builds construct constructs constructed
    curate curates curated create creates created devise devises devised contribute contributes offer offers
    establish establishes""".split()
)
NAMING_WORDS = frozenset("called named dubbed termed coined".split())
EVAL_CUES = (
    "evaluat", "experiment", "benchmark", "outperform", "achiev", "results on", "tested on", "test on",
    "state-of-the-art", "surpass", "accuracy", "score", "performance on", "improve", "win rate", "leaderboard",
)
COMPARE_CUES = ("outperform", "compared to", "compared with", "comparison", "baseline", "than", "surpass",
                "versus", " vs", "over ", "superior", "beats", "competitive with", "on par")

# Head nouns (last word, lower case, singular) that make a defined long form a method without further
# evidence: "Direct Preference Optimization (DPO)", "Graph Neural Network (GNN)", "Latent Dirichlet
# Allocation (LDA)". Any other long form ("Conditional Independence (CI)", "Time-frequency (TF)") needs
# evidence: the paper proposes it, a type word follows it, a list knows it.
METHOD_HEADS = frozenset(
    """learning training tuning finetuning fine-tuning pretraining pre-training alignment adaptation distillation
    decoding sampling search attention prompting regularization regularisation normalization normalisation
    augmentation descent ascent gradient estimation estimator estimate inference thought feedback algorithm method
    framework approach technique procedure scheme strategy mechanism module architecture pipeline paradigm
    transformer former encoder decoder autoencoder auto-encoder encoding embedding pruning quantization
    quantisation merging steering guidance optimization optimisation optimizer optimiser network net machine
    model attack defense defence loss objective policy calibration reasoning retrieval ranking reranking
    analysis clustering propagation regression classifier forest tree field process allocation filter
    filtering kernel boosting bagging dropout pooling convolution layer unit memory perceptron programming
    factorization factorisation decomposition projection transform transformation mixture bayes hashing
    tokenizer tokenization detector generator discriminator predictor selector solver planner parser tagger
    extractor regressor scorer ranker reranker retriever summarizer translator adapter router verifier sampler
    critic engineering modeling modelling minimization
    maximization smoothing masking shaping clipping replay exploration imitation bootstrapping approximation
    fusion aggregation""".split()
)

# Head nouns of long forms that are not methods, datasets, benchmarks or models: imaging modalities,
# theory concepts, linguistic units, organisations, problems. Such a definition is dropped even when the
# paper seems to propose it; a type word after it ("... corpus") or a list entry still wins.
NON_ENTITY_HEADS = frozenset(
    """imaging tomography microscopy spectroscopy resonance ultrasound scan independence dependence variation
    entity entities expression expressions vocabulary language languages dialect information
    ratio score index distribution noise law theory theorem lemma hypothesis conjecture condition property
    principle effect phenomenon problem issue association institute university laboratory lab center centre
    consortium organization organisation agency committee council department ministry society union
    infrastructure semantics syntax grammar disorder disease syndrome impairment dimension complexity
    capacity bound gap regret cost time frequency equation equilibrium game games matrix tensor
    space manifold criterion assumption notation logic calculus state states
    speech emotion sentiment user users person people player players patient patients group team""".split()
)

# Languages and language families: names, but never of a method, dataset, benchmark or model on their own
# ("French", "Portuguese corpus"). General vocabulary, not taken from any abstract.
LANGUAGE_NAMES = frozenset(
    """English Chinese Mandarin Cantonese Spanish French German Italian Portuguese Russian Japanese Korean Arabic
    Hindi Urdu Bengali Bangla Punjabi Gujarati Marathi Tamil Telugu Kannada Malayalam Sinhala Nepali Persian
    Farsi Turkish Kurdish Hebrew Greek Latin Dutch Flemish Danish Swedish Norwegian Icelandic Finnish Estonian
    Hungarian Polish Czech Slovak Slovene Slovenian Croatian Serbian Bosnian Bulgarian Romanian Ukrainian
    Belarusian Lithuanian Latvian Albanian Armenian Georgian Azerbaijani Kazakh Uzbek Mongolian Tibetan Thai
    Lao Khmer Burmese Vietnamese Indonesian Malay Tagalog Filipino Javanese Swahili Amharic Tigrinya Somali
    Hausa Yoruba Igbo Zulu Xhosa Afrikaans Wolof Basque Catalan Galician Welsh Irish Gaelic Breton Maltese
    Esperanto Sanskrit Quechua Guarani Inuktitut Cherokee Navajo Maori Hawaiian Uyghur Pashto Sindhi Tatar
    Yiddish Occitan Frisian Luxembourgish Faroese Algerian Moroccan Egyptian Tunisian Levantine Gulf Indian
    European African Asian American British Australian Canadian""".split()
)

# Venues and publishers: "ACL 2020", "NeurIPS 2019" are events, not shared tasks or benchmarks.
VENUES = frozenset(
    """ACL EACL NAACL AACL EMNLP COLING LREC IJCNLP RANLP NODALIDA PACLIC TACL CL ICML ICLR NeurIPS NIPS CVPR ICCV
    ECCV WACV BMVC ACCV AAAI IJCAI KDD SIGIR SIGKDD WWW CIKM WSDM RecSys ICASSP INTERSPEECH Interspeech COLT
    STOC FOCS SODA ITCS AISTATS UAI AAMAS MICCAI ICDM SDM ECML PKDD ACM IEEE JMLR PAMI TPAMI ICPR ICIP ICRA
    IROS RSS CoRL ICME MM ACMMM SIGGRAPH NAACL-HLT HLT EMNLP-IJCNLP ACL-IJCNLP JPEG MPEG FIFA COVID""".split()
)

# Workshops and small conferences that a year names as an event, not as a shared task (session 20, issue 10: "WASSA
# 2018", "FigLang 2020", "WANLP 2019", "ALT 2019" were benchmark nodes of the 73k graph from "X at WASSA 2018:"). With a
# campaign word after them ("the WASSA-2017 Shared Task on Emotion Intensity") they still name one; alone they name no
# method either (resolve's generic surfaces). Written from the ACL Anthology's workshop names (general knowledge);
# series that run evaluation campaigns under their own name (VarDial, BEA, BioNLP, NEWS, MultiLing, SIGHAN) and
# acronyms with another sense ("SDP" semidefinite programming, "ALT" the Asian Language Treebank, "EC") are left out.
WORKSHOPS = frozenset(
    """WASSA FigLang WANLP WOSP TextGraphs WNGT WNMT DiscoMT RepEval LSDSem CogALex CRAC CORBON FNP WOAH
    RepL4NLP SustaiNLP ArgMining SocialNLP NLP4IF GeBNLP WiNLP CMCL SIGTYP""".split()
)


def data_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a list file in extract/data/ (comments and blank lines out)."""
    text = resources.files("paperkg.extract").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def non_entity_kinds() -> dict[str, str]:
    """Lower-cased name -> kind (sensor, software, platform, organisation, language, fiction, ...)."""
    # rows tagged "precision43" in a third column are read by extract/precision43.py alone (session 38)
    return {row[0].strip().lower(): row[1].strip() for row in data_rows("non_entities.tsv") if len(row) < 3}


def non_entity_kind(name: str) -> str | None:
    """The kind of non-entity a whole name is ("TensorFlow" -> "software"), or None."""
    return non_entity_kinds().get(" ".join(name.split()).lower())


@lru_cache(maxsize=1)
def shared_task_series() -> frozenset[str]:
    """Evaluation campaigns and shared-task series ("WMT", "SemEval"): with a year they name a benchmark."""
    return frozenset(row[0].strip() for row in data_rows("shared_tasks.tsv"))
