"""The OpenAPI schema matches what the API really answers, and the docs work offline."""

from __future__ import annotations

import jsonschema
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from batches import services as batch_services
from pipeline.models import Attempt, AttemptStatus, Job, JobStatus
from tests.api.conftest import ApiClient
from tests.api.openapi_check import assert_matches, response_schema

pytestmark = pytest.mark.django_db


@pytest.fixture
def openapi() -> dict:
    response = Client().get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    return response.json()


def test_schema_describes_bearer_auth_and_every_endpoint(openapi):
    assert openapi["openapi"].startswith("3.")
    assert openapi["components"]["securitySchemes"]["ApiKeyAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "sm_live_…",
        "description": "An API key from the workspace's API keys page.",
    }
    paths = set(openapi["paths"])
    assert {
        "/api/v1/photos",
        "/api/v1/jobs",
        "/api/v1/jobs/{job_id}",
        "/api/v1/jobs/{job_id}/cancel",
        "/api/v1/clips/{clip_id}/download-url",
        "/api/v1/clips/{clip_id}/download",
        "/api/v1/batches",
        "/api/v1/batches/{batch_id}",
        "/api/v1/batches/{batch_id}/start",
        "/api/v1/batches/{batch_id}/cancel",
        "/api/v1/usage",
        "/api/v1/verify",
        "/api/v1/webhooks/endpoints",
        "/api/v1/webhooks/endpoints/{endpoint_id}",
        "/api/v1/webhooks/endpoints/{endpoint_id}/test",
        "/api/v1/webhooks/endpoints/{endpoint_id}/deliveries",
        "/api/v1/publications",
        "/api/v1/publications/{publication_id}",
        "/api/v1/publications/{publication_id}/cancel",
        "/api/v1/publications/{publication_id}/retry",
        "/api/v1/connected-accounts",
        "/api/v1/connected-accounts/{account_id}",
        "/api/v1/connected-accounts/{account_id}/limits",
    } == paths
    download = openapi["paths"]["/api/v1/clips/{clip_id}/download"]["get"]
    assert "security" not in download and "security" not in openapi  # the link is the key
    create = openapi["paths"]["/api/v1/jobs"]["post"]
    assert create["security"] == [{"ApiKeyAuth": []}]
    assert "Idempotency-Key" in [p["name"] for p in create["parameters"]]
    multipart = create["requestBody"]["content"]["multipart/form-data"]["schema"]["$ref"]
    image = openapi["components"]["schemas"][multipart.rsplit("/", 1)[-1]]["properties"]["image"]
    assert image["format"] == "binary"


