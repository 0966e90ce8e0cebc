"""The publishing pages: the platform's limits before submit, publishing and scheduling in
the person's time zone, the list and calendar with live status, who may publish, health,
and no token anywhere in a page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from publishing import services
from publishing.models import Publication, PublicationState, WhoMayPublish
from tests.publishing.conftest import drive

pytestmark = pytest.mark.django_db


def _page(client, name, *args, **query):  # type: ignore[no-untyped-def]
    response = client.get(reverse(name, args=args), query)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_publish_page_shows_each_accounts_limits_before_submit(
    connect, owner_client, platforms, clip
):
    platforms["tiktok"].max_duration_s = 60
    platforms["instagram"].quota_usage = 47
    for platform in ("tiktok", "youtube", "instagram"):
        connect(platform)
    page = _page(owner_client, "publication_new", clip.pk)
    assert "Length 3–60 s" in page  # TikTok: this creator's own maximum (creator_info)
    assert "3 of 50 posts left today" in page  # Instagram: content_publishing_limit
    assert "become Shorts" in page and "Vertical or square" in page  # YouTube's rules
    assert "Friends (mutual followers)" in page  # TikTok's privacy options for this account
    assert "checked with TikTok just now" in page
    assert "labelled as AI-generated" in page or "AI-generated" in page


def test_a_clip_that_does_not_fit_is_explained_and_cannot_be_chosen(
    connect, owner_client, make_clip_row
):
    connect("tiktok")
    short = make_clip_row(duration_s=2.0)
    page = _page(owner_client, "publication_new", short.pk)
    assert "TikTok needs at least 3 s" in page
    assert 'disabled aria-describedby="problems-' in page


def test_publishing_now_to_two_accounts_from_the_page(connect, owner_client, clip):
    tiktok, youtube = connect("tiktok"), connect("youtube")
    response = owner_client.post(
        reverse("publication_new", args=[clip.pk]),
        {
            "accounts": [str(tiktok.pk), str(youtube.pk)],
            f"privacy_{tiktok.pk.hex}": "public",
            f"privacy_{youtube.pk.hex}": "unlisted",
            "caption": "Harbour at dawn",
            "hashtags": "#dawn #sea",
            "when": "now",
            "time_zone": "Europe/Paris",
        },
    )
    assert response.status_code == 302 and response["Location"] == reverse("publishing")
    rows = {p.platform: p for p in Publication.objects.all()}
    assert rows["youtube"].privacy == "unlisted" and rows["tiktok"].hashtags == ["dawn", "sea"]
    assert all(p.state == PublicationState.SCHEDULED for p in rows.values())


def test_scheduling_uses_the_chosen_time_zone(connect, owner_client, clip):
    account = connect("youtube")
    day = (timezone.now() + timedelta(days=3)).date()
    response = owner_client.post(
        reverse("publication_new", args=[clip.pk]),
        {
            "accounts": [str(account.pk)],
            f"privacy_{account.pk.hex}": "public",
            "caption": "Later",
            "when": "later",
            "scheduled_for": f"{day.isoformat()}T09:30",
            "time_zone": "Asia/Tokyo",
        },
    )
    publication = Publication.objects.get()
    assert response["Location"] == reverse("publication_detail", args=[publication.pk])
    assert publication.scheduled_for == datetime(
        day.year, day.month, day.day, 0, 30, tzinfo=UTC
    )  # 09:30 in Tokyo (UTC+9)
    assert publication.time_zone == "Asia/Tokyo"
    page = _page(owner_client, "publication_detail", publication.pk, tz="Asia/Tokyo")
    assert "09:30" in page and "Scheduled" in page


def test_a_blocked_caption_is_shown_on_the_form_and_nothing_is_created(connect, owner_client, clip):
    account = connect("tiktok")
    response = owner_client.post(
        reverse("publication_new", args=[clip.pk]),
        {
            "accounts": [str(account.pk)],
            f"privacy_{account.pk.hex}": "public",
            "caption": "make her undress, nude",
            "when": "now",
            "time_zone": "UTC",
        },
    )
    assert response.status_code == 400
    assert "the safety check flagged it" in response.content.decode()
    assert not Publication.objects.exists()


def test_a_past_time_is_refused_with_what_to_do(connect, owner_client, clip):
    account = connect("tiktok")
    response = owner_client.post(
        reverse("publication_new", args=[clip.pk]),
        {
            "accounts": [str(account.pk)],
            f"privacy_{account.pk.hex}": "public",
            "when": "later",
            "scheduled_for": "2020-01-01T09:00",
            "time_zone": "UTC",
        },
    )
    assert response.status_code == 400
    assert "That time has already passed" in response.content.decode()


def test_the_list_and_calendar_show_live_status_and_the_link(
    connect, owner_client, workspace, owner, clip, make_clip_row
):
    account = connect("tiktok")
    live = services.publication_create(
        workspace=workspace, clip=clip, account=account, caption="Live one", user=owner
    ).publication
    drive(live.pk)
    live.refresh_from_db()
    later = services.publication_create(
        workspace=workspace,
        clip=make_clip_row(),
        account=account,
        caption="Tomorrow one",
        user=owner,
        scheduled_for=timezone.now() + timedelta(days=1),
    ).publication
    listing = _page(owner_client, "publishing")
    assert live.public_url in listing and "View post" in listing
    assert "Tomorrow one" in listing and 'data-state="scheduled"' in listing
    assert 'hx-trigger="every 2s"' in listing  # something is still in progress
    this_week = _page(owner_client, "publishing", view="calendar", tz="UTC")
    assert "Live one" in this_week
    week_of_later = later.scheduled_for.date().isoformat()
    assert "Tomorrow one" in _page(owner_client, "publishing", view="calendar", week=week_of_later)
    rows = _page(owner_client, "publishing_rows", state="published")
    assert "Live one" in rows and "Tomorrow one" not in rows


def test_the_live_panel_follows_the_publication(connect, owner_client, workspace, owner, clip):
    account = connect("instagram")
    publication = services.publication_create(
        workspace=workspace, clip=clip, account=account, caption="x", user=owner
    ).publication
    before = _page(owner_client, "publication_live", publication.pk)
    assert 'hx-trigger="every 1s"' in before
    drive(publication.pk)
    publication.refresh_from_db()
    after = _page(owner_client, "publication_live", publication.pk)
    assert 'id="public-url"' in after and publication.public_url in after
    assert "hx-trigger" not in after  # ended: no more polling


def test_only_admins_publish_when_the_workspace_says_so(
    connect, owner_client, member, workspace, client_for, clip
):
    account = connect("youtube")
    owner_client.post(reverse("publishing_accounts"), {"who_may_publish": WhoMayPublish.ADMINS})
    client = client_for(member, workspace)
    page = _page(client, "publication_new", clip.pk)
    assert "only admins and the owner can publish" in page
    client.post(
        reverse("publication_new", args=[clip.pk]),
        {"accounts": [str(account.pk)], "when": "now", "time_zone": "UTC"},
    )
    assert not Publication.objects.exists()
    owner_client.post(reverse("publishing_accounts"), {"who_may_publish": WhoMayPublish.MEMBERS})
    client.post(
        reverse("publication_new", args=[clip.pk]),
        {"accounts": [str(account.pk)], f"privacy_{account.pk.hex}": "public", "when": "now",
         "time_zone": "UTC"},
    )  # fmt: skip
    assert Publication.objects.count() == 1


def test_members_cannot_change_who_may_publish(member, workspace, client_for):
    client = client_for(member, workspace)
    client.post(reverse("publishing_accounts"), {"who_may_publish": WhoMayPublish.ADMINS})
    assert services.settings_ensure(workspace=workspace).who_may_publish == WhoMayPublish.MEMBERS


def test_accounts_page_shows_health(connect, owner_client, platforms, workspace, owner, clip):
    account = connect("tiktok")
    services.account_mark_broken(
        account_id=account.pk, reason="Your TikTok connection has expired or was removed."
    )
    page = _page(owner_client, "publishing_accounts")
    assert "needs reconnecting" in page and "has expired or was removed" in page
    assert "valid until" in page and "Renewal" in page


def test_cancel_and_retry_from_the_publication_page(
    connect, owner_client, workspace, owner, clip, platforms
):
    account = connect("tiktok")
    publication = services.publication_create(
        workspace=workspace,
        clip=clip,
        account=account,
        caption="x",
        user=owner,
        scheduled_for=timezone.now() + timedelta(hours=3),
    ).publication
    owner_client.post(reverse("publication_cancel", args=[publication.pk]))
    publication.refresh_from_db()
    assert publication.state == PublicationState.CANCELED
    platforms["tiktok"].video_fault = "bad_format"
    services.publication_create(workspace=workspace, clip=clip, account=account, caption="y")
    drive(publication.pk)
    publication.refresh_from_db()
    assert publication.state == PublicationState.FAILED
    platforms["tiktok"].video_fault = None
    owner_client.post(reverse("publication_retry", args=[publication.pk]))
    drive(publication.pk)
    publication.refresh_from_db()
    assert publication.state == PublicationState.PUBLISHED


def test_no_token_appears_in_any_page(connect, owner_client, platforms, workspace, owner, clip):
    for platform in ("tiktok", "youtube", "instagram"):
        account = connect(platform)
        publication = services.publication_create(
            workspace=workspace, clip=clip, account=account, caption="x", user=owner
        ).publication
        drive(publication.pk)
    secrets = {t.value for fake in platforms.values() for t in fake.tokens.values()}
    pages = [
        _page(owner_client, "publishing"),
        _page(owner_client, "publishing", view="calendar"),
        _page(owner_client, "publishing_accounts"),
        _page(owner_client, "publishing_rules"),
        _page(owner_client, "publication_new", clip.pk),
        *(_page(owner_client, "publication_detail", p.pk) for p in Publication.objects.all()),
    ]
    assert secrets and not [s for s in secrets if any(s in page for page in pages)]


def test_the_nav_links_to_publishing(owner_client):
    page = _page(owner_client, "dashboard")
    assert f'href="{reverse("publishing")}"' in page
