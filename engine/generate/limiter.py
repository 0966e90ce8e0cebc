"""Per-provider concurrency limits: at most N renders in flight per provider.

A lease is a token with an expiry, so a worker that dies mid-render frees its slot after
`lease_s`. `RedisConcurrencyLimiter` shares the slots across processes (a sorted set per
provider scored by expiry, changed atomically by a Lua script); `MemoryConcurrencyLimiter`
is the single-process default. Providers without a configured limit are unlimited.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Protocol


class ConcurrencyLimiter(Protocol):
    def acquire(self, provider: str) -> str | None:
        """A lease token, or None when the provider is at its limit."""
        ...

    def release(self, provider: str, token: str) -> None: ...

    def in_flight(self, provider: str) -> int: ...


class MemoryConcurrencyLimiter:
    def __init__(
        self,
        limits: Mapping[str, int],
        *,
        lease_s: float = 900.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.limits = dict(limits)
        self.lease_s = lease_s
        self._clock = clock
        self._leases: dict[str, dict[str, float]] = {}
        self._lock = threading.Lock()

    def _live(self, provider: str) -> dict[str, float]:
        now = self._clock()
        leases = self._leases.setdefault(provider, {})
        for token in [t for t, until in leases.items() if until <= now]:
            del leases[token]
        return leases

    def acquire(self, provider: str) -> str | None:
        limit = self.limits.get(provider)
        token = uuid.uuid4().hex
        if limit is None:
            return token
        with self._lock:
            leases = self._live(provider)
            if len(leases) >= limit:
                return None
            leases[token] = self._clock() + self.lease_s
            return token

    def release(self, provider: str, token: str) -> None:
        with self._lock:
            self._leases.get(provider, {}).pop(token, None)

    def in_flight(self, provider: str) -> int:
        with self._lock:
            return len(self._live(provider))


# KEYS: 1 leases zset   ARGV: now, limit, token, expiry, key ttl s
_ACQUIRE = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[4], ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[5])
return 1
"""


class RedisConcurrencyLimiter:
    def __init__(
        self,
        redis_client: Any,
        limits: Mapping[str, int],
        *,
        lease_s: float = 900.0,
        prefix: str = "stillmotion:limiter",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.redis = redis_client
        self.limits = dict(limits)
        self.lease_s = lease_s
        self.prefix = prefix
        self._clock = clock
        self._acquire = redis_client.register_script(_ACQUIRE)

    def _key(self, provider: str) -> str:
        return f"{self.prefix}:{provider}"

    def acquire(self, provider: str) -> str | None:
        limit = self.limits.get(provider)
        token = uuid.uuid4().hex
        if limit is None:
            return token
        now = self._clock()
        ok = self._acquire(
            keys=[self._key(provider)],
            args=[now, limit, token, now + self.lease_s, int(self.lease_s) + 60],
        )
        return token if ok else None

    def release(self, provider: str, token: str) -> None:
        self.redis.zrem(self._key(provider), token)

    def in_flight(self, provider: str) -> int:
        return int(self.redis.zcount(self._key(provider), f"({self._clock()}", "+inf"))
