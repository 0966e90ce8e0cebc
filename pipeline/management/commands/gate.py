"""`manage.py gate --prompt TEXT [--image PATH] [--prompts-file FILE] [--json]`: the safety
gate's verdict. With `--json`, one object per line: `allowed`, `category`, `layer`, `scores`,
`message` (and `prompt`, `moderation`, `ms`). The moderation service is used when a key is
configured (MODERATION_API_KEY or OPENAI_API_KEY), as in the product."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from engine.motion.errors import MotionError
from engine.motion.image import load_bgr
from engine.safety.screening import GateVerdict, PromptVerdict, SafetyPolicy, check, classify_prompt
from pipeline import engine_config


def _as_dict(prompt: str, verdict: GateVerdict | PromptVerdict) -> dict[str, Any]:
    timings = verdict.timings_ms if isinstance(verdict, GateVerdict) else {
        **verdict.timings_ms, "total": verdict.ms
    }  # fmt: skip
    return {
        "prompt": prompt,
        "allowed": verdict.allowed,
        "category": str(verdict.category) if verdict.category else None,
        "layer": verdict.layer,
        "scores": {k: round(float(v), 4) for k, v in verdict.scores.items()},
        "message": verdict.message,
        "moderation": verdict.moderation,
        "ms": {k: round(float(v), 3) for k, v in timings.items()},
        "faces": getattr(verdict, "faces", 0),
    }


class Command(BaseCommand):
    help = "Run the safety gate on a prompt (and optionally a photo) and print the verdict."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--prompt", default=None)
        parser.add_argument("--image", type=Path, default=None)
        parser.add_argument("--prompts-file", type=Path, default=None)
        parser.add_argument(
            "--policy", choices=["block", "require_consent", "allow"], default="allow"
        )
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **opts: Any) -> None:
        moderation = engine_config.moderation_config()
        if opts["prompts_file"]:
            path: Path = opts["prompts_file"]
            if not path.is_file():
                raise CommandError(f"No such file: {path}")
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    verdict = classify_prompt(line, moderation=moderation)
                    self._emit(_as_dict(line, verdict), as_json=True)
            return
        prompt = opts["prompt"]
        if prompt is None:
            raise CommandError("Give --prompt TEXT or --prompts-file FILE.")
        if opts["image"] is not None:
            if not opts["image"].is_file():
                raise CommandError(f"No such image: {opts['image']}")
            try:
                bgr = load_bgr(opts["image"], max_side=1600)
            except MotionError as exc:
                raise CommandError(str(exc)) from exc
            gate = check(
                prompt=prompt,
                image_bgr=bgr,
                policy=SafetyPolicy(faces=opts["policy"], consent_given=True),
                moderation=moderation,
            )
            data = _as_dict(prompt, gate)
        else:
            data = _as_dict(prompt, classify_prompt(prompt, moderation=moderation))
        self._emit(data, as_json=opts["json"])

    def _emit(self, data: dict[str, Any], *, as_json: bool) -> None:
        if as_json:
            self.stdout.write(json.dumps(data, default=str, ensure_ascii=False))
            return
        state = "allowed" if data["allowed"] else f"BLOCKED ({data['category']}, {data['layer']})"
        self.stdout.write(f"{state}. {data['message']}".strip())
