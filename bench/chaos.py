"""Chaos benchmark: jobs through faults of the shared services and of the vendors.

    .venv/bin/python bench/chaos.py [--jobs 200] [--workers 2]          # service faults (C)
    .venv/bin/python bench/chaos.py --vendor-runs [--jobs 300] [--baseline-jobs 300]
                                    [--fail-rate 0.2] [--bad-clip-rate 0.1] [--skip-baseline]

Run C (the default) starts PostgreSQL, Redis and an S3 server (moto) of its own on other ports
(initdb into /tmp + pg_ctl, redis-server, moto_server: the machine's shared services are never
touched), media in the bucket behind a proxy that fails 10 % of writes with S3's SlowDown for
the whole run, 2 workers and beat. During a run of ≥ 200 jobs (chain runway → kling → fal →
local) it takes down, one after another: the primary vendor (runway, every request 503 for a
whole minute), Redis (stopped, 3 s, started empty: every queued message is lost), PostgreSQL
(a fast restart: every connection cut) and kling (connections hang for a minute). It prints the
delivered share by remote providers only beside the share with the embedded engine, jobs lost,
jobs charged twice, duplicate clips (rows and objects in the bucket) and the recovery time
after each fault, all read back from the rows and the bucket.

The vendor runs (--vendor-runs):

The Runway, Kling and fal fakes (tests/fakes) run as HTTP servers in this process, each
failing `--fail-rate` of its tasks with a seeded random fault (slow 500, 500, 503, 429 with
Retry-After, THROTTLED / concurrency, content-policy refusal, result 404, corrupt or
wrong-size video; see bench/_harness.py) and sending a broken-but-decodable clip (freeze,
then black) for `--bad-clip-rate` of the rest, which only QA can catch.

Run A: PROVIDER_ORDER=runway,kling,fal. Run B (baseline): PROVIDER_ORDER=runway. The
registry always appends the embedded engine ("local") as the last resort, so both chains end
with it; the tables say how many jobs it had to deliver and what the share would have been
without it. Every figure is read back from the rows (jobs, attempts, clips, ledger).
Clips: 9:16 540p 2 s. Prints tables; never fails.
"""

from __future__ import annotations

import argparse
import collections
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (
    PROMPTS,
    Beat,
    ChaosPlan,
    JobFacts,
    PrivateServices,
    Stack,
    Workers,
    bench_workspace,
    bucket_env,
    bucket_objects,
    chaos_fakes,
    fmt,
    job_facts,
    mean,
    pct,
    provider_env,
    reset_breakers,
    submit,
    table,
    upload_photos,
    wait_terminal,
    window_s,
)

PHOTOS = 30  # distinct photos, cycled over the jobs
GOAL_DELIVERED = 99.5


class Monitor:
    """Samples the breakers' state in Redis and drains the fakes' request logs (their
    bodies carry whole photos) into counters, every `every_s`."""

    def __init__(self, redis_url: str, fakes: dict[str, Any], every_s: float = 0.5) -> None:
        import redis

        self.redis = redis.Redis.from_url(redis_url)
        self.fakes = fakes
        self.every_s = every_s
        self.samples = 0
        self.open_samples: collections.Counter[str] = collections.Counter()
        self.requests: collections.Counter[str] = collections.Counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self._stop.wait(self.every_s):
            self.sample()

    def sample(self) -> None:
        now = time.time()
        self.samples += 1
        for name, fake in self.fakes.items():
            raw = self.redis.get(f"stillmotion:breaker:{name}:open_until")
            if raw and float(raw) > now:
                self.open_samples[name] += 1
            with fake._lock:
                self.requests[name] += len(fake.requests)
                fake.requests.clear()

    def __enter__(self) -> Monitor:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sample()


