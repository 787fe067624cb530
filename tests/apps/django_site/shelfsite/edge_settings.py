"""The site's settings on a wasi:http host: sessions in signed cookies, as instances keep no
state between requests."""
from .settings import *  # noqa: F401,F403

SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
