"""The rule parser reads motion prompts in five languages and is honest about the rest.

Prompts here are written for these tests (none comes from the corpus's test split)."""

from __future__ import annotations

import pytest

from engine.intent.rules import (
    RULES_ENGINE,
    VIDEO_MODEL,
    ImageFacts,
    normalise,
    parse_rules_with_notes,
)
from engine.spec import CameraMove as C
from engine.spec import EffectKind as E
from engine.spec import Ratio

ANY_PHOTO = ImageFacts(1000, 1000)  # nothing known about sky or water
NO_SKY_NO_WATER = ImageFacts(1000, 1000, has_sky=False, has_water=False)
SKY_AND_WATER = ImageFacts(1600, 900, has_sky=True, has_water=True)
PORTRAIT = ImageFacts(1080, 1350, faces=1, face_boxes=((340, 300, 400, 480),))


def read(prompt: str, facts: ImageFacts = ANY_PHOTO):
    parsed = parse_rules_with_notes(prompt, facts)
    return parsed.spec, {e.kind for e in parsed.spec.effects}, [n.code for n in parsed.notes]


# -- the six prompts of issue 18 -------------------------------------------------------------
def test_steam_over_coffee_is_steam_never_a_sky():
    spec, effects, notes = read("steam rises from the coffee, slow push in", NO_SKY_NO_WATER)
    assert spec.camera is C.PUSH_IN
    assert effects == {E.STEAM}
    assert notes == []


@pytest.mark.parametrize(
    ("prompt", "facts", "effect", "note"),
    [
        ("snow falls gently", NO_SKY_NO_WATER, E.SNOW, None),
        ("rain on the window", NO_SKY_NO_WATER, E.RAIN, None),
        ("she turns her head and smiles", PORTRAIT, None, {"head_turn", "facial_expression"}),
        ("make her wink", PORTRAIT, None, {"facial_expression"}),
        ("the dog wags its tail", ANY_PHOTO, None, {"animal_motion"}),
        ("the car drives away down the road", ANY_PHOTO, None, {"object_motion"}),
        ("haz que las nubes se muevan", SKY_AND_WATER, E.SKY_DRIFT, None),
        ("fais bouger les nuages", SKY_AND_WATER, E.SKY_DRIFT, None),
        ("haz que las nubes se muevan", NO_SKY_NO_WATER, None, {"sky_drift"}),
        ("fais bouger les nuages", NO_SKY_NO_WATER, None, {"sky_drift"}),
    ],
)
def test_the_issue_prompts_give_the_effect_or_a_note(prompt, facts, effect, note):
    _, effects, notes = read(prompt, facts)
    if effect is not None:
        assert effect in effects
    else:
        assert set(notes) == note
        assert E.SKY_DRIFT not in effects


def test_a_note_quotes_the_users_words_and_offers_what_the_engine_can_do():
    parsed = parse_rules_with_notes("Que ella gire la cabeza", PORTRAIT)
    (note,) = parsed.notes
    assert note.code == "head_turn"
    assert "“gire la cabeza”" in note.text
    assert "built-in engine" in note.text and "video model" in note.text
    assert "sway or breathing" in note.text


def test_a_video_model_gets_no_notes_for_what_it_can_render():
    for renderer, expected in ((RULES_ENGINE, ["body_motion"]), (VIDEO_MODEL, [])):
        parsed = parse_rules_with_notes("the girl dances", PORTRAIT, renderer=renderer)
        assert [n.code for n in parsed.notes] == expected


# -- no region that is not in the photo --------------------------------------------------------
@pytest.mark.parametrize(
    "prompt",
    [
        "clouds racing across the sky",
        "que las nubes pasen",
        "les nuages défilent",
        "Wolken ziehen vorbei",
        "as nuvens passando",
    ],
)
def test_no_sky_drift_without_a_sky_but_a_note(prompt):
    _, effects, notes = read(prompt, NO_SKY_NO_WATER)
    assert E.SKY_DRIFT not in effects and notes == ["sky_drift"]
    _, effects, notes = read(prompt, SKY_AND_WATER)
    assert E.SKY_DRIFT in effects and notes == []


@pytest.mark.parametrize(
    "prompt",
    ["waves on the shore", "el río fluye", "l'eau ondule", "Wellen im Wasser", "o rio corre"],
)
def test_no_water_ripple_without_water_but_a_note(prompt):
    _, effects, notes = read(prompt, NO_SKY_NO_WATER)
    assert E.WATER_RIPPLE not in effects and notes == ["water_ripple"]
    _, effects, _ = read(prompt, SKY_AND_WATER)
    assert E.WATER_RIPPLE in effects


