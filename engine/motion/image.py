"""Reading photos into 8-bit BGR arrays, whatever their mode, orientation or size.

`normalize_pil` is also used by upload validation, so its output is the one definition of
"a clean photo": EXIF orientation applied, 8-bit RGB, alpha flattened on white.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from engine.motion.errors import ImageTooLarge, ImageTooSmall, UnreadableImage

try:  # HEIC/HEIF (iPhone photos) when pillow-heif is installed
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - optional
    pass

MIN_SIDE = 256
# Refuse to decode more pixels than this (decompression-bomb guard); below Pillow's own
# hard limit so our message, not Pillow's, is what people see.
MAX_PIXELS = 120_000_000
# Modes Image.reduce() accepts; others are shrunk after conversion instead.
_REDUCIBLE = {"L", "LA", "RGB", "RGBA", "RGBa", "La", "I", "F", "CMYK", "YCbCr", "I;16"}

_EXIF_ORIENTATION = 0x0112
_SWAPS_SIDES = {5, 6, 7, 8}  # EXIF orientations that rotate by 90 degrees
_WHITE = (255, 255, 255)


# -- normalisation -----------------------------------------------------------------------
def normalize_pil(img: Image.Image) -> Image.Image:
    """Return an 8-bit RGB image with EXIF orientation applied and any alpha on white."""
    img = _apply_orientation(img)
    img = _to_srgb_if_cmyk(img)
    if img.mode == "RGB":
        return img
    if img.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        return _high_depth_to_rgb(img)
    if img.mode == "1":
        return img.convert("L").convert("RGB")
    if _has_alpha(img):
        return _flatten_on_white(img)
    return img.convert("RGB")


def _apply_orientation(img: Image.Image) -> Image.Image:
    orientation = img.getexif().get(_EXIF_ORIENTATION, 1)
    if orientation in (None, 1):
        return img
    return ImageOps.exif_transpose(img)


def _has_alpha(img: Image.Image) -> bool:
    if img.mode in ("RGBA", "LA", "La", "RGBa", "PA"):
        return True
    return img.mode == "P" and "transparency" in img.info


def _flatten_on_white(img: Image.Image) -> Image.Image:
    rgba = img.convert("RGBA")
    background = Image.new("RGBA", rgba.size, (*_WHITE, 255))
    return Image.alpha_composite(background, rgba).convert("RGB")


def _high_depth_to_rgb(img: Image.Image) -> Image.Image:
    """16-bit and 32-bit grayscale to 8-bit, keeping the full tonal range."""
    arr = np.asarray(img)
    if img.mode == "F":
        peak = float(np.nanmax(arr)) if arr.size else 0.0
        scale = 255.0 if peak <= 1.0 else 1.0
        eight = np.clip(np.nan_to_num(arr) * scale, 0, 255).astype(np.uint8)
    else:
        wide = arr.astype(np.int64)
        # "I" mode also carries 8-bit data from some decoders; only rescale real 16-bit.
        is_16_bit = img.mode.startswith("I;16") or int(wide.max(initial=0)) > 255
        eight = np.clip(wide // 257 if is_16_bit else wide, 0, 255).astype(np.uint8)
    return Image.fromarray(eight).convert("RGB")


def _to_srgb_if_cmyk(img: Image.Image) -> Image.Image:
    """CMYK through its ICC profile when it has one (print colours), else Pillow's formula."""
    if img.mode != "CMYK":
        return img
    icc = img.info.get("icc_profile")
    if icc:
        try:
            src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            dst = ImageCms.createProfile("sRGB")
            converted = ImageCms.profileToProfile(img, src, dst, outputMode="RGB")
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass
    return img.convert("RGB")


# -- loading -----------------------------------------------------------------------------
def open_image(source: Path | bytes) -> Image.Image:
    """Open (lazily: header only) an image from a path or bytes, with friendly errors."""
    try:
        with warnings.catch_warnings():
            # Our own MAX_PIXELS check replaces Pillow's warning.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            fp = io.BytesIO(source) if isinstance(source, bytes | bytearray) else Path(source)
            img = Image.open(fp)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise UnreadableImage(
            "This file could not be read as a photo. Upload a JPEG, PNG, WebP or HEIC image."
        ) from exc
    except Image.DecompressionBombError as exc:
        raise ImageTooLarge(
            f"This photo has too many pixels to process. Resize it below "
            f"{MAX_PIXELS // 1_000_000} megapixels and upload again."
        ) from exc
    return img


def oriented_size(img: Image.Image) -> tuple[int, int]:
    """(width, height) as the photo will be shown, i.e. after EXIF orientation."""
    width, height = img.size
    if img.getexif().get(_EXIF_ORIENTATION, 1) in _SWAPS_SIDES:
        return height, width
    return width, height


def check_size(img: Image.Image) -> None:
    width, height = oriented_size(img)
    if min(width, height) < MIN_SIDE:
        raise ImageTooSmall(
            f"This photo is {width}×{height} pixels; photos must be at least {MIN_SIDE} pixels "
            "on each side. Upload a larger photo."
        )
    if width * height > MAX_PIXELS:
        raise ImageTooLarge(
            f"This photo is {width * height / 1e6:.0f} megapixels; the limit is "
            f"{MAX_PIXELS // 1_000_000} megapixels. Resize it and upload again."
        )