def test_every_documented_error_uses_the_one_error_shape(openapi):
    for path, operations in openapi["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                if int(status) >= 400:
                    ref = response["content"]["application/json"]["schema"]["$ref"]
                    assert ref.endswith("/Error"), (path, method, status)


def test_real_answers_match_the_schema(openapi, api, funded, small_jpeg):
    image = SimpleUploadedFile("p.jpg", small_jpeg, content_type="image/jpeg")
    checks = []

    def record(path: str, method: str, response) -> dict:
        checks.append((path, method, response.status_code, response.json()))
        return response.json()

    photo = record("/api/v1/photos", "post", api.post("/api/v1/photos", {"file": image}))
    job = record(
        "/api/v1/jobs",
        "post",
        api.post(
            "/api/v1/jobs",
            {"photo_id": photo["id"], "duration_s": 2},
            content_type="application/json",
            headers={"Idempotency-Key": "k1"},
        ),
    )
    record(
        "/api/v1/jobs",
        "post",
        api.post(
            "/api/v1/jobs",
            {"photo_id": photo["id"], "duration_s": 2},
            content_type="application/json",
            headers={"Idempotency-Key": "k1"},
        ),
    )
    Attempt.objects.create(
        job_id=job["id"],
        workspace=funded,
        number=1,
        provider="local",
        status=AttemptStatus.REJECTED_QA,
        qa_score=0.5,
        qa_parts={"identity": 0.5},
        qa_issues=["blurry"],
    )
    record("/api/v1/jobs", "get", api.get("/api/v1/jobs", {"limit": 1}))
    record("/api/v1/jobs/{job_id}", "get", api.get(f"/api/v1/jobs/{job['id']}"))
    record("/api/v1/usage", "get", api.get("/api/v1/usage"))
    batch = record(
        "/api/v1/batches",
        "post",
        api.post(
            "/api/v1/batches",
            {
                "files": [
                    SimpleUploadedFile("a.jpg", small_jpeg),
                    SimpleUploadedFile("b.txt", b"x"),
                ],
                "prompt": "drift",
                "duration_s": "2",
                "start": "false",
            },
        ),
    )
    batch_services.batch_unpack(batch_id=batch["id"])
    record("/api/v1/batches/{batch_id}", "get", api.get(f"/api/v1/batches/{batch['id']}"))
    record(
        "/api/v1/batches/{batch_id}/start",
        "post",
        api.post(f"/api/v1/batches/{batch['id']}/start"),
    )
    record(
        "/api/v1/batches/{batch_id}/cancel",
        "post",
        api.post(f"/api/v1/batches/{batch['id']}/cancel"),
    )
    endpoint = record(
        "/api/v1/webhooks/endpoints",
        "post",
        api.post(
            "/api/v1/webhooks/endpoints",
            {"url": "http://127.0.0.1:9/h"},
            content_type="application/json",
        ),
    )
    record("/api/v1/webhooks/endpoints", "get", api.get("/api/v1/webhooks/endpoints"))
    path = "/api/v1/webhooks/endpoints/{endpoint_id}"
    record(path, "get", api.get(f"/api/v1/webhooks/endpoints/{endpoint['id']}"))
    record(path + "/test", "post", api.post(f"/api/v1/webhooks/endpoints/{endpoint['id']}/test"))
    record(
        path + "/deliveries",
        "get",
        api.get(f"/api/v1/webhooks/endpoints/{endpoint['id']}/deliveries"),
    )
    record("/api/v1/jobs/{job_id}/cancel", "post", api.post(f"/api/v1/jobs/{job['id']}/cancel"))
    # Errors: each documented status answers in the documented shape.
    record("/api/v1/jobs/{job_id}/cancel", "post", api.post(f"/api/v1/jobs/{job['id']}/cancel"))
    record("/api/v1/jobs", "post", api.post("/api/v1/jobs", {}, content_type="application/json"))
    record("/api/v1/usage", "get", ApiClient(None).get("/api/v1/usage"))
    record("/api/v1/jobs/{job_id}", "get", api.get(f"/api/v1/jobs/{photo['id']}"))
    record(
        "/api/v1/verify",
        "post",
        api.post("/api/v1/verify", {"file": SimpleUploadedFile("a.mp4", b"not a video")}),
    )
    # A delivered job: its clip, and a signed link.
    Job.objects.filter(pk=job["id"]).update(status=JobStatus.DELIVERED)
    from tests.api.test_signed_links import make_clip

    clip = make_clip(Job.objects.get(pk=job["id"]), b"\x00" * 32)
    record("/api/v1/jobs/{job_id}", "get", api.get(f"/api/v1/jobs/{job['id']}"))
    record(
        "/api/v1/clips/{clip_id}/download-url",
        "get",
        api.get(f"/api/v1/clips/{clip.pk}/download-url"),
    )

    statuses = {(p, m, s) for p, m, s, _ in checks}
    assert len(statuses) >= 20
    for path, method, status, body in checks:
        assert_matches(openapi, path, method, status, body)


def test_the_check_catches_a_mismatch(openapi):
    """The checker itself fails on a wrong type, a missing key or an extra key."""
    good = {"error": {"code": "x", "message": "y", "fields": {}}}
    assert_matches(openapi, "/api/v1/usage", "get", 401, good)
    for bad in (
        {"error": {"code": 1, "message": "y", "fields": {}}},
        {"error": {"code": "x", "message": "y"}},
        {"error": {"code": "x", "message": "y", "fields": {}, "extra": True}},
    ):
        with pytest.raises(jsonschema.ValidationError):
            assert_matches(openapi, "/api/v1/usage", "get", 401, bad)
    assert response_schema(openapi, "/api/v1/jobs", "get", 200)["properties"]["next_cursor"][
        "type"
    ] == ["string", "null"]


def test_swagger_ui_is_served_offline(openapi):
    html = Client().get("/api/docs/").content.decode()
    assert "/api/schema/" in html
    assert "swagger-ui" in html and "/static/drf_spectacular_sidecar/" in html
    assert "cdn" not in html.lower() and "unpkg" not in html.lower()
