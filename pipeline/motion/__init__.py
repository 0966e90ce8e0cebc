"""Stillmotion's embedded image-to-video engine (numpy + OpenCV + PyAV, no Django).

result = render(source=photo_path, spec=spec, out_path=clip_path, poster_path=jpg_path)
"""

from __future__ import annotations

from pipeline.motion.encode import (
    ClipEncoder,
    FrameFilter,
    VideoInfo,
    decode_bgr_frames,
    decode_i420_frames,
    probe,
    write_poster,
)
from pipeline.motion.engine import RenderResult, render
from pipeline.motion.errors import (
    DecodeError,
    EncodeError,
    ImageTooLarge,
    ImageTooSmall,
    MotionError,
    UnreadableImage,
)
from pipeline.motion.image import load_bgr, normalize_pil

__all__ = [
    "ClipEncoder",
    "DecodeError",
    "EncodeError",
    "FrameFilter",
    "ImageTooLarge",
    "ImageTooSmall",
    "MotionError",
    "RenderResult",
    "UnreadableImage",
    "VideoInfo",
    "decode_bgr_frames",
    "decode_i420_frames",
    "load_bgr",
    "normalize_pil",
    "probe",
    "render",
    "write_poster",
]
