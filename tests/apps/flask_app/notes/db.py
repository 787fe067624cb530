"""sqlite3 access: one connection per application context, plus the app's click commands."""
import json
import sqlite3

import click
from flask import current_app, g
from flask.cli import with_appcontext  # commands added with add_command need it explicitly


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
        g.db.execute("PRAGMA foreign_keys = ON")
    return g.db


def close_db(exc=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def add_note(title, body, tags=(), pinned=False):
    """Inserts a note and its tags; raises sqlite3.IntegrityError for a duplicate title."""
    db = get_db()
    with db:  # one transaction
        note_id = db.execute(
            "INSERT INTO note (title, body, pinned) VALUES (?, ?, ?)", (title, body, int(pinned))
        ).lastrowid
        db.executemany("INSERT INTO tag (note_id, name) VALUES (?, ?)", [(note_id, t) for t in sorted(set(tags))])
    return note_id


def tags_of(note_id):
    rows = get_db().execute("SELECT name FROM tag WHERE note_id = ? ORDER BY name", (note_id,))
    return [r["name"] for r in rows]


@click.command("init-db")
@with_appcontext
def init_db_command():
    """Creates the tables from schema.sql (a data file of the package)."""
    with current_app.open_resource("schema.sql") as f:
        get_db().executescript(f.read().decode("utf-8"))
    click.echo("Initialized the database.")


@click.command("add-note")
@with_appcontext
@click.argument("title")
@click.option("--body", default="", help="The note's text.")
@click.option("--tag", "tags", multiple=True, help="A tag (repeatable).")
@click.option("--pinned/--no-pinned", default=False)
@click.option("--repeat", type=click.IntRange(1, 5), default=1, help="Add N numbered copies.")
def add_note_command(title, body, tags, pinned, repeat):
    """Adds a note (or several numbered copies)."""
    for i in range(1, repeat + 1):
        name = title if repeat == 1 else f"{title} {i}"
        try:
            note_id = add_note(name, body, tags, pinned)
        except sqlite3.IntegrityError:
            raise click.ClickException(f"a note titled {name!r} exists")
        click.echo(f"note {note_id}: {name} [{', '.join(sorted(set(tags))) or '-'}]{' pinned' if pinned else ''}")


@click.command("stats")
@with_appcontext
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def stats_command(fmt):
    """Counts notes per tag."""
    rows = get_db().execute("SELECT name, COUNT(*) AS n FROM tag GROUP BY name ORDER BY name").fetchall()
    counts = {r["name"]: r["n"] for r in rows}
    if fmt == "json":
        click.echo(json.dumps(counts, sort_keys=True))
    else:
        for name, n in counts.items():
            click.echo(f"{name:>10} {n}")


def init_app(app):
    app.teardown_appcontext(close_db)
    for command in (init_db_command, add_note_command, stats_command):
        app.cli.add_command(command)
