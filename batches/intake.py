"""Reading batch uploads on a worker: loose photos, zips (read defensively) and a CSV of
per-photo settings.

Plain Python, no Django: files on this worker's scratch disk in, files and rows out. Zips are
read defensively and streamed: a bounded number of entries, each entry inflated in chunks to
its own scratch file and cut off past the photo limit (the header's sizes are never trusted),
every byte counted against the batch's and the workspace's budget, no absurd compression
ratios, no absolute paths or `..` (zip-slip), no nested archives.
"""

from __future__ import annotations

import csv
import io
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from engine.photo import MAX_BYTES
from saas.errors import ApplicationError


class BatchRejected(ApplicationError):
    """The whole upload can't be taken (an unsafe zip, no photos, too many items)."""

    code = "batch_rejected"


MAX_ZIP_ENTRIES = 1000
MAX_COMPRESSION_RATIO = 200  # JPEGs barely compress; a bomb compresses 1000:1 and more
MAX_CSV_BYTES = 2 * 1024 * 1024
ARCHIVE_SUFFIXES = (".zip",)
CSV_SUFFIXES = (".csv",)
_CHUNK = 64 * 1024
_FILE_COLUMNS = ("file", "file_name", "filename", "photo", "image", "name")


@dataclass(frozen=True)
class Unpacked:
    """One file of the upload on the worker's disk: at most `MAX_BYTES + 1` bytes were kept."""

    name: str
    path: Path
    size: int

    @property
    def is_csv(self) -> bool:
        return lower(self.name).endswith(CSV_SUFFIXES)


class ExpandBudget:
    """The bytes an upload may still unpack to: the batch's bound, or the workspace's room for
    staged uploads if that is smaller. Every inflated byte is taken from it."""

    def __init__(self, *, limit: int, reason: str) -> None:
        self.limit = limit
        self.used = 0
        self.reason = reason  # the sentence that says which bound it is

    @property
    def remaining(self) -> int:
        return max(self.limit - self.used, 0)

    def take(self, size: int) -> None:
        self.used += size
        if self.used > self.limit:
            raise BatchRejected(self.reason)


def lower(name: str) -> str:
    return name.lower()


def base_name(name: str) -> str:
    return posixpath.basename(name.replace("\\", "/")) or "upload"


def is_archive(name: str) -> bool:
    return lower(name).endswith(ARCHIVE_SUFFIXES)


def _is_junk(name: str) -> bool:
    base = posixpath.basename(name)
    return name.startswith("__MACOSX/") or base.startswith(".") or not base


def _unsafe_path(name: str) -> bool:
    normalized = name.replace("\\", "/")
    parts = normalized.split("/")
    return normalized.startswith("/") or ".." in parts or (len(name) > 1 and name[1] == ":")


def read_zip(name: str, path: Path, *, scratch: Path, budget: ExpandBudget) -> Iterator[Unpacked]:
    """The files in a zip, flattened to their base names, one scratch file at a time.

    Raises `BatchRejected` as soon as the zip proves unsafe or too big; the caller keeps what
    it stored so far only to delete it."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise BatchRejected(f"{name} isn't a readable zip file. Zip the photos again.") from exc
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if len(infos) > MAX_ZIP_ENTRIES:
            raise BatchRejected(
                f"{name} holds {len(infos)} files; a batch zip may hold up to "
                f"{MAX_ZIP_ENTRIES}. Split it into smaller zips."
            )
        declared = sum(i.file_size for i in infos)
        if declared > budget.remaining:
            raise BatchRejected(f"{name} unpacks to {declared / 1048576:.0f} MB. {budget.reason}")
        for index, info in enumerate(infos):
            if _unsafe_path(info.filename):
                raise BatchRejected(
                    f"{name} contains an unsafe path ({info.filename!r}): entries may not be "
                    "absolute or climb out with “..”. Zip the photos again from their folder."
                )
            if _is_junk(info.filename):
                continue
            base = posixpath.basename(info.filename)
            if is_archive(base):
                raise BatchRejected(
                    f"Zips inside zips aren't supported ({base}). Put the photos in one zip."
                )
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 1024 * 1024 and ratio > MAX_COMPRESSION_RATIO:
                raise BatchRejected(
                    f"{name} looks like a zip bomb ({info.filename!r} expands {ratio:.0f}×). "
                    "Upload the photos themselves."
                )
            limit = (MAX_CSV_BYTES if lower(base).endswith(CSV_SUFFIXES) else MAX_BYTES) + 1
            target = scratch / f"zip-{index:05d}"
            size = inflate_capped(archive, info, target, limit=limit, budget=budget)
            yield Unpacked(name=base, path=target, size=size)


def inflate_capped(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    target: Path,
    *,
    limit: int,
    budget: ExpandBudget,
) -> int:
    """Inflate one entry into `target`, at most `limit` bytes: a lying header can't make us
    inflate more than that, and every chunk is taken from the budget as it comes."""
    size = 0
    try:
        with archive.open(info) as handle, target.open("wb") as out:
            while size < limit:
                chunk = handle.read(min(_CHUNK, limit - size))
                if not chunk:
                    break
                budget.take(len(chunk))
                out.write(chunk)
                size += len(chunk)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError) as exc:
        raise BatchRejected(
            f"{info.filename!r} in the zip can't be read ({exc.__class__.__name__}); "
            "encrypted or damaged zips aren't supported."
        ) from exc
    return size


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
