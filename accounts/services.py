"""Writes for users and workspaces. Keyword-only, atomic, workspace passed explicitly."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.errors import InvitationInvalid, PermissionDenied, WorkspaceRuleViolated
from accounts.models import Invitation, Membership, Role, User, Workspace
from saas.text import one_line


def require_role(membership: Membership, role: str, action: str) -> None:
    if not membership.has_role(role):
        raise PermissionDenied(f"Only a workspace {role} can {action}.")


@transaction.atomic
def workspace_create(*, user: User, name: str, is_personal: bool = False) -> Workspace:
    name = one_line(name, what="The workspace name", field="name")
    if not name:
        raise WorkspaceRuleViolated("Give the workspace a name.")
    workspace = Workspace.objects.create(name=name, is_personal=is_personal, created_by=user)
    Membership.objects.create(workspace=workspace, user=user, role=Role.OWNER)
    return workspace


def workspace_create_personal(*, user: User) -> Workspace:
    return workspace_create(user=user, name=f"{user.display_name}'s workspace", is_personal=True)


@transaction.atomic
def workspace_update(
    *,
    workspace: Workspace,
    actor: Membership,
    name: str,
    brand_text: str,
    face_policy: str,
    qa_threshold: float = 0.8,
) -> Workspace:
    require_role(actor, Role.ADMIN, "change workspace settings")
    name = one_line(name, what="The workspace name", field="name")
    if not name:
        raise WorkspaceRuleViolated("Give the workspace a name.", field="name")
    workspace.name = name
    workspace.brand_text = one_line(brand_text, what="The brand text", field="brand_text")
    workspace.face_policy = face_policy
    workspace.qa_threshold = qa_threshold
    workspace.save(update_fields=["name", "brand_text", "face_policy", "qa_threshold"])
    return workspace


@transaction.atomic
def workspace_delete(*, workspace: Workspace, actor: Membership) -> None:
    require_role(actor, Role.OWNER, "delete the workspace")
    if workspace.is_personal:
        raise WorkspaceRuleViolated("Your personal workspace can't be deleted.")
    workspace.delete()


@transaction.atomic
def workspace_suspend(*, workspace: Workspace, reason: str) -> Workspace:
    workspace.suspended_at = timezone.now()
    workspace.suspended_reason = reason.strip() or "Suspended by an operator."
    workspace.save(update_fields=["suspended_at", "suspended_reason"])
    return workspace


@transaction.atomic
def workspace_unsuspend(*, workspace: Workspace) -> Workspace:
    workspace.suspended_at = None
    workspace.suspended_reason = ""
    workspace.save(update_fields=["suspended_at", "suspended_reason"])
    return workspace


# -- members ----------------------------------------------------------------------------------
@transaction.atomic
def member_change_role(
    *, workspace: Workspace, actor: Membership, member: Membership, role: str
) -> Membership:
    require_role(actor, Role.ADMIN, "change roles")
    if role not in (Role.ADMIN, Role.MEMBER):
        raise WorkspaceRuleViolated("Ownership moves only by transferring it.")
    if member.role == Role.OWNER:
        raise WorkspaceRuleViolated("The owner's role can't be changed; transfer ownership first.")
    if member.role == Role.ADMIN and role != Role.ADMIN and not actor.has_role(Role.OWNER):
        # Otherwise an admin could demote another admin and then remove them.
        raise PermissionDenied("Only the owner can change an admin's role.")
    member.role = role
    member.save(update_fields=["role"])
    return member


@transaction.atomic
def member_remove(*, workspace: Workspace, actor: Membership, member: Membership) -> None:
    require_role(actor, Role.ADMIN, "remove members")
    if member.role == Role.OWNER:
        raise WorkspaceRuleViolated("The owner can't be removed.")
    if member.role == Role.ADMIN and not actor.has_role(Role.OWNER):
        raise PermissionDenied("Only the owner can remove an admin.")
    member.delete()


@transaction.atomic
def member_leave(*, workspace: Workspace, member: Membership) -> None:
    if member.role == Role.OWNER:
        raise WorkspaceRuleViolated(
            "You own this workspace. Transfer ownership to another member before you leave."
        )
    member.delete()


@transaction.atomic
def ownership_transfer(*, workspace: Workspace, actor: Membership, new_owner: Membership) -> None:
    require_role(actor, Role.OWNER, "transfer ownership")
    if new_owner.pk == actor.pk:
        raise WorkspaceRuleViolated("You already own this workspace.")
    # Lock both rows so two concurrent transfers can't leave two owners.
    Membership.objects.select_for_update().filter(pk__in=[actor.pk, new_owner.pk]).exists()
    new_owner.role = Role.OWNER
    new_owner.save(update_fields=["role"])
    actor.role = Role.ADMIN
    actor.save(update_fields=["role"])


# -- invitations ------------------------------------------------------------------------------
def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


INVITATION_SUBJECT = "[Stillmotion] You're invited to a workspace on Stillmotion"


def _check_invitation_limits(*, workspace: Workspace, email: str) -> None:
    """Invitations can't become a way to mail strangers: a daily cap per workspace, and per
    address across all workspaces."""
    since = timezone.now() - timedelta(days=1)
    sent = Invitation.objects.filter(workspace=workspace, created_at__gte=since).count()
    if sent >= settings.INVITATIONS_PER_WORKSPACE_PER_DAY:
        raise WorkspaceRuleViolated(
            f"This workspace has sent {sent} invitations in the last 24 hours, the most we "
            "send in a day. Try again tomorrow, or contact support if you are onboarding a team."
        )
    received = Invitation.objects.filter(email__iexact=email, created_at__gte=since).count()
    if received >= settings.INVITATIONS_PER_ADDRESS_PER_DAY:
        raise WorkspaceRuleViolated(
            f"{email} was already invited {received} times today. Ask them to use the link "
            "they have, or try again tomorrow."
        )


@transaction.atomic
def invitation_create(
    *, workspace: Workspace, actor: Membership, email: str, role: str = Role.MEMBER
) -> tuple[Invitation, str]:
    """Create an invitation and email its one-time link. Returns (invitation, link)."""
    require_role(actor, Role.ADMIN, "invite people")
    email = email.strip().lower()
    if role not in (Role.ADMIN, Role.MEMBER):
        raise WorkspaceRuleViolated("Invite people as a member or an admin.")
    if Membership.objects.filter(workspace=workspace, user__email__iexact=email).exists():
        raise WorkspaceRuleViolated(f"{email} is already a member of this workspace.")
    _check_invitation_limits(workspace=workspace, email=email)
    # A new invitation replaces any pending one for the same address.
    Invitation.objects.filter(
        workspace=workspace, email__iexact=email, accepted_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        workspace=workspace,
        email=email,
        role=role,
        token_hash=_hash_token(token),
        invited_by=actor.user,
        expires_at=timezone.now() + timedelta(days=settings.INVITATION_VALID_DAYS),
    )
    link = settings.SITE_URL + reverse("invitation_accept", args=[token])
    context = {"invitation": invitation, "link": link, "inviter": actor.user}
    transaction.on_commit(
        lambda: send_mail(
            # A fixed subject: nothing a workspace types reaches an inbox's first line.
            subject=INVITATION_SUBJECT,
            message=render_to_string("accounts/email/invitation.txt", context),
            from_email=None,
            recipient_list=[email],
        )
    )
    return invitation, link


@transaction.atomic
def invitation_revoke(*, workspace: Workspace, actor: Membership, invitation: Invitation) -> None:
    require_role(actor, Role.ADMIN, "revoke invitations")
    if invitation.accepted_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])


@transaction.atomic
def invitation_accept(*, token: str, user: User) -> Membership:
    invitation = (
        Invitation.objects.select_for_update()
        .select_related("workspace")
        .filter(token_hash=_hash_token(token))
        .first()
    )
    if invitation is None:
        raise InvitationInvalid("This invitation link is not valid.")
    if invitation.accepted_at is not None:
        raise InvitationInvalid("This invitation has already been used.")
    if invitation.revoked_at is not None:
        raise InvitationInvalid("This invitation was withdrawn. Ask for a new one.")
    if invitation.expires_at <= timezone.now():
        raise InvitationInvalid(
            "This invitation has expired (links last 7 days). Ask for a new one."
        )
    if invitation.email.lower() != user.email.lower():
        raise InvitationInvalid(
            "This invitation was sent to a different email address. "
            "Log in with the address it was sent to."
        )
    membership, _ = Membership.objects.get_or_create(
        workspace=invitation.workspace, user=user, defaults={"role": invitation.role}
    )
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return membership


@transaction.atomic
def demo_user_ensure(*, email: str, password: str) -> tuple[User, Workspace]:
    """The demo login `make run` prints; idempotent so running it twice works."""
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=password, name="Demo")
    elif not user.check_password(password):
        # Only when the password changed: setting it again would end open demo sessions.
        user.set_password(password)
        user.save(update_fields=["password"])
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    workspace = Workspace.objects.filter(memberships__user=user, name="Demo workspace").first()
    if workspace is None:
        workspace = workspace_create(user=user, name="Demo workspace", is_personal=True)
    return user, workspace
