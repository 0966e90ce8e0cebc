"""Checkout, portal, success page, quote, overview; owners only; other workspaces are 404."""

from __future__ import annotations

import uuid

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse

from billing import services, stripe_events
from billing.context_processors import billing as billing_context
from billing.models import BillingAccount, CheckoutSession
from tests.billing.conftest import post_webhook

pytestmark = pytest.mark.django_db


def test_owner_checkout_creates_one_customer_and_redirects_to_stripe(
    client_for, owner, workspace, stripe_on
):
    client = client_for(owner, workspace)
    response = client.post(reverse("billing_checkout"), {"plan": "creator"})
    assert response.status_code == 302
    session_id = CheckoutSession.objects.get(workspace=workspace).stripe_session_id
    assert response["Location"].endswith(f"/billing/success/?session_id={session_id}")
    sent = stripe_on.sessions[session_id]
    assert sent["mode"] == "subscription"
    assert [item["price"] for item in sent["line_items"]] == [
        "price_creator",
        "price_creator_overage",
    ]
    assert sent["metadata"] == {"workspace_id": str(workspace.pk), "plan": "creator"}
    # A second checkout (a pack) reuses the workspace's customer.
    client.post(reverse("billing_checkout"), {"pack": "pack-100"})
    assert len(stripe_on.customers) == 1
    account = BillingAccount.objects.get(workspace=workspace)
    assert account.stripe_customer_id == next(iter(stripe_on.customers))


@pytest.mark.parametrize("role_user", ["member", "admin_user"])
@pytest.mark.parametrize("url_name", ["billing_checkout", "billing_portal"])
def test_non_owners_cannot_pay_or_open_the_portal(
    request, client_for, workspace, stripe_on, role_user, url_name
):
    user = request.getfixturevalue(role_user)
    response = client_for(user, workspace).post(reverse(url_name), {"plan": "creator"})
    assert response.status_code == 403
    assert stripe_on.requests == []


def test_owner_opens_the_portal(client_for, owner, workspace, stripe_on):
    response = client_for(owner, workspace).post(reverse("billing_portal"))
    assert response.status_code == 302
    assert response["Location"].startswith(f"{stripe_on.url}/portal/bps_")
    assert stripe_on.requests_to("POST", "/v1/billing_portal/sessions")


def test_stripe_errors_are_shown_in_plain_words(client_for, owner, workspace, stripe_on):
    from tests.fakes.stripe import error

    stripe_on.fail_next = [error(503, "overloaded")] * 3
    response = client_for(owner, workspace).post(
        reverse("billing_checkout"), {"plan": "creator"}, follow=True
    )
    assert "Stripe could not be reached just now; nothing was charged." in response.content.decode()


def test_without_stripe_keys_pages_say_so_and_checkout_explains(
    client_for, owner, workspace, settings
):
    settings.STRIPE_SECRET_KEY = ""
    client = client_for(owner, workspace)
    page = client.get(reverse("billing_overview")).content.decode()
    assert "Online payment isn't set up on this server" in page
    assert "Online payment isn't set up" in client.get(reverse("pricing")).content.decode()
    response = client.post(reverse("billing_checkout"), {"plan": "creator"}, follow=True)
    assert "Ask an operator to grant credits" in response.content.decode()


def test_success_page_says_processing_until_the_webhook_lands(
    client_for, owner, workspace, stripe_on, django_capture_on_commit_callbacks
):
    client = client_for(owner, workspace)
    client.post(reverse("billing_checkout"), {"plan": "creator"})
    session_id = CheckoutSession.objects.get(workspace=workspace).stripe_session_id
    page = client.get(reverse("billing_success"), {"session_id": session_id}).content.decode()
    assert "Processing your payment" in page
    assert 'hx-trigger="every 2s"' in page
    for event in stripe_on.complete_checkout(session_id):
        with django_capture_on_commit_callbacks(execute=False):
            assert post_webhook(client, stripe_on, event).status_code == 200
        stripe_events.stripe_event_process(event_id=event["id"])
    fragment = client.get(reverse("billing_success_status"), {"session_id": session_id})
    text = fragment.content.decode()
    assert "You're on Creator" in text and "hx-trigger" not in text


def test_other_workspaces_checkout_is_404(
    client_for, owner, workspace, other_owner, other_workspace, stripe_on
):
    client_for(other_owner, other_workspace).post(reverse("billing_checkout"), {"plan": "creator"})
    theirs = CheckoutSession.objects.get(workspace=other_workspace).stripe_session_id
    mine = client_for(owner, workspace)
    for name in ("billing_success", "billing_success_status"):
        assert mine.get(reverse(name), {"session_id": theirs}).status_code == 404
        assert mine.get(reverse(name), {"session_id": "cs_nope"}).status_code == 404


def test_billing_pages_need_login(client, db):
    for name in ("billing_overview", "clip_quote", "billing_success"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client.post(reverse("billing_checkout"), {"plan": "creator"}).status_code == 302


def test_overview_shows_plan_credits_chart_and_plain_ledger(client_for, owner, workspace):
    services.credits_hold(workspace=workspace, job_id=uuid.uuid4(), credits=6)
    blocked = uuid.uuid4()
    services.credits_hold(workspace=workspace, job_id=blocked, credits=3)
    services.credits_release(workspace=workspace, job_id=blocked, reason="blocked")
    page = client_for(owner, workspace).get(reverse("billing_overview")).content.decode()
    assert "Free" in page
    assert 'id="credit-balance">19<' in page
    assert '<svg class="usage-chart"' in page and "6 credits</title>" in page
    assert "Returned 3 credits: the clip was blocked by the safety check" in page
    assert "Held 6 credits for a clip" in page


def test_pricing_page_lists_plans_and_costs(client, db):
    page = client.get(reverse("pricing")).content.decode()
    for name in ("Free", "Creator", "Studio", "Business", "100 credits", "Stillmotion engine"):
        assert name in page


def test_low_credit_banner_via_context_processor(owner, workspace, set_balance, settings):
    settings.BILLING_LOW_CREDIT_THRESHOLD = 10
    request = RequestFactory().get("/")
    request.user = owner
    request.workspace = workspace
    context = {"workspace": workspace, **billing_context(request)}
    assert render_to_string("billing/_low_credit_banner.html", context).strip() == ""
    set_balance(workspace, 4)
    context = {"workspace": workspace, **billing_context(request)}
    html = render_to_string("billing/_low_credit_banner.html", context)
    assert "Only <strong>4</strong> credits left in Acme Studio" in html
