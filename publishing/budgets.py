"""Request budgets we keep below each platform's documented limits, shared by all workers.

A budget is a sliding window of recent calls stored in a `RateWindow` row and changed under
its row lock, so two workers never both take the sixth TikTok upload of a minute. A call
that doesn't fit is not made: the caller waits the seconds `take` returns (and the platform
never has to answer 429).

Defaults come from the clients' documented figures: TikTok's per-token 20 creator_info,
6 video/init and 30 status/fetch requests a minute, and YouTube's project-wide 100
videos.insert calls a day (a rolling 24 h here, a little stricter than the Pacific-midnight
reset). `PUBLISHING_RATE_LIMITS` ("tiktok.video_init=6/60,...") overrides them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction

from publishing.models import RateWindow
from publishing.platforms import TikTokClient, YouTubeClient

MIN_WAIT_S = 0.5


@dataclass(frozen=True)
class Limit:
    calls: int
    per_s: float


def _documented() -> dict[str, Limit]:
    tiktok, youtube = TikTokClient.rate_limits, YouTubeClient.rate_limits
    return {
        "tiktok.creator_info": Limit(tiktok["creator_info"].calls, tiktok["creator_info"].per_s),
        "tiktok.video_init": Limit(tiktok["video_init"].calls, tiktok["video_init"].per_s),
        "tiktok.status_fetch": Limit(tiktok["status_fetch"].calls, tiktok["status_fetch"].per_s),
        "youtube.videos_insert": Limit(
            youtube["videos_insert"].calls, youtube["videos_insert"].per_s
        ),
    }


def limits() -> dict[str, Limit]:
    merged = _documented()
    for item in (settings.PUBLISHING_RATE_LIMITS or "").split(","):
        if not item.strip():
            continue
        try:
            name, rate = item.split("=", 1)
            calls, per = rate.split("/", 1)
            merged[name.strip()] = Limit(int(calls), float(per))
        except ValueError as exc:
            raise ImproperlyConfigured(
                f"PUBLISHING_RATE_LIMITS item {item!r} should look like tiktok.video_init=6/60"
            ) from exc
    return merged


def take(budget: str, *, scope: str, now: float | None = None) -> float:
    """Record one call against `budget` for `scope` (an account id, or "project") and return
    0, or return how many seconds to wait before it fits (nothing recorded)."""
    limit = limits().get(budget)
    if limit is None:
        return 0.0
    key = f"{budget}:{scope}"
    now = time.time() if now is None else now
    with transaction.atomic():
        try:
            with transaction.atomic():
                RateWindow.objects.get_or_create(key=key)
        except IntegrityError:
            pass  # another worker created it first
        window = RateWindow.objects.select_for_update().get(key=key)
        recent = sorted(s for s in window.stamps if s > now - limit.per_s)
        if len(recent) >= limit.calls:
            wait = recent[len(recent) - limit.calls] + limit.per_s - now
            if recent != window.stamps:
                window.stamps = recent
                window.save(update_fields=["stamps"])
            return max(wait, MIN_WAIT_S)
        window.stamps = [*recent, now]
        window.save(update_fields=["stamps"])
    return 0.0
