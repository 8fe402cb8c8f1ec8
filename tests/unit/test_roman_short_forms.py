"""Short forms spelt like roman numerals (session 43 merge mend): "variational inference (VI)" defines VI, an
enumeration "(II)" or "stage (IV)" defines nothing. Made-up sentences, not gold text."""

import pytest

from paperkg.extract.canonical import canonicalise
from paperkg.extract.pipeline import extract_local_all
from paperkg.extract.records import Paper


def defined(text: str) -> list[tuple[str, str]]:
    return extract_local_all([Paper("r", "A title", text)])[0].definitions


@pytest.mark.parametrize("text, short, long", [
    ("We scale variational inference (VI) to large data. Our VI bound is tight.", "VI", "variational inference"),
    ("An instrumental variable (IV) removes the confounder.", "IV", "instrumental variable"),
    ("Value iteration (VI) converges on small MDPs.", "VI", "Value iteration"),
])
def test_a_roman_shaped_short_form_whose_words_spell_it_is_defined(text, short, long):
    assert (short, long) in defined(text)


@pytest.mark.parametrize("text", [
    "Patients in stage (IV) were excluded from the study of the model.",
    "The method has three parts: (I) a parser, (II) a ranker and (III) a decoder.",
    "We prove the bound for convex losses (II) and smooth ones.",
])
def test_an_enumeration_or_a_numeral_defines_nothing(text):
    assert not [d for d in defined(text) if d[0] in ("I", "II", "III", "IV")]


def test_a_bare_roman_short_form_joins_its_long_form_in_the_paper():
    out = canonicalise(extract_local_all([Paper("v", "A title",
        "Variational inference (VI) is widely used. We show that VI with our new bound is faster.")]))
    vi = [e for e in out[0].entities if "VI" in ([e.name] + list(e.aliases))]
    assert len(vi) == 1 and vi[0].id == "method:variational-inference", [(e.id, e.aliases) for e in out[0].entities]
