"""Odd requests get a clear 4xx (or a working delete), never a 500 or a traceback."""

from __future__ import annotations

import pytest

from accounts.models import Membership
from accounts.services import workspace_create, workspace_delete
from engine.options import JobOptions
from pipeline import services
from pipeline.models import Job, Photo

pytestmark = pytest.mark.django_db


def test_a_workspace_with_jobs_can_be_deleted(owner, coffee_jpeg):
    ws = workspace_create(user=owner, name="Temporary")
    from billing.services import credits_adjust

    credits_adjust(workspace=ws, credits=50, reason="t", operator=owner)
    photo = services.photo_upload(workspace=ws, user=owner, data=coffee_jpeg, filename="c.jpg")
    services.job_submit(
        workspace=ws, user=owner, photo=photo, prompt="", options=JobOptions(duration_s=2)
    )
    workspace_delete(workspace=ws, actor=Membership.objects.get(workspace=ws, user=owner))
    assert not Job.objects.filter(workspace_id=ws.pk).exists()
    assert not Photo.objects.filter(workspace_id=ws.pk).exists()


def test_anonymous_posts_to_a_provider_without_callbacks_are_404(client, caplog):
    for provider in ("local", "runway", "nope"):
        response = client.post(
            f"/providers/{provider}/callback/", b"{}", content_type="application/json"
        )
        assert response.status_code == 404
    assert "Traceback" not in caplog.text
