"""Errors of the webhooks layer, in words a person understands."""

from __future__ import annotations

from saas.errors import ApplicationError


class WebhooksError(ApplicationError):
    code = "webhook_rejected"


class WebhookTargetRejected(WebhooksError):
    """The URL may not receive webhooks (not https in production, or a private address)."""

    code = "webhook_url_rejected"


class EndpointRuleViolated(WebhooksError):
    code = "webhook_rejected"
