"""Labelling and watermarking a clip that was rendered elsewhere (remote providers).

The embedded engine runs the filters inside its own render, so they cost only their
per-frame time. A remote provider's clip has to be decoded and re-encoded once.
Audio is not carried over: Stillmotion clips are silent.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from engine.motion.encode import ClipEncoder, FrameFilter, decode_bgr_frames, probe
from engine.motion.errors import MotionError
from engine.provenance.errors import ProvenanceError


def apply_provenance_filters(
    src: Path,
    dst: Path,
    filters: Sequence[FrameFilter],
    *,
    crf: int = 23,
    preset: str = "veryfast",
) -> None:
    """Decode `src`, run the filters on every frame and encode `dst` (H.264 MP4).

    Build the filters for the source's size (`pipeline.motion.encode.probe(src)`).
    The frame rate is rounded to a whole number (the encoder's time base is 1/fps).
    """
    try:
        info = probe(src)
        if info.width % 2 or info.height % 2:
            raise ProvenanceError(
                f"The clip {Path(src).name} is {info.width}x{info.height}; H.264 needs even "
                "sides. Ask the provider for a standard size."
            )
        fps = max(1, round(info.fps or 24))
        with ClipEncoder(
            Path(dst),
            width=info.width,
            height=info.height,
            fps=fps,
            crf=crf,
            preset=preset,
            filters=filters,
        ) as encoder:
            for frame in decode_bgr_frames(src):
                encoder.write(frame)
    except MotionError as exc:
        raise ProvenanceError(
            f"The provider's clip {Path(src).name} could not be labelled: {exc}"
        ) from exc
