"""Fetch a vendor's result video safely, then prove it is a video.

The URL comes from a third party, so it is treated as hostile: https only, no private,
loopback or link-local addresses (checked on every redirect hop and again on the socket we
actually connected to, so DNS rebinding does not get through), a streamed size cap, a
whole-download deadline, a content-type allow-list and a container sniff.
"""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from engine.motion.encode import VideoInfo, decode_i420_frames, probe
from engine.motion.errors import DecodeError
from engine.net import Address, parse_address, resolve, why_not_public
from engine.providers.errors import BadOutput, Retryable, short_text

MAX_REDIRECTS = 3
_CHUNK = 64 * 1024
_ALLOWED_TYPES = {
    "video/mp4",
    "video/quicktime",
    "video/webm",
    "application/octet-stream",
    "binary/octet-stream",
    "application/mp4",
}


class UnsafeURL(BadOutput):
    """The result URL points somewhere we refuse to fetch from."""


@dataclass(frozen=True)
class VideoExpectation:
    aspect: float | None = None  # width / height
    aspect_tolerance: float = 0.06  # relative
    orientation_only: bool = False  # only portrait / landscape / square must match
    min_duration_s: float = 0.0
    min_short_side: int = 16


def _bad(message: str, detail: str) -> BadOutput:
    return BadOutput(message, detail=detail)


def check_url_is_safe(url: str, *, allow_private: bool) -> None:
    """Raise UnsafeURL unless `url` is https to public addresses only. With
    `allow_private` (tests, local development) http and any address are accepted."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise UnsafeURL(
            "The provider sent a result link we cannot use.", detail=f"bad URL: {url[:200]}"
        )
    if allow_private:
        return
    if parts.scheme != "https":
        raise UnsafeURL(
            "The provider sent an insecure (non-HTTPS) result link, so we did not fetch it.",
            detail=f"non-https URL: {url[:200]}",
        )
    for ip in _resolve(parts.hostname, parts.port or 443):
        if why_not_public(ip):
            raise UnsafeURL(
                "The provider's result link points to a private network address, so we "
                "did not fetch it.",
                detail=f"{parts.hostname} resolves to {ip}",
            )


def _resolve(host: str, port: int) -> list[Address]:
    try:
        return resolve(host, port)
    except (socket.gaierror, UnicodeError) as exc:
        raise Retryable(
            "We could not look up the provider's download server. We will try again.",
            detail=f"DNS {host}: {exc}",
        ) from exc


def _check_peer(response: httpx.Response, *, allow_private: bool) -> None:
    """The address we really connected to must be public too (defeats DNS rebinding)."""
    if allow_private:
        return
    stream = response.extensions.get("network_stream")
    addr = stream.get_extra_info("server_addr") if stream is not None else None
    if addr and why_not_public(parse_address(str(addr[0]))):
        raise UnsafeURL(
            "The provider's result link points to a private network address, so we did "
            "not fetch it.",
            detail=f"connected to {addr[0]}",
        )


def sniff_container(head: bytes) -> str | None:
    """'mp4' (ISO BMFF, also MOV), 'webm' (Matroska/EBML) or None."""
    if len(head) >= 8 and head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip"):
        return "mp4"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "webm"
    return None


def download_video(
    url: str,
    dest: Path,
    *,
    max_bytes: int,
    timeout_s: float,
    allow_private: bool = False,
    client: httpx.Client | None = None,
) -> Path:
    """Stream `url` to `dest` (written atomically); returns `dest`.

    Raises BadOutput (404, too large, not a video, unsafe URL) or Retryable (timeouts,
    5xx, connection problems).
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout_s
    own_client = client is None
    http = client or httpx.Client(timeout=min(30.0, timeout_s), follow_redirects=False)
    try:
        for _ in range(MAX_REDIRECTS + 1):
            check_url_is_safe(url, allow_private=allow_private)
            next_url = _fetch_one(
                http, url, dest, max_bytes=max_bytes, deadline=deadline, allow_private=allow_private
            )
            if next_url is None:
                return dest
            url = next_url
        raise _bad("The provider's result link redirected too many times.", f"last: {url[:200]}")
    finally:
        if own_client:
            http.close()


