"""The deterministic plan: which clips exist, from which photo, with which generator settings
and which defect. Faithful and defective clips draw their generator settings from the same
sampler, so no generator, size, frame rate, compression level or grade tells the labels apart.
"""

from __future__ import annotations

import zlib
from typing import Any

import numpy as np

from bench.qa_eval import defects, faces
from bench.qa_eval.generators import MOVES
from bench.qa_eval.photos import Photo, build_photos

FAMILIES = (
    "freeze",
    "flicker",
    "black",
    "blur",
    "texture_boil",
    "elastic_warp",
    "wrong_scene",
    "identity_swap",
    "identity_drift",
    "format",
)
FAITHFUL_PER_PHOTO = {"dev": 4, "test": 5}
DEFECTS_PER_LEVEL = {"dev": 2, "test": 4}
FORMAT_PER_LEVEL = {"dev": 2, "test": 3}

BACKENDS = (("ffmpeg", 0.32), ("cv2", 0.32), ("moviepy", 0.18), ("pil", 0.18))
ENCODER = {"ffmpeg": "ffmpeg", "moviepy": "moviepy", "pil": "imageio", "cv2": "pyav"}
ZOOM = {"ffmpeg": 1.25, "cv2": 1.25, "moviepy": 1.2, "pil": 1.2}
SIZES = (  # (width, height, weight): the ordered sizes
    (720, 1280, 0.26),
    (540, 960, 0.34),
    (1280, 720, 0.08),
    (720, 720, 0.12),
    (960, 540, 0.1),
    (576, 720, 0.1),
)
FPS = ((24, 0.55), (30, 0.25), (25, 0.2))
DURATIONS = ((2.0, 0.3), (2.5, 0.3), (3.0, 0.25), (3.5, 0.1), (4.0, 0.05))
PRESETS = ("veryfast", "faster", "superfast")
LFW_SPLIT = {"dev": range(0, 40), "test": range(40, 100)}
# Sharp donors: the other real face photos. One-way rule: a dev clip only ever shows dev
# faces; a test clip may show a test face or a dev face as the donor (that reveals nothing of
# test to dev). The cameraman's face is half hidden by his camera, so he is never a donor.
SHARP_DONORS = ("astronaut", "grace_hopper")
SHARP_SHARE = 0.6
NO_BOIL = {"low_texture"}  # flat photos: nothing to boil


def _pick(rng: np.random.Generator, items: tuple) -> Any:
    values = [i[0] for i in items]
    weights = np.array([i[-1] for i in items], float)
    return values[int(rng.choice(len(values), p=weights / weights.sum()))]


def sample_base(rng: np.random.Generator, photo: Photo) -> dict[str, Any]:
    backend = _pick(rng, BACKENDS)
    w, h, _ = _pick_size(rng)
    fps = _pick(rng, FPS)
    duration = _pick(rng, DURATIONS)
    grade: dict[str, float] | None = None
    if rng.random() < 0.6:
        grade = {}
        if rng.random() < 0.6:
            grade["contrast"] = round(float(rng.uniform(0.88, 1.2)), 3)
        if rng.random() < 0.5:
            grade["saturation"] = round(float(rng.uniform(0.75, 1.3)), 3)
        if rng.random() < 0.5:
            grade["tint"] = round(float(rng.uniform(-0.06, 0.06)), 3)
        if rng.random() < 0.35:
            grade["curve"] = round(float(rng.choice([-0.3, 0.25, 0.4])), 3)
        grade = grade or {"contrast": 1.1}
    return {
        "backend": backend,
        "move": str(rng.choice(MOVES[backend])),
        "strength": round(float(rng.uniform(0.3, 1.0)), 3),
        "ease": str(rng.choice(["ease_in_out", "linear", "ease_out"])),
        "zoom_max": ZOOM[backend],
        "scaler": str(rng.choice(["bicubic", "bilinear"])),
        "width": w,
        "height": h,
        "fps": fps,
        "duration_s": duration,
        "frames": round(duration * fps),
        "encoder": ENCODER[backend],
        "crf": int(rng.integers(18, 36)),
        "preset": str(rng.choice(PRESETS)),
        "grade": grade,
        "natural": bool(photo.effects) and rng.random() < 0.85,
        "grain": round(float(rng.uniform(1.0, 3.0)), 2) if rng.random() < 0.3 else 0.0,
        "seed": int(rng.integers(0, 2**31 - 1)),
    }


def _pick_size(rng: np.random.Generator) -> tuple[int, int, float]:
    weights = np.array([s[2] for s in SIZES])
    return SIZES[int(rng.choice(len(SIZES), p=weights / weights.sum()))]


def _eligible(family: str, photos: list[Photo]) -> list[Photo]:
    if family == "texture_boil":
        return [p for p in photos if p.kind not in NO_BOIL and p.photo_id != "starfield"]
    if family == "elastic_warp":
        return [p for p in photos if p.subject is not None]
    if family in ("identity_swap", "identity_drift"):
        return [p for p in photos if p.has_face]
    return photos


def _lfw_ok(split: str) -> list[int]:
    return [i for i in LFW_SPLIT[split] if faces.lfw_donor(i) is not None]


