"""The generate-stage router over real adapters talking to the HTTP fakes: retry with
backoff, Retry-After, one prompt rewrite, failover, quota outages, circuit breaker, spend
cap, deadline, concurrency limits, and the attempt records the flow persists."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from engine.generate.breaker import BreakerState, MemoryCircuitBreaker
from engine.generate.limiter import MemoryConcurrencyLimiter
from engine.generate.router import (
    AttemptRecord,
    GenerationFailed,
    RoutePolicy,
    SkipReason,
    TryStatus,
    backoff_delay,
    route,
    soften_prompt,
)
from engine.spec import GenerationSpec
from tests.engine.conftest import (
    IMAGE_URL,
    kling_for,
    luma_for,
    replicate_for,
    runway_for,
)


class Clock:
    """The router's clock; `sleep` records each wait and moves time on."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def breaker(clock: Clock) -> MemoryCircuitBreaker:
    return MemoryCircuitBreaker(failure_threshold=3, window_s=300, cooldown_s=60, clock=clock)


POLICY = RoutePolicy(
    deadline_s=600,
    spend_cap_cents=200,
    max_tries_per_provider=2,
    backoff_base_s=2.0,
    backoff_max_s=30.0,
    attempt_deadline_s=10.0,
)


def go(chain, *, photo, spec, tmp_path: Path, clock: Clock, breaker, policy=POLICY, **kw):
    records: list[AttemptRecord] = []
    kw.setdefault("limiter", None)
    try:
        outcome = route(
            spec=spec,
            image=photo,
            image_mime="image/png",
            image_url=IMAGE_URL,
            chain=chain,
            policy=policy,
            breaker=breaker,
            out_dir=tmp_path / "attempts",
            on_attempt=records.append,
            clock=clock,
            sleep=clock.sleep,
            rng=random.Random(7),
            **kw,
        )
    except GenerationFailed as exc:
        exc.records = records  # type: ignore[attr-defined]
        raise
    return outcome, records


def test_first_provider_succeeds_with_one_attempt_record(
    fake_runway, photo, spec, tmp_path, clock, breaker
):
    outcome, records = go(
        [runway_for(fake_runway)],
        photo=photo,
        spec=spec,
        tmp_path=tmp_path,
        clock=clock,
        breaker=breaker,
    )
    assert outcome.result.provider == "runway" and outcome.result.path.exists()
    assert outcome.spent_cents == 15 and not outcome.prompt_rewritten
    (record,) = records
    assert record.status is TryStatus.SUCCEEDED
    assert record.vendor_task_id in fake_runway.tasks
    assert record.model == "gen4_turbo" and record.cost_cents == 15
    assert record.error_class is None and record.latency_ms >= 0
    assert record.started_at <= record.ended_at
    assert clock.sleeps == []


def test_retryable_error_is_retried_after_jittered_backoff(
    fake_runway, photo, spec, tmp_path, clock, breaker
):
    fake_runway.fail_submit("503")
    outcome, records = go(
        [runway_for(fake_runway)],
        photo=photo,
        spec=spec,
        tmp_path=tmp_path,
        clock=clock,
        breaker=breaker,
    )
    assert [r.status for r in records] == [TryStatus.FAILED, TryStatus.SUCCEEDED]
    assert records[0].error_class == "Retryable" and records[0].cost_cents == 0
    assert len(clock.sleeps) == 1 and 1.0 <= clock.sleeps[0] <= 2.0  # base 2 s, equal jitter
    assert outcome.result.provider == "runway"


def test_throttled_waits_for_retry_after(fake_runway, photo, spec, tmp_path, clock, breaker):
    fake_runway.retry_after = "7"
    fake_runway.fail_submit("429")
    outcome, records = go(
        [runway_for(fake_runway)],
        photo=photo,
        spec=spec,
        tmp_path=tmp_path,
        clock=clock,
        breaker=breaker,
    )
    assert clock.sleeps == [7.0]
    assert records[0].error_class == "Throttled"
    assert outcome.result.provider == "runway"


