"""The one error base of the Django side.

Every error a service raises on purpose is an `ApplicationError`: the message is written for
people (what happened, why, what to do), `code` is stable for programs and `status` is the
HTTP answer. Pages and the API map it in one place each (`saas.middleware` and
`api.errors`); a view catches it only where it decides something (re-show a form).
"""

from __future__ import annotations

from typing import ClassVar


class ApplicationError(Exception):
    code: ClassVar[str] = "rejected"
    status: ClassVar[int] = 422
    field: ClassVar[str | None] = None  # the request field that was wrong, when there is one

    def __init__(self, message: str, *, code: str | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code  # type: ignore[misc]
        if field is not None:
            self.field = field  # type: ignore[misc]

    def __str__(self) -> str:
        return self.message


class Forbidden(ApplicationError):
    code = "forbidden"
    status = 403
