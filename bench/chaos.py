"""Chaos benchmark: jobs through flaky vendor fakes, real PostgreSQL, Redis and 2 workers.

    .venv/bin/python bench/chaos.py [--jobs 300] [--baseline-jobs 300] [--fail-rate 0.2]
                                    [--bad-clip-rate 0.1] [--workers 2] [--skip-baseline]

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
    ChaosPlan,
    JobFacts,
    Stack,
    Workers,
    bench_workspace,
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=300)
    parser.add_argument("--baseline-jobs", type=int, default=300)
    parser.add_argument("--fail-rate", type=float, default=0.2)
    parser.add_argument("--bad-clip-rate", type=float, default=0.1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--deadline", type=float, default=1200.0, help="seconds per run")
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()

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
