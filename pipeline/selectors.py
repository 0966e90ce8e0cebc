"""Reads of pipeline data. Every query names the workspace."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from accounts.models import Workspace
from pipeline.models import ACTIVE_STATUSES, Clip, Job, JobEvent, JobStatus, Photo


def _get(queryset: QuerySet, pk: UUID | str):  # type: ignore[no-untyped-def]
    try:
        return queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("Not found") from exc


def job_get(*, workspace: Workspace, job_id: UUID | str) -> Job:
    return _get(Job.objects.select_related("photo", "clip").filter(workspace=workspace), job_id)


def photo_get(*, workspace: Workspace, photo_id: UUID | str) -> Photo:
    return _get(Photo.objects.filter(workspace=workspace), photo_id)


def clip_get(*, workspace: Workspace, clip_id: UUID | str) -> Clip:
    return _get(Clip.objects.select_related("job").filter(workspace=workspace), clip_id)


def job_list(
    *,
    workspace: Workspace,
    status: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> QuerySet[Job]:
    jobs = Job.objects.filter(workspace=workspace).select_related("photo", "clip")
    if status == "active":
        jobs = jobs.filter(status__in=ACTIVE_STATUSES)
    elif status:
        jobs = jobs.filter(status=status)
    if since:
        jobs = jobs.filter(created_at__gte=since)
    if until:
        jobs = jobs.filter(created_at__lt=until)
    return jobs.order_by("-created_at", "-id")


def job_events(*, workspace: Workspace, job: Job) -> QuerySet[JobEvent]:
    return JobEvent.objects.filter(workspace=workspace, job=job).order_by("created_at", "id")


def jobs_running_count(*, workspace: Workspace) -> int:
    """Jobs sent to a worker and not yet ended."""
    return Job.objects.filter(
        workspace=workspace, status__in=ACTIVE_STATUSES, dispatched_at__isnull=False
    ).count()


def jobs_waiting_count(*, workspace: Workspace, exclude_batch_id: object = None) -> int:
    """Jobs waiting for a free slot under the workspace's concurrency cap (a batch being
    submitted does not count against itself: it is one submission)."""
    waiting = Job.objects.filter(
        workspace=workspace, status=JobStatus.QUEUED, dispatched_at__isnull=True
    )
    if exclude_batch_id is not None:
        waiting = waiting.exclude(batch_id=exclude_batch_id)
    return waiting.count()


def clips_this_month_count(*, workspace: Workspace) -> int:
    start = timezone.now().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return Job.objects.filter(workspace=workspace, created_at__gte=start).count()
