"""Writes of publishing: the workspace's policy, connected accounts (saved encrypted,
disconnected with a revoke), publications (validated, safety-checked, scheduled once per clip
and account) and auto-publish rules (posts spread over the chosen hours).

The publishing itself runs in `publishing.publisher`, from Celery tasks on the light queue.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import Membership, Role, User, Workspace
from batches.models import Batch
from engine.safety.screening import check_caption
from pipeline.models import Clip, Job, JobStatus
from publishing import schedule, tasks
from publishing.clients import platform_client
from publishing.errors import (
    CaptionBlocked,
    PlatformNotConfigured,
    PublicationConflict,
    PublishingForbidden,
    PublishingRuleViolated,
)
from publishing.limits import UNAUDITED_NOTE, clip_problems, static_limits, tiktok_private_only
from publishing.models import (
    ACTIVE_STATES,
    AccountStatus,
    AutoPublishRule,
    ConnectedAccount,
    Platform,
    Privacy,
    Publication,
    PublicationEvent,
    PublicationState,
    PublishingSettings,
    RuleScope,
    WhoMayPublish,
)
from publishing.platforms import AccountInfo, PlatformError, TokenSet
from publishing.signals import publication_finished
from publishing.vault import TokensUnreadable, seal, unseal

logger = logging.getLogger(__name__)

MAX_HASHTAGS = 30
MAX_SCHEDULE_AHEAD = timedelta(days=180)
PAST_GRACE = timedelta(minutes=5)
# Due within this, a publication is queued straight away; later ones wait for the sweeper.
QUEUE_AHEAD_S = 300
_HASHTAG = re.compile(r"^[^\W][\w]*$", re.UNICODE)


# -- policy ------------------------------------------------------------------------------------
def settings_ensure(*, workspace: Workspace) -> PublishingSettings:
    row = PublishingSettings.objects.filter(workspace=workspace).first()
    if row is not None:
        return row
    try:
        with transaction.atomic():
            return PublishingSettings.objects.create(workspace=workspace)
    except IntegrityError:
        return PublishingSettings.objects.get(workspace=workspace)


def require_manage(membership: Membership | None, action: str) -> None:
    """Owners and admins connect accounts and write rules."""
    if membership is None or not membership.has_role(Role.ADMIN):
        raise PublishingForbidden(f"Only workspace admins and the owner can {action}.")


def may_publish(*, workspace: Workspace, membership: Membership | None) -> bool:
    """None is an API key of the workspace (only admins create keys) or one of its rules."""
    if membership is None:
        return True
    policy = settings_ensure(workspace=workspace).who_may_publish
    return policy == WhoMayPublish.MEMBERS or membership.has_role(Role.ADMIN)


def require_publish(*, workspace: Workspace, membership: Membership | None) -> None:
    if not may_publish(workspace=workspace, membership=membership):
        raise PublishingForbidden(
            "In this workspace only admins and the owner can publish clips. Ask one of them, "
            "or ask them to let every member publish on the Accounts page."
        )


@transaction.atomic
def settings_update(
    *, workspace: Workspace, membership: Membership, who_may_publish: str
) -> PublishingSettings:
    require_manage(membership, "change who may publish")
    row = settings_ensure(workspace=workspace)
    row.who_may_publish = WhoMayPublish(who_may_publish)
    row.updated_at = timezone.now()
    row.save(update_fields=["who_may_publish", "updated_at"])
    return row


# -- connected accounts ------------------------------------------------------------------------
def _token_fields(token: TokenSet) -> dict[str, Any]:
    return {
        "tokens": seal(token),
        "token_expires_at": token.expires_at,
        "refresh_expires_at": token.refresh_expires_at,
        "scopes": list(token.scopes),
    }


@transaction.atomic
def account_save(
    *,
    workspace: Workspace,
    user: User | None,
    platform: str,
    token: TokenSet,
    info: AccountInfo | None = None,
    username: str | None = None,
) -> ConnectedAccount:
    """Store a freshly authorised account (encrypted), or refresh the one it reconnects.
    Publications that stopped because the account needed reconnecting start again."""
    external_id = (info.account_id if info and info.account_id else None) or token.account_id
    if not external_id:
        raise PublishingRuleViolated(
            "The platform did not tell us which account was connected. Please connect again."
        )
    now = timezone.now()
    fields = {
        **_token_fields(token),
        "name": ((info.name if info else "") or token.account_name or "")[:200],
        "username": (username or (info.username if info else "") or "")[:200],
        "avatar_url": ((info.avatar_url if info else "") or "")[:500],
        "status": AccountStatus.CONNECTED,
        "last_error": "",
        "last_error_at": None,
        "last_refreshed_at": now,
        "connected_by": user,
        "updated_at": now,
    }
    account, created = ConnectedAccount.objects.select_for_update().get_or_create(
        workspace=workspace, platform=platform, external_id=external_id, defaults=fields
    )
    if not created:
        for name, value in fields.items():
            if name in ("username", "avatar_url", "name") and not value:
                continue  # keep what we knew when the platform did not say again
            setattr(account, name, value)
        account.save()
        waiting = Publication.objects.filter(
            workspace=workspace,
            account=account,
            state=PublicationState.FAILED,
            failure_code="reconnect_needed",
        )
        for publication in waiting:
            _rearm(publication, when=now, note="The account was reconnected; publishing again.")
    return account


def account_store_tokens(*, account: ConnectedAccount, token: TokenSet) -> None:
    """Save refreshed tokens (TikTok rotates its refresh token: save before using)."""
    fields = {**_token_fields(token), "last_refreshed_at": timezone.now()}
    ConnectedAccount.objects.filter(pk=account.pk).update(**fields, updated_at=timezone.now())
    for name, value in fields.items():
        setattr(account, name, value)


def account_mark_broken(*, account_id: Any, reason: str) -> None:
    """The grant is gone or lacks a permission: only the person can fix it by reconnecting."""
    ConnectedAccount.objects.filter(pk=account_id).update(
        status=AccountStatus.NEEDS_RECONNECT,
        last_error=reason[:500],
        last_error_at=timezone.now(),
        updated_at=timezone.now(),
    )


def account_note_error(*, account_id: Any, reason: str) -> None:
    """A problem worth showing on the account's health (a daily cap reached...)."""
    ConnectedAccount.objects.filter(pk=account_id).update(
        last_error=reason[:500], last_error_at=timezone.now()
    )


