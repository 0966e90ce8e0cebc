"""What a stage gets (`JobRun`) and gives back (`Transition`)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from engine.motion.analysis import scene_facts
from engine.motion.image import load_bgr
from engine.options import JobOptions
from engine.spec import GenerationSpec
from engine.vision.faces import FaceBox, detect_faces
from pipeline import events, media, selectors, services
from pipeline.models import Job, JobStatus
from saas.errors import ApplicationError

WORKING_SIDE = 1600  # the photo as the stages see it (faces, safety, QA)
CANCEL_POLL_S = 0.5


class JobCanceled(ApplicationError):
    code = "canceled"


class StageFailed(ApplicationError):
    """A stage ended the job with a reason for people (the failing stage is recorded)."""

    code = "stage_failed"


@dataclass(frozen=True)
class Transition:
    """Where the job goes next and what the stage produced (fields of the job row)."""

    to: JobStatus
    fields: dict[str, Any] = field(default_factory=dict)
    reason: str = ""  # for people, when the job ends here without a clip


@dataclass
class JobRun:
    """One worker's run of one job: its files in a temporary folder, and what was learnt."""

    job: Job
    workdir: Path
    worker: str
    photo_faces_detected: bool = False  # True when this run had to look for faces itself
    _cancel_checked_at: float = field(default=float("-inf"), repr=False)

    @property
    def stage(self) -> str:
        return self.job.status

    def photo_path(self) -> Path:
        """The photo copied out of storage once per run (storage may be a remote bucket)."""
        path = self.workdir / "photo"
        if not path.exists():
            media.copy_to_path(self.job.photo.image.name, path)
        return path

    def fetch(self, name: str, filename: str) -> Path:
        """A stored file (an attempt's render) copied into this run's temporary folder: the
        worker shares no disk with the web or other workers. `StorageUnavailable` if the
        storage fails."""
        return media.copy_to_path(name, self.workdir / filename)

    @cached_property
    def photo_bgr(self) -> np.ndarray:
        return load_bgr(self.photo_path(), max_side=WORKING_SIDE)

    @property
    def bgr_scale(self) -> float:
        """Working pixels per photo pixel."""
        return max(self.photo_bgr.shape[:2]) / max(self.job.photo.width, self.job.photo.height)

    @cached_property
    def faces(self) -> tuple[FaceBox, ...]:
        """The photo's faces in photo pixels: found once per photo (at parsing) and kept."""
        known = selectors.photo_faces(photo=self.job.photo)
        if known is not None:
            return known
        found = tuple(face.scaled(1.0 / self.bgr_scale) for face in detect_faces(self.photo_bgr))
        services.photo_faces_store(photo=self.job.photo, faces=found)
        self.photo_faces_detected = True
        return found

    @cached_property
    def scene(self) -> tuple[bool, bool]:
        """(has_sky, has_water): which regions the photo has, so the parser never asks for
        clouds or ripples where there are none."""
        return scene_facts(self.photo_bgr)

    @property
    def faces_in_bgr(self) -> tuple[FaceBox, ...]:
        scale = self.bgr_scale
        return tuple(face.scaled(scale) for face in self.faces)

    @property
    def options(self) -> JobOptions:
        return JobOptions.from_dict(self.job.options)

    @property
    def spec(self) -> GenerationSpec:
        return GenerationSpec.from_dict(self.job.spec)

    def check_canceled(self) -> None:
        if self.cancel_requested(fresh=True):
            raise JobCanceled("Canceled. Nothing was charged.")

    def cancel_requested(self, *, fresh: bool = False) -> bool:
        """Has someone asked to cancel? Read from the row at most every CANCEL_POLL_S, so a
        render can ask between every frame for the price of a few queries a second."""
        now = time.monotonic()
        if fresh or now - self._cancel_checked_at >= CANCEL_POLL_S:
            self._cancel_checked_at = now
            self.job.refresh_from_db(fields=["cancel_requested"])
        return bool(self.job.cancel_requested)


class StageClock:
    """Times one stage and records its event (what it found, how long it took)."""

    def __init__(self, run: JobRun, stage: str) -> None:
        self.run, self.stage = run, stage
        self.started = time.perf_counter()

    def done(
        self, message: str, *, details: dict[str, Any] | None = None, failed: bool = False
    ) -> None:
        events.stage_done(
            self.run.job,
            stage=self.stage,
            message=message,
            duration_ms=(time.perf_counter() - self.started) * 1000,
            details=details,
            failed=failed,
        )
