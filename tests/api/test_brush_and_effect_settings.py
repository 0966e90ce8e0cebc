"""The API takes the motion brush and effect settings with the form's checks: a bad one is a
400 naming the field, and nothing is created or charged."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from billing.selectors import credit_balance
from pipeline.models import Job, Photo

pytestmark = pytest.mark.django_db

BRUSH = {
    "region": [[0, 0.6], [1, 0.6], [1, 1], [0, 1]],
    "arrows": [{"start": [0.3, 0.8], "end": [0.6, 0.8]}],
    "anchors": [[0.5, 0.7]],
}


def _photo(api, jpeg) -> str:
    upload = SimpleUploadedFile("p.jpg", jpeg, content_type="image/jpeg")
    return api.post("/api/v1/photos", {"file": upload}).json()["id"]


def _json(api, body):
    return api.post("/api/v1/jobs", body, content_type="application/json")


def test_a_job_with_a_brush_and_effect_settings_as_json(api, small_jpeg):
    response = _json(
        api,
        {
            "photo_id": _photo(api, small_jpeg),
            "prompt": "steam rises",
            "duration_s": 2,
            "effects": ["steam"],
            "effect_settings": {"steam": {"strength": 0.7, "origin": [0.5, 0.4]}},
            "brush": BRUSH,
        },
    )
    assert response.status_code == 201, response.content
    options = Job.objects.get().options
    assert options["brush"] == {**BRUSH, "region": [[0.0, 0.6], [1.0, 0.6], [1.0, 1.0], [0.0, 1.0]]}
    assert options["effect_settings"] == {"steam": {"strength": 0.7, "origin": [0.5, 0.4]}}


def test_a_brush_as_a_json_string_in_a_multipart_request(api, small_jpeg):
    upload = SimpleUploadedFile("p.jpg", small_jpeg, content_type="image/jpeg")
    response = api.post(
        "/api/v1/jobs", {"image": upload, "duration_s": "2", "brush": json.dumps(BRUSH)}
    )
    assert response.status_code == 201, response.content
    assert Job.objects.get().options["brush"]["arrows"] == BRUSH["arrows"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("brush", {**BRUSH, "region": [[0, 0], [1.5, 0], [0, 1]]}, "Region point 2 is (1.5, 0)"),
        ("brush", {**BRUSH, "arrows": []}, "Draw at least one arrow"),
        ("brush", {**BRUSH, "arrows": [BRUSH["arrows"][0]] * 9}, "at most 8"),
        ("brush", {**BRUSH, "region": [[0.5, 0.5]] * 65}, "at most 64"),
        ("brush", {**BRUSH, "anchors": [[2, 2]]}, "Anchor 1 is (2, 2)"),
        ("brush", {**BRUSH, "colour": "red"}, "unknown brush field"),
        ("brush", [1, 2], "Must be a JSON object"),
        ("brush", "x" * 20_001, "Too long"),
        ("effect_settings", {"snow": {"strength": 0.5}}, "not among the chosen effects"),
        ("effect_settings", {"steam": {"strength": 3}}, "strengths go from 0"),
        ("effect_settings", {"steam": {"origin": [0.5, 1.5]}}, "from 0 to 1"),
    ],
)
def test_a_bad_brush_or_setting_is_a_400_naming_the_field_and_charges_nothing(
    api, funded, small_jpeg, field, value, message
):
    photo_id = _photo(api, small_jpeg)
    before = credit_balance(workspace=funded)
    body = {"photo_id": photo_id, "duration_s": 2, "effects": ["steam"], field: value}
    response = _json(api, body)
    assert response.status_code == 400, response.content
    error = response.json()["error"]
    assert field in error["fields"] and message in " ".join(error["fields"][field])
    assert not Job.objects.exists()
    assert credit_balance(workspace=funded) == before


def test_a_brush_on_another_workspaces_photo_is_a_404(api, other_funded, other_owner, small_jpeg):
    from pipeline import services

    theirs = services.photo_upload(
        workspace=other_funded, user=other_owner, data=small_jpeg, filename="x.jpg"
    )
    response = _json(api, {"photo_id": str(theirs.pk), "duration_s": 2, "brush": BRUSH})
    assert response.status_code == 404
    assert not Job.objects.exists()
    assert Photo.objects.filter(workspace=other_funded).count() == 1


def test_the_schema_and_the_guide_document_the_brush(client_for, owner, funded):
    from django.test import Client

    schemas = Client().get("/api/schema/", {"format": "json"}).json()["components"]["schemas"]
    fields = next(v["properties"] for k, v in schemas.items() if k.startswith("JobCreateInput"))
    assert "motion brush" in fields["brush"]["description"]
    assert fields["brush"]["properties"]["arrows"]["maxItems"] == 8
    assert "effect_settings" in fields
    guide = client_for(owner, funded).get("/app/api/guide/").content.decode()
    assert 'id="curl-brush"' in guide and "motion brush" in guide