def test_retry_after_longer_than_allowed_fails_over_without_waiting(
    fake_runway, fake_kling, photo, spec, tmp_path, clock, breaker
):
    fake_runway.retry_after = "3600"
    fake_runway.fail_submit("429")
    outcome, records = go(
        [runway_for(fake_runway), kling_for(fake_kling)],
        photo=photo,
        spec=spec,
        tmp_path=tmp_path,
        clock=clock,
        breaker=breaker,
    )
    assert clock.sleeps == []
    assert [r.provider for r in records] == ["runway", "kling"]
    assert outcome.result.provider == "kling"


def test_content_rejection_rewrites_the_prompt_once(fake_luma, photo, tmp_path, clock, breaker):
    fake_luma.fail_submit("content")
    spec = GenerationSpec(prompt="a violent explosion behind her, hair blowing", duration_s=3)
    outcome, records = go(
        [luma_for(fake_luma)],
        photo=photo,
        spec=spec,
        tmp_path=tmp_path,
        clock=clock,
        breaker=breaker,
    )
    prompts = [r.json()["prompt"] for r in fake_luma.requests_to("POST", "/dream-machine/")]
    assert prompts[0] == spec.prompt
    assert prompts[1] == soften_prompt(spec.prompt)
    assert "violent" not in prompts[1] and "explosion" not in prompts[1]
    assert outcome.prompt_rewritten and outcome.spec.prompt == prompts[1]
    assert [r.error_class for r in records] == ["ContentRejected", None]
    assert records[1].prompt_rewritten and clock.sleeps == []


def test_second_content_rejection_fails_over_with_the_softened_prompt(
    fake_runway, fake_kling, photo, tmp_path, clock, breaker
):
    fake_runway.outcome = "content"  # every Runway task fails moderation
    spec = GenerationSpec(prompt="blood on the sword", duration_s=3)
    outcome, records = go(
        [runway_for(fake_runway), kling_for(fake_kling)],
        photo=photo,
        spec=spec,
        tmp_path=tmp_path,
        clock=clock,
        breaker=breaker,
    )
    assert [(r.provider, r.error_class) for r in records] == [
        ("runway", "ContentRejected"),
        ("runway", "ContentRejected"),
        ("kling", None),
    ]
    kling_prompt = fake_kling.requests_to("POST", "/v1/videos")[0].json()["prompt"]
    assert kling_prompt == soften_prompt("blood on the sword")
    assert outcome.result.provider == "kling"


def test_invalid_input_is_not_retried_and_fails_over(
    fake_runway, fake_kling, photo, spec, tmp_path, clock, breaker
):
    fake_runway.fail_submit("invalid", "invalid")
    outcome, records = go(
        [runway_for(fake_runway), kling_for(fake_kling)],
        photo=photo,
        spec=spec,
        tmp_path=tmp_path,
        clock=clock,
        breaker=breaker,
    )
    assert [(r.provider, r.error_class) for r in records] == [
        ("runway", "InvalidInput"),
        ("kling", None),
    ]
    assert len(fake_runway.requests_to("POST", "/v1/")) == 1
    assert outcome.result.provider == "kling"


def test_quota_exhausted_takes_the_provider_out_and_reports_it(
    fake_kling, fake_replicate, photo, spec, tmp_path, clock, breaker
):
    fake_kling.fail_submit("quota")
    outcome, records = go(
        [kling_for(fake_kling), replicate_for(fake_replicate)],
        photo=photo,
        spec=spec,
        tmp_path=tmp_path,
        clock=clock,
        breaker=breaker,
    )
    assert [(r.provider, r.error_class) for r in records] == [
        ("kling", "QuotaExhausted"),
        ("replicate", None),
    ]
    (outage,) = outcome.outages
    assert outage.provider == "kling" and outage.error_class == "QuotaExhausted"
    assert "1102" in outage.detail
    assert breaker.state("kling") is BreakerState.OPEN  # other jobs skip it too
    assert outcome.result.provider == "replicate"


