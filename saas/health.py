"""Health checks: is this process alive, and can it reach what it needs?

    GET /healthz/live    200 at once, no I/O: the process answers (liveness; never restart a
                         container because a shared service is down)
    GET /healthz/ready   200 when PostgreSQL, Redis and the media storage answer, else 503
                         with which one failed (readiness: take it out of the load balancer)
    python -m saas.health worker NAME
                         a worker's check: its node NAME@<this host> answers a broker ping and
                         this machine reaches PostgreSQL, Redis and the media storage

It lives in `saas` (the project) rather than an app: it checks the project's infrastructure,
owns no model and imports no app, so any process (web, worker, beat) can use it and the apps'
import layers stay as they are.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import connections
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

CHECK_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    ms: float
    detail: str = ""

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"ok": self.ok, "ms": round(self.ms, 1)}
        if self.detail:
            out["detail"] = self.detail
        return out


def _timed(name: str, probe: Callable[[], None]) -> Check:
    started = time.perf_counter()
    try:
        probe()
    except Exception as exc:  # any failure is "not ready"; the type says which kind
        return Check(name, False, (time.perf_counter() - started) * 1000, type(exc).__name__)
    return Check(name, True, (time.perf_counter() - started) * 1000)


def _database() -> None:
    # A broken kept connection fails here and is dropped at the end of the request.
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")


def _redis() -> None:
    if not settings.REDIS_URL:  # the embedded defaults have no Redis
        return
    import redis  # only where REDIS_URL is set

    client = redis.Redis.from_url(
        settings.REDIS_URL,
        socket_timeout=CHECK_TIMEOUT_S,
        socket_connect_timeout=CHECK_TIMEOUT_S,
    )
    try:
        client.ping()
    finally:
        client.close()


def _storage() -> None:
    storage = default_storage
    bucket = getattr(storage, "bucket_name", None)
    if bucket:  # S3: the bucket exists and our key may use it
        storage.connection.meta.client.head_bucket(Bucket=bucket)  # type: ignore[attr-defined]
        return
    location = getattr(storage, "location", "")
    if not location or not os.access(location, os.W_OK):
        os.makedirs(location, exist_ok=True)  # created on first write, like the storage does
        if not os.access(location, os.W_OK):
            raise PermissionError(location)


def dependencies() -> list[Check]:
    return [
        _timed("database", _database),
        _timed("redis", _redis),
        _timed("storage", _storage),
    ]


@never_cache
@require_GET
def live(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def ready(request: HttpRequest) -> JsonResponse:
    checks = dependencies()
    ok = all(check.ok for check in checks)
    return JsonResponse(
        {"status": "ok" if ok else "unavailable", "checks": {c.name: c.as_dict() for c in checks}},
        status=200 if ok else 503,
    )


# -- the worker's check (compose and Kubernetes run it in the worker's container) ------------
def worker_check(name: str) -> int:
    """0 when this machine's worker NAME answers a ping and its dependencies answer."""
    from saas.celery import app  # needs Django set up first (main does it)

    node = f"{name}@{socket.gethostname()}"
    failed = [c for c in dependencies() if not c.ok]
    for check in failed:
        print(f"unhealthy: {check.name} ({check.detail})")
    try:
        replies = app.control.ping(destination=[node], timeout=CHECK_TIMEOUT_S * 3)
    except Exception as exc:  # the broker is down: unhealthy, whatever the reason
        print(f"unhealthy: no broker ({type(exc).__name__})")
        return 1
    answered = any(node in reply for reply in replies)
    print(f"{node}: {'pong' if answered else 'no reply'}")
    return 0 if answered and not failed else 1


def main(argv: list[str]) -> int:
    if argv[:1] == ["worker"] and len(argv) == 2:
        import django  # only the worker check needs Django; the others stay light

        django.setup()
        return worker_check(argv[1])
    print(__doc__)
    return 2


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saas.settings.production")
    raise SystemExit(main(sys.argv[1:]))
