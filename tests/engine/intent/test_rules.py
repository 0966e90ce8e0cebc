from __future__ import annotations

import pytest

from engine.intent.rules import (
    DEFAULT_PROMPT,
    ImageFacts,
    IntentConfigError,
    InvalidOverride,
    SpecDefaults,
    SpecOverrides,
    closest_ratio,
    interpret,
    parse_rules,
    parse_rules_with_notes,
)
from engine.spec import CameraMove, EffectKind, Ratio, Resolution, SubjectKind

LANDSCAPE_PHOTO = ImageFacts(width=1600, height=900, has_sky=True)
PORTRAIT_PHOTO = ImageFacts(width=1080, height=1350, faces=1, face_boxes=((340, 300, 400, 480),))
PLAIN_PHOTO = ImageFacts(width=1000, height=1000)

S = SubjectKind
C = CameraMove
E = EffectKind


def effect_pairs(spec) -> set[tuple[EffectKind, str]]:
    return {(e.kind, e.target) for e in spec.effects}


@pytest.mark.parametrize(
    ("prompt", "camera"),
    [
        ("zoom in on the lighthouse", C.PUSH_IN),
        ("slow push in", C.PUSH_IN),
        ("push-in towards her", C.PUSH_IN),
        ("zoom out to reveal the valley", C.PULL_OUT),
        ("pull back slowly", C.PULL_OUT),
        ("pan left across the skyline", C.PAN_LEFT),
        ("pan to the right", C.PAN_RIGHT),
        ("a gentle pan", C.PAN_RIGHT),
        ("tilt up to the sky", C.TILT_UP),
        ("tilt down to the street", C.TILT_DOWN),
        ("orbit around the statue", C.ORBIT),
        ("parallax effect", C.PARALLAX),
        ("handheld feel", C.HANDHELD),
        ("hand-held documentary look", C.HANDHELD),
        ("static camera, only the water moves", C.NONE),
        ("no camera movement please", C.NONE),
        ("don't zoom, just pan left", C.PAN_LEFT),
        ("zoom in then pan left", C.PUSH_IN),  # the first move named wins
        ("drift to the left", C.PAN_LEFT),
    ],
)
def test_camera_move_comes_from_motion_words(prompt: str, camera: CameraMove) -> None:
    assert parse_rules(prompt, PLAIN_PHOTO).camera is camera


@pytest.mark.parametrize(
    ("prompt", "effects"),
    [
        ("make the clouds drift", {(E.SKY_DRIFT, "sky")}),
        ("water rippling", {(E.WATER_RIPPLE, "water")}),
        ("waves rolling in", {(E.WATER_RIPPLE, "water")}),
        ("the lake shimmers", {(E.WATER_RIPPLE, "water")}),
        ("hair blowing in the wind", {(E.SWAY, "hair")}),
        ("leaves swaying", {(E.SWAY, "foliage")}),
        ("her dress flutters", {(E.SWAY, "fabric")}),
        ("make it sway", {(E.SWAY, "auto")}),
        ("candle flickering", {(E.FLICKER, "flame")}),
        ("fire crackling in the fireplace", {(E.FLICKER, "flame")}),
        ("city lights twinkle", {(E.FLICKER, "lights")}),
        ("she breathes softly", {(E.BREATHING, "subject")}),
        ("clouds drift and the sea ripples", {(E.SKY_DRIFT, "sky"), (E.WATER_RIPPLE, "water")}),
        ("clouds drift over the sea", {(E.SKY_DRIFT, "sky")}),  # the sea is only the place
        ("zoom in", set()),
        ("no clouds moving, just zoom", set()),
    ],
)
def test_region_effects_come_from_motion_words(prompt: str, effects: set) -> None:
    assert effect_pairs(parse_rules(prompt, PLAIN_PHOTO)) == effects


@pytest.mark.parametrize(
    ("prompt", "strength"),
    [
        ("zoom in", 0.5),
        ("slow zoom in", 0.3),
        ("gentle zoom in", 0.3),
        ("very slow zoom in", 0.15),
        ("dramatic zoom in", 0.8),
        ("fast zoom in", 0.8),
        ("extremely dramatic zoom in", 0.95),
        ("zoom in, not too fast", 0.5),
    ],
)
def test_gentle_and_dramatic_words_set_the_strength(prompt: str, strength: float) -> None:
    spec = parse_rules(prompt + " while the clouds drift", LANDSCAPE_PHOTO)
    assert spec.camera_strength == pytest.approx(strength)
    assert [e.strength for e in spec.effects] == [pytest.approx(strength)]


