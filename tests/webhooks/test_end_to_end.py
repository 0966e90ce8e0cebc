"""A clip rendered in-process reaches a receiver as a signed job.delivered with a working
download link; and a real Celery worker delivers webhooks from the "light" queue."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from pipeline.flow import runner
from pipeline.models import Clip, Job, JobStatus
from tests.fixtures_pipeline import wait_for
from tests.webhooks.conftest import independent_verify
from webhooks import services
from webhooks.models import DeliveryStatus, WebhookDelivery


@pytest.mark.django_db
def test_delivered_job_sends_a_signed_event_whose_link_downloads_the_clip(
    api, funded, receiver, coffee_jpeg, django_capture_on_commit_callbacks
):
    endpoint = api.post(
        "/api/v1/webhooks/endpoints",
        {"url": receiver.hook_url, "events": ["job.delivered"]},
        content_type="application/json",
    ).json()
    job_id = api.post(
        "/api/v1/jobs",
        {
            "image": SimpleUploadedFile("coffee.jpg", coffee_jpeg),
            "prompt": "slow push in",
            "ratio": "1:1",
            "duration_s": "2",
            "resolution": "540p",
            "consent": "true",
        },
    ).json()["id"]
    with django_capture_on_commit_callbacks(execute=True):  # job_finished reaches webhooks
        runner.run(job_id, lane=None)
    job = Job.objects.get(pk=job_id)
    assert job.status == JobStatus.DELIVERED, job.failure_reason
    [delivery] = WebhookDelivery.objects.filter(event_type="job.delivered")
    assert services.delivery_attempt(delivery_id=str(delivery.pk)).delivered
    [request] = receiver.hooks()
    assert independent_verify(
        endpoint["secret"], request.body, request.headers["stillmotion-signature"]
    )
    event = json.loads(request.body)
    clip = Clip.objects.get(job_id=job_id)
    assert event["data"]["clip"]["id"] == str(clip.pk)
    link = urlsplit(event["data"]["clip"]["download_url"])
    video = Client().get(f"{link.path}?{link.query}")
    data = b"".join(video.streaming_content)
    assert video.status_code == 200 and len(data) == clip.size_bytes
    # The public verify API knows the clip it gave out.
    report = api.post("/api/v1/verify", {"file": SimpleUploadedFile("c.mp4", data)}).json()
    assert report["found"] is True and report["state"] == "Trusted"
    assert report["clip_id"] == str(clip.pk) and report["job_id"] == job_id


@pytest.mark.worker
def test_a_real_worker_delivers_from_the_light_queue(start_worker, workspace, receiver):
    endpoint = services.endpoint_create(workspace=workspace, url=receiver.hook_url)
    worker = start_worker()
    delivery = services.test_event_send(workspace=workspace, endpoint=endpoint)
    wait_for(lambda: len(receiver.hooks()) == 1, timeout=30, what=f"delivery\n{worker.log()}")
    wait_for(
        lambda: WebhookDelivery.objects.get(pk=delivery.pk).status == DeliveryStatus.DELIVERED,
        timeout=10,
        what="the delivery recorded as delivered",
    )
    body = receiver.hooks()[0].body
    assert independent_verify(
        endpoint.secret, body, receiver.hooks()[0].headers["stillmotion-signature"]
    )
    assert json.loads(body)["type"] == "webhook.test"
