"""Circuit breakers and concurrency limiters, each backend behind the same tests.

Redis runs at 127.0.0.1:6379; tests use db 15 and delete only keys under their own prefix.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest
import redis

from engine.generate.breaker import BreakerState, MemoryCircuitBreaker, RedisCircuitBreaker
from engine.generate.limiter import MemoryConcurrencyLimiter, RedisConcurrencyLimiter


class Clock:
    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def redis_prefix() -> Iterator[tuple[redis.Redis, str]]:
    client = redis.Redis(host="127.0.0.1", port=6379, db=15)
    prefix = f"test-providers:{uuid.uuid4().hex[:8]}"
    yield client, prefix
    keys = list(client.scan_iter(match=f"{prefix}:*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture(params=["memory", "redis"])
def make_breaker(request, redis_prefix):
    client, prefix = redis_prefix

    def make(clock: Clock, **kw):
        kw = {"failure_threshold": 3, "window_s": 60.0, "cooldown_s": 30.0, **kw}
        if request.param == "memory":
            return MemoryCircuitBreaker(clock=clock, **kw)
        return RedisCircuitBreaker(client, prefix=prefix, clock=clock, **kw)

    return make


def test_opens_after_threshold_failures_in_window(make_breaker):
    clock = Clock()
    breaker = make_breaker(clock)
    for _ in range(2):
        breaker.record_failure("runway")
        assert breaker.allow("runway")
    breaker.record_failure("runway")
    assert breaker.state("runway") is BreakerState.OPEN
    assert not breaker.allow("runway")
    assert breaker.allow("kling")  # per provider


def test_failures_outside_the_window_do_not_count(make_breaker):
    clock = Clock()
    breaker = make_breaker(clock)
    breaker.record_failure("runway")
    breaker.record_failure("runway")
    clock.now += 61
    breaker.record_failure("runway")
    assert breaker.state("runway") is BreakerState.CLOSED


def test_half_open_lets_exactly_one_probe_and_success_closes(make_breaker):
    clock = Clock()
    breaker = make_breaker(clock)
    breaker.trip("runway")
    clock.now += 29
    assert not breaker.allow("runway")
    clock.now += 2
    assert breaker.state("runway") is BreakerState.HALF_OPEN
    assert breaker.allow("runway")  # the probe
    assert not breaker.allow("runway")  # everyone else waits for it
    breaker.record_success("runway")
    assert breaker.state("runway") is BreakerState.CLOSED
    assert breaker.allow("runway") and breaker.allow("runway")


def test_failed_probe_reopens_for_another_cooldown(make_breaker):
    clock = Clock()
    breaker = make_breaker(clock)
    breaker.trip("runway")
    clock.now += 31
    assert breaker.allow("runway")
    breaker.record_failure("runway")
    assert breaker.state("runway") is BreakerState.OPEN
    clock.now += 29
    assert not breaker.allow("runway")
    clock.now += 2
    assert breaker.allow("runway")


def test_concurrent_half_open_hands_out_one_probe(make_breaker):
    clock = Clock()
    breaker = make_breaker(clock)
    breaker.trip("runway")
    clock.now += 31
    results: list[bool] = []
    threads = [
        threading.Thread(target=lambda: results.append(breaker.allow("runway"))) for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(True) == 1


def test_redis_breaker_is_shared_between_instances(redis_prefix):
    client, prefix = redis_prefix
    clock = Clock()
    worker_a = RedisCircuitBreaker(client, prefix=prefix, clock=clock, failure_threshold=2)
    worker_b = RedisCircuitBreaker(client, prefix=prefix, clock=clock, failure_threshold=2)
    worker_a.record_failure("luma")
    worker_b.record_failure("luma")
    assert not worker_a.allow("luma") and not worker_b.allow("luma")
    assert client.ttl(f"{prefix}:luma:open_until") > 0  # cleans itself up


@pytest.fixture(params=["memory", "redis"])
def make_limiter(request, redis_prefix):
    client, prefix = redis_prefix

    def make(clock: Clock, limits: dict[str, int], lease_s: float = 60.0):
        if request.param == "memory":
            return MemoryConcurrencyLimiter(limits, lease_s=lease_s, clock=clock)
        return RedisConcurrencyLimiter(client, limits, lease_s=lease_s, prefix=prefix, clock=clock)

    return make


def test_limiter_caps_in_flight_and_release_frees_a_slot(make_limiter):
    clock = Clock()
    limiter = make_limiter(clock, {"runway": 2})
    a, b = limiter.acquire("runway"), limiter.acquire("runway")
    assert a and b and limiter.acquire("runway") is None
    assert limiter.in_flight("runway") == 2
    limiter.release("runway", a)
    assert limiter.acquire("runway") is not None
    assert all(limiter.acquire("local") for _ in range(10))  # no limit configured


def test_limiter_lease_expires_when_a_worker_dies(make_limiter):
    clock = Clock()
    limiter = make_limiter(clock, {"runway": 1}, lease_s=60)
    assert limiter.acquire("runway")
    assert limiter.acquire("runway") is None
    clock.now += 61
    assert limiter.acquire("runway") is not None
