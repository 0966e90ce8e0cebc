"""Reading batch uploads: loose photos, zips (read defensively) and a CSV of per-photo settings.

Plain Python, no Django: bytes in, files and rows out. Zips are read defensively: a bounded
number of entries, a bounded uncompressed total (read with a cap, not trusted from the
header), no absurd compression ratios, no absolute paths or `..` (zip-slip), no nested
archives.
"""

from __future__ import annotations

import csv
import io
import posixpath
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

from engine.photo import MAX_BYTES
from saas.errors import ApplicationError


class BatchRejected(ApplicationError):
    """The whole upload can't be taken (an unsafe zip, no photos, too many items)."""

    code = "batch_rejected"


MAX_ZIP_ENTRIES = 1000
MAX_ZIP_TOTAL_BYTES = 1024 * 1024 * 1024  # uncompressed, all entries together
MAX_COMPRESSION_RATIO = 200  # JPEGs barely compress; a bomb compresses 1000:1 and more
MAX_CSV_BYTES = 2 * 1024 * 1024
ARCHIVE_SUFFIXES = (".zip",)
CSV_SUFFIXES = (".csv",)
_FILE_COLUMNS = ("file", "file_name", "filename", "photo", "image", "name")


@dataclass(frozen=True)
class BatchFile:
    name: str
    data: bytes


def lower(name: str) -> str:
    return name.lower()


def _is_junk(name: str) -> bool:
    base = posixpath.basename(name)
    return name.startswith("__MACOSX/") or base.startswith(".") or not base


def _unsafe_path(name: str) -> bool:
    normalized = name.replace("\\", "/")
    parts = normalized.split("/")
    return normalized.startswith("/") or ".." in parts or (len(name) > 1 and name[1] == ":")


def read_zip(name: str, data: bytes) -> list[BatchFile]:
    """The files in a zip, flattened to their base names. Raises `BatchRejected` if unsafe."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise BatchRejected(f"{name} isn't a readable zip file. Zip the photos again.") from exc
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if len(infos) > MAX_ZIP_ENTRIES:
            raise BatchRejected(
                f"{name} holds {len(infos)} files; a batch zip may hold up to "
                f"{MAX_ZIP_ENTRIES}. Split it into smaller zips."
            )
        declared = sum(i.file_size for i in infos)
        if declared > MAX_ZIP_TOTAL_BYTES:
            raise BatchRejected(
                f"{name} unpacks to {declared / 1048576:.0f} MB; a batch may unpack to at most "
                f"{MAX_ZIP_TOTAL_BYTES // 1048576} MB. Split it into smaller zips."
            )
        files: list[BatchFile] = []
        total = 0
        for info in infos:
            if _unsafe_path(info.filename):
                raise BatchRejected(
                    f"{name} contains an unsafe path ({info.filename!r}): entries may not be "
                    "absolute or climb out with “..”. Zip the photos again from their folder."
                )
            if _is_junk(info.filename):
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 1024 * 1024 and ratio > MAX_COMPRESSION_RATIO:
                raise BatchRejected(
                    f"{name} looks like a zip bomb ({info.filename!r} expands {ratio:.0f}×). "
                    "Upload the photos themselves."
                )
            content = _read_capped(archive, info, limit=MAX_BYTES + 1)
            total += len(content)
            if total > MAX_ZIP_TOTAL_BYTES:
                raise BatchRejected(
                    f"{name} unpacks to more than {MAX_ZIP_TOTAL_BYTES // 1048576} MB. "
                    "Split it into smaller zips."
                )
            files.append(BatchFile(name=posixpath.basename(info.filename), data=content))
        return files


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, limit: int) -> bytes:
    """Read at most `limit` bytes: a lying header can't make us inflate more than that."""
    chunks, size = [], 0
    try:
        with archive.open(info) as handle:
            while size < limit:
                chunk = handle.read(min(65536, limit - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
        raise BatchRejected(
            f"{info.filename!r} in the zip can't be read ({exc.__class__.__name__}); "
            "encrypted or damaged zips aren't supported."
        ) from exc
    return b"".join(chunks)


def expand_uploads(files: Sequence[tuple[str, bytes]]) -> tuple[list[BatchFile], bytes | None]:
    """Loose files plus the contents of any zips; and the CSV's bytes if one came along."""
    expanded: list[BatchFile] = []
    for name, data in files:
        base = posixpath.basename(name.replace("\\", "/")) or "upload"
        if lower(base).endswith(ARCHIVE_SUFFIXES):
            expanded.extend(read_zip(base, data))
        else:
            expanded.append(BatchFile(name=base, data=data))
    csvs = [f for f in expanded if lower(f.name).endswith(CSV_SUFFIXES)]
    if len(csvs) > 1:
        raise BatchRejected(
            f"The upload has {len(csvs)} CSV files ({', '.join(f.name for f in csvs)}); "
            "send one CSV that lists every photo."
        )
    nested = [f.name for f in expanded if lower(f.name).endswith(ARCHIVE_SUFFIXES)]
    if nested:
        raise BatchRejected(
            f"Zips inside zips aren't supported ({', '.join(nested[:3])}). Put the photos in "
            "one zip."
        )
    photos = [f for f in expanded if not lower(f.name).endswith(CSV_SUFFIXES)]
    return photos, (csvs[0].data if csvs else None)


def parse_csv(data: bytes) -> list[dict[str, str]]:
    """Rows of a batch CSV as dicts with normalized column names."""
    if len(data) > MAX_CSV_BYTES:
        raise BatchRejected("The CSV is larger than 2 MB. Split the batch.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BatchRejected("The CSV isn't UTF-8 text. Save it as “CSV UTF-8”.") from exc
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise BatchRejected("The CSV is empty. Its first line names the columns: file,prompt.")
    columns = {(c or "").strip().lower(): c for c in reader.fieldnames}
    file_col = next((columns[c] for c in _FILE_COLUMNS if c in columns), None)
    if file_col is None:
        raise BatchRejected(
            "The CSV needs a “file” column naming each photo (columns: file, prompt, ratio, "
            "duration)."
        )
    rows = []
    for raw in reader:
        row = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        row["file"] = (raw.get(file_col) or "").strip()
        if any(row.values()):
            rows.append(row)
    return rows
