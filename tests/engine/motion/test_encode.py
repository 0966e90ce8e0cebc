from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from engine.motion.encode import (
    ClipEncoder,
    FrameFilter,
    decode_bgr_frames,
    decode_i420_frames,
    probe,
    write_poster,
)
from engine.motion.errors import EncodeError

W, H = 320, 240


def _frames(n: int) -> list[np.ndarray]:
    """A gradient with a moving bar: real content for the encoder."""
    x = np.linspace(0, 255, W, dtype=np.float32)
    y = np.linspace(0, 255, H, dtype=np.float32)[:, None]
    base = np.dstack([np.broadcast_to(x, (H, W)), np.broadcast_to(y, (H, W)), (x + y) / 2])
    out = []
    for i in range(n):
        frame = base.astype(np.uint8).copy()
        frame[:, 10 + i * 4 : 30 + i * 4] = (40, 200, 40)
        out.append(frame)
    return out


class _Recorder:
    """A filter that paints a white square (BGR) and zeroes U in a block (YUV)."""

    def __init__(self) -> None:
        self.bgr_calls: list[int] = []
        self.yuv_calls: list[int] = []

    def apply_bgr(self, frame: np.ndarray, index: int) -> None:
        self.bgr_calls.append(index)
        frame[:32, :32] = 255

    def apply_yuv420(self, i420: np.ndarray, index: int) -> None:
        self.yuv_calls.append(index)
        i420[H : H + 16, W // 2 - 16 : W // 2] = 16  # U plane, bottom-right area rows


def test_clip_is_h264_high_yuv420p_with_right_count_and_duration(tmp_path: Path) -> None:
    out = tmp_path / "clip.mp4"
    with ClipEncoder(out, width=W, height=H, fps=24) as enc:
        for frame in _frames(48):
            enc.write(frame)
    info = probe(out)
    assert (info.width, info.height, info.frames) == (W, H, 48)
    assert info.codec == "h264" and info.pix_fmt == "yuv420p" and info.profile == "High"
    assert info.duration_s == pytest.approx(2.0, abs=0.01)
    assert info.fps == pytest.approx(24.0)
    assert "mp4" in info.format_name


def test_faststart_puts_moov_before_mdat(tmp_path: Path) -> None:
    out = tmp_path / "clip.mp4"
    with ClipEncoder(out, width=W, height=H, fps=30) as enc:
        for frame in _frames(10):
            enc.write(frame)
    data = out.read_bytes()
    assert data[4:8] == b"ftyp"
    assert 0 < data.find(b"moov") < data.find(b"mdat")


def test_decoded_frames_match_what_was_encoded(tmp_path: Path) -> None:
    out = tmp_path / "clip.mp4"
    frames = _frames(12)
    with ClipEncoder(out, width=W, height=H, fps=24, crf=18) as enc:
        for frame in frames:
            enc.write(frame.copy())
    decoded = list(decode_bgr_frames(out))
    assert len(decoded) == 12
    for a, b in zip(frames, decoded, strict=True):
        assert np.abs(a.astype(int) - b.astype(int)).mean() < 3  # colour round trip is exact-ish
    assert len(list(decode_bgr_frames(out, step=5))) == 3
    assert next(iter(decode_i420_frames(out))).shape == (H * 3 // 2, W)


def test_filters_run_in_order_on_every_frame_and_show_in_the_clip(tmp_path: Path) -> None:
    out = tmp_path / "clip.mp4"
    recorder = _Recorder()
    assert isinstance(recorder, FrameFilter)
    with ClipEncoder(out, width=W, height=H, fps=24, filters=[recorder]) as enc:
        for frame in _frames(6):
            enc.write(frame)
    assert recorder.bgr_calls == list(range(6))
    assert recorder.yuv_calls == list(range(6))
    first = next(iter(decode_i420_frames(out)))
    assert first[:32, :32].mean() > 225  # the white square, luma
    assert first[H : H + 16, W // 2 - 16 : W // 2].mean() < 40  # the zeroed chroma block
    assert enc.first_frame_bgr is not None and (enc.first_frame_bgr[:32, :32] == 255).all()


def test_wrong_frame_size_and_odd_sizes_are_errors(tmp_path: Path) -> None:
    with pytest.raises(EncodeError, match="even"):
        ClipEncoder(tmp_path / "odd.mp4", width=321, height=240, fps=24)
    out = tmp_path / "bad.mp4"
    with (
        pytest.raises(EncodeError, match="shape"),
        ClipEncoder(out, width=W, height=H, fps=24) as enc,
    ):
        enc.write(np.zeros((H, W + 2, 3), np.uint8))
    assert not out.exists()  # a failed encode leaves no partial file


def test_failure_inside_the_block_removes_the_partial_file(tmp_path: Path) -> None:
    out = tmp_path / "partial.mp4"
    with pytest.raises(RuntimeError), ClipEncoder(out, width=W, height=H, fps=24) as enc:
        enc.write(_frames(1)[0])
        raise RuntimeError("producer died")
    assert not out.exists()


def test_poster_is_a_jpeg_of_the_frame(tmp_path: Path) -> None:
    frame = _frames(1)[0]
    path = write_poster(frame, tmp_path / "poster.jpg")
    assert path.read_bytes()[:2] == b"\xff\xd8"
    back = cv2.imread(str(path))
    assert back.shape == frame.shape
    assert np.abs(back.astype(int) - frame.astype(int)).mean() < 4
