"""The spec's JSON: old specs read as before, new fields round-trip, bounds hold."""

from __future__ import annotations

import json

import pytest

from engine.spec import (
    MAX_SPEC_EFFECTS,
    BrushArrow,
    EffectKind,
    GenerationSpec,
    MotionBrush,
    RegionEffect,
    SpecError,
)

# A spec as the previous release stored it (no origin, no brush).
OLD_SPEC = {
    "subject": "object",
    "camera": "push_in",
    "camera_strength": 0.5,
    "easing": "ease_in_out",
    "effects": [{"kind": "sway", "target": "hair", "strength": 0.4}],
    "duration_s": 3.0,
    "ratio": "9:16",
    "resolution": "720p",
    "fps": 24,
    "loop": False,
    "seed": 7,
    "letterbox": False,
    "prompt": "hair in the wind",
    "version": 1,
}


def test_an_old_spec_reads_and_writes_back_unchanged() -> None:
    spec = GenerationSpec.from_dict(OLD_SPEC)
    assert spec.effects == (RegionEffect(EffectKind.SWAY, "hair", 0.4),)
    assert spec.brush is None
    assert spec.to_dict() == OLD_SPEC  # no new keys when the new fields are unset


def test_overlay_kinds_and_an_origin_round_trip() -> None:
    spec = GenerationSpec(
        effects=(
            RegionEffect(EffectKind.STEAM, strength=0.8, origin=(0.4, 0.6)),
            RegionEffect(EffectKind.SNOW),
        )
    )
    data = json.loads(spec.to_json())
    assert data["effects"][0] == {
        "kind": "steam",
        "target": "auto",
        "strength": 0.8,
        "origin": [0.4, 0.6],
    }
    assert "origin" not in data["effects"][1]
    assert GenerationSpec.from_json(spec.to_json()) == spec


@pytest.mark.parametrize(
    ("origin", "message"),
    [([1.2, 0.5], "from 0 to 1"), ([0.5], "pair of numbers"), (["a", 0.5], "pair of numbers")],
)
def test_an_origin_outside_the_photo_is_refused(origin: object, message: str) -> None:
    data = {"effects": [{"kind": "smoke", "origin": origin}]}
    with pytest.raises(SpecError, match=message):
        GenerationSpec.from_dict(data)


def test_a_spec_with_thousands_of_effects_is_refused_before_parsing_them() -> None:
    data = {"effects": [{"kind": "snow"}] * 10_000}
    with pytest.raises(SpecError, match=f"at most {MAX_SPEC_EFFECTS} effects"):
        GenerationSpec.from_dict(data)
    with pytest.raises(SpecError, match="at most"):
        GenerationSpec(effects=(RegionEffect(EffectKind.SNOW),) * (MAX_SPEC_EFFECTS + 1))


def test_a_brush_round_trips_and_its_json_shape_is_plain() -> None:
    brush = MotionBrush(
        region=((0.1, 0.5), (0.9, 0.5), (0.9, 0.95), (0.1, 0.95)),
        arrows=(BrushArrow(start=(0.2, 0.7), end=(0.5, 0.7)),),
        anchors=((0.5, 0.8),),
    )
    spec = GenerationSpec(brush=brush)
    data = json.loads(spec.to_json())
    assert data["brush"] == {
        "region": [[0.1, 0.5], [0.9, 0.5], [0.9, 0.95], [0.1, 0.95]],
        "arrows": [{"start": [0.2, 0.7], "end": [0.5, 0.7]}],
        "anchors": [[0.5, 0.8]],
    }
    assert GenerationSpec.from_json(spec.to_json()) == spec


def test_a_spec_refuses_an_invalid_brush() -> None:
    flat = {
        "region": [[0.1, 0.1], [0.5, 0.1], [0.9, 0.1]],
        "arrows": [{"start": [0, 0], "end": [1, 1]}],
    }
    with pytest.raises(SpecError, match="almost no area"):
        GenerationSpec.from_dict({"brush": flat})
    with pytest.raises(SpecError, match="anchors; use at most 16"):
        GenerationSpec.from_dict({"brush": {**flat, "anchors": [[0.5, 0.5]] * 17}})
