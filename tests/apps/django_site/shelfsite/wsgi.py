"""The site as a WSGI server runs it: settings and the database where the server mounts one."""
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shelfsite.settings")
os.environ.setdefault("APP_DB", "/data/shelf.sqlite3")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
