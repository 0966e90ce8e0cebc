"""Reads. Every query of workspace data names the workspace or the user's memberships."""

from __future__ import annotations

import hashlib
from uuid import UUID

from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from accounts.models import Invitation, Membership, User, Workspace


def workspaces_for_user(*, user: User) -> QuerySet[Workspace]:
    return Workspace.objects.filter(memberships__user=user).order_by("-is_personal", "name")


def membership_get(*, user: User, workspace_id: UUID | str) -> Membership:
    """The user's membership of that workspace, or 404 (never reveal that it exists)."""
    try:
        return Membership.objects.select_related("workspace").get(
            user=user, workspace_id=workspace_id
        )
    except (Membership.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("No such workspace") from exc


def memberships_of(*, workspace: Workspace) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(workspace=workspace).select_related("user").order_by("created_at")
    )


def member_get(*, workspace: Workspace, membership_id: int) -> Membership:
    return get_object_or_404(
        Membership.objects.select_related("user"), workspace=workspace, pk=membership_id
    )


def invitations_pending(*, workspace: Workspace) -> QuerySet[Invitation]:
    return Invitation.objects.filter(
        workspace=workspace, accepted_at__isnull=True, revoked_at__isnull=True
    ).select_related("invited_by")


def invitation_get(*, workspace: Workspace, invitation_id: UUID | str) -> Invitation:
    return get_object_or_404(Invitation, workspace=workspace, pk=invitation_id)


def invitation_by_token(*, token: str) -> Invitation:
    token_hash = hashlib.sha256(token.encode()).hexdigest()
    return get_object_or_404(
        Invitation.objects.select_related("workspace", "invited_by"), token_hash=token_hash
    )
