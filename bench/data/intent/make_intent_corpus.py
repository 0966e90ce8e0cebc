"""Build the labelled intent evaluation corpus: train.jsonl, dev.jsonl, test.jsonl.

    python bench/data/intent/make_intent_corpus.py           # (re)write the three files
    python bench/data/intent/make_intent_corpus.py --check   # verify the files match a rebuild

Deterministic (fixed SEED, no clock, no environment): the same code always writes the same
bytes. Prompts come from slot templates x per-language vocabularies (English, Spanish, French,
German, Portuguese) plus hand-written prompts; labels come from the vocabulary entries, never
from a parser. See README.md for the split rule and the labelling conventions.

The labels were written without looking at the production parser (pipeline/stages/intent.py)
or its examples, on purpose: this corpus must not inherit that parser's word lists.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

SEED = 7321
HERE = Path(__file__).resolve().parent
SPLITS = ("train", "dev", "test")
LANGS = ("en", "es", "fr", "de", "pt")

# ---------------------------------------------------------------------------------------------
# Label vocabulary (the only codes allowed in the files)
# ---------------------------------------------------------------------------------------------
CAMERAS = (
    "none",
    "push_in",
    "pull_out",
    "pan_left",
    "pan_right",
    "tilt_up",
    "tilt_down",
    "handheld",
    "parallax",
    "orbit",
)
REGION_EFFECTS = ("sky_drift", "water_ripple", "sway", "flicker", "breathing")
OVERLAYS = (
    "snow",
    "rain",
    "fog",
    "steam",
    "smoke",
    "sparkles",
    "falling_leaves",
    "petals",
    "light_leak",
)
EFFECTS = REGION_EFFECTS + OVERLAYS
UNSUPPORTED = (
    "head_turn",
    "facial_expression",
    "body_motion",
    "animal_motion",
    "object_motion",
    "transformation",
    "new_objects",
)
RATIOS = ("9:16", "1:1", "4:5", "16:9")

# ---------------------------------------------------------------------------------------------
# Photos. Only has_sky / has_water / faces / subject reach the parser; `scene` is for humans.
# ---------------------------------------------------------------------------------------------
T, F = True, False
IMAGES: dict[str, tuple[bool, bool, int, str, str]] = {
    "coffee": (F, F, 0, "object", "cup of coffee on a wooden table, indoors"),
    "tea": (F, F, 0, "object", "teapot and a cup of tea, indoors"),
    "soup": (F, F, 0, "object", "bowl of ramen, top view"),
    "candle": (F, F, 0, "object", "lit candles on a table"),
    "cake": (F, F, 0, "object", "birthday cake with lit candles"),
    "perfume": (F, F, 0, "object", "perfume bottle, studio product shot"),
    "car": (T, F, 0, "object", "red car on a country road"),
    "door": (F, F, 0, "object", "old blue wooden door, close-up"),
    "flag": (T, F, 0, "object", "flag on a pole against the sky"),
    "fireplace": (F, F, 0, "scene", "living room with a lit fireplace"),
    "room": (F, F, 0, "scene", "cosy bedroom with curtains"),
    "window": (F, F, 0, "scene", "window seen from inside on a grey day"),
    "neon": (F, F, 0, "scene", "narrow alley with neon signs at night"),
    "street": (T, F, 0, "scene", "city street by day"),
    "city": (T, F, 0, "scene", "city skyline at dusk"),
    "harbor": (T, T, 0, "scene", "fishing boats in a harbour"),
    "campfire": (T, F, 0, "scene", "campfire at dusk"),
    "station": (F, F, 0, "scene", "steam train at a covered platform"),
    "pond": (F, T, 0, "scene", "koi pond seen from above"),
    "lake": (T, T, 0, "landscape", "mountain lake"),
    "sea": (T, T, 0, "landscape", "beach at sunset"),
    "river": (T, T, 0, "landscape", "river and waterfall in a valley"),
    "forest": (F, F, 0, "landscape", "dense forest path, no sky visible"),
    "meadow": (T, F, 0, "landscape", "flower meadow under a wide sky"),
    "cabin": (T, F, 0, "landscape", "snowy cabin with a chimney"),
    "cherry": (T, F, 0, "landscape", "cherry blossom trees in a park"),
    "autumn": (T, F, 0, "landscape", "park in autumn"),
    "desert": (T, F, 0, "landscape", "desert dunes"),
    "portrait_w": (F, F, 1, "face", "close-up portrait of a young woman"),
    "portrait_m": (F, F, 1, "face", "close-up portrait of a man"),
    "grandma": (F, F, 1, "face", "portrait of an elderly woman"),
    "baby": (F, F, 1, "face", "sleeping baby"),
    "woman_field": (T, F, 1, "person", "woman with long hair in a wheat field"),
    "man_beach": (T, T, 1, "person", "man standing on a beach"),
    "couple": (T, F, 2, "person", "couple in a park"),
    "wedding": (F, F, 2, "person", "bride and groom indoors"),
    "family": (F, F, 4, "person", "family on a sofa"),
    "kids": (T, F, 3, "person", "three kids in a garden"),
    "dog": (T, F, 0, "animal", "dog on a lawn"),
    "cat": (F, F, 0, "animal", "cat sleeping on a sofa"),
    "bird": (T, F, 0, "animal", "bird on a branch"),
    "horse": (T, F, 0, "animal", "horse in a meadow"),
}

_SETS = {
    "sky": {k for k, v in IMAGES.items() if v[0]},
    "water": {k for k, v in IMAGES.items() if v[1]},
    "outdoor": {k for k, v in IMAGES.items() if v[0]} | {"forest"},
    "any": set(IMAGES),
    "faces": {k for k, v in IMAGES.items() if v[2] > 0},
    "portrait": {"portrait_w", "portrait_m", "grandma", "woman_field", "man_beach"},
    "woman": {"portrait_w", "grandma", "woman_field"},
    "man": {"portrait_m", "man_beach"},
    "drink": {"coffee", "tea"},
    # Photos with no sky / no water, used for "asked for a region the photo does not have".
    "nosky": {"forest", "room", "window", "portrait_w", "portrait_m", "cat", "station", "pond"},
    "nowater": {"city", "meadow", "street", "desert", "forest", "room", "coffee"},
    # Photos where nothing specific suggests itself, for "make it feel alive".
    "plain": {"coffee", "perfume", "room", "door", "candle", "tea"},
    "rich": {"lake", "sea", "meadow", "portrait_w", "woman_field", "harbor", "river"},
}


def imgs(spec: str) -> frozenset[str]:
    out: set[str] = set()
    for tok in spec.split():
        if tok.startswith("@"):
            out |= _SETS[tok[1:]]
        else:
            if tok not in IMAGES:
                raise KeyError(f"unknown image {tok!r}")
            out.add(tok)
    return frozenset(out)


def image_facts(key: str) -> dict:
    sky, water, faces, subject, _ = IMAGES[key]
    return {"has_sky": sky, "has_water": water, "faces": faces, "subject": subject}


def image_forbidden(key: str) -> set[str]:
    """Effects that are wrong on this photo whatever the prompt says."""
    sky, water, faces, subject, _ = IMAGES[key]
    out = set()
    if not sky:
        out.add("sky_drift")
    if not water:
        out.add("water_ripple")
    if faces == 0 and subject in ("object", "landscape", "scene"):
        out.add("breathing")
    return out


# What a person looking at the photo would find natural to animate. Used only to relax effect
# precision on vague prompts (these are never required: the parser sees only the facts).
NATURAL = {
    "coffee": {"steam"},
    "tea": {"steam"},
    "soup": {"steam"},
    "candle": {"flicker"},
    "cake": {"flicker"},
    "fireplace": {"flicker"},
    "campfire": {"flicker", "smoke"},
    "neon": {"flicker"},
    "cabin": {"smoke", "snow"},
    "cherry": {"petals"},
    "autumn": {"falling_leaves"},
    "perfume": {"sparkles"},
}


def image_optional(key: str) -> set[str]:
    """For vague prompts ("make it feel alive"): effects that are reasonable, not asked: the
    regions the facts confirm, a global light leak, and what the photo itself suggests."""
    sky, water, faces, subject, _ = IMAGES[key]
    out = {"light_leak"} | NATURAL.get(key, set())
    if sky:
        out.add("sky_drift")
    if water:
        out.add("water_ripple")
    if faces > 0 or subject == "animal":
        out.add("breathing")
    if subject in ("face", "person", "landscape", "scene"):
        out.add("sway")
    return out


# ---------------------------------------------------------------------------------------------
# Vocabularies. An entry is (text, image spec[, trap]) where `trap` names effects that a naive
# word match would wrongly fire on (e.g. "lluvia de pétalos" is petals, not rain): they go to
# forbidden_effects.
# ---------------------------------------------------------------------------------------------
FX: dict[str, dict[str, list[tuple]]] = {
    "en": {
        "sky_drift": [
            ("clouds drifting slowly across the sky", "@sky"),
            ("make the clouds move", "@sky"),
            ("moving sky", "@sky"),
            ("let the clouds roll by", "@sky"),
            ("time-lapse clouds", "@sky"),
        ],
        "water_ripple": [
            ("the water ripples gently", "@water"),
            ("gentle waves lapping at the shore", "sea man_beach"),
            ("make the lake shimmer", "lake"),
            ("the river flows", "river"),
            ("soft ripples on the pond", "pond"),
            ("the sea moving softly", "sea harbor man_beach"),
        ],
        "sway": [
            ("wind in her hair", "@woman"),
            ("her hair blowing in the breeze", "portrait_w woman_field"),
            ("leaves rustling in the wind", "forest autumn cherry bird"),
            ("the grass swaying", "meadow horse dog kids"),
            ("the flag flutters in the wind", "flag"),
            ("curtains moving in a light breeze", "room window"),
            ("the wheat sways in the wind", "woman_field"),
        ],
        "flicker": [
            ("the candle flickers", "candle cake"),
            ("flickering candlelight", "candle cake"),
            ("the flames dance in the fireplace", "fireplace"),
            ("the campfire flickers", "campfire"),
            ("neon signs flickering", "neon"),
        ],
        "breathing": [
            ("subtle breathing", "@faces"),
            ("she breathes softly", "@woman"),
            ("he's breathing gently", "@man"),
            ("like a living portrait, just subtle breathing", "portrait_w portrait_m grandma"),
            ("the baby breathing softly in her sleep", "baby"),
            ("the cat breathing slowly as it sleeps", "cat"),
        ],
        "snow": [
            ("snow falls gently", "@outdoor @portrait"),
            ("light snowfall", "@outdoor @portrait"),
            ("make it snow", "@outdoor @portrait"),
            ("big fluffy snowflakes falling", "@outdoor @portrait"),
        ],
        "rain": [
            ("rain on the window", "window room"),
            ("make it rain", "@outdoor"),
            ("light drizzle", "@outdoor"),
            ("heavy rain pouring down", "@outdoor"),
            ("raindrops falling", "@outdoor window"),
        ],
        "fog": [
            ("morning mist", "lake river meadow forest cabin autumn"),
            ("fog rolling in", "@outdoor"),
            ("a light haze", "@outdoor"),
            ("mist drifting over the lake", "lake"),
        ],
        "steam": [
            ("steam rises from the coffee", "coffee"),
            ("steam rising from the tea", "tea"),
            ("steaming hot ramen", "soup"),
            ("a wisp of steam from the cup", "@drink"),
        ],
        "smoke": [
            ("smoke rising from the chimney", "cabin"),
            ("smoke drifting up from the campfire", "campfire"),
            ("incense smoke curling up", "room"),
        ],
        "falling_leaves": [
            ("autumn leaves falling", "autumn forest dog couple bird"),
            ("leaves drifting down", "autumn forest"),
            ("a few falling leaves", "@outdoor"),
        ],
        "petals": [
            ("cherry blossom petals falling", "cherry couple"),
            ("rose petals drifting down", "wedding couple portrait_w"),
            ("sakura petals floating in the air", "cherry"),
        ],
        "sparkles": [
            ("sparkles around the bottle", "perfume"),
            ("glitter falling", "perfume cake portrait_w wedding"),
            ("a bit of magic dust", "@any"),
            ("twinkling sparkles", "perfume cake wedding city"),
        ],
        "light_leak": [
            ("warm light leaks", "@any"),
            ("vintage film light leaks", "@any"),
            ("a soft lens flare", "@outdoor"),
            ("retro light leaks like an old film camera", "@any"),
        ],
    },
    "es": {
        "sky_drift": [
            ("que las nubes se muevan despacio", "@sky"),
            ("haz que las nubes se muevan", "@sky"),
            ("nubes pasando lentamente", "@sky"),
            ("el cielo en movimiento", "@sky"),
            ("nubes en time-lapse", "@sky"),
        ],
        "water_ripple": [
            ("el agua ondulando suavemente", "@water"),
            ("olas suaves en la orilla", "sea man_beach"),
            ("que se mueva el agua del lago", "lake"),
            ("el río corriendo", "river"),
            ("pequeñas ondas en el estanque", "pond"),
            ("el mar moviéndose suavemente", "sea harbor man_beach"),
        ],
        "sway": [
            ("el viento en su pelo", "@woman portrait_m"),
            ("que el pelo se mueva con la brisa", "portrait_w woman_field"),
            ("las hojas de los árboles meciéndose con el viento", "forest autumn cherry bird"),
            ("la hierba meciéndose", "meadow horse dog kids"),
            ("la bandera ondeando al viento", "flag"),
            ("las cortinas moviéndose con la brisa", "room window"),
            ("el trigo meciéndose con el viento", "woman_field"),
        ],
        "flicker": [
            ("que la vela parpadee", "candle cake"),
            ("la llama de las velas titilando", "candle cake"),
            ("el fuego de la chimenea crepitando", "fireplace", "smoke"),
            ("las llamas de la fogata", "campfire"),
            ("los letreros de neón parpadeando", "neon"),
        ],
        "breathing": [
            ("respiración sutil", "@faces"),
            ("que respire suavemente", "@portrait"),
            ("como un retrato vivo, solo una respiración leve", "portrait_w portrait_m grandma"),
            ("el bebé respirando tranquilo mientras duerme", "baby"),
            ("el gato respirando despacio mientras duerme", "cat"),
        ],
        "snow": [
            ("que nieve", "@outdoor @portrait"),
            ("nieve cayendo suavemente", "@outdoor @portrait"),
            ("una nevada ligera", "@outdoor @portrait"),
            ("copos de nieve grandes cayendo", "@outdoor @portrait"),
        ],
        "rain": [
            ("lluvia en la ventana", "window room"),
            ("que llueva", "@outdoor"),
            ("una llovizna suave", "@outdoor"),
            ("lluvia intensa", "@outdoor"),
            ("gotas de lluvia cayendo", "@outdoor window"),
        ],
        "fog": [
            ("bruma matinal", "lake river meadow forest cabin autumn"),
            ("niebla entrando poco a poco", "@outdoor"),
            ("una neblina ligera", "@outdoor"),
            ("neblina sobre el lago", "lake"),
        ],
        "steam": [
            ("que salga vapor del café", "coffee"),
            ("vapor saliendo del té", "tea"),
            ("ramen humeante", "soup", "smoke"),
            ("un hilo de vapor saliendo de la taza", "@drink"),
        ],
        "smoke": [
            ("humo saliendo de la chimenea", "cabin"),
            ("el humo de la fogata subiendo", "campfire"),
            ("humo de incienso", "room"),
        ],
        "falling_leaves": [
            ("hojas de otoño cayendo", "autumn forest dog couple bird"),
            ("que caigan hojas", "@outdoor"),
            ("hojas secas cayendo despacio", "autumn forest"),
        ],
        "petals": [
            ("pétalos de cerezo cayendo", "cherry couple"),
            ("lluvia de pétalos de rosa", "wedding couple portrait_w", "rain"),
            ("pétalos de sakura flotando en el aire", "cherry"),
        ],
        "sparkles": [
            ("destellos brillantes alrededor del frasco", "perfume"),
            ("purpurina cayendo", "perfume cake portrait_w wedding"),
            ("un poco de polvo mágico", "@any"),
            ("brillitos", "perfume cake wedding city"),
        ],
        "light_leak": [
            ("filtraciones de luz cálidas", "@any"),
            ("light leaks de película antigua", "@any"),
            ("un destello de lente suave", "@outdoor"),
            ("fugas de luz estilo vintage", "@any"),
        ],
    },
    "fr": {
        "sky_drift": [
            ("fais bouger les nuages", "@sky"),
            ("les nuages qui défilent lentement", "@sky"),
            ("un ciel en mouvement", "@sky"),
            ("nuages en accéléré", "@sky"),
            ("que les nuages avancent doucement", "@sky"),
        ],
        "water_ripple": [
            ("l'eau qui ondule doucement", "@water"),
            ("des petites vagues sur la plage", "sea man_beach"),
            ("le lac qui miroite", "lake"),
            ("la rivière qui coule", "river"),
            ("des rides sur l'eau du bassin", "pond"),
            ("la mer qui bouge doucement", "sea harbor man_beach"),
        ],
        "sway": [
            ("le vent dans ses cheveux", "@woman portrait_m"),
            ("ses cheveux qui bougent avec la brise", "portrait_w woman_field portrait_m"),
            ("les feuilles qui bruissent dans le vent", "forest autumn cherry bird"),
            ("l'herbe qui ondule sous le vent", "meadow horse dog kids"),
            ("le drapeau qui flotte au vent", "flag"),
            ("les rideaux qui bougent légèrement", "room window"),
            ("les blés qui ondulent", "woman_field"),
        ],
        "flicker": [
            ("la flamme de la bougie qui vacille", "candle cake"),
            ("lumière de bougie vacillante", "candle cake"),
            ("le feu qui crépite dans la cheminée", "fireplace", "smoke"),
            ("les flammes du feu de camp", "campfire"),
            ("les néons qui clignotent", "neon"),
        ],
        "breathing": [
            ("une respiration subtile", "@faces"),
            ("qu'elle respire doucement", "@woman"),
            ("qu'il respire calmement", "@man"),
            (
                "comme un portrait vivant, juste une légère respiration",
                "portrait_w portrait_m grandma",
            ),
            ("le bébé qui respire paisiblement en dormant", "baby"),
            ("le chat qui respire doucement en dormant", "cat"),
        ],
        "snow": [
            ("de la neige qui tombe doucement", "@outdoor @portrait"),
            ("fais tomber la neige", "@outdoor @portrait"),
            ("une légère chute de neige", "@outdoor @portrait"),
            ("de gros flocons qui tombent", "@outdoor @portrait"),
        ],
        "rain": [
            ("de la pluie sur la vitre", "window room"),
            ("fais pleuvoir", "@outdoor"),
            ("une pluie fine", "@outdoor"),
            ("une grosse averse", "@outdoor"),
            ("des gouttes de pluie qui tombent", "@outdoor window"),
        ],
        "fog": [
            ("brume matinale", "lake river meadow forest cabin autumn"),
            ("du brouillard qui arrive", "@outdoor"),
            ("une légère brume", "@outdoor"),
            ("de la brume sur le lac", "lake"),
        ],
        "steam": [
            ("de la vapeur qui s'élève du café", "coffee"),
            ("le thé qui fume", "tea", "smoke"),
            ("un bol de ramen fumant", "soup", "smoke"),
            ("un filet de vapeur au-dessus de la tasse", "@drink"),
        ],
        "smoke": [
            ("de la fumée qui sort de la cheminée", "cabin"),
            ("la fumée du feu de camp", "campfire"),
            ("des volutes de fumée d'encens", "room"),
        ],
        "falling_leaves": [
            ("des feuilles mortes qui tombent", "autumn forest dog couple bird"),
            ("des feuilles d'automne qui virevoltent", "autumn forest"),
            ("quelques feuilles qui tombent", "@outdoor"),
        ],
        "petals": [
            ("des pétales de cerisier qui tombent", "cherry couple"),
            ("une pluie de pétales de rose", "wedding couple portrait_w", "rain"),
            ("des pétales de sakura qui flottent dans l'air", "cherry"),
        ],
        "sparkles": [
            ("des paillettes autour du flacon", "perfume"),
            ("des paillettes qui tombent", "perfume cake portrait_w wedding"),
            ("un peu de poussière magique", "@any"),
            ("des scintillements", "perfume cake wedding city"),
        ],
        "light_leak": [
            ("des fuites de lumière chaudes", "@any"),
            ("effet pellicule avec des light leaks", "@any"),
            ("un léger flare", "@outdoor"),
            ("des halos de lumière façon vieux film", "@any"),
        ],
    },
    "de": {
        "sky_drift": [
            ("lass die Wolken ziehen", "@sky"),
            ("die Wolken ziehen langsam vorbei", "@sky"),
            ("bewegter Himmel", "@sky"),
            ("Wolken im Zeitraffer", "@sky"),
            ("die Wolken sollen sich bewegen", "@sky"),
        ],
        "water_ripple": [
            ("das Wasser kräuselt sich leicht", "@water"),
            ("sanfte Wellen am Strand", "sea man_beach"),
            ("der See schimmert", "lake"),
            ("der Fluss fließt", "river"),
            ("kleine Wellen im Teich", "pond"),
            ("das Meer bewegt sich sanft", "sea harbor man_beach"),
        ],
        "sway": [
            ("Wind in ihren Haaren", "@woman"),
            ("ihre Haare wehen in der Brise", "portrait_w woman_field"),
            ("die Blätter rascheln im Wind", "forest autumn cherry bird"),
            ("das Gras wiegt sich im Wind", "meadow horse dog kids"),
            ("die Fahne weht im Wind", "flag"),
            ("die Vorhänge bewegen sich leicht", "room window"),
            ("das Weizenfeld wogt im Wind", "woman_field"),
        ],
        "flicker": [
            ("die Kerze flackert", "candle cake"),
            ("flackerndes Kerzenlicht", "candle cake"),
            ("das Kaminfeuer lodert", "fireplace", "smoke"),
            ("die Flammen des Lagerfeuers", "campfire"),
            ("die Neonschilder flackern", "neon"),
        ],
        "breathing": [
            ("dezentes Atmen", "@faces"),
            ("sie atmet ruhig", "@woman"),
            ("er atmet ganz ruhig", "@man"),
            ("wie ein lebendiges Porträt, nur leichtes Atmen", "portrait_w portrait_m grandma"),
            ("das Baby atmet friedlich im Schlaf", "baby"),
            ("die Katze atmet langsam im Schlaf", "cat"),
        ],
        "snow": [
            ("es schneit leicht", "@outdoor @portrait"),
            ("sanfter Schneefall", "@outdoor @portrait"),
            ("lass es schneien", "@outdoor @portrait"),
            ("dicke Schneeflocken fallen", "@outdoor @portrait"),
        ],
        "rain": [
            ("Regen am Fenster", "window room"),
            ("lass es regnen", "@outdoor"),
            ("leichter Nieselregen", "@outdoor"),
            ("starker Regen", "@outdoor"),
            ("Regentropfen fallen", "@outdoor window"),
        ],
        "fog": [
            ("Morgennebel", "lake river meadow forest cabin autumn"),
            ("Nebel zieht auf", "@outdoor"),
            ("leichter Dunst", "@outdoor"),
            ("Nebel über dem See", "lake"),
        ],
        "steam": [
            ("Dampf steigt aus dem Kaffee auf", "coffee"),
            ("dampfender Tee", "tea"),
            ("die Ramen-Schüssel dampft", "soup"),
            ("ein bisschen Dampf über der Tasse", "@drink"),
        ],
        "smoke": [
            ("Rauch steigt aus dem Schornstein", "cabin"),
            ("Rauch vom Lagerfeuer", "campfire"),
            ("Rauch von Räucherstäbchen", "room"),
        ],
        "falling_leaves": [
            ("fallende Herbstblätter", "autumn forest dog couple bird"),
            ("Blätter fallen langsam herab", "autumn forest"),
            ("ein paar fallende Blätter", "@outdoor"),
        ],
        "petals": [
            ("Kirschblüten rieseln herab", "cherry couple"),
            ("Rosenblätter regnen herab", "wedding couple portrait_w", "rain falling_leaves"),
            ("Sakura-Blütenblätter schweben durch die Luft", "cherry"),
        ],
        "sparkles": [
            ("Glitzer um den Flakon", "perfume"),
            ("Glitzer rieselt herab", "perfume cake portrait_w wedding"),
            ("ein bisschen Feenstaub", "@any"),
            ("kleine funkelnde Glitzerpartikel", "perfume cake wedding city"),
        ],
        "light_leak": [
            ("warme Lichtlecks", "@any"),
            ("Light Leaks wie bei altem Film", "@any"),
            ("ein sanfter Lens Flare", "@outdoor"),
            ("Lichteinfall wie bei einer alten Filmkamera", "@any"),
        ],
    },
    "pt": {
        "sky_drift": [
            ("faz as nuvens se mexerem", "@sky"),
            ("nuvens passando devagar", "@sky"),
            ("o céu em movimento", "@sky"),
            ("nuvens em time-lapse", "@sky"),
            ("que as nuvens andem devagar", "@sky"),
        ],
        "water_ripple": [
            ("a água ondulando de leve", "@water"),
            ("ondas suaves na praia", "sea man_beach"),
            ("o lago com a água se mexendo", "lake"),
            ("o rio correndo", "river"),
            ("pequenas ondulações no laguinho das carpas", "pond"),
            ("o mar se mexendo suavemente", "sea harbor man_beach"),
        ],
        "sway": [
            ("o vento no cabelo dela", "@woman"),
            ("o cabelo dela balançando com a brisa", "portrait_w woman_field"),
            ("as folhas das árvores balançando ao vento", "forest autumn cherry bird"),
            ("a grama balançando", "meadow horse dog kids"),
            ("a bandeira tremulando ao vento", "flag"),
            ("as cortinas se mexendo com a brisa", "room window"),
            ("o trigo balançando com o vento", "woman_field"),
        ],
        "flicker": [
            ("a vela tremeluzindo", "candle cake"),
            ("a chama das velas tremulando", "candle cake"),
            ("o fogo da lareira crepitando", "fireplace"),
            ("as chamas da fogueira", "campfire"),
            ("os letreiros de neon piscando", "neon"),
        ],
        "breathing": [
            ("respiração sutil", "@faces"),
            ("que ela respire suavemente", "@woman"),
            ("ele respirando devagar", "@man"),
            ("como um retrato vivo, só uma respiração leve", "portrait_w portrait_m grandma"),
            ("o bebê respirando tranquilo enquanto dorme", "baby"),
            ("o gato respirando devagar enquanto dorme", "cat"),
        ],
        "snow": [
            ("neve caindo devagar", "@outdoor @portrait"),
            ("faz nevar", "@outdoor @portrait"),
            ("uma nevada leve", "@outdoor @portrait"),
            ("flocos de neve grandes caindo", "@outdoor @portrait"),
        ],
        "rain": [
            ("chuva na janela", "window room"),
            ("faz chover", "@outdoor"),
            ("uma garoa leve", "@outdoor"),
            ("chuva forte", "@outdoor"),
            ("gotas de chuva caindo", "@outdoor window"),
        ],
        "fog": [
            ("névoa da manhã", "lake river meadow forest cabin autumn"),
            ("neblina chegando", "@outdoor"),
            ("uma bruma leve", "@outdoor"),
            ("neblina sobre o lago", "lake"),
        ],
        "steam": [
            ("vapor subindo do café", "coffee"),
            ("fumacinha saindo do café", "coffee", "smoke"),
            ("chá fumegante", "tea", "smoke"),
            ("lámen fumegante", "soup", "smoke"),
            ("um fiozinho de vapor saindo da xícara", "@drink"),
        ],
        "smoke": [
            ("fumaça saindo da chaminé", "cabin"),
            ("a fumaça da fogueira subindo", "campfire"),
            ("fumaça de incenso", "room"),
        ],
        "falling_leaves": [
            ("folhas de outono caindo", "autumn forest dog couple bird"),
            ("folhas secas caindo devagar", "autumn forest"),
            ("algumas folhas caindo", "@outdoor"),
        ],
        "petals": [
            ("pétalas de cerejeira caindo", "cherry couple"),
            ("chuva de pétalas de rosa", "wedding couple portrait_w", "rain"),
            ("pétalas de sakura flutuando no ar", "cherry"),
        ],
        "sparkles": [
            ("brilhos em volta do frasco", "perfume"),
            ("purpurina caindo", "perfume cake portrait_w wedding"),
            ("um pouco de poeira mágica", "@any"),
            ("brilhinhos cintilando", "perfume cake wedding city"),
        ],
        "light_leak": [
            ("vazamentos de luz quentes", "@any"),
            ("light leaks estilo filme antigo", "@any"),
            ("um flare suave", "@outdoor"),
            ("luz vazando como em filme analógico", "@any"),
        ],
    },
}

CAM: dict[str, dict[str, list[str]]] = {
    "en": {
        "push_in": [
            "slow push in",
            "zoom in slowly",
            "dolly in",
            "gentle zoom in",
            "move the camera closer",
        ],
        "pull_out": [
            "pull back slowly",
            "slow zoom out",
            "dolly out",
            "zoom out to reveal the scene",
        ],
        "pan_left": ["pan left", "slow pan to the left", "camera pans left"],
        "pan_right": ["pan right", "slow pan to the right", "pan across to the right"],
        "tilt_up": ["tilt up", "slow tilt up", "camera tilts upward"],
        "tilt_down": ["tilt down", "slow tilt down", "camera tilts down"],
        "handheld": [
            "handheld camera feel",
            "slightly shaky handheld look",
            "like it was shot handheld",
        ],
        "parallax": ["parallax effect", "3D parallax", "subtle depth parallax", "2.5D parallax"],
        "orbit": ["orbit around the subject", "slow orbit", "camera circles around"],
    },
    "es": {
        "push_in": [
            "acercamiento lento",
            "zoom in suave",
            "que la cámara se acerque despacio",
            "travelling hacia adelante",
        ],
        "pull_out": [
            "zoom out lento",
            "alejamiento suave",
            "que la cámara se aleje",
            "travelling hacia atrás",
        ],
        "pan_left": [
            "paneo a la izquierda",
            "panorámica lenta hacia la izquierda",
            "la cámara gira hacia la izquierda",
        ],
        "pan_right": [
            "paneo a la derecha",
            "panorámica lenta hacia la derecha",
            "mover la cámara hacia la derecha",
        ],
        "tilt_up": [
            "tilt hacia arriba",
            "la cámara se inclina hacia arriba",
            "paneo vertical hacia arriba",
        ],
        "tilt_down": [
            "tilt hacia abajo",
            "la cámara se inclina hacia abajo",
            "paneo vertical hacia abajo",
        ],
        "handheld": ["cámara en mano", "efecto cámara en mano", "como grabado con cámara en mano"],
        "parallax": ["efecto parallax", "paralaje 3D", "efecto de profundidad 2.5D"],
        "orbit": [
            "órbita alrededor del sujeto",
            "que la cámara gire alrededor",
            "movimiento orbital lento",
        ],
    },
    "fr": {
        "push_in": [
            "zoom avant lent",
            "travelling avant",
            "la caméra s'approche doucement",
            "léger zoom avant",
        ],
        "pull_out": [
            "zoom arrière",
            "travelling arrière",
            "la caméra recule lentement",
            "dézoome doucement",
        ],
        "pan_left": [
            "panoramique vers la gauche",
            "pano lent vers la gauche",
            "la caméra pivote vers la gauche",
        ],
        "pan_right": [
            "panoramique vers la droite",
            "pano lent vers la droite",
            "la caméra pivote vers la droite",
        ],
        "tilt_up": [
            "la caméra bascule vers le haut",
            "tilt vers le haut",
            "panoramique vertical vers le haut",
        ],
        "tilt_down": [
            "la caméra bascule vers le bas",
            "tilt vers le bas",
            "panoramique vertical vers le bas",
        ],
        "handheld": ["caméra à l'épaule", "effet caméra portée", "comme filmé à la main"],
        "parallax": ["effet parallaxe", "parallaxe 3D", "effet de profondeur 2.5D"],
        "orbit": [
            "orbite autour du sujet",
            "la caméra tourne autour du sujet",
            "mouvement orbital lent",
        ],
    },
    "de": {
        "push_in": [
            "langsamer Zoom rein",
            "langsam ranzoomen",
            "Kamerafahrt nach vorn",
            "sanftes Heranzoomen",
        ],
        "pull_out": [
            "langsam rauszoomen",
            "Kamera fährt zurück",
            "sanftes Herauszoomen",
            "Zoom raus",
        ],
        "pan_left": [
            "Schwenk nach links",
            "langsam nach links schwenken",
            "Kameraschwenk nach links",
        ],
        "pan_right": [
            "Schwenk nach rechts",
            "langsam nach rechts schwenken",
            "Kameraschwenk nach rechts",
        ],
        "tilt_up": ["Kamera neigt sich nach oben", "Tilt nach oben", "langsam nach oben schwenken"],
        "tilt_down": [
            "Kamera neigt sich nach unten",
            "Tilt nach unten",
            "langsam nach unten schwenken",
        ],
        "handheld": [
            "Handkamera-Look",
            "wie mit der Handkamera gefilmt",
            "leicht wackelige Handkamera",
        ],
        "parallax": ["Parallax-Effekt", "3D-Parallaxe", "leichter Tiefeneffekt (2.5D)"],
        "orbit": [
            "Kamera kreist um das Motiv",
            "langsamer Orbit",
            "Kamerafahrt im Kreis um das Motiv",
        ],
    },
    "pt": {
        "push_in": [
            "zoom in lento",
            "aproximação lenta da câmera",
            "a câmera se aproxima devagar",
            "travelling para frente",
        ],
        "pull_out": [
            "zoom out lento",
            "a câmera se afasta devagar",
            "afastamento suave",
            "travelling para trás",
        ],
        "pan_left": [
            "pan para a esquerda",
            "panorâmica lenta para a esquerda",
            "a câmera gira para a esquerda",
        ],
        "pan_right": [
            "pan para a direita",
            "panorâmica lenta para a direita",
            "a câmera gira para a direita",
        ],
        "tilt_up": ["tilt para cima", "a câmera inclina para cima", "movimento vertical para cima"],
        "tilt_down": [
            "tilt para baixo",
            "a câmera inclina para baixo",
            "movimento vertical para baixo",
        ],
        "handheld": [
            "câmera na mão",
            "efeito câmera na mão",
            "como se fosse filmado com a câmera na mão",
        ],
        "parallax": ["efeito parallax", "paralaxe 3D", "efeito de profundidade 2.5D"],
        "orbit": [
            "órbita em volta do assunto",
            "a câmera gira em volta",
            "movimento orbital lento",
        ],
    },
}

# Explicitly static camera (label "none"). "no zoom" alone also means none: see README.
NOCAM: dict[str, list[str]] = {
    "en": [
        "no camera movement",
        "keep the camera still",
        "static shot",
        "locked-off camera",
        "no zoom",
        "don't move the camera",
    ],
    "es": [
        "sin movimiento de cámara",
        "cámara fija",
        "plano fijo",
        "sin zoom",
        "que la cámara no se mueva",
        "sin mover la cámara",
    ],
    "fr": [
        "sans mouvement de caméra",
        "caméra fixe",
        "plan fixe",
        "sans zoom",
        "ne bouge pas la caméra",
        "caméra immobile",
    ],
    "de": [
        "ohne Kamerabewegung",
        "statische Kamera",
        "die Kamera bleibt still",
        "ohne Zoom",
        "Kamera nicht bewegen",
        "feste Einstellung",
    ],
    "pt": [
        "sem movimento de câmera",
        "câmera parada",
        "plano fixo",
        "sem zoom",
        "não mexe a câmera",
        "câmera fixa",
    ],
}

# Duration patterns: {n} integer, {w} the number as a word, {d} a decimal written the local way.
DUR: dict[str, list[str]] = {
    "en": [
        "{n} seconds",
        "{n}s",
        "in {n}s",
        "{n} sec",
        "a {n}-second clip",
        "make it {n} seconds long",
        "{w} seconds",
        "{d} seconds",
    ],
    "es": [
        "{n} segundos",
        "de {n} segundos",
        "que dure {n} segundos",
        "{n} seg",
        "{w} segundos",
        "{n} s",
        "{d} segundos",
    ],
    "fr": [
        "{n} secondes",
        "{w} secondes",
        "{n} s",
        "en {n} secondes",
        "durée {n} s",
        "{n} sec",
        "{d} secondes",
    ],
    "de": [
        "{n} Sekunden",
        "{n} Sek.",
        "in {n}s",
        "{n} Sekunden lang",
        "{w} Sekunden",
        "Länge: {n} s",
        "{d} Sekunden",
    ],
    "pt": [
        "{n} segundos",
        "em {n}s",
        "de {n} segundos",
        "{w} segundos",
        "{n} seg",
        "com {n} segundos",
        "{d} segundos",
    ],
}
NUMWORDS: dict[str, dict[int, str]] = {
    "en": {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight", 10: "ten"},
    "es": {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 8: "ocho", 10: "diez"},
    "fr": {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 8: "huit", 10: "dix"},
    "de": {2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs", 8: "acht", 10: "zehn"},
    "pt": {2: "dois", 3: "três", 4: "quatro", 5: "cinco", 6: "seis", 8: "oito", 10: "dez"},
}
DECIMAL_SEP = {"en": ".", "es": ",", "fr": ",", "de": ",", "pt": ","}
DURATION_VALUES = (2, 3, 4, 5, 6, 8, 10)
DECIMAL_VALUES = (2.5, 4.5, 7.5)

RATIO: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("vertical", "9:16"),
        ("for stories", "9:16"),
        ("for Reels", "9:16"),
        ("9:16", "9:16"),
        ("vertical for TikTok", "9:16"),
        ("square", "1:1"),
        ("square format", "1:1"),
        ("1:1", "1:1"),
        ("widescreen", "16:9"),
        ("16:9", "16:9"),
        ("landscape format", "16:9"),
        ("horizontal", "16:9"),
        ("4:5", "4:5"),
        ("4:5 for the feed", "4:5"),
    ],
    "es": [
        ("vertical", "9:16"),
        ("formato vertical", "9:16"),
        ("para stories", "9:16"),
        ("para TikTok", "9:16"),
        ("9:16", "9:16"),
        ("cuadrado", "1:1"),
        ("formato cuadrado", "1:1"),
        ("1:1", "1:1"),
        ("horizontal", "16:9"),
        ("en formato panorámico", "16:9"),
        ("formato 16:9", "16:9"),
        ("formato 4:5", "4:5"),
        ("4:5 para el feed", "4:5"),
    ],
    "fr": [
        ("vertical", "9:16"),
        ("format vertical", "9:16"),
        ("pour les stories", "9:16"),
        ("pour TikTok", "9:16"),
        ("9:16", "9:16"),
        ("carré", "1:1"),
        ("format carré", "1:1"),
        ("1:1", "1:1"),
        ("format paysage", "16:9"),
        ("en 16/9", "16:9"),
        ("16:9", "16:9"),
        ("format 4:5", "4:5"),
        ("en 4/5 pour le feed", "4:5"),
    ],
    "de": [
        ("hochkant", "9:16"),
        ("im Hochformat", "9:16"),
        ("für Stories", "9:16"),
        ("für TikTok", "9:16"),
        ("9:16", "9:16"),
        ("quadratisch", "1:1"),
        ("im quadratischen Format", "1:1"),
        ("1:1", "1:1"),
        ("im Querformat", "16:9"),
        ("Breitbild", "16:9"),
        ("16:9", "16:9"),
        ("4:5", "4:5"),
        ("im 4:5-Format", "4:5"),
    ],
    "pt": [
        ("vertical", "9:16"),
        ("formato vertical", "9:16"),
        ("para os stories", "9:16"),
        ("para Reels", "9:16"),
        ("9:16", "9:16"),
        ("quadrado", "1:1"),
        ("formato quadrado", "1:1"),
        ("1:1", "1:1"),
        ("horizontal", "16:9"),
        ("widescreen", "16:9"),
        ("16:9", "16:9"),
        ("4:5", "4:5"),
        ("formato 4:5 pro feed", "4:5"),
    ],
}

LOOP: dict[str, list[tuple[str, bool]]] = {
    "en": [
        ("loop it", T),
        ("seamless loop", T),
        ("looping", T),
        ("make it loop", T),
        ("as a perfect loop", T),
        ("no loop", F),
        ("don't loop it", F),
        ("play once, no loop", F),
    ],
    "es": [
        ("en bucle", T),
        ("en bucle infinito", T),
        ("que se repita en bucle", T),
        ("loop perfecto", T),
        ("en loop", T),
        ("sin bucle", F),
        ("que no se repita", F),
        ("una sola vez, sin loop", F),
    ],
    "fr": [
        ("en boucle", T),
        ("qui tourne en boucle", T),
        ("boucle parfaite", T),
        ("en boucle infinie", T),
        ("bouclé", T),
        ("pas de boucle", F),
        ("sans boucle", F),
        ("une seule fois, pas en boucle", F),
    ],
    "de": [
        ("als Schleife", T),
        ("in Endlosschleife", T),
        ("als Loop", T),
        ("nahtlos loopend", T),
        ("als nahtloser Loop", T),
        ("keine Schleife", F),
        ("nicht loopen", F),
        ("nur einmal abspielen, kein Loop", F),
    ],
    "pt": [
        ("em loop", T),
        ("em looping", T),
        ("loop contínuo", T),
        ("loop perfeito", T),
        ("repetindo sem parar", T),
        ("sem loop", F),
        ("não precisa repetir", F),
        ("sem repetir, só uma vez", F),
    ],
}

UNS: dict[str, dict[str, list[tuple]]] = {
    "en": {
        "head_turn": [
            ("she turns her head", "@woman"),
            ("he turns his head toward the camera", "@man"),
            ("make her look over her shoulder", "@woman"),
            ("turn his head to the left", "@man"),
            ("the bride turns to look at the groom", "wedding"),
        ],
        "facial_expression": [
            ("make her wink", "@woman"),
            ("he smiles", "@man"),
            ("make her smile", "@woman"),
            ("she blinks", "@woman"),
            ("make him laugh", "@man"),
            ("make her lip sync to the song", "@woman"),
            ("make the baby smile", "baby"),
            ("have him talk to the camera", "@man"),
        ],
        "body_motion": [
            ("she waves at the camera", "woman_field"),
            ("make him dance", "man_beach"),
            ("the kids jump up and down", "kids"),
            ("he walks toward the camera", "man_beach"),
            ("the couple starts dancing", "couple wedding"),
            ("make her raise her hand", "woman_field"),
        ],
        "animal_motion": [
            ("the dog wags its tail", "dog"),
            ("the bird flies away", "bird"),
            ("the cat jumps off the sofa", "cat"),
            ("the horse starts galloping", "horse"),
            ("the dog runs toward the camera", "dog"),
            ("make the cat stretch and yawn", "cat"),
        ],
        "object_motion": [
            ("the car drives away down the road", "car"),
            ("the door slowly opens", "door"),
            ("the boats sail out of the harbour", "harbor"),
            ("the train pulls out of the station", "station"),
            ("the car drives toward the camera", "car"),
        ],
        "transformation": [
            ("turn her into a cartoon", "@woman"),
            ("make him age 40 years", "@man"),
            ("the day turns into night", "city street lake"),
            ("the flowers bloom", "meadow"),
            ("morph it into an oil painting", "@any"),
        ],
        "new_objects": [
            ("add a dragon flying over the mountains", "lake"),
            ("add people walking by", "street"),
            ("put a rainbow in the sky", "@sky", "rain"),
            ("butterflies flying around her", "woman_field"),
            ("add fireworks in the sky", "city", "flicker"),
        ],
    },
    "es": {
        "head_turn": [
            ("que gire la cabeza", "@portrait"),
            ("ella gira la cabeza hacia la cámara", "@woman"),
            ("que él mire por encima del hombro", "@man"),
            ("que voltee la cara hacia un lado", "@portrait"),
        ],
        "facial_expression": [
            ("que guiñe un ojo", "@portrait"),
            ("que sonría", "@portrait"),
            ("que parpadee", "@portrait"),
            ("que se ría", "@portrait"),
            ("que hable a cámara", "@portrait"),
            ("haz que la abuela sonría", "grandma"),
            ("que mueva los labios como si cantara", "@portrait"),
        ],
        "body_motion": [
            ("que salude con la mano", "woman_field man_beach"),
            ("que baile", "woman_field man_beach"),
            ("los niños saltando", "kids"),
            ("que camine hacia la cámara", "woman_field man_beach"),
            ("que la pareja se abrace", "couple wedding"),
        ],
        "animal_motion": [
            ("que el perro mueva la cola", "dog"),
            ("el pájaro sale volando", "bird"),
            ("el gato salta del sofá", "cat"),
            ("el caballo galopando", "horse"),
            ("que el perro corra hacia la cámara", "dog"),
        ],
        "object_motion": [
            ("el coche se aleja por la carretera", "car"),
            ("que la puerta se abra", "door"),
            ("el tren saliendo de la estación", "station"),
            ("los barcos saliendo del puerto", "harbor"),
            ("que el coche arranque", "car"),
        ],
        "transformation": [
            ("que se convierta en dibujo animado", "@portrait"),
            ("envejécelo 30 años", "@man"),
            ("que el día se haga de noche", "city street lake"),
            ("que las flores se abran", "meadow"),
            ("conviértelo en una pintura al óleo", "@any"),
        ],
        "new_objects": [
            ("añade un dragón volando sobre las montañas", "lake"),
            ("pon gente caminando por la calle", "street"),
            ("añade un arcoíris en el cielo", "@sky"),
            ("mariposas volando a su alrededor", "woman_field"),
            ("fuegos artificiales en el cielo", "city", "flicker"),
        ],
    },
    "fr": {
        "head_turn": [
            ("elle tourne la tête", "@woman"),
            ("qu'il tourne la tête vers la caméra", "@man"),
            ("fais-la regarder par-dessus son épaule", "@woman"),
            ("qu'elle tourne la tête vers la gauche", "@woman"),
        ],
        "facial_expression": [
            ("fais-lui faire un clin d'œil", "@portrait"),
            ("qu'elle sourie", "@woman"),
            ("qu'il cligne des yeux", "@man"),
            ("fais-le rire", "@man"),
            ("fais-la parler", "@woman"),
            ("fais sourire le bébé", "baby"),
            ("synchronisation labiale sur une chanson", "@portrait"),
        ],
        "body_motion": [
            ("qu'elle fasse coucou de la main", "woman_field"),
            ("fais-le danser", "man_beach"),
            ("les enfants sautent", "kids"),
            ("il marche vers la caméra", "man_beach"),
            ("le couple se met à danser", "couple wedding"),
        ],
        "animal_motion": [
            ("le chien remue la queue", "dog"),
            ("l'oiseau s'envole", "bird"),
            ("le chat saute du canapé", "cat"),
            ("le cheval part au galop", "horse"),
            ("le chien court vers la caméra", "dog"),
        ],
        "object_motion": [
            ("la voiture s'éloigne sur la route", "car"),
            ("la porte s'ouvre lentement", "door"),
            ("le train quitte la gare", "station"),
            ("les bateaux quittent le port", "harbor"),
            ("la voiture démarre", "car"),
        ],
        "transformation": [
            ("transforme-la en personnage de dessin animé", "@woman"),
            ("fais-le vieillir de 30 ans", "@man"),
            ("le jour se transforme en nuit", "city street lake"),
            ("les fleurs s'épanouissent", "meadow"),
            ("transforme la photo en peinture à l'huile", "@any"),
        ],
        "new_objects": [
            ("ajoute un dragon qui survole les montagnes", "lake"),
            ("ajoute des passants dans la rue", "street"),
            ("ajoute un arc-en-ciel dans le ciel", "@sky"),
            ("des papillons qui volent autour d'elle", "woman_field"),
            ("un feu d'artifice dans le ciel", "city", "flicker"),
        ],
    },
    "de": {
        "head_turn": [
            ("sie dreht den Kopf", "@woman"),
            ("er dreht den Kopf zur Kamera", "@man"),
            ("lass sie über die Schulter schauen", "@woman"),
            ("er soll den Kopf nach links drehen", "@man"),
        ],
        "facial_expression": [
            ("lass sie zwinkern", "@woman"),
            ("er soll lächeln", "@man"),
            ("sie blinzelt", "@woman"),
            ("lass ihn lachen", "@man"),
            ("lass sie sprechen", "@woman"),
            ("das Baby soll lächeln", "baby"),
            ("lippensynchron zu einem Lied", "@portrait"),
        ],
        "body_motion": [
            ("sie winkt in die Kamera", "woman_field"),
            ("lass ihn tanzen", "man_beach"),
            ("die Kinder springen herum", "kids"),
            ("er läuft auf die Kamera zu", "man_beach"),
            ("das Paar fängt an zu tanzen", "couple wedding"),
        ],
        "animal_motion": [
            ("der Hund wedelt mit dem Schwanz", "dog"),
            ("der Vogel fliegt davon", "bird"),
            ("die Katze springt vom Sofa", "cat"),
            ("das Pferd galoppiert los", "horse"),
            ("der Hund rennt auf die Kamera zu", "dog"),
        ],
        "object_motion": [
            ("das Auto fährt die Straße entlang davon", "car"),
            ("die Tür geht langsam auf", "door"),
            ("der Zug fährt aus dem Bahnhof", "station"),
            ("die Boote fahren aus dem Hafen", "harbor"),
            ("das Auto fährt los", "car"),
        ],
        "transformation": [
            ("verwandle sie in eine Comicfigur", "@woman"),
            ("lass ihn um 30 Jahre altern", "@man"),
            ("der Tag wird zur Nacht", "city street lake"),
            ("die Blumen gehen auf", "meadow"),
            ("mach ein Ölgemälde daraus", "@any"),
        ],
        "new_objects": [
            ("füge einen Drachen über den Bergen hinzu", "lake"),
            ("füge Passanten auf der Straße hinzu", "street"),
            ("ein Regenbogen am Himmel", "@sky", "rain"),
            ("Schmetterlinge fliegen um sie herum", "woman_field"),
            ("Feuerwerk am Himmel", "city", "flicker"),
        ],
    },
    "pt": {
        "head_turn": [
            ("ela vira a cabeça", "@woman"),
            ("que ele vire o rosto para a câmera", "@man"),
            ("faz ela olhar por cima do ombro", "@woman"),
            ("ele vira a cabeça para a esquerda", "@man"),
        ],
        "facial_expression": [
            ("faz ela piscar", "@woman"),
            ("ele sorri", "@man"),
            ("que ela sorria", "@woman"),
            ("faz ele dar risada", "@man"),
            ("faz ela falar", "@woman"),
            ("o bebê sorrindo", "baby"),
            ("sincronia labial com uma música", "@portrait"),
        ],
        "body_motion": [
            ("ela acena para a câmera", "woman_field"),
            ("faz ele dançar", "man_beach"),
            ("as crianças pulando", "kids"),
            ("ele caminha em direção à câmera", "man_beach"),
            ("o casal começa a dançar", "couple wedding"),
        ],
        "animal_motion": [
            ("o cachorro abanando o rabo", "dog"),
            ("o pássaro sai voando", "bird"),
            ("o gato pula do sofá", "cat"),
            ("o cavalo sai galopando", "horse"),
            ("o cachorro corre em direção à câmera", "dog"),
        ],
        "object_motion": [
            ("o carro vai embora pela estrada", "car"),
            ("a porta se abre devagar", "door"),
            ("o trem saindo da estação", "station"),
            ("os barcos saindo do porto", "harbor"),
            ("o carro arranca", "car"),
        ],
        "transformation": [
            ("transforma ela em desenho animado", "@woman"),
            ("envelhece ele uns 30 anos", "@man"),
            ("o dia vira noite", "city street lake"),
            ("as flores desabrochando", "meadow"),
            ("transforma em pintura a óleo", "@any"),
        ],
        "new_objects": [
            ("adiciona um dragão voando sobre as montanhas", "lake"),
            ("coloca pessoas andando na rua", "street"),
            ("um arco-íris no céu", "@sky"),
            ("borboletas voando em volta dela", "woman_field"),
            ("fogos de artifício no céu", "city", "flicker"),
        ],
    },
}

# Negated effects: the code goes to forbidden_effects, never to effects.
NEG: dict[str, dict[str, list[tuple]]] = {
    "en": {
        "sky_drift": [("but keep the sky still", "@sky"), ("without the clouds moving", "@sky")],
        "water_ripple": [
            ("but keep the water still", "@water"),
            ("no ripples on the water", "@water"),
        ],
        "sway": [
            ("her hair stays still", "@woman"),
            ("no wind, the trees stay still", "forest autumn meadow"),
        ],
        "snow": [("but no snow", "@outdoor")],
        "rain": [("no rain", "@outdoor")],
        "fog": [("no fog", "@outdoor")],
        "smoke": [("no smoke", "campfire cabin")],
        "sparkles": [("no glitter or sparkles", "@any")],
        "light_leak": [("no light leaks", "@any")],
        "steam": [("no steam", "@drink soup")],
        "flicker": [("the candle flame stays still", "candle cake")],
        "petals": [("no petals", "cherry wedding")],
        "falling_leaves": [("no falling leaves", "autumn forest")],
        "breathing": [("keep her perfectly still, no breathing motion", "@woman")],
    },
    "es": {
        "sky_drift": [
            ("pero sin que se muevan las nubes", "@sky"),
            ("con el cielo quieto", "@sky"),
        ],
        "water_ripple": [("pero con el agua quieta", "@water"), ("sin ondas en el agua", "@water")],
        "sway": [
            ("sin que se mueva el pelo", "@woman"),
            ("sin viento en los árboles", "forest autumn meadow"),
        ],
        "snow": [("pero sin nieve", "@outdoor")],
        "rain": [("sin lluvia", "@outdoor")],
        "fog": [("sin niebla", "@outdoor")],
        "smoke": [("sin humo", "campfire cabin")],
        "sparkles": [("sin brillos", "@any")],
        "light_leak": [("sin fugas de luz", "@any")],
        "steam": [("sin vapor", "@drink soup")],
        "flicker": [("con la llama quieta", "candle cake")],
        "petals": [("sin pétalos", "cherry wedding")],
        "falling_leaves": [("sin hojas cayendo", "autumn forest")],
        "breathing": [("totalmente quieta, sin respiración", "@woman")],
    },
    "fr": {
        "sky_drift": [
            ("sans faire bouger les nuages", "@sky"),
            ("mais le ciel reste immobile", "@sky"),
        ],
        "water_ripple": [
            ("mais l'eau reste immobile", "@water"),
            ("sans vagues", "sea man_beach harbor"),
        ],
        "sway": [
            ("sans que les cheveux bougent", "@woman"),
            ("pas de vent dans les arbres", "forest autumn meadow"),
        ],
        "snow": [("mais pas de neige", "@outdoor")],
        "rain": [("sans pluie", "@outdoor")],
        "fog": [("sans brouillard", "@outdoor")],
        "smoke": [("sans fumée", "campfire cabin")],
        "sparkles": [("sans paillettes", "@any")],
        "light_leak": [("sans fuites de lumière", "@any")],
        "steam": [("sans vapeur", "@drink soup")],
        "flicker": [("la flamme reste immobile", "candle cake")],
        "petals": [("sans pétales", "cherry wedding")],
        "falling_leaves": [("sans feuilles qui tombent", "autumn forest")],
        "breathing": [("parfaitement immobile, sans respiration", "@woman")],
    },
    "de": {
        "sky_drift": [
            ("aber der Himmel bleibt ruhig", "@sky"),
            ("ohne dass sich die Wolken bewegen", "@sky"),
        ],
        "water_ripple": [
            ("aber das Wasser bleibt ruhig", "@water"),
            ("keine Wellen", "sea man_beach harbor"),
        ],
        "sway": [
            ("die Haare sollen sich nicht bewegen", "@woman"),
            ("kein Wind in den Bäumen", "forest autumn meadow"),
        ],
        "snow": [("aber kein Schnee", "@outdoor")],
        "rain": [("kein Regen", "@outdoor")],
        "fog": [("ohne Nebel", "@outdoor")],
        "smoke": [("ohne Rauch", "campfire cabin")],
        "sparkles": [("ohne Glitzer", "@any")],
        "light_leak": [("ohne Light Leaks", "@any")],
        "steam": [("ohne Dampf", "@drink soup")],
        "flicker": [("die Flamme bleibt ruhig", "candle cake")],
        "petals": [("ohne Blütenblätter", "cherry wedding")],
        "falling_leaves": [("keine fallenden Blätter", "autumn forest")],
        "breathing": [("komplett regungslos, kein Atmen", "@woman")],
    },
    "pt": {
        "sky_drift": [("mas sem mexer as nuvens", "@sky"), ("com o céu parado", "@sky")],
        "water_ripple": [
            ("mas com a água parada", "@water"),
            ("sem ondas", "sea man_beach harbor"),
        ],
        "sway": [
            ("sem mexer o cabelo", "@woman"),
            ("sem vento nas árvores", "forest autumn meadow"),
        ],
        "snow": [("mas sem neve", "@outdoor")],
        "rain": [("sem chuva", "@outdoor")],
        "fog": [("sem neblina", "@outdoor")],
        "smoke": [("sem fumaça", "campfire cabin")],
        "sparkles": [("sem brilhos", "@any")],
        "light_leak": [("sem light leaks", "@any")],
        "steam": [("sem vapor", "@drink soup")],
        "flicker": [("com a chama parada", "candle cake")],
        "petals": [("sem pétalas", "cherry wedding")],
        "falling_leaves": [("sem folhas caindo", "autumn forest")],
        "breathing": [("totalmente parada, sem respiração", "@woman")],
    },
}

VAGUE: dict[str, list[str]] = {
    "en": [
        "make it feel alive",
        "bring this photo to life",
        "add some subtle movement",
        "make it move a little",
        "animate it",
    ],
    "es": [
        "dale vida",
        "haz que cobre vida",
        "dale un poco de movimiento",
        "que se vea vivo",
        "anima la foto",
    ],
    "fr": [
        "donne-lui vie",
        "rends la photo vivante",
        "ajoute un peu de mouvement",
        "anime la photo",
        "fais-la bouger un peu",
    ],
    "de": [
        "erwecke das Bild zum Leben",
        "bring Leben ins Foto",
        "ein bisschen Bewegung rein",
        "animier das Foto",
        "lass es lebendig wirken",
    ],
    "pt": [
        "dá vida à foto",
        "faz parecer vivo",
        "coloca um pouco de movimento",
        "anima a foto",
        "deixa a foto viva",
    ],
}

CAMERA_TEXTS = {t for lang in CAM.values() for texts in lang.values() for t in texts}
AND = {"en": " and ", "es": " y ", "fr": " et ", "de": " und ", "pt": " e "}

# Phrases that occur in the reference prompts: never used by train/dev families, so no
# reference prompt (all in test) has a near-copy outside test.
REFERENCE_PHRASES = {
    "steam rises from the coffee",
    "snow falls gently",
    "rain on the window",
    "she turns her head",
    "make her wink",
    "the dog wags its tail",
    "the car drives away down the road",
    "haz que las nubes se muevan",
    "fais bouger les nuages",
    "make it feel alive",
}


# ---------------------------------------------------------------------------------------------
# Hand-written prompts: (prompt, image, camera, effects, unsupported, extra forbidden,
# duration, ratio, loop). Codes are space-separated; "" = none. Extra forbidden is for negated
# effects and word traps; image-based forbidden effects are added automatically.
# ---------------------------------------------------------------------------------------------
HANDWRITTEN: dict[str, list[tuple]] = {
    "en": [
        (
            "Slowly push in on her face while her hair moves a little in the wind. 5 seconds, vertical.",
            "portrait_w",
            "push_in",
            "sway",
            "",
            "",
            5,
            "9:16",
            None,
        ),
        (
            "can you make the waterfall flow and the mist rise? no camera movement please",
            "river",
            "none",
            "water_ripple fog",
            "",
            "",
            None,
            None,
            None,
        ),
        (
            "Cinemagraph: only the steam from the mug moves, everything else frozen, seamless loop",
            "coffee",
            "none",
            "steam",
            "",
            "",
            None,
            None,
            True,
        ),
        (
            "Zoom out slowly to reveal the whole beach, waves rolling in, 8s, 16:9",
            "sea",
            "pull_out",
            "water_ripple",
            "",
            "",
            8,
            "16:9",
            None,
        ),
        (
            "she looks up at the camera and laughs",
            "portrait_w",
            None,
            "",
            "head_turn facial_expression",
            "",
            None,
            None,
            None,
        ),
        (
            "Handheld vibe, neon signs buzzing, light rain. For reels",
            "neon",
            "handheld",
            "flicker rain",
            "",
            "",
            None,
            "9:16",
            None,
        ),
        (
            "candles flickering on the cake, a bit of glitter, no zoom",
            "cake",
            "none",
            "flicker sparkles",
            "",
            "",
            None,
            None,
            None,
        ),
        (
            "Make the dog run across the field and jump over the fence",
            "dog",
            None,
            "",
            "animal_motion",
            "",
            None,
            None,
            None,
        ),
        (
            "turn this into a 3 second loop of falling snow, static camera, square",
            "cabin",
            "none",
            "snow",
            "",
            "",
            3,
            "1:1",
            True,
        ),
        (
            "Give it that dreamy 35mm look: warm light leaks, a bit of haze, slow drift to the right",
            "meadow",
            "pan_right",
            "light_leak fog",
            "",
            "",
            None,
            None,
            None,
        ),
        (
            "The clouds are moving but the lake stays perfectly still, like a mirror",
            "lake",
            None,
            "sky_drift",
            "",
            "water_ripple",
            None,
            None,
            None,
        ),
        (
            "no snow, just gentle rain and fog over the city, 6 sec",
            "city",
            None,
            "rain fog",
            "",
            "snow",
            6,
            None,
            None,
        ),
        (
            "orbit around the perfume bottle with sparkles, 4:5 for the feed, don't loop",
            "perfume",
            "orbit",
            "sparkles",
            "",
            "",
            None,
            "4:5",
            False,
        ),
        (
            "Let the flames dance in the fireplace and make the cat wake up and stretch",
            "fireplace",
            None,
            "flicker",
            "animal_motion",
            "",
            None,
            None,
            None,
        ),
        (
            "parallax, birds flying across the sky, clouds moving",
            "lake",
            "parallax",
            "sky_drift",
            "new_objects",
            "",
            None,
            None,
            None,
        ),
        (
            "He waves hello while the sea moves behind him, pull back",
            "man_beach",
            "pull_out",
            "water_ripple",
            "body_motion",
            "",
            None,
            None,
            None,
        ),
        (
            "cherry blossoms falling around the couple while they kiss",
            "couple",
            None,
            "petals",
            "body_motion",
            "",
            None,
            None,
            None,
        ),
        (
            "tilt up from the river to the mountains, 10 seconds, looping",
            "river",
            "tilt_up",
            "",
            "",
            "",
            10,
            None,
            True,
        ),
        (
            "make it look like a handheld phone video, smoke drifting from the campfire, flames flickering",
            "campfire",
            "handheld",
            "smoke flicker",
            "",
            "",
            None,
            None,
            None,
        ),
        (
            "subtle breathing, tiny head turn to the left, 4 sec",
            "portrait_m",
            None,
            "breathing",
            "head_turn",
            "",
            4,
            None,
            None,
        ),
        (
            "Instagram story, 5s, slow push-in on the cake, candles flickering",
            "cake",
            "push_in",
            "flicker",
            "",
            "",
            5,
            "9:16",
            None,
        ),
        (
            "keep the camera completely static and let only the curtains move",
            "room",
            "none",
            "sway",
            "",
            "",
            None,
            None,
            None,
        ),
        (
            "add falling leaves and let the dog chase them",
            "dog",
            None,
            "falling_leaves",
            "animal_motion",
            "",
            None,
            None,
            None,
        ),
    ],
    "es": [
        (
            "Quiero que el café eche humo y un zoom in suave, 5 segundos",
            "coffee",
            "push_in",
            "steam",
            "",
            "smoke",
            5,
            None,
            None,
        ),
        (
            "que la chica gire la cabeza y sonría, formato vertical",
            "portrait_w",
            None,
            "",
            "head_turn facial_expression",
            "",
            None,
            "9:16",
            None,
        ),
        (
            "olas rompiendo en la playa, cámara fija, en bucle",
            "sea",
            "none",
            "water_ripple",
            "",
            "",
            None,
            None,
            True,
        ),
        (
            "sin movimiento de camara, solo que se muevan las hojas de los arboles",
            "forest",
            "none",
            "sway",
            "",
            "",
            None,
            None,
            None,
        ),
        (
            "Lluvia cayendo en el callejón con los neones parpadeando, paneo a la derecha, 16:9",
            "neon",
            "pan_right",
            "rain flicker",
            "",
            "",
            None,
            "16:9",
            None,
        ),
        (
            "que el perro corra hacia mí moviendo la cola",
            "dog",
            None,
            "",
            "animal_motion",
            "",
            None,
            None,
            None,
        ),
        (
            "nieve cayendo sobre la cabaña y humo saliendo de la chimenea, 8 segundos, sin zoom",
            "cabin",
            "none",
            "snow smoke",
            "",
            "",
            8,
            None,
            None,
        ),
        (
            "pétalos de rosa cayendo sobre los novios mientras se besan",
            "wedding",
            None,
            "petals",
            "body_motion",
            "",
            None,
            None,
            None,
        ),
        (
            "convierte la foto en un cuadro de Van Gogh",
            "lake",
            None,
            "",
            "transformation",
            "",
            None,
            None,
            None,
        ),
        (
            "que la vela titile y un poquito de humo, cuadrado, tres segundos",
            "candle",
            None,
            "flicker smoke",
            "",
            "",
            3,
            "1:1",
            None,
        ),
        (
            "quiero un video de 6 seg para reels, con la cámara girando alrededor de la taza y vapor saliendo",
            "coffee",
            "orbit",
            "steam",
            "",
            "",
            6,
            "9:16",
            None,
        ),
        (
            "neblina sobre el río, sin que se muevan las nubes, toma fija",
            "river",
            "none",
            "fog",
            "",
            "sky_drift",
            None,
            None,
            None,
        ),
        (
            "que el niño salte y aparezcan globos",
            "kids",
            None,
            "",
            "body_motion new_objects",
            "",
            None,
            None,
            None,
        ),
    ],
    "fr": [
        (
            "la flamme des bougies qui danse, caméra fixe, en boucle, format carré",
            "candle",
            "none",
            "flicker",
            "",
            "",
            None,
            "1:1",
            True,
        ),
        (
            "qu'elle me fasse un clin d'œil et tourne la tête vers la fenêtre",
            "portrait_w",
            None,
            "",
            "facial_expression head_turn",
            "",
            None,
            None,
            None,
        ),
        (
            "léger travelling avant sur la tasse, la vapeur qui monte, 4 secondes",
            "coffee",
            "push_in",
            "steam",
            "",
            "",
            4,
            None,
            None,
        ),
        (
            "pluie sur la vitre, ambiance cosy, pas de mouvement de caméra",
            "window",
            "none",
            "rain",
            "",
            "",
            None,
            None,
            None,
        ),
        (
            "le chien remue la queue pendant que les feuilles tombent",
            "dog",
            None,
            "falling_leaves",
            "animal_motion",
            "",
            None,
            None,
            None,
        ),
        (
            "panoramique lent vers la gauche sur le lac, brume matinale, format paysage",
            "lake",
            "pan_left",
            "fog",
            "",
            "",
            None,
            "16:9",
            None,
        ),
        (
            "ajoute des oiseaux qui volent dans le ciel et fais miroiter l'eau",
            "sea",
            None,
            "water_ripple",
            "new_objects",
            "",
            None,
            None,
            None,
        ),
        (
            "effet vintage avec des fuites de lumière, cheveux au vent, 6 s pour les stories",
            "woman_field",
            None,
            "light_leak sway",
            "",
            "",
            6,
            "9:16",
            None,
        ),
        (
            "la voiture démarre et s'éloigne, zoom arrière",
            "car",
            "pull_out",
            "",
            "object_motion",
            "",
            None,
            None,
            None,
        ),
        (
            "sans neige ni pluie, juste le brouillard qui se lève sur la forêt",
            "forest",
            None,
            "fog",
            "",
            "snow rain",
            None,
            None,
            None,
        ),
        (
            "fais respirer le portrait tout doucement, sans zoom, 5 sec",
            "portrait_m",
            "none",
            "breathing",
            "",
            "",
            5,
            None,
            None,
        ),
        (
            "je veux que le bébé ouvre les yeux et sourie",
            "baby",
            None,
            "",
            "facial_expression",
            "",
            None,
            None,
            None,
        ),
        (
            "un petit effet parallaxe sur le paysage, les nuages défilent, en 16/9 et en boucle",
            "meadow",
            "parallax",
            "sky_drift",
            "",
            "",
            None,
            "16:9",
            True,
        ),
    ],
    "de": [
        (
            "Wolken ziehen über den Berg, der See bleibt spiegelglatt, langsam rauszoomen, 6 Sek.",
            "lake",
            "pull_out",
            "sky_drift",
            "",
            "water_ripple",
            6,
            None,
            None,
        ),
        (
            "Lass sie lächeln und zwinkern",
            "portrait_w",
            None,
            "",
            "facial_expression",
            "",
            None,
            None,
            None,
        ),
        (
            "Kaffee dampft, ohne Kamerabewegung, als Schleife, hochkant",
            "coffee",
            "none",
            "steam",
            "",
            "",
            None,
            "9:16",
            True,
        ),
        (
            "der Hund soll mit dem Schwanz wedeln, das Gras bewegt sich im Wind",
            "dog",
            None,
            "sway",
            "animal_motion",
            "",
            None,
            None,
            None,
        ),
        (
            "es regnet leicht und die Neonreklame flackert, Handkamera, 5 Sekunden",
            "neon",
            "handheld",
            "rain flicker",
            "",
            "",
            5,
            None,
            None,
        ),
        (
            "Kirschblüten fallen, sanfter Schwenk nach rechts, 16:9",
            "cherry",
            "pan_right",
            "petals",
            "",
            "",
            None,
            "16:9",
            None,
        ),
        (
            "Der Zug fährt ab, Dampf aus der Lok",
            "station",
            None,
            "steam",
            "object_motion",
            "",
            None,
            None,
            None,
        ),
        (
            "mach aus dem Foto einen Sonnenuntergang",
            "lake",
            None,
            "",
            "transformation",
            "",
            None,
            None,
            None,
        ),
        (
            "Schnee rieselt vor dem Fenster, das Kaminfeuer knistert, kein Zoom, zehn Sekunden",
            "fireplace",
            "none",
            "snow flicker",
            "",
            "smoke",
            10,
            None,
            None,
        ),
        (
            "Orbit um die Parfümflasche, Glitzer, 4:5, nicht loopen",
            "perfume",
            "orbit",
            "sparkles",
            "",
            "",
            None,
            "4:5",
            False,
        ),
        (
            "ohne Zoom, nur der Rauch vom Lagerfeuer und die Flammen",
            "campfire",
            "none",
            "smoke flicker",
            "",
            "",
            None,
            None,
            None,
        ),
        (
            "die Frau soll in die Kamera schauen und etwas sagen",
            "woman_field",
            None,
            "",
            "head_turn facial_expression",
            "",
            None,
            None,
            None,
        ),
        (
            "leichter Schwenk nach oben zum Himmel, Wolken ziehen, 8 Sekunden, Querformat",
            "meadow",
            "tilt_up",
            "sky_drift",
            "",
            "",
            8,
            "16:9",
            None,
        ),
    ],
    "pt": [
        (
            "faz o cachorro abanar o rabo e correr pela grama",
            "dog",
            None,
            "",
            "animal_motion",
            "",
            None,
            None,
            None,
        ),
        (
            "fumacinha saindo do café, zoom in bem devagar, 4 segundos, em loop",
            "coffee",
            "push_in",
            "steam",
            "",
            "smoke",
            4,
            None,
            True,
        ),
        (
            "ondas batendo na praia e nuvens passando, sem movimento de câmera, horizontal",
            "sea",
            "none",
            "water_ripple sky_drift",
            "",
            "",
            None,
            "16:9",
            None,
        ),
        (
            "ela pisca e vira o rosto para o lado",
            "portrait_w",
            None,
            "",
            "facial_expression head_turn",
            "",
            None,
            None,
            None,
        ),
        (
            "os letreiros de neon piscando com chuva fina, câmera na mão, pros stories",
            "neon",
            "handheld",
            "flicker rain",
            "",
            "",
            None,
            "9:16",
            None,
        ),
        (
            "pétalas de cerejeira caindo, o casal caminhando de mãos dadas",
            "couple",
            None,
            "petals",
            "body_motion",
            "",
            None,
            None,
            None,
        ),
        (
            "sem zoom, so a chama da vela mexendo, quadrado, tres segundos",
            "candle",
            "none",
            "flicker",
            "",
            "",
            3,
            "1:1",
            None,
        ),
        (
            "coloca um dragão voando no céu e faz as nuvens se mexerem",
            "lake",
            None,
            "sky_drift",
            "new_objects",
            "",
            None,
            None,
            None,
        ),
        (
            "nevoeiro sobre o lago, panorâmica para a direita, 8s",
            "lake",
            "pan_right",
            "fog",
            "",
            "",
            8,
            None,
            None,
        ),
        (
            "o carro vai embora e levanta poeira",
            "car",
            None,
            "",
            "object_motion",
            "",
            None,
            None,
            None,
        ),
        (
            "transforma ela numa personagem de anime, com brilhos caindo",
            "portrait_w",
            None,
            "sparkles",
            "transformation",
            "",
            None,
            None,
            None,
        ),
        (
            "a vovó respirando devagar, câmera fixa, 5 segundos, formato 4:5",
            "grandma",
            "none",
            "breathing",
            "",
            "",
            5,
            "4:5",
            None,
        ),
        (
            "folhas caindo no parque e a câmera subindo devagar",
            "autumn",
            "tilt_up",
            "falling_leaves",
            "",
            "",
            None,
            None,
            None,
        ),
    ],
}

# The reference prompts of the brief, plus their contrast cases: always in test.
REFERENCE: list[tuple] = [
    (
        "en",
        "steam rises from the coffee, slow push in",
        "coffee",
        "push_in",
        "steam",
        "",
        "",
        None,
        None,
        None,
    ),
    ("en", "snow falls gently", "cabin", None, "snow", "", "", None, None, None),
    ("en", "rain on the window", "window", None, "rain", "", "", None, None, None),
    (
        "en",
        "she turns her head and smiles",
        "portrait_w",
        None,
        "",
        "head_turn facial_expression",
        "",
        None,
        None,
        None,
    ),
    ("en", "make her wink", "portrait_w", None, "", "facial_expression", "", None, None, None),
    ("en", "the dog wags its tail", "dog", None, "", "animal_motion", "", None, None, None),
    (
        "en",
        "the car drives away down the road",
        "car",
        None,
        "",
        "object_motion",
        "",
        None,
        None,
        None,
    ),
    ("es", "haz que las nubes se muevan", "meadow", None, "sky_drift", "", "", None, None, None),
    ("es", "haz que las nubes se muevan", "forest", None, "", "sky_drift", "", None, None, None),
    ("fr", "fais bouger les nuages", "city", None, "sky_drift", "", "", None, None, None),
    ("fr", "fais bouger les nuages", "room", None, "", "sky_drift", "", None, None, None),
    ("en", "make it feel alive", "coffee", None, "", "", "", None, None, None, "vague"),
    ("en", "make it feel alive", "lake", None, "", "", "", None, None, None, "vague"),
]


# ---------------------------------------------------------------------------------------------
# Machinery
# ---------------------------------------------------------------------------------------------
def _h(text: str) -> int:
    return hashlib.sha256(text.encode()).digest()[0]


@dataclass(frozen=True)
class Phrase:
    text: str
    images: frozenset[str]
    trap: frozenset[str]
    value: object = None  # ratio / loop value, duration pattern
    test_only: bool = False


def _mark_test_only(lang: str, phrases: list[Phrase]) -> list[Phrase]:
    """About a quarter of each list (never below two usable entries) is kept for test only,
    so that test also measures phrasings that nobody tuned on. Reference phrases always are."""
    n = len(phrases)
    forced = {p.text for p in phrases if p.text in REFERENCE_PHRASES}
    hashed = [p.text for p in phrases if _h(f"{lang}|{p.text}") % 4 == 0 and p.text not in forced]
    room = max(0, n - 2 - len(forced)) if n >= 3 else 0
    held = forced | set(hashed[:room])
    if len(held) >= n:
        raise ValueError(
            f"{lang}: every phrase of a list is test-only: {[p.text for p in phrases]}"
        )
    return [Phrase(p.text, p.images, p.trap, p.value, p.text in held) for p in phrases]


def _entries(lang: str, raw: list[tuple]) -> list[Phrase]:
    out = []
    for entry in raw:
        text, spec = entry[0], entry[1]
        trap = frozenset(entry[2].split()) if len(entry) > 2 else frozenset()
        out.append(Phrase(text, imgs(spec), trap))
    return _mark_test_only(lang, out)


def _plain(lang: str, texts: list[str], value: object = None) -> list[Phrase]:
    return _mark_test_only(lang, [Phrase(t, frozenset(IMAGES), frozenset(), value) for t in texts])


def _valued(lang: str, pairs: list[tuple[str, object]]) -> list[Phrase]:
    by_value: dict[object, list[Phrase]] = defaultdict(list)
    for text, value in pairs:
        by_value[value].append(Phrase(text, frozenset(IMAGES), frozenset(), value))
    out = []
    for group in by_value.values():
        out += _mark_test_only(lang, group)
    return out


VOCAB: dict[str, dict[str, dict[str, list[Phrase]]]] = {}
for _lang in LANGS:
    VOCAB[_lang] = {
        "fx": {c: _entries(_lang, FX[_lang][c]) for c in EFFECTS},
        "uns": {c: _entries(_lang, UNS[_lang][c]) for c in UNSUPPORTED},
        "neg": {c: _entries(_lang, NEG[_lang][c]) for c in NEG[_lang]},
        "cam": {c: _plain(_lang, CAM[_lang][c], c) for c in CAMERAS if c != "none"},
        "nocam": {"none": _plain(_lang, NOCAM[_lang], "none")},
        "dur": {"dur": _plain(_lang, DUR[_lang])},
        "ratio": {"ratio": _valued(_lang, RATIO[_lang])},
        "loop": {"loop": _valued(_lang, LOOP[_lang])},
        "vague": {"vague": _plain(_lang, VAGUE[_lang])},
    }


def norm_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\W_]+", " ", text).strip()


@dataclass
class Part:
    text: str
    kind: str  # "clause" (may be joined by "and") or "meta" (comma-joined)


class Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.usage: dict[str, Counter] = defaultdict(Counter)
        self.text_group: dict[str, str] = {}
        self.items: list[dict] = []
        self.split = "train"
        self.group = ""
        self.lang = "en"
        self.used: list[Phrase] = []  # phrases drawn for the item(s) being built

    # -- choosing --------------------------------------------------------------------------
    def usable(self, phrases: list[Phrase], images: frozenset[str] | None = None) -> list[Phrase]:
        out = [p for p in phrases if self.split == "test" or not p.test_only]
        if images is not None:
            out = [p for p in out if p.images & images]
        return out

    def pick_code(self, kind: str, candidates: list[str]) -> str:
        """The least-used label so far (ties broken by the seeded rng): balanced coverage."""
        if not candidates:
            raise LookupError(f"no candidate for {kind}")
        low = min(self.usage[kind][c] for c in candidates)
        best = sorted(c for c in candidates if self.usage[kind][c] == low)
        return self.rng.choice(best)

    def pick(self, phrases: list[Phrase]) -> Phrase:
        p = self.rng.choice(phrases)
        self.used.append(p)
        return p

    def effect(
        self, images: frozenset[str] | None = None, exclude: set[str] = frozenset(), codes=None
    ):
        vocab = VOCAB[self.lang]["fx"]
        codes = [
            c for c in (codes or EFFECTS) if c not in exclude and self.usable(vocab[c], images)
        ]
        code = self.pick_code("effect", codes)
        return code, self.pick(self.usable(vocab[code], images))

    def unsupported(self, images: frozenset[str] | None = None):
        vocab = VOCAB[self.lang]["uns"]
        codes = [c for c in UNSUPPORTED if self.usable(vocab[c], images)]
        code = self.pick_code("unsupported", codes)
        return code, self.pick(self.usable(vocab[code], images))

    def camera(self):
        vocab = VOCAB[self.lang]["cam"]
        code = self.pick_code("camera", [c for c in CAMERAS if c != "none"])
        return code, self.pick(self.usable(vocab[code])).text

    def nocam(self) -> str:
        return self.pick(self.usable(VOCAB[self.lang]["nocam"]["none"])).text

    def duration(self) -> tuple[float, str]:
        pattern = self.pick(self.usable(VOCAB[self.lang]["dur"]["dur"])).text
        if "{d}" in pattern:
            value = self.rng.choice(DECIMAL_VALUES)
            shown = f"{value:g}".replace(".", DECIMAL_SEP[self.lang])
            return value, pattern.replace("{d}", shown)
        if "{w}" in pattern:
            value = self.rng.choice(sorted(NUMWORDS[self.lang]))
            return float(value), pattern.replace("{w}", NUMWORDS[self.lang][value])
        value = self.rng.choice(DURATION_VALUES)
        text = pattern.replace("{n}", str(value))
        return float(value), text.replace("a 8-", "an 8-")

    def ratio(self) -> tuple[str, str]:
        phrases = self.usable(VOCAB[self.lang]["ratio"]["ratio"])
        value = self.pick_code("ratio", sorted({p.value for p in phrases}))
        p = self.pick([p for p in phrases if p.value == value])
        return p.value, p.text

    def loop(self, true_share: float = 0.6) -> tuple[bool, str]:
        phrases = self.usable(VOCAB[self.lang]["loop"]["loop"])
        want = self.rng.random() < true_share
        p = self.pick([p for p in phrases if p.value is want])
        return p.value, p.text

    def image(self, images: frozenset[str]) -> str:
        return self.rng.choice(sorted(images))

    # -- assembling ------------------------------------------------------------------------
    def join(self, clauses: list[str], metas: list[str]) -> str:
        rng = self.rng
        text = clauses[0] if clauses else ""
        for prev, c in itertools.pairwise(clauses):
            r = rng.random()
            # "and" joins two things that happen ("the candle flickers and light snowfall"),
            # never a camera instruction ("... and like it was shot handheld").
            can_and = prev not in CAMERA_TEXTS and c not in CAMERA_TEXTS
            sep = (
                ", "
                if r < 0.65 or (r < 0.9 and not can_and)
                else AND[self.lang]
                if r < 0.9
                else ". "
            )
            text += sep + (_cap(c) if sep == ". " else c)
        metas = list(metas)
        rng.shuffle(metas)
        for m in metas:
            text = f"{text}, {m}" if text else m
        if rng.random() < 0.4:
            text = _cap(text)
        if rng.random() < 0.1 and not text.endswith("."):
            text += "."
        return text

    def add(
        self,
        text: str,
        image: str,
        camera=None,
        effects=(),
        unsupported=(),
        forbid=(),
        duration=None,
        ratio=None,
        loop=None,
        vague=False,
        allow_repeat=False,
    ) -> bool:
        key = norm_text(text)
        owner = self.text_group.get(key)
        if owner is not None and (owner != self.group or not allow_repeat):
            return False
        forbidden = image_forbidden(image) | set(forbid)
        effects = list(dict.fromkeys(effects))
        duration = None if duration is None else float(duration)
        if set(effects) & forbidden:
            raise AssertionError(f"{text!r}: effect both asked and forbidden on {image}")
        self.text_group[key] = self.group
        for c in effects:
            self.usage["effect"][c] += 1
        for c in unsupported:
            self.usage["unsupported"][c] += 1
        if camera:
            self.usage["camera"][camera] += 1
        if ratio:
            self.usage["ratio"][ratio] += 1
        self.items.append(
            {
                "id": "",
                "prompt": text,
                "lang": self.lang,
                "group": self.group,
                "image": image_facts(image),
                "scene": IMAGES[image][4],
                "camera": camera,
                "effects": effects,
                "unsupported": list(dict.fromkeys(unsupported)),
                "forbidden_effects": sorted(forbidden),
                "optional_effects": sorted(image_optional(image) - forbidden) if vague else [],
                "duration_s": duration,
                "ratio": ratio,
                "loop": loop,
                "_split": self.split,
                "_test_only_phrasing": any(p.test_only for p in self.used),
            }
        )
        return True


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------------------------------
# Template families ("shapes"). Each family = one shape in one language; a family's items all
# land in one split. A shape function adds one item (or one contrast pair) per call and
# returns False when it drew a duplicate (the caller draws again).
# ---------------------------------------------------------------------------------------------
def s_fx_single(b: Builder) -> bool:
    code, p = b.effect()
    img = b.image(p.images)
    return b.add(b.join([p.text], []), img, effects=[code], forbid=p.trap)


def s_fx_cam(b: Builder) -> bool:
    code, p = b.effect()
    cam, ctext = b.camera()
    clauses = [p.text, ctext] if b.rng.random() < 0.5 else [ctext, p.text]
    return b.add(b.join(clauses, []), b.image(p.images), camera=cam, effects=[code], forbid=p.trap)


def s_cam_only(b: Builder) -> bool:
    cam, ctext = b.camera()
    return b.add(b.join([ctext], []), b.image(frozenset(IMAGES)), camera=cam)


def s_cam_dur_ratio(b: Builder) -> bool:
    cam, ctext = b.camera()
    dur, dtext = b.duration()
    ratio, rtext = b.ratio()
    return b.add(
        b.join([ctext], [dtext, rtext]),
        b.image(frozenset(IMAGES)),
        camera=cam,
        duration=dur,
        ratio=ratio,
    )


def s_fx_loop(b: Builder) -> bool:
    code, p = b.effect()
    loop, ltext = b.loop()
    return b.add(
        b.join([p.text], [ltext]), b.image(p.images), effects=[code], forbid=p.trap, loop=loop
    )


def s_fx_fx(b: Builder) -> bool:
    c1, p1 = b.effect()
    c2, p2 = b.effect(images=p1.images, exclude={c1})
    images = p1.images & p2.images
    return b.add(
        b.join([p1.text, p2.text], []), b.image(images), effects=[c1, c2], forbid=p1.trap | p2.trap
    )


def s_fx_static(b: Builder) -> bool:
    code, p = b.effect()
    return b.add(
        b.join([p.text], [b.nocam()]),
        b.image(p.images),
        camera="none",
        effects=[code],
        forbid=p.trap,
    )


def s_fx_neg(b: Builder) -> bool:
    neg = VOCAB[b.lang]["neg"]
    code, p = b.effect()
    options = [(c, q) for c in sorted(neg) if c != code for q in b.usable(neg[c], p.images)]
    if not options:
        return False
    nc, q = b.rng.choice(options)
    images = p.images & q.images
    return b.add(b.join([p.text], [q.text]), b.image(images), effects=[code], forbid=p.trap | {nc})


def s_uns_single(b: Builder) -> bool:
    code, p = b.unsupported()
    return b.add(b.join([p.text], []), b.image(p.images), unsupported=[code], forbid=p.trap)


def s_uns_fx(b: Builder) -> bool:
    ucode, up = b.unsupported()
    code, p = b.effect(images=up.images)
    images = up.images & p.images
    clauses = [up.text, p.text] if b.rng.random() < 0.6 else [p.text, up.text]
    return b.add(
        b.join(clauses, []),
        b.image(images),
        effects=[code],
        unsupported=[ucode],
        forbid=up.trap | p.trap,
    )


def s_uns_cam(b: Builder) -> bool:
    ucode, up = b.unsupported()
    cam, ctext = b.camera()
    clauses = [up.text, ctext] if b.rng.random() < 0.6 else [ctext, up.text]
    return b.add(
        b.join(clauses, []), b.image(up.images), camera=cam, unsupported=[ucode], forbid=up.trap
    )


def s_vague_pair(b: Builder) -> bool:
    """The same vague prompt on a plain photo and on a photo with sky/water/people."""
    p = b.pick(b.usable(VOCAB[b.lang]["vague"]["vague"]))
    text = b.join([p.text], [])
    plain, rich = b.image(imgs("@plain")), b.image(imgs("@rich"))
    # The first add refuses a text seen before; the second is its contrast partner.
    ok = b.add(text, plain, vague=True)
    return ok and b.add(text, rich, vague=True, allow_repeat=True)


def s_missing_pair(b: Builder) -> bool:
    """The same sky/water prompt on a photo that has the region and on one that lacks it."""
    code, p = b.effect(codes=["sky_drift", "water_ripple"])
    text = b.join([p.text], [])
    lacking = imgs("@nosky") if code == "sky_drift" else imgs("@nowater")
    ok = b.add(text, b.image(p.images), effects=[code], forbid=p.trap)
    return ok and b.add(
        text, b.image(lacking), unsupported=[code], forbid=p.trap, allow_repeat=True
    )


def s_full(b: Builder) -> bool:
    code, p = b.effect()
    cam, ctext = b.camera()
    dur, dtext = b.duration()
    ratio, rtext = b.ratio()
    loop, ltext = b.loop()
    clauses = [p.text, ctext] if b.rng.random() < 0.5 else [ctext, p.text]
    return b.add(
        b.join(clauses, [dtext, rtext, ltext]),
        b.image(p.images),
        camera=cam,
        effects=[code],
        forbid=p.trap,
        duration=dur,
        ratio=ratio,
        loop=loop,
    )


def s_fx_dur(b: Builder) -> bool:
    code, p = b.effect()
    dur, dtext = b.duration()
    return b.add(
        b.join([p.text], [dtext]), b.image(p.images), effects=[code], forbid=p.trap, duration=dur
    )


def s_fx_ratio_loop(b: Builder) -> bool:
    code, p = b.effect()
    ratio, rtext = b.ratio()
    loop, ltext = b.loop(true_share=0.4)
    return b.add(
        b.join([p.text], [rtext, ltext]),
        b.image(p.images),
        effects=[code],
        forbid=p.trap,
        ratio=ratio,
        loop=loop,
    )


# (shape, items per family in English, items per family in the other languages). Pair shapes
# count pairs.
SHAPES = [
    (s_fx_single, 10, 6),
    (s_fx_cam, 8, 5),
    (s_cam_only, 6, 4),
    (s_cam_dur_ratio, 6, 4),
    (s_fx_loop, 6, 4),
    (s_fx_fx, 6, 4),
    (s_fx_static, 6, 4),
    (s_fx_neg, 5, 3),
    (s_uns_single, 8, 5),
    (s_uns_fx, 6, 4),
    (s_uns_cam, 5, 3),
    (s_vague_pair, 3, 2),
    (s_missing_pair, 3, 2),
    (s_full, 5, 4),
    (s_fx_dur, 5, 4),
    (s_fx_ratio_loop, 4, 3),
]
TARGET = {"train": 0.5, "dev": 0.2, "test": 0.3}


# What each shape's prompts ask for: used only to make sure every language's dev and test
# splits can measure every field (camera, duration, ratio, loop, unsupported asks).
SHAPE_FIELDS = {
    "fx_cam": {"camera"},
    "cam_only": {"camera"},
    "cam_dur_ratio": {"camera", "duration", "ratio"},
    "fx_static": {"camera"},
    "uns_cam": {"camera", "unsupported"},
    "full": {"camera", "duration", "ratio", "loop"},
    "fx_dur": {"duration"},
    "fx_ratio_loop": {"ratio", "loop"},
    "fx_loop": {"loop"},
    "uns_single": {"unsupported"},
    "uns_fx": {"unsupported"},
    "missing_pair": {"unsupported"},
}
FAMILY_SLOTS = ["train"] * 8 + ["dev"] * 3 + ["test"] * 5  # of the 16 shapes per language


def _fields(deal: dict[str, str], split: str) -> set[str]:
    return set().union(
        *(SHAPE_FIELDS.get(shape, set()) for shape, sp in deal.items() if sp == split)
    )


def assign_template_splits(rng: random.Random) -> dict[str, str]:
    """Each language's 16 families are dealt 8 train / 3 dev / 5 test (seeded). A language's
    deal is kept only if its test families ask for every field (camera, duration, ratio, loop,
    unsupported) and its dev families for camera, unsupported and at least one of duration /
    ratio / loop; the whole deal only if every shape is in test for at least one language and
    in train for at least one. The rule looks at labels only, never at a parser's output. No
    family is ever split."""
    shapes = [s.__name__[2:] for s, _, _ in SHAPES]
    needed = set().union(*SHAPE_FIELDS.values())
    for _ in range(1000):
        out = {}
        for lang in LANGS:
            for _ in range(100_000):
                slots = FAMILY_SLOTS[:]
                rng.shuffle(slots)
                deal = dict(zip(shapes, slots, strict=True))
                dev = _fields(deal, "dev")
                if (
                    _fields(deal, "test") >= needed
                    and {"camera", "unsupported"} <= dev
                    and dev & {"duration", "ratio", "loop"}
                ):
                    break
            else:
                raise RuntimeError(f"{lang}: no family deal satisfies the split constraints")
            out.update({f"{shape}.{lang}": slot for shape, slot in deal.items()})
        if all({"train", "test"} <= {out[f"{shape}.{lang}"] for lang in LANGS} for shape in shapes):
            return out
    raise RuntimeError("no family deal satisfies the split constraints")


def build(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    b = Builder(seed + 1)
    family_split = assign_template_splits(rng)

    # 1. Reference prompts (test).
    b.split, b.group = "test", "ref"
    for entry in REFERENCE:
        lang, text, img, cam, fx, uns, forbid, dur, ratio, loop = entry[:10]
        b.lang = lang
        vague = len(entry) > 10 and entry[10] == "vague"
        assert b.add(
            text,
            img,
            cam,
            fx.split(),
            uns.split(),
            forbid.split(),
            dur,
            ratio,
            loop,
            vague,
            allow_repeat=True,
        )

    # 2. Template families, test families first so that their held-out phrases are theirs.
    families = sorted(family_split, key=lambda f: (SPLITS.index(family_split[f]) * -1, f))
    shape_of = {s.__name__[2:]: (s, n_en, n_other) for s, n_en, n_other in SHAPES}
    for fam in families:
        shape, lang = fam.split(".")
        fn, n_en, n_other = shape_of[shape]
        b.split, b.group, b.lang = family_split[fam], fam, lang
        wanted = n_en if lang == "en" else n_other
        made = tries = 0
        while made < wanted:
            tries += 1
            if tries > 200:
                raise RuntimeError(f"{fam}: could not draw {wanted} distinct prompts")
            b.used = []
            if fn(b):
                made += 1

    # 3. Hand-written prompts: groups of three, assigned to the split furthest below target
    # for that language (seeded order).
    for lang in LANGS:
        rows = HANDWRITTEN[lang]
        groups = [rows[i : i + 3] for i in range(0, len(rows), 3)]
        order = list(range(len(groups)))
        rng.shuffle(order)
        for gi in order:
            counts = Counter(it["_split"] for it in b.items if it["lang"] == lang)
            total = sum(counts.values()) + len(groups[gi])
            split = max(SPLITS, key=lambda s: (TARGET[s] * total - counts[s], -SPLITS.index(s)))
            b.split, b.group, b.lang = split, f"hand.{lang}.{gi + 1}", lang
            for text, img, cam, fx, uns, forbid, dur, ratio, loop in groups[gi]:
                if not b.add(
                    text, img, cam, fx.split(), uns.split(), forbid.split(), dur, ratio, loop
                ):
                    raise AssertionError(f"hand-written prompt duplicates another: {text!r}")

    # ids: group + running number, stable.
    per_group: Counter = Counter()
    for it in b.items:
        per_group[it["group"]] += 1
        it["id"] = f"{it['group']}.{per_group[it['group']]:02d}"
    return b.items


# ---------------------------------------------------------------------------------------------
# Checks, summary, files
# ---------------------------------------------------------------------------------------------
MIN_EFFECT, MIN_CAMERA, MIN_UNSUPPORTED = 10, 8, 8


def validate(items: list[dict]) -> list[str]:
    errors = []
    by_split_groups: dict[str, set] = defaultdict(set)
    by_split_texts: dict[str, set] = defaultdict(set)
    for it in items:
        where = f"{it['id']} {it['prompt']!r}"
        if it["camera"] is not None and it["camera"] not in CAMERAS:
            errors.append(f"{where}: camera {it['camera']!r}")
        for c in it["effects"] + it["forbidden_effects"] + it["optional_effects"]:
            if c not in EFFECTS:
                errors.append(f"{where}: effect {c!r}")
        for c in it["unsupported"]:
            if c not in UNSUPPORTED and c not in ("sky_drift", "water_ripple"):
                errors.append(f"{where}: unsupported {c!r}")
            if c in EFFECTS and c not in it["forbidden_effects"]:
                errors.append(f"{where}: region ask {c!r} should be forbidden on this photo")
        if set(it["effects"]) & set(it["forbidden_effects"]):
            errors.append(f"{where}: effect both asked and forbidden")
        if set(it["optional_effects"]) & (set(it["effects"]) | set(it["forbidden_effects"])):
            errors.append(f"{where}: optional effect overlaps")
        if it["ratio"] is not None and it["ratio"] not in RATIOS:
            errors.append(f"{where}: ratio {it['ratio']!r}")
        d = it["duration_s"]
        if d is not None and not 2 <= d <= 10:
            errors.append(f"{where}: duration {d}")
        if it["loop"] not in (None, True, False):
            errors.append(f"{where}: loop {it['loop']!r}")
        by_split_groups[it["_split"]].add(it["group"])
        by_split_texts[it["_split"]].add(norm_text(it["prompt"]))
    for a in SPLITS:
        for b in SPLITS:
            if a < b:
                if by_split_groups[a] & by_split_groups[b]:
                    errors.append(
                        f"groups in both {a} and {b}: {by_split_groups[a] & by_split_groups[b]}"
                    )
                if by_split_texts[a] & by_split_texts[b]:
                    errors.append(
                        f"prompts in both {a} and {b}: {by_split_texts[a] & by_split_texts[b]}"
                    )
    langs = Counter(it["lang"] for it in items)
    if len(items) < 360:
        errors.append(f"only {len(items)} prompts")
    for lang in LANGS[1:]:
        if langs[lang] < 50:
            errors.append(f"only {langs[lang]} prompts in {lang}")
    fx = Counter(c for it in items for c in it["effects"])
    cam = Counter(it["camera"] for it in items if it["camera"])
    uns = Counter(c for it in items for c in it["unsupported"])
    errors += [f"effect {c}: {fx[c]} < {MIN_EFFECT}" for c in EFFECTS if fx[c] < MIN_EFFECT]
    errors += [f"camera {c}: {cam[c]} < {MIN_CAMERA}" for c in CAMERAS if cam[c] < MIN_CAMERA]
    errors += [
        f"unsupported {c}: {uns[c]} < {MIN_UNSUPPORTED}"
        for c in UNSUPPORTED
        if uns[c] < MIN_UNSUPPORTED
    ]
    test_texts = {(it["prompt"], it["lang"]) for it in items if it["_split"] == "test"}
    for entry in REFERENCE:
        if (entry[1], entry[0]) not in test_texts:
            errors.append(f"reference prompt not in test: {entry[1]!r}")
    return errors


def summary(items: list[dict]) -> str:
    lines = [
        "| split | " + " | ".join(LANGS) + " | all | groups |",
        "|---" * (len(LANGS) + 3) + "|",
    ]
    for split in (*SPLITS, "all"):
        rows = [it for it in items if split in ("all", it["_split"])]
        c = Counter(it["lang"] for it in rows)
        g = len({it["group"] for it in rows})
        lines.append(
            f"| {split} | " + " | ".join(str(c[lang]) for lang in LANGS) + f" | {len(rows)} | {g} |"
        )
    lines += ["", "| label | train | dev | test | all |", "|---|---|---|---|---|"]

    def row(name, pred):
        n = [sum(1 for it in items if it["_split"] == s and pred(it)) for s in SPLITS]
        lines.append(f"| {name} | " + " | ".join(map(str, n)) + f" | {sum(n)} |")

    for c in CAMERAS:
        row(f"camera {c}", lambda it, c=c: it["camera"] == c)
    row("camera not asked", lambda it: it["camera"] is None)
    for c in EFFECTS:
        row(f"effect {c}", lambda it, c=c: c in it["effects"])
    for c in UNSUPPORTED:
        row(f"unsupported {c}", lambda it, c=c: c in it["unsupported"])
    row(
        "unsupported sky_drift/water_ripple (no such region)",
        lambda it: bool(set(it["unsupported"]) & set(EFFECTS)),
    )
    row(
        "negated/trap forbidden (beyond the photo rule)",
        lambda it: bool(set(it["forbidden_effects"]) - image_forbidden_of(it)),
    )
    row(
        "vague (optional_effects)",
        lambda it: bool(it["optional_effects"]) or it["group"].startswith("vague"),
    )
    row("duration asked", lambda it: it["duration_s"] is not None)
    for r in RATIOS:
        row(f"ratio {r}", lambda it, r=r: it["ratio"] == r)
    row("loop true", lambda it: it["loop"] is True)
    row("loop false", lambda it: it["loop"] is False)
    row("uses a test-only phrasing", lambda it: it["_test_only_phrasing"])
    return "\n".join(lines)


def image_forbidden_of(it: dict) -> set[str]:
    im = it["image"]
    out = set()
    if not im["has_sky"]:
        out.add("sky_drift")
    if not im["has_water"]:
        out.add("water_ripple")
    if im["faces"] == 0 and im["subject"] in ("object", "landscape", "scene"):
        out.add("breathing")
    return out


FIELDS = (
    "id",
    "prompt",
    "lang",
    "group",
    "image",
    "scene",
    "camera",
    "effects",
    "unsupported",
    "forbidden_effects",
    "optional_effects",
    "duration_s",
    "ratio",
    "loop",
)


def render(items: list[dict]) -> dict[str, str]:
    out = {}
    for split in SPLITS:
        rows = [it for it in items if it["_split"] == split]
        rows.sort(key=lambda it: it["id"])
        out[f"{split}.jsonl"] = "".join(
            json.dumps({k: it[k] for k in FIELDS}, ensure_ascii=False) + "\n" for it in rows
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--check", action="store_true", help="fail if the files differ from a rebuild")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    items = build()
    errors = validate(items)
    if errors:
        print("corpus is invalid:", *errors, sep="\n  ", file=sys.stderr)
        return 1
    files = render(items)
    if args.check:
        stale = [
            n
            for n, text in files.items()
            if not (HERE / n).exists() or (HERE / n).read_text() != text
        ]
        if stale:
            print(f"stale: {', '.join(stale)} (run make_intent_corpus.py)", file=sys.stderr)
            return 1
        print("corpus files match a rebuild")
        return 0
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8")
    if not args.quiet:
        print(summary(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
