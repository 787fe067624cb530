"""The JSON API: list/get/create notes. Errors (400/404/409) are answered in JSON."""
import sqlite3

from flask import Blueprint, abort, jsonify, request, url_for

from .db import add_note, get_db, tags_of

bp = Blueprint("api", __name__)


def note_json(row):
    return {"id": row["id"], "title": row["title"], "body": row["body"], "pinned": bool(row["pinned"]),
            "tags": tags_of(row["id"]), "url": url_for("pages.note", note_id=row["id"])}


@bp.get("/notes")
def list_notes():
    tag = request.args.get("tag")
    if tag:
        sql = "SELECT note.* FROM note JOIN tag ON tag.note_id = note.id WHERE tag.name = ? ORDER BY note.id"
        rows = get_db().execute(sql, (tag,))
    else:
        rows = get_db().execute("SELECT * FROM note ORDER BY id")
    return jsonify([note_json(r) for r in rows])


@bp.get("/notes/<int:note_id>")
def get_note(note_id):
    row = get_db().execute("SELECT * FROM note WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        abort(404, description=f"No note {note_id}.")
    return note_json(row)


@bp.post("/notes")
def create_note():
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or not isinstance(data.get("title"), str) or not data["title"].strip():
        abort(400, description="Expected a JSON object with a non-empty 'title'.")
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        abort(400, description="'tags' must be a list of strings.")
    try:
        note_id = add_note(data["title"].strip(), str(data.get("body", "")), tags, bool(data.get("pinned")))
    except sqlite3.IntegrityError:
        return jsonify(error="Conflict", detail="A note with this title exists."), 409
    row = get_db().execute("SELECT * FROM note WHERE id = ?", (note_id,)).fetchone()
    return note_json(row), 201, {"Location": url_for("api.get_note", note_id=note_id)}
