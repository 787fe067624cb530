# Ends with an uncaught UnboundLocalError a few frames deep.

def summarize(records):
    lines = []
    for rec in records:
        lines.append(format_record(rec))
    return lines


def format_record(rec):
    name = rec.get("name", "?")
    return f"{name}: {pick_status(rec)}"


def pick_status(rec):
    score = rec["score"]
    if score >= 90:
        status = "excellent"
    elif score >= 50:
        status = "pass"
    elif score >= 0:
        status = "fail"
    return status.upper()


print(summarize([{"name": "a", "score": 95}, {"name": "b", "score": 60}]))
print(summarize([{"score": 10}]))
try:
    pick_status({"score": -1})
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(summarize([{"name": "c", "score": 70}, {"name": "d", "score": -5}]))