def test_a_vague_prompt_never_adds_a_region_the_photo_lacks():
    _, effects, _ = read("make it come alive", NO_SKY_NO_WATER)
    assert not effects & {E.SKY_DRIFT, E.WATER_RIPPLE}
    _, effects, _ = read("dale vida", SKY_AND_WATER)
    assert {E.SKY_DRIFT, E.WATER_RIPPLE} <= effects


def test_a_place_is_not_an_ask_fog_over_water_is_fog():
    _, effects, _ = read("thick fog over the river", SKY_AND_WATER)
    assert effects == {E.FOG}
    _, effects, _ = read("niebla sobre el lago", SKY_AND_WATER)
    assert effects == {E.FOG}


# -- every overlay kind, in every language -----------------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "effect"),
    [
        ("heavy snowfall", E.SNOW),
        ("copos de nieve", E.SNOW),
        ("il neige doucement", E.SNOW),
        ("dichter Schneefall", E.SNOW),
        ("neve caindo", E.SNOW),
        ("a rainy evening", E.RAIN),
        ("llueve sobre la calle", E.RAIN),
        ("une pluie fine", E.RAIN),
        ("es regnet", E.RAIN),
        ("chuva forte", E.RAIN),
        ("morning mist", E.FOG),
        ("bruma en el valle", E.FOG),
        ("du brouillard", E.FOG),
        ("dichter Nebel", E.FOG),
        ("névoa leve", E.FOG),
        ("a steaming bowl of soup", E.STEAM),
        ("el vapor de la sopa", E.STEAM),
        ("la vapeur du café", E.STEAM),
        ("die Suppe dampft", E.STEAM),
        ("vapor da sopa", E.STEAM),
        ("smoke from the chimney", E.SMOKE),
        ("humo de la fogata", E.SMOKE),
        ("de la fumée monte", E.SMOKE),
        ("Rauch über dem Dach", E.SMOKE),
        ("fumaça subindo", E.SMOKE),
        ("golden glitter everywhere", E.SPARKLES),
        ("purpurina dorada", E.SPARKLES),
        ("des paillettes dorées", E.SPARKLES),
        ("goldener Glitzer", E.SPARKLES),
        ("brilhos dourados", E.SPARKLES),
        ("autumn leaves falling", E.FALLING_LEAVES),
        ("hojas que caen", E.FALLING_LEAVES),
        ("des feuilles tombent", E.FALLING_LEAVES),
        ("Blätter fallen", E.FALLING_LEAVES),
        ("folhas caem", E.FALLING_LEAVES),
        ("rose petals drifting", E.PETALS),
        ("pétalos de rosa", E.PETALS),
        ("des pétales de rose", E.PETALS),
        ("Blütenblätter schweben", E.PETALS),
        ("pétalas de rosa", E.PETALS),
        ("warm light leaks", E.LIGHT_LEAK),
        ("fugas de luz cálidas", E.LIGHT_LEAK),
        ("des fuites de lumière", E.LIGHT_LEAK),
        ("warme Lichtlecks", E.LIGHT_LEAK),
        ("vazamentos de luz", E.LIGHT_LEAK),
        ("candles flickering", E.FLICKER),
        ("la llama de la vela", E.FLICKER),
        ("le feu de cheminée crépite", E.FLICKER),
        ("flackernde Kerzen", E.FLICKER),
        ("a chama da vela", E.FLICKER),
        ("her hair in the breeze", E.SWAY),
        ("el trigo se mece con el viento", E.SWAY),
        ("les rideaux ondulent au vent", E.SWAY),
        ("die Fahne weht", E.SWAY),
        ("o vestido balançando", E.SWAY),
    ],
)
def test_each_effect_in_each_language(prompt, effect):
    _, effects, _ = read(prompt, SKY_AND_WATER)
    assert effect in effects


def test_fog_steam_and_smoke_are_overlays_not_a_sky_drift():
    for prompt in ("fog", "steam", "smoke", "mist rolling in"):
        _, effects, _ = read(prompt, SKY_AND_WATER)
        assert E.SKY_DRIFT not in effects and len(effects) == 1


