"""A small notes app: an application factory, two blueprints (HTML pages and a JSON API),
sqlite through the stdlib sqlite3 module and click commands."""
from flask import Flask, jsonify, render_template, request
from markupsafe import Markup
from werkzeug.exceptions import HTTPException


def create_app(config=None):
    app = Flask(__name__)
    # Fixed key: a test app; signed session cookies must verify within a run. DATABASE has
    # no default on purpose: the caller picks a writable path (nothing is written in the app dir).
    app.config.from_mapping(SECRET_KEY="py2c-wasm-test-app-not-a-secret", DATABASE=None)
    app.config.update(config or {})

    from . import api, db, pages

    db.init_app(app)
    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp, url_prefix="/api")

    @app.template_filter("excerpt")
    def excerpt(text, words=5):
        """The first words of a text, '…' if cut (a custom Jinja2 filter)."""
        parts = text.split()
        return " ".join(parts[:words]) + (" …" if len(parts) > words else "")

    @app.template_global()
    def badge(label):
        # Markup: this HTML is ours; the label inside is escaped.
        return Markup('<span class="badge">%s</span>') % label

    @app.errorhandler(404)
    @app.errorhandler(400)
    def http_error(error: HTTPException):
        # The API answers errors in JSON, the pages in HTML.
        if request.path.startswith("/api/"):
            return jsonify(error=error.name, detail=error.description), error.code
        return render_template("error.html", error=error), error.code

    return app
