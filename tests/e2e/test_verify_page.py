"""The public verify page in a real browser: no login, upload a clip, read the answer."""

from __future__ import annotations

import pytest
from django.core.files.storage import default_storage

from engine.options import JobOptions
from pipeline import services
from pipeline.flow import runner

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_visitor_verifies_a_delivered_clip(
    live_server, page, funded, owner, coffee_jpeg, tmp_path
):
    photo = services.photo_upload(workspace=funded, user=owner, data=coffee_jpeg, filename="c.jpg")
    job = services.job_submit(
        workspace=funded,
        user=owner,
        photo=photo,
        prompt="",
        options=JobOptions(ratio="1:1", duration_s=2, resolution="540p"),
    )
    runner.run(str(job.pk), lane=None)
    job.refresh_from_db()
    clip = tmp_path / "clip.mp4"
    with default_storage.open(job.clip.video.name, "rb") as src:
        clip.write_bytes(src.read())

    page.goto(live_server.url + "/verify/")
    page.set_input_files("input[name=clip]", str(clip))
    page.get_by_role("button", name="Check provenance").click()
    summary = page.locator("#verdict-summary")
    summary.wait_for()
    text = summary.inner_text()
    assert "Made with Stillmotion on" in text
    assert "Acme Studio" in text
    assert "Trusted" in page.locator("#verdict").inner_text()

    # A file from elsewhere: nothing found, in plain words.
    other = tmp_path / "other.mp4"
    from tests.fakes.video_vendor import make_mp4

    other.write_bytes(make_mp4(320, 320, 1.0))
    page.set_input_files("input[name=clip]", str(other))
    page.get_by_role("button", name="Check provenance").click()
    page.get_by_text("Nothing found").wait_for()
