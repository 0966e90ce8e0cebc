"""A fixed-window counter in the shared cache (Redis in production): `allow(...)` is False
once `limit` hits of `key` happened in the current window. Every web process counts into the
same key, so a limit holds however many processes serve."""

from __future__ import annotations

import time

from django.core.cache import cache


def allow(key: str, *, limit: int, window_s: int) -> bool:
    window = int(time.time() // window_s)
    counter = f"ratelimit:{key}:{window}"
    cache.add(counter, 0, timeout=window_s + 5)
    try:
        count = cache.incr(counter)
    except ValueError:  # expired between add and incr: this is the first hit
        cache.set(counter, 1, timeout=window_s + 5)
        count = 1
    return count <= limit