def _fetch_one(
    http: httpx.Client,
    url: str,
    dest: Path,
    *,
    max_bytes: int,
    deadline: float,
    allow_private: bool,
) -> str | None:
    """Download one hop; return the redirect target if the server redirected."""
    try:
        with http.stream("GET", url, headers={"Accept": "video/*"}) as response:
            _check_peer(response, allow_private=allow_private)
            if response.status_code in (301, 302, 303, 307, 308):
                location = response.headers.get("Location")
                if not location:
                    raise _bad("The provider's result link is broken.", "redirect without Location")
                return urljoin(url, location)
            _check_status(response, url)
            _check_headers(response, max_bytes=max_bytes)
            _stream_to_file(response, dest, max_bytes=max_bytes, deadline=deadline)
            return None
    except httpx.TimeoutException as exc:
        raise Retryable(
            "Downloading the clip from the provider timed out. We will try again.",
            detail=f"GET {url[:200]}: {type(exc).__name__}",
        ) from exc
    except httpx.TransportError as exc:
        raise Retryable(
            "The download of the clip was interrupted. We will try again.",
            detail=f"GET {url[:200]}: {type(exc).__name__}: {exc}",
        ) from exc


def _check_status(response: httpx.Response, url: str) -> None:
    status = response.status_code
    if status == 200:
        return
    if status >= 500 or status in (408, 429):
        raise Retryable(
            "The provider's download server had a temporary problem. We will try again.",
            detail=f"GET {url[:200]}: HTTP {status}",
        )
    raise _bad(
        "The provider's result video is no longer available.",
        f"GET {url[:200]}: HTTP {status}",
    )


def _check_headers(response: httpx.Response, *, max_bytes: int) -> None:
    ctype = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if ctype and ctype not in _ALLOWED_TYPES:
        raise _bad("The provider sent something that is not a video.", f"Content-Type {ctype}")
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise _bad(
            "The provider's video is larger than we accept.",
            f"Content-Length {length} > {max_bytes}",
        )


def _stream_to_file(
    response: httpx.Response, dest: Path, *, max_bytes: int, deadline: float
) -> None:
    tmp = dest.with_name(dest.name + ".part")
    size = 0
    head = b""
    try:
        with tmp.open("wb") as fh:
            for chunk in response.iter_bytes(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise _bad(
                        "The provider's video is larger than we accept.",
                        f"more than {max_bytes} bytes",
                    )
                if time.monotonic() > deadline:
                    raise Retryable(
                        "Downloading the clip from the provider took too long. We will try again.",
                        detail="download deadline exceeded",
                    )
                if len(head) < 16:
                    head += chunk[: 16 - len(head)]
                fh.write(chunk)
        if size == 0 or sniff_container(head) is None:
            raise _bad(
                "The provider sent a file that is not a video.",
                f"{size} bytes, starts with {head[:12]!r}",
            )
        tmp.replace(dest)
    finally:
        tmp.unlink(missing_ok=True)


def _orientation(aspect: float) -> str:
    """Portrait, landscape or square (within 15 %)."""
    if aspect < 1 / 1.15:
        return "portrait"
    return "landscape" if aspect > 1.15 else "square"


def verify_video(path: Path, expected: VideoExpectation | None = None) -> VideoInfo:
    """Raise BadOutput unless `path` opens, decodes at least one frame, and matches the
    expected aspect and minimum length; return what the container says about it."""
    expected = expected or VideoExpectation()
    try:
        info = probe(Path(path))
        frames = decode_i420_frames(Path(path))
        try:
            first = next(frames, None)
        finally:
            frames.close()  # closes the container now, not at garbage collection
    except DecodeError as exc:
        raise _bad(
            "The provider's video file is damaged and cannot be played.",
            short_text(str(exc), 300),
        ) from exc
    if first is None or info.width <= 0 or info.height <= 0:
        raise _bad("The provider's video has no frames.", "no decodable frame")
    width, height = info.width, info.height
    if min(width, height) < expected.min_short_side:
        raise _bad("The provider's video is too small.", f"{width}x{height}")
    if expected.aspect is not None:
        aspect = width / height
        if expected.orientation_only:
            # A squarish video is fine either way (vendors snap 4:5 to 1:1); a portrait
            # photo coming back landscape (or the reverse) is not.
            wrong = {_orientation(aspect), _orientation(expected.aspect)} == {
                "portrait",
                "landscape",
            }
        else:
            wrong = abs(aspect / expected.aspect - 1) > expected.aspect_tolerance
        if wrong:
            raise _bad(
                "The provider's video has the wrong shape.",
                f"{width}x{height} (aspect {aspect:.3f}), expected aspect {expected.aspect:.3f}",
            )
    if info.duration_s < expected.min_duration_s:
        raise _bad(
            "The provider's video is shorter than requested.",
            f"{info.duration_s:.2f}s < {expected.min_duration_s:.2f}s",
        )
    return info
