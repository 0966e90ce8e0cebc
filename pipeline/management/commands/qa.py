"""Score a clip with the QA stage and change nothing: for operators looking into a complaint.

    manage.py qa PHOTO CLIP [--duration S] [--badge X,Y,W,H] [--json]  (any clip, any photo)
    manage.py qa --job JOB_ID [--attempt N] [--json]  (a job's render, as the flow judged it)

It prints the score, whether it passes, the part per signal and the issues found. With
`--job`, the render is judged exactly as the flow does (the job's photo and order, the length
asked of a vendor, our badge's place on a vendor's clip, the workspace's threshold).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import cv2
from django.core.management.base import BaseCommand, CommandError
from django.http import Http404

from engine.qa.assess import DEFAULT_THRESHOLD, ExpectedClip, QaReport, assess
from engine.vision.frames import UnreadableClip, decode_clip
from pipeline.flow.context import JobRun
from pipeline.flow.verify import assess_attempt
from pipeline.selectors import attempt_for_review


def _badge_box(text: str) -> tuple[int, int, int, int]:
    parts = text.split(",")
    try:
        x, y, w, h = (int(p) for p in parts)
    except ValueError:
        raise CommandError(
            f"--badge takes four whole numbers X,Y,W,H (the badge's box in the clip's pixels), "
            f"not {text!r}."
        ) from None
    if x < 0 or y < 0 or w <= 0 or h <= 0:
        raise CommandError(f"--badge {text}: X and Y must be ≥ 0, W and H > 0.")
    return x, y, w, h


class Command(BaseCommand):
    help = "Score a clip against its source photo with the QA stage (changes nothing)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("photo", type=Path, nargs="?")
        parser.add_argument("clip", type=Path, nargs="?")
        parser.add_argument(
            "--duration",
            type=float,
            default=None,
            help="the length that was ordered, in seconds (default: judge the length delivered)",
        )
        parser.add_argument(
            "--badge",
            default=None,
            help="X,Y,W,H: where our AI badge was burnt into the clip (a vendor's clip), so "
            "the warp check leaves it out",
        )
        parser.add_argument("--job", default=None, help="score this job's render instead")
        parser.add_argument(
            "--attempt",
            type=int,
            default=None,
            help="with --job: which render (default: the delivered one, else the best scored)",
        )
        parser.add_argument(
            "--threshold",
            type=float,
            default=None,
            help=f"default {DEFAULT_THRESHOLD:.2f}, or with --job the workspace's",
        )
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["job"] is not None:
            if opts["photo"] or opts["clip"] or opts["duration"] or opts["badge"]:
                raise CommandError(
                    "--job takes the photo, clip, length and badge from the job: give no "
                    "PHOTO, CLIP, --duration or --badge with it."
                )
            report, heading = self._job_report(opts)
        else:
            if opts["attempt"] is not None:
                raise CommandError("--attempt needs --job.")
            if opts["photo"] is None or opts["clip"] is None:
                raise CommandError("Give a PHOTO and a CLIP, or --job JOB_ID.")
            report, heading = self._file_report(opts), ""
        self._write(report, heading, as_json=opts["json"])

    def _file_report(self, opts: dict[str, Any]) -> QaReport:
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
        badge = _badge_box(opts["badge"]) if opts["badge"] is not None else None
        try:
            decoded = decode_clip(clip_path)
        except UnreadableClip as exc:
            raise CommandError(str(exc)) from exc
        if badge is not None and (
            badge[0] + badge[2] > decoded.width or badge[1] + badge[3] > decoded.height
        ):
            size = f"{decoded.width}x{decoded.height}"
            raise CommandError(f"--badge {opts['badge']} reaches outside the {size} clip.")
        if duration is None:
            frames, duration = decoded.frames, decoded.duration_s
        else:
            fps = decoded.fps or decoded.frames / max(decoded.duration_s, 1e-3)
            frames = round(duration * fps)
        expected = ExpectedClip(decoded.width, decoded.height, frames, duration, badge=badge)
        threshold = DEFAULT_THRESHOLD if opts["threshold"] is None else opts["threshold"]
        return assess(photo_bgr=photo, clip=decoded, expected=expected, threshold=threshold)

    def _job_report(self, opts: dict[str, Any]) -> tuple[QaReport, str]:
        try:
            attempt = attempt_for_review(job_id=opts["job"], number=opts["attempt"])
        except Http404:
            which = f" render {opts['attempt']}" if opts["attempt"] is not None else " render"
            raise CommandError(f"No job {opts['job']!r} with a{which} to score.") from None
        job = attempt.job
        threshold = job.workspace.qa_threshold if opts["threshold"] is None else opts["threshold"]
        with tempfile.TemporaryDirectory(prefix="sm-qa-") as tmp:
            job_run = JobRun(job=job, workdir=Path(tmp), worker="manage.py qa")
            clip = job_run.fetch(attempt.output.name, f"qa-{attempt.number}.mp4")
            report, _ = assess_attempt(job_run, attempt, clip, threshold=threshold)
        return report, f"job {job.pk} render {attempt.number} ({attempt.provider})"

    def _write(self, report: QaReport, heading: str, *, as_json: bool) -> None:
        if as_json:
            self.stdout.write(
                json.dumps(
                    {
                        "score": round(report.score, 4),
                        "passed": report.passed,
                        "threshold": report.threshold,
                        "parts": {k: round(v, 4) for k, v in report.parts.items()},
                        "issues": report.issues,
                        "not_judged": dict(report.not_judged),
                        "details": {k: round(v, 4) for k, v in report.details.items()},
                        "ms": round(report.ms, 1),
                    }
                )
            )
            return
        if heading:
            self.stdout.write(heading)
        verdict = "passes" if report.passed else "fails"
        self.stdout.write(f"score {report.score:.2f}: {verdict} (threshold {report.threshold:.2f})")
        for name, value in sorted(report.parts.items(), key=lambda kv: kv[1]):
            self.stdout.write(f"  {name:13} {value:.2f}")
        for issue in report.issues or ["no issues"]:
            self.stdout.write(f"- {issue}")
