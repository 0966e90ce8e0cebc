"""The API answers in its own shape even for ids that aren't ids, and refuses unknown fields."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from pipeline.models import Job

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path", ["/api/v1/jobs/not-a-uuid", "/api/v1/clips/123/download-url", "/api/v1/nothing"]
)
def test_a_non_uuid_id_gets_the_json_error_shape(api, path):
    response = api.get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["code"] == "not_found"


def test_unknown_fields_are_refused_by_name(api, small_jpeg):
    response = api.post(
        "/api/v1/jobs",
        {"image": SimpleUploadedFile("a.jpg", small_jpeg), "durration_s": "4", "promt": "x"},
    )
    assert response.status_code == 400
    fields = response.json()["error"]["fields"]
    assert set(fields) == {"durration_s", "promt"}
    assert "duration_s" in fields["durration_s"][0]
    assert not Job.objects.exists()


def test_json_bodies_are_strict_too(api):
    response = api.post(
        "/api/v1/webhooks/endpoints",
        {"url": "https://example.com/h", "event": ["job.delivered"]},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "event" in response.json()["error"]["fields"]


def test_pages_keep_their_html_404(client):
    response = client.get("/app/jobs/not-a-uuid/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


def test_the_guide_uses_a_portable_idempotency_key(client_for, owner, funded):
    page = client_for(owner, funded).get("/app/api/guide/").content.decode()
    assert "uuidgen" not in page and "/dev/urandom" in page
