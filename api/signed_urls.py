"""Short-lived signed download links for clips: no login, only a valid, unexpired signature.

The signature is an HMAC (keyed from SECRET_KEY with a purpose salt) over the clip id and the
expiry, so a link can't be moved to another clip or made to last longer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac

from pipeline.models import Clip

SALT = "stillmotion.clip-download.v1"
DEFAULT_TTL_S = 15 * 60


class LinkInvalid(Exception):
    """The link was tampered with or is for another clip."""


class LinkExpired(Exception):
    """The link was genuine but its time is up."""


@dataclass(frozen=True)
class SignedLink:
    url: str
    expires_at: datetime


def _signature(clip_id: str, expires: int) -> str:
    return salted_hmac(SALT, f"{clip_id}:{expires}", algorithm="sha256").hexdigest()


def clip_download_link(
    *, clip: Clip, ttl_s: int | None = None, now: float | None = None
) -> SignedLink:
    ttl = int(ttl_s or getattr(settings, "CLIP_LINK_TTL_S", DEFAULT_TTL_S))
    expires = int((now or time.time()) + ttl)
    path = reverse("api_clip_download", args=[clip.pk])
    url = f"{settings.SITE_URL}{path}?expires={expires}&sig={_signature(str(clip.pk), expires)}"
    return SignedLink(url=url, expires_at=datetime.fromtimestamp(expires, tz=UTC))


def check_signature(*, clip_id: str, expires: str, sig: str, now: float | None = None) -> None:
    """Raise `LinkInvalid` or `LinkExpired` unless the link is genuine and current."""
    try:
        expires_at = int(expires)
    except (TypeError, ValueError) as exc:
        raise LinkInvalid("This download link is incomplete.") from exc
    if not sig or not constant_time_compare(sig, _signature(str(clip_id), expires_at)):
        raise LinkInvalid("This download link is not valid.")
    if expires_at < (now or time.time()):
        raise LinkExpired(
            "This download link has expired (links last 15 minutes). Ask the API for a new "
            "one with GET /api/v1/clips/<id>/download-url."
        )
