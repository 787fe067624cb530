"""The site on a wasi:http host (`wasmtime serve`), which gives an instance neither a
filesystem nor an environment: the database is migrated and loaded at import, in a temporary
directory (at build, in the snapshot: the embedded filesystem's in-memory /tmp), and every
request's instance starts from it. What a request writes lasts as long as its instance."""
import os
import tempfile

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shelfsite.edge_settings")
os.environ["APP_DB"] = os.path.join(tempfile.mkdtemp(prefix="shelf-"), "shelf.sqlite3")

from django.core.management import call_command  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
call_command("migrate", "--noinput", verbosity=0)
call_command("loaddata", "shelf", verbosity=0)
