"""What the three clients share: tokens that hide themselves, PKCE, the redirect, local
checks before upload, the persisted session, and the common protocol."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from publishing.platforms import (
    AppCredentials,
    InstagramClient,
    PlatformError,
    PostRequest,
    Privacy,
    PrivacyNotAllowed,
    PublishingPlatform,
    QuotaExceeded,
    ScopeMissing,
    TikTokClient,
    TokenSet,
    UploadSession,
    VideoRejected,
    YouTubeClient,
    code_challenge_s256,
    new_code_verifier,
    parse_redirect,
)
from publishing.platforms.base import PlatformLimits, check_post
from publishing.platforms.errors import redact

ACCESS = "act.SECRET-access-value-123"
REFRESH = "rft.SECRET-refresh-value-456"


def token() -> TokenSet:
    return TokenSet(
        access_token=ACCESS,
        refresh_token=REFRESH,
        expires_at=datetime(2030, 1, 1, tzinfo=UTC),
        scopes=("video.publish",),
        account_id="acct-1",
        account_name="Ada",
    )


def test_token_set_repr_and_str_hide_tokens() -> None:
    for text in (repr(token()), str(token()), f"{token()}", repr([token()])):
        assert ACCESS not in text and REFRESH not in text
        assert "[hidden]" in text and "Ada" in text


def test_token_set_round_trips_through_a_dict() -> None:
    original = token()
    assert TokenSet.from_dict(original.to_dict()) == original


def test_token_set_expires_within() -> None:
    now = datetime(2030, 1, 1, tzinfo=UTC) - timedelta(minutes=5)
    assert token().expires_within(600, now=now)
    assert not token().expires_within(60, now=now)
    assert not replace(token(), expires_at=None).expires_within(10**9)


def test_app_credentials_hide_the_secret() -> None:
    assert "s3cret" not in repr(AppCredentials("client", "s3cret"))


def test_pkce_s256_matches_rfc7636_appendix_b() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert code_challenge_s256(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    fresh = new_code_verifier()
    assert 43 <= len(fresh) <= 128 and fresh != new_code_verifier()


def test_parse_redirect_checks_state_and_strips_metas_fragment() -> None:
    kw = {"platform": "instagram", "label": "Instagram"}
    assert parse_redirect({"code": ["abc#_"], "state": ["s1"]}, "s1", **kw) == "abc"
    with pytest.raises(PlatformError) as wrong:
        parse_redirect({"code": ["abc"], "state": ["evil"]}, "s1", **kw)
    assert wrong.value.code == "state_mismatch"
    with pytest.raises(PlatformError) as denied:
        parse_redirect({"error": ["access_denied"], "state": ["s1"]}, "s1", **kw)
    assert denied.value.code == "access_denied" and "Allow" in denied.value.message
    with pytest.raises(ScopeMissing):
        parse_redirect({"error": ["invalid_scope"], "state": ["s1"]}, "s1", **kw)
    with pytest.raises(PlatformError) as missing:
        parse_redirect({"state": ["s1"]}, "s1", **kw)
    assert missing.value.code == "missing_code"


def test_redact_scrubs_known_secrets_query_tokens_and_auth_headers() -> None:
    text = (
        f"GET https://graph.test/x?access_token=IGAA123&fields=id failed for {ACCESS}; "
        "Authorization: Bearer ya29.abc OAuth IGQ999"
    )
    clean = redact(text, [ACCESS])
    for secret in (ACCESS, "IGAA123", "ya29.abc", "IGQ999"):
        assert secret not in clean
    assert "fields=id" in clean


def test_upload_session_round_trips_and_hides_its_upload_url() -> None:
    session = UploadSession(
        platform="tiktok",
        session_id="v_pub_1",
        video_size=10,
        upload_url="https://upload.test/?upload_token=SECRET",
        chunk_size=10,
        extra={"total_chunk_count": 1},
    )
    assert UploadSession.from_dict(session.to_dict()) == session
    assert "SECRET" not in repr(session)
    assert UploadSession.from_dict({**session.to_dict(), "unknown_later_field": 1}) == session


LIMITS = PlatformLimits(
    platform="tiktok",
    min_duration_s=3,
    max_duration_s=60,
    privacy_levels=(Privacy.PUBLIC, Privacy.PRIVATE),
    max_caption_chars=2200,
    max_bytes=1000,
    max_aspect=1.0,
    posts_used=0,
    posts_allowed=5,
)


@pytest.mark.parametrize(
    ("post", "size", "error", "words"),
    [
        (PostRequest("x", duration_s=2), 10, VideoRejected, "at least 3 s"),
        (PostRequest("x", duration_s=61), 10, VideoRejected, "at most 60 s"),
        (PostRequest("x", width=1280, height=720), 10, VideoRejected, "vertical or square"),
        (PostRequest("x"), 1001, VideoRejected, "too large"),
        (PostRequest("x"), 0, VideoRejected, "empty"),
        (PostRequest("x", privacy=Privacy.FRIENDS), 10, PrivacyNotAllowed, "friends"),
    ],
)
def test_check_post_refuses_what_the_platform_would(
    post: PostRequest, size: int, error: type[PlatformError], words: str
) -> None:
    with pytest.raises(error) as caught:
        check_post(LIMITS, post, size, label="TikTok")
    assert words in caught.value.message
    assert caught.value.code == "local_check"


def test_check_post_stops_at_the_publishing_cap() -> None:
    with pytest.raises(QuotaExceeded, match="tomorrow"):
        check_post(replace(LIMITS, posts_used=5), PostRequest("x"), 10, label="Instagram")
    check_post(LIMITS, PostRequest("x", duration_s=5, width=720, height=1280), 10, label="TikTok")


@pytest.mark.parametrize("cls", [TikTokClient, YouTubeClient, InstagramClient])
def test_every_client_implements_the_protocol(cls: type) -> None:
    client = cls(AppCredentials("id", "secret"))
    try:
        assert isinstance(client, PublishingPlatform)
        assert "secret" not in repr(client)
        assert client.rate_limits
    finally:
        client.close()


@pytest.mark.parametrize("platform", ["tiktok", "youtube", "instagram"])
def test_no_token_or_secret_reaches_the_logs(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture, platform: str
) -> None:
    """httpx logs request URLs; Instagram's token calls put secrets in the query."""
    from tests.publishing.platforms.conftest import connect

    client = request.getfixturevalue(platform)
    fake = request.getfixturevalue(f"fake_{platform}")
    with caplog.at_level(logging.DEBUG):
        first = connect(client, fake)
        second = client.refresh(first)
        client.limits(second)
        client.revoke(second)
    assert any("HTTP Request" in r.getMessage() for r in caplog.records)  # httpx did log
    secrets = {first.access_token, second.access_token, fake.client_secret}
    secrets |= {t for t in (first.refresh_token, second.refresh_token) if t}
    for record in caplog.records:
        message = record.getMessage()
        for secret in secrets:
            assert secret not in message, f"{platform} leaked a secret into {message!r}"


def test_an_injected_httpx_client_is_the_one_used(fake_youtube) -> None:  # type: ignore[no-untyped-def]
    import httpx

    from publishing.platforms import YouTubeEndpoints
    from tests.publishing.platforms.conftest import connect

    seen: list[str] = []
    http = httpx.Client(event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    client = YouTubeClient(
        AppCredentials(fake_youtube.client_id, fake_youtube.client_secret),
        endpoints=YouTubeEndpoints.at(fake_youtube.url),
        client=http,
    )
    connect(client, fake_youtube)
    assert seen == ["/token", "/youtube/v3/channels"]
    client.close()
