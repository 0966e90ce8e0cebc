"""When auto-published posts go out: at most N a day, spread evenly over chosen hours.

Pure functions over datetimes (no database): `day_slots` lays a day's N posting times over
the chosen hours (N = 3 over 9, 13 and 18 gives 9:00, 13:00, 18:00; N = 2 over 9-17 gives
9:00 and 13:30), and `next_slots` hands out the earliest free ones from now on, day after
day, skipping days whose quota is already taken.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MAX_DAYS_AHEAD = 366


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def day_slots(day: date, *, hours: Sequence[int], per_day: int, tz: ZoneInfo) -> list[datetime]:
    """The day's `per_day` posting times (aware, UTC), evenly over the sorted `hours`."""
    chosen = sorted({h for h in hours if 0 <= h <= 23}) or [12]
    if per_day <= 0:
        return []
    slots: list[datetime] = []
    for i in range(per_day):
        position = i * len(chosen) / per_day
        hour = chosen[int(position)]
        minute = round((position - int(position)) * 60)
        local = datetime(day.year, day.month, day.day, hour, min(minute, 59), tzinfo=tz)
        slots.append(local.astimezone(UTC))
    return sorted(slots)


def next_slots(
    count: int,
    *,
    hours: Sequence[int],
    per_day: int,
    time_zone: str,
    now: datetime,
    taken: Iterable[datetime] = (),
    lead: timedelta = timedelta(minutes=1),
) -> list[datetime]:
    """`count` posting times from `now + lead` on, never more than `per_day` on one local
    day counting the already `taken` times, and never a time that is already taken."""
    if count <= 0 or per_day <= 0:
        return []
    tz = zone(time_zone)
    taken = list(taken)
    used_per_day = Counter(t.astimezone(tz).date() for t in taken)
    taken_exact = {t.astimezone(UTC).replace(microsecond=0) for t in taken}
    earliest = now + lead
    day = now.astimezone(tz).date()
    out: list[datetime] = []
    for _ in range(MAX_DAYS_AHEAD):
        room = per_day - used_per_day[day]
        if room > 0:
            for slot in day_slots(day, hours=hours, per_day=per_day, tz=tz):
                if room <= 0 or len(out) == count:
                    break
                if slot < earliest or slot.replace(microsecond=0) in taken_exact:
                    continue
                out.append(slot)
                room -= 1
        if len(out) == count:
            return out
        day += timedelta(days=1)
    return out
