"""The test suite runs on real PostgreSQL and Redis (never SQLite).

Each pytest-xdist process gets its own Redis database (broker and cache) and media folder, so
the real Celery workers that tests start never pick up another process's tasks.
"""

import os

_worker = os.environ.get("PYTEST_XDIST_WORKER", "gw")
_index = int(_worker[2:]) if _worker[2:].isdigit() else 9
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/stillmotion")
# Assigned, not defaulted: xdist processes inherit the controller's environment, and each must
# get its own database.
# TEST_REDIS_DB_BASE lets a second checkout on the same machine use other Redis databases.
_redis_db = int(os.environ.get("TEST_REDIS_DB_BASE", "1")) + _index
os.environ["REDIS_URL"] = (
    f"{os.environ.get('TEST_REDIS_SERVER', 'redis://127.0.0.1:6379')}/{_redis_db}"
)
os.environ.setdefault("STILLMOTION_VAR_DIR", "/tmp/stillmotion-test-var")  # noqa: S108

from saas.settings.base import *  # noqa: E402, F403
from saas.settings.storage import FILESYSTEM_BACKEND  # noqa: E402

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ACCOUNT_RATE_LIMITS = False
CACHES["default"]["KEY_PREFIX"] = f"test-{_worker}"  # noqa: F405
if STORAGES["default"]["BACKEND"] == FILESYSTEM_BACKEND:  # noqa: F405
    # Local media per xdist process; with AWS_STORAGE_BUCKET_NAME (a worker process that tests
    # start on a bucket) the bucket's settings are kept as they are.
    STORAGES["default"]["OPTIONS"]["location"] = os.path.join(  # noqa: F405
        os.environ["STILLMOTION_VAR_DIR"], "media", _worker
    )
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Fast heartbeats so a killed worker is noticed within seconds in tests.
JOB_HEARTBEAT_S = float(os.environ.get("JOB_HEARTBEAT_S", "0.5"))
JOB_STALE_AFTER_S = float(os.environ.get("JOB_STALE_AFTER_S", "3"))