def test_word_traps():
    assert read("una lluvia de pétalos")[1] == {E.PETALS}  # not rain
    assert read("a rainbow over the hills")[1] == set()  # a new object, not rain
    assert read("a rainbow over the hills")[2] == ["new_objects"]
    assert read("feux d'artifice")[1] == set()  # not a fire's flicker
    assert read("el café humeante")[1] == {E.STEAM}  # "humo" of a drink is steam


# -- camera, duration, ratio, loop, negation ---------------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "camera"),
    [
        ("acercamiento lento", C.PUSH_IN),
        ("zoom avant sur la tasse", C.PUSH_IN),
        ("langsam heranzoomen", C.PUSH_IN),
        ("aproxima devagar", C.PUSH_IN),
        ("la cámara se aleja", C.PULL_OUT),
        ("zoom arrière lent", C.PULL_OUT),
        ("Zoom raus", C.PULL_OUT),
        ("paneo hacia la derecha", C.PAN_RIGHT),
        ("panoramique vers la gauche", C.PAN_LEFT),
        ("Schwenk nach links", C.PAN_LEFT),
        ("panorâmica para a direita", C.PAN_RIGHT),
        ("inclina la cámara hacia arriba", C.TILT_UP),
        ("la caméra descend vers le bas", C.TILT_DOWN),
        ("Kamera kippt nach oben", C.TILT_UP),
        ("a câmera gira ao redor da estátua", C.ORBIT),
        ("cámara en mano", C.HANDHELD),
        ("effet de profondeur", C.PARALLAX),
        ("cámara fija", C.NONE),
        ("sin zoom", C.NONE),
        ("ohne Zoom", C.NONE),
        ("sans mouvement de caméra", C.NONE),
        ("câmera parada", C.NONE),
    ],
)
def test_camera_moves_in_five_languages(prompt, camera):
    assert read(prompt)[0].camera is camera


@pytest.mark.parametrize(
    ("prompt", "seconds"),
    [
        ("5 segundos", 5.0),
        ("3 Sek.", 3.0),
        ("2,5 s", 2.5),
        ("cuatro segundos", 4.0),
        ("six secondes", 6.0),
        ("acht Sekunden lang", 8.0),
        ("dois segundos", 2.0),
        ("in 7s", 7.0),
        ("efecto 3D, 35mm", 3.0),  # neither is a length: the default
    ],
)
def test_durations(prompt, seconds):
    assert read(prompt)[0].duration_s == seconds


@pytest.mark.parametrize(
    ("prompt", "ratio"),
    [
        ("hochkant bitte", Ratio.VERTICAL),
        ("pour les stories", Ratio.VERTICAL),
        ("formato vertical", Ratio.VERTICAL),
        ("quadrado", Ratio.SQUARE),
        ("formato cuadrado", Ratio.SQUARE),
        ("format carré", Ratio.SQUARE),
        ("im Querformat", Ratio.LANDSCAPE),
        ("format paysage", Ratio.LANDSCAPE),
        ("em 4:5", Ratio.PORTRAIT),
    ],
)
def test_ratios(prompt, ratio):
    assert read(prompt)[0].ratio is ratio


@pytest.mark.parametrize(
    ("prompt", "loop"),
    [
        ("en bucle", True),
        ("als Schleife", True),
        ("en boucle", True),
        ("em loop", True),
        ("que no se repita", False),
        ("pas de boucle", False),
        ("nicht loopen", False),
        ("sem repetir", False),
    ],
)
def test_loops(prompt, loop):
    assert read(prompt + ", snow")[0].loop is loop


def test_negation_in_every_language():
    assert read("no snow, just rain")[1] == {E.RAIN}
    assert read("sin nieve, solo lluvia")[1] == {E.RAIN}
    assert read("pas de neige, juste de la pluie")[1] == {E.RAIN}
    assert read("kein Schnee, nur Regen")[1] == {E.RAIN}
    assert read("sem neve, só chuva")[1] == {E.RAIN}
    assert read("clouds move but the lake stays still", SKY_AND_WATER)[1] == {E.SKY_DRIFT}


def test_portuguese_no_is_in_the_not_a_negation():
    assert read("vento no cabelo dela", PORTRAIT)[1] == {E.SWAY}


def test_normalise_keeps_where_each_character_came_from():
    text = normalise("  Cámara   FIJA, ß ")
    assert text.text == "camara fija, ss"
    assert text.phrase(0, 11) == "Cámara   FIJA"
