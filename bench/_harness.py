"""Shared machinery for the end-to-end benchmarks (bench/e2e.py, bench/chaos.py).

A throw-away stack per run: a fresh PostgreSQL database, a flushed Redis database, a temp
var/ dir, `manage.py migrate`, then real `celery worker` subprocesses (one process each,
`--pool solo`, both queues) against it. The bench process itself imports Django against the
same database to create the workspace, submit jobs and read the results back from the rows
(job timestamps, attempts, events, ledger): no wall-clock sleeps are measured.

Also: fault-injecting subclasses of the vendor fakes in tests/fakes (a random fault mode on
top of their scripted one) and the clips they serve.
"""

from __future__ import annotations

import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
_admin_url = PG_ADMIN_URL
PROMPTS = (
    "slow push in, steam rising",
    "gentle pan right",
    "the camera drifts left slowly",
    "slow zoom out, calm",
    "subtle handheld motion",
)


# -- infrastructure -------------------------------------------------------------------------
def _pg_admin():  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(_admin_url, autocommit=True)


def create_database(name: str) -> None:
    """A fresh, empty database (an old one of the same name is dropped first)."""
    drop_database(name)
    with _pg_admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(name: str) -> None:
    with _pg_admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def flush_redis(url: str) -> None:
    import redis

    redis.Redis.from_url(url).flushdb()


@dataclass
class Stack:
    """One benchmark's database, Redis database and var/ dir, and the env that names them."""

    db_name: str
    redis_db: int
    var_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="sm-bench-")))
    extra_env: dict[str, str] = field(default_factory=dict)
    pg_port: int = 5432
    redis_port: int = 6379

    @property
    def database_url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.pg_port}/{self.db_name}"

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis_port}/{self.redis_db}"

    def env(self, **overrides: str) -> dict[str, str]:
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "saas.settings.local",
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "STILLMOTION_VAR_DIR": str(self.var_dir),
            "CACHE_KEY_PREFIX": f"bench-{self.db_name}",
            # One secret for the bench process and every worker (signed links).
            "DJANGO_SECRET_KEY": f"bench-only-{self.db_name}-not-a-secret-0123456789abcdef",
            "PYTHONUNBUFFERED": "1",
            "LOG_LEVEL": "WARNING",
            **self.extra_env,
            **overrides,
        }

    def up(self) -> None:
        """Create the database, migrate it, flush Redis and set Django up in this process."""
        global _admin_url
        _admin_url = f"postgres://postgres@127.0.0.1:{self.pg_port}/postgres"
        create_database(self.db_name)
        flush_redis(self.redis_url)
        env = self.env()
        done = subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"migrate failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
        os.environ.update({k: env[k] for k in (*_OURS, *self.extra_env)})
        import django

        django.setup()
        # The C2PA development chain is generated on first use; make it once here so two
        # workers never race to create it.
        from pipeline.engine_config import signing_material

        signing_material()

    def down(self) -> None:
        try:
            from django.db import connections

            connections.close_all()
        except Exception:  # best effort: Django may never have been set up
            pass
        drop_database(self.db_name)
        flush_redis(self.redis_url)
        shutil.rmtree(self.var_dir, ignore_errors=True)


_OURS = {
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_SECRET_KEY",
    "DATABASE_URL",
    "REDIS_URL",
    "STILLMOTION_VAR_DIR",
    "CACHE_KEY_PREFIX",
    "LOG_LEVEL",
}


