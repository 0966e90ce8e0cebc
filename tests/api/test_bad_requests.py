"""Odd API requests get a clear 4xx, never a 500."""

from __future__ import annotations

import json

import pytest

from pipeline.models import Job

pytestmark = pytest.mark.django_db


def test_an_unknown_provider_is_a_400_naming_the_enabled_ones(api, small_jpeg):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = api.post(
        "/api/v1/jobs",
        {"image": SimpleUploadedFile("a.jpg", small_jpeg), "provider": "made-up-vendor"},
    )
    assert response.status_code == 400
    body = response.json()["error"]
    assert "provider" in body["fields"]
    assert "local" in body["fields"]["provider"][0]
    assert not Job.objects.exists()


def test_deeply_nested_json_is_a_400(api):
    deep = "[" * 5000 + "]" * 5000
    body = json.dumps({"photo_id": "x", "effects": "__deep__"}).replace('"__deep__"', deep)
    response = api.post("/api/v1/jobs", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "malformed_request"


def test_effects_are_bounded_before_anything_renders(api, small_jpeg):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = api.post(
        "/api/v1/jobs",
        {"image": SimpleUploadedFile("a.jpg", small_jpeg), "effects": ["sway"] * 10},
    )
    assert response.status_code == 400
    assert "effects" in response.json()["error"]["fields"]
    huge = api.post(
        "/api/v1/jobs",
        {"photo_id": "x", "effects": ["sway"] * 10_000},
        content_type="application/json",
    )
    assert huge.status_code == 400
    flood = api.post("/api/v1/jobs", {"effects": ["sway"] * 10_000})  # multipart fields
    assert flood.status_code == 400 and flood.json()["error"]["code"] == "malformed_request"
    assert not Job.objects.exists()
