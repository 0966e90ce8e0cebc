"""The Instagram client against the Instagram fake over real HTTP on 127.0.0.1. A second
local server plays our storage, so the fake really pulls the signed `video_url`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from publishing.platforms import (
    AI_DISCLOSURE_LINE,
    InstagramClient,
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
    new_state,
    parse_redirect,
)
from publishing.platforms.instagram import MAX_CAPTION_CHARS, caption_with_disclosure
from tests.fakes.instagram import FakeInstagram
from tests.fakes.server import FakeVendor, Request, Response
from tests.publishing.platforms.conftest import REDIRECT_URI, connect

POST = PostRequest("Clouds drifting over the harbour", duration_s=5.0, width=720, height=1280)


def posts_to(fake: FakeInstagram, edge: str) -> list[Request]:
    """POSTs to /{v}/{ig-user-id}/{edge}, matched exactly (`media` is not `media_publish`)."""
    path = f"/v26.0/{fake.user_id}/{edge}"
    with fake._lock:
        return [r for r in fake.requests if r.method == "POST" and r.path == path]


def publishes(fake: FakeInstagram) -> list[Request]:
    return posts_to(fake, "media_publish")


class FakeStorage(FakeVendor):
    """Our media storage: serves files at signed-looking URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.files: dict[str, bytes] = {}
        self.route("GET", "/signed/{name}", self._get)

    def _get(self, request: Request) -> Response:
        data = self.files.get(request.params["name"])
        if data is None or request.query.get("sig") != ["ok"]:
            return Response(403, "<Error>AccessDenied</Error>")
        return Response(200, data, {"Content-Type": "video/mp4"})

    def link(self, path: Path) -> str:
        self.files[path.name] = path.read_bytes()
        return f"{self.url}/signed/{path.name}?sig=ok&expires=3600"


@pytest.fixture(scope="session")
def _storage_server() -> Iterator[FakeStorage]:
    with FakeStorage() as storage:
        yield storage  # type: ignore[misc]


@pytest.fixture
def storage(_storage_server: FakeStorage) -> FakeStorage:
    _storage_server.files.clear()
    with _storage_server._lock:
        _storage_server.requests.clear()
    return _storage_server


def until(client: InstagramClient, token: TokenSet, session: UploadSession, *states: PublishState):  # type: ignore[no-untyped-def]
    for _ in range(10):
        status = client.status(token, session)
        if status.state in states:
            return status
    return status


def publish_all_the_way(client: InstagramClient, token: TokenSet, session: UploadSession):  # type: ignore[no-untyped-def]
    status = until(client, token, session, PublishState.READY, PublishState.FAILED)
    assert status.state is PublishState.READY, status
    session = client.publish(token, session)
    return session, client.status(token, session)


def assert_no_secrets(error: PlatformError, *secrets: str | None) -> None:
    for secret in filter(None, secrets):
        for text in (str(error), repr(error), error.detail):
            assert secret not in text


# -- OAuth ---------------------------------------------------------------------------------


def test_authorize_url_and_metas_redirect_fragment(
    instagram: InstagramClient, fake_instagram: FakeInstagram
) -> None:
    state = new_state()
    url = instagram.authorize_url(state, REDIRECT_URI, "ignored-verifier")
    query = parse_qs(urlsplit(url).query)
    assert urlsplit(url).path == "/oauth/authorize"
    assert query["scope"] == ["instagram_business_basic,instagram_business_content_publish"]
    assert "code_challenge" not in query
    redirect = fake_instagram.approve(url)
    assert redirect.endswith("#_")
    code = parse_redirect(
        parse_qs(urlsplit(redirect).query), state, platform="i", label="Instagram"
    )
    assert not code.endswith("#_")


@pytest.mark.parametrize("flat", [False, True])
def test_code_becomes_a_60_day_token_with_the_account(
    instagram: InstagramClient, fake_instagram: FakeInstagram, flat: bool
) -> None:
    fake_instagram.flat_code_reply = flat  # older replies were not wrapped in "data"
    token = connect(instagram, fake_instagram, pkce=False)
    assert token.refresh_token is None
    assert (
        token.expires_at
        and (token.expires_at - token.expires_at.now(token.expires_at.tzinfo)).days >= 59
    )
    assert (token.account_id, token.account_name) == (fake_instagram.user_id, "ada.makes")
    assert instagram.missing_scopes(token) == ()
    assert fake_instagram.find_token(token.access_token).value.startswith("IGAA")  # long-lived


