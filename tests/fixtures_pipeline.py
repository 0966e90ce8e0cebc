"""Fixtures for pipeline tests: real photos, and a real Celery worker process."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]


def jpeg_bytes(kind: str = "astronaut", size: tuple[int, int] | None = None) -> bytes:
    from PIL import Image
    from skimage import data

    image = Image.fromarray(getattr(data, kind)())
    if size:
        image = image.resize(size)
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


@pytest.fixture
def astronaut_jpeg() -> bytes:
    return jpeg_bytes("astronaut")


@pytest.fixture
def coffee_jpeg() -> bytes:
    return jpeg_bytes("coffee")


@pytest.fixture
def funded(workspace, owner):  # type: ignore[no-untyped-def]
    """A workspace on the Studio plan with 500 extra credits."""
    from billing.ledger import account_ensure
    from billing.models import BillingAccount, Plan
    from billing.services import credits_adjust

    account_ensure(workspace=workspace)
    BillingAccount.objects.filter(workspace=workspace).update(plan=Plan.objects.get(code="studio"))
    credits_adjust(workspace=workspace, credits=500, reason="tests", operator=owner)
    workspace.max_concurrent_jobs = 5
    workspace.save(update_fields=["max_concurrent_jobs"])
    return workspace


class WorkerProcess:
    """A real `celery worker` subprocess against this test's database and Redis.

    `home`: run it like a worker on another machine, with `home` as its working directory,
    var dir and temp dir (all empty at the start), sharing only PostgreSQL, Redis and what
    `extra_env` names (the bucket). `queues`, `pool`, `concurrency` as on the command line.
    """

    def __init__(
        self,
        *,
        extra_env: dict[str, str] | None = None,
        beat: bool = False,
        queues: str = "light,render",
        pool: str = "solo",
        concurrency: int = 1,
        name: str = "",
        home: Path | None = None,
    ) -> None:
        db = connection.settings_dict
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "saas.settings.test",
            "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
            "REDIS_URL": settings.REDIS_URL,
            "PYTHONUNBUFFERED": "1",
        }
        cwd = ROOT
        if home is not None:
            for sub in ("var", "tmp"):
                (home / sub).mkdir(parents=True, exist_ok=True)
            cwd = home
            env |= {
                "STILLMOTION_VAR_DIR": str(home / "var"),
                "TMPDIR": str(home / "tmp"),
                "PYTHONPATH": str(ROOT),  # the code, as an image would carry it
            }
        env |= extra_env or {}
        command = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "saas",
            "worker",
            "--pool",
            pool,
            "--concurrency",
            str(concurrency),
            "-Q",
            queues,
            "--without-gossip",
            "--without-mingle",
            "--loglevel",
            "INFO",
        ]
        if name:
            command += ["-n", name]
        logs = Path(os.environ.get("STILLMOTION_VAR_DIR", "/tmp")) / "worker-logs"
        self.log_path = logs / f"worker-{os.getpid()}-{id(self)}.log"
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=self._log, stderr=subprocess.STDOUT
        )

    def wait_ready(self, timeout: float = 90) -> None:
        wait_for(
            lambda: " ready." in self.log() or self.process.poll() is not None,
            timeout=timeout,
            what="the worker to start",
        )
        assert self.process.poll() is None, self.log()[-3000:]

    def terminate(self) -> None:
        """SIGTERM, as a deploy or a scale-down sends it: Celery's warm shutdown."""
        self.process.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        """SIGKILL: the worker dies mid-task without acknowledging or cleaning up."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
        self._log.close()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


@pytest.fixture
def start_worker(transactional_db: None) -> Iterator[Callable[..., WorkerProcess]]:
    import redis

    # A clean broker for this xdist process: nothing left over from an earlier test.
    redis.Redis.from_url(settings.REDIS_URL).flushdb()
    workers: list[WorkerProcess] = []

    def start(**kwargs: object) -> WorkerProcess:
        worker = WorkerProcess(**kwargs)  # type: ignore[arg-type]
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()


def wait_for(predicate: Callable[[], bool], *, timeout: float = 60, what: str = "") -> None:
    """Poll until `predicate()` holds; fail with `what` if it never does."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what or predicate}")


def wait_for_job_page_status(
    page: object, status: str, *, worker: WorkerProcess, timeout_s: float = 120
) -> None:
    """Wait until the job page shows `status`; on a timeout, fail with what the job and its
    worker were doing (a browser timeout alone says nothing about why)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    from pipeline.models import Job

    locator = page.locator(f"#job-status[data-status={status}]")  # type: ignore[attr-defined]
    try:
        locator.wait_for(timeout=timeout_s * 1000)
    except PlaywrightTimeout:
        lines = []
        for job in Job.objects.all():
            lines.append(
                f"job {job.pk}: {job.status} at {job.failure_stage!r} {job.failure_reason!r}"
            )
            lines += [
                f"  attempt {a.status} qa={a.qa_score} {a.qa_issues}" for a in job.attempts.all()
            ]
            lines += [f"  {e.stage} {e.status} {e.message}" for e in job.events.all()]
        shown = page.locator("#job-status").get_attribute("data-status")  # type: ignore[attr-defined]
        raise AssertionError(
            f"the page shows {shown!r}, not {status!r}, after {timeout_s:g} s\n"
            + "\n".join(lines)
            + "\n-- worker log (tail) --\n"
            + worker.log()[-4000:]
        ) from None
