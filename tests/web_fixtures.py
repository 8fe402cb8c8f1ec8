"""Papers for the web explorer's tests: the small fixture plus papers whose every text is a markup payload."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path

from paperkg.extract.records import Entity, ExtractedPaper, Mention
from paperkg.graph.build import build_graph, read_extracted
from paperkg.graph.tables import graph_tables

SMALL = Path(__file__).resolve().parent / "data" / "small_papers.jsonl"
PAYLOADS = (
    "<script>window.__pwned=1</script>",
    "<img src=x onerror=\"window.__pwned=2\">",
    "</script><script>window.__pwned=3</script>",
    "<svg onload=\"window.__pwned=4\">",
    "\"><iframe src=\"javascript:window.__pwned=5\">",
    "{{ 7*7 }}${7*7}'); window.__pwned=6; ('",
)
EVIL_PAPER = "evil-1"
EVIL_METHOD = "method:evil"
EVIL_BENCH = "benchmark:evil"


def _span(text: str, part: str, sentence: int, rule: str) -> Mention:
    start = text.index(part)
    return Mention(part, start, start + len(part), sentence, rule)


def payload_papers() -> list[ExtractedPaper]:
    method = f"{PAYLOADS[0]}Opt"
    bench = f"{PAYLOADS[2]}Bench"
    abstract = (f"We propose {method}, a method {PAYLOADS[1]}. It beats DPO on the {bench} benchmark "
                f"{PAYLOADS[3]}. Code {PAYLOADS[4]} {PAYLOADS[5]}.")
    ents = [
        Entity(EVIL_METHOD, method, "method", "proposes", aliases=[PAYLOADS[4]],
               mentions=[_span(abstract, method, 0, "rule:we-propose")]),
        Entity(EVIL_BENCH, bench, "benchmark", "evaluates_on", mentions=[_span(abstract, bench, 1, "rule:benchmark")]),
        Entity("method:direct-preference-optimization", "Direct Preference Optimization", "method", "compares_with",
               aliases=["DPO"], mentions=[_span(abstract, "DPO", 1, "abbreviation")]),
    ]
    return [
        ExtractedPaper(EVIL_PAPER, f"Title {PAYLOADS[3]} {PAYLOADS[5]}", abstract, ents,
                       code=["https://github.com/x/y", f"javascript:window.__pwned=7//{PAYLOADS[1]}"],
                       year=2024, venue=PAYLOADS[1]),
    ]


def web_tables():
    return graph_tables(build_graph(read_extracted(SMALL) + payload_papers()))


@contextmanager
def serving(store, where: str = "test store"):
    """The explorer over store on 127.0.0.1 (a free port) in this process; yields its base URL."""
    from werkzeug.serving import make_server

    from paperkg.web import create_app

    server = make_server("127.0.0.1", 0, create_app(store, where=where), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
