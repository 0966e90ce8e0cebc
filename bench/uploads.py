"""Upload validation benchmark: validate_photo time per format and size.

Inputs are a real photo (scikit-image's "coffee") resized to each size and encoded as
JPEG (q 90), PNG, WebP (q 90) and HEIC (q 90). Prints wall time per validation and the
stored copy's size; CPU is shared, so figures are noisy.

    .venv/bin/python bench/uploads.py [--quick]
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

import pillow_heif
from PIL import Image
from skimage import data as skdata

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.photo import validate_photo

pillow_heif.register_heif_opener()

SIZES = {"3 MP": (2000, 1500), "12 MP": (4000, 3000)}
FORMATS = {"JPEG": {"quality": 90}, "PNG": {}, "WEBP": {"quality": 90}, "HEIF": {"quality": 90}}


def source(size: tuple[int, int]) -> Image.Image:
    return Image.fromarray(skdata.coffee()).resize(size, Image.Resampling.BICUBIC)


def main(quick: bool) -> None:
    repeats = 1 if quick else 3
    sizes = {"3 MP": SIZES["3 MP"]} if quick else SIZES
    print(f"{'size':<7} {'format':<6} {'upload MB':>9} {'stored MB':>9} {'ms (median)':>12}")
    for label, size in sizes.items():
        img = source(size)
        for fmt, params in FORMATS.items():
            buf = io.BytesIO()
            img.save(buf, fmt, **params)
            data = buf.getvalue()
            times, stored = [], 0
            for _ in range(repeats):
                started = time.perf_counter()
                result = validate_photo(data, filename=f"bench.{fmt.lower()}")
                times.append((time.perf_counter() - started) * 1000)
                stored = len(result.content)
            print(
                f"{label:<7} {fmt:<6} {len(data) / 1e6:>9.2f} {stored / 1e6:>9.2f} "
                f"{statistics.median(times):>12.0f}"
            )


if __name__ == "__main__":
    main(quick="--quick" in sys.argv)
