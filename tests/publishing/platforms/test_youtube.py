"""The YouTube client against the Google/YouTube fake over real HTTP on 127.0.0.1."""

from __future__ import annotations

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
    TokenExpired,
    TokenRevoked,
    TokenSet,
    Transient,
    UploadExpired,
    UploadSession,
    VideoRejected,
    YouTubeClient,
    code_challenge_s256,
    new_state,
    parse_redirect,
)
from publishing.platforms.youtube import (
    SCOPE_READONLY,
    SCOPE_UPLOAD,
    VIDEOS_INSERT_CALLS_PER_DAY,
    VIDEOS_INSERT_UNITS,
    seconds_until_pacific_midnight,
    youtube_title,
)
from tests.fakes.youtube import FakeYouTube
from tests.publishing.platforms.conftest import REDIRECT_URI, connect

KIB = 1024
POST = PostRequest(
    "Clouds drifting over the harbour\nMade from one photo.",
    duration_s=5.0,
    width=720,
    height=1280,
    tags=("timelapse",),
)
INSERT = "/upload/youtube/v3/videos"
SIZE = 1_000_000  # 3 chunks of 256 KiB and a last one of 213,568 bytes


def until_done(client: YouTubeClient, token: TokenSet, session: UploadSession):  # type: ignore[no-untyped-def]
    for _ in range(10):
        status = client.status(token, session)
        if status.state.done:
            return status
    return status


def assert_no_secrets(error: PlatformError, *secrets: str | None) -> None:
    for secret in filter(None, secrets):
        for text in (str(error), repr(error), error.detail):
            assert secret not in text


def upload_session_of(fake: FakeYouTube, session: UploadSession):  # type: ignore[no-untyped-def]
    return fake.sessions[session.session_id]


# -- OAuth ---------------------------------------------------------------------------------


def test_authorize_url_asks_offline_access_with_pkce(youtube: YouTubeClient) -> None:
    url = youtube.authorize_url("st4te", REDIRECT_URI, "v" * 64)
    query = parse_qs(urlsplit(url).query)
    assert urlsplit(url).path == "/o/oauth2/v2/auth"
    assert query["scope"] == [f"{SCOPE_UPLOAD} {SCOPE_READONLY}"]
    assert query["access_type"] == ["offline"] and query["prompt"] == ["consent"]
    assert query["code_challenge"] == [code_challenge_s256("v" * 64)]
    assert query["code_challenge_method"] == ["S256"]
    assert query["state"] == ["st4te"] and query["redirect_uri"] == [REDIRECT_URI]


def test_code_exchange_with_pkce_gives_a_refresh_token_and_the_channel(
    youtube: YouTubeClient, fake_youtube: FakeYouTube
) -> None:
    token = connect(youtube, fake_youtube)
    assert token.refresh_token and token.expires_at
    assert token.scopes == (SCOPE_UPLOAD, SCOPE_READONLY)
    assert (token.account_id, token.account_name) == (fake_youtube.channel_id, "Ada Makes")
    exchange = fake_youtube.requests_to("POST", "/token")[0]
    assert b"code_verifier=" in exchange.body


def test_wrong_pkce_verifier_is_refused(youtube: YouTubeClient, fake_youtube: FakeYouTube) -> None:
    state = new_state()
    redirect = fake_youtube.approve(youtube.authorize_url(state, REDIRECT_URI, "a" * 50))
    code = parse_redirect(parse_qs(urlsplit(redirect).query), state, platform="y", label="YouTube")
    with pytest.raises(TokenRevoked) as caught:
        youtube.exchange_code(code, REDIRECT_URI, "b" * 50)
    assert "connect again" in caught.value.message