def test_a_used_code_is_refused(instagram: InstagramClient, fake_instagram: FakeInstagram) -> None:
    state = new_state()
    redirect = fake_instagram.approve(instagram.authorize_url(state, REDIRECT_URI))
    code = parse_redirect(
        parse_qs(urlsplit(redirect).query), state, platform="i", label="Instagram"
    )
    instagram.exchange_code(code, REDIRECT_URI)
    with pytest.raises(TokenRevoked) as caught:
        instagram.exchange_code(code, REDIRECT_URI)
    assert_no_secrets(caught.value, code, fake_instagram.client_secret)


def test_refresh_gives_a_new_token_and_an_expired_one_needs_reconnecting(
    instagram: InstagramClient, fake_instagram: FakeInstagram
) -> None:
    token = connect(instagram, fake_instagram)
    fresh = instagram.refresh(token)
    assert fresh.access_token != token.access_token and fresh.account_id == token.account_id
    instagram.limits(fresh)
    fake_instagram.expire_access_tokens()
    with pytest.raises(TokenExpired):
        instagram.limits(fresh)
    with pytest.raises(TokenRevoked) as caught:
        instagram.refresh(fresh)
    assert "Connect the account again" in caught.value.message
    assert_no_secrets(caught.value, fresh.access_token, token.access_token)


def test_revoke_removes_access(instagram: InstagramClient, fake_instagram: FakeInstagram) -> None:
    token = connect(instagram, fake_instagram)
    assert instagram.revoke(token) is True
    with pytest.raises(TokenRevoked) as caught:
        instagram.limits(token)
    assert "Connect the account again" in caught.value.message
    other = connect(instagram, fake_instagram)
    fake_instagram.revoke_supported = False
    assert instagram.revoke(other) is False  # not confirmed: the caller deletes its copy


def test_unticked_publish_permission(
    instagram: InstagramClient, fake_instagram: FakeInstagram
) -> None:
    fake_instagram.grant_scopes = ("instagram_business_basic",)
    token = connect(instagram, fake_instagram)
    assert instagram.missing_scopes(token) == ("instagram_business_content_publish",)
    with pytest.raises(ScopeMissing) as caught:
        instagram.limits(token)
    assert "allow publishing" in caught.value.message


# -- the happy paths -----------------------------------------------------------------------


def test_happy_path_with_a_signed_video_url(
    instagram: InstagramClient,
    fake_instagram: FakeInstagram,
    storage: FakeStorage,
    make_video: Callable[..., Path],
) -> None:
    token = connect(instagram, fake_instagram)
    limits = instagram.limits(token)
    assert (limits.posts_allowed, limits.posts_remaining, limits.window_s) == (50, 50, 86400)
    video = make_video()
    post = replace(POST, video_url=storage.link(video))
    session = instagram.start_upload(token, video, post, limits=limits)
    assert session.source == "video_url" and session.upload_done
    session = instagram.upload(token, session, video)  # nothing for us to send

    first = instagram.status(token, session)
    assert first.state is PublishState.PROCESSING
    session, status = publish_all_the_way(instagram, token, session)
    assert status.state is PublishState.PUBLISHED
    assert status.public_url and status.public_url.startswith("https://www.instagram.com/reel/")
    assert status.platform_post_id == session.post_id

    assert len(storage.requests_to("GET", "/signed/")) == 1  # Meta pulled our link once
    (container,) = posts_to(fake_instagram, "media")
    assert container.headers["authorization"] == f"Bearer {token.access_token}"
    (post_record,) = fake_instagram.posts
    params = post_record["params"]
    assert params["media_type"] == "REELS" and params["share_to_feed"] == "true"
    assert params["is_ai_generated"] == "true"  # Meta's "AI info" label
    assert params["caption"].endswith(AI_DISCLOSURE_LINE)
    assert params["caption"].startswith(POST.caption)
    assert fake_instagram.media[session.post_id or ""]["is_ai_generated"] is True
    assert instagram.limits(token).posts_remaining == 49


def test_happy_path_with_resumable_upload(
    instagram: InstagramClient, fake_instagram: FakeInstagram, make_video: Callable[..., Path]
) -> None:
    token = connect(instagram, fake_instagram)
    video = make_video(size=400_000)
    session = instagram.start_upload(token, video, POST)
    assert session.source == "resumable" and session.upload_url and not session.upload_done
    saved: list[UploadSession] = []
    session = instagram.upload(token, session, video, on_progress=saved.append)
    assert saved and saved[-1].upload_done
    (upload,) = fake_instagram.requests_to("POST", "/ig-api-upload/")
    assert upload.headers["authorization"] == f"OAuth {token.access_token}"
    assert (upload.headers["offset"], upload.headers["file_size"]) == ("0", "400000")
    assert fake_instagram.containers[session.session_id].data == video.read_bytes()
    session, status = publish_all_the_way(instagram, token, session)
    assert status.state is PublishState.PUBLISHED and status.public_url


