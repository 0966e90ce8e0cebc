"""Batches: bad files rejected with reasons while the rest run; zips read defensively on a
worker; the quote comes before anything runs."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from batches import intake
from batches import services as batch_services
from batches.models import Batch, BatchStatus
from billing.models import LedgerEntry
from pipeline import media, services
from pipeline.models import Job, JobStatus, Photo
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


@pytest.fixture
def work(django_capture_on_commit_callbacks):  # type: ignore[no-untyped-def]
    """What the light worker does with a new batch: unpack it, and start it if it may (with
    what runs after each commit, such as removing the staged files)."""

    def run(batch_id: object) -> Batch:
        with django_capture_on_commit_callbacks(execute=True):
            batch_services.batch_unpack(batch_id=batch_id)
        with django_capture_on_commit_callbacks(execute=True):
            batch_services.batch_start(batch_id=batch_id)
        return Batch.objects.get(pk=batch_id)

    return run


def stored_under(root: str) -> list[str]:
    """Every stored file under `root` (names relative to it), whatever the storage."""

    def walk(folder: str) -> list[str]:
        folders, files = media.list_folder(folder)
        return [f"{folder}/{f}" for f in files] + [
            n for d in folders for n in walk(f"{folder}/{d}")
        ]

    return sorted(name.removeprefix(f"{root}/") for name in walk(root))


def staged_files(batch: Batch) -> list[str]:
    return stored_under(f"batch-staging/{batch.workspace_id}/{batch.pk}")


def test_bad_files_are_rejected_with_reasons_and_the_rest_run(work, api, funded):
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
    assert response.status_code == 202, response.content
    body = response.json()
    assert body["status"] == "unpacking" and body["items"] == []
    assert response["Location"] == f"/api/v1/batches/{body['id']}"
    assert not Job.objects.filter(batch_id=body["id"]).exists()  # nothing ran in the web
    work(body["id"])
    body = api.get(f"/api/v1/batches/{body['id']}").json()
    assert body["status"] == "running" and body["total"] == 3 and len(body["items"]) == 3
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
    assert body["counts"] == {"queued": 3} and body["done"] == 0
    assert staged_files(Batch.objects.get(pk=body["id"])) == []  # staging removed once started


def test_a_zip_with_a_csv_gives_each_photo_its_own_prompt_and_settings(work, api, funded):
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
    assert response.status_code == 202, response.content
    batch = work(response.json()["id"])
    jobs = {j.photo.original_name: j for j in Job.objects.filter(batch_id=batch.pk)}
    assert set(jobs) == {"a.jpg", "c.jpg"}
    assert jobs["a.jpg"].prompt == "pan left slowly"
    assert jobs["a.jpg"].options["ratio"] == "1:1" and jobs["a.jpg"].options["duration_s"] == 2
    assert jobs["c.jpg"].prompt == "make it come alive" and jobs["c.jpg"].options["duration_s"] == 4
    reasons = {r["name"]: r["reason"] for r in batch.rejected}
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
def test_unsafe_zips_are_refused_whole_on_the_worker(work, api, funded, entries, words):
    good = {"first.jpg": _photo(1)}  # stored before the bad entry is reached, then removed
    response = api.post("/api/v1/batches", {"files": [_file("evil.zip", _zip(good | entries))]})
    assert response.status_code == 202, response.content
    batch = work(response.json()["id"])
    assert batch.status == BatchStatus.REJECTED and words in batch.error
    body = api.get(f"/api/v1/batches/{batch.pk}").json()
    assert body["status"] == "rejected" and words in body["error"]
    assert not Job.objects.filter(workspace=funded).exists()
    assert not Photo.objects.filter(workspace=funded).exists()
    assert not LedgerEntry.objects.filter(workspace=funded, kind="hold").exists()
    assert staged_files(batch) == []


def test_a_zip_with_too_many_entries_is_refused(work, api, funded):
    entries = {f"{i}.jpg": b"" for i in range(intake.MAX_ZIP_ENTRIES + 1)}
    response = api.post("/api/v1/batches", {"files": [_file("many.zip", _zip(entries))]})
    batch = work(response.json()["id"])
    assert batch.status == BatchStatus.REJECTED and "Split it" in batch.error


def test_a_lying_zip_header_can_not_inflate_past_the_cap(tmp_path):
    archive = _zip({"big.jpg": b"\xff" * 100_000})
    budget = intake.ExpandBudget(limit=10**9, reason="too big")
    with zipfile.ZipFile(io.BytesIO(archive)) as zf:
        info = zf.infolist()[0]
        size = intake.inflate_capped(zf, info, tmp_path / "out", limit=1000, budget=budget)
    assert size == 1000 and (tmp_path / "out").stat().st_size == 1000 and budget.used == 1000


def test_a_batch_runs_within_the_concurrency_cap(work, api, funded):
    funded.max_concurrent_jobs = 2
    funded.save(update_fields=["max_concurrent_jobs"])
    files = [_file(f"{i}.jpg", _photo(i)) for i in range(6)]
    batch = work(api.post("/api/v1/batches", {"files": files, "prompt": "drift"}).json()["id"])
    assert batch.total == 6 and batch.rejected == []
    assert len(services.jobs_dispatch(workspace_id=funded.pk)) == 2
    assert Job.objects.filter(batch_id=batch.pk, dispatched_at__isnull=True).count() == 4
    assert services.jobs_dispatch(workspace_id=funded.pk) == []  # still 2 in flight


def test_the_api_can_wait_for_a_start_after_the_quote(work, api, funded):
    response = api.post(
        "/api/v1/batches",
        {"files": [_file("a.jpg", _photo(1)), _file("b.jpg", _photo(2))], "start": "false"},
    )
    batch_services.batch_unpack(batch_id=response.json()["id"])
    quote = api.get(f"/api/v1/batches/{response.json()['id']}").json()
    assert quote["status"] == "ready" and [q["file"] for q in quote["quote"]] == ["a.jpg", "b.jpg"]
    assert quote["quoted_credits"] == sum(q["credits"] for q in quote["quote"]) > 0
    assert not Job.objects.filter(workspace=funded).exists()
    started = api.post(f"/api/v1/batches/{quote['id']}/start")
    assert started.status_code == 202 and started.json()["status"] == "starting"
    again = api.post(f"/api/v1/batches/{quote['id']}/start")
    assert again.status_code == 409 and "already started" in again.json()["error"]["message"]
    batch = work(quote["id"])
    assert (
        batch.status == BatchStatus.RUNNING and Job.objects.filter(batch_id=batch.pk).count() == 2
    )


def test_the_api_can_cancel_before_the_start(api, funded, django_capture_on_commit_callbacks):
    response = api.post("/api/v1/batches", {"files": [_file("a.jpg", _photo(1))], "start": "false"})
    batch = Batch.objects.get(pk=response.json()["id"])
    batch_services.batch_unpack(batch_id=batch.pk)
    assert staged_files(batch) != []
    with django_capture_on_commit_callbacks(execute=True):
        canceled = api.post(f"/api/v1/batches/{batch.pk}/cancel")
    assert canceled.status_code == 200 and canceled.json()["status"] == "discarded"
    assert api.post(f"/api/v1/batches/{batch.pk}/start").status_code == 409
    assert staged_files(batch) == [] and not Job.objects.filter(workspace=funded).exists()


def test_dashboard_batch_shows_the_cost_first_then_progress_and_a_zip(owner, funded, client_for):
    client = client_for(owner, funded)
    page = client.get(reverse("batches"))
    assert page.status_code == 200 and "Up to 100 photos" in page.content.decode()
    upload = [_file("one.jpg", _photo(1)), _file("two.jpg", _photo(2)), _file("bad.gif", b"GIF8")]
    uploaded = client.post(
        reverse("batches"),
        {
            "files": upload,
            "prompt": "sky drift",
            "ratio": "auto",
            "duration_s": "2",
            "resolution": "540p",
        },
    )
    batch = Batch.objects.get(workspace=funded)
    assert uploaded.status_code == 302 and uploaded["Location"] == reverse(
        "batch_detail", args=[batch.pk]
    )
    unpacking = client.get(uploaded["Location"]).content.decode()
    assert "Unpacking your upload" in unpacking and "hx-get" in unpacking
    batch_services.batch_unpack(batch_id=batch.pk)
    quote = client.get(uploaded["Location"]).content.decode()
    cost = 2 * services.job_cost(options=services.JobOptions(duration_s=2, resolution="540p"))
    assert f"Start 2 clips · {cost} credits" in quote and "bad.gif" in quote
    assert "hx-get" not in quote  # the quote waits for the person, it doesn't poll
    assert not Job.objects.filter(workspace=funded).exists()  # nothing runs before confirm
    started = client.post(reverse("batch_confirm", args=[batch.pk]), {"action": "start"})
    assert started.status_code == 302 and started["Location"] == reverse(
        "batch_detail", args=[batch.pk]
    )
    assert "Starting 2 clips" in client.get(started["Location"]).content.decode()
    batch_services.batch_start(batch_id=batch.pk)
    batch.refresh_from_db()
    assert batch.status == BatchStatus.RUNNING and batch.total == 2 and batch.credits == cost
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


def test_canceling_at_the_quote_runs_nothing(
    owner, funded, client_for, django_capture_on_commit_callbacks
):
    client = client_for(owner, funded)
    client.post(
        reverse("batches"),
        {
            "files": [_file("one.jpg", _photo(1))],
            "ratio": "auto",
            "duration_s": "2",
            "resolution": "540p",
        },
    )
    batch = Batch.objects.get(workspace=funded)
    batch_services.batch_unpack(batch_id=batch.pk)
    with django_capture_on_commit_callbacks(execute=True):
        canceled = client.post(reverse("batch_confirm", args=[batch.pk]), {"action": "cancel"})
    assert canceled.status_code == 302
    batch.refresh_from_db()
    assert batch.status == BatchStatus.DISCARDED and staged_files(batch) == []
    again = client.post(reverse("batch_confirm", args=[batch.pk]), {"action": "start"}, follow=True)
    assert "Canceled before it started" in again.content.decode()
    assert not Job.objects.filter(workspace=funded).exists()
    assert not LedgerEntry.objects.filter(workspace=funded, kind="hold").exists()
