"""Password reset and change, and TOTP two-factor through allauth's real views."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import struct
import time

import pytest
from django.core import mail
from django.urls import reverse

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def totp(secret: str, at: float | None = None) -> str:
    """RFC 6238 (SHA-1, 30 s, 6 digits), written here independently of allauth."""
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    counter = int((at or time.time()) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def test_password_change_requires_the_old_password(client_for, owner):
    client = client_for(owner)
    url = reverse("account_change_password")
    bad = client.post(
        url, {"oldpassword": "wrong", "password1": "N3w-pass-long", "password2": "N3w-pass-long"}
    )
    assert "Please type your current password" in bad.content.decode()
    good = client.post(
        url, {"oldpassword": PASSWORD, "password1": "N3w-pass-long", "password2": "N3w-pass-long"}
    )
    assert good.status_code == 302
    owner.refresh_from_db()
    assert owner.check_password("N3w-pass-long")


def test_password_reset_by_email_link(client, owner):
    client.post(reverse("account_reset_password"), {"email": owner.email})
    link = re.search(r"http://\S+/accounts/password/reset/key/\S+", mail.outbox[-1].body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    page = client.get("/" + path, follow=True)
    form_url = page.redirect_chain[-1][0] if page.redirect_chain else "/" + path
    done = client.post(form_url, {"password1": "Reset-pass-99", "password2": "Reset-pass-99"})
    assert done.status_code == 302
    owner.refresh_from_db()
    assert owner.check_password("Reset-pass-99")


def test_totp_two_factor_is_required_after_activation(owner, workspace, client):
    from django.test import Client

    session_client = Client()
    session_client.post(reverse("account_login"), {"login": owner.email, "password": PASSWORD})
    # Turning on 2FA asks for the password again first.
    asked = session_client.get(reverse("mfa_activate_totp"))
    assert asked.status_code == 302 and "reauthenticate" in asked["Location"]
    session_client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    page = session_client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = session_client.session["mfa.totp.secret"]
    activated = session_client.post(reverse("mfa_activate_totp"), {"code": totp(secret)})
    assert activated.status_code == 302
    # Logging in now asks for the code after the password.
    response = client.post(reverse("account_login"), {"login": owner.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    wrong = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert "Incorrect code" in wrong.content.decode()
    right = client.post(reverse("mfa_authenticate"), {"code": totp(secret)})
    assert right.status_code == 302
    assert client.get(reverse("dashboard")).status_code == 200