def test_refresh_keeps_the_refresh_token_and_revoke_ends_the_grant(
    youtube: YouTubeClient, fake_youtube: FakeYouTube
) -> None:
    token = connect(youtube, fake_youtube)
    fresh = youtube.refresh(token)
    assert fresh.access_token != token.access_token
    assert fresh.refresh_token == token.refresh_token  # Google does not rotate
    assert fresh.account_id == token.account_id
    youtube.account_info(fresh)
    assert youtube.revoke(fresh) is True
    with pytest.raises(TokenRevoked) as revoked:
        youtube.refresh(fresh)
    assert "Connect the account again" in revoked.value.message
    with pytest.raises(TokenExpired):
        youtube.account_info(fresh)
    assert youtube.revoke(fresh) is True  # already gone: still fine
    sent = fake_youtube.requests_to("POST", "/revoke")[0]
    assert b"token=" in sent.body and "token" not in sent.query  # kept out of the URL


def test_unticked_readonly_scope_is_reported(
    youtube: YouTubeClient, fake_youtube: FakeYouTube
) -> None:
    fake_youtube.grant_scopes = (SCOPE_UPLOAD,)
    token = connect(youtube, fake_youtube)
    assert token.account_id is None
    assert youtube.missing_scopes(token) == (SCOPE_READONLY,)
    with pytest.raises(ScopeMissing):
        youtube.require_scopes(token)
    with pytest.raises(ScopeMissing) as caught:
        youtube.account_info(token)
    assert "allow everything" in caught.value.message


# -- the happy path ------------------------------------------------------------------------


def test_happy_path_chunks_processing_then_a_shorts_url(
    youtube: YouTubeClient, fake_youtube: FakeYouTube, make_video: Callable[..., Path]
) -> None:
    token = connect(youtube, fake_youtube)
    limits = youtube.limits(token)
    assert (limits.max_duration_s, limits.max_aspect) == (180.0, 1.0)
    video = make_video(size=SIZE)
    session = youtube.start_upload(token, video, POST, limits=limits)
    assert session.upload_url and session.session_id in session.upload_url

    progress: list[int] = []
    session = youtube.upload(
        token, session, video, on_progress=lambda s: progress.append(s.bytes_sent)
    )
    assert progress == [262_144, 524_288, 786_432, SIZE]
    assert session.post_id

    states = [youtube.status(token, session) for _ in range(4)]
    assert states[0].state is PublishState.PROCESSING and states[0].progress is not None
    assert states[-1].state is PublishState.PUBLISHED
    assert states[-1].public_url == f"https://www.youtube.com/shorts/{session.post_id}"

    (init,) = fake_youtube.requests_to("POST", INSERT)
    assert init.query["uploadType"] == ["resumable"] and init.query["part"] == ["snippet,status"]
    assert init.headers["x-upload-content-length"] == str(SIZE)
    assert init.headers["x-upload-content-type"] == "video/mp4"
    resource = init.json()
    assert resource["status"]["containsSyntheticMedia"] is True  # the AI disclosure
    assert resource["status"]["privacyStatus"] == "public"  # always set, never defaulted
    assert resource["status"]["selfDeclaredMadeForKids"] is False
    assert resource["snippet"]["title"] == "Clouds drifting over the harbour"
    assert "#Shorts" not in resource["snippet"]["title"] + resource["snippet"]["description"]
    puts = fake_youtube.requests_to("PUT", INSERT)
    assert [p.headers["content-range"] for p in puts] == [
        f"bytes 0-262143/{SIZE}",
        f"bytes 262144-524287/{SIZE}",
        f"bytes 524288-786431/{SIZE}",
        f"bytes 786432-999999/{SIZE}",
    ]
    assert bytes(upload_session_of(fake_youtube, session).received) == video.read_bytes()
    (posted,) = fake_youtube.posts
    assert posted["is_short"] and posted["resource"]["status"]["containsSyntheticMedia"] is True


def test_quota_constants_are_the_2026_bucket() -> None:
    assert (VIDEOS_INSERT_CALLS_PER_DAY, VIDEOS_INSERT_UNITS) == (100, 1)
    assert YouTubeClient.rate_limits["videos_insert"].calls == 100


def test_titles_are_cleaned_for_youtube() -> None:
    assert youtube_title(PostRequest("<b>Hello</b> there")) == "bHello/b there"
    assert len(youtube_title(PostRequest("x" * 150))) == 100
    assert youtube_title(PostRequest("   ")) == "Stillmotion clip"


