"""Real Celery workers over Redis against PostgreSQL: delivery, and surviving a SIGKILL."""

from __future__ import annotations

import pytest
from django.utils import timezone

from billing.models import LedgerEntry
from engine.options import JobOptions
from pipeline import services
from pipeline.models import Clip, Job, JobEvent, JobStatus
from pipeline.tasks import reap_stuck_jobs
from tests.fixtures_pipeline import wait_for

pytestmark = [pytest.mark.worker, pytest.mark.xdist_group("worker")]


def _status(job: Job) -> str:
    return Job.objects.values_list("status", flat=True).get(pk=job.pk)


def test_a_submitted_job_is_dispatched_and_delivered_by_a_worker(
    start_worker, funded, owner, coffee_jpeg
):
    worker = start_worker()
    photo = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg")
    job = services.job_submit(
        workspace=funded,
        user=owner,
        photo=photo,
        prompt="gentle pan right",
        options=JobOptions(ratio="1:1", duration_s=2, resolution="540p"),
    )
    wait_for(lambda: _status(job) == JobStatus.DELIVERED, timeout=90, what=worker.log()[-2000:])
    assert Clip.objects.filter(job=job).count() == 1
    assert LedgerEntry.objects.filter(job_id=job.pk, kind="capture").count() == 1


def test_a_job_survives_its_worker_being_killed_mid_render(
    start_worker, funded, owner, astronaut_jpeg
):
    first = start_worker()
    photo = services.photo_upload(
        workspace=funded, user=owner, data=astronaut_jpeg, filename="a.jpg", consent=True
    )
    job = services.job_submit(
        workspace=funded,
        user=owner,
        photo=photo,
        prompt="slow push in",
        options=JobOptions(ratio="16:9", duration_s=8, resolution="1080p"),
    )

    def rendering() -> bool:
        """The render lane holds the job: claimed after the gate handed it over."""
        row = Job.objects.values("status", "claimed_by", "claimed_at").get(pk=job.pk)
        gated = JobEvent.objects.filter(job=job, stage="gating").values_list(
            "created_at", flat=True
        )
        return (
            row["status"] == JobStatus.GENERATING
            and bool(row["claimed_by"])
            and bool(gated)
            and row["claimed_at"] > gated[0]
        )

    wait_for(rendering, timeout=90, what="rendering to start")
    first.kill()  # SIGKILL mid-render: no ack, no cleanup, no finally blocks
    assert _status(job) == JobStatus.GENERATING
    assert not Clip.objects.filter(job=job).exists()

    second = start_worker()
    stale_after = 3.5  # the test settings' JOB_STALE_AFTER_S plus a margin

    def heartbeat_is_stale() -> bool:
        beat = Job.objects.values_list("heartbeat_at", flat=True).get(pk=job.pk)
        return (timezone.now() - beat).total_seconds() > stale_after

    wait_for(heartbeat_is_stale, timeout=30, what="the dead worker's heartbeat to go stale")
    reap_stuck_jobs.delay()  # what beat runs periodically; the new worker executes it
    wait_for(lambda: _status(job) == JobStatus.DELIVERED, timeout=120, what=second.log()[-3000:])

    job.refresh_from_db()
    assert job.tries == 2
    assert Clip.objects.filter(job=job).count() == 1
    kinds = sorted(LedgerEntry.objects.filter(job_id=job.pk).values_list("kind", flat=True))
    assert kinds == ["capture", "hold"]
    assert JobEvent.objects.filter(job=job, message__contains="stopped responding").exists()


def test_cancel_stops_a_render_between_frames(
    start_worker, funded, owner, astronaut_jpeg, tmp_path
):
    """A long render is interrupted by cancel: it ends canceled, nothing rendered is kept,
    nothing is charged (before, a render ran to its end whatever cancel said)."""
    # The worker's temp dir is ours to watch: the render's folder appears only once the
    # motion engine is under way (a status alone races the check made before each stage).
    worker = start_worker(extra_env={"TMPDIR": str(tmp_path)})
    photo = services.photo_upload(
        workspace=funded, user=owner, data=astronaut_jpeg, filename="a.jpg", consent=True
    )
    job = services.job_submit(
        workspace=funded,
        user=owner,
        photo=photo,
        prompt="slow push in, snow falls, petals drift",
        options=JobOptions(ratio="16:9", duration_s=10, resolution="1080p"),
    )

    def rendering() -> bool:
        return any(tmp_path.glob("sm-job-*/render-*"))

    wait_for(rendering, timeout=90, what="rendering to start")
    services.job_cancel(workspace=funded, job=job, user=owner)
    wait_for(lambda: _status(job) == JobStatus.CANCELED, timeout=60, what=worker.log()[-2000:])
    assert not Clip.objects.filter(job=job).exists()
    assert not job.attempts.exclude(output="").exists()  # the render never finished
    kinds = sorted(LedgerEntry.objects.filter(job_id=job.pk).values_list("kind", flat=True))
    assert kinds == ["hold", "release"]
    assert JobEvent.objects.filter(job=job, message__contains="while rendering").exists()