class Workers:
    """N real `celery worker` processes (`--pool solo`: one job at a time each)."""

    def __init__(
        self,
        stack: Stack,
        *,
        count: int = 2,
        env: dict[str, str] | None = None,
        queues: str = "light,render",
        name: str = "bench",
    ):
        self.stack = stack
        self.count = count
        self.extra = env or {}
        self.queues = queues
        self.name = name
        self.processes: list[subprocess.Popen[bytes]] = []
        self.logs: list[Path] = []
        self._files: list[Any] = []

    def start(self, *, ready_timeout_s: float = 90.0) -> Workers:
        env = self.stack.env(**self.extra)
        stamp = int(time.time() * 1000) % 1_000_000
        for i in range(self.count):
            log = self.stack.var_dir / f"worker-{self.name}-{stamp}-{i}.log"
            handle = log.open("wb")
            command = [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "saas",
                "worker",
                "--pool",
                "solo",
                "-Q",
                self.queues,
                "-n",
                f"{self.name}{i}-{stamp}@%h",
                "--without-gossip",
                "--without-mingle",
                "--loglevel",
                "INFO",
            ]
            self.processes.append(
                subprocess.Popen(
                    command, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT
                )
            )
            self.logs.append(log)
            self._files.append(handle)
        self._wait_ready(ready_timeout_s)
        return self

    def _wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for proc, log in zip(self.processes, self.logs, strict=True):
                if proc.poll() is not None:
                    raise RuntimeError(f"worker exited early:\n{log.read_text()[-3000:]}")
            if all(" ready." in log.read_text(errors="replace") for log in self.logs):
                return
            time.sleep(0.2)
        raise RuntimeError("workers did not become ready in time")

    def stop(self) -> None:
        for proc in self.processes:
            if proc.poll() is None:
                proc.terminate()
        for proc in self.processes:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        for handle in self._files:
            handle.close()
        self.processes.clear()

    def tail(self, chars: int = 3000) -> str:
        return "\n".join(log.read_text(errors="replace")[-chars:] for log in self.logs)

    def __enter__(self) -> Workers:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class Beat:
    """`celery beat`: the reaper (requeues jobs whose message or worker was lost) and the
    dispatcher, on the schedule the settings give (JOB_REAP_EVERY_S, JOB_DISPATCH_EVERY_S)."""

    def __init__(self, stack: Stack, env: dict[str, str] | None = None) -> None:
        self.stack, self.extra = stack, env or {}
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Beat:
        log = (self.stack.var_dir / "beat.log").open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "celery", "-A", "saas", "beat", "--loglevel", "WARNING",
                "--schedule", str(self.stack.var_dir / "celerybeat-schedule"),
            ],
            cwd=ROOT, env=self.stack.env(**self.extra), stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)