@pytest.mark.parametrize(
    ("prompt", "duration"),
    [
        ("zoom in, 3s", 3.0),
        ("5 seconds of waves", 5.0),
        ("3 sec clip", 3.0),
        ("a 4-second clip", 4.0),
        ("ten seconds of clouds", 10.0),
        ("2.5 s", 2.5),
        ("zoom in", 3.0),  # the default
        ("retro 1990s look", 3.0),  # a decade, not a length
    ],
)
def test_duration_comes_from_the_prompt(prompt: str, duration: float) -> None:
    assert parse_rules(prompt, PLAIN_PHOTO).duration_s == duration


@pytest.mark.parametrize(
    ("prompt", "duration", "asked"),
    [("15 seconds of waves", 10.0, "15"), ("a minute long", 10.0, "60"), ("1s", 2.0, "1")],
)
def test_duration_outside_2_to_10_seconds_is_clamped_with_a_note(
    prompt: str, duration: float, asked: str
) -> None:
    parsed = parse_rules_with_notes(prompt, PLAIN_PHOTO)
    assert parsed.spec.duration_s == duration
    assert len(parsed.notes) == 1
    assert parsed.notes[0].code == "duration"
    assert f"{asked}-second" in parsed.notes[0].text and "2–10 seconds" in parsed.notes[0].text


@pytest.mark.parametrize(
    ("prompt", "ratio"),
    [
        ("vertical", Ratio.VERTICAL),
        ("9:16 for stories", Ratio.VERTICAL),
        ("for tiktok", Ratio.VERTICAL),
        ("square", Ratio.SQUARE),
        ("1:1", Ratio.SQUARE),
        ("4:5", Ratio.PORTRAIT),
        ("in portrait format", Ratio.PORTRAIT),
        ("landscape orientation", Ratio.LANDSCAPE),
        ("widescreen", Ratio.LANDSCAPE),
        ("16:9", Ratio.LANDSCAPE),
        ("horizontal please", Ratio.LANDSCAPE),
    ],
)
def test_ratio_comes_from_the_prompt(prompt: str, ratio: Ratio) -> None:
    # PLAIN_PHOTO is square, so anything but SQUARE proves the words were read.
    assert parse_rules(prompt, ImageFacts(1200, 900)).ratio is ratio


def test_without_ratio_words_the_ratio_follows_the_photo_or_the_workspace_default() -> None:
    assert parse_rules("zoom in", ImageFacts(1920, 1080)).ratio is Ratio.LANDSCAPE
    assert parse_rules("zoom in", ImageFacts(1080, 1920)).ratio is Ratio.VERTICAL
    assert parse_rules("zoom in", ImageFacts(1080, 1350)).ratio is Ratio.PORTRAIT
    assert parse_rules("zoom in", ImageFacts(4000, 3000)).ratio is Ratio.LANDSCAPE
    defaults = SpecDefaults(ratio=Ratio.SQUARE)
    assert parse_rules("zoom in", ImageFacts(1920, 1080), defaults=defaults).ratio is Ratio.SQUARE


@pytest.mark.parametrize(
    ("prompt", "loop"),
    [
        ("loop it", True),
        ("seamless loop of the waterfall", True),
        ("a looping cinemagraph", True),
        ("boomerang", True),
        ("zoom in", False),
        ("no loop", False),
        ("don't loop it", False),
    ],
)
def test_loop_words(prompt: str, loop: bool) -> None:
    assert parse_rules(prompt, PLAIN_PHOTO).loop is loop


def test_a_loop_keeps_the_camera_still_unless_a_move_was_asked_for() -> None:
    assert parse_rules("seamless loop of the waterfall", PLAIN_PHOTO).camera is C.NONE
    assert parse_rules("loop, zoom in", PLAIN_PHOTO).camera is C.PUSH_IN


