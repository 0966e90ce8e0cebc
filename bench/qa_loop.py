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
class JobOutcome:
    has_face: bool
    status: str
    delivered_defect: str | None  # the injected defect of the delivered render ("none": clean)
    renders: list[Render]  # in order
    spend_cents: int
    credits: int
    failure: str


@dataclass
class RunResult:
    name: str
    jobs: list[JobOutcome] = field(default_factory=list)
    wall_s: float = float("nan")
    local_deliveries: int = 0
    not_finished: int = 0
    log_tail: str = ""

    def subset(self, name: str, keep) -> RunResult:  # type: ignore[no-untyped-def]
        """Some of the jobs (the run's wall time is not theirs to report)."""
        return RunResult(name=name, jobs=[j for j in self.jobs if keep(j)])


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
        faces: dict[str, bool] = {}
        for i, (photo, has_face) in enumerate(uploaded):
            prompts = FACE_PROMPTS if has_face else SCENE_PROMPTS
            job = submit(workspace, user, photo, options, prompts[i % len(prompts)])
            faces[str(job.pk)] = has_face
        left = wait_terminal(list(faces), deadline_s=deadline_s, poll_s=1.0)
        wall = time.monotonic() - started
        log_tail = pool.tail(1500)
    result = RunResult(
        name=name, wall_s=window_s(list(faces)) or wall, not_finished=left, log_tail=log_tail
    )
    injected = dict(fake.injected)
    delivered: dict[str, str] = {}
    for job_id, provider, task_id in Clip.objects.filter(job_id__in=list(faces)).values_list(
        "job_id", "attempt__provider", "attempt__vendor_task_id"
    ):
        if provider != "runway":
            result.local_deliveries += 1  # no vendor render: the fake injected nothing
        delivered[str(job_id)] = (
            injected.get(task_id, "unknown") if provider == "runway" else "none"
        )
    attempts: dict[str, list[Attempt]] = {}
    for attempt in Attempt.objects.filter(job_id__in=list(faces)).order_by("number"):
        attempts.setdefault(str(attempt.job_id), []).append(attempt)
    for job in Job.objects.filter(pk__in=list(faces)):
        tries = attempts.get(str(job.pk), [])
        result.jobs.append(
            JobOutcome(
                has_face=faces[str(job.pk)],
                status=job.status,
                delivered_defect=delivered.get(str(job.pk)),
                renders=[
                    Render(
                        defect=injected.get(a.vendor_task_id, "unknown"),
                        passed=None if a.qa_score is None else a.status != "rejected_qa",
                        issues=list(a.qa_issues or []),
                    )
                    for a in tries
                    if a.output and a.provider == "runway"
                ],
                spend_cents=sum(a.cost_cents for a in tries),
                credits=job.credits_charged or 0,
                failure=job.failure_reason,
            )
        )
    return result


# -- tables ---------------------------------------------------------------------------------
def share(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "n/a"


def as_made_row(single: RunResult) -> list[str]:
    """No QA at all: every first render delivered as the vendor made it (read off the single
    pass, whose renders are exactly the first renders)."""
    firsts = [j.renders[0] for j in single.jobs if j.renders]
    clean = sum(1 for r in firsts if r.defect == "none")
    n = len(single.jobs)
    return ["no QA (first render as made)", str(n), str(len(firsts)), "0", str(n - len(firsts)),
            share(clean, len(firsts)), share(clean, n), "1.00", "", "", ""]  # fmt: skip


def summary_row(r: RunResult) -> list[str]:
    jobs = len(r.jobs)
    delivered = [j for j in r.jobs if j.status == "delivered"]
    failed_qa = sum(1 for j in r.jobs if j.status == "failed_qa")
    clean = sum(1 for j in delivered if j.delivered_defect == "none")
    renders = sum(len(j.renders) for j in r.jobs)
    spend = sum(j.spend_cents for j in r.jobs)
    credits = sum(j.credits for j in r.jobs)
    per = len(delivered)
    return [
        r.name,
        str(jobs),
        str(per),
        str(failed_qa),
        str(jobs - per - failed_qa),
        share(clean, per),
        share(clean, jobs),
        fmt(renders / per) if per else "n/a",
        fmt(spend / per, "¢") if per else "n/a",
        fmt(credits / per, "credits") if per else "n/a",
        fmt(r.wall_s, "s"),
    ]


SUMMARY_HEADERS = [
    "run", "jobs", "delivered", "failed_qa", "other", "clean of delivered", "clean of all jobs",
    "renders / delivered", "vendor spend / delivered", "credits / delivered", "wall time",
]  # fmt: skip


def defect_rows(results: list[RunResult], kinds: list[str]) -> list[list[str]]:
    return [
        [kind, *(str(sum(1 for j in r.jobs if j.delivered_defect == kind)) for r in results)]
        for kind in kinds
    ]


def catch_rows(results: list[RunResult], kinds: list[str]) -> list[list[str]]:
    """Per injected defect, over every render QA scored in both runs: how many it rejected
    (for "none", the false rejects), on face photos and on the others."""
    rows = []
    for kind in kinds:
        row = [kind]
        for faces in (True, False):
            scored = [
                x
                for r in results
                for j in r.jobs
                if j.has_face is faces
                for x in j.renders
                if x.defect == kind and x.passed is not None
            ]
            rejected = sum(1 for x in scored if not x.passed)
            row += [f"{rejected} / {len(scored)}", share(rejected, len(scored))]
        rows.append(row)
    return rows


def false_reject_rows(results: list[RunResult], top: int = 6) -> list[list[str]]:
    """What QA said about the faithful renders it rejected (frame numbers dropped)."""
    import re

    counts: dict[str, int] = {}
    for render in (
        x
        for r in results
        for j in r.jobs
        for x in j.renders
        if x.defect == "none" and x.passed is False
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
        for title, keep in (
            ("all photos", None),
            ("face photos (identity)", lambda j: j.has_face),
            ("photos without a face", lambda j: not j.has_face),
        ):
            subsets = results if keep is None else [r.subset(r.name, keep) for r in results]
            print(
                table(
                    f"Single pass vs the QA loop, {title} (clean = the delivered render had no "
                    "injected defect)",
                    SUMMARY_HEADERS,
                    [as_made_row(subsets[0]), *(summary_row(r) for r in subsets)],
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
                ["injected", "rejected, faces", "share", "rejected, no face", "share"],
                catch_rows(results, kinds),
            )
        )
        reasons = false_reject_rows(results)
        if reasons:
            print(table("Why QA rejected faithful renders", ["issue", "renders"], reasons))
        for r in results:
            if r.local_deliveries:
                print(f"{r.name}: {r.local_deliveries} clip(s) came from the embedded engine")
            others = [j for j in r.jobs if j.status not in ("delivered", "failed_qa")]
            if others or r.not_finished:
                print(f"\n{r.name}: {len(others)} job(s) ended otherwise, "
                      f"{r.not_finished} still running at the deadline:")  # fmt: skip
                for j in others[:10]:
                    print(f"  {j.status}: {j.failure[:160]}")
                print(r.log_tail)
    finally:
        if args.keep:
            print(f"kept database {stack.db_name} and {stack.var_dir}")
        else:
            stack.down()


if __name__ == "__main__":
    main()
