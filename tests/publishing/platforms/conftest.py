"""Fixtures for the platform clients: one fake per platform for the whole session (reset
for each test), clients pointed at them with short timeouts, and MP4-shaped files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from publishing.platforms import (
    AppCredentials,
    InstagramClient,
    InstagramEndpoints,
    TikTokClient,
    TikTokEndpoints,
    TokenSet,
    YouTubeClient,
    YouTubeEndpoints,
    new_code_verifier,
    new_state,
    parse_redirect,
)
from tests.fakes.instagram import FakeInstagram
from tests.fakes.mp4box import make_clip
from tests.fakes.platform import FakePlatform
from tests.fakes.tiktok import FakeTikTok
from tests.fakes.youtube import FakeYouTube

REDIRECT_URI = "https://app.stillmotion.test/publishing/callback/"
HTTP_TIMEOUT = 0.75
MIB = 1024 * 1024


@pytest.fixture
def make_video(tmp_path: Path) -> Callable[..., Path]:
    """Write an MP4-shaped clip (see tests.fakes.mp4box.make_clip) and return its path."""

    def make(name: str = "clip.mp4", **kw: object) -> Path:
        path = tmp_path / name
        path.write_bytes(make_clip(**kw))  # type: ignore[arg-type]
        return path

    return make


def connect(client, fake: FakePlatform, *, pkce: bool = True) -> TokenSet:  # type: ignore[no-untyped-def]
    """The whole OAuth dance over HTTP: authorise URL -> consent page -> Allow -> code."""
    state = new_state()
    verifier = new_code_verifier() if pkce else None
    url = client.authorize_url(state, REDIRECT_URI, verifier)
    redirect = fake.approve(url)
    parts = urlsplit(redirect)
    code = parse_redirect(parse_qs(parts.query), state, platform=client.name, label=client.label)
    return client.exchange_code(code, REDIRECT_URI, verifier)


# -- TikTok --------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _tiktok_server() -> Iterator[FakeTikTok]:
    with FakeTikTok() as fake:
        yield fake  # type: ignore[misc]


@pytest.fixture
def fake_tiktok(_tiktok_server: FakeTikTok) -> FakeTikTok:
    _tiktok_server.reset()
    return _tiktok_server


@pytest.fixture
def tiktok(fake_tiktok: FakeTikTok) -> Iterator[TikTokClient]:
    client = TikTokClient(
        AppCredentials(fake_tiktok.client_id, fake_tiktok.client_secret),
        endpoints=TikTokEndpoints.at(fake_tiktok.url),
        chunk_size=5 * MIB,
        timeout_s=HTTP_TIMEOUT,
        upload_timeout_s=5.0,
    )
    yield client
    client.close()


# -- YouTube -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _youtube_server() -> Iterator[FakeYouTube]:
    with FakeYouTube() as fake:
        yield fake  # type: ignore[misc]


@pytest.fixture
def fake_youtube(_youtube_server: FakeYouTube) -> FakeYouTube:
    _youtube_server.reset()
    return _youtube_server


@pytest.fixture
def youtube(fake_youtube: FakeYouTube) -> Iterator[YouTubeClient]:
    client = YouTubeClient(
        AppCredentials(fake_youtube.client_id, fake_youtube.client_secret),
        endpoints=YouTubeEndpoints.at(fake_youtube.url),
        chunk_size=256 * 1024,
        timeout_s=HTTP_TIMEOUT,
        upload_timeout_s=5.0,
    )
    yield client
    client.close()


# -- Instagram -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _instagram_server() -> Iterator[FakeInstagram]:
    with FakeInstagram() as fake:
        yield fake  # type: ignore[misc]


@pytest.fixture
def fake_instagram(_instagram_server: FakeInstagram) -> FakeInstagram:
    _instagram_server.reset()
    return _instagram_server


@pytest.fixture
def instagram(fake_instagram: FakeInstagram) -> Iterator[InstagramClient]:
    client = InstagramClient(
        AppCredentials(fake_instagram.client_id, fake_instagram.client_secret),
        endpoints=InstagramEndpoints.at(fake_instagram.url),
        timeout_s=HTTP_TIMEOUT,
        upload_timeout_s=5.0,
    )
    yield client
    client.close()
