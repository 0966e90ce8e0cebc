"""Fixtures for API tests: keys, a client that sends them, and small real photos."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from tests.fixtures_pipeline import jpeg_bytes


class ApiClient(Client):
    """A Django test client that sends `Authorization: Bearer <key>` on every request."""

    def __init__(self, raw_key: str | None) -> None:
        headers = {"Authorization": f"Bearer {raw_key}"} if raw_key else {}
        super().__init__(headers=headers)


@pytest.fixture
def make_key(db: None) -> Callable[..., str]:
    from accounts.models import Membership
    from api.services import api_key_create

    def make(workspace: object, name: str = "tests") -> str:
        actor = Membership.objects.filter(workspace=workspace, role="owner").first()
        _, raw = api_key_create(workspace=workspace, actor=actor, name=name)  # type: ignore[arg-type]
        return raw

    return make


@pytest.fixture
def api_key(funded: object, make_key: Callable[..., str]) -> str:
    return make_key(funded)


@pytest.fixture
def api(api_key: str) -> ApiClient:
    return ApiClient(api_key)


@pytest.fixture
def small_jpeg() -> bytes:
    return jpeg_bytes("astronaut", size=(320, 320))


@pytest.fixture
def other_funded(other_workspace: object, other_owner: object) -> object:
    from billing.ledger import account_ensure
    from billing.models import BillingAccount, Plan
    from billing.services import credits_adjust

    account_ensure(workspace=other_workspace)
    BillingAccount.objects.filter(workspace=other_workspace).update(
        plan=Plan.objects.get(code="studio")
    )
    credits_adjust(workspace=other_workspace, credits=100, reason="tests", operator=other_owner)
    return other_workspace


@pytest.fixture
def foreign(other_funded: object, other_owner: object) -> dict[str, object]:
    """One of everything that has an id, owned by another workspace."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from accounts.models import Membership
    from api.services import api_key_create
    from batches.models import Batch
    from pipeline.models import Clip, Job, JobStatus, Photo
    from webhooks.models import WebhookDelivery
    from webhooks.services import endpoint_create

    ws = other_funded
    photo = Photo.objects.create(
        workspace=ws,
        original_name="theirs.jpg",
        sha256="f" * 64,
        image="x.jpg",
        thumbnail="x-thumb.jpg",
        mime="image/jpeg",
        width=400,
        height=400,
        size_bytes=10,
    )
    # Waiting for its confirm: a start or cancel that crossed workspaces would change it.
    quote = [{"name": "a.jpg", "file": "x", "prompt": "", "options": {}, "credits": 1}]
    batch = Batch.objects.create(workspace=ws, name="theirs", total=1, status="ready", items=quote)
    job = Job.objects.create(
        workspace=ws, photo=photo, batch_id=batch.pk, prompt="x", status=JobStatus.DELIVERED
    )
    video = default_storage.save(f"clips/{ws.pk}/{job.pk}/clip.mp4", ContentFile(b"\x00" * 64))
    clip = Clip.objects.create(
        workspace=ws,
        job=job,
        video=video,
        poster="p.jpg",
        width=4,
        height=4,
        frames=1,
        duration_s=1.0,
        size_bytes=64,
        sha256="0" * 64,
    )
    endpoint = endpoint_create(workspace=ws, url="http://127.0.0.1:9/theirs")
    delivery = WebhookDelivery.objects.create(
        workspace=ws,
        endpoint=endpoint,
        url=endpoint.url,
        event_type="webhook.test",
        event_id="evt_theirs",
        payload={},
    )
    actor = Membership.objects.get(workspace=ws, user=other_owner)
    key, _ = api_key_create(workspace=ws, actor=actor, name="theirs")
    return {
        "photo": photo,
        "batch": batch,
        "job": job,
        "clip": clip,
        "endpoint": endpoint,
        "delivery": delivery,
        "key": key,
    }
