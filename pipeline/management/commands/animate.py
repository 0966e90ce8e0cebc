"""Run the whole flow for one photo, in-process: `manage.py animate PHOTO --prompt TEXT`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from accounts.models import User, Workspace
from accounts.services import workspace_create
from billing import selectors as billing_selectors
from billing import services as billing
from engine.options import AUTO, InvalidOptions, JobOptions
from engine.spec import CameraMove, EffectKind, Ratio, Resolution
from pipeline import media, services
from pipeline.flow import runner
from pipeline.models import Job, JobEvent
from saas.errors import ApplicationError

CLI_EMAIL = "cli@stillmotion.local"


def _cli_workspace() -> tuple[User, Workspace]:
    """The local command-line workspace, with credits topped up for local runs."""
    user = User.objects.filter(email=CLI_EMAIL).first()
    if user is None:
        user = User.objects.create_user(email=CLI_EMAIL, password=None, name="Command line")
    workspace = Workspace.objects.filter(memberships__user=user, name="Command line").first()
    if workspace is None:
        workspace = workspace_create(user=user, name="Command line")
    billing.plan_assign(workspace=workspace, plan_code="internal")  # a tool, not a customer
    if billing_selectors.credit_balance(workspace=workspace) < 100:
        billing.credits_adjust(
            workspace=workspace, credits=1000, reason="command-line runs", operator=user
        )
    return user, workspace


class Command(BaseCommand):
    help = "Animate one photo through the full pipeline, in this process (no worker needed)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("photo", type=Path)
        parser.add_argument("--prompt", default="")
        parser.add_argument("--ratio", default=AUTO, choices=[AUTO, *[r.value for r in Ratio]])
        parser.add_argument("--duration", type=float, default=None)
        parser.add_argument("--resolution", default="720p", choices=[r.value for r in Resolution])
        parser.add_argument("--move", choices=[c.value for c in CameraMove], default=None)
        parser.add_argument(
            "--effect", action="append", choices=[e.value for e in EffectKind], default=[]
        )
        parser.add_argument("--loop", action="store_true", default=None)
        parser.add_argument("--out", type=Path, default=None)
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            self._handle(opts)
        except CommandError:
            raise
        except Exception as exc:  # one line, never a traceback
            raise CommandError(str(exc) or exc.__class__.__name__) from exc

    def _handle(self, opts: dict[str, Any]) -> None:
        photo_path: Path = opts["photo"]
        if not photo_path.is_file():
            raise CommandError(f"No such photo: {photo_path}")
        if "pipeline_job" not in connection.introspection.table_names():
            call_command("migrate", verbosity=0, interactive=False)
        try:
            options = JobOptions.from_dict(
                {
                    "ratio": opts["ratio"],
                    "duration_s": opts["duration"],
                    "resolution": opts["resolution"],
                    "loop": opts["loop"],
                    "camera": opts["move"],
                    "effects": opts["effect"],
                }
            )
            user, workspace = _cli_workspace()
            photo = services.photo_upload(
                workspace=workspace,
                user=user,
                data=photo_path.read_bytes(),
                filename=photo_path.name,
                consent=True,  # the operator at the command line attests
            )
            job = services.job_submit(
                workspace=workspace, user=user, photo=photo, prompt=opts["prompt"], options=options
            )
        except (ApplicationError, InvalidOptions) as exc:
            raise CommandError(str(exc)) from exc
        runner.run(str(job.pk), lane=None)
        job = Job.objects.select_related("clip__attempt").get(pk=job.pk)
        stages: dict[str, int] = {}
        for event in JobEvent.objects.filter(job=job, duration_ms__isnull=False):
            stages[event.stage] = stages.get(event.stage, 0) + (event.duration_ms or 0)
        result: dict[str, Any] = {
            "job_id": str(job.pk),
            "status": job.status,
            "stages": stages,
            "reason": job.failure_reason or None,
            "renders": job.attempts.count(),
        }
        if job.status == "delivered":
            clip = job.clip
            out: Path = opts["out"] or Path.cwd() / f"stillmotion-{job.pk}.mp4"
            media.copy_to_path(clip.video.name, out)
            result.update(
                output=str(out),
                width=clip.width,
                height=clip.height,
                frames=clip.frames,
                duration=clip.duration_s,
                qa_score=job.qa_score,
                qa_not_judged=clip.attempt.qa_not_judged or {},
            )
        if opts["json"]:
            self.stdout.write(json.dumps(result))
        elif job.status == "delivered":
            self.stdout.write(
                f"{result['output']}: {result['width']}x{result['height']}, "
                f"{result['frames']} frames, {result['duration']:.2f} s ({job.status})"
            )
        else:
            self.stdout.write(f"{job.status}: {job.failure_reason}")
        if job.status != "delivered":
            sys.exit(2)
