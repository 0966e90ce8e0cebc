"""Layer 3, generate: route one render through a chain of providers.

Per provider, each try gets its own deadline (bounded by the job's). Transient errors are
retried with exponential backoff and jitter; a throttled provider is waited for when it
says how long (Retry-After) and that is reasonable; an invalid request is not retried; a
provider whose quota or credentials are gone is taken out (reported for operators) and its
breaker tripped. Then the next provider. An open breaker is skipped instantly and no try
starts whose estimated cost would exceed what is left of the job's spend cap.

No moderation shopping: a content-policy refusal (`ContentRejected`) ends the route with
`ContentRefused`; it is never failed over to another provider. At most one retry, on the
same provider, and only when the vendor's own words say the refusal is about the prompt's
wording (`refusal_concerns_wording`) and the prompt has film jargon that filters misread
(`reword_camera_terms`: "shoot" -> "film", "kill the lights" -> "turn off the lights"). The
rewrite keeps the request's meaning; it never drops words to slip past a filter.

Plain data in and out: the flow persists every `AttemptRecord` (via `on_attempt`) and
turns the `RouteOutcome` or `GenerationFailed` into job state.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from engine.errors import Canceled, EngineError
from engine.generate.breaker import CircuitBreaker
from engine.generate.limiter import ConcurrencyLimiter
from engine.providers.errors import (
    BadOutput,
    ContentRejected,
    InvalidInput,
    ProviderError,
    ProviderUnavailable,
    QuotaExhausted,
    Retryable,
    TaskTimedOut,
    Throttled,
    short_text,
)
from engine.providers.protocol import ProviderResult, VideoProvider
from engine.spec import GenerationSpec

# -- data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoutePolicy:
    deadline_s: float = 600.0  # the whole route
    spend_cap_cents: int = 300  # the job's budget for vendor calls
    max_tries_per_provider: int = 2
    backoff_base_s: float = 1.0
    backoff_max_s: float = 30.0
    # One reworded retry on the same provider when a refusal is about wording (never another
    # provider: see the module doc).
    rewrite_on_content_rejection: bool = True
    attempt_deadline_s: float | None = 300.0  # one try; None = whatever is left
    max_retry_after_s: float = 60.0  # a longer Retry-After means: fail over instead
    min_attempt_s: float = 1.0  # do not start a try with less time than this left
    limiter_wait_s: float = 0.0  # how long to wait for a free slot before failing over
    limiter_poll_s: float = 0.5


class TryStatus(StrEnum):
    SUCCEEDED = "succeeded"
    FAILED = "failed"


@dataclass(frozen=True)
class AttemptRecord:
    provider: str
    model: str
    vendor_task_id: str | None
    status: TryStatus
    error_class: str | None
    error_message: str | None  # for people
    error_detail: str | None  # what the vendor said, for operators
    latency_ms: int
    cost_cents: int
    started_at: datetime
    ended_at: datetime
    attempt_no: int  # 1-based across the whole route
    prompt: str
    prompt_rewritten: bool
    ordered_duration_s: float | None = None  # a successful try: the length it was asked for


class SkipReason(StrEnum):
    BREAKER_OPEN = "breaker_open"
    SPEND_CAP = "spend_cap"
    BUSY = "busy"  # concurrency limit reached
    DEADLINE = "deadline"


@dataclass(frozen=True)
class SkippedProvider:
    provider: str
    reason: SkipReason
    message: str


@dataclass(frozen=True)
class ProviderOutage:
    """A provider taken out of rotation during this route: alert the operators."""

    provider: str
    error_class: str
    message: str
    detail: str


@dataclass(frozen=True)
class RouteOutcome:
    result: ProviderResult
    attempts: tuple[AttemptRecord, ...]
    spent_cents: int
    spec: GenerationSpec  # the spec actually rendered (prompt may have been softened)
    prompt_rewritten: bool
    outages: tuple[ProviderOutage, ...] = ()
    skipped: tuple[SkippedProvider, ...] = ()


class GenerationFailed(EngineError):
    """Every provider in the chain was tried, skipped or out. `message` is for people."""

    def __init__(
        self,
        message: str,
        *,
        attempts: Sequence[AttemptRecord] = (),
        skipped: Sequence[SkippedProvider] = (),
        outages: Sequence[ProviderOutage] = (),
        spent_cents: int = 0,
        last_error: ProviderError | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.attempts = tuple(attempts)
        self.skipped = tuple(skipped)
        self.outages = tuple(outages)
        self.spent_cents = spent_cents
        self.last_error = last_error


class ContentRefused(GenerationFailed):
    """A provider refused the content: the job ends blocked with the vendor's reason, and no
    other provider is asked. `vendor_reason` is what the vendor said; `about_wording` whether
    that was about the prompt's words (then one reworded retry was made, or nothing could be
    reworded)."""

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        vendor_reason: str,
        about_wording: bool,
        **kw: object,
    ) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.provider = provider
        self.vendor_reason = vendor_reason
        self.about_wording = about_wording


# -- pure helpers --------------------------------------------------------------------------

# How a refusal says it is about the prompt's words, or about the picture (input or output).
# Runway names it in the failure code (SAFETY.INPUT.TEXT vs SAFETY.INPUT.IMAGE /
# SAFETY.OUTPUT.*); Luma and fal say it in words ("prompt not allowed", "output flagged");
# Kling's 1300/1301 say neither, so they count as not about wording: no retry.
_WORDING = re.compile(
    r"\b(?:prompts?|text|wording|words?|description|caption)\b|\.TEXT\b|\bTEXT\b", re.IGNORECASE
)
_IMAGERY = re.compile(
    r"\b(?:image|images|photo|photos|picture|frames?|output|outputs|video|visual|face|faces|"
    r"person|people|public figure|celebrit\w*|minors?|child\w*|likeness)\b|\.IMAGE\b|"
    r"\bOUTPUT\b",
    re.IGNORECASE,
)

# Film jargon that content filters read as violence, each with a plain word of the same
# meaning. Only these are changed: the request stays what it was.
_CAMERA_TERMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), plain)
    for pattern, plain in (
        (r"\bkill(?:s|ing)? the lights\b", "turn off the lights"),
        (r"\bkill(?:s|ing)? the (music|sound|audio)\b", r"turn off the \1"),
        (r"\bshoot(?:s|ing)? (a|an|the|this|it|in|on|from|with|some)\b", r"film \1"),
        (
            r"\b(wide|close|closeup|close-up|medium|long|tracking|aerial|drone|establishing|hero|"
            r"beauty|product|orbit|dolly|crane|overhead|static|action|group|head|money|final|"
            r"opening|tight|low-angle|high-angle) shots?\b",
            r"\1 view",
        ),
        (r"\b(photo|video|film|fashion|product|portrait) shoot\b", r"\1 session"),
        (r"\bexplosion of colou?rs?\b", "burst of colour"),
        (r"\bcolou?r explosion\b", "burst of colour"),
        (r"\bblow(?:s|ing)? up the (photo|picture|image|frame)\b", r"enlarge the \1"),
        (r"\bsmash cut\b", "hard cut"),
        (r"\bcut to black\b", "fade to black"),
        (r"\bkiller (view|shot|look|smile|sunset)\b", r"stunning \1"),
    )
)


def refusal_concerns_wording(error: ProviderError) -> bool:
    """True when the vendor's own words put the refusal on the prompt's wording (and say
    nothing about the image or the output): only then is a reworded retry allowed."""
    said = error.detail or ""
    return bool(_WORDING.search(said)) and not _IMAGERY.search(said)


def reword_camera_terms(prompt: str) -> str:
    """The prompt with film jargon in plain words of the same meaning ("shoot a wide shot" ->
    "film a wide view"); unchanged when it has none. Idempotent."""
    text = prompt
    for pattern, plain in _CAMERA_TERMS:
        text = pattern.sub(plain, text)
    return text


def backoff_delay(
    failures: int, *, base_s: float, max_s: float, rng: random.Random | None = None
) -> float:
    """Exponential backoff with "equal jitter": half the step fixed, half random, so
    retries spread out but never collapse to zero."""
    step = min(max_s, base_s * (2 ** max(0, failures - 1)))
    return step / 2 + (rng or random).uniform(0, step / 2)


def _stamp(t: float) -> datetime:
    return datetime.fromtimestamp(t, tz=UTC)


# -- the router ----------------------------------------------------------------------------


@dataclass
class _Route:
    """Mutable state of one route (kept out of `route`'s signature)."""

    spec: GenerationSpec
    policy: RoutePolicy
    clock: Callable[[], float]
    deadline: float
    rewritten: bool = False
    spent_cents: int = 0
    attempt_no: int = 0
    attempts: list[AttemptRecord] = field(default_factory=list)
    skipped: list[SkippedProvider] = field(default_factory=list)
    outages: list[ProviderOutage] = field(default_factory=list)
    errors: list[ProviderError] = field(default_factory=list)
    refusal: tuple[str, ContentRejected, bool] | None = None  # provider, error, about wording

    def remaining(self) -> float:
        return self.deadline - self.clock()


def route(
    *,
    spec: GenerationSpec,
    image: bytes,
    image_mime: str,
    image_url: str | None,
    chain: Sequence[VideoProvider],
    policy: RoutePolicy,
    breaker: CircuitBreaker,
    out_dir: Path,
    on_attempt: Callable[[AttemptRecord], None],
    limiter: ConcurrencyLimiter | None = None,
    callback_url_for: Callable[[str], str | None] = lambda name: None,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
    rng: random.Random | None = None,
) -> RouteOutcome:
    """Render `spec` with the first provider in `chain` that can; see the module doc."""
    state = _Route(spec=spec, policy=policy, clock=clock, deadline=clock() + policy.deadline_s)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for provider in chain:
        if state.remaining() < policy.min_attempt_s:
            state.skipped.append(
                SkippedProvider(provider.name, SkipReason.DEADLINE, "no time left")
            )
            continue
        result = _try_provider(
            provider,
            state=state,
            image=image,
            image_mime=image_mime,
            image_url=image_url,
            callback_url=callback_url_for(provider.name),
            breaker=breaker,
            limiter=limiter,
            out_dir=out_dir,
            on_attempt=on_attempt,
            sleep=sleep,
            rng=rng,
        )
        if state.refusal is not None:
            raise _refused(state)
        if result is not None:
            return RouteOutcome(
                result=result,
                attempts=tuple(state.attempts),
                spent_cents=state.spent_cents,
                spec=state.spec,
                prompt_rewritten=state.rewritten,
                outages=tuple(state.outages),
                skipped=tuple(state.skipped),
            )
    raise GenerationFailed(
        failure_summary(state),
        attempts=state.attempts,
        skipped=state.skipped,
        outages=state.outages,
        spent_cents=state.spent_cents,
        last_error=state.errors[-1] if state.errors else None,
    )


def _try_provider(
    provider: VideoProvider,
    *,
    state: _Route,
    image: bytes,
    image_mime: str,
    image_url: str | None,
    callback_url: str | None,
    breaker: CircuitBreaker,
    limiter: ConcurrencyLimiter | None,
    out_dir: Path,
    on_attempt: Callable[[AttemptRecord], None],
    sleep: Callable[[float], None],
    rng: random.Random | None,
) -> ProviderResult | None:
    """Tries on one provider; the result, or None to fail over."""
    policy = state.policy
    tries = 0
    failures = 0
    while tries < policy.max_tries_per_provider:
        remaining = state.remaining()
        if remaining < policy.min_attempt_s:
            state.skipped.append(SkippedProvider(provider.name, SkipReason.DEADLINE, "no time"))
            return None
        estimate = provider.estimate_cost_cents(state.spec)
        if state.spent_cents + estimate > policy.spend_cap_cents:
            state.skipped.append(
                SkippedProvider(
                    provider.name,
                    SkipReason.SPEND_CAP,
                    f"estimated {estimate}¢ with {state.spent_cents}¢ of "
                    f"{policy.spend_cap_cents}¢ already spent",
                )
            )
            return None
        token = _acquire_slot(provider.name, limiter, state=state, sleep=sleep)
        if token is None:
            state.skipped.append(
                SkippedProvider(provider.name, SkipReason.BUSY, "at its concurrency limit")
            )
            return None
        # Last, because in half-open `allow` hands out the single probe.
        if not breaker.allow(provider.name):
            if limiter is not None:
                limiter.release(provider.name, token)
            state.skipped.append(
                SkippedProvider(
                    provider.name,
                    SkipReason.BREAKER_OPEN,
                    f"{provider.name} failed repeatedly and is paused",
                )
            )
            return None
        tries += 1
        try:
            outcome = _attempt(
                provider,
                state=state,
                image=image,
                image_mime=image_mime,
                image_url=image_url,
                callback_url=callback_url,
                estimate=estimate,
                out_dir=out_dir,
                on_attempt=on_attempt,
            )
        finally:
            if limiter is not None:
                limiter.release(provider.name, token)
        if isinstance(outcome, ProviderResult):
            breaker.record_success(provider.name)
            return outcome
        error = outcome
        state.errors.append(error)
        if isinstance(error, ProviderUnavailable):  # includes QuotaExhausted
            breaker.trip(provider.name)
            state.outages.append(
                ProviderOutage(provider.name, type(error).__name__, error.message, error.detail)
            )
            return None
        if isinstance(error, ContentRejected):
            breaker.record_success(provider.name)  # it answered sensibly: it is healthy
            wording = refusal_concerns_wording(error)
            reworded = reword_camera_terms(state.spec.prompt)
            if (
                wording
                and policy.rewrite_on_content_rejection
                and not state.rewritten
                and reworded != state.spec.prompt
            ):
                state.spec = state.spec.with_changes(prompt=reworded)
                state.rewritten = True
                tries -= 1  # a different request, not a retry of the same one
                continue
            state.refusal = (provider.name, error, wording)
            return None  # the route ends here: no other provider is asked
        if isinstance(error, InvalidInput):
            breaker.record_success(provider.name)
            return None
        if isinstance(error, Throttled):
            breaker.record_success(provider.name)
            failures += 1
            wait = error.retry_after_s
            if wait is None:
                wait = backoff_delay(
                    failures, base_s=policy.backoff_base_s, max_s=policy.backoff_max_s, rng=rng
                )
            if wait > policy.max_retry_after_s:
                return None  # too long: another provider is better than waiting
        else:  # Retryable, BadOutput, TaskTimedOut, anything unexpected
            breaker.record_failure(provider.name)
            failures += 1
            wait = backoff_delay(
                failures, base_s=policy.backoff_base_s, max_s=policy.backoff_max_s, rng=rng
            )
        if tries >= policy.max_tries_per_provider:
            return None
        if wait + policy.min_attempt_s > state.remaining():
            return None  # no time to wait and try again here: fail over now
        sleep(wait)
    return None


def _acquire_slot(
    provider: str,
    limiter: ConcurrencyLimiter | None,
    *,
    state: _Route,
    sleep: Callable[[float], None],
) -> str | None:
    if limiter is None:
        return "unlimited"
    policy = state.policy
    waited = 0.0
    while True:
        token = limiter.acquire(provider)
        if token is not None:
            return token
        if waited >= policy.limiter_wait_s or state.remaining() < policy.min_attempt_s:
            return None
        sleep(policy.limiter_poll_s)
        waited += policy.limiter_poll_s


def _attempt(
    provider: VideoProvider,
    *,
    state: _Route,
    image: bytes,
    image_mime: str,
    image_url: str | None,
    callback_url: str | None,
    estimate: int,
    out_dir: Path,
    on_attempt: Callable[[AttemptRecord], None],
) -> ProviderResult | ProviderError:
    """One try: run it, record it, and return the result or the error."""
    state.attempt_no += 1
    policy = state.policy
    timeout = state.remaining()
    if policy.attempt_deadline_s is not None:
        timeout = min(timeout, policy.attempt_deadline_s)
    out_path = out_dir / f"attempt-{state.attempt_no:02d}-{provider.name}.mp4"
    submitted: list[str] = []
    started = state.clock()
    result: ProviderResult | None = None
    error: ProviderError | None = None
    try:
        result = provider.generate(
            image=image,
            image_mime=image_mime,
            spec=state.spec,
            out_path=out_path,
            timeout_s=timeout,
            image_url=image_url,
            callback_url=callback_url,
            on_submitted=submitted.append,
        )
    except ProviderError as exc:
        error = exc
    except Canceled:
        raise  # the caller stopped the job: no retry, no failover
    except Exception as exc:  # an adapter bug must not sink the whole route
        error = Retryable(
            f"{provider.name} failed unexpectedly. We will try another way.",
            provider=provider.name,
            detail=f"{type(exc).__name__}: {exc}",
        )
    ended = state.clock()
    cost = _charged_cents(result, error, estimate)
    state.spent_cents += cost
    task_id = result.vendor_task_id if result else (error.task_id if error else None)
    record = AttemptRecord(
        provider=provider.name,
        model=provider.model,
        vendor_task_id=task_id or (submitted[0] if submitted else None),
        status=TryStatus.SUCCEEDED if result else TryStatus.FAILED,
        error_class=type(error).__name__ if error else None,
        error_message=error.message if error else None,
        error_detail=error.detail if error else None,
        latency_ms=round((ended - started) * 1000),
        cost_cents=cost,
        started_at=_stamp(started),
        ended_at=_stamp(ended),
        attempt_no=state.attempt_no,
        prompt=state.spec.prompt,
        prompt_rewritten=state.rewritten,
        ordered_duration_s=result.ordered_duration_s if result else None,
    )
    state.attempts.append(record)
    on_attempt(record)
    if error is not None:
        out_path.unlink(missing_ok=True)
        return error
    assert result is not None
    return result


def _charged_cents(
    result: ProviderResult | None, error: ProviderError | None, estimate: int
) -> int:
    """What this try cost us: the result's cost, or the estimate when the vendor rendered
    something (bad output) or may still be billing a task we abandoned (timeout)."""
    if result is not None:
        return result.cost_cents
    if isinstance(error, BadOutput | TaskTimedOut) and error.task_id:
        return estimate
    return 0


def _refused(state: _Route) -> ContentRefused:
    assert state.refusal is not None
    provider, error, wording = state.refusal
    said = error.detail or "no reason given"
    retried = " (also after rewording film terms once)" if state.rewritten else ""
    message = (
        f"The video provider refused to make this clip under its content policy{retried}: "
        f"{short_text(said, 200)}. We don't send a refused request to another provider. "
        "Change the prompt or choose another photo."
    )
    return ContentRefused(
        message,
        provider=provider,
        vendor_reason=said,
        about_wording=wording,
        attempts=state.attempts,
        skipped=state.skipped,
        outages=state.outages,
        spent_cents=state.spent_cents,
        last_error=error,
    )


def failure_summary(state: _Route) -> str:
    """One sentence for the person waiting: what happened, why, what to do."""
    errors = state.errors
    reasons = {s.reason for s in state.skipped}
    if not errors and SkipReason.SPEND_CAP in reasons:
        return (
            "Making this clip would cost more than this job's spending limit allows. Raise "
            "the limit in your workspace settings or choose a shorter or smaller clip."
        )
    if SkipReason.DEADLINE in reasons:
        minutes = max(1, round(state.policy.deadline_s / 60))
        return (
            f"We could not make your clip within {minutes} minute(s): the video providers "
            "were too slow or failing. Please try again in a few minutes."
        )
    if errors and all(isinstance(e, InvalidInput) for e in errors):
        return (
            "The video providers could not use this photo or these settings "
            f"({errors[-1].message}). Try another photo or different settings."
        )
    if not errors:
        return (
            "All video providers are paused after repeated failures or at capacity. Please "
            "try again in a few minutes."
        )
    if state.spent_cents and SkipReason.SPEND_CAP in reasons:
        return (
            "The video providers failed and retrying would exceed this job's spending limit. "
            "Please try again later."
        )
    if any(isinstance(e, QuotaExhausted) for e in errors) and len(state.outages) == len(errors):
        return "Our video providers are unavailable right now. Please try again later."
    return (
        "All our video providers failed to make this clip "
        f"(last: {errors[-1].message}). Please try again in a few minutes."
    )
