"""The pipeline's tokenizer keeps the tokens of many more chunks than spaCy's default, and gives the same tokens."""

import json
from pathlib import Path

import spacy

from paperkg.extract.pipeline import TOKENIZER_CACHE, build_nlp

DATA = Path(__file__).resolve().parents[1] / "data"
TRICKY = [
    "BERT), (GPT-4o) vs. LLaMA-2-7B's 3.5%-4.1% gains (p<0.05) at 10km/h, U.S. e.g. don't ... “quoted” ‘x’",
    "state-of-the-art,state-of-the-art.state-of-the-art; x+y=z; $5 5$ 5km 5km² 1.5x ~3 #tag @user https://a.b/c?d=e",
    "((nested)) [a]: {b}; 'single' \"double\" — dash – en ‐ hyphen 1–2 3—4 Ph.D. a.m. p.m. i.e., :) <3",
]


def _tokens(nlp, text):
    return [t.text for t in nlp.make_doc(text)]


def test_the_cache_is_larger_than_spacys():
    assert build_nlp().tokenizer.max_cache_size == TOKENIZER_CACHE > spacy.blank("en").tokenizer.max_cache_size


def test_cached_chunks_give_the_same_tokens():
    ours, ref = build_nlp(), spacy.blank("en")
    ref.tokenizer.max_cache_size = 0  # every chunk cut by the rules
    texts = list(TRICKY)
    with open(DATA / "dev3-corpus.jsonl", encoding="utf-8") as fh:
        for line in list(fh)[:300]:
            paper = json.loads(line)
            texts += [paper.get("abstract") or "", paper.get("title") or ""]
    for text in texts + texts:  # the second time from the cache
        assert _tokens(ours, text) == _tokens(ref, text)
