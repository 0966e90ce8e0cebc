from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image, ImageOps
from skimage import data

from engine.motion.errors import ImageTooSmall, MotionError, UnreadableImage
from engine.motion.image import load_bgr, normalize_pil


def _encode(img: Image.Image, fmt: str = "PNG", **params: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **params)
    return buf.getvalue()


@pytest.fixture(scope="module")
def astronaut() -> Image.Image:
    return Image.fromarray(data.astronaut())


def test_rgb_photo_loads_as_bgr_with_same_pixels(astronaut: Image.Image) -> None:
    bgr = load_bgr(_encode(astronaut))
    assert bgr.shape == (512, 512, 3) and bgr.dtype == np.uint8
    assert np.array_equal(bgr[..., ::-1], np.asarray(astronaut))


@pytest.mark.parametrize(
    ("mode", "fmt"),
    [("L", "PNG"), ("1", "PNG"), ("P", "PNG"), ("CMYK", "JPEG"), ("CMYK", "TIFF"), ("LA", "PNG")],
)
def test_odd_modes_become_8_bit_rgb(astronaut: Image.Image, mode: str, fmt: str) -> None:
    raw = _encode(astronaut.convert(mode), fmt)
    assert Image.open(io.BytesIO(raw)).mode == mode
    bgr = load_bgr(raw)
    assert bgr.shape == (512, 512, 3) and bgr.dtype == np.uint8
    # Still the same picture: correlated with the grey original (blurred: "1" is dithered).
    gray = cv2.blur(np.asarray(astronaut.convert("L"), np.float32), (9, 9)).ravel()
    got = cv2.blur(bgr.mean(axis=2).astype(np.float32), (9, 9)).ravel()
    assert np.corrcoef(gray, got)[0, 1] > 0.8


def test_16_bit_grayscale_keeps_its_tones(astronaut: Image.Image) -> None:
    gray8 = np.asarray(astronaut.convert("L"))
    sixteen = Image.fromarray(gray8.astype(np.uint16) * 257)
    raw = _encode(sixteen)
    assert Image.open(io.BytesIO(raw)).mode.startswith("I")
    bgr = load_bgr(raw)
    assert np.abs(bgr[..., 1].astype(int) - gray8).max() <= 1


def test_alpha_is_flattened_on_white(astronaut: Image.Image) -> None:
    rgba = astronaut.convert("RGBA")
    alpha = np.full((512, 512), 255, np.uint8)
    alpha[:, :256] = 0  # left half fully transparent
    rgba.putalpha(Image.fromarray(alpha))
    bgr = load_bgr(_encode(rgba))
    assert (bgr[:, :256] == 255).all()
    assert np.array_equal(bgr[:, 256:, ::-1], np.asarray(astronaut)[:, 256:])


def test_palette_with_transparency_is_flattened_on_white() -> None:
    img = Image.new("P", (300, 300), 0)
    img.putpalette([0, 0, 0, 200, 0, 0] + [0] * 762)
    img.paste(1, (0, 0, 150, 300))
    img.info["transparency"] = 0
    out = np.asarray(normalize_pil(Image.open(io.BytesIO(_encode(img)))))
    assert out.shape == (300, 300, 3)
    assert (out[:, 200:] == 255).all()  # transparent black became white
    assert (out[:, :100] == (200, 0, 0)).all()


def test_exif_orientation_is_applied(astronaut: Image.Image) -> None:
    wide = astronaut.crop((0, 0, 512, 300))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise when shown
    raw = _encode(wide, "JPEG", exif=exif, quality=95)
    bgr = load_bgr(raw)
    assert bgr.shape[:2] == (512, 300)
    expected = np.asarray(wide.transpose(Image.Transpose.ROTATE_270))[..., ::-1]
    assert np.abs(bgr.astype(int) - expected).mean() < 4