def run_once(
    *,
    name: str,
    stack: Stack,
    fakes: dict[str, Any],
    order: list[str],
    plan: ChaosPlan,
    jobs: int,
    workers: int,
    deadline_s: float,
) -> dict[str, Any]:
    from engine.options import JobOptions

    for fake in fakes.values():
        fake.reset()
        fake.chaos(plan)
    reset_breakers(stack.redis_url)
    env = {
        **provider_env(fakes, order),
        "PROVIDERS_ALLOW_PRIVATE": "true",
        "PROVIDER_POLL_INTERVAL_S": "0.05",
        "JOB_SPEND_CAP_CENTS": "300",
    }
    user, workspace = bench_workspace(f"Chaos {name}", concurrency=jobs + 10)
    photos = upload_photos(workspace, user, PHOTOS, size=(720, 1280))
    options = JobOptions(ratio="9:16", duration_s=2, resolution="540p")
    used = {k: v for k, v in fakes.items() if k in order}
    with Workers(stack, count=workers, env=env) as pool, Monitor(stack.redis_url, used) as mon:
        started = time.monotonic()
        ids = [
            str(submit(workspace, user, photos[i % PHOTOS], options, PROMPTS[i % len(PROMPTS)]).pk)
            for i in range(jobs)
        ]
        lost = wait_terminal(ids, deadline_s=deadline_s, poll_s=1.0)
        wall = time.monotonic() - started
        log_tail = pool.tail(2000) if lost else ""
    injected: collections.Counter[str] = collections.Counter()
    for fake in used.values():
        injected.update(fake.injected)
    return {
        "name": name,
        "order": order,
        "ids": ids,
        "facts": job_facts(ids),
        "lost": lost,
        "wall": wall,
        "window": window_s(ids),
        "injected": injected,
        "injected_by": {k: dict(f.injected) for k, f in used.items()},
        "tasks_by": {k: len(f.tasks) for k, f in used.items()},
        "requests": dict(mon.requests),
        "breaker_open": {k: mon.open_samples[k] / max(1, mon.samples) for k in used},
        "log_tail": log_tail,
    }


# -- figures --------------------------------------------------------------------------------
def delivered(facts: list[JobFacts]) -> list[JobFacts]:
    return [f for f in facts if f.status == "delivered"]


def summary_rows(runs: list[dict[str, Any]]) -> list[list[str]]:
    rows: list[list[str]] = []

    def add(label: str, fn) -> None:  # type: ignore[no-untyped-def]
        rows.append([label, *(fn(r) for r in runs)])

    def share(r: dict[str, Any], ok) -> str:  # type: ignore[no-untyped-def]
        n = len(r["facts"])
        k = sum(1 for f in r["facts"] if ok(f))
        return f"{100 * k / n:.1f} % ({k}/{n})" if n else "n/a"

    add("chain (local is always appended)", lambda r: " → ".join([*r["order"], "local"]))
    add(
        f"delivered (goal ≥ {GOAL_DELIVERED} %)",
        lambda r: share(r, lambda f: f.status == "delivered"),
    )
    add(
        "delivered by a remote provider (≈ without local)",
        lambda r: share(r, lambda f: f.status == "delivered" and f.delivered_by != "local"),
    )
    add(
        "jobs the local engine had to deliver",
        lambda r: str(sum(1 for f in r["facts"] if f.delivered_by == "local")),
    )
    add(
        "mean attempts per job",
        lambda r: f"{mean([len(f.attempts) for f in r['facts']]):.2f}",
    )
    add(
        "end-to-end p50 / p95 (delivered)",
        lambda r: (
            f"{fmt(pct([f.e2e_ms for f in delivered(r['facts'])], 50) / 1000, 's')} / "
            f"{fmt(pct([f.e2e_ms for f in delivered(r['facts'])], 95) / 1000, 's')}"
        ),
    )
    add(
        "  on a worker (claimed → finished) p50 / p95",
        lambda r: (
            f"{fmt(pct([f.run_ms for f in delivered(r['facts'])], 50) / 1000, 's')} / "
            f"{fmt(pct([f.run_ms for f in delivered(r['facts'])], 95) / 1000, 's')}"
        ),
    )
    add(
        "provider time per job p50 / p95",
        lambda r: (
            f"{fmt(pct([f.provider_ms for f in r['facts']], 50) / 1000, 's')} / "
            f"{fmt(pct([f.provider_ms for f in r['facts']], 95) / 1000, 's')}"
        ),
    )
    add("spend per delivered clip", spend_per_clip)
    add(
        "jobs charged twice (> 1 capture; must be 0)",
        lambda r: str(sum(1 for f in r["facts"] if f.captures > 1)),
    )
    add(
        "jobs lost (not terminal at the deadline; must be 0)",
        lambda r: str(r["lost"]),
    )
    add(
        "throughput",
        lambda r: fmt(len(delivered(r["facts"])) / r["window"] * 60, "clips/min"),
    )
    add("run window (first submit → last finish)", lambda r: fmt(r["window"], "s"))
    return rows


