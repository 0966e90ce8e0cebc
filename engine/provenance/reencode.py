"""Labelling and watermarking a clip that was rendered elsewhere (remote providers).

The embedded engine runs the filters inside its own render, so they cost only their
per-frame time. A remote provider's clip is decoded and re-encoded once: brought to the
ordered frame size (scaled to cover, centre-cropped) with the filters burnt in, in one pass.
Audio is not carried over: Stillmotion clips are silent.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np

from engine.motion.encode import ClipEncoder, FrameFilter, decode_bgr_frames, probe
from engine.motion.errors import MotionError
from engine.provenance.errors import ProvenanceError


def _cover(frame: np.ndarray, width: int, height: int) -> np.ndarray:
    h, w = frame.shape[:2]
    if (w, h) == (width, height):
        return frame
    scale = max(width / w, height / h)
    size = (max(width, round(w * scale)), max(height, round(h * scale)))
    resized = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
    x, y = (size[0] - width) // 2, (size[1] - height) // 2
    return resized[y : y + height, x : x + width]


def apply_provenance_filters(
    src: Path,
    dst: Path,
    filters: Sequence[FrameFilter],
    *,
    size: tuple[int, int] | None = None,
    crf: int = 23,
    preset: str = "veryfast",
) -> None:
    """Decode `src`, bring each frame to `size` (default: the source's), run the filters on
    it and encode `dst` (H.264 MP4). The frame rate is rounded to a whole number (the
    encoder's time base is 1/fps)."""
    try:
        info = probe(src)
        width, height = size or (info.width, info.height)
        if width % 2 or height % 2:
            raise ProvenanceError(
                f"The clip {Path(src).name} is {width}x{height}; H.264 needs even sides. Ask "
                "the provider for a standard size."
            )
        fps = max(1, round(info.fps or 24))
        with ClipEncoder(
            Path(dst), width=width, height=height, fps=fps, crf=crf, preset=preset, filters=filters
        ) as encoder:
            for frame in decode_bgr_frames(src):
                encoder.write(_cover(frame, width, height))
    except MotionError as exc:
        raise ProvenanceError(
            f"The provider's clip {Path(src).name} could not be labelled: {exc}"
        ) from exc
