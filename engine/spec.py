"""The GenerationSpec: what to render, shared by the intent stage and every provider.

Pure data (no Django). Frozen, JSON round-trippable and versioned so that a spec stored
on a job can be re-read by a later release.
"""

from __future__ import annotations

import json
import math
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
    # Overlays and atmospheres: drawn over the picture rather than moving a region of it.
    SNOW = "snow"
    RAIN = "rain"
    FOG = "fog"
    STEAM = "steam"  # rises from `origin`, or the top of the subject
    SMOKE = "smoke"  # likewise
    SPARKLES = "sparkles"  # twinkles on the highlights
    FALLING_LEAVES = "falling_leaves"
    PETALS = "petals"
    LIGHT_LEAK = "light_leak"


# Effects that rise from a point of the photo (RegionEffect.origin).
ORIGIN_EFFECTS = frozenset({EffectKind.STEAM, EffectKind.SMOKE})


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


Point = tuple[float, float]  # (x, y) in normalized photo coordinates: 0..1 left->right, top->bottom


@dataclass(frozen=True)
class RegionEffect:
    kind: EffectKind
    # What the effect applies to: "sky", "water", "hair", "foliage", "fabric", "flame",
    # "lights", "subject", or "auto" (the engine finds the region).
    target: str = "auto"
    strength: float = 0.5
    # Where steam or smoke rises from; None: the top of the subject.
    origin: Point | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind.value,
            "target": self.target,
            "strength": self.strength,
        }
        if self.origin is not None:  # left out when unset: old readers see the old shape
            data["origin"] = [self.origin[0], self.origin[1]]
        return data


# Bounds of a motion brush (a canvas UI and the API both produce it; the engine's cost grows
# with each of these).
MAX_BRUSH_REGION_POINTS = 64
MAX_BRUSH_ARROWS = 8
MAX_BRUSH_ANCHORS = 16
MIN_BRUSH_AREA = 0.001  # of the photo's area
MIN_ARROW_LENGTH = 0.005  # of the photo's size
MAX_SPEC_EFFECTS = 16  # a stored spec never needs more; an unbounded list is a DoS


def _point(value: Any, what: str) -> Point:
    """A JSON [x, y] pair as a Point (range is checked by `point_problem`)."""
    if (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    ):
        return (float(value[0]), float(value[1]))
    raise SpecError(f"{what} must be an [x, y] pair of numbers from 0 to 1")


def _points(value: Any, what: str, limit: int, too_many: str) -> tuple[Point, ...]:
    if not isinstance(value, list | tuple):
        raise SpecError(f"{what} must be a list of [x, y] points")
    if len(value) > limit:  # before parsing: never walk a huge list
        raise SpecError(too_many.format(count=len(value), limit=limit))
    return tuple(_point(v, f"{what} point {i + 1}") for i, v in enumerate(value))


def point_problem(point: Point, what: str) -> str | None:
    x, y = point
    if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):  # also refuses NaN
        return (
            f"{what} is ({x:g}, {y:g}); points are fractions of the photo's width and height, "
            "from 0 to 1"
        )
    return None


def polygon_area(points: tuple[Point, ...]) -> float:
    """Area enclosed by a polygon (shoelace formula), as a share of the photo."""
    total = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        total += x0 * y1 - x1 * y0
    return abs(total) / 2.0


@dataclass(frozen=True)
class BrushArrow:
    """Which way and how fast the brushed region flows: content under the arrow travels
    from `start` towards `end`, the arrow's length every ARROW_SECONDS seconds."""

    start: Point
    end: Point

    @property
    def length(self) -> float:
        return math.hypot(self.end[0] - self.start[0], self.end[1] - self.start[1])

    def to_dict(self) -> dict[str, Any]:
        return {"start": list(self.start), "end": list(self.end)}


ARROW_SECONDS = 3.0

_DIRECTIONS = (
    "to the right",
    "down and to the right",
    "down",
    "down and to the left",
    "to the left",
    "up and to the left",
    "up",
    "up and to the right",
)