def test_caption_disclosure_is_added_once_and_fits() -> None:
    assert caption_with_disclosure("Hi") == f"Hi\n\n{AI_DISCLOSURE_LINE}"
    already = f"Hi\n\n{AI_DISCLOSURE_LINE}"
    assert caption_with_disclosure(already) == already
    long = caption_with_disclosure("x" * 5000)
    assert len(long) <= MAX_CAPTION_CHARS and long.endswith(AI_DISCLOSURE_LINE)
    assert caption_with_disclosure("") == AI_DISCLOSURE_LINE


# -- exactly once --------------------------------------------------------------------------


def test_publish_twice_publishes_once(
    instagram: InstagramClient, fake_instagram: FakeInstagram, make_video: Callable[..., Path]
) -> None:
    token = connect(instagram, fake_instagram)
    video = make_video()
    session = instagram.upload(token, instagram.start_upload(token, video, POST), video)
    session, _ = publish_all_the_way(instagram, token, session)
    assert instagram.publish(token, session) == session
    again = instagram.start_upload(token, video, POST, resume=session)
    assert again.post_id == session.post_id
    assert len(publishes(fake_instagram)) == 1
    assert len(posts_to(fake_instagram, "media")) == 1
    assert len(fake_instagram.posts) == 1


def test_lost_publish_reply_is_not_published_again(
    instagram: InstagramClient, fake_instagram: FakeInstagram, make_video: Callable[..., Path]
) -> None:
    token = connect(instagram, fake_instagram)
    video = make_video()
    saved = instagram.upload(token, instagram.start_upload(token, video, POST), video)
    until(instagram, token, saved, PublishState.READY)
    fake_instagram.fail("publish", "lost_reply")  # the Reel goes live; we never hear
    with pytest.raises(Transient):
        instagram.publish(token, saved)
    # A retry with the session saved before publish(): the container says PUBLISHED.
    retried = instagram.publish(token, saved)
    assert retried.extra.get("published_without_id") is True
    status = instagram.status(token, retried)
    assert status.state is PublishState.PUBLISHED
    assert len(publishes(fake_instagram)) == 1
    assert len(fake_instagram.posts) == 1


def test_interrupted_upload_resends_into_the_same_container(
    instagram: InstagramClient, fake_instagram: FakeInstagram, make_video: Callable[..., Path]
) -> None:
    token = connect(instagram, fake_instagram)
    video = make_video(size=400_000)
    session = instagram.start_upload(token, video, POST)
    fake_instagram.fail("upload", "drop")
    with pytest.raises(Transient):
        instagram.upload(token, session, video)
    resumed = instagram.start_upload(token, video, POST, resume=session)
    assert resumed.session_id == session.session_id and resumed.bytes_sent == 0
    resumed = instagram.upload(token, resumed, video)
    _, status = publish_all_the_way(instagram, token, resumed)
    assert status.state is PublishState.PUBLISHED
    assert len(fake_instagram.containers) == 1 and len(fake_instagram.posts) == 1


def test_publish_before_finished_is_a_short_wait(
    instagram: InstagramClient, fake_instagram: FakeInstagram, make_video: Callable[..., Path]
) -> None:
    token = connect(instagram, fake_instagram)
    video = make_video()
    session = instagram.upload(token, instagram.start_upload(token, video, POST), video)
    fake_instagram.polls_until_done = 5
    with pytest.raises(Transient) as caught:
        instagram.publish(token, session)
    assert caught.value.retry_after_s == 30.0 and "still processing" in caught.value.message
    assert publishes(fake_instagram) == []


def test_expired_container_says_upload_again(
    instagram: InstagramClient, fake_instagram: FakeInstagram, make_video: Callable[..., Path]
) -> None:
    token = connect(instagram, fake_instagram)
    video = make_video()
    session = instagram.upload(token, instagram.start_upload(token, video, POST), video)
    fake_instagram.expire_containers()
    status = instagram.status(token, session)
    assert status.state is PublishState.FAILED and isinstance(status.error, UploadExpired)
    with pytest.raises(UploadExpired):
        instagram.start_upload(token, video, POST, resume=session)
    with pytest.raises(UploadExpired):
        instagram.publish(token, session)
    assert fake_instagram.posts == []


