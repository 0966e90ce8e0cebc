"""Verify a clip: read its C2PA manifest, or find it again by its invisible watermark."""

from __future__ import annotations

import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import PipelineError
from pipeline.models import Clip

MAX_VERIFY_BYTES = 200 * 1024 * 1024
_VIDEO_SIGNATURES = (b"ftyp", b"\x1aE\xdf\xa3")  # MP4/MOV box, Matroska/WebM


class VerifyRejected(PipelineError):
    pass


@dataclass
class VerifyReport:
    state: str  # Trusted | Valid | Invalid | NotFound
    found: bool  # Stillmotion provenance found (manifest or watermark)
    summary: str  # the answer in plain words
    reasons: list[str] = field(default_factory=list)
    assertions: dict[str, Any] = field(default_factory=dict)
    watermark: dict[str, Any] | None = None
    clip_id: str | None = None
    job_id: str | None = None
    workspace: str | None = None
    made_on: str | None = None
    source: str | None = None  # "manifest" | "watermark"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _sniff(data: bytes) -> str:
    if data[:3] == b"\xff\xd8\xff":
        return ".jpg"
    if data[4:8] == b"ftyp":
        return ".mp4"
    if data[:4] == _VIDEO_SIGNATURES[1]:
        return ".mkv"
    raise VerifyRejected(
        "That file isn't a video we can read. Upload an MP4, MOV, MKV or WebM clip "
        "(or a clip's JPEG poster)."
    )


def verify_upload(*, data: bytes) -> VerifyReport:
    if not data:
        raise VerifyRejected("The file is empty. Choose the clip you want to check.")
    if len(data) > MAX_VERIFY_BYTES:
        raise VerifyRejected(
            f"That file is {len(data) / 1048576:.0f} MB; files up to 200 MB can be checked."
        )
    suffix = _sniff(data)
    with tempfile.TemporaryDirectory(prefix="sm-verify-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(data)
        return verify_path(path)


def verify_path(path: Path) -> VerifyReport:
    from engine.provenance.reading import verify_file
    from pipeline.signing import trust_anchor

    try:
        result = verify_file(path, trust_anchor_pem=trust_anchor())
    except Exception as exc:  # the file is damaged in a way the readers reject
        raise VerifyRejected(
            "We couldn't read that file as a video. It may be damaged or in an unusual format."
        ) from exc
    report = VerifyReport(
        state=result.state,
        found=False,
        summary="",
        reasons=list(result.reasons),
        assertions=dict(result.assertions),
    )
    if result.watermark is not None:
        report.watermark = {
            "clip_code": result.watermark.clip_code,
            "confidence": round(float(result.watermark.confidence), 3),
            "frames_used": result.watermark.frames_used,
        }
    clip = None
    job_claim = result.manifest.job if result.state in ("Trusted", "Valid") else None
    if job_claim:
        clip = (
            Clip.objects.select_related("workspace").filter(job_id=job_claim.get("job_id")).first()
        )
        report.source = "manifest"
    elif result.clip_code is not None:
        clip = (
            Clip.objects.select_related("workspace").filter(watermark_code=result.clip_code).first()
        )
        report.source = "watermark" if clip else None
    if clip is not None:
        report.found = True
        report.clip_id = str(clip.pk)
        report.job_id = str(clip.job_id)
        report.workspace = clip.workspace.name
        report.made_on = clip.created_at.date().isoformat()
    report.summary = _summary(report, result.state)
    return report


def _summary(report: VerifyReport, state: str) -> str:
    made = (
        f"Made with Stillmotion on {report.made_on}, AI-generated, by workspace "
        f"“{report.workspace}”."
        if report.found
        else ""
    )
    if state == "Trusted":
        return f"{made} The C2PA manifest is intact and signed by Stillmotion (Trusted)."
    if state == "Valid":
        return (
            f"{made} The C2PA manifest is intact (Valid), but its signer is not one this "
            "page trusts."
        ).strip()
    if state == "Invalid":
        why = "; ".join(report.reasons) or "it does not validate"
        tail = (
            f" The invisible watermark still identifies it: {made}"
            if report.source == "watermark"
            else ""
        )
        return f"The C2PA manifest is Invalid: {why}.{tail}"
    if report.source == "watermark":
        return (
            f"{made} The C2PA manifest is gone (the clip was re-encoded or remuxed), but the "
            "invisible watermark identifies it."
        )
    return "Nothing found: this file carries no Stillmotion manifest and no Stillmotion watermark."
