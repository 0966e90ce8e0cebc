"""Free credits come once per verified person, not once per workspace."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.urls import reverse

from accounts.services import workspace_create
from billing import selectors, services

pytestmark = pytest.mark.django_db


def test_a_second_and_third_workspace_get_no_free_credits(owner, workspace):
    assert selectors.credit_balance(workspace=workspace) == 25
    for name in ("Side project", "Another one"):
        extra = workspace_create(user=owner, name=name)
        assert selectors.credit_balance(workspace=extra) == 0


def test_free_months_renew_only_where_the_allowance_is(owner, workspace):
    from django.utils import timezone

    extra = workspace_create(user=owner, name="Side project")
    later = timezone.now() + timezone.timedelta(days=40)
    assert services.free_period_renew(workspace=workspace, now=later) is not None
    assert services.free_period_renew(workspace=extra, now=later) is None
    assert selectors.credit_balance(workspace=extra) == 0


def test_credits_arrive_when_the_email_is_confirmed_and_only_once(client):
    signup = client.post(
        reverse("account_signup"),
        {
            "email": "new@example.com",
            "password1": "a-Long-pass-123",
            "password2": "a-Long-pass-123",
        },
    )
    assert signup.status_code == 302
    from accounts.models import User

    user = User.objects.get(email="new@example.com")
    personal = user.memberships.get().workspace
    assert selectors.credit_balance(workspace=personal) == 0  # not verified yet
    link = re.search(r"http://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body).group(0)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    client.post(path)
    assert selectors.credit_balance(workspace=personal) == 25
    client.post(path)  # a second confirmation changes nothing
    assert selectors.credit_balance(workspace=personal) == 25


def test_pricing_says_free_credits_are_once_per_person(client):
    assert "once per person" in client.get(reverse("pricing")).content.decode()
