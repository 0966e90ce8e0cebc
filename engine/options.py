"""What a user can choose for a clip, validated once for the form, the API and the CLI.

Every list and number is bounded here (a job's options come straight from an API request):
at most MAX_EFFECTS effects, no duplicates, strengths in 0..1, the spec's duration bounds,
and the motion brush's own limits. Errors are `InvalidOptions`, with messages for people; the
Django side decides what they mean for a request.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from engine.errors import EngineError
from engine.spec import (
    MAX_DURATION_S,
    MIN_DURATION_S,
    ORIGIN_EFFECTS,
    BrushArrow,
    CameraMove,
    EffectKind,
    MotionBrush,
    Point,
    Ratio,
    RegionEffect,
    Resolution,
    SpecError,
    point_problem,
)

AUTO = "auto"
RATIO_CHOICES = [(AUTO, "Auto")] + [
    (r.value, f"{r.value} {label}")
    for r, label in (
        (Ratio.VERTICAL, "vertical"),
        (Ratio.PORTRAIT, "portrait"),
        (Ratio.SQUARE, "square"),
        (Ratio.LANDSCAPE, "landscape"),
    )
]
RESOLUTION_CHOICES = [(r.value, r.value) for r in Resolution]
DURATION_CHOICES = [(d, f"{d} s") for d in (2, 3, 4, 5, 6, 8, 10)]

MAX_EFFECTS = 4

# The motion brush without a pointer: a region preset and a direction build the same brush
# the canvas draws (keyboard and screen-reader users, and the API's documentation examples).
BRUSH_PRESETS: dict[str, tuple[str, tuple[Point, ...]]] = {
    "top": ("Top half", ((0.0, 0.0), (1.0, 0.0), (1.0, 0.5), (0.0, 0.5))),
    "bottom": ("Bottom half", ((0.0, 0.5), (1.0, 0.5), (1.0, 1.0), (0.0, 1.0))),
    "left": ("Left half", ((0.0, 0.0), (0.5, 0.0), (0.5, 1.0), (0.0, 1.0))),
    "right": ("Right half", ((0.5, 0.0), (1.0, 0.0), (1.0, 1.0), (0.5, 1.0))),
    "centre": ("Centre", ((0.25, 0.25), (0.75, 0.25), (0.75, 0.75), (0.25, 0.75))),
    "sky": ("Sky (the top third)", ((0.0, 0.0), (1.0, 0.0), (1.0, 0.34), (0.0, 0.34))),
    "water": ("Water (the bottom third)", ((0.0, 0.66), (1.0, 0.66), (1.0, 1.0), (0.0, 1.0))),
}
BRUSH_DIRECTIONS: dict[str, tuple[str, tuple[float, float]]] = {
    "right": ("To the right", (1.0, 0.0)),
    "left": ("To the left", (-1.0, 0.0)),
    "up": ("Up", (0.0, -1.0)),
    "down": ("Down", (0.0, 1.0)),
}
PRESET_ARROW_LENGTH = 0.2  # of the photo's size


def brush_from_preset(preset: str, direction: str) -> MotionBrush:
    """The brush for a region preset flowing one way: one arrow through the region's
    middle. Raises InvalidOptions for an unknown preset or direction."""
    if preset not in BRUSH_PRESETS:
        raise InvalidOptions(f"Region must be one of {', '.join(BRUSH_PRESETS)}.")
    if direction not in BRUSH_DIRECTIONS:
        raise InvalidOptions(f"Direction must be one of {', '.join(BRUSH_DIRECTIONS)}.")
    region = BRUSH_PRESETS[preset][1]
    dx, dy = BRUSH_DIRECTIONS[direction][1]
    cx = sum(p[0] for p in region) / len(region)
    cy = sum(p[1] for p in region) / len(region)
    half = PRESET_ARROW_LENGTH / 2
    start = (cx - dx * half, cy - dy * half)
    end = (cx + dx * half, cy + dy * half)
    return MotionBrush(region=region, arrows=(BrushArrow(start=start, end=end),))


MAX_PROVIDER_CHARS = 40
DEFAULT_STRENGTH = 0.5

_EFFECT_NAMES = frozenset(e.value for e in EffectKind)


class InvalidOptions(EngineError, ValueError):
    """A clip's options are not valid; the message says which and what is allowed."""

    code = "invalid_options"


@dataclass(frozen=True)
class EffectSetting:
    """How one of the chosen effects should look: its strength (0..1) and, for steam and
    smoke, the point it rises from (normalized photo coordinates)."""

    kind: str
    strength: float | None = None
    origin: Point | None = None

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {}
        if self.strength is not None:
            data["strength"] = self.strength
        if self.origin is not None:
            data["origin"] = [self.origin[0], self.origin[1]]
        return data


