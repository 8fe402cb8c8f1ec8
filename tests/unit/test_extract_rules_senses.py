"""A paper's own definition decides what its acronym means; ambiguous list acronyms need local support.

Sentences written for these tests, not taken from the gold files.
"""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper
from paperkg.extract.resolve import ambiguous_short_forms
from extract_cases import entity_types_and_roles as _entities  # tests/extract_cases.py


def _names(abstract: str, title: str | None = None) -> set[str]:
    [paper] = extract_papers([Paper("p", title, abstract)])
    return {e.name for e in paper.entities} | {a for e in paper.entities for a in e.aliases}


def test_local_definition_beats_the_list_sense_of_an_acronym():
    # PRO is Preference Ranking Optimization in the curated list; this paper defines it otherwise.
    names = _names(
        "Clinical trials increasingly collect patient-reported outcomes (PRO) through mobile apps. "
        "We study missing PRO values in a cohort of 900 patients."
    )
    assert "Preference Ranking Optimization" not in names


def test_local_definition_with_the_list_long_form_joins_the_entry():
    found = _entities(
        "We fine-tune the policy with Soft Actor-Critic (SAC) and compare SAC with a greedy controller."
    )
    assert found.get("Soft Actor-Critic", ("", ""))[0] == "method"


def test_company_listing_is_not_a_preference_method():
    names = _names(
        "Firms that announce an initial public offering (IPO) see abnormal returns; we model IPO "
        "underpricing with a hazard regression."
    )
    assert "Identity Preference Optimization" not in names


def test_sense_table_lists_known_collisions():
    table = ambiguous_short_forms()
    assert table, "the sense table is empty"
    for short, ids in table.items():
        assert short and all(":" in i for i in ids)


def test_bare_ambiguous_short_form_needs_support():
    table = ambiguous_short_forms()
    short, ids = next((s, i) for s, i in sorted(table.items()) if any(x.startswith("method:") for x in i))
    bare = _names(f"The valves were inspected by the {short} office before the audit began last spring.")
    from paperkg.extract.gazetteer import entry_by_id

    entry_names = {entry_by_id(i).name for i in ids}
    assert not (bare & entry_names)
    # With a type word that agrees with the entry, the list sense stands.
    cued = _names(f"We train the agent with the {short} algorithm and report returns.")
    assert cued & entry_names


def test_a_spelling_variant_of_the_list_long_form_keeps_the_list_sense():
    # "net" for "network": the same sense as the list's Generative Adversarial Network.
    [paper] = extract_papers([Paper("p", None, "We train a conditional generative adversarial net (GAN) on scans. The GAN is stable.")])
    ids = {e.id for e in paper.entities}
    assert any("generative-adversarial-network" in i for i in ids), ids
