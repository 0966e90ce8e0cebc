"""Upload validation: decode and verify a photo before anything is stored.

`validate_photo` takes the raw upload and either returns a clean copy to store or raises
`PhotoRejected` with a message a person can act on. Checks run cheapest first, and nothing
is decoded until the declared size has passed:

1. size of the upload (before anything else), then the magic bytes: JPEG, PNG, WebP and
   HEIC/HEIF only (GIF, BMP, TIFF, SVG, HTML, text, ... are named and refused);
2. hidden payloads: HTML/script/PHP markup or a ZIP archive anywhere in the bytes;
3. the container walked to its end marker: a file that stops early is truncated, one that
   goes on after the image (besides what phones legitimately append) is refused;
4. the header: declared pixel count and sides (decompression bombs never get decoded),
   animation;
5. a full decode (after `verify()` on a separate open), EXIF orientation, mode to 8-bit RGB
   (`engine.motion.image.normalize_pil`), colour profile to sRGB.

The stored copy is always a freshly encoded JPEG (quality 92) with no metadata at all (no
EXIF, GPS, XMP, ICC or comments): alpha is flattened on white by normalize_pil, which is
what the motion engine would do anyway. `sha256` is the hash of the ORIGINAL upload bytes:
"the same photo" to a user is the same file, whatever our encoder does.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from dataclasses import dataclass

import pillow_heif
from PIL import Image, ImageCms

from engine.errors import EngineError
from engine.motion.image import normalize_pil

pillow_heif.register_heif_opener()

MAX_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 50_000_000
MIN_SIDE = 256
THUMBNAIL_SIDE = 480
JPEG_QUALITY = 92
THUMBNAIL_QUALITY = 85
ACCEPTED = "JPEG, PNG, WebP or HEIC"
# Pillow decoders we let near untrusted bytes; every other plugin is never tried.
_PILLOW_FORMATS = ("JPEG", "PNG", "WEBP", "HEIF")  # MPO comes through "JPEG"


class PhotoRejected(EngineError):
    """The upload is not a photo we accept. `message` is for the user; `code` is stable."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message, code=code)


@dataclass(frozen=True)
class ValidatedPhoto:
    content: bytes  # the copy to store: JPEG, no metadata, orientation applied
    mime: str
    ext: str
    width: int  # of the stored copy (i.e. as the photo is shown)
    height: int
    sha256: str  # of the original upload bytes (hex)
    thumbnail: bytes  # JPEG, long side <= 480 px
    original_format: str  # "JPEG" | "PNG" | "WEBP" | "HEIF"

    @property
    def megapixels(self) -> float:
        return self.width * self.height / 1e6


def validate_photo(
    data: bytes,
    *,
    filename: str,
    max_bytes: int = MAX_BYTES,
    max_pixels: int = MAX_PIXELS,
) -> ValidatedPhoto:
    """Check an upload and return the clean copy to store, or raise PhotoRejected."""
    name = _display_name(filename)
    _check_byte_size(data, max_bytes)
    kind = sniff_format(data)
    if kind not in _CONTAINER_ENDS:
        raise _not_accepted(kind, name)
    _check_hidden_payloads(data)
    _check_container(kind, data)
    img = _open(data, max_pixels)
    _check_declared_size(img, max_pixels)
    _check_still(img)
    rgb = _decode(data, max_pixels)
    content, thumbnail = _encode(rgb)
    return ValidatedPhoto(
        content=content,
        mime="image/jpeg",
        ext="jpg",
        width=rgb.width,
        height=rgb.height,
        sha256=hashlib.sha256(data).hexdigest(),
        thumbnail=thumbnail,
        original_format=kind,
    )


def _display_name(filename: str) -> str:
    base = re.split(r"[\\/]", filename or "")[-1].strip()
    return base[:80] or "This file"


def _check_byte_size(data: bytes, max_bytes: int) -> None:
    if not data:
        raise PhotoRejected(
            "This file is empty. Choose the photo again and upload it.", code="empty"
        )
    if len(data) > max_bytes:
        raise PhotoRejected(
            f"This file is {_mb(len(data))} MB, over the {_mb(max_bytes)} MB upload limit. "
            "Export a smaller version of the photo (a JPEG is usually much smaller) and "
            "upload again.",
            code="file_too_large",
        )


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0")


