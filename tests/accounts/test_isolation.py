"""Another workspace's pages and actions are a 404, whatever the method."""

from __future__ import annotations

import uuid

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import Invitation, Membership, Workspace
from accounts.services import invitation_create

pytestmark = pytest.mark.django_db


def _cross_tenant_urls(other: Workspace) -> list[tuple[str, str]]:
    other_member = Membership.objects.filter(workspace=other).first()
    owner_membership = Membership.objects.get(workspace=other, role="owner")
    invitation, _ = invitation_create(
        workspace=other, actor=owner_membership, email="guest@example.net"
    )
    return [
        ("get", reverse("workspace_settings", args=[other.pk])),
        ("post", reverse("workspace_settings", args=[other.pk])),
        ("get", reverse("workspace_members", args=[other.pk])),
        ("post", reverse("workspace_members", args=[other.pk])),
        ("post", reverse("workspace_switch", args=[other.pk])),
        ("post", reverse("workspace_delete", args=[other.pk])),
        ("post", reverse("workspace_leave", args=[other.pk])),
        ("post", reverse("member_role", args=[other.pk, other_member.pk])),
        ("post", reverse("member_remove", args=[other.pk, other_member.pk])),
        ("post", reverse("ownership_transfer", args=[other.pk, other_member.pk])),
        ("post", reverse("invitation_revoke", args=[other.pk, invitation.pk])),
    ]


def test_every_workspace_page_and_action_of_another_tenant_is_404(
    client_for, owner, workspace, other_workspace
):
    client = client_for(owner, workspace)
    for method, url in _cross_tenant_urls(other_workspace):
        response = getattr(client, method)(
            url, {"name": "pwned", "email": "x@y.z", "role": "admin"}
        )
        assert response.status_code == 404, (method, url, response.status_code)
    other_workspace.refresh_from_db()
    assert other_workspace.name == "Rival Co"
    assert Membership.objects.filter(workspace=other_workspace).count() == 1
    assert (
        Invitation.objects.filter(workspace=other_workspace, revoked_at__isnull=True).count() == 1
    )


def test_mixing_own_workspace_with_foreign_member_id_is_404(
    client_for, owner, workspace, other_workspace
):
    foreign = Membership.objects.get(workspace=other_workspace)
    client = client_for(owner, workspace)
    for name in ("member_role", "member_remove", "ownership_transfer"):
        response = client.post(reverse(name, args=[workspace.pk, foreign.pk]), {"role": "member"})
        assert response.status_code == 404
    assert Membership.objects.get(pk=foreign.pk).role == "owner"


def test_unknown_workspace_id_is_404(client_for, owner):
    response = client_for(owner).get(reverse("workspace_settings", args=[uuid.uuid4()]))
    assert response.status_code == 404


def test_stale_session_workspace_falls_back_to_own(client_for, owner, workspace, other_workspace):
    client = client_for(owner)
    session = client.session
    session["active_workspace_id"] = str(other_workspace.pk)
    session.save()
    page = client.get(reverse("dashboard")).content.decode()
    assert "Rival Co" not in page


def test_every_form_rejects_a_missing_csrf_token_and_changes_nothing(owner, workspace):
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    posts = [
        (reverse("workspace_new"), {"name": "Sneaky"}),
        (
            reverse("workspace_settings", args=[workspace.pk]),
            {"name": "Sneaky", "face_policy": "allow"},
        ),
        (reverse("workspace_members", args=[workspace.pk]), {"email": "a@b.co", "role": "member"}),
        (reverse("workspace_delete", args=[workspace.pk]), {"confirm_name": workspace.name}),
        (
            reverse("account_change_password"),
            {"oldpassword": "x", "password1": "y", "password2": "y"},
        ),
        (reverse("account_logout"), {}),
    ]
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code == 403, url
        assert "This form expired" in response.content.decode()
    workspace.refresh_from_db()
    assert workspace.name == "Acme Studio"
    assert not Workspace.objects.filter(name="Sneaky").exists()
    assert not Invitation.objects.exists()


def test_anonymous_signup_and_login_reject_missing_csrf():
    client = Client(enforce_csrf_checks=True)
    for url in (
        reverse("account_signup"),
        reverse("account_login"),
        reverse("account_reset_password"),
    ):
        assert client.post(url, {"email": "a@b.co"}).status_code == 403
