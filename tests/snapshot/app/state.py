# What must differ between two starts of one snapshot, and what each start must see of its own.
import json
import os
import random
import secrets
import sys
import tempfile
import time
import uuid

import warm

print(json.dumps({
    "random": random.random(),
    "randrange": random.randrange(1 << 60),
    "tempname": next(tempfile._get_candidate_names()),
    "mkdtemp": os.path.basename(tempfile.mkdtemp()),
    "uuid4": str(uuid.uuid4()),
    "secrets": secrets.token_hex(16),
    "time": time.time(),
    "imported_at": warm.IMPORTED_AT,
    "argv": sys.argv,
    "env": os.environ.get("PY2C_SNAPSHOT_VAR"),
    "getenv": os.getenv("PY2C_SNAPSHOT_VAR"),
    "set_at_import": os.environ.get("SET_AT_IMPORT"),
    "environb": os.environb.get(b"PY2C_SNAPSHOT_VAR", b"").decode(),
    "hash": hash("py2c-snapshot"),
}))
