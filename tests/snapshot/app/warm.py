# Imported at build time by `--preinit warm`: every generator below is used before the snapshot.
import os
import random
import secrets
import tempfile
import time
import uuid

os.environ.setdefault("SET_AT_IMPORT", "from-import")
AT_IMPORT = random.random()
FIRST_NAME = next(tempfile._get_candidate_names())
IMPORTED_AT = time.time()
print("warm imported")
