"""`paperkg serve` over the real Neo4j server: the same pages as over LadybugDB, and a clear page when the
server goes away while the explorer runs."""

from __future__ import annotations

import re

import pytest
from web_fixtures import EVIL_PAPER, web_tables

from paperkg.graph.store_ladybug import LadybugStore
from paperkg.graph.store_neo4j import Neo4jStore
from paperkg.web import create_app

pytestmark = pytest.mark.neo4j

PAGES = ["/", "/search?q=dpo", "/suggest?q=pre", "/entity/method:direct-preference-optimization",
         "/entity/benchmark:mt-bench", "/entity/family:llama", "/entity/model:llama-2-7b", "/paper/2305.18290",
         f"/paper/{EVIL_PAPER}", "/query/methods-on-benchmark?benchmark=MT-Bench", "/query/related-papers?paper=2305.18290",
         "/query/method-benchmark-matrix.csv", "/entity/method:nope"]


def _body(resp) -> str:
    # The interactive graph's layout seed and data are the same; only the footer names the store.
    return re.sub(r"<footer>.*?</footer>", "", resp.get_data(as_text=True), flags=re.S)


def test_pages_on_neo4j_equal_pages_on_ladybug(store):
    tables = web_tables()
    store.load(tables)
    lady = LadybugStore(None)
    lady.load(tables)
    try:
        neo_client = create_app(store, where="neo4j").test_client()
        lady_client = create_app(lady, where="ladybug").test_client()
        for url in PAGES:
            a, b = neo_client.get(url), lady_client.get(url)
            assert a.status_code == b.status_code, url
            assert _body(a) == _body(b), url
    finally:
        lady.close()


def test_neo4j_going_down_gives_a_clear_page(own_server):
    server = own_server("serve-down")
    uri = server.start()
    store = Neo4jStore(uri=uri, password="pw-not-shown", connection_timeout=3, retry_seconds=1)
    store.load(web_tables())
    client = create_app(store, where="neo4j").test_client()
    assert client.get("/entity/method:direct-preference-optimization").status_code == 200
    server.crash()
    resp = client.get("/entity/method:direct-preference-optimization")
    page = resp.get_data(as_text=True)
    assert resp.status_code == 503
    assert "The graph store cannot be read" in page and "unreachable" in page
    assert "pw-not-shown" not in page and "Traceback" not in page
    store.close()
