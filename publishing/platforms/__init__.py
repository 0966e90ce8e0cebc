"""Clients for the platforms Stillmotion publishes to: TikTok, YouTube Shorts and Instagram
Reels. Pure Python over httpx (no Django); the publishing app stores what they return.

    from publishing.platforms import TikTokClient, AppCredentials
    client = TikTokClient(AppCredentials(client_key, client_secret))
"""

from publishing.platforms.base import (
    AI_DISCLOSURE_LINE,
    AccountInfo,
    PlatformLimits,
    PostRequest,
    Privacy,
    PublishingPlatform,
    PublishState,
    PublishStatus,
    RateLimit,
    UploadSession,
)
from publishing.platforms.errors import (
    AppMisconfigured,
    PlatformError,
    PrivacyNotAllowed,
    QuotaExceeded,
    RateLimited,
    ScopeMissing,
    SpamPolicy,
    TokenExpired,
    TokenRevoked,
    Transient,
    UploadExpired,
    VideoRejected,
)
from publishing.platforms.instagram import InstagramClient, InstagramEndpoints
from publishing.platforms.oauth import (
    AppCredentials,
    TokenSet,
    code_challenge_s256,
    new_code_verifier,
    new_state,
    parse_redirect,
)
from publishing.platforms.tiktok import TikTokClient, TikTokEndpoints
from publishing.platforms.youtube import YouTubeClient, YouTubeEndpoints

__all__ = [
    "AI_DISCLOSURE_LINE",
    "AccountInfo",
    "AppCredentials",
    "AppMisconfigured",
    "InstagramClient",
    "InstagramEndpoints",
    "PlatformError",
    "PlatformLimits",
    "PostRequest",
    "Privacy",
    "PrivacyNotAllowed",
    "PublishState",
    "PublishStatus",
    "PublishingPlatform",
    "QuotaExceeded",
    "RateLimit",
    "RateLimited",
    "ScopeMissing",
    "SpamPolicy",
    "TikTokClient",
    "TikTokEndpoints",
    "TokenExpired",
    "TokenRevoked",
    "TokenSet",
    "Transient",
    "UploadExpired",
    "UploadSession",
    "VideoRejected",
    "YouTubeClient",
    "YouTubeEndpoints",
    "code_challenge_s256",
    "new_code_verifier",
    "new_state",
    "parse_redirect",
]
