"""Short-lived signed clip links: no login with a valid signature; 403 or 404 otherwise."""

from __future__ import annotations

import hashlib
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client

from pipeline.links import clip_download_link
from pipeline.models import Clip, Job, JobStatus, Photo

pytestmark = pytest.mark.django_db


def make_clip(job: Job, data: bytes) -> Clip:
    name = default_storage.save(f"clips/{job.workspace_id}/{job.pk}/clip.mp4", ContentFile(data))
    return Clip.objects.create(
        workspace_id=job.workspace_id,
        job=job,
        video=name,
        poster="",
        width=4,
        height=4,
        frames=1,
        duration_s=1.0,
        size_bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )


@pytest.fixture
def clip(funded) -> Clip:
    photo = Photo.objects.create(
        workspace=funded,
        original_name="p.jpg",
        sha256="a" * 64,
        image="p.jpg",
        thumbnail="t.jpg",
        mime="image/jpeg",
        width=400,
        height=400,
        size_bytes=1,
    )
    job = Job.objects.create(workspace=funded, photo=photo, status=JobStatus.DELIVERED)
    return make_clip(job, b"VIDEO" * 1000)


def _path(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def test_api_gives_a_link_that_downloads_without_login_for_15_minutes(api, clip):
    body = api.get(f"/api/v1/clips/{clip.pk}/download-url").json()
    expires = int(parse_qs(urlsplit(body["url"]).query)["expires"][0])
    assert 14 * 60 <= expires - time.time() <= 15 * 60
    response = Client().get(_path(body["url"]))  # anonymous: no session, no key
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"VIDEO" * 1000
    assert response["Content-Type"] == "video/mp4"
    assert "attachment" in response["Content-Disposition"]


def test_range_requests_work_through_the_link(clip):
    link = clip_download_link(clip_id=str(clip.pk))
    response = Client().get(_path(link.url), headers={"Range": "bytes=0-4"})
    assert response.status_code == 206
    assert b"".join(response.streaming_content) == b"VIDEO"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda q: q.replace("sig=", "sig=0"),
        lambda q: q.replace("expires=", "expires=9"),
        lambda q: q.split("&sig=")[0],
        lambda q: "",
    ],
)
def test_a_tampered_link_is_403(clip, tamper):
    link = clip_download_link(clip_id=str(clip.pk))
    path, query = _path(link.url).split("?", 1)
    response = Client().get(f"{path}?{tamper(query)}")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "signed_link_invalid"


def test_an_expired_link_is_403_with_what_to_do(clip):
    link = clip_download_link(clip_id=str(clip.pk), now=time.time() - 3600)
    response = Client().get(_path(link.url))
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == "signed_link_expired" and "download-url" in error["message"]


def test_a_link_can_not_be_moved_to_another_clip(funded, clip):
    other_job = Job.objects.create(workspace=funded, photo=clip.job.photo)
    other = make_clip(other_job, b"OTHER")
    link = clip_download_link(clip_id=str(clip.pk))
    moved = _path(link.url).replace(str(clip.pk), str(other.pk))
    assert Client().get(moved).status_code == 403


def test_a_valid_link_to_a_deleted_clip_is_404(clip):
    link = clip_download_link(clip_id=str(clip.pk))
    clip.delete()
    assert Client().get(_path(link.url)).status_code == 404