# -- resume and exactly once ---------------------------------------------------------------


def test_dropped_chunk_resumes_after_a_status_query(
    youtube: YouTubeClient, fake_youtube: FakeYouTube, make_video: Callable[..., Path]
) -> None:
    token = connect(youtube, fake_youtube)
    video = make_video(size=SIZE)
    session = youtube.start_upload(token, video, POST)
    store = {"s": session.to_dict()}

    def persist_then_cut(s: UploadSession) -> None:
        store["s"] = s.to_dict()
        if s.bytes_sent == 262_144:
            fake_youtube.fail("chunk", "drop")  # the second chunk is cut halfway

    with pytest.raises(Transient):
        youtube.upload(token, session, video, on_progress=persist_then_cut)

    resumed = youtube.start_upload(token, video, POST, resume=UploadSession.from_dict(store["s"]))
    assert resumed.bytes_sent == 262_144 + 131_072  # what the 308's Range says, not our guess
    query = fake_youtube.requests_to("PUT", INSERT)[-1]
    assert query.headers["content-range"] == f"bytes */{SIZE}" and query.body == b""

    done = youtube.upload(token, resumed, video)
    assert until_done(youtube, token, done).state is PublishState.PUBLISHED
    assert bytes(upload_session_of(fake_youtube, done).received) == video.read_bytes()
    assert len(fake_youtube.requests_to("POST", INSERT)) == 1
    assert len(fake_youtube.posts) == 1


def test_partial_chunk_is_continued_from_the_range(
    youtube: YouTubeClient, fake_youtube: FakeYouTube, make_video: Callable[..., Path]
) -> None:
    token = connect(youtube, fake_youtube)
    video = make_video(size=SIZE)
    fake_youtube.fail("chunk", "partial")  # the server keeps half of the first chunk
    session = youtube.upload(token, youtube.start_upload(token, video, POST), video)
    assert session.post_id
    starts = [
        p.headers["content-range"].split()[1].split("-")[0]
        for p in fake_youtube.requests_to("PUT", INSERT)
    ]
    assert starts[:2] == ["0", "131072"]
    assert bytes(upload_session_of(fake_youtube, session).received) == video.read_bytes()


def test_lost_reply_to_the_last_chunk_recovers_the_video_id(
    youtube: YouTubeClient, fake_youtube: FakeYouTube, make_video: Callable[..., Path]
) -> None:
    token = connect(youtube, fake_youtube)
    video = make_video(size=300 * KIB)  # 256 KiB + 44 KiB
    session = youtube.start_upload(token, video, POST)
    store = {"s": session.to_dict()}

    def persist(s: UploadSession) -> None:
        store["s"] = s.to_dict()
        fake_youtube.fail("chunk", "lost_reply")  # YouTube gets the last chunk; we don't hear

    with pytest.raises(Transient):
        youtube.upload(token, session, video, on_progress=persist)
    saved = UploadSession.from_dict(store["s"])
    assert saved.post_id is None

    resumed = youtube.start_upload(token, video, POST, resume=saved)
    assert resumed.post_id and resumed.upload_done
    assert youtube.upload(token, resumed, video) == resumed  # nothing to send
    assert until_done(youtube, token, resumed).state is PublishState.PUBLISHED
    assert len(fake_youtube.requests_to("POST", INSERT)) == 1
    assert len(fake_youtube.posts) == 1


def test_start_upload_with_a_finished_session_uploads_nothing(
    youtube: YouTubeClient, fake_youtube: FakeYouTube, make_video: Callable[..., Path]
) -> None:
    token = connect(youtube, fake_youtube)
    video = make_video(size=SIZE)
    session = youtube.upload(token, youtube.start_upload(token, video, POST), video)
    puts = len(fake_youtube.requests_to("PUT", INSERT))
    again = youtube.start_upload(token, video, POST, resume=session)
    assert again.post_id == session.post_id
    youtube.upload(token, again, video)
    assert len(fake_youtube.requests_to("PUT", INSERT)) == puts
    assert len(fake_youtube.requests_to("POST", INSERT)) == 1
    assert len(fake_youtube.posts) == 1


