"""What can go wrong when people connect accounts and publish, in words they understand."""

from __future__ import annotations

from saas.errors import ApplicationError, Forbidden


class PublishingRuleViolated(ApplicationError):
    """The request breaks a rule of publishing (clip not delivered, account unusable...)."""

    code = "publishing_rejected"


class PublishingForbidden(Forbidden):
    """The member's role doesn't allow it here (the message says who may)."""

    code = "publishing_forbidden"


class PlatformNotConfigured(ApplicationError):
    code = "platform_not_configured"
    status = 409


class CaptionBlocked(ApplicationError):
    """The safety check refused the caption or hashtags: nothing was sent."""

    code = "caption_blocked"
    field = "caption"


class ConnectFailed(ApplicationError):
    """The OAuth round trip did not give us a usable account."""

    code = "connect_failed"
    status = 400


class PublicationConflict(ApplicationError):
    """The publication is not in a state that allows this (cancel a live post...)."""

    code = "publication_conflict"
    status = 409