# -- 1. what the bytes are -----------------------------------------------------------------
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
# (prefix, name) for formats we recognise and refuse, so the message can name them.
_REFUSED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"8BPS", "Photoshop (PSD)"),
    (b"%PDF-", "PDF"),
    (b"\x00\x00\x01\x00", "icon (ICO)"),
    (b"\xff\x0a", "JPEG XL"),
    (b"\x00\x00\x00\x0cJXL ", "JPEG XL"),
    (b"PK\x03\x04", "ZIP archive"),
)


def sniff_format(data: bytes) -> str:
    """ "JPEG", "PNG", "WEBP", "HEIF" for what we accept; otherwise a name to show
    ("GIF", "SVG", "HTML", "text", ...) or "unknown"."""
    if data[:3] == b"\xff\xd8\xff":
        return "JPEG"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "PNG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[4:8] == b"ftyp":
        brands = {data[8:12]} | {data[i : i + 4] for i in range(16, min(len(data), 64), 4)}
        if data[8:12] in _AVIF_BRANDS:
            return "AVIF"
        if brands & _HEIF_BRANDS:
            return "HEIF"
        return "video or other ISO media"
    for magic, name in _REFUSED_MAGIC:
        if data.startswith(magic):
            return name
    return _sniff_text(data)


def _sniff_text(data: bytes) -> str:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<"):
        if b"<svg" in head:
            return "SVG"
        if b"<html" in head or b"<!doctype html" in head or b"<script" in head:
            return "HTML"
        return "XML or HTML"
    sample = data[:1024]
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in sample)
    if sample and printable / len(sample) > 0.95:
        return "text"
    return "unknown"


def _not_accepted(kind: str, name: str) -> PhotoRejected:
    if kind == "SVG":
        why = "is an SVG drawing, not a photo"
    elif kind in ("HTML", "XML or HTML"):
        why = "is a web page (HTML/XML), not a photo"
    elif kind == "text":
        why = "is a text file, not a photo"
    elif kind == "unknown":
        why = "is not an image format we can read"
    else:
        article = "an" if kind[0] in "AEIOU" else "a"
        why = f"is {article} {kind} file, which we don't accept"
    return PhotoRejected(
        f"“{name}” {why}. Upload a {ACCEPTED} photo.",
        code="not_an_image" if kind in ("HTML", "XML or HTML", "text", "unknown") else "format",
    )


# -- 2. hidden payloads ----------------------------------------------------------------------
# Each pattern is long enough that compressed image data matches it by chance in far fewer
# than one 25 MB upload in 100,000 (a bare "<svg" would hit about one in 20).
_MARKUP = re.compile(
    rb"<(?:html|script|body|iframe)[\s>/]|<\?php\s|<!doctype\s+html"
    rb"|<svg[\s/][^>]{0,200}?\bon\w+\s*=|</svg>",
    re.IGNORECASE,
)
# A ZIP local header with a plausible "version needed" (1.0, 2.0, 4.5, 6.3): four bytes
# alone would turn up by chance in about one 25 MB photo in 200.
_ZIP_ENTRY = re.compile(rb"PK\x03\x04[\x0a\x14\x2d\x3f]\x00")
_ZIP_END = b"PK\x05\x06"
_ZIP_TAIL = 65_557  # a ZIP reader looks for its end record in this many bytes from the end


def _check_hidden_payloads(data: bytes) -> None:
    """Polyglots (an image that is also a web page, script or archive) are refused even
    though we re-encode, because the original may be served or scanned elsewhere."""
    markup = _MARKUP.search(data)
    if markup or _ZIP_ENTRY.search(data) or _ZIP_END in data[-_ZIP_TAIL:]:
        what = "web page or script code" if markup else "a ZIP archive"
        raise PhotoRejected(
            f"This photo has other content hidden inside it ({what}), so we can't accept it. "
            "Open it in a photo editor, export it again and upload the new file.",
            code="hidden_content",
        )