def test_bad_output_then_timeout_fail_over_and_count_spend(
    fake_runway, fake_luma, fake_kling, photo, spec, tmp_path, clock, breaker
):
    fake_runway.result = "corrupt"
    fake_luma.polls_until_done = 10_000  # never finishes
    policy = RoutePolicy(
        deadline_s=600, spend_cap_cents=500, max_tries_per_provider=1, attempt_deadline_s=1.0
    )
    outcome, records = go(
        [runway_for(fake_runway), luma_for(fake_luma), kling_for(fake_kling)],
        photo=photo,
        spec=spec,
        tmp_path=tmp_path,
        clock=clock,
        breaker=breaker,
        policy=policy,
    )
    assert [(r.provider, r.error_class) for r in records] == [
        ("runway", "BadOutput"),
        ("luma", "TaskTimedOut"),
        ("kling", None),
    ]
    # A corrupt result and an abandoned task may still be billed: both count.
    assert records[0].cost_cents == 15 and records[1].cost_cents > 0
    assert outcome.spent_cents == sum(r.cost_cents for r in records)
    assert fake_luma.tasks[records[1].vendor_task_id].canceled
    assert not list((tmp_path / "attempts").glob("*runway*"))  # failed output removed


def test_exhausted_chain_raises_generation_failed_with_summary(
    fake_runway, fake_kling, photo, spec, tmp_path, clock, breaker
):
    fake_runway.fail_submit("500", "500")
    fake_kling.fail_submit("500", "500")
    with pytest.raises(GenerationFailed) as info:
        go(
            [runway_for(fake_runway), kling_for(fake_kling)],
            photo=photo,
            spec=spec,
            tmp_path=tmp_path,
            clock=clock,
            breaker=breaker,
        )
    failed = info.value
    assert len(failed.attempts) == 4 and all(a.status is TryStatus.FAILED for a in failed.attempts)
    assert failed.records == list(failed.attempts)  # every attempt went to on_attempt
    assert "All our video providers failed" in failed.message
    assert failed.last_error is not None and failed.last_error.provider == "kling"


def test_breaker_opens_after_repeated_failures_and_is_skipped_instantly(
    fake_runway, fake_kling, photo, spec, tmp_path, clock, breaker
):
    chain = [runway_for(fake_runway), kling_for(fake_kling)]
    fake_runway.fail_submit("500", "500", "500")
    go(chain, photo=photo, spec=spec, tmp_path=tmp_path, clock=clock, breaker=breaker)
    go(chain, photo=photo, spec=spec, tmp_path=tmp_path / "2", clock=clock, breaker=breaker)
    assert breaker.state("runway") is BreakerState.OPEN
    calls = len(fake_runway.requests)
    sleeps = len(clock.sleeps)

    outcome, records = go(
        chain, photo=photo, spec=spec, tmp_path=tmp_path / "3", clock=clock, breaker=breaker
    )
    assert len(fake_runway.requests) == calls  # not even one request
    assert len(clock.sleeps) == sleeps  # and no waiting
    assert [r.provider for r in records] == ["kling"]
    assert outcome.skipped[0].provider == "runway"
    assert outcome.skipped[0].reason is SkipReason.BREAKER_OPEN

    # After the cool-down one probe goes through; it succeeds and closes the breaker.
    clock.now += 61
    outcome, records = go(
        chain, photo=photo, spec=spec, tmp_path=tmp_path / "4", clock=clock, breaker=breaker
    )
    assert [r.provider for r in records] == ["runway"]
    assert breaker.state("runway") is BreakerState.CLOSED


def test_spend_cap_prevents_an_attempt(
    fake_runway, fake_kling, photo, spec, tmp_path, clock, breaker
):
    policy = RoutePolicy(spend_cap_cents=20, max_tries_per_provider=2)
    fake_runway.result = "corrupt"  # 15 cents burnt on a bad output
    with pytest.raises(GenerationFailed) as info:
        go(
            [runway_for(fake_runway), kling_for(fake_kling)],
            photo=photo,
            spec=spec,
            tmp_path=tmp_path,
            clock=clock,
            breaker=breaker,
            policy=policy,
        )
    failed = info.value
    assert [a.provider for a in failed.attempts] == ["runway"]  # no second 15-cent try
    assert failed.spent_cents == 15
    assert {s.reason for s in failed.skipped} == {SkipReason.SPEND_CAP}
    assert fake_kling.requests == []  # kling (30 cents) never started


