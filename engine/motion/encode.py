"""H.264 encoding and decoding with PyAV, plus the FrameFilter hook.

Frames stream through `ClipEncoder.write` one at a time: BGR filters run on the BGR frame,
OpenCV converts it to I420 (faster than swscale) into a buffer reused for every frame, YUV
filters run on that buffer, and libx264 encodes it straight from there (the AVFrame wraps the
numpy memory; x264 copies the picture into its own pool before `encode` returns, so the buffer
is free again for the next frame). Nothing holds the whole clip in memory.

Colour: OpenCV's BGR->I420 conversion is BT.601 limited range (Y in 16..235), so the stream
is tagged that way (matrix smpte170m, range tv, primaries/transfer BT.709 = sRGB's) and the
decoder helpers convert back with the inverse OpenCV conversion.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from types import TracebackType
from typing import Protocol, runtime_checkable

import av
import cv2
import numpy as np

from engine.motion.errors import DecodeError, EncodeError

# FFmpeg enum values (libavutil/pixfmt.h) used to tag the stream.
_AVCOL_PRI_BT709 = 1
_AVCOL_TRC_BT709 = 1
_AVCOL_SPC_SMPTE170M = 6
_AVCOL_RANGE_MPEG = 1

DEFAULT_CRF = 23
DEFAULT_PRESET = "veryfast"


@runtime_checkable
class FrameFilter(Protocol):
    """Something that marks frames in place (a visible label, an invisible watermark...).

    Both methods are called for every frame; a filter that only works on one colour
    representation makes the other a no-op.
    """

    def apply_bgr(self, frame: np.ndarray, index: int) -> None:
        """Modify `frame` (H x W x 3 uint8 BGR) in place."""
        ...

    def apply_yuv420(self, i420: np.ndarray, index: int) -> None:
        """Modify `i420` ((H*3//2) x W uint8: Y plane, then U, then V) in place."""
        ...


@runtime_checkable
class PlacedFilter(Protocol):
    """A filter that wants to know where the subject's faces are before the first frame
    (a visible label that must not cover them). `render` calls `place` once, with the face
    boxes (x, y, w, h) mapped through frame 0's camera into output pixels."""

    def place(
        self,
        boxes_in_frame: Sequence[tuple[float, float, float, float]],
        frame_size: tuple[int, int],
    ) -> None: ...


@dataclass(frozen=True)
class VideoInfo:
    width: int
    height: int
    frames: int
    duration_s: float
    fps: float
    codec: str
    pix_fmt: str
    profile: str
    format_name: str


def _x264_threads() -> int:
    """Encoder threads: libx264's own default (1.5 x cores) oversubscribes a small box
    while the frame producer also needs a core, so cap it at the cores we have."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, 4))


class ClipEncoder:
    """Context manager that encodes BGR frames to an MP4 (H.264 High, yuv420p, faststart).

    Frames passed to `write` may be modified in place by the filters.
    """

    def __init__(
        self,
        out_path: Path,
        *,
        width: int,
        height: int,
        fps: int,
        crf: int = DEFAULT_CRF,
        preset: str = DEFAULT_PRESET,
        filters: Sequence[FrameFilter] = (),
        threads: int | None = None,
    ) -> None:
        if width % 2 or height % 2 or width <= 0 or height <= 0:
            raise EncodeError(
                f"The clip size {width}x{height} is not valid for H.264 yuv420p; "
                "both sides must be positive and even."
            )
        self.out_path = Path(out_path)
        self.width = width
        self.height = height
        self.fps = fps
        self.crf = crf
        self.preset = preset
        self.filters = tuple(filters)
        self.threads = threads if threads is not None else _x264_threads()
        self.frames_written = 0
        # A copy of frame 0 after the BGR filters, so a poster shows the same label.
        self.first_frame_bgr: np.ndarray | None = None
        self._container: av.container.OutputContainer | None = None
        self._stream: av.VideoStream | None = None
        self._time_base = Fraction(1, fps)
        # Reused I420 buffer for `write`: a fresh 1.4 MB array per frame costs more in page
        # faults than the colour conversion itself.
        self._i420 = np.empty((height * 3 // 2, width), np.uint8)

    # -- context manager ---------------------------------------------------------------
    def __enter__(self) -> ClipEncoder:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    # -- lifecycle ---------------------------------------------------------------------
    def open(self) -> None:
        self.out_path.parent.mkdir(parents=True, exist_ok=True)
        container = av.open(
            str(self.out_path), mode="w", format="mp4", options={"movflags": "+faststart"}
        )
        stream = container.add_stream(
            "libx264",
            rate=self.fps,
            options={
                "crf": str(self.crf),
                "preset": self.preset,
                "profile": "high",
                "threads": str(self.threads),
            },
        )
        stream.width = self.width
        stream.height = self.height
        stream.pix_fmt = "yuv420p"
        stream.time_base = self._time_base
        ctx = stream.codec_context
        ctx.color_range = _AVCOL_RANGE_MPEG
        ctx.colorspace = _AVCOL_SPC_SMPTE170M
        ctx.color_primaries = _AVCOL_PRI_BT709
        ctx.color_trc = _AVCOL_TRC_BT709
        self._container = container
        self._stream = stream

    def write(self, frame_bgr: np.ndarray) -> None:
        """Filter, convert and encode one frame (H x W x 3 uint8 BGR)."""
        if self._container is None or self._stream is None:
            raise EncodeError("The encoder is not open; use ClipEncoder as a context manager.")
        if frame_bgr.shape != (self.height, self.width, 3) or frame_bgr.dtype != np.uint8:
            raise EncodeError(
                f"A frame of shape {frame_bgr.shape} ({frame_bgr.dtype}) was given to an encoder "
                f"for {self.width}x{self.height} uint8 BGR frames."
            )
        index = self.frames_written
        for f in self.filters:
            f.apply_bgr(frame_bgr, index)
        if index == 0:
            self.first_frame_bgr = frame_bgr.copy()
        i420 = cv2.cvtColor(frame_bgr, cv2.COLOR_BGR2YUV_I420, dst=self._i420)
        for f in self.filters:
            f.apply_yuv420(i420, index)
        self.write_i420(i420, _filtered=True)

    def write_i420(self, i420: np.ndarray, *, _filtered: bool = False) -> None:
        """Encode one ready I420 frame; YUV filters run unless the caller already ran them."""
        assert self._container is not None and self._stream is not None
        if i420.shape != (self.height * 3 // 2, self.width):
            raise EncodeError(f"An I420 buffer of shape {i420.shape} does not match the clip.")
        index = self.frames_written
        if not _filtered:
            for f in self.filters:
                f.apply_yuv420(i420, index)
        if i420.dtype == np.uint8 and i420.flags.c_contiguous:
            # No copy: the frame points at the buffer, which libx264 copies during encode.
            frame = av.VideoFrame.from_numpy_buffer(i420, format="yuv420p")
        else:
            frame = av.VideoFrame.from_ndarray(i420, format="yuv420p")
        frame.pts = index
        frame.time_base = self._time_base
        frame.color_range = _AVCOL_RANGE_MPEG
        frame.colorspace = _AVCOL_SPC_SMPTE170M
        try:
            for packet in self._stream.encode(frame):
                self._container.mux(packet)
        except av.FFmpegError as exc:
            raise EncodeError(f"The H.264 encoder failed on frame {index}: {exc}") from exc
        self.frames_written += 1

    def close(self) -> None:
        """Flush the encoder and finish the file (moov moved to the front)."""
        if self._container is None or self._stream is None:
            return
        try:
            for packet in self._stream.encode(None):
                self._container.mux(packet)
        except av.FFmpegError as exc:
            self.abort()
            raise EncodeError(f"The H.264 encoder failed while finishing the clip: {exc}") from exc
        self._container.close()
        self._container = None
        self._stream = None
        if self.frames_written == 0:
            self.out_path.unlink(missing_ok=True)
            raise EncodeError("No frames were written, so no clip was made.")

    def abort(self) -> None:
        """Close without caring about the result and remove the partial file."""
        if self._container is not None:
            with contextlib.suppress(Exception):
                self._container.close()
        self._container = None
        self._stream = None
        self.out_path.unlink(missing_ok=True)


# -- decoding ----------------------------------------------------------------------------
def _open_for_reading(path: Path) -> av.container.InputContainer:
    try:
        return av.open(str(path), mode="r")
    except (av.FFmpegError, FileNotFoundError) as exc:
        raise DecodeError(f"The video {Path(path).name} could not be opened: {exc}") from exc


def decode_i420_frames(path: Path, *, step: int = 1) -> Iterator[np.ndarray]:
    """Yield every `step`-th frame as an I420 buffer ((H*3//2) x W uint8)."""
    if step < 1:
        raise ValueError("step must be >= 1")
    container = _open_for_reading(path)
    try:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        for n, frame in enumerate(container.decode(stream)):
            if n % step:
                continue
            if frame.format.name != "yuv420p":
                frame = frame.reformat(format="yuv420p")
            yield frame.to_ndarray()
    except av.FFmpegError as exc:
        raise DecodeError(f"The video {Path(path).name} could not be decoded: {exc}") from exc
    finally:
        container.close()


def decode_bgr_frames(path: Path, *, step: int = 1) -> Iterator[np.ndarray]:
    """Yield every `step`-th frame as H x W x 3 uint8 BGR (inverse of the encoder's colour)."""
    for i420 in decode_i420_frames(path, step=step):
        yield cv2.cvtColor(i420, cv2.COLOR_YUV2BGR_I420)


def probe(path: Path) -> VideoInfo:
    """Facts about the first video stream of a file, read from the container."""
    container = _open_for_reading(path)
    try:
        if not container.streams.video:
            raise DecodeError(f"The file {Path(path).name} has no video stream.")
        stream = container.streams.video[0]
        ctx = stream.codec_context
        frames = int(stream.frames or 0)
        if frames == 0:  # containers without a frame count: count packets
            frames = sum(1 for p in container.demux(stream) if p.size)
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        else:
            duration = float(container.duration or 0) / av.time_base
        rate = stream.average_rate or stream.base_rate or stream.guessed_rate
        return VideoInfo(
            width=ctx.width,
            height=ctx.height,
            frames=frames,
            duration_s=duration,
            fps=float(rate) if rate else 0.0,
            codec=ctx.name,
            pix_fmt=ctx.pix_fmt or "",
            profile=ctx.profile or "",
            format_name=container.format.name,
        )
    finally:
        container.close()


def write_poster(frame_bgr: np.ndarray, path: Path, *, quality: int = 88) -> Path:
    """Save a frame as a baseline JPEG poster."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    ok, data = cv2.imencode(".jpg", frame_bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise EncodeError(f"The poster image {path.name} could not be encoded.")
    path.write_bytes(data.tobytes())
    return path
