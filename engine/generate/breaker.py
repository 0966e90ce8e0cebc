"""Per-provider circuit breakers: stop calling a provider that keeps failing.

closed    calls pass; failures and successes are counted in a sliding window of
          `window_s` seconds.
open      `failure_threshold` failures inside the window that are also at least
          `min_failure_ratio` of the calls (or `trip`): calls are refused instantly until
          `cooldown_s` has passed. The ratio keeps a busy provider that fails now and then
          (say 20 % of calls) in rotation; a provider that is down still opens fast.
half-open after the cooldown exactly one caller gets a probe; its success closes the
          breaker, its failure opens it again for another cooldown.

`RedisCircuitBreaker` shares the state across processes (each transition is one Lua
script, so concurrent workers agree); `MemoryCircuitBreaker` is the embedded default.
Times come from an injectable wall clock (`time.time`), shared by all processes.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker(Protocol):
    def allow(self, provider: str) -> bool:
        """May we call `provider` now? In half-open, True for the single probe only."""
        ...

    def record_success(self, provider: str) -> None: ...

    def record_failure(self, provider: str) -> None: ...

    def trip(self, provider: str) -> None:
        """Open now (quota exhausted, credentials refused): skip it for a cooldown."""
        ...

    def state(self, provider: str) -> BreakerState: ...


# -- in memory -----------------------------------------------------------------------------


@dataclass
class _Circuit:
    failures: list[float] = field(default_factory=list)
    successes: list[float] = field(default_factory=list)
    open_until: float = 0.0
    probing: bool = False


class MemoryCircuitBreaker:
    def __init__(
        self,
        *,
        failure_threshold: int = 5,
        window_s: float = 60.0,
        cooldown_s: float = 30.0,
        min_failure_ratio: float = 0.5,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.failure_threshold = failure_threshold
        self.min_failure_ratio = min_failure_ratio
        self.window_s = window_s
        self.cooldown_s = cooldown_s
        self._clock = clock
        self._circuits: dict[str, _Circuit] = {}
        self._lock = threading.Lock()

    def _circuit(self, provider: str) -> _Circuit:
        return self._circuits.setdefault(provider, _Circuit())

    def allow(self, provider: str) -> bool:
        with self._lock:
            c = self._circuit(provider)
            if not c.open_until:
                return True
            if self._clock() < c.open_until or c.probing:
                return False
            c.probing = True  # the one half-open probe
            return True

    def record_success(self, provider: str) -> None:
        with self._lock:
            c = self._circuit(provider)
            now = self._clock()
            if c.open_until and (c.probing or now >= c.open_until):
                self._circuits[provider] = _Circuit()  # the probe worked: close
            elif not c.open_until:
                c.successes = [t for t in c.successes if t > now - self.window_s]
                c.successes.append(now)

    def record_failure(self, provider: str) -> None:
        with self._lock:
            now = self._clock()
            c = self._circuit(provider)
            if c.open_until:
                if c.probing or now >= c.open_until:
                    self._open(c, now)  # the probe failed: another cooldown
                return
            c.failures = [t for t in c.failures if t > now - self.window_s]
            c.successes = [t for t in c.successes if t > now - self.window_s]
            c.failures.append(now)
            calls = len(c.failures) + len(c.successes)
            if (
                len(c.failures) >= self.failure_threshold
                and len(c.failures) >= self.min_failure_ratio * calls
            ):
                self._open(c, now)

    def trip(self, provider: str) -> None:
        with self._lock:
            self._open(self._circuit(provider), self._clock())

    def _open(self, c: _Circuit, now: float) -> None:
        c.open_until = now + self.cooldown_s
        c.probing = False
        c.failures.clear()
        c.successes.clear()

    def state(self, provider: str) -> BreakerState:
        with self._lock:
            c = self._circuit(provider)
            if not c.open_until:
                return BreakerState.CLOSED
            if self._clock() < c.open_until:
                return BreakerState.OPEN
            return BreakerState.HALF_OPEN


# -- Redis ---------------------------------------------------------------------------------

# KEYS: 1 open_until, 2 probe   ARGV: now, probe token, probe lease ms
_ALLOW = """
local open_until = tonumber(redis.call('GET', KEYS[1]) or '0')
if open_until == 0 then return 1 end
if tonumber(ARGV[1]) < open_until then return 0 end
if redis.call('SET', KEYS[2], ARGV[2], 'NX', 'PX', ARGV[3]) then return 2 end
return 0
"""

# KEYS: 1 open_until, 2 probe, 3 failures, 4 successes
# ARGV: now, window, threshold, cooldown, member, key ttl s, min failure ratio
_FAILURE = """
local now = tonumber(ARGV[1])
local open_until = tonumber(redis.call('GET', KEYS[1]) or '0')
local function open()
  redis.call('SET', KEYS[1], tostring(now + tonumber(ARGV[4])), 'EX', ARGV[6])
  redis.call('DEL', KEYS[2], KEYS[3], KEYS[4])
  return 1
