"""Billing fixtures: a fake Stripe on 127.0.0.1 and settings that point the stripe library at it."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse

from billing import ledger, services
from billing.defaults import seed
from billing.models import CreditPack, Plan
from tests.fakes.stripe import FakeStripe


@pytest.fixture
def fake_stripe() -> Iterator[FakeStripe]:
    with FakeStripe() as fake:
        fake.add_price("price_creator", unit_amount=1200)
        fake.add_price("price_creator_overage", unit_amount=5, metered=True)
        fake.add_price("price_studio", unit_amount=3900)
        fake.add_price("price_pack_100", unit_amount=1000, recurring=False)
        yield fake


@pytest.fixture
def stripe_on(settings: Any, fake_stripe: FakeStripe, db: None) -> FakeStripe:
    # Transactional tests flush the seeded plans; put them back before pricing them.
    seed(apps)
    settings.STRIPE_SECRET_KEY = fake_stripe.api_key
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_fake"
    settings.STRIPE_WEBHOOK_SECRET = fake_stripe.webhook_secret
    settings.STRIPE_API_BASE = fake_stripe.url
    Plan.objects.filter(code="creator").update(
        stripe_price_id="price_creator", stripe_metered_price_id="price_creator_overage"
    )
    Plan.objects.filter(code="studio").update(stripe_price_id="price_studio")
    CreditPack.objects.filter(code="pack-100").update(stripe_price_id="price_pack_100")
    return fake_stripe


@pytest.fixture
def operator(make_user: Callable[..., Any]) -> Any:
    return make_user("ops@stillmotion.test", is_staff=True, is_superuser=True)


@pytest.fixture
def set_balance(operator: Any) -> Callable[..., int]:
    """Bring a workspace's balance to exactly `credits` with an operator adjustment."""

    def set_to(workspace: Any, credits: int) -> int:
        account = ledger.account_ensure(workspace=workspace)
        delta = credits - account.balance
        if delta:
            services.credits_adjust(
                workspace=workspace, credits=delta, reason="test setup", operator=operator
            )
        return credits

    return set_to


@pytest.fixture
def on_plan() -> Callable[..., Plan]:
    def move(workspace: Any, code: str, **account_fields: Any) -> Plan:
        account = ledger.account_ensure(workspace=workspace)
        account.plan = Plan.objects.get(code=code)
        for name, value in account_fields.items():
            setattr(account, name, value)
        account.save()
        return account.plan

    return move


def post_webhook(client: Client, fake: FakeStripe, event: dict, **sign: Any) -> Any:
    body, header = fake.signed(event, **sign)
    return client.post(
        reverse("stripe_webhook"),
        data=body,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=header,
    )


def new_job() -> uuid.UUID:
    return uuid.uuid4()


def ledger_sum(workspace) -> int:  # type: ignore[no-untyped-def]
    """The balance recomputed from the ledger entries themselves."""
    from billing.models import LedgerEntry

    return sum(LedgerEntry.objects.filter(workspace=workspace).values_list("credits", flat=True))
