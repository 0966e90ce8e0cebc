"""Per-key rate limits by plan, counted in Redis: 429 with Retry-After in the error shape."""

from __future__ import annotations

import pytest

from billing.models import Plan
from tests.api.conftest import ApiClient

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_per_minute(funded):
    Plan.objects.filter(code="studio").update(api_requests_per_minute=3)
    return funded


def test_requests_over_the_plan_rate_get_429_with_retry_after(three_per_minute, make_key):
    raw = make_key(three_per_minute)
    # Two clients (as two gunicorn workers would be) share the key's count through Redis.
    first, second = ApiClient(raw), ApiClient(raw)
    answers = [first.get("/api/v1/usage"), second.get("/api/v1/usage"), first.get("/api/v1/usage")]
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert [a["X-RateLimit-Remaining"] for a in answers] == ["2", "1", "0"]
    limited = second.get("/api/v1/usage")
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 60
    error = limited.json()["error"]
    assert error["code"] == "rate_limited" and "Retry-After" in error["message"]


def test_each_key_has_its_own_budget(three_per_minute, make_key):
    one, two = (
        ApiClient(make_key(three_per_minute, "a")),
        ApiClient(make_key(three_per_minute, "b")),
    )
    for _ in range(3):
        one.get("/api/v1/usage")
    assert one.get("/api/v1/usage").status_code == 429
    assert two.get("/api/v1/usage").status_code == 200


def test_unauthenticated_requests_are_401_not_counted(three_per_minute, make_key):
    raw = make_key(three_per_minute)
    for _ in range(5):
        assert ApiClient(None).get("/api/v1/usage").status_code == 401
    assert ApiClient(raw).get("/api/v1/usage").status_code == 200


def test_the_window_opens_with_the_first_request_not_on_the_clock_minute(
    three_per_minute, make_key, monkeypatch
):
    # A burst across a minute boundary once got a fresh budget at hh:mm:00 (and the suite
    # failed whenever its four requests straddled one). The clock is the only thing faked.
    clock = {"now": 1_000_019.5}  # 1_000_020 is a whole minute
    monkeypatch.setattr("saas.ratelimit.time.time", lambda: clock["now"])
    client = ApiClient(make_key(three_per_minute))
    assert [client.get("/api/v1/usage").status_code for _ in range(3)] == [200, 200, 200]
    clock["now"] = 1_000_020.2  # 0.7 s later, past the minute boundary
    limited = client.get("/api/v1/usage")
    assert limited.status_code == 429
    assert limited["Retry-After"] == "60"  # 59.3 s left of the first request's window, rounded up
