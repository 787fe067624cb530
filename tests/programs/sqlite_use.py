import sqlite3
con = sqlite3.connect(":memory:")
cur = con.cursor()
cur.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, age INTEGER)")
cur.executemany("INSERT INTO people (name, age) VALUES (?, ?)", [("ann", 31), ("bob", 25), ("cy", 40)])
con.commit()
print(cur.execute("SELECT name, age FROM people WHERE age > ? ORDER BY age", (26,)).fetchall())
print(cur.execute("SELECT COUNT(*), AVG(age), MAX(name) FROM people").fetchone())
cur.execute("UPDATE people SET age = age + 1 WHERE name = 'bob'")
print(list(cur.execute("SELECT * FROM people ORDER BY id")))
con.row_factory = sqlite3.Row
row = con.execute("SELECT name FROM people WHERE id = 1").fetchone()
print(row["name"], sqlite3.sqlite_version_info >= (3, 0, 0))
con.close()
