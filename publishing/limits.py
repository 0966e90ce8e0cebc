"""What each platform allows, for the Publish page (before submit) and for validating a
publication: static rules per platform, the live ones read from the platform (TikTok's
creator_info, Instagram's 24 h publishing limit) and whether a given clip fits them."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache

from pipeline.models import Clip
from publishing import budgets
from publishing.clients import platform_client
from publishing.errors import PlatformNotConfigured
from publishing.models import ConnectedAccount, Platform
from publishing.models import Privacy as PrivacyChoice
from publishing.platforms import PlatformError, PlatformLimits, Privacy
from publishing.platforms import instagram as ig
from publishing.platforms import tiktok as tt
from publishing.platforms import youtube as yt
from publishing.vault import TokensUnreadable, unseal

logger = logging.getLogger(__name__)

LIVE_CACHE_S = 120
UNAUDITED_NOTE = (
    "TikTok only allows “Only me” posts from apps it has not audited yet (and only to private "
    "accounts), so this post will be visible to the account owner only."
)


def static_limits(platform: str) -> PlatformLimits:
    """The platform's own rules, without asking it (TikTok's creator may lower the maximum
    length; Instagram's daily cap is read live)."""
    if platform == Platform.TIKTOK:
        return PlatformLimits(
            platform=platform,
            min_duration_s=tt.MIN_DURATION_S,
            max_duration_s=tt.API_MAX_DURATION_S,
            privacy_levels=(Privacy.PUBLIC, Privacy.FOLLOWERS, Privacy.FRIENDS, Privacy.PRIVATE),
            max_caption_chars=tt.MAX_CAPTION_UTF16,
            max_bytes=tt.MAX_VIDEO_BYTES,
        )
    if platform == Platform.YOUTUBE:
        return PlatformLimits(
            platform=platform,
            min_duration_s=1.0,
            max_duration_s=yt.SHORTS_MAX_DURATION_S,
            privacy_levels=tuple(yt.PRIVACY_TO_YOUTUBE),
            max_caption_chars=yt.MAX_DESCRIPTION_BYTES,
            max_bytes=yt.MAX_VIDEO_BYTES,
            max_aspect=1.0,
        )
    return PlatformLimits(
        platform=platform,
        min_duration_s=ig.MIN_DURATION_S,
        max_duration_s=ig.MAX_DURATION_S,
        privacy_levels=(Privacy.PUBLIC,),
        max_caption_chars=ig.MAX_CAPTION_CHARS - len(ig.AI_DISCLOSURE_LINE) - 2,
        max_bytes=ig.MAX_VIDEO_BYTES,
        min_aspect=ig.MIN_ASPECT,
        max_aspect=ig.MAX_ASPECT,
    )


def tiktok_private_only(account: ConnectedAccount) -> bool:
    """Unaudited TikTok apps may only post SELF_ONLY (a setting, or learned from TikTok)."""
    return account.platform == Platform.TIKTOK and (
        not settings.TIKTOK_APP_AUDITED or account.private_only
    )


def clip_problems(clip: Clip, limits: PlatformLimits, label: str) -> list[str]:
    """Why this clip can't go to the platform as it is (empty when it fits)."""
    problems = []
    if clip.duration_s < limits.min_duration_s:
        problems.append(
            f"The clip is {clip.duration_s:g} s long; {label} needs at least "
            f"{limits.min_duration_s:g} s. Make a clip of {limits.min_duration_s:g} s or more."
        )
    if clip.duration_s > limits.max_duration_s:
        problems.append(
            f"The clip is {clip.duration_s:g} s long; {label} takes at most "
            f"{limits.max_duration_s:g} s."
        )
    aspect = clip.width / clip.height if clip.height else 0
    if not limits.min_aspect <= aspect <= limits.max_aspect:
        problems.append(
            f"The clip is {clip.width}×{clip.height}; {label} needs a vertical or square video "
            "(make it 9:16 or 1:1)."
            if limits.max_aspect <= 1.0
            else f"The clip's shape ({clip.width}×{clip.height}) is out of {label}'s range."
        )
    if clip.size_bytes > limits.max_bytes:
        problems.append(f"The clip is larger than {label} accepts.")
    return problems


@dataclass(frozen=True)
class AccountLimits:
    """One account's rules as the Publish page shows them before submit."""

    account: ConnectedAccount
    limits: PlatformLimits
    privacy_choices: list[tuple[str, str]]
    live: bool  # read from the platform just now (else the static rules)
    problems: list[str] = field(default_factory=list)  # why this clip can't go
    notes: list[str] = field(default_factory=list)  # facts worth knowing
    warnings: list[str] = field(default_factory=list)  # what will differ from what was asked
    error: str = ""  # the platform could not be asked

    @property
    def fits(self) -> bool:
        return not self.problems


def _privacy_choices(account: ConnectedAccount, limits: PlatformLimits) -> list[tuple[str, str]]:
    levels = [p.value for p in limits.privacy_levels]
    if tiktok_private_only(account):
        levels = [Privacy.PRIVATE.value]
    labels = dict(PrivacyChoice.choices)
    return [(value, labels[value]) for value in PrivacyChoice.values if value in levels]


def _live(account: ConnectedAccount) -> PlatformLimits:
    key = f"publishing:limits:{account.pk}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    if account.platform == Platform.TIKTOK and budgets.take(
        "tiktok.creator_info", scope=str(account.pk)
    ):
        raise PlatformError("TikTok's rate limit for account checks is reached; try in a minute.")
    token = unseal(account.tokens)
    with platform_client(account.platform) as client:
        limits = client.limits(token)
    cache.set(key, limits, LIVE_CACHE_S)
    return limits


def account_limits(account: ConnectedAccount, clip: Clip | None = None) -> AccountLimits:
    """The account's limits, live when the platform answers (TikTok, Instagram), and what
    they mean for `clip`."""
    label = account.get_platform_display()
    error, live = "", account.platform != Platform.YOUTUBE
    limits = static_limits(account.platform)
    if live:
        try:
            limits = _live(account)
        except (PlatformError, TokensUnreadable, PlatformNotConfigured) as exc:
            error, live = str(exc), False
    notes: list[str] = []
    warnings = [UNAUDITED_NOTE] if tiktok_private_only(account) else []
    if account.platform == Platform.TIKTOK:
        notes.append("TikTok accepts 6 uploads a minute per account and about 15 posts a day.")
    if account.platform == Platform.YOUTUBE:
        notes.append(
            "Square or vertical clips up to 3 minutes become Shorts. The app can upload 100 "
            "videos a day across all channels."
        )
    if limits.posts_remaining == 0:
        warnings.append(
            "This account has used Instagram's 24-hour publishing limit; a post now waits "
            "until it frees up."
        )
    return AccountLimits(
        account=account,
        limits=limits,
        privacy_choices=_privacy_choices(account, limits),
        live=live,
        problems=clip_problems(clip, limits, label) if clip is not None else [],
        notes=notes,
        warnings=warnings,
        error=error,
    )
