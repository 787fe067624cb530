import dataclasses
import enum
Color = enum.Enum("Color", "RED GREEN BLUE")
print(Color.RED, Color(2), Color["BLUE"].value, list(Color), len(Color))
Perm = enum.IntFlag("Perm", "R W X")
print(Perm.R | Perm.W, int(Perm.X))
Pt = dataclasses.make_dataclass("Pt", [("x", int), ("y", int, dataclasses.field(default=0))])
p = Pt(1)
print(p, dataclasses.asdict(p), p == Pt(1, 0), dataclasses.fields(Pt)[1].name)
q = dataclasses.replace(p, y=5)
print(q, dataclasses.astuple(q))
