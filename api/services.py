"""Writes for API keys. Keyword-only, atomic, the workspace always explicit."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from accounts.models import Membership, Role, Workspace
from accounts.services import require_role
from api.errors import ApiKeyRuleViolated
from api.models import ApiKey
from saas.text import one_line

KEY_PREFIX = "sm_live_"
MAX_ACTIVE_KEYS = 25
# `last_used_at` is written at most this often, so busy keys don't write on every request.
LAST_USED_RESOLUTION = timedelta(minutes=1)


def key_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def _new_key() -> tuple[str, str]:
    """(prefix, full key): `sm_live_ab12cd_<43 url-safe chars of 32 random bytes>`."""
    prefix = KEY_PREFIX + secrets.token_hex(3)
    return prefix, f"{prefix}_{secrets.token_urlsafe(32)}"


@transaction.atomic
def api_key_create(*, workspace: Workspace, actor: Membership, name: str) -> tuple[ApiKey, str]:
    """Create a key and return it with its secret; the secret is never shown again."""
    require_role(actor, Role.ADMIN, "create API keys")
    name = one_line(name, what="The key name", field="name")
    if not name:
        raise ApiKeyRuleViolated("Name the key after what uses it, e.g. “n8n production”.")
    active = ApiKey.objects.filter(workspace=workspace, revoked_at__isnull=True).count()
    if active >= MAX_ACTIVE_KEYS:
        raise ApiKeyRuleViolated(
            f"This workspace already has {active} active keys. Revoke one you no longer use."
        )
    while True:
        prefix, raw = _new_key()
        if not ApiKey.objects.filter(prefix=prefix).exists():
            break
    key = ApiKey.objects.create(
        workspace=workspace,
        name=name[:80],
        prefix=prefix,
        secret_hash=key_hash(raw),
        created_by=actor.user,
    )
    return key, raw


@transaction.atomic
def api_key_revoke(*, workspace: Workspace, actor: Membership, key: ApiKey) -> ApiKey:
    require_role(actor, Role.ADMIN, "revoke API keys")
    if key.workspace_id != workspace.pk:
        raise ApiKeyRuleViolated("That key isn't in this workspace.")
    if key.revoked_at is None:
        key.revoked_at = timezone.now()
        key.save(update_fields=["revoked_at"])
    return key


def api_key_touch(*, key: ApiKey) -> None:
    """Record use, at most once a minute per key (one UPDATE, no read)."""
    now = timezone.now()
    if key.last_used_at is None or now - key.last_used_at >= LAST_USED_RESOLUTION:
        ApiKey.objects.filter(pk=key.pk).update(last_used_at=now)
        key.last_used_at = now
