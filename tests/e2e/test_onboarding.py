"""A newcomer in a real headless Chromium: sign up, verify, log in, workspaces, invite, switch."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from accounts.models import Invitation, Workspace

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _link_in_last_mail(pattern: str) -> str:
    body = mail.outbox[-1].body
    match = re.search(pattern, body)
    assert match, body
    return match.group(0)


def test_signup_verify_login_workspaces_invite_switch(live_server, page):
    base = live_server.url
    page.goto(base + "/")
    page.get_by_role("link", name="Create a free account").click()
    page.fill("input[name=email]", "newcomer@example.com")
    page.fill("input[name=password1]", "Sunny-Meadow-42")
    page.fill("input[name=password2]", "Sunny-Meadow-42")
    page.get_by_role("button", name="Sign Up").click()
    page.get_by_text("Verify Your Email Address").wait_for()

    confirm_path = _link_in_last_mail(r"/accounts/confirm-email/[^\s]+")
    page.goto(base + confirm_path)
    page.get_by_role("button", name="Confirm").click()
    # Confirming logs the user in (ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION); log out and in again
    # to exercise the login form too.
    page.locator("#account-menu summary").click()
    page.get_by_role("button", name="Log out").click()
    page.goto(base + "/accounts/login/")
    page.fill("input[name=login]", "newcomer@example.com")
    page.fill("input[name=password]", "Sunny-Meadow-42")
    page.get_by_role("button", name="Sign In").click()
    page.get_by_role("heading", name="Make your first clip").wait_for()
    assert "newcomer's workspace" in page.locator("#workspace-switcher summary").inner_text()

    # A second workspace becomes the active one.
    page.locator("#workspace-switcher summary").click()
    page.get_by_role("link", name="+ New workspace").click()
    page.fill("input[name=name]", "Client Work")
    page.get_by_role("button", name="Create workspace").click()
    assert "Client Work" in page.locator("#workspace-switcher summary").inner_text()

    # Invite a member to it.
    page.locator("#workspace-switcher summary").click()
    page.get_by_role("link", name="Members").click()
    page.fill("input[name=email]", "teammate@example.com")
    page.get_by_role("button", name="Send invitation").click()
    page.get_by_text("Invitation sent to teammate@example.com").wait_for()
    invitation = Invitation.objects.get(email="teammate@example.com")
    assert invitation.workspace.name == "Client Work"
    assert "/invitations/" in _link_in_last_mail(r"http\S+/invitations/\S+")

    # Switch back to the personal workspace.
    page.locator("#workspace-switcher summary").click()
    page.get_by_role("button", name="newcomer's workspace").click()
    page.get_by_text("Switched to newcomer's workspace").wait_for()
    assert "newcomer's workspace" in page.locator("#workspace-switcher summary").inner_text()
    assert Workspace.objects.filter(memberships__user__email="newcomer@example.com").count() == 2
