"""Layer 4, QA, and the output check: the newest render against the photo, decoded once.

QA scores identity, same scene, artifacts and the format (the size, and the length ordered:
for a vendor, the supported length it was asked for). Below the workspace threshold the job
regenerates (a new seed; see flow/render.py for which provider), at most
`JOB_MAX_REGENERATIONS` times, and ends `failed_qa` keeping the best attempt. A render that passes is checked again for
unsafe imagery and protected identities on the same sampled frames (with the faces QA already
found) before it may be signed and delivered.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import cache

from engine.motion.encode import probe
from engine.qa.assess import QA_VERSION, ExpectedClip, QaReport, assess
from engine.qa.ordered import allowances, not_judged_lines
from engine.safety.screening import check_clip
from engine.vision.frames import DecodedClip, decode_clip
from pipeline import events, selectors, services
from pipeline.flow.context import JobRun, StageClock, Transition
from pipeline.flow.render import vendor_badge_box
from pipeline.models import Attempt, JobStatus

QA_CACHE_S = 7 * 24 * 3600


def run(job_run: JobRun) -> Transition:
    job = job_run.job
    attempt = selectors.attempt_to_verify(job=job)
    if attempt is None:  # nothing to check (a resumed job): render again
        return Transition(JobStatus.GENERATING)
    clock = StageClock(job_run, JobStatus.VERIFYING)
    clip = job_run.fetch(attempt.output.name, f"qa-{attempt.number}.mp4")
    threshold = job.workspace.qa_threshold
    clip_sha = hashlib.sha256(clip.read_bytes()).hexdigest()
    key = f"qa:v{QA_VERSION}:{job.photo.sha256}:{clip_sha}:{threshold}"
    report: dict[str, Any] | None = cache.get(key)
    decoded = None
    if report is None:
        qa, decoded = assess_attempt(job_run, attempt, clip, threshold=threshold)
        report = {
            "score": round(float(qa.score), 4),
            "passed": bool(qa.passed),
            "parts": {k: round(float(v), 4) for k, v in qa.parts.items()},
            "issues": list(qa.issues),
            "not_judged": dict(qa.not_judged),
            "ms": round(float(qa.ms), 1),
        }
        cache.set(key, report, QA_CACHE_S)
    services.attempt_record_qa(
        attempt=attempt,
        score=report["score"],
        parts=report["parts"],
        issues=report["issues"],
        not_judged=report["not_judged"],
        passed=report["passed"],
    )
    issues = "; ".join(report["issues"]) or "no issues"
    waived = "".join(
        f" {line[0].upper()}{line[1:]}." for line in not_judged_lines(report["not_judged"])
    )
    clock.done(
        f"Quality {report['score']:.2f} (threshold {threshold:.2f}): {issues}.{waived}",
        details={**report, "cached": decoded is None},
        failed=not report["passed"],
    )
    if report["passed"]:
        return _output_check(job_run, clip, decoded, score=report["score"])
    return _regenerate_or_give_up(job_run)


def assess_attempt(
    job_run: JobRun, attempt: Attempt, clip: Path, *, threshold: float
) -> tuple[QaReport, DecodedClip]:
    """QA of one attempt's clip against the job's photo and order, as the flow judges it
    (also what `manage.py qa --job` shows an operator)."""
    spec = job_run.spec
    width, height = spec.size
    frames, duration = spec.frame_count, spec.duration_s
    badge = None
    if attempt.provider != "local":
        badge = vendor_badge_box(job_run)
        # A vendor renders the lengths its model supports (e.g. 5 s for an ordered 3 s)
        # at its own frame rate: hold the clip to the length we asked it for, at that rate.
        # Never to the clip's own length, or a clip cut short could not fail the check.
        if attempt.ordered_duration_s is not None:
            duration = attempt.ordered_duration_s
        frames = max(1, round(duration * (probe(clip).fps or spec.fps)))
    decoded = decode_clip(clip, expected_frames=frames)
    photo_h, photo_w = job_run.photo_bgr.shape[:2]
    allowed = allowances(spec, photo_faces=job_run.faces_in_bgr, photo_size=(photo_w, photo_h))
    qa = assess(
        photo_bgr=job_run.photo_bgr,
        clip=decoded,
        expected=ExpectedClip(width, height, frames, duration, allowed=allowed, badge=badge),
        photo_faces=job_run.faces_in_bgr,
        threshold=threshold,
    )
    return qa, decoded


def _output_check(job_run: JobRun, clip: Any, decoded: Any, *, score: float) -> Transition:
    """The finished render, before signing: no unsafe imagery, no protected identity."""
    job = job_run.job
    clock = StageClock(job_run, JobStatus.VERIFYING)
    verdict = check_clip(
        clip=decoded if decoded is not None else clip,
        policy=selectors.safety_policy_for(workspace=job.workspace, photo=job.photo),
    )
    details = {
        "output_check": verdict.category or "passed",
        "faces": verdict.faces,
        # Sampled frames searched for faces, shared by QA's identity check and this one.
        "frame_face_searches": decoded.face_detections if decoded is not None else None,
    }
    if verdict.allowed:
        clock.done("Output check passed on sampled frames.", details=details)
        return Transition(JobStatus.FINALIZING, fields={"qa_score": score})
    clock.done(
        f"Output check stopped the clip ({verdict.category}).",
        details={**details, "detail": verdict.detail},
        failed=True,
    )
    return Transition(
        JobStatus.BLOCKED,
        fields={"block_category": verdict.category or "", "qa_score": score},
        reason=(
            "The finished clip failed our output check, so it was not delivered: " + verdict.reason
        ),
    )


def _regenerate_or_give_up(job_run: JobRun) -> Transition:
    job = job_run.job
    renders = selectors.attempts_rendered_count(job=job)
    if renders > settings.JOB_MAX_REGENERATIONS:
        best: Attempt = selectors.attempt_best(job=job)  # type: ignore[assignment]
        return Transition(
            JobStatus.FAILED_QA,
            fields={"qa_score": best.qa_score},
            reason=(
                f"None of the {renders} renders passed the quality check (best score "
                f"{best.qa_score:.2f}, needed {job.workspace.qa_threshold:.2f}). "
                f"{'; '.join(best.qa_issues or [])}. Nothing was charged; try another "
                "photo or a simpler motion."
            ),
        )
    events.regeneration_scheduled(job, render=renders + 1, of=settings.JOB_MAX_REGENERATIONS + 1)
    return Transition(JobStatus.GENERATING)
