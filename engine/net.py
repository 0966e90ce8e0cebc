"""Which network addresses a URL given by someone else may reach (webhooks, vendor results).

An IPv6 address can carry an IPv4 one inside it: IPv4-mapped (::ffff:a.b.c.d), 6to4
(2002:wwxx:yyzz::/48), NAT64 (64:ff9b::/96 and the local-use 64:ff9b:1::/48) and Teredo
(2001::/32, the client address obfuscated). Each is judged by the IPv4 address it reaches,
so "[2002:a9fe:a9fe::]" is the metadata service and "[64:ff9b::a00:1]" is 10.0.0.1.
"""

from __future__ import annotations

import ipaddress
import socket

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

_SIX_TO_FOUR = ipaddress.ip_network("2002::/16")
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_TEREDO = ipaddress.ip_network("2001::/32")


def embedded_ipv4(address: Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address reaches through a transition mechanism, if any."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _SIX_TO_FOUR:
        return address.sixtofour
    if any(address in net for net in _NAT64):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address in _TEREDO and address.teredo is not None:
        return address.teredo[1]
    return None


def why_not_public(address: Address) -> str | None:
    """None for an ordinary public address; otherwise what kind of address it is, in words."""
    inner = embedded_ipv4(address)
    if inner is not None:
        why = why_not_public(inner)
        return f"{why} (inside {address})" if why else None
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address (such as a cloud metadata service)"
    if address.is_multicast or address.is_unspecified or address.is_reserved:
        return "a reserved address"
    if address.is_private or not address.is_global:
        return "a private network address"
    return None


def is_loopback(address: Address) -> bool:
    return (embedded_ipv4(address) or address).is_loopback


def is_private_network(address: Address) -> bool:
    """An ordinary LAN address (10/8, 192.168/16, fc00::/7 …): not loopback, not link-local."""
    reached = embedded_ipv4(address) or address
    return reached.is_private and not (reached.is_loopback or reached.is_link_local)


def parse_address(text: str) -> Address:
    return ipaddress.ip_address(text.strip("[]").split("%", 1)[0])


def resolve(host: str, port: int) -> list[Address]:
    """Every address `host` resolves to (an IP literal resolves to itself); raises
    `socket.gaierror` or `UnicodeError` when it doesn't resolve."""
    try:
        return [parse_address(host)]
    except ValueError:
        pass
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return list(dict.fromkeys(parse_address(str(info[4][0])) for info in infos))
