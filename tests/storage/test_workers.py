"""Workers anywhere: a worker that shares only PostgreSQL, Redis and the bucket delivers a job
submitted through the web; the lanes keep light work moving through a render burst; SIGTERM
hands a job back at its checkpoint with nothing done or charged twice."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from billing.models import LedgerEntry
from engine.options import JobOptions
from pipeline import services
from pipeline.models import Attempt, AttemptStatus, Clip, Job, JobEvent, JobStatus
from saas.celery import app
from tests.fixtures_pipeline import wait_for
from tests.storage.conftest import Bucket

pytestmark = [pytest.mark.worker, pytest.mark.xdist_group("worker")]

MEDIA_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".mp4", ".mov"}


def _status(job: Job) -> str:
    return Job.objects.values_list("status", flat=True).get(pk=job.pk)


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _secrets(directory: Path) -> dict[str, str]:
    """The signing chain, provisioned to the other machine like any secret (not shared disk)."""
    from pipeline.engine_config import signing_material

    material = signing_material()
    directory.mkdir(parents=True, exist_ok=True)
    files = {"chain.pem": material.chain_pem, "key.pem": material.key_pem}
    files["root.pem"] = material.root_pem or b""
    for name, data in files.items():
        (directory / name).write_bytes(data)
    return {
        "C2PA_CERT_FILE": str(directory / "chain.pem"),
        "C2PA_KEY_FILE": str(directory / "key.pem"),
        "C2PA_ROOT_FILE": str(directory / "root.pem"),
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
    }


def test_a_worker_sharing_only_the_services_delivers_a_job_submitted_through_the_web(
    start_worker, bucket: Bucket, funded, owner, client_for, coffee_jpeg, tmp_path
):
    from engine.provenance.reading import verify_file
    from pipeline.engine_config import trust_anchor

    web_media = Path(os.environ["STILLMOTION_VAR_DIR"]) / "media"
    home = tmp_path / "machine-b"
    worker = start_worker(
        home=home, extra_env={**bucket.env, **_secrets(tmp_path / "machine-b-secrets")}
    )
    client = client_for(owner, funded)
    upload = SimpleUploadedFile("coffee.jpg", coffee_jpeg, content_type="image/jpeg")
    form = {
        "photos": [upload],
        "prompt": "gentle pan right",
        "ratio": "1:1",
        "duration_s": "2",
        "resolution": "540p",
        "consent": "on",
    }
    assert client.post(reverse("clips_create"), form).status_code == 302
    job = Job.objects.get(workspace=funded)
    wait_for(
        lambda: _status(job) in (JobStatus.DELIVERED, JobStatus.FAILED),
        timeout=120,
        what=worker.log()[-3000:],
    )
    job.refresh_from_db()
    assert job.status == JobStatus.DELIVERED, job.failure_reason
    clip = Clip.objects.get(job=job)
    assert clip.video.name in bucket.objects()

    # The clip downloads through the app: a range first (the player), then the whole file.
    url = reverse("clip_media", args=[clip.pk, "video"])
    part = client.get(url, HTTP_RANGE="bytes=0-1023")
    assert part.status_code == 206
    assert part["Content-Range"] == f"bytes 0-1023/{clip.size_bytes}"
    head = b"".join(part.streaming_content)
    assert len(head) == 1024
    whole = b"".join(client.get(url).streaming_content)
    assert whole[:1024] == head and len(whole) == clip.size_bytes
    downloaded = Path(tempfile.mkdtemp()) / "clip.mp4"
    downloaded.write_bytes(whole)
    verdict = verify_file(downloaded, trust_anchor_pem=trust_anchor())
    assert verdict.state == "Trusted"
    assert verdict.manifest.job["job_id"] == str(job.pk)

    # Neither machine's disk holds media: the web's media folder has nothing of this
    # workspace (other xdist workers write their own files there meanwhile), and the
    # worker's home holds no photo or clip (its job folders are gone with the job).
    assert [p for p in _files(web_media) if str(funded.pk) in str(p)] == []
    worker.stop()
    leftovers = [p for p in _files(home) if p.suffix.lower() in MEDIA_SUFFIXES]
    assert leftovers == []
    assert not list((home / "tmp").glob("sm-job-*"))
    assert not (home / "var" / "media").exists()


def test_every_task_but_the_render_lane_is_routed_to_light():
    app.loader.import_default_modules()
    routed = {
        name: app.amqp.router.route({}, name)["queue"].name
        for name in app.tasks
        if not name.startswith("celery.")
    }
    assert routed.pop("pipeline.tasks.run_job_render") == "render"
    assert {name for name in routed if name.startswith("webhooks.")}
    assert set(routed.values()) == {"light"}


def _submit(workspace, user, jpeg: bytes, prompt: str, options: JobOptions) -> Job:
    photo = services.photo_upload(
        workspace=workspace, user=user, data=jpeg, filename=f"{prompt}.jpg", consent=True
    )
    return services.job_submit(
        workspace=workspace, user=user, photo=photo, prompt=prompt, options=options
    )


def _gated(job: Job) -> bool:
    return Job.objects.filter(
        pk=job.pk,
        status__in=[
            JobStatus.GENERATING,
            JobStatus.VERIFYING,
            JobStatus.FINALIZING,
            JobStatus.DELIVERED,
        ],
    ).exists()


def test_a_burst_of_renders_does_not_delay_the_light_lane(
    start_worker, funded, owner, coffee_jpeg, astronaut_jpeg
):
    from tests.fixtures_pipeline import jpeg_bytes

    light = start_worker(queues="light", name=f"light-{os.getpid()}@%h")
    render = start_worker(queues="render", name=f"render-{os.getpid()}@%h")
    light.wait_ready()
    render.wait_ready()
    # Four long renders (1080p, 6 s: each keeps the one render worker busy for a while).
    heavy = JobOptions(ratio="16:9", duration_s=6, resolution="1080p")
    photos = [coffee_jpeg, astronaut_jpeg, jpeg_bytes("chelsea"), jpeg_bytes("rocket")]
    burst = [
        _submit(funded, owner, jpeg, f"slow push in {i}", heavy) for i, jpeg in enumerate(photos)
    ]
    wait_for(lambda: all(_gated(job) for job in burst), timeout=120, what=light.log()[-2000:])
    late = _submit(
        funded, owner, jpeg_bytes("camera"), "gentle pan right", JobOptions(duration_s=2)
    )
    wait_for(lambda: _gated(late), timeout=60, what=light.log()[-2000:])
    # The late job was parsed and gated while the burst still had most of its renders to do:
    # its light stages did not queue behind them.
    waiting = Job.objects.filter(pk__in=[j.pk for j in burst]).exclude(status=JobStatus.DELIVERED)
    assert waiting.count() >= 3, render.log()[-2000:]
    assert JobEvent.objects.filter(job=late, stage="gating").exists()


def test_sigterm_lets_the_render_stage_finish_and_hands_the_job_back_at_its_checkpoint(
    start_worker, funded, owner, astronaut_jpeg
):
    light = start_worker(queues="light", name=f"light-{os.getpid()}@%h")
    # prefork, as in production: SIGTERM reaches the main process, the render runs in a child.
    first = start_worker(queues="render", pool="prefork", name=f"first-{os.getpid()}@%h")
    light.wait_ready()
    first.wait_ready()
    job = _submit(
        funded,
        owner,
        astronaut_jpeg,
        "slow push in",
        JobOptions(ratio="16:9", duration_s=8, resolution="1080p"),
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

    wait_for(rendering, timeout=120, what=first.log()[-2000:])
    first.terminate()
    first.process.wait(timeout=300)
    assert first.process.returncode == 0, first.log()[-3000:]
    assert "Warm shutdown" in first.log()
    row = Job.objects.get(pk=job.pk)
    # The render that was running finished and was kept; the job waits at its checkpoint.
    assert row.status in (JobStatus.GENERATING, JobStatus.VERIFYING), row.failure_reason
    assert row.claimed_by == ""
    assert JobEvent.objects.filter(job=job, message__contains="The worker was stopped").exists()
    assert not Clip.objects.filter(job=job).exists()
    assert not LedgerEntry.objects.filter(job_id=job.pk, kind="capture").exists()

    second = start_worker(queues="render", name=f"second-{os.getpid()}@%h")
    wait_for(lambda: _status(job) == JobStatus.DELIVERED, timeout=240, what=second.log()[-3000:])
    assert Clip.objects.filter(job=job).count() == 1
    assert Attempt.objects.filter(job=job, status=AttemptStatus.SUCCEEDED).count() == 1
    assert not Attempt.objects.filter(job=job, status=AttemptStatus.ABANDONED).exists()
    kinds = sorted(LedgerEntry.objects.filter(job_id=job.pk).values_list("kind", flat=True))
    assert kinds == ["capture", "hold"]
