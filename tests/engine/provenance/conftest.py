from __future__ import annotations

from pathlib import Path

import cv2
import pytest

from engine.provenance.c2pa_sign import build_manifest, sign_file
from engine.provenance.dev_cert import SigningMaterial, ensure_dev_certificate
from engine.provenance.label import VisibleLabel
from engine.provenance.watermark import Watermark
from tests.engine.provenance.media import encode_clip, moving_frames, photo_bgr

# The watermark needs >= 360p to be read after a re-encode; 24 frames keep tests fast.
W, H, FRAMES = 360, 640, 24
CLIP_CODE = 0x9A_3C5E_7B21
FACE_BOX = (200, 460, 120, 140)  # bottom-right quarter, (x, y, w, h)


@pytest.fixture(scope="session")
def material(tmp_path_factory) -> SigningMaterial:
    return ensure_dev_certificate(tmp_path_factory.mktemp("c2pa"))


@pytest.fixture(scope="session")
def photo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("photo") / "source.jpg"
    cv2.imwrite(str(path), photo_bgr())
    return path


def manifest_for(photo_path: Path, title: str = "clip.mp4") -> dict:
    return build_manifest(
        title=title,
        job_id="job-123",
        workspace_id="ws-9",
        provider="local",
        model="stillmotion-motion-1",
        spec_version=1,
        qa_score=0.91,
        safety_verdict={"allowed": True, "category": None},
        source_photo_path=photo_path,
        created_at="2025-01-02T03:04:05+00:00",
        clip_code=CLIP_CODE,
    )


@pytest.fixture(scope="session")
def marked_clip(tmp_path_factory) -> Path:
    """An unsigned clip with the label and the watermark, as the engine renders it."""
    filters = [VisibleLabel(W, H, avoid_boxes=[FACE_BOX]), Watermark(CLIP_CODE)]
    path = tmp_path_factory.mktemp("clip") / "marked.mp4"
    return encode_clip(path, moving_frames(W, H, FRAMES), width=W, height=H, filters=filters)


@pytest.fixture(scope="session")
def signed_clip(marked_clip, material, photo_path) -> Path:
    dst = marked_clip.with_name("signed.mp4")
    sign_file(
        src=marked_clip,
        dst=dst,
        mime="video/mp4",
        manifest=manifest_for(photo_path),
        material=material,
    )
    return dst
