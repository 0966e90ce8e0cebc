"""Layer 6, deliver: the job ends — delivered (credits captured) or not (released) — and
after commit the apps above are told (`job_finished`: batches, webhooks, publishing) and the
workspace's next queued job is dispatched. All of it is `services.job_finish`, once per job.
"""

from __future__ import annotations

from pipeline import services
from pipeline.flow.context import JobRun, Transition
from pipeline.models import JobStatus


def finish(job_run: JobRun, transition: Transition, *, stage: str) -> None:
    services.job_finish(
        job=job_run.job,
        status=transition.to,
        stage=stage,
        reason=transition.reason,
        fields=transition.fields,
    )


def fail(job_run: JobRun, *, stage: str, reason: str) -> None:
    finish(job_run, Transition(JobStatus.FAILED, reason=reason), stage=stage)
