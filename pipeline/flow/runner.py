"""Claims a job for one lane, walks it through the stages of that lane, hands it over.

`run(job_id, lane)` is what the Celery task of each lane calls. Stages of the light lane
(parse, gate) and of the render lane (render, QA, finalize) run on their own queues, so a
burst of renders never delays a status update; the job row carries it across. A heartbeat
thread keeps the claim alive; a dead worker's job is picked up again by the reaper.

Faults of the shared services (the bucket, PostgreSQL, Redis) are not the job's fault: the job
goes back to the queue at its checkpoint (the stage it is at) and is tried again, up to
`JOB_MAX_TRIES` claims, then fails with a reason that names the service. A worker told to stop
(SIGTERM: Celery's warm shutdown) finishes the stage it is in and hands the job back at the
next checkpoint, so it exits within one stage instead of one job, and nothing runs twice.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import redis.exceptions
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import Error as DatabaseError
from django.db import InterfaceError, OperationalError, connection
from kombu.exceptions import OperationalError as BrokerError

from pipeline import media, services
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


# What a fault of a shared service raises, by the service it names in a failure reason.
_STORAGE_FAULTS = (media.StorageUnavailable, *media.BUCKET_ERRORS)
_DATABASE_FAULTS = (OperationalError, InterfaceError)
_REDIS_FAULTS = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, BrokerError)
SERVICE_FAULTS = (*_STORAGE_FAULTS, *_DATABASE_FAULTS, *_REDIS_FAULTS)


def _service_of(exc: BaseException) -> str:
    if isinstance(exc, _STORAGE_FAULTS):
        return "the file storage"
    if isinstance(exc, _DATABASE_FAULTS):
        return "the database"
    return "the job queue (Redis)"


# -- stopping cleanly: SIGTERM reaches the main process; a prefork child learns it here -------
_STOP_TOKEN = "STILLMOTION_WORKER_TOKEN"
_stopping = threading.Event()


def _stop_flag() -> Path | None:
    token = os.environ.get(_STOP_TOKEN)
    return Path(tempfile.gettempdir()) / f"stillmotion-stopping-{token}" if token else None


def worker_starting() -> None:
    """In the worker's main process, before its pool starts: a token the children inherit.

    A token per start, not the pid: a flag a killed worker left behind can never stop another
    worker that happens to get the same pid."""
    os.environ[_STOP_TOKEN] = uuid.uuid4().hex


def worker_stopping() -> None:
    """The main process got SIGTERM (warm shutdown): jobs stop at their next checkpoint."""
    _stopping.set()
    flag = _stop_flag()
    if flag is not None:
        flag.touch()


def worker_stopped() -> None:
    flag = _stop_flag()
    if flag is not None:
        flag.unlink(missing_ok=True)


def stop_requested() -> bool:
    """True once this worker was told to stop (its own process, or its prefork parent)."""
    if _stopping.is_set():
        return True
    flag = _stop_flag()
    return flag is not None and flag.exists()


@contextmanager
def _heartbeat(job_id: str, worker: str) -> Iterator[None]:
    """Keep `heartbeat_at` fresh from a side thread while the stages run. A database blip
    skips a beat, never ends the thread (else the reaper would take a job that still runs)."""
    stop = threading.Event()

    def beat() -> None:
        try:
            while not stop.wait(settings.JOB_HEARTBEAT_S):
                try:
                    services.job_heartbeat(job_id=job_id, worker=worker)
                except DatabaseError as exc:
                    logger.warning("heartbeat of job %s skipped: %s", job_id, exc)
                    connection.close()
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
        except SERVICE_FAULTS as exc:
            _after_service_fault(job_run, exc)
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
            try:
                services.job_release(job=job, worker=worker)
            except DatabaseError as exc:  # the claim then goes stale and the reaper takes it
                logger.warning("could not release job %s: %s", job.pk, exc)
    return job


def _after_service_fault(job_run: JobRun, exc: BaseException) -> None:
    """Back to the queue at the checkpoint, or (out of tries) failed with the service named.

    If even that write fails (the database or Redis is still down), the job keeps its row
    as it was; its heartbeat stops with this run and the reaper queues it again."""
    job = job_run.job
    service = _service_of(exc)
    step = job.get_status_display().lower()
    # The storage's own error (a timeout, SlowDown) says more than our wrapper's name.
    cause = exc.__cause__ if isinstance(exc, media.StorageUnavailable) else None
    cause = getattr(cause, "last_exception", None) or cause  # s3transfer's retries wrap it
    what = type(cause or exc).__name__
    logger.warning("job %s: %s failed at %s: %s: %s", job.pk, service, step, what, exc)
    try:
        if isinstance(exc, _DATABASE_FAULTS):  # reconnect rather than reuse a dead socket
            connection.close_if_unusable_or_obsolete()
        if job.tries >= settings.JOB_MAX_TRIES:
            deliver.fail(
                job_run,
                stage=job.status,
                reason=(
                    f"We couldn't reach {service} at the {step} step, {job.tries} times in a "
                    f"row ({what}), so we stopped trying. Nothing was charged "
                    "and nothing was lost; submit the clip again in a few minutes."
                ),
            )
        else:
            services.job_requeue(
                job=job,
                why=(
                    f"{service[0].upper()}{service[1:]} did not answer at the {step} step "
                    f"({what}); the clip was queued again from that step."
                ),
            )
    except SERVICE_FAULTS as again:
        logger.warning("job %s left for the reaper: %s", job.pk, again)


def _hand_back(job_run: JobRun) -> None:
    """This worker is stopping: give the job back at its checkpoint for another worker (a
    clean hand-over: it doesn't count as an interrupted try)."""
    job = job_run.job
    services.job_requeue(
        job=job,
        why=(
            f"The worker was stopped (a deploy or a scale-down); another worker continues "
            f"from the {job.get_status_display().lower()} step."
        ),
        fresh_tries=True,
    )


def _walk(job_run: JobRun, *, lane: str | None) -> None:
    job = job_run.job
    while job.status not in TERMINAL_STATUSES:
        job_run.check_canceled()
        if stop_requested():
            _hand_back(job_run)
            return
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
