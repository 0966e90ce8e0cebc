"""`Idempotency-Key`: same key and body → the same job (200); a different body → 409."""

from __future__ import annotations

import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from billing.models import LedgerEntry
from pipeline.models import IdempotencyKey, Job
from tests.api.conftest import ApiClient


def _post(api: ApiClient, jpeg: bytes, key: str, prompt: str = "slow push in"):
    image = SimpleUploadedFile("photo.jpg", jpeg, content_type="image/jpeg")
    return api.post(
        "/api/v1/jobs",
        {"image": image, "prompt": prompt, "duration_s": "2"},
        headers={"Idempotency-Key": key},
    )


@pytest.mark.django_db
def test_same_key_and_body_returns_the_same_job_once(api, funded, small_jpeg):
    first = _post(api, small_jpeg, "order-42")
    again = _post(api, small_jpeg, "order-42")
    assert first.status_code == 201
    assert again.status_code == 200 and again["Idempotent-Replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    assert Job.objects.filter(workspace=funded).count() == 1
    assert LedgerEntry.objects.filter(workspace=funded, kind="hold").count() == 1


@pytest.mark.django_db
def test_same_key_with_a_different_body_is_409(api, funded, small_jpeg):
    assert _post(api, small_jpeg, "order-43").status_code == 201
    response = _post(api, small_jpeg, "order-43", prompt="pan left instead")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "idempotency_conflict"
    assert Job.objects.filter(workspace=funded).count() == 1


@pytest.mark.django_db
def test_keys_are_per_workspace_and_a_failed_request_frees_its_key(
    api, funded, other_funded, make_key, small_jpeg
):
    other = ApiClient(make_key(other_funded))
    assert _post(api, small_jpeg, "shared").status_code == 201
    assert _post(other, small_jpeg, "shared").status_code == 201  # another tenant, own key space
    # A request that fails keeps nothing: the same key works once the problem is fixed.
    bad = api.post(
        "/api/v1/jobs",
        {"image": SimpleUploadedFile("p.jpg", small_jpeg), "duration_s": "2", "ratio": "3:2"},
        headers={"Idempotency-Key": "retry-me"},
    )
    assert bad.status_code == 400
    assert not IdempotencyKey.objects.filter(workspace=funded, key="retry-me").exists()


@pytest.mark.django_db(transaction=True)
def test_concurrent_requests_with_one_key_make_one_job(funded, make_key, small_jpeg):
    raw = make_key(funded)
    results: list[int] = []

    def call() -> None:
        try:
            results.append(_post(ApiClient(raw), small_jpeg, "race-1").status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=call) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [200, 200, 200, 201]
    assert Job.objects.filter(workspace=funded).count() == 1
