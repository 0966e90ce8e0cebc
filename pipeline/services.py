"""Writes for photos, jobs, attempts and clips. With the flow, the only writer of job state.

Keyword-only, atomic where it matters, the workspace always explicit. A job's life: submitted
(credits held) → dispatched within the workspace's concurrency cap → claimed by a worker of
its stage's lane → advanced stage by stage → finished (credits captured or released, the
`job_finished` signal sent after commit). Cancel, requeue and reap each live here once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile, File
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from accounts.models import User, Workspace
from billing import pricing, quotas
from billing import services as billing
from billing.models import Plan
from engine.generate.router import AttemptRecord, TryStatus
from engine.motion.encode import VideoInfo
from engine.motion.image import load_bgr
from engine.options import JobOptions
from engine.photo import PhotoRejected, validate_photo
from engine.safety.screening import SafetyError, embed_protected_face
from engine.vision.faces import FaceBox
from pipeline import engine_config, events, media, selectors, tasks
from pipeline.errors import JobNotCancelable, JobRejected, UploadRejected
from pipeline.models import (
    ACTIVE_STATUSES,
    LANE_OF,
    Attempt,
    AttemptStatus,
    Clip,
    IdempotencyKey,
    Job,
    JobStatus,
    Lane,
    Photo,
    ProtectedIdentity,
)
from pipeline.signals import job_finished
from saas.errors import ApplicationError
from saas.text import one_line, visible

logger = logging.getLogger(__name__)

MAX_PROMPT = 1000
MAX_IDEMPOTENCY_KEY = 200


class IdempotencyConflict(ApplicationError):
    code = "idempotency_conflict"
    status = 409


def workspace_assert_active(workspace: Workspace) -> None:
    if workspace.is_suspended:
        raise JobRejected(
            "This workspace is suspended, so nothing can run for it. "
            f"{workspace.suspended_reason} Contact support to resolve it."
        )


# -- photos ------------------------------------------------------------------------------------
def _store(path: str, content: bytes) -> str:
    return media.save(path, ContentFile(content))


def photo_upload(
    *, workspace: Workspace, user: User | None, data: bytes, filename: str, consent: bool = False
) -> Photo:
    """Verify, normalise and store a photo; the same bytes in a workspace are stored once.

    Nothing is written until the photo has been fully decoded and checked; if the database
    insert fails the stored files are removed again.
    """
    workspace_assert_active(workspace)
    try:
        validated = validate_photo(data, filename=filename)
    except PhotoRejected as exc:
        raise UploadRejected(exc.message) from exc
    existing = Photo.objects.filter(workspace=workspace, sha256=validated.sha256).first()
    if existing is not None:
        if consent and existing.consent_at is None:
            photo_record_consent(workspace=workspace, photo=existing, user=user)
        return existing

    photo_id = uuid.uuid4()
    folder = f"photos/{workspace.pk}/{photo_id}"
    saved: list[str] = []
    try:
        saved.append(_store(f"{folder}/original.{validated.ext}", validated.content))
        saved.append(_store(f"{folder}/thumb.jpg", validated.thumbnail))
        with transaction.atomic():
            photo = Photo.objects.create(
                id=photo_id,
                workspace=workspace,
                uploaded_by=user,
                original_name=filename[:255],
                sha256=validated.sha256,
                image=saved[0],
                thumbnail=saved[1],
                mime=validated.mime,
                width=validated.width,
                height=validated.height,
                size_bytes=len(validated.content),
                consent_at=timezone.now() if consent else None,
                consent_by=user if consent else None,
            )
    except IntegrityError:
        # Two uploads of the same photo raced; keep the one that won.
        for name in saved:
            media.delete_quietly(name)
        return Photo.objects.get(workspace=workspace, sha256=validated.sha256)
    except media.StorageUnavailable as exc:
        for name in saved:
            media.delete_quietly(name)
        raise media.StorageUnavailable(
            "We couldn't store this photo because our file storage did not answer. Nothing "
            "was uploaded or charged; try again in a minute."
        ) from exc
    except BaseException:
        for name in saved:
            media.delete_quietly(name)
        raise
    return photo


@transaction.atomic
def photo_record_consent(*, workspace: Workspace, photo: Photo, user: User | None) -> Photo:
    photo = Photo.objects.select_for_update().get(pk=photo.pk, workspace=workspace)
    photo.consent_at = timezone.now()
    photo.consent_by = user
    photo.save(update_fields=["consent_at", "consent_by"])
    return photo


def photo_faces_store(*, photo: Photo, faces: Sequence[FaceBox]) -> None:
    """Remember the faces found in a photo (photo pixels); later stages and jobs reuse them."""
    boxes = [face.to_dict() for face in faces]
    Photo.objects.filter(pk=photo.pk, workspace_id=photo.workspace_id).update(
        face_boxes=boxes, faces=len(boxes)
    )
    photo.face_boxes, photo.faces = boxes, len(boxes)


# -- submitting --------------------------------------------------------------------------------
def job_cost(*, options: JobOptions) -> int:
    """What a clip holds: the most any provider it may fail over to would cost."""
    return pricing.chain_cost(
        duration_s=options.billed_duration_s,
        resolution=options.resolution,
        providers=engine_config.enabled_provider_names(),
    )


def job_charge(*, options: JobOptions, provider: str) -> int:
    """What a delivered clip costs: the price of the provider that rendered it."""
    return pricing.job_cost(
        duration_s=options.billed_duration_s, resolution=options.resolution, provider=provider
    )


@dataclass(frozen=True)
class SubmitResult:
    jobs: list[Job]
    credits: int


@transaction.atomic
def jobs_submit(
    *,
    workspace: Workspace,
    user: User | None,
    photos: Sequence[Photo],
    prompt: str,
    options: JobOptions,
    batch_id: uuid.UUID | None = None,
    webhook_url: str = "",
) -> SubmitResult:
    """Queue one job per photo with the same prompt and settings, holding their credits.

    All or nothing: a quota or balance problem queues none of them and charges nothing.
    """
    workspace_assert_active(workspace)
    if not photos:
        raise JobRejected("Add at least one photo.")
    prompt = visible(prompt).strip()  # what the gate checks is what the page shows
    if len(prompt) > MAX_PROMPT:
        raise JobRejected("Keep the prompt under 1,000 characters.")
    for photo in photos:
        if photo.workspace_id != workspace.pk:
            raise JobRejected("That photo isn't in this workspace.")
    credits = job_cost(options=options)
    provider = "local" if options.provider == "auto" else options.provider
    quotas.check_can_submit(
        workspace=workspace,
        duration_s=options.billed_duration_s,
        resolution=options.resolution,
        provider=provider,
        count=len(photos),
        running_jobs=selectors.jobs_running_count(workspace=workspace),
        queued_jobs=selectors.jobs_waiting_count(workspace=workspace, exclude_batch_id=batch_id),
        clips_this_month=selectors.clips_this_month_count(workspace=workspace),
    )
    jobs = []
    for photo in photos:
        job = Job.objects.create(
            workspace=workspace,
            created_by=user,
            photo=photo,
            prompt=prompt,
            options=options.to_dict(),
            credits=credits,
            batch_id=batch_id,
            webhook_url=webhook_url,
        )
        billing.credits_hold(workspace=workspace, job_id=job.pk, credits=credits)
        events.job_queued(job, credits=credits)
        jobs.append(job)
    workspace_id = str(workspace.pk)
    transaction.on_commit(lambda: tasks.dispatch_workspace.delay(workspace_id))
    return SubmitResult(jobs=jobs, credits=credits * len(jobs))


def job_submit(
    *, workspace: Workspace, user: User | None, photo: Photo, prompt: str, options: JobOptions
) -> Job:
    return jobs_submit(
        workspace=workspace, user=user, photos=[photo], prompt=prompt, options=options
    ).jobs[0]


@dataclass(frozen=True)
class JobCreated:
    job: Job
    replayed: bool  # an earlier request with the same Idempotency-Key made it


def _fingerprint(fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def job_create(
    *,
    workspace: Workspace,
    user: User | None,
    prompt: str,
    options: JobOptions,
    photo_id: uuid.UUID | None = None,
    image: bytes | None = None,
    image_name: str = "",
    consent: bool = False,
    webhook_url: str = "",
    idempotency_key: str = "",
) -> JobCreated:
    """One job from an uploaded photo's id or the image itself (the API's create).

    With an `idempotency_key` the same key and the same request give the same job (never a
    second one); the key with a different request is a conflict. The key row and the job are
    written in one transaction, so a failed request leaves the key free to be used again.
    """
    key = idempotency_key.strip()
    if len(key) > MAX_IDEMPOTENCY_KEY:
        raise JobRejected(
            f"Idempotency-Key may be at most {MAX_IDEMPOTENCY_KEY} characters.",
            code="invalid_request",
        )
    if image is not None:
        photo = photo_upload(
            workspace=workspace, user=user, data=image, filename=image_name, consent=consent
        )
        reference: dict[str, Any] = {"image_sha256": hashlib.sha256(image).hexdigest()}
    else:
        photo = selectors.photo_get(workspace=workspace, photo_id=photo_id)  # type: ignore[arg-type]
        if consent and photo.consent_at is None:
            photo_record_consent(workspace=workspace, photo=photo, user=user)
        reference = {"photo_id": str(photo.pk)}
    request_hash = _fingerprint(
        {
            **reference,
            "prompt": prompt,
            "options": options.to_dict(),
            "webhook_url": webhook_url,
            "consent": consent,
        }
    )

    def create() -> Job:
        return jobs_submit(
            workspace=workspace,
            user=user,
            photos=[photo],
            prompt=prompt,
            options=options,
            webhook_url=webhook_url,
        ).jobs[0]

    if not key:
        return JobCreated(job=create(), replayed=False)
    with transaction.atomic():
        try:
            with transaction.atomic():
                record = IdempotencyKey.objects.create(
                    workspace=workspace, key=key, request_hash=request_hash
                )
        except IntegrityError:
            # A concurrent request with this key waited on the unique index until it committed.
            record = IdempotencyKey.objects.select_for_update().get(workspace=workspace, key=key)
            if record.request_hash != request_hash:
                raise IdempotencyConflict(
                    "This Idempotency-Key was already used with a different request body. "
                    "Use a new key for a new job, or resend exactly the same request."
                ) from None
            if record.job_id is not None:
                job = Job.objects.select_related("clip").get(pk=record.job_id)
                return JobCreated(job=job, replayed=True)
        job = create()
        record.job = job
        record.save(update_fields=["job"])
        return JobCreated(job=job, replayed=False)


def job_retry(
    *, workspace: Workspace, job: Job, user: User | None, prompt: str | None = None
) -> Job:
    """A new job from the same photo and settings, optionally with a changed prompt."""
    return job_submit(
        workspace=workspace,
        user=user,
        photo=job.photo,
        prompt=job.prompt if prompt is None else prompt,
        options=JobOptions.from_dict(job.options),
    )


# -- dispatch and the lanes --------------------------------------------------------------------
def _enqueue(job_id: str, status: str) -> None:
    """Send the job to the worker lane of the stage it is at."""
    task = tasks.run_job_light if LANE_OF[JobStatus(status)] == Lane.LIGHT else tasks.run_job_render
    task.delay(job_id)


def jobs_dispatch(*, workspace_id: uuid.UUID | str) -> list[str]:
    """Send queued jobs to a worker, up to the workspace's concurrency cap.

    The broker then never holds more than `cap` jobs of one workspace, so a workspace with
    500 queued photos can't starve another workspace's single job.
    """
    with transaction.atomic():
        workspace = Workspace.objects.select_for_update().filter(pk=workspace_id).first()
        if workspace is None or workspace.is_suspended:
            return []
        cap = quotas.max_concurrent_jobs(workspace)
        in_flight = Job.objects.filter(
            workspace=workspace, dispatched_at__isnull=False, status__in=ACTIVE_STATUSES
        ).count()
        free = cap - in_flight
        if free <= 0:
            return []
        ids = [
            str(pk)
            for pk in Job.objects.filter(
                workspace=workspace, status=JobStatus.QUEUED, dispatched_at__isnull=True
            )
            .order_by("created_at", "id")
            .values_list("pk", flat=True)[:free]
        ]
        Job.objects.filter(pk__in=ids).update(dispatched_at=timezone.now())
        transaction.on_commit(lambda: [_enqueue(job_id, JobStatus.QUEUED) for job_id in ids])
    return ids


def jobs_dispatch_all() -> int:
    """Beat safety net: dispatch every workspace that has jobs waiting."""
    waiting = (
        Job.objects.filter(status=JobStatus.QUEUED, dispatched_at__isnull=True)
        .values_list("workspace_id", flat=True)
        .distinct()
    )
    return sum(len(jobs_dispatch(workspace_id=workspace_id)) for workspace_id in waiting)


# -- claiming, advancing, handing over ---------------------------------------------------------
def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def job_claim(*, job_id: str, worker: str, lane: str | None) -> Job | None:
    """Atomically take the job for `lane` (None: any) unless a live worker holds it or it
    has ended."""
    now = timezone.now()
    stale = now - timedelta(seconds=settings.JOB_STALE_AFTER_S)
    statuses = [status for status, of in LANE_OF.items() if lane is None or of == lane]
    taken = (
        Job.objects.filter(pk=job_id, status__in=statuses)
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


def job_heartbeat(*, job_id: str, worker: str) -> None:
    Job.objects.filter(pk=job_id, claimed_by=worker).update(heartbeat_at=timezone.now())


def job_release(*, job: Job, worker: str) -> None:
    Job.objects.filter(pk=job.pk, claimed_by=worker).update(claimed_by="")


def job_advance(*, job: Job, status: str, fields: dict[str, Any] | None = None) -> None:
    """Move to the next stage and store what the stage produced, in one write."""
    fields = fields or {}
    for name, value in fields.items():
        setattr(job, name, value)
    job.status = status
    job.save(update_fields=["status", *fields.keys()])


def job_hand_over(*, job: Job, worker: str) -> None:
    """The next stage runs on the other lane: give the job back at its checkpoint and queue
    it there (a clean hand-over, so it doesn't count as an interrupted try)."""
    with transaction.atomic():
        Job.objects.filter(pk=job.pk, claimed_by=worker).update(claimed_by="", tries=0)
        job_id, status = str(job.pk), job.status
        transaction.on_commit(lambda: _enqueue(job_id, status))


def provider_label(name: str) -> str:
    return "the Stillmotion engine" if name == "local" else name.title()


def _end_summary(job: Job, status: str, reason: str) -> str:
    if status == JobStatus.DELIVERED:
        charged = job.credits if job.credits_charged is None else job.credits_charged
        back = job.credits - charged
        returned = f" ({back} of the {job.credits} held returned)" if back else ""
        return f"Delivered: the clip is ready; {charged} credits charged{returned}."
    if status == JobStatus.BLOCKED:
        # The stage that blocked already said why; say what it means for the user.
        return "Nothing was delivered and the credits held were released."
    return reason


def job_finish(
    *, job: Job, status: str, stage: str, reason: str = "", fields: dict[str, Any] | None = None
) -> bool:
    """End the job (once): terminal status, the credit capture or release, the event, and
    after commit the `job_finished` signal and the next dispatch. False if it had ended."""
    fields = fields or {}
    with transaction.atomic():
        locked = Job.objects.select_for_update().get(pk=job.pk)
        if locked.is_terminal:
            return False
        delivered = status == JobStatus.DELIVERED
        job.status = status
        job.finished_at = timezone.now()
        job.failure_reason = "" if delivered else reason[:500]
        job.failure_stage = "" if delivered else stage
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
        if delivered:
            chosen = selectors.attempt_chosen(job=job)
            job.credits_charged = job.credits
            if chosen is not None:  # the delivered render: its provider's price is the charge
                options = JobOptions.from_dict(job.options)
                price = job_charge(options=options, provider=chosen.provider)
                job.credits_charged = min(job.credits, price)
            job.save(update_fields=["credits_charged"])
            billing.credits_capture(
                workspace=job.workspace,
                job_id=job.pk,
                credits=job.credits_charged,
                why_less=f"rendered by {provider_label(chosen.provider)}" if chosen else "",
            )
        else:
            billing.credits_release(workspace=job.workspace, job_id=job.pk, reason=status)
        events.job_ended(job, status=status, message=_end_summary(job, status, reason))
        payload = {
            "job_id": str(job.pk),
            "workspace_id": str(job.workspace_id),
            "status": status,
            "batch_id": str(job.batch_id) if job.batch_id else None,
        }
        transaction.on_commit(lambda: job_finished.send_robust(sender=Job, **payload))
        transaction.on_commit(lambda: tasks.dispatch_workspace.delay(payload["workspace_id"]))
    return True


@transaction.atomic
def job_cancel(*, workspace: Workspace, job: Job, user: User | None) -> Job:
    job = Job.objects.select_for_update().get(pk=job.pk, workspace=workspace)
    if job.is_terminal:
        raise JobNotCancelable(f"This clip is already {job.get_status_display().lower()}.")
    if job.status == JobStatus.QUEUED and not job.claimed_by:
        # Not started: cancel now. A running job stops at its next checkpoint (and a render
        # between frames).
        job_finish(
            job=job,
            status=JobStatus.CANCELED,
            stage=JobStatus.QUEUED,
            reason="Canceled before it started. Nothing was charged.",
        )
    else:
        job.cancel_requested = True
        job.save(update_fields=["cancel_requested"])
        events.cancel_requested(job)
    return job


def job_requeue(*, job: Job, why: str, fresh_tries: bool = False) -> bool:
    """Run an active job again from the stage it stopped at (operators, the reaper)."""
    with transaction.atomic():
        changes: dict[str, Any] = {"claimed_by": ""}
        if fresh_tries:
            changes["tries"] = 0
        if not Job.objects.filter(pk=job.pk, status__in=ACTIVE_STATUSES).update(**changes):
            return False
        events.job_requeued(job, why=why)
        job_id, status = str(job.pk), job.status
        transaction.on_commit(lambda: _enqueue(job_id, status))
    return True


def jobs_reap() -> dict[str, int]:
    """Requeue jobs whose worker stopped sending heartbeats; fail those out of tries."""
    stale = timezone.now() - timedelta(seconds=settings.JOB_STALE_AFTER_S)
    stuck = Job.objects.filter(status__in=ACTIVE_STATUSES, dispatched_at__isnull=False).filter(
        Q(heartbeat_at__lt=stale) | Q(heartbeat_at__isnull=True, dispatched_at__lt=stale)
    )
    requeued = failed = 0
    for job in stuck.select_related("workspace"):
        if job.tries >= settings.JOB_MAX_TRIES:
            job_finish(
                job=job,
                status=JobStatus.FAILED,
                stage=job.status,
                reason=(
                    f"The {job.get_status_display().lower()} step stopped "
                    f"{job.tries} times without finishing, so we gave up. Nothing was charged."
                ),
            )
            failed += 1
        elif job_requeue(job=job, why="The worker stopped responding; the clip was queued again."):
            requeued += 1
    return {"requeued": requeued, "failed": failed}


# -- attempts and the clip ---------------------------------------------------------------------
def attempt_next_number(*, job: Job) -> int:
    """The number of the next try; tries a dead worker left running are marked abandoned
    (their numbers are never reused)."""
    Attempt.objects.filter(job=job, status=AttemptStatus.RUNNING).update(
        status=AttemptStatus.ABANDONED, finished_at=timezone.now()
    )
    last = Attempt.objects.filter(job=job).order_by("-number").values_list("number", flat=True)
    return (last.first() or 0) + 1


def attempt_record(*, job: Job, number: int, record: AttemptRecord) -> Attempt:
    """One try at a provider, as the router reported it."""
    return Attempt.objects.create(
        job=job,
        workspace_id=job.workspace_id,
        number=number,
        provider=record.provider,
        model=record.model,
        vendor_task_id=record.vendor_task_id or "",
        status=(
            AttemptStatus.SUCCEEDED
            if record.status == TryStatus.SUCCEEDED
            else AttemptStatus.FAILED
        ),
        error_class=record.error_class or "",
        error_message=(record.error_message or "")[:500],
        prompt_used=record.prompt[:MAX_PROMPT],
        latency_ms=record.latency_ms,
        cost_cents=record.cost_cents,
        ordered_duration_s=record.ordered_duration_s,
        started_at=record.started_at,
        finished_at=record.ended_at,
    )


def attempt_store_render(*, attempt: Attempt, path: Path, seed: int, clip_code: int) -> None:
    """Keep the rendered file of a successful try (through the storage: any worker reads it).

    If the storage fails, the try is marked failed (no later stage may pick a render that
    isn't stored) and `StorageUnavailable` goes up to the runner."""
    name = f"clips/{attempt.workspace_id}/{attempt.job_id}/attempt-{attempt.number}.mp4"
    try:
        with path.open("rb") as handle:
            stored = media.save(name, File(handle))
    except media.StorageUnavailable as exc:
        attempt.status = AttemptStatus.FAILED
        attempt.error_class = "storage_unavailable"
        attempt.error_message = exc.message[:500]
        attempt.save(update_fields=["status", "error_class", "error_message"])
        raise
    attempt.output.name = stored
    attempt.seed = seed
    attempt.watermark_code = clip_code
    attempt.save(update_fields=["output", "seed", "watermark_code"])


def attempt_record_qa(
    *,
    attempt: Attempt,
    score: float,
    parts: dict[str, float],
    issues: list[str],
    not_judged: dict[str, str],
    passed: bool,
) -> None:
    attempt.qa_score = score
    attempt.qa_parts = parts
    attempt.qa_issues = issues
    attempt.qa_not_judged = not_judged
    if not passed:
        attempt.status = AttemptStatus.REJECTED_QA
    attempt.save(update_fields=["qa_score", "qa_parts", "qa_issues", "qa_not_judged", "status"])


def clip_store(
    *, job: Job, attempt: Attempt, video: Path, poster: Path, info: VideoInfo, clip_code: int
) -> Clip:
    """The delivered clip and its poster; one per job (a resumed job can't store twice).

    The files go to the storage first and the row second: a storage failure leaves no row
    (the job retries at its checkpoint, nothing is charged), and a row always has its files.
    Files that lost a race with another worker's row, or whose row failed, are deleted."""
    existing = Clip.objects.filter(job=job).first()
    if existing is not None:
        return existing
    folder = f"clips/{job.workspace_id}/{job.pk}"
    data = video.read_bytes()
    stored: list[str] = []
    try:
        stored.append(media.save(f"{folder}/clip.mp4", ContentFile(data)))
        stored.append(media.save(f"{folder}/poster.jpg", ContentFile(poster.read_bytes())))
    except media.StorageUnavailable:
        for name in stored:
            media.delete_quietly(name)
        raise
    try:
        clip, created = _clip_row(
            job=job, attempt=attempt, info=info, data=data, files=stored, clip_code=clip_code
        )
    except BaseException:
        for name in stored:
            media.delete_quietly(name)
        raise
    if not created:
        for name in stored:
            media.delete_quietly(name)
    return clip


def _clip_row(
    *, job: Job, attempt: Attempt, info: VideoInfo, data: bytes, files: list[str], clip_code: int
) -> tuple[Clip, bool]:
    with transaction.atomic():
        return Clip.objects.get_or_create(
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
                "video": files[0],
                "poster": files[1],
            },
        )


