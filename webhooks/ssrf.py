"""Where webhooks may go. In production: https only, never a private or internal address.

The address is checked when an endpoint is saved and again before every delivery (DNS can
change in between); redirects are never followed, so a public URL can't bounce us inward.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings

from webhooks.errors import WebhookTargetRejected

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def _resolve(host: str, port: int) -> list[Address]:
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise WebhookTargetRejected(
            f"We couldn't find the host {host!r}. Check the URL's spelling and that it is "
            "publicly reachable."
        ) from exc
    addresses = []
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        addresses.append(address)
    return addresses


def _why_forbidden(address: Address, *, production: bool, allow_loopback: bool) -> str | None:
    if address.is_loopback:
        return None if (allow_loopback or not production) else "a loopback address"
    if address.is_link_local:
        return "a link-local address (such as a cloud metadata service)"
    if address.is_multicast or address.is_unspecified or address.is_reserved:
        return "a reserved address"
    if production and (address.is_private or not address.is_global):
        return "a private network address"
    return None


def check_target(url: str) -> None:
    """Raise `WebhookTargetRejected` unless `url` may receive webhooks here."""
    production = bool(getattr(settings, "PRODUCTION", False))
    allow_loopback = bool(getattr(settings, "WEBHOOKS_ALLOW_LOOPBACK", False))
    parts = urlsplit(url)
    schemes = ("https",) if production else ("https", "http")
    if parts.scheme not in schemes:
        raise WebhookTargetRejected(
            "Webhook URLs must start with https:// so deliveries are encrypted."
            if production
            else "Webhook URLs must start with http:// or https://."
        )
    if not parts.hostname:
        raise WebhookTargetRejected("That webhook URL has no host name.")
    if parts.username or parts.password:
        raise WebhookTargetRejected(
            "Don't put a user name or password in the webhook URL; verify our signature instead."
        )
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise WebhookTargetRejected("That webhook URL has an invalid port.") from exc
    for address in _resolve(parts.hostname, port):
        why = _why_forbidden(address, production=production, allow_loopback=allow_loopback)
        if why:
            raise WebhookTargetRejected(
                f"{parts.hostname} resolves to {address}, {why}, which can't receive webhooks. "
                "Use a public https URL (for n8n or Zapier, their webhook URL)."
            )
