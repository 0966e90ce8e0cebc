"""Jobs through the API: create (multipart or by photo id), list, detail, cancel, errors."""

from __future__ import annotations

import base64

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from billing.models import LedgerEntry
from billing.selectors import credit_balance
from pipeline.models import Attempt, AttemptStatus, Job, JobStatus
from tests.api.conftest import ApiClient

pytestmark = pytest.mark.django_db


def _image(data: bytes, name: str = "photo.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="image/jpeg")


def _create(api: ApiClient, jpeg: bytes, **fields) -> dict:
    body = {"image": _image(jpeg), "prompt": "slow push in", "duration_s": "2", **fields}
    response = api.post("/api/v1/jobs", body)
    assert response.status_code == 201, response.content
    return response.json()


def test_multipart_create_queues_a_job_and_holds_its_credits(api, funded, small_jpeg):
    before = credit_balance(workspace=funded)
    body = _create(
        api, small_jpeg, ratio="9:16", resolution="540p", camera="push_in", effects=["sky_drift"]
    )
    job = Job.objects.get(pk=body["id"])
    assert job.workspace_id == funded.pk and job.status == JobStatus.QUEUED
    assert body["status"] == "queued" and body["clip_id"] is None
    assert job.options["ratio"] == "9:16" and job.options["camera"] == "push_in"
    assert job.options["effects"] == ["sky_drift"]
    assert credit_balance(workspace=funded) == before - job.credits
    assert LedgerEntry.objects.filter(job_id=job.pk, kind="hold").count() == 1


def test_create_from_an_uploaded_photo_as_json(api, small_jpeg):
    photo = api.post("/api/v1/photos", {"file": _image(small_jpeg), "consent": "true"}).json()
    assert photo["consent"] is True and photo["width"] == 320
    response = api.post(
        "/api/v1/jobs",
        {
            "photo_id": photo["id"],
            "prompt": "clouds drift",
            "duration_s": 2,
            "webhook_url": "http://127.0.0.1:9/hook",
        },
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["photo_id"] == photo["id"]
    assert response.json()["webhook_url"] == "http://127.0.0.1:9/hook"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"prompt": "x"}, "photo_id"),
        ({"photo_id": "not-a-uuid"}, "photo_id"),
        ({"photo_id": "7f1e5b1c-7a6e-4a1e-9a43-0d2b8e6f7c11", "ratio": "2:1"}, "ratio"),
        ({"photo_id": "7f1e5b1c-7a6e-4a1e-9a43-0d2b8e6f7c11", "camera": "spin"}, "camera"),
        ({"photo_id": "7f1e5b1c-7a6e-4a1e-9a43-0d2b8e6f7c11", "prompt": "x" * 1001}, "prompt"),
    ],
)
def test_invalid_fields_are_400_and_named(api, body, field):
    response = api.post("/api/v1/jobs", body, content_type="application/json")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert field in error["fields"]


def test_out_of_range_duration_is_rejected_with_the_reason(api, small_jpeg):
    response = api.post("/api/v1/jobs", {"image": _image(small_jpeg), "duration_s": "30"})
    assert response.status_code == 422
    assert "10 seconds" in response.json()["error"]["message"]


def test_a_file_that_is_not_a_photo_is_rejected(api):
    response = api.post("/api/v1/jobs", {"image": _image(b"%PDF-1.7 nope", "doc.jpg")})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "upload_rejected"


def test_not_enough_credits_is_402_and_queues_nothing(workspace, make_key, small_jpeg):
    from billing.ledger import account_ensure
    from billing.models import BillingAccount, Plan

    account_ensure(workspace=workspace)
    BillingAccount.objects.filter(workspace=workspace).update(
        plan=Plan.objects.get(code="studio"), balance=0
    )
    LedgerEntry.objects.filter(workspace=workspace).delete()
    response = ApiClient(make_key(workspace)).post(
        "/api/v1/jobs", {"image": _image(small_jpeg), "duration_s": "2"}
    )
    assert response.status_code == 402, response.content
    assert response.json()["error"]["code"] == "insufficient_credits"
    assert not Job.objects.filter(workspace=workspace).exists()


