"""Parameters for every canned query on the small fixture (tests/data/small_papers.jsonl).

A new canned query needs an entry here; the parity test fails until it has one.
"""

INJECTION_NAME = "O'Brien\"}) MATCH (n) DETACH DELETE n // `DROP` RETURN {x}"

QUERY_PARAMS: dict[str, list[dict]] = {
    "benchmarks-for-method": [{"method": "DPO"}, {"method": INJECTION_NAME}, {"method": "DPO", "limit": 2},
                              {"method": "llama 2 7b", "venue": "neurips"}],
    "co-occurring-methods": [{"method": "PPO"}, {"method": "direct preference optimization"},
                             {"method": "DPO", "limit": 2}],
    "entity-card": [{"key": "method:direct-preference-optimization"}, {"key": "family:llama"}, {"key": "model:llama-2-7b"}],
    "entity-co-occurring": [{"key": "method:direct-preference-optimization"}, {"key": "benchmark:mmlu", "limit": 3}],
    "entity-evaluated-here": [{"key": "benchmark:mt-bench"}, {"key": "benchmark:gsm8k", "limit": 2}],
    "entity-evaluated-on": [{"key": "method:direct-preference-optimization"}, {"key": "method:ppo", "limit": 1}],
    "entity-evidence": [{"key": "method:direct-preference-optimization"}, {"key": "model:llama-2-7b", "limit": 1}],
    "evaluated-on-among": [{"keys": ["method:direct-preference-optimization", "benchmark:mt-bench", "benchmark:mmlu",
                               "dataset:ultrafeedback"]}],
    "entity-years": [{"key": "method:direct-preference-optimization"}, {"key": "benchmark:mmlu"}],
    "entity-keys": [{"source": "DPO", "target": "llama"}, {"source": INJECTION_NAME, "target": "MT bench"},
                    {"source": "llama", "target": "model:LLAMA-2-7B"}],
    "entity-sentences": [{"entity": "DPO"}, {"entity": INJECTION_NAME}, {"entity": "DPO", "limit": 1}],
    "method-benchmark-matrix": [{}],
    "method-variants": [{"method": "DPO"}, {"method": "ppo", "limit": 1}],
    "methods-on-benchmark": [{"benchmark": "MT Bench"}, {"benchmark": "gsm8k"}, {"benchmark": "MMLU", "limit": 1},
                             {"benchmark": "mtbench", "role": "proposes,compares_with", "since": 2023}],
    "model-family-usage": [{"family": "Llama"}, {"family": "family:mistral"}, {"family": "llama", "since": 2024}, {"family": "Llama", "limit": 1}],
    "paper-entities": [{"paper": "2305.18290"}, {"paper": "2312.00003"}],
    "paper-proposals": [{}, {"limit": 2}, {"since": 2023}],
    "papers-with-code-per-benchmark": [{}, {"limit": 3}],
    "related-papers": [{"paper": "2305.18290"}, {"paper": "2312.00003", "limit": 2}, {"paper": "2305.18290", "hub_papers": 2}],
    "paper-card": [{"paper": "2305.18290"}, {"paper": "2402.00005"}],
    "paper-code": [{"paper": "2305.18290"}],
    "paper-mentions": [{"paper": "2305.18290"}, {"paper": "2312.00003"}],
    "suggest": [{"text": "dpo"}, {"text": "opt", "limit": 2}],
    "search-papers": [{"text": "preference"}, {"text": "a", "limit": 2}],
    "search": [{"text": "dpo"}, {"text": '"})'}, {"text": "`DROP`"}],
    "shortest-connection": [{"source": "DPO", "target": "GSM8K"}, {"source": "BERT", "target": "MMLU"},
                            {"source": "ppo", "target": "MMLU"}, {"source": "Llama", "target": "llama-2-13b"},
                            {"source": "DPO", "target": "direct preference optimization"},
                            {"source": "ppo", "target": "MMLU", "hub_papers": 3}, {"source": "DPO", "target": "MMLU", "hub_papers": 1}],
    "top-benchmarks": [{}, {"limit": 2}, {"since": 2024}, {"venue": "neurips"}],
    "top-methods": [{}, {"until": 2023}],
    "top-datasets": [{}, {"since": 2023, "limit": 3}],
    "top-models": [{}, {"venue": "ACL"}],
    "models-on-benchmark": [{"benchmark": "MMLU"}, {"benchmark": "mt bench", "role": "uses"}],
    "trend": [{"entity": "DPO, llama-2-7b"}, {"entity": "MT-Bench", "venue": "NeurIPS"}],
    "rising": [{"since": 2024, "min_papers": 1}, {"since": 2024, "min_papers": 1, "kind": "model,benchmark"}],
    "papers": [{"text": "preference optimization"}, {"text": INJECTION_NAME}, {"text": "bert", "since": 2024},
               # every separator the word index knows (graph/terms.py), plurals and stop words
               {"text": "Direct-Preference (optimizations); the [models]!\t\"language\"/{reward}\\x_y+z=a*b&c|d<e>f~g#h@i%j^k$l`m"}],
    "papers-per-year": [{}, {"venue": "ACL"}],
}

# The result queries, on tests/data/results_papers.jsonl (the small fixture states no results).
RESULTS_QUERY_PARAMS: dict[str, list[dict]] = {
    "leaderboard": [{"benchmark": "CIFAR-10"}, {"benchmark": "cifar10", "metric": "accuracy"},
                    {"benchmark": "imagenet", "limit": 1}, {"benchmark": INJECTION_NAME}],
    "sota-over-time": [{"benchmark": "CIFAR 10"}, {"benchmark": "ImageNet", "metric": "top-1 accuracy"}],
    "results-on-benchmark": [{"benchmark": "cifar-10"}, {"benchmark": "WMT 2014", "metric": "BLEU"}],
    "results-for-method": [{"method": "TinyNet"}, {"method": "wide residual networks"}, {"method": INJECTION_NAME}],
}
