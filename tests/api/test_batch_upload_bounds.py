"""Batch zips can't exhaust memory (issue 17, item 2): the plan and the size bounds are checked
from the headers before a byte of the body is read, uploads stream to staging, and zips are
expanded on a light worker, a chunk at a time, within the batch's and the workspace's bounds."""

from __future__ import annotations

import io
import os
import tracemalloc
import zipfile
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from batches import services as batch_services
from batches.models import Batch, BatchStatus
from pipeline import media
from pipeline.models import Job, Photo
from tests.api.test_batches import staged_files, stored_under
from tests.fixtures_pipeline import jpeg_bytes, wait_for

pytestmark = pytest.mark.django_db

MB = 1024 * 1024


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _bomb() -> bytes:
    """About a megabyte that unpacks to a gigabyte (the attack in the report)."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("bomb.jpg", "w", force_zip64=True) as entry,
    ):
        block = b"\0" * MB
        for _ in range(1024):
            entry.write(block)
    return buffer.getvalue()


def _photo_like(size: int) -> bytes:
    """JPEG magic, then bytes that compress about 2:1 (hex): no zip-bomb ratio."""
    return b"\xff\xd8\xff\xe0" + os.urandom(size // 2).hex().encode()[: size - 4]


def test_a_plan_without_batches_is_refused_before_the_body_is_read(owner, workspace, client_for):
    client = client_for(owner, workspace)  # the Free plan: one clip at a time
    bomb = _bomb()
    # The header claims far more than the body holds: reading the body would fail the request
    # (the test client refuses to read past what it sent), so a clean answer proves it wasn't.
    response = client.post(
        reverse("batches"),
        {"files": [SimpleUploadedFile("bomb.zip", bomb)]},
        CONTENT_LENGTH=str(5 * 1024 * MB),
    )
    assert response.status_code == 422
    assert "part of the Free plan" in response.content.decode()
    assert not Batch.objects.filter(workspace=workspace).exists()
    assert stored_under(f"batch-staging/{workspace.pk}") == []


def test_an_upload_over_the_batch_bound_is_refused_from_its_length(
    owner, funded, client_for, settings
):
    settings.BATCH_MAX_UPLOAD_BYTES = 2 * MB
    client = client_for(owner, funded)
    response = client.post(
        reverse("batches"),
        {"files": [SimpleUploadedFile("a.jpg", b"x")]},
        CONTENT_LENGTH=str(3 * MB),
    )
    assert response.status_code == 413
    assert "may upload up to 2 MB" in response.content.decode()
    assert not Batch.objects.filter(workspace=funded).exists()


def test_the_api_refuses_an_oversized_body_before_reading_it(api, funded, settings):
    settings.BATCH_MAX_UPLOAD_BYTES = 2 * MB
    response = api.post(
        "/api/v1/batches",
        {"files": [SimpleUploadedFile("a.jpg", b"x")]},
        CONTENT_LENGTH=str(3 * MB),
    )
    assert response.status_code == 413 and response.json()["error"]["code"] == "batch_too_large"
    assert not Batch.objects.filter(workspace=funded).exists()


def test_staged_uploads_are_bounded_per_workspace(owner, funded, client_for, settings):
    settings.BATCH_STAGED_BYTES_PER_WORKSPACE = 3 * MB
    client = client_for(owner, funded)
    upload = {"ratio": "auto", "duration_s": "2", "resolution": "540p"}
    first = client.post(
        reverse("batches"), {**upload, "files": [SimpleUploadedFile("a.jpg", _photo_like(2 * MB))]}
    )
    assert first.status_code == 302
    second = client.post(
        reverse("batches"), {**upload, "files": [SimpleUploadedFile("b.jpg", _photo_like(2 * MB))]}
    )
    assert second.status_code == 413 and "Start or cancel them first" in second.content.decode()
    assert Batch.objects.filter(workspace=funded).count() == 1
    waiting = Batch.objects.get(workspace=funded)
    batch_services.batch_discard(workspace=funded, batch=waiting)  # frees the room
    third = client.post(
        reverse("batches"), {**upload, "files": [SimpleUploadedFile("c.jpg", _photo_like(2 * MB))]}
    )
    assert third.status_code == 302


def test_a_zip_expanding_past_the_batch_bound_is_stopped_on_the_worker(
    api, funded, settings, django_capture_on_commit_callbacks
):
    settings.BATCH_MAX_UPLOAD_BYTES = 4 * MB  # the zip (about 3 MB) fits, its contents do not
    archive = _zip({f"{i}.jpg": _photo_like(int(1.5 * MB)) for i in range(4)})
    assert 2 * MB < len(archive) < 4 * MB
    response = api.post("/api/v1/batches", {"files": [SimpleUploadedFile("big.zip", archive)]})
    assert response.status_code == 202
    with django_capture_on_commit_callbacks(execute=True):
        batch = batch_services.batch_unpack(batch_id=response.json()["id"])
    assert batch is not None and batch.status == BatchStatus.REJECTED
    assert "may unpack to at most 4 MB" in batch.error
    assert staged_files(batch) == []  # what it had stored before the bound is gone
    assert not Photo.objects.filter(workspace=funded).exists()


def test_the_report_s_bomb_is_only_stored_by_the_web_and_refused_by_the_worker(
    api, funded, django_capture_on_commit_callbacks
):
    bomb = _bomb()
    response = api.post("/api/v1/batches", {"files": [SimpleUploadedFile("bomb.zip", bomb)]})
    assert response.status_code == 202 and response.json()["status"] == "unpacking"
    batch = Batch.objects.get(pk=response.json()["id"])
    assert staged_files(batch) == ["upload/0000-bomb.zip"]  # stored as sent, not expanded
    assert batch.upload_bytes == len(bomb) < 2 * MB
    tracemalloc.start()
    try:
        with django_capture_on_commit_callbacks(execute=True):
            batch_services.batch_unpack(batch_id=batch.pk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    batch.refresh_from_db()
    assert batch.status == BatchStatus.REJECTED and "zip bomb" in batch.error
    assert peak < 16 * MB, peak
    assert staged_files(batch) == []


def test_unpacking_streams_a_photo_at_a_time(api, funded, django_capture_on_commit_callbacks):
    archive = _zip({f"{i}.jpg": _photo_like(3 * MB) for i in range(8)})  # 24 MB of photos
    response = api.post(
        "/api/v1/batches", {"files": [SimpleUploadedFile("shoot.zip", archive)], "start": "false"}
    )
    tracemalloc.start()
    try:
        with django_capture_on_commit_callbacks(execute=True):
            batch = batch_services.batch_unpack(batch_id=response.json()["id"])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert batch is not None and batch.status == BatchStatus.READY
    assert len(batch.items) == 8 and batch.expanded_bytes == 8 * 3 * MB
    assert peak < 8 * MB, peak  # the old reader held all 24 MB at once
    assert len(staged_files(batch)) == 8  # the photos; the zip itself is gone


def test_quotes_nobody_confirms_are_discarded_and_orphans_swept(
    api, funded, django_capture_on_commit_callbacks
):
    # Earlier tests in this process leave staging folders whose rows rolled back; once
    # they are old enough they are orphans too. Sweep them first, so only ours are young.
    with django_capture_on_commit_callbacks(execute=True):
        batch_services.batches_sweep()
    photo = jpeg_bytes("astronaut", size=(320, 320))
    response = api.post(
        "/api/v1/batches", {"files": [SimpleUploadedFile("a.jpg", photo)], "start": "false"}
    )
    batch = Batch.objects.get(pk=response.json()["id"])
    batch_services.batch_unpack(batch_id=batch.pk)
    orphan = f"batch-staging/{funded.pk}/0f0f0f0f-0000-4000-8000-000000000000/upload/0000-x.jpg"
    media.save(orphan, SimpleUploadedFile("x.jpg", b"left over"))
    with django_capture_on_commit_callbacks(execute=True):
        now = batch_services.batches_sweep()
    assert now == {"expired": 0, "resumed": 0, "orphans": 0}  # all young: maybe mid-upload
    later = timezone.now() + timedelta(days=2)
    with django_capture_on_commit_callbacks(execute=True):
        swept = batch_services.batches_sweep(now=later)
    assert swept["expired"] == 1 and swept["orphans"] >= 1  # (earlier tests' leftovers too)
    batch.refresh_from_db()
    assert batch.status == BatchStatus.DISCARDED and "Never confirmed" in batch.error
    assert stored_under(f"batch-staging/{funded.pk}") == []


def test_a_stalled_unpacking_is_handed_back_to_a_worker(api, funded):
    photo = jpeg_bytes("astronaut", size=(320, 320))
    response = api.post("/api/v1/batches", {"files": [SimpleUploadedFile("a.jpg", photo)]})
    batch = Batch.objects.get(pk=response.json()["id"])
    Batch.objects.filter(pk=batch.pk).update(updated_at=timezone.now() - timedelta(hours=1))
    assert batch_services.batches_sweep()["resumed"] == 1
    batch.refresh_from_db()
    assert batch.updated_at > timezone.now() - timedelta(minutes=1)  # not handed back twice
    assert batch_services.batches_sweep()["resumed"] == 0


@pytest.mark.worker
@pytest.mark.xdist_group("worker")
def test_a_light_worker_unpacks_and_starts_an_api_batch(start_worker, funded, api):
    worker = start_worker(queues="light")
    photos = {f"{i}.jpg": jpeg_bytes("astronaut", size=(300 + 8 * i, 300)) for i in range(3)}
    response = api.post(
        "/api/v1/batches",
        {"files": [SimpleUploadedFile("shoot.zip", _zip(photos))], "duration_s": "2"},
    )
    assert response.status_code == 202, response.content
    batch_id = response.json()["id"]

    def started() -> bool:
        return Batch.objects.filter(pk=batch_id, status=BatchStatus.RUNNING).exists()

    wait_for(started, timeout=90, what=worker.log()[-2000:])
    body = api.get(f"/api/v1/batches/{batch_id}").json()
    assert body["total"] == 3 and sorted(i["file"] for i in body["items"]) == sorted(photos)
    assert Job.objects.filter(batch_id=batch_id).count() == 3