# -- 3. the container, walked to its end ------------------------------------------------------
class _Truncated(Exception):
    pass


class _Malformed(Exception):
    pass


_JPEG_NEXT_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7]")


def _jpeg_end(data: bytes) -> int:
    """Offset just past the EOI marker of the first JPEG image in `data`."""
    i, n = 2, len(data)
    while True:
        if i >= n:
            raise _Truncated
        if data[i] != 0xFF:  # stray bytes between segments: libjpeg skips them too
            i = data.find(b"\xff", i)
            if i < 0:
                raise _Truncated
        while i < n and data[i] == 0xFF:  # fill bytes
            i += 1
        if i >= n:
            raise _Truncated
        marker = data[i]
        i += 1
        if marker == 0xD9:
            return i
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            continue  # markers without a length
        if i + 2 > n:
            raise _Truncated
        length = int.from_bytes(data[i : i + 2], "big")
        if length < 2:
            raise _Malformed
        i += length
        if i > n:
            raise _Truncated
        if marker == 0xDA:  # start of scan: entropy-coded data runs to the next marker
            found = _JPEG_NEXT_MARKER.search(data, i)
            if found is None:
                raise _Truncated
            i = found.start()


def _png_end(data: bytes) -> int:
    i, n = 8, len(data)
    while True:
        if i + 8 > n:
            raise _Truncated
        length = int.from_bytes(data[i : i + 4], "big")
        kind = data[i + 4 : i + 8]
        i += 12 + length
        if i > n:
            raise _Truncated
        if kind == b"IEND":
            return i


def _webp_end(data: bytes) -> int:
    end = 8 + int.from_bytes(data[4:8], "little")
    if end > len(data):
        raise _Truncated
    return end


def _isobmff_end(data: bytes) -> int:
    """End of the last well-formed top-level box (HEIF is a sequence of boxes)."""
    i, n = 0, len(data)
    while i < n:
        if i + 8 > n:
            raise _Malformed
        size = int.from_bytes(data[i : i + 4], "big")
        kind = data[i + 4 : i + 8]
        if not all(48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c == 32 for c in kind):
            return i  # not a box: whatever follows the image
        if size == 1:
            if i + 16 > n:
                raise _Truncated
            size = int.from_bytes(data[i + 8 : i + 16], "big")
        elif size == 0:
            size = n - i  # "to the end of the file"
        if size < 8:
            raise _Malformed
        if i + size > n:
            raise _Truncated
        i += size
    return i


_CONTAINER_ENDS = {"JPEG": _jpeg_end, "PNG": _png_end, "WEBP": _webp_end, "HEIF": _isobmff_end}


def _check_container(kind: str, data: bytes) -> None:
    try:
        end = _CONTAINER_ENDS[kind](data)
    except _Truncated:
        raise _truncated() from None
    except _Malformed:
        raise _damaged() from None
    tail = data[end:]
    if tail and not _is_harmless_tail(kind, tail):
        raise PhotoRejected(
            "This photo has extra data after the end of the image, so we can't accept it. "
            "Open it in a photo editor, export it again and upload the new file.",
            code="trailing_data",
        )


def _is_harmless_tail(kind: str, tail: bytes) -> bool:
    """What cameras and phones legitimately write after a JPEG's first image."""
    padding = b"\x00\r\n\t "
    if not tail.strip(padding):
        return True
    if kind != "JPEG":
        return False
    body = tail.lstrip(padding)
    return (
        body.startswith(b"\xff\xd8\xff")  # MPF: gain map / depth / second image (Ultra HDR)
        or tail[4:8] == b"ftyp"  # a Motion Photo's MP4 (its box size starts with zeros)
        or tail.rstrip(padding).endswith(b"SEFT")  # Samsung's trailer
    )


def _truncated() -> PhotoRejected:
    return PhotoRejected(
        "This photo is incomplete: the file ends before the image does (the upload or an "
        "earlier download was probably cut off). Upload the complete file again.",
        code="truncated",
    )


