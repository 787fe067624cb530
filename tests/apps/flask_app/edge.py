"""The notes app on a wasi:http host (`wasmtime serve`), which gives an instance neither a
filesystem nor an environment: the database is made at import, in a temporary directory (at
build, in the snapshot: the embedded filesystem's in-memory /tmp), and every request's
instance starts from it. What a request writes lasts as long as its instance."""
import os
import tempfile

from notes import create_app
from notes.db import add_note, get_db

app = create_app({"DATABASE": os.path.join(tempfile.mkdtemp(prefix="notes-"), "notes.sqlite3")})
with app.app_context():
    with app.open_resource("schema.sql") as f:
        get_db().executescript(f.read().decode("utf-8"))
    add_note("Groceries", "eggs, milk and bread for the week", ["home"])
