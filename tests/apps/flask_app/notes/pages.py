"""HTML pages: the note list, a note, creating one (after logging in), and the session."""
import functools
import sqlite3

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for

from .db import add_note, get_db, tags_of

bp = Blueprint("pages", __name__)


def login_required(view):
    @functools.wraps(view)
    def wrapped(**kwargs):
        if "user" not in session:
            flash("Please log in first.", "warning")
            return redirect(url_for("pages.login", next=request.path))
        return view(**kwargs)

    return wrapped


@bp.route("/")
def index():
    notes = get_db().execute("SELECT * FROM note ORDER BY pinned DESC, title").fetchall()
    notes = [dict(n, tags=tags_of(n["id"])) for n in notes]
    return render_template("pages/index.html", notes=notes)


@bp.route("/notes/<int:note_id>")
def note(note_id):
    row = get_db().execute("SELECT * FROM note WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        abort(404, description=f"No note {note_id}.")
    return render_template("pages/note.html", note=dict(row, tags=tags_of(note_id)))


@bp.route("/notes/new", methods=["GET", "POST"])
@login_required
def new_note():
    if request.method == "POST":
        title = request.form.get("title", "").strip()
        tags = request.form.get("tags", "").split()
        if not title:
            flash("A title is required.", "error")
        else:
            try:
                note_id = add_note(title, request.form.get("body", ""), tags)
            except sqlite3.IntegrityError:
                flash(f"A note titled {title!r} exists.", "error")
            else:
                flash(f"Saved {title!r}.", "success")
                return redirect(url_for("pages.note", note_id=note_id))
    return render_template("pages/new.html")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        if request.form.get("password") == "opensesame":
            session["user"] = request.form["username"]
            session["visits"] = 0
            return redirect(request.args.get("next") or url_for("pages.index"))
        flash("Wrong password.", "error")
    return render_template("pages/login.html")


@bp.route("/logout")
def logout():
    session.clear()
    return redirect(url_for("pages.index"))


@bp.route("/whoami")
def whoami():
    if "user" not in session:
        return {"user": None}
    session["visits"] += 1  # modifying the session re-signs the cookie
    return {"user": session["user"], "visits": session["visits"]}
