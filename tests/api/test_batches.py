"""Batches: bad files rejected with reasons while the rest run; zips read defensively."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from batches import intake
from batches import services as batch_services
from batches.models import Batch
from billing.models import LedgerEntry
from pipeline import services
from pipeline.models import Job, JobStatus
from tests.api.test_signed_links import make_clip
from tests.fixtures_pipeline import jpeg_bytes

pytestmark = pytest.mark.django_db


def _photo(i: int) -> bytes:
    return jpeg_bytes("astronaut", size=(300 + 8 * i, 300))


def _zip(entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _file(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


def _reasons(body: dict) -> dict[str, str]:
    return {r["name"]: r["reason"] for r in body["rejected"]}


def test_bad_files_are_rejected_with_reasons_and_the_rest_run(api, funded):
    files = [
        _file("one.jpg", _photo(1)),
        _file("two.jpg", _photo(2)),
        _file("notes.txt", b"hello, not a photo"),
        _file("tiny.jpg", jpeg_bytes("astronaut", size=(64, 64))),
        _file("three.jpg", _photo(3)),
    ]
    response = api.post(
        "/api/v1/batches", {"files": files, "prompt": "clouds drift", "duration_s": "2"}
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["total"] == 3 and len(body["items"]) == 3
    assert [i["file"] for i in body["items"]] == ["one.jpg", "two.jpg", "three.jpg"]
    assert all(i["status"] == "queued" and i["prompt"] == "clouds drift" for i in body["items"])
    reasons = _reasons(body)
    assert set(reasons) == {"notes.txt", "tiny.jpg"}
    assert "JPEG, PNG, WebP or HEIC" in reasons["notes.txt"]
    assert "256" in reasons["tiny.jpg"]
    jobs = Job.objects.filter(batch_id=body["id"])
    assert jobs.count() == 3 and all(j.workspace_id == funded.pk for j in jobs)
    held = LedgerEntry.objects.filter(workspace=funded, kind="hold", job_id__in=jobs.values("pk"))
    assert held.count() == 3 and body["credits"] == sum(j.credits for j in jobs)
    again = api.get(f"/api/v1/batches/{body['id']}").json()
    assert again["counts"] == {"queued": 3} and again["done"] == 0


def test_a_zip_with_a_csv_gives_each_photo_its_own_prompt_and_settings(api, funded):
    csv = (
        b"file,prompt,ratio,duration\n"
        b"a.jpg,pan left slowly,1:1,2\n"
        b"b.jpg,tilt up,3:2,2\n"
        b"missing.jpg,hello,,\n"
        b"c.jpg,,,4s\n"
    )
    archive = _zip(
        {
            "batch.csv": csv,
            "photos/a.jpg": _photo(1),
            "photos/b.jpg": _photo(2),
            "photos/c.jpg": _photo(3),
            "photos/d.jpg": _photo(4),
            "__MACOSX/photos/._a.jpg": b"junk",
        }
    )
    response = api.post(
        "/api/v1/batches", {"files": [_file("shoot.zip", archive)], "prompt": "make it come alive"}
    )
    assert response.status_code == 201, response.content
    body = response.json()
    jobs = {j.photo.original_name: j for j in Job.objects.filter(batch_id=body["id"])}
    assert set(jobs) == {"a.jpg", "c.jpg"}
    assert jobs["a.jpg"].prompt == "pan left slowly"
    assert jobs["a.jpg"].options["ratio"] == "1:1" and jobs["a.jpg"].options["duration_s"] == 2
    assert jobs["c.jpg"].prompt == "make it come alive" and jobs["c.jpg"].options["duration_s"] == 4
    reasons = _reasons(body)
    assert set(reasons) == {"b.jpg", "missing.jpg", "d.jpg"}
    assert "CSV line 3" in reasons["b.jpg"] and "Ratio" in reasons["b.jpg"]
    assert "isn't in the upload" in reasons["missing.jpg"]
    assert "Not listed in the CSV" in reasons["d.jpg"]


@pytest.mark.parametrize(
    ("entries", "words"),
    [
        ({"../../etc/evil.jpg": b"x"}, "unsafe path"),
        ({"ok/../../evil.jpg": b"x"}, "unsafe path"),
        ({"/abs/evil.jpg": b"x"}, "unsafe path"),
        ({"C:\\evil.jpg": b"x"}, "unsafe path"),
        ({"bomb.jpg": b"\x00" * (8 * 1024 * 1024)}, "zip bomb"),
        ({"inner.zip": b"PK\x05\x06" + b"\x00" * 18}, "Zips inside zips"),
        ({"a.csv": b"file\n", "b.csv": b"file\n"}, "CSV files"),
    ],
)
def test_unsafe_zips_are_rejected_whole(api, funded, entries, words):
    response = api.post("/api/v1/batches", {"files": [_file("evil.zip", _zip(entries))]})
    assert response.status_code == 422, response.content
    assert words in response.json()["error"]["message"]
    assert not Batch.objects.filter(workspace=funded).exists()


def test_a_zip_with_too_many_entries_is_rejected(api, funded):
    entries = {f"{i}.jpg": b"" for i in range(intake.MAX_ZIP_ENTRIES + 1)}
    response = api.post("/api/v1/batches", {"files": [_file("many.zip", _zip(entries))]})
    assert response.status_code == 422
    assert "Split it" in response.json()["error"]["message"]


def test_a_lying_zip_header_can_not_inflate_past_the_cap():
    archive = _zip({"big.jpg": b"\xff" * 100_000})
    with zipfile.ZipFile(io.BytesIO(archive)) as zf:
        info = zf.infolist()[0]
        assert len(intake._read_capped(zf, info, limit=1000)) == 1000


def test_a_batch_runs_within_the_concurrency_cap(funded, owner):
    funded.max_concurrent_jobs = 2
    funded.save(update_fields=["max_concurrent_jobs"])
    files = [(f"{i}.jpg", _photo(i)) for i in range(6)]
    batch = batch_services.batch_submit(
        workspace=funded, user=owner, files=files, prompt="drift", options=services.JobOptions()
    )
    assert batch.total == 6 and batch.rejected == []
    assert len(services.jobs_dispatch(workspace_id=funded.pk)) == 2
    assert Job.objects.filter(batch_id=batch.pk, dispatched_at__isnull=True).count() == 4
    assert services.jobs_dispatch(workspace_id=funded.pk) == []  # still 2 in flight


def test_dashboard_batch_shows_the_cost_first_then_progress_and_a_zip(owner, funded, client_for):
    client = client_for(owner, funded)
    page = client.get(reverse("batches"))
    assert page.status_code == 200
    upload = [_file("one.jpg", _photo(1)), _file("two.jpg", _photo(2)), _file("bad.gif", b"GIF8")]
    confirm = client.post(
        reverse("batches"),
        {
            "files": upload,
            "prompt": "sky drift",
            "ratio": "auto",
            "duration_s": "2",
            "resolution": "540p",
        },
    )
    assert confirm.status_code == 200
    html = confirm.content.decode()
    cost = 2 * services.job_cost(options=services.JobOptions(duration_s=2, resolution="540p"))
    assert f"Start 2 clips · {cost} credits" in html
    assert not Batch.objects.filter(workspace=funded).exists()  # nothing runs before confirm
    token = confirm.context["token"]
    started = client.post(reverse("batch_confirm"), {"token": token, "action": "start"})
    batch = Batch.objects.get(workspace=funded)
    assert started.status_code == 302 and started["Location"] == reverse(
        "batch_detail", args=[batch.pk]
    )
    assert batch.total == 2 and batch.credits == cost
    assert [r["name"] for r in batch.rejected] == ["bad.gif"]
    detail = client.get(started["Location"]).content.decode()
    assert "bad.gif" in detail and "hx-get" in detail and "0 / 2" in detail
    # Deliver both and download them as one zip.
    for i, job in enumerate(Job.objects.filter(batch_id=batch.pk).order_by("created_at")):
        Job.objects.filter(pk=job.pk).update(status=JobStatus.DELIVERED)
        make_clip(job, f"clip-{i}".encode() * 100)
    live = client.get(reverse("batch_live", args=[batch.pk])).content.decode()
    assert "hx-get" not in live and "2 / 2" in live
    response = client.get(reverse("batch_download", args=[batch.pk]))
    assert response.status_code == 200 and response.streaming
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        assert sorted(archive.namelist()) == ["one.mp4", "two.mp4"]
        assert archive.read("one.mp4") == b"clip-0" * 100


def test_canceling_at_the_confirm_step_runs_nothing(owner, funded, client_for):
    client = client_for(owner, funded)
    confirm = client.post(
        reverse("batches"),
        {
            "files": [_file("one.jpg", _photo(1))],
            "ratio": "auto",
            "duration_s": "2",
            "resolution": "540p",
        },
    )
    token = confirm.context["token"]
    client.post(reverse("batch_confirm"), {"token": token, "action": "cancel"})
    assert not Batch.objects.filter(workspace=funded).exists()
    again = client.post(reverse("batch_confirm"), {"token": token, "action": "start"})
    assert again.status_code == 302 and not Batch.objects.filter(workspace=funded).exists()