def test_expired_session_says_start_again(
    youtube: YouTubeClient, fake_youtube: FakeYouTube, make_video: Callable[..., Path]
) -> None:
    token = connect(youtube, fake_youtube)
    video = make_video(size=SIZE)
    session = youtube.start_upload(token, video, POST)
    fake_youtube.expire_sessions()
    with pytest.raises(UploadExpired) as caught:
        youtube.upload(token, session, video)
    assert "Nothing was posted" in caught.value.message
    with pytest.raises(UploadExpired):
        youtube.start_upload(token, video, POST, resume=session)


def test_a_5xx_on_a_chunk_is_transient_and_resumable(
    youtube: YouTubeClient, fake_youtube: FakeYouTube, make_video: Callable[..., Path]
) -> None:
    token = connect(youtube, fake_youtube)
    video = make_video(size=SIZE)
    session = youtube.start_upload(token, video, POST)
    fake_youtube.fail("chunk", "503")
    with pytest.raises(Transient) as caught:
        youtube.upload(token, session, video)
    assert caught.value.status_code == 503
    resumed = youtube.start_upload(token, video, POST, resume=session)
    assert resumed.bytes_sent == 0
    assert youtube.upload(token, resumed, video).post_id


def test_fake_refuses_chunks_that_break_the_rules(
    youtube: YouTubeClient, fake_youtube: FakeYouTube, make_video: Callable[..., Path]
) -> None:
    token = connect(youtube, fake_youtube)
    video = make_video(size=SIZE)
    session = youtube.start_upload(token, video, POST)
    with pytest.raises(PlatformError) as not_multiple:
        youtube._put(token, session, video.read_bytes()[:1000], f"bytes 0-999/{SIZE}")
    assert "256 KiB" in not_multiple.value.detail
    with pytest.raises(PlatformError) as gap:
        youtube.upload(token, replace(session, bytes_sent=262_144), video)
    assert "server has 0 bytes" in gap.value.detail
    with pytest.raises(PlatformError) as wrong_total:
        youtube._put(token, session, b"x" * 262_144, "bytes 0-262143/5")
    assert "X-Upload-Content-Length" in wrong_total.value.detail
    assert fake_youtube.posts == []


# -- faults --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("op", "kind", "error", "words"),
    [
        ("insert", "quota", QuotaExceeded, "midnight Pacific"),
        ("insert", "upload_limit", QuotaExceeded, "daily upload limit"),
        ("insert", "rate_limited", RateLimited, "slow down"),
        ("insert", "token_expired", TokenExpired, "renew"),
        ("insert", "scope_missing", ScopeMissing, "permission"),
        ("insert", "503", Transient, "temporary problem"),
        ("insert", "slow", Transient, "did not answer in time"),
        ("insert", "drop", Transient, "connection"),
        ("videos", "500", Transient, "temporary problem"),
    ],
)
def test_faults_map_to_the_right_error_in_plain_words(
    youtube: YouTubeClient,
    fake_youtube: FakeYouTube,
    make_video: Callable[..., Path],
    op: str,
    kind: str,
    error: type[PlatformError],
    words: str,
) -> None:
    token = connect(youtube, fake_youtube)
    video = make_video(size=SIZE)
    session = None
    if op == "videos":
        session = youtube.upload(token, youtube.start_upload(token, video, POST), video)
    fake_youtube.fail(op, kind)
    with pytest.raises(error) as caught:
        if session is None:
            youtube.start_upload(token, video, POST)
        else:
            youtube.status(token, session)
    err = caught.value
    assert words in err.message and "{" not in err.message and "<a" not in err.message
    assert_no_secrets(err, token.access_token, token.refresh_token, fake_youtube.client_secret)
    if kind == "quota":
        assert 60 <= (err.retry_after_s or 0) <= 25 * 3600
        assert err.code == "quotaExceeded"
    if kind == "rate_limited":
        assert err.retry_after_s == 30.0
    if kind == "upload_limit":
        assert err.retry_after_s is None


