"""Real test photos (shipped with scikit-image and matplotlib) written to disk once."""

from __future__ import annotations

from pathlib import Path

import cv2
import matplotlib.cbook
import numpy as np
import pytest
from skimage import data

# Face boxes (x, y, w, h) measured once on the sample photos.
ASTRONAUT_FACE = (170, 60, 100, 130)
GRACE_FACE = (180, 120, 150, 190)


def _bgr(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)


def _clouds(width: int, height: int, seed: int = 3) -> np.ndarray:
    """A blue sky with soft white clouds (multi-octave noise)."""
    rng = np.random.default_rng(seed)
    field = np.zeros((height, width), np.float32)
    for octave in range(4):
        cells = 4 * 2**octave
        noise = rng.random((cells, cells * width // height + 1)).astype(np.float32)
        field += cv2.resize(noise, (width, height), interpolation=cv2.INTER_CUBIC) / 2**octave
    cloud = np.clip((field / field.max() - 0.45) * 3.0, 0, 1)[..., None]
    sky = np.array([200, 150, 90], np.float32)  # BGR blue
    white = np.array([245, 245, 245], np.float32)
    return (sky * (1 - cloud) + white * cloud).astype(np.uint8)


@pytest.fixture(scope="session")
def photos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("photos")
    grace = cv2.imread(str(matplotlib.cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)))
    rocket = _bgr(data.rocket())
    grass = cv2.cvtColor(data.grass(), cv2.COLOR_GRAY2BGR)
    # Landscape: a cloudy sky over real grass (the sky must move, the grass must not).
    ground = cv2.resize(grass, (640, 200))
    ground = cv2.merge([ground[..., 0] // 3, ground[..., 1] // 2 + 40, ground[..., 2] // 3])
    landscape = np.vstack([_clouds(640, 280), ground])
    # Lake: the rocket photo above its own darkened, bluish reflection (water below).
    top = rocket[:300]
    reflection = cv2.flip(top, 0).astype(np.float32) * np.array([0.9, 0.7, 0.55])
    lake = np.vstack([top, reflection.astype(np.uint8)])
    images = {
        "astronaut": _bgr(data.astronaut()),
        "chelsea": _bgr(data.chelsea()),
        "coffee": _bgr(data.coffee()),
        "grace": grace,
        "landscape": landscape,
        "lake": lake,
    }
    paths = {}
    for name, image in images.items():
        path = folder / f"{name}.png"
        cv2.imwrite(str(path), image)
        paths[name] = path
    return paths
