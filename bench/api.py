"""Public API benchmark: concurrent clients on loopback against gunicorn + PostgreSQL + Redis.

A throw-away stack (database `bench_api`, Redis db 12, a temp var/ dir; see bench/_harness.py),
a workspace on the Business plan with an API key and credits, and gunicorn serving the real
WSGI app. No Celery worker runs, so nothing renders: jobs stop at "queued", which is what
the API answers anyway. Measures, per request, wall time at the client:

- create-job from an uploaded photo (JSON, with an Idempotency-Key) and with the image in the
  same multipart request,
- get-job,
- the time to accept a 500-photo batch (one zip, POST /api/v1/batches → 201).

    .venv/bin/python bench/api.py [--clients 20] [--requests 25] [--batch 500] [--quick]

CPU is shared (2 cores, client and server on the same machine), so figures are noisy.
"""

from __future__ import annotations

import argparse
import io
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
import zipfile
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._harness import ROOT, Stack, bench_workspace


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def small_photo(index: int, side: int = 320) -> bytes:
    """A distinct small JPEG per index (a different crop of a real photo)."""
    from PIL import Image
    from skimage import data

    image = Image.fromarray(data.astronaut())
    offset = (index * 7) % 160
    crop = image.crop((offset, offset, offset + 352, offset + 352)).resize((side, side))
    buffer = io.BytesIO()
    crop.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def start_gunicorn(stack: Stack, port: int, workers: int) -> subprocess.Popen[bytes]:
    log = (stack.var_dir / "gunicorn.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "saas.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--worker-class",
            "sync",
            "--timeout",
            "600",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=stack.env(DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost"),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError((stack.var_dir / "gunicorn.log").read_text()[-3000:])
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/usage", timeout=2).status_code == 401:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("gunicorn did not start within 60 s")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


class Load:
    """`clients` threads, each with its own keep-alive connection, each making requests."""

    def __init__(self, base: str, key: str, clients: int) -> None:
        self.base, self.key, self.clients = base, key, clients
        self.timings: dict[str, list[float]] = {}
        self.errors: dict[str, int] = {}
        self.lock = threading.Lock()

    def _record(self, name: str, started: float, ok: bool) -> None:
        elapsed = (time.perf_counter() - started) * 1000
        with self.lock:
            if ok:
                self.timings.setdefault(name, []).append(elapsed)
            else:
                self.errors[name] = self.errors.get(name, 0) + 1

    def run(self, work, requests: int, *, clients: int | None = None, rate: float = 0) -> float:  # type: ignore[no-untyped-def]
        """Each client makes `requests` calls: back to back (rate 0, a closed loop that
        saturates the server) or paced at `rate` per second (an open, realistic load)."""
        count = clients or self.clients
        barrier = threading.Barrier(count)

        def client(n: int) -> None:
            headers = {"Authorization": f"Bearer {self.key}"}
            with httpx.Client(base_url=self.base, headers=headers, timeout=120) as http:
                barrier.wait()
                start = time.perf_counter() + (n / count / rate if rate else 0)
                for i in range(requests):
                    if rate:
                        delay = start + i / rate - time.perf_counter()
                        if delay > 0:
                            time.sleep(delay)
                    work(http, i)

        threads = [threading.Thread(target=client, args=(n,)) for n in range(count)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=25, help="per client, per operation")
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--workers", type=int, default=5, help="gunicorn sync workers")
    parser.add_argument(
        "--rate", type=float, default=1.0, help="paced run: requests per second per client"
    )
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.requests, args.batch = 5, 50

    stack = Stack(db_name="bench_api", redis_db=12)
    gunicorn = None
    try:
        stack.up()
        from accounts.models import Membership
        from api.services import api_key_create
        from billing.models import Plan
        from pipeline import services

        # Generous limits: this measures the API path, not the plan's refusals.
        Plan.objects.filter(code="business").update(
            api_requests_per_minute=1_000_000, max_clips_per_month=1_000_000
        )
        user, workspace = bench_workspace("API Bench", concurrency=30000, credits=10_000_000)
        actor = Membership.objects.get(workspace=workspace, user=user)
        _, key = api_key_create(workspace=workspace, actor=actor, name="bench")
        photo = services.photo_upload(
            workspace=workspace, user=user, data=small_photo(0), filename="p.jpg", consent=True
        )
        image = small_photo(1)
        port = free_port()
        gunicorn = start_gunicorn(stack, port, args.workers)
        base = f"http://127.0.0.1:{port}"
        load = Load(base, key, args.clients)
        created: list[str] = []

        def warm(http: httpx.Client, i: int) -> None:
            http.get("/api/v1/usage")

        def create_json_as(name: str):  # type: ignore[no-untyped-def]
            def create_json(http: httpx.Client, i: int) -> None:
                started = time.perf_counter()
                response = http.post(
                    "/api/v1/jobs",
                    json={"photo_id": str(photo.pk), "prompt": f"push in {i}", "duration_s": 2},
                    headers={"Idempotency-Key": uuid.uuid4().hex},
                )
                load._record(name, started, response.status_code == 201)
                if response.status_code == 201:
                    with load.lock:
                        created.append(response.json()["id"])

            return create_json

        def create_multipart(http: httpx.Client, i: int) -> None:
            started = time.perf_counter()
            response = http.post(
                "/api/v1/jobs",
                data={"prompt": "clouds drift", "duration_s": "2"},
                files={"image": ("p.jpg", image, "image/jpeg")},
            )
            load._record("create-job multipart · closed", started, response.status_code == 201)

        def get_job_as(name: str):  # type: ignore[no-untyped-def]
            def get_job(http: httpx.Client, i: int) -> None:
                job_id = created[(i * 7919 + threading.get_ident()) % len(created)]
                started = time.perf_counter()
                response = http.get(f"/api/v1/jobs/{job_id}")
                load._record(name, started, response.status_code == 200)

            return get_job

        # Warm every gunicorn worker: DB, cache and Celery broker connections are opened on
        # first use (the first publish to Redis alone takes a few hundred ms).
        load.run(warm, 3)
        load.run(create_json_as("warm-up"), 3)
        n, paced = args.requests, f"{args.clients} clients × {args.rate:g}/s"
        walls = {
            "create-job · 1 client": load.run(
                create_json_as("create-job · 1 client"), n, clients=1
            ),
            "get-job · 1 client": load.run(get_job_as("get-job · 1 client"), n, clients=1),
        }
        for name, factory in (("create-job", create_json_as), ("get-job", get_job_as)):
            label = f"{name} · {paced}"
            walls[label] = load.run(factory(label), n, rate=args.rate)
        for name, factory in (("create-job", create_json_as), ("get-job", get_job_as)):
            label = f"{name} · {args.clients} closed loop"
            walls[label] = load.run(factory(label), n)
        walls["create-job multipart · closed"] = load.run(
            lambda http, i: create_multipart(http, i), max(2, n // 5)
        )

        # -- a 500-photo batch, as one zip
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
            for i in range(args.batch):
                archive.writestr(f"photo-{i:04d}.jpg", small_photo(i + 10))
        started = time.perf_counter()
        response = httpx.post(
            f"{base}/api/v1/batches",
            headers={"Authorization": f"Bearer {key}"},
            data={"prompt": "make it come alive", "duration_s": "2", "resolution": "540p"},
            files={"files": ("photos.zip", buffer.getvalue(), "application/zip")},
            timeout=600,
        )
        batch_s = time.perf_counter() - started
        body = response.json()

        print(
            f"\nAPI on gunicorn ({args.workers} sync workers) · {args.clients} concurrent "
            f"clients on loopback · PostgreSQL + Redis · no worker (nothing renders)\n"
        )
        header = f"{'operation':<34} {'n':>5} {'err':>4} {'p50 ms':>8} {'p90 ms':>8} "
        print(header + f"{'p99 ms':>8} {'max ms':>8} {'req/s':>7}")
        for name, wall in walls.items():
            if name == "warm-up":
                continue
            values = load.timings.get(name, [0.0])
            print(
                f"{name:<34} {len(load.timings.get(name, [])):>5} {load.errors.get(name, 0):>4} "
                f"{statistics.median(values):>8.1f} {percentile(values, 90):>8.1f} "
                f"{percentile(values, 99):>8.1f} {max(values):>8.1f} "
                f"{len(values) / wall:>7.1f}"
            )
        accepted = body.get("total", 0) if response.status_code == 201 else 0
        rejected = len(body.get("rejected", [])) if response.status_code == 201 else "-"
        print(
            f"\n{'batch accept':<34} {args.batch} photos in one zip → HTTP {response.status_code}"
            f", {accepted} queued, {rejected} rejected, in {batch_s:.1f} s "
            f"({batch_s / max(args.batch, 1) * 1000:.0f} ms per photo)"
        )
        goal = percentile(load.timings.get(f"create-job · {paced}", [0.0]), 99)
        print(f"create-job p99 at {paced}: {goal:.1f} ms (goal ≤ 50 ms)")
    finally:
        if gunicorn is not None:
            gunicorn.terminate()
            try:
                gunicorn.wait(timeout=20)
            except subprocess.TimeoutExpired:
                gunicorn.kill()
        stack.down()


if __name__ == "__main__":
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    main()
