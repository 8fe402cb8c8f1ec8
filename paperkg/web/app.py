"""The Flask application behind `paperkg serve`: read-only pages over one store.

Pages (stable URLs, shareable): /search?q=, /entity/<key>, /paper/<id>, /queries, /query/<name>?k=v (and
.csv), /pictures; JSON for the search box at /suggest?q=; pictures for slides at /picture/<view>.<svg|png>.
Templates are Jinja2 with autoescaping, so every text from abstracts reaches the page as text; the data for
the interactive graph travels as JSON inside <script type="application/json"> (Flask's tojson escapes <, >,
& and '). Every script and style is served from here: the page asks nothing of any other host.
"""

from __future__ import annotations

import io
import re
from importlib import resources

from flask import Flask, Response, abort, jsonify, render_template, request, url_for

from paperkg.errors import PaperkgError, QueryError, StoreError, TooManyNodes

from . import data, highlight, pictures

VIS_JS = ("templates", "lib", "vis-9.1.2", "vis-network.min.js")
MAX_TABLE_ROWS = 1000  # rows shown in a query's table; the CSV has them all
_VIS_JS_TEXT = {}


def create_app(store, *, where: str = "") -> Flask:
    """A Flask app reading `store` (a paperkg GraphStore, opened read-only by the caller). `where` names the
    store on every page (path or server, no password)."""
    app = Flask(__name__)
    app.json.sort_keys = False  # suggestions keep their field order
    app.jinja_env.autoescape = True  # also for .svg/.txt templates, not only .html
    shared = data.SharedStore(store)
    app.extensions["paperkg_store"] = shared

    # Globals, not a context processor: imported macros (_macros.html) see them too.
    app.jinja_env.globals.update(where=where, entity_url=data.entity_url, paper_url=data.paper_url,
                                 pieces=highlight.pieces, sentence_pieces=highlight.sentence_pieces)

    @app.after_request
    def _headers(resp: Response) -> Response:
        # Defence in depth behind escaping: nothing but this server, no inline event handlers or scripts.
        resp.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        )
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "no-referrer")
        return resp

    @app.errorhandler(data.NotFound)
    def _not_found(exc):
        return render_template("error.html", title="Not found", message=str(exc), status=404), 404

    @app.errorhandler(404)
    def _no_page(exc):
        return render_template("error.html", title="Not found", message="there is no page at this address",
                               status=404), 404

    @app.errorhandler(StoreError)
    def _store_down(exc):
        # Neo4j down, a store gone or damaged: say so on the page (the message never holds the password).
        return render_template("error.html", title="The graph store cannot be read", message=str(exc),
                               status=503), 503

    @app.errorhandler(QueryError)
    def _bad_query(exc):
        return render_template("error.html", title="Bad query parameters", message=str(exc), status=400), 400

    @app.route("/")
    def home():
        top = {name: data.records(run) for name, run in (
            ("methods", _q("top-methods", limit=15)), ("benchmarks", _q("top-benchmarks", limit=15)))}
        return render_template("home.html", top=top, forms=data.forms())

    def _q(name, **params):
        from paperkg import queries

        return queries.run(name, shared, **params)

    @app.route("/search")
    def search():
        q = request.args.get("q", "")
        return render_template("search.html", result=data.search(shared, q), search_text=q)

    @app.route("/suggest")
    def suggest():
        return jsonify(data.suggest(shared, request.args.get("q", "")))

    @app.route("/entity/<path:key>")
    def entity(key):
        page = data.entity(shared, key)
        graph = pictures.payload(data.neighbourhood(shared, key, card=page["entity"], co=page["co_occurring"]))
        return render_template("entity.html", page=page, e=page["entity"], graph=graph,
                               chart=pictures.year_bars(page["years"]))

    @app.route("/paper/<path:paper_id>")
    def paper(paper_id):
        page = data.paper(shared, paper_id)
        return render_template("paper.html", page=page, p=page["paper"])

    @app.route("/queries")
    def query_list():
        return render_template("queries.html", forms=data.forms())

    @app.route("/query/<name>.csv")
    def query_csv(name):
        q = data.query_form(name)
        df = data.run_query(shared, q, request.args.to_dict())
        buf = io.StringIO()
        df.to_csv(buf, index=False)
        filename = re.sub(r"[^A-Za-z0-9._-]", "_", name) + ".csv"
        return Response(buf.getvalue(), mimetype="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})

    @app.route("/query/<name>")
    def query(name):
        q = data.query_form(name)
        given = request.args.to_dict()
        rows = columns = None
        total = 0
        error = None
        if data.ready(q, given):
            try:
                df = data.run_query(shared, q, given)
            except QueryError as exc:  # a bad value: the form again, with the message
                error = str(exc)
            else:
                total = len(df)
                columns = list(df.columns)
                rows = data.records(df.head(MAX_TABLE_ROWS))
        return render_template("query.html", q=q, given=given, rows=rows, columns=columns, total=total,
                               error=error, shown=MAX_TABLE_ROWS, picture=pictures.QUERY_PICTURES.get(q.name),
                               csv_url=url_for("query_csv", name=q.name, **given))

    @app.route("/pictures")
    def picture_list():
        return render_template("pictures.html", views=pictures.VIEWS)

    @app.route("/picture/<view>.<fmt>")
    def picture(view, fmt):
        if view not in pictures.VIEWS or fmt not in pictures.FORMATS:
            abort(404)
        theme = request.args.get("theme", "light")
        if theme not in pictures.THEMES:
            raise QueryError(f"theme must be one of {', '.join(pictures.THEMES)}, not {theme!r}")
        try:
            body = pictures.render(shared, view, fmt, theme=theme, key=request.args.get("key"),
                                   top=request.args.get("top"))
        except TooManyNodes as exc:
            raise QueryError(str(exc)) from None
        name = f"paperkg-{view}-{theme}.{fmt}"
        return Response(body, mimetype=pictures.FORMATS[fmt],
                        headers={"Content-Disposition": f'inline; filename="{name}"'})

    @app.route("/static/vendor/vis-network.min.js")
    def vis_js():
        if "vis" not in _VIS_JS_TEXT:
            js = resources.files("pyvis").joinpath(*VIS_JS).read_text(encoding="utf-8")
            _VIS_JS_TEXT["vis"] = re.sub(r"//# sourceMappingURL=\S*", "", js)  # no .map fetch from dev tools
        return Response(_VIS_JS_TEXT["vis"], mimetype="text/javascript",
                        headers={"Cache-Control": "max-age=3600"})

    @app.errorhandler(PaperkgError)
    def _other(exc):
        return render_template("error.html", title="Error", message=str(exc), status=500), 500

    return app
