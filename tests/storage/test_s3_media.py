"""Media in a private S3 bucket (moto's server over HTTP): uploads, the flow, ranges,
presigned links, and what a failing or slow bucket does to a job."""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse

from batches import services as batch_services
from batches.models import BatchStatus
from billing.models import LedgerEntry
from engine.options import JobOptions
from pipeline import links, media, services
from pipeline.flow import runner
from pipeline.models import Attempt, AttemptStatus, Clip, Job, JobEvent, JobStatus
from saas.settings.storage import s3_media
from tests.fixtures_pipeline import jpeg_bytes
from tests.storage.conftest import KEY, REGION, SECRET, Bucket
from tests.storage.s3_proxy import Faults, FaultyS3Proxy

pytestmark = pytest.mark.django_db

SMALL = JobOptions(ratio="1:1", duration_s=2, resolution="540p")


def _local_media_files(workspace) -> list[Path]:
    """This workspace's files in the local media folders of this machine (the embedded
    storage's place). Other xdist workers write their own files there meanwhile, so only
    paths naming this workspace count."""
    media_dir = Path(os.environ["STILLMOTION_VAR_DIR"]) / "media"
    return sorted(p for p in media_dir.rglob("*") if p.is_file() and str(workspace.pk) in str(p))


def _delivered(workspace, user, jpeg: bytes) -> Job:
    photo = services.photo_upload(
        workspace=workspace, user=user, data=jpeg, filename="p.jpg", consent=True
    )
    job = services.job_submit(
        workspace=workspace, user=user, photo=photo, prompt="slow push in", options=SMALL
    )
    runner.run(str(job.pk), lane=None)
    job.refresh_from_db()
    return job


def test_uploads_and_clips_go_to_the_bucket_and_not_to_this_disk(
    bucket: Bucket, funded, owner, coffee_jpeg
):
    from engine.provenance.reading import verify_file
    from pipeline.engine_config import trust_anchor

    assert _local_media_files(funded) == []
    job = _delivered(funded, owner, coffee_jpeg)
    assert job.status == JobStatus.DELIVERED, job.failure_reason
    keys = bucket.objects()
    photo_dir = f"photos/{funded.pk}/{job.photo_id}/"
    clip_dir = f"clips/{funded.pk}/{job.pk}/"
    assert {f"{photo_dir}original.jpg", f"{photo_dir}thumb.jpg"} <= set(keys)
    assert {f"{clip_dir}clip.mp4", f"{clip_dir}poster.jpg", f"{clip_dir}attempt-1.mp4"} <= set(keys)
    assert _local_media_files(funded) == []
    # The object itself is the signed clip.
    body = bucket.client.get_object(Bucket=bucket.name, Key=f"{clip_dir}clip.mp4")["Body"].read()
    path = Path(tempfile.mkdtemp()) / "clip.mp4"
    path.write_bytes(body)
    assert verify_file(path, trust_anchor_pem=trust_anchor()).state == "Trusted"


def test_the_bucket_is_private(bucket: Bucket, funded, owner, coffee_jpeg):
    photo = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg")
    unsigned = httpx.get(f"{bucket.endpoint}/{bucket.name}/{photo.image.name}")
    assert unsigned.status_code == 403


def test_a_member_streams_a_clip_from_the_bucket_with_ranges(
    bucket: Bucket, funded, owner, client_for, coffee_jpeg
):
    job = _delivered(funded, owner, coffee_jpeg)
    clip = Clip.objects.get(job=job)
    whole_object = bucket.client.get_object(Bucket=bucket.name, Key=clip.video.name)["Body"].read()
    client = client_for(owner, funded)
    url = reverse("clip_media", args=[clip.pk, "video"])

    whole = client.get(url)
    assert whole.status_code == 200
    assert whole["Accept-Ranges"] == "bytes"
    assert b"".join(whole.streaming_content) == whole_object

    part = client.get(url, HTTP_RANGE="bytes=100-199")
    assert part.status_code == 206
    assert part["Content-Range"] == f"bytes 100-199/{len(whole_object)}"
    assert b"".join(part.streaming_content) == whole_object[100:200]

    # Safari first asks for two bytes, then seeks to the end (a suffix range).
    probe = client.get(url, HTTP_RANGE="bytes=0-1")
    assert b"".join(probe.streaming_content) == whole_object[:2]
    tail = client.get(url, HTTP_RANGE="bytes=-64")
    assert tail.status_code == 206
    assert b"".join(tail.streaming_content) == whole_object[-64:]

    beyond = client.get(url, HTTP_RANGE=f"bytes={len(whole_object) + 10}-")
    assert beyond.status_code == 416


