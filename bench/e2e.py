"""End-to-end benchmark of the job pipeline on real PostgreSQL, Redis and Celery workers.

    .venv/bin/python bench/e2e.py [--jobs 50] [--singles 5] [--workers 2] [--keep]
                                  [--baseline GIT_REF]

With `--baseline REF` the same benchmark of REF's code runs first (in a detached git worktree
of it, with this venv), then this one, and a table compares single-job p50 and glue.

A fresh database `bench_e2e` (migrated), Redis db 14 (flushed), a temp var/ dir, and N
`celery worker --pool solo -Q light,render` processes (N single-threaded processes: a fair
"2 workers" without prefork's prefetch and pool overhead). One workspace with plenty of
credits and a concurrency cap above the job count, so the only queue is the workers'.

1. Idle: S single jobs one after another, each submitted when the workers are idle.
2. Load: J jobs submitted at once (720x1280, 9:16 at 720p, 3 s, embedded engine).

Every figure comes from the rows: Job.created_at/started_at/finished_at, Attempt.latency_ms
(provider time), JobEvent.duration_ms (stage time). Prints tables; never fails.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (
    PROMPTS,
    JobFacts,
    Stack,
    Workers,
    bench_workspace,
    fmt,
    job_facts,
    mean,
    pct,
    submit,
    table,
    upload_photos,
    wait_terminal,
    window_s,
)

STAGES = ("parsing", "gating", "generating", "verifying", "finalizing")
GOAL_OVERHEAD_P50_MS = 150.0
GOAL_IDLE_P50_S = 1.5


def options():  # type: ignore[no-untyped-def]
    from engine.options import JobOptions

    return JobOptions(ratio="9:16", duration_s=3, resolution="720p", provider="local")


def run_jobs(user, workspace, photos, *, sequential: bool, deadline_s: float) -> list[str]:  # type: ignore[no-untyped-def]
    ids: list[str] = []
    for i, photo in enumerate(photos):
        job = submit(workspace, user, photo, options(), PROMPTS[i % len(PROMPTS)])
        ids.append(str(job.pk))
        if sequential:
            wait_terminal([job.pk], deadline_s=deadline_s)
    wait_terminal(ids, deadline_s=deadline_s)
    return ids


def glue_ms(f: JobFacts) -> float | None:
    """Run time not inside any timed stage: claims, transitions, events, the loop."""
    if f.run_ms is None:
        return None
    return f.run_ms - sum(f.stage_ms.values())


def hop_and_glue(facts: list[JobFacts]) -> list[float]:
    """Pure orchestration: submit → claimed (broker hop) plus run time outside stages."""
    return [(f.queue_ms or 0.0) + (glue_ms(f) or 0.0) for f in facts if f.status == "delivered"]


def spread(values: list[float | None]) -> list[str]:
    """p50 and p95, formatted."""
    clean = [v for v in values if v is not None]
    return [fmt(pct(clean, 50), "ms"), fmt(pct(clean, 95), "ms")]


def overhead_rows(facts: list[JobFacts]) -> list[list[str]]:
    delivered = [f for f in facts if f.status == "delivered"]
    e2e = [f.e2e_ms - f.provider_ms for f in delivered if f.e2e_ms is not None]
    run = [f.run_ms - f.provider_ms for f in delivered if f.run_ms is not None]
    stage_work = [
        sum(v for k, v in f.stage_ms.items() if k != "generating")
        + (f.stage_ms.get("generating", 0.0) - f.provider_ms)
        for f in delivered
    ]
    glue = [glue_ms(f) for f in delivered]
    p50 = pct(e2e, 50)
    return [
        [
            "end-to-end − provider (the figure)",
            *spread(e2e),
            f"p50 ≤ {GOAL_OVERHEAD_P50_MS:.0f} ms",
            "met" if p50 <= GOAL_OVERHEAD_P50_MS else "not met",
        ],
        ["  of which: waiting for a worker", *spread([f.queue_ms for f in delivered]), "", ""],
        ["  of which: claimed → finished − provider", *spread(run), "", ""],
        ["    stage work besides the render (parse, gate, QA, sign…)", *spread(stage_work), "", ""],
        ["    glue outside stages (claim, transitions, events)", *spread(glue), "", ""],
    ]


def stage_rows(facts: list[JobFacts]) -> list[list[str]]:
    delivered = [f for f in facts if f.status == "delivered"]
    rows: list[list[str]] = []
    for stage in STAGES:
        values = [f.stage_ms[stage] for f in delivered if stage in f.stage_ms]
        if values:
            rows.append([stage, str(len(values)), *spread(values)])
    n = str(len(delivered))
    rows.append(["  provider (Attempt.latency_ms)", n, *spread([f.provider_ms for f in delivered])])
    rows.append(["waiting for a worker (created → claimed)", n])
    rows[-1] += spread([f.queue_ms for f in delivered])
    rows.append(["glue outside timed stages", n, *spread([glue_ms(f) for f in delivered])])
    return rows


def summary_row(
    name: str, facts: list[JobFacts], ids: list[str], *, throughput: bool = False
) -> list[str]:
    delivered = [f for f in facts if f.status == "delivered"]
    e2e = [f.e2e_ms for f in delivered]
    span = window_s(ids)
    return [
        name,
        len(facts),
        len(delivered),
        fmt(pct(e2e, 50) / 1000, "s"),
        fmt(pct(e2e, 95) / 1000, "s"),
        fmt(mean(e2e) / 1000, "s"),
        fmt(span, "s"),
        fmt(len(delivered) / span * 60, "clips/min") if throughput and span else "",
    ]


def face_rows(job_ids: list[str]) -> list[list[str]]:
    """How often faces are looked for per job: the photo (once per photo, at parsing) and the
    sampled clip frames (once per frame, shared by QA and the output check)."""
    from pipeline.models import JobEvent

    photo: dict[str, int] = {}
    frames: dict[str, int] = {}
    for job_id, stage, details in JobEvent.objects.filter(job_id__in=job_ids).values_list(
        "job_id", "stage", "details"
    ):
        if stage == "parsing" and details.get("faces_detected_now"):
            photo[str(job_id)] = photo.get(str(job_id), 0) + 1
        if details.get("frame_face_searches") is not None:
            frames[str(job_id)] = frames.get(str(job_id), 0) + details["frame_face_searches"]
    n = max(1, len(job_ids))
    return [
        ["photo face detections per job (mean)", f"{sum(photo.values()) / n:.2f}"],
        ["photo face detections, most in one job", str(max(photo.values(), default=0))],
        [
            "clip frames searched per job (QA + output check, shared)",
            f"{sum(frames.values()) / n:.1f}",
        ],
    ]


BASELINE_LINES = {
    "single job p50": re.compile(r"single job on an idle worker, p50\s*\|[^|]*\|\s*([\d.,]+) s"),
    "glue p50": re.compile(r"glue outside timed stages\s*\|\s*\d+\s*\|\s*([\d.,]+) ms"),
}


def run_baseline(ref: str, args: argparse.Namespace) -> dict[str, float]:
    """Run REF's own bench/e2e.py (its code, this venv) and read its two headline figures."""
    root = Path(__file__).resolve().parent.parent
    sha = subprocess.run(
        ["git", "rev-parse", ref], cwd=root, check=True, capture_output=True, text=True
    ).stdout.strip()
    tree = Path(tempfile.gettempdir()) / f"sm-bench-baseline-{sha[:12]}"
    if not tree.exists():
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(tree), sha], cwd=root, check=True,
            capture_output=True,
        )  # fmt: skip
    command = [sys.executable, "bench/e2e.py", "--jobs", str(args.jobs), "--singles",
               str(args.singles), "--workers", str(args.workers)]  # fmt: skip
    print(f"baseline {ref} ({sha[:10]}): running its bench in {tree}")
    out = subprocess.run(command, cwd=tree, capture_output=True, text=True).stdout
    figures = {}
    for name, pattern in BASELINE_LINES.items():
        match = pattern.search(out)
        if match:
            figures[name] = float(match.group(1).replace(",", ""))
    return figures


