"""The durable flow, run in-process against PostgreSQL: stages, checkpoints, idempotency."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone

from billing.models import LedgerEntry
from billing.selectors import credit_balance
from engine.options import JobOptions
from pipeline import services
from pipeline.errors import JobRejected
from pipeline.flow import runner
from pipeline.models import Attempt, AttemptStatus, Clip, Job, JobEvent, JobStatus
from saas.errors import ApplicationError

pytestmark = pytest.mark.django_db

SMALL = JobOptions(ratio="1:1", duration_s=2, resolution="540p")


def _submit(workspace, user, jpeg: bytes, prompt: str = "slow push in", options=SMALL) -> Job:
    photo = services.photo_upload(
        workspace=workspace, user=user, data=jpeg, filename="p.jpg", consent=True
    )
    return services.job_submit(
        workspace=workspace, user=user, photo=photo, prompt=prompt, options=options
    )


def _local_copy(field) -> Path:
    path = Path(tempfile.mkdtemp()) / Path(field.name).name
    with default_storage.open(field.name, "rb") as src:
        path.write_bytes(src.read())
    return path


def test_delivered_job_has_one_signed_labelled_clip_and_costs_its_price(funded, owner, coffee_jpeg):
    from engine.motion.encode import probe
    from engine.provenance.reading import verify_file
    from pipeline.engine_config import trust_anchor

    before = credit_balance(workspace=funded)
    job = _submit(funded, owner, coffee_jpeg)
    assert credit_balance(workspace=funded) == before - job.credits  # held at submission
    runner.run(str(job.pk), lane=None)
    job.refresh_from_db()
    assert job.status == JobStatus.DELIVERED, job.failure_reason
    clip = Clip.objects.get(job=job)
    video = _local_copy(clip.video)
    info = probe(video)
    assert (info.codec, info.pix_fmt, info.width, info.height) == ("h264", "yuv420p", 540, 540)
    assert info.frames == 48
    verdict = verify_file(video, trust_anchor_pem=trust_anchor())
    assert verdict.state == "Trusted"
    assert verdict.manifest.job["job_id"] == str(job.pk)
    assert credit_balance(workspace=funded) == before - job.credits
    kinds = list(
        LedgerEntry.objects.filter(job_id=job.pk).order_by("id").values_list("kind", flat=True)
    )
    assert kinds == ["hold", "capture"]
    stages = set(JobEvent.objects.filter(job=job).values_list("stage", flat=True))
    assert {"queued", "parsing", "gating", "generating", "verifying", "finalizing"} <= stages


def test_running_a_finished_job_again_changes_nothing(funded, owner, coffee_jpeg):
    job = _submit(funded, owner, coffee_jpeg)
    runner.run(str(job.pk), lane=None)
    balance = credit_balance(workspace=funded)
    assert runner.run(str(job.pk), lane=None) is None  # a redelivered task finds nothing to do
    assert Clip.objects.filter(job=job).count() == 1
    assert LedgerEntry.objects.filter(job_id=job.pk, kind="capture").count() == 1
    assert credit_balance(workspace=funded) == balance


def test_a_job_resumes_at_its_stage_after_a_worker_died(funded, owner, coffee_jpeg):
    job = _submit(funded, owner, coffee_jpeg)
    # A worker parsed the prompt, started rendering and died: the claim went stale.
    runner.run(str(job.pk), lane="light")
    Attempt.objects.create(
        job=job, workspace=funded, number=1, provider="local", status=AttemptStatus.RUNNING
    )
    Job.objects.filter(pk=job.pk).update(
        claimed_by="dead-worker", heartbeat_at=timezone.now() - timezone.timedelta(minutes=5)
    )
    runner.run(str(job.pk), lane=None)
    job.refresh_from_db()
    assert job.status == JobStatus.DELIVERED
    statuses = list(
        Attempt.objects.filter(job=job).order_by("number").values_list("status", flat=True)
    )
    assert statuses[0] == AttemptStatus.ABANDONED
    assert statuses[-1] == AttemptStatus.SUCCEEDED
    assert JobEvent.objects.filter(job=job, stage="parsing").count() == 1  # not parsed twice
    assert Clip.objects.filter(job=job).count() == 1


def test_a_live_claim_is_not_taken_over(funded, owner, coffee_jpeg):
    job = _submit(funded, owner, coffee_jpeg)
    Job.objects.filter(pk=job.pk).update(claimed_by="alive", heartbeat_at=timezone.now())
    assert runner.run(str(job.pk), lane=None) is None
    job.refresh_from_db()
    assert job.status == JobStatus.QUEUED


def test_cancel_before_start_releases_credits(funded, owner, coffee_jpeg):
    before = credit_balance(workspace=funded)
    job = _submit(funded, owner, coffee_jpeg)
    services.job_cancel(workspace=funded, job=job, user=owner)
    job.refresh_from_db()
    assert job.status == JobStatus.CANCELED
    assert credit_balance(workspace=funded) == before
    assert runner.run(str(job.pk), lane=None) is None


def test_cancel_requested_while_running_stops_at_next_checkpoint(funded, owner, coffee_jpeg):
    before = credit_balance(workspace=funded)
    job = _submit(funded, owner, coffee_jpeg)
    Job.objects.filter(pk=job.pk).update(status=JobStatus.PARSING, claimed_by="x")
    services.job_cancel(workspace=funded, job=Job.objects.get(pk=job.pk), user=owner)
    Job.objects.filter(pk=job.pk).update(claimed_by="")
    runner.run(str(job.pk), lane=None)
    job.refresh_from_db()
    assert job.status == JobStatus.CANCELED
    assert not Attempt.objects.filter(job=job).exists()
    assert credit_balance(workspace=funded) == before


def test_reaper_requeues_stale_jobs_and_fails_those_out_of_tries(funded, owner, coffee_jpeg):
    stale = timezone.now() - timezone.timedelta(minutes=10)
    fresh = _submit(funded, owner, coffee_jpeg)
    worn = _submit(funded, owner, coffee_jpeg, prompt="pan left")
    Job.objects.filter(pk=fresh.pk).update(
        status=JobStatus.GENERATING,
        dispatched_at=stale,
        heartbeat_at=stale,
        tries=1,
        claimed_by="gone",
    )
    Job.objects.filter(pk=worn.pk).update(
        status=JobStatus.GENERATING,
        dispatched_at=stale,
        heartbeat_at=stale,
        tries=3,
        claimed_by="gone",
    )
    result = services.jobs_reap()
    assert result == {"requeued": 1, "failed": 1}
    fresh.refresh_from_db()
    worn.refresh_from_db()
    assert fresh.claimed_by == "" and fresh.status == JobStatus.GENERATING
    assert worn.status == JobStatus.FAILED
    assert "rendering step stopped 3 times" in worn.failure_reason
    assert LedgerEntry.objects.filter(job_id=worn.pk, kind="release").count() == 1


def test_dispatch_respects_each_workspace_cap(
    funded, owner, coffee_jpeg, astronaut_jpeg, other_workspace, other_owner
):
    from billing.services import credits_adjust

    funded.max_concurrent_jobs = 2
    funded.save()
    photo = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg")
    services.jobs_submit(
        workspace=funded, user=owner, photos=[photo] * 1, prompt="a", options=SMALL
    )
    for _ in range(5):
        services.job_submit(workspace=funded, user=owner, photo=photo, prompt="b", options=SMALL)
    credits_adjust(workspace=other_workspace, credits=50, reason="t", operator=other_owner)
    other_photo = services.photo_upload(
        workspace=other_workspace,
        user=other_owner,
        data=astronaut_jpeg,
        filename="a.jpg",
        consent=True,
    )
    single = services.job_submit(
        workspace=other_workspace, user=other_owner, photo=other_photo, prompt="", options=SMALL
    )
    assert len(services.jobs_dispatch(workspace_id=funded.pk)) == 2
    assert services.jobs_dispatch(workspace_id=funded.pk) == []  # at the cap
    assert services.jobs_dispatch(workspace_id=other_workspace.pk) == [str(single.pk)]


def test_suspended_workspace_can_not_submit(funded, owner, coffee_jpeg):
    from accounts.services import workspace_suspend

    photo = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg")
    workspace_suspend(workspace=funded, reason="Abuse.")
    with pytest.raises(JobRejected, match="suspended"):
        services.job_submit(workspace=funded, user=owner, photo=photo, prompt="", options=SMALL)
    assert not Job.objects.exists()


def test_not_enough_credits_queues_nothing_and_holds_nothing(workspace, owner, coffee_jpeg):
    photo = services.photo_upload(
        workspace=workspace, user=owner, data=coffee_jpeg, filename="c.jpg"
    )
    balance = credit_balance(workspace=workspace)
    big = JobOptions(ratio="16:9", duration_s=10, resolution="1080p")
    count = balance // services.job_cost(options=big) + 1
    with pytest.raises(ApplicationError):  # a quota or a balance refusal, in plain words
        services.jobs_submit(
            workspace=workspace, user=owner, photos=[photo] * count, prompt="", options=big
        )
    assert not Job.objects.exists()
    assert credit_balance(workspace=workspace) == balance


def test_identical_request_is_parsed_once(funded, owner, coffee_jpeg):
    first = _submit(funded, owner, coffee_jpeg, prompt="clouds drift, 3 seconds")
    second = _submit(funded, owner, coffee_jpeg, prompt="clouds drift, 3 seconds")
    runner.run(str(first.pk), lane="light")
    runner.run(str(second.pk), lane="light")
    details = [
        JobEvent.objects.get(job=j, stage="parsing").details["cached"] for j in (first, second)
    ]
    assert details == [False, True]
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.spec == second.spec
