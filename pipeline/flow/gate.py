"""Layer 2, the safety gate, before any provider is paid for: prompt, photo, face policy.

The prompt goes through the layered classifier (rules, the embedded semantic layer, and the
moderation service when a key is configured); the photo's facts (faces, an apparent child,
nudity, protected identities) and the workspace's face policy follow. A block ends the job
here with the category and the reason; nothing is rendered and the credits held are
released. The verdict on the job records which layer decided and its scores.
"""

from __future__ import annotations

from engine.safety.screening import GateVerdict, check
from pipeline import engine_config, selectors
from pipeline.flow.context import JobRun, StageClock, Transition
from pipeline.models import JobStatus


def run(job_run: JobRun) -> Transition:
    clock = StageClock(job_run, JobStatus.GATING)
    job = job_run.job
    verdict = check(
        prompt=job.prompt,
        image_bgr=job_run.photo_bgr,
        faces=job_run.faces_in_bgr,
        policy=selectors.safety_policy_for(workspace=job.workspace, photo=job.photo),
        moderation=engine_config.moderation_config(),
    )
    record = verdict_record(verdict)
    if not verdict.allowed:
        clock.done(
            f"Blocked ({verdict.category}, decided by {verdict.layer}): {verdict.reason}",
            details=record,
            failed=True,
        )
        return Transition(
            JobStatus.BLOCKED,
            fields={"safety": record, "block_category": verdict.category or ""},
            reason=verdict.reason,
        )
    plural = "s" if verdict.faces != 1 else ""
    clock.done(
        f"Passed: prompt, image and face policy ({verdict.faces} face{plural}; moderation "
        f"service {verdict.moderation}).",
        details=record,
    )
    return Transition(JobStatus.GENERATING, fields={"safety": record})


def verdict_record(verdict: GateVerdict) -> dict[str, object]:
    """What the job row (and the admin) keeps of a verdict."""
    return {
        "allowed": verdict.allowed,
        "category": verdict.category,
        "layer": verdict.layer,
        "moderation": verdict.moderation,
        "scores": {k: round(float(v), 4) for k, v in verdict.scores.items()},
        "ms": {k: round(float(v), 1) for k, v in verdict.timings_ms.items()},
        "faces": verdict.faces,
        "children": verdict.children,
        "detail": verdict.detail,
    }
