"""What a user can choose for a clip, validated once for the form, the API and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from engine.errors import EngineError
from engine.spec import MAX_DURATION_S, MIN_DURATION_S, CameraMove, EffectKind, Ratio, Resolution

AUTO = "auto"


class InvalidOptions(EngineError):
    """A clip setting outside what we render; the message names the allowed values."""

    code = "invalid_options"


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

    def __post_init__(self) -> None:
        if self.camera is not None and self.camera not in {c.value for c in CameraMove}:
            raise InvalidOptions(
                f"Camera move must be one of {', '.join(c.value for c in CameraMove)}."
            )
        for effect in self.effects:
            if effect not in {e.value for e in EffectKind}:
                raise InvalidOptions(
                    f"Effect must be one of {', '.join(e.value for e in EffectKind)}."
                )
        if self.ratio != AUTO and self.ratio not in {r.value for r in Ratio}:
            raise InvalidOptions(f"Ratio must be one of {', '.join(r.value for r in Ratio)}.")
        if self.resolution not in {r.value for r in Resolution}:
            raise InvalidOptions(
                f"Resolution must be one of {', '.join(r.value for r in Resolution)}."
            )
        if self.duration_s is not None and not MIN_DURATION_S <= self.duration_s <= MAX_DURATION_S:
            raise InvalidOptions(
                f"Clips last {MIN_DURATION_S:g} to {MAX_DURATION_S:g} seconds; "
                f"{self.duration_s:g} s is outside that."
            )

    @property
    def billed_duration_s(self) -> float:
        return self.duration_s or 3.0

    def to_dict(self) -> dict[str, object]:
        return {
            "ratio": self.ratio,
            "duration_s": self.duration_s,
            "resolution": self.resolution,
            "provider": self.provider,
            "loop": self.loop,
            "camera": self.camera,
            "effects": list(self.effects),
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> JobOptions:
        return cls(
            ratio=str(data.get("ratio") or AUTO),
            duration_s=float(data["duration_s"]) if data.get("duration_s") else None,  # type: ignore[arg-type]
            resolution=str(data.get("resolution") or Resolution.P720.value),
            provider=str(data.get("provider") or AUTO),
            loop=data.get("loop") if isinstance(data.get("loop"), bool) else None,  # type: ignore[arg-type]
            camera=str(data["camera"]) if data.get("camera") else None,
            effects=tuple(str(e) for e in data.get("effects") or ()),  # type: ignore[union-attr]
        )
