"""The job graph: stage order, transitions, the QA loop and checkpoints.

This is the only module that ties the pure stages to the database and to billing. The job row
is the checkpoint: each stage stores its outcome and moves `status` forward in one
transaction, so a worker that dies mid-job leaves a job that another worker resumes at its
stage. Side effects are idempotent: one Clip per job (a database constraint), a capture or
release keyed by the job id, attempts numbered per job.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import socket
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.db.models import F, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from billing import services as billing
from engine.generate.router import GenerationFailed
from engine.options import AUTO, JobOptions
from engine.spec import GenerationSpec
from pipeline import generation, links
from pipeline.models import (
    ACTIVE_STATUSES,
    Attempt,
    AttemptStatus,
    Clip,
    Job,
    JobStatus,
)
from pipeline.services import event_record

logger = logging.getLogger(__name__)


class JobCanceled(Exception):
    pass


@dataclass
class Workdir:
    """Temporary files of one run: the photo copied out of storage, renders."""

    path: Path

    @property
    def photo(self) -> Path:
        return self.path / "photo"


# -- claiming and heartbeats ----------------------------------------------------------------
def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def claim(job_id: str, worker: str) -> Job | None:
    """Atomically take the job unless a live worker holds it or it has ended."""
    now = timezone.now()
    stale = now - timedelta(seconds=settings.JOB_STALE_AFTER_S)
    taken = (
        Job.objects.filter(pk=job_id, status__in=ACTIVE_STATUSES)
        .filter(Q(claimed_by="") | Q(heartbeat_at__lt=stale) | Q(heartbeat_at__isnull=True))
        .update(
            claimed_by=worker,
            claimed_at=now,
            heartbeat_at=now,
            tries=F("tries") + 1,
            started_at=Coalesce("started_at", now),
        )
    )
    if not taken:
        return None
    return Job.objects.select_related("photo", "workspace").get(pk=job_id)


@contextmanager
def heartbeat(job_id: str, worker: str):  # type: ignore[no-untyped-def]
    """Keep `heartbeat_at` fresh from a side thread while the stages run."""
    stop = threading.Event()

    def beat() -> None:
        try:
            while not stop.wait(settings.JOB_HEARTBEAT_S):
                Job.objects.filter(pk=job_id, claimed_by=worker).update(heartbeat_at=timezone.now())
        finally:
            connection.close()

    thread = threading.Thread(target=beat, name=f"heartbeat-{job_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)


def release_claim(job: Job, worker: str) -> None:
    Job.objects.filter(pk=job.pk, claimed_by=worker).update(claimed_by="")


# -- transitions ----------------------------------------------------------------------------
def advance(job: Job, status: JobStatus, **fields: Any) -> None:
    """Move to the next stage and store what the stage produced, in one write."""
    for name, value in fields.items():
        setattr(job, name, value)
    job.status = status
    job.save(update_fields=["status", *fields.keys()])


def finish(job: Job, *, status: JobStatus, stage: str, reason: str = "", **fields: Any) -> None:
    """End the job: terminal status, the credit capture or release, the event, what's next."""
    with transaction.atomic():
        locked = Job.objects.select_for_update().get(pk=job.pk)
        if locked.is_terminal:
            return
        job.status = status
        job.finished_at = timezone.now()
        job.failure_reason = reason if status != JobStatus.DELIVERED else ""
        job.failure_stage = stage if status != JobStatus.DELIVERED else ""
        job.claimed_by = ""
        for name, value in fields.items():
            setattr(job, name, value)
        job.save(
            update_fields=[
                "status",
                "finished_at",
                "failure_reason",
                "failure_stage",
                "claimed_by",
                *fields.keys(),
            ]
        )
        if status == JobStatus.DELIVERED:
            billing.credits_capture(workspace=job.workspace, job_id=job.pk)
        else:
            billing.credits_release(workspace=job.workspace, job_id=job.pk, reason=status)
        if status == JobStatus.DELIVERED:
            summary = f"Delivered: the clip is ready; {job.credits} credits charged."
        elif status == JobStatus.BLOCKED:
            # The stage that blocked already said why; say what it means for the user.
            summary = "Nothing was delivered and the credits held were released."
        else:
            summary = reason
        event_record(
            job=job,
            stage=status,
            status="completed" if status == JobStatus.DELIVERED else "failed",
            message=summary,
        )
        workspace_id = job.workspace_id
        finished = job
        transaction.on_commit(lambda: _after_finish(workspace_id))
        transaction.on_commit(lambda: _notify(finished))


