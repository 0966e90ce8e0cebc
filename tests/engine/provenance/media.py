"""Small media helpers for the provenance tests: frames from a real photo, PyAV transcodes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import av
import cv2
import numpy as np
from skimage import data

from engine.motion.encode import ClipEncoder, FrameFilter


def photo_bgr() -> np.ndarray:
    return cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)


def moving_frames(width: int, height: int, count: int, seed_image=None) -> Iterator[np.ndarray]:
    """A slow diagonal pan over a real photo (content moves, like a Ken Burns clip)."""
    img = photo_bgr() if seed_image is None else seed_image
    side = int(max(width, height) * 1.1) + 2 * count
    big = cv2.resize(img, (side, side), interpolation=cv2.INTER_AREA)
    for i in range(count):
        yield np.ascontiguousarray(big[i : i + height, 2 * i : 2 * i + width])


def encode_clip(
    path: Path,
    frames: Iterator[np.ndarray],
    *,
    width: int,
    height: int,
    filters: Sequence[FrameFilter] = (),
) -> Path:
    with ClipEncoder(path, width=width, height=height, fps=24, filters=filters) as enc:
        for frame in frames:
            enc.write(frame)
    return path


def transcode(
    src: Path, dst: Path, *, crf: int, size: tuple[int, int] | None = None, fmt: str = "mp4"
) -> Path:
    """Re-encode with libx264 (optionally rescaled), as a re-uploader would."""
    with av.open(str(src)) as ic, av.open(str(dst), "w", format=fmt) as oc:
        ist = ic.streams.video[0]
        ost = oc.add_stream("libx264", rate=24, options={"crf": str(crf), "preset": "veryfast"})
        ost.width, ost.height = size or (ist.codec_context.width, ist.codec_context.height)
        ost.pix_fmt = "yuv420p"
        for frame in ic.decode(ist):
            frame = frame.reformat(width=ost.width, height=ost.height, format="yuv420p")
            frame.pts = None
            for packet in ost.encode(frame):
                oc.mux(packet)
        for packet in ost.encode(None):
            oc.mux(packet)
    return dst


def remux(src: Path, dst: Path, *, fmt: str) -> Path:
    """Copy the packets into another container (no re-encode), like `ffmpeg -c copy`."""
    with av.open(str(src)) as ic, av.open(str(dst), "w", format=fmt) as oc:
        ist = ic.streams.video[0]
        ost = oc.add_stream_from_template(ist)
        for packet in ic.demux(ist):
            if packet.dts is None:
                continue
            packet.stream = ost
            oc.mux(packet)
    return dst
