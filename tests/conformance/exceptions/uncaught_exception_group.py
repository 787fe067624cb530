# Ends with an uncaught ExceptionGroup: the part no except* clause handled.


def validate(record):
    errors = []
    if "name" not in record:
        errors.append(KeyError("name"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError("age must be int"))
    elif record["age"] < 0:
        errors.append(ValueError("age must be >= 0"))
    if errors:
        raise ExceptionGroup("invalid record", errors)
    return True


def check_all(records):
    for r in records:
        try:
            validate(r)
            print("valid:", sorted(r))
        except* KeyError as g:
            print("missing keys:", [str(e) for e in g.exceptions])
        except* ValueError as g:
            print("bad values:", [str(e) for e in g.exceptions])


check_all([{"name": "a", "age": 3}, {"age": 5}, {"name": "b", "age": -1}])
check_all([{"name": "c", "age": 1}, {"age": "old"}])