def account_note_published(*, account_id: Any) -> None:
    ConnectedAccount.objects.filter(pk=account_id).update(
        last_published_at=timezone.now(), last_error="", last_error_at=None
    )


def account_mark_private_only(*, account_id: Any) -> None:
    ConnectedAccount.objects.filter(pk=account_id).update(private_only=True)


def account_disconnect(
    *, workspace: Workspace, membership: Membership, account: ConnectedAccount
) -> bool:
    """Revoke our access on the platform, then delete the account and its tokens; posts not
    yet made fail with the reason, and its rules go. True when the platform confirmed the
    revoke (False: our copy is deleted anyway; the person can remove the app there)."""
    require_manage(membership, "disconnect accounts")
    if account.workspace_id != workspace.pk:
        raise PublishingRuleViolated("That account isn't in this workspace.")
    revoked = False
    try:
        token = unseal(account.tokens)
        with platform_client(account.platform) as client:
            revoked = bool(client.revoke(token))
    except (PlatformError, TokensUnreadable, PlatformNotConfigured) as exc:
        logger.warning(
            "publishing: revoking %s account %s failed: %r", account.platform, account.pk, exc
        )
    with transaction.atomic():
        pending = Publication.objects.select_for_update().filter(
            workspace=workspace, account=account, state__in=ACTIVE_STATES
        )
        for publication in pending:
            publication_fail(
                publication,
                code="account_disconnected",
                reason=f"{account.display_name} was disconnected before this was posted.",
            )
        ConnectedAccount.objects.filter(pk=account.pk, workspace=workspace).delete()
    return revoked