def test_redirect_mode_sends_members_to_a_short_lived_presigned_url(
    bucket: Bucket, funded, owner, client_for, coffee_jpeg, other_workspace, other_owner
):
    job = _delivered(funded, owner, coffee_jpeg)
    clip = Clip.objects.get(job=job)
    with override_settings(MEDIA_DOWNLOAD_MODE="redirect"):
        response = client_for(owner, funded).get(reverse("clip_media", args=[clip.pk, "download"]))
        # Another workspace's member gets no link at all.
        rival = client_for(other_owner, other_workspace).get(
            reverse("clip_media", args=[clip.pk, "download"])
        )
    assert rival.status_code == 404
    assert response.status_code == 302
    assert response["Cache-Control"] == "private, no-store"
    location = response["Location"]
    query = parse_qs(urlsplit(location).query)
    assert location.startswith(f"{bucket.endpoint}/{bucket.name}/{clip.video.name}")
    assert query["X-Amz-Algorithm"] == ["AWS4-HMAC-SHA256"]
    assert query["X-Amz-Expires"] == [str(settings.MEDIA_PRESIGNED_TTL_S)]
    assert "attachment" in query["response-content-disposition"][0]
    # The browser follows it, range and all (moto checks no signature; ours are tested above).
    part = httpx.get(location, headers={"Range": "bytes=0-99"})
    assert part.status_code == 206
    assert len(part.content) == 100


def test_a_vendor_that_fetches_by_url_gets_a_presigned_bucket_url(
    bucket: Bucket, funded, owner, coffee_jpeg
):
    photo = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg")
    url = links.photo_link_for_provider(photo_id=str(photo.pk))
    query = parse_qs(urlsplit(url).query)
    assert url.startswith(f"{bucket.endpoint}/{bucket.name}/{photo.image.name}?")
    assert query["X-Amz-Expires"] == [str(links.PHOTO_LINK_TTL_S)]
    assert "X-Amz-Signature" in query
    fetched = httpx.get(url)
    assert fetched.status_code == 200
    stored = bucket.client.get_object(Bucket=bucket.name, Key=photo.image.name)["Body"].read()
    assert fetched.content == stored


def test_batch_staging_files_live_in_the_bucket(
    bucket: Bucket, funded, owner, django_capture_on_commit_callbacks
):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.jpg", jpeg_bytes("astronaut", size=(320, 320)))
    data = buffer.getvalue()
    upload = batch_services.Upload(name="shoot.zip", file=io.BytesIO(data), size=len(data))
    with django_capture_on_commit_callbacks(execute=True):
        batch = batch_services.batch_create(
            workspace=funded, user=owner, uploads=[upload], prompt="", options=JobOptions()
        )
    folder = f"batch-staging/{funded.pk}/{batch.pk}"
    assert bucket.objects(f"{folder}/") == [f"{folder}/upload/0000-shoot.zip"]
    with django_capture_on_commit_callbacks(execute=True):
        batch = batch_services.batch_unpack(batch_id=batch.pk)
    assert batch.status == BatchStatus.READY  # unpacked from the bucket, not a local disk
    assert bucket.objects(f"{folder}/") == [f"{folder}/items/0000-a.jpg"]
    with django_capture_on_commit_callbacks(execute=True):
        batch_services.batch_discard(workspace=funded, batch=batch)
    assert bucket.objects(f"batch-staging/{funded.pk}/") == []


# -- a bucket that fails or is slow -----------------------------------------------------------
def _through(proxy: FaultyS3Proxy, bucket: Bucket):  # type: ignore[no-untyped-def]
    storages = {
        **settings.STORAGES,
        "default": s3_media(
            bucket=bucket.name,
            endpoint_url=proxy.url,
            region=REGION,
            access_key=KEY,
            secret_key=SECRET,
        ),
    }
    return override_settings(STORAGES=storages)


@pytest.fixture
def fast_failing_client(monkeypatch):  # type: ignore[no-untyped-def]
    # botocore's own retry budget and timeouts, made short so the test is quick.
    monkeypatch.setenv("AWS_S3_MAX_ATTEMPTS", "2")
    monkeypatch.setenv("AWS_S3_READ_TIMEOUT_S", "0.5")
    monkeypatch.setenv("AWS_S3_CONNECT_TIMEOUT_S", "0.5")


def test_an_upload_to_a_failing_bucket_is_refused_in_plain_words(
    bucket: Bucket, fast_failing_client, funded, owner, coffee_jpeg
):
    with (
        FaultyS3Proxy(bucket.endpoint, Faults(fail_everything=True)) as proxy,
        _through(proxy, bucket),
        pytest.raises(media.StorageUnavailable) as caught,
    ):
        services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg")
    assert caught.value.status == 503
    assert "file storage did not answer" in caught.value.message
    assert "Nothing was uploaded or charged" in caught.value.message
    assert bucket.objects() == []


