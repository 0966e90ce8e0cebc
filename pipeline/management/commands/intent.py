"""Read a prompt as the parse stage would: `manage.py intent --prompt TEXT [--image PATH]
[--json]` prints the spec (camera, effects with their kinds, duration, ratio, loop) and the
notes, for operators and scripts. With --image, the photo's faces, sky and water are read
from it; without one, nothing about the photo is assumed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from engine.errors import EngineError
from engine.intent.rules import ImageFacts
from engine.motion.analysis import scene_facts
from engine.motion.image import load_bgr
from engine.options import AUTO, JobOptions
from engine.spec import Ratio
from engine.vision.faces import detect_faces
from pipeline.flow.context import WORKING_SIDE
from pipeline.flow.parse import read_intent, summary


class Command(BaseCommand):
    help = "Print the spec and the notes the parser makes of a prompt (and, optionally, a photo)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--prompt", required=True)
        parser.add_argument("--image", type=Path, default=None, help="the photo it goes with")
        parser.add_argument("--ratio", default=AUTO, choices=[AUTO, *[r.value for r in Ratio]])
        parser.add_argument("--provider", default=AUTO, help="who renders (notes differ)")
        parser.add_argument("--json", action="store_true", help="one JSON object on stdout")

    def handle(self, *args: Any, **opts: Any) -> None:
        facts = ImageFacts(1080, 1350)
        if opts["image"] is not None:
            facts = self._facts(opts["image"])
        try:
            options = JobOptions(ratio=opts["ratio"], provider=opts["provider"])
            read = read_intent(prompt=opts["prompt"], facts=facts, options=options)
        except EngineError as exc:
            raise CommandError(exc.message) from exc
        spec = read.spec
        out = {
            "summary": summary(spec),
            "camera": spec.camera.value,
            "camera_strength": spec.camera_strength,
            "effects": [
                {"kind": e.kind.value, "target": e.target, "strength": e.strength}
                for e in spec.effects
            ],
            "duration_s": spec.duration_s,
            "ratio": spec.ratio.value,
            "loop": spec.loop,
            "subject": spec.subject.value,
            "parser": read.parser,
            "photo": {"faces": facts.faces, "has_sky": facts.has_sky, "has_water": facts.has_water},
            "notes": [note.to_dict() for note in read.notes],
        }
        if opts["json"]:
            self.stdout.write(json.dumps(out, ensure_ascii=False, indent=2))
            return
        effects = ", ".join(f"{e['kind']} ({e['target']})" for e in out["effects"]) or "none"
        lines = [
            out["summary"],
            f"camera    {out['camera']} (strength {out['camera_strength']:g})",
            f"effects   {effects}",
            f"duration  {spec.duration_s:g} s",
            f"ratio     {spec.ratio.value}",
            f"loop      {'yes' if spec.loop else 'no'}",
        ]
        lines += [f"note      [{n['code']}] {n['text']}" for n in out["notes"]]
        self.stdout.write("\n".join(lines))

    def _facts(self, path: Path) -> ImageFacts:
        if not path.is_file():
            raise CommandError(f"There is no photo at {path}.")
        try:
            bgr = load_bgr(path, max_side=WORKING_SIDE)
        except EngineError as exc:
            raise CommandError(f"{path} could not be read as a photo: {exc.message}") from exc
        height, width = bgr.shape[:2]
        has_sky, has_water = scene_facts(bgr)
        return ImageFacts.from_detections(
            width=width,
            height=height,
            boxes=detect_faces(bgr),
            has_sky=has_sky,
            has_water=has_water,
        )