# -- captions ----------------------------------------------------------------------------------
def hashtags_clean(raw: str | Sequence[str]) -> list[str]:
    """Hashtags without '#', split on spaces and commas, each a single word, at most 30."""
    items = raw.replace(",", " ").split() if isinstance(raw, str) else list(raw)
    tags: list[str] = []
    for item in items:
        tag = str(item).strip().lstrip("#")
        if not tag:
            continue
        if not _HASHTAG.match(tag) or len(tag) > 100:
            raise PublishingRuleViolated(
                f"“#{tag}” is not a hashtag: use letters, numbers and underscores only.",
                field="hashtags",
            )
        if tag.lower() not in (t.lower() for t in tags):
            tags.append(tag)
    if len(tags) > MAX_HASHTAGS:
        raise PublishingRuleViolated(
            f"Use at most {MAX_HASHTAGS} hashtags (you have {len(tags)}).", field="hashtags"
        )
    return tags


def caption_compose(caption: str, hashtags: Sequence[str]) -> str:
    """What the platform gets as the caption: the text, then the hashtags."""
    text = caption.strip()
    tags = " ".join(f"#{t}" for t in hashtags)
    return f"{text}\n\n{tags}".strip() if tags else text


def caption_check(*, caption: str, hashtags: Sequence[str]) -> None:
    """The third safety checkpoint: nothing is sent when the caption or hashtags fail."""
    verdict = check_caption(caption=caption, hashtags=list(hashtags))
    if not verdict.allowed:
        category = str(verdict.category or "unsafe").replace("_", " ")
        raise CaptionBlocked(
            f"This caption can't be posted: the safety check flagged it ({category}). "
            "Change the caption or hashtags and try again."
        )


def _caption_length(platform: str, text: str) -> int:
    if platform == Platform.TIKTOK:
        return len(text.encode("utf-16-le")) // 2
    if platform == Platform.YOUTUBE:
        return len(text.encode())
    return len(text)


# -- publications ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PublicationResult:
    publication: Publication
    created: bool  # False: the clip was already scheduled or posted to this account


def publication_event(publication: Publication, kind: str, message: str) -> None:
    PublicationEvent.objects.create(
        publication=publication,
        workspace_id=publication.workspace_id,
        kind=kind,
        message=message[:500],
    )


def _enqueue_when_due(publication_id: str, when: datetime) -> None:
    delay = (when - timezone.now()).total_seconds()
    if delay <= QUEUE_AHEAD_S:
        transaction.on_commit(
            lambda: tasks.publish_publication.apply_async(
                (publication_id,), countdown=max(0.0, delay), queue="light"
            )
        )


def _privacy_for(account: ConnectedAccount, privacy: str) -> tuple[str, str]:
    """(privacy to use, note) - an unaudited TikTok app posts "Only me" whatever was asked."""
    if tiktok_private_only(account) and privacy != Privacy.PRIVATE:
        return Privacy.PRIVATE, UNAUDITED_NOTE
    allowed = [p.value for p in static_limits(account.platform).privacy_levels]
    if privacy not in allowed:
        labels = ", ".join(Privacy(p).label for p in allowed)
        raise PublishingRuleViolated(
            f"{account.get_platform_display()} can't post “{Privacy(privacy).label}”. "
            f"Choose one of: {labels}.",
            field="privacy",
        )
    return privacy, ""


def _check_clip(clip: Clip, account: ConnectedAccount) -> None:
    job: Job = clip.job
    if job.status != JobStatus.DELIVERED:
        raise PublishingRuleViolated("Only delivered clips can be published.", field="clip_id")
    if not clip.signed:
        raise PublishingRuleViolated(
            "This clip has no C2PA signature, and Stillmotion only publishes signed clips.",
            field="clip_id",
        )
    problems = clip_problems(clip, static_limits(account.platform), account.get_platform_display())
    if problems:
        raise PublishingRuleViolated(" ".join(problems), field="clip_id")


def _rearm(publication: Publication, *, when: datetime, note: str) -> None:
    """A failed or canceled publication, scheduled again (its saved session is kept, so a
    half-done upload resumes instead of starting a second post)."""
    publication.state = PublicationState.SCHEDULED
    publication.scheduled_for = when
    publication.next_attempt_at = when
    publication.tries = 0
    publication.polls = 0
    publication.failure_code = publication.failure_reason = publication.last_error = ""
    publication.error_detail = publication.status_note = ""
    publication.finished_at = None
    publication.claimed_by = ""
    publication.save()
    publication_event(publication, "info", note)
    _enqueue_when_due(str(publication.pk), when)


