"""The job's timeline: one typed constructor per kind of event (each writes one JobEvent).

The dashboard, the API and webhooks read these rows; nothing else writes them.
"""

from __future__ import annotations

from typing import Any

from pipeline.models import Job, JobEvent, JobStatus

COMPLETED, FAILED, INFO = "completed", "failed", "info"


def _record(
    job: Job,
    *,
    stage: str,
    status: str,
    message: str,
    duration_ms: float | None = None,
    details: dict[str, Any] | None = None,
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


def job_queued(job: Job, *, credits: int) -> JobEvent:
    return _record(
        job,
        stage=JobStatus.QUEUED,
        status=COMPLETED,
        message=f"Queued; {credits} credits held until the clip is delivered.",
    )


def stage_done(
    job: Job,
    *,
    stage: str,
    message: str,
    duration_ms: float,
    details: dict[str, Any] | None = None,
    failed: bool = False,
) -> JobEvent:
    """What one run of a stage found, how long it took, and the details for operators."""
    return _record(
        job,
        stage=stage,
        status=FAILED if failed else COMPLETED,
        message=message or "Done.",
        duration_ms=duration_ms,
        details=details,
    )


def job_ended(job: Job, *, status: str, message: str) -> JobEvent:
    return _record(
        job,
        stage=status,
        status=COMPLETED if status == JobStatus.DELIVERED else FAILED,
        message=message,
    )


def regeneration_scheduled(job: Job, *, render: int, of: int) -> JobEvent:
    return _record(
        job,
        stage=JobStatus.VERIFYING,
        status=INFO,
        message=f"Regenerating with a new seed (render {render} of {of}).",
    )


def cancel_requested(job: Job) -> JobEvent:
    return _record(
        job,
        stage=job.status,
        status=INFO,
        message="Cancel requested; the clip stops at the next step.",
    )


def job_requeued(job: Job, *, why: str) -> JobEvent:
    return _record(job, stage=job.status, status=INFO, message=why)


def vendor_reported(job: Job, *, provider: str, task_id: str, state: str) -> JobEvent:
    return _record(
        job,
        stage=JobStatus.GENERATING,
        status=INFO,
        message=f"{provider} reports task {task_id} is {state} (confirmed).",
    )