def _notify(job: Job) -> None:
    """Signed webhooks (job.delivered / failed / blocked, batch.completed, credits.low)."""
    from webhooks.services import job_finished

    job_finished(job=job)


def _after_finish(workspace_id: uuid.UUID) -> None:
    from pipeline.tasks import dispatch_workspace

    dispatch_workspace.delay(str(workspace_id))


# -- the run --------------------------------------------------------------------------------
def run(job_id: str, *, worker: str | None = None) -> Job | None:
    """Run (or resume) the job until it ends. Returns the job, or None if not ours to run."""
    worker = worker or worker_name()
    job = claim(job_id, worker)
    if job is None:
        return None
    if job.tries > settings.JOB_MAX_TRIES:
        finish(
            job,
            status=JobStatus.FAILED,
            stage=job.status,
            reason=(
                f"The {job.get_status_display().lower()} step was interrupted "
                f"{settings.JOB_MAX_TRIES} times, so we stopped trying. Nothing was charged; "
                "submit the clip again."
            ),
        )
        return job
    with heartbeat(str(job.pk), worker), tempfile.TemporaryDirectory(prefix="sm-job-") as tmp:
        work = Workdir(Path(tmp))
        try:
            _run_stages(job, work)
        except JobCanceled:
            finish(
                job,
                status=JobStatus.CANCELED,
                stage=job.status,
                reason="Canceled. Nothing was charged.",
            )
        except Exception as exc:
            if _is_time_limit(exc):
                reason = (
                    f"The {job.get_status_display().lower()} step took too long and was "
                    "stopped. Nothing was charged; try a shorter clip or try again later."
                )
            else:
                logger.exception("job %s failed at %s", job.pk, job.status)
                reason = (
                    f"An internal error stopped this clip at the "
                    f"{job.get_status_display().lower()} step. Nothing was charged; our team "
                    "has been notified. Try again."
                )
            finish(job, status=JobStatus.FAILED, stage=job.status, reason=reason)
        finally:
            release_claim(job, worker)
    return job


def _is_time_limit(exc: BaseException) -> bool:
    from celery.exceptions import SoftTimeLimitExceeded

    return isinstance(exc, SoftTimeLimitExceeded)


StageFn = Callable[[Job, Workdir], None]


def _stages() -> dict[str, StageFn]:
    return {
        JobStatus.QUEUED: stage_start,
        JobStatus.PARSING: stage_parse,
        JobStatus.GATING: stage_gate,
        JobStatus.GENERATING: stage_generate,
        JobStatus.VERIFYING: stage_verify,
        JobStatus.FINALIZING: stage_finalize,
    }


def _run_stages(job: Job, work: Workdir) -> None:
    stages = _stages()
    while not job.is_terminal:
        job.refresh_from_db(fields=["cancel_requested"])
        if job.cancel_requested:
            raise JobCanceled
        stage = stages[job.status]
        started = time.perf_counter()
        stage(job, work)
        logger.info("job %s %s took %.0f ms", job.pk, stage.__name__, _ms_since(started))


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


@contextmanager
def timed_stage(job: Job, stage: str, *, start_message: str | None = None):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result: dict[str, Any] = {"message": "", "details": {}}
    yield result
    event_record(
        job=job,
        stage=stage,
        status=result.get("status", "completed"),
        message=result["message"] or "Done.",
        duration_ms=_ms_since(started),
        details=result["details"],
    )


def _photo_file(job: Job, work: Workdir) -> Path:
    if not work.photo.exists():
        with default_storage.open(job.photo.image.name, "rb") as src:
            work.photo.write_bytes(src.read())
    return work.photo


