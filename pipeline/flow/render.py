"""Layer 3, generate: one route through the provider chain (retries, backoff, failover,
breakers, the per-vendor concurrency limit, the spend cap), each try an Attempt row.

The embedded engine burns the label and watermark in while it renders, so provenance costs
only its per-frame work; a vendor's clip is brought to the ordered size with both burnt in,
in one re-encode. Each regeneration after a failed quality check uses a new seed; with the
workspace's chain ("auto") the provider whose render failed QA goes to the back of the line,
while a provider the customer chose keeps rendering.
"""

from __future__ import annotations

import functools
import logging
import secrets
from collections.abc import Sequence
from pathlib import Path

from django.conf import settings
from django.core.mail import mail_admins

from engine.errors import Canceled
from engine.generate.router import ContentRefused, GenerationFailed, ProviderOutage, route
from engine.motion.encode import FrameFilter
from engine.motion.engine import render as engine_render
from engine.options import AUTO
from engine.provenance.label import PlacedLabel
from engine.provenance.reencode import apply_provenance_filters
from engine.provenance.watermark import Watermark
from engine.providers.local import LocalMotionProvider
from engine.safety.policy import Category
from pipeline import engine_config, links, selectors, services
from pipeline.flow.context import JobCanceled, JobRun, StageClock, StageFailed, Transition
from pipeline.models import Attempt, AttemptStatus, JobStatus

logger = logging.getLogger(__name__)


def run(job_run: JobRun) -> Transition:
    clock = StageClock(job_run, JobStatus.GENERATING)
    try:
        attempt, skipped = _render(job_run)
    except ContentRefused as exc:
        # No moderation shopping: the vendor's refusal ends the job, unrendered and unpaid.
        clock.done(
            exc.message,
            failed=True,
            details={"provider": exc.provider, "vendor_reason": exc.vendor_reason},
        )
        return Transition(
            JobStatus.BLOCKED,
            fields={"block_category": str(Category.VENDOR_REFUSED)},
            reason=exc.message,
        )
    except StageFailed as exc:
        clock.done(exc.message, failed=True)
        return Transition(JobStatus.FAILED, reason=exc.message)
    clock.done(
        f"Rendered by {attempt.provider} in {attempt.latency_ms} ms.",
        details={"attempt": attempt.number, "provider": attempt.provider, "skipped": skipped},
    )
    return Transition(JobStatus.VERIFYING)


def provenance_filters(*, brand: str, clip_code: int) -> tuple[PlacedLabel, list[FrameFilter]]:
    """The visible label (told where the faces are, so it needs no detector) and the
    invisible watermark, burnt into every frame."""
    label = PlacedLabel(brand=brand or None)
    return label, [label, Watermark(clip_code)]


def _faces_on_output(job_run: JobRun, size: tuple[int, int]) -> list[tuple[float, ...]]:
    """The photo's faces where they land in a vendor's clip brought to `size`: image-to-video
    models start from the photo, so frame 0 is the photo scaled to cover and centre-cropped."""
    photo = job_run.job.photo
    width, height = size
    scale = max(width / photo.width, height / photo.height)
    dx, dy = (photo.width * scale - width) / 2, (photo.height * scale - height) / 2
    return [(f.x * scale - dx, f.y * scale - dy, f.w * scale, f.h * scale) for f in job_run.faces]


def _place_vendor_label(label: PlacedLabel, job_run: JobRun) -> None:
    """Put the label where it goes on a vendor's clip brought to the ordered size: away from
    the photo's faces as they land there."""
    size = job_run.spec.size
    label.place(_faces_on_output(job_run, size), size)


def vendor_badge_box(job_run: JobRun) -> tuple[int, int, int, int]:
    """Where `_render` burns the badge into a vendor's clip (the same label, placed the same
    way): QA is told, so a badge it cannot see as an overlay is not read as the scene."""
    label, _ = provenance_filters(brand=job_run.job.workspace.brand_text, clip_code=0)
    _place_vendor_label(label, job_run)
    assert label.label is not None  # place() builds it
    return label.label.box


