"""The QA loop against an unreliable generator: single pass vs regenerate on a QA reject.

    .venv/bin/python bench/qa_loop.py [--jobs 200] [--workers 2] [--face-share 0.75]
        [--identity-drift 0.1] [--warp 0.1] [--freeze 0.1] [--flicker 0.1] [--strength 1.0]
        [--seed 1] [--deadline 3600]

The article Stillmotion is modelled on reports identity preservation rising from 61 % (one
pass) to 87 % with the QA loop, over 200 prompts. This runs that experiment on the real
stack (bench/_harness.py: PostgreSQL, Redis, `celery worker` processes, the whole flow:
parse, gate, render, QA, provenance, delivery) against `FakeUnreliableRunway`
(tests/fakes/unreliable.py): a vendor on 127.0.0.1 that speaks Runway's API, renders the
photo it was sent and breaks a set share of its renders (identity drift, warp, freeze,
flicker), recording what it broke. Jobs order Runway explicitly, so every regeneration goes
to the same unreliable vendor with a new seed (the embedded engine never stands in).

The same photos run twice, once with JOB_MAX_REGENERATIONS=0 (single pass: the first render
is delivered if QA passes it, else the job ends failed_qa) and once with the product default
(2 regenerations). The fake's draw depends on the photo and on how many times it was rendered,
so the first render of each photo gets the same defect in both runs: the runs differ only by
what the loop does with it.

"Faithful and artifact-free" is the vendor's ground truth, not QA's opinion: the delivered
clip's render had no defect injected. Photos: faces (made from the astronaut and Grace Hopper
images that ship offline: crops, flips, light and grain) since the article measures identity,
mixed with faceless scenes (coffee, cat, rocket, a sky over a field). Prints tables; never
fails.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (
    Stack,
    Workers,
    bench_workspace,
    fmt,
    reset_breakers,
    submit,
    table,
    wait_terminal,
    window_s,
)

from tests.fakes.unreliable import DEFECTS, DefectRates, FakeUnreliableRunway

FACE_PROMPTS = (
    "slow push in, she smiles softly",
    "gentle breeze in the hair, the camera drifts left",
    "subtle handheld motion, calm",
    "slow zoom out",
    "the camera pans right slowly",
)
SCENE_PROMPTS = (
    "slow push in, steam rising",
    "gentle pan right",
    "the clouds drift slowly",
    "slow zoom out, calm",
    "subtle handheld motion",
)
PHOTO_SIZE = (540, 960)  # uploaded at the ordered 9:16 shape


@contextmanager
def private_redis() -> Iterator[int]:
    """A redis-server of the bench's own on a free port: the machine's Redis databases are
    other people's test runs, and one of them flushing ours would lose the queue."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=20)


# -- photos ---------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _sources() -> dict[str, object]:
    import cv2
    import matplotlib.cbook
    import numpy as np
    from skimage import data

    from engine.vision.faces import detect_faces

    with matplotlib.cbook.get_sample_data("grace_hopper.jpg") as handle:
        hopper = cv2.imdecode(np.frombuffer(handle.read(), np.uint8), cv2.IMREAD_COLOR)
    faces = {}
    for name, image in (
        ("astronaut", cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)),
        ("hopper", hopper),
    ):
        face = detect_faces(image)[0]
        faces[name] = (image, (face.x, face.y, face.w, face.h))
    scenes = {
        name: cv2.cvtColor(getattr(data, name)(), cv2.COLOR_RGB2BGR)
        for name in ("coffee", "chelsea", "rocket")
    }
    scenes["sky_field"] = sky_over_field()
    return {"faces": faces, "scenes": scenes}


