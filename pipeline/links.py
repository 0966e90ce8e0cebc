"""Short-lived signed links: no login, only a valid, unexpired signature for one object.

The signature is an HMAC keyed from SECRET_KEY with a purpose salt, over the object id and the
expiry, so a link can't be moved to another object, another purpose, or made to last longer.
Used for clip downloads (API) and for the photo a remote video provider fetches.
"""

from __future__ import annotations

import time

from django.utils.crypto import constant_time_compare, salted_hmac


class LinkInvalid(Exception):
    """The link was tampered with or is for another object."""


class LinkExpired(Exception):
    """The link was genuine but its time is up."""


def signature(purpose: str, object_id: str, expires: int) -> str:
    return salted_hmac(purpose, f"{object_id}:{expires}", algorithm="sha256").hexdigest()


def signed_query(*, purpose: str, object_id: str, ttl_s: int, now: float | None = None) -> str:
    expires = int((now or time.time()) + ttl_s)
    return f"expires={expires}&sig={signature(purpose, object_id, expires)}"


def check(*, purpose: str, object_id: str, expires: str, sig: str, now: float | None = None) -> int:
    """The expiry, or `LinkInvalid` / `LinkExpired` unless the link is genuine and current."""
    try:
        expires_at = int(expires)
    except (TypeError, ValueError) as exc:
        raise LinkInvalid("This link is incomplete.") from exc
    if not sig or not constant_time_compare(sig, signature(purpose, object_id, expires_at)):
        raise LinkInvalid("This link is not valid.")
    if expires_at < (now or time.time()):
        raise LinkExpired("This link has expired.")
    return expires_at


PHOTO_FOR_PROVIDER = "stillmotion.photo-for-provider.v1"
PHOTO_LINK_TTL_S = 60 * 60  # vendors may queue a task before they fetch the image


def photo_link_for_provider(*, photo_id: str, site_url: str) -> str:
    from django.urls import reverse

    path = reverse("photo_provider_link", args=[photo_id])
    query = signed_query(
        purpose=PHOTO_FOR_PROVIDER, object_id=str(photo_id), ttl_s=PHOTO_LINK_TTL_S
    )
    return f"{site_url}{path}?{query}"
