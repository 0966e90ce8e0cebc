"""Layer 5, provenance: the poster, the C2PA manifest signed last on clip and poster, and
the clip stored (one per job). The label and watermark were burnt in when it was rendered.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from engine.motion.encode import decode_bgr_frames, probe, write_poster
from engine.provenance.c2pa_sign import build_manifest, sign_file
from pipeline import engine_config, selectors, services
from pipeline.flow.context import JobRun, StageClock, Transition
from pipeline.models import Job, JobStatus


def run(job_run: JobRun) -> Transition:
    clock = StageClock(job_run, JobStatus.FINALIZING)
    job, work = job_run.job, job_run.workdir
    attempt = selectors.attempt_chosen(job=job)
    if attempt is None:  # a resumed job whose passing render is gone: render again
        return Transition(JobStatus.GENERATING)
    rendered = job_run.fetch(attempt.output.name, "rendered.mp4")
    info = probe(rendered)
    poster = work / "poster.jpg"
    for frame in decode_bgr_frames(rendered):
        write_poster(frame, poster)
        break
    manifest = build_manifest(
        title=f"stillmotion-{job.pk}.mp4",
        job_id=str(job.pk),
        workspace_id=str(job.workspace_id),
        provider=attempt.provider,
        model=attempt.model,
        spec_version=int((job.spec or {}).get("version", 1)),
        qa_score=job.qa_score,
        safety_verdict=_safety_summary(job),
        source_photo_path=job_run.photo_path(),
        created_at=timezone.now(),
        clip_code=attempt.watermark_code,
    )
    # Signing is the very last step: nothing may touch the files afterwards.
    material = engine_config.signing_material()
    video, signed_poster = work / "clip.mp4", work / "clip-poster.jpg"
    sign_file(src=rendered, dst=video, mime="video/mp4", manifest=manifest, material=material)
    sign_file(
        src=poster, dst=signed_poster, mime="image/jpeg", manifest=manifest, material=material
    )
    clip = services.clip_store(
        job=job,
        attempt=attempt,
        video=video,
        poster=signed_poster,
        info=info,
        clip_code=attempt.watermark_code,  # type: ignore[arg-type]
    )
    clock.done(
        f"Labelled, watermarked and signed: {info.width}×{info.height}, "
        f"{info.frames} frames, {clip.size_bytes // 1024} kB.",
        details={
            "clip_code": attempt.watermark_code,
            "signer_development": material.is_development,
        },
    )
    return Transition(JobStatus.DELIVERED)


def _safety_summary(job: Job) -> dict[str, Any]:
    verdict = job.safety or {}
    return {
        "allowed": verdict.get("allowed", True),
        "category": verdict.get("category"),
        "checks": sorted((verdict.get("scores") or {}).keys()),
    }
