"""What can go wrong in billing, in words a person understands (messages are shown as is)."""

from __future__ import annotations

from saas.errors import ApplicationError


class QuotaExceeded(ApplicationError):
    """The submission breaks a plan limit; nothing was queued."""

    code = "quota_exceeded"
    status = 403


class InsufficientCredits(ApplicationError):
    """The workspace can't pay for the clip; nothing was held."""

    code = "insufficient_credits"
    status = 402


class BillingNotConfigured(ApplicationError):
    """Stripe keys or price ids are missing, so online payment is unavailable."""

    code = "billing_not_configured"
    status = 503


class PaymentProviderError(ApplicationError):
    """Stripe answered with an error or could not be reached."""

    code = "payment_provider_error"
    status = 502


class BillingRejected(ApplicationError):
    """A billing request that can't be done as asked (unknown plan, a zero adjustment…)."""

    code = "billing_rejected"
