"""A real browser: pricing page → Stripe Checkout (fake) → success page → plan shown after the
signed webhook lands."""

from __future__ import annotations

import pytest
from django.conf import settings as django_settings
from django.test import Client

from billing import stripe_events
from billing.models import CheckoutSession, StripeEvent


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_pricing_to_checkout_to_success_page_shows_the_plan(
    live_server, page, owner, workspace, stripe_on
):
    from playwright.sync_api import expect

    client = Client()
    client.force_login(owner)
    session = client.session
    session["active_workspace_id"] = str(workspace.pk)
    session.save()
    page.context.add_cookies(
        [
            {
                "name": django_settings.SESSION_COOKIE_NAME,
                "value": session.session_key,
                "url": live_server.url,
            }
        ]
    )

    page.goto(f"{live_server.url}/pricing/")
    expect(page.locator(".plan-card.is-current")).to_contain_text("Free")
    page.get_by_role("button", name="Choose Creator").click()

    # The fake's checkout URL sends the browser straight back to our success page.
    page.wait_for_url("**/billing/success/?session_id=cs_*")
    expect(page.locator("#checkout-status")).to_contain_text("Processing your payment")
    checkout = CheckoutSession.objects.get(workspace=workspace)
    assert checkout.completed_at is None

    webhook_url = f"{live_server.url}/billing/stripe/webhook/"
    events = stripe_on.complete_checkout(checkout.stripe_session_id)
    for event in events:
        response = stripe_on.deliver(webhook_url, event)
        assert response.status_code == 200, response.text
    # The endpoint stored the events; run what the Celery task runs.
    assert StripeEvent.objects.filter(processed_at__isnull=True).count() == len(events)
    for event in events:
        stripe_events.stripe_event_process(event_id=event["id"])

    expect(page.locator("#checkout-status")).to_contain_text("You're on Creator", timeout=10_000)
    expect(page.locator("#checkout-status")).to_contain_text("300 credits")
    page.goto(f"{live_server.url}/billing/")
    expect(page.locator("#credit-balance")).to_have_text("300")
