"""Auto-publish rules: posting times spread over the chosen hours, at most N a day in the
rule's time zone, and rules applied when a batch completes or a clip is delivered."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from batches.models import Batch
from batches.services import batch_complete_if_done
from pipeline.models import Job
from pipeline.signals import job_finished
from publishing import services
from publishing.models import AutoPublishRule, Publication, PublicationState, RuleScope
from publishing.schedule import day_slots, next_slots

PARIS = ZoneInfo("Europe/Paris")


def _local(slots: list[datetime], tz: ZoneInfo = PARIS) -> list[str]:
    return [s.astimezone(tz).strftime("%m-%d %H:%M") for s in slots]


# -- the slot planner (pure) -----------------------------------------------------------------
def test_three_a_day_over_three_hours_post_on_the_hour():
    slots = day_slots(date(2027, 1, 12), hours=[18, 9, 13], per_day=3, tz=PARIS)
    assert _local(slots) == ["01-12 09:00", "01-12 13:00", "01-12 18:00"]
    assert slots[0] == datetime(2027, 1, 12, 8, 0, tzinfo=UTC)  # Paris is UTC+1 in winter


def test_fewer_posts_than_hours_spread_evenly_over_the_window():
    slots = day_slots(date(2027, 1, 12), hours=range(9, 18), per_day=2, tz=PARIS)
    assert _local(slots) == ["01-12 09:00", "01-12 13:30"]


def test_more_posts_than_hours_share_each_hour():
    slots = day_slots(date(2027, 1, 12), hours=[9, 18], per_day=6, tz=PARIS)
    assert _local(slots) == [
        "01-12 09:00", "01-12 09:20", "01-12 09:40", "01-12 18:00", "01-12 18:20", "01-12 18:40"
    ]  # fmt: skip


def test_summer_time_is_respected():
    [slot] = day_slots(date(2027, 7, 1), hours=[9], per_day=1, tz=PARIS)
    assert slot == datetime(2027, 7, 1, 7, 0, tzinfo=UTC)


def test_next_slots_skip_past_times_and_fill_day_after_day():
    now = datetime(2027, 1, 12, 10, 0, tzinfo=PARIS)
    slots = next_slots(5, hours=[9, 13, 18], per_day=3, time_zone="Europe/Paris", now=now)
    assert _local(slots) == [
        "01-12 13:00", "01-12 18:00", "01-13 09:00", "01-13 13:00", "01-13 18:00"
    ]  # fmt: skip


def test_next_slots_count_what_is_already_taken_against_the_daily_cap():
    now = datetime(2027, 1, 12, 7, 0, tzinfo=PARIS)
    taken = [datetime(2027, 1, 12, 9, 0, tzinfo=PARIS), datetime(2027, 1, 12, 18, 0, tzinfo=PARIS)]
    slots = next_slots(
        3, hours=[9, 13, 18], per_day=3, time_zone="Europe/Paris", now=now, taken=taken
    )
    assert _local(slots) == ["01-12 13:00", "01-13 09:00", "01-13 13:00"]


def test_an_unknown_zone_falls_back_to_utc():
    now = datetime(2027, 1, 12, 0, 0, tzinfo=UTC)
    [slot] = next_slots(1, hours=[9], per_day=1, time_zone="Mars/Olympus", now=now)
    assert slot == datetime(2027, 1, 12, 9, 0, tzinfo=UTC)


# -- rules applied by the signals ----------------------------------------------------------------
@pytest.fixture
def rule_for(workspace, owner):  # type: ignore[no-untyped-def]
    from accounts.models import Membership

    def make(account, **kw):  # type: ignore[no-untyped-def]
        defaults = {
            "name": "A batch a day",
            "scope": RuleScope.EVERY_BATCH,
            "batch": None,
            "caption_template": "{prompt} · {batch}",
            "hashtags": ["cinemagraph"],
            "privacy": "public",
            "max_per_day": 3,
            "hours": [9, 13, 18],
            "time_zone": "Europe/Paris",
        }
        return services.rule_create(
            workspace=workspace,
            membership=Membership.objects.get(workspace=workspace, user=owner),
            account=account,
            **{**defaults, **kw},
        )

    return make


@pytest.mark.django_db
def test_a_completed_batch_is_spread_over_the_chosen_hours_at_most_n_a_day(
    connect, rule_for, workspace, make_clip_row, django_capture_on_commit_callbacks
):
    account = connect("tiktok")
    rule = rule_for(account)
    batch = Batch.objects.create(workspace=workspace, name="Harbour", total=7, status="running")
    clips = [make_clip_row(batch_id=batch.pk, prompt=f"shot {i}") for i in range(7)]
    with django_capture_on_commit_callbacks(execute=True):
        assert batch_complete_if_done(batch_id=batch.pk)
    rows = list(Publication.objects.filter(rule=rule).order_by("scheduled_for"))
    assert len(rows) == 7
    assert [r.clip_id for r in rows] == [c.pk for c in clips]  # in the batch's order
    local = [timezone.localtime(r.scheduled_for, PARIS) for r in rows]
    assert all((t.hour, t.minute) in {(9, 0), (13, 0), (18, 0)} for t in local)
    per_day = Counter(t.date() for t in local)
    assert max(per_day.values()) <= 3 and len(per_day) >= 3
    days = sorted(per_day)
    assert days == [days[0] + timedelta(days=i) for i in range(len(days))]  # no gaps
    assert all(r.scheduled_for > timezone.now() for r in rows)
    assert rows[0].caption == "shot 0 · Harbour" and rows[0].hashtags == ["cinemagraph"]
    assert all(r.state == PublicationState.SCHEDULED for r in rows)


@pytest.mark.django_db
def test_a_batch_completing_twice_schedules_nothing_new(
    connect, rule_for, workspace, make_clip_row
):
    account = connect("youtube")
    rule_for(account)
    batch = Batch.objects.create(workspace=workspace, name="b", total=2, status="running")
    for _ in range(2):
        make_clip_row(batch_id=batch.pk)
    assert services.rules_apply_to_batch(batch_id=batch.pk) == 2
    assert services.rules_apply_to_batch(batch_id=batch.pk) == 0
    assert Publication.objects.count() == 2


@pytest.mark.django_db
def test_a_one_batch_rule_ignores_other_batches(connect, rule_for, workspace, make_clip_row):
    account = connect("instagram")
    mine = Batch.objects.create(workspace=workspace, name="mine", total=1, status="running")
    other = Batch.objects.create(workspace=workspace, name="other", total=1, status="running")
    rule_for(account, scope=RuleScope.ONE_BATCH, batch=mine)
    make_clip_row(batch_id=mine.pk)
    make_clip_row(batch_id=other.pk)
    assert services.rules_apply_to_batch(batch_id=other.pk) == 0
    assert services.rules_apply_to_batch(batch_id=mine.pk) == 1


@pytest.mark.django_db
def test_every_clip_rules_schedule_a_clip_when_it_is_delivered(connect, rule_for, workspace, clip):
    account = connect("tiktok")
    rule_for(account, scope=RuleScope.EVERY_CLIP, max_per_day=1, hours=[12])
    job_finished.send_robust(
        sender=Job,
        job_id=str(clip.job_id),
        workspace_id=str(workspace.pk),
        status="delivered",
        batch_id=None,
    )
    [publication] = Publication.objects.all()
    local = timezone.localtime(publication.scheduled_for, PARIS)
    assert (local.hour, local.minute) == (12, 0)


@pytest.mark.django_db
def test_a_paused_rule_schedules_nothing(connect, rule_for, workspace, make_clip_row, owner):
    from accounts.models import Membership

    account = connect("tiktok")
    rule = rule_for(account)
    services.rule_set_enabled(
        workspace=workspace,
        membership=Membership.objects.get(user=owner, workspace=workspace),
        rule=rule,
        enabled=False,
    )
    batch = Batch.objects.create(workspace=workspace, name="b", total=1, status="running")
    make_clip_row(batch_id=batch.pk)
    assert services.rules_apply_to_batch(batch_id=batch.pk) == 0


# -- the rules page ------------------------------------------------------------------------------
@pytest.mark.django_db
def test_admins_create_rules_on_the_page(connect, admin_user, workspace, client_for):
    account = connect("youtube")
    client = client_for(admin_user, workspace)
    response = client.post(
        reverse("publishing_rules"),
        {
            "name": "Evenings",
            "account": str(account.pk),
            "scope": RuleScope.EVERY_BATCH,
            "caption_template": "{prompt}",
            "hashtags": "#shorts #ai",
            "privacy": "unlisted",
            "max_per_day": "2",
            "hours": ["18", "21"],
            "time_zone": "America/New_York",
        },
    )
    assert response.status_code == 302
    rule = AutoPublishRule.objects.get()
    assert rule.hours == [18, 21] and rule.hashtags == ["shorts", "ai"]
    assert rule.time_zone == "America/New_York" and rule.created_by == admin_user
    page = client.get(reverse("publishing_rules")).content.decode()
    assert "Evenings" in page and "at most <strong>2</strong> a day" in page


@pytest.mark.django_db
def test_members_cannot_create_rules(connect, member, workspace, client_for):
    account = connect("youtube")
    client = client_for(member, workspace)
    page = client.get(reverse("publishing_rules")).content.decode()
    assert "Only workspace admins and the owner can create rules." in page
    client.post(
        reverse("publishing_rules"),
        {
            "account": str(account.pk),
            "scope": RuleScope.EVERY_BATCH,
            "caption_template": "{prompt}",
            "privacy": "public",
            "max_per_day": "2",
            "hours": ["9"],
            "time_zone": "UTC",
        },
    )
    assert not AutoPublishRule.objects.exists()
