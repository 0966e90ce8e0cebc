"""The test suite runs on real PostgreSQL and Redis (never SQLite)."""

import os

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/stillmotion")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/13")
os.environ.setdefault("STILLMOTION_VAR_DIR", "/tmp/stillmotion-test-var")

from saas.settings.base import *  # noqa: E402, F403

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ACCOUNT_RATE_LIMITS = False
CACHES["default"]["KEY_PREFIX"] = f"test-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"  # noqa: F405
STORAGES["default"]["OPTIONS"]["location"] = os.path.join(  # noqa: F405
    os.environ["STILLMOTION_VAR_DIR"], "media", os.environ.get("PYTEST_XDIST_WORKER", "main")
)
MEDIA_ROOT = STORAGES["default"]["OPTIONS"]["location"]  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
