"""Connecting accounts through each platform's OAuth flow, over real HTTP against the fakes:
the consent page, `state` bound to the session and the workspace, PKCE where the platform
supports it, scopes, reconnect, disconnect with a revoke, and what to configure when off."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from publishing import services
from publishing.models import AccountStatus, ConnectedAccount, Publication, PublicationState
from publishing.vault import unseal
from tests.conftest import PASSWORD
from tests.publishing.conftest import connect_via_pages

pytestmark = pytest.mark.django_db

EXPECTED = {
    "tiktok": ("tt-open-a1b2c3", "ada.makes"),
    "youtube": ("UCfakeStillmotion0000001", "@adamakes"),
    "instagram": ("17841400000000001", "ada.makes"),
}


def _messages(response) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(m) for m in response.context["messages"]] if response.context else []


def _start(client: Client, platform: str) -> str:
    response = client.post(reverse("publishing_connect", args=[platform]))
    assert response.status_code == 302
    return response["Location"]


def _come_back(client: Client, redirect: str):  # type: ignore[no-untyped-def]
    parts = urlsplit(redirect)
    return client.get(f"{parts.path}?{parts.query}", follow=True)


@pytest.mark.parametrize("platform", ["tiktok", "youtube", "instagram"])
def test_connect_through_the_consent_page_stores_the_account_with_encrypted_tokens(
    platform, owner_client, platforms, workspace
):
    fake = platforms[platform]
    account = connect_via_pages(owner_client, fake, platform)
    external_id, username = EXPECTED[platform]
    assert account.workspace == workspace
    assert account.external_id == external_id
    assert username.lstrip("@") in account.display_name
    assert account.status == AccountStatus.CONNECTED
    issued = [t.value for t in fake.tokens.values()]
    assert issued and all(value not in account.tokens for value in issued)
    token = unseal(account.tokens)
    assert token.access_token in issued
    assert account.token_expires_at is not None


def test_youtube_uses_pkce_and_tiktok_and_instagram_do_not(owner_client, platforms):
    youtube_url = _start(owner_client, "youtube")
    query = parse_qs(urlsplit(youtube_url).query)
    assert query["code_challenge_method"] == ["S256"] and query["code_challenge"][0]
    assert query["access_type"] == ["offline"]
    _come_back(owner_client, platforms["youtube"].approve(youtube_url))
    token_call = platforms["youtube"].requests_to("POST", "/token")[-1]
    assert "code_verifier=" in token_call.body.decode()  # the fake checked it against S256
    for platform in ("tiktok", "instagram"):
        assert "code_challenge" not in parse_qs(urlsplit(_start(owner_client, platform)).query)


def test_state_is_bound_to_the_browser_session(platforms, owner, workspace, client_for):
    mine = client_for(owner, workspace)
    redirect = platforms["tiktok"].approve(_start(mine, "tiktok"))
    other_browser = client_for(owner, workspace)  # same person, another session
    response = _come_back(other_browser, redirect)
    assert any("could not be matched to your browser session" in m for m in _messages(response))
    assert not ConnectedAccount.objects.exists()
    assert not platforms["tiktok"].requests_to("POST", "/v2/oauth/token/")  # code never spent


def test_state_is_bound_to_the_workspace_it_was_started_in(platforms, owner, workspace, client_for):
    from accounts.services import workspace_create

    second = workspace_create(user=owner, name="Second Studio")
    client = client_for(owner, workspace)
    redirect = platforms["youtube"].approve(_start(client, "youtube"))
    client.post(reverse("workspace_switch", args=[second.pk]))
    response = _come_back(client, redirect)
    assert any("started in another workspace" in m for m in _messages(response))
    assert not ConnectedAccount.objects.exists()


def test_a_forged_state_or_a_replayed_redirect_connects_nothing(owner_client, platforms):
    redirect = platforms["tiktok"].approve(_start(owner_client, "tiktok"))
    forged = redirect.replace("state=", "state=x")
    response = _come_back(owner_client, forged)
    assert any("could not be matched" in m for m in _messages(response))
    assert not ConnectedAccount.objects.exists()
    _come_back(owner_client, redirect)
    assert ConnectedAccount.objects.count() == 1
    response = _come_back(owner_client, redirect)  # the state was used up
    assert any("could not be matched" in m for m in _messages(response))


def test_cancel_on_the_consent_page_says_so_and_connects_nothing(owner_client, platforms):
    redirect = platforms["instagram"].cancel(_start(owner_client, "instagram"))
    response = _come_back(owner_client, redirect)
    assert any("the permission was not given" in m for m in _messages(response))
    assert not ConnectedAccount.objects.exists()


def test_a_missing_permission_is_refused_with_what_to_do(owner_client, platforms):
    platforms["tiktok"].grant_scopes = ("user.info.basic",)  # unticked video.publish
    redirect = platforms["tiktok"].approve(_start(owner_client, "tiktok"))
    response = _come_back(owner_client, redirect)
    assert any("allow everything on the consent screen" in m for m in _messages(response))
    assert not ConnectedAccount.objects.exists()


def test_members_cannot_connect(platforms, member, workspace, client_for):
    client = client_for(member, workspace)
    response = client.post(reverse("publishing_connect", args=["tiktok"]), follow=True)
    assert any("Only workspace admins and the owner" in m for m in _messages(response))
    assert not platforms["tiktok"].requests


def test_admins_can_connect(platforms, admin_user, workspace, client_for):
    account = connect_via_pages(client_for(admin_user, workspace), platforms["youtube"], "youtube")
    assert account.connected_by == admin_user


def test_with_no_client_id_the_page_says_what_to_configure(owner_client, settings):
    settings.TIKTOK_CLIENT_KEY = settings.TIKTOK_CLIENT_SECRET = ""
    page = owner_client.get(reverse("publishing_accounts")).content.decode()
    assert "TikTok publishing is off" in page
    assert "TIKTOK_CLIENT_KEY" in page and "TIKTOK_CLIENT_SECRET" in page
    assert "/publishing/callback/tiktok/" in page  # the redirect URI to register
    response = owner_client.post(reverse("publishing_connect", args=["tiktok"]), follow=True)
    assert any("set TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET" in m for m in _messages(response))


def test_reconnect_updates_the_same_account_and_restarts_posts_that_waited_for_it(
    connect, owner_client, platforms, workspace, owner, clip
):
    account = connect("tiktok")
    publication = services.publication_create(
        workspace=workspace, clip=clip, account=account, caption="hi", user=owner
    ).publication
    services.account_mark_broken(account_id=account.pk, reason="The TikTok sign-in expired.")
    Publication.objects.filter(pk=publication.pk).update(
        state=PublicationState.FAILED, failure_code="reconnect_needed"
    )
    response = owner_client.post(reverse("publishing_account_reconnect", args=[account.pk]))
    redirect = platforms["tiktok"].approve(response["Location"])
    _come_back(owner_client, redirect)
    assert ConnectedAccount.objects.count() == 1
    account.refresh_from_db()
    assert account.status == AccountStatus.CONNECTED and account.last_error == ""
    publication.refresh_from_db()
    assert publication.state == PublicationState.SCHEDULED


def test_disconnect_revokes_on_the_platform_and_deletes_the_tokens(
    connect, owner_client, platforms, workspace, owner, make_clip_row
):
    account = connect("youtube")
    token = unseal(account.tokens)
    later = services.publication_create(
        workspace=workspace,
        clip=make_clip_row(),
        account=account,
        caption="later",
        user=owner,
        scheduled_for=timezone.now() + timedelta(days=1),
    ).publication
    response = owner_client.post(
        reverse("publishing_account_disconnect", args=[account.pk]), follow=True
    )
    assert any("the platform confirmed" in m for m in _messages(response))
    assert not ConnectedAccount.objects.filter(pk=account.pk).exists()
    grant = platforms["youtube"].tokens[token.access_token].grant
    assert grant.revoked
    later.refresh_from_db()
    assert later.state == PublicationState.FAILED and "disconnected" in later.failure_reason
    assert later.account is None and later.account_name  # the history stays readable


def test_disconnect_still_deletes_our_copy_when_the_platform_is_down(
    connect, owner_client, platforms
):
    account = connect("tiktok")
    platforms["tiktok"].fail("revoke", "500")
    response = owner_client.post(
        reverse("publishing_account_disconnect", args=[account.pk]), follow=True
    )
    assert any("did not confirm the revoke" in m for m in _messages(response))
    assert not ConnectedAccount.objects.exists()


def test_members_cannot_disconnect(connect, member, workspace, client_for):
    account = connect("tiktok")
    response = client_for(member, workspace).post(
        reverse("publishing_account_disconnect", args=[account.pk]), follow=True
    )
    assert any("Only workspace admins" in m for m in _messages(response))
    assert ConnectedAccount.objects.filter(pk=account.pk).exists()


def test_login_is_required_for_the_callback(platforms):
    response = Client().get(reverse("publishing_callback", args=["tiktok"]) + "?code=x&state=y")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_person_logs_in_again_mid_flow_and_must_start_over(
    owner, workspace, platforms, client_for
):
    client = client_for(owner, workspace)
    redirect = platforms["tiktok"].approve(_start(client, "tiktok"))
    client.logout()
    client.login(email=owner.email, password=PASSWORD)
    response = _come_back(client, redirect)
    assert not ConnectedAccount.objects.exists()
    assert response.status_code == 200
