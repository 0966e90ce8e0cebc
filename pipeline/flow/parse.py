"""Layer 1, intent: the prompt and what we know of the photo become a `GenerationSpec`.

Cached by (prompt, photo, options, parser), so an identical request never parses twice. The
photo's faces are found here, once, and kept on the photo for every later stage and job.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

from django.conf import settings
from django.core.cache import cache

from engine.intent.rules import (
    RULES_ENGINE,
    VIDEO_MODEL,
    ImageFacts,
    IntentResult,
    Reading,
    SpecOverrides,
    interpret,
)
from engine.options import AUTO, JobOptions
from engine.spec import CameraMove, GenerationSpec
from pipeline import engine_config
from pipeline.flow.context import JobRun, StageClock, Transition
from pipeline.models import JobStatus

INTENT_CACHE_S = 7 * 24 * 3600
# Part of the cache key: a new parser (new words, new notes) never serves an old reading.
INTENT_VERSION = 2


def run(job_run: JobRun) -> Transition:
    clock = StageClock(job_run, JobStatus.PARSING)
    job, options = job_run.job, job_run.options
    faces = job_run.faces
    provider = settings.INTENT_PROVIDER
    key = (
        "intent:"
        + hashlib.sha256(
            json.dumps(
                [job.prompt, job.photo.sha256, options.to_dict(), provider, INTENT_VERSION],
                sort_keys=True,
            ).encode()
        ).hexdigest()
    )
    cached = cache.get(key)
    if cached is not None:
        spec_data, parser, fallback, notes = cached
    else:
        has_sky, has_water = job_run.scene
        facts = ImageFacts.from_detections(
            width=job.photo.width,
            height=job.photo.height,
            boxes=faces,
            has_sky=has_sky,
            has_water=has_water,
        )
        read = read_intent(prompt=job.prompt, facts=facts, options=options)
        spec = read.spec.with_changes(seed=_seed(job.pk.hex))
        spec_data, parser, fallback = spec.to_dict(), read.parser, read.fallback_reason
        notes = [note.to_dict() for note in read.notes]
        cache.set(key, (spec_data, parser, fallback, notes), INTENT_CACHE_S)
    clock.done(
        describe(GenerationSpec.from_dict(spec_data)),
        details={
            "cached": cached is not None,
            # What the renderer can't make of the prompt, shown on the job page and in the API.
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


def renderer_for(options: JobOptions) -> str:
    """Who will render first (the chosen provider, else the head of the chain): the notes
    say what *it* can't make of the prompt."""
    names = engine_config.enabled_provider_names()
    first = options.provider if options.provider in names else (names[0] if names else "local")
    return RULES_ENGINE if first == "local" else VIDEO_MODEL


def read_intent(
    *, prompt: str, facts: ImageFacts, options: JobOptions, parser: str | None = None
) -> IntentResult:
    """The spec a job with these options gets, and the notes for the user: the parse stage
    and the new-clip form's live preview both come here, so the preview says what the job
    will do. `parser` overrides INTENT_PROVIDER (the preview never pays an LLM per key)."""
    result = interpret(
        prompt=prompt,
        facts=facts,
        provider=parser or settings.INTENT_PROVIDER,
        llm_config=engine_config.llm_config(),
        overrides=SpecOverrides(
            ratio=None if options.ratio == AUTO else options.ratio,
            duration_s=options.duration_s,
            resolution=options.resolution,
            loop=options.loop,
        ),
        renderer=renderer_for(options),
    )
    spec = _explicit_choices(result.spec, options, result.reading)
    return replace(result, spec=spec)


def _explicit_choices(
    spec: GenerationSpec, options: JobOptions, reading: Reading | None
) -> GenerationSpec:
    """Camera move, effects and a motion brush the user chose explicitly beat what the
    prompt implied. A brush is a cinemagraph: unless a move or effects were asked for, the
    rest of the photo stays still (no default camera move, no "come alive" effects)."""
    if options.brush is not None:
        spec = spec.with_changes(brush=options.brush)
        if reading is not None and not options.camera and reading.camera is None:
            spec = spec.with_changes(camera=CameraMove.NONE, camera_strength=0.0)
        if reading is not None and not options.effects and reading.vague:
            spec = spec.with_changes(effects=reading.effects)
    if options.camera:
        spec = spec.with_changes(camera=CameraMove(options.camera))
    if options.effects:
        spec = spec.with_changes(effects=options.region_effects())
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


def summary(spec: GenerationSpec) -> str:
    """ "push-in · snow · 3 s · 9:16", for the live preview on the new-clip form."""
    parts = [spec.camera.value.replace("_", "-") if spec.camera is not CameraMove.NONE else "still"]
    parts += [e.kind.value.replace("_", " ") for e in spec.effects]
    if spec.brush is not None:
        parts.append("motion brush")
    parts += [f"{spec.duration_s:g} s", spec.ratio.value]
    if spec.loop:
        parts.append("loop")
    return " · ".join(parts)