def test_list_pages_with_a_cursor_and_filters(api, funded, small_jpeg):
    ids = [_create(api, small_jpeg, prompt=f"take {i}")["id"] for i in range(3)]
    first = api.get("/api/v1/jobs", {"limit": 2}).json()
    assert [j["id"] for j in first["results"]] == ids[::-1][:2]
    assert first["next_cursor"]
    second = api.get("/api/v1/jobs", {"limit": 2, "cursor": first["next_cursor"]}).json()
    assert [j["id"] for j in second["results"]] == [ids[0]]
    assert second["next_cursor"] is None
    Job.objects.filter(pk=ids[1]).update(status=JobStatus.FAILED)
    failed = api.get("/api/v1/jobs", {"status": "failed"}).json()["results"]
    assert [j["id"] for j in failed] == [ids[1]]
    active = api.get("/api/v1/jobs", {"status": "active"}).json()["results"]
    assert {j["id"] for j in active} == {ids[0], ids[2]}
    bad = api.get("/api/v1/jobs", {"cursor": "%%%"})
    assert bad.status_code == 400 and "cursor" in bad.json()["error"]["fields"]


def test_detail_has_stage_events_and_qa_parts_of_attempts(api, funded, small_jpeg):
    job = Job.objects.get(pk=_create(api, small_jpeg)["id"])
    Attempt.objects.create(
        job=job,
        workspace=funded,
        number=1,
        provider="local",
        status=AttemptStatus.REJECTED_QA,
        qa_score=0.61,
        qa_parts={"identity": 0.4, "blur": 0.9},
        qa_issues=["face changed"],
    )
    body = api.get(f"/api/v1/jobs/{job.pk}").json()
    assert [e["stage"] for e in body["events"]] == ["queued"]
    assert body["attempts"][0]["qa_parts"] == {"identity": 0.4, "blur": 0.9}
    assert body["attempts"][0]["status"] == "rejected_qa"
    assert body["clip"] is None


def test_cancel_releases_the_hold_and_a_second_cancel_is_409(api, funded, small_jpeg):
    before = credit_balance(workspace=funded)
    job_id = _create(api, small_jpeg)["id"]
    response = api.post(f"/api/v1/jobs/{job_id}/cancel")
    assert response.status_code == 200 and response.json()["status"] == "canceled"
    assert credit_balance(workspace=funded) == before
    again = api.post(f"/api/v1/jobs/{job_id}/cancel")
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "not_cancelable"


def test_usage_reports_balance_plan_and_running_jobs(api, funded, small_jpeg):
    _create(api, small_jpeg)
    body = api.get("/api/v1/usage").json()
    assert body["credits_balance"] == credit_balance(workspace=funded)
    assert body["plan"]["code"] == "studio"
    assert body["jobs_running"] == 0 and body["jobs_waiting"] == 1  # no worker took it yet
    assert body["clips_this_month"] == 1
    assert len(body["credits_per_day"]) == 30 and body["credits_per_day"][-1]["credits"] > 0


@pytest.mark.parametrize(
    "raw",
    ["2024-01-01T00:00:00+00:00|abc", "2024-01-01T00:00:00+00:00|", "not a date|x", "no bar"],
)
def test_a_forged_cursor_is_a_400_on_the_api_and_the_first_page_on_the_dashboard(
    api, funded, owner, client_for, raw
):
    cursor = base64.urlsafe_b64encode(raw.encode()).decode()
    answer = api.get("/api/v1/jobs", {"cursor": cursor})
    assert answer.status_code == 400 and "cursor" in answer.json()["error"]["fields"]
    page = client_for(owner, funded).get("/app/", {"after": cursor})
    assert page.status_code == 200  # a stale or edited link shows the first page
