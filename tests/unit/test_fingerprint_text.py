"""The resolution fingerprint is written out by hand (graph/incremental.resolved_fingerprint) for speed; it must
stay the hash of the text the stored fingerprints were made of, or every stored paper would be rewritten."""

import hashlib

from paperkg.extract.records import Entity, ExtractedPaper, Mention
from paperkg.graph import incremental


def _as_stored(paper: ExtractedPaper) -> str:
    text = repr(([(e.id, e.name, e.type, e.role, tuple(e.aliases), e.family, tuple(e.mentions))
                  for e in paper.entities], tuple(paper.code), incremental.writer_version()))
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def test_the_fingerprint_is_the_stored_texts_hash():
    m = [Mention("Zorb's \"net\"", 3, 15, 0, "rule:x"), Mention("Zörb\\net", 40, 48, 2, "gazetteer:y", "title"),
         Mention("\ud800odd", 1, 5, 1, "abbreviation")]
    entities = [
        Entity("method:zorb", "Zorb's net", "method", "proposes", ["ZN", "zörb"], None, m[:1]),
        Entity("model:zorb-2", "Zorb-2", "model", "uses", [], "Zorb", m),
        Entity("dataset:none", "None", "dataset", "uses", ["a"], None, []),
        Entity("task:two", "Two", "task", "uses", [], None, m[1:]),
    ]
    for ents in ([], entities[:1], entities[1:2], entities[2:3], entities):
        for code in ([], ["https://github.com/a/b"], ["u1", "u2"]):
            paper = ExtractedPaper(id="p", title="t", abstract="a", entities=ents, code=code)
            assert incremental.resolved_fingerprint(paper) == _as_stored(paper), (ents, code)
