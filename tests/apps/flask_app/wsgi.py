"""The notes app as a server runs it: its database where the server mounts one."""
import os

from notes import create_app

app = create_app({"DATABASE": os.environ.get("NOTES_DB", "/data/notes.sqlite3")})
