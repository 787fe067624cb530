"""Drives the bookshelf test site end to end and prints a transcript that must be the same
natively and in wasm: management commands, then requests through django.test.Client and
AsyncClient. Nothing random, host-specific or time-dependent is printed (tokens and session
keys only by length), so the output is byte-identical across runs and PYTHONHASHSEED values."""
import asyncio
import io
import json
import os
import re
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # the project packages live beside this file, wherever the cwd is
os.environ["DJANGO_SETTINGS_MODULE"] = "shelfsite.settings"
os.environ["APP_DB"] = ":memory:"  # a fresh database each run: the transcript starts from scratch

import django  # noqa: E402

django.setup()

import datetime  # noqa: E402
import zoneinfo  # noqa: E402

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import AsyncClient, Client  # noqa: E402
from django.utils import formats, timezone, translation  # noqa: E402


def section(name):
    print(f"\n== {name}")


def command(*args, **options):
    """Runs a management command and prints what it wrote (no colours: not a tty)."""
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err, no_color=True, **options)
    print(f"$ manage.py {' '.join(args)}")
    for line in (out.getvalue() + err.getvalue()).splitlines():
        print("  " + line.rstrip())


def clean(text):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", text)).strip()


def show(resp, label, only=None):
    """Status, interesting headers, the page title and the lines of our <main> element
    (those matching the regex only, if given)."""
    print(f"{label}: {resp.status_code}", end="")
    for header in ("Location", "Content-Language"):
        if resp.has_header(header):
            print(f" {header}={resp[header]}", end="")
    print()
    html = resp.content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    if title:
        print("  title:", clean(title.group(1)))
    main = re.search(r"<main>(.*?)</main>", html, re.S)
    for line in main.group(1).splitlines() if main else []:
        if "csrfmiddlewaretoken" in line:  # a fresh random token per request
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]*)"', line).group(1)
            line = line.replace(token, f"<{len(token)} chars>")
        if line.strip() and (only is None or re.search(only, line)):
            print("  |", line.strip())


def show_json(resp, label):
    print(f"{label}: {resp.status_code} {json.dumps(resp.json(), sort_keys=True, ensure_ascii=False)}")


def grep(resp, label, pattern):
    """For the admin's big pages: the status, the title and every match of pattern."""
    html = resp.content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    print(f"{label}: {resp.status_code}", f"title: {clean(title.group(1))}" if title else "")
    for match in re.finditer(pattern, html, re.S):
        print("  |", " / ".join(clean(g) for g in match.groups() if g is not None))


section("setup")
print("Django", django.get_version(), "| time zone", timezone.get_current_timezone_name())
command("check")
command("migrate", verbosity=1)
command("makemigrations", "--check", "--dry-run")
command("showmigrations", "bookshelf", "auth", "sessions")
command("loaddata", "shelf")
admin = User.objects.create_superuser("admin", "admin@example.com", "correct horse")
print("superuser:", admin.username, admin.is_superuser, admin.check_password("correct horse"),
      admin.check_password("wrong"), admin.password.split("$")[0])

section("list and detail views")
client = Client()
show(client.get("/"), "GET /")
show(client.get("/?page=2"), "GET /?page=2")
show(client.get("/?page=9"), "GET /?page=9")
for lang in ("fr", "de", "es"):
    show(client.get("/", HTTP_ACCEPT_LANGUAGE=lang), f"GET / [{lang}]", only=r"<h1>|<p>|Poems")
show(client.get("/books/1/"), "GET /books/1/")
# Book 5 was added at 02:30 local on the night clocks went back: an ambiguous time, for which
# the "e" format prints no zone name.
show(client.get("/books/5/", HTTP_ACCEPT_LANGUAGE="fr"), "GET /books/5/ [fr]")
print("GET /books/999/:", client.get("/books/999/").status_code)

section("create view with a ModelForm")
show(client.get("/books/new/"), "GET /books/new/")
errors = r"errorlist|<label"
bad = {"title": "LOUD BOOK", "author": "1", "genre": "novel", "year": "1700", "added": "2024-05-01 14:00"}
show(client.post("/books/new/", bad), "POST invalid", only=errors)
show(client.post("/books/new/", {"title": "Mathilda", "author": "1", "year": "1700", "added": "2024-13-01"},
                 HTTP_ACCEPT_LANGUAGE="de"), "POST invalid [de]", only=errors)
show(client.post("/books/new/", {"title": "", "author": "99", "genre": "epic", "year": "x"},
                 HTTP_ACCEPT_LANGUAGE="fr"), "POST invalid [fr]", only=errors)
# A French date-time input, read in the active time zone (Paris, summer time): 12:00 UTC.
good = {"title": "Mathilda", "author": "1", "genre": "novel", "year": "1819", "added": "01/05/2024 14:00"}
resp = client.post("/books/new/", good, HTTP_ACCEPT_LANGUAGE="fr")
show(resp, "POST valid [fr]")
show(client.get(resp["Location"], HTTP_ACCEPT_LANGUAGE="fr"), "GET Location [fr] (flashed message)")