def _damaged() -> PhotoRejected:
    return PhotoRejected(
        "This photo is damaged and could not be decoded. Open it in a photo editor, export "
        "it again and upload the new file.",
        code="damaged",
    )


# -- 4. the header ---------------------------------------------------------------------------
_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")


def _open(data: bytes, max_pixels: int) -> Image.Image:
    """Image.open reads the header only; Pillow's own bomb guard becomes our error."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data), formats=_PILLOW_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        found = _BOMB_PIXELS.search(str(exc))
        raise _too_many_pixels(int(found[1]) if found else None, max_pixels) from None
    except Exception as exc:  # any decoder failure on untrusted bytes is the file's fault
        raise _damaged() from exc


def _too_many_pixels(pixels: int | None, max_pixels: int) -> PhotoRejected:
    limit = f"{max_pixels / 1e6:g}"
    actual = f" (it is {_megapixels(pixels, max_pixels)} MP)" if pixels else ""
    return PhotoRejected(
        f"This photo is larger than {limit} megapixels{actual}. Resize it and upload again.",
        code="too_many_pixels",
    )


def _megapixels(pixels: int, max_pixels: int) -> str:
    whole = f"{pixels / 1e6:.0f}"
    # "larger than 50 megapixels (it is 50 MP)" would read as a contradiction.
    return whole if int(whole) * 1e6 > max_pixels else f"{pixels / 1e6:.1f}"


def _check_declared_size(img: Image.Image, max_pixels: int) -> None:
    width, height = img.size
    if width * height > max_pixels:
        raise _too_many_pixels(width * height, max_pixels)
    if min(width, height) < MIN_SIDE:
        raise PhotoRejected(
            f"This photo is {width}×{height} pixels; photos must be at least {MIN_SIDE} "
            "pixels on each side. Upload a larger photo.",
            code="too_small",
        )


def _check_still(img: Image.Image) -> None:
    frames = getattr(img, "n_frames", 1)
    # MPO is a JPEG with extra images (gain map, depth), not an animation.
    if frames > 1 and img.format != "MPO":
        raise PhotoRejected(
            f"This image is animated or holds several pictures ({frames} frames). Upload a "
            f"still {ACCEPTED} photo.",
            code="animated",
        )


# -- 5. the full decode ----------------------------------------------------------------------
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _decode(data: bytes, max_pixels: int) -> Image.Image:
    """verify() on one open, then a full load on a fresh one (verify leaves it unusable)."""
    try:
        _open(data, max_pixels).verify()
        img = _open(data, max_pixels)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img.load()
        icc = img.info.get("icc_profile")
        rgb = normalize_pil(img)
        rgb.load()
    except PhotoRejected:
        raise
    except Exception as exc:  # any decoder failure on untrusted bytes is the file's fault
        if "truncated" in str(exc).lower():
            raise _truncated() from exc
        raise _damaged() from exc
    return _to_srgb(rgb, icc)


def _to_srgb(img: Image.Image, icc: bytes | None) -> Image.Image:
    """Bake a non-sRGB RGB profile (e.g. Display P3 from iPhones) into the pixels, since the
    stored copy carries no profile and is read as sRGB."""
    if not icc or img.mode != "RGB":
        return img
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if source.profile.xcolor_space.strip() != "RGB":
            return img  # a CMYK or grey profile: normalize_pil already dealt with it
        if "srgb" in (source.profile.profile_description or "").lower():
            return img
        converted = ImageCms.profileToProfile(img, source, _SRGB, outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        return img  # a broken profile: keep the pixels as they are
    return converted if converted is not None else img


def _encode(rgb: Image.Image) -> tuple[bytes, bytes]:
    """The stored copy and its thumbnail, both JPEG, built from pixels only (no metadata)."""
    clean = Image.frombytes("RGB", rgb.size, rgb.tobytes())
    content = io.BytesIO()
    clean.save(content, "JPEG", quality=JPEG_QUALITY)
    thumb = clean.copy()
    thumb.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS, reducing_gap=3.0)
    thumbnail = io.BytesIO()
    thumb.save(thumbnail, "JPEG", quality=THUMBNAIL_QUALITY)
    return content.getvalue(), thumbnail.getvalue()
