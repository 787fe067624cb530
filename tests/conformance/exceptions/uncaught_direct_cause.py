# Ends with an uncaught exception raised "from" another one.


class ConfigError(Exception):
    pass


def parse_port(text):
    return int(text)


def load(settings):
    result = {}
    for key, value in settings:
        try:
            result[key] = parse_port(value)
        except ValueError as e:
            raise ConfigError("bad setting " + key) from e
        print("loaded", key, result[key])
    return result


print(load([("http", "80"), ("https", "443")]))
load([("smtp", "25"), ("ftp", "twenty-one")])
print("never printed")
