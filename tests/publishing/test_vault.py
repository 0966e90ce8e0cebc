"""Tokens at rest: encrypted with a MultiFernet of the configured keys, rotated by a
command, refused without a key in production, refreshed under a lock before they expire."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import timedelta
from io import StringIO

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from publishing import tokens
from publishing.models import AccountStatus, ConnectedAccount
from publishing.platforms import TokenRevoked, TokenSet
from publishing.vault import TokensUnreadable, seal, unseal

pytestmark = pytest.mark.django_db

TOKEN = TokenSet(access_token="act.secret-access-1234", refresh_token="rft.secret-refresh-5678")


def test_sealed_tokens_hide_the_secrets_and_round_trip():
    sealed = seal(TOKEN)
    assert "secret-access" not in sealed and "secret-refresh" not in sealed
    assert unseal(sealed) == TOKEN


def test_rotation_reencrypts_with_the_newest_key(settings, workspace):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.PUBLISHING_TOKEN_KEYS = [old]
    account = ConnectedAccount.objects.create(
        workspace=workspace, platform="tiktok", external_id="x", tokens=seal(TOKEN)
    )
    settings.PUBLISHING_TOKEN_KEYS = [new, old]  # the new key first; the old still reads
    assert unseal(account.tokens) == TOKEN
    out = StringIO()
    call_command("publishing_rotate_keys", stdout=out)
    assert "Re-encrypted 1 account" in out.getvalue()
    settings.PUBLISHING_TOKEN_KEYS = [new]  # the old key dropped
    account.refresh_from_db()
    assert unseal(account.tokens) == TOKEN
    settings.PUBLISHING_TOKEN_KEYS = [old]
    with pytest.raises(TokensUnreadable, match="Connect the account again"):
        unseal(account.tokens)


def test_a_malformed_key_is_a_configuration_error(settings):
    settings.PUBLISHING_TOKEN_KEYS = ["not-a-fernet-key"]
    with pytest.raises(ImproperlyConfigured, match="Fernet keys"):
        seal(TOKEN)


def test_production_needs_its_own_key(settings):
    settings.PUBLISHING_TOKEN_KEYS = []
    settings.PRODUCTION = True
    with pytest.raises(ImproperlyConfigured, match="PUBLISHING_TOKEN_KEYS"):
        seal(TOKEN)


def _expire_soon(account: ConnectedAccount) -> None:
    token = unseal(account.tokens)
    soon = timezone.now() + timedelta(seconds=30)
    ConnectedAccount.objects.filter(pk=account.pk).update(
        tokens=seal(replace(token, expires_at=soon)), token_expires_at=soon
    )
    account.refresh_from_db()


def test_a_token_about_to_expire_is_refreshed_and_saved_before_use(connect, platforms):
    account = connect("tiktok")
    before = unseal(account.tokens)
    _expire_soon(account)
    fresh = tokens.usable_token(account)
    assert fresh.access_token != before.access_token
    assert fresh.refresh_token != before.refresh_token  # TikTok rotated it
    stored = unseal(ConnectedAccount.objects.get(pk=account.pk).tokens)
    assert stored.refresh_token == fresh.refresh_token  # saved: the old one is dead now
    assert platforms["tiktok"].tokens[before.refresh_token].dead


@pytest.mark.django_db(transaction=True)
def test_two_workers_refreshing_at_once_refresh_once(connect, platforms):
    account = connect("tiktok")
    _expire_soon(account)
    results: list[object] = []

    def worker() -> None:
        try:
            mine = ConnectedAccount.objects.get(pk=account.pk)
            results.append(tokens.usable_token(mine))
        except Exception as exc:  # surfaced by the assertion below
            results.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    refreshes = [
        r
        for r in platforms["tiktok"].requests_to("POST", "/v2/oauth/token/")
        if b"grant_type=refresh_token" in r.body
    ]
    assert len(refreshes) == 1  # the row lock made the second worker use the first's token
    assert all(isinstance(r, TokenSet) for r in results)
    assert results[0].access_token == results[1].access_token  # type: ignore[union-attr]


def test_a_dead_refresh_token_marks_the_account_for_reconnecting(connect, platforms):
    account = connect("youtube")
    platforms["youtube"].revoke_everything()
    with pytest.raises(TokenRevoked):
        tokens.usable_token(account, force=True)
    account.refresh_from_db()
    assert account.status == AccountStatus.NEEDS_RECONNECT
    assert "Connect the account again" in account.last_error


def test_the_beat_refreshes_instagram_tokens_before_their_60_days_end(connect, platforms):
    account = connect("instagram")
    before = unseal(account.tokens)
    ConnectedAccount.objects.filter(pk=account.pk).update(
        token_expires_at=timezone.now() + timedelta(days=3)
    )
    assert tokens.tokens_refresh_due() == 1
    account.refresh_from_db()
    assert unseal(account.tokens).access_token != before.access_token
    assert account.token_expires_at > timezone.now() + timedelta(days=50)
