"""Vendors that fetch the photo by URL get a signed, short-lived link; nobody else does."""

from __future__ import annotations

import pytest
from django.test import Client

from engine.options import JobOptions
from pipeline import links, services
from pipeline.flow import runner
from pipeline.models import Attempt, JobStatus

pytestmark = pytest.mark.django_db


def test_luma_fetches_the_photo_by_signed_url_and_delivers(settings, funded, owner, coffee_jpeg):
    from tests.fakes.luma import FakeLuma

    with FakeLuma() as luma:
        settings.PROVIDERS_CONFIG = {
            "LUMA_API_KEY": luma.api_key,
            "LUMA_BASE_URL": luma.url,
            "PROVIDER_ORDER": "luma,local",
        }
        settings.PROVIDERS_ALLOW_PRIVATE = True
        settings.PROVIDER_POLL_INTERVAL_S = 0.01
        photo = services.photo_upload(
            workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg"
        )
        job = services.job_submit(
            workspace=funded,
            user=owner,
            photo=photo,
            prompt="steam rises",
            options=JobOptions(ratio="1:1", duration_s=2, resolution="540p"),
        )
        runner.run(str(job.pk), lane=None)
        created = [r.json() for r in luma.requests if r.method == "POST"]
    job.refresh_from_db()
    url = created[0]["keyframes"]["frame0"]["url"]
    assert f"/media/provider-photos/{photo.pk}/" in url and "sig=" in url
    assert Attempt.objects.filter(job=job, provider="luma").exists()
    assert job.status in (JobStatus.DELIVERED,)
    # The link itself serves the photo without a login.
    response = Client().get(url.split(settings.SITE_URL, 1)[1])
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:3] == b"\xff\xd8\xff"


def test_a_tampered_or_foreign_photo_link_is_404(funded, owner, coffee_jpeg, astronaut_jpeg):
    photo = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg")
    other = services.photo_upload(
        workspace=funded, user=owner, data=astronaut_jpeg, filename="a.jpg"
    )
    query = links.signed_query(purpose=links.PHOTO_FOR_PROVIDER, object_id=str(photo.pk), ttl_s=60)
    client = Client()
    assert client.get(f"/media/provider-photos/{photo.pk}/?{query}").status_code == 200
    assert client.get(f"/media/provider-photos/{other.pk}/?{query}").status_code == 404
    assert client.get(f"/media/provider-photos/{photo.pk}/?{query}0").status_code == 404
    expired = links.signed_query(
        purpose=links.PHOTO_FOR_PROVIDER, object_id=str(photo.pk), ttl_s=-1
    )
    assert client.get(f"/media/provider-photos/{photo.pk}/?{expired}").status_code == 404