def test_a_failing_bucket_fails_the_job_with_a_clear_reason_and_charges_nothing(
    bucket: Bucket, fast_failing_client, funded, owner, coffee_jpeg
):
    photo = services.photo_upload(
        workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg", consent=True
    )
    job = services.job_submit(
        workspace=funded, user=owner, photo=photo, prompt="slow push in", options=SMALL
    )
    # Every write of a render fails: the job goes back to its checkpoint, up to its tries.
    faults = Faults(fail_writes_matching="/clips/")
    with FaultyS3Proxy(bucket.endpoint, faults) as proxy, _through(proxy, bucket):
        for _ in range(settings.JOB_MAX_TRIES):
            runner.run(str(job.pk), lane=None)
            job.refresh_from_db()
    assert job.status == JobStatus.FAILED
    assert "couldn't reach the file storage" in job.failure_reason
    assert "Nothing was charged" in job.failure_reason
    assert job.failure_stage == JobStatus.GENERATING
    requeued = JobEvent.objects.filter(job=job, message__contains="queued again").count()
    assert requeued == settings.JOB_MAX_TRIES - 1
    kinds = sorted(LedgerEntry.objects.filter(job_id=job.pk).values_list("kind", flat=True))
    assert kinds == ["hold", "release"]
    assert not Clip.objects.filter(job=job).exists()
    assert set(Attempt.objects.filter(job=job).values_list("error_class", flat=True)) == {
        "storage_unavailable"
    }
    assert bucket.objects(f"clips/{funded.pk}/{job.pk}/") == []


def test_a_clip_whose_write_failed_is_stored_on_the_retry_without_rendering_again(
    bucket: Bucket, fast_failing_client, funded, owner, coffee_jpeg
):
    photo = services.photo_upload(
        workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg", consent=True
    )
    job = services.job_submit(
        workspace=funded, user=owner, photo=photo, prompt="slow push in", options=SMALL
    )
    faults = Faults(fail_writes_matching="/clip.mp4")  # the signed clip, not the render
    with FaultyS3Proxy(bucket.endpoint, faults) as proxy, _through(proxy, bucket):
        runner.run(str(job.pk), lane=None)
        job.refresh_from_db()
        assert job.status == JobStatus.FINALIZING  # back at its checkpoint, render kept
        assert not Clip.objects.filter(job=job).exists()
        assert not LedgerEntry.objects.filter(job_id=job.pk, kind="capture").exists()
        faults.fail_writes_matching = ""  # the bucket is back
        runner.run(str(job.pk), lane=None)
    job.refresh_from_db()
    assert job.status == JobStatus.DELIVERED, job.failure_reason
    assert Clip.objects.filter(job=job).count() == 1
    assert Attempt.objects.filter(job=job, status=AttemptStatus.SUCCEEDED).count() == 1
    assert LedgerEntry.objects.filter(job_id=job.pk, kind="capture").count() == 1
    assert bucket.objects(f"clips/{funded.pk}/{job.pk}/clip") == [
        f"clips/{funded.pk}/{job.pk}/clip.mp4"
    ]


def test_a_slow_bucket_times_out_into_the_same_clear_failure(
    bucket: Bucket, fast_failing_client, funded, owner, coffee_jpeg
):
    photo = services.photo_upload(
        workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg", consent=True
    )
    job = services.job_submit(
        workspace=funded, user=owner, photo=photo, prompt="slow push in", options=SMALL
    )
    job.tries = settings.JOB_MAX_TRIES - 1  # its last try: the failure is final
    job.save(update_fields=["tries"])
    with FaultyS3Proxy(bucket.endpoint, Faults(delay_s=1.5)) as proxy, _through(proxy, bucket):
        runner.run(str(job.pk), lane=None)
    job.refresh_from_db()
    assert job.status == JobStatus.FAILED
    assert (
        "couldn't reach the file storage at the understanding the prompt step" in job.failure_reason
    )
    assert "Timeout" in job.failure_reason
    assert sorted(LedgerEntry.objects.filter(job_id=job.pk).values_list("kind", flat=True)) == [
        "hold",
        "release",
    ]


def test_a_member_gets_a_503_in_plain_words_when_the_bucket_is_down(
    bucket: Bucket, fast_failing_client, funded, owner, client_for, coffee_jpeg
):
    job = _delivered(funded, owner, coffee_jpeg)
    clip = Clip.objects.get(job=job)
    with (
        FaultyS3Proxy(bucket.endpoint, Faults(fail_everything=True)) as proxy,
        _through(proxy, bucket),
    ):
        response = client_for(owner, funded).get(reverse("clip_media", args=[clip.pk, "video"]))
    assert response.status_code == 503
    assert "file storage did not answer" in response.content.decode()
