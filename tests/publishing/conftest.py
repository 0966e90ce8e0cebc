"""Fixtures for the publishing app: the three platform fakes over real HTTP on 127.0.0.1,
settings pointing the app at them, delivered clips in storage, accounts connected through
the real OAuth pages, and `drive` to run a publication to its end in this process."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.fakes.instagram import FakeInstagram
from tests.fakes.mp4box import make_clip
from tests.fakes.platform import FakePlatform
from tests.fakes.tiktok import FakeTikTok
from tests.fakes.youtube import FakeYouTube

MIB = 1024 * 1024
CLIENTS = {
    "tiktok": ("TIKTOK_CLIENT_KEY", "TIKTOK_CLIENT_SECRET", "TIKTOK_API_BASE"),
    "youtube": ("YOUTUBE_CLIENT_ID", "YOUTUBE_CLIENT_SECRET", "YOUTUBE_API_BASE"),
    "instagram": ("INSTAGRAM_APP_ID", "INSTAGRAM_APP_SECRET", "INSTAGRAM_API_BASE"),
}


@pytest.fixture(scope="session")
def _tiktok_server() -> Iterator[FakeTikTok]:
    with FakeTikTok() as fake:
        yield fake  # type: ignore[misc]


@pytest.fixture(scope="session")
def _youtube_server() -> Iterator[FakeYouTube]:
    with FakeYouTube() as fake:
        yield fake  # type: ignore[misc]


@pytest.fixture(scope="session")
def _instagram_server() -> Iterator[FakeInstagram]:
    with FakeInstagram() as fake:
        yield fake  # type: ignore[misc]


@pytest.fixture
def fake_tiktok(_tiktok_server: FakeTikTok) -> FakeTikTok:
    _tiktok_server.reset()
    return _tiktok_server


@pytest.fixture
def fake_youtube(_youtube_server: FakeYouTube) -> FakeYouTube:
    _youtube_server.reset()
    return _youtube_server


@pytest.fixture
def fake_instagram(_instagram_server: FakeInstagram) -> FakeInstagram:
    _instagram_server.reset()
    return _instagram_server


@pytest.fixture
def fakes(fake_tiktok, fake_youtube, fake_instagram) -> dict[str, FakePlatform]:  # type: ignore[no-untyped-def]
    return {"tiktok": fake_tiktok, "youtube": fake_youtube, "instagram": fake_instagram}


def platform_env(fakes: dict[str, FakePlatform]) -> dict[str, str]:
    """The settings (as environment variables) that point the app at the fakes."""
    env: dict[str, str] = {}
    for name, fake in fakes.items():
        key, secret, base = CLIENTS[name]
        env.update({key: fake.client_id, secret: fake.client_secret, base: fake.url})
    return env


@pytest.fixture
def platforms(settings, fakes):  # type: ignore[no-untyped-def]
    """The app configured for all three fakes, with short timeouts and fast retries."""
    for name, value in platform_env(fakes).items():
        setattr(settings, name, value)
    settings.TIKTOK_APP_AUDITED = True
    settings.INSTAGRAM_UPLOAD = "resumable"
    settings.PUBLISHING_HTTP_TIMEOUT_S = 2.0
    settings.PUBLISHING_UPLOAD_TIMEOUT_S = 5.0
    settings.PUBLISHING_RETRY_BASE_S = 1.0
    settings.PUBLISHING_POLL_BASE_S = 0.2
    settings.PUBLISHING_HEARTBEAT_S = 0.5
    settings.PUBLISHING_STALE_AFTER_S = 3.0
    settings.PUBLISHING_RATE_LIMITS = ""
    return fakes


@pytest.fixture
def make_clip_row(workspace) -> Callable[..., Any]:  # type: ignore[no-untyped-def]
    """A delivered, signed clip in storage (an MP4-shaped file the fakes can judge)."""
    from pipeline.models import Clip, Job, JobStatus, Photo

    counter = iter(range(10_000))

    def make(
        *,
        ws: Any = None,
        duration_s: float = 5.0,
        width: int = 720,
        height: int = 1280,
        size: int = 200_000,
        prompt: str = "clouds drift over the harbour",
        signed: bool = True,
        batch_id: Any = None,
    ) -> Clip:
        ws = ws or workspace
        n = next(counter)
        photo = Photo.objects.create(
            workspace=ws,
            original_name=f"p{n}.jpg",
            sha256=hashlib.sha256(f"{ws.pk}:{n}".encode()).hexdigest(),
            image="x.jpg",
            thumbnail="x-thumb.jpg",
            mime="image/jpeg",
            width=720,
            height=1280,
            size_bytes=10,
        )
        job = Job.objects.create(
            workspace=ws,
            photo=photo,
            prompt=prompt,
            status=JobStatus.DELIVERED,
            batch_id=batch_id,
            finished_at=timezone.now(),
        )
        data = make_clip(duration_s=duration_s, width=width, height=height, size=size)
        video = default_storage.save(f"clips/{ws.pk}/{job.pk}/clip.mp4", ContentFile(data))
        poster = default_storage.save(f"clips/{ws.pk}/{job.pk}/poster.jpg", ContentFile(b"jpg"))
        return Clip.objects.create(
            workspace=ws,
            job=job,
            video=video,
            poster=poster,
            width=width,
            height=height,
            frames=int(duration_s * 24),
            duration_s=duration_s,
            size_bytes=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            signed=signed,
        )

    return make


@pytest.fixture
def clip(make_clip_row) -> Any:  # type: ignore[no-untyped-def]
    return make_clip_row()


def connect_via_pages(client: Client, fake: FakePlatform, platform: str) -> Any:
    """What a person does: press Connect, Allow on the platform's consent page, come back."""
    from publishing.models import ConnectedAccount

    response = client.post(reverse("publishing_connect", args=[platform]))
    assert response.status_code == 302, response.content[:500]
    authorize_url = response["Location"]
    assert authorize_url.startswith(fake.url), authorize_url
    redirect = fake.approve(authorize_url)
    parts = urlsplit(redirect)
    back = client.get(f"{parts.path}?{parts.query}")
    assert back.status_code == 302 and back["Location"] == reverse("publishing_accounts")
    return ConnectedAccount.objects.filter(platform=platform).order_by("-updated_at").first()


@pytest.fixture
def owner_client(client_for, owner, workspace) -> Client:  # type: ignore[no-untyped-def]
    return client_for(owner, workspace)


@pytest.fixture
def connect(owner_client, platforms) -> Callable[[str], Any]:  # type: ignore[no-untyped-def]
    def make(platform: str) -> Any:
        return connect_via_pages(owner_client, platforms[platform], platform)

    return make


def drive(publication_id: Any, *, max_steps: int = 60) -> list[Any]:
    """Run the publisher until the publication ends, letting each wait pass at once (the
    clock, not the work, is what a test skips). The steps taken."""
    from publishing import publisher
    from publishing.models import ENDED_STATES, Publication

    steps = []
    for _ in range(max_steps):
        row = Publication.objects.get(pk=publication_id)
        if row.state in ENDED_STATES:
            return steps
        Publication.objects.filter(pk=publication_id).update(next_attempt_at=timezone.now())
        steps.append(publisher.run(str(publication_id), worker="test-worker"))
    raise AssertionError(f"publication {publication_id} did not end in {max_steps} steps")