def _photo_bgr(job: Job, work: Workdir):  # type: ignore[no-untyped-def]
    from engine.motion.image import load_bgr

    return load_bgr(_photo_file(job, work), max_side=1600)


# -- stages ---------------------------------------------------------------------------------
def stage_start(job: Job, work: Workdir) -> None:
    advance(job, JobStatus.PARSING)


def _face_boxes(job: Job, work: Workdir) -> list[tuple[int, int, int, int]]:
    """Face boxes in photo pixels; detected once per photo and remembered in the cache."""
    from engine.vision.faces import detect_faces

    key = f"faces:{job.photo.sha256}"
    boxes = cache.get(key)
    if boxes is None:
        bgr = _photo_bgr(job, work)
        scale = max(job.photo.width, job.photo.height) / max(bgr.shape[:2])
        boxes = [
            [round(f.x * scale), round(f.y * scale), round(f.w * scale), round(f.h * scale)]
            for f in detect_faces(bgr)
        ]
        cache.set(key, boxes, 60 * 60 * 24)
        if job.photo.faces is None:
            type(job.photo).objects.filter(pk=job.photo.pk).update(faces=len(boxes))
    return [tuple(b) for b in boxes]  # type: ignore[misc]


def stage_parse(job: Job, work: Workdir) -> None:
    from engine.intent.rules import ImageFacts, LlmConfig, SpecOverrides, interpret

    with timed_stage(job, JobStatus.PARSING) as out:
        options = JobOptions.from_dict(job.options)
        boxes = _face_boxes(job, work)
        facts = ImageFacts(
            width=job.photo.width,
            height=job.photo.height,
            faces=len(boxes),
            face_boxes=tuple(tuple(float(v) for v in b) for b in boxes),  # type: ignore[misc]
        )
        overrides = SpecOverrides(
            ratio=None if options.ratio == AUTO else options.ratio,
            duration_s=options.duration_s,
            resolution=options.resolution,
            loop=options.loop,
        )
        provider = settings.INTENT_PROVIDER
        cache_key = (
            "intent:"
            + hashlib.sha256(
                json.dumps(
                    [job.prompt, job.photo.sha256, options.to_dict(), provider], sort_keys=True
                ).encode()
            ).hexdigest()
        )
        cached = cache.get(cache_key)
        if cached is not None:
            spec_data, parser, fallback = cached
            out["details"] = {"cached": True}
        else:
            result = interpret(
                prompt=job.prompt,
                facts=facts,
                provider=provider,
                llm_config=LlmConfig.from_settings(settings) if provider != "rules" else None,
                overrides=overrides,
            )
            spec_data = (
                _apply_explicit(result.spec, options).with_changes(seed=_seed(job)).to_dict()
            )
            parser, fallback = result.parser, result.fallback_reason
            cache.set(cache_key, (spec_data, parser, fallback), 60 * 60 * 24 * 7)
            out["details"] = {"cached": False, "notes": list(result.notes)}
        spec = GenerationSpec.from_dict(spec_data)
        out["message"] = _describe_spec(spec)
        out["details"].update({"parser": parser, "fallback_reason": fallback})
        advance(
            job,
            JobStatus.GATING,
            spec=spec_data,
            intent_parser=parser,
            intent_fallback_reason=fallback or "",
        )


def _apply_explicit(spec: GenerationSpec, options: JobOptions) -> GenerationSpec:
    """Camera move and effects the user named explicitly beat what the prompt implied."""
    from engine.spec import CameraMove, EffectKind, RegionEffect

    if options.camera:
        spec = spec.with_changes(camera=CameraMove(options.camera))
    if options.effects:
        spec = spec.with_changes(
            effects=tuple(RegionEffect(EffectKind(name)) for name in options.effects)
        )
    return spec


# -- layer 2: the safety gate -----------------------------------------------------------------
def safety_policy(job: Job) -> Any:
    from pipeline.safety import policy_for

    return policy_for(workspace=job.workspace, photo=job.photo)


