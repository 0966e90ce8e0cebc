"""Publishing benchmark: 100 clips to three fake accounts (TikTok, YouTube, Instagram) with
random platform faults and one access token expiring mid-run; real PostgreSQL, Redis and
Celery workers.

    .venv/bin/python bench/publish.py [--clips 100] [--fault-rate 0.1] [--workers 2]

The TikTok, YouTube and Instagram fakes (tests/fakes) run as HTTP servers in this process.
After the accounts are connected through their OAuth flows, `--fault-rate` of the calls on
the posting path fail with a seeded random fault in the platform's own shape: 5xx, 429 (with
the platform's own Retry-After, or TikTok's documented minute), a dropped connection, and on
the calls that create a post (TikTok's last chunk, YouTube's last byte, Instagram's
media_publish) a lost reply: the post is made and the worker never hears. Halfway through,
every TikTok access token expires (TikTok then rotates the refresh token on refresh).

Each clip is published to each account (3 × clips publications, queued at once). Figures are
read from the rows (created_at → published_at) and from the fakes' record of what went out:
published exactly once (share), duplicates (posts beyond the first for one clip on one
platform: must be 0), p50/p95 time to live (queued → live, so it includes waiting for a
free worker: all 3 × clips are queued at once) and p95 from the first try to live.
Prints tables; never fails.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _harness import Stack, Workers, fmt, pct, table

from tests.fakes.instagram import FakeInstagram
from tests.fakes.mp4box import make_clip
from tests.fakes.tiktok import FakeTikTok
from tests.fakes.youtube import FakeYouTube

# Fault kinds per operation on the posting path (each fake renders them in its own shape).
FAULTS: dict[str, dict[str, tuple[str, ...]]] = {
    "tiktok": {
        "init": ("500", "rate_limited", "drop"),
        "chunk": ("500", "drop", "lost_reply"),
        "status": ("500", "rate_limited"),
    },
    "youtube": {
        "insert": ("500", "503", "rate_limited", "drop"),
        "chunk": ("503", "drop", "partial", "lost_reply"),
        "videos": ("500", "503"),
    },
    "instagram": {
        "container": ("500", "drop"),
        "upload": ("500", "drop"),
        "status": ("500",),
        "publish": ("500", "drop", "lost_reply"),
    },
}
# The documented budgets, raised for a 100-clip run (TikTok allows 6 uploads a minute per
# account and about 15 posts a day; YouTube 100 uploads a day per project; Instagram reads
# its cap at runtime): the bench measures recovery, not a day of waiting.
BENCH_RATE_LIMITS = (
    "tiktok.video_init=600/60,tiktok.creator_info=600/60,tiktok.status_fetch=3000/60,"
    "youtube.videos_insert=1000/86400"
)


class Chaos:
    """Mixed into a fake: after `arm`, a seeded random fault on `rate` of posting calls."""

    def arm(self, *, rate: float, seed: int, kinds: dict[str, tuple[str, ...]]) -> None:
        self._chaos = (rate, random.Random(seed), threading.Lock(), kinds)
        self.injected: Counter[str] = Counter()

    def take_fault(self, op: str) -> str | None:
        scripted = super().take_fault(op)  # type: ignore[misc]
        chaos = getattr(self, "_chaos", None)
        if scripted is not None or chaos is None or op not in chaos[3]:
            return scripted
        rate, rng, lock, kinds = chaos
        with lock:
            if rng.random() >= rate:
                return None
            kind = rng.choice(kinds[op])
            self.injected[f"{op}:{kind}"] += 1
        return kind


class ChaosTikTok(Chaos, FakeTikTok):
    pass


class ChaosYouTube(Chaos, FakeYouTube):
    pass


class ChaosInstagram(Chaos, FakeInstagram):
    pass


def platform_env(fakes: dict[str, Any]) -> dict[str, str]:
    names = {
        "tiktok": ("TIKTOK_CLIENT_KEY", "TIKTOK_CLIENT_SECRET", "TIKTOK_API_BASE"),
        "youtube": ("YOUTUBE_CLIENT_ID", "YOUTUBE_CLIENT_SECRET", "YOUTUBE_API_BASE"),
        "instagram": ("INSTAGRAM_APP_ID", "INSTAGRAM_APP_SECRET", "INSTAGRAM_API_BASE"),
    }
    env: dict[str, str] = {}
    for platform, fake in fakes.items():
        key, secret, base = names[platform]
        env |= {key: fake.client_id, secret: fake.client_secret, base: fake.url}
    return env


def connect_accounts(workspace, user, fakes: dict[str, Any]) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Each account through its real OAuth flow: consent page, Allow, code exchange."""
    from django.contrib.sessions.backends.db import SessionStore

    from accounts.models import Membership
    from publishing import connect

    membership = Membership.objects.get(workspace=workspace, user=user)
    accounts = {}
    for platform, fake in fakes.items():
        session = SessionStore()
        url = connect.connect_begin(
            session=session, workspace=workspace, membership=membership, platform=platform
        )
        params = {k: v[0] for k, v in parse_qs(urlsplit(fake.approve(url)).query).items()}
        accounts[platform] = connect.connect_complete(
            session=session,
            workspace=workspace,
            membership=membership,
            platform=platform,
            params=params,
        )
    return accounts


