"""Behind our proxy, login limits key on the real client, and nobody can pick their own."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.urls import reverse

from saas.client_ip import client_ip
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("peer", "xff", "expected"),
    [
        ("10.0.0.5", "203.0.113.7", "203.0.113.7"),  # our proxy says who the client is
        ("10.0.0.5", "198.51.100.1, 203.0.113.7", "203.0.113.7"),  # a client-written hop
        ("10.0.0.5", "203.0.113.7, 10.0.0.9", "203.0.113.7"),  # two of our proxies
        ("198.51.100.9", "203.0.113.7", "198.51.100.9"),  # not our proxy: header ignored
        ("10.0.0.5", "garbage", "10.0.0.5"),
    ],
)
def test_the_client_is_the_first_untrusted_hop(settings, peer, xff, expected):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    request = RequestFactory().get("/", REMOTE_ADDR=peer, HTTP_X_FORWARDED_FOR=xff)
    assert client_ip(request) == expected


def test_one_clients_bad_logins_do_not_lock_out_everyone_behind_the_proxy(settings, owner):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip"}  # per client, not per account
    cache.clear()
    proxy = {"REMOTE_ADDR": "10.0.0.5"}
    attacker = Client(HTTP_X_FORWARDED_FOR="203.0.113.66", **proxy)
    for _ in range(12):
        attacker.post(reverse("account_login"), {"login": owner.email, "password": "wrong-wrong"})
    blocked = attacker.post(reverse("account_login"), {"login": owner.email, "password": PASSWORD})
    assert b"Too many failed login attempts" in blocked.content
    assert "_auth_user_id" not in attacker.session
    someone_else = Client(HTTP_X_FORWARDED_FOR="198.51.100.20", **proxy)
    ok = someone_else.post(reverse("account_login"), {"login": owner.email, "password": PASSWORD})
    assert ok.status_code == 302