def spend_per_clip(r: dict[str, Any]) -> str:
    spent = sum(a["cost_cents"] for f in r["facts"] for a in f.attempts)
    n = len(delivered(r["facts"]))
    return f"{spent / n:.1f}¢ ({spent}¢ / {n})" if n else "n/a"


def fault_rows(runs: list[dict[str, Any]]) -> list[list[str]]:
    """Attempts by outcome: failed ones by error_class, and renders QA rejected."""
    counters = []
    for r in runs:
        c: collections.Counter[str] = collections.Counter()
        for f in r["facts"]:
            for a in f.attempts:
                if a["status"] == "failed":
                    c[f"failed: {a['error_class'] or '?'}"] += 1
                elif a["status"] == "rejected_qa":
                    c[f"rejected by QA ({a['provider']})"] += 1
                else:
                    c[f"{a['status']} ({a['provider']})"] += 1
        counters.append(c)
    keys = sorted(set().union(*counters))
    return [[k, *(str(c.get(k, 0)) for c in counters)] for k in keys]


def injected_rows(runs: list[dict[str, Any]]) -> list[list[str]]:
    keys = sorted(set().union(*(r["injected"] for r in runs)))
    rows = [[k, *(str(r["injected"].get(k, 0)) for r in runs)] for k in keys]
    rows.append(["tasks created at the fakes", *(str(sum(r["tasks_by"].values())) for r in runs)])
    rows.append(["HTTP requests to the fakes", *(str(sum(r["requests"].values())) for r in runs)])
    return rows


