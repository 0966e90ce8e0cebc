"""In a real browser: log in, upload a photo, submit, watch it deliver live, play, download."""

from __future__ import annotations

import pytest

from pipeline.models import Job

pytestmark = [
    pytest.mark.browser,
    pytest.mark.worker,
    pytest.mark.xdist_group("worker"),
    pytest.mark.django_db(transaction=True),
]


def test_upload_submit_watch_delivery_play_and_download(
    live_server, page, start_worker, funded, owner, tmp_path
):
    from tests.conftest import PASSWORD, wait_for_js
    from tests.fixtures_pipeline import jpeg_bytes, wait_for_job_page_status

    worker = start_worker()
    photo = tmp_path / "coffee.jpg"
    photo.write_bytes(jpeg_bytes("coffee"))
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", owner.email)
    page.fill("input[name=password]", PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.get_by_role("heading", name="New clip").wait_for()
    page.wait_for_load_state("load")  # the drop zone's script is attached

    page.set_input_files("input[name=photos]", str(photo))
    page.get_by_text("coffee.jpg").wait_for()  # the drop zone lists the chosen file
    page.fill("textarea[name=prompt]", "steam rises, slow push in")
    page.select_option("select[name=ratio]", "1:1")
    page.select_option("select[name=duration_s]", "2")
    page.select_option("select[name=resolution]", "540p")
    page.check("input[name=consent]")
    page.get_by_role("button", name="Create clip").click()

    page.wait_for_url("**/app/jobs/**")
    url_before = page.url
    navigations: list[str] = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url))
    wait_for_job_page_status(page, "delivered", worker=worker, timeout_s=90)
    assert navigations == []  # delivered without reloading the page
    assert page.url == url_before

    video = page.locator("#clip-player")
    video.wait_for()
    wait_for_js(page, "document.querySelector('#clip-player').readyState >= 2")
    page.evaluate("document.querySelector('#clip-player').play()")
    wait_for_js(page, "document.querySelector('#clip-player').currentTime > 0.2")

    with page.expect_download() as download_info:
        page.locator("#download-link").click()
    path = download_info.value.path()
    data = path.read_bytes()
    assert data[4:8] == b"ftyp"
    import av

    with av.open(path) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.name == "h264"
        assert stream.codec_context.pix_fmt == "yuv420p"
    assert Job.objects.get().status == "delivered"