# -- services of the bench's own: restarted on purpose, never the machine's shared ones ----------
def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(predicate: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not come up in {timeout_s:.0f} s")
        time.sleep(0.1)


class PrivateServices:
    """PostgreSQL (initdb into /tmp, pg_ctl on its own port), Redis (its own port) and an S3
    server (moto) started for one benchmark. The machine's PostgreSQL and Redis serve other
    people's test runs: they are never touched; these are the ones a chaos run restarts."""

    def __init__(self, *, pg_port: int = 55432, redis_port: int = 56379) -> None:
        self.pg_port, self.redis_port = pg_port, redis_port
        self.s3_port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="sm-bench-services-"))
        self.pgdata = self.root / "pgdata"
        self.pg_bin = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
        self.redis: subprocess.Popen[bytes] | None = None
        self.s3: subprocess.Popen[bytes] | None = None

    @property
    def s3_url(self) -> str:
        return f"http://127.0.0.1:{self.s3_port}"

    def _as_postgres(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["runuser", "-u", "postgres", "--", *args], capture_output=True, text=True, check=True
        )

    def _pg_ctl(self, *args: str) -> None:
        self._as_postgres(
            str(self.pg_bin / "pg_ctl"), "-D", str(self.pgdata), "-w", "-t", "60",
            "-l", str(self.root / "postgres.log"),
            "-o", f"-p {self.pg_port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c max_connections=200 -c fsync=off",
            *args,
        )  # fmt: skip

    def pg_ready(self) -> bool:
        done = subprocess.run(
            [str(self.pg_bin / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(self.pg_port)],
            check=False,
        )
        return done.returncode == 0

    def redis_ready(self) -> bool:
        import redis

        try:
            return bool(redis.Redis(port=self.redis_port, socket_timeout=0.5).ping())
        except redis.exceptions.RedisError:
            return False

    def start(self) -> PrivateServices:
        os.chmod(self.root, 0o777)
        self.pgdata.mkdir()
        shutil.chown(self.pgdata, "postgres", "postgres")
        self._as_postgres(
            str(self.pg_bin / "initdb"), "-D", str(self.pgdata), "-U", "postgres",
            "--auth=trust", "--no-sync",
        )  # fmt: skip
        self._pg_ctl("start")
        self._start_redis()
        moto = Path(sys.executable).with_name("moto_server")
        self.s3 = subprocess.Popen(
            [str(moto), "-H", "127.0.0.1", "-p", str(self.s3_port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait(self.pg_ready, 60, "PostgreSQL")
        _wait(self.redis_ready, 20, "Redis")
        _wait(lambda: _answers(f"{self.s3_url}/moto-api/"), 20, "the S3 server")
        return self

    def _start_redis(self) -> None:
        self.redis = subprocess.Popen(
            [
                "redis-server", "--port", str(self.redis_port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--maxmemory-policy", "noeviction",
            ],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def restart_redis(self, down_s: float = 3.0) -> tuple[float, float]:
        """Stop Redis (what it held is gone: no persistence, as in compose), start it again
        after `down_s`. (start, end) as wall-clock times."""
        started = time.time()
        assert self.redis is not None
        self.redis.terminate()
        self.redis.wait(timeout=20)
        time.sleep(down_s)
        self._start_redis()
        _wait(self.redis_ready, 20, "Redis")
        return started, time.time()

    def restart_postgres(self) -> tuple[float, float]:
        """A fast restart: every connection is cut, in-flight transactions roll back."""
        started = time.time()
        self._pg_ctl("restart", "-m", "fast")
        _wait(self.pg_ready, 60, "PostgreSQL")
        return started, time.time()

    def make_bucket(self, name: str) -> Any:
        client = s3_client(self.s3_url)
        client.create_bucket(Bucket=name)
        return client

    def stop(self) -> None:
        for proc in (self.redis, self.s3):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=20)
        if self.pgdata.exists():
            subprocess.run(
                ["runuser", "-u", "postgres", "--", str(self.pg_bin / "pg_ctl"), "-D",
                 str(self.pgdata), "-m", "immediate", "stop"],
                capture_output=True, check=False,
            )  # fmt: skip
        shutil.rmtree(self.root, ignore_errors=True)


def _answers(url: str) -> bool:
    import urllib.request

    try:
        urllib.request.urlopen(url, timeout=2)
    except OSError:
        return False
    return True


S3_KEY = "bench"


def s3_client(endpoint: str) -> Any:
    import boto3
    from botocore.config import Config

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=S3_KEY,
        aws_secret_access_key=S3_KEY,
        config=Config(s3={"addressing_style": "path"}, signature_version="s3v4"),
    )


def bucket_env(bucket: str, endpoint: str) -> dict[str, str]:
    """What points the app (bench process and workers) at a bucket."""
    return {
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": S3_KEY,
        "AWS_SECRET_ACCESS_KEY": S3_KEY,
    }


def bucket_objects(client: Any, bucket: str, prefix: str = "") -> list[str]:
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
    return [item["Key"] for page in pages for item in page.get("Contents", [])]


def reset_breakers(redis_url: str, prefix: str = "stillmotion:breaker") -> int:
    """Close every provider's circuit breaker (the keys of engine.generate.breaker)."""
    import redis

    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(f"{prefix}:*"))
    if keys:
        client.delete(*keys)
    return len(keys)


# -- workspace, photos, jobs ----------------------------------------------------------------
def bench_workspace(name: str, *, concurrency: int, credits: int = 100_000):  # type: ignore[no-untyped-def]
    """A user and a workspace on the Business plan with plenty of credits and slots."""
    from accounts.models import User
    from accounts.services import workspace_create
    from billing.ledger import account_ensure
    from billing.models import BillingAccount, Plan
    from billing.services import credits_adjust

    slug = "".join(c for c in name.lower() if c.isalnum())
    user = User.objects.create_user(email=f"{slug}@bench.test", password="bench-password-1")
    workspace = workspace_create(user=user, name=name)
    account_ensure(workspace=workspace)
    BillingAccount.objects.filter(workspace=workspace).update(
        plan=Plan.objects.get(code="business")
    )
    credits_adjust(workspace=workspace, credits=credits, reason="benchmark", operator=user)
    workspace.max_concurrent_jobs = concurrency
    workspace.save(update_fields=["max_concurrent_jobs"])
    return user, workspace


@lru_cache(maxsize=1)
def _coffee_bgr():  # type: ignore[no-untyped-def]
    import cv2
    from skimage import data

    return cv2.cvtColor(data.coffee(), cv2.COLOR_RGB2BGR)


def bench_photo(index: int, size: tuple[int, int] = (720, 1280)) -> bytes:
    """A distinct 9:16 JPEG (a different crop of a real photo plus grain) per index, so
    each job does its own face detection and prompt parse instead of hitting the caches."""
    import cv2
    import numpy as np

    src = _coffee_bgr()
    h, w = src.shape[:2]
    crop_w = round(h * size[0] / size[1])
    x = (index * 37) % max(1, w - crop_w)
    crop = cv2.resize(src[:, x : x + crop_w], size, interpolation=cv2.INTER_CUBIC)
    grain = np.random.default_rng(index).normal(0, 3, crop.shape[:2]).astype(np.float32)
    out = np.clip(crop.astype(np.float32) + grain[..., None], 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    return buf.tobytes()


def upload_photos(workspace, user, count: int, size: tuple[int, int] = (720, 1280)) -> list:  # type: ignore[no-untyped-def]
    from pipeline import services

    return [
        services.photo_upload(
            workspace=workspace,
            user=user,
            data=bench_photo(i, size),
            filename=f"bench-{i}.jpg",
            consent=True,
        )
        for i in range(count)
    ]


def submit(workspace, user, photo, options, prompt: str):  # type: ignore[no-untyped-def]
    from pipeline import services

    return services.job_submit(
        workspace=workspace, user=user, photo=photo, prompt=prompt, options=options
    )


def wait_terminal(job_ids: Sequence[Any], *, deadline_s: float, poll_s: float = 0.25) -> int:
    """Wait until every job has ended or the deadline passes; the number still running."""
    from django.db import Error as DatabaseError
    from django.db import connections

    from pipeline.models import TERMINAL_STATUSES, Job

    terminal = [str(s) for s in TERMINAL_STATUSES]
    end = time.monotonic() + deadline_s
    left = len(job_ids)
    while True:
        try:
            left = Job.objects.filter(pk__in=job_ids).exclude(status__in=terminal).count()
        except DatabaseError:  # the chaos bench restarts PostgreSQL under us: ask again
            connections.close_all()
        if left == 0 or time.monotonic() >= end:
            return left
        time.sleep(poll_s)


# -- reading the results back ---------------------------------------------------------------
@dataclass
class JobFacts:
    """One job as the database recorded it (times in ms)."""

    id: str
    status: str
    e2e_ms: float | None  # created_at -> finished_at
    queue_ms: float | None  # created_at -> started_at (waiting for a worker)
    run_ms: float | None  # started_at -> finished_at
    provider_ms: float  # sum of Attempt.latency_ms
    stage_ms: dict[str, float]  # sum of JobEvent.duration_ms per stage
    attempts: list[dict[str, Any]]
    captures: int
    delivered_by: str | None
    failure_reason: str


def job_facts(job_ids: Iterable[Any]) -> list[JobFacts]:
    from billing.models import LedgerEntry
    from pipeline.models import Attempt, Clip, Job, JobEvent

    ids = list(job_ids)
    jobs = {str(j.pk): j for j in Job.objects.filter(pk__in=ids)}
    attempts: dict[str, list[dict[str, Any]]] = {k: [] for k in jobs}
    for a in Attempt.objects.filter(job_id__in=ids).order_by("job_id", "number").values():
        attempts[str(a["job_id"])].append(a)
    stages: dict[str, dict[str, float]] = {k: {} for k in jobs}
    for e in JobEvent.objects.filter(job_id__in=ids, duration_ms__isnull=False).values(
        "job_id", "stage", "duration_ms"
    ):
        per = stages[str(e["job_id"])]
        per[e["stage"]] = per.get(e["stage"], 0.0) + e["duration_ms"]
    captures: dict[str, int] = {}
    for job_id in LedgerEntry.objects.filter(job_id__in=ids, kind="capture").values_list(
        "job_id", flat=True
    ):
        captures[str(job_id)] = captures.get(str(job_id), 0) + 1
    delivered_by = {
        str(job_id): provider
        for job_id, provider in Clip.objects.filter(job_id__in=ids).values_list(
            "job_id", "attempt__provider"
        )
    }

    def ms(a, b) -> float | None:  # type: ignore[no-untyped-def]
        return (b - a).total_seconds() * 1000 if a and b else None

    return [
        JobFacts(
            id=k,
            status=j.status,
            e2e_ms=ms(j.created_at, j.finished_at),
            queue_ms=ms(j.created_at, j.started_at),
            run_ms=ms(j.started_at, j.finished_at),
            provider_ms=float(sum(a["latency_ms"] or 0 for a in attempts[k])),
            stage_ms=stages[k],
            attempts=attempts[k],
            captures=captures.get(k, 0),
            delivered_by=delivered_by.get(k),
            failure_reason=j.failure_reason,
        )
        for k, j in jobs.items()
    ]


def window_s(job_ids: Iterable[Any]) -> float:
    """First submission to last finish, from the rows."""
    from django.db.models import Max, Min

    from pipeline.models import Job

    agg = Job.objects.filter(pk__in=list(job_ids)).aggregate(
        first=Min("created_at"), last=Max("finished_at")
    )
    if not agg["first"] or not agg["last"]:
        return float("nan")
    return (agg["last"] - agg["first"]).total_seconds()


# -- statistics and tables ------------------------------------------------------------------
def pct(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear interpolation; NaN for no values."""
    data = sorted(v for v in values if v is not None)
    if not data:
        return float("nan")
    if len(data) == 1:
        return data[0]
    pos = (len(data) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def mean(values: Sequence[float]) -> float:
    data = [v for v in values if v is not None]
    return statistics.fmean(data) if data else float("nan")


def fmt(value: Any, unit: str = "") -> str:
    if isinstance(value, float):
        if math.isnan(value):
            return "n/a"
        text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}"
        return f"{text} {unit}".strip()
    return f"{value} {unit}".strip()


def table(title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([f"\n{title}", line(cells[0]), rule, *(line(r) for r in cells[1:])])


# -- clips the fake vendors serve -----------------------------------------------------------
def _encode(frames: Iterable[Any], width: int, height: int, fps: int) -> bytes:
    from tests.fakes.video_vendor import encode_bgr_mp4

    return encode_bgr_mp4(frames, width, height, fps)


def _pan_frames(photo: bytes, width: int, height: int, n: int):  # type: ignore[no-untyped-def]
    """A slow push-in over the photo the vendor was sent: what a good clip of it looks like
    (QA compares the clip with the job's photo, so it must be that photo)."""
    import cv2
    import numpy as np

    decoded = cv2.imdecode(np.frombuffer(photo, np.uint8), cv2.IMREAD_COLOR)
    src = cv2.resize(decoded, (width, height), interpolation=cv2.INTER_AREA)
    for i in range(n):
        zoom = 1.0 + 0.08 * i / max(1, n - 1)
        matrix = cv2.getRotationMatrix2D((width / 2, height / 2), 0, zoom)
        yield cv2.warpAffine(src, matrix, (width, height), borderMode=cv2.BORDER_REFLECT)


@lru_cache(maxsize=128)
def good_clip(photo: bytes, width: int, height: int, duration_s: float, fps: int = 24) -> bytes:
    n = max(1, round(duration_s * fps))
    return _encode(_pan_frames(photo, width, height, n), width, height, fps)


@lru_cache(maxsize=128)
def bad_clip(photo: bytes, width: int, height: int, duration_s: float, fps: int = 24) -> bytes:
    """Decodes fine and has the right shape, but is broken: the picture freezes for the
    middle third and then goes black (what QA must catch, not the download check)."""
    import numpy as np

    n = max(1, round(duration_s * fps))
    frames = list(_pan_frames(photo, width, height, n))
    third = n // 3
    for i in range(third, 2 * third):
        frames[i] = frames[third]
    for i in range(2 * third, n):
        frames[i] = np.zeros_like(frames[i])
    return _encode(frames, width, height, fps)


def sent_image(body: dict[str, Any]) -> bytes | None:
    """The photo in a create request: Runway promptImage / fal image_url (data URIs) or
    Kling's raw base64 `image`."""
    import base64
    import binascii

    value = body.get("promptImage") or body.get("image_url") or body.get("image")
    if not isinstance(value, str):
        return None
    if value.startswith("data:"):
        value = value.split(";base64,", 1)[-1]
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


# -- fault-injecting vendor fakes -----------------------------------------------------------
# Faults are drawn per submitted task. Where the fault is played out:
#   submit: the create call answers with it (slow = a 500 after `slow_s`, like the fakes'
#           own "timeout"); throttled on Kling/fal = their 429 concurrency answers
#   task:   the task ends FAILED (content / internal); Runway "throttled" = the task sits in
#           THROTTLED for `throttled_polls` polls and then runs (Runway queues, it does not
#           refuse)
#   result: the result URL serves missing (404) / corrupt / wrong_size
FAULT_WEIGHTS: dict[str, float] = {
    "slow": 1.0,
    "500": 1.0,
    "503": 1.0,
    "429": 1.0,
    "throttled": 1.0,
    "content": 1.0,
    "missing": 1.0,
    "corrupt": 1.0,
    "wrong_size": 1.0,
}
TASK_OUTCOMES = {"content": "content", "internal": "internal"}
RESULT_FAULTS = {"missing", "corrupt", "wrong_size"}


@dataclass
class ChaosPlan:
    fail_rate: float = 0.2
    bad_clip_rate: float = 0.1
    weights: dict[str, float] = field(default_factory=lambda: dict(FAULT_WEIGHTS))
    seed: int = 7
    retry_after: str = "1"
    slow_s: float = 2.0
    throttled_polls: int = 20
    # "native": the vendor's own size and duration (Runway: the ratio it was asked for;
    # Kling/fal: the photo's shape, 5 s minimum). "ordered": exactly the ordered size.
    clip_shape: str = "native"
    ordered_size: tuple[int, int] = (540, 960)
    ordered_duration_s: float = 2.0


class ChaosMixin:
    """Mixed into a FakeVideoVendor subclass: a seeded random fault per submitted task, and
    realistic clips of the bench photo. Counts what it injected in `injected`."""

    plan: ChaosPlan
    _rng: random.Random
    _local: threading.local
    injected: dict[str, int]
    vendor_fault_kinds: frozenset[str] = frozenset({"500", "503", "429", "content"})

    def start(self):  # type: ignore[no-untyped-def]
        started = super().start()  # type: ignore[misc]
        server = self._server  # type: ignore[attr-defined]
        report = server.handle_error

        def handle_error(request, client_address) -> None:  # type: ignore[no-untyped-def]
            # A worker closing a kept-alive connection is not news; anything else is.
            if not isinstance(sys.exc_info()[1], ConnectionError):
                report(request, client_address)

        server.handle_error = handle_error
        return started

    def chaos(self, plan: ChaosPlan) -> None:
        self.plan = plan
        self._rng = random.Random(plan.seed)
        self._rng_lock = threading.Lock()
        self._local = threading.local()
        self.injected = {}
        self.retry_after = plan.retry_after  # type: ignore[attr-defined]
        self.slow_s = plan.slow_s  # type: ignore[attr-defined]

    # Whole-service faults, as wall-clock windows (start, end): every request in an outage
    # window is answered 503; in a hang window it is held `hang_s` and the connection dropped
    # without an answer (the client's own timeout ends it).
    outage: tuple[float, float] | None = None
    hang: tuple[float, float] | None = None
    hang_s: float = 35.0

    def dispatch(self, request):  # type: ignore[no-untyped-def]
        now = time.time()
        if self.outage and self.outage[0] <= now < self.outage[1]:
            self._count("down (outage window)")
            return self.fault("503")  # type: ignore[attr-defined]
        if self.hang and self.hang[0] <= now < self.hang[1]:
            self._count("hung connection")
            response = self.fault("503")  # type: ignore[attr-defined]
            response.delay_s, response.drop = self.hang_s, True
            return response
        return super().dispatch(request)  # type: ignore[misc]

    def _count(self, kind: str) -> None:
        with self._rng_lock:
            self.injected[kind] = self.injected.get(kind, 0) + 1

    def _draw(self) -> tuple[str | None, bool]:
        """(fault or None, bad clip?) for one submitted task."""
        with self._rng_lock:
            fault = None
            if self._rng.random() < self.plan.fail_rate:
                kinds = list(self.plan.weights)
                fault = self._rng.choices(kinds, [self.plan.weights[k] for k in kinds])[0]
            bad = fault is None and self._rng.random() < self.plan.bad_clip_rate
        return fault, bad

    def submit_fault_response(self, kind: str):  # type: ignore[no-untyped-def]
        """The create call's answer for a submit-level fault (vendor shape)."""
        if kind == "slow":
            response = self.fault("500")  # type: ignore[attr-defined]
            response.delay_s = self.plan.slow_s
            return response
        if kind == "throttled":
            return self.fault("429")  # type: ignore[attr-defined]
        return self.fault(kind)  # type: ignore[attr-defined]

    def scripted_fault(self, queue: list[str]):  # type: ignore[no-untyped-def]
        scripted = super().scripted_fault(queue)  # type: ignore[misc]
        if scripted is not None or queue is not self.submit_faults:  # type: ignore[attr-defined]
            return scripted
        fault, bad = self._draw()
        self._local.pending = None
        if bad:
            self._count("bad_clip")
            self._local.pending = ("result", "bad")
            return None
        if fault is None:
            return None
        self._count(fault)
        if fault in RESULT_FAULTS:
            self._local.pending = ("result", fault)
            return None
        if fault in self.task_level_faults():
            self._local.pending = ("task", fault)
            return None
        return self.submit_fault_response(fault)

    def task_level_faults(self) -> frozenset[str]:
        """Faults played out by the task rather than the create call."""
        return frozenset()

    def new_task(self, body: dict[str, Any], **kw: Any):  # type: ignore[no-untyped-def]
        task = super().new_task(body, **kw)  # type: ignore[misc]
        pending = getattr(self._local, "pending", None)
        self._local.pending = None
        if pending:
            where, kind = pending
            if where == "result":
                task.result = kind
            elif kind == "throttled":
                task.extra["throttled_polls"] = self.plan.throttled_polls
            else:
                task.outcome = TASK_OUTCOMES.get(kind, kind)
        return task

    def advance(self, task):  # type: ignore[no-untyped-def]
        # A throttled Runway task does not move on while it is THROTTLED.
        throttled = task.extra.get("throttled_polls", 0)
        if throttled and task.polls < throttled:
            with self._task_lock:  # type: ignore[attr-defined]
                task.polls += 1
            return "pending"
        if throttled:
            task.polls -= throttled  # start the normal progression now
            task.extra["throttled_polls"] = 0
        return super().advance(task)  # type: ignore[misc]

    def _serve_file(self, request):  # type: ignore[no-untyped-def]
        from tests.fakes.server import Response
        from tests.fakes.video_vendor import size_for_aspect

        task = self.tasks.get(request.params["name"].removesuffix(".mp4"))  # type: ignore[attr-defined]
        if task is None or task.result not in ("ok", "bad"):
            return super()._serve_file(request)  # type: ignore[misc]
        if self.plan.clip_shape == "ordered":
            (width, height), duration = self.plan.ordered_size, self.plan.ordered_duration_s
        else:
            width, height = size_for_aspect(task.aspect, short=720)
            duration = task.duration_s
        photo = sent_image(task.body)
        if photo is None:
            return super()._serve_file(request)  # type: ignore[misc]
        make = bad_clip if task.result == "bad" else good_clip
        return Response(200, make(photo, width, height, duration), {"Content-Type": "video/mp4"})


def chaos_fakes(plan: ChaosPlan) -> dict[str, Any]:
    """Runway, Kling and fal fakes with random faults (not started)."""
    from tests.fakes.fal import FakeFal
    from tests.fakes.kling import FakeKling
    from tests.fakes.runway import FakeRunway

    class ChaosRunway(ChaosMixin, FakeRunway):
        def task_level_faults(self) -> frozenset[str]:
            # Runway has no content refusal at submit: it fails the task; it queues in
            # THROTTLED rather than refusing.
            return frozenset({"content", "throttled"})

        def task_body(self, task, phase):  # type: ignore[no-untyped-def]
            if task.extra.get("throttled_polls") and phase == "pending":
                return {"id": task.id, "createdAt": "2025-01-01T00:00:00Z", "status": "THROTTLED"}
            return super().task_body(task, phase)

    class ChaosKling(ChaosMixin, FakeKling):
        def submit_fault_response(self, kind: str):  # type: ignore[no-untyped-def]
            if kind == "throttled":
                return self.fault("concurrency")  # 429 code 1303
            return super().submit_fault_response(kind)

    class ChaosFal(ChaosMixin, FakeFal):
        pass

    fakes = {
        "runway": ChaosRunway(polls_until_done=2),
        "kling": ChaosKling(polls_until_done=2),
        "fal": ChaosFal(polls_until_done=2),
    }
    for i, fake in enumerate(fakes.values()):
        fake.chaos(ChaosPlan(**{**plan.__dict__, "seed": plan.seed + i}))
    return fakes


def provider_env(fakes: dict[str, Any], order: Sequence[str]) -> dict[str, str]:
    """Worker env that points the named vendors at their fakes."""
    env: dict[str, str] = {"PROVIDER_ORDER": ",".join(order)}
    if "runway" in fakes and "runway" in order:
        env |= {"RUNWAY_API_KEY": fakes["runway"].api_key, "RUNWAY_BASE_URL": fakes["runway"].url}
    if "kling" in fakes and "kling" in order:
        env |= {
            "KLING_ACCESS_KEY": fakes["kling"].access_key,
            "KLING_SECRET_KEY": fakes["kling"].secret_key,
            "KLING_BASE_URL": fakes["kling"].url,
        }
    if "fal" in fakes and "fal" in order:
        env |= {
            "FAL_KEY": fakes["fal"].api_key,
            "FAL_ENDPOINT_ID": fakes["fal"].endpoint_id,
            "FAL_BASE_URL": fakes["fal"].url,
        }
    return env


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start