# -- clean-up: retention, deleted workspaces ----------------------------------------------------
MEDIA_ROOTS = ("photos", "clips", "protected")  # top folders named by workspace id


def _delete_tree(prefix: str) -> int:
    """Delete every stored file under `prefix` (works the same on local files and S3)."""
    folders, files = media.list_folder(prefix)
    removed = 0
    for name in files:
        media.delete_quietly(f"{prefix}/{name}")
        removed += 1
    for folder in folders:
        removed += _delete_tree(f"{prefix}/{folder}")
    return removed


def workspace_media_delete(*, workspace_id: uuid.UUID | str) -> int:
    """A deleted workspace's photos, clips and protected-people photos (after its rows went)."""
    return sum(_delete_tree(f"{root}/{workspace_id}") for root in MEDIA_ROOTS)


def media_orphans_sweep() -> int:
    """Beat safety net: folders of workspaces that no longer exist (a delete whose clean-up
    never ran)."""
    removed = 0
    for root in MEDIA_ROOTS:
        folders, _ = media.list_folder(root)
        known = {
            str(pk)
            for pk in Workspace.objects.filter(pk__in=_uuids(folders)).values_list("pk", flat=True)
        }
        for folder in folders:
            if folder not in known and folder != "global":
                removed += _delete_tree(f"{root}/{folder}")
    return removed


