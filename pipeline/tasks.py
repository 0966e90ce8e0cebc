"""Celery entry points only: each calls the flow or a service (imported inside, so services
can import this module at load time).

Queues by weight: `run_job_light` (parse, gate) on "light" with dispatching, reaping and
webhooks; `run_job_render` (render, QA, finalize) on "render" (routes in settings).
"""

from __future__ import annotations

from typing import Any

from celery import shared_task, signals
from django.conf import settings


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    soft_time_limit=settings.JOB_SOFT_TIME_LIMIT_S,
    time_limit=settings.JOB_TIME_LIMIT_S,
    ignore_result=True,
)
def run_job_light(job_id: str) -> None:
    from pipeline.flow import runner

    runner.run(job_id, lane="light")


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    soft_time_limit=settings.JOB_SOFT_TIME_LIMIT_S,
    time_limit=settings.JOB_TIME_LIMIT_S,
    ignore_result=True,
)
def run_job_render(job_id: str) -> None:
    from pipeline.flow import runner

    runner.run(job_id, lane="render")


@shared_task(ignore_result=True)
def dispatch_workspace(workspace_id: str) -> None:
    from pipeline import services

    services.jobs_dispatch(workspace_id=workspace_id)


@shared_task(ignore_result=True)
def dispatch_all() -> None:
    from pipeline import services

    services.jobs_dispatch_all()


@shared_task(ignore_result=True)
def clips_expire() -> None:
    from pipeline import services

    services.clips_expire()


@shared_task(ignore_result=True)
def media_orphans_sweep() -> None:
    from pipeline import services

    services.media_orphans_sweep()


@shared_task(ignore_result=True)
def workspace_media_delete(workspace_id: str) -> None:
    from pipeline import services

    services.workspace_media_delete(workspace_id=workspace_id)


@shared_task(ignore_result=True)
def reap_stuck_jobs() -> None:
    from pipeline import services

    services.jobs_reap()


# -- a worker that stops cleanly (SIGTERM): jobs go back at their next checkpoint -------------
@signals.worker_init.connect
def _worker_init(**kwargs: Any) -> None:
    from pipeline.flow import runner

    runner.worker_starting()


@signals.worker_shutting_down.connect
def _worker_shutting_down(**kwargs: Any) -> None:
    from pipeline.flow import runner  # loaded already: this runs in a signal handler

    runner.worker_stopping()


@signals.worker_shutdown.connect
def _worker_shutdown(**kwargs: Any) -> None:
    from pipeline.flow import runner

    runner.worker_stopped()