def test_spend_cap_below_every_estimate_starts_nothing(
    fake_runway, photo, spec, tmp_path, clock, breaker
):
    with pytest.raises(GenerationFailed, match="spending limit"):
        go(
            [runway_for(fake_runway)],
            photo=photo,
            spec=spec,
            tmp_path=tmp_path,
            clock=clock,
            breaker=breaker,
            policy=RoutePolicy(spend_cap_cents=10),
        )
    assert fake_runway.requests == []


def test_route_deadline_stops_retrying(fake_runway, photo, spec, tmp_path, clock, breaker):
    fake_runway.retry_after = "40"
    fake_runway.fail_submit("429", "429")
    policy = RoutePolicy(deadline_s=30, max_tries_per_provider=3)
    with pytest.raises(GenerationFailed) as info:
        go(
            [runway_for(fake_runway)],
            photo=photo,
            spec=spec,
            tmp_path=tmp_path,
            clock=clock,
            breaker=breaker,
            policy=policy,
        )
    assert clock.sleeps == []  # a 40 s wait does not fit in a 30 s budget
    assert len(info.value.attempts) == 1


def test_busy_provider_is_skipped_by_the_limiter(
    fake_runway, fake_kling, photo, spec, tmp_path, clock, breaker
):
    limiter = MemoryConcurrencyLimiter({"runway": 1}, clock=clock)
    held = limiter.acquire("runway")  # another job is rendering on Runway
    outcome, _ = go(
        [runway_for(fake_runway), kling_for(fake_kling)],
        photo=photo,
        spec=spec,
        tmp_path=tmp_path,
        clock=clock,
        breaker=breaker,
        limiter=limiter,
    )
    assert held and fake_runway.requests == []
    assert outcome.skipped[0].reason is SkipReason.BUSY
    assert outcome.result.provider == "kling"
    assert limiter.in_flight("kling") == 0  # released after the attempt


def test_provider_unavailable_on_bad_credentials(
    fake_luma, fake_kling, photo, spec, tmp_path, clock, breaker
):
    fake_luma.fail_submit("auth")
    outcome, _ = go(
        [luma_for(fake_luma), kling_for(fake_kling)],
        photo=photo,
        spec=spec,
        tmp_path=tmp_path,
        clock=clock,
        breaker=breaker,
    )
    assert [o.error_class for o in outcome.outages] == ["ProviderUnavailable"]
    assert outcome.result.provider == "kling"


# -- pure helpers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        (
            "make the clouds drift",
            "make the clouds drift, gentle, subtle natural motion, calm and friendly",
        ),
        ("", "Gentle, subtle natural motion, calm and friendly"),
        ("kill, blood!", "Gentle, subtle natural motion, calm and friendly"),
        (
            "her hair blows, dramatic explosion behind",
            "her hair blows, behind, gentle, subtle natural motion, calm and friendly",
        ),
    ],
)
def test_soften_prompt(prompt, expected):
    assert soften_prompt(prompt) == expected
    assert soften_prompt(soften_prompt(prompt)) == soften_prompt(prompt)  # idempotent


def test_backoff_grows_exponentially_with_bounded_jitter():
    rng = random.Random(1)
    for failures, step in [(1, 1.0), (2, 2.0), (3, 4.0), (10, 20.0)]:
        for _ in range(20):
            delay = backoff_delay(failures, base_s=1.0, max_s=20.0, rng=rng)
            assert step / 2 <= delay <= step


def test_policy_defaults_are_sane():
    policy = RoutePolicy()
    assert policy.max_tries_per_provider >= 1 and policy.spend_cap_cents > 0
    assert policy.rewrite_on_content_rejection
