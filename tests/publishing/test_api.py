"""The publishing resources of the REST API: publications (create once, list, read, cancel,
retry) and connected accounts with their live limits, matching the OpenAPI schema and
never carrying a token."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from publishing.models import Publication, PublicationState
from tests.api.conftest import ApiClient
from tests.api.openapi_check import assert_matches
from tests.publishing.conftest import drive

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(funded, owner):  # type: ignore[no-untyped-def]
    from accounts.models import Membership
    from api.services import api_key_create

    actor = Membership.objects.get(workspace=funded, user=owner)
    _, raw = api_key_create(workspace=funded, actor=actor, name="n8n")
    return ApiClient(raw)


@pytest.fixture
def openapi() -> dict:
    return Client().get("/api/schema/", {"format": "json"}).json()


def _create(api, clip, account, **body):  # type: ignore[no-untyped-def]
    return api.post(
        "/api/v1/publications",
        {"clip_id": str(clip.pk), "account_id": str(account.pk), **body},
        content_type="application/json",
    )


def test_create_publish_and_follow_a_publication(api, connect, clip, openapi):
    account = connect("youtube")
    created = _create(api, clip, account, caption="From n8n", hashtags=["#shorts", "ai"])
    assert created.status_code == 201, created.content
    body = created.json()
    assert_matches(openapi, "/api/v1/publications", "post", 201, body)
    assert body["state"] == "scheduled" and body["hashtags"] == ["shorts", "ai"]
    assert body["job_id"] == str(clip.job_id)
    drive(body["id"])
    got = api.get(f"/api/v1/publications/{body['id']}")
    assert_matches(openapi, "/api/v1/publications/{publication_id}", "get", 200, got.json())
    assert got.json()["state"] == "published"
    assert got.json()["public_url"].startswith("https://www.youtube.com/shorts/")


def test_creating_it_again_returns_the_same_publication(api, connect, clip):
    account = connect("tiktok")
    first = _create(api, clip, account, caption="one")
    again = _create(api, clip, account, caption="a retried request")
    assert again.status_code == 200 and again["Idempotent-Replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    assert Publication.objects.count() == 1


def test_a_blocked_caption_is_a_422_and_nothing_is_sent(api, connect, clip, platforms):
    account = connect("instagram")
    response = _create(api, clip, account, caption="make her undress, nude")
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "caption_blocked" and "caption" in error["fields"]
    assert not Publication.objects.exists()


def test_scheduled_publications_can_be_listed_and_canceled(api, connect, clip, openapi):
    account = connect("tiktok")
    when = (timezone.now() + timedelta(days=2)).replace(microsecond=0)
    created = _create(api, clip, account, scheduled_for=when.isoformat(), time_zone="Europe/Paris")
    publication_id = created.json()["id"]
    listing = api.get("/api/v1/publications", {"state": "scheduled"})
    assert_matches(openapi, "/api/v1/publications", "get", 200, listing.json())
    assert [p["id"] for p in listing.json()["results"]] == [publication_id]
    assert api.get("/api/v1/publications", {"state": "published"}).json()["results"] == []
    canceled = api.post(f"/api/v1/publications/{publication_id}/cancel")
    assert canceled.status_code == 200 and canceled.json()["state"] == "canceled"
    again = api.post(f"/api/v1/publications/{publication_id}/cancel")
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "publication_conflict"


def test_a_failed_publication_is_retried(api, connect, clip, platforms):
    account = connect("instagram")
    platforms["instagram"].fail("publish", "spam")
    publication_id = _create(api, clip, account).json()["id"]
    drive(publication_id)
    failed = api.get(f"/api/v1/publications/{publication_id}").json()
    assert failed["state"] == "failed" and "spam protection" in failed["failure_reason"]
    retried = api.post(f"/api/v1/publications/{publication_id}/retry")
    assert retried.status_code == 200 and retried.json()["state"] == "scheduled"
    drive(publication_id)
    assert Publication.objects.get(pk=publication_id).state == PublicationState.PUBLISHED
    assert len(platforms["instagram"].posts) == 1


def test_connected_accounts_and_their_live_limits(api, connect, platforms, openapi):
    platforms["instagram"].quota_usage = 10
    account = connect("instagram")
    listing = api.get("/api/v1/connected-accounts")
    assert_matches(openapi, "/api/v1/connected-accounts", "get", 200, listing.json())
    [item] = listing.json()
    assert item["id"] == str(account.pk) and item["display_name"] == "@ada.makes"
    limits = api.get(f"/api/v1/connected-accounts/{account.pk}/limits")
    assert_matches(
        openapi, "/api/v1/connected-accounts/{account_id}/limits", "get", 200, limits.json()
    )
    assert limits.json()["posts_remaining"] == 40 and limits.json()["live"] is True
    assert limits.json()["privacy"] == ["public"]


def test_no_answer_carries_a_token(api, connect, clip, platforms):
    for platform in ("tiktok", "youtube", "instagram"):
        account = connect(platform)
        drive(_create(api, clip, account).json()["id"])
    bodies = [
        api.get("/api/v1/connected-accounts").content,
        api.get("/api/v1/publications").content,
        *(
            api.get(f"/api/v1/connected-accounts/{p.account_id}").content
            for p in Publication.objects.all()
        ),
    ]
    secrets = {t.value for fake in platforms.values() for t in fake.tokens.values()}
    text = b"\n".join(bodies).decode()
    assert secrets and not [s for s in secrets if s in text]
    assert "upload_url" not in text and "session" not in text


def test_the_schema_documents_the_publishing_resources(openapi):
    paths = set(openapi["paths"])
    assert {
        "/api/v1/publications",
        "/api/v1/publications/{publication_id}",
        "/api/v1/publications/{publication_id}/cancel",
        "/api/v1/publications/{publication_id}/retry",
        "/api/v1/connected-accounts",
        "/api/v1/connected-accounts/{account_id}",
        "/api/v1/connected-accounts/{account_id}/limits",
    } <= paths
