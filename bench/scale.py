"""Scale benchmark: clips per minute with 1 and 2 render workers, local files vs an S3 bucket,
the storage overhead per job, and the two ways members download from a bucket.

    .venv/bin/python bench/scale.py [--jobs 24] [--workers 1,2] [--downloads 20]

PostgreSQL, Redis and the S3 server (moto) are the bench's own (on other ports, removed after).
Each configuration gets a fresh database: one light worker (parse, gate) plus 1 or 2 render
workers (`--pool solo`, the embedded engine, 9:16 540p 2 s), `--jobs` jobs submitted at once.
The bucket is reached through the counting proxy of tests/storage (no faults), so requests per
job are counted too. Downloads: the same clip fetched `--downloads` times by a member, streamed
through the app (whole file, a 64 KiB range at the start and one in the middle, as a player
seeks) and by redirect to a presigned URL (the 302 from the app, then the bucket). Figures are
read back from the rows (job timestamps, stage events); prints tables, never fails.
"""

from __future__ import annotations

import argparse
import collections
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (
    PrivateServices,
    Stack,
    Workers,
    bench_workspace,
    bucket_env,
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

PHOTOS = 12


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def run_config(
    stack: Stack,
    services: PrivateServices,
    *,
    storage: str,
    render_workers: int,
    jobs: int,
    proxy: Any,
) -> dict[str, Any]:
    from engine.options import JobOptions
    from saas.settings.storage import local_media, s3_media

    env = {"PROVIDER_ORDER": "local"}
    if storage == "s3":
        bucket = f"sm-scale-{render_workers}"
        services.make_bucket(bucket)
        env |= bucket_env(bucket, proxy.url)
        _point_storage_at(s3_media(
            bucket=bucket, endpoint_url=proxy.url, region="us-east-1",
            access_key=env["AWS_ACCESS_KEY_ID"], secret_key=env["AWS_SECRET_ACCESS_KEY"],
        ))  # fmt: skip
    else:
        _point_storage_at(local_media(stack.var_dir / "media"))
    light = render = None
    try:
        user, workspace = bench_workspace(f"Scale {storage} {render_workers}", concurrency=jobs)
        photos = upload_photos(workspace, user, PHOTOS)
        light = Workers(stack, count=1, env=env, queues="light", name="light").start()
        render = Workers(
            stack, count=render_workers, env=env, queues="render", name="render"
        ).start()
        requests_before = proxy.faults.counts["requests"]
        load_before = _load()
        options = JobOptions(ratio="9:16", duration_s=2, resolution="540p")
        ids = [
            str(submit(workspace, user, photos[i % PHOTOS], options, "slow push in").pk)
            for i in range(jobs)
        ]
        lost = wait_terminal(ids, deadline_s=1800, poll_s=0.5)
        facts = job_facts(ids)
        print(
            "  ",
            collections.Counter(f.status for f in facts),
            collections.Counter(
                f.failure_reason[:80] for f in facts if f.failure_reason
            ).most_common(2),
            flush=True,
        )
        result = {
            "storage": storage,
            "workers": render_workers,
            "facts": facts,
            "lost": lost,
            "window": window_s(ids),
            "requests": proxy.faults.counts["requests"] - requests_before,
            "load": f"{load_before} → {_load()}",
        }
        if storage == "s3":
            result["downloads"] = measure_downloads(user, workspace, ids)
        return result
    finally:
        for pool in (render, light):
            if pool is not None:
                pool.stop()


def _point_storage_at(config: dict[str, Any]) -> None:
    """This process's default storage (uploads, downloads) for the next configuration."""
    from django.conf import settings
    from django.test.signals import setting_changed

    settings.STORAGES = {**settings.STORAGES, "default": config}
    setting_changed.send(sender=None, setting="STORAGES", value=settings.STORAGES, enter=True)


def measure_downloads(user: Any, workspace: Any, ids: list[str]) -> dict[str, list[float]]:
    import httpx
    from django.test import Client, override_settings
    from django.urls import reverse

    from pipeline.models import Clip

    clip = Clip.objects.filter(job_id__in=ids).first()
    assert clip is not None
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    session = client.session
    session["active_workspace_id"] = str(workspace.pk)
    session.save()
    url = reverse("clip_media", args=[clip.pk, "video"])
    middle = max(0, clip.size_bytes // 2 - 32768)  # a 64 KiB window around the middle
    ranges = {
        "whole file": None,
        "64 KiB at 0": "bytes=0-65535",
        "64 KiB in the middle": f"bytes={middle}-{middle + 65535}",
    }
    out: dict[str, list[float]] = {}
    for label, byte_range in ranges.items():
        headers = {"HTTP_RANGE": byte_range} if byte_range else {}
        times = []
        for _ in range(ARGS.downloads):
            started = time.perf_counter()
            response = client.get(url, **headers)
            assert response.status_code in (200, 206), (
                label,
                response.status_code,
                clip.size_bytes,
            )
            body = b"".join(response.streaming_content)
            times.append((time.perf_counter() - started) * 1000)
            assert len(body) == (clip.size_bytes if not byte_range else 65536)
        out[f"stream: {label}"] = times
    with override_settings(MEDIA_DOWNLOAD_MODE="redirect"), httpx.Client() as bucket:
        for label, byte_range in ranges.items():
            times, app_ms = [], []
            for _ in range(ARGS.downloads):
                started = time.perf_counter()
                response = client.get(url)
                app_ms.append((time.perf_counter() - started) * 1000)
                fetched = bucket.get(
                    response["Location"], headers={"Range": byte_range} if byte_range else {}
                )
                times.append((time.perf_counter() - started) * 1000)
                assert len(fetched.content) == (clip.size_bytes if not byte_range else 65536)
            out[f"redirect: {label}"] = times
            out[f"redirect: {label} (the app's 302 alone)"] = app_ms
    out["clip size (bytes)"] = [float(clip.size_bytes)]
    return out


ARGS = argparse.Namespace(downloads=20)


def main() -> None:
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=24)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--downloads", type=int, default=20)
    ARGS = parser.parse_args()
    from tests.storage.s3_proxy import Faults, FaultyS3Proxy

    services = PrivateServices(pg_port=55433, redis_port=56380).start()
    proxy = FaultyS3Proxy(services.s3_url, Faults()).start()
    stack = Stack(
        db_name="bench_scale",
        redis_db=0,
        pg_port=services.pg_port,
        redis_port=services.redis_port,
        extra_env={"DJANGO_ALLOWED_HOSTS": "127.0.0.1,testserver"},
    )
    print(
        f"private services: PostgreSQL :{services.pg_port}, Redis :{services.redis_port}, S3 {services.s3_url}"
    )
    results = []
    try:
        stack.up()
        for storage in ("local", "s3"):
            for workers in (int(w) for w in ARGS.workers.split(",")):
                print(
                    f"running {storage}, {workers} render worker(s): {ARGS.jobs} jobs …", flush=True
                )
                results.append(
                    run_config(
                        stack,
                        services,
                        storage=storage,
                        render_workers=workers,
                        jobs=ARGS.jobs,
                        proxy=proxy,
                    )
                )
    finally:
        proxy.stop()
        try:
            stack.down()
        finally:
            services.stop()
    rows = []
    for r in results:
        delivered = [f for f in r["facts"] if f.status == "delivered"]
        rows.append(
            [
                r["storage"],
                str(r["workers"]),
                f"{len(delivered)}/{len(r['facts'])}",
                fmt(len(delivered) / r["window"] * 60, "clips/min"),
                fmt(pct([f.run_ms for f in delivered], 50) / 1000, "s"),
                fmt(mean([sum(f.stage_ms.values()) for f in delivered]), "ms"),
                f"{r['requests'] / max(1, len(r['facts'])):.1f}" if r["storage"] == "s3" else "",
                r["load"],
            ]
        )
    print(
        f"\n1 light worker + N render workers (solo), embedded engine, 9:16 540p 2 s, {ARGS.jobs} jobs each; {os.cpu_count()} cores shared"
    )
    print(
        table(
            "Throughput",
            [
                "storage",
                "render workers",
                "delivered",
                "throughput",
                "worker time p50",
                "stage time mean",
                "S3 requests/job",
                "load 1/5/15 before → after",
            ],
            rows,
        )
    )
    overhead = []
    for workers in sorted({r["workers"] for r in results}):
        pair = {r["storage"]: r for r in results if r["workers"] == workers}
        if {"local", "s3"} <= set(pair):
            local = mean([f.run_ms for f in pair["local"]["facts"] if f.status == "delivered"])
            s3 = mean([f.run_ms for f in pair["s3"]["facts"] if f.status == "delivered"])
            stages_local = mean(
                [
                    sum(f.stage_ms.values())
                    for f in pair["local"]["facts"]
                    if f.status == "delivered"
                ]
            )
            stages_s3 = mean(
                [sum(f.stage_ms.values()) for f in pair["s3"]["facts"] if f.status == "delivered"]
            )
            overhead.append(
                [
                    str(workers),
                    fmt(local, "ms"),
                    fmt(s3, "ms"),
                    fmt(s3 - local, "ms"),
                    fmt(stages_s3 - stages_local, "ms"),
                ]
            )
    print(
        table(
            "Storage overhead per job (S3 − local, mean over delivered jobs; stage time = the "
            "stages' own durations, worker time also holds the wait for the render lane)",
            [
                "render workers",
                "worker time local",
                "worker time S3",
                "overhead (worker time)",
                "overhead (stage time)",
            ],
            overhead,
        )
    )
    for r in results:
        if "downloads" in r:
            size = r["downloads"].pop("clip size (bytes)")[0]
            drows = [
                [k, fmt(statistics.median(v), "ms"), fmt(pct(v, 95), "ms")]
                for k, v in r["downloads"].items()
            ]
            print(
                table(
                    f"Member downloads from the bucket ({r['workers']} render workers' clip, {size / 1024:.0f} KiB, {ARGS.downloads} each; in-process app client, bucket over loopback)",
                    ["mode", "p50", "p95"],
                    drows,
                )
            )


if __name__ == "__main__":
    main()