def _render(job_run: JobRun) -> tuple[Attempt, list[dict[str, str]]]:
    job = job_run.job
    spec = job_run.spec
    spec = spec.with_changes(seed=spec.seed + selectors.attempts_rendered_count(job=job))
    clip_code = secrets.randbits(40)
    _, filters = provenance_filters(brand=job.workspace.brand_text, clip_code=clip_code)
    boxes = [(round(f.x), round(f.y), round(f.w), round(f.h)) for f in job_run.faces]
    local = LocalMotionProvider(
        render=functools.partial(
            engine_render,
            subject_boxes=boxes,
            filters=filters,
            should_stop=job_run.cancel_requested,  # cancel stops the render between frames
        )
    )
    chain = engine_config.provider_chain(preferred=job_run.options.provider, local=local)
    if job_run.options.provider in ("", AUTO):
        # The workspace's chain: a provider whose render failed QA goes to the back. A
        # provider the customer chose stays first: regenerating elsewhere is not what they
        # ordered (and is what the new seed is for).
        rejected = selectors.providers_rejected_by_qa(job=job)
        chain.sort(key=lambda provider: provider.name in rejected)
    first = services.attempt_next_number(job=job)
    # The spend cap is per job: regenerations share what earlier renders left.
    spent = selectors.attempts_spent_cents(job=job)
    attempts: list[Attempt] = []
    try:
        outcome = route(
            spec=spec,
            image=job_run.photo_path().read_bytes(),
            image_mime=job.photo.mime,
            # Vendors that take images by URL only (Luma) fetch this signed, hour-long link.
            image_url=links.photo_link_for_provider(photo_id=str(job.photo_id)),
            chain=chain,
            policy=engine_config.route_policy(
                spend_cap_cents=max(0, settings.JOB_SPEND_CAP_CENTS - spent)
            ),
            breaker=engine_config.circuit_breaker(),
            limiter=engine_config.concurrency_limiter(),
            callback_url_for=engine_config.callback_url_for,
            out_dir=job_run.workdir / f"render-{first}",
            on_attempt=lambda record: attempts.append(
                services.attempt_record(
                    job=job, number=first + record.attempt_no - 1, record=record
                )
            ),
        )
    except Canceled as exc:
        raise JobCanceled("Canceled while rendering. Nothing was charged.") from exc
    except ContentRefused:
        raise
    except GenerationFailed as exc:
        _alert_outages(exc.outages)
        skipped = "; ".join(f"{s.provider} skipped ({s.reason})" for s in exc.skipped)
        raise StageFailed(exc.message + (f" ({skipped})" if skipped else "")) from exc
    _alert_outages(outcome.outages)
    attempt = next(a for a in reversed(attempts) if a.status == AttemptStatus.SUCCEEDED)
    produced = outcome.result.path
    if attempt.provider != local.name:
        normalized = job_run.workdir / f"normalized-{attempt.number}.mp4"
        label, vendor_filters = provenance_filters(
            brand=job.workspace.brand_text, clip_code=clip_code
        )
        _place_vendor_label(label, job_run)
        apply_provenance_filters(produced, normalized, vendor_filters, size=spec.size)
        produced = normalized
    services.attempt_store_render(
        attempt=attempt, path=Path(produced), seed=spec.seed, clip_code=clip_code
    )
    skipped = [
        {"provider": s.provider, "reason": str(s.reason), "message": s.message}
        for s in outcome.skipped
    ]
    return attempt, skipped


def _alert_outages(outages: Sequence[ProviderOutage]) -> None:
    """A vendor out of quota or refusing our credentials is out of rotation: tell operators."""
    for outage in outages:
        logger.error(
            "provider %s out of rotation: %s (%s)", outage.provider, outage.message, outage.detail
        )
        mail_admins(
            f"Provider {outage.provider} taken out of rotation",
            f"{outage.error_class}: {outage.message}\n\nVendor said: {outage.detail}\n\n"
            "Its circuit breaker is open; jobs fail over to the next provider.",
            fail_silently=True,
        )
