"""Dashboard pages, uploads through the form, member-only media, and tenant isolation."""

from __future__ import annotations

import uuid

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from billing.selectors import credit_balance
from engine.options import JobOptions
from pipeline import services
from pipeline.flow import runner
from pipeline.models import Clip, Job, Photo
from tests.fixtures_pipeline import jpeg_bytes

pytestmark = pytest.mark.django_db

SMALL = JobOptions(ratio="1:1", duration_s=2, resolution="540p")


def _form(*files: SimpleUploadedFile, **fields: object) -> dict:
    return {
        "photos": list(files),
        "prompt": "slow push in",
        "ratio": "1:1",
        "duration_s": "2",
        "resolution": "540p",
        "consent": "on",
        **fields,
    }


def _stored_files(workspace) -> list[str]:
    found: list[str] = []

    def walk(path: str) -> None:
        if not default_storage.exists(path or "."):
            return
        dirs, files = default_storage.listdir(path or ".")
        found.extend(f"{path}/{f}" for f in files)
        for d in dirs:
            walk(f"{path}/{d}" if path else d)

    walk(f"photos/{workspace.pk}")
    return found


def test_upload_and_submit_redirects_to_the_job(client_for, owner, funded, coffee_jpeg):
    client = client_for(owner, funded)
    upload = SimpleUploadedFile("coffee.jpg", coffee_jpeg, content_type="image/jpeg")
    response = client.post(reverse("clips_create"), _form(upload))
    job = Job.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("job_detail", args=[job.pk])
    assert job.prompt == "slow push in"
    assert job.options["resolution"] == "540p"


def test_several_photos_become_several_jobs_with_the_same_settings(
    client_for, owner, funded, coffee_jpeg, astronaut_jpeg
):
    client = client_for(owner, funded)
    files = [
        SimpleUploadedFile("a.jpg", coffee_jpeg, content_type="image/jpeg"),
        SimpleUploadedFile("b.jpg", astronaut_jpeg, content_type="image/jpeg"),
    ]
    response = client.post(reverse("clips_create"), _form(*files), follow=True)
    assert "2 clips queued" in response.content.decode()
    assert {j.prompt for j in Job.objects.all()} == {"slow push in"}
    assert Job.objects.count() == 2


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.jpg", b"hello, this is text not a photo" * 10, "is a text file, not a photo"),
        ("page.jpg", b"<html><body>hi</body></html>" * 20, "is a web page (HTML/XML)"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>', "an SVG drawing"),
        ("cut.jpg", jpeg_bytes("coffee")[:5000], "incomplete"),
        ("tiny.jpg", jpeg_bytes("coffee", (120, 90)), "at least 256"),
    ],
)
def test_bad_uploads_are_rejected_clearly_and_store_nothing(
    client_for, owner, funded, name, content, message
):
    client = client_for(owner, funded)
    before = credit_balance(workspace=funded)
    upload = SimpleUploadedFile(name, content, content_type="image/jpeg")
    response = client.post(reverse("clips_create"), _form(upload), follow=True)
    page = response.content.decode()
    assert name in page
    assert message.lower() in page.lower(), page[page.find("flash") :][:400]
    assert not Photo.objects.exists()
    assert not Job.objects.exists()
    assert _stored_files(funded) == []
    assert credit_balance(workspace=funded) == before


def test_one_bad_file_does_not_stop_the_good_ones(client_for, owner, funded, coffee_jpeg):
    client = client_for(owner, funded)
    files = [
        SimpleUploadedFile("good.jpg", coffee_jpeg, content_type="image/jpeg"),
        SimpleUploadedFile("bad.jpg", b"not an image at all" * 20, content_type="image/jpeg"),
    ]
    response = client.post(reverse("clips_create"), _form(*files), follow=True)
    page = response.content.decode()
    assert "bad.jpg" in page
    assert "1 clip queued" in page
    assert Job.objects.count() == 1


def test_the_same_photo_is_stored_once(funded, owner, coffee_jpeg):
    first = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="a.jpg")
    second = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="b.jpg")
    assert first.pk == second.pk
    assert len(_stored_files(funded)) == 2  # the photo and its thumbnail, once


def test_job_list_filters_and_pages(client_for, owner, funded, coffee_jpeg):
    photo = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="a.jpg")
    funded.max_concurrent_jobs = 40
    funded.save()
    for i in range(30):
        services.job_submit(
            workspace=funded, user=owner, photo=photo, prompt=f"clip {i}", options=SMALL
        )
    Job.objects.filter(prompt="clip 0").update(status="failed", failure_reason="Broke.")
    client = client_for(owner, funded)
    first = client.get(reverse("jobs_rows")).content.decode()
    assert first.count('class="job-row') == 25
    assert "Older clips" in first
    after = first.split("after=")[1].split('"')[0].replace("&amp;", "&")
    second = client.get(reverse("jobs_rows") + "?after=" + after).content.decode()
    assert second.count('class="job-row') == 5
    failed = client.get(reverse("jobs_rows") + "?status=failed").content.decode()
    assert failed.count('class="job-row') == 1 and "Broke." in failed


def _delivered(funded, owner, jpeg) -> Job:
    photo = services.photo_upload(
        workspace=funded, user=owner, data=jpeg, filename="c.jpg", consent=True
    )
    job = services.job_submit(workspace=funded, user=owner, photo=photo, prompt="", options=SMALL)
    runner.run(str(job.pk), lane=None)
    return Job.objects.select_related("clip").get(pk=job.pk)


