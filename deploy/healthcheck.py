"""Container health checks with the standard library only (the image has no curl).

    python deploy/healthcheck.py http [PATH]           the web process answers PATH with 200
    python deploy/healthcheck.py celery NAME           worker NAME@<this host> answers a ping and
                                                       reaches its services (saas/health.py)
    python deploy/healthcheck.py fresh GLOB SECONDS    a file matching GLOB changed recently

`http` talks to 127.0.0.1:$PORT (8000) as a proxy would: with a Host header the app accepts
(the first of DJANGO_ALLOWED_HOSTS) and `X-Forwarded-Proto: https`, so production's host check
and SSL redirect treat it like a real request. `celery` finds the app as `celery -A saas` does
and pings this container's worker only (started with `-n NAME@%h`; %h is socket.gethostname(),
which works where $HOSTNAME is not set, as in podman's exec sessions). `fresh` is for beat, which has no control
channel: it rewrites its schedule file at least every few minutes while it runs.
"""

from __future__ import annotations

import glob
import http.client
import os
import sys
import time
from pathlib import Path


def _host() -> str:
    for host in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(","):
        host = host.strip().lstrip(".")
        if host and host != "*":
            return host
    return "localhost"


def check_http(path: str) -> int:
    port = int(os.environ.get("PORT", "8000"))
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=4)
    try:
        connection.request("GET", path, headers={"Host": _host(), "X-Forwarded-Proto": "https"})
        status = connection.getresponse().status
    except OSError as exc:
        print(f"unhealthy: {exc}")
        return 1
    finally:
        connection.close()
    print(f"{path}: {status}")
    return 0 if status == 200 else 1


def check_celery(name: str) -> int:
    """The app's worker check (saas/health.py): this container's node answers a broker ping,
    and the container reaches PostgreSQL, Redis and the media storage."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saas.settings.production")
    import django

    django.setup()
    from saas.health import worker_check

    return worker_check(name)


def check_fresh(pattern: str, seconds: float) -> int:
    times = [os.path.getmtime(name) for name in glob.glob(pattern)]
    if not times:
        print(f"unhealthy: no file matches {pattern}")
        return 1
    age = time.time() - max(times)
    print(f"{pattern}: changed {age:.0f} s ago")
    return 0 if age <= seconds else 1


def main(argv: list[str]) -> int:
    if argv[:1] == ["http"]:
        return check_http(argv[1] if len(argv) > 1 else "/healthz/live")
    if argv[:1] == ["celery"] and len(argv) == 2:
        return check_celery(argv[1])
    if argv[:1] == ["fresh"] and len(argv) == 3:
        return check_fresh(argv[1], float(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
