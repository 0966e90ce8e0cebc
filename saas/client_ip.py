"""The real client address behind our own proxies (login throttling, anonymous rate limits).

`X-Forwarded-For` is believed only when the request came from a proxy listed in
`TRUSTED_PROXIES` (addresses or networks); the client is then the right-most address in the
header that is not one of our proxies. Anything else a client writes into the header is
ignored, so nobody can pick their own address to dodge a limit.
"""

from __future__ import annotations

import ipaddress
from functools import cache

from django.conf import settings
from django.http import HttpRequest

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@cache
def _trusted(proxies: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(p.strip(), strict=False) for p in proxies if p.strip())


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    text = text.strip().strip("[]")
    if text.count(":") == 1 and "." in text:  # "1.2.3.4:5678"
        text = text.rsplit(":", 1)[0]
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def client_ip(request: HttpRequest) -> str:
    trusted = _trusted(tuple(settings.TRUSTED_PROXIES))
    peer = _address(request.META.get("REMOTE_ADDR", ""))
    if peer is None:
        return request.META.get("REMOTE_ADDR", "") or "unknown"

    def is_proxy(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
        return any(address in network for network in trusted)

    if not trusted or not is_proxy(peer):
        return str(peer)
    hops = [_address(part) for part in request.headers.get("X-Forwarded-For", "").split(",")]
    for hop in reversed(hops):
        if hop is None:
            break  # a malformed entry: trust nothing further left of it
        if not is_proxy(hop):
            return str(hop)
    return str(peer)