def test_video_is_served_to_members_with_ranges(client_for, owner, funded, coffee_jpeg):
    job = _delivered(funded, owner, coffee_jpeg)
    client = client_for(owner, funded)
    url = reverse("clip_media", args=[job.clip.pk, "video"])
    whole = client.get(url)
    body = b"".join(whole.streaming_content)
    assert whole.status_code == 200 and whole["Content-Type"] == "video/mp4"
    assert body[4:8] == b"ftyp"
    part = client.get(url, HTTP_RANGE="bytes=100-199")
    assert part.status_code == 206
    assert part["Content-Range"] == f"bytes 100-199/{len(body)}"
    assert b"".join(part.streaming_content) == body[100:200]
    download = client.get(reverse("clip_media", args=[job.clip.pk, "download"]))
    assert "attachment" in download["Content-Disposition"]
    page = client.get(reverse("job_detail", args=[job.pk])).content.decode()
    assert "<video" in page and "Download MP4" in page


def test_anonymous_visitors_get_no_media(client, owner, funded, coffee_jpeg):
    job = _delivered(funded, owner, coffee_jpeg)
    response = client.get(reverse("clip_media", args=[job.clip.pk, "video"]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_every_pipeline_url_of_another_workspace_is_404(
    client_for, owner, funded, coffee_jpeg, other_owner, other_workspace
):
    job = _delivered(funded, owner, coffee_jpeg)
    clip = Clip.objects.get(job=job)
    rival = client_for(other_owner, other_workspace)
    urls = [
        ("get", reverse("job_detail", args=[job.pk])),
        ("get", reverse("job_live", args=[job.pk])),
        ("post", reverse("job_cancel", args=[job.pk])),
        ("post", reverse("job_retry", args=[job.pk])),
        ("get", reverse("photo_media", args=[job.photo_id, "thumb"])),
        ("get", reverse("photo_media", args=[job.photo_id, "original"])),
        ("get", reverse("clip_media", args=[clip.pk, "video"])),
        ("get", reverse("clip_media", args=[clip.pk, "poster"])),
        ("get", reverse("clip_media", args=[clip.pk, "download"])),
        ("get", reverse("job_detail", args=[uuid.uuid4()])),
    ]
    for method, url in urls:
        assert getattr(rival, method)(url).status_code == 404, url
    assert Job.objects.count() == 1  # the retry did not create a job


def test_cancel_and_retry_from_the_job_page(client_for, owner, funded, coffee_jpeg):
    photo = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg")
    job = services.job_submit(workspace=funded, user=owner, photo=photo, prompt="a", options=SMALL)
    client = client_for(owner, funded)
    client.post(reverse("job_cancel", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == "canceled"
    response = client.post(reverse("job_retry", args=[job.pk]), {"prompt": "pan left instead"})
    new = Job.objects.exclude(pk=job.pk).get()
    assert response["Location"] == reverse("job_detail", args=[new.pk])
    assert new.prompt == "pan left instead" and new.photo_id == job.photo_id


def test_verify_page_answers_in_plain_words(client, owner, funded, coffee_jpeg):
    job = _delivered(funded, owner, coffee_jpeg)
    with default_storage.open(job.clip.video.name, "rb") as handle:
        data = handle.read()
    response = client.post(reverse("verify"), {"clip": SimpleUploadedFile("c.mp4", data)})
    page = response.content.decode()
    assert "Made with Stillmotion on" in page and "Trusted" in page
    assert funded.name in page
    bad = client.post(reverse("verify"), {"clip": SimpleUploadedFile("x.mp4", b"plain text")})
    assert bad.status_code == 400 and "a video we can read" in bad.content.decode()


def test_dashboard_empty_state_guides_a_new_user(client_for, owner, workspace):
    page = client_for(owner, workspace).get(reverse("dashboard")).content.decode()
    assert "Make your first clip" in page
    assert 'name="photos"' in page


def test_the_jobs_list_pages_by_index_with_ten_thousand_jobs(
    client_for, owner, funded, coffee_jpeg, django_assert_max_num_queries
):
    from datetime import timedelta

    from django.db import connection
    from django.utils import timezone

    from pipeline.selectors import job_list

    photo = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="a.jpg")
    start = timezone.now() - timedelta(days=30)
    Job.objects.bulk_create(
        [
            Job(
                workspace=funded,
                photo=photo,
                prompt=f"clip {i}",
                status="delivered",
                created_at=start + timedelta(seconds=i),
            )
            for i in range(10_000)
        ],
        batch_size=2000,
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE pipeline_job")
    client = client_for(owner, funded)
    with django_assert_max_num_queries(12):
        first = client.get(reverse("jobs_rows")).content.decode()
    after = first.split("after=")[1].split('"')[0].replace("&amp;", "&")
    with django_assert_max_num_queries(12):
        second = client.get(reverse("jobs_rows") + "?after=" + after).content.decode()
    assert "clip 9999" in first and "clip 9974" in second and "clip 9975" not in second
    # Keyset pagination: the newest-first page is read through the workspace/date index.
    plan = job_list(workspace=funded)[:26].explain()
    assert "job_ws_recent" in plan or "job_ws_status" in plan, plan