def stage_gate(job: Job, work: Workdir) -> None:
    """Before any provider is paid for: prompt, photo, and the workspace's face policy."""
    from engine.safety.screening import check

    with timed_stage(job, JobStatus.GATING) as out:
        verdict = check(
            prompt=job.prompt, image_bgr=_photo_bgr(job, work), policy=safety_policy(job)
        )
        record = {
            "allowed": verdict.allowed,
            "category": verdict.category,
            "scores": {k: round(float(v), 4) for k, v in verdict.scores.items()},
            "ms": {k: round(float(v), 1) for k, v in verdict.timings_ms.items()},
            "faces": verdict.faces,
            "detail": verdict.detail,
        }
        out["details"] = record
        if not verdict.allowed:
            out["status"] = "failed"
            out["message"] = f"Blocked ({verdict.category}): {verdict.reason}"
        else:
            out["message"] = (
                f"Passed: prompt, image and face policy ({verdict.faces} face"
                f"{'s' if verdict.faces != 1 else ''})."
            )
    if not verdict.allowed:
        finish(
            job,
            status=JobStatus.BLOCKED,
            stage=JobStatus.GATING,
            reason=verdict.reason,
            safety=record,
            block_category=verdict.category or "",
        )
        return
    advance(job, JobStatus.GENERATING, safety=record)


def _seed(job: Job) -> int:
    return int(job.pk.hex[:8], 16) % 100_000


def _describe_spec(spec: GenerationSpec) -> str:
    effects = ", ".join(e.kind.value.replace("_", " ") for e in spec.effects) or "no region effects"
    return (
        f"{spec.camera.value.replace('_', ' ')} camera, {effects}; "
        f"{spec.duration_s:g} s {spec.ratio.value} at {spec.resolution.value}"
        + (", looping" if spec.loop else "")
    )


def _next_attempt_number(job: Job) -> int:
    # Attempts a dead worker left running are abandoned; their numbers are not reused.
    Attempt.objects.filter(job=job, status=AttemptStatus.RUNNING).update(
        status=AttemptStatus.ABANDONED, finished_at=timezone.now()
    )
    last = Attempt.objects.filter(job=job).order_by("-number").values_list("number", flat=True)
    return (last.first() or 0) + 1


def _renders_so_far(job: Job) -> int:
    return Attempt.objects.filter(job=job).exclude(output="").count()


def _render(job: Job, work: Workdir, spec: GenerationSpec) -> Attempt:
    """One route through the provider chain; the produced clip is saved to storage.

    Each regeneration after a failed quality check uses a new seed.
    """
    spec = spec.with_changes(seed=spec.seed + _renders_so_far(job))
    image_path = _photo_file(job, work)
    # The embedded engine burns the label and watermark in while it renders, so provenance
    # costs only its per-frame work; remote clips get them in the finalizing stage.
    clip_code = secrets.randbits(40)
    render_kwargs = {
        "subject_boxes": _face_boxes(job, work),
        "filters": generation.provenance_filters(
            brand=job.workspace.brand_text, clip_code=clip_code
        ),
    }
    chain = generation.provider_chain(
        preferred=JobOptions.from_dict(job.options).provider, render_kwargs=render_kwargs
    )
    # A provider whose render failed QA goes to the back of the line for the regeneration.
    rejected = set(
        Attempt.objects.filter(job=job, status=AttemptStatus.REJECTED_QA).values_list(
            "provider", flat=True
        )
    )
    chain.sort(key=lambda provider: provider.name in rejected)
    first = _next_attempt_number(job)
    # The spend cap is per job: regenerations share what earlier renders left.
    spent = Attempt.objects.filter(job=job).aggregate(total=Sum("cost_cents"))["total"] or 0
    try:
        outcome, attempts = generation.generate(
            spend_cap_cents=max(0, settings.JOB_SPEND_CAP_CENTS - spent),
            job=job,
            spec=spec,
            image=image_path.read_bytes(),
            image_mime=job.photo.mime,
            chain=chain,
            first_number=first,
            work_dir=work.path / f"render-{first}",
            # Vendors that take images by URL only (Luma) fetch this signed, hour-long link.
            image_url=links.photo_link_for_provider(
                photo_id=str(job.photo_id), site_url=settings.SITE_URL
            ),
        )
    except GenerationFailed as exc:
        _alert_outages(exc.outages)
        skipped = "; ".join(f"{s.provider} skipped ({s.reason})" for s in exc.skipped)
        raise StageFailed(exc.message + (f" ({skipped})" if skipped else "")) from exc
    _alert_outages(outcome.outages)
    attempt = next(a for a in reversed(attempts) if a.status == AttemptStatus.SUCCEEDED)
    produced = outcome.result.path
    if attempt.provider != "local":
        # A vendor's clip: the ordered size, plus the label and watermark, in one re-encode.
        normalized = work.path / f"normalized-{attempt.number}.mp4"
        generation.normalize_remote_clip(
            src=produced,
            dst=normalized,
            spec=spec,
            filters=generation.provenance_filters(
                brand=job.workspace.brand_text, clip_code=clip_code
            ),
        )
        produced = normalized
    folder = f"clips/{job.workspace_id}/{job.pk}"
    attempt.output.save(
        f"{folder}/attempt-{attempt.number}.mp4", ContentFile(produced.read_bytes()), save=False
    )
    attempt.seed = spec.seed
    attempt.watermark_code = clip_code
    attempt.save(update_fields=["output", "seed", "watermark_code"])
    attempt.skipped = [  # type: ignore[attr-defined]
        {"provider": s.provider, "reason": str(s.reason), "message": s.message}
        for s in outcome.skipped
    ]
    return attempt