def test_tiny_photo_is_rejected_with_a_clear_message(astronaut: Image.Image) -> None:
    with pytest.raises(ImageTooSmall) as info:
        load_bgr(_encode(astronaut.resize((180, 120))))
    assert "180×120 pixels" in str(info.value)
    assert "at least 256 pixels" in str(info.value)
    assert isinstance(info.value, MotionError)


def test_tiny_after_orientation_names_the_shown_size(astronaut: Image.Image) -> None:
    exif = Image.Exif()
    exif[0x0112] = 8
    raw = _encode(astronaut.resize((400, 200)), "JPEG", exif=exif)
    with pytest.raises(ImageTooSmall, match="200×400"):
        load_bgr(raw)


def test_not_an_image_is_unreadable(tmp_path) -> None:
    with pytest.raises(UnreadableImage, match="could not be read"):
        load_bgr(b"this is not a photo")
    path = tmp_path / "fake.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 broken")
    with pytest.raises(UnreadableImage):
        load_bgr(path)


def test_truncated_jpeg_is_unreadable(astronaut: Image.Image) -> None:
    raw = _encode(astronaut, "JPEG")
    with pytest.raises(UnreadableImage, match="damaged or truncated"):
        load_bgr(raw[: len(raw) // 3])


def test_huge_photo_is_downscaled_while_decoding(astronaut: Image.Image) -> None:
    big = astronaut.resize((4000, 3000))
    raw = _encode(big, "JPEG", quality=85)
    bgr = load_bgr(raw, max_side=900)
    assert max(bgr.shape[:2]) <= 900
    assert max(bgr.shape[:2]) >= 800  # JPEG draft may give a little less, never far less
    assert abs(bgr.shape[1] / bgr.shape[0] - 4 / 3) < 0.01
    small_ref = np.asarray(big.resize((bgr.shape[1], bgr.shape[0])))[..., ::-1]
    assert np.abs(bgr.astype(int) - small_ref).mean() < 8


@pytest.mark.parametrize("orientation", range(1, 9))
def test_reduced_jpeg_decode_applies_every_exif_orientation(
    astronaut: Image.Image, orientation: int
) -> None:
    # Asymmetric content (a wide crop, upscaled so the decode is reduced 1/4 in the DCT
    # domain): a wrong flip or rotation moves the pixels far from Pillow's transpose.
    wide = astronaut.crop((0, 0, 512, 300)).resize((2560, 1500))
    exif = Image.Exif()
    exif[0x0112] = orientation
    raw = _encode(wide, "JPEG", exif=exif, quality=95)
    bgr = load_bgr(raw, max_side=640)
    shown = ImageOps.exif_transpose(Image.open(io.BytesIO(raw)))
    assert bgr.shape[:2] == ((640, 375) if orientation >= 5 else (375, 640))
    expected = np.asarray(shown.resize((bgr.shape[1], bgr.shape[0]), Image.Resampling.BOX))
    assert np.abs(bgr[..., ::-1].astype(int) - expected).mean() < 4


def test_big_jpeg_is_decoded_at_a_reduced_scale_not_below_the_asked_side(
    astronaut: Image.Image,
) -> None:
    big = astronaut.resize((4000, 3000))
    raw = _encode(big, "JPEG", quality=90)
    for max_side, expected in ((1600, (1200, 1600)), (1000, (750, 1000)), (400, (300, 400))):
        bgr = load_bgr(raw, max_side=max_side)
        assert bgr.shape[:2] == expected
        ref = np.asarray(big.resize((expected[1], expected[0]), Image.Resampling.BOX))
        assert np.abs(bgr[..., ::-1].astype(int) - ref).mean() < 6


def test_cmyk_jpeg_still_goes_through_pillow(astronaut: Image.Image) -> None:
    raw = _encode(astronaut.convert("CMYK"), "JPEG", quality=95)
    bgr = load_bgr(raw, max_side=400)
    expected = np.asarray(astronaut.convert("CMYK").convert("RGB").resize((400, 400)))
    assert np.abs(bgr[..., ::-1].astype(int) - expected).mean() < 6
