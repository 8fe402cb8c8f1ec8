"""Parts of session 18 (issue 10): data acronyms the corpus confirms, looked up bare (extract/lexicon_mined.py,
extract/data/mined_data_acronyms.tsv). Sentences written for these tests (invented), not taken from any gold file
or corpus abstract; the end-to-end case is checked to fail with the part switched off (PAPERKG_RECALL18).
"""

from __future__ import annotations

from paperkg.extract import lexicon_mined
from paperkg.extract.lexicon_mined import _lexicon, read_names
from extract_cases import entity_types as _entities  # tests/extract_cases.py

BARE = ("Predicting occluded furniture from a single depth view is hard. We fit a voxel decoder and test it "
        "on the IXMAS recordings and on our own scans, where it halves the error.")


def test_a_confirmed_data_acronym_is_found_bare():
    assert _entities(BARE).get("IXMAS") == "dataset"


def test_it_fails_with_the_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL18", "data-acronyms")
    assert "IXMAS" not in _entities(BARE)


def test_the_list_joins_the_shipped_lexicon_only(monkeypatch, tmp_path):
    listed = tmp_path / "names.tsv"
    listed.write_text("Foo Corpus\tdataset\n", encoding="utf-8")
    monkeypatch.setenv("PAPERKG_MINED_NAMES", str(listed))
    assert set(lexicon_mined.lexicon().types) == {"Foo Corpus"}  # an ablation's own list stays as given
    monkeypatch.setenv("PAPERKG_MINED_NAMES", "off")
    assert not len(lexicon_mined.lexicon())
    monkeypatch.delenv("PAPERKG_MINED_NAMES")
    assert lexicon_mined.lexicon().types.get("IXMAS") == "dataset"
    monkeypatch.setenv("PAPERKG_RECALL18", "off")
    assert "IXMAS" not in lexicon_mined.lexicon().types


def test_the_shipped_acronyms_are_data_acronyms_the_main_list_lacks():
    from importlib import resources

    data = resources.files("paperkg.extract").joinpath("data")
    acronyms = read_names(data.joinpath("mined_data_acronyms.tsv").read_text(encoding="utf-8"))
    main = read_names(data.joinpath("mined_names.tsv").read_text(encoding="utf-8"))
    assert acronyms and not set(acronyms) & set(main)
    assert set(acronyms.values()) <= {"dataset", "benchmark"}
    assert all(name[:1].isupper() or name[:1].isdigit() for name in acronyms)
    assert len(_lexicon(None, True)) == len(_lexicon(None, False)) + len(acronyms)


def test_an_acronym_before_a_noun_of_another_kind_is_no_data_name():
    text = ("Our planner stores each grasp in the IXMAS distance table it builds and never asks a human. "
            "It plans in two seconds.")
    assert "IXMAS" not in _entities(text)
