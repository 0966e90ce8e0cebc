"""Claims a job for one lane, walks it through the stages of that lane, hands it over.

`run(job_id, lane)` is what the Celery task of each lane calls. Stages of the light lane
(parse, gate) and of the render lane (render, QA, finalize) run on their own queues, so a
burst of renders never delays a status update; the job row carries it across. A heartbeat
thread keeps the claim alive; a dead worker's job is picked up again by the reaper.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import connection

from pipeline import services
from pipeline.flow import deliver, finalize, gate, parse, render, verify
from pipeline.flow.context import JobCanceled, JobRun, Transition
from pipeline.models import LANE_OF, TERMINAL_STATUSES, Job, JobStatus

logger = logging.getLogger(__name__)

Stage = Callable[[JobRun], Transition]


def _start(job_run: JobRun) -> Transition:
    return Transition(JobStatus.PARSING)


STAGES: dict[str, Stage] = {
    JobStatus.QUEUED: _start,
    JobStatus.PARSING: parse.run,
    JobStatus.GATING: gate.run,
    JobStatus.GENERATING: render.run,
    JobStatus.VERIFYING: verify.run,
    JobStatus.FINALIZING: finalize.run,
}


@contextmanager
def _heartbeat(job_id: str, worker: str) -> Iterator[None]:
    """Keep `heartbeat_at` fresh from a side thread while the stages run."""
    stop = threading.Event()

    def beat() -> None:
        try:
            while not stop.wait(settings.JOB_HEARTBEAT_S):
                services.job_heartbeat(job_id=job_id, worker=worker)
        finally:
            connection.close()

    thread = threading.Thread(target=beat, name=f"heartbeat-{job_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)


def run(job_id: str, *, lane: str | None, worker: str | None = None) -> Job | None:
    """Run (or resume) the job's stages on `lane` (None: every stage, in this process, as
    the command line does). Returns the job, or None if it wasn't ours to run."""
    worker = worker or services.worker_name()
    job = services.job_claim(job_id=job_id, worker=worker, lane=lane)
    if job is None:
        return None
    with _heartbeat(str(job.pk), worker), tempfile.TemporaryDirectory(prefix="sm-job-") as tmp:
        job_run = JobRun(job=job, workdir=Path(tmp), worker=worker)
        try:
            if job.tries > settings.JOB_MAX_TRIES:
                deliver.fail(
                    job_run,
                    stage=job.status,
                    reason=(
                        f"The {job.get_status_display().lower()} step was interrupted "
                        f"{settings.JOB_MAX_TRIES} times, so we stopped trying. Nothing was "
                        "charged; submit the clip again."
                    ),
                )
                return job
            _walk(job_run, lane=lane)
        except JobCanceled as exc:
            deliver.finish(
                job_run, Transition(JobStatus.CANCELED, reason=exc.message), stage=job.status
            )
        except SoftTimeLimitExceeded:
            deliver.fail(
                job_run,
                stage=job.status,
                reason=(
                    f"The {job.get_status_display().lower()} step took too long and was "
                    "stopped. Nothing was charged; try a shorter clip or try again later."
                ),
            )
        except Exception:
            logger.exception("job %s failed at %s", job.pk, job.status)
            deliver.fail(
                job_run,
                stage=job.status,
                reason=(
                    f"An internal error stopped this clip at the "
                    f"{job.get_status_display().lower()} step. Nothing was charged; our team "
                    "has been notified. Try again."
                ),
            )
        finally:
            services.job_release(job=job, worker=worker)
    return job


def _walk(job_run: JobRun, *, lane: str | None) -> None:
    job = job_run.job
    while job.status not in TERMINAL_STATUSES:
        job_run.check_canceled()
        if lane is not None and LANE_OF[JobStatus(job.status)] != lane:
            services.job_hand_over(job=job, worker=job_run.worker)
            return
        stage = job.status
        started = time.perf_counter()
        transition = STAGES[stage](job_run)
        if transition.to in TERMINAL_STATUSES:
            deliver.finish(job_run, transition, stage=stage)
        else:
            services.job_advance(job=job, status=transition.to, fields=transition.fields)
        logger.info("job %s %s took %.0f ms", job.pk, stage, (time.perf_counter() - started) * 1000)
