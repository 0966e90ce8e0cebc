"""Where webhooks may go. In production: https only, never a private or internal address.

The address is checked when an endpoint is saved and again before every delivery, and the
delivery connects to exactly the address that was checked (the URL's host is kept for the
Host header and TLS), so a DNS answer that changes between the check and the connection
(rebinding) can't send us inward. Addresses hidden inside IPv6 (6to4, NAT64, Teredo,
IPv4-mapped) are judged by the IPv4 address they reach. Redirects are never followed.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings

from engine.net import Address, is_loopback, is_private_network, resolve, why_not_public
from webhooks.errors import WebhookTargetRejected


@dataclass(frozen=True)
class Target:
    """A checked webhook URL and the address to connect to."""

    url: str
    host: str
    address: Address

    @property
    def pinned_url(self) -> str:
        """The URL with its host replaced by the checked address (the port kept)."""
        parts = urlsplit(self.url)
        ip = f"[{self.address}]" if self.address.version == 6 else str(self.address)
        netloc = f"{ip}:{parts.port}" if parts.port else ip
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))

    @property
    def host_header(self) -> str:
        parts = urlsplit(self.url)
        return parts.netloc.rsplit("@", 1)[-1]


def _why_forbidden(address: Address, *, production: bool, allow_loopback: bool) -> str | None:
    if is_loopback(address):
        return None if (allow_loopback or not production) else "a loopback address"
    if not production and is_private_network(address):
        return None  # local development may post to a machine on the same network
    return why_not_public(address)


def check_target(url: str) -> Target:
    """The checked target of `url`, or `WebhookTargetRejected` saying why it can't be one."""
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
    try:
        addresses = resolve(parts.hostname, port)
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise WebhookTargetRejected(
            f"We couldn't find the host {parts.hostname!r}. Check the URL's spelling and that "
            "it is publicly reachable."
        ) from exc
    for address in addresses:  # every answer must be allowed, not just the first
        why = _why_forbidden(address, production=production, allow_loopback=allow_loopback)
        if why:
            raise WebhookTargetRejected(
                f"{parts.hostname} resolves to {address}, {why}, which can't receive webhooks. "
                "Use a public https URL (for n8n or Zapier, their webhook URL)."
            )
    return Target(url=url, host=parts.hostname, address=addresses[0])
