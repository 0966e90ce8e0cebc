"""A windowed counter in the shared cache (Redis in production): `allow(...)` is False once
`limit` hits of `key` happened in the current window. The window opens with the key's first
hit, not on the clock's minute: a burst that straddles a minute boundary would otherwise get
twice the limit. Every web process counts into the same key, so a limit holds however many
processes serve."""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class Hit:
    count: int  # hits of the key in its window, this one included
    retry_after_s: float  # until the window closes


def hit(key: str, *, window_s: int) -> Hit:
    """Count one hit of `key`."""
    now = time.time()
    counter, opened = f"ratelimit:{key}", f"ratelimit:{key}:opened"
    # Both keys are created by the window's first hit and expire together.
    if cache.add(counter, 0, timeout=window_s):
        cache.set(opened, now, timeout=window_s)
    try:
        count = cache.incr(counter)
    except ValueError:  # the window closed between add and incr: this hit opens one
        cache.set(counter, 1, timeout=window_s)
        cache.set(opened, now, timeout=window_s)
        count = 1
    started = cache.get(opened, now)
    return Hit(count=count, retry_after_s=max(0.0, started + window_s - now))


def allow(key: str, *, limit: int, window_s: int) -> bool:
    return hit(key, window_s=window_s).count <= limit
