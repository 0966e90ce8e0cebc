"""The result downloader: SSRF guard, size cap, content checks, deadline, verification."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.providers.download import (
    UnsafeURL,
    VideoExpectation,
    check_url_is_safe,
    download_video,
    sniff_container,
    verify_video,
)
from engine.providers.errors import BadOutput, Retryable
from tests.fakes.server import FakeVendor, Request, Response
from tests.fakes.video_vendor import corrupt_mp4, make_mp4

VIDEO = make_mp4(72, 128, 2.0)


@pytest.fixture(scope="module")
def host() -> Iterator[FakeVendor]:
    """A file host with one route per behaviour."""
    fake = FakeVendor()
    mp4 = {"Content-Type": "video/mp4"}
    fake.route("GET", "/ok.mp4", lambda r: Response(200, VIDEO, mp4))
    fake.route(
        "GET", "/octet.mp4", lambda r: Response(200, VIDEO, {"Content-Type": "binary/octet-stream"})
    )
    fake.route("GET", "/gone.mp4", lambda r: Response(404, {"detail": "expired"}))
    fake.route("GET", "/busy.mp4", lambda r: Response(503, {"detail": "busy"}))
    fake.route(
        "GET",
        "/page.mp4",
        lambda r: Response(200, "<html>login</html>", {"Content-Type": "text/html"}),
    )
    fake.route("GET", "/text.mp4", lambda r: Response(200, b"hello world, not a video", mp4))
    fake.route("GET", "/corrupt.mp4", lambda r: Response(200, corrupt_mp4(), mp4))
    fake.route("GET", "/slow.mp4", lambda r: Response(200, VIDEO, mp4, delay_s=1.0))
    fake.route("GET", "/hop", lambda r: Response(302, b"", {"Location": "/ok.mp4"}))
    fake.route("GET", "/loop", lambda r: Response(302, b"", {"Location": "/loop"}))
    fake.route("GET", "/to-file", lambda r: Response(302, b"", {"Location": "file:///etc/passwd"}))

    def _huge(request: Request) -> Response:
        # No Content-Length hint we trust: the cap must hold while streaming.
        return Response(200, VIDEO + b"\0" * 100_000, mp4)

    fake.route("GET", "/huge.mp4", _huge)
    with fake:
        yield fake


def fetch(url: str, dest: Path, **kw) -> Path:
    kw.setdefault("max_bytes", 1_000_000)
    kw.setdefault("timeout_s", 5.0)
    kw.setdefault("allow_private", True)
    return download_video(url, dest, **kw)


def test_downloads_and_verifies_a_real_video(host, tmp_path):
    path = fetch(f"{host.url}/ok.mp4", tmp_path / "v.mp4")
    assert path.read_bytes() == VIDEO
    info = verify_video(path, VideoExpectation(aspect=72 / 128, min_duration_s=1.5))
    assert (info.width, info.height) == (72, 128)


def test_octet_stream_content_type_is_accepted(host, tmp_path):
    assert fetch(f"{host.url}/octet.mp4", tmp_path / "v.mp4").exists()


def test_follows_a_redirect(host, tmp_path):
    assert fetch(f"{host.url}/hop", tmp_path / "v.mp4").read_bytes() == VIDEO


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/gone.mp4", BadOutput),
        ("/busy.mp4", Retryable),
        ("/page.mp4", BadOutput),
        ("/text.mp4", BadOutput),
        ("/loop", BadOutput),
        ("/to-file", UnsafeURL),
    ],
)
def test_bad_responses_are_classified(host, tmp_path, path, error):
    dest = tmp_path / "v.mp4"
    with pytest.raises(error):
        fetch(f"{host.url}{path}", dest)
    assert not dest.exists() and not list(tmp_path.iterdir())


def test_size_cap_is_enforced_while_streaming(host, tmp_path):
    with pytest.raises(BadOutput, match="larger"):
        fetch(f"{host.url}/huge.mp4", tmp_path / "v.mp4", max_bytes=len(VIDEO) + 1000)
    assert not list(tmp_path.iterdir())


def test_slow_server_hits_the_deadline(host, tmp_path):
    with pytest.raises(Retryable):
        fetch(f"{host.url}/slow.mp4", tmp_path / "v.mp4", timeout_s=0.2)


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/video.mp4",  # not https
        "https://127.0.0.1/video.mp4",
        "https://10.1.2.3/video.mp4",
        "https://192.168.0.10/video.mp4",
        "https://172.16.5.4/video.mp4",
        "https://169.254.169.254/latest/meta-data",  # cloud metadata
        "https://[::1]/video.mp4",
        "https://[::ffff:127.0.0.1]/video.mp4",
        "https://[fd00::1]/video.mp4",
        "https://0.0.0.0/video.mp4",
        "https://localhost/video.mp4",
        "ftp://example.com/video.mp4",
    ],
)
def test_ssrf_guard_rejects_unsafe_urls(url):
    with pytest.raises(UnsafeURL):
        check_url_is_safe(url, allow_private=False)


def test_ssrf_guard_rejects_before_connecting(host, tmp_path):
    port = host.url.rsplit(":", 1)[1]
    before = len(host.requests)
    with pytest.raises(UnsafeURL):
        download_video(
            f"https://127.0.0.1:{port}/ok.mp4",
            tmp_path / "v.mp4",
            max_bytes=1_000_000,
            timeout_s=2,
            allow_private=False,
        )
    with pytest.raises(UnsafeURL):
        download_video(f"{host.url}/ok.mp4", tmp_path / "v.mp4", max_bytes=1_000_000, timeout_s=2)
    assert len(host.requests) == before


def test_public_https_literal_passes_the_guard():
    check_url_is_safe("https://8.8.8.8/video.mp4", allow_private=False)


def test_sniffer_knows_mp4_and_webm():
    assert sniff_container(VIDEO[:16]) == "mp4"
    assert sniff_container(b"\x1a\x45\xdf\xa3" + b"\0" * 12) == "webm"
    assert sniff_container(b"<html><body>....") is None


def test_verify_rejects_corrupt_wrong_shape_and_short_videos(tmp_path):
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(corrupt_mp4())
    with pytest.raises(BadOutput, match="damaged"):
        verify_video(bad)
    good = tmp_path / "good.mp4"
    good.write_bytes(VIDEO)
    with pytest.raises(BadOutput, match="shape"):
        verify_video(good, VideoExpectation(aspect=16 / 9))
    with pytest.raises(BadOutput, match="shorter"):
        verify_video(good, VideoExpectation(min_duration_s=5.0))


def test_orientation_only_check_tolerates_snapped_ratios(tmp_path):
    good = tmp_path / "good.mp4"
    good.write_bytes(VIDEO)  # 72x128 portrait
    verify_video(good, VideoExpectation(aspect=4 / 5, orientation_only=True))
    verify_video(good, VideoExpectation(aspect=1.0, orientation_only=True))
    with pytest.raises(BadOutput, match="shape"):
        verify_video(good, VideoExpectation(aspect=16 / 9, orientation_only=True))
