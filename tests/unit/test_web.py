"""The web explorer's pages through Flask's test client, on a real LadybugDB store (no mocks): status codes,
what each page shows, escaping of every text from the store, CSV downloads, errors. The browser tests
(tests/browser/test_serve_browser.py) drive the same pages in Chromium."""

from __future__ import annotations

import csv
import io
import re

import pytest
from web_fixtures import EVIL_BENCH, EVIL_METHOD, EVIL_PAPER, PAYLOADS, web_tables

from paperkg import queries
from paperkg.cli import main
from paperkg.graph.store import open_store
from paperkg.web import create_app
from paperkg.web.highlight import pieces

DPO = "method:direct-preference-optimization"


@pytest.fixture(scope="module")
def store():
    s = open_store()
    s.load(web_tables())
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store):
    return create_app(store, where="memory").test_client()


def text(resp) -> str:
    return resp.get_data(as_text=True)


@pytest.mark.parametrize("url", [
    "/", "/search?q=dpo", "/search?q=", "/queries", "/pictures", "/query/top-methods",
    f"/entity/{DPO}", "/entity/benchmark:mt-bench", "/entity/family:llama", "/entity/model:llama-2-7b",
    "/entity/dataset:hh-rlhf", "/paper/2305.18290", "/paper/2402.00005", f"/paper/{EVIL_PAPER}",
])
def test_every_page_answers(client, url):
    resp = client.get(url)
    assert resp.status_code == 200, text(resp)[:500]
    assert resp.mimetype == "text/html"
    assert 'id="q"' in text(resp)  # the search box is on every page
    assert "Content-Security-Policy" in resp.headers


def test_search_finds_entities_and_papers(client):
    page = text(client.get("/search?q=preference"))
    assert f'href="/entity/{DPO}"' in page
    assert 'href="/paper/2305.18290"' in page  # its title contains "Preference"
    empty = text(client.get("/search?q=zzzz-nothing"))
    assert "No entity" in empty and "No paper" in empty


def test_suggestions_are_json_with_links(client):
    items = client.get("/suggest?q=dpo").get_json()
    assert items[0] == {"kind": "entity", "type": "method", "label": "Direct Preference Optimization", "key": DPO,
                        "papers": 5, "url": f"/entity/{DPO}"}
    papers = [i for i in client.get("/suggest?q=study").get_json() if i["kind"] == "paper"]
    assert papers and papers[0]["url"] == "/paper/2310.00001"
    assert client.get("/suggest?q=d").get_json() == []  # one letter: no suggestion yet


def test_entity_page_shows_roles_evidence_and_neighbourhood(client):
    page = text(client.get(f"/entity/{DPO}"))
    assert "aliases</dt><dd id=\"aliases\">DPO</dd>" in page
    on = page[page.index('id="evaluated-on"'):page.index("</table>", page.index('id="evaluated-on"'))]
    assert "MT-Bench" in on and "<td>proposes</td>" in on and "<td>uses</td>" in on
    assert "<mark>DPO</mark>" in page  # the evidence sentence marks the mention
    assert 'id="years"' in page and "2023: 2 papers" in page
    data = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S).group(1)
    assert '"url": "/entity/benchmark:mt-bench"' in data or '"url":"/entity/benchmark:mt-bench"' in data


def test_benchmark_page_lists_methods_evaluated_on_it(client):
    page = text(client.get("/entity/benchmark:mt-bench"))
    here = page[page.index('id="evaluated-here"'):]
    assert f'href="/entity/{DPO}"' in here and "/entity/method:ppo" in here


def test_family_page_lists_its_models_and_a_model_links_its_family(client):
    page = text(client.get("/entity/family:llama"))
    assert 'href="/entity/model:llama-2-7b"' in page
    data = re.search(r'id="graph-data">(.*?)</script>', page, re.S).group(1)
    assert "/entity/model:llama-2-7b" in data  # no paper names a family: its graph is its models
    assert 'href="/entity/family:llama"' in text(client.get("/entity/model:llama-2-7b"))


def test_paper_page_marks_every_mention_and_lists_code_and_related(client):
    page = text(client.get("/paper/2305.18290"))
    abstract = page[page.index('id="abstract"'):page.index("</p>", page.index('id="abstract"'))]
    # DPO is named three times (once as its definition's short form): each one a link
    assert abstract.count(f'href="/entity/{DPO}"') == 4
    assert 'href="https://github.com/example/dpo"' in page
    related = page[page.index('id="related"'):]
    assert 'href="/paper/2402.00005"' in related and "Direct Preference Optimization" in related


