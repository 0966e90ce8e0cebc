"""Publishing one publication, durably: claim it, walk it scheduled → uploading →
processing → published (or failed, with the reason in the user's words), release it.

What makes it exactly-once, across retries and a worker killed at any point:
- The row is claimed (`claimed_by` + a heartbeat from a side thread); a dead worker's claim
  goes stale after PUBLISHING_STALE_AFTER_S and the sweeper queues the row again.
- The platform's upload session is saved the moment `start_upload` returns, after every
  chunk and after `publish`, each write fenced on our claim (a worker that lost it stops
  before touching the platform again).
- With a saved session we only ever resume it (`start_upload(..., resume=saved)`), which
  asks the platform how far it got before sending anything; a fresh upload starts only when
  no session was saved (nothing can exist on the platform) or the platform said the session
  is dead and nothing was posted (`UploadExpired`, a FAILED upload).

Each step returns when the publication has ended or must wait (a poll interval, a backoff,
a rate limit); the Celery task queues it again after `Step.retry_in_s`.
"""

from __future__ import annotations

import hashlib
import logging
import random
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from pipeline import media
from pipeline.links import clip_download_link
from pipeline.models import Clip, JobStatus
from pipeline.services import worker_name as pipeline_worker_name
from publishing import budgets, services, tokens
from publishing.clients import platform_client
from publishing.errors import CaptionBlocked, PlatformNotConfigured
from publishing.limits import UNAUDITED_NOTE
from publishing.models import (
    ACTIVE_STATES,
    ConnectedAccount,
    Platform,
    Publication,
    PublicationState,
)
from publishing.models import Privacy as PrivacyChoice
from publishing.platforms import (
    AppMisconfigured,
    PlatformError,
    PostRequest,
    Privacy,
    PrivacyNotAllowed,
    PublishingPlatform,
    PublishState,
    PublishStatus,
    QuotaExceeded,
    RateLimited,
    ScopeMissing,
    SpamPolicy,
    TokenExpired,
    TokenRevoked,
    TokenSet,
    Transient,
    UploadExpired,
    UploadSession,
    VideoRejected,
)
from publishing.vault import TokensUnreadable

logger = logging.getLogger(__name__)

IG_LINK_TTL_S = 3600  # Instagram may queue the download a while after the container
QUOTA_RETRY_S = 3600.0
UNAUDITED_CODES = ("unaudited_client_can_only_post_to_private_accounts",)


class LostClaim(Exception):
    """Another worker holds this publication now: stop without touching the platform."""


class ClipUnavailable(Exception):
    """The stored clip is missing, unsigned or not the file that was delivered."""


@dataclass(frozen=True)
class Step:
    """What a run achieved: `retry_in_s` is when to run again (None: ended or not ours)."""

    retry_in_s: float | None = None


@dataclass
class Run:
    publication: Publication
    account: ConnectedAccount
    worker: str
    forced_refresh: bool = False

    @property
    def label(self) -> str:
        return self.account.get_platform_display()


# -- claim and heartbeat -----------------------------------------------------------------------
def worker_name() -> str:
    return "pub:" + pipeline_worker_name()


def _claim(publication_id: str, worker: str) -> Publication | None:
    now = timezone.now()
    stale = now - timedelta(seconds=settings.PUBLISHING_STALE_AFTER_S)
    taken = (
        Publication.objects.filter(pk=publication_id, state__in=ACTIVE_STATES)
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .filter(Q(claimed_by="") | Q(heartbeat_at__lt=stale) | Q(heartbeat_at__isnull=True))
        .update(claimed_by=worker, heartbeat_at=now)
    )
    if not taken:
        return None
    return Publication.objects.select_related("clip", "clip__job", "account").get(pk=publication_id)


def _release(publication: Publication, worker: str) -> None:
    Publication.objects.filter(pk=publication.pk, claimed_by=worker).update(claimed_by="")


