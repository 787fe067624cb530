-- Read by the init-db command through app.open_resource.
DROP TABLE IF EXISTS tag;
DROP TABLE IF EXISTS note;

CREATE TABLE note (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE tag (
    note_id INTEGER NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    PRIMARY KEY (note_id, name)
);
