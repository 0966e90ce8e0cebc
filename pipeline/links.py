"""Short-lived signed links: no login, only a valid, unexpired signature for one object.

The signature is an HMAC keyed from SECRET_KEY with a purpose salt, over the object id and the
expiry, so a link can't be moved to another object, another purpose, or made to last longer.
Two purposes: clip downloads (API, webhooks) and the photo a remote video provider fetches.

With media in a bucket, a vendor gets a presigned URL of the photo's object instead (it fetches
straight from the bucket, the web processes carry no vendor traffic); the bucket's endpoint
must then be reachable by the vendor (docs/deploy.md, "Object storage").
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac

from pipeline import media
from pipeline.models import Photo
from saas.errors import ApplicationError

CLIP_DOWNLOAD = "stillmotion.clip-download.v1"
PHOTO_FOR_PROVIDER = "stillmotion.photo-for-provider.v1"
PHOTO_LINK_TTL_S = 60 * 60  # vendors may queue a task before they fetch the image


class LinkInvalid(ApplicationError):
    """The link was tampered with or is for another object."""

    code = "signed_link_invalid"
    status = 403


class LinkExpired(LinkInvalid):
    """The link was genuine but its time is up."""

    code = "signed_link_expired"


@dataclass(frozen=True)
class SignedLink:
    url: str
    expires_at: datetime


def _signature(purpose: str, object_id: str, expires: int) -> str:
    return salted_hmac(purpose, f"{object_id}:{expires}", algorithm="sha256").hexdigest()


def signed_query(*, purpose: str, object_id: str, ttl_s: int, now: float | None = None) -> str:
    expires = int((now or time.time()) + ttl_s)
    return f"expires={expires}&sig={_signature(purpose, object_id, expires)}"


def _signed(*, purpose: str, path: str, object_id: str, ttl_s: int, now: float) -> SignedLink:
    query = signed_query(purpose=purpose, object_id=object_id, ttl_s=ttl_s, now=now)
    return SignedLink(
        url=f"{settings.SITE_URL}{path}?{query}",
        expires_at=datetime.fromtimestamp(int(now + ttl_s), tz=UTC),
    )


def check(*, purpose: str, object_id: str, expires: str, sig: str, now: float | None = None) -> int:
    """The expiry, or `LinkInvalid` / `LinkExpired` unless the link is genuine and current."""
    try:
        expires_at = int(expires)
    except (TypeError, ValueError) as exc:
        raise LinkInvalid("This link is incomplete.") from exc
    if not sig or not constant_time_compare(sig, _signature(purpose, object_id, expires_at)):
        raise LinkInvalid("This link is not valid.")
    if expires_at < (now or time.time()):
        raise LinkExpired("This link has expired.")
    return expires_at


def clip_download_link(
    *, clip_id: str, ttl_s: int | None = None, now: float | None = None
) -> SignedLink:
    return _signed(
        purpose=CLIP_DOWNLOAD,
        path=reverse("api_clip_download", args=[clip_id]),
        object_id=str(clip_id),
        ttl_s=int(ttl_s or settings.CLIP_LINK_TTL_S),
        now=now or time.time(),
    )


def clip_download_check(*, clip_id: str, expires: str, sig: str, now: float | None = None) -> None:
    """Raise `LinkInvalid` or `LinkExpired` (with what to do) unless the link is current."""
    try:
        check(purpose=CLIP_DOWNLOAD, object_id=str(clip_id), expires=expires, sig=sig, now=now)
    except LinkExpired as exc:
        minutes = settings.CLIP_LINK_TTL_S // 60
        raise LinkExpired(
            f"This download link has expired (links last {minutes} minutes). Ask the API for "
            "a new one with GET /api/v1/clips/<id>/download-url."
        ) from exc
    except LinkInvalid as exc:
        raise LinkInvalid(str(exc).replace("This link", "This download link")) from exc


def photo_link_for_provider(*, photo_id: str) -> str:
    """The photo for vendors that fetch images by URL (Luma), valid for an hour: a presigned
    URL of the object when media live in a bucket, else a signed link to our own view."""
    if media.in_bucket():
        photo = Photo.objects.only("image", "mime").get(pk=photo_id)
        url = media.presigned_url(photo.image.name, ttl_s=PHOTO_LINK_TTL_S, content_type=photo.mime)
        if url:
            return url
    return _signed(
        purpose=PHOTO_FOR_PROVIDER,
        path=reverse("photo_provider_link", args=[photo_id]),
        object_id=str(photo_id),
        ttl_s=PHOTO_LINK_TTL_S,
        now=time.time(),
    ).url
