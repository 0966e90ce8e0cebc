"""The only module that talks to Stripe (through the official `stripe` library).

Stripe is off unless `STRIPE_SECRET_KEY` is set. `STRIPE_API_BASE` points the client at another
base URL (tests use a local fake that speaks Stripe's wire format).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import stripe
from django.conf import settings

from billing.errors import BillingNotConfigured, PaymentProviderError

log = logging.getLogger(__name__)

UNREACHABLE = "Stripe could not be reached just now; nothing was charged. Try again in a minute."


def is_enabled() -> bool:
    return bool(settings.STRIPE_SECRET_KEY)


def webhooks_enabled() -> bool:
    return bool(settings.STRIPE_WEBHOOK_SECRET)


def client() -> stripe.StripeClient:
    if not is_enabled():
        raise BillingNotConfigured("Online payments aren't set up on this server.")
    base_addresses: dict[str, str] = {}
    if settings.STRIPE_API_BASE:
        base_addresses = {"api": settings.STRIPE_API_BASE, "meter_events": settings.STRIPE_API_BASE}
    return stripe.StripeClient(
        settings.STRIPE_SECRET_KEY,
        base_addresses=base_addresses,  # type: ignore[arg-type]
        max_network_retries=2,
    )


def _call(what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Run one API call; every Stripe failure becomes a PaymentProviderError with plain words."""
    try:
        return fn(*args, **kwargs)
    except stripe.StripeError as exc:
        log.warning("stripe: %s failed: %s", what, exc)
        if isinstance(exc, stripe.APIConnectionError) or (exc.http_status or 0) >= 500:
            raise PaymentProviderError(UNREACHABLE) from exc
        raise PaymentProviderError(
            f"Stripe refused to {what} ({exc.user_message or exc.code or 'error'}). "
            "Nothing was charged; try again or contact support."
        ) from exc


@dataclass(frozen=True)
class CheckoutResult:
    id: str
    url: str


def customer_create(*, workspace_id: str, name: str, email: str) -> str:
    customer = _call(
        "create a customer",
        client().v1.customers.create,
        params={"name": name, "email": email, "metadata": {"workspace_id": workspace_id}},
        # Two requests racing to create the customer get the same one back.
        options={"idempotency_key": f"customer-{workspace_id}"},
    )
    return str(customer.id)


def checkout_subscription_create(
    *,
    customer_id: str,
    price_id: str,
    metered_price_id: str,
    metadata: dict[str, str],
    success_url: str,
    cancel_url: str,
) -> CheckoutResult:
    line_items: list[dict[str, Any]] = [{"price": price_id, "quantity": 1}]
    if metered_price_id:
        line_items.append({"price": metered_price_id})  # metered prices take no quantity
    session = _call(
        "start checkout",
        client().v1.checkout.sessions.create,
        params={
            "mode": "subscription",
            "customer": customer_id,
            "client_reference_id": metadata["workspace_id"],
            "line_items": line_items,
            "metadata": metadata,
            "subscription_data": {"metadata": metadata},
            "success_url": success_url,
            "cancel_url": cancel_url,
        },
    )
    return CheckoutResult(id=str(session.id), url=str(session.url))


def checkout_payment_create(
    *, customer_id: str, price_id: str, metadata: dict[str, str], success_url: str, cancel_url: str
) -> CheckoutResult:
    session = _call(
        "start checkout",
        client().v1.checkout.sessions.create,
        params={
            "mode": "payment",
            "customer": customer_id,
            "client_reference_id": metadata["workspace_id"],
            "line_items": [{"price": price_id, "quantity": 1}],
            "metadata": metadata,
            "payment_intent_data": {"metadata": metadata},
            "success_url": success_url,
            "cancel_url": cancel_url,
        },
    )
    return CheckoutResult(id=str(session.id), url=str(session.url))


def portal_session_create(*, customer_id: str, return_url: str) -> str:
    session = _call(
        "open the billing portal",
        client().v1.billing_portal.sessions.create,
        params={"customer": customer_id, "return_url": return_url},
    )
    return str(session.url)


class MeterEventDuplicate(Exception):
    """Stripe already has an event with this identifier: the usage was reported before."""


def meter_event_create(*, customer_id: str, credits: int, identifier: str, timestamp: int) -> str:
    """Report overage credits; `identifier` (the job id) makes a retried report a no-op."""
    try:
        event = client().v1.billing.meter_events.create(
            params={
                "event_name": settings.STRIPE_METER_EVENT_NAME,
                "identifier": identifier,
                "timestamp": timestamp,
                "payload": {"stripe_customer_id": customer_id, "value": str(credits)},
            }
        )
    except stripe.InvalidRequestError as exc:
        if exc.code == "resource_already_exists" or "already exists" in str(exc).lower():
            raise MeterEventDuplicate(identifier) from exc
        raise PaymentProviderError(f"Stripe refused the usage report: {exc}") from exc
    except stripe.StripeError as exc:
        raise PaymentProviderError(UNREACHABLE) from exc
    return str(event.identifier)


def webhook_event_construct(*, payload: bytes, signature: str) -> stripe.Event:
    """Verify the signature over the raw body (and its age) and parse the event.

    Raises `ValueError` for a body that isn't JSON and `stripe.SignatureVerificationError` for
    a forged, stale or missing signature.
    """
    return stripe.Webhook.construct_event(payload, signature, settings.STRIPE_WEBHOOK_SECRET)