@transaction.atomic
def publication_create(
    *,
    workspace: Workspace,
    clip: Clip,
    account: ConnectedAccount,
    caption: str,
    hashtags: Sequence[str] = (),
    privacy: str = Privacy.PUBLIC,
    scheduled_for: datetime | None = None,
    time_zone: str = "UTC",
    user: User | None = None,
    membership: Membership | None = None,
    rule: AutoPublishRule | None = None,
) -> PublicationResult:
    """Schedule `clip` on `account` (now when `scheduled_for` is None). The caption and
    hashtags pass the safety check first. The same clip and account give the same
    publication: a second call returns it (a failed or canceled one is scheduled again)."""
    require_publish(workspace=workspace, membership=membership)
    if clip.workspace_id != workspace.pk or account.workspace_id != workspace.pk:
        raise PublishingRuleViolated("That clip or account isn't in this workspace.")
    if account.needs_reconnect:
        raise PublishingRuleViolated(
            f"{account.display_name} needs reconnecting before it can post: "
            f"{account.last_error or 'its sign-in expired.'}",
            field="account_id",
        )
    tags = hashtags_clean(hashtags)
    caption = caption.strip()
    label = account.get_platform_display()
    limit = static_limits(account.platform).max_caption_chars
    if _caption_length(account.platform, caption_compose(caption, tags)) > limit:
        raise PublishingRuleViolated(
            f"The caption with its hashtags is longer than {label} allows ({limit} characters).",
            field="caption",
        )
    privacy, privacy_note = _privacy_for(account, privacy)
    _check_clip(clip, account)
    caption_check(caption=caption, hashtags=tags)
    now = timezone.now()
    when = scheduled_for or now
    if when < now - PAST_GRACE:
        raise PublishingRuleViolated(
            "That time has already passed. Pick a time in the future, or publish now.",
            field="scheduled_for",
        )
    if when > now + MAX_SCHEDULE_AHEAD:
        raise PublishingRuleViolated(
            "Posts can be scheduled up to 180 days ahead.", field="scheduled_for"
        )
    when = max(when, now)
    fields = {
        "workspace": workspace,
        "account": account,
        "account_name": account.display_name[:200],
        "caption": caption,
        "hashtags": tags,
        "privacy": privacy,
        "privacy_note": privacy_note,
        "scheduled_for": when,
        "next_attempt_at": when,
        "time_zone": schedule.zone(time_zone).key,
        "created_by": user,
        "rule": rule,
    }
    existing = (
        Publication.objects.select_for_update()
        .filter(clip=clip, platform=account.platform, account_external_id=account.external_id)
        .first()
    )
    if existing is not None:
        if existing.state not in (PublicationState.FAILED, PublicationState.CANCELED):
            return PublicationResult(existing, created=False)
        for name, value in fields.items():
            setattr(existing, name, value)
        _rearm(existing, when=when, note=_scheduled_words(existing))
        return PublicationResult(existing, created=True)
    publication = Publication.objects.create(
        clip=clip, platform=account.platform, account_external_id=account.external_id, **fields
    )
    publication_event(publication, "info", _scheduled_words(publication))
    if privacy_note:
        publication_event(publication, "info", privacy_note)
    _enqueue_when_due(str(publication.pk), when)
    return PublicationResult(publication, created=True)


def _scheduled_words(publication: Publication) -> str:
    local = timezone.localtime(publication.scheduled_for, schedule.zone(publication.time_zone))
    if publication.scheduled_for <= timezone.now() + timedelta(seconds=30):
        return f"Queued to post to {publication.account_name} now."
    return (
        f"Scheduled for {local:%a %d %b %Y, %H:%M} ({publication.time_zone}) on "
        f"{publication.account_name}."
    )


@transaction.atomic
def publication_cancel(
    *, workspace: Workspace, membership: Membership | None, publication: Publication
) -> Publication:
    require_publish(workspace=workspace, membership=membership)
    locked = Publication.objects.select_for_update().get(pk=publication.pk, workspace=workspace)
    if locked.state != PublicationState.SCHEDULED or locked.session or locked.claimed_by:
        raise PublicationConflict(
            "Only posts that haven't started uploading can be canceled. This one is "
            f"{locked.get_state_display().lower()}."
        )
    locked.state = PublicationState.CANCELED
    locked.finished_at = timezone.now()
    locked.next_attempt_at = None
    locked.save(update_fields=["state", "finished_at", "next_attempt_at"])
    publication_event(locked, "info", "Canceled; nothing was posted.")
    return locked