end
if open_until > 0 then
  if redis.call('EXISTS', KEYS[2]) == 1 or now >= open_until then return open() end
  return 0
end
redis.call('ZADD', KEYS[3], now, ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - tonumber(ARGV[2]))
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - tonumber(ARGV[2]))
redis.call('EXPIRE', KEYS[3], ARGV[6])
local failures = redis.call('ZCARD', KEYS[3])
local calls = failures + redis.call('ZCARD', KEYS[4])
if failures >= tonumber(ARGV[3]) and failures >= tonumber(ARGV[7]) * calls then
  return open()
end
return 0
"""

# KEYS: 1 open_until, 2 probe, 3 failures, 4 successes   ARGV: now, member, key ttl s
_SUCCESS = """
local open_until = tonumber(redis.call('GET', KEYS[1]) or '0')
if open_until == 0 then
  redis.call('ZADD', KEYS[4], tonumber(ARGV[1]), ARGV[2])
  redis.call('EXPIRE', KEYS[4], ARGV[3])
  return 0
end
if redis.call('EXISTS', KEYS[2]) == 1 or tonumber(ARGV[1]) >= open_until then
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4])
  return 1
end
return 0
"""


class RedisCircuitBreaker:
    def __init__(
        self,
        redis_client: Any,
        *,
        failure_threshold: int = 5,
        window_s: float = 60.0,
        cooldown_s: float = 30.0,
        min_failure_ratio: float = 0.5,
        probe_lease_s: float = 300.0,
        prefix: str = "stillmotion:breaker",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.redis = redis_client
        self.failure_threshold = failure_threshold
        self.min_failure_ratio = min_failure_ratio
        self.window_s = window_s
        self.cooldown_s = cooldown_s
        self.probe_lease_s = probe_lease_s  # a probe whose worker died frees up after this
        self.prefix = prefix
        self._clock = clock
        self._allow = redis_client.register_script(_ALLOW)
        self._failure = redis_client.register_script(_FAILURE)
        self._success = redis_client.register_script(_SUCCESS)
        # Keys outlive every window and cooldown, then clean themselves up.
        self._ttl_s = int(window_s + cooldown_s + probe_lease_s + 3600)

    def _keys(self, provider: str) -> list[str]:
        base = f"{self.prefix}:{provider}"
        return [
            f"{base}:open_until",
            f"{base}:probe",
            f"{base}:failures",
            f"{base}:successes",
        ]

    def allow(self, provider: str) -> bool:
        keys = self._keys(provider)[:2]
        token = uuid.uuid4().hex
        lease_ms = int(self.probe_lease_s * 1000)
        return bool(self._allow(keys=keys, args=[self._clock(), token, lease_ms]))

    def record_failure(self, provider: str) -> None:
        self._failure(
            keys=self._keys(provider),
            args=[
                self._clock(),
                self.window_s,
                self.failure_threshold,
                self.cooldown_s,
                uuid.uuid4().hex,
                self._ttl_s,
                self.min_failure_ratio,
            ],
        )

    def record_success(self, provider: str) -> None:
        self._success(
            keys=self._keys(provider), args=[self._clock(), uuid.uuid4().hex, self._ttl_s]
        )

    def trip(self, provider: str) -> None:
        open_key, probe_key, failures_key, successes_key = self._keys(provider)
        pipe = self.redis.pipeline()
        pipe.set(open_key, str(self._clock() + self.cooldown_s), ex=self._ttl_s)
        pipe.delete(probe_key, failures_key, successes_key)
        pipe.execute()

    def state(self, provider: str) -> BreakerState:
        raw = self.redis.get(self._keys(provider)[0])
        open_until = float(raw) if raw else 0.0
        if not open_until:
            return BreakerState.CLOSED
        if self._clock() < open_until:
            return BreakerState.OPEN
        return BreakerState.HALF_OPEN
