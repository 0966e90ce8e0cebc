"""The generate-stage router over real adapters talking to the HTTP fakes: retry with
backoff, Retry-After, no failover after a content refusal (one reworded retry on the same
vendor when it is about wording), failover, quota outages, circuit breaker, spend
cap, deadline, concurrency limits, and the attempt records the flow persists."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from engine.generate.breaker import BreakerState, MemoryCircuitBreaker
from engine.generate.limiter import MemoryConcurrencyLimiter
from engine.generate.router import (
    AttemptRecord,
    ContentRefused,
    GenerationFailed,
    RoutePolicy,
    SkipReason,
    TryStatus,
    backoff_delay,
    refusal_concerns_wording,
    reword_camera_terms,
    route,
)
from engine.providers.errors import ContentRejected
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


def test_a_wording_refusal_gets_one_reworded_retry_on_the_same_vendor(
    fake_luma, fake_kling, photo, tmp_path, clock, breaker
):
    fake_luma.fail_submit("content")  # "prompt not allowed because advanced moderation failed"
    spec = GenerationSpec(
        prompt="shoot a wide shot of her, kill the lights at the end", duration_s=3
    )
    outcome, records = go(
        [luma_for(fake_luma), kling_for(fake_kling)],
        photo=photo,
        spec=spec,
        tmp_path=tmp_path,
        clock=clock,
        breaker=breaker,
    )
    prompts = [r.json()["prompt"] for r in fake_luma.requests_to("POST", "/dream-machine/")]
    assert prompts == [spec.prompt, "film a wide view of her, turn off the lights at the end"]
    assert outcome.prompt_rewritten and outcome.spec.prompt == prompts[1]
    assert [(r.provider, r.error_class) for r in records] == [
        ("luma", "ContentRejected"),
        ("luma", None),
    ]
    assert records[1].prompt_rewritten and clock.sleeps == []
    assert fake_kling.requests == []


def test_an_image_refusal_ends_the_route_with_no_other_vendor_asked(
    fake_runway, fake_kling, photo, tmp_path, clock, breaker
):
    fake_runway.outcome = "content"  # SAFETY.INPUT.IMAGE: "input image did not pass"
    spec = GenerationSpec(prompt="shoot a wide shot of the beach", duration_s=3)
    with pytest.raises(ContentRefused) as refused:
        go(
            [runway_for(fake_runway), kling_for(fake_kling)],
            photo=photo,
            spec=spec,
            tmp_path=tmp_path,
            clock=clock,
            breaker=breaker,
        )
    exc = refused.value
    assert [(r.provider, r.error_class) for r in exc.records] == [("runway", "ContentRejected")]
    assert fake_kling.requests == []  # no moderation shopping
    assert exc.provider == "runway" and not exc.about_wording
    assert "SAFETY.INPUT.IMAGE" in exc.vendor_reason and exc.vendor_reason in exc.message
    assert exc.spent_cents == 0
    assert "don't send a refused request to another provider" in exc.message


def test_an_unspecific_refusal_is_not_retried(
    fake_kling, fake_luma, photo, tmp_path, clock, breaker
):
    fake_kling.fail_submit("content")  # 1301 "Content security policy triggered": says neither
    spec = GenerationSpec(prompt="shoot a close-up of the cup", duration_s=3)
    with pytest.raises(ContentRefused) as refused:
        go(
            [kling_for(fake_kling), luma_for(fake_luma)],
            photo=photo,
            spec=spec,
            tmp_path=tmp_path,
            clock=clock,
            breaker=breaker,
        )
    assert not refused.value.about_wording
    assert len(fake_kling.requests_to("POST", "/v1/videos/image2video")) == 1
    assert fake_luma.requests == []


def test_a_wording_refusal_with_nothing_to_reword_is_not_retried(
    fake_luma, fake_kling, photo, tmp_path, clock, breaker
):
    fake_luma.fail_submit("content")
    spec = GenerationSpec(prompt="she dances in the rain", duration_s=3)
    with pytest.raises(ContentRefused) as refused:
        go(
            [luma_for(fake_luma), kling_for(fake_kling)],
            photo=photo,
            spec=spec,
            tmp_path=tmp_path,
            clock=clock,
            breaker=breaker,
        )
    assert refused.value.about_wording  # about the words, but no film jargon to say plainly
    assert len(fake_luma.requests_to("POST", "/dream-machine/")) == 1
    assert fake_kling.requests == []


def test_a_second_refusal_after_rewording_ends_the_route(
    fake_luma, fake_kling, photo, tmp_path, clock, breaker
):
    fake_luma.fail_submit("content", "content")
    spec = GenerationSpec(prompt="kill the lights, then a slow close-up shot", duration_s=3)
    with pytest.raises(ContentRefused) as refused:
        go(
            [luma_for(fake_luma), kling_for(fake_kling)],
            photo=photo,
            spec=spec,
            tmp_path=tmp_path,
            clock=clock,
            breaker=breaker,
        )
    assert len(fake_luma.requests_to("POST", "/dream-machine/")) == 2
    assert "after rewording" in refused.value.message
    assert fake_kling.requests == []


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


def test_each_successful_try_records_the_length_its_vendor_was_asked_for(
    fake_runway, fake_kling, photo, spec, tmp_path, clock, breaker
):
    """Ordered 3 s: Runway takes 3, Kling only 5 or 10; QA holds the clip to that length."""
    fake_runway.legacy_durations = True  # Runway's older reading: 5|10, so it falls back to 5
    outcome, records = go(
        [runway_for(fake_runway)], photo=photo, spec=spec, tmp_path=tmp_path, clock=clock,
        breaker=breaker,
    )  # fmt: skip
    assert spec.duration_s == 3.0
    assert outcome.result.ordered_duration_s == records[-1].ordered_duration_s == 5.0
    fake_runway.reset()
    fake_runway.fail_submit("invalid")
    outcome, records = go(
        [runway_for(fake_runway), kling_for(fake_kling)], photo=photo, spec=spec,
        tmp_path=tmp_path, clock=clock, breaker=breaker,
    )  # fmt: skip
    assert [(r.provider, r.ordered_duration_s) for r in records] == [
        ("runway", None),  # no clip, no length
        ("kling", 5.0),
    ]
    assert fake_kling.requests_to("POST", "/v1/videos/image2video")[0].json()["duration"] == "5"


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
        ("make the clouds drift", "make the clouds drift"),  # nothing to reword
        ("Kill the lights and shoot a wide shot", "turn off the lights and film a wide view"),
        ("a photo shoot, explosion of color", "a photo session, burst of colour"),
        ("cut to black after the close-up shot", "fade to black after the close-up view"),
        ("stab him", "stab him"),  # substance is never softened
    ],
)
def test_reword_camera_terms_keeps_the_meaning(prompt, expected):
    assert reword_camera_terms(prompt) == expected
    assert reword_camera_terms(expected) == expected  # idempotent


@pytest.mark.parametrize(
    ("detail", "wording"),
    [
        ("400: prompt not allowed because advanced moderation failed", True),
        ("SAFETY.INPUT.TEXT: The text prompt was flagged", True),
        ("SAFETY.INPUT.IMAGE: Your input image did not pass our content moderation.", False),
        ("Output flagged by the content checker", False),
        ("Content security policy triggered", False),
        ("The prompt and the image were flagged", False),
    ],
)
def test_refusal_concerns_wording_reads_the_vendors_words(detail, wording):
    error = ContentRejected("refused", provider="x", detail=detail)
    assert refusal_concerns_wording(error) is wording


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
