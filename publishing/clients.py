"""The only place settings become platform clients: which platforms are on, what each needs
configured, and a client for each (pointed at a local fake when a test sets *_API_BASE)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse

from publishing.errors import PlatformNotConfigured
from publishing.models import Platform
from publishing.platforms import (
    AppCredentials,
    InstagramClient,
    InstagramEndpoints,
    PublishingPlatform,
    TikTokClient,
    TikTokEndpoints,
    YouTubeClient,
    YouTubeEndpoints,
)


@dataclass(frozen=True)
class PlatformSetup:
    """What an operator sets to turn a platform on, and where to get it."""

    platform: str
    label: str
    id_setting: str
    secret_setting: str
    console: str
    scopes: str
    note: str

    @property
    def configured(self) -> bool:
        return bool(getattr(settings, self.id_setting, "")) and bool(
            getattr(settings, self.secret_setting, "")
        )

    @property
    def redirect_uri(self) -> str:
        return settings.SITE_URL + reverse("publishing_callback", args=[self.platform])


SETUPS: dict[str, PlatformSetup] = {
    Platform.TIKTOK: PlatformSetup(
        platform=Platform.TIKTOK,
        label="TikTok",
        id_setting="TIKTOK_CLIENT_KEY",
        secret_setting="TIKTOK_CLIENT_SECRET",
        console="developers.tiktok.com → Manage apps → Login Kit + Content Posting API",
        scopes="user.info.basic, video.publish, video.upload",
        note="Until TikTok audits the app, posts can only be private (“Only me”) and only to "
        "private accounts; set TIKTOK_APP_AUDITED=true once it is.",
    ),
    Platform.YOUTUBE: PlatformSetup(
        platform=Platform.YOUTUBE,
        label="YouTube",
        id_setting="YOUTUBE_CLIENT_ID",
        secret_setting="YOUTUBE_CLIENT_SECRET",
        console="console.cloud.google.com → APIs & Services → Credentials → OAuth client (Web)",
        scopes="youtube.upload, youtube.readonly",
        note="Enable the YouTube Data API v3. videos.insert has its own quota of 100 uploads "
        "a day per project.",
    ),
    Platform.INSTAGRAM: PlatformSetup(
        platform=Platform.INSTAGRAM,
        label="Instagram",
        id_setting="INSTAGRAM_APP_ID",
        secret_setting="INSTAGRAM_APP_SECRET",
        console="developers.facebook.com → your app → Instagram → API setup with Instagram login",
        scopes="instagram_business_basic, instagram_business_content_publish",
        note="Business and creator accounts only. Instagram fetches each clip from a signed "
        "link, so SITE_URL must be reachable from the internet.",
    ),
}


def setup_of(platform: str) -> PlatformSetup:
    try:
        return SETUPS[platform]
    except KeyError as exc:
        raise PlatformNotConfigured(f"Stillmotion does not publish to “{platform}”.") from exc


@contextmanager
def platform_client(platform: str) -> Iterator[PublishingPlatform]:
    """A client for the platform (closed afterwards), or `PlatformNotConfigured` naming the
    settings to set."""
    client = _build(platform)
    try:
        yield client
    finally:
        client.close()  # type: ignore[attr-defined]


def _build(platform: str) -> PublishingPlatform:
    setup = setup_of(platform)
    if not setup.configured:
        raise PlatformNotConfigured(
            f"{setup.label} publishing is off: set {setup.id_setting} and {setup.secret_setting} "
            "in the environment and restart."
        )
    credentials = AppCredentials(
        getattr(settings, setup.id_setting), getattr(settings, setup.secret_setting)
    )
    timeouts = {
        "timeout_s": settings.PUBLISHING_HTTP_TIMEOUT_S,
        "upload_timeout_s": settings.PUBLISHING_UPLOAD_TIMEOUT_S,
    }
    if platform == Platform.TIKTOK:
        base = settings.TIKTOK_API_BASE
        return TikTokClient(
            credentials, endpoints=TikTokEndpoints.at(base) if base else None, **timeouts
        )
    if platform == Platform.YOUTUBE:
        base = settings.YOUTUBE_API_BASE
        return YouTubeClient(
            credentials, endpoints=YouTubeEndpoints.at(base) if base else None, **timeouts
        )
    base = settings.INSTAGRAM_API_BASE
    return InstagramClient(
        credentials, endpoints=InstagramEndpoints.at(base) if base else None, **timeouts
    )
