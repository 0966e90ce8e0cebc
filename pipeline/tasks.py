"""Celery entry points only: each calls the flow or a service."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings

from accounts.models import Workspace
from pipeline import flow, services


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    soft_time_limit=settings.JOB_SOFT_TIME_LIMIT_S,
    time_limit=settings.JOB_TIME_LIMIT_S,
    ignore_result=True,
)
def run_job(job_id: str) -> None:
    flow.run(job_id)


@shared_task(ignore_result=True)
def dispatch_workspace(workspace_id: str) -> None:
    services.jobs_dispatch(workspace_id=workspace_id)


@shared_task(ignore_result=True)
def dispatch_all() -> None:
    for workspace_id in (
        Workspace.objects.filter(jobs__status="queued", jobs__dispatched_at__isnull=True)
        .values_list("pk", flat=True)
        .distinct()
    ):
        services.jobs_dispatch(workspace_id=workspace_id)


@shared_task(ignore_result=True)
def reap_stuck_jobs() -> None:
    flow.reap_stuck_jobs()
