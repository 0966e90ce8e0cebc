"""One call for the verify page and API: manifest first, watermark when it is needed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.provenance.c2pa_sign import (
    STATE_INVALID,
    STATE_NOT_FOUND,
    ManifestReading,
    _mime_of,
    read_manifest,
)
from engine.provenance.errors import ProvenanceError
from engine.provenance.watermark import DEFAULT_MAX_FRAMES, WatermarkReading, extract_watermark


@dataclass(frozen=True)
class VerifyResult:
    """Everything the verify page shows about one file.

    state/reasons/assertions come from the manifest. When the manifest is missing or
    invalid (so its claims cannot be trusted) and the file is a video, the watermark is
    read too: `clip_code` is then what the caller looks up (None: nothing found).
    """

    state: str
    reasons: list[str]
    assertions: dict[str, Any]
    manifest: ManifestReading
    watermark: WatermarkReading | None = None
    clip_code: int | None = None
    notes: list[str] = field(default_factory=list)


def verify_file(
    path: Path,
    *,
    trust_anchor_pem: bytes | None,
    watermark_max_frames: int = DEFAULT_MAX_FRAMES,
) -> VerifyResult:
    path = Path(path)
    manifest = read_manifest(path, trust_anchor_pem=trust_anchor_pem)
    watermark: WatermarkReading | None = None
    notes: list[str] = []
    is_image = (_mime_of(path) or "").startswith("image/")
    if manifest.state in (STATE_NOT_FOUND, STATE_INVALID) and not is_image:
        try:
            watermark = extract_watermark(path, max_frames=watermark_max_frames)
        except ProvenanceError as exc:
            notes.append(f"The invisible watermark could not be read: {exc}")
        else:
            notes.append(
                f"Invisible watermark found: clip code {watermark.clip_code}."
                if watermark.found
                else "No Stillmotion invisible watermark was found."
            )
    return VerifyResult(
        state=manifest.state,
        reasons=list(manifest.reasons),
        assertions=dict(manifest.assertions),
        manifest=manifest,
        watermark=watermark,
        clip_code=watermark.clip_code if watermark else None,
        notes=notes,
    )
