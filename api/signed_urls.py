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

from pipeline import links
from pipeline.links import LinkExpired, LinkInvalid
from pipeline.models import Clip

SALT = "stillmotion.clip-download.v1"
DEFAULT_TTL_S = 15 * 60

__all__ = ["LinkExpired", "LinkInvalid", "SignedLink", "check_signature", "clip_download_link"]


@dataclass(frozen=True)
class SignedLink:
    url: str
    expires_at: datetime


def clip_download_link(
    *, clip: Clip, ttl_s: int | None = None, now: float | None = None
) -> SignedLink:
    ttl = int(ttl_s or getattr(settings, "CLIP_LINK_TTL_S", DEFAULT_TTL_S))
    now = now or time.time()
    query = links.signed_query(purpose=SALT, object_id=str(clip.pk), ttl_s=ttl, now=now)
    path = reverse("api_clip_download", args=[clip.pk])
    return SignedLink(
        url=f"{settings.SITE_URL}{path}?{query}",
        expires_at=datetime.fromtimestamp(int(now + ttl), tz=UTC),
    )


def check_signature(*, clip_id: str, expires: str, sig: str, now: float | None = None) -> None:
    """Raise `LinkInvalid` or `LinkExpired` unless the link is genuine and current."""
    try:
        links.check(purpose=SALT, object_id=str(clip_id), expires=expires, sig=sig, now=now)
    except LinkInvalid as exc:
        raise LinkInvalid(str(exc).replace("This link", "This download link")) from exc
    except LinkExpired as exc:
        raise LinkExpired(
            "This download link has expired (links last 15 minutes). Ask the API for a new "
            "one with GET /api/v1/clips/<id>/download-url."
        ) from exc
