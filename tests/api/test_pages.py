"""Dashboard pages: API keys (shown once, admins only), the guide, webhook endpoints and logs."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from api.models import ApiKey
from tests.api.conftest import ApiClient
from webhooks.models import WebhookDelivery, WebhookEndpoint

pytestmark = pytest.mark.django_db


def test_admin_creates_a_key_that_is_shown_once_and_works(admin_user, funded, client_for):
    client = client_for(admin_user, funded)
    response = client.post(reverse("api_keys"), {"name": "n8n production"})
    assert response.status_code == 302
    page = client.get(reverse("api_keys")).content.decode()
    raw = re.search(r'id="new-key-value">(sm_live_[^<]+)<', page).group(1)
    assert ApiClient(raw).get("/api/v1/usage").status_code == 200
    again = client.get(reverse("api_keys")).content.decode()
    assert raw not in again  # shown once
    key = ApiKey.objects.get(workspace=funded)
    assert f"{key.prefix}_…" in again and "n8n production" in again
    client.post(reverse("api_key_revoke", args=[key.pk]))
    assert ApiClient(raw).get("/api/v1/usage").status_code == 401


def test_members_can_not_see_or_create_keys(member, funded, client_for, make_key):
    make_key(funded, "secret-name")
    client = client_for(member, funded)
    page = client.get(reverse("api_keys")).content.decode()
    assert "secret-name" not in page and "Only workspace admins" in page
    client.post(reverse("api_keys"), {"name": "sneaky"})
    assert not ApiKey.objects.filter(name="sneaky").exists()
    key = ApiKey.objects.get(name="secret-name")
    client.post(reverse("api_key_revoke", args=[key.pk]))
    key.refresh_from_db()
    assert key.revoked_at is None


def test_guide_uses_the_newest_key_prefix_in_curl_examples(owner, funded, client_for, make_key):
    make_key(funded)
    prefix = ApiKey.objects.get(workspace=funded).prefix
    html = client_for(owner, funded).get(reverse("api_guide")).content.decode()
    assert f'STILLMOTION_KEY="{prefix}_…"' in html
    assert "http://127.0.0.1:8000/api/v1/jobs" in html and "Idempotency-Key" in html


def test_webhook_pages_add_test_log_and_redeliver(owner, funded, client_for):
    client = client_for(owner, funded)
    response = client.post(
        reverse("webhook_endpoints"),
        {"url": "http://127.0.0.1:9/hook", "events": ["job.delivered", "job.failed"]},
    )
    assert response.status_code == 302
    endpoint = WebhookEndpoint.objects.get(workspace=funded)
    assert endpoint.events == ["job.delivered", "job.failed"]
    page = client.get(reverse("webhook_endpoints")).content.decode()
    assert endpoint.secret in page and "n8n" in page
    client.post(reverse("webhook_endpoint_test", args=[endpoint.pk]))
    delivery = WebhookDelivery.objects.get(endpoint=endpoint)
    log = client.get(reverse("webhook_deliveries", args=[endpoint.pk])).content.decode()
    assert "webhook.test" in log and delivery.event_id in log
    WebhookDelivery.objects.filter(pk=delivery.pk).update(status="failed", next_attempt_at=None)
    client.post(reverse("webhook_redeliver", args=[delivery.pk]))
    delivery.refresh_from_db()
    assert delivery.status == "pending" and delivery.next_attempt_at is not None
    client.post(reverse("webhook_endpoint_delete", args=[endpoint.pk]))
    assert not WebhookEndpoint.objects.filter(pk=endpoint.pk).exists()


def test_unsafe_endpoint_url_is_refused_on_the_page(owner, funded, client_for, settings):
    settings.PRODUCTION = True
    response = client_for(owner, funded).post(
        reverse("webhook_endpoints"), {"url": "https://169.254.169.254/latest"}
    )
    assert response.status_code == 400
    assert "link-local" in response.content.decode()
    assert not WebhookEndpoint.objects.exists()


def test_members_can_not_manage_webhooks(member, funded, client_for):
    client = client_for(member, funded)
    assert client.get(reverse("webhook_endpoints")).status_code == 302
    client.post(reverse("webhook_endpoints"), {"url": "http://127.0.0.1:9/x"})
    assert not WebhookEndpoint.objects.exists()


def test_docs_page_has_python_and_n8n_verification(owner, funded, client_for):
    html = client_for(owner, funded).get(reverse("webhook_docs")).content.decode()
    assert "hmac.compare_digest" in html and "crypto.createHmac" in html
    assert "Catch Hook" in html and "Raw Body" in html
