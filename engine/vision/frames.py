"""A clip decoded once for every check that looks at it (QA and the output check).

One pass over the clip keeps two grey copies of every frame, a small one (~256 px, artifact
signals and motion) and a finer one (~512 px, detail: sharpness and texture stability), and
the full BGR of a few evenly spaced frames; the faces on those frames are found once, on first use,
and shared by the identity check and the output moderation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import av
import cv2
import numpy as np

from engine.errors import EngineError
from engine.vision.faces import FaceBox, detect_faces, detect_faces_quick
from engine.vision.resize import shrink

WORK_SIDE = 256  # long side of the grey copies the artifact signals run on
FINE_SIDE = 512  # long side of the grey copies the detail signals run on (never upscaled)
COLOUR_SAMPLES = 5


class UnreadableClip(EngineError):
    """The clip could not be opened or decoded."""

    code = "unreadable_clip"


@dataclass
class DecodedClip:
    width: int
    height: int
    fps: float
    duration_s: float
    grey: list[np.ndarray]  # small uint8 luma, one per frame
    colour: dict[int, np.ndarray]  # full-size BGR of the sampled frames
    fine: list[np.ndarray] = field(default_factory=list)  # finer uint8 luma, one per frame
    _faces: dict[int, list[FaceBox]] = field(default_factory=dict, repr=False)
    _quick_faces: dict[int, list[FaceBox]] = field(default_factory=dict, repr=False)
    face_detections: int = 0  # how many face searches ran on the frames (each pass once)

    @property
    def frames(self) -> int:
        return len(self.grey)

    def faces(self, index: int, *, expect_big_face: bool = False) -> list[FaceBox]:
        """Faces on sampled frame `index`, in that frame's pixels, each pass found once.
        `expect_big_face` (QA's identity check, which looks for the photo's face) may use the
        quick pass; the full pass serves it too once done, but never the other way round: the
        output check must see every face, a small protected one beside a big one included."""
        if index in self._faces:
            return self._faces[index]
        if expect_big_face:
            if index not in self._quick_faces:
                self._quick_faces[index] = detect_faces_quick(self.colour[index])
                self.face_detections += 1
            return self._quick_faces[index]
        self._faces[index] = detect_faces(self.colour[index])
        self.face_detections += 1
        return self._faces[index]


def even_indices(total: int, samples: int) -> list[int]:
    """`samples` indices spread over `total` frames, first and last included."""
    if total <= 0:
        return []
    samples = max(1, min(samples, total))
    return sorted({round(i * (total - 1) / max(1, samples - 1)) for i in range(samples)})


def _luma(frame: av.VideoFrame) -> np.ndarray:
    """The Y plane without copying U and V (PyAV pads lines to `line_size`)."""
    if frame.format.name not in ("yuv420p", "yuvj420p"):
        frame = frame.reformat(format="yuv420p")
    plane = frame.planes[0]
    rows = np.frombuffer(plane, dtype=np.uint8).reshape(frame.height, plane.line_size)
    return rows[:, : frame.width]


def _bgr(frame: av.VideoFrame) -> np.ndarray:
    """Full-size BGR with OpenCV's I420 conversion (faster than swscale's)."""
    if frame.format.name != "yuv420p" or frame.width % 2 or frame.height % 2:
        return frame.to_ndarray(format="bgr24")
    return cv2.cvtColor(frame.to_ndarray(), cv2.COLOR_YUV2BGR_I420)


def work_size(width: int, height: int, side: int) -> tuple[int, int]:
    scale = side / float(max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def luma_copies(luma: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The fine and the small grey copy of one full-size luma plane (full size -> fine ->
    small: the second shrink reads 4x fewer pixels). Anything compared with the frames (the
    photo, for one) goes the same way, so both sides are filtered alike."""
    height, width = luma.shape[:2]
    fine_size = work_size(width, height, min(FINE_SIDE, max(width, height)))
    detail = luma.copy() if fine_size == (width, height) else shrink(luma, fine_size)
    small = cv2.resize(detail, work_size(width, height, WORK_SIDE), interpolation=cv2.INTER_AREA)
    return detail, small


def decode_clip(
    path: Path, *, colour_samples: int = COLOUR_SAMPLES, expected_frames: int = 0
) -> DecodedClip:
    path = Path(path)
    try:
        container = av.open(str(path))
    except (av.FFmpegError, FileNotFoundError) as exc:
        raise UnreadableClip(
            f"The clip {path.name} could not be opened for checking: {exc}. Render it again."
        ) from exc
    try:
        if not container.streams.video:
            raise UnreadableClip(f"The file {path.name} has no video in it. Render it again.")
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        width, height = stream.codec_context.width, stream.codec_context.height
        announced = int(stream.frames or 0) or expected_frames
        picks = set(even_indices(announced, colour_samples))
        grey: list[np.ndarray] = []
        fine: list[np.ndarray] = []
        colour: dict[int, np.ndarray] = {}
        last: av.VideoFrame | None = None
        for i, frame in enumerate(container.decode(stream)):
            detail, small = luma_copies(_luma(frame))  # copies: the plane belongs to the frame
            fine.append(detail)
            grey.append(small)
            if i in picks:
                colour[i] = _bgr(frame)
            last = frame
        if last is not None and (not picks or max(picks) >= len(grey)):
            # The container announced more (or no) frames than it holds: keep the real last.
            colour[len(grey) - 1] = _bgr(last)
        rate = stream.average_rate or stream.guessed_rate
        fps = float(rate) if rate else 0.0
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        elif container.duration:
            duration = float(container.duration) / av.time_base
        else:
            duration = len(grey) / fps if fps else 0.0
    except av.FFmpegError as exc:
        raise UnreadableClip(f"The clip {path.name} could not be decoded: {exc}.") from exc
    finally:
        container.close()
    if not grey:
        raise UnreadableClip(f"The clip {path.name} has no frames. Render it again.")
    return DecodedClip(width, height, fps, duration, grey, colour, fine=fine)
