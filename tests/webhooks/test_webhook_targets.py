"""Webhooks connect to the address that was checked, and hidden IPv4 forms are judged."""

from __future__ import annotations

import socket

import pytest

from webhooks import services
from webhooks.errors import WebhookTargetRejected
from webhooks.ssrf import check_target

pytestmark = pytest.mark.django_db


@pytest.fixture
def production(settings):
    settings.PRODUCTION = True
    settings.WEBHOOKS_ALLOW_LOOPBACK = False


@pytest.mark.parametrize(
    "url",
    [
        "https://[2002:a9fe:a9fe::1]/hook",  # 6to4 of 169.254.169.254 (cloud metadata)
        "https://[2002:0a00:0001::1]/hook",  # 6to4 of 10.0.0.1
        "https://[64:ff9b::a9fe:a9fe]/hook",  # NAT64 of the metadata address
        "https://[64:ff9b::7f00:1]/hook",  # NAT64 of 127.0.0.1
        "https://[64:ff9b:1::c0a8:101]/hook",  # local-use NAT64 of 192.168.1.1
        "https://[::ffff:169.254.169.254]/hook",  # IPv4-mapped
        "https://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/hook",  # Teredo of 10.0.0.1
    ],
)
def test_ipv6_forms_of_private_addresses_are_refused(production, url):
    with pytest.raises(WebhookTargetRejected):
        check_target(url)


def test_a_6to4_form_of_a_public_address_is_allowed(production):
    assert check_target("https://[2002:0808:0808::1]/hook").address.version == 6


def test_a_delivery_connects_to_the_checked_address_even_if_dns_changes(
    workspace, receiver, settings, monkeypatch
):
    """DNS rebinding: the first answer is allowed, a later one would point at metadata."""
    settings.WEBHOOKS_ALLOW_LOOPBACK = True
    port = receiver.hook_url.split(":")[2].split("/")[0]
    url = f"http://rebind.stillmotion.test:{port}/hook"
    answers = iter(
        [
            [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", int(port)))],  # saving
            [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", int(port)))],  # delivery
        ]
    )
    lookups: list[str] = []
    real_dns = socket.getaddrinfo

    def fake_dns(host, *args, **kwargs):  # the network's answer for one name, not our code
        if host != "rebind.stillmotion.test":
            return real_dns(host, *args, **kwargs)
        lookups.append(host)
        try:
            return next(answers)
        except StopIteration:  # a third lookup (at connect time) would be the rebinding
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("169.254.169.254", 80))]

    monkeypatch.setattr(socket, "getaddrinfo", fake_dns)
    services.endpoint_create(workspace=workspace, url=url)
    [delivery] = services.event_emit(workspace=workspace, event_type="job.failed", data={})
    outcome = services.delivery_attempt(delivery_id=str(delivery.pk))
    assert outcome is not None and outcome.delivered, outcome
    assert lookups == ["rebind.stillmotion.test", "rebind.stillmotion.test"]
    [request] = receiver.hooks()
    assert request.headers["host"] == f"rebind.stillmotion.test:{port}"
