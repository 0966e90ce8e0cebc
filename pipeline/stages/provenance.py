"""Layer 5, provenance: visible label, invisible watermark, C2PA signing and verification.

Pure functions and dataclasses (no Django); the implementation lives in
`pipeline/provenance/`. Typical use by the flow:

    material = ensure_dev_certificate(VAR / "c2pa")            # or load_signing_material(...)
    filters = [VisibleLabel(w, h, brand="Stillmotion", avoid_boxes=face_boxes),
               Watermark(clip_code)]                           # clip_code: random 40-bit int
    # embedded engine: ClipEncoder(out, width=w, height=h, fps=24, filters=filters)
    # remote provider: apply_provenance_filters(provider_clip, out, filters)
    manifest = build_manifest(title="clip.mp4", job_id=..., workspace_id=..., provider=...,
                              model=..., spec_version=..., qa_score=..., safety_verdict={...},
                              source_photo_path=photo, created_at=now, clip_code=clip_code)
    sign_file(src=out, dst=signed, mime="video/mp4", manifest=manifest, material=material)
    sign_file(src=poster, dst=signed_poster, mime="image/jpeg", manifest=..., material=...)
    result = verify_file(upload, trust_anchor_pem=material.root_pem)

API
- `VisibleLabel(width, height, text="AI-generated", brand=None, avoid_boxes=())`: a
  FrameFilter (apply_bgr blends a badge in the corner farthest from the (x, y, w, h)
  boxes; `.corner`, `.box`). Badge text height is 2.2 % of the frame height.
- `Watermark(clip_code, *, strength=56, every=1)`: a FrameFilter (apply_yuv420 marks the
  U plane of every `every`-th frame). clip_code: 0 .. 2**40 - 1. Use random codes
  (`secrets.randbits(40)`): a false reading then has to pass the CRC-16 (1 in 65 536) and
  also hit an existing code.
- `extract_watermark(path, *, max_frames=72) -> WatermarkReading(clip_code | None,
  crc_ok, confidence, bit_scores, frames_used, frames_read, ms)`.
- `apply_provenance_filters(src, dst, filters, *, crf=23, preset="veryfast")`.
- `ensure_dev_certificate(directory) -> SigningMaterial` (files dev-c2pa-root.pem,
  dev-c2pa-chain.pem, dev-c2pa-key.pem; made once, reused);
  `load_signing_material(cert_file, key_file, *, root_file=None, tsa_url=None)`;
  `SigningMaterial(chain_pem, key_pem, root_pem, tsa_url, is_development)`.
- `get_signer(material) -> c2pa.Signer`, cached per process and material.
- `build_manifest(*, title, job_id, workspace_id, provider, model, spec_version, qa_score,
  safety_verdict, source_photo_path, created_at, clip_code=None) -> dict`.
- `sign_file(*, src, dst, mime, manifest, material)`: mime "video/mp4" or "image/jpeg".
- `read_manifest(path, *, trust_anchor_pem) -> ManifestReading(state, reasons, assertions,
  signer_name, issuer, signed_at, title, is_development, digital_source_type, ingredients,
  codes, ms)`; `.job` is our `com.stillmotion.job` assertion.
- `verify_file(path, *, trust_anchor_pem) -> VerifyResult(state, reasons, assertions,
  manifest, watermark, clip_code, notes)`; the watermark is read when the manifest is
  NotFound or Invalid (an Invalid manifest's claims cannot be trusted, the watermark can).

Errors: ProvenanceError > CertificateError, SigningError, UnsupportedMedia.

Why every frame by default (not every 2nd): embedding costs ~0.6-1 ms per 720x1280 frame,
and alternately marked frames flicker at half the frame rate and make x264 spend more bits
(a bigger file) than marking every frame. `every=2` halves the embedding time if needed.
"""

from __future__ import annotations

from pipeline.provenance.c2pa_sign import (
    JOB_ASSERTION,
    STATE_INVALID,
    STATE_NOT_FOUND,
    STATE_TRUSTED,
    STATE_VALID,
    ManifestReading,
    build_manifest,
    get_signer,
    read_manifest,
    sign_file,
)
from pipeline.provenance.dev_cert import (
    SigningMaterial,
    ensure_dev_certificate,
    load_signing_material,
)
from pipeline.provenance.errors import (
    CertificateError,
    ProvenanceError,
    SigningError,
    UnsupportedMedia,
)
from pipeline.provenance.label import VisibleLabel
from pipeline.provenance.reencode import apply_provenance_filters
from pipeline.provenance.verify import VerifyResult, verify_file
from pipeline.provenance.watermark import (
    MAX_CLIP_CODE,
    Watermark,
    WatermarkReading,
    extract_watermark,
)

__all__ = [
    "JOB_ASSERTION",
    "MAX_CLIP_CODE",
    "STATE_INVALID",
    "STATE_NOT_FOUND",
    "STATE_TRUSTED",
    "STATE_VALID",
    "CertificateError",
    "ManifestReading",
    "ProvenanceError",
    "SigningError",
    "SigningMaterial",
    "UnsupportedMedia",
    "VerifyResult",
    "VisibleLabel",
    "Watermark",
    "WatermarkReading",
    "apply_provenance_filters",
    "build_manifest",
    "ensure_dev_certificate",
    "extract_watermark",
    "get_signer",
    "load_signing_material",
    "read_manifest",
    "sign_file",
    "verify_file",
]
