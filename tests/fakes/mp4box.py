"""Small MP4-shaped files for the publishing fakes, and a probe that reads them back.

`make_clip` writes just enough ISO-BMFF for a platform to judge a clip without decoding it:
an `ftyp` box, a `moov` with `mvhd` (duration) and one `trak/tkhd` (width, height), then an
`mdat` padded to the size asked for (TikTok's chunk rules need files of several MB).
`probe` reads those boxes from any MP4, including real ones.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

_MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _mvhd(duration_ms: int) -> bytes:
    payload = (
        struct.pack(">B3xIIII", 0, 0, 0, 1000, duration_ms)  # version, times, timescale
        + struct.pack(">IH10x", 0x10000, 0x100)  # rate 1.0, volume 1.0
        + _MATRIX
        + bytes(24)
        + struct.pack(">I", 2)  # next track id
    )
    return _box(b"mvhd", payload)


def _tkhd(duration_ms: int, width: int, height: int) -> bytes:
    payload = (
        struct.pack(">B3BIIIII", 0, 0, 0, 3, 0, 0, 1, 0, duration_ms)
        + bytes(8)
        + struct.pack(">hhhH", 0, 0, 0, 0)
        + _MATRIX
        + struct.pack(">II", width << 16, height << 16)
    )
    return _box(b"tkhd", payload)


def make_clip(
    *,
    duration_s: float = 5.0,
    width: int = 720,
    height: int = 1280,
    size: int = 200_000,
    ftyp: bool = True,
    moov_first: bool = True,
) -> bytes:
    """An MP4-shaped file of exactly `size` bytes (at least the headers' length)."""
    ms = round(duration_s * 1000)
    head = _box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2avc1mp41") if ftyp else b""
    moov = _box(b"moov", _mvhd(ms) + _box(b"trak", _tkhd(ms, width, height)))
    used = len(head) + len(moov) + 8
    # A repeating non-zero pattern, so a chunk sent at the wrong offset is noticed.
    pattern = bytes(range(251))
    filler = (pattern * (max(0, size - used) // len(pattern) + 1))[: max(0, size - used)]
    mdat = _box(b"mdat", filler)
    return head + (moov + mdat if moov_first else mdat + moov)


@dataclass(frozen=True)
class ClipInfo:
    duration_s: float
    width: int
    height: int
    moov_first: bool

    @property
    def aspect(self) -> float:
        return self.width / self.height if self.height else 0.0


def _boxes(data: bytes, start: int = 0, end: int | None = None):  # type: ignore[no-untyped-def]
    end = len(data) if end is None else end
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        header = 8
        if size == 1:
            size = struct.unpack(">Q", data[pos + 8 : pos + 16])[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header:
            return
        yield kind, pos + header, min(pos + size, end)
        pos += size


def probe(data: bytes) -> ClipInfo | None:
    """Duration and picture size from `mvhd` / `tkhd`; None when it is not an MP4."""
    top = list(_boxes(data))
    if not top or top[0][0] != b"ftyp":
        return None
    kinds = [k for k, _, _ in top]
    if b"moov" not in kinds:
        return None
    moov_first = b"mdat" not in kinds or kinds.index(b"moov") < kinds.index(b"mdat")
    _, ms, me = top[kinds.index(b"moov")]
    duration_s, width, height = 0.0, 0, 0
    for kind, s, e in _boxes(data, ms, me):
        if kind == b"mvhd":
            version = data[s]
            if version == 1:
                timescale, duration = struct.unpack(">IQ", data[s + 20 : s + 32])
            else:
                timescale, duration = struct.unpack(">II", data[s + 12 : s + 20])
            duration_s = duration / timescale if timescale else 0.0
        elif kind == b"trak" and not width:
            for sub, ts, te in _boxes(data, s, e):
                if sub == b"tkhd":
                    w, h = struct.unpack(">II", data[te - 8 : te])
                    width, height = w >> 16, h >> 16
    return ClipInfo(duration_s, width, height, moov_first)
