"""`publication.published` and `publication.failed` webhooks: publishing sends its signal
on commit, webhooks (which publishing never imports) turn it into signed deliveries."""

from __future__ import annotations

import pytest

from publishing import services
from tests.publishing.conftest import drive
from webhooks.models import SUBSCRIBABLE_EVENTS, WebhookDelivery
from webhooks.services import endpoint_create

pytestmark = pytest.mark.django_db


def test_the_publication_events_can_be_subscribed_to():
    assert {"publication.published", "publication.failed"} <= set(SUBSCRIBABLE_EVENTS)


def test_a_published_clip_sends_publication_published_with_its_url(
    connect, workspace, owner, clip, django_capture_on_commit_callbacks
):
    endpoint_create(
        workspace=workspace, url="http://127.0.0.1:9/hook", events=["publication.published"]
    )
    account = connect("youtube")
    publication = services.publication_create(
        workspace=workspace, clip=clip, account=account, caption="Dawn", user=owner
    ).publication
    with django_capture_on_commit_callbacks(execute=True):
        drive(publication.pk)
    [delivery] = WebhookDelivery.objects.filter(event_type="publication.published")
    data = delivery.payload["data"]
    publication.refresh_from_db()
    assert data["publication"]["id"] == str(publication.pk)
    assert data["publication"]["public_url"] == publication.public_url
    assert data["publication"]["platform"] == "youtube"
    assert data["clip"]["id"] == str(clip.pk) and data["job_id"] == str(clip.job_id)
    assert delivery.payload["type"] == "publication.published"


def test_a_failed_publication_sends_publication_failed_with_the_reason(
    connect, workspace, owner, clip, platforms, django_capture_on_commit_callbacks
):
    endpoint_create(workspace=workspace, url="http://127.0.0.1:9/hook")
    account = connect("tiktok")
    platforms["tiktok"].fail("init", "spam")
    publication = services.publication_create(
        workspace=workspace, clip=clip, account=account, caption="Dawn", user=owner
    ).publication
    with django_capture_on_commit_callbacks(execute=True):
        drive(publication.pk)
    [delivery] = WebhookDelivery.objects.filter(event_type="publication.failed")
    failure = delivery.payload["data"]["publication"]
    assert failure["state"] == "failed" and "spam protection" in failure["failure_reason"]
    assert not WebhookDelivery.objects.filter(event_type="publication.published").exists()