def make_clips(workspace, count: int) -> list[Any]:  # type: ignore[no-untyped-def]
    """Delivered, signed clips in storage (MP4-shaped: the fakes judge their boxes)."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from pipeline.models import Clip, Job, Photo

    clips = []
    for i in range(count):
        photo = Photo.objects.create(
            workspace=workspace,
            original_name=f"bench-{i}.jpg",
            sha256=hashlib.sha256(f"bench-photo-{i}".encode()).hexdigest(),
            image="bench.jpg",
            thumbnail="bench.jpg",
            mime="image/jpeg",
            width=720,
            height=1280,
            size_bytes=1,
        )
        job = Job.objects.create(
            workspace=workspace, photo=photo, prompt=f"clip {i}", status="delivered"
        )
        data = make_clip(duration_s=5.0, size=300_000 + i)
        clips.append(
            Clip.objects.create(
                workspace=workspace,
                job=job,
                video=default_storage.save(
                    f"clips/{workspace.pk}/{job.pk}/clip.mp4", ContentFile(data)
                ),
                poster=default_storage.save(
                    f"clips/{workspace.pk}/{job.pk}/poster.jpg", ContentFile(b"j")
                ),
                width=720,
                height=1280,
                frames=120,
                duration_s=5.0,
                size_bytes=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                signed=True,
            )
        )
    return clips


def post_tags(fakes: dict[str, Any]) -> dict[str, Counter[str]]:
    """How many posts each clip got on each platform, from the fakes' own record."""

    def tag(text: str) -> str:
        return text.split("\n", 1)[0].strip()

    return {
        "tiktok": Counter(tag(p["post_info"]["title"]) for p in fakes["tiktok"].posts),
        "youtube": Counter(tag(p["resource"]["snippet"]["title"]) for p in fakes["youtube"].posts),
        "instagram": Counter(tag(p["params"]["caption"]) for p in fakes["instagram"].posts),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clips", type=int, default=100)
    parser.add_argument("--fault-rate", type=float, default=0.10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--deadline-s", type=float, default=1200)
    parser.add_argument("--redis-db", type=int, default=13)
    args = parser.parse_args()

    fakes: dict[str, Any] = {
        "tiktok": ChaosTikTok(),
        "youtube": ChaosYouTube(),
        "instagram": ChaosInstagram(),
    }
    for fake in fakes.values():
        fake.start()
    fakes["tiktok"].daily_cap = fakes["tiktok"].init_per_minute = 10_000
    fakes["youtube"].insert_calls_left = 10_000
    fakes["youtube"].retry_after = "5"
    fakes["instagram"].quota_total = 10_000
    settings_env = {
        **platform_env(fakes),
        "TIKTOK_APP_AUDITED": "true",
        "INSTAGRAM_UPLOAD": "resumable",
        "PUBLISHING_RATE_LIMITS": BENCH_RATE_LIMITS,
        "PUBLISHING_RETRY_BASE_S": "2",
        "PUBLISHING_POLL_BASE_S": "1",
        "PUBLISHING_POLL_MAX_S": "10",
        "PUBLISHING_HTTP_TIMEOUT_S": "10",
        "PUBLISHING_HEARTBEAT_S": "1",
        "PUBLISHING_STALE_AFTER_S": "10",
    }
    stack = Stack(db_name="sm_bench_publish", redis_db=args.redis_db, extra_env=settings_env)
    load_before = os.getloadavg()
    try:
        stack.up()
        run(stack, fakes, args, load_before)
    finally:
        for fake in fakes.values():
            fake.stop()
        stack.down()


def run(stack: Stack, fakes: dict[str, Any], args: argparse.Namespace, load_before) -> None:  # type: ignore[no-untyped-def]
    from django.db.models import Count
    from django.utils import timezone

    from accounts.models import User
    from accounts.services import workspace_create
    from publishing import services
    from publishing.models import ENDED_STATES, Publication, PublicationEvent, PublicationState
    from publishing.tasks import publications_due

    user = User.objects.create_user(email="bench@publish.test", password="bench-password-1")
    workspace = workspace_create(user=user, name="Publishing bench")
    accounts = connect_accounts(workspace, user, fakes)
    clips = make_clips(workspace, args.clips)
    for platform, fake in fakes.items():
        fake.arm(rate=args.fault_rate, seed=args.seed + len(platform), kinds=FAULTS[platform])

    with Workers(stack, count=args.workers):
        started = time.monotonic()
        for clip in clips:
            for account in accounts.values():
                services.publication_create(
                    workspace=workspace,
                    clip=clip,
                    account=account,
                    caption=f"clip {clip.job.prompt.split()[-1]}",
                    hashtags=["bench"],
                    user=user,
                )
        total = Publication.objects.count()
        expired_at = None
        last_sweep = 0.0
        while time.monotonic() - started < args.deadline_s:
            ended = Publication.objects.filter(state__in=ENDED_STATES).count()
            if expired_at is None and ended >= total // 2:
                fakes["tiktok"].expire_access_tokens()  # one token dies mid-run
                expired_at = ended
            if ended == total:
                break
            if time.monotonic() - last_sweep > 5:  # what beat does every 15 s
                publications_due.delay()
                last_sweep = time.monotonic()
            time.sleep(0.5)
        wall_s = time.monotonic() - started

    rows = list(Publication.objects.select_related("clip__job"))
    counts = post_tags(fakes)
    table_rows, all_live, all_working = [], [], []
    for platform in ("tiktok", "youtube", "instagram"):
        mine = [r for r in rows if r.platform == platform]
        published = [r for r in mine if r.state == PublicationState.PUBLISHED]
        once = [r for r in published if counts[platform][r.caption] == 1]
        duplicates = sum(n - 1 for n in counts[platform].values() if n > 1)
        live = [(r.published_at - r.created_at).total_seconds() for r in published]
        working = [
            (r.published_at - r.started_at).total_seconds() for r in published if r.started_at
        ]
        all_live += live
        all_working += working
        retries = PublicationEvent.objects.filter(
            publication__platform=platform, kind="retry"
        ).count()
        table_rows.append(
            [
                platform,
                len(mine),
                len(published),
                f"{100 * len(once) / len(mine):.1f} %" if mine else "n/a",
                duplicates,
                sum(1 for r in mine if r.state == PublicationState.FAILED),
                sum(1 for r in mine if r.state not in ENDED_STATES),
                sum(fakes[platform].injected.values()),
                retries,
                fmt(pct(live, 50), "s"),
                fmt(pct(live, 95), "s"),
                fmt(pct(working, 95), "s"),
            ]
        )
    published_total = sum(1 for r in rows if r.state == PublicationState.PUBLISHED)
    once_total = sum(
        1
        for r in rows
        if r.state == PublicationState.PUBLISHED and counts[r.platform][r.caption] == 1
    )
    duplicates_total = sum(n - 1 for c in counts.values() for n in c.values() if n > 1)
    table_rows.append(
        [
            "all",
            len(rows),
            published_total,
            f"{100 * once_total / len(rows):.1f} %",
            duplicates_total,
            sum(1 for r in rows if r.state == PublicationState.FAILED),
            sum(1 for r in rows if r.state not in ENDED_STATES),
            sum(sum(f.injected.values()) for f in fakes.values()),
            PublicationEvent.objects.filter(kind="retry").count(),
            fmt(pct(all_live, 50), "s"),
            fmt(pct(all_live, 95), "s"),
            fmt(pct(all_working, 95), "s"),
        ]
    )
    print(
        table(
            f"Publishing {args.clips} clips to 3 accounts, {args.fault_rate:.0%} platform faults, "
            f"{args.workers} workers, TikTok tokens expired after {expired_at} of {len(rows)} ended",
            [
                "platform",
                "publications",
                "published",
                "published exactly once",
                "duplicates",
                "failed",
                "unfinished",
                "faults injected",
                "retries",
                "p50 to live",
                "p95 to live",
                "p95 first try to live",
            ],
            table_rows,
        )
    )
    injected = Counter()
    for platform, fake in fakes.items():
        for kind, n in fake.injected.items():
            injected[f"{platform} {kind}"] += n
    print(table("Faults injected", ["where", "count"], sorted(injected.items())))
    failures = Counter(
        (r.platform, r.failure_code, r.failure_reason[:70]) for r in rows if r.state == "failed"
    )
    if failures:
        print(
            table(
                "Failures",
                ["platform", "code", "reason", "n"],
                [[*k, n] for k, n in failures.items()],
            )
        )
    refreshes = sum(
        1
        for r in fakes["tiktok"].requests_to("POST", "/v2/oauth/token/")
        if b"grant_type=refresh_token" in r.body
    )
    sessions = {
        "tiktok": len(fakes["tiktok"].publishes),
        "youtube": len(fakes["youtube"].sessions),
        "instagram": len(fakes["instagram"].containers),
    }
    by_state = dict(
        Publication.objects.values_list("state").annotate(n=Count("id")).values_list("state", "n")
    )
    print(
        table(
            "Run",
            ["figure", "value"],
            [
                ["wall clock, first queued to last ended", fmt(wall_s, "s")],
                ["states", ", ".join(f"{k} {v}" for k, v in sorted(by_state.items()))],
                ["TikTok token refreshes (rotating)", refreshes],
                [
                    "upload sessions started (TikTok / YouTube / Instagram)",
                    " / ".join(str(sessions[p]) for p in ("tiktok", "youtube", "instagram")),
                ],
                ["retry / poll settings", "PUBLISHING_RETRY_BASE_S=2, PUBLISHING_POLL_BASE_S=1"],
                ["budgets (raised for the bench)", BENCH_RATE_LIMITS],
                ["load average before / after", f"{load_before[0]:.2f} / {os.getloadavg()[0]:.2f}"],
                ["finished at", timezone.now().isoformat(timespec="seconds")],
            ],
        )
    )


if __name__ == "__main__":
    main()