section("JSON API")
show_json(client.get("/api/books/?genre=poetry"), "GET /api/books/?genre=poetry")
show_json(client.get("/api/books/?genre=epic"), "GET /api/books/?genre=epic")
resp = client.get("/api/books/")
print("GET /api/books/:", resp.status_code, resp["Content-Type"], [b["title"] for b in resp.json()["books"]])
review = {"book": 7, "rating": 4, "text": "Dark."}
show_json(client.post("/api/books/", review, content_type="application/json"), "POST review")
show_json(client.post("/api/books/", {"book": 7, "rating": 9}, content_type="application/json"), "POST rating 9")
show_json(client.post("/api/books/", "{not json", content_type="application/json"), "POST bad JSON")
show_json(client.post("/api/books/", {"book": 99, "rating": 1}, content_type="application/json"), "POST no book")
show(client.get("/books/7/"), "GET /books/7/")

section("sessions")
for _ in range(3):
    show_json(client.get("/counter/"), "GET /counter/")
print("session key length:", len(client.session.session_key), "| visits stored:", client.session["visits"])
other = Client()
show_json(other.get("/counter/"), "GET /counter/ (new client)")
print("same session:", other.session.session_key == client.session.session_key)

section("time zones")
show(client.get("/when/"), "GET /when/")
show(client.get("/when/?tz=America/Sao_Paulo", HTTP_ACCEPT_LANGUAGE="fr"), "GET /when/?tz=America/Sao_Paulo [fr]")
show(client.get("/when/?tz=Nowhere/City", HTTP_ACCEPT_LANGUAGE="es"), "GET /when/?tz=Nowhere/City [es]")
fixed = datetime.datetime(2024, 10, 27, 0, 59, 59, tzinfo=datetime.timezone.utc)
for delta in (0, 1):
    t = fixed + datetime.timedelta(seconds=delta)
    print("localtime:", t.isoformat(), "->", timezone.localtime(t).isoformat(), timezone.localtime(t).tzname())
for name in ("Asia/Tokyo", "America/Sao_Paulo"):
    zone = zoneinfo.ZoneInfo(name)
    print(f"{name}:", fixed.astimezone(zone).isoformat(), fixed.astimezone(zone).tzname())
    with timezone.override(zone), translation.override("de"):
        print("  de, overridden:", formats.date_format(timezone.localtime(fixed), "DATETIME_FORMAT"))
with translation.override("es"):
    print("es SHORT_DATE_FORMAT:", formats.date_format(fixed, "SHORT_DATE_FORMAT"),
          "| number:", formats.number_format(1234567.891, 2, use_l10n=True, force_grouping=True))

section("admin")
admin_client = Client()
show(admin_client.get("/admin/"), "GET /admin/ (anonymous)")
grep(admin_client.get("/admin/login/"), "GET /admin/login/", r'<label[^>]*for="id_(\w+)"[^>]*>(.*?)</label>')
grep(admin_client.post("/admin/login/?next=/admin/", {"username": "admin", "password": "nope"}),
     "POST login (wrong password)", r'<p class="errornote">(.*?)</p>')
resp = admin_client.post("/admin/login/?next=/admin/", {"username": "admin", "password": "correct horse"})
print("POST login:", resp.status_code, resp["Location"])
grep(admin_client.get("/admin/"), "GET /admin/", r'class="section" title="([^"]+)">(.*?)</a>')
rows = r'class="field-title"><a href="([^"]+)">(.*?)</a>.*?class="field-genre">(.*?)</td>|class="paginator">(.*?)</p>'
grep(admin_client.get("/admin/bookshelf/book/"), "GET changelist", rows)
grep(admin_client.get("/admin/bookshelf/book/?q=verne"), "GET changelist ?q=verne", rows)
grep(admin_client.get("/admin/bookshelf/book/?genre__exact=science", HTTP_ACCEPT_LANGUAGE="fr"),
     "GET changelist ?genre__exact=science [fr]", rows)
grep(admin_client.get("/admin/bookshelf/book/1/change/"), "GET change form",
     r'<input type="text" name="(title)"[^>]*value="([^"]*)"|<option value="(\w+)" selected>(.*?)</option>')
grep(admin_client.post("/admin/logout/"), "POST /admin/logout/", r"<h1>(.*?)</h1>")


section("async view through AsyncClient")


async def async_requests():
    aclient = AsyncClient()  # headers= here: its extra keywords are ASGI scope keys
    show_json(await aclient.get("/ping/"), "GET /ping/")
    show_json(await aclient.post("/ping/", {"n": [1, 2]}, content_type="application/json",
                                 headers={"Accept-Language": "es"}), "POST /ping/ [es]")
    # A sync view under ASGI runs in asgiref's executor thread. Natively that thread gets its
    # own, empty :memory: database, so the views used here must not touch the ORM.
    show(await aclient.get("/when/?tz=UTC", headers={"Accept-Language": "de"}), "GET /when/?tz=UTC [de]", only="<h1>|<li>")


asyncio.run(async_requests())

# Natively asgiref runs Django's sync middleware in executor threads; report which threads
# exist at the end on stderr (not part of the compared transcript).
print("threads:", sorted(t.name for t in threading.enumerate()), file=sys.stderr)
print("\ndone")