@pytest.mark.parametrize(
    ("prompt", "facts", "subject"),
    [
        ("", PORTRAIT_PHOTO, S.FACE),
        ("", ImageFacts(4000, 3000, faces=3, face_boxes=((0, 0, 80, 80),) * 3), S.PERSON),
        ("", ImageFacts(4000, 3000, faces=2), S.PERSON),
        ("my dog on the beach", PLAIN_PHOTO, S.ANIMAL),
        ("the cat stretches", PLAIN_PHOTO, S.ANIMAL),
        ("mountain at sunrise", PLAIN_PHOTO, S.LANDSCAPE),
        ("beach with waves", PLAIN_PHOTO, S.LANDSCAPE),
        ("clouds over the sky", PLAIN_PHOTO, S.LANDSCAPE),
        ("our new product, a perfume bottle", PLAIN_PHOTO, S.OBJECT),
        ("a woman walking away", PLAIN_PHOTO, S.PERSON),
        ("", LANDSCAPE_PHOTO, S.LANDSCAPE),
        ("", PLAIN_PHOTO, S.SCENE),
    ],
)
def test_subject_kind_comes_from_faces_then_words(
    prompt: str, facts: ImageFacts, subject: SubjectKind
) -> None:
    assert parse_rules(prompt, facts).subject is subject


def test_empty_prompt_on_a_portrait_is_a_gentle_push_in_with_breathing() -> None:
    spec = parse_rules("", PORTRAIT_PHOTO)
    assert spec.prompt == DEFAULT_PROMPT
    assert spec.camera is C.PUSH_IN
    assert spec.camera_strength <= 0.3
    assert effect_pairs(spec) == {(E.BREATHING, "subject")}
    assert not spec.loop


def test_empty_prompt_on_a_landscape_drifts_the_sky_with_a_slow_pan() -> None:
    spec = parse_rules("   ", ImageFacts(1600, 900, has_sky=True, has_water=True))
    assert spec.camera is C.PAN_RIGHT
    assert spec.camera_strength <= 0.3
    assert effect_pairs(spec) == {(E.SKY_DRIFT, "sky"), (E.WATER_RIPPLE, "water")}


def test_come_alive_adds_the_subject_defaults_to_what_was_asked() -> None:
    spec = parse_rules("bring her to life and make her hair blow", PORTRAIT_PHOTO)
    assert effect_pairs(spec) == {(E.SWAY, "hair"), (E.BREATHING, "subject")}


def test_blink_is_noted_as_a_face_change_the_engine_cannot_make() -> None:
    parsed = parse_rules_with_notes("make her blink", PORTRAIT_PHOTO)
    assert effect_pairs(parsed.spec) == set()
    assert [n.code for n in parsed.notes] == ["facial_expression"]
    assert "“blink”" in parsed.notes[0].text and "breathing" in parsed.notes[0].text


def test_form_values_win_over_words() -> None:
    overrides = SpecOverrides(ratio="1:1", duration_s=6, resolution="1080p", loop=False)
    spec = parse_rules("9:16, 3 seconds, loop", PLAIN_PHOTO, overrides=overrides)
    assert spec.ratio is Ratio.SQUARE
    assert spec.duration_s == 6.0
    assert spec.resolution is Resolution.P1080
    assert spec.loop is False


def test_an_override_we_cannot_render_is_refused_with_a_reason() -> None:
    with pytest.raises(InvalidOverride, match="2 and 10 seconds"):
        parse_rules("zoom", PLAIN_PHOTO, overrides=SpecOverrides(duration_s=30))
    with pytest.raises(InvalidOverride, match="ratios"):
        parse_rules("zoom", PLAIN_PHOTO, overrides=SpecOverrides(ratio="3:2"))


def test_rules_are_deterministic_and_the_spec_round_trips() -> None:
    prompt = "dramatic push in, waves and hair in the wind, 4s, vertical, loop"
    first = parse_rules(prompt, PORTRAIT_PHOTO)
    assert all(parse_rules(prompt, PORTRAIT_PHOTO) == first for _ in range(5))
    assert type(first).from_json(first.to_json()) == first


def test_interpret_with_rules_reports_the_parser_and_no_fallback() -> None:
    result = interpret(prompt="zoom in, 15s", facts=PLAIN_PHOTO)
    assert result.parser == "rules"
    assert result.fallback_reason is None
    assert result.spec.duration_s == 10.0
    assert result.notes and result.ms >= 0


def test_interpret_refuses_an_unknown_provider() -> None:
    with pytest.raises(IntentConfigError, match="INTENT_PROVIDER"):
        interpret(prompt="zoom", facts=PLAIN_PHOTO, provider="gemini")


def test_closest_ratio_breaks_ties_toward_the_photo_orientation() -> None:
    assert closest_ratio(4000, 3000) is Ratio.LANDSCAPE
    assert closest_ratio(3000, 4000) is Ratio.PORTRAIT
    assert closest_ratio(1000, 1000) is Ratio.SQUARE
