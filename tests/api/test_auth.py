"""API keys: hashed, shown once, 401 in the one error shape when missing, wrong or revoked."""

from __future__ import annotations

import pytest

from accounts.models import Membership
from api.models import ApiKey
from api.services import api_key_revoke, key_hash
from tests.api.conftest import ApiClient

pytestmark = pytest.mark.django_db


def _assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "fields"}
    assert body["error"]["code"] == code
    assert len(body["error"]["message"]) > 20  # words for a person, not a bare code
    return body["error"]


def test_missing_key_is_401_with_a_bearer_challenge(funded):
    response = ApiClient(None).get("/api/v1/usage")
    _assert_error(response, 401, "unauthenticated")
    assert response["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize(
    "header",
    [
        "Bearer sm_live_abcdef_notarealkeyatall",
        "Bearer not-even-our-format",
        "Token sm_live_abcdef_x",
        "Bearer",
    ],
)
def test_wrong_key_is_401(api_key, header):
    from django.test import Client

    response = Client(headers={"Authorization": header}).get("/api/v1/usage")
    _assert_error(response, 401, "invalid_api_key")


def test_revoked_key_is_401_and_others_keep_working(funded, owner, make_key):
    first, second = make_key(funded, "one"), make_key(funded, "two")
    actor = Membership.objects.get(workspace=funded, user=owner)
    key = ApiKey.objects.get(secret_hash=key_hash(first))
    api_key_revoke(workspace=funded, actor=actor, key=key)
    _assert_error(ApiClient(first).get("/api/v1/usage"), 401, "invalid_api_key")
    assert ApiClient(second).get("/api/v1/usage").status_code == 200


def test_key_is_stored_only_as_a_hash_and_records_use(funded, api_key):
    key = ApiKey.objects.get(workspace=funded)
    assert api_key not in {key.prefix, key.secret_hash}
    assert api_key.startswith(key.prefix + "_")
    assert key.secret_hash == key_hash(api_key)
    assert key.last_used_at is None
    ApiClient(api_key).get("/api/v1/usage")
    key.refresh_from_db()
    assert key.last_used_at is not None


def test_plan_without_api_access_is_403(workspace, make_key):
    raw = make_key(workspace)  # the free plan: no API access
    error = _assert_error(ApiClient(raw).get("/api/v1/usage"), 403, "api_not_in_plan")
    assert "Free" in error["message"]


def test_suspended_workspace_key_is_403(funded, api_key):
    from accounts.services import workspace_suspend

    workspace_suspend(workspace=funded, reason="Unpaid invoices.")
    error = _assert_error(ApiClient(api_key).get("/api/v1/usage"), 403, "forbidden")
    assert "Unpaid invoices." in error["message"]


def test_key_acts_only_for_its_workspace(funded, other_funded, make_key, small_jpeg):
    mine, theirs = ApiClient(make_key(funded)), ApiClient(make_key(other_funded))
    created = mine.post("/api/v1/photos", {"file": _upload(small_jpeg)})
    assert created.status_code == 201
    assert theirs.get("/api/v1/jobs").json()["results"] == []
    response = theirs.post(
        "/api/v1/jobs",
        {"photo_id": created.json()["id"], "prompt": "x"},
        content_type="application/json",
    )
    _assert_error(response, 404, "not_found")


def _upload(data: bytes, name: str = "photo.jpg"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data, content_type="image/jpeg")
