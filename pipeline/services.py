"""Writes for photos and jobs. Keyword-only, atomic, the workspace always explicit."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import User, Workspace
from billing import pricing, quotas
from billing import services as billing
from billing.errors import BillingError
from engine.options import JobOptions
from pipeline import selectors
from pipeline.errors import JobNotCancelable, JobRejected, UploadRejected
from pipeline.models import ACTIVE_STATUSES, Job, JobEvent, JobStatus, Photo

logger = logging.getLogger(__name__)


def workspace_assert_active(workspace: Workspace) -> None:
    if workspace.is_suspended:
        raise JobRejected(
            "This workspace is suspended, so nothing can run for it. "
            f"{workspace.suspended_reason} Contact support to resolve it."
        )


# -- photos ------------------------------------------------------------------------------------
def _store(path: str, content: bytes) -> str:
    return default_storage.save(path, ContentFile(content))


def photo_upload(
    *, workspace: Workspace, user: User | None, data: bytes, filename: str, consent: bool = False
) -> Photo:
    """Verify, normalise and store a photo; the same bytes in a workspace are stored once.

    Nothing is written until the photo has been fully decoded and checked; if the database
    insert fails the stored files are removed again.
    """
    from engine.photo import PhotoRejected, validate_photo

    workspace_assert_active(workspace)
    try:
        validated = validate_photo(data, filename=filename)
    except PhotoRejected as exc:
        raise UploadRejected(str(exc)) from exc
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
            default_storage.delete(name)
        return Photo.objects.get(workspace=workspace, sha256=validated.sha256)
    except BaseException:
        for name in saved:
            default_storage.delete(name)
        raise
    return photo


@transaction.atomic
def photo_record_consent(*, workspace: Workspace, photo: Photo, user: User | None) -> Photo:
    photo.consent_at = timezone.now()
    photo.consent_by = user
    photo.save(update_fields=["consent_at", "consent_by"])
    return photo


# -- jobs --------------------------------------------------------------------------------------
def job_cost(*, options: JobOptions) -> int:
    provider = "local" if options.provider == "auto" else options.provider
    return pricing.job_cost(
        duration_s=options.billed_duration_s, resolution=options.resolution, provider=provider
    )


def event_record(
    *,
    job: Job,
    stage: str,
    status: str,
    message: str,
    duration_ms: float | None = None,
    details: dict | None = None,
) -> JobEvent:
    return JobEvent.objects.create(
        job=job,
        workspace_id=job.workspace_id,
        stage=stage,
        status=status,
        message=message[:500],
        duration_ms=round(duration_ms) if duration_ms is not None else None,
        details=details or {},
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
    prompt = prompt.strip()
    if len(prompt) > 1000:
        raise JobRejected("Keep the prompt under 1,000 characters.")
    for photo in photos:
        if photo.workspace_id != workspace.pk:
            raise JobRejected("That photo isn't in this workspace.")
    credits = job_cost(options=options)
    provider = "local" if options.provider == "auto" else options.provider
    try:
        quotas.check_can_submit(
            workspace=workspace,
            duration_s=options.billed_duration_s,
            resolution=options.resolution,
            provider=provider,
            count=len(photos),
            running_jobs=selectors.jobs_running_count(workspace=workspace),
            queued_jobs=selectors.jobs_waiting_count(
                workspace=workspace, exclude_batch_id=batch_id
            ),
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
            event_record(
                job=job,
                stage=JobStatus.QUEUED,
                status="completed",
                message=f"Queued; {credits} credits held until the clip is delivered.",
            )
            jobs.append(job)
    except BillingError as exc:
        raise JobRejected(str(exc)) from exc
    workspace_id = workspace.pk
    transaction.on_commit(lambda: _dispatch_later(workspace_id))
    return SubmitResult(jobs=jobs, credits=credits * len(jobs))


def job_submit(
    *, workspace: Workspace, user: User | None, photo: Photo, prompt: str, options: JobOptions
) -> Job:
    return jobs_submit(
        workspace=workspace, user=user, photos=[photo], prompt=prompt, options=options
    ).jobs[0]


def _dispatch_later(workspace_id: uuid.UUID) -> None:
    from pipeline.tasks import dispatch_workspace

    dispatch_workspace.delay(str(workspace_id))


def jobs_dispatch(*, workspace_id: uuid.UUID | str) -> list[str]:
    """Send queued jobs to the render queue, up to the workspace's concurrency cap.

    The broker then never holds more than `cap` jobs of one workspace, so a workspace with
    500 queued photos can't starve another workspace's single job.
    """
    from pipeline.tasks import run_job

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
        transaction.on_commit(lambda: [run_job.delay(job_id) for job_id in ids])
    return ids


@transaction.atomic
def job_cancel(*, workspace: Workspace, job: Job, user: User | None) -> Job:
    job = Job.objects.select_for_update().get(pk=job.pk, workspace=workspace)
    if job.is_terminal:
        raise JobNotCancelable(f"This clip is already {job.get_status_display().lower()}.")
    if job.status == JobStatus.QUEUED and not job.claimed_by:
        # Not started: cancel now. A running job stops at its next checkpoint.
        from pipeline import flow

        flow.finish(
            job,
            status=JobStatus.CANCELED,
            stage=JobStatus.QUEUED,
            reason="Canceled before it started. Nothing was charged.",
        )
    else:
        job.cancel_requested = True
        job.save(update_fields=["cancel_requested"])
        event_record(
            job=job,
            stage=job.status,
            status="info",
            message="Cancel requested; the clip stops at the next step.",
        )
    return job


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
