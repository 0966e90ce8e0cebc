"""Layer 1, intent: the prompt and what we know of the photo become a `GenerationSpec`.

Cached by (prompt, photo, options, parser), so an identical request never parses twice. The
photo's faces are found here, once, and kept on the photo for every later stage and job.
"""

from __future__ import annotations

import hashlib
import json

from django.conf import settings
from django.core.cache import cache

from engine.intent.rules import ImageFacts, SpecOverrides, interpret
from engine.options import AUTO, JobOptions
from engine.spec import CameraMove, GenerationSpec
from pipeline import engine_config
from pipeline.flow.context import JobRun, StageClock, Transition
from pipeline.models import JobStatus

INTENT_CACHE_S = 7 * 24 * 3600


def run(job_run: JobRun) -> Transition:
    clock = StageClock(job_run, JobStatus.PARSING)
    job, options = job_run.job, job_run.options
    faces = job_run.faces
    provider = settings.INTENT_PROVIDER
    key = (
        "intent:"
        + hashlib.sha256(
            json.dumps(
                [job.prompt, job.photo.sha256, options.to_dict(), provider], sort_keys=True
            ).encode()
        ).hexdigest()
    )
    cached = cache.get(key)
    if cached is not None:
        spec_data, parser, fallback = cached
        notes: list[str] = []
    else:
        result = interpret(
            prompt=job.prompt,
            facts=ImageFacts.from_detections(
                width=job.photo.width, height=job.photo.height, boxes=faces
            ),
            provider=provider,
            llm_config=engine_config.llm_config(),
            overrides=SpecOverrides(
                ratio=None if options.ratio == AUTO else options.ratio,
                duration_s=options.duration_s,
                resolution=options.resolution,
                loop=options.loop,
            ),
        )
        spec = _explicit_choices(result.spec, options).with_changes(seed=_seed(job.pk.hex))
        spec_data, parser, fallback = spec.to_dict(), result.parser, result.fallback_reason
        notes = list(result.notes)
        cache.set(key, (spec_data, parser, fallback), INTENT_CACHE_S)
    clock.done(
        describe(GenerationSpec.from_dict(spec_data)),
        details={
            "cached": cached is not None,
            "notes": notes,
            "parser": parser,
            "fallback_reason": fallback,
            "faces": len(faces),
            "faces_detected_now": job_run.photo_faces_detected,
        },
    )
    return Transition(
        JobStatus.GATING,
        fields={
            "spec": spec_data,
            "intent_parser": parser,
            "intent_fallback_reason": fallback or "",
        },
    )


def _explicit_choices(spec: GenerationSpec, options: JobOptions) -> GenerationSpec:
    """Camera move, effects and a motion brush the user chose explicitly beat what the
    prompt implied."""
    if options.camera:
        spec = spec.with_changes(camera=CameraMove(options.camera))
    if options.effects:
        spec = spec.with_changes(effects=options.region_effects())
    if options.brush is not None:
        spec = spec.with_changes(brush=options.brush)
    return spec


def _seed(job_hex: str) -> int:
    return int(job_hex[:8], 16) % 100_000


def describe(spec: GenerationSpec) -> str:
    effects = ", ".join(e.kind.value.replace("_", " ") for e in spec.effects) or "no region effects"
    return (
        f"{spec.camera.value.replace('_', ' ')} camera, {effects}; "
        f"{spec.duration_s:g} s {spec.ratio.value} at {spec.resolution.value}"
        + (", looping" if spec.loop else "")
    )
