from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from pipeline.selectors import clip_verify_upload
from saas.errors import ApplicationError


class Command(BaseCommand):
    help = "Check a clip's provenance: its C2PA manifest, or its invisible watermark."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **opts: Any) -> None:
        path: Path = opts["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            report = clip_verify_upload(data=path.read_bytes())
        except ApplicationError as exc:
            raise CommandError(str(exc)) from exc
        if opts["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "state": report.state,
                        "reasons": report.reasons,
                        "assertions": report.assertions,
                        "watermark": report.watermark,
                        "clip_id": report.clip_id,
                        "found": report.found,
                        "summary": report.summary,
                    },
                    default=str,
                )
            )
        else:
            self.stdout.write(report.summary)