def _alert_outages(outages: Any) -> None:
    """A vendor out of quota or refusing our credentials is out of rotation: tell operators."""
    from django.core.mail import mail_admins

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


class StageFailed(Exception):
    """A stage ended the job with a reason for people."""


def stage_generate(job: Job, work: Workdir) -> None:
    spec = GenerationSpec.from_dict(job.spec)
    with timed_stage(job, JobStatus.GENERATING) as out:
        try:
            attempt = _render(job, work, spec)
        except StageFailed as exc:
            out["status"] = "failed"
            out["message"] = str(exc)
            finish(job, status=JobStatus.FAILED, stage=JobStatus.GENERATING, reason=str(exc))
            return
        out["message"] = f"Rendered by {attempt.provider} in {attempt.latency_ms} ms."
        out["details"] = {
            "attempt": attempt.number,
            "provider": attempt.provider,
            "skipped": attempt.skipped,  # type: ignore[attr-defined]
        }
        advance(job, JobStatus.VERIFYING)


# -- layer 4: QA ----------------------------------------------------------------------------
def _qa_report(job: Job, work: Workdir, attempt: Attempt, spec: GenerationSpec) -> dict:
    """QA of one rendered attempt, cached by (photo hash, clip hash)."""
    from engine.qa.assess import ExpectedClip, assess

    clip = work.path / f"qa-{attempt.number}.mp4"
    with default_storage.open(attempt.output.name, "rb") as src:
        clip.write_bytes(src.read())
    clip_hash = hashlib.sha256(clip.read_bytes()).hexdigest()
    key = f"qa:{job.photo.sha256}:{clip_hash}:{job.workspace.qa_threshold}"
    cached = cache.get(key)
    if cached is not None:
        return {**cached, "cached": True}
    width, height = spec.size
    frames, duration = spec.frame_count, spec.duration_s
    if attempt.provider != "local":
        # Vendors render the lengths their models support (e.g. 5 s): judge what they made.
        from engine.motion.encode import probe

        info = probe(clip)
        frames, duration = info.frames, info.duration_s
    report = assess(
        photo_bgr=_photo_bgr(job, work),
        clip_path=clip,
        expected=ExpectedClip(width, height, frames, duration),
        # No face in the photo (known from parsing): skip identity. Otherwise the stage
        # detects the faces itself, with the landmarks its alignment needs.
        photo_faces=None if _face_boxes(job, work) else (),
        threshold=job.workspace.qa_threshold,
    )
    result = {
        "score": round(float(report.score), 4),
        "passed": bool(report.passed),
        "parts": {k: round(float(v), 4) for k, v in report.parts.items()},
        "issues": list(report.issues),
        "ms": round(float(report.ms), 1),
    }
    cache.set(key, result, 60 * 60 * 24 * 7)
    return {**result, "cached": False}