def test_missing_entity_paper_and_query_are_clear_404s(client):
    for url, words in (("/entity/method:nope", "no entity with key 'method:nope'"),
                       ("/paper/nope", "no paper with id 'nope'"), ("/query/nope", "no canned query named 'nope'"),
                       ("/nowhere", "there is no page at this address")):
        resp = client.get(url)
        assert resp.status_code == 404
        assert words.replace("'", "&#39;") in text(resp)


def test_payloads_in_the_store_reach_every_page_as_text(client):
    pages = [text(client.get(u)) for u in (
        f"/entity/{EVIL_METHOD}", f"/entity/{EVIL_BENCH}", f"/paper/{EVIL_PAPER}", "/search?q=script",
        f"/entity/{DPO}", "/query/top-methods", "/query/paper-proposals", "/query/related-papers?paper=evil-1")]
    for page in pages:
        for payload in PAYLOADS:
            assert payload not in page
        assert "<script>window" not in page and "<img src=x" not in page and "<svg onload" not in page
        assert 'href="javascript:' not in page and 'src="javascript:' not in page  # as text only, never a link
    paper = pages[2]
    assert "&lt;svg onload=&#34;window.__pwned=4&#34;&gt;" in paper  # the title, escaped
    assert "{{ 7*7 }}" in paper and "49" not in paper  # no template evaluation of data
    suggest = client.get("/suggest?q=script").get_json()
    assert any(PAYLOADS[0] in item["label"] for item in suggest)  # JSON keeps the text; app.js shows it as text


def test_query_form_runs_and_reports_bad_values(client):
    form = text(client.get("/query/methods-on-benchmark"))
    assert 'name="benchmark"' in form and "required" in form and 'id="results"' not in form
    page = text(client.get("/query/methods-on-benchmark?benchmark=MT-Bench&limit=5"))
    table = page[page.index('id="results"'):]
    assert "<td>PPO</td>" in table and '<a href="/entity/method:ppo">method:ppo</a>' in table  # keys link
    bad = client.get("/query/methods-on-benchmark?benchmark=MT-Bench&limit=lots")
    assert bad.status_code == 200 and "limit must be an integer" in text(bad)


def test_csv_download_holds_every_row(client, store):
    resp = client.get("/query/method-benchmark-matrix.csv")
    assert resp.mimetype == "text/csv"
    assert 'attachment; filename="method-benchmark-matrix.csv"' == resp.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(text(resp))))
    want = queries.run("method-benchmark-matrix", store)
    assert len(rows) == len(want) > 5
    assert [r["method_key"] for r in rows] == list(want["method_key"])


def test_pictures_are_16_by_9_on_light_and_dark(client):
    from matplotlib import image

    for theme in ("light", "dark"):
        png = client.get(f"/picture/neighbourhood.png?key={DPO}&theme={theme}")
        assert png.mimetype == "image/png"
        h, w = image.imread(io.BytesIO(png.get_data()), format="png").shape[:2]
        assert (w, h) == (2000, 1125)
    svg = text(client.get("/picture/heatmap.svg?theme=dark"))
    assert svg.startswith("<?xml") and "<script" not in svg
    assert client.get("/picture/bipartite.svg?top=0").status_code == 400
    assert client.get("/picture/heatmap.svg?theme=neon").status_code == 400
    assert client.get("/picture/neighbourhood.svg?key=method:nope").status_code == 404


def test_highlight_pieces_prefer_the_longer_earlier_mention():
    text_ = "DPO and Direct Preference Optimization (DPO); DPOX is not DPO."
    ents = [{"entity": "Direct Preference Optimization", "surface": "DPO", "aliases": ["DPO"], "start": 0, "end": 3,
             "field": "abstract", "key": DPO},
            {"entity": "Preference", "surface": "Preference", "aliases": [], "field": "abstract", "key": "x"}]
    got = [(p.text, p.entity["key"] if p.entity else None) for p in pieces(text_, ents)]
    assert "".join(t for t, _ in got) == text_
    assert [t for t, k in got if k == DPO] == ["DPO", "Direct Preference Optimization", "DPO", "DPO"]
    assert ("Preference", "x") not in got  # inside a longer mention
    assert ("DPOX is not ", None) in got or any("DPOX" in t and k is None for t, k in got)


def test_serve_refuses_a_missing_store(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "none.lbdb"), "--port", "0"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no graph store at" in err[0] and "paperkg build" in err[0]


def test_serve_says_when_neo4j_is_down(monkeypatch, capsys):
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")  # nothing listens on the discard port
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret-pw")
    assert main(["serve", "--neo4j", "--port", "0"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "unreachable" in err and "s3cret-pw" not in err
