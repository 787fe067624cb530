"""Settings of the test site. Everything is fixed so that two runs print the same transcript,
and nothing needs the network, threads of our own, ssl or a writable app directory."""
import os

# Fixed on purpose (a test site): signed cookies and password hashes must verify in every run.
SECRET_KEY = "py2c-wasm-test-site-not-a-secret-4f1d9c2b7a"
DEBUG = False
ALLOWED_HOSTS = ["testserver"]  # the host name django.test.Client sends

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "bookshelf",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",  # after sessions, before common
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "shelfsite.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,  # bookshelf/templates and the admin's templates
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.tz",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# ":memory:" by default: the driver migrates at every start. manage.py with APP_DB=/some/file
# keeps the schema between commands.
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("APP_DB", ":memory:"),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# PBKDF2's 600,000 rounds would dominate a run (and are pure Python where hashlib has no
# OpenSSL, as in wasm); a test site can use the fast hasher.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "French"), ("de", "German"), ("es", "Spanish")]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Paris"  # not UTC, so local times differ from stored ones

STATIC_URL = "static/"

# Never open an SMTP connection (and never ask socket.gethostname() for a Message-ID).
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