def _uuids(names: Sequence[str]) -> list[uuid.UUID]:
    out = []
    for name in names:
        try:
            out.append(uuid.UUID(name))
        except ValueError:
            continue
    return out


def clips_expire(*, now: datetime | None = None) -> int:
    """Remove the files of clips older than their workspace's plan keeps them (the pricing
    page's promise); the rows stay so the job page and the verify page can say so."""
    now = now or timezone.now()
    expired = 0
    for plan in Plan.objects.all():
        cutoff = now - timedelta(days=plan.retention_days)
        due = Clip.objects.filter(created_at__lt=cutoff, expired_at__isnull=True)
        due = (
            due.filter(workspace__billing_account__plan=plan)
            if not plan.is_default
            else due.filter(
                Q(workspace__billing_account__plan=plan)
                | Q(workspace__billing_account__isnull=True)
            )
        )
        for clip in due.select_related("job")[:1000]:
            for field in (clip.video, clip.poster):
                if field:
                    media.delete_quietly(field.name)
            for attempt in Attempt.objects.filter(job_id=clip.job_id).exclude(output=""):
                media.delete_quietly(attempt.output.name)
            Clip.objects.filter(pk=clip.pk).update(expired_at=now)
            expired += 1
    return expired


# -- protected people --------------------------------------------------------------------------
def protected_identity_add(
    *, workspace: Workspace | None, label: str, data: bytes, filename: str, user: User | None
) -> ProtectedIdentity:
    """Enrol a face that must never be animated (the largest face in the photo)."""
    label = one_line(label, what="The name or label", field="label")
    if not label:
        raise UploadRejected("Give the protected person a name or label.")
    try:
        validated = validate_photo(data, filename=filename)
    except PhotoRejected as exc:
        raise UploadRejected(exc.message) from exc
    try:
        protected = embed_protected_face(load_bgr(validated.content, max_side=1600), label=label)
    except SafetyError as exc:
        raise UploadRejected(exc.message) from exc
    vector = protected.embedding.astype(float).tolist()
    scope = str(workspace.pk) if workspace else "global"
    try:
        name = media.save(f"protected/{scope}/{filename[:80]}", ContentFile(validated.content))
    except media.StorageUnavailable as exc:
        raise media.StorageUnavailable(
            "We couldn't store this photo because our file storage did not answer. Nothing "
            "was added; try again in a minute."
        ) from exc
    try:
        with transaction.atomic():
            return ProtectedIdentity.objects.create(
                workspace=workspace, label=label, photo=name, embedding=vector, created_by=user
            )
    except BaseException:
        media.delete_quietly(name)
        raise


def protected_identity_remove(*, workspace: Workspace, identity_id: str) -> str:
    """Remove one of the workspace's own protected people (404 for anyone else's)."""
    identity = ProtectedIdentity.objects.filter(
        workspace=workspace, pk=identity_id if str(identity_id).isdigit() else None
    ).first()
    if identity is None:
        raise Http404("No such protected person in this workspace.")
    name = identity.photo.name
    label = identity.label
    with transaction.atomic():
        identity.delete()
        transaction.on_commit(lambda: media.delete_quietly(name))
    return label
