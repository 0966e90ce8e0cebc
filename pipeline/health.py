"""Per-provider health for operators: success rate, latency, breaker state, spend today."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.utils import timezone

from pipeline.models import Attempt, AttemptStatus


@dataclass
class ProviderHealth:
    provider: str
    attempts_24h: int
    success_rate: float | None
    p50_ms: int | None
    p95_ms: int | None
    spend_today_cents: int
    breaker: str


def _percentile(values: list[int], share: float) -> int | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def provider_health() -> list[ProviderHealth]:
    from pipeline.generation import circuit_breaker, enabled_provider_names

    now = timezone.now()
    since = now - timezone.timedelta(hours=24)
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    ended = Attempt.objects.filter(started_at__gte=since).exclude(
        status__in=[AttemptStatus.RUNNING, AttemptStatus.ABANDONED]
    )
    stats = {
        row["provider"]: row
        for row in ended.values("provider").annotate(
            total=Count("id"),
            ok=Count("id", filter=~Q(status=AttemptStatus.FAILED)),
        )
    }
    spend = dict(
        Attempt.objects.filter(started_at__gte=today)
        .values_list("provider")
        .annotate(total=Sum("cost_cents"))
    )
    names = list(dict.fromkeys([*enabled_provider_names(), *stats.keys()]))
    breaker = circuit_breaker()
    rows = []
    for name in names:
        latencies = list(
            ended.filter(provider=name, latency_ms__isnull=False).values_list(
                "latency_ms", flat=True
            )[:5000]
        )
        row = stats.get(name, {"total": 0, "ok": 0})
        try:
            state = str(breaker.state(name))
        except Exception:  # a breaker backend that is down must not hide the page
            state = "unknown"
        rows.append(
            ProviderHealth(
                provider=name,
                attempts_24h=row["total"],
                success_rate=(row["ok"] / row["total"]) if row["total"] else None,
                p50_ms=_percentile(latencies, 0.5),
                p95_ms=_percentile(latencies, 0.95),
                spend_today_cents=int(spend.get(name) or 0),
                breaker=state,
            )
        )
    return rows
