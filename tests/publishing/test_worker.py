"""Real Celery workers against PostgreSQL and Redis: a worker SIGKILLed at the worst moment
(the platform has just made the post, the worker has not heard) never causes a second post.

Each fake holds the reply of the call that creates the post (TikTok's last chunk, YouTube's
last byte, Instagram's media_publish) until the test has killed the worker; a second worker
then resumes the saved session and finds the post instead of making another."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from django.utils import timezone

from publishing import services
from publishing.models import Publication, PublicationState
from publishing.tasks import publications_due
from tests.fakes.instagram import FakeInstagram
from tests.fakes.server import Request, Response
from tests.fakes.tiktok import FakeTikTok
from tests.fakes.youtube import FakeYouTube
from tests.fixtures_pipeline import wait_for
from tests.publishing.conftest import connect_via_pages, platform_env

pytestmark = [
    pytest.mark.worker,
    pytest.mark.xdist_group("worker"),
    pytest.mark.django_db(transaction=True),
]


class HoldsTheLastReply:
    """Mixed into a fake: once the post exists, wait for `release` before answering."""

    held: threading.Event
    release: threading.Event

    def arm(self) -> None:
        self.held, self.release = threading.Event(), threading.Event()

    def hold(self, response: Response) -> Response:
        self.held.set()
        self.release.wait(timeout=60)
        return response


class HoldingTikTok(HoldsTheLastReply, FakeTikTok):
    def _chunk(self, request: Request) -> Response:
        response = super()._chunk(request)
        return self.hold(response) if response.status == 201 else response


class HoldingYouTube(HoldsTheLastReply, FakeYouTube):
    def _chunk(self, request: Request) -> Response:
        response = super()._chunk(request)
        return self.hold(response) if response.status in (200, 201) else response


class HoldingInstagram(HoldsTheLastReply, FakeInstagram):
    def _publish(self, request: Request) -> Response:
        response = super()._publish(request)
        return self.hold(response) if response.status == 200 else response


@pytest.fixture(scope="module")
def _holding() -> Iterator[dict[str, Any]]:
    fakes = {
        "tiktok": HoldingTikTok(),
        "youtube": HoldingYouTube(),
        "instagram": HoldingInstagram(),
    }
    for fake in fakes.values():
        fake.start()
    yield fakes
    for fake in fakes.values():
        fake.stop()


@pytest.fixture
def holding(_holding, settings):  # type: ignore[no-untyped-def]
    for fake in _holding.values():
        fake.reset()
        fake.arm()
    env = {
        **platform_env(_holding),
        "TIKTOK_APP_AUDITED": "true",
        "INSTAGRAM_UPLOAD": "resumable",
        "PUBLISHING_HEARTBEAT_S": "0.3",
        "PUBLISHING_STALE_AFTER_S": "2",
        "PUBLISHING_POLL_BASE_S": "0.2",
        "PUBLISHING_RETRY_BASE_S": "0.5",
        "PUBLISHING_HTTP_TIMEOUT_S": "5",
    }
    for name, value in platform_env(_holding).items():  # this process connects the accounts
        setattr(settings, name, value)
    settings.TIKTOK_APP_AUDITED = True
    yield _holding, env
    for fake in _holding.values():
        fake.release.set()


def _state(publication: Publication) -> str:
    return Publication.objects.values_list("state", flat=True).get(pk=publication.pk)


@pytest.mark.parametrize("platform", ["tiktok", "youtube", "instagram"])
def test_a_worker_killed_as_the_post_is_made_never_posts_twice(
    platform, holding, start_worker, owner, workspace, client_for, make_clip_row
):
    fakes, env = holding
    fake = fakes[platform]
    account = connect_via_pages(client_for(owner, workspace), fake, platform)
    first = start_worker(extra_env=env)
    publication = services.publication_create(
        workspace=workspace, clip=make_clip_row(), account=account, caption="Once", user=owner
    ).publication  # queued on commit; the first worker takes it

    wait_for(fake.held.is_set, timeout=90, what=f"the post to be made\n{first.log()[-3000:]}")
    first.kill()  # SIGKILL: the platform has the post, the worker never hears of it
    fake.release.set()
    assert _state(publication) in (PublicationState.UPLOADING, PublicationState.PROCESSING)
    assert len(fake.posts) <= 1

    second = start_worker(extra_env=env)

    def claim_is_stale() -> bool:
        beat = Publication.objects.values_list("heartbeat_at", flat=True).get(pk=publication.pk)
        return beat is not None and (timezone.now() - beat).total_seconds() > 2.5

    wait_for(claim_is_stale, timeout=30, what="the dead worker's claim to go stale")
    publications_due.delay()  # what beat runs every 15 s; the new worker resumes the post
    wait_for(
        lambda: _state(publication) == PublicationState.PUBLISHED,
        timeout=90,
        what=f"the post to be found\n{second.log()[-3000:]}",
    )
    assert len(fake.posts) == 1
    started = {"tiktok": "publishes", "youtube": "sessions", "instagram": "containers"}
    assert (
        len(getattr(fake, started[platform])) == 1
    )  # the saved session was resumed, never a second one
