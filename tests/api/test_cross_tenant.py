"""Another workspace's objects are a 404, for every endpoint and page that takes an id."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

API = [
    ("get", "api_job", "job_id", "job"),
    ("post", "api_job_cancel", "job_id", "job"),
    ("get", "api_clip_download_url", "clip_id", "clip"),
    ("get", "api_batch", "batch_id", "batch"),
    ("post", "api_batch_start", "batch_id", "batch"),
    ("post", "api_batch_cancel", "batch_id", "batch"),
    ("get", "api_webhook_endpoint", "endpoint_id", "endpoint"),
    ("delete", "api_webhook_endpoint", "endpoint_id", "endpoint"),
    ("post", "api_webhook_endpoint_test", "endpoint_id", "endpoint"),
    ("get", "api_webhook_deliveries", "endpoint_id", "endpoint"),
]

PAGES = [
    ("get", "batch_detail", "batch_id", "batch"),
    ("get", "batch_live", "batch_id", "batch"),
    ("post", "batch_confirm", "batch_id", "batch"),
    ("get", "batch_download", "batch_id", "batch"),
    ("get", "webhook_deliveries", "endpoint_id", "endpoint"),
    ("post", "webhook_endpoint_delete", "endpoint_id", "endpoint"),
    ("post", "webhook_endpoint_test", "endpoint_id", "endpoint"),
    ("post", "webhook_endpoint_enable", "endpoint_id", "endpoint"),
    ("post", "webhook_redeliver", "delivery_id", "delivery"),
    ("post", "api_key_revoke", "key_id", "key"),
]


@pytest.mark.parametrize(("method", "name", "kwarg", "what"), API)
def test_api_answers_404_for_another_workspaces_object(api, foreign, method, name, kwarg, what):
    url = reverse(name, kwargs={kwarg: foreign[what].pk})
    response = getattr(api, method)(url)
    assert response.status_code == 404, response.content
    assert response.json()["error"]["code"] == "not_found"
    foreign[what].refresh_from_db()  # still there, untouched
    if what == "batch":
        assert foreign["batch"].status == "ready"
    if what == "job":
        assert foreign["job"].status == "delivered"


def test_api_job_from_another_workspaces_photo_is_404(api, foreign):
    response = api.post(
        "/api/v1/jobs", {"photo_id": str(foreign["photo"].pk)}, content_type="application/json"
    )
    assert response.status_code == 404


def test_api_job_list_filtered_by_another_workspaces_batch_is_empty(api, foreign):
    response = api.get("/api/v1/jobs", {"batch_id": str(foreign["batch"].pk)})
    assert response.status_code == 200 and response.json()["results"] == []


@pytest.mark.parametrize(("method", "name", "kwarg", "what"), PAGES)
def test_pages_answer_404_for_another_workspaces_object(
    owner, funded, client_for, foreign, method, name, kwarg, what
):
    client = client_for(owner, funded)
    response = getattr(client, method)(reverse(name, kwargs={kwarg: foreign[what].pk}))
    assert response.status_code == 404
    foreign[what].refresh_from_db()
    if what == "batch":
        assert foreign["batch"].status == "ready"
    if what == "key":
        assert foreign["key"].revoked_at is None
    if what == "endpoint":
        assert foreign["endpoint"].enabled
