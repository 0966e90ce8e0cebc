from __future__ import annotations

import hashlib
import io
import struct
import zipfile
import zlib
from collections.abc import Callable

import numpy as np
import pillow_heif
import pytest
from PIL import Image, ImageCms

from engine.photo import MAX_BYTES, PhotoRejected, ValidatedPhoto, validate_photo

pillow_heif.register_heif_opener()

W, H = 320, 260
RED, BLUE = (220, 20, 20), (20, 20, 220)
GPS_IFD = 0x8825
ORIENTATION = 0x0112


# -- building test files -------------------------------------------------------------------
def photo(width: int = W, height: int = H, mode: str = "RGB") -> Image.Image:
    """A smooth gradient (compresses like a photo; a flat colour would not)."""
    y, x = np.mgrid[0:height, 0:width]
    rgb = np.stack([x * 255 // width, y * 255 // height, (x + y) * 127 // (width + height)], -1)
    return Image.fromarray(rgb.astype(np.uint8)).convert(mode)


def encode(img: Image.Image, fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt, **params)
    return out.getvalue()


def jpeg(**params: object) -> bytes:
    params.setdefault("quality", 90)
    return encode(photo(), "JPEG", **params)


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width x height: decoding it would fail, so a pixel
    message proves the limit was checked before any decode."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + png_chunk(b"IEND", b"")
    )


def zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("Evil.class", b"\xca\xfe\xba\xbe" + b"\x00" * 64)
    return out.getvalue()


def gps_exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(GPS_IFD).update(
        {1: "N", 2: (52.0, 22.0, 12.5), 3: "E", 4: (4.0, 53.0, 0.5), 6: 12.0}
    )
    return exif


def jpeg_markers(data: bytes) -> list[int]:
    """The marker codes of a JPEG's segments, SOI to SOS."""
    markers, i = [], 2
    while i < len(data) and data[i] == 0xFF:
        marker = data[i + 1]
        markers.append(marker)
        if marker == 0xDA:
            break
        i += 2 + int.from_bytes(data[i + 2 : i + 4], "big")
    return markers


def avif_like() -> bytes:
    return struct.pack(">I", 24) + b"ftypavif" + b"\x00\x00\x00\x00" + b"avifmif1" + b"\x00" * 64


# -- rejected inputs -----------------------------------------------------------------------
REJECTIONS: list[tuple[str, Callable[[], bytes], str, str, tuple[str, ...]]] = [
    # (id, make bytes, filename, code, fragments of the message)
    ("empty", lambda: b"", "a.jpg", "empty", ("empty",)),
    (
        "over-25-MB",
        lambda: b"\xff\xd8\xff\xe0" + bytes(MAX_BYTES),
        "big.jpg",
        "file_too_large",
        ("25 MB upload limit", "Export a smaller version"),
    ),
    ("text", lambda: b"hello, this is not a photo\n" * 20, "a.jpg", "not_an_image", ("text file",)),
    (
        "html",
        lambda: b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
        "cat.jpg",
        "not_an_image",
        ("“cat.jpg”", "web page"),
    ),
    (
        "svg",
        lambda: b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>',
        "logo.jpg",
        "format",
        ("SVG drawing", "JPEG, PNG, WebP or HEIC"),
    ),
    ("gif", lambda: encode(photo(), "GIF"), "a.gif", "format", ("a GIF file", "JPEG, PNG")),
    ("bmp", lambda: encode(photo(), "BMP"), "a.bmp", "format", ("a BMP file",)),
    ("tiff", lambda: encode(photo(), "TIFF"), "a.tif", "format", ("a TIFF file",)),
    ("avif", avif_like, "a.avif", "format", ("an AVIF file",)),
    ("gifar", lambda: encode(photo(), "GIF") + zip_bytes(), "a.gif", "format", ("a GIF file",)),
    ("binary", lambda: bytes(range(256)) * 8, "a.jpg", "not_an_image", ("not an image format",)),
    (
        "jpeg+html",
        lambda: jpeg() + b"<html><script>fetch('/steal')</script></html>",
        "a.jpg",
        "hidden_content",
        ("web page or script code", "export it again"),
    ),
    (
        "script-in-comment",
        lambda: jpeg(comment=b"<script>alert(document.cookie)</script>"),
        "a.jpg",
        "hidden_content",
        ("script",),
    ),
    ("jpeg+zip", lambda: jpeg() + zip_bytes(), "a.jpg", "hidden_content", ("ZIP archive",)),
    (
        "png+php",
        lambda: encode(photo(), "PNG") + b"<?php system($_GET['c']); ?>",
        "a.png",
        "hidden_content",
        ("script",),
    ),
    (
        "jpeg+junk",
        lambda: jpeg() + b"\x13\x37" * 500,
        "a.jpg",
        "trailing_data",
        ("extra data after the end",),
    ),
    (
        "png+junk",
        lambda: encode(photo(), "PNG") + b"\x13\x37" * 500,
        "a.png",
        "trailing_data",
        ("extra data",),
    ),
    (
        "webp+junk",
        lambda: encode(photo(), "WEBP") + b"\x13\x37" * 500,
        "a.webp",
        "trailing_data",
        ("extra data",),
    ),
    (
        "heic+junk",
        lambda: encode(photo(), "HEIF") + b"\x13\x37" * 500,
        "a.heic",
        "trailing_data",
        ("extra data",),
    ),
    ("jpeg-cut", lambda: jpeg()[: len(jpeg()) * 2 // 3], "a.jpg", "truncated", ("incomplete",)),
    ("jpeg-headers-only", lambda: jpeg()[:300], "a.jpg", "truncated", ("incomplete",)),
    (
        "png-cut",
        lambda: encode(photo(), "PNG")[:-2000],
        "a.png",
        "truncated",
        ("incomplete", "Upload the complete file"),
    ),
    ("webp-cut", lambda: encode(photo(), "WEBP")[:-500], "a.webp", "truncated", ("incomplete",)),
    ("heic-cut", lambda: encode(photo(), "HEIF")[:-500], "a.heic", "truncated", ("incomplete",)),
    (
        "64-MP",
        lambda: png_declaring(8000, 8000),
        "a.png",
        "too_many_pixels",
        ("This photo is larger than 50 megapixels (it is 64 MP). Resize it and upload again.",),
    ),
    (
        "bomb-over-pillow-limit",
        lambda: png_declaring(20000, 20000),
        "a.png",
        "too_many_pixels",
        ("larger than 50 megapixels (it is 400 MP)",),
    ),
    (
        "bomb-in-pillow-warning-band",
        lambda: png_declaring(10000, 10000),
        "a.png",
        "too_many_pixels",
        ("(it is 100 MP)",),
    ),
    (
        "too-small",
        lambda: encode(photo(200, 300), "JPEG"),
        "a.jpg",
        "too_small",
        ("200×300 pixels", "at least 256 pixels"),
    ),
    (
        "animated-webp",
        lambda: encode(photo(), "WEBP", save_all=True, append_images=[photo().rotate(90)]),
        "a.webp",
        "animated",
        ("animated", "2 frames", "still"),
    ),
    (
        "apng",
        lambda: encode(photo(), "PNG", save_all=True, append_images=[photo().rotate(90)]),
        "a.png",
        "animated",
        ("animated",),
    ),
]


@pytest.mark.parametrize(
    ("make", "filename", "code", "fragments"),
    [pytest.param(*case[1:], id=case[0]) for case in REJECTIONS],
)
def test_bad_uploads_are_rejected_with_a_message_that_says_why(
    make: Callable[[], bytes], filename: str, code: str, fragments: tuple[str, ...]
) -> None:
    with pytest.raises(PhotoRejected) as caught:
        validate_photo(make(), filename=filename)
    assert caught.value.code == code, caught.value.message
    for fragment in fragments:
        assert fragment in caught.value.message
    assert str(caught.value) == caught.value.message


def test_size_limits_can_be_lowered_by_the_caller() -> None:
    data = jpeg()
    with pytest.raises(PhotoRejected, match="upload limit") as caught:
        validate_photo(data, filename="a.jpg", max_bytes=len(data) - 1)
    assert caught.value.code == "file_too_large"
    with pytest.raises(PhotoRejected, match=r"larger than 0.05 megapixels \(it is 0.1 MP\)"):
        validate_photo(data, filename="a.jpg", max_pixels=50_000)


# -- accepted inputs -----------------------------------------------------------------------
def rgba_png() -> bytes:
    img = photo().convert("RGBA")
    alpha = Image.new("L", img.size, 255)
    alpha.paste(0, (0, 0, W // 2, H))  # left half fully transparent
    img.putalpha(alpha)
    return encode(img, "PNG")


ACCEPTED: list[tuple[str, Callable[[], bytes], str]] = [
    ("jpeg", jpeg, "JPEG"),
    ("progressive-jpeg", lambda: jpeg(progressive=True), "JPEG"),
    ("png", lambda: encode(photo(), "PNG"), "PNG"),
    ("png-rgba", rgba_png, "PNG"),
    ("png-16-bit-grey", lambda: encode(photo().convert("I;16"), "PNG"), "PNG"),
    ("palette-png", lambda: encode(photo().convert("P"), "PNG"), "PNG"),
    ("webp", lambda: encode(photo(), "WEBP", quality=90), "WEBP"),
    ("webp-lossless", lambda: encode(photo(), "WEBP", lossless=True), "WEBP"),
    ("heic", lambda: encode(photo(), "HEIF", quality=90), "HEIF"),
    ("cmyk-jpeg", lambda: encode(photo().convert("CMYK"), "JPEG"), "JPEG"),
    (
        "mpo-with-gain-map",
        lambda: encode(photo(), "MPO", save_all=True, append_images=[photo(160, 130)]),
        "JPEG",
    ),
    (
        "motion-photo",
        lambda: jpeg() + struct.pack(">I", 24) + b"ftypmp42" + b"\x00" * 12 + b"\x00" * 100,
        "JPEG",
    ),
]


@pytest.mark.parametrize(
    ("make", "original_format"), [pytest.param(*case[1:], id=case[0]) for case in ACCEPTED]
)
def test_good_photos_of_every_accepted_format_become_a_clean_jpeg(
    make: Callable[[], bytes], original_format: str
) -> None:
    data = make()
    result = validate_photo(data, filename="upload")
    assert isinstance(result, ValidatedPhoto)
    assert result.original_format == original_format
    assert (result.mime, result.ext) == ("image/jpeg", "jpg")
    assert (result.width, result.height) == (W, H)
    stored = Image.open(io.BytesIO(result.content))
    assert stored.format == "JPEG" and stored.mode == "RGB" and stored.size == (W, H)
    stored.load()
    thumb = Image.open(io.BytesIO(result.thumbnail))
    assert thumb.format == "JPEG" and max(thumb.size) <= 480


def test_alpha_is_flattened_on_white() -> None:
    result = validate_photo(rgba_png(), filename="cutout.png")
    pixels = np.asarray(Image.open(io.BytesIO(result.content)))
    assert pixels[H // 2, 10].min() > 245  # the transparent half is white
    assert pixels[H // 2, W - 10].min() < 200  # the opaque half keeps its colour


def test_thumbnail_of_a_large_photo_is_at_most_480_px() -> None:
    result = validate_photo(encode(photo(1200, 700), "JPEG"), filename="wide.jpg")
    thumb = Image.open(io.BytesIO(result.thumbnail))
    assert thumb.size == (480, 280)


# -- metadata and orientation ----------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "HEIF"])
def test_gps_and_all_other_metadata_are_stripped_from_the_stored_copy(fmt: str) -> None:
    params: dict[str, object] = {"exif": gps_exif().tobytes()}
    if fmt != "HEIF":
        params["icc_profile"] = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    if fmt == "JPEG":
        params["comment"] = b"shot at 12 Main Street"
        params["xmp"] = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><exif:GPSLatitude/></x:xmpmeta>'
    data = encode(photo(), fmt, **params)
    original = Image.open(io.BytesIO(data))
    assert original.getexif().get_ifd(GPS_IFD), "the test photo must carry GPS to begin with"

    result = validate_photo(data, filename=f"holiday.{fmt.lower()}")
    for stored_bytes in (result.content, result.thumbnail):
        stored = Image.open(io.BytesIO(stored_bytes))
        assert not stored.getexif()
        assert not stored.getexif().get_ifd(GPS_IFD)
        assert not {"exif", "xmp", "icc_profile", "comment"} & set(stored.info)
        # Only JFIF (APP0), tables, frame and scan: no APP1 (EXIF/XMP), APP2 (ICC), COM.
        assert set(jpeg_markers(stored_bytes)) <= {0xD8, 0xE0, 0xDB, 0xC0, 0xC4, 0xDA}
        for needle in (b"Exif", b"GPS", b"xmpmeta", b"ICC_PROFILE", b"Main Street"):
            assert needle not in stored_bytes


def two_colour_photo() -> Image.Image:
    """Left half red, right half blue: easy to tell where it went after a rotation."""
    img = Image.new("RGB", (400, 300), BLUE)
    img.paste(RED, (0, 0, 200, 300))
    return img


@pytest.mark.parametrize("fmt", ["JPEG", "HEIF"])
def test_exif_orientation_is_applied_to_the_pixels(fmt: str) -> None:
    # Orientation 6: "rotate 90° clockwise to display", so the left half ends up on top.
    data = encode(two_colour_photo(), fmt, quality=95, exif=gps_exif(orientation=6).tobytes())
    result = validate_photo(data, filename=f"rotated.{fmt.lower()}")
    assert (result.width, result.height) == (300, 400)
    stored = Image.open(io.BytesIO(result.content))
    assert ORIENTATION not in stored.getexif()  # shown as stored by every viewer
    pixels = np.asarray(stored).astype(int)
    top, bottom = pixels[40, 150], pixels[360, 150]
    assert top[0] > 150 and top[2] < 100, f"top should be red, got {top}"
    assert bottom[2] > 150 and bottom[0] < 100, f"bottom should be blue, got {bottom}"


def test_sha256_is_of_the_original_bytes_and_stable() -> None:
    data = jpeg(exif=gps_exif().tobytes())
    first = validate_photo(data, filename="a.jpg")
    second = validate_photo(bytes(data), filename="renamed.jpeg")
    assert first.sha256 == second.sha256 == hashlib.sha256(data).hexdigest()
    assert first.content == second.content  # the stored copy is deterministic too
    other = validate_photo(jpeg(quality=80), filename="a.jpg")
    assert other.sha256 != first.sha256


def test_an_srgb_profile_is_dropped_without_changing_the_pixels() -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    tagged = validate_photo(encode(photo(), "PNG", icc_profile=srgb), filename="a.png")
    untagged = validate_photo(encode(photo(), "PNG"), filename="a.png")
    assert tagged.content == untagged.content
