"""Invitations are not a spam channel: daily caps, a fixed subject, no free text on top."""

from __future__ import annotations

import pytest
from django.core import mail

from accounts.errors import WorkspaceRuleViolated
from accounts.models import Membership
from accounts.services import INVITATION_SUBJECT, invitation_create, workspace_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def actor(workspace, owner):
    return Membership.objects.get(workspace=workspace, user=owner)


def test_a_workspace_can_send_only_so_many_invitations_a_day(
    workspace, actor, settings, django_capture_on_commit_callbacks
):
    settings.INVITATIONS_PER_WORKSPACE_PER_DAY = 5
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(5):
            invitation_create(workspace=workspace, actor=actor, email=f"p{n}@example.net")
    with pytest.raises(WorkspaceRuleViolated, match="5 invitations in the last 24 hours"):
        invitation_create(workspace=workspace, actor=actor, email="p6@example.net")
    assert len(mail.outbox) == 5


def test_one_address_is_invited_at_most_three_times_a_day_across_workspaces(
    owner, actor, workspace
):
    others = [workspace_create(user=owner, name=f"Spam {n}") for n in range(3)]
    for ws in [workspace, *others[:2]]:
        invitation_create(
            workspace=ws, actor=Membership.objects.get(workspace=ws, user=owner), email="v@x.org"
        )
    with pytest.raises(WorkspaceRuleViolated, match="already invited 3 times today"):
        invitation_create(
            workspace=others[2],
            actor=Membership.objects.get(workspace=others[2], user=owner),
            email="v@x.org",
        )


def test_the_subject_is_fixed_whatever_the_workspace_is_called(
    owner, django_capture_on_commit_callbacks
):
    ws = workspace_create(user=owner, name="WIN A FREE PHONE at scam.example")
    with django_capture_on_commit_callbacks(execute=True):
        invitation_create(
            workspace=ws, actor=Membership.objects.get(workspace=ws, user=owner), email="t@x.org"
        )
    [message] = mail.outbox
    assert message.subject == INVITATION_SUBJECT
    assert "scam" not in message.subject
    assert owner.email in message.body  # who really sent it
