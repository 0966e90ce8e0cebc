"""Django side of layer 3: which providers a job may use, and Attempt rows for each try."""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from django.conf import settings

from engine.generate.breaker import CircuitBreaker, MemoryCircuitBreaker, RedisCircuitBreaker
from engine.generate.router import AttemptRecord, RouteOutcome, RoutePolicy, route
from engine.providers.local import LocalMotionProvider
from engine.providers.protocol import VideoProvider
from engine.spec import GenerationSpec
from pipeline.models import Attempt, AttemptStatus, Job

_breaker: CircuitBreaker | None = None


def circuit_breaker() -> CircuitBreaker:
    """One breaker per process; through Redis it is shared by every worker."""
    global _breaker
    if _breaker is None:
        if settings.REDIS_URL:
            import redis

            _breaker = RedisCircuitBreaker(redis.Redis.from_url(settings.REDIS_URL))
        else:
            _breaker = MemoryCircuitBreaker()
    return _breaker


def provider_chain(*, preferred: str, render_kwargs: dict) -> list[VideoProvider]:
    """The enabled providers in the configured order; a preferred one goes first.

    The embedded engine renders with the job's label and watermark filters; remote clips
    get them in the finalizing stage.
    """
    from engine.motion.engine import render
    from engine.providers.protocol import DownloadOptions
    from engine.providers.registry import enabled_providers

    chain = enabled_providers(
        settings.PROVIDERS_CONFIG,
        poll_interval_s=settings.PROVIDER_POLL_INTERVAL_S,
        download=DownloadOptions(allow_private=settings.PROVIDERS_ALLOW_PRIVATE),
    )
    local = LocalMotionProvider(render=functools.partial(render, **render_kwargs))
    chain = [local if p.name == "local" else p for p in chain]
    if preferred and preferred != "auto":
        chain.sort(key=lambda p: p.name != preferred)
    return chain


def enabled_provider_names() -> list[str]:
    from engine.providers.registry import is_configured, provider_order

    config = settings.PROVIDERS_CONFIG
    return [name for name in provider_order(config) if is_configured(name, config)]


def attempt_recorder(job: Job, first_number: int) -> Callable[[AttemptRecord], Attempt]:
    def record(rec: AttemptRecord) -> Attempt:
        return Attempt.objects.create(
            job=job,
            workspace_id=job.workspace_id,
            number=first_number + rec.attempt_no - 1,
            provider=rec.provider,
            model=rec.model,
            vendor_task_id=rec.vendor_task_id or "",
            status=AttemptStatus.SUCCEEDED if rec.status == "succeeded" else AttemptStatus.FAILED,
            error_class=rec.error_class or "",
            error_message=(rec.error_message or "")[:500],
            prompt_used=rec.prompt[:1000],
            latency_ms=rec.latency_ms,
            cost_cents=rec.cost_cents,
            started_at=rec.started_at,
            finished_at=rec.ended_at,
        )

    return record


def generate(
    *,
    job: Job,
    spec: GenerationSpec,
    image: bytes,
    image_mime: str,
    chain: Sequence[VideoProvider],
    first_number: int,
    spend_cap_cents: int,
    work_dir: Path | None = None,
    image_url: str | None = None,
) -> tuple[RouteOutcome, list[Attempt]]:
    attempts: list[Attempt] = []
    record = attempt_recorder(job, first_number)
    outcome = route(
        spec=spec,
        image=image,
        image_mime=image_mime,
        image_url=image_url,
        chain=chain,
        policy=RoutePolicy(
            deadline_s=settings.JOB_SOFT_TIME_LIMIT_S - 30,
            spend_cap_cents=spend_cap_cents,
        ),
        breaker=circuit_breaker(),
        out_dir=work_dir or Path(tempfile.mkdtemp(prefix="sm-gen-")),
        on_attempt=lambda rec: attempts.append(record(rec)),
    )
    return outcome, attempts


class SubjectAwareLabel:
    """The visible AI label, placed on the first frame in the corner no face occupies.

    The engine crops and moves the photo, so face boxes in photo pixels don't say where the
    faces end up; one detection on the first output frame (about 15 ms) does.
    """

    def __init__(self, *, brand: str | None) -> None:
        self.brand = brand or None
        self._label: object | None = None

    def apply_bgr(self, frame, index: int) -> None:  # type: ignore[no-untyped-def]
        if self._label is None:
            from engine.provenance.label import VisibleLabel
            from engine.vision.faces import detect_faces

            boxes = [(f.x, f.y, f.w, f.h) for f in detect_faces(frame)]
            height, width = frame.shape[:2]
            self._label = VisibleLabel(width, height, brand=self.brand, avoid_boxes=boxes)
        self._label.apply_bgr(frame, index)  # type: ignore[attr-defined]

    def apply_yuv420(self, i420, index: int) -> None:  # type: ignore[no-untyped-def]
        return None


def provenance_filters(*, brand: str, clip_code: int) -> list[object]:
    from engine.provenance.watermark import Watermark

    return [SubjectAwareLabel(brand=brand), Watermark(clip_code)]


def normalize_remote_clip(*, src: Path, dst: Path, spec: GenerationSpec, filters: list) -> None:
    """Bring a vendor's clip to the ordered frame size (scale to cover, centre crop) and burn
    in the label and watermark, in one decode and one encode."""
    import cv2

    from engine.motion.encode import ClipEncoder, decode_bgr_frames, probe

    width, height = spec.size
    info = probe(src)
    fps = max(1, round(info.fps or spec.fps))
    with ClipEncoder(dst, width=width, height=height, fps=fps, filters=filters) as encoder:
        for frame in decode_bgr_frames(src):
            h, w = frame.shape[:2]
            scale = max(width / w, height / h)
            size = (max(width, round(w * scale)), max(height, round(h * scale)))
            resized = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
            x = (size[0] - width) // 2
            y = (size[1] - height) // 2
            encoder.write(resized[y : y + height, x : x + width])
