"""Parameters for every canned query on the small fixture (tests/data/small_papers.jsonl).

A new canned query needs an entry here; the parity test fails until it has one.
"""

INJECTION_NAME = "O'Brien\"}) MATCH (n) DETACH DELETE n // `DROP` RETURN {x}"

QUERY_PARAMS: dict[str, list[dict]] = {
    "benchmarks-for-method": [{"method": "DPO"}, {"method": INJECTION_NAME}],
    "co-occurring-methods": [{"method": "PPO"}, {"method": "direct preference optimization"}],
    "entity-sentences": [{"entity": "DPO"}, {"entity": INJECTION_NAME}],
    "method-benchmark-matrix": [{}],
    "methods-on-benchmark": [{"benchmark": "MT Bench"}, {"benchmark": "gsm8k"}],
    "model-family-usage": [{"family": "Llama"}, {"family": "family:mistral"}],
    "paper-entities": [{"paper": "2305.18290"}, {"paper": "2312.00003"}],
    "paper-proposals": [{}],
    "papers-with-code-per-benchmark": [{}],
    "related-papers": [{"paper": "2305.18290"}, {"paper": "2312.00003", "limit": 2}],
    "search": [{"text": "dpo"}, {"text": '"})'}, {"text": "`DROP`"}],
    "shortest-connection": [{"source": "DPO", "target": "GSM8K"}, {"source": "BERT", "target": "MMLU"}],
    "top-benchmarks": [{}, {"limit": 2}],
    "top-methods": [{}],
}