def provider_rows(runs: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for r in runs:
        by = collections.Counter(f.delivered_by for f in delivered(r["facts"]))
        for name in [*r["order"], "local"]:
            tries = sum(1 for f in r["facts"] for a in f.attempts if a["provider"] == name)
            rows.append(
                [
                    r["name"],
                    name,
                    str(tries),
                    str(by.get(name, 0)),
                    str(r["requests"].get(name, "")),
                    f"{100 * r['breaker_open'][name]:.0f} %" if name in r["breaker_open"] else "",
                ]
            )
    return rows


def outcome_rows(runs: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for r in runs:
        c = collections.Counter(
            (f.status, f.failure_reason[:90]) for f in r["facts"] if f.status != "delivered"
        )
        for (status, reason), n in c.most_common(6):
            rows.append([r["name"], status, str(n), reason])
    return rows


# -- run C: the shared services fail ------------------------------------------------------------
FAULT_SCHEDULE = (  # (seconds after the first submission, what): a minute of warm-up first
    (60.0, "runway down for a minute"),
    # While the primary is down its traffic fails over to kling, which then hangs: the chain
    # must get past a vendor that accepts connections and never answers.
    (90.0, "kling hangs connections for a minute"),
    (200.0, "Redis restart"),
    (260.0, "PostgreSQL restart"),
)
RECOVERY_WINDOW_S = 20.0


class FaultScript(threading.Thread):
    """Plays FAULT_SCHEDULE from t0 and records when each fault started and ended."""

    def __init__(self, services: PrivateServices, fakes: dict[str, Any], t0: float) -> None:
        super().__init__(daemon=True)
        self.services, self.fakes, self.t0 = services, fakes, t0
        self.windows: list[tuple[str, float, float]] = []
        self.errors: list[str] = []

    def run(self) -> None:
        for at, what in FAULT_SCHEDULE:
            time.sleep(max(0.0, self.t0 + at - time.time()))
            try:
                if what.startswith("runway"):
                    start = time.time()
                    self.fakes["runway"].outage = (start, start + 60)
                    self.windows.append((what, start, start + 60))
                elif what.startswith("Redis"):
                    self.windows.append((what, *self.services.restart_redis(3.0)))
                elif what.startswith("PostgreSQL"):
                    self.windows.append((what, *self.services.restart_postgres()))
                else:
                    start = time.time()
                    self.fakes["kling"].hang = (start, start + 60)
                    self.windows.append((what, start, start + 60))
            except Exception as exc:  # a fault that could not be played is reported, not fatal
                self.errors.append(f"{what}: {exc}")


def _created_offsets(ids: list[str]) -> dict[str, float]:
    from pipeline.models import Job

    return {
        str(pk): created.timestamp()
        for pk, created in Job.objects.filter(pk__in=ids).values_list("pk", "created_at")
    }


def _event_counts(ids: list[str]) -> collections.Counter[str]:
    from pipeline.models import JobEvent

    counts: collections.Counter[str] = collections.Counter()
    for message in JobEvent.objects.filter(job_id__in=ids).values_list("message", flat=True):
        for marker, label in (
            ("The file storage did not answer", "requeued after a bucket fault"),
            ("The database did not answer", "requeued after a database fault"),
            ("The job queue (Redis) did not answer", "requeued after a Redis fault"),
            ("The worker stopped responding", "requeued by the reaper (lost message/worker)"),
        ):
            if message.startswith(marker):
                counts[label] += 1
    return counts


def run_service_faults(args: argparse.Namespace) -> None:
    from engine.options import JobOptions
    from tests.storage.s3_proxy import Faults, FaultyS3Proxy

    services = PrivateServices().start()
    proxy = FaultyS3Proxy(services.s3_url, Faults()).start()
    bucket = "sm-chaos"
    client = services.make_bucket(bucket)
    fast = {
        "JOB_HEARTBEAT_S": "2",
        "JOB_STALE_AFTER_S": "30",
        "JOB_REAP_EVERY_S": "10",
        "JOB_DISPATCH_EVERY_S": "10",
    }
    stack = Stack(
        db_name="bench_chaos",
        redis_db=0,
        pg_port=services.pg_port,
        redis_port=services.redis_port,
        extra_env={**bucket_env(bucket, proxy.url), **fast},
    )
    print(
        f"private services: PostgreSQL :{services.pg_port}, Redis :{services.redis_port}, "
        f"S3 {services.s3_url} behind a faulty proxy {proxy.url}; var {stack.var_dir}"
    )
    plan = ChaosPlan(fail_rate=args.fail_rate, bad_clip_rate=args.bad_clip_rate, seed=args.seed)
    fakes = chaos_fakes(plan)
    pool = beat = None
    try:
        stack.up()
        for fake in fakes.values():
            fake.start()
        order = ["runway", "kling", "fal"]
        env = {
            **provider_env(fakes, order),
            "PROVIDERS_ALLOW_PRIVATE": "true",
            "PROVIDER_POLL_INTERVAL_S": "0.05",
            "JOB_SPEND_CAP_CENTS": "300",
        }
        user, workspace = bench_workspace("Chaos services", concurrency=4 * args.workers)
        photos = upload_photos(workspace, user, PHOTOS, size=(720, 1280))
        options = JobOptions(ratio="9:16", duration_s=2, resolution="540p")
        pool = Workers(stack, count=args.workers, env=env).start()
        beat = Beat(stack, env).start()
        proxy.faults.write_fail_rate = 0.10  # from now on, for the whole run
        t0 = time.time()
        script = FaultScript(services, fakes, t0)
        script.start()
        ids = [
            str(submit(workspace, user, photos[i % PHOTOS], options, PROMPTS[i % len(PROMPTS)]).pk)
            for i in range(args.jobs)
        ]
        lost = wait_terminal(ids, deadline_s=args.deadline, poll_s=1.0)
        script.join(timeout=5)
        wall = time.time() - t0
        facts = job_facts(ids)
        created = _created_offsets(ids)
        finished = {f.id: created[f.id] + f.e2e_ms / 1000 for f in facts if f.e2e_ms}
        clip_objects = collections.Counter(
            key.split("/")[2]
            for key in bucket_objects(client, bucket, "clips/")
            if key.rsplit("/", 1)[-1].startswith("clip")
        )
        events = _event_counts(ids)
        print_service_report(
            args, facts, lost, wall, script, proxy, clip_objects, events, finished, fakes
        )
    finally:
        for thing in (beat, pool):
            if thing is not None:
                thing.stop()
        for fake in fakes.values():
            fake.stop()
        proxy.stop()
        try:
            stack.down()
        finally:
            services.stop()


def print_service_report(
    args, facts, lost, wall, script, proxy, clip_objects, events, finished, fakes
) -> None:  # type: ignore[no-untyped-def]
    n = len(facts)
    delivered_facts = [f for f in facts if f.status == "delivered"]
    remote = [f for f in delivered_facts if f.delivered_by != "local"]
    local = [f for f in delivered_facts if f.delivered_by == "local"]

    def share(k: int) -> str:
        return f"{100 * k / n:.1f} % ({k}/{n})" if n else "n/a"

    dup_rows = sum(1 for f in facts if f.captures > 1)
    dup_objects = sum(1 for c in clip_objects.values() if c > 1)
    print(
        f"\n{args.workers} workers (celery --pool solo) + beat; chain runway → kling → fal → "
        f"local; 9:16 540p 2 s; random vendor faults {100 * args.fail_rate:.0f} %; bucket "
        f"fails 10 % of writes (SlowDown) all run; load {_load()}"
    )
    rows = [
        ["jobs", str(n)],
        ["delivered by a remote provider (the embedded engine not counted)", share(len(remote))],
        ["delivered, with the embedded engine as last resort", share(len(delivered_facts))],
        ["  of which the embedded engine delivered", str(len(local))],
        ["jobs lost (not terminal at the deadline; must be 0)", str(lost)],
        ["jobs charged twice (> 1 capture; must be 0)", str(dup_rows)],
        ["duplicate clips: jobs with > 1 clip object in the bucket (must be 0)", str(dup_objects)],
        [
            "delivered jobs whose clip object is missing (must be 0)",
            str(sum(1 for f in delivered_facts if clip_objects.get(f.id, 0) == 0)),
        ],
        ["not delivered (failed / failed_qa / blocked)", str(n - len(delivered_facts) - lost)],
        [
            "bucket: requests / writes / writes failed",
            f"{proxy.faults.counts['requests']} / {proxy.faults.counts['writes']} / {proxy.faults.counts['failed']}",
        ],
        ["run (first submit → last finish)", f"{wall:.0f} s"],
        [
            "on a worker (claimed → finished) p50 / p95",
            f"{fmt(pct([f.run_ms for f in delivered_facts], 50) / 1000, 's')} / "
            f"{fmt(pct([f.run_ms for f in delivered_facts], 95) / 1000, 's')}",
        ],
        [
            "end-to-end p50 / p95 (all submitted at once; the cap dispatches 4 per worker)",
            f"{fmt(pct([f.e2e_ms for f in delivered_facts], 50) / 1000, 's')} / "
            f"{fmt(pct([f.e2e_ms for f in delivered_facts], 95) / 1000, 's')}",
        ],
    ]
    print(table("Outcome (run C: service faults)", ["", "value"], rows))
    finished_times = sorted(finished[f.id] for f in delivered_facts if f.id in finished)
    print(
        table(
            "Faults and recovery (recovered: deliveries in a 20 s window back to half the rate "
            "of the minute before the fault)",
            [
                "fault",
                "lasted",
                "rate before",
                "delivered during",
                "longest gap",
                "recovered after its end",
            ],
            recovery_rows_from_times(finished_times, script.windows),
        )
    )
    by_provider = collections.Counter(f.delivered_by for f in delivered_facts)
    injected = collections.Counter()
    for fake in fakes.values():
        injected.update(fake.injected)
    print(
        table(
            "Delivered by",
            ["provider", "clips"],
            [[k or "?", str(v)] for k, v in by_provider.most_common()],
        )
    )
    print(
        table(
            "What the faults caused (events, vendor answers)",
            ["", "count"],
            [[k, str(v)] for k, v in (events + injected).most_common()],
        )
    )
    rows = outcome_rows([{"name": "C", "facts": facts}])
    if rows:
        print(table("Jobs not delivered", ["run", "status", "jobs", "reason"], rows))
    if script.errors:
        print("faults that could not be played:", "; ".join(script.errors))


def recovery_rows_from_times(
    done: list[float], windows: list[tuple[str, float, float]]
) -> list[list[str]]:
    rows = []
    for what, start, end in windows:
        before = [t for t in done if start - 60 <= t < start]
        rate = len(before) / 60.0
        need = max(1.0, 0.5 * rate * RECOVERY_WINDOW_S)
        during = sum(1 for t in done if start <= t < end)
        after = [t for t in done if t >= start]
        gaps = [b - a for a, b in zip([start, *after], after, strict=False)]
        recovered = next(
            (
                t - end
                for t in done
                if t >= end and sum(1 for x in done if t - RECOVERY_WINDOW_S < x <= t) >= need
            ),
            None,
        )
        rows.append(
            [
                what,
                f"{end - start:.1f} s",
                f"{rate * 60:.1f}/min",
                str(during),
                f"{max(gaps):.1f} s" if gaps else "n/a",
                f"{recovered:.1f} s" if recovered is not None else "not within the run",
            ]
        )
    return rows


def _load() -> str:
    import os

    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f} (1/5/15 min, {os.cpu_count()} cores)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vendor-runs", action="store_true", help="runs A and B (vendor faults)")
    parser.add_argument("--jobs", type=int, default=None, help="200 (C) / 300 (A)")
    parser.add_argument("--baseline-jobs", type=int, default=300)
    parser.add_argument("--fail-rate", type=float, default=None, help="0 (C) / 0.2 (A, B)")
    parser.add_argument("--bad-clip-rate", type=float, default=None, help="0.05 (C) / 0.1")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--deadline", type=float, default=1200.0, help="seconds per run")
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    if not args.vendor_runs:
        args.jobs = args.jobs or 200
        args.fail_rate = 0.0 if args.fail_rate is None else args.fail_rate
        args.bad_clip_rate = 0.05 if args.bad_clip_rate is None else args.bad_clip_rate
        run_service_faults(args)
        return
    args.jobs = args.jobs or 300
    args.fail_rate = 0.2 if args.fail_rate is None else args.fail_rate
    args.bad_clip_rate = 0.1 if args.bad_clip_rate is None else args.bad_clip_rate

    plan = ChaosPlan(fail_rate=args.fail_rate, bad_clip_rate=args.bad_clip_rate, seed=args.seed)
    stack = Stack(db_name="bench_chaos", redis_db=13)
    print(f"setting up: database {stack.db_name}, {stack.redis_url}, var {stack.var_dir}")
    stack.up()
    fakes = chaos_fakes(plan)
    for fake in fakes.values():
        fake.start()
    runs = []
    try:
        specs = [("A: 3 providers", ["runway", "kling", "fal"], args.jobs)]
        if not args.skip_baseline:
            specs.append(("B: runway only", ["runway"], args.baseline_jobs))
        for name, order, jobs in specs:
            print(f"running {name}: {jobs} jobs …", flush=True)
            run = run_once(
                name=name,
                stack=stack,
                fakes=fakes,
                order=order,
                plan=plan,
                jobs=jobs,
                workers=args.workers,
                deadline_s=args.deadline,
            )
            print(f"  done in {run['wall']:.0f} s", flush=True)
            runs.append(run)
        names = [r["name"] for r in runs]
        print(
            f"\n{args.workers} workers (celery --pool solo); each fake fails "
            f"{100 * plan.fail_rate:.0f} % of its tasks and sends a bad clip for "
            f"{100 * plan.bad_clip_rate:.0f} % of the rest; 9:16 540p 2 s; poll 0.05 s; "
            "spend cap 300¢"
        )
        print(table("Outcome", ["", *names], summary_rows(runs)))
        print(table("Attempts by outcome (Attempt rows)", ["attempt", *names], fault_rows(runs)))
        print(table("Faults the fakes injected", ["fault", *names], injected_rows(runs)))
        print(
            table(
                "Per provider",
                ["run", "provider", "attempts", "delivered", "HTTP requests", "breaker open"],
                provider_rows(runs),
            )
        )
        rows = outcome_rows(runs)
        if rows:
            print(table("Jobs not delivered", ["run", "status", "jobs", "reason"], rows))
        for r in runs:
            if r["log_tail"]:
                print(f"\nworker log tail ({r['name']}):\n{r['log_tail']}")
    finally:
        for fake in fakes.values():
            fake.stop()
        if args.keep:
            print(f"kept database {stack.db_name} and {stack.var_dir}")
        else:
            stack.down()


if __name__ == "__main__":
    main()
