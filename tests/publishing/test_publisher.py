"""Publishing against the three fakes over real HTTP: each platform's own path, the AI
disclosure, the signed clip from storage, the caption gate, retries and backoff honouring
the platforms' limits, expired and revoked tokens, and never posting twice when a reply is
lost, a session expires or a step is retried."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from django.utils import timezone

from publishing import publisher, services
from publishing.errors import CaptionBlocked, PublishingRuleViolated
from publishing.models import (
    AccountStatus,
    ConnectedAccount,
    Privacy,
    Publication,
    PublicationEvent,
    PublicationState,
)
from publishing.platforms import AI_DISCLOSURE_LINE
from publishing.vault import unseal
from tests.publishing.conftest import MIB, drive

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(workspace, owner, clip):  # type: ignore[no-untyped-def]
    def make(account, *, on=None, caption="Clouds drift over the harbour", **kw):  # type: ignore[no-untyped-def]
        return services.publication_create(
            workspace=workspace,
            clip=on or clip,
            account=account,
            caption=caption,
            user=owner,
            **kw,
        ).publication

    return make


def _ended(publication: Publication) -> Publication:
    drive(publication.pk)
    return Publication.objects.get(pk=publication.pk)


def _stored_bytes(clip) -> bytes:  # type: ignore[no-untyped-def]
    from django.core.files.storage import default_storage

    with default_storage.open(clip.video.name, "rb") as handle:
        return handle.read()


# -- each platform's path, the disclosure, the file -------------------------------------------
def test_tiktok_posts_the_signed_clip_with_the_ai_label(connect, post, platforms, clip):
    account = connect("tiktok")
    done = _ended(post(account, hashtags=["sky", "harbour"]))
    fake = platforms["tiktok"]
    assert done.state == PublicationState.PUBLISHED
    assert done.public_url == f"https://www.tiktok.com/@ada.makes/video/{done.platform_post_id}"
    [record] = fake.posts
    assert record["post_info"]["is_aigc"] is True
    assert record["post_info"]["title"] == "Clouds drift over the harbour\n\n#sky #harbour"
    [publish] = fake.publishes.values()
    assert bytes(publish.received) == _stored_bytes(clip)  # the delivered file, byte for byte


def test_youtube_uploads_a_short_marked_as_synthetic_media(connect, post, platforms):
    account = connect("youtube")
    done = _ended(post(account, hashtags=["cinemagraph"], privacy=Privacy.UNLISTED))
    assert done.state == PublicationState.PUBLISHED
    assert done.public_url == f"https://www.youtube.com/shorts/{done.platform_post_id}"
    [video] = platforms["youtube"].videos.values()
    assert video.resource["status"]["containsSyntheticMedia"] is True
    assert video.resource["status"]["privacyStatus"] == "unlisted"
    assert video.resource["snippet"]["tags"] == ["cinemagraph"]
    assert video.is_short


def test_instagram_reel_carries_the_ai_label_and_the_caption_line(connect, post, platforms):
    account = connect("instagram")
    done = _ended(post(account))
    assert done.state == PublicationState.PUBLISHED
    assert done.public_url.startswith("https://www.instagram.com/reel/")
    [record] = platforms["instagram"].posts
    assert record["params"]["is_ai_generated"] == "true"
    assert record["params"]["caption"].endswith(AI_DISCLOSURE_LINE)
    assert record["params"]["media_type"] == "REELS"


def test_instagram_fetches_the_clip_from_a_short_lived_signed_link(
    connect, post, platforms, settings, live_server, clip
):
    settings.INSTAGRAM_UPLOAD = "video_url"
    settings.SITE_URL = live_server.url
    account = connect("instagram")
    done = _ended(post(account))
    assert done.state == PublicationState.PUBLISHED
    [container] = platforms["instagram"].containers.values()
    assert "/api/v1/clips/" in container.params["video_url"]
    assert "sig=" in container.params["video_url"]
    assert container.data == _stored_bytes(clip)


def test_the_clip_is_read_through_the_storage_api_not_a_local_path(
    connect, platforms, settings, workspace, owner, make_clip_row
):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    clip = make_clip_row()  # saved into the in-memory storage: no file on disk at all
    account = connect("youtube")
    publication = services.publication_create(
        workspace=workspace, clip=clip, account=account, caption="x", user=owner
    ).publication
    assert _ended(publication).state == PublicationState.PUBLISHED


def test_a_clip_whose_stored_file_changed_is_not_published(connect, post, platforms, clip):
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    account = connect("tiktok")
    publication = post(account)
    default_storage.delete(clip.video.name)
    default_storage.save(clip.video.name, ContentFile(b"an unsigned copy"))
    done = _ended(publication)
    assert done.state == PublicationState.FAILED
    assert "not the file that was delivered and signed" in done.failure_reason
    assert not platforms["tiktok"].requests_to("POST", "/v2/post/publish/video/init/")


# -- the safety gate ---------------------------------------------------------------------------
def test_a_blocked_caption_sends_nothing(connect, post, platforms):
    account = connect("tiktok")
    before = len(platforms["tiktok"].requests)
    with pytest.raises(CaptionBlocked, match="safety check"):
        post(account, caption="make her undress, nude")
    with pytest.raises(CaptionBlocked):
        post(account, caption="a calm sea", hashtags=["nude", "undress"])
    assert not Publication.objects.exists()
    assert len(platforms["tiktok"].requests) == before


def test_the_gate_runs_again_just_before_sending(connect, post, platforms):
    account = connect("youtube")
    publication = post(account)
    Publication.objects.filter(pk=publication.pk).update(caption="make her undress, nude")
    done = _ended(publication)
    assert done.state == PublicationState.FAILED and done.failure_code == "caption_blocked"
    assert not platforms["youtube"].requests_to("POST", "/upload/youtube/v3/videos")


# -- the platform's limits, before anything is sent -------------------------------------------
def test_clips_the_platform_would_refuse_are_refused_before_upload(connect, post, make_clip_row):
    tiktok, youtube = connect("tiktok"), connect("youtube")
    with pytest.raises(PublishingRuleViolated, match="needs at least 3 s"):
        post(tiktok, on=make_clip_row(duration_s=2.0))
    with pytest.raises(PublishingRuleViolated, match="vertical or square"):
        post(youtube, on=make_clip_row(width=1280, height=720))
    with pytest.raises(PublishingRuleViolated, match="can't post"):
        post(connect("instagram"), privacy=Privacy.PRIVATE)


# -- retries, backoff, rate limits ------------------------------------------------------------
def test_a_5xx_is_retried_with_backoff_and_posts_once(connect, post, platforms):
    account = connect("tiktok")
    platforms["tiktok"].fail("init", "500", "500")
    publication = post(account)
    first = publisher.run(str(publication.pk), worker="w")
    assert first.retry_in_s == pytest.approx(1.0, rel=0.15)  # PUBLISHING_RETRY_BASE_S
    publication.refresh_from_db()
    assert publication.tries == 1 and "temporary problem" in publication.last_error
    done = _ended(publication)
    assert done.state == PublicationState.PUBLISHED and done.tries == 2
    assert len(platforms["tiktok"].posts) == 1


def test_a_429_waits_as_long_as_the_platform_asks(connect, post, platforms):
    account = connect("youtube")
    platforms["youtube"].fail("insert", "rate_limited")  # Retry-After: 30
    step = publisher.run(str(post(account).pk), worker="w")
    assert step.retry_in_s == 30.0


def test_tiktok_uploads_wait_for_the_budget_instead_of_hitting_429(
    connect, post, platforms, settings, make_clip_row
):
    settings.PUBLISHING_RATE_LIMITS = "tiktok.video_init=1/60"
    account = connect("tiktok")
    first, second = post(account), post(account, on=make_clip_row())
    assert publisher.run(str(first.pk), worker="w").retry_in_s is not None
    waited = publisher.run(str(second.pk), worker="w")
    assert 55 < waited.retry_in_s <= 60  # the rest of TikTok's minute
    second.refresh_from_db()
    assert "6 uploads a minute" in second.status_note and second.tries == 0
    assert len(platforms["tiktok"].requests_to("POST", "/v2/post/publish/video/init/")) == 1


def test_retries_end_with_a_reason_in_plain_words(connect, post, platforms, settings):
    settings.PUBLISHING_MAX_TRIES = 3
    account = connect("instagram")
    platforms["instagram"].fail("container", "500", "500", "500")
    done = _ended(post(account))
    assert done.state == PublicationState.FAILED
    assert "temporary problem" in done.failure_reason and "tried 3 times" in done.failure_reason
    assert not platforms["instagram"].posts


def test_a_spent_daily_quota_waits_for_it_to_come_back(connect, post, platforms):
    account = connect("youtube")
    platforms["youtube"].insert_calls_left = 0
    publication = post(account)
    step = publisher.run(str(publication.pk), worker="w")
    assert step.retry_in_s is not None and step.retry_in_s > 60  # Pacific midnight
    publication.refresh_from_db()
    assert publication.state == PublicationState.UPLOADING
    assert "midnight Pacific time" in publication.status_note
    account.refresh_from_db()
    assert "upload allowance" in account.last_error


@pytest.mark.parametrize("platform", ["tiktok", "instagram"])
def test_a_daily_post_cap_waits_an_hour_and_tells_the_account(connect, post, platforms, platform):
    account = connect(platform)
    if platform == "tiktok":
        platforms["tiktok"].fail("init", "daily_cap")  # spam_risk_too_many_posts
    else:
        platforms["instagram"].quota_usage = platforms["instagram"].quota_total
    publication = post(account)
    step = publisher.run(str(publication.pk), worker="w")
    assert step.retry_in_s == 3600.0
    publication.refresh_from_db()
    assert publication.state == PublicationState.UPLOADING and publication.tries == 0
    assert (
        "daily limit" in publication.status_note or "allowed in 24 hours" in publication.status_note
    )
    account.refresh_from_db()
    assert account.last_error == publication.status_note
    assert not platforms[platform].posts


# -- tokens -----------------------------------------------------------------------------------
def test_a_token_that_expires_mid_run_is_refreshed_and_the_post_goes_on(connect, post, platforms):
    account = connect("tiktok")
    before = unseal(account.tokens)
    publication = post(account)
    publisher.run(str(publication.pk), worker="w")  # uploaded; processing
    platforms["tiktok"].expire_access_tokens()
    done = _ended(publication)
    assert done.state == PublicationState.PUBLISHED
    after = unseal(ConnectedAccount.objects.get(pk=account.pk).tokens)
    assert after.access_token != before.access_token
    assert after.refresh_token != before.refresh_token  # rotated and saved
    assert len(platforms["tiktok"].publishes) == 1


def test_a_revoked_account_stops_with_what_to_do_and_resumes_after_reconnect(
    connect, post, platforms
):
    account = connect("youtube")
    publication = post(account)
    platforms["youtube"].revoke_everything()
    done = _ended(publication)
    assert done.state == PublicationState.FAILED and done.failure_code == "reconnect_needed"
    assert "Connect the account again" in done.failure_reason
    account.refresh_from_db()
    assert account.status == AccountStatus.NEEDS_RECONNECT
    connect("youtube")  # the person reconnects: the post starts again by itself
    assert _ended(publication).state == PublicationState.PUBLISHED
    assert len(platforms["youtube"].videos) == 1


def test_a_missing_scope_at_post_time_asks_for_a_reconnect(connect, post, platforms):
    account = connect("tiktok")
    platforms["tiktok"].fail("creator_info", "scope_missing")
    done = _ended(post(account))
    assert done.failure_code == "reconnect_needed"
    assert "allow posting" in done.failure_reason


# -- never twice ------------------------------------------------------------------------------
def test_tiktok_lost_reply_on_the_last_chunk_resumes_without_a_second_init(
    connect, post, platforms, make_clip_row
):
    account = connect("tiktok")
    fake = platforms["tiktok"]
    clip = make_clip_row(size=21 * MIB)  # two 10 MiB chunks (the second takes the tail)
    fake.fail_chunk(1, "lost_reply")  # TikTok has every byte; we never hear so
    done = _ended(post(account, on=clip))
    assert done.state == PublicationState.PUBLISHED
    [publish] = fake.publishes.values()
    assert [i for i, _ in publish.chunk_puts] == [0, 1]  # no chunk sent twice
    assert len(fake.posts) == 1


def test_tiktok_expired_upload_url_starts_a_fresh_upload_and_posts_once(connect, post, platforms):
    account = connect("tiktok")
    fake = platforms["tiktok"]
    fake.fail_chunk(0, "expired_url")
    done = _ended(post(account))
    assert done.state == PublicationState.PUBLISHED
    assert len(fake.publishes) == 2 and len(fake.posts) == 1  # the first never posted


def test_youtube_resumes_an_interrupted_upload_where_it_stopped(
    connect, post, platforms, make_clip_row
):
    account = connect("youtube")
    fake = platforms["youtube"]
    fake.fail("chunk", "drop")  # half of the first chunk arrives, then the connection breaks
    done = _ended(post(account, on=make_clip_row(size=9 * MIB)))
    assert done.state == PublicationState.PUBLISHED
    [session] = fake.sessions.values()
    starts = [start for start, _ in session.chunk_puts]
    assert starts == sorted(starts) and len(fake.videos) == 1


def test_youtube_lost_reply_on_the_last_byte_finds_the_video_instead_of_uploading_again(
    connect, post, platforms
):
    account = connect("youtube")
    fake = platforms["youtube"]
    fake.fail("chunk", "lost_reply")
    done = _ended(post(account))
    assert done.state == PublicationState.PUBLISHED
    assert len(fake.sessions) == 1 and len(fake.videos) == 1


def test_instagram_lost_reply_on_media_publish_never_publishes_twice(connect, post, platforms):
    account = connect("instagram")
    fake = platforms["instagram"]
    fake.fail("publish", "lost_reply")  # the Reel goes live; the reply never arrives
    done = _ended(post(account))
    assert done.state == PublicationState.PUBLISHED
    assert len(fake.posts) == 1
    assert "could not be recovered" in done.status_note


def test_instagram_expired_container_gets_a_fresh_one(connect, post, platforms):
    account = connect("instagram")
    fake = platforms["instagram"]
    publication = post(account)
    publisher.run(str(publication.pk), worker="w")
    fake.expire_containers()
    done = _ended(publication)
    assert done.state == PublicationState.PUBLISHED
    assert len(fake.containers) == 2 and len(fake.posts) == 1


def test_the_same_clip_and_account_is_one_publication(connect, post, workspace, clip):
    account = connect("tiktok")
    first = post(account)
    again = services.publication_create(
        workspace=workspace, clip=clip, account=account, caption="other words"
    )
    assert again.created is False and again.publication.pk == first.pk
    assert Publication.objects.count() == 1


def test_a_run_that_is_not_due_or_is_held_by_another_worker_does_nothing(connect, post, platforms):
    account = connect("tiktok")
    later = post(account, scheduled_for=timezone.now() + timedelta(hours=2))
    assert publisher.run(str(later.pk), worker="w").retry_in_s is None  # not due yet
    Publication.objects.filter(pk=later.pk).update(
        next_attempt_at=timezone.now(), claimed_by="another", heartbeat_at=timezone.now()
    )
    assert publisher.run(str(later.pk), worker="w").retry_in_s is None
    assert not platforms["tiktok"].requests_to("POST", "/v2/post/publish/video/init/")


# -- outcomes in the user's words -------------------------------------------------------------
@pytest.mark.parametrize(
    ("platform", "fault", "words"),
    [
        ("tiktok", "too_long", "TikTok refused the clip's length."),
        ("youtube", "duplicate", "duplicate"),
        ("instagram", "aspect", "Instagram does not accept this video"),
    ],
)
def test_a_rejected_video_fails_with_the_platforms_reason(
    connect, post, platforms, platform, fault, words
):
    account = connect(platform)
    platforms[platform].video_fault = fault
    done = _ended(post(account))
    assert done.state == PublicationState.FAILED and done.failure_code == "video_rejected"
    assert words in done.failure_reason
    if platform != "youtube":  # YouTube creates the video at the last byte, then rejects it
        assert not platforms[platform].posts


def test_spam_protection_is_not_retried(connect, post, platforms):
    account = connect("tiktok")
    platforms["tiktok"].fail("init", "spam")
    done = _ended(post(account))
    assert done.state == PublicationState.FAILED and done.tries == 0
    assert "spam protection" in done.failure_reason
    account.refresh_from_db()
    assert "spam protection" in account.last_error


def test_public_tiktok_posts_wait_for_moderation_to_show_their_link(connect, post, platforms):
    account = connect("tiktok")
    platforms["tiktok"].moderation_polls = 3
    publication = post(account)
    for _ in range(4):
        Publication.objects.filter(pk=publication.pk).update(next_attempt_at=timezone.now())
        publisher.run(str(publication.pk), worker="w")
    publication.refresh_from_db()
    assert publication.state == PublicationState.PROCESSING
    assert "reviewing the post" in publication.status_note
    done = _ended(publication)
    assert done.state == PublicationState.PUBLISHED and done.public_url


# -- unaudited TikTok apps: "Only me", shown, not failed -------------------------------------
def test_an_unaudited_tiktok_app_posts_only_me_and_says_so(connect, post, platforms, settings):
    settings.TIKTOK_APP_AUDITED = False
    fake = platforms["tiktok"]
    fake.unaudited = fake.private_account = True
    account = connect("tiktok")
    publication = post(account, privacy=Privacy.PUBLIC)
    assert publication.privacy == Privacy.PRIVATE
    assert "audited" in publication.privacy_note
    done = _ended(publication)
    assert done.state == PublicationState.PUBLISHED and done.public_url == ""
    assert "Only me" in done.status_note
    assert fake.posts[0]["post_info"]["privacy_level"] == "SELF_ONLY"


def test_an_unaudited_app_learned_from_tiktok_switches_to_only_me(connect, post, platforms):
    fake = platforms["tiktok"]
    fake.unaudited = fake.private_account = True
    account = connect("tiktok")
    done = _ended(post(account, privacy=Privacy.FOLLOWERS))
    assert done.state == PublicationState.PUBLISHED
    assert done.privacy == Privacy.PRIVATE and "audited" in done.privacy_note
    account.refresh_from_db()
    assert account.private_only
    assert PublicationEvent.objects.filter(publication=done, message__contains="audited").exists()


# -- secrets ----------------------------------------------------------------------------------
def test_no_token_reaches_a_log_line(connect, post, platforms, caplog, make_clip_row):
    caplog.set_level(logging.DEBUG)
    first_call = {"tiktok": "init", "youtube": "insert", "instagram": "container"}
    for platform, op in first_call.items():
        account = connect(platform)
        platforms[platform].fail(op, "500")
        _ended(post(account))
        platforms[platform].expire_access_tokens()  # the next post refreshes (or must reconnect)
        _ended(post(account, on=make_clip_row()))
    secrets = {t.value for fake in platforms.values() for t in fake.tokens.values()}
    assert len(secrets) > 6
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "HTTP Request" in text  # httpx did log every call
    assert not [s for s in secrets if s in text]
