"""In a real headless Chromium with a real Celery worker: connect YouTube through the fake's
consent page, publish a clip the pipeline really rendered and signed, and watch it go live
with its URL; then an auto-publish rule spreads a completed batch over the chosen hours."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from publishing.models import ConnectedAccount, Publication, PublicationState
from tests.fakes.instagram import FakeInstagram
from tests.fakes.tiktok import FakeTikTok
from tests.fakes.youtube import FakeYouTube
from tests.publishing.conftest import platform_env

pytestmark = [
    pytest.mark.browser,
    pytest.mark.worker,
    pytest.mark.xdist_group("worker"),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture(scope="module")
def _fakes() -> Iterator[dict[str, Any]]:
    fakes = {"tiktok": FakeTikTok(), "youtube": FakeYouTube(), "instagram": FakeInstagram()}
    for fake in fakes.values():
        fake.start()
    yield fakes
    for fake in fakes.values():
        fake.stop()


@pytest.fixture
def fakes(_fakes, settings, live_server):  # type: ignore[no-untyped-def]
    for fake in _fakes.values():
        fake.reset()
    env = platform_env(_fakes)
    for name, value in env.items():
        setattr(settings, name, value)
    settings.SITE_URL = live_server.url  # the platforms redirect back to this server
    return _fakes, {
        **env,
        "SITE_URL": live_server.url,
        "TIKTOK_APP_AUDITED": "true",
        "PUBLISHING_POLL_BASE_S": "0.3",
        "PUBLISHING_RETRY_BASE_S": "0.5",
    }


def _log_in(page, base: str, user) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSWORD

    page.goto(base + "/accounts/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.get_by_role("link", name="Publishing").wait_for()


def _rendered_clip(workspace, owner):  # type: ignore[no-untyped-def]
    """A clip made by the real pipeline (render, QA, label, C2PA), run in this process."""
    from engine.options import JobOptions
    from pipeline import services
    from pipeline.flow import runner
    from tests.fixtures_pipeline import jpeg_bytes

    photo = services.photo_upload(
        workspace=workspace, user=owner, data=jpeg_bytes("coffee"), filename="coffee.jpg"
    )
    job = services.job_submit(
        workspace=workspace,
        user=owner,
        photo=photo,
        prompt="steam rises, slow push in",
        options=JobOptions(ratio="9:16", duration_s=3, resolution="540p"),
    )
    runner.run(str(job.pk), lane=None)
    job.refresh_from_db()
    assert job.status == "delivered", job.failure_reason
    return job.clip


def test_connect_publish_and_see_it_live_with_its_url(
    live_server, browser, fakes, start_worker, funded, owner
):
    platforms, env = fakes
    clip = _rendered_clip(funded, owner)
    worker = start_worker(extra_env=env)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, timezone_id="UTC")
    page = context.new_page()
    page.set_default_timeout(20_000)
    base = live_server.url
    _log_in(page, base, owner)

    # Connect: our button → YouTube's (fake) consent page → Allow → back on our Accounts page.
    page.get_by_role("link", name="Publishing").click()
    page.get_by_role("link", name="Accounts", exact=True).click()
    page.get_by_role("button", name="Connect YouTube").click()
    page.wait_for_url(platforms["youtube"].url + "/**")
    assert "youtube.upload" in page.locator("#scopes").inner_text()
    page.locator("#allow").click()
    page.wait_for_url(base + "/app/publishing/accounts/")
    page.get_by_text(re.compile(r"Connected YouTube Shorts · @adamakes")).wait_for()
    assert ConnectedAccount.objects.get().platform == "youtube"

    # Publish the delivered clip from the Publishing page.
    page.get_by_role("link", name="Queue & calendar").click()
    page.get_by_role("link", name=re.compile(r"^Publish “steam rises")).click()
    page.get_by_role("heading", name="Publish this clip").wait_for()
    assert "Vertical or square" in page.locator(".acct-option").inner_text()  # limits shown
    page.get_by_role("checkbox", name="@adamakes YouTube Shorts").check()
    page.fill("textarea[name=caption]", "Morning coffee, slowly")
    page.fill("input[name=hashtags]", "#coffee #cinemagraph")
    page.get_by_role("button", name="Publish now").click()

    # Its own page follows it live until YouTube has processed it.
    page.wait_for_url("**/app/publishing/*/")
    page.locator("#publication-state[data-state=published]").wait_for(timeout=90_000)
    link = page.locator("#public-url")
    publication = Publication.objects.get()
    assert publication.state == PublicationState.PUBLISHED, worker.log()[-2000:]
    assert link.get_attribute("href") == publication.public_url
    assert publication.public_url.startswith("https://www.youtube.com/shorts/")
    [video] = platforms["youtube"].videos.values()
    assert video.resource["status"]["containsSyntheticMedia"] is True
    from django.core.files.storage import default_storage

    [session] = platforms["youtube"].sessions.values()
    with default_storage.open(clip.video.name, "rb") as stored:
        assert bytes(session.received) == stored.read()  # the signed clip, byte for byte
    context.close()


def test_an_auto_publish_rule_spreads_a_completed_batch_over_the_chosen_hours(
    live_server, browser, fakes, funded, owner, client_for
):
    from batches.models import Batch
    from batches.services import batch_complete_if_done
    from tests.publishing.conftest import connect_via_pages

    platforms, _ = fakes
    account = connect_via_pages(client_for(owner, funded), platforms["tiktok"], "tiktok")
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, timezone_id="Europe/Paris"
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    base = live_server.url
    _log_in(page, base, owner)
    page.goto(base + "/app/publishing/rules/")
    page.fill("input[name=name]", "Two a day")
    page.select_option("select[name=account]", str(account.pk))
    page.select_option("select[name=scope]", "every_batch")
    page.fill("input[name=max_per_day]", "2")
    for hour in ("09:00", "13:00", "18:00"):  # the defaults: keep 09:00 and 18:00 only
        box = page.get_by_label(hour, exact=True)
        box.set_checked(hour != "13:00")
    assert page.locator("select[name=time_zone]").input_value() == "Europe/Paris"  # the browser's
    page.get_by_role("button", name="Create rule").click()
    page.get_by_text("Rule “Two a day” is on.").wait_for()

    batch = Batch.objects.create(workspace=funded, name="Harbour", total=5, status="running")
    _batch_clips(funded, batch, 5)
    assert batch_complete_if_done(batch_id=batch.pk)  # the signal reaches the rule on commit

    page.goto(base + "/app/publishing/?state=scheduled")
    rows = page.locator("tr[data-state=scheduled]")
    rows.first.wait_for()
    assert rows.count() == 5
    whens = [rows.nth(i).locator("td").nth(2).inner_text() for i in range(5)]
    times = Counter(w[-5:] for w in whens)
    days = Counter(w[:-7] for w in whens)
    assert set(times) <= {"09:00", "18:00"}  # in the rule's (and the browser's) zone
    assert max(days.values()) <= 2 and len(days) >= 3
    page.goto(base + "/app/publishing/?view=calendar")
    page.locator(".calendar").wait_for()
    context.close()


def _batch_clips(workspace, batch, count: int) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from pipeline.models import Clip, Job, Photo
    from tests.fakes.mp4box import make_clip

    for i in range(count):
        photo = Photo.objects.create(
            workspace=workspace,
            original_name=f"b{i}.jpg",
            sha256=hashlib.sha256(f"batch-{i}".encode()).hexdigest(),
            image="x.jpg",
            thumbnail="x.jpg",
            mime="image/jpeg",
            width=720,
            height=1280,
            size_bytes=1,
        )
        job = Job.objects.create(
            workspace=workspace,
            photo=photo,
            batch_id=batch.pk,
            prompt=f"shot {i}",
            status="delivered",
        )
        data = make_clip(duration_s=4.0)
        Clip.objects.create(
            workspace=workspace,
            job=job,
            video=default_storage.save(
                f"clips/{workspace.pk}/{job.pk}/clip.mp4", ContentFile(data)
            ),
            poster=default_storage.save(
                f"clips/{workspace.pk}/{job.pk}/poster.jpg", ContentFile(b"j")
            ),
            width=720,
            height=1280,
            frames=96,
            duration_s=4.0,
            size_bytes=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            signed=True,
        )
