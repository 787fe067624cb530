"""Writes the tree tests/vfs.rs embeds (and fs_calls.py reads natively): python3.11 make_tree.py DEST.

Generated rather than checked in: the sqlite database and the .mo catalog are binary, made
here with python3.11's own sqlite3 and the GNU .mo layout."""
import json
import os
import sqlite3
import struct
import sys

dest = sys.argv[1]


def write(rel, data):
    path = os.path.join(dest, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)


def mo(catalog):
    """GNU gettext .mo bytes: header, sorted original/translation tables, NUL-ended strings."""
    keys = sorted(catalog)
    ids = b"".join(k.encode() + b"\0" for k in keys)
    strs = b"".join(catalog[k].encode() + b"\0" for k in keys)
    n = len(keys)
    start = 7 * 4 + 16 * n
    table_o, table_t, off = [], [], 0
    for k in keys:
        table_o += [len(k.encode()), start + off]
        off += len(k.encode()) + 1
    for k in keys:
        table_t += [len(catalog[k].encode()), start + len(ids) + sum(len(catalog[j].encode()) + 1 for j in keys[: keys.index(k)])]
    header = struct.pack("<7I", 0x950412DE, 0, n, 28, 28 + 8 * n, 0, 0)
    return header + struct.pack(f"<{4 * n}I", *table_o, *table_t) + ids + strs


write("hello.txt", "Hello, world!\nsecond line\nthird line\n")
write("bin/blob.bin", bytes(range(256)) * 5 + b"\x00\xff\x00")
write("nested/a/b/c/deep.txt", "deep\n")
write("nested/a/sibling.txt", "sibling\n")
write("nested/top.txt", "top\n")
os.makedirs(os.path.join(dest, "empty"), exist_ok=True)
# More entries than libc's first 4 KiB readdir buffer holds: entries cut at its end.
for i in range(150):
    write(f"many/entry_{i:03d}_{'x' * (i % 50)}.txt", str(i))
write("config.json", json.dumps({"name": "demo", "items": [1, 2, 3], "nested": {"ok": True}}, indent=2))
write("datapkg/__init__.py", "VALUE = 42\n")
write("datapkg/mod_a.py", "A = 1\n")
write("datapkg/sub/__init__.py", "")
write("datapkg/res.txt", "resource text\n")
write("datapkg/data/inner.json", '{"inner": [1, 2]}')
write("site/mypkg-1.2.3.dist-info/METADATA", "Metadata-Version: 2.1\nName: mypkg\nVersion: 1.2.3\nSummary: A test distribution\n")
write("site/mypkg-1.2.3.dist-info/top_level.txt", "mypkg\n")
write("site/mypkg-1.2.3.dist-info/RECORD", "mypkg/__init__.py,,\n")
write("locale/fr/LC_MESSAGES/app.mo", mo({
    "": "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n > 1);\n",
    "Hello": "Bonjour",
    "Goodbye": "Au revoir",
    "file\0files": "fichier\0fichiers",
}))
os.makedirs(os.path.join(dest, "db"), exist_ok=True)
db = os.path.join(dest, "db", "app.db")
if os.path.exists(db):
    os.remove(db)
con = sqlite3.connect(db)
con.execute("create table items (id integer primary key, name text, price real)")
con.executemany("insert into items (name, price) values (?, ?)", [("apple", 1.25), ("pear", 0.5), ("fig", 3.0)])
con.commit()
con.close()