def stage_verify(job: Job, work: Workdir) -> None:
    """Score the newest render; regenerate at most twice; keep the best attempt."""
    spec = GenerationSpec.from_dict(job.spec)
    attempt = (
        Attempt.objects.filter(job=job, status=AttemptStatus.SUCCEEDED, qa_score__isnull=True)
        .exclude(output="")
        .order_by("-number")
        .first()
    )
    if attempt is None:  # nothing to check (a resumed job): render again
        advance(job, JobStatus.GENERATING)
        return
    with timed_stage(job, JobStatus.VERIFYING) as out:
        report = _qa_report(job, work, attempt, spec)
        attempt.qa_score = report["score"]
        attempt.qa_parts = report["parts"]
        attempt.qa_issues = report["issues"]
        if not report["passed"]:
            attempt.status = AttemptStatus.REJECTED_QA
        attempt.save(update_fields=["qa_score", "qa_parts", "qa_issues", "status"])
        out["details"] = report
        issues = "; ".join(report["issues"]) or "no issues"
        out["message"] = (
            f"Quality {report['score']:.2f} (threshold {job.workspace.qa_threshold:.2f}): {issues}."
        )
        if not report["passed"]:
            out["status"] = "failed"
    best = Attempt.objects.filter(job=job, qa_score__isnull=False).order_by("-qa_score").first()
    if report["passed"]:
        advance(job, JobStatus.FINALIZING, qa_score=report["score"])
        return
    renders = _renders_so_far(job)
    if renders > settings.JOB_MAX_REGENERATIONS:
        finish(
            job,
            status=JobStatus.FAILED_QA,
            stage=JobStatus.VERIFYING,
            reason=(
                f"None of the {renders} renders passed the quality check (best score "
                f"{best.qa_score:.2f}, needed {job.workspace.qa_threshold:.2f}). "
                f"{'; '.join(best.qa_issues or [])}. Nothing was charged; try another "
                "photo or a simpler motion."
            ),
            qa_score=best.qa_score,
        )
        return
    event_record(
        job=job,
        stage=JobStatus.VERIFYING,
        status="info",
        message=f"Regenerating with a new seed (render {renders + 1} of "
        f"{settings.JOB_MAX_REGENERATIONS + 1}).",
    )
    advance(job, JobStatus.GENERATING)


def _chosen_attempt(job: Job) -> Attempt:
    """The best render that passed QA."""
    return (
        Attempt.objects.filter(job=job, status=AttemptStatus.SUCCEEDED)
        .exclude(output="")
        .order_by(F("qa_score").desc(nulls_last=True), "-number")
        .first()
    )  # type: ignore[return-value]


def _output_moderation(job: Job, clip: Path) -> Any:
    from engine.safety.screening import check_clip

    return check_clip(clip_path=clip, policy=safety_policy(job))


