"""Reads of API keys. Every list names the workspace; lookup by secret is by its hash."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404

from accounts.models import Membership, Role, Workspace
from api.models import ApiKey
from api.services import KEY_PREFIX, key_hash

# Only admins and the owner may hold keys: a key works while the person who created it still
# holds one of those roles in its workspace, and stops when they leave or are demoted.
KEY_HOLDER_ROLES = (Role.OWNER, Role.ADMIN)


def _with_holder(keys: QuerySet[ApiKey]) -> QuerySet[ApiKey]:
    holds = Membership.objects.filter(
        workspace_id=OuterRef("workspace_id"),
        user_id=OuterRef("created_by_id"),
        role__in=KEY_HOLDER_ROLES,
    )
    return keys.annotate(creator_holds_role=Exists(holds))


def api_keys_of(*, workspace: Workspace) -> QuerySet[ApiKey]:
    return _with_holder(ApiKey.objects.filter(workspace=workspace).select_related("created_by"))


def api_key_get(*, workspace: Workspace, key_id: int | str) -> ApiKey:
    try:
        return ApiKey.objects.get(workspace=workspace, pk=key_id)
    except (ApiKey.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("No such key") from exc


def api_key_by_secret(*, raw: str) -> ApiKey | None:
    """The active key with this secret, its workspace and plan in the same query."""
    if not raw.startswith(KEY_PREFIX) or len(raw) > 200:
        return None
    return _with_holder(
        ApiKey.objects.select_related(
            "workspace", "workspace__billing_account__plan", "created_by"
        ).filter(secret_hash=key_hash(raw), revoked_at__isnull=True)
    ).first()


def api_key_latest_prefix(*, workspace: Workspace) -> str | None:
    """For the guide's examples: the prefix of the newest active key."""
    return (
        ApiKey.objects.filter(workspace=workspace, revoked_at__isnull=True)
        .values_list("prefix", flat=True)
        .first()
    )