# -- faults --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("op", "kind", "error", "words"),
    [
        ("publish", "daily_cap", QuotaExceeded, "daily limit"),
        ("publish", "spam", SpamPolicy, "spam protection"),
        ("publish", "rate_limited", RateLimited, "slow down"),
        ("publish", "not_ready", Transient, "still processing"),
        ("publish", "500", Transient, "temporary problem"),
        ("container", "token_expired", TokenExpired, "renew"),
        ("container", "token_revoked", TokenRevoked, "Connect the account again"),
        ("container", "scope_missing", ScopeMissing, "permission to publish"),
        ("container", "slow", Transient, "did not answer in time"),
        ("status", "drop", Transient, "connection"),
    ],
)
def test_faults_map_to_the_right_error_in_plain_words(
    instagram: InstagramClient,
    fake_instagram: FakeInstagram,
    make_video: Callable[..., Path],
    op: str,
    kind: str,
    error: type[PlatformError],
    words: str,
) -> None:
    token = connect(instagram, fake_instagram)
    video = make_video()
    limits = instagram.limits(token)
    session = None
    if op != "container":
        session = instagram.upload(
            token, instagram.start_upload(token, video, POST, limits=limits), video
        )
        until(instagram, token, session, PublishState.READY)
    fake_instagram.fail(op, kind)
    with pytest.raises(error) as caught:
        if session is None:
            instagram.start_upload(token, video, POST, limits=limits)
        elif op == "status":
            instagram.status(token, session)
        else:
            instagram.publish(token, session)
    err = caught.value
    assert words in err.message and "{" not in err.message and "fbtrace" not in err.message
    assert "fbtrace_id" in err.detail or kind in ("slow", "drop")  # operators get the trace
    assert_no_secrets(err, token.access_token, fake_instagram.client_secret)
    if kind == "rate_limited":
        assert err.retry_after_s == 120.0  # estimated_time_to_regain_access: 2 minutes
    assert fake_instagram.posts == []


def test_the_24h_cap_is_checked_before_making_a_container(
    instagram: InstagramClient, fake_instagram: FakeInstagram, make_video: Callable[..., Path]
) -> None:
    token = connect(instagram, fake_instagram)
    fake_instagram.quota_usage = fake_instagram.quota_total
    with pytest.raises(QuotaExceeded, match="tomorrow"):
        instagram.start_upload(token, make_video(), POST)
    assert fake_instagram.containers == {}


def test_local_checks(
    instagram: InstagramClient, fake_instagram: FakeInstagram, make_video: Callable[..., Path]
) -> None:
    token = connect(instagram, fake_instagram)
    video = make_video()
    with pytest.raises(PrivacyNotAllowed, match="private"):
        instagram.start_upload(token, video, replace(POST, privacy=Privacy.PRIVATE))
    with pytest.raises(VideoRejected, match="at least 3 s"):
        instagram.start_upload(token, video, replace(POST, duration_s=2.0))
    assert fake_instagram.containers == {}


@pytest.mark.parametrize(
    ("clip", "fault", "words"),
    [
        ({"duration_s": 2.0}, None, "shorter than 3 seconds"),
        ({"duration_s": 1000.0}, None, "longer than 15 minutes"),
        ({"ftyp": False}, None, "format"),
        ({"moov_first": False}, None, "moov atom"),
        ({"width": 2000, "height": 100}, None, "aspect ratio"),
        ({}, "aspect", "aspect ratio"),
    ],
)
def test_videos_instagram_will_not_take(
    instagram: InstagramClient,
    fake_instagram: FakeInstagram,
    storage: FakeStorage,
    make_video: Callable[..., Path],
    clip: dict,
    fault: str | None,
    words: str,
) -> None:
    fake_instagram.video_fault = fault
    token = connect(instagram, fake_instagram)
    video = make_video(**clip)
    post = PostRequest("no metadata: Instagram judges the file", video_url=storage.link(video))
    session = instagram.start_upload(token, video, post)
    status = until(instagram, token, session, PublishState.FAILED, PublishState.READY)
    assert status.state is PublishState.FAILED
    assert isinstance(status.error, VideoRejected) and status.error.code == "2207026"
    assert words in status.error.detail and not status.error.retryable
    with pytest.raises(VideoRejected):
        instagram.publish(token, session)
    assert fake_instagram.posts == []


def test_a_link_meta_cannot_fetch_means_a_new_container(
    instagram: InstagramClient,
    fake_instagram: FakeInstagram,
    storage: FakeStorage,
    make_video: Callable[..., Path],
) -> None:
    token = connect(instagram, fake_instagram)
    video = make_video()
    expired_link = storage.link(video).replace("sig=ok", "sig=expired")
    session = instagram.start_upload(token, video, replace(POST, video_url=expired_link))
    status = until(instagram, token, session, PublishState.FAILED, PublishState.READY)
    assert status.state is PublishState.FAILED and isinstance(status.error, UploadExpired)
    assert status.error.code == "2207052"
