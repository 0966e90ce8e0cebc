"""Access tokens that work: refreshed ahead of expiry under the account's row lock, and saved
before they are used (TikTok's refresh token rotates: the old one is dead once a new one is
issued, so two workers refreshing at once would lose the account)."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from publishing import services
from publishing.clients import platform_client
from publishing.models import AccountStatus, ConnectedAccount, Platform
from publishing.platforms import PlatformError, ScopeMissing, TokenRevoked, TokenSet
from publishing.vault import unseal

logger = logging.getLogger(__name__)

# Refresh this long before the access token expires. TikTok and Google tokens live 1-2 h;
# Instagram's long-lived token lives 60 days and can be refreshed once it is a day old.
REFRESH_AHEAD_S = {
    Platform.TIKTOK: 600.0,
    Platform.YOUTUBE: 600.0,
    Platform.INSTAGRAM: 7 * 86_400.0,
}
# Refresh tokens die when unused (TikTok after 180 days, Google after about 6 months).
KEEP_ALIVE_AHEAD = timedelta(days=7)


def usable_token(account: ConnectedAccount, *, force: bool = False) -> TokenSet:
    """The account's token, refreshed first when it expires soon (or when `force`, after
    the platform refused it). Raises the platform's error when the refresh fails; a dead
    grant marks the account as needing a reconnect."""
    current = unseal(account.tokens)
    ahead = REFRESH_AHEAD_S.get(account.platform, 600.0)
    if not force and not current.expires_within(ahead):
        return current
    try:
        with transaction.atomic():
            locked = ConnectedAccount.objects.select_for_update().get(pk=account.pk)
            stored = unseal(locked.tokens)
            if stored.access_token != current.access_token and not stored.expires_within(ahead):
                account.tokens = locked.tokens  # another worker refreshed while we waited
                return stored
            if not force and not stored.expires_within(ahead):
                return stored
            with platform_client(account.platform) as client:
                fresh = client.refresh(stored)
            # Saved in this transaction, which commits before the token is used.
            services.account_store_tokens(account=locked, token=fresh)
    except (TokenRevoked, ScopeMissing) as exc:
        services.account_mark_broken(account_id=account.pk, reason=exc.message)
        raise
    account.tokens = locked.tokens
    account.token_expires_at = fresh.expires_at
    return fresh


def tokens_refresh_due() -> int:
    """Beat: refresh tokens that would otherwise die unused (Instagram's 60-day token, refresh
    tokens close to their end). The number refreshed."""
    now = timezone.now()
    due = ConnectedAccount.objects.filter(status=AccountStatus.CONNECTED).filter(
        Q(
            platform=Platform.INSTAGRAM,
            token_expires_at__lt=now + timedelta(seconds=REFRESH_AHEAD_S[Platform.INSTAGRAM]),
        )
        | Q(refresh_expires_at__lt=now + KEEP_ALIVE_AHEAD)
    )
    refreshed = 0
    for account in due[:200]:
        try:
            usable_token(account, force=True)
            refreshed += 1
        except PlatformError as exc:
            logger.warning("publishing: refreshing account %s failed: %r", account.pk, exc)
    return refreshed