def stage_finalize(job: Job, work: Workdir) -> None:
    from engine.motion.encode import probe
    from engine.provenance.c2pa_sign import build_manifest, sign_file
    from pipeline.signing import signing_material

    with timed_stage(job, JobStatus.FINALIZING) as out:
        attempt = _chosen_attempt(job)
        rendered = work.path / "rendered.mp4"
        with default_storage.open(attempt.output.name, "rb") as src:
            rendered.write_bytes(src.read())
        clip_code = attempt.watermark_code
        moderation = _output_moderation(job, rendered)
        out["details"] = {"output_check": moderation.category or "passed"}
        if moderation.allowed:
            out["message"] = "Output check passed on sampled frames."
        else:
            out["status"] = "failed"
            out["message"] = f"Output check stopped the clip ({moderation.category})."
            out["details"]["detail"] = moderation.detail
    if not moderation.allowed:
        finish(
            job,
            status=JobStatus.BLOCKED,
            stage=JobStatus.FINALIZING,
            reason=(
                "The finished clip failed our output check, so it was not delivered: "
                + moderation.reason
            ),
            block_category=moderation.category or "",
        )
        return
    with timed_stage(job, JobStatus.FINALIZING) as out:
        info = probe(rendered)
        poster = work.path / "poster.jpg"
        _write_poster(rendered, poster)
        manifest = build_manifest(
            title=f"stillmotion-{job.pk}.mp4",
            job_id=str(job.pk),
            workspace_id=str(job.workspace_id),
            provider=attempt.provider,
            model=attempt.model,
            spec_version=int((job.spec or {}).get("version", 1)),
            qa_score=job.qa_score,
            safety_verdict=_safety_summary(job),
            source_photo_path=_photo_file(job, work),
            created_at=timezone.now(),
            clip_code=clip_code,
        )
        # Signing is the very last step: nothing may touch the files afterwards.
        material = signing_material()
        video, signed_poster = work.path / "clip.mp4", work.path / "clip-poster.jpg"
        sign_file(src=rendered, dst=video, mime="video/mp4", manifest=manifest, material=material)
        sign_file(
            src=poster, dst=signed_poster, mime="image/jpeg", manifest=manifest, material=material
        )
        folder = f"clips/{job.workspace_id}/{job.pk}"
        data = video.read_bytes()
        with transaction.atomic():
            clip, created = Clip.objects.get_or_create(
                job=job,
                defaults={
                    "workspace_id": job.workspace_id,
                    "attempt": attempt,
                    "width": info.width,
                    "height": info.height,
                    "frames": info.frames,
                    "duration_s": info.duration_s,
                    "size_bytes": len(data),
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "watermark_code": clip_code,
                    "signed": True,
                },
            )
            if created:
                clip.video.save(f"{folder}/clip.mp4", ContentFile(data), save=False)
                clip.poster.save(
                    f"{folder}/poster.jpg", ContentFile(signed_poster.read_bytes()), save=False
                )
                clip.save(update_fields=["video", "poster"])
        out["message"] = (
            f"Labelled, watermarked and signed: {info.width}×{info.height}, "
            f"{info.frames} frames, {len(data) // 1024} kB."
        )
        out["details"] = {"clip_code": clip_code, "signer_development": material.is_development}
    finish(job, status=JobStatus.DELIVERED, stage=JobStatus.FINALIZING)


def _safety_summary(job: Job) -> dict[str, Any]:
    verdict = job.safety or {}
    return {
        "allowed": verdict.get("allowed", True),
        "category": verdict.get("category"),
        "checks": sorted((verdict.get("scores") or {}).keys()),
    }


def _write_poster(video: Path, poster: Path) -> None:
    from engine.motion.encode import decode_bgr_frames, write_poster

    for frame in decode_bgr_frames(video):
        write_poster(frame, poster)
        return


# -- the reaper -----------------------------------------------------------------------------
def reap_stuck_jobs() -> dict[str, int]:
    """Requeue jobs whose worker stopped sending heartbeats; fail those out of tries."""
    stale = timezone.now() - timedelta(seconds=settings.JOB_STALE_AFTER_S)
    stuck = Job.objects.filter(status__in=ACTIVE_STATUSES, dispatched_at__isnull=False).filter(
        Q(heartbeat_at__lt=stale) | Q(heartbeat_at__isnull=True, dispatched_at__lt=stale)
    )
    requeued = failed = 0
    from pipeline.tasks import run_job

    for job in stuck.select_related("workspace"):
        if job.tries >= settings.JOB_MAX_TRIES:
            finish(
                job,
                status=JobStatus.FAILED,
                stage=job.status,
                reason=(
                    f"The {job.get_status_display().lower()} step stopped "
                    f"{job.tries} times without finishing, so we gave up. Nothing was charged."
                ),
            )
            failed += 1
        else:
            Job.objects.filter(pk=job.pk).update(claimed_by="")
            event_record(
                job=job,
                stage=job.status,
                status="info",
                message="The worker stopped responding; the clip was queued again.",
            )
            run_job.delay(str(job.pk))
            requeued += 1
    return {"requeued": requeued, "failed": failed}
