"""The GenerationSpec: what to render, shared by the intent stage and every provider.

Pure data (no Django). Frozen, JSON round-trippable and versioned so that a spec stored
on a job can be re-read by a later release.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any

from engine.errors import EngineError

SPEC_VERSION = 1


class SpecError(EngineError, ValueError):
    """A spec (or its JSON) is not valid; the message names the field."""


class SubjectKind(StrEnum):
    FACE = "face"
    PERSON = "person"
    ANIMAL = "animal"
    OBJECT = "object"
    LANDSCAPE = "landscape"
    SCENE = "scene"


class CameraMove(StrEnum):
    NONE = "none"
    PUSH_IN = "push_in"
    PULL_OUT = "pull_out"
    PAN_LEFT = "pan_left"
    PAN_RIGHT = "pan_right"
    TILT_UP = "tilt_up"
    TILT_DOWN = "tilt_down"
    HANDHELD = "handheld"
    PARALLAX = "parallax"
    ORBIT = "orbit"


class Easing(StrEnum):
    LINEAR = "linear"
    EASE_IN_OUT = "ease_in_out"
    EASE_OUT = "ease_out"


class EffectKind(StrEnum):
    SKY_DRIFT = "sky_drift"
    WATER_RIPPLE = "water_ripple"
    SWAY = "sway"  # hair, foliage, fabric
    FLICKER = "flicker"  # flames, lights
    BREATHING = "breathing"  # subtle life for portraits


class Ratio(StrEnum):
    VERTICAL = "9:16"
    SQUARE = "1:1"
    PORTRAIT = "4:5"
    LANDSCAPE = "16:9"


class Resolution(StrEnum):
    P540 = "540p"
    P720 = "720p"
    P1080 = "1080p"


MIN_DURATION_S = 2.0
MAX_DURATION_S = 10.0
ALLOWED_FPS = (24, 30)

# Short side in pixels for each resolution; the long side follows from the ratio.
_SHORT_SIDE = {Resolution.P540: 540, Resolution.P720: 720, Resolution.P1080: 1080}
_RATIO_WH = {
    Ratio.VERTICAL: (9, 16),
    Ratio.SQUARE: (1, 1),
    Ratio.PORTRAIT: (4, 5),
    Ratio.LANDSCAPE: (16, 9),
}


@dataclass(frozen=True)
class RegionEffect:
    kind: EffectKind
    # What the effect applies to: "sky", "water", "hair", "foliage", "fabric", "flame",
    # "lights", "subject", or "auto" (the engine finds the region).
    target: str = "auto"
    strength: float = 0.5


@dataclass(frozen=True)
class GenerationSpec:
    subject: SubjectKind = SubjectKind.SCENE
    camera: CameraMove = CameraMove.PUSH_IN
    camera_strength: float = 0.5
    easing: Easing = Easing.EASE_IN_OUT
    effects: tuple[RegionEffect, ...] = field(default_factory=tuple)
    duration_s: float = 3.0
    ratio: Ratio = Ratio.VERTICAL
    resolution: Resolution = Resolution.P720
    fps: int = 24
    loop: bool = False
    seed: int = 0
    letterbox: bool = False
    prompt: str = ""
    version: int = SPEC_VERSION

    def __post_init__(self) -> None:
        if not MIN_DURATION_S <= self.duration_s <= MAX_DURATION_S:
            raise SpecError(
                f"duration_s must be between {MIN_DURATION_S:g} and {MAX_DURATION_S:g} seconds"
            )
        if self.fps not in ALLOWED_FPS:
            raise SpecError(f"fps must be one of {ALLOWED_FPS}")
        if not 0.0 <= self.camera_strength <= 1.0:
            raise SpecError("camera_strength must be between 0 and 1")
        for effect in self.effects:
            if not 0.0 <= effect.strength <= 1.0:
                raise SpecError("effect strength must be between 0 and 1")

    # -- derived values -------------------------------------------------------------------
    @property
    def size(self) -> tuple[int, int]:
        """Output (width, height), both even (H.264 yuv420p needs even sides)."""
        rw, rh = _RATIO_WH[self.ratio]
        short = _SHORT_SIDE[self.resolution]
        if rw <= rh:
            width, height = short, round(short * rh / rw)
        else:
            width, height = round(short * rw / rh), short
        return width - width % 2, height - height % 2

    @property
    def frame_count(self) -> int:
        return round(self.duration_s * self.fps)

    def with_changes(self, **changes: Any) -> GenerationSpec:
        return replace(self, **changes)

    # -- serialisation --------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["effects"] = [asdict(e) for e in self.effects]
        return json.loads(json.dumps(data, default=str))

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GenerationSpec:
        if not isinstance(data, dict):
            raise SpecError("spec must be a JSON object")
        known = set(cls.__dataclass_fields__)
        unknown = set(data) - known
        if unknown:
            raise SpecError(f"unknown spec field(s): {', '.join(sorted(unknown))}")
        version = data.get("version", SPEC_VERSION)
        if version != SPEC_VERSION:
            raise SpecError(f"unsupported spec version {version}")
        try:
            effects = tuple(
                RegionEffect(
                    kind=EffectKind(e["kind"]),
                    target=str(e.get("target", "auto")),
                    strength=float(e.get("strength", 0.5)),
                )
                for e in data.get("effects", ())
            )
            kwargs: dict[str, Any] = {k: v for k, v in data.items() if k != "effects"}
            for name, enum in (
                ("subject", SubjectKind),
                ("camera", CameraMove),
                ("easing", Easing),
                ("ratio", Ratio),
                ("resolution", Resolution),
            ):
                if name in kwargs:
                    kwargs[name] = enum(kwargs[name])
            if "duration_s" in kwargs:
                kwargs["duration_s"] = float(kwargs["duration_s"])
            if "camera_strength" in kwargs:
                kwargs["camera_strength"] = float(kwargs["camera_strength"])
            return cls(effects=effects, **kwargs)
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, SpecError):
                raise
            raise SpecError(f"invalid spec: {exc}") from exc

    @classmethod
    def from_json(cls, text: str) -> GenerationSpec:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(f"spec is not valid JSON: {exc.msg}") from exc
        return cls.from_dict(data)


def json_schema() -> dict[str, Any]:
    """JSON schema of the spec, used to validate LLM structured output."""
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "subject": {"type": "string", "enum": [s.value for s in SubjectKind]},
            "camera": {"type": "string", "enum": [c.value for c in CameraMove]},
            "camera_strength": {"type": "number", "minimum": 0, "maximum": 1},
            "easing": {"type": "string", "enum": [e.value for e in Easing]},
            "effects": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "kind": {"type": "string", "enum": [k.value for k in EffectKind]},
                        "target": {"type": "string"},
                        "strength": {"type": "number", "minimum": 0, "maximum": 1},
                    },
                    "required": ["kind", "target", "strength"],
                },
            },
            "duration_s": {"type": "number", "minimum": MIN_DURATION_S, "maximum": MAX_DURATION_S},
            "ratio": {"type": "string", "enum": [r.value for r in Ratio]},
            "loop": {"type": "boolean"},
        },
        "required": ["subject", "camera", "camera_strength", "effects", "duration_s", "loop"],
    }