def failures(facts: list[JobFacts]) -> list[str]:
    return [f"{f.id} {f.status}: {f.failure_reason}" for f in facts if f.status != "delivered"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=50)
    parser.add_argument("--singles", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--deadline", type=float, default=900.0, help="seconds for the load run")
    parser.add_argument("--keep", action="store_true", help="keep the database (debugging)")
    parser.add_argument("--baseline", help="also run this git ref's bench first and compare")
    args = parser.parse_args()
    baseline = run_baseline(args.baseline, args) if args.baseline else None

    stack = Stack(db_name="bench_e2e", redis_db=14)
    print(f"setting up: database {stack.db_name}, {stack.redis_url}, var {stack.var_dir}")
    stack.up()
    try:
        user, workspace = bench_workspace("E2E Bench", concurrency=args.jobs + 10)
        warm = args.workers
        photos = upload_photos(workspace, user, warm + args.singles + args.jobs)
        with Workers(stack, count=args.workers) as workers:
            started = time.monotonic()
            # Warm-up, one job per worker: model files, imports, the signer are loaded once
            # per process; that cold start is not what a running service pays per job.
            warm_ids = run_jobs(user, workspace, photos[:warm], sequential=False, deadline_s=180)
            single_ids = run_jobs(
                user,
                workspace,
                photos[warm : warm + args.singles],
                sequential=True,
                deadline_s=120,
            )
            load_ids = run_jobs(
                user,
                workspace,
                photos[warm + args.singles :],
                sequential=False,
                deadline_s=args.deadline,
            )
            wall = time.monotonic() - started
            log_tail = workers.tail(1500)
        warm_facts, single_facts, load_facts = (
            job_facts(warm_ids),
            job_facts(single_ids),
            job_facts(load_ids),
        )
        print(
            f"\n{args.workers} worker processes (celery --pool solo), 720x1280 9:16 720p 3 s, "
            f"embedded engine; bench wall time {wall:.0f} s"
        )
        print(
            table(
                "Jobs (times from Job.created_at → finished_at)",
                ["run", "jobs", "delivered", "p50", "p95", "mean", "window", "throughput"],
                [
                    summary_row("warm-up (cold workers)", warm_facts, warm_ids),
                    summary_row("single job, idle workers", single_facts, single_ids),
                    summary_row(f"{args.jobs} at once", load_facts, load_ids, throughput=True),
                ],
            )
        )
        idle = [f.e2e_ms for f in single_facts if f.status == "delivered"]
        idle_p50 = pct(idle, 50) / 1000
        print(
            table(
                "Goals",
                ["goal", "target", "measured", ""],
                [
                    [
                        "single job on an idle worker, p50",
                        f"≤ {GOAL_IDLE_P50_S} s",
                        fmt(idle_p50, "s"),
                        "met" if idle_p50 <= GOAL_IDLE_P50_S else "not met",
                    ],
                    [
                        f"orchestration overhead p50 ({args.jobs} at once)",
                        f"≤ {GOAL_OVERHEAD_P50_MS:.0f} ms",
                        overhead_rows(load_facts)[0][1],
                        overhead_rows(load_facts)[0][4],
                    ],
                    [
                        "orchestration overhead p50 (idle single jobs)",
                        f"≤ {GOAL_OVERHEAD_P50_MS:.0f} ms",
                        overhead_rows(single_facts)[0][1],
                        overhead_rows(single_facts)[0][4],
                    ],
                    [
                        "  without gate/QA/signing work: queue hop + glue, idle",
                        f"≤ {GOAL_OVERHEAD_P50_MS:.0f} ms",
                        fmt(pct(hop_and_glue(single_facts), 50), "ms"),
                        "met"
                        if pct(hop_and_glue(single_facts), 50) <= GOAL_OVERHEAD_P50_MS
                        else "not met",
                    ],
                ],
            )
        )
        for name, facts in (
            ("single job, idle workers", single_facts),
            (f"{args.jobs} at once", load_facts),
        ):
            print(
                table(
                    f"Per-stage time, {name} (JobEvent.duration_ms, delivered jobs)",
                    ["stage", "n", "p50", "p95"],
                    stage_rows(facts),
                )
            )
            print(
                table(
                    f"Overhead per job = end-to-end − provider time, {name}",
                    ["part", "p50", "p95", "goal", ""],
                    overhead_rows(facts),
                )
            )
        print(
            table(
                "Face detection per job (single jobs and the load run)",
                ["what", "measured"],
                face_rows(single_ids + load_ids),
            )
        )
        if baseline is not None:
            now = {
                "single job p50": idle_p50,
                "glue p50": pct([glue_ms(f) for f in single_facts if f.status == "delivered"], 50),
            }
            rows = []
            for name, unit in (("single job p50", "s"), ("glue p50", "ms")):
                before = baseline.get(name)
                change = (now[name] - before) / before * 100 if before else None
                rows.append([
                    name, fmt(before, unit) if before is not None else "?", fmt(now[name], unit),
                    f"{change:+.1f} %" if change is not None else "?",
                    "within 10 %" if change is not None and change <= 10 else "REGRESSION",
                ])  # fmt: skip
            print(
                table(
                    f"Against {args.baseline}, same machine, same run",
                    ["figure", "baseline", "now", "change", ""],
                    rows,
                )
            )
        problems = failures(warm_facts + single_facts + load_facts)
        if problems:
            print(f"\n{len(problems)} job(s) not delivered:")
            for line in problems[:10]:
                print("  " + line)
            print("worker log tail:\n" + log_tail)
    finally:
        if args.keep:
            print(f"kept database {stack.db_name} and {stack.var_dir}")
        else:
            stack.down()


if __name__ == "__main__":
    main()
