"""The TikTok client against the TikTok fake over real HTTP on 127.0.0.1."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from publishing.platforms import (
    PlatformError,
    PostRequest,
    Privacy,
    PrivacyNotAllowed,
    PublishState,
    QuotaExceeded,
    RateLimited,
    ScopeMissing,
    SpamPolicy,
    TikTokClient,
    TokenExpired,
    TokenRevoked,
    TokenSet,
    Transient,
    UploadExpired,
    UploadSession,
    VideoRejected,
    new_state,
    parse_redirect,
)
from publishing.platforms.tiktok import MIB, chunk_plan, chunk_ranges
from tests.fakes.tiktok import FakeTikTok
from tests.publishing.platforms.conftest import REDIRECT_URI, connect

POST = PostRequest("Clouds drifting over the harbour", duration_s=5.0, width=720, height=1280)
INIT = "/v2/post/publish/video/init/"


def publish_until_done(client: TikTokClient, token: TokenSet, session: UploadSession):  # type: ignore[no-untyped-def]
    for _ in range(10):
        status = client.status(token, session)
        if status.state.done and (status.public_url or status.state is PublishState.FAILED):
            return status
    return status


def assert_no_secrets(error: PlatformError, *secrets: str | None) -> None:
    for secret in filter(None, secrets):
        for text in (str(error), repr(error), error.detail):
            assert secret not in text, f"a secret leaked into {text!r}"


# -- OAuth ---------------------------------------------------------------------------------


def test_authorize_url_is_tiktoks_web_login_kit_url(tiktok: TikTokClient) -> None:
    url = tiktok.authorize_url("st4te", REDIRECT_URI, "a-verifier-that-web-ignores")
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    assert parts.path == "/v2/auth/authorize/"
    assert query["client_key"] == ["aw_fake_stillmotion"]
    assert query["scope"] == ["user.info.basic,video.publish,video.upload"]
    assert query["response_type"] == ["code"]
    assert query["redirect_uri"] == [REDIRECT_URI] and query["state"] == ["st4te"]
    assert "code_challenge" not in query  # web Login Kit: no PKCE


def test_consent_page_has_an_allow_button_that_redirects_with_code_and_state(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok
) -> None:
    import httpx

    url = tiktok.authorize_url("st4te", REDIRECT_URI)
    page = httpx.get(url)
    assert page.headers["content-type"].startswith("text/html")
    assert re.search(r'<a id="allow"[^>]*>Allow</a>', page.text)
    redirect = fake_tiktok.approve(url)
    assert redirect.startswith(REDIRECT_URI)
    query = parse_qs(urlsplit(redirect).query)
    assert query["state"] == ["st4te"] and query["code"][0].startswith("code_")


def test_cancel_on_the_consent_page_reads_as_not_connected(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok
) -> None:
    state = new_state()
    redirect = fake_tiktok.cancel(tiktok.authorize_url(state, REDIRECT_URI))
    with pytest.raises(PlatformError) as caught:
        parse_redirect(parse_qs(urlsplit(redirect).query), state, platform="tiktok", label="TikTok")
    assert caught.value.code == "access_denied"
    assert "not connected" in caught.value.message


def test_code_exchange_gives_tokens_account_and_lifetimes(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok
) -> None:
    token = connect(tiktok, fake_tiktok, pkce=False)
    assert token.account_id == fake_tiktok.open_id
    assert token.account_name == "Ada Lovelace"
    assert token.scopes == ("user.info.basic", "video.publish", "video.upload")
    assert token.expires_at and token.refresh_expires_at
    assert (token.refresh_expires_at - token.expires_at).days > 170
    assert tiktok.missing_scopes(token) == ()
    sent = fake_tiktok.requests_to("POST", "/v2/oauth/token/")[0]
    assert sent.headers["content-type"].startswith("application/x-www-form-urlencoded")


def test_a_code_works_once(tiktok: TikTokClient, fake_tiktok: FakeTikTok) -> None:
    state = new_state()
    redirect = fake_tiktok.approve(tiktok.authorize_url(state, REDIRECT_URI))
    code = parse_redirect(parse_qs(urlsplit(redirect).query), state, platform="t", label="TikTok")
    tiktok.exchange_code(code, REDIRECT_URI)
    with pytest.raises(TokenRevoked) as caught:
        tiktok.exchange_code(code, REDIRECT_URI)
    assert "connect again" in caught.value.message
    fake_tiktok.oauth_errors_http_200 = True  # TikTok may put the error in a 200
    with pytest.raises(TokenRevoked):
        tiktok.exchange_code(code, REDIRECT_URI)


def test_refresh_rotates_and_the_old_refresh_token_dies(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok
) -> None:
    first = connect(tiktok, fake_tiktok)
    second = tiktok.refresh(first)
    assert second.refresh_token != first.refresh_token
    assert second.access_token != first.access_token
    assert (second.account_id, second.account_name) == (first.account_id, first.account_name)
    assert tiktok.limits(second).username == "ada.makes"
    with pytest.raises(TokenRevoked) as caught:
        tiktok.refresh(first)  # a worker that kept the old token must reconnect
    assert "Connect the account again" in caught.value.message
    assert_no_secrets(caught.value, first.refresh_token, second.refresh_token)
    tiktok.refresh(second)


def test_revoke_ends_the_grant(tiktok: TikTokClient, fake_tiktok: FakeTikTok) -> None:
    token = connect(tiktok, fake_tiktok)
    assert tiktok.revoke(token) is True
    with pytest.raises(TokenExpired):  # TikTok says access_token_invalid...
        tiktok.limits(token)
    with pytest.raises(TokenRevoked):  # ...and the refresh shows the grant is gone
        tiktok.refresh(token)
    assert tiktok.revoke(token) is True  # revoking again is harmless


def test_expired_access_token_then_refresh_works(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok
) -> None:
    token = connect(tiktok, fake_tiktok)
    fake_tiktok.expire_access_tokens()
    with pytest.raises(TokenExpired) as caught:
        tiktok.limits(token)
    assert caught.value.retryable and "renew" in caught.value.message
    assert tiktok.limits(tiktok.refresh(token)).max_duration_s == 180


def test_unticked_scope_is_reported(tiktok: TikTokClient, fake_tiktok: FakeTikTok) -> None:
    fake_tiktok.grant_scopes = ("user.info.basic", "video.upload")
    token = connect(tiktok, fake_tiktok)
    assert tiktok.missing_scopes(token) == ("video.publish",)
    with pytest.raises(ScopeMissing):
        tiktok.require_scopes(token)
    with pytest.raises(ScopeMissing) as caught:
        tiktok.limits(token)
    assert "allow posting" in caught.value.message


# -- the happy path ------------------------------------------------------------------------


def test_happy_path_three_chunks_then_published_with_url(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok, make_video: Callable[..., Path]
) -> None:
    token = connect(tiktok, fake_tiktok)
    limits = tiktok.limits(token)
    assert limits.privacy_levels == (Privacy.PUBLIC, Privacy.FRIENDS, Privacy.PRIVATE)
    assert (limits.max_duration_s, limits.username) == (180.0, "ada.makes")
    assert not limits.stitch_allowed  # the creator turned stitches off

    video = make_video(size=16 * MIB)  # 5 + 5 + 6 MiB
    session = tiktok.start_upload(token, video, POST, limits=limits)
    assert (session.chunk_size, session.extra["total_chunk_count"]) == (5 * MIB, 3)
    saved: list[dict] = []
    session = tiktok.upload(token, session, video, on_progress=lambda s: saved.append(s.to_dict()))
    assert [s["bytes_sent"] for s in saved] == [5 * MIB, 10 * MIB, 16 * MIB]

    status = publish_until_done(tiktok, token, session)
    assert status.state is PublishState.PUBLISHED
    assert status.platform_post_id
    assert status.public_url == f"https://www.tiktok.com/@ada.makes/video/{status.platform_post_id}"

    puts = fake_tiktok.requests_to("PUT", "/video/")
    assert [r.headers["content-range"] for r in puts] == [
        f"bytes 0-{5 * MIB - 1}/{16 * MIB}",
        f"bytes {5 * MIB}-{10 * MIB - 1}/{16 * MIB}",
        f"bytes {10 * MIB}-{16 * MIB - 1}/{16 * MIB}",
    ]
    assert all(r.headers["content-type"] == "video/mp4" for r in puts)
    (init,) = fake_tiktok.requests_to("POST", INIT)
    assert init.headers["content-type"] == "application/json; charset=UTF-8"
    body = init.json()
    assert body["post_info"]["is_aigc"] is True  # the AI-generated label
    assert body["post_info"]["privacy_level"] == "PUBLIC_TO_EVERYONE"
    assert body["post_info"]["disable_stitch"] is True  # the creator's setting wins
    assert body["source_info"] == {
        "source": "FILE_UPLOAD",
        "video_size": 16 * MIB,
        "chunk_size": 5 * MIB,
        "total_chunk_count": 3,
    }
    (post,) = fake_tiktok.posts
    assert post["post_info"]["is_aigc"] is True
    assert bytes(fake_tiktok.publishes[session.session_id].received) == video.read_bytes()


def test_small_file_goes_whole(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok, make_video: Callable[..., Path]
) -> None:
    token = connect(tiktok, fake_tiktok)
    video = make_video(size=900_000)
    session = tiktok.upload(token, tiktok.start_upload(token, video, POST), video)
    (put,) = fake_tiktok.requests_to("PUT", "/video/")
    assert put.headers["content-range"] == "bytes 0-899999/900000"
    assert session.chunk_size == 900_000
    assert publish_until_done(tiktok, token, session).state is PublishState.PUBLISHED


def test_private_post_is_published_without_a_public_link(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok, make_video: Callable[..., Path]
) -> None:
    token = connect(tiktok, fake_tiktok)
    video = make_video()
    post = replace(POST, privacy=Privacy.PRIVATE)
    session = tiktok.upload(token, tiktok.start_upload(token, video, post), video)
    for _ in range(5):
        status = tiktok.status(token, session)
    assert status.state is PublishState.PUBLISHED
    assert status.public_url is None and "only the creator" in status.reason


def test_chunk_plan_follows_the_media_transfer_rules() -> None:
    assert chunk_plan(3 * MIB, 10 * MIB) == (3 * MIB, 1)  # under 5 MB: whole
    assert chunk_plan(20 * MIB, 64 * MIB) == (20 * MIB, 1)  # fits one allowed chunk
    assert chunk_plan(16 * MIB, 5 * MIB) == (5 * MIB, 3)  # floor: the last takes the rest
    assert chunk_plan(16 * MIB, 1 * MIB) == (5 * MIB, 3)  # raised to the 5 MB minimum
    assert chunk_plan(100 * MIB, 64 * MIB) == (50 * MIB, 2)  # over 64 MB: at least two
    size = 4 * 1024 * MIB
    chunk, total = chunk_plan(size, 64 * MIB)
    ranges = chunk_ranges(size, chunk, total)
    assert total <= 1000 and ranges[-1][1] == size and ranges[-1][1] - ranges[-1][0] <= 128 * MIB


# -- resume and exactly once ---------------------------------------------------------------


def test_dropped_chunk_resumes_from_what_tiktok_has(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok, make_video: Callable[..., Path]
) -> None:
    token = connect(tiktok, fake_tiktok)
    video = make_video(size=16 * MIB)
    store: dict[str, dict] = {}
    session = tiktok.start_upload(token, video, POST)
    store["s"] = session.to_dict()
    fake_tiktok.fail_chunk(1, "drop")
    with pytest.raises(Transient) as caught:
        tiktok.upload(token, session, video, on_progress=lambda s: store.update(s=s.to_dict()))
    assert "connection" in caught.value.message
    assert_no_secrets(caught.value, token.access_token, session.upload_url)

    # A new worker picks the saved session up: TikTok says 5 MiB are in.
    saved = UploadSession.from_dict(store["s"])
    resumed = tiktok.start_upload(token, video, POST, resume=saved)
    assert resumed.bytes_sent == 5 * MIB
    done = tiktok.upload(token, resumed, video)
    assert publish_until_done(tiktok, token, done).state is PublishState.PUBLISHED

    publish = fake_tiktok.publishes[session.session_id]
    assert [index for index, _ in publish.chunk_puts] == [0, 1, 2]
    assert bytes(publish.received) == video.read_bytes()
    assert len(fake_tiktok.requests_to("POST", INIT)) == 1
    assert len(fake_tiktok.posts) == 1


def test_lost_reply_to_the_last_chunk_does_not_post_twice(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok, make_video: Callable[..., Path]
) -> None:
    token = connect(tiktok, fake_tiktok)
    video = make_video(size=11 * MIB)  # 5 + 6 MiB
    store: dict[str, dict] = {}
    session = tiktok.start_upload(token, video, POST)
    fake_tiktok.fail_chunk(1, "lost_reply")  # TikTok takes the last chunk; we never hear
    with pytest.raises(Transient):
        tiktok.upload(token, session, video, on_progress=lambda s: store.update(s=s.to_dict()))
    saved = UploadSession.from_dict(store["s"])
    assert saved.bytes_sent == 5 * MIB  # our record is one chunk behind

    resumed = tiktok.start_upload(token, video, POST, resume=saved)
    assert resumed.upload_done
    tiktok.upload(token, resumed, video)  # nothing left to send
    assert publish_until_done(tiktok, token, resumed).state is PublishState.PUBLISHED
    assert len(fake_tiktok.requests_to("PUT", "/video/")) == 2
    assert len(fake_tiktok.requests_to("POST", INIT)) == 1
    assert len(fake_tiktok.posts) == 1


def test_start_upload_with_a_finished_session_posts_nothing_new(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok, make_video: Callable[..., Path]
) -> None:
    token = connect(tiktok, fake_tiktok)
    video = make_video()
    session = tiktok.upload(token, tiktok.start_upload(token, video, POST), video)
    publish_until_done(tiktok, token, session)
    again = tiktok.start_upload(token, video, POST, resume=session)
    tiktok.upload(token, again, video)
    assert again.session_id == session.session_id and again.upload_done
    assert len(fake_tiktok.requests_to("POST", INIT)) == 1
    assert len(fake_tiktok.requests_to("PUT", "/video/")) == 1
    assert len(fake_tiktok.posts) == 1


def test_expired_upload_url_says_start_again(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok, make_video: Callable[..., Path]
) -> None:
    token = connect(tiktok, fake_tiktok)
    video = make_video()
    session = tiktok.start_upload(token, video, POST)
    fake_tiktok.expire_upload_urls()
    with pytest.raises(UploadExpired) as caught:
        tiktok.upload(token, session, video)
    assert "Nothing was posted" in caught.value.message and caught.value.retryable
    assert fake_tiktok.posts == []


# -- the fake's chunk rules ----------------------------------------------------------------


def test_fake_refuses_wrong_chunk_sizes_ranges_and_missing_chunks(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok, make_video: Callable[..., Path]
) -> None:
    token = connect(tiktok, fake_tiktok)
    video = make_video(size=16 * MIB)
    bad_init = {
        "post_info": {"title": "x", "privacy_level": "SELF_ONLY", "is_aigc": True},
        "source_info": {
            "source": "FILE_UPLOAD",
            "video_size": 16 * MIB,
            "chunk_size": 4 * MIB,
            "total_chunk_count": 4,
        },
    }
    with pytest.raises(PlatformError) as too_small:
        tiktok._api("POST", INIT, token, json=bad_init)
    assert too_small.value.code == "invalid_params" and "5 MB" in too_small.value.detail
    bad_init["source_info"].update(chunk_size=5 * MIB, total_chunk_count=4)
    with pytest.raises(PlatformError) as bad_count:
        tiktok._api("POST", INIT, token, json=bad_init)
    assert "floor" in bad_count.value.detail

    session = tiktok.start_upload(token, video, POST)
    with pytest.raises(PlatformError) as skipped:  # chunk 0 never sent
        tiktok.upload(token, replace(session, bytes_sent=5 * MIB), video)
    assert "Expected chunk 0" in skipped.value.detail
    with pytest.raises(PlatformError) as misaligned:  # ranges that do not match chunk_size
        tiktok.upload(token, replace(session, chunk_size=4 * MIB), video)
    assert "Expected chunk 0" in misaligned.value.detail
    assert fake_tiktok.posts == []


# -- faults --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("op", "kind", "error", "words"),
    [
        ("creator_info", "token_expired", TokenExpired, "renew"),
        ("creator_info", "scope_missing", ScopeMissing, "allow posting"),
        ("creator_info", "rate_limited", RateLimited, "slow down"),
        ("creator_info", "500", Transient, "temporary problem"),
        ("creator_info", "slow", Transient, "did not answer in time"),
        ("creator_info", "drop", Transient, "connection"),
        ("init", "spam", SpamPolicy, "spam protection"),
        ("init", "daily_cap", QuotaExceeded, "daily limit"),
        ("init", "pending_cap", QuotaExceeded, "daily limit"),
        ("init", "unaudited", PrivacyNotAllowed, "privately"),
        ("init", "rate_limited", RateLimited, "slow down"),
        ("status", "500", Transient, "temporary problem"),
    ],
)
def test_faults_map_to_the_right_error_in_plain_words(
    tiktok: TikTokClient,
    fake_tiktok: FakeTikTok,
    make_video: Callable[..., Path],
    op: str,
    kind: str,
    error: type[PlatformError],
    words: str,
) -> None:
    token = connect(tiktok, fake_tiktok)
    video = make_video()
    limits = tiktok.limits(token) if op != "creator_info" else None
    session = tiktok.start_upload(token, video, POST, limits=limits) if op == "status" else None
    fake_tiktok.fail(op, kind)
    with pytest.raises(error) as caught:
        if op == "creator_info":
            tiktok.limits(token)
        elif op == "init":
            tiktok.start_upload(token, video, POST, limits=limits)
        else:
            assert session is not None
            tiktok.status(token, session)
    err = caught.value
    assert words in err.message
    assert "{" not in err.message and "log_id" not in err.message  # people get words
    assert err.platform == "tiktok"
    assert_no_secrets(err, token.access_token, token.refresh_token, fake_tiktok.client_secret)
    if kind == "rate_limited":
        assert err.retry_after_s == 60.0  # TikTok's window is a minute


def test_retry_after_header_is_used_when_tiktok_sends_one(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok
) -> None:
    token = connect(tiktok, fake_tiktok)
    fake_tiktok.retry_after = "7"
    fake_tiktok.fail("creator_info", "rate_limited")
    with pytest.raises(RateLimited) as caught:
        tiktok.limits(token)
    assert caught.value.retry_after_s == 7.0


def test_the_seventh_init_in_a_minute_is_rate_limited(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok, make_video: Callable[..., Path]
) -> None:
    assert tiktok.rate_limits["video_init"].calls == 6
    token = connect(tiktok, fake_tiktok)
    limits = tiktok.limits(token)
    video = make_video()
    for _ in range(6):
        tiktok.start_upload(token, video, POST, limits=limits)
    with pytest.raises(RateLimited):
        tiktok.start_upload(token, video, POST, limits=limits)


def test_unaudited_app_may_only_post_self_only_to_a_private_account(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok, make_video: Callable[..., Path]
) -> None:
    fake_tiktok.unaudited = True
    token = connect(tiktok, fake_tiktok)
    video = make_video()
    with pytest.raises(PrivacyNotAllowed) as caught:
        tiktok.start_upload(token, video, POST)
    assert "private" in caught.value.message
    fake_tiktok.private_account = True
    session = tiktok.start_upload(token, video, replace(POST, privacy=Privacy.PRIVATE))
    assert session.extra["privacy_level"] == "SELF_ONLY"


def test_local_checks_spend_no_init(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok, make_video: Callable[..., Path]
) -> None:
    token = connect(tiktok, fake_tiktok)
    video = make_video()
    with pytest.raises(VideoRejected, match="at most 180 s"):
        tiktok.start_upload(token, video, replace(POST, duration_s=200))
    with pytest.raises(PrivacyNotAllowed, match="followers"):
        tiktok.start_upload(token, video, replace(POST, privacy=Privacy.FOLLOWERS))
    with pytest.raises(PrivacyNotAllowed, match="unlisted"):
        tiktok.start_upload(token, video, replace(POST, privacy=Privacy.UNLISTED))
    assert fake_tiktok.requests_to("POST", INIT) == []


@pytest.mark.parametrize(
    ("clip", "fault", "reason", "error"),
    [
        ({"duration_s": 200.0}, None, "duration_check_failed", VideoRejected),
        ({"duration_s": 2.0}, None, "duration_check_failed", VideoRejected),
        ({"ftyp": False}, None, "file_format_check_failed", VideoRejected),
        ({"width": 200, "height": 356}, None, "picture_size_check_failed", VideoRejected),
        ({}, "too_long", "duration_check_failed", VideoRejected),
        ({}, "spam", "spam_risk_too_many_posts", SpamPolicy),
    ],
)
def test_tiktoks_checks_fail_the_post_with_the_reason(
    tiktok: TikTokClient,
    fake_tiktok: FakeTikTok,
    make_video: Callable[..., Path],
    clip: dict,
    fault: str | None,
    reason: str,
    error: type[PlatformError],
) -> None:
    fake_tiktok.video_fault = fault
    token = connect(tiktok, fake_tiktok)
    video = make_video(**clip)
    post = PostRequest("no metadata, so TikTok judges the file")
    session = tiktok.upload(token, tiktok.start_upload(token, video, post), video)
    status = publish_until_done(tiktok, token, session)
    assert status.state is PublishState.FAILED
    assert isinstance(status.error, error) and status.error.code == reason
    assert not status.error.retryable
    assert status.reason == status.error.message and "{" not in status.reason
    assert fake_tiktok.posts == []


def test_a_failed_account_lookup_does_not_lose_the_spent_code(
    tiktok: TikTokClient, fake_tiktok: FakeTikTok
) -> None:
    fake_tiktok.fail("user_info", "500")
    token = connect(tiktok, fake_tiktok)
    assert token.account_id == fake_tiktok.open_id and token.account_name is None
    assert tiktok.account_info(token).name == "Ada Lovelace"


def test_a_wrong_client_secret_is_an_operator_problem(fake_tiktok: FakeTikTok) -> None:
    from publishing.platforms import AppCredentials, AppMisconfigured, TikTokEndpoints

    good = TikTokClient(
        AppCredentials(fake_tiktok.client_id, fake_tiktok.client_secret),
        endpoints=TikTokEndpoints.at(fake_tiktok.url),
    )
    bad = TikTokClient(
        AppCredentials(fake_tiktok.client_id, "wrong-secret"),
        endpoints=TikTokEndpoints.at(fake_tiktok.url),
    )
    try:
        token = connect(good, fake_tiktok)
        with pytest.raises(AppMisconfigured) as caught:
            bad.refresh(token)
        assert "setup problem on our side" in caught.value.message
        assert_no_secrets(caught.value, "wrong-secret", token.refresh_token)
        with pytest.raises(AppMisconfigured):
            bad.revoke(token)
    finally:
        good.close()
        bad.close()
