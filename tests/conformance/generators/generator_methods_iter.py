# Checks generator methods in classes and generators used as __iter__ for custom containers.


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __iter__(self):
        print("  __iter__ called")
        for song in self.songs:
            yield song

    def reversed_songs(self):
        for song in reversed(self.songs):
            yield song

    def __reversed__(self):
        return self.reversed_songs()

    def __contains__(self, item):
        return any(s.lower() == item.lower() for s in self)

    @classmethod
    def demo_items(cls):
        yield from ("one", "two")

    @staticmethod
    def numbered(items):
        for i, item in enumerate(items, 1):
            yield "%d. %s" % (i, item)


p = Playlist("Intro", "Verse", "Outro")
print(list(p))
for song in p:
    print("playing", song)
print("reversed:", list(reversed(p)))
print("'verse' in p:", "verse" in p)
print("'chorus' in p:", "chorus" in p)
print(list(Playlist.demo_items()))
print(list(Playlist.numbered(p)))

print("-- independent iterators over the same object")
it1 = iter(p)
it2 = iter(p)
print(next(it1), next(it1), next(it2))

print("-- mutation during iteration is visible")
it = iter(p)
print(next(it))
p.songs.append("Bonus")
print(list(it))


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __iter__(self):
        for r, row in enumerate(self.rows):
            for c, value in enumerate(row):
                yield (r, c), value

    def column(self, c):
        return (row[c] for row in self.rows)

    def __len__(self):
        return sum(len(row) for row in self.rows)


m = Matrix([[1, 2], [3, 4]])
print(dict(m))
print(list(m.column(1)))
print(len(m))


class Linked:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

    def __iter__(self):
        node = self
        while node is not None:
            yield node.value
            node = node.next


chain = Linked(1, Linked(2, Linked(3)))
print(list(chain), sum(chain), max(chain))
a, *b = chain
print(a, b)


class Base:
    def items(self):
        yield "base-1"
        yield "base-2"


class Derived(Base):
    def items(self):
        yield "derived-0"
        yield from super().items()
        yield "derived-3"


print(list(Derived().items()))
bound = Derived().items
print("bound method name:", bound.__name__, "generator name:", bound().__qualname__)
