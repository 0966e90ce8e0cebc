"""Cancel at frame granularity: render() asks should_stop once per frame and stops there,
leaving no clip and no poster behind."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from engine.motion.engine import render
from engine.motion.errors import MotionError, RenderCanceled
from engine.spec import CameraMove, EffectKind, GenerationSpec, RegionEffect, Resolution

# Heavy enough that a cancel matters: 10 s at 30 fps, 1080p, an overlay and a region effect.
LONG = GenerationSpec(
    camera=CameraMove.PUSH_IN,
    duration_s=10.0,
    fps=30,
    resolution=Resolution.P1080,
    effects=(RegionEffect(EffectKind.SNOW), RegionEffect(EffectKind.SWAY)),
)


class FrameCounter:
    """A filter that counts the frames that reach the encoder."""

    def __init__(self) -> None:
        self.frames = 0

    def apply_bgr(self, frame: np.ndarray, index: int) -> None:
        self.frames += 1

    def apply_yuv420(self, i420: np.ndarray, index: int) -> None:
        return None


class StopAfter:
    """should_stop that answers True from its `calls`-th call on."""

    def __init__(self, calls: int) -> None:
        self.limit = calls
        self.calls = 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.calls >= self.limit


def test_cancel_mid_render_stops_within_a_frame_and_leaves_no_file(
    tmp_path: Path, photos: dict[str, Path]
) -> None:
    counter = FrameCounter()
    stop = StopAfter(8)  # start, after preparing, then before frames 0..5: stop at frame 5
    out, poster = tmp_path / "c.mp4", tmp_path / "c.jpg"
    with pytest.raises(RenderCanceled, match="canceled") as caught:
        render(
            source=photos["astronaut"],
            spec=LONG,
            out_path=out,
            poster_path=poster,
            filters=[counter],
            should_stop=stop,
        )
    assert isinstance(caught.value, MotionError) and caught.value.code == "render_canceled"
    assert counter.frames == 5  # of 300: nothing reached the encoder after the stop
    assert stop.calls == 8  # and nothing asked again
    assert not out.exists() and not poster.exists()
    assert list(tmp_path.iterdir()) == []


def test_cancel_before_the_start_does_no_work(tmp_path: Path, photos: dict[str, Path]) -> None:
    counter = FrameCounter()
    with pytest.raises(RenderCanceled):
        render(
            source=photos["astronaut"],
            spec=LONG,
            out_path=tmp_path / "c.mp4",
            filters=[counter],
            should_stop=lambda: True,
        )
    assert counter.frames == 0
    assert list(tmp_path.iterdir()) == []


def test_should_stop_is_asked_once_per_frame(tmp_path: Path, photos: dict[str, Path]) -> None:
    spec = GenerationSpec(duration_s=2.0, resolution=Resolution.P540)
    stop = StopAfter(10_000)
    result = render(
        source=photos["coffee"], spec=spec, out_path=tmp_path / "ok.mp4", should_stop=stop
    )
    assert result.out_path.exists()
    assert stop.calls == spec.frame_count + 2  # + before the start and after preparing