def sky_over_field(width: int = 720, height: int = 1280) -> object:
    """A plain sky over a field: a blue gradient with soft clouds over green grass."""
    import cv2
    import numpy as np

    rng = np.random.default_rng(5)
    ys = np.linspace(0, 1, height, dtype=np.float32)[:, None]
    sky = np.stack([235 - 60 * ys, 190 - 50 * ys, 120 - 40 * ys], axis=-1) * np.ones(
        (1, width, 1), np.float32
    )
    clouds = cv2.GaussianBlur(rng.random((height, width), np.float32), (0, 0), 40)
    clouds = np.clip((clouds - clouds.mean()) * 12, 0, 1)[..., None]
    sky = sky * (1 - clouds) + 245 * clouds
    field_ = np.zeros_like(sky)
    grass = cv2.GaussianBlur(rng.random((height, width), np.float32), (0, 0), 2)[..., None]
    field_[:] = np.array([40, 140, 70], np.float32) * (0.7 + 0.6 * grass)
    horizon = int(height * 0.62)
    image = np.concatenate([sky[:horizon], field_[horizon:]], axis=0)
    return np.clip(image, 0, 255).astype(np.uint8)


def bench_photo(index: int, *, face: bool) -> bytes:
    """A distinct 9:16 JPEG per index: a crop of a face or scene image, flipped or not, with
    its own light and grain (so no two jobs share a photo, a parse or a QA cache entry)."""
    import cv2
    import numpy as np

    rng = np.random.default_rng(1000 + index)
    sources = _sources()
    if face:
        names = sorted(sources["faces"])  # type: ignore[call-overload]
        image, (fx, fy, fw, fh) = sources["faces"][names[index % len(names)]]  # type: ignore[index]
    else:
        names = sorted(sources["scenes"])  # type: ignore[call-overload]
        image = sources["scenes"][names[index % len(names)]]  # type: ignore[index]
        fx, fy, fw, fh = 0, 0, 0, 0
    h, w = image.shape[:2]
    crop_h = int(min(h, w * 16 / 9) * rng.uniform(0.75, 1.0))
    crop_w = int(crop_h * 9 / 16)
    if face:  # keep the whole face in the crop
        x_lo, x_hi = max(0, int(fx + fw) - crop_w), min(int(fx), w - crop_w)
        y_lo, y_hi = max(0, int(fy + fh) - crop_h), min(int(fy), h - crop_h)
    else:
        x_lo, x_hi, y_lo, y_hi = 0, w - crop_w, 0, h - crop_h
    x = int(rng.integers(x_lo, max(x_lo, x_hi) + 1))
    y = int(rng.integers(y_lo, max(y_lo, y_hi) + 1))
    crop = cv2.resize(image[y : y + crop_h, x : x + crop_w], PHOTO_SIZE, cv2.INTER_AREA)
    if rng.random() < 0.5:
        crop = crop[:, ::-1]
    gain, bias = rng.uniform(0.85, 1.15), rng.uniform(-15, 15)
    tint = rng.uniform(0.94, 1.06, 3).astype(np.float32)
    grain = rng.normal(0, 3, crop.shape[:2]).astype(np.float32)[..., None]
    out = np.clip(crop.astype(np.float32) * gain * tint + bias + grain, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    return buf.tobytes()


# -- one run --------------------------------------------------------------------------------
@dataclass
class Render:
    defect: str  # what the vendor injected: none, identity_drift, warp, freeze, flicker
    passed: bool | None  # QA's verdict (None: never scored)
    issues: list[str]


@dataclass
class RunResult:
    name: str
    jobs: int
    statuses: dict[str, int] = field(default_factory=dict)
    delivered_defects: dict[str, int] = field(default_factory=dict)
    renders: list[Render] = field(default_factory=list)
    spend_cents: int = 0
    credits: int = 0
    wall_s: float = float("nan")
    local_deliveries: int = 0
    not_finished: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def delivered(self) -> int:
        return self.statuses.get("delivered", 0)

    @property
    def clean(self) -> int:
        return self.delivered_defects.get("none", 0)


def run(
    stack: Stack,
    fake: FakeUnreliableRunway,
    *,
    name: str,
    regenerations: int,
    photos: list[tuple[bytes, bool]],
    workers: int,
    deadline_s: float,
) -> RunResult:
    from engine.options import JobOptions
    from pipeline import services
    from pipeline.models import Attempt, Clip, Job

    fake.reset()
    reset_breakers(stack.redis_url)
    user, workspace = bench_workspace(f"QA loop {name}", concurrency=len(photos) + 10)
    uploaded = [
        (
            services.photo_upload(
                workspace=workspace, user=user, data=data, filename=f"p{i}.jpg", consent=True
            ),
            has_face,
        )
        for i, (data, has_face) in enumerate(photos)
    ]
    options = JobOptions(ratio="9:16", duration_s=2, resolution="540p", provider="runway")
    env = {"JOB_MAX_REGENERATIONS": str(regenerations)}
    with Workers(stack, count=workers, env=env, name=f"qaloop{regenerations}") as pool:
        started = time.monotonic()
        ids = []
        for i, (photo, has_face) in enumerate(uploaded):
            prompts = FACE_PROMPTS if has_face else SCENE_PROMPTS
            ids.append(str(submit(workspace, user, photo, options, prompts[i % len(prompts)]).pk))
        left = wait_terminal(ids, deadline_s=deadline_s, poll_s=1.0)
        wall = time.monotonic() - started
        log_tail = pool.tail(1500)
    result = RunResult(name=name, jobs=len(ids), wall_s=window_s(ids) or wall, not_finished=left)
    injected = dict(fake.injected)
    for job in Job.objects.filter(pk__in=ids):
        result.statuses[job.status] = result.statuses.get(job.status, 0) + 1
        result.credits += job.credits_charged or 0
        if job.status != "delivered":
            result.failures.append(f"{job.pk} {job.status}: {job.failure_reason[:160]}")
    for attempt in Attempt.objects.filter(job_id__in=ids):
        result.spend_cents += attempt.cost_cents
        if attempt.output and attempt.provider == "runway":
            result.renders.append(
                Render(
                    defect=injected.get(attempt.vendor_task_id, "unknown"),
                    passed=None if attempt.qa_score is None else attempt.status != "rejected_qa",
                    issues=list(attempt.qa_issues or []),
                )
            )
    for provider, task_id in Clip.objects.filter(job_id__in=ids).values_list(
        "attempt__provider", "attempt__vendor_task_id"
    ):
        if provider != "runway":
            result.local_deliveries += 1  # no vendor render: the fake injected nothing
            defect = "none"
        else:
            defect = injected.get(task_id, "unknown")
        result.delivered_defects[defect] = result.delivered_defects.get(defect, 0) + 1
    if left:
        result.failures.append(f"{left} job(s) still running at the deadline\n{log_tail}")
    return result


# -- tables ---------------------------------------------------------------------------------
def share(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "n/a"


def summary_rows(results: list[RunResult]) -> list[list[str]]:
    rows = []
    for r in results:
        other = r.jobs - r.delivered - r.statuses.get("failed_qa", 0)
        per = max(1, r.delivered)
        rows.append(
            [
                r.name,
                str(r.jobs),
                str(r.delivered),
                str(r.statuses.get("failed_qa", 0)),
                str(other),
                share(r.clean, r.delivered),
                share(r.clean, r.jobs),
                fmt(len(r.renders) / per) if r.delivered else "n/a",
                fmt(r.spend_cents / per, "¢") if r.delivered else "n/a",
                fmt(r.credits / per, "credits") if r.delivered else "n/a",
                fmt(r.wall_s, "s"),
            ]
        )
    return rows


def defect_rows(results: list[RunResult], kinds: list[str]) -> list[list[str]]:
    rows = []
    for kind in kinds:
        rows.append(
            [kind, *(str(r.delivered_defects.get(kind, 0)) for r in results)],
        )
    return rows


def catch_rows(results: list[RunResult], kinds: list[str]) -> list[list[str]]:
    """Per injected defect, over every render QA scored in both runs: how many it rejected
    (for "none", the false rejects)."""
    rows = []
    for kind in kinds:
        scored = [
            x for r in results for x in r.renders if x.defect == kind and x.passed is not None
        ]
        rejected = sum(1 for x in scored if not x.passed)
        rows.append([kind, str(len(scored)), str(rejected), share(rejected, len(scored))])
    return rows


def false_reject_rows(results: list[RunResult], top: int = 6) -> list[list[str]]:
    """What QA said about the faithful renders it rejected (frame numbers dropped)."""
    import re

    counts: dict[str, int] = {}
    for render in (
        x for r in results for x in r.renders if x.defect == "none" and x.passed is False
    ):
        for issue in {re.sub(r"frames? [\d–, -]+", "frames …", i) for i in render.issues}:
            counts[issue] = counts.get(issue, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])[:top]
    return [[issue, str(n)] for issue, n in ranked]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--face-share", type=float, default=0.75)
    parser.add_argument("--identity-drift", type=float, default=0.1)
    parser.add_argument("--warp", type=float, default=0.1)
    parser.add_argument("--freeze", type=float, default=0.1)
    parser.add_argument("--flicker", type=float, default=0.1)
    parser.add_argument("--strength", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--deadline", type=float, default=3600.0, help="seconds per run")
    parser.add_argument("--keep", action="store_true", help="keep the database (debugging)")
    args = parser.parse_args()
    rates = DefectRates(
        identity_drift=args.identity_drift, warp=args.warp, freeze=args.freeze, flicker=args.flicker
    )
    fake = FakeUnreliableRunway(rates=rates, seed=args.seed, strength=args.strength)
    with private_redis() as redis_port:
        fake.start()
        try:
            bench(args, fake, rates, redis_port)
        finally:
            fake.stop()


def bench(
    args: argparse.Namespace, fake: FakeUnreliableRunway, rates: DefectRates, redis_port: int
) -> None:
    stack = Stack(
        db_name="bench_qa_loop",
        redis_db=0,
        redis_port=redis_port,
        extra_env={
            "RUNWAY_API_KEY": fake.api_key,
            "RUNWAY_BASE_URL": fake.url,
            "PROVIDER_ORDER": "runway",
            "PROVIDERS_ALLOW_PRIVATE": "true",
            "PROVIDER_POLL_INTERVAL_S": "0.05",
        },
    )
    print(f"setting up: database {stack.db_name}, {stack.redis_url}, var {stack.var_dir}")
    stack.up()
    try:
        faces = round(args.jobs * args.face_share)
        photos = [(bench_photo(i, face=i < faces), i < faces) for i in range(args.jobs)]
        results = [
            run(
                stack,
                fake,
                name=name,
                regenerations=regenerations,
                photos=photos,
                workers=args.workers,
                deadline_s=args.deadline,
            )
            for name, regenerations in (("single pass", 0), ("QA loop (2 regenerations)", 2))
        ]
        print(
            f"\n{args.jobs} jobs ({faces} face photos), 9:16 540p 2 s, Runway's API on "
            f"127.0.0.1 breaking {100 * rates.total:.0f} % of renders "
            f"({', '.join(f'{k} {100 * v:.0f} %' for k, v in rates.as_dict().items())}), "
            f"strength {args.strength}, seed {args.seed}; {args.workers} worker processes"
        )
        print(
            table(
                "Single pass vs the QA loop (clean = the delivered render had no injected defect)",
                [
                    "run",
                    "jobs",
                    "delivered",
                    "failed_qa",
                    "other",
                    "clean of delivered",
                    "clean of all jobs",
                    "renders / delivered",
                    "vendor spend / delivered",
                    "credits / delivered",
                    "wall time",
                ],
                summary_rows(results),
            )
        )
        kinds = ["none", *DEFECTS]
        print(
            table(
                "Delivered clips by what the vendor injected",
                ["injected", *(r.name for r in results)],
                defect_rows(results, [*kinds, "unknown"]),
            )
        )
        print(
            table(
                "QA's verdict per render, both runs (for none: false rejects)",
                ["injected", "renders scored", "rejected by QA", "share rejected"],
                catch_rows(results, kinds),
            )
        )
        reasons = false_reject_rows(results)
        if reasons:
            print(table("Why QA rejected faithful renders", ["issue", "renders"], reasons))
        for r in results:
            if r.local_deliveries:
                print(f"{r.name}: {r.local_deliveries} clip(s) came from the embedded engine")
            if r.failures and any("failed_qa" not in f for f in r.failures):
                print(f"\n{r.name}: jobs not delivered for other reasons:")
                for line in [f for f in r.failures if "failed_qa" not in f][:10]:
                    print("  " + line)
    finally:
        if args.keep:
            print(f"kept database {stack.db_name} and {stack.var_dir}")
        else:
            stack.down()


if __name__ == "__main__":
    main()