def test_the_daily_insert_bucket_runs_out(
    youtube: YouTubeClient, fake_youtube: FakeYouTube, make_video: Callable[..., Path]
) -> None:
    fake_youtube.insert_calls_left = 1
    token = connect(youtube, fake_youtube)
    video = make_video(size=SIZE)
    youtube.start_upload(token, video, POST)
    with pytest.raises(QuotaExceeded):
        youtube.start_upload(token, video, POST)


def test_quota_resets_at_pacific_midnight() -> None:
    # 2026-07-01 06:00 UTC is 23:00 PDT: an hour to go.
    assert seconds_until_pacific_midnight(1782885600.0) == pytest.approx(3600)


@pytest.mark.parametrize(
    ("clip", "fault", "error", "code"),
    [
        ({"duration_s": 1000.0}, None, VideoRejected, "length"),
        ({"ftyp": False}, None, VideoRejected, "invalidFile"),
        ({}, "too_short", VideoRejected, "tooSmall"),
        ({}, "spam", SpamPolicy, "termsOfUse"),
        ({}, "duplicate", VideoRejected, "duplicate"),
    ],
)
def test_processing_failures_and_rejections(
    youtube: YouTubeClient,
    fake_youtube: FakeYouTube,
    make_video: Callable[..., Path],
    clip: dict,
    fault: str | None,
    error: type[PlatformError],
    code: str,
) -> None:
    fake_youtube.video_fault = fault
    token = connect(youtube, fake_youtube)
    video = make_video(size=SIZE, **clip)
    post = PostRequest("no metadata: YouTube judges the file")
    session = youtube.upload(token, youtube.start_upload(token, video, post), video)
    status = until_done(youtube, token, session)
    assert status.state is PublishState.FAILED
    assert isinstance(status.error, error) and status.error.code == code
    assert not status.error.retryable and status.reason == status.error.message


def test_landscape_or_long_clips_are_refused_before_upload(
    youtube: YouTubeClient, fake_youtube: FakeYouTube, make_video: Callable[..., Path]
) -> None:
    token = connect(youtube, fake_youtube)
    video = make_video(size=SIZE)
    with pytest.raises(VideoRejected, match="vertical or square"):
        youtube.start_upload(token, video, replace(POST, width=1920, height=1080))
    with pytest.raises(VideoRejected, match="at most 180 s"):
        youtube.start_upload(token, video, replace(POST, duration_s=200))
    with pytest.raises(PrivacyNotAllowed):
        youtube.start_upload(token, video, replace(POST, privacy=Privacy.FRIENDS))
    assert fake_youtube.requests_to("POST", INSERT) == []
    session = youtube.start_upload(token, video, replace(POST, privacy=Privacy.UNLISTED))
    assert (
        fake_youtube.requests_to("POST", INSERT)[0].json()["status"]["privacyStatus"] == "unlisted"
    )
    assert session.extra["short"] is True


def test_a_landscape_file_is_not_filed_as_a_short(
    youtube: YouTubeClient, fake_youtube: FakeYouTube, make_video: Callable[..., Path]
) -> None:
    token = connect(youtube, fake_youtube)
    video = make_video(size=SIZE, width=1280, height=720)
    post = PostRequest("no metadata given, so no local check")
    youtube.upload(token, youtube.start_upload(token, video, post), video)
    assert fake_youtube.posts[0]["is_short"] is False  # why limits() refuses landscape


def test_a_server_that_takes_no_bytes_does_not_spin_the_uploader(
    youtube: YouTubeClient, fake_youtube: FakeYouTube, make_video: Callable[..., Path]
) -> None:
    token = connect(youtube, fake_youtube)
    video = make_video(size=SIZE)
    session = youtube.start_upload(token, video, POST)
    fake_youtube.fail("chunk", "stall", "stall", "stall")
    with pytest.raises(Transient) as caught:
        youtube.upload(token, session, video)
    assert caught.value.code == "upload_stalled"
    assert len(fake_youtube.requests_to("PUT", INSERT)) == 3
