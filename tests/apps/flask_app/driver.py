"""Drives the notes app through Flask's test client and CLI runner and prints a transcript that
must be the same natively and in wasm: no cookie values, no host paths, nothing time-dependent."""
import json
import os
import re
import shutil
import sys
import tempfile

import jinja2

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # the notes package lives beside this file, wherever the cwd is

from flask import render_template_string, url_for  # noqa: E402
from markupsafe import Markup, escape  # noqa: E402

from notes import create_app  # noqa: E402


def section(name):
    print(f"\n== {name}")


def show(resp, label, only=None):
    """Status, Location, the title and the lines of <main> (those matching only, if given)."""
    print(f"{label}: {resp.status_code} {resp.mimetype}", f"Location={resp.location}" if resp.location else "")
    html = resp.get_data(as_text=True)
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    if title:
        print("  title:", title.group(1).strip())
    main = re.search(r"<main>(.*?)</main>", html, re.S)
    for line in main.group(1).splitlines() if main else []:
        if line.strip() and (only is None or re.search(only, line)):
            print("  |", line.strip())


def show_json(resp, label):
    location = f" Location={resp.location}" if resp.location else ""
    print(f"{label}: {resp.status_code}{location} {json.dumps(resp.get_json(), sort_keys=True, ensure_ascii=False)}")


def cli(runner, *args):
    result = runner.invoke(args=list(args))
    print(f"$ flask {' '.join(args)}  -> exit {result.exit_code}")
    for line in result.output.splitlines():
        print("  " + line.rstrip())
    if result.exception and not isinstance(result.exception, SystemExit):
        print("  exception:", repr(result.exception))


workdir = tempfile.mkdtemp(prefix="notes-")  # /tmp: writable in wasm too
app = create_app({"TESTING": True, "DATABASE": os.path.join(workdir, "notes.sqlite")})

section("app")
print("name:", app.name, "| blueprints:", sorted(app.blueprints))
for rule in sorted(app.url_map.iter_rules(), key=lambda r: (r.rule, r.endpoint)):
    print(f"  {rule.rule:28} {rule.endpoint:18} {','.join(sorted(rule.methods - {'HEAD', 'OPTIONS'}))}")

section("click commands")
runner = app.test_cli_runner()
cli(runner, "init-db")
cli(runner, "add-note", "groceries", "--body", "Eggs, milk & <b>bread</b> for the weekend", "--tag", "home",
    "--tag", "food", "--pinned")
cli(runner, "add-note", "draft", "--repeat", "3", "--tag", "work", "--body", "To do.")
cli(runner, "add-note", "groceries")
cli(runner, "add-note", "too many", "--repeat", "9")
cli(runner, "stats")
cli(runner, "stats", "--format", "json")
cli(runner, "add-note", "--help")

section("pages")
client = app.test_client()
show(client.get("/"), "GET /")
show(client.get("/notes/1"), "GET /notes/1")
show(client.get("/notes/99"), "GET /notes/99")
show(client.get("/notes/new"), "GET /notes/new")
# Two flashes below: the first redirect's message was not displayed yet, it waits in the session.
show(client.get("/notes/new", follow_redirects=True), "GET /notes/new (followed)")
show(client.post("/login", data={"username": "ada", "password": "guess"}), "POST /login (wrong)", only="flash")
show(client.post("/login?next=/notes/new", data={"username": "ada", "password": "opensesame"}), "POST /login")
show(client.post("/notes/new", data={"title": " ", "body": "x"}), "POST /notes/new (no title)", only="flash")
show(client.post("/notes/new", data={"title": "draft 2"}), "POST /notes/new (duplicate)", only="flash")
evil = {"title": "<script>alert('hi')</script>", "body": "<b>bold</b> & more", "tags": "web  home"}
resp = client.post("/notes/new", data=evil)
show(resp, "POST /notes/new")
show(client.get(resp.location), "GET " + resp.location)
show(client.get("/"), "GET / (logged in)")

section("session")
show_json(client.get("/whoami"), "GET /whoami")
show_json(client.get("/whoami"), "GET /whoami")
cookie = client.get_cookie("session")
serializer = app.session_interface.get_signing_serializer(app)
print("cookie set:", cookie is not None, "| decodes to:", json.dumps(serializer.loads(cookie.value), sort_keys=True))
other = app.test_client()
show_json(other.get("/whoami"), "GET /whoami (new client)")
other.set_cookie("session", cookie.value[:-2] + ("AA" if cookie.value[-2:] != "AA" else "BB"))
show_json(other.get("/whoami"), "GET /whoami (tampered cookie)")
show(client.get("/logout"), "GET /logout")
show_json(client.get("/whoami"), "GET /whoami (after logout)")

section("JSON API")
show_json(client.get("/api/notes?tag=work"), "GET /api/notes?tag=work")
show_json(client.get("/api/notes/1"), "GET /api/notes/1")
show_json(client.get("/api/notes/99"), "GET /api/notes/99")
show_json(client.get("/api/nothing"), "GET /api/nothing")
show_json(client.post("/api/notes", json={"title": "api note", "tags": ["api", "work"], "pinned": True}), "POST")
show_json(client.post("/api/notes", data="{oops", content_type="application/json"), "POST bad JSON")
show_json(client.post("/api/notes", json={"title": "t", "tags": "notalist"}), "POST bad tags")
show_json(client.post("/api/notes", json={"title": "api note"}), "POST duplicate")
print("DELETE /api/notes/1:", client.delete("/api/notes/1").status_code)
resp = client.get("/api/notes")
print("GET /api/notes:", resp.status_code, [(n["id"], n["title"], n["pinned"]) for n in resp.get_json()])
cli(runner, "stats")

section("url_for, static files, templates")
with app.test_request_context("/somewhere"):
    print(url_for("pages.note", note_id=3), url_for("pages.note", note_id=3, _external=True))
    print(url_for("api.list_notes", tag="a b&c"), url_for("static", filename="style.css"))
    # Flask's environment autoescapes string templates too; a plain jinja2 Environment does not.
    print(render_template_string("{{ x }} | {{ y }} | {{ x|safe }}", x="<i>&", y=Markup("<i>ok</i>")))
    print(app.jinja_env.from_string("{{ x }}").render(x="<i>&"), jinja2.Environment().from_string("{{ x }}").render(x="<i>&"))
print(escape("<a href='x'>\"&\"</a>"), Markup("<b>%s</b>") % "<i>", Markup("<p>a&amp;b</p>").striptags())
resp = client.get("/static/style.css")
css = resp.get_data(as_text=True)
print("GET /static/style.css:", resp.status_code, resp.mimetype, len(css), "chars,", css.count("\n"), "lines")
resp.close()

shutil.rmtree(workdir)
print("\ndone")
