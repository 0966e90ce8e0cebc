"""The source photos: made here (synthetic scenes) or derived from images that ship offline
(scikit-image and matplotlib sample data). Nothing is stored in git: `build_photos()` makes
every photo again, deterministically, and build.py writes them next to the clips.

The split is by *group* (the library image a photo was derived from, or the synthetic scene):
every photo of a group is on the same side, so no test scene or test face is ever seen in dev.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import cv2
import numpy as np
from PIL import Image

from bench.qa_eval import faces

Box = tuple[int, int, int, int]  # x, y, w, h in photo pixels


@dataclass
class Photo:
    photo_id: str
    kind: str  # the one property this photo stands for (see README.md)
    tags: tuple[str, ...]
    group: str
    split: str  # "dev" | "test"
    image: np.ndarray  # BGR uint8, the photo as the user uploaded it
    subject: Box | None  # the main subject (face, object, tree...): where elastic warps go
    effects: list[dict[str, Any]] = field(default_factory=list)  # natural motion
    sky: np.ndarray | None = None  # synthetic scenes: the sky layer alone (for drifting clouds)
    fg_alpha: np.ndarray | None = None  # 1 where the foreground covers the sky layer
    jpeg_quality: int = 95  # how the photo file is written (low for the jpeg_heavy kind)
    face: faces.Face | None = None
    jpeg: bytes = b""  # the photo file; `image` is set to exactly what it decodes to

    @property
    def has_face(self) -> bool:
        return self.face is not None


# -- helpers --------------------------------------------------------------------------------
def _rgb2bgr(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)


def _grey2bgr(grey: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)


def fbm(h: int, w: int, scale: float, rng: np.random.Generator, octaves: int = 5) -> np.ndarray:
    """Fractal value noise in 0..1 (sum of upsampled random grids)."""
    out = np.zeros((h, w), np.float32)
    amp, total = 1.0, 0.0
    for _ in range(octaves):
        gh, gw = max(2, int(h / scale) + 2), max(2, int(w / scale) + 2)
        grid = rng.random((gh, gw)).astype(np.float32)
        out += amp * cv2.resize(grid, (w, h), interpolation=cv2.INTER_CUBIC)
        total += amp
        amp *= 0.5
        scale = max(1.0, scale / 2.0)
    out /= total
    lo, hi = np.percentile(out, 1), np.percentile(out, 99)
    return np.clip((out - lo) / max(hi - lo, 1e-6), 0.0, 1.0)


def _smoothstep(a: float, b: float, x: np.ndarray) -> np.ndarray:
    t = np.clip((x - a) / (b - a), 0.0, 1.0)
    return t * t * (3.0 - 2.0 * t)


def _vgrad(h: int, w: int, top: tuple, bottom: tuple) -> np.ndarray:
    t = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None, None]
    return np.broadcast_to(
        np.array(top, np.float32) * (1 - t) + np.array(bottom, np.float32) * t, (h, w, 3)
    ).copy()


def _u8(img: np.ndarray) -> np.ndarray:
    return np.clip(img + 0.5, 0, 255).astype(np.uint8)


def _grain(img: np.ndarray, sigma: float, rng: np.random.Generator, chroma: float = 0.0):
    h, w = img.shape[:2]
    out = img.astype(np.float32) + rng.normal(0, sigma, (h, w, 1)).astype(np.float32)
    if chroma:
        out += rng.normal(0, chroma, (h, w, 3)).astype(np.float32)
    return out


def _clouds(h: int, w: int, rng: np.random.Generator, cover: float) -> np.ndarray:
    n = fbm(h, w, 260.0, rng, octaves=6)
    stretch = cv2.resize(n, (w, h))  # already the size; keeps the dtype
    return _smoothstep(1.0 - cover, 1.0 - cover + 0.28, stretch) * 0.85


# -- synthetic scenes -----------------------------------------------------------------------
def field_sky(seed: int = 11) -> Photo:
    """Low texture: a gradient sky with soft clouds over a field, one tree (the subject)."""
    rng = np.random.default_rng(seed)
    h, w = 1024, 1536
    horizon = int(0.62 * h)
    sky = _vgrad(h, w, (168, 96, 46), (232, 214, 186))  # BGR: deep blue to pale haze
    cl = _clouds(h, w, rng, 0.35)[..., None]
    fade = _smoothstep(horizon * 1.02, horizon * 0.55, np.arange(h, dtype=np.float32))
    sky = sky * (1 - cl * fade[:, None, None]) + 248.0 * cl * fade[:, None, None]
    img = sky.copy()
    # Distant hills: a soft, low-contrast band on the horizon.
    ridge = horizon - 18 - 22 * fbm(1, w, 300.0, rng, 3)[0]
    yy = np.arange(h, dtype=np.float32)[:, None]
    hills = _smoothstep(-3.0, 3.0, yy - ridge[None, :])[..., None]
    img = img * (1 - hills) + np.array((150, 160, 140), np.float32) * hills
    # The field: a green gradient with fine grass noise that grows toward the camera.
    ground = _vgrad(h - horizon, w, (90, 150, 125), (40, 115, 70))
    depth = np.linspace(0.2, 1.0, h - horizon, dtype=np.float32)[:, None]
    blades = rng.normal(0, 1, (h - horizon, w)).astype(np.float32)
    blades = cv2.GaussianBlur(blades, (0, 0), sigmaX=0.6, sigmaY=2.2) * 9.0 * depth
    patches = (fbm(h - horizon, w, 120.0, rng, 4) - 0.5) * 18.0
    ground += (blades + patches)[..., None] * np.array((0.6, 1.0, 0.7), np.float32)
    soft = _smoothstep(0.0, 6.0, np.arange(h - horizon, dtype=np.float32))[:, None, None]
    img[horizon:] = img[horizon:] * (1 - soft) + ground * soft
    # The tree: trunk and a textured crown.
    tx, base = int(0.68 * w), horizon + 60
    fg = np.zeros((h, w), np.float32)
    cv2.rectangle(fg, (tx - 9, base - 150), (tx + 9, base), 1.0, -1)
    trunk = fg.copy()
    crown = np.zeros((h, w), np.float32)
    for _ in range(9):
        cx = tx + int(rng.normal(0, 45))
        cy = base - 210 + int(rng.normal(0, 35))
        cv2.circle(crown, (cx, cy), int(rng.uniform(55, 85)), 1.0, -1)
    crown = cv2.GaussianBlur(crown, (0, 0), 2.0)
    leaf = fbm(h, w, 14.0, rng, 4)
    crown_col = np.stack([30 + 30 * leaf, 70 + 60 * leaf, 35 + 30 * leaf], -1)
    img = img * (1 - trunk[..., None]) + np.array((40, 60, 80), np.float32) * trunk[..., None]
    img = img * (1 - crown[..., None]) + crown_col * crown[..., None]
    img = _grain(img, 1.6, rng)
    fg_alpha = np.clip(hills[..., 0] + trunk + crown, 0, 1)
    fg_alpha[horizon:] = 1.0
    ys, xs_ = np.nonzero(crown > 0.5)
    crown_box = (int(xs_.min()), int(ys.min()), int(np.ptp(xs_)), int(np.ptp(ys)))
    subject = (crown_box[0], crown_box[1], crown_box[2], base - crown_box[1])
    return Photo(
        "field_sky",
        "low_texture",
        ("landscape", "sky"),
        "syn_field",
        "dev",
        _u8(img),
        subject,
        effects=[
            {"type": "sky_drift", "speed": 9.0},
            {"type": "sway", "region": crown_box, "amp": 2.5, "freq": 0.45},
        ],
        sky=_u8(_grain(sky, 1.6, np.random.default_rng(seed + 1))),
        fg_alpha=fg_alpha,
    )


def sea_sky(seed: int = 23) -> Photo:
    """Low texture: sky over a calm sea, a small sail boat (the subject)."""
    rng = np.random.default_rng(seed)
    h, w = 1080, 1440
    horizon = int(0.5 * h)
    sky = _vgrad(h, w, (150, 105, 70), (225, 205, 200))
    cl = _clouds(h, w, rng, 0.3)[..., None]
    fade = _smoothstep(horizon * 1.0, horizon * 0.5, np.arange(h, dtype=np.float32))
    sky = sky * (1 - cl * fade[:, None, None] * 0.8) + 240.0 * cl * fade[:, None, None] * 0.8
    img = sky.copy()
    sea = _vgrad(h - horizon, w, (150, 120, 90), (110, 70, 30))
    waves = rng.normal(0, 1, (h - horizon, w)).astype(np.float32)
    depth = np.linspace(0.3, 1.0, h - horizon, dtype=np.float32)[:, None]
    waves = cv2.GaussianBlur(waves, (0, 0), sigmaX=9.0, sigmaY=1.2) * 60.0 * depth
    sea += waves[..., None]
    # A sun glitter path.
    xs = np.arange(w, dtype=np.float32)[None, :]
    path = np.exp(-(((xs - 0.62 * w) / 90.0) ** 2)) * np.clip(waves / 10.0, 0, 1) * 50.0
    sea += path[..., None] * np.array((0.8, 0.95, 1.0), np.float32)
    img[horizon:] = sea
    img[horizon - 1 : horizon + 2] = cv2.GaussianBlur(img[horizon - 3 : horizon + 4], (0, 0), 1.2)[
        2:5
    ]
    # The boat: hull, mast and sail.
    bx, by = int(0.36 * w), horizon + 90
    boat = np.zeros((h, w), np.float32)
    hull = np.array([[bx - 60, by], [bx + 60, by], [bx + 45, by + 18], [bx - 48, by + 18]])
    cv2.fillPoly(boat, [hull.astype(np.int32)], 1.0)
    img[boat > 0] = (40, 40, 50)
    sail = np.zeros((h, w), np.float32)
    tri = np.array([[bx - 2, by - 4], [bx - 2, by - 150], [bx + 52, by - 8]])
    cv2.fillPoly(sail, [tri.astype(np.int32)], 1.0)
    sail = cv2.GaussianBlur(sail, (0, 0), 0.8)
    shade = np.linspace(0.85, 1.0, w, dtype=np.float32)[None, :, None]
    img = img * (1 - sail[..., None]) + (np.full(3, 238.0) * shade) * sail[..., None]
    cv2.line(img, (bx - 3, by), (bx - 3, by - 160), (50, 50, 60), 2)
    img = _grain(img, 1.8, rng)
    fg_alpha = np.zeros((h, w), np.float32)
    fg_alpha[horizon - 1 :] = 1.0
    fg_alpha = np.clip(fg_alpha + cv2.GaussianBlur(sail + boat, (0, 0), 1.0) * 2, 0, 1)
    fg_alpha[by - 165 : by, bx - 6 : bx + 2] = 1.0
    boat_box = (bx - 66, by - 166, 132, 190)
    return Photo(
        "sea_sky",
        "low_texture",
        ("landscape", "sky", "water"),
        "syn_sea",
        "test",
        _u8(img),
        boat_box,
        effects=[
            {"type": "sky_drift", "speed": 7.0},
            {
                "type": "shimmer",
                "region": (0, horizon + 4, w, h - horizon - 4),
                "amp": 1.6,
                "wavelength": 38.0,
                "speed": 1.3,
            },
            {"type": "bob", "region": boat_box, "amp": (1.0, 2.2), "freq": 0.5},
        ],
        sky=_u8(_grain(sky, 1.8, np.random.default_rng(seed + 1))),
        fg_alpha=fg_alpha,
    )


def city_night(seed: int, photo_id: str, split: str, river: bool) -> Photo:
    """Night: a skyline with lit windows, street lights and sensor noise."""
    rng = np.random.default_rng(seed)
    h, w = 1024, 1536
    img = _vgrad(h, w, (30, 14, 8), (45, 40, 52))
    for _ in range(140):  # a few stars
        cv2.circle(img, (int(rng.uniform(0, w)), int(rng.uniform(0, 0.4 * h))), 1, (160,) * 3, -1)
    ground = int((0.72 if river else 0.86) * h)
    lights = np.zeros((h, w), np.float32)
    x = -20
    tallest: Box = (0, 0, 0, 0)
    while x < w:
        bw = int(rng.uniform(70, 170))
        bh = int(rng.uniform(0.18, 0.62) * h)
        top = ground - bh
        shade = rng.uniform(12, 26)
        cv2.rectangle(img, (x, top), (x + bw, ground), (shade, shade * 0.95, shade * 0.9), -1)
        lit_p = rng.uniform(0.15, 0.45)
        warm = rng.random() < 0.6
        for wy in range(top + 10, ground - 12, 18):
            for wx in range(x + 8, x + bw - 10, 14):
                if rng.random() < lit_p:
                    level = rng.uniform(0.5, 1.0)
                    col = (110, 190, 250) if warm else (240, 220, 190)
                    if rng.random() < 0.2:
                        col = (240, 220, 190) if warm else (110, 190, 250)
                    cv2.rectangle(
                        img, (wx, wy), (wx + 7, wy + 10), tuple(c * level for c in col), -1
                    )
                    cv2.rectangle(lights, (wx, wy), (wx + 7, wy + 10), 1.0, -1)
        if bh > tallest[3] and 0.2 * w < x < 0.7 * w:
            tallest = (x, top, bw, bh)
        x += bw + int(rng.uniform(-10, 25))
    # Street lights with glow.
    glow = np.zeros((h, w, 3), np.float32)
    for lx in range(40, w, 110):
        ly = ground - 4
        cv2.circle(glow, (lx, ly), 4, (140, 210, 255), -1)
        cv2.circle(lights, (lx, ly), 7, 1.0, -1)
    glow = glow + cv2.GaussianBlur(glow, (0, 0), 18.0) * 6.0
    img[ground:] = (10, 9, 9)
    if river:
        refl = cv2.flip(img[2 * ground - h : ground], 0)
        ripple = cv2.GaussianBlur(rng.normal(0, 1, refl.shape[:2]).astype(np.float32), (0, 0), 6, 1)
        mapx = (np.arange(w, dtype=np.float32)[None, :] + ripple * 40).astype(np.float32)
        mapy = np.repeat(np.arange(refl.shape[0], dtype=np.float32)[:, None], w, 1)
        refl = cv2.remap(refl, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
        img[ground:] = refl * 0.45 + 8
        cv2.circle(img, (int(0.8 * w), int(0.12 * h)), 26, (200, 220, 225), -1)
    img = img + glow
    img = np.clip(img, 0, 255)
    img = _grain(img, 5.0, rng, chroma=2.5)
    lights = cv2.GaussianBlur(lights, (0, 0), 3.0)
    effects: list[dict[str, Any]] = [{"type": "lights", "mask": lights, "depth": 0.12, "freq": 1.7}]
    if river:
        effects.append(
            {
                "type": "shimmer",
                "region": (0, ground + 2, w, h - ground - 2),
                "amp": 2.0,
                "wavelength": 22.0,
                "speed": 1.0,
            }
        )
    return Photo(
        photo_id, "night", ("city", "lights"), f"syn_{photo_id}", split, _u8(img), tallest, effects
    )


# -- derived from library images ------------------------------------------------------------
def _cmyk_roundtrip(bgr: np.ndarray) -> np.ndarray:
    """A press-like RGB -> CMYK -> RGB trip: grey replacement, ink limit, dot gain, a CMYK JPEG."""
    rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB).astype(np.float32) / 255.0
    cmy = 1.0 - rgb
    k = cmy.min(-1, keepdims=True) * 0.85
    cmy = (cmy - k) / np.maximum(1.0 - k, 1e-3)
    cmyk = np.concatenate([cmy, k], -1)
    total = cmyk.sum(-1, keepdims=True)
    cmyk = np.where(total > 2.8, cmyk * 2.8 / np.maximum(total, 1e-6), cmyk)  # total ink limit 280%
    cmyk = 1.0 - (1.0 - cmyk) ** 1.18  # dot gain
    buf = io.BytesIO()
    Image.fromarray((cmyk * 255 + 0.5).astype(np.uint8), "CMYK").save(buf, "JPEG", quality=88)
    back = np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("CMYK"), np.float32) / 255
    c, k = back[..., :3], back[..., 3:]
    rgb = (1.0 - c) * (1.0 - k)
    rgb = 0.02 + 0.95 * rgb  # paper white and ink black are not 0 and 1
    return cv2.cvtColor(_u8(rgb * 255.0), cv2.COLOR_RGB2BGR)


def _high_key(bgr: np.ndarray) -> np.ndarray:
    x = bgr.astype(np.float32) / 255.0
    x = 1.0 - (1.0 - x) ** 2.6  # lift everything
    x = 0.3 + 0.7 * x  # milky shadows
    grey = x.mean(-1, keepdims=True)
    x = grey + 0.75 * (x - grey)
    return _u8(x * 255.0)


def _teal_orange(bgr: np.ndarray) -> np.ndarray:
    x = bgr.astype(np.float32) / 255.0
    lum = (0.114 * x[..., 0] + 0.587 * x[..., 1] + 0.299 * x[..., 2])[..., None]
    shadows = np.clip(1.0 - lum * 2.0, 0, 1)
    highs = np.clip(lum * 2.0 - 1.0, 0, 1)
    x = x + shadows * np.array((0.10, 0.05, -0.06)) + highs * np.array((-0.08, 0.0, 0.08))
    x = 0.5 + (x - 0.5) * 1.15
    grey = x.mean(-1, keepdims=True)
    x = grey + 1.25 * (x - grey)
    h, w = x.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    vign = 1.0 - 0.35 * (((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2) / 2
    return _u8(x * vign[..., None] * 255.0)


def _cool_crush(bgr: np.ndarray) -> np.ndarray:
    x = bgr.astype(np.float32) / 255.0
    x = np.clip((x - 0.06) / 0.94, 0, 1) ** 1.15
    x = x * np.array((1.08, 1.04, 0.86))
    grey = x.mean(-1, keepdims=True)
    x = grey + 1.2 * (x - grey)
    return _u8(x * 255.0)


def _night(bgr: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    x = (bgr.astype(np.float32) / 255.0) ** 1.9 * 0.45
    x = x * np.array((1.25, 0.95, 0.75))
    h, w = x.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    lamp = np.exp(-(((xx - 0.9 * w) ** 2 + (yy - 0.1 * h) ** 2) / (2 * (0.35 * w) ** 2)))
    x = x + lamp[..., None] * np.array((0.02, 0.08, 0.16))
    return _u8(_grain(x * 255.0, 6.0, rng, chroma=3.0))


def _colourise(grey: np.ndarray, dark: tuple, light: tuple, rng: np.random.Generator):
    g = grey.astype(np.float32)[..., None] / 255.0
    col = np.array(dark, np.float32) * (1 - g) + np.array(light, np.float32) * g
    tint = (fbm(grey.shape[0], grey.shape[1], 90.0, rng, 3) - 0.5)[..., None] * 26.0
    return _u8(col + tint * np.array((0.3, 1.0, 0.6)))


def _bright_mask(bgr: np.ndarray, level: int) -> np.ndarray:
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    m = (grey > level).astype(np.float32)
    return cv2.GaussianBlur(cv2.dilate(m, np.ones((5, 5), np.uint8)), (0, 0), 3.0)


def _face_photo(photo: Photo, add_motion: bool = True) -> Photo:
    found = faces.detect(photo.image)
    if not found:
        raise RuntimeError(f"no face found in {photo.photo_id}")
    photo.face = found[0]
    x, y, w, h = found[0].box
    photo.subject = (int(x), int(y), int(w), int(h))
    if not add_motion:
        return photo
    m = 0.35 * max(w, h)
    head = (int(x - m), int(y - 1.3 * m), int(w + 2 * m), int(h + 2.1 * m))
    photo.effects.append({"type": "bob", "region": head, "amp": (1.2, 0.8), "freq": 0.35})
    return photo


@lru_cache(maxsize=1)
def build_photos() -> tuple[Photo, ...]:
    """Every photo of the set, in a fixed order."""
    import matplotlib.cbook as cbook
    from skimage import data

    rng = np.random.default_rng(5)
    grace = cv2.imread(str(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)))
    astronaut = _rgb2bgr(data.astronaut())
    coffee = _rgb2bgr(data.coffee())
    rocket = _rgb2bgr(data.rocket())
    chelsea = _rgb2bgr(data.chelsea())
    moto_l, moto_r, _ = data.stereo_motorcycle()
    moto_l, moto_r = _rgb2bgr(moto_l), _rgb2bgr(moto_r)
    flag = {"type": "sway", "region": (0, 0, 150, 190), "amp": 2.0, "freq": 0.6}
    grace_flag = {"type": "sway", "region": (0, 0, 120, 420), "amp": 2.0, "freq": 0.5}
    cup: Box = (190, 5, 250, 250)
    lights_rocket = _bright_mask(rocket, 225)
    rocket_fx = [{"type": "lights", "mask": lights_rocket, "depth": 0.1, "freq": 2.3}]
    photos = [
        # ---- dev ----
        field_sky(),
        city_night(31, "city_night_a", "dev", river=False),
        _face_photo(
            Photo("grace_hopper", "face", ("portrait",), "grace", "dev", grace, None, [grace_flag])
        ),
        _face_photo(
            Photo(
                "grace_highkey",
                "high_key",
                ("portrait", "face"),
                "grace",
                "dev",
                _high_key(grace),
                None,
                [grace_flag],
            )
        ),
        Photo("coffee_graded", "graded", ("object",), "coffee", "dev", _teal_orange(coffee), cup),
        Photo("coffee_cmyk", "cmyk", ("object",), "coffee", "dev", _cmyk_roundtrip(coffee), cup),
        Photo(
            "rocket",
            "object",
            ("dusk", "lights"),
            "rocket",
            "dev",
            rocket,
            (285, 115, 80, 300),
            rocket_fx,
        ),
        Photo(
            "rocket_jpeg",
            "jpeg_heavy",
            ("object", "dusk"),
            "rocket",
            "dev",
            rocket,
            (285, 115, 80, 300),
            [{"type": "lights", "mask": lights_rocket, "depth": 0.1, "freq": 2.3}],
            jpeg_quality=7,
        ),
        Photo(
            "moon",
            "mono",
            ("texture",),
            "moon",
            "dev",
            _grey2bgr(data.moon()),
            (270, 70, 110, 120),
        ),
        Photo(
            "lawn",
            "texture",
            ("grass",),
            "grass",
            "dev",
            _colourise(data.grass(), (20, 55, 25), (110, 205, 175), rng),
            None,
            [{"type": "sway", "region": (0, 0, 512, 512), "amp": 0.8, "freq": 0.7}],
        ),
        # ---- test ----
        sea_sky(),
        city_night(47, "city_night_b", "test", river=True),
        Photo(
            "chelsea",
            "animal",
            ("cat", "fur"),
            "chelsea",
            "test",
            chelsea,
            (110, 50, 250, 230),
            [{"type": "bob", "region": (60, 0, 340, 300), "amp": (1.0, 0.8), "freq": 0.3}],
        ),
        Photo(
            "chelsea_night",
            "night",
            ("animal",),
            "chelsea",
            "test",
            _night(chelsea, rng),
            (110, 50, 250, 230),
        ),
        _face_photo(
            Photo("astronaut", "face", ("portrait",), "astronaut", "test", astronaut, None, [flag])
        ),
        _face_photo(
            Photo(
                "astronaut_cmyk",
                "cmyk",
                ("portrait", "face"),
                "astronaut",
                "test",
                _cmyk_roundtrip(astronaut),
                None,
                [flag],
            )
        ),
        _face_photo(
            Photo(
                "camera",
                "mono",
                ("face", "portrait"),
                "camera",
                "test",
                _grey2bgr(data.camera()),
                None,
            )
        ),
        Photo(
            "motorcycle_highkey",
            "high_key",
            ("object",),
            "motorcycle",
            "test",
            _high_key(moto_l),
            (100, 70, 590, 380),
        ),
        Photo(
            "motorcycle_graded",
            "graded",
            ("object",),
            "motorcycle",
            "test",
            _cool_crush(moto_r),
            (60, 70, 590, 380),
        ),
        Photo(
            "gravel",
            "texture",
            ("stones",),
            "gravel",
            "test",
            _colourise(data.gravel(), (40, 55, 70), (185, 205, 220), rng),
            None,
        ),
        Photo(
            "coins_jpeg",
            "jpeg_heavy",
            ("object", "mono"),
            "coins",
            "test",
            _grey2bgr(data.coins()),
            (314, 154, 64, 64),
            jpeg_quality=6,
        ),
        Photo(
            "starfield",
            "night",
            ("space", "lights"),
            "hubble",
            "test",
            _rgb2bgr(data.hubble_deep_field()),
            None,
            [
                {
                    "type": "lights",
                    "mask": _bright_mask(_rgb2bgr(data.hubble_deep_field()), 150),
                    "depth": 0.15,
                    "freq": 2.9,
                }
            ],
        ),
    ]
    for p in photos:
        if p.split not in ("dev", "test"):
            raise ValueError(p.photo_id)
        # The generators read the same pixels that QA will read from the photo file.
        ok, buf = cv2.imencode(".jpg", p.image, [cv2.IMWRITE_JPEG_QUALITY, p.jpeg_quality])
        assert ok
        p.jpeg = buf.tobytes()
        p.image = cv2.imdecode(buf, cv2.IMREAD_COLOR)
        if p.face is not None:
            _face_photo(p, add_motion=False)
    return tuple(photos)


def photo_by_id(photo_id: str) -> Photo:
    for p in build_photos():
        if p.photo_id == photo_id:
            return p
    raise KeyError(photo_id)


def write_photo(photo: Photo, path: str) -> None:
    """The photo file QA receives (JPEG; the jpeg_heavy kind keeps its low quality)."""
    with open(path, "wb") as fh:
        fh.write(photo.jpeg)