@contextmanager
def _heartbeat(publication_id: str, worker: str) -> Iterator[None]:
    """Keep the claim fresh from a side thread while a step talks to the platform."""
    stop = threading.Event()

    def beat() -> None:
        try:
            while not stop.wait(settings.PUBLISHING_HEARTBEAT_S):
                Publication.objects.filter(pk=publication_id, claimed_by=worker).update(
                    heartbeat_at=timezone.now()
                )
        finally:
            connection.close()

    thread = threading.Thread(target=beat, name=f"heartbeat-pub-{publication_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)


def _save(run: Run, **fields: object) -> None:
    """Write `fields`, fenced on our claim: `LostClaim` if another worker took over."""
    updated = Publication.objects.filter(pk=run.publication.pk, claimed_by=run.worker).update(
        heartbeat_at=timezone.now(), **fields
    )
    if not updated:
        raise LostClaim(str(run.publication.pk))
    for name, value in fields.items():
        setattr(run.publication, name, value)


def _save_session(run: Run, session: UploadSession | None) -> None:
    progress = None
    if session is not None and session.video_size:
        progress = min(1.0, session.bytes_sent / session.video_size)
    _save(run, session=session.to_dict() if session else None, progress=progress)


def _saved_session(run: Run) -> UploadSession | None:
    data = run.publication.session
    return UploadSession.from_dict(data) if data else None


# -- the clip ----------------------------------------------------------------------------------
@contextmanager
def clip_file(clip: Clip) -> Iterator[Path]:
    """The delivered, signed clip copied from storage to a temporary file (storage may be a
    bucket: never a path of its own), checked against the hash recorded at delivery."""
    if not clip.signed or clip.job.status != JobStatus.DELIVERED:
        raise ClipUnavailable("Only delivered clips with their C2PA signature are published.")
    if not clip.video or clip.expired_at is not None:
        raise ClipUnavailable("The clip's file is no longer in storage.")
    with tempfile.TemporaryDirectory(prefix="sm-publish-") as scratch:
        path = Path(scratch) / "clip.mp4"
        try:
            media.copy_to_path(clip.video.name, path)
        except FileNotFoundError as exc:
            raise ClipUnavailable("The clip's file is no longer in storage.") from exc
        digest = hashlib.sha256()
        with path.open("rb") as copied:
            while chunk := copied.read(1024 * 1024):
                digest.update(chunk)
        if digest.hexdigest() != clip.sha256:
            raise ClipUnavailable(
                "The stored clip is not the file that was delivered and signed, so it was not "
                "published."
            )
        yield path


def _post_request(run: Run) -> PostRequest:
    pub, clip = run.publication, run.publication.clip
    video_url = None
    if pub.platform == Platform.INSTAGRAM and settings.INSTAGRAM_UPLOAD == "video_url":
        video_url = clip_download_link(clip_id=str(clip.pk), ttl_s=IG_LINK_TTL_S).url
    return PostRequest(
        caption=services.caption_compose(pub.caption, pub.hashtags),
        privacy=Privacy(pub.privacy),
        tags=tuple(pub.hashtags),
        video_url=video_url,
        duration_s=clip.duration_s,
        width=clip.width,
        height=clip.height,
    )


# -- timing ------------------------------------------------------------------------------------
def backoff_s(tries: int) -> float:
    """base·2^(tries−1), capped at an hour, ±10 % jitter."""
    raw = min(settings.PUBLISHING_RETRY_BASE_S * 2 ** max(tries - 1, 0), 3600.0)
    return raw * random.uniform(0.9, 1.1)


def poll_interval_s(polls: int) -> float:
    return min(
        settings.PUBLISHING_POLL_BASE_S * 1.5 ** min(polls, 20), settings.PUBLISHING_POLL_MAX_S
    )


def _wait(run: Run, seconds: float, note: str, **fields: object) -> Step:
    """Come back in `seconds` (a poll, a rate limit): not a failure."""
    _save(
        run,
        next_attempt_at=timezone.now() + timedelta(seconds=seconds),
        status_note=note[:300],
        **fields,
    )
    return Step(retry_in_s=seconds)


# -- the run -----------------------------------------------------------------------------------
def run(publication_id: str, *, worker: str | None = None) -> Step:
    """Advance the publication as far as it goes now. `Step(None)`: it ended, or it was not
    ours to run (not due, or another worker holds it)."""
    worker = worker or worker_name()
    publication = _claim(publication_id, worker)
    if publication is None:
        return Step()
    try:
        with _heartbeat(str(publication.pk), worker):
            return _advance(publication, worker)
    except LostClaim:
        logger.info("publishing: %s was taken over by another worker", publication_id)
        return Step()
    except Exception:
        logger.exception("publishing: publication %s failed unexpectedly", publication_id)
        with transaction.atomic():
            if Publication.objects.filter(pk=publication.pk, claimed_by=worker).exists():
                services.publication_fail(
                    publication,
                    code="internal_error",
                    reason="An internal error stopped this post. Our team has been notified; "
                    "press Retry to try again.",
                )
        return Step()
    finally:
        _release(publication, worker)


def _advance(publication: Publication, worker: str) -> Step:
    account = publication.account
    if account is None:
        with transaction.atomic():
            services.publication_fail(
                publication,
                code="account_disconnected",
                reason="The account was disconnected before this was posted.",
            )
        return Step()
    run_ = Run(publication=publication, account=account, worker=worker)
    if account.needs_reconnect:
        return _fail(
            run_,
            "reconnect_needed",
            f"{account.display_name} needs reconnecting: {account.last_error} Reconnect it on "
            "the Accounts page and this post starts again by itself.",
            keep_session=True,
        )
    try:
        if publication.state == PublicationState.SCHEDULED:
            # The third safety checkpoint, again right before anything is sent: the checker
            # may have learnt more since the post was scheduled.
            try:
                services.caption_check(caption=publication.caption, hashtags=publication.hashtags)
            except CaptionBlocked as exc:
                return _fail(run_, "caption_blocked", f"{exc.message} Nothing was sent.")
            _save(
                run_,
                state=PublicationState.UPLOADING,
                started_at=publication.started_at or timezone.now(),
                status_note="Uploading the signed clip.",
            )
        return _with_platform(run_)
    except ClipUnavailable as exc:
        return _fail(run_, "clip_unavailable", str(exc))


def _with_platform(run: Run) -> Step:
    try:
        with platform_client(run.account.platform) as client:
            token = tokens.usable_token(run.account)
            while True:
                try:
                    return _steps(run, client, token)
                except TokenExpired:
                    if run.forced_refresh:
                        raise
                    run.forced_refresh = True
                    token = tokens.usable_token(run.account, force=True)
    except LostClaim:
        raise
    except PlatformNotConfigured as exc:
        return _retry(run, exc.message, code="platform_not_configured", detail="")
    except TokensUnreadable as exc:
        services.account_mark_broken(account_id=run.account.pk, reason=exc.message)
        return _fail(run, "reconnect_needed", exc.message, keep_session=True)
    except PlatformError as exc:
        return _platform_error(run, exc)


def _steps(run: Run, client: PublishingPlatform, token: TokenSet) -> Step:
    pub = run.publication
    if pub.state == PublicationState.UPLOADING and (waiting := _upload(run, client, token)):
        return waiting
    return _poll(run, client, token)


def _budget(run: Run, name: str, scope: str, note: str) -> Step | None:
    wait = budgets.take(name, scope=scope)
    return _wait(run, wait, note) if wait else None


def _upload(run: Run, client: PublishingPlatform, token: TokenSet) -> Step | None:
    pub, account = run.publication, run.account
    post = _post_request(run)
    saved = _saved_session(run)
    with clip_file(pub.clip) as path:
        if saved is None:
            if account.platform == Platform.TIKTOK:
                waiting = _budget(
                    run,
                    "tiktok.video_init",
                    str(account.pk),
                    "Waiting for TikTok's limit of 6 uploads a minute on this account.",
                ) or _budget(
                    run,
                    "tiktok.creator_info",
                    str(account.pk),
                    "Waiting for TikTok's rate limit for account checks.",
                )
                if waiting:
                    return waiting
            elif account.platform == Platform.YOUTUBE:
                waiting = _budget(
                    run,
                    "youtube.videos_insert",
                    "project",
                    "Waiting for YouTube's daily upload allowance.",
                )
                if waiting:
                    return waiting
            limits = client.limits(token)
            session = client.start_upload(token, path, post, limits=limits)
            if session.account_name is None and account.username:
                session = replace(session, account_name=account.username)
            _save_session(run, session)  # before anything else: this is the post-to-be
            services.publication_event(pub, "progress", f"{run.label} accepted the upload.")
        else:
            session = client.start_upload(token, path, post, resume=saved)
            _save_session(run, session)
        session = client.upload(token, session, path, on_progress=lambda s: _save_session(run, s))
        _save_session(run, session)
    _save(
        run,
        state=PublicationState.PROCESSING,
        uploaded_at=timezone.now(),
        polls=0,
        status_note=f"{run.label} is processing the video.",
    )
    services.publication_event(pub, "progress", f"Uploaded; {run.label} is processing it.")
    return None


def _poll(run: Run, client: PublishingPlatform, token: TokenSet) -> Step:
    pub, account = run.publication, run.account
    session = _saved_session(run)
    if session is None:  # cannot happen after an upload; start it again to be safe
        _save(run, state=PublicationState.UPLOADING)
        return Step(retry_in_s=0.0)
    if account.platform == Platform.TIKTOK and (
        waiting := _budget(
            run, "tiktok.status_fetch", str(account.pk), "Waiting for TikTok's status limit."
        )
    ):
        return waiting
    status = client.status(token, session)
    if status.state is PublishState.READY:  # Instagram: the container is ready
        session = client.publish(token, session)
        _save_session(run, session)
        services.publication_event(pub, "progress", "Instagram published the Reel.")
        status = client.status(token, session)
    if status.state is PublishState.FAILED:
        assert status.error is not None
        return _platform_failed(run, status.error)
    if status.state is PublishState.PUBLISHED:
        return _published_or_moderating(run, status)
    polls = pub.polls + 1
    if _processing_too_long(pub):
        return _fail(
            run,
            "processing_timeout",
            f"{run.label} has not finished processing the video after "
            f"{settings.PUBLISHING_PROCESSING_TIMEOUT_S / 3600:g} hours. Check the account in "
            f"the {run.label} app.",
            keep_session=True,
        )
    progress = f" ({status.progress:.0%})" if status.progress is not None else ""
    return _wait(
        run,
        poll_interval_s(polls),
        f"{run.label} is processing the video{progress}.",
        polls=polls,
    )


def _processing_too_long(pub: Publication) -> bool:
    since = pub.uploaded_at or pub.started_at or pub.created_at
    return timezone.now() - since > timedelta(seconds=settings.PUBLISHING_PROCESSING_TIMEOUT_S)


def _published_or_moderating(run: Run, status: PublishStatus) -> Step:
    pub = run.publication
    private = pub.privacy == PrivacyChoice.PRIVATE
    # Only TikTok shows a post's link later (after moderation); elsewhere no link now means
    # none will come (Instagram published by an earlier call whose reply we lost).
    moderating = pub.platform == Platform.TIKTOK and not private
    if status.public_url or not moderating or _processing_too_long(pub):
        note = ""
        if not status.public_url and private:
            note = f"Posted as “Only me”: {run.label} gives no public link for private posts."
        elif not status.public_url:
            note = status.reason or f"Posted; {run.label} did not give us its link."
        return _published(run, status, note)
    polls = pub.polls + 1
    return _wait(
        run,
        poll_interval_s(polls),
        f"{run.label} is reviewing the post; its link appears when it is live.",
        polls=polls,
        platform_post_id=status.platform_post_id or pub.platform_post_id,
    )


def _published(run: Run, status: PublishStatus, note: str) -> Step:
    pub = run.publication
    with transaction.atomic():
        _save(
            run,
            state=PublicationState.PUBLISHED,
            public_url=(status.public_url or "")[:500],
            platform_post_id=(status.platform_post_id or "")[:200],
            published_at=timezone.now(),
            finished_at=timezone.now(),
            next_attempt_at=None,
            status_note=note[:300],
            last_error="",
            progress=1.0,
        )
        where = status.public_url or f"{run.label} ({note})"
        services.publication_event(pub, "published", f"Live on {where}")
        services.account_note_published(account_id=run.account.pk)
        services.publication_announce_published(pub)
    return Step()


# -- errors ------------------------------------------------------------------------------------
def _fail(
    run: Run, code: str, reason: str, *, detail: str = "", keep_session: bool = False
) -> Step:
    with transaction.atomic():
        if not keep_session:
            _save_session(run, None)
        else:
            _save(run)  # still ours?
        services.publication_fail(run.publication, code=code, reason=reason, detail=detail)
    return Step()


def _retry(run: Run, message: str, *, code: str, detail: str, after_s: float | None = None) -> Step:
    """A retryable error: try again later, or fail once the tries are spent."""
    pub = run.publication
    tries = pub.tries + 1
    if tries >= settings.PUBLISHING_MAX_TRIES:
        return _fail(
            run,
            code or "gave_up",
            f"{message} We tried {tries} times and stopped; press Retry to try again.",
            detail=detail,
            keep_session=True,
        )
    delay = after_s if after_s is not None else backoff_s(tries)
    services.publication_event(pub, "retry", f"{message} (try {tries}; again in {delay:.0f} s)")
    return _wait(
        run, delay, message, tries=tries, last_error=message[:500], error_detail=detail[:1000]
    )


def _platform_error(run: Run, exc: PlatformError) -> Step:
    """An error a platform call raised (the saved session, if any, stays valid)."""
    account = run.account
    detail = f"{type(exc).__name__} {exc.code}: {exc.detail}"
    logger.info("publishing: %s on %s: %s", run.publication.pk, account.platform, detail)
    if isinstance(exc, TokenRevoked | ScopeMissing | TokenExpired):
        reason = exc.message
        if isinstance(exc, TokenExpired):  # still refused after a fresh token
            reason = f"{run.label} keeps refusing Stillmotion's sign-in. Reconnect the account."
        services.account_mark_broken(account_id=account.pk, reason=reason)
        return _fail(
            run,
            "reconnect_needed",
            f"{reason} This post starts again by itself once the account is reconnected.",
            detail=detail,
            keep_session=True,
        )
    if isinstance(exc, UploadExpired):
        services.publication_event(run.publication, "retry", exc.message)
        _save_session(run, None)  # nothing was posted: a fresh upload is safe
        _save(run, state=PublicationState.UPLOADING)
        return _retry(run, exc.message, code="upload_expired", detail=detail, after_s=0.0)
    if isinstance(exc, PrivacyNotAllowed):
        return _privacy_refused(run, exc, detail)
    if isinstance(exc, QuotaExceeded):
        services.account_note_error(account_id=account.pk, reason=exc.message)
        return _wait_for_quota(run, exc, detail)
    if isinstance(exc, RateLimited):
        return _retry(
            run, exc.message, code="rate_limited", detail=detail, after_s=exc.retry_after_s
        )
    if isinstance(exc, Transient):
        return _retry(
            run, exc.message, code="platform_unavailable", detail=detail, after_s=exc.retry_after_s
        )
    if isinstance(exc, AppMisconfigured):
        logger.error("publishing: %s app misconfigured: %s", account.platform, detail)
    if isinstance(exc, SpamPolicy):
        services.account_note_error(account_id=account.pk, reason=exc.message)
    code = "video_rejected" if isinstance(exc, VideoRejected) else (exc.code or "rejected")
    # A refused request created nothing (the platform said no before any post existed).
    return _fail(
        run, code, exc.message, detail=detail, keep_session=run.publication.session is not None
    )


def _platform_failed(run: Run, error: PlatformError) -> Step:
    """The platform processed the upload and said FAILED: that session will never post."""
    detail = f"{type(error).__name__} {error.code}: {error.detail}"
    if isinstance(error, Transient | UploadExpired):
        _save_session(run, None)
        _save(run, state=PublicationState.UPLOADING)
        return _retry(run, error.message, code="platform_failed", detail=detail, after_s=0.0)
    if isinstance(error, TokenRevoked):
        services.account_mark_broken(account_id=run.account.pk, reason=error.message)
    code = "video_rejected" if isinstance(error, VideoRejected) else (error.code or "failed")
    return _fail(run, code[:60], error.message, detail=detail)


def _privacy_refused(run: Run, exc: PrivacyNotAllowed, detail: str) -> Step:
    """TikTok refused the visibility. An unaudited app may only post "Only me": post that
    way and say so, rather than fail."""
    pub = run.publication
    unaudited = exc.code in UNAUDITED_CODES
    if unaudited:
        services.account_mark_private_only(account_id=run.account.pk)
    if unaudited and pub.privacy != PrivacyChoice.PRIVATE and pub.session is None:
        _save(run, privacy=PrivacyChoice.PRIVATE, privacy_note=UNAUDITED_NOTE)
        services.publication_event(pub, "info", UNAUDITED_NOTE)
        return _wait(run, 0.0, "Posting as “Only me”.")
    return _fail(run, "privacy_not_allowed", exc.message, detail=detail, keep_session=False)


def _wait_for_quota(run: Run, exc: QuotaExceeded, detail: str) -> Step:
    """A daily allowance is spent: wait for it to come back, within the processing window."""
    pub = run.publication
    delay = exc.retry_after_s or QUOTA_RETRY_S
    waited_since = pub.scheduled_for
    if timezone.now() + timedelta(seconds=delay) - waited_since > timedelta(
        seconds=settings.PUBLISHING_PROCESSING_TIMEOUT_S
    ):
        return _fail(run, "quota_exceeded", exc.message, detail=detail, keep_session=True)
    services.publication_event(pub, "retry", f"{exc.message} We will try again then.")
    return _wait(run, delay, exc.message, last_error=exc.message[:500], error_detail=detail[:1000])
