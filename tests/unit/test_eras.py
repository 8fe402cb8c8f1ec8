"""A paper cannot name a model released after it (extract/eras.py)."""

from paperkg.extract.eras import anachronistic, family_years
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Entity, Paper

TEXT = ("We fine-tune Mistral 7B and Whisper on our data and compare them with a support vector machine "
        "trained on the same features.")


def _models(year):
    [paper] = extract_papers([Paper("p1", "A study", TEXT, year=year)])
    return {e.family for e in paper.entities if e.type == "model"}, {e.type for e in paper.entities}


def test_models_released_later_are_dropped_from_an_older_paper():
    before, types_before = _models(2012)
    after, _ = _models(2024)
    assert {"Mistral", "Whisper"} <= after  # found at all: the test would be empty otherwise
    assert not before & {"Mistral", "Whisper"}
    assert "method" in types_before  # the paper's other entities stay


def test_a_paper_without_a_year_keeps_its_models():
    found, _ = _models(None)
    assert {"Mistral", "Whisper"} <= found


def test_the_rule_reads_the_family_and_the_year_only():
    model = Entity(id="model:x", name="X-1", type="model", family="Llama")
    assert anachronistic(model, 2020) and not anachronistic(model, 2023) and not anachronistic(model, None)
    assert not anachronistic(Entity(id="model:y", name="Y", type="model", family="Unlisted"), 1990)
    assert not anachronistic(Entity(id="method:llama", name="Llama", type="method"), 1990)


def test_every_listed_year_is_a_plausible_release_year():
    years = family_years()
    assert len(years) > 50
    assert all(1990 <= y <= 2030 for y in years.values())
