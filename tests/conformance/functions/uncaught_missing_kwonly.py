# A missing keyword-only argument surfaces deep inside a call chain.
from functools import partial


def render(template, *, context, strict=False):
    out = template
    for key in sorted(context):
        out = out.replace("{" + key + "}", str(context[key]))
    if strict and "{" in out:
        raise KeyError(out)
    return out


def render_all(templates, renderer):
    return [renderer(t) for t in templates]


def page(title, renderer):
    body = render_all(["hello {name}", "bye {name}"], renderer)
    header = renderer("== {title} ==")
    return [header] + body


ctx = {"title": "Home", "name": "Ada"}
for line in page("home", partial(render, context=ctx)):
    print(line)
try:
    render("{x}", context={}, strict=True)
except KeyError as e:
    print(type(e).__name__, e)
try:
    render("{x}", {"x": 1})
except TypeError as e:
    print(type(e).__name__, e)

print(page("broken", partial(render, strict=True)))
