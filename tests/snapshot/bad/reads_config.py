# Reads a host file at import: nothing is mounted when the build imports it.
with open("/srv/py2c-not-mounted/config.json") as f:
    CONFIG = f.read()