def _number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise InvalidOptions(f"{what} must be a number.")
    try:
        number = float(value)
    except ValueError:
        raise InvalidOptions(f"{what} must be a number; {value!r} is not one.") from None
    if not math.isfinite(number):
        raise InvalidOptions(f"{what} must be a finite number.")
    return number


def _origin(value: object, kind: str) -> Point:
    if (
        isinstance(value, list | tuple)
        and len(value) == 2
        and not any(isinstance(v, bool) for v in value)
        and all(isinstance(v, int | float) for v in value)
    ):
        return (float(value[0]), float(value[1]))
    raise InvalidOptions(
        f"The {kind} origin must be an [x, y] point, each from 0 to 1 (fractions of the "
        "photo's width and height)."
    )


@dataclass(frozen=True)
class JobOptions:
    ratio: str = AUTO
    duration_s: float | None = None  # None: the prompt or the default decides
    resolution: str = Resolution.P720.value
    provider: str = AUTO  # a provider name, or auto: the workspace's chain
    loop: bool | None = None
    # Explicit control that beats the prompt's words (CLI --move/--effect, API fields).
    camera: str | None = None
    effects: tuple[str, ...] = ()
    # Per chosen effect: strength and (steam, smoke) origin; effects without one use defaults.
    effect_settings: tuple[EffectSetting, ...] = field(default=())
    # A cinemagraph brush: the region that flows, its arrows and anchors.
    brush: MotionBrush | None = None

    def __post_init__(self) -> None:
        # Lists may arrive as lists (forms, API): store tuples, bounded before anything else.
        for name in ("effects", "effect_settings"):
            value = getattr(self, name)
            if isinstance(value, str) or not isinstance(value, list | tuple):
                raise InvalidOptions(f"{name} must be a list.")
            if len(value) > MAX_EFFECTS:
                raise InvalidOptions(
                    f"Choose at most {MAX_EFFECTS} effects; {len(value)} were given."
                )
            object.__setattr__(self, name, tuple(value))
        if self.camera is not None and self.camera not in {c.value for c in CameraMove}:
            raise InvalidOptions(
                f"Camera move must be one of {', '.join(c.value for c in CameraMove)}."
            )
        for effect in self.effects:
            if not isinstance(effect, str) or effect not in _EFFECT_NAMES:
                raise InvalidOptions(
                    f"Effect must be one of {', '.join(e.value for e in EffectKind)}."
                )
        if len(set(self.effects)) != len(self.effects):
            raise InvalidOptions("Each effect can be chosen once; remove the repeated one.")
        self._check_settings()
        if self.ratio != AUTO and self.ratio not in {r.value for r in Ratio}:
            raise InvalidOptions(f"Ratio must be one of {', '.join(r.value for r in Ratio)}.")
        if self.resolution not in {r.value for r in Resolution}:
            raise InvalidOptions(
                f"Resolution must be one of {', '.join(r.value for r in Resolution)}."
            )
        if self.duration_s is not None:
            duration = _number(self.duration_s, "Duration")
            if not MIN_DURATION_S <= duration <= MAX_DURATION_S:
                raise InvalidOptions(
                    f"Clips last {MIN_DURATION_S:g} to {MAX_DURATION_S:g} seconds; "
                    f"{duration:g} s is outside that."
                )
            object.__setattr__(self, "duration_s", duration)
        if not isinstance(self.provider, str) or not 0 < len(self.provider) <= MAX_PROVIDER_CHARS:
            raise InvalidOptions(
                f"Provider must be a provider name of at most {MAX_PROVIDER_CHARS} characters, "
                f"or {AUTO}."
            )
        if self.loop is not None and not isinstance(self.loop, bool):
            raise InvalidOptions("Loop must be true, false or left out.")
        if isinstance(self.brush, dict):  # the JSON shape, e.g. straight from a request
            try:
                object.__setattr__(self, "brush", MotionBrush.from_dict(self.brush))
            except SpecError as exc:
                raise InvalidOptions(_sentence(exc.message)) from exc
        if self.brush is not None:
            if not isinstance(self.brush, MotionBrush):
                raise InvalidOptions("The motion brush must be a region, arrows and anchors.")
            problem = self.brush.problem()
            if problem:
                raise InvalidOptions(problem)

    def _check_settings(self) -> None:
        seen: set[str] = set()
        checked: list[EffectSetting] = []
        for setting in self.effect_settings:
            if not isinstance(setting, EffectSetting):
                raise InvalidOptions("Effect settings must name an effect and its values.")
            if setting.kind not in self.effects:
                raise InvalidOptions(
                    f"There are settings for {setting.kind}, which is not among the chosen "
                    "effects; add it to effects or remove its settings."
                )
            if setting.kind in seen:
                raise InvalidOptions(f"The {setting.kind} effect has settings twice.")
            seen.add(setting.kind)
            strength = origin = None
            if setting.strength is not None:
                strength = _number(setting.strength, f"The {setting.kind} strength")
                if not 0.0 <= strength <= 1.0:
                    raise InvalidOptions(
                        f"The {setting.kind} strength is {strength:g}; strengths go from 0 "
                        "(subtle) to 1 (strong)."
                    )
            if setting.origin is not None:
                if EffectKind(setting.kind) not in ORIGIN_EFFECTS:
                    raise InvalidOptions(
                        f"Only {' and '.join(sorted(k.value for k in ORIGIN_EFFECTS))} rise from "
                        f"an origin; {setting.kind} has none."
                    )
                origin = _origin(setting.origin, setting.kind)
                problem = point_problem(origin, f"The {setting.kind} origin")
                if problem:
                    raise InvalidOptions(problem + ".")
            checked.append(EffectSetting(setting.kind, strength, origin))
        object.__setattr__(self, "effect_settings", tuple(checked))

    @property
    def billed_duration_s(self) -> float:
        return self.duration_s or 3.0

    def region_effects(self) -> tuple[RegionEffect, ...]:
        """The chosen effects as spec effects, with their settings (or the defaults)."""
        settings = {s.kind: s for s in self.effect_settings}
        effects = []
        for name in self.effects:
            setting = settings.get(name, EffectSetting(name))
            strength = DEFAULT_STRENGTH if setting.strength is None else float(setting.strength)
            effects.append(RegionEffect(EffectKind(name), strength=strength, origin=setting.origin))
        return tuple(effects)

    def to_dict(self) -> dict[str, object]:
        return {
            "ratio": self.ratio,
            "duration_s": self.duration_s,
            "resolution": self.resolution,
            "provider": self.provider,
            "loop": self.loop,
            "camera": self.camera,
            "effects": list(self.effects),
            "effect_settings": {s.kind: s.to_dict() for s in self.effect_settings},
            "brush": self.brush.to_dict() if self.brush is not None else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> JobOptions:
        """Options from their JSON shape (a stored job's, or an API request's)."""
        if not isinstance(data, dict):
            raise InvalidOptions("Options must be a JSON object.")
        effects = data.get("effects") or ()
        if isinstance(effects, str) or not isinstance(effects, list | tuple):
            raise InvalidOptions("effects must be a list of effect names.")
        if len(effects) > MAX_EFFECTS:  # before touching the items
            raise InvalidOptions(
                f"Choose at most {MAX_EFFECTS} effects; {len(effects)} were given."
            )
        raw_settings = data.get("effect_settings") or {}
        if not isinstance(raw_settings, dict):
            raise InvalidOptions("effect_settings must be an object keyed by effect name.")
        if len(raw_settings) > MAX_EFFECTS:
            raise InvalidOptions(
                f"Choose at most {MAX_EFFECTS} effects; {len(raw_settings)} were given."
            )
        settings = []
        for kind, values in raw_settings.items():
            if not isinstance(values, dict) or set(values) - {"strength", "origin"}:
                raise InvalidOptions(
                    f"Settings for {kind} take a strength (0 to 1) and, for steam and smoke, "
                    "an origin [x, y]."
                )
            strength = values.get("strength")
            origin = values.get("origin")
            settings.append(
                EffectSetting(
                    kind=str(kind),
                    strength=None
                    if strength is None
                    else _number(strength, f"The {kind} strength"),
                    origin=None if origin is None else _origin(origin, str(kind)),
                )
            )
        brush = None
        if data.get("brush") is not None:
            try:
                brush = MotionBrush.from_dict(data["brush"])
            except SpecError as exc:
                raise InvalidOptions(_sentence(exc.message)) from exc
        duration = data.get("duration_s")
        camera = data.get("camera")
        loop = data.get("loop")
        return cls(
            ratio=str(data.get("ratio") or AUTO),
            duration_s=_number(duration, "Duration") if duration else None,
            resolution=str(data.get("resolution") or Resolution.P720.value),
            provider=str(data.get("provider") or AUTO),
            loop=loop if isinstance(loop, bool) else None,
            camera=str(camera) if camera else None,
            effects=tuple(str(e) for e in effects),
            effect_settings=tuple(settings),
            brush=brush,
        )


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."
