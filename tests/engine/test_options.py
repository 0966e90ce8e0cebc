"""JobOptions: every list and number is bounded, errors say what is allowed, and the JSON
shape (what the API and stored jobs carry) round-trips."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from engine.errors import EngineError
from engine.options import EffectSetting, InvalidOptions, JobOptions
from engine.spec import BrushArrow, EffectKind, MotionBrush, RegionEffect

ROOT = Path(__file__).resolve().parents[2]
SQUARE = [[0.1, 0.5], [0.9, 0.5], [0.9, 0.95], [0.1, 0.95]]
BRUSH = {
    "region": SQUARE,
    "arrows": [{"start": [0.2, 0.7], "end": [0.5, 0.7]}],
    "anchors": [[0.5, 0.8]],
}


def _brush(**changes: Any) -> dict[str, Any]:
    return {**BRUSH, **changes}


def test_full_options_round_trip_through_json() -> None:
    options = JobOptions(
        ratio="1:1",
        duration_s=4,
        resolution="540p",
        loop=True,
        camera="none",
        effects=["steam", "snow"],
        effect_settings=[EffectSetting("steam", 0.7, (0.52, 0.38)), EffectSetting("snow", 0.3)],
        brush=BRUSH,
    )
    data = json.loads(json.dumps(options.to_dict()))
    assert data["effect_settings"] == {
        "steam": {"strength": 0.7, "origin": [0.52, 0.38]},
        "snow": {"strength": 0.3},
    }
    assert data["brush"] == BRUSH
    again = JobOptions.from_dict(data)
    assert again == options
    assert again.effects == ("steam", "snow") and isinstance(again.brush, MotionBrush)
    assert again.brush.arrows == (BrushArrow((0.2, 0.7), (0.5, 0.7)),)
    assert again.region_effects() == (
        RegionEffect(EffectKind.STEAM, strength=0.7, origin=(0.52, 0.38)),
        RegionEffect(EffectKind.SNOW, strength=0.3),
    )


def test_old_stored_options_still_read() -> None:
    stored = {
        "ratio": "auto",
        "duration_s": None,
        "resolution": "720p",
        "provider": "auto",
        "loop": None,
        "camera": None,
        "effects": ["sway"],
    }
    options = JobOptions.from_dict(stored)
    assert options.effects == ("sway",) and options.brush is None
    assert options.region_effects() == (RegionEffect(EffectKind.SWAY, strength=0.5),)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"effects": ["snow", "rain", "fog", "steam", "smoke"]}, "at most 4 effects"),
        ({"effects": ["snow", "snow"]}, "chosen once"),
        ({"effects": ["confetti"]}, "Effect must be one of"),
        ({"effects": "snow"}, "must be a list"),
        ({"effects": ["snow"], "effect_settings": {"snow": {"strength": 1.5}}}, "strength is 1.5"),
        ({"effects": ["snow"], "effect_settings": {"snow": {"strength": "nan"}}}, "finite"),
        ({"effects": ["snow"], "effect_settings": {"snow": {"strength": True}}}, "a number"),
        ({"effects": ["snow"], "effect_settings": {"rain": {"strength": 0.5}}}, "not among"),
        ({"effects": ["snow"], "effect_settings": {"snow": {"speed": 2}}}, "take a strength"),
        ({"effects": ["snow"], "effect_settings": {"snow": {"origin": [0.5, 0.5]}}}, "none"),
        (
            {"effects": ["steam"], "effect_settings": {"steam": {"origin": [0.5, 1.5]}}},
            r"origin is \(0.5, 1.5\)",
        ),
        ({"effects": ["steam"], "effect_settings": {"steam": {"origin": [0.5]}}}, r"\[x, y\]"),
        ({"duration_s": 11}, "2 to 10 seconds"),
        ({"duration_s": 1.5}, "1.5 s is outside"),
        ({"duration_s": "long"}, "must be a number"),
        ({"duration_s": float("inf")}, "finite"),
        ({"ratio": "3:2"}, "Ratio must be one of"),
        ({"resolution": "4k"}, "Resolution must be one of"),
        ({"camera": "zoom"}, "Camera move must be one of"),
        ({"provider": "x" * 41}, "at most 40 characters"),
        ({"brush": _brush(arrows=[{"start": [0.2, 0.7], "end": [0.5, 0.7]}] * 9)}, "at most 8"),
        ({"brush": _brush(anchors=[[0.5, 0.5]] * 17)}, "at most 16"),
        ({"brush": _brush(region=[[0.1, 0.1]] * 65)}, "at most 64"),
        ({"brush": _brush(region=[[0.1, 0.1], [0.9, 0.9]])}, "at least 3 points"),
        ({"brush": _brush(region=[[0.1, 0.1], [0.5, 0.5], [0.9, 0.9]])}, "almost no area"),
        ({"brush": _brush(region=[[0.1, 0.5], [1.2, 0.5], [0.9, 0.9]])}, "Region point 2"),
        ({"brush": _brush(anchors=[[-0.1, 0.5]])}, "Anchor 1"),
        (
            {"brush": _brush(arrows=[{"start": [0.2, 0.7], "end": [0.2, 0.7]}])},
            "Arrow 1 has no length",
        ),
        (
            {"brush": _brush(arrows=[{"start": [0.2, 0.7], "end": [0.5, 2.0]}])},
            "Arrow 1's end",
        ),
        ({"brush": _brush(arrows=[])}, "at least one arrow"),
        ({"brush": _brush(arrows=[{"start": [0.2, 0.7]}])}, "start and end"),
        ({"brush": _brush(region="everything")}, "list of"),
        ({"brush": _brush(colour="red")}, "Unknown brush field"),
        ({"brush": [1, 2, 3]}, "region, arrows and anchors"),
    ],
)
def test_each_bound_is_enforced_with_a_message(data: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidOptions, match=message):
        JobOptions.from_dict(data)


def test_direct_construction_is_validated_too() -> None:
    with pytest.raises(InvalidOptions, match="at most 4 effects"):
        JobOptions(effects=("snow", "rain", "fog", "steam", "smoke"))
    with pytest.raises(InvalidOptions, match=r"strength is -0\.2"):
        JobOptions(effects=("fog",), effect_settings=(EffectSetting("fog", -0.2),))
    bad = MotionBrush(region=((0.1, 0.1), (0.2, 0.1), (0.3, 0.1)), arrows=())
    with pytest.raises(InvalidOptions, match="at least one arrow"):
        JobOptions(brush=bad)


def test_ten_thousand_effects_are_refused_at_once() -> None:
    with pytest.raises(InvalidOptions, match="10000 were given"):
        JobOptions.from_dict({"effects": ["snow"] * 10_000})
    with pytest.raises(InvalidOptions, match="at most 4"):
        JobOptions(effects=("snow",) * 10_000)


def test_invalid_options_is_an_engine_error_and_options_import_nothing_of_django() -> None:
    assert issubclass(InvalidOptions, EngineError)
    assert InvalidOptions("x").code == "invalid_options"
    code = (
        "import sys, engine.options; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'pipeline')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
