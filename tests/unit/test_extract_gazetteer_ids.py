"""Gazetteer entries have stable ids; the resolver and rules use the list of the pipeline they run with."""

import json

import pytest
import spacy

from paperkg.errors import InputError
from paperkg.extract import pipeline  # noqa: F401  (registers the factories)
from paperkg.extract.gazetteer import entry_by_id, load_entries
from paperkg.extract.pipeline import PIPE_NAMES
from paperkg.extract.resolve import PaperResolver


def _nlp(path: str | None = None):
    nlp = spacy.blank("en")
    for name in PIPE_NAMES:
        nlp.add_pipe(name, config={"path": path} if name == "paperkg_gazetteer" else {})
    return nlp


def _resolve(nlp, text: str):
    doc = nlp.make_doc(text)
    doc.user_data["paperkg_text"] = text
    return PaperResolver(nlp).resolve(nlp(doc), None)


def test_every_shipped_entry_has_a_unique_typed_id():
    entries = load_entries()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    for e in entries:
        assert e.id.split(":", 1)[0] == e.type
        assert not e.id.split(":", 1)[1].isdigit()
        assert entry_by_id(e.id) is e


def test_entry_by_id_unknown_id_is_a_key_error():
    with pytest.raises(KeyError, match="no gazetteer entry"):
        entry_by_id("method:surely-no-such-thing-xyz")


def test_local_entity_carries_the_entry_id():
    ents = _resolve(_nlp(), "We fine-tune BERT on our data.")
    bert = next(e for e in ents if e.name == "BERT")
    assert bert.entry == "model:bert"
    assert entry_by_id(bert.entry).name == "BERT"


def test_a_custom_list_is_the_one_everything_reads(tmp_path):
    # The review's check: with a one-entry list, "FooNet" must not come out as an entry of the shipped list.
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"name": "FooNet", "type": "model", "aliases": [], "family": "Foo", "source": "t"}) + "\n")
    nlp = _nlp(str(path))
    ents = _resolve(nlp, "We train FooNet and FooNet-7B on a new corpus.")
    foo = next(e for e in ents if e.name == "FooNet")
    assert foo.type == "model" and foo.entry == "model:foonet" and foo.family == "Foo"
    # The model-variant rule knows the custom name too, and nothing of the shipped list leaks in.
    variant = next(e for e in ents if e.name == "FooNet-7B")
    assert variant.type == "model"
    assert all(e.entry in (None, "model:foonet") for e in ents)


def test_duplicate_ids_in_a_list_are_a_clear_error(tmp_path):
    path = tmp_path / "dup.jsonl"
    row = {"name": "Bar Net", "type": "method", "aliases": [], "source": "t"}
    path.write_text(json.dumps(row) + "\n" + json.dumps(dict(row, name="Bar-Net")) + "\n")
    with pytest.raises(InputError, match=r"dup.jsonl:2: duplicate gazetteer id 'method:bar-net'"):
        load_entries(str(path))
