"""Requests per minute per API key, by plan, counted in the shared cache (Redis).

A one-minute window that opens with the key's first request (`saas.ratelimit`, as every limit
of the product). Every web process counts into the same Redis key, so the limit holds however
many gunicorn workers there are.
"""

from __future__ import annotations

from typing import Any

from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle

from api.models import ApiKey
from billing.selectors import plan_for
from saas import ratelimit

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
        window = ratelimit.hit(f"api-rate:{key.pk}", window_s=WINDOW_S)
        self._wait = window.retry_after_s
        request.rate_limit = (limit, max(0, limit - window.count), self._wait)  # type: ignore[attr-defined]
        return window.count <= limit

    def wait(self) -> float | None:
        return getattr(self, "_wait", None)
