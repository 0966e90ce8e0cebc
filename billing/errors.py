"""What can go wrong in billing, in words a person understands (messages are shown as is)."""

from __future__ import annotations


class BillingError(Exception):
    """Base: the message says what happened, why, and what to do."""


class QuotaExceeded(BillingError):
    """The submission breaks a plan limit; nothing was queued."""


class InsufficientCredits(BillingError):
    """The workspace can't pay for the clip; nothing was held."""


class BillingNotConfigured(BillingError):
    """Stripe keys or price ids are missing, so online payment is unavailable."""


class PaymentProviderError(BillingError):
    """Stripe answered with an error or could not be reached."""


class BillingPermissionDenied(BillingError):
    """Only the workspace owner manages billing."""
