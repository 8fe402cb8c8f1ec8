"""PaperResolver._role reads each sentence once per paper, however many mentions it holds (issue 14).

No timing: the text is a str that counts the characters sliced out of it. The old _role sliced (and lowered)
the whole sentence once per mention: an entity named in every clause of one long sentence cost mentions x
sentence length, quadratic in the abstract.
"""

from types import SimpleNamespace

import pytest

from paperkg.extract.pipeline import _worker_state


class CountingText(str):
    sliced = 0

    def __getitem__(self, key):
        out = super().__getitem__(key)
        if isinstance(key, slice):
            CountingText.sliced += len(out)
        return out


@pytest.mark.parametrize("typ, role", [("dataset", "uses"), ("method", "uses"), ("model", "uses")])
def test_role_reads_a_long_sentence_once_whatever_the_mentions(typ, role):
    _, resolver = _worker_state()
    clause = "we train Zorblax on mesh data with care, "
    text = CountingText(clause * 2000)  # one sentence of 82,000 characters, Zorblax in every clause
    mentions = [SimpleNamespace(field="abstract", start=i * len(clause) + 9) for i in range(2000)]
    CountingText.sliced = 0
    assert resolver._role(typ, mentions, {"abstract": text}, {"abstract": [(0, len(text))]}, set()) == role
    assert CountingText.sliced <= len(text)  # the quadratic version sliced 2,000 x the sentence


def test_role_still_reads_each_sentence_it_needs():
    _, resolver = _worker_state()
    first, second = "We train Zorblax here. ", "Zorblax outperforms the baseline."
    text = CountingText(first + second)
    bounds = [(0, len(first) - 1), (len(first), len(text))]
    mentions = [SimpleNamespace(field="abstract", start=9), SimpleNamespace(field="abstract", start=len(first))]
    sentences = {"abstract": bounds}
    assert resolver._role("method", mentions, {"abstract": text}, sentences, set()) == "compares_with"
    assert resolver._role("method", mentions[:1], {"abstract": CountingText(text)}, sentences, set()) == "uses"
    assert resolver._role("dataset", mentions, {"abstract": CountingText(text)}, sentences, set()) == "evaluates_on"
    assert resolver._role("dataset", mentions[:1], {"abstract": CountingText(text)}, sentences, set()) == "uses"
    assert resolver._role("benchmark", mentions, {"abstract": text}, sentences, set()) == "evaluates_on"
