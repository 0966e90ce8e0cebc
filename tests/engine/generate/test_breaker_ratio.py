"""A provider that fails now and then stays in rotation; one that is down opens fast."""

from __future__ import annotations

import pytest
import redis

from engine.generate.breaker import BreakerState, MemoryCircuitBreaker, RedisCircuitBreaker


def _breakers():
    client = redis.Redis.from_url("redis://127.0.0.1:6379/15")
    for key in client.scan_iter("test-ratio:*"):
        client.delete(key)
    return [
        MemoryCircuitBreaker(failure_threshold=5),
        RedisCircuitBreaker(client, failure_threshold=5, prefix="test-ratio"),
    ]


@pytest.mark.parametrize("index", [0, 1])
def test_a_busy_provider_failing_20_percent_stays_closed(index):
    breaker = _breakers()[index]
    for call in range(50):
        if call % 5 == 0:
            breaker.record_failure("flaky")
        else:
            breaker.record_success("flaky")
    assert breaker.state("flaky") == BreakerState.CLOSED
    assert breaker.allow("flaky")


@pytest.mark.parametrize("index", [0, 1])
def test_a_provider_that_is_down_opens_after_the_threshold(index):
    breaker = _breakers()[index]
    breaker.record_success("down")
    for _ in range(5):
        breaker.record_failure("down")
    assert breaker.state("down") == BreakerState.OPEN
    assert not breaker.allow("down")
