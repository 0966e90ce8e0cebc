"""Gunicorn settings of the web container, sized by environment variables.

WEB_CONCURRENCY processes (gunicorn's own variable; about 2 per core) x GUNICORN_THREADS threads
each (uploads and media streaming wait on I/O, so threads pay off). GUNICORN_CMD_ARGS still
overrides anything here.
"""

import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"  # all interfaces of the container
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
# Below compose's stop_grace_period for web (35 s), so requests in flight finish on SIGTERM.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# Recycle workers now and then (a slow leak never grows without bound).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# Heartbeat files on tmpfs, not the container's overlay disk.
worker_tmp_dir = "/dev/shm"  # noqa: S108 (gunicorn heartbeat files, not data)
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
