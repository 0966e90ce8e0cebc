"""The public verify page: a size cap enforced before the body is read, and a rate limit."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

pytestmark = pytest.mark.django_db


def test_an_oversized_anonymous_upload_is_refused_before_it_is_read(client):
    response = client.post(
        "/verify/",
        data=b"x",
        content_type="multipart/form-data; boundary=zzz",
        CONTENT_LENGTH=str(150 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert "up to 100 MB" in response.content.decode()


def test_anonymous_checks_are_rate_limited_per_client(client, settings):
    settings.VERIFY_ANONYMOUS_PER_HOUR = 3
    cache.clear()
    answers = [
        client.post("/verify/", {"clip": SimpleUploadedFile("c.mp4", b"not a clip")}).status_code
        for _ in range(5)
    ]
    assert answers[:3] == [400, 400, 400]  # checked (and refused as not a video)
    assert answers[3:] == [429, 429]
    other = client.post(
        "/verify/", {"clip": SimpleUploadedFile("c.mp4", b"x")}, REMOTE_ADDR="198.51.100.7"
    )
    assert other.status_code == 400  # someone else is not limited by them
