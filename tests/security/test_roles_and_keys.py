"""Keys stop working with their creator's role; only the owner demotes admins."""

from __future__ import annotations

import pytest

from accounts.errors import PermissionDenied
from accounts.models import Membership, Role
from accounts.services import member_change_role, member_remove
from api.services import api_key_create
from tests.api.conftest import ApiClient

pytestmark = pytest.mark.django_db


def _key_of(workspace, user) -> str:
    actor = Membership.objects.get(workspace=workspace, user=user)
    _, raw = api_key_create(workspace=workspace, actor=actor, name="n8n")
    return raw


def test_a_removed_admins_key_stops_working(funded, owner, make_user, add_member, client_for):
    admin = make_user("keyholder@example.com")
    add_member(funded, admin, Role.ADMIN)
    api = ApiClient(_key_of(funded, admin))
    assert api.get("/api/v1/usage").status_code == 200
    owner_membership = Membership.objects.get(workspace=funded, user=owner)
    member_remove(
        workspace=funded,
        actor=owner_membership,
        member=Membership.objects.get(workspace=funded, user=admin),
    )
    refused = api.get("/api/v1/jobs")
    assert refused.status_code == 401
    assert "no longer an admin" in refused.json()["error"]["message"]
    created = api.post(
        "/api/v1/webhooks/endpoints",
        {"url": "https://example.com/hook"},
        content_type="application/json",
    )
    assert created.status_code == 401
    page = client_for(owner, funded).get("/app/api/keys/").content.decode()
    assert "its creator is no longer an admin" in page


def test_a_demoted_admins_key_stops_working(funded, owner, make_user, add_member):
    admin = make_user("demoted@example.com")
    add_member(funded, admin, Role.ADMIN)
    api = ApiClient(_key_of(funded, admin))
    member_change_role(
        workspace=funded,
        actor=Membership.objects.get(workspace=funded, user=owner),
        member=Membership.objects.get(workspace=funded, user=admin),
        role=Role.MEMBER,
    )
    assert api.get("/api/v1/usage").status_code == 401


def test_an_admin_cannot_demote_another_admin(workspace, make_user, add_member):
    first, second = make_user("a1@example.com"), make_user("a2@example.com")
    add_member(workspace, first, Role.ADMIN)
    target = add_member(workspace, second, Role.ADMIN)
    actor = Membership.objects.get(workspace=workspace, user=first)
    with pytest.raises(PermissionDenied, match="Only the owner"):
        member_change_role(workspace=workspace, actor=actor, member=target, role=Role.MEMBER)
    target.refresh_from_db()
    assert target.role == Role.ADMIN