@transaction.atomic
def publication_retry(
    *, workspace: Workspace, membership: Membership | None, publication: Publication
) -> Publication:
    require_publish(workspace=workspace, membership=membership)
    locked = Publication.objects.select_for_update().get(pk=publication.pk, workspace=workspace)
    if locked.state != PublicationState.FAILED:
        raise PublicationConflict("Only failed posts can be tried again.")
    account = locked.account
    if account is None:
        raise PublicationConflict(
            "The account of this post was disconnected. Connect it again and publish the clip "
            "from its Publish page."
        )
    if account.needs_reconnect:
        raise PublicationConflict(
            f"Reconnect {account.display_name} first; the post starts again by itself then."
        )
    caption_check(caption=locked.caption, hashtags=locked.hashtags)
    _rearm(locked, when=timezone.now(), note="Trying again.")
    return locked


def publication_fail(publication: Publication, *, code: str, reason: str, detail: str = "") -> None:
    """End a publication as failed (inside the caller's transaction); webhooks hear of it
    after commit."""
    now = timezone.now()
    Publication.objects.filter(pk=publication.pk).update(
        state=PublicationState.FAILED,
        failure_code=code[:60],
        failure_reason=reason[:500],
        error_detail=detail[:1000],
        finished_at=now,
        next_attempt_at=None,
        claimed_by="",
        status_note="",
    )
    publication.state = PublicationState.FAILED
    publication_event(publication, "failed", reason)
    _announce(publication, PublicationState.FAILED)


def _announce(publication: Publication, state: str) -> None:
    payload = {
        "publication_id": str(publication.pk),
        "workspace_id": str(publication.workspace_id),
        "state": state,
    }
    transaction.on_commit(lambda: publication_finished.send_robust(sender=Publication, **payload))


def publication_announce_published(publication: Publication) -> None:
    _announce(publication, PublicationState.PUBLISHED)


# -- auto-publish rules ------------------------------------------------------------------------
@transaction.atomic
def rule_create(
    *,
    workspace: Workspace,
    membership: Membership,
    account: ConnectedAccount,
    name: str,
    scope: str,
    batch: Batch | None,
    caption_template: str,
    hashtags: Sequence[str],
    privacy: str,
    max_per_day: int,
    hours: Sequence[int],
    time_zone: str,
) -> AutoPublishRule:
    require_manage(membership, "create auto-publish rules")
    if account.workspace_id != workspace.pk or (batch and batch.workspace_id != workspace.pk):
        raise PublishingRuleViolated("That account or batch isn't in this workspace.")
    if scope == RuleScope.ONE_BATCH and batch is None:
        raise PublishingRuleViolated("Choose the batch this rule publishes.", field="batch")
    if not 1 <= int(max_per_day) <= 50:
        raise PublishingRuleViolated("Post between 1 and 50 clips a day.", field="max_per_day")
    chosen = sorted({int(h) for h in hours if 0 <= int(h) <= 23})
    if not chosen:
        raise PublishingRuleViolated("Choose at least one hour to post in.", field="hours")
    tags = hashtags_clean(hashtags)
    privacy, _ = _privacy_for(account, privacy)
    caption_check(caption=caption_template.replace("{prompt}", ""), hashtags=tags)
    return AutoPublishRule.objects.create(
        workspace=workspace,
        account=account,
        name=name.strip()[:120] or f"Auto-publish to {account.display_name}",
        scope=RuleScope(scope),
        batch=batch if scope == RuleScope.ONE_BATCH else None,
        caption_template=caption_template.strip()[:2200] or "{prompt}",
        hashtags=tags,
        privacy=privacy,
        max_per_day=int(max_per_day),
        hours=chosen,
        time_zone=schedule.zone(time_zone).key,
        created_by=membership.user,
    )


@transaction.atomic
def rule_set_enabled(
    *, workspace: Workspace, membership: Membership, rule: AutoPublishRule, enabled: bool
) -> AutoPublishRule:
    require_manage(membership, "change auto-publish rules")
    AutoPublishRule.objects.filter(pk=rule.pk, workspace=workspace).update(enabled=enabled)
    rule.enabled = enabled
    return rule


