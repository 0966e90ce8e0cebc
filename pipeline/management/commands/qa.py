"""Score any clip against a photo with the QA stage: `manage.py qa PHOTO CLIP [--json]`.

For operators looking into a complaint, or at a clip a vendor made: it prints the score,
whether it passes, the part per signal and the issues found, and changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import cv2
from django.core.management.base import BaseCommand, CommandError

from engine.qa.assess import DEFAULT_THRESHOLD, ExpectedClip, assess
from engine.vision.frames import UnreadableClip, decode_clip


class Command(BaseCommand):
    help = "Score a clip against its source photo with the QA stage (changes nothing)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("photo", type=Path)
        parser.add_argument("clip", type=Path)
        parser.add_argument(
            "--duration",
            type=float,
            default=None,
            help="the length that was ordered, in seconds (default: judge the length delivered)",
        )
        parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **opts: Any) -> None:
        photo_path: Path = opts["photo"]
        clip_path: Path = opts["clip"]
        for what, path in (("photo", photo_path), ("clip", clip_path)):
            if not path.is_file():
                raise CommandError(f"No such {what}: {path}")
        photo = cv2.imread(str(photo_path), cv2.IMREAD_COLOR)
        if photo is None:
            raise CommandError(
                f"{photo_path} is not a photo OpenCV can read (JPEG, PNG, WebP or TIFF)."
            )
        duration = opts["duration"]
        if duration is not None and duration <= 0:
            raise CommandError(f"--duration must be a positive number of seconds, not {duration}.")
        try:
            decoded = decode_clip(clip_path)
        except UnreadableClip as exc:
            raise CommandError(str(exc)) from exc
        if duration is None:
            expected = ExpectedClip(
                decoded.width, decoded.height, decoded.frames, decoded.duration_s
            )
        else:
            fps = decoded.fps or decoded.frames / max(decoded.duration_s, 1e-3)
            expected = ExpectedClip(decoded.width, decoded.height, round(duration * fps), duration)
        report = assess(
            photo_bgr=photo, clip=decoded, expected=expected, threshold=opts["threshold"]
        )
        if opts["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "score": round(report.score, 4),
                        "passed": report.passed,
                        "threshold": report.threshold,
                        "parts": {k: round(v, 4) for k, v in report.parts.items()},
                        "issues": report.issues,
                        "details": {k: round(v, 4) for k, v in report.details.items()},
                        "ms": round(report.ms, 1),
                    }
                )
            )
            return
        verdict = "passes" if report.passed else "fails"
        self.stdout.write(f"score {report.score:.2f}: {verdict} (threshold {report.threshold:.2f})")
        for name, value in sorted(report.parts.items(), key=lambda kv: kv[1]):
            self.stdout.write(f"  {name:13} {value:.2f}")
        for issue in report.issues or ["no issues"]:
            self.stdout.write(f"- {issue}")
