"""`manage.py gate --prompt TEXT [--image PATH] [--json]`: the safety gate's verdict."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from engine.motion.errors import MotionError
from engine.motion.image import load_bgr
from engine.safety.screening import SafetyPolicy, check, classify_prompt


def _verdict_dict(verdict: Any) -> dict[str, Any]:
    return {
        "allowed": verdict.allowed,
        "category": verdict.category,
        "reason": verdict.reason,
        "scores": {k: round(float(v), 4) for k, v in verdict.scores.items()},
        "ms": {k: round(float(v), 3) for k, v in verdict.timings_ms.items()},
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
        if opts["prompts_file"]:
            path: Path = opts["prompts_file"]
            if not path.is_file():
                raise CommandError(f"No such file: {path}")
            for line in path.read_text().splitlines():
                if line.strip():
                    verdict = classify_prompt(line)
                    self.stdout.write(
                        json.dumps(
                            {
                                "prompt": line,
                                "allowed": verdict.allowed,
                                "category": verdict.category,
                                "reason": verdict.reason,
                                "scores": verdict.scores,
                                "ms": round(verdict.ms, 3),
                            },
                            default=str,
                        )
                    )
            return
        if opts["prompt"] is None:
            raise CommandError("Give --prompt TEXT or --prompts-file FILE.")
        if opts["image"] is not None:
            if not opts["image"].is_file():
                raise CommandError(f"No such image: {opts['image']}")
            try:
                bgr = load_bgr(opts["image"], max_side=1600)
            except MotionError as exc:
                raise CommandError(str(exc)) from exc
            verdict = check(
                prompt=opts["prompt"],
                image_bgr=bgr,
                policy=SafetyPolicy(faces=opts["policy"], consent_given=True),
            )
            data = _verdict_dict(verdict)
        else:
            prompt_verdict = classify_prompt(opts["prompt"])
            data = {
                "allowed": prompt_verdict.allowed,
                "category": prompt_verdict.category,
                "reason": prompt_verdict.reason,
                "scores": prompt_verdict.scores,
                "ms": {"prompt": round(prompt_verdict.ms, 3)},
            }
        if opts["json"]:
            self.stdout.write(json.dumps(data, default=str))
        else:
            state = "allowed" if data["allowed"] else f"BLOCKED ({data['category']})"
            self.stdout.write(f"{state}. {data['reason']}".strip())