def _reduce_early(img: Image.Image, max_side: int) -> Image.Image:
    """Shrink before (JPEG: during) decoding to no less than `max_side` on the long side."""
    width, height = img.size
    scale = max_side / max(width, height)
    if scale >= 1:
        return img
    if img.format == "JPEG":
        # draft() makes libjpeg decode at 1/2, 1/4 or 1/8 scale, still >= the asked size.
        # Accept a little less than asked: the caller's size already carries a margin.
        ask = 0.9 * scale
        img.draft(img.mode, (max(1, int(width * ask)), max(1, int(height * ask))))
    img.load()
    factor = int(max(img.size) / max_side)
    if factor >= 2 and img.mode in _REDUCIBLE:
        img = img.reduce(factor)
    return img


def load_bgr(source: Path | bytes, *, max_side: int | None = None) -> np.ndarray:
    """Decode a photo to H x W x 3 uint8 BGR, long side at most `max_side` when given.

    Raises ImageTooSmall under 256 px on the short side, UnreadableImage for non-images,
    ImageTooLarge for decompression bombs.
    """
    img = open_image(source)
    check_size(img)
    fast = _jpeg_bgr(source, img, max_side=max_side)
    if fast is not None:
        return fast
    return load_from_image(img, max_side=max_side)


# OpenCV's reduced-decode flags per DCT scale factor, largest first.
_REDUCED = ((8, cv2.IMREAD_REDUCED_COLOR_8), (4, cv2.IMREAD_REDUCED_COLOR_4),
            (2, cv2.IMREAD_REDUCED_COLOR_2))  # fmt: skip
_JPEG_END = b"\xff\xd9"


def _jpeg_bgr(source: Path | bytes, img: Image.Image, *, max_side: int | None) -> np.ndarray | None:
    """A plain (RGB or grey, complete) JPEG decoded by OpenCV, at 1/2, 1/4 or 1/8 scale in
    the DCT domain when `max_side` allows; None for anything else (Pillow's path handles it).

    OpenCV's libjpeg-turbo decodes a 12 MP photo at half scale in about 18 ms of CPU where
    Pillow's draft() takes about 27 (and a full decode 48 against 90), and it writes BGR
    directly. The EXIF orientation is the one Pillow read (`oriented_size`), applied here.
    """
    if img.format != "JPEG" or img.mode not in ("RGB", "L"):
        return None  # CMYK goes through its ICC profile in normalize_pil
    data = source if isinstance(source, bytes | bytearray) else Path(source).read_bytes()
    # Pillow refuses a truncated JPEG; OpenCV would fill the missing rows with grey.
    if not bytes(data[-64:]).rstrip(b"\x00").endswith(_JPEG_END):
        return None
    flags = cv2.IMREAD_COLOR
    if max_side is not None:
        long_side = max(img.size)
        # The same margin as _reduce_early: a little less than asked is fine.
        for factor, flag in _REDUCED:
            if long_side / factor >= 0.9 * max_side:
                flags = flag
                break
    bgr = cv2.imdecode(np.frombuffer(data, np.uint8), flags | cv2.IMREAD_IGNORE_ORIENTATION)
    if bgr is None:
        return None
    bgr = _oriented(bgr, img.getexif().get(_EXIF_ORIENTATION, 1))
    if max_side is not None and max(bgr.shape[:2]) > max_side:
        scale = max_side / max(bgr.shape[:2])
        size = (max(1, round(bgr.shape[1] * scale)), max(1, round(bgr.shape[0] * scale)))
        # After the DCT reduction the rest is a shrink by less than 2 (unless the photo is
        # over 8x the asked size): bilinear skips no pixel there and takes 4 ms on a 2000 px
        # image, where OpenCV's fractional INTER_AREA takes 18.
        interpolation = cv2.INTER_LINEAR if scale > 0.5 else cv2.INTER_AREA
        bgr = cv2.resize(bgr, size, interpolation=interpolation)
    return bgr


def _oriented(bgr: np.ndarray, orientation: int | None) -> np.ndarray:
    """The EXIF orientation applied as ImageOps.exif_transpose applies it."""
    if orientation == 2:
        return cv2.flip(bgr, 1)
    if orientation == 3:
        return cv2.rotate(bgr, cv2.ROTATE_180)
    if orientation == 4:
        return cv2.flip(bgr, 0)
    if orientation == 5:
        return cv2.transpose(bgr)
    if orientation == 6:
        return cv2.rotate(bgr, cv2.ROTATE_90_CLOCKWISE)
    if orientation == 7:
        return cv2.flip(cv2.transpose(bgr), -1)
    if orientation == 8:
        return cv2.rotate(bgr, cv2.ROTATE_90_COUNTERCLOCKWISE)
    return bgr


def load_from_image(img: Image.Image, *, max_side: int | None = None) -> np.ndarray:
    """Decode an opened (and size-checked) image to BGR; see `load_bgr`."""
    try:
        if max_side is not None:
            img = _reduce_early(img, max_side)
        rgb = np.asarray(normalize_pil(img))
    except (OSError, SyntaxError, ValueError) as exc:
        raise UnreadableImage(
            "This photo is damaged or truncated and could not be decoded. "
            "Export it again and upload the new file."
        ) from exc
    bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
    if max_side is not None and max(bgr.shape[:2]) > max_side:
        scale = max_side / max(bgr.shape[:2])
        size = (max(1, round(bgr.shape[1] * scale)), max(1, round(bgr.shape[0] * scale)))
        bgr = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
    return bgr
