"""The operators' login (/ops/) goes through allauth: two-factor and rate limits apply."""

from __future__ import annotations

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from tests.accounts.test_auth_flows import totp
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(make_user):
    user = make_user("ops@example.com", is_staff=True, is_superuser=True)
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return user, secret


def test_the_admin_password_form_is_never_served(client, operator):
    page = client.get("/ops/login/?next=/ops/")
    assert page.status_code == 302
    assert page["Location"].startswith(reverse("account_login"))


def test_an_operator_with_totp_needs_the_code_to_reach_the_admin(operator):
    user, secret = operator
    client = Client()
    # Posting the password to the old admin form logs nobody in.
    client.post("/ops/login/", {"username": user.email, "password": PASSWORD, "next": "/ops/"})
    assert client.get("/ops/").status_code == 302
    assert "_auth_user_id" not in client.session
    # The allauth login asks for the second factor before any session exists.
    step = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert step["Location"] == reverse("mfa_authenticate")
    assert client.get("/ops/").status_code == 302
    assert client.get(reverse("mfa_index")).status_code == 302
    done = client.post(reverse("mfa_authenticate"), {"code": totp(secret)})
    assert done.status_code == 302
    assert client.get("/ops/").status_code == 200


def test_wrong_passwords_at_the_operator_login_are_throttled(operator, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
    cache.clear()
    user, _ = operator
    client = Client()
    answers = [
        client.post(reverse("account_login"), {"login": user.email, "password": "nope-nope"})
        for _ in range(8)
    ]
    assert answers[0].status_code == 200
    assert any(a.status_code == 429 or b"Too many" in a.content for a in answers[5:])
