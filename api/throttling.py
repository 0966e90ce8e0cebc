"""Requests per minute per API key, by plan, counted in the shared cache (Redis).

A one-minute window that opens with the key's first request (not on the clock's minute: a
burst that straddles a minute boundary would otherwise get twice the limit). Every web process
counts into the same Redis key, so the limit holds however many gunicorn workers there are.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.cache import cache
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle

from api.models import ApiKey
from billing.selectors import plan_for

WINDOW_S = 60


def _limit_for(key: ApiKey) -> int:
    return int(plan_for(workspace=key.workspace).api_requests_per_minute)


class ApiKeyRateThrottle(BaseThrottle):
    def allow_request(self, request: Request, view: Any) -> bool:
        key = request.auth
        if not isinstance(key, ApiKey):
            return True  # the permission check answers 401 first
        limit = _limit_for(key)
        if limit <= 0:
            return True  # 0 means unlimited; plans without API access never get here
        now = time.time()
        counter, opened = f"api-rate:{key.pk}", f"api-rate:{key.pk}:opened"
        # Both keys are created by the window's first request and expire together.
        if cache.add(counter, 0, timeout=WINDOW_S):
            cache.set(opened, now, timeout=WINDOW_S)
        try:
            count = cache.incr(counter)
        except ValueError:  # the window closed between add and incr: this request opens one
            cache.set(counter, 1, timeout=WINDOW_S)
            cache.set(opened, now, timeout=WINDOW_S)
            count = 1
        started = cache.get(opened, now)
        self._wait = max(0.0, started + WINDOW_S - now)
        request.rate_limit = (limit, max(0, limit - count), self._wait)  # type: ignore[attr-defined]
        return count <= limit

    def wait(self) -> float | None:
        return getattr(self, "_wait", None)
