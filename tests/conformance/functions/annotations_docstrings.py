# Annotations are evaluated at definition time; docstrings become __doc__.

evaluated = []


def ann(label):
    evaluated.append(label)
    return label


def annotated(a: ann("a"), b: ann("b") = 1, *args: ann("args"),
              c: ann("c"), **kw: ann("kw")) -> ann("ret"):
    return a


print(evaluated)
print(annotated.__annotations__)
print(list(annotated.__annotations__))


def no_doc():
    x = "not a docstring"
    return x


def doc_after_stmt():
    pass
    "not a docstring either"


def fstring_doc():
    f"""f-strings are not docstrings"""


def single_quoted():
    'single quoted doc'


class WithDoc:
    """Class doc."""

    def method(self):
        """Method doc."""

    attr: int = 5
    other: "str"


print(no_doc.__doc__, doc_after_stmt.__doc__, fstring_doc.__doc__)
print(single_quoted.__doc__)
print(WithDoc.__doc__, WithDoc.method.__doc__, WithDoc().method.__doc__)
print(WithDoc.__annotations__)
print((lambda: "lambda body").__doc__)

x: int = 10
y: list[str]
print(__annotations__)
print("y" in globals(), x)


def local_annotations():
    z: int = 3
    w: str
    return z


print(local_annotations(), local_annotations.__annotations__)


def forward(node: "Node") -> "list[Node]":
    return [node]


print(forward.__annotations__)
forward.__annotations__["extra"] = float
print(sorted(forward.__annotations__))
import typing
print(typing.get_type_hints(WithDoc), typing.get_type_hints(local_annotations))


def typed(n: int, names: list[str] | None = None) -> dict[str, int]:
    return {}


print(typed.__annotations__["names"], typed.__annotations__["return"])
