# Ends with an uncaught exception raised inside exec'd code that a function ran on behalf of its caller.

RULES = {
    "double": "result = value * 2",
    "describe": "result = 'value is %s' % (value,)",
    "ratio": "result = total / value",
    "lookup": "result = table[value]",
    "multi": "parts = str(value).split('-')\nresult = [int(p) for p in parts]",
}


def run_rule(name, value, extra=None):
    namespace = {"value": value, "total": 100, "table": {"a": 1}}
    if extra:
        namespace.update(extra)
    code = compile(RULES[name], "<rule %s>" % name, "exec")
    exec(code, namespace)
    return namespace["result"]


def apply_all(pairs):
    results = []
    for name, value in pairs:
        outcome = run_rule(name, value)
        print("rule", name, "on", repr(value), "->", repr(outcome))
        results.append(outcome)
    return results


print(apply_all([("double", 4), ("describe", [1]), ("ratio", 8)]))
try:
    run_rule("lookup", "zzz")
except KeyError as exc:
    print("handled KeyError from rule:", exc)
print(run_rule("double", "ab"))
print(run_rule("multi", "1-22-333"))
print(run_rule("ratio", 4, extra={"total": 10}))
try:
    run_rule("multi", "1-x")
except ValueError as exc:
    print("handled ValueError from rule:", exc)
print("running a batch that divides by zero")
apply_all([("double", 1), ("ratio", 5), ("ratio", 0), ("double", 2)])
print("unreachable")