@transaction.atomic
def rule_delete(*, workspace: Workspace, membership: Membership, rule: AutoPublishRule) -> None:
    require_manage(membership, "delete auto-publish rules")
    AutoPublishRule.objects.filter(pk=rule.pk, workspace=workspace).delete()


def _rule_caption(rule: AutoPublishRule, clip: Clip, batch: Batch | None) -> str:
    # Plain replacement, not str.format: a template is user text.
    return (
        rule.caption_template.replace("{prompt}", clip.job.prompt or "")
        .replace("{batch}", (batch.name if batch else "") or "")
        .strip()
    )


def _rule_apply(rule: AutoPublishRule, clips: list[Clip], batch: Batch | None) -> int:
    """Schedule `clips` on the rule's account in its free slots; the number scheduled."""
    account = rule.account
    if account.needs_reconnect:
        return 0
    fresh = [
        c
        for c in clips
        if not Publication.objects.filter(
            clip=c, platform=account.platform, account_external_id=account.external_id
        ).exists()
    ]
    if not fresh:
        return 0
    now = timezone.now()
    start_of_today = now - timedelta(days=1)
    taken = list(
        Publication.objects.filter(rule=rule, scheduled_for__gte=start_of_today)
        .exclude(state=PublicationState.CANCELED)
        .values_list("scheduled_for", flat=True)
    )
    slots = schedule.next_slots(
        len(fresh),
        hours=rule.hours,
        per_day=rule.max_per_day,
        time_zone=rule.time_zone,
        now=now,
        taken=taken,
    )
    scheduled = 0
    for clip, when in zip(fresh, slots, strict=False):
        caption = _rule_caption(rule, clip, batch)
        try:
            with transaction.atomic():
                publication_create(
                    workspace=rule.workspace,
                    clip=clip,
                    account=account,
                    caption=caption,
                    hashtags=rule.hashtags,
                    privacy=rule.privacy,
                    scheduled_for=when,
                    time_zone=rule.time_zone,
                    rule=rule,
                )
            scheduled += 1
        except (PublishingRuleViolated, CaptionBlocked) as exc:
            logger.info("publishing: rule %s skipped clip %s: %s", rule.pk, clip.pk, exc)
    return scheduled


def _delivered_clips(workspace_id: Any, *, batch_id: Any | None = None, job_id: Any = None):  # type: ignore[no-untyped-def]
    clips = Clip.objects.filter(
        workspace_id=workspace_id, job__status=JobStatus.DELIVERED, signed=True
    ).select_related("job")
    if batch_id is not None:
        clips = clips.filter(job__batch_id=batch_id)
    if job_id is not None:
        clips = clips.filter(job_id=job_id)
    return list(clips.order_by("job__created_at", "created_at"))


def rules_apply_to_batch(*, batch_id: Any) -> int:
    """A batch completed: its delivered clips go to every rule that wants them."""
    batch = Batch.objects.filter(pk=batch_id).first()
    if batch is None:
        return 0
    rules = AutoPublishRule.objects.filter(
        workspace_id=batch.workspace_id, enabled=True
    ).select_related("account", "workspace")
    wanted = [
        r
        for r in rules
        if r.scope in (RuleScope.EVERY_BATCH, RuleScope.EVERY_CLIP)
        or (r.scope == RuleScope.ONE_BATCH and r.batch_id == batch.pk)
    ]
    if not wanted:
        return 0
    clips = _delivered_clips(batch.workspace_id, batch_id=batch.pk)
    return sum(_rule_apply(rule, clips, batch) for rule in wanted)


def rules_apply_to_clip(*, job_id: Any) -> int:
    """A clip outside any batch was delivered: rules for every clip schedule it."""
    job = Job.objects.filter(pk=job_id, status=JobStatus.DELIVERED, batch_id__isnull=True).first()
    if job is None:
        return 0
    rules = AutoPublishRule.objects.filter(
        workspace_id=job.workspace_id, enabled=True, scope=RuleScope.EVERY_CLIP
    ).select_related("account", "workspace")
    clips = _delivered_clips(job.workspace_id, job_id=job.pk)
    return sum(_rule_apply(rule, clips, None) for rule in rules) if clips else 0