def _wrong_scene_donor(
    rng: np.random.Generator, photo: Photo, pool: list[Photo], level: int
) -> Photo:
    others = [p for p in pool if p.group != photo.group]
    if level == 2:  # a look-alike: same kind, or a shared tag
        similar = [
            p
            for p in others
            if p.kind == photo.kind
            or set(p.tags) & ({photo.kind} | set(photo.tags))
            or photo.kind in p.tags
        ]
        others = similar or others
    elif level == 3:  # plainly unrelated
        unrelated = [
            p
            for p in others
            if p.kind != photo.kind and not set(p.tags) & ({photo.kind} | set(photo.tags))
        ]
        others = unrelated or others
    return others[int(rng.integers(len(others)))]


def _clip_seed(seed: int, clip_id: str) -> int:
    return zlib.crc32(f"{seed}:{clip_id}".encode()) & 0x7FFFFFFF


def build_plan(seed: int = 20261201) -> list[dict[str, Any]]:
    rng = np.random.default_rng(seed)
    photos = list(build_photos())
    plan: list[dict[str, Any]] = []

    def add(photo: Photo, family: str, strength: int, extra: dict[str, Any] | None = None):
        base = sample_base(rng, photo)
        clip_id = f"{len(plan):04d}_{photo.split}_{family}_s{strength}_{photo.photo_id}"
        base["seed"] = _clip_seed(seed, clip_id)
        ordered = {
            "width": base["width"],
            "height": base["height"],
            "frames": base["frames"],
            "duration_s": base["duration_s"],
            "fps": base["fps"],
        }
        item = {
            "id": clip_id,
            "photo_id": photo.photo_id,
            "split": photo.split,
            "label": "faithful" if family == "faithful" else "defect",
            "family": family,
            "strength": strength,
            "base": base,
            "ordered": ordered,
            "defect": dict(extra or {}),
        }
        plan.append(item)
        return item

    for split in ("dev", "test"):
        pool = [p for p in photos if p.split == split]
        for photo in pool:
            for _ in range(FAITHFUL_PER_PHOTO[split]):
                add(photo, "faithful", 0)
        lfw = _lfw_ok(split)
        for family in FAMILIES:
            eligible = _eligible(family, pool)
            per_level = (FORMAT_PER_LEVEL if family == "format" else DEFECTS_PER_LEVEL)[split]
            order = [eligible[int(i)] for i in rng.permutation(len(eligible))]
            k = 0
            for level in (1, 2, 3):
                for _ in range(per_level):
                    photo = order[k % len(order)]
                    k += 1
                    params = _defect_params(rng, family, level, photo, pool, lfw, photos)
                    add(photo, family, level, params)
    return plan


def _defect_params(
    rng: np.random.Generator,
    family: str,
    level: int,
    photo: Photo,
    pool: list[Photo],
    lfw: list[int],
    photos: list[Photo],
) -> dict[str, Any]:
    if family == "elastic_warp":
        return {
            "level": defects.SOURCE_LEVELS[family][level],
            "onset": round(float(rng.uniform(0.1, 0.3)), 3),
        }
    if family in ("identity_swap", "identity_drift"):
        alpha, coverage = defects.SOURCE_LEVELS[family][level]
        sharp = [
            d.photo_id
            for d in photos
            if d.photo_id in SHARP_DONORS
            and d.group != photo.group
            and (d.split == photo.split or (photo.split == "test" and d.split == "dev"))
        ]
        if sharp and rng.random() < SHARP_SHARE:
            donor = "photo:" + str(rng.choice(sharp))
        else:
            donor = f"lfw:{int(rng.choice(lfw))}"
        onset = (
            round(float(rng.uniform(0.3, 0.6)), 3)
            if family == "identity_swap"
            else round(float(rng.uniform(0.0, 0.1)), 3)
        )
        return {"level": alpha, "coverage": coverage, "donor": donor, "onset": onset}
    if family == "wrong_scene":
        other = _wrong_scene_donor(rng, photo, pool, level)
        params: dict[str, Any] = {"other_photo": other.photo_id}
        params["mode"] = "cut" if level == 1 else "whole"
        if level == 1:
            params["cut_at"] = round(float(rng.uniform(0.55, 0.7)), 3)
        return params
    if family == "format":
        return {"mismatch": "size" if rng.random() < 0.5 else "duration"}
    return {}


def delivered_shape(item: dict[str, Any]) -> tuple[int, int, int]:
    """(width, height, frames) to render: the ordered ones, except for format defects."""
    base, level = item["base"], item["strength"]
    w, h, n = base["width"], base["height"], base["frames"]
    if item["family"] != "format":
        return w, h, n
    if item["defect"]["mismatch"] == "size":
        if level == 1:
            return _even(w * 0.9), _even(h * 0.9), n
        if level == 2:
            if w == h:
                return _even(h * 16 / 9), h, n
            s = min(w, h)
            return s, s, n
        if w == h:
            return w, _even(w * 16 / 9), n
        return h, w, n
    share = {1: 0.8, 2: 0.6, 3: 0.5}[level]
    return w, h, max(12, round(n * share))


def _even(v: float) -> int:
    return round(v / 2.0) * 2
