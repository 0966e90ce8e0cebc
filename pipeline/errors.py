"""Errors of the jobs layer, in words a person understands."""

from __future__ import annotations

from saas.errors import ApplicationError


class UploadRejected(ApplicationError):
    """A file that isn't a photo (or clip) we take; nothing was stored."""

    code = "upload_rejected"


class JobRejected(ApplicationError):
    """A submission that can't be queued (bad option, suspended workspace, …)."""


class JobNotCancelable(ApplicationError):
    code = "not_cancelable"
    status = 409