def _direction(dx: float, dy: float) -> str:
    """One of eight compass words for a vector in photo coordinates (y grows downwards)."""
    sector = round(math.atan2(dy, dx) / (math.pi / 4)) % 8
    return _DIRECTIONS[sector]


@dataclass(frozen=True)
class MotionBrush:
    """A cinemagraph brush: the region that flows (a polygon), the arrows it flows along,
    and anchor points that must stay still. All points are normalized photo coordinates."""

    region: tuple[Point, ...]
    arrows: tuple[BrushArrow, ...]
    anchors: tuple[Point, ...] = ()

    def problem(self) -> str | None:
        """What is wrong with the brush, in words for the person who drew it; None if valid."""
        if len(self.region) < 3:
            return "The motion brush region needs at least 3 points: outline the part that should move."
        if len(self.region) > MAX_BRUSH_REGION_POINTS:
            return (
                f"The motion brush region has {len(self.region)} points; use at most "
                f"{MAX_BRUSH_REGION_POINTS} (simplify the outline)."
            )
        if not self.arrows:
            return "Draw at least one arrow to show which way the brushed region should flow."
        if len(self.arrows) > MAX_BRUSH_ARROWS:
            return (
                f"The motion brush has {len(self.arrows)} arrows; use at most {MAX_BRUSH_ARROWS}."
            )
        if len(self.anchors) > MAX_BRUSH_ANCHORS:
            return (
                f"The motion brush has {len(self.anchors)} anchors; use at most "
                f"{MAX_BRUSH_ANCHORS}."
            )
        named = [(p, f"Region point {i + 1}") for i, p in enumerate(self.region)]
        for i, arrow in enumerate(self.arrows):
            named += [(arrow.start, f"Arrow {i + 1}'s start"), (arrow.end, f"Arrow {i + 1}'s end")]
        named += [(p, f"Anchor {i + 1}") for i, p in enumerate(self.anchors)]
        for point, what in named:
            found = point_problem(point, what)
            if found:
                return found + "."
        if polygon_area(self.region) < MIN_BRUSH_AREA:
            return (
                "The motion brush region encloses almost no area; outline at least "
                f"{MIN_BRUSH_AREA:.1%} of the photo with a simple (not self-crossing) shape."
            )
        for i, arrow in enumerate(self.arrows):
            if arrow.length < MIN_ARROW_LENGTH:
                return (
                    f"Arrow {i + 1} has no length; drag it from where the motion starts to "
                    "where it goes."
                )
        return None

    def describe(self) -> str:
        """In words, for the job page and for video models that take no masks: "the upper
        left of the photo (about 25% of it) flows to the right; 2 points stay still"."""
        xs = [p[0] for p in self.region]
        ys = [p[1] for p in self.region]
        cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
        row = "upper" if cy < 0.38 else "lower" if cy > 0.62 else ""
        col = "left" if cx < 0.38 else "right" if cx > 0.62 else ""
        where = " ".join(w for w in (row, col) if w) or "centre"
        if where in ("upper", "lower"):
            where = {"upper": "top", "lower": "bottom"}[where]
        directions = []
        for arrow in self.arrows:
            name = _direction(arrow.end[0] - arrow.start[0], arrow.end[1] - arrow.start[1])
            if name not in directions:
                directions.append(name)
        text = (
            f"the {where} of the photo (about {polygon_area(self.region):.0%} of it) flows "
            + " and ".join(directions)
        )
        if self.anchors:
            count = len(self.anchors)
            text += (
                f"; {count} point{'s' if count != 1 else ''} stay{'s' if count == 1 else ''} still"
            )
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "region": [list(p) for p in self.region],
            "arrows": [a.to_dict() for a in self.arrows],
            "anchors": [list(p) for p in self.anchors],
        }

    @classmethod
    def from_dict(cls, data: Any) -> MotionBrush:
        """Parse the JSON shape (raises SpecError for a wrong shape; see `problem`)."""
        if not isinstance(data, dict):
            raise SpecError("brush must be an object with region, arrows and anchors")
        unknown = set(data) - {"region", "arrows", "anchors"}
        if unknown:
            raise SpecError(f"unknown brush field(s): {', '.join(sorted(unknown))}")
        region = _points(
            data.get("region", []),
            "brush region",
            MAX_BRUSH_REGION_POINTS,
            "The motion brush region has {count} points; use at most {limit} (simplify the "
            "outline).",
        )
        raw_arrows = data.get("arrows", [])
        if not isinstance(raw_arrows, list | tuple):
            raise SpecError("brush arrows must be a list of {start, end} objects")
        if len(raw_arrows) > MAX_BRUSH_ARROWS:
            raise SpecError(
                f"The motion brush has {len(raw_arrows)} arrows; use at most {MAX_BRUSH_ARROWS}."
            )
        arrows = []
        for i, arrow in enumerate(raw_arrows):
            if not isinstance(arrow, dict) or set(arrow) != {"start", "end"}:
                raise SpecError(f"brush arrow {i + 1} must be an object with start and end")
            arrows.append(
                BrushArrow(
                    start=_point(arrow["start"], f"brush arrow {i + 1} start"),
                    end=_point(arrow["end"], f"brush arrow {i + 1} end"),
                )
            )
        anchors = _points(
            data.get("anchors", []),
            "brush anchors",
            MAX_BRUSH_ANCHORS,
            "The motion brush has {count} anchors; use at most {limit}.",
        )
        return cls(region=region, arrows=tuple(arrows), anchors=anchors)


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
    # A cinemagraph brush: this region flows along its arrows, the rest stays still (or moves
    # with the camera). None: no brushed flow.
    brush: MotionBrush | None = None

    def __post_init__(self) -> None:
        if not MIN_DURATION_S <= self.duration_s <= MAX_DURATION_S:
            raise SpecError(
                f"duration_s must be between {MIN_DURATION_S:g} and {MAX_DURATION_S:g} seconds"
            )
        if self.fps not in ALLOWED_FPS:
            raise SpecError(f"fps must be one of {ALLOWED_FPS}")
        if not 0.0 <= self.camera_strength <= 1.0:
            raise SpecError("camera_strength must be between 0 and 1")
        if len(self.effects) > MAX_SPEC_EFFECTS:
            raise SpecError(f"a spec has at most {MAX_SPEC_EFFECTS} effects")
        for effect in self.effects:
            if not 0.0 <= effect.strength <= 1.0:
                raise SpecError("effect strength must be between 0 and 1")
            if effect.origin is not None:
                found = point_problem(effect.origin, f"The {effect.kind.value} origin")
                if found:
                    raise SpecError(found)
        if self.brush is not None:
            found = self.brush.problem()
            if found:
                raise SpecError(found)

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
        data["effects"] = [e.to_dict() for e in self.effects]
        # Left out when unset, so a spec without a brush reads as before (and an older
        # release can still read it).
        if self.brush is None:
            del data["brush"]
        else:
            data["brush"] = self.brush.to_dict()
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
        raw_effects = data.get("effects", ())
        if not isinstance(raw_effects, list | tuple):
            raise SpecError("effects must be a list")
        if len(raw_effects) > MAX_SPEC_EFFECTS:
            raise SpecError(f"a spec has at most {MAX_SPEC_EFFECTS} effects")
        try:
            effects = tuple(
                RegionEffect(
                    kind=EffectKind(e["kind"]),
                    target=str(e.get("target", "auto")),
                    strength=float(e.get("strength", 0.5)),
                    origin=_point(e["origin"], f"the {e['kind']} origin")
                    if e.get("origin") is not None
                    else None,
                )
                for e in raw_effects
            )
            kwargs: dict[str, Any] = {
                k: v for k, v in data.items() if k not in ("effects", "brush")
            }
            if data.get("brush") is not None:
                kwargs["brush"] = MotionBrush.from_dict(data["brush"])
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
